"""A person pronoun that reports is the one who spoke just before: "Tomas Varga of the forum said ... “For Kim, these
800 are a bargaining chip,” he said" is Varga, not Kim; "a retired Dutch Army colonel said ... “… nine hundred
men …,” he said" is the colonel.

The account of who is who reads "he" as the last man named, and a name inside a quotation or in an object counts
for it there ("Kim" of the quote); a reader takes the subject of a verb of saying as the pronoun's, when that verb's
subject is a person: the last attribution before it in its sentence, else in the nearest sentence before it in its
paragraph that holds one.  A body's, a medium's or a document's words are no antecedent of "he", nor a person named
with the other gender; the account decides then, as it does where no one spoke in the paragraph, and where the one
it reads the pronoun as is named since that verb outside quotation marks ("Petrenko said ... Holub then visited the
front. He said ...": Holub).
"""

from __future__ import annotations

import functools

from .claim_attribution import Attribution
from .claim_reader import ArticleReader
from .claimant_names import cleaned, kind
from .claimant_phrases import PRONOUNS, account_roles
from ..mentions.mention_forms import Entity
from ..mentions.mention_vocab import person_pronouns
from ..mentions.speaker_vocab import person_nouns

_BACK = 3  # sentences of its paragraph searched back for the one who spoke: a quotation's may lie between


@functools.cache
def _person_words() -> frozenset[str]:
    # The last words of someone unnamed described as a person: a title ("officer", "minister") or a noun for people.
    return account_roles() | frozenset(person_nouns())


def _named_since(article: ArticleReader, entity: Entity, j: int, lo: int, k: int, hi: int) -> bool:
    """Whether ``entity`` is mentioned outside quotation marks from ``lo`` of sentence ``j`` to ``hi`` of ``k``."""
    return any(not any(s <= at < e for s, e in article.read(i).spans) for i, at in article.mentions_of(entity, j, lo, k, hi))


def pronoun_speaker(article: ArticleReader, k: int, a: Attribution, pronoun: str) -> tuple[str, str] | None:
    """(claimant, words) of the person who spoke just before the reporting pronoun ``a`` ("he", "she") of sentence
    ``k``; None when the one who spoke there is no person, of the other gender, or no one."""
    # The last verb of saying before ``a`` in its paragraph, a few sentences back at most, none inside a quotation.
    if (found := article.prior(k, a, previous=-1, back=_BACK, unquoted=True)) is None:
        return None
    j, prior = found
    if (read := article.entity(k, a)) is not None and _named_since(article, read, j, prior.end, k, a.start):
        return None  # "Zelensky said ... Budanov then gave a lower figure: “…,” he said": the one named since
    claim = article.resolve(j, prior)
    if claim.claimant is None or kind(claim.claimant) not in (None, "person"):
        return None
    text = claim.text or prior.text
    # The account knows a person named in full by the name; the words of the attribution may run on to their body
    # ("Go Myong-hyun of the Institute ..."), which the account reads as the body.
    entity = article.named_entity(claim.claimant) or article.entity(j, prior)
    if entity is not None and entity.kind == "person":
        return (claim.claimant, text) if not entity.gender or entity.gender == person_pronouns().get(pronoun) else None
    if kind(claim.claimant) == "person":
        return claim.claimant, text
    words = cleaned(prior.text)
    unnamed = entity is None and words not in PRONOUNS and words.rsplit(" ", 1)[-1] in _person_words()
    return (claim.claimant, text) if unnamed else None
