"""Theme words in another sense: blood as the lives a war costs, a right as a sovereign state's.

Sentences written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dossier import schema
from dossier.extractors.rhetoric.themes import themes


def _themes(text: str) -> set[str]:
    sentences = schema.conform(
        pd.DataFrame({"article_id": ["a1"], "paragraph": [0], "sentence": [0], "start": [0], "end": [len(text)], "text": [text]}),
        "sentences",
    )
    return set(themes(sentences, schema.empty("quotes"))["theme"])


@pytest.mark.parametrize(
    "text",
    [
        "Sending sappers lets Pyongyang keep its men at the front at a lower cost in blood.",
        "The generals measure the advance by its price in blood, one analyst said.",
        "For Kim, it is battlefield know-how bought at a steep price in blood.",
        "The regiment's lessons were paid in blood at Sudzha, the colonel wrote.",
        "Moscow keeps the toll in blood out of its evening bulletins.",
    ],
)
def test_blood_as_the_cost_of_war_is_no_bond(text):
    assert "fraternity_blood" not in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two armies' friendship was sealed in blood at Kursk, the agency said.",
        "Kim hailed an alliance forged in blood on Russian soil.",
        "Our peoples shared blood in the trenches of Kursk, the envoy said.",
    ],
)
def test_blood_that_binds_stays_the_frame(text):
    assert "fraternity_blood" in _themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said arms trade with Moscow is the legitimate right of sovereign states.",
        "Ties with Russia are “a legitimate right” of any independent country, the spokesman said.",
        "She called the cooperation an exercise of the legitimate rights of a sovereign nation.",
        "Pyongyang defends its legitimate right, as an independent state, to choose its partners.",
    ],
)
def test_a_sovereign_states_legitimate_right_is_not_a_just_cause(text):
    found = _themes(text)
    assert "just_cause" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia is exercising its legitimate right to defend its people, the ambassador said.",
        "The soldiers fought for the legitimate rights of the Russian people in Donbas, the statement said.",
    ],
)
def test_a_legitimate_right_without_a_state_stays_a_just_cause(text):
    assert "just_cause" in _themes(text)
