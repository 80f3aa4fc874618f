"""Frames of each article, cached by the article's content and the extractor version.

Every extractor works article by article, so the frames of a corpus are the
frames of its articles put together.  The cache keeps them in *shards*: one
folder per extraction (per part, for :func:`cached_extract_parts`), holding
the rows of the articles extracted then and a ``keys.csv`` naming them.  A brief extracts only the articles no shard holds
and writes one new shard for them, so adding one article to a large corpus
costs one article's extraction.

Each shard records the SHA-256 of its files (``hashes.json``): a shard that
fails to read, to verify or to match the schema (truncated, edited by hand,
written by another schema) is dropped with a warning, and its articles are
extracted again.

Shards live under ``<folder>/v<EXTRACTOR_VERSION>-<lexicon>/``: a new
extractor version or another theme lexicon reads from another folder, so it
never serves stale rows.  Folders of other extractor versions can never be
read again and are removed; other lexicons' folders are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
import warnings
from pathlib import Path
from typing import NamedTuple

import pandas as pd
from tqdm.auto import tqdm

import dossier
from .. import schema
from ..extractors.pipeline import concat, extract_batches
from ..schema import FRAME_NAMES
from .parts import frame_folders, parquet_bytes, part_name

# ``articles`` always comes fresh from the corpus: its path column is where the
# file is now, which may differ from where the cached copy was read.
CACHED_FRAMES = tuple(name for name in FRAME_NAMES if name != "articles")
_KEYS = "keys.csv"
_HASHES = "hashes.json"


class CacheWarning(UserWarning):
    """A cache shard could not be read or verified: it was dropped and its articles extracted again."""


class CacheStats(NamedTuple):
    """Articles served from the cache (``hits``) and extracted now (``misses``); ``folder`` is None for a brief of a store, which extracts nothing."""

    hits: int
    misses: int
    folder: Path | None


def article_keys(articles: pd.DataFrame) -> pd.Series:
    """Cache key of each article: SHA-256 of every column but ``path``.

    The body alone (``article_id``) is not enough: extractors also read
    metadata such as the publication date, which a manifest can change
    without touching the file.
    """
    cols = [c for c in articles.columns if c != "path"]

    def key(row) -> str:
        payload = json.dumps([None if pd.isna(v) else str(v) for v in row], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    return pd.Series([key(row) for row in articles[cols].itertuples(index=False, name=None)], index=articles.index, dtype="str")


def version_folder(root: Path, lexicon=None) -> Path:
    """Folder of the shards valid for the current extractor version and lexicon."""
    tag = "packaged"
    if lexicon:
        tag = hashlib.sha256(Path(lexicon).read_bytes()).hexdigest()[:16]
    return Path(root) / f"v{dossier.EXTRACTOR_VERSION}-{tag}"


def cached_extract(articles: pd.DataFrame, root: Path, *, lexicon=None, progress: bool = False) -> tuple[dict[str, pd.DataFrame], CacheStats]:
    """Every frame of ``articles``, extracting only the articles the cache lacks.

    Parameters
    ----------
    articles : DataFrame
        The ``articles`` frame of the corpus.
    root : Path
        Cache folder (created if missing).
    lexicon : str or Path, optional
        Theme lexicon CSV; part of the cache key.
    progress : bool
        Progress bar while extracting a large number of new articles.

    Returns
    -------
    frames : dict of str to DataFrame
        One frame per name in :data:`dossier.schema.FRAME_NAMES`: the rows
        of ``pipeline.extract(articles)``, grouped by article in the order
        of ``articles``.
    stats : CacheStats
    """
    folder = version_folder(root, lexicon)
    _prune_other_versions(Path(root), folder)
    frames, hits, misses = _cached(articles, folder, _read_index(folder), lexicon, progress)
    return frames, CacheStats(hits, misses, folder)


def cached_extract_parts(
    articles: pd.DataFrame, root: Path, out: Path, *, lexicon=None, progress: bool = False, partition: int = 1000
) -> CacheStats:
    """:func:`cached_extract` a partition of articles at a time, written as a Parquet store in ``out``.

    Each frame becomes ``out/<name>.parquet/part-NNNNN.parquet``, a part per
    ``partition`` articles, in the order of ``articles``: the store
    ``dossier extract --format parquet`` writes.  Only one partition's
    frames are held in memory at a time, and the articles a partition lacks
    from the cache are written as one shard, so that a brief run again
    reads about one shard per partition.
    """
    folder = version_folder(root, lexicon)
    _prune_other_versions(Path(root), folder)
    index = _read_index(folder)
    folders = frame_folders(out)
    articles = articles.copy(deep=False)
    articles.attrs = {}  # read_corpus's rejected files: not a part's metadata
    starts = range(0, len(articles), partition)
    if progress and len(starts) > 1:
        starts = tqdm(starts, desc="extracting", unit=f"×{partition} articles", leave=False)
    hits = misses = 0
    for i, start in enumerate(starts):
        frames, h, m = _cached(articles.iloc[start : start + partition], folder, index, lexicon, False)
        for name, df in frames.items():
            (folders[name] / part_name(i)).write_bytes(parquet_bytes(df, name))
        hits, misses = hits + h, misses + m
    return CacheStats(hits, misses, folder)


def _cached(articles: pd.DataFrame, folder: Path, index: dict[str, str], lexicon, progress: bool):
    """The frames of ``articles`` from the shards ``index`` names and a new shard of the rest; adds it to ``index``."""
    keys = article_keys(articles)
    hit = keys.isin(index.keys())
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in CACHED_FRAMES}
    wanted = pd.DataFrame({"key": keys[hit], "article_id": articles.loc[hit, "article_id"]})
    wanted["shard"] = wanted["key"].map(index)
    for shard, group in wanted.groupby("shard", sort=False):
        ids = set(group["article_id"])
        try:
            found = _read_shard(folder / shard)
        except Exception as e:  # noqa: BLE001 - whatever is wrong with a shard, extracting again mends it
            _drop_shard(folder / shard, index, e)
            hit[hit & keys.map(index).isna()] = False
            continue
        for name in CACHED_FRAMES:
            df = found[name]
            parts[name].append(df[df["article_id"].isin(ids)])
    missing = articles[~hit.to_numpy()]
    if len(missing):
        fresh = extract_batches(missing.reset_index(drop=True), lexicon=lexicon, progress=progress)
        shard = _write_shard(folder, keys[~hit], missing["article_id"], fresh)
        index.update(dict.fromkeys(keys[~hit], shard))
        for name in CACHED_FRAMES:
            parts[name].append(fresh[name])
    order = {aid: i for i, aid in enumerate(articles["article_id"])}
    frames = {"articles": articles.reset_index(drop=True)}
    for name in CACHED_FRAMES:
        frames[name] = _in_article_order(concat(name, parts[name]), order, name)
    return {name: frames[name] for name in FRAME_NAMES}, int(hit.sum()), len(missing)


def _read_shard(shard: Path) -> dict[str, pd.DataFrame]:
    """The frames of a shard, verified against its recorded hashes and the schema."""
    hashes = json.loads((shard / _HASHES).read_text(encoding="utf-8"))
    frames = {}
    for name in CACHED_FRAMES:
        path = shard / f"{name}.parquet"
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != hashes.get(path.name):
            raise ValueError(f"{path.name} differs from what was written (SHA-256)")
        df = pd.read_parquet(path)
        if list(df.columns) != schema.columns(name):
            raise ValueError(f"{path.name} has columns {list(df.columns)}, not those of the schema")
        frames[name] = df
    return frames


def _drop_shard(shard: Path, index: dict[str, str], why: BaseException) -> None:
    """Forget ``shard`` (in ``index`` and on disk): its articles are extracted again."""
    warnings.warn(
        f"cache shard {shard} dropped, its articles are extracted again: {type(why).__name__}: {str(why)[:200]}",
        CacheWarning,
        stacklevel=4,
    )
    for key in [k for k, v in index.items() if v == shard.name]:
        del index[key]
    shutil.rmtree(shard, ignore_errors=True)


def _prune_other_versions(root: Path, current: Path) -> None:
    # Folder names are v<version>-<lexicon tag>; the tag holds no "-".
    version = current.name.rsplit("-", 1)[0]
    if not root.is_dir():
        return
    for folder in root.iterdir():
        if folder.is_dir() and not folder.is_symlink() and folder.name.startswith("v") and "-" in folder.name and folder.name.rsplit("-", 1)[0] != version:
            shutil.rmtree(folder, ignore_errors=True)


def _in_article_order(df: pd.DataFrame, order: dict[str, int], name: str) -> pd.DataFrame:
    # A stable sort keeps each article's rows in the order its extractor gave them.
    pos = df["article_id"].map(order).to_numpy()
    return schema.conform(df.iloc[pos.argsort(kind="stable")].reset_index(drop=True), name)


def _read_index(folder: Path) -> dict[str, str]:
    """Cache key to the shard holding that article."""
    index: dict[str, str] = {}
    if not folder.is_dir():
        return index
    for keys_file in sorted(folder.glob(f"*/{_KEYS}")):
        shard = keys_file.parent
        if not (shard / _HASHES).exists():
            # Written before shards recorded their hashes (shards are renamed
            # into place whole, so this is no shard being written): unverifiable.
            shutil.rmtree(shard, ignore_errors=True)
            continue
        try:
            keys = pd.read_csv(keys_file, dtype="str")
            if "key" not in keys.columns:
                raise ValueError(f"{_KEYS} has no key column")
        except (OSError, ValueError, pd.errors.EmptyDataError) as e:
            _drop_shard(shard, index, e)
            continue
        index.update(dict.fromkeys(keys["key"].dropna(), shard.name))
    return index


def _write_shard(folder: Path, keys: pd.Series, article_ids: pd.Series, frames: dict[str, pd.DataFrame]) -> str:
    # Written under a temporary name and renamed: a brief interrupted here, or
    # two briefs sharing the cache, never see half a shard.
    name = uuid.uuid4().hex
    tmp = folder / f".{name}.tmp"
    tmp.mkdir(parents=True)
    hashes = {}
    for frame in CACHED_FRAMES:
        path = tmp / f"{frame}.parquet"
        frames[frame].to_parquet(path, index=False)
        hashes[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    pd.DataFrame({"key": keys.to_numpy(), "article_id": article_ids.to_numpy()}).to_csv(tmp / _KEYS, index=False)
    (tmp / _HASHES).write_text(json.dumps(hashes, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, folder / name)
    return name
