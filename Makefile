# Two commands on a fresh machine: `make demo` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup demo test bench peer lock clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	@rm -rf out/store  # a store skips what it holds already; the demo codes afresh
	$(VENV)/bin/eventdesk code examples/ -o out/examples.jsonl --store out/store
	$(VENV)/bin/eventdesk show out/examples.jsonl
	@echo "Top dyads in the store (out/store):"
	@$(VENV)/bin/eventdesk query --store out/store "$(DEMO_DYADS)"
	@echo "Events per quad class:"
	@$(VENV)/bin/eventdesk query --store out/store "$(DEMO_QUADS)"

DEMO_DYADS := SELECT source_code, target_code, count(*) AS events, sum(num_articles) AS articles, round(avg(goldstein), 1) AS goldstein FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY ALL ORDER BY events DESC, articles DESC, source_code, target_code LIMIT 10
DEMO_QUADS := SELECT quad_class, CASE quad_class WHEN 1 THEN 'verbal cooperation' WHEN 2 THEN 'material cooperation' WHEN 3 THEN 'verbal conflict' ELSE 'material conflict' END AS name, count(*) AS events, sum(num_mentions) AS mentions FROM events GROUP BY ALL ORDER BY quad_class

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/throughput.py

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
	rm -rf $(VENV) out
