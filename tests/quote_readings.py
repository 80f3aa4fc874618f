"""One article's text through ``dossier.quotes``: shared by the tests of where a quote's words reach us from."""

from __future__ import annotations

import pandas as pd

import dossier


def quote_readings(text: str, source: str = "Reuters", published: str = "2025-06-02") -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, channel, channel basis) of each quote of a one-article corpus from ``source``."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp(published)], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [tuple(v if isinstance(v, str) else None for v in (r.speaker, r.channel, r.channel_basis))
            for r in df.itertuples()]


def quote_speakers(text: str, source: str | None = None) -> list[str | None]:
    """The speaker of each quote of a one-article corpus, None where no speaker is read."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [r.speaker if isinstance(r.speaker, str) else None for r in df.itertuples()]
