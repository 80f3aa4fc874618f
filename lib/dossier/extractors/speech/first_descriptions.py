"""Someone unnamed, mentioned again by their role ("the partner said", "he said"), keeps what their first mention says.

Part of reading a quote's speaker (:mod:`~dossier.extractors.speech.quote_referents`).  An analyst labels someone
quoted without a name by what the article first says of them, not by the bare noun a later sentence uses: after "A
reporting partner in North Hamgyong Province says …", "“…,” the partner said" is the North Korean reporting partner;
after "A construction manager in Irkutsk, who asked not to be named, said …", "“…,” he said" is the construction
manager in Irkutsk.

:func:`first_description` reads, for a speaker resolved to a bare role (lower case words, no state), the first
mention before that brings someone of the role in ("a", "an", "one", up to three words of its own before the noun):

- charted by state and role where that mention tells them (:func:`~.charted_people.charted`: the province the partner
  is in is North Korean);
- else, when the mention puts them in a named place ("a diplomat in Tokyo", "a construction manager in Irkutsk,"),
  the role with the place, which a reader keeps when the text tells no state (a diplomat in Tokyo may be anyone's).

A speaker with a name, a state or a label of its own ("anonymous source") is left as read, and so is a role no
mention brought in.

:func:`former_speaker` reads someone brought in as a former holder of a post ("A former unification ministry official
said", "a former intelligence officer … “…,” he said"): a person, no longer their body's voice, labelled with the
state the article is written from ("former South Korean unification ministry official").

:func:`kin_speaker` reads someone quoted as the kin of one told of by role ("the mother of one of the soldiers", "The
widow of a fallen hero said", ``data/kin_speakers.csv``), whom a resolution reads as the kin's bare noun or as the one
they are kin of: the kin of that role's person, charted by state ("North Korean soldier's mother"), the state the
article is written from standing in where the text tells none (a DPRK paper's "fallen hero" is North Korean).
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation, singular
from ...vocab import load_table
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import former_words, home_state, key, origin_words, state_named
from ..mentions.speaker_vocab import speaker_aliases
from .body_staff import body_staff
from .captive_members import captive_member
from .charted_people import charted
from .home_officials import home_official
from .own_side_people import enemy_side, own_side_person
from .placed_residents import resident_of_place

__all__ = ["described", "first_description", "former_speaker", "kin_speaker"]

# A bare role: lower case words, as a speaker resolved to "partner", "construction manager" is written.
_BARE_ROLE = re.compile(r"[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){0,2}")
# "in Tokyo", "in North Hamgyong Province": a named place right after the role noun, whole (never the start of a
# body's name: "in Seoul's foreign ministry", "in Tokyo and Osaka", "in Moscow Region of …").
_IN_PLACE = re.compile(rf"\s+in\s+(?P<place>{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,2}})(?![\w’'\-]|\s+(?:of|and|or)\b)")
_OWN_WORDS = 3  # "a North Korean reporting partner", "one senior construction manager": words of the mention's own
# (Never a word that ends the mention or opens another: "a day after the partner" brings in no partner.)
_OWN_WORD = r"(?!(?i:the|an?|one|of|in|on|at|to|and|or|but|who|that|which|his|her|their|its|for|with|from|by|after|before)\s)[\w\-]+\s+"


# "one of the soldiers", "a fallen hero": whom someone is kin of, right after "the mother of".
_WHOM = re.compile(r"(?:an?|one\s+of\s+the|the)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\b")


@functools.cache
def _kin_nouns() -> frozenset[str]:
    return frozenset(load_table("kin_speakers.csv").noun)


@functools.cache
def _kin_of() -> re.Pattern:
    """ "The mother of ", "a widow of ": a determiner, a kin noun of ``data/kin_speakers.csv``, then "of"."""
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?P<kin>{alternation(_kin_nouns())})\s+of\s+")


def _kin(art, kin: str, whom_at: int) -> str | None:
    """ "North Korean soldier's mother": the ``kin`` of the one told of by role at ``whom_at``, charted by state and
    role there, else by the state the article is written from; None for one no role charts."""
    if (whom := _WHOM.match(art.masked, whom_at)) is None:
        return None
    words = whom.group(0).split()
    for end in range(len(words), 1, -1):  # "a fallen hero said": the last word that is a role ends whom it is
        noun, phrase = singular(words[end - 1]), " ".join(words[:end])
        label = charted(art, noun, phrase, whom_at)
        if label is None and (adjective := _home_adjective(art)):
            label = charted(art, f"{adjective} {noun}", phrase, whom_at)
        if label is not None:
            return f"{label}'s {kin}"
    return None


def _home_adjective(art) -> str:
    """The adjective of the state the article is written from ("North Korean"), or ""."""
    return adjectives_of_states().get(home_state(art.text, art.source), "")


def _told_whose(role: str) -> bool:
    """Whether ``role``'s words say where someone is from ("western diplomat"): no place is kept for them."""
    words = role.lower().split()
    return any(" ".join(words[i:j]) in origin_words() for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def first_description(art, speaker: str | None, pos: int) -> str | None:
    """The label the first mention before ``pos`` of someone of ``speaker``'s role gives them, or None.

    ``art`` is the article being read (``masked`` text); ``speaker`` what an attribution at ``pos`` was resolved to.
    """
    if not speaker or not _BARE_ROLE.fullmatch(speaker):
        return None
    if key(speaker) in speaker_aliases():
        return None
    role = r"\s+".join(map(re.escape, speaker.split()))
    first = re.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?P<role>(?:{_OWN_WORD}){{0,{_OWN_WORDS}}}?{role})\b", art.masked[:pos + 80])
    if first is None or first.start() > pos:
        return None
    if (label := charted(art, first.group("role"), first.group(0), first.start())) is not None:
        return label
    # (A state's adjective is no place: "a source in Ukrainian military intelligence" is inside a body.)
    if (place := _IN_PLACE.match(art.masked, first.end())) is not None and first.group("role").islower() and (
            not _told_whose(first.group("role"))) and place.group("place") not in adjectives_of_states().values():
        return f"{first.group('role')} in {place.group('place')}"
    return None


