"""An "our" in another's reported words is theirs, not the writer's state's."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.mentions.others_ours import anothers_our


def _claimant(text: str, quantity: str, source: str) -> str | None:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-04")], "source": [source]})
    df = dossier.estimates(dossier.sentences(arts), arts)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1
    return None if pd.isna(rows.iloc[0]["claimant"]) else rows.iloc[0]["claimant"]


@pytest.mark.parametrize("source, text", [
    ("TASS", "Zelensky said in his evening address that, according to our General Staff, about 4,000 North Korean "
     "soldiers had been killed or wounded."),
    ("Meduza", "According to our General Staff, about 4,000 North Korean soldiers were killed, Zelensky wrote."),
    ("RIA Novosti", 'Kyiv claims that, according to "our General Staff", about 4,000 North Korean soldiers were killed.'),
])
def test_our_body_in_anothers_words_is_not_the_writers(source, text):
    assert _claimant(text, "about 4,000", source) != "General Staff of the Russian Armed Forces"


@pytest.mark.parametrize("sentence, theirs", [
    ("According to our General Staff, the enemy lost more than 76,000 men in the Kursk adventure.", False),
    ("Our General Staff has said the enemy lost 300 men.", False),
    ("The enemy lost 300 men, our General Staff said.", False),
    ("Zelensky said that, according to our General Staff, 300 were killed.", True),
    ("“Our General Staff counts 300,” he said.", True),
])
def test_whose_our(sentence, theirs):
    assert anothers_our(sentence) is theirs
