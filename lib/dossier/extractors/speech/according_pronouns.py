"""Who "according to him" or "according to her" credits: the person the pronoun stands for, as "he said" would.

"A foreman told the paper that …. According to him, a brigade of forty works on the site. “…”": the words are the
foreman's, read through the same resolution as the subject pronoun of a verb of saying, not a speaker named "him".
Any other "according to" source is who its words name (:meth:`~.quote_article.Article.who_is`); a person's surname,
the person the article first named in full.
"""

from __future__ import annotations

from ..mentions.mention_vocab import key, person_pronouns
from .attributions import Attribution
from .quote_referents import Said
from .speakers import canonical

# How a mention names someone by name (mention_forms.Mention.how): a role ("the minister") is left to the account
# of roles, which knows who holds it where.
_NAMED = frozenset({"full", "alias", "surname"})

__all__ = ["according_to_said", "is_person_pronoun"]


def is_person_pronoun(who: str) -> bool:
    """Whether ``who`` is a pronoun for a person ("him", "her"; ``data/pronouns.csv``)."""
    return key(who) in person_pronouns()


def according_to_said(art, i: int, pos: int, who: str) -> Said:
    """The speaker of "according to ``who``" at ``pos`` in sentence ``i`` of ``art``."""
    if is_person_pronoun(who):
        a = Attribution(pos, pos, pos + len(who), who, "anaphor", "according to", "according")
        return Said(art.resolve(a, i).speaker, who, "according to", pos)
    group, entity = art.who_is(pos, who)
    named = art.account.mention_at(pos, pos + len(who))
    if entity is not None and entity.kind == "person" and named is not None and named.how in _NAMED:
        # "According to Breuker, …" after "Remco Breuker": the person first named in full, as the quote's own
        # sentence reads the same source.
        return Said(entity.name, who, "according to", pos)
    return Said(canonical(group, "group"), who, "according to", pos)
