"""The compact RDF model: direct edges, one kg:Evidence per (paper, edge) between entities,
sentence-level kg:names, match keys and paper counts on entities (docs/rdf-model.md)."""

import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.export.rdf import to_rdf
from kg.graph.network import build_graph
from kg.records import Relation
from kg.schema import KG, RESOURCE

from conftest import ROOT

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


    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    rdf = to_rdf(graph)
    record = next(rdf.subjects(RDF.type, KG.Evidence))
    rdf.remove((record, KG.inPaper, None))
    rdf.remove((URIRef(f"{PAPER_A}/s1"), KG.start, None))  # neither a title nor a span
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=shapes, inference="none")
    assert not conforms
    assert "inPaper" in report and "/s1" in report


DOCUMENTED = re.findall(r"^```sparql\n(.*?)^```", (ROOT / "docs" / "rdf-model.md").read_text(encoding="utf-8"), re.M | re.S)
PREFIXES = """PREFIX kg: <https://w3id.org/paper-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
SENTENCE_TEXT = PREFIXES + "SELECT ?s ?text WHERE {\n" + next(q for q in DOCUMENTED if q.startswith("?paper kg:hasSentence")) + "}"
"""The text of every sentence, by the pattern docs/rdf-model.md gives."""
CLAIM_TEXT = """PREFIX kg: <https://w3id.org/paper-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?claim ?paper ?text WHERE {
  ?paper kg:states ?claim ; dcterms:abstract ?abstract .
  ?claim kg:evidence ?s . ?s kg:start ?start ; kg:end ?end .
  BIND (SUBSTR(?abstract, ?start + 1, ?end - ?start) AS ?text)
}"""


def _expected_texts(extractions) -> dict[str, str]:
    """Sentence IRI -> its text, sliced in Python (characters, as the extractor counts them)."""
    texts = {}
    for ex in extractions:
        paper = RESOURCE + "paper/" + ex.paper.id.replace(":", "-")
        texts[paper + "/title"] = ex.paper.title
        texts.update({f"{paper}/s{i}": ex.paper.abstract[s.start : s.end] for i, s in enumerate(ex.sentences)})
    return texts


def test_no_text_or_paper_is_repeated(graph):
    rdf = to_rdf(graph)
    assert not list(rdf.triples((None, KG.text, None))) and not list(rdf.triples((None, KG.claimText, None)))
    claims = set(rdf.subjects(RDF.type, KG.Claim))
    assert claims and not any((claim, KG.inPaper, None) in rdf for claim in claims)
    assert all((record, KG.inPaper, None) in rdf for record in rdf.subjects(RDF.type, KG.Evidence))


def test_sentence_and_claim_texts_are_their_spans_in_rdflib_and_oxigraph(extractions):
    """SPARQL's SUBSTR counts characters from 1, as Python slices count them from 0: the same text, also
    after characters outside the Basic Multilingual Plane (two UTF-16 code units each)."""
    import pyoxigraph as ox

    from conftest import astral_extraction
    from kg.export.formats import EXPORTS

    extractions.append(astral_extraction())
    rdf = to_rdf(build_graph(extractions))
    expected = _expected_texts(extractions)
    assert "𝒜Net outperforms BERT 😀 on SQuAD 𝔽." in expected.values()
    claims = {RESOURCE + f"claim/{ex.paper.id.replace(':', '-')}-{n}": (RESOURCE + "paper/" + ex.paper.id.replace(":", "-"),
                                                                       claim.text)
              for ex in extractions for n, claim in enumerate(ex.claims, 1)}
    assert len(claims) == 2
    assert {str(row.s): str(row.text) for row in rdf.query(SENTENCE_TEXT)} == expected
    assert {str(row.claim): (str(row.paper), str(row.text)) for row in rdf.query(CLAIM_TEXT)} == claims
    for extension, fmt in EXPORTS.items():  # each export file, as a store loads it
        store = ox.Store()
        store.load(fmt.writer(rdf), fmt.oxigraph)
        assert {row["s"].value: row["text"].value for row in store.query(SENTENCE_TEXT)} == expected, extension
        assert {row["claim"].value: (row["paper"].value, row["text"].value)
                for row in store.query(CLAIM_TEXT)} == claims, extension


def test_shapes_reject_sentences_and_claims_without_their_text(graph):
    import pytest

    pyshacl = pytest.importorskip("pyshacl")
    from rdflib import Graph


    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    rdf = to_rdf(graph)
    assert pyshacl.validate(rdf, shacl_graph=shapes, inference="none")[0]
    abstract = str(rdf.value(PAPER_A, DCTERMS.abstract))
    rdf.set((URIRef(f"{PAPER_A}/s2"), KG.end, Literal(len(abstract) + 1)))  # past the end of the abstract
    other = URIRef(RESOURCE + "paper/arxiv-2401.00002")
    rdf.remove((other, DCTERMS.title, None))  # its title sentence has no text
    claim = next(rdf.objects(PAPER_A, KG.states))
    rdf.remove((PAPER_A, KG.states, claim))  # no paper states the claim
    conforms, report_graph, report = pyshacl.validate(rdf, shacl_graph=shapes, inference="none")
    assert not conforms
    focus = {str(n) for n in report_graph.objects(None, URIRef("http://www.w3.org/ns/shacl#focusNode"))}
    assert {f"{PAPER_A}/s2", f"{other}/title", str(claim)} <= focus
    assert "not a sentence of the paper that states it" in report and "inversePath" in report


def test_the_documented_queries_answer(graph):
    rdf = to_rdf(graph)
    answers = [[tuple(str(v) for v in row) for row in rdf.query(PREFIXES + query)]
               for query in DOCUMENTED if query.startswith(("SELECT", "#"))]
    said = "FooNet outperforms Llama 2 on SQuAD."
    assert answers == [[(RESOURCE + "entity/llama2", str(PAPER_A), said)], [(RESOURCE + "claim/arxiv-2401.00001-1", said)]]
