"""Two speakers joined by "and" as the subject of the quote's clause: "Pyongyang and Moscow dismissed the reports as
“fake news”", "The Russians and Koreans call it “…”", "Ukrainian and Western media have been writing about “…”".

The words are the pair's together, and the speaker is the pair as written (as a claim credited to two states keeps the
pair): reading only the nearer one gives the words to one side alone.  People are left out: "Kim and Putin signed
the treaty, pledging “…”" is read by who led the clause, as before.
"""

from __future__ import annotations

import re

from .quote_article import Article
from .quote_referents import Said

__all__ = ["joint_subject"]

# The conjunct before "and": a capitalised word or two ("Pyongyang", "South Korean", "The Russians"), with no comma
# between it and "and" ("Seoul, and Moscow" opens another clause).
_BEFORE_AND = re.compile(r"(?:(?<=\s)|^)(?:[Tt]he\s+)?(?P<first>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+and\s+\Z")
_REACH = 40  # the first conjunct stands right before "and"
# What may stand before a subject: nothing (the sentence opens with it), an opening phrase closed by a comma ("For
# months, "), or "that" of a reported clause; not a preposition ("in line with the Charter and the treaty, whose …").
_OPENS_CLAUSE = re.compile(r"(?:.*(?:,|\bthat))?\s*(?:[Tt]he\s+)?\Z", re.S)


def joint_subject(art: Article, said: Said) -> Said | None:
    """The pair ``said`` closes as the second conjunct of "X and Y", when neither names a person."""
    if said.speaker is None or not said.speaker_text or said.pos < 0 or art.is_person(said.speaker):
        return None
    lo = max(0, said.pos - _REACH)
    m = _BEFORE_AND.search(art.masked[lo:said.pos])
    if m is None:
        return None
    start = lo + m.start("first")
    if not _OPENS_CLAUSE.match(art.masked, art.sents[art.sent_at(start)].start, start):
        return None
    first = art.account.mention_at(start, lo + m.end("first"))
    if first is not None and first.entity is not None and first.entity.kind == "person":
        return None
    if first is None and not _adjective_pair(said.speaker_text):
        return None
    written = art.masked[start:said.pos + len(said.speaker_text)]
    return Said(written, written, said.cue, start)


def _adjective_pair(second: str) -> bool:
    """ "Ukrainian and Western media": the first conjunct is an adjective the second's noun governs."""
    return len(second.split()) > 1
