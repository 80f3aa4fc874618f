"""Reading articles: the seeds as the analyst knows them, each input format, and metadata precedence."""

from __future__ import annotations

import json
import os
import re
import shutil

import pandas as pd
import pytest

import dossier
from dossier import schema
from dossier.read.clean import clean_text

SEED_FACTS = {
    # seed: (title, published, date_basis), from ../shared/seeds/README.md
    "000": ("Kim Honors North Korean Deployment to Kursk in Ceremony", "2025-10-24", "manifest"),
    "001": ('Kim pledges "unconditional support" to Russia at meeting with Lavrov in Wonsan', "2025-07-13", "manifest"),
    "002": ("Russia and North Korea confirm North Korean troops fought in Kursk", "2025-04-30", "manifest"),
    "003": ("Kim defends North Korea's involvement as just", "2025-05-10", "text"),
    "004": ("Kim's birthday letter to Putin reaffirms the alliance", "2025-10-07", "manifest"),
}

FURNITURE = [
    "Blue House (Republic of Korea)",
    "Conflicts",
    "SCROLL FOR NEXT",
    "View 0 comments",
    "Also Read",
    "Keir Starmer",
    "Growing Military Cooperation",
    "Continued Diplomatic Exchange",
    "Strategic Alliance Against Western Pressure",
    "Symbolism and Global Implications",
    "Common goal.",
    "Symbolism and propaganda.",
    "Brian Wellbrock",
    "date 2025-05-10",
]


def _by_seed(seed_articles):
    return {p.split("/")[-1][:3]: row for p, row in zip(seed_articles["path"], seed_articles.to_dict("records"))}


def test_seeds_read_as_five_articles_with_schema(seed_articles):
    assert len(seed_articles) == 5
    assert list(seed_articles.columns) == schema.columns("articles")
    assert seed_articles["published"].dtype == "datetime64[ns]"
    assert seed_articles.attrs["rejected"].empty


@pytest.mark.parametrize("seed", sorted(SEED_FACTS))
def test_seed_title_date_and_basis(seed_articles, seed):
    title, published, basis = SEED_FACTS[seed]
    row = _by_seed(seed_articles)[seed]
    assert row["title"] == title
    assert row["published"] == pd.Timestamp(published)
    assert row["date_basis"] == basis


def test_seed_000_header_block_goes_to_metadata(seed_articles):
    row = _by_seed(seed_articles)["000"]
    assert row["author"] == "Brian Wellbrock"
    assert row["standfirst"] == "North Korean leader says alliance with Moscow will advance “non-stop”"
    assert row["text"].startswith("North Korean leader Kim Jong Un declared")


@pytest.mark.parametrize("furniture", FURNITURE)
def test_no_page_furniture_in_any_sentence(seed_sentences, furniture):
    hits = seed_sentences[seed_sentences["text"].str.contains(furniture, regex=False)]
    assert hits.empty, hits["text"].tolist()


def test_headings_are_kept_as_metadata(seed_articles):
    rows = _by_seed(seed_articles)
    assert "Growing Military Cooperation" in rows["004"]["headings"].split("\n")
    assert "A secret arsenal" in rows["002"]["headings"].split("\n")
    # "It’s official." opens a paragraph of 002 but is a sentence, not a run-in lead.
    assert "It’s official." in rows["002"]["text"]


def test_paragraphs_are_kept(seed_articles):
    rows = _by_seed(seed_articles)
    assert rows["003"]["text"].count("\n\n") == 8
    assert rows["000"]["text"].count("\n\n") == 5


def test_article_id_is_stable_and_content_derived(seeds_dir, tmp_path, seed_articles):
    copy = tmp_path / "renamed.txt"
    shutil.copy(seeds_dir / "003_111b9e2c7f64e5cc.txt", copy)
    again = dossier.read_articles(copy)
    assert again["article_id"].iloc[0] == _by_seed(seed_articles)["003"]["article_id"]
    assert re.fullmatch(r"[0-9a-f]{16}", again["article_id"].iloc[0])


def test_same_article_under_two_paths_is_read_once(seeds_dir, tmp_path):
    for name in ("a.txt", "b.txt"):
        shutil.copy(seeds_dir / "001_77aebc823effd9e9.txt", tmp_path / name)
    with pytest.warns(dossier.BadInputWarning, match="duplicate"):
        corpus = dossier.read_corpus(tmp_path)
    assert len(corpus.articles) == 1
    assert corpus.rejected["reason"].str.contains("duplicate of").tolist() == [True]


