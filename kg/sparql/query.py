"""SPARQL over exported graphs: load an export, run a query, format the result."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Graph
from rdflib.query import Result

from kg.export.formats import UnknownFormat, for_path
from kg.schema import PREFIXES



class QueryError(Exception):
    """A query or graph that cannot be used, with a message for people."""


def load_graph(path: str | Path) -> Graph:
    """An export file (Turtle, N-Triples, JSON-LD), a directory holding ``graph.ttl``, or a store.

    A store directory (``kg build --store DIR``) is opened read-only and queried in place: the
    rdflib ``Graph`` returned runs its queries in Oxigraph.
    """
    from kg.sparql.store import GraphStore, StoreError, is_store

    path = Path(path)
    if is_store(path):
        try:
            return GraphStore(path, read_only=True).rdflib_graph()
        except StoreError as error:
            raise QueryError(str(error)) from error
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.exists():
        raise QueryError(f"{path}: no such graph file")
    try:
        fmt = for_path(path)
    except UnknownFormat as error:
        raise QueryError(str(error)) from error
    rdf = Graph()
    rdf.parse(path, format=fmt.rdflib)
    return rdf


def read_query(text_or_path: str) -> str:
    """The query text, read from a ``.rq`` file when given a path."""
    path = Path(text_or_path)
    if path.suffix in {".rq", ".sparql"} and path.exists():
        return path.read_text(encoding="utf-8")
    return text_or_path


def run_query(rdf: Graph, sparql: str) -> Result:
    """Run SELECT, ASK or CONSTRUCT; the project's prefixes (kg:, skos:, ...) are predeclared."""
    try:
        return rdf.query(sparql, initNs={prefix: str(ns) for prefix, ns in PREFIXES.items()})
    except Exception as error:  # rdflib raises pyparsing and assorted errors for bad queries
        raise QueryError(f"query failed: {error}") from error


def rows(result: Result) -> list[dict[str, str | None]]:
    """SELECT results as a list of ``{variable: value}`` dicts (values as strings)."""
    names = [str(v) for v in result.vars or []]
    return [{name: (None if row[i] is None else str(row[i])) for i, name in enumerate(names)} for row in result]


def format_result(result: Result, fmt: str = "table") -> str:
    """A result as a text table, CSV or JSON (CONSTRUCT results as Turtle)."""
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        return json.dumps({"boolean": answer}) if fmt == "json" else str(answer).lower()
    if result.type == "CONSTRUCT":
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        for triple in result:
            graph.add(triple)
        return graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    table = rows(result)
    names = [str(v) for v in result.vars or []]
    if fmt == "json":
        return json.dumps(table, indent=1, ensure_ascii=False)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
        return out.getvalue()
    widths = {n: min(60, max([len(n)] + [len(r[n] or "") for r in table])) for n in names}
    lines = ["  ".join(n.ljust(widths[n]) for n in names), "  ".join("-" * widths[n] for n in names)]
    for r in table:
        lines.append("  ".join(_cut(r[n] or "", widths[n]).ljust(widths[n]) for n in names))
    lines.append(f"({len(table)} rows)")
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
