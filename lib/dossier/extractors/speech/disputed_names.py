"""Names and documents a text sets in quotation marks to dispute them: the so-called "Multilateral Sanctions Monitoring
Team", its "report".

A statement that rebuts another side quotes that side's name and paper as a sneer, and the quoted words still name
them: "The "report" claims that the DPRK has transferred "more than 9 million rounds"" says what the report claims,
and the team that issued it is the side whose words those are.  Quoted words are otherwise hidden from the reading of
who speaks (:func:`~dossier.text.quote_marks.mask`); the words of such a quotation are left to be read, its marks blanked,
when they are only a name the vocabularies know (``data/speakers.csv``, ``channels.csv``) or the noun of a document
(``data/cue_verbs.csv``), maybe after one word that places it in a series ("first report").
"""

from __future__ import annotations

import functools

from ...text.quote_marks import DOUBLE, SINGLE, Marked, find_marked
from ...vocab import load_list
from ..mentions.speaker_vocab import channel_aliases, document_words, speaker_aliases

_MARKS = (*DOUBLE, *SINGLE)  # every glyph find_marked pairs


@functools.cache
def _series_words() -> frozenset[str]:
    return frozenset(load_list("document_series.csv"))


def _names_only(words: str) -> bool:
    key = " ".join(words.lower().split())
    if key in speaker_aliases() or key in channel_aliases() or key in document_words():
        return True
    first, _, rest = key.partition(" ")
    return first in _series_words() and rest in document_words()


def disputed_names(text: str, marked: list[Marked]) -> list[Marked]:
    """The quotations of ``text`` whose words are only a known name or a document's noun: one closed part each."""
    return [m for m in marked if m.closed and len(m.parts) == 1 and _names_only(text[m.parts[0][0]:m.parts[0][1]])]


def unmask_names(text: str, masked: str, names: list[Marked]) -> str:
    """``masked`` with the words of ``names`` shown again and their marks blanked, at the same offsets."""
    if not names:
        return masked
    chars = list(masked)
    for m in names:
        lo, hi = m.parts[0]
        chars[m.open_at:m.close_at] = " " * (m.close_at - m.open_at)
        chars[lo:hi] = text[lo:hi]
    return "".join(chars)


def name_marks_blanked(text: str) -> str:
    """``text`` with the marks of its disputed names blanked, at the same offsets: "The "report" claims" as "The  report
    claims", for readings that take quoted words as they stand."""
    if sum(map(text.count, _MARKS)) < 2:
        return text  # most sentences: a quotation takes two marks, one to open it and one to close it
    return unmask_names(text, text, disputed_names(text, find_marked(text)))
