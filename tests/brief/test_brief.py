"""The brief: runs, pages, escaping, atomicity, parameters, cache and what is new.

The seed brief runs once per session (and once more with one extra, hostile
article); most tests read what those two runs wrote.
"""

from __future__ import annotations

import html as html_lib
import json
import os
import re
import time
import warnings
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import dossier
from dossier import labels
from dossier.brief import build as brief_mod
from dossier.brief.kernels import NotebookRuns, TrackedKernelManager
from dossier.brief.build import NotebookFailed, build_brief, check_parameters, find_notebooks, latest_run
from dossier.scale.cache import cached_extract, cached_extract_parts
from dossier.exceptions import ParameterError
from dossier.brief.html import changes_since, claims_card, key_figures, value_range
from dossier.notebook import Frames, load
from page_checks import problems

HOSTILE_TITLE = '<script>alert("title")</script> <img src=x onerror=alert(1)> <b class="unclosed'
HOSTILE_QUOTE = '<script>alert("quote")</script> we shall <img src=y onerror=alert(2)> win'
HOSTILE_ARTICLE = f"""---
title: '{HOSTILE_TITLE}'
source: 'Test Wire <i>'
published: 2025-11-02
---
North Korea sent about 2,000 more troops to Russia, according to South Korea's National Intelligence Service.

Kim Jong Un said, according to KCNA, "{HOSTILE_QUOTE}". He added that the alliance was invincible.
"""
COMMON_PARAMETERS = '''articles: str = "../seeds"  # folder or file of articles, or a folder written by `dossier extract`
since: str = ""  # earliest publication date to keep, YYYY-MM-DD; "" for no bound
until: str = ""  # latest publication date to keep, YYYY-MM-DD; "" for no bound
run_id: str = ""  # set by `dossier brief`
output_dir: str = ""  # folder for chart files (PNG and SVG); "" to only show them
'''


def _notebook(path: Path, *cells: str, extra_parameters: str = "") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell(COMMON_PARAMETERS + extra_parameters)
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {path.stem}"), params, *(nbformat.v4.new_code_cell(c) for c in cells)]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


def _pages(run) -> list[Path]:
    return [run.index, *run.pages]


def _card(html: str, name: str) -> str:
    """The index's card ``name`` (troops, kcna, ...)."""
    return re.search(rf'<section class="dossier-card" id="{name}">.*?</section>', html, re.DOTALL).group(0)


def _body(html: str) -> str:
    """A page without its stylesheets, whose selectors name every kind of cell."""
    return re.sub(r"<style[^>]*>.*?</style>", "", html, flags=re.DOTALL)


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def briefs(tmp_path_factory, seeds_dir, hostile_dir):
    """Two briefs into one folder: the seeds, then the seeds and the hostile article."""
    out = tmp_path_factory.mktemp("briefs")
    first = build_brief([seeds_dir], out=out)
    first_index = first.index.read_bytes()
    second = build_brief([seeds_dir, hostile_dir], out=out)
    return {"out": out, "first": first, "first_index": first_index, "second": second}


@pytest.fixture(scope="session")
def seed_brief(briefs):
    return briefs["first"]


# --- the seed brief ---------------------------------------------------------


def test_run_folder_has_every_part(seed_brief):
    folder = seed_brief.folder
    for name in dossier.FRAME_NAMES + ("rejected",):
        assert (folder / "frames" / f"{name}.parquet").exists()
        assert (folder / "frames" / f"{name}.csv").exists()
    for nb in find_notebooks():
        assert (folder / "executed" / nb.name).exists()
        assert (folder / "notebooks" / f"{nb.stem}.html").exists()
    assert sorted(p.suffix for p in (folder / "charts").iterdir()) and {p.suffix for p in (folder / "charts").iterdir()} == {".png", ".svg"}


