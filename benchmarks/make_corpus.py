"""Write N distinct, realistic articles for benchmarking: ``make_corpus.py N OUT``.

Articles recombine the seed paragraphs (read through ``dossier.read_articles``,
so page furniture is never copied) with sentences built from the templates
of ``corpus_vocab.csv``.  Figures (troops, casualties, munitions), claimants,
speakers, outlets, authors and dates vary, so the extractors do real work
and their output varies with the article.

Article ``i`` depends only on the seed and ``i``: a corpus of 1,000 is the
first 1,000 articles of a corpus of 10,000, and the same N always gives the
same bytes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
VOCAB = Path(__file__).with_name("corpus_vocab.csv")
# Bumped whenever the articles change, so cached corpora are regenerated.
VERSION = "1"
DONE = ".complete"
NAME = re.compile(r"\A\d{6,}\.txt\Z")

# A figure worth varying: not part of a word or a model name (KN-23), not an
# ordinal (80th).  Years and small counts are screened out in _slot.
_FIGURE = re.compile(r"(?<![\w\-–.,])(\d{1,3}(?:,\d{3})+|\d+)(\s+million)?(%)?(?![\w\-])")
_CLAIM = re.compile(r"([Aa]ccording to )([^,.;“”\"]{3,80}?)(?=[,.])")
_MONTH = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December)\s+\Z")
_QUOTE = re.compile(r"[“\"]([^”\"]{25,220}?)[,.]?[”\"]")
_STATE_CHANNEL = re.compile(r"KCNA|News Agency|TASS", re.IGNORECASE)
FIRST_DAY = dt.date(2024, 1, 1)
DAYS = 1000


class Slot(NamedTuple):
    """A varying part of a seed paragraph: a figure, or a claimant."""

    kind: str  # "figure" or "claimant"
    value: float = 0.0
    comma: bool = False
    million: str = ""
    percent: str = ""
    capital: bool = False


class Paragraph(NamedTuple):
    """A seed paragraph as literal parts around its slots (len(parts) == len(slots) + 1)."""

    parts: tuple[str, ...]
    slots: tuple[Slot, ...]


def load_vocab(path: Path = VOCAB) -> dict[str, list[tuple[str, str]]]:
    """The vocabulary file as kind -> [(value, extra), ...], comments skipped."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f) if r and not r[0].startswith("#")]
    out: dict[str, list[tuple[str, str]]] = {}
    for kind, value, extra in rows[1:]:
        out.setdefault(kind, []).append((value, extra))
    return out


def _slot(m: re.Match, text: str) -> Slot | None:
    digits, million, percent = m.group(1), m.group(2) or "", m.group(3) or ""
    value = float(digits.replace(",", ""))
    plain = not (million or percent or "," in digits)
    if plain and (1900 <= value <= 2099 or value < 20 or _MONTH.search(text[: m.start()])):
        return None
    return Slot("figure", value, "," in digits, million, percent)


def _template(paragraph: str, spans) -> Paragraph:
    """Cut a paragraph into literal parts around its figures and, in sentences with a figure, its claimants."""
    cuts: list[tuple[int, int, Slot]] = []
    for start, end in spans:
        sentence = paragraph[start:end]
        figures = [(m, s) for m in _FIGURE.finditer(sentence) if (s := _slot(m, sentence))]
        if not figures:
            continue
        for m, s in figures:
            cuts.append((start + m.start(), start + m.end(), s))
        for m in _CLAIM.finditer(sentence):
            if not _STATE_CHANNEL.search(m.group(2)):
                capital = m.start() == 0
                cuts.append((start + m.start(), start + m.end(), Slot("claimant", capital=capital)))
    cuts.sort(key=lambda c: c[0])
    parts, slots, pos = [], [], 0
    for start, end, s in cuts:
        if start < pos:
            continue
        parts.append(paragraph[pos:start])
        slots.append(s)
        pos = end
    parts.append(paragraph[pos:])
    return Paragraph(tuple(parts), tuple(slots))


