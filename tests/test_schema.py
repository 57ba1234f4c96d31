"""The schema module, the OWL ontology and the SHACL shapes agree."""

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg import schema as S

from conftest import ROOT

ONTOLOGY = Graph().parse(ROOT / "ontology" / "kg.ttl")
SHAPES = Graph().parse(ROOT / "ontology" / "shapes.ttl")


def kg_terms_used_by_schema() -> set[URIRef]:
    terms = {t.rdf_class for t in S.NODE_TYPES.values()} | {e.rdf_property for e in S.EDGE_TYPES.values()}
    terms |= {value for value in vars(S).values() if isinstance(value, URIRef) and value.startswith(str(S.KG))}
    return terms


def test_every_term_is_declared_with_label_and_comment():
    for term in kg_terms_used_by_schema():
        assert (term, RDF.type, None) in ONTOLOGY, f"{term} not declared"
        assert isinstance(ONTOLOGY.value(term, RDFS.label), Literal), f"{term} has no label"
        assert isinstance(ONTOLOGY.value(term, RDFS.comment), Literal), f"{term} has no comment"


def test_every_declared_class_and_property_has_label_and_comment():
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in ONTOLOGY.subjects(RDF.type, kind):
            if isinstance(term, URIRef):
                assert ONTOLOGY.value(term, RDFS.label) and ONTOLOGY.value(term, RDFS.comment), term


def test_edge_types_are_object_properties():
    for edge in S.EDGE_TYPES.values():
        assert (edge.rdf_property, RDF.type, OWL.ObjectProperty) in ONTOLOGY


def test_every_edge_type_has_a_shape():
    targeted = set(SHAPES.objects(None, SH.targetSubjectsOf))
    assert {e.rdf_property for e in S.EDGE_TYPES.values()} <= targeted


def test_every_node_type_has_a_shape():
    targeted = set(SHAPES.objects(None, SH.targetClass))
    assert {t.rdf_class for t in S.NODE_TYPES.values()} <= targeted


def test_every_term_is_an_iri():
    """``KG.split`` would be ``str.split`` (a Namespace is a str): every named term must be a URIRef."""
    from rdflib import Namespace, URIRef

    from kg import schema

    for name in dir(schema):
        value = getattr(schema, name)
        if name.isupper() and callable(value) and not isinstance(value, type):
            raise AssertionError(f"schema.{name} is {value!r}, not an RDF term")
        if name.isupper() and isinstance(value, str) and not isinstance(value, Namespace) \
                and str(value).startswith(schema.BASE + "ontology#"):
            assert isinstance(value, URIRef), name


def _union(node) -> set:
    """The classes of an ``owl:unionOf`` class expression, or the one class."""
    from rdflib.collection import Collection

    members = ONTOLOGY.value(node, OWL.unionOf)
    return set(Collection(ONTOLOGY, members)) if members is not None else {node}


def test_edge_domains_and_ranges_agree_with_the_ontology():
    for edge in S.EDGE_TYPES.values():
        domain, range_ = ONTOLOGY.value(edge.rdf_property, RDFS.domain), ONTOLOGY.value(edge.rdf_property, RDFS.range)
        assert _union(domain) == {S.NODE_TYPES[t].rdf_class for t in edge.domain}, edge.name
        assert _union(range_) == {S.NODE_TYPES[t].rdf_class for t in edge.range}, edge.name
