"""dossier.extractors.speech.quote_channels: media and voices the vocabularies name (the North's propaganda, KCNA in Russian copy, Russia's senators)."""

from __future__ import annotations

import pytest

from quote_readings import quote_readings


def _quotes(text: str, source: str = "Reuters") -> list[tuple[str | None, str | None, str | None]]:
    return quote_readings(text, source)


@pytest.mark.parametrize(
    "text",
    [
        "North Korean propaganda hails the fallen men as “guardians of the motherland.”",
        "North Korean propaganda has called the dead “guardians of the motherland” for months.",
        "Pyongyang's propaganda, for its part, calls the fallen men “guardians of the motherland”.",
        "In recent weeks North Korea's propaganda has described the fallen men as “guardians of the motherland.”",
        "The fallen men are “guardians of the motherland”, North Korean state propaganda says.",
    ],
)
def test_the_norths_propaganda_is_its_state_media(text):
    # The North's propaganda, named by its owner, speaks as the North's unnamed state media.
    assert _quotes(text)[0] == ("DPRK state media", "DPRK state media", "sentence")


def test_propaganda_without_an_owner_is_no_medium():
    # A propaganda without the North's name is no medium of it: a Ukrainian officer's words keep no channel.
    assert _quotes("“They believe whatever propaganda tells them,” Ukrainian officer Petro Lysenko said.")[0][1:] == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un called the pact “a shield for both peoples,” according to the Korean Central Telegraph Agency.",
        "The Korean Central Telegraph Agency quoted Kim Jong Un as saying the pact was “a shield for both peoples.”",
        "“The pact is a shield for both peoples,” Kim Jong Un said, the Korean Central Telegraph Agency reported.",
        "As the Korean Central Telegraph Agency reports, Choe Son Hui said Moscow had “a reliable friend.”",
    ],
)
def test_kcna_by_its_name_in_russian_copy(text):
    # Russian outlets translate KCNA's Russian name: the Central Telegraph Agency of Korea is KCNA.
    assert _quotes(text, source="Tsargrad")[0][1:] == ("KCNA", "sentence")


def test_another_telegraph_agency_is_not_kcna():
    # A telegraph agency of another name is no DPRK medium.
    assert _quotes("Kim Jong Un called the pact “a shield,” according to the Telegraph Agency of Lithuania.")[0][1] != "KCNA"


@pytest.mark.parametrize(
    "text, expected",
    [
        # A Russian state newspaper's own report carries the words of the Federation Council's leaders.
        ("Senator Konstantin Kosachev said the Korean units had shown “real courage” near Sudzha.",
         ("Konstantin Kosachev", "Parlamentskaya Gazeta", "article")),
        ("“The treaty works as written,” Grigory Karasin said on Tuesday.",
         ("Grigory Karasin", "Parlamentskaya Gazeta", "article")),
        # Told to the paper itself: the paper, in the sentence.
        ("“Our ally kept its word,” Karasin told Parlamentskaya Gazeta.", ("Grigory Karasin", "Parlamentskaya Gazeta", "sentence")),
        ("Kosachev, in a comment to Parlamentskaya Gazeta, called the reports “fakes from Kyiv.”",
         ("Konstantin Kosachev", "Parlamentskaya Gazeta", "sentence")),
    ],
)
def test_a_russian_state_paper_carries_the_federation_councils_words(text, expected):
    assert _quotes(text, source="Parlamentskaya Gazeta")[0] == expected


def test_the_same_senator_in_a_western_paper_has_no_channel():
    # In a paper of no state, the Russian senator's words reach us through no medium.
    assert _quotes("Konstantin Kosachev called the reports “fakes from Kyiv.”", source="The Guardian")[0] == (
        "Konstantin Kosachev", None, None)


@pytest.mark.parametrize("text", [
    # The Baltic agency named last, after a sentence of several quotes: the channel of every one.
    "Sergei Lavrov called the panel “a political tool” run by “Washington and its allies” and said the trade was "
    "“fully legal,” BNS reported on Friday.",
    "Lithuania's defence minister called the shipments “a direct threat”, the Baltic News Service reported.",
])
def test_the_baltic_news_service_is_a_medium(text):
    assert {q[1:] for q in _quotes(text, source="Delfi")} == {("BNS", "sentence")}


@pytest.mark.parametrize("source", ["Kulloja", "Pyongyang Sinmun", "Munhak Sinmun", "Joson Munhak", "Korea Today"])
def test_a_dprk_publication_carries_its_leaders_words(source):
    # The party's journal, Pyongyang's daily and the Writers' Union's papers are the North's state media: their own
    # text is the channel of the leader's words they print.
    text = ("The respected General Secretary visited the new school on Monday.\n\n"
            "Kim Jong Un said, “The children are the treasure of the country and its future.”")
    assert _quotes(text, source=source)[-1] == ("Kim Jong Un", source, "article")


