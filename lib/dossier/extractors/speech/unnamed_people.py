"""People a report quotes without a name, followed as a careful reader follows them.

Part of reading a quote's speaker (:mod:`~dossier.extractors.speech.quote_article`, whose ``Article`` is the ``art``
of each function):

- "one of the officials said", "two of the defectors", "one of them told reporters": a member of the group
  named there (or, for "them", in the sentence before), who speaks for what the group speaks for:
  "Unification ministry officials … one of the officials" the ministry, "South Korean officials … one of
  them" the South Korean government, "one of the defectors" the anonymous defector, "one of the captured
  soldiers" a captured soldier;
- "as another official put it": a new official, of the body or government whose unnamed official the article
  quoted last;
- "A Ukrainian commander told Reuters … “…,” he said": someone unnamed brought in as a subject after the
  person a pronoun would otherwise stand for is who the pronoun is.

The words that pick a member out of a group are ``data/group_members.csv``.
"""

from __future__ import annotations

import functools
import operator
import re

from ...text.words import LATIN_LETTER, LOWER, UPPER, alternation, plural, singular
from ...vocab import load_table
from ..mentions.back_references import VOICES_OF_BODIES
from ..mentions.mention_vocab import UNNAMED_TITLES, government_of_official, key, pronouns, titles, unnamed_sources
from ..mentions.speaker_vocab import anaphor_refers, canonical, cue_words, speaker_kind
from .asked_people import asked_person
from .body_members import holder_before
from .attributions import function_word_in
from .unnamed_groups import group_member_words, informed, picked_from, remaining_member
from .charted_people import member_before, role_nouns

__all__ = ["introduced_speaker", "member_of_group", "one_of_group_before", "picks_member", "unnamed_since"]

_START = operator.attrgetter("start")
# "Two officials said …. One of them said …. Another called it": the group a member is of is named this far back.
_MEMBER_SENTENCES_BACK = 3
_SENTENCES_BACK = 2  # "A private told Yonhap …. Kim had …, the officers said. “…,” he said": the private
# Someone brought in: "a sergeant", "one scholar", or a first mention with "the" ("The Russian officer said", whom
# the resolution finds no one named before for).
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+\S")
# "the officers", "some residents", "North Korean soldiers", "the wounded" (an adjective alone stands for people in
# the plural): never "he" or "she"; but "one of the residents" is one.
_PLURAL_PEOPLE = re.compile(r"(?!(?i:one|each|another|either|neither)\s+of\b)(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|"
                            r"[Tt]hree|[Oo]ther)\s+)?(?:(?:[\w\-.’']+\s+)*[a-z][\w\-]*[^su\W]s|[a-z]+ed)")
_BODY_NAMINGS = ("alias", "name")  # how a body's name is read as a subject
_SAID_INDEFINITE = re.compile(r"[\s,]*[a-z]+\s+(?:an?|one|the)\s")  # "…,” said a sergeant"
_GROUP_BEFORE_CHARS = 28  # "In Seoul, officials", "Unification ministry officials": who they are, just before
_NOT_MODIFIERS = frozenset({"a", "an", "the", "of", "in", "on", "at", "for", "with", "and", "or", "by", "from", "to",
                            "that", "who", "his", "her", "their", "its", "one", "two", "some", "many", "several"})
_WORD_CHARS = re.compile(r"[^\w'’.\-]+")  # ("U.S." keeps its dots: the nationality is written so)
# "One of the men, a 24-year-old gunner, said": an apposition that says who the member picked out is.
_DESCRIBED = re.compile(r",\s+(?:an?)\s+(?P<desc>[^,#“”\"]{2,80}?),\s")
_PLACE_WORD = re.compile(rf"{UPPER}[\w.’'\-]*")  # "Kyiv", "Seoul's"
_AFTER_GROUP = re.compile(r"\s+(?:in|at|of|from|for|with)\s+")  # "officials in Seoul", "officials at the ministry"


def picks_member(art, a) -> bool:
    """Whether attribution ``a`` names a member of a group: "one of the officials", "one of them", "another official"."""
    text = a.speaker_text
    if a.how == "anaphor":  # "one of them", "one", "another" (speaker_vocab.anaphors)
        return anaphor_refers(text) == "member"
    if a.how != "group":
        return False
    if remaining_member(a) is not None:
        return True
    if text.startswith(("the ", "The ", "our ")):  # ("one of our commanders": see word_index.MEMBER_DETERMINERS)
        return picked_from(art.masked, a)
    return _another_words(text) is not None


