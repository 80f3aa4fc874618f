"""Media the vocabularies do not list, known by the form of their name: "told Czech Radio", "in an interview with
the American edition Forbes", "Radio Liberty reported".

An analyst who meets an unknown name in "the minister told X" knows X is a medium when its name is made as media
names are (``data/medium_forms.csv``): a run of capitalised words ending with a word such names end with ("Czech
Radio", "Sankei Shimbun", "Novaya Gazeta"), opening with one they open with ("Radio Liberty"), or right after a
medium's noun ("the weekly Nedelya", "the American edition Forbes").  A nationality and a word that only describes
a medium ("Russian TV", "Japanese News") name none.  Whether the sentence presents the medium as the source of
words (``told``, ``according to``, ``reported``) is for the caller to judge, as for a medium it knows.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from ...text.words import alternation
from ...vocab import load_list, load_table
from ..mentions.mention_vocab import nationalities
from .origin_media import noun_words, origin_media

# A capitalised word of a name ("Czech", "REN", "Sankei"), or an article's "The" opening it.
_CAP = r"[A-Z][\w’'\-]*"
_POSSESSIVE = re.compile(r"[’']s$")


class FormedMedium(NamedTuple):
    """A medium named in the text by the form of its name: where its name stands and the name as written."""

    start: int
    end: int
    name: str


@functools.cache
def _forms() -> tuple[re.Pattern, re.Pattern | None, frozenset[str]]:
    """The pattern of a name made as a medium's, a quick test for its words, and the end words that a nationality
    before them makes no name."""
    t = load_table("medium_forms.csv")

    def written(place: str) -> str:
        # As a name writes them: "Radio", and an abbreviation in capitals ("TV").
        words = t.word[t.place == place]
        return alternation([*(w.title() for w in words), *(w.upper() for w in words)])

    nouns = alternation(t.word[t.place == "noun"])
    pattern = re.compile(
        rf"(?<![\w’'\-])(?P<end>(?:{_CAP}\s+){{1,3}}(?:{written('end')}))(?![\w\-])"
        rf"|(?<![\w’'\-])(?P<start>(?:{written('start')})(?:\s+{_CAP}){{1,3}})"
        rf"|\b(?i:{nouns})\s+(?P<noun>{_CAP}(?:\s+{_CAP}){{0,3}})"
    )
    hint = re.compile(rf"(?:{written('end')}|{written('start')})\b|\b(?i:{nouns})\s+[A-Z]")
    described = frozenset(t.word[(t.place == "end") & (t.nationality == "no")])
    return pattern, hint, described


def media_hints(text: str) -> list[int] | None:
    """Where in ``text`` a word that media names are made of stands, in any case: a reader asking about many spans
    of one text finds them once (:func:`formed_media`'s ``hints``) and skips the spans with none.  None when
    lower-casing changes the text's length, so that offsets would not hold."""
    low = text.lower()
    if len(low) != len(text):
        return None
    found = []
    for word in _form_words_any_place():
        at = low.find(word)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + 1)
    return sorted(found)


def formed_media(text: str, lo: int, hi: int, hints: Sequence[int] | None = None) -> list[FormedMedium]:
    """The media named by the form of their name in ``text[lo:hi]``, known or not to the vocabularies; ``hints``, if
    given, are :func:`media_hints` of ``text``."""
    pattern, hint, described = _forms()
    if hints is not None:
        i = bisect.bisect_left(hints, lo)
        if i == len(hints) or hints[i] >= hi:
            return []  # most sentences hold no word of a medium's name
    # A medium described by its origin ("quoted by a British news agency") is no name, but a medium all the same.
    found = [FormedMedium(*d) for d in origin_media(text, lo, hi)]
    if hint.search(text, lo, hi) is None:
        return found
    for m in pattern.finditer(text, lo, hi):
        place = m.lastgroup
        start, name = m.start(place), m.group(place)
        name = " ".join(_POSSESSIVE.sub("", name).split())
        if name.startswith("The "):
            name, start = name[4:], start + 4
        words = name.split()
        if len(words) < 2 and place != "noun":
            continue
        if place == "end" and words[-1].lower() in described and _nationality(words[:-1]):
            continue  # "Russian TV": a medium described by its country, not named
        if not any(d.start <= start < d.end for d in found):
            found.append(FormedMedium(start, start + len(name), name))
    return sorted(found)


# Letters two spellings of one outlet's name share when one translates the other ("Polish Radio", "Polskie Radio").
_STEM = 3


def own_outlet(name: str, source: object) -> bool:
    """Whether the medium ``name`` is the article's own outlet ``source``, written with or without the words that
    make media names ("LRT Radio" in LRT's copy) or in another language ("Polish Radio" in Polskie Radio's): the
    words left once those are taken off are the same, or one word each that opens with the same letters."""
    if not isinstance(source, str):
        return False
    mine, its = _core(name), _core(source)
    if not mine or not its:
        return False
    return mine == its or (len(mine) == len(its) == 1 and mine[0][:_STEM] == its[0][:_STEM])


def _core(name: str) -> list[str]:
    """The words of a medium's name, lower case, without those that make media names (``data/medium_forms.csv``)
    or that sites add to them (``data/outlet_suffixes.csv``: "news", "international") and without "the"."""
    return [w for w in _POSSESSIVE.sub("", name).lower().replace("’", "'").split() if w not in _form_words()]


@functools.cache
def _form_words() -> frozenset[str]:
    words = {w for x in load_table("medium_forms.csv").word for w in x.split()}
    words |= {w for x in load_list("outlet_suffixes.csv") for w in x.split()}
    return frozenset(words | {"the"})


@functools.cache
def _form_words_any_place() -> tuple[str, ...]:
    """The words of ``data/medium_forms.csv``, lower case, a word that another holds left out ("news" for "news
    agency"): where any of them stands, a name of a medium's form may."""
    words = sorted({w.lower() for w in load_table("medium_forms.csv").word} | set(noun_words()), key=len)
    return tuple(w for i, w in enumerate(words) if not any(v in w for v in words[:i]))


def _nationality(words: list[str]) -> bool:
    """Whether ``words`` are only a nationality ("Russian", "North Korean")."""
    return " ".join(words).lower() in nationalities()
