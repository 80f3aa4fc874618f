"""A subject and the verb that attributes words to it, and whether a match of the attribution patterns is one.

:mod:`~dossier.extractors.speech.speakers` finds, in an article's masked text,
the stretches that the patterns of attribution match ("Kim said", "said a
source familiar with the talks"); the checks here decide which of them
attribute words: a passive ("the alliance was called") does not, nor a
comma that closes nothing ("Kim, said"), nor a possessor or a preposition's
object before an apposition, nor a group of words that is no noun phrase.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...vocab import load_list, load_table
from ..mentions.mention_forms import oblique
from ..mentions.mention_vocab import descriptions, key, nationalities, stops, titles, unnamed_sources
from ...text.words import UPPER, alternation
from ...text.numbers import cues as number_cues
from .quote_body_heads import head_described
from .counted_nouns import counted_noun
from ..mentions.speaker_vocab import any_cue, canonical, channel_aliases, cue_words, participle_words, person_nouns
from ..mentions.time_phrases import time_phrase

__all__ = [
    "Attribution", "cue_between", "document_owner_before", "name_after_body", "names_other", "noun_phrase", "object_before_apposition", "object_before_participle", "object_of_occasion", "passive", "plausible",
    "stray_comma",
]

_JOINT = re.compile(r"(?:the\s+)?(?:both|two)\b", re.IGNORECASE)


class Attribution(NamedTuple):
    """A subject and the cue that attributes words to it, found in a sentence."""

    start: int  # of the subject, or of the cue when it has none (participles)
    cue_start: int
    end: int  # of the whole attribution
    speaker_text: str | None
    how: str | None  # alias, anaphor, name, group or None
    cue: str
    lemma: str


_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|being)\s+\Z", re.IGNORECASE)


def passive(text: str, a: Attribution) -> bool:
    # "the alliance was called “…”": the subject of a passive is what is named, not who names it.
    # "was reported to be “deeply troubled”" still attributes the words to its subject.
    cue = a.cue.lower()
    return (cue.endswith("ed") or cue in ("told", "written")) and a.lemma != "report" and bool(
        _AUXILIARY.search(text[max(0, a.cue_start - 12):a.cue_start])
    )


# "told" takes its hearer for object: "told that" has none, so its subject is the hearer ("was summoned and told
# that her son had …": the auxiliary of the verb before serves both), as is that of "was told".
_HEARS = re.compile(r"\b(?:(?:was|were|is|are|been|being)\s+told|told\s+that)\b", re.IGNORECASE)


def hearer_passive(text: str, at: int) -> bool:
    """Whether the verb of saying at ``at`` is a passive whose subject heard the words ("… and told that …")."""
    return _HEARS.match(text, at) is not None  # at the verb, only "told that" can match


def hears(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` makes its subject the hearer of what follows ("she was told", "… and told that")."""
    return _HEARS.search(text, lo, hi) is not None


_RELATIVE = re.compile(r",?\s+who(?:se)?\s")
_WHICH = re.compile(r",\s+which\s")
_WHO_THEN_CUE = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}")  # ", who said", ", who has also said"
_CLAUSE_JOINED = re.compile(r"[,;]\s+(?:and|but)\s+\Z")  # "…, and Kim Yo Jong, the leader's sister, has dismissed"


def cue_between(text: str, a: Attribution) -> bool:
    """ "June, the commission said, adding": an apposition holding a verb of saying is a clause, not an apposition.

    A relative clause is one ("Kim, who spoke at the rally, said"; "A defector who said he had served described"):
    its verb is its own.
    """
    gap = a.start + len(a.speaker_text)
    if a.cue_start - gap <= 3 or _RELATIVE.match(text, gap):
        return False
    if (m := _OPENING_WORD.match(text, gap)) is not None and m.group(1).lower() in _aside_participles():
        return False  # "Peskov, asked about the prisoners, said": an aside opens with its participle
    # "Valentina, a pensioner who asked that her name not be used, said": a relative clause's verb is its own.
    inner = _INNER_RELATIVE.search(text, gap, a.cue_start)
    return bool(any_cue().search(text, gap, inner.start() if inner else a.cue_start))


_INNER_RELATIVE = re.compile(r"\s(?:who|whose|which)\s")
_OPENING_WORD = re.compile(r",\s+(\w+)\s")


