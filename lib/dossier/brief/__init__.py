"""The HTML brief: ``build`` (parameters, notebook runs, run folder), ``html`` (pages, index) and ``templates/``."""
