# BriefWriter: `make run` opens the app (sets up on first use), `make test` runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)
OUT    ?= out

.PHONY: run setup test lint bench screenshots demo translations update-translations gcm-data wheel bundle test-bundle clean upgrade-deps

run: setup
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BIN)/briefwriter; \
	else \
		echo "No display found: rendering the bundled example instead."; \
		$(BIN)/briefwriter render examples/imrf-2026-migrant-network.brief.yaml -o $(OUT)/example.pdf && \
		echo "Open $(CURDIR)/$(OUT)/example.pdf to see it."; \
	fi

setup: $(STAMP) translations

# The venv gets exactly the versions in constraints.txt (the set the suite passed with);
# pyproject.toml keeps the ranges a wheel's users install from.
$(STAMP): pyproject.toml constraints.txt scripts/system-deps.sh
	PYTHON=$(PYTHON) ./scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Take the newest versions pyproject.toml allows, run every check with them, and keep them
# in constraints.txt only if the checks pass (otherwise the old set is put back).
upgrade-deps:
	rm -rf $(VENV)
	PYTHON=$(PYTHON) ./scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	{ grep '^#' constraints.txt; \
	  $(BIN)/python -m pip freeze --all --exclude-editable | grep -v '^setuptools=='; \
	} > constraints.txt.new
	touch $(STAMP)
	if $(MAKE) test; then mv constraints.txt.new constraints.txt; \
	  echo "constraints.txt updated: review and commit it."; \
	else rm -f constraints.txt.new; rm -rf $(VENV); \
	  echo "The newest versions fail the checks: constraints.txt is unchanged." >&2; exit 1; fi

translations: $(QM)

# Qt's lupdate/lrelease ship inside the PySide6 wheel: found beside PySide6.QtCore, which
# works even where the pyside6-* wrapper scripts do not.  Expanded when a recipe runs.
QT_TOOLS = $(shell $(BIN)/python -c "import os, PySide6.QtCore as q; print(os.path.dirname(q.__file__))")

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(QT_TOOLS)/lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (run after changing UI strings).
update-translations: $(STAMP)
	$(QT_TOOLS)/lupdate -no-obsolete $$(find briefwriter/gui -name '*.py' | sort) briefwriter/core/checks.py briefwriter/core/checks_gcm.py briefwriter/core/check_text.py briefwriter/core/checks_coalition.py briefwriter/core/checks_pledges.py briefwriter/core/checks_safety.py briefwriter/core/i18n.py briefwriter/core/logo.py briefwriter/core/markdown_limits.py briefwriter/core/statement.py -ts $(TS)

test: setup
	$(BIN)/lint-imports
	$(BIN)/ruff check briefwriter tests bench scripts docs hatch_build.py
	$(BIN)/mypy briefwriter/core briefwriter/render
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check briefwriter tests bench scripts docs hatch_build.py
	$(BIN)/mypy briefwriter/core briefwriter/render

bench: setup
	$(BIN)/python bench/bench_render.py
	$(BIN)/python bench/bench_templates.py
	$(BIN)/python bench/bench_packs.py
	$(BIN)/python bench/bench_pdf_structure.py
	$(BIN)/python bench/bench_worker_memory.py
	$(BIN)/python bench/bench_preview_floor.py
	$(BIN)/python bench/bench_cli.py
	$(BIN)/python bench/bench_batch.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_gui.py

demo: setup
	$(BIN)/briefwriter demo -o $(OUT)/demo

screenshots: setup
	PYTHON=$(PYTHON) ./scripts/system-deps.sh --extras
	$(BIN)/python docs/screenshots.py

# Rebuild resources/gcm.json from the reference text of A/RES/73/195.
gcm-data: $(STAMP)
	$(BIN)/python scripts/build_gcm_data.py $(GCM_REFERENCE) resources/gcm.json

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --no-isolation --outdir dist .

# The self-contained Linux bundle (packaging/briefwriter.spec): dist/briefwriter/, a folder
# that runs without Python, and its archive.  test-bundle runs it with the system's python3
# (standard library only) in a fresh folder outside the tree, with a bare environment.
BUNDLE_VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' briefwriter/__init__.py)
BUNDLE_ARCHIVE := dist/briefwriter-$(BUNDLE_VERSION)-linux-$(shell uname -m).tar.gz
SYSTEM_PYTHON  ?= /usr/bin/python3

bundle: $(STAMP) translations
	rm -rf dist/briefwriter build/pyinstaller $(BUNDLE_ARCHIVE)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller \
		--distpath dist packaging/briefwriter.spec
	tar -C dist --sort=name --owner=0 --group=0 --numeric-owner -czf $(BUNDLE_ARCHIVE) briefwriter
	@echo "Built dist/briefwriter/ ($$(du -sh dist/briefwriter | cut -f1)) and $(BUNDLE_ARCHIVE) ($$(du -h $(BUNDLE_ARCHIVE) | cut -f1))."

test-bundle: bundle
	$(SYSTEM_PYTHON) scripts/test_bundle.py $(BUNDLE_ARCHIVE)

clean:
	rm -rf $(VENV) build dist $(OUT) .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm
