"""The patterns of a sentence's attributions: a cue before its object, a reporting verb, a subject that points back.

Read by :mod:`~dossier.extractors.claims.estimate_claimants` for its verbs'
subjects and by :mod:`~dossier.extractors.claims.claim_cues` for its cues'
objects; their words are in ``data/estimate_cues.csv`` and
``data/claimant_cues.csv``.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from .claimant_times import opening_time
from .claimant_names import claimant_cues
from .claimant_phrases import POSSESSIVE_PRONOUNS, anaphors, descriptions
from ...text.numbers import cues
from ...text.plain_text import plain_pattern


_PRONOUNS = ("it", "he", "she", "they")  # personal pronouns that may be a reporting verb's subject

# Roles of claimant_cues.csv whose verbs report, some only with what follows them (see gives_no_claim).
_VERB_ROLES = ("reporting", "giving", "promising", "scorning", "supposing", "seeing", "speaking")


@functools.cache
def attribution_patterns(lower: bool = False) -> dict[str, re.Pattern]:
    """The patterns, or with ``lower`` the same for lower-cased plain text (see ``plain_text.lowered``).

    Lower-cased, "per" before any word matches, and only the ``per`` group
    tells it from the other cues: whether a capital follows is then checked
    in the original text.
    """
    def compiled(source: str) -> re.Pattern:
        return plain_pattern(source) if lower else re.compile(source, re.IGNORECASE)

    def alt(words):
        # Lower case either way: the trie then holds one branch per word, whatever the case it is written in.
        return alternation(w.lower() for w in words)

    cue = alt(c for c in cues("attribution") if c != "per")
    # "per the NIS", "per a South Korean lawmaker": a determiner may come first.
    per = r"(?P<per>per)(?=\s+(?:(?:the|an?)\s+)?[a-z])" if lower else rf"per(?=\s+(?-i:(?:(?:the|an?)\s+)?{UPPER}))"
    # "estimated at 600 by the NIS", "put by the NIS at 600": the agent of a link to a figure, read as a cue's object.
    verbs, figure = alt(claimant_cues("agent_link")), r"at\s+(?:[a-z]+\s+){0,3}\d"
    agent = rf"(?:{verbs})\s+(?:{figure}[\w.,]*\s+(?:[\w\-]+\s+){{0,4}}?(?P<by>by)|(?P<by_first>by)(?=\s[^,.;]{{1,60}}?\s{figure}))"
    return {
        # "per" names a source only before a name ("per the NIS"), never in "per cent" or "per year".
        "cue": compiled(rf"\b(?:{cue}|{per}|{agent})\s+"),
        # Verbs of giving report only a claim they give out (gives_no_claim); a hyphenated word is none ("think-tank").
        "verb": compiled(rf"(?<![\w]-)\b(?:{alt([*cues('reporting'), *(w for role in _VERB_ROLES for w in claimant_cues(role))])})\b(?!-\w)"),
        # A description is a whole subject ("The agency said", after a time: "In May the agency said"), never the end
        # of a longer one ("briefed by the agency said"); a personal pronoun is one wherever it stands ("they say").
        "anaphor": compiled(rf"(?:(?:^(?:{opening_time().pattern})?|[,;:—\"”]\s*|\b(?:and|but|while)\s+)({alt(anaphors())})"
                            rf"|(?<![\w'’])({alt(_PRONOUNS)}))$"),
        # Tried only where a hyphen stands before the subject's end: "The London-based think tank".
        "located": compiled(rf"(?:^|[,;:—\"”]\s*|\b(?:and|but|while)\s+)({_located_description()})$"),
    }


def _located_description() -> str:
    """A body's description after a place that says where it is ("the London-based think tank"): it refers back as
    the description does (:func:`~dossier.extractors.claims.claimant_names.cleaned` drops the place)."""
    bodies = (d for d in descriptions() if d not in _PRONOUNS and "'" not in d and d.split(" ", 1)[0] not in POSSESSIVE_PRONOUNS)
    located = alternation(claimant_cues("located"))
    return rf"the\s+[\w.'’]+-(?:{located})\s+(?:{alternation(bodies)})"


def is_verb(word: str) -> bool:
    """Whether ``word`` is a reporting verb: where a sentence's lead subject ends."""
    return attribution_patterns()["verb"].fullmatch(word) is not None
