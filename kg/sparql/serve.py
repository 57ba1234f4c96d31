"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint, the HTML explorer and the example queries.

* ``/sparql``: queries by GET (``?query=``) or POST (a form, or an ``application/sparql-query``
  body); SELECT/ASK results as SPARQL JSON, CSV, TSV or XML, CONSTRUCT/DESCRIBE as Turtle,
  N-Triples, JSON-LD or RDF/XML, chosen by the ``Accept`` header (or ``?format=``). Updates are
  refused (403). Each query has a time limit (the worker running it is killed when it is
  over, answer 503) and a result cap (rows past it are cut; ``X-Kg-Truncated: true`` says so).
* ``/``: the explorer, fetching each neighbourhood from ``/sparql`` as it is opened, for a graph of any size
  (:func:`kg.export.explorer.page.serve_html`); ``/graph.html``: the static page next to the graph, if any.
* ``/explore/top`` and ``/explore/search?q=``: the explorer's first view and its search, as JSON,
  from an index of every node's names read from the store once, at start, in a background
  thread (:mod:`kg.sparql.explore`); answered 503 with ``Retry-After`` while it is being read.
* ``/queries/``: the example queries of ``kg/sparql/queries`` (``/queries/NAME.rq``).

Queries run in worker processes (:mod:`kg.sparql.pool`, :mod:`kg.sparql.worker`) over an
Oxigraph store opened read-only: a store directory as it is, or export files bulk-loaded into a
temporary store. A query waits briefly for a free worker and is answered 503 with
``Retry-After`` when none frees up; its time limit runs from when a worker takes it. SERVICE
(a fetch from another endpoint) is refused, and so is nesting deep enough to overflow the parser.

Connections are bounded: at most ``max_connections`` threads (more get 503 at once), a listen
backlog of :data:`BACKLOG`, and a connection silent for ``idle_timeout`` seconds is closed.
A POST needs a valid ``Content-Length`` (411 without, 400 when negative or not a number).
The server binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import html
import json
import logging
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import safe_text
from kg.export.explorer.page import SERVE_CSP, serve_html
from kg.sparql.explore import BackgroundIndex, ExploreIndex, IndexNotReady
from kg.sparql.pool import (Busy, GraphNotFound, QueryTimeout, ServedGraph, ServeError, WorkerGone, WorkerPool,
                            default_workers)
from kg.sparql.store import prefixes

__all__ = ["GraphNotFound", "KgServer", "ServeError", "ServedGraph", "make_server", "parse_accept"]

log = logging.getLogger(__name__)

QUERIES = Path(__file__).resolve().parent / "queries"
DEFAULT_TIMEOUT = 10.0
DEFAULT_CAP = 10_000
MAX_BODY = 1 << 20
MAX_CONNECTIONS = 64
"""Connections handled at once (one thread each); more are answered 503 at once and closed."""
BACKLOG = 128
"""Connections the kernel holds before they are accepted."""
IDLE_TIMEOUT = 10.0
"""Seconds a connection may stay silent (while sending its request) before it is closed."""
RETRY_AFTER = "1"
INDEX_WAIT = 20.0
"""Seconds an explorer request waits for the index being read before it is answered 503."""
MAX_HITS = 200
"""Most search results one request may ask for (``limit``)."""
_BUSY = (b"HTTP/1.0 503 Service Unavailable\r\nRetry-After: " + RETRY_AFTER.encode() +
         b"\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 27\r\nConnection: close\r\n\r\n"
         b"too many connections: retry")
PAGE_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
            "connect-src 'self'; base-uri 'none'; form-action 'self'")