@functools.cache
def _aside_participles() -> frozenset[str]:
    """The openers of an aside between a subject and its verb that are verbs of saying ("asked", "writing").

    From ``data/claimant_cues.csv`` (role ``aside``), which the claimants of figures read too.
    """
    t = load_table("claimant_cues.csv")
    verbs = {w.lower() for w in cue_words().verbs} | set(participle_words())
    return frozenset(w for w in (t.term[t.role == "aside"].str.split().str[0]) if w in verbs)


def stray_comma(text: str, m: re.Match, a: Attribution) -> bool:
    """Whether a comma between subject and verb closes nothing.

    Only a full name that is itself an apposition, opened by a comma (and
    maybe a title), may close it with one ("Putin's spokesman, Dmitry Peskov, said"; "The
    Kremlin's top diplomat, Sergei Lavrov, told"); "Kim, said" is no
    attribution.
    """
    if m.group("closing") is None:
        return False
    if a.how not in ("name", "alias") or " " not in a.speaker_text:
        return True
    return not _opens_apposition().search(text, max(0, a.start - _APPOSITION_OPENING_CHARS), a.start)


_APPOSITION_OPENING_CHARS = 60  # ", deputy foreign minister Kim Son Gyong": a comma and a title before the name


@functools.cache
def _opens_apposition() -> re.Pattern:
    """A comma, and maybe a title: in capitals ("the commander of the unit, Col. Pavlo Palisa, said"), or of
    ``data/titles.csv`` in lower case ("The foreign minister's deputy, vice minister Lena Kowalczyk, said")."""
    lower = alternation(t for t, info in titles().items() if t[0].isalpha() and info.cls != "courtesy")
    return re.compile(rf",\s+(?:(?:the\s+)?(?:[a-z][\w\-]*\s+)?(?:{lower})\s+)?(?:{UPPER}[\w\-]*\.?\s+){{0,3}}\Z")


_AGENT_BEFORE = re.compile(r"\bby\s+\Z")


def object_before_apposition(text: str, a: Attribution) -> bool:
    """ "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, lashed out …, calling": a name that is the
    object of a preposition is no subject, and what follows it up to the next comma is the sentence's verb,
    not an apposition of that name."""
    if a.how not in ("alias", "name", "owned") and not (a.how == "group" and _AGENT_BEFORE.search(text, max(0, a.start - 4), a.start)):
        # ("soldiers who, cut off by the enemy, chose to fight on, shouting": the agent of a passive participle is
        # no subject either; a group after another preposition may be one picked from: "one of the officials, …")
        return False
    end = a.start + len(a.speaker_text)
    if _WHICH.match(text, end) or _WHO_THEN_CUE.fullmatch(text, end, a.cue_start):
        # "Article 4 of the treaty, which obliges", "a statement by Kim Yo Jong, who said": the verb is the relative
        # clause's own, and its antecedent the subject.
        return False
    if _CLAUSE_JOINED.search(text, max(0, a.start - 8), a.start):
        # "…, and Kim Yo Jong, the leader's sister, has dismissed it": a comma before the "and" joins a clause, whose
        # subject the name is, not a name to a list.
        return False
    return text[end:end + 1] not in ("’", "'") and "," in text[end:a.cue_start] and oblique(text, a.start, end)


@functools.cache
def _hearsay_nouns() -> frozenset[str]:
    """Plural nouns of what others say, which are verbs of saying too ("claims", "reports"): ``data/hearsay_nouns.csv``."""
    return frozenset(load_table("hearsay_nouns.csv").word)


_OF_AFTER = re.compile(r"\s+(?:of|about)\s")
# A verb's object right before a word of saying in -ing: "before giving a stern warning", "after issuing an unusual
# appeal": an article and at most two words after a verb in -ing or -ed.
_OBJECT_OF_VERB = re.compile(r"\b(?P<verb>[a-z]+(?:ing|ed))\s+(?:a|an|the|another)\s+(?:[a-z][\w\-]*\s+){0,2}\Z")


