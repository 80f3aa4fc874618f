"""Published accuracy: README's Accuracy section and the one line every brief's footer states.

``make accuracy`` (``python -m dossier.evaluate.publish README.md tests/gold``)
scores the labelled held-out set, devset and seeds, rewrites the README
between its accuracy markers and writes ``data/accuracy.json``, which the
brief reads: figures are measured once per extractor version, never at brief
time.  The footer states the held-out figures: the devset and the seeds are
what the rules were written against, so their figures say less about an
analyst's own articles.  Held-out batches guide rules once newer ones exist
(``heldout/batches.csv`` says which); the figures of those still unread are
stated apart, as the estimate to quote for new articles.
``python -m dossier.evaluate.publish --floors tests/gold/floors.json`` sets
the CI floors to today's figures (a deliberate commit).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dossier.vocab import data_path

from .batches import read_batches, unread_stems
from .report import table
from .run import Report, evaluate

BEGIN, END = "<!-- accuracy:begin -->", "<!-- accuracy:end -->"
DATA_FILE = "accuracy.json"
# The figures the footer's line states, in order, with their words.
HEADLINE = (
    ("estimates.f1", "estimates F1"),
    ("estimates.claimant_accuracy", "claimant"),
    ("quotes.f1", "quotes F1"),
    ("quotes.speaker_accuracy", "speaker"),
    ("quotes.dprk_state_media_f1", "DPRK state media F1"),
    ("themes.f1", "themes F1"),
)


def _value(report: Report, key: str) -> str:
    value = report.figures[key]["value"]
    return "-" if value is None else f"{value:.2f}"


def headline(report: Report) -> str:
    """The main figures in one line: "estimates F1 0.78, claimant 0.46, ..."."""
    return ", ".join(f"{words} {_value(report, key)}" for key, words in HEADLINE)


def unread_report(folder) -> Report | None:
    """The score of ``folder``'s batches nobody has read (``batches.csv``), or None when it lists none."""
    stems = unread_stems(folder)
    return evaluate([folder], only=stems) if stems else None


def _unread_words(folder, unread: Report) -> str:
    names = [b.name for b in read_batches(folder) if b.unread]
    return (f"{unread.articles} articles of batch{'es' if len(names) > 1 else ''} {', '.join(names)}, "
            f"which no rule has been written from yet: the estimate to quote for new articles")


def section(seeds: Report, devset: Report, heldout: Report, unread: Report | None = None, folder=None) -> str:
    """README's Accuracy section between the markers: the version, then a table per corpus.

    ``unread`` is the score of the held-out batches nobody has read, in ``folder``.
    """
    unread_line = f"**Unread** ({_unread_words(folder, unread)}): {headline(unread)}.\n\n" if unread else ""
    return (
        f"Extractor version {devset.extractor_version}, scored with `dossier evaluate` "
        f"(regenerate with `make accuracy`).\n\n"
        f"**Held-out** (`tests/gold/heldout`, {heldout.articles} articles labelled blind, by hand, before dossier was "
        f"run on them; columns per outlet style): {headline(heldout)}.\n\n"
        f"{unread_line}"
        f"{table(heldout, unread=unread)}\n"
        f"**Devset** (`tests/gold/devset`, {devset.articles} articles written in the styles of the outlets; "
        f"columns per outlet style): {headline(devset)}.\n\n"
        f"{table(devset)}\n"
        f"**Seeds** (`tests/gold/seeds`, the {seeds.articles} sample articles the extractors were first written on): "
        f"{headline(seeds)}.\n\n"
        f"{table(seeds, styles=False)}"
    )


def _round(value):
    return value if value is None or isinstance(value, int) else round(value, 4)


def footer_data(heldout: Report, unread: Report | None = None) -> dict:
    """What ``data/accuracy.json`` holds: the version measured, on what (the held-out set), and the figures.

    With ``unread``, also the articles and headline of its batches nobody has read.
    """
    data = {
        "extractor_version": heldout.extractor_version,
        "corpus": "tests/gold/heldout",
        "articles": heldout.articles,
        "headline": headline(heldout),
        "figures": {k: _round(v["value"]) for k, v in heldout.figures.items() if k.count(".") == 1},
    }
    if unread is not None:
        data["unread"] = {"articles": unread.articles, "headline": headline(unread)}
    return data


def update(readme, gold) -> None:
    """Score ``gold``/seeds, ``gold``/devset and ``gold``/heldout, rewrite ``readme``'s Accuracy section and ``data/accuracy.json``."""
    gold = Path(gold)
    seeds, devset, heldout = evaluate([gold / "seeds"]), evaluate([gold / "devset"]), evaluate([gold / "heldout"])
    unread = unread_report(gold / "heldout")
    path = Path(readme)
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    body = section(seeds, devset, heldout, unread, gold / "heldout")
    path.write_text(f"{head}{BEGIN}\n{body}{END}{tail}", encoding="utf-8")
    Path(data_path(DATA_FILE)).write_text(json.dumps(footer_data(heldout, unread), indent=1) + "\n", encoding="utf-8")


def floors(report: Report) -> dict:
    """Floors for the CI test: every area figure of ``report`` as it is, counts as ceilings.

    Per-theme figures rest on a dozen articles each, where one article moves
    them by 0.05 or more: they are reported, not floored.
    """
    out = {"floors": {}, "ceilings": {}}
    for key, fig in report.figures.items():
        if fig["value"] is None or key.count(".") != 1:
            continue
        if isinstance(fig["value"], int):
            out["ceilings"][key] = fig["value"]
        else:
            out["floors"][key] = round(fig["value"], 4)
    return out


def write_floors(path, gold) -> None:
    """Set the floors in ``path`` to today's figures on the whole gold corpus (seeds and devset).

    Run it only to raise floors on purpose, and commit the file alone.
    """
    gold = Path(gold)
    report = evaluate([gold / "seeds", gold / "devset"])
    Path(path).write_text(json.dumps(floors(report), indent=1) + "\n", encoding="utf-8")


def accuracy_line(extractor_version: str) -> str:
    """The footer's line on the measured accuracy of ``extractor_version``, from ``data/accuracy.json``.

    Says so when that version was not measured (frames of an older store,
    or a version bumped without ``make accuracy``).
    """
    try:
        data = json.loads(Path(data_path(DATA_FILE)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"The accuracy of extractor version {extractor_version} has not been measured."
    measured = str(data.get("extractor_version"))
    where = f"{data.get('articles')} held-out labelled articles ({data.get('corpus')})"
    if measured != str(extractor_version):
        return (f"The accuracy of extractor version {extractor_version} has not been measured "
                f"(version {measured}, on {where}: {data.get('headline')}).")
    line = f"Measured accuracy of extractor version {measured} on {where}: {data.get('headline')}"
    unread = data.get("unread")
    if unread:
        line += f"; on the {unread.get('articles')} of them no rule was written from: {unread.get('headline')}"
    return line + "."


if __name__ == "__main__":
    if sys.argv[1:2] == ["--floors"]:
        write_floors(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "tests/gold")
    else:
        update(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "tests/gold")
