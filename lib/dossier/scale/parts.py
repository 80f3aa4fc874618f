"""A frame stored as a folder of Parquet parts: ``out/<frame>.parquet/part-NNNNN.parquet``.

The Dask engine and the brief's cache both write frames this way, a part
per partition of articles; ``pandas.read_parquet`` reads such a folder back
as one frame, rows in article order.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import schema
from ..schema import FRAME_NAMES

_ARROW_SCHEMAS: dict[str, pa.Schema] = {}


def frame_folders(out: Path) -> dict[str, Path]:
    """An empty folder ``out/<name>.parquet`` per frame, replacing whatever was there."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    folders = {name: out / f"{name}.parquet" for name in FRAME_NAMES}
    for folder in folders.values():
        remove_path(folder)
        folder.mkdir()
    return folders


def part_name(i: int) -> str:
    """The file name of part ``i``."""
    # Zero-padded so that a folder's parts sort, and read back, in article order.
    return f"part-{i:05d}.parquet"


def parquet_bytes(df: pd.DataFrame, name: str) -> bytes:
    """Frame ``name`` as the bytes of a Parquet file with the schema's Arrow types.

    Written with the declared types, parts agree even when a column is
    empty in one of them.
    """
    table = pa.Table.from_pandas(df, schema=arrow_schema(name), preserve_index=False)
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of frame ``name``, from :mod:`dossier.schema`."""
    if name not in _ARROW_SCHEMAS:
        _ARROW_SCHEMAS[name] = pa.Schema.from_pandas(schema.empty(name), preserve_index=False)
    return _ARROW_SCHEMAS[name]


def remove_path(path: Path) -> None:
    """Remove a file, link or folder, if there is one."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
