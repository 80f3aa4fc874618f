"""dossier.extractors.speech.quote_channels: the medium a quote reaches us through, read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from quote_readings import quote_readings


def _channels(text: str, source: str = "Yonhap") -> list[tuple[str | None, str | None]]:
    """(speaker, channel) of each quote of a one-article corpus."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(r.speaker if isinstance(r.speaker, str) else None, r.channel if isinstance(r.channel, str) else None)
            for r in df.itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The North's news agency, described rather than named, is KCNA.
        ("Kim Jong Un called the pact “unbreakable,” as reported by the North's official news agency.", ("Kim Jong Un", "KCNA")),
        ("Choe Son Hui said the visit was “historic,” according to Pyongyang's state news agency.", ("Choe Son Hui", "KCNA")),
        # With either apostrophe.
        ("Choe Son Hui said the visit was “historic,” according to Pyongyang’s state news agency.", ("Choe Son Hui", "KCNA")),
        ("Kim Jong Un praised the “heroes” of Kursk, North Korea’s state media said.", ("Kim Jong Un", "DPRK state media")),
        # The ruling party's newspaper is the Rodong Sinmun, named or not.
        ("“The enemy will be crushed,” Kim said in an essay carried by the ruling party's newspaper.", ("Kim Jong Un", "Rodong Sinmun")),
        ("The ruling Workers' Party's newspaper said the drills were “a rehearsal for war.”", ("Rodong Sinmun", "Rodong Sinmun")),
        # The North's television, unnamed, is an unnamed DPRK state medium; Russia's is Russian state media.
        ("North Korean state TV aired footage of Kim Jong Un calling the pilots “fearless.”", ("Kim Jong Un", "DPRK state media")),
        ("Kim Jong Un told the crew they were “the pride of the nation,” the North's state broadcaster said.",
         ("Kim Jong Un", "DPRK state media")),
        ("Russian state TV showed Sergei Shoigu describing the Korean units as “disciplined.”", ("Sergei Shoigu", "Russian state media")),
        # A mouthpiece or a newspaper of the North's, unnamed (the state has more than one), is unnamed DPRK state media.
        ("Kim Jong Un hailed the sappers as “true patriots,” Pyongyang's official mouthpiece reported.",
         ("Kim Jong Un", "DPRK state media")),
        ("Kim Jong Un hailed the sappers as “true patriots,” North Korea's state newspaper said.",
         ("Kim Jong Un", "DPRK state media")),
        # "The broadcaster" after unnamed state television is that medium.
        ("North Korean state TV aired the parade. Kim Jong Un called the army “invincible”, according to the broadcaster.",
         ("Kim Jong Un", "DPRK state media")),
    ],
)
def test_a_dprk_medium_described_is_the_medium(text, expected):
    assert _channels(text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A time between the medium and its relaying verb.
        ("Pyongyang stayed silent, though KCNA last week quoted Kim Jong Un as saying the troops fought “like lions.”",
         ("Kim Jong Un", "KCNA")),
        ("The Rodong Sinmun on Sunday reported Choe Son Hui as saying the pact was “a shield.”", ("Choe Son Hui", "Rodong Sinmun")),
    ],
)
def test_a_medium_relays_across_a_time(text, expected):
    assert _channels(text)[0] == expected


def test_remarks_a_medium_carried_give_their_speaker_s_later_quotes_its_name():
    # The lead's unnamed "state media", then the agency named for the same remarks: the later quote's channel is named.
    got = _channels("SEOUL, Feb. 2 (Yonhap) -- Kim Jong Un pledged “steadfast” backing for Moscow, state media said.\n\n"
                    "Kim made the comments during a visit to a munitions plant, according to the Korean Central News Agency.\n\n"
                    "“Our army and people will stand with the Russian comrades,” Kim was quoted as saying.")
    assert got == [("Kim Jong Un", "DPRK state media"), ("Kim Jong Un", "KCNA")]


def test_a_statement_a_later_sentence_says_a_medium_released_is_the_channel_of_its_issuers_quotes():
    # The statement is the ministry's, the subject of the lead, not Pyongyang's, the subject of its last clause.
    got = _channels("North Korea's foreign ministry on Friday called the sanctions “an act of war”, as Pyongyang "
                    "readied a party congress.\n\nThe statement, released through the Korean Central News Agency, "
                    "followed a week of launches.", source="NK News")
    assert got == [("DPRK Foreign Ministry", "KCNA")]


