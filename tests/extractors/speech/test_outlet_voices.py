"""dossier.extractors.speech.outlet_voices: a state outlet's own report carries the words of its state's voices it names
without a state, read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _channels(text: str, source: str) -> list[tuple[str | None, str | None]]:
    """(channel, basis) of each quote of a one-article corpus from ``source``."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(c if isinstance(c, str) else None, b if isinstance(b, str) else None) for c, b in zip(df.channel, df.channel_basis)]


@pytest.mark.parametrize("text, source, expected", [
    # An official a state agency's report from home names without a state is its state's.
    ("Prosecutor General Taras Hnatiuk said the debris held parts assembled last spring. “These rockets are fresh "
     "from the factory,” he said.", "Ukrinform", ("Ukrinform", "article")),
    ("Colonel Pavel Orekhov, who leads the sapper battalion, said the work would take the whole summer. “The fields "
     "are full of surprises,” Orekhov said.", "Krasnaya Zvezda", ("Krasnaya Zvezda", "article")),
    # A state agency of a state the vocabularies chart no further follows its officials abroad, in a report naming
    # its state.
    ("Seoul (PAP) - Poland will buy more howitzers, Defence Minister Jan Wrona said on Monday. “Every gun that "
     "arrives buys us time,” Wrona said.", "PAP", ("PAP", "article")),
    ("Turkish Foreign Minister Emre Aydın said the talks had been useful. “Ankara wants the fighting to stop,” "
     "Aydın said.", "Anadolu Agency", ("Anadolu Agency", "article")),
    # So is anyone a DPRK medium quotes, official or not.
    ("A miner of the Kaechon coal complex said: “Our sons showed the world what loyalty means.”",
     "The Pyongyang Times", ("The Pyongyang Times", "article")),
])
def test_a_state_outlet_carries_its_states_voices_named_without_a_state(text, source, expected):
    assert _channels(text, source) == [expected]


def test_a_voice_the_outlet_spoke_to_is_known_in_its_sentence():
    # "told a Krasnaya Zvezda correspondent": the outlet named where the words are.
    text = "“The mines are cleared by hand,” Colonel Pavel Orekhov told a Krasnaya Zvezda correspondent."
    assert _channels(text, "Krasnaya Zvezda") == [("Krasnaya Zvezda", "sentence")]


@pytest.mark.parametrize("text, source", [
    # A voice named with another state's word speaks for that state, not through the outlet.
    ("A Russian diplomat at the ceremony said: “We will never forget their courage.”", "The Pyongyang Times"),
    # Russian state media quote people who speak for themselves: only officials are the state's.
    ("A farmer near Sudzha said: “The fields are quiet again.”", "TASS"),
    # A speaker the vocabularies know speaks for whom they say.
    ("UN Secretary-General Antonio Guterres said the war “must not spread further.”", "TASS"),
    # A report datelined abroad names the officials of where it was written without their state.
    ("SEOUL, May 6 (TASS) -- Prosecutor General Park Jin-ho said the case was “closed for now.”", "TASS"),
    # And a report of PAP's that does not name its state has nothing of Poland's.
    ("Seoul (PAP) - Defence Minister Kim Tae-ho said the shells were “a grave threat.”", "PAP"),
])
def test_no_voice_of_another_state_or_of_no_state_reaches_us_through_the_outlet(text, source):
    assert _channels(text, source) == [(None, None)]


@pytest.mark.parametrize("text, source, expected", [
    # Ukraine's state international broadcaster carries the words of Ukraine's officials it quotes.
    ("Speaking on the evening broadcast, the head of military intelligence, Kyrylo Budanov, said the shipments had "
     "doubled. “They are sending more every month,” he said.", "UATV", ("UATV", "article")),
    ("“The front holds,” President Volodymyr Zelensky said in his nightly video.", "UATV", ("UATV", "article")),
    # Moscow's city channel, owned by its government, carries the Kremlin's words.
    ("Kremlin spokesman Dmitry Peskov said Moscow would “never forget” the help.", "Moskva 24",
     ("Moskva 24", "article")),
    ("“Our friends stood with us,” Vladimir Putin told the guests after the parade.", "Moscow 24",
     ("Moskva 24", "article")),
])
def test_the_state_broadcasters_of_kyiv_and_moscow_carry_their_states_officials(text, source, expected):
    assert _channels(text, source) == [expected]


@pytest.mark.parametrize("text, source", [
    # A Russian official in a Ukrainian state broadcaster's report is another state's voice.
    ("Kremlin spokesman Dmitry Peskov said the claims were “absurd.”", "UATV"),
    # A resident Moscow's channel quotes speaks for himself.
    ("A pensioner on Tverskaya Street said: “I came to see the parade with my grandson.”", "Moskva 24"),
])
def test_the_state_broadcasters_carry_no_other_voice(text, source):
    assert _channels(text, source) == [(None, None)]


@pytest.mark.parametrize("text, source, expected", [
    # Taiwan's national news agency, in its English edition, carries the words of Taiwan's officials, a bureau's
    # director-general as much as a minister or a lawmaker.
    ("Taipei, March 3 (CNA) Taiwan will watch the border closely, Coast Guard Administration Director-General Chen "
     "Li-wen said on Monday. “We see more ships every week,” Chen said.", "Focus Taiwan", ("CNA", "article")),
    ("Taiwanese Legislator Hsu Mei-ling said the budget left the navy “without enough hulls.”", "CNA",
     ("CNA", "article")),
])
def test_taiwans_news_agency_carries_taiwans_officials(text, source, expected):
    assert _channels(text, source) == [expected]


@pytest.mark.parametrize("text, source", [
    # An official of another state in CNA's report is that state's voice.
    ("Taipei, March 3 (CNA) Japanese Defense Minister Gen Tanaka said the drills were “routine.”", "Focus Taiwan"),
    # Beijing's officials, named with the title of a body of China's, are China's voices, not Taiwan's.
    ("Taipei, March 3 (CNA) Chinese Foreign Ministry spokesperson Zhou Lan said Taiwan was “a domestic matter.”",
     "Focus Taiwan"),
    ("Taipei, March 3 (CNA) Taiwan Affairs Office spokesman Qian Ming said the drills were “a stern warning.”",
     "Focus Taiwan"),
    # A shopkeeper CNA quotes speaks for himself.
    ("Taipei, March 3 (CNA) A shopkeeper in Keelung said: “The harbour has never been this busy.”", "Focus Taiwan"),
    # Another outlet's report of Taiwan's officials carries them itself, through no medium.
    ("Taiwanese Legislator Hsu Mei-ling said the budget left the navy “without enough hulls.”", "Reuters"),
])
def test_taiwans_news_agency_carries_no_other_voice(text, source):
    assert _channels(text, source) == [(None, None)]


def test_a_state_outlets_own_official_named_with_a_body_of_its_state_is_still_its_voice():
    # The body of the title is the outlet's own state's: the guard against another state's body lets it through.
    text = "Russian Defence Ministry spokesman Pavel Orlov said the bridge was “ready for traffic.”"
    assert _channels(text, "TASS") == [("TASS", "article")]
