"""A spokesperson's briefing speaks for the body the spokesperson serves (dossier.extractors.claims.claim_release,
claim_turns): a source naming the body before its spokesperson ("Ukrainian Navy spokesman X's briefing", "Ukrainian
Air Force – X briefing") is that body's own transcript, and the "we" of an official of a ministry's, a military's or
an intelligence service's own briefing is the body's, whoever the label names; a government's press office is no one
body, and its spokesperson's "we" stays theirs. Sentences written for the tests."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.claims.claim_release import releasing_body
from dossier.extractors.figures.estimates import estimates


def _claimants(source: str, *paragraphs: str) -> dict[str, str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-02-11")],
                         "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    return {r.quantity_text: (None if isinstance(r.claimant, float) else r.claimant) for r in df.itertuples()}


@pytest.mark.parametrize("source, body", [
    ("Ukrainian Navy spokesman Oksana Melnyk's briefing", "Ukrainian Navy"),
    ("Ukrainian Air Force – Taras Koval briefing, Media Center Ukraine", "Ukrainian Air Force"),
])
def test_a_source_naming_a_body_before_its_spokesperson_is_the_bodys_briefing(source, body):
    assert releasing_body(source) == body


def test_a_source_naming_no_spokesperson_is_no_body():
    assert releasing_body("Kyiv Weekly – Evening edition") is None


NAVY = [
    "MELNYK: Good afternoon. I will start with the situation at sea.",
    "By our count, at least 70 cargo ships have sailed the route since spring.",
    "QUESTION: Do you see the ships in the Sea of Azov too?",
    "MELNYK: Rarely. We have recorded 4 of them there this month.",
]


def test_the_spokespersons_we_is_the_body_the_source_names():
    found = _claimants("Ukrainian Navy spokesman Oksana Melnyk's briefing", *NAVY)
    assert found["at least 70"] == "Ukrainian Navy"
    assert found["4"] == "Ukrainian Navy"


AIR_FORCE = [
    "MODERATOR: Good afternoon. With us is Kyrylo Budanov, who will speak about last night.",
    "KYRYLO BUDANOV: Thank you. Since the new year we have recorded more than 30 launches of such missiles.",
    "QUESTION (Ukrinform): Are they more accurate now?",
]


def test_a_known_officials_we_in_a_military_bodys_own_briefing_is_the_bodys():
    found = _claimants("Ukrainian Air Force – Kyrylo Budanov briefing, Media Center Ukraine", *AIR_FORCE)
    assert found["more than 30"] == "Ukrainian Air Force"


def test_a_known_officials_we_at_a_governments_press_office_stays_theirs():
    white_house = [p.replace("Kyrylo Budanov", "John Kirby").replace("KYRYLO BUDANOV", "JOHN KIRBY") for p in AIR_FORCE]
    assert _claimants("White House press briefing", *white_house)["more than 30"] == "John Kirby"


def test_a_guest_named_whole_in_a_ministrys_briefing_speaks_for_himself_not_the_host():
    joint = [
        "MODERATOR: Good afternoon. Two guests join the minister today.",
        "Secretary General Mark Rutte: Thank you. We assess that some 14,000 of the soldiers have now rotated through Kursk.",
        "QUESTION (Ukrinform): Will more arrive?",
    ]
    found = _claimants("Ministry of Defence of Ukraine briefing", *joint)
    assert found["some 14,000"] != "Ukrainian Ministry of Defence"


@pytest.mark.parametrize("source", [
    "Reuters – Ukrainian Navy spokesman Dmytro Pletenchuk interview",
    "BBC interview with Kremlin spokesman Dmitry Peskov",
    "Former Pentagon spokesman John Kirby podcast",
])
def test_an_outlets_interview_or_a_former_spokesperson_is_no_bodys_briefing(source):
    assert releasing_body(source) is None
