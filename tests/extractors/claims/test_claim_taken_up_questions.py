"""A reporter's question that takes up a figure given before ("Is the 8,000 on top of ...?") claims nothing of its
own (dossier.extractors.claims.claim_turns.turn_claim); a figure a question brings in is still the asker's.
Transcripts written for the tests."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.claims.claim_turns import takes_up
from dossier.extractors.figures.estimates import estimates


def test_the_before_a_figure_takes_it_up():
    sentence = "Is the 8,000 in Kursk part of it?"
    assert takes_up(sentence, sentence.index("8,000"))
    other = "Is it true that 8,000 more are coming?"
    assert not takes_up(other, other.index("8,000"))


BRIEFING = [
    "MS. ROE: Good afternoon. We assess that about 8,000 North Korean soldiers are now in the Kursk region.",
    "Q: To clarify: is the 8,000 in addition to the troops sent last year?",
    "MS. ROE: It is part of them.",
    "Q: A think tank says 3,000 more arrived this month. Can you confirm?",
]


def test_a_question_taking_up_a_figure_is_no_claim_of_the_askers():
    claims = [c for q, c in _claimant_rows("Pentagon press briefing", *BRIEFING) if q == "8,000"]
    assert claims and "reporter" not in claims


def test_a_figure_a_question_brings_in_is_not_taken_up():
    assert dict(_claimant_rows("Pentagon press briefing", *BRIEFING))["3,000"] == "reporter"


def _claimant_rows(source: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-05-20")],
                         "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    return [(r.quantity_text, None if isinstance(r.claimant, float) else r.claimant) for r in df.itertuples()]
