"""Held-out batches: which are unread, scored apart, and stated apart in README and the footer."""

from __future__ import annotations

import json

import pytest

from dossier import cli
from dossier.evaluate import batches, evaluate, publish, read_batches, unread_stems


def _folder(tmp_path, stems, table=None):
    folder = tmp_path / "held"
    (folder / "articles").mkdir(parents=True)
    (folder / "labels").mkdir()
    for stem in stems:
        (folder / "articles" / f"{stem}.md").write_text(
            f"---\ntitle: {stem}\nsource: Yonhap\npublished: 2025-03-01\n---\n"
            f"South Korea's spy agency said about 1,500 more troops had been sent in the {stem} rotation.\n",
            encoding="utf-8")  # texts differ: identical ones are one article
        label = {"estimates": [{"quantity_text": "about 1,500", "sentence_hint": "about 1,500 more troops", "low": 1500,
                                "high": 1500, "hedge": "approximate", "category": "troops", "subtype": None, "item": None,
                                "claimant": "National Intelligence Service", "claimant_group": "south_korea",
                                "vague": False, "borderline": False}],
                 "non_estimates": [], "quotes": [], "themes_present": [], "themes_borderline": []}
        (folder / "labels" / f"{stem}.json").write_text(json.dumps(label), encoding="utf-8")
    if table is not None:
        (folder / batches.FILE).write_text(table, encoding="utf-8")
    return folder


TABLE = "batch,first,last,read,note\nb1,h01,h02,12,read for version 12\nb2,h03,h04,,\n"


def test_an_article_belongs_to_the_batch_its_file_number_falls_in(tmp_path):
    folder = _folder(tmp_path, ["h01_a", "h02_b", "h03_c", "h04_d", "x_other"], TABLE)
    first, second = read_batches(folder)
    assert (first.name, first.first, first.last, first.unread) == ("b1", 1, 2, False)
    assert second.unread and second.holds("h04_d") and not second.holds("h02_b")
    assert not second.holds("x_other")  # no number: in no batch
    assert unread_stems(folder) == {"h03_c", "h04_d"}


def test_a_folder_without_the_table_has_no_batches(tmp_path):
    folder = _folder(tmp_path, ["h01_a"])
    assert read_batches(folder) == [] and unread_stems(folder) == set()


@pytest.mark.parametrize("table, reason", [
    ("batch,first,last\nb1,h01,h02\n", "no column read"),
    ("batch,first,last,read\nb1,h05,h02,\n", "no range of article numbers"),
    ("batch,first,last,read\nb1,intro,h02,\n", "no range of article numbers"),
    ("batch,first,last,read\nb1,h01,h04,\nb2,h03,h06,\n", "overlap"),
])
def test_a_malformed_table_is_named_with_its_reason(tmp_path, table, reason):
    folder = _folder(tmp_path, ["h01_a"], table)
    with pytest.raises(ValueError, match=reason) as raised:
        read_batches(folder)
    assert batches.FILE in str(raised.value)


def test_only_scores_the_articles_named(tmp_path):
    folder = _folder(tmp_path, ["h01_a", "h02_b", "h03_c"], TABLE)
    assert evaluate([folder]).articles == 3
    report = evaluate([folder], only={"h03_c"})
    assert report.articles == 1 and report.figures["estimates.recall"]["n"] == 1


def test_cli_scores_the_unread_batches_alone(tmp_path, capsys):
    folder = _folder(tmp_path, ["h01_a", "h02_b", "h03_c", "h04_d"], TABLE)
    assert cli.main(["evaluate", str(folder), "--unread"]) == 0
    assert "2 labelled articles" in capsys.readouterr().out


def test_cli_unread_names_a_folder_without_its_table(tmp_path, capsys):
    folder = _folder(tmp_path, ["h01_a"])
    assert cli.main(["evaluate", str(folder), "--unread"]) == 1
    err = capsys.readouterr().err
    assert str(folder) in err and batches.FILE in err


def test_readme_and_footer_state_the_unread_figures_apart(tmp_path, monkeypatch):
    folder = _folder(tmp_path, ["h01_a", "h02_b", "h03_c", "h04_d"], TABLE)
    whole, unread = evaluate([folder]), publish.unread_report(folder)
    assert unread.articles == 2
    text = publish.section(whole, whole, whole, unread, folder)
    assert "**Unread** (2 articles of batch b2, which no rule has been written from yet" in text
    assert "| figure | all (4) | unread (2) |" in text
    assert "Unread" not in publish.section(whole, whole, whole)
    data = publish.footer_data(whole, unread)
    assert data["unread"] == {"articles": 2, "headline": publish.headline(unread)}
    stored = tmp_path / "accuracy.json"
    stored.write_text(json.dumps({**data, "extractor_version": "9"}), encoding="utf-8")
    monkeypatch.setattr(publish, "data_path", lambda name: stored)
    line = publish.accuracy_line("9")
    assert line.endswith(f"; on the 2 of them no rule was written from: {publish.headline(unread)}.")
