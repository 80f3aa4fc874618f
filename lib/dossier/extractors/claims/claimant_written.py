"""How an unknown claimant is written: its name as given, less its article, titles, affiliation and document.

:func:`as_named` keeps a claimant no vocabulary knows as written ("Rep.
Park Sun-won" is Park Sun-won, "Jack Watling of RUSI" is Jack Watling);
:func:`untitled` and :func:`person_of` read the name a title or an
affiliation leaves, which :mod:`~dossier.extractors.claims.claimant_names`
also asks of the words it looks up.
"""

from __future__ import annotations

import functools
import re

from .claim_documents import document_words
from .claimant_role_names import name_ending
from .claimant_times import strip_times
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.claimant_words import owner_of_claim, spoken_for, without_postnominal
from ..mentions.spellings import spelled_name


_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)


def written_words(text: str) -> list[str]:
    """The words of ``text``, one space apart, less an article that opens it."""
    return _ARTICLE.sub("", _SPACES.sub(" ", text).strip()).split(" ")


# "Sen. Ana Ruiz (D-Calif.)", "the Centre for Grey Zone Studies (CGZS)": a party and state, or initials, after a name.
_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,30}\)\s*\Z")


@functools.lru_cache(maxsize=1 << 14)
def as_named(text: str) -> str:
    """An unknown claimant's name as written, less its article, the titles before a name, a person's affiliation
    and the document that carries its figures ("a study by").

    "Rep. Park Sun-won" is Park Sun-won, "Jack Watling of RUSI" is Jack
    Watling; "Prosecutor General's Office of Ukraine" keeps its "of", since
    the words before it end in a body's noun (``claimant_cues.csv``).
    """
    words = written_words(_BRACKET_AFTER.sub("", strip_times(without_postnominal(text))) or text)  # "figures from last week": when
    if n := document_words(words):
        words = _ARTICLE.sub("", " ".join(words[n:])).split(" ")
    words = owner_of_claim(spoken_for(words))
    if words[-1].lower() not in claimant_cues("body_noun"):  # "General Staff" is a body's name, not a title's
        words = untitled(words)
        return spelled_name(" ".join(person_of(words) or words))
    # "Rep. Lee Seong-kweun of the intelligence committee": a titled person of a body.
    return spelled_name(" ".join(person_of(words) or person_of(untitled(words)) or words))


def untitled(words: list[str]) -> list[str]:
    """The words less the titles before a capitalised name that remains ("Rep. Park Sun-won": Park Sun-won).

    A name after a title ends the phrase ("U.S. Defense Secretary Pete
    Hegseth", "NATO Secretary General Mark Rutte"): the person is its head,
    and the words before the title say only whose title it is.
    """
    titles = claimant_cues("title")
    first = 0
    while first < len(words) - 1 and words[first].lower() in titles and words[first + 1][:1].isupper():
        first += 1
    for i in range(first + 1, len(words) - 1):
        if words[i].lower() in titles and all(w[:1].isupper() and w.lower() not in titles for w in words[i + 1 :]):
            return words[i + 1 :]
    return name_ending(words[first:]) or words[first:]  # "the regional military administration Ivan Petrenko"


def person_of(words: list[str]) -> list[str] | None:
    """The name of a person named with an affiliation ("Jack Watling of RUSI": Jack Watling), else None.

    The name is two capitalised words or more before an affiliation word, the
    last of which is no body's noun ("Prosecutor General's Office of Ukraine")
    and none a title ("US Secretary of State Antony Blinken").
    """
    links, bodies, titles = claimant_cues("affiliation"), claimant_cues("body_noun"), claimant_cues("title")
    for i, w in enumerate(words[1:4], start=1):
        if w in links:
            name = words[:i]
            if (
                all(n[:1].isupper() and n.lower() not in titles for n in name)
                and len(name) >= 2
                and name[-1].lower() not in bodies
            ):
                return name
            return None
    return None
