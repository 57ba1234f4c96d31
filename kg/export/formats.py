"""The one registry of RDF formats: names, aliases, file extensions, media types, the rdflib and
Oxigraph format of each, and the deterministic writer of the formats ``kg build`` exports.

Look a format up by anything a user or a client gives (in the spirit of rdflib's plugin registry)::

    >>> lookup("ttl").media_type
    'text/turtle'
    >>> lookup("application/n-triples").extension
    'nt'
    >>> for_path("out/graph.jsonld").name
    'json-ld'

:data:`EXPORTS` are the formats with a writer, by extension; :func:`serialize` writes an rdflib
Graph in one of them, byte-identical for equal graphs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.export import ntriples


class UnknownFormat(ValueError):
    """A format name, extension, media type or file suffix that no registered format has."""


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """One RDF format. ``extension`` (no dot) names its export file ``graph.<extension>``."""

    name: str
    extension: str
    media_type: str
    rdflib: str  # rdflib's parser/serializer plugin name
    oxigraph: ox.RdfFormat
    aliases: tuple[str, ...] = ()  # other names, extensions and media types that mean it
    writer: Callable[[Graph], bytes] | None = None  # deterministic export writer; None: read only

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.name, self.extension, self.media_type, *self.aliases)


def _turtle(rdf: Graph) -> bytes:
    return rdf.serialize(format="turtle", encoding="utf-8")  # rdflib sorts subjects and predicates


def _jsonld(rdf: Graph) -> bytes:
    context = {prefix: str(ns) for prefix, ns in rdf.namespaces() if prefix}
    doc = json.loads(rdf.serialize(format="json-ld", context=context, encoding="utf-8"))
    nodes = doc.get("@graph", [doc] if "@id" in doc else [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    ordered = {"@context": doc.get("@context", context), "@graph": sorted(nodes, key=lambda n: n.get("@id", ""))}
    return (json.dumps(ordered, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", "ttl", "text/turtle", "turtle", ox.RdfFormat.TURTLE, ("application/x-turtle",), _turtle),
    RdfFormat("n-triples", "nt", "application/n-triples", "nt", ox.RdfFormat.N_TRIPLES,
              ("ntriples", "nt11", "text/plain"), ntriples.serialize),
    RdfFormat("json-ld", "jsonld", "application/ld+json", "json-ld", ox.RdfFormat.JSON_LD, ("json",), _jsonld),
    RdfFormat("rdf/xml", "rdf", "application/rdf+xml", "xml", ox.RdfFormat.RDF_XML, ("rdfxml", "xml", "owl")),
    RdfFormat("n-quads", "nq", "application/n-quads", "nquads", ox.RdfFormat.N_QUADS, ("nquads",)),
    RdfFormat("trig", "trig", "application/trig", "trig", ox.RdfFormat.TRIG),
)
"""Every format paper-kg reads; those with a ``writer`` are also written."""

_BY_KEY: dict[str, RdfFormat] = {key.lower(): fmt for fmt in FORMATS for key in fmt.keys}
EXPORTS: dict[str, RdfFormat] = {fmt.extension: fmt for fmt in FORMATS if fmt.writer}
"""The formats ``kg build`` and :meth:`kg.api.KnowledgeGraph.write` export, by extension."""


def lookup(key: str) -> RdfFormat:
    """The format named by ``key``: a name, alias, extension (with or without the dot) or media
    type, in any case. Raises :class:`UnknownFormat`."""
    found = _BY_KEY.get(key.strip().lower().lstrip("."))
    if found is None:
        raise UnknownFormat(f"unknown RDF format {key!r}; known: {', '.join(f.extension for f in FORMATS)}")
    return found


def for_path(path: str | Path) -> RdfFormat:
    """The format of a file, by its suffix. Raises :class:`UnknownFormat`."""
    suffix = Path(path).suffix.lower()
    fmt = _BY_KEY.get(suffix.lstrip(".")) if suffix else None
    if fmt is None:
        known = ", ".join(sorted({f".{k}" for f in FORMATS for k in (f.extension, *f.aliases) if k.isalnum()}))
        raise UnknownFormat(f"{path}: unknown RDF format (expected a file ending in one of {known})")
    return fmt


def serialize(rdf: Graph, key: str) -> bytes:
    """``rdf`` written in the export format ``key`` (see :func:`lookup`), deterministically."""
    fmt = lookup(key)
    if fmt.writer is None:
        raise UnknownFormat(f"{fmt.name} is read, not written; written: {', '.join(EXPORTS)}")
    return fmt.writer(rdf)
