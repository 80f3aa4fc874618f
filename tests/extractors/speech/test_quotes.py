"""Quotes, their speakers and the media that relay them: seeds, inline patterns, vocabularies."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd
import pytest

import dossier
from dossier import schema
from dossier.text.quote_marks import find_marked
from dossier.extractors.speech.quotes import link_keys, quote_key, quotes, speaker_affiliation
from dossier.vocab import load_table


def _article(text: str, source=None, aid: str = "a1") -> pd.DataFrame:
    return pd.DataFrame({"article_id": [aid], "text": [text], "source": [source]})


def _quotes_of(*arts: pd.DataFrame) -> pd.DataFrame:
    articles = pd.concat(arts, ignore_index=True)
    return quotes(dossier.sentences(articles), articles)


@pytest.fixture(scope="module")
def seed_quotes(seed_sentences, seed_articles):
    return quotes(seed_sentences, seed_articles)


def _one(df: pd.DataFrame, article_id: str, begins: str) -> pd.Series:
    hit = df[(df["article_id"] == article_id) & df["text"].str.startswith(begins)]
    assert len(hit) == 1, f"expected one quote beginning {begins!r}, found {len(hit)}:\n{df[['article_id', 'text']]}"
    return hit.iloc[0]


# --- what the seeds really say -------------------------------------------------

SEED_CASES = [
    # seed, quote begins, kind, speaker, cue, channel, basis
    ("003", "Our participation in the conflict was just", "statement", "Kim Jong Un", "said", "KCNA", "sentence"),
    ("003", "I consider all the brave soldiers", "statement", "Kim Jong Un", "added", "KCNA", "paragraph"),
    ("003", "brother nation", "fragment", "Kim Jong Un", "described", "KCNA", "sentence"),
    ("003", "will consolidate and develop the long tradition", "fragment", "Kim Jong Un", "said", "KCNA", "sentence"),
    ("003", "highest strategic level of the firm militant friendship", "fragment", "KCNA", "framed", "KCNA", "paragraph"),
    ("004", "I do not doubt that the relations of alliance", "statement", "Kim Jong Un", "stated", "KCNA", "article"),
    ("004", "The DPRK will fully support the just struggle", "statement", "Kim Jong Un", "said", "KCNA", "article"),
    ("004", "great heyday", "fragment", "Kim Jong Un", "described", "KCNA", "sentence"),
    ("004", "firm conviction that the DPRK would always remain faithful", "fragment", "Kim Jong Un", "expressed", "KCNA", "article"),
    ("001", "deeply troubled", "fragment", "UN Secretary-General", "reported", None, None),
    ("001", "epicenter of aggression", "fragment", "Volodymyr Zelensky", "condemned", None, None),
    ("001", "fundamental resolution", "fragment", "Kim Jong Un", "expressed", "KCNA", "sentence"),
    ("000", "historic peak", "fragment", "Kim Jong Un", "described", "KCNA", "article"),
    ("000", "The years of militant fraternity", "statement", "Kim Jong Un", "said", "KCNA", "sentence"),
    ("000", "domination and tyranny", "fragment", "Kim Jong Un", "vowing", "KCNA", "article"),
    ("002", "complete liberation", "fragment", "two leaders", "according to", None, None),
]


@pytest.mark.parametrize("seed, begins, kind, speaker, cue, channel, basis", SEED_CASES)
def test_seed_quotes(seed_quotes, seed_ids, seed, begins, kind, speaker, cue, channel, basis):
    q = _one(seed_quotes, seed_ids[seed], begins)
    assert (q["kind"], q["speaker"], q["cue"]) == (kind, speaker, cue)
    assert (q["channel"] if pd.notna(q["channel"]) else None) == channel
    assert (q["channel_basis"] if pd.notna(q["channel_basis"]) else None) == basis
    assert q["via_kcna"] == (channel == "KCNA")


def test_seed_004_long_quote_is_one_statement_of_two_parts(seed_quotes, seed_ids, seed_articles):
    q = _one(seed_quotes, seed_ids["004"], "I do not doubt")
    text = seed_articles.set_index("article_id").loc[seed_ids["004"], "text"]
    first, second = q["text"].split(" … ")
    assert first.endswith("close comradely ties between us")
    assert second.startswith("It will make a great contribution") and second.endswith("multi-polarized world order")
    assert text[q["start"]:q["end"]].startswith(first) and text[q["start"]:q["end"]].endswith(second)
    assert "Kim’s message stated" in text[q["start"]:q["end"]]
    assert q["speaker_text"] == "Kim" and q["n_words"] == 63


def test_seed_003_pronoun_keeps_the_words_as_written(seed_quotes, seed_ids):
    q = _one(seed_quotes, seed_ids["003"], "I consider")
    assert q["speaker_text"] == "he"


def test_no_seed_quote_of_a_foreign_speaker_is_relayed_by_kcna(seed_quotes):
    foreign = seed_quotes["speaker"].map(lambda s: speaker_affiliation(s) if isinstance(s, str) else "other") != "dprk_state"
    assert seed_quotes.loc[foreign, "via_kcna"].sum() == 0
    assert foreign.sum() >= 3


def test_seed_counts(seed_quotes, seed_ids):
    per = seed_quotes.groupby("article_id").size()
    assert per[seed_ids["003"]] == 5 and per[seed_ids["002"]] == 1
    kcna = seed_quotes[seed_quotes["via_kcna"]].groupby("article_id").size()
    assert set(kcna.index) == {seed_ids[s] for s in ("000", "001", "003", "004")}


def test_offsets_point_at_the_quoted_words(seed_quotes, seed_articles):
    texts = seed_articles.set_index("article_id")["text"]
    single = seed_quotes[~seed_quotes["text"].str.contains(" … ")]
    for q in single.itertuples():
        assert texts[q.article_id][q.start:q.end] == q.text
        assert texts[q.article_id][q.start - 1] in "“\"‘'"


def test_frame_follows_the_schema_and_the_input_is_untouched(seed_sentences, seed_articles):
    before = seed_articles.copy()
    df = quotes(seed_sentences, seed_articles)
    pd.testing.assert_frame_equal(df, schema.conform(df, "quotes"))
    pd.testing.assert_frame_equal(seed_articles, before)
    assert df["quote_id"].is_unique


def test_a_subset_of_articles_gives_the_subset_of_quotes(seed_sentences, seed_articles, seed_quotes):
    some = seed_articles.iloc[[1, 3]]
    sub = quotes(seed_sentences[seed_sentences["article_id"].isin(some["article_id"])], some)
    expected = seed_quotes[seed_quotes["article_id"].isin(some["article_id"])].reset_index(drop=True)
    pd.testing.assert_frame_equal(sub, expected)


# --- patterns the seeds lack ------------------------------------------------------

INLINE = [
    pytest.param(
        "Smith’s statement said the deployment was “a grave mistake.”", None,
        [dict(text="a grave mistake", kind="fragment", speaker="Smith", speaker_text="Smith", cue="said")],
        id="possessive-of-an-unknown-name",
    ),
    pytest.param(
        "“We will never yield,” said Kim Jong Un at the rally.", None,
        [dict(text="We will never yield", kind="statement", speaker="Kim Jong Un", speaker_text="Kim Jong Un", cue="said", channel=None)],
        id="said-X",
    ),
    pytest.param(
        "According to TASS, Lavrov said Russia was grateful for the “brotherly help.”", None,
        [dict(text="brotherly help", kind="fragment", speaker="Sergei Lavrov", cue="said", channel="TASS", channel_basis="sentence", via_kcna=False)],
        id="according-to-medium",
    ),
    pytest.param(
        "Analysts were divided. According to Western analysts, the deployment was a “turning point.”", None,
        [dict(text="turning point", speaker="Western analysts", cue="according to", channel=None)],
        id="according-to-speaker",
    ),
    pytest.param(
        "In Kim’s letter, the alliance was called “invincible and eternal.”", None,
        [dict(text="invincible and eternal", speaker="Kim Jong Un", speaker_text="Kim", cue="letter")],
        id="in-Xs-letter",
    ),
    pytest.param(
        "Kim Jong Un said in a speech reported by KCNA:\n\n“We stand with Russia.\n\n“We will never waver. Our army is ready.”\n\nAnalysts said the speech was notable.", None,
        [dict(text="We stand with Russia. We will never waver. Our army is ready", kind="statement", speaker="Kim Jong Un", cue="said", channel="KCNA", channel_basis="sentence", sentence=1)],
        id="colon-multi-paragraph",
    ),
    pytest.param(
        'Kim said:\n\n"We stand with Russia.\n\n"We will never waver."', None,
        [dict(text="We stand with Russia. We will never waver", kind="statement", speaker="Kim Jong Un", channel=None)],
        id="colon-multi-paragraph-straight",
    ),
    pytest.param(
        "“Kim called it a ‘sacred duty’ of Pyongyang’s army,” the analyst said.", None,
        [dict(text="Kim called it a ‘sacred duty’ of Pyongyang’s army", kind="statement", speaker="analyst", speaker_text="the analyst")],
        id="nested-single-curly",
    ),
    pytest.param(
        "\"Kim called it a 'sacred duty' of Pyongyang's army,\" Hugh Griffiths said.", None,
        [dict(text="Kim called it a 'sacred duty' of Pyongyang's army", speaker="Hugh Griffiths", cue="said")],
        id="nested-single-straight",
    ),
    pytest.param(
        "Observers noted Pyongyang’s ‘sacred duty’ rhetoric. ‘We will win,’ Kim wrote. ‘The soldiers’ courage is our pride.’", None,
        [dict(text="sacred duty", kind="fragment", speaker="Observers"),
         dict(text="We will win … The soldiers’ courage is our pride", kind="statement", speaker="Kim Jong Un", cue="wrote")],
        id="single-marks-only-apostrophes-are-not-marks",
    ),
    pytest.param(
        "“The alliance is invincible,” Kim said, according to KCNA. “Nothing will shake it.”", None,
        [dict(text="The alliance is invincible … Nothing will shake it", kind="statement", speaker="Kim Jong Un", channel="KCNA", channel_basis="sentence", start=1, end=81)],
        id="split-statement-two-sentences",
    ),
    pytest.param(
        "“The alliance is invincible,” Kim said, “and nothing will shake it.”", None,
        [dict(text="The alliance is invincible … and nothing will shake it", kind="statement", speaker="Kim Jong Un")],
        id="split-statement-one-sentence",
    ),
    pytest.param(
        "The ministry spoke first. “The United States must stop.” Zelensky said, “This is a threat to the world.”", None,
        [dict(text="The United States must stop", speaker=None), dict(text="This is a threat to the world", speaker="Volodymyr Zelensky")],
        id="a-full-stop-ends-a-statement",
    ),
    pytest.param(
        "Soldiers paraded in Pyongyang. “Our victory is near,” the Central Military Commission said in a statement.", "KCNA",
        [dict(speaker="Central Military Commission of the WPK", channel="KCNA", channel_basis="article", via_kcna=True)],
        id="kcna-outlet-article",
    ),
    pytest.param(
        "According to KCNA, Kim said the war was just. Zelensky called the deployment “a crime.”\n\nKim Jong Un said, according to KCNA, that troops were “heroes.” Zelensky later said it was “a disgrace.”", None,
        [dict(text="a crime", speaker="Volodymyr Zelensky", channel=None, via_kcna=False),
         dict(text="heroes", speaker="Kim Jong Un", channel="KCNA", channel_basis="sentence"),
         dict(text="a disgrace", speaker="Volodymyr Zelensky", channel=None, via_kcna=False)],
        id="foreign-speaker-never-inherits-kcna",
    ),
    pytest.param(
        "Kim said, according to KCNA, that the troops were heroes.\n\nHe “will never forget” them, he added.", None,
        [dict(text="will never forget", speaker="Kim Jong Un", speaker_text="he", channel="KCNA", channel_basis="article")],
        id="pronoun-inherits-from-an-earlier-paragraph",
    ),
    pytest.param(
        "“The DPRK will always stand with Russia,” KCNA quoted Kim as saying.", None,
        [dict(speaker="Kim Jong Un", cue="saying", channel="KCNA", channel_basis="sentence")],
        id="medium-quoted-X-as-saying",
    ),
    pytest.param(
        "Dmitry Peskov, the Kremlin spokesman, said the ties were “strategic.”", None,
        [dict(text="strategic", speaker="Dmitry Peskov", cue="said", channel=None)],
        id="apposition-between-subject-and-verb",
    ),
    pytest.param(
        "A KCNA commentary said the drills were “a rehearsal for invasion.”", None,
        [dict(speaker="KCNA", speaker_text="KCNA", channel="KCNA", channel_basis="sentence", via_kcna=True)],
        id="medium-document-as-speaker",
    ),
    pytest.param(
        "The DPRK Foreign Ministry condemned the drills. “This is a provocation,” the ministry said.", None,
        [dict(speaker="DPRK Foreign Ministry", speaker_text="the ministry", kind="statement")],
        id="body-anaphor",
    ),
    pytest.param(
        "Lavrov arrived in Wonsan on Saturday. “Why should we wait?” he asked.", None,
        [dict(text="Why should we wait?", speaker="Sergei Lavrov", speaker_text="he", cue="asked")],
        id="attribution-after-a-question-mark",
    ),
    pytest.param(
        "“We will respond,” warned Kim Yo Jong, the powerful sister of leader Kim Jong Un, in a statement carried by KCNA.", None,
        [dict(speaker="Kim Yo Jong", cue="warned", channel="KCNA", channel_basis="sentence")],
        id="inverted-verb-then-subject-with-apposition",
    ),
    pytest.param(
        "Kim Jong Un, who inspected the troops on Monday, said the soldiers had shown “heroism,” Yonhap reported.", None,
        [dict(speaker="Kim Jong Un", channel="Yonhap", channel_basis="sentence", via_kcna=False)],
        id="relative-clause-and-a-non-dprk-medium",
    ),
    pytest.param(
        "Kim Yo Jong, the leader's sister, issued a statement. “Seoul will regret it,” Kim said. Hugh Griffiths disagreed. “It is bluster,” Griffiths said.", None,
        [dict(speaker="Kim Yo Jong", speaker_text="Kim"), dict(speaker="Hugh Griffiths", speaker_text="Griffiths")],
        id="surname-after-full-name",
    ),
    pytest.param(
        "Kim was quoted by KCNA as saying the soldiers were “heroes of the nation.”", None,
        [dict(speaker="Kim Jong Un", cue="saying", channel="KCNA", channel_basis="sentence")],
        id="quoted-by-medium-as-saying",
    ),
    pytest.param(
        '"This is a dangerous alliance," said Victor Cha, a Korea expert at the Center for Strategic and International Studies. "It changes the security environment."', None,
        [dict(text="This is a dangerous alliance … It changes the security environment", speaker="Victor Cha")],
        id="split-statement-after-an-apposition",
    ),
    pytest.param(
        "Kim said at the rally: “We will win.” “The enemy will fall.” Putin was not there.\n\n“Nobody can stop us.”", None,
        [dict(text="We will win", speaker="Kim Jong Un"), dict(text="The enemy will fall", speaker="Kim Jong Un", cue="said"),
         dict(text="Nobody can stop us", speaker=None)],
        id="a-quoted-sentence-goes-on-with-the-last-speaker-of-the-paragraph",
    ),
    pytest.param(
        'PYONGYANG, Oct. 7 (Yonhap) -- North Korean leader Kim Jong-un sent a message to Vladimir Putin, calling him his "dearest comrade," KCNA reported.', None,
        [dict(text="dearest comrade", speaker="Kim Jong Un", speaker_text="North Korean leader", cue="calling", channel="KCNA")],
        id="participle-borrows-the-sentence-subject",
    ),
    pytest.param(
        "The North’s official KCNA news agency said the test was “a great success.”", None,
        [dict(speaker="KCNA", speaker_text="KCNA", cue="said", channel="KCNA", channel_basis="sentence")],
        id="medium-with-its-noun-as-speaker",
    ),
    pytest.param(
        "Putin spoke first. “We will win. The enemy will fall. Victory is ours,” Kim said, according to KCNA.", None,
        [dict(text="We will win. The enemy will fall. Victory is ours", kind="statement", sentence=1, speaker="Kim Jong Un", channel="KCNA", channel_basis="sentence")],
        id="quote-over-several-sentences",
    ),
    pytest.param("Kim said the alliance was invincible, according to KCNA.", None, [], id="reported-speech-is-not-a-quote"),
    pytest.param(
        'KCNA quoted Kim as saying "the enemy will pay."', None,
        [dict(text="the enemy will pay", kind="fragment", speaker="Kim Jong Un", cue="saying", channel="KCNA", channel_basis="sentence")],
        id="straight-marks-quoted-as-saying",
    ),
    pytest.param(
        "The Rodong Sinmun reported that the army was “ready for any mission” and “invincible.”", None,
        [dict(speaker="Rodong Sinmun", channel="Rodong Sinmun", via_kcna=False), dict(text="invincible", speaker="Rodong Sinmun")],
        id="state-medium-as-speaker",
    ),
]


@pytest.mark.parametrize("text, source, expected", INLINE)
def test_inline_patterns(text, source, expected):
    df = _quotes_of(_article(text, source))
    assert len(df) == len(expected), df[["text", "speaker"]]
    for (_, got), want in zip(df.iterrows(), expected):
        for col, value in want.items():
            actual = got[col] if not (pd.isna(got[col]) if not isinstance(got[col], str) else False) else None
            assert actual == value, f"{col}: {actual!r} != {value!r} in {got['text']!r}"


@pytest.mark.parametrize(
    "text, spans",
    [
        ("He said “yes” and “no.”", ["yes", "no"]),
        ("He said \"yes\" and \"no.\"", ["yes", "no"]),
        ("Pyongyang’s army and the soldiers’ pay.", []),  # apostrophes only
        ("A ”wrongly curled“ mark.", ["wrongly curled"]),
        ("“Unclosed to the end", ["Unclosed to the end"]),
    ],
)
def test_marks_pair_by_context(text, spans):
    assert [text[s:e] for q in find_marked(text) for s, e in q.parts] == spans


# --- keys for repeated quotes -----------------------------------------------------


def test_quote_key_ignores_marks_case_and_punctuation():
    assert quote_key("The DPRK will “fully” support Russia.") == quote_key("the DPRK will fully support Russia")


@pytest.mark.parametrize("text, key", [
    ("“Don’t,” he said — the U.S.-led drills", "don't he said the u s led drills"),
    ("'quoted' words'' and rock 'n' roll_2", "quoted words and rock n roll_2"),
    ("ＫＣＮＡ\u00a0said  ５ times\tover", "kcna said 5 times over"),
])
def test_quote_key_keeps_words_and_inner_apostrophes_only(text, key):
    assert quote_key(text) == key


def test_link_keys_groups_small_variations_across_articles():
    a = _article("“The DPRK will fully support the just struggle of Russia,” Kim said.", aid="a1")
    b = _article("“The DPRK will fully support the just struggles of Russia,” Kim said.", aid="b2")
    c = _article("“We seek peace,” Zelensky said.", aid="c3")
    df = _quotes_of(a, b, c)
    assert df["quote_key"].nunique() == 3  # the extractor sees one article at a time
    linked = link_keys(df)
    assert linked["quote_key"].nunique() == 2
    assert linked.loc[0, "quote_key"] == linked.loc[1, "quote_key"]
    pd.testing.assert_frame_equal(linked.drop(columns="quote_key"), df.drop(columns="quote_key"))


def test_link_keys_on_seeds(seed_quotes):
    linked = link_keys(seed_quotes).set_index(seed_quotes["text"].str[:24])
    key = linked["quote_key"]
    assert key["unconditionally support"] == key["unconditional support"]  # a small variation
    # 004 quotes part of the birthday letter before quoting it in full.
    assert key["will be invariably carri"] == key["I do not doubt that the "]
    assert key["historic peak"] != key["The years of militant fr"]
    assert linked["quote_key"].nunique() == len(seed_quotes) - 4


# --- affiliation and vocabularies -------------------------------------------------


@pytest.mark.parametrize(
    "speaker, affiliation",
    [("Kim Jong Un", "dprk_state"), ("KCNA", "dprk_state"), ("Central Military Commission of the WPK", "dprk_state"),
     ("DPRK Foreign Ministry", "dprk_state"), ("Vladimir Putin", "russia_state"), ("Sergei Lavrov", "russia_state"),
     ("Volodymyr Zelensky", "other"), ("UN Secretary-General", "other"), ("Hugh Griffiths", "other"), (None, "other")],
)
def test_speaker_affiliation(speaker, affiliation):
    assert speaker_affiliation(speaker) == affiliation


# The states of media: those the vocabularies chart, and the others whose state outlets data/outlet_states.csv names.
_CHANNEL_STATES = {"dprk_state", "russia_state", "ukraine_state", "china_state", "other"} | {
    f"{state}_state" for state in load_table("outlet_states.csv").state}


@pytest.mark.parametrize(
    "name, key, columns, vocab",
    [
        ("speakers.csv", "alias", ["alias", "speaker", "affiliation", "kind", "gender", "group"],
         {"affiliation": {"dprk_state", "russia_state", "china_state", "other"}, "kind": {"person", "body", "document"}, "gender": {"m", "f", ""},
          "group": {"dprk_official", "dprk_state_media", "russia_official", "russia_state_media", "ukraine_official",
                    "south_korea_official", "us_official", "other_official", "analyst", "other"}}),
        ("channels.csv", "alias", ["alias", "channel", "state", "kind", "notes"],
         {"state": _CHANNEL_STATES,
          "kind": {"agency", "newspaper", "broadcaster", "online", "other"}}),
        ("source_outlets.csv", "alias", ["alias", "channel", "state", "kind", "notes"],
         {"state": {"dprk_state", "russia_state", "ukraine_state", "china_state", "other"},
          "kind": {"agency", "newspaper", "broadcaster", "online", "other"}}),
        ("titles.csv", "title", ["title", "role", "gender", "class", "broader"],
         {"gender": {"m", "f", ""}, "class": {"official", "analyst", "courtesy"}}),
        ("nationalities.csv", "word", ["word", "state"],
         {"state": {"dprk", "russia", "south_korea", "ukraine", "us", "other_state"}}),
        ("descriptions.csv", "phrase", ["phrase", "refers", "target"], {"refers": {"entity", "noun", "role", "dprk_media", "author", "report"}}),
        ("pronouns.csv", "pronoun", ["pronoun", "gender"], {"gender": {"m", "f", "n"}}),
        ("family_name_first.csv", "surname", ["surname"], {}),
        ("name_stops.csv", "word", ["word", "kind"], {"kind": {"body", "media", "place", "calendar", "word"}}),
        # A word may be of two kinds, one row each: "posted on X" says, "the statement, posted by" issues.
        ("cue_verbs.csv", ["word", "kind"], ["word", "lemma", "kind"], {"kind": {"verb", "document", "relay", "issue", "directive", "inverted", "content", "plain"}}),
        ("anaphors.csv", "anaphor", ["anaphor", "refers"], {"refers": {"person", "channel", "speaker", "body", "member", "latter", "former"}}),
        ("stopwords.csv", "word", ["word"], {}),
        ("name_genders.csv", ["ending", "place"], ["ending", "place", "gender", "notes"],
         {"place": {"given", "patronymic", "middle", "family"}, "gender": {"m", "f"}}),
    ],
)
def test_vocabulary_integrity(name, key, columns, vocab):
    t = load_table(name)
    assert list(t.columns) == columns
    assert not t.duplicated(key).any(), t[t.duplicated(key)]
    word = t[key[0] if isinstance(key, list) else key]
    assert (word == word.str.lower()).all() and (word == word.str.strip()).all()
    for col, allowed in vocab.items():
        assert set(t[col]) <= allowed


def test_every_broader_role_of_a_title_is_a_role_some_title_gives():
    t = load_table("titles.csv")
    broader = {r for cell in t["broader"] for r in cell.split("|") if r}
    assert broader and broader <= set(t["role"])


def test_an_outlet_known_only_as_a_source_is_no_alias_of_running_text():
    assert not set(load_table("source_outlets.csv").alias) & set(load_table("channels.csv").alias)


def test_each_speaker_has_one_affiliation_and_kind():
    t = load_table("speakers.csv")
    assert (t.groupby("speaker")[["affiliation", "kind"]].nunique() == 1).all().all()


def test_every_dprk_channel_is_a_dprk_speaker():
    channels = load_table("channels.csv")
    for ch in channels.loc[channels["state"] == "dprk_state", "channel"]:
        assert speaker_affiliation(ch) == "dprk_state"


# --- news-agency style articles, written for these tests --------------------------

WIRE_STORY = """North Korean leader Kim Jong Un vowed to “invariably” support Russia's war in Ukraine as he met with Russian Security Council Secretary Sergei Shoigu in Pyongyang, state media said Thursday.

