"""The example queries in kg/sparql/queries/, on the fixture graph, with asserted rows; parameters; formats."""

import json

import pyoxigraph as ox
import pytest

from kg.export.formats import serialize
from kg.export.rdf import to_rdf
from kg.sparql import summary
from kg.sparql.query import (QueryError, execute, format_result, load_store, parse_params, rows, run_query,
                             solution_rows)

from conftest import ROOT

QUERIES = ROOT / "kg" / "sparql" / "queries"
RES = "https://w3id.org/paper-kg/"
KG = "https://w3id.org/paper-kg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture
def export_dir(graph, tmp_path):
    (tmp_path / "graph.nt").write_bytes(serialize(to_rdf(graph), "nt"))
    return tmp_path


@pytest.fixture
def store(export_dir):
    return load_store(export_dir)


def select(store, query_file, **params):
    return solution_rows(execute(store, (QUERIES / query_file).read_text(), parse_params([f"{k}={v}" for k, v in params.items()])))


def test_datasets_by_papers(store):
    found = [(r["label"], int(r["papers"])) for r in select(store, "datasets_by_papers.rq")]
    assert found == [("MMLU", 2), ("SQuAD", 2)]


def test_paper_proposes(store):
    found = [(r["title"][:6], r["label"], r["type"]) for r in select(store, "paper_proposes.rq")]
    assert found == [("FooNet", "FooNet", KG + "Model")]


def test_papers_mentioning_model_default_and_parameter(store):
    found = [(r["paper"], r["label"]) for r in select(store, "papers_mentioning_model.rq")]
    assert sorted(found) == [(RES + "paper/arxiv-2401.00001", "LLaMA-2"), (RES + "paper/arxiv-2401.00002", "LLaMA-2")]
    found = [(r["paper"], r["label"], r["name"]) for r in select(store, "papers_mentioning_model.rq", name="FooNet")]
    assert found == [(RES + "paper/arxiv-2401.00001", "FooNet", "FooNet")]
    # a value is a term, never query text: quotes and braces are just characters of the name
    assert select(store, "papers_mentioning_model.rq", name='foonet" } UNION { ?paper ?relation ?model') == []


def test_a_name_is_looked_up_by_the_resolvers_match_key(store):
    # the key is computed in Python as the resolver computes it (a plural dropped, separators gone)
    # and bound to ?key; one given explicitly wins
    for name in ("FooNets", "foo-net", "FOO NET"):
        found = select(store, "papers_mentioning_model.rq", name=name)
        assert [(r["label"], r["key"]) for r in found] == [("FooNet", "foonet")]
    assert select(store, "papers_mentioning_model.rq", name="FooNet", key="llama2")[0]["label"] == "LLaMA-2"
    # a query without ?key gets no key (binding one would fail: it is not in the projection)
    assert solution_rows(execute(store, "SELECT ?name WHERE {}", parse_params(["name=FooNet"]))) == [{"name": "FooNet"}]


def test_claims_about_model_takes_a_name(store):
    rows_ = select(store, "claims_about_model.rq", name="foonet")
    assert [(r["text"], r["kind"], r["name"]) for r in rows_] == [("FooNet outperforms Llama 2 on SQuAD.", "comparison", "foonet")]
    assert select(store, "claims_about_model.rq", name="no such model") == []


def test_entities_by_type(store):
    found = {r["type"].removeprefix(KG): (int(r["entities"]), int(r["totalMentions"]))
             for r in select(store, "entities_by_type.rq")}
    # Models: FooNet (3 mentions), LLaMA-2 (3), variational autoencoder (4); datasets SQuAD (2), MMLU (2).
    assert found == {"Model": (3, 10), "Dataset": (2, 4), "Metric": (1, 1)}


def test_parameters_are_typed_terms():
    params = parse_params(["n=5", 'k="5"^^<http://www.w3.org/2001/XMLSchema#integer>', "e=<https://x.org/a>",
                           '?l="chat"@fr'])
    assert params["n"] == ox.Literal("5")
    assert params["k"] == ox.Literal("5", datatype=ox.NamedNode(XSD + "integer"))
    assert params["e"] == ox.NamedNode("https://x.org/a")
    assert params["l"] == ox.Literal("chat", language="fr")
    for bad in ["novalue", "=x", "a b=1", "e=<not an iri>", 'k="5"^^<oops']:
        with pytest.raises(QueryError):
            parse_params([bad])


