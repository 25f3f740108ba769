# Two commands on a fresh machine with Python 3.11 and make:
#   make run    set up .venv, run the pipeline on seeds/ (dvc repro)
#   make test   set up .venv, run the tests
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint format schemas generated dvc.yaml bench lock clean example fuzz

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

run: setup
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/dvc repro
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/dvc metrics show

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check extract tests scripts examples
	$(BIN)/ruff format --check extract tests scripts examples

format: setup
	$(BIN)/ruff format extract tests scripts examples
	$(BIN)/ruff check --fix extract tests scripts examples

example: run
	$(BIN)/python examples/panel_timeline.py --outputs outputs --chart examples/panel_timeline.png

fuzz: setup
	FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest tests/test_fuzz.py -p no:cacheprovider

schemas: setup
	$(BIN)/python -m extract schemas --output schemas

dvc.yaml: setup
	$(BIN)/python -m extract.dvc_yaml

# Files derived from the table registry (a test fails when one is stale).
generated: schemas dvc.yaml

bench: setup
	$(BIN)/python scripts/benchmark.py --pages 2000 --workers 1

lock:
	rm -rf /tmp/lock-venv && $(PYTHON) -m venv /tmp/lock-venv
	/tmp/lock-venv/bin/pip install -q -e ".[dev,examples,ray]"
	echo "# Full pinned dependency set (pip freeze of pyproject.toml [dev,examples,ray]); regenerate with \`make lock\`." > requirements.lock
	/tmp/lock-venv/bin/pip freeze --exclude-editable | grep -v "^-e" >> requirements.lock
	/tmp/lock-venv/bin/pip freeze --all | grep "^setuptools==" >> requirements.lock

clean:
	rm -rf $(VENV) build outputs
