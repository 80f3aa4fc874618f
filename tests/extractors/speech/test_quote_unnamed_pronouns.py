""""He said" after someone brought in unnamed ("I talked with a young gunner", "the foreman of the night shift, who
…, said") stands for that person, not for a leader named earlier in passing; a person named since keeps the
account's reading."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


LEADER = "Kim Jong Un has promised the families new flats by the spring.\n\n"


def test_an_unnamed_person_brought_in_as_an_object_is_he():
    text = LEADER + "At the depot I talked with a young gunner about the winter. “We have seen worse,” he said."
    speakers = _speakers(text)
    assert speakers[-1] != "Kim Jong Un" and "gunner" in speakers[-1]


def test_a_definite_role_with_a_relative_clause_is_he():
    text = LEADER + ("On the site, the foreman of the road brigade, who has worked there for years, said the cranes "
                     "were old.\n\n“Every beam here is lifted by hand,” he said.")
    assert _speakers(text) == ["foreman"]


def test_a_chain_of_the_same_pronoun_carries_the_person_on():
    text = LEADER + ("We sat with a driver from the convoy. I asked him where they were going. He did not answer at "
                     "once. Then he said the road was “closed to everyone but us.”")
    assert "driver" in _speakers(text)[-1]


def test_she_after_an_unnamed_nurse():
    text = ("Olena Zelenska visited the ward in the morning.\n\nIn the corridor an exhausted nurse sat on a bench. "
            "“We have not slept for two days,” she said.")
    assert _speakers(text) != ["Olena Zelenska"]


def test_a_person_named_after_the_unnamed_one_keeps_the_pronoun():
    # (Look-alike: the leader named after the unnamed person is who "he" stands for.)
    text = ("At the depot I talked with a young gunner about the winter. Later Kim Jong Un arrived at the depot. "
            "He told the crowd: “Our shells will decide the war.”")
    assert _speakers(text) == ["Kim Jong Un"]


def test_a_pronoun_of_the_other_gender_is_not_the_unnamed_person():
    # (Look-alike: "she" cannot stand for a man brought in by a noun of his gender.)
    text = ("Kim Yo Jong issued a statement on Monday.\n\nA retired fisherman in Wonsan watched the ships. "
            "“The enemy will regret this,” she said.")
    assert _speakers(text) == ["Kim Yo Jong"]


def test_the_sentences_of_a_long_quote_do_not_push_someone_unnamed_out_of_reach():
    # The pronoun closes a quote of three sentences: how far back the officer was brought in counts from where the
    # quote opens, not from the quote's last sentence.
    text = LEADER + ("A Russian sergeant who served near the border told us about the winter. “The nights were long. "
                     "Nobody slept much. We held the village for a month,” he said.")
    assert _speakers(text)[-1] == "Russian sergeant"


def test_a_time_brings_no_one_in():
    # "for the second time … and announced": no one is brought in by a time where a subject may stand.
    text = ("Sergei Shoigu flew to Pyongyang for the second time in a month and announced a new deployment.\n\n"
            "“This is only the start,” she said.")
    assert _speakers(text)[-1] is None


def test_a_pronoun_joined_to_another_verb_is_the_one_brought_in():
    # "he smiled and said": the cue shares the pronoun subject of the verb before it, who is the soldier just
    # quoted; the "he" of "whether he missed home" is no naming of the leader.
    text = LEADER + ("One of the sappers agreed to talk to us. “We clear a field a week,” a Korean soldier said. "
                     "When asked whether he missed home, he smiled and said: “After the work is done.”")
    speakers = _speakers(text)
    assert speakers[-1] == speakers[-2] and speakers[-1] != "Kim Jong Un"


def test_a_pronoun_that_laughed_and_said_is_the_one_who_spoke_before():
    text = LEADER + ("A Korean sergeant, through an interpreter, told me: “We came to help.” I asked him if he was "
                     "afraid. He laughed and said: “Nobody here is afraid.”")
    speakers = _speakers(text)
    assert speakers[-1] == speakers[-2] and "interpreter" not in speakers[-1]


def test_the_sentences_of_a_quote_between_do_not_count_in_how_far_back():
    # The quote of two sentences between the older man's words and "he answered" brings no one in: he is still
    # the older man, not the leader named before, though "he" after the man's verb is read by the account as him.
    text = LEADER + ("In a video, the older of the two men said he had been told he was going to Russia to train. "
                     "“I thought it was an exercise. Nobody said the word war,” he said. Asked what he wanted, he "
                     "answered at once: “I want to go to the South.”")
    speakers = _speakers(text)
    assert speakers[-1] == speakers[-2] != "Kim Jong Un"


def test_the_one_asked_is_the_one_who_answers():
    # The officer is the object of "asked", yet he answers; the leader named before only in passing does not.
    text = LEADER + ("Korean sappers have cleared the fields near the border since May. When I asked one of their "
                     "officers how long they would stay, he answered: “Until the last mine.”")
    assert "officer" in (_speakers(text)[-1] or "")


def test_the_one_asked_answers_after_a_pause():
    text = LEADER + ("On the way out I asked the interpreter whether the men knew what waited for them. He thought "
                     "about it. “They know,” he said.")
    assert _speakers(text)[-1] == "interpreter"


def test_one_asked_who_is_named_is_left_to_the_account():
    text = LEADER + ("Reporters asked the minister Sergei Lavrov about the troops. “We have nothing to add,” he said.")
    assert _speakers(text)[-1] == "Sergei Lavrov"
