"""Germany's and Britain's foreign offices (data/speakers.csv), and "the Foreign Office" named without its state in an
outlet of either (data/home_bodies.csv). Sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("source, text, speaker", [
    ("ZDF heute", "The Foreign Office in Berlin summoned the envoy on Friday. Such a step would be “unacceptable”, "
                  "the ministry said.", "German Federal Foreign Office"),
    ("Evening Standard", "The Foreign Office said the new listings were “long overdue”.", "UK Foreign Office"),
    ("Reuters", "Germany's Foreign Office called the deployment “a dangerous step”.", "German Federal Foreign Office"),
])
def test_a_foreign_office(source, text, speaker):
    assert quote_speakers(text, source)[-1] == speaker
