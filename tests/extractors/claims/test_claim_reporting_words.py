"""data/claimant_cues.csv: verbs that report a claim in any person, reflexive words between a subject and its verb,
and the impersonal "it is understood that"."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.figures.estimates import estimates
from estimate_readings import one, run


def claim_in(source: str, quantity: str, *paragraphs: str) -> str | None:
    """The claimant of the one figure ``quantity`` of an article whose outlet is ``source``."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-03-04")],
                         "source": [source]})
    rows = (df := estimates(dossier.sentences(arts), arts))[df["quantity_text"] == quantity]
    assert len(rows) == 1, df[["quantity_text", "claimant"]]
    return None if pd.isna(rows.iloc[0]["claimant"]) else rows.iloc[0]["claimant"]


@pytest.mark.parametrize("text, quantity, claimant", [
    # A body that informs an audience that ... gives the figure, as one that tells it does.
    ("Japan's Defense Ministry informed the upper house defence panel on May 9 that about 500 soldiers had died.",
     "about 500", "Japanese Ministry of Defense"),
    # The plural forms of verbs whose singular reports already.
    ("British newspapers write every week that some 9,000 more soldiers are on their way.", "some 9,000", "British media"),
    ("The Americans admit that they have shipped Kyiv more than 2 million rounds.", "more than 2 million", "Americans"),
])
def test_a_reporting_verb_in_any_person_credits_its_subject(text, quantity, claimant):
    assert one(text, quantity).claimant == claimant


@pytest.mark.parametrize("text, quantity, claimant", [
    # "themselves", "itself" stress the subject; they do not part it from its verb.
    ("The Americans themselves admit that they have shipped Kyiv more than 2 million rounds.", "more than 2 million",
     "Americans"),
    ("The Ukrainian side itself claimed in March that about 2,500 soldiers had been wounded.", "about 2,500",
     "Ukrainian government"),
])
def test_a_reflexive_word_after_the_subject_keeps_its_verb(text, quantity, claimant):
    assert one(text, quantity).claimant == claimant


def test_it_is_understood_that_credits_unnamed_reports():
    row = one("It is understood that Pyongyang moved around 8,000 workers to the Far East in the spring.", "around 8,000")
    assert row.claimant == "unattributed reports"


def test_informed_sources_stay_no_one_named():
    # "informed" before a noun is an adjective, no verb whose subject gives the figure.
    row = one("According to informed sources, some 3,000 troops left the port.", "some 3,000")
    assert row.claimant == "unattributed reports"


@pytest.mark.parametrize("text, quantity, claimant", [
    # A body keeping to figures gives them, after a colon too.
    ("Japan's Defense Ministry keeps to lower figures: roughly 400 dead and 1,900 wounded.", "roughly 400",
     "Japanese Ministry of Defense"),
    ("The Pentagon sticks to a count of about 250 launchers.", "about 250", "the Pentagon"),
])
def test_keeping_to_figures_gives_them(text, quantity, claimant):
    assert one(text, quantity).claimant == claimant


def test_the_claim_of_a_named_owner_that_holds_the_figure_is_the_owners():
    # "The statement of X that ..." names its owner after "of", as "X's statement that ..." does before it.
    row = one("The statement of Kyrylo Budanov that some 1,200 soldiers had deserted drew doubts in Seoul.", "some 1,200")
    assert row.claimant == "Kyrylo Budanov"


def test_media_writing_in_a_transcripts_question_are_the_media():
    # The question passes on what the media write, as "Media report that ..." does: the asker is no claimant of it.
    row = claim_in("Russian Foreign Ministry", "4,000",
                   "Question: Western media write that 4,000 more soldiers are leaving for Kursk. Your comment?",
                   "Maria Zakharova: We do not comment on rumours.")
    assert row == "Western media"


@pytest.mark.parametrize("text, quantity, claimant", [
    # "for example", "for instance" set off between a subject and its verb part nothing, as "for its part" does not.
    ("Japan's Defense Ministry, for example, claimed that some 600 containers were shipped.", "some 600",
     "Japanese Ministry of Defense"),
    ("The NIS, for instance, spoke of about 150 launchers.", "about 150", "National Intelligence Service"),
])
def test_an_example_aside_parts_no_subject_from_its_verb(text, quantity, claimant):
    assert one(text, quantity).claimant == claimant


