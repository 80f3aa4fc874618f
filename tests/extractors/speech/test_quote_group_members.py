"""Members picked out of a group a few sentences back: "the older of the two", "the other"."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


PAIR = ("Two North Korean soldiers were taken prisoner near Sudzha in January, the security service said.\n\n"
        "Interrogators spoke to them for weeks. Both had been wounded. Neither had a phone. The service released "
        "parts of the talks on Monday.\n\n"
        "“We had stopped hoping. Then the medics came,” the younger of the two said from his hospital bed.\n\n")


def test_the_other_of_a_group_is_the_group_s_member_however_long_the_first_one_spoke():
    text = PAIR + "The other, aged 26, was quoted as saying, “I will not go back.”"
    said = _speakers(text)
    # Both were taken prisoner: each is charted as a captured soldier, the label of a prisoner of war.
    assert said[0] == "captured North Korean soldier"
    assert said[1] is not None and said[1].endswith("North Korean soldier")


def test_the_other_with_no_pair_counted_before_is_no_one():
    text = ("Rescuers reached the trawler after six hours on Sunday. The sea was rough.\n\n"
            "The other was quoted as saying, “I will not go to sea again.”")
    assert _speakers(text) == [None]


TWO_PEOPLE = "The skipper, Ivan Sorokin, and his mate, Pavel Gusev, were flown to Kaliningrad on Monday.\n\n"


def test_the_latter_and_the_former_are_the_last_two_people_named_in_turn():
    assert _speakers(TWO_PEOPLE + "“We thought it was over,” the latter said.") == ["Pavel Gusev"]
    assert _speakers(TWO_PEOPLE + "“We thought it was over,” the former said.") == ["Ivan Sorokin"]


def test_the_former_before_a_title_is_no_anaphor():
    text = TWO_PEOPLE + "“The fleet is ageing,” the former fisheries minister Oleg Brand said."
    assert _speakers(text) == ["Oleg Brand"]
