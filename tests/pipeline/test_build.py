"""The streaming build: hostile input, resume after SIGKILL, identical results in parallel."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from rdflib import Graph

from kg.pipeline.build import BuildOptions, build_files

from conftest import ROOT

GOOD = {"title": "FooNet: fast question answering", "abstract": "We evaluate FooNet and BERT on SQuAD."}


def hostile_records() -> list[bytes]:
    """One line per case; the comment names what each breaks."""
    rows = [
        {"id": "empty", "title": "", "abstract": ""},
        {"id": "blank", "title": "   \t ", "abstract": " \n "},
        {"id": "huge", "title": "A huge abstract", "abstract": "word " * 220_000},  # ~1.1 MB
        {"id": "nul", "title": "Nul\x00 and \x07control\x1b chars", "abstract": "BERT\x00 works\x0c on SQuAD."},
        {"id": "rtl", "title": "مقارنة BERT و‏GPT-4", "abstract": "Zalgo t̷̢e̵x̸t with BERT and עברית on SQuAD."},
        {"id": "html", "title": "<script>alert(1)</script><img src=x onerror=alert(2)>",
         "abstract": "An <b>abstract</b> with <script>alert(3)</script> and BERT on SQuAD."},
        {"id": "turtle", "title": 'Quotes " and \\ backslash > and """triple"""',
         "abstract": 'A "quoted" \\ abstract with > and \\u0000 on BERT\'s SQuAD.'},
        {"id": "iri", "title": "Labels <that> break {IRIs}: a|b^c`d",
         "abstract": "We propose <Net> {X} and a|b^c`d Model (ABCD) on SQuAD."},
        {"id": "dup", **GOOD},
        {"id": "dup", "title": "FooNet: fast question answering", "abstract": "A different abstract for FooNet."},
    ]
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in rows]
    lines.insert(3, b'{"id": "bad-utf8", "title": "Invalid \xff\xfe bytes", "abstract": "BERT on SQuAD \xc3\x28."}')
    lines.insert(4, b"{this is not json")
    return lines


def test_hostile_corpus_builds_and_exports_stay_valid(tmp_path):
    pyshacl = pytest.importorskip("pyshacl")
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_bytes(b"\n".join(hostile_records()) + b"\n")
    errors = []
    report = build_files([corpus], tmp_path / "out", BuildOptions(progress=False, batch_size=4), errors.append)
    named = [str(e) for e in errors]
    # empty, blank, huge and the broken JSON line are each named once; the rest are built.
    assert len(named) == 4, named
    assert sum("record 1" in e for e in named) == 1 and sum("record 2" in e for e in named) == 1
    assert any("over the limit" in e for e in named) and any("record 5" in e for e in named)
    assert report.papers == 7 and report.duplicates == 1
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    for name, fmt in [("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")]:
        rdf = Graph().parse(tmp_path / "out" / name, format=fmt)
        conforms, _, text = pyshacl.validate(rdf, shacl_graph=shapes, inference="none")
        assert conforms, (name, text[:1500])
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(" not in page and "<img src=x" not in page


def _build_cmd(corpus, out, *extra):
    return [sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "--no-html", "--batch-size", "20",
            *extra]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "200", "-o", str(path)], check=True)
    return path


@pytest.fixture(scope="module")
def reference(small_corpus, tmp_path_factory):
    """A single-process build of the small corpus, to compare other builds with."""
    out = tmp_path_factory.mktemp("reference")
    subprocess.run(_build_cmd(small_corpus, out), check=True, capture_output=True)
    return out


def test_killed_build_resumes_without_loss_or_duplicates(small_corpus, reference, tmp_path):
    out = tmp_path / "resumed"
    proc = subprocess.Popen(_build_cmd(small_corpus, out), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cache = out / ".kg-cache.sqlite"
    deadline = time.time() + 120
    import sqlite3

    while time.time() < deadline and proc.poll() is None:  # wait for at least two finished batches
        try:
            if cache.exists() and sqlite3.connect(cache).execute("SELECT COUNT(*) FROM extraction").fetchone()[0] >= 40:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "graph.nt").exists()  # nothing half-written
    rerun = subprocess.run(_build_cmd(small_corpus, out), check=True, capture_output=True, text=True)
    cached = int(rerun.stdout.split(" extracted, ")[1].split(" from the cache")[0])
    assert 40 <= cached < 200
    for name in ("graph.nt", "graph.ttl", "graph.jsonld"):
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name


def test_two_workers_give_identical_exports(small_corpus, reference, tmp_path):
    one, two = reference, tmp_path / "two"
    subprocess.run(_build_cmd(small_corpus, two, "--workers", "2"), check=True, capture_output=True)
    for name in ("graph.nt", "graph.ttl", "graph.jsonld"):  # Turtle and JSON-LD written by the pool's workers
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_the_explorer_and_the_converted_formats_are_written_side_by_side(small_corpus, tmp_path):
    """With a pool, Turtle and JSON-LD are converted by its workers while the explorer is drawn; the outputs and
    the order they are reported in are those of one process."""
    command = [sys.executable, "-m", "kg.cli", "build", str(small_corpus), "--batch-size", "20", "-o"]
    runs = {n: subprocess.run([*command, str(tmp_path / str(n)), "--workers", str(n)], check=True,
                              capture_output=True, text=True) for n in (1, 2)}
    for name in ("graph.nt", "graph.ttl", "graph.jsonld", "graph.html"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
    written = {n: [line.split("/")[-1] for line in run.stdout.splitlines() if line.startswith("wrote ")]
               for n, run in runs.items()}
    assert written[1] == written[2] and "graph.html" in written[2] and "graph.jsonld" in written[2]


def test_dask_local_cluster_gives_identical_exports(small_corpus, reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    one, dask_out = reference, tmp_path / "dask"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                                  processes=True) as cluster:
        result = subprocess.run(_build_cmd(small_corpus, dask_out, "--dask", cluster.scheduler_address),
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr[-2000:]
    for name in ("graph.nt", "graph.ttl"):
        assert (one / name).read_bytes() == (dask_out / name).read_bytes(), name


def test_cache_record_round_trips_every_field(extractions):
    from dataclasses import asdict

    from kg.records import Extraction, Quantity

    extractions[0].claims[0].values.append(Quantity(91.5, "%", "91.5%", 0, 5, "score", metric="accuracy",
                                                    inferred=("dataset",)))
    for extraction in extractions:
        record = extraction.to_record()
        assert record == asdict(extraction)
        assert extraction.paper.to_dict() == asdict(extraction.paper)
        again = Extraction.from_record(json.loads(json.dumps(record)))
        assert again == extraction


def test_workers_reload_the_extractor_after_many_papers(monkeypatch):
    from kg.pipeline import parallel
    from kg.records import Paper

    monkeypatch.setattr(parallel, "RELOAD_AFTER", 3)
    monkeypatch.setattr(parallel, "_EXTRACTORS", {})
    settings = (None, ("acronyms",))
    papers = [Paper(f"p{i}", "A title", "We train a variational autoencoder (VAE) on MMLU.") for i in range(2)]
    first = parallel.extract_batch(papers, settings)
    loaded = parallel._EXTRACTORS[settings][0]
    parallel.extract_batch(papers, settings)  # 4 papers handled: the next batch reloads
    assert parallel._EXTRACTORS[settings][0] is loaded
    again = parallel.extract_batch(papers, settings)
    assert parallel._EXTRACTORS[settings][0] is not loaded
    assert again == first and {m.text for m in first[0].entities} >= {"VAE", "variational autoencoder"}


def test_large_blocks_setting_takes_on_glibc():
    import platform

    from kg.pipeline.memory import return_large_blocks

    taken = return_large_blocks()
    assert isinstance(taken, bool)
    if platform.system() == "Linux" and platform.libc_ver()[0] == "glibc":
        assert taken


def test_fewer_collections_raises_the_young_threshold_and_puts_it_back():
    import gc

    from kg.pipeline.memory import fewer_collections

    before = gc.get_threshold()
    with fewer_collections(young=12_345):
        assert gc.get_threshold() == (12_345, *before[1:])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections(young=12_345):
        raise RuntimeError("a failed build")
    assert gc.get_threshold() == before


def test_a_build_collects_young_garbage_less_often_and_restores_the_setting(tmp_path, monkeypatch):
    import gc

    from kg.pipeline import build
    from kg.pipeline.memory import YOUNG_OBJECTS

    seen = []
    real_read = build._read_records
    monkeypatch.setattr(build, "_read_records", lambda *a: (seen.append(gc.get_threshold()[0]), real_read(*a))[1])
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(GOOD) + "\n")
    before = gc.get_threshold()
    build_files([src], tmp_path / "out", BuildOptions(formats=("nt",), progress=False))
    assert seen == [max(YOUNG_OBJECTS, before[0])]
    assert gc.get_threshold() == before