Kim told Shoigu that North Korea will “invariably support” Russia's efforts to defend its sovereignty, the Korean Central News Agency said.

“The DPRK is always ready to cooperate,” Kim said, according to KCNA. He added that the two countries' alliance “is becoming stronger.”

Shoigu said Moscow was grateful. “We will never forget the feat of Korean soldiers,” he said, according to Russia's TASS news agency.

South Korea's spy agency said about 2,000 North Korean soldiers had been killed. “The number could be higher,” an NIS official told reporters."""

MINISTRY_STORY = """North Korea's foreign ministry on Monday slammed the United States for its drills with the South, calling them a “reckless provocation,” according to the Korean Central News Agency (KCNA).

“We will take all necessary measures,” a ministry spokesperson said. The statement also warned of “catastrophic consequences.”"""


@pytest.mark.parametrize(
    "story, expected",
    [
        (WIRE_STORY, [
            # "state media", unnamed, are the DPRK's.
            ("invariably", "Kim Jong Un", "vowed", "DPRK state media", "sentence"),
            ("invariably support", "Kim Jong Un", "told", "KCNA", "sentence"),
            ("The DPRK is always ready to cooperate", "Kim Jong Un", "said", "KCNA", "sentence"),
            ("is becoming stronger", "Kim Jong Un", "added", "KCNA", "paragraph"),
            ("We will never forget the feat of Korean soldiers", "Sergei Shoigu", "said", "TASS", "sentence"),
            ("The number could be higher", "National Intelligence Service", "told", None, None),
        ]),
        (MINISTRY_STORY, [
            ("reckless provocation", "DPRK Foreign Ministry", "calling", "KCNA", "sentence"),
            # An unnamed spokesperson speaks for the ministry; the lead names KCNA for the DPRK's words.
            ("We will take all necessary measures", "DPRK Foreign Ministry", "said", "KCNA", "article"),
            ("catastrophic consequences", "DPRK Foreign Ministry", "warned", "KCNA", "article"),
        ]),
    ],
    ids=["wire-story", "ministry-statement"],
)
def test_news_agency_style_stories(story, expected):
    df = _quotes_of(_article(story))
    got = [
        (r.text, r.speaker, r.cue, r.channel if isinstance(r.channel, str) else None, r.channel_basis if isinstance(r.channel_basis, str) else None)
        for r in df.itertuples()
    ]
    assert got == expected