def member_of_group(art, a) -> str | None:
    """The speaker of a member picked out of a group (:func:`picks_member`): what the group speaks for."""
    words = a.speaker_text.split()
    if (described := _described(art, a)) is not None:
        return described
    if (another := _another_words(a.speaker_text)) is not None:
        return _another(art, a, another)
    if (noun := remaining_member(a)) is not None:
        # "Two soldiers were captured … The other soldier said": a member of the group named before, as "one of the
        # soldiers" would be; else who they are.
        at = max(_named_before(art.masked, f"{noun}s", a.start), _named_before(art.masked, f"{noun}s".capitalize(), a.start))
        if at < 0 and a.speaker_text.split()[1].lower() not in group_member_words()["remaining"] and noun not in UNNAMED_TITLES:
            return canonical(a.speaker_text, "group")  # "the first lady": an ordinal of no group named is a title's
        return group_speaker(art, at, f"{noun}s") if at >= 0 else canonical(noun, "group")
    if a.how == "anaphor":  # "one of them", "One said": the last group its own sentence, or the nearest before, names
        i = art.sent_at(a.start)
        for k in range(i, max(-1, i - _MEMBER_SENTENCES_BACK - 1), -1):
            found = [m for m in _plural_nouns().finditer(art.masked, art.sents[k].start, min(a.start, art.sents[k].end))
                     if m.group(0).lower() not in informed().nouns or informed().after.match(art.masked, m.end())]
            # ("Russian commanders met the North Korean troops. One of them": a title's group, not a role's.)
            if found := [m for m in found if m.group(0).lower() in _title_plurals()] or found:
                if found[-1].group(0).lower() in informed().nouns:  # "two people familiar with the talks": sources
                    return unnamed_sources().labels["source"]
                if found[-1].group(0).lower() in role_nouns().values() and (
                        member := member_before(art, a.start, i - k, found[-1].end())) is not None:
                    return member  # "Two North Korean soldiers … the prisoners": charted as the group is, captured
                return group_speaker(art, found[-1].start(), found[-1].group(0))
        return None
    noun, own = words[-1], a.start + len(a.speaker_text) - len(words[-1])
    if len(words) == 2 and noun.lower() in group_member_words()["partitive"]:
        return _counted_before(art, noun, a.start)  # "The older of the two": the two named before
    if len(words) > 2:
        return group_speaker(art, own, noun)  # "one of the captured soldiers", "one of the Russian diplomats"
    at = _named_before(art.masked, noun.lower(), a.start)  # "one of the officials": as named before
    at = max(at, _named_before(art.masked, noun.capitalize(), a.start))  # ("Officials of the defence ministry")
    return group_speaker(art, at if at >= 0 else own, noun)


def _described(art, a) -> str | None:
    """Who the member is by the apposition between the group and the verb ("One of the prisoners, a 31-year-old sniper
    from Kaechon, said": the sniper, without where from); None when there is none, or it names an official, who
    speaks for their body as the group's officials do."""
    if a.how != "group" or (m := _DESCRIBED.match(art.masked, a.start + len(a.speaker_text), a.cue_start)) is None:
        return None
    words = _description_words(m.group("desc"))
    return canonical(" ".join(words), "group") if words else None


def _description_words(desc: str) -> list[str]:
    """The words of an apposition that say who someone is, up to where from ("a 31-year-old sniper from Kaechon":
    "31-year-old sniper"); empty when it ends in no common noun, or in an official's title (who speaks for a body)."""
    words = []
    for w in desc.split():
        if w.lower() in _NOT_MODIFIERS:
            break  # "from Kaechon", "in his forties"
        words.append(w)
    if not words or not words[-1].islower() or singular(key(words[-1])) in UNNAMED_TITLES:
        return []
    return words


