"""One sentence as its figures' claims are read: its attributions, relays and quotations, each found once.

:class:`SentenceReading` works out what a figure may need when first asked:
a sentence read only for its relay words (a later figure's relay looking
back for its source) never needs its attributions.  :func:`goes_on` tells a
figure that continues the one before it ("600 of them were killed").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from ...text.quote_marks import ENGLISH_DOUBLE
from ...text.words import UPPER, WORD, alternation
from .claim_relays import Relay, credited, quotations, quoted_as, relay_capable, relay_words, relays
from .claim_attribution import Attribution, nearest
from .claim_reported_asides import without_reported_aside
from .claim_reach import Reach, clause_join_words, limited_reach, reaches
from .claim_questions import QUESTION, question_end
from .claim_participles import WITH
from .claimant_names import kind
from .claimant_times import opening_time
from ..mentions.claimant_vocab import claimant_cues
from .claim_impersonal import impersonal
from .claim_inference import inferred
from .estimate_claimants import attributions
from ...text.numbers import cues, hedge_phrases
from ...text.plain_text import holds_any, lowered

WINDOW = 240  # characters around a figure in which its relays are looked for
NEIGHBOURS = 4  # attributions before a figure that may be nearest to it: they rarely overlap
_INTRODUCES = re.compile(rf"[^.;:{ENGLISH_DOUBLE}]{{0,30}}:\s*[\"“‘']")
_THAT = re.compile(r"\bthat\b")
# Between a teller's verb and the clause it reports, "that" left out: an object and a time at most, no punctuation
# ("Park told reporters the NIS estimated ...", "He said on Wednesday the agency believed ...").
_BARE_CLAUSE = re.compile(r"(?:\s+[\w'’]+){0,3}\s+")
_PERSONAL = frozenset({"he", "she"})  # pronouns that stand for a person, who may tell another's figure
_ASIDE_GAP = re.compile(r"\s*,\s*")  # between an attribution and an aside on it
_TAIL_CHARS = 40  # what may follow an attribution that ends its sentence ("..., the lawmakers told reporters.")


def _may_tell(x: Attribution) -> bool:
    # A person's pronoun may tell too ("..., he added"), and a person the vocabularies know may tell what a body
    # found; whether the one it stands for passes the figure on is asked when resolved.
    return relay_capable(x.claimant, x.text) or (x.anaphor and x.text.lower() in _PERSONAL) or kind(x.claimant) == "person"


def _reports_clause(text: str, end: int, start: int) -> bool:
    """Whether ``text[start:]`` opens the clause that the reporting verb ending at ``end`` reports.

    Not when a conjunction opens a clause of its own there ("believes that 300 were captured, but Kyiv confirmed
    two": Kyiv's words are no part of what the first subject believes)."""
    if _THAT.search(text, end, start) is None and _BARE_CLAUSE.fullmatch(text, end, start) is None:
        return False
    own = _opens_contrast(text, end, start) or _coordinate_before().search(text, max(end, start - _COORDINATE_CHARS), start)
    return not own or _THAT.search(text, max(end, start - 24), start) is not None  # "said that, while the NIS ..."


def _starts_in(x: Attribution, span: Attribution | None) -> bool:
    return span is not None and span.start <= x.start < span.end


@functools.cache
def _contrast_before() -> re.Pattern:
    # A conjunction, and the article of the claimant it opens with, ending where the claimant's words start.
    words = alternation(w.lower() for w in claimant_cues("contrast"))
    return re.compile(rf"\b(?:{words}),?\s+(?:the\s+)?$", re.IGNORECASE)


def _opens_contrast(text: str, end: int, at: int) -> bool:
    """Whether the attribution at ``at`` opens a contrasting clause that starts after the figure ending at ``end``
    (``data/claimant_cues.csv``, role ``contrast``: "while", "whereas", "but")."""
    return _contrast_before().search(text, max(end, at - 16), at) is not None


@functools.cache
def _comparison_before() -> re.Pattern:
    # A word of comparison and a few words with no comma or figure ("the figure", "what", "the number Seoul's spy
    # agency gave in"), ending where the claimant starts; "according to" there would credit the figure anew.
    words = alternation(w.lower() for w in claimant_cues("compared_with"))
    return re.compile(rf"\b(?:{words})\s+(?:(?!according\b)[A-Za-z'’\-]+\s+){{0,{_COMPARED_WORDS}}}$")


_COMPARED_WORDS = 6  # words between a comparison and the claimant of what the figure is compared with
_COMPARED_CHARS = 64  # characters before a claimant that hold the comparison and its words


def compared_with(text: str, end: int, at: int) -> bool:
    """Whether the attribution at ``at``, after a figure ending at ``end``, is what the figure is compared with
    (``data/claimant_cues.csv``, role ``compared_with``): "9 million, well above the Pentagon's estimate" is not the
    Pentagon's, nor "far more than the NIS has estimated" the NIS's."""
    if at <= end:
        return False
    # The attribution may have taken the comparison's last word as its cue ("in line with South Korean assessments").
    cue = _LOWER_WORD.match(text, at)
    return _comparison_before().search(text, max(end, at - _COMPARED_CHARS), cue.end() if cue else at) is not None


_LOWER_WORD = re.compile(r"[a-z]+\s+")


@functools.cache
def _coordinate_before() -> re.Pattern:
    # A time phrase may stand between the conjunction and the subject: "..., and in May the minister announced";
    # a contrasting conjunction opens a clause of its own too ("..., but the NIS said that only 3,000 remained"); so
    # does a semicolon alone, perhaps before the place the claim is made in ("...; in Kyiv they say that ...").
    words = clause_join_words()
    place = rf"in\s+(?-i:{UPPER})[\w'’\-]+,?\s+"
    return re.compile(rf"(?:[,;]\s*(?:{words})\s+|;\s*(?:{place})?)(?:{opening_time().pattern})?(?:the\s+)?$", re.IGNORECASE)


_COORDINATE_CHARS = 40  # characters before a subject that hold ", and", a time phrase ("in early September") and "the"


@functools.cache
def _writer_clause() -> re.Pattern:
    # The end of a trailing attribution (an object of up to three words), its comma, and a conjunction of the
    # writer's own clause, not one that opens a hedge or joins a figure ("as many as", "as well as").
    joins = alternation(w.lower() for w in claimant_cues("writer_clause"))
    other = [p.split(" ", 1)[1] for p in (*hedge_phrases()["before"], *cues("coordinator")) if p.lower().startswith("as ")]
    return re.compile(rf"(?:\s+[\w'’\-]+){{0,3}}\s*,\s+(?:{joins})\s+(?!(?:{alternation(other)})\b)", re.IGNORECASE)


@functools.cache
def _clause_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that show a reported clause of its own; words that point back; the determiners of a claim noun pointing back."""
    return tuple(frozenset(claimant_cues(role)) for role in ("own_clause", "back_reference", "back_determiner"))


@functools.cache
def _unread_clause() -> re.Pattern:
    # A comma and a conjunction, a subject of one to four words, and a reporting verb: a clause of its own.
    joins = clause_join_words()
    verbs = alternation(w.lower() for w in (*cues("reporting"), *claimant_cues("reporting")))
    return re.compile(rf"[,;]\s*(?:{joins})\s+(?:[\w'’\-]+\s+){{1,4}}(?:{verbs})\b", re.IGNORECASE)


def reports_own_clause(text: str, a: Attribution, end: int) -> bool:
    """Whether attribution ``a``, after a figure ending at ``end``, opens a coordinate clause whose verb reports a
    clause or a figure of its own ("11,000 were in Kursk, and Pyongyang later said it had acted lawfully"): it
    claims nothing before it.  Words pointing back at the figure ("…, and Moscow confirmed it") keep it the figure's claimant."""
    if a.how != "verb" or a.start < end or not _coordinate_before().search(text, max(end, a.start - _COORDINATE_CHARS), a.start):
        return False
    own, back, determiners = _clause_words()
    # A time phrase after the verb is no part of what it reports: "…, and the NIS said in April that …".
    when = opening_time().match(text, a.end + len(text[a.end : a.end + 2]) - len(text[a.end : a.end + 2].lstrip()))
    at = when.end() if when is not None else a.end
    words = WORD.findall(text, at, at + 80)[:6]
    low = [w.lower() for w in words]
    if not low or " ".join(low[:2]) in back or (low[0] in determiners and low[1:2] and low[1] in cues("claim_noun")):
        return False
    if low[0] in back and not (low[1:2] and low[1] in own):
        return False  # "confirmed it", not "said it had acted": there "it" is the reported clause's subject
    # "…, and the JCS counted 20 launches": a figure of its own right after the verb is what it claims; so is one
    # the verb puts its object at ("…, and the spy agency later put the dead at about 1,500").
    return low[0] == "that" or any(w in own for w in low[1:]) or any(w[:1].isdigit() for w in low[:3]) or _put_at(text, a.end)


_OBJECT_WORDS = 9  # an object of up to six words, "at" and a hedge before the figure
_AT = "at"  # the preposition of a figure that a verb sets its object at ("put the toll at 1,200")


def _put_at(text: str, end: int) -> bool:
    """Whether the words after a verb ending at ``end`` set its object at a figure: "the number of dead at about 1,500"."""
    low = [w.lower() for w in WORD.findall(text, end, end + 80)[:_OBJECT_WORDS]]
    return any(w == _AT and any(x[:1].isdigit() for x in low[i + 1 : i + 3]) for i, w in enumerate(low) if i)


@functools.cache
def _clause_join() -> re.Pattern:
    # A comma or semicolon and a conjunction that opens a clause of its own: ", and", "; but", ", while".
    words = clause_join_words()
    return re.compile(rf"[,;]\s*(?:{words})\s|;", re.IGNORECASE)


_TRAILING = frozenset({"verb", "cue"})  # attributions that may close a clause after a comma: ", X said", ", according to X"


def _closing_attribution(text: str, found: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution after the figure at ``start:end`` that closes the figure's clause, when the one before the
    figure closes a clause of its own ("About 3,000 had died, Western officials said, and some 1,500 had been wounded,
    according to Kyiv": 1,500 is Kyiv's, though the officials stand nearer; "..., according to the NIS, and about
    2,700 were wounded, Kyiv said"); else None."""
    before = [a for a in found if a.end <= start]
    after = [a for a in found if a.start >= end]
    if not before or not after or not _after_comma(text, before[-1].start) or before[-1].how not in _TRAILING:
        return None  # most figures have no attribution on one side, or the one before opens their clause
    join = _clause_join()
    if join.search(text, before[-1].end, start) is None or join.search(text, end, after[0].start) is not None:
        return None
    return after[0]


def _after_comma(text: str, at: int) -> bool:
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] == ","


class _lazy:
    """A value worked out on first read and then kept on the instance, like ``functools.cached_property``.

    Without its lock, which Python 3.11 takes on every first read: a sentence's
    reading belongs to one article's pass and is never shared across threads.
    """

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.compute(obj)
        return value


class SentenceReading:
    """One sentence's attributions, relays and quotations, read once, in order for bisection."""

    def __init__(self, text: str):
        self.text = text

    @_lazy
    def quoted(self) -> list[Relay]:
        return quoted_as(self.text)

    @_lazy
    def found(self) -> list[Attribution]:
        found = without_reported_aside(self.text, attributions(self.text))  # "As X reported, ..., according to Y": Y's
        if self.relay_words and (given := [r.source for r in credited(self.text) if not any(
                a.start < r.source.end and r.source.start < a.end for a in found)]):
            found = sorted(found + given, key=lambda a: a.start)  # "..., a figure attributed to HUR": HUR claims it
        if not self.quoted:
            return found
        # "Park quoted the NIS as saying": the one quoted claims, not the object of a cue inside the phrase
        # ("citing the NIS as saying", "cited by Bloomberg as saying").
        kept = [a for a in found if not any(q.start <= a.start < q.end for q in self.quoted)]
        return sorted(kept + [q.source for q in self.quoted if q.source is not None], key=lambda a: a.start)

    @_lazy
    def starts(self) -> list[int]:
        return [a.start for a in self.found]

    @_lazy
    def verbs(self) -> list[Attribution]:
        return [a for a in self.found if a.how == "verb"]

    @_lazy
    def verb_starts(self) -> list[int]:
        return [a.start for a in self.verbs]

    @_lazy
    def spans(self) -> list[tuple[int, int]]:
        return quotations(self.text) if holds_any(self.text, ENGLISH_DOUBLE) else []

    @_lazy
    def narrating(self) -> tuple[list[Attribution], list[int]]:
        """The attributions that may claim a figure outside the sentence's quotations, and their starts.

        One that introduces a quotation with a colon ("he said: “...”") claims
        only what it introduces: the narration before it is the outlet's.
        """
        if not self.spans:
            return self.found, self.starts
        kept = [a for a in self.found if a.how != "verb" or not _INTRODUCES.match(self.text, a.end)]
        return kept, [a.start for a in kept]

    def nearest_to(self, start: int, end: int) -> Attribution:
        """The narrating attribution that claims the figure at ``start:end``: the nearest, leaving out one that opens
        a contrasting clause after the figure ("put it at 600, while Kyiv's estimate is higher": Kyiv's is not 600),
        or a clause of its own after "with" (", with Kyiv putting the toll at …")."""
        found, starts = self.reaching(start, end)
        if len(found) == 1:
            return found[0]
        if found[0].how == QUESTION and end <= question_end(self.text):
            return found[0]  # "Asked whether 3,000 had died, Peskov said": the asker's, not the one who answers
        i = bisect.bisect_right(starts, end)
        near = found[max(0, i - NEIGHBOURS) : i + 2]
        compared = self.compared_after(end)
        kept = [a for a in near if a.start < end or not (_opens_contrast(self.text, end, a.start) or reports_own_clause(self.text, a, end)
                                                         or a in compared or a.how == WITH)]
        if (closing := _closing_attribution(self.text, kept, start, end)) is not None:
            return closing
        return nearest(kept or near, start, end)

    def compared_after(self, end: int) -> list[Attribution]:
        """The attributions after the figure ending at ``end`` that name what it is compared with: the one right after
        the comparison, and those after it in the same phrase, up to a comma ("close to the figure the JCS gave in its
        latest assessment": neither the JCS's nor its assessment's)."""
        out: list[Attribution] = []
        for a in self.found[bisect.bisect_right(self.starts, end):]:
            if not ((out and "," not in self.text[out[-1].start : a.start]) or (not out and compared_with(self.text, end, a.start))):
                break  # only the first attribution after the figure, and those in its phrase, may be compared with
            out.append(a)
        return out

    def clause_between(self, a: Attribution, start: int) -> bool:
        """Whether a coordinate clause whose subject no attribution reads, with a reporting verb of its own, opens
        between ``a`` and the figure at ``start`` ("The NIS said ..., and the UN panel documented at least 9
        million": the panel's, not the NIS's)."""
        if a.end > start or ("," not in self.text[a.end : start] and ";" not in self.text[a.end : start]):
            return False
        if _after_comma(self.text, a.start) and _writer_clause().match(self.text, a.end, start):
            return True  # "..., an official told lawmakers, as Pyongyang prepares to send thousands more": the writer's
        return _unread_clause().search(self.text, a.end, start) is not None and not any(a.end <= b.start < start for b in self.found)

    def reported_after(self, start: int, end: int) -> bool:
        """Whether every narrating attribution that reaches the figure at ``start:end`` follows it in a coordinate
        clause of its own, or none reaches it ("millions of shells—Kyiv says half of what Russia fires—": the aside's)."""
        found = self.reaching(start, end)[0]
        return not found or all(reports_own_clause(self.text, a, end) for a in found)

    @_lazy
    def limits(self) -> dict[Attribution, Reach]:
        return limited_reach(self.text, self.narrating[0])

    def reaching(self, start: int, end: int) -> tuple[list[Attribution], list[int]]:
        """The narrating attributions that reach the figure at ``start:end`` (see ``claim_reach``), and their starts."""
        found, starts = self.narrating
        if not self.limits:
            return found, starts  # nearly every sentence: each attribution reaches all of it
        kept = [a for a in found if reaches(self.limits, a, start, end)]
        return (found, starts) if len(kept) == len(found) else (kept, [a.start for a in kept])

    @_lazy
    def relay_words(self) -> bool:
        # Most sentences hold no relay word: looking for each is cheaper than the pattern.
        # The text is lowered once for its quantities and attributions already.
        low = lowered(self.text)
        low = self.text.lower() if low is None else low
        return holds_any(low, relay_words()) or bool(self.quoted)

    @_lazy
    def plain(self) -> bool:
        """No relay word, and only known claimants that pass on no one's figures: the nearest one is the claim.

        A person the vocabularies know beside another claimant may tell what that one found (see ``_may_tell``)."""
        several = len(self.found) > 1
        return not self.relay_words and not any(
            a.anaphor or relay_capable(a.claimant, a.text) or several and kind(a.claimant) == "person" for a in self.found)

    @_lazy
    def links(self) -> list[Relay]:
        return [self._filled(r) for r in relays(self.text, self.quoted)] if self.relay_words else []

    @_lazy
    def link_starts(self) -> list[int]:
        return [r.start for r in self.links]

    @_lazy
    def relay_cues(self) -> list[Attribution]:
        # Up to two: a relay other than the figure's own attribution.
        return [a for a in self.found if a.how == "cue" and relay_capable(a.claimant, a.text)][:2]

    def relay_cues_for(self, a: Attribution) -> list[Attribution]:
        """The relay cues that may pass on the claim of ``a``: not ``a``, nor an aside set off after another
        attribution ("Budanov's estimate, reported by CNN, came as the NIS said": CNN passes on Budanov's only)."""
        return [x for x in self.relay_cues if x is not a and not any(
            y is not a and y is not x and y.end <= x.start and _ASIDE_GAP.fullmatch(self.text, y.end, x.start)
            for y in self.found)]

    @_lazy
    def impersonal(self) -> list[Attribution]:
        return [] if self.found else impersonal(self.text)

    def impersonal_before(self, start: int) -> list[Attribution]:
        """The impersonal attributions before a figure at ``start`` with no named one between them ("X is believed to
        have sent 15,000, and Moscow announced ..."): the named ones all follow the figure."""
        return [a for a in impersonal(self.text) if a.end <= start and not any(a.end <= f.start < start for f in self.found)]

    def _filled(self, link: Relay) -> Relay:
        # A side left to the clause's subject: the reporting verb's subject nearest the relay word.
        if link.source is not None and link.relay is not None:
            return link
        i = bisect.bisect_right(self.verb_starts, link.start)
        near = [x for x in self.verbs[max(0, i - NEIGHBOURS) : i + NEIGHBOURS] if not _starts_in(x, link.source) and not _starts_in(x, link.relay)]
        subject = nearest(near, link.start, link.end) if near else None
        return Relay(link.start, link.end, link.source or subject, link.relay or subject)

    def links_near(self, a: Attribution) -> list[Relay]:
        lo = bisect.bisect_left(self.link_starts, a.start - WINDOW)
        hi = bisect.bisect_right(self.link_starts, a.end + WINDOW)
        return self.links[lo:hi]

    def relay_around(self, a: Attribution, start: int) -> Attribution | None:
        """A relay's own reporting verb around the source ``a``: before it with "that" between, or ending the sentence."""
        if len(self.found) < 2:
            return None
        i = bisect.bisect_left(self.verb_starts, a.start)
        for x in reversed(self.verbs[max(0, i - 2) : i]):
            if x.end <= a.start and _reports_clause(self.text, x.end, a.start) and _may_tell(x):
                return x
        for x in self.verbs[i : i + NEIGHBOURS]:
            if x.start > start and _after_comma(self.text, x.start) and len(self.text) - x.end < _TAIL_CHARS:
                return x if _may_tell(x) else None
        return None

    def teller_of(self, a: Attribution) -> Attribution | None:
        """The reporting verb's attribution whose reported clause ``a`` opens ("Singh said the U.S. now assessed")."""
        i = bisect.bisect_left(self.verb_starts, a.start)
        before = [x for x in self.verbs[max(0, i - 2) : i] if x.end <= a.start]
        return before[-1] if before and _reports_clause(self.text, before[-1].end, a.start) else None

    def verb_before(self, a: Attribution, start: int) -> Attribution | None:
        """The last attribution other than a cue that ends before ``start``, other than ``a``."""
        i = bisect.bisect_left(self.starts, start)
        for x in reversed(self.found[max(0, i - NEIGHBOURS) : i]):
            if x is not a and x.how != "cue" and x.end <= start:
                return x
        return None


def goes_on(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` of ``text`` goes on from the figure before it.

    Its noun elided ("600 of them were killed"), after an opening "Of those,"
    or after "another" (``estimate_cues.csv``, roles ``elided`` and
    ``another``).
    """
    after = " ".join(text[end : end + 16].lower().split()[:2])
    if after.rstrip(",.;") in _elided():
        return True
    before = text[max(0, start - 12) : start].lower().rstrip()
    return before.endswith(_another()) or text[:start].lower().lstrip().startswith(_elided_openers())


@functools.cache
def _derived_before() -> re.Pattern:
    # After a comma, the words of a conversion, at most one verb ("enough to fill"), ending where the figure starts.
    words = alternation(w.lower() for w in cues("derived"))
    return re.compile(rf",\s*(?:{words})\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


_DERIVED_CHARS = 48  # characters before a figure that hold the conversion it follows


def derived(text: str, start: int, found: Sequence[Attribution] = ()) -> bool:
    """Whether the writer draws the figure at ``start`` from a figure before it: in conditional words tacked on after
    a comma (``estimate_cues.csv``, role ``derived``): "20,000 containers, which would amount to perhaps 8 million
    shells" credits the containers to their source, the shells to no one; or by a verb of inference whose subject is
    figures, none of the sentence's attributions ``found`` governing it (``claim_inference``): "the ministry's tallies
    imply a toll above 1,000"."""
    if "," in text[max(0, start - _DERIVED_CHARS) : start] and _derived_before().search(text, max(0, start - _DERIVED_CHARS), start):
        return True
    return inferred(text, start, found)


@functools.cache
def _elided() -> frozenset[str]:
    return frozenset(cues("elided"))


@functools.cache
def _elided_openers() -> tuple[str, ...]:
    return tuple(cues("elided"))


@functools.cache
def _another() -> tuple[str, ...]:
    return tuple(cues("another"))
