"""The command line: thin typer commands over `run_*` functions, and one error boundary.

The command line runs with pydantic's third-party plugins off (`PYDANTIC_DISABLE_PLUGINS=__all__`, unless
the variable is set already; set it empty to keep plugins): looking for them reads the metadata of every
installed package, ~10 ms of each run, and no plugin has anything to do in this tool's process. The
library API (`import summarizer`) leaves the variable alone.
"""

import os

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