def _counted_before(art, number: str, pos: int) -> str | None:
    """What "the two" of "the older of the two" speaks for: the last group counted by that number before ``pos``
    ("Two North Korean prisoners were questioned"), by its plural noun; None if none is."""
    # (Not "of the two" itself: a member picked out before, whose count is the group's, not a new group.)
    found = list(re.finditer(rf"\b(?<!of the )(?i:{re.escape(number)})\s+(?:[\w\-]+\s+){{0,3}}?(?P<plural>[a-z][\w\-]*(?:s|men))\b",
                             art.masked[:pos]))
    if not found:
        return None
    m = found[-1]
    return group_speaker(art, m.start("plural"), m.group("plural"))


def _named_before(text: str, noun: str, pos: int) -> int:
    """Where the word ``noun`` is last written in ``text`` before ``pos``; -1 if nowhere."""
    at = text.rfind(noun, 0, pos)
    while at > 0 and (text[at - 1].isalnum() or text[at + len(noun):at + len(noun) + 1].isalnum()):
        at = text.rfind(noun, 0, at)
    return at


def group_speaker(art, at: int, nouns: str) -> str | None:
    """What the group named by ``nouns`` at ``at`` speaks for: its body or state, else who its members are."""
    one = {p: n for n, p in role_nouns().items()}.get(nouns.lower()) or singular(nouns.lower())  # ("heroes")
    official = one in UNNAMED_TITLES
    lo = max(0, at - _GROUP_BEFORE_CHARS, art.sents[art.sent_at(at)].start)
    for m in reversed(art.account.between(lo, at)):  # "Unification ministry officials", "In Seoul, officials"
        if m.entity is not None and m.entity.kind == "body" and not art.masked[m.end:at].strip(" ,"):
            return m.entity.name
    modifiers = _modifiers(art.masked[lo:at])
    # "two South Korean officials", "In Kyiv, officials": the state a word just before names.
    if official and (government := government_of_official(f"{_WORD_CHARS.sub(' ', art.masked[lo:at])} {one}")):
        return government
    after = _AFTER_GROUP.match(art.masked, at + len(nouns))
    if after is not None and after.group(0).strip() == "in" and "diplomat" in getattr(titles().get(one), "roles", ()):
        after = None  # "diplomats in Seoul": where they are posted, not whose they are
    body, end = None, after.end() if after is not None else -1
    for m in art.account.between(end, end + 60) if after is not None else ():
        if art.masked[end:m.start] not in ("", "'s ", "’s "):
            break  # "officials at the presidential office", "officials of South Korea's defence ministry"
        body, end = (m.entity if m.entity is not None and m.entity.kind == "body" else body), m.end
    if body is not None:
        return body.name
    if official and after is not None and (place := _PLACE_WORD.match(art.masked, after.end())) and (
            government := government_of_official(f"{place.group(0)} {one}")):
        return government  # "Officials in Kyiv": the capital's, as "In Kyiv, officials" is
    if one in unnamed_sources().labels and one not in unnamed_sources().placed:
        return unnamed_sources().labels[one]
    if official:
        return None  # an official of no body or state the article names
    return canonical(f"{modifiers} {one}".strip(), "group")


def one_of_group_before(art, a) -> str | None:
    """ "South Korean defence officials credit …. “…,” one official said": "one <noun>" is a member of the group its
    sentence or the one before names by that noun in the plural, and speaks for what the group speaks for; None when
    neither names one; "the <official>" so too, of a group its paragraph or the one before names, when no one was
    introduced by that noun alone."""
    words = a.speaker_text.split()
    if a.how != "group" or len(words) != 2 or words[0].lower() not in ("one", "the") or not words[1].isalpha():
        return None
    noun = words[1].lower()
    if words[0].lower() == "the" and noun not in UNNAMED_TITLES:
        return None
    plural = noun[:-3] + "men" if noun.endswith("man") else noun + "s"
    here = art.sent_at(a.start)
    if words[0].lower() == "the":
        # "Two senior Ukrainian officials told NBC …. “…,” the official said": one of them, met again; the group may
        # be named in the paragraph before.
        down_to = next(k for k in range(here + 1) if art.sents[k].paragraph >= art.sents[here].paragraph - 1)
        lo = art.sents[down_to].start
    else:
        lo = art.sents[max(0, here - 1)].start
    at = max(_named_before(art.masked, plural, a.start), _named_before(art.masked, plural.capitalize(), a.start))
    return group_speaker(art, at, plural) if at >= lo else None


