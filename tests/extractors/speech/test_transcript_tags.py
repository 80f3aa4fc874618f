"""A broadcast transcript's tag over a soundbite ("[Interview] Jane Roe / Research Fellow" over "“…”"): the words are
the one the tag names (dossier.extractors.speech.quote_experts, tags of data/interview_labels.csv)."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes

NEWS = """The anchor opened the evening bulletin with the missile strike on Kharkiv.

Our correspondent Han Ji-soo reports from Seoul.

Investigators said the debris came from a missile assembled in the North.

{tag} Marta Oliynyk / Deputy Head, Kharkiv Regional Administration
"Three apartment blocks were hit before dawn, and most of the dead were asleep."

Seoul's foreign ministry condemned the strike.

{tag2} Choi Dong-hyun / Senior Fellow, Institute for Peace Studies
"Each launch is a field test the North could never run at home."
"""


def _speakers(body: str, tmp_path=None) -> dict[str, str | None]:
    if tmp_path is None:
        articles = pd.DataFrame({"article_id": ["a1"], "text": [body], "source": ["SBS"]})
    else:
        (tmp_path / "bulletin.md").write_text("---\ntitle: Strike\nsource: SBS\n---\n" + body, encoding="utf-8")
        articles = dossier.read_articles(tmp_path)
    q = quotes(dossier.sentences(articles), articles)
    return {t.split()[0]: (s if isinstance(s, str) else None) for t, s in zip(q["text"], q["speaker"])}


@pytest.mark.parametrize("tag, tag2", [
    ("[Interview]", "[Interview]"),
    ("<Interview>", "<Interview>"),
    ("[Soundbite]", "[SOUNDBITE]"),
    ("(Interview)", "[Sync]"),
])
def test_a_tagged_line_gives_the_soundbite_under_it_to_the_one_it_names(tag, tag2, tmp_path):
    said = _speakers(NEWS.format(tag=tag, tag2=tag2), tmp_path)
    assert said["Three"] == "Marta Oliynyk"
    assert said["Each"] == "Choi Dong-hyun"


def test_a_tagged_line_left_in_the_text_names_the_speaker_too():
    said = _speakers(NEWS.format(tag="[Interview]", tag2="[Interview]").replace(
        "Administration\n", "Administration\n\n"))
    assert said["Three"] == "Marta Oliynyk"


def test_prose_between_the_tag_and_the_quote_takes_it_from_under_the_tag(tmp_path):
    body = NEWS.format(tag="[Interview]", tag2="[Interview]").replace(
        "Administration\n\"Three", "Administration\n\nRescuers worked through the night.\n\n\"Three")
    assert _speakers(body, tmp_path)["Three"] != "Marta Oliynyk"


@pytest.mark.parametrize("line", [
    "[Interview]",  # a tag naming no one
    "[Graphic] Marta Oliynyk / Deputy Head, Kharkiv Regional Administration",  # a tag of no speaker's words
    "[Interview] Kharkiv / Regional Administration",  # one word, no person's name
])
def test_a_tag_without_a_speaker_s_name_names_no_one(line, tmp_path):
    body = NEWS.format(tag="[Interview]", tag2="[Interview]").replace(
        "[Interview] Marta Oliynyk / Deputy Head, Kharkiv Regional Administration", line)
    assert _speakers(body, tmp_path)["Three"] != "Marta Oliynyk"
