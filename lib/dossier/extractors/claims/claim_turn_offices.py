"""The body a transcript's speaker speaks for, by the office their label or the list of speakers sets in brackets:
"Jane Roe (Director, Policy Planning, Department of National Defence): Our assessment is that ...", or
"Speakers: Roe (Federal Foreign Office); Doe (...)" before "ROE: We estimate ...".

A committee's record and a government's press conference name each witness's or spokesperson's office after their
name, in brackets, its last part the body ("Director General, Intelligence, Department of National Defence").  The
speaker's first person plural ("our assessment", "we estimate": role ``first_plural`` of ``data/claimant_cues.csv``)
speaks for that body, as an official's "we" does (tests/gold/devset/README.md, "A spokesperson who gives a figure as
their body's assessment"); their "I" speaks for themselves, and a bracket naming no body a vocabulary knows (a
member's riding and party: "(Selkirk, CPC)") gives none.
"""

from __future__ import annotations

import re

from .claim_resolve import Claim
from .claimant_names import kind, normalise
from ..mentions.mention_vocab import key, titles

_NO_BODY = (None, "person", "unattributed")
OFFICE = 120  # characters of an office in brackets: a title, a unit and a body ("Director General, Intelligence ...")


def office_body(office: str | None) -> Claim | None:
    """The body an office in brackets names, by its last part that a vocabulary knows as a body ("Director General,
    Intelligence Production, Department of National Defence": the department), else None."""
    if not office:
        return None
    for part in reversed(office.split(",")):
        if (body := normalise(part.strip())) is not None and kind(body) not in _NO_BODY:
            return Claim(body, part.strip())
    return None


def listed_office(before: list[str], surname: str) -> Claim | None:
    """The body the office set in brackets after ``surname`` names where the transcript lists its speakers before
    their turns ("Spokespeople: Hebel (Federal Ministry of Finance); ..."), else None."""
    listed = re.compile(rf"(?<![\w'’-]){re.escape(surname)}\s*\((?P<office>[^()]{{1,{OFFICE}}})\)")
    for text in before:
        if surname in text and (m := listed.search(text)) is not None:
            return office_body(m.group("office"))
    return None


def spoken_office(label: re.Match, before: list[str]) -> Claim | None:
    """The body a turn's speaker speaks for by an office in brackets: in the turn's label (its group ``office``), else
    after their surname where the transcript listed its speakers in ``before`` (the text before the turn)."""
    if (body := office_body(label.groupdict().get("office"))) is not None:
        return body
    surname = label.group("who").split()[-1]
    return listed_office(before, surname.title() if surname.isupper() else surname)


def titled_surname(who: str) -> Claim | None:
    """The person a label in capitals names by an office's title and a surname ("CHAIRMAN DOE:", "SENATOR ROE:")
    where the article names the speaker nowhere before the turn: the one a vocabulary knows by that surname, else
    None.  A courtesy title ("MR. KIM:") says nothing of the office, and a surname the vocabulary's name puts first
    (a Korean family name: "Kim" of Kim Jong Un) is shared by too many to name the witness, so neither is read."""
    *title, surname = who.split()
    held = titles().get(key(" ".join(title).lower()))
    if not title or held is None or held.cls != "official":
        return None
    person = normalise(surname.title())
    if person is None or kind(person) != "person" or person.split()[-1].lower() != surname.lower():
        return None
    return Claim(person, who)
