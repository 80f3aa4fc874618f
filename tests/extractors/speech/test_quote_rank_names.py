"""A title before the name after an inverted verb of saying: an abbreviated rank in capitals, with "retired" or a
service before it and "(ret.)" after it, and the lower-case titles of scholars of a region."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ("“The shells are old stock,” said retired Navy Capt. Arlen Mercer, a fellow at a Washington think tank.",
     "Arlen Mercer"),
    ("“The shells are old stock,” said Air Force Maj. Gen. Dolores Whitby.", "Dolores Whitby"),
    ("“Nobody plans for a war this long,” says Col. (ret.) Tomasz Wierzba, who once served on the General Staff.",
     "Tomasz Wierzba"),
    ("“Nobody plans for a war this long,” says Gen. (ret.) Halvard Brekke.", "Halvard Brekke"),
    # A courtesy style abbreviated the same way, "the" before it.
    ("“We pray for them every night,” said the Rev. Ivan Dorosh, who leads the parish.", "Ivan Dorosh"),
])
def test_an_abbreviated_rank_before_the_name_is_no_name(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("“Labour is the currency of this alliance,” said orientalist Grigory Varenikov of the Institute of Asian Studies.",
     "Grigory Varenikov"),
    ("“Beijing watches every shipment,” said sinologist Marta Quilez.", "Marta Quilez"),
])
def test_a_scholar_of_a_region_named_after_the_verb(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_the_family_name_later_stands_for_the_name_without_its_rank():
    text = ("“Nobody plans for a war this long,” says Col. (ret.) Tomasz Wierzba, a former staff officer.\n\n"
            "“The front eats shells,” Wierzba said.")
    assert quote_speakers(text) == ["Tomasz Wierzba", "Tomasz Wierzba"]