def test_text_is_nfc_normalised(tmp_path):
    # "Pyongyang's re\u0301gime": an e followed by a combining accent, as some pages encode it.
    (tmp_path / "a.txt").write_text("Pyongyang's re\u0301gime sent troops to Kursk, officials said on Monday.", encoding="utf-8")
    text = dossier.read_articles(tmp_path)["text"].iloc[0]
    assert "r\u00e9gime" in text and "\u0301" not in text


def test_a_lead_ending_in_a_colon_is_body_not_standfirst(tmp_path):
    # A state medium's lead introduces the statement it carries: it names who speaks, so it must stay in the text.
    lead = ("MOSCOW, March 3 (TASS) -- Maria Zakharova, spokeswoman for the Russian foreign ministry, "
            "issued the following comment on Monday:")
    (tmp_path / "a.txt").write_text(f"Zakharova on the drills\n\n{lead}\n\nThe exercises are a provocation.\n", encoding="utf-8")
    row = dossier.read_articles(tmp_path).iloc[0]
    assert row["title"] == "Zakharova on the drills"
    assert row["text"].startswith(lead)
    assert not isinstance(row["standfirst"], str) or row["standfirst"] != lead


def test_markdown_with_front_matter(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Troops to Kursk\nsource: Example Times\nauthor: Jane Roe\npublished: 2025-02-03\nurl: https://example.org/a\n---\n"
        "# Troops to Kursk\n\nNorth Korea sent about 11,000 soldiers to Russia, officials in Seoul said.\n",
        encoding="utf-8",
    )
    row = dossier.read_articles(tmp_path).iloc[0]
    assert (row["title"], row["source"], row["author"], row["url"]) == ("Troops to Kursk", "Example Times", "Jane Roe", "https://example.org/a")
    assert row["published"] == pd.Timestamp("2025-02-03") and row["date_basis"] == "front_matter"
    assert row["text"] == "North Korea sent about 11,000 soldiers to Russia, officials in Seoul said."


def test_a_text_opening_with_key_value_lines_reads_them_as_its_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Headline: Shells for Moscow\nOutlet: Example Wire\nDate: March 4, 2025\nLink: https://example.org/s\n\n"
        "North Korea has shipped about 9,000 containers of munitions, the ministry said.\n",
        encoding="utf-8",
    )
    row = dossier.read_articles(tmp_path).iloc[0]
    assert (row["title"], row["source"], row["url"]) == ("Shells for Moscow", "Example Wire", "https://example.org/s")
    assert row["published"] == pd.Timestamp("2025-03-04") and row["date_basis"] == "front_matter"
    assert row["text"] == "North Korea has shipped about 9,000 containers of munitions, the ministry said."


@pytest.mark.parametrize(
    "opening",
    [
        "Source: Example Wire\nNorth Korea fired two ballistic missiles on Tuesday, the military said.",
        "Source: Example Wire\nSource: Other Wire",
        "Sources: Example Wire",
        "Source:Example Wire",
    ],
)
def test_a_first_paragraph_that_is_not_only_field_lines_stays_text(tmp_path, opening):
    (tmp_path / "a.txt").write_text(f"{opening}\n\nThe launch was the third this month, officials said.\n", encoding="utf-8")
    row = dossier.read_articles(tmp_path).iloc[0]
    assert row["source"] != "Example Wire"


@pytest.mark.parametrize(
    "opening, source",
    [
        ("Pyongyang, May 2 (KCNA) -- Kim Jong Un inspected a munitions factory.", "KCNA"),
        ("PYONGYANG, May 2. /TASS/. Kim Jong Un inspected a munitions factory.", "TASS"),
        ("SEOUL, May 2 (Yonhap) -- North Korea test-fired cruise missiles, the military said.", "Yonhap"),
        ("SEOUL, South Korea (AP) — North Korea test-fired cruise missiles, the military said.", "AP"),
        ("North Korea (the DPRK) - as it calls itself - test-fired cruise missiles on Friday.", None),
    ],
)
def test_an_article_without_its_outlet_takes_the_one_its_dateline_credits(tmp_path, opening, source):
    (tmp_path / "a.txt").write_text(f"{opening}\n\nThe launch was the third this month, officials said.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\nsource: Example Times\n---\n{opening}\n", encoding="utf-8")
    df = dossier.read_articles(tmp_path).sort_values("path")
    got = df["source"].tolist()
    assert (None if pd.isna(got[0]) else got[0], got[1]) == (source, "Example Times")


