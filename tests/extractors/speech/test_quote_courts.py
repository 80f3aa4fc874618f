"""A court named by its form ("the International Court of Justice", data/org_heads.csv) speaks under its whole name,
not the last words of it. Sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("court", ["the International Court of Justice", "the Permanent Court of Arbitration",
                                   "the International Tribunal for the Law of the Sea"])
def test_a_court_by_its_whole_name(court):
    text = f"As {court} put it in an earlier case, a state may act only as \"a last resort.\""
    expected = court.removeprefix("the ")
    assert quote_speakers(text, "Lawfare") == [expected]
