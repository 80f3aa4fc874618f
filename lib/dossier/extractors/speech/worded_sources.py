"""Whose wording a phrase right after a quote names: "Moscow calls the matter a “sovereign choice,” in the words of
Foreign Minister Sergei Lavrov".

A careful reader takes the quoted words for those of whom "in the words of X" (or "in X's words", "in X's phrase")
names right after the closing mark, not for the subject of the sentence that carries them: the phrase is there to say
whose wording it is.  The nouns of wording are ``data/wording_nouns.csv``; whom they name is the person or body the
account knows there, else a subject read as a verb of saying's would be.  A pronoun ("in his words") adds no one the
sentence has not named, and is left to the sentence's own attribution.
"""

from __future__ import annotations

import functools
import re

from ...text.quote_marks import Marked
from ...text.words import alternation
from ...vocab import load_list
from ..mentions.mention_vocab import body_kinds, titles, unnamed_sources
from ..mentions.speaker_vocab import person_nouns
from .as_sources import as_source
from .attributions import Attribution, plausible
from .quote_article import Article
from .quote_referents import Said
from .subject_forms import subject_source

_FORMS = ("alias", "name", "group", "owned")  # the forms of subject_source that name someone (no anaphor)


@functools.cache
def _worded() -> re.Pattern:
    """ "”, in the words of X", "”, in X's words": right after the closing mark (masked "#"), maybe after a comma."""
    nouns = alternation(load_list("wording_nouns.csv"))
    return re.compile(rf"\s*,?\s+in\s+(?:the\s+(?P<noun>{nouns})\s+of\s+(?=\S)|(?=\S))"
                      rf"(?:{subject_source()})(?(noun)|['’]s\s+(?:own\s+)?(?:{nouns})\b)")


def worded_source(art: Article, q: Marked) -> Said | None:
    """Whose words ``q`` is, named by a phrase of wording right after it; None when there is none, or it names no one
    the account or the forms of a subject read."""
    if not art.masked.startswith(" in ", q.close_at) and not art.masked.startswith(", in ", q.close_at):
        return None  # most quotes are followed by no such phrase: skip the search
    m = _worded().match(art.masked, q.close_at)
    how = next((h for h in _FORMS if m is not None and m.group(h)), None)
    if how is None:
        return None
    at, words = m.start(how), m.group(how)
    mention = art.account.mention_at(at)
    if mention is not None and mention.entity is not None and mention.start <= at < mention.end:
        return Said(mention.entity.name, mention.surface, "words", mention.start)
    if not _someone(how, words, art.masked[m.end(how):]):
        return None  # "in the words of the song", "of the constitution", "of Article 51": a text's, not someone's
    a = Attribution(at, at, at + len(words), words, how, "words", "word")
    if not plausible(a):
        return None
    said = art.resolve(a)
    return said if said.speaker else None


def _someone(how: str, words: str, rest: str) -> bool:
    """Whether ``words``, a phrase the account does not know, names someone: a name not numbered ("Article 51"), a
    description whose noun is a title's, a person's, an unnamed source's or a body's ("one diplomat", "a captured
    soldier"), not a work's ("the song", "the constitution")."""
    if how != "group":
        return not re.match(r"\s+\d", rest)
    w = words.lower().split()
    return any(n in titles() or n in person_nouns() or n in unnamed_sources().labels or n in body_kinds()
               for n in (w[-1], w[-1].removesuffix("s"), " ".join(w[-2:])))


def wording_source(art: Article, q: Marked) -> Said | None:
    """Whose wording what follows ``q`` names: an "as" clause (:mod:`~.as_sources`), else a phrase of wording."""
    return as_source(art, q) or worded_source(art, q)
