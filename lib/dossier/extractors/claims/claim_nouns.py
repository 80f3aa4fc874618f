"""Who owns an estimate noun: "Seoul's estimate", "South Korean estimates", "the agency's April estimate".

A claim noun with a "that" clause names its owner by a possessive or after
"by" ("reports by the South Korean military that 2,000 ..."), see
:func:`that_attributions`.

A possessive or an adjective before a claim noun (``data/estimate_cues.csv``,
role ``claim_noun``) names the claimant; a description's possessive ("its
latest estimate") points back like the description.  Part of reading a
sentence's attributions (:mod:`~dossier.extractors.claims.estimate_claimants`).
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from .claim_attribution import Attribution, Spans
from .claim_relatives import relative_attributions
from .claimant_names import claimant_aliases, cleaned, normalise
from .claimant_written import as_named
from .claimant_phrases import ARTICLES, POSSESSIVE_PRONOUNS, descriptions, title_words, verb_not_noun, words_back
from .claimant_times import time_phrase
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import titles
from ..mentions.name_heads import head_noun
from ...text.numbers import cues
from ...text.plain_text import holds_any, needles, plain_pattern

ANAPHOR_CHARS = 40  # characters before a word searched for a description or pronoun it hangs on
_NONSPACE = re.compile(r"\S+")
_LOWER_POSSESSIVE = re.compile(r"(?<=\s)[a-z]+['’]s\s+$")  # "government's ", "military's " right before a claim noun


@functools.cache
def _nouns() -> tuple[str, ...]:
    return needles(w.lower() for w in cues("claim_noun"))


@functools.cache
def _noun_pattern(lower: bool) -> re.Pattern:
    """A claim noun, or with ``lower`` the same for lower-cased plain text (see ``plain_text.lowered``)."""
    if lower:
        return plain_pattern(rf"\b(?:{alternation(c.lower() for c in cues('claim_noun'))})\b")
    return re.compile(rf"\b(?:{alternation(cues('claim_noun'))})\b", re.IGNORECASE)


def noun_attributions(sentence: str, low: str | None, taken: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions of ``sentence`` by a possessive or adjective before an estimate noun ("Seoul's estimate").

    ``low`` and ``taken`` as for :func:`~dossier.extractors.claims.estimate_claimants.verb_attributions`.
    """
    out: list[Attribution] = []
    if low is not None and not holds_any(low, _nouns()):
        return out  # few sentences hold an estimate noun: looking for each is cheaper than the pattern
    inside = Spans(taken)
    for m in _noun_pattern(low is not None).finditer(sentence if low is None else low):
        if inside(m.start()) or verb_not_noun(sentence, m):
            continue
        head = _modifiers_start(sentence, m.start())
        start = _past_preposition(sentence, words_back(sentence, head - 1 if sentence[head - 1 : head] == " " else head), head)
        if start >= head - 1 and (owned := _LOWER_POSSESSIVE.search(sentence, max(0, head - ANAPHOR_CHARS), head)):
            # "the South Korean government's assessment": a body's lower-case noun owns it, with its state before it.
            named = words_back(sentence, owned.start())
            if named < owned.start() and normalise(sentence[named : m.end()]):
                start = named  # else the possessive is a description's or a title's ("In the analyst's estimate")
        who = sentence[start: m.end()].strip()
        canon = normalise(who) if start < head - 1 else None
        if canon == _UNATTRIBUTED and names_an_owner(sentence, start, head):
            # "The Critical Threats Project estimates ...": a body no vocabulary knows, not unnamed reports.
            canon = as_named(sentence[start:head].strip())
        if canon and _picked_from(sentence, start, who):
            canon = _UNATTRIBUTED  # "a few Western estimates": some of the origin's, no one's in particular
        if canon:
            out.append(Attribution(start, m.end(), who, canon, how="noun"))
            continue
        # "the agency's April estimate": a description's possessive points back like the description.
        first = _NONSPACE.match(sentence, start)
        if first and first.group(0).lower() in _OWNERS:  # "Its latest estimate", capitalised
            start = first.end() + 1
        # Up to the noun's own words, the space before them included ("raised its estimate").
        upto = start + 1 if sentence[start : start + 1].isspace() else start
        owner = _DESCRIBED_OWNER.search(sentence, max(0, upto - ANAPHOR_CHARS), upto)
        if owner is None and start < head:  # "By the ministry's count": the owner the words back ran past
            owner = _DESCRIBED_OWNER.search(sentence, max(0, head - ANAPHOR_CHARS), head)
        if owner:
            text = owner.group(1) or _OWNERS[owner.group(2).lower()]
            if text in _PERSONS:  # the person's possessive as written: the account resolves "his" as it does "he"
                out.append(Attribution(owner.start(2), m.end(), owner.group(2), None, anaphor=True, how="noun"))
            elif cleaned(text) in descriptions() or text.rsplit(None, 1)[-1].lower() in titles() or head_noun(text):
                # "In the analyst's estimate": a title stands for the one given it before, as a description does.
                out.append(Attribution(owner.start(), m.end(), text, None, anaphor=True, how="noun"))
    return out


