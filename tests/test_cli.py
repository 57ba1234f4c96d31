"""The kg command line, end to end on a small corpus written here."""

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from kg.cli import main

from conftest import ROOT

RECORDS = [
    {"id": "r1", "title": "FooNet: Fast question answering", "abstract": "We evaluate FooNet and BERT on SQuAD. "
     "FooNet outperforms BERT by 3% in accuracy."},
    {"id": "r2", "title": "<script>alert(1)</script> & friends", "abstract": 'BERT is used on MMLU with "quotes" \\.'},
    {"id": "r3", "title": "No abstract here", "abstract": "   "},
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS) + "{not json\n", encoding="utf-8")
    return path


def test_build_writes_all_exports_and_reports_bad_records(corpus, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "graph.html", "graph.jsonld", "graph.nt", "graph.ttl"]
    assert "papers: 2 (skipped records: 2)" in result.output
    assert "record 3" in result.output and "record 4" in result.output
    rdf = Graph().parse(out / "graph.ttl")
    assert len(rdf) > 0


def test_extract_writes_one_line_per_good_record(corpus, tmp_path):
    out = tmp_path / "x.jsonl"
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["r1", "r2"]
    assert {"BERT", "SQuAD"} <= {e["text"] for e in lines[0]["entities"]}


def test_query_and_stats(corpus, tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(corpus), "-o", str(out), "--no-html"]).exit_code == 0
    result = runner.invoke(main, ["query", str(out), "SELECT ?t WHERE { ?p a kg:Paper ; dcterms:title ?t } ORDER BY ?t",
                                  "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [r["t"] for r in json.loads(result.output)] == ["<script>alert(1)</script> & friends",
                                                          "FooNet: Fast question answering"]
    query_file = ROOT / "kg" / "sparql" / "queries" / "entities_by_type.rq"
    assert runner.invoke(main, ["query", str(out / "graph.nt"), str(query_file), "-f", "csv"]).exit_code == 0
    stats = runner.invoke(main, ["stats", str(out)])
    assert stats.exit_code == 0 and "Paper" in stats.output and "most-merged" in stats.output


def test_bad_query_is_a_clear_error(corpus, tmp_path):
    out = tmp_path / "out"
    CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--no-html"])
    result = CliRunner().invoke(main, ["query", str(out), "SELEC nonsense"])
    assert result.exit_code != 0 and "query failed" in result.output


def test_committed_exports_reparse_and_pass_the_shapes():
    pyshacl = pytest.importorskip("pyshacl")
    rdf = Graph().parse(ROOT / "exports" / "graph.ttl")
    if not any(rdf.triples((None, URIRef("https://w3id.org/paper-kg/ontology#matchKey"), None))):
        pytest.skip("exports/ predate the compact evidence model (docs/rdf-model.md); `make exports` rebuilds them")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=shapes, inference="none")
    assert conforms, report[:2000]
    papers = rdf.query("SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }", initNs={"kg": "https://w3id.org/paper-kg/ontology#"})
    assert int(next(iter(papers))[0]) == 178  # the five sample pages, duplicates merged


def test_eval_scores_the_rule_extractor_on_a_gold_file():
    gold = ROOT / "tests" / "fixtures" / "eval" / "gsap.jsonl"
    result = CliRunner().invoke(main, ["eval", str(gold), "--model", "none", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["n_docs"] >= 1 and {"p", "r", "f1"} <= set(report["micro"])
