"""Military titles as British outlets write them, without dots ("Col Kemp", data/titles.csv), and a status in
brackets after an abbreviated title ("Col. (ret.)", dossier.extractors.speech.quote_referents): the person named
after them speaks, not the title. Sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("title", ["Col", "Lt Col", "Maj Gen", "Brig"])
def test_a_dotless_title_before_a_family_name_is_the_person_named_before(title):
    text = ("Colonel Martin Ashby, a former army commander, has followed the war closely. "
            f"\"They learn fast,\" {title} Ashby said.")
    assert quote_speakers(text, "GB News")[-1] == "Martin Ashby"


@pytest.mark.parametrize("status", ["(ret.)", "(res.)"])
def test_a_status_in_brackets_after_a_title(status):
    text = (f"\"Every launch is a lesson for them,\" says Col. {status} Tomasz Wierzbicki, a former staff officer of the "
            "Polish Army.")
    assert quote_speakers(text, "Onet") == ["Tomasz Wierzbicki"]


@pytest.mark.parametrize("subject", ["retired Army Lt. Col. Mark Ellery", "retired Col. Mark Ellery",
                                     "retired Marine Brig. Gen. Mark Ellery"])
def test_a_status_in_lower_case_before_an_abbreviated_title(subject):
    text = f"\"Volume beats precision in this war,\" said {subject}, a fellow at a Washington think tank."
    assert quote_speakers(text, "Military Times") == ["Mark Ellery"]
