"""Whether a claimant's words name someone, and whom when the article does not say.

An unnamed official ("the head of the spy agency", "a U.S. official"), someone
quoted without a name ("a senior researcher at a state institute"), people
by a noun ("according to witnesses"), or evidence that names no one ("citing
recent movements near the port"); and who a description ("the spy agency")
stands for in an article that never names one, by the state it is written
from (``data/claimant_descriptions.csv``, column ``home``).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from ...text.words import LATIN_LETTER, UPPER, alternation
from .claim_documents import document_at, document_words
from .claimant_located import BODY_KINDS, located_subject
from .claimant_media import medium_subject
from .claimant_owners import owner_subject, possessed
from .claimant_times import strip_times
from .claimant_names import alias_words, cleaned, kind, normalise
from .claim_attribution import Attribution
from .claimant_phrases import ARTICLES, POSSESSIVE_PRONOUNS, account_roles, before_document, descriptions
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import UNNAMED_TITLES, home_bodies, nationalities, state_named, unnamed_sources
from ...text.plain_text import holds_any
from ...text.numbers import cues, quantity_pattern
from ...vocab import load_list, load_table


_DETERMINERS = ARTICLES | {"one"}


def describes_official(text: str) -> bool:
    """Whether words describe one official without naming them: a determiner, then a title within a few words
    ("the head of the spy agency", "a senior U.S. official", "the agency's chief")."""
    words = text.lower().replace("’", "'").split()
    if len(words) < 2 or words[0] not in _DETERMINERS:
        return False
    titles = _official_titles()
    return any(w.removesuffix("'s") in titles for w in words[1:5])


@functools.cache
def _official_titles() -> frozenset[str]:
    return frozenset(claimant_cues("title")) | frozenset(UNNAMED_TITLES)


@functools.cache
def _people_nouns() -> frozenset[str]:
    # Roles of titles.csv, and nouns for people: unnamed, but someone ("according to experts", "witnesses").
    return _official_titles() | account_roles() | frozenset(claimant_cues("people"))


class Unnamed(NamedTuple):
    """Someone quoted without a name, and the label the article's account gives them."""

    start: int
    end: int
    label: str  # "unnamed analyst", "anonymous defector in Seoul"


def unnamed_person(sentence: str, start: int) -> Unnamed | None:
    """Someone quoted without a name whose words open at ``start`` ("a senior researcher at a state institute",
    "a defector who fled in 2019"): the label of ``data/unnamed_sources.csv``, with the place they are in.

    Only for a noun no claimant's alias holds: "a source familiar with the talks" is an unattributed report.
    """
    nouns = _unnamed_nouns()
    if not holds_any(sentence[start : start + 40], nouns):  # the noun follows a determiner: in lower case
        return None
    sources = unnamed_sources()
    m = sources.first.match(sentence, start)
    if m is None or m.group("noun") not in nouns or (m.group("noun") in sources.placed and not m.group("place")):
        return None
    label = sources.labels[m.group("noun")]
    return Unnamed(m.start(), m.end(), f"{label} in {m.group('place')}" if m.group("place") else label)


_SUBJECT_CHARS = 160  # a subject with where they work is a phrase, not a paragraph
_AFFILIATION = re.compile(r"\s+(?:at|of|in|from|with|for|inside|based|who)\b")


def next_word(sentence: str, at: int) -> int:
    """Where the first word at or after ``at`` starts."""
    while at < len(sentence) and sentence[at].isspace():
        at += 1
    return at


def unnamed_subject(sentence: str, end: int) -> Unnamed | None:
    """Someone quoted without a name as the subject ending at ``end``: the clause opens with them, and what follows
    the noun is where they work or are ("A senior researcher at a state institute in Seoul"), not a name; or people
    named only by the body they are in ("officials at the regional government"), a medium by where it is from or
    a body by a state's possessive ("The country's defence ministry"), labelled as written."""
    if (located := located_subject(sentence, end)) is not None:
        return Unnamed(located.start, end, located.claimant)  # "Later, officials at the regional government said"
    if (opened := medium_subject(sentence, end)) is not None or (opened := owner_subject(sentence, end)) is not None:
        return Unnamed(opened, end, sentence[opened:end].rstrip())  # "A Japanese broadcaster reported"
    if not holds_any(sentence[max(0, end - _SUBJECT_CHARS) : end], _unnamed_nouns()):
        return None  # most subjects are no one unnamed
    comma = max(sentence.rfind(", ", 0, end), sentence.rfind("; ", 0, end))
    unnamed = unnamed_person(sentence, next_word(sentence, comma + 2) if comma >= 0 else 0)
    if unnamed is None or unnamed.end > end or _at_known_body(sentence, unnamed.end, end):
        return None  # "A researcher at the Korea Institute for National Unification said": the institute speaks
    return unnamed if unnamed.end == end or _AFFILIATION.match(sentence, unnamed.end, end) else None


