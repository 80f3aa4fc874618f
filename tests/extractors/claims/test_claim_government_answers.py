"""A minister answering for the government in its own legislature (dossier.extractors.claims.claim_government_answers):
their "we assess" is the state's government's, on records written for the tests."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.figures.estimates import estimates


def _claimants(source: str, *paragraphs: str) -> dict[str, str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-03-12")],
                         "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    return {r.quantity_text: (None if isinstance(r.claimant, float) else r.claimant) for r in df.itertuples()}


LORDS = [
    "Question",
    "Asked by Baroness Hale of Ripon",
    "To ask His Majesty’s Government what assessment they have made of foreign troops sent to Russia.",
    "Lord Price of Dunmore (Lab)",
    "My Lords, we assess that about 9,000 North Korean soldiers are now in the Kursk region.",
    "Baroness Hale of Ripon (Con)",
    "My Lords, President Zelensky has spoken of 50,000 more. As for the figure of 50,000, will the Minister comment?",
    "Lord Price of Dunmore (Lab)",
    "As for the figure of 70,000 that some cite, we are watching closely and will say more in due course.",
]


def test_a_ministers_we_after_a_question_to_the_government_is_the_governments():
    assert _claimants("Hansard (UK House of Lords)", *LORDS)["about 9,000"] == "British government"


def test_a_figure_the_minister_takes_up_before_his_we_is_not_the_governments():
    assert _claimants("Hansard (UK House of Lords)", *LORDS)["70,000"] != "British government"


COMMITTEE = [
    "Q41 Chair: Minister, what is the Government’s current assessment of the deployment?",
    "Jane Roe: Thank you, Chair. Our assessment is that some 4,500 North Korean soldiers were sent to Kursk last autumn.",
    "Q42 Chair: And the prisoners?",
    "Jane Roe: We have seen the reports. We know that the two soldiers are held in Kyiv.",
]


def test_a_witness_answering_for_the_government_speaks_for_it_not_for_herself():
    assert _claimants("UK House of Commons Defence Committee", *COMMITTEE)["some 4,500"] == "British government"


def test_a_figure_given_before_keeps_its_claim_after_the_ministers_we():
    assert _claimants("UK House of Commons Defence Committee", *COMMITTEE).get("two") != "British government"


def test_a_record_naming_no_government_keeps_the_witnesss_own_reading():
    hearing = [p.replace("the Government’s current assessment", "your current assessment") for p in COMMITTEE]
    assert _claimants("UK House of Commons Defence Committee", *hearing)["some 4,500"] != "British government"


BUNDESTAG = [
    "Vice-President Karl Braun:",
    "The next speaker is Minister of State Anna Weber for the Federal Government.",
    "Anna Weber, Minister of State at the Federal Foreign Office:",
    "Madam President! Colleagues! The situation is grave: the troops are already at the front. "
    "We assess that roughly 2,000 of the soldiers have been wounded.",
]


def test_a_minister_of_state_for_the_federal_government_speaks_for_it():
    assert _claimants("Deutscher Bundestag, Plenarprotokoll", *BUNDESTAG)["roughly 2,000"] == "German government"


def test_a_newspapers_own_we_is_no_governments_answer():
    column = [
        "The Government has said little about the deployment, and ministers dodge questions.",
        "We estimate that about 6,000 North Korean soldiers are now near the border, from our own tally of satellite images.",
    ]
    assert _claimants("The Telegraph", *column)["about 6,000"] != "British government"


ASKED = [
    "Question",
    "To ask His Majesty’s Government what assessment they have made of the foreign soldiers fighting for Russia.",
    "Lord Price of Dunmore (Lab)",
    "My Lords, the position has not changed since the autumn.",
    "Baroness Ashby (LD)",
]


def test_a_members_question_with_we_is_no_governments_answer():
    asked = ASKED + ["My Lords, does the Minister accept that we may soon face 14,000 more of these soldiers?"]
    assert _claimants("Hansard (UK House of Lords)", *asked)["14,000"] != "British government"


def test_our_partners_assessing_is_the_partners_account_not_the_governments():
    answer = ASKED[:3] + ["My Lords, our partners assess that some 14,000 of these soldiers are now in Russia."]
    assert _claimants("Hansard (UK House of Lords)", *answer)["some 14,000"] != "British government"
    own = ASKED[:3] + ["My Lords, we assess that some 14,000 of these soldiers are now in Russia."]
    assert _claimants("Hansard (UK House of Lords)", *own)["some 14,000"] == "British government"
