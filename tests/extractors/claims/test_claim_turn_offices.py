"""dossier.claim_turn_offices: a witness whose label sets their office in brackets ("Jane Roe (Director, Policy,
Department of National Defence):") speaks for that body with "we" and "our"; in their own words, not."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in

_SOURCE = "Canadian House of Commons committee on defence"
_CHAIR = "The Chair (Ms. Ada Quill (Riverside, Lib.)): We resume our study. Ms. Roe, you have the floor."
_WITNESS = "Jane Roe (Director, Policy Planning, Department of National Defence)"
_MEMBER = "Mr. Tom Vale (Northfield, CPC)"


def _record(*turns: str) -> tuple[str, ...]:
    return (_CHAIR, *turns, f"{_MEMBER}: Thank you.", "Jane Roe: You are welcome.", f"{_MEMBER}: Nothing more.")


@pytest.mark.parametrize("turn, quantity", [
    (f"{_WITNESS}: Our assessment is that about 7,500 North Korean soldiers remain in the Kursk region.", "about 7,500"),
    # Another verb, the figure before the first person.
    (f"{_WITNESS}: Thank you. Some 1,300 North Korean soldiers, we assess, have been wounded.", "Some 1,300"),
    # "By our count", the body the last of the office's several parts.
    ("Jane Roe (Assistant Deputy Minister, Intelligence, Department of National Defence): By our count, 60 "
     "launchers have crossed the border.", "60"),
])
def test_a_witnesss_first_person_is_the_body_of_her_office(turn, quantity):
    assert claim_in(_SOURCE, quantity, *_record(f"{_MEMBER}: How many are there?", turn)) == "Canadian Department of National Defence"


def test_a_later_turn_without_the_office_is_read_by_her_first_label():
    # Her office was set in brackets when she first spoke; her later label gives her name alone.
    paragraphs = (_CHAIR, f"{_WITNESS}: Thank you for the invitation.", f"{_MEMBER}: How many were killed?",
                  "Jane Roe: We estimate around 900 were killed since January.", f"{_MEMBER}: Thank you.")
    assert claim_in(_SOURCE, "around 900", *paragraphs) == "Canadian Department of National Defence"


def test_her_own_words_stay_hers():
    # No first person plural: the witness tells a figure in her own voice, not as her department's assessment.
    turn = f"{_WITNESS}: I recall that some newspapers first wrote of 20,000 soldiers."
    assert claim_in(_SOURCE, "20,000", *_record(f"{_MEMBER}: How many are there?", turn)) != "Canadian Department of National Defence"


def test_a_members_riding_and_party_name_no_body():
    # A member's bracket gives a riding and a party: no body a vocabulary knows, so "we" is read as before.
    turn = "Mr. Tom Vale (Northfield, CPC): We hear that about 3,000 more soldiers may follow."
    got = claim_in(_SOURCE, "about 3,000", *_record(f"{_WITNESS}: Thank you.", turn))
    assert got not in ("Northfield", "CPC", "Canadian Department of National Defence")
