"""Where a claimant's name ends inside a cue's object, when its verb follows it.

"Data compiled by the Kiel Institute show ...": the name ends before
"show"; "estimated by the NIS at 4,700" before the figure's "at".  Used by
:mod:`~dossier.extractors.claims.estimate_claimants` for the objects of its cues.
"""

from __future__ import annotations

import functools
import re

from .claimant_names import cleaned
from .claimant_phrases import GLUE, descriptions
from ..mentions.claimant_vocab import claimant_cues
from ...text.numbers import cues
from ...text.words import UPPER

_LOWER_WORD = re.compile(r"(?<!\S)(?!the\s)[a-z][\w'’\-]*")


def name_end(sentence: str, start: int, end: int) -> int:
    """Where the name that a cue's object ``sentence[start:end]`` opens ends, when its verb follows it.

    "Data compiled by the Kiel Institute show ...": the name ends before
    "show"; "estimated by the NIS at 4,700" before the figure's "at";
    ``end`` when no verb or figure follows a name.
    """
    if " at " in sentence[start:end] and (at := _AT_FIGURE.search(sentence, start, end)) is not None:
        end = at.start()
    if (that := sentence.find(" that ", start, end)) > 0:
        if cleaned(sentence[start:that]) in descriptions():
            return that  # "told by the agency that 1,500 ...": the description, then the clause it tells
        head, _, verb = sentence[start:that].rpartition(" ")
        if verb.lower() in _name_ends() and cleaned(head) in descriptions():
            return start + len(head)  # "estimates by the institute suggest that ...": the description, then its verb
        if _THING_BEFORE_CLAUSE.fullmatch(sentence, start, that) and sentence[that + 6 : that + 7].isupper():
            # "data from the deployment that Ukrainian officials say cost ...": a thing, then a relative clause
            # whose own subject says it; the object is the thing alone, and names no one.
            return that
    w = _LOWER_WORD.search(sentence, start, end)
    while w is not None and w.group(0) in GLUE:  # "by the Korea Institute for Defense Analyses estimated"
        w = _LOWER_WORD.search(sentence, w.end(), end)
    if w is None or w.start() == start or w.group(0) not in _name_ends() or not _after_name(sentence, w.start()):
        return end
    return w.start()


# A cue's object that is a thing in lower case with its article ("the deployment", "a new shipment"), no name.
_THING_BEFORE_CLAUSE = re.compile(r"\s*(?:the|a|an|this)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*")


# "at" and a number, through a few lower-case words ("at about 4,700"); not a name's number ("analysts at 38 North").
_AT_FIGURE = re.compile(rf"\s+at\s+(?:[a-z]+\s+){{0,3}}\d[\d,.]*+(?!\s+{UPPER})")


def _after_name(sentence: str, at: int) -> bool:
    """Whether the word before ``at`` (a word's start) is a capitalised word with no punctuation after it."""
    last = sentence[:at].rstrip()
    return last[-1:].isalnum() and last[last.rfind(" ") + 1:][:1].isupper()


@functools.cache
def _name_ends() -> frozenset[str]:
    # The reporting verbs' past forms: their present forms are as often nouns after a name ("according to Russian
    # claims", "according to the South Korean estimate"); auxiliaries, less the prepositions among them ("for").
    verbs = {*cues("reporting"), *claimant_cues("reporting")}
    reporting = (w for w in verbs if not w.endswith("s") and f"{w}s" not in verbs)
    auxiliaries = frozenset(cues("aux")) & frozenset(cues("stop"))
    return frozenset({*claimant_cues("name_end"), *reporting, *auxiliaries})
