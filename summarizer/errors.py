"""Every error the tool reports to a user derives from SummarizerError."""


class SummarizerError(Exception):
    """Base class: the CLI prints `Error: <message>` and exits with `exit_code`."""

    exit_code = 1


class InputError(SummarizerError):
    """An input file or stream that cannot be read as an article."""


class ConfigError(SummarizerError):
    """A setting, flag or config file that is missing or wrong."""


class BackendError(SummarizerError):
    """A backend (LLM endpoint, rules) that could not produce a result."""


class GoldError(SummarizerError):
    """A gold file or eval run that is malformed or does not fit the gold set."""
