"""Asides between a claimant and its verb: "Shoigu, the council's secretary, said", "Budanov, 40, said".

An aside opens with a comma and closes with one just before the verb; its
first words (``data/claimant_cues.csv``, role ``aside``), a title, a role
after a name or an age tell it from a list.  Read by
:mod:`~dossier.extractors.claims.claimant_phrases` and the claimant extractors.
"""

from __future__ import annotations

import functools
import re

from .claimant_names import kind, normalise
from ..mentions.claimant_vocab import claimant_cues
from ...text.numbers import cues
from ...text.words import UPPER

ARTICLES = frozenset({"a", "an", "the"})

ASIDE_CHARS = 160  # an aside between a subject and its verb is a phrase, not a paragraph

_AGE = re.compile(r"\d{1,3}")
_NAME_WORD = re.compile(rf"{UPPER}[\w'’.\-]*$")


def age_after_name(sentence: str, opened: int, aside: str) -> bool:
    """Whether ``aside``, set off by the comma at ``opened``, is the age of the one named before it ("Budanov, 40,")."""
    return _AGE.fullmatch(aside) is not None and _NAME_WORD.search(sentence, 0, opened) is not None


@functools.cache
def _aside_openers() -> tuple[str, ...]:
    return tuple(f"{w} " for w in claimant_cues("aside"))


def before_aside(sentence: str, end: int) -> int:
    """Where a subject ends when asides part it from its verb ("Shoigu, the council's secretary, said").

    ``end`` itself when the text before it closes no aside: an aside opens
    with a comma, closes with one just before the verb, and starts with a
    title, a named owner ("Seoul's") or a word of role ``aside`` in
    ``claimant_cues.csv`` (an article, a relative pronoun, a relay word).
    Asides may stack, each read the same way: "Vadym Skibitskyi, deputy head
    of the agency, known as HUR, told" is Skibitskyi's.
    """
    cut = _one_aside(sentence, end)
    for _ in range(_STACKED):
        # An aside's opening comma may close the aside before it, when what the earlier aside follows is a name
        # alone: not "Speaking in Singapore, the official, who ..., said", whose subject is the official.
        if cut == end or (earlier := _one_aside(sentence, cut + 1)) == cut + 1 or not _named_subject(sentence, earlier):
            break
        if _CLAUSE_MARKS.search(sentence, earlier, cut):
            break  # "Still, the pattern is what HUR described: Budanov, its head, said": no aside holds a clause
        end, cut = cut, earlier
    return cut


def before_relative_aside(sentence: str, end: int) -> int:
    """As :func:`before_aside`, when ``end`` may be the comma that opens a relative clause ("Sergei Shoigu, the
    council's secretary, who told reporters ..."): that comma closes an aside as one before the verb does, and the
    clause hangs on the name the aside describes."""
    if sentence[end : end + 1] != ",":
        return before_aside(sentence, end)
    cut = before_aside(sentence, end + 1)
    if cut < end and _describes_name(sentence, cut, end) and not _body_of_office(sentence, cut, end):
        return cut
    return before_aside(sentence, end)


def _body_of_office(sentence: str, opened: int, close: int) -> bool:
    """Whether the relative clause after ``close`` hangs on the body in a person's office, not on the person: "which"
    after an office ("Andriy Yusov, spokesman for the HUR, which said") refers to what the office is of, the HUR."""
    if _RELATIVE_WORD.match(sentence, close + 1) is None:
        return False
    aside = sentence[opened + 1 : close].strip().lower()
    words = aside.split()
    office = words[1:2] if words[:1] and words[0] in ARTICLES else words[:1]
    return bool(office) and office[0] in claimant_cues("title") or _role_after_name(sentence, opened, aside)


_RELATIVE_WORD = re.compile(r"\s*which\b")  # a thing's relative pronoun: "who" would be the person's


def _describes_name(sentence: str, opened: int, close: int) -> bool:
    """Whether the aside between the commas at ``opened`` and ``close`` says who the one named before it is ("Sergei
    Shoigu, secretary of Russia's Security Council,", "the NIS, Seoul's spy agency,"), not how its clause is told
    ("..., according to Kyiv and Seoul,") or what came before a list ("As usual, the reports of the General Staff")."""
    if _NAME_WORD.search(sentence, 0, opened) is None:
        return False
    aside = sentence[opened + 1 : close].strip()
    first = aside.split(" ", 1)[0].lower()
    return (first in ARTICLES or first in claimant_cues("title") or _role_after_name(sentence, opened, aside.lower())
            or _OWNER.match(sentence, opened + 1, close + 1) is not None)


