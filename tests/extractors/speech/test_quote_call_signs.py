"""Someone unnamed given one name in their own clause ("with the call sign Lys"), and a title in capitals met again
("the Minister said"): who speaks, as a careful reader takes them."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


# North Korean commanders named first: a bare "the commander" later could be read as one of them.
GROUP = "North Korean commanders have sent their men across the fields in daylight for weeks.\n\n"


def test_a_call_sign_after_an_inverted_role_is_the_speaker():
    text = GROUP + "“They never stop to dig in,” said the commander of a mortar platoon with the call sign Lys."
    assert _speakers(text) == ["Lys"]


def test_a_call_sign_after_the_role_before_the_verb_is_the_speaker():
    text = GROUP + "“They never stop to dig in,” the commander of a mortar platoon with the call sign Lys said."
    assert _speakers(text) == ["Lys"]


def test_a_nickname_in_marks_after_the_role_is_the_speaker():
    text = GROUP + "“They move only at night now,” said the leader of a scout team known by the nickname “Vega.”"
    assert "Vega" in _speakers(text)


def test_the_call_sign_in_marks_does_not_break_the_speaker_s_run_of_sentences():
    text = ("“The gun is old and heavy,” says a gunner with the call sign “Zorya,” whose crew covers the river. "
            "“When it fires, the whole valley hears it.”")
    speakers = _speakers(text)
    assert speakers[0] == "Zorya" and speakers[-1] == "Zorya"


def test_a_role_with_no_one_name_given_is_not_read_as_a_name_of_a_later_sentence():
    # (A call sign given in the next sentence belongs to someone else.)
    text = (GROUP + "“They never stop to dig in,” said the commander of a mortar platoon. "
            "A medic with the call sign Lys treated the wounded.")
    assert "Lys" not in _speakers(text)


MINISTER = ("Minister of Foreign Affairs of Latvia Anna Berzina met her Korean counterpart in Riga on Monday. "
            "Anna Berzina said the talks had been useful.\n\n")


def test_the_minister_in_capitals_is_the_one_named_with_that_title():
    text = MINISTER + "“The shells that hit Kharkiv were made in Pyongyang,” the Minister said."
    assert _speakers(text)[-1] == "Anna Berzina"


def test_the_minister_of_a_ministry_in_capitals_is_the_one_named_with_that_title():
    text = MINISTER + "“We share one threat,” the Minister added. “It reaches us from two sides.”"
    assert _speakers(text)[-1] == "Anna Berzina"


def test_the_minister_after_an_apposition_title_is_that_minister():
    text = ("The Minister for Trade, Jonas Petraitis, spoke to the committee on Tuesday. Petraitis said little.\n\n"
            "“We will close the loopholes one by one,” the Minister stressed.")
    assert _speakers(text) == ["Jonas Petraitis"]


def test_the_minister_is_no_one_named_without_that_title():
    # The chair opened the hearing; no one was named as the minister: "the Minister" is not the chair.
    text = ("The committee's chair, Mary Holloway, opened the hearing on Tuesday. Mary Holloway said little.\n\n"
            "“We will close the loopholes one by one,” the Minister said.")
    assert "Mary Holloway" not in _speakers(text)


def test_a_call_sign_given_in_the_present_tense_names_the_speaker():
    text = GROUP + ("“They never stop to dig in,” said the commander of a mortar platoon, who gives his call sign as "
                    "“Yar.”")
    assert "Yar" in _speakers(text)


def test_the_minister_of_a_ministry_written_out_is_the_minister_named_before():
    # ("the Minister of Defence" could be read as a name, "Defence": the title before it tells who speaks.)
    text = ("Minister of Defence of Estonia Karl Tamm met the visiting delegation in Tallinn. Karl Tamm said the talks "
            "were useful.\n\n“The shells come by rail and by sea,” the Minister of Defence stressed.")
    assert _speakers(text)[-1] == "Karl Tamm"


REPRESENTATIVE = ("Petro Lysenko, the representative of the Security Service, spoke on national television on "
                  "Friday. Lysenko said the men were held in a camp near Lviv.\n\n")


def test_the_body_s_letters_before_a_role_stand_for_the_one_named_with_that_role():
    text = REPRESENTATIVE + "“They are fed and they see doctors,” the SBU representative said."
    assert _speakers(text)[-1] == "Petro Lysenko"


def test_the_body_s_letters_before_another_role_are_not_that_person():
    # Lysenko was named as the representative, not as the spokesman: "the SBU spokesman" is someone else.
    text = REPRESENTATIVE + "“They are fed and they see doctors,” the SBU spokesman said."
    assert _speakers(text)[-1] != "Petro Lysenko"


def test_a_relative_clause_giving_a_call_sign_between_commas_leaves_the_subject_before_told():
    # ("told Reuters": the agency heard the words; the gunner the clause names, Hawk, said them.)
    text = "“They run straight at the drones,” a gunner, who gave only his call sign, Hawk, told Reuters."
    assert _speakers(text) == ["Hawk"]


def test_a_relative_clause_giving_a_first_name_between_commas_names_the_speaker():
    text = "“We sleep in our boots,” one medic, who gave only her first name, Olena, told the BBC."
    assert _speakers(text) == ["Olena"]


def test_a_relative_clause_naming_someone_else_gives_no_name_to_the_speaker():
    text = "“They run straight at the drones,” a gunner, who serves under Captain Hawk, told Reuters."
    assert "Hawk" not in _speakers(text)


def test_a_bare_call_sign_in_apposition_after_the_role_is_the_speaker():
    text = GROUP + "A platoon leader of the paratroopers, call sign “Grach”, put it simply: “They never look back.”"
    assert _speakers(text)[-1] == "Grach"


def test_a_bare_call_sign_without_marks_in_apposition():
    text = GROUP + "“They never stop to dig in,” a mortar commander of the brigade, call sign Volk, told the paper."
    assert _speakers(text) == ["Volk"]


def test_the_call_sign_of_a_unit_is_no_one_s_name():
    # (Look-alike: "the call sign of the unit" names no one; the speaker stays the officers.)
    text = GROUP + "The call sign of the battery changed in May, the officers said, calling it “a simple precaution.”"
    assert "May" not in _speakers(text)


def test_a_name_the_speaker_asked_to_be_called_by_is_the_speaker():
    # "who asked us to call him Oleg": the one name the writer was given stands for them, later "he" too.
    text = GROUP + ("A gunner of one of the mortar batteries, who asked us to call him Oleg, says they came at night. "
                    "“They walked in a line,” he told us.\n\nAccording to Oleg, the shelling never stopped. "
                    "“Nobody slept,” he said.")
    assert _speakers(text) == ["Oleg", "Oleg"]
