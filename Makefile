# MLOps Study Guide: every command a contributor needs. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
BIN := $(VENV)/bin
REQUIREMENTS := requirements.txt requirements-examples.txt
STAMP := $(VENV)/.installed-$(shell cat $(REQUIREMENTS) | sha1sum | cut -c1-12)
export NO_MKDOCS_2_WARNING := 1
# Bytecode goes to one folder in the venv, not __pycache__/ beside the sources: the tree stays clean
# and no build compiles the hooks again (make bench).
export PYTHONPYCACHEPREFIX := $(CURDIR)/$(VENV)/pycache

$(STAMP): $(REQUIREMENTS)
	@test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check $(addprefix -r ,$(REQUIREMENTS))
	@rm -f $(VENV)/.installed-* && touch $@

.PHONY: help setup serve build offline test test-unit test-browser lint bench audit vendor deploy browser clean

help: ## List every target with what it does
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: $(STAMP) ## Create .venv and install the pinned requirements (other targets do this for you)

serve: $(STAMP) ## Serve the site with live reload on http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(STAMP) ## Build the site into site/ with --strict (any warning fails)
	$(BIN)/mkdocs build --strict

OFFLINE_DIR := mlops-study-guide-offline

offline: $(STAMP) ## Build the offline edition (open it from disk, search included) and zip it
	rm -rf $(OFFLINE_DIR) $(OFFLINE_DIR).zip
	OFFLINE=true $(BIN)/mkdocs build --strict --site-dir $(OFFLINE_DIR)
	$(BIN)/python -m zipfile -c $(OFFLINE_DIR).zip $(OFFLINE_DIR)/
	@echo "Open $(OFFLINE_DIR)/index.html in a browser, or share $(OFFLINE_DIR).zip"

browser: ## Provide Chromium for the browser tests when it is missing
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	else $(BIN)/playwright install chromium; fi

test: $(STAMP) lint browser ## Lint, then the whole suite: unit, golden, real builds, links, then the browser tests
	$(BIN)/pytest

test-unit: $(STAMP) ## Run only the tests that need no browser
	$(BIN)/pytest -m "not browser"

test-browser: $(STAMP) browser ## Run only the browser tests (Playwright + Chromium, axe-core)
	$(BIN)/pytest -m browser

lint: $(STAMP) ## Check hooks/, tests/ and scripts/ with ruff and mypy
	$(BIN)/ruff check hooks tests scripts
	$(BIN)/ruff format --check hooks tests scripts
	$(BIN)/mypy hooks tests scripts

bench: $(STAMP) ## Print glossary hook build times and ratios (~25 min; BENCH_ARGS=--quick: <1 min)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

# Lighthouse and html-validate, pinned in package-lock.json; npm writes its own copy of the lock
# into node_modules, so a changed lock (or no node_modules) reinstalls exactly what it pins.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

# ts-fsrs, the flashcards' scheduler, pinned in package-lock.json: its browser bundle and licence are
# committed under docs/javascripts/vendor/, so the site builds without npm; this target refreshes them.
VENDOR := docs/javascripts/vendor
vendor: node_modules/.package-lock.json ## Copy ts-fsrs's browser bundle and LICENSE into docs/javascripts/vendor/
	@# Without its sourceMappingURL line: the map is not shipped, and a browser would ask for it.
	sed '/^\/\/# sourceMappingURL=/d' node_modules/ts-fsrs/dist/index.umd.js > $(VENDOR)/ts-fsrs.js
	cp node_modules/ts-fsrs/LICENSE $(VENDOR)/ts-fsrs.LICENSE.txt
	@echo "vendored ts-fsrs $$(node -p 'require("./node_modules/ts-fsrs/package.json").version')"

audit: $(STAMP) browser node_modules/.package-lock.json ## Lighthouse budget (mobile, desktop) and html-validate on a strict build (~10 min)
	$(BIN)/python scripts/audit.py $(AUDIT_ARGS)

deploy: $(STAMP) offline ## Publish to GitHub Pages with mkdocs gh-deploy (CI deploys main on its own)
	OFFLINE_ZIP=$(OFFLINE_DIR).zip $(BIN)/mkdocs gh-deploy --strict --force

clean: ## Remove the built site and caches
	rm -rf site $(OFFLINE_DIR) $(OFFLINE_DIR).zip .pytest_cache .mypy_cache .ruff_cache
