"""Streaming writers: every RDF format is streamed from the build's N-Triples, at any size."""

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.export.formats import lookup
from kg.export.stream import convert
from kg.pipeline.build import BuildOptions, build_files

ABSTRACTS = [
    ("FooNet: fast question answering", "We propose FooNet. FooNet outperforms BERT on SQuAD with 91.5% accuracy."),
    ("Reading with LLaMA-2", 'We fine-tune LLaMA-2 and evaluate it on SQuAD and MMLU. A "quoted" \\ tail.'),
    ("VAEs for MMLU", "We train a variational autoencoder (VAE) on MMLU and report accuracy."),
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "papers.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"p{i}", "title": t, "abstract": a}) for i, (t, a) in enumerate(ABSTRACTS)))
    return path


def test_rdf_formats_are_streamed_above_the_graph_limit(corpus, tmp_path):
    out = tmp_path / "out"
    report = build_files([corpus], out, BuildOptions(progress=False, max_graph_papers=1, ner_model=None))
    assert report.graph is None  # over the limit: no networkx graph kept, no HTML
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["graph.jsonld", "graph.nt", "graph.ttl"]
    nt = Graph().parse(out / "graph.nt", format="nt")
    assert len(nt) > 50
    for name, parser in (("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        assert isomorphic(Graph().parse(out / name, format=parser), nt), name
    assert {"write nt", "write ttl", "write jsonld"} <= set(report.timings)


def test_turtle_alone_leaves_no_ntriples_behind(corpus, tmp_path):
    out = tmp_path / "out"
    build_files([corpus], out, BuildOptions(progress=False, formats=("ttl",), ner_model=None))
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".kg-")) == ["graph.ttl"]  # no workspace files


def test_convert_is_deterministic_and_atomic(tmp_path):
    source = tmp_path / "g.nt"
    source.write_text('<http://e/s> <http://e/p> "a \\"b\\"" .\n<http://e/s> <http://e/q> <http://e/o> .\n')
    first = convert(source, tmp_path / "a.ttl", lookup("ttl")).read_bytes()
    assert convert(source, tmp_path / "b.ttl", lookup("ttl"), progress=True).read_bytes() == first
    assert len(Graph().parse(data=first.decode(), format="turtle")) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "b.ttl", "g.nt"]


def test_cli_formats_option(corpus, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "nt"), "--formats", "nt"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "nt").iterdir() if not p.name.startswith(".")) == ["graph.nt"]
    result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "bad"), "--formats", "nt,yaml"])
    assert result.exit_code == 2 and "yaml" in result.output