def noun_of(text: str, verb: re.Match) -> bool:
    """Whether the cue ``verb`` is a noun, whose adjective is no subject, not a verb.

    A plural noun of hearsay with "of" or "about" after it ("echoing the baseless claims of its patron", "amid reports
    of heavy losses", "dismissing Western claims about the drones"); or a word in -ing that is the object of a verb
    before it ("before giving an unusual warning to Seoul": the warning is given, "an unusual" says nothing).
    """
    word = verb.group(0).lower()
    if word in _hearsay_nouns() and _OF_AFTER.match(text, verb.end()) is not None:
        return True
    if counted_noun(text, verb.start()):
        return True  # "if one of the two states is attacked": no verb
    if not word.endswith("ing"):
        return False
    m = _OBJECT_OF_VERB.search(text, max(0, verb.start() - 60), verb.start())
    if m is None:
        return False
    words = text[m.start("verb"):verb.start()].lower().split()
    # (Not "quoted a sailor as saying": a function word between makes the -ing word a verb of its own clause; nor
    # "released a statement calling", "found a soldier shouting": a document or someone is the participle's subject.)
    return not _function_words().intersection([words[0], *words[2:]]) and not (len(words) > 2 and _names_someone_or_document(words[-1]))


def _names_someone_or_document(word: str) -> bool:
    """Whether the noun ``word`` (lower case) is a document's or someone's: a title, a person's noun, an unnamed source's."""
    one = word.removesuffix("s")
    return any(w in cue_words().documents or w in titles() or w in unnamed_sources().labels or w in person_nouns()
               for w in (word, one))


def plausible(a: Attribution) -> bool:
    words = a.speaker_text.lower().split()
    if a.how in ("name", "group") and time_phrase(a.speaker_text):
        return False  # "people in Kyiv a week ago were saying": when they said it, not who
    if a.how == "name":
        # A capitalised sentence opener ("The", "But") is not a name, nor is a day or month ("… on Thursday said"),
        # nor a nationality alone ("dismissed the Russian claims": an adjective and a noun).
        # But a state's initials are its name as well as its adjective ("The U.S. said"), and "US" is no "us";
        # before a noun's form of the cue, still the adjective ("US estimates ranged", "U.S. reports").
        return a.speaker_text.rstrip(".") in _whole_state_names() and not _noun_form(a.cue) or (
            words[0] not in _function_words() and not _calendar_words().issuperset(words)
            and " ".join(words) not in nationalities())
    if a.how == "owned":
        # "Ukraine's military intelligence agency", "the ministry's statement": the owner speaks, through its words.
        return not _function_words().intersection(words[1:])
    if a.how == "group":
        # "the alliance was called": a passive, not a speaker; "a speech reported": a document, not a speaker;
        # "both leaders described", "the two leaders reaffirmed": no one speaker, but the clause's or the medium's.
        # But "the spy agency said": a description of a body ends in a document's word too.
        # ("the head of military intelligence said": the body's head, a person; see quote_body_heads.)
        return head_described(a.speaker_text) or (
            not _function_words().intersection(_outside_names(a.speaker_text)[1:]) and not _JOINT.match(a.speaker_text)
            and (words[-1] not in cue_words().documents or " ".join(words) in descriptions()))
    return True


def oblique_initials(text: str, a: Attribution) -> bool:
    """Whether ``a``'s subject is a state's initials as a preposition's object ("Critics in the US said"): where the
    speakers are, not who speaks; the initials speak only as the subject itself ("The U.S. said")."""
    return (a.how == "name" and a.speaker_text.rstrip(".") in _whole_state_names()
            and oblique(text, a.start, a.start + len(a.speaker_text)))


def _noun_form(cue: str) -> bool:
    """Whether the cue ``cue`` is as often a claim's or document's noun ("estimates", "reports")."""
    word = cue.lower()
    return word in number_cues("claim_noun") or word in cue_words().documents or word.removesuffix("s") in cue_words().documents


@functools.cache
def _whole_state_names() -> frozenset[str]:
    """A state's names as written that are its adjective too ("US", "U.S"; see ``data/whole_state_names.csv``)."""
    return frozenset(load_table("whole_state_names.csv").name)


def _outside_names(text: str) -> list[str]:
    """The words of ``text``, lower case, but for a word between two capitalised ones, which belongs to a body's name
    ("of" in "a Ministry of Unification official", "for" in "an Institute for Peace researcher")."""
    words = text.split()
    return [w.lower() for i, w in enumerate(words)
            if not (0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper())]


