# MLOps Study Guide: every command a contributor needs. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum requirements.txt | cut -c1-12)
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

$(STAMP): requirements.txt
	@test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(VENV)/.installed-* && touch $@

.PHONY: help setup serve build test test-unit test-browser lint deploy browser clean

help: ## List every target with what it does
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: $(STAMP) ## Create .venv and install the pinned requirements (other targets do this for you)

serve: $(STAMP) ## Serve the site with live reload on http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(STAMP) ## Build the site into site/ with --strict (any warning fails)
	$(BIN)/mkdocs build --strict

browser: ## Provide Chromium for the browser tests when it is missing
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	else $(BIN)/playwright install chromium; fi

test: $(STAMP) browser ## Run the whole suite: unit, golden, real builds, links, then the browser tests
	$(BIN)/pytest

test-unit: $(STAMP) ## Run only the tests that need no browser
	$(BIN)/pytest -m "not browser"

test-browser: $(STAMP) browser ## Run only the browser tests (Playwright + Chromium, axe-core)
	$(BIN)/pytest -m browser

lint: $(STAMP) ## Check hooks/ and tests/ with ruff and mypy
	$(BIN)/ruff check hooks tests
	$(BIN)/ruff format --check hooks tests
	$(BIN)/mypy hooks tests

deploy: $(STAMP) ## Publish to GitHub Pages with mkdocs gh-deploy (CI deploys main on its own)
	$(BIN)/mkdocs gh-deploy --strict --force

clean: ## Remove the built site and caches
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
