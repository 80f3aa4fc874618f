"""A figure whose noun is elided: what the figure before it, or the words around it, say it counts.

"another 3,000", "3 million a year", "1,000 had arrived" count what the
figure before counted, within two sentences; a pronoun ("600 of them") and a
breakdown after a colon ("15,000 troops in all: 11,000 last autumn") stand
for the last noun written; a copula may name the noun ("about 13,000 were
construction workers"), and so may a verb with "as" ("3,000 came as
reinforcements").  :class:`FigureSentence` is a sentence as its figures
are read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .estimate_joins import leaves_out, nearer_noun, opens_a_row, troops_named
from .estimate_losses import (
    deployed, deployment_named, loss_after, loss_before, names_a_force, reinforces, sent_as, sent_force,
)
from .estimate_asides import past_asides
from .estimate_mentions import mentioned
from .estimate_mourning import honours_the_dead
from ..mentions.strikes import mentions_strike
from .estimate_nouns import PEOPLE_COUNTED, Counted, elided, forward, noun_of_its_own, opens_with_part
from .estimate_tokens import Behind, tokenize
from ...text.numbers import Quantity, cues
from ...text.words import alternation


@functools.cache
def _finite() -> frozenset[str]:
    # Auxiliaries that end a noun phrase: after a bare number, they make it the subject ("500 had arrived").
    return frozenset(cues("aux")) & frozenset(cues("stop"))


class FigureSentence(NamedTuple):
    """A sentence as the figures in it are read: its text, without attributions, and the sentence before it."""

    text: str
    stripped: str  # the text with its attributions blanked (see estimate_asides.without_attributions)
    previous: str = ""  # the sentence before, when it is the one right before; else ""
    last_from: int = 0  # how many sentences back the figure before was counted (0: this one)
    asked: str = ""  # a question among the two sentences before ("How many troops are there?"), which a figure answers
    earlier: tuple[str, ...] = ()  # the two sentences before ``previous``, when they run on to it
    strike_before: bool = False  # a strike told earlier in its paragraph (estimate_strike_toll.ToldStrikes)

    def earlier_noun(self, far: bool = False) -> Counted | None:
        """The last counted noun of the sentence before, for a pronoun; or of a question just before, which an
        interview's answer refers to past a speaker's label ("What do we know of the troops? / ANALYST: / About
        4,000 of them have been wounded").  With ``far`` (a pronoun of a count written large), of the two sentences
        before those too: "the North Korean contingent returned with reinforcements. They came back. The first
        wave suffered. Now there are about 12,000 of them in Kursk"; only when a sentence after the noun's carries
        the chain by a pronoun that opens it ("They came back"): "North Korean soldiers were deployed. The local
        villagers were evacuated. Most houses were destroyed. Now about 3,000 of them have returned" are villagers."""
        noun = mentioned(self.previous, len(self.previous), clause=False) if self.previous else None
        if noun is None and self.asked and self.asked != self.previous:
            noun = mentioned(self.asked, len(self.asked), clause=False)
        if noun is None and far:
            after = (*self.earlier, self.previous)
            for j in range(len(self.earlier) - 1, -1, -1):
                if any(_chained(s) for s in after[j + 1 :]):
                    noun = mentioned(after[j], len(after[j]), clause=False)
                    if noun is not None:
                        break
        return noun

    def about_a_strike(self) -> bool:
        # "A missile hit a flat. About 90 were injured": a strike told first; not when this sentence names soldiers,
        # nor, for a strike told further back, when the sentence right before does ("Some 11,000 troops are in Kursk.
        # Of those, 3,000 were killed": the loss is theirs).
        # Nor when this sentence sets its loss in the fighting ("killed in the fighting for Avdiivka", role
        # ``war_story``): the war's toll, not the strike's told further back.
        further = self.strike_before and not (self.previous and names_a_force(self.previous) or _in_the_fighting(self.text))
        told = further or bool(self.previous) and mentions_strike(self.previous)
        return mentions_strike(self.text) or told and not names_a_force(self.text)


def _in_the_fighting(text: str) -> bool:
    return re.search(rf"\b(?:{alternation(cues('war_story'))})\b", text, re.IGNORECASE) is not None


def continued(q: Quantity, before, after, last: Counted | None, sentence: FigureSentence) -> Counted | None:
    """A count whose noun is elided, read as counting what the figure before it counted.

    The noun is elided when a word says the count goes on ("another 3,000", "3 million a year"), when a
    figure written large is the subject of a verb ("1,000 had arrived"): it is then the noun of the figure
    before, ``last``, or troops when a new deployment was named since.  A pronoun ("600 of them") and a
    breakdown after a colon ("15,000 troops in all: 11,000 last autumn") stand for the last noun written.
    A loss verb after it makes a count of people a loss ("some 600 of them were killed")."""
    if before[-1:] and cues("link").get(before[-1].low) == "verb":
        return None  # "the wounded number several thousand more": the noun the verb links is what it counts
    if (head := after[:1]) and head[0].low in _COPULAS and (own := _complement(after)) is not None:
        return own  # "Of those, about 13,000 were construction workers": what the copula says they are
    if head and head[0].low == "of" and (own := _part_complement(after)) is not None:
        return own  # "roughly 1,000 of the new arrivals are engineers": what the copula says the part is
    if len(pair := after[:2]) == 2 and f"{pair[0].low} {pair[1].low}" in cues("as_role") and (own := _complement(after[1:])):
        return own  # "about 3,000 came as a replenishment": what the verb and its "as" say they are
    skip = elided(after)
    if not skip and noun_of_its_own(after):
        return None  # "oil: about 1 million barrels": a plural of its own, which no vocabulary counts
    prev = before[-1:]
    part_of = last is not None and opens_with_part(before, sentence.last_from)  # "Of these, 30 were North Koreans"
    if part_of or skip or (q.scaled and prev and prev[0].kind == "punct" and prev[0].text in _BREAKDOWN):
        last = last if part_of else mentioned(sentence.text, q.start) or sentence.earlier_noun(bool(skip) and q.scaled) or last
    elif prev and prev[0].text == ":" and opens_a_row(before[:-1]):
        last = mentioned(sentence.text, q.start)  # a list's row, "Missiles: 148": its label's noun, or nothing
    elif (whole := _of_which(sentence, q)) is not None:
        return whole  # "Koksan guns, of which, according to Kyiv, about 120 have arrived": the guns
    elif not q.scaled and not _small_continued(sentence.text, q):
        return None
    if last is None and q.scaled and not skip:  # "Pyongyang sent troops. There are about 6,000 in Kursk now"
        last = sent_force(after) or troops_named(sentence.text, q, sentence.previous, before, after, sentence.asked)
    if last is None:
        return None
    if not skip and not part_of and not (prev and prev[0].kind == "punct" and prev[0].text in _BREAKDOWN):
        prev_words = " ".join(_cue_words([t.low for t in before[-3:] if t.kind == "word"]))
        rest = " ".join(t.low for t in after[:2] if t.kind == "word")
        first = [t.low for t in after[:2]]
        if first[:1] and first[0] in cues("adverb"):
            first = first[1:] if first[1:] and first[1] in cues("deploying") else first  # "11,000 already deployed"
        subject = bool(first) and (first[0] in _finite() or first[0] in cues("deploying"))  # "1,000 arrived"
        # "sent 11,000 soldiers and could send as many as 50,000": troops counted in this sentence or the one before.
        sent = last.category == "troops" and sentence.last_from <= 1 and prev_words.rpartition(" ")[2] in cues("deploying")
        # "Of the roughly 8,000, most, about 7,000, have moved": the whole restated, and its part set off by commas.
        sent = sent or last.category == "troops" and sentence.last_from <= 1 and _restated_or_apposed(before, after, sentence.text, q.start)
        # "more than 4 million shells according to Paris, nearly 10 million according to Seoul": another's count of
        # the same thing, credited right after it.
        # (The attribution is blanked in ``after``: the sentence's own words are read.)
        # "Seoul spoke of 11,000 troops, a figure later raised to 15,000": a revised value of the count before it.
        words = prev_words.split()
        revised = q.scaled and sentence.last_from == 0 and len(words) == 2 and words[1] == "to" and \
            words[0] in cues("change") and _revises(before[:-2])
        rival = q.scaled and sentence.last_from == 0 and bool(prev) and prev[0].text in _RIVAL_MARKS and sentence.text[q.end : q.end + _RIVAL_CHARS].lower().split()[:2] == _ACCORDING
        if not (any(prev_words.endswith(c) for c in cues("another")) or prev_words in cues("added_to")
                or any(rest.startswith(r) for r in cues("rate"))
                or (subject and not prev_words.endswith("from")) or (q.scaled and leaves_out(words)) or sent
                or rival or revised):
            return None
        if last.category not in ("troops", "persons", "casualties") and deployment_named(before, sentence.previous):
            last = Counted("troops", None, (), "troops")  # "150 launchers. [...] a new deployment. 1,000 are expected"
        elif (nearer := nearer_noun(sentence.text, q, sentence.previous, sentence.last_from, after)) is not None:
            last = nearer  # "The first troops arrived in October. Some 3,000 more were sent": more of those troops
    # An addition is the figure's own: "3,000 more troops, adding to the 11,000 already deployed" (reinforces, below).
    subtype = None if last.subtype == "reinforcements" else last.subtype
    counted = Counted(last.category, subtype, last.items, last.noun)
    if counted.category in ("troops", "persons", "casualties"):
        hit = loss_after(after[skip:])
        loss = hit.subtype if hit else loss_before(before, False)
        if loss is None and honours_the_dead(sentence.text, before, after):
            loss = "killed"  # "awarded to eleven servicemen, nine of them posthumously": those honoured as dead
        if loss is not None:
            return Counted("casualties", loss, counted.items, counted.noun)
    if counted.category == "persons" and counted.subtype is not None and skip and deployed(before, after[skip:]):
        # "the Koreans appeared in December. About two hundred of them were attached to our battalion": troops.
        return Counted("troops", sent_as(counted.subtype), counted.items, counted.noun)
    part = bool(prev) and prev[0].low in cues("subset")  # "lost 900,000 troops, including 1,230 ...": of the losses
    if counted.category == "casualties" and not part and deployed(before, after[skip:]):
        # "300 were killed. Another 2,000 were sent": a count sent is of troops, whatever the count before.
        counted = Counted("troops", None, counted.items, "troops")
    if counted.category == "troops" and reinforces(counted, before, after):
        counted = counted._replace(subtype="reinforcements")
    return counted


def _of_which(sentence: FigureSentence, q: Quantity) -> Counted | None:
    """The materiel named right before a relative "of which" that opens the figure's clause, an attribution set off
    after it passed over ("launchers, of which, according to Kyiv, about 120 have been delivered", "of which, by
    Ukrainian counts, some 90"); else None. People are left to the figure before ("300 soldiers, of which 40 were
    killed")."""
    if not _holds_a_relative(sentence.text):
        return None  # most sentences: the tokens before each figure need not be read
    tokens = past_asides(sentence.text, sentence.stripped, Behind(sentence.text, q.start), q.start)
    words = [t.low for t in tokens[-_RELATIVE_TOKENS:] if t.kind == "word"]
    if cues("another").get(" ".join(words[-2:])) != "relative":
        return None
    named = mentioned(sentence.text, q.start)
    return named if named is not None and named.category not in PEOPLE_COUNTED else None


_RELATIVE_TOKENS = 4  # tokens before a figure that hold "of which" and the commas of an attribution blanked after it


@functools.lru_cache(maxsize=64)  # asked once per figure: a sentence of many figures is searched once
def _holds_a_relative(text: str) -> bool:
    return _relative_words().search(text) is not None


@functools.cache
def _relative_words() -> re.Pattern:
    """The words of role another, value relative ("of which"), anywhere in a sentence."""
    words = [w for w, v in cues("another").items() if v == "relative"]
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE)