_AT_NAMED_BODY = re.compile(rf"\s+(?:at|with)\s+((?:the\s+)?{UPPER}[^,;:()]*)")  # a body by its name, not "at a state institute"


def _at_known_body(sentence: str, at: int, end: int) -> bool:
    """Whether the words from ``at`` to ``end`` place someone at a body the vocabularies know by its name."""
    m = _AT_NAMED_BODY.match(sentence, at, end)
    return m is not None and kind(normalise(m.group(1))) in BODY_KINDS


@functools.cache
def _unnamed_nouns() -> frozenset[str]:
    return frozenset(n for n in unnamed_sources().labels if n not in alias_words())


# Someone unnamed opening a clause, perhaps after the name of their body ("A RUSI analyst") or placed at the one
# named before ("One researcher there").
_UNNAMED_SHORT = re.compile(r"(?:(?<=^)|(?<=, )|(?<=and ))(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
                            rf"(?:(?P<body>{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,3}})\s+|(?:[a-z][a-z\-]*\s+){{0,2}}?)"
                            r"(?P<noun>[a-z]+)(?P<there>\s+there)?\s*$")


def unnamed_short(sentence: str, end: int) -> tuple[int, str] | None:
    """Someone unnamed of ``data/unnamed_sources.csv`` as the subject ending at ``end``, without a place or an
    affiliation after the noun: where the words start, and who they credit. "A RUSI analyst" speaks for the body
    named before the noun; "One researcher there" is labelled as unnamed, for the body named before to be found."""
    last = sentence[max(0, end - _UNNAMED_CHARS) : end].rsplit(None, 2)
    there = len(last) > 1 and last[-1] == "there"
    if not last or ((noun := last[-2] if there else last[-1]) not in _unnamed_nouns() and not (there and noun in _people_nouns())):
        return None  # most subjects end in no such noun; "An official there": someone of the body named before
    m = _UNNAMED_SHORT.search(sentence, max(0, end - _UNNAMED_CHARS), end)
    sources = unnamed_sources()
    if m is None or m.group("noun") in sources.placed or (m.group("noun") not in _unnamed_nouns() and not m.group("there")):
        return None
    if (body := m.group("body")) is not None and (canon := normalise(body)) is not None and kind(canon) in BODY_KINDS:
        return m.start(), canon
    return m.start(), sources.labels.get(m.group("noun"), m.group("noun"))  # "A Ukrainian researcher": no body named


def body_inside(clean: str) -> str | None:
    """The body someone unnamed is in, when the words after their place word name one rather than a place: "a
    source in Ukraine's military intelligence" speaks for the agency, "a source in Seoul" for no one named."""
    words = clean.split()
    places = claimant_cues("place")
    at = next((i for i, w in enumerate(words[1:], 1) if w in places), None)
    body = normalise(" ".join(words[at + 1:])) if at is not None else None
    return body if body is not None and kind(body) in BODY_KINDS else None


def home_body_inside(clean: str, state: str, member: bool = False) -> str | None:
    """The body someone unnamed is in, when the words after their place word name it without its state: "a source
    in the General Staff", in an article written from Kyiv, speaks for Ukraine's (``data/home_bodies.csv``); with
    ``member``, also after "of": "a senior officer of the Defence Intelligence"."""
    words = clean.split()
    places = claimant_cues("place")
    at = next((i for i, w in enumerate(words[1:], 1) if w in places or member and w == "of"), None)
    body = home_bodies().get(" ".join(words[at + 1:]), {}).get(state) if at is not None else None
    return (normalise(body.name) or body.name) if body is not None else None


