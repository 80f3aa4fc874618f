"""A body speaking of itself in its own release or briefing: "Our military assesses that about 9,000 ..." in a
defence ministry's briefing transcript is the ministry's.

A first-person possessive (``data/claimant_cues.csv``, role ``first_person``: "our", "my") before a description of a
body ("our military", "our ministry", "our intelligence services") names, in the text a state body publishes as its
own (:func:`~dossier.extractors.claims.claim_release.releasing_body`), that body: its spokesperson speaks for it
(tests/gold/devset/README.md, "A body's own release"). In any other article, a medium's or a think tank's, the
possessive is the writer's and is read as before.

A first-person possessive before a body of the writer's state in lower case ("according to our military
intelligence") names that body (:func:`names_our_body`), as one in capitals does; so does one before a noun that
names a state's body only through it ("our intelligence", "our military", :mod:`claim_our_bodies`).

A first-person possessive before a claim noun as a cue's object ("according to our estimates", "by my count") is the
writer's own evidence in any article: no one the article reports claims the figure ("our sources" are others).
"""

from __future__ import annotations

from .claim_attribution import Claim
from .claim_our_bodies import BRIEFING_KINDS, our_noun, our_state_body
from .claim_release import own_evidence, releasing_body
from .claimant_names import cleaned, kind, normalise
from .claimant_phrases import descriptions
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.home_ministries import home_ministry
from ..mentions.mention_vocab import home_bodies
from ..mentions.others_ours import anothers_our
from ...text.numbers import cues


def own_voice(text: str, source: str | None) -> str | None:
    """The body publishing the article (``source``, its heading's source) that the words ``text`` ("Our military")
    name in the first person, else None."""
    rest = cleaned(text).partition(" ")[2]
    if not own_evidence(text) or rest not in descriptions():
        return None  # nearly every claimant: no first person
    body = releasing_body(source)
    if body is not None and kind(body) not in BRIEFING_KINDS and our_noun(text) is not None:
        return None  # a government's office speaks for the whole state: "our intelligence" is the state's service
    return body


def writers_own(who: str) -> bool:
    """Whether a cue's object is the writer's own claim: a first-person possessive and a claim noun, a modifier
    perhaps between ("our estimates", "our latest count"); "our sources" are others, unnamed."""
    words = who.lower().split()
    return 2 <= len(words) <= 3 and own_evidence(who) and words[-1] in cues("claim_noun")


def names_our_body(who: str, sentence: str) -> bool:
    """Whether a cue's object in lower case is a body of the writer's state they call "our" ("according to our military
    intelligence", ``data/home_bodies.csv``): no evidence named by no one but that body, as "our General Staff" is;
    not when the "our" is another's whose words the sentence reports ("Zelensky said that, according to our ...")."""
    first, _, rest = who.lower().partition(" ")
    ours = rest in home_bodies() or our_noun(who) is not None  # "our military intelligence", "our intelligence"
    return first in claimant_cues("first_person") and ours and not anothers_our(sentence)


def home_body_claim(found: Claim, text: str, source: str | None, sentence: str) -> Claim:
    """``found``, a figure's claim in ``sentence`` of an article (``text``, ``source``), with a body it names without
    its state read as the home state's ("The Ministry of Defence" in a Russian outlet, "according to our military
    intelligence" in a Ukrainian post, :func:`home_ministry`).  A lower-case "our" body the article's state has none
    of, or of an article from no known state ("our military intelligence" in a Seoul paper), names no one an analyst
    could write down: the figure is claimed by no one rather than by "our military intelligence"."""
    if found.claimant is None or kind(found.claimant) is not None:
        return found
    if (ours := our_state_body(found.claimant, text, source, sentence)) is not None:
        return found._replace(claimant=ours)  # "according to our intelligence" in a Ukrainian governor's post: HUR
    if home := home_ministry(found.claimant, text, source, sentence):
        return found._replace(claimant=normalise(home) or home)
    if found.claimant == found.claimant.lower() and names_our_body(found.claimant, sentence):
        return Claim(None, None)
    return found