def _revises(before) -> bool:
    """Whether the words before a verb of change, back to their clause's start, make it a revision of the figure
    before: a noun of a figure ("the numbers had grown to") or no subject but words of role ``revising`` (", later
    raised to"); "while trade rose to" has a subject of its own."""
    total, revising = cues("total"), cues("revising")
    span = []
    for t in reversed(before[-_REVISION_WORDS:]):
        if t.kind != "word":
            break
        span.append(t.word)
    if any(w in total or w.rstrip("s") in total for w in span):
        return True
    return len(span) < _REVISION_WORDS and all(w in revising for w in span)


_REVISION_WORDS = 6  # words before a verb of change read for the figure it revises ("in the winter the figures had")
_ACCORDING = ["according", "to"]  # the words right after a rival count that credit it
_RIVAL_CHARS = 16  # characters after a figure that hold "according to"
_RIVAL_MARKS = frozenset({",", ";"})  # marks right before a rival count, which sets it off from the count it rivals
_COPULAS = frozenset({"was", "were", "is", "are"})
_COMPLEMENT = 3  # tokens after a copula within which its noun ends ("were mostly construction workers")


def _complement(after) -> Counted | None:
    """The counted noun a copula after a figure says it counts, or None."""
    own, end = forward(after[1:])
    return own if own is not None and end is not None and end < _COMPLEMENT and own.category != "persons" else None


