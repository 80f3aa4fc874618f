"""Actors: the actors table, name variants, short forms, and the actors of the seeds."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from dossier import schema
from dossier.extractors.entities import actor_names, entities
from dossier.extractors.name_index import compile_names, find, find_in, name_pattern
from dossier.vocab import load_table


def _fold(name: str) -> str:
    return re.sub(r"[\s\-‐‑]+", " ", name.replace("’", "'"))


def _sentences(*texts: str, aid: str = "a1") -> pd.DataFrame:
    rows, pos = [], 0
    for i, t in enumerate(texts):
        rows.append({"article_id": aid, "paragraph": 0, "sentence": i, "start": pos, "end": pos + len(t), "text": t})
        pos += len(t) + 1
    return schema.conform(pd.DataFrame(rows), "sentences")


def _mentions(*texts: str) -> list[tuple[str, str]]:
    found = entities(_sentences(*texts))
    return list(zip(found["surface"], found["entity"]))


# --- the actors table -------------------------------------------------------


def test_actors_table_has_its_columns_and_known_kinds():
    table = load_table("actors.csv")
    assert list(table.columns) == ["entity", "kind", "aliases", "short"]
    assert set(table["kind"]) <= set(schema.ENTITY_KIND.categories)
    assert table["entity"].is_unique


def test_every_name_belongs_to_one_entity():
    table = load_table("actors.csv")
    owners, names = {}, []
    for entity, aliases, short in zip(table["entity"], table["aliases"], table["short"]):
        for n in filter(None, [entity, *aliases.split("|"), *short.split("|")]):
            owners.setdefault(_fold(n).lower(), set()).add(entity)
            names.append(_fold(n))
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    # matching is case-sensitive, so TASS and Tass are two names, but the same name twice is a slip
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]


def test_names_have_no_stray_spaces_andcompile_names():
    table = load_table("actors.csv")
    for col in ("aliases", "short"):
        for cell in table[col]:
            for name in filter(None, cell.split("|")):
                assert name == name.strip() and "  " not in name
                re.compile(name_pattern(name))


def test_short_forms_are_for_people_and_states_only():
    table = load_table("actors.csv")
    assert set(table.loc[table["short"] != "", "kind"]) <= {"person", "state"}


# --- matching ---------------------------------------------------------------


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["Kim Jong Un met Kim Jong-un and Kim Jong-Un."], [("Kim Jong Un", "Kim Jong Un"), ("Kim Jong-un", "Kim Jong Un"), ("Kim Jong-Un", "Kim Jong Un")]),
        (["The DPRK, North Korea and Pyongyang agree."], [("DPRK", "North Korea"), ("North Korea", "North Korea"), ("Pyongyang", "North Korea")]),
        (["North Korean troops fought."], []),  # a demonym is not a mention
        (["Kim spoke."], []),  # a bare surname needs the full name in the article
        (["Kim Jong Un arrived.", "Later Kim spoke."], [("Kim Jong Un", "Kim Jong Un"), ("Kim", "Kim Jong Un")]),
        (["Kim spoke first.", "Kim Jong Un arrived."], [("Kim", "Kim Jong Un"), ("Kim Jong Un", "Kim Jong Un")]),
        (["Kim Jong Un met Kim Dae-jung."], [("Kim Jong Un", "Kim Jong Un")]),  # an unknown Kim is not him
        (["North Korea sent troops; the North's army fought."], [("North Korea", "North Korea"), ("the North", "North Korea")]),
        (["Russia sent them to the North Atlantic."], [("Russia", "Russia")]),
        (["Volodymyr Zelenskyy and Zelensky met Vladimir Putin."],
         [("Volodymyr Zelenskyy", "Volodymyr Zelensky"), ("Zelensky", "Volodymyr Zelensky"), ("Vladimir Putin", "Vladimir Putin")]),
        (["The Kim-Putin alliance of Kim Jong Un and Vladimir Putin."],
         [("Kim", "Kim Jong Un"), ("Putin", "Vladimir Putin"), ("Kim Jong Un", "Kim Jong Un"), ("Vladimir Putin", "Vladimir Putin")]),
        (["The Korean Central News Agency (KCNA) said."], [("Korean Central News Agency", "Korean Central News Agency"), ("KCNA", "Korean Central News Agency")]),
        (["Troops fought in the Kursk region and Kursk Oblast."], [("Kursk region", "Kursk"), ("Kursk Oblast", "Kursk")]),
        (["Workers’ Party of Korea and the Workers' Party of Korea"],
         [("Workers’ Party of Korea", "Workers' Party of Korea"), ("Workers' Party of Korea", "Workers' Party of Korea")]),
        (["A KN-23 (Hwasong-11) hit Kyiv."], [("KN-23", "KN-23"), ("Hwasong-11", "Hwasong-11"), ("Kyiv", "Ukraine")]),
        (["UNSC members and the UN met in Kursk’s ruins."], [("UNSC", "United Nations Security Council"), ("UN", "United Nations"), ("Kursk", "Kursk")]),
        (["The Guardian and the Guardian agree."], [("The Guardian", "The Guardian"), ("the Guardian", "The Guardian")]),
        (["kim jong un and russia in lower case"], []),  # names are case-sensitive
    ],
)
def test_names_resolve_to_their_entity(texts, expected):
    assert _mentions(*texts) == expected


def _by_index(names):
    """The same names without their alternation: :func:`find` then tries them word by word."""
    return names._replace(combined=None, entities=[])


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un met Kim Jong-un, Kim and Kim Dae-jung; the North and The North, not the North Korean army.",
        "Kursk region, Kursk Oblast and Kursk; KN-23, KN 23 and KN-230; U.S. and US and USA; UN, U.N. and UNSC.",
        "aKim Kim_ _Kim Kim\nJong Un Putin’s Putin's Workers’ Party of Korea, Workers' Party of Korea.",
        "The Guardian, the Guardian, THE GUARDIAN; the Kremlin's Moscow; Xi, Xi Jinping, Xiang.",
    ],
)
def test_the_alternation_finds_what_the_index_finds(text):
    full, short, _ = actor_names()
    for names in (full, short):
        assert names.combined is not None
        assert find(names, text) == find(_by_index(names), text)


def test_sentences_searched_together_find_what_each_finds_alone():
    full, short, _ = actor_names()
    texts = ["Kim", "Jong Un met the", "North Korea", "Putin\x00 Putin.", "", "Kursk region"]
    for names in (full, short):
        alone = [(i, *hit) for i, t in enumerate(texts) for hit in find(names, t)]
        assert find_in(names, texts) == alone


def test_a_name_not_starting_like_its_key_is_tried_word_by_word():
    # "A B" also matches "A-B", whose first two letters "a-" are not its key "a ".
    names = compile_names([("A B", "x"), ("Abc", "y")])
    assert names.combined is None
    assert find(names, "A B, A-B and Abc") == [(0, 3, "x", "A B"), (13, 16, "y", "Abc")]


def test_a_short_form_goes_to_the_entity_named_last_before_it():
    table = load_table("actors.csv")
    assert "Kim" in table.loc[table["entity"] == "Kim Jong Un", "short"].iloc[0]
    # Two entities sharing a short form: the data has none yet, so build one.
    found = _mentions("Xi Jinping met Vladimir Putin.", "Putin and Xi spoke.")
    assert found[-2:] == [("Putin", "Vladimir Putin"), ("Xi", "Xi Jinping")]


def test_offsets_and_kinds():
    text = "Lavrov met Sergei Lavrov in Wonsan."
    found = entities(_sentences("Intro.", text))
    assert found["kind"].astype(str).tolist() == ["person", "person", "place"]
    assert found["sentence"].tolist() == [1, 1, 1]
    full = "Intro. " + text
    assert [full[s:e] for s, e in zip(found["start"], found["end"])] == ["Lavrov", "Sergei Lavrov", "Wonsan"]


# --- the seeds --------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_entities(seed_sentences):
    return entities(seed_sentences)


@pytest.mark.parametrize(
    "entity, kind, surfaces, seeds",
    [
        ("Kim Jong Un", "person", {"Kim Jong Un", "Kim Jong-un", "Kim"}, {"000", "001", "002", "003", "004"}),
        ("Vladimir Putin", "person", {"Vladimir Putin", "Putin"}, {"000", "001", "002", "003", "004"}),
        ("Sergei Lavrov", "person", {"Sergei Lavrov", "Lavrov"}, {"001"}),
        ("Xi Jinping", "person", {"Xi Jinping", "Xi"}, {"000"}),
        ("Volodymyr Zelensky", "person", {"Volodymyr Zelensky"}, {"001"}),
        ("Korean Central News Agency", "organisation", {"Korean Central News Agency", "KCNA"}, {"000", "001", "003", "004"}),
        ("Kursk", "place", {"Kursk", "Kursk region"}, {"000", "001", "002", "003"}),
        ("North Korea", "state", {"North Korea", "DPRK", "Pyongyang", "the North"}, {"000", "001", "002", "003", "004"}),
        ("KN-23", "weapon system", {"KN-23"}, {"002"}),
    ],
)
def test_seed_actors_are_found_with_their_variants(seed_entities, seed_ids, entity, kind, surfaces, seeds):
    rows = seed_entities[seed_entities["entity"] == entity]
    number = {aid: n for n, aid in seed_ids.items()}
    assert set(rows["kind"].astype(str)) == {kind}
    assert set(rows["surface"]) == surfaces
    assert set(rows["article_id"].map(number)) == seeds


def test_seed_offsets_point_at_the_surface(seed_entities, seed_articles):
    text = dict(zip(seed_articles["article_id"], seed_articles["text"]))
    assert all(text[a][s:e] == w for a, s, e, w in zip(seed_entities["article_id"], seed_entities["start"], seed_entities["end"], seed_entities["surface"]))


def test_entities_work_article_by_article(seed_sentences, seed_entities, seed_ids):
    some = [seed_ids["002"], seed_ids["003"]]
    alone = entities(seed_sentences[seed_sentences["article_id"].isin(some)])
    assert_frame_equal(alone, seed_entities[seed_entities["article_id"].isin(some)].reset_index(drop=True))


def test_no_sentences_no_entities():
    assert list(entities(schema.empty("sentences")).columns) == schema.columns("entities")
