# Footfall: `make demo` runs the demo, `make test` runs the whole test suite headless.
# Both install what they need (scripts/setup.sh) on a fresh Debian 12 machine and are fast on a second run.
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup test unit demo zip ts qm bench clean shots

setup:
	@bash scripts/setup.sh

test: setup
	$(PY) -P -m pytest

unit: setup
	$(PY) -P -m pytest -p no:qgis -m "not qgis" tests/unit

demo: setup
	$(PY) -P scripts/run_demo.py out

ts:
	bash scripts/update_ts.sh

qm: setup

zip: setup
	bash scripts/make_zip.sh

bench: setup
	$(PY) bench/import.py 10000000

clean:
	rm -rf dist out .pytest_cache
