# Two commands on a fresh machine: `make demo` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup demo test bench peer lock clean web-vendor chromium web-load

setup: $(STAMP) web-vendor chromium

# The web pages' JavaScript (chart.js, vis-network, leaflet, world-atlas, swagger-ui), pinned in
# web-assets/package-lock.json, installed from the npm registry and copied into the package
# (src/eventdesk/web/static/vendor/, not committed). Without npm the pages say what is missing.
VENDOR := src/eventdesk/web/static/vendor
VENDOR_STAMP := $(VENDOR)/.installed
web-vendor: $(VENDOR_STAMP)

$(VENDOR_STAMP): web-assets/package-lock.json
	@if ! command -v npm >/dev/null; then echo "npm not found: the web pages' charts, network and map stay off (install Node.js and npm, then make setup)"; exit 0; fi; \
	set -e; cd web-assets && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; cd ..; \
	mkdir -p $(VENDOR); m=web-assets/node_modules; \
	cp $$m/chart.js/dist/chart.umd.min.js $$m/vis-network/standalone/umd/vis-network.min.js \
	   $$m/leaflet/dist/leaflet.js $$m/leaflet/dist/leaflet.css $$m/topojson-client/dist/topojson-client.min.js \
	   $$m/world-atlas/countries-110m.json $$m/swagger-ui-dist/swagger-ui-bundle.js $$m/swagger-ui-dist/swagger-ui.css $(VENDOR)/; \
	touch $(VENDOR_STAMP)

# Debian's Chromium for the browser tests (tests/test_web_browser.py skip, saying why, without it).
chromium:
	@if [ -x /usr/bin/chromium ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }; \
	else echo "no /usr/bin/chromium and no root apt-get: the browser tests will be skipped (apt-get install chromium)"; fi

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: setup
	@mkdir -p out
	@rm -rf out/store  # a store skips what it holds already; the demo codes afresh
	$(VENV)/bin/eventdesk code examples/ -o out/examples.jsonl --store out/store
	$(VENV)/bin/eventdesk show out/examples.jsonl
	@echo "Top dyads in the store (out/store):"
	@$(VENV)/bin/eventdesk query --store out/store "$(DEMO_DYADS)"
	@echo "Events per quad class:"
	@$(VENV)/bin/eventdesk query --store out/store "$(DEMO_QUADS)"
	@echo "Open the store in a browser: $(VENV)/bin/eventdesk serve --store out/store   (then http://127.0.0.1:8000/)"

DEMO_DYADS := SELECT source_code, target_code, count(*) AS events, sum(num_articles) AS articles, round(avg(goldstein), 1) AS goldstein FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY ALL ORDER BY events DESC, articles DESC, source_code, target_code LIMIT 10
DEMO_QUADS := SELECT quad_class, CASE quad_class WHEN 1 THEN 'verbal cooperation' WHEN 2 THEN 'material cooperation' WHEN 3 THEN 'verbal conflict' ELSE 'material conflict' END AS name, count(*) AS events, sum(num_mentions) AS mentions FROM events GROUP BY ALL ORDER BY quad_class

test: setup
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/throughput.py

# 50 loopback clients for 30 s against a synthesised store of >= 100,000 events (docs/web.md).
web-load: setup
	$(PY) benchmarks/web_load.py

# The attribution comparison with textacy (a development-only dependency).
peer: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-peer.txt
	$(PY) benchmarks/attribution_peer.py

lock:
	rm -rf /tmp/eventdesk-lock && $(PYTHON) -m venv /tmp/eventdesk-lock
	/tmp/eventdesk-lock/bin/pip install --quiet -e ".[test]"
	{ echo "# Exact versions every machine installs (make installs these, then the project with --no-deps)."; \
	  echo "# Regenerate with: make lock"; \
	  /tmp/eventdesk-lock/bin/pip freeze --all --exclude-editable | grep -v '^pip=='; } > requirements.lock

clean:
	rm -rf $(VENV) out web-assets/node_modules $(VENDOR)
