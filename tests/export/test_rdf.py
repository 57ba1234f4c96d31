"""RDF exports: they re-parse, pass the SHACL shapes, are deterministic and escaped."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.export.formats import serialize
from kg.export.atomic import atomic_write
from kg.export.rdf import to_rdf
from kg.schema import KG

from conftest import ROOT

pyshacl = pytest.importorskip("pyshacl")
SHAPES = Graph().parse(ROOT / "ontology" / "shapes.ttl")


def validate(rdf: Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(rdf, shacl_graph=SHAPES, inference="none")
    return conforms, text


@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_exports_reparse_to_the_same_graph(graph, fmt, parser):
    rdf = to_rdf(graph)
    again = Graph().parse(data=serialize(rdf, fmt).decode("utf-8"), format=parser)
    assert isomorphic(rdf, again)


def test_export_passes_the_shapes(graph):
    conforms, report = validate(to_rdf(graph))
    assert conforms, report


def test_shapes_reject_a_broken_graph(graph):
    rdf = to_rdf(graph)
    paper = next(rdf.subjects(RDF.type, KG.Paper))
    rdf.add((paper, URIRef("http://purl.org/dc/terms/title"), Literal("A second title")))
    entity = next(rdf.subjects(RDF.type, KG.Dataset))
    rdf.add((entity, KG.evaluatedOn, paper))  # a dataset evaluated on a paper: wrong domain and range
    conforms, report = validate(rdf)
    assert not conforms
    assert "title" in report and "evaluatedOn" in report


def test_hostile_text_is_escaped_in_turtle(graph):
    text = serialize(to_rdf(graph), "ttl").decode("utf-8")
    again = Graph().parse(data=text, format="turtle")
    titles = {str(o) for o in again.objects(None, URIRef("http://purl.org/dc/terms/title"))}
    assert "FooNet: A Network for <script>alert('x')</script> Question Answering" in titles
    abstracts = {str(o) for o in again.objects(None, URIRef("http://purl.org/dc/terms/abstract"))}
    assert any('"quoted" \\ here' in a for a in abstracts)


def test_jsonld_has_one_node_object_per_subject_in_order(graph):
    doc = json.loads(serialize(to_rdf(graph), "jsonld"))
    ids = [node["@id"] for node in doc]
    assert ids == sorted(set(ids), key=lambda iri: f"<{iri}>")  # the order of the sorted N-Triples


BUILD = """
import sys
sys.path.insert(0, {tests!r})
from conftest import fixture_extractions
from kg.graph.network import build_graph
from kg.export.rdf import to_rdf
from kg.export.formats import serialize
from kg.export.explorer.page import to_html
rdf = to_rdf(build_graph(fixture_extractions()))
sys.stdout.buffer.write(b"".join(serialize(rdf, f) for f in ("ttl", "nt", "jsonld")))
sys.stdout.buffer.write(to_html(build_graph(fixture_extractions())).encode())
"""


def test_exports_are_byte_identical_across_processes():
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        code = BUILD.format(tests=str(ROOT / "tests"))
        outputs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True).stdout)
    assert len(outputs) == 1


def test_atomic_write_leaves_only_the_target(tmp_path):
    target = atomic_write(tmp_path / "sub" / "graph.ttl", "x")
    atomic_write(target, "y")
    assert target.read_text() == "y"
    assert [p.name for p in target.parent.iterdir()] == ["graph.ttl"]


def test_a_temporary_file_no_caller_holds_is_removed_when_the_process_exits(tmp_path):
    # as when Ctrl-C lands between making the file and the caller's assignment: no ``finally`` can discard it
    code = ("import sys; from kg.export.atomic import AtomicFile; f = AtomicFile(sys.argv[1]); f.write(b'x'); "
            "print(f.tmp)")
    tmp = subprocess.run([sys.executable, "-c", code, str(tmp_path / "graph.nt")], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.strip()
    assert tmp.endswith(".tmp") and not Path(tmp).exists()
    assert list(tmp_path.iterdir()) == []


def test_an_interrupt_right_after_the_temporary_file_is_made_leaves_it_to_the_exit_handler(tmp_path, monkeypatch):
    # a Ctrl-C raised in the main thread just after the file exists (another thread took the signal, so holding it
    # back in this one would not stop it): the file is recorded already, and the exit handler removes it
    from kg.export import atomic

    real_open = os.open

    def open_then_interrupt(*args):
        real_open(*args)
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "open", open_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic.AtomicFile(tmp_path / "graph.nt")
    monkeypatch.undo()
    made = list(tmp_path.iterdir())
    assert len(made) == 1 and str(made[0]) in atomic._UNCOMMITTED
    atomic._remove_uncommitted()
    assert list(tmp_path.iterdir()) == []


def test_entities_known_to_papers_with_code_link_to_their_page(graph):
    from rdflib.namespace import DCTERMS, SKOS

    linked = [n for n, d in graph.nodes(data=True) if d.get("link")]
    assert linked, "the fixture names no Papers with Code method, dataset or task"
    rdf = to_rdf(graph)
    for node in linked:
        link = graph.nodes[node]["link"]
        subject = next(s for s in rdf.subjects(SKOS.prefLabel, None) if str(s).endswith(node))
        assert (subject, SKOS.exactMatch, URIRef("https://paperswithcode.com/" + link)) in rdf
        assert str(rdf.value(subject, DCTERMS.identifier)) == "paperswithcode:" + link
    conforms, report = validate(rdf)
    assert conforms, report
