"""Running one SPARQL query safely and writing its result: shared by ``kg query`` and ``kg serve``.

``kg serve`` starts worker processes with ``python -m kg.sparql.worker STORE_DIR``; this module
imports only the standard library, pyoxigraph and :mod:`kg.errors` (the ``kg`` package imports
its public names lazily), so a worker starts in a fraction of a second. Requests come as one JSON line on standard input; each answer is one JSON header line
and then ``length`` bytes of body on standard output. A query that runs past the time limit is
ended by the server killing this process, which is why queries run here and not in the
server's threads.

Results are written by pyoxigraph's own serializers (SPARQL JSON, XML, CSV and TSV; Turtle,
N-Triples, JSON-LD and RDF/XML for graphs). A result cap is applied by streaming the solutions
as TSV, one per line, and stopping after ``cap`` lines; the kept lines are parsed back and
written in the format asked for.
"""

from __future__ import annotations

import json
import re
import sys

import pyoxigraph as ox

from kg.errors import safe_text

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                 "rdfxml": ox.RdfFormat.RDF_XML}
SOLUTION_TYPES = {"application/sparql-results+json": "json", "application/json": "json", "text/csv": "csv",
                  "text/tab-separated-values": "tsv", "application/sparql-results+xml": "xml",
                  "application/xml": "xml"}
GRAPH_TYPES = {"text/turtle": "ttl", "application/n-triples": "nt", "application/ld+json": "jsonld",
               "application/rdf+xml": "rdfxml"}
FORMAT_NAMES = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
                "xml": "application/sparql-results+xml", "turtle": "text/turtle", "ttl": "text/turtle",
                "nt": "application/n-triples", "ntriples": "application/n-triples", "jsonld": "application/ld+json",
                "rdfxml": "application/rdf+xml"}
MAX_DEPTH = 200
"""Deepest nesting of ``{ ( [`` accepted: Oxigraph's recursive parser overflows the stack near 5,000."""

# Strings, IRIs, comments and backslash escapes, which may contain any word without it being a
# keyword. An escape is one token so that ``ex:a\'`` and ``ex:a\#`` (prefixed names) start
# neither a string nor a comment.
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
                     r'|"(?:[^"\\\n\r]|\\.)*"' r"|'(?:[^'\\\n\r]|\\.)*'"
                     r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*|\\.', re.S)
_VARIABLE = re.compile(r"[?$][A-Za-z0-9_]+")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class QueryRefused(ValueError):
    """A query this project does not run (it fetches from the network, or nests too deeply)."""


class NotAcceptable(Exception):
    pass


def check_query(sparql: str, allow_service: bool = False) -> None:
    """Refuse ``SERVICE`` (a fetch from a URL the query names) and nesting deeper than :data:`MAX_DEPTH`.

    Oxigraph has no switch to turn off ``SERVICE``, so the query text is scanned: outside
    strings, IRIs, comments and variable names the word must not appear at all. This refuses
    a little more than needed (a prefixed name such as ``ex:service``), never less.
    """
    unescaped = _ESCAPE.sub(_unescape, sparql)
    for text in (sparql, unescaped):
        bare = _VARIABLE.sub(" ", _OPAQUE.sub(" ", text))
        if not allow_service and "service" in bare.lower():
            raise QueryRefused("SERVICE is refused: queries may not fetch from other endpoints "
                               "(write IRIs that contain the word in full, <...>)")
        depth = deepest = 0
        for char in bare:
            if char in "{([":
                depth += 1
                deepest = max(deepest, depth)
            elif char in "})]":
                depth -= 1
        if deepest > MAX_DEPTH:
            raise QueryRefused(f"the query nests {deepest} levels deep; at most {MAX_DEPTH} are accepted")


def variables(sparql: str) -> set[str]:
    """The names of the variables ``sparql`` uses (``?x`` or ``$x``), not counting those inside
    strings, IRIs or comments."""
    return {match.group()[1:] for match in _VARIABLE.finditer(_OPAQUE.sub(" ", sparql))}


