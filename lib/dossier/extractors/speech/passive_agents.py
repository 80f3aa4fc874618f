"""The person a passive's agent names by an apposition after a role: "This was stated by the head of the agency, Jane
Roe, in an interview" → Jane Roe.

Outlets translated from Ukrainian, Russian and Korean name the speaker after the words, in a passive whose agent is
a role and then the holder's name ("was announced by the spokesman of the ministry John Doe").  The agent's own
phrase ends at its first noun ("the head of the"); the person it describes is the first one named further on in the
same noun phrase: after the role's words, its bodies and their parentheses or commas, before any word that ends the
description (``data/agent_breaks.csv``: "in an interview", "who", "on the air").

The same apposition after "according to (the words of)" a role: "According to the spokesman of the ministry, John
Doe, …" → John Doe (:func:`apposed_source`).
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_list
from .speakers import Attribution

# How far the holder's name may stand after the role's first words: "the head of the Main Intelligence Directorate
# of the Ministry of Defence of Ukraine (HUR), Kyrylo Budanov".
_REACH = 160
_BY = re.compile(r"\s+by\s+\Z")
_PERSON_FORMS = ("full", "alias")


@functools.cache
def _break() -> re.Pattern:
    """A word that ends the agent's description, or a mark no noun phrase holds (a quote, a stop, a colon)."""
    return re.compile(rf"[#.;:!?“”\"]|\b(?:{alternation(load_list('agent_breaks.csv'))})\b", re.IGNORECASE)


def named_agent(art, a: Attribution, hi: int) -> Attribution | None:
    """``a`` as the person its description names by apposition, when ``a`` is the agent of a passive verb of saying
    given by a role ("was stated by the head of the …, Jane Roe,"); None otherwise (the agent is a name already, or
    no person is named in its phrase before ``hi``)."""
    if a.how not in ("group", "alias") or a.start <= a.cue_start or not _BY.search(art.masked, a.cue_start, a.start):
        return None
    if a.how == "alias" and (own := art.account.mention_at(a.start)) is not None and (
            own.entity is not None and own.entity.kind == "person"):
        return None  # a person by a name of the vocabulary is the agent already ("by Tykhyi and Ivan Roe")
    end = a.start + len(a.speaker_text)
    for m in art.account.between(end, min(hi, a.start + _REACH)):
        if m.entity is None or m.how not in _PERSON_FORMS or m.entity.kind != "person":
            continue  # (the bodies of the role: "of the Ministry of Defence")
        if _break().search(art.masked, end, m.start) or (
                a.how == "alias" and "," in art.masked[end:m.start]):
            # (After a body's own name a comma may close the agent: "was reported by the ministry, Roe added".)
            return None
        return a._replace(start=m.start, end=m.end, speaker_text=art.text[m.start:m.end], how="name")
    return None


# "According to the spokesman of the ministry, Jane Roe, …": the name closing the role's apposition.
_CLOSED = re.compile(r"\s*[,)]")
_APPOSED_GAP = re.compile(r"\s*,?\s*")
_ROLE_OPEN = re.compile(r"(?i:the)\s")


def apposed_source(art, pos: int, who: str, hi: int) -> tuple[int, str]:
    """``(pos, who)`` of an "according to" source, as the person named right after it when ``who`` is a role and the
    name stands in apposition, closed by a comma ("according to the words of the head of the agency, Jane Roe,
    the …" → Jane Roe); unchanged otherwise ("according to the ministry, Jane Roe was dismissed": a body, and the
    name is the clause's subject)."""
    if not _ROLE_OPEN.match(who):
        return pos, who
    own = art.account.mention_at(pos)
    if own is not None and own.entity is not None and own.how != "description":
        return pos, who  # a body, a medium or a person the account knows by this phrase
    end = pos + len(who)
    m = next((m for m in art.account.between(end, min(hi, end + 4)) if m.entity is not None), None)
    if m is None or m.how not in _PERSON_FORMS or m.entity.kind != "person" or not _APPOSED_GAP.fullmatch(
            art.masked, end, m.start) or not _CLOSED.match(art.masked, m.end):
        return pos, who
    return m.start, art.text[m.start:m.end]
