"""dossier.estimates: the seed figures, every numeric form, hedge, category and attribution pattern."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import dossier
from dossier import schema
from dossier.extractors.figures.estimates import estimates
from dossier.vocab import load_table
from estimate_readings import one, run

NAN = math.nan


def _same(a, b) -> bool:
    if isinstance(b, float) and math.isnan(b):
        return pd.isna(a)
    if b is None:
        return pd.isna(a)
    return a == b


@pytest.fixture(scope="module")
def seed_estimates(seed_sentences, seed_articles, seed_ids):
    df = estimates(seed_sentences, seed_articles)
    by_id = {v: k for k, v in seed_ids.items()}
    return df.assign(seed=df["article_id"].map(by_id))


# --- the seeds -------------------------------------------------------------

SEEDS = [
    # seed, quantity_text, low, high, hedge, category, item, claimant
    ("000", "an estimated 10,000", 10000, 10000, "approximate", "troops", None, None),
    ("001", "approximately 13,000", 13000, 13000, "approximate", "troops", None, "National Intelligence Service"),
    ("002", "some 14,000", 14000, 14000, "approximate", "troops", None, "unattributed reports"),
    ("003", "more than 10,000", 10000, NAN, "lower_bound", "troops", None, "unattributed reports"),
    ("004", "around 15,000", 15000, 15000, "approximate", "troops", None, "National Intelligence Service"),
    ("002", "more than 4,000", 4000, NAN, "lower_bound", "casualties", None, "South Korean government"),
    ("001", "over 10 million", 10_000_000, NAN, "lower_bound", "artillery_shells", None, "National Intelligence Service"),
    ("002", "at least 148", 148, NAN, "lower_bound", "missiles", "KN-23, KN-24",
     "Ukrainian and South Korean intelligence"),
    ("002", "64", 64, 64, "exact", "shipments", None, None),
    ("002", "up to 70%", NAN, 70, "upper_bound", "share_percent", None, None),
    ("002", "12", 12, 12, "exact", "strike_casualties", None, "The Guardian"),
]


@pytest.mark.parametrize("seed, quantity, low, high, hedge, category, item, claimant", SEEDS)
def test_seed_figure(seed_estimates, seed, quantity, low, high, hedge, category, item, claimant):
    rows = seed_estimates[(seed_estimates["seed"] == seed) & (seed_estimates["quantity_text"] == quantity)]
    assert len(rows) == 1, seed_estimates[["seed", "quantity_text"]]
    r = rows.iloc[0]
    assert _same(r["low"], float(low)) and _same(r["high"], float(high))
    assert (r["hedge"], r["category"]) == (hedge, category)
    assert _same(r["item"], item) and _same(r["claimant"], claimant)


def test_seed_millions_of_shells_are_vague_lower_bounds(seed_estimates):
    rows = seed_estimates[(seed_estimates["seed"] == "002") & (seed_estimates["quantity_text"] == "millions")]
    assert len(rows) == 2
    assert (rows["category"] == "artillery_shells").all() and (rows["hedge"] == "vague").all()
    assert (rows["low"] == 2e6).all() and rows["high"].isna().all()  # a plural allows two of its unit


def test_seed_casualties_say_killed_or_wounded(seed_estimates):
    r = seed_estimates[seed_estimates["category"] == "casualties"]
    assert r["subtype"].tolist() == ["killed_or_wounded"]
    assert r["claimant_text"].tolist() == ["South Korean estimates"]


def test_seeds_hold_exactly_these_figures(seed_estimates):
    # The analyst's list plus the vague "thousands of North Korean soldiers" (002) it leaves out.
    listed = sorted(q for _, q, *_ in SEEDS) + ["millions", "millions", "thousands"]
    assert sorted(seed_estimates["quantity_text"]) == sorted(listed)


@pytest.mark.parametrize("text", ["2012", "2023", "2024", "80", "Article 3", "3", "one"])
def test_seed_non_estimates_do_not_come_out(seed_estimates, text):
    words = seed_estimates["quantity_text"].str.split().explode()
    assert text not in set(words) and text not in set(seed_estimates["quantity_text"])


def test_seed_warhead_specification_is_not_an_estimate(seed_estimates):
    assert not seed_estimates["quantity_text"].str.contains("ton|one", regex=True).any()


def test_seed_strike_deaths_kept_apart_from_north_korean_losses(seed_estimates):
    strike = seed_estimates[seed_estimates["category"] == "strike_casualties"]
    assert strike["quantity_text"].tolist() == ["12"]
    assert "12" not in seed_estimates.loc[seed_estimates["category"] == "casualties", "quantity_text"].tolist()


def test_offsets_point_at_the_quantity_and_dates_come_from_articles(seed_estimates, seed_articles):
    text = seed_articles.set_index("article_id")["text"]
    pub = seed_articles.set_index("article_id")["published"]
    for r in seed_estimates.itertuples():
        assert text[r.article_id][r.start : r.end] == r.quantity_text
        assert r.published == pub[r.article_id]


def test_frame_matches_the_schema(seed_estimates):
    out = seed_estimates.drop(columns="seed")
    pd.testing.assert_frame_equal(out, schema.conform(out, "estimates"))
    assert list(out.columns) == schema.columns("estimates")


def test_article_by_article(seed_sentences, seed_articles, seed_estimates):
    ids = seed_articles["article_id"].iloc[[1, 3]].tolist()
    part = estimates(seed_sentences[seed_sentences["article_id"].isin(ids)], seed_articles[seed_articles["article_id"].isin(ids)])
    whole = seed_estimates[seed_estimates["article_id"].isin(ids)].drop(columns="seed").reset_index(drop=True)
    pd.testing.assert_frame_equal(part, whole)


def test_inputs_are_not_changed(seed_sentences, seed_articles):
    s, a = seed_sentences.copy(), seed_articles.copy()
    estimates(seed_sentences, seed_articles)
    pd.testing.assert_frame_equal(s, seed_sentences)
    pd.testing.assert_frame_equal(a, seed_articles)


def test_no_sentences_give_an_empty_schema_frame():
    out = estimates(schema.empty("sentences"), schema.empty("articles"))
    assert out.empty and list(out.columns) == schema.columns("estimates")


# --- numeric forms ---------------------------------------------------------

FORMS = [
    # sentence, quantity_text, low, high, hedge, category
    ("Pyongyang sent 10,000 troops to Russia.", "10,000", 10000, 10000, "exact", "troops"),
    ("Pyongyang sent 13 000 troops to Russia.", "13 000", 13000, 13000, "exact", "troops"),
    ("It supplied 10 million shells last year.", "10 million", 1e7, 1e7, "exact", "artillery_shells"),
    ("It supplied 1.5 million shells last year.", "1.5 million", 1.5e6, 1.5e6, "exact", "artillery_shells"),
    ("Pyongyang sent ten thousand soldiers.", "ten thousand", 10000, 10000, "exact", "troops"),
    ("The convoy carried a dozen howitzers.", "a dozen", 12, 12, "exact", "artillery_systems"),
    ("Twenty-five soldiers were captured.", "Twenty-five", 25, 25, "exact", "casualties"),
    ("Thousands of North Korean soldiers fought in Kursk.", "Thousands", 2000, NAN, "vague", "troops"),
    ("Pyongyang shipped millions of artillery shells.", "millions", 2e6, NAN, "vague", "artillery_shells"),
    ("Tens of thousands of troops may follow.", "Tens of thousands", 20000, NAN, "vague", "troops"),
    ("Moscow received hundreds of thousands of rounds.", "hundreds of thousands", 200000, NAN, "vague", "artillery_shells"),
    ("Pyongyang sent 10,000 to 12,000 troops.", "10,000 to 12,000", 10000, 12000, "range", "troops"),
    ("Pyongyang sent 10,000–12,000 troops.", "10,000–12,000", 10000, 12000, "range", "troops"),
    ("Pyongyang sent between 10,000 and 12,000 troops.", "between 10,000 and 12,000", 10000, 12000, "range", "troops"),
    ("It shipped 10 to 12 million shells.", "10 to 12 million", 1e7, 1.2e7, "range", "artillery_shells"),
    ("They make up 70 percent of the shells Russia fires.", "70 percent", 70, 70, "exact", "share_percent"),
    ("They make up 60 per cent of the shells Russia fires.", "60 per cent", 60, 60, "exact", "share_percent"),
    ("North Korea supplied half of all the shells Russia fired.", "half", 50, 50, "approximate", "share_percent"),
    ("North Korea sent 500,000 122-millimetre shells.", "500,000", 500000, 500000, "exact", "artillery_shells"),
    ("North Korea sent 500,000 152mm shells.", "500,000", 500000, 500000, "exact", "artillery_shells"),
    ("A 12,000-strong contingent arrived in Kursk.", "12,000-strong", 12000, 12000, "exact", "troops"),
    ("Pyongyang sent 10,000 or more troops.", "10,000 or more", 10000, NAN, "lower_bound", "troops"),
]


@pytest.mark.parametrize("text, quantity, low, high, hedge, category", FORMS)
def test_numeric_form(text, quantity, low, high, hedge, category):
    r = one(text, quantity)
    assert _same(r["low"], float(low)) and _same(r["high"], float(high))
    assert (r["hedge"], r["category"]) == (hedge, category)


def test_elided_noun_continues_the_previous_figure():
    df = run("North Korea has sent 11,000 troops to Kursk. It plans to send another 3,000 in the spring.")
    assert df["quantity_text"].tolist() == ["11,000", "3,000"]
    assert df["category"].tolist() == ["troops", "troops"]


def test_rate_of_an_earlier_count_keeps_its_category():
    df = run("Pyongyang has shipped 12 million shells to Russia. Its factories can make around 3 million a year.")
    assert df["quantity_text"].tolist() == ["12 million", "around 3 million"]
    assert df["category"].tolist() == ["artillery_shells", "artillery_shells"]
    assert df["hedge"].tolist() == ["exact", "approximate"]


def test_a_lone_number_without_a_noun_or_earlier_figure_is_dropped():
    assert run("It plans to send another 3,000 in the spring.").empty


def test_calibre_is_never_a_count():
    df = run("North Korea sent 500,000 122-millimetre shells and 20 170mm guns.")
    assert df["quantity_text"].tolist() == ["500,000", "20"]
    assert 122 not in df["low"].tolist() and 170 not in df["low"].tolist()


@pytest.mark.parametrize(
    "text, item, category",
    [
        ("Russia fired 40 KN-23 missiles at Ukraine.", "KN-23", "missiles"),
        ("Russia fired 20 Hwasong-11 missiles at Ukraine.", "Hwasong-11", "missiles"),
        ("North Korea sent 120 M-1991 launchers.", "M-1991", "artillery_systems"),
        ("Ukraine counted 148 KN-23s.", "KN-23", "missiles"),
        ("Russia received 50 KN-23 and KN-24 missiles.", "KN-23, KN-24", "missiles"),
    ],
)
def test_weapon_designators_are_items_never_numbers(text, item, category):
    df = run(text)
    assert len(df) == 1, df
    assert df.iloc[0]["item"] == item and df.iloc[0]["category"] == category
    assert df.iloc[0]["low"] not in (23, 11, 1991, 24)


# --- hedges ----------------------------------------------------------------

HEDGES = [
    ("about", "approximate"), ("around", "approximate"), ("some", "approximate"), ("approximately", "approximate"),
    ("an estimated", "approximate"), ("roughly", "approximate"),
    ("more than", "lower_bound"), ("over", "lower_bound"), ("at least", "lower_bound"), ("upwards of", "lower_bound"),
    ("up to", "upper_bound"), ("as many as", "upper_bound"), ("fewer than", "upper_bound"),
]


@pytest.mark.parametrize("hedge_words, hedge", HEDGES)
def test_hedge_sets_the_bounds(hedge_words, hedge):
    r = one(f"Pyongyang sent {hedge_words} 12,000 soldiers to Russia.", f"{hedge_words} 12,000")
    assert r["hedge"] == hedge
    expected = {"approximate": (12000, 12000), "lower_bound": (12000, NAN), "upper_bound": (NAN, 12000)}[hedge]
    assert _same(r["low"], float(expected[0])) and _same(r["high"], float(expected[1]))


# --- categories ------------------------------------------------------------

CATEGORIES = [
    ("Pyongyang has delivered 36 MRLs since spring.", "artillery_systems", "mlrs"),
    ("Imagery showed 400 freight cars at the Tumangang yard.", "shipments", "railcars"),
    ("Pyongyang sent 1,000 military engineers to Kursk.", "troops", "engineers"),
    ("Pyongyang will send 5,000 construction workers to Kursk.", "troops", "construction_workers"),
    ("Pyongyang sent 1,000 deminers to Kursk.", "troops", "deminers"),
    ("Pyongyang sent 3,000 special forces to Kursk.", "troops", "special_forces"),
    ("Pyongyang sent 3,000 military personnel to Kursk.", "troops", None),
    ("Ukraine says 300 North Korean soldiers have been killed.", "casualties", "killed"),
    ("Ukraine says 2,700 North Korean soldiers were wounded.", "casualties", "wounded"),
    ("Ukrainian forces have captured two North Korean soldiers.", "casualties", "captured"),
    ("Some 4,700 North Korean casualties have been reported.", "casualties", "killed_or_wounded"),
    ("Fighting left 4,000 killed or wounded among the North Korean units.", "casualties", "killed_or_wounded"),
    ("North Korea shipped 9 million rounds of ammunition.", "artillery_shells", None),
    ("North Korea supplied 100 ballistic missiles.", "missiles", "ballistic"),
    ("North Korea supplied 200 rockets and 50 rocket launchers.", "rockets", None),
    ("North Korea sent 120 rocket launchers.", "artillery_systems", "mlrs"),
    ("Pyongyang handed over about 40 of the launchers.", "artillery_systems", "launchers"),
    ("North Korea sent 200 howitzers.", "artillery_systems", "howitzers"),
    ("North Korea sent 100 self-propelled guns.", "artillery_systems", "self_propelled_guns"),
    ("North Korea sent 200 multiple-launch rocket systems.", "artillery_systems", "mlrs"),
    ("North Korea sent 13,000 containers of munitions.", "shipments", "containers"),
    ("Satellite images showed 40 trains crossing the border.", "shipments", "trains"),
    ("North Korea also sent 50 tanks.", "other", "tanks"),
]


@pytest.mark.parametrize("text, category, subtype", CATEGORIES)
def test_category_and_subtype(text, category, subtype):
    r = run(text).iloc[0]
    assert r["category"] == category and _same(r["subtype"], subtype)


def test_strike_deaths_in_a_city_are_apart_from_forces_losses():
    df = run(
        "A North Korean missile strike on Kharkiv killed 9 people.",
        "Ukrainian drone strikes have killed 300 North Korean soldiers.",
    )
    assert df["category"].tolist() == ["strike_casualties", "casualties"]


# --- not estimates ---------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed in 2024 and ratified in 2025.",
        "Kim and Putin spoke on August 13 about 2 issues.",
        "The parade marked the 80th anniversary of the war.",
        "It was his first anniversary and third trip.",
        "Article 3 of the treaty calls for mutual defence.",
        "It was a KN-23 missile with a warhead of up to one ton.",
        "The missile has a range of 700 kilometres.",
        "A 20-year-old soldier was captured at 10:30.",
        "The soldiers were aged 19 to 25 years.",
        "The talks lasted 3 hours.",
        "Russia pays $2,000 a month.",
        # the second term of a ratio counts no one
        "Each North Korean platoon had one interpreter for every 40 soldiers.",
        "The army fields a gun per 200 troops.",
        # the people a report spoke to are its sources, no force
        "Reuters spoke to five North Korean soldiers held in Ukraine's prisons.",
        "The study draws on interviews with 25 Russian officers.",
        "Three of the five Russian soldiers the BBC interviewed were later wounded.",
        # a count of attacks, strikes or raids counts them, not the weapon that modifies them
        "Odesa came under at least 9 drone attacks last week.",
        "The port has suffered 14 missile strikes since May.",
        # a vague count word is a whole word, never the start of another
        "Tensions over the troops grew.",
        "Hundredsfold more shells were fired.",
        # the pattern's case folding takes "ſ" for "s"; no number word is spelt so
        "About ſix soldiers died.",
    ],
)
def test_not_estimates(text):
    assert run(text).empty, run(text)[["quantity_text", "category"]]


# --- attribution -----------------------------------------------------------

ATTRIBUTION = [
    # paragraphs, claimant, claimant_text
    (["According to the NIS, Pyongyang sent 11,000 troops."], "National Intelligence Service", "the NIS"),
    (["Pyongyang sent 11,000 troops, the National Intelligence Service said."], "National Intelligence Service", "the National Intelligence Service"),
    (["Seoul’s spy agency estimated that Pyongyang sent 11,000 troops."], "National Intelligence Service", "Seoul’s spy agency"),
    (["South Korean intelligence says Pyongyang sent 11,000 troops."], "National Intelligence Service", "South Korean intelligence"),
    (["Citing Ukrainian military intelligence, the paper put the figure at 11,000 troops."], "Ukrainian military intelligence (HUR)", "Ukrainian military intelligence"),
    (["Ukraine’s military intelligence reported 11,000 troops in Kursk."], "Ukrainian military intelligence (HUR)", "Ukraine’s military intelligence"),
    (["The Kremlin said 11,000 troops took part."], "Kremlin", "The Kremlin"),
    (["According to KCNA, 11,000 troops took part."], "KCNA", "KCNA"),
    (["The New York Times reported that 11,000 troops took part."], "The New York Times", "The New York Times"),
    (["Pyongyang sent 11,000 troops, per the NIS."], "National Intelligence Service", "the NIS"),
    # Any whitespace parts a cue's words.
    (["According  to the NIS, Pyongyang sent 11,000 troops."], "National Intelligence Service", "the NIS"),
    (["Pyongyang sent 11,000 troops, as estimated\nby the NIS."], "National Intelligence Service", "the NIS"),
    (["By Seoul’s estimate, 11,000 troops took part."], "South Korean government", "Seoul’s estimate"),
    (["According to multiple reports, 11,000 troops took part."], "unattributed reports", "multiple reports"),
    (["The Institute for the Study of War said 11,000 troops took part."], "Institute for the Study of War (ISW)", "The Institute for the Study of War"),
    (["A Western intelligence assessment estimated that 11,000 troops took part."], "Western intelligence", "A Western intelligence assessment"),
    (["According to experts, 11,000 troops took part."], "experts", "experts"),
    (["Pyongyang sent 11,000 troops to Kursk."], None, None),
    (["The NIS briefed lawmakers on Tuesday.", "It said 11,000 troops had been sent."], "National Intelligence Service", "The NIS"),
    (["According to KCNA, Kim spoke at length.", "Pyongyang sent 11,000 troops."], None, None),
    # "the agency" ends a longer subject here: not a pronoun pointing back (to Kyiv, which no agency could be).
    (["According to Kyiv, Kim spoke.", "Lawmakers briefed by the agency said 11,000 troops took part."], "agency", "the agency"),
]


@pytest.mark.parametrize("paragraphs, claimant, claimant_text", ATTRIBUTION)
def test_attribution(paragraphs, claimant, claimant_text):
    df = run(" ".join(paragraphs))
    assert len(df) == 1, df
    assert _same(df.iloc[0]["claimant"], claimant) and _same(df.iloc[0]["claimant_text"], claimant_text)


def test_nearest_attribution_wins_when_a_sentence_has_two():
    df = run(
        "According to Kyiv, Russia lost 1,000 men, while 3,000 soldiers, according to the NIS, were wounded."
    )
    assert df["claimant"].tolist() == ["Ukrainian government", "National Intelligence Service"]


# --- data files ------------------------------------------------------------

def _keyed(name, key):
    t = load_table(name)
    assert not t[key].duplicated().any(), t[t[key].duplicated(keep=False)]
    assert (t[key] == t[key].str.lower()).all()
    return t


def test_category_vocabulary_names_known_categories():
    t = _keyed("estimate_categories.csv", "term")
    assert set(t["category"]) <= set(schema.CATEGORY.categories) | {"persons"}


def test_weapons_vocabulary_names_known_categories():
    t = _keyed("weapons.csv", "alias")
    assert set(t["category"]) <= set(schema.CATEGORY.categories)


def test_hedges_name_known_hedges():
    t = load_table("hedges.csv")
    assert not t.duplicated(["phrase", "position"]).any()
    assert (t["phrase"] == t["phrase"].str.lower()).all()
    assert set(t["hedge"]) <= set(schema.HEDGE.categories) and set(t["position"]) == {"before", "after"}


def test_claimant_aliases_are_unique_and_lower_case():
    t = _keyed("claimants.csv", "alias")
    assert "'" not in "".join(t["alias"]).replace("'", "") and "’" not in "".join(t["alias"])
    assert t["claimant"].str.len().gt(0).all()


def test_number_words_and_cues():
    w = _keyed("number_words.csv", "word")
    assert set(w["kind"]) == {"unit", "teen", "tens", "scale", "vague", "few", "fraction", "abbreviation"}
    assert pd.to_numeric(w["value"]).gt(0).all()
    c = load_table("estimate_cues.csv")
    assert not c.duplicated(["term", "role"]).any() and (c["term"] == c["term"].str.lower()).all()
    roles = {"label", "month", "unit", "age", "aged", "strike", "casualty", "another", "elided_before", "compared", "rate_base", "whole_determiner", "apposed", "rate", "link", "stop", "aux", "reporting", "anaphor", "attribution", "claim_noun", "adverb", "increment", "deployment", "deploying", "total", "share", "coordinator", "elided", "raising", "passive", "partitive", "reference", "subset", "facility", "particle", "vague_link", "change", "formation", "deploy_bridge", "modifier", "comparative", "role_noun", "fighting", "interview", "ratio", "capacity", "distributive", "members", "thing_loss", "unit_size", "sum", "piece", "free_whole", "bereavement", "per_unit", "span_unit", "ordinal_part", "part_quantifier", "populace", "share_verb", "posthumous", "strength", "series_start", "series_next", "derived", "equipment_unit", "aside_person", "group_part", "speaker_verb", "series", "cost", "materiel", "as_role", "same_count", "multiplier", "apposition", "generic_noun", "loss_subject", "described", "captor", "restating", "revising", "tally_modifier", "share_anaphor", "small_group", "lost_group",
             "need", "need_modifier", "side_loss", "held_where", "arms_describer", "group_size", "grouped_people", "round_few", "kept_ready", "launch", "aboard", "rank", "sanction", "sizing", "size_pronoun", "object_relative", "likeness", "strike_count", "firing", "own_plural", "memorial", "example_one", "other_one", "reaching", "rate_not_share", "war_story", "relative_subject", "inferring", "aside_opener", "new_occasion", "aside_joiner", "chain_pronoun", "war_place", "alone_count", "vague_rate", "dropped", "attacked_words", "added_to", "age_of", "multiple_of", "complement_of",
             "war_place_end", "lost_unit_words", "loss_part"}
    assert set(c["role"]) == roles
    assert set(c.loc[c["role"] == "increment", "value"]) == {"before", "after", "both"}
    assert set(c.loc[c["role"] == "deployment", "value"]) == {"order", "group"}
    assert set(c.loc[c["role"] == "inferring", "value"]) == {"any", "figures"}  # read by claim_inference


# --- nouns found elsewhere than right after the number ----------------------

ELSEWHERE = [
    # text, quantity_text, category, subtype
    ("The NIS said 2,000 were killed.", "2,000", "casualties", "killed"),
    ("Some 4,700 were killed or wounded, the JCS said.", "Some 4,700", "casualties", "killed_or_wounded"),
    ("North Korea's losses stand at 4,000.", "4,000", "casualties", "killed_or_wounded"),
    ("Pyongyang deployed a contingent of 12,000 to Kursk.", "12,000", "troops", None),
    ("The attack on Kyiv killed 12 people and injured 90 others.", "90", "strike_casualties", "wounded"),
    ("Ukraine says its forces have killed 3,000 since January.", "3,000", "casualties", "killed"),
    ("A North Korean missile hit Kyiv, leaving 12 dead.", "12", "strike_casualties", "killed"),
    # one formation "of" a number: the men in it
    ("Ukrainian drones struck a North Korean regiment of about 900 near Sudzha.", "about 900", "troops", None),
    ("The North Korean regiment numbered roughly 1,800 when it reached Kursk.", "roughly 1,800", "troops", None),
    # a peak is the earlier value of the count before it
    ("Some 8,000 soldiers remain in Kursk, down from a peak of nearly 14,000 in February.", "nearly 14,000", "troops", None),
]


@pytest.mark.parametrize("text, quantity, category, subtype", ELSEWHERE)
def test_noun_found_after_a_verb_or_before_the_number(text, quantity, category, subtype):
    r = one(text, quantity)
    assert r["category"] == category and _same(r["subtype"], subtype)


def test_more_after_a_number_continues_the_earlier_count():
    df = run("North Korea has sent about 11,000 troops to Russia, and about 3,000 more will follow.")
    assert df["quantity_text"].tolist() == ["about 11,000", "about 3,000"]
    assert df["category"].tolist() == ["troops", "troops"]
    assert df["subtype"].isna().tolist() == [True, False] and df["subtype"].iloc[1] == "reinforcements"


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("North Korea has sent about 2,000 more troops to Kursk, officials said.", "about 2,000", "reinforcements"),
        ("Pyongyang dispatched an additional 3,000 soldiers in January.", "3,000", "reinforcements"),
        ("Another 1,500 troops arrived in the Kursk region.", "1,500", "reinforcements"),
        ("A further 6,000 troops, including military engineers, could follow by the end of 2025.", "6,000", "reinforcements"),
        ("It sent 2,000 fresh troops and now has 12,000 troops in Russia.", "2,000", "reinforcements"),
        # Not additions: a total, a lower bound, and engineers keeping their own subtype.
        ("It sent 2,000 fresh troops and now has 12,000 troops in Russia.", "12,000", None),
        ("North Korea now has more than 11,000 troops in Russia.", "more than 11,000", None),
        ("Pyongyang sent 1,000 more military engineers to Kursk.", "1,000", "engineers"),
    ],
)
def test_additions_to_a_deployment_are_reinforcements(text, quantity, subtype):
    df = run(text)
    r = df[df["quantity_text"] == quantity].iloc[0]
    assert r["category"] == "troops" and _same(r["subtype"], subtype)


def test_troop_chart_leaves_reinforcements_out_and_says_so(seed_estimates):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from dossier.plots import estimates as est_plots

    more = seed_estimates[seed_estimates["category"] == "troops"].iloc[:1].assign(subtype="reinforcements", low=500.0, high=500.0)
    _, plain = plt.subplots()
    _, with_more = plt.subplots()
    est_plots.troop_estimates(seed_estimates, ax=plain)
    est_plots.troop_estimates(pd.concat([seed_estimates, more], ignore_index=True), ax=with_more)
    assert len(with_more.lines) == len(plain.lines)
    assert any("1 reinforcement figure(s)" in t.get_text() for t in with_more.texts + with_more.figure.texts)
    plt.close("all")


def test_a_bare_number_with_a_people_noun_but_no_loss_is_not_an_estimate():
    assert run("Some 300 people attended the ceremony in Pyongyang.").empty


# --- charts ----------------------------------------------------------------

@pytest.mark.parametrize(
    "chart, args, title",
    [
        ("troop_estimates", (), "Troops: estimates"),
        ("munitions", (), "Munitions"),
        ("claimants_compared", ("troops",), "Troops: who"),
    ],
)
def test_charts_draw_the_seed_figures_and_say_when_empty(seed_estimates, chart, args, title):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from dossier.plots import estimates as est_plots

    draw = getattr(est_plots, chart)
    fig, ax = plt.subplots()
    assert draw(seed_estimates, *args, ax=ax) is ax
    assert ax.get_title().startswith(title) and "(count" in ax.get_xlabel() + ax.get_ylabel()
    # Each figure is one marker, or one range bar (with its two caps); markers are drawn a kind and colour at a time.
    markers = sum(len(line.get_xdata()) for line in ax.lines if line.get_marker() not in ("_", "|"))
    bars = sum(len(c.get_segments()) for c in ax.collections)
    shown = {
        "troop_estimates": (seed_estimates["category"] == "troops") & seed_estimates["published"].notna() & seed_estimates["subtype"].ne("reinforcements").fillna(True),
        "munitions": seed_estimates["category"].isin(est_plots.MUNITIONS),
        "claimants_compared": seed_estimates["category"] == "troops",
    }[chart]
    assert markers + bars == shown.sum() >= 5
    _, empty = plt.subplots()
    draw(seed_estimates.iloc[0:0], *args, ax=empty)
    assert any(t.get_text().startswith("No ") for t in empty.texts)
    plt.close("all")


def test_contested_categories_have_several_claimants(seed_estimates):
    from dossier.plots.estimates import contested

    assert contested(seed_estimates) == ["troops", "artillery_shells"]


def test_trace_table_puts_each_figure_beside_its_sentence(seed_estimates, seed_sentences, seed_articles):
    from dossier.extractors.figures.estimate_views import trace_table

    t = trace_table(seed_estimates.drop(columns="seed"), seed_sentences, seed_articles)
    assert len(t) == len(seed_estimates)
    assert all(f in s for f, s in zip(t["figure"], t["sentence"]))
    assert (t["claimant"] == "(the article itself)").sum() == seed_estimates["claimant"].isna().sum()


def test_trace_table_limit_keeps_the_latest_figures_and_looks_up_only_their_sentences(seed_estimates, seed_sentences, seed_articles):
    from dossier.extractors.figures.estimate_views import trace_table

    est = seed_estimates.drop(columns="seed")
    asked = []

    def lookup(rows):
        asked.append(len(rows))
        return seed_sentences.merge(rows[["article_id", "sentence"]].drop_duplicates())

    t = trace_table(est, lookup, seed_articles, limit=4)
    latest = est.sort_values("published").tail(4)
    assert len(t) == 4 and asked == [4]
    assert sorted(t["figure"]) == sorted(latest["quantity_text"])
    assert t["published"].is_monotonic_increasing
    assert all(f in s for f, s in zip(t["figure"], t["sentence"]))
    assert len(trace_table(est, lookup, seed_articles, limit=100)) == len(est)


@pytest.mark.parametrize("categories, n", [("", 14), ("troops", 6), ("troops, casualties", 7)])
def test_select_categories(seed_estimates, categories, n):
    from dossier.extractors.figures.estimate_views import select_categories

    assert len(select_categories(seed_estimates, categories)) == n


def test_select_categories_rejects_unknown_names(seed_estimates):
    from dossier import ParameterError
    from dossier.extractors.figures.estimate_views import select_categories

    with pytest.raises(ParameterError, match="shells.*choose from troops"):
        select_categories(seed_estimates, "shells")


# --- the fast paths find what the plain scans find ------------------------------


def _tricky_texts(n: int = 3000, exotic: bool = True) -> list[str]:
    import random

    from dossier.text.numbers import hedge_phrases, number_words

    parts = [w for kind in number_words().values() for w in kind] + list(hedge_phrases()["before"]) + list(hedge_phrases()["after"])
    parts += ["between", "and", "to", "a", "an", "few", "several", "of", "per cent", "%", "-", "–", "+", "-plus", "-strong",
              "12", "1,000", "3.5", "2024", "10 000", "(", ",", ".", "KN-23", "troops", "Tensions", "someone", "ONE", "Ten",
              ":5", "$5", "x5", "’", "“", "122mm", "killed", "the NIS", "it said", "\n"]
    if exotic:  # letters that match an ASCII letter only when case is ignored
        parts += ["ſix", "thİrd", "\u212aN", "ın"]
    rng = random.Random(7)
    return ["".join(rng.choice(parts) + rng.choice([" ", " ", "", "  ", "-", ","]) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def test_quantities_are_found_where_the_full_pattern_finds_them(seed_sentences):
    from dossier.text.numbers import quantity_matches, quantity_pattern

    def found(matches):
        # Plain text is matched lower-cased: the same spans, and groups that differ only in case.
        return [(m.span(), {k: v and v.lower() for k, v in m.groupdict().items()}) for m in matches]

    for text in [*seed_sentences["text"], *_tricky_texts()]:
        assert found(quantity_matches(text)) == found(quantity_pattern().finditer(text)), text


def test_tokens_either_side_of_a_figure_are_those_of_the_cut_text(seed_sentences):
    from dossier.extractors.figures.estimate_tokens import TOKEN, Ahead, Behind, tokenize

    for text in [*seed_sentences["text"], *_tricky_texts(1000, exotic=False), "122 mm " * 30 + "5", "x" * 200 + " 5"]:
        words = [(m.lastgroup, m.group(), m.group().lower()) for m in TOKEN.finditer(text)]
        assert tokenize(text) == [(kind, w, low, low.replace("’", "'")) for kind, w, low in words]
        for cut in range(0, len(text) + 1, 3):
            before, after = tokenize(text[:cut]), tokenize(text[cut:])
            assert Behind(text, cut)[-7:-1] == before[-7:-1]
            assert Behind(text, cut)[-2:] == before[-2:]
            assert list(reversed(Behind(text, cut))) == before[::-1]
            assert bool(Behind(text, cut)) == bool(before) and list(Behind(text, cut)) == before
            assert Ahead(text, cut)[:2] == after[:2] and list(Ahead(text, cut)) == after
            assert list(Ahead(text, cut)[3:][1:]) == after[4:] and len(Ahead(text, cut)[2:]) == len(after[2:])
            assert bool(Ahead(text, cut)[5:]) == bool(after[5:])


def test_attributions_on_lowered_text_are_those_on_the_text(seed_sentences):
    import random

    from dossier.extractors.claims.claim_nouns import noun_attributions, owned_attributions
    from dossier.extractors.claims.claim_cues import cue_attributions
    from dossier.extractors.claims.estimate_claimants import verb_attributions
    from dossier.text.numbers import cues
    from dossier.text.plain_text import lowered

    words = [*cues("attribution"), *cues("reporting"), *cues("anaphor"), *cues("adverb"), *cues("claim_noun")]
    words += ["the NIS", "Seoul", "per cent", "per The", "per the", "PER Kyiv", "and", "but", ",", ".", "10,000", "troops", "Ukraine's"]
    words += ["that", "claims", "reports by", "from"]
    rng = random.Random(3)
    texts = [" ".join(rng.choice([w, w.upper(), w.title()]) for w in rng.choices(words, k=rng.randint(1, 12))) for _ in range(3000)]
    for text in [*seed_sentences["text"], *texts]:
        low = lowered(text)
        if low is None:
            continue
        assert cue_attributions(text, low) == cue_attributions(text, None), text
        assert noun_attributions(text, low, []) == noun_attributions(text, None, []), text
        assert owned_attributions(text, low, []) == owned_attributions(text, None, []), text
        assert verb_attributions(text, low, []) == verb_attributions(text, None, []), text


def test_adverbs_before_a_verb_are_read_as_the_pattern_reads_them():
    import random

    from dossier.extractors.claims.claimant_phrases import adverbs_start, trailing_adverbs
    from dossier.text.numbers import cues

    words = [*cues("adverb"), "the", "NIS", "know", "phas", "also,", "(has", "x"]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", "\u00a0", "", "-"]) for _ in range(rng.randint(0, 6))).lower()
        assert adverbs_start(text, len(text)) == len(trailing_adverbs().sub("", text)), text


def test_previous_word_is_what_the_anchored_pattern_finds():
    import random
    import re

    from dossier.text.numbers import previous_word

    anchored = re.compile(r"([^\W\d_][\w.]*)\s*$")
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice("ab Z9_.,-\n\u00a0é٣ ’x\u2003") for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        m = anchored.search(text[:start])
        assert previous_word(text, start) == (m.group(1) if m else ""), (text, start)


@pytest.mark.parametrize("storage", ["pyarrow", "python"])
def test_texts_left_out_before_reading_hold_no_quantity(seed_sentences, storage):
    from dossier.text.numbers import quantity_matches
    from dossier.extractors.figures.quantity_screen import may_hold_quantities

    texts = pd.Series([*seed_sentences["text"], *_tricky_texts(), "Ten", "no numbers here", "ſix"], dtype=pd.StringDtype(storage))
    may = may_hold_quantities(texts)
    assert not may.all()
    for text, kept in zip(texts, may):
        assert kept or not list(quantity_matches(text)), text


def test_one_word_terms_are_what_trying_each_form_gives():
    from dossier.extractors.figures.estimate_nouns import counted_terms, forms, one_word_terms

    terms = counted_terms()
    words = {k[0] + end for k in terms for end in ("", "s", "es", "ss", "x")} | {"", "s", "es", "buses", "the"}
    for word in words:
        form = next((f for f in forms(word) if (f,) in terms), None)
        assert one_word_terms().get(word) == (None if form is None else (1, *terms[(form,)])), word


# --- losses phrased with a troop noun: the predicate decides ----------------

LOSSES = [
    # text, quantity_text, low, high, hedge, category, subtype
    ("Around 3,500 North Korean soldiers have been killed since the autumn.", "Around 3,500", 3500, 3500, "approximate", "casualties", "killed"),
    ("Officials said that 800 troops were now believed to have been wounded.", "800", 800, 800, "exact", "casualties", "wounded"),
    ("The death toll among the deployed units now stands at 450.", "450", 450, 450, "exact", "casualties", "killed"),
    ("The number of casualties has reached 5,200, the ministry said.", "5,200", 5200, 5200, "exact", "casualties", "killed_or_wounded"),
    ("About 250 are believed to have died in the first week.", "About 250", 250, 250, "approximate", "casualties", "killed"),
    ("The brigade lost well over 2,000 killed or wounded.", "well over 2,000", 2000, NAN, "lower_bound", "casualties", "killed_or_wounded"),
    ("Casualties among the contingent now exceed 4,000.", "exceed 4,000", 4000, NAN, "lower_bound", "casualties", "killed_or_wounded"),
    ("Kim laid flowers before the portraits of 48 fallen soldiers.", "48", 48, 48, "exact", "casualties", "killed"),
    ("State television showed the graves of the 12 martyrs.", "12", 12, 12, "exact", "casualties", "killed"),
    ("Seven engineers were killed clearing mines near Sudzha.", "Seven", 7, 7, "exact", "casualties", "killed"),
    ("Four officers were among those killed in the strike on the command post.", "Four", 4, 4, "exact", "casualties", "killed"),
    ("Some 1,300 of the soldiers Pyongyang sent to the front had been killed.", "Some 1,300", 1300, 1300, "approximate", "casualties", "killed"),
]


@pytest.mark.parametrize("text, quantity, low, high, hedge, category, subtype", LOSSES)
def test_losses_are_read_from_the_predicate(text, quantity, low, high, hedge, category, subtype):
    r = one(text, quantity)
    assert (r["category"], r["hedge"]) == (category, hedge) and _same(r["subtype"], subtype)
    assert _same(r["low"], float(low)) and _same(r["high"], float(high))


def test_a_part_taken_from_a_force_is_the_loss_and_the_force_stays_troops():
    df = run("Analysts say more than 900 of the roughly 9,000 men deployed had been killed or wounded.")
    part, whole = df.iloc[0], df.iloc[1]
    assert (part["quantity_text"], part["category"], part["subtype"]) == ("more than 900", "casualties", "killed_or_wounded")
    assert (whole["quantity_text"], whole["category"]) == ("roughly 9,000", "troops")
    df = run("Seoul said 350 had been killed and some 2,900 wounded out of about 11,000 sent to Russia.")
    assert df["category"].tolist() == ["casualties", "casualties", "troops"]


def test_a_part_taken_from_a_countrys_people_sent_is_the_loss_and_they_stay_troops():
    # "North Koreans" count a country's people, troops once sent: the part is the loss, the whole the force.
    df = run("Kyiv says up to 3,500 of the 12,000 North Koreans sent to Kursk have been killed or wounded.")
    assert df[["quantity_text", "category"]].values.tolist() == [["up to 3,500", "casualties"], ["12,000", "troops"]]


def test_a_part_of_a_force_whose_noun_is_left_out():
    # "of the 9,000" without "men": the part is still the loss, the whole still the force.
    df = run("Washington believes about 1,200 of the 9,000 have been killed or wounded so far.")
    assert df[["quantity_text", "category"]].values.tolist() == [["about 1,200", "casualties"], ["9,000", "troops"]]


# --- hedges ------------------------------------------------------------------

MORE_HEDGES = [
    # words before 8,000, hedge
    ("nearly", "upper_bound"), ("almost", "upper_bound"), ("well over", "lower_bound"), ("as many as", "upper_bound"),
    ("some", "approximate"), ("roughly", "approximate"), ("in excess of", "lower_bound"),
]


@pytest.mark.parametrize("hedge_words, hedge", MORE_HEDGES)
def test_more_hedges(hedge_words, hedge):
    r = one(f"Moscow received {hedge_words} 8,000 rocket launchers and shells.", f"{hedge_words} 8,000")
    expected = {"approximate": (8000, 8000), "lower_bound": (8000, NAN), "upper_bound": (NAN, 8000)}[hedge]
    assert r["hedge"] == hedge and _same(r["low"], float(expected[0])) and _same(r["high"], float(expected[1]))


def test_a_verb_that_passes_a_figure_is_a_lower_bound():
    r = one("The number of shells sent to Russia has exceeded 2 million.", "exceeded 2 million")
    assert (r["hedge"], r["low"], r["category"]) == ("lower_bound", 2e6, "artillery_shells") and pd.isna(r["high"])


def test_one_hedge_covers_the_figures_joined_to_it():
    df = run("Kyiv said about 400 North Korean soldiers were killed and 1,900 wounded.")
    assert df["hedge"].tolist() == ["approximate", "approximate"]
    assert df["low"].tolist() == [400, 1900] and df["high"].tolist() == [400, 1900]
    df = run("Some 700 of them were killed, with another 3,300 wounded.")
    assert df["quantity_text"].tolist() == ["3,300"]  # a pronoun with nothing to stand for is no figure
    df = run("Pyongyang sent about 12,000 troops.", "Some 700 of them were killed, with another 3,300 wounded.")
    assert df["hedge"].tolist() == ["approximate", "approximate", "approximate"]
    assert df["subtype"].tolist()[1:] == ["killed", "wounded"]


def test_a_hedge_does_not_reach_a_figure_in_another_clause():
    df = run("About 400 soldiers were killed, the ministry said; 1,900 soldiers were wounded.")
    assert df["hedge"].tolist() == ["approximate", "exact"]
    df = run("At least 300 soldiers died, and officials said 1,900 soldiers were wounded.")
    assert df["hedge"].tolist() == ["lower_bound", "exact"]


def test_a_bound_before_another_hedge_is_not_the_figures():
    r = one("Pyongyang has handed over at least 40 howitzers.", "at least 40")
    assert (r["hedge"], r["low"], r["category"]) == ("lower_bound", 40, "artillery_systems")


# --- elided and distant nouns -------------------------------------------------


def test_a_figure_written_large_as_a_subject_counts_the_noun_before():
    df = run("The NIS said about 3,000 troops had left in October.", "By the end of the year, 1,200 had arrived in Kursk.")
    assert df["quantity_text"].tolist() == ["about 3,000", "1,200"] and df["category"].tolist() == ["troops", "troops"]


def test_a_figure_with_an_adverb_before_its_deploying_verb_continues_the_count_but_not_its_addition():
    df = run("Moscow received 2,500 more North Korean troops in March, joining the 9,000 already stationed near Kursk.")
    assert df["quantity_text"].tolist() == ["2,500", "9,000"] and df["category"].tolist() == ["troops", "troops"]
    assert df["subtype"].tolist()[0] == "reinforcements" and pd.isna(df["subtype"].tolist()[1])


def test_another_reaches_a_figure_two_sentences_back():
    df = run(
        "Seoul said Pyongyang had begun moving 1,500 troops to Russia.",
        "The agency briefed lawmakers on Wednesday.",
        "It said another 1,500 had followed, bringing the total to about 3,000.",
    )
    assert df["quantity_text"].tolist() == ["1,500", "1,500", "about 3,000"]
    assert df["category"].tolist() == ["troops"] * 3
    assert df["subtype"].tolist()[1] == "reinforcements"


def test_a_pronoun_stands_for_the_noun_of_the_sentence_before():
    df = run("Russia has fired North Korean KN-24 missiles at Kharkiv.", "Ukraine says as many as 40 of them hit homes.")
    r = df.iloc[0]
    assert (r["quantity_text"], r["category"], r["hedge"], r["high"]) == ("as many as 40", "missiles", "upper_bound", 40)


def test_a_pronoun_does_not_stand_for_a_noun_of_its_own_clause():
    df = run("Engineers found KN-23 missiles in the debris.", "Russian forces have launched dozens of them since May.")
    assert df["category"].tolist() == ["missiles"] and df["low"].tolist() == [24]


def test_part_of_a_counted_noun_named_after_of():
    df = run("Satellite images showed about 30 of the howitzers near Kursk, and two of them were destroyed.")
    assert df["quantity_text"].tolist()[0] == "about 30" and df["category"].tolist()[0] == "artillery_systems"


def test_a_breakdown_after_a_colon_counts_the_noun_of_its_lead():
    df = run("Seoul says 9,000 troops have gone in all: some 7,000 in the first wave and another 2,000 since.")
    assert df["category"].tolist() == ["troops"] * 3
    assert df["hedge"].tolist() == ["exact", "approximate", "approximate"]


def test_officers_and_generals_are_troops():
    df = run("The force includes 300 officers and two generals.")
    assert df["quantity_text"].tolist() == ["300", "two"] and df["category"].tolist() == ["troops", "troops"]


# --- shares, rates and ranges -------------------------------------------------

SHARES = [
    # text, quantity_text, value, hedge
    ("North Korea now supplies about half of the rounds Russia fires.", "about half", 50, "approximate"),
    ("Budanov repeated the one-half figure on Tuesday.", "one-half", 50, "approximate"),
    ("Casualties passed 3,000, two-thirds of them killed.", "two-thirds", 66.7, "approximate"),
    ("He put the share at about 35 percent.", "about 35 percent", 35, "approximate"),
    ("Roughly 60 percent of the artillery rounds Russia fires come from Pyongyang.", "Roughly 60 percent", 60, "approximate"),
]


@pytest.mark.parametrize("text, quantity, value, hedge", SHARES)
def test_shares(text, quantity, value, hedge):
    r = one(text, quantity)
    assert (r["category"], r["hedge"], r["low"], r["high"]) == ("share_percent", hedge, value, value)


@pytest.mark.parametrize("text, share, subtype, whole", [
    ("Pyongyang has lost about a third of the 12,000 soldiers it sent.", "about a third", "troops", "12,000"),
    ("Nearly a quarter of its 8,000 shells were duds, a report found.", "Nearly a quarter", "artillery_shells", "8,000"),
    ("Some 30 percent of the 900 engineers have gone home.", "Some 30 percent", "troops", "900"),
])
def test_a_share_of_a_figure_is_a_share_of_what_that_figure_counts(text, share, subtype, whole):
    df = run(text).set_index("quantity_text")
    assert (df.loc[share, "category"], df.loc[share, "subtype"]) == ("share_percent", subtype)
    assert df.loc[whole, "category"] != "share_percent"


def test_a_share_lends_its_noun_to_a_rate_after_it():
    df = run("Pyongyang supplies half of all the shells Russia fires, around 2 million a year.")
    assert df["category"].tolist() == ["share_percent", "artillery_shells"]
    assert df["hedge"].tolist() == ["approximate", "approximate"]


def test_ranges_and_bounds_inside_a_longer_clause():
    df = run("Seoul believes Pyongyang could, by the end of the year, send 8,000 to 9,000 more soldiers and up to 300 howitzers.")
    assert df["quantity_text"].tolist() == ["8,000 to 9,000", "up to 300"]
    assert df["hedge"].tolist() == ["range", "upper_bound"]
    assert df["category"].tolist() == ["troops", "artillery_systems"]


# --- numbers as broadcasters write them -------------------------------------

SPOKEN = [
    ("The NIS says some four-thousand troops have crossed into Russia.", "some four-thousand", 4000, "approximate", "troops"),
    ("Lawmakers said 31-hundred soldiers were wounded.", "31-hundred", 3100, "exact", "casualties"),
    ("Officials said three thousand soldiers had arrived.", "three thousand", 3000, "exact", "troops"),
    ("Ukraine says Pyongyang has sent a million shells.", "a million", 1e6, "exact", "artillery_shells"),
    ("Kyiv says North Korea has handed over “about a million” artillery rounds.", "about a million", 1e6, "approximate", "artillery_shells"),
    ("The Pentagon spoke of “hundreds” of North Koreans killed or wounded.", "hundreds", 200, "vague", "casualties"),
]


@pytest.mark.parametrize("text, quantity, value, hedge, category", SPOKEN)
def test_numbers_as_broadcasters_write_them(text, quantity, value, hedge, category):
    r = one(text, quantity)
    assert (r["low"], r["hedge"], r["category"]) == (value, hedge, category)


VAGUE = [
    ("Several thousand troops arrived in Kursk.", "Several thousand", 3000),
    ("A few thousand troops arrived in Kursk.", "A few thousand", 2000),
    ("Scores of missiles struck Kharkiv.", "Scores", 40),
    ("Dozens of howitzers were seen on the trains.", "Dozens", 24),
]


@pytest.mark.parametrize("text, quantity, low", VAGUE)
def test_vague_counts_allow_the_least_their_words_say(text, quantity, low):
    r = one(text, quantity)
    assert (r["hedge"], r["low"]) == ("vague", low) and pd.isna(r["high"])


# --- what stays out --------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Drone footage showed North Korean Type 63 launchers being destroyed.",
        "One of the prisoners said he had been told he was going to train.",
        "Ties between the two countries' armed forces have grown closer.",
        "The 20-year-old soldier said he had served for three years.",
        "The two leaders marked the 75th anniversary of the 11th Corps in 2025.",
        "It fired 152-millimetre shells at a range of 300 km.",
        "Putin greeted Kim at the airport, and the two men rode in the same limousine.",
        "State television showed the two leaders toasting the treaty.",
        "Talks between the three sides ended without a statement.",
    ],
)
def test_non_estimates_stay_out(text):
    assert run(text).empty, run(text)[["quantity_text", "category"]]


@pytest.mark.parametrize(
    "text, quantity, low",
    [
        ("Two men were killed when the shell hit the depot.", "Two", 2),
        ("Ukraine said the 3 soldiers it captured were wounded.", "3", 3),
        ("The two thousand men sent in December have reached Kursk.", "two thousand", 2000),
    ],
)
def test_a_count_of_people_is_kept_unless_it_points_back_at_people_named(text, quantity, low):
    assert one(text, quantity)["low"] == low


# --- time ------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["123,000, ", "1 000 ", "1\u00a0000 ", "１ ０００ ", "about 600 of them, ", "1 x1 "])
def test_a_long_sentence_of_figures_is_read_in_near_linear_time(unit):
    import time

    def seconds(n: int) -> float:
        text = (unit * (n // len(unit) + 1))[:n] + " troops."
        t0 = time.process_time()  # this process's CPU time: other load on the machine does not count
        run(text)
        return time.process_time() - t0

    seconds(500)  # warm the caches
    small, large = min(seconds(5_000) for _ in range(2)), min(seconds(20_000) for _ in range(2))
    # Four times the text: linear is about 4 times the time, quadratic 16.
    assert large < 9 * small + 0.05, (small, large)


def test_a_loss_after_another_figure_is_that_figures():
    df = run("Pyongyang sent 3,000 troops and 200 were killed in the first week.")
    assert df["category"].tolist() == ["troops", "casualties"]


# --- forms wire copy writes --------------------------------------------------------

@pytest.mark.parametrize(
    "text, quantity, low, high",
    [
        ("Seoul now puts the contingent at 10-12,000 soldiers.", "10-12,000", 10000, 12000),
        ("Officials said 8 to 10,000 more troops could follow.", "8 to 10,000", 8000, 10000),
        ("The force numbers between 15 and 20,000 men.", "between 15 and 20,000", 15000, 20000),
        ("Russia took in 150-200,000 rounds a week.", "150-200,000", 150000, 200000),
    ],
)
def test_thousands_written_once_belong_to_both_ends_of_a_range(text, quantity, low, high):
    r = one(text, quantity)
    assert (r["hedge"], r["low"], r["high"]) == ("range", low, high)


@pytest.mark.parametrize(
    "hedge_words, hedge",
    [
        ("upward of", "lower_bound"), ("just over", "lower_bound"), ("a little over", "lower_bound"),
        ("slightly more than", "lower_bound"), ("a minimum of", "lower_bound"),
        ("just shy of", "upper_bound"), ("slightly fewer than", "upper_bound"), ("well under", "upper_bound"),
    ],
)
def test_hedges_wire_copy_writes(hedge_words, hedge):
    r = one(f"Kyiv said Pyongyang had moved {hedge_words} 6,500 artillery rounds to the front.", f"{hedge_words} 6,500")
    expected = {"lower_bound": (6500, NAN), "upper_bound": (NAN, 6500)}[hedge]
    assert r["hedge"] == hedge and _same(r["low"], float(expected[0])) and _same(r["high"], float(expected[1]))


@pytest.mark.parametrize(
    "text",
    [
        "The prisoners, aged 21 and 27, were captured near Sudzha.",
        "The men, aged 22, 24 and 30, were wounded in the fighting.",
        "The conscripts, aged 19 or 20, died in the shelling.",
    ],
)
def test_ages_after_aged_are_no_figures(text):
    assert run(text).empty, run(text)[["quantity_text", "category"]]


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Pyongyang has sent some 600 military instructors to Primorye.", "some 600", "troops", None),
        ("About 2,500 North Korean paratroopers and snipers were moved west.", "About 2,500", "troops", None),
        ("Russia is training 150 drone operators from the KPA.", "150", "troops", None),
        ("The unit included 400 artillerymen.", "400", "troops", None),
        ("Pyongyang called up 4,000 conscripts for the deployment.", "4,000", "troops", None),
        ("Ukrainian units recovered 27 bodies after the assault.", "27", "casualties", "killed"),
        ("Drone video showed the bodies of 12 North Korean soldiers.", "12", "casualties", "killed"),
        ("Some 90 North Korean troops were taken prisoner.", "Some 90", "casualties", "captured"),
        ("The cargo held 40,000 mortar bombs.", "40,000", "artillery_shells", "mortar"),
        ("Pyongyang delivered 2 million artillery projectiles.", "2 million", "artillery_shells", None),
        ("The trains carried 60 rocket artillery systems.", "60", "artillery_systems", "mlrs"),
        ("Russia received 90 pieces of artillery from the North.", "90", "artillery_systems", None),
        ("Satellite photos showed 1,200 freight cars at Tumangang.", "1,200", "shipments", "railcars"),
    ],
)
def test_nouns_coverage_counts_with(text, quantity, category, subtype):
    r = one(text, quantity)
    assert (r["category"], r["subtype"] if isinstance(r["subtype"], str) else None) == (category, subtype)


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Kyiv says roughly 40% of Russia's artillery rounds are now North Korean.", "roughly 40%", "artillery_shells"),
        ("Pyongyang supplies about half of Moscow's shells, the report said.", "about half", "artillery_shells"),
        ("North Korean rockets make up a quarter of the Russian army's stock of rockets.", "a quarter", "rockets"),
    ],
)
def test_a_share_of_what_a_possessor_owns(text, quantity, subtype):
    r = one(text, quantity)
    assert (r["category"], r["subtype"]) == ("share_percent", subtype)


def test_a_share_of_a_possessor_that_counts_nothing_is_no_figure():
    assert run("About 40% of North Korea's budget goes to the army.").empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("A second contingent of 2,500 North Korean soldiers reached Kursk in February.", "2,500"),
        ("Pyongyang has rotated in a fresh contingent of about 1,800 troops.", "about 1,800"),
        ("Seoul says a third batch of 900 soldiers left Wonsan.", "900"),
        ("Officials expect the next rotation of 4,000 troops in spring.", "4,000"),
    ],
)
def test_a_new_contingent_or_rotation_is_reinforcements(text, quantity):
    r = one(text, quantity)
    assert (r["category"], r["subtype"]) == ("troops", "reinforcements")


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The 3,500-strong unit crossed into Kursk in November.", "3,500-strong"),
        ("Its airborne brigade, some 4,000-strong, followed.", "some 4,000-strong"),
    ],
)
def test_so_many_strong_counts_troops_whatever_noun_follows(text, quantity):
    assert one(text, quantity)["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity, value",
    [
        ("Analysts describe a 9,000–strong expeditionary corps.", "9,000–strong", 9000),
        ("Seoul says the North keeps a 1.2 million–strong army under arms.", "1.2 million–strong", 1_200_000),
        ("A 2,500–man brigade moved south in May.", "2,500–man", 2500),
        # Thousands grouped with a space, as European style writes them: the whole number, never "000-strong".
        ("Kyiv reported a 14 000-strong North Korean grouping near Kursk.", "14 000-strong", 14000),
        ("A 3 000-man contingent followed in winter.", "3 000-man", 3000),
    ],
)
def test_a_force_sized_with_an_en_dash_or_spaced_thousands_counts_troops(text, quantity, value):
    # Typesetters join the size to "strong" or "man" with an en dash as often as with a hyphen.
    r = one(text, quantity)
    assert (r["category"], r["low"], r["high"], r["hedge"]) == ("troops", value, value, "exact")


def test_a_small_group_sized_with_an_en_dash_is_no_force():
    assert run("A 14–member trade delegation flew to Vladivostok.").empty


@pytest.mark.parametrize(
    "text, quantity, low, high",
    [
        ("Seoul thinks 13-14 thousand North Korean soldiers have rotated through Kursk.", "13-14 thousand", 13000, 14000),
        ("Kyiv puts the figure at 5–6 thousand troops.", "5–6 thousand", 5000, 6000),
        ("Analysts say 8 to 9 thousand troops remain near Kursk.", "8 to 9 thousand", 8000, 9000),
        ("Pyongyang may have shipped 4-5 million shells by now.", "4-5 million", 4_000_000, 5_000_000),
        ("Perhaps 7-8 thousand North Korean soldiers were wounded.", "Perhaps 7-8 thousand", 7000, 8000),
        # The scale may be written short, or as groups of digits, on the high end only.
        ("Kyiv counted 13–14k North Korean troops near Kursk.", "13–14k", 13000, 14000),
        ("Seoul says 9-10 000 soldiers were rotated home.", "9-10 000", 9000, 10000),
        # It reaches the low end only as far as that stays below the high one.
        ("Analysts say 700 to 1.1 million shells crossed the border.", "700 to 1.1 million", 700_000, 1_100_000),
        ("Kyiv says 600-1,100 North Korean soldiers were wounded.", "600-1,100", 600, 1100),
        # A low end with a scale of its own keeps it.
        ("Kyiv says 11,000 to 13 thousand troops were sent.", "11,000 to 13 thousand", 11000, 13000),
        ("Kyiv says 1,800 to 2 thousand troops were sent.", "1,800 to 2 thousand", 1800, 2000),
    ],
)
def test_a_range_whose_ends_share_a_scale_word_is_one_figure(text, quantity, low, high):
    # The scale written once after the second end belongs to both ends: "13-14 thousand" is 13,000 to 14,000.
    r = one(text, quantity)
    assert (r["low"], r["high"], r["hedge"]) == (low, high, "range")


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Kyiv says its drones killed or wounded 1,400 North Korean soldiers in January.", "1,400", "killed_or_wounded"),
        ("Losses among the North Korean units number roughly 3,300.", "roughly 3,300", "killed_or_wounded"),
    ],
)
def test_losses_wire_copy_writes(text, quantity, subtype):
    r = one(text, quantity)
    assert (r["category"], r["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Pyongyang has dispatched roughly 12,500 North Koreans to the front.", "roughly 12,500"),
        ("Some 9,000 North Koreans are now stationed near Kursk.", "Some 9,000"),
    ],
)
def test_a_countrys_people_sent_to_war_are_troops(text, quantity):
    assert one(text, quantity)["category"] == "troops"


def test_a_countrys_people_with_no_deploying_verb_are_no_figure():
    assert run("Some 34,000 North Koreans have resettled in the South.").empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The leader decorated 14 soldiers who fell in the overseas operation.", "14"),
        ("State media said 22 servicemen perished in the liberation of Kursk.", "22"),
    ],
)
def test_soldiers_who_fell_or_perished_are_losses(text, quantity):
    r = one(text, quantity)
    assert (r["category"], r["subtype"]) == ("casualties", "killed")


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The number of North Korean soldiers in Kursk is about 9,500.", "about 9,500", "troops"),
        ("The size of the expeditionary force was roughly 13,000.", "roughly 13,000", "troops"),
        ("The brigade is about 6,000 strong.", "about 6,000 strong", "troops"),
        ("North Korean casualties in Kursk now total some 5,200.", "some 5,200", "casualties"),
    ],
)
def test_a_figure_after_a_copula_or_total(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_copula_after_a_noun_that_names_no_figure_links_nothing():
    assert run("The youngest soldier captured near Kursk is 19.").empty


def test_reinforcements_are_troops_added():
    r = one("Seoul says the reinforcements number at least 1,200.", "at least 1,200")
    assert (r["category"], r["subtype"]) == ("troops", "reinforcements")


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The number of North Korean troops in Kursk is now roughly 10,500.", "roughly 10,500", "troops"),
        ("The number of North Korean soldiers killed and wounded is already over 3,400.", "over 3,400", "casualties"),
    ],
)
def test_a_noun_before_its_figure_keeps_the_loss_written_after_it(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Kyiv put the number of North Koreans being trained near Vladivostok at nearly 11,500.", "nearly 11,500", "troops"),
        ("Seoul raised its estimate of North Korean soldiers killed in the fighting in Kursk to about 2,300.", "about 2,300", "casualties"),
        ("The agency revised its count of shells moved by sea and rail to Russia up to some 11 million.", "some 11 million", "artillery_shells"),
    ],
)
def test_a_noun_naming_a_figure_says_what_it_counts_from_afar(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_countrys_people_named_by_a_figure_but_not_sent_are_no_figure():
    assert run("Seoul put the number of North Koreans living in the South at 34,000.").empty


@pytest.mark.parametrize(
    "text, quantity, low, category",
    [
        ("Pyongyang has moved some 12k soldiers to the border region, the monitor said.", "some 12k", 12000, "troops"),
        ("Moscow took delivery of 4.2m artillery rounds over the winter.", "4.2m", 4200000, "artillery_shells"),
        ("The factories turned out roughly 2mn shells last year.", "roughly 2mn", 2000000, "artillery_shells"),
        ("Moscow has received some 6.4 mln artillery rounds, the ministry said.", "some 6.4 mln", 6400000, "artillery_shells"),
    ],
)
def test_a_scale_written_short_and_joined_to_its_digits_is_read(text, quantity, low, category):
    r = one(text, quantity)
    assert (r["low"], r["category"]) == (low, category)


def test_a_calibre_joined_to_its_digits_is_no_short_scale():
    assert run("The crates held 155mm rounds and 122mm rockets.").empty


def test_a_countrys_people_in_a_subset_of_troops_are_troops():
    r = one("Moscow has gathered roughly 45,000 soldiers near the border, including about 9,000 North Koreans.", "about 9,000")
    assert r["category"] == "troops"


def test_a_countrys_people_in_a_subset_of_others_are_no_figure():
    df = run("The shelter took in 260 refugees, including 30 North Koreans.")
    assert "30" not in set(df["quantity_text"])


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Satellite photos show 9,000 ammunition containers stacked at the port.", "9,000", "shipments", "containers"),
        ("Pyongyang has delivered 80 missile launchers this year.", "80", "artillery_systems", "launchers"),
    ],
)
def test_the_last_noun_of_a_compound_is_what_a_figure_counts(text, quantity, category, subtype):
    r = one(text, quantity)
    assert (r["category"], r["subtype"]) == (category, subtype)


def test_a_facility_a_counted_noun_modifies_is_no_figure():
    assert run("The North runs about 25 shell factories and 4 ammunition depots near Pyongyang.").empty


@pytest.mark.parametrize(
    "text, quantity, hedge",
    [
        ("Pyongyang has handed over 64 howitzers to the Russian army.", "64", "exact"),
        ("The North turned over at least 150 rocket launchers in March.", "at least 150", "lower_bound"),
        ("Pyongyang has sent over 150 rocket launchers.", "over 150", "lower_bound"),
    ],
)
def test_a_verbs_particle_is_no_hedge(text, quantity, hedge):
    assert one(text, quantity)["hedge"] == hedge


def test_a_total_after_an_addition_is_the_whole_force():
    df = run("Pyongyang dispatched a further 1,800 soldiers in March, bringing the total to 12,300.")
    got = {r.quantity_text: (r.category, None if pd.isna(r.subtype) else r.subtype) for r in df.itertuples()}
    assert got == {"1,800": ("troops", "reinforcements"), "12,300": ("troops", None)}


def test_a_count_sent_after_a_loss_is_of_troops():
    df = run("Roughly 450 North Korean soldiers died in the spring offensive. A further 1,600 were dispatched in June.")
    r = df[df["quantity_text"] == "1,600"].iloc[0]
    assert (r["category"], r["subtype"]) == ("troops", "reinforcements")


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A count written large after "including" is a part of the count before it, whose noun it shares.
        ("Ukraine says Russia has lost some 900,000 troops since 2022, including 1,230 in the past 24 hours.",
         "1,230", "casualties"),
        ("North Korea has sent about 15,000 soldiers in all, including 3,000 since January.", "3,000", "troops"),
    ],
)
def test_a_large_count_after_including_is_a_part_of_the_count_before(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_small_count_after_including_counts_its_own_noun():
    # "three brigades" counts formations: no figure of people, whatever the count before.
    df = run("The force now numbers 15,000, including three brigades of infantry.")
    assert list(df["quantity_text"]) == ["15,000"]


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Officials in Seoul say about 12,000 soldiers went to Kursk and roughly 1,000 of them have been killed. "
         "The total, which Ukraine's intelligence service puts at 15,000, also counts builders.", "15,000", "troops", None),
        ("Pyongyang sent 9,000 men in the first wave; 400 of those were captured. "
         "Kyiv now puts the total at 13,500.", "13,500", "troops", None),
        # A total after figures that are no parts sums the last of them, as before.
        ("Some 700 North Koreans were killed in March and 900 in April. The tally, which Kyiv puts at 1,600, "
         "is disputed.", "1,600", "casualties", "killed"),
    ],
)
def test_a_bare_total_sums_the_whole_not_the_part_taken_from_it(text, quantity, category, subtype):
    row = one(text, quantity)
    assert (row["category"], None if pd.isna(row["subtype"]) else row["subtype"]) == (category, subtype)


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Kyiv first said about 200 North Koreans had been killed. Its spy chief has since spoken of up to 9,000.",
         "up to 9,000", "casualties", "killed"),
        ("Seoul believes 12,000 soldiers were sent. Ukrainian officials have talked of as many as 16,000.",
         "as many as 16,000", "troops", None),
    ],
)
def test_a_figure_spoken_of_without_its_noun_counts_the_figure_before(text, quantity, category, subtype):
    row = one(text, quantity)
    assert (row["category"], None if pd.isna(row["subtype"]) else row["subtype"]) == (category, subtype)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul believes 12,000 soldiers were sent. The minister has spoken of two options.",
        "Seoul believes 12,000 soldiers were sent. Putin spoke of 1945 as a shared victory.",
    ],
)
def test_a_small_number_or_a_year_spoken_of_is_no_figure(text):
    assert list(run(text)["quantity_text"]) == ["12,000"]


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Kyiv expects Pyongyang to send a third wave of soldiers, possibly as many as 8,000.", "possibly as many as 8,000", "troops"),
        ("Pyongyang has also shipped more artillery shells, some 400,000 since spring.", "some 400,000", "artillery_shells"),
        ("Seoul's spy agency says 12,000 North Korean troops were sent. There are already about 9,000 in Kursk.",
         "about 9,000", "troops"),
    ],
)
def test_a_figure_in_apposition_or_after_there_are_counts_the_noun_before(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "After the parade in Wonsan, 30,000 residents went home.",
        "Kim visited the factory, one of 12 he toured that month.",
    ],
)
def test_a_figure_after_a_comma_with_no_counted_noun_before_is_none(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, hedge, category",
    [
        ("Kyiv said 3,000 North Koreans had been killed or wounded by January. By May the count had passed 5,000.",
         "passed 5,000", "lower_bound", "casualties"),
        ("The North may send more troops, possibly 4,000 engineers, to the front.", "possibly 4,000", "approximate", "troops"),
        ("\"We lost maybe a dozen soldiers a day,\" the officer said.", "maybe a dozen", "approximate", "casualties"),
    ],
)
def test_passed_is_a_lower_bound_and_maybe_an_approximation(text, quantity, hedge, category):
    row = one(text, quantity)
    assert (row["hedge"], row["category"]) == (hedge, category)


@pytest.mark.parametrize(
    "text",
    [
        "The North Korean troops reached 30 villages near the border.",
        "Ukrainian forces pushed the North Korean units out of 12 settlements.",
    ],
)
def test_a_link_verb_does_not_give_its_subject_to_a_figure_with_a_plural_of_its_own(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The trains from the North have slowed to about three a week, the monitors said.", "about three", "shipments"),
        ("Analysts think as many as 25,000 North Koreans could eventually be rotated through the Kursk front.",
         "as many as 25,000", "troops"),
    ],
)
def test_slowed_to_links_a_rate_and_rotated_people_are_troops(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Kyiv says some 16,000 North Koreans have passed through the front since the autumn.", "some 16,000"),
        ("The number of Koreans who passed through the Kursk salient is now above 15,000, the agency said.", "above 15,000"),
    ],
)
def test_people_who_passed_through_a_front_are_troops(text, quantity):
    assert one(text, quantity)["category"] == "troops"


def test_people_of_a_state_at_peace_passing_through_stay_no_figure():
    assert run("About 300 South Koreans passed through the airport on Monday.").empty


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Ammunition trains out of Tumangang have dwindled to about four a month.", "about four", "shipments", "trains"),
        ("Munitions railcars at the Khasan crossing rose to some 30 a day in the spring.", "some 30", "shipments", "railcars"),
        ("Shell shipments through Rajin doubled to 200,000 rounds a month.", "200,000", "artillery_shells", None),
        ("Troop losses in the Kursk salient stood at 3,500, the agency said.", "3,500", "casualties", "killed_or_wounded"),
    ],
)
def test_a_compound_before_a_link_counts_its_last_noun(text, quantity, category, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"] if isinstance(row["subtype"], str) else None) == (category, subtype)


def test_people_at_work_are_no_troops():
    assert run("About 5,000 North Koreans are still working in Russian factories.").empty


def test_a_figure_with_a_plural_of_its_own_does_not_go_on_with_the_count_before():
    df = run("Pyongyang shipped about 3 million shells last year. Moscow paid partly in oil: some 2 million barrels.")
    assert list(df["quantity_text"]) == ["about 3 million"]


def test_an_earlier_value_opening_its_sentence_is_of_the_whole_not_its_part():
    df = run("Pyongyang has sent about 16,000 soldiers to Russia, including about 1,500 sappers, officials said. The "
             "figure was revised up from 12,000 in July.")
    row = df[df["quantity_text"] == "12,000"].iloc[0]
    assert (row["category"], row["subtype"] != row["subtype"]) == ("troops", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Each wagon can carry up to 2,000 rounds of 152mm ammunition.",
        "Every freight car holds about 60 rockets, the report said.",
        "Each of the ships carries between 150 and 250 containers.",
    ],
)
def test_what_each_one_takes_is_a_specification(sentence):
    assert run(sentence).empty


def test_things_a_pronoun_stands_for_do_not_die():
    df = run("North Korea launched 9 cruise missiles last week. Four of them fell into the sea off Hamhung.")
    got = {r.quantity_text: r.category for r in df.itertuples()}
    assert got == {"9": "missiles", "Four": "missiles"}
    people = run("North Korea sent about 1,200 soldiers to the front. About 300 of them fell in the first week.")
    assert people.set_index("quantity_text").loc["About 300", "category"] == "casualties"


def test_a_calibre_may_stand_in_a_rows_label():
    df = run("M1991 240mm multiple rocket launchers: 37 documented so far.")
    assert list(zip(df["quantity_text"], df["category"])) == [("37", "artillery_systems")]


@pytest.mark.parametrize(
    "sentence, first, second",
    [
        ("Kyiv first put the number of North Korean troops at 10,000 in late 2024 and later at 14,000.", "10,000", "14,000"),
        ("The North Korean contingent grew to 11,000 in May and to 13,500 in August.", "11,000", "13,500"),
    ],
)
def test_a_repeated_link_joins_a_second_figure_of_the_same_noun(sentence, first, second):
    df = run(sentence).set_index("quantity_text")
    assert df.loc[first, "category"] == df.loc[second, "category"] == "troops"


def test_a_percentage_of_them_is_a_share_of_what_was_counted_before():
    df = run("Pyongyang shipped some 3 million shells in the spring. About 35 percent of them failed to explode.")
    row = df.set_index("quantity_text").loc["About 35 percent"]
    assert (row["category"], row["subtype"]) == ("share_percent", "artillery_shells")


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A bare count that stays goes on with what the figure before counted.
        ("Pyongyang sent roughly 12,000 soldiers to Russia last autumn. About 8,000 remain in the Kursk region.",
         "About 8,000", "troops"),
        ("North Korea deployed about 11,000 troops in 2024; some 1,500 stayed on as guards at the border.",
         "some 1,500", "troops"),
        ("Russia received about 9,000 shells from North Korea in May. Around 3,000 remain in depots near Bryansk.",
         "Around 3,000", "artillery_shells"),
    ],
)
def test_a_bare_count_that_remains_counts_what_came_before(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_those_left_in_hospital_after_a_loss_are_no_loss():
    assert run("About 700 North Korean soldiers were killed. Some 300 remain in hospital.")["quantity_text"].tolist() == ["About 700"]
