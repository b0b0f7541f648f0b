"""Kabar: newsroom-feed ETL and data-quality checker."""

__version__ = "0.1.0"
