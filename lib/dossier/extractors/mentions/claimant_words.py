"""The words of a claimant's name that stand for someone else, or for no one: the body a spokesperson speaks for,
the owner of a claim noun or of a group of theirs, and the letters of a seat or honour after a name.

"spokesperson for the Northern Operational Command" is the command; "the
General Staff's latest figures" and "Radio Liberty's Schemes project" are the
General Staff and Radio Liberty; "Jane Roe MP" is Jane Roe.  Used by :func:`~dossier.extractors.claims.claimant_written.as_named`.
"""

from __future__ import annotations

from .claimant_vocab import claimant_cues
from ...text.numbers import cues


def spoken_for(words: list[str]) -> list[str]:
    """The body a spokesperson speaks for ("spokesperson for the Northern Operational Command"), else the words."""
    if "for" not in words[1:4]:
        return words
    at = words.index("for", 1)
    body = words[at + 1 :]
    if body and body[0] == "the":
        body = body[1:]
    if body and body[0][:1].isupper() and " ".join(words[:at]).lower() in claimant_cues("spokesperson"):
        return body
    return words


def owner_of_claim(words: list[str]) -> list[str]:
    """The owner of a claim noun that ends the words ("the General Staff's latest figures": General Staff), or of
    a group of theirs that speaks as they do ("Radio Liberty's Schemes project": Radio Liberty)."""
    last = words[-1].lower()
    for i, w in enumerate(words[:-1]):
        if not w.endswith(("'s", "’s", "s'", "s’")):
            continue
        between = words[i + 1:-1]
        if (last in cues("claim_noun") and all(x.lower() in claimant_cues("noun_modifier") for x in between)) or (
                last in claimant_cues("group_noun") and len(between) <= _GROUP_NAME):
            return [*words[:i], w[:-2] if w.endswith(("s", "S")) else w[:-1]]
    return words


_GROUP_NAME = 2  # words naming a group before its noun ("the Schemes project", "investigative team")


def without_postnominal(text: str) -> str:
    """``text`` less the letters of a seat or honour (``claimant_cues.csv``, role ``postnominal``) after a name of
    two capitalised words or more: "Jane Roe MP" is the person, where "MP" alone would be lawmakers."""
    head, _, last = text.rstrip().rpartition(" ")
    if not last.isupper() or last.lower() not in claimant_cues("postnominal"):
        return text  # most claimants end in no such letters
    names = head.split()
    return head if len(names) >= 2 and all(w[:1].isupper() for w in names[-2:]) else text
