"""dossier.claim_further: a sentence opening with words that add a point ("In addition,", "Also,", "Moreover,")
goes on with the claim of the sentence right before it; and a verb coordinated with a sentence's first reports for
the subject named where the sentence starts, a relay keeping the source it passes on."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_further import adds_a_point
from test_estimate_claimants import NIS, claim

HUR = "Ukrainian military intelligence (HUR)"
JAPAN_MOD = "Japanese Ministry of Defense"


@pytest.mark.parametrize("text, expected", [
    ("In addition, 300 sappers are clearing mines.", True),
    ("Also, some 40 launchers were shipped by sea.", True),
    ("Moreover, 2,000 builders are due in the spring.", True),
    ("In addition to the 9,000 infantry, 1,200 gunners were sent.", True),
    ("  Furthermore, another 500 are in training.", True),
    # The same words opening the sentence otherwise add no point to anyone's claim.
    ("Besides the sappers, 300 cooks travelled with the unit.", False),
    ("Also killed were 12 civilians.", False),
    ("The ministry also said 300 sappers were clearing mines.", False),
])
def test_what_opens_a_further_point(text, expected):
    assert adds_a_point(text) is expected


@pytest.mark.parametrize("quantity, paragraphs, expected", [
    # In the paragraph of the claim, with a comma after the opener.
    ("about 700", ["Ukraine's military intelligence said 4,000 North Korean gunners were at the front. In addition, "
                   "about 700 drone operators have been trained in Russia."], HUR),
    ("nearly 90", ["Japan's Defense Ministry reported that 12,000 North Korean soldiers had been deployed. Moreover, "
                   "nearly 90 launchers had been shipped by rail."], JAPAN_MOD),
    # "In addition to ...": the opener governs the figure itself.
    ("8,000", ["The NIS told lawmakers that 3,500 more troops had arrived in the spring. In addition to the 8,000 "
               "combat troops sent first, Pyongyang has pledged engineers."], NIS),
    # The point added opens the next paragraph.
    ("roughly 250", ["The Pentagon said on Tuesday that 5,000 North Korean troops had been wounded.",
                     "Also, roughly 250 wounded soldiers are being treated in Moscow hospitals."], "the Pentagon"),
])
def test_a_further_point_goes_on_with_the_claim_before(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs)[0] == expected


@pytest.mark.parametrize("quantity, paragraphs", [
    # The sentence before credits no one: the point added is the writer's, as was the one before.
    ("about 700", ["North Korea sent 4,000 gunners to the front last year. In addition, about 700 drone operators have "
                   "been trained in Russia."]),
    # A sentence of the writer's own stands between the claim and the opener.
    ("about 700", ["Ukraine's military intelligence said 4,000 North Korean gunners were at the front. The war is in "
                   "its fourth year. In addition, about 700 drone operators have been trained in Russia."]),
    # The opener is no added point.
    ("300", ["Ukraine's military intelligence said 4,000 North Korean gunners were at the front. Besides the gunners, "
             "300 soldiers guarded the depot."]),
])
def test_no_further_point_keeps_the_writers_own(quantity, paragraphs):
    assert claim(quantity, *paragraphs)[0] is None


def test_a_further_point_naming_its_own_claimant_is_that_claimants():
    got = claim("about 700", "The Pentagon said 5,000 North Korean troops had been wounded. In addition, Ukraine's "
                             "military intelligence said about 700 drone operators had been trained.")[0]
    assert got == HUR


_BRIEFED = ("Rep. Choi Jae-hoon of the intelligence committee met reporters after South Korea's National Intelligence "
            "Service briefed the committee on Tuesday.")


@pytest.mark.parametrize("quantity, text", [
    ("600", "Rep. Choi said the agency put the number of dead at 1,800, and added that 600 engineers had been wounded "
            "while clearing mines."),
    ("600", "Choi said the spy agency put the toll at 1,800, and noted that 600 engineers had been wounded."),
    ("about 3,000", "Rep. Choi told reporters the agency estimated the toll at 1,800, and added that about 3,000 "
                    "replacements had been sent."),
    ("600", "Choi said the NIS now put the toll at 1,800, and added that 600 engineers had been wounded."),
])
def test_a_coordinated_verb_reports_for_the_relay_that_opens_the_sentence(quantity, text):
    # The relay is named by surname or title; the verb coordinated with the first reports for the same relay, who
    # passes on the agency's figures as in the first clause.
    assert claim(quantity, _BRIEFED, text) == (NIS, "Choi Jae-hoon")


def test_a_coordinated_clause_with_a_subject_of_its_own_is_that_subjects():
    # "the ministry added": a subject of its own, not the lawmaker who opens the sentence.
    got = claim("300", _BRIEFED, "Rep. Choi said the agency put the toll at 1,800, and Japan's Defense Ministry added "
                                 "that 300 engineers had been wounded.")[0]
    assert got == JAPAN_MOD
