"""The review desk: a Textual terminal UI over the service API (``factcheck review``)."""
