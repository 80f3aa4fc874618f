"""Chart helpers: each takes a frame and ``ax=``, draws, and returns the Axes.

None of them shows or saves a figure: the notebook or the brief does that.
Charts with a row per article switch to a row per outlet beyond
:data:`MAX_ROWS` articles; :func:`rows_height` sizes their figure.
"""

from ._style import MAX_ROWS, article_rows, height_for, rows_height

__all__ = ["MAX_ROWS", "article_rows", "height_for", "rows_height"]
