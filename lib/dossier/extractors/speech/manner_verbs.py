"""Verbs of how words were said ("sighed", "shrugged", "quipped", "summarises") after their subject, next to the quote.

``data/cue_verbs.csv`` gives these verbs the kind ``inverted``: elsewhere they say nothing ("he worried about the
shells", "Kim smiled for the cameras"), so they attribute words only where they touch them.  Before their subject
the attribution patterns read them ("“…,” sighs a diplomat"); a reader hears them as verbs of saying after their
subject too, in the two places a verb of saying would stand:

- right after a quote that opens its sentence and ends its own clause ("," "?" "!"), closing the clause:
  "“…,” he sighed.", "“…?” the minister quipped, …" (not "Kim called it “…”; Lavrov smiled", where the
  quote is the words of the clause before);
- closing a clause that a colon ends before the quote: "Roe shrugged: “…”", "Lavrov, asked whether more
  troops would follow, dodged: “…”"; an object only after a phrasal verb that takes one ("a diplomat
  summarises the mood: “…”"), never a preposition's ("Lavrov laughed at the headline: “…”" reads a headline).

Used by :mod:`dossier.extractors.speech.quote_speakers` when nothing else has read a speaker.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.quote_marks import Marked
from ...text.words import alternation
from ..mentions.speaker_vocab import inverted_verbs, transitive_inverted_verbs
from .attributions import plausible
from .quote_article import Article
from .quote_referents import Said
from .speakers import HEAD, attribution_of
from .subject_forms import FILLER, subject_source

__all__ = ["manner_after", "manner_intro"]

_ASIDE = r"(?:,[^,:#]{1,120},)?"  # "Lavrov, asked whether more would follow, dodged:"
_OBJECT = r"(?:\s+[a-z][\w’'\-]*){1,3}"  # "summarises the mood:", "summarises it:"
_COMMA = re.compile(r",\s+")
_CLAUSE_ENDS = r"(?=\s*(?:[.,;!?]|\Z))"  # "“…,” he sighed." (not "he sighed about the shells")
_OWN_CLAUSE = ",?!"  # what ends a quote that is a clause of its own: "“…,” he sighed", "“…?” he laughed"


class _Patterns(NamedTuple):
    verb: re.Pattern  # a manner verb anywhere: the cheap test first
    after: re.Pattern  # subject and verb right after a quote, closing the clause
    intro: re.Pattern  # subject and verb (and object) right before a colon


@functools.cache
def _patterns() -> _Patterns:
    subj, verbs = subject_source(), rf"\b(?i:{alternation(inverted_verbs())})\b"
    # Only a verb that takes an object has one before the colon: "Lavrov laughed at the headline: “…”" reads it.
    transitive = rf"\b(?i:{alternation(transitive_inverted_verbs())})\b"
    return _Patterns(
        re.compile(verbs),
        re.compile(rf"(?:{subj})\s+{FILLER}(?P<cue>{verbs}){_CLAUSE_ENDS}"),
        re.compile(rf"(?:{subj}){_ASIDE}\s+{FILLER}(?:then\s+)?(?P<cue>{verbs}|{transitive}{_OBJECT})\s*:\s*\Z"),
    )


def manner_after(art: Article, q: Marked, lo: int, hi: int) -> Said | None:
    """The subject of a manner verb right after ``q`` that closes the clause ("“…,” he sighed."); None if none.

    Only a quote that opens its sentence ("“…,” he sighed") and ends a clause of its own is the verb's: after
    "Kim called the drills “a rehearsal”; Lavrov smiled." or "Asked about “Korean troops”, Lavrov shrugged."
    the quote is someone else's words, or a name."""
    # The mark closes on the clause's end, inside or right after it: "“…,” he", "“…?” he", "“…”, he".
    own = any(c in _OWN_CLAUSE for c in art.text[q.parts[-1][1] - 1:q.close_at + 1])
    if art.masked[lo:q.open_at].strip() or not own or _patterns().verb.search(art.masked, q.close_at, hi) is None:
        return None
    m = _patterns().after.match(art.masked, HEAD.match(art.masked, q.close_at, hi).end(), hi)
    a = attribution_of(m) if m is not None else None
    return art.resolve(a) if a is not None and a.speaker_text and plausible(a) else None


def manner_intro(art: Article, lo: int, q: Marked) -> Said | None:
    """Who a clause closed by a manner verb and a colon right before ``q`` names ("Roe shrugged: “…”"); None if none."""
    colon = art.masked.rfind(":", lo, q.open_at)
    if colon < 0 or art.masked[colon + 1:q.open_at].strip() or _patterns().verb.search(art.masked, lo, colon) is None:
        return None
    # The subject opens the clause, or follows an opening phrase's comma ("At the ministry, a diplomat sums up …").
    for start in (lo, *(m.end() for m in _COMMA.finditer(art.masked, lo, colon))):
        m = _patterns().intro.match(art.masked, start, colon + 1)
        if m is not None and (a := attribution_of(m)).speaker_text and plausible(a):
            return art.resolve(a)
    return None
