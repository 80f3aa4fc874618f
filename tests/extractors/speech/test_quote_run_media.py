"""A medium's name after a preposition stays its object when words saying who runs it stand between ("carried by the
state-run Korean Central News Agency"): the body after it speaks, the medium relays."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.mentions.mention_forms import oblique
from dossier.extractors.speech.quotes import quotes


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [(s if isinstance(s, str) else None, c if isinstance(c, str) else None) for s, c in zip(q["speaker"], q["channel"])]


def test_a_body_after_a_piece_carried_by_a_state_run_agency_speaks():
    text = ("North Korea has said nothing of the convoys. In a commentary carried by the state-run Korean Central "
            "News Agency on Friday, the country's defence ministry called the claims “a pack of lies.”")
    assert _rows(text) == [("DPRK Defence Ministry", "KCNA")]


def test_an_official_medium_after_by_is_an_object():
    text = "The statement was carried by the official Korean Central News Agency."
    at = text.index("Korean")
    assert oblique(text, at, at + len("Korean Central News Agency"))


def test_a_state_run_medium_opening_its_clause_is_no_object():
    # (Look-alike: with no preposition before the modifier, the medium is the subject.)
    text = "Yesterday state-run Korean Central Television showed the parade."
    at = text.index("Korean")
    assert not oblique(text, at, at + len("Korean Central Television"))
