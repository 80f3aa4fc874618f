"""Someone of the writer's own side, told of by a bare role: "soldiers", "a sapper" in a Ukrainian outlet's report
from the front are Ukrainian soldiers, a sapper of a Russian broadcaster's report a Russian sapper.

A writer at war (``data/own_side_states.csv``: the state an outlet writes from, or a person's own channel,
:func:`~.unit_holders.writer_state`) names the people of their own side by role alone, as a reader on that side
would; the other side they name as "the enemy" or by nationality.  :func:`own_side_person` charts such a bare role,
a soldier's role of ``data/charted_roles.csv`` (the soldier kin) or a military rank of ``data/titles.csv``, with the
writer's nationality, when nothing else told who they are.  Any other writer's bare role tells no side.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation, plural, singular
from ...vocab import load_table
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import key, nationalities, states, titles
from .unit_holders import writer_state

__all__ = ["enemy_side", "names_enemy", "own_side_person", "own_side_states"]

_CLAIM_REACH = 4  # words between "the enemy" and its verb of claiming: "has already rushed to declare"
_BARE = re.compile(r"[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){0,2}")  # "soldiers", "platoon commander": no state, no name


class _Side(NamedTuple):
    enemy: str  # the state the writer means by "the enemy", "" when more than one
    enemy_allies: frozenset[str]  # states whose troops fight on the enemy's side


@functools.cache
def _sides() -> dict[str, _Side]:
    """Each state of ``data/own_side_states.csv`` with its enemy and the enemy's allies."""
    t = load_table("own_side_states.csv")
    return {s: _Side(e, frozenset(a.split())) for s, e, a in zip(t.state, t.enemy, t.enemy_allies)}


def own_side_states() -> frozenset[str]:
    return frozenset(_sides())


@functools.cache
def _soldier_nouns() -> frozenset[str]:
    t = load_table("charted_roles.csv")
    nouns = {n for n, k in zip(t.noun, t.kin) if k == "soldier"}
    return frozenset(nouns | {w for w, info in titles().items() if info.role in ("officer", "commander")})


def own_side_person(art, speaker: str | None) -> str | None:
    """ "Ukrainian soldiers" for ``speaker`` "soldiers" in an article of a writer on Ukraine's side ("a platoon leader"
    in the North's army paper, "a company commander" in a Russian war correspondent's post); "Russian economist" for
    "economist" in any article written from Russia, a role whose people are of the writer's state unless told
    otherwise (``data/charted_roles.csv``, state ``home``); None for any other speaker, or writer."""
    if not speaker or not _BARE.fullmatch(speaker):
        return None
    words = key(speaker).split()
    last, two = singular(words[-1]), " ".join([*words[-2:-1], singular(words[-1])])
    home = last in _home_roles() and last == words[-1]  # (one economist: economists as a group are anyone's)
    if not home and last not in _soldier_nouns() and two not in _soldier_nouns():
        return None
    state = writer_state(art.text, art.source)
    adjective = adjectives_of_states().get(state) if home or state in own_side_states() else None
    return f"{adjective} {speaker}" if adjective else None


@functools.cache
def _home_roles() -> frozenset[str]:
    """The roles whose people are of the state the article is written from (``data/charted_roles.csv``, state home)."""
    t = load_table("charted_roles.csv")
    return frozenset(n for n, st in zip(t.noun, t.state) if st == "home")


class _EnemyWords(NamedTuple):
    nouns: frozenset[str]  # "enemy"
    claim: re.Pattern  # a verb of publishing or claiming a few words after the noun: "has already rushed to declare"
    troops: re.Pattern  # a state's troops: "North Korean units", "the North Korean soldiers"


@functools.cache
def _enemy_words() -> _EnemyWords:
    t = load_table("enemy_words.csv")
    claim = re.compile(rf"(?:\s+[a-z]+){{0,{_CLAIM_REACH}}}?\s+(?i:{alternation(t.word[t.kind == 'claim'])})\b")
    nouns = {*t.word[t.kind == "troops"], *_soldier_nouns()}
    troops = re.compile(rf"\b(?P<state>(?i:{alternation(nationalities())}))\s+"
                        rf"(?i:{alternation({*nouns, *(plural(n) for n in nouns)})})\b")
    return _EnemyWords(frozenset(t.word[t.kind == "noun"]), claim, troops)


def names_enemy(words: str | None) -> bool:
    """Whether ``words`` name the other side as a writer at war does ("the enemy")."""
    return bool(words) and key(words).removeprefix("the ") in _enemy_words().nouns


def enemy_side(art, speaker: str | None, speaker_text: str | None, pos: int) -> str | None:
    """The government of the state a writer at war calls "the enemy" for ``speaker`` "enemy" ("The enemy writes about
    “tens of thousands”" in a Russian milblogger's post: the Ukrainian government); None for any other speaker, or a
    writer with no single enemy.

    Only the enemy's own account is its government's: "the enemy" at ``pos`` followed by a verb of publishing or
    claiming ("The enemy claims"), in a paragraph that names no troops of a state fighting on the enemy's side
    ("North Korean units attacked near Sudzha. The enemy claims …" in a Ukrainian outlet may be the units')."""
    if not names_enemy(speaker) or not speaker_text:
        return None
    side = _sides().get(writer_state(art.text, art.source))
    if side is None or side.enemy not in states() or _enemy_words().claim.match(art.masked, pos + len(speaker_text)) is None:
        return None
    par = art.sents[art.sent_at(pos)].paragraph
    text = " ".join(art.text[x.start:x.end] for x in art.sents if x.paragraph == par)
    if any(nationalities().get(key(m.group("state"))) in side.enemy_allies for m in _enemy_words().troops.finditer(text)):
        return None  # (a Russian writer's "more than 300 North Korean soldiers" are its own side's allies)
    return states()[side.enemy].government
