"""The tables the notebooks and the brief's index show, computed from the frames."""
