"""Who said a quote, for attributions the quote's own sentence does not hold (dossier.extractors.speech.quote_speakers), on
sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes
from dossier.extractors.mentions.speaker_vocab import speaker_affiliation


def _said(text: str, source=None) -> list[tuple]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    return [(r.speaker if isinstance(r.speaker, str) else None, r.channel if isinstance(r.channel, str) else None)
            for r in df.itertuples()]


@pytest.mark.parametrize("text, speaker", [
    ("“We will crush any provocation.”\n\nThe statement, signed by Kim Yo Jong, was carried by KCNA on Tuesday.",
     "Kim Yo Jong"),
    ("“The door to talks is closed.” The remarks were made by Choe Son Hui in Moscow.", "Choe Son Hui"),
    # A passive that does not issue the words names no author.
    ("“Peace is near.” The statement was welcomed by Seoul.", None),
])
def test_a_quote_alone_is_the_words_of_the_document_the_next_sentence_opens_with(text, speaker):
    assert _said(text)[0][0] == speaker


def test_a_state_speaks_through_the_issuer_a_later_sentence_names_without_a_verb_of_saying():
    text = ("North Korea called the deployment “an act of justice” on Monday.\n\n"
            "The statement was released by the Central Military Commission and carried by KCNA.")
    assert _said(text) == [("Central Military Commission of the WPK", "KCNA")]


@pytest.mark.parametrize("text, speaker", [
    # A participle after a quote takes an object, never its speaker: "praising the soldiers" is not "said the soldiers".
    ("A resident said officials had ordered \"loyalty meetings\" praising the fallen troops.", "anonymous resident"),
    ("The envoy urged a \"durable peace\" calling the Russian negotiators to Minsk.", "envoy"),
    # A finite verb still comes before its speaker.
    ("\"The talks went well,\" said the envoy.", "envoy"),
])
def test_only_a_finite_verb_comes_before_its_speaker(text, speaker):
    assert _said(text)[0][0] == speaker


@pytest.mark.parametrize("text", [
    # An unnamed or senior official of the body's noun speaks for the body, as "a ministry official" does.
    "The unification ministry rejected the claim. \n\n“Dialogue remains open,” an unnamed ministry spokeswoman said.",
    "The unification ministry rejected the claim. \n\n“Dialogue remains open,” a senior ministry official said.",
    # With no noun, a modified title speaks for the body its paragraph names.
    "The unification ministry rejected the claim. “Dialogue remains open,” an anonymous official said.",
])
def test_an_unnamed_official_with_a_modifier_speaks_for_the_body(text):
    assert _said(text, source="Yonhap")[0][0] == "South Korean Ministry of Unification"



@pytest.mark.parametrize("text, speakers", [
    # An unnamed official of a state speaks for its government (a diplomat for its foreign ministry), not for an
    # official of it named after.
    ("A senior Russian diplomat said the two sides would “expand military ties.”\n\n"
     "Deputy Foreign Minister Andrei Rudenko later called the North “a reliable ally.”",
     ["Russian Foreign Ministry", "Andrei Rudenko"]),
    # The state as a whole speaks through who the sentences after its lead name.
    ("North Korea denounced the drills as “a rehearsal for invasion.” In a statement, its foreign ministry said the "
     "drills were “reckless.”", ["DPRK Foreign Ministry", "DPRK Foreign Ministry"]),
])
def test_an_unnamed_official_is_not_the_state_of_a_lead(text, speakers):
    assert [s for s, _ in _said(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # Someone unnamed whom a medium quotes speaks for what they would speak for as a subject.
    ("The daily Izvestia quoted a senior Russian diplomat as saying the talks would “continue in Moscow.”",
     "Russian Foreign Ministry"),
    ("Interfax cited a South Korean official as saying the drills were “purely defensive.”", "South Korean government"),
    ("Seoul's defence ministry briefed reporters. Yonhap quoted a ministry official as saying the units were "
     "“rotating home.”", "South Korean Ministry of National Defense"),
])
def test_someone_unnamed_a_medium_quotes_is_read_as_a_subject(text, speaker):
    assert _said(text)[0][0] == speaker


@pytest.mark.parametrize("text, expected", [
    # Words a medium or a speaker passes on "citing" or "quoting" a source are the source's; the medium relays them.
    ("Pyongyang sent “a fresh batch” of shells, Yonhap reported, citing the Joint Chiefs of Staff.",
     ("Joint Chiefs of Staff", "Yonhap")),
    ("“The launch failed early,” Yonhap reported, citing a government source.", ("anonymous source", "Yonhap")),
    ("The North fired “several” missiles, the lawmaker said, citing the NIS.", ("National Intelligence Service", None)),
    # A document or a plural cited is no speaker: the medium's own words.
    ("The North fired “several” missiles, Yonhap reported, citing a report.", ("Yonhap", "Yonhap")),
    ("The North fired “several” missiles, Yonhap reported, citing unnamed sources.", ("Yonhap", "Yonhap")),
])
def test_words_passed_on_citing_a_source_are_the_sources(text, expected):
    assert _said(text, source="Reuters")[0] == expected


@pytest.mark.parametrize("text, speaker", [
    # A sentence ending in a colon whose subject issues a document introduces the document's words, the next paragraph.
    ("Kim Yo Jong released a press statement on Tuesday:\n\n“The leaflets are a grave provocation.”", "Kim Yo Jong"),
    ("The DPRK Foreign Ministry issued the following statement on Monday:\n\n“The sanctions are null and void.”",
     "DPRK Foreign Ministry"),
    # Without a document issued, the colon alone names no one.
    ("Kim Yo Jong visited Wonsan on Tuesday:\n\n“The leaflets are a grave provocation.”", None),
])
def test_a_document_issued_before_a_colon_is_its_issuers(text, speaker):
    assert _said(text, source="KCNA")[0][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # The place someone unnamed is in is where they are, not whom they speak for: not an official of it, or one
    # whose own nationality the words give.
    ("The weekly Argumenty quoted a schoolteacher in Pyongyang as saying the pupils “sang for the soldiers.”",
     "schoolteacher in Pyongyang"),  # (a role that says no more keeps the place, as a reader labels it)
    ("“The trains run at night,” according to a nurse in Moscow.", "nurse"),
    ("“The trains run at night,” according to one Japanese diplomat in Moscow.", "Japanese diplomat"),
    # An official of the place still speaks for its government.
    ("“The trains run at night,” according to a senior official in Moscow.", "Russian government"),
])
def test_the_place_someone_unnamed_is_in_does_not_speak(text, speaker):
    assert _said(text)[0][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # Someone unnamed "of" a place, then an aside before the verb: the person, not the medium told.
    ("“The market was shut for a week,” a trader of Sinuiju, who asked not to be named, told Daily NK.",
     "anonymous trader in Sinuiju"),
    ("“The market was shut for a week,” a defector of Hoeryong, who left in 2019, told RFA.",
     "anonymous defector in Hoeryong"),
])
def test_someone_unnamed_of_a_place_with_an_aside_speaks(text, speaker):
    assert _said(text)[0][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # A relative clause whose verb only a document's wording takes: the document's words, not its signers'.
    ("Kim Jong Un and Vladimir Putin signed a treaty last summer that obliges both armies to help “at once and in full.”",
     "Treaty on Comprehensive Strategic Partnership"),
    ("The Comprehensive Strategic Partnership Treaty took effect in December. Its text holds a clause that commits "
     "each side to “every means available.”", "Treaty on Comprehensive Strategic Partnership"),
    ("Vladimir Putin signed a law that ratified the treaty, which binds Moscow to act “as an ally would.”",
     "Treaty on Comprehensive Strategic Partnership"),
    # The verb's own subject: a noun that stands for the treaty named before.
    ("Kim Jong Un signed a mutual defence treaty with Vladimir Putin in June.\n\nThe pact commits each side to act "
     "“with every means it has.”", "Treaty on Comprehensive Strategic Partnership"),
    # A document no vocabulary names is no one's, never its signer's.
    ("Kim Jong Un signed a decree that requires every factory to work “for the front.”", None),
])
def test_a_documents_relative_clause_carries_its_wording(text, speaker):
    assert _said(text)[0][0] == speaker


@pytest.mark.parametrize("text, expected", [
    # A medium citing another medium passes on that medium's words, through it.
    ("Pyongyang tested a drone on Monday. Xinhua, citing KCNA, said the drone was “a new-type strategic weapon.”",
     ("KCNA", "KCNA")),
    ("Kim Jong Un opened a hospital. Interfax, citing the Rodong Sinmun, said it was “a palace for the people.”",
     ("Rodong Sinmun", "Rodong Sinmun")),
])
def test_a_medium_citing_a_medium_passes_on_its_words(text, expected):
    assert _said(text)[0] == expected


def test_a_person_citing_a_medium_still_speaks():
    assert _said("Rep. Yoo Yong-won, citing Yonhap, said the unit had “already left.”")[0][0] == "Yoo Yong-won"


@pytest.mark.parametrize("text, expected", [
    # A medium's attribution set off by commas after the subject: the subject's words, through the medium.
    ("Choe Son Hui met Sergei Lavrov in Moscow. The foreign minister, KCNA said, hailed the “ever-growing” ties.",
     ("Choe Son Hui", "KCNA")),
    ("Kim Yo Jong issued a statement on Friday. Kim, the Rodong Sinmun reported, called the drills “reckless.”",
     ("Kim Yo Jong", "Rodong Sinmun")),
    # What no one says is the medium's own narration.
    ("Choe Son Hui met Sergei Lavrov in Moscow. The meeting, KCNA said, passed in a “comradely” mood.",
     ("KCNA", "KCNA")),
])
def test_a_medium_set_off_by_commas_relays_the_subjects_words(text, expected):
    assert _said(text)[0] == expected


def test_the_official_after_an_unnamed_one_is_not_the_next_person_of_that_state():
    # "the official" is the Russian official brought in before, not Peskov, whom the article quotes next.
    text = ("A Ukrainian official familiar with the talks said the deal was close. “Kyiv wants the prisoners back "
            "first,” the official said.\n\nPresidential chief of staff Andriy Yermak declined to comment. "
            "“We are working,” Yermak told reporters.")
    assert _said(text)[0][0] == "Ukrainian government"


def test_quoting_after_the_verbs_own_words_passes_on_the_sources_words():
    text = ("The National Intelligence Service briefed the intelligence committee on Monday. “Pyongyang has sent a "
            "fourth batch of troops,” Rep. Park Sun-won told reporters after the session, quoting the spy agency.")
    assert _said(text)[0][0] == "National Intelligence Service"


def test_a_coordinated_verb_after_what_someone_said_has_their_subject():
    # "but described" goes with "said", whose subject opens the sentence, not with a state named in what was said.
    text = ("A Western diplomat said that the number of Koreans visiting Ukraine had fallen, but described the "
            "visitors as “spies in disguise.”")
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = dossier.quotes(dossier.sentences(articles), articles)
    assert df.speaker.tolist() == ["Western diplomat"]


@pytest.mark.parametrize("text, speaker, affiliation", [
    # officials of the alliance's coverage: a later pronoun or surname is theirs, and their state's channel relays them
    ("Choe Ryong Hae received the Russian guests. He said the friendship was “sealed in blood.”", "Choe Ryong Hae", "dprk_state"),
    ("Chief Cabinet Secretary Yoshimasa Hayashi spoke in Tokyo. “We protest strongly,” Hayashi said.", "Yoshimasa Hayashi",
     "other"),
    ("Kursk governor Alexander Khinshtein visited the village. “The mines are gone,” Khinshtein said.", "Alexander Khinshtein",
     "russia_state"),
])
def test_officials_of_the_coverage_are_known_speakers(text, speaker, affiliation):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    assert list(df["speaker"]) == [speaker]
    assert speaker_affiliation(speaker) == affiliation


@pytest.mark.parametrize("text", [
    "Seoul is watching, the Ministry of Unification said Saturday, calling the visit “another sign of collusion.”",
    "Seoul is watching, the Ministry of Unification said on Saturday, calling the visit “another sign of collusion.”",
])
def test_a_participle_after_a_day_shares_the_subject_of_the_verb_before(text):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    assert list(quotes(dossier.sentences(articles), articles)["speaker"]) == ["South Korean Ministry of Unification"]


@pytest.mark.parametrize("text, speaker", [
    # A quote inside a clause is the subject of the verb after it, not words that verb attributes.
    ("Andrii Yermak wrote on Telegram that “the Korean question” demanded an answer from Seoul.", "Andriy Yermak"),
    ("Kim Yo Jong mocked the drills, saying “the puppet military” stressed its readiness in vain.", "Kim Yo Jong"),
    # A quote that opens the sentence, or closes itself with a comma, is said by whom the verb names.
    ("“We will hold the line” said Kyrylo Budanov.", "Kyrylo Budanov"),
    ("The front is quiet. “We will hold the line,” said Kyrylo Budanov.", "Kyrylo Budanov"),
])
def test_a_verb_after_a_quote_inside_a_clause_attributes_nothing(text, speaker):
    assert _said(text, "Reuters")[0][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # A participle right after a document is the document's words: its issuer's, not the sentence subject's.
    ("Tokyo lodged a protest after Kim Yo Jong released a statement calling Japan “a war criminal state.”", "Kim Yo Jong"),
    ("Washington urged calm on Monday, hours after KCNA published a commentary describing the drills as “a "
     "declaration of war.”", "KCNA"),
    # Without a document before it, the participle borrows the subject as before.
    ("Kim Yo Jong mocked the drills on Monday, calling them “a farce.”", "Kim Yo Jong"),
])
def test_a_participle_after_an_issued_document_is_its_issuers(text, speaker):
    assert _said(text, "Reuters")[0][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # A clause joined by ", and" or ", but" that opens with its own subject and verb of saying holds that subject's
    # words, an apposition after the name or not; the first clause's subject said nothing of them.
    ("Moscow has never confirmed the losses, and Maria Zakharova, the ministry's spokeswoman, has dismissed them "
     "as “Western fantasies.”", "Maria Zakharova"),
    ("Pyongyang has not commented on the estimate, and Kim Yo Jong has called it “a fairy tale.”", "Kim Yo Jong"),
    ("Russia has never confirmed the troops' presence, but Vladimir Putin thanked Kim Jong Un last month, calling "
     "the soldiers “true friends.”", "Vladimir Putin"),
    # A clause whose subject says nothing goes on with what the first subject said.
    ("Kim Jong Un said the troops fought bravely, and Russia would “never forget” them.", "Kim Jong Un"),
])
def test_a_joined_clause_with_its_own_speaker_holds_their_words(text, speaker):
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # An order, a vow or a call that a medium relays ("according to …") is the words of whoever gave it.
    ("North Korean leader Kim Jong Un ordered the cadres to “finish the dam by spring,” according to state media on Monday.",
     ("Kim Jong Un", "DPRK state media")),
    ("Kim Jong Un instructed officials to “wage a decisive battle” for grain, according to the Rodong Sinmun.",
     ("Kim Jong Un", "Rodong Sinmun")),
    ("Kim Yo Jong vowed that Pyongyang would “answer in kind,” according to KCNA.", ("Kim Yo Jong", "KCNA")),
])
def test_whom_a_medium_reports_giving_an_order_speaks_its_words(text, expected):
    assert _said(text, source="NK News")[0] == expected


@pytest.mark.parametrize("text, said", [
    # A medium that portrays or frames someone "as" quoted words speaks them, and is their channel.
    ("KCNA has portrayed the fallen as men who “gave their youth to the motherland.”", ("KCNA", "KCNA")),
    ("Rodong Sinmun portrays the troops as “the pride of the nation.”", ("Rodong Sinmun", "Rodong Sinmun")),
    ("In an editorial, KCNA frames the operation as “a sacred mission.”", ("KCNA", "KCNA")),
])
def test_a_medium_that_portrays_speaks(text, said):
    assert _said(text, source="Yonhap") == [said]


def test_a_later_verb_that_names_its_own_object_speaks_no_earlier_quote():
    # The documentary portrays "them" as something unquoted: the quoted words before it are the channel's segments'.
    text = ("Talk shows on Channel One have run segments about “the Korean comrades” who fought in Kursk, and a film "
            "aired on Sunday described them as heirs to the partisans of 1945.")
    assert _said(text, source="The Moscow Times")[0][0] == "Channel One Russia"


@pytest.mark.parametrize("text, speaker", [
    # "put the figure at “…”": the subject gives the quoted estimate, after an apposition too.
    ("One war blogger, Dark Falcon, put the figure at “roughly two battalions.”", "Dark Falcon"),
    ("Western analysts put the death toll at “well over a thousand,” though Seoul gave no number.", "Western analysts"),
])
def test_who_puts_a_figure_at_quoted_words_speaks_them(text, speaker):
    assert _said(text, source="Reuters")[0][0] == speaker


@pytest.mark.parametrize("text", [
    # Britain's defence intelligence by any of the names reporters give it, also with an aside before its verb.
    "British defence intelligence, in its daily update, said Russia was “highly likely” to use the shells.",
    "The UK's Defence Intelligence said in its latest assessment that the crews were “probably” North Korean.",
    "“North Korean crews are almost certainly involved,” British military intelligence said on Sunday.",
    "Britain's Defence Intelligence, in an update on X, called the transfers “significant.”",
])
def test_britains_defence_intelligence_speaks_by_its_aliases(text):
    assert _said(text) == [("UK Defence Intelligence", None)]


@pytest.mark.parametrize("text, speaker", [
    # Words after a colon framed by a verb of summing up, or a copula and an adjective of manner, are the subject's.
    ("Seoul has watched the front for a year. Kang Min-seo, a lecturer at Korea University, puts it plainly: "
     "“Pyongyang is being paid in know-how.”", "Kang Min-seo"),
    ("Seoul has watched the front for a year. Kang Min-seo, a lecturer at Korea University, summed it up: "
     "“Pyongyang is being paid in know-how.”", "Kang Min-seo"),
    ("Seoul has watched the front for a year. Kang Min-seo, a lecturer at Korea University, was blunter: "
     "“Pyongyang is being paid in know-how.”", "Kang Min-seo"),
    ("Seoul has watched the front for a year. Kang Min-seo is more candid: “Pyongyang is being paid in know-how.”",
     "Kang Min-seo"),
    # A thing's framing is no one's words, whatever its adjective.
    ("Seoul has watched the front for a year. The conclusion of the study is simple: “Time is short.”", None),
    ("Seoul has watched the front for a year. The warning was categorical: “No more shells.”", None),
    ("Seoul has watched the front for a year. The exchange was frank: “We disagree.”", None),
    ("Seoul has watched the front for a year. One sniper was blunt: “We are behind.”", "sniper"),
])
def test_a_colon_after_a_frame_of_summing_up_is_the_subjects(text, speaker):
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # An initial's dot inside an apposition after a ranked name does not end it.
    ("Senators heard from two commanders. “They learn faster than we do,” Adm. Mark Delaney, who leads U.S. Pacific "
     "Fleet, told senators.", "Mark Delaney"),
    ("Senators heard from two commanders. “They learn faster than we do,” Gen. Laura Pike, commander of U.S. Forces "
     "Japan, told the committee.", "Laura Pike"),
    ("Senators heard from two commanders. Lt. Gen. Omar Reyes, deputy head of the U.N. Command, told the panel that "
     "the North was “learning fast.”", "Omar Reyes"),
])
def test_a_ranked_name_and_an_apposition_with_initials_speaks(text, speaker):
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # An apposition opened by a state's or a body's possessive stands between a name and its verb as any other.
    ("The front held overnight. “They are well fed,” Oleksandr Syrskyi, Ukraine's commander-in-chief, wrote on "
     "Telegram.", "Oleksandr Syrskyi"),
    ("The front held overnight. “We saw them retreat,” Andriy Kovalenko, the SBU's head of counterintelligence, said.",
     "Andriy Kovalenko"),
    ("The front held overnight. “They are well fed,” Kim Yo Jong, Kim Jong Un’s sister, said in a statement.",
     "Kim Yo Jong"),
])
def test_a_possessive_apposition_after_a_quote_keeps_the_name(text, speaker):
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Phrases of pointing out: their subject speaks the quote in the that-clause.
    ("Dmitry Orekhov drew attention to the fact that the allies had “never once wavered.”", "Dmitry Orekhov"),
    ("Dmitry Orekhov spoke in Vladivostok, drawing attention to the fact that the port was “open to friends.”",
     "Dmitry Orekhov"),
    ("Dmitry Orekhov pointed to the fact that the crews had been “trained in weeks.”", "Dmitry Orekhov"),
    ("Dmitry Orekhov pointed out that the treaty was “purely defensive.”", "Dmitry Orekhov"),
    ("Dmitry Orekhov stressed that the exercises were “routine.”", "Dmitry Orekhov"),
    ("Dmitry Orekhov recalled that the pact had been “signed in good faith.”", "Dmitry Orekhov"),
])
def test_phrases_of_pointing_out_give_their_subject_the_words(text, speaker):
    assert _said(text)[0][0] == speaker


def test_what_draws_attention_is_no_speaker():
    # A thing that draws attention says nothing.
    assert _said("The blast drew attention to the “paper-thin” defences of the depot.")[0][0] is None


@pytest.mark.parametrize("text, speaker", [
    # A plural group before the place it is in speaks, not the place (nor the place's government).
    ("Researchers in Tokyo said the convoy was “clearly military.”", "Researchers"),
    ("The pace, analysts in Warsaw say, is “impossible to keep up.”", "analysts"),
    ("The rate is what analysts in Warsaw described as “suicidal.”", "analysts"),
    # A relative clause with its own subject and verb of naming: that subject's words.
    ("The unit lost half its tanks, a rate which Western analysts describe as “ruinous.”", "Western analysts"),
    ("Sergei Lavrov met the envoy. He rejected the plan, which the minister described as “a provocation.”",
     "Sergei Lavrov"),
])
def test_a_group_in_a_place_or_a_relative_clause_speaks(text, speaker):
    assert _said(text)[0][0] == speaker


def test_a_place_after_a_group_is_no_government():
    # "in Seoul" says where the researchers are; Seoul's government says nothing here.
    assert _said("Researchers in Seoul said the convoy was “clearly military.”")[0][0] == "Researchers"


@pytest.mark.parametrize("text, expected", [
    # "U.N." keeps its last period: the subject before it reads as before "UN".
    ('A diplomat at the U.N. said the shipments were "a breach."', 'A diplomat at the UN said the shipments were "a breach."'),
    ('"It is a breach," a diplomat at the U.N. said.', '"It is a breach," a diplomat at the UN said.'),
    ("Russia's ambassador to the U.N. said the sanctions were \"void.\"", "Russia's ambassador to the UN said the sanctions were \"void.\""),
])
def test_a_subject_ending_in_dotted_letters_reads_as_without_the_dots(text, expected):
    assert _said(text)[0][0] == _said(expected)[0][0] is not None


@pytest.mark.parametrize("text", [
    # The envoy speaks, not the state they are posted to, whatever the dots of their own state's letters.
    'The U.S. ambassador to Seoul said the transfers were "alarming."',
    'The U.K. envoy to Kyiv said the transfers were "alarming."',
])
def test_an_envoy_with_dotted_letters_speaks_not_the_host(text):
    assert _said(text)[0][0] not in (None, "South Korean government", "Ukrainian government")


@pytest.mark.parametrize("text, speaker", [
    ("“The mines were laid before the Koreans came,” worries a deminer in Sumy.", "deminer in Sumy"),
    ("“We counted the crates ourselves,” confides Taras Melnyk, a logistics officer.", "Taras Melnyk"),
    ("“I had hoped the winter would slow them,” sighs the colonel.", "colonel"),
    ("“Moscow pays in oil and in silence,” notes Hanna Oberg, an energy analyst.", "Hanna Oberg"),
    ("“We underestimated how fast they learn”, concedes a Ukrainian drone operator.", "Ukrainian drone operator"),
])
def test_a_wider_set_of_verbs_says_the_quote_right_before_its_inverted_subject(text, speaker):
    assert _said(text)[0][0] == speaker


@pytest.mark.parametrize("text", [
    "The word “ally” worries the Japanese government.",  # the quote is the verb's subject, no one's words
    "“Nobody planned for this,” he worried.",  # not inverted: only "worries X" right after the quote is read
    "“The convoys came at night.” Worries about the bridge grew among the colonels.",
])
def test_those_verbs_say_nothing_away_from_the_inverted_place(text):
    assert _said(text)[0][0] is None


@pytest.mark.parametrize("text, speaker", [
    ("The interior minister's deputy, vice minister Aino Salonen, told reporters, “The border stays closed.”",
     "Aino Salonen"),
    ("The interior minister's deputy, vice minister Aino Salonen, said: “The border stays closed.”", "Aino Salonen"),
    ("Minsk's envoy to Pyongyang, ambassador Ruslan Vitkov, said, “The friendship deepens.”", "Ruslan Vitkov"),
    ("The embassy's new attaché, Colonel Ruslan Vitkov, said, “The friendship deepens.”", "Ruslan Vitkov"),
])
def test_a_name_apposed_to_a_possessive_description_is_the_speaker(text, speaker):
    assert _said(text)[0][0] == speaker


def test_an_apposition_with_no_name_leaves_the_description_speaking():
    said = _said("Moscow's envoy to Pyongyang, a career diplomat, said, “The friendship deepens.”")[0][0]
    assert said not in (None, "career diplomat")


@pytest.mark.parametrize("text, speaker", [
    # An office whose holder the vocabulary knows, named by the state's adjective, is its holder.
    ("“The partnership has no limits,” the Russian foreign minister said after the talks.", "Sergei Lavrov"),
    ("“Beijing is not a party to the conflict,” the Chinese foreign minister said.", "Wang Yi"),
    ("Russia's foreign minister called the talks “comradely.”", "Sergei Lavrov"),
    ("The North Korean foreign minister, on a visit to Moscow, called the treaty “a shield of peace.”", "Choe Son Hui"),
    # An unnamed defence official speaks for their state's defence ministry, the Pentagon for the United States.
    ("“No decision has been taken on the transfer,” a U.S. defense official said.", "Pentagon"),
    ("“The launches will be answered,” a South Korean defence official told reporters.",
     "South Korean Ministry of National Defense"),
    # The French foreign ministry by the quay it stands on.
    ("The Quai d'Orsay called the deployment “a dangerous escalation.”", "French Foreign Ministry"),
])
def test_offices_and_bodies_named_without_their_holders_name(text, speaker):
    assert _said(text)[0][0] == speaker


def test_an_office_whose_holder_changed_in_the_coverage_stays_the_office():
    # (Seoul's president changed in 2025: the vocabulary carries no dates, so no one is guessed.)
    assert _said("“We will answer any provocation,” the South Korean president said.")[0][0] == "South Korean president"


@pytest.mark.parametrize("text, speaker", [
    # The agent of a passive aside ("by the shelling crews") is no subject; the participle shares the clause's.
    ("Kyiv's officers told of Russian paratroopers who, pinned down by the artillery, refused to retreat, chanting "
     "“Not one step back!”", "Russian paratroopers"),
    ("The conscripts, abandoned by their officers, walked into the minefield, shouting “For the motherland!”",
     "conscripts"),
])
def test_a_participle_after_a_passive_aside_takes_the_clauses_subject(text, speaker):
    assert _said(text)[0][0] == speaker


def test_a_participle_after_a_plain_clause_keeps_the_sentences_speaker():
    # No relative clause of its own: "saying" is the general's, whatever the aside between.
    text = "General Kovalenko praised the gunners, cheered by the crowd, and left the square, saying “We hold.”"
    assert _said(text)[0][0] == "General Kovalenko"


def test_where_someone_unnamed_is_posted_is_no_part_of_who_they_are():
    text = ("“I want to go home,” said a North Korean soldier captured near Sudzha.\n\n"
            "“They adapt quickly,” said a Western officer stationed in Dnipro.\n\n"
            "“The drones never stop,” said an Irish volunteer based in Kharkiv.")
    said = [s for s, _ in _said(text)]
    assert said[0] == "captured North Korean soldier"  # (a participle that changes the role stays)
    # "Western" is its own origin: no nationality borrowed from the North Korean soldier named before.
    assert said[1:] == ["Western officer", "Irish volunteer"]


def test_the_defence_minister_is_not_the_foreign_minister_named_before():
    text = ("“The partnership has no limits,” the Russian foreign minister said.\n\n"
            "The Russian defence minister said the Korean units were “well trained.”")
    assert [s for s, _ in _said(text)] == ["Sergei Lavrov", "Russian defence minister"]


def test_the_minister_still_stands_for_the_foreign_minister_named_before():
    text = "Foreign Minister Sergei Lavrov arrived in Pyongyang. The minister called the talks “comradely.”"
    assert _said(text)[0][0] == "Sergei Lavrov"


def test_a_coordinated_verb_shares_the_name_after_its_subject_s_description():
    # "The … spokesperson Anna Volkova called … and said": the name is the subject's; the description alone could
    # stand for the spokesperson of another ministry named before.
    text = ("Oslo's Foreign Ministry said the study was “a full account” of the trade. Ministry spokesperson Erik Dahl "
            "told a briefing that Oslo would “act with partners.”\n\n"
            "Russia dismissed the findings. The Russian Foreign Ministry spokesperson Anna Volkova called the group "
            "“illegitimate” and said its study was written “to order” by Washington.")
    assert [speaker for speaker, _ in _said(text)[-2:]] == ["Anna Volkova", "Anna Volkova"]


def test_a_subject_after_a_quote_its_clause_runs_on_past_is_not_its_speaker():
    # The clause before the quote runs on after it, nothing closing it: "the stream" is the next clause's subject.
    text = "An aide to the minister said the inspectors had “good grounds to think” the stream had continued all year."
    assert _said(text)[0][0] != "stream"


def test_a_subject_after_a_quote_with_no_comma_still_speaks_when_nothing_stands_before():
    assert _said("“We will hold the line” the minister said.")[0][0] == "minister"


@pytest.mark.parametrize("text", [
    # "relaying" a body's briefing passes its words on as "quoting" does.
    ("The Joint Chiefs of Staff briefed the committee on Monday. “About 900 have been killed,” Senator Jane Roe "
     "told reporters afterwards, relaying the Joint Chiefs of Staff briefing."),
    # The participle may open the sentence: "Quoting the agency, she said …".
    ("The Joint Chiefs of Staff briefed the committee on Monday. Quoting the Joint Chiefs of Staff, "
     "she said the launchers had been moved and that “the accuracy has improved”."),
])
def test_a_briefing_relayed_or_quoted_before_the_verb_is_its_body_s(text):
    assert _said(text)[-1][0] == "Joint Chiefs of Staff"


@pytest.mark.parametrize("text", [
    "KCNA said Kim Jong Un and Sergei Lavrov had met in Wonsan and called the ties an “eternal bond”.",
    "The Korean Central News Agency reported that Kim Jong Un and Sergei Shoigu held talks and confirmed their "
    "“firm resolve” to deepen the alliance.",
])
def test_two_people_a_medium_reports_jointly_leave_the_words_to_the_medium(text):
    assert _said(text)[0][0] == "KCNA"


def test_one_person_a_medium_reports_still_speaks():
    assert _said("KCNA reported that Kim Jong Un praised the “heroic feats” of the troops.")[0][0] == "Kim Jong Un"


def test_a_verb_joined_by_and_after_a_colon_shares_the_subject_of_the_clause_after_it():
    text = "Moscow has changed its tone: Vladimir Putin has visited the troops twice and called for “eternal” friendship."
    assert [speaker for speaker, _ in _said(text)] == ["Vladimir Putin"]


@pytest.mark.parametrize("text, speaker", [
    # A colon opening a list of names opens no clause: the sentence's subject goes on (the reviewer's sentence).
    ("Kim Jong Un received three guests: Sergei Shoigu, Andrei Belousov and Sergei Lavrov, and called them “true "
     "friends.”", "Kim Jong Un"),
    ("Vladimir Putin met two envoys: Choe Son Hui and Pak Jong Chon, and called the talks “frank”.", "Vladimir Putin"),
])
def test_a_verb_joined_by_and_after_a_colon_that_opens_a_list_shares_the_sentence_s_subject(text, speaker):
    assert [who for who, _ in _said(text)] == [speaker]
