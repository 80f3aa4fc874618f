"""Who writes an article in the first person: a state body's own release, or a person's own post, and the person
who signs it.

Shared by the claims (a signer's figures, :mod:`~dossier.extractors.claims.claim_release`) and the quotes (the
words a signer frames with "I said", :mod:`~dossier.extractors.speech.first_speakers`).  A release is known by its
source's form: a capitalised name whose head noun is a state body's (``data/release_nouns.csv``: "Odesa Regional
Military Administration"), or a person's own channel ("the Belgorod governor's Telegram", "Ivan Petrenko (Telegram)",
``data/own_channels.csv``).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import LOWER_LETTERS, UPPER
from ...vocab import load_table
from .mention_vocab import stops
from .speaker_vocab import outlet_channel

# A person's full name: two or three capitalised words ("Oleh Syniehubov").
FULL_NAME = re.compile(rf"{UPPER}[{LOWER_LETTERS}'’\-]+(?: {UPPER}[{LOWER_LETTERS}'’\-]+){{1,2}}")
_HEAD_END = re.compile(r"\s(?:of|for|in)\s")  # where a body's head noun ends its name ("National Guard of Ukraine")
_QUOTED = re.compile(r"[\"“«][^\"”»]*[\"”»]")  # quotations: another's "I", not the signer's
_BRACKETED = re.compile(r"(?P<name>[^()]+?)\s*\((?P<inside>[^()]+)\)")  # "Ivan Petrenko (Telegram)"
_SIGNER_I = re.compile(r"(?<![\w'’])I(?:\s|'|’)")  # the signer's own "I" ("I met", "I'm")


def body_by_form(source: str | None) -> str | None:
    """The body a source names by a state body's head noun ("Sumy Regional Military Administration"), as written;
    None for a medium the vocabularies know as an outlet, and for any other name."""
    if not source or outlet_channel(source) is not None:
        return None
    head, *rest = _HEAD_END.split(source.strip(), maxsplit=1)
    words = head.split()
    if not words or not words[-1][:1].isupper():
        return None
    if words[-1].lower() not in _release_nouns() and not _state_office(head, rest[0] if rest else ""):
        return None  # "Senate Estimates hearing", "Institute for the Study of War": no state body's release
    name = source.strip()
    return name[4:] if name.lower().startswith("the ") else name  # as written: "National Guard of Ukraine"


def own_channel(source: str | None) -> bool:
    """Whether a source is a person's own channel: a possessive and a channel's words ("Belgorod governor's
    Telegram"), or a name with the channel's words in brackets after it ("Ivan Petrenko (Telegram)", "Frontline
    Notes (Telegram channel of Ivan Petrenko)")."""
    return _channel_parts(source) is not None


def channel_owner(source: str | None) -> str | None:
    """The person whose own channel a source is, by the full name before its possessive ("Volodymyr Zelensky's
    evening address"), before the channel's words in brackets ("Ivan Petrenko (Telegram)") or after their "of"
    ("Frontline Notes (Telegram channel of Ivan Petrenko)"): who signs it when no byline does; None for a channel
    named by an office ("Belgorod governor's Telegram") and for any other source."""
    parts = _channel_parts(source)
    return signing_name(parts.owner) if parts is not None else None


class _ChannelParts(NamedTuple):
    owner: str  # the words naming whose channel it is ("Belgorod governor", "Ivan Petrenko")
    channel: str  # the channel's words ("telegram", "evening address")


def _channel_parts(source: str | None) -> _ChannelParts | None:
    """A person's own channel's owner and channel words in a source, by a possessive or by brackets, else None."""
    if not source:
        return None
    text = " ".join(source.replace("’", "'").split())
    if "'s " in text:
        owner, channel = text.rsplit("'s ", 1)
        if channel.lower() in _own_channels() and outlet_channel(owner) is None:
            return _ChannelParts(owner, channel.lower())
    if (m := _BRACKETED.fullmatch(text)) is None:
        return None
    # "Yurii Butusov (Telegram)": the name is the channel's; "Colonelcassad (Telegram channel of ...)": the name
    # after "of" is the person's, the one before it the channel's own title.
    inside, _, of = m["inside"].partition(" of ")
    if inside.lower() not in _own_channels():
        return None  # "Forces News (BFBS)", "Hansard (UK House of Lords)": a medium's or a record's other name
    if outlet_channel(m["name"]) is not None or of and outlet_channel(of) is not None:
        return None  # "Komsomolskaya Pravda (Telegram)": a medium's own channel, its own articles' as much
    return _ChannelParts(of.strip() or m["name"].strip(), inside.lower())


def channel_unit(source: str | None) -> str | None:
    """The unit whose own channel a source is ("Khartiya brigade's Telegram", "Storm special forces (official Telegram
    channel)"): owner words ending in a unit's noun (``data/unit_nouns.csv``) or a state body's head noun
    (``data/release_nouns.csv``: "forces", "command"), as written; None for a person's channel and any other source.
    A unit's channel speaks in the unit's own voice, as a body's release does."""
    parts = _channel_parts(source)
    if parts is None or signing_name(parts.owner) is not None:
        return None
    words = parts.owner.removeprefix("the ").split()
    if len(words) < 2 or words[-1].lower() not in unit_heads():
        return None  # "Belgorod governor": an office's channel, its holder's post
    if not _unit_name(words) or any(outlet_channel(" ".join(words[:i])) is not None for i in range(1, len(words))):
        return None  # "Reuters, citing the 3rd Assault Brigade's Telegram", "BBC News staff's Telegram": a medium's
    return " ".join(words)


def _unit_name(words: list[str]) -> bool:
    """Whether words read as one unit's name: opening on a capital or a number ("Khartiya brigade", "47th separate
    brigade"), no comma, and no lower-case word before a capitalised one, as a medium citing a unit has ("Reuters
    citing the Azov brigade"): not "a film crew" nor "Kyiv Post, quoting Azov brigade"."""
    if not (words[0][:1].isupper() or words[0][:1].isdigit()) or any("," in w for w in words):
        return False
    first_lower = next((i for i, w in enumerate(words) if not w[:1].isupper() and not w[:1].isdigit()), len(words))
    return not any(w[:1].isupper() for w in words[first_lower:])


def signing_name(author: str | None) -> str | None:
    """An article's byline when it names a person by their full name ("Oleh Syniehubov"), stripped; None for a byline
    that names a desk or an office ("Globe Staff", "Prime Minister's Office")."""
    if not author or not FULL_NAME.fullmatch(author.strip()):
        return None
    if any(w.lower() in stops() for w in author.split()):
        return None  # a desk's or an office's word (name_stops.csv: "staff", "office"): no one's own name
    return author.strip()


def writes_as_i(texts: list[str]) -> bool:
    """Whether any of ``texts`` says "I" outside quotation marks: the one who signs writes in the first person."""
    return any(_SIGNER_I.search(_QUOTED.sub(" ", t)) for t in texts)


@functools.cache
def _release_nouns() -> frozenset[str]:
    return frozenset(load_table("release_nouns.csv").noun)


def _state_office(head: str, after: str) -> bool:
    """Whether a name headed ``head`` ("Prosecutor General's Office"), with ``after`` its words after the head's "of",
    is a state's office or corps by ``data/release_offices.csv``: not "Reuters Seoul Office" nor "Peace Corps"."""
    low = " ".join(head.lower().replace("’", "'").split())
    noun = low.rsplit(" ", 1)[-1]
    post = " ".join(after.lower().split()).removeprefix("the ")
    return any(noun == n and (before and low.endswith(f"{before} {n}") or p and post == p) for n, before, p in _offices())


@functools.cache
def _offices() -> tuple[tuple[str, str, str], ...]:
    t = load_table("release_offices.csv").fillna("")
    return tuple(zip(t.noun, t.before, t.post))


def office_channel(source: str | None) -> bool:
    """Whether a source is a channel only an office holder has ("Marta Koval's evening address":
    ``data/own_channels.csv``, office "yes"), whoever its owner is."""
    parts = _channel_parts(source)
    return parts is not None and parts.channel in _office_channels()


@functools.cache
def unit_heads() -> frozenset[str]:
    """The nouns an armed unit's or a state body's name may end in (``data/unit_nouns.csv``, armed;
    ``data/release_nouns.csv``)."""
    units = load_table("unit_nouns.csv").fillna("")
    return frozenset(units.noun[units.armed == "yes"]) | _release_nouns()


@functools.cache
def _own_channels() -> frozenset[str]:
    return frozenset(load_table("own_channels.csv").channel)


@functools.cache
def _office_channels() -> frozenset[str]:
    t = load_table("own_channels.csv").fillna("")
    return frozenset(c for c, o in zip(t.channel, t.office) if o == "yes")