def names_no_one(who: str) -> bool:
    """Whether a cue's object is evidence rather than a source: "citing recent movements near the port",
    "according to satellite imagery".

    Words in lower case only (a place after them aside), of no claimant,
    description, pronoun, title, document or claim noun the vocabularies
    know.
    """
    words = strip_times(who).split()  # "Tuesday's briefing": when, then what
    places = claimant_cues("place")
    head = " ".join(itertools.takewhile(lambda w: w not in places, words))
    if not head or head != head.lower() or normalise(who) is not None:
        return False
    words = cleaned(head).split()
    if not words or " ".join(words) in descriptions() or words[0] in POSSESSIVE_PRONOUNS or possessed(head):
        return False  # "according to the nation's defence ministry": a state's body
    if len(words) == 2 and words[1] in claimant_cues("leader_body"):
        return False  # "according to his office": the staff of the one "his" stands for
    if words[0] in claimant_cues("name_head") and len(words) == 1:
        return False  # "according to the brigade": the one named before by a name ending so
    if words[0] in claimant_cues("place_adjective") and words[-1] in claimant_cues("body_noun"):
        return False  # "according to the regional administration": the body of a place the article names
    at = document_at(words)
    if at is not None and words[at + 1 : at + 2] == ["of"] and not document_words(words):
        return True  # "an analysis of satellite imagery", "a count of the flights": what it read, by no one named
    # People by a title, role or noun ("the two leaders", "experts") are someone, though unnamed.
    people = _people_nouns()
    return not any(w in _evidence_exceptions() or w in people or w.removesuffix("s") in people for w in words)


def names_no_owner(who: str, verb: str) -> bool:
    """Whether ``who``, the lower-case subject of ``verb``, is a claim no one is named as owning ("the latest data
    suggests") or evidence, which shows or suggests but never says ("the intercepted messages suggest")."""
    if who != who.lower():
        return False
    if who.rsplit(None, 1)[-1] in cues("claim_noun"):
        return True
    return verb.lower() in claimant_cues("name_end") and names_no_one(who)


def cites_grounds(cue: str, who: str) -> bool:
    """Whether ``who``, cited by the clause's subject (``cue`` "citing", "quoting"), is a claim or document no one is
    named as owning ("..., citing intelligence assessments"): the subject's grounds, not another's claim."""
    if who != who.lower() or cue.split()[0].lower() not in _subject_relays():
        return False
    words = cleaned(who).split()
    return bool(words) and words[-1] in _evidence_exceptions() and words[-1] not in _people_nouns()


@functools.cache
def _subject_relays() -> frozenset[str]:
    return frozenset(w for w, where in claimant_cues("relay").items() if where == "subject_relays")


@functools.cache
def _evidence_exceptions() -> frozenset[str]:
    # Words that make an object a document or a claim: "documents reviewed by …", "the latest tally".
    return frozenset(w.lower() for w in [*claimant_cues("document"), *cues("claim_noun"), "documents", "reports"])


def relative_antecedent(sentence: str, scan: str, cut: int) -> int:
    """Where the subject of a verb ends when a relative pronoun opens its clause, or ``cut`` itself.

    "Andrii Kovalenko, who said", "the NIS, which said": before the comma; "a Ukrainian intelligence
    document that puts": before "that", only after a document (the clause of
    "a number that puts" has no claimant for a subject). ``scan``: the
    sentence or its lowered text, ``cut`` where the verb's words start.
    """
    if (whose := _whose_document(scan, cut)) is not None:
        return whose
    tail = scan[max(0, cut - 6) : cut]
    if "who" not in tail and "that" not in tail and "which" not in tail:
        return cut  # most verbs open no relative clause
    rel = _RELATIVE.search(scan, max(0, cut - 8), cut)
    if rel is None:
        return cut
    return rel.start() if rel.group(1) or before_document(sentence, rel.start()) < rel.start() else cut


_RELATIVE = re.compile(r"(,\s*(?:who|which))\s*$|\s+that\s*$")  # "the NIS, which said": a body's as a person's
_WHOSE = re.compile(r",\s*whose\s+(?:[\w\-]+\s+){0,3}?([\w\-]+)\s*$", re.IGNORECASE)
_WHOSE_CHARS = 50  # characters of ", whose latest annual report" before its verb


