"""The command line: thin typer commands over `run_*` functions, and one error boundary."""
