"""Labelled folders: read the articles and their label files, and validate the labels.

A labelled folder holds ``articles/`` (any format dossier reads, a
``manifest.csv`` beside ``.txt`` files included) and ``labels/``, one
``<stem>.json`` per article ``<stem>.<ext>``.  The label format is described
in ``tests/gold/README.md``.  A label file that is malformed, or that names
text its article does not hold, is reported by name and skipped.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dossier import read_corpus
from dossier.vocab import load_table

HEDGES = {"exact", "approximate", "lower_bound", "upper_bound", "range", "vague"}
CATEGORIES = {
    "troops", "casualties", "strike_casualties", "artillery_shells", "missiles", "rockets",
    "artillery_systems", "shipments", "share_percent", "other",
}
KINDS = {"statement", "fragment"}
BASES = {"sentence", "paragraph", "article", None}
CLAIMANT_GROUPS = {
    "south_korea", "ukraine", "dprk", "russia", "us", "other_state", "media", "analyst",
    "unattributed", "none", None,
}
SPEAKER_GROUPS = {
    "dprk_official", "dprk_state_media", "russia_official", "russia_state_media", "ukraine_official",
    "south_korea_official", "us_official", "other_official", "analyst", "other", None,
}

_FLAT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})


def flat(text: str) -> str:
    """``text`` NFC-normalised with curly quotes made straight, one character for one.

    Offsets in the result are offsets in the (NFC) original, so a span found
    in the flat text is a span of the article.
    """
    return unicodedata.normalize("NFC", text or "").translate(_FLAT)


def pattern(needle: str) -> re.Pattern:
    """A pattern finding ``needle`` in flat text whatever whitespace separates its words."""
    words = flat(needle).split()
    return re.compile(r"\s+".join(re.escape(w) for w in words)) if words else re.compile(r"(?!)")


@dataclass(frozen=True)
class Problem:
    """A file of a labelled folder that could not be scored, or was scored short, and why.

    ``scored`` is true for an article that was scored all the same, as having
    found nothing or only part of what it holds (its extraction failed or ran
    over its budget, or a frames folder lacks it).
    """

    path: str
    reason: str
    scored: bool = False


@dataclass
class LabelledArticle:
    """One article with its labels, as dossier reads the article."""

    folder: str
    stem: str
    path: str
    article_id: str
    source: str
    text: str
    labels: dict = field(repr=False)


@dataclass
class Gold:
    """The labelled articles of some folders, dossier's ``articles`` frame of them, and the files skipped."""

    articles: pd.DataFrame
    labelled: list[LabelledArticle]
    problems: list[Problem]


