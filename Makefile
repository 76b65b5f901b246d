# One-line entry points. Use the project's environment: `make bench PYTHON=/path/to/venv/bin/python`
# (by default, the `python` on PATH, e.g. an activated venv).
PYTHON ?= python
IDLE_SECONDS ?= 20

.PHONY: bench bench-quick test lint

bench:
	$(PYTHON) benchmarks/run_all.py --idle-seconds $(IDLE_SECONDS)

bench-quick:
	$(PYTHON) benchmarks/run_all.py --quick --idle-seconds 10

test:
	$(PYTHON) -m pytest -n auto --ignore=tests/snapshots && $(PYTHON) -m pytest tests/snapshots

lint:
	$(PYTHON) -m ruff check tui tests benchmarks && $(PYTHON) -m ruff format --check tui tests benchmarks && $(PYTHON) -m mypy tui && lint-imports
