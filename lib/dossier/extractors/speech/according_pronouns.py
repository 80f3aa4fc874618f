"""Who "according to him" or "according to her" credits: the person the pronoun stands for, as "he said" would.

"A foreman told the paper that …. According to him, a brigade of forty works on the site. “…”": the words are the
foreman's, read through the same resolution as the subject pronoun of a verb of saying, not a speaker named "him".
Any other "according to" source is who its words name (:meth:`~.quote_article.Article.who_is`).
"""

from __future__ import annotations

from ..mentions.mention_vocab import key, person_pronouns
from .attributions import Attribution
from .quote_referents import Said
from .speakers import canonical

__all__ = ["according_to_said", "is_person_pronoun"]


def is_person_pronoun(who: str) -> bool:
    """Whether ``who`` is a pronoun for a person ("him", "her"; ``data/pronouns.csv``)."""
    return key(who) in person_pronouns()


def according_to_said(art, i: int, pos: int, who: str) -> Said:
    """The speaker of "according to ``who``" at ``pos`` in sentence ``i`` of ``art``."""
    if is_person_pronoun(who):
        a = Attribution(pos, pos, pos + len(who), who, "anaphor", "according to", "according")
        return Said(art.resolve(a, i).speaker, who, "according to", pos)
    return Said(canonical(art.who_is(pos, who)[0], "group"), who, "according to", pos)
