"""Whose words a quoted figure is when the quotes found no speaker: the claimant of the figure it holds.

A text that disputes a figure sets it in quotation marks, as the words of the side that claims it: "The Ukrainian
figures of "over 6,000 killed and wounded" are propaganda", "milbloggers put the number at "up to 3,000"".  The
claims read who is credited with the figure (the figure's own sentence and those around it, through relays and
documents); a fragment whose words hold that figure, and that the quotes left to no one, is that claimant's.  Unnamed
reports speak for no one, and a statement is left as the quotes read it: its words are more than the figure.

It is a step of its own, since it needs both frames: :func:`dossier.extract` runs it, and a reader who builds the
frames one by one applies it as ``figure_speakers(quo, estimates(sents, articles, quo))``.
"""

from __future__ import annotations

import pandas as pd

from ...labels import UNATTRIBUTED_CLAIMANT


def figure_speakers(quo: pd.DataFrame, est: pd.DataFrame) -> pd.DataFrame:
    """``quo`` with each fragment that has no speaker and holds a figure ``est`` credits to a claimant given that
    claimant as speaker (its words as written, as ``speaker_text``)."""
    if quo.empty or est.empty:
        return quo
    unspoken = quo[(quo["kind"] == "fragment") & quo["speaker"].isna()]
    claimed = est[est["claimant"].notna() & (est["claimant"] != UNATTRIBUTED_CLAIMANT)]
    if unspoken.empty or claimed.empty:
        return quo
    by_article: dict[str, list[tuple[int, int, str, str]]] = {}
    for aid, start, end, claimant, text in zip(claimed["article_id"], claimed["start"], claimed["end"], claimed["claimant"],
                                               claimed["claimant_text"]):
        by_article.setdefault(aid, []).append((int(start), int(end), claimant, text))
    quo = quo.copy()
    for i, aid, start, end in zip(unspoken.index, unspoken["article_id"], unspoken["start"], unspoken["end"]):
        held = [(c, t) for s, e, c, t in by_article.get(aid, ()) if start <= s and e <= end]
        if held:
            claimant, text = held[0]
            quo.loc[i, ["speaker", "speaker_text"]] = [claimant, text if isinstance(text, str) else claimant]
    return quo
