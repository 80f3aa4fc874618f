"""A government's answer in its own legislature: a minister's "we assess" there is the state's government's.

A parliament's record names the government its ministers answer for as Westminster and the Bundestag write it, in
capitals and with no state's word ("To ask His Majesty's Government what assessment they have made",
"the Minister of State speaks for the Federal Government", ``data/answering_governments.csv``).  A speaker of that
record who gives a figure in the first person plural ("we assess", "our assessment") answers for that government:
when their "we" comes before the figure, the claimant is the government of the state the record is written from
(its outlet's home), not the minister who speaks nor no one.  Only in a legislature's record (its source names one,
``data/legislatures.csv``): a newspaper's own "we" is the outlet's, whatever government it names.  "The Government
assesses ..." in a state's record is that government too.  A figure the sentence credits to someone else keeps its
claimant, and a record that names no such government (a committee hearing a general or an agency's witness) keeps
the speaker's body.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from .claim_introduced import first_person
from .claim_release import source_government
from .claim_resolve import Claim
from .claim_turns import takes_up
from .claimant_names import cleaned, kind, normalise
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import home_state

_ANSWERS_BEFORE = 12  # sentences back from a figure in which the record names the government answering

# A turn's label opening a sentence: a speaker's name and perhaps their office, then a colon ("Jane Roe, Minister of
# State at the Federal Foreign Office:", "JANE ROE:").
_LABEL = re.compile(r"\s*(?P<label>[^:.!?\n]{2,100}):")
_NAME_WORD = re.compile(r"[A-Z0-9]")  # a word of a label's name and title: capitalised, or a number ("Anf. 78")


@functools.cache
def _named_government() -> re.Pattern:
    """The government a record names as answering, in capitals: "the Government", "His Majesty's Government"."""
    names = alternation(load_table("answering_governments.csv").name)
    return re.compile(rf"(?<![\w'])(?:{names})(?![\w])", re.IGNORECASE)


@functools.cache
def _legislature_words() -> re.Pattern:
    return re.compile(rf"(?<![\w'])(?:{alternation(load_table('legislatures.csv').word)})(?![\w])", re.IGNORECASE)


def _legislature(source: str | None) -> bool:
    """Whether a source names a legislature or its record ("Hansard (House of Lords)", "Deutscher Bundestag,
    Plenarprotokoll", ``data/legislatures.csv``)."""
    return bool(source) and _legislature_words().search(source) is not None


def _names_government(text: str) -> bool:
    # "the Government" as written in a record: capitalised ("the government" in running prose is any state's).
    found = _named_government().finditer(text.replace("’", "'"))
    return any(m.group(0).split()[-1].startswith("G") for m in found)


def answering_government(found: Claim, texts: list[str], k: int, start: int, source: str | None) -> Claim:
    """``found``, the claim of a figure at ``start`` of sentence ``k``, or the home state's government when the figure
    is a government's answer in its own record: "The Government assesses ..." in a state's record (by the state its
    source names first), or a speaker's "we assess ..." before the figure, credited to no one or to the speaker alone,
    after a sentence naming the government that answers ("As for the figure of 100,000, ... we are watching": a figure
    the speaker takes up, not their own)."""
    if found.claimant is not None and cleaned(found.claimant) == "government":
        home = source_government(source)
        return found._replace(claimant=home) if home else found  # "The Government assesses ..."
    if found.claimant is not None and (kind(found.claimant) not in (None, "person") or (found.text or "") in texts[k]
                                       or not _labels_turn(found.claimant, texts, k)):
        return found  # a body's claim, a person the sentence names itself ("Ms Roe said we assess ..."), or another's
    if not _legislature(source):
        return found  # a newspaper's "we" is the outlet's, whatever government it names
    if not _answers_in_person(texts[k], start) or takes_up(texts[k], start):
        return found  # no "we" of the speaker's before it, or "the two soldiers": a figure given before, whose claim it keeps
    if not any(_names_government(t) for t in texts[max(0, k - _ANSWERS_BEFORE) : k + 1]):
        return found
    home = _home_government(texts, source)
    return Claim(home, home) if home else found


def _answers_in_person(sentence: str, start: int) -> bool:
    """Whether the speaker gives the figure at ``start`` of ``sentence`` as an answer in the first person plural: a
    "we" or "our" before it that is not "our partners" or "our soldiers" (others whose account they pass on,
    ``data/own_groups.csv``), in a sentence that asks no question ("Does the Minister accept that we now face 11,000
    more?" is a member's question to the government, not its answer)."""
    if sentence.rstrip().endswith("?"):
        return False
    others = _others_after()
    return any(not others.match(sentence, m.end()) for m in first_person("first_plural").finditer(sentence, 0, start))


@functools.cache
def _others_after() -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(load_table('own_groups.csv').noun)})(?![\w])", re.IGNORECASE)


def _labels_turn(person: str, texts: list[str], k: int) -> bool:
    """Whether ``person`` is the speaker of the turn sentence ``k`` is in: their surname is in the label that opens the
    nearest sentence before it that opens with one ("Jane Roe:" ... "Our assessment is ..."), not a person a figure
    was credited to before, whose figure the speaker takes up."""
    surname = person.split()[-1].lower()
    for j in range(k, max(-1, k - _ANSWERS_BEFORE), -1):
        label = _LABEL.match(texts[j])
        if label is not None and all(_NAME_WORD.match(w) for w in label.group("label").split(",")[0].split()):
            return surname in label.group("label").lower()  # (not "The message is clear: ...", a sentence's colon)
    return False


def _home_government(texts: list[str], source: str | None) -> str | None:
    """The government of the state an article is written from: by its people's adjective ("Russian government") or
    its name ("UK government", "Germany's government"), as the vocabularies know it; None for no known state."""
    state = home_state(texts[0] if texts else "", source)
    if not state:
        return None
    names = (adjectives_of_states().get(state), state.replace("_", " "))
    return next((g for name in names if name and (g := normalise(f"{name} government")) and kind(g) == "government"), None)
