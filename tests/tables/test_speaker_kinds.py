"""Speakers that are not people or bodies (a treaty, two leaders, the alliance) are shown apart from those that are."""

from __future__ import annotations

import pandas as pd
import pytest

from dossier.tables.speakers import APART, SPEAKING, apart_table, speaker_kind, split_speakers
from dossier.vocab import load_table


@pytest.mark.parametrize(
    "speaker,kind",
    [
        ("Kim Jong Un", "person"),
        ("KCNA", "body"),
        ("Russian Foreign Ministry", "body"),
        ("treaty", "document"),
        ("Treaty on Comprehensive Strategic Partnership", "document"),  # a document by its vocabulary kind
        ("The new defence treaty", "document"),
        ("the joint statement", "document"),
        ("two leaders", "joint_statement"),
        ("Both sides", "joint_statement"),
        ("the North Korean leaders", "joint_statement"),
        ("The alliance", "collective"),
        ("Ivan Petrov", "person"),  # a name the vocabularies do not know is taken for someone's
        ("Statesman Ri", "person"),  # a head must be a whole word at the end
    ],
)
def test_kind_of_a_speaker(speaker, kind):
    assert speaker_kind(speaker) == kind


def test_no_speaker_has_no_kind():
    assert speaker_kind(None) == "" and speaker_kind(float("nan")) == "" and speaker_kind("  ") == ""


def test_heads_are_lower_case_and_of_a_known_kind():
    table = load_table("speaker_kinds.csv")
    assert (table["head"] == table["head"].str.lower()).all() and table["head"].is_unique
    assert set(table["kind"]) <= set(APART)
    assert not set(SPEAKING) & set(APART)


def _quotes():
    return pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b", "c", "c"],
            "speaker": ["Kim Jong Un", "treaty", "two leaders", "Vladimir Putin", None, "Kim Jong Un"],
            "text": ["we will win", "immediate consultations", "complete liberation", "our friends", "anti-imperialist", "brothers"],
        },
        index=[10, 11, 12, 13, 14, 15],
    )


def test_speaker_charts_get_people_and_bodies_only():
    split = split_speakers(_quotes())
    assert split.speaking["speaker"].tolist() == ["Kim Jong Un", "Vladimir Putin", "Kim Jong Un"]
    assert split.apart["speaker"].tolist() == ["treaty", "two leaders"]
    assert split.apart["speaker_kind"].tolist() == ["document", "joint_statement"]
    assert split.unnamed.index.tolist() == [14]
    assert sorted([*split.speaking.index, *split.apart.index, *split.unnamed.index]) == list(_quotes().index)


def test_the_speakers_shown_apart_are_explained():
    table = apart_table(_quotes())
    assert table["speaker"].tolist() == ["treaty", "two leaders"]  # as many quotes each: by name
    row = table.set_index("speaker").loc["two leaders"]
    assert row["kind"] == "joint statement" and row["quotes"] == 1 and "at once" in row["kind_note"]
    assert apart_table(_quotes().iloc[[0, 3]]).empty
