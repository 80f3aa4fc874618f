"""dossier.extractors.mentions.back_references: a family name, or "the <noun>", read back to who was named in full."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.mentions.back_references import full_name_before, introduced_before


def _full(text: str, name: str) -> str | None:
    return full_name_before(text, text[::-1], name, text.rindex(name))


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Choe Son Hui met Lavrov on Friday. Later, Choe said the talks were useful.", "Choe", "Choe Son Hui"),
        ("President Putin arrived, and then Putin spoke.", "Putin", "President Putin"),
        # The last full name with it, not the first.
        ("Kim Yo Jong spoke first; Kim Jong Un spoke last. Then Kim left.", "Kim", "Kim Jong Un"),
        ("Nobody was named in full before Park spoke.", "Park", None),
        # A body's last word before the name is none of its parts.
        ("The head of the Border Service Petro Koval spoke. Later, Koval said more.", "Koval", "Petro Koval"),
        ("The Military Administration Koval said so. Later, Koval said more.", "Koval", None),
    ],
)
def test_full_name_before(text, name, expected):
    assert _full(text, name) == expected


@pytest.mark.parametrize(
    "text, subject, expected",
    [
        ("A Russian paratrooper with a bandaged arm was interviewed. Then the paratrooper", "the paratrooper",
         "Russian paratrooper"),
        ("One elderly North Korean farmer agreed to talk. The farmer", "The farmer", "elderly North Korean farmer"),
        # No function word among the modifiers: "a letter to a soldier" introduces no modified soldier.
        ("She wrote a letter to a soldier. The soldier", "The soldier", None),
        # Unnamed sources too: asked only when the account read no source where they are from.
        ("A young defector from Hyesan spoke. The defector", "The defector", "young defector"),
        # Only a definite noun alone.
        ("A North Korean engineer spoke. The North Korean engineer", "The North Korean engineer", None),
        # An abbreviation's dots are in its word.
        ("A senior U.K. diplomat declined to comment. The diplomat", "The diplomat", "senior U.K. diplomat"),
    ],
)
def test_introduced_before(text, subject, expected):
    assert introduced_before(text, subject, text.rindex(subject)) == expected


def _speakers(text: str) -> list[str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-03-01")], "source": ["AP"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [r.speaker if isinstance(r.speaker, str) else None for r in df.itertuples()]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "the official" after an unnamed official was just introduced is that official, not the one named earlier.
        ("“No decision has been made,” Kremlin spokesman Dmitry Peskov said. A senior U.S. defense official, who "
         "requested anonymity, said more troops were expected. “They are rotating units,” the official said.",
         "Pentagon"),  # (a defense official speaks for the defense ministry, data/official_bodies.csv)
        ("Foreign Minister Sergei Lavrov met Choe on Monday. “The talks went well,” Lavrov said. A Russian diplomat "
         "in Pyongyang later said the two had signed a protocol. “It is about supply routes,” the diplomat added.",
         "Russian Foreign Ministry"),
        # Four or five words between the article and the noun are still one phrase introducing someone unnamed.
        ("Kim Yo Jong, the leader's sister, called the drills “a gamble.” A senior South Korean military official said "
         "the North would test again. “They are ready,” the official said.", "South Korean government"),
        ("Kim Yo Jong called the drills “a gamble.” A senior U.S. Indo-Pacific Command intelligence official said "
         "later that the launch failed. “It broke up early,” the official said.", "U.S. government"),
    ],
)
def test_the_noun_after_an_unnamed_one_just_introduced(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_the_noun_with_no_one_introduced_stays_the_named_holder():
    text = ("“No decision has been made,” Kremlin spokesman Dmitry Peskov said on Friday. Moscow had hinted otherwise. "
            "“We will see,” the official said.")
    assert _speakers(text)[-1] == "Dmitry Peskov"


@pytest.mark.parametrize("text, speaker", [
    # A pronoun opening a relative clause on a document stands for its author, not for whoever was named last.
    ("The Rodong Sinmun printed a letter from Kim Jong Un to Vladimir Putin, in which he called the troops "
     "“a wall of steel.”", "Kim Jong Un"),
    ("KCNA carried a message sent by Putin to Kim Jong Un, in which he hailed the “fighting friendship.”",
     "Vladimir Putin"),
    # Not when the pronoun cannot stand for the author.
    ("Choe Son Hui handed Lavrov a letter from Kim Jong Un, in which she said the ties were “unbreakable.”",
     "Choe Son Hui"),
])
def test_the_author_of_a_document_speaks_in_it(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "the source" goes back to the source introduced with who they are, when the account reads no source there.
    ("A South Korean government source told reporters that Seoul was weighing sanctions. “Options are open,” the "
     "source said.", "South Korean government"),
    ("A Western intelligence source told RBC that a deal was close. “It will be signed in spring,” the source "
     "said.", "Western intelligence source"),
])
def test_the_source_is_the_source_introduced_before(text, speaker):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = dossier.quotes(dossier.sentences(articles), articles)
    assert df.speaker.tolist() == [speaker]