@pytest.mark.parametrize(
    "sentence",
    [
        "“Drones are the main threat now,” Yusov said on the air of the national telethon.",
        "Yusov, speaking on the United News telethon, said drones were “the main threat now”.",
    ],
)
def test_ukraines_national_telethon_is_a_medium(sentence):
    # Ukraine's national telethon (United News), by either name, carries the words said on its air.
    text = "North Korean crews now fly drones near Kursk, Ukraine's military intelligence says.\n\n" + sentence
    assert _quotes(text, source="Kyiv Independent")[-1] == ("Andriy Yusov", "United News telethon", "sentence")


def test_a_telethon_guest_speaks_through_it_further_on():
    # The lead names the telethon as the place of the spokesman's words; his later words need not name it again.
    text = ("Andriy Yusov, spokesman of Ukraine's military intelligence, said on the national telethon that the "
            "North Koreans were “learning fast”.\n\n"
            "“They have begun to use drones themselves,” Yusov said.")
    assert _quotes(text, source="Kyiv Independent")[-1] == ("Andriy Yusov", "United News telethon", "article")


@pytest.mark.parametrize(
    "sentence, channel",
    [
        ("Rajnath Singh told the United News of India that the ties were “a concern”.", "United News of India"),
        ("“The ties are a concern,” the minister said, according to United News of Bangladesh.", "United News of Bangladesh"),
    ],
)
def test_another_countrys_united_news_is_not_ukraines_telethon(sentence, channel):
    # India's and Bangladesh's agencies share the telethon's English name; neither is a Ukrainian state medium.
    text = "North Korea sent more shells to Russia, officials said.\n\n" + sentence
    assert _quotes(text, source="Reuters")[-1][1] == channel


@pytest.mark.parametrize(
    "sentence",
    [
        "“We stand together,” Kozhemyako told Russia's national telethon.",
        "“We stand together,” the governor said in a national telethon in Vladivostok.",
    ],
)
def test_a_national_telethon_not_ukraines_is_no_ukrainian_medium(sentence):
    # "national telethon" names Ukraine's United News only as "the" one or Ukraine's; another state's is not it.
    text = "Russia and North Korea are bound by a treaty, officials said.\n\n" + sentence
    assert _quotes(text, source="Reuters")[-1][1] != "United News telethon"


def test_ukraines_national_telethon_named_with_its_state_is_a_medium():
    text = ("North Korean crews now fly drones near Kursk, Ukraine's military intelligence says.\n\n"
            "“Drones are the main threat now,” Yusov told Ukraine's national telethon.")
    assert _quotes(text, source="Kyiv Independent")[-1] == ("Andriy Yusov", "United News telethon", "sentence")


def test_novye_izvestia_is_not_the_state_izvestia():
    # The private daily's name ends in the state paper's: a Russian official who told it speaks through it, not Izvestia.
    text = "Moscow confirmed the deployment last week.\n\n“The Koreans fought well,” Deputy Defence Minister Ivan Petrov told Novye Izvestia."
    assert _quotes(text)[-1][1] == "Novye Izvestia"


def test_the_private_daily_prints_its_own_interview_without_a_channel():
    # In its own pages it prints what it was told; it relays no one, unlike a state outlet of the speaker's state.
    text = "Moscow confirmed the deployment last week.\n\n“The Koreans fought well,” the analyst Pavel Orlov told Novye Izvestia."
    assert _quotes(text, source="Novye Izvestia")[-1][1] is None


@pytest.mark.parametrize(
    "lead, channel",
    [
        ("This was stated by the spokesperson of the border service, Ivan Koval, on the air of the United News "
         "national telethon.",
         "United News telethon"),
        ("This was stated by the spokesperson of the border service, Ivan Koval, on the air of the Rossiya 1 channel.",
         "Rossiya 1"),
    ],
)
def test_a_medium_on_whose_air_words_were_said_carries_them_however_long_its_name(lead, channel):
    # "on the air of" presents the medium after it as the source, even with its name several words long.
    text = ("The border guards are watching the northern border.\n\n" + lead + "\n\n"
            "“The enemy keeps rotating its forces,” Ivan Koval said.")
    assert _quotes(text, source="Kyiv Post")[-1] == ("Ivan Koval", channel, "article")


def test_the_air_of_a_place_is_no_medium():
    # The look-alike: "the air of" a room names no medium, and the words keep none.
    text = "“We are ready,” Ivan Koval said, breathing on the air of the cold morning in Sumy."
    assert _quotes(text, source="Kyiv Post")[-1][1] is None
