"""Pairing labels with extracted rows, article by article.

The rules (documented for analysts in ``tests/gold/README.md``):

Estimates
    A label is found in the article where its ``sentence_hint`` occurs
    (quotes made straight, any whitespace between words), its figure at the
    occurrence of ``quantity_text`` inside the hint, or else the one nearest
    to it.  An extracted row is a candidate for it when the row's sentence
    shares characters with the hint or the figure, and either its quantity
    span overlaps the label's or its values agree with the label's.  Each
    label takes at most one row and each row one label; overlapping spans
    are paired first, then agreeing values, then the nearest.
Quotes
    A label is found at its text's n-th occurrence inside quotation marks
    for the n-th label with that text (any occurrence when none is quoted).  An extracted quote matches when its span overlaps the label's
    and it holds the same words in the same order (case, punctuation and
    whitespace aside).  A statement split by its attribution, labelled as
    entries with ``continues``, also matches one extracted quote that joins
    its parts (or several of them in a row).  ``non_speech`` labels are left
    out, and so is an unmatched extracted quote that overlaps one.
Themes
    The set of themes found anywhere in the article against the set labelled
    present; ``themes_borderline`` is left out of both.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .gold import LabelledArticle, flat, pattern

_WORD = re.compile(r"\w+")
_MARKS = {'"', "'"}  # in flat text, where curly marks are straight


class Span(NamedTuple):
    """Character offsets in the article's text: ``text[start:end]``."""

    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class GoldEstimate:
    """A labelled figure and where it was found (``span`` None when not found in dossier's text)."""

    label: dict
    span: Span | None
    region: Span | None


@dataclass
class GoldQuote:
    """A labelled quote, where it was found, and the index of its statement (split parts share it)."""

    label: dict
    span: Span | None
    group: int


class EstimatePair(NamedTuple):
    gold: GoldEstimate
    row: dict


class QuotePair(NamedTuple):
    """An extracted quote and the labelled entries it matches (several for a joined split statement)."""

    gold: list
    row: dict


@dataclass
class ArticleMatch:
    """Everything paired, missed and extra in one article."""

    article: LabelledArticle
    sentences: list[Span]
    sentence_text: list[str]
    estimate_pairs: list[EstimatePair] = field(default_factory=list)
    estimate_misses: list[GoldEstimate] = field(default_factory=list)
    estimate_extras: list[dict] = field(default_factory=list)
    non_estimates: list[dict] = field(default_factory=list)
    quote_pairs: list[QuotePair] = field(default_factory=list)
    quote_misses: list[GoldQuote] = field(default_factory=list)
    quote_extras: list[dict] = field(default_factory=list)
    themes_gold: set = field(default_factory=set)
    themes_found: dict = field(default_factory=dict)


def match_article(article: LabelledArticle, sentences: list[dict], estimates: list[dict], quotes: list[dict], themes: dict) -> ArticleMatch:
    """Pair the labels of ``article`` with the rows dossier extracted from it.

    Parameters
    ----------
    article : LabelledArticle
    sentences, estimates, quotes : list of dict
        The article's rows of dossier's frames.
    themes : dict of str to int
        Themes dossier found in the article, each with the sentence of its first hit.
    """
    sentences = sorted(sentences, key=lambda r: r["sentence"])
    spans = {r["sentence"]: Span(r["start"], r["end"]) for r in sentences}
    m = ArticleMatch(
        article,
        sentences=[Span(r["start"], r["end"]) for r in sentences],
        sentence_text=[r["text"] for r in sentences],
    )
    text = flat(article.text)
    _match_estimates(m, text, spans, estimates)
    _match_quotes(m, text, quotes)
    labels = article.labels
    borderline = set(labels.get("themes_borderline", []))
    m.themes_gold = set(labels.get("themes_present", [])) - borderline
    m.themes_found = {t: s for t, s in themes.items() if t not in borderline}
    return m


# -- estimates ---------------------------------------------------------------


def _locate_estimate(text: str, label: dict) -> GoldEstimate:
    figures = [Span(*x.span()) for x in pattern(label["quantity_text"]).finditer(text)]
    hints = [Span(*x.span()) for x in pattern(label["sentence_hint"]).finditer(text)] if label.get("sentence_hint") else []
    if not figures:
        return GoldEstimate(label, None, hints[0] if hints else None)
    if not hints:
        return GoldEstimate(label, figures[0], figures[0])
    inside = [(h, f) for h in hints for f in figures if h.start <= f.start and f.end <= h.end]
    if inside:
        hint, figure = inside[0]
    else:
        hint, figure = min(((h, f) for h in hints for f in figures), key=lambda hf: _distance(*hf))
    return GoldEstimate(label, figure, Span(min(hint.start, figure.start), max(hint.end, figure.end)))


def _distance(a: Span, b: Span) -> int:
    return max(0, a.start - b.end, b.start - a.end)


def _same(a, b) -> bool:
    a_none = a is None or (isinstance(a, float) and math.isnan(a))
    b_none = b is None or (isinstance(b, float) and math.isnan(b))
    if a_none or b_none:
        return a_none and b_none
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def vague_unit(low: float) -> float:
    """The unit of a vague plural from its labelled low: dozens 24 -> 12, scores 40 -> 20,
    hundreds 200 -> 100, several thousand 3,000 -> 1,000 (the largest dozen, score or power of ten
    at most half the low)."""
    powers = [10.0 ** k for k in range(0, 16) if 10.0 ** k <= low / 2] or [1.0]
    return max([u for u in (12.0, 20.0) if u <= low / 2] + powers)


def values_agree(label: dict, row: dict) -> bool:
    """The row's low and high are the label's; for a vague plural, the row's low lies between
    the plural's unit and the labelled low (twice the unit, three times for "several")."""
    if label.get("vague"):
        low = row.get("low")
        if low is None or (isinstance(low, float) and math.isnan(low)) or not label.get("low"):
            return False
        unit = vague_unit(float(label["low"]))
        return unit - 1e-9 <= float(low) <= max(2 * unit, float(label["low"])) + 1e-9
    return _same(label.get("low"), row.get("low")) and _same(label.get("high"), row.get("high"))


def _match_estimates(m: ArticleMatch, text: str, spans: dict, rows: list[dict]) -> None:
    golds = [_locate_estimate(text, e) for e in m.article.labels.get("estimates", [])]
    candidates = []
    for gi, g in enumerate(golds):
        if g.span is None:
            continue
        for ri, r in enumerate(rows):
            sent = spans.get(r["sentence"])
            if sent is None or not sent.overlaps(g.region):
                continue
            span = Span(r["start"], r["end"])
            overlap, agree = span.overlaps(g.span), values_agree(g.label, r)
            if overlap or agree:
                candidates.append(((overlap, agree, -_distance(span, g.span)), gi, ri))
    gold_free, row_free = set(range(len(golds))), set(range(len(rows)))
    for _, gi, ri in sorted(candidates, key=lambda c: c[0], reverse=True):
        if gi in gold_free and ri in row_free:
            gold_free.discard(gi)
            row_free.discard(ri)
            if not golds[gi].label.get("borderline"):
                m.estimate_pairs.append(EstimatePair(golds[gi], rows[ri]))
    m.estimate_misses = [g for i, g in enumerate(golds) if i in gold_free and not g.label.get("borderline")]
    extras = [rows[i] for i in sorted(row_free)]
    # A row over a borderline figure that was not paired is dropped as well.
    borderline = [g.span for g in golds if g.label.get("borderline") and g.span is not None]
    extras = [r for r in extras if not any(Span(r["start"], r["end"]).overlaps(b) for b in borderline)]
    m.estimate_extras = extras
    listed = [Span(*x.span()) for n in m.article.labels.get("non_estimates", []) for x in pattern(n).finditer(text)]
    m.non_estimates = [r for r in extras if any(Span(r["start"], r["end"]).overlaps(s) for s in listed)]


# -- quotes ------------------------------------------------------------------


def words(text) -> list[str]:
    """The words of a quote, in order, in lower case: what two spans must share to match."""
    return _WORD.findall(flat(text if isinstance(text, str) else "").casefold())


def _locate_quotes(text: str, labels: list[dict]) -> list[GoldQuote]:
    out, seen, group = [], {}, -1
    for q in labels:
        key = " ".join(flat(q["text"]).split())
        n = seen.get(key, 0)
        seen[key] = n + 1
        found = [Span(*x.span()) for x in pattern(q["text"]).finditer(text)]
        # The same words may stand unquoted earlier in the article.
        found = [f for f in found if _quoted(text, f)] or found
        span = found[min(n, len(found) - 1)] if found else None
        if not (q.get("continues") and out):
            group += 1
        out.append(GoldQuote(q, span, group))
    return out


def _quoted(text: str, span: Span) -> bool:
    """Whether a quotation mark opens right before ``span`` or closes right after it (past a comma or full stop)."""
    before = text[max(0, span.start - 2) : span.start].rstrip()
    after = text[span.end : span.end + 3].lstrip(",.?! ")
    return before[-1:] in _MARKS or after[:1] in _MARKS


def _match_quotes(m: ArticleMatch, text: str, rows: list[dict]) -> None:
    golds = _locate_quotes(text, m.article.labels.get("quotes", []))
    speech = [i for i, g in enumerate(golds) if not g.label.get("non_speech") and g.span is not None]
    free = set(speech)
    extras = []
    for r in sorted(rows, key=lambda r: r["start"]):
        span, want = Span(r["start"], r["end"]), words(r["text"])
        run = None
        for i in speech:
            if i not in free or not golds[i].span.overlaps(span):
                continue
            got, j = [], i
            while j < len(golds) and golds[j].group == golds[i].group and j in free and len(got) < len(want):
                got += words(golds[j].label["text"])
                j += 1
                if got == want:
                    run = list(range(i, j))
                    break
            if run:
                break
        if run:
            free.difference_update(run)
            m.quote_pairs.append(QuotePair([golds[k] for k in run], r))
        else:
            extras.append(r)
    non_speech = [g.span for g in golds if g.label.get("non_speech") and g.span is not None]
    m.quote_extras = [r for r in extras if not any(Span(r["start"], r["end"]).overlaps(s) for s in non_speech)]
    m.quote_misses = [g for i, g in enumerate(golds) if not g.label.get("non_speech") and (i in free or g.span is None)]
