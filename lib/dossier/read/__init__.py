"""Reading articles: files and folders in every format into the ``articles`` frame (``corpus``)."""
