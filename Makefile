# Persona Archive. The two commands: `make serve` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: serve site ingest check test lint format clean anchors bench

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements.txt -r requirements-dev.txt
	$(BIN)/pip install --quiet --no-deps --editable .
	touch $(STAMP)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

ingest: $(STAMP)
	$(BIN)/python scripts/ingest.py

serve: ingest
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload \
		--watch sources --watch taxonomy.yml --watch profiles.yml --watch scripts

site: ingest
	$(BIN)/mkdocs build --strict --site-dir site

# The anchor ledger (anchors.lock): record every paragraph id and URL of the pages ingest
# wrote, with aliases and redirects for those that changed. Run after a cleaner or source change.
anchors: ingest
	$(BIN)/python scripts/anchors.py

check: $(STAMP)
	$(BIN)/python scripts/ingest.py --check

test: $(STAMP) node_modules/.installed
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Scale benchmark (issue 7): ingest, build, site and in-browser search at N documents; writes
# bench/latest.json and bench/latest.md. SIZES=100,1000,10000 takes about an hour on 2 cores.
SIZES ?= 100,1000
bench: $(STAMP)
	$(BIN)/python scripts/bench.py --sizes $(SIZES) --profile

clean:
	rm -rf site .cache .pytest_cache .hypothesis
