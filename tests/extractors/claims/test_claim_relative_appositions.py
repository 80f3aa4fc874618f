"""dossier.claimant_asides.before_relative_aside: "Name, office, who said ..." is the named person's.

A relative clause after a name and an aside that describes them hangs on the name: the office in apposition says
who the person is, and the person, not the office, makes the claim ("by Kyrylo Budanov, head of Ukraine's military
intelligence, who told reporters that ...").
"""

from __future__ import annotations

import pytest

from estimate_readings import one

from dossier.extractors.claims.claimant_asides import before_relative_aside


def test_a_person_with_an_office_after_a_visit_by_them():
    row = one("The figures echo a briefing in May by Kyrylo Budanov, head of Ukraine's military intelligence, who "
              "told journalists that about 3,500 more soldiers would arrive.", "about 3,500")
    assert row.claimant == "Kyrylo Budanov"


def test_a_person_with_an_article_led_description():
    row = one("The plan follows a visit to Minsk by Sergei Shoigu, the secretary of the Security Council, who told "
              "reporters that some 2,000 engineers would be sent.", "some 2,000")
    assert row.claimant == "Sergei Shoigu"


def test_an_aside_of_how_the_clause_is_told_is_no_description():
    sentence = "Some 9,000 troops went to Russia, according to Kyiv and Seoul, who say they fought in Kursk."
    at = sentence.index(", who")
    assert before_relative_aside(sentence, at) == at  # "according to ..." says who tells it, not who Russia is


def test_a_comma_after_no_name_opens_no_aside():
    sentence = "As usual, the gains exist only in the reports of the General Staff, which claimed 9 launchers."
    at = sentence.index(", which")
    assert before_relative_aside(sentence, at) == at


@pytest.mark.parametrize("sentence, body", [
    ("The claim came from Andriy Yusov, spokesman for the HUR, which said 12,000 troops were sent.",
     "Ukrainian military intelligence (HUR)"),
    ("The warning came from Andriy Yusov, spokesman for Ukraine's military intelligence, which estimated that 12,000 "
     "troops were sent.", "Ukrainian military intelligence (HUR)"),
])
def test_which_after_an_office_hangs_on_the_body_of_the_office(sentence, body):
    # "which" is no person's pronoun: the clause is the agency's the spokesman speaks for, not the spokesman's.
    assert one(sentence, "12,000").claimant == body


def test_who_after_the_same_office_stays_the_persons():
    row = one("The claim came from Andriy Yusov, spokesman for the HUR, who said 12,000 troops were sent.", "12,000")
    assert row.claimant == "Andriy Yusov"


def test_which_after_a_body_described_stays_the_bodys():
    row = one("The data were released by the NIS, Seoul's spy agency, which said some 1,000 troops had been killed.",
              "some 1,000")
    assert row.claimant == "National Intelligence Service"
