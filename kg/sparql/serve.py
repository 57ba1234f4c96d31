"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint, the HTML explorer and the example queries.

* ``/sparql``: queries by GET (``?query=``) or POST (a form, or an ``application/sparql-query``
  body); SELECT/ASK results as SPARQL JSON, CSV, TSV or XML, CONSTRUCT/DESCRIBE as Turtle,
  N-Triples, JSON-LD or RDF/XML, chosen by the ``Accept`` header (or ``?format=``). Updates are
  refused (403). Each query has a time limit (the worker running it is killed when it is
  over, answer 503) and a result cap (rows past it are cut; ``X-Kg-Truncated: true`` says so).
* ``/``: the explorer, fetching each neighbourhood from ``/sparql`` as it is opened, for a graph of any size
  (:func:`kg.export.explorer.page.serve_html`); ``/graph.html``: the static page next to the graph, if any.
* ``/queries/``: the example queries of ``kg/sparql/queries`` (``/queries/NAME.rq``).

Queries run in worker processes (:mod:`kg.sparql.worker`) over an Oxigraph store opened
read-only: a store directory as it is, or export files bulk-loaded into a temporary store.
The server binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import html
import json
import logging
import os
import queue
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import KgFailure, KgUsageError
from kg.export.explorer.page import SERVE_CSP, serve_html
from kg.sparql.store import is_store, prefixes, rdf_format

log = logging.getLogger(__name__)

QUERIES = Path(__file__).resolve().parent / "queries"
DEFAULT_TIMEOUT = 10.0
DEFAULT_CAP = 10_000
MAX_BODY = 1 << 20
EXPORT_NAMES = ("graph.nt", "graph.ttl", "graph.jsonld")
PAGE_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
            "connect-src 'self'; base-uri 'none'; form-action 'self'")


class ServeError(KgFailure):
    """A graph that cannot be served, with a message for people."""


class GraphNotFound(KgUsageError, ServeError):
    """A path that is neither a graph nor a store."""


class QueryTimeout(Exception):
    pass


class WorkerGone(Exception):
    pass


class Worker:
    """One worker process and the pipes to it."""

    def __init__(self, store_dir: Path, start_timeout: float = 120.0):
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.sparql.worker", str(store_dir)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.fd = self.proc.stdout.fileno()
        self.buffer = b""
        try:
            ready = json.loads(self._read_line(time.monotonic() + start_timeout))
        except (QueryTimeout, WorkerGone, ValueError) as error:
            self.kill()
            raise ServeError(f"the SPARQL worker did not start: {error}") from error
        assert ready.get("ready")

    def ask(self, request: dict, timeout: float) -> tuple[dict, bytes]:
        deadline = time.monotonic() + timeout
        try:
            self.proc.stdin.write(json.dumps(request).encode() + b"\n")
            self.proc.stdin.flush()
        except OSError as error:
            raise WorkerGone(str(error)) from error
        header = json.loads(self._read_line(deadline))
        body = self._read_exactly(header.pop("length"), deadline)
        return header, body

    def _fill(self, deadline: float) -> None:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([self.fd], [], [], left)[0]:
            raise QueryTimeout()
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            raise WorkerGone("the worker exited")
        self.buffer += chunk

    def _read_line(self, deadline: float) -> bytes:
        while b"\n" not in self.buffer:
            self._fill(deadline)
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line

    def _read_exactly(self, n: int, deadline: float) -> bytes:
        while len(self.buffer) < n:
            self._fill(deadline)
        body, self.buffer = self.buffer[:n], self.buffer[n:]
        return body

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except OSError:
                pass


class WorkerPool:
    """``size`` workers; a query waits at most the time limit for a free one, then runs in it."""

    def __init__(self, store_dir: Path, size: int, timeout: float):
        self.store_dir, self.timeout = store_dir, timeout
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.closed = False
        for _ in range(size):
            self.idle.put(Worker(store_dir))

    def run(self, request: dict) -> tuple[dict, bytes]:
        started = time.monotonic()
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeout() from None
        try:
            result = worker.ask(request, max(self.timeout - (time.monotonic() - started), 0.001))
        except (QueryTimeout, WorkerGone):
            worker.kill()
            threading.Thread(target=self._replace, daemon=True).start()
            raise
        self.idle.put(worker)
        return result

    def _replace(self) -> None:
        if self.closed:
            return
        try:
            self.idle.put(Worker(self.store_dir))
        except ServeError as error:
            log.error("%s", error)

    def close(self) -> None:
        self.closed = True
        while True:
            try:
                self.idle.get_nowait().kill()
            except queue.Empty:
                return


class ServedGraph:
    """What a server serves: a store directory, or export files loaded into a temporary store."""

    def __init__(self, path: str | Path):
        path = Path(path)
        self.temp: Path | None = None
        if not path.exists():
            raise GraphNotFound(f"{path}: no such graph or store")
        if is_store(path):
            self.store_dir = path
            self.page = path / "graph.html"
        else:
            files = [path] if path.is_file() else [path / n for n in EXPORT_NAMES if (path / n).exists()][:1]
            if not files:
                raise GraphNotFound(f"{path}: neither a store nor an export file or directory ({', '.join(EXPORT_NAMES)})")
            self.page = files[0].with_name("graph.html")
            self.temp = Path(tempfile.mkdtemp(prefix="kg-serve-"))
            self.store_dir = self.temp / "store"
            try:
                store = ox.Store(str(self.store_dir))
                for file in files:
                    store.bulk_load(path=str(file), format=rdf_format(file))
                store.flush()
                del store
            except (OSError, SyntaxError, ValueError) as error:
                self.close()
                raise ServeError(f"{files[0]}: cannot load: {error}") from error
        self.source = path

    def close(self) -> None:
        if self.temp is not None:
            shutil.rmtree(self.temp, ignore_errors=True)
            self.temp = None


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
    daemon_threads = True

    def __init__(self, graph: ServedGraph, address: tuple[str, int], timeout: float, cap: int, workers: int,
                 queries: Path = QUERIES):
        self.graph, self.query_timeout, self.cap, self.queries = graph, timeout, cap, queries
        self.pool = WorkerPool(graph.store_dir, workers, timeout)
        try:
            super().__init__(address, Handler)
        except OSError:
            self.pool.close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()
        self.graph.close()


class Handler(BaseHTTPRequestHandler):
    server: KgServer
    server_version = "paper-kg"
    protocol_version = "HTTP/1.0"

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
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
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
        except QueryTimeout:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE,
                        f"query stopped: over the time limit of {self.server.query_timeout:g} s")
            return
        except WorkerGone as error:
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

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def make_server(graph: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = DEFAULT_TIMEOUT,
                cap: int = DEFAULT_CAP, workers: int = 2, queries: Path = QUERIES) -> KgServer:
    """A server for ``graph`` (a store directory or export files), bound but not yet serving."""
    served = ServedGraph(graph)
    try:
        return KgServer(served, (host, port), timeout, cap, workers, queries)
    except BaseException:
        served.close()
        raise
