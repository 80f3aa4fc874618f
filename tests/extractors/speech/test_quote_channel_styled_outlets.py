"""A DPRK paper known only by its style as an article's source carries its state's words (basis article)."""

import pytest
from quote_readings import quote_readings


@pytest.mark.parametrize("source", ["Pyongyang Sinmun", "Munhak Sinmun"])
def test_a_state_styled_paper_is_the_channel_of_its_states_words(source):
    text = ("Respected Comrade Kim Jong Un visited a new orchard on Tuesday.\n\n"
            "He said the trees were “a gift to the people of a new era.”\n\n"
            "A visiting Russian agronomist said the soil was “excellent.”")
    found = quote_readings(text, source=source)
    assert found[0] == ("Kim Jong Un", source, "article")
    assert found[1][1] is None  # a foreign guest's words are not the state paper's own


def test_a_body_of_the_states_style_is_no_channel_of_its_own_words():
    text = "The General Staff said the engineers had shown “rare courage.”"
    found = quote_readings(text, source="Korean People's Army General Staff")
    assert [(channel, basis) for _, channel, basis in found] == [(None, None)]

