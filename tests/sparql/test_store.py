"""The on-disk store: idempotent and incremental adds, merged entity figures, rdflib and kg query on it."""

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.graph.network import build_graph
from kg.export.formats import serialize
from kg.sparql.query import execute, load_graph, load_store, rows, run_query, solution_rows
from kg.export.rdf import to_rdf
from kg.sparql.store import GraphStore, StoreError, is_store

from conftest import ROOT, fixture_extractions

KG = "https://w3id.org/paper-kg/ontology#"
RES = "https://w3id.org/paper-kg/"
COUNTS = "SELECT ?e ?n ?m WHERE { ?e kg:paperCount ?n ; kg:mentionCount ?m } ORDER BY ?e"


def figures(graph: Graph) -> dict:
    return {r["e"]: (int(r["n"]), int(r["m"])) for r in rows(run_query(graph, COUNTS))}


def triples(store: GraphStore) -> set:
    return {str(t) for t in store.triples()}


def test_adding_the_same_graph_twice_changes_nothing(tmp_path, graph):
    rdf = to_rdf(graph)
    with GraphStore(tmp_path / "store") as store:
        first = store.add_graph(rdf)
        snapshot = triples(store)
        again = store.add_graph(rdf)
        assert first.added == len(rdf) and again.added == 0
        assert triples(store) == snapshot
    assert is_store(tmp_path / "store")


def test_store_holds_the_same_graph_as_the_export(tmp_path, graph):
    rdf = to_rdf(graph)
    with GraphStore(tmp_path / "store") as store:
        added = store.add_graph(rdf)
    stored = load_graph(tmp_path / "store")
    assert len(stored) == len(rdf) + added.summary
    assert figures(stored) == figures(rdf)
    (tmp_path / "graph.nt").write_bytes(serialize(rdf, "nt"))
    for name in ("datasets_by_papers.rq", "entities_by_type.rq", "leaderboard.rq"):
        query = (ROOT / "kg" / "sparql" / "queries" / name).read_text()
        assert solution_rows(execute(load_store(tmp_path / "store"), query)) == \
            solution_rows(execute(load_store(tmp_path / "graph.nt"), query))


def test_incremental_adds_match_one_build_of_everything(tmp_path):
    everything = fixture_extractions()
    whole = to_rdf(build_graph(everything))
    with GraphStore(tmp_path / "store") as store:
        store.add_graph(to_rdf(build_graph(everything[:1])))
        store.add_graph(to_rdf(build_graph(everything[1:])))
        stored = store.rdflib_graph()
        papers = rows(run_query(stored, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }"))
        assert int(papers[0]["n"]) == 3
        # papers are counted exactly across builds; the two builds share no paper, so mentions add up
        assert figures(stored) == figures(whole)
        # one label per entity, whatever the builds chose
        labels = rows(run_query(stored, "SELECT ?e (COUNT(?l) AS ?n) WHERE { ?e skos:prefLabel ?l } GROUP BY ?e"))
        assert labels and all(int(r["n"]) == 1 for r in labels)
        # a rebuild of everything on top changes nothing further
        before = triples(store)
        store.add_graph(whole)
        assert figures(store.rdflib_graph()) == figures(whole)
        assert triples(store) >= before - {t for t in before if "Count>" in t}


def test_a_directory_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        GraphStore(tmp_path)
    with pytest.raises(StoreError, match="not a paper-kg store"):
        GraphStore(tmp_path / "missing", read_only=True)


def test_cli_build_with_store_is_incremental_and_queryable(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "r1", "title": "FooNet: fast QA", "abstract": "We evaluate FooNet and BERT on SQuAD."}) + "\n")
    second.write_text(json.dumps({"id": "r2", "title": "BarNet", "abstract": "BERT is used on MMLU and SQuAD."}) + "\n")
    store = tmp_path / "store"
    runner = CliRunner()
    for corpus, out in ((first, "o1"), (first, "o2"), (second, "o3")):
        result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / out), "--no-html", "--store", str(store)])
        assert result.exit_code == 0, result.output
        assert f"store {store}:" in result.output
        if out == "o2":
            assert "+0 triples" in result.output
    result = runner.invoke(main, ["query", str(store), "SELECT ?t WHERE { ?p a kg:Paper ; dcterms:title ?t } ORDER BY ?t", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [b["t"]["value"] for b in json.loads(result.output)["results"]["bindings"]] == ["BarNet", "FooNet: fast QA"]
    result = runner.invoke(main, ["query", str(store), "SELECT ?n WHERE { ?d skos:prefLabel \"SQuAD\" ; kg:paperCount ?n }", "-f", "json"])
    assert json.loads(result.output)["results"]["bindings"] == [
        {"n": {"type": "literal", "value": "2", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]


def test_a_file_bulk_loaded_into_an_empty_store_equals_one_added_triple_by_triple(tmp_path, graph):
    rdf = to_rdf(graph)
    (tmp_path / "graph.nt").write_bytes(serialize(rdf, "nt"))
    with GraphStore(tmp_path / "bulk") as bulk:  # empty: the bulk loader
        loaded = bulk.add_file(tmp_path / "graph.nt")
        bulked = triples(bulk)
    with GraphStore(tmp_path / "merged") as merged:  # add_graph always merges triple by triple
        added = merged.add_graph(rdf)
        assert triples(merged) == bulked
    assert (loaded.before, loaded.after, loaded.summary) == (0, len(rdf), added.summary)
    assert not (tmp_path / "bulk.loading").exists()


def test_a_bad_file_leaves_an_empty_store_empty_and_usable(tmp_path, graph):
    (tmp_path / "bad.nt").write_text("<http://x> <http://y> \"unterminated .\n", encoding="utf-8")
    with GraphStore(tmp_path / "store") as store:
        with pytest.raises(StoreError, match="bad.nt"):
            store.add_file(tmp_path / "bad.nt")
        assert len(store) == 0 and not (tmp_path / "store.loading").exists()
        assert store.add_graph(to_rdf(graph)).added > 0