def load_seeds(seeds: Path = SEEDS) -> tuple[list[Paragraph], list[str]]:
    """Seed paragraphs as templates, and the seed quotations (their inner words)."""
    import dossier
    from dossier.text.sentences import split_spans

    articles = dossier.read_articles(seeds)
    paragraphs, quotes = [], []
    for text in articles["text"]:
        for para in text.split("\n\n"):
            spans = [(s, e) for _, s, e in split_spans(para)]
            paragraphs.append(_template(para, spans))
            quotes.extend(q.strip().rstrip(",.") for q in _QUOTE.findall(para))
    # Only whole statements open a sentence well; fragments ("forged through precious blood") do not.
    quotes = [q for q in quotes if q[0].isupper() and len(q.split()) >= 6]
    return paragraphs, sorted(set(quotes))


class Generator:
    """Makes article ``i`` of a corpus from the seed templates and the vocabulary."""

    def __init__(self, seed: int = 0, seeds: Path = SEEDS, vocab: Path = VOCAB):
        self.seed = seed
        self.paragraphs, self.quotes = load_seeds(seeds)
        v = load_vocab(vocab)
        self.v = {k: [value for value, _ in rows] for k, rows in v.items()}
        self.speakers = v["speaker"]

    def _rng(self, i: int, attempt: int) -> random.Random:
        return random.Random(f"{self.seed}:{i}:{attempt}")

    def _figure(self, rng: random.Random, s: Slot) -> str:
        if s.percent:
            return f"{_between(rng, 20, 90)}%"
        value = s.value * rng.uniform(0.5, 1.6)
        if s.million:
            return f"{max(1, round(value))}{s.million}"
        if s.value >= 1000:
            value = round(value / 100) * 100
        n = max(1, round(value))
        return f"{n:,}" if s.comma else str(n)

    def _claimant(self, rng: random.Random, capital: bool) -> str:
        c = _pick(rng, self.v["claimant"])
        return ("According to " if capital else "according to ") + c

    def _fill(self, rng: random.Random, p: Paragraph) -> str:
        out = [p.parts[0]]
        for s, part in zip(p.slots, p.parts[1:]):
            out.append(self._figure(rng, s) if s.kind == "figure" else self._claimant(rng, s.capital))
            out.append(part)
        return "".join(out)

    def _fields(self, rng: random.Random) -> "_Fields":
        return _Fields(self, rng)

    def _synthetic(self, rng: random.Random) -> str:
        """A paragraph of template sentences: estimates with claimants, and a relayed quote."""
        kinds = ["estimate"] * _between(rng, 1, 2)
        kinds.insert(_between(rng, 0, len(kinds)), "quote")
        sentences = (_pick(rng, self.v[k]).format_map(self._fields(rng)) for k in kinds)
        return " ".join(s[0].upper() + s[1:] for s in sentences)

    def body(self, i: int, attempt: int = 0) -> str:
        """The body text of article ``i``: paragraphs separated by blank lines."""
        rng = self._rng(i, attempt)
        target = _between(rng, 3700, 5100)
        used: set[int] = set()
        paras, size = [], 0
        while size < target:
            k = _below(rng, len(self.paragraphs))
            if k not in used and rng.random() < 0.7:
                used.add(k)
                para = self._fill(rng, self.paragraphs[k])
            else:
                para = self._synthetic(rng)
            paras.append(para)
            size += len(para) + 2
        return "\n\n".join(paras)

    def article(self, i: int, attempt: int = 0) -> tuple[str, str]:
        """``(front matter + body, body)`` of article ``i``."""
        body = self.body(i, attempt)
        rng = self._rng(i, attempt + 1_000_000)
        fields = self._fields(rng)
        title = _pick(rng, self.v["title"]).format_map(fields)
        meta = {
            "title": title[0].upper() + title[1:],
            "source": _pick(rng, self.v["outlet"]),
            "author": _pick(rng, self.v["author"]),
        }
        published = FIRST_DAY + dt.timedelta(days=_below(rng, DAYS))
        # JSON strings are valid YAML scalars, so titles with colons or quotes stay safe.
        head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items())
        return f"---\n{head}published: {published.isoformat()}\n---\n{body}\n", body


def _below(rng: random.Random, n: int) -> int:
    # random() once is several times cheaper than randrange(), which matters at 100,000 articles.
    return int(rng.random() * n)


