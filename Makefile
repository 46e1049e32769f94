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
	$(VENV)/bin/eventdesk code examples/ -o out/examples.jsonl
	$(VENV)/bin/eventdesk show out/examples.jsonl

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
