"""A body that sees signs of a figure, or sees a figure at a number, claims it (dossier.extractors.claims.claim_sightings):
the one who passes its judgement on relays it; seeing that tells what happened claims nothing."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim, claim_in

NIS = "National Intelligence Service"
_BRIEFED = "The National Intelligence Service briefed lawmakers in Seoul on Thursday."


@pytest.mark.parametrize("quantity, text", [
    # "saw signs that": the agency's finding, passed on by the lawmaker.
    ("4,000", "Rep. Kwon Mi-sook said the NIS also saw signs that Pyongyang was readying a further 4,000 "
     "engineers."),
    # Present tense, another noun of indication, "of" after it.
    ("some 2,500", "He said the spy agency sees clear evidence of some 2,500 more troops massing near Rason."),
    # An object the verb puts at a figure, in a quote the lawmaker speaks.
    ("around 1,300", "Rep. Kwon Mi-sook spoke after the session. “The NIS sees the number of North Korean wounded at "
     "around 1,300,” he said."),
    # The same with a pronoun after a named lawmaker, and a second figure of the agency's in the clause.
    ("about 600", "Rep. Kwon Mi-sook said the agency now sees the death toll at about 600, up from 300 in May."),
])
def test_a_body_that_sees_claims_the_figure(quantity, text):
    assert claim(quantity, _BRIEFED, text)[0] == NIS


@pytest.mark.parametrize("quantity, text", [
    # A place or a thing that saw events: what happened, told by the lawmaker.
    ("300", "The border town saw 300 shells land overnight, Rep. Kwon Mi-sook said."),
    ("some 40", "Rep. Kwon Mi-sook said the drones saw some 40 trucks cross the bridge at dawn."),
])
def test_seeing_what_happened_claims_nothing(quantity, text):
    assert claim_in("Yonhap", quantity, _BRIEFED, text) == "Kwon Mi-sook"