_STACKED = 2  # asides that may follow the first: a name, its role, what it is known as
_CLAUSE_MARKS = re.compile(r"[:;(\"“”—–]|\s-\s")  # what may open the clause a subject starts
_NAMED = re.compile(rf"(?:{UPPER}[\w'’.\-]*|of|the|for|and)(?:\s+(?:{UPPER}[\w'’.\-]*|of|the|for|and))*")


def _named_subject(sentence: str, end: int) -> bool:
    """Whether the words of ``sentence`` ending at ``end``, from the sentence's or clause's start, are a name alone
    ("Maj. Gen. Vadym Skibitskyi", "The National Intelligence Service")."""
    head = _CLAUSE_MARKS.split(sentence[:end])[-1].strip()
    return head[:1].isupper() and _NAMED.fullmatch(head) is not None


def _one_aside(sentence: str, end: int) -> int:
    """Where the subject ends before the one aside that closes at ``end``; ``end`` when none does."""
    close = end
    while close > 0 and sentence[close - 1].isspace():
        close -= 1
    if close == 0 or sentence[close - 1] != ",":
        return end
    opened = sentence.rfind(",", max(0, close - ASIDE_CHARS), close - 1)
    if opened <= 0:
        return end
    aside = sentence[opened + 1 : close - 1].lstrip().lower()
    titles = claimant_cues("title")
    if aside.split(" ", 1)[0] in ARTICLES:
        # "the team, launched by 11 countries including South Korea, the United States and Japan, said": an
        # article may open the last item of a list that an earlier aside holds, which then opens the aside.
        listed = _listing_aside(sentence, opened, close, end)
        return listed if listed != end else opened
    first = aside.split(" ", 1)[0]
    if first in titles and titled_name(sentence[opened + 1 : close - 1].split()):
        return end  # "The agency's deputy chief, Maj. Gen. Vadym Skibitskyi, said": the name of whom the words describe
    if (f"{aside} ".startswith(_aside_openers()) or first in titles or _role_after_name(sentence, opened, aside)
            or _PARTICIPLE.fullmatch(first)  # "The NIS, briefing lawmakers on Tuesday, said"
            or age_after_name(sentence, opened, aside)  # "Budanov, 40, said"
            or (_OWNER.match(sentence, opened + 1, close) and " and " not in aside)  # "The NIS, Seoul's spy agency, said"
            or _abbreviation_of(sentence, opened, sentence[opened + 1 : close - 1].strip())):
        return opened
    return _listing_aside(sentence, opened, close, end)


def titled_name(words: list[str]) -> list[str] | None:
    """The words of a person's name after the ranks or titles that may open ``words`` ("Maj. Gen. Vadym
    Skibitskyi"): two to four capitalised words, none a title; None when the words are no such name."""
    titles = claimant_cues("title")
    name = words[next((i for i, w in enumerate(words) if w.lower() not in titles), len(words)):]
    return name if 2 <= len(name) <= 4 and all(w[:1].isupper() and w.lower() not in titles and w[-1:] != "," for w in name) else None


def _listing_aside(sentence: str, opened: int, close: int, end: int) -> int:
    """Where an aside holding a list opens ("The team, formed by South Korea, the U.S., Japan and eight other
    countries, said"): an earlier comma whose words start with an aside's opener other than an article; else ``end``."""
    for _ in range(_LIST_COMMAS):
        opened = sentence.rfind(",", max(0, close - ASIDE_CHARS), opened)
        if opened <= 0:
            return end
        aside = sentence[opened + 1 : close - 1].lstrip().lower()
        first = aside.split(" ", 1)[0]
        if first not in ARTICLES and f"{aside} ".startswith(_aside_openers()):
            return opened
        if first in ARTICLES and _opens_members(aside.split(",", 1)[0]):
            return opened  # "the team, an 11-nation group that includes Japan, Canada and Poland, said"
    return end


def _opens_members(words: str) -> bool:
    """Whether a description's words end in those that open the list of its members ("a group that includes")."""
    return any(f" {w} " in f" {words} " for w in claimant_cues("member_list"))


