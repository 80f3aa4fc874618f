"""A figure credited in a relative clause after it: "the toll of roughly 500, which Kyiv gave last week".

The relative pronoun is the object of the clause's verb of giving or
citing (``data/claimant_cues.csv``, role ``relative_credit``), so the
clause's subject gives the figure: "the 7,000 figure that the Pentagon
cited", "some 300 prisoners, a number that Ukrainian officials gave". The
clause must hang on a figure or on a noun of one (role ``relative_noun``):
"officials said that Kyiv gave ..." reports, it credits no figure.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from .claim_attribution import Attribution, Spans
from .claimant_names import as_claimant, normalise
from ..mentions.claimant_vocab import claimant_cues
from ...text.numbers import quantity_pattern
from ...text.plain_text import holds_any

_OBJECT_SPACE = re.compile(r"\s*")  # between a clause's verb and its object
_PRONOUNS = frozenset({"it", "they", "he", "she"})
_HANG = 24  # characters before the clause in which the figure or its noun ends


@functools.cache
def _figure_nouns() -> tuple[str, ...]:
    return tuple(f" {n}" for n in claimant_cues("relative_noun"))


@functools.cache
def _verbs() -> tuple[str, ...]:
    return tuple(f" {v} " for v in claimant_cues("relative_credit"))


@functools.cache
def _relative() -> re.Pattern:
    nouns = alternation(claimant_cues("relative_noun"))
    verbs = alternation(claimant_cues("relative_credit"))
    return re.compile(
        # Opened by its first word, after ", " or a space: the engine skips most positions by their first letter.
        rf"(?:(?<=, )(?:which|(?:an?|the)\s+(?P<noun>{nouns})(?:\s+(?:that|which))?)|(?<=\s)(?:that|which))\s+"
        # A name may carry its acronym in brackets ("the National Intelligence Service (NIS) reported").
        rf"(?P<who>(?:[Tt]he\s+)?{UPPER}[\w.'’-]*(?:\s+[\w.'’-]+){{0,5}}?(?:\s+\({UPPER}[\w.'’-]*\))?|it|they|he|she)\s+(?:had\s+|has\s+)?"
        rf"(?P<verb>{verbs})\b")


@functools.cache
def _hangs_on() -> re.Pattern:
    # A figure's digits or a figure's noun ending the words before the clause ("500 dead", "the 7,000 figure").
    return re.compile(rf"(?:\d[\d,.]*(?:\s+[a-z-]+){{0,2}}|\b(?:{alternation(claimant_cues('relative_noun'))}))\s*$")


@functools.cache
def _passive() -> re.Pattern:
    # A figure's noun, perhaps a relative pronoun and auxiliary, an adverb, the participle, "by" and its agent.
    nouns = alternation(claimant_cues("relative_noun"))
    verbs = alternation(claimant_cues("relative_passive"))
    return re.compile(
        rf"\b(?:{nouns})(?:,?\s+(?:that|which)\s+(?:was|were|has\s+been|had\s+been))?"
        rf"\s+(?:[a-z]+ly\s+|later\s+|first\s+|since\s+)?(?:{verbs})\s+by\s+"
        rf"(?P<who>(?:[Tt]he\s+)?{UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*|\s+of\s+{UPPER}[\w.'’-]*){{0,5}})"
        rf"(?P<owned>(?<=['’]s)\s+[a-z]+(?:\s+[a-z]+)?)?")


_PHRASE = 48  # characters before a relative clause read for the noun phrase it hangs on
_DETERMINER = re.compile(r"(?i)\b(?:the|an?)\s+(?!.*\b(?:the|an?)\s)")  # the last determiner: where the phrase opens


def _names_a_figure(before: str) -> bool:
    """Whether the noun phrase ending ``before`` is a figure's ("the toll of roughly 500 dead", "the 7,000 troops
    figure"), not the things counted ("the 100 howitzers")."""
    opened = _DETERMINER.search(before)
    words = before[opened.end() if opened else 0 :].lower().replace(",", " ").split()
    return not claimant_cues("relative_noun").keys().isdisjoint(words)