def _pick(rng: random.Random, seq):
    return seq[int(rng.random() * len(seq))]


def _between(rng: random.Random, lo: int, hi: int, step: int = 1) -> int:
    return lo + step * _below(rng, (hi - lo) // step + 1)


class _Fields(dict):
    """Template fields drawn on first use: a template names only a few of them."""

    def __init__(self, gen: Generator, rng: random.Random):
        super().__init__()
        self.gen, self.rng = gen, rng

    def __missing__(self, key: str) -> str:
        rng, v = self.rng, self.gen.v
        if key in ("speaker", "channel"):
            self["speaker"], self["channel"] = _pick(rng, self.gen.speakers)
        elif key in ("claimant", "Claimant"):
            c = _pick(rng, v["claimant"])
            self["claimant"], self["Claimant"] = c, c[0].upper() + c[1:]
        elif key == "quote":
            self["quote"] = _pick(rng, self.gen.quotes)
        else:
            self[key] = _DRAW[key](rng, v)
        return self[key]


_DRAW = {
    "hedge": lambda rng, v: _pick(rng, v["hedge"]),
    "troops": lambda rng, v: f"{_between(rng, 1000, 20000, 100):,}",
    "casualties": lambda rng, v: f"{_between(rng, 500, 9000, 100):,}",
    "shells": lambda rng, v: f"{_between(rng, 1, 15)} million",
    "missiles": lambda rng, v: str(_between(rng, 40, 300)),
    "shipments": lambda rng, v: str(_between(rng, 20, 120)),
    "percent": lambda rng, v: str(_between(rng, 20, 90)),
    "region": lambda rng, v: _pick(rng, v["region"]),
    "year": lambda rng, v: str(_between(rng, 2024, 2026)),
}


def _key(body: str) -> bytes:
    # The reader identifies an article by its whitespace-normalised text.
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).digest()


def make_corpus(n: int, out: Path, *, seed: int = 0, force: bool = False) -> list[Path]:
    """Write articles ``000000.txt`` ... into ``out``; returns their paths.

    Raises
    ------
    FileExistsError
        When ``out`` already holds files and ``force`` is not set.  With
        ``force``, only files this script writes are removed first.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    existing = [p for p in out.iterdir() if NAME.match(p.name) or p.name == DONE]
    if any(out.iterdir()):
        if not force:
            raise FileExistsError(f"{out} is not empty (use --force to replace the generated articles in it)")
        for p in existing:
            p.unlink()
    gen = Generator(seed)
    seen: set[bytes] = set()
    width = max(6, len(str(n - 1)))
    paths = []
    for i in range(n):
        attempt = 0
        doc, body = gen.article(i, attempt)
        while _key(body) in seen:
            attempt += 2  # attempt + 1 seeds the metadata
            doc, body = gen.article(i, attempt)
        seen.add(_key(body))
        path = out / f"{i:0{width}d}.txt"
        with open(path, "wb") as f:
            f.write(doc.encode("utf-8"))
        paths.append(path)
    (out / DONE).write_text(stamp(n, seed), encoding="utf-8")
    return paths


def stamp(n: int, seed: int = 0) -> str:
    """What a complete corpus's marker file holds; a cache is valid when it matches."""
    return f"{n} articles, seed {seed}, generator {VERSION}\n"


def is_complete(out: Path, n: int, seed: int = 0) -> bool:
    """True when ``out`` holds a finished corpus of ``n`` articles made with ``seed``."""
    marker = Path(out) / DONE
    return marker.is_file() and marker.read_text(encoding="utf-8") == stamp(n, seed)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("n", type=int, metavar="N", help="number of articles")
    p.add_argument("out", type=Path, metavar="OUT", help="folder to write them into")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--force", action="store_true", help="replace the articles of an earlier run in OUT")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    try:
        paths = make_corpus(args.n, args.out, seed=args.seed, force=args.force)
    except FileExistsError as e:
        print(f"make_corpus: {e}", file=sys.stderr)
        return 1
    mb = sum(p.stat().st_size for p in paths) / 1e6
    print(f"wrote {len(paths)} articles ({mb:.1f} MB) to {args.out} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
