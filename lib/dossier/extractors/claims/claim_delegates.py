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
"""

from __future__ import annotations

import functools
import re

from ...vocab import load_table
from .claim_introduced import first_person
from .claim_resolve import Claim
from .claimant_names import FULL_NAME, claimant_aliases, kind, normalise

_HONORIFIC = r"(?:Mr|Ms|Mrs|Madam|Dr)\.?"
_DELEGATE = re.compile(
    rf"\s*(?:\*\*|__)?(?:{_HONORIFIC}\s+)?(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}})\s*"
    r"\((?P<state>[^()]{2,60})\)(?:\s*\([^()]{1,40}\))?\s*(?:\*\*|__)?:")
# A label of the record's chair or any other turn: where a delegate's statement ends.
_ANY_LABEL = re.compile(r"\s*(?:\*\*|__)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,6}\s*(?:\([^()]{1,60}\)\s*){0,2}(?:\*\*|__)?:")
_TURN_PARAGRAPHS = 4  # paragraphs back from an unlabelled one to its statement's label
_SPLIT_TITLE = 5  # the longest a courtesy title alone may be ("Madam")
# Up to five words after "my" or "our", to a punctuation mark: the body spoken of is the longest run of them that,
# after the state's adjective, names one.
_OWN_BODY = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?P<body>[\w'’]+(?:\s+[\w'’]+){0,4})")
_BODY_KINDS = frozenset({"government", "ministry", "military", "intelligence"})


def delegate_claim(texts: list[str], paragraphs: list[int], k: int) -> Claim | None:
    """The claim of a figure of sentence ``k`` that a delegate's labelled statement holds, or None outside one."""
    label = _statement_label(texts, paragraphs, k)
    if label is None or kind(state := normalise(label.group("state"))) != "government":
        return None  # "Q (Yonhap):": a bracket naming no state is no delegate's
    adjective = _adjectives().get(state)
    if adjective and first_person().search(texts[k]):
        for m in _OWN_BODY.finditer(texts[k]):
            words = m.group("body").replace("’", "'").split()
            if words[0].lower() == "government's":
                words = words[1:]  # "my Government's intelligence authorities": the state's authorities
            for n in range(len(words), 0, -1):
                body = normalise(f"{adjective} {' '.join(words[:n])}")
                if body is not None and kind(body) in _BODY_KINDS:
                    return Claim(body, m.group(0))
    name = label.group("name")
    if (person := _person_by_surname().get(name.lower())) is not None:
        return Claim(person, name)
    if FULL_NAME.fullmatch(name):
        return Claim(normalise(name) or name, name)  # "Mr. Kim Song": the label names the delegate whole
    return None


def _statement_label(texts: list[str], paragraphs: list[int], k: int) -> re.Match | None:
    """The delegate's label that opens the statement sentence ``k`` is in: its paragraph's, else the nearest before
    it, a few paragraphs back, that no other label intervenes in."""
    j, seen = k, 0
    while seen <= _TURN_PARAGRAPHS:
        while j and paragraphs[j - 1] == paragraphs[j]:
            j -= 1
        head = texts[j]
        if len(head) <= _SPLIT_TITLE and j + 1 < len(texts) and paragraphs[j + 1] == paragraphs[j]:
            head = f"{head} {texts[j + 1]}"  # "Mr." cut off as a sentence of its own by its full stop
        if ":" in head[:120]:
            return _DELEGATE.match(head) if _ANY_LABEL.match(head) else None
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