def relative_attributions(sentence: str, taken: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions of ``sentence`` by a relative clause whose subject gives the figure before it, or by the agent
    of a participle after a figure's noun ("a number later confirmed by the Pentagon")."""
    out: list[Attribution] = []
    nouns = holds_any(sentence, _figure_nouns())
    passive = nouns and " by " in sentence
    if not passive and not holds_any(sentence, _verbs()):
        return out  # most sentences hold neither a figure's noun and "by", nor a verb of giving a figure
    if not passive and not nouns and not holds_any(sentence, (" which ", " that ")):
        return out
    inside = Spans(taken)
    if passive:
        for m in _passive().finditer(sentence):
            if not inside(m.start("who")):
                owned = m.group("owned") and normalise(sentence[m.start("who") : m.end("owned")])
                end = m.end("owned") if owned else m.end("who")  # "South Korea's spy agency": the owner's body
                who = sentence[m.start("who") : end]
                out.append(Attribution(m.start("who"), end, who, as_claimant(who, normalise(who))))
    if not holds_any(sentence, _verbs()):
        return out  # most sentences hold no such verb
    for m in _relative().finditer(sentence):
        before = len(sentence[: m.start()].rstrip(", "))  # where the phrase the clause hangs on ends
        if inside(m.start("who")) or not _hangs_on().search(sentence, max(0, before - _HANG), before):
            continue
        if claimant_cues("relative_credit")[m.group("verb")] == "noun" and not m.group("noun") and not _names_a_figure(
                sentence[max(0, before - _PHRASE) : before]):
            continue  # "the 100 howitzers which North Korea gave": things given, no figure
        if quantity_pattern(quick=True).match(sentence, _OBJECT_SPACE.match(sentence, m.end("verb")).end()):
            continue  # "estimates that North Korea provided up to half of the shells": a clause with its own figure
        who = m.group("who")
        if who.lower() in _PRONOUNS:
            out.append(Attribution(m.start("who"), m.end("verb"), who, None, anaphor=True))
            continue
        canon = normalise(who)
        if canon is None and not who[:1].isupper():
            continue
        out.append(Attribution(m.start("who"), m.end("verb"), who, as_claimant(who, canon)))
    return out


@functools.cache
def _aside_relative() -> re.Pattern:
    """A comma, a relative word of a clause apart from the figure, and the comma of an aside right before an
    attribution (", where, ", ", of whom, ")."""
    return re.compile(rf",\s+(?i:{alternation(claimant_cues('relative_apart'))})\s*,\s*\Z")


_LATER_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_REACH = 12  # characters before an attribution that hold "that the"
_ANTECEDENT_WORDS = 4  # words between a figure and a relative pronoun that may still be the figure's noun phrase


def in_later_relative(text: str, end: int, a: Attribution) -> bool:
    """Whether attribution ``a`` is the subject of a relative clause after the figure ending at ``end`` that hangs on
    some other noun: "At least 12 people died when a missile that Ukrainian officials identified as a KN-23 struck",
    "two soldiers ..., the first prisoners taken from a contingent that officials say numbered 11,000".  It claims
    what its clause says, not the figure before it; so does a source set off in an aside right after the relative word
    of a clause of a place, a time or a part ("11,000 troops in Kursk, where, according to Kyiv, 4,000 died": Kyiv's
    is the 4,000; but "the 4,000 who, according to Kyiv, died" counts Kyiv's dead).  A clause on the figure's own noun phrase ("the 11,000 troops
    that the NIS says were sent") or crediting a figure ("a number that Kyiv gave") is read as before."""
    if a.start <= end:
        return False
    if a.how == "cue" and _aside_relative().search(text, end, a.start):
        return True  # "11,000 troops in Kursk, where, according to Kyiv, 4,000 died": the aside claims its clause's
    m = _LATER_RELATIVE.search(text, max(end, a.start - _RELATIVE_REACH), a.start)
    if m is None:
        return False
    gap = text[end : m.start()]
    if "," not in gap and len(gap.split()) <= _ANTECEDENT_WORDS:
        return False  # the clause hangs on the figure's noun phrase
    return _relative().search(text, m.start() - 2, a.end + 40) is None
