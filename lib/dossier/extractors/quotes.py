"""Direct quotes: who said them, and whether the words reach us through KCNA.

Rules, in the order they are tried for each quote (see :func:`quotes`):

* Marks: curly or straight double marks, paired by what surrounds them;
  single marks inside them are nested quotes (and apostrophes); a quote
  left open at a paragraph's end goes on when the next paragraph opens with
  a mark.  Words without marks are never quotes.
* Statements split by their attribution ("“A,” Kim said. “B.”", only when A
  ends with a comma or dash) are one quote.
* Speaker and cue: an attribution right after the closing mark ("…,” Kim
  said", "…,” said Kim", "…,” Kim’s message stated", "…,” he added"); else
  the nearest subject-and-verb before the opening mark in the same sentence
  ("Kim declared that …", "what he described as a “…”"), a participle
  borrowing the subject of an earlier verb or the sentence's first speaker
  ("…, vowing “…”"); else an attribution later in the sentence; else
  "according to X"; else "in X's letter"; else the sentence ending with a
  colon that introduces a quote opening the next paragraph; else, for a
  sentence that is only a quote, the speaker of the quoted sentence just
  before it.  "he", "she", "the report", "the ministry" stand for the last
  person, medium or body named before them; a family name alone ("Kim",
  "Griffiths") for the last person named in full with it.  A medium that
  "reported" the words is their channel, not their speaker.
* Channel: a medium named in a reporting construction in the quote's own
  sentence (``sentence``); else an earlier sentence of the paragraph that
  relays the same speaker's words through it (``paragraph``); else any other
  sentence of the article that does (``article``); else the article's outlet
  when it is a medium (``article``, for every quote).  A DPRK state medium is
  inherited (paragraph or article, other than by outlet) only by speakers of
  the DPRK's state.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from typing import NamedTuple

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from ..text import fuzzy_links
from .. import schema
from . import discourse
from ..text.quote_marks import Marked, find_marked
from ..text.words import WORD, alternation
from ..vocab import load_table
from .speakers import (
    FILLER,
    HEAD,
    Attribution,
    MaskedText,
    any_cue,
    anaphor_refers,
    relay_words,
    canonical,
    channel_state,
    outlet_channel,
    speaker_affiliation,
    speaker_kind,
)

__all__ = ["quotes", "speaker_affiliation", "quote_key", "link_keys"]

SPLIT_JOINER = " … "  # between the parts of a statement split by its attribution
PARAGRAPH_JOINER = " "  # between the paragraphs of a quote that runs over several
SAME_KEY_WITHIN_ARTICLE = 92  # rapidfuzz ratio above which two quotes of one article share a key
_KEY_WORD = re.compile(r"\w+(?:'\w+)*")
# What may follow the attribution between two parts of one statement: "according to KCNA", or who the speaker is
# (", a Korea expert at the Center for Strategic and International Studies").
_GAP_REST = re.compile(
    r"(?:[\s,]*according\s+to\s+[^.;#]*|,\s+(?:a|an|the|who|whose)\s[^#“”\"]{1,120}?)?[\s,.;:—–\-]*\Z", re.IGNORECASE
)
# A full name ("Kim Yo Jong", "President Putin") is made of these characters only.
_NAME_CHARS = re.compile(r"[\w’'\-\s]*")
_STATEMENT_LEAD = re.compile(r"(?:\A|[,:]|\b(?:said|says|added|stated|declared|wrote|told\s+\w+))\s*\Z", re.IGNORECASE)


class _Sentence(NamedTuple):
    paragraph: int
    sentence: int
    start: int
    end: int


class _Said(NamedTuple):
    """A resolved attribution: who, as written, and the cue."""

    speaker: str | None
    speaker_text: str | None
    cue: str | None
    pos: int


_NOBODY = _Said(None, None, None, -1)
_RELAY_HINT = re.compile(r"\sas\s")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
_PARTICIPLE_JOIN = re.compile(r"(?:,|\band)\s+\Z")
_CITING = re.compile(r",\s*(?:citing|quoting)\s+(?P<who>[^,.;:#]{2,60}?)\s*,")
_QUOTING = re.compile(r"\s*,\s*quoting\s+(?P<who>[^,.;:#]{2,60}?)(?=\s*[,.;:#]|\s*\Z)")
# A finite verb after a subject: a word in -ed or -s, or one of the irregular past forms reporting uses.
_CLAUSE_VERB = re.compile(r"\b(?:[a-z]+(?:ed|es|s)|went|made|gave|took|spoke|told|wrote|said|met|sent|called|held|put|set)\b")
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but)\b")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?\Z")
_POS = operator.attrgetter("pos")
_FIRST = operator.itemgetter(0)


def quotes(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every direct quote of every article, with its speaker and the medium that relays it.

    Parameters
    ----------
    sentences : DataFrame
        The ``sentences`` frame of ``articles``.
    articles : DataFrame
        The ``articles`` frame (``article_id``, ``text``, ``source``).

    Returns
    -------
    DataFrame
        One row per quotation, columns of ``schema.FRAMES["quotes"]``:

        quote_id
            ``<article_id>-q<n>``, n counting the article's quotes from 0.
        sentence
            Sentence where the quote starts.
        start, end
            Offsets of the quoted words in ``articles.text``, inside the
            marks.  For a quote over several paragraphs, or a statement split
            by its attribution ("“A,” Kim said. “B.”"), ``start`` is the start
            of the first part and ``end`` the end of the last part.
        text
            The quoted words.  Parts of a split statement are joined with
            " … " (:data:`SPLIT_JOINER`), paragraphs of one quote with a
            space; otherwise ``text == articles.text[start:end]``.
        n_words
            Words in ``text``.
        kind
            ``statement`` when the quote opens a sentence or follows "said,"
            or a colon and begins with a capital, or is split by its
            attribution; else ``fragment`` (“historic peak”).
        speaker, speaker_text, cue
            Canonical speaker (``data/speakers.csv``; an unknown name as
            written), the words naming it, and the attributing word; NA when
            no attribution is found.
        channel, channel_basis, via_kcna
            Medium, how it is known (``sentence``, ``paragraph``,
            ``article``) and whether it is KCNA.
        quote_key
            :func:`quote_key` of the text; quotes of one article that differ
            only slightly share the first one's key.  Grouping across
            articles is :func:`link_keys`, since a frame built article by
            article cannot see the other articles.
    """
    # Plain lists per article: pandas' per-group overhead would cost more than reading the article.
    by_article: dict[str, list[_Sentence]] = {}
    bounds = map(_Sentence._make, zip(*(sentences[c].tolist() for c in ("paragraph", "sentence", "start", "end"))))
    for aid, sent in zip(sentences["article_id"].tolist(), bounds):
        by_article.setdefault(aid, []).append(sent)
    sources = articles["source"].tolist() if "source" in articles else [None] * len(articles)
    rows: list[dict] = []
    for aid, text, source in zip(articles["article_id"].tolist(), articles["text"].tolist(), sources):
        sents = by_article.get(aid)
        if sents is None or not isinstance(text, str):
            continue
        rows.extend(_article_quotes(aid, text, source, sorted(sents, key=lambda s: s.sentence)))
    if not rows:
        return schema.empty("quotes")
    return schema.conform(pd.DataFrame(rows), "quotes")


