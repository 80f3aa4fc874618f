"""dossier.estimate_elided: a rival count set off after a figure, credited to another source, counts its noun."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The North sent more than 4 million shells according to Paris, nearly 10 million according to Seoul.",
         "nearly 10 million", "artillery_shells"),
        ("Kyiv counts some 12,000 troops; about 15,000 according to Seoul.", "about 15,000", "troops"),
        ("Pyongyang has shipped 3 million rounds by one tally, as many as 5 million according to Kyiv's spies.",
         "as many as 5 million", "artillery_shells"),
        ("Some 2 million shells arrived in 2024 according to Kyiv, 6 million according to Seoul.", "6 million",
         "artillery_shells"),
    ],
)
def test_a_rival_count_credited_after_a_comma_counts_the_noun_before(text, quantity, category):
    rows = run(text)
    row = rows[rows["quantity_text"] == quantity]
    assert len(row) == 1 and row.iloc[0]["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        # A noun of its own between the figures: the second counts that noun's thing, no rival count.
        "The North sent 4 million shells last year, and its coal sales reached 10 million according to customs data.",
        # No source credited right after the second figure.
        "The North sent 4 million shells last year, 10 million in all since the war began.",
    ],
)
def test_a_figure_not_set_off_and_credited_is_no_rival(text):
    rows = run(text)
    assert rows["quantity_text"].tolist()[:1] == ["4 million"] and "10 million" not in rows["quantity_text"].tolist()


@pytest.mark.parametrize(
    "paragraphs, quantity",
    [
        (("Q: How many North Korean soldiers are still in Kursk?", "A: Quite a few.", "Roughly 9,000 remain there."),
         "Roughly 9,000"),
        (("— And how many Koreans took part in the battles?", "— Moscow keeps silent.",
          "Papers in Tokyo write about 13-14 thousand."), "about 13-14 thousand"),
        (("How many troops did Kim send in the end?", "Nobody in Moscow will tell you.",
          "Analysts in Europe like to say 10,000 or 11,000."), "10,000 or 11,000"),
        (("Are KPA servicemen still fighting near Sudzha?", "Yes, on a smaller scale.", "There are about 3,000 there now."),
         "about 3,000"),
    ],
)
def test_a_bare_figure_answering_a_question_about_soldiers_counts_them(paragraphs, quantity):
    got = run(*paragraphs)
    row = got[got["quantity_text"] == quantity]
    assert row["category"].tolist() == ["troops"]


def test_a_bare_figure_answering_a_question_about_something_else_is_no_troop_count():
    got = run("How many tourists came to Wonsan last summer?", "The ministry has not said.", "Officials say 11,000.")
    assert got.empty


def test_a_question_three_sentences_back_answers_nothing():
    got = run("How many Koreans fought in Kursk?", "Nobody knows.", "Moscow is silent.", "Papers say 12,000.")
    assert got.empty


@pytest.mark.parametrize("verb", ["claimed", "claims", "claim"])
def test_a_verb_of_claiming_leaves_out_the_noun_of_the_figure_before(verb):
    got = run(f"Seoul spoke of 10,000 North Korean soldiers. Some in Kyiv {verb} up to 14,000.")
    assert got["category"].tolist() == ["troops", "troops"]


@pytest.mark.parametrize(
    "paragraphs, quantity, subtype",
    [
        (("HOST: Mark, what do we know about the North Korean soldiers?", "MARK LEE:",
          "Seoul thinks some 3,500 of them have been killed or wounded."), "some 3,500", "killed_or_wounded"),
        (("Q. How are the KPA troops faring?", "Colonel:", "Around 900 of them were wounded in March."),
         "Around 900", "wounded"),
    ],
)
def test_a_pronoun_in_an_answer_stands_for_the_soldiers_the_question_named(paragraphs, quantity, subtype):
    got = run(*paragraphs)
    row = got[got["quantity_text"] == quantity]
    assert row["subtype"].tolist() == [subtype]


def test_a_pronoun_in_an_answer_about_no_soldiers_counts_none():
    got = run("HOST: What do we know about the tourists?", "MARK LEE:", "Some 3,500 of them were hurt.")
    assert got.empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Kyiv first counted 9,000 North Korean soldiers, later raised to 13,000.", "13,000"),
        ("Tokyo spoke of 8,000 KPA troops, and by March its estimates had risen to 12,000.", "12,000"),
        ("Seoul put the force at 10,000 soldiers; the number was subsequently revised to 14,000.", "14,000"),
        ("Officials cited 7,000 troops at first, then increased to about 9,500.", "about 9,500"),
    ],
)
def test_a_figure_a_verb_of_change_revises_counts_what_the_figure_before_counted(text, quantity):
    got = run(text)
    assert got[got["quantity_text"] == quantity]["category"].tolist() == ["troops"]


def test_a_verb_of_change_with_a_subject_of_its_own_revises_nothing():
    got = run("Seoul counts 11,000 troops, while trade with China rose to 5,000 last year.")
    assert got["quantity_text"].tolist() == ["11,000"]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Moscow received some 2,500 more Korean soldiers in May, on top of the 9,000 it took in last winter.", "9,000"),
        ("Pyongyang added 1,800 fresh troops in spring, in addition to about 8,500 already at the front.", "about 8,500"),
    ],
)
def test_the_base_an_addition_is_put_on_top_of_counts_the_same_noun(text, quantity):
    rows = run(text)
    got = rows[rows["quantity_text"] == quantity]
    assert [(r.category, r.subtype if isinstance(r.subtype, str) else None) for r in got.itertuples()] == [("troops", None)]


def test_a_base_after_an_addition_of_nothing_counted_is_no_figure():
    rows = run("The village lost 40 houses this year, on top of the 300 it lost in 2023.")
    assert "300" not in rows["quantity_text"].tolist()
