"""The person a passive's agent names by an apposition after a role: "This was stated by the head of the agency, Jane
Roe, in an interview" → Jane Roe.

Outlets translated from Ukrainian, Russian and Korean name the speaker after the words, in a passive whose agent is
a role and then the holder's name ("was announced by the spokesman of the ministry John Doe").  The agent's own
phrase ends at its first noun ("the head of the"); the person it describes is the first one named further on in the
same noun phrase: after the role's words, its bodies and their parentheses or commas, before any word that ends the
description (``data/agent_breaks.csv``: "in an interview", "who", "on the air").
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
