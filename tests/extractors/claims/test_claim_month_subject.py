"""dossier.estimate_claimants: a month before a noun that looks like a verb ("its May report") is no claimant.

"report", "count", "update" follow a month as nouns of a document dated by it; the month is never the subject of
a verb, and the body named before keeps the figure.
"""

from __future__ import annotations

from estimate_readings import one

from dossier.extractors.claims.claimant_times import calendar_word


def test_a_month_before_report_leaves_the_figure_to_the_body_named_first():
    row = one("The Kiel Institute counted more than 300 artillery pieces in its April report.", "more than 300")
    assert row.claimant == "Kiel Institute for the World Economy"


def test_a_month_after_the_figure_in_a_phrase_with_an_apposition():
    row = one("The Institute for the Study of War, a Washington think tank, counted about 70 launchers in its "
              "October report.", "about 70")
    assert row.claimant == "Institute for the Study of War (ISW)"


def test_a_month_alone_is_never_a_claimant():
    row = one("Some 400 shells were found, the March report said.", "Some 400")
    assert row.claimant != "March"


def test_calendar_word_reads_days_and_months_only():
    assert calendar_word("May") and calendar_word("Tuesday")
    assert not calendar_word("Theresa May")  # a person whose surname is a month stays a person
    assert not calendar_word("Budanov")


def test_a_month_report_after_a_body_set_off_with_its_members():
    # The month once read as the subject of "report"; the body before its aside counts the launchers.
    row = one("The Multilateral Sanctions Monitoring Team, a group of eleven states that includes Canada, Poland and "
              "Japan, counted about 150 rocket launchers in its June report.", "about 150")
    assert row.claimant == "Multilateral Sanctions Monitoring Team"
