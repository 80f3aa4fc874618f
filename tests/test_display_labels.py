"""Plain names: every identifier a reader may meet has a label in data/display_labels.csv, and relabelling leaves the frames alone."""

from __future__ import annotations

import pandas as pd
import pytest

from dossier import labels as lab
from dossier import schema
from dossier.vocab import load_table

TABLE = load_table("display_labels.csv")


def _ids(vocabulary: str) -> set[str]:
    return set(TABLE.loc[TABLE["vocabulary"] == vocabulary, "id"])


def test_each_identifier_has_one_label_and_no_label_is_empty():
    assert not TABLE.duplicated(["vocabulary", "id"]).any()
    assert TABLE["label"].str.strip().ne("").all()
    assert TABLE["id"].str.strip().ne("").all()


def test_every_theme_of_the_lexicon_has_a_label():
    themes = set(load_table("themes.csv")["theme"])
    assert themes and themes <= _ids("theme"), sorted(themes - _ids("theme"))


@pytest.mark.parametrize(
    "vocabulary,dtype",
    [("category", schema.CATEGORY), ("hedge", schema.HEDGE), ("channel_basis", schema.CHANNEL_BASIS),
     ("voice", schema.VOICE), ("date_basis", schema.DATE_BASIS), ("quote_kind", schema.QUOTE_KIND)],
)
def test_every_category_of_the_schema_has_a_label(vocabulary, dtype):
    missing = set(dtype.categories) - _ids(vocabulary)
    assert not missing, f"{vocabulary}: no label for {sorted(missing)}"


def test_every_subtype_the_extractor_can_write_has_a_label():
    subtypes = set(load_table("estimate_categories.csv")["subtype"]) | set(load_table("weapons.csv")["subtype"])
    # A share's subtype is the category it is a share of; an increment is "reinforcements".
    subtypes |= (set(schema.CATEGORY.categories) - {"share_percent"}) | {"reinforcements"}
    subtypes.discard("")
    assert not subtypes - _ids("subtype"), sorted(subtypes - _ids("subtype"))


def test_speaker_kinds_and_claimant_groups_are_explained():
    kinds = set(load_table("speaker_kinds.csv")["kind"]) | {"person", "body"}
    assert kinds <= _ids("speaker_kind")
    for group in (lab.ASSERTED, lab.UNATTRIBUTED, lab.OTHERS):
        assert lab.note("claimant_group", group)
    assert lab.label("claimant_group", lab.ASSERTED) == "(the article itself)"
    assert lab.label("claimant_group", lab.UNATTRIBUTED) == lab.UNATTRIBUTED_CLAIMANT


def test_labels_read_as_a_reader_expects():
    assert lab.label("theme", "sanctions_isolation") == "Sanctions and isolation"
    assert lab.label("category", "artillery_shells") == "Artillery shells"
    assert lab.label("hedge", "lower_bound") == "more than"
    # An analyst's own theme, without a label, still reads as words.
    assert lab.label("theme", "grain_deals") == "grain deals"
    assert lab.label("theme", None) == "" and lab.label("theme", float("nan")) == ""


def test_relabel_is_a_copy_for_display_and_the_frame_keeps_its_identifiers():
    df = pd.DataFrame({"theme": ["sanctions_isolation", "just_cause", None], "hits": [3, 2, 1]})
    shown = lab.relabel(df)
    assert list(df["theme"][:2]) == ["sanctions_isolation", "just_cause"]
    assert list(shown.columns) == ["Theme", "Hits"]
    assert shown["Theme"].tolist()[:2] == ["Sanctions and isolation", "A just cause"]
    assert pd.isna(shown["Theme"].iloc[2])


def test_relabel_names_an_index_and_columns_of_identifiers():
    by_voice = pd.DataFrame(
        {"state": [4, 0], "reporting": [1, 2]}, index=pd.Index(["fraternity_blood", "sovereignty"], name="theme")
    )
    by_voice.columns.name = "voice"
    shown = lab.relabel(by_voice)
    assert list(shown.index) == ["Fraternity forged in blood", "Sovereignty and security"]
    assert list(shown.columns) == ["state voice", "reporting voice"]
    assert shown.index.name == "Theme"
    assert list(by_voice.index) == ["fraternity_blood", "sovereignty"]
    plain = lab.relabel(by_voice, columns=False)
    assert list(plain.columns) == ["state", "reporting"]


def test_claimants_name_the_article_itself_and_footnotes_explain_it():
    who = lab.claimants(pd.Series(["NIS", None, "", "unattributed reports"]))
    assert who.tolist() == ["NIS", "(the article itself)", "(the article itself)", "unattributed reports"]
    notes = lab.claimant_notes(who)
    assert len(notes) == 2 and notes[0].startswith("(the article itself): ") and notes[1].startswith("unattributed reports: ")
    assert lab.claimant_notes(["NIS"]) == []
    assert lab.claimant_notes(["Reuters (the article itself)"])[0].startswith("(the article itself)")
    assert lab.footnotes("hedge", ["exact", "lower_bound", "lower_bound"]) == [f"more than: {lab.note('hedge', 'lower_bound')}"]


def test_what_a_figure_counts_in_words():
    assert lab.what_counted("troops") == "Troops"
    assert lab.what_counted("missiles", "ballistic", "KN-23") == "Missiles: ballistic missiles, KN-23"
    assert lab.what_counted("troops", None, float("nan")) == "Troops"
