"""The ``dossier`` command: a thin layer over the library.

Each subcommand gathers options and makes one library call.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
import tempfile
import warnings
from pathlib import Path

from . import __version__
from . import evaluate as ev
from .brief.build import build_brief, check_lexicon, check_parameters, find_notebooks
from .exceptions import DossierError, NoArticlesError, SchedulerError, StaleStoreWarning
from .scale.cache import CacheWarning
from .scale.run import run_extract

EXTRACT_EXAMPLE = """\
example:
  dossier extract seeds/ ~/articles/2025/ --out frames/
  dossier extract seeds/ --out frames/ --format parquet

Writes one file per frame into --out: articles, sentences, estimates, quotes,
themes, theme_rates, entities, tone, and rejected (path, reason) for every
file that could not be read. Exits 0 when at least one article was read,
1 when none was, 2 on a usage error."""

BRIEF_EXAMPLE = """\
example:
  dossier brief                         # the brief of seeds/ into outputs/
  dossier brief seeds/ new-articles/ -p since 2025-01-01
  dossier brief seeds/ --out /tmp/briefs -p categories troops,casualties
  dossier brief frames/                 # a store written by dossier extract, not extracted again

Runs every notebook in notebooks/ with papermill and writes
OUT/<run-id>/index.html with one HTML page per notebook; OUT/latest names
the last successful run. A failed run leaves OUT/latest as it was. Exits 0
on success, 1 when no article could be read or a notebook failed, 2 on a
usage error (an option or -p value that cannot be used)."""


# Control characters (a file name may hold ESC sequences) are shown escaped, never sent to the terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _printable(text) -> str:
    """``text`` with control characters written as escapes (``\\x1b``), so a file name cannot drive the terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def _positive_int(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {raw!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {raw!r}")
    return value


def _number_of(unit: str, bound: str, allowed):
    """An argparse type: a finite number of ``unit`` that ``allowed`` accepts (``bound`` says which, in the message)."""

    def parse(raw: str) -> float:
        try:
            value = float(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number of {unit}, got {raw!r}") from None
        if not math.isfinite(value) or not allowed(value):
            raise argparse.ArgumentTypeError(f"expected a number of {unit}{bound}, got {raw!r}")
        return value

    return parse


_megabytes = _number_of("megabytes", " above 0", lambda v: v > 0)
_seconds = _number_of("seconds", ", 0 or more", lambda v: v >= 0)


def _lexicon_problem(path: Path) -> str | None:
    """Why ``path`` is no theme lexicon dossier can use, or None."""
    try:
        check_lexicon(path)
    except ValueError as e:
        return _printable(e)
    return None


def _notebook_problem(notebooks: Path | None, parameters: dict[str, str]) -> str | None:
    """Why ``--notebooks`` or a ``-p NAME VALUE`` cannot be used, or None; all the problems on one line."""
    if notebooks is None and not parameters:
        return None  # the project's notebooks, as they are: nothing the analyst gave to check
    try:
        check_parameters(parameters, find_notebooks(notebooks))
    except DossierError as e:
        return _printable(str(e).splitlines()[0])  # the listing of every parameter that follows is left out
    return None


def _folder_problem(option: str, out: Path, what: str) -> str | None:
    """Why ``out`` cannot be made or written as a folder (``what``, for the message), or None."""
    if out.exists() and not out.is_dir():
        return f"{option} {_printable(out)} is a file, not {what}"
    existing = out
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return f"{option} {_printable(out)} cannot be made: {_printable(existing)} is a file"
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as e:
        return f"{option} {_printable(out)} cannot be written ({_printable(e.strerror or e)} in {_printable(existing)})"
    return None


def _out_problem(out: Path) -> str | None:
    """Why briefs cannot be written into ``out``, or None."""
    if out.exists() and not out.is_dir():
        return f"--out {_printable(out)} is a file, not a folder of briefs"
    latest = out / "latest"
    if latest.is_dir() and not latest.is_symlink():
        return f"{_printable(latest)} is a folder; it must be the link dossier makes to the last run: move it away"
    return _folder_problem("--out", out, "a folder of briefs")


EVALUATE_EXAMPLE = """\
example:
  dossier evaluate tests/gold/devset
  dossier evaluate tests/gold/seeds tests/gold/devset --errors
  dossier evaluate tests/gold/devset --frames frames/ --json accuracy.json
  dossier evaluate tests/gold/heldout --unread

A labelled folder holds articles/ and labels/ (labels/<stem>.json for the
article <stem>.<ext>; tests/gold/README.md is the label format and the
matching rules). Prints precision, recall and F1 of estimates, quotes and
themes, and the accuracy of their fields, for all articles and per outlet
style. A label file that is malformed or names text not in its article is
reported and skipped; an article whose extraction fails or runs over its
budget is named, and scored with what was extracted. Exits 0 when at least one article was scored, 1 when
none was, 2 on a usage error."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dossier",
        description="Turn a folder of news articles on the North Korea-Russia alliance into "
        "frames (troop and munitions estimates, quotes and their KCNA attribution, rhetoric "
        "themes) and HTML briefs.",
        epilog="Run 'dossier COMMAND --help' for the options of each command.\n\n" + EXTRACT_EXAMPLE.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"dossier {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ex = sub.add_parser(
        "extract",
        help="read articles and write every frame to a folder",
        description="Read articles (.txt, .md, .html, .json, .jsonl; folders are searched "
        "recursively) and write every frame dossier extracts to --out.",
        epilog=EXTRACT_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of articles")
    ex.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to write the frames into (created if missing)")
    ex.add_argument("--format", choices=("csv", "parquet"), default="csv", help="file format of the frames (default: csv); parquet writes a partitioned store a partition at a time, for large corpora")
    ex.add_argument("--max-size", type=_megabytes, default=5.0, metavar="MB", help="skip files larger than this many megabytes (default: 5)")
    ex.add_argument("--lexicon", type=Path, metavar="CSV", help="a theme lexicon of your own (columns theme,term; optional near, avoid, window, voice guards, as in data/themes.csv) instead of the packaged one")
    ex.add_argument("--engine", choices=("local", "dask"), default="local", help="run the extractors in this process (local, default) or on Dask")
    ex.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: address of a running Dask scheduler (default: start a local cluster)")
    ex.add_argument("--workers", type=_positive_int, default=2, metavar="N", help="with --engine dask and no --scheduler: local workers to start (default: 2)")
    ex.add_argument("--budget", type=_seconds, default=None, metavar="SECONDS", help="time an article of up to 100,000 characters may take to extract, and as much again per 100,000 beyond; an article over it keeps its sentences and gets a note (default: 10; 0: no limit)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")

    br = sub.add_parser(
        "brief",
        help="run every notebook and write an HTML brief",
        description="Run every notebook in notebooks/ with papermill against the articles and "
        "write a self-contained HTML brief (no code, nothing loaded from the network).",
        epilog=BRIEF_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    br.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders, or one folder written by 'dossier extract' (default: seeds/)")
    br.add_argument("--out", type=Path, default=Path("outputs"), metavar="DIR", help="folder of runs (default: outputs/)")
    br.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"), help="set a notebook parameter, e.g. -p since 2025-01-01 (repeatable)")
    br.add_argument("--notebooks", type=Path, default=None, metavar="DIR", help="folder of notebooks to run (default: the project's notebooks/)")
    br.add_argument("--jobs", type=_positive_int, default=None, metavar="N", help="notebooks to run side by side (default: number of cores)")
    br.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    ev = sub.add_parser(
        "evaluate",
        help="score the extractors against hand-labelled articles",
        description="Extract the articles of labelled folders (or read frames already extracted) "
        "and score estimates, quotes and themes against the labels.",
        epilog=EVALUATE_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("folders", nargs="+", metavar="GOLD_DIR", help="labelled folders, each with articles/ and labels/")
    ev.add_argument("--frames", type=Path, metavar="DIR", help="a folder written by 'dossier extract' from these articles: score its frames instead of extracting again")
    ev.add_argument("--errors", action="store_true", help="also list every miss, extra and wrong field with its article and sentence")
    ev.add_argument("--json", type=Path, metavar="OUT", help="write every figure and error to this JSON file")
    ev.add_argument("--unread", action="store_true", help="score only the batches no rule has been written from, as each folder's batches.csv lists them (columns batch, first, last, read: blank while unread)")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    problem = _option_problem(args)
    if problem:
        parser.error(problem)  # exits 2
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "evaluate":
            return _evaluate(args)
        return _brief(args)
    except KeyboardInterrupt:
        print("dossier: interrupted", file=sys.stderr)
        return 130


def _option_problem(args) -> str | None:
    """What is wrong with an option value that argparse cannot check alone, or None."""
    if args.command == "extract":
        if args.lexicon is not None and _lexicon_problem(args.lexicon):
            return _lexicon_problem(args.lexicon)
        return _folder_problem("--out", args.out, "a folder")
    if args.command == "brief":
        return _out_problem(args.out) or _notebook_problem(args.notebooks, dict(args.parameter))
    if args.frames is not None and not args.frames.is_dir():
        return f"--frames {_printable(args.frames)} is not a folder written by 'dossier extract'"
    if args.json is not None:
        return _file_problem("--json", args.json)
    return None


def _file_problem(option: str, path: Path) -> str | None:
    """Why ``path`` cannot be written as a file, or None."""
    if path.is_dir():
        return f"{option} {_printable(path)} is a folder, not a file"
    parent = path.parent
    if not parent.is_dir():
        return f"{option} {_printable(path)} cannot be written: {_printable(parent)} is not a folder"
    if not os.access(parent, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"{option} {_printable(path)} cannot be written (no permission)"
    return None


def _extract(args) -> int:
    with warnings.catch_warnings():
        # Rejections are reported once, in the summary and in rejected.csv.
        warnings.simplefilter("ignore")
        try:
            result = run_extract(
                args.paths,
                out=args.out,
                fmt=args.format,
                max_bytes=int(args.max_size * 1024 * 1024),
                lexicon=args.lexicon,
                engine=args.engine,
                scheduler=args.scheduler,
                workers=args.workers,
                progress=not args.quiet,
                budget=args.budget,
            )
        except (NoArticlesError, SchedulerError) as e:
            print(f"dossier: {_printable(e)}", file=sys.stderr)
            return 1
    if not args.quiet:
        for path, reason in result.rejected:
            print(f"dossier: skipped {_printable(path)}: {_printable(reason)}", file=sys.stderr)
        counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
        print(f"dossier: wrote {counts} to {args.out}", file=sys.stderr)
    return 0


def _brief(args) -> int:
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", StaleStoreWarning)
            warnings.simplefilter("always", CacheWarning)
            run = build_brief(
                args.paths or None,
                out=args.out,
                parameters=dict(args.parameter),
                notebooks=args.notebooks,
                jobs=args.jobs,
                progress=not args.quiet,
            )
    except DossierError as e:
        print(f"dossier: {_printable(e)}".replace("\\n", "\n"), file=sys.stderr)
        return 1
    finally:
        for w in caught:
            print(f"dossier: warning: {_printable(w.message)}", file=sys.stderr)
    print(run.index)
    return 0


def _evaluate(args) -> int:
    with warnings.catch_warnings():
        # Unreadable files are reported once, as skipped files.
        warnings.simplefilter("ignore")
        try:
            only = _unread(args.folders) if args.unread else None
            report = ev.evaluate(args.folders, frames=args.frames, only=only)
        except (FileNotFoundError, ValueError) as e:
            print(f"dossier: {e}", file=sys.stderr)
            return 1
    print(ev.problems(report), end="", file=sys.stderr)
    print(ev.summary(report), end="")
    if args.errors:
        print()
        print(ev.errors(report), end="")
    if args.json:
        ev.write_json(report, args.json)
    return 0 if report.articles else 1


def _unread(folders) -> set[str]:
    stems = set()
    for folder in folders:
        if not (Path(folder) / ev.batches.FILE).exists():
            raise FileNotFoundError(f"{folder} has no {ev.batches.FILE}: --unread needs its list of batches")
        stems |= ev.unread_stems(folder)
    return stems


if __name__ == "__main__":
    sys.exit(main())
