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
    "sentence, quantity, claimant",
    [
        # A claimant after "and" whose verb reports a clause of its own claims nothing before it: the outlet's.
        ("By spring some 9,000 soldiers were at the front, and Pyongyang later said it had only honoured the pact.",
         "some 9,000", None),
        ("About 700 engineers reached Kursk in May, and Seoul said that more were on the way.", "About 700", None),
        ("Roughly 40 launchers were delivered, and the Pentagon said the transfers would continue.", "Roughly 40", None),
        # Its own clause keeps its claimant.
        ("About 700 engineers reached Kursk in May, and the NIS said another 1,000 had arrived.", "1,000",
         "National Intelligence Service"),
        # Words pointing back at the figure, or none, leave the figure to the coordinate clause's claimant.
        ("About 700 engineers reached Kursk in May, and the NIS confirmed it on Friday.", "About 700",
         "National Intelligence Service"),
        ("About 700 engineers reached Kursk in May, and the NIS confirmed the figure.", "About 700",
         "National Intelligence Service"),
        ("About 700 engineers reached Kursk in May, the NIS said on Friday.", "About 700", "National Intelligence Service"),
    ],
)
def test_a_coordinate_clause_with_a_report_of_its_own_claims_nothing_before_it(sentence, quantity, claimant):
    got = one(sentence, quantity)["claimant"]
    assert (None if got != got else got) == claimant


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
