"""dossier.extractors.speech.speakers: the forms a quote's subject takes, read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.speakers import MaskedText


def _speakers(text: str, source: str = "Reuters") -> list[tuple[str, str | None]]:
    """(quoted words, speaker) of each quote of a one-article corpus."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(r.text, r.speaker if isinstance(r.speaker, str) else None) for r in df.itertuples()]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A state's body named with the state's possessive: the body of that state, whatever the article's home.
        ("Russia's foreign ministry welcomed the “brotherly help” of its ally.", "Russian Foreign Ministry"),
        ("SEOUL (AFP) - North Korea's defence ministry called the exercise “a reckless provocation.”", "DPRK Defence Ministry"),
        ("North Korea's foreign ministry statement said the sanctions were “null and void.”", "DPRK Foreign Ministry"),
        # A name of its own after its owner's: the name speaks.
        ("Ukraine's Khyzhak battalion wrote that the assault had “failed within an hour.”", "Khyzhak battalion"),
        # A time between the subject and its verb is never the subject.
        ("Russia's foreign ministry on Wednesday said the visit was “a success.”", "Russian Foreign Ministry"),
        ("The Kremlin on Monday said the treaty was “purely defensive.”", "Kremlin"),
        # A restrictive relative clause opened by "whose" runs to the verb: the place inside it is no subject.
        ("A drone operator whose crew flew near Pokrovsk told the BBC the enemy was “learning fast.”", "drone operator"),
        # A name inside what a document is of or to is not its author.
        ("A Kremlin readout of the call between Putin and Kim Jong Un said they agreed on “next steps.”", "Kremlin"),
        ("Kim Yo Jong's letter to Sergei Lavrov said the ties were “unbreakable.”", "Kim Yo Jong"),
        # A verb of saying in a relative clause inside an apposition is the clause's own, not the subject's.
        ("Olena, a 54-year-old nurse who asked that her surname be withheld, said the shelling was “constant.”", "Olena"),
        # A place after an unnamed subject is where they are, not who speaks.
        ("“The shelling never stops,” a Ukrainian medic in the Pokrovsk direction said.", "Ukrainian medic"),
        ("“The shelling never stops,” a nurse near Kupiansk told reporters.", "nurse"),
    ],
)
def test_subject_forms(text, speaker):
    assert _speakers(text)[0][1] == speaker


def test_a_day_or_month_alone_is_never_a_speaker():
    got = _speakers("Officials gathered in the capital, and on Thursday said nothing. Friday said “no comment” on the front page.")
    assert all(s not in ("Thursday", "Friday") for _, s in got)


def test_an_owned_body_after_a_preposition_is_not_the_subject():
    # The spokesman speaks; the agency he speaks for is the object of "for".
    got = _speakers("Oleh Marchuk, a spokesman for Ukraine's border guard service, known as DPSU, said the crossing was “quiet.”")
    assert got[0][1] == "Oleh Marchuk"


@pytest.mark.parametrize("text, owner", [
    ("Putin's spokesman said the summit was “constructive.”", "Vladimir Putin"),
    ("Zelensky's top aide wrote that the strike was “deliberate.”", "Volodymyr Zelensky"),
])
def test_the_owner_of_a_role_is_not_who_speaks(text, owner):
    speaker = _speakers(text)[0][1]
    assert speaker != owner and speaker is not None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A full name in an apposition, closed by its own comma, is the subject.
        ("The Kremlin's chief spokesman, Dmitry Peskov, told a briefing that the claims were “baseless.”", "Dmitry Peskov"),
        ("“We see no grounds for alarm,” Russia's foreign ministry spokeswoman, Maria Zakharova, said on Friday.", "Maria Zakharova"),
        ("The North's top diplomat, Choe Son Hui, declared that Pyongyang would “stand firm.”", "Choe Son Hui"),
        # A title may stand between the comma and the name.
        ("“The line is holding,” the head of the brigade, Maj. Serhiy Bondar, told reporters.", "Serhiy Bondar"),
    ],
)
def test_a_name_closing_an_apposition_speaks(text, speaker):
    assert _speakers(text)[0][1] == speaker


def test_a_lone_surname_and_a_comma_are_no_attribution():
    # "Kim, said to be ..." opens a participle, not a statement of Kim's: no attribution is made of the comma.
    text = "Park, said to be resting, has made no comment since Monday."
    assert MaskedText(text).attributions(0, len(text)) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A relative clause between commas, however long, stands between the subject and its verb.
        ("The diplomat, who asked not to be identified because the talks were confidential and still under way in Geneva, "
         "said the offer was “a dead end.”", "diplomat"),
        # Its own verb of saying is not the sentence's.
        ("Yoon Sang-hyun, who spoke to reporters after the closed session, said the figure was “a conservative estimate.”",
         "Yoon Sang-hyun"),
        # A restrictive relative clause, with no commas, runs to the first verb of saying after it.
        ("A defector who crossed the border in 2021 said the units were “hand-picked.”", "North Korean defector"),
        ("A defector who says he served near Wonsan described the drills as “endless.”", "North Korean defector"),
    ],
)
def test_a_relative_clause_between_subject_and_verb(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # An aside opened by a participle of saying parts the subject from its verb; it is not a clause of its own.
        ("Kremlin spokesman Dmitry Peskov, asked whether Moscow would confirm the figure, said: “We have nothing to add.”",
         "Dmitry Peskov"),
        ("Heorhii Tykhyi, writing on social media late on Sunday, said the strike was “a war crime.”", "Heorhii Tykhyi"),
    ],
)
def test_an_aside_opened_by_a_participle_of_saying(text, speaker):
    assert _speakers(text)[0][1] == speaker


def test_an_unnamed_resident_who_told_a_medium_after_the_quote():
    got = _speakers(
        "“The schools are empty,” a resident of Sinuiju in North Pyongan province told the radio station. "
        "“Every family has lost someone.”",
        source="RFA",
    )
    assert [s for _, s in got] == ["North Korean resident of Sinuiju", "North Korean resident of Sinuiju"]


def test_a_pronoun_never_stands_for_a_person_of_the_other_gender():
    # No woman is named: "she" is left unresolved rather than given to the last man quoted.
    got = _speakers("Sergei Lavrov said the visit was “historic.” Later, she said the talks had been “candid.”")
    assert got[0][1] == "Sergei Lavrov" and got[1][1] != "Sergei Lavrov"
    # A man named after a woman is the one "he" stands for.
    got = _speakers("Kim Yo Jong said the drills were “reckless.” Kim Jong Un watched a test. He said it was “a success.”")
    assert got[1][1] == "Kim Jong Un"


def test_united_states_bodies_are_bodies():
    # Known as bodies, they speak in their own name and are never the "he" of the next sentence.
    assert _speakers("“We are watching closely,” the State Department said.")[0][1] == "U.S. State Department"
    got = _speakers("Kim Jong Un toured the plant. According to the Pentagon, it makes shells. He called the workers “heroes.”")
    assert got[0][1] == "Kim Jong Un"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # An apposition may open with a title in capitals when a preposition follows it.
        ("“Nothing is free,” Sue Mi Terry, Senior Fellow at the Council on Foreign Relations, told the BBC.", "Sue Mi Terry"),
        ("Sergei Shoigu, Secretary of Russia's Security Council, said the visit was “timely.”", "Sergei Shoigu"),
        # Reuters' spelling of the Ukrainian president's name.
        ("Ukraine's President Volodymyr Zelenskiy said the men were “in good health.”", "Volodymyr Zelensky"),
    ],
)
def test_a_capitalised_title_in_apposition_and_other_spellings(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # Ukraine's bodies that coverage quotes, by their names and descriptions (speakers.csv, home_bodies.csv).
        ("Ukraine's General Staff listed the losses. “The assault failed,” it said.", "General Staff of the Armed Forces of Ukraine"),
        ("The SBU said the two men were “in stable condition.”", "Security Service of Ukraine"),
        ("Ukrainian military intelligence said the brigades were “badly depleted.”", "Ukrainian military intelligence (HUR)"),
        ("KYIV (Reuters) - The foreign ministry called the claims “absurd.”", "Ukrainian Ministry of Foreign Affairs"),
        # Seoul, as reporting names the South's government.
        ("Seoul says the launch was “a clear provocation.”", "South Korean government"),
    ],
)
def test_ukrainian_and_south_korean_bodies(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A document from, by or of someone carries their words.
        ("“The crossing is closed,” said a statement from the Russian Defence Ministry.", "Russian Ministry of Defence"),
        ("The men were “treated humanely,” according to a statement by the SBU.", "Security Service of Ukraine"),
        ("“We were not informed,” said a letter from Sergei Lavrov.", "Sergei Lavrov"),
    ],
)
def test_a_document_of_someone_carries_their_words(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "its <body>": the body of the state "it" stands for.
        ("Russia rejected the findings. Its foreign ministry said the panel was “biased.”", "Russian Foreign Ministry"),
        ("Ukraine says the area is contested. Its general staff called the claim “a fantasy.”",
         "General Staff of the Armed Forces of Ukraine"),
        # A nationality alone is an adjective, never a subject: "the Russian claims" is no "Russian" claiming.
        ("Kyiv dismissed the Russian claims as “invented.”", None),
    ],
)
def test_a_state_named_by_its_pronoun_and_a_nationality_alone(text, speaker):
    got = _speakers(text)[0][1]
    assert got == speaker if speaker else got != "Russian"