def test_executed_notebooks_name_the_run_folder(seed_brief):
    # They ran in a temporary ".partial" folder: re-run in JupyterLab, they
    # must find the frames and chart folder where the run now lives.
    for nb in find_notebooks():
        executed = nbformat.read(seed_brief.folder / "executed" / nb.name, as_version=4)
        assert ".partial" not in json.dumps(executed)
        given = executed.metadata.papermill.parameters
        assert Path(given["articles"]) == seed_brief.folder / "frames"
        injected = next(c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", []))
        assert str(seed_brief.folder / "frames") in injected.source


def test_index_lists_every_notebook(seed_brief):
    html = seed_brief.index.read_text(encoding="utf-8")
    notebooks = find_notebooks()
    for nb in notebooks:
        assert f'href="notebooks/{nb.stem}.html"' in html, nb.name
    # The list of notebooks; cards of the key figures may link to a notebook too.
    listing = re.search(r'<ol class="notebooks">(.*?)</ol>', html, re.DOTALL).group(1)
    listed = re.findall(r'href="notebooks/([^"]+)\.html"', listing)
    assert listed == [nb.stem for nb in notebooks]  # in reading order


def test_index_shows_the_corpus_and_parameters(seed_brief):
    html = seed_brief.index.read_text(encoding="utf-8")
    assert "5 articles, published 2025-04-30 to 2025-10-24" in html
    assert "Every file given was read." in html
    assert re.search(r"<td>articles</td><td><code>[^<]*seeds</code>", html)


def test_index_key_figures_match_the_frames(seed_brief):
    html = seed_brief.index.read_text(encoding="utf-8")
    frames = load(str(seed_brief.folder / "frames"))
    key = key_figures(frames)
    troops = re.search(r'id="troops">(.*?)</section>', html, re.DOTALL).group(1)
    if key["troops"] is None:
        assert "No troop estimate" in troops
    else:
        # 000 (24 Oct 2025) is the latest seed: "an estimated 10,000".
        assert key["troops"]["latest"]["range"] == "10,000"
        assert "10,000" in troops and "2025-10-24" in troops
    kcna = re.search(r'id="kcna">(.*?)</section>', html, re.DOTALL).group(1)
    if key["kcna"]:
        assert f'<div class="dossier-figure">{key["kcna_total"]}</div>' in kcna
        assert kcna.count("dossier-quote") == len(key["kcna"])
        # 000 (24 Oct 2025) relays a whole statement of Kim's: it comes first.
        assert "The years of militant fraternity" in kcna.split("dossier-quote")[1]
    else:
        assert "No quote relayed by KCNA" in kcna
    themes = re.search(r'id="themes">(.*?)</section>', html, re.DOTALL).group(1)
    shown = re.findall(r"<strong>([^<]+)</strong>", themes)
    # Themes by their labels; the identifiers stay in the frames.
    assert shown == [html_lib.escape(labels.label("theme", t["theme"])) for t in key["themes"]]
    assert not any(t["theme"] in themes for t in key["themes"] if "_" in t["theme"])
    claims = re.search(r'id="claims">(.*?)</section>', html, re.DOTALL).group(1)
    # NIS revised its troop figure in the seeds (13,000 on 13 Jul, 15,000 on 7 Oct).
    assert any(r["revisions"] for r in key["claims"]["revisions"])
    assert "13,000 → 15,000" in claims and "2025-07-13 to 2025-10-07" in claims
    assert 'href="notebooks/02_estimates.html"' in claims
    if len(frames.theme_rates):
        top = frames.theme_rates.groupby("theme")["hits"].sum().max()
        assert key["themes"][0]["hits"] == top


def test_no_page_shows_code(seed_brief):
    sources = []
    for nb in find_notebooks():
        for cell in nbformat.read(nb, as_version=4).cells:
            if cell.cell_type == "code" and "parameters" not in cell.metadata.get("tags", []):
                sources += [line.strip() for line in cell.source.splitlines() if len(line.strip()) > 12]
    assert sources
    for page in _pages(seed_brief):
        body = _body(page.read_text(encoding="utf-8"))
        assert "jp-InputArea-editor" not in body, page.name
        assert "injected-parameters" not in body, page.name
        shown = [s for s in sources if s in body]
        assert not shown, (page.name, shown)


def test_nothing_is_loaded_from_the_network(seed_brief):
    for page in _pages(seed_brief):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<(script|link|img|iframe|source|embed)\b[^>]*\b(src|href)\s*=\s*[\"']?\s*(https?:)?//", html, re.I), page.name
        assert not re.search(r"<script\b[^>]*\bsrc=", html, re.I), page.name
        assert not re.search(r"@import|url\(\s*[\"']?\s*(https?:)?//", html, re.I), page.name
        for src in re.findall(r"<img\b[^>]*\bsrc=\"([^\"]*)\"", html):
            assert src.startswith("data:image/"), (page.name, src[:40])


def test_notebook_pages_embed_their_charts(seed_brief):
    charts = {p.stem for p in (seed_brief.folder / "charts").glob("*.png")}
    images = sum(page.read_text(encoding="utf-8").count('src="data:image/png;base64,') for page in seed_brief.pages)
    assert images >= len(charts) >= 2


def test_every_page_ends_with_provenance(seed_brief):
    articles = pd.read_parquet(seed_brief.folder / "frames" / "articles.parquet")
    for page in _pages(seed_brief):
        html = page.read_text(encoding="utf-8")
        footer = html[html.rindex('<footer class="dossier-provenance">'):]
        assert seed_brief.run_id in footer
        assert f"dossier {dossier.__version__}" in footer
        assert f"extractor version {dossier.EXTRACTOR_VERSION}" in footer
        for sha, aid in zip(articles["sha256"], articles["article_id"]):
            assert sha in footer and aid in footer, page.name


def test_latest_names_the_last_successful_run(briefs):
    out, first, second = briefs["out"], briefs["first"], briefs["second"]
    assert latest_run(out) == second.folder
    assert (out / "latest").is_symlink()
    assert first.folder.is_dir() and first.index.read_bytes() == briefs["first_index"]
    assert not list(out.glob(".*.partial"))


# --- the second run: one new, hostile article ---------------------------------


def test_second_run_reports_exactly_the_new_article(briefs, hostile_dir):
    html = briefs["second"].index.read_text(encoding="utf-8")
    new = pd.read_parquet(briefs["second"].folder / "frames" / "articles.parquet")
    hostile_id = new.loc[new["path"].str.endswith("hostile.md"), "article_id"].item()
    table = re.search(r'<table class="new-articles">(.*?)</table>', html, re.DOTALL).group(1)
    rows = re.findall(r"<tr><td>.*?</tr>", table)
    assert len(rows) == 1 and hostile_id in rows[0] and "2025-11-02" in rows[0]
    assert f"Compared with brief <code>{briefs['first'].run_id}</code>" in html
    assert "1 new article," in html
    # Every new figure and quote comes from the new article (its title, escaped, in the last column).
    escaped_title = "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;"
    second = load(str(briefs["second"].folder / "frames"))
    for kind, frame in (("figures", second.estimates), ("quotes", second.quotes)):
        expected = int((frame["article_id"] == hostile_id).sum())
        found = re.search(rf'<table class="new-{kind}">(.*?)</table>', html, re.DOTALL)
        rows = re.findall(r"<tr><td>.*?</tr>", found.group(1), re.DOTALL) if found else []
        assert len(rows) == expected, kind
        assert all(escaped_title in row for row in rows), kind
    first_html = briefs["first"].index.read_text(encoding="utf-8")
    assert "This is the first brief in this folder" in first_html


def test_cache_serves_unchanged_articles(briefs):
    assert briefs["first"].cache.misses == 5 and briefs["first"].cache.hits == 0
    assert briefs["second"].cache.hits == 5 and briefs["second"].cache.misses == 1


def test_injected_markup_shows_as_text_everywhere(briefs):
    for page in _pages(briefs["second"]):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert(" not in html, page.name
        assert "<img src=x onerror" not in html and "<img src=y onerror" not in html, page.name
        assert '<b class="unclosed' not in html, page.name
        assert "&lt;script&gt;alert(" in html, page.name  # the title, in the footer at least
    index = briefs["second"].index.read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in index
    quotes = load(str(briefs["second"].folder / "frames")).quotes
    if quotes["text"].str.contains("we shall", regex=False).any():
        assert "&lt;script&gt;alert(&#34;quote&#34;)&lt;/script&gt; we shall" in index


# --- failures and interruptions ----------------------------------------------


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.md").write_text("---\ntitle: One\npublished: 2025-01-02\n---\nRussia and North Korea signed a treaty.\n", encoding="utf-8")
    return folder


def test_failing_notebook_leaves_latest_intact(tmp_path, small_corpus, capsys):
    from dossier.cli import main

    good = tmp_path / "good"
    _notebook(good / "01_ok.ipynb", "print(run_id)")
    out = tmp_path / "out"
    first = build_brief([small_corpus], out=out, notebooks=good)
    before = first.index.read_bytes()

    bad = tmp_path / "bad"
    _notebook(bad / "01_ok.ipynb", "print(run_id)")
    _notebook(bad / "02_boom.ipynb", "raise RuntimeError('the boom of the test')")
    code = main(["brief", str(small_corpus), "--out", str(out), "--notebooks", str(bad), "-q"])
    err = capsys.readouterr().err
    assert code == 1
    assert "02_boom.ipynb" in err and "RuntimeError: the boom of the test" in err
    assert latest_run(out) == first.folder and first.index.read_bytes() == before
    failed = [p for p in out.iterdir() if p.name.endswith(".failed")]
    assert len(failed) == 1
    executed = nbformat.read(failed[0] / "executed" / "02_boom.ipynb", as_version=4)
    errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors and errors[0]["evalue"] == "the boom of the test"
    assert executed.metadata.papermill.output_path == str(failed[0] / "executed" / "02_boom.ipynb")
    assert not list(out.glob(".*.partial"))


def test_interrupted_run_leaves_latest_intact(tmp_path, small_corpus, monkeypatch):
    good = tmp_path / "good"
    _notebook(good / "01_ok.ipynb", "print(run_id)")
    out = tmp_path / "out"
    first = build_brief([small_corpus], out=out, notebooks=good)

    pids = []

    def interrupt(*args, **kwargs):
        for _ in range(300):  # until the kernel has started
            live = list(TrackedKernelManager._live.values())
            if live:
                break
            time.sleep(0.1)
        pids.extend(km.provisioner.pid for km in live)
        raise KeyboardInterrupt

    # As if Ctrl-C arrived while the notebooks ran.
    monkeypatch.setattr(NotebookRuns, "results", interrupt)
    with pytest.raises(KeyboardInterrupt):
        build_brief([small_corpus], out=out, notebooks=good)
    assert latest_run(out) == first.folder
    assert len(list(out.glob("*.interrupted"))) == 1
    assert pids and not TrackedKernelManager._live  # no kernel left running
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not list(out.glob(".*.partial"))


# --- parameters --------------------------------------------------------------


@pytest.fixture(scope="module")
def typed_notebooks(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("typed")
    _notebook(folder / "01_a.ipynb", "pass", extra_parameters='top: int = 5  # how many rows\nflag: bool = False  # show the extras\n')
    _notebook(folder / "02_b.ipynb", "pass", extra_parameters='lexicon: str = ""  # theme lexicon CSV file; "" for the packaged one\nshare: float = 0.5  # smallest share\n'
              'categories: str = ""  # comma-separated categories\n')
    return folder


@pytest.mark.parametrize(
    "given, message",
    [
        ({"nosuch": "1"}, "unknown parameter 'nosuch'"),
        ({"top": "five"}, "expected a whole number (int), got 'five'"),
        ({"share": "half"}, "expected a number (float)"),
        ({"flag": "maybe"}, "expected true or false (bool)"),
        ({"since": "last week"}, "is not a date"),
        ({"lexicon": "/no/such/lexicon.csv"}, "no such file or folder"),
        ({"run_id": "mine"}, "'run_id' cannot be set with -p"),
        ({"articles": "seeds"}, "give article files and folders as PATH arguments"),
        ({"nosuch": "1"}, "(the notebooks take since, until, top, flag, lexicon, share, categories)"),
        ({"categories": "troops,tanks"}, "unknown categories ['tanks']; choose from troops, casualties"),
        ({"since": "2025-03-01", "until": "2025-02-01"}, "since='2025-03-01' is after until='2025-02-01'"),
    ],
)
def test_bad_parameters_are_refused_with_the_listing(typed_notebooks, given, message):
    with pytest.raises(ParameterError) as e:
        check_parameters(given, find_notebooks(typed_notebooks))
    text = str(e.value)
    assert message in text
    assert "top: int = 5  # how many rows (01_a)" in text
    assert 'lexicon: str = ""' in text and "(02_b)" in text
    assert 'articles: str = "../seeds"' in text and "(01_a, 02_b)" in text


@pytest.mark.parametrize(
    "given, expected",
    [
        ({"top": "7"}, {"top": 7}),
        ({"flag": "yes"}, {"flag": True}),
        ({"flag": "false"}, {"flag": False}),
        ({"share": "0.25"}, {"share": 0.25}),
        ({"since": "2025-05-01"}, {"since": "2025-05-01"}),
        ({"lexicon": ""}, {"lexicon": ""}),
        ({"categories": "troops, casualties"}, {"categories": "troops, casualties"}),
        ({"since": "2025-02-01", "until": "2025-02-01"}, {"since": "2025-02-01", "until": "2025-02-01"}),
    ],
)
def test_parameters_are_coerced_to_their_types(typed_notebooks, given, expected):
    assert check_parameters(given, find_notebooks(typed_notebooks)) == expected


def test_path_parameters_become_absolute(typed_notebooks, tmp_path, monkeypatch):
    (tmp_path / "mine.csv").write_text("theme,term,notes\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert check_parameters({"lexicon": "mine.csv"}, find_notebooks(typed_notebooks)) == {"lexicon": str(tmp_path / "mine.csv")}


def test_bad_parameter_is_a_usage_error_before_anything_runs(typed_notebooks, tmp_path, capsys):
    from dossier.cli import main

    out = tmp_path / "out"
    # A bad value is a usage error: exit 2 and one line, as argparse gives for its own options (the
    # listing of every parameter is for check_parameters' callers; it would bury the line on a terminal).
    with pytest.raises(SystemExit) as exit_:
        main(["brief", "--out", str(out), "--notebooks", str(typed_notebooks), "-p", "top", "many"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.rstrip().splitlines()[-1].endswith("expected a whole number (int), got 'many'")
    assert "Traceback" not in err and "flag: bool = False" not in err
    assert not out.exists()


# --- the cache -----------------------------------------------------------------


def test_cache_equals_extraction_and_is_hit(seed_articles, tmp_path):
    direct = dossier.extractors.pipeline.extract(seed_articles)
    frames, stats = cached_extract(seed_articles.iloc[:3], tmp_path)
    assert (stats.hits, stats.misses) == (0, 3)
    frames, stats = cached_extract(seed_articles, tmp_path)
    assert (stats.hits, stats.misses) == (3, 2)
    order = {aid: i for i, aid in enumerate(seed_articles["article_id"])}
    for name in dossier.FRAME_NAMES:
        # Some extractors sort by article_id; the cache keeps the corpus's order.
        expected = direct[name].iloc[direct[name]["article_id"].map(order).to_numpy().argsort(kind="stable")].reset_index(drop=True)
        assert_frame_equal(frames[name], expected, check_exact=False)
    again, stats = cached_extract(seed_articles, tmp_path)
    assert (stats.hits, stats.misses) == (5, 0)


def test_cache_in_parts_writes_the_frames_of_the_whole_and_a_shard_a_part(seed_articles, tmp_path):
    from dossier.scale import store

    whole, _ = cached_extract(seed_articles, tmp_path / "whole")
    cache, out = tmp_path / "cache", tmp_path / "frames"
    stats = cached_extract_parts(seed_articles.iloc[:3], cache, out, partition=2)
    assert (stats.hits, stats.misses) == (0, 3)
    stats = cached_extract_parts(seed_articles, cache, out, partition=2)
    assert (stats.hits, stats.misses) == (3, 2)
    assert sorted(p.name for p in (out / "quotes.parquet").iterdir()) == [f"part-0000{i}.parquet" for i in range(3)]
    assert len(list(stats.folder.iterdir())) == 4  # [0, 1] and [2]; then [3] of [2, 3], and [4]
    for name in dossier.FRAME_NAMES:
        assert_frame_equal(store.read_frame(out, name), whole[name], check_exact=False, obj=name)
    again = cached_extract_parts(seed_articles, cache, out, partition=2)
    assert (again.hits, again.misses) == (5, 0)
    assert_frame_equal(store.read_frame(out, "estimates"), whole["estimates"], check_exact=False)


def test_new_extractor_version_invalidates_the_cache(seed_articles, tmp_path, monkeypatch):
    lexicon = tmp_path / "lexicon.csv"
    lexicon.write_text("theme,term,notes\nblood,blood,\n", encoding="utf-8")
    _, old = cached_extract(seed_articles, tmp_path / "cache")
    _, old_lexicon = cached_extract(seed_articles.iloc[:1], tmp_path / "cache", lexicon=lexicon)
    monkeypatch.setattr(dossier, "EXTRACTOR_VERSION", dossier.EXTRACTOR_VERSION + ".next")
    _, stats = cached_extract(seed_articles, tmp_path / "cache")
    assert (stats.hits, stats.misses) == (0, 5)
    # The old version's shards can never be read again: they are removed.
    assert not old.folder.exists() and not old_lexicon.folder.exists()
    _, new_lexicon = cached_extract(seed_articles.iloc[:1], tmp_path / "cache", lexicon=lexicon)
    assert stats.folder.exists() and new_lexicon.folder.exists()
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == sorted([stats.folder.name, new_lexicon.folder.name])


def test_another_lexicon_is_another_cache(seed_articles, tmp_path):
    lexicon = tmp_path / "lexicon.csv"
    lexicon.write_text("theme,term,notes\nblood,blood,\n", encoding="utf-8")
    _, packaged = cached_extract(seed_articles, tmp_path / "cache")
    frames, own = cached_extract(seed_articles, tmp_path / "cache", lexicon=lexicon)
    assert own.misses == 5 and own.folder != packaged.folder
    assert set(frames["themes"]["theme"]) == {"blood"}
    _, again = cached_extract(seed_articles, tmp_path / "cache", lexicon=lexicon)
    assert again.hits == 5


def test_changed_metadata_is_a_cache_miss(seed_articles, tmp_path):
    cached_extract(seed_articles, tmp_path)
    moved = seed_articles.assign(published=seed_articles["published"] + pd.Timedelta(days=1))
    _, stats = cached_extract(moved, tmp_path)
    assert stats.misses == 5
    renamed = seed_articles.assign(path="elsewhere/" + seed_articles["path"])
    _, stats = cached_extract(renamed, tmp_path)
    assert (stats.hits, stats.misses) == (5, 0)  # where the file is does not change its frames


# --- key figures and changes on small frames -------------------------------------


def _frames(**given) -> Frames:
    from dossier import schema

    frames = {name: schema.empty(name) for name in Frames._fields}
    for name, rows in given.items():
        frames[name] = schema.conform(pd.DataFrame(rows).reindex(columns=schema.columns(name)), name)
    return Frames(**frames)


def _article(aid, published, title="T"):
    return {"article_id": aid, "title": title, "published": pd.Timestamp(published), "n_words": 1000, "path": aid, "sha256": aid}


def _estimate(aid, published, low, high, text, claimant=""):
    return {"article_id": aid, "sentence": 0, "start": 0, "end": 1, "quantity_text": text, "low": low, "high": high,
            "hedge": "approximate", "category": "troops", "claimant": claimant, "published": pd.Timestamp(published)}


@pytest.mark.parametrize(
    "low, high, shown",
    [(10000, 10000, "10,000"), (13000, 15000, "13,000–15,000"), (10000, float("nan"), "10,000 or more"), (float("nan"), 70, "up to 70"), (float("nan"), float("nan"), "no number given")],
)
def test_value_range(low, high, shown):
    assert value_range(low, high) == shown


def test_key_figures_of_empty_frames():
    key = key_figures(_frames())
    assert key == {"troops": None, "kcna": [], "kcna_total": 0, "kcna_statements": 0, "kcna_articles": 0,
                   "dprk_state_media_total": 0, "themes": [], "claims": {"disagreements": [], "revisions": []}}


def _quote(qid, aid, text, kind="statement", via_kcna=True, speaker="Kim Jong Un"):
    return {"quote_id": qid, "article_id": aid, "sentence": 0, "start": 0, "end": 1, "text": text, "n_words": len(text.split()),
            "kind": kind, "speaker": speaker, "via_kcna": via_kcna, "quote_key": text.lower()}


def test_key_figures_pick_the_latest_troop_estimate():
    frames = _frames(
        articles=[_article("a", "2025-04-30", "Old"), _article("b", "2025-10-07", "New"), _article("c", "2025-11-01", "Vague")],
        estimates=[
            _estimate("b", "2025-10-07", 15000, 15000, "around 15,000", "South Korea's NIS"),
            _estimate("a", "2025-04-30", 10000, float("nan"), "more than 10,000"),
            {**_estimate("c", "2025-11-01", 1000, float("nan"), "thousands"), "hedge": "vague"},
            {**_estimate("c", "2025-11-01", 2000, 2000, "about 2,000"), "subtype": "reinforcements"},
        ],
        quotes=[
            _quote("a-0", "a", "our cause is just"),
            _quote("b-0", "b", "not relayed", via_kcna=False, speaker="Lavrov"),
            _quote("b-1", "b", "invincible", kind="fragment"),
            _quote("b-2", "b", "the alliance is invincible and eternal"),
            _quote("c-0", "c", "our cause is just"),
        ],
        theme_rates=[{"article_id": "a", "theme": "fraternity", "voice": "state", "hits": 2, "n_words": 1000, "per_1000_words": 2.0},
                     {"article_id": "b", "theme": "sanctions", "voice": "reporting", "hits": 3, "n_words": 1000, "per_1000_words": 3.0}],
    )
    key = key_figures(frames)
    # Neither the vague "thousands" of 1 Nov nor its "2,000 more" is the latest figure or part of the span.
    assert key["troops"]["latest"] == {"range": "15,000", "quantity_text": "around 15,000", "claimant": "South Korea's NIS", "published": "2025-10-07", "title": "New", "asserted": False}
    assert key["troops"]["n"] == 2 and key["troops"]["span"] == "10,000–15,000"
    # Statements before phrases, latest first, a wording repeated in two articles once.
    assert [q["text"] for q in key["kcna"]] == ["our cause is just", "the alliance is invincible and eternal", "invincible"]
    assert key["kcna"][0]["published"] == "2025-11-01"
    assert (key["kcna_total"], key["kcna_statements"], key["kcna_articles"]) == (4, 3, 3)
    assert [(t["theme"], t["hits"], t["rate"]) for t in key["themes"]] == [("sanctions", 3, "1"), ("fraternity", 2, "0.7")]


def test_changes_since_the_previous_frames():
    old = _frames(articles=[_article("a", "2025-04-30")], estimates=[_estimate("a", "2025-04-30", 10000, 10000, "10,000")])
    new = _frames(
        articles=[_article("a", "2025-04-30"), _article("b", "2025-10-07", "Fresh")],
        estimates=[_estimate("a", "2025-04-30", 10000, 10000, "10,000"), _estimate("b", "2025-10-07", 15000, 15000, "15,000", "NIS")],
    )
    changes = changes_since(new, old, "run-1")
    assert changes["previous"] == "run-1"
    assert [a["article_id"] for a in changes["articles"]] == ["b"]
    assert [(f["quantity_text"], f["claimant"], f["title"]) for f in changes["figures"]] == [("15,000", "NIS", "Fresh")]
    assert changes["quotes"] == []
    assert changes_since(new, None, None)["previous"] is None


def test_new_figures_credited_to_unnamed_reports_say_what_that_means():
    old = _frames(articles=[_article("a", "2025-04-30")])
    new = _frames(
        articles=[_article("a", "2025-04-30"), _article("b", "2025-10-07", "Fresh")],
        estimates=[_estimate("b", "2025-10-07", 15000, 15000, "15,000", "unattributed reports")],
    )
    notes = changes_since(new, old, "run-1")["claimant_notes"]
    assert len(notes) == 1 and notes[0].startswith("unattributed reports: ") and "does not name" in notes[0]
    named = _frames(articles=new.articles, estimates=[_estimate("b", "2025-10-07", 15000, 15000, "15,000", "NIS")])
    assert changes_since(named, old, "run-1")["claimant_notes"] == []


def test_changes_are_counted_whole_and_listed_latest_first_up_to_the_cap(monkeypatch):
    from dossier.brief import html

    monkeypatch.setattr(html, "CHANGES_LISTED", 2)
    old = _frames(articles=[_article("a", "2025-04-30")])
    days = ["2025-05-01", "2025-07-01", "2025-06-01"]
    new = _frames(
        articles=[_article("a", "2025-04-30"), *(_article(f"n{i}", d, f"New {d}") for i, d in enumerate(days))],
        estimates=[_estimate(f"n{i}", d, 100 * i, 100 * i, f"{100 * i} troops") for i, d in enumerate(days)],
    )
    changes = changes_since(new, old, "run-1")
    assert (changes["n_articles"], changes["n_figures"], changes["n_quotes"]) == (3, 3, 0)
    assert [a["published"] for a in changes["articles"]] == ["2025-07-01", "2025-06-01"]
    assert [f["published"] for f in changes["figures"]] == ["2025-07-01", "2025-06-01"]


def test_provenance_lists_the_first_articles_and_a_digest_of_all(seed_articles, monkeypatch):
    from dossier.brief import html

    monkeypatch.setattr(html, "PROVENANCE_LISTED", 2)
    p = html.Provenance.of("run", "now", {}, seed_articles)
    assert p.n_articles == 5 and len(p.articles) == 2
    shuffled = html.Provenance.of("run", "now", {}, seed_articles.iloc[::-1])
    assert shuffled.digest == p.digest  # the list, not its order
    changed = html.Provenance.of("run", "now", {}, seed_articles.assign(sha256=seed_articles["sha256"].str.replace("a", "b")))
    assert changed.digest != p.digest
    footer = html._env().get_template("footer.html.j2").render(p=p)
    assert "5 articles, the first 2 listed here" in footer and p.digest in footer
    assert footer.count("<tr><td><code>") == 2


# --- a brief of a store that dossier extract wrote ---------------------------


@pytest.fixture(scope="session")
def drone_lexicon(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("lexicon") / "drones.csv"
    path.write_text("theme,term,notes\ndrones,drone,\nalliance,alliance,\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def store_brief(tmp_path_factory, seeds_dir, drone_lexicon):
    """A brief of the seeds' Parquet store, with a lexicon of the analyst's own."""
    from dossier.scale.run import run_extract

    store = tmp_path_factory.mktemp("seed-store")
    run_extract([seeds_dir], out=store, fmt="parquet")
    out = tmp_path_factory.mktemp("store-briefs")
    with warnings.catch_warnings():
        warnings.simplefilter("error", dossier.exceptions.StaleStoreWarning)  # the store is today's
        run = build_brief([store], out=out, parameters={"lexicon": str(drone_lexicon)})
    return {"store": store, "run": run}


def test_brief_of_a_store_shows_the_figures_of_the_articles(store_brief, seed_brief):
    from_store, from_files = store_brief["run"].index.read_text(encoding="utf-8"), seed_brief.index.read_text(encoding="utf-8")
    for name in ("troops", "kcna"):
        assert _card(from_store, name) == _card(from_files, name)
    assert "5 articles, published 2025-04-30 to 2025-10-24" in from_store
    assert store_brief["run"].cache.misses == 0  # nothing extracted again


def test_brief_of_many_files_writes_its_frames_in_parts(seeds_dir, seed_brief, tmp_path, monkeypatch):
    """Above PARTS_ABOVE articles, a brief of files holds a partition's frames at a time, and shows the same figures."""
    from dossier.scale import store

    monkeypatch.setattr(brief_mod, "PARTS_ABOVE", 2)
    monkeypatch.setattr(brief_mod, "PARTITION", 2)
    run = build_brief([seeds_dir], out=tmp_path / "out")
    frames = run.folder / "frames"
    assert sorted(p.name for p in (frames / "estimates.parquet").iterdir()) == [f"part-0000{i}.parquet" for i in range(3)]
    assert not list(frames.glob("*.csv"))  # Parquet only
    assert (run.cache.hits, run.cache.misses) == (0, 5)
    whole = load(str(seed_brief.folder / "frames"))
    for name in ("estimates", "quotes", "themes"):
        assert_frame_equal(store.read_frame(frames, name), getattr(whole, name), check_exact=False, obj=name)
    ours, theirs = run.index.read_text(encoding="utf-8"), seed_brief.index.read_text(encoding="utf-8")
    for name in ("troops", "kcna"):
        assert _card(ours, name) == _card(theirs, name)
    again = build_brief([seeds_dir], out=tmp_path / "out")
    assert (again.cache.hits, again.cache.misses) == (5, 0)


def test_brief_of_a_store_keeps_its_frames_by_links(store_brief):
    store, frames = store_brief["store"], store_brief["run"].folder / "frames"
    part = next((store / "quotes.parquet").iterdir())
    assert os.stat(part).st_ino == os.stat(frames / "quotes.parquet" / part.name).st_ino
    assert (frames / "store.json").exists()


def test_brief_of_a_store_matches_themes_with_the_lexicon(store_brief, drone_lexicon):
    from dossier.extractors.rhetoric.themes import themes

    frames = load(str(store_brief["run"].folder / "frames"))
    store = load(str(store_brief["store"]))
    assert set(frames.themes["theme"]) == {"alliance", "drones"} and not set(store.themes["theme"]) & {"alliance", "drones"}
    expected = themes(store.sentences, store.quotes, lexicon=drone_lexicon)
    assert_frame_equal(frames.themes.reset_index(drop=True), expected.reset_index(drop=True))
    assert set(frames.theme_rates["theme"]) == {"alliance", "drones"}


def test_brief_of_a_store_records_the_lexicon_it_matched_with(store_brief, drone_lexicon):
    from dossier.scale import store

    frames = store_brief["run"].folder / "frames"
    assert store.lexicon_matched(frames, drone_lexicon)  # the notebooks read these themes, not match them again
    assert store.lexicon_matched(store_brief["store"], None)  # the store's own record is untouched


def test_brief_of_files_records_who_wrote_its_frames(seed_brief):
    from dossier.scale import store

    frames = seed_brief.folder / "frames"
    assert store.read_manifest(frames)["extractor_version"] == dossier.EXTRACTOR_VERSION
    assert store.lexicon_matched(frames, None)  # matched with the packaged lexicon


def test_brief_of_a_store_lists_the_lexicon_the_store_was_matched_with(seeds_dir, drone_lexicon, tmp_path):
    import shutil

    from dossier.scale.run import run_extract

    store = tmp_path / "store"
    run_extract([seeds_dir], out=store, fmt="parquet", lexicon=drone_lexicon)
    only = tmp_path / "notebooks"
    only.mkdir()
    shutil.copy(brief_mod.ROOT / "notebooks" / "04_rhetoric_themes.ipynb", only)
    with warnings.catch_warnings():
        warnings.simplefilter("error", dossier.exceptions.StaleStoreWarning)
        run = build_brief([store], out=tmp_path / "out", notebooks=only)  # no -p lexicon
    page = run.pages[0].read_text(encoding="utf-8")
    assert f"lexicon: {drone_lexicon} (2 themes, 2 terms)" in page
    assert "packaged data/themes.csv" not in page


def test_a_store_whose_lexicon_changed_or_went_is_briefed_with_a_warning(seeds_dir, tmp_path):
    from dossier.scale.run import run_extract

    lexicon = tmp_path / "mine.csv"
    lexicon.write_text("theme,term,notes\ndrones,drone,\n", encoding="utf-8")
    store = tmp_path / "store"
    run_extract([seeds_dir], out=store, fmt="parquet", lexicon=lexicon)
    assert brief_mod._store_lexicon(brief_mod.read_source([store], progress=False)) == str(lexicon.resolve())
    lexicon.write_text("theme,term,notes\ndrones,drones,\n", encoding="utf-8")
    with pytest.warns(dossier.exceptions.StaleStoreWarning, match=r"mine\.csv, which has changed since; .*-p lexicon FILE"):
        assert brief_mod._store_lexicon(brief_mod.read_source([store], progress=False)) is None
    lexicon.unlink()
    with pytest.warns(dossier.exceptions.StaleStoreWarning, match=r"mine\.csv, which is no longer there"):
        assert brief_mod._store_lexicon(brief_mod.read_source([store], progress=False)) is None


def test_brief_of_a_store_says_so_in_every_footer(store_brief):
    run = store_brief["run"]
    for page in _pages(run):
        html = page.read_text(encoding="utf-8")
        assert f"frames of the store {store_brief['store']}" in html and f"extractor version {dossier.EXTRACTOR_VERSION}" in html


def test_a_store_of_another_extractor_is_briefed_with_a_warning(store_brief, tmp_path, monkeypatch):
    from dossier.scale.store import copy_store

    stale = tmp_path / "stale"
    copy_store(store_brief["store"], stale)
    (stale / "store.json").unlink()
    with pytest.warns(dossier.exceptions.StaleStoreWarning, match="did not record its extractor version"):
        source = brief_mod.read_source([stale], progress=False)
    assert source.store == stale and len(source.articles) == 5 and source.articles["text"].isna().all()
    monkeypatch.setattr(dossier, "EXTRACTOR_VERSION", "999")
    with pytest.warns(dossier.exceptions.StaleStoreWarning, match="extractor version .* this dossier extracts with version 999"):
        brief_mod.read_source([store_brief["store"]], progress=False)


def test_an_empty_store_is_refused(tmp_path):
    from dossier import schema
    from dossier.exceptions import NoArticlesError

    schema.empty("articles").to_parquet(tmp_path / "articles.parquet")
    with pytest.raises(NoArticlesError, match="holds no article"):
        brief_mod.read_source([tmp_path], progress=False)


def test_brief_of_a_large_store_read_without_its_text(wide_store, tmp_path, monkeypatch):
    """Every notebook on a store too large for its text (as DOSSIER_TEXT_LIMIT says) and for a row per article."""
    from dossier.brief import html

    monkeypatch.setenv("DOSSIER_TEXT_LIMIT", "10")  # the kernels inherit it
    monkeypatch.setattr(html, "PROVENANCE_LISTED", 7)
    run = build_brief([wide_store], out=tmp_path)
    wide = load(str(wide_store))
    assert wide.store == wide_store  # read lean here too
    latest = wide.estimates.sort_values("published").iloc[-1]
    sentence = wide.sentences_of(latest.to_frame().T)["text"].iloc[0]
    traced = (run.folder / "executed" / "02_estimates.ipynb").read_text(encoding="utf-8")
    # The sentences of the shown figures were fetched: each is shown with its figure marked inside it.
    before, figure, after = sentence.partition(latest.quantity_text)
    assert figure and all(json.dumps(part)[1:-1] in traced for part in (before, figure, after) if part)
    for page in _pages(run):
        footer = page.read_text(encoding="utf-8")
        assert f"{len(wide.articles)} articles, the first 7 listed here" in footer
    charts = {p.name for p in (run.folder / "charts").iterdir()}
    assert {"themes_by_article.png", "tone_by_voice.png", "corpus_article_lengths.png"} <= charts


def test_counts_are_written_with_thousands_separators(seed_articles):
    from dossier.brief import html

    many = pd.concat([seed_articles] * 300, ignore_index=True)
    many = many.assign(article_id=[f"{i:016x}" for i in range(len(many))])
    footer = html._env().get_template("footer.html.j2").render(p=html.Provenance.of("run", "now", {}, many))
    assert "1,500 articles, the first 200 listed here" in footer
    page = html._env().get_template("brief_index.html.j2").render(
        p=html.Provenance.of("run", "now", {}, many), css="", key=key_figures(_frames()), notebooks=[],
        corpus={"n_articles": 1500, "span": "", "undated": 1200, "outlets": [("Reuters", 1500)], "rejected": [],
                "n_noted": 1500, "n_stopped": 1200, "n_failed": 0, "noted": [{"title": "T", "path": "p", "note": "n"}] * 100},
        changes={"previous": "r0", "n_articles": 1500, "n_figures": 0, "n_quotes": 0, "articles": [], "figures": [], "quotes": []},
    )
    assert "1,500 articles" in page and "1,200 of unknown date" in page and "<td>1,500</td>" in page and "1,500 new articles" in page
    assert "1,500 articles carry a note; the extraction of 1,200 ran over" in page and "… and 1,400 more" in page


def test_index_lists_the_articles_with_a_note_those_cut_short_first(tmp_path, monkeypatch):
    import importlib

    from dossier import schema
    from dossier.brief import html

    # An extractor that never returns on one article: its extraction runs over the budget.
    pipeline = importlib.import_module("dossier.extractors.pipeline")
    real = pipeline.estimates

    def estimates(sents, articles, quotes=None):
        while articles["text"].str.contains("SLOWLY", regex=False).any():
            pass
        return real(sents, articles, quotes)

    monkeypatch.setattr(pipeline, "estimates", estimates)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: Troops sent\n---\nNorth Korea sent 11,000 troops to Russia, Seoul said.\n")
    (folder / "b.md").write_text("---\ntitle: <img src=x onerror=alert(1)> slow\n---\nOfficials said SLOWLY that 3,000 troops went.\n")
    (folder / "c.txt").write_bytes("Caf\xe9 owners in Seoul said 200 troops passed.\n".encode("cp1252"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = dossier.read_corpus(folder)
        frames = dossier.extract(corpus.articles, budget=1)
    frames = Frames(**frames, rejected=schema.conform(corpus.rejected, "rejected"))
    dest = tmp_path / "index.html"
    html.write_index(dest, html.Provenance.of("run", "now", {}, frames.articles), frames, [], changes_since(frames, None, None))
    page = dest.read_text(encoding="utf-8")
    section = page[page.index("<h3>Articles read with a note</h3>"):]
    section = section[: section.index("</table>")]
    assert "2 articles carry a note; the extraction of 1 ran over its time budget" in section
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", section)
    assert [r[1].rsplit("/", 1)[-1] for r in rows] == ["b.md", "c.txt"]  # the one cut short first
    assert rows[0][0] == "&lt;img src=x onerror=alert(1)&gt; slow" and "over its time budget of 1 s" in rows[0][2]
    assert "cp1252" in rows[1][2]
    assert "<img src=x" not in page
    assert problems(section) == []

def test_index_claims_card_cuts_long_trails_and_names_the_extremes():
    from types import SimpleNamespace

    from dossier import schema

    def figure(aid, date, value, claimant):
        text = f"some {value:,}"
        return {"article_id": aid, "sentence": 0, "start": 5, "end": 5 + len(text), "quantity_text": text,
                "low": float(value), "high": float(value), "hedge": "approximate", "category": "troops", "subtype": None,
                "item": None, "claimant": claimant, "claimant_text": claimant, "claimant_via": "", "published": pd.Timestamp(date)}

    # NIS revises seven times; on the last date three claimants stand by 9,000, 12,000 and 20,000.
    rows = [figure(f"n{i}", f"2025-0{i + 1}-01", 10000 + 1000 * i, "NIS") for i in range(7)]
    rows += [figure("h", "2025-07-01", 9000, "HUR"), figure("p", "2025-07-01", 20000, "the Pentagon")]
    est = schema.conform(pd.DataFrame(rows), "estimates")
    articles = pd.DataFrame({"article_id": est["article_id"], "title": "t", "source": "Reuters", "published": est["published"]})
    card = claims_card(SimpleNamespace(estimates=est, articles=articles))
    nis = card["revisions"][0]
    assert nis["claimant"] == "NIS" and nis["figures"] == 7
    assert nis["shown"] == "… → 12,000 → 13,000 → 14,000 → 15,000 → 16,000"
    troops = card["disagreements"][0]
    assert troops["claimants"] == 3 and troops["range"] == "HUR 9,000 to the Pentagon 20,000"
