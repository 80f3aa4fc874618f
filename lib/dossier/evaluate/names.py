"""Canonical names of claimants, speakers and channels, through dossier's own alias vocabularies.

A label names a claimant, speaker or channel by its canonical full name;
dossier writes the canonical name of its vocabulary when it knows an alias,
and the words of the text when it does not.  Both sides go through the same
vocabulary (``data/claimants.csv``, ``speakers.csv``, ``channels.csv``), so
a correct extraction written another way ("NIS", "National Intelligence
Service") is not counted wrong.  A name with no alias row is compared on the
full name, in any case: nothing more lenient.
"""

from __future__ import annotations

import functools
import re

from dossier.vocab import load_table

from .gold import flat

# dossier's claimant for figures credited to unnamed reports (data/claimants.csv).
UNATTRIBUTED = "unattributed reports"
DPRK_STATE_MEDIA = "DPRK state media"


def name_key(name) -> str:
    if not isinstance(name, str):
        return ""
    key = re.sub(r"\s+", " ", flat(name)).strip().casefold()
    return key[4:] if key.startswith("the ") else key


@functools.cache
def _aliases(vocab: str, column: str) -> dict[str, str]:
    table = load_table(vocab)
    out = {name_key(c): c for c in table[column]}
    out.update({name_key(a): c for a, c in zip(table["alias"], table[column])})
    return out


def _canonical(name, vocab: str, column: str) -> str:
    key = name_key(name)
    if not key:
        return ""
    found = _aliases(vocab, column).get(key)
    return found.casefold() if found else key


def claimant(name, group=None) -> str:
    """Canonical claimant, lower case; "" when the outlet states the figure itself.

    Parameters
    ----------
    name : str or None
        A label's ``claimant`` or dossier's ``claimant`` column.
    group : str, optional
        A label's ``claimant_group``: ``unattributed`` ("according to reports")
        is dossier's "unattributed reports" unless the label names a source
        dossier's vocabulary knows.
    """
    if group == "unattributed" and not _known(name, "claimants.csv", "claimant"):
        return UNATTRIBUTED.casefold()
    return _canonical(name, "claimants.csv", "claimant")


def _known(name, vocab: str, column: str) -> bool:
    return name_key(name) in _aliases(vocab, column)


def speaker(name) -> str:
    """Canonical speaker, lower case, through ``data/speakers.csv``."""
    return _canonical(name, "speakers.csv", "speaker")


def channel(name) -> str:
    """Canonical channel, lower case, through ``data/channels.csv``; "" for none."""
    return _canonical(name, "channels.csv", "channel")


@functools.cache
def _dprk_channels() -> frozenset[str]:
    table = load_table("channels.csv")
    return frozenset(c.casefold() for c in table.loc[table["state"] == "dprk_state", "channel"]) | {DPRK_STATE_MEDIA.casefold()}


def dprk_state(name) -> bool:
    """Whether a channel is a DPRK state medium (``state`` dprk_state in ``data/channels.csv``, or unnamed DPRK state media)."""
    return channel(name) in _dprk_channels()