def read_gold(folders) -> Gold:
    """Read every labelled folder in ``folders``.

    Parameters
    ----------
    folders : iterable of str or Path
        Folders holding ``articles/`` and ``labels/``.

    Returns
    -------
    Gold
        Only articles with a valid label file are kept; every other file
        (unreadable article, article without labels, labels without an
        article, malformed labels) is a :class:`Problem`.
    """
    frames, labelled, problems = [], [], []
    for folder in map(Path, folders):
        art_dir, lab_dir = folder / "articles", folder / "labels"
        if not art_dir.is_dir() or not lab_dir.is_dir():
            problems.append(Problem(str(folder), "not a labelled folder (needs articles/ and labels/)"))
            continue
        corpus = read_corpus([art_dir])
        problems += [Problem(str(p), f"article not read: {r}") for p, r in corpus.rejected.itertuples(index=False)]
        seen = set()
        keep = []
        for i, row in enumerate(corpus.articles.itertuples(index=False)):
            file = Path(str(row.path).split("#", 1)[0])
            stem = file.stem
            seen.add(stem)
            label_file = lab_dir / f"{stem}.json"
            if not label_file.exists():
                problems.append(Problem(str(file), f"no label file {label_file.name}"))
                continue
            try:
                labels = json.loads(label_file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
                problems.append(Problem(str(label_file), f"malformed label file: {e}"))
                continue
            errors = validate(labels, row.text, _raw(file))
            if errors:
                problems.append(Problem(str(label_file), "; ".join(errors)))
                continue
            keep.append(i)
            labelled.append(LabelledArticle(str(folder), stem, str(row.path), row.article_id, _str(row.source), row.text, labels))
        frames.append(corpus.articles.iloc[keep])
        for label_file in sorted(lab_dir.glob("*.json")):
            if label_file.stem not in seen:
                problems.append(Problem(str(label_file), "no article of this name in articles/"))
    articles = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return Gold(articles, labelled, problems)


def _themes() -> set[str]:
    return set(load_table("themes.csv")["theme"])


def _str(value) -> str:
    return value if isinstance(value, str) else ""


def _raw(file: Path) -> str:
    try:
        return file.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return ""


def validate(labels, text: str, raw: str = "") -> list[str]:
    """What is wrong with a label file: wrong kinds or values, or text its article lacks.

    Parameters
    ----------
    labels : object
        The parsed JSON of the label file.
    text : str
        The article's text as dossier reads it.
    raw : str, optional
        The file as written: text that dossier's reader dropped (page
        furniture) is still the article's, so it is looked up there too.

    Returns
    -------
    list of str
        One message per fault; empty when the labels are valid.
    """
    if not isinstance(labels, dict):
        return ["the file is not a JSON object"]
    errs = []
    hay = (flat(text), flat(raw))

    def absent(needle) -> bool:
        p = pattern(needle)
        return not any(p.search(h) for h in hay)

    for key in ("estimates", "quotes", "non_estimates", "themes_present", "themes_borderline"):
        if not isinstance(labels.get(key, []), list):
            errs.append(f"{key} is not a list")
    if errs:
        return errs
    for i, e in enumerate(labels.get("estimates", [])):
        w = f"estimate {i}"
        if not isinstance(e, dict):
            errs.append(f"{w}: not an object")
            continue
        w = f"estimate {i} {e.get('quantity_text')!r}"
        qt, hint = e.get("quantity_text"), e.get("sentence_hint")
        if not isinstance(qt, str) or not qt.strip():
            errs.append(f"{w}: quantity_text missing")
        elif absent(qt):
            errs.append(f"{w}: quantity_text not in the article")
        if hint is not None and (not isinstance(hint, str) or absent(hint)):
            errs.append(f"{w}: sentence_hint not in the article")
        if e.get("hedge") not in HEDGES:
            errs.append(f"{w}: hedge {e.get('hedge')!r}")
        if e.get("category") not in CATEGORIES:
            errs.append(f"{w}: category {e.get('category')!r}")
        if e.get("claimant_group") not in CLAIMANT_GROUPS:
            errs.append(f"{w}: claimant_group {e.get('claimant_group')!r}")
        if e.get("claimant") is not None and not isinstance(e.get("claimant"), str):
            errs.append(f"{w}: claimant is not a name")
        lo, hi = e.get("low"), e.get("high")
        if any(v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))) for v in (lo, hi)):
            errs.append(f"{w}: low and high must be numbers or null")
        elif lo is None and hi is None:
            errs.append(f"{w}: neither low nor high")
        elif lo is not None and hi is not None and lo > hi:
            errs.append(f"{w}: low > high")
        elif e.get("hedge") in ("exact", "approximate") and lo != hi:
            errs.append(f"{w}: {e.get('hedge')} needs low == high")
        if e.get("vague") and not lo:
            errs.append(f"{w}: a vague figure needs low")
    for n in labels.get("non_estimates", []):
        if not isinstance(n, str) or absent(n):
            errs.append(f"non_estimate {n!r} not in the article")
    for i, q in enumerate(labels.get("quotes", [])):
        if not isinstance(q, dict):
            errs.append(f"quote {i}: not an object")
            continue
        w = f"quote {i} {str(q.get('text', ''))[:40]!r}"
        t = q.get("text")
        if not isinstance(t, str) or not t.strip() or absent(t):
            errs.append(f"{w}: text not in the article")
        if q.get("kind") not in KINDS:
            errs.append(f"{w}: kind {q.get('kind')!r}")
        if q.get("channel_basis") not in BASES:
            errs.append(f"{w}: channel_basis {q.get('channel_basis')!r}")
        if bool(q.get("channel")) != bool(q.get("channel_basis")):
            errs.append(f"{w}: channel and channel_basis must both be set or both null")
        if q.get("speaker_group") not in SPEAKER_GROUPS:
            errs.append(f"{w}: speaker_group {q.get('speaker_group')!r}")
        for k in ("speaker", "non_speech"):
            if k not in q:
                errs.append(f"{w}: missing {k}")
    known = _themes()
    for t in labels.get("themes_present", []) + labels.get("themes_borderline", []):
        if t not in known:
            errs.append(f"unknown theme {t!r}")
    return errs
