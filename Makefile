# Two commands do all set-up on a fresh machine with Python 3.11+ and pip:
#   make run    set up, then open the app on a ready demo workshop
#   make test   set up, then run the whole test suite (ruff, import-linter, pytest)
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
DEMO := build/demo.crmw
# Never download a Python interpreter: use the one this machine has.
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test lint pytest bench assets translations setup clean bundle bundle-check

setup: $(VENV)/.synced

$(UV):
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --target $(TOOLS) uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

$(DEMO): | $(VENV)/.synced
	mkdir -p $(dir $(DEMO))
	$(VENV)/bin/crm-workshop demo $(DEMO)

run: $(VENV)/.synced $(DEMO)
	$(VENV)/bin/crm-workshop $(DEMO)

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

pytest: $(VENV)/.synced
	$(VENV)/bin/python -m pytest -q

test: lint pytest

# Regenerate what is compiled from ui/ (Designer forms); the suite checks it is fresh.
assets: $(VENV)/.synced
	$(VENV)/bin/python packaging/build_assets.py

# Refresh resources/i18n/*.ts from the code (new texts arrive unfinished) and compile
# the .qm files the app loads; translate with .venv/bin/pyside6-linguist.
translations: $(VENV)/.synced
	$(VENV)/bin/python packaging/build_assets.py --translations

bench: $(VENV)/.synced
	$(VENV)/bin/python tests/benchmarks.py

# The desktop app as a one-folder bundle in dist/crm-workshop/ (docs/packaging.md).
bundle: $(VENV)/.synced
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/crm_workshop.spec

# Build the bundle, then run it headless from a non-ASCII path (packaging/smoke_test.py).
bundle-check: bundle
	$(VENV)/bin/python packaging/smoke_test.py dist/crm-workshop

clean:
	rm -rf $(VENV) $(TOOLS) build dist
