"""What every dossier chart shares: a source line and an empty-data notice."""

from __future__ import annotations

import matplotlib.pyplot as plt


def axes(ax=None):
    """The Axes to draw on: ``ax`` or the current one."""
    return ax if ax is not None else plt.gca()


def source_line(ax, text: str = "Source: dossier extraction from the article corpus"):
    """Write a source line under the chart, so it stands alone when forwarded."""
    # Anchored under the x-axis label, wherever tick labels push it.
    ax.annotate(
        text,
        xy=(0, 0),
        xycoords=("axes fraction", ax.xaxis.label),
        xytext=(0, -6),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=7,
        color="0.4",
    )
    return ax


def no_data(ax, message: str = "No data for these parameters"):
    """Say so on the chart rather than drawing an empty frame of axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax
