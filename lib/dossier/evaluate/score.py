"""Figures and errors from the pairs of :mod:`dossier.evaluate.match`.

Each article gives counts (a :class:`collections.Counter`); counts add up
over any set of articles (all of them, one outlet style), and
:func:`figures` turns a sum into precision, recall, F1 and accuracies.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import asdict, dataclass

from . import names
from .match import ArticleMatch, Span, values_agree

# (area, figure, how it is computed from the counts); the order of the table.
FIGURES = (
    ("estimates", "precision", ("ratio", "est_ok", "est_pred")),
    ("estimates", "recall", ("ratio", "est_ok", "est_gold")),
    ("estimates", "f1", ("f1", "est_ok", "est_pred", "est_ok", "est_gold")),
    ("estimates", "hedge_accuracy", ("ratio", "est_hedge_ok", "est_ok")),
    ("estimates", "claimant_accuracy", ("ratio", "est_claimant_ok", "est_ok")),
    ("estimates", "non_estimates_extracted", ("count", "est_non_estimates")),
    ("quotes", "precision", ("ratio", "quote_ok_pred", "quote_pred")),
    ("quotes", "recall", ("ratio", "quote_ok_gold", "quote_gold")),
    ("quotes", "f1", ("f1", "quote_ok_pred", "quote_pred", "quote_ok_gold", "quote_gold")),
    ("quotes", "speaker_accuracy", ("ratio", "quote_speaker_ok", "quote_ok_pred")),
    ("quotes", "channel_accuracy", ("ratio", "quote_channel_ok", "quote_ok_pred")),
    ("quotes", "via_kcna_f1", ("binary", "kcna")),
    ("quotes", "dprk_state_media_f1", ("binary", "dprk")),
    ("quotes", "channel_basis_accuracy", ("ratio", "quote_basis_ok", "quote_basis_n")),
    ("themes", "precision", ("ratio", "theme_ok", "theme_pred")),
    ("themes", "recall", ("ratio", "theme_ok", "theme_gold")),
    ("themes", "f1", ("f1", "theme_ok", "theme_pred", "theme_ok", "theme_gold")),
)


@dataclass(frozen=True)
class Error:
    """One miss, extra or wrong field, with where to look."""

    area: str
    kind: str  # miss, extra or wrong
    field: str  # the wrong field; "" for a miss or an extra
    article: str
    file: str
    sentence: str
    expected: str
    got: str

    def as_dict(self) -> dict:
        return asdict(self)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    # Nothing predicted (p None) with something to find gives recall 0, so F1 0.
    if p is None and r is None:
        return None
    if p is None or r is None or p + r == 0:
        return 0.0
    return 2 * p * r / (p + r)


def figures(counts: Counter, themes=()) -> dict[str, dict]:
    """The figures of summed counts: ``{"estimates.f1": {"value": 0.77, "n": 240}, ...}``.

    ``n`` is the number the figure is taken over (rows, pairs or articles'
    themes); a figure with nothing to measure has value None.  ``themes``
    adds per-theme precision and recall.
    """
    out = {}
    for area, name, how in FIGURES:
        kind = how[0]
        if kind == "ratio":
            value, n = _ratio(counts[how[1]], counts[how[2]]), counts[how[2]]
        elif kind == "f1":
            p, r = _ratio(counts[how[1]], counts[how[2]]), _ratio(counts[how[3]], counts[how[4]])
            value, n = _f1(p, r), counts[how[4]]
        elif kind == "binary":
            tp, fp, fn = (counts[f"{how[1]}_{x}"] for x in ("tp", "fp", "fn"))
            value, n = _f1(_ratio(tp, tp + fp), _ratio(tp, tp + fn)), tp + fn
        else:
            value, n = counts[how[1]], counts[how[1]]
        out[f"{area}.{name}"] = {"value": value, "n": n}
    for t in themes:
        out[f"themes.{t}.precision"] = {"value": _ratio(counts[f"theme_ok:{t}"], counts[f"theme_pred:{t}"]), "n": counts[f"theme_pred:{t}"]}
        out[f"themes.{t}.recall"] = {"value": _ratio(counts[f"theme_ok:{t}"], counts[f"theme_gold:{t}"]), "n": counts[f"theme_gold:{t}"]}
    return out


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _num(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{float(value):g}"


def _values(low, high, category) -> str:
    return f"{_num(low)}..{_num(high)} {_text(category)}"


class _Sentences:
    """The sentences of an article, to show beside an error."""

    def __init__(self, m: ArticleMatch):
        self.spans, self.texts = m.sentences, m.sentence_text
        self.text = m.article.text

    def around(self, span: Span | None) -> str:
        if span is None:
            return ""
        hit = [t for s, t in zip(self.spans, self.texts) if s.overlaps(span)]
        return " ".join(hit) if hit else self.text[span.start : span.end]

    def of(self, row: dict) -> str:
        return self.around(Span(row["start"], row["end"]))


def score_article(m: ArticleMatch) -> tuple[Counter, list[Error]]:
    """Counts and errors of one article's pairs."""
    c, errors = Counter(), []
    art = m.article
    sents = _Sentences(m)

    def err(area, kind, fld, sentence, expected, got):
        errors.append(Error(area, kind, fld, art.stem, art.path, sentence, expected, got))

    # Estimates: a pair is right when value and category are.
    c["est_pred"] += len(m.estimate_pairs) + len(m.estimate_extras)
    c["est_gold"] += len(m.estimate_pairs) + len(m.estimate_misses)
    c["est_non_estimates"] += len(m.non_estimates)
    for g, r in m.estimate_pairs:
        lab, where = g.label, sents.around(g.region)
        value_ok = values_agree(lab, r)
        cat_ok = lab.get("category") == _text(r.get("category"))
        if not (value_ok and cat_ok):
            fld = "value" if not value_ok else "category"
            if not value_ok and not cat_ok:
                fld = "value, category"
            err("estimates", "wrong", fld, where,
                f"{lab['quantity_text']!r} {_values(lab.get('low'), lab.get('high'), lab.get('category'))}",
                f"{r['quantity_text']!r} {_values(r.get('low'), r.get('high'), r.get('category'))}")
            continue
        c["est_ok"] += 1
        if lab.get("hedge") == _text(r.get("hedge")):
            c["est_hedge_ok"] += 1
        else:
            err("estimates", "wrong", "hedge", where, f"{lab['quantity_text']!r} {lab.get('hedge')}", f"{r['quantity_text']!r} {_text(r.get('hedge'))}")
        want, got = names.claimant(lab.get("claimant"), lab.get("claimant_group")), names.claimant(r.get("claimant"))
        if want == got:
            c["est_claimant_ok"] += 1
        else:
            err("estimates", "wrong", "claimant", where,
                f"{lab['quantity_text']!r} {lab.get('claimant') or '(the outlet)'} [{want or 'none'}]",
                f"{r['quantity_text']!r} {_text(r.get('claimant')) or '(the outlet)'} [{got or 'none'}]")
    for g in m.estimate_misses:
        lab = g.label
        where = sents.around(g.region) if g.span else f"(not found in dossier's text) {lab.get('sentence_hint') or ''}"
        err("estimates", "miss", "", where, f"{lab['quantity_text']!r} {_values(lab.get('low'), lab.get('high'), lab.get('category'))}", "")
    listed = {id(r) for r in m.non_estimates}
    for r in m.estimate_extras:
        err("estimates", "extra", "", sents.of(r), "(a listed non-estimate)" if id(r) in listed else "",
            f"{r['quantity_text']!r} {_values(r.get('low'), r.get('high'), r.get('category'))}")

    # Quotes: fields are those of the statement's first labelled part.
    c["quote_pred"] += len(m.quote_pairs) + len(m.quote_extras)
    c["quote_ok_pred"] += len(m.quote_pairs)
    c["quote_ok_gold"] += sum(len(p.gold) for p in m.quote_pairs)
    c["quote_gold"] += sum(len(p.gold) for p in m.quote_pairs) + len(m.quote_misses)
    for p in m.quote_pairs:
        lab, r = p.gold[0].label, p.row
        where, said = sents.of(r), _short(r["text"])
        want, got = names.speaker(lab.get("speaker")), names.speaker(r.get("speaker"))
        if want == got:
            c["quote_speaker_ok"] += 1
        else:
            err("quotes", "wrong", "speaker", where, f"{said} — {lab.get('speaker')}", f"{said} — {_text(r.get('speaker')) or '(none)'}")
        want, got = names.channel(lab.get("channel")), names.channel(r.get("channel"))
        if want == got:
            c["quote_channel_ok"] += 1
        else:
            err("quotes", "wrong", "channel", where, f"{said} — {lab.get('channel') or '(none)'}", f"{said} — {_text(r.get('channel')) or '(none)'}")
        if lab.get("channel"):
            c["quote_basis_n"] += 1
            if _text(lab.get("channel_basis")) == _text(r.get("channel_basis")):
                c["quote_basis_ok"] += 1
            else:
                err("quotes", "wrong", "channel_basis", where, f"{said} — {lab.get('channel_basis')}", f"{said} — {_text(r.get('channel_basis')) or '(none)'}")
        gold_kcna = bool(lab.get("via_kcna", names.channel(lab.get("channel")) == "kcna"))
        _binary(c, "kcna", gold_kcna, bool(r.get("via_kcna")))
        gold_dprk = lab.get("via_dprk_state_media")
        gold_dprk = names.dprk_state(lab.get("channel")) if gold_dprk is None else bool(gold_dprk)
        got_dprk = r.get("via_dprk_state_media")
        got_dprk = names.dprk_state(r.get("channel")) if got_dprk is None or _text(got_dprk) == "" else bool(got_dprk)
        _binary(c, "dprk", gold_dprk, got_dprk)
    for g in m.quote_misses:
        where = sents.around(g.span) if g.span else "(not found in dossier's text)"
        err("quotes", "miss", "", where, f"{_short(g.label['text'])} — {g.label.get('speaker')}", "")
    for r in m.quote_extras:
        err("quotes", "extra", "", sents.of(r), "", f"{_short(r['text'])} — {_text(r.get('speaker')) or '(none)'}")

    # Themes: presence in the article.
    found = set(m.themes_found)
    c["theme_pred"] += len(found)
    c["theme_gold"] += len(m.themes_gold)
    c["theme_ok"] += len(found & m.themes_gold)
    for t in found:
        c[f"theme_pred:{t}"] += 1
    for t in m.themes_gold:
        c[f"theme_gold:{t}"] += 1
    for t in found & m.themes_gold:
        c[f"theme_ok:{t}"] += 1
    for t in sorted(m.themes_gold - found):
        err("themes", "miss", "", "", t, "")
    for t in sorted(found - m.themes_gold):
        i = m.themes_found[t]
        err("themes", "extra", "", m.sentence_text[i] if 0 <= i < len(m.sentence_text) else "", "", t)
    return c, errors


def _binary(c: Counter, name: str, gold: bool, got: bool) -> None:
    if gold and got:
        c[f"{name}_tp"] += 1
    elif got:
        c[f"{name}_fp"] += 1
    elif gold:
        c[f"{name}_fn"] += 1


def _short(text, most: int = 90) -> str:
    text = " ".join(_text(text).split())
    return f"“{text if len(text) <= most else text[: most - 1] + '…'}”"
