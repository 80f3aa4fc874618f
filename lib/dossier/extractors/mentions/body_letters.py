"""Letters written for words of a body's name: "the General Staff of the AFU" is the General Staff of the Armed Forces
of Ukraine, "the Ministry of Defence of the RF" that of the Russian Federation. A reader spells the letters out to
know the body; ``data/body_letters.csv`` lists letters that always stand for the same words.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table


@functools.cache
def _letters() -> dict[str, str]:
    t = load_table("body_letters.csv")
    return dict(zip(t.letters, t.words))


@functools.cache
def _letters_pattern() -> re.Pattern:
    # As written, in capitals: "the afu" is no one's letters.
    return re.compile(rf"\b(?:{alternation(_letters())})\b")


def spelled_out(name: str) -> str:
    """``name`` with the letters of ``data/body_letters.csv`` written as their words ("General Staff of the AFU" ->
    "General Staff of the Armed Forces of Ukraine"); ``name`` itself when it has none."""
    return _letters_pattern().sub(lambda m: _letters()[m.group(0)], name)
