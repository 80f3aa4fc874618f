"""What an apposition right after someone unnamed says they are: "said one woman, a defector living in Seoul".

A reader charts "one woman, a defector living in Seoul, who asked not to be named" as a defector: the noun of the
apposition says who she is, where "woman" says nothing.  :func:`apposition_noun_phrase` gives the apposition's words,
from its article to its noun, less what follows the noun (where they live, whom they work for).
"""

from __future__ import annotations

import re

__all__ = ["apposition_noun_phrase"]

# ", a defector living in Seoul", ", a retired miner from Donetsk,": an article, up to three words, the noun; then a
# comma, a clause or a place, or the sentence's end.
_APPOSITION = re.compile(r",\s+(?:an?|one)\s+(?P<phrase>(?:[\w\-]+\s+){0,3}?[a-z][\w\-]*)"
                         r"(?=\s*[,.;:]|\s+(?:who|whose|living|based|working|from|in|at|of|with|since|now)\b)")


def apposition_noun_phrase(text: str, end: int) -> str | None:
    """The words of an apposition right after a phrase ending at ``end`` ("defector" of ", a defector living in
    Seoul"), or None if none follows."""
    m = _APPOSITION.match(text, end)
    return m.group("phrase") if m is not None else None
