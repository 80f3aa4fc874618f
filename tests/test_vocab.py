"""Integrity of every vocabulary file shipped in lib/dossier/data/."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from dossier.vocab import data_path, load_list, load_table

DATA = Path(data_path("furniture.csv")).parent
FILES = sorted(p.name for p in DATA.glob("*.csv"))


@pytest.mark.parametrize("name", FILES)
def test_every_row_has_the_header_fields_and_no_stray_whitespace(name):
    table = load_table(name)
    assert len(table.columns) >= 1 and all(c == c.strip().lower() and c for c in table.columns)
    assert len(table) > 0
    for col in table.columns:
        values = table[col].dropna()
        assert (values == values.str.strip()).all(), f"{name}: {col} has leading or trailing spaces"


@pytest.mark.parametrize("name", FILES)
def test_no_duplicate_rows(name):
    table = load_table(name)
    dups = table[table.duplicated(keep=False)]
    assert dups.empty, f"{name} repeats rows:\n{dups}"


@pytest.mark.parametrize("name", ["abbreviations.csv", "sentence_starters.csv", "caption_credits.csv", "clause_words.csv"])
def test_word_lists_are_lower_case_and_unique(name):
    words = load_table(name).iloc[:, 0]
    assert (words == words.str.lower()).all()
    assert words.is_unique


def test_furniture_patterns_compile_and_have_a_known_scope():
    import re

    table = load_table("furniture.csv")
    assert set(table["scope"]) <= {"line", "inline", "end", "list"}
    for p in table["pattern"]:
        re.compile(p)


def test_kin_are_speakers_and_their_relations_single_lower_case_words():
    speakers = set(load_table("speakers.csv").speaker)
    kin = load_table("kin.csv")
    assert set(kin.person) | set(kin.of) <= speakers
    assert all(r == r.lower() and r.isalpha() for r in kin.relation)


def test_states_name_speakers_and_channels_of_states_that_nationalities_name():
    states = load_table("states.csv").fillna("")
    assert set(states.government) <= set(load_table("speakers.csv").speaker)
    assert set(states.state_media) - {""} <= set(load_table("channels.csv").channel)
    # A state nationalities.csv charts as other_state is listed by the home its articles are placed in.
    homes = load_table("home_states.csv")
    assert set(states.state) <= set(load_table("nationalities.csv").state) | set(homes.state)
    assert states.state.is_unique


def test_unrelayed_states_are_states():
    assert set(load_list("unrelayed_states.csv")) <= set(load_table("nationalities.csv").state)
