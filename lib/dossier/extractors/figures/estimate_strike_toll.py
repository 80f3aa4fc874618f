"""Whether a loss of people is a strike's toll (``strike_casualties``) or a side's loss in the war.

A loss that is not of soldiers is a strike's toll when its sentence, or the
one right before, tells of a strike (:meth:`FigureSentence.about_a_strike`).
The toll also goes on past that: a loss right after a strike's toll counts
the same strike's dead and wounded ("Three people were killed. Another 14
civilians were wounded", "4 of the injured are in hospital").  A loss a
side named as its subject is said to have lost ("Pyongyang had lost 4,000
people") is that side's in the war, whatever strike is told around it
(role ``side_loss``).

A strike's toll is told with the strike: a strike told earlier in a
paragraph stays the story of the sentences after it ("A missile struck a
block of flats. Investigators found Korean lettering. Twelve people died")
until a figure of something else is read (the paragraph has moved on:
"... more than 60 such missiles have been launched. Those units suffered
losses of 6,000"); a strike the title tells is the story of every paragraph
("Consequences of the attack on Kyiv: updates") until, likewise, the paragraph
moves on ("Some 11,000 troops are in Kursk. Of those, 3,000 were killed").
"""

from __future__ import annotations

from typing import Callable

from .estimate_elided import FigureSentence
from .estimate_nouns import Counted
from ..mentions.strikes import mentions_strike
from ...text.numbers import cues


class ToldStrikes:
    """Whether a strike was told before a sentence in its paragraph, or in the title; asked of every sentence in
    order, and told of every figure read (:meth:`read`)."""

    def __init__(self, title) -> None:
        self._paragraph: int | None = None
        self._told = False
        self._moved_on = False  # a figure of something else read in the paragraph: the title's strike no longer holds
        self._title = isinstance(title, str) and mentions_strike(title)

    def before(self, paragraph: int, text: str) -> bool:
        """Whether a sentence before ``text`` in its ``paragraph`` told a strike; ``text`` is then read as told."""
        if paragraph != self._paragraph:
            self._paragraph, self._told, self._moved_on = paragraph, False, False
        told = self._told or self._title and not self._moved_on
        self._told = self._told or mentions_strike(text)
        return told

    def read(self, counted: Counted) -> None:
        """A figure read: past any but a strike's toll, the paragraph's strike is no longer its story."""
        if counted.category != "strike_casualties":
            self._told, self._moved_on = False, True


def strike_told(sentence: FigureSentence, last: Counted | None, before) -> Callable[[], bool]:
    """The test :func:`~dossier.extractors.figures.estimate_losses.as_loss` asks whether a loss after the tokens
    ``before`` is a strike's toll: never for a side's loss, always right after a strike's toll (``last``), else
    whether the sentence or the one before tells of a strike."""
    if _a_side_lost(before):
        return _never
    if last is not None and last.category == "strike_casualties":
        return _always
    return sentence.about_a_strike


def goes_on_with_a_strike(counted: Counted, last: Counted | None) -> Counted:
    """A loss whose noun is elided, read as ``counted``, right after a strike's toll (``last``): the same strike's
    ("27 people were injured; 9 of them are in hospital, 2 in serious condition")."""
    if counted.category == "casualties" and last is not None and last.category == "strike_casualties":
        return counted._replace(category="strike_casualties")
    return counted


def _a_side_lost(before) -> bool:
    """Whether a verb of losing (role ``side_loss``) stands among the last words before a figure, past an opening
    quotation mark ("had lost “at least 4,000” people"), after a side named by its name or a pronoun ("Pyongyang
    had lost", "it has lost"); "the city lost 12 residents" may tell of a strike."""
    lost, aux = cues("side_loss"), cues("aux")
    last = before[-(_LOST_REACH + _SUBJECT_REACH):]
    for k in range(len(last) - 1, max(-1, len(last) - 1 - _LOST_REACH), -1):
        if last[k].kind == "word" and last[k].low in lost:
            j = k - 1
            while j >= 0 and last[j].low in aux:
                j -= 1
            return j >= 0 and last[j].kind == "word" and (last[j].text[:1].isupper() or last[j].low in _SIDE_PRONOUNS)
    return False


_LOST_REACH = 3  # tokens before a figure read for a verb of losing ("had lost about", "lost “")
_SUBJECT_REACH = 3  # auxiliaries and the side before the verb ("Pyongyang may have lost")
_SIDE_PRONOUNS = frozenset({"it", "they"})


def _always() -> bool:
    return True


def _never() -> bool:
    return False
