"""A named person met again by their role: "Irina Vasko, who heads a research centre, doubts the plan. “…,” the expert
said" — the expert is Vasko.

A writer who has just named someone often calls them next by a role ("the expert", "the senator", "the diplomat",
"the spokesman") rather than by name or pronoun.  When the account holds no one of that role
(:meth:`~dossier.extractors.mentions.discourse.Account.holder` found no one) and no one unnamed was introduced by the noun, a
reader takes the role as standing for the person the text was just speaking of: the last named person who spoke in
its paragraph or the one before, else the last one named there as more than an object.  Further back than that, or
with no one named there, the role is left as written; so is a role a person named there cannot hold because they
hold another seat of the same kind ("the senator" after a representative: lawmakers both).

"The 24-year-old" stands for the person named with that age in an apposition there ("Oleg Ivanov, 24," or "Oleg
Ivanov, a 24-year-old private,"). Otherwise only "the" and one role noun of ``data/titles.csv`` are read so, with no description of its own after it ("the
commander of a drone company"); nouns for people left unnamed ("the woman", "the soldier":
``data/person_nouns.csv``) stand for someone unnamed, not for the last name.

A role written with the body it is a post of ("the NATO chief", "the HUR representative", "the Head of the RMA") stands
for the person the text named with that body in their title, by its name or by the letters of its words ("Head of the
Zaporizhzhia Regional Military Administration Ivan Fedorov"), however far back: a post in a body has one holder.  A
nationality is no body ("the Russian minister" tells the state, not the post).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..mentions.mention_vocab import deputy_words, head_titles, key, nationalities, titles
from ..mentions.speaker_vocab import person_nouns
from .unnamed_people import plural_people
from ...text.words import LOWER, UPPER, alternation
from ...vocab import load_table

__all__ = ["age_alone", "person_by_role"]

# "the commander of an artillery battery", "the expert who asked not to be named": someone brought in by a description
# of their own, not met again.
_DESCRIBED_AFTER = re.compile(r"\s*,?\s+(?:of|at|from|with|who|whose)\b")

_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
_TITLE_CHARS = 100  # "the representative of the Main Intelligence Directorate … Ivan Petrenko": how far back its title opens
_THE_TITLE_OF = re.compile(rf"\b[Tt]he\s+(?P<title>{UPPER}{LOWER}+)\s+of\s+(?:the\s+)?\Z")  # "the Minister of " Defence
_LETTERS = re.compile(r"[A-Z]{2,6}")  # "HUR", "NIS": a body by its letters

_CLAUSE_END = re.compile(r"[.;:#“”\"]")
_APPOSITION = re.compile(r",\s+((?:the\s+)?[^.;:#“”\",]*)")  # "Mark Rutte, NATO's secretary general,"
_CAPITALISED = re.compile(rf"\b{UPPER}[\w\-’']*")


class Office(NamedTuple):
    """A post in a body as a later mention writes it: "the Head of the RMA", "the NATO chief"."""
    title: str | None  # "Head"; None where only the body is written with the role ("the NATO chief")
    body: str  # "RMA", "NATO": by its name or letters
    noun: str | None = None  # "chief" of "the NATO chief": the role, which the holder's title must give


# "deputy secretary general", "former NATO chief": a title, up to a word before it, that is not the post's present
# holder's.
_NOT_HOLDER = re.compile(r"\b(?i:deputy|vice|former|ex)[\s\-]+(?:[\w\-’']+\s+)?\Z")


@functools.cache
def _post_of(noun: str) -> re.Pattern:
    """The titles that give ``noun``'s post in a body: the noun itself, or for a head noun ("the NATO chief",
    ``data/body_heads.csv``) any head's title (``data/head_titles.csv``: "Secretary General"), never a deputy's or a
    former holder's."""
    heads = set(load_table("body_heads.csv").word)
    words = {noun, *head_titles()} if noun in heads else {noun}
    return re.compile(rf"\b(?i:{alternation(words)})\b")


def _gives_post(words: str, noun: str) -> bool:
    """Whether the title ``words`` give the present holder of ``noun``'s post (:func:`_post_of`)."""
    return any(not _NOT_HOLDER.search(words, 0, m.start()) for m in _post_of(noun).finditer(words))


# "Kim, an expert …, said “…” ¶ In her view … “…,” the expert noted": its own paragraph and the one before.
_PARAGRAPHS_BACK = 1


# "the 24-year-old": an age alone, standing for the person the text gave it for.
_AGE_ALONE = re.compile(r"the\s+(\d{1,3})-year-old")