def test_a_dateline_state_is_no_subject():
    got = _speakers("SEOUL, South Korea (AP) — Kim Jong Un toured a factory, calling it a “model unit,” state media said.")
    assert got[0][1] == "Kim Jong Un"


def test_a_verb_coordinated_by_but_or_and_shares_the_main_subject():
    got = _speakers("Asked about arms sales, the Kremlin spokesman said there were limits that Moscow observed, "
                    "but added: “Everything can be discussed.”")
    assert got[0][1] == "Dmitry Peskov"


def test_a_relay_in_another_clause_does_not_name_the_speaker():
    # The medium quoted Kim in one clause; in the next, after a semicolon, it speaks of the test itself.
    got = _speakers("State media said Kim Jong Un oversaw the launch and quoted him as saying it was “a milestone”; "
                    "the North's official media said the drill showed the rocket's “overwhelming accuracy.”")
    assert got[0][1] == "Kim Jong Un" and got[1][1] == "DPRK state media"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # Words given to two people jointly have no one speaker: the clause's subject, or the medium, speaks.
        ("State media said the two leaders had hailed their “invincible” friendship.", "DPRK state media"),
        ("Choe Son Hui praised the treaty, which both leaders called “a shield of peace.”", "Choe Son Hui"),
    ],
)
def test_two_people_jointly_are_no_one_speaker(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # The treaty's wording is the treaty's, however its article is named.
        ("Moscow invoked Article 4 of the treaty, which obliges each signatory to come to the other's aid “by all means.”",
         "Treaty on Comprehensive Strategic Partnership"),
        ("The mutual defence treaty stipulates that help must come “immediately.”", "Treaty on Comprehensive Strategic Partnership"),
        # A relative clause whose verb is the verb of saying has its antecedent for subject.
        ("The remarks were relayed by the Kremlin, which called the visit “a landmark.”", "Kremlin"),
    ],
)
def test_a_treaty_and_a_relative_which(text, speaker):
    assert _speakers(text)[0][1] == speaker


def test_a_body_whose_verb_says_nothing_does_not_speak_before_a_medium():
    got = _speakers("The treaty has served as “a solid foundation” for the partnership, the newspaper wrote.", source="Reuters")
    assert got[0][1] != "Treaty on Comprehensive Strategic Partnership"


def test_a_home_body_named_in_full_with_the_is_one_mention():
    # "the Ministry" alone would stand for the last ministry named; "the Ministry of National Defense" of a Korean
    # outlet is the South's.
    got = _speakers("SEOUL, Dec. 1 (Yonhap) -- The Ministry of National Defense said it was “closely watching” the North.",
                    source="Yonhap")
    assert got[0][1] == "South Korean Ministry of National Defense"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A role in a state's or a person's possession: its holder in that state, when the article named one.
        ("Sergei Lavrov landed in Pyongyang. “We came as friends,” Russia's top diplomat told reporters.", "Sergei Lavrov"),
        ("Dmitry Peskov took questions. “There is nothing to add,” Putin's spokesman said.", "Dmitry Peskov"),
        # An age among the words of a role; an envoy by the broader roles of an ambassador.
        ("Kim Jong Un watched the test. “It was flawless,” the 41-year-old leader said.", "Kim Jong Un"),
        ("Ambassador Sin Hong Chol laid a wreath. “They are heroes,” the North Korean envoy said.", "Sin Hong Chol"),
    ],
)
def test_roles_by_possessor_age_and_synonym(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A body named by a nationality word and without its state's name: the body of that state.
        ("SEOUL (Reuters) - The North's foreign ministry called the drills “a dress rehearsal for invasion.”",
         "DPRK Foreign Ministry"),
        ("KYIV (AFP) - The Russian defence ministry claimed its forces had “liberated” two villages.", "Russian Ministry of Defence"),
        # Then "the ministry" is that body, not the home state's.
        ("SEOUL (Reuters) - The North's defence ministry issued a statement on Monday. "
         "“Our artillery is on full alert,” the ministry said.", "DPRK Defence Ministry"),
    ],
)
def test_a_body_after_a_nationality_word_is_that_state_s(text, speaker):
    assert _speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A relative of data/kin.csv, by relation "of" a mention, with words of description on either side.
        ("The influential younger sister of North Korea's leader Kim Jong Un said Seoul would face “a dire fate.”",
         "Kim Yo Jong"),
        ("SEOUL (Reuters) - The sister of the North Korean leader on Tuesday mocked the drills and warned of “a "
         "price to pay”, state media said.", "Kim Yo Jong"),
        # A relative in the possession of a mention.
        ("Kim Jong Un's powerful sister dismissed the offer as “a pipe dream.”", "Kim Yo Jong"),
        # Nobody the vocabularies know: the relation tells nothing.
        ("The sister of a soldier killed in Kursk said her brother had been “sent to die.”", None),
    ],
)
def test_a_relative_named_by_kin(text, speaker):
    got = _speakers(text)[0][1]
    assert got == speaker if speaker else got not in ("Kim Yo Jong", "Kim Jong Un")


def test_a_document_read_and_it_stand_for_its_author():
    got = _speakers("SEOUL (Reuters) - Kim Yo Jong issued a statement on Seoul's leaflet campaign. "
                    "“The puppets will regret it,” it said. “Patience has limits,” the statement read.")
    assert [s for _, s in got] == ["Kim Yo Jong", "Kim Yo Jong"]


@pytest.mark.parametrize(
    "dateline",
    ["SEOUL (Reuters) - ", "SEOUL, March 3 (Yonhap) -- ", "PYONGYANG, March 3. /TASS/. ", "Moscow (AFP) - ",
     "Pyongyang, March 3 (KCNA) -- "],
)
def test_a_dateline_s_city_and_outlet_are_no_one_a_pronoun_stands_for(dateline):
    # "It" after a sentence whose only body is the dateline's city or its outlet: not that city's government.
    got = _speakers(f"{dateline}Kim Yo Jong published a commentary on the drills.\n\n“It is a provocation,” it said.")
    assert got[0][1] == "Kim Yo Jong"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # The subject of a relay in the passive speaks, whoever was named last; the medium after "by" relays.
        ("Andrei Belousov hosted Pak Jong Chon in Moscow. “The friendship is unbreakable,” Belousov was cited as "
         "saying by Interfax.", "Andrei Belousov"),
        ("Kim Jong Un received Sergei Lavrov. “We stand with Russia,” Kim was quoted as saying by state media.", "Kim Jong Un"),
        ("Choe Son Hui met Maria Zakharova. The minister was later quoted by RIA Novosti as saying: “Our ties are sacred.”",
         "Choe Son Hui"),
    ],
)
def test_a_relay_in_the_passive_gives_its_subject(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A person or body named alone before a colon that opens the quote, as live pages and headlines write.
        ("Talks ended late.\n\nZelensky: “We will answer every escalation.”", "Volodymyr Zelensky"),
        ("Talks ended late. North Korea's foreign ministry: “The drills are a provocation.”", "DPRK Foreign Ministry"),
        # Not a phrase that only holds a name, nor a place.
        ("Talks ended late. The mood around Putin was clear: “We are brothers in arms.”", None),
        ("Talks ended late. In Moscow: “We are brothers in arms.”", None),
    ],
)
def test_a_name_alone_before_a_colon_speaks(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "The <role>" is the first holder its sentence, else the sentence before, names: the subject, not the
        # holder its verb's object names last.
        ("Defence Minister Andrei Belousov told Defence Minister No Kwang Chol that the allies stood together. "
         "The minister also called the ties “unbreakable.”", "Andrei Belousov"),
        ("Vice Foreign Minister Kim Jong Gyu received Deputy Foreign Minister Andrei Rudenko. "
         "The vice minister said the talks were “productive.”", "Kim Jong Gyu"),
        # A person holding it before the body an unnamed title made its holder ("Kremlin spokesman").
        ("Kremlin spokesman Dmitry Peskov said the talks went well, and the spokesman added that they were “very useful.”",
         "Dmitry Peskov"),
    ],
)
def test_a_role_stands_for_the_first_holder_its_sentences_name(text, speaker):
    assert _speakers(text)[0][1] == speaker


