# Lagebild — the two everyday commands are `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test lint install model serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

## site: generate docs/ from content/ and build the static site into site/
site: $(VENV)/.installed
	$(BIN)/python -m generator build
	$(BIN)/mkdocs build --strict

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve

## test: install test extras (and Chromium for the browser tests), lint, run the suite
test: $(VENV)/.installed-test
	bash scripts/ensure-chromium.sh
	$(BIN)/ruff check generator tests benchmarks training
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check generator tests benchmarks training

## model: retrain the shipped German pipeline from ../shared/data/corpora (background job,
## about an hour on 2 cores: tok2vec pretraining, then convert → train → final → assemble)
model: $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -e ".[test,training]"
	mkdir -p training/output
	nohup sh -c '$(BIN)/python -m training.pretrain && $(BIN)/python -m training.build_model' \
		> training/output/train.log 2>&1 &
	@echo "training in the background; follow training/output/train.log"

clean:
	rm -rf site .cache .pytest_cache
