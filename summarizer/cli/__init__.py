"""The command line: thin typer commands over `run_*` functions, and one error boundary.

The command line runs with pydantic's third-party plugins off (`PYDANTIC_DISABLE_PLUGINS=__all__`, unless
the variable is set already; set it empty to keep plugins): looking for them reads the metadata of every
installed package, ~10 ms of each run, and no plugin has anything to do in this tool's process. The
library API (`import summarizer`) leaves the variable alone.
"""

import gc
import os

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def main() -> None:
    """The console script. The garbage collector waits while the command line's modules load (they make
    a few hundred thousand objects and no garbage: collecting in between was ~5% of an offline summarize
    of one article), and what they made is then frozen, left out of every later collection; the modules
    a command imports itself are collected as usual."""
    gc.disable()
    try:
        from summarizer.cli.app import main as run_command_line
    finally:
        gc.freeze()
        gc.enable()
    run_command_line()
