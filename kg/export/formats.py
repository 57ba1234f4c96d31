"""Deterministic serialisation of the RDF graph: Turtle, N-Triples and JSON-LD."""

from __future__ import annotations

import json

from rdflib import Graph

FORMATS: dict[str, str] = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
"""File extension → rdflib format name."""


def serialize(rdf: Graph, fmt: str) -> bytes:
    """``rdf`` in format ``fmt`` (an extension of :data:`FORMATS`), byte-identical for equal graphs.

    rdflib's Turtle writer sorts subjects and predicates itself; N-Triples lines and JSON-LD
    nodes are sorted here.
    """
    if fmt == "ttl":
        return rdf.serialize(format="turtle", encoding="utf-8")
    if fmt == "nt":
        lines = rdf.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        return ("\n".join(sorted(line for line in lines if line.strip())) + "\n").encode("utf-8")
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in rdf.namespaces() if prefix}
        doc = json.loads(rdf.serialize(format="json-ld", context=context, encoding="utf-8"))
        nodes = doc.get("@graph", [doc] if "@id" in doc else [])
        for node in nodes:
            for key, value in node.items():
                if isinstance(value, list):
                    node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        ordered = {"@context": doc.get("@context", context),
                   "@graph": sorted(nodes, key=lambda n: n.get("@id", ""))}
        return (json.dumps(ordered, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
    raise ValueError(f"unknown RDF format {fmt!r}; known: {', '.join(FORMATS)}")
