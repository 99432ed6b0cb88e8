"""A local web server on 127.0.0.1 for URL inputs: real pages, redirects, errors, a huge and a slow answer.

Routes (GET):
- /pages/NAME: a saved page of tests/fixtures/web/ as the site sent it (UTF-8, text/html);
- /gbk: seed 004 as a GBK page whose charset is named only in the Content-Type header;
- /redirect/N: N redirects, then /pages/gov-cn-npc-resolution.html;
- /pdf: an application/pdf answer; /missing (or any unknown path): 404;
- /huge, /huge-declared: more than 10 MB of HTML, streamed without a length / with a Content-Length;
- /slow: headers after `slow_seconds` (the server stops waiting when it is stopped).
Each request is recorded (path and User-Agent).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "web"
SEED_004 = ROOT / "seeds" / "004_fab3b2d8eed75f17.txt"
HUGE_BYTES = 10_500_000


@dataclass
class WebTestServer:
    slow_seconds: float = 30.0
    requests: list[tuple[str, str]] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    http: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.http is not None
        return f"http://127.0.0.1:{self.http.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


def gbk_page() -> bytes:
    lines = SEED_004.read_text(encoding="utf-8").splitlines()
    body = "".join(f"<p>{html.escape(line.strip())}</p>" for line in lines if line.strip())
    page = f"<html><head><title>孪井滩</title></head><body><article>{body}</article></body></html>"
    return page.replace("\xa0", " ").encode("gbk")  # GBK has no no-break space


def handler_for(server: WebTestServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            server.requests.append((self.path, self.headers.get("User-Agent", "")))
            if self.path.startswith("/pages/") and (PAGES / self.path[len("/pages/") :]).is_file():
                self.answer(
                    200, "text/html; charset=utf-8", (PAGES / self.path[len("/pages/") :]).read_bytes()
                )
            elif self.path == "/gbk":
                self.answer(200, "text/html; charset=GBK", gbk_page())
            elif self.path.startswith("/redirect/"):
                left = int(self.path.rsplit("/", 1)[1])
                target = f"/redirect/{left - 1}" if left > 1 else "/pages/gov-cn-npc-resolution.html"
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif self.path == "/pdf":
                self.answer(200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
            elif self.path in ("/huge", "/huge-declared"):
                self.huge(declared=self.path == "/huge-declared")
            elif self.path == "/slow":
                if not server.stopping.wait(server.slow_seconds):
                    self.answer(200, "text/html", b"<p>\xe8\xbf\x9f</p>")
            else:
                self.answer(404, "text/html", b"<h1>Not Found</h1>")

        def answer(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def huge(self, declared: bool) -> None:
            """More than the article limit of HTML, in 64 KB chunks (chunked encoding when undeclared)."""
            chunk = ("<p>" + "正文" * 10_000 + "</p>").encode()
            count = HUGE_BYTES // len(chunk) + 1
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            if declared:
                self.send_header("Content-Length", str(len(chunk) * count))
            else:
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for _ in range(count):
                    if declared:
                        self.wfile.write(chunk)
                    else:
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                if not declared:
                    self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading at its limit, as it should

    return Handler


@contextmanager
def running_web_server(slow_seconds: float = 30.0) -> Iterator[WebTestServer]:
    server = WebTestServer(slow_seconds=slow_seconds)
    server.http = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(server))
    server.http.daemon_threads = True
    thread = threading.Thread(target=server.http.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.http.shutdown()
        server.http.server_close()
