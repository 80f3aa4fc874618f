"""dossier.extractors.mentions.body_letters: letters written for words of a body's name ("the General Staff of the
AFU") are read as the words ("of the Armed Forces of Ukraine"); read through dossier.quotes."""

from __future__ import annotations

import pytest
from quote_readings import quote_speakers

from dossier.extractors.mentions.body_letters import spelled_out


@pytest.mark.parametrize("text", [
    # English, Ukrainian and Russian letters; the verb after, before, a relative clause of claiming.
    'The General Staff of the AFU said on Sunday that Russian units had lost "about 900" men overnight.',
    '"The enemy is regrouping near Pokrovsk," the General Staff of the ZSU said in its evening update.',
    '"The strikes hit a fuel depot and two bridges," the General Staff of the VSU reported.',
    'Few outside Kyiv check the tallies of the General Staff of the AFU, which on Monday claimed "over 400" kills.',
])
def test_a_body_named_with_letters_is_the_body_spelled_out(text):
    assert quote_speakers(text)[-1] == "General Staff of the Armed Forces of Ukraine"


def test_letters_in_lower_case_are_no_letters():
    # "afu" written small is a word of no body; and a name without letters is left as it is.
    assert spelled_out("the afu unit") == "the afu unit"
    assert spelled_out("General Staff of the AFU") == "General Staff of the Armed Forces of Ukraine"
    assert spelled_out("Ministry of Defence of the RF") == "Ministry of Defence of the Russian Federation"
