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

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import KgUsageError
from kg.export import ntriples
from kg.schema import PREFIXES


class UnknownFormat(KgUsageError):
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


def prefixes() -> dict[str, str]:
    """The project's prefixes (``kg:``, ``res:``, ``skos:``, ...) as Oxigraph takes them."""
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def _via_oxigraph(oxigraph_format: ox.RdfFormat) -> Callable[[Graph], bytes]:
    """A writer that sorts the graph's N-Triples and lets Oxigraph re-write them: the same path
    (and so the same bytes for the same triples) as the build's streaming writers."""

    def write(rdf: Graph) -> bytes:
        sorted_lines = ntriples.serialize(rdf)
        return ox.serialize(ox.parse(sorted_lines, format=ox.RdfFormat.N_TRIPLES), format=oxigraph_format,
                            prefixes=prefixes())

    return write


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", "ttl", "text/turtle", "turtle", ox.RdfFormat.TURTLE, ("application/x-turtle",),
              _via_oxigraph(ox.RdfFormat.TURTLE)),
    RdfFormat("n-triples", "nt", "application/n-triples", "nt", ox.RdfFormat.N_TRIPLES,
              ("ntriples", "nt11", "text/plain"), ntriples.serialize),
    RdfFormat("json-ld", "jsonld", "application/ld+json", "json-ld", ox.RdfFormat.JSON_LD, ("json",),
              _via_oxigraph(ox.RdfFormat.JSON_LD)),
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