def _another_words(text: str) -> list[str] | None:
    """The words of "another official", "a second official" from the word that picks a new member; None if none does."""
    words = text.split()
    if len(words) > 2 and words[0].lower() in ("a", "an"):
        words = words[1:]  # "a second official"
    return words if len(words) > 1 and words[0].lower() in group_member_words()["another"] else None


def _another(art, a, words: list[str]) -> str | None:
    one = singular(key(words[-1]))
    if one not in UNNAMED_TITLES:
        return canonical(" ".join(words[1:]), "group")  # "another soldier": who they are
    if (i := art.sent_at(a.start)) and (x := _official_after_quote(art, art.sents[i - 1])) is not None:
        return art.resolve(x, i - 1).speaker  # "“…,” said a senior U.S. official. Another official said"
    for x in art.subjects_before(a.start, art.sent_at(a.start)):  # whose unnamed official the sentences before quoted last
        e = art.account.entity(x.speaker)  # "a spokeswoman for the unification ministry said": the ministry's voice
        if any(singular(w) in UNNAMED_TITLES for w in key(x.speaker_text or "").split()[1:]) or (
                e is not None and e.kind == "body" and not e.roles.isdisjoint(VOICES_OF_BODIES)):
            return x.speaker
    return None


def _official_after_quote(art, s):
    """The last unnamed official sentence ``s`` names after one of its quotes ("“…,” said a senior U.S. official"),
    who the subjects of sentences do not include; None if none."""
    for q in reversed(art.marked):
        if s.start < q.close_at < s.end and (x := art.scan.inverted_attribution(q.close_at, s.end)) is not None and (
                x.how == "group" and any(singular(w) in UNNAMED_TITLES for w in key(x.speaker_text).split()[1:])):
            return x
    return None


def _modifiers(before: str) -> str:
    """The words right before a group's noun that say who they are ("South Korean" of "two South Korean officials")."""
    kept: list[str] = []
    for w in reversed(before.split()):
        # ("the Intelligence Service told lawmakers": a verb of saying ends who they are; its subject is not; nor is
        # any function word: "what appear to be North Korean soldiers" are North Korean.)
        if (w.lower() in _NOT_MODIFIERS or w.lower() in cue_words().verbs or not w.replace("-", "").isalpha()
                or function_word_in(w)):
            break
        kept.append(w)
    return " ".join(reversed(kept[:3]))


@functools.cache
def _title_plurals() -> frozenset[str]:
    """The plurals of titles of people unnamed: officials, diplomats, commanders."""
    return frozenset(plural(n) for n in {*UNNAMED_TITLES, *unnamed_sources().labels, *(t for t in titles() if t.isalpha())})


@functools.cache
def _plural_nouns() -> re.Pattern:
    """The plurals of the nouns that name people unnamed: officials, diplomats, defectors, and the roles of
    ``data/charted_roles.csv`` ("one of them" after "the Korean fighters" is a soldier)."""
    return re.compile(rf"\b(?i:{alternation(_title_plurals() | {*role_nouns().values()} | informed().nouns)})\b")


def _talked_about(art, m, person: str | None, here: int) -> bool:
    """Whether ``person``, named by mention ``m`` in a sentence before ``here``, is only talked about in it: the sentence
    attributes its words to others ("Kim had “personally entrusted” the mission to them, the officers said")."""
    j = art.sent_at(m.start)
    # (A speaker of the sentence is more than talked about: "“…,” the Russian president said when a journalist asked
    # him"; and a medium that reports someone, "KCNA said", leaves them speaking.)
    if j >= here:
        return False
    # (Read through the account alone: resolving the sentence's speakers may come back to this pronoun.)
    said = [art.entity_of(x.start, x.start + len(x.speaker_text)) for x in art.attributions_of(j) if x.speaker_text]
    return any(e is None or e.name != person and e.kind != "medium" for e in said) and not any(
        e is not None and e.name == person for e in said)


def plural_people(speaker: str | None) -> bool:
    """Whether a speaker is people in the plural ("officers", "North Korean soldiers"), whom "he" or "she" never
    stands for; "one of the captured soldiers" is read as one ("captured soldier") before it is asked."""
    return bool(speaker) and _PLURAL_PEOPLE.fullmatch(speaker) is not None


