# Thin wrappers around the scripts (the scripts are the source of truth).
.PHONY: setup demo test lint

setup:
	bash scripts/setup.sh

demo:
	bash scripts/demo.sh

test:
	bash scripts/test.sh

lint:
	.venv/bin/ruff check .
