"""Column names, dtypes and meanings of every frame dossier produces.

Declared once here so that the extractors, the README's data dictionary and
the tests cannot disagree (``tests/test_schema.py`` checks the README).
Small fixed vocabularies are categorical, with one dtype per vocabulary
shared by every frame that uses it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

# The frames of one extraction, in the order they are written and listed.
FRAME_NAMES = ("articles", "sentences", "estimates", "quotes", "themes", "theme_rates", "entities", "tone")

DATE_BASIS = pd.CategoricalDtype(["front_matter", "manifest", "text", "unknown"])
HEDGE = pd.CategoricalDtype(
    ["exact", "approximate", "lower_bound", "upper_bound", "range", "vague"]
)
CATEGORY = pd.CategoricalDtype(
    [
        "troops",
        "casualties",
        "strike_casualties",
        "artillery_shells",
        "missiles",
        "rockets",
        "artillery_systems",
        "shipments",
        "share_percent",
        "other",
    ]
)
QUOTE_KIND = pd.CategoricalDtype(["statement", "fragment"])
CHANNEL_BASIS = pd.CategoricalDtype(["sentence", "paragraph", "article"])
VOICE = pd.CategoricalDtype(["state", "reporting"])
ENTITY_KIND = pd.CategoricalDtype(
    ["person", "organisation", "state", "place", "weapon system"]
)


@dataclass(frozen=True)
class Column:
    name: str
    dtype: object
    meaning: str


def _c(name, dtype, meaning):
    return Column(name, dtype, meaning)


_SPAN = [
    _c("article_id", "str", "Stable id of the article (see articles.article_id)."),
    _c("sentence", "int64", "Index of the sentence within the article (sentences.sentence)."),
    _c("start", "int64", "Character offset where the span starts in articles.text."),
    _c("end", "int64", "Character offset where the span ends: text[start:end] is the span."),
]

FRAMES: dict[str, list[Column]] = {
    "articles": [
        _c("article_id", "str", "16 hex digits of the SHA-256 of the normalised body text; the same text always gets the same id."),
        _c("path", "str", "File the article was read from (with #N for the N-th record of a JSON file)."),
        _c("title", "str", "Headline, from front matter, the folder's manifest, or the text's headline block."),
        _c("standfirst", "str", "Summary line under the headline, when the page has one."),
        _c("source", "str", 'Outlet that published the article; for wire copy that arrives without it, the one its dateline credits ("SEOUL, May 2 (Yonhap) --").'),
        _c("author", "str", "Byline."),
        _c("published", "datetime64[ns]", "Publication date; NaT when unknown."),
        _c("date_basis", DATE_BASIS, "Where published came from: front_matter, manifest, text or unknown."),
        _c("url", "str", "Address of the original page, when known."),
        _c("text", "str", "Body text, NFC-normalised, page furniture and headings removed, paragraphs separated by a blank line."),
        _c("headings", "str", "In-body section headings and run-in leads taken out of the text, one per line."),
        _c("heading_offsets", "str", "Where each line of headings stood: the character offset in text of the paragraph it headed (a run-in lead's own paragraph; the text's length after the last), one per line in the order of headings."),
        _c("notes", "str", "Warnings raised while reading (encoding guessed, front matter ignored, ...) or extracting (an extractor failed on it)."),
        _c("n_words", "int64", "Number of words in text."),
        _c("sha256", "str", "SHA-256 of the source bytes (the file, or the JSON record), for provenance."),
    ],
    "rejected": [
        _c("path", "str", "File or record that could not be read."),
        _c("reason", "str", "Why it was not read."),
    ],
    "sentences": [
        _c("article_id", "str", "Article the sentence belongs to."),
        _c("paragraph", "int64", "Index of the paragraph within the article, from 0."),
        _c("sentence", "int64", "Index of the sentence within the article, from 0."),
        _c("start", "int64", "Character offset of the sentence in articles.text."),
        _c("end", "int64", "End offset: articles.text[start:end] is the sentence."),
        _c("text", "str", "The sentence."),
    ],
    "estimates": [
        *_SPAN[:2],
        _c("start", "int64", "Character offset of the quantity in articles.text."),
        _c("end", "int64", "End offset of the quantity: text[start:end] is quantity_text."),
        _c("quantity_text", "str", "The quantity as written, with its hedge (\"more than 4,000\")."),
        _c("low", "float64", "Lowest value the claim allows; NaN when it sets no lower bound."),
        _c("high", "float64", "Highest value the claim allows; NaN when it sets no upper bound."),
        _c("hedge", HEDGE, "exact, approximate, lower_bound, upper_bound, range or vague."),
        _c("category", CATEGORY, "What is counted: troops, casualties, strike_casualties, artillery_shells, missiles, rockets, artillery_systems, shipments, share_percent, other."),
        _c("subtype", "str", "Finer kind within the category (engineers, reinforcements: troops added to a deployment, killed_or_wounded, ...)."),
        _c("item", "str", "Named weapon system counted (KN-23, ...), when one is named."),
        _c("claimant", "str", "Who makes the claim, normalised through data/claimants.csv; empty when the article asserts it."),
        _c("claimant_text", "str", "The claimant as written in the article."),
        _c("claimant_via", "str", "Who passes the claimant's figure on (lawmakers briefed by the NIS, a newspaper citing officials), normalised like claimant; empty when the claimant is quoted directly."),
        _c("published", "datetime64[ns]", "Publication date of the article."),
    ],
    "quotes": [
        _c("quote_id", "str", "Stable id of the quote: article_id and its index in the article."),
        *_SPAN[:2],
        _c("start", "int64", "Character offset of the quoted words in articles.text (inside the marks)."),
        _c("end", "int64", "End offset of the quoted words."),
        _c("text", "str", "The quoted words; the parts of a statement split by its attribution are joined."),
        _c("n_words", "int64", "Number of words quoted."),
        _c("kind", QUOTE_KIND, "statement (a clause or more) or fragment (a phrase inside the writer's sentence)."),
        _c("speaker", "str", "Who spoke, normalised through data/speakers.csv."),
        _c("speaker_text", "str", "The speaker as written."),
        _c("cue", "str", "The verb that attributes the quote (said, added, ...)."),
        _c("channel", "str", "Medium the words reach us through (KCNA, Rodong Sinmun, TASS, ...); empty when none is stated."),
        _c("channel_basis", CHANNEL_BASIS, "How the channel is known: sentence, paragraph or article; empty when no channel."),
        _c("via_kcna", "bool", "True when the channel is KCNA."),
        _c("via_dprk_state_media", "bool", "True when the channel is a DPRK state medium: KCNA, Rodong Sinmun, Korean Central Television … or one unnamed (`DPRK state media`)."),
        _c("quote_key", "str", "Key shared by the same words quoted in several articles (fuzzy match)."),
    ],
    "themes": [
        *_SPAN,
        _c("theme", "str", "Theme of the lexicon (data/themes.csv or the analyst's own)."),
        _c("term", "str", "Lexicon term that matched."),
        _c("voice", VOICE, "state when inside a quote of a DPRK or Russian official or state body, or in an article a DPRK or Russian state medium published; else reporting."),
    ],
    "theme_rates": [
        _c("article_id", "str", "Article."),
        _c("theme", "str", "Theme."),
        _c("voice", VOICE, "state or reporting."),
        _c("hits", "int64", "Number of hits of the theme in that voice."),
        _c("n_words", "int64", "Words in the article."),
        _c("per_1000_words", "float64", "Hits per 1,000 words of the article."),
    ],
    "entities": [
        *_SPAN,
        _c("entity", "str", "Canonical name from data/actors.csv."),
        _c("kind", ENTITY_KIND, "person, organisation, state, place or weapon system."),
        _c("surface", "str", "The mention as written."),
    ],
    "tone": [
        _c("article_id", "str", "Article."),
        _c("sentence", "int64", "Sentence index."),
        _c("voice", VOICE, "state for the words of a state quote in the sentence (all of a sentence of a DPRK or Russian state medium's article), reporting for the rest."),
        _c("n_words", "int64", "Words scored."),
        _c("compound", "float64", "VADER compound score, -1 (negative) to +1 (positive)."),
    ],
}


def columns(frame: str) -> list[str]:
    """Column names of ``frame``, in order."""
    return [c.name for c in FRAMES[frame]]


def empty(frame: str) -> pd.DataFrame:
    """An empty frame with the declared columns and dtypes."""
    return conform(pd.DataFrame({c: [] for c in columns(frame)}), frame)


# Columns added since stores were first written: a store written before them reads them as missing values.
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {"articles": ("heading_offsets",)}


def conform(df: pd.DataFrame, frame: str) -> pd.DataFrame:
    """Return ``df`` with exactly the declared columns, in order, cast to their dtypes.

    Raises
    ------
    KeyError
        If ``df`` lacks a declared column: an extractor that drifts from the
        schema should fail loudly, not write a frame the README misdescribes.
    """
    missing = [c for c in columns(frame) if c not in df.columns]
    if missing:
        raise KeyError(f"{frame} frame lacks columns {missing}")
    out = {}
    for col in FRAMES[frame]:
        s = df[col.name]
        if col.dtype == "datetime64[ns]":
            s = pd.to_datetime(s).astype("datetime64[ns]")
        elif col.dtype == "bool":
            # A missing value is False; filling a float column (all missing) with False is deprecated in pandas.
            s = s.astype(object).where(s.notna(), False).astype(bool)
        elif not _same_dtype(s.dtype, target := _resolved(col.dtype)):
            if isinstance(s.dtype, pd.CategoricalDtype) and isinstance(target, pd.CategoricalDtype):
                # astype keeps the categories' order when only that differs.
                s = s.cat.set_categories(target.categories, ordered=target.ordered)
            else:
                s = s.astype(target)
        # Positional, so a slice of a bigger frame (index not from 0) keeps its rows.
        out[col.name] = s.reset_index(drop=True)
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)))


_RESOLVED: dict = {}


def _resolved(dtype):
    # Resolving a dtype's name ("str", "int64") costs more than most casts of
    # a partition's columns; the schema names a dozen dtypes in all.
    key = dtype if isinstance(dtype, str) else id(dtype)
    if key not in _RESOLVED:
        _RESOLVED[key] = pd.api.types.pandas_dtype(dtype)
    return _RESOLVED[key]


def _same_dtype(have, want) -> bool:
    """``have`` is ``want``, categories in the same order: an unordered
    CategoricalDtype equals one listing its categories in another order, but
    Parquet parts of one frame must share one dictionary."""
    if have != want:
        return False
    return not isinstance(want, pd.CategoricalDtype) or list(have.categories) == list(want.categories)


def _dtype_name(dtype) -> str:
    if isinstance(dtype, pd.CategoricalDtype):
        return "category"
    return str(dtype)


def data_dictionary() -> str:
    """The README's data dictionary, in Markdown: one table per frame.

    ``python -m dossier.schema`` prints it; ``tests/test_schema.py`` checks
    the README carries exactly this text.
    """
    parts = []
    for frame, cols in FRAMES.items():
        parts.append(f"### `{frame}`\n\n| column | dtype | meaning |\n|---|---|---|")
        parts += [f"| `{c.name}` | {_dtype_name(c.dtype)} | {c.meaning} |" for c in cols]
        parts.append("")
    return "\n".join(parts).strip() + "\n"


_BEGIN, _END = "<!-- data-dictionary:begin -->", "<!-- data-dictionary:end -->"


def update_readme(path) -> None:
    """Rewrite the data dictionary between the README's markers."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(_BEGIN, 1)
    _, tail = rest.split(_END, 1)
    path.write_text(f"{head}{_BEGIN}\n{data_dictionary()}{_END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--update-readme"]:
        update_readme(sys.argv[2])
    else:
        print(data_dictionary(), end="")