# --- any text at all ------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["Kim", "said", "he", "added", "KCNA", "according to", "the", "alliance", "“", "”", '"', "‘", "’", "'", ",", ".", ":", "\n\n", " ", "Pyongyang’s", "Zelensky", "told"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_any_text_gives_quotes_inside_the_text(pieces):
    text = " ".join(pieces).strip() or "x"
    df = _quotes_of(_article(text))
    assert ((df["start"] >= 0) & (df["start"] < df["end"]) & (df["end"] <= len(text))).all()
    assert (df["n_words"] >= 0).all() and df["quote_id"].is_unique
    for q in df.itertuples():
        if "\n" not in text[q.start:q.end] and " … " not in q.text:  # one part: the text is the span
            assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_quotes_survive_a_round_trip_through_the_frame_store(seed_quotes, tmp_path, fmt):
    from dossier.extractors.pipeline import write_frames

    path = write_frames({"quotes": seed_quotes}, tmp_path, fmt)["quotes"]
    back = pd.read_parquet(path) if fmt == "parquet" else pd.read_csv(path, keep_default_na=False, na_values=[""])
    pd.testing.assert_frame_equal(schema.conform(back, "quotes"), seed_quotes)


def test_no_articles_or_no_quotes_give_an_empty_frame_of_the_schema():
    empty = _quotes_of(_article("Kim met Putin. Nothing was quoted."))
    pd.testing.assert_frame_equal(empty, schema.empty("quotes"))
    none = quotes(schema.empty("sentences"), _article("x").iloc[:0])
    pd.testing.assert_frame_equal(none, schema.empty("quotes"))


