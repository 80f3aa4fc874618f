"""Whose words a trailing "as" clause says they are: "The Kremlin insists that the ties are “…,” as spokesman Dmitry
Peskov put it".

A careful reader takes the quoted words for those of whom the "as" clause names right after the closing mark, not
for the subject of the sentence that carries them (the Kremlin, which "insists" the gist): the clause is there to
say whose wording it is.  The clause: "as", a subject that names someone (no pronoun, which stands for the sentence's
own subject or for no one the clause could add), and a finite verb of saying (``data/cue_verbs.csv``).  Told to
"him", "her" or "them" it names who told the sentence's speaker (:mod:`~.told_sources`), read before this.
"""

from __future__ import annotations

import functools
import re

from ...text.quote_marks import Marked
from ...text.words import alternation
from ..mentions.mention_vocab import titles
from ..mentions.speaker_vocab import cue_words
from .quote_article import Article
from .quote_referents import Said
from .attributions import plausible
from .speakers import attribution_of
from .subject_forms import FILLER, subject_source

# What may follow the verb of an "as" clause that says whose words they are: a phrase of when, where or to whom.
_AFTER_VERB = ("in", "on", "at", "to", "last", "this", "during", "before", "after", "earlier", "recently", "when",
               "while", "once", "back", "publicly", "bluntly", "later")


@functools.cache
def _as_said() -> re.Pattern:
    """ "”, as spokesman Dmitry Peskov put it": right after the closing mark, "as", a subject, and a finite verb of
    saying, which ends its clause or goes on with a phrase of when, where or to whom (not "as he said that", "as
    the crowd said goodbye")."""
    finite = alternation(v for v in cue_words().verbs if not v.endswith("ing"))
    # ("as spokesman Dmitry Peskov put it": an office's title in lower case may stand before a name.)
    office = alternation(t for t, info in titles().items() if t[0].isalpha() and info.cls != "courtesy")
    return re.compile(rf"\s*,?\s+as\s+(?:(?:{office})\s+(?=[A-Z]))?(?:{subject_source()})\s+{FILLER}(?P<cue>(?i:{finite}))\b"
                      rf"(?=\s*(?:[,.;:—–]|\Z)|\s+(?:{alternation(_AFTER_VERB)})\b)")


def as_source(art: Article, q: Marked) -> Said | None:
    """Who an "as" clause right after ``q`` says spoke its words; None when there is no such clause, its subject is a
    pronoun, or it names no one."""
    m = _as_said().match(art.masked, q.close_at)
    if m is None or m.group("anaphor") or not plausible(a := attribution_of(m)):
        return None  # ("as one of our fighters wrote": a group the account cannot pick a member of, as elsewhere)
    said = art.resolve(a)
    return said if said.speaker else None
