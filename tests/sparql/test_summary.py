"""The store's summary: whole-graph figures computed from its triples, kept current across adds."""

import pyoxigraph as ox

from kg.export.rdf import to_rdf
from kg.graph.network import build_graph
from kg.sparql import summary
from kg.sparql.query import execute, solution_rows
from kg.sparql.store import GraphStore

from conftest import ROOT, fixture_extractions

QUERIES = ROOT / "kg" / "sparql" / "queries"


def summary_of(store: GraphStore) -> set[str]:
    return {str(ox.Triple(*t)) for t in summary.summary_triples(store.store)}


def select(store: GraphStore, name: str) -> list[dict]:
    return solution_rows(execute(store.store, (QUERIES / name).read_text()))


def test_summary_counts_types_and_ranks_entities():
    store = GraphStore()
    added = store.add_graph(to_rdf(build_graph(fixture_extractions())))
    assert added.summary == len(summary_of(store)) > 0
    totals = {r["type"].rsplit("#", 1)[1]: (int(r["entities"]), int(r["totalMentions"])) for r in select(store, "entities_by_type.rq")}
    assert totals == {"Model": (3, 10), "Dataset": (2, 4), "Metric": (1, 1)}
    # the datasets in most papers, then by label: MMLU and SQuAD are in two papers each
    assert [(r["label"], int(r["papers"])) for r in select(store, "datasets_by_papers.rq")] == [("MMLU", 2), ("SQuAD", 2)]


def test_only_the_first_ranked_are_listed(monkeypatch):
    monkeypatch.setattr(summary, "RANKED", 1)
    store = GraphStore()
    store.add_graph(to_rdf(build_graph(fixture_extractions())))
    assert [r["label"] for r in select(store, "datasets_by_papers.rq")] == ["MMLU"]


def test_incremental_adds_give_the_summary_of_one_build():
    everything = fixture_extractions()
    whole = GraphStore()
    whole.add_graph(to_rdf(build_graph(everything)))
    parts = GraphStore()
    parts.add_graph(to_rdf(build_graph(everything[:1])))
    first = summary_of(parts)
    parts.add_graph(to_rdf(build_graph(everything[1:])))
    assert summary_of(parts) == summary_of(whole) != first
    # the stored summary is the current one, and a refresh of an unchanged store changes nothing
    stored = {str(q.triple) for cls in summary.CLASSES
              for typed in parts.store.quads_for_pattern(None, summary._TYPE, ox.NamedNode(str(cls)))
              for q in parts.store.quads_for_pattern(typed.subject, None, None)}
    stored |= {str(q.triple) for p in summary.PROPERTIES for q in parts.store.quads_for_pattern(None, ox.NamedNode(str(p)), None)}
    assert stored == summary_of(whole)
    size = len(parts)
    summary.refresh(parts.store)
    assert len(parts) == size


def test_clear_leaves_the_graph():
    rdf = to_rdf(build_graph(fixture_extractions()))
    store = GraphStore()
    store.add_graph(rdf)
    summary.clear(store.store)
    assert len(store) == len(rdf)


def test_the_library_api_answers_the_summary_queries_as_a_store_does():
    from kg.api import KnowledgeGraph
    from kg.sparql.query import rows

    graph = KnowledgeGraph(build_graph(fixture_extractions()))
    store = GraphStore()
    store.add_graph(graph.to_rdf())
    for name in ("entities_by_type.rq", "datasets_by_papers.rq"):
        from_store = [{k: str(v) for k, v in r.items()} for r in select(store, name)]
        from_api = rows(graph.query((QUERIES / name).read_text()))
        assert from_api == from_store != [], name
    assert len(graph.to_rdf()) < len(graph._queryable)  # the export's graph itself stays without the summary
