"""``kg push``: load a graph into an existing SPARQL server with the Graph Store HTTP Protocol.

Each build goes into its own named graph, ``https://w3id.org/paper-kg/build/<digest>``, where
the digest is the SHA-256 of the N-Triples sent (the exports are sorted, so the same build
always gets the same name). ``PUT`` (the default) replaces that graph, so pushing the same
build twice leaves the server as it was; ``POST`` adds to it.

``endpoint`` is the server's Graph Store endpoint, e.g. ``http://127.0.0.1:7878/store`` for
Oxigraph, ``http://host:3030/DATASET/data`` for Fuseki or ``http://host:8890/sparql-graph-crud``
for Virtuoso; the graph is named with the protocol's ``?graph=`` parameter.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from kg.errors import KgFailure, KgUsageError, safe_text
from kg.export.formats import for_path
from kg.schema import BASE
from kg.sparql.store import GraphStore, is_store

BUILD_GRAPH = BASE + "build/"
_PUSHABLE = (".jsonld", ".nt", ".rdf", ".ttl")
"""File suffixes of graph (not dataset) formats; their media types come from the format registry."""


class PushError(KgFailure):
    """A push that failed, with the server's answer."""


class PushUsageError(KgUsageError, PushError):
    """A push asked with a bad graph, method or endpoint."""


@dataclass
class PushReport:
    graph: str
    bytes: int
    status: int
    method: str


def _source_file(source: Path, scratch: Path) -> Path:
    """The file to send: an export file, the N-Triples (or Turtle) of an export directory, or a store dump."""
    if is_store(source):
        target = scratch / "graph.nt"
        with GraphStore(source, read_only=True) as store:
            store.store.dump(str(target), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        return target
    if source.is_dir():
        for name in ("graph.nt", "graph.ttl", "graph.jsonld"):
            if (source / name).is_file():
                return source / name
        raise PushUsageError(f"{source}: no graph.nt, graph.ttl or graph.jsonld there")
    if source.suffix.lower() not in _PUSHABLE:
        raise PushUsageError(f"{source}: cannot push this format (expected one of {', '.join(_PUSHABLE)})")
    return source


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def push(source: str | Path, endpoint: str, graph: str | None = None, method: str = "PUT",
         auth: str | None = None, timeout: float = 600.0) -> PushReport:
    """Send ``source`` (an export file or directory, or a store) to ``endpoint`` as one named graph."""
    source = Path(source)
    method = method.upper()
    if method not in ("PUT", "POST"):
        raise PushUsageError(f"method must be PUT or POST, not {method}")
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise PushUsageError(f"{endpoint}: not an http(s) URL")
    scratch = Path(tempfile.mkdtemp(prefix="kg-push-"))
    try:
        path = _source_file(source, scratch)
        graph = graph or BUILD_GRAPH + _digest(path)[:16]
        size = path.stat().st_size
        url = f"{endpoint}{'&' if '?' in endpoint else '?'}graph={quote(graph, safe='')}"
        headers = {"Content-Type": for_path(path).media_type, "Content-Length": str(size)}
        if auth:
            headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
        with path.open("rb") as body:
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                detail = safe_text(error.read(2000).decode("utf-8", "replace"), 300)
                raise PushError(f"{method} {url}: HTTP {error.code}: {detail}") from error
            except (urllib.error.URLError, OSError) as error:
                reason = getattr(error, "reason", error)
                if isinstance(reason, TimeoutError) or isinstance(error, TimeoutError):
                    raise PushError(f"{method} {url}: no answer within --timeout {timeout:g} s") from error
                raise PushError(f"{method} {url}: {safe_text(reason)}") from error
        return PushReport(graph, size, status, method)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
