"""Figures in the turns of a printed briefing or interview: a question's are the asker's, a spokesperson's "we" the
body they speak for.

A transcript opens each turn's paragraph with its speaker's label: "Q:" for
a reporter's question (``data/interview_labels.csv``, turn ``question``),
or the speaker's name in capitals ("MS. SINGH:", "GEN. RYDER:").  A figure
in a question is the reporter's.  One a speaker gives in the first person
(``data/claimant_cues.csv``, role ``first_person``: "Our assessment is that
about 5,000 ...", "we believe") is the claimant the article's first naming
of the speaker makes them ("Pentagon Press Secretary Sabrina Singh": the
Pentagon).  Only a figure its sentence credits to no one is read so.  A
speaker named before by an office's title ("Minister of National Defense
Ahn Gyu-back", ``data/office_titles.csv``) who says "we assess" speaks for
the office's body, the ministry; so does any official's "we" in the briefing
a ministry, a military body or an intelligence service gives as its own,
whoever the label names (a government's press office is no one body).
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from ...text.outlets import outlet_names
from ...vocab import load_list, load_table
from .claim_questions import ASKER
from .claim_resolve import Claim
from .claim_delegates import delegate_claim
from .claim_introduced import first_person, introduced
from .claim_mentions import named_claimants
from .claim_partners import names_partners
from .claim_turn_offices import OFFICE, spoken_office, titled_surname
from .claimant_names import FULL_NAME, kind, normalise, title_words
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.home_ministries import home_ministry
from ..mentions.mention_vocab import key, titles
from ...text.words import LOWER_LETTERS, UPPER, UPPER_LETTERS

# A label in capitals, a title's abbreviation allowed ("MS. SINGH", "GEN. RYDER", "SECRETARY AUSTIN"), titles before
# a name in a transcript's first turn ("DEPUTY PENTAGON PRESS SECRETARY SABRINA SINGH"), or "Q"; a
# bracket may say whom a question is from ("QUESTION (Yonhap):"). The colon may end the paragraph, the turn's words
# in the paragraphs after it.
_BOLD = r"(?:\*\*|__)?"  # a label set in bold ("**GEN. RYDER:**"), as markdown prints a transcript's speakers
# A record's number for a turn before its speaker ("Q92 Dr Jane Roe:" in a Westminster committee, "Anf. 78 JANE ROE
# (M):" in the Riksdag): an abbreviation and a number, no part of the speaker's name.
_TURN_NUMBER = rf"(?:{UPPER}[a-z]{{0,3}}\.?\s?\d{{1,4}}\s+)?"
_LABEL = re.compile(
    rf"\s*{_BOLD}{_TURN_NUMBER}(?P<who>{UPPER}[{UPPER_LETTERS}.'’\-]*(?:\s+{UPPER}[{UPPER_LETTERS}.'’\-]*){{0,6}})\s*(?:\((?P<office>[^()]{{1,40}})\)\s*)?{_BOLD}:{_BOLD}(?:\s|$)")
# A label in title case: a name with its titles ("NATO Secretary General Mark Rutte:", "Mark Rutte:") or a word of
# a question ("Question (Yonhap):"); read only in a transcript of questions, where a heading is no such label. A
# committee's record sets a witness's office in the brackets ("Jane Roe (Director, Policy, Department of Defence):").
# A record's title may join its words by "of" or "for" ("Minister of Foreign Affairs Jane Roe:"), and a parliament's
# record may stamp the turn's time after its speaker ("**Jane Roe (H)** [11:02:17]:").
_JOINED = r"(?:(?:of|for|and|the)\s+){0,2}"
_STAMP = r"(?:\s*\[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\])?"
_TITLED_LABEL = re.compile(
    rf"\s*{_BOLD}{_TURN_NUMBER}(?P<who>{UPPER}[\w.'’\-]*(?:\s+{_JOINED}{UPPER}[\w.'’\-]*){{0,6}})\s*(?:\((?P<office>[^()]{{1,{OFFICE}}})\)\s*)?{_BOLD}{_STAMP}\s*:{_BOLD}(?:\s|$)")
# A label on a line of its own that gives the speaker's name, then their office after a comma ("Jane Roe, Deputy
# Director, Institute for Peace (through interpreter):", as a broadcaster's transcript prints it).
_OFFICE_LABEL = re.compile(rf"\s*(?P<who>{UPPER}[{LOWER_LETTERS}'’\-]+(?:\s+{UPPER}[{LOWER_LETTERS}'’\-]+){{1,2}}),\s*[^:()\n]{{1,100}}?\s*(?:\([^()]{{1,40}}\)\s*)?:\s*$")
_TAKEN_UP = re.compile(r"(?<![\w'’])the\s+\Z", re.IGNORECASE)  # "the" right before a figure: one given before
_TURN_PARAGRAPHS = 8  # paragraphs back from an unlabelled one to the label of the turn it goes on
_NAMED_BEFORE = 6  # capitalised words of titles and a body that may stand before a speaker's surname


@functools.cache
def _question_labels() -> frozenset[str]:
    t = load_table("interview_labels.csv")
    return frozenset(label for label, turn in zip(t.label, t.turn) if turn == "question")


def turn_claim(texts: list[str], paragraphs: list[int] | None, k: int, asked: Callable[[], bool] | None = None,
               issuer: str | None = None, start: int | None = None) -> Claim | None:
    """The claim of a figure of sentence ``k`` that no attribution of its own claims, by the transcript turn it is
    in, or None when it is in none (or the turn's speaker is no one the vocabularies know).  ``asked``: whether the
    article :func:`asks_questions`, kept by the caller so that an article is read for it once.  ``issuer``: the
    state body that publishes the transcript as its own (a ministry's briefing, see
    :func:`~dossier.extractors.claims.claim_release.releasing_body`), whose
    official a speaker labelled in capitals is whom the article names nowhere else ("MR KIM:" in the ministry's
    briefing: the ministry).  ``start``: where the figure stands in the sentence, if known: a question's figure
    after "the" ("Is the 10,000 on top of ...?") takes up one given before, and is no claim of the asker's."""
    if paragraphs is None:
        return None
    if (delegate := delegate_claim(texts, paragraphs, k)) is not None:
        return delegate  # "Mr. Hwang (Republic of Korea): According to my Government's intelligence authorities, ..."
    first = _paragraph_start(paragraphs, k)
    label = _LABEL.match(texts[first])
    transcript = None  # whether the article is a transcript of questions: read only when a label needs it
    if label is None:
        if ":" not in texts[first] and not _may_go_on(texts, first):
            return None  # nearly every paragraph: no label opens it, nor the one before it
        transcript = asked() if asked else asks_questions(texts, paragraphs)
        if not transcript or (label := _turn_label(texts, paragraphs, first)) is None:
            return None
        if _any_label(texts[first]) is None:  # a paragraph with a label of its own opens its turn
            first = _paragraph_start(paragraphs, _label_at(texts, paragraphs, first))
    who = label.group("who")
    if who.lower() in _question_labels():
        return None if start is not None and takes_up(texts[k], start) else Claim(ASKER, who)
    if who.lower() == who or not (first_person().search(texts[k]) or (transcript if transcript is not None else (
            asked() if asked else asks_questions(texts, paragraphs)))):
        return None  # a label with no "we" outside a transcript of questions may be a heading or a dateline
    if first_person("first_plural").search(texts[k]) and (office := spoken_office(label, texts[:first])) is not None:
        return office  # "Jane Roe (Director, Department of National Defence): Our assessment is ...": the department
    # A guest the label names whole speaks for themselves, not the host body, whatever their "we"
    if " " in who and not who.isupper() and (named := normalise(who)) is not None:
        return Claim(named, who)  # "NATO Secretary General Mark Rutte:": the label names the speaker whole
    if issuer is not None and kind(issuer) in _BRIEFING_BODIES and first_person("first_plural").search(texts[k]):
        # "JANE ROE:" in her ministry's or command's own briefing, "we have recorded ...": the body's, whoever she is;
        # a government's press office speaks for no one body, and its spokesperson's "we" stays theirs
        return Claim(issuer, issuer)
    if (capitals := _name_in_capitals(who)) is not None and not first_person("first_plural").search(texts[k]):
        return Claim(normalise(capitals) or capitals, who)  # "Foreign Minister JANE ROE (M):": what she states herself
    if label.re is _OFFICE_LABEL and FULL_NAME.fullmatch(who):
        return Claim(who, who)  # "Jane Roe, Senior Fellow, ...:": named whole with their office, whom no vocabulary knows
    if who.isupper() and (whole := _named_in_capitals(texts, paragraphs, first, who)) is not None:
        return whole
    if who.isupper() and len(who.split()) > 1 and all(w in claimant_cues("title") for w in who.lower().split()):
        # "SECRETARY GENERAL:": a title alone, the one the article first names with it ("Secretary General Mark Rutte").
        titled = re.compile(rf"\b{re.escape(who.title())}\s+((?:{UPPER}[\w.'’\-]*\s*){{1,3}})")
        for text in texts[:first]:
            if (m := titled.search(text)) is not None and (named := normalise(m.group(0).strip())) is not None:
                return Claim(named, m.group(0).strip())
    surname = who.split()[-1].title()
    if surname != (written := who.split()[-1]) and not who.isupper() and (
            office := _office_named(texts[:first], written, who, texts[k])) is not None:
        return office  # "Minister Ahn Gyu-back:", named before as "Minister of National Defense Ahn Gyu-back"
    named = re.compile(rf"((?:{UPPER}[\w.'’\-]*\s+){{1,{_NAMED_BEFORE}}}){re.escape(surname)}\b")
    for text in texts[:first]:
        if (m := named.search(text)) is not None:
            # "Secretary of Defense Lloyd J. Austin": the name less its initials is the one the vocabularies know.
            claimant = normalise(m.group(0)) or normalise(_INITIAL.sub("", m.group(0)))
            if claimant is not None and _courtesy_family_name(m.group(0), claimant):
                continue  # "Mr. Kim, you're recognized": a witness of that family name, not the leader named "Kim"
            if claimant is None and (office := _office_body(text, m.start(), m.group(0), who.split(), texts[k])) is not None:
                return office  # "Minister of National Defense Ahn Gyu-back" ... "We assess that ...": the ministry
            if claimant or not _speaks_for_a_body(m.group(0)):
                if claimant is None and FULL_NAME.fullmatch(who):
                    # "Alexander Matsegora:", named in full before: whom no vocabulary knows; in a body's own
                    # briefing his "we" is the body's
                    if issuer is not None and first_person("first_plural").search(texts[k]):
                        return Claim(issuer, issuer)
                    return Claim(_untitled(who), who)  # "Dr Jane Roe:": Jane Roe, her courtesy title no part of her name
                return Claim(claimant, m.group(0)) if claimant else introduced(text, m.group(0), m.end(), texts[k])
            break  # "Spokesperson Matthew Miller", whom no vocabulary knows: the body the heading names
    else:
        if not (surname.lower() in claimant_cues("title") or surname.lower() in claimant_cues("spokesperson")):
            # A surname named nowhere before the turns: in a body's own transcript its official labelled in capitals
            # ("MR KIM:"), else no one to read; a name in title case ("Anna Petrova:") is a person's own.
            if issuer is not None and not who.isupper() and FULL_NAME.fullmatch(who) and first_person("first_plural").search(texts[k]):
                return Claim(issuer, issuer)  # "Anna Petrova:" opening the body's own briefing: her "we" is the body
            if not _names_a_source(texts[k]):
                if not who.isupper() and FULL_NAME.fullmatch(who) and key(who.split()[0]) not in titles():
                    return Claim(who, who)  # "Anna Petrova: ... Nine people died.": what she states in her own voice
                if issuer is None and (held := titled_surname(who)) is not None:
                    return held  # "CHAIRMAN DOE:" opening a hearing: the chairman the vocabularies know by that surname
            return Claim(issuer, issuer) if issuer is not None and who.isupper() else None
    # A title alone ("SPOKESPERSON:", "MINISTER:") or a spokesperson: the body whose briefing the heading names.
    named = next((Claim(body, text) for text in texts[:first] if (body := normalise(text)) is not None), None)
    return named if named is not None or issuer is None or not who.isupper() else Claim(issuer, issuer)


def _name_in_capitals(who: str) -> str | None:
    """The name a record prints in capitals after its speaker's title in title case ("Foreign Minister JANE ROE": Jane
    Roe), two words or more; None for a label all in capitals or in title case."""
    words = who.split()
    at = next((i for i, w in enumerate(words) if w.isupper() and len(w) > 1), None)
    if not at or len(words) - at < 2 or not all(w.isupper() for w in words[at:]):
        return None
    name = " ".join(w.title() for w in words[at:])
    return name if FULL_NAME.fullmatch(name) else None


def _untitled(name: str) -> str:
    """A full name less the courtesy titles before it ("Dr Jane Roe": Jane Roe), two words of it at least."""
    words = name.split()
    while len(words) > 2 and (held := titles().get(key(words[0].lower().rstrip(".")))) is not None and (
            held.cls == "courtesy"):
        words = words[1:]
    return " ".join(words)


def takes_up(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``sentence`` takes up one given before: "the" stands right before it ("the
    10,000 in Kursk", "the two prisoners"), and its claim is the first mention's, not the speaker's who repeats it."""
    return _TAKEN_UP.search(sentence, 0, start) is not None


def _courtesy_family_name(words: str, claimant: str) -> bool:
    """Whether ``words`` name someone by a courtesy title and a family name alone ("Mr. Kim", "Ms. Park") that the
    vocabularies' person writes first ("Kim Jong Un"): a name millions share, which says nothing of who the speaker
    is."""
    *title, surname = words.split()
    held = titles().get(key(" ".join(title).lower())) if title else None
    return held is not None and held.cls == "courtesy" and claimant.split()[0].lower() == surname.lower() and (
        len(claimant.split()) > 1)


_BRIEFING_BODIES = frozenset({"ministry", "military", "intelligence"})  # kinds of body whose officials brief as it


# Kinds of claimant that give figures as sources do, not as the actors a figure counts ("Kim Jong Un has sent ...").
_SOURCE_KINDS = frozenset({"intelligence", "monitor", "think_tank", "news_media", "state_media", "ministry", "unattributed"})
_QUOTE_MARKS = ('"', "“", "”", "«", "»")


def _names_a_source(sentence: str) -> bool:
    """Whether a sentence quotes another's words, names a body that gives figures ("Kyiv's military intelligence
    speaks of ..."), or speaks of a figure as a count someone gave ("The figure keeps changing: first 8,000, then
    ...") with no "we" that makes it the speaker's own: its figure may be another's, which a speaker named only by
    their turn's label passes on."""
    if any(q in sentence for q in _QUOTE_MARKS) or named_claimants(sentence, _SOURCE_KINDS):
        return True
    nouns = claimant_cues("relative_noun")
    return any(w in nouns for w in re.findall(r"[a-z]+", sentence.lower())) and not first_person().search(sentence)


def _office_named(before: list[str], surname: str, who: str, sentence: str) -> Claim | None:
    """The body of the office whose title names the speaker of surname ``surname`` as written ("Gyu-back") in the
    first sentence of ``before`` that names them (see :func:`_office_body`), else None."""
    named = re.compile(rf"((?:{UPPER}[\w.'’\-]*\s+){{1,{_NAMED_BEFORE}}}){re.escape(surname)}\b")
    m = next((m for text in before if (m := named.search(text)) is not None), None)
    return _office_body(m.string, m.start(), m.group(0), who.split(), sentence) if m is not None else None


def _office_body(text: str, start: int, words: str, name: list[str], sentence: str) -> Claim | None:
    """The body a speaker's title names (``data/office_titles.csv``) when the title's words stand right before the
    capitalised ``words`` at ``start`` of ``text`` that end in the speaker's ``name`` ("Minister of | National
    Defense Ahn"), and the speaker gives the figure of ``sentence`` in the first person; None otherwise, or when no
    vocabulary knows the body."""
    before = text[max(0, start - 30) : start].lower()
    title = next((t for t in _office_titles() if before.endswith(f"{t} ") or before.endswith(f"{t} the ")), None)
    if title is None or not first_person().search(sentence):
        return None
    parts = words.split()
    for n in range(len(parts) - 1, 0, -1):  # the longest run of the words before the name that names a body
        if parts[n - 1] in name:
            continue  # "National Defense Ahn": the speaker's own name is no part of the body's
        phrase = f"{_office_titles()[title]} {' '.join(parts[:n])}"
        if (body := normalise(phrase)) is not None and kind(body) not in (None, "person", "unattributed"):
            return Claim(body, phrase)
    return None


@functools.cache
def _office_titles() -> dict[str, str]:
    t = load_table("office_titles.csv")
    return dict(zip(t.title, t.body))


def bare_noun(claimant: str) -> bool:
    """Whether a claimant is a title's or a body's noun alone, no one's whole name ("Secretary" from "As the Secretary
    said, we assess ...", "Government" from "The Government assesses ..."): in a transcript's turn, the speaker's
    body is read for it."""
    low = claimant.lower()
    return " " not in low and (low in title_words() or low in claimant_cues("body_noun"))


def speaks_for_the_turn(found: Claim, text: str, source: str | None, sentence: str) -> bool:
    """Whether a figure's claim ``found`` is in the words of the turn's speaker, whose body the turn is read for: their
    own voice (:func:`in_person`) and not a body of their state they cite by "our" ("according to our military
    intelligence" in a Ukrainian officer's briefing: Ukraine's, read in the article, ``text`` of ``source``, by
    :func:`~dossier.extractors.mentions.home_ministries.home_ministry`), or a title's or body's noun alone
    (:func:`bare_noun`)."""
    if found.claimant is not None and bare_noun(found.claimant):
        return True
    return bool(found.text) and in_person(found.text) and home_ministry(found.text, text, source, sentence) is None


_CONTRACTION = re.compile(r"['’](?:ll|ve|d|m|re)$")  # "I'll", "we've": the pronoun less its verb


def in_person(words: str) -> bool:
    """Whether a claimant's words speak in the first person ("Our military", "our assessment", "What I'll"): the
    speaker's own words, whose body is the one the turn they speak in stands for, not a claimant named."""
    if names_partners(words):
        return False  # "our South Korean partners": the partners' own claim, which the speaker passes on
    return any(_CONTRACTION.sub("", w) in claimant_cues("first_person") for w in words.lower().split())


def _named_in_capitals(texts: list[str], paragraphs: list[int], first: int, who: str) -> Claim | None:
    """The claimant a label in capitals names with its titles: its own ("DEPUTY PENTAGON PRESS SECRETARY SABRINA
    SINGH:", as the transcript's first turn gives it), or that of the first turn so labelled whose name ends in the
    same surname ("MS. SINGH:" after it); None when no such label names a known claimant."""
    words = who.split()
    if len(words) > 2 and (named := normalise(who.title())) is not None:
        return Claim(named, who)
    for j in range(first):
        if (j and paragraphs[j - 1] == paragraphs[j]) or ":" not in texts[j] or (label := _LABEL.match(texts[j])) is None:
            continue
        full = label.group("who").split()
        if len(full) > 2 and full[-1] == words[-1] and (named := normalise(" ".join(full).title())) is not None:
            return Claim(named, label.group("who"))
    return None


def _paragraph_start(paragraphs: list[int], k: int) -> int:
    """The first sentence of sentence ``k``'s paragraph."""
    first = k
    while first and paragraphs[first - 1] == paragraphs[k]:
        first -= 1
    return first


def _may_go_on(texts: list[str], first: int) -> bool:
    # A paragraph with no label goes on with a turn only after one: a cheap look for a colon in the paragraphs before.
    return any(":" in t for t in texts[max(0, first - 3 * _TURN_PARAGRAPHS) : first])


def _any_label(text: str) -> re.Match | None:
    label = _LABEL.match(text)
    if label is None and (label := _TITLED_LABEL.match(text)) is not None and label.group("who").lower() in _question_labels():
        return label  # "Question (Yonhap):"
    if label is None and (label := _OFFICE_LABEL.match(text)) is not None and label.group("who").split()[0].lower() in _stopwords():
        return None  # "In Moscow, the ministry said:": a sentence opening on a phrase, no speaker's name
    return label or _TITLED_LABEL.match(text)


@functools.cache
def _stopwords() -> frozenset[str]:
    return frozenset(load_list("stopwords.csv"))


def _label_at(texts: list[str], paragraphs: list[int], first: int) -> int:
    """The sentence whose paragraph's label the turn holding paragraph ``first`` opens with (see :func:`_turn_label`)."""
    j, seen = first, 0
    while j > 0 and seen < _TURN_PARAGRAPHS:
        j = _paragraph_start(paragraphs, j - 1)
        seen += 1
        if _any_label(texts[j]) is not None:
            return j
    return first


def _turn_label(texts: list[str], paragraphs: list[int], first: int) -> re.Match | None:
    """In a transcript of questions, the label of the turn a paragraph with none of its own goes on: the nearest
    paragraph before it that opens with one, a name in title case ("Mark Rutte:") or capitals ("MODERATOR:")."""
    if _any_label(texts[first]) is not None:
        return _any_label(texts[first])  # the paragraph's own label, in title case
    j = _label_at(texts, paragraphs, first)
    return _any_label(texts[j]) if j != first else None


def _speaks_for_a_body(words: str) -> bool:
    """Whether a spokesperson's title is among the capitalised words naming a speaker ("Spokesperson Matthew Miller")."""
    low = " ".join(words.lower().split())
    return any(f"{title} " in f"{low} " for title in claimant_cues("spokesperson"))


_INITIAL = re.compile(rf"\b{UPPER}\.\s+")  # a middle initial ("Lloyd J. Austin")


def asks_questions(texts: list[str], paragraphs: list[int], source: str | None = None) -> bool:
    """Whether a question's label opens a paragraph of the article, or one name of two words or more labels two
    paragraphs (an interview that prints its questions bare), or the outlet (``source``) labels one, asking its
    interview's questions ("NV: Are the troops still there?"): the labels are a transcript's turns, and an
    official's turn states the figures it gives ("MR. LEE: About 8,000 are now in Kursk" after "Q: ..."), with or
    without a "we"."""
    names: set[str] = set()
    outlet = frozenset(outlet_names(source))
    for j, text in enumerate(texts):
        if (j and paragraphs[j - 1] == paragraphs[j]) or ":" not in text or (label := _any_label(text)) is None:
            continue
        who = label.group("who")
        if who.lower() in _question_labels() or who.lower() in outlet:
            return True
        if " " in who and who in names:
            return True  # "Alexander Matsegora:" opening a second answer: an interview whose questions go unlabelled
        names.add(who)
    return False
