"""A word that names a state only where the article's setting tells which (``data/setting_nationalities.csv``).

In coverage of the war in Russia, "a Korean officer", "the Korean captain" are North Korean (the troops Pyongyang
sent), while "a Korean diplomat in Seoul" is not.  :mod:`~dossier.extractors.speech.charted_people` asks here for the
state of such a word before a role it charts.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation
from ...vocab import load_table


class _SettingWord(NamedTuple):
    """A row of ``data/setting_nationalities.csv``: a word that names a state only in a setting that tells which."""

    state: str
    kins: frozenset[str]
    setting: re.Pattern
    not_with: re.Pattern


@functools.cache
def _setting_words() -> dict[str, _SettingWord]:
    t = load_table("setting_nationalities.csv")
    return {w: _SettingWord(s, frozenset(k.split()), re.compile(rf"\b(?:{alternation(st.split('|'))})\b", re.I),
                            re.compile(rf"\b(?:{alternation(nw.split('|'))})\b", re.I))
            for w, s, k, st, nw in zip(t.word, t.state, t.kins, t.setting, t.not_with)}


def setting_state(art, word: str, kin: str, pos: int) -> str | None:
    """The state ``word`` names before a role of ``kin`` where the article's setting tells which ("a Korean officer" in
    a report from the Kursk front: North Korean), and the speaker's sentence or paragraph names no other state of the
    word ("a Korean reporter in Seoul"); None otherwise."""
    if not word[:1].isupper() or (row := _setting_words().get(word.lower())) is None:
        return None  # (capitalised as a nationality is: "Korean officer")
    if kin not in row.kins or not row.setting.search(art.masked):
        return None
    i = art.sent_at(pos)
    para = [s for s in art.sents if s.paragraph == art.sents[i].paragraph]
    if row.not_with.search(art.masked, para[0].start, para[-1].end):
        return None
    return row.state
