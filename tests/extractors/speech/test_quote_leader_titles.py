"""A DPRK honorific title written as a name ("the respected General Secretary") stands for its holder,
Kim Jong Un, when the article has named him."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


def test_the_respected_general_secretary_is_kim_jong_un():
    text = ("The respected Comrade Kim Jong Un visited the new hospital in Kangdong on Monday.\n\n"
            "Walking through the wards, the respected General Secretary said: “Our doctors must be proud of this place.”")
    assert _speakers(text) == ["Kim Jong Un"]


def test_the_general_secretary_after_the_dear_respected():
    text = ("Kim Jong Un inspected a munitions factory.\n\n"
            "“The front needs more shells,” the dear respected General Secretary stressed.")
    assert _speakers(text) == ["Kim Jong Un"]


def test_a_general_secretary_with_no_dprk_leader_named_is_not_kim():
    # (Look-alike: with no Kim Jong Un in the article, the title stands for no one the vocabularies hold.)
    text = ("The party congress in Hanoi closed on Monday after five days of debate.\n\n"
            "“We will build more roads and schools,” the General Secretary said.")
    assert _speakers(text) != ["Kim Jong Un"]


def test_a_state_s_head_of_state_is_its_leader_unnamed():
    text = ("Kyiv says it holds two soldiers. “We will trade them for our own,” the Ukrainian head of state wrote on "
            "Telegram. The Russian head of state called the claims “nonsense”.")
    assert _speakers(text) == ["Volodymyr Zelensky", "Vladimir Putin"]
