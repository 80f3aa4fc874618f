"""Shared fixture of the theme tests: the themes one written sentence carries."""

from __future__ import annotations

import pandas as pd
import pytest

from dossier import schema
from dossier.extractors.rhetoric.themes import themes


def _sentence_themes(text: str) -> set[str]:
    sentences = schema.conform(
        pd.DataFrame({"article_id": ["a1"], "paragraph": [0], "sentence": [0], "start": [0], "end": [len(text)], "text": [text]}),
        "sentences",
    )
    return set(themes(sentences, schema.empty("quotes"))["theme"])


@pytest.fixture
def themes_of():
    """The themes of one sentence standing alone as an article, with no quotes (reporting voice)."""
    return _sentence_themes