def unnamed_since(art, a, entity) -> str | None:
    """Who a pronoun ``a`` is when the sentence before, or its own, brings in someone unnamed as a subject ("a",
    "an") after the person the account reads it as (``entity``, or None) was last named; None if no one is."""
    if a.how != "anaphor" or (gender := pronouns().get(a.speaker_text.lower(), "n")) == "n" or (
            entity is not None and entity.kind != "person"):
        return None
    person = entity.name if entity is not None else None
    i = _quote_opening(art, a.start)
    for k in range(i, _reach(art, i, _SENTENCES_BACK) - 1, -1):
        s = art.sents[k]
        # ("One of them, a rifleman, told ITV …. “…,” he said": one picked out of a group is someone unnamed too.)
        found = [x for x in art.attributions_of(k) if x.start < a.start and (
            x.how == "group" and _INDEFINITE.match(x.speaker_text) or x.how == "owned" and _owned_office(x.speaker_text)
            or x.how == "anaphor" and anaphor_refers(x.speaker_text) == "member"
            or x.how in _BODY_NAMINGS and holder_before(art.masked, x.start) is not None)]  # "A representative of HUR told"
        for q in art.marked:  # "“…,” said a sergeant in the unit"
            if s.start < q.close_at < min(s.end, a.start) and _SAID_INDEFINITE.match(art.masked, q.close_at):
                if (x := art.scan.inverted_attribution(q.close_at, s.end)) is not None and x.how == "group":
                    found.append(x)
        for x in sorted(found, key=_START, reverse=True):
            title = titles().get(key(x.speaker_text.rsplit(None, 1)[-1])) or (
                holder_before(art.masked, x.start) if x.how in _BODY_NAMINGS else None)
            if title is not None and title.gender not in ("", gender):
                continue
            speaker = art.resolve(x, k).speaker
            if plural_people(speaker):
                continue  # "…, the officers said, according to the soldier. “…,” he said": not one of them
            # Someone unnamed is a person, or an official who speaks for their body ("a senior South Korean
            # official said …. “…,” he said": the South Korean government), never a body by itself.
            unnamed = speaker and ((speaker_kind(speaker) == "person" and art.account.entity(speaker) is None) or title is not None)
            # (The pronoun that opens what they said is themselves, however the account reads it: "One of the
            # prisoners said he wanted to stay. “…,” he said.")
            # (Named since, or met by a pronoun in the sentence that brings them in, "when a journalist asked him";
            # a pronoun after that sentence is what is in question, not a naming: "the soldier said. When asked
            # whether he missed home, he smiled".)
            if unnamed and not any(m.entity is not None and m.entity.name == person and (
                    m.how != "pronoun" or art.sent_at(m.start) == k) and not _own_clause(art, x, m, a)
                                   and not _talked_about(art, m, person, i) for m in art.account.between(x.start, a.start)):
                return speaker
        if (asked := asked_person(art.masked, s.start, min(s.end, a.start), gender)) is not None and not any(
                m.entity is not None and (m.start == asked.start or m.entity.name == person and m.how != "pronoun")
                for m in art.account.between(asked.start, a.start)):
            return canonical(asked.words, "group")  # "When I asked one of their officers …, he answered"
        if k < i - 1:
            continue  # someone unnamed opening a sentence is "he" in the next one only
        described = _described_subject(art, s.start, a.start, gender) or _person_subject(art, s.start, a.start, gender)
        if described is not None and not any(
                m.entity is not None and m.entity.name == person for m in art.account.between(s.start, a.start)):
            return described  # "Her neighbour, a retired tractor driver, was more blunt. “…,” he said."
    return _brought_in_since(art, a, i, gender) if person is not None else None


def _quote_opening(art, pos: int) -> int:
    """The sentence the quote right before a pronoun at ``pos`` opens in ("A Russian officer told us …. “They went
    forward. … They held out for three days,” he said": its first sentence), else the pronoun's own: the sentences of
    what is quoted bring no one in, and count for nothing in how far back someone was."""
    i = art.sent_at(pos)
    q = next((q for q in reversed(art.marked) if q.close_at <= pos), None)
    return min(i, art.sent_at(q.open_at)) if q is not None and not art.masked[q.close_at:pos].strip() else i


