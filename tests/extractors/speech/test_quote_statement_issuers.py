""""the statement said" right after a sentence of its paragraph in which a body speaks is that body's statement, not
one named paragraphs back (dossier.extractors.mentions.back_references.spoken_since, and the account's author of a
document); read through dossier.quotes."""

from __future__ import annotations

from quote_readings import quote_speakers

_EARLIER = ("\"The enemy walks in columns,\" the 8th Brigade said in a statement on Telegram.\n\n"
            "The losses mount on both sides. Drone crews report more strikes every week.\n\n"
            "South Korea's Joint Chiefs of Staff said on Monday that 1,100 had been wounded.\n\n")


def test_the_statement_after_a_body_speaks_in_its_paragraph_is_that_body_s():
    text = _EARLIER + ("The JCS also warned that Pyongyang could use the experience at home. \"The North will learn "
                       "from this war,\" the statement said.")
    assert quote_speakers(text)[-1] == "Joint Chiefs of Staff"


def test_the_statement_with_no_body_speaking_before_it_goes_back_to_the_one_named():
    text = _EARLIER + "The fighting went on. \"The North will learn from this war,\" the statement said."
    assert quote_speakers(text)[-1] != "Joint Chiefs of Staff"
