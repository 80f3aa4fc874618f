"""A theme's words relayed as a name someone gave a thing: a short quotation led by a naming verb.

"The agency called the deployment a “sacred mission”": the reporter hands on
the name Pyongyang gave the war, set off in quotation marks, and the sentence
states the naming, not the frame.  The same words stated, in narration or a
quoted statement ("“Our sons fulfilled a sacred mission,” Kim said"), carry it.
A lexicon row whose ``voice`` is ``stated`` counts only there
(:mod:`dossier.extractors.rhetoric.themes_lexicon`).

The naming verbs are ``data/naming_verbs.csv``'s (call, describe, term, dub,
label, brand) and ``data/relay_verbs.csv``'s (dismiss, portray, present, hail,
denounce as), matched on their word keys, so "calling" and "describing" count.
"""

from __future__ import annotations

import functools

from ...text.word_keys import WORD_KEYS, word_key
from ...text.words import TERM_WORD
from ...vocab import load_table

# A quotation of at most this many words is a name or a label ("a “sacred mission”",
# "“heroes who fulfilled the noble internationalist duty”"); a longer one is a statement.
LABEL_WORDS = 8
# Words before the quotation a naming verb may stand: a clause, with its object
# ("described those who fought in Kursk only as “heroes” who had carried out a “sacred mission”").
NAMING_REACH = 16
_CLOSING = {"“": "”", "«": "»", '"': '"'}


@functools.cache
def naming_keys() -> frozenset[str]:
    """The word keys of the naming verbs (``data/naming_verbs.csv``) and of the verbs that relay a label (``data/relay_verbs.csv``)."""
    words = [*load_table("naming_verbs.csv")["word"], *load_table("relay_verbs.csv")["word"]]
    return frozenset(map(word_key, words))


def quotation_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the opening and closing marks of the double quotation holding ``text[start:end]``; None when it stands outside one.

    Curly marks and guillemets open and close by their shape; a straight
    mark opens when an even number of straight marks stand before it.
    Single marks are not read: they are apostrophes as often as quotes.
    """
    for i in range(start - 1, -1, -1):
        c = text[i]
        if c in "”»":
            return None  # a quotation closed before the hit
        if c == '"' and text.count('"', 0, i) % 2:
            return None  # a straight mark that closes one
        if c in _CLOSING:
            close = text.find(_CLOSING[c], end)
            return (i, close) if close >= 0 else None
    return None


def relayed_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (words of a sentence) lies in a short quotation a naming verb before it gives as a name.

    The quotation holds at most :data:`LABEL_WORDS` words, and a naming verb
    stands among the :data:`NAMING_REACH` words before its opening mark.
    """
    quote = quotation_around(text, start, end)
    if quote is None:
        return False
    opening, closing = quote
    if len(TERM_WORD.findall(text, opening, closing)) > LABEL_WORDS:
        return False
    before = TERM_WORD.findall(text, 0, opening)[-NAMING_REACH:]
    verbs = naming_keys()
    return any(WORD_KEYS[w] in verbs for w in before)
