"""Chart helpers: each takes a frame and ``ax=``, draws, and returns the Axes.

None of them shows or saves a figure: the notebook or the brief does that.
"""
