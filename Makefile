# Two commands do all set-up on a fresh Debian/Ubuntu machine:
#   make run    the wizard in practice mode, on the built-in replica site
#   make test   the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
APP_STAMP := $(VENV)/.installed-app

.PHONY: run test test-fast test-package package lint format bench screenshots translations translations-update system-deps browser clean

run: system-deps $(APP_STAMP) translations
	$(BIN)/optout-wizard --practice

# One test worker per core (at most 4): most tests wait on a browser, not the CPU.
TEST_WORKERS ?= auto
test: system-deps $(STAMP) browser translations
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --maxprocesses 4 --dist worksteal --durations 25 $(PYTEST_ARGS)

# Compiled translations (.qm) from the .ts sources; never committed, always rebuilt.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
translations: $(QM)
resources/translations/%.qm: resources/translations/%.ts $(APP_STAMP)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing user-facing text: new strings appear unfinished in the .ts files.
translations-update: $(STAMP)
	LUPDATE=$(BIN)/pyside6-lupdate scripts/update-translations.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The fast lane: the tests that need no Qt window and no browser, in seconds.
test-fast: $(STAMP) translations
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --maxprocesses 4 -m "not gui and not browser" --durations 10 $(PYTEST_ARGS)

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

system-deps:
	@scripts/install-system-deps.sh

# The app alone for `make run`; the test tools on top for everything else.
$(APP_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version 2>&1))." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(STAMP): $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

# A browser for Playwright: a headless shell or Chrome/Chromium when present, else
# Playwright's own headless shell (the smaller download).
browser: $(STAMP)
	@$(BIN)/python -m wizard.check.browsers || $(BIN)/python -m playwright install --only-shell chromium

# The desktop bundle (PyInstaller, one folder), and proof that it works.
PACKAGE_STAMP := $(VENV)/.package-tools
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@touch $@

# dist/optout-wizard/ (trimmed), its tar.xz and, on Debian/Ubuntu, the .deb. Always
# from a clean PyInstaller cache: it judges a module unchanged by its file's time, and
# a file restored with an older time (git stash) was shipped stale.
package: system-deps $(PACKAGE_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/pyinstaller/optout-wizard.spec
	$(BIN)/python packaging/linux/build.py dist/optout-wizard

# The bundle's self-check here, then the .deb on a clean Debian 12 machine (a cached
# minbase root, entered as a normal user: see packaging/linux/test-clean-machine.sh).
test-package: package
	QT_QPA_PLATFORM=offscreen dist/optout-wizard/optout-wizard --self-check
	packaging/linux/test-clean-machine.sh dist/optout-wizard_$$($(BIN)/python -c 'import wizard; print(wizard.__version__)')_amd64.deb

# Figures against a bare floor measured in the same run; median of REPEAT runs.
REPEAT ?= 5
bench: system-deps $(STAMP) browser translations
	$(BIN)/python -m benchmarks --repeat $(REPEAT)

screenshots: $(STAMP)
	@for lang in en de; do \
	  if command -v xvfb-run >/dev/null; then \
	    xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python scripts/screenshots.py --lang $$lang; \
	  else \
	    QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py --lang $$lang; \
	  fi || exit 1; \
	done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
