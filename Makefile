# One place for the project's commands. `make demo` and `make check` are the two a new user
# needs; both create their own virtual environment in .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: demo check test lint types system-deps bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,pdf]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

$(VENV)/.installed-runtime: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

## Set up and run the main job on the bundled demo data (SQLite, no server to start).
demo: $(VENV)/.installed-runtime
	$(BIN)/knowable demo --dir knowable-demo

## Set up and run everything CI runs: lint, types, tests (PostgreSQL and Chromium included).
check: $(STAMP) system-deps lint types test

system-deps:
	bash scripts/install-system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: $(STAMP)
	$(BIN)/mypy

test: $(STAMP)
	KNOWABLE_REQUIRE_POSTGRES=1 $(BIN)/python -m pytest

bench: $(STAMP)
	for b in bench/*_bench.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) knowable-demo .pytest_cache .mypy_cache .ruff_cache test-artifacts