def person_by_role(art, a, sentence: int | None) -> str | None:
    """The named person "the <role>" of attribution ``a`` stands for, as above, else None."""
    words = key(a.speaker_text).split()
    if a.how == "group" and (age := _AGE_ALONE.fullmatch(key(a.speaker_text))) is not None:
        return _aged(art, a.start, age.group(1))
    given = None  # the title the person must have been named with, when the role alone would say too little
    office = None  # the post in a body the role is written with, whose holder may be named however far back
    if a.how == "name" and (of := _THE_TITLE_OF.search(art.masked, max(0, a.start - 30), a.start)) is not None:
        # "the Minister of Defence said", read as the name "Defence": the title before it is who speaks ("the Head
        # of the RMA", never the title "the RMA").
        words, given = ["the", of.group("title").lower()], (of.group("title"),)
        office = Office(of.group("title"), a.speaker_text)
    elif a.how == "name" and len(words) == 1 and _THE_BEFORE.search(art.masked, max(0, a.start - 5), a.start):
        words, given = ["the", *words], (a.speaker_text,)  # "the Minister said": a title in capitals, met again
    elif a.how == "group" and len(words) == 3 and (body := _body_word(a.speaker_text)) is not None:
        # "the HUR representative said": the body's name or letters, then a role; the one named as its
        # representative, or named with the body in their title ("NATO Secretary General Mark Rutte … the NATO chief").
        words, given = [words[0], words[2]], (words[2],)
        office = Office(None, body, words[1])
    elif a.how != "group":
        return None
    if len(words) != 2 or words[0] != "the" or words[1] in person_nouns():
        return None
    title = titles().get(words[1])
    if title is None or not title.role or _DESCRIBED_AFTER.match(art.masked, a.start + len(a.speaker_text)):
        return None
    here = art.sent_at(a.start)
    down_to = here
    while down_to > 0 and art.sents[down_to - 1].paragraph >= art.sents[here].paragraph - _PARAGRAPHS_BACK:
        down_to -= 1
    for x in art.subjects_before(a.start, sentence, down_to=down_to):
        if art.sent_at(x.pos) < down_to:
            break  # every subject before it is further back
        if _named_person(art, x.speaker, title) and not plural_people(x.speaker) and _given(art, x.speaker, given, office, a.start) and (
                not _left_post(art, x.speaker, words[1], a.start)):
            return x.speaker
    for m in reversed(art.account.between(art.sents[down_to].start, a.start)):
        if m.entity is not None and not m.oblique and m.how != "pronoun" and _named_person(art, m.entity.name, title) and (
                _given(art, m.entity.name, given, office, a.start)) and not _left_post(art, m.entity.name, words[1], a.start):
            return m.entity.name
    return _office_holder(art, a.start, sentence, office, title) if office is not None else None


def _left_post(art, name: str, role: str, pos: int) -> bool:
    """Whether ``name`` is written before ``pos`` only as a former holder of the post ``role`` names ("Former defence
    minister Kim Yong-hyun" before "the minister said"): the minister who speaks later is whoever holds it now.  A
    retired officer keeps his rank ("Retired general Ben Hodges" is still "the general")."""
    found = [m.start() for m in re.finditer(re.escape(name), art.masked[:pos])]
    return bool(found) and all(_former_title(role).search(art.masked, max(0, at - _TITLE_CHARS), at) for at in found)


@functools.cache
def _former_title(role: str) -> re.Pattern:
    t = load_table("former_words.csv")
    words = alternation(w for w, label in zip(t.word, t.label) if label == "former")
    return re.compile(rf"(?<![\w\-])(?i:{words})[\s\-]+(?:[\w.’'\-]+\s+){{0,3}}?(?i:{re.escape(role)})\s+(?:[\w.’'\-]+\s+){{0,3}}\Z")


def _office_holder(art, pos: int, sentence: int | None, office: Office, title) -> str | None:
    """The person named before ``pos`` as holding ``office``, however far back: a post in a named body has one
    holder, and "the head of the RMA" in the last paragraph is still the one the lead named so.  Two people named as
    holding it ("the Head of the Odesa Regional Military Administration …", "the Kharkiv Regional Military
    Administration head …") are heads of two bodies the letters do not tell apart: neither."""
    holders = [x.speaker for x in art.subjects_before(pos, sentence, down_to=0)
               if _named_person(art, x.speaker, title) and not plural_people(x.speaker) and _holds(art, x.speaker, office, pos)]
    holders += [m.entity.name for m in reversed(art.account.between(0, pos))
                if m.entity is not None and m.how != "pronoun" and _named_person(art, m.entity.name, title)
                and _holds(art, m.entity.name, office, pos)]
    return holders[0] if len(set(holders)) == 1 else None


def _given(art, name: str, given: tuple[str, ...] | None, office: Office | None, pos: int) -> bool:
    """Whether ``name`` was named as the role needs: with a title of ``given``, or, when the role is written with its
    body alone, with that post in the body ("the NATO chief": the chief's post, never any post in NATO)."""
    return (not given or _titled(art, name, given, pos)
            or (office is not None and office.noun is not None and _holds(art, name, office, pos)))


def _holds(art, name: str, office: Office, pos: int) -> bool:
    """Whether ``name`` is written before ``pos`` with ``office`` in the title before it ("Head of the Zaporizhzhia
    Regional Military Administration Ivan Fedorov") or in an apposition after it ("Mark Rutte, NATO's chief,")."""
    for m in re.finditer(re.escape(name), art.masked[:pos]):
        before = _CLAUSE_END.split(art.masked[max(0, m.start() - _TITLE_CHARS):m.start()])[-1]
        after = _APPOSITION.match(art.masked, m.end(), m.end() + _TITLE_CHARS)
        for words in (before, after.group(1) if after else ""):
            post = (re.search(rf"\b(?i:{re.escape(office.title)})\b", words) if office.title is not None
                    else _gives_post(words, office.noun or "") and _heads_written_body(words, office))
            if post and _names_body(words, office.body):
                return True
    return False