def test_words_shouted_or_chanted_are_their_subject_s():
    got = _speakers("Seoul said a marine, cut off from his unit, shouted “Long live the Republic” before he was captured. "
                    "Kim Jong Un exclaimed: “What a victory!”")
    assert [s for _, s in got] == ["marine", "Kim Jong Un"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A title "to" or "in" a place, then the name: the place opens the run of capitals, the name speaks.
        ("Russian Ambassador to North Korea Alexander Matsegora told Interfax the ties were “at a historic peak.”",
         "Alexander Matsegora"),
        ("China's envoy to Pyongyang Wang Yajun urged “restraint on all sides.”", "Wang Yajun"),
        # Titles of advisers, ombudsmen, admirals and junior officers (titles.csv).
        ("Human rights ombudsman Dmytro Lubinets said the prisoners were “treated in line with the conventions.”",
         "Dmytro Lubinets"),
        ("Capt. Taras Melnyk, who commands a drone unit near Sumy, said the assault units were “relentless.”", "Taras Melnyk"),
        # Korean family names written first, and the name alone later (family_name_first.csv).
        ("National Security Adviser Wi Sung-lac met his US counterpart. Wi said the meeting was “candid.”", "Wi Sung-lac"),
    ],
)
def test_titles_before_a_place_and_more_titles_and_family_names(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # People the coverage quotes often, by the family name alone or another spelling (speakers.csv).
        ("“The front is holding,” Syrsky told commanders on Monday.", "Oleksandr Syrskyi"),
        ("Nebenzya told the council the charges were “baseless.”", "Vassily Nebenzia"),
        ("Podoliak wrote that Moscow was “buying soldiers abroad.”", "Mykhailo Podolyak"),
        # A relative by kin.csv: the leader's daughter.
        ("The daughter of North Korean leader Kim Jong Un was quoted as saying the soldiers were “our heroes.”", "Kim Ju Ae"),
    ],
)
def test_people_coverage_quotes_often(text, speaker):
    assert _speakers(text)[0][1] == speaker


def test_a_person_of_an_organisation_is_not_part_of_its_name():
    got = _speakers("“The pact is transactional,” said Yun Sun of the Stimson Center. "
                    "She added that Beijing was “uneasy.”")
    assert [s for _, s in got] == ["Yun Sun", "Yun Sun"]


def test_the_article_s_own_outlet_by_its_short_name_is_no_channel():
    got = pd.DataFrame({"article_id": ["a1"], "published": [pd.Timestamp("2025-05-06")], "source": ["AP"],
                        "text": ["A Ukrainian officer told The Associated Press the assaults were “relentless.”"]})
    q = dossier.quotes(dossier.sentences(got), got)
    assert q["channel"].isna().all()


@pytest.mark.parametrize(
    "text, speaker",
    [
        # After the verb, a subject without a name ends where a preposition or participle opens its modifier.
        ("“Nobody in the unit was told where they were going,” said a source familiar with the deployment.", "anonymous source"),
        ("“The shells are old stock,” said an informant close to the munitions plant.", "anonymous source"),
        # Researchers, analysts and experts quoted without a name are one unnamed analyst.
        ("“Moscow pays in technology,” said a senior researcher at a state-run institute in Seoul.", "unnamed analyst"),
        ("“The rations ran out in a week,” an expert at the university told the newspaper.", "unnamed analyst"),
        ("An analyst at the Hudson Institute said the drones were “a learning curve”.", "unnamed analyst"),
        ("“It is a rehearsal,” a researcher at the think tank told reporters.", "unnamed analyst"),
    ],
)
def test_an_unnamed_source_or_analyst(text, speaker):
    assert _speakers(text)[0][1] == speaker


def test_an_unnamed_analysts_next_quote_is_theirs():
    got = _speakers("“Losses shape the lessons,” said a veteran scholar at an army college. “And they learn quickly.”")
    assert [s for _, s in got] == ["unnamed analyst", "unnamed analyst"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A named analyst described by an apposition stays named; the description is not someone new.
        ("Cha Du-hyeon, an analyst at the Asan Institute, spoke on Friday. He called the deal “a windfall”.", "Cha Du-hyeon"),
        ("Oh Gyeong-seob, a North Korea expert at the Korea Institute for National Unification, said it was “a bluff”.",
         "Oh Gyeong-seob"),
    ],
)
def test_a_named_analysts_apposition_is_not_an_unnamed_one(text, speaker):
    assert _speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # An unnamed official of a state speaks for its government when no body of theirs is named.
        ("“The window is closing,” a senior South Korean official told reporters.", "South Korean government"),
        ("“We saw no such request,” said a Russian diplomat.", "Russian Foreign Ministry"),
        ("A North Korean official said the claims were “a fabrication”.", "North Korean government"),
        ("“It changes nothing,” a Ukrainian government spokesperson said.", "Ukrainian government"),
        # A body named with the official is theirs; a nationality the vocabularies lack gives no government.
        ("A spokesman for the Russian embassy called it “a lie”.", "Russian Embassy"),
        ("“It is fine,” a Korean official said.", "Korean official"),
        # A capital stands for its state as a nationality word does.
        ("“It is a bluff,” a senior Seoul official told reporters.", "South Korean government"),
        ("A Moscow official called the report “nonsense”.", "Russian government"),
        # A state's officials named without a determiner, as wire copy writes them.
        ("Ukrainian officials said the strike on the market was “deliberate”.", "Ukrainian government"),
        # (Defence officials speak for their state's defence ministry, data/official_bodies.csv.)
        ("“We expect more shipments,” South Korean defence officials told reporters.",
         "South Korean Ministry of National Defense"),
        ("U.S. officials said the brigades were “already in combat”.", "U.S. government"),
    ],
)
def test_an_unnamed_official_of_a_state_speaks_for_its_government(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "In X's words" and "in the words of X" give the words to X, as "in X's letter" does.
        ("Shoigu arrived on Tuesday. In his words, the two armies are “brothers in arms”.", "Sergei Shoigu"),
        ("In the words of Sergei Lavrov, the treaty is “purely defensive”.", "Sergei Lavrov"),
        ("In Zelensky's words, the shells were “a lifeline for Moscow”.", "Volodymyr Zelensky"),
        # A description the account resolves stands for its entity; one it cannot, for no one.
        ("The Kremlin spokesman spoke on Friday. In the spokesman's words, the visit was “historic”.", "Dmitry Peskov"),
        ("In the committee's words, it was “a turning point”.", None),
    ],
)
def test_words_in_someones_words(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A description of a body that ends in a word for a medium or a document is still a subject.
        ("Lawmakers met the National Intelligence Service on Monday. The spy agency said the second rotation was "
         "“already under way”, according to the lawmakers.", "National Intelligence Service"),
        ("KCNA released the text at dawn. The state news agency said the launch was “a routine test”.", "KCNA"),
        # A capitalised determiner is never a name of its own: "A speech" reports, it does not speak.
        ("A speech reported the “victory”.", None),
    ],
)
def test_a_description_ending_in_a_document_word_speaks(text, speaker):
    assert _speakers(text, source="Yonhap")[0][1] == speaker


def test_a_foreign_ministry_spokesperson_is_later_the_diplomat():
    text = ("Foreign Ministry spokeswoman Olena Marchenko called the report “baseless”. "
            "According to the diplomat, the talks were “not on the agenda”.")
    assert [s for _, s in _speakers(text)] == ["Olena Marchenko", "Olena Marchenko"]


