"""State media known as an article's source by their outlet's style and the form of their name.

``data/channels.csv`` lists the media running text names; an article's source may be a state paper no text of the
corpus names, whose style ``data/outlet_styles.csv`` already gives (``dprk_state``: "Pyongyang Sinmun", a Pyongyang
daily; ``russian_state``).  A state medium is the channel of its own state's words, so the reader has to know such a
source as a medium of its state.  An analyst knows it by two things at once: the style says whose voice the source
is, and its name is made as a medium's (``data/medium_forms.csv``: "... Sinmun", "... Pravda", "Radio ...").  A
source of a state's style whose name is a body's or a document's ("KPA General Staff", "Youth League statement")
is the state speaking for itself, through no medium, and stays no channel.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ...text.outlets import outlet_names
from ...vocab import load_table
from .mention_vocab import outlet_styles, style_states

# A style of data/outlet_styles.csv that is a state's media ends so; the state is the style's home state
# (data/home_states.csv, kind outlet_style), the channel state that state's media state (data/channels.csv).
_STATE_STYLE = "_state"


class StyledOutlet(NamedTuple):
    """A source known as a state medium by its style: its name as the source writes it (the part of the source that
    matched), and the channel state."""

    channel: str
    state: str


@functools.lru_cache(maxsize=4096)  # asked of every channel the channel readers meet, of a few names each
def styled_outlet(source: object) -> StyledOutlet | None:
    """The state medium an article's ``source`` is by its style and the form of its name, or None.

    The name is the part of the source that matched, as written ("Pyongyang Sinmun" of "Pyongyang Sinmun - KCNA
    Watch"); the state that of its style's home (``russian_state`` -> ``russia_state``)."""
    styled, states = _style_of(source), style_states()
    if styled is None or not styled.style.endswith(_STATE_STYLE) or styled.style not in states or (
            not _medium_form(styled.name)):
        return None
    return StyledOutlet(_as_written(source, styled.name), f"{states[styled.style]}{_STATE_STYLE}")


def state_styled(source: object) -> bool:
    """Whether an article's ``source`` is of a state's style, a medium of the state or one of its bodies speaking for
    itself ("Korean Association of Social Scientists", ``dprk_state``)."""
    styled = _style_of(source)
    return styled is not None and styled.style.endswith(_STATE_STYLE)


class _Styled(NamedTuple):
    name: str  # as outlet_names gives it
    style: str


def _style_of(source: object) -> _Styled | None:
    """The first of ``source``'s names (most specific first) that ``data/outlet_styles.csv`` lists, and its style."""
    styles = outlet_styles()
    return next((_Styled(name, styles[name]) for name in outlet_names(source) if name in styles), None)


def _as_written(source: str, name: str) -> str:
    """The part of ``source`` that ``name`` (one of its :func:`~dossier.text.outlets.outlet_names`) is, as the source
    writes it: "Pyongyang Sinmun" of "Pyongyang Sinmun - KCNA Watch"; the name itself where the source does not hold
    it letter for letter."""
    written = " ".join(source.split())
    folded = written.replace("’", "'").lower()
    at = folded.find(name)
    return written[at:at + len(name)] if at >= 0 and len(folded) == len(written) else name


def _medium_form(name: str) -> bool:
    """Whether ``name`` (lower case) is made as a medium's: it ends with a word media names end with, or opens with
    one they open with (``data/medium_forms.csv``, places ``end`` and ``start``)."""
    words = name.split()
    ends, starts = _form_words()
    return len(words) >= 2 and (words[-1] in ends or words[0] in starts)


@functools.cache
def _form_words() -> tuple[frozenset[str], frozenset[str]]:
    t = load_table("medium_forms.csv")
    return frozenset(t.word[t.place == "end"]), frozenset(t.word[t.place == "start"])
