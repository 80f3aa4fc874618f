"""The state an article is written from: by its dateline, its outlet's name or style, or the form of that name.

A body named without its state ("the Ministry of Defence", "the MoD") is that state's, and so is someone unnamed of
the writer's side: the whole reading rests on knowing where an article is written from.  An outlet no list names is
read as a reader who does not know it still reads it: by the country code of its site ("Fontanka.ru",
"tagesschau.de"), a paper's word in its country's language ("Chunichi Shimbun"), a state's word its name opens with
("UK House of Commons Defence Committee"), or the office of whoever owns a person's own channel ("Apti Alaudinov's
Telegram"), all in ``data/home_states.csv``.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.datelines import opening_city
from ...text.outlets import outlet_names
from ...vocab import load_table
from .mention_vocab import group_state, key, known, outlet_styles, speaker_roles, style_states
from .spellings import spelled_otherwise

__all__ = ["home_state"]


class _HomeStates(NamedTuple):
    """The readings of ``data/home_states.csv``, by kind."""

    datelines: dict[str, str]  # a dateline's city
    outlets: dict[str, str]  # an outlet's name (and its style's state)
    domains: dict[str, str]  # the country code a site's domain ends with ("tagesschau.de")
    name_ends: dict[str, str]  # the last word of an outlet's name ("Chunichi Shimbun")
    name_starts: dict[str, str]  # the first word of a source's name ("UK House of Commons Defence Committee")


@functools.cache
def _home_states() -> _HomeStates:
    t = load_table("home_states.csv")
    by_kind = {kind: dict(zip(part["name"], part["state"])) for kind, part in t.groupby("kind")}
    by_style = style_states()
    by_outlet = {src: by_style[style] for src, style in outlet_styles().items() if style in by_style}
    by_outlet.update(by_kind.get("outlet", {}))
    return _HomeStates(by_kind.get("dateline", {}), by_outlet, by_kind.get("domain", {}), by_kind.get("name_end", {}),
                       by_kind.get("name_start", {}))


def home_state(text: str, source: str | None) -> str:
    """The state an article is written from (``dprk``, ``russia``, ``south_korea``, ``ukraine``, ``uk``, ``germany``,
    ``japan`` …), or "" when it does not tell.

    The city of its dateline ("SEOUL, Sept. 4 (UPI) --"), else its outlet's, by name or by
    style (``data/home_states.csv``, ``data/outlet_styles.csv``), else by the form of its name
    (:func:`_outlet_home`).
    """
    homes = _home_states()
    city = opening_city(text)
    if city is not None and (state := homes.datelines.get(city.lower())):
        return state
    return _outlet_home(source) if isinstance(source, str) else ""


@functools.lru_cache(maxsize=4096)  # asked of every article several times, of the few outlets a corpus holds
def _outlet_home(source: str) -> str:
    """The state an outlet writes from: by any of its names (:func:`_home_names`) that ``data/home_states.csv`` or
    its style lists; else by the form of its name, as a reader who does not know the outlet still tells: the country
    code its site's domain ends with ("Fontanka.ru", "tagesschau.de"), a word a paper's name ends with in its
    country's language ("Chunichi Shimbun"), or a state's word its name opens with ("UK House of Commons Defence
    Committee", "Deutscher Bundestag"); the owner of a person's own channel ("Apti Alaudinov's Telegram") is of the
    state the vocabularies give that person's office (``data/speaker_roles.csv``)."""
    homes = _home_states()
    names = _home_names(source)
    if (found := next((homes.outlets[name] for name in names if name in homes.outlets), None)) is not None:
        return found
    for name in names:
        words = name.split()
        if (domain := _COUNTRY_CODE.search(name)) is not None and len(words) == 1 and domain.group(1) in homes.domains:
            return homes.domains[domain.group(1)]
        if len(words) >= 2 and (words[-1] in homes.name_ends or words[0] in homes.name_starts):
            return homes.name_ends.get(words[-1]) or homes.name_starts[words[0]]
    owner = _OWN_CHANNEL.fullmatch(" ".join(source.replace("’", "'").split()))
    if owner is not None and (person := known().get(key(owner.group("owner"))) or spelled_otherwise(owner.group("owner"))) and (
            person.kind == "person"):
        return speaker_roles().get(person.name, (None, ""))[1] or group_state(person.group)
    return ""


# "fontanka.ru", "www.lb.ua": a site's domain and the country code it ends with.
_COUNTRY_CODE = re.compile(r"\A(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.([a-z]{2})\Z")
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,4}")
# "Andrei Gurulyov's Telegram", "Volodymyr Zelensky's evening address": a person's own channel, and its owner.
_OWN_CHANNEL = re.compile(r"(?P<owner>[^']+)'s\s+(?:telegram|telegram channel|evening address|address|video address|"
                          r"facebook|facebook page|x account|twitter account|blog)", re.IGNORECASE)
# "Colonelcassad (Telegram channel of Boris Rozhin)": the owner a platform's note in brackets names.
_PLATFORM_OWNER = re.compile(r".*\((?:telegram|vk|facebook|x|youtube)(?:\s+(?:channel|post|page|account))?\s+of\s+(?P<owner>[^()]+)\)",
                             re.IGNORECASE)


def _home_names(source: str) -> list[str]:
    """The names an outlet may be listed under for its home (:func:`~dossier.text.outlets.outlet_names`), and more:
    a site's whole domain ("lb.ua"), the owner a platform's note in brackets names ("Telegram channel of Boris
    Rozhin"), and the owner of a person's own channel ("Andrei Gurulyov's Telegram")."""
    whole = " ".join(source.replace("’", "'").lower().split())
    names = list(outlet_names(source))
    if _DOMAIN.fullmatch(whole):
        names.insert(0, whole.removeprefix("www."))
    for owned in (_PLATFORM_OWNER.fullmatch(whole), _OWN_CHANNEL.fullmatch(whole)):
        if owned is not None:
            names += outlet_names(owned.group("owner"))
    return list(dict.fromkeys(names))
