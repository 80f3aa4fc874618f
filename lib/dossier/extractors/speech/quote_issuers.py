"""Who issued a quote's words: the state's body, person or medium that issued them, and the sentence that says so.

A sentence introducing words with a colon may have its subject issue a document ("A spokesman for the ministry
issued the following press statement on Monday:"); a state named as a whole speaks through whom the article
quotes of it (:func:`issued_by`).  Part of reading a quote's speaker (:mod:`~dossier.extractors.speech.quote_speakers`,
:mod:`~dossier.extractors.speech.quotes`).
"""

from __future__ import annotations

import functools
import re

from ...text.quote_marks import Marked
from ...text.words import alternation
from ..mentions.mention_vocab import UNNAMED_TITLES, government_of_official, states, titles
from .quote_article import Article, Sentence
from .quote_document_authors import cited_document_author
from .quote_referents import Said
from .own_side_people import names_enemy
from ..mentions.speaker_vocab import document_nouns, issue_words
from ..mentions.channel_relays import medium_genres
from .speakers import anaphor_refers, channel_state


@functools.cache
def _issue_words() -> re.Pattern:
    """The verbs by which an author issues a document (the ``issue`` words of ``data/cue_verbs.csv``)."""
    return re.compile(rf"\b(?:{alternation(issue_words())})\b")


def issues_document(art: Article, intro: Sentence) -> bool:
    """Whether a sentence introducing words with a colon has its subject issue a document: "A spokesman for the
    ministry issued the following press statement on Monday:"."""
    text = art.masked[intro.start:intro.end]
    return bool(_issue_words().search(text)) and bool(document_nouns().search(text))


_WORDS = re.compile(r"[a-z\-]+")
_ISSUER_SENTENCES = 3  # a lead's summary names who issued the words within the next few sentences


def issued_by(art: Article, said: Said, q: Marked) -> Said:
    """ "North Korea denounced the report as “…”. In a statement, its foreign ministry said …": the issuer's words.

    A state as a whole ("North Korea", "Pyongyang", ``data/states.csv``)
    speaks through one of its bodies, people or media: its medium when the
    words are in the medium's own genre ("in a KCNA commentary",
    ``data/channel_relays.csv``); else, as a lead names the state and the
    sentences after it who issued the words, the first speaker of that
    state the next few sentences quote.  ``said`` is kept when there is
    none.  A document cited again by a definite noun ("“…,” the report states") speaks for whoever issued it
    (:func:`~dossier.extractors.speech.quote_document_authors.cited_document_author`).
    """
    if (author := cited_document_author(art, said, q)) is not None:
        return author
    state = _state_of_government().get(said.speaker)
    if state is None or government_of_official(said.speaker_text or "") or _unnamed_official(said.speaker_text):
        return said  # "a senior Russian diplomat said", "the official said": an official, not the state as a whole
    if names_enemy(said.speaker_text):
        return said  # "The enemy declared": the other side as a whole, whoever of it the article quotes next
    here = art.sent_at(q.open_at)
    s = art.sents[here]
    if not medium_genres().isdisjoint(_WORDS.findall(art.masked[s.start:s.end].lower())):
        # "North Korea called the drills “…” in a KCNA commentary": the medium's own words, in its own genre.
        medium = next((ch for _, ch in art.media_of(here) if channel_state(ch) == f"{state}_state"), None)
        if medium is not None:
            return said._replace(speaker=medium)
    for k in range(here + 1, min(len(art.sents), here + 1 + _ISSUER_SENTENCES)):
        # ("The statement was issued by the commission": whose words a sentence names without a verb of saying too.)
        for x in [x.speaker for x in art.said_of(k)] + [art.remarks_of(k)]:
            e = art.account.entity(x) if x else None
            if x != said.speaker and e is not None and e.state == state and e.kind != "medium":
                return said._replace(speaker=x)
    return said


def _unnamed_official(speaker_text: str | None) -> bool:
    """Whether the words name an official by title alone ("the official"; ``UNNAMED_TITLES``), a state's ("Russia's
    ambassador"), or one picked out of a group ("one of them", "one of the officials", "another")."""
    words = (speaker_text or "").lower().split()
    if anaphor_refers(f"{words[0]} of them" if words[1:2] == ["of"] else " ".join(words)) == "member":
        return True
    if len(words) >= 2 and (words[0] == "the" or words[0].endswith(("'s", "’s"))) and (t := titles().get(words[-1])):
        return t.cls == "official" and (len(words) == 2 or words[0] != "the")  # ("the envoy" too)
    return len(words) == 2 and words[0] == "the" and words[1] in UNNAMED_TITLES


@functools.cache
def _state_of_government() -> dict[str, str]:
    return {names.government: state for state, names in states().items()}