_STORY = (
    "SEOUL, June 3 (Yonhap) -- North Korea has sent about 2,000 more troops to Russia, the spy agency told lawmakers.\n\n"
    "The agency said the new units were mostly engineers and would help rebuild the Kursk region.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "Sign up here.",
        "Reporting by Min Ji-soo and Tom Ashby; Editing by Clara Weiss",
        "Editing by Clara Weiss",
        "Related coverage:",
        "Copyright © 2026 Example Wire. All rights reserved.",
        "All rights reserved.",
        "This image, released by the Korean Central News Agency on June 1, shows Kim Jong Un at a shell factory. (Yonhap)",
        "Soldiers march in Pyongyang in a file image from last year. (AP Photo/Lee Jin-man, File)",
    ],
)
def test_notices_credits_and_captions_after_a_story_are_no_body(tmp_path, after):
    (tmp_path / "a.txt").write_text(_STORY + after + "\n", encoding="utf-8")
    text = dossier.read_articles(tmp_path)["text"].iloc[0]
    assert text == _STORY.strip()


@pytest.mark.parametrize(
    "links",
    [
        "Related Articles\n- Pyongyang sends 3,000 more soldiers to Russia, spy agency says\n- Seoul weighs its options",
        "More stories:\n\n• Pyongyang sends 3,000 more soldiers to Russia, spy agency says\n\n• Kim tours a shell plant",
        "Most read\nPyongyang sends 3,000 more soldiers to Russia, spy agency says\nKim tours a shell plant",
        "Related: Pyongyang sends 3,000 more soldiers to Russia, spy agency says",
    ],
)
def test_a_list_of_links_is_no_body_and_the_story_goes_on_after_it(tmp_path, links):
    after = "Seoul said the new units were engineers."
    (tmp_path / "a.txt").write_text(_STORY + links + "\n\n" + after + "\n", encoding="utf-8")
    arts = dossier.read_articles(tmp_path)
    assert arts["text"].iloc[0] == _STORY + after  # the headlines linked to are another story's
    assert "3,000" not in dossier.estimates(dossier.sentences(arts), arts)["quantity_text"].tolist()


def test_a_sentence_about_reporting_by_someone_stays():
    sentence = "Reporting by the Seoul daily Hankook Ilbo in May put the losses at 600."
    assert clean_text(_STORY + sentence)[0].endswith(sentence)


def test_a_box_of_key_figures_is_body_and_its_figures_are_read(tmp_path):
    box = "By the numbers:\n- Soldiers sent: about 14,000 (Seoul's spy agency)\n• Missiles: 250\n\nFull coverage\n- Kim visits Moscow\n"
    (tmp_path / "a.txt").write_text(_STORY + box, encoding="utf-8")
    arts = dossier.read_articles(tmp_path)
    text = arts["text"].iloc[0]
    assert "\n\nSoldiers sent: about 14,000 (Seoul's spy agency)\n\nMissiles: 250" in text  # rows, their bullets gone
    assert "Full coverage" not in text and "Kim visits Moscow" not in text  # a heading, and a link with no figure
    assert dossier.estimates(dossier.sentences(arts), arts)["quantity_text"].tolist() == ["about 2,000", "about 14,000", "250"]


@pytest.mark.parametrize("line", ["Published: 12 May 2025", "Updated: 10:45 GMT", "Part 2: the front", "Reading time: 4 min"])
def test_a_label_and_a_figure_without_a_bullet_stay_a_heading(line):
    assert line not in clean_text(_STORY + line)[0]


def test_rows_of_key_figures_without_bullets_are_body_when_two_stand_together(tmp_path):
    box = "In numbers\nShips unloaded at Rajin: 64\nArtillery rounds sent: roughly 9 million\n\nMore on this story\n"
    (tmp_path / "a.txt").write_text(_STORY + box, encoding="utf-8")
    arts = dossier.read_articles(tmp_path)
    assert arts["text"].iloc[0].endswith("\n\nShips unloaded at Rajin: 64\n\nArtillery rounds sent: roughly 9 million")
    assert "roughly 9 million" in dossier.estimates(dossier.sentences(arts), arts)["quantity_text"].tolist()