@pytest.mark.parametrize("verb", ["criticizing", "criticising"])
def test_a_participle_of_criticism_borrows_the_subject(verb):
    text = f"The Kremlin issued a statement {verb} the sanctions as “economic aggression”."
    assert _speakers(text)[0][1] == "Kremlin"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A person "of" a body speaks, however many words the body's name runs to.
        ("Researcher Yang Moo-jin of the Korea Institute for National Unification said the visit was “a signal”.",
         "Yang Moo-jin"),
        ("Senior fellow Jenny Town of the Stimson Center said it was “a gamble”.", "Jenny Town"),
        # With no person before "of", the body itself does.
        ("Researchers of the Korea Institute for National Unification said it was “a signal”.",
         "Korea Institute for National Unification"),
    ],
)
def test_a_person_of_a_long_named_body_speaks(text, speaker):
    assert _speakers(text, source="NK News")[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Who speaks for a medium speaks its words, also in the first person of the state it speaks for.
        "Korean Central Television aired a film about Kim Jong Un's visit. “Our fighters never retreat,” the broadcaster's narrator said.",
        "KCTV aired a film about Kim Jong Un's visit. “Our fighters never retreat,” KCTV's announcer said.",
        "KCTV aired a film about Kim Jong Un's visit. KCTV's presenter said “our fighters never retreat”.",
        # Before the quote, by the medium's description or alone.
        "Korean Central Television showed the parade. The broadcaster's announcer hailed the tanks as “our invincible steel”.",
        "Korean Central Television showed the parade. The announcer called the tanks “our invincible steel”.",
        "Korean Central Television showed the parade. “Our invincible steel rolls on,” the announcer said.",
    ],
)
def test_a_mediums_narrator_speaks_for_the_medium(text):
    assert _speakers(text, source="NK News")[0][1] in ("Korean Central Television", "DPRK state media")


def test_a_voice_with_no_medium_named_before_is_no_speaker():
    assert _speakers("The play opened in Seoul. “We are the pride of the nation,” the narrator said.", source="NK News")[0][1] is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # An owned title is its holder when the vocabularies know who holds it, never the words of the title.
        ("Putin met Kim in Beijing. “The talks went well,” Putin's spokesman told reporters.", "Dmitry Peskov"),
        ("The Kremlin welcomed the visit. The Kremlin's spokesman said the talks were “very substantive”.", "Dmitry Peskov"),
        ("Officials met in Seoul. “We will answer in kind,” the agency's spokesperson said.", None),
    ],
)
def test_an_owned_title_is_its_holder_or_no_one(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "the <noun>" refers back to the indefinite phrase that introduced it, with its modifiers.
        ("A wounded Russian paratrooper was filmed in a field hospital. “We lost half the company,” the paratrooper said.",
         "wounded Russian paratrooper"),
        ("Reporters met a North Korean engineer near the border. “The mines are everywhere,” the engineer told them.",
         "North Korean engineer"),
        # Never across a phrase: "a letter to a soldier" introduces no "soldier" of its own.
        ("She wrote a letter to a soldier. “We miss you,” the soldier read aloud.", "soldier"),
    ],
)
def test_a_definite_noun_is_the_indefinite_phrase_before_it(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "went on" / "goes on" carries the speech of the subject it follows on from.
        ("Kim Yo Jong issued a statement on Tuesday. She went on: “Seoul will regret this.”", "Kim Yo Jong"),
        ("“Seoul will regret this,” Kim Yo Jong goes on, in the third paragraph of her statement.", "Kim Yo Jong"),
        # Not a verb of saying when no quote is its object.
        ("Kim Jong Un met the generals. The meeting went on for hours. “We will win,” Kim said.", "Kim Jong Un"),
    ],
)
def test_going_on_is_saying_more(text, speaker):
    assert _speakers(text, source="Yonhap")[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A pronoun that relays no one the article named is no speaker's name.
        "The video ran for four minutes. “We were never told where we were going,” the translator quoted him as saying.",
        "Dozens of letters reached the border. “Come home soon,” the newspaper quoted her as writing.",
    ],
)
def test_a_relayed_pronoun_with_no_antecedent_is_not_its_own_speaker(text):
    assert _speakers(text, source="AP")[0][1] not in ("him", "her", "Him", "Her")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A pronoun after an unnamed spokesperson's words is the spokesperson: the body speaks on.
        ("A spokesman for the DPRK Foreign Ministry answered a question from KCNA. “The drills are a provocation,” "
         "the spokesman said. He warned that the army would respond “without hesitation”.", "DPRK Foreign Ministry"),
        ("A spokeswoman for Russia's foreign ministry said Moscow was “alarmed”. She added that the sanctions were “illegal”.",
         "Russian Foreign Ministry"),
        # Unless a person is named between them.
        ("A spokesman for the Kremlin said Moscow was “alarmed”. Vladimir Putin spoke later. He called the sanctions “illegal”.",
         "Vladimir Putin"),
    ],
)
def test_a_pronoun_after_an_unnamed_spokesperson_is_the_body(text, speaker):
    assert _speakers(text, source="Reuters")[-1][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A medium or place right before a participle is the preposition's object: the clause's subject speaks.
        ("Choe Son Hui was filmed on Korean Central Television saying the treaty was “a shield of peace”.", "Choe Son Hui"),
        ("Vladimir Putin appeared in a Kremlin video saying the soldiers showed “true courage”.", "Vladimir Putin"),
        # "with X saying" is a clause of its own.
        ("The launch went ahead on Friday, with KCNA saying the rocket was “a complete success”.", "KCNA"),
        ("State television showed a clip of Choe Son Hui telling Lavrov the alliance was “unbreakable”.", "Choe Son Hui"),
    ],
)
def test_a_prepositions_object_before_a_participle_is_not_its_subject(text, speaker):
    assert _speakers(text, source="AP")[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "the office", "the service": the body quoted last whose words these are.
        ("South Korea's presidential office said it had protested. “This cannot be tolerated,” the office said.",
         "South Korean presidential office"),
        ("The Security Service of Ukraine said it had filmed the men. The service called them “ordinary conscripts”.",
         "Security Service of Ukraine"),
    ],
)
def test_a_bodys_common_noun_is_the_body_quoted_last(text, speaker):
    assert _speakers(text, source="AP")[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A lead gives a state's words; the next sentences name the body or person of that state who issued them.
        ("North Korea on Friday called the sanctions report “a pack of lies”. In a statement carried by KCNA, "
         "the North's Foreign Ministry said the monitors had no mandate.", "DPRK Foreign Ministry"),
        ("Pyongyang vowed to answer the drills with “overwhelming force”. Kim Yo Jong said in a statement that "
         "Seoul would pay.", "Kim Yo Jong"),
        # Not someone of another state.
        ("Russia called the sanctions “illegitimate”. Ukrainian President Volodymyr Zelensky said they should be tightened.",
         "Russian government"),
        # Nor a medium, which relays.
        ("North Korea called the drills “a rehearsal for invasion”. KCNA said the army was on alert.",
         "North Korean government"),
    ],
)
def test_a_states_words_in_a_lead_are_their_issuers(text, speaker):
    assert _speakers(text, source="Reuters")[0][1] == speaker


