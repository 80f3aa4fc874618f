"""An outlet's home read by the form of its name, as a reader who does not know the outlet still reads it.

The state an article is written from (:func:`~dossier.extractors.mentions.mention_vocab.home_state`) is its
dateline's, else its outlet's by name or style; for an outlet no list names, the form of the name tells: the country
code of its site ("Fontanka.ru", "tagesschau.de"), a paper's word in its country's language ("Chunichi Shimbun"), a
state's word its name opens with ("UK House of Commons Defence Committee"), all in ``data/home_states.csv``; and the
owner of a person's own channel ("Andrei Gurulyov's Telegram", "Colonelcassad (Telegram channel of Boris Rozhin)")
is a name to look up too.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.outlets import outlet_names
from ...vocab import load_table

__all__ = ["channel_owner_words", "home_names", "home_states_by_kind", "state_by_form"]


class _Forms(NamedTuple):
    domains: dict[str, str]  # the country code a site's domain ends with ("tagesschau.de")
    name_ends: dict[str, str]  # the last word of an outlet's name ("Chunichi Shimbun")
    name_starts: dict[str, str]  # the first word of a source's name ("UK House of Commons Defence Committee")
    name_words: dict[str, str]  # a word anywhere in it that one state's institution bears ("... (Eduskunta)")


@functools.cache
def home_states_by_kind() -> dict[str, dict[str, str]]:
    """``data/home_states.csv`` by kind (``dateline``, ``outlet``, ``outlet_style``, ``domain`` …): names -> state."""
    t = load_table("home_states.csv")
    return {kind: dict(zip(part["name"], part["state"])) for kind, part in t.groupby("kind")}


@functools.cache
def _forms() -> _Forms:
    by_kind = home_states_by_kind()
    return _Forms(by_kind.get("domain", {}), by_kind.get("name_end", {}), by_kind.get("name_start", {}),
                  by_kind.get("name_word", {}))


# "fontanka.ru", "www.lb.ua": a site's domain and the country code it ends with.
_COUNTRY_CODE = re.compile(r"\A(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.([a-z]{2})\Z")
_WORD = re.compile(r"[^\W\d_][\w\-]*")
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,4}")
# "Andrei Gurulyov's Telegram", "Volodymyr Zelensky's evening address": a person's own channel, and its owner.
_OWN_CHANNEL = re.compile(r"(?P<owner>[^']+)'s\s+(?:telegram|telegram channel|evening address|address|video address|"
                          r"facebook|facebook page|x account|twitter account|blog)", re.IGNORECASE)
# "Colonelcassad (Telegram channel of Boris Rozhin)": the owner a platform's note in brackets names.
_PLATFORM_OWNER = re.compile(r".*\((?:telegram|vk|facebook|x|youtube)(?:\s+(?:channel|post|page|account))?\s+of\s+(?P<owner>[^()]+)\)",
                             re.IGNORECASE)


def home_names(source: str) -> list[str]:
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


def state_by_form(names: list[str]) -> str:
    """The state the first of an outlet's ``names`` (:func:`home_names`) tells by its form, or "": the country code
    of a site's domain, the last word of a name of two words or more, or its first; else a word of its parliament's
    own name anywhere in one ("Parliament of Finland (Eduskunta), plenary record")."""
    forms = _forms()
    for name in names:
        words = name.split()
        if (domain := _COUNTRY_CODE.search(name)) is not None and len(words) == 1 and domain.group(1) in forms.domains:
            return forms.domains[domain.group(1)]
        if len(words) >= 2 and (words[-1] in forms.name_ends or words[0] in forms.name_starts):
            return forms.name_ends.get(words[-1]) or forms.name_starts[words[0]]
    # (a record's name may hold its parliament's only in brackets or after a comma, as the outlet's names split it)
    return next((forms.name_words[w] for name in names for w in _WORD.findall(name) if w in forms.name_words), "")


def channel_owner_words(source: str) -> str | None:
    """The words naming the owner of a person's own channel ("Apti Alaudinov" of "Apti Alaudinov's Telegram"), else
    None."""
    owner = _OWN_CHANNEL.fullmatch(" ".join(source.replace("’", "'").split()))
    return owner.group("owner") if owner is not None else None
