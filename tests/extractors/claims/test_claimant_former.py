"""Someone unnamed who held an office once keeps the word that says so: "a former British Army officer"."""

from __future__ import annotations

from test_estimate_claimants import claim


def test_a_former_officer_keeps_former():
    got = claim("some 12,000", "A former Polish Army general said some 12,000 North Korean soldiers were in Kursk.")
    assert got[0] == "former Polish Army general"


def test_a_retired_officer_keeps_retired():
    got = claim("some 12,000", "Speaking on the radio, a retired Canadian Navy admiral said some 12,000 North Korean "
                "soldiers were in Kursk.")
    assert got[0] == "retired Canadian Navy admiral"


def test_a_lower_case_word_that_says_nothing_of_the_office_is_left_out():
    got = claim("some 12,000", "A talkative Polish Army general said some 12,000 North Korean soldiers were in Kursk.")
    assert got[0] == "Polish Army general"
