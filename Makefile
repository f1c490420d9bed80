# Footfall: `make demo` runs the demo, `make test` runs the whole test suite headless.
# Both install what they need (scripts/setup.sh) on a fresh Debian 12 machine and are fast on a second run.
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup test demo zip ts qm bench bench-heat bench-flows bench-analytics viewer clean shots desktop-deps

setup:
	@bash scripts/setup.sh

test: setup
	$(PY) -P -m pytest

demo: setup
	$(PY) -P scripts/run_demo.py out

ts:
	bash scripts/update_ts.sh

# the .qm translations are built by setup from the committed .ts files
qm: setup

zip: setup
	bash scripts/make_zip.sh

bench: setup
	$(PY) -P bench/import.py 10000000

bench-heat: setup
	$(PY) -P bench/heat.py

bench-flows: setup
	$(PY) -P bench/flows.py

viewer: setup
	scripts/footfall-viewer

bench-analytics: setup
	$(PY) -P bench/analytics.py

clean:
	rm -rf dist out .pytest_cache

# QGIS desktop runs /usr/bin/python3, not the venv: give it the plugin's dependencies (core/deps.py, as the README
# says), each at the version the tests use.
desktop-deps: setup
	@for m in duckdb:duckdb imageio:imageio imageio_ffmpeg:imageio-ffmpeg pyarrow:pyarrow; do \
	  /usr/bin/python3 -c "import $${m%%:*}" 2>/dev/null || \
	  /usr/bin/python3 -m pip install -q --user --break-system-packages $$(grep "^$${m#*:}==" requirements-dev.txt); \
	done

# Screenshots of the real QGIS desktop with the Brussels demo open, in EN, NL and FR (docs/img/).
shots: desktop-deps
	bash scripts/shots.sh