def noun_phrase(a: Attribution) -> Attribution | None:
    """A group subject cut before its first function word ("a senior researcher" of "a senior researcher at"), when a
    determiner and a word are left."""
    words = a.speaker_text.split()
    kept = next((n for n, w in enumerate(words[1:], 1) if w.lower() in _function_words()), len(words))
    if not 2 <= kept < len(words):
        return None
    if kept > 2 and words[kept - 1].lower() in _placement_words():
        kept -= 1  # "a Western officer stationed in Kyiv": where they are, not who
    cut = re.match(rf"\S+(?:\s+\S+){{{kept - 1}}}", a.speaker_text).group(0)
    return a._replace(speaker_text=cut, end=a.start + len(cut))


def group_head(words: str) -> str:
    """A group's words up to its first function word, less a participle right before it: "one Russian official" of
    "one Russian official cited in closed" (who, not where or by whom they are cited); ``words`` when none is."""
    found = words.split()
    kept = next((n for n, w in enumerate(found[1:], 1) if w.lower() in _function_words()), len(found))
    while kept > 2 and found[kept - 1].endswith(("ed", "ing")) and found[kept - 1].islower():
        kept -= 1
    return " ".join(found[:kept]) if kept < len(found) else words


@functools.cache
def _placement_words() -> frozenset[str]:
    """Participles that say where someone unnamed is ("stationed", "based"): ``data/placement_words.csv``."""
    return frozenset(load_list("placement_words.csv"))


# " them as heirs to the Soviet soldiers": the verb's own object, and "as" with no quote after it.
_NAMES_OTHER = re.compile(r"\s+(?:[\w\-’']+\s+){1,4}?as\s+(?![#\s])")


def names_other(text: str, a: Attribution, hi: int) -> bool:
    """ "…about “our Korean brothers”, and a documentary portrayed them as heirs": a verb that names its own object
    "as" something no quote gives speaks none of the quoted words before it in ``text[:hi]``."""
    return _NAMES_OTHER.match(text, a.end, hi) is not None


def name_after_body(a: Attribution) -> Attribution:
    """ "Spokesperson of the State Border Guard Service Andrii Demchenko said": a person named right after a body's last
    word ("service", "administration"; not a title: "Minister") is the subject, not the body and its name together."""
    # (A name the vocabularies know, "Korean Central Broadcasting Station", "Foreign Minister Sergei Lavrov", is read
    # whole; a title after the body's word, "Defence Minister", is the person's.)
    known = a.how != "name" or canonical(a.speaker_text, a.how) != a.speaker_text or key(a.speaker_text) in channel_aliases()
    words = [] if known else a.speaker_text.split()
    body = next((n for n in range(len(words) - 3, -1, -1) if words[n].lower() in _body_words()), None)
    if body is None and len(words) >= 3:
        # "… of Ukraine Andriy Demchenko": a state's name closing the body's ("the State Border Guard Service of
        # Ukraine") never opens the person's.
        body = next((n for n in range(min(2, len(words) - 3), -1, -1) if canonical(" ".join(words[:n + 1]), "name")
                     in _governments()), None)
    if body is None or len(words) - body > 5 or any(
            w.lower() in stops() or w.lower() in titles() for w in words[body + 1:]):
        return a
    at = a.speaker_text.index(words[body + 1], len(" ".join(words[:body + 1])))
    return a._replace(start=a.start + at, speaker_text=a.speaker_text[at:])


def name_apposed(text: str, a: Attribution) -> Attribution:
    """ "Moscow's envoy to Pyongyang, ambassador Ivan Lutsky, said": a description (``owned`` or ``group``) whose
    apposition is a title in lower case (``data/titles.csv``) and a name closed by a comma right before the verb is
    said by the person named, not by the description; ``a`` itself otherwise ("the envoy, a career diplomat, said")."""
    if a.how not in ("owned", "group") or not a.speaker_text:
        return a
    m = _titled_name_apposed().match(text, a.start + len(a.speaker_text), a.cue_start)
    if m is None:
        return a
    named = a._replace(start=m.start("name"), speaker_text=m.group("name"), how="name")
    return named if plausible(named) else a


