"""A state medium's text of a body's statement: "the statement said" and "it said" are the body's words, the
medium its channel, not a state the statement names."""

from __future__ import annotations

from quote_readings import quote_readings

_TEXT = ("Pyongyang, May 3 (KCNA) -- The International Department of the Central Committee of the Workers' Party of "
         "Korea released a statement on Friday on the talks between the DPRK and the Lao People's Democratic Republic.\n\n"
         "\"The friendship of the two parties will grow stronger with every year,\" the statement said.")


def test_the_statement_of_a_party_department_is_the_departments():
    readings = quote_readings(_TEXT, source="KCNA")
    assert readings[-1] == ("International Department of the WPK Central Committee", "KCNA", "article")
