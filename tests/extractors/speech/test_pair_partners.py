"""The other of a pair speaks as the one picked out before it ("One of the prisoners told me …. The other said")
(dossier.extractors.speech.pair_partners), on sentences written for the tests."""

from quote_readings import quote_speakers

VISIT = ("I met the two citizens of the Democratic People's Republic of Korea who were taken prisoner near Sudzha in "
         "January. Both are held under the Geneva Conventions relative to the Treatment of Prisoners of War. They are "
         "given food and rest.\n\n")


def test_the_other_speaks_as_the_one_of_the_prisoners_before_it():
    text = VISIT + ("One of the prisoners told me, through an interpreter, that he “had no idea” where he was sent. "
                    "The other said that he wants “to stay in Ukraine” and will not go back.")
    assert quote_speakers(text) == ["captured North Korean soldier"] * 2
