# Wijkplein: two commands on a fresh machine.
#   make run   — install into .venv, migrate, load the demo data, serve on http://127.0.0.1:8000
#   make test  — install what the tests need (Python packages, Debian's Chromium) and run the suite
#   make check — ruff, migrations up to date, check --deploy with production settings
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test install install-test system-deps system-test-deps system-redis system-bench-deps migrate demo serve messages check e2e bench bench-served clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml examples/wijkplein-agenda/pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/pip install --quiet -e examples/wijkplein-agenda
	touch $@

install: $(VENV)/.installed system-deps

install-test: $(VENV)/.installed-test system-deps system-test-deps

# GDAL/GEOS: django-leaflet's admin imports GeoDjango, which loads these libraries at start-up
# (the social map's map widget). Debian's libgdal32 brings GEOS along.
system-deps:
	@if ! ldconfig -p 2>/dev/null | grep -q libgdal; then \
		echo "Installing Debian's libgdal32 (GDAL/GEOS for the map widget)…"; \
		if [ "$$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libgdal32 >/dev/null; \
	fi

# Debian's Chromium for the browser journeys (Playwright drives it; no browser download), and
# Debian's redis-server for the chat's Redis tests (they start their own server on loopback: no
# service is enabled or started here).
system-test-deps: system-redis
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests…"; \
		if [ "$$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

system-redis:
	@if ! command -v redis-server >/dev/null 2>&1; then \
		echo "Installing Debian's redis-server for the chat's Redis tests and benchmark…"; \
		if [ "$$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; \
	fi

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo

serve: install
	$(PY) manage.py runserver $(HOST):$(PORT)

run: demo serve

test: install-test
	$(BIN)/pytest $(PYTEST_ARGS)

e2e: install-test
	$(BIN)/pytest -m e2e $(PYTEST_ARGS)

check: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	DEBUG=false SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=wijkplein.example $(PY) manage.py check --deploy --fail-level WARNING

# Regenerate the translation catalogues after changing UI strings (needs GNU gettext).
messages: install
	$(PY) manage.py makemessages -l nl -l en --no-obsolete --ignore=.venv --ignore=tests --ignore=var --ignore=bench
	# msgmerge guesses "fuzzy" translations from similar strings; they are often wrong, so
	# empty them: the catalogue test then names every entry that still needs a Dutch text.
	msgattrib --clear-fuzzy --empty -o community/locale/nl/LC_MESSAGES/django.po community/locale/nl/LC_MESSAGES/django.po
	$(PY) manage.py compilemessages --ignore=.venv

# Debian's wrk drives the served benchmarks (bench/served.py) on loopback; gunicorn comes with the
# bench extra. Nothing is enabled or started here.
system-bench-deps:
	@if ! command -v wrk >/dev/null 2>&1; then \
		echo "Installing Debian's wrk for the served benchmarks…"; \
		if [ "$$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq wrk >/dev/null; \
	fi

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e ".[test,bench]"
	touch $@

bench: $(VENV)/.installed-bench system-deps system-redis system-bench-deps
	$(PY) bench/run.py
	$(PY) bench/socialmap.py
	$(PY) bench/chat.py
	$(PY) bench/served.py matching
	$(PY) bench/served.py mailbox

# The site served the way it runs (gunicorn, 2 workers) and driven with wrk: BENCH_ARGS="--server asgi --seconds 10".
BENCH_ARGS ?=
bench-served: $(VENV)/.installed-bench system-deps system-bench-deps
	$(PY) bench/served.py matching $(BENCH_ARGS)
	$(PY) bench/served.py mailbox $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var
