"""The brief's pages: each executed notebook as HTML, and the index.

Every page is self-contained (charts embedded, stylesheets inline, nothing
loaded from the network: briefs are read on air-gapped machines) and ends
with a provenance footer.  Article text is untrusted: everything dossier
writes into a page goes through a Jinja2 environment that autoescapes, and
notebook tables are DataFrames, which pandas escapes.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import pandas as pd
from markupsafe import Markup

import dossier

from .. import labels
from ..tables import claims, quote_stats
from ..tables.style import number
from ..evaluate.publish import accuracy_line
from ..extractors.pipeline import FAILED_NOTE, STOPPED_NOTE

TEMPLATES = Path(__file__).parent / "templates"
_KCNA_SHOWN = 3
_THEMES_SHOWN = 5
# The index's "who claims what" card: entries of each kind, and figures of a trail.
_CLAIMS_SHOWN = 3
_TRAIL_SHOWN = 5
_UNNAMED_CLAIMANT = labels.label("claimant_group", labels.ASSERTED)


# Every page's footer lists the articles, up to this many; a brief of more
# lists the first ones and a digest of them all (the full list is in frames/).
PROVENANCE_LISTED = 200
# "New since the previous brief" lists up to this many articles, figures and quotes each.
CHANGES_LISTED = 100
# The index lists up to this many articles that carry a note, those whose extraction was cut short first.
NOTED_LISTED = 100


@dataclass
class Provenance:
    """What every page's footer says about the run."""

    run_id: str
    started: str
    version: str
    extractor_version: str
    parameters: dict[str, str]
    articles: list[dict] = field(default_factory=list)
    n_articles: int = 0
    digest: str = ""
    """SHA-256 of every article's id and file SHA-256, one ``id sha256`` line each, sorted."""
    source: str = ""
    """Where the frames come from: articles extracted for this run, or a store written earlier."""
    accuracy: str = ""
    """The measured accuracy of the extractor version, from ``data/accuracy.json`` (``make accuracy``)."""

    @classmethod
    def of(cls, run_id: str, started: str, parameters: dict, articles: pd.DataFrame, *, store=None, manifest: dict | None = None) -> "Provenance":
        rows = articles[["article_id", "title", "path", "sha256"]].fillna("")
        lines = sorted(f"{a} {h}" for a, h in zip(rows["article_id"], rows["sha256"]))
        digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
        version = dossier.EXTRACTOR_VERSION
        source = f"articles read and extracted for this run (extractor version {version})"
        if store is not None:
            manifest = manifest or {}
            version = manifest.get("extractor_version") or "unknown"
            written = f", written {manifest['written']}" if manifest.get("written") else ""
            by = f"by dossier {manifest['dossier_version']}, extractor version {version}" if manifest.get("dossier_version") else "by an unrecorded dossier version"
            source = f"frames of the store {store}{written} {by}"
        return cls(
            run_id, started, dossier.__version__, version, {k: str(v) for k, v in parameters.items()},
            rows.head(PROVENANCE_LISTED).to_dict("records"), len(rows), digest, source,
            accuracy=accuracy_line(version),
        )


@functools.cache
def _env():
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["count"] = lambda n: f"{n:,}"  # 100,000 articles, not 100000
    # Identifiers stay in the frames; a page shows their label: {{ t.theme | label("theme") }}.
    env.filters["label"] = lambda id, vocabulary: labels.label(vocabulary, id)
    return env


def _css() -> str:
    return (TEMPLATES / "brief.css").read_text(encoding="utf-8")