def _unescape(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return chr(code) if code < 0x110000 else " "


def choose(accept: list[str], offered: dict, default: str) -> str:
    """The first media type of ``accept`` (already ordered by preference) that is offered."""
    if not accept:
        return default
    for media in accept:
        if media in offered:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            match = next((m for m in offered if m.startswith(media[:-1])), None)
            if match:
                return match
    raise NotAcceptable(f"none of {', '.join(accept)} can be served; offered: {', '.join(offered)}")


class _Lines:
    """A write target that keeps the first ``keep`` lines and stops the writer after them."""

    class Full(Exception):
        pass

    def __init__(self, keep: int):
        self.keep, self.parts, self.lines, self.more = keep, [], 0, False

    def write(self, data) -> int:
        data = bytes(data)
        if self.lines >= self.keep and data:  # a line past the last one kept has begun
            self.more = True
            raise _Lines.Full()
        count = data.count(b"\n")
        if self.lines + count > self.keep:
            cut = 0
            for _ in range(self.keep - self.lines):
                cut = data.index(b"\n", cut) + 1
            self.parts.append(data[:cut])
            self.lines, self.more = self.keep, True
            raise _Lines.Full()
        self.parts.append(data)
        self.lines += count
        return len(data)

    def flush(self) -> None:
        pass


def capped_solutions(solutions: ox.QuerySolutions, cap: int | None) -> tuple[bytes, int, bool]:
    """The first ``cap`` solutions (all when ``cap`` is None) as TSV, how many, and whether there were more."""
    sink = _Lines(sys.maxsize if cap is None else cap + 1)  # the header line and ``cap`` solutions
    try:
        solutions.serialize(sink, format=ox.QueryResultsFormat.TSV)
    except (_Lines.Full, OSError):
        if not sink.more:
            raise
    return b"".join(sink.parts), max(sink.lines - 1, 0), sink.more


def write_result(result, fmt: str, cap: int | None = None, prefixes: dict | None = None) -> tuple[bytes, int, bool]:
    """``result`` (of :meth:`pyoxigraph.Store.query`) in ``fmt``: body, rows (or triples) written, cut short.

    ``fmt`` is one of :data:`RESULT_FORMATS` for SELECT and ASK, one of :data:`GRAPH_FORMATS` for
    CONSTRUCT and DESCRIBE.
    """
    if isinstance(result, ox.QueryBoolean):
        return result.serialize(format=RESULT_FORMATS[fmt]), 1, False
    if isinstance(result, ox.QuerySolutions):
        tsv, rows, truncated = capped_solutions(result, cap)
        if fmt == "tsv":
            return tsv, rows, truncated
        solutions = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
        return solutions.serialize(format=RESULT_FORMATS[fmt]), rows, truncated
    triples, truncated = [], False
    for triple in result:
        if cap is not None and len(triples) >= cap:
            truncated = True
            break
        triples.append(triple)
    return ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes or None) or b"", len(triples), truncated


def graph_iris(values: list[str]) -> list[ox.NamedNode]:
    """``default-graph-uri`` / ``named-graph-uri`` values as IRIs; ValueError names a bad one."""
    iris = []
    for value in values:
        try:
            iris.append(ox.NamedNode(value))
        except ValueError as error:
            raise ValueError(f"not a valid graph IRI: {safe_text(value, 80)!r} ({error})") from error
    return iris


def term(text: str) -> ox.NamedNode | ox.Literal:
    """An IRI or literal written in N-Triples (as the server passes parameters on); ValueError otherwise."""
    try:
        triples = list(ox.parse(f"<urn:x:s> <urn:x:p> {text} .\n".encode(), format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError as error:
        raise ValueError(f"not an N-Triples term: {safe_text(text, 80)}") from error
    if len(triples) != 1 or isinstance(triples[0].object, ox.BlankNode):
        raise ValueError(f"not an N-Triples term: {safe_text(text, 80)}")
    return triples[0].object


def run(store: ox.Store, request: dict) -> tuple[dict, bytes]:
    """Answer one request of the server: ``{"status", "content_type", "rows", "truncated"}`` and a body."""
    accept = request.get("accept") or []
    if request.get("format"):
        name = FORMAT_NAMES.get(request["format"].lower())
        if name is None:
            return {"status": 400, "message": f"unknown format {safe_text(request['format'], 40)!r}"}, b""
        accept = [name]
    options = {"prefixes": request.get("prefixes") or {}}
    try:
        check_query(request["query"])
        if request.get("default_graph"):
            options["default_graph"] = graph_iris(request["default_graph"])
        if request.get("named_graphs"):
            options["named_graphs"] = graph_iris(request["named_graphs"])
        if request.get("bindings"):
            options["substitutions"] = {ox.Variable(name): term(value) for name, value in request["bindings"].items()}
        result = store.query(request["query"], **options)
    except (SyntaxError, ValueError, RuntimeError) as error:
        return {"status": 400, "message": f"query refused: {safe_text(error)}"}, b""
    try:
        if isinstance(result, (ox.QueryBoolean, ox.QuerySolutions)):
            media = choose(accept, SOLUTION_TYPES, "application/sparql-results+json")
            body, count, truncated = write_result(result, SOLUTION_TYPES[media], request.get("cap"))
        else:
            media = choose(accept, GRAPH_TYPES, "text/turtle")
            body, count, truncated = write_result(result, GRAPH_TYPES[media], request.get("cap"), options["prefixes"])
    except NotAcceptable as error:
        return {"status": 406, "message": str(error)}, b""
    except OSError as error:
        return {"status": 500, "message": f"query failed: {safe_text(error)}"}, b""
    charset = "; charset=utf-8" if not media.endswith("+xml") else ""
    return {"status": 200, "content_type": media + charset, "rows": count, "truncated": truncated}, body


def main(path: str) -> None:
    store = ox.Store.read_only(path)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    stdout.write(b'{"ready": true}\n')
    stdout.flush()
    for line in stdin:
        try:
            header, body = run(store, json.loads(line))
        except Exception as error:  # a worker answers every request, whatever went wrong
            header, body = {"status": 500, "message": safe_text(f"{type(error).__name__}: {error}")}, b""
        header["length"] = len(body)
        stdout.write(json.dumps(header).encode() + b"\n" + body)
        stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
