"""Whose voice a theme's words are in: a DPRK or Russian state's, or the reporter's.

Words are in the ``state`` voice inside the quoted words of a DPRK or
Russian official or state body (the quotes frame's speaker, through
``quotes.speaker_affiliation``), and throughout an article such a state's
medium or body published itself; anywhere else they are the reporter's.
"""

from __future__ import annotations

import functools
from collections import defaultdict

import pandas as pd

from ...text.outlets import outlet_names
from ..speech.quotes import speaker_affiliation
from ..mentions.speaker_vocab import channel_state, outlet_channel, speaker_aliases

STATE_AFFILIATIONS = frozenset({"dprk_state", "russia_state"})
_WHOLE_ARTICLE = (0, 2**62)  # a span over any offset of an article's text


def publishes_state_words(source) -> bool:
    """Whether an article of ``source`` is a DPRK or Russian state's own text.

    A state medium (KCNA, Rodong Sinmun, TASS) narrates in its state's voice,
    and so does a state body publishing its own record: a Kremlin transcript,
    a foreign ministry's briefing (a body of ``data/speakers.csv``).
    """
    if (channel := outlet_channel(source)) is not None:
        return channel_state(channel) in STATE_AFFILIATIONS
    bodies = speaker_aliases()
    return any((b := bodies.get(name)) is not None and b.kind == "body" and b.affiliation in STATE_AFFILIATIONS
               for name in outlet_names(source))


def state_spans(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> dict[str, list[tuple[int, int]]]:
    """Offsets of the words in a state's voice, per article: the quoted words of DPRK and Russian state speakers.

    With ``articles`` (``article_id``, ``source``), the whole of an article
    that :func:`publishes_state_words` is in the state's voice: its
    narration is the state's as much as the words it quotes.
    """
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    if articles is not None and "source" in articles:
        for aid, source in zip(articles["article_id"].tolist(), articles["source"].tolist()):
            if publishes_state_words(source):
                spans[aid].append(_WHOLE_ARTICLE)
    if quotes.empty:
        return dict(spans)
    state = [s for s in quotes["speaker"].dropna().unique() if s and _affiliation(s) in STATE_AFFILIATIONS]
    if not state:
        return dict(spans)
    # The state speakers' rows, their columns as lists: iterating an Arrow-backed column costs a call an element.
    rows = quotes["speaker"].isin(state).to_numpy()
    for aid, start, end in zip(*(quotes[c].to_numpy()[rows].tolist() for c in ("article_id", "start", "end"))):
        spans[aid].append((int(start), int(end)))
    return dict(spans)


@functools.lru_cache(maxsize=4096)
def _affiliation(speaker: str) -> str:
    """:func:`speaker_affiliation`, once a speaker: the same few speakers recur in every batch of articles."""
    return speaker_affiliation(speaker)


def voice_of(start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``state`` when ``[start, end)`` overlaps one of ``spans``, else ``reporting``."""
    return "state" if any(s < end and start < e for s, e in spans) else "reporting"
