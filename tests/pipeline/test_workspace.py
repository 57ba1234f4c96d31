"""The workspace owns the SQLite file; one de-duplication path for the build and the library."""

import re
import sqlite3

import pyoxigraph as ox

import kg
from kg.ingest.dedupe import merge_group
from kg.pipeline.build import BuildOptions, build_files
from kg.pipeline.workspace import SCHEMAS, Workspace
from kg.records import Paper, Source

from conftest import ROOT


def _triples(path):
    return {str(t) for t in ox.parse(path=path, format=ox.RdfFormat.N_TRIPLES)}


def test_streaming_build_and_library_give_the_same_graph_of_the_examples(tmp_path):
    report = build_files([ROOT / "examples"], tmp_path / "stream", BuildOptions(formats=("nt",), progress=False))
    papers = kg.dedupe_papers(kg.read_papers([ROOT / "examples"]))
    kg.build(papers).write(tmp_path / "memory", ("nt",))
    streamed, in_memory = _triples(tmp_path / "stream" / "graph.nt"), _triples(tmp_path / "memory" / "graph.nt")
    assert report.papers == len(papers) == 178 and report.duplicates == report.records - 178
    assert streamed == in_memory
    issued = sum("/terms/issued>" in t for t in streamed)
    assert issued == sum(1 for p in papers if p.date) and issued > 5  # every date the records give


def test_every_table_in_the_file_is_declared_in_the_workspace(tmp_path):
    corpus = tmp_path / "papers.jsonl"
    corpus.write_text('{"title": "FooNet", "abstract": "We evaluate FooNet and BERT on SQuAD."}\n', encoding="utf-8")
    build_files([corpus], tmp_path / "out", BuildOptions(formats=("nt",), progress=False))
    db = sqlite3.connect(tmp_path / "out" / ".kg-cache.sqlite")
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    declared = set(re.findall(r"CREATE (?:TEMP )?TABLE (?:IF NOT EXISTS )?(\w+)", "".join(SCHEMAS.values())))
    assert tables and tables <= declared
    assert {"extraction", "run_record", "run_key", "run_paper", "res_entity"} <= tables


def _paper(pid, title, abstract, position, **fields):
    return Paper(pid, title, abstract, sources=[Source("a.jsonl", position, "jsonl")], **fields)


def test_merging_keeps_the_richest_metadata():
    first = _paper("title:x", "A Paper", "Short.", 1, date="2021", authors=["A"])
    second = _paper("doi:10.1/x", "A paper", "A longer abstract.", 2, date="2021-05-04", doi="10.1/x",
                    authors=["A", "B"], url="https://example.org/x", record_id="r2")
    third = _paper("arxiv:2101.00001", "Other title", "Short.", 3, arxiv_id="2101.00001", doi="10.1/x")
    merged = merge_group([first, second, third])
    assert merged.title == "A Paper" and merged.abstract == "A longer abstract."
    assert merged.date == "2021-05-04" and merged.authors == ["A", "B"] and merged.record_id == "r2"
    assert merged.id == "arxiv:2101.00001" and [s.position for s in merged.sources] == [1, 2, 3]
    # the third record joins the first two only through its DOI; order of groups is that of first reading
    lone = _paper("title:y", "Unrelated", "Text.", 4)
    assert [p.title for p in kg.dedupe_papers([first, lone, second, third])] == ["A Paper", "Unrelated"]


def test_late_record_joins_two_groups(tmp_path):
    with Workspace(tmp_path / "w.sqlite") as workspace:
        workspace.reset("run")
        workspace.add_record(_paper("a", "A", "x", 1), ["k1"])
        workspace.add_record(_paper("b", "B", "x", 2), ["k2"])
        workspace.add_record(_paper("c", "C", "x", 3), ["k3"])
        workspace.add_record(_paper("d", "D", "x", 4), ["k2", "k1"])
        groups = [[p.id for p in group] for group in workspace.record_groups()]
        assert groups == [["a", "b", "d"], ["c"]] and workspace.group_count() == 2
