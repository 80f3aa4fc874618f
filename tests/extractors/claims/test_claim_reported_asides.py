"""dossier.claim_reported_asides: "As X reported, ..., according to Y" is Y's figure; the aside only says who told it."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim

NIS = "National Intelligence Service"
HUR = "Ukrainian military intelligence (HUR)"


@pytest.mark.parametrize("quantity, sentence, expected", [
    # A medium's earlier report in the aside, the cue closing the sentence.
    ("about 2,500", "As Reuters reported in May, about 2,500 North Korean engineers went to Kursk, according to the NIS.", NIS),
    # An adverb inside the aside, another cue verb after the figure.
    ("up to 4,000", "As the newspaper previously wrote, Pyongyang may send up to 4,000 more troops, citing Ukrainian intelligence.", HUR),
    # "Just as" opening it, a person telling before.
    ("some 900", "Just as the minister said on Monday, some 900 North Korean soldiers were wounded, according to the NIS.", NIS),
    # The cue right after the aside's comma, before the figure.
    ("roughly 1,200", "As Yonhap reported, according to Ukrainian intelligence, roughly 1,200 North Korean troops arrived in June.", HUR),
])
def test_a_cue_after_the_aside_names_the_source(quantity, sentence, expected):
    assert claim(quantity, sentence)[0] == expected


def test_an_aside_with_no_cue_after_it_keeps_its_reading():
    # No cue names another source: the one who reported it is the only one named.
    assert claim("about 2,500", "As Reuters reported in May, about 2,500 North Korean engineers went to Kursk.")[0] == "Reuters"

