"""The channel of a quote as coverage writes it: the medium named as the source, in every order and form.

The sentences are written for the test, in the house styles of wires, broadsheets and state agencies, and
vary the construction: the medium before, inside or after the words; a statement it carried, an interview it
held, a broadcast it aired; a medium described rather than named; a state outlet's own officials; and
sentences that look alike but name a medium that carries nothing of the speaker's (an object of a
preposition, a subordinate clause's subject, the source of someone else's words).
"""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _first(text: str, source: str = "Reuters") -> tuple[str | None, str | None, str | None]:
    """(speaker, channel, channel basis) of the first quote of a one-article corpus."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-06-20")], "source": [source]})
    r = next(dossier.quotes(dossier.sentences(arts), arts).itertuples())
    return tuple(x if isinstance(x, str) else None for x in (r.speaker, r.channel, r.channel_basis))


@pytest.mark.parametrize(
    "text, source, expected",
    [
        ("Kim Jong Un vowed to back Moscow “to the end,” KCNA reported on Friday.", "Reuters",
         ("Kim Jong Un", "KCNA", "sentence")),
        ("North Korea's leader Kim Jong Un called the treaty “a shield of peace”, the Korean Central News Agency reported.",
         "BBC", ("Kim Jong Un", "KCNA", "sentence")),
        ("Kim Yo Jong said in a statement carried by KCNA that Seoul was “playing with fire”.", "AFP",
         ("Kim Yo Jong", "KCNA", "sentence")),
        ("Choe Son Hui said in a statement carried by state media that the alliance was “invincible.”", "AP",
         ("Choe Son Hui", "DPRK state media", "sentence")),
        ("“Our friendship is eternal,” Kim Jong Un said, according to KCNA.", "Reuters", ("Kim Jong Un", "KCNA", "sentence")),
        ("“We will never forget them,” Kim Jong Un said at the ceremony, KCNA reported.", "NHK",
         ("Kim Jong Un", "KCNA", "sentence")),
        ("Kim Jong Un wrote in an article published by Rodong Sinmun that the bond was “sealed in blood”.", "Reuters",
         ("Kim Jong Un", "Rodong Sinmun", "sentence")),
        ("In remarks broadcast by KCTV, Kim Jong Un called the soldiers “heroes of the nation.”", "AP",
         ("Kim Jong Un", "Korean Central Television", "sentence")),
        ("The North's official media said Kim Jong Un hailed the “heroic” troops.", "AP",
         ("Kim Jong Un", "DPRK state media", "sentence")),
        ("Kim Jong Un called the fallen “martyrs,” Pyongyang's state-run outlets reported.", "AP",
         ("Kim Jong Un", "DPRK state media", "sentence")),
        ("Sergei Shoigu told TASS that the Korean troops had shown “great courage.”", "Reuters",
         ("Sergei Shoigu", "TASS", "sentence")),
        ("In an interview with RIA Novosti, Maria Zakharova said the reports were “fakes.”", "Reuters",
         ("Maria Zakharova", "RIA Novosti", "sentence")),
        ("Dmitry Peskov said on Russian state television that the treaty was “working”.", "Reuters",
         ("Dmitry Peskov", "Russian state media", "sentence")),
        # The lead's source covers the next sentence's words of the same speaker.
        ("Kim Jong Un inspected a drone factory, according to KCNA. He said the drones would “smash any enemy”.", "CNN",
         ("Kim Jong Un", "KCNA", "paragraph")),
        # "The agency" stands for the last agency named.
        ("KCNA released photographs of the ceremony on Sunday. According to the agency, Kim Jong Un told the troops they "
         "had “covered themselves in glory.”", "Reuters", ("Kim Jong Un", "KCNA", None)),
    ],
)
def test_a_medium_named_as_the_source_is_the_channel(text, source, expected):
    got = _first(text, source)
    assert got[:2] == expected[:2]
    if expected[2] is not None:
        assert got[2] == expected[2]


@pytest.mark.parametrize(
    "text, source",
    [
        # The words of others than the DPRK's state inherit none of its media.
        ("Kim Jong Un inspected a drone factory, according to KCNA.\n\nAnalyst Lee Sang-min said the drones were "
         "“crude copies” of Iranian models.", "Reuters"),
        ("Kim Jong Un inspected a drone factory, according to KCNA.\n\n“This is a signal to Washington,” said Yang Moo-jin, "
         "a professor at the University of North Korean Studies.", "Reuters"),
        ("Kim Jong Un inspected the plant, KCNA said.\n\nUS Secretary of State Antony Blinken said the deal was “dangerous”.",
         "Reuters"),
        # A video address is the speaker's own, no medium's.
        ("Zelensky said the North's troops were “cannon fodder,” in a video address.", "Reuters"),
        # A medium after the words that is an object or a subordinate clause's subject carries nothing of theirs.
        ("The Joint Chiefs of Staff called the launch “a grave provocation,” a day after KCNA reported the test.", "Yonhap"),
        ("The Joint Chiefs of Staff called the claim “absurd,” citing a KCNA report on the launch.", "Yonhap"),
        ("South Korea's spy agency said the North was “exploiting” its dead, citing an analysis of KCNA reports.", "Reuters"),
        ("The Unification Ministry called the ceremony “propaganda,” after an analysis of KCNA reports.", "Yonhap"),
    ],
)
def test_a_medium_that_carries_none_of_the_words_is_no_channel(text, source):
    assert _first(text, source)[1] is None


@pytest.mark.parametrize(
    "text, source, expected",
    [
        # A state's public broadcaster is the channel of its own state's officials' words (basis article).
        ("HELSINKI – President Alexander Stubb said on Friday that Finland saw the deployment as “a serious escalation”.",
         "Yle", ("Alexander Stubb", "Yle", "article")),
        # Latvia's public media, in the copy of its own site and as the television a Latvian official spoke on.
        ("Latvian Foreign Minister Baiba Braže said the pact was “a threat to the whole region”.", "LSM",
         ("Baiba Braže", "LSM", "article")),
        ("Latvian Defence Minister Andris Sprūds said on Latvian Television that the lesson was “plain”.", "Reuters",
         ("Andris Sprūds", "Latvian Television", "sentence")),
        # A Russian region's own newspaper carries the region's and the state's officials.
        ("Governor Alexander Khinshtein said the new school would open “by the first of September”.", "Kurskaya Pravda",
         ("Alexander Khinshtein", "Kurskaya Pravda", "article")),
        # The Federal Assembly's newspaper, as the medium a senator talked to.
        ("Senator Valentina Matviyenko told Parlamentskaya Gazeta that the ally had “kept its word”.", "Reuters",
         ("Valentina Matviyenko", "Parlamentskaya Gazeta", "sentence")),
    ],
)
def test_a_state_outlet_carries_its_own_officials(text, source, expected):
    assert _first(text, source) == expected


@pytest.mark.parametrize(
    "text, source, expected",
    [
        # A DPRK medium named at the end of a sentence after a DPRK voice's words is that voice's source, not the
        # source of a South Korean body's words earlier in the sentence.
        ("The NIS said the North was “rotating” its units, and Kim Jong Un, speaking to returning sappers, praised "
         "their “priceless experience,” according to KCNA.", "Yonhap", [None, "KCNA"]),
        ("The Joint Chiefs of Staff said the North had fired “several” missiles, while Kim Jong Un called the test "
         "“a warning,” KCNA reported.", "Yonhap", [None, "KCNA"]),
        # The same speaker's words on both sides: the medium relays them all.
        ("Kim Jong Un said the pact was “a shield” and that Moscow was “a true friend,” according to KCNA.", "Reuters",
         ["KCNA", "KCNA"]),
        # No voice of the medium's state between: the medium is the American's source.
        ("“The deal is dangerous,” Antony Blinken told reporters in Seoul, according to TASS.", "Reuters", ["TASS"]),
    ],
)
def test_a_medium_at_the_end_relays_the_nearest_voice_of_its_state(text, source, expected):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-06-20")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert [c if isinstance(c, str) else None for c in df.channel] == expected


def _channels(text: str, source: str) -> list[str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-06-20")], "source": [source]})
    return [c if isinstance(c, str) else None for c in dossier.quotes(dossier.sentences(arts), arts).channel]


@pytest.mark.parametrize(
    "text, source, expected",
    [
        # "…,” KCNA said." after a sentence whose subject is the speaker, not the medium.
        ("Kim Yo Jong said the drills were “a rehearsal for invasion,” KCNA said.", "AP", ["KCNA"]),
        ("North Korea's defence ministry vowed “merciless” retaliation, KCNA said on Saturday.", "Reuters", ["KCNA"]),
        ("Shoigu said the North's troops had fought “bravely,” RIA Novosti reported.", "Reuters", ["RIA Novosti"]),
        ("Belousov called the talks “very productive,” according to a TASS report.", "Reuters", ["TASS"]),
        ("Belousov's remarks, carried by TASS, described the talks as “very productive.”", "Reuters", ["TASS"]),
        # The lead's medium covers the DPRK leader's later words; a Russian envoy's interview is his own channel.
        ("SEOUL (Reuters) - Kim Jong Un vowed to back Russia, KCNA reported on Friday.\n\nSouth Korea's military said it "
         "was watching closely.\n\nKim said the two armies were “one family,” in remarks to a visiting delegation.\n\n"
         "Russian Ambassador Alexander Matsegora told TASS the visit was “historic.”\n\nKim added that the troops had been "
         "“true heroes.”", "Reuters", ["KCNA", "TASS", "KCNA"]),
        ("Kim Jong Un watched the test, the North's state media said on Thursday.\n\nHe called the missile "
         "“a powerful deterrent.”", "Reuters", ["DPRK state media"]),
        # A later sentence naming the medium that carried the words said before.
        ("Kim addressed the ceremony on Sunday.\n\n“Your sons are heroes,” he told the families.\n\n"
         "The speech was carried by KCNA on Monday.", "AP", ["KCNA"]),
        # An analyst after the lead inherits nothing from it.
        ("Kim Jong Un watched the test, Pyongyang's state media reported.\n\nAnalyst Cheong Seong-chang said the launch "
         "was “a message to Washington.”", "Reuters", [None]),
    ],
)
def test_the_source_covers_its_speakers_words_in_order(text, source, expected):
    assert _channels(text, source) == expected


@pytest.mark.parametrize(
    "text, source, expected",
    [
        # "The agency", "the newspaper", "the broadcaster" stand for the last medium of that kind named, in the
        # paragraph or before it; the quote's own sentence names it (as the labelled corpus reads "the agency said").
        ("KCNA released a long account of the visit on Monday.\n\nThe agency cited Kim Jong Un as saying the shells were "
         "“of world-class quality”.", "Reuters", ("Kim Jong Un", "KCNA", "sentence")),
        ("The Rodong Sinmun devoted its front page to the ceremony.\n\n“The heroes will live forever,” the newspaper said.",
         "AFP", ("Rodong Sinmun", "Rodong Sinmun", "sentence")),
        ("Korean Central Television aired the ceremony.\n\nKim Jong Un told the families their sons were “heroes”, the "
         "broadcaster showed.", "AFP", ("Kim Jong Un", "Korean Central Television", "sentence")),
        # A wire citing the DPRK's agency: the DPRK's words come from its own medium.
        ("Yonhap, citing KCNA, reported that Kim Jong Un called the troops “heroes.”", "Korea Herald",
         ("Kim Jong Un", "KCNA", "sentence")),
        ("Speaking on Rossiya-1, Dmitry Peskov called the treaty “a guarantee.”", "Reuters",
         ("Dmitry Peskov", "Rossiya 1", "sentence")),
    ],
)
def test_a_medium_referred_to_by_its_kind(text, source, expected):
    assert _first(text, source) == expected