def parse_accept(header: str | None) -> list[str]:
    """Media types of an Accept header, most preferred first (q=0 dropped)."""
    if not header:
        return []
    ranked = []
    for position, part in enumerate(header.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


class KgServer(ThreadingHTTPServer):
    """One thread per connection, at most ``max_connections`` of them; queries go to the worker pool."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = BACKLOG

    def __init__(self, graph: ServedGraph, address: tuple[str, int], timeout: float, cap: int, workers: int,
                 queries: Path = QUERIES, max_connections: int = MAX_CONNECTIONS, idle_timeout: float = IDLE_TIMEOUT,
                 queue_limit: int | None = None, queue_wait: float | None = None):
        self.graph, self.query_timeout, self.cap, self.queries = graph, timeout, cap, queries
        self.idle_timeout = idle_timeout
        self.slots = threading.BoundedSemaphore(max_connections)
        self.pool = WorkerPool(graph.store_dir, workers, timeout, queue_limit, queue_wait)
        try:
            super().__init__(address, Handler)
        except OSError:
            self.pool.close()
            raise
        self.explore = BackgroundIndex(graph.store_dir)

    def process_request(self, request, client_address) -> None:
        """Start a thread for the connection, or answer 503 at once when every slot is taken."""
        if not self.slots.acquire(blocking=False):
            try:
                request.settimeout(1.0)
                request.sendall(_BUSY)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()
        self.explore.close()
        self.graph.close()


class Handler(BaseHTTPRequestHandler):
    server: KgServer
    server_version = "paper-kg"
    protocol_version = "HTTP/1.0"

    def setup(self) -> None:
        self.timeout = self.server.idle_timeout  # a silent connection is closed after this
        super().setup()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        log.info("%s %s", self.address_string(), format % args)

    # -- routing ---------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urlsplit(self.path)
        if url.path == "/sparql":
            self._sparql(parse_qs(url.query, keep_blank_values=True))
        elif url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", serve_html().encode("utf-8"),
                       {"Content-Security-Policy": SERVE_CSP})
        elif url.path == "/graph.html":
            self._page()
        elif url.path == "/explore/top":
            self._explore(lambda index: index.top())
        elif url.path == "/explore/search":
            self._search(parse_qs(url.query, keep_blank_values=True))
        elif url.path.rstrip("/") == "/queries":
            self._query_index()
        elif url.path.startswith("/queries/"):
            self._query_file(url.path.removeprefix("/queries/"))
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no such page: {url.path}")

    def do_HEAD(self) -> None:  # noqa: N802
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, "use GET or POST")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.METHOD_NOT_ALLOWED, "only /sparql takes POST")
            return
        length = self._content_length()
        if length is None:
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if kind == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
        elif kind == "application/sparql-query":
            params["query"] = [body]
        elif kind == "application/sparql-update":
            params["update"] = [body]
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "POST a form (application/x-www-form-urlencoded) or an application/sparql-query body")
            return
        self._sparql(params)

    def _content_length(self) -> int | None:
        """The body's length from a valid Content-Length header; None after answering 400, 411 or 413."""
        values = self.headers.get_all("Content-Length") or []
        if self.headers.get("Transfer-Encoding") or not values:
            self._error(HTTPStatus.LENGTH_REQUIRED, "POST needs a Content-Length header (chunked bodies are not read)")
            return None
        value = values[0].strip()
        # isdigit alone admits "²" (a latin-1 header byte), which int() refuses
        if len(set(v.strip() for v in values)) != 1 or not (value.isascii() and value.isdigit()):
            self._error(HTTPStatus.BAD_REQUEST, "Content-Length must be one non-negative whole number")
            return None
        length = int(value)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
            return None
        return length

    def _refuse_write(self) -> None:
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only")

    do_PUT = do_DELETE = do_PATCH = _refuse_write  # noqa: N815

    # -- SPARQL ----------------------------------------------------------------------------

    def _sparql(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused")
            return
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one query: /sparql?query=SELECT...")
            return
        request = {
            "query": queries[0],
            "accept": parse_accept(self.headers.get("Accept")),
            "format": (params.get("format") or [None])[0],
            "cap": self.server.cap,
            "prefixes": prefixes(),
            "default_graph": params.get("default-graph-uri") or [],
            "named_graphs": params.get("named-graph-uri") or [],
        }
        try:
            header, body = self.server.pool.run(request)
        except Busy as error:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, f"the server is busy ({error}): retry", {"Retry-After": RETRY_AFTER})
            return
        except QueryTimeout:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE,
                        f"query stopped: over the time limit of {self.server.query_timeout:g} s")
            return
        except (WorkerGone, ValueError, KeyError) as error:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query worker failed: {error}")
            return
        if header["status"] != 200:
            self._error(HTTPStatus(header["status"]), header["message"])
            return
        extra = {"X-Kg-Rows": str(header["rows"])}
        if header["truncated"]:
            extra["X-Kg-Truncated"] = "true"
            extra["X-Kg-Result-Cap"] = str(self.server.cap)
        self._send(HTTPStatus.OK, header["content_type"], body, extra)

    # -- the explorer's index -----------------------------------------------------------------

    def _search(self, params: dict[str, list[str]]) -> None:
        texts, limits = params.get("q") or [], params.get("limit") or ["60"]
        limit = int(limits[0]) if len(limits) == 1 and limits[0].isascii() and limits[0].isdigit() else 0
        if len(texts) != 1 or not 1 <= limit <= MAX_HITS:
            self._error(HTTPStatus.BAD_REQUEST, f"give one search: /explore/search?q=TEXT (and limit=1..{MAX_HITS})")
            return
        self._explore(lambda index: index.search(texts[0], limit))

    def _explore(self, answer: Callable[[ExploreIndex], dict]) -> None:
        try:
            index = self.server.explore.get(INDEX_WAIT)
        except IndexNotReady:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, "the explorer's index is still being read: retry",
                        {"Retry-After": RETRY_AFTER})
            return
        except ServeError as error:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(error))
            return
        body = json.dumps(answer(index), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._send(HTTPStatus.OK, "application/json; charset=utf-8", body)

    # -- pages -----------------------------------------------------------------------------

    def _page(self) -> None:
        page = self.server.graph.page
        if not page.is_file():
            self._error(HTTPStatus.NOT_FOUND, f"no static explorer page next to {self.server.graph.source}; "
                                              "the explorer at / works for any graph")
            return
        self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.read_bytes(), {"Content-Security-Policy": PAGE_CSP})

    def _query_names(self) -> list[str]:
        return sorted(p.name for p in self.server.queries.glob("*.rq")) if self.server.queries.is_dir() else []

    def _query_index(self) -> None:
        names = self._query_names()
        if "text/html" in parse_accept(self.headers.get("Accept"))[:1]:
            links = "".join(f'<li><a href="/queries/{html.escape(n)}">{html.escape(n)}</a></li>' for n in names)
            self._send(HTTPStatus.OK, "text/html; charset=utf-8",
                       f"<!DOCTYPE html><meta charset=\"utf-8\"><title>queries</title><ul>{links}</ul>".encode())
            return
        self._send(HTTPStatus.OK, "application/json", json.dumps(names).encode())

    def _query_file(self, name: str) -> None:
        if name not in self._query_names():
            self._error(HTTPStatus.NOT_FOUND, f"no such query: {name}")
            return
        self._send(HTTPStatus.OK, "application/sparql-query; charset=utf-8", (self.server.queries / name).read_bytes())

    # -- output ----------------------------------------------------------------------------

    def _send(self, status: HTTPStatus, content_type: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (safe_text(message) + "\n").encode("utf-8"), extra)


def make_server(graph: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = DEFAULT_TIMEOUT,
                cap: int = DEFAULT_CAP, workers: int | None = None, queries: Path = QUERIES, **limits) -> KgServer:
    """A server for ``graph`` (a store directory or export files), bound but not yet serving.

    ``workers`` defaults to :func:`kg.sparql.pool.default_workers`; ``limits`` are
    ``max_connections``, ``idle_timeout``, ``queue_limit`` and ``queue_wait`` of :class:`KgServer`.
    """
    served = ServedGraph(graph)
    try:
        return KgServer(served, (host, port), timeout, cap, workers or default_workers(), queries, **limits)
    except BaseException:
        served.close()
        raise