_OWNED = re.compile(r"['’]s\s+$")


@functools.cache
def _that_nouns() -> tuple[str, ...]:
    return needles(w.lower() for w in claimant_cues("claim_that"))


@functools.cache
def _claim_that_pattern() -> re.Pattern:
    """A claim noun (``claimant_cues.csv``, role ``claim_that``) before its "that", its owner after "by" if named there."""
    nouns = alternation(claimant_cues("claim_that"))
    agent = r"(?P<agent>[^\s,;:\"“”()]+(?:\s+[^\s,;:\"“”()]+){0,6}?)"
    # A time may stand between the noun and its "that": "Shoigu's announcement in June that ..." (when, not who).
    return re.compile(rf"\b(?P<noun>{nouns})\s+(?:(?:by|from|of)\s+{agent}\s+)?(?:{time_phrase()},?\s+)?that\s", re.IGNORECASE)


def that_attributions(sentence: str, low: str | None, taken: list[tuple[int, int]]) -> list[Attribution]:
    """The owners of claims whose "that" clause holds a figure: "reports by X that", "X's claims that".

    The owner claims the figure whoever reports or dismisses the claim ("Moscow dismissed reports by the
    South Korean military that 2,000 ..."). Without "by", only a possessive names the owner: a plural
    after a bare name is as often the verb ("Yonhap reports that"), read by the verb attributions.
    ``low`` and ``taken`` as for :func:`noun_attributions`.
    """
    out: list[Attribution] = []
    if low is not None and (" that " not in low or not holds_any(low, _that_nouns())):
        return out  # most sentences hold no "that" or no claim noun: a test of each is cheaper than the pattern
    inside = Spans(taken)
    for m in _claim_that_pattern().finditer(sentence):
        if inside(m.start("noun")):
            continue
        if m.group("agent"):
            canon = normalise(m.group("agent"))
            if canon and canon != _UNATTRIBUTED:
                out.append(Attribution(m.start("agent"), m.end("agent"), m.group("agent"), canon, how="noun"))
        elif (owned := _OWNED.search(sentence, max(0, m.start() - 8), m.start())) and (
                start := words_back(sentence, owned.start())) < owned.start():
            who = sentence[start : m.end("noun")]
            canon = normalise(who)
            if canon and canon != _UNATTRIBUTED:
                out.append(Attribution(start, m.end("noun"), who, canon, how="noun"))
            elif canon is None and (owner := _DESCRIBED_OWNER.search(sentence, max(0, m.start() - ANAPHOR_CHARS), m.start())) and (
                    owner.group(1) and cleaned(owner.group(1)) in descriptions()):
                # "the spy agency's announcement that ...": the description points back to the body named before.
                out.append(Attribution(owner.start(1), m.end("noun"), owner.group(1), None, anaphor=True, how="noun"))
        elif (cited := _cited().search(sentence, max(0, m.start() - _CITED_CHARS), m.start())) is not None:
            # "Analysts cite estimates that North Korea provided ...": reports no one owns, passed on by the citer.
            out.append(Attribution(cited.end(), m.end("noun"), sentence[cited.end() : m.end("noun")], _UNATTRIBUTED, how="noun"))
    return out


_CITED_CHARS = 40  # characters before a claim noun that hold a verb of citing and up to two modifiers ("media")


@functools.cache
def _cited() -> re.Pattern:
    # A verb of citing and at most two lower-case modifiers, ending where the claim noun starts.
    # Lower-case only: a name between them owns the claim ("cited NIS estimates that": the NIS's).
    return re.compile(rf"\b(?i:{alternation(claimant_cues('citing'))})\s+((?:[a-z][a-z\-]*\s+){{0,2}})$")


