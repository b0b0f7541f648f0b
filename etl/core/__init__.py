"""The Dagster-free core: decoding, parsing, cleaning, extraction and normalisation over plain data."""