@pytest.mark.parametrize(
    "text",
    ["", "x", " Kim said, ", "Pyongyang’s — “KCNA” (Oct. 7)", "Élysée über_all İstanbul KİM", "a\U0001D400b c 😀d", "x\ud800y\tz"],
)
def test_words_listed_for_the_searches_are_the_runs_of_word_characters(text):
    import re

    from dossier.extractors.mentions.word_index import list_words

    starts, lower, marks = list_words(text)
    words = list(re.finditer(r"\w+", text))
    assert starts.tolist() == [m.start() for m in words]
    assert [w for w, m in zip(lower, words) if m.group().isascii()] == [m.group().lower() for m in words if m.group().isascii()]
    assert (marks != 0).tolist() == [m.group() != m.group().lower() or not m.group().isascii() for m in words]
    assert (marks >= 2).tolist() == [not m.group().isascii() for m in words]


# --- issue 18: who said it, and through whom (sentences written for these tests) ----


def _said(text: str, source=None) -> list[tuple]:
    df = _quotes_of(_article(text, source))
    return [
        (r.text, r.speaker, r.channel if isinstance(r.channel, str) else None,
         r.channel_basis if isinstance(r.channel_basis, str) else None, bool(r.via_kcna), bool(r.via_dprk_state_media))
        for r in df.itertuples()
    ]


