"""One SPARQL worker process of ``kg serve``: runs queries on a read-only Oxigraph store.

The server starts this file by path (``python kg/sparql_worker.py STORE_DIR``), so it imports
only the standard library and pyoxigraph and starts in a fraction of a second. Requests come
as one JSON line on standard input; each answer is one JSON header line and then ``length``
bytes of body on standard output. A query that runs past the time limit is ended by the
server killing this process, which is why queries run here and not in the server's threads.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
FORMAT_NAMES = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
                "xml": "application/sparql-results+xml", "turtle": "text/turtle", "ttl": "text/turtle",
                "nt": "application/n-triples", "ntriples": "application/n-triples", "jsonld": "application/ld+json",
                "rdfxml": "application/rdf+xml"}


class NotAcceptable(Exception):
    pass


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


def term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def term_xml(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def take(items, cap: int) -> tuple[list, bool]:
    """The first ``cap`` items, and whether there were more."""
    taken = []
    for item in items:
        if len(taken) >= cap:
            return taken, True
        taken.append(item)
    return taken, False


def select_body(solutions, names: list[str], fmt: str, cap: int) -> tuple[bytes, int, bool]:
    taken, truncated = take(solutions, cap)
    rows = [[solution[name] for name in names] for solution in taken]
    if fmt == "json":
        bindings = [{n: term_json(v) for n, v in zip(names, row) if v is not None} for row in rows]
        body = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False)
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else v.value for v in row] for row in rows])
        body = out.getvalue()
    elif fmt == "tsv":
        lines = ["\t".join("?" + n for n in names)]
        lines += ["\t".join("" if v is None else str(v) for v in row) for row in rows]
        body = "\n".join(lines) + "\n"
    else:
        head = "".join(f"<variable name={quoteattr(n)}/>" for n in names)
        results = "".join(
            "<result>" + "".join(f"<binding name={quoteattr(n)}>{term_xml(v)}</binding>"
                                 for n, v in zip(names, row) if v is not None) + "</result>"
            for row in rows)
        body = ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head>{head}</head><results>{results}</results></sparql>\n")
    return body.encode("utf-8"), len(rows), truncated


def ask_body(answer: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}).encode()
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{str(answer).lower()}</boolean></sparql>\n").encode()
    return (str(answer).lower() + "\n").encode()


def run(store: ox.Store, request: dict) -> tuple[dict, bytes]:
    accept = request.get("accept") or []
    if request.get("format"):
        name = FORMAT_NAMES.get(request["format"].lower())
        if name is None:
            return {"status": 400, "message": f"unknown format {request['format']!r}"}, b""
        accept = [name]
    options = {"prefixes": request.get("prefixes") or {}}
    if request.get("default_graph"):
        options["default_graph"] = [ox.NamedNode(g) for g in request["default_graph"]]
    if request.get("named_graphs"):
        options["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
    try:
        result = store.query(request["query"], **options)
    except SyntaxError as error:
        return {"status": 400, "message": f"query failed: {error}"}, b""
    cap = int(request.get("cap") or 10_000)
    try:
        if isinstance(result, ox.QueryBoolean):
            media = choose(accept, SOLUTION_TYPES, "application/sparql-results+json")
            body, count, truncated = ask_body(bool(result), SOLUTION_TYPES[media]), 1, False
        elif isinstance(result, ox.QuerySolutions):
            media = choose(accept, SOLUTION_TYPES, "application/sparql-results+json")
            names = [v.value for v in result.variables]
            body, count, truncated = select_body(result, names, SOLUTION_TYPES[media], cap)
        else:
            media = choose(accept, GRAPH_TYPES, "text/turtle")
            triples, truncated = take(result, cap)
            body = ox.serialize(triples, format=GRAPH_TYPES[media], prefixes=options["prefixes"] or None)
            count = len(triples)
    except NotAcceptable as error:
        return {"status": 406, "message": str(error)}, b""
    except OSError as error:
        return {"status": 500, "message": f"query failed: {error}"}, b""
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
            header, body = {"status": 500, "message": f"{type(error).__name__}: {error}"}, b""
        header["length"] = len(body)
        stdout.write(json.dumps(header).encode() + b"\n" + body)
        stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
