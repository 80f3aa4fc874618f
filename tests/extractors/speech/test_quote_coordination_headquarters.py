"""Ukraine's Coordination Headquarters for the Treatment of Prisoners of War as a speaker (data/speakers.csv): a body,
by its short name too, which "he" does not stand for. Sentences written for the tests."""

from quote_readings import quote_speakers


def test_the_short_name_is_the_body():
    text = "“Both men are receiving medical care,” the Coordination Headquarters said on Tuesday."
    assert quote_speakers(text, "Reuters") == ["Coordination Headquarters for the Treatment of Prisoners of War"]


def test_he_is_the_person_who_speaks_for_it():
    text = ("Oleksiy Hrachov, who speaks for the Coordination Headquarters, met the prisoners on Monday. "
            "“They are treated as the conventions require,” he says.")
    assert quote_speakers(text, "Reuters") == ["Oleksiy Hrachov"]