def test_words_quoted_again_with_no_one_named_are_the_first_speakers():
    arts = pd.DataFrame({"article_id": ["a1"], "published": [pd.Timestamp("2025-05-06")], "source": ["AP"], "text": [
        "Kim Jong Un vowed “ironclad solidarity” with Moscow, KCNA reported.\n\n"
        "Analysts doubt the alliance will last. Whether that “iron-clad solidarity” survives a ceasefire is unclear.\n\n"
        "Few expect “a new cold war” to follow."]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    echo = df[df["text"] == "iron-clad solidarity"].iloc[0]
    assert (echo["speaker"], echo["channel"]) == ("Kim Jong Un", "KCNA")
    # Words quoted once, with no one named, stay no one's.
    assert pd.isna(df[df["text"] == "a new cold war"].iloc[0]["speaker"])


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "In the X's words" and "in the words of the X", X a name after "the", or a body's common noun.
        ("The Security Service of Ukraine said the IDs were forged. In the SBU's words, the papers were “a crude disguise”.",
         "Security Service of Ukraine"),
        ("The Security Service of Ukraine said the IDs were forged. In the words of the SBU, the papers were “a crude disguise”.",
         "Security Service of Ukraine"),
        ("The Security Service of Ukraine said the IDs were forged. In the service's words, the papers were “a crude disguise”.",
         "Security Service of Ukraine"),
    ],
)
def test_in_the_words_of_a_body(text, speaker):
    assert _speakers(text, source="AP")[-1][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A leader called by a harsher noun is still the leader of the state the modifier names.
        ("Kim Jong Un toured the factory. “Produce more,” the North Korean dictator told the workers.", "Kim Jong Un"),
        ("Putin hosted Kim in Vladivostok. “Our ties are strong,” the Russian strongman said.", "Vladimir Putin"),
        ("Putin hosted Kim in Vladivostok. “Our ties are strong,” the Kremlin chief said.", "Vladimir Putin"),
    ],
)
def test_a_leader_by_another_noun(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A place after a group is where the group is, not who speaks.
        ("A Russian diplomat in Pyongyang said the embassy was “working normally”.", "Russian Foreign Ministry"),
        ("Western diplomats in Seoul said the launch was “a deliberate escalation”.", "Western diplomats"),
        # Unless the group names no state: unnamed officials in a capital are that state's.
        ("Some officials in Seoul said the launch was “a grave provocation”.", "South Korean government"),
    ],
)
def test_a_place_after_a_group_is_where_it_is(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A family name that is also a common word opens the name after a title.
        ("Defence Minister No Kwang Chol told the troops they had fought “like lions”.", "No Kwang Chol"),
        # A body named without its state, then "of" its state: that state's body, wherever the article is from.
        ("The Ministry of Foreign Affairs of the DPRK called the sanctions “a criminal act”.", "DPRK Foreign Ministry"),
        ("The Ministry of Defence of Russia said the sappers had done “heroic work”.", "Russian Ministry of Defence"),
        ("The General Staff of the Korean People's Army called the drills “a rehearsal for invasion”.", "KPA General Staff"),
    ],
)
def test_names_and_bodies_in_state_media_form(text, speaker):
    assert _speakers(text, source="Yonhap")[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A state's words in its medium's own genre are the medium's.
        ("North Korea branded the sanctions “gangster-like” in a KCNA commentary on Sunday.", "KCNA"),
        ("Pyongyang called the drills “a nuclear war rehearsal” in a Rodong Sinmun editorial.", "Rodong Sinmun"),
        # A person's article in a medium stays the person's; another state's medium is no one's genre here.
        ("Kim Jong Un called the alliance “invincible” in an article for Rodong Sinmun.", "Kim Jong Un"),
        ("North Korea called the report “fiction” in remarks a TASS commentary quoted.", "North Korean government"),
    ],
)
def test_a_states_words_in_its_mediums_commentary_are_the_mediums(text, speaker):
    assert _speakers(text, source="Reuters")[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # An unnamed subject, its verb, then a participle of saying after a comma: the subject before the comma speaks.
        ("“The talks have stalled,” the diplomat said, adding that no date had been set.", "diplomat"),
        ("“Pyongyang wants cash, not promises,” the official told reporters, asking not to be named.", "official"),
        ("A Ukrainian commander said the unit was new. “They attack in small groups,” the commander said, "
         "noting that losses were heavy.", "Ukrainian commander"),
        # Before the quote too.
        ("The researcher said, adding that the data were thin: “The shells are older than the gunners.”", "researcher"),
    ],
)
def test_an_unnamed_subject_before_a_participle_of_saying_speaks(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A quoted phrase inside a sentence whose last clause, after a comma, names who said it all.
        ("The summit was “a diplomatic windfall” for Pyongyang, said Sydney Seiler, a former U.S. intelligence "
         "officer.", "Sydney Seiler"),
        ("Moscow now treats the North as “a junior ally” rather than a client, wrote Fyodor Tertitskiy.",
         "Fyodor Tertitskiy"),
    ],
)
def test_an_attribution_closing_the_sentence_after_a_quoted_phrase(text, speaker):
    assert _speakers(text, source="The Guardian")[0][1] == speaker


def test_a_closing_clause_that_attributes_nothing_names_no_one():
    got = _speakers("The “special military operation” has dragged on, with no end in sight.", source="BBC")
    assert got[0][1] is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "as X put it": the subject of "put it" speaks the quote before or after it.
        ("“The factories run day and night for Moscow,” as one Ukrainian official put it to reporters in Kyiv.",
         "Ukrainian government"),
        ("As Lavrov put it to his hosts, the partnership was “not directed against anyone.”", "Sergei Lavrov"),
        ("“It is a marriage of convenience,” as Choi Eun-ji, an analyst in Seoul, put it to the author.", "Choi Eun-ji"),
    ],
)
def test_the_subject_of_put_it_speaks(text, speaker):
    assert _speakers(text)[0][1] == speaker



@pytest.mark.parametrize(
    "text, speaker",
    [
        # A relative clause whose verb is the verb of saying: its antecedent speaks, even as the object of a
        # preposition or a verb of the main clause.
        ("Pyongyang's news agency ran a statement by Kim Yo Jong, who said the drills were “a rehearsal for invasion.”",
         "Kim Yo Jong"),
        ("The delegation was received by Choe Son Hui, who said the alliance was “at its peak.”", "Choe Son Hui"),
        ("Journalists later spoke to Yang Uk, who told them the exchange was “lopsided.”", "Yang Uk"),
        ("Putin thanked Kim Jong Un, who has also said the pact is “a guarantee of peace.”", "Kim Jong Un"),
        # A relative clause of another verb leaves the main clause's subject the speaker.
        ("Lavrov greeted Choe Son Hui, who flew in on Monday, and said the talks were “timely.”", "Sergei Lavrov"),
    ],
)
def test_the_antecedent_of_who_said_speaks(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A numbered part of a document speaks for the document.
        ("The treaty's Article 3 says both sides will hold “immediate consultations” under threat.",
         "Treaty on Comprehensive Strategic Partnership"),
        # A possessive before a document of its owner's: the owner, named before, speaks.
        ("Sergei Shoigu flew home on Tuesday. His statement called the visit “a breakthrough.”", "Sergei Shoigu"),
        ("Choe Son Hui met Lavrov. Her remarks described the partnership as “ironclad.”", "Choe Son Hui"),
        # Alone, a possessive is no subject.
        ("Lavrov praised Choe Son Hui and her team, saying the talks were “substantive.”", "Sergei Lavrov"),
    ],
)
def test_a_document_of_its_owner_speaks_for_the_owner(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A reflexive between the subject and its verb stresses the subject; it is no verb of its own.
        ("Sergei Shoigu himself said the sappers had been “indispensable.”", "Sergei Shoigu"),
        ("Kim Yo Jong herself wrote that the leaflets were “a grave provocation.”", "Kim Yo Jong"),
        ("The treaty itself says neither side will join “any alliance” against the other.",
         "Treaty on Comprehensive Strategic Partnership"),
    ],
)
def test_a_reflexive_after_the_subject(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A medium's voice on air, owned by "its": the medium speaks.
        ("Korean Central Television showed the parade. Its announcer said the soldiers had returned “as victors.”",
         "Korean Central Television"),
        ("Russian state TV aired the ceremony. Its presenter called the Korean troops “brothers in arms.”",
         "Russian state media"),
    ],
)
def test_a_medium_speaks_through_its_voice_on_air(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # Officials out of office speak for no state, in the plural too.
        ("Two former U.S. officials said the deal was “a dangerous gamble.”", "former U.S. officials"),
        ("“The treaty changes little,” said former Russian diplomats at the forum.", "former Russian diplomats"),
        # In office, they speak for their government.
        ("South Korean officials said the drills were “routine.”", "South Korean government"),
    ],
)
def test_officials_out_of_office_speak_for_no_state(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # An abbreviation with dots inside an unnamed official's description, after the verb as before it.
        ("“The crews are learning fast,” said a senior U.S. official.", "U.S. government"),
        ("“We are watching closely,” said a U.S. defense official.", "Pentagon"),  # (the U.S. defence ministry)
        ("“It is a test of resolve,” said a senior U.N. diplomat.", "senior U.N. diplomat"),
    ],
)
def test_an_abbreviation_inside_a_description_after_the_verb(text, speaker):
    assert _speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # The agent of a passive verb of saying speaks, before or after the quoted words.
        ("Opposition lawmakers were told by the NIS that the units had “taken heavy losses.”", "National Intelligence Service"),
        ("The volunteers were called “true patriots” by Kim Jong Un.", "Kim Jong Un"),
        ("The rail shipments were described as “purely humanitarian” by a Russian diplomat.", "Russian Foreign Ministry"),
    ],
)
def test_the_agent_of_a_passive_verb_of_saying_speaks(text, speaker):
    assert [s for _, s in _speakers(text)] == [speaker]


def test_a_passive_verb_of_saying_without_an_agent_names_no_one():
    # The subject of a passive is what is named; without "by", no one is said to speak.
    assert [s for _, s in _speakers("The pact was called “a shield for peace” at the ceremony.")] == [None]


def test_the_agent_of_a_passive_is_found_in_the_sentence_s_attributions():
    text = "The drills were called ######## by Kim."
    a = MaskedText(text).attributions(0, len(text))
    assert [(x.speaker_text, x.cue) for x in a] == [("Kim", "called")]