@functools.cache
def _titled_name_apposed() -> re.Pattern:
    """ ", deputy minister Lena Kowalczyk, " up to the verb: a title in lower case, a word maybe before it, and a name of
    two to four capitalised words."""
    lower = alternation(t for t, info in titles().items() if t[0].isalpha() and info.cls != "courtesy")
    return re.compile(rf",\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?(?:{lower})\s+(?P<name>{UPPER}[\w\-’']*(?:\s+{UPPER}[\w\-’']*){{1,3}}),\s+\Z")


@functools.cache
def _governments() -> frozenset[str]:
    """The canonical speakers that stand for a state as a whole (``data/states.csv``): what a state's name reads as."""
    return frozenset(load_table("states.csv")["government"])


@functools.cache
def _body_words() -> frozenset[str]:
    t = load_table("name_stops.csv")
    return frozenset(t.word[t.kind == "body"]) - set(titles())


@functools.cache
def _calendar_words() -> frozenset[str]:
    t = load_table("name_stops.csv")
    return frozenset(t.word[t.kind == "calendar"])


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(load_table("stopwords.csv")["word"])


def function_word_in(words: str) -> bool:
    """Whether one of ``words`` (separated by white space) is a function word (``data/stopwords.csv``)."""
    return not _function_words().isdisjoint(words.lower().split())


# "with KCNA saying", "footage of Kim calling": the object of "with" or "of" is the participle's own subject.
_OWN_SUBJECT = re.compile(r"\b(?:[Ww]ith|of)\s+(?:[\w\-’']+\s+){0,3}\Z")


def object_of_occasion(text: str, a: Attribution) -> bool:
    """ "Colonel Petrov, during the parade said": the object of a preposition of occasion (``data/occasion_prepositions.csv``)
    right before the verb is no subject; the verb's is the one before the preposition."""
    return text[a.start + len(a.speaker_text):a.cue_start].isspace() and bool(
        _occasion_before().search(text, max(0, a.start - 30), a.start))


# "who as a senator called": "as" and a role right after a relative pronoun.
_ROLE_AS = re.compile(r"\b(?:who|which)\s+as\s+\Z", re.IGNORECASE)


def role_of_relative(text: str, a: Attribution) -> bool:
    """ "Marco Rubio, who as a senator called the move “…”": a role after "who as" (or "which as") right before the
    verb is the capacity the relative's subject spoke in, not the verb's subject; the speaker is who "who" stands for."""
    return a.how == "group" and bool(_ROLE_AS.search(text, max(0, a.start - 12), a.start))


@functools.cache
def _occasion_before() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(load_list('occasion_prepositions.csv'))})\s+(?:(?:the|a|an|his|her|its|their)\s+)?\Z",
                      re.IGNORECASE)


def object_before_participle(text: str, a: Attribution) -> bool:
    """ "Kim was shown on state TV saying": a preposition's object right before a participle is not its subject.

    The participle then borrows the clause's subject, as after a comma; but
    "with KCNA saying" and "footage of Kim calling" give the participle a
    subject of its own.
    """
    end = a.start + len(a.speaker_text)
    return (a.cue.lower() in participle_words() and text[end:a.cue_start].isspace() and oblique(text, a.start, end)
            and not _OWN_SUBJECT.search(text, max(0, a.start - 40), a.start))


@functools.cache
def _document_of() -> re.Pattern:
    """A document and what it is of or to, up to a subject: "readout of a call between Putin and "."""
    media = set(load_table("channel_relays.csv").query("place == 'noun'").word)  # "the KCNA agency" is no document
    docs = alternation(w for w in cue_words().documents if w not in media)
    return re.compile(rf"(?i:{docs})s?\s+(?:of|to|on|about|between)\s+[^#,;.:“”\"]{{0,60}}?\Z")


# Who owns the document, right before it: "The Kremlin's ", "A Kremlin ".
_DOCUMENT_OWNER = re.compile(rf"\b(?P<owner>{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,3}})(?:['’]s)?\s+(?:[a-z][\w\-]*\s+)?\Z")


def document_owner_before(text: str, a: Attribution, document: int) -> Attribution | None:
    """ "The Kremlin's readout of a call between Putin and Kim said": the subject is the owner (the Kremlin) of the
    document whose word starts at ``document``, not a name inside what the document is of."""
    if not _document_of().match(text, document, a.start):
        return None
    m = _DOCUMENT_OWNER.search(text, max(0, document - 60), document)
    return a._replace(start=m.start("owner"), speaker_text=m.group("owner"), how="name") if m else None
