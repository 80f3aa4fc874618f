"""A state's partners as a source: "Our South Korean partners estimate that ...", "reporting from our Japanese
counterparts" credit that state's government.

An official who speaks for a body names another state's government by the state's adjective or name before a noun of
partnership (``data/claimant_cues.csv``, role ``partner``: "partners", "counterparts", "allies"): "Our Republic of
Korea partners estimate that more than 9,000 ..." is Seoul's estimate, passed on in a hearing or a briefing, as
"South Korean officials estimate" would be.  The subject is read before a reporting verb, and the source after
"from" that follows a noun of reporting (role ``partner_report``: "reporting, including from our Ukrainian
partners, that ...", or a state by its own name: "reporting from Seoul of another 2,000 ..."); "shells from our
American allies" is where things come from, no source of a figure.  Words that name no state's government ("our
NATO allies", "our Korean friends": which Korea a speaker's own side makes plain, not the words) are read as before.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from ...text.words import alternation
from .claim_attribution import Attribution
from .claimant_names import normalise
from ..mentions.claimant_vocab import claimant_cues

_REPORT_BEFORE = 40  # characters from a noun of reporting to the "from" that names its source
# Between a noun of reporting and its "from", only an aside's opening or a clause of receiving ("reporting, including
# from", "figures we received from"): another noun between ("reports on transfers from Russia") owns the "from".
_GAP = r"(?:,?\s+(?:including|notably|also)|\s+(?:we|they|I)\s+[a-z]+)?\s+from\s+"


@functools.cache
def _partners() -> re.Pattern:
    # An owner ("our"), one to four capitalised words of a state ("Republic of Korea", "South Korean"), the noun.
    return re.compile(
        rf"(?<![\w'’])(?P<who>(?:(?P<owner>[Oo]ur|[Tt]heir|[Ii]ts)\s+)?"
        rf"(?P<state>[A-Z][\w.'’\-]*(?:\s+(?:of\s+)?[A-Z][\w.'’\-]*){{0,3}})\s+(?:{alternation(claimant_cues('partner'))}))"
        rf"(?![\w'’])")


@functools.cache
def _report_before() -> re.Pattern:
    # A noun of reporting, then "from" as _GAP allows it ("reporting, including from", "figures we received from").
    return re.compile(rf"\b(?:{alternation(claimant_cues('partner_report'))}){_GAP}$", re.IGNORECASE)


@functools.cache
def _state_after_report() -> re.Pattern:
    # A noun of reporting, a few words, "from" and a state's or capital's name: "reporting from Seoul of ...".
    return re.compile(rf"\b(?:{alternation(claimant_cues('partner_report'))}){_GAP}"
                      rf"(?P<who>(?P<state>[A-Z][\w.'’\-]*(?:\s+(?:of\s+)?[A-Z][\w.'’\-]*){{0,3}}))(?![\w'’])")


def has_partners(sentence: str, low: str | None) -> bool:
    """Whether ``sentence`` (``low``: its lower-cased plain text, None where it has none) holds a noun of
    partnership, or a noun of reporting and "from": the cheap test before the patterns."""
    text = low if low is not None else sentence.lower()
    return any(noun in text for noun in claimant_cues("partner")) or (
        " from " in text and any(noun in text for noun in claimant_cues("partner_report")))


def partner_government(state: str) -> str | None:
    """The government the words ``state`` name as a state's ("Republic of Korea", "Japanese", "Seoul"), else None:
    "NATO" or "Western" name no state's government."""
    government = normalise(f"{state} government")
    return government if government is not None and government.endswith(" government") else None


def names_partners(words: str) -> bool:
    """Whether the words of a claimant are a state's partners ("our South Korean partners"): another's voice, though
    "our" opens them."""
    m = _partners().fullmatch(words.strip())
    return m is not None and partner_government(m.group("state")) is not None


def partner_attributions(sentence: str, taken: list[tuple[int, int]], is_verb: Callable[[str], bool]) -> list[Attribution]:
    """The attributions of ``sentence`` to a state named by its partners: before a reporting verb ("Our Republic of
    Korea partners estimate"), or after "from" that follows a noun of reporting ("reporting, including from our
    Japanese counterparts, that ...", or by its own name: "reports from Tokyo"); none inside ``taken`` (spans already
    attributed)."""
    out = []
    for m in _state_after_report().finditer(sentence):
        # "public reporting from Seoul of a further deployment": the state's government, as its partners would be.
        if m.group("state").endswith(("'s", "’s")):
            continue  # "figures from Russia's interior ministry": the possessive owns the body that gives them
        if not any(s <= m.start("who") < e for s, e in taken) and (government := partner_government(m.group("state"))):
            out.append(Attribution(m.start("who"), m.end("who"), m.group("who"), government, how="cue"))
    for m in _partners().finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        state = m.group("state")
        if m.group("owner") is None and m.start() and sentence[m.start() - 1] not in " \t\n(—–":
            continue
        if (government := partner_government(state)) is None:
            continue
        if (verb := _verb_after(sentence, m.end(), is_verb)) is not None:
            out.append(Attribution(m.start(), verb, m.group("who"), government, how="verb"))
        elif _report_before().search(sentence[max(0, m.start() - _REPORT_BEFORE - 20) : m.start()]):
            out.append(Attribution(m.start(), m.end(), m.group("who"), government, how="cue"))
    return out


_NEXT_WORDS = re.compile(r"\s+(?:(?P<adverb>[a-z]+ly|also|now|still)\s+)?(?P<verb>[a-z]+)\b")


def _verb_after(sentence: str, end: int, is_verb: Callable[[str], bool]) -> int | None:
    """Where the reporting verb right after the subject ending at ``end`` ends ("partners estimate", "partners
    now say"), else None."""
    m = _NEXT_WORDS.match(sentence, end)
    return m.end() if m is not None and is_verb(m.group("verb")) else None
