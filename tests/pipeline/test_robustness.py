"""One bad record never costs the run; second processes, Ctrl-C and unwritable outputs are handled."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.pipeline.build import BuildOptions, NothingToBuildError, UnwritableError, build_files
from kg.pipeline.lock import LOCK_NAME, BuildLock, OutputBusyError

from conftest import ROOT

GOOD = {"title": "FooNet: fast question answering", "abstract": "We evaluate FooNet and BERT on SQuAD."}


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def hostile_rows():
    return [
        {"id": "surrogate-title", "title": "Lone \ud800 surrogate", "abstract": "We use BERT on SQuAD."},
        {"id": "surrogate-abstract", "title": "Surrogates", "abstract": "Text \udfff with BERT.", "authors": ["A \ud83d"]},
        {"id": "replacement", "title": "Replacement chars", "abstract": "We train \ufffd\ufffd\ufffd\ufffd and \ufffd\ufffd-3 on \ufffd\ufffd."},
        {"id": "huge-abstract", "title": "Huge", "abstract": "word " * 180_000},
        {"id": "huge-title", "title": "T" * 100_000, "abstract": "We use BERT."},
        {"id": "abstract-only", "abstract": "An abstract with no title: we use ResNet on ImageNet."},
        {"id": "title-only", "title": "A title with no abstract: BERT for SQuAD"},
        {"id": "nothing", "title": " ", "abstract": ""},
        {"id": "js-url", "url": "javascript:alert(1)", "date": "2019", **GOOD},
        {"id": "month", "title": "Month precision", "abstract": "We use T5 on GLUE.", "date": "2019-05"},
    ]


def test_hostile_records_are_reported_once_each_and_the_run_goes_on(tmp_path):
    pyshacl = pytest.importorskip("pyshacl")
    corpus = _write_jsonl(tmp_path / "hostile.jsonl", hostile_rows())
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write('{"title": "deep", "abstract": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped:")]
    # huge abstract, huge title, no abstract, nothing, too deep: once each
    assert [s.split(", record ")[1].split(":")[0] for s in skipped] == ["4", "5", "7", "8", "11"], skipped
    assert "papers: 6" in result.output
    rdf = Graph().parse(tmp_path / "out" / "graph.ttl")
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"))
    assert conforms, report[:2000]
    nt = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")
    assert "javascript:" not in nt
    assert '"2019"^^<http://www.w3.org/2001/XMLSchema#gYear>' in nt
    assert '"2019-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>' in nt


def test_extract_writes_a_line_per_record_with_a_title_or_an_abstract(tmp_path):
    corpus = _write_jsonl(tmp_path / "hostile.jsonl", hostile_rows())
    out = tmp_path / "x.jsonl"
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["surrogate-title", "surrogate-abstract", "replacement", "abstract-only", "title-only", "js-url",
                   "month"]
    title_only = json.loads(out.read_text(encoding="utf-8").splitlines()[4])
    assert title_only["sentences"] == [] and {e["field"] for e in title_only["entities"]} == {"title"}


def test_shapes_reject_a_year_typed_as_a_full_date():
    pyshacl = pytest.importorskip("pyshacl")
    data = ('@prefix kg: <https://w3id.org/paper-kg/ontology#> . @prefix dcterms: <http://purl.org/dc/terms/> .'
            '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .'
            '<https://w3id.org/paper-kg/paper/x> a kg:Paper ; dcterms:title "T" ; rdfs:label "T" ;'
            ' dcterms:identifier "x" ; kg:sourceFile "f" ; dcterms:issued "2019"^^xsd:date .')
    conforms, _, report = pyshacl.validate(Graph().parse(data=data, format="turtle"),
                                           shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"))
    assert not conforms and "issued" in report


def test_bibtex_entry_with_an_unbalanced_brace_is_reported(tmp_path):
    from kg.ingest import read_papers

    bib = tmp_path / "refs.bib"
    bib.write_text("@article{good1, title = {Good One}, abstract = {We use BERT.}}\n\n"
                   "@article{broken, title = {Broken {One}, abstract = {We use GPT.}}\n\n"
                   "@article{good2, title = {Good Two}, abstract = {We use T5.}}\n", encoding="utf-8")
    errors = []
    papers = list(read_papers([bib], on_error=errors.append))
    assert [(p.title, p.sources[0].position) for p in papers] == [("Good One", 1), ("Good Two", 3)]
    assert len(errors) == 1 and errors[0].position == 2 and "broken" in errors[0].message
    assert "unbalanced" in errors[0].message


def test_deeply_nested_json_document_is_one_error(tmp_path):
    from kg.ingest import read_papers

    doc = tmp_path / "deep.json"
    doc.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    errors = []
    assert list(read_papers([doc], on_error=errors.append)) == []
    assert len(errors) == 1 and "nested too deeply" in errors[0].message


def test_a_build_that_reads_nothing_fails_and_writes_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(NothingToBuildError):
        build_files([tmp_path / "empty"], tmp_path / "out", BuildOptions(progress=False))
    bad = _write_jsonl(tmp_path / "bad.jsonl", [{"title": "", "abstract": ""}])
    result = CliRunner().invoke(main, ["build", str(bad), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no papers read" in result.output
    assert not list((tmp_path / "out").glob("graph.*"))


def test_unwritable_output_or_cache_fails_before_any_work(tmp_path):
    corpus = _write_jsonl(tmp_path / "a.jsonl", [GOOD])
    (tmp_path / "file").write_text("x")
    started = time.perf_counter()
    with pytest.raises(UnwritableError, match="output directory"):
        build_files([corpus], tmp_path / "file" / "out", BuildOptions(progress=False))
    with pytest.raises(UnwritableError, match="cache"):
        build_files([corpus], tmp_path / "out", BuildOptions(progress=False, cache=tmp_path / "file" / "c.sqlite"))
    assert time.perf_counter() - started < 5  # nothing was extracted


def test_a_second_build_into_the_same_output_fails_at_once(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    corpus = _write_jsonl(tmp_path / "a.jsonl", [GOOD])
    with BuildLock(out / LOCK_NAME):
        with pytest.raises(OutputBusyError, match="in use by another kg build"):
            build_files([corpus], out, BuildOptions(progress=False))
        result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out)])
        assert result.exit_code == 1 and "--wait" in result.output
    assert build_files([corpus], out, BuildOptions(progress=False)).papers == 1  # free again


def test_ctrl_c_in_the_write_pass_stops_fast_and_keeps_previous_exports(tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "kg", "build", str(ROOT / "examples"), "-o", str(out), "--workers", "2"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    for path in out.glob("graph.*"):  # a different build must not replace them if interrupted
        path.write_bytes(path.read_bytes() + b"\n")
    before = {p.name: p.read_bytes() for p in out.glob("graph.*")}
    # Ctrl-C as at a terminal: a test run started in the background of a script inherits SIGINT ignored,
    # and Python keeps ignoring it.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None and not list(out.glob(".graph.nt.*.tmp")):
        time.sleep(0.01)  # the write pass starts when its temporary file appears
    # Interrupt at once: on the sample corpus the whole write pass takes well under a second.
    assert proc.poll() is None, "the build ended before its write pass could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
    started = time.time()
    try:
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert time.time() - started < 10 and proc.returncode != 0
    time.sleep(1)
    rows = subprocess.run(["ps", "-o", "pid=,stat=,args=", "-g", str(proc.pid)], capture_output=True,
                          text=True).stdout.splitlines()
    running = [row for row in rows if row.split()[1][0] != "Z"]  # a dead child only waits for init to reap it
    assert not running, f"processes left running by {proc.pid}: {running}"
    assert {p.name: p.read_bytes() for p in out.glob("graph.*")} == before
    assert not list(out.glob(".graph.*.tmp"))