@pytest.mark.parametrize(
    "lines",
    [
        "Published: 12 May 2025\nUpdated: 14 May 2025",
        "First published: Mon 3 Nov 2025 09.12 GMT\nLast modified: Mon 3 Nov 2025 18.40 GMT",
        "Reading time: 4 min\nUpdated: 10:45 GMT",
    ],
)
def test_dates_and_times_the_page_stamps_stay_out_even_together(lines):
    text = clean_text(_STORY + lines)[0]
    assert all(line not in text for line in lines.split("\n"))


def test_a_wire_s_end_mark_ends_the_story(tmp_path):
    after = "(END)\n\nKim Jong Un visits a shell factory in this photo released June 1. (KCNA)\n\nMore from Yonhap: 'Kim vows 200,000 shells'"
    (tmp_path / "a.txt").write_text(_STORY + after + "\n", encoding="utf-8")
    arts = dossier.read_articles(tmp_path)
    assert arts["text"].iloc[0] == _STORY.strip()
    assert dossier.estimates(dossier.sentences(arts), arts)["quantity_text"].tolist() == ["about 2,000"]


def test_a_kcna_text_without_front_matter_is_kcnas_channel_for_its_quotes(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Pyongyang, May 2 (KCNA) -- Kim Jong Un said the new shells were \"the pride of our workers.\"\n", encoding="utf-8"
    )
    arts = dossier.read_articles(tmp_path)
    q = dossier.quotes(dossier.sentences(arts), arts)
    assert (q["speaker"].tolist(), q["channel"].tolist(), q["channel_basis"].tolist()) == (["Kim Jong Un"], ["KCNA"], ["article"])


def test_front_matter_beats_manifest_beats_text(tmp_path):
    (tmp_path / "manifest.csv").write_text("file,title,published\na.txt,From manifest,2025-03-01\nb.txt,From manifest too,2025-03-02\n")
    (tmp_path / "a.txt").write_text("---\npublished: 2025-01-01\n---\n date 2025-06-06 North Korea sent troops to Russia, the report said.\n")
    (tmp_path / "b.txt").write_text(" date 2025-06-06 North Korea sent more troops to Russia, the report said.\n")
    (tmp_path / "c.txt").write_text(" date 2025-06-06 North Korea sent even more troops to Russia, the report said.\n")
    (tmp_path / "d.txt").write_text("North Korea sent yet more troops to Russia, the report said in the capital.\n")
    df = dossier.read_articles(tmp_path).set_index(dossier.read_articles(tmp_path)["path"].str[-5:])
    assert (df.loc["a.txt", "published"], df.loc["a.txt", "date_basis"]) == (pd.Timestamp("2025-01-01"), "front_matter")
    assert df.loc["a.txt", "title"] == "From manifest"
    assert (df.loc["b.txt", "published"], df.loc["b.txt", "date_basis"]) == (pd.Timestamp("2025-03-02"), "manifest")
    assert (df.loc["c.txt", "published"], df.loc["c.txt", "date_basis"]) == (pd.Timestamp("2025-06-06"), "text")
    assert pd.isna(df.loc["d.txt", "published"]) and df.loc["d.txt", "date_basis"] == "unknown"
    assert not df["text"].str.contains("date 2025").any()


def test_an_edited_manifest_is_read_again(tmp_path):
    # A notebook re-run in the same kernel must see the analyst's corrections.
    manifest = tmp_path / "manifest.csv"
    (tmp_path / "a.txt").write_text("North Korea sent troops to Russia, the report said in the capital.\n")
    manifest.write_text("file,title\na.txt,First title\n")
    assert dossier.read_articles(tmp_path)["title"].tolist() == ["First title"]
    manifest.write_text("file,title\na.txt,Corrected title\n")
    os.utime(manifest, ns=(manifest.stat().st_atime_ns, manifest.stat().st_mtime_ns + 1_000_000_000))
    assert dossier.read_articles(tmp_path)["title"].tolist() == ["Corrected title"]
    manifest.unlink()
    assert dossier.read_articles(tmp_path)["title"].tolist() != ["Corrected title"]