def _whose_document(scan: str, cut: int) -> int | None:
    """Where the subject ends when ", whose <document>" is the verb's subject ("The panel, whose report put ..."): the
    body whose document it is claims its figures, so its words end at the comma; else None."""
    if "whose" not in scan[max(0, cut - _WHOSE_CHARS) : cut].lower():
        return None  # most verbs have no "whose" before them
    m = _WHOSE.search(scan, max(0, cut - _WHOSE_CHARS), cut)
    noun = m.group(1).lower() if m is not None else ""
    return m.start() if noun in claimant_cues("document") or noun in cues("claim_noun") else None  # "whose figures put"


def restrictive_antecedent(sentence: str, cut: int) -> int:
    """Where the subject of a verb ends when a relative clause without commas parts it from the verb, or ``cut``.

    "A Ukrainian officer who fought in Kursk said": the officer speaks, not
    Kursk, the last name before the verb.
    """
    lo = max(0, cut - _CLAUSE_CHARS)
    at = sentence.rfind(" who ", lo, cut)
    if at < 0 or _CLAUSE_BREAK.search(sentence, at, cut) or sentence[at - 1 : at] == ",":
        return cut
    return at


_CLAUSE_CHARS = 60  # a relative clause between a subject and its verb is a few words ("who served in Kursk")


def informed_antecedent(sentence: str, cut: int) -> int:
    """Where the head of a subject ends when what it knows follows it (``data/informed_sources.csv``): "A South
    Korean government source familiar with the matter told ...": before "familiar"; else ``cut``."""
    lo = max(0, cut - _INFORMED_CHARS)
    at = -1
    for m in _informed_pattern().finditer(sentence, lo, cut):  # in lower case in running text; the last one counts
        at = m.start()
    if at < 0 or _CLAUSE_BREAK.search(sentence, at, cut):
        return cut
    return at


_INFORMED_CHARS = 90  # "familiar with intelligence on the matter": what a source knows is a phrase


@functools.cache
def _informed_pattern() -> re.Pattern:
    # The phrases with a space either side; the lookahead lets one phrase's closing space open the next.
    t = load_table("informed_sources.csv")
    return re.compile(rf" (?=(?:{alternation(t['word'][t['kind'] == 'phrase'])}) )")


_CLAUSE_BREAK = re.compile(r"[,;:.()\"“”]")


def gives_no_claim(scan: str, m: re.Match) -> bool:
    """Whether the verb at ``m`` is one of giving (``claimant_cues.csv``, role ``giving``) whose object, in the next
    few words, is no claim noun: "gave Russia 100 missiles" reports nothing, "has given a lower estimate" does; or
    one of promising (role ``promising``) that no infinitive, clause or figure follows; one of scorn, supposing or
    talking ("assumed command of 3,000", "talking about the 9,000") that no quotation, "that" clause or figure follows."""
    if m.group(0).lower() in claimant_cues("promising"):
        # "promised to send 1,000", "pledged 6,000 troops": what is promised follows; "and promised a museum" is no claim.
        after = scan[m.end() : m.end() + _GIVEN_CHARS].split()
        at = 2 if after and after[0].lower() in claimant_cues("time") else 0  # "pledged on Friday to send"
        return len(after) <= at or not (after[at].lower() in ("to", "that") or quantity_pattern(quick=True).match(scan, m.end() + 1))
    if any(m.group(0).lower() in claimant_cues(role) for role in ("scorning", "supposing", "talking")):
        # "raising a din over 'thousands of dead'", "cried that 3,000 ...", "assumes that 3,000": what is claimed follows.
        after = scan[m.end() : m.end() + _GIVEN_CHARS].lstrip()
        return not (after[:1] in _OPENING_MARKS or after[:5].lower() == "that " or quantity_pattern(quick=True).match(after) is not None)
    if m.group(0).lower() not in claimant_cues("giving"):
        return False
    words = scan[m.end() : m.end() + _GIVEN_CHARS].lower().split()[:_GIVEN_WORDS]
    return not any(w.strip(",.;") in cues("claim_noun") for w in words)


_GIVEN_CHARS, _GIVEN_WORDS = 48, 5  # "has given a much lower estimate": the object's noun a few words on
_OPENING_MARKS = "“\"‘'«"  # a quotation opening right after a verb of scorn: the figure scorned


