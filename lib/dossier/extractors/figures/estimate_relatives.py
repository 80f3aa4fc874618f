"""A loss told in a relative clause whose subject is the side that inflicted it: "the two soldiers whom Ukraine captured".

"Who were captured" puts the loss in the passive, read by
:func:`~dossier.extractors.figures.estimate_losses.loss_after`.  In the active, the relative pronoun is the
verb's object and the captor or killer its subject, a few words between them ("whom Ukraine captured", "that
Ukrainian special forces killed", "whom Kyiv is holding"): the people counted are still the loss.  The subject
opens with a determiner, a pronoun or a capitalised word (role ``relative_subject``; else the pronoun is the
subject: "the 500 soldiers that stormed and captured the village"), is short and holds no verb that sends or moves
people (role ``deploying``): "the 3,000 soldiers that Pyongyang sent to replace the dead" tells no loss of them.
"""

from __future__ import annotations

from .estimate_held import CAPTURED
from .estimate_nouns import Hit
from ...text.numbers import cues

_SUBJECT = 4  # words of the subject and its auxiliaries between the pronoun and the verb ("Ukrainian special forces")


def object_loss(tokens) -> Hit | None:
    """The loss an active casualty verb tells of the people before ``tokens``, which open with a relative pronoun
    that is its object (role ``object_relative``); else None."""
    if not tokens or tokens[0].low not in cues("object_relative"):
        return None  # most nouns: one token read
    deploying, captors, losses = cues("deploying"), cues("captor"), cues("casualty")
    for i, t in enumerate(tokens[1 : 2 + _SUBJECT], 1):
        if t.kind != "word" or t.low in deploying:
            return None
        if i == 1:
            if t.low in cues("aux") or not (t.text[0].isupper() or t.low in cues("relative_subject")):
                # "a unit that had lost half its men", "the 500 soldiers that stormed and captured the village": the
                # pronoun is the subject, the loss not its
                return None
            continue  # the subject's first word ("the two men whom the SBU holds")
        if t.low in captors:
            return Hit(1, "casualties", CAPTURED)
        if t.low in losses:
            return Hit(1, "casualties", losses[t.low])
    return None
