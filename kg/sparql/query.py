"""SPARQL over exported graphs: load an export into Oxigraph, bind parameters, run a query, format the result.

``kg query`` and ``kg stats`` load export files (N-Triples, Turtle or JSON-LD; a directory with
any of ``graph.nt``, ``graph.ttl``, ``graph.jsonld``) into an in-memory Oxigraph store, or open
a store directory read-only, and run queries there. Results are written by the formatter the
server uses (:func:`kg.sparql.worker.write_result`), plus a readable table for the terminal.

``load_graph`` and ``run_query`` keep the library API's rdflib side: an rdflib ``Graph`` and
queries run by rdflib, with the same refusal of ``SERVICE``.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal as RdfLiteral, Variable
from rdflib.query import Result

from kg.errors import safe_text
from kg.export.formats import RdfFormat, UnknownFormat, for_path
from kg.sparql import summary
from kg.sparql.params import QueryError, name_key, parse_params, substitutions
from kg.sparql.store import is_store, prefixes
from kg.sparql.worker import (GRAPH_FORMATS, RESULT_FORMATS, QueryRefused, capped_solutions, check_query,
                              write_result)

EXPORT_NAMES = ("graph.nt", "graph.ttl", "graph.jsonld")
"""Export files looked for in a directory, fastest to load first."""
OUTPUT_FORMATS = ("table", "csv", "tsv", "json", "xml")


def export_file(path: str | Path) -> tuple[Path, RdfFormat]:
    """The export file to read for ``path`` and its format: the file itself, or the first of
    :data:`EXPORT_NAMES` in a directory."""
    path = Path(path)
    if path.is_dir():
        found = [path / name for name in EXPORT_NAMES if (path / name).is_file()]
        if not found:
            raise QueryError(f"{path}: no {', '.join(EXPORT_NAMES)} there (and not a store)")
        path = found[0]
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file")
    try:
        return path, for_path(path)
    except UnknownFormat as error:
        raise QueryError(str(error)) from error


def load_store(path: str | Path) -> ox.Store:
    """An Oxigraph store for ``path``: a store directory opened read-only, or an export loaded in
    memory with its summary computed (:mod:`kg.sparql.summary`)."""
    if is_store(path):
        try:
            return ox.Store.read_only(str(path))
        except OSError as error:
            raise QueryError(f"{path}: cannot open the store: {safe_text(error)}") from error
    file, fmt = export_file(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(file), format=fmt.oxigraph)
    except (OSError, SyntaxError, ValueError) as error:
        raise QueryError(f"{file}: cannot load: {safe_text(error)}") from error
    summary.refresh(store)
    return store


def load_graph(path: str | Path) -> Graph:
    """An rdflib ``Graph`` of an export file or directory, or over a store (queries then run in Oxigraph)."""
    from kg.sparql.store import GraphStore, StoreError

    if is_store(path):
        try:
            return GraphStore(path, read_only=True).rdflib_graph()
        except StoreError as error:
            raise QueryError(str(error)) from error
    file, fmt = export_file(path)
    rdf = Graph()
    rdf.parse(file, format=fmt.rdflib)
    return rdf


def read_query(text_or_path: str) -> str:
    """The query text, read from a ``.rq`` file when given a path."""
    path = Path(text_or_path)
    if path.suffix in {".rq", ".sparql"} and path.is_file():
        return path.read_text(encoding="utf-8")
    return text_or_path


def execute(store: ox.Store, sparql: str, params: dict | None = None, allow_service: bool = False):
    """Run ``sparql`` on ``store`` with the project's prefixes; ``params`` bind variables.

    Each parameter replaces its variable everywhere in the query (pyoxigraph's ``substitutions``,
    SPARQL SEP-0007): the value is a term, never text pasted into the query, and the variable
    must be in the SELECT's projection (the example queries project it). A ``name`` also binds
    ``?key`` to its match key (:mod:`kg.sparql.params`).
    """
    try:
        check_query(sparql, allow_service=allow_service)
        return store.query(sparql, prefixes=prefixes(), substitutions=substitutions(sparql, params))
    except QueryRefused as error:
        raise QueryError(f"query refused: {error}") from error
    except (SyntaxError, ValueError, RuntimeError) as error:
        raise QueryError(f"query failed: {safe_text(error)}") from error
    except OSError as error:
        raise QueryError(f"query failed: {safe_text(error)}") from error


def format_result(result, fmt: str = "table") -> str:
    """A pyoxigraph result as a text table, or SPARQL JSON, XML, CSV or TSV; graphs as Turtle (N-Triples for csv/tsv, JSON-LD for json)."""
    if fmt not in OUTPUT_FORMATS:
        raise QueryError(f"unknown output format {fmt!r} (one of {', '.join(OUTPUT_FORMATS)})")
    try:
        if isinstance(result, ox.QueryBoolean):
            return str(bool(result)).lower() if fmt == "table" else write_result(result, fmt)[0].decode("utf-8")
        if isinstance(result, ox.QuerySolutions):
            return _table(result) if fmt == "table" else write_result(result, fmt)[0].decode("utf-8")
        graph_fmt = {"json": "jsonld", "xml": "rdfxml", "csv": "nt", "tsv": "nt"}.get(fmt, "ttl")
        return write_result(result, graph_fmt, prefixes=prefixes())[0].decode("utf-8")
    except OSError as error:
        raise QueryError(f"query failed: {safe_text(error)}") from error


def solution_rows(result: ox.QuerySolutions) -> list[dict[str, str | None]]:
    """SELECT results as ``{variable: value}`` dicts (values as strings, None when unbound)."""
    names = [v.value for v in result.variables]
    return [{name: (None if solution[name] is None else solution[name].value) for name in names} for solution in result]


def _table(result: ox.QuerySolutions) -> str:
    names = [v.value for v in result.variables]
    tsv, _, _ = capped_solutions(result, None)
    table = solution_rows(ox.parse_query_results(tsv, format=RESULT_FORMATS["tsv"]))
    widths = {n: min(60, max([len(n)] + [len(table_cell(r[n] or "", 60)) for r in table])) for n in names}
    lines = ["  ".join(n.ljust(widths[n]) for n in names), "  ".join("-" * widths[n] for n in names)]
    for r in table:
        lines.append("  ".join(table_cell(r[n] or "", widths[n]).ljust(widths[n]) for n in names))
    lines.append(f"({len(table)} rows)")
    return "\n".join(lines)


def table_cell(text: str, width: int) -> str:
    """``text`` for a terminal table: one line, control characters escaped, cut to ``width``."""
    text = safe_text(" ".join(text.split()), 10 * width)
    return text if len(text) <= width else text[: width - 1] + "…"


# -- the library API's rdflib side ----------------------------------------------------------


def run_query(rdf: Graph, sparql: str, params: dict[str, str] | None = None) -> Result:
    """Run SELECT, ASK or CONSTRUCT with rdflib; the project's prefixes are predeclared, SERVICE is refused.

    ``params`` binds variables to plain string literals (rdflib's ``initBindings``); a ``name``
    also binds ``?key`` to its match key, as in :func:`execute`.
    """
    try:
        check_query(sparql)
    except QueryRefused as error:
        raise QueryError(f"query refused: {error}") from error
    try:
        params = dict(params or {})
        if (key := name_key(sparql, params)) is not None:
            params["key"] = key
        bindings = {Variable(name): RdfLiteral(value) for name, value in params.items()}
        return rdf.query(sparql, initNs=prefixes(), initBindings=bindings)
    except Exception as error:  # rdflib raises pyparsing and assorted errors for bad queries
        raise QueryError(f"query failed: {safe_text(error)}") from error


def rows(result: Result) -> list[dict[str, str | None]]:
    """rdflib SELECT results as a list of ``{variable: value}`` dicts (values as strings)."""
    names = [str(v) for v in result.vars or []]
    return [{name: (None if row[i] is None else str(row[i])) for i, name in enumerate(names)} for row in result]


__all__ = ["GRAPH_FORMATS", "OUTPUT_FORMATS", "QueryError", "execute", "format_result", "load_graph", "load_store",
           "parse_params", "read_query", "rows", "run_query", "solution_rows"]
