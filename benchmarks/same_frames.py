"""Fingerprint every frame ``dossier.extract`` gives, to show a change keeps them identical.

``same_frames.py OUT.json`` extracts the seed articles and 1,000 generated
articles (``make_corpus.py``, cached beside this script) and writes, per
corpus and frame, its row count, columns, dtypes and a SHA-256 of its values.
``--compare BEFORE.json`` then says which frames differ, and exits 1 if any
does.  Run it once on the code before a change and once after::

    PYTHONPATH=/work/main/lib python benchmarks/same_frames.py /tmp/before.json
    PYTHONPATH=lib python benchmarks/same_frames.py /tmp/after.json --compare /tmp/before.json

Only ``dossier``'s top-level names are used, so the script runs unchanged
on either side of a move of its modules.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402

import dossier  # noqa: E402

SEEDS = HERE.parent / "seeds"
GENERATED = 1000


def fingerprint(df: pd.DataFrame) -> dict:
    """Rows, columns, dtypes and a hash of the values (in row order) of one frame."""
    digest = hashlib.sha256()
    digest.update(pd.util.hash_pandas_object(df.astype("string").fillna("<NA>"), index=False).to_numpy().tobytes())
    return {
        "rows": len(df),
        "columns": list(df.columns),
        "dtypes": [str(t) for t in df.dtypes],
        "sha256": digest.hexdigest(),
    }


def corpus_fingerprints(paths: list[Path]) -> dict:
    corpus = dossier.read_corpus(paths)
    frames = dossier.extract(corpus.articles)
    return {name: fingerprint(df) for name, df in frames.items()}


def generated() -> Path:
    folder = HERE / f"corpus-{GENERATED}"
    if not make_corpus.is_complete(folder, GENERATED):
        make_corpus.make_corpus(GENERATED, folder, force=True)
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="JSON file to write the fingerprints to")
    ap.add_argument("--compare", type=Path, help="fingerprints written before the change")
    args = ap.parse_args(argv)
    prints = {"seeds": corpus_fingerprints([SEEDS]), "generated-1000": corpus_fingerprints([generated()])}
    args.out.write_text(json.dumps(prints, indent=1, sort_keys=True), encoding="utf-8")
    print(f"dossier from {Path(dossier.__file__).parent}; fingerprints in {args.out}")
    if not args.compare:
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    differ = [
        f"{corpus}/{name}"
        for corpus in sorted(set(before) | set(prints))
        for name in sorted(set(before.get(corpus, {})) | set(prints.get(corpus, {})))
        if before.get(corpus, {}).get(name) != prints.get(corpus, {}).get(name)
    ]
    for corpus in sorted(prints):
        for name, fp in sorted(prints[corpus].items()):
            mark = "DIFFERS" if f"{corpus}/{name}" in differ else "same"
            print(f"{corpus:>15} {name:<12} {fp['rows']:>8} rows  {mark}")
    print("every frame identical" if not differ else f"{len(differ)} frames differ: {', '.join(differ)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
