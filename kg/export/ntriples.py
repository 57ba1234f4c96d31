"""The one N-Triples writer: terms as N-Triples text, lines sorted so the output is deterministic.

Escaping follows canonical N-Triples as Oxigraph writes it (a test compares the two): ``"`` and
``\\`` and the control characters with a short escape (``\\b \\t \\n \\f \\r``) are written as
that escape, every other control character (and U+FFFE, U+FFFF) as ``\\uXXXX``, everything else
as UTF-8. Written here rather than through pyoxigraph terms because building a Python term object
per triple costs more than the whole mapping of a large build.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

_ESCAPES: dict[int, str] = {ord('"'): '\\"', ord("\\"): "\\\\", 0x08: "\\b", 0x09: "\\t", 0x0A: "\\n",
                            0x0C: "\\f", 0x0D: "\\r"}
for _code in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF):
    _ESCAPES.setdefault(_code, f"\\u{_code:04X}")
_INTEGER = str(XSD.integer)


def iri(value: str) -> str:
    """An IRI as N-Triples; ``value`` must already be a valid IRI (minted IRIs are)."""
    return f"<{value}>"


def literal(lexical: str, datatype: str | None = None, language: str | None = None) -> str:
    """A literal as N-Triples, from its lexical form and its datatype IRI or language tag."""
    text = f'"{lexical.translate(_ESCAPES)}"'
    if language:
        return f"{text}@{language}"
    return f"{text}^^<{datatype}>" if datatype else text


def term(node) -> str:
    """An rdflib term (IRI, literal or blank node) as N-Triples."""
    if isinstance(node, URIRef):
        return iri(str(node))
    if isinstance(node, Literal):
        return literal(str(node), None if node.datatype is None else str(node.datatype), node.language)
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"not an RDF term: {node!r}")


def serialize(triples: Graph | Iterable[tuple]) -> bytes:
    """Sorted, de-duplicated N-Triples lines of ``triples`` (an rdflib Graph or triples), as UTF-8."""
    lines = {f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples}
    return "".join(sorted(lines)).encode("utf-8")


class NTriplesLines:
    """A sink for :func:`kg.export.rdf.to_rdf` that makes N-Triples lines without rdflib terms.

    Terms it makes are their N-Triples text; the schema's rdflib constants are converted once.
    The lines are those :func:`serialize` writes for the same triples in an rdflib Graph.
    """

    def __init__(self) -> None:
        self.lines: set[str] = set()
        self._constants: dict = {}
        self._typed: dict = {}

    def add(self, triple) -> None:
        s, p, o = triple  # terms made by iri()/lit() are str; rdflib terms are schema constants
        constants = self._constants
        if type(s) is not str:
            s = constants.get(s) or self._constant(s)
        if type(p) is not str:
            p = constants.get(p) or self._constant(p)
        if type(o) is not str:
            o = constants.get(o) or self._constant(o)
        self.lines.add(f"{s} {p} {o} .\n")

    iri = staticmethod(iri)

    def lit(self, value, datatype=None) -> str:
        if datatype is None and type(value) is str:
            return literal(value)
        if datatype is None and type(value) is int:
            return f'"{value}"^^<{_INTEGER}>'
        key = (type(value), str(value), datatype)  # Decimal("10") == Decimal("10.0"): key by text
        if key not in self._typed:
            self._typed[key] = term(Literal(value, datatype=datatype))
        return self._typed[key]

    def decimal(self, value: float) -> str:
        return self.lit(Decimal(str(value)), XSD.decimal)

    def _constant(self, node) -> str:
        if node not in self._constants:
            self._constants[node] = term(node)
        return self._constants[node]

    def text(self) -> str:
        return "".join(sorted(self.lines))