HTML = """<!DOCTYPE html><html><head><title>Kim pledges support | Example News</title>
<meta property="og:title" content="Kim pledges support to Moscow">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-07-13T08:00:00Z">
<meta property="og:site_name" content="Example News">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kim pledges support to Moscow</h1>
<p>North Korean leader Kim Jong Un pledged full support for Russia on Saturday, state media reported, in a meeting with the Russian foreign minister in Wonsan.</p>
<p>According to South Korean intelligence, Pyongyang has dispatched approximately 13,000 troops to Russia since last autumn, and more are expected.</p>
<p>Analysts said the meeting showed how far the two countries had moved toward a formal alliance over the past two years.</p>
</article><footer>Share this article. Copyright 2025 Example News. All rights reserved.</footer></body></html>"""


def test_html_page_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    row = dossier.read_articles(tmp_path).iloc[0]
    assert row["title"] == "Kim pledges support to Moscow"
    assert row["author"] == "Jane Roe"
    assert row["source"] == "Example News"
    assert row["published"] == pd.Timestamp("2025-07-13") and row["date_basis"] == "front_matter"
    assert "approximately 13,000 troops" in row["text"]
    assert "Home" not in row["text"] and "Copyright" not in row["text"]


def test_json_and_jsonl_records(tmp_path):
    recs = [
        {"title": "One", "text": "North Korea sent troops to Kursk, according to South Korea.", "published": "2025-01-02", "source": "Wire"},
        {"headline": "Two", "body": "Russia received millions of shells from North Korea, officials said.", "date": "2025-01-03"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(recs), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"text": "Kim Jong Un praised the soldiers who fought in Kursk, KCNA said.", "author": "Staff"}) + "\n", encoding="utf-8"
    )
    df = dossier.read_articles(tmp_path).sort_values("path")
    assert df["title"].tolist()[:2] == ["One", "Two"]
    assert df["path"].str.endswith(("a.json#0", "a.json#1", "b.jsonl#1")).all()
    assert df["source"].iloc[0] == "Wire" and df["author"].iloc[2] == "Staff"
    assert df["published"].iloc[1] == pd.Timestamp("2025-01-03")


def test_folders_are_searched_recursively(tmp_path, seeds_dir):
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    shutil.copy(seeds_dir / "002_9a53dffa8642a768.txt", deep / "x.txt")
    (tmp_path / "README.md").write_text("# How this folder is organised\n\nNot an article, so it is skipped by the reader.\n")
    df = dossier.read_articles(tmp_path)
    assert len(df) == 1 and df["path"].iloc[0].endswith("a/b/x.txt")


# The reader's shortcuts must agree with what they stand in for.
FRONT_MATTER = [
    'title: "Some 5,800 casualties, intelligence says"\nsource: "The Kyiv Independent"\npublished: 2025-03-23',
    "title: 'Kim’s letter'\nauthor: Jane Roe\nurl: https://example.org/a?b=c",
    "published: 2025-03-23 10:00:00\ndate: 2025-03-23T10:00:00Z",
    "title: Kim says \"no\"\ntitle: again  ",
    "on: x\nyes: y",  # YAML 1.1 booleans as keys
    "title: null\nauthor: ~\nsource: 2025\nurl: 1.5\nx: true",
    "title: a: b",  # a YAML error
    "title: x # a comment",
    "tags: [a, b]\nnested:\n  k: v",
    "title: \"a\\\"b\"\nx: 'it''s'",
    "title: \"tab\there\"\nx: \"line\u2028sep\"",
    "title: -5\nx: ?y\ny: &a z",
    "published: 2025-02-30\ntitle: [",  # the syntax error, not the bad date, is reported
]


@pytest.mark.parametrize("block", FRONT_MATTER)
def test_flat_front_matter_reads_as_yaml_does(block):
    import yaml

    from dossier.read.formats import YAML_LOADER, flat_front_matter

    try:
        expected = yaml.load(block, Loader=YAML_LOADER)
    except yaml.YAMLError:
        expected = None  # the flat reader must hand it to the parser
    got = flat_front_matter(block)
    if got is not None:
        assert got == expected and [type(v) for v in got.values()] == [type(v) for v in expected.values()]


@pytest.mark.parametrize(
    "text",
    ["", "North Korea’s troops — 11,000 of them — fought in Kursk.", "re-use it's 'quoted' -dash- _under_score_ a__b",
     "4,000.5 km² ½ Ⅻ ٣ x²y", "Kim’s brother-in-law's e-mail ’tis end’ -- a--b", "«Ça» naïve café\u00a0here\u2009too"],
)
def test_word_count_by_tokens_matches_the_word_pattern(text):
    from dossier.text.words import WORD, count_token_words

    assert count_token_words(text.split()) == len(WORD.findall(text))