# A named owner opening an aside ("South Korea's main spy agency") describes the one before it; "and" would make a list.
_OWNER = re.compile(rf"\s*(?:{UPPER}[\w.\-]*\s+){{0,2}}{UPPER}[\w.\-]*['’]s?\s")
_PARTICIPLE = re.compile(r"(?!including|excluding)[a-z]{2,}ing")  # what the subject was doing; not a list's "including"
_LIST_COMMAS = 12  # earlier commas looked at: a list of members may name a dozen states, within ASIDE_CHARS


# "The Joint Investigation Group, or JIG, said", "the Defence Intelligence Directorate, or the HUR,": a body's initials
# or short name in apposition; "or" says so, else the initials must be those of the name before ("the Korea
# Institute, KINU,").
_ABBREVIATION = re.compile(
    r"(?P<or>or\s+)?(?:the\s+)?(?P<initials>[A-Z][A-Za-z&]{0,2}[A-Z][A-Z&]{0,7})"
    rf"|or\s+(?:the\s+)?(?P<short>{UPPER}[\w&\-]*(?:\s+{UPPER}[\w&\-]*){{0,2}})"  # "..., or Coordination HQ,"
)
_DESCRIBED = re.compile(r"[,;:(]")  # what opens the words a description is read from
_NAME_WORDS = re.compile(rf"(?:{UPPER}[\w'’\-]*\s+(?:(?:of|for|on|and|the)\s+)*)+(?:[a-z]+\s+)?$")  # "... Research group"


def _abbreviation_of(sentence: str, opened: int, aside: str) -> bool:
    """Whether ``aside`` is the initials of the name that ends at ``opened`` (before its comma)."""
    m = _ABBREVIATION.fullmatch(aside)
    if m is None:
        return False
    before = sentence[max(0, opened - ASIDE_CHARS) : opened]
    name = _NAME_WORDS.search(before + " ")
    if name is None:
        # "Britain's defence intelligence service, DI, said": initials after a body described in lower case,
        # which name it whatever language they abbreviate.
        return m.group("initials") is not None and (
            normalise(m.group("initials")) is not None or normalise(_DESCRIBED.split(before)[-1]) is not None)
    if m.group("or") or m.group("short"):
        return True
    initials = "".join(w[0] for w in name.group(0).split() if w[0].isupper())
    # "The defence intelligence agency of Ukraine, GUR,": initials of another language, which name a body.
    return m.group("initials").upper() in (initials.upper(), initials[1:].upper()) or normalise(m.group("initials")) is not None


_ROLE_END = re.compile(r"((?:[a-z\-]+ ){0,3})([a-z]+)(?: (?:at|of|for|with|in|from) [^,]{1,80})?")
_NAME_BEFORE = re.compile(rf"(?:^|[\s(\"“]){UPPER}[\w'’.\-]*(?: {UPPER}[\w'’.\-]*){{1,3}}$")


def _role_after_name(sentence: str, opened: int, aside: str) -> bool:
    """Whether ``aside`` is the role, with no article, of the one named before it ("Jack Watling, senior research
    fellow at RUSI,"): lower-case words ending in a title or a job's noun (role ``role_noun``), perhaps where held."""
    m = _ROLE_END.fullmatch(aside)
    if m is None or not (m.group(2) in claimant_cues("title") or m.group(2) in cues("role_noun")):
        return False
    return _NAME_BEFORE.search(sentence, max(0, opened - 60), opened) is not None


def apposed_claimant(sentence: str, end: int, verb: int, who: str) -> str | None:
    """The claimant of the subject ``who`` that ends at ``end``, before an aside that closes at ``verb``.

    A body's name or initials set off after it name the body more exactly than a description that reads only as a
    state's government or refers back ("South Korea's main spy agency, NIS, said", "The spy agency, the NIS, said":
    the NIS); otherwise the subject's own name.
    """
    canon = normalise(who) if who else None
    if sentence[end : end + 1] != "," or (canon is not None and kind(canon) != "government"):
        return canon
    aside = sentence[end + 1 : verb].strip(" ,")
    if (m := _ABBREVIATION.fullmatch(aside)) is not None and m.group("initials") is not None:
        aside = m.group("initials")
    elif not (aside[:1].isupper() or aside[:4] == "the "):
        return canon  # "The agency, citing the NIS, said": an aside of what it did, not of who it is
    named = normalise(aside)
    return named if named is not None and kind(named) != "government" else canon