def quote_key(text: str) -> str:
    """Text reduced to lower-case words: the same words quoted with other marks, case or dashes share it."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return " ".join(_KEY_WORD.findall(text))


def link_keys(quotes: pd.DataFrame, *, threshold: float = 90) -> pd.DataFrame:
    """``quotes`` with ``quote_key`` shared by quotes of the same words across articles.

    Two keys are linked when their rapidfuzz ratio is at least ``threshold``
    (small variations: a word changed, a spelling), or when the shorter one,
    of six words or more, lies within the longer one (partial ratio 95):
    an outlet quoting part of a statement another quotes in full.  Links
    chain: keys joined by a chain of links form one group.  Each group takes
    the key carried by most articles (then the longest, then the greatest).

    Parameters
    ----------
    quotes : DataFrame
        A ``quotes`` frame, or any frame with ``quote_key`` and
        ``article_id``.
    threshold : float
        Least ``fuzz.ratio`` (0 to 100) that links two keys.

    Returns
    -------
    DataFrame
        ``quotes`` with ``quote_key`` replaced by its group's key (``str``).

    Notes
    -----
    Only the pairs of keys that share a rare word (or, for short keys, a
    string one character deletion away) are scored
    (:mod:`dossier.text.fuzzy_links`), with the same scorers and cut-offs:
    every link is a pair that scores at the cut-offs, and on generated
    archives 99 % or more of the links of scoring all N²/2 pairs are found
    (``benchmarks/link_keys.py`` measures it).
    """
    keys = sorted(set(quotes["quote_key"].dropna()))
    if len(keys) < 2:
        return quotes.copy()
    group = fuzzy_links.components(keys, threshold, partial_cutoff=95, min_words=6)
    spread = quotes.groupby("quote_key")["article_id"].nunique()
    spread = dict(zip(spread.index, spread.to_numpy()))
    carried = np.array([spread.get(k, 0) for k in keys])
    # Keys are sorted, so the greatest of the longest is the last of them: the last of each group in this order.
    order = np.lexsort((np.arange(len(keys)), np.fromiter(map(len, keys), dtype=np.int64, count=len(keys)),
                        carried, group))
    last = np.r_[group[order][1:] != group[order][:-1], True]
    head = np.empty(len(keys), dtype=np.int64)
    head[group[order][last]] = order[last]
    rename = dict(zip(keys, (keys[h] for h in head[group].tolist())))
    return quotes.assign(quote_key=quotes["quote_key"].map(rename).astype("str"))


# --- one article -------------------------------------------------------------


def _mask(text: str, marked: list[Marked]) -> str:
    # Quoted words become '#', so that a name inside a quote is never its speaker
    # and offsets still point into the text.
    pieces, done = [], 0
    for lo, hi in sorted((q.open_at, q.close_at) for q in marked):
        lo = max(lo, done)
        if hi > lo:
            pieces += [text[done:lo], "\n".join("#" * len(line) for line in text[lo:hi].split("\n"))]
            done = hi
    pieces.append(text[done:])
    return "".join(pieces)


class _Article:
    """An article's text, masked text, sentences and what its sentences attribute."""

    def __init__(self, aid: str, text: str, source, sents: list[_Sentence]):
        self.aid, self.text = aid, text
        self.marked = find_marked(text)
        self.masked = _mask(text, self.marked)
        self.scan = MaskedText(self.masked)
        self.sents = sents
        self.starts = [s.start for s in self.sents]
        self.outlet = outlet_channel(source)
        self.bounds: dict[int, tuple[int, int]] = {}  # of each quote's sentences by its opening, see _sentence_bounds
        self.worth = self.scan.may_attribute([(s.start, s.end) for s in self.sents])  # False: attributes nothing
        self.found: dict[int, list[Attribution]] = {}  # what each sentence attributes, see attributions_of
        self.said: dict[int, list[_Said]] = {}  # the speakers each sentence names, see said_of
        self.reading = 0  # said_of calls under way, one inside the other
        self.links: dict[tuple[int, str, bool], list[str]] = {}  # see relays
        self.named: dict[Attribution, _Said] = {}  # attributions resolved without an antecedent, see resolve
        # Sentences one after the other: the subjects before a position are those of the sentences before its own,
        # and of its own before it, a subject's sentence is the one it was found in, and a paragraph's sentences
        # stand together.
        self.in_order = all(
            a.start < b.start and a.end <= b.start and a.sentence < b.sentence and a.paragraph <= b.paragraph
            for a, b in zip(self.sents, self.sents[1:])
        )

    @functools.cached_property
    def reversed(self) -> str:
        """The masked text backwards, for searching back from a position (only one-word names need it)."""
        return self.masked[::-1]

    @functools.cached_property
    def account(self) -> discourse.Account:
        """Who is who in the article (:mod:`dossier.discourse`), read from the masked text."""
        return discourse.account(self.masked, self.starts, scan=self.scan)

    def entity_of(self, start: int, end: int) -> discourse.Entity | None:
        """The person, body or medium that ``masked[start:end]`` stands for in the account."""
        return self.account.resolve(start, end)

    def media_named(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """``(offset, channel)`` of every medium presented as the source of words in ``text[lo:hi]``.

        Media named ("KCNA reported") and media described ("the agency
        said", "carried by state media") alike.
        """
        named = self.scan.channel_mentions(lo, hi)
        described = self.described_media
        i = bisect.bisect_left(described, (lo,))
        if i < len(described) and described[i][0] < hi:
            taken = {p for p, _ in named}
            for start, end, name in described[i:bisect.bisect_left(described, (hi,))]:
                if start not in taken and self.scan.reports_at(start, end, lo, hi):
                    named.append((start, name))
            named.sort()
        return named

    @functools.cached_property
    def described_media(self) -> list[tuple[int, int, str]]:
        """``(start, end, channel)`` of the media the article describes rather than names ("the agency", "state media")."""
        return [(m.start, m.end, m.entity.name) for m in self.account.mentions
                if m.how in ("medium", "description") and m.entity is not None and m.entity.kind == "medium"]

    def group_of(self, speaker: str | None) -> str:
        """The group of a canonical speaker: the account's, else the vocabularies'."""
        if not speaker:
            return "other"
        e = self.account.entity(speaker)
        if e is not None:
            return e.group
        aff = speaker_affiliation(speaker)
        return {"dprk_state": "dprk_official", "russia_state": "russia_official"}.get(aff, "other")

    def of_dprk_state(self, speaker: str | None) -> bool:
        """Whether ``speaker`` speaks for the DPRK's state: by the vocabularies, by title, or by a DPRK medium relaying them."""
        if not speaker:
            return False
        if speaker_affiliation(speaker) == "dprk_state" or discourse.group_state(self.group_of(speaker)) == "dprk":
            return True
        return self.stateless(speaker) and speaker in self.dprk_relayed

    def stateless(self, speaker: str) -> bool:
        """Whether nothing but a relay can tell which state ``speaker`` speaks for (no vocabulary, title or medium does)."""
        e = self.account.entity(speaker)
        if e is None:
            return speaker_affiliation(speaker) == "other" and outlet_channel(speaker) is None and speaker_kind(speaker) == "person"
        return e.kind != "medium" and not e.state and e.group in ("other", "other_official")

    @functools.cached_property
    def dprk_relayed(self) -> set[str]:
        """Speakers whose words a sentence of the article relays through a DPRK state medium named in it."""
        out = set()
        for k in self.relaying_any:
            s = self.sents[k]
            if any(channel_state(ch) == "dprk_state" for _, ch in self.media_named(s.start, s.end)):
                out.update(x.speaker for x in self.said_of(k) if x.speaker and self.stateless(x.speaker))
        return out

    @functools.cached_property
    def relaying_any(self) -> list[int]:
        """The sentences that present a medium, named or described, as the source of words."""
        return [i for i, s in enumerate(self.sents) if self.worth[i] and self.media_named(s.start, s.end)]

    @functools.cached_property
    def dprk_sources(self) -> list[tuple[int, str]]:
        """``(sentence, channel)`` of the sentences naming a DPRK state medium as the source of words ("…, KCNA reported")."""
        out = []
        for k in self.relaying_any:
            s = self.sents[k]
            for _, ch in self.media_named(s.start, s.end):
                if channel_state(ch) == "dprk_state":
                    out.append((k, ch))
                    break
        return out

    @functools.cached_property
    def persons(self) -> list[tuple[int, str, str]]:
        return self.scan.person_mentions()

    @functools.cached_property
    def media(self) -> list[tuple[int, str]]:
        return self.scan.channel_mentions(0, len(self.text), reporting_only=False)

    def gender_fits(self, speaker: str, gender: str) -> bool:
        """Whether ``speaker`` may be called by a pronoun of ``gender`` (an unknown gender fits either)."""
        if not gender:
            return True
        e = self.account.entity(speaker)
        return e is None or e.kind == "person" and e.gender in ("", gender)

    def subject_of(self, lo: int, hi: int, media: bool = True) -> _Said | None:
        """The first person or body ``masked[lo:hi]`` names as more than a possessor or object: a sentence's subject.

        With ``media`` False a medium is passed over (it relays, it does not speak).
        """
        for m in self.account.between(lo, hi):
            if m.surface.isupper() and len(m.surface) > 4:
                continue  # a dateline: "PYONGYANG, Oct. 7 (Yonhap) --"
            e = m.entity
            if e is None or (e.kind == "medium" and not media):
                continue
            if m.oblique and not _document_of().match(self.masked, m.end):
                continue  # a possessor or object; but "Kim's speeches refer to “…”" is Kim's
            if e.kind in ("person", "body") or (media and e.kind == "medium"):
                return _Said(e.name, m.surface, None, m.start)
        return None

    def is_medium(self, speaker: str | None) -> bool:
        """Whether a canonical speaker is a medium (it relays words rather than speaks them)."""
        if not speaker:
            return False
        e = self.account.entity(speaker)
        return (e is not None and e.kind == "medium") or outlet_channel(speaker) is not None

    def sent_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def attributions_before(self, q: Marked) -> list[Attribution]:
        """The attributions of the sentence where ``q`` opens, before its opening mark.

        No attribution runs over a masked quote, so those of the whole
        sentence that start before the mark are the ones found up to it.
        """
        i = self.sent_at(q.parts[0][0])
        s = self.sents[i]
        if not s.start <= q.open_at <= s.end or self.masked[q.open_at] != "#":
            return self.scan.attributions(s.start, q.open_at)
        return [a for a in self.attributions_of(i) if a.start < q.open_at]

    def attributions_of(self, i: int) -> list[Attribution]:
        """What sentence ``i`` attributes (:meth:`MaskedText.attributions`), found when first asked for."""
        found = self.found.get(i)
        if found is None:
            found = self.found[i] = self.scan.attributions(self.sents[i].start, self.sents[i].end) if self.worth[i] else []
        return found

    def said_of(self, i: int) -> list[_Said]:
        """The speakers sentence ``i`` names, in order, resolved as if the sentences were read one by one from the first.

        An anaphor ("he") stands for a speaker of the sentences before its
        own.  Worked out only when a quote needs it, directly or through an
        anaphor or a channel: most sentences of an article are never asked
        about.
        """
        said = self.said.get(i)
        if said is not None:
            return said
        if self.reading > 16 and i not in self.said:  # a long chain of anaphors: settle the earlier sentences in order
            for j in range(i):
                self.said_of(j)
        self.reading += 1
        s = self.sents[i]
        said = [self.resolve(a, i) for a in self.attributions_of(i) if a.speaker_text]
        if self.worth[i]:
            said += [_Said(canonical(who, "group"), who, "according to", pos) for pos, who in self.scan.according_to(s.start, s.end)]
        self.said[i] = said = sorted((x for x in said if x.speaker), key=_POS)
        self.reading -= 1
        return said

    def subjects_before(self, pos: int, upto: int | None = None, down_to: int = 0):
        """The speakers named before ``pos``, the last first: the subjects of the sentences before ``upto`` (all when None).

        Sentences in order are read back one at a time, none before
        ``down_to``; otherwise every sentence is read and their subjects
        sorted, as the article's subjects in order of position.
        """
        if not self.in_order:
            every = sorted((x for k in range(len(self.sents) if upto is None else upto) for x in self.said_of(k)), key=_POS)
            yield from (x for x in reversed(every) if x.pos < pos)
            return
        first = self.sent_at(pos) if upto is None else upto - 1
        for k in range(first, down_to - 1, -1):
            for x in reversed(self.said_of(k)):
                if x.pos < pos:
                    yield x

    def relays(self, i: int, speaker: str, own_state: bool = True) -> list[str]:
        """The media through which sentence ``i`` relays the words of ``speaker``, those a quote of the speaker may inherit.

        With ``own_state`` a DPRK state medium only relays speakers of the DPRK's state.
        """
        key = (i, speaker, own_state)
        if key not in self.links:
            s = self.sents[i]
            # The media first: finding them costs less than resolving the sentence's speakers.
            media = [
                ch for _, ch in self.media_named(s.start, s.end)
                if not own_state or channel_state(ch) != "dprk_state" or self.of_dprk_state(speaker)
            ]
            self.links[key] = media if media and any(x.speaker == speaker for x in self.said_of(i)) else []
        return self.links[key]

    @functools.cached_property
    def relaying(self) -> list[int]:
        """The sentences that name a medium as the source of words (the only ones that can relay a speaker's)."""
        return self.relaying_any

    def inherited(self, speaker: str, i: int) -> tuple[str, str] | None:
        """The channel a quote of ``speaker`` in sentence ``i`` inherits, and how: ``paragraph`` or ``article``.

        The nearest earlier sentence of the paragraph that relays the
        speaker's words decides; else the nearest earlier sentence of the
        article that does; else the nearest later one ("…, Kim said,
        according to KCNA" further on); else, for the words of the DPRK's
        state, the last earlier sentence naming a DPRK state medium as the
        source of words (a lead: "…, KCNA reported Saturday").  A DPRK state
        medium carries the words of others only within its paragraph ("Putin
        wrote an article for the Rodong Sinmun. In it, he thanked …").
        """
        here, sents = self.sents[i], self.sents
        earlier = [k for k in self.relaying if sents[k].sentence < here.sentence]
        for k in reversed(earlier):
            if sents[k].paragraph != here.paragraph:
                break
            if media := self.relays(k, speaker, own_state=False):
                return max(media), "paragraph"
        for k in reversed(earlier):
            if media := self.relays(k, speaker):
                return min(media), "article"
        for k in self.relaying[len(earlier):]:  # "…, Kim said, according to KCNA" further on
            if sents[k].sentence > here.sentence and (media := self.relays(k, speaker)):
                return min(media), "article"
        if not self.of_dprk_state(speaker):
            return None
        lead = [ch for k, ch in self.dprk_sources if sents[k].sentence < here.sentence]
        # A medium by name rather than "state media" when the article names one.
        named = [ch for ch in lead if ch != discourse.DPRK_STATE_MEDIA]
        return ((named or lead)[-1], "article") if lead else None

    def resolve(self, a: Attribution, sentence: int | None = None) -> _Said:
        """Who ``a`` names; an anaphor found reading ``sentence`` stands for a speaker of the sentences before it only."""
        said = self.named.get(a)
        if said is not None:  # a quote's attribution was mostly resolved already when its sentence was read
            return said
        entity = self.entity_of(a.start, a.start + len(a.speaker_text))
        if entity is None or entity.kind != "person":
            # "Rep. Park of the ruling Democratic Party said": the person, not the party, speaks.
            of = _OF_BODY.search(self.masked, max(0, a.start - 40), a.start)
            if of is not None:
                owner = self.account.mention_at(of.start() - 1)
                if owner is not None and owner.end == of.start() and owner.entity is not None and owner.entity.kind != "medium":
                    entity = owner.entity
        if entity is not None:
            said = _Said(entity.name, a.speaker_text, a.cue, a.start)
        else:
            refers = anaphor_refers(a.speaker_text) if a.how == "anaphor" else None
            if refers is not None:
                return _Said(self.antecedent(refers, a.start, sentence), a.speaker_text, a.cue, a.start)
            said = _Said(self.surname(a.speaker_text, a.start) or canonical(a.speaker_text, a.how), a.speaker_text, a.cue, a.start)
        self.named[a] = said
        return said

    def surname(self, name: str, pos: int) -> str | None:
        """A one-word name stands for the last person named in full with it: "Kim" after "Kim Yo Jong"."""
        if len(name.split()) != 1 or speaker_kind(canonical(name, "name")) != "person":
            return None
        full = _full_name(name)
        if not _NAME_CHARS.fullmatch(name):
            found = list(full.finditer(self.masked, 0, pos))
            return canonical(found[-1].group(0), "name") if found else None
        # A full name never runs over other characters than its own (a comma, a '#'), so only
        # the stretch of them around each mention of the name is searched, the last first.
        hi = pos
        while (at := self.masked.rfind(name, 0, hi)) >= 0:
            lo = len(self.masked) - _NAME_CHARS.match(self.reversed, len(self.masked) - at).end()
            found = list(full.finditer(self.masked, lo, _NAME_CHARS.match(self.masked, at, pos).end()))
            if found:
                return canonical(found[-1].group(0), "name")
            hi = lo
        return None

    def antecedent(self, refers: str, pos: int, sentence: int | None = None, gender: str = "") -> str | None:
        if refers == "channel":
            return next((ch for p, ch in reversed(self.media) if p < pos), None)
        if refers == "speaker":
            return next((x.speaker for x in self.subjects_before(pos, sentence)), None)
        if refers == "body":
            return next((x.speaker for x in self.subjects_before(pos, sentence) if speaker_kind(x.speaker) == "body"), None)
        # A person: the last person quoted within the last few sentences, else the last one named.
        here = self.sent_at(pos)
        for x in self.subjects_before(pos, sentence, down_to=max(0, here - 2)):
            if here - self.sent_at(x.pos) > 2:
                break  # every subject before it is further back
            if speaker_kind(x.speaker) == "person" and self.gender_fits(x.speaker, gender):
                return x.speaker
        named = bisect.bisect_left(self.persons, pos, key=_FIRST)
        return self.persons[named - 1][1] if named else None


@functools.lru_cache(maxsize=512)
def _full_name(name: str) -> re.Pattern:
    word = re.escape(name)
    # Family name last ("Hugh Griffiths", "President Putin") or first ("Kim Yo Jong").
    return re.compile(rf"\b(?:[A-Z][\w’'\-]+\s+){{1,2}}{word}\b|\b{word}(?:\s+[A-Z][\w’'\-]+){{1,2}}\b")


def _article_quotes(aid: str, text: str, source, sents: list[_Sentence]) -> list[dict]:
    art = _Article(aid, text, source, sents)
    groups = _join_split(art)
    rows = []
    keys: list[str] = []
    previous: tuple[list[Marked], _Said] | None = None
    for n, group in enumerate(groups):
        q0, q1 = group[0], group[-1]
        first = art.sent_at(q0.parts[0][0])
        said, intro = _speaker(art, q0, group)
        if said.speaker and art.is_medium(said.speaker) and _FIRST_PERSON.search(text, q0.parts[0][0], q1.parts[-1][1]):
            # "“We acted to crush the invaders,” KCNA said": a medium speaks of itself in the third person; words
            # in the first person are those of the person it reports on, the last one named.
            person = art.account.last(q0.open_at, kind="person")
            if person is not None:
                said = said._replace(speaker=person.name)
        if said.speaker_text is None and previous is not None and _continues_speech(art, previous[0], q0):
            said = previous[1]
        previous = (group, said)
        channel, basis = _channel(art, group, said.speaker, intro, said.pos)
        joined = SPLIT_JOINER.join(PARAGRAPH_JOINER.join(text[s:e] for s, e in q.parts) for q in group)
        key = quote_key(joined)
        # (Below the cutoff the ratio reads 0, and is given up on sooner.)
        key = next((k for k in keys if fuzz.ratio(k, key, score_cutoff=SAME_KEY_WITHIN_ARTICLE)), key)
        keys.append(key)
        rows.append(
            dict(
                quote_id=f"{aid}-q{n}",
                article_id=aid,
                sentence=art.sents[first].sentence,
                start=q0.parts[0][0],
                end=q1.parts[-1][1],
                text=joined,
                n_words=len(WORD.findall(joined)),  # the joiners hold no word characters: the words of the parts
                kind="statement" if len(group) > 1 or intro is not None or _is_statement(art, q0) else "fragment",
                speaker=said.speaker,
                speaker_text=said.speaker_text,
                cue=said.cue,
                channel=channel,
                channel_basis=basis,
                via_kcna=channel == "KCNA",
                via_dprk_state_media=channel_state(channel) == "dprk_state" if channel else False,
                quote_key=key,
            )
        )
    return rows


def _sentence_bounds(art: _Article, q: Marked) -> tuple[int, int]:
    """Start of the sentence where ``q`` opens, end of the sentence where it closes."""
    # Keyed by the opening mark, which opens one quote only (hashing the whole quote costs more than finding it).
    bounds = art.bounds.get(q.open_at)
    if bounds is None:
        bounds = art.bounds[q.open_at] = _find_sentence_bounds(art, q)
    return bounds


def _find_sentence_bounds(art: _Article, q: Marked) -> tuple[int, int]:
    first = art.sents[art.sent_at(q.parts[0][0])]
    i = art.sent_at(q.parts[-1][1] - 1)
    last = art.sents[i]
    # "“Why wait?” he asked." is split after the question mark; the attribution belongs to the quote.
    if i + 1 < len(art.sents) and art.sents[i + 1].paragraph == last.paragraph:
        nxt = art.sents[i + 1]
        if art.text[nxt.start:nxt.end][:1].islower():
            last = nxt
    return first.start, max(last.end, q.close_at)


def _after(art: _Article, q: Marked) -> Attribution | None:
    _, hi = _sentence_bounds(art, q)
    a = art.scan.inverted_attribution(q.close_at, hi)
    if a is not None and a.start > a.cue_start and a.speaker_text and a.speaker_text.lower() == "it":
        return None  # "…,” vowing it would last": "it" after the verb is its object, never who speaks
    if a is None:
        # "…,” Kim's powerful sister said": a description the account knows, then a verb of saying.
        head = HEAD.match(art.masked, q.close_at, hi).end()
        m = art.account.mention_at(head)
        if m is not None and m.start == head and m.entity is not None and (c := _cue_after().match(art.masked, m.end, hi)):
            cue = c.group("cue")
            a = Attribution(m.start, c.start("cue"), c.end(), m.surface, "name", cue, cue.lower())
    return a


@functools.cache
def _cue_after() -> re.Pattern:
    """A verb of saying after a subject, with the words that may stand between ("has also said")."""
    return re.compile(rf"\s+{FILLER}(?P<cue>{any_cue().pattern})")


def _join_split(art: _Article) -> list[list[Marked]]:
    """Quotes grouped into statements: "“A,” Kim said. “B.”" is one statement of two parts."""
    groups: list[list[Marked]] = []
    for q in art.marked:
        prev = groups[-1][-1] if groups else None
        if prev is not None and _continues(art, prev, q):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def _continues(art: _Article, a: Marked, b: Marked) -> bool:
    # "“A,” Kim said. “B.”": only a comma (or dash) closing A leaves the statement open.
    if not a.closed or "\n" in art.text[a.close_at:b.open_at] or art.text[a.close_at - 2] not in ",—–-":
        return False
    attr = art.scan.inverted_attribution(a.close_at, b.open_at)
    if attr is None or attr.speaker_text is None or not _GAP_REST.match(art.masked[attr.end:b.open_at]):
        return False
    lo, _ = _sentence_bounds(art, b)
    own_before = art.scan.attributions(max(lo, attr.end), b.open_at)
    return not own_before and _after(art, b) is None


def _continues_speech(art: _Article, before: list[Marked], q: Marked) -> bool:
    """A sentence that is only a quote, right after a quoted sentence of the paragraph, goes on with its speaker.

    ("“This is dangerous,” said Cha, an expert. “It changes everything.”")
    """
    lo, hi = _sentence_bounds(art, q)
    prev_end = art.sent_at(before[-1].parts[-1][1] - 1)
    here = art.sent_at(q.parts[0][0])
    alone = not art.masked[lo:q.open_at].strip() and not art.masked[q.close_at:hi].strip(" \t.,;:")
    same_par = art.sents[prev_end].paragraph == art.sents[here].paragraph
    return alone and same_par and here - prev_end <= 1 and art.text[q.parts[0][0]].isupper()


def _is_statement(art: _Article, q: Marked) -> bool:
    s, e = q.parts[0]
    if not (art.text[s].isupper() or art.text[s].isdigit()):
        return False
    lo, _ = _sentence_bounds(art, q)
    return bool(_STATEMENT_LEAD.search(art.masked[lo:q.open_at]))


def _speaker(art: _Article, q: Marked, group: list[Marked]) -> tuple[_Said, _Sentence | None]:
    """Who said ``q``, and the sentence introducing it with a colon when that is where it was found."""
    lo, hi = _sentence_bounds(art, group[-1])
    lo = _sentence_bounds(art, q)[0]
    a = _after(art, q)
    after = art.resolve(a) if a is not None and a.speaker_text else None
    if after is not None and not art.is_medium(after.speaker):
        return _quoting(art, a, hi) or after, None
    relayed = _relayed_speaker(art, q, lo, hi)
    if relayed is not None:
        return relayed, None
    said = _nearest_before(art, art.attributions_before(q), lo)
    if said is not None and art.is_medium(said.speaker):
        # "KCNA reported that Kim praised the “heroic feats”": the medium relays, the subject it reports speaks.
        reported = art.subject_of(said.pos + len(said.speaker_text or ""), q.open_at, media=False)
        if reported is not None:
            return reported._replace(cue=said.cue), None
    if said is not None:
        return _citing(art, lo, q.open_at) or said, None
    acc = art.scan.according_to(lo, hi)
    if acc:
        pos, who = min(acc, key=lambda x: abs(x[0] - q.open_at))
        entity = art.entity_of(pos, pos + len(who))  # "according to Choe", "according to him"
        return _Said(entity.name if entity is not None else canonical(who, "group"), who, "according to", pos), None
    for pos, who, doc in reversed(art.scan.document_attribution(lo, q.open_at)):
        speaker = canonical(who, "name") if who else art.antecedent("person", pos)
        return _Said(speaker, who or art.masked[pos:pos + 40].split(",")[0], doc, pos), None
    # "Putin pledged to “carry forward” …, the agency said": the medium after the quote relays, the sentence's
    # subject speaks; "Rodong Sinmun called it “a reliable guarantee”": a medium as subject speaks itself.
    subject = art.subject_of(lo, q.open_at)
    if subject is not None and (after is not None or _has_verb(art, subject, q)):
        return subject._replace(cue=after.cue if after is not None else None), None
    if after is not None:
        return after, None
    later = [x for x in art.scan.attributions(q.close_at, hi) if x.speaker_text]
    if later:
        return art.resolve(later[0]), None
    intro = _introduction(art, q, lo)
    if intro is not None:
        said = _nearest_before(art, art.scan.attributions(intro.start, intro.end), intro.start)
        if said is not None:
            return said, intro
    # "…took place in “a warm atmosphere,” according to KCNA": with no one else named, the medium's own words.
    media = art.media_named(lo, hi)
    if media:
        pos, channel = min(media, key=lambda x: abs(x[0] - q.open_at))
        return _Said(channel, art.masked[pos:pos + len(channel)], None, pos), None
    return _NOBODY, None


@functools.cache
def _document_of() -> re.Pattern:
    """ "Kim's speeches", "the ministry's statement": a possessor whose document (``data/cue_verbs.csv``) carries words."""
    docs = load_table("cue_verbs.csv")
    media = set(load_table("channel_relays.csv").query("place == 'noun'").word)  # "Seoul's spy agency" is no document
    words = alternation(w for w in docs.word[docs.kind == "document"] if w not in media)
    return re.compile(rf"['’]s\s+(?:[a-z][\w\-]*\s+)?(?:{words})(?:e?s)?\b")


def _has_verb(art: _Article, subject: _Said, q: Marked) -> bool:
    """Whether a verb follows the subject before the quote ("Kim pointed out “…”"), so that the quote is in its clause."""
    between = art.masked[subject.pos:q.open_at]
    return bool(_CLAUSE_VERB.search(between)) and not _CLAUSE_BREAK.search(between)


def _citing(art: _Article, lo: int, hi: int) -> _Said | None:
    """ "Rep. Park, citing the NIS, told reporters that …": words a speaker passes on are their source's."""
    m = _CITING.search(art.masked, lo, hi)
    if m is None:
        return None
    entity = art.entity_of(m.start("who"), m.end("who"))
    return _Said(entity.name, m.group("who"), None, m.start("who")) if entity is not None and entity.kind != "medium" else None


def _quoting(art: _Article, a: Attribution, hi: int) -> _Said | None:
    """ "“…,” the lawmaker said, quoting the NIS": the words are the source's."""
    m = _QUOTING.match(art.masked, a.end, hi)
    if m is None:
        return None
    entity = art.entity_of(m.start("who"), m.end("who"))
    return _Said(entity.name, m.group("who"), a.cue, m.start("who")) if entity is not None and entity.kind != "medium" else None


def _relayed_speaker(art: _Article, q: Marked, lo: int, hi: int) -> _Said | None:
    """The speaker a medium relays in the quote's sentence: "KCNA quoted her as saying", "the agency cited Kim as saying"."""
    if not _RELAY_HINT.search(art.masked, lo, hi):
        return None  # most sentences relay no one: skip the costlier search
    found = list(relay_words().finditer(art.masked, lo, hi))
    if not found:
        return None
    m = min(found, key=lambda m: abs(m.start() - q.open_at))
    lo_who, hi_who = m.span("who")
    who = m.group("who")
    entity = art.entity_of(lo_who, hi_who)
    if entity is not None:
        speaker = entity.name
    elif anaphor_refers(who) is not None:
        speaker = art.antecedent(anaphor_refers(who), lo_who)
    else:
        speaker = art.surname(who, lo_who) or canonical(who, "name")
    return _Said(speaker, who, m.group(0).split()[-1], lo_who) if speaker else None


def _nearest_before(art: _Article, found: list[Attribution], lo: int) -> _Said | None:
    """The speaker of the nearest cue before a quote; a participle borrows an earlier subject.

    A participial clause with no verb of saying before it ("Kim sent a
    message to Putin, calling him “…”") borrows the first speaker the
    sentence names.
    """
    if not found:
        return None
    cue = found[-1].cue
    last = found[-1]
    if last.speaker_text is None and _PARTICIPLE_JOIN.search(art.masked, max(lo, last.cue_start - 6), last.cue_start):
        # "Kim Yo Jong lashed out at Kyiv, which Seoul says …, warning of a “horrible situation”": the participle
        # goes with the sentence's subject, not with a clause in between; but "…, the commission said, adding"
        # with the attribution right before it.
        prev = next((a for a in reversed(found[:-1]) if a.speaker_text), None)
        if prev is not None and not art.masked[prev.end:last.cue_start].strip(" ,"):
            return art.resolve(prev)._replace(cue=cue)
        subject = art.subject_of(lo, last.cue_start)
        if subject is not None:
            return subject._replace(cue=cue)
    for a in reversed(found):
        if a.speaker_text:
            said = art.resolve(a)
            return said._replace(cue=cue)
    last = found[-1]
    if art.masked[lo:last.cue_start].rstrip().endswith(","):
        subject = art.subject_of(lo, last.cue_start)
        if subject is not None:
            return subject._replace(cue=cue)
        first = art.scan.first_speaker(lo, last.cue_start)
        if first is not None:
            pos, surface = first
            return _Said(art.surname(surface, pos) or canonical(surface, "alias"), surface, cue, pos)
    return None


def _introduction(art: _Article, q: Marked, lo: int) -> _Sentence | None:
    # "Kim said in his speech:" ending one paragraph, the quote opening the next.
    if art.masked[lo:q.open_at].strip() or q.open_at != lo:
        return None
    i = art.sent_at(lo)
    if i == 0 or art.sents[i - 1].paragraph == art.sents[i].paragraph:
        return None
    prev = art.sents[i - 1]
    return prev if art.text[prev.start:prev.end].rstrip().endswith(":") else None


def _channel(art: _Article, group: list[Marked], speaker: str | None, intro: _Sentence | None,
             pos: int = -1) -> tuple[str | None, str | None]:
    q = group[0]
    lo, hi = _sentence_bounds(art, group[-1])
    lo = _sentence_bounds(art, q)[0]
    if speaker and art.is_medium(speaker):
        # A medium's own words ("Rodong Sinmun called it “…”", "the broadcaster said") reach us through it, known
        # where the medium was last named or described ("the broadcaster"; "the report" is not the medium).
        named = [m.start for m in art.account.between(0, hi) if m.how != "pronoun" and m.entity is not None
                 and m.entity.name == speaker]
        at = named[-1] if named else pos
        if lo <= at < hi or (intro is not None and intro.start <= at < intro.end):
            return speaker, "sentence"
        if at >= 0 and art.sents[art.sent_at(at)].paragraph == art.sents[art.sent_at(lo)].paragraph:
            return speaker, "paragraph"
        return speaker, "article"
    named = art.media_named(lo, hi)
    if intro is not None:
        named += art.media_named(intro.start, intro.end)
    if art.outlet and not _same_state(channel_state(art.outlet), art.group_of(speaker)):
        # "…,” Yang told NK News" in NK News: the outlet is not the channel of what it prints.
        named = [x for x in named if x[1] != art.outlet]
    if named and art.of_dprk_state(speaker) and any(channel_state(ch) == "dprk_state" for _, ch in named):
        # "…, TASS reported, relaying the KCNA dispatch": the DPRK's words come from its own medium.
        named = [x for x in named if channel_state(x[1]) == "dprk_state"]
    if named:
        return min(named, key=lambda x: abs(x[0] - q.open_at))[1], "sentence"
    if not speaker:
        return None, None
    i = art.sent_at(q.parts[0][0])
    inherited = art.inherited(speaker, i)
    if inherited is not None:
        return inherited
    # The outlet is the channel only of its own state's words: KCNA of Kim's, TASS of Shoigu's.
    if art.outlet and _same_state(channel_state(art.outlet), art.group_of(speaker)):
        return art.outlet, "article"
    return None, None


def _same_state(channel_state: str, group: str) -> bool:
    state = discourse.group_state(group)
    return bool(state) and channel_state == f"{state}_state"