def unnamed_after_article(sentence: str, start: int, who: str) -> bool:
    """Whether ``who``, lower-case words at ``start``, is someone unnamed after an indefinite article ("..., a military
    official said"): its last word a title or a noun for people, as "A military official said" is."""
    head = who.rsplit(None, 1)[-1].lower() if who.strip() else ""
    if head not in _people_nouns():
        return False
    return _INDEFINITE_BEFORE.search(sentence, max(0, start - _ARTICLE_CHARS), start) is not None


# An indefinite article and at most two lower-case modifiers before the words ("a senior defense official").
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|another|one)(?:\s+[a-z][a-z\-]*){0,2}\s+$")
_ARTICLE_CHARS = 32


# Someone unnamed by a description without a state: "one official", "a senior military official".
_UNNAMED = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)((?:\s+[a-z][a-z\-]*){1,4})")


def unnamed_before(sentence: str, end: int) -> int | None:
    """Where someone unnamed by a description that opens its clause and ends at ``end`` starts ("A senior official
    said", "..., and one military official said"), or None."""
    lo = max(0, end - _UNNAMED_CHARS)
    for m in _UNNAMED_OPENING.finditer(sentence, lo, end):
        if m.end() == end and unnamed_description(sentence[m.start() : end]) is not None:
            return m.start()
    return None


_UNNAMED_CHARS = 48  # "Another senior military intelligence official"
# Lower-case words after a comma that end in a plural: "..., officials said", "..., military officials said".
_BARE_PLURAL = re.compile(r"(?<=, )(?:[a-z][a-z\-]*\s+){0,2}[a-z]+s\s*$")
_BARE_PLURAL_WORDS = re.compile(r"((?:[a-z][a-z\-]*\s+){0,2}[a-z]+s)")


@functools.cache
def _official_modifiers() -> frozenset[str]:
    return frozenset(load_list("official_modifiers.csv"))


@functools.cache
def citing_words() -> tuple[str, ...]:
    """Relay words whose subject is the relay ("citing", "quoting": ``claimant_cues.csv``, role ``relay``)."""
    return tuple(w for w, where in claimant_cues("relay").items() if where == "subject_relays")


@functools.cache
def _citing_word() -> re.Pattern:
    return re.compile(alternation(citing_words()))


@functools.cache
def _citing() -> re.Pattern:
    # A relay word of citing_words opening a phrase that runs to a verb unpunctuated.
    return re.compile(rf"\s(?:{alternation(citing_words())})\s[^,.;:()]+$")


def before_citing(sentence: str, end: int) -> int:
    """Where a subject ends when a phrase citing a source parts it from its verb without commas ("A Reuters report
    citing two sources familiar with the matter said"): the relay word's space; else ``end``."""
    lo = end - _CITING_CHARS if end > _CITING_CHARS else 0
    if not _citing_word().search(sentence, lo, end):
        return end  # most subjects cite no one
    m = _citing().search(sentence, lo, end)
    return m.start() if m is not None else end


_CITING_CHARS = 80
_REPORTED = re.compile(r"\s*(?:that\s+)?")  # between a teller's verb and the subject of the clause it reports
_TELLER_AFTER = re.compile(r"[^,;:]{0,40}[.!?]?[\"”’']?\s*")  # what may follow a teller that closes the sentence