def test_a_titled_official_the_vocabularies_lack_speaks_under_the_name_without_the_title():
    got = _said("Deputy Foreign Minister Ryu Myong-chol said the drills were “a rehearsal for invasion.”")
    assert got[0][1] == "Ryu Myong-chol"


def test_an_analyst_in_apposition_is_named_by_the_later_family_name():
    got = _said("Seo Ji-hoon, a senior research fellow at a Seoul institute, doubted the figure.\n\n"
                "“The number looks inflated,” Seo said.")
    assert got[0][1] == "Seo Ji-hoon"


@pytest.mark.parametrize("later", ["Rep. Han said", "MP Han said", "Han said", "the lawmaker said"])
def test_later_mentions_of_a_lawmaker_are_the_lawmaker(later):
    text = f"Rep. Han Jae-sik of the ruling party briefed reporters after the session.\n\n“The deployment will grow,” {later}."
    assert _said(text)[0][1] == "Han Jae-sik"


def test_ms_kim_is_the_woman_of_the_family_the_article_names():
    text = ("Kim Yo Jong, the sister of Kim Jong Un, released a statement on Tuesday.\n\n"
            "“Seoul will pay dearly,” Ms Kim said.")
    assert _said(text)[0][1] == "Kim Yo Jong"


@pytest.mark.parametrize("title, role", [
    ("Vice Foreign Minister", "the minister"), ("Ambassador", "the ambassador"), ("Governor", "the governor"),
])
def test_a_role_stands_for_the_last_person_given_it(title, role):
    text = (f"{title} Kang Sun-nam arrived in Moscow on Monday and met Lim Jae-won, a researcher.\n\n"
            f"“Our friendship is unbreakable,” {role} said.")
    assert _said(text)[0][1] == "Kang Sun-nam"