_PART_WORDS = 4  # words of the whole after "of" before the copula ("of the new arrivals are")


def _part_complement(after) -> Counted | None:
    """The troops a copula says a part is, when the whole it is taken from ("of the new arrivals", "of those sent")
    names no counted noun: "about 1,000 of the newcomers were engineers"; else None. A participle of a loss after
    the copula ("700 of them were killed") is left to the reading of losses, which asks what "them" stands for."""
    tokens = after[: _PART_WORDS + 2]
    for k in range(1, len(tokens)):
        if tokens[k].kind != "word":
            return None
        if tokens[k].low in _COPULAS:
            own = _complement(after[k : k + _COMPLEMENT + 1]) if k > 1 else None
            return own if own is not None and own.category == "troops" else None  # "of them were killed": a loss
    return None


def _small_continued(text: str, q: Quantity) -> bool:
    """Whether a figure written small still goes on with the count before it: its words say it adds to that count
    or is its earlier value ("another 20", "up from 30"), or it is the subject of a verb after "more" ("150 more were")."""
    after = text[q.end : q.end + _EARLIER_REACH].lower().split()[:2]
    if len(after) == 2 and after[0] in cues("rate") and after[1] in _finite():
        return True
    words = _cue_words(text[max(0, q.start - _EARLIER_REACH) : q.start].lower().split())
    another = cues("another")
    return bool(words) and (another.get(words[-1], "part") != "part" or " ".join(words) in another)


