"""The example queries in kg/sparql/queries/, on the fixture graph, with asserted rows."""

import pytest

from kg.sparql.query import format_result, rows, run_query
from kg.export.rdf import to_rdf

from conftest import ROOT

QUERIES = ROOT / "kg" / "sparql" / "queries"
RES = "https://w3id.org/paper-kg/resource/"
KG = "https://w3id.org/paper-kg/ontology#"


@pytest.fixture
def rdf(graph):
    return to_rdf(graph)


def select(rdf, name):
    return rows(run_query(rdf, (QUERIES / name).read_text()))


def test_datasets_by_papers(rdf):
    found = [(r["label"], int(r["papers"])) for r in select(rdf, "datasets_by_papers.rq")]
    assert found == [("MMLU", 2), ("SQuAD", 2)]


def test_paper_proposes(rdf):
    found = [(r["title"][:6], r["label"], r["type"]) for r in select(rdf, "paper_proposes.rq")]
    assert found == [("FooNet", "FooNet", KG + "Model")]


def test_papers_mentioning_model(rdf):
    found = [(r["paper"], r["label"]) for r in select(rdf, "papers_mentioning_model.rq")]
    assert sorted(found) == [(RES + "paper/arxiv-2401.00001", "LLaMA-2"), (RES + "paper/arxiv-2401.00002", "LLaMA-2")]


def test_entities_by_type(rdf):
    found = {r["type"].removeprefix(KG): (int(r["entities"]), int(r["totalMentions"]))
             for r in select(rdf, "entities_by_type.rq")}
    # Models: FooNet (3 mentions), LLaMA-2 (3), variational autoencoder (4); datasets SQuAD (2), MMLU (2).
    assert found == {"Model": (3, 10), "Dataset": (2, 4), "Metric": (1, 1)}


def test_ask_and_construct_and_formats(rdf):
    assert format_result(run_query(rdf, "ASK { ?p a kg:Paper }")) == "true"
    construct = run_query(rdf, "CONSTRUCT { ?p dcterms:title ?t } WHERE { ?p dcterms:title ?t }")
    assert "dcterms:title" in format_result(construct)
    table = run_query(rdf, "SELECT ?t WHERE { ?p dcterms:title ?t } ORDER BY ?t")
    assert format_result(table, "csv").splitlines()[0] == "t"
    assert "(3 rows)" in format_result(run_query(rdf, "SELECT ?t WHERE { ?p dcterms:title ?t }"))