@pytest.mark.parametrize("description, name", [
    ("the North Korean leader", "Kim Jong Un"), ("the Kremlin spokesman", "Dmitry Peskov"),
    ("the Russian president", "Vladimir Putin"), ("Kim's powerful sister", "Kim Yo Jong"),
])
def test_descriptions_are_their_person(description, name):
    assert _said(f"“We will not be moved,” {description} said on Friday.")[0][1] == name


def test_a_pronoun_is_the_last_person_of_its_gender_across_paragraphs():
    text = ("Choe Son Hui met Sergei Lavrov in Moscow on Friday.\n\n"
            "The talks lasted three hours.\n\n“We stand with our comrades,” she said.")
    assert _said(text)[0][1] == "Choe Son Hui"


def test_a_pronoun_prefers_the_subject_over_the_object():
    text = "The army chief, Valery Gerasimov, briefed Vladimir Putin on the fighting. He said the unit showed “great courage.”"
    assert _said(text)[0][1] == "Valery Gerasimov"


@pytest.mark.parametrize("text,speaker", [
    ("Kim Yo Jong, the younger sister of North Korean leader Kim Jong Un, hit out at Seoul on Friday, "
     "calling its drills “a rehearsal for invasion.”", "Kim Yo Jong"),
    ("Sergei Shoigu, an ally of Russian President Vladimir Putin, arrived in Wonsan on Tuesday, "
     "praising the “unbreakable” friendship.", "Sergei Shoigu"),
])
def test_a_participle_takes_the_subject_not_a_name_inside_its_apposition(text, speaker):
    assert _said(text)[0][1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # What he did, in the medium's words:
    ("State media reported that Kim Jong Un had inspected a line of “strike drones” at a plant.", "DPRK state media"),
    # What he said, reported by the medium:
    ("State media reported that Kim Jong Un praised the “heroic” engineers at a plant.", "Kim Jong Un"),
    ("State media reported that Kim Jong Un ordered that output be “sharply raised” at a plant.", "Kim Jong Un"),
])
def test_a_medium_reporting_what_someone_did_speaks_itself(text, speaker):
    assert _said(text)[0][1] == speaker


def test_the_medium_someone_told_is_the_channel_never_the_speaker():
    got = _said("“We were not told where they went,” a mother of two told Radio Free Asia.", source="Reuters")
    speaker, channel, basis = got[0][1:4]
    assert pd.isna(speaker) and (channel, basis) == ("Radio Free Asia", "sentence")


def test_a_dprk_newspaper_beyond_the_rodong_sinmun_is_state_media():
    got = _said("The alliance is “a shield of peace,” Minju Joson wrote on Sunday.", source="Reuters")
    assert got[0][1:3] == ("Minju Joson", "Minju Joson") and got[0][5]


def test_the_outlet_is_never_the_channel_of_what_it_prints():
    got = _said("“It is a dangerous bargain,” said Yang Ji-won, a professor in Seoul.", source="Reuters")
    assert got[0][2] is None


def test_an_unnamed_source_speaks_and_the_outlet_they_told_is_no_channel():
    text = ("“Parents may not hold funerals,” a source in South Pyongan province told Daily NK.\n\n"
            "“They get a certificate and a flag,” the source added.")
    got = _said(text, source="Daily NK")
    assert [g[1] for g in got] == ["anonymous source in South Pyongan province"] * 2
    assert [g[2] for g in got] == [None, None]