@pytest.mark.parametrize(
    "p",
    ["It ended.", "It ended.”", "It ended. ) ", "Headline", "Ends with (a note).", "Ends. (see above)", "Ends? (see", "Wait…’ ",
     "no stop (aside)", "Really?!\u00a0", "Quote.”)]'"],
)
def test_ends_sentence_agrees_with_the_pattern(p):
    from dossier.read.clean import TERMINAL, ends_sentence

    assert ends_sentence(p) == bool(TERMINAL.search(p))


@pytest.mark.parametrize("most", [1, 3, 11, 40])
@pytest.mark.parametrize(
    "text", ["", "One two", "— — — — a b c — — — d e f g h i j k l m n o p q r s t", "Kim’s brother-in-law " * 30, "x" * 3 + " ,,, " * 50 + "end"]
)
def test_capped_word_count_matches_the_word_pattern(text, most):
    from dossier.text.words import WORD, count_words_upto

    assert count_words_upto(text, most) == min(len(WORD.findall(text)), most)


def _random_texts(n=3000, seed=5):
    import random

    rng = random.Random(seed)
    alphabet = list("ab_1 -'’\n\t.,é—“\u00a0\u0301²½٣\x1c\r\x85\u2028𝔘") + ["\n\n", "  ", "\n\n\n", "Kim’s ", "brother-in-law "]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_article_id_and_word_count_by_bytes_match_the_plain_way(seed_articles):
    import hashlib

    from dossier.read.corpus import article_id
    from dossier.text.words import WORD, count_words

    for text in _random_texts() + seed_articles["text"].tolist():
        plain = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16], len(WORD.findall(text))
        assert (article_id(text), count_words(text)) == plain, repr(text)


def test_usual_front_matter_is_read_without_the_yaml_parser():
    from dossier.read.formats import flat_front_matter

    block = 'title: "Troops to Kursk"\nsource: Example Times\nauthor: \'Jane Roe\'\npublished: 2025-02-03'
    assert flat_front_matter(block) is not None


def test_each_heading_taken_out_says_where_in_the_text_it_stood():
    body = ("An opening paragraph that is long enough to be the body of the story, as it says here.\n\n"
            "A Short Heading Here\n\n"
            "The paragraph under the heading, which goes on for a while, as paragraphs do.\n\n"
            "Closing Words\n")
    text, _, headings = clean_text(body)
    at = {h.line: h.at for h in headings}
    assert text[at["A Short Heading Here"]:].startswith("The paragraph under the heading")
    assert at["Closing Words"] == len(text)  # after the last paragraph: the text's end


def test_a_title_s_abbreviation_opening_paragraphs_is_no_run_in_lead():
    # Two paragraphs open on "Rep." as two run-in leads ("KYIV. ...") would: the stop is the abbreviation's.
    body = ("The spy agency briefed the intelligence committee behind closed doors on Tuesday afternoon.\n\n"
            "According to Rep. Jane Roe of the committee, the agency put the toll at about 2,000 dead.\n\n"
            "Rep. Roe said the figure rests on funerals held across the North since the spring.\n")
    text = clean_text(body)[0]
    assert "According to Rep. Jane Roe" in text and "Rep. Roe said" in text


def test_run_in_leads_are_still_taken_out():
    body = ("KYIV. The spy agency briefed the intelligence committee behind closed doors on Tuesday.\n\n"
            "SEOUL. The agency put the toll at about 2,000 dead, according to lawmakers who attended.\n")
    text = clean_text(body)[0]
    assert "KYIV." not in text and "SEOUL." not in text


def test_a_dateline_stays_when_the_only_other_lead_was_a_title_s_abbreviation():
    # "Gen." is no run-in lead: one short opening sentence alone is just a sentence, so "KYIV." is kept.
    body = ("KYIV. The spy agency briefed the intelligence committee behind closed doors on Tuesday.\n\n"
            "Gen. Kim Tae-ho said the agency put the toll at about 2,000 dead since the spring.\n")
    text = clean_text(body)[0]
    assert text.startswith("KYIV. The spy agency") and "Gen. Kim Tae-ho said" in text