def _reach(art, i: int, back: int) -> int:
    """The sentence ``back`` sentences before sentence ``i``, not counting those that open inside a quote (what is
    quoted brings no one in: "the older man said …. “I thought it was an exercise. Nobody said the word war,” he
    said. Asked what he wanted, he answered" reaches the older man)."""
    k, counted = i, 0
    while k > 0 and counted < back:
        k -= 1
        start = art.sents[k].start
        counted += not any(q.open_at < start < q.close_at for q in art.marked)
    return k


def _brought_in_since(art, a, i: int, gender: str) -> str | None:
    """Who a pronoun ``a`` in sentence ``i`` is when a sentence at most :data:`_SENTENCES_BACK` before it brings in
    someone unnamed by a noun for a person ("I spoke with a young gunner", "the foreman of the night shift, who …,
    said") and no person is named from there to the pronoun: that person, not a leader named earlier in passing."""
    pattern, genders = _person_nouns_anywhere()
    k, back = i, _SENTENCES_BACK
    for k in range(i, max(-1, i - _CHAIN_SENTENCES_BACK - 1), -1):
        lo = art.sents[k].start
        if any(m.entity is not None and m.entity.kind == "person" and m.how != "pronoun"
               for m in art.account.between(lo, a.start)):
            return None  # a person named since: the account's reading stands
        if k < i - back:
            return None
        if k < i and _same_pronoun_in(art, k, a.speaker_text):
            back += 1  # "I asked him why. He answered …. Then he added": the same pronoun carries the person on
        hi = min(art.sents[k].end, a.start)
        # (Not "He said … no house can replace a son": after the pronoun in its own sentence, a noun is what the
        # person already followed speaks of.)
        own = next((m.start for m in art.account.between(lo, hi) if m.how == "pronoun"
                    and pronouns().get(key(m.surface)) == gender), hi)
        # ("the veteran of Russian diplomacy declared" may be the minister named before: "the" brings someone in only
        # with a clause or apposition that says who: "the foreman of the road brigade, who has worked there".)
        found = [m for m in pattern.finditer(art.masked, lo, own)
                 if genders[m.group("noun").lower()] in ("", gender) and not _held_rank(art, m)
                 and (not m.group(0).lower().startswith("the") or _DESCRIBED_AFTER.match(art.masked, m.end()))]
        if found:
            # ("with a Korean captain, a short quiet man": an apposition describes the one brought in before it.)
            first = _APPOSED_TO.search(art.masked, max(lo, found[-1].start() - 60), found[-1].start())
            if first is not None and first.group("who").rsplit(None, 1)[-1].lower() not in genders:
                first = None  # "On the site, the foreman": a place before the comma, no one it describes
            return canonical((first or found[-1]).group("who"), "group")
    return None


# What says who someone brought in by "the" is: "…, who …", "…, a …", after what they are of or where they are from.
_DESCRIBED_AFTER = re.compile(r"(?:\s+(?:of|from|at|in)\s+(?:the\s+)?[\w\- ]{1,40}?)?,\s+(?:who|whose|an?)\s")
_CHAIN_SENTENCES_BACK = 5  # how far a chain of the same pronoun carries someone unnamed


def _same_pronoun_in(art, k: int, pronoun: str) -> bool:
    """Whether sentence ``k`` has a personal pronoun of the gender of ``pronoun`` ("he" for "him", "his", "He")."""
    return any(m.how == "pronoun" and pronouns().get(key(m.surface)) == pronouns().get(key(pronoun))
               for m in art.account.between(art.sents[k].start, art.sents[k].end))


# The noun phrase an apposition right after it describes: "a Korean captain, ".
_APPOSED_TO = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<who>(?:{LATIN_LETTER}[\w\-]*\s+){{0,2}}[a-z][\w\-]*),\s+\Z")


def _held_rank(art, m: re.Match) -> bool:
    """Whether the military rank matched by ``m`` ("the colonel") stands for a holder the article named before."""
    title = titles().get(m.group("noun").lower())
    return title is not None and art.account.holder(title.role, m.start()) is not None