@pytest.mark.parametrize(
    "text",
    [
        # Whoever "was told" or was "… and told that" heard the words: they are not their speaker.
        "Cho Min-ji has had no word of her son since December. She was called to the district office last week "
        "and told that he had “died a hero’s death.”",
        "Lawmaker Kim Byung-kee was briefed on Monday and told that the units had “suffered badly.”",
        "Park Eun-ha was told by no one why her brother had been “sent to study abroad.”",
    ],
)
def test_the_hearer_of_words_is_not_their_speaker(text):
    assert [s for _, s in _speakers(text)] == [None]


def test_someone_who_tells_what_they_were_told_passes_it_on():
    text = "Ri Song-mi said she was told her husband had “fulfilled his duty.”"
    assert [s for _, s in _speakers(text)] == ["Ri Song-mi"]


@pytest.mark.parametrize("text, speaker_text", [
    ("A schoolteacher in Pyongyang told the paper the pupils had sung.", "A schoolteacher"),
    ("A Western diplomat in Moscow said the talks had stalled.", "A Western diplomat"),
    ("A senior official in Moscow said the talks had stalled.", "Moscow"),  # an official of the place: its own
])
def test_a_place_a_subject_is_in_is_not_the_subject_unless_its_officials_speak(text, speaker_text):
    assert [a.speaker_text for a in MaskedText(text).attributions(0, len(text))] == [speaker_text]


@pytest.mark.parametrize("text, speaker_text", [
    # What tells someone unnamed knows runs to the verb of saying; its noun is not the subject.
    ("A person familiar with the shipments said the barges left at night.", "A person"),
    ("Two people briefed on the negotiations said the barges left at night.", "Two people"),
    ("People with knowledge of the contract said the barges left at night.", "People"),
])
def test_someone_quoted_for_what_they_know_is_the_subject_not_what_they_know_of(text, speaker_text):
    assert [a.speaker_text for a in MaskedText(text).attributions(0, len(text))] == [speaker_text]


@pytest.mark.parametrize("text, speaker_text", [
    (", said a person familiar with the shipments.", "a person"),
    (", said two people briefed on the negotiations.", "two people"),
])
def test_someone_quoted_for_what_they_know_after_the_verb(text, speaker_text):
    assert MaskedText(text).inverted_attribution(0, len(text)).speaker_text == speaker_text


@pytest.mark.parametrize("text, speaker_text", [
    # Four words may describe an unnamed official: a rank, a two-word nationality and a service.
    (", said a senior North Korean army official.", "a senior North Korean army official"),
    (", said a retired South Korean navy admiral.", "a retired South Korean navy admiral"),
])
def test_a_group_after_its_verb_keeps_four_describing_words(text, speaker_text):
    assert MaskedText(text).inverted_attribution(0, len(text)).speaker_text == speaker_text


@pytest.mark.parametrize("text, speaker_text", [
    # A plural noun with no determiner after "what" names the words of the quote; a base form too.
    ("The grain went to what village cadres call “loyalty stocks.”", "village cadres"),
    ("The convoy used what drivers describe as “the night road.”", "drivers"),
    ("Recruits were sent to what Russian instructors termed “the school of fire.”", "Russian instructors"),
])
def test_what_a_plural_calls_is_its_words(text, speaker_text):
    t = text.replace("“", "#").replace("”", "#")
    assert [a.speaker_text for a in MaskedText(t).attributions(0, len(t))] == [speaker_text]


def test_what_both_leaders_called_is_no_one_speakers():
    t = "Kim praised the treaty as a shield against what both leaders described as #aggression.#"
    assert [a.speaker_text for a in MaskedText(t).attributions(0, len(t))] == ["Kim"]


def test_a_restrictive_relative_clause_may_be_followed_by_an_aside_before_the_verb():
    t = "A medic who worked near Sudzha, interviewed by phone, said the wounded came #every night.#"
    assert [a.speaker_text for a in MaskedText(t).attributions(0, len(t))] == ["A medic"]


@pytest.mark.parametrize("text, speaker_text", [
    (", said one veteran of the campaign.", "one veteran"),
    (", said one Western diplomat.", "one Western diplomat"),
])
def test_one_opens_a_group_after_the_verb(text, speaker_text):
    assert MaskedText(text).inverted_attribution(0, len(text)).speaker_text == speaker_text


def test_a_group_read_on_through_two_places_is_cut_at_the_first():
    # "A welder at a shipyard in Nakhodka told": the welder, not "A welder at a shipyard" (no one's name).
    text = "A welder at a shipyard in Nakhodka told the BBC the Koreans never rested."
    found = MaskedText(text).attributions(0, len(text))
    assert [(a.speaker_text, a.how) for a in found] == [("A welder", "group")]


def test_who_a_document_is_from_speaks_in_its_relative_clause():
    # "from" gives the letter's author, not the place of a group: the veteran wrote the words.
    text = "The paper printed a letter from a Belarusian pensioner, who wrote that he ####."
    found = MaskedText(text).attributions(0, len(text))
    assert [(a.speaker_text, a.cue) for a in found] == [("a Belarusian pensioner", "wrote")]


@pytest.mark.parametrize("text, speaker", [
    # A parliament's speaker is a title before the name, not part of it.
    ("Parliament Speaker Anatoly Ivanov said the deal was “in full force.”", "Anatoly Ivanov"),
    ("National Assembly Speaker Choi Min-ho called the deployment “a grave danger.” The speaker said Seoul "
     "must “stay alert.”", "Choi Min-ho"),
])
def test_a_speaker_of_parliament_is_a_title(text, speaker):
    assert {s for _, s in _speakers(text)} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # The name in apposition after an inverted unnamed subject is who speaks.
    ("“The Korean gunners never miss,” wrote one well-read channel, Dva Mayora.", "Dva Mayora"),
    ("“Nothing has changed at the border,” said a ministry spokeswoman, Park Ji-won, on Monday.", "Park Ji-won"),
    # An aside that names no one leaves the subject as it was.
    ("“We are watching closely,” said a senior diplomat, who asked not to be named.", "senior diplomat"),
])
def test_a_name_in_apposition_after_an_unnamed_subject_speaks(text, speaker):
    assert {s for _, s in _speakers(text)} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # A body's name joined by "of" is the subject whole, not its last word.
    ("The Department of Homeland Security said the visas were “under review.”", "Department of Homeland Security"),
    ("The Ministry of Economy said exports to Pyongyang were “negligible.”", "Ministry of Economy"),
])
def test_a_body_named_with_of_speaks_by_its_whole_name(text, speaker):
    assert {s for _, s in _speakers(text, source=None)} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # A body's name, then the place it is in, before the verb: the body speaks, not the place.
    ("The Ministry of Defence in London said the drones were “made in Iran.”", "Ministry of Defence"),
    ("The Joint Chiefs of Staff in Seoul said the troops were “on alert.”", "Joint Chiefs of Staff"),
    ("The 38th Marine Brigade in Kharkiv said the assault had “stalled.”", "38th Marine Brigade"),
    # and a body named without its state is that of the capital it is in
    ("SEOUL (AFP) - The Defence Ministry in Moscow said the strikes were “precise.”", "Russian Ministry of Defence"),
    # a name of the vocabularies is no place of a body's; nor a place after someone unnamed
    ("Officials at the Ministry of Health in Kim Yo Jong said nothing.", None),
    ("A photographer in Mariupol said the port was “empty.”", "photographer in Mariupol"),  # (keeps where)
    # "of" that joins no body's name: the one before it is the body's member, who speaks
    ("Prof Han Min-ji of Sogang University in Seoul said the claim was “weak.”", "Prof Han Min-ji"),
])
def test_a_body_before_its_place_speaks(text, speaker):
    said = _speakers(text)
    assert [s for _, s in said] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speaker", [
    ("SEOUL (Yonhap) -- The Office of the President said it would “respond firmly.”", "South Korean presidential office"),
    ("The Office of the President said it would “respond firmly.”", "Office of the President"),
    ("Choe Ryong Hae of the Workers' Party said the alliance was “eternal.”", "Choe Ryong Hae"),
    ("The Korean People's Army said its units were “ready.”", "Korean People's Army"),
])
def test_a_body_named_with_of_or_a_possessive_is_its_whole_name(text, speaker):
    assert [s for _, s in _speakers(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a state's body written in lower case, then its place: the body speaks
    ("Japan's defence ministry in Tokyo said it had “no information.”", "Japanese Ministry of Defense"),
    ("Ukraine's embassy in Seoul said it was “grateful.”", "Ukraine's embassy"),
    # but a person's office is read by the person's role, not its place
    ("Shoigu's office in Moscow said it was “calm.”", "Russian government"),
])
def test_an_owned_body_before_its_place_speaks(text, speaker):
    assert [s for _, s in _speakers(text)] == [speaker]


