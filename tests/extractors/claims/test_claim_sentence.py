"""dossier.claim_sentence: which of a sentence's attributions claims a figure."""

from __future__ import annotations

import pandas as pd
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


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A clause after the figure whose verb counts a figure of its own claims that one, not the one before.
        ("Ukrainian officials said the North had shipped 6,000 containers, and the JCS, which tracks launches, "
         "counted 14 ballistic missiles this year.", "6,000", "Ukrainian officials"),
        ("The HUR said 9,000 troops were in Kursk, and the NIS estimated 10,500 in all.", "9,000", "Ukrainian military intelligence (HUR)"),
        # Its own figure is still its own.
        ("Ukrainian officials said the North had shipped 6,000 containers, and the JCS, which tracks launches, "
         "counted 14 ballistic missiles this year.", "14", "Joint Chiefs of Staff"),
    ],
)
def test_a_coordinate_clause_counting_a_figure_of_its_own_claims_nothing_before_it(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity",
    [
        # A clause of its own between a claimant and the figure, whose subject names no one read: not the claimant's.
        ("The NIS said around 70 missiles had been shipped, and a team of researchers documented at least 8 million "
         "shells sent by rail.", "at least 8 million"),
        ("Budanov said 300 soldiers had died, while local volunteers logged 45 North Korean missiles in the "
         "region.", "45"),
    ],
)
def test_a_clause_with_an_unread_subject_between_claimant_and_figure_leaves_it_unclaimed(sentence, quantity):
    assert pd.isna(one(sentence, quantity)["claimant"])


def _claimant(sentence: str, quantity: str):
    got = one(sentence, quantity)["claimant"]
    return None if got != got else got


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A time phrase between the conjunction and the subject: the subject still opens a clause of its own, and
        # the month is when it spoke, not part of who.
        ("The North had moved about 6,000 engineers by winter, and in March the ministry announced that 2,000 more "
         "were on their way.", "about 6,000", None),
        ("The North had moved about 6,000 engineers by winter, and in March the ministry announced that 2,000 more "
         "were on their way.", "2,000", "ministry"),
        ("Roughly 50 launchers crossed the border, and last week Zelensky said that 30 more had followed.", "30",
         "Volodymyr Zelensky"),
        # A time phrase with no clause of its own after the figure leaves the figure to the subject.
        ("Roughly 50 launchers crossed the border, and on Friday the Pentagon confirmed it.", "Roughly 50", "the Pentagon"),
    ],
)
def test_a_time_phrase_after_the_conjunction_keeps_the_clause_apart(sentence, quantity, claimant):
    assert _claimant(sentence, quantity) == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # After a trailing attribution, "as" opens the writer's own clause: its figure is the outlet's.
        ("About 1,500 labourers reached Vladivostok in June, a ministry official told reporters, as Pyongyang readies "
         "thousands more for the building sites.", "thousands", None),
        ("About 1,500 labourers reached Vladivostok in June, the NIS said, even as Moscow plans to take 4,000 more.",
         "4,000", None),
        # The attribution still claims the figure before it.
        ("About 1,500 labourers reached Vladivostok in June, the NIS said, even as Moscow plans to take 4,000 more.",
         "About 1,500", "National Intelligence Service"),
        # "as many as" after the attribution is a hedge, not a clause of the writer's.
        ("About 1,500 labourers reached Vladivostok in June, the NIS said, as many as 3,000 more could follow.",
         "as many as 3,000", "National Intelligence Service"),
    ],
)
def test_an_as_clause_after_a_trailing_attribution_is_the_writers(sentence, quantity, claimant):
    assert _claimant(sentence, quantity) == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # "but" or "while" and a subject with a reported clause of its own: the figure before is the outlet's.
        ("Moscow took in about 6,000 engineers by spring, but the NIS said that only 2,000 were still there.",
         "about 6,000", None),
        ("Moscow took in about 6,000 engineers by spring, while on Friday Zelensky said that 2,000 more had come.",
         "about 6,000", None),
        ("Moscow took in about 6,000 engineers by spring, but the NIS said that only 2,000 were still there.",
         "2,000", "National Intelligence Service"),
        # Words pointing back at the figure keep it the contrasting subject's.
        ("Moscow took in about 6,000 engineers by spring, but the NIS confirmed it on Friday.", "about 6,000",
         "National Intelligence Service"),
    ],
)
def test_a_contrasting_clause_with_a_report_of_its_own_claims_nothing_before_it(sentence, quantity, claimant):
    assert _claimant(sentence, quantity) == claimant
