"""Someone quoted without a name, charted as an analyst charts them: by state and role ("Russian tourist").

A reader who meets "one of the tourists, a retired teacher from Omsk," after "Russian tourists flew to Wonsan" charts
the speaker as a Russian tourist; "one prisoner" in an article on North Korean soldiers captured in Kursk as a North
Korean prisoner of war; "a guide" met in Pyongyang as a North Korean guide.  :func:`charted` reads, for a speaker
resolved to such a person:

- the role: the group a member is picked from ("one of the tourists": tourist, not the apposition's teacher), else
  the noun of the speaker (``data/charted_roles.csv``: "captured soldier", "POW" and "prisoner" are one role);
- the state: a nationality word in the phrase itself; else the nearest group of the same kin the text named before
  with a nationality ("North Korean troops captured in Kursk" for a prisoner); else, for a role whose people are of
  where they are (a guide, a resident), a place the sentence or the one before puts them in ("in Pyongyang")
  that ``data/nationalities.csv`` or ``data/claimant_places.csv`` ties to a state; else the state the role's people
  are of when the text tells none (a defector: North Korean).

"he" or "she" that nothing else resolves, right after sentences that bring in a group of such people ("Two North
Korean prisoners appeared in a video …. “…,” he says"), is one of them (:func:`member_before`).

"Korean" before a role is a state only where the setting tells which (``data/setting_nationalities.csv``: "a Korean
officer" in a report from the Kursk front is North Korean, "a Korean officer" at a briefing in Seoul is not).  One who
heads a unit (``data/unit_nouns.csv``) speaks, not the unit: "the commander of the Korean engineering unit", "a section
chief of a shock brigade" are charted with the unit's words ("North Korean engineering unit commander"), by the
unit's state, a group before, or for a work unit the place the report is set in.

With no state found the speaker stays as read.  The label is written "<adjective> <role>" (``data/states.csv``) and
goes through the speakers' aliases, so that "North Korean prisoner of war" is the speaker "captured North Korean
soldier" is.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import UPPER, alternation, plural, singular
from ...vocab import load_table
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import key, nationalities
from ..mentions.speaker_vocab import canonical, speaker_aliases
from .appositions import apposition_noun_phrase
from .captor_states import captor_states
from .charted_places import Nationality, origin, place_near, scene, state_of_place
from .setting_states import setting_state
from .state_members import state_group_before
from .own_side_people import own_side_states
from .unit_holders import branch_before, last_mention, unit_holder, writer_state

__all__ = ["charted", "member_before", "role_nouns"]

_MEMBER_SENTENCES_BACK = 2  # "Two North Korean prisoners appeared in a video …. “…,” he says": this far back
# "Two North Korean soldiers … “…,” the older of the two said. The other, aged 21, said": one picked out of the group
# ("the other", "a second") may come after another member's words, further back than a pronoun reaches.
PICKED_MEMBER_SENTENCES_BACK = 8
# "captured two wounded North Korean soldiers", "both North Korean soldiers": a group the text counted as a pair.
_COUNTED_TWO = re.compile(r"\b(?i:two|both)\s+(?:[\w\-]+\s+){0,2}\Z")


class Role(NamedTuple):
    """A role noun of ``data/charted_roles.csv``: how it is charted, its kin, and whether its people are local."""

    role: str
    kin: str
    local: bool
    state: str  # of someone of the role when the text tells none ("a defector": North Korean), else ""
    heads: bool  # heads a unit ("the commander of the unit"), charted with the unit's words


@functools.cache
def _roles() -> dict[str, Role]:
    t = load_table("charted_roles.csv")
    return {n: Role(r, k, loc == "yes", st, h == "yes")
            for n, r, k, loc, st, h in zip(t.noun, t.role, t.kin, t["local"], t.state, t.heads)}


@functools.cache
def role_nouns() -> dict[str, str]:
    """The one-word roles of ``data/charted_roles.csv``, each with its plural ("hero": "heroes")."""
    t = load_table("charted_roles.csv")
    return {n: p or plural(n) for n, p in zip(t.noun, t.plural) if n.isalpha()}


@functools.cache
def _nationality_words() -> str:
    """The nationality words as names are written: capitalised or in capitals ("North Korean", "U.S.", "DPRK"),
    never a possessive (whose noun is a body, not a person's kind) nor "us" in lower case."""
    forms = set()
    for w in nationalities():
        if w.endswith(("'s", "’s")):
            continue
        forms.add(w.upper())
        if len(w) > 2:
            forms.add(" ".join(p[:1].upper() + p[1:] for p in w.split()))
    return alternation(forms)


# "troops captured in Kursk", "soldiers taken alive": a participle that qualifies its noun, not a verb with an
# object ("troops captured the village" says nothing of who the troops are).
_AFTER_PARTICIPLE = "in|by|near|at|on|during|alive|after|last|earlier|since|while|and|or|as"


@functools.cache
def _group_pattern() -> re.Pattern:
    """A nationality, up to three words (the last may be a possessive in lower case), then a role noun in the singular
    or plural, with a participle before or after it: "North Korean troops captured in Kursk", "captured two North
    Korean soldiers", "North Korean POWs", "the North Korean leader's soldiers"."""
    nouns = {n.rsplit(None, 1)[-1] for n in _roles()}
    return re.compile(rf"(?:\b(?P<pre>[a-z]+ed)\s+(?:[a-z\d,]+\s+)?)?\b(?P<nat>{_nationality_words()})\s+(?:[\w\-]+\s+){{0,3}}?"
                      rf"(?:[a-z][\w\-]*[’']s\s+)?"  # "North Korean leader's soldiers": the leader's are of his state
                      rf"(?P<noun>(?i:{alternation(nouns)}))(?:s|es)?\b(?:,?\s+(?:(?:were|was|are|is|been|being)\s+)?"
                      rf"(?P<part>[a-z]+ed)(?=\s+(?:{_AFTER_PARTICIPLE})\b|\s*[,.;:)]))?")


@functools.cache
def kin_plurals(kin: str) -> frozenset[str]:
    """The plurals of the one-word role nouns of ``kin`` (``data/charted_roles.csv``), no participle: "prisoners"."""
    return frozenset(plural(n) for n, r in _roles().items() if r.kin == kin and not n.endswith("ed") and " " not in n)


@functools.cache
def _prisoners() -> re.Pattern:
    """ "the prisoners", "both captives", "the two POWs": a group told of before, by a plural of the prisoner kin."""
    return re.compile(rf"\b(?i:the|both|these|the\s+two)\s+(?i:{alternation(kin_plurals('prisoner'))})\b")


@functools.cache
def _group_from() -> re.Pattern:
    """A role noun in the plural, then where they come from: "tourists from Russia"."""
    nouns = {n.rsplit(None, 1)[-1] for n in _roles()}
    return re.compile(rf"\b(?P<noun>(?i:{alternation(nouns)})(?:s|es))\s+from\s+(?P<place>{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*)?)")


# "one of the tourists", "two of the captured soldiers": the group a member is picked from, its noun last.
_PARTITIVE = re.compile(r"(?i:one|two|three|some|several|many|each|most|another)\s+of\s+(?:the|these|those)\s+"
                        r"(?P<group>(?:[\w\-]+\s+){0,3}[\w\-]+)\Z")
_PEOPLE = (["man"], ["woman"], ["men"], ["women"])  # a person, of no role: who they are is the group's
_BROUGHT_IN = re.compile(r"(?i:a|an|one)\s")  # "a soldier", "one conscript": someone brought in, not told of before
_MEMBER = re.compile(r"(?i:a|an|one|another|the|a\s+second|a\s+third)\s+(?P<group>(?:[\w\-]+\s+){0,3}[\w\-]+)\Z")


class _RoleWords(NamedTuple):
    role: Role | None
    words: int  # how many of the phrase's last words name it


def _role_of(words: list[str]) -> _RoleWords:
    """The role the last words of a phrase name ("captured soldier" before "soldier") and how many words name it."""
    for n in (3, 2, 1):
        if len(words) >= n and (role := _roles().get(" ".join([*words[-n:-1], singular(words[-1])]))) is not None:
            return _RoleWords(role, n)
    return _RoleWords(None, 0)


_AGE = re.compile(r"[\w\-]+-years?-old")  # "26-year-old", "twenty-six-year-old"


@functools.cache
def _manner_words() -> frozenset[str]:
    return frozenset(load_table("manner_words.csv").word)


@functools.cache
def _pick_words() -> frozenset[str]:
    t = load_table("manner_words.csv")
    return frozenset(w for w, n in zip(t.word, t.note) if isinstance(n, str) and n.startswith("pick"))


def _picked(speaker: str) -> bool:
    """Whether ``speaker`` is one picked out of a pair or group by a word like "older" ("the younger prisoner")."""
    return any(w in _pick_words() for w in key(speaker).split())


def _who_words(phrase: str) -> list[str]:
    """The words of ``phrase`` (lower case) that say who someone is: no word of manner or renown ("a prominent
    milblogger", ``data/manner_words.csv``) nor an age ("a 30-year-old soldier"), which no analyst charts."""
    return [w for w in key(phrase).split() if w not in _manner_words() and not _AGE.fullmatch(w)]


def _nationality_in(phrase: str) -> Nationality | None:
    m = re.search(rf"\b(?:{_nationality_words()})(?![\w\-])", phrase)
    return Nationality(nationalities()[key(m.group(0))], m.group(0)) if m else None


def _setting_nationality(art, word: str, kin: str, pos: int) -> Nationality | None:
    """The state ``word`` names before a role of ``kin`` where the setting tells which (:mod:`.setting_states`)."""
    state = setting_state(art, word, kin, pos)
    return Nationality(state, word) if state is not None else None


def _setting_role_nationality(art, speaker: str, pos: int) -> Nationality | None:
    """The state of a setting's word right before the role one person is named by ("Korean officer"), or None; a
    group ("the Korean soldiers") is left as written (labelled in the plural, it is charted by no singular role)."""
    words = speaker.split()
    role = _role_of(_who_words(words[-1])).role if len(words) >= 2 and singular(words[-1]) == words[-1] else None
    return _setting_nationality(art, words[-2], role.kin, pos) if role is not None else None


def _label(nat: Nationality, role: Role) -> str | None:
    adjective = adjectives_of_states().get(nat.state)
    if adjective is None and nat.state != "other_state":
        return None
    return canonical(f"{adjective or nat.written} {role.role}", "group")


class _Group(NamedTuple):
    """A group named before with a nationality, and its role as the group's words give it ("Telegram channel")."""

    nationality: Nationality
    role: Role | None


def _group_before(art, role: Role, pos: int) -> _Group | None:
    """The nearest group of ``role``'s kin the text names before ``pos`` with a nationality."""
    found, found_role = None, None
    for m in _group_pattern().finditer(art.masked, 0, pos):
        noun = singular(key(m.group("noun")))
        kin = _roles()[noun].kin if noun in _roles() else None
        part = m.group("part") or m.group("pre")  # "troops captured in Kursk", "captured two North Korean soldiers"
        with_part = _roles().get(f"{part} {noun}") if part else None
        if with_part is not None:
            kin = with_part.kin if role.kin != "soldier" else kin  # prisoners, and still soldiers
        if kin == role.kin:
            before = art.masked[m.start("nat"):m.start("noun")].split()[-1:]  # "Telegram" of "Russian Telegram channels"
            found, found_role = m, with_part or _roles().get(key(" ".join([*before, noun])))
    group = _Group(Nationality(nationalities()[key(found.group("nat"))], found.group("nat")), found_role) if found else None
    # "Tourists from Russia have flocked to Wonsan": the group's state after its noun, where they come from.
    for m in _group_from().finditer(art.masked, found.end() if found else 0, pos):
        noun = singular(key(m.group("noun")))
        if noun in _roles() and _roles()[noun].kin == role.kin and (state := state_of_place(m.group("place"))):
            group = _Group(Nationality(state, m.group("place")), _roles()[noun])
    return group or _state_group(art, role, pos)


def _state_group(art, role: Role, pos: int) -> _Group | None:
    """The group of ``role``'s kin named before ``pos`` by its state's name after its noun ("servicemen of the armed
    forces of the DPRK"; "citizens of the DPRK who were captured" for prisoners), as :func:`_group_before` gives it."""
    kins = {role.kin, "soldier"} if role.kin == "prisoner" else {role.kin}
    g = state_group_before(art.masked, frozenset(n for n, r in _roles().items() if r.kin in kins and " " not in n), pos)
    own = _roles()["prisoner"] if g is not None and g.captured else _roles().get(g.noun) if g is not None else None
    if own is None or own.kin != role.kin and not (role.kin == "soldier" and own.kin == "prisoner"):
        return None
    return _Group(Nationality(g.state, g.written), own)


def _only_nationality(art, role: Role) -> Nationality | None:
    """The one nationality the whole article gives people of ``role``'s kin ("a soldier says …" in a report that
    tells later of "North Korean soldiers"); None when it gives none, or more than one ("Russian soldiers" and
    "Ukrainian soldiers"): never a guess between sides."""
    found: dict[str, Nationality] = {}
    for m in _group_pattern().finditer(art.masked):
        noun = singular(key(m.group("noun")))
        if noun in _roles() and _roles()[noun].kin == role.kin:
            nat = Nationality(nationalities()[key(m.group("nat"))], m.group("nat"))
            found.setdefault(nat.state, nat)
    return next(iter(found.values())) if len(found) == 1 else None


def _as_group(role: Role, group: _Group) -> Role:
    """The role a member of ``group`` is charted as: the group's own kind of ``role``'s kin ("one channel" of "Russian
    Telegram channels": a Telegram channel), and a soldier of soldiers captured is a prisoner of war ("the younger
    soldier" of "North Korean soldiers captured in Kursk"), as the group is; else ``role``."""
    if group.role is not None and (group.role.kin == role.kin or role.role == "soldier" and group.role.kin == "prisoner"):
        return group.role
    return role


def _writers_own(art, speaker_text: str) -> Nationality | None:
    """The writer's side for one of "our fighters" (:func:`~.unit_holders.writer_state`); None for anyone else."""
    state = writer_state(art.text, art.source) if speaker_text.lower().startswith("our ") else ""
    return Nationality(state, "") if state else None


def _own_role(words: list[str]) -> Role | None:
    """The role a speaker's words are, all of them, past a nationality: "soldier", "prisoner", "soldier captured" (a
    participle after the noun, as before it: "captured soldier"); None if any word is more than that."""
    while len(words) > 1 and words[-1] in _AFTER_PARTICIPLE.split("|"):
        words = words[:-1]  # "soldier captured near": where, left for the place
    found = _role_of(words)
    if found.role is not None and found.words == len(words):
        return found.role
    if len(words) >= 2 and words[-1].endswith("ed") and f"{words[-1]} {singular(words[-2])}" in _roles() and len(words) == 2:
        return _roles()[f"{words[-1]} {singular(words[-2])}"]
    return None


def _unit_holder(art, speaker: str, speaker_text: str, pos: int) -> str | None:
    """Someone unnamed named by the unit they command, head or are an officer of ("the commander of the Korean
    engineering unit", "a section chief of a shock brigade", :func:`~.unit_holders.unit_holder`), charted by the unit's
    state, the unit's words and the role: "North Korean engineering unit commander"; None when the words are no such
    phrase or no state is told; someone met again ("he") is charted as they were last written out."""
    if (phrase := unit_holder(art.masked, speaker_text, pos)) is None:
        if " of " not in speaker or (first := last_mention(art.masked, speaker, pos)) is None:
            return None
        speaker_text, pos = first
        if (phrase := unit_holder(art.masked, speaker_text, pos)) is None:
            return None
    role = _role_of(_who_words(phrase.role))
    if role.role is None or not role.role.heads:
        return None  # (a member of a unit, "a sergeant of a mortar crew", is charted by their own role)
    unit = phrase.unit
    nat = _nationality_in(unit) or _nationality_in(speaker_text) or next(
        (n for w in unit.split() if (n := _setting_nationality(art, w, role.role.kin, pos)) is not None), None)
    if nat is not None:
        unit = unit.replace(nat.written, " ")
    elif (state := writer_state(art.text, art.source)) and (phrase.ours or state in own_side_states()):
        # "one of our drone units", "the commander of one of the battalions" in a Ukrainian commander's post: the side
        # the writer is on, not the enemy troops told of before.
        nat = Nationality(state, "")
    elif (group := _group_before(art, role.role, pos)) is not None:
        nat = group.nationality
    elif role.role.local:
        # "a section chief of a shock brigade", "the foreman of the concrete team": a work unit on the site the report
        # is set in, the place its first paragraph puts the scene in; not a place the holder's own sentence names,
        # which may be where someone else is ("the foreman, whose brother fell in Kursk").
        nat = scene(art)
    adjective = adjectives_of_states().get(nat.state) if nat is not None else None
    if adjective is None:
        return None
    return canonical(" ".join([adjective, *unit.split(), role.role.role]), "group")


def charted(art, speaker: str | None, speaker_text: str | None, pos: int) -> str | None:
    """The speaker someone unnamed is charted as ("Russian tourist"), or None to keep ``speaker`` as read.

    ``speaker`` is what the attribution ``speaker_text`` at ``pos`` was resolved to ("retired teacher", "prisoner",
    "captured soldier"); only a person unnamed, whose phrase ends in a role of ``data/charted_roles.csv``, is charted.
    """
    if not speaker or not speaker_text or key(speaker) in speaker_aliases():
        return None
    if (holder := _unit_holder(art, speaker, speaker_text, pos)) is not None:
        return holder
    if (written := _nationality_in(speaker) or _setting_role_nationality(art, speaker, pos)) is not None:
        # "a North Korean defector": charted as written, but for a role written otherwise ("North Korean soldier
        # captured in Kursk", "North Korean prisoner"); "Ukrainian artillery officer" keeps its qualifier.
        rest = _who_words(speaker.replace(written.written, " "))
        role = _own_role(rest)
        if role is not None and _nationality_in(speaker_text) is None and (group := _group_before(art, role, pos)) is not None and (
                group.nationality.state == written.state):
            role = _as_group(role, group)  # "one of the soldiers", charted from the group before
        return _label(written, role) if role is not None else None
    who = _who_words(speaker)
    if len(who) >= 2 and who[-1].endswith("ed") and singular(who[-2]) in _roles() and (
            f"{who[-1]} {singular(who[-2])}" not in _roles()):  # ("soldier captured" is a captured soldier)
        who = who[:-1]  # "a rifleman wounded in the jaw": how the rifleman was hurt, not who he is
    if who in _PEOPLE and _picked(speaker):
        # "the older man", "the younger woman": one picked out of the pair or group the text told of before, charted
        # as its members are ("Two North Korean soldiers captured in Kursk … The younger man said").
        return _last_group(art, pos, pair=True)
    if who in _PEOPLE and (described := apposition_noun_phrase(art.masked, pos + len(speaker_text))) is not None:
        who = _who_words(described)  # "said one woman, a defector living in Seoul": a defector
    own = _role_of(who)
    if own.role is not None and any(w[:1].isupper() for w in speaker.split()[:-own.words]):
        return None  # "a Western officer": an origin of its own, not a nationality, never one borrowed from a group before
    role = own.role
    member = _PARTITIVE.search(speaker_text) or _MEMBER.match(speaker_text)
    group_role = _role_of(key(member.group("group")).split()).role if member else None
    if group_role is not None:
        role = group_role  # "one of the tourists, a retired teacher": charted as a tourist
    elif role is None or len(who) > own.words + 1:
        return None  # not a role charted, or one qualified beyond a word ("artillery officer of the 3rd brigade")
    if role.kin == "side":
        return None  # "the other side", "one side": a side is charted only by the state its own words name
    nat = _nationality_in(speaker_text) or origin(art, speaker_text, pos) or _writers_own(art, speaker_text)
    if nat is None and (group := _group_before(art, role, pos)) is not None:
        nat = group.nationality
        role = _as_group(role, group)
        if member is not None and role.kin == "soldier" and _prisoners().search(art.masked):
            # "One of the men, a rifleman" of soldiers the article calls "the prisoners": a prisoner of war.
            role = _roles()["prisoner"]
        if role.kin == "prisoner" and nat.state in captor_states(art.masked):
            # "Ukrainian soldiers held prisoner in Russia" before one held in "a Ukrainian detention centre": others
            # than his own side; he is of the last group of prisoners or soldiers not of the state holding him.
            return _last_group(art, pos, role)
    if nat is None and not role.local and _BROUGHT_IN.match(speaker_text):
        # (Someone brought in, "a soldier"; "the soldiers" are some the text has told of, whose side it may have
        # told in other words than a nationality.)
        nat = _only_nationality(art, role)
    if nat is None and _picked(speaker):
        # "the younger prisoner": one of the pair the text told of before with a nationality, of the role's kin.
        return _last_group(art, pos, role)
    if nat is None and role.local:
        nat = place_near(art, pos)
    if nat is None and role.state and role.state != "home" and own.role is not None:
        # "a defector who fled in 2019": a North Korean defector; but "a defector of Hoeryong", read as one there,
        # keeps the place. (A role of the writer's state, "home", is own_side_people's.)
        nat = Nationality(role.state, "")
    if nat is None:
        return None
    if role is own.role and role.heads and (branch := branch_before(who, own.words)):
        # "one of our artillery commanders": one who commands is charted by what they command, an arm of service as
        # a unit ("Ukrainian drone unit commander"); a soldier of the arm ("an infantry soldier") by their own role.
        role = role._replace(role=f"{branch} {role.role}")
    return _label(nat, role)


def _last_group(art, pos: int, role: Role | None = None, pair: bool = False) -> str | None:
    """The last group the text names before ``pos`` in the plural with a nationality and a charted role (of
    ``role``'s kin, soldiers for prisoners, when given), charted as its members are; None if it names none. With
    ``pair`` (one told apart by a comparative, "the older of the two"), the last group the text counted as two first."""
    kins = None if role is None else {role.kin, "soldier"} if role.kin == "prisoner" else {role.kin}
    found = []
    for m in _group_pattern().finditer(art.masked, 0, pos):
        noun = singular(key(m.group("noun")))
        plural_group = art.masked[m.end("noun"):m.end("noun") + 1] == "s"
        if plural_group and (kins is None or noun in _roles() and _roles()[noun].kin in kins):
            found.append(m)
    if role is not None and role.kin == "prisoner":
        # (A prisoner is never of the state holding him: soldiers of that state before him are his captors.)
        held_by = captor_states(art.masked)
        found = [m for m in found if nationalities()[key(m.group("nat"))] not in held_by] or found
    if pair:
        found = [m for m in found if _COUNTED_TWO.search(art.masked, max(0, m.start() - 40), m.start("nat"))] or found
    return _member_of(art, found[-1], pos) if found else None


def _member_of(art, found: re.Match, pos: int) -> str | None:
    """A member of the group ``found`` (of :func:`_group_pattern`), charted as the group's role and nationality; a
    soldier of soldiers the text goes on to call "the prisoners" as a prisoner of war."""
    noun = singular(key(found.group("noun")))
    part = found.group("part") or found.group("pre")
    # (The noun may be the last word of a longer role only, "bloggers" of "military bloggers": charted by the words
    # before it, or by no role.)
    role = (_roles().get(f"{part} {noun}") if part else None) or _roles().get(noun) or _role_of(key(found.group(0)).split()).role
    if role is None:
        return None
    if role.kin == "soldier" and _prisoners().search(art.masked, found.end()):
        role = _roles()["prisoner"]  # "North Korean soldiers … met the prisoners": the soldiers are the prisoners
    return _label(Nationality(nationalities()[key(found.group("nat"))], found.group("nat")), role)


def member_before(art, pos: int, back: int | None = None, upto: int | None = None) -> str | None:
    """One of the group the sentence at ``pos`` or the two (or ``back``) before it bring in, in the plural with a
    nationality and a charted role ("Two North Korean prisoners"), charted as that group's member; None if none does.
    ``upto``: where the group's noun ends, when the caller has picked the group."""
    i = art.sent_at(pos)
    lo = art.sents[max(0, i - (_MEMBER_SENTENCES_BACK if back is None else back))].start
    found = None
    for found in _group_pattern().finditer(art.masked, lo, pos if upto is None else upto):
        pass
    if _picked(" ".join(art.masked[pos:pos + 24].split()[:3])):  # "The older one said": of a pair told of anywhere before
        return _last_group(art, pos, pair=True)
    if found is None or not art.masked[found.end("noun"):found.end("noun") + 1] == "s":
        return None  # (the plural: a group, not someone already brought in alone)
    return _member_of(art, found, pos)
