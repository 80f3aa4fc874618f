"""A figure restated with no noun: "the 10,000 in Kursk", "Of the roughly 11,000 to 12,000, most".

Briefings, interviews and analyses restate a figure given earlier in the
article by its value alone, its noun left to the reader however far back it
stands: a question quotes the answer's "10,000" back, an answer takes "the
11,000 to 12,000" from the statement that opened the briefing.  A count
written large with no noun of its own, whose value is that of a figure
already read in the article (a range, both its ends), counts what that
figure counted (:class:`ArticleFigures`), and so does one whose only noun is
people after a determiner that points back ("the 6,000 people sent to Kursk";
not "a town of 6,000 people").  A small number ("the two") or a
year restates nothing this way.  A noun that names a figure ("the Pentagon
put the figure at around 3,000") names the article's force when no figure
stands near it (:attr:`ArticleFigures.force`).

A later mention of a figure already given ("the two prisoners", or by its
value alone: "if 5 million rounds were delivered") keeps the claimant of its
first mention unless its own sentence names someone (tests/gold/devset/README.md,
"Conventions"): the writer refers back to the figure, not to a new account of it.
Only the same figure: of the same category, subtype and weapons, on no occasion
of its own ("On Sunday, ...", "in a separate strike").
"""

from __future__ import annotations

import math

from ..claims.claim_resolve import Claim
from .estimate_held import CAPTURED
from .estimate_losses import adds_to
from .estimate_specs import INDEFINITE
from .estimate_nouns import PEOPLE, PEOPLE_COUNTED, Counted, forward, noun_of_its_own
from .estimate_tokens import Ahead, Behind
from ..claims.claimant_times import opening_time
from ...text.numbers import YEAR, Quantity, cues

_OTHERS_REACH = 2  # tokens after a count where a plural of others may stand, past a word describing them
_YEARS = (1900, 2100)  # a bare four-digit number in this span is more likely a year than a figure restated
_ARTICLE_REACH = 3  # tokens before a figure where an indefinite article opens its own noun phrase ("a force of")
_RATE_REACH = 3  # tokens after a figure that hold its noun and a rate ("shells a year")

_Key = tuple[str, str | None, tuple[str, ...], tuple[float, ...]]  # category, subtype, weapons, number


def _value(q: Quantity) -> tuple[float, ...] | None:
    """The number ``q`` writes, as a key: both ends of a range, else its one value; None for no such figure."""
    if q.kind != "count" or not q.scaled:
        return None
    if q.hedge == "range":
        return (q.low, q.high)
    value = q.low if not math.isnan(q.low) else q.high
    return None if math.isnan(value) else (value,)


def _points_back(text: str, q: Quantity, behind: Behind | None = None) -> bool:
    """Whether a determiner that points back (role ``restating``: "the", "these") stands right before ``q``."""
    last = (behind if behind is not None else Behind(text, q.start))[-1:]
    return bool(last) and last[0].low in cues("restating")


def _points_back_after(after) -> bool:
    """Whether words right ``after`` a count point back at people counted before (role ``restating``, value
    ``after``: "two of them", as "the two")."""
    words = " ".join(t.low for t in after[:_BACK_WORDS])
    return cues("restating").get(words) == "after"


_BACK_WORDS = 2  # "of them"


def _key(q: Quantity, counted: Counted) -> _Key | None:
    """What a figure counts, to its subtype and the weapons named, and the number it writes (a small one exactly:
    "two"), by which a later mention is known: "two captured" and "the two killed" are two figures."""
    value = _value(q) if q.scaled else (q.low,) if q.kind == "count" and q.hedge == "exact" else None
    return None if value is None else (counted.category, counted.subtype, counted.items, value)


def _given_again(text: str, q: Quantity, behind: Behind) -> bool:
    """Whether ``q`` is clearly a figure already given, with no determiner pointing back ("If 5 million rounds were
    delivered", "the first contingent of some 7,000"): a value written large, not a vague plural ("several thousand")
    nor a small number ("On Sunday, 14 soldiers were killed" tells a loss of its own), with no indefinite article
    before it that opens a figure of its own ("a force of 10,000 or so") and no rate after its noun ("produces 5
    million shells a year")."""
    if not q.scaled or q.hedge == "vague" or any(t.low in INDEFINITE for t in behind[-_ARTICLE_REACH:]):
        return False
    words = [t.low for t in Ahead(text, q.end)[:_RATE_REACH]]
    # The rate right after the figure or after its one-word noun; "more" adds to a count, which adds_to reads.
    return not any(" ".join(words[i : i + n]) in cues("rate") and words[i] != "more" for i in (0, 1) for n in (1, 2))


def _new_occasion(text: str, q: Quantity) -> bool:
    """Whether the sentence of ``q`` sets it on an occasion of its own: it opens on a time ("On Sunday,"), names a
    year before the figure ("In 2019, 7,000 troops marched"), or has a word of another occasion (role
    ``new_occasion``: "in a separate strike", "last year")."""
    if opening_time().match(text.lstrip()) or YEAR.search(text, 0, q.start):
        return True
    low = f" {' '.join(text.lower().split())} "
    return any(f" {w} " in low for w in cues("new_occasion"))


