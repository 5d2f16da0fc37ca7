# Two commands: `make run` opens the program, `make test` runs every test.
# Both create a local virtual environment in .venv and install into it first.

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& echo $$p && break; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test bench fuzz corpus clean translations schema icons

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed; none was found." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) -m blueprint blueprint/resources/examples/lost-iphone.as-is.en.blueprint.json

test: $(STAMP)
	$(PY) -m pytest

# The fuzz tests at full size: 10,000 blueprint files, 2,000 CSV files, 1,000 edit sequences
# each saved and reopened (make test runs a few hundred of each).
fuzz: $(STAMP)
	BLUEPRINT_FUZZ=full $(PY) -m pytest tests/fuzz tests/collab/test_shared.py tests/collab/test_relay.py -q

bench: $(STAMP)
	$(PY) -m benchmarks

# The check against the corpus and the examples: expected findings, misses, false alarms
corpus: $(STAMP)
	$(PY) -m blueprint.cli.corpus corpus

# Publish the JSON Schema of both file formats in docs/schema (generated from the models;
# a test fails when these copies are stale).
schema: $(STAMP)
	$(PY) -m blueprint schema blueprint > docs/schema/blueprint.schema.json
	$(PY) -m blueprint schema concept > docs/schema/concept.schema.json

# Render the program's icon (blueprint/resources/icons/blueprint.svg) to its PNG sizes.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m blueprint.ui.base.app_icon

# Re-extract the UI's strings into every resources/translations/blueprint_<lang>.ts and compile
# each to its .qm inside the package (blueprint/resources/translations); a new language: make translations TS=resources/translations/blueprint_fr.ts
# Then the same for the words of the check, the report and the command line (gettext):
# pybabel extracts the templates into build/blueprint.pot, updates every
# blueprint/resources/locale/<lang>/LC_MESSAGES/blueprint.po (a language not there yet is
# created: make translations LOCALES="nl fr de") and compiles each to the .mo the program reads.
TS ?= $(wildcard resources/translations/blueprint_*.ts)
LOCALE_DIR := blueprint/resources/locale
LOCALES ?= $(notdir $(wildcard $(LOCALE_DIR)/*))
POT := build/blueprint.pot
PYBABEL := $(VENV)/bin/pybabel

translations: $(STAMP)
	@for ts in $(TS); do \
		$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files 'blueprint/ui/*.py' 'blueprint/ui/**/*.py' 'blueprint/render/*.py') -ts $$ts \
		&& $(VENV)/bin/pyside6-lrelease $$ts -qm blueprint/resources/translations/$$(basename $${ts%.ts}).qm || exit 1; \
	done
	@mkdir -p build
	$(PYBABEL) --quiet extract -F babel.cfg --no-default-keywords -k say -k template -k plural:1,2 \
		-k plural_template:1,2 --add-location=file --sort-output --width=100 \
		--project=service-blueprint-designer -o $(POT) blueprint
	@for lang in $(LOCALES); do \
		po=$(LOCALE_DIR)/$$lang/LC_MESSAGES/blueprint.po; \
		if [ -f $$po ]; then \
			$(PYBABEL) --quiet update -D blueprint -i $(POT) -l $$lang -o $$po --ignore-obsolete \
				--ignore-pot-creation-date --width=100 || exit 1; \
		else \
			$(PYBABEL) --quiet init -D blueprint -i $(POT) -l $$lang -o $$po --width=100 || exit 1; \
		fi; \
		$(PYBABEL) --quiet compile -D blueprint -l $$lang -i $$po -o $${po%.po}.mo || exit 1; \
	done

clean:
	rm -rf $(VENV) build *.egg-info