def test_the_outlet_is_not_inherited_from_a_sentence_that_names_it():
    text = ("Oleh Marchenko, a drone commander, told the Kyiv Independent that the assaults “come in waves.”\n\n"
            "“They do not stop for their wounded,” Marchenko added.")
    assert [g[2] for g in _said(text, source="Kyiv Independent")] == [None, None]
    # Elsewhere the same words do reach us through the Kyiv Independent.
    assert [g[2] for g in _said(text, source="Reuters")] == ["The Kyiv Independent"] * 2


def test_a_state_outlet_carries_its_own_states_words():
    got = _said("“Our troops did their duty with honour,” Kim Jong Un said at the ceremony.", source="KCNA")
    assert got[0][1:4] == ("Kim Jong Un", "KCNA", "article") and got[0][4] and got[0][5]


def test_a_state_outlet_does_not_carry_another_states_words():
    got = _said("“The alliance is a threat,” Ukrainian President Volodymyr Zelensky said.", source="TASS")
    assert got[0][2] is None


def test_a_lead_naming_kcna_comes_before_a_later_mention_of_state_media():
    text = ("Kim Jong Un toured a shell factory and said output must double, the Korean Central News Agency "
            "reported on Friday.\n\n"
            "“Every shell made here is a shell fired at the enemy,” Kim said.\n\n"
            "In a letter to what state media calls the “heroic units,” Kim told the troops they were not alone.")
    got = _said(text)
    assert got[0][1:4] == ("Kim Jong Un", "KCNA", "article")


def test_a_lead_naming_kcna_covers_later_quotes_of_dprk_officials_only():
    text = ("North Korea's defence ministry condemned the drills, the Korean Central News Agency (KCNA) reported on Sunday.\n\n"
            "“The enemy is playing with fire,” Kim Jong Un said.\n\n"
            "“It is a routine exercise,” said Seoul's defence ministry spokesman Jeon Ha-kyu.")
    got = _said(text)
    assert got[0][1:4] == ("Kim Jong Un", "KCNA", "article")
    assert got[1][2] is None


def test_a_lead_stops_covering_once_another_channel_is_named_for_the_speaker():
    text = ("Kim Jong Un inspected a factory, KCNA reported.\n\n"
            "Kim told TASS in an interview that the plant would “work for victory.”\n\n"
            "“We will never retreat,” Kim added.")
    got = _said(text)
    assert got[0][2] == "TASS" and got[1][2] == "TASS"


@pytest.mark.parametrize("sentence, channel", [
    ("Kim Yo Jong said in a statement carried by state media that the leaflets were “filth.”", "DPRK state media"),
    ("Kim Yo Jong said in a statement released through KCNA that the leaflets were “filth.”", "KCNA"),
    ("The North's official media said Kim Yo Jong called the leaflets “filth.”", "DPRK state media"),
    ("Pyongyang's state-run outlets quoted Kim Yo Jong as calling the leaflets “filth.”", "DPRK state media"),
])
def test_statements_carried_by_dprk_media(sentence, channel):
    got = _said(sentence)
    assert got[0][1:3] == ("Kim Yo Jong", channel) and got[0][5]
    assert got[0][4] == (channel == "KCNA")


@pytest.mark.parametrize("sentence", [
    "KCNA quoted her as saying that the leaflets were “filth.”",
    "The agency cited her as saying that the leaflets were “filth.”",
])
def test_a_medium_quoting_someone_gives_the_speaker_and_the_channel(sentence):
    text = "Kim Yo Jong issued a statement on Sunday, the Korean Central News Agency said.\n\n" + sentence
    got = _said(text)
    assert got[-1][1:3] == ("Kim Yo Jong", "KCNA")


def test_a_quote_followed_by_kcna_said_is_the_subjects_with_kcna_as_channel():
    got = _said("Kim Jong Un praised the soldiers' “boundless loyalty” at the ceremony, KCNA said.")
    assert got[0][1:3] == ("Kim Jong Un", "KCNA")


def test_first_person_words_a_medium_reports_are_its_subjects():
    text = "Kim Jong Un spoke at the ceremony.\n\n“We fought for justice,” KCNA said."
    assert _said(text)[0][1] == "Kim Jong Un"


def test_a_russian_agency_relaying_kcna_gives_kcna():
    text = ("PYONGYANG, June 19. /TASS/. Kim Jong Un called the treaty “an alliance for the ages,” "
            "the Korean Central News Agency reported.")
    got = _said(text, source="TASS")
    assert got[0][1:3] == ("Kim Jong Un", "KCNA")


def test_a_dprk_official_interviewed_by_tass_is_channelled_by_tass():
    text = "Pyongyang's ambassador in Moscow, Sin Hong Chol, told TASS that the two armies were “brothers in arms.”"
    got = _said(text, source="RIA Novosti")
    assert got[0][1:3] == ("Sin Hong Chol", "TASS") and not got[0][5]


def test_speakers_outside_the_dprk_never_inherit_a_dprk_channel_beyond_their_paragraph():
    text = ("Kim Jong Un received the delegation, KCNA reported.\n\n"
            "“This cooperation violates sanctions,” said Hong Min, a researcher at a Seoul institute.")
    got = _said(text)
    assert got[0][1] == "Hong Min" and got[0][2] is None and not got[0][5]


def test_an_unnamed_official_speaks_for_the_body():
    text = "“We are watching closely,” a senior official at the presidential office told reporters."
    assert _said(text)[0][1] == "South Korean presidential office"


def test_words_a_lawmaker_passes_on_citing_the_agency_are_the_agencys():
    text = "Rep. Yoo Dong-soo, citing the National Intelligence Service, told reporters the unit had “heavy losses.”"
    assert _said(text)[0][1] == "National Intelligence Service"