def _heads_written_body(words: str, office: Office) -> bool:
    """Whether the post's title in ``words`` is written right with the body, where the body is written as such
    ("NATO's chief", "the chief of NATO"): "the NATO military committee chair" heads the committee, not NATO."""
    body = rf"(?<![\w\-]){re.escape(office.body)}(?![\w\-])"
    if not re.search(body, words):
        return True  # by its letters' words alone: as near as they tell
    return any(re.search(rf"{body}(?:['’]s)?\s+\Z", words[:m.start()]) or re.match(rf"\s+of\s+(?:the\s+)?{body}", words[m.end():])
               for m in _post_of(office.noun or "").finditer(words) if not _NOT_HOLDER.search(words, 0, m.start()))


def _names_body(words: str, body: str) -> bool:
    """Whether ``words`` name ``body`` as written, or by the words its letters stand for ("RMA": "Regional Military
    Administration")."""
    if re.search(rf"(?<![\w\-]){re.escape(body)}(?![\w\-])", words):
        return True
    initials = "".join(w[0] for w in _CAPITALISED.findall(words))
    return _LETTERS.fullmatch(body) is not None and body in initials


def _body_word(speaker_text: str) -> str | None:
    """ "NATO" of "the NATO chief": a body or alliance by its own name between "the" and a role, never a nationality
    ("the Russian minister" tells the state, not which minister)."""
    word = speaker_text.split()[1]
    return word if _LETTERS.fullmatch(word) or (word[:1].isupper() and key(word) not in nationalities()) else None


def _titled(art, name: str, given: tuple[str, ...], pos: int) -> bool:
    return any(_titled_as(art, name, title, pos) for title in given)


def _titled_as(art, name: str, title: str, pos: int) -> bool:
    """Whether the person ``name`` was given ``title`` where the text named them before ``pos`` ("Minister of Defence
    Ivan Petrenko", "the Minister for Asia, Jane Roe,", "the representative of the intelligence directorate Ivan
    Petrenko"): a title met again only as it was given."""
    # (Where the name is written, not where the account met it: a title before a name may hide it from the account.)
    # (Or in an apposition right after the name: "Ivan Petrenko, the representative of the directorate,".)
    # (Never as a deputy's or a former holder's title: "Former NATO chief Jens Stoltenberg" is not "the chief" later.)
    before = re.compile(rf"\b(?i:{re.escape(title)})\b[^.;:#“”\"]*\Z")
    after = re.compile(rf",\s+(?:the|a|an)\s+[^.;:#“”\",]*?\b(?i:{re.escape(title)})\b")
    for m in re.finditer(re.escape(name), art.masked[:pos]):
        lo = max(0, m.start() - _TITLE_CHARS)
        found = [(b.start(), lo) for b in [before.search(art.masked, lo, m.start())] if b is not None]
        found += [(t.end() - len(title), t.start()) for t in [after.match(art.masked, m.end(), m.end() + _TITLE_CHARS)] if t]
        if any(not _NOT_HOLDER.search(art.masked, start, at) for at, start in found):
            return True
    return False


def age_alone(words: str) -> bool:
    """Whether ``words`` are "the 24-year-old": an age alone, no one's name when no person was given it."""
    return _AGE_ALONE.fullmatch(key(words)) is not None


def _aged(art, at: int, age: str) -> str | None:
    """The person last named, in the paragraphs before ``at``, with ``age`` in an apposition after the name: "Oleg
    Ivanov, 24," or "Oleg Ivanov, a 24-year-old private,"."""
    given = re.compile(rf",\s+(?:{age},|(?:an?\s+)?(?:[\w\-]+\s+){{0,3}}?{age}-year-old\b)")
    here = art.sent_at(at)
    lo = next((s.start for s in art.sents if s.paragraph >= art.sents[here].paragraph - _PARAGRAPHS_BACK), 0)
    for m in reversed(art.account.between(lo, at)):
        if m.entity is not None and m.entity.kind == "person" and given.match(art.masked, m.end):
            return m.entity.name
    return None


def _named_person(art, speaker: str | None, title) -> bool:
    """Whether ``speaker`` is a person known by name (never someone unnamed the account labels, "anonymous source")
    whom ``title``'s role may stand for: of its gender, and holding no other seat of the roles it shares ("the
    senator" is no representative named before: both are lawmakers, in different seats)."""
    if not speaker or not speaker[:1].isupper() or not art.is_person(speaker) or not art.gender_fits(speaker, title.gender):
        return False
    e = art.account.entity(speaker)
    if e is not None and title.role not in e.roles and title.role in head_titles() and e.roles & deputy_words():
        return False  # "the chief" after "Sven Dahl, the alliance's deputy chief": a deputy is not the head
    return e is None or title.role in e.roles or not (title.roles - {title.role}) & e.roles
