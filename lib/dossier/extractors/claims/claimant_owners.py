"""A body owned by the state named before it: "Its military intelligence said", "the country's defence ministry".

A possessive that stands for a state ("its", "their", "the country's") makes
the body after it that state's: the last name before it, in its sentence or
the few before, that turns the possessive into a body a vocabulary knows
("South Korea ... Its military intelligence" is South Korea's).
"""

from __future__ import annotations

import functools
import re

from .claimant_located import BODY_KINDS
from .claimant_names import cleaned, kind, normalise
from ..mentions.claimant_vocab import claimant_cues
from ...text.words import UPPER

_OWNING_KINDS = BODY_KINDS | {"government"}
# A capitalised name of one to three words: "South Korea", "the United Kingdom", "Japan".
_NAME = re.compile(r"(?<![\w'’])(?!(?:The|A|An|Its|Their|This|That|In|On|At|But|And|For|As)\b)"
                   rf"{UPPER}[\w.-]*(?: {UPPER}[\w.-]*){{0,2}}")


@functools.cache
def _openings() -> tuple[str, ...]:
    words = claimant_cues("state_possessive")
    return (*(f"{w} " for w in words), *(f"the {w} " for w in words))


def possessed(text: str) -> bool:
    """Whether ``text`` opens with a possessive that may stand for a state ("Its", "the country's")."""
    return text[:1] in "IiTt" and text[:16].lower().replace("’", "'").startswith(_openings())


def state_owned_body(text: str, before: str) -> str | None:
    """The body that ``text`` names through a state's possessive, owned by the last state named in ``before`` (the
    article's text up to it); None when ``text`` opens with no such possessive or no name before makes it a body."""
    owner, _, rest = cleaned(text).partition(" ")
    if owner not in claimant_cues("state_possessive") or not rest:
        return None
    for m in reversed(list(_NAME.finditer(before))):
        name = m.group(0)
        if owner == "their" and " and " in (before[max(0, m.start() - 5) : m.start()], before[m.end() : m.end() + 5]):
            return None  # "Seoul and Tokyo ... Their intelligence services": both, not one state's body
        if kind(normalise(name)) == "person":
            continue  # a person's body is the person's own word, not the state's
        # "Japan's", or an adjective ("a South Korean lawmaker"): a body of the state before its government.
        found = [f for f in (normalise(f"{name}'s {rest}"), normalise(f"{name} {rest}"))
                 if f is not None and kind(f) in _OWNING_KINDS and f != normalise(name)]
        found.sort(key=lambda f: kind(f) == "government")
        if found:
            return found[0]
    return None


_SUBJECT_WORDS = 5  # "the country's military intelligence directorate"


def owner_subject(sentence: str, end: int) -> int | None:
    """Where a clause's subject ending at ``end`` starts when it is a body owned through a state's possessive ("The
    country's defence ministry said"), else None."""
    tail = sentence[max(0, end - 16) : end].rsplit(None, 1)[-1:]
    last = tail[0].lower() if tail else ""
    singular = f"{last[:-3]}y" if last.endswith("ies") else last.removesuffix("s")  # "Their spy agencies"
    if not {last, singular} & claimant_cues("body_noun").keys():
        return None  # most subjects end in no body's noun
    opened = max(sentence.rfind(", ", 0, end), sentence.rfind("; ", 0, end))
    opened = opened + 2 if opened >= 0 else 0
    if len(sentence[opened:end].split()) > _SUBJECT_WORDS:
        return None
    return opened if possessed(sentence[opened:end]) else None
