"""A state named in its formal form ("the Republic of Korea", "the ROK") or its common names ("Britain", "the UK") is
the claimant its common name is."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim

FORMAL_NAMES = [
    ("about 2,700", "According to the assessment of the Republic of Korea, about 2,700 North Korean soldiers were wounded.",
     "South Korean government"),
    ("some 1,600", "The ROK told the UN panel that some 1,600 North Korean soldiers had been killed.", "South Korean government"),
    # A body the state owns, by its formal possessive, is the body its common possessive names.
    ("roughly 500", "The Republic of Korea's military said roughly 500 North Korean soldiers had been captured.",
     "Joint Chiefs of Staff"),
    # The North's formal name holds the South's ("Republic of Korea"): it is never the South.
    ("about 6,000", "The Democratic People's Republic of Korea said about 6,000 builders would go to Kursk.", "North Korea"),
]


@pytest.mark.parametrize("quantity,text,expected", FORMAL_NAMES)
def test_a_formal_state_name_is_its_common_names_claimant(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_the_formal_and_common_names_give_one_claimant():
    formal = claim("400", "The Republic of Korea said 400 North Korean soldiers were wounded.")
    common = claim("400", "South Korea said 400 North Korean soldiers were wounded.")
    assert formal == common


@pytest.mark.parametrize("quantity, text, expected", [
    ("millions", "The UK has estimated that North Korea has supplied Russia with millions of artillery shells.",
     "British government"),
    ("about 9,000", "Britain believes about 9,000 North Korean soldiers remain in Kursk.", "British government"),
    ("some 2,000", "The United Kingdom said some 2,000 North Korean troops had been wounded.", "British government"),
    ("200", "The U.K. estimates that 200 North Korean missiles have been fired at Ukraine.", "British government"),
    ("at least 50", "America has assessed that at least 50 North Korean missiles were launched.", "United States government"),
    ("1,000", "The U.S. said 1,000 North Korean soldiers had been killed.", "United States government"),
])
def test_a_state_by_its_common_names_is_its_government(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_a_medium_with_a_states_name_is_the_medium():
    assert claim("3,000", "Voice of America reported that 3,000 North Korean soldiers had died.")[0] == "Voice of America"


@pytest.mark.parametrize("quantity, text", [
    # Initials are read as written: a pronoun or a given name in other case is no state.
    ("3,000", "According to us, 3,000 North Korean soldiers died."),
    ("2,000", "\u201cTwo thousand more will come,\u201d said Jang Uk, a researcher at a Seoul institute, adding that 2,000 North Korean soldiers had died."),
])
def test_initials_in_other_case_name_no_state(quantity, text):
    assert claim(quantity, text)[0] not in ("United States government", "British government")


@pytest.mark.parametrize("quantity, text, expected", [
    # A state's adjective before "authorities": the state's officials, as "<adjective> officials" are.
    ("at least 9", "Ukrainian authorities say the missile strike killed at least 9 people in Dnipro.", "Ukrainian officials"),
    ("40", "Russian authorities said 40 North Korean workers had arrived in Vladivostok.", "Russian officials"),
    ("about 200", "According to South Korean authorities, about 200 North Korean soldiers have been wounded.",
     "South Korean government"),
])
def test_a_states_authorities_are_its_officials(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_authorities_of_no_state_are_no_states():
    assert claim("12", "Local authorities said 12 people were killed in the strike.")[0] not in (
        "Ukrainian officials", "Russian officials", "South Korean government")
