"""A speaker named between the words and an "according to" source after them speaks; the source relays."""

from quote_readings import quote_speakers


def test_body_said_before_according_to_lawmaker_is_the_body():
    text = ('Lee Sang-min sits on the intelligence committee. '
            '"The troops are tired," the NIS said, according to Lee.')
    assert quote_speakers(text) == ["National Intelligence Service"]


def test_military_said_before_according_to_lawmaker_is_the_military():
    text = ('Kim Min-jun sits on the defence committee. '
            '"The launches will go on," the Joint Chiefs of Staff said, according to Kim.')
    assert quote_speakers(text) == ["Joint Chiefs of Staff"]


def test_according_to_alone_still_gives_the_source_the_words():
    text = ('Lee Sang-min sits on the intelligence committee. '
            'The troops were "tired and hungry," according to Lee.')
    assert quote_speakers(text) == ["Lee Sang-min"]


def test_pronoun_relay_after_the_speaker_does_not_take_the_words():
    text = ('Lee Sang-min sits on the intelligence committee. '
            '"The troops are tired," the JCS said, according to him.')
    assert quote_speakers(text) == ["Joint Chiefs of Staff"]
