"""The other of a pair: "One of the prisoners told me …. The other said …".

A reader who meets "the other" right after one member of a group was picked out to speak ("one of the prisoners",
"one of them") takes the second speaker from the same group, whoever that group turned out to be: the other
prisoner speaks as the first one does.  The words that leave the remaining member are ``data/group_members.csv``
(kind ``remaining``).
"""

from __future__ import annotations

from .attributions import Attribution
from .unnamed_groups import group_member_words
from .unnamed_people import picks_member

__all__ = ["partner_of"]

# "One of them said …. He added …. The other said": the attribution that picked the first member stands this far
# back. Nearer than the group itself may (charted_people.PICKED_MEMBER_SENTENCES_BACK): "the other" answers the
# member just quoted, and a pick further back has other speakers between, whom "the other" may be set against.
_SENTENCES_BACK = 2


def partner_of(art, a: Attribution) -> str | None:
    """Who "the other" (attribution ``a``) speaks as: the member of a group its sentence or one of the two before
    picked out to speak, as resolved there; None when ``a`` is no "the other" or no member was picked out."""
    words = a.speaker_text.lower().split()
    if a.how != "anaphor" or len(words) != 2 or words[0] != "the" or words[1] not in group_member_words()["remaining"]:
        return None
    i = art.sent_at(a.start)
    for k in range(i, max(-1, i - _SENTENCES_BACK - 1), -1):
        for x in reversed(art.attributions_of(k)):
            if x.start >= a.start or not x.speaker_text or x.speaker_text.lower().split()[-1] in group_member_words()["remaining"]:
                continue
            if picks_member(art, x) and (said := art.resolve(x, k)).speaker:
                return said.speaker
    return None