def owned_attributions(sentence: str, low: str | None, taken: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions of ``sentence`` by the owner of a claim noun, before it or after "by" (see above), or by the
    subject of a relative clause that gives the figure before it (:mod:`~dossier.extractors.claims.claim_relatives`)."""
    found = noun_attributions(sentence, low, taken)
    found += that_attributions(sentence, low, taken + [(a.start, a.end) for a in found])
    return found + relative_attributions(sentence, taken + [(a.start, a.end) for a in found])


def owner_of_title(sentence: str, start: int, who: str) -> Attribution | None:
    """ "the agency's chief said": one who holds a title of a body described before speaks as that body."""
    if not all(w in title_words() for w in who.lower().split()):
        return None
    owner = _DESCRIBED_OWNER.search(sentence, max(0, start - ANAPHOR_CHARS), start)
    if owner is None or not owner.group(1) or cleaned(owner.group(1)) not in descriptions():
        return None
    return Attribution(owner.start(), start, owner.group(1), None, anaphor=True)


_DESCRIBED_OWNER = re.compile(r"(?<![\w'’])(?:(the\s+(?:[a-z]+\s+)?[a-z]+)['’]s|(its|their|his|her))\s+$", re.IGNORECASE)
# "By his count", "her latest estimate": a person's possessive points back as "he" or "she" does.
_OWNERS = {**POSSESSIVE_PRONOUNS, "his": "he", "her": "she"}
_PERSONS = frozenset({"he", "she"})
_MODIFIER = re.compile(r"([a-z]+)\s+$")


def _modifiers_start(sentence: str, at: int) -> int:
    """Where the lower-case modifiers before an estimate noun start ("Seoul's latest estimate": at "latest").

    The words of role ``noun_modifier`` in ``claimant_cues.csv``; at most two.
    """
    for _ in range(2):
        m = _MODIFIER.search(sentence, max(0, at - 20), at)
        if m is None or m.group(1) not in claimant_cues("noun_modifier"):
            break
        at = m.start()
    return at


_UNATTRIBUTED = "unattributed reports"
_FIRST_WORD = re.compile(r"([A-Za-z]+(?:\s+on)?)\s+")  # "By", "On", "Based on"


def _past_preposition(sentence: str, start: int, head: int) -> int:
    """``start`` past a capitalised preposition that opens the words before a claim noun ("On Ukrainian estimates"):
    the words back from the noun take it in as a capitalised word, but it names no one."""
    m = _FIRST_WORD.match(sentence, start, head)
    return m.end() if m and " ".join(m.group(1).lower().split()) in claimant_cues("claim_preposition") else start


def _picked_from(sentence: str, start: int, who: str) -> bool:
    """Whether ``who``, an alias of an origin's estimates ("Western estimates"), has a quantifier or determiner of
    ``data/claimant_cues.csv`` right before it at ``start`` ("a few", "other"): some of them, as its own words
    would say ("Other Western estimates")."""
    before = sentence[:start].split()
    word = before[-1].lower() if before else ""
    clean = cleaned(who)
    picked = word in claimant_cues("quantifier") or word in claimant_cues("determiner")
    return picked and clean in claimant_aliases() and clean.rpartition(" ")[2] in cues("claim_noun")


@functools.cache
def _alias_modifiers() -> frozenset[str]:
    # First words of claimants' aliases of more than one word: "western" of "western officials".
    return frozenset(a.split(" ", 1)[0] for a in claimant_aliases() if " " in a)


def _modifier_after_preposition(sentence: str, start: int, word: str) -> bool:
    """Whether ``word``, after a claim preposition alone that opens the sentence, is a modifier of claimants'
    names ("By Western estimates", as "Western officials"), not an owner's name ("By Janes estimates")."""
    return sentence[:start].strip().lower() in claimant_cues("claim_preposition") and word.lower() in _alias_modifiers()


def names_an_owner(sentence: str, start: int, head: int) -> bool:
    """Whether the words before an estimate noun name its owner: capitalised words that no vocabulary knows.

    One capitalised word that opens the sentence ("Janes estimates") may be
    capitalised only for where it stands, and a determiner ("Most Western
    estimates", ``claimant_cues.csv`` role ``determiner``) owns nothing.
    """
    words = sentence[start:head].split()
    determined = bool(words) and words[0].lower() in claimant_cues("determiner")
    if words and (words[0].lower() in ARTICLES or determined):
        words = words[1:]
    opening = start == 0 or (len(words) == 1 and _modifier_after_preposition(sentence, start, words[0]))
    if not words or not all(w[:1].isupper() for w in words) or (len(words) == 1 and (opening or determined)):
        return False  # "Janes estimates" opening a sentence, "most Western estimates": as often an adjective as a name
    if f"{words[-1]} {sentence[head:].split(None, 1)[0]}".lower() in claimant_aliases():
        return False  # "Newer Western estimates": a word before an origin's estimates, whose origin the aliases know
    return normalise(" ".join(words)) is None

