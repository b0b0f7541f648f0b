# Kabar: `make run` (venv, install, pipeline on the sample feed), `make test`, `make ui`, `make bench`, `make report`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WAREHOUSE ?= warehouse/kabar.duckdb
FEED ?= samples/feed

.PHONY: install run test lint ui report bench score clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/kabar run --feed $(FEED) --warehouse $(WAREHOUSE)

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

# The Dagster webserver and daemon (schedules, sensors, queued runs) for the feeds and warehouse of kabar.toml.
ui: $(STAMP)
	$(BIN)/kabar ui

report: $(STAMP)
	$(BIN)/kabar report --warehouse $(WAREHOUSE) --format markdown --fail-on never
	$(BIN)/kabar report --warehouse $(WAREHOUSE) --format html --fail-on never

bench: $(STAMP)
	$(BIN)/python benchmarks/pipeline.py $(BENCH_ARGS)

# Scores a fresh warehouse built from the dev corpus against its gold annotations (needs ../shared).
score: $(STAMP)
	rm -f .bench/dev.duckdb
	$(BIN)/kabar run --quiet --feed ../shared/corpus/dev/raw --warehouse .bench/dev.duckdb
	$(BIN)/python ../shared/eval/score.py --warehouse .bench/dev.duckdb --gold ../shared/corpus/dev/gold \
		--raw ../shared/corpus/dev/raw | tail -n 1

clean:
	rm -rf $(VENV) warehouse/*.dagster warehouse/reports warehouse/data_docs warehouse/*.duckdb warehouse/*.wal \
		.pytest_cache .ruff_cache .bench