def test_a_parameter_must_be_projected(store):
    with pytest.raises(QueryError, match="projection"):
        execute(store, "SELECT ?p WHERE { ?p a kg:Paper ; dcterms:title ?t }", parse_params(["t=x"]))


def test_one_formatter_for_every_output(store):
    assert format_result(execute(store, "ASK { ?p a kg:Paper }")) == "true"
    assert json.loads(format_result(execute(store, "ASK { ?p a kg:Paper }"), "json"))["boolean"] is True
    construct = execute(store, "CONSTRUCT { ?p dcterms:title ?t } WHERE { ?p dcterms:title ?t }")
    assert "dcterms:title" in format_result(construct)
    titles = "SELECT ?t WHERE { ?p dcterms:title ?t } ORDER BY ?t"
    assert format_result(execute(store, titles), "csv").splitlines()[0] == "t"
    assert format_result(execute(store, titles), "tsv").splitlines()[0] == "?t"
    assert len(json.loads(format_result(execute(store, titles), "json"))["results"]["bindings"]) == 3
    assert "<sparql" in format_result(execute(store, titles), "xml")
    assert "(3 rows)" in format_result(execute(store, titles))


def test_table_escapes_control_characters():
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:p"), ox.Literal("bad \x1b[31m text\x07")))
    table = format_result(execute(store, "SELECT ?o WHERE { ?s ?p ?o }"))
    assert "\x1b" not in table and "\x07" not in table and "\\x1b" in table


def test_loads_any_export_format_and_a_bare_graph_nt(graph, tmp_path):
    rdf = to_rdf(graph)
    counts = set()
    for ext in ("nt", "ttl", "jsonld"):
        (tmp_path / ext).mkdir()
        (tmp_path / ext / f"graph.{ext}").write_bytes(serialize(rdf, ext))
        for source in (tmp_path / ext, tmp_path / ext / f"graph.{ext}"):
            store = load_store(source)
            summary.clear(store)  # computed on load; the rest is the export
            counts.add(len(store))
    assert counts == {len(rdf)}
    with pytest.raises(QueryError, match="no graph.nt"):
        load_store(tmp_path)


def test_rdflib_api_still_answers(graph):
    rdf = to_rdf(graph)
    assert len(rows(run_query(rdf, "SELECT ?p WHERE { ?p a kg:Paper }"))) == 3
    with pytest.raises(QueryError, match="SERVICE"):
        run_query(rdf, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")


def test_cli_query_with_parameters_and_formats(export_dir):
    from click.testing import CliRunner

    from kg.cli import main

    runner = CliRunner()
    query = str(QUERIES / "papers_mentioning_model.rq")
    result = runner.invoke(main, ["query", str(export_dir), query, "--param", "name=FooNet", "-f", "json"])
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.output)["results"]["bindings"]
    assert [(b["label"]["value"], b["name"]["value"]) for b in bindings] == [("FooNet", "FooNet")]
    result = runner.invoke(main, ["query", str(export_dir / "graph.nt"), query, "-f", "tsv"])
    assert result.exit_code == 0 and result.output.splitlines()[0].startswith("?paper\t")
    result = runner.invoke(main, ["query", str(export_dir), query, "--param", "no equals sign"])
    assert result.exit_code == 2 and "NAME=VALUE" in result.output


@pytest.mark.parametrize(("rows", "cap"), [(3, 0), (3, 1), (3, 2), (3, 3), (3, 50), (5000, 4321)])
def test_result_cap_keeps_whole_rows(rows, cap):
    from kg.sparql.worker import RESULT_FORMATS, write_result

    store = ox.Store()
    store.extend([ox.Quad(ox.NamedNode(f"urn:x:{i:05d}"), ox.NamedNode("urn:x:p"), ox.Literal(f"line one\nline two {i}"))
                  for i in range(rows)])
    expected = [f"line one\nline two {i}" for i in range(min(cap, rows))]
    for fmt in ("tsv", "json", "xml"):
        body, count, truncated = write_result(store.query("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s"), fmt, cap)
        assert (count, truncated) == (min(cap, rows), cap < rows)
        kept = ox.parse_query_results(body, format=RESULT_FORMATS[fmt])
        assert [solution["o"].value for solution in kept] == expected
