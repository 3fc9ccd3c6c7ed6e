# rcgraph — set-up, serve, test. `make serve` and `make test` install what they need.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve test test-external check build install node browser bench clean

$(BIN)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node: node_modules/.installed

# Debian's chromium for the browser tests (no browser download by Playwright).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); }

build: install node
	$(BIN)/rcgraph build --if-empty

serve: build
	$(BIN)/rcgraph serve --host $(HOST) --port $(PORT)

test: install node browser
	$(BIN)/ruff check .
	$(BIN)/pytest
	RCGRAPH_TEST_STORE=oxigraph $(BIN)/pytest -q
	node --test tests/js/

# The whole suite again, its stores on real Oxigraph servers (W3C protocols only).
test-external: install node browser
	RCGRAPH_TEST_STORE=oxigraph $(BIN)/pytest

check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) node_modules data
