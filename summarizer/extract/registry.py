"""The backends by name: each registered as "module:Class", imported only when it is chosen.

A new backend is one module with a class that takes the settings and follows `extract.Backend`, and one
line here. Keeping the names as strings means choosing the offline backend never imports openai.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from summarizer.config import Settings
from summarizer.errors import UsageError
from summarizer.extract import Backend

BACKENDS: dict[str, str] = {
    "rules": "summarizer.extract.rules.backend:RulesBackend",
    "llm": "summarizer.extract.llm.backend:LLMBackend",
}


BackendFactory = Callable[[Settings], Backend]


def backend_class(name: str) -> BackendFactory:
    """The class registered under `name`, imported now."""
    target = BACKENDS.get(name)
    if target is None:
        raise UsageError(f"unknown backend {name!r}: choose one of {', '.join(BACKENDS)}")
    module_name, class_name = target.split(":")
    backend: BackendFactory = getattr(import_module(module_name), class_name)
    return backend


def build_backend(settings: Settings) -> Backend:
    """The backend the settings ask for (`auto` resolved by the settings)."""
    return backend_class(settings.resolved_backend())(settings)
