"""The form of an article's source line that names the kind of its document after whose it is.

A source line may add, after the name of the body or the person whose own text the article is, the kind of
document it is: in brackets ("UK Foreign Office (press release)", "Kyiv City Military Administration (Telegram
channel)"), after a comma ("Ivan Petrenko, Telegram channel") or after the name ("Youth League statement"),
and then the medium that carries it in brackets ("Kim Yo Jong press statement (KCNA)").  The document's words
(``data/source_documents.csv``; a channel's, ``data/own_channels.csv``) say the text is that name's own: the
name is the voice, not the medium, and the kind of document is no part of the name.  A person named after the
words' "of" ("statement of Minister Ivan Petrenko") signs the body's document: the person is the voice.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation
from ...vocab import load_table
from .mention_vocab import titles
from .signed_posts import FULL_NAME
from .speaker_vocab import outlet_channel

_TRAILING_BRACKET = re.compile(r"(?P<name>.+?)\s*\((?P<inside>[^()]+)\)\s*$")


class SourceForm(NamedTuple):
    """A source line read as a document of a named body or person."""

    name: str  # whose document it is, as written ("UK Foreign Office", "Ivan Petrenko")
    document: str  # the kind of document, lower case ("press release", "telegram channel")
    channel: bool  # a person's or a body's own channel (data/own_channels.csv), not a release
    signer: str | None  # the person who signs the body's document, when the line names them


@functools.lru_cache(maxsize=64)
def source_form(source: str | None) -> SourceForm | None:
    """The name, kind of document and signer a source line gives, when it names the kind of its document by
    ``data/source_documents.csv``'s or ``data/own_channels.csv``'s words; None for any other source, and for a
    medium's own document ("Reuters statement")."""
    if not source:
        return None
    text = " ".join(source.replace("’", "'").split())
    if (m := _TRAILING_BRACKET.fullmatch(text)) is not None and outlet_channel(m["inside"]) is not None:
        text = m["name"]  # "... press statement (KCNA)": the medium that carries it, no part of the name
    form = _bracketed(text) or _after_comma(text) or _after_name(text)
    if form is None or not form.name or outlet_channel(form.name) is not None:
        return None
    return form


def _bracketed(text: str) -> SourceForm | None:
    """"Name (press release)", "Name (Telegram channel)", "Ministry (statement of Minister Ivan Petrenko)"."""
    if (m := _TRAILING_BRACKET.fullmatch(text)) is None:
        return None
    inside = m["inside"].strip()
    low = inside.lower()
    if low in _documents() or low in _channels():
        return SourceForm(m["name"].strip(), low, low in _channels(), None)
    # "(statement of Minister Ivan Petrenko)": the person signs; "(statement on the talks)", "(statement of the
    # minister)": the body's document all the same, its topic or an unnamed signer after the words.
    if (opening := _opening_words().match(inside)) is None:
        return None
    _, sep, person = inside.partition(" of ")
    return SourceForm(m["name"].strip(), opening.group(1).lower(), False, _signer(person) if sep else None)


def _after_comma(text: str) -> SourceForm | None:
    """"Ivan Petrenko, Telegram channel": the kind of document set off by a comma after the name."""
    name, sep, words = text.rpartition(", ")
    low = words.lower()
    if not sep or (low not in _documents() and low not in _channels()):
        return None
    return SourceForm(name.strip(), low, low in _channels(), None)


def _after_name(text: str) -> SourceForm | None:
    """"Youth League statement", "Kim Yo Jong press statement": a document's words closing the name."""
    if (m := _closing_words().search(text)) is None or not m.start():
        return None
    return SourceForm(text[: m.start()].strip(), m.group(1).lower(), False, None)


def _signer(words: str) -> str | None:
    """The person a signer's words name, less the titles before the name, of one word or more ("Minister Ivan
    Petrenko", "Foreign Minister Choe Son Hui"), or a portfolio's word before its title ("Justice Minister Ion
    Rusu"); None when the words are a title alone ("Foreign Minister")."""
    parts = words.split()
    while parts and (n := _title_words(parts)):
        parts = parts[n:]
    if (last := max((i for i, w in enumerate(parts) if w.lower().rstrip(".") in titles()), default=None)) is not None:
        parts = parts[last + 1:]  # "Justice Minister Ion Rusu": the name after the title's last word
    name = " ".join(parts)
    return name if FULL_NAME.fullmatch(name) else None


def _title_words(parts: list[str]) -> int:
    """How many of the words ``parts`` opens on make a title ("Defence Minister", "Minister"), the longest; 0 for none."""
    low = [w.lower().rstrip(".") for w in parts]
    return next((n for n in range(min(len(low), 4), 0, -1) if " ".join(low[:n]) in titles()), 0)


@functools.cache
def _opening_words() -> re.Pattern:
    return re.compile(rf"({alternation(_documents())})\s+(?:of|on|by|from|regarding|concerning)\s", re.IGNORECASE)


@functools.cache
def _closing_words() -> re.Pattern:
    return re.compile(rf"\s({alternation(_documents())})$", re.IGNORECASE)


@functools.cache
def _documents() -> frozenset[str]:
    return frozenset(load_table("source_documents.csv").words)


@functools.cache
def _channels() -> frozenset[str]:
    return frozenset(load_table("own_channels.csv").channel)