def notebook_title(nb) -> str:
    """The first markdown heading of a notebook, without its ``#``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return ""


def export_notebook(executed: Path, dest: Path, provenance: Provenance, title: str) -> Path:
    """Write an executed notebook as one self-contained HTML page without its code.

    Parameters
    ----------
    executed : Path
        The notebook papermill wrote.
    dest : Path
        HTML file to write.
    provenance : Provenance
        For the footer.
    title : str
        Shown in the page's header bar.
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    # With the code hidden, a code cell without output (the parameters among
    # them) would only leave an empty box.
    nb.cells = [c for c in nb.cells if c.cell_type != "code" or c.get("outputs")]
    exporter = HTMLExporter(
        template_name="lab",
        template_file="notebook_page.html.j2",
        extra_template_paths=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        exclude_anchor_links=True,
    )
    resources = {
        "metadata": {"name": title},
        "dossier_css": Markup(_css()),
        "dossier_header": Markup(_env().get_template("header.html.j2").render(run_id=provenance.run_id, title=title)),
        "dossier_footer": Markup(_env().get_template("footer.html.j2").render(p=provenance)),
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(body, encoding="utf-8")
    return dest


def write_index(dest: Path, provenance: Provenance, frames, notebooks: list[dict], changes: dict) -> Path:
    """Write ``index.html``: key figures, what is new, links to the notebooks, the corpus.

    Parameters
    ----------
    dest : Path
        File to write.
    provenance : Provenance
        For the header and footer.
    frames : dossier.notebook.Frames
        The frames of the brief, filtered to its dates.
    notebooks : list of dict
        ``name``, ``title`` and ``href`` (relative to ``dest``) of each page.
    changes : dict
        From :func:`changes_since`.
    """
    page = _env().get_template("brief_index.html.j2").render(
        p=provenance,
        css=_css(),
        key=key_figures(frames),
        corpus=corpus_summary(frames),
        changes=changes,
        notebooks=notebooks,
    )
    dest.write_text(page, encoding="utf-8")
    return dest


def _text(value, default: str = "") -> str:
    """``value`` as text; ``default`` when it is missing or empty."""
    return default if value is None or pd.isna(value) or value == "" else str(value)


def _day(ts) -> str:
    return "date unknown" if pd.isna(ts) else pd.Timestamp(ts).strftime("%Y-%m-%d")


def _number(x) -> str:
    return f"{x:,.0f}"


def value_range(low, high) -> str:
    """``13,000–15,000``, ``10,000``, ``10,000 or more`` or ``up to 70``."""
    has_low, has_high = pd.notna(low), pd.notna(high)
    if has_low and has_high:
        return _number(low) if low == high else f"{_number(low)}–{_number(high)}"
    if has_low:
        return f"{_number(low)} or more"
    if has_high:
        return f"up to {_number(high)}"
    return "no number given"


def _titles(frames) -> dict[str, str]:
    return dict(zip(frames.articles["article_id"], frames.articles["title"].fillna("")))


def key_figures(frames) -> dict:
    """What the index shows first; each part is empty when its frame is.

    Returns
    -------
    dict
        ``troops``: the latest troop estimate (``latest``: range, quantity
        text, claimant, date, title), how many there are (``n``) and their
        overall ``span``, or None; vague figures and reinforcements count
        only when there is no other; ``kcna``: the latest quotes relayed by
        KCNA (whole statements first), ``kcna_total``, ``kcna_statements``
        and ``kcna_articles``; ``dprk_state_media_total``: the quotes relayed
        by any DPRK state medium, KCNA included; ``themes``: leading themes with ``hits``
        and ``rate`` per 1,000 words of the corpus; ``claims``: who revised a
        figure and who disagrees (:func:`dossier.tables.claims.index_view`).
    """
    titles = _titles(frames)
    troops = None
    est = frames.estimates
    est = est[est["category"] == "troops"]
    # "thousands" says little next to "around 15,000", and "2,000 more"
    # is no size of the force: such figures count only when there is
    # nothing firmer.
    for column, weak in (("hedge", "vague"), ("subtype", "reinforcements")):
        firm = est[est[column].ne(weak).fillna(True).to_numpy(bool)]
        est = firm if len(firm) else est
    if len(est):
        latest = est.sort_values("published", ascending=False, na_position="last", kind="stable").iloc[0]
        lows = est["low"].fillna(est["high"])
        highs = est["high"].fillna(est["low"])
        troops = {
            "latest": {
                "range": value_range(latest["low"], latest["high"]),
                "quantity_text": latest["quantity_text"],
                "claimant": _text(latest["claimant"], _UNNAMED_CLAIMANT),
                "asserted": _text(latest["claimant"]) == "",
                "published": _day(latest["published"]),
                "title": _text(titles.get(latest["article_id"]), "(no title)"),
            },
            "n": len(est),
            "span": value_range(lows.min(), highs.max()),
        }
    quotes = frames.quotes[frames.quotes["via_kcna"]]
    published = dict(zip(frames.articles["article_id"], frames.articles["published"]))
    # Whole statements first, latest first, each wording once.
    shown = quotes.assign(
        published=quotes["article_id"].map(published),
        statement=quotes["kind"] == "statement",
        key=quotes["quote_key"].fillna(quotes["text"]),
    )
    shown = shown.sort_values(["statement", "published"], ascending=False, na_position="last", kind="stable")
    shown = shown.drop_duplicates("key")
    kcna = [
        {"text": q.text, "speaker": _text(q.speaker, "speaker not named"), "published": _day(q.published)}
        for q in shown.head(_KCNA_SHOWN).itertuples()
    ]
    return {
        "troops": troops,
        "kcna": kcna,
        "kcna_total": len(quotes),
        "kcna_statements": int((quotes["kind"] == "statement").sum()),
        "kcna_articles": int(quotes["article_id"].nunique()),
        # Every DPRK state medium, KCNA included: told apart from KCNA alone on the index.
        "dprk_state_media_total": quote_stats.relay_counts(frames.quotes)["via_dprk_state_media"],
        "themes": _leading_themes(frames),
        "claims": claims_card(frames),
    }


def claims_card(frames) -> dict:
    """:func:`dossier.tables.claims.index_view`, each entry cut to what a card can hold.

    A trail keeps its last :data:`_TRAIL_SHOWN` figures ("… → 10,000 →
    15,000"); a disagreement names its lowest and highest claimant
    (``range``), as twenty claimants side by side fill a screen.
    """
    view = claims.index_view(claims.claims_over_time(frames.estimates, frames.articles), top=_CLAIMS_SHOWN)
    for r in view["revisions"]:
        steps = r["sequence"].split(claims.ARROW)
        r["shown"] = claims.ARROW.join((["…"] if len(steps) > _TRAIL_SHOWN else []) + steps[-_TRAIL_SHOWN:])
    for d in view["disagreements"]:
        low, high = d["entries"][0], d["entries"][-1]
        d["range"] = f"{low.claimant} {low.figure} to {high.claimant} {high.figure}"
    return view


def _leading_themes(frames) -> list[dict]:
    if len(frames.theme_rates):
        hits = frames.theme_rates.groupby("theme", observed=True)["hits"].sum()
    else:
        hits = frames.themes.groupby("theme", observed=True).size()
    hits = hits[hits > 0].sort_values(ascending=False, kind="stable").head(_THEMES_SHOWN)
    words = int(frames.articles["n_words"].sum())
    return [
        {"theme": theme, "hits": int(n), "rate": number(n * 1000 / words, 1) if words else ""}
        for theme, n in hits.items()
    ]


def noted_articles(articles: pd.DataFrame) -> dict:
    """The articles that carry a note, for the index: those cut short first.

    Returns
    -------
    dict
        ``n_noted``: articles with a note; ``n_stopped``: of them, those
        whose extraction ran over its time budget; ``n_failed``: those whose
        extraction failed; ``noted``: up to :data:`NOTED_LISTED` of them,
        each a dict of ``title``, ``path`` and ``note``, the stopped and
        failed first, then in the order of the frame.
    """
    if "notes" not in articles or not len(articles):
        return {"n_noted": 0, "n_stopped": 0, "n_failed": 0, "noted": []}
    notes = articles["notes"].fillna("").astype(str)
    with_note = articles[notes != ""]
    notes = notes[notes != ""]
    stopped = notes.str.contains(STOPPED_NOTE, regex=False)
    failed = notes.str.contains(FAILED_NOTE, regex=False)
    order = (~(stopped | failed)).astype(int).sort_values(kind="stable").index
    listed = with_note.loc[order].head(NOTED_LISTED)
    return {
        "n_noted": len(with_note),
        "n_stopped": int(stopped.sum()),
        "n_failed": int(failed.sum()),
        "noted": [
            {"title": _text(title, "(untitled)"), "path": _text(path), "note": note}
            for title, path, note in zip(listed["title"], listed["path"], notes.loc[listed.index])
        ],
    }


def corpus_summary(frames) -> dict:
    """Articles, date span, outlets, rejected files and articles with a note, for the index."""
    arts = frames.articles
    dates = arts["published"].dropna()
    span = ""
    if len(dates):
        lo, hi = _day(dates.min()), _day(dates.max())
        span = lo if lo == hi else f"{lo} to {hi}"
    outlets = arts["source"].fillna("").replace("", "outlet unknown").value_counts()
    return {
        "n_articles": len(arts),
        "span": span,
        "undated": int(arts["published"].isna().sum()),
        "outlets": list(outlets.items()),
        "rejected": list(frames.rejected[["path", "reason"]].itertuples(index=False, name=None)),
        **noted_articles(arts),
    }


def changes_since(frames, previous, previous_id: str | None) -> dict:
    """New articles, figures and quotes compared with the previous brief's frames.

    Parameters
    ----------
    frames : dossier.notebook.Frames
        This brief's frames.
    previous : dossier.notebook.Frames or None
        The previous successful brief's frames; None when there is none.
    previous_id : str or None
        Its run id.

    Returns
    -------
    dict
        ``previous`` (run id or None) and lists ``articles``, ``figures`` and
        ``quotes`` of what ``previous`` lacks (the first
        :data:`CHANGES_LISTED` of each; ``n_articles``, ``n_figures`` and
        ``n_quotes`` count them all; ``claimant_notes`` explain the listed
        figures' claimants that need it).  A figure is the same when its
        article, category, wording and claimant are; a quote when its article
        and words are.
    """
    if previous is None:
        return {"previous": None, "articles": [], "figures": [], "quotes": [], "claimant_notes": [], "n_articles": 0, "n_figures": 0, "n_quotes": 0}
    titles = _titles(frames)
    published = dict(zip(frames.articles["article_id"], frames.articles["published"]))
    arts = frames.articles[~frames.articles["article_id"].isin(set(previous.articles["article_id"]))]
    fig_key = ["article_id", "category", "quantity_text", "claimant"]
    figs = _not_in(frames.estimates, previous.estimates, fig_key)
    quotes = _not_in(frames.quotes, previous.quotes, ["article_id", "text"])
    # Latest first, so that a long list shows the newest where it is cut.
    arts = arts.sort_values("published", ascending=False, na_position="last", kind="stable")
    figs, quotes = (
        df.assign(_published=df["article_id"].map(published)).sort_values("_published", ascending=False, na_position="last", kind="stable")
        for df in (figs, quotes)
    )
    return {
        "previous": previous_id,
        "n_articles": len(arts),
        "n_figures": len(figs),
        "n_quotes": len(quotes),
        "articles": [
            {"article_id": a.article_id, "title": _text(a.title, "(no title)"), "source": _text(a.source, "outlet unknown"), "published": _day(a.published)}
            for a in arts.head(CHANGES_LISTED).itertuples()
        ],
        "figures": [
            {"category": str(f.category), "quantity_text": f.quantity_text, "claimant": _text(f.claimant, _UNNAMED_CLAIMANT),
             "title": titles.get(f.article_id, ""), "published": _day(published.get(f.article_id))}
            for f in figs.head(CHANGES_LISTED).itertuples()
        ],
        # "unattributed reports" is right but needs saying where it appears.
        "claimant_notes": labels.claimant_notes(figs.head(CHANGES_LISTED)["claimant"].dropna()),
        "quotes": [
            {"speaker": _text(q.speaker, "speaker not named"), "text": q.text, "channel": _text(q.channel),
             "title": titles.get(q.article_id, ""), "published": _day(published.get(q.article_id))}
            for q in quotes.head(CHANGES_LISTED).itertuples()
        ],
    }


def _not_in(df: pd.DataFrame, old: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    def keys(frame):
        return frame[key].astype("str").fillna("").apply(tuple, axis=1) if len(frame) else pd.Series([], dtype=object)

    return df[~keys(df).isin(set(keys(old))).to_numpy()] if len(df) else df
