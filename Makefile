# The two commands a new user needs: `make run` and `make test`. Everything else is bootstrap.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test quick lint messages bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m jobsfez.dev run

lint: $(STAMP)
	$(BIN)/ruff check src workers tests bench migrations
	$(BIN)/ruff format --check src workers tests bench migrations
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

# what `make test` runs but the slow fault-injection test, which CI still runs
quick: $(STAMP) lint
	$(BIN)/python -m pytest -q -m "not slow"

messages: $(STAMP)
	$(BIN)/python -m jobsfez.dev.messages

bench: $(STAMP)
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .jobsfez .pytest_cache .mypy_cache .ruff_cache
