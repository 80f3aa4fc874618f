"""Groups of people named by whose they are: "Ukrainian monitors", "UN inspectors", "Kyiv's investigators".

A plain plural of people who examine and count as a group (``data/claimant_cues.csv``, role
``group_people``) names a claimant when a name or a state's word stands right before it: it is
then the subject of a reporting verb ("Ukrainian monitors counted ..."), as a group inside a
body is ("Radio Liberty's Schemes project", role ``group_noun``). A state's owner before it
("Kyiv's investigators", "Seoul's analysts") is that state's group, written with the state's
adjective (``data/nationalities.csv``) as an analyst would: Ukrainian investigators, South
Korean analysts. Read by :mod:`~dossier.extractors.claims.claimant_phrases` and
:mod:`~dossier.extractors.claims.claimant_names`.

Groups of states are read here too: states' adjectives before a claim noun are the governments together
("Western and South Korean estimates": :func:`joint_name`), and a word that places a claim short of
a state ("Western") is no state's (:func:`short_of_a_state`).
"""

from __future__ import annotations

import functools
import re

from ...vocab import load_table
from .claim_documents import document_words
from ..mentions.claimant_vocab import claimant_cues, state_adjectives
from ..mentions.mention_vocab import origin_words
from ...text.numbers import cues

_WORD_BEFORE = re.compile(r"(\S+)\s+$")


@functools.cache
def group_people() -> frozenset[str]:
    return frozenset(claimant_cues("group_people"))


def group_head(sentence: str, at: int, low: str) -> bool:
    """Whether the lower-case word ``low`` at ``at`` may head a claimant's words: a group inside a body or medium
    (role ``group_noun``: "Radio Liberty's Schemes project"), or a group of people with a name or a state's word
    right before it ("Ukrainian monitors")."""
    if low in claimant_cues("group_noun"):
        return True
    if low not in group_people():
        return False
    before = _WORD_BEFORE.search(sentence, max(0, at - 40), at)
    return before is not None and before.group(1)[:1].isupper()


def state_group(clean: str) -> str | None:
    """A state's group of people for cleaned words "<owner>'s <group>" ("kyiv's investigators": Ukrainian
    investigators), when the owner is one of a state's names; else None."""
    owner, possessive, group = clean.partition("'s ")
    if not possessive or group not in group_people():
        return None
    adjective = _possessive_adjectives().get(owner.removeprefix("the "))
    return f"{adjective} {group}" if adjective else None


@functools.cache
def _possessive_adjectives() -> dict[str, str]:
    """Each state's owner ("kyiv", "the south" less "the") to the state's first adjective, capitalised."""
    t = load_table("nationalities.csv")
    adjectives = {state: word.title() for state, word in state_adjectives().items() if state != "other_state"}
    return {
        word[:-2].removeprefix("the "): adjectives[state]
        for word, state in zip(t["word"], t["state"])
        if word.endswith("'s") and state in adjectives
    }


def adjective_form(clean: str) -> str | None:
    """Cleaned words "<owner> <group>" with the state's adjective for its capital or name ("kyiv officials":
    "ukrainian officials"), as a group of a state is written by its adjective; else None."""
    owned = possessive_form(clean)
    if owned is None:
        return None
    owner, _, group = owned.partition("'s ")
    return f"{_possessive_adjectives()[owner].lower()} {group}"


def possessive_form(clean: str) -> str | None:
    """Cleaned words "<owner> <body>" that name a state's body by its capital or name standing before it ("seoul
    intelligence service", "kyiv defence ministry") as the possessive "<owner>'s <body>" names it; else None."""
    owners, words = _possessive_adjectives(), clean.removeprefix("the ").split()
    adjective_words = {w for adjective in state_adjectives().values() for w in adjective.split()}
    for n in (2, 1):  # "north korea", "seoul"
        # "south korean intelligence": a state's adjective, not an owner before a body
        if len(words) > n and " ".join(words[:n]) in owners and words[n] not in adjective_words:
            return f"{' '.join(words[:n])}'s {' '.join(words[n:])}"
    return None


def joint_claim_words(words: list[str], kinds: list[str | None]) -> list[str]:
    """The words of a claim several governments make together, as an analyst charts it: a claim noun that ends states'
    adjectives is their governments' ("Western and South Korean estimates": Western and South Korean governments, as
    "British estimates" are the British government's); after a possessive or a source's own noun it is dropped ("U.S.
    and South Korean officials' estimates", "Ukrainian and Western intelligence estimates"); any other joint
    claimant's words as written."""
    if not words or words[-1] not in cues("claim_noun"):
        return words
    if len(words) > 1 and (owner := _possessor(words[-2])) is not None:
        return [*words[:-2], owner]  # "U.S. and South Korean officials' estimates": the officials'
    if all(k == "government" for k in kinds):
        return [*words[:-1], "governments"]
    if len(words) > 1 and words[-2] in _source_heads():
        # "South Korean and Western intelligence estimates": after a source's own noun the claim noun is what they
        # claim, as "Ukrainian intelligence estimates" are Ukrainian intelligence's; after an adjective of a place
        # ("Western media and South Korean estimates") or a determiner ("the NIS and other estimates") it is the
        # words that say whose.
        return words[:-1]
    return words


@functools.cache
def _source_heads() -> frozenset[str]:
    """Last words of the claimants' aliases (``data/claimants.csv``) that are a source's noun ("intelligence",
    "officials"), not a place's word or a determiner."""
    heads = {alias.split()[-1] for alias in load_table("claimants.csv")["alias"] if alias.split()}
    return frozenset(heads - _place_words() - set(claimant_cues("determiner")) - set(cues("claim_noun")))


def _possessor(word: str) -> str | None:
    """``word`` less its possessive ending ("officials'", "ministry's"), when it has one; else None."""
    for ending in ("'s", "'"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return None


@functools.cache
def _place_words() -> frozenset[str]:
    """Lower-case words of a state's or a region's adjective or name (``data/nationalities.csv``, ``origin_words.csv``)."""
    t = load_table("nationalities.csv")
    return frozenset(w for word in t["word"] if not word.endswith(("'s", "’s")) for w in word.split()) | origin_words()


def joint_name(text: str, clean: str, kinds: list[str | None], found: list[str]) -> str:
    """One claimant for several that speak together (``found``, of ``kinds``; ``clean`` the cleaned words of ``text``),
    as an analyst charts it: the words as written ("Ukrainian and Western intelligence", "Seoul and Washington"), the
    full names of people ("Volodymyr Zelensky and Kyrylo Budanov"), less a document they wrote ("estimates by the
    United States and South Korea": the states', not the estimates')."""
    if all(k == "person" for k in kinds):
        return " and ".join(found)
    cased = {w.lower(): w for w in text.replace("’", "'").split()}
    words = clean.split()
    # A word a possessive ended keeps its case without it ("the JCS's estimates": JCS).
    cased |= {p: cased[w][: len(p)] for w in list(cased) if (p := _possessor(w)) is not None and p not in cased}
    return " ".join(cased.get(w, w) for w in joint_claim_words(words[document_words(words):], kinds))


def short_of_a_state(adjective: str) -> bool:
    """Whether ``adjective`` tells where a claim is from short of a state ("western", ``data/origin_words.csv``)."""
    return adjective in origin_words()
