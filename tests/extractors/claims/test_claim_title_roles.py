"""Titles the account reads as roles, whose holder "the <role>" later stands for: a prosecutor general, a head of
state; and the office a titled person's "his office" is."""

from __future__ import annotations

from test_estimate_claimants import claim


def test_the_prosecutor_is_the_prosecutor_general_named_before():
    got = claim("at least 12",
                "Prosecutor General Ivan Petrenko said the missiles had been fired from the Belgorod region.",
                "The prosecutor said the strike on Kharkiv had killed at least 12 people.")
    assert got[0] == "Ivan Petrenko"


def test_a_head_of_state_with_the_state_s_adjective_is_its_president():
    got = claim("about 30",
                "Ukrainian President Volodymyr Zelensky spoke to reporters in Kyiv on Sunday.",
                "Ukraine now holds about 30 North Korean prisoners of war, the Ukrainian head of state wrote on Monday.")
    assert got[0] == "Volodymyr Zelensky"


def test_his_office_is_the_office_of_his_title():
    got = claim("more than 40",
                "Prosecutor General Ivan Petrenko said the missiles had been fired at Kyiv from the Belgorod region.",
                "The strikes wounded more than 40 people, according to figures from his office.")
    assert got[0] == "Prosecutor General's Office of Ukraine"


def test_his_office_is_no_one_s_when_his_title_names_no_office():
    got = claim("more than 40",
                "Analyst Ivan Petrenko said the missiles had been fired from the Belgorod region.",
                "The strikes wounded more than 40 people, according to figures from his office.")
    assert got[0] == "his office"


def test_his_office_is_a_state_s_office_only_where_the_article_is_about_that_state():
    # The vocabulary's prosecutor's office is Ukraine's: a Seoul prosecutor's office is not it.
    got = claim("more than 40",
                "Prosecutor General Kim Min-ho said the shells that hit Yeonpyeong island had been fired from the North.",
                "The shelling wounded more than 40 people, according to figures from his office.")
    assert got[0] == "his office"


def test_according_to_his_office_is_the_office_of_his_title():
    # The reviewer's wording: "his office" alone after "according to", as "figures from his office" is.
    got = claim("at least 12",
                "Ukraine's Prosecutor General Andriy Kostin said the missiles came from Belgorod.",
                "The strike in Kyiv killed at least 12 people, according to his office.")
    assert got[0] == "Prosecutor General's Office of Ukraine"


def test_according_to_his_office_for_a_title_naming_no_office_is_as_written():
    got = claim("more than 40",
                "Analyst Ivan Petrenko said the missiles had been fired from the Belgorod region.",
                "The strikes wounded more than 40 people, according to his office.")
    assert got[0] == "his office"
