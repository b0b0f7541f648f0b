"""The warehouse room: DuckDB (or DuckLake) access, migrations, the schema check and the shared batch loop."""
