"""Who speaks, and who only seems to: people and bodies apart from documents, joint statements and collectives.

A writer puts words to a treaty ("the treaty calls for immediate bilateral
consultations"), to two leaders at once ("what both leaders described as
aggression") or to an abstraction ("the alliance stands for a multi-polar
world order").  Those are quotes all the same, but no one in particular
spoke them: charts that rank speakers rank people and bodies, and these are
shown apart.  Which speakers are which is data: ``data/speaker_kinds.csv``
(heads such as *treaty*, *leaders*, *alliance*), and the ``kind`` of each
speaker of ``data/speakers.csv`` (person or body).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import pandas as pd

from .. import labels as lab
from ..text.words import alternation
from ..vocab import load_table

SPEAKING = ("person", "body")
APART = ("document", "joint_statement", "collective")


@functools.cache
def _heads() -> dict[str, str]:
    t = load_table("speaker_kinds.csv")
    return dict(zip(t["head"], t["kind"]))


@functools.cache
def _head_pattern() -> re.Pattern:
    # The builder tries "joint statement" before "statement".
    return re.compile(rf"(?:^|\s)(?P<head>{alternation(_heads())})$")


@functools.cache
def _known() -> dict[str, str]:
    """Kind (person or body) of every canonical speaker and channel of the vocabularies."""
    out = {c: "body" for c in load_table("channels.csv")["channel"]}
    speakers = load_table("speakers.csv")
    if "kind" in speakers.columns:
        out.update(dict(zip(speakers["speaker"], speakers["kind"])))
    return out


def _key(speaker: str) -> str:
    key = " ".join(speaker.replace("’", "'").lower().split())
    return key[4:] if key.startswith("the ") else key


def speaker_kind(speaker) -> str:
    """``person``, ``body``, ``document``, ``joint_statement`` or ``collective``; "" for no speaker.

    A speaker of ``data/speakers.csv`` (or a channel) has its kind there;
    another is a document, joint statement or collective when it ends in a
    head of ``data/speaker_kinds.csv``, else a person (a name the
    vocabularies do not know is most often someone's).
    """
    if speaker is None or (not isinstance(speaker, str) and pd.isna(speaker)) or not str(speaker).strip():
        return ""
    speaker = str(speaker)
    known = _known().get(speaker)
    if known:
        return known
    m = _head_pattern().search(_key(speaker))
    return _heads()[m.group("head")] if m else "person"


def speaker_kinds(speakers: pd.Series) -> pd.Series:
    """:func:`speaker_kind` of each speaker (each distinct name worked out once)."""
    names = speakers.astype("object")
    kinds = {s: speaker_kind(s) for s in names.dropna().unique()}
    return names.map(lambda s: kinds.get(s, "") if isinstance(s, str) else "").astype("str")


class SpeakerSplit(NamedTuple):
    """Quotes split by who they are put to."""

    speaking: pd.DataFrame
    """Quotes of people and bodies: the ones speaker charts rank."""
    apart: pd.DataFrame
    """Quotes put to documents, joint statements and collectives, with a ``speaker_kind`` column."""
    unnamed: pd.DataFrame
    """Quotes without a speaker."""


def split_speakers(quotes: pd.DataFrame) -> SpeakerSplit:
    """Split the quotes frame into those of people and bodies, those put to documents and the like, and those of no speaker.

    Each part keeps the quotes frame's columns (and index); ``apart`` adds
    ``speaker_kind``.
    """
    kinds = speaker_kinds(quotes["speaker"]) if len(quotes) else pd.Series([], dtype="str")
    speaking = kinds.isin(SPEAKING).to_numpy()
    apart = kinds.isin(APART).to_numpy()
    return SpeakerSplit(
        speaking=quotes[speaking],
        apart=quotes[apart].assign(speaker_kind=kinds[apart].to_numpy()),
        unnamed=quotes[~speaking & ~apart],
    )


def apart_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """The speakers that are not people or bodies, for a table under the speaker charts.

    Returns
    -------
    DataFrame
        ``speaker``, ``kind`` (its label: "document", "joint statement",
        "collective"), ``quotes``, ``articles`` and ``example`` (its longest
        quote), most quoted first; ``kind_note`` explains the kind.
    """
    apart = split_speakers(quotes).apart
    cols = ["speaker", "kind", "quotes", "articles", "example", "kind_note"]
    if apart.empty:
        return pd.DataFrame(columns=cols)
    longest = apart.assign(_n=apart["text"].str.len()).sort_values("_n", ascending=False, kind="stable").drop_duplicates("speaker")
    g = apart.groupby("speaker", observed=True)
    out = pd.DataFrame({"quotes": g.size(), "articles": g["article_id"].nunique()})
    out["kind_id"] = longest.set_index("speaker")["speaker_kind"].reindex(out.index)
    out["example"] = longest.set_index("speaker")["text"].reindex(out.index)
    out = out.sort_values(["quotes", "articles"], ascending=False, kind="stable").reset_index()
    out["kind"] = out["kind_id"].map(lambda k: lab.label("speaker_kind", k))
    out["kind_note"] = out["kind_id"].map(lambda k: lab.note("speaker_kind", k))
    return out[cols]
