"""dossier.estimate_relatives: a loss told in an object relative clause ("the men whom Kyiv captured"), and the
captives a headline, a word of captivity or a later mention counts."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.figures.estimates import estimates
from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("The three Russian soldiers whom Ukrainian marines captured near Pokrovsk were shown on video.", "three",
         "captured"),
        ("The 40 conscripts that the drone unit killed last week were buried in Belgorod.", "40", "killed"),
        ("Two soldiers whom the border guards are holding asked for a lawyer.", "Two", "captured"),
    ],
)
def test_an_active_loss_in_an_object_relative_clause_is_the_loss(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("A company of about 150 men that had lost a third of its officers was pulled back.", "about 150"),
        ("The 4,000 soldiers that Moscow sent to replace the dead reached Kursk in May.", "4,000"),
        ("The 300 soldiers that landed and captured the island were cheered in Sevastopol.", "300"),
        ("The 60 paratroopers that raided and killed the garrison left by boat.", "60"),
    ],
)
def test_a_subject_relative_or_a_sending_verb_tells_no_loss_of_the_count(text, quantity):
    assert one(text, quantity)["category"] == "troops"


def test_later_mentions_of_prisoners_taken_in_an_object_relative_are_captives():
    df = run("The two Russian soldiers whom Ukraine captured in March are now in Kyiv. The capture of the two "
             "soldiers surprised Moscow. Kyiv is ready to trade the two men for its own pilots.")
    assert len(df) == 3 and set(df["subtype"]) == {"captured"}


def _with_title(title: str, text: str) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["a1"], "title": [title], "text": [text],
                         "published": [pd.Timestamp("2025-03-04")]})
    return estimates(dossier.sentences(arts), arts)


def test_a_headline_that_counts_prisoners_makes_the_bodys_later_mentions_captives():
    text = "The two men spent the winter in a camp near Lviv. Lawyers want to meet the two men soon."
    with_prisoners = _with_title("Three prisoners and two wishes: the men who want to go west", text.replace("two", "three"))
    assert list(with_prisoners["subtype"]) == ["captured", "captured"]
    assert list(_with_title("Two Russian POWs wait for news", text)["subtype"]) == ["captured", "captured"]
    assert _with_title("Two leaders meet in Minsk", text).empty  # a headline of no prisoners restates nothing


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("By spring, five of them were in our captivity.", "five"),
        ("Some 3,000 Ukrainian defenders remain in Russian captivity.", "Some 3,000"),
        ("Officials met the two citizens of Belarus who were captured near Kharkiv.", "two"),
    ],
)
def test_counts_in_captivity_are_captured(text, quantity):
    row = one("Russian troops attacked the village. " + text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", "captured")


def test_citizens_with_no_loss_or_deployment_are_no_figure():
    assert run("About 3,000 citizens of Estonia live in the border town.").empty