def expectation_reported(sentence: str, outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner`` is a state expecting something ("Russia expects") as the subject of the clause that the
    verb of ``outer`` reports ("Budanov said Russia expects 15,000 troops", "Russia expects 15,000 troops, Budanov
    said"): the figure is the teller's."""
    if outer.how != "verb" or inner.how != "verb" or outer.anaphor or inner.anaphor:
        return False
    if outer.end <= inner.start:
        if not _REPORTED.fullmatch(sentence, outer.end, inner.start):
            return False
    elif inner.end > outer.start or not _TELLER_AFTER.fullmatch(sentence, outer.end):
        return False  # "Russia expects 15,000 troops, Budanov said.": the teller closes the sentence after a comma
    elif sentence.rfind(",", inner.end, outer.start) < 0:
        return False
    words = cleaned(sentence[inner.start:inner.end]).split()
    if len(words) < 2 or words[-1] not in claimant_cues("expecting") or kind(inner.claimant) not in (None, "government"):
        return False
    return state_named(words[:-1]) is not None or f"{words[-2]}'s" in nationalities()


def unnamed_plural_before(sentence: str, end: int) -> int | None:
    """Where people unnamed and uncounted, a description's plural that closes a sentence after a comma and ends at
    ``end``, start ("..., officials said"), or None: read as "Officials said" at a sentence's start is."""
    m = _BARE_PLURAL.search(sentence, max(0, end - _UNNAMED_CHARS), end)
    return m.start() if m is not None and unnamed_description(m.group(0)) is not None else None


# An indefinite determiner that opens a clause: at the start, or after a comma, "and" or "but".
_UNNAMED_OPENING = re.compile(r"(?:(?<=^)|(?<=, )|(?<=and )|(?<=but ))(?:[Aa]n?|[Oo]ne|[Aa]nother)(?:\s+[a-z][a-z\-]*){1,4}\s*")


def unnamed_description(text: str) -> str | None:
    """The description that ``text``, someone unnamed without a state, stands for; None for any other words.

    "one military official" is read as "military" is ("the military said"), "a senior official" as "official":
    the body of that kind named last, else the article's home state's.  A name or nationality among the words
    ("a Western official") is no description: the vocabularies read those.
    """
    text = text.strip()
    m = _UNNAMED.fullmatch(text)
    if m is None and text[-1:] == "s" and text[:1].islower():
        m = _BARE_PLURAL_WORDS.fullmatch(text)
    if m is None:
        return None
    words = m.group(1).split()
    if m.re is _BARE_PLURAL_WORDS and not all(w in descriptions() or w in _official_modifiers() for w in words[:-1]):
        return None  # "the officials": those named before; "regional officials": no state's, nor a body's
    if words[-1] not in descriptions() or normalise(text) is not None:
        return None
    return next((w for w in words[:-1] if w in descriptions()), words[-1])


@functools.cache
def _quantified() -> re.Pattern:
    words = alternation(claimant_cues("quantifier"))
    return re.compile(rf"(?:a\s+)?(?:{words})(?:\s+of\s+(?P<group>them|those|these|the\s+.+))?")


def quantified_group(text: str) -> str | None:
    """The group that a subject ``text`` counting people out of it stands for, or None for any other subject.

    "one of them", "another" and "some" are part of "they"; "two of the
    soldiers" part of "the soldiers".  Such a subject is never a name: it
    is whoever the group is.
    """
    first = text.split(None, 1)[0].lower() if text else ""
    if first not in claimant_cues("quantifier") and first != "a":
        return None  # most subjects: their first word tells
    m = _quantified().fullmatch(cleaned(text))
    if m is None:
        return None
    group = m.group("group")
    return group if group is not None and group.startswith("the ") else "they"


_AFTER_PARTICIPLE = ("by", "in", "at", "during", "from", "near")  # prepositions of an agent, a place or a time
_PARTICIPLE_AFTER_NOUN = re.compile(
    rf"({LATIN_LETTER}[\w'’-]*)\s+([a-z]+ed)\s+({'|'.join(_AFTER_PARTICIPLE)})\s+[^,;:()\"“”]{{1,40}}?\s*$")
_PARTICIPLE_ENDS = tuple(f"ed {p} " for p in _AFTER_PARTICIPLE)
_PARTICIPLE_REACH = 80  # characters before a verb that hold a noun, a participle and its agent or time


def participle_head(sentence: str, end: int) -> int | None:
    """Where the noun ends that a participle before a subject ending at ``end`` follows, when the words after the
    participle are its agent or time, not the subject ("Two soldiers captured by Ukrainian forces in January
    told"): the noun heads the subject. None when the participle is a verb of its own (role ``verb_before``) or a
    relay's ("lawmakers briefed by the NIS", read by the relays)."""
    lo = max(0, end - _PARTICIPLE_REACH)
    window = sentence[lo:end]
    if not any(e in window for e in _PARTICIPLE_ENDS):
        return None  # most subjects follow no participle: a look for its letters is cheaper than the pattern
    m = _PARTICIPLE_AFTER_NOUN.search(sentence, lo, end)
    if m is None or m.group(1).lower() in claimant_cues("verb_before") or m.group(2) in cues("reporting"):
        return None  # "Yonhap reported on Monday that ...": a reporting verb in -ed is a clause's verb
    if m.group(3) == "by" and f"{m.group(2)} by" in claimant_cues("relay"):
        return None
    return m.end(1)
