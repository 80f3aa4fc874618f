"""Frames written by hand: figures with their claimants, quotes with their keys.

Shared by the tests of ``dossier.tables.claims`` and ``dossier.tables.relays``
and by those of their charts in ``dossier.plots``.
"""

from __future__ import annotations

import pandas as pd

from dossier import schema

NIS = "South Korean intelligence (NIS)"
HUR = "Ukrainian military intelligence (HUR)"


def figure(aid, date, text, low, high, hedge, claimant, *, category="troops", subtype=None, item=None, sentence=0, start=10):
    return {
        "article_id": aid, "sentence": sentence, "start": start, "end": start + len(text), "quantity_text": text,
        "low": low, "high": high, "hedge": hedge, "category": category, "subtype": subtype, "item": item,
        "claimant": claimant, "claimant_text": claimant, "claimant_via": "", "published": pd.Timestamp(date) if date else pd.NaT,
    }


def frames(rows, outlets=None):
    est = schema.conform(pd.DataFrame(rows), "estimates")
    ids = list(dict.fromkeys(est["article_id"]))
    outlets = outlets or {}
    articles = pd.DataFrame(
        {
            "article_id": ids,
            "title": [f"Article {i}" for i in ids],
            "source": [outlets.get(i) for i in ids],
            "published": [est.loc[est["article_id"] == i, "published"].iloc[0] for i in ids],
        }
    )
    return est, articles


FULL = "the brave soldiers who fought in Kursk are heroes of the nation and its honour"


def quote(aid, text, key, *, speaker="Kim Jong Un", channel="KCNA", sentence=2, start=40):
    return {
        "quote_id": f"{aid}:{start}", "article_id": aid, "sentence": sentence, "start": start, "end": start + len(text),
        "text": text, "n_words": len(text.split()), "kind": "statement", "speaker": speaker, "speaker_text": speaker,
        "cue": "said", "channel": channel, "channel_basis": "sentence" if channel else None, "via_kcna": channel == "KCNA",
        "via_dprk_state_media": channel in ("KCNA", "Rodong Sinmun", "DPRK state media"),
        "quote_key": key,
    }


def build(rows, articles):
    quotes = schema.conform(pd.DataFrame(rows), "quotes")
    arts = pd.DataFrame(articles, columns=["article_id", "source", "published", "title"])
    arts["published"] = pd.to_datetime(arts["published"])
    return quotes, arts
