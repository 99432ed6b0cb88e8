"""Serving the viewer: a socket on 127.0.0.1 (a free port unless one is asked for) and uvicorn on it."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

from summarizer.errors import ConfigError, InputError

HOST = "127.0.0.1"
INSTALL_HINT = "pip install 'zh-policy-summarizer[view]' (in a checkout: pip install -e '.[view]')"


def check_installed() -> None:
    """A one-line error naming the install command when the web stack is missing."""
    try:
        import jinja2  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        missing = exc.name or "Starlette, Jinja2 and uvicorn"
        raise ConfigError(f"the viewer needs {missing}, which is not installed: {INSTALL_HINT}") from None


def bind(port: int | None) -> socket.socket:
    """A listening socket on 127.0.0.1 only: the viewer is for this machine."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port or 0))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}") from None
    return sock


def serve(app: Any, sock: socket.socket, ready: Callable[[str], None]) -> None:
    """Serve until Ctrl-C (or SIGTERM); `ready` gets the address once the socket listens."""
    import uvicorn

    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    ready(f"http://{HOST}:{port}/")
    uvicorn.Server(config).run(sockets=[sock])
