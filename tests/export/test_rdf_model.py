"""The compact RDF model: direct edges, one kg:Evidence per (paper, edge) between entities,
sentence-level kg:names, match keys and paper counts on entities (docs/rdf-model.md)."""

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.export.rdf import to_rdf
from kg.graph.network import build_graph
from kg.records import Relation
from kg.schema import KG, RESOURCE

PAPER_A = URIRef(RESOURCE + "paper/arxiv-2401.00001")


def entity(rdf, label: str) -> URIRef:
    return next(rdf.subjects(SKOS.prefLabel, Literal(label)))


def test_one_evidence_record_per_paper_and_edge(extractions):
    # the same outperforms edge read from a second sentence of the same paper
    extractions[0].relations.append(Relation(2, 3, "outperforms", 0.9, "model", 2))
    rdf = to_rdf(build_graph(extractions))
    foonet, llama = entity(rdf, "FooNet"), entity(rdf, "LLaMA-2")
    assert (foonet, KG.outperforms, llama) in rdf
    records = [e for e in rdf.subjects(RDF.predicate, KG.outperforms)]
    assert len(records) == 1
    record = records[0]
    assert (record, RDF.type, KG.Evidence) in rdf
    assert (record, RDF.subject, foonet) in rdf and (record, RDF.object, llama) in rdf
    assert (record, KG.inPaper, PAPER_A) in rdf
    assert set(rdf.objects(record, KG.evidence)) == {URIRef(f"{PAPER_A}/s1"), URIRef(f"{PAPER_A}/s2")}
    assert list(rdf.objects(record, KG.confidence)) == [Literal("0.9", datatype=XSD.decimal)]
    assert list(rdf.objects(record, KG.extractor)) == [Literal("model")]


def test_paper_edges_keep_their_sentences_without_records(graph):
    rdf = to_rdf(graph)
    squad = entity(rdf, "SQuAD")
    assert (PAPER_A, KG.mentions, squad) in rdf
    assert set(rdf.subjects(KG.names, squad)) == {URIRef(f"{PAPER_A}/s1"),
                                                  URIRef(RESOURCE + "paper/arxiv-2401.00002/s0")}
    assert not list(rdf.subjects(RDF.subject, PAPER_A))  # no reified copy of the paper's own edges
    claim = next(rdf.objects(PAPER_A, KG.states))
    assert (claim, KG.evidence, URIRef(f"{PAPER_A}/s1")) in rdf
    assert (URIRef(f"{PAPER_A}/title"), KG.field, Literal("title")) in rdf
    assert (URIRef(f"{PAPER_A}/s1"), KG.role, Literal("result")) in rdf


def test_every_edge_is_kept_as_a_direct_triple(graph):
    rdf = to_rdf(graph)
    direct = {(URIRef(RESOURCE + u), KG[d["type"]], URIRef(RESOURCE + v)) for u, v, d in graph.edges(data=True)}
    assert direct and all(t in rdf for t in direct)


def test_entities_have_match_keys_and_paper_counts(graph):
    rdf = to_rdf(graph)
    llama = entity(rdf, "LLaMA-2")
    assert set(rdf.subjects(KG.matchKey, Literal("llama2"))) == {llama}
    assert rdf.value(llama, KG.paperCount) == Literal(2)
    assert rdf.value(llama, RDFS.label) is None  # skos:prefLabel is a sub-property of rdfs:label
    vae = entity(rdf, "variational autoencoder")
    assert {str(k) for k in rdf.objects(vae, KG.matchKey)} >= {"variationalautoencoder", "vae"}


def test_shapes_reject_incomplete_evidence_and_sentences(graph):
    import pytest

    pyshacl = pytest.importorskip("pyshacl")
    from rdflib import Graph

    from conftest import ROOT

    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    rdf = to_rdf(graph)
    record = next(rdf.subjects(RDF.type, KG.Evidence))
    rdf.remove((record, KG.inPaper, None))
    rdf.remove((URIRef(f"{PAPER_A}/s1"), KG.start, None))  # neither a title nor a span
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=shapes, inference="none")
    assert not conforms
    assert "inPaper" in report and "/s1" in report