def test_remarks_a_medium_carried_after_the_quote_are_its_channel():
    got = _channels("MOSCOW (AP) — Defence Minister Andrei Belousov told the generals the allies had been “decisive”. "
                    "His comments were aired by Russian state television.", source="AP")
    assert got == [("Andrei Belousov", "Russian state media")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A state's medium by owner, modifier and noun (data/state_media.csv), in forms no list spells out.
        ("Pak Jong Chon said the exercise was “a reckless gamble,” according to North Korean propaganda outlets.",
         ("Pak Jong Chon", "DPRK state media")),
        ("Kim Yo Jong mocked the summit as “a farce” in remarks carried by Pyongyang’s state broadcaster.",
         ("Kim Yo Jong", "Korean Central Television")),
        ("Sergei Shoigu said the alliance was “unshakeable,” Russian state-controlled television reported.",
         ("Sergei Shoigu", "Russian state media")),
        # The party's newspaper, main or not, is the Rodong Sinmun; a propaganda website an unnamed DPRK medium.
        ("Pyongyang's main party newspaper called the envoy's visit “a festival of friendship.”",
         ("Rodong Sinmun", "Rodong Sinmun")),
        ("Ri Il Hwan urged writers to “sing of the heroes,” the North's party daily reported.",
         ("Ri Il Hwan", "Rodong Sinmun")),
        ("Kim Yo Jong called the leaflets “filthy garbage,” according to a North Korean propaganda website.",
         ("Kim Yo Jong", "DPRK state media")),
        # The regime's media are the speaker's state's; media outlets, a propaganda machine and the Central
        # Broadcasting Station of the North are its media.
        ("Pak Jong Chon called the drills “a rehearsal for invasion,” the regime's media reported.",
         ("Pak Jong Chon", "DPRK state media")),
        ("Sergei Shoigu called the alliance “unshakeable,” the regime's media reported.",
         ("Sergei Shoigu", "Russian state media")),
        ("Kim Yo Jong called the leaflets “trash,” Pyongyang's official media outlets said.",
         ("Kim Yo Jong", "DPRK state media")),
        ("Kim Yo Jong called the leaflets “trash,” the North's propaganda machine said.",
         ("Kim Yo Jong", "DPRK state media")),
        ("Kim Yo Jong called the leaflets “trash,” the North's Central Broadcasting Station reported.",
         ("Kim Yo Jong", "Korean Central Broadcasting Station")),
        ("Kim Yo Jong called the leaflets “trash,” state media in the North reported.",
         ("Kim Yo Jong", "DPRK state media")),
        # A Russian medium without a word for the state's is not state media, but Russian media as described.
        ("Sergei Shoigu said the alliance was “unshakeable,” Russian media reported.", ("Sergei Shoigu", "Russian media")),
    ],
)
def test_a_state_medium_described_by_owner_modifier_and_noun(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


def test_a_sentence_naming_no_speaker_relays_the_words_of_the_one_before():
    # A quoted title's full stop splits the sentence; its second half names the medium only.
    got = _channels("Sergei Shoigu spoke at the forum “Russia. East 2025” in Vladivostok on Monday, a TASS correspondent "
                    "reports.\n\n“The alliance is a shield against aggression,” Shoigu said.", source="Reuters")
    assert got[-1] == ("Sergei Shoigu", "TASS")


def test_the_report_of_a_medium_named_just_before_is_that_medium():
    # "the report" relays through the medium its sentence or the one before names, not one named further back.
    got = _channels("Shoigu spoke to TASS on Monday.\n\nNorth Korean state media said on Thursday that the leaders had met. "
                    "Kim Jong Un pledged “full support” for the war, the report said.", source="Reuters")
    assert got[-1] == ("Kim Jong Un", "DPRK state media")
    # A report no medium near it names relays through no one.
    got = _channels("Shoigu spoke to TASS on Monday.\n\nThe monitoring team published its findings. Its analysts "
                    "were thorough. The report said Pyongyang had shipped “millions of shells.”", source="Reuters")
    assert got[-1][1] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # An apposition between a medium and its verb of saying leaves the medium the source of the words.
        ("KCNA, the North's official mouthpiece, said Kim had called the pilots “fearless”.", ("Kim Jong Un", "KCNA")),
        ("TASS, a Russian state news agency, reported that Lavrov called the talks “fruitful”.", ("Sergei Lavrov", "TASS")),
    ],
)
def test_a_medium_described_in_an_apposition_still_relays(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # State media with no state of their own are the speaker's state's: the DPRK's for Pyongyang's words,
        ("Kim Jong Un told state television that the rockets were “a gift”.", ("Kim Jong Un", "DPRK state media")),
        # Russia's for Moscow's,
        ("Vladimir Putin said on state television that the pact was “an example”.", ("Vladimir Putin", "Russian state media")),
        ("Sergei Lavrov told state media the talks had been “frank”.", ("Sergei Lavrov", "Russian state media")),
        # and none that the vocabularies know for a state without state media there.
        ("Volodymyr Zelensky told state television the strike was “cynical”.", ("Volodymyr Zelensky", None)),
        # A medium that names its state keeps it, whoever speaks.
        ("Sergei Lavrov told North Korean state media the alliance was “unshakable”.", ("Sergei Lavrov", "DPRK state media")),
    ],
)
def test_unowned_state_media_are_the_speakers_states(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


@pytest.mark.parametrize("verb", ["added", "adds"])
def test_a_medium_that_adds_relays(verb):
    text = f"Kim Jong Un inspected the plant. He called the shells “our pride”, KCNA {verb}."
    assert _channels(text, source="Reuters")[0] == ("Kim Jong Un", "KCNA")


@pytest.mark.parametrize(
    "text, expected",
    [
        # The North's agency is KCNA, "news" or not;
        ("The North Korean agency cited Kim Jong Un as saying the launch was “a success”.", ("Kim Jong Un", "KCNA")),
        ("Kim Jong Un called the drill “flawless”, North Korea's official agency said.", ("Kim Jong Un", "KCNA")),
    ],
)
def test_the_norths_agency_is_kcna(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


def test_the_norths_space_agency_is_no_medium():
    speaker, channel = _channels("North Korea's space agency said the satellite was “in orbit”.", source="Reuters")[0]
    assert speaker != "KCNA" and channel is None


def _bases(text: str, source: str = "Reuters") -> list[tuple[str | None, str | None]]:
    """(channel, channel_basis) of each quote of a one-article corpus."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(r.channel if isinstance(r.channel, str) else None, r.channel_basis if isinstance(r.channel_basis, str) else None)
            for r in df.itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A medium named in one sentence and carrying the words as "it" in the next: known from the paragraph.
        ("TASS did not report the figures. It quoted Deputy Foreign Minister Andrei Rudenko as calling the sanctions "
         "“illegitimate.”", ("TASS", "paragraph")),
        ("Rodong Sinmun devoted its front page to the parade. It quoted Kim Jong Un as calling the troops "
         "“invincible.”", ("Rodong Sinmun", "paragraph")),
    ],
)
def test_a_medium_carrying_words_as_a_pronoun_is_known_where_it_was_named(text, expected):
    assert _bases(text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A medium that "ran" a piece of its own speaks in it, as one that published or carried it does.
        ("Minju Joson ran an editorial on Tuesday saying that the partnership with Moscow would “only grow stronger.”",
         ("Minju Joson", "Minju Joson")),
        # A piece by someone else that it ran: the medium relays the author's words.
        ("Rodong Sinmun ran an article by Kim Jong Un in which the leader called the fallen “heroes.”",
         ("Kim Jong Un", "Rodong Sinmun")),
    ],
)
def test_a_medium_that_ran_a_piece_speaks_in_it(text, expected):
    assert _channels(text, source="NK News")[0] == expected


def test_the_ruling_party_newspaper_is_rodong_sinmun_speaking_and_relaying():
    got = _channels("North Korea's ruling party newspaper on Monday hailed the troops as “true patriots.”")
    assert got == [("Rodong Sinmun", "Rodong Sinmun")]


def test_the_party_newspaper_named_before_is_rodong_sinmun():
    got = _channels("The Rodong Sinmun ran a poem on Sunday.\n\nThe party newspaper said the poet had been "
                    "“moved to tears by the heroes.”")
    assert got == [("Rodong Sinmun", "Rodong Sinmun")]



@pytest.mark.parametrize(
    "text, expected",
    [
        # A medium spoken to later in the article carries what was said to it, not words said before.
        ("“The front is holding,” Zelensky said on Monday.\n\nLater, Zelensky told AFP that the North Koreans were "
         "“cannon fodder.”", [("Volodymyr Zelensky", None), ("Volodymyr Zelensky", "AFP")]),
        # A medium that reports the words further on is their channel.
        ("“The heroes will return,” Kim Jong Un said.\n\nKim Jong Un made the remarks at a banquet, according to KCNA.",
         [("Kim Jong Un", "KCNA")]),
    ],
)
def test_a_medium_spoken_to_later_is_no_channel_of_earlier_words(text, expected):
    assert _channels(text, source="AP") == expected


def test_a_medium_named_earlier_in_the_sentence_is_known_there():
    # The medium is named in the quote's own sentence, before a pronoun the account reads as it.
    text = "KCNA released a statement from the DPRK Foreign Ministry, in which it called the drills “reckless.”"
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": ["Reuters"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert list(zip(df.speaker, df.channel, df.channel_basis)) == [("DPRK Foreign Ministry", "KCNA", "sentence")]


def _channel_bases(text: str, source: str) -> list[tuple[str | None, str | None]]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(c if isinstance(c, str) else None, b if isinstance(b, str) else None) for c, b in zip(df.channel, df.channel_basis)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A medium's account of what the speaker did, earlier in the paragraph, relays the speaker's words after it.
        ("Kim Jong Un toured the plant on Friday, state media reported.\n\nKim pinned medals on the crews, according "
         "to KCNA. He called them “the pride of the army.”", ("KCNA", "paragraph")),
        # Not from another paragraph: there the article's lead decides.
        ("Kim Jong Un pinned medals on the crews, according to KCNA.\n\nHe called them “the pride of the army.”",
         ("KCNA", "article")),
    ],
)
def test_a_mediums_account_of_the_speaker_in_the_paragraph_relays_him(text, expected):
    assert _channel_bases(text, "NK News") == [expected]


def test_a_mediums_account_of_the_speaker_elsewhere_relays_none_of_his_words():
    # "According to The New York Times, Kim ordered …" puts no words of his in the Times' mouth further on.
    text = ("Kim Jong Un called the alliance “unbreakable,” KCNA reported.\n\nAccording to The New York Times, "
            "the North Korean leader ordered a monument built.\n\nKim also said the troops were “heroes.”")
    assert _channel_bases(text, "The Kyiv Independent") == [("KCNA", "sentence"), ("KCNA", "article")]


@pytest.mark.parametrize("text, expected", [
    # A medium that carried a document names its issuer's words: the document named again speaks through it.
    ("Rodong Sinmun carried a statement by the Central Military Commission of the WPK. The statement hailed the "
     "troops as “the pride of the nation.”", ("Central Military Commission of the WPK", "Rodong Sinmun")),
    # Its author, whom nothing else ties to a state, speaks for the DPRK's through it, even a paragraph later.
    ("Korean Central Television aired a commentary by Pak Un Song on Sunday.\n\n"
     "The commentary called the alliance “a fortress of justice.”", ("Pak Un Song", "Korean Central Television")),
])
def test_a_medium_carrying_a_document_by_its_issuer_relays_the_issuers_words(text, expected):
    assert _channels(text, source=None) == [expected]


@pytest.mark.parametrize("text, expected", [
    # The DPRK medium the paragraph has just spoken of carries the leader's words, not one named in another paragraph.
    ("The Rodong Sinmun published a poem praising “the eternal friendship” on Friday.\n\n"
     "State media have aired dozens of reports on the new hospital. Kim Jong Un, who in one speech called the "
     "doctors “soldiers in white gowns,” toured it twice.", ("DPRK state media", "paragraph")),
    ("North Korean state TV devoted an hour to the ceremony. Kim Jong Un told the crowd the dead were “immortal.”",
     ("DPRK state media", "paragraph")),
])
def test_a_dprk_medium_spoken_of_in_the_paragraph_carries_its_leaders_words(text, expected):
    assert _channel_bases(text, "NK News")[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # A letter a DPRK paper printed reaches us through the paper, whoever wrote it.
    ("Minju Joson printed a letter from a Belarusian pensioner, who wrote that she “prays for the Korean soldiers.”",
     ("Belarusian pensioner", "Minju Joson")),
    ("The Rodong Sinmun on Sunday printed a poem by a Russian schoolgirl, who wrote that the Koreans were “our "
     "saviours.”", ("Russian schoolgirl", "Rodong Sinmun")),
])
def test_a_letter_a_dprk_paper_printed_reaches_us_through_the_paper(text, expected):
    assert _channels(text, source="NK News") == [expected]


@pytest.mark.parametrize("text, expected", [
    # A Russian official's words to TASS or in a TASS dispatch reach us through TASS.
    ("Leonid Slutsky told reporters that the partnership was “beyond any sanctions.”", ("Leonid Slutsky", "TASS")),
    ("State Duma Speaker Vyacheslav Volodin called the North Korean troops “true allies.”", ("Vyacheslav Volodin", "TASS")),
])
def test_a_russian_lawmakers_words_in_tass_reach_us_through_tass(text, expected):
    assert _channels(text, source="TASS") == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A piece the medium ran is spoken of, not the source of the words, after "on", "to" or "about".
        ("The Rodong Sinmun ran an editorial on Sunday.\n\nSeoul's unification ministry declined to comment on the "
         "editorial, saying it was “not worth a reply.”", ("South Korean Ministry of Unification", None)),
        ("KCNA released a report on the drills.\n\nAsked about the report, Lee Jae-myung said Seoul would “stay calm.”",
         ("Lee Jae-myung", None)),
        # "In the editorial" and "according to the report" still make it the source.
        ("The Rodong Sinmun ran an editorial on Sunday.\n\nIn the editorial, Kim Jong Un was quoted as calling the "
         "troops “heroes.”", ("Kim Jong Un", "Rodong Sinmun")),
    ],
)
def test_a_piece_a_medium_ran_is_the_source_only_of_words_in_it(text, expected):
    assert _channels(text, source="Reuters")[-1] == expected


def test_a_later_sentence_of_the_paragraph_naming_the_medium_comes_before_the_lead():
    text = ("North Korea warned of “merciless retaliation,” the North's official media said.\n\n"
            "The North's foreign ministry said the sanctions were “a declaration of war.” "
            "The statement was carried by the Korean Central News Agency.")
    assert _channel_bases(text, "Reuters")[-1] == ("KCNA", "article")


@pytest.mark.parametrize(
    "text, expected",
    [
        # A medium's piece that the words answer is their topic, not their way to us.
        ("Reacting to the KCNA commentary, Seoul's defence ministry said the exercises were “routine.”",
         ("South Korean Ministry of National Defense", None)),
        ("Asked about the North's statement, carried by the Rodong Sinmun on Monday, Cho Tae-yul said it was "
         "“regrettable.”", ("Cho Tae-yul", None)),
        # A medium that asked the question is still the way the answer reaches us.
        ("Responding to a question from KCNA, a spokesman for the North's Foreign Ministry said the drills were "
         "“a grave provocation.”",
         ("DPRK Foreign Ministry", "KCNA")),
    ],
)
def test_a_medium_s_piece_the_words_answer_is_no_channel(text, expected):
    assert _channels(text, source="Yonhap")[0] == expected


@pytest.mark.parametrize(
    "opening",
    [
        "Asked about", "ASKED ABOUT",
        "As\u212aed about",  # a Kelvin sign, which lower-cases to "k" (the article's word list keeps it)
    ],
)
def test_a_topic_phrase_is_read_in_any_case(opening):
    text = (f"{opening} the North's statement, carried by the Rodong Sinmun on Monday, Cho Tae-yul said it was "
            "“regrettable.”")
    assert _channels(text, source="Yonhap")[0] == ("Cho Tae-yul", None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # The documentary or programme a broadcaster aired is its report: the words in it reach us through it, there.
        ("Korean Central Television aired a documentary on the Kursk fighting on Friday. In the documentary, Pak "
         "Jong Chon told the troops that “the motherland is proud of you.”", ("Korean Central Television", "sentence")),
        ("KCTV aired a new programme about the war.\n\nIn the programme, an officer named Ri Song Chol says the "
         "enemy “fled like rats.”", ("Korean Central Television", "sentence")),
    ],
)
def test_a_documentary_a_broadcaster_aired_is_its_report(text, expected):
    assert _channel_bases(text, "Reuters") == [expected]


@pytest.mark.parametrize("source, channel", [("Voice of Korea (English)", "Voice of Korea"),
                                             ("TASS (English edition)", "TASS"), ("Arirang-Meari", "Arirang Meari")])
def test_a_state_medium_s_edition_is_the_medium(source, channel):
    # The outlet of an edition in another language is the medium: the channel of its own state's words.
    speaker = "Sergei Shoigu" if channel == "TASS" else "Kim Jong Un"
    got = _channels(f"{speaker} said the alliance was “invincible.”", source=source)
    assert got == [(speaker, channel)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Of two media a sentence relays a speaker's words through, the one of the speaker's state is the channel of
        # the words the next sentences go on to quote.
        ("Yonhap, citing KCNA, reported that Pak Jong Chon told gunners of an artillery unit to train harder. Pak "
         "added that they must be “ready for any order.”", ("Pak Jong Chon", "KCNA")),
        ("AFP, citing RIA Novosti, reported that Sergei Shoigu told Kim Jong Un that Russia was grateful. Shoigu "
         "added that the talks would be “very substantive.”", ("Sergei Shoigu", "RIA Novosti")),
    ],
)
def test_a_sentence_citing_a_medium_of_the_speaker_s_state_passes_it_on(text, expected):
    assert _channels(text, source="The Guardian")[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "The comments", "These remarks" at the end of a paragraph are the words quoted before in it: the medium
        # that carried them is the channel of each speaker's, a Russian's as well as a North Korean's.
        ("“We are one family,” Choe Son Hui said at the dinner. Sergei Lavrov answered that Moscow would “never "
         "forget.” These remarks were reported by KCNA on Friday.",
         [("Choe Son Hui", "KCNA"), ("Sergei Lavrov", "KCNA")]),
        # A document the sentence names as someone's is theirs alone.
        ("“We are one family,” Choe Son Hui said at the dinner. Sergei Lavrov answered that Moscow would “never "
         "forget.” The statement by Maria Zakharova was reported by TASS.",
         [("Choe Son Hui", None), ("Sergei Lavrov", None)]),
    ],
)
def test_the_comments_a_medium_carried_are_the_paragraph_s_words(text, expected):
    assert _channels(text, source="The Guardian") == expected


@pytest.mark.parametrize("text", [
    "KCTV announcer Ri Chun Hi said the fallen were “immortal heroes.”",
    "Ri Chun Hi, the veteran KCTV anchor, said the fallen were “immortal heroes.”",
])
def test_a_medium_s_named_voice_speaks_through_it(text):
    assert _channels(text, source="Reuters")[0][1] == "Korean Central Television"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim Yo Jong called the drills “a farce,” the propaganda website Ryomyong said.", ("Kim Yo Jong", "Ryomyong")),
        ("Sergei Shoigu told VGTRK that the Korean soldiers were “heroes.”", ("Sergei Shoigu", "VGTRK")),
    ],
)
def test_more_state_media_by_name(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


def test_a_dprk_propaganda_site_is_dprk_state_media():
    arts = pd.DataFrame({"article_id": ["a1"], "published": [pd.Timestamp("2025-05-06")], "source": ["Reuters"],
                         "text": ["Kim Yo Jong called the drills “a farce,” the website Sogwang said."]})
    assert dossier.quotes(dossier.sentences(arts), arts).via_dprk_state_media.tolist() == [True]


def test_a_medium_quoting_him_later_relays_his_earlier_words():
    got = _channel_bases("Choe Son Hui said the visit had “opened a new chapter.”\n\nKCNA later quoted her as saying "
                         "that the two sides would “never be divided.”", "Reuters")
    assert got == [("KCNA", "article"), ("KCNA", "sentence")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A DPRK medium a South Korean or Ukrainian body speaks of is not the way their words reach us.
        ("The JCS said the KCNA report was “exaggerated.”", ("Joint Chiefs of Staff", None)),
        ("While KCNA said the test was a success, the JCS said the missile “exploded in mid-air.”",
         ("Joint Chiefs of Staff", None)),
        ("Ukraine's Foreign Ministry dismissed the KCNA commentary as “absurd.”",
         ("Ukrainian Ministry of Foreign Affairs", None)),
        # Unless the sentence makes it their source.
        ("KCNA quoted South Korean President Lee Jae-myung as saying he wanted “peace.”", ("Lee Jae-myung", "KCNA")),
        # Russia's officials reach us through the DPRK's media as they say.
        ("Andrei Rudenko said the KCNA report was “accurate.”", ("Andrei Rudenko", "KCNA")),
    ],
)
def test_a_dprk_medium_an_adversary_speaks_of_is_not_their_channel(text, expected):
    assert _channels(text, source="Yonhap")[0] == expected


def test_a_time_of_day_between_a_medium_and_its_verb():
    got = _channel_bases("Korean Central Television late on Thursday evening broadcast a statement by the Central "
                         "Military Commission.\n\nThe statement said the troops had acted “in accordance with the "
                         "treaty.”", "NHK")
    assert got == [("Korean Central Television", "article")]


@pytest.mark.parametrize("text, expected", [
    # "…, Xinhua reported" gives the medium's account of the sentence's subject, as "according to Xinhua" does: the
    # subject's words in the paragraph's next sentence reach us through it.
    ("Xi Jinping received Lavrov in Beijing on Monday, Xinhua reported. Xi said the two sides should “keep close "
     "contact.”", ("Xi Jinping", "Xinhua")),
    ("Shoigu arrived in Pyongyang on Friday, TASS reported. Shoigu told Kim the treaty was “working.”",
     ("Sergei Shoigu", "TASS")),
    # Not when the sentence relays another's words.
    ("Xi Jinping received Lavrov in Beijing on Monday, and Lavrov said the talks were useful, Xinhua reported. Xi "
     "said the two sides should “keep close contact.”", ("Xi Jinping", None)),
])
def test_a_medium_reporting_what_its_subject_did_relays_the_subjects_words_after(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


@pytest.mark.parametrize("text, expected", [
    # China's media described are China's, never the North's: "state media" is the DPRK's only without an owner.
    ("Chinese state media said Xi Jinping called the partnership “a model for major countries.”",
     ("Xi Jinping", "Chinese state media")),
    ("Xi Jinping called the talks “candid,” China's state broadcaster said.", ("Xi Jinping", "CCTV")),
    ("Xi Jinping called the talks “candid,” according to China’s state news agency.", ("Xi Jinping", "Xinhua")),
])
def test_chinese_state_media_described_are_chinas(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


@pytest.mark.parametrize("text, expected", [
    # A medium that ran a DPRK medium's piece relays the DPRK's words from it, in the paragraph after.
    ("Sputnik carried the Rodong Sinmun article on Monday. It quoted Choe Son Hui as calling the treaty “a shield.”",
     ("Choe Son Hui", "Rodong Sinmun")),
    # Another state's words it quotes are its own relay.
    ("Sputnik ran the Rodong Sinmun article on Monday. It quoted Sergei Shoigu as calling the treaty “a shield.”",
     ("Sergei Shoigu", "Sputnik")),
])
def test_a_medium_relaying_a_dprk_piece_passes_on_the_dprks_words_from_it(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


def test_a_dprk_mediums_own_article_carries_its_states_words_itself():
    # In KCNA's article, Rodong Sinmun's piece of another paragraph does not carry what Choe said.
    text = ("Rodong Sinmun reported on Monday that the two armies had trained together.\n\n"
            "Choe Son Hui said in a press statement that the drills would “meet a due answer.”")
    assert _channels(text, source="KCNA") == [("Choe Son Hui", "KCNA")]
    # In another outlet's, the DPRK medium named before is their source, as before.
    assert _channels(text, source="Reuters") == [("Choe Son Hui", "Rodong Sinmun")]


@pytest.mark.parametrize("text, expected", [
    # One who writes for a medium, named after it, writes through it.
    ("Rodong Sinmun commentator Ri Chol Jin wrote that the pact was “a bulwark.”", ("Ri Chol Jin", "Rodong Sinmun")),
    ("Izvestia columnist Pavel Orlov wrote that Pyongyang had been “a loyal friend.”", ("Pavel Orlov", "Izvestia")),
])
def test_who_writes_for_a_medium_named_before_writes_through_it(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


@pytest.mark.parametrize("text, source, expected", [
    # A state medium relays its own state's officials' words even when they were said first on another medium.
    ("Dmitry Peskov, speaking on Rossiya-1, said the talks had been “useful.”", "TASS", ("Dmitry Peskov", "TASS")),
    ("Kyrylo Budanov spoke on national television on Friday. “The shells keep coming,” he said.", "Ukrinform",
     ("Kyrylo Budanov", "Ukrinform")),
    ("Choe Son Hui said in a speech aired by Korean Central Television that the drills were “reckless.”", "KCNA",
     ("Choe Son Hui", "KCNA")),
    # Not those another state's medium carried, nor those the outlet says it reported in the sentence.
    ("The KCNA report said Shoigu met Kim. Shoigu said Russia “will not forget” the soldiers, the agency said.", "TASS",
     ("Sergei Shoigu", "KCNA")),
    # Another state's officials still take the medium they spoke on.
    ("Dmitry Peskov, speaking on Rossiya-1, said the talks had been “useful.”", "Ukrinform", ("Dmitry Peskov", "Rossiya 1")),
])
def test_a_state_medium_relays_its_own_state_s_words_said_on_another(text, source, expected):
    assert _channels(text, source=source)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # Named after the verb of saying too: the writer speaks, through the medium.
    ("“Who can stop us now?” wrote Rodong Sinmun commentator Jong Song Il on Monday.", ("Jong Song Il", "Rodong Sinmun")),
    ("“Our friendship is sealed,” said Korean Central Television announcer Kim Yong Hui.",
     ("Kim Yong Hui", "Korean Central Television")),
    ("“The West is nervous,” wrote Izvestia columnist Pavel Orlov.", ("Pavel Orlov", "Izvestia")),
    # A medium named alone still speaks for itself.
    ("“Who can stop us now?” wrote Rodong Sinmun on Monday.", ("Rodong Sinmun", "Rodong Sinmun")),
])
def test_who_writes_for_a_medium_named_after_the_verb_writes_through_it(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


@pytest.mark.parametrize("text, expected", [
    # A body without its state, whose statement a medium carried, is of the medium's state, in Seoul's coverage too.
    ("SEOUL, Nov. 3 (Yonhap) -- In a press statement carried by KCNA, the foreign ministry called the drills “reckless.”",
     ("DPRK Foreign Ministry", "KCNA")),
    ("SEOUL, Nov. 3 (Yonhap) -- In a statement released through TASS, the defence ministry called the crews “heroes.”",
     ("Russian Ministry of Defence", "TASS")),
    # Asked about the piece, the body answers it: the home state's.
    ("SEOUL, Nov. 3 (Yonhap) -- Asked about the statement carried by KCNA, the foreign ministry called it “groundless.”",
     ("South Korean Ministry of Foreign Affairs", None)),
])
def test_a_body_whose_statement_a_medium_carried_is_of_the_medium_s_state(text, expected):
    assert _channels(text)[0] == expected


def test_a_body_answering_a_piece_another_state_s_medium_carried_is_the_home_state_s():
    # Even right after the other state's body of those words was named.
    text = ("SEOUL, Nov. 3 (Yonhap) -- In a press statement carried by KCNA, the foreign ministry called the drills "
            "“reckless.” Asked about the statement carried by KCNA, the foreign ministry called it “groundless.”")
    assert _channels(text) == [("DPRK Foreign Ministry", "KCNA"), ("South Korean Ministry of Foreign Affairs", None)]


@pytest.mark.parametrize("text, channel", [
    # A medium said to have carried nothing is no source of the quotes after it.
    ("State media has not reported the rotation. Kim Yo Jong called the drills “a farce.”", None),
    ("KCNA made no mention of the losses. Kim Jong Un said the troops had “fulfilled their duty.”", None),
    ("The North's official media did not mention the casualties. Kim Jong Un said the troops had “fulfilled their duty.”",
     None),
    # Unlike one that reported, even a denial.
    ("State media reported the rotation. Kim Yo Jong called the drills “a farce.”", "DPRK state media"),
    ("KCNA said no soldiers had died. Kim Jong Un said the troops had “fulfilled their duty.”", "KCNA"),
])
def test_a_medium_that_carried_nothing_relays_nothing(text, channel):
    assert _channels(text, source="Reuters")[0][1] == channel


@pytest.mark.parametrize("text, expected", [
    # Who a broadcaster's film shows speaks through it.
    ("Korean Central Television aired a documentary on the Kursk campaign on Sunday.\n\nIn the film, a company "
     "commander recalls the first night. “We did not sleep for three days,” he says.",
     [("company commander", "Korean Central Television")]),
    ("Channel One showed North Korean engineers at work near Sudzha.\n\nA Russian major in the segment called them "
     "“tireless.”", [("Russian major", "Channel One Russia")]),
    # Or who speaks to its camera or interviewer.
    ("Korean Central Television aired a film on the returning troops on Monday.\n\nA young sergeant tells the camera "
     "that he is “ready to go back.”", [("young sergeant", "Korean Central Television")]),
    # Not who speaks of the film, nor who is shown in no programme.
    ("Korean Central Television aired a documentary on the Kursk campaign on Sunday.\n\nThe unification ministry "
     "said it was studying the film. “It glorifies the deployment,” a ministry official said.",
     [("South Korean Ministry of Unification", None)]),
    ("Channel One covered the talks.\n\nA Russian major told AFP the engineers were “tireless.”",
     [("Russian major", "AFP")]),
])
def test_who_a_broadcaster_s_programme_shows_speaks_through_it(text, expected):
    assert _channels(text, source="Reuters") == expected


@pytest.mark.parametrize("text, channel", [
    # The North's television, unnamed, is the broadcaster the next sentence names.
    ("Kim Jong Un called the crews “heroes of the motherland,” North Korean state television reported. KCTV aired "
     "an hour of footage from the ceremony.", "Korean Central Television"),
    # Not unnamed state media of every kind, nor a newspaper named next.
    ("Kim Jong Un called the crews “heroes of the motherland,” North Korean state media reported. KCTV aired "
     "an hour of footage from the ceremony.", "DPRK state media"),
    ("Kim Jong Un called the crews “heroes of the motherland,” North Korean state television reported. The Rodong "
     "Sinmun ran photos on its front page.", "DPRK state media"),
])
def test_an_unnamed_broadcaster_is_the_one_the_next_sentence_names(text, channel):
    assert _channels(text, source="Reuters")[0][1] == channel


def test_a_state_medium_carries_its_official_called_by_the_title_of_an_apposition():
    text = ("Kim Yo Jong, vice department director of the WPK Central Committee, issued a press statement on Monday.\n\n"
            "The puppets are \u201cplaying with fire,\u201d the vice department director said. "
            "\u201cThey will regret it,\u201d she said.")
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["KCNA"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert list(zip(df.speaker, df.channel, df.channel_basis)) == [("Kim Yo Jong", "KCNA", "article")] * 2


@pytest.mark.parametrize("text, expected", [
    # A medium that left something out but carried words after all, in the same clause, is their channel there.
    ("Pyongyang marked the return of its troops on Monday. Rodong Sinmun gave no casualty figures but said Kim had "
     "praised the fallen as “sons of the motherland.”", [("Kim Jong Un", "Rodong Sinmun", "sentence")]),
    ("Pyongyang marked the return of its troops on Monday. KCNA did not name the brigade, but reported that Kim had "
     "called its officers “the backbone of the army.”", [("Kim Jong Un", "KCNA", "sentence")]),
    ("Pyongyang marked the return of its troops on Monday. KCNA avoided any mention of the dead and instead quoted Kim "
     "as saying the campaign was “a glorious chapter.”", [("Kim Jong Un", "KCNA", "sentence")]),
    ("Pyongyang marked the return of its troops on Monday. Korean Central Television, which aired the rally live, "
     "stopped short of naming Russia but said Kim had hailed “the immortal feats” of the fallen.",
     [("Kim Jong Un", "Korean Central Television", "sentence")]),
    # A denial with no verb of its own after the contrast leaves the medium out.
    ("Pyongyang marked the return of its troops on Monday. KCNA has not reported the ceremony, but Seoul's defence "
     "ministry said it was “a show for the cameras.”", [("South Korean Ministry of National Defense", None, None)]),
])
def test_a_medium_that_carried_words_after_a_denial_is_their_channel(text, expected):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": ["NK News"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    got = [(r.speaker, r.channel if isinstance(r.channel, str) else None, r.channel_basis if isinstance(r.channel_basis, str) else None)
           for r in df.itertuples()]
    assert got == expected


@pytest.mark.parametrize("source, text, expected", [
    # China's state media carry the words of China's own officials (the article is the channel), as TASS carries
    # Russia's: by the speaker's affiliation, or the title of a Chinese body they were first named with.
    ("Xinhua", "Chinese Foreign Ministry spokesperson Guo Jiakun spoke on Thursday. “Dialogue is the only way "
     "forward,” Guo said.", [("Guo Jiakun", "Xinhua", "article")]),
    ("CGTN", "Xi Jinping met the visiting delegation in Beijing. “Peace on the peninsula serves everyone,” Xi said.",
     [("Xi Jinping", "CGTN", "article")]),
    # Not another state's officials, nor an analyst it interviews.
    ("Xinhua", "Sergei Lavrov spoke in Moscow on Thursday. “Our ties are strong,” Lavrov said.",
     [("Sergei Lavrov", None, None)]),
    ("Global Times", "Analysts see little change. “Washington is stoking tension,” Zhang Wei, a scholar at Fudan "
     "University, told the Global Times.", [("Zhang Wei", None, None)]),
])
def test_chinas_state_media_carry_chinas_officials(source, text, expected):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    got = [(r.speaker, r.channel if isinstance(r.channel, str) else None, r.channel_basis if isinstance(r.channel_basis, str) else None)
           for r in df.itertuples()]
    assert got == expected


@pytest.mark.parametrize("text, channel", [
    # Russian state media by the names English copy gives them.
    ("“Our brothers stood with us,” Major General Sergei Volkov said on Russia 1.", "Rossiya 1"),
    ("“They were disciplined,” Colonel Pavel Orlov said in an interview with Russia 24.", "Rossiya 24"),
    ("“They held the line,” Colonel Pavel Orlov told Parlamentskaya Gazeta.", "Parlamentskaya Gazeta"),
    ("“They fought bravely,” Colonel Oleg Ivashov told a Krasnaya Zvezda correspondent.", "Krasnaya Zvezda"),
])
def test_russian_state_media_by_their_english_names(text, channel):
    assert [ch for _, ch in _channels(text, "Reuters")] == [channel]


@pytest.mark.parametrize("source, channel", [
    # A state outlet carries its own state's words, written with its broadcaster's word or not.
    ("TV Zvezda", "Zvezda"),
    ("Rossiya 24 TV", "Rossiya 24"),
    # Another state's outlet does not.
    ("Yonhap News Agency", None),
])
def test_a_state_outlet_carries_its_own_states_words(source, channel):
    assert _channels("“The Korean comrades held firm,” Sergei Lavrov said.", source) == [("Sergei Lavrov", channel)]


def _said_through(text: str, source: str) -> list[tuple[str | None, str | None, str | None]]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [tuple(v if isinstance(v, str) else None for v in (r.speaker, r.channel, r.channel_basis)) for r in df.itertuples()]


@pytest.mark.parametrize("source, text, expected", [
    # State outlets of each state carry their own state's officials' words (basis article) ...
    ("NTV", "“The treaty is working,” Sergei Lavrov said.", ("Sergei Lavrov", "NTV", "article")),
    ("Duma TV", "“The treaty is working,” Sergei Lavrov said.", ("Sergei Lavrov", "Duma TV", "article")),
    ("Joson Inmingun", "“Our soldiers fought as one with the Russians,” Kim Jong Un said.",
     ("Kim Jong Un", "Joson Inmingun", "article")),
    ("Nodong Sinmun", "“Our soldiers fought as one with the Russians,” Kim Jong Un said.",
     ("Kim Jong Un", "Rodong Sinmun", "article")),
    ("ArmyInform", "“The front is holding,” Volodymyr Zelensky said.", ("Volodymyr Zelensky", "ArmyInform", "article")),
    # ... but not another state's.
    ("NTV", "“Our soldiers fought as one with the Russians,” Kim Jong Un said.", ("Kim Jong Un", None, None)),
    ("Holos Ukrainy", "“The treaty is working,” Sergei Lavrov said.", ("Sergei Lavrov", None, None)),
])
def test_the_listed_state_outlets_carry_their_own_states_words(source, text, expected):
    assert _said_through(text, source) == [expected]


@pytest.mark.parametrize("text, channel", [
    ("Colonel Ivan Belov told NTV the Korean gunners were “very accurate.”", "NTV"),
    ("Lee Ji-ho, a defence analyst, told JTBC the deployment was “a turning point.”", "JTBC"),
    ("An officer told Hromadske that the prisoners were “exhausted.”", "Hromadske"),
    ("Ri Chol told Joson Inmingun that the unit had been “forged in battle.”", "Joson Inmingun"),
    ("A brigade commander told ArmyInform the assault was “repelled within hours.”", "ArmyInform"),
])
def test_told_a_listed_outlet_is_the_channel_of_the_sentence(text, channel):
    got = _said_through(text, "Reuters")
    assert [(ch, basis) for _, ch, basis in got] == [(channel, "sentence")]


@pytest.mark.parametrize("source, text, speaker", [
    # A ministry named without its state is the outlet's home state's.
    ("Hankook Ilbo", "The defense ministry called the launch “a grave provocation.”", "South Korean Ministry of National Defense"),
    ("NTV", "The foreign ministry called the sanctions “illegitimate.”", "Russian Foreign Ministry"),
])
def test_a_listed_outlet_gives_its_home_state_to_a_ministry_without_one(source, text, speaker):
    assert _said_through(text, source)[0][0] == speaker


@pytest.mark.parametrize("text, expected", [
    # A title before the name, a phrase with her possessive, then the verb: she speaks, through no earlier medium.
    ("Sergei Lavrov spoke to TASS on Monday. President Olena Marchuk in her evening address said the units were "
     "“bleeding out.”", [("Olena Marchuk", None, None)]),
    ("Sergei Lavrov spoke to TASS on Monday. President of Ukraine Volodymyr Zelensky in his evening address said the "
     "units were “bleeding out.”", [("Volodymyr Zelensky", None, None)]),
])
def test_a_titled_speaker_with_a_phrase_before_the_verb_speaks_without_an_earlier_channel(text, expected):
    assert _said_through(text, "Reuters") == expected


@pytest.mark.parametrize("later", [
    # An analyst, and another Ukrainian official, in a think tank's piece: no medium carried their words.
    "Analyst Petra Lindqvist said the rotation was “a sign of exhaustion.”",
    "Ukrainian military spokesman Oleh Danylo said the rotation was “a sign of exhaustion.”",
])
def test_a_medium_someone_else_was_told_does_not_carry_later_speakers(later):
    text = ("Andriy Kovalenko told Ukrinform that the North Korean units had been “pulled back for rest.”\n\n"
            "The Russian command keeps rotating units through Kursk Oblast.\n\n" + later)
    got = _said_through(text, "Institute for the Study of War")
    assert got[0][1:] == ("Ukrinform", "sentence")
    assert got[1][1:] == (None, None)


def _speaker_channel_basis(text: str, source: str | None = None) -> list[tuple]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(r.speaker, r.channel if isinstance(r.channel, str) else None,
             r.channel_basis if isinstance(r.channel_basis, str) else None) for r in df.itertuples()]


def test_the_same_agency_or_newspaper_is_the_medium_of_that_kind_named_last_in_the_quotes_own_sentence():
    text = ("The DPRK defence ministry denounced the exercise in a statement carried by KCNA, calling it “reckless.” "
            "Moscow was not mentioned.\n\n"
            "Kim Jong Un, in a speech carried by the same agency, vowed “overwhelming strength.”\n\n"
            "Ri Il Hwan told the Rodong Sinmun that the harvest was “unprecedented.” Jo Yong Won, in an article for "
            "the same newspaper, hailed the “invincible friendship.”")
    bases = _speaker_channel_basis(text)
    assert bases[1] == ("Kim Jong Un", "KCNA", "sentence")
    assert bases[3][1:] == ("Rodong Sinmun", "sentence")


def test_an_outlet_cited_for_someone_else_paragraphs_before_is_not_the_channel_of_a_pronouns_quote():
    text = ("Anna Sokolova told the magazine Ogonyok that the deal was “a trap.”\n\n"
            "Pavel Andreyevich Sokolov toured the border on Monday.\n\n"
            "He said the crossings were “calm.”")
    assert _speaker_channel_basis(text)[-1] == ("Pavel Andreyevich Sokolov", None, None)


@pytest.mark.parametrize("source", ["Korea Today", "Foreign Trade", "Chollima", "Kumsukangsan", "Korea Pictorial",
                                    "Pyongyang Broadcasting Station", "Rodong Chongnyon"])
def test_a_dprk_state_outlet_as_source_is_the_channel_of_its_state_speakers_quotes(source):
    text = ("Respected Comrade Kim Jong Un said the new greenhouse farm was “a monument to the people's love.”\n\n"
            "A visiting Russian engineer said the pumps were “modern.”")
    found = _speaker_channel_basis(text, source)
    assert found[0] == ("Kim Jong Un", source, "article")
    assert found[1][1] is None  # a foreign guest's words are not the state's outlet's own


def test_an_outlet_known_only_as_a_source_is_not_read_in_running_text():
    text = "North Korea today warned of “merciless retaliation” for the drills, its foreign trade having collapsed."
    assert _speaker_channel_basis(text)[0][1] is None


def test_a_dprk_magazine_as_source_makes_the_article_written_from_the_dprk():
    # Its home state is the DPRK: "the foreign ministry" it names without a state is Pyongyang's.
    found = _speaker_channel_basis("The foreign ministry said the visit was “a milestone.”", "Korea Today")
    assert found == [("DPRK Foreign Ministry", "Korea Today", "article")]


_FILLER = ("Seoul's spy agency said the shipments had doubled since spring.\n\n"
           "Analysts in Seoul expect the trade to grow.\n\n")


@pytest.mark.parametrize("text, expected", [
    # A DPRK medium the lead names stands for the state's words further on that name no source.
    ("Kim Jong Un toured a shell factory on Friday, KCNA reported.\n\n"
     "North Korea's foreign ministry has called the claims “groundless.”", ("KCNA", "article")),
    # Named further on for other words, it tells nothing of theirs.
    (_FILLER + "Kim Jong Un toured a shell factory on Friday, KCNA reported.\n\n"
     "North Korea's foreign ministry has called the claims “groundless.”", (None, None)),
])
def test_only_the_lead_s_dprk_medium_stands_for_words_of_no_source(text, expected):
    assert _channel_bases(text, "The Korea Herald") == [expected]


@pytest.mark.parametrize("text, expected", [
    # The paragraph after the lead may name the medium of the lead's quote.
    ("Kim Jong Un called the returning troops “the pride of the nation.”\n\n"
     "He spoke at a ceremony in Pyongyang on Sunday, KCNA reported.", [("KCNA", "article")]),
    # Not a paragraph far down the article …
    ("Kim Jong Un called the returning troops “the pride of the nation.”\n\n" + _FILLER
     + "Kim spoke at a ceremony in Pyongyang on Sunday, KCNA reported.", [(None, None)]),
    # … nor one after words further on: the medium there carries its own sentence's words.
    (_FILLER + "Kim Jong Un called the returning troops “the pride of the nation.”\n\nAnalysts doubted it.\n\n"
     "Kim has told his generals to be ready “for any war”, according to KCNA.", [(None, None), ("KCNA", "sentence")]),
])
def test_a_medium_named_later_relays_only_a_quote_of_the_lead(text, expected):
    assert _channel_bases(text, "The Korea Herald") == expected


@pytest.mark.parametrize("text, expected", [
    # A medium the speaker talked to carries the interview on into the next paragraph …
    ("Kyrylo Budanov told The War Zone that the units had changed their tactics.\n\n"
     "“Their numbers will grow,” Budanov said.", [("The War Zone", "article")]),
    # … not into words quoted further down, which may come from anywhere.
    ("Kyrylo Budanov told The War Zone that the units had changed their tactics.\n\n" + _FILLER
     + "“Their numbers will grow,” Budanov said.", [(None, None)]),
])
def test_a_medium_spoken_to_carries_the_interview_into_the_next_paragraph_only(text, expected):
    assert _channel_bases(text, "The Korea Herald") == expected


def test_an_outlet_named_as_its_source_in_its_own_copy_is_no_channel():
    # "…, Censor.NET reports" in Censor.NET's own article: it prints the words, as any outlet does its own.
    text = ("This was said by border guard spokesman Ivan Koval on television, Censor.NET reports.\n\n"
            "“The shelling has not stopped,” Koval said.")
    assert _channel_bases(text, "Censor.net") == [(None, None)]


@pytest.mark.parametrize("text, expected", [
    # A DPRK medium the quote's own sentence names, with no verb of saying for it, before the words: the words'
    # medium, named in their sentence, however far down the article.
    (_FILLER + "Kim Jong Un gave a reply that KCNA would print the next day: the alliance, he said, was "
     "“stronger than steel.”", [("KCNA", "sentence")]),
    (_FILLER + "In remarks the Rodong Sinmun ran on its front page, Kim Jong Un called the troops "
     "“sons of the nation.”", [("Rodong Sinmun", "sentence")]),
    # The speaker not of the DPRK's state: the medium carries nothing of a foreign general's words.
    (_FILLER + "Defense Secretary Pete Hegseth, whose visit KCNA had denounced, called the alliance “ironclad.”",
     [(None, None)]),
])
def test_a_dprk_medium_named_in_the_quote_s_own_sentence_is_its_channel(text, expected):
    assert _channel_bases(text, "The Korea Herald") == expected


def test_words_in_the_paragraph_after_a_state_medium_s_account_of_the_speaker_keep_that_medium():
    # KCNA told what Kim did; the next paragraph's "was quoted as saying" goes on with its account.
    text = ("KCNA reported on Monday that Kim Jong Un had received the engineers, telling them they had done "
            "“a great deed.”\n\n"
            "Kim was also quoted as saying the engineers would be “remembered forever.”")
    assert quote_readings(text)[1] == ("Kim Jong Un", "KCNA", "article")


def test_a_foreign_paper_s_account_of_the_speaker_lends_him_no_words():
    text = ("According to The New York Times, Kim Jong Un received the engineers on Monday.\n\n"
            "Kim was quoted as saying the engineers would be “remembered forever.”")
    assert quote_readings(text)[0][1] is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Copy written in the present tense relays as copy in the past does.
        ("“The work is done,” the agency quotes her as saying.", ("Choe Son Hui", "KCNA", "sentence")),
        ("KCNA quotes Choe Son Hui as saying the work was “done with honour”.", ("Choe Son Hui", "KCNA", "sentence")),
        ("“The work is done,” KCNA cites her as saying.", ("Choe Son Hui", "KCNA", "sentence")),
    ],
)
def test_a_medium_that_quotes_in_the_present_tense_relays(sentence, expected):
    text = "North Korean Foreign Minister Choe Son Hui met the returning engineers, KCNA said.\n\n" + sentence
    assert quote_readings(text, source="Kyodo")[-1] == expected
