"""Where a quote's words were said, when its own sentence tells: an occasion that is not a medium's report.

Words said to the press ("told reporters", "at a news conference") reach us from there, not through a medium
another sentence of the article names for the speaker's other words (a press conference is not a channel:
``tests/gold/devset/README.md``).  :func:`~dossier.extractors.speech.quote_channels.channel_of` asks here before a
quote inherits a medium.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from .quote_article import Article


def to_the_press(art: Article, lo: int, hi: int) -> bool:
    """Whether ``art.masked[lo:hi]`` puts its words before the press (``data/press_audiences.csv``): "told
    reporters", "at a news conference", "during his weekly briefing"."""
    return _press().search(art.masked, lo, hi) is not None


@functools.cache
def _press() -> re.Pattern:
    t = load_table("press_audiences.csv")
    audience, occasion = alternation(t.phrase[t.kind == "audience"]), alternation(t.phrase[t.kind == "occasion"])
    return re.compile(rf"(?i:\b(?:told|telling|tells)\s+(?:{audience})\b"
                      rf"|\b(?:at|during)\s+(?:[\w’'\-]+\s+){{1,3}}?(?:{occasion})\b)")
