"""The scorer's outputs: the figures table, the error listing and the JSON file."""

from __future__ import annotations

import json
from pathlib import Path

from .run import STYLES, Report
from .score import FIGURES

AREAS = ("estimates", "quotes", "themes")
_COUNTS = {"estimates.non_estimates_extracted"}


def _cell(fig: dict | None, name: str) -> str:
    if fig is None or fig["value"] is None:
        return "-"
    if name in _COUNTS:
        return str(fig["value"])
    return f"{fig['value']:.2f}"


def table(report: Report, *, styles: bool = True, unread: Report | None = None) -> str:
    """The figures as a Markdown table: one row per figure, a column for all articles and one per outlet style.

    ``unread``, the same folder's articles nobody has read, adds its column
    after the first.  Per-theme precision and recall follow in a second table.
    """
    cols = [s for s in STYLES if s in report.by_style] if styles else []
    extra = [f"unread ({unread.articles})"] if unread is not None else []
    head = ["figure", f"all ({report.articles})", *extra, *(f"{s} ({report.style_articles[s]})" for s in cols), "n"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for area, name, _ in FIGURES:
        key = f"{area}.{name}"
        cells = [key, _cell(report.figures.get(key), key)]
        cells += [_cell(unread.figures.get(key), key)] if unread is not None else []
        cells += [_cell(report.by_style[s].get(key), key) for s in cols]
        cells.append(str(report.figures[key]["n"]))
        lines.append("| " + " | ".join(cells) + " |")
    themes = sorted({k.split(".")[1] for k in report.figures if k.count(".") == 2})
    if themes:
        lines += ["", "| theme | precision | recall | labelled |", "|---|---|---|---|"]
        for t in themes:
            p, r = report.figures[f"themes.{t}.precision"], report.figures[f"themes.{t}.recall"]
            lines.append(f"| {t} | {_cell(p, '')} | {_cell(r, '')} | {r['n']} |")
    return "\n".join(lines) + "\n"


def summary(report: Report) -> str:
    """The table with a heading line: what was scored, by which extractor version."""
    head = f"dossier evaluate: {report.articles} labelled articles in {', '.join(report.folders)}; extractor version {report.extractor_version}"
    return head + "\n\n" + table(report)


def errors(report: Report) -> str:
    """Every miss, extra and wrong field, grouped by area, each with its article and sentence."""
    out = []
    for area in AREAS:
        errs = [e for e in report.errors if e.area == area]
        out.append(f"== {area}: {len(errs)} errors " + "=" * 40)
        for e in errs:
            what = e.kind if not e.field else f"wrong {e.field}"
            line = f"[{what}] {e.article}"
            if e.expected:
                line += f"\n    expected: {e.expected}"
            if e.got:
                line += f"\n    got:      {e.got}"
            if e.sentence:
                line += f"\n    sentence: {' '.join(e.sentence.split())}"
            line += f"\n    file:     {e.file}"
            out.append(line)
    return "\n".join(out) + "\n"


def problems(report: Report) -> str:
    """The files that were skipped or scored short, one line each."""
    return "".join(f"dossier evaluate: {'' if p.scored else 'skipped '}{p.path}: {p.reason}\n" for p in report.problems)


def write_json(report: Report, path) -> Path:
    """Write every figure, error and skipped file to ``path`` as JSON."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.as_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
