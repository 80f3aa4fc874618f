"""A body known by the form of its name, and a head who signs its post in the first person: the figures such a
release states in its own voice are the body's, or the signer's (tests/gold/devset/README.md, "A body's own
release"); a think tank's, a medium's or a hearing's text is no such release."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_release import others_account, release_claimant
from estimate_readings import signed_claimant as _claim



@pytest.mark.parametrize("source, author, paragraphs, quantity, claimant", [
    # A regional administration's post its head signs in the first person: the head's figures.
    ("Odesa Regional Military Administration", "Ivan Petrenko",
     ("I spoke with the families this morning.", "Overnight the enemy launched 17 drones at the port district."),
     "17", "Ivan Petrenko"),
    ("Zaporizhzhia Regional Administration", "Marta Koval",
     ("Three people were wounded in Vasylivka after the shelling.", "I thank the rescuers for their work."),
     "Three", "Marta Koval"),
    # A person's own channel, named by the possessive: the signer's.
    ("Rostov governor's Telegram", "Pavel Orlov",
     ("Dear residents! I will brief you on the night.", "Air defence destroyed 11 drones over the southern districts."),
     "11", "Pavel Orlov"),
    ("Kaluga mayor's Telegram channel", "Sergei Lemeshev",
     ("I visited the damaged school today.", "In all, 4 civilians were injured by debris."),
     "4", "Sergei Lemeshev"),
])
def test_a_head_signing_in_the_first_person_states_the_figures(source, author, paragraphs, quantity, claimant):
    assert _claim(source, author, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source, paragraphs, quantity, claimant", [
    # No signer, or none writing as "I": the body by the name it gives itself.
    ("National Guard of Ukraine", ("The guardsmen of the brigade disabled five armoured vehicles near the river.",),
     "five", "National Guard of Ukraine"),
    ("DPRK State Affairs Commission", ("The enemy lost tens of thousands of troops in that operation.",),
     "tens of thousands", "DPRK State Affairs Commission"),
    ("Embassy of Ukraine in Japan", ("We have information that up to 3,000 North Korean soldiers left for the front this spring.",),
     "up to 3,000", "Embassy of Ukraine in Japan"),
    ("Coordination Headquarters for the Return of Civilians", ("So far 12 North Korean soldiers have been taken prisoner in the region.",),
     "12", "Coordination Headquarters for the Return of Civilians"),
    # An office of state (a prosecutor's, a post's) and a branch of a state's forces (a corps), by release_offices.csv.
    ("Regional Prosecutor's Office of Poltava", ("The strike killed 7 civilians, investigators established.",),
     "7", "Regional Prosecutor's Office of Poltava"),
    ("Moldovan Engineer Corps", ("Our gunners destroyed 40 enemy drones over the district.",),
     "40", "Moldovan Engineer Corps"),
    ("Office of the Director of National Intelligence", ("We assess that some 2,500 soldiers were wounded by spring.",),
     "some 2,500", "Office of the Director of National Intelligence"),
])
def test_a_body_known_by_its_names_form_claims_its_own_figures(source, paragraphs, quantity, claimant):
    assert _claim(source, None, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source, author, paragraphs, quantity", [
    # A think tank's paper, a medium's or a hearing's text: no release, however it speaks.
    ("Institute for Security Studies", "Anna Berg", ("I estimate that 6,000 soldiers rotated out in spring.",), "6,000"),
    ("Senate Estimates hearing", None, ("The deployment stood at about 2,000 personnel in March.",), "about 2,000"),
    ("Kyiv Evening Service", "Oleh Marchenko", ("I counted 30 destroyed tanks on the road.",), "30"),
    # The reviewer's: a medium's bureau, a think tank's office, a lawmaker's or an international body's office, a corps
    # of no state's forces.
    ("Yonhap Moscow Office", None, ("Air defence destroyed 14 drones over the city.",), "14"),
    ("Reuters Seoul Office", None, ("Air defence destroyed 14 drones over the city.",), "14"),
    ("Eurasia Group Office", None, ("Air defence destroyed 14 drones over the city.",), "14"),
    ("Korea Institute Press Office", None, ("Air defence destroyed 14 drones over the city.",), "14"),
    ("Office of Representative Joe Wilson", None, ("Air defence destroyed 14 drones over the city.",), "14"),
    ("Office of the UN High Commissioner for Human Rights", None, ("Air defence destroyed 14 drones over the city.",), "14"),
    ("Peace Corps", None, ("Air defence destroyed 14 drones over the city.",), "14"),
    ("Foreign Press Corps", None, ("Air defence destroyed 14 drones over the city.",), "14"),
    # Ours: a broadcaster's bureau and a think tank's office.
    ("Tokyo Bureau Office", None, ("We counted 22 burned trucks near the depot.",), "22"),
    ("Centre for Naval Analyses Office", None, ("We counted 22 burned trucks near the depot.",), "22"),
    # A person's channel nobody signs: the channel names no one by itself.
    ("Belgorod governor's Telegram", None, ("Air defence destroyed 9 drones.",), "9"),
])
def test_no_release_no_claimant(source, author, paragraphs, quantity):
    assert _claim(source, author, quantity, *paragraphs) is None


@pytest.mark.parametrize("source, author, paragraphs, quantity, claimant", [
    # A figure in quotation marks is another's words, even in a release.
    ("Embassy of the DPRK in Poland", None,
     ("The embassy rejects the myth of \"8 million shells\" spread by the puppet media.",), "8 million", None),
    # Others the signer calls "our" give their own account.
    ("Chernihiv Regional Military Administration", "Vasyl Bondar",
     ("I met the border guards today.", "Our soldiers spotted 3 enemy launchers across the border."), "3", None),
    ("Kherson Regional Military Administration", "Iryna Tkach",
     ("I want to thank everyone.", "As our colleagues told us, about 200 sappers work in the area."), "about 200", None),
    # A byline naming a desk signs nothing: the body's own voice.
    ("Sumy Regional Military Administration", "Press Office",
     ("I repeat: stay in shelters.", "Overnight 6 drones hit the outskirts."), "6", "Sumy Regional Military Administration"),
])
def test_what_a_release_does_not_state_in_its_signers_voice(source, author, paragraphs, quantity, claimant):
    assert _claim(source, author, quantity, *paragraphs) == claimant


def test_the_signer_must_speak_as_i_outside_quotations():
    said = ['The commander said: "I saw them."', "Overnight 8 drones were downed."]
    body = release_claimant("Mykolaiv Regional Military Administration", "Vitalii Kim", said)
    assert body == ("Mykolaiv Regional Military Administration", False)
    assert release_claimant("Mykolaiv Regional Military Administration", "Vitalii Kim", ["I saw them myself."]) == ("Vitalii Kim", True)


def test_a_military_bodys_own_soldiers_are_its_own_voice():
    # No signer: "our soldiers" of a general staff's release are the staff's forces, its figures its own.
    assert _claim("General Staff of the Armed Forces of Ukraine", None, "at least 40",
                  "In the past day our soldiers killed at least 40 North Korean soldiers.") == "Ukrainian military"


def test_an_own_group_is_read_only_before_the_figure():
    sentence = "Air defence downed 14 drones, and our soldiers found the wreckage."
    assert not others_account(sentence, sentence.index("14"))
    assert others_account("Our scouts counted 14 drones.", 18)
    assert not others_account("By our estimates, 14 drones flew.", 18)


@pytest.mark.parametrize("source, author, paragraphs, quantity, claimant", [
    # A byline naming a state body by the vocabulary's whole name signs its document: the body's figures.
    ("Annual Threat Review 2026", "Defense Intelligence Agency",
     ("Pyongyang has probably shipped some 90 launchers to Russia since the spring.",), "some 90", "Defense Intelligence Agency"),
    # A medium's byline holding a state's name, and a person's, sign no release.
    ("Evening Gazette", "The Moscow Times", ("Some 90 launchers were shipped to Russia since the spring.",), "Some 90", None),
    ("Evening Gazette", "Anna Berg", ("Some 90 launchers were shipped to Russia since the spring.",), "Some 90", None),
])
def test_a_byline_naming_a_state_body_signs_its_release(source, author, paragraphs, quantity, claimant):
    assert _claim(source, author, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source, author", [
    ("Reuters", "Ukraine"),  # the reviewer's: a medium's byline naming a country
    ("Yonhap News Agency", "Pentagon"),  # the reviewer's: ... or a body, as a desk or a dateline
    ("Kyiv Independent", "Kremlin"),
    ("Institute for the Study of War", "Pentagon"),  # a think tank publishes, no body signs
    ("Associated Press", "Defense Intelligence Agency"),  # ours: a wire's beat
])
def test_a_byline_under_a_medium_or_publisher_signs_no_release(source, author):
    assert _claim(source, author, "about 3,000", "North Korea has sent about 3,000 more troops to Russia.") is None


def test_a_state_centre_under_a_security_council_issues_its_own_release():
    # Not a think tank for its "Center": the figures its own post states are its claims.
    got = _claim("Center for Countering Disinformation", None, "at least 900",
                 "The invaders have lost at least 900 soldiers near the border this month.")
    assert got == "Center for Countering Disinformation"


@pytest.mark.parametrize("source, paragraphs, quantity, claimant", [
    # The kind of document after the name, in brackets, after a comma or closing it: the name's own figures.
    ("British Border Force (press release)", ("Some 40 drones crossed the border over the winter.",),
     "Some 40", "Border Force"),
    ("Union of Veterans statement", ("More than 300 soldiers of the brigade were killed this spring.",),
     "More than 300", "Union of Veterans"),
    ("Pavel Orlov, Telegram channel", ("I can report that 11 drones were shot down overnight.",), "11", "Pavel Orlov"),
    # A minister's statement the line names them as signing: the minister's, not the ministry's.
    ("Ministry of Justice of Moldova (statement of Minister Ion Rusu)",
     ("Nearly 500 shells were seized from the smugglers this year.",), "Nearly 500", "Ion Rusu"),
    # No one named after the words: the ministry's, by its name without them.
    ("Ministry of Justice of Moldova (statement of the minister)",
     ("Nearly 500 shells were seized from the smugglers this year.",), "Nearly 500", "Ministry of Justice of Moldova"),
])
def test_a_source_line_naming_its_document_gives_the_figures_to_its_name(source, paragraphs, quantity, claimant):
    assert _claim(source, None, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source, paragraphs, quantity, claimant", [
    # The document a body's release cites by a definite noun, no owner named: its own finding.
    ("Regional Prosecutor's Office of Poltava",
     ("According to the investigation, at least 14 missiles were launched at the city in March.",),
     "at least 14", "Regional Prosecutor's Office of Poltava"),
    ("DPRK State Affairs Commission",
     ("According to the report, some 30 launchers took part in the drill.",), "some 30", "DPRK State Affairs Commission"),
])
def test_a_release_citing_its_own_document_states_the_figures_itself(source, paragraphs, quantity, claimant):
    assert _claim(source, None, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source, paragraphs, quantity, claimant", [
    # A named minister under a title of two words signs as one under "Minister" does; a title alone is the body's.
    ("Ministry of Justice of Moldova (statement of Justice Minister Ion Rusu)",
     ("Nearly 500 shells were seized from the smugglers this year.",), "Nearly 500", "Ion Rusu"),
    ("Ministry of Justice of Moldova (statement of Justice Minister)",
     ("Nearly 500 shells were seized from the smugglers this year.",), "Nearly 500", "Ministry of Justice of Moldova"),
    # The ministers' own statement, their name without its possessive.
    ("Nordic Defence Ministers' statement", ("Some 40 drones crossed the border over the winter.",), "Some 40",
     "Nordic Defence Ministers"),
])
def test_a_signer_or_a_body_by_its_name_alone(source, paragraphs, quantity, claimant):
    assert _claim(source, None, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source", [
    # One ordinary word before "statement" is the kind of statement, no body's or person's name.
    "Joint statement", "Closing statement", "Official statement", "Press statement",
    # A think tank the vocabularies lack, by its head noun: its statement speaks as its papers do.
    "Busan Institute for Eurasian Affairs (press release)", "Daejeon Institute statement",
])
def test_a_kind_of_statement_or_a_think_tanks_names_no_release(source):
    assert _claim(source, None, "Some 40", "Some 40 drones crossed the border over the winter.") is None


@pytest.mark.parametrize("source, paragraphs, quantity, claimant", [
    # The report an earlier sentence gives another body is that body's, not the release's own.
    ("Ministry of Defence of Ukraine",
     ("In March, the United Nations published a report on the shelling of Kherson.",
      "According to the report, at least 140 civilians were killed in the city."), "at least 140", "report"),
    ("Ministry of Defence of Ukraine",
     ("A new report by the OSCE came out on Friday.",
      "According to the report, at least 140 civilians were killed in the city."), "at least 140", "report"),
    ("Regional Prosecutor's Office of Poltava",
     ("Russia's Investigative Committee opened an investigation of its own.",
      "According to the investigation, at least 14 missiles were launched at the city in March."),
     "at least 14", "investigation"),
    # A leaked or intercepted document came into the release's hands from another.
    ("Ministry of Defence of Ukraine",
     ("According to the intercepted memo, at least 140 conscripts deserted in the spring.",), "at least 140",
     "intercepted memo"),
    # One the release itself, or no one named, put out: its own.
    ("Regional Prosecutor's Office of Poltava",
     ("The Regional Prosecutor's Office of Poltava opened an investigation on Tuesday.",
      "According to the investigation, at least 14 missiles were launched at the city in March."),
     "at least 14", "Regional Prosecutor's Office of Poltava"),
    ("Regional Prosecutor's Office of Poltava",
     ("Earlier, prosecutors opened an investigation into the strike.",
      "According to the investigation, at least 14 missiles were launched at the city in March."),
     "at least 14", "Regional Prosecutor's Office of Poltava"),
])
def test_a_report_an_earlier_sentence_gives_another_is_not_the_releases(source, paragraphs, quantity, claimant):
    assert _claim(source, None, quantity, *paragraphs) == claimant


def test_a_release_citing_a_body_by_a_common_noun_is_not_its_own():
    # "the command" names another body, no document: not the release's own voice.
    assert _claim("Tula Regional Administration", None, "about 300",
                  "According to the command, about 300 soldiers took part in the demining.") != "Tula Regional Administration"
