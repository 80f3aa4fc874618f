# dossier: `make brief` sets up and renders the brief of seeds/; `make test` sets up and runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLES ?= seeds/
OUT ?= outputs

.DEFAULT_GOAL := help
.PHONY: help setup brief test lab bench lock readme accuracy clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

setup: $(STAMP) ## create .venv with the pinned dependencies of requirements.lock

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $@

brief: setup ## render the brief of ARTICLES (default seeds/) into OUT (default outputs/)
	$(BIN)/dossier brief $(ARTICLES) --out $(OUT)

test: setup ## run the test suite (notebooks and the brief included)
	$(BIN)/python -m pytest

lab: setup ## open JupyterLab on notebooks/ with a kernel that imports dossier
	cd notebooks && ../$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root)

bench: setup ## run the benchmarks in benchmarks/ and print their figures
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[bench]'
	$(BIN)/python benchmarks/estimates.py
	$(BIN)/python benchmarks/link_keys.py
	$(BIN)/python benchmarks/brief.py
	$(BIN)/python benchmarks/scale.py --sizes 1000 10000

lock: ## re-pin requirements.lock from a fresh environment (then commit it)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet -e '.[test,bench]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^-e' > requirements.lock
	rm -rf .lock-venv

readme: setup ## rewrite README.md's data dictionary from lib/dossier/schema.py
	$(BIN)/python -c "from dossier.schema import update_readme; update_readme('README.md')"

accuracy: setup ## score tests/gold, rewrite README.md's Accuracy section and data/accuracy.json
	$(BIN)/python -m dossier.evaluate.publish README.md tests/gold

clean: ## remove the virtual environment and caches (outputs/ is kept)
	rm -rf $(VENV) .pytest_cache .hypothesis lib/*.egg-info
