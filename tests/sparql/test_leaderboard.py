"""Leaderboards: results of several papers ranked per dataset and metric, by kg leaderboard and leaderboard.rq."""

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import schema as S
from kg.cli import main
from kg.export.formats import serialize
from kg.export.rdf import to_rdf
from kg.extract.extractor import Extractor
from kg.graph.network import build_graph
from kg.records import Paper
from kg.sparql.leaderboard import format_entries, leaderboard
from kg.sparql.query import execute, load_store, parse_params, solution_rows

from conftest import ROOT

ABSTRACTS = {
    "FooNet: fast image models": "We propose FooNet. FooNet reaches 85.2% top-1 accuracy on ImageNet.",
    "BarNet: wide image models": "We propose BarNet. BarNet reaches 86.1% Top-1 Acc. on ImageNet.",
    "BazNet: deep image models": "We propose BazNet. BazNet achieves a top-1 error of 12.0% on ImageNet.",
    "QuxNet: tall image models": "We propose QuxNet. QuxNet achieves a top-1 error of 10.5% on ImageNet.",
}


def _export(abstracts: dict[str, str], out):
    papers = [Paper(f"p{i}", title, abstract) for i, (title, abstract) in enumerate(abstracts.items())]
    extractions = list(Extractor(ner_model=None, roles=False).extract(papers))
    (out / "graph.nt").write_bytes(serialize(to_rdf(build_graph(extractions)), "nt"))
    return out


@pytest.fixture(scope="module")
def export_dir(tmp_path_factory):
    return _export(ABSTRACTS, tmp_path_factory.mktemp("board"))


def test_metric_spellings_share_a_board_ranked_by_direction(export_dir):
    entries = leaderboard(load_store(export_dir))
    boards = {}
    for e in entries:
        boards.setdefault((e.dataset, e.metric), []).append((e.rank, e.value, e.system))
    assert boards == {
        ("ImageNet", "Top 1 Accuracy"): [(1, 86.1, "BarNet"), (2, 85.2, "FooNet")],
        ("ImageNet", "Top 1 Error"): [(1, 10.5, "QuxNet"), (2, 12.0, "BazNet")],
    }
    assert [e.metric for e in leaderboard(load_store(export_dir), "imagenet", metric="error")] == ["Top 1 Error"] * 2
    assert leaderboard(load_store(export_dir), "CIFAR-10") == []


def test_results_with_an_inferred_dataset_join_only_when_asked(tmp_path):
    # the value's sentence names no dataset: ImageNet is inferred from the sentence before
    out = _export({**ABSTRACTS, "CorgNet: chest X-ray models":
                   "We propose CorgNet, pre-trained on ImageNet. CorgNet reaches 91.0% top-1 accuracy."}, tmp_path)
    inferred = [e for e in leaderboard(load_store(out), with_inferred=True) if e.system == "CorgNet"]
    assert [(e.rank, e.value, e.inferred) for e in inferred] == [(1, 91.0, "dataset")]
    assert "CorgNet" not in {e.system for e in leaderboard(load_store(out))}
    # leaderboard.rq reads the store's summary, which puts no inferred result on a board either
    best = solution_rows(execute(load_store(out), (ROOT / "kg/sparql/queries/leaderboard.rq").read_text()))
    assert {r["system"] for r in best} == {"BarNet", "QuxNet"}
    shown = CliRunner().invoke(main, ["leaderboard", str(out), "--with-inferred"]).output
    assert "CorgNet" in shown and "(inferred: dataset)" in shown


def test_cli_table_csv_and_json(export_dir):
    runner = CliRunner()
    table = runner.invoke(main, ["leaderboard", str(export_dir), "ImageNet", "--metric", "accuracy"])
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    assert lines[0] == "ImageNet — Top 1 Accuracy"
    assert "1." in lines[1] and "86.1%" in lines[1] and "BarNet" in lines[1]
    as_csv = runner.invoke(main, ["leaderboard", str(export_dir), "-f", "csv"]).output.splitlines()
    assert as_csv[0].startswith("rank,dataset,metric,value,unit,system") and len(as_csv) == 5
    rows = json.loads(runner.invoke(main, ["leaderboard", str(export_dir), "-f", "json"]).output)
    assert {r["system"] for r in rows} == {"FooNet", "BarNet", "BazNet", "QuxNet"}
    assert format_entries([]) == "(no results)"


def test_leaderboard_query_gives_the_best_per_board(export_dir):
    query = (ROOT / "kg" / "sparql" / "queries" / "leaderboard.rq").read_text()
    best = {(r["leaderboardMetric"], r["system"], float(r["value"]))
            for r in solution_rows(execute(load_store(export_dir), query))}
    assert best == {("Top 1 Accuracy", "BarNet", 86.1), ("Top 1 Error", "QuxNet", 10.5)}
    only = solution_rows(execute(load_store(export_dir), query, parse_params(["metric=error"])))
    assert [r["system"] for r in only] == ["QuxNet"]
    assert only[0]["metricWord"] == "error"  # looked up by the word the summary indexes


def test_a_board_asked_for_by_name_is_found_by_its_words_or_by_a_search(export_dir):
    query = (ROOT / "kg" / "sparql" / "queries" / "leaderboard.rq").read_text()
    store = load_store(export_dir)
    words = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(str(S.DATASET_WORD)), None)}
    assert words == {"imagenet"}

    def systems(params):
        return sorted(r["system"] for r in solution_rows(execute(store, query, params)))

    assert systems(parse_params(["dataset=imagenet", "metric=Top 1 Acc"])) == ["BarNet"]
    assert systems(parse_params(["dataset=IMAGENET"])) == ["BarNet", "QuxNet"]
    assert systems(parse_params(["dataset=CIFAR-10"])) == []
    # another SPARQL client binds only ?dataset: every board's best results are searched, same answer
    searched = {"dataset": ox.Literal("imagenet"), "metric": ox.Literal("Top 1 Acc")}
    assert sorted(r["system"] for r in solution_rows(store.query(query, substitutions={
        ox.Variable(k): v for k, v in searched.items()}))) == ["BarNet"]


def test_table_escapes_control_characters_and_cuts_long_cells():
    from kg.sparql.leaderboard import Entry

    entry = Entry(1, "Data\x1b[2Jset", "FID", 16.47, None, "Sys\x07tem", None, "paper/x", "T" * 100, "text", None)
    table = format_entries([entry])
    assert "\x1b" not in table and "\x07" not in table
    assert "T" * 69 + "…" in table and "T" * 71 not in table
