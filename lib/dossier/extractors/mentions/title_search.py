"""Where a title stands in an article's text, for the search of its mentions (:mod:`~dossier.extractors.mentions.mention_search`):
a title or nationality written in lower case before a name ("analyst Ahn"), a title and a comma or a preposition
before a name ("Ambassador to Russia, "), the state named by "of" after a body ("the ministry of the DPRK"), and
a participle after a title that is no part of who someone unnamed is ("an officer serving near Pokrovsk").

The titles are those of ``data/titles.csv`` and the nationality words those of ``data/nationalities.csv``, read by
:mod:`~dossier.extractors.mentions.mention_vocab`.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from .mention_vocab import UNNAMED_TITLES, key, nationalities, titles


# ("the Defence Ministry in Moscow": the state of the capital a body is in; "a Defence Ministry official in Moscow":
# of the one its official is in.)
_OF_STATE = re.compile(rf"(?:\s+(?:{alternation(UNNAMED_TITLES)})s?)?\s+(?:of|in)\s+(?:the\s+)?({UPPER}[\w.\-]*(?:\s+{UPPER}[\w.\-]*)?)")


def state_word_after(text: str, end: int) -> str | None:
    """The nationality word (``data/nationalities.csv``) of a state named by "of" or "in" after ``end``: "... of the
    DPRK", "... of Russia" (as "russia's"), "... in Moscow"."""
    m = _OF_STATE.match(text, end)
    if m is None:
        return None
    name = key(m.group(1))
    return name if name in nationalities() else f"{name}'s" if f"{name}'s" in nationalities() else None


def title_before(text: str, lo: int) -> tuple[int, str] | None:
    """``(start, title)`` of a title or nationality written in lower case right before ``lo`` ("analyst Ahn")."""
    if lo < 2 or text[lo - 1] not in " \t":
        return None
    # Most words are no title's last word: look at the one before ``lo`` first.
    prev = text.rfind(" ", max(0, lo - 40), lo - 1)
    last = key(text[prev + 1:lo]).split()
    if not last or last[-1] not in title_ends():
        return None
    seg = text[max(0, lo - 40):lo]
    words = seg.split()
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        k = key(" ".join(words[-n:]))
        if k in titles() or k in nationalities():
            at = len(seg)
            for w in reversed(words[-n:]):
                at = seg.rfind(w, 0, at)
            if at > 0 and seg[at - 1].isalnum():
                continue
            return lo - len(seg) + at, k
    return None


def title_length(ks: list[str], i: int) -> int:
    """How many of the lower-case words ``ks[i:]`` make a title or nationality (0 if none): the longest."""
    known_titles, nations = titles(), nationalities()
    for n in (4, 3, 2, 1):
        if i + n <= len(ks):
            w = " ".join(ks[i:i + n])
            if w in known_titles or w in nations:
                return n
    return 0


@functools.cache
def title_ends() -> frozenset[str]:
    """Last words of the titles and nationality words."""
    return frozenset(w.split()[-1] for w in (*titles(), *nationalities()))


@functools.cache
def _office_titles() -> str:
    """The titles that tell an office (not "Mr", "Dr"), as one alternation."""
    return alternation(sorted(t for t, i in titles().items() if i.cls != "courtesy"))


_OFFICE_CHARS = 44  # characters of the place or body a title in an apposition before a name is of


@functools.cache
def title_comma() -> re.Pattern:
    alt = _office_titles()
    # The place or body after the title may take a few words ("of the regional military administration").
    return re.compile(rf"\b(?P<title>(?i:{alt}))(?:\s+(?:in|to|at|of|for)\s+[\w’'\- ]{{1,{_OFFICE_CHARS}}}?)?,\s+\Z")


@functools.cache
def title_to() -> re.Pattern:
    """A title and the preposition of its place before a run that opens with the place ("Ambassador to ")."""
    alt = _office_titles()
    return re.compile(rf"\b(?P<title>(?i:{alt}))\s+(?:to|in|at)\s+\Z")


_RUNNING = re.compile(r"[a-z]{3,}ing")  # a participle after a role's noun: "serving", "fighting", "speaking"


def role_words(words: list[str]) -> list[str]:
    """The words of someone unnamed less a participle after their title, which says what they do, not who they are:
    "a Ukrainian artillery officer serving (near Pokrovsk)" is a Ukrainian artillery officer."""
    if len(words) >= 3:  # "an officer serving near (Pokrovsk)": the participle and the words after it
        for i in range(len(words) - 1, 0, -1):
            if _RUNNING.fullmatch(words[i]) and words[i - 1].lower() in titles():
                return words[:i]
    return words
