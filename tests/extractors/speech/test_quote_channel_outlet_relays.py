"""A state outlet prints the words of its own state, but a medium its sentence says quoted them stays their channel."""

from quote_readings import quote_readings


def test_a_medium_the_sentence_says_quoted_the_words_stays_their_channel_in_a_state_outlet():
    text = "Defence Minister Andrei Belousov was quoted by the newspaper Krasnaya Zvezda as saying the drills were “a success.”"
    assert quote_readings(text, source="TASS")[0][1:] == ("Krasnaya Zvezda", "sentence")


def test_a_medium_that_is_the_subject_of_a_verb_of_relaying_the_speaker_stays_their_channel_in_a_state_outlet():
    text = ("Izvestia on Friday quoted Deputy Foreign Minister Sergei Ryabkov as saying the talks had reached "
            "“a dead end.”")
    assert quote_readings(text, source="TASS") == [("Sergei Ryabkov", "Izvestia", "sentence")]


def test_a_medium_that_quoted_an_unnamed_speaker_as_its_subject_stays_their_channel_in_a_state_outlet():
    text = ("Respected Comrade Kim Jong Un visited a new orchard on Tuesday.\n\n"
            "Rodong Sinmun quoted a woman farmer as saying: “The trees are a gift of love.”")
    assert quote_readings(text, source="Pyongyang Sinmun")[-1] == ("woman farmer", "Rodong Sinmun", "sentence")


def test_a_medium_that_quoted_someone_else_gives_way_to_the_state_outlet():
    text = ("Izvestia on Friday quoted a Western diplomat as saying, and Deputy Foreign Minister Sergei Ryabkov said "
            "the talks had reached “a dead end.”")
    assert quote_readings(text, source="TASS") == [("Sergei Ryabkov", "TASS", "article")]


def test_a_medium_the_words_were_said_to_gives_way_to_the_state_outlet():
    text = "Defence Minister Andrei Belousov told Rossiya-1 the drills were “a success.”"
    assert quote_readings(text, source="TASS")[0][1:] == ("TASS", "article")


def test_a_state_papers_quote_of_another_paper_keeps_that_paper():
    text = ("Respected Comrade Kim Jong Un visited a new orchard on Tuesday.\n\n"
            "A woman farmer was quoted by the newspaper Nongmin Sinmun as saying: “The trees are a gift of love.”")
    assert quote_readings(text, source="Pyongyang Sinmun")[-1][1:] == ("Nongmin Sinmun", "sentence")
