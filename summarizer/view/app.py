"""The viewer's web application (Starlette, Jinja2 templates with autoescaping): the filterable tables, an
article with its items highlighted, an eval run's errors and a comparison with a base run.

Every page is served from this process: the brief's stylesheet and script, the viewer's own, nothing from
anywhere else (a Content-Security-Policy says so to the browser). Every text is escaped.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from summarizer.brief.html import asset as brief_asset
from summarizer.brief.html import esc, marked_text
from summarizer.brief.spans import Highlight, resolve_span
from summarizer.data.rows import Row
from summarizer.text import locate_quote
from summarizer.view.changes import ArticleChanges
from summarizer.view.data import FACETS, Filters, ViewData, facet_choices

PAGE_ROWS = 200
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


@cache
def view_asset(name: str) -> str:
    return resources.files("summarizer.view").joinpath("assets", name).read_text(encoding="utf-8")


ASSETS = {
    "brief.css": "text/css",
    "brief.js": "text/javascript",
    "view.css": "text/css",
    "view.js": "text/javascript",
}
"""The files a page loads: the brief's stylesheet and script (highlights, click panel), and the viewer's."""


def asset_text(name: str) -> str:
    return brief_asset(name) if name.startswith("brief.") else view_asset(name)


TABLE_COLUMNS = {
    "targets": ("region", "category", "metric", "raw", "comparator", "deadline", "kind", "quote", "article"),
    "priorities": ("region", "category", "title", "quote", "article"),
}  # fmt: skip


def templates() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("summarizer.view", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )


def build_app(data: ViewData, changes: list[ArticleChanges] | None = None, base_label: str = "") -> Any:
    """The Starlette application over one source (and its changes from a base run)."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, RedirectResponse, Response
    from starlette.routing import Route

    environment = templates()
    context = {"data": data, "changes": changes, "base_label": base_label}

    def page(name: str, **values: Any) -> HTMLResponse:
        return HTMLResponse(environment.get_template(name).render(**context, **values))

    async def home(request: Request) -> Response:
        return RedirectResponse("/targets")

    async def table(request: Request) -> Response:
        name = request.path_params["table"]
        if name not in TABLE_COLUMNS:
            return page("missing.html", what=name)
        return page("table.html", **table_values(data, name, request.query_params))

    async def article(request: Request) -> Response:
        key = request.path_params["key"]
        if key not in data.articles:
            return page("missing.html", what=key)
        return page("article.html", **article_values(data, key, changes))

    async def evaluation(request: Request) -> Response:
        return page("evaluation.html", rows=evaluation_rows(data))

    async def changed(request: Request) -> Response:
        return page("changes.html", changed=changes or [])

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ASSETS:
            return Response("not found", status_code=404)
        return Response(asset_text(name), media_type=ASSETS[name])

    routes = [
        Route("/", home),
        Route("/evaluation", evaluation),
        Route("/changes", changed),
        Route("/article/{key}", article),
        Route("/assets/{name}", asset),
        Route("/{table}", table),
    ]
    return Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)])


