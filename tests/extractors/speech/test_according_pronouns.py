""""According to him", "according to her": the person the pronoun stands for, as for "he said"
(dossier.extractors.speech.according_pronouns); on sentences written for the tests."""

import pytest

from dossier.extractors.speech.according_pronouns import is_person_pronoun
from quote_readings import quote_speakers


@pytest.mark.parametrize("text, source, speakers", [
    # In the quote's own sentence.
    ("A foreman at a depot in the Belgorod region spoke to the paper on Monday. According to him, the men "
     "“never rest”.", "Meduza", ["Russian foreman"]),
    # A quote after it that names no one is theirs too.
    ("A foreman at a depot in the Belgorod region told the paper that the crews are new. According to him, they "
     "arrived in May. “They sleep in the cabins.”", "Meduza", ["Russian foreman"]),
])
def test_according_to_a_pronoun_is_the_person_it_stands_for(text, source, speakers):
    assert quote_speakers(text, source) == speakers


def test_no_speaker_is_a_pronoun():
    text = "The lights went out at nine. According to her, the shelling was “the worst in a month”."
    assert quote_speakers(text, "Meduza") != ["her"]


@pytest.mark.parametrize("who, person", [("him", True), ("Her", True), ("the ministry", False), ("it", False)])
def test_pronouns_for_a_person(who, person):
    assert is_person_pronoun(who) is person


@pytest.mark.parametrize("text, speakers", [
    # A surname after "according to", the quote in the next sentence: the person first named in full.
    ("Korea scholar Anna Verhoeven, who teaches at Utrecht University, has studied the deployment.\n\nThe question is "
     "what comes next. According to Verhoeven, the men will return home. “Then we will see what they learned.”",
     ["Anna Verhoeven"]),
    # A title with the surname reads the same.
    ("Professor Anna Verhoeven of Utrecht University has studied the deployment.\n\nAccording to Professor "
     "Verhoeven, the men will return home. “Then we will see.”", ["Anna Verhoeven"]),
    # A surname the article never gives in full stays as written.
    ("The deployment goes on.\n\nAccording to Verhoeven, the men will return home. “Then we will see.”",
     ["Verhoeven"]),
    # A body whose name holds the surname is the body, not the person.
    ("Researcher Anna Verhoeven studies the shipments.\n\nAccording to the Verhoeven Institute, the ships carry "
     "“mostly shells”.", ["Verhoeven Institute"]),
])
def test_according_to_a_surname_is_the_person_first_named_in_full(text, speakers):
    assert quote_speakers(text, "Reuters") == speakers


def test_according_to_data_after_a_role_is_not_the_last_person_of_that_role():
    # "the minister said that according to allied data": the minister who speaks, not the last minister met.
    text = ("Polish Defence Minister Jan Nowak met South Korea's Defence Minister Park Min-su in Seoul.\n\nAsked about "
            "supplies, the minister said that according to allied data, shells from the North make up “a large share” "
            "of Russia's.")
    assert quote_speakers(text, "PAP") == ["Jan Nowak"]