def kin_speaker(art, speaker: str | None, pos: int) -> str | None:
    """ "North Korean soldier's mother" for someone quoted as the kin of one told of by role ("The mother of a fallen
    hero said", "said the mother of one of the soldiers", "she" after them), or None.

    ``speaker`` is what the attribution at ``pos`` was resolved to: the kin's noun, or the one whose kin they are.
    """
    if not speaker or not _BARE_ROLE.fullmatch(speaker):
        return None
    kin_at = _kin_of().match(art.masked, pos) or next(
        (m for m in _kin_of().finditer(art.masked, max(0, pos - 30), pos) if m.end() == pos), None)
    if kin_at is not None and speaker not in _kin_nouns():
        return _kin(art, kin_at.group("kin"), kin_at.end())  # "The mother of a fallen hero said": the mother speaks
    if speaker in _kin_nouns():
        # "the mother of one of the soldiers", "she" after "A mother of a hero …": the kin of whom the mention names
        first_kin = next((m for m in _kin_of().finditer(art.masked, 0, pos + 80) if m.group("kin") == speaker), None)
        return _kin(art, speaker, first_kin.end()) if first_kin is not None and first_kin.start() <= pos else None
    return None


@functools.cache
def _former() -> re.Pattern:
    """ "A former unification ministry official", "a former intelligence officer who asked not to be named": someone
    brought in as a former holder of a post (``data/former_posts.csv``), up to three words of the post before it."""
    nouns = alternation(load_table("former_posts.csv").noun)
    words = alternation(former_words())
    return re.compile(rf"(?:[Aa]n?|[Oo]ne)\s+(?P<former>{words})[\s\-]+(?P<post>(?:[a-z][\w\-]*\s+){{0,3}}?(?:{nouns}))\b")


@functools.cache
def _former_labels() -> dict[str, str]:
    t = load_table("former_words.csv")
    return dict(zip(t.word, t.label))


def former_speaker(art, speaker_text: str | None, pos: int) -> str | None:
    """ "former South Korean unification ministry official" for someone brought in as a former holder of a post, by
    their own mention at ``pos`` or by a pronoun in the sentence after the one their mention opens; else None."""
    if not speaker_text:
        return None
    found = _former().match(art.masked, pos)
    if found is None and key(speaker_text) in ("he", "she"):
        i = art.sent_at(pos)
        for k in (i, i - 1):
            if 0 <= k and (found := _former().match(art.masked, art.sents[k].start)) is not None:
                break
    if found is None:
        return None
    post = found.group("post")
    if state_named(post.split()) is not None:
        return None  # "a former Russian officer": as read, by the state the words give
    adjective = _home_adjective(art)
    return f"{_former_labels()[found.group('former')]} {adjective} {post}" if adjective else None


def described(art, speaker: str | None, speaker_text: str | None, pos: int) -> str | None:
    """The label someone unnamed resolved to ``speaker`` at ``pos`` is charted as, or None to keep ``speaker``: a
    former holder of a post, the kin of one told of by role, the state and role where the text tells them
    (:func:`~.charted_people.charted`), else what their first mention said of them; a resident of a place by
    nationality and place (:func:`~.placed_residents.resident_of_place`); last, a soldier of the writer's own side by
    role alone (:func:`~.own_side_people.own_side_person`), or the other side, "the enemy" (:func:`~.own_side_people.enemy_side`)."""
    label = (body_staff(art, pos) or resident_of_place(art, speaker) or former_speaker(art, speaker_text, pos) or kin_speaker(art, speaker, pos)
             or charted(art, speaker, speaker_text, pos) or first_description(art, speaker, pos)
             or own_side_person(art, speaker) or enemy_side(art, speaker, speaker_text, pos) or home_official(art, speaker))
    # "one of them" of soldiers the article says are held: a prisoner of war (:mod:`~.captive_members`).
    return captive_member(art, label or speaker, speaker_text) or label