@functools.cache
def _person_nouns_anywhere() -> tuple[re.Pattern, dict[str, str]]:
    """ "a young gunner", "the foreman of the night shift", "a Korean captain": a determiner, up to two words, and a
    noun of ``data/person_nouns.csv`` or a military rank of ``data/titles.csv`` (role officer or commander) in the
    singular (no word character after it); and each noun's gender."""
    t = load_table("person_nouns.csv")
    genders = dict(zip(t.noun, t.gender))
    genders.update({w: info.gender for w, info in titles().items()
                    if w.isalpha() and info.role in ("officer", "commander") and w not in genders})
    return (re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<who>(?:{LATIN_LETTER}[\w\-]*\s+){{0,2}}(?P<noun>{alternation(genders)}))(?![\w\-’'])"),
            genders)


# "Her neighbour, a retired tractor driver, ": a sentence opening with someone unnamed whom an apposition describes.
_OPENING_DESCRIBED = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*"
                                r",\s+an?\s+(?P<desc>[^,#“”\"]{2,60}?),\s")


def _described_subject(art, lo: int, hi: int, gender: str) -> str | None:
    """Who the apposition describes when the sentence at ``lo`` opens with someone unnamed and an apposition ("His
    commander, a lieutenant colonel, agreed"), without where from; None if it does not, or names an official."""
    if (m := _OPENING_DESCRIBED.match(art.masked, lo, hi)) is None or not (words := _description_words(m.group("desc"))):
        return None
    title = titles().get(key(words[-1]))
    return canonical(" ".join(words), "group") if title is None or title.gender in ("", gender) else None


@functools.cache
def _person_nouns() -> tuple[re.Pattern, dict[str, str]]:
    """ "The younger man wants": a sentence opening with a noun of ``data/person_nouns.csv`` (up to two words before it),
    then a word in lower case; and each noun's gender."""
    t = load_table("person_nouns.csv")
    return (re.compile(rf"(?:[Tt]he|[Aa]n?)\s+(?P<who>(?:[a-z][\w\-]*\s+){{0,2}}(?P<noun>{alternation(t.noun)}))"
                       rf"(?:,\s*(?P<apposed>[^,#“”\"]{{1,59}}),)?\s+[a-z]"), dict(zip(t.noun, t.gender)))


def _person_subject(art, lo: int, hi: int, gender: str) -> str | None:
    """Who opens the sentence at ``lo`` as its subject, unnamed, by a noun for a person that fits ``gender`` ("The
    younger man wants to stay in Ukraine"), or by the one name an apposition gives them ("The taller soldier, Pak, a
    machine-gunner, said": Pak); None if no such noun does."""
    pattern, genders = _person_nouns()
    if (m := pattern.match(art.masked, lo, hi)) is None or genders[m.group("noun")] not in ("", gender):
        return None
    if m.group("apposed") and _ONE_NAME.fullmatch(m.group("apposed")):
        return m.group("apposed")  # "The taller soldier, Pak, a machine-gunner, said": known by that name alone
    return canonical(m.group("who"), "group")


_CLAUSE_OPENING = re.compile(r"\s+(?:that\s+)?\Z")
_ONE_NAME = re.compile(rf"{UPPER}{LOWER}+")  # a name alone in an apposition ("Pak"), never a phrase or a place ("Omsk-born")


def _own_clause(art, x, m, a) -> bool:
    """Whether mention ``m`` is pronoun ``a`` again, opening the clause of ``x``'s verb of saying ("said he", "said that
    he"; not "asked him")."""
    return (m.how == "pronoun" and m.surface.lower() == a.speaker_text.lower()
            and _CLAUSE_OPENING.match(art.masked, x.end, m.start) is not None)


def _owned_office(speaker_text: str) -> bool:
    """Whether an owned subject names an office of its owner ("Japan's Chief Cabinet Secretary", "Russia's deputy
    foreign minister"): brought in unnamed, as "a senior official" is."""
    title = titles().get(key(speaker_text.rsplit(None, 1)[-1]))
    return title is not None and title.cls == "official"


def introduced_speaker(art, a, named: str) -> str | None:
    """Who "the official" ``a`` is, introduced before as ``named`` ("a second official" less its article): the speaker
    the introducing phrase was read as where it said something, else the government such an official speaks for,
    else the phrase."""
    said = next((x.speaker for x in art.subjects_before(a.start, art.sent_at(a.start))
                 if key(x.speaker_text or "").endswith(f" {key(named)}")), None)
    return said or government_of_official(named) or named
