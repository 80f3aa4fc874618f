""""the member states wrote in a joint letter": the body those states make up, named before."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


GROUP = ("The Baltic Export Control Panel (BECP), set up by Estonia, Latvia, Lithuania and two other states in 2025, "
         "published its second review on Monday.\n\n")


def test_the_member_states_speak_for_the_body_they_set_up():
    text = GROUP + "“Every cargo was declared falsely,” the member states wrote in a joint letter."
    assert _speakers(text) == ["Baltic Export Control Panel"]


def test_the_statement_they_issued_goes_on_in_the_body_s_name():
    text = GROUP + ("“Every cargo was declared falsely,” the five governments declared in a joint statement. The "
                    "statement went on to demand that the trade “must stop.”")
    assert _speakers(text) == ["Baltic Export Control Panel", "Baltic Export Control Panel"]


def test_countries_are_not_a_body_named_before_that_no_founding_phrase_ties_to_states():
    # The panel is headed by a person, not made of the states that speak.
    text = ("The Baltic Export Control Panel, headed by Jaan Tamm since 2025, published its review on Monday.\n\n"
            "“Every cargo was declared falsely,” the three countries wrote in a joint letter.")
    assert _speakers(text) != ["Baltic Export Control Panel"]
