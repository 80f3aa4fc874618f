"""Someone unnamed brought in by their office in a body the text names: "A representative of the Defence
Intelligence of Ukraine told the paper …", "an official at the Ministry of Unification said".

The attribution's subject is then the body's name, but the one who speaks is a person of it, whom a later "he" or
"she" goes on with (for the body they speak for) until someone else is named.  Read by
:func:`~dossier.extractors.speech.unnamed_people.unnamed_since`.
"""

from __future__ import annotations

import re

from ..mentions.mention_vocab import Title, key, titles

# "a representative of the", "one senior official at": an indefinite determiner, a word or two, a noun, then the
# preposition that joins an office to its body, right before the body's name.
_HOLDER_BEFORE = re.compile(r"(?<![\w\-])(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>[a-z][\w\-]*)\s+"
                            r"(?:of|at|from|for|with)\s+(?:the\s+)?\Z")
_REACH = 60  # characters before the body's name to look for its holder


def holder_before(masked: str, body_start: int) -> Title | None:
    """The office (``data/titles.csv``, of the official class) of someone unnamed written right before a body's name
    at ``body_start`` ("A representative of the HUR"); None when no such office is written there."""
    m = _HOLDER_BEFORE.search(masked, max(0, body_start - _REACH), body_start)
    if m is None:
        return None
    title = titles().get(key(m.group("noun")))
    return title if title is not None and title.cls == "official" else None