def test_an_unnamed_official_of_a_body_in_a_capital_speaks_for_that_states_body():
    text = "SEOUL (Yonhap) -- A senior Defense Ministry official in Moscow said the troops were “ready.”"
    assert [s for _, s in _speakers(text, "Yonhap")] == ["Russian Ministry of Defence"]


@pytest.mark.parametrize("text, speaker", [
    # An owner's person placed somewhere ("Kim's sister in Pyongyang") speaks, not the place: as the same words with
    # no place would.
    ("Kim's sister in Pyongyang said Seoul had “no right” to judge the alliance.", "Kim Yo Jong"),
    ("Kim's sister at the party plenum called the drills “reckless.”", "Kim Yo Jong"),
])
def test_an_owners_person_in_a_place_speaks_not_the_place(text, speaker):
    assert [s for _, s in _speakers(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # A name in quotes may close the apposition between a subject and its verb, its comma inside the marks or not;
    # a call sign or nickname in marks is the name the subject speaks by.
    ("Near Kupiansk, a battalion commander, known by the call sign “Shram,” said the shelling “never stops at night.”",
     ("never stops at night", "Shram")),
    ("A medic, nicknamed “Lys”, told reporters the wounded were “arriving every hour.”",
     ("arriving every hour", "Lys")),
    ("A gunner whose call sign is “Dub” said the enemy “comes in small groups now.”",
     ("comes in small groups now", "gunner")),
])
def test_a_name_in_quotes_inside_the_apposition_leaves_the_subject_speaking(text, expected):
    assert expected in _speakers(text, source="The Times")


@pytest.mark.parametrize("text, wrong", [
    # A noun after the verb of saying that a quote follows is the subject of what is reported, never a speaker.
    ("The pilot, known as “Orel,” said the missiles “fly lower than before.”", "missiles"),
    # "described X as": X is what is described.
    ("One sapper, nicknamed “Bizon”, described the mines as “everywhere, like mushrooms.”", "mines"),
])
def test_a_noun_the_verb_of_saying_governs_is_no_speaker(text, wrong):
    assert all(speaker != wrong for _, speaker in _speakers(text, source="The Times"))


def test_an_adverb_before_the_verb_is_no_part_of_its_subject():
    # "the wounded barely spoke": "barely" goes with the verb; "she" later is the nurse, not "wounded barely".
    text = ("A nurse at a field hospital near Kursk said the wounded barely spoke. “They asked for nothing,” she said.")
    assert _speakers(text, source="BBC News")[-1][1] == "nurse"


@pytest.mark.parametrize("text, expected", [
    # An official posted "to" a state speaks; the state they are posted to does not.
    ("Russia’s ambassador to Japan said the drills were “a threat to the region.”", "Russian government"),
    ("Ukraine's envoy to Seoul told reporters the sanctions had “failed.”", "Ukrainian government"),
    # A state's official stays its own words' speaker, not an official of that state the article names later.
    ("“Moscow has never hidden its friendships,” Russia's ambassador said, adding that the visit was planned.\n\n"
     "Foreign Ministry spokeswoman Maria Zakharova later called the reports “lies.”", "Russian government"),
])
def test_an_official_posted_to_a_state_speaks_for_their_own(text, expected):
    assert _speakers(text, source="Reuters")[0][1] == expected


def test_a_speaker_after_the_verb_may_be_followed_by_as():
    assert _speakers("“We will see,” said the spokesman as he left the briefing.", source="Reuters")[0][1] == "spokesman"


@pytest.mark.parametrize("text, speaker", [
    # A long title ends in a body's last word before the person's name: the person speaks, without the body's word.
    ("Spokesman of the State Emergency Service Oleksandr Khorunzhyi said on air that rescuers were “still digging.”",
     "Oleksandr Khorunzhyi"),
    ("Head of the Kharkiv Regional Military Administration Ihor Marchenko wrote on Telegram: “Two drones hit the city.”",
     "Ihor Marchenko"),
    ("Chief of the Joint Forces Taras Bondar told reporters that the gunners were “well drilled.”", "Taras Bondar"),
    # And later, the family name alone is that person, not the body's word and their name.
    ("Spokesman of the State Emergency Service Oleksandr Khorunzhyi said rescuers were at work. "
     "“Nobody is left under the rubble,” Khorunzhyi said.", "Oleksandr Khorunzhyi"),
])
def test_a_body_before_a_name_is_no_part_of_it(text, speaker):
    assert _speakers(text, source="Ukrinform")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # ", said one of the X, a Y": the apposition says which member speaks, and keeps the floor for the next quote.
    # (In a Seoul paper an unnamed defense official speaks for Seoul's defense ministry, as a Foreign Ministry
    # official for its foreign ministry.)
    ("“The sanctions are biting,” said one of the envoys, a senior defense official. “It will take months.”",
     "South Korean Ministry of National Defense"),
    ("“We will respond,” said one of the diplomats, a Foreign Ministry official.", "South Korean Ministry of Foreign Affairs"),
    # With no apposition, the member speaks as the group they are picked from.
    ("“Nobody told us where we were going,” said one of the prisoners, adding that he had no map.", "prisoner"),
])
def test_an_inverted_subject_picked_out_of_a_group(text, speaker):
    found = _speakers(text, source="The Korea Herald")
    assert {s for _, s in found} == {speaker}


def test_a_verb_of_saying_before_a_group_is_no_modifier_of_it():
    # "the Intelligence Service told lawmakers": the lawmakers are lawmakers, not "Intelligence Service told" ones.
    text = ("The National Intelligence Service told lawmakers that Pyongyang was getting help.\n\n"
            "One of the lawmakers said the threat was “only a matter of time.”")
    assert _speakers(text, source="The Korea Herald")[0][1] == "lawmaker"


@pytest.mark.parametrize("text, speaker, channel", [
    # A medium naming something in the present tense, or a state medium described by its noun, speaks its words.
    ("State media describe the pact with Moscow as “an iron alliance.”", "DPRK state media", "DPRK state media"),
    ("North Korean propaganda outlets portray the deployment as “a sacred duty.”", "DPRK state media", "DPRK state media"),
    ("The North's official press branded the defence minister “a warmonger.”", "DPRK state media", "DPRK state media"),
    ("Pyongyang's party press hailed the summit as “a new epoch.”", "DPRK state media", "DPRK state media"),
    # A state medium left unnamed and in lower case opens a clause of its own after another medium's.
    ("Rodong Sinmun praised the returning troops, and state television branded their mission “a holy crusade.”",
     "DPRK state media", "DPRK state media"),
])
def test_a_medium_that_names_something_speaks_and_carries_its_words(text, speaker, channel):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["NK News"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert (df.speaker.iloc[-1], df.channel.iloc[-1]) == (speaker, channel)


def test_a_lecture_is_what_carries_words_not_who_speaks_them():
    text = ("According to a source in Ryanggang province, the lectures describe the fallen as men who “gave everything” "
            "for a brother nation.")
    assert _speakers(text, "Daily NK") == [("gave everything", "anonymous source in Ryanggang province")]


@pytest.mark.parametrize("text, speaker", [
    # A state's foreign or defence ministry, however it is written, is one canonical body.
    ("The Russian MFA said the sanctions were “illegitimate.”", "Russian Foreign Ministry"),
    ("Russia's MFA said the sanctions were “illegitimate.”", "Russian Foreign Ministry"),
    ("The Ministry of Foreign Affairs of the Russian Federation called the sanctions “illegitimate.”",
     "Russian Foreign Ministry"),
    ("The Russian MoD said the exercise was “routine.”", "Russian Ministry of Defence"),
    ("The DPRK MFA said the drills were “a provocation.”", "DPRK Foreign Ministry"),
    ("The Ukrainian MFA called the treaty “a threat.”", "Ukrainian Ministry of Foreign Affairs"),
    ("The Ministry of Foreign Affairs of the Republic of Korea called the visit “regrettable.”",
     "South Korean Ministry of Foreign Affairs"),
    ("The Japanese Foreign Ministry said the launch was “unacceptable.”", "Japanese Ministry of Foreign Affairs"),
    ("Japan's Ministry of Foreign Affairs said the launch was “unacceptable.”", "Japanese Ministry of Foreign Affairs"),
    ("China's Foreign Ministry said Beijing was “not aware” of it.", "Chinese Ministry of Foreign Affairs"),
])
def test_a_foreign_ministry_is_one_body_however_it_is_written(text, speaker):
    assert _speakers(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # A verb that judges as it names speaks the words it names, as "called" does.
    ("Propaganda website Uriminzokkiri mocked the South's defence minister as “a paper tiger.”", "Uriminzokkiri"),
    ("Rodong Sinmun lambasted the sanctions as “a gangster-like act.”", "Rodong Sinmun"),
    ("KCNA derided the summit as “a farce.”", "KCNA"),
    # A North Korean medium described with the modifier first.
    ("Official North Korean outlets have portrayed the war as “a sacred struggle.”", "DPRK state media"),
])
def test_a_medium_judging_what_it_names_speaks_the_words(text, speaker):
    assert _speakers(text, "Reuters")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # An adverb of manner or frequency between a subject and its verb is no part of the subject.
    ("A senior U.S. official routinely describes the trains as “a lifeline.”", "U.S. government"),
    # (A bare plural group naming as its habit speaks as written: data/habit_words.csv, plural_present.)
    ("Ukrainian officials regularly describe the recruits as “cannon fodder.”", "Ukrainian officials"),
    ("Two Russian diplomats immediately called the report “fake.”", "Russian Foreign Ministry"),
])
def test_an_adverb_before_the_verb_is_no_part_of_the_subject(text, speaker):
    assert _speakers(text, "Reuters")[-1][1] == speaker


