"""A group the writer calls "our" who tell a figure (dossier.extractors.claims.claim_own_groups): the group of the
writer's state, by its adjective; on sentences written for the tests."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.figures.estimates import estimates


def _claimants(source: str, *paragraphs: str) -> dict[str, str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-04-08")],
                         "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    return {r.quantity_text: (None if isinstance(r.claimant, float) else r.claimant) for r in df.itertuples()}


UKRAINIAN = "Ukrainian Navy spokeswoman Oksana Melnyk's briefing"
RUSSIAN = "Russian Airborne Forces Telegram"


def test_a_group_closing_the_sentence_after_the_figure_tells_it():
    found = _claimants(UKRAINIAN, "The shells are old, and about one in four rounds does not explode, say our sappers.")
    assert found["about one in four"] == "Ukrainian sappers"


def test_a_group_saying_before_the_figure_tells_it_with_its_states_adjective():
    found = _claimants(RUSSIAN, "Our engineers say that some 40 foreign soldiers were wounded while clearing the fields.")
    assert found["some 40"] == "Russian engineers"


def test_a_group_that_does_and_does_not_say_tells_nothing():
    found = _claimants(UKRAINIAN, "Last week our soldiers destroyed 5 tanks near the river.")
    assert found.get("5") != "Ukrainian soldiers"


def test_colleagues_are_no_group_of_the_state():
    found = _claimants(RUSSIAN, "As our colleagues told us, about 300 foreign soldiers are already working near Sudzha.")
    assert found["about 300"] != "Russian colleagues"


def test_a_group_that_said_nothing_does_not_tell_a_figure_others_say():
    found = _claimants(RUSSIAN, "Our soldiers said little about it, but Ukrainian bloggers say 70 of the soldiers were lost.")
    assert found["70"] != "Russian soldiers"
    told = _claimants(RUSSIAN, "Our soldiers say that 70 of the soldiers were lost near the village.")
    assert told["70"] == "Russian soldiers"
