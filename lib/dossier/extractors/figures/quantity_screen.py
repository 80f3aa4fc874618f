"""Which sentences may hold a quantity: one pass over a whole column, before any is read.

:func:`may_hold_quantities` rules out the texts in which
:func:`~dossier.text.quantities.find_quantities` surely finds nothing, so
that most sentences of an article are never searched for figures.
"""

from __future__ import annotations

import functools
import re

from ...text.numbers import number_words, shortest
from ...text.plain_text import NOT_PLAIN


def may_hold_quantities(texts):
    """False for each text of the string Series ``texts`` in which ``find_quantities`` surely finds nothing.

    One pass over a whole column (pyarrow's regular expressions, for arrow
    strings) costs far less than a pass per text.  It keeps every text with
    a digit or a number word at the start of a word (every quantity holds
    one), and every text with a letter other than ASCII, where the engines
    may fold case and find word boundaries differently.
    """
    return texts.str.contains(_may_hold_pattern(), regex=True, na=True)


@functools.cache
def _may_hold_pattern() -> str:
    # A short scale ("11k") is joined to a digit, which the test finds already. A phrase is matched whole, so its
    # first word other than an article says it may stand in a text ("third" of "a third", "one" of "one in five").
    words = {next((p for p in re.split(r"[\s\-]+", phrase) if p not in ("a", "an")), phrase)
             for kind, ws in number_words().items() if kind != "abbreviation" for phrase in ws}
    # Not \b, which pyarrow's engine runs many times slower: a start, or a character that is not an ASCII
    # letter, digit or underscore, before the word (a wider test, where the text is not ASCII).
    number = r"(?:^|[^a-z0-9_])(?:[0-9]|" + "|".join(map(re.escape, sorted(shortest(words)))) + ")"
    # One pass for both, not one each; case is folded in the number words only.
    return f"{NOT_PLAIN.pattern}|(?i:{number})"