@pytest.mark.parametrize("text, quantity, claimant", [
    # Talking "about" a figure reports it, as "of" does; so does having been writing of it for a while.
    ("The NIS talks about some 2,000 casualties.", "some 2,000", "National Intelligence Service"),
    ("British media have been writing for weeks about 5,000 dead.", "about 5,000", "British media"),
])
def test_talking_or_writing_about_a_figure_reports_it(text, quantity, claimant):
    assert one(text, quantity).claimant == claimant



@pytest.mark.parametrize("text, quantity, claimant", [
    # ", which said" opens a body's relative clause as ", who said" opens a person's: the antecedent reports.
    ("The figure came from Japan's Defense Ministry, which said that some 80 launchers had crossed by rail.", "some 80",
     "Japanese Ministry of Defense"),
    ("Officials cited the NIS, which estimated that about 1,300 soldiers were wounded.", "about 1,300",
     "National Intelligence Service"),
])
def test_a_bodys_relative_clause_reports_for_the_body(text, quantity, claimant):
    assert one(text, quantity).claimant == claimant


@pytest.mark.parametrize("text, quantity", [
    # "announced by X" names who gave the figure, as "reported by X" does.
    ("The second wave, announced by Sergei Shoigu in Pyongyang in June, comprises 2,000 builders.", "2,000"),
    ("The rotation includes the 3,000 deminers announced by Sergei Shoigu last month.", "3,000"),
])
def test_announced_by_credits_its_agent(text, quantity):
    assert one(text, quantity).claimant == "Sergei Shoigu"


def test_a_figure_in_the_subject_of_a_reporting_verb_is_not_its_claim():
    # "the younger of the two said": the figure counts those the subject is one of, not what the subject claims.
    df = run("Kyiv is holding two captured North Korean soldiers. In a talk with a Seoul daily, the younger of the two said he "
             "had been sent to Russia for training.")
    later = df[(df["quantity_text"] == "two") & (df["sentence"] == df["sentence"].max())]
    assert len(later) == 1 and later["claimant"].isna().all(), df[["sentence", "quantity_text", "claimant"]]


@pytest.mark.parametrize("text, quantity, claimant", [
    # Stressing, pointing out or complaining that a figure holds reports it, as saying it does.
    ("Budanov stressed that some 3,000 more soldiers were training in the Far East.", "some 3,000", "Kyrylo Budanov"),
    ("The NIS pointed out that about 70 launchers had crossed by rail.", "about 70", "National Intelligence Service"),
    ("Japan's Defense Ministry complained that roughly 40 missiles had been fired in a week.", "roughly 40",
     "Japanese Ministry of Defense"),
])
def test_stressing_or_complaining_that_reports_the_figure(text, quantity, claimant):
    assert one(text, quantity).claimant == claimant


def test_being_informed_of_a_death_is_no_report():
    # Only a body informing an audience reports; parents informed of deaths are counted, not quoted.
    row = one("Some 120 families in the county were informed of their sons' deaths in March.", "Some 120")
    assert pd.isna(row.claimant)


@pytest.mark.parametrize("text, quantity, claimant", [
    # Mentioning a figure states it, as noting it does.
    ("Zelensky mentioned about 300 North Korean dead in his evening address.", "about 300", "Volodymyr Zelensky"),
    ("Peskov mentions only that 2,000 North Korean soldiers were decorated.", "2,000", "Dmitry Peskov"),
    # A second clause with its own subject keeps its figure from the first one's.
    ("The Pentagon said 3,000 soldiers were in Kursk, but Budanov mentioned 40 prisoners.", "40", "Kyrylo Budanov"),
    # Near misses: a participle after its noun and "as mentioned" name no one before them.
    ("The 140 guns mentioned by the colonel were destroyed in May.", "140", None),
    ("As mentioned above, about 140 guns arrived in Kursk.", "about 140", None),
])
def test_mentioning_a_figure_reports_it(text, quantity, claimant):
    row = one(text, quantity)
    assert (None if pd.isna(row.claimant) else row.claimant) == claimant


@pytest.mark.parametrize("text, quantity", [
    # A subject that names no one claims nothing, whatever its verb.
    ("Nobody mentioned the 3,000 soldiers still in Kursk.", "3,000"),
    ("Nobody said that 2,500 soldiers were in Kursk.", "2,500"),
    ("The Pentagon said 3,000 soldiers were in Kursk, but nobody mentioned the 40 prisoners.", "40"),
])
def test_a_subject_that_names_no_one_claims_nothing(text, quantity):
    assert pd.isna(one(text, quantity).claimant)
