"""dossier.estimate_claimants: a claim noun's bare form after an article and its modifier ("The new estimate
means ...") is the noun, not a verb whose subject is "The revised"; a verb after a singular subject takes its -s."""

from __future__ import annotations

import pytest

from estimate_readings import claimants
from dossier.extractors.claims.estimate_claimants import attributions


@pytest.mark.parametrize("sentence", [
    "The new estimate means that about 700 sailors were lost.",
    "Officials say the new estimate shows that about 700 sailors were lost.",
    "A new estimate suggests that about 700 sailors were lost.",
])
def test_a_modified_claim_noun_is_no_verb(sentence):
    # Other readings may credit the estimate's words; none takes the modifier for the subject of "estimate".
    assert not [a.text for a in attributions(sentence) if a.text.lower().endswith(" new")]


def test_the_verbs_own_form_after_a_noun_still_reads_its_subject():
    # "The official estimates": the -s form after a singular subject is the verb, the official its subject.
    assert [a.text for a in attributions("The official estimates that about 700 sailors were lost.")] == ["The official"]


def test_a_modified_claim_noun_leaves_the_figure_no_claimant_of_its_own():
    assert claimants("The new estimate means that about 700 soldiers were killed.").get("about 700") != "new"
