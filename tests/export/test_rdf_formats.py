"""The format registry: every way of naming a format finds the same entry."""

import pyoxigraph as ox
import pytest

from kg.export.formats import EXPORTS, FORMATS, UnknownFormat, for_path, lookup, serialize


@pytest.mark.parametrize("key", ["ttl", ".ttl", "turtle", "TURTLE", "text/turtle"])
def test_lookup_by_name_extension_or_media_type(key):
    fmt = lookup(key)
    assert (fmt.extension, fmt.rdflib, fmt.oxigraph) == ("ttl", "turtle", ox.RdfFormat.TURTLE)


def test_paths_and_aliases():
    assert for_path("x/graph.nt").media_type == "application/n-triples"
    assert for_path("graph.JSON").name == "json-ld"
    assert for_path("a.xml").oxigraph == ox.RdfFormat.RDF_XML
    assert lookup("ntriples") is lookup("application/n-triples")


def test_unknown_formats_name_what_is_known():
    with pytest.raises(UnknownFormat, match="ttl"):
        lookup("yaml")
    with pytest.raises(UnknownFormat, match="graph.csv"):
        for_path("graph.csv")


def test_every_key_names_one_format():
    keys = [key for fmt in FORMATS for key in {k.lower() for k in fmt.keys}]
    assert len(keys) == len(set(keys))


def test_exports_are_the_written_formats(graph):
    from kg.export.rdf import to_rdf

    assert set(EXPORTS) == {"ttl", "nt", "jsonld"}
    rdf = to_rdf(graph)
    for ext in EXPORTS:
        assert serialize(rdf, ext)  # each writer runs
    with pytest.raises(UnknownFormat):
        serialize(rdf, "rdf")
