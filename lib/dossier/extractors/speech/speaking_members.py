"""One picked out of a group that the text has just made speak: "Diplomats in Prague admit that …. “…,” one of them
told the paper" is a diplomat in Prague.

Part of reading a quote's speaker (:mod:`~dossier.extractors.speech.quote_article`, whose ``Article`` is the ``art``
of each function).  An analyst reads "one of them", "one" or "another" standing for a speaker as one of the last group
of people the text made the subject of a verb of saying, writing or believing (``data/cue_verbs.csv``), not as one
of the nearest group of people with a nationality the sentence mentions in passing ("according to two US officials. …
the North Korean troops sent to Kursk, the officials said. One of them described …": a US official, of the officials
as first named).  The member is written as the group is, in the singular, charted by state and role where the group's
words give them (:func:`~.charted_people.charted`).
"""

from __future__ import annotations

import functools
import operator
from typing import NamedTuple

from ...text.words import singular
from ...vocab import load_table
from ..mentions.mention_vocab import UNNAMED_TITLES, key, titles
from ..mentions.speaker_vocab import anaphor_refers, canonical, person_nouns
from .charted_people import charted, role_nouns
from .speakers import Attribution
from .unnamed_people import group_speaker

__all__ = ["speaking_group_member"]


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    """``data/speaking_members.csv``: its words by kind."""
    table = load_table("speaking_members.csv")
    return {kind: frozenset(table.word[table.kind == kind]) for kind in ("counter", "opener")}


def speaking_group_member(art, a) -> str | None:
    """The speaker "one of them" (an anaphor that picks a member, ``a``) stands for when a group of people in the
    plural spoke in its sentence or the one before (:func:`_sentences_back`): one of the last such group; None when
    none did.  In its own sentence the member's words are part of the group's account ("U.S. officials said, turning it
    into what one described as “…”"), and the group speaks."""
    if a.how != "anaphor" or anaphor_refers(a.speaker_text) != "member":
        return None
    i = art.sent_at(a.start)
    for k in _sentences_back(art, i):
        # (A sentence's words that no quote needs were never resolved, and its quotes' speakers may be found by
        # readings other than an attribution's: both are read.)
        s = art.sents[k]
        said = [*art.attributions_of(k), *(x for q in art.marked if s.start <= q.open_at < s.end for x in art.attributions_before(q))]
        # ("Diplomats in Prague admit": the group's words run to its verb, past the noun the attribution keeps.)
        spoke = [_Spoke(x.pos, x.speaker_text, x.speaker) for x in (art.said_of(k) if k < i else ()) if x.speaker_text]
        spoke += [_Spoke(x.start, art.masked[x.start:max(x.cue_start, x.start + len(x.speaker_text))].strip(" ,"), x)
                  for x in said if x.how == "group"]  # (last: of two readings at one place, the one of more words)
        if groups := sorted((x for x in spoke if x.start < a.start and _plural_people(x.text)), key=_START):
            # (In its own sentence: the group speaks as it would itself, "South Korean officials": the government.)
            return _member(art, groups[-1]) if k < i else art.resolve(groups[-1].who, k).speaker
    return None


def _sentences_back(art, i: int) -> list[int]:
    """Sentence ``i`` and the one before it, over sentences that are wholly a quote's words ("Diplomats … admit ….
    “…. …,” one of them told": the quote's first sentence comes between)."""
    out = [i]
    for k in range(i - 1, -1, -1):
        out.append(k)
        if art.masked[art.sents[k].start:art.sents[k].end].strip("# \n.,;:!?\"“”"):
            break
    return out


class _Spoke(NamedTuple):
    """Where a group that spoke is written, as what, and who: its attribution, or the speaker it was read as."""

    start: int
    text: str
    who: Attribution | str


_START = operator.attrgetter("start")


class _Group(NamedTuple):
    """A group's words: those before its noun that say who its members are, the noun, and the words after it."""

    before: list[str]
    noun: str
    after: list[str]


def _parts(text: str) -> _Group | None:
    """A group's words about its noun of people in the plural, the first one ("two US officials familiar with the
    matter": [US], officials, []); None when it has none."""
    words = text.split()
    if words and words[0][:1].isupper() and key(words[0]) in _words()["opener"]:
        words = words[1:]  # "Yet diplomats in Prague admit"
    n = next((n for n, w in enumerate(words) if _people_noun(w)), None)
    if n is None:
        return None
    before, after = words[:n], words[n + 1:]
    if not (len(after) > 1 and after[0] == "in" and all(w[:1].isupper() for w in after[1:])):
        after = []  # "diplomats in Prague" are posted there; what else follows the noun says nothing of who they are
    while before and key(before[0]) in _words()["counter"]:
        before.pop(0)
    return _Group(before, words[n], after)


def _people_noun(word: str) -> bool:
    """Whether ``word`` is a noun of people in the plural ("diplomats"); channels, states and bodies speak too, but
    no one of them is a person picked out."""
    one = singular(word)
    return word.islower() and one != word and (one in person_nouns() or one in titles() or word in role_nouns().values())


def _plural_people(text: str) -> bool:
    """Whether a group's words name people in the plural ("diplomats in Prague")."""
    return _parts(text) is not None


def _member(art, group: _Spoke) -> str | None:
    """One member of the group ``group``: the body or state a group of officials speaks for, as "one of the officials"
    does (:func:`~.unnamed_people.group_speaker`: "two U.S. officials", the U.S. government); else one of them written
    as the group is in the singular ("diplomats in Seoul", posted there: a diplomat in Seoul), charted by state and
    role where its words give them."""
    parts = _parts(group.text)
    official = singular(parts.noun) in UNNAMED_TITLES
    if official and (at := art.masked.find(parts.noun, group.start, group.start + len(group.text))) >= 0 and (
            body := group_speaker(art, at, parts.noun)) is not None:
        return body
    if not parts.before and (named := _named_before(art, parts.noun, group.start)) is not None:
        parts = named  # "two US officials familiar with the matter …, the officials said": the officials named before
    written = " ".join([*parts.before, singular(parts.noun), *parts.after])
    if official:
        return written  # "diplomats in Seoul" are posted there: whose they are, no place nor vocabulary says
    return charted(art, written, written, group.start) or canonical(written, "group")


def _named_before(art, noun: str, pos: int) -> _Group | None:
    """The last group of people before ``pos`` the text names by ``noun`` with words of who they are ("two US officials
    familiar with …"), as said or spoken of in the sentences back to the article's start; None if none."""
    for k in range(art.sent_at(pos), -1, -1):
        for x in reversed(art.said_of(k)):
            if x.pos < pos and x.speaker_text and (group := _parts(x.speaker_text)) is not None and (
                    group.noun == noun and group.before):
                return group
    return None
