"""An article whose source is no medium prints the copy of the medium its dateline credits."""

from quote_readings import quote_readings


def test_a_statement_in_a_dispatch_credited_to_kcna_reaches_us_through_kcna():
    text = ("Pyongyang, May 3 (KCNA) -- The Central Committee of the Union of Agricultural Workers issued the "
            "following statement on Saturday:\n\n"
            "Respected Comrade Kim Jong Un said that the harvest was “a victory of the whole people.”")
    found = quote_readings(text, source="Agricultural Workers' Union statement")
    assert found == [("Kim Jong Un", "KCNA", "article")]


def test_a_statement_with_no_credited_dateline_names_no_medium():
    text = ("The Central Committee of the Union of Agricultural Workers issued the following statement on Saturday:\n\n"
            "Respected Comrade Kim Jong Un said that the harvest was “a victory of the whole people.”")
    found = quote_readings(text, source="Agricultural Workers' Union statement")
    assert found == [("Kim Jong Un", None, None)]


def test_a_source_that_is_a_medium_keeps_its_own_name_over_the_credit():
    text = ("MOSCOW, May 3 (TASS) -- Defence Minister Andrei Belousov said the drills were “a success.”")
    assert quote_readings(text, source="RIA Novosti")[0][1] == "RIA Novosti"
