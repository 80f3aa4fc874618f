"""A delegate's turn in a record of the UN or a parliament: "Mr. Hwang (Republic of Korea): ...".

A meeting's record labels each statement with the speaker's surname (its
courtesy title perhaps cut off by the reader) and the state they represent in brackets, perhaps with the language
they spoke in ("Ms. Roe (United States of America):", "Mr. Ivanov (Russian
Federation) (spoke in Russian):").  A figure the delegate credits to a
body of theirs in the first person ("According to my Government's
intelligence authorities, ...", "our Security Service counted ...") is that
body's, named by the state's adjective ("South Korean intelligence
authorities": the NIS); one in their own words is the delegate's, by the
full name a vocabulary knows for the surname, else the label's own name
when it is whole ("Mr. Kim Song").

A parliament's verbatim report prints the member's name in bold, their
office or group after it and a dash before their words ("**Jane Roe,**
on behalf of the PPE Group. – Madam President, ..."): the member's own
figures are theirs by that name; one in the first person is the body
their office names, when a vocabulary knows it, else no one's.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...vocab import load_table
from .claim_introduced import first_person
from .claim_release import STATE_KINDS
from .claim_resolve import Claim
from .claimant_names import FULL_NAME, claimant_aliases, kind, normalise
from ...text.words import UPPER

_HONORIFIC = r"(?:Mr|Ms|Mrs|Madam|Dr)\.?"
_DELEGATE = re.compile(
    rf"\s*(?:\*\*|__)?(?:{_HONORIFIC}\s+)?(?P<name>{UPPER}[\w'’\-]*(?:\s+{UPPER}[\w'’\-]*){{0,2}})\s*"
    r"\((?P<state>[^()]{2,60})\)(?:\s*\([^()]{1,40}\))?\s*(?:\*\*|__)?:")
# A label of the record's chair or any other turn: where a delegate's statement ends.
_ANY_LABEL = re.compile(rf"\s*(?:\*\*|__)?{UPPER}[\w.'’\-]*(?:\s+{UPPER}[\w.'’\-]*){{0,6}}\s*(?:\([^()]{{1,60}}\)\s*){{0,2}}(?:\*\*|__)?:")
_TURN_PARAGRAPHS = 4  # paragraphs back from an unlabelled one to its statement's label
_SPLIT_TITLE = 5  # the longest a courtesy title alone may be ("Madam")
# Up to five words after "my" or "our", to a punctuation mark: the body spoken of is the longest run of them that,
# after the state's adjective, names one.
_OWN_BODY = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?P<body>[\w'’]+(?:\s+[\w'’]+){0,4})")
# A member's name in bold, perhaps their group in brackets, their office, and the dash that opens their words.
_MEMBER = re.compile(
    rf"\s*\*\*(?P<name>{UPPER}[\w'’\-]*(?:\s+{UPPER}[\w'’\-]*){{1,3}})\s*(?:\([^()]{{1,20}}\))?[,.]?\s*\*\*[,.]?\s*"
    r"(?P<office>[^–—]{0,250}?)\s*[–—]\s")
_BOLD_OPENING = re.compile(rf"\s*\*\*{UPPER}[^*]{{0,80}}\*\*[^–—]{{0,250}}[–—]\s")  # any bold label, the chair's too


class Statement(NamedTuple):
    """Who speaks a labelled statement: their name as the label gives it, and the state or office it names."""

    name: str
    state: str | None  # a delegate's state, as its bracket names it
    office: str | None  # a member's office, as the words after the name give it


def delegate_claim(texts: list[str], paragraphs: list[int], k: int) -> Claim | None:
    """The claim of a figure of sentence ``k`` that a delegate's or member's labelled statement holds, or None
    outside one."""
    statement = _statement(texts, paragraphs, k)
    if statement is None:
        return None
    if statement.state is None:
        return _member_claim(statement, texts[k])
    if kind(state := normalise(statement.state)) != "government":
        return None  # "Q (Yonhap):": a bracket naming no state is no delegate's
    adjective = _adjectives().get(state)
    if adjective and first_person().search(texts[k]):
        for m in _OWN_BODY.finditer(texts[k]):
            words = m.group("body").replace("’", "'").split()
            if words[0].lower() == "government's":
                words = words[1:]  # "my Government's intelligence authorities": the state's authorities
            for n in range(len(words), 0, -1):
                body = normalise(f"{adjective} {' '.join(words[:n])}")
                if body is not None and kind(body) in STATE_KINDS:
                    return Claim(body, m.group(0))
    name = statement.name
    if (person := _person_by_surname().get(name.lower())) is not None:
        return Claim(person, name)
    if FULL_NAME.fullmatch(name):
        return Claim(normalise(name) or name, name)  # "Mr. Kim Song": the label names the delegate whole
    return None


def _member_claim(statement: Statement, sentence: str) -> Claim | None:
    """A member's figure: in the first person the body their office names, when a vocabulary knows it (else no
    one's: the office's body is not the member); in their own words the member's."""
    if first_person().search(sentence):
        office = (statement.office or "").partition(",")[0]
        body = normalise(office) if office else None
        return Claim(body, office) if body is not None and kind(body) not in (None, "person", "unattributed") else None
    name = statement.name
    return Claim(normalise(name) or name, name) if FULL_NAME.fullmatch(name) else None


def _statement(texts: list[str], paragraphs: list[int], k: int) -> Statement | None:
    """Who speaks the statement sentence ``k`` is in: the label of its paragraph, else of the nearest before it, a
    few paragraphs back, that no other label intervenes in."""
    j, seen = k, 0
    while seen <= _TURN_PARAGRAPHS:
        while j and paragraphs[j - 1] == paragraphs[j]:
            j -= 1
        head = texts[j]
        if (len(head) <= _SPLIT_TITLE or head.startswith("**")) and j + 1 < len(texts) and paragraphs[j + 1] == paragraphs[j]:
            # "Mr." cut off as a sentence of its own by its full stop; a bold label whose office ends in one
            head = f"{head} {texts[j + 1]}"
        if ":" in head[:120] and _ANY_LABEL.match(head):
            label = _DELEGATE.match(head)
            return Statement(label.group("name"), label.group("state"), None) if label else None
        if head.startswith("**") and _BOLD_OPENING.match(head):
            member = _MEMBER.match(head)
            return Statement(member.group("name"), None, member.group("office")) if member else None
        if j == 0:
            return None
        j, seen = j - 1, seen + 1
    return None


@functools.cache
def _adjectives() -> dict[str, str]:
    t = load_table("states.csv").fillna("")
    return {g: a for g, a in zip(t.government, t.adjective) if a}


@functools.cache
def _person_by_surname() -> dict[str, str]:
    """Each person the vocabularies know, by a surname no other of them shares (its last word, or its first in a
    family-name-first order): "Nebenzia" is Vassily Nebenzia."""
    names: dict[str, set[str]] = {}
    for canonical in set(claimant_aliases().values()):
        words = canonical.split()
        if kind(canonical) != "person" or len(words) < 2:
            continue
        for w in {words[0], words[-1]}:
            names.setdefault(w.lower(), set()).add(canonical)
    return {w: next(iter(c)) for w, c in names.items() if len(c) == 1}
