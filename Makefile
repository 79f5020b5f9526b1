# The two set-up commands (README): `make run` and `make test`. Both build .venv on first use.
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
	$$p -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint venv clean-db population

venv: $(STAMP)

$(STAMP): requirements.txt
	@test -n "$(PYTHON)" || { echo "Python >= 3.11 is required"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

## Migrate, load reference and demo data, print the logins and serve the app.
run: $(STAMP)
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py seed_demo
	@echo
	@echo "  Back office:  http://$(HOST):$(PORT)/admin/"
	@echo "  API docs:     http://$(HOST):$(PORT)/api/docs/"
	@echo "  Login:        admin / $${DEMO_PASSWORD:-ziekenfonds-demo}   (also clerk, manager, bureau, lending, auditor)"
	@echo
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

## The whole test suite. DATABASE_URL / REDIS_URL switch to PostgreSQL and a real Celery worker.
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## The guardrails (issue #14; config in pyproject.toml): lint, formatting, types, import contracts.
lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy && PYTHONPATH=. $(BIN)/lint-imports

## Append generated households for the benchmarks (devtools, dev settings): make population HOUSEHOLDS=50000
HOUSEHOLDS ?= 1000
population: $(STAMP)
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py generate_population --households $(HOUSEHOLDS)

clean-db:
	rm -f db.sqlite3
