"""A family name met again: "Kim" after "Kim Yo Jong" stands for the person named in full with it before.

A writer names a person in full once ("Jan Nowak-Wolski told reporters …") and then by the family name alone
("Nowak-Wolski said").  :func:`full_name_of_surname` reads such a one-word name as the last full name holding it
before the quote, written without the title in front of it (``data/titles.csv``).  A courtesy title without a point
("Mr Nowak-Wolski", "Ms Lindqvist", "Dr Okafor", as British and Irish outlets write them) is no part of the family
name: the name after it is read so, and a title of one gender does not stand for a full name of the other's.  Nor is
a preposition that opens the sentence before the name ("For Gustav Gressel, the lesson is plain"): a name never
begins with one (``data/claimant_cues.csv``, role preposition).  Other function words may be names ("So Jin-hyok",
"An Chan-il", "Will Gordon") and are kept.
"""

from __future__ import annotations

from ..mentions.back_references import full_name_before
from ..mentions.mention_vocab import Title, key, titles
from ..mentions.name_genders import name_gender
from ..mentions.claimant_vocab import claimant_cues
from .speakers import canonical, speaker_kind

__all__ = ["full_name_of_surname"]


def full_name_of_surname(masked: str, reversed_masked: str, name: str, pos: int) -> str | None:
    """The canonical full name the one-word ``name`` at ``pos`` stands for: the last person named in full with it
    before ``pos`` in ``masked`` (``reversed_masked`` is ``masked[::-1]``); None if ``name`` is no one-word person's name
    or no full name holds it."""
    courtesy = _courtesy_title(name)
    if courtesy is not None:
        pos, name = pos + len(name) - len(name.split()[1]), name.split()[1]
    if len(name.split()) != 1 or speaker_kind(canonical(name, "name")) != "person":
        return None
    full = full_name_before(masked, reversed_masked, name, pos)
    while full is not None and _courtesy_title(full) is not None and (pos := masked.rfind(full, 0, pos)) >= 0:
        full = full_name_before(masked, reversed_masked, name, pos)  # "Mr Okafor" met before: the full name before it
    if full is None or (courtesy is not None and courtesy.gender and name_gender(full) not in ("", courtesy.gender)):
        return None  # "Mr Lindqvist" after "Anna Lindqvist": a man of her family name, not she
    return canonical(_untitled(full), "name")


def _courtesy_title(name: str) -> Title | None:
    """The courtesy title (``data/titles.csv``, class courtesy) opening a two-word ``name`` ("Mr Healey"), else None."""
    words = name.split()
    title = titles().get(key(words[0])) if len(words) == 2 else None
    return title if title is not None and title.cls == "courtesy" else None


def _untitled(full: str) -> str:
    """A full name as first written without the title before it: "Minister Jan Nowak-Wolski" is "Jan Nowak-Wolski"
    (``data/titles.csv``); a title with only one word after it is the name itself ("President Putin")."""
    words = full.split()
    cut = next((j + 1 for j in range(len(words) - 3, -1, -1) if key(words[j]) in titles()), 0)
    while cut < len(words) - 2 and key(words[cut]) in claimant_cues("preposition"):
        cut += 1  # "For Gustav Gressel": the preposition opening the sentence, not the name
    return " ".join(words[cut:])
