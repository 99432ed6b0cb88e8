from pathlib import Path

import pytest

from summarizer.config import DEFAULT_PRICES, load_settings
from summarizer.errors import ConfigError


def test_defaults_pick_the_offline_backend(tmp_path: Path) -> None:
    settings = load_settings({}, environ={}, config_path=None)
    assert settings.backend == "auto"
    assert settings.resolved_backend() == "rules"
    assert settings.temperature == 0
    assert settings.concurrency == 8


def test_an_api_key_or_base_url_makes_auto_choose_the_llm() -> None:
    assert load_settings({}, environ={"OPENAI_API_KEY": "k"}).resolved_backend() == "llm"
    assert load_settings({"base_url": "http://127.0.0.1:1/v1"}, environ={}).resolved_backend() == "llm"
    assert load_settings({"backend": "rules"}, environ={"OPENAI_API_KEY": "k"}).resolved_backend() == "rules"


def test_flags_override_environment_override_config_file(tmp_path: Path) -> None:
    config = tmp_path / "summarizer.toml"
    config.write_text('[summarizer]\nmodel = "from-file"\nconcurrency = 3\ntimeout = 5\n', encoding="utf-8")
    environ = {"SUMMARIZER_MODEL": "from-env", "SUMMARIZER_CONCURRENCY": "4"}
    settings = load_settings({"model": "from-flag", "timeout": None}, environ=environ, config_path=config)
    assert settings.model == "from-flag"
    assert settings.concurrency == 4
    assert settings.timeout == 5


def test_config_file_prices_extend_the_table(tmp_path: Path) -> None:
    config = tmp_path / "summarizer.toml"
    config.write_text('[prices]\n"my-model" = [1.0, 2.0]\n', encoding="utf-8")
    settings = load_settings({}, environ={}, config_path=config)
    assert settings.prices["my-model"] == (1.0, 2.0)
    assert set(DEFAULT_PRICES) <= set(settings.prices)


def test_the_api_key_is_never_shown_in_the_settings_repr() -> None:
    settings = load_settings({"api_key": "sk-secret-123"}, environ={})
    assert "sk-secret-123" not in repr(settings)
    assert "sk-secret-123" not in settings.model_dump_json()


def test_invalid_values_are_a_one_line_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="concurrency"):
        load_settings({"concurrency": 0}, environ={})
    broken = tmp_path / "summarizer.toml"
    broken.write_text("not = [toml", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read config"):
        load_settings({}, environ={}, config_path=broken)
