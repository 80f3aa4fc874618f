"""Whose a participle of saying is when a passive aside stands before its clause's verb: "The marines, surrounded by
Russian troops, held the bridge, chanting “…”"; "soldiers who, cut off by the enemy, chose to fight on, shouting “…”".

The agent of the passive ("by the enemy") is no subject (:func:`~dossier.extractors.speech.attributions.object_before_apposition`);
the participle shares the subject of the verb after the aside: the people named before it, or the antecedent of
"who".  Read only for people in the plural, whom the account does not follow as it follows a name ("Kim, flanked
by generals, watched the launch, saying" is read as the sentence's first speaker already).
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from ...vocab import load_list
from .quote_article import Article
from .quote_referents import Said
from ..mentions.speaker_vocab import cue_words
from .attributions import function_word_in
from .speakers import Attribution

# The people (a determiner maybe, up to three capitalised words, a plural noun), "who" maybe, the passive aside
# (a participle, maybe a particle, "by" and its agent), the verb's clause, and the comma before the participle.
_ASIDE = re.compile(
    rf"(?P<who>(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Tt]hose)\s+)?(?:{UPPER}[\w\-]*\s+){{0,3}}[a-z][\w\-]*(?:s|men))"
    r"(?P<relative>\s+who)?,\s+[a-z]+(?:ed|en|t)\s+(?:[a-z]+\s+)?by\s+[^,#;.“”\"]{2,60},\s+[a-z][^,#;.“”\"]{1,80},\s+\Z"
)
_REACH = 240  # the subject, the aside and the verb's clause stand this close before the participle


@functools.cache
def _documents() -> frozenset[str]:
    return frozenset(f"{d}s" for d in cue_words().documents)


def aside_subject(art: Article, lo: int, at: int, cue: str, relative_only: bool = False) -> Said | None:
    """Who says the participle ``cue`` at ``at`` (its sentence opening at ``lo``) when people in the plural and a
    passive aside come before the verb it follows; None otherwise.  With ``relative_only`` (the sentence has a speaker
    of its own before: "Kim praised soldiers who, cut off by the enemy, chose to fight on, shouting") only a relative
    clause's people are: its verb is the participle's, not the sentence's."""
    start = max(lo, at - _REACH)
    m = next((m for m in _ASIDE.finditer(art.masked, start, at) if m.end() == at), None)
    if m is None or m.group("who").rsplit(None, 1)[-1].lower() in _documents() or (relative_only and not m.group("relative")):
        return None
    who = m.group("who")
    a = Attribution(m.start("who"), at, at + len(cue), who, "group", cue, cue_words().lemma.get(cue.lower(), cue.lower()))
    return art.resolve(a)



@functools.cache
def _perceived() -> re.Pattern:
    """A passive of perceiving ending right before a participle: "can be heard ", "was filmed ", "is seen "."""
    verbs = alternation(load_list("perception_verbs.csv"))
    return re.compile(rf"\s(?:(?:can|could|may|might|will|would)\s+be|is|was|are|were|(?:has|have|had)\s+been)"
                      rf"\s+(?:{verbs})\s+\Z")


# What opens the clause of the passive's subject: a comma or semicolon, or a conjunction joining clauses.
_CLAUSE_OPENING = re.compile(r"(?:[,;]|\b(?:and|but|while|as|when)\b)\s*")
_UNNAMED = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+[\w\-’' ]{2,60}?(?=\s*\Z)")


def perceived_subject(art: Article, lo: int, at: int, cue: str) -> Said | None:
    """Who says the participle ``cue`` at ``at`` (its sentence opening at ``lo``) right after a passive of perceiving:
    "…, and a Russian officer can be heard saying": the subject of that passive, the first person or body its clause
    names; None when no such passive stands there, or its clause names no one."""
    m = _perceived().search(art.masked, max(lo, at - 40), at)
    if m is None:
        return None
    opening = [o.end() for o in _CLAUSE_OPENING.finditer(art.masked, max(lo, m.start() - _REACH), m.start())]
    start = opening[-1] if opening else lo
    said = art.subject_of(start, m.start())
    if said is not None:
        return said._replace(cue=cue)
    # Someone unnamed: "a Russian officer", "one of the guards" (a determiner, then words none of them a function word
    # but a picked group's "of the").
    who = _UNNAMED.fullmatch(art.masked, start, m.start())
    if who is None or function_word_in(who.group(0).split(None, 1)[1].replace(" of the ", " ")):
        return None
    group = who.group(0)
    return art.resolve(Attribution(start, at, at + len(cue), group, "group", cue, cue_words().lemma.get(cue.lower(), cue.lower())))
