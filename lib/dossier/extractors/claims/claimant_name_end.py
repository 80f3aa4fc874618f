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
from ...text.quantities import find_quantities
from ...text.words import UPPER, alternation
from ...vocab import load_table

_LOWER_WORD = re.compile(r"(?<!\S)(?!the\s)[a-z][\w'’\-]*")


def name_end(sentence: str, start: int, end: int) -> int:
    """Where the name that a cue's object ``sentence[start:end]`` opens ends, when its verb follows it.

    "Data compiled by the Kiel Institute show ...": the name ends before
    "show"; "estimated by the NIS at 4,700" before the figure's "at";
    ``end`` when no verb or figure follows a name.
    """
    end = _before_figure(sentence, start, end)
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


def _before_figure(sentence: str, start: int, end: int) -> int:
    """Where a cue's object ends when a figure follows it with no comma between ("According to Kyiv more than 3,000
    soldiers ..."): a source is named, not counted, so the first figure after its first word opens the clause it
    attributes; a number a determiner takes ("the two officials") or a name holds ("38 North") stays the object's."""
    if not any(c.isdigit() for c in sentence[start:end]):
        return end  # most objects hold no number (a vague count, "thousands", is no figure after a name here)
    for q in find_quantities(sentence[start : end + _FIGURE_REACH]):
        at = start + q.start
        if at >= end:
            break
        before = sentence[start:at].split()
        if not before or before[-1].lower() in _TAKES_A_NUMBER:
            continue
        if _names_number(sentence, start + q.start, start + q.end):
            continue  # "according to analysts at 38 North": a name's number
        return at
    return end


def _names_number(sentence: str, at: int, end: int) -> bool:
    """Whether the number ``sentence[at:end]`` is a name's ("38 North"): bare digits before a capitalised word; not a
    count of a state's people or things ("11,000 North Korean troops", "more than 300 Russian soldiers")."""
    after = sentence[end : end + 2].lstrip()[:1]
    return (after.isupper() and sentence[at:end].isdigit()
            and _state_adjective().match(sentence, end) is None)


@functools.cache
def _state_adjective() -> re.Pattern:
    words = [w for w in load_table("nationalities.csv").word if not w.endswith(("'s", "’s")) and not w.startswith("the ")]
    return re.compile(rf"\s+(?i:{alternation(words)})(?![\w\-])")


_FIGURE_REACH = 24  # characters past a cut object that a figure begun in it may run to ("more than 3,000")
# Words after which a number is the object's own: its determiners and prepositions ("the two officials", "of 12
# experts"); read as a figure's hedge would be, "at" stays with name_end's figure rule.
_TAKES_A_NUMBER = frozenset({"the", "a", "an", "these", "those", "its", "his", "her", "their", "our", "all", "of", "by",
                             "from", "some", "at"})


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