def test_a_possessor_whose_speech_carries_the_words_speaks():
    assert _said("Kim Jong Un's speeches dwell on “martyrdom” and sacrifice.")[0][1] == "Kim Jong Un"


def test_a_participle_right_after_an_attribution_borrows_its_subject():
    text = ("Choe Son Hui met the delegation.\n\nThe talks ran late into the night in Pyongyang, the ministry said, "
            "adding that ties were “at a historic high.”")
    got = _said("The DPRK Foreign Ministry issued a note. " + text)
    assert got[0][1] == "DPRK Foreign Ministry"


# --- a body named without its state ---------------------------------------------


@pytest.mark.parametrize(
    "lead, source, speaker",
    [
        ("SEOUL, March 3 (Reuters) -- Officials met on Monday. ", "Reuters", "South Korean Ministry of National Defense"),
        ("Officials met on Monday. ", "The Korea Herald", "South Korean Ministry of National Defense"),
        ("MOSCOW, March 3 (AP) -- Officials met on Monday. ", "AP", "Russian Ministry of Defence"),
        ("Moscow (AFP) - Officials met on Monday. ", "AFP", "Russian Ministry of Defence"),
        ("Officials met on Monday. ", "TASS", "Russian Ministry of Defence"),
    ],
)
def test_a_ministry_named_without_its_state_is_that_of_the_state_the_article_is_written_from(lead, source, speaker):
    text = lead + "“No decision has been made on observers,” the defence ministry said in a text message."
    assert _said(text, source=source)[0][1] == speaker


def test_a_ministry_named_without_its_state_is_the_one_named_before_with_its_state():
    text = ("SEOUL, March 3 (Yonhap) -- North Korea's foreign ministry denounced the drills on Monday. "
            "The foreign ministry called them “a rehearsal for invasion.”")
    assert _said(text, source="Yonhap")[0][1] == "DPRK Foreign Ministry"


def test_a_ministry_of_an_article_that_tells_no_state_keeps_its_words():
    text = "Officials met on Monday. “We are reviewing every option,” the Defense Ministry said."
    assert _said(text, source="Reuters")[0][1] == "Defense Ministry"
    # "Seoul, meanwhile," opens a sentence: no dateline. (In a paragraph of its own: the sentence right before the
    # ministry's, in its paragraph, opening with Seoul would tell its state, see test_home_ministries.)
    text = "Seoul, meanwhile, said it would watch closely.\n\n“We are reviewing every option,” the Defense Ministry said."
    assert _said(text, source="Reuters")[0][1] == "Defense Ministry"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab_1’'- ,.“”\n\u00a0ＫßİŉΣ")), max_size=40))
def test_quote_key_is_the_words_found_by_its_pattern(text):
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    assert quote_key(text) == " ".join(re.findall(r"\w+(?:'\w+)*", folded))


def test_a_resident_named_by_her_surname_only_speaks_later_under_it_not_the_leader_of_that_name():
    got = _said("Kim Jong Un praised the fallen soldiers, KCNA said.\n\n"
                "A woman in Hyesan who gave only her surname, Kim, said the families got rice. "
                "“That was all they got,” Kim said.\n\n"
                "A border guard identified only as Jang added that few spoke of it. “Everybody knows,” he said.")
    assert [(g[1], g[2]) for g in got] == [("Kim", None), ("Jang", None)]


@pytest.mark.parametrize("source, text, speaker", [
    ("TASS", "“The enemy has been routed,” Chief of the General Staff Valery Gerasimov said at a briefing.", "Valery Gerasimov"),
    ("RIA Novosti", "Chief of the General Staff Valery Gerasimov told officers that the front was “stable.”", "Valery Gerasimov"),
])
def test_a_title_naming_a_body_before_a_persons_name_leaves_the_words_to_the_person(source, text, speaker):
    assert _said(text, source)[0][1] == speaker


def test_the_agency_with_no_medium_named_is_the_body_named_an_agency():
    got = _said("Ukraine's military intelligence agency said the two men were being questioned in Kyiv.\n\n"
                "“Both are in stable condition,” the agency said on Monday.")
    assert got[0][1] == "Ukrainian military intelligence (HUR)" and got[0][2] is None


def test_the_agency_after_a_news_agency_is_still_the_medium():
    got = _said("Ukraine's military intelligence agency said the men were questioned, the Korean Central News Agency "
                "reported. “The puppets lie,” the agency said.")
    assert got[0][1] == "KCNA"


@pytest.mark.parametrize("text, speaker", [
    ("Russia's foreign ministry declined to comment on the report. A spokeswoman said only that Moscow was "
     "“studying the claims.”", "Russian Foreign Ministry"),
    ("South Korea's unification ministry welcomed the talks, and an official said they were “a useful first step.”",
     "South Korean Ministry of Unification"),
])
def test_an_unnamed_spokesperson_speaks_for_the_body_just_named(text, speaker):
    assert _said(text)[0][1] == speaker


def test_an_unnamed_spokesperson_in_a_new_paragraph_is_no_bodys_by_the_paragraph_before():
    got = _said("Russia's foreign ministry declined to comment.\n\nA spokeswoman said the ship was “on a routine visit.”")
    assert got[0][1] != "Russian Foreign Ministry"


def test_a_state_outlet_named_as_its_site_writes_it_carries_its_own_states_words():
    text = "“Our ties have never been stronger,” Foreign Minister Sergei Lavrov told reporters in Moscow."
    assert _said(text, source="TASS Russian News Agency")[0][2:4] == ("TASS", "article")
    # The site's words do not make another outlet a state medium.
    assert _said(text, source="Kyodo News")[0][2] is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The North’s state television referred to the campaign as “a holy struggle.”", "DPRK state media"),
        ("Seoul characterised the launch as “a grave provocation.”", "South Korean government"),
        ("Moscow has characterized the drills as “a threat to the region.”", "Russian government"),
    ],
)
def test_referring_to_or_characterising_something_as_words_quotes_them(text, speaker):
    assert _said(text, source="AFP")[0][1] == speaker
