"""A ministry named without its state, in an article written from a state: that state's ministry.

"The Ministry of Economic Development said" in a Russian outlet is the Russian Ministry of Economic Development; a
reader of the outlet needs no state named.  Bodies of ``data/generic_bodies.csv`` (nouns many states' bodies share)
named in capitals, with no nationality word, that the vocabularies do not know, take the adjective of the article's
home state (``data/home_states.csv``, ``data/states.csv``); a name the vocabularies know ("Ministry of Unification")
keeps their reading, and an article from no known state keeps the name as written.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from ...vocab import load_list, load_table
from .mention_vocab import UNNAMED_TITLES, home_bodies, home_state, key, nationalities, place_names
from .claimant_vocab import claimant_cues
from .others_ours import anothers_our
from .speaker_vocab import canonical, speaker_aliases

__all__ = ["home_ministry", "state_ministry"]

_OURS = re.compile(r"\A[Oo]ur\s+(?=\S)")


@functools.cache
def _generic() -> re.Pattern:
    """A body's name in capitals holding a generic noun: "Ministry of Economic Development", "Agriculture Ministry"."""
    nouns = alternation(w.capitalize() for w in load_table("generic_bodies.csv").noun)
    return re.compile(rf"(?:{UPPER}[\w\-]*\s+){{0,3}}(?:{nouns})(?:\s+(?:of|for)\s+(?:the\s+)?{UPPER}[\w\-]*(?:\s+(?:and\s+)?{UPPER}[\w\-]*){{0,4}})?")


@functools.cache
def _official_of() -> re.Pattern:
    """ "Finance Ministry official", "senior Trade Ministry spokesperson": perhaps a word of
    ``data/official_modifiers.csv``, a body's name, then an unnamed official's title."""
    modifiers = alternation(load_list("official_modifiers.csv"))
    return re.compile(rf"(?:(?:{modifiers})\s+)?(?P<body>.+?)\s+(?P<title>(?:{alternation(UNNAMED_TITLES)})s?)", re.IGNORECASE)


@functools.cache
def _canonical_names() -> frozenset[str]:
    return frozenset(x.speaker for x in speaker_aliases().values())


@functools.cache
def adjectives_of_states() -> dict[str, str]:
    """Each state of ``data/states.csv`` with the adjective its people are charted by ("dprk": "North Korean")."""
    t = load_table("states.csv")
    return {s: a for s, a in zip(t.state, t.adjective) if a}


def _body_named(words: str) -> str | None:
    """The body an unnamed official's words name in full: a speaker of the vocabularies ("Japanese Foreign Ministry":
    the Japanese Ministry of Foreign Affairs), or a name in capitals ending in a body's noun (``data/claimant_cues.csv``,
    role ``body_noun``: "Ground Operations Command"), as written; None for any other words ("defense industry")."""
    if (known := speaker_aliases().get(key(words))) is not None:
        return known.speaker
    if _generic().fullmatch(words):
        return None  # "a Finance Ministry official": whose ministry is the home state's reading
    parts = words.split()
    if len(parts) >= 2 and all(w[:1].isupper() for w in parts) and parts[-1].lower() in claimant_cues("body_noun") and (
            not any(" ".join(parts[i:i + n]).lower() in nationalities() for n in (1, 2) for i in range(len(parts)))):
        return words  # (a state's word makes it a state's body, which home_ministry reads: "Russian Defence Ministry")
    return None


def home_ministry(speaker: str, text: str, source: str | None, sentence: str | None = None) -> str | None:
    """The home state's body that ``speaker``, a generic body's name as written, is in an article (``text``,
    ``source``) written from that state; None when it is no such name or the article's state is not known, or for
    "our" in another's words of the ``sentence`` it is read from (:func:`~.others_ours.anothers_our`)."""
    # "our Ministry of Defence" in a Russian official's post: the writer's own state's, as "the" one would be.
    ours = _OURS.match(speaker) is not None
    if ours and sentence is not None and anothers_our(sentence):
        return None  # "Zelensky said that, according to our General Staff, …" in a Russian outlet: his, not ours
    speaker = _OURS.sub("", speaker, count=1)
    if ours and (bodies := home_bodies().get(key(speaker))) and (body := bodies.get(home_state(text, source))):
        return body.name  # "our General Staff" in a Russian deputy's post, "our Defence Forces" in a Ukrainian governor's
    if key(speaker) in speaker_aliases() or speaker in _canonical_names():
        return None
    # "a Finance Ministry official said": an unnamed official speaks for their body.
    if (body := _official_of().fullmatch(speaker)) is not None:
        speaker = body.group("body")
        if body.group("title").lower().startswith("official") and (named := _body_named(speaker)) is not None:
            return named  # "a senior Japanese Foreign Ministry official", "a Ground Operations Command official"
    if key(speaker) in speaker_aliases() or not _generic().fullmatch(speaker):
        return None  # (the vocabularies' own names say whose a body is)
    words = key(speaker).split()
    if any(" ".join(words[i:i + n]) in nationalities() for n in (1, 2) for i in range(len(words))):
        return None  # "Russian Ministry of Defence", "South Korean Ministry of Health": its state is named
    if words[0] in place_names():
        return None  # "the Kursk Police Department": a body of a place below the state, not the state's
    adjective = adjectives_of_states().get(home_state(text, source))
    return canonical(f"{adjective} {speaker}", "name") if adjective else None


def state_ministry(phrase: str) -> str | None:
    """The body a state's ministry named by its domain is in that state (``data/home_bodies.csv``), for an unnamed
    official's words read so ("a u.s. defence ministry official", of "a U.S. defence official": the Pentagon); None for
    a state or ministry the table does not list."""
    words = f" {phrase.removesuffix(' officials').removesuffix(' official')}"
    for adjective, state in nationalities().items():
        at = words.find(f" {adjective} ")
        if at >= 0 and (body := home_bodies().get(words[at + len(adjective) + 2:], {}).get(state)):
            return body.name
    return None
