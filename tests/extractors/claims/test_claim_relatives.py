"""A figure credited in a relative clause after it (dossier.extractors.claims.claim_relatives)."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        ("The toll of roughly 800 dead, which Kyiv gave on Friday, is disputed by Moscow.", "roughly 800",
         "Ukrainian government"),
        ("The count of 1,200 wounded that South Korea's spy agency released in May was the first.", "1,200",
         "National Intelligence Service"),
        ("Some 400 prisoners, a number that Ukrainian officials gave in March, have not been exchanged.", "Some 400",
         "Ukrainian officials"),
        ("About 2,500 troops, a figure Zelensky cited on Sunday, were moved towards Pokrovsk.", "About 2,500",
         "Volodymyr Zelensky"),
        # The subject's name may carry its acronym in brackets, and an aside may part the figure from the clause.
        ("That is well above the estimate of 1,800 wounded, including 200 missing, that the National "
         "Intelligence Service (NIS) gave in May.", "1,800", "National Intelligence Service"),
    ],
)
def test_the_subject_of_a_relative_clause_after_a_figure_gives_it(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant


def test_a_that_clause_after_a_verb_of_saying_credits_nothing_of_its_own():
    # "that" after "said" opens what is said; the one who said it claims the figure, not the clause's subject.
    row = one("Ukrainian officials said that Kyiv gave 500 shells to the brigade in May.", "500")
    assert row["claimant"] != "Ukrainian government"


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # A figure's noun and a participle whose agent gives it.
        ("Some 3,500 troops were moved east, a number later confirmed by the Pentagon.", "Some 3,500", "the Pentagon"),
        ("The toll of 700 dead, a figure first given by South Korea's spy agency, was revised in May.", "700",
         "National Intelligence Service"),
        ("The 9,000 troops figure, which was confirmed by the Pentagon, is seen as a floor.", "9,000", "the Pentagon"),
    ],
)
def test_the_agent_of_a_participle_after_a_figure_s_noun_gives_it(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant


def test_the_agent_of_a_participle_after_a_thing_s_noun_gives_no_figure():
    # Who supplied the shells is no source of their number.
    row = one("Russia has received 12,000 shells provided by Pyongyang since March.", "12,000")
    assert row["claimant"] != "DPRK government" and not str(row["claimant"]).startswith("Pyongyang")


@pytest.mark.parametrize(
    "text, quantity",
    [
        # Verbs that give things as well as figures credit only a figure's noun: the things given claim nothing.
        ("Russia is now firing the 100 howitzers which North Korea gave it last year.", "100"),
        ("The 300 prisoners, which Ukraine released in May, have returned to Pyongyang.", "300"),
        ("Russia fielded the 50 launchers that Pyongyang provided in 2024.", "50"),
    ],
)
def test_things_given_are_not_a_figure_given(text, quantity):
    claimant = one(text, quantity)["claimant"]
    assert claimant not in ("North Korea", "Ukrainian government", "Pyongyang", "DPRK government")


def test_a_figure_s_noun_before_the_count_lets_a_verb_of_giving_credit_it():
    assert one("Officials treat the 7,000 troops figure that the Pentagon gave in December as a floor.", "7,000")[
        "claimant"] == "the Pentagon"



@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # "that" after an assessing verb or a claim noun opens a clause with a figure of its own: its subject did
        # the providing, and claims nothing.
        ("Researchers estimate that Pyongyang provided about a third of the rounds fired last winter.", "about a third",
         "Researchers"),
        ("Western officials believe that North Korea has provided 40 launchers since August.", "40", "Western officials"),
    ],
)
def test_the_subject_of_a_that_clause_with_its_own_figure_claims_nothing(text, quantity, claimant):
    got = one(text, quantity)["claimant"]
    assert got not in ("North Korea", "DPRK government") and (got == claimant or claimant is None)


def test_a_relative_clause_on_a_figure_noun_still_gives_it():
    # No figure of its own after the verb: "that" is the object of "provided", and the Pentagon gives the number.
    row = one("The toll of 1,100 dead, a number that the Pentagon provided to lawmakers, is the highest yet.", "1,100")
    assert row["claimant"] == "the Pentagon"


@pytest.mark.parametrize(
    "text, claimant",
    [
        # A description after "by" or "from", then its verb and "that": the description's body claims the figure,
        # not the subject of the clause it reports.
        ("The Kiel Institute published a study on Monday. Estimates by the institute suggest that North Korea has "
         "provided 40 launchers since August.", "Kiel Institute for the World Economy"),
        ("RUSI published its survey in March. Data from the think tank show that North Korea has provided 40 "
         "launchers since August.", "Royal United Services Institute (RUSI)"),
    ],
)
def test_a_described_body_before_its_verb_and_that_claims_the_clause(text, claimant):
    assert one(text, "40")["claimant"] == claimant
