"""Paragraphs that go on from the article's outlet's own earlier report ("Earlier, Life.ru reported that …").

Outlets in Kyiv and Moscow close a dispatch with what they carried before: "As Lenta.ru wrote, …", "Earlier,
Militarnyi reported that …".  Words quoted in such a paragraph reach us from that earlier report, not through the
agency the lead named for another occasion: the outlet prints them again, it does not relay the agency's account of
them (``data/outlet_backrefs.csv``).
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from .quote_article import Article


def cites_own_report(art: Article, i: int) -> bool:
    """Whether sentence ``i``'s paragraph, up to sentence ``i``, cites the article's outlet's own earlier report."""
    source = art.source if isinstance(art.source, str) else ""
    if not source.strip() or source.lower() not in art.text.lower():
        return False  # the cheap test first: most articles never name their outlet
    here = art.sents[i]
    k = i
    while k and art.sents[k - 1].paragraph == here.paragraph:
        k -= 1
    return _backref(source.strip()).search(art.text, art.sents[k].start, here.end) is not None


@functools.cache
def _backref(source: str) -> re.Pattern:
    """ "As Lenta.ru wrote", "Earlier, Life.ru reported", "Militarnyi previously reported" for the outlet ``source``."""
    t = load_table("outlet_backrefs.csv")
    before, adverb, verb, since, aux = (alternation(t.phrase[t.place == p])
                                        for p in ("before", "adverb", "verb", "since", "aux"))
    name = rf"[\"“]?{re.escape(source)}[\"”]?"
    return re.compile(
        rf"(?i:\b(?:{before}),?\s+{name}\s+(?:(?:{adverb})\s+)*(?:{verb})\b"
        rf"|{name}\s+(?:(?:{aux})\s+)?(?:{since})\s+(?:{verb})\b)"
    )