class ArticleFigures:
    """The figures read so far in one article, by the number each writes, for a later figure that restates one."""

    def __init__(self) -> None:
        self._by_value: dict[tuple[float, ...], Counted] = {}
        self.force: Counted | None = None  # the article's last troop figure, however far back
        self.whole_high: float | None = None  # the value of the last figure that was no part of another
        self._captives: set[float] = set()  # the exact counts of prisoners read so far ("two soldiers captured")
        self._sentence = ""  # the sentence of the figure read now (the one :meth:`captives` was last given)
        self._others_in = None  # the sentence of the last people counted, when they were no prisoners
        self._claims: dict[_Key, Claim] = {}  # the claim of a figure's first mention

    def remember(self, q: Quantity, counted: Counted) -> None:
        """Keep what ``q`` counts under its number (shares and percentages aside), and the last force counted."""
        if (key := _value(q)) is not None and counted.category != "share_percent":
            self._by_value[key] = counted
        if counted.category == "troops":
            self.force = Counted("troops", None, counted.items, counted.noun)
        if counted.category in PEOPLE_COUNTED:
            captives = counted.category == "casualties" and counted.subtype == CAPTURED
            self._others_in = None if captives else self._sentence
        self.captured_before(q, counted)

    def below_the_whole(self, q: Quantity) -> bool:
        """Whether ``q`` is below the last whole figure, so a noun that restates a figure may restate a part of it:
        "300 of them have been killed. The Pentagon puts the figure at 12,000" restates the 11,000 sent, no loss."""
        return self.whole_high is None or q.high < self.whole_high

    def in_headline(self, q: Quantity, counted: Counted, claim: Claim | None) -> None:
        """Keep a figure the headline gives: the prisoners it counts, and ``claim``, the claimant it opens on
        ("Koval: ..."; :func:`~dossier.extractors.claims.claim_headline.headline_claim`), whose figure the body's
        lead gives again."""
        self.captured_before(q, counted)
        if claim is not None and (key := _key(q, counted)) is not None:
            self._claims.setdefault(key, claim)

    def captured_before(self, q: Quantity, counted: Counted) -> None:
        """Keep ``q`` as the number of prisoners when it counts them exactly ("two soldiers captured")."""
        if counted.category == "casualties" and counted.subtype == CAPTURED and q.hedge == "exact" and not q.scaled:
            self._captives.add(q.low)

    def captives(self, text: str, q: Quantity, counted: Counted | None, previous: str = "") -> Counted | None:
        """The prisoners counted earlier, when ``q`` of ``text`` names them again by their number after a determiner
        that points back ("the two", "only these two", "the two young men", "the two soldiers wait") or words after it
        that do ("two of them"), unless other people were counted after them in its sentence or the one before,
        ``previous``, whom "them" points at ("3,000 have died; two of them were officers"); else None.

        The count must be the prisoners' exactly, with no noun after it or a noun of soldiers or people, read as no
        loss: "the two leaders", "the two Koreas" or "the two brigades" name others, and "the two soldiers killed"
        tells a loss of its own."""
        self._sentence = text
        if q.kind != "count" or q.hedge != "exact" or q.scaled or q.low not in self._captives:
            return None
        if counted is not None and (counted.category not in PEOPLE or counted.subtype is not None):
            return None
        after = Ahead(text, q.end)
        others = self._others_in is not None and self._others_in in (text, previous)
        if not (_points_back(text, q) or not others and _points_back_after(after)):
            return None
        first = after[:1]
        noun = forward(after)[0]
        if noun is None and first and first[0].kind == "word" and (
                first[0].text[0].isupper() or noun_of_its_own(after) or noun_of_its_own(after[1:_OTHERS_REACH])):
            return None  # "the two Koreas", "the two leaders", "the two rogue states": a noun of others
        if noun is not None and (noun.category not in PEOPLE or noun.noun not in PEOPLE):
            return None
        return Counted("casualties", CAPTURED, (), "casualties")

    def restated(self, text: str, q: Quantity) -> Counted | None:
        """What an earlier figure of the same number counted, when ``q`` of ``text`` is a count written large with
        no noun of its own ("the 10,000 in Kursk"); else None, as for most figures."""
        key = _value(q)
        if key is None or key not in self._by_value:
            return None
        if len(key) == 1 and _YEARS[0] <= key[0] <= _YEARS[1] and "," not in text[q.start : q.end]:
            return None  # "since 2022": a year
        after = Ahead(text, q.end)
        if after[:1] and after[0].low == "of":
            return None  # "6,000 of the 14,000 men": a part, read with its whole (estimate_parts)
        own = forward(after)[0]
        if own is not None and own.category == "persons" and own.subtype is None and _points_back(text, q):
            own = None  # "these 6,000 people": still those counted before
        if noun_of_its_own(after) or own is not None:
            return None  # a noun of its own says what it counts
        earlier = self._by_value[key]
        return Counted(earlier.category, earlier.subtype, earlier.items, earlier.noun)

    def claimed(self, text: str, q: Quantity, counted: Counted, claim: Claim, named: bool) -> Claim:
        """The claim of ``q``: a later mention of a figure already given ("the two prisoners", "the 7,000 troops",
        "if 5 million rounds were delivered") keeps its first mention's claimant unless its sentence names someone or
        quotes someone (``named``); an addition ("two more"), a figure on an occasion of its own, a vague plural or a
        figure of its own after "a" is no such mention.  Any other figure keeps ``claim``, and a first mention is
        remembered with it."""
        if (key := _key(q, counted)) is None:
            return claim
        first = self._claims.setdefault(key, claim)
        if first is claim or named or claim.claimant is not None:
            return claim
        behind = Behind(text, q.start)
        if adds_to([t.low for t in behind[-2:]], [t.low for t in Ahead(text, q.end)[:2]]) or _new_occasion(text, q):
            return claim
        return first if _points_back(text, q, behind) or _given_again(text, q, behind) else claim
