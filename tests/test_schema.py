"""The schema is the single source of column names: the README's data dictionary must match it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dossier import schema

README = Path(__file__).resolve().parents[1] / "README.md"
BEGIN, END = "<!-- data-dictionary:begin -->", "<!-- data-dictionary:end -->"


def test_readme_data_dictionary_is_the_schema():
    text = README.read_text(encoding="utf-8")
    block = text.split(BEGIN, 1)[1].split(END, 1)[0].strip() + "\n"
    assert block == schema.data_dictionary(), "README's data dictionary is stale: paste `python -m dossier.schema` between the markers"


@pytest.mark.parametrize("frame", sorted(schema.FRAMES))
def test_empty_frames_have_declared_columns_and_dtypes(frame):
    df = schema.empty(frame)
    assert list(df.columns) == schema.columns(frame)
    for col in schema.FRAMES[frame]:
        if isinstance(col.dtype, pd.CategoricalDtype):
            assert df[col.name].dtype == col.dtype


def test_conform_refuses_a_frame_missing_a_column():
    with pytest.raises(KeyError, match="lacks columns"):
        schema.conform(pd.DataFrame({"path": ["a"]}), "rejected")


def test_conform_keeps_the_rows_of_a_slice():
    df = pd.DataFrame({"path": ["a", "b", "c", "d"], "reason": ["w", "x", "y", "z"]}).iloc[2:]
    out = schema.conform(df, "rejected")
    assert out["path"].tolist() == ["c", "d"] and out["reason"].tolist() == ["y", "z"]
    assert list(out.index) == [0, 1]


def test_conform_casts_every_column_to_its_declared_dtype():
    df = pd.DataFrame({"article_id": ["a", "b"], "sentence": [0, 1], "n_words": [3.0, 4.0], "compound": [0, 1],
                       # Equal to the schema's unordered dtype, but listing its categories the other way round:
                       # Parquet parts of one frame must share one dictionary.
                       "voice": pd.Categorical(["state", "reporting"], categories=["reporting", "state"])})
    out = schema.conform(df, "tone")
    for col in schema.FRAMES["tone"]:
        assert out[col.name].dtype == pd.api.types.pandas_dtype(col.dtype)
    assert list(out["voice"].cat.categories) == list(schema.VOICE.categories) == ["state", "reporting"]
    assert out["voice"].tolist() == ["state", "reporting"] and out["n_words"].tolist() == [3, 4]


def test_conform_leaves_its_input_alone():
    df = pd.DataFrame({"path": ["a"], "reason": ["x"]}).astype("str")
    out = schema.conform(df, "rejected")
    out.loc[0, "path"] = "changed"
    assert df.loc[0, "path"] == "a"
