"""The N-Triples writer: canonical escaping (as Oxigraph writes it), sorted lines, one path for
the rdflib graph and the build's streaming sink."""

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.export import ntriples
from kg.export.ntriples import NTriplesLines
from kg.export.rdf import to_rdf
from kg.graph.network import build_graph

HOSTILE = 'a "quoted" \\ back\r\nslash \x00 nul \x07\x08\x0b\x0c\x1f\x7f \u202e rtl \ufffe é 😀'


def test_literals_are_escaped_as_oxigraph_writes_them():
    assert ntriples.literal(HOSTILE) == str(ox.Literal(HOSTILE))
    assert ntriples.literal("x", language="en") == str(ox.Literal("x", language="en"))
    typed = ox.Literal("2024-01-02", datatype=ox.NamedNode(str(XSD.date)))
    assert ntriples.literal("2024-01-02", str(XSD.date)) == str(typed)


def test_serialize_is_sorted_and_reparses():
    g = Graph()
    s = URIRef("http://example.org/s")
    g.add((s, URIRef("http://example.org/p"), Literal(HOSTILE)))
    g.add((s, URIRef("http://example.org/n"), Literal(3)))
    g.add((BNode("b1"), URIRef("http://example.org/p"), s))
    text = ntriples.serialize(g).decode("utf-8")
    lines = text.splitlines()
    assert lines == sorted(lines) and len(lines) == 3
    again = Graph().parse(data=text, format="nt")
    assert (s, URIRef("http://example.org/p"), Literal(HOSTILE)) in again
    assert len(list(ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES))) == 3


def test_the_sink_writes_what_the_graph_writer_writes(extractions):
    extractions[1].paper.title += ' "quoted" \\ back\r\nslash \x00 nul \u202e rtl'  # offsets unchanged
    graph = build_graph(extractions)
    sink = NTriplesLines()
    to_rdf(graph, target=sink)
    assert sink.text().encode("utf-8") == ntriples.serialize(to_rdf(graph))
    assert len(Graph().parse(data=sink.text(), format="nt")) == len(sink.lines)
