"""Whether a quote that stands alone resumes the words of the paragraph's last speaker across a sentence of
narration: "“…,” said Jane Roe, a historian. At the same time, the cult binds Moscow. “Every statue is a bill.”"

A reporter who lets a speaker's words run on after a sentence of their own (a paraphrase of the speaker, or what they
are about: "She has lived in Kursk for ten months.") gives no new attribution: the bare quote that follows is still
the speaker's.  Any sentence between that has someone say something, or that names another person, hands the floor
on, and the quote is not read as the last speaker's.
"""

from __future__ import annotations

import re

from ...text.quote_marks import Marked
from ...text.words import UPPER
from .quote_article import Article
from .quote_sentences import sentence_bounds

_NARRATION_BETWEEN = 1  # sentences of narration a speaker's words may run on across
# Two capitalised words in a row: a name (of someone the vocabularies may not know, "Tomas Lindqvist, an engineer,
# disagrees"), which may hand the floor on.
_NAME = re.compile(rf"(?<![\w\-]){UPPER}[\w\-’']*(?:\s+{UPPER}[\w\-’']*)+")


def _quiet(art: Article, i: int, speaker: str) -> bool:
    """Whether sentence ``i`` has no one say anything and names no person but ``speaker`` (a pronoun may stand
    for them); a name the account does not know may be someone else's, and counts as another's."""
    s = art.sents[i]
    if art.attributions_of(i) or any(q.open_at < s.end and q.close_at > s.start for q in art.marked):
        return False
    if any(m.entity is not None and m.entity.kind == "person" and m.how != "pronoun" and m.entity.name != speaker
           for m in art.account.between(s.start, s.end)):
        return False
    own = set(speaker.split())
    return all(set(m.group().split()) <= own for m in _NAME.finditer(art.text, s.start, s.end))


def resumes_speech(art: Article, before: list[Marked], speaker: str | None, q: Marked) -> bool:
    """A sentence that is only a quote, a sentence of narration after the paragraph's last quote of ``speaker``, when
    that sentence hands the floor to no one (:func:`_quiet`)."""
    if not speaker:
        return False
    lo, hi = sentence_bounds(art, q)
    if art.masked[lo:q.open_at].strip() or art.masked[q.close_at:hi].strip(" \t.,;:") or not art.text[q.parts[0][0]].isupper():
        return False
    prev_end = art.sent_at(before[-1].parts[-1][1] - 1)
    here = art.sent_at(q.parts[0][0])
    if not 1 <= here - prev_end - 1 <= _NARRATION_BETWEEN or art.sents[prev_end].paragraph != art.sents[here].paragraph:
        return False
    return all(_quiet(art, i, speaker) for i in range(prev_end + 1, here))
