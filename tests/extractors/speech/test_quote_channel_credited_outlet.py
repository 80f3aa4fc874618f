"""An article whose source is a state's body, no medium, prints the copy of the medium its dateline credits; a
republisher of a wire's copy names the wire like any other medium."""

from quote_readings import quote_readings


def test_a_statement_in_a_dispatch_credited_to_kcna_reaches_us_through_kcna():
    # (data/outlet_styles.csv: the General Staff is of the DPRK's style, and no medium)
    text = ("Pyongyang, May 3 (KCNA) -- The General Staff of the Korean People's Army issued the following statement "
            "on Saturday:\n\n"
            "Respected Comrade Kim Jong Un said that the drills were “a victory of the whole army.”")
    found = quote_readings(text, source="Korean People's Army General Staff")
    assert found == [("Kim Jong Un", "KCNA", "article")]


def test_a_statement_with_no_credited_dateline_names_no_medium():
    text = ("The Central Committee of the Union of Agricultural Workers issued the following statement on Saturday:\n\n"
            "Respected Comrade Kim Jong Un said that the harvest was “a victory of the whole people.”")
    found = quote_readings(text, source="Agricultural Workers' Union statement")
    assert found == [("Kim Jong Un", None, None)]


def test_a_source_that_is_a_medium_keeps_its_own_name_over_the_credit():
    text = ("MOSCOW, May 3 (TASS) -- Defence Minister Andrei Belousov said the drills were “a success.”")
    assert quote_readings(text, source="RIA Novosti") == [("Andrei Belousov", "RIA Novosti", "article")]


def test_a_wire_republishers_copy_names_the_wire_the_words_were_told_to():
    text = ("SEOUL, March 9 (Yonhap) -- Defense Minister Ahn Gyu-back told Yonhap on Sunday that the drills would go "
            "ahead “as planned.”")
    assert quote_readings(text, source="Korea Bizwire") == [("Ahn Gyu-back", "Yonhap", "sentence")]
