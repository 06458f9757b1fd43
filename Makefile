# One place for the project's commands. `make demo` and `make check` are the two a new user
# needs; both create their own virtual environment in .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: demo check test test-fast test-pure native clean-native lint types system-deps bench bench-large clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,pdf,spark,keyring]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

$(VENV)/.installed-runtime: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

## Set up and run the main job on the bundled demo data (SQLite, no server to start).
demo: $(VENV)/.installed-runtime
	$(BIN)/knowable demo --dir knowable-demo

## Set up and run everything CI runs: lint, types, tests (PostgreSQL, Chromium and Spark
## in local mode included).
## The name matcher is tested in pure Python first, then compiled (mypyc) with everything.
check: $(STAMP) system-deps lint types test-pure native test

system-deps:
	bash scripts/install-system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: $(STAMP)
	$(BIN)/mypy

# Every test, in two processes (pytest-xdist); a test file stays in one process, so a
# module's fixtures (the demo run, the fuzzed API) are built once.
test: $(STAMP)
	KNOWABLE_REQUIRE_POSTGRES=1 KNOWABLE_REQUIRE_SPARK=1 $(BIN)/python -m pytest -n 2 --dist loadfile

## The quick loop while developing: leaves out slow, browser, PostgreSQL and Spark tests
## (`make check` runs them all), one process per core.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n auto -m "not slow and not browser and not postgres and not spark"

# The name matcher, the watchlist detector and the CRM ingest, forced to pure Python (any
# build ignored); `test` then runs them all against the compiled build.
test-pure: $(STAMP)
	KNOWABLE_PURE_PYTHON=1 $(BIN)/python -m pytest -q tests/names tests/detect/test_watchlist*.py tests/detect/test_demo_watchlist.py tests/test_native_ingest.py tests/jobs/test_ingest*.py tests/jobs/test_idtable.py tests/store/test_bulkindex.py tests/sources/test_salesforce*.py tests/sources/test_crm*.py

## Compile knowable.names' and the CRM ingest's hot modules with mypyc, in place (pure Python stays the
## fallback: without a C compiler this warns and succeeds). Rebuilt when a source changes.
NATIVE_SOURCES := $(wildcard src/knowable/names/*.py) src/knowable/native.py src/knowable/timeutil.py src/knowable/jcs.py src/knowable/hashing.py src/knowable/sources/sfid.py src/knowable/sources/csvrows.py src/knowable/sources/crmfields.py src/knowable/sources/salesforce.py src/knowable/store/rowhash.py src/knowable/store/batches.py src/knowable/store/versions.py scripts/build_native.py
native: src/knowable/names/.native-built

src/knowable/names/.native-built: $(STAMP) $(NATIVE_SOURCES)
	$(BIN)/python scripts/build_native.py
	touch $@

clean-native:
	$(BIN)/python scripts/build_native.py --clean
	rm -f src/knowable/names/.native-built

# Every bench at its default sizes (minutes each); `make bench-large` adds the sizes that
# take an hour or more on a shared machine (ingest of 1,000,000 CRM rows).
bench: $(STAMP)
	for b in bench/*_bench.py; do $(BIN)/python $$b || exit 1; done

bench-large: $(STAMP)
	$(BIN)/python bench/ingest_bench.py --large

clean:
	rm -rf $(VENV) src/build src/*__mypyc*.so src/knowable/names/*.so src/knowable/*.so src/knowable/sources/*.so src/knowable/store/*.so src/knowable/names/.native-built knowable-demo .pytest_cache .mypy_cache .ruff_cache test-artifacts
