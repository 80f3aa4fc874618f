"""A document several sources wrote together is theirs, named as written without the document."""

from __future__ import annotations

from test_estimate_claimants import claim


def test_estimates_by_two_states_are_the_two_states():
    got = claim("about 9,000", "According to estimates by Japan and South Korea, about 9,000 North Korean soldiers "
                "remain in the Kursk region.")
    assert got[0] == "Japan and South Korea"


def test_estimates_by_two_intelligence_services_are_theirs():
    got = claim("About 9,000", "About 9,000 North Korean soldiers remain in the Kursk region, according to estimates "
                "by British and South Korean intelligence.")
    assert got[0] == "British and South Korean intelligence"


def test_two_states_estimates_are_still_their_governments():
    got = claim("about 9,000", "According to Japanese and South Korean estimates, about 9,000 North Korean soldiers "
                "remain in the Kursk region.")
    assert got[0] == "Japanese and South Korean governments"
