""""The older one", "the younger one": one of a pair the text counted as two ("two captured North Korean soldiers"),
however far back, not whoever spoke last; and "he said" after them is that member, not a leader named before in
passing."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


PAIR = "Border guards captured two North Korean soldiers after their patrol strayed across the river last week.\n\n"
OFFICIALS = "Visiting Japanese officials met the men on Tuesday and brought them warm clothes.\n\n"


def test_the_older_one_is_one_of_the_pair_not_the_officials_met_since():
    text = PAIR + OFFICIALS + "“We only wanted to go home,” the older one told the guards."
    assert _speakers(text) == ["captured North Korean soldier"]


def test_the_younger_one_is_one_of_the_pair():
    text = PAIR + OFFICIALS + "The younger one said through an interpreter: “The engine stopped on the second day.”"
    assert _speakers(text)[-1] == "captured North Korean soldier"


def test_he_after_the_elder_one_is_that_member_not_a_leader_named_in_passing():
    text = (PAIR + "Prime Minister Fumio Kishida said the men would be sent home if they wished.\n\n"
            + OFFICIALS + "For now the two men wait. The elder one said he had never seen snow.\n\n"
            "“I did not know it fell so softly,” he said.")
    assert _speakers(text)[-1] == "captured North Korean soldier"


def test_the_pair_counted_as_two_is_found_past_another_group():
    text = ("Both North Korean soldiers were given medical checks on arrival.\n\n"
            "Dozens of Japanese fishermen gathered at the harbour to watch.\n\n"
            "“We are grateful for the soup,” the younger one said.")
    assert _speakers(text) == ["North Korean soldier"]


def test_a_person_named_after_the_member_is_he():
    # The look-alike: a named person speaks after the member; "he" is that person, not the member.
    text = (PAIR + "The older one said he wanted to go home. Prime Minister Fumio Kishida visited the port later.\n\n"
            "“We will respect their wishes,” he said.")
    assert _speakers(text)[-1] == "Fumio Kishida"


def test_one_picked_out_after_officials_spoken_to_is_a_member_of_the_group():
    # "One" picks a member of the group even where officials were spoken to since the group was brought in.
    text = ("Three North Korean soldiers captured near the border were moved to a camp in the west. Reporters have "
            "spoken to Ukrainian officials who handle their cases.\n\nOne, a 24-year-old gunner, said he had trained "
            "for a month. “They never told us where we were going,” he said.")
    assert _speakers(text)[-1] == "captured North Korean soldier"