class SecurityHeaders:
    """ASGI middleware: every response says the page may load nothing but this server's own files."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Pass the request on; add the headers to the response's start."""

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] += [
                    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --- the tables ----------------------------------------------------------------------------------


def table_values(data: ViewData, name: str, query: Any) -> dict[str, Any]:
    rows = data.targets if name == "targets" else data.priorities
    filters = Filters.from_query(query)
    kept = [row for row in rows if filters.keeps(row)]
    page_number = max(1, int(query.get("page", "1")) if str(query.get("page", "1")).isdigit() else 1)
    shown = kept[(page_number - 1) * PAGE_ROWS : page_number * PAGE_ROWS]
    facets = {facet: facet_choices(rows, facet) for facet in FACETS if rows and facet in rows[0]}
    return {
        "table": name,
        "columns": TABLE_COLUMNS[name],
        "rows": [(row_link(row, name), {**row, "article": article_name(row)}) for row in shown],
        "total": len(rows),
        "matching": len(kept),
        "page_number": page_number,
        "pages": max(1, -(-len(kept) // PAGE_ROWS)),
        "filters": filters,
        "filters_query": urlencode({name: value for name, value in vars(filters).items() if value}) + "&",
        "facets": facets,
    }


def article_name(row: Row) -> str:
    """What names a row's article in the table: its title, else its id."""
    return str(row.get("article_title") or row.get("article_id") or row.get("source") or "")


def row_link(row: Row, table: str) -> str:
    """The article page with the row's item highlighted."""
    prefix = "t" if table == "targets" else "p"
    return f"/article/{row['article_key']}#{prefix}-{row['item']}"


# --- an article ----------------------------------------------------------------------------------


def article_values(data: ViewData, key: str, changes: list[ArticleChanges] | None) -> dict[str, Any]:
    text = data.text_of(key)
    targets = [row for row in data.targets if row["article_key"] == key]
    priorities = [row for row in data.priorities if row["article_key"] == key]
    evaluation = data.evaluations.get(key)
    missed = (
        [error.quote for error in evaluation.errors if error.error == "false_negative"] if evaluation else []
    )
    return {
        "key": key,
        "article": data.articles[key],
        "targets": targets,
        "priorities": priorities,
        "evaluation": evaluation,
        "article_changes": next((change for change in changes or [] if change.key == key), None),
        "highlighted": highlighted_html(text, targets, priorities, missed),
    }


def highlighted_html(text: str, targets: list[Row], priorities: list[Row], missed: list[str]) -> str:
    """The cleaned text, escaped, with every target and priority marked as the brief marks them (ids t-N
    and p-N, the fields for the brief's click panel) and each quote the run missed marked m-N."""
    highlights: list[Highlight] = []
    attributes: dict[str, tuple[str, str]] = {}
    for order, (prefix, row) in enumerate(
        [*(("p", row) for row in priorities), *(("t", row) for row in targets)]
    ):
        given = (row["span_start"], row["span_end"]) if row.get("span_start") is not None else None
        span, _ = resolve_span(text, given, str(row.get("quote") or ""))
        if span is not None:
            ref = f"{prefix}-{row['item']}"
            highlights.append(Highlight(ref=ref, start=span[0], end=span[1], order=order))
            attributes[ref] = mark_attributes(ref, prefix, row)
    for number, quote in enumerate(missed, start=1):
        located = locate_quote(text, quote) if text else None
        if located is not None:
            ref = f"m-{number}"
            highlights.append(Highlight(ref=ref, start=located[0], end=located[1], order=len(highlights)))
            attributes[ref] = ("hl hl-missed", missed_attributes(ref, quote))
    return marked_text(text, highlights, attributes)


def mark_attributes(ref: str, prefix: str, row: Row) -> tuple[str, str]:
    names: tuple[str, ...]
    if prefix == "t":
        names = ("region", "metric", "raw", "value", "unit", "comparator", "deadline", "kind")
        css_class = f"hl hl-target kind-{esc(str(row.get('kind') or ''))}"
    else:
        names = ("region", "category", "title")
        css_class = "hl hl-priority"
    pairs = [(name, "" if row.get(name) is None else str(row.get(name))) for name in names]
    title = "\n".join(f"{name}: {value}" for name, value in pairs)
    return css_class, (
        f'data-ref="{ref}" data-row="" data-fields="{esc(json.dumps(pairs, ensure_ascii=False))}" '
        f'title="{esc(title)}"'
    )


def missed_attributes(ref: str, quote: str) -> str:
    pairs = [("missed", "a gold item no prediction matched"), ("quote", quote)]
    return f'data-ref="{ref}" data-row="" data-fields="{esc(json.dumps(pairs, ensure_ascii=False))}"'


# --- an eval run ---------------------------------------------------------------------------------


def evaluation_rows(data: ViewData) -> list[dict[str, Any]]:
    """Per article of an eval run: its title, F1s and error counts, worst target F1 first."""
    rows = []
    for key, evaluation in data.evaluations.items():
        article = data.articles[key]
        rows.append({
            "key": key,
            "title": article.get("article_title") or evaluation.gold_id,
            "gold_id": evaluation.gold_id,
            "targets_f1": evaluation.targets_f1,
            "priorities_f1": evaluation.priorities_f1,
            "false_positives": evaluation.count("false_positive"),
            "false_negatives": evaluation.count("false_negative"),
            "wrong_fields": evaluation.count("wrong_deadline") + evaluation.count("wrong_comparator"),
        })  # fmt: skip
    return sorted(rows, key=lambda row: (row["targets_f1"], row["gold_id"]))
