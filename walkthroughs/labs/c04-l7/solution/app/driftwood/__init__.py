"""Driftwood: a small bookmark-sharing app, used as the running example of the Docker course."""
