"""Kabar's Dagster definitions, one folder per concern, loaded by `etl/definitions.py`."""
