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


def test_auto_chooses_the_llm_only_when_summarizers_own_settings_ask_for_it(tmp_path: Path) -> None:
    generic = {"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": "http://127.0.0.1:1/v1"}
    assert load_settings({}, environ=generic).resolved_backend() == "rules"
    assert load_settings({"base_url": "http://127.0.0.1:1/v1"}, environ={}).resolved_backend() == "llm"
    assert load_settings({"api_key": "k"}, environ={}).resolved_backend() == "llm"
    for variable in ("SUMMARIZER_BASE_URL", "SUMMARIZER_MODEL"):
        assert load_settings({}, environ={variable: "http://127.0.0.1:1/v1"}).resolved_backend() == "llm"
    assert load_settings({}, environ={"SUMMARIZER_BACKEND": "llm"}).resolved_backend() == "llm"
    assert (
        load_settings({"backend": "rules"}, environ={"SUMMARIZER_MODEL": "m"}).resolved_backend() == "rules"
    )
    config = tmp_path / "summarizer.toml"
    config.write_text('model = "qwen2.5:7b"\n', encoding="utf-8")
    assert load_settings({}, environ=generic, config_path=config).resolved_backend() == "llm"
    prices_only = tmp_path / "prices.toml"
    prices_only.write_text('[prices]\n"m" = [1.0, 2.0]\n', encoding="utf-8")
    assert load_settings({}, environ=generic, config_path=prices_only).resolved_backend() == "rules"


def test_the_generic_variables_fill_in_once_the_llm_is_chosen_under_the_config_file(tmp_path: Path) -> None:
    generic = {"OPENAI_API_KEY": "sk-generic", "OPENAI_BASE_URL": "http://127.0.0.1:1/v1"}
    settings = load_settings({"backend": "llm"}, environ=generic)
    assert settings.base_url == "http://127.0.0.1:1/v1" and settings.sendable_key() is not None
    config = tmp_path / "summarizer.toml"
    config.write_text('base_url = "http://127.0.0.1:2/v1"\n', encoding="utf-8")
    from_file = load_settings({}, environ=generic, config_path=config)
    assert from_file.base_url == "http://127.0.0.1:2/v1", "the config file wins over OPENAI_BASE_URL"


def test_a_key_from_openai_api_key_never_goes_to_a_base_url_from_a_file(tmp_path: Path) -> None:
    config = tmp_path / "summarizer.toml"
    config.write_text('base_url = "http://attacker.invalid/v1"\n', encoding="utf-8")
    environ = {"OPENAI_API_KEY": "sk-generic"}
    withheld = load_settings({}, environ=environ, config_path=config)
    assert withheld.key_withheld() and withheld.sendable_key() is None
    assert "OPENAI_API_KEY is sent only to the OpenAI API" in withheld.backend_line()

    flag_key = load_settings({"api_key": "sk-flag"}, environ=environ, config_path=config)
    own_key = load_settings({}, environ={**environ, "SUMMARIZER_API_KEY": "sk-own"}, config_path=config)
    for settings, key in ((flag_key, "sk-flag"), (own_key, "sk-own")):
        sendable = settings.sendable_key()
        assert sendable is not None and sendable.get_secret_value() == key

    openai_in_file = tmp_path / "openai.toml"
    openai_in_file.write_text('base_url = "https://api.openai.com/v1"\n', encoding="utf-8")
    assert load_settings({}, environ=environ, config_path=openai_in_file).sendable_key() is not None
    from_flag = load_settings({"base_url": "http://127.0.0.1:1/v1"}, environ=environ, config_path=config)
    assert from_flag.sendable_key() is not None, "a base URL from the command line may get OPENAI_API_KEY"


def test_key_env_names_the_variable_that_holds_a_config_files_key(tmp_path: Path) -> None:
    config = tmp_path / "summarizer.toml"
    config.write_text('base_url = "http://127.0.0.1:1/v1"\nkey_env = "MY_LLM_KEY"\n', encoding="utf-8")
    settings = load_settings({}, environ={"MY_LLM_KEY": "sk-mine", "OPENAI_API_KEY": "sk-generic"},
                             config_path=config)  # fmt: skip
    sendable = settings.sendable_key()
    assert sendable is not None and sendable.get_secret_value() == "sk-mine"
    assert "key from MY_LLM_KEY (key_env in" in settings.backend_line()

    config.write_text('base_url = "http://127.0.0.1:1/v1"\nkey_env = "OPENAI_API_KEY"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="key_env cannot name OPENAI_API_KEY"):
        load_settings({}, environ={"OPENAI_API_KEY": "sk-generic"}, config_path=config)


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
