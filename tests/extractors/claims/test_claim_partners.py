"""dossier.claim_partners: a state named by its partners ("our Japanese counterparts estimate", "reporting from our
Ukrainian partners") is the source of the figure, as its government; and "X tells us that ..." reports as "told"."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in

_HEARING = "Committee on Foreign Affairs, hearing record"


@pytest.mark.parametrize("text, quantity, claimant", [
    # The partners before a reporting verb, with the state's name of several words.
    ("Our Republic of Korea partners assess that about 4,500 North Korean engineers are now in Kursk.", "about 4,500",
     "South Korean government"),
    # The state's adjective, an adverb between subject and verb.
    ("Our Ukrainian counterparts now estimate some 900 North Korean casualties in the spring fighting.", "some 900",
     "Ukrainian government"),
    # Another noun and another state; "their" as the owner.
    ("Officials in Tokyo say their Japanese allies believe 14 missiles were launched in March.", "14",
     "Japanese government"),
    # The source after "from", following a noun of reporting, the figure after the phrase.
    ("We have received information, including from our South Korean partners, that roughly 3,000 more troops left.",
     "roughly 3,000", "South Korean government"),
    ("MS. HALL: We have seen reports from our Ukrainian partners that around 250 launchers were delivered.",
     "around 250", "Ukrainian government"),
    # A state's or capital's own name after "from" and a noun of reporting, the figure after it.
    ("MR. HALL: We have seen public reporting from Tokyo of a further launch of perhaps 12 missiles.", "perhaps 12",
     "Japanese government"),
    ("There are reports from Seoul that around 2,400 more troops crossed in May.", "around 2,400",
     "South Korean government"),
    ("Around 2,400 more troops crossed in May, according to figures we received from Seoul.", "Around 2,400",
     "South Korean government"),
])
def test_a_states_partners_are_its_government(text, quantity, claimant):
    assert claim_in(_HEARING, quantity, text) == claimant


@pytest.mark.parametrize("text, quantity", [
    # Partners that are no state: an alliance is not a government its adjective names.
    ("Our NATO allies estimate that about 6,000 soldiers went to the front.", "about 6,000"),
    # "from" after no noun of reporting: where the things came from, not who counted them.
    ("Moscow took delivery of more than 200 rockets from its North Korean allies last year.", "more than 200"),
    # "from" a place that is no state after a noun of reporting: no government.
    ("Reports from the Kursk region describe about 6,000 soldiers at the front.", "about 6,000"),
    # "from" owned by another noun after the noun of reporting: where the transfers come from.
    ("About 40 launchers appear in reports on arms transfers from Moscow to Pyongyang.", "About 40"),
    # "Korean" alone names neither Korea.
    ("Our Korean friends estimate that about 6,000 soldiers went to the front.", "about 6,000"),
])
def test_partners_that_name_no_states_government(text, quantity):
    assert claim_in(_HEARING, quantity, text) not in ("South Korean government", "North Korean government", "NATO",
                                                      "Russian government")


@pytest.mark.parametrize("text, quantity", [
    ("South Korean intelligence tells us that perhaps 1,700 North Korean soldiers were killed.", "perhaps 1,700"),
    ("Perhaps 1,700 North Korean soldiers were killed, South Korean intelligence tells lawmakers.", "Perhaps 1,700"),
])
def test_tells_reports_as_told_does(text, quantity):
    assert claim_in("Weekly Review", quantity, text) == "National Intelligence Service"


def test_tells_of_a_story_credits_no_one():
    assert claim_in("Weekly Review", "400", "The film tells of 400 North Korean soldiers sent to Kursk.") is None
