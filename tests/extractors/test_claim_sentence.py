"""dossier.claim_sentence: which of a sentence's attributions claims a figure."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A claimant opening a contrasting clause after the figure claims its own clause, not the figure before it.
        ("Seoul's intelligence service has put the number of dead at 450, while Kyiv's estimate is much higher.",
         "450", "National Intelligence Service"),
        ("The Pentagon put the number of wounded at 1,200, whereas Ukrainian officials said it was twice that.",
         "1,200", "the Pentagon"),
        # The clause after the conjunction keeps its own claimant.
        ("The NIS said 500 soldiers had died, but Ukrainian officials said more than 2,000 had died.",
         "more than 2,000", "Ukrainian officials"),
        # A claimant later in the clause, not opening it, still claims the whole sentence.
        ("Some 400 soldiers were killed, while 1,800 were wounded, the spy agency NIS said.",
         "Some 400", "National Intelligence Service"),
    ],
)
def test_a_contrasting_clause_keeps_its_claimant(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant, via",
    [
        # A relay set off as an aside on another attribution passes on that one's claim, not a later clause's.
        ("Kyiv's count, reported by Reuters, came as the NIS said about 1,300 soldiers had been killed.",
         "about 1,300", "National Intelligence Service", None),
        # A relay after the claim it passes on still does.
        ("The NIS estimated that about 1,300 soldiers had been killed, according to lawmakers.",
         "about 1,300", "National Intelligence Service", "lawmakers"),
    ],
)
def test_a_relay_set_off_after_another_claim_is_that_claims(sentence, quantity, claimant, via):
    row = one(sentence, quantity)
    got_via = None if row["claimant_via"] != row["claimant_via"] else row["claimant_via"]
    assert (row["claimant"], got_via) == (claimant, via)
