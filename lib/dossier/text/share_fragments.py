"""A fraction that is a sentence by itself: "Half!", "Half. Think about it.", "“About a third.”"

Speakers and writers echo or answer a share just given with the fraction
alone, as an exclamation or a reply ("half of the shells come from North
Korea. Half!").  Standing alone it is a share, not "the second half" of a
span nor "half" of a phrase: nothing but quotation marks comes before it, and
nothing but closing punctuation after it.  What it is a share of is the
reader's to find (the share before it); this module only tells the form.
"""

from __future__ import annotations

_OPENERS = "\"'“‘«„ \t\n"  # marks that may open a sentence before the fraction
_CLOSERS = ".!?…\"'”’» \t\n"  # marks that may close it


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` are all of their sentence ``text``, but for quotation marks and the
    punctuation that closes it."""
    return not text[:start].strip(_OPENERS) and not text[end:].strip(_CLOSERS)
