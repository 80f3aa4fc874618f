"""Words that a trailing "as" clause says others told the sentence's speaker: those others speak them.

"The president added that the shells are poor and that “one in three fails”, as Polish gunners told him at the
front": a careful reader takes the words for the gunners', which the president passes on, not for his own.  The
clause follows the quote's closing mark: "as", a subject, a verb of telling (``data/cue_verbs.csv``, lemma ``tell``)
and a pronoun for whom they told it ("him", "her", "them"), the one who reports.  Told to anyone else ("as he told
reporters") the clause names the speaker's own occasion, and the speaker stays the one found otherwise.
"""

from __future__ import annotations

import functools
import re

from ...text.quote_marks import Marked
from ..mentions.speaker_vocab import cue_words
from ...text.words import alternation
from .quote_article import Article
from .quote_referents import Said
from .speakers import attribution_of
from .subject_forms import subject_source


@functools.cache
def _as_told() -> re.Pattern:
    """ "”, as Polish gunners told him": right after the closing mark, "as", a subject, a finite verb of telling, and a
    pronoun for its hearer."""
    lemma = cue_words().lemma
    told = alternation(w for w, v in lemma.items() if v == "tell" and not w.endswith("ing"))
    return re.compile(rf"\s*,?\s+as\s+(?:{subject_source()})\s+(?:had\s+|have\s+|has\s+)?(?P<cue>(?i:{told}))"
                      r"\s+(?:him|her|them)\b")


def told_source(art: Article, q: Marked) -> Said | None:
    """Who told the words of ``q`` to the sentence's speaker, named by an "as" clause right after the quote; else None."""
    m = _as_told().match(art.masked, q.close_at)
    if m is None:
        return None
    said = art.resolve(attribution_of(m))
    return said if said.speaker else None
