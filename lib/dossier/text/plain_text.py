"""Plain text: a sentence whose letters and digits are all ASCII, and patterns that read it faster.

:func:`lowered` gives such a sentence lower-cased, where a pattern of
lower-case words finds, without ``re.IGNORECASE``, what it finds with it in
the sentence; :func:`plain_pattern` compiles a pattern for it with ASCII's
tables for ``\\w``, ``\\d`` and ``\\b``.
"""

from __future__ import annotations

import functools
import re

# Characters other than ASCII are written out, not escaped: pyarrow's engine reads this pattern too.
NOT_PLAIN = re.compile(r"[^\x00-\x7f" + "’‘“”—–…\u00a0\u202f]")


@functools.lru_cache(maxsize=16)  # a sentence is lowered for its quantities, then again for its attributions
def lowered(text: str) -> str | None:
    """``text`` lower-cased, when that is a faster way to match words without regard to case; else None.

    Case-folding in a pattern is slow.  When every letter of ``text`` is
    ASCII, no other character matches an ASCII letter regardless of case, so
    a pattern of lower-case words without ``re.IGNORECASE`` finds in the
    lower-cased text exactly what it finds with it in ``text``, at the same
    offsets.
    """
    if text.isascii():  # most sentences: no character to look for
        return text.lower()
    return None if NOT_PLAIN.search(text) else text.lower()


# What \s finds in plain text (see lowered): ASCII white space, the separators \x1c-\x1f, and the two spaces
# plain text may hold beyond ASCII.
_PLAIN_SPACE = r"[\s\x1c-\x1f\u00a0\u202f]"


def needles(words) -> tuple[str, ...]:
    """The fewest of ``words`` to look for: a text holds one of ``words`` exactly when it holds one of these.

    Whether a text holds any of a few words is cheapest asked with ``in``,
    one word at a time (:func:`holds_any`): a pattern of them all is tried
    by the engine at every position of the text.  A word that holds another
    ("estimates", "estimate") adds nothing.
    """
    words = set(words)
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


def holds_any(text: str, words) -> bool:
    """Whether ``text`` holds any of ``words`` (or characters of a string), as a substring."""
    return any(map(text.__contains__, words))  # no Python frame per word, as a generator would run


def plain_pattern(source: str) -> re.Pattern:
    r"""``source`` compiled for lowered plain text (see :func:`lowered`), where it finds what it finds compiled as is.

    Plain text holds no letter or digit beyond ASCII, so ``\w``, ``\d`` and
    ``\b`` may read ASCII's tables instead of Unicode's, a cost paid at each
    position tried; ``\s`` keeps the spaces beyond ASCII plain text may
    hold.  ``source`` must hold no ``\s`` inside a character class.
    """
    return re.compile(source.replace(r"\s", _PLAIN_SPACE), re.ASCII)
