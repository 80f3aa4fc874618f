"""An article's outlet as its ``source`` names it, and the names to look it up by.

Sources arrive as sites write their names: "Yonhap News Agency", "TASS
Russian News Agency", "NK News - North Korea News", "www.tass.com".  The
vocabularies list outlets by their plain names, so :func:`outlet_names`
gives, most specific first, every name a source may be listed under: the
whole name, each part a site's separator sets apart, the name before a note in
brackets and the note, a domain's name, and
each of those without the words sites add after a name
(``data/outlet_suffixes.csv``), then each without a word a broadcaster's name
may open with (``data/outlet_prefixes.csv``: "TV Zvezda").
"""

from __future__ import annotations

import functools
import re

from ..vocab import load_list

__all__ = ["outlet_names"]

# "NK News - North Korea News", "Opinion | The Washington Post": a site's name and a section or tagline.
_SEPARATOR = re.compile(r"\s+[-–—|:]\s+")
# "Korean Central Television (evening news transcript)", "Nippon TV (NNN)": a note on the text or the network, in
# brackets after the outlet's name; the name is looked up without it, then the note (which may be a name too).
_NOTE = re.compile(r"\s*\((?P<note>[^()]+)\)\s*\Z")
_DOMAIN = re.compile(r"(?:www\.|en\.)?(?P<name>[a-z0-9-]+)\.(?:com|org|net|info|co\.uk|co\.kr|co\.jp|ru|kr|jp|ua|kp)")


def outlet_names(source: object) -> list[str]:
    """The names ``source`` may be listed under in the vocabularies: lower case, most specific first.

    Each name comes as written, then without a leading "the" ("the new york
    times", "new york times").

    Empty for a source that is not text (a missing one).
    """
    if not isinstance(source, str):
        return []
    return list(_names_of(source))


@functools.lru_cache(maxsize=4096)
def _names_of(source: str) -> tuple[str, ...]:
    # Asked for every article by several extractors, of the few outlets a corpus holds: worked out once per outlet.
    whole = " ".join(source.replace("’", "'").lower().split())
    names: list[str] = []
    parts = [whole, *_SEPARATOR.split(whole)]
    if note := _NOTE.search(whole):
        # "Interfax (Ukraine)": the note may make one name with the name before it (Interfax-Ukraine), looked up first.
        before, inside = whole[:note.start()], note.group("note")
        parts += [f"{before}-{inside}", f"{before} {inside}", before, inside]
    for part in dict.fromkeys(parts):
        if domain := _DOMAIN.fullmatch(part):
            part = domain.group("name")
        names.append(part)
        name = part.removeprefix("the ")
        while name:
            names.append(name)
            name = _without_suffix(name)
        names += [bare for name in list(names) if (bare := _without_prefix(name))]  # "TV Zvezda": Zvezda
    return tuple(dict.fromkeys(names))


_LEAST_BARE = 4  # characters of a name left once its prefix is taken off


def _without_prefix(name: str) -> str:
    """``name`` less a word a broadcaster's name may open with ("tv zvezda": "zvezda"); "" when it opens with none."""
    for prefix in _prefixes():
        # (Not before a number or a short word, which is the name itself: "Channel 4", "Channel One".)
        if name.startswith(prefix + " ") and len(rest := name[len(prefix) + 1:]) >= _LEAST_BARE and not rest[0].isdigit():
            return rest
    return ""


@functools.cache
def _prefixes() -> tuple[str, ...]:
    return tuple(sorted(load_list("outlet_prefixes.csv"), key=len, reverse=True))


def _without_suffix(name: str) -> str:
    """``name`` less one of the words sites add after an outlet's name; "" when it ends with none (or is only that)."""
    for suffix in _suffixes():
        if name.endswith(" " + suffix):
            return name[: -len(suffix) - 1]
    return ""


@functools.cache
def _suffixes() -> tuple[str, ...]:
    # Longest first: "russian news agency" before "news agency" before "news".
    return tuple(sorted(load_list("outlet_suffixes.csv"), key=len, reverse=True))
