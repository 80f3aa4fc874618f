"""Bad input never stops the rest: each bad file becomes a row of ``rejected`` or is read with a note."""

from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dossier
from dossier.extractors.pipeline import write_frames

GOOD = "North Korea sent about 11,000 soldiers to Russia's Kursk region, officials in Seoul said on Monday.\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def _read(folder):
    with pytest.warns(dossier.BadInputWarning) as caught:
        corpus = dossier.read_corpus(folder)
    return corpus, [str(w.message) for w in caught]


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 4, "binary file"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("broken.json", b'{"text": "unfinished', "not valid JSON"),
        ("notext.json", b'{"title": "no body here"}', "record has no text"),
        ("list.json", b"[7]", "record is a JSON int"),
        ("only_furniture.txt", b"SCROLL FOR NEXT\nView 0 comments\n", "no article text"),
        ("page.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_file_is_rejected_with_reason_and_the_rest_is_read(folder, name, content, reason):
    (folder / name).write_bytes(content)
    corpus, messages = _read(folder if not name.endswith(".docx") else [folder, folder / name])
    assert corpus.articles["text"].str.contains("11,000 soldiers").sum() == 1
    rows = corpus.rejected[corpus.rejected["path"].str.contains(name.split(".")[0])]
    assert len(rows) == 1, corpus.rejected
    assert reason in rows["reason"].iloc[0]
    assert any(name in m and reason in m for m in messages)


def test_jsonl_bad_line_keeps_the_good_lines(folder):
    (folder / "feed.jsonl").write_text('{"text": "Kim Jong Un praised the soldiers who fought in Kursk, KCNA said."}\n{oops\n')
    corpus, _ = _read(folder)
    assert len(corpus.articles) == 2
    assert corpus.rejected["path"].str.endswith("feed.jsonl#2").tolist() == [True]
    assert "line 2 is not valid JSON" in corpus.rejected["reason"].iloc[0]


@pytest.mark.parametrize("encoding, name", [("cp1252", "cp1252"), ("latin-1", "cp1252")])
def test_text_not_utf8_is_decoded_with_a_note(folder, encoding, name):
    (folder / "old.txt").write_bytes("Pyongyang’s régime sent 3,000 more troops, Seoul said on Tuesday.".encode(encoding, errors="replace"))
    corpus = dossier.read_corpus(folder)
    row = corpus.articles[corpus.articles["path"].str.endswith("old.txt")].iloc[0]
    assert "régime" in row["text"]
    assert f"not UTF-8: decoded as {name}" in row["notes"]


def test_malformed_front_matter_is_read_with_a_warning_note(folder):
    (folder / "fm.md").write_text("---\ntitle: [unclosed\npublished: 2025-01-01\n---\nNorth Korea shipped 2,000 containers of munitions, analysts said.\n")
    corpus = dossier.read_corpus(folder)
    row = corpus.articles[corpus.articles["path"].str.endswith("fm.md")].iloc[0]
    assert row["text"] == "North Korea shipped 2,000 containers of munitions, analysts said."
    assert "malformed front matter ignored" in row["notes"]
    assert row["date_basis"] == "unknown"


def test_front_matter_yaml_refuses_for_a_colon_in_a_value_is_read_line_by_line(folder):
    (folder / "colon.md").write_text(
        "---\ntitle: Shoigu: Pyongyang will send 6,000 builders\nsource: Reuters\npublished: 2025-06-17\n---\n"
        "North Korea will send 1,000 deminers to Kursk, Shoigu said.\n"
    )
    articles = dossier.read_corpus(folder).articles
    row = articles[articles["path"].str.endswith(".md")].iloc[0]
    assert row["title"] == "Shoigu: Pyongyang will send 6,000 builders"
    assert row["source"] == "Reuters"
    assert str(row["published"].date()) == "2025-06-17"
    assert "read as plain key: value lines" in row["notes"] and "line 2" in row["notes"]


def test_front_matter_single_quoted_around_an_apostrophe_is_read_as_meant(folder):
    (folder / "apostrophe.md").write_text(
        "---\ntitle: 'Seoul's spy agency: 2,000 North Koreans killed'\nsource: Yonhap\npublished: 2025-04-30\n---\n"
        "About 2,000 North Korean soldiers have died in Kursk, the agency said.\n"
    )
    articles = dossier.read_corpus(folder).articles
    row = articles[articles["path"].str.endswith(".md")].iloc[0]
    assert row["title"] == "Seoul's spy agency: 2,000 North Koreans killed"
    assert row["source"] == "Yonhap"
    assert str(row["published"].date()) == "2025-04-30"
    assert "read as plain key: value lines" in row["notes"]


@pytest.mark.parametrize(
    "front",
    [
        "title: [unclosed: list\nsource: AP\n",
        "title: a: b\ntitle: c: d\n",
        "title: x: y\n  - nested\n",
        # Quotes that are not apostrophes inside a quoted value: no telling what was meant.
        "title: 'Allies' and 'partners'\nsource: AP\n",
        'title: "Kim said "never" twice"\nsource: AP\n',
    ],
)
def test_front_matter_that_is_not_plain_lines_is_still_ignored(folder, front):
    (folder / "odd.md").write_text(f"---\n{front}---\nNorth Korea sent 1,500 more troops, officials said.\n")
    articles = dossier.read_corpus(folder).articles
    row = articles[articles["path"].str.endswith(".md")].iloc[0]
    assert "malformed front matter ignored" in row["notes"]
    assert row["date_basis"] == "unknown" and not isinstance(row["title"], str)


@pytest.mark.parametrize(
    "front",
    [
        "title: Impossible day\npublished: 2025-02-30\n",  # flat: read without the YAML parser
        "title: Impossible day\ntags: [kursk, troops]\npublished: 2025-02-30 10:00\n",  # through the parser
    ],
)
def test_a_date_that_is_no_day_is_noted_and_the_rest_kept(folder, front):
    (folder / "day.md").write_text(f"---\n{front}---\nNorth Korea sent 1,500 more troops to Kursk, officials said.\n", encoding="utf-8")
    corpus = dossier.read_corpus(folder)
    row = corpus.articles[corpus.articles["path"].str.endswith("day.md")].iloc[0]
    assert row["title"] == "Impossible day" and pd.isna(row["published"])
    assert "unreadable date '2025-02-30" in row["notes"]
    assert len(corpus.articles) == 2


@pytest.mark.parametrize("name", ["lone.json", "lone.jsonl"])
def test_unpaired_surrogate_escape_in_json_is_replaced_with_a_note(folder, tmp_path_factory, name):
    # Valid JSON, but "\ud800" is no character: it cannot be hashed as UTF-8 or written to Parquet.
    (folder / name).write_text('{"title": "Odd \\udc00 title", "text": "Troops \\ud800 were sent to Kursk, officials said."}\n', encoding="utf-8")
    corpus = dossier.read_corpus(folder)
    row = corpus.articles[corpus.articles["path"].str.contains("lone.json")].iloc[0]
    assert row["text"] == "Troops \ufffd were sent to Kursk, officials said." and row["title"] == "Odd \ufffd title"
    assert "unpaired surrogate" in row["notes"]
    frames = dossier.extract(corpus.articles)
    out = tmp_path_factory.mktemp("parquet")
    write_frames(frames, out, "parquet")
    assert len(pd.read_parquet(out / "articles.parquet")) == 2


def test_file_over_the_size_limit_is_rejected(folder):
    (folder / "huge.txt").write_text(GOOD * 2000)
    corpus = dossier.read_corpus(folder, max_bytes=10_000)
    assert len(corpus.articles) == 1
    assert "is 195 KB, over the size limit of 10 KB" in corpus.rejected["reason"].iloc[0]


def test_unreadable_file_is_rejected(folder, monkeypatch):
    bad = folder / "locked.txt"
    bad.write_text(GOOD.replace("11,000", "12,000"))
    real = type(bad).read_bytes

    def read_bytes(self):
        # chmod 000 cannot stop root (CI runs as root), so the refusal is simulated.
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(type(bad), "read_bytes", read_bytes)
    corpus = dossier.read_corpus(folder)
    assert corpus.rejected["reason"].tolist() == ["cannot be read: Permission denied"]
    assert len(corpus.articles) == 1


def test_unreadable_path_and_missing_path(folder, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    corpus = dossier.read_corpus([folder / "good.txt", tmp_path / "nowhere", fifo])
    reasons = dict(zip(corpus.rejected["path"], corpus.rejected["reason"]))
    assert reasons[str(tmp_path / "nowhere")] == "no such file or folder"
    assert reasons[str(fifo)] == "not a regular file"
    assert len(corpus.articles) == 1


def test_folder_with_no_articles(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "data.csv").write_text("a,b\n")
    corpus = dossier.read_corpus(tmp_path / "empty")
    assert corpus.articles.empty
    assert "folder holds no articles" in corpus.rejected["reason"].iloc[0]


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=400)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=texts, extra=st.binary(max_size=200))
def test_reading_arbitrary_text_never_raises_and_never_loses_an_article(tmp_path_factory, body, extra):
    folder = tmp_path_factory.mktemp("prop")
    (folder / "keep.txt").write_text(GOOD, encoding="utf-8")
    (folder / "any.txt").write_text(body, encoding="utf-8")
    (folder / "raw.md").write_bytes(extra)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = dossier.read_corpus(folder)
    # Every file is accounted for: read (possibly merged as a duplicate) or rejected with a reason.
    assert corpus.articles["text"].str.contains("11,000 soldiers").any()
    accounted = set(corpus.articles["path"]) | set(corpus.rejected["path"])
    assert {str(folder / n) for n in ("keep.txt", "any.txt", "raw.md")} <= accounted
    assert corpus.rejected["reason"].str.len().gt(0).all()
    sents = dossier.sentences(corpus.articles)
    texts_by_id = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
    assert all(texts_by_id[a][s:e] == t for a, s, e, t in zip(sents["article_id"], sents["start"], sents["end"], sents["text"]))
