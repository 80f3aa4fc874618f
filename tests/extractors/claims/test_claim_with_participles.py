"""", with X putting the toll at …": the participle after "with" has a subject of its own, who claims the figure
(dossier.extractors.claims.claim_participles), not the subject of the sentence it is attached to."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("quantity, text, claimant", [
    ("more than 2,300", "Senator Alan Hill told the committee the North's losses were mounting, with the Pentagon "
     "putting the toll at more than 2,300.", "the Pentagon"),
    ("about 1,100", "Rep. Kwon Mi-sook said the engineers had suffered badly, with the NIS estimating that about 1,100 North "
     "Korean soldiers had been wounded.", "National Intelligence Service"),
    ("some 640", "The minister spoke of heavy losses, with Ukrainian officials putting the figure at some 640 dead.",
     "Ukrainian officials"),
    ("roughly 5,000", "Kaja Kallas warned of a wider war, with the HUR saying roughly 5,000 more troops were on their "
     "way.", "Ukrainian military intelligence (HUR)"),
])
def test_the_subject_after_with_claims_its_participles_figure(quantity, text, claimant):
    assert claim_in("Reuters", quantity, text) == claimant


@pytest.mark.parametrize("quantity, text, claimant", [
    # Look-alikes: the figure belongs to the sentence's own verb, or "with" brings no participle of reporting.
    ("about 500", "The NIS put the toll at about 500, with the Pentagon saying nothing of the wounded.",
     "National Intelligence Service"),
    ("some 70", "Rep. Kwon Mi-sook said some 70 soldiers were killed, with the Army putting up little resistance.",
     "Kwon Mi-sook"),
])
def test_the_sentence_subject_keeps_its_own_figure(quantity, text, claimant):
    assert claim_in("Reuters", quantity, text) == claimant


def test_the_clause_after_with_claims_nothing_before_it_when_no_one_else_is_named():
    # Look-alike: the only subject named opens the clause after the figure; the figure stays the outlet's own.
    text = ("Pyongyang has shipped millions of shells, with Kyrylo Budanov saying about half of Moscow's rounds come "
            "from the North.")
    assert claim_in("Reuters", "millions", text) != "Kyrylo Budanov"