def earlier_value(sentence: FigureSentence, before: Quantity, start: int) -> bool:
    """Whether the words before ``start`` say the figure is the earlier value of the one ``before`` ("up from 30"),
    a figure of its own: a number of an attribution ("One official said") is compared with nothing."""
    text = sentence.text
    words = " ".join(_cue_words(text[max(0, start - _EARLIER_REACH) : start].lower().split()))
    return cues("another").get(words) == "earlier" and sentence.stripped[before.start] == text[before.start]


def _restated_or_apposed(before, after, text: str, start: int) -> bool:
    """Whether a figure with no noun, a comma after it, opens its sentence as the whole a part is taken from ("Of
    the roughly 8,000,") or stands set off after a word of a part of that whole ("most, about 7,000,": role
    part_quantifier); never after a whole with a noun of its own ("Of the 2,000 villagers, most, about 1,500,")."""
    if not (after[:1] and after[0].text == ",") or (whole := _BARE_WHOLE.match(text)) is None:
        return False
    words = [t.low for t in before[-2:]]
    return start == whole.start("figure") or (len(words) == 2 and words[1] == "," and words[0] in cues("part_quantifier"))


# "Of the roughly 8,000, ": a whole that restates a figure before it, with no noun, opening its sentence.
_BARE_WHOLE = re.compile(r"(?i)of\s+the\s+(?P<figure>(?:[a-z]+\s+)?\d[\d,.]*\d(?:\s+(?:million|thousand))?),\s")


def _cue_words(words: list[str]) -> list[str]:
    # The two words before a figure, past its article: "up from the 600 the NIS reported" is an earlier value.
    return (words[:-1] if words[-1:] == ["the"] else words)[-2:]


_EARLIER_REACH = 24  # characters before a figure that hold the two words of "compared with"
_BREAKDOWN = (":", "—", "–")  # "15,000 troops in all: some 11,000 last autumn"


def earlier_text(numbers: list[int], texts: list[str], k: int) -> tuple[str, ...]:
    """The two sentences before the one right before sentence ``k``, when all run on to it; () when there are none."""
    if k < 2 or numbers[k - 1] != numbers[k] - 1:
        return ()
    return tuple(texts[j] for j in (k - 3, k - 2) if j >= 0 and numbers[j] == numbers[k] - (k - j))


def _chained(sentence: str) -> bool:
    """Whether ``sentence`` opens with a pronoun that carries on what was named before it ("They came back")."""
    first = next((t for t in tokenize(sentence[:_OPENING]) if t.kind == "word"), None)  # past a quotation mark
    return first is not None and first.low in cues("chain_pronoun")


_OPENING = 24  # characters at a sentence's start read for its first word


def question_before(numbers: list[int], texts: list[str], k: int) -> str:
    """The last question among the two sentences right before sentence ``k`` ("How many soldiers were sent?"), which a
    bare figure after it may answer; "" when there is none."""
    for j in (k - 1, k - 2):
        if j >= 0 and numbers[j] == numbers[k] - (k - j) and texts[j].rstrip().endswith("?"):
            return texts[j]
    return ""
