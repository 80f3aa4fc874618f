"""A speaker the vocabularies do not know is charted by the name as first written, without its title."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


def test_a_hyphenated_family_name_later_stands_for_the_name_without_its_title():
    text = ("Deputy Defence Minister Alma Ryszkiewicz-Bent toured the artillery plant on Monday.\n\n"
            "“We will need every barrel they can make,” Ryszkiewicz-Bent said.")
    assert _speakers(text) == ["Alma Ryszkiewicz-Bent"]


def test_a_title_before_a_lone_family_name_stays_with_it():
    # "President Okafor": the title and one name are all the article gives; dropping the title leaves too little.
    text = "President Okafor-Ume arrived in Abuja.\n\n“We stand with our partners,” Okafor-Ume said."
    said = _speakers(text)[0]
    assert said is not None and said.endswith("Okafor-Ume") and said != "Okafor-Ume"
