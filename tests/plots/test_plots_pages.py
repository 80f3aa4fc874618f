"""Charts of claims over time and of relayed quotes: title, axis labels with units, a source line, and what they draw."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from dossier.plots import claims as claim_plots  # noqa: E402
from dossier.plots import relays as relay_plots  # noqa: E402
from dossier.tables import claims as C  # noqa: E402
from dossier.tables import relays as R  # noqa: E402
from hand_frames import FULL, HUR, NIS, build, figure, frames, quote  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _source_line(ax) -> str:
    return " ".join(t.get_text() for t in ax.texts if t.get_text().startswith("Source"))


def _claims():
    est, articles = frames(
        [
            figure("a1", "2024-10-18", "about 10,000", 10000.0, 10000.0, "approximate", NIS),
            figure("a2", "2024-11-20", "some 11,000", 11000.0, 11000.0, "approximate", NIS),
            figure("a3", "2024-12-02", "12,000", 12000.0, 12000.0, "exact", HUR),
            figure("a4", "2025-01-13", "around 13,000", 13000.0, 13000.0, "approximate", NIS),
            figure("a5", "2025-02-01", "up to 70%", np.nan, 70.0, "upper_bound", None, category="share_percent", subtype="artillery_shells"),
        ]
    )
    return C.claims_over_time(est, articles)


def test_claims_chart_has_its_title_units_source_and_revisions():
    fig, ax = plt.subplots()
    out = claim_plots.claims_over_time(_claims(), "Troops", ax=ax)
    assert out is ax
    assert ax.get_title() == "Troops: each claimant's figures over time"
    assert ax.get_xlabel() == "Publication date of the article" and ax.get_ylabel() == "Troops (count)"
    assert _source_line(ax) == "Source: dossier, 4 figures from 4 articles; 2 revisions by a claimant of its own figure"
    changes = sorted(t.get_text() for t in ax.texts if t.get_text().startswith(("+", "−")))
    assert changes == ["+1,000", "+2,000"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:2] == [NIS, HUR] and "spread between claimants" in legend
    # The spread band spans 11,000 to 12,000 once HUR has spoken.
    band = ax.collections[0].get_paths()[0].vertices
    assert band[:, 1].min() == 11000.0 and band[:, 1].max() == 13000.0


def test_claims_chart_of_figures_apart_by_a_hundredfold_is_log():
    est, articles = frames([
        figure("a1", "2025-01-01", "11,000", 11000.0, 11000.0, "exact", NIS),
        figure("a2", "2025-02-01", "1.2 million", 1.2e6, 1.2e6, "exact", HUR),
    ])
    fig, ax = plt.subplots()
    claim_plots.claims_over_time(C.claims_over_time(est, articles), "Troops", ax=ax)
    assert ax.get_yscale() == "log" and ax.get_ylabel() == "Troops (count, log scale)"


def test_claims_chart_of_a_share_is_in_percent():
    fig, ax = plt.subplots()
    claim_plots.claims_over_time(_claims(), "Share of a total: of artillery shells", ax=ax)
    assert ax.get_ylabel() == "Share of a total: of artillery shells (percent)"


def test_claims_chart_without_figures_says_so():
    fig, ax = plt.subplots()
    claim_plots.claims_over_time(_claims(), "Missiles", ax=ax)
    assert [t.get_text() for t in ax.texts] == ["No dated figures of missiles"]
    assert ax.get_title() == "Missiles: each claimant's figures over time"


def _relayed():
    rows = [quote("kcna", FULL, "k1"), quote("yon", FULL, "k1"), quote("reu", "soldiers who fought in Kursk are heroes", "k1"),
            quote("tass", FULL, "k1"), quote("undated", FULL, "k1")]
    articles = [("tass", "TASS", "2025-05-07", "t"), ("reu", "Reuters", "2025-05-03", "t"), ("yon", "Yonhap", "2025-05-01", "t"),
                ("kcna", "KCNA", "2025-04-30", "t"), ("undated", "AP", None, "t")]
    return R.relays(*build(rows, articles))


def test_relay_chart_puts_each_later_outlet_at_its_lag():
    fig, ax = plt.subplots()
    out = relay_plots.relay_lags(_relayed(), ax=ax)
    assert out is ax
    assert ax.get_title().startswith("How quoted words travel")
    assert ax.get_xlabel() == "Days after the first article carrying the words"
    assert ax.get_ylabel() == "Quote (speaker), and the outlet that carried it first"
    assert _source_line(ax) == "Source: dossier, 1 quote carried by 4 articles; 1 undated article(s) not shown; ◆ the first article, ● each later one"
    first, later = ax.collections[0], ax.collections[1]
    assert first.get_offsets()[:, 0].tolist() == [0.0]
    assert later.get_offsets()[:, 0].tolist() == [1.0, 3.0, 7.0]
    np.testing.assert_allclose(later.get_array(), [1.0, 7 / 15, 1.0])
    names = {t.get_text() for t in ax.texts}
    assert {"Yonhap", "Reuters", "TASS"} <= names and "AP" not in names
    assert [t.get_text() for t in ax.get_yticklabels()] == ["“the brave soldiers who fought in Kursk are he…” (Kim Jong Un), first in KCNA"]
    assert ax.get_xscale() == "linear"


def test_relay_chart_height_grows_with_the_quotes_charted_up_to_its_top():
    one = relay_plots.relay_lags_height(_relayed())
    assert relay_plots.relay_lags_height(_relayed().iloc[0:0]) == one  # a chart that says "no quote" keeps a row
    many = pd.concat([_relayed().assign(quote_key=f"k{i}") for i in range(20)])
    assert relay_plots.relay_lags_height(many) == relay_plots.relay_lags_height(many, top=12) > one
    assert relay_plots.relay_lags_height(many, top=20) > relay_plots.relay_lags_height(many)


def test_relay_chart_of_lags_from_days_to_years_is_log_beyond_a_day():
    rows = [quote("kcna", FULL, "k1"), quote("yon", FULL, "k1"), quote("late", FULL, "k1")]
    articles = [("kcna", "KCNA", "2024-01-01", "t"), ("yon", "Yonhap", "2024-01-02", "t"), ("late", "38 North", "2025-06-01", "t")]
    fig, ax = plt.subplots()
    relay_plots.relay_lags(R.relays(*build(rows, articles)), ax=ax)
    assert ax.get_xscale() == "symlog" and "log scale" in ax.get_xlabel()
    assert ax.collections[1].get_offsets()[:, 0].tolist() == [1.0, 517.0]


def test_relay_chart_without_relays_says_so():
    fig, ax = plt.subplots()
    relay_plots.relay_lags(_relayed().iloc[0:0], ax=ax)
    assert [t.get_text() for t in ax.texts] == ["No quote carried by more than one dated article"]