def test_the_ministry_is_the_last_ministry_named_of_any_state():
    text = ("The Russian MFA said the ministers would “deepen coordination.” The Ministry of Foreign Affairs of "
            "Ukraine condemned the meeting. “Pyongyang is a co-aggressor,” the ministry said.")
    assert _speakers(text, "Ukrinform")[-1][1] == "Ukrainian Ministry of Foreign Affairs"


@pytest.mark.parametrize("text", [
    # The ruling party's organ is Rodong Sinmun, however it is described.
    "Rodong Sinmun ran a long commentary on Monday. The party organ said the alliance was “unbreakable.”",
    "Rodong Sinmun ran a long commentary on Monday. The mouthpiece of the ruling party said the alliance was "
    "“unbreakable.”",
])
def test_the_party_organ_is_rodong_sinmun(text):
    assert _speakers(text, "NK News")[-1][1] == "Rodong Sinmun"


@pytest.mark.parametrize("text", [
    # Britain's government by its metonyms and its nationality words, as Japan's and Russia's are read.
    "One Whitehall official called the deployment “a reckless gamble”.",
    "“We will not stand by,” a Downing Street official said.",
    "A senior British official said the deployment was “a reckless gamble”.",
    "“It is a reckless gamble,” a UK official told reporters.",
])
def test_an_unnamed_british_official_speaks_for_the_british_government(text):
    assert _speakers(text)[0][1] == "British government"


@pytest.mark.parametrize("text, speaker", [
    # A title in lower case between the verb and the name, with words that qualify it and its body before them.
    ("“The shells keep coming,” said senior analyst Mira Olsen of the Stimson Center.", "Mira Olsen"),
    ("“Nobody expects the supply to stop,” said military expert Oleg Sazonov, a retired colonel.", "Oleg Sazonov"),
    ("“We count the markings every day,” said spokesman Dmytro Lykhovyi.", "Dmytro Lykhovyi"),
    ("“We are watching closely,” says State Department spokesperson Tammy Bruce.", "Tammy Bruce"),
    # "the" before the title leaves the name the subject.
    ("“The front holds,” said the military analyst Oleh Zhdanov.", "Oleh Zhdanov"),
])
def test_an_inverted_subject_with_a_title_in_lower_case(text, speaker):
    assert _speakers(text)[0][1] == speaker


def test_an_unnamed_official_after_the_verb_is_no_title_and_name():
    # "senior" says nothing of an office: "said one senior U.S. official" names no one called "U.S".
    assert _speakers("“They are bait,” said one senior U.S. official, who asked not to be named.")[0][1] != "U.S"


def test_a_quote_alone_in_the_next_paragraph_goes_on_with_its_speaker():
    text = ("“The quality has not stopped Moscow,” said analyst Mira Olsen of the Stimson Center.\n\n"
            "“They fire what they get. Volume matters more than precision.”\n\n"
            "The shipments continued through the autumn.")
    assert [s for _, s in _speakers(text)] == ["Mira Olsen", "Mira Olsen"]


@pytest.mark.parametrize("text, source, speaker", [
    # A spokesperson of a body named before the noun speaks for the body, as "a State Department spokesperson" does.
    ("A National Security Council spokesperson called the transfers “deeply troubling.”", "Reuters",
     "National Security Council"),
    ("“We are tracking it,” a National Security Council spokesperson said.", "AP", "National Security Council"),
    # A state named with the official: its government.
    ("A Japanese government official called the launch “a grave threat.”", "Yonhap", "Government of Japan"),
])
def test_an_unnamed_official_of_a_body_or_of_a_named_state(text, source, speaker):
    assert _speakers(text, source)[0][1] == speaker


def test_a_government_official_is_never_the_government_of_the_last_state_named():
    # With no state named for the official and none known for the outlet, the state named last before ("North
    # Korea's Rodong Sinmun") is not the one whose government the official serves.
    text = ("North Korea's Rodong Sinmun said the soldiers “showed the spirit of the army.”\n\n"
            "A government official said, “We are closely watching the situation.”")
    assert _speakers(text, "Segye Ilbo")[1][1] != "North Korean government"


@pytest.mark.parametrize("text", [
    # A lawmaker relays the spy agency's judgement: the quoted words are the agency's.
    "Rep. Yoo Yong-won told reporters that the NIS had judged that “the North will send more workers this year.”",
    "The NIS briefed lawmakers on Tuesday. Yoo said after the closed-door briefing that the spy agency assessed that "
    "“losses have doubled since March.”",
    "According to Yoo, the NIS assesses that “the North is preparing a second dispatch.”",
])
def test_a_judgement_of_the_spy_agency_relayed_by_a_lawmaker_is_the_agencys(text):
    assert _speakers(text, "Yonhap")[0][1] == "National Intelligence Service"


@pytest.mark.parametrize("text, speaker", [
    # A state's name closing a body's never opens the name of the person after it.
    ("On national television, spokesman of the State Border Guard Service of Ukraine Andrii Vitko said the border "
     "was “quiet but tense.”", "Andrii Vitko"),
    ("Deputy head of the Main Directorate of Russia Pavel Sokolov said the units were “fully manned.”", "Pavel Sokolov"),
])
def test_a_states_name_after_a_body_is_not_part_of_the_name(text, speaker):
    assert _speakers(text, "Ukrinform")[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # An unnamed diplomat speaks for the foreign ministry of the state, where the vocabularies have one.
    ("“We are following the talks very closely,” a French diplomat in Seoul who asked not to be named said.",
     "French Foreign Ministry"),
    ("A South Korean diplomat called the transfer “a clear breach of the resolutions.”",
     "South Korean Ministry of Foreign Affairs"),
    ("“Nothing was signed,” said a senior Russian diplomat.", "Russian Foreign Ministry"),
])
def test_an_unnamed_diplomat_speaks_for_the_states_foreign_ministry(text, speaker):
    assert _speakers(text, "Korea JoongAng Daily")[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # "used the term" frames the quote as the subject's own wording, as "called" does.
    ("North Korea's state media has used the term “glorious mission” in every report since spring.", "DPRK state media"),
    ("Sergei Lavrov used the word “provocation” three times in his remarks.", "Sergei Lavrov"),
    ("Kim Jong Un uses the phrase “invincible alliance” whenever Russian envoys visit.", "Kim Jong Un"),
    ("In its statement the Kremlin used the expression “fraternal help” for the deployment.", "Kremlin"),
])
def test_using_a_term_is_saying_it(text, speaker):
    assert [s for _, s in _speakers(text)] == [speaker]


def test_using_a_thing_is_not_saying_it():
    # "used" with no word of naming after it is a deed: the quote is the ministry's, not the troops'.
    said = [s for _, s in _speakers("Russian troops used the “Koksan” guns near Kursk, the ministry said.")]
    assert said and "troops" not in (said[0] or "")


@pytest.mark.parametrize("text", [
    "“No one may be sent back to face torture,” said a spokesperson for Human Rights Watch.",
    "“No one may be sent back to face torture,” an HRW researcher said.",
])
def test_a_spokesperson_for_human_rights_watch_speaks_for_it(text):
    assert [s for _, s in _speakers(text)] == ["Human Rights Watch"]
