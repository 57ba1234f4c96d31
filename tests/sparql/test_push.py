"""kg push into a real Oxigraph server (the `oxigraph` package) started here on loopback."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export.formats import serialize
from kg.sparql.push import BUILD_GRAPH, PushError, push
from kg.export.rdf import to_rdf
from kg.sparql.store import GraphStore

OXIGRAPH = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def oxigraph(tmp_path):
    if not OXIGRAPH:
        pytest.skip("the Oxigraph server binary is missing (pip install oxigraph, part of the test extra)")
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("the Oxigraph server did not start")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def sparql(url: str, query: str) -> list[dict]:
    request = urllib.request.Request(url + "/query?query=" + urllib.parse.quote(query),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return [{k: v["value"] for k, v in b.items()} for b in json.loads(response.read())["results"]["bindings"]]


GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def test_push_puts_each_build_in_its_own_named_graph(oxigraph, tmp_path, graph):
    rdf = to_rdf(graph)
    export = tmp_path / "out"
    export.mkdir()
    (export / "graph.nt").write_bytes(serialize(rdf, "nt"))
    report = push(export, oxigraph + "/store")
    assert report.graph.startswith(BUILD_GRAPH) and report.status in (200, 201, 204)
    assert sparql(oxigraph, GRAPHS) == [{"g": report.graph, "n": str(len(rdf))}]
    again = push(export, oxigraph + "/store")  # the same build again: same graph, replaced, nothing added
    assert again.graph == report.graph
    assert sparql(oxigraph, GRAPHS) == [{"g": report.graph, "n": str(len(rdf))}]
    labels = sparql(oxigraph, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX kg: <https://w3id.org/paper-kg/ontology#> "
                              f"SELECT ?l WHERE {{ GRAPH <{report.graph}> {{ ?d a kg:Dataset ; skos:prefLabel ?l }} }} ORDER BY ?l")
    assert [r["l"] for r in labels] == ["MMLU", "SQuAD"]


def test_cli_push_of_a_store_and_an_error(oxigraph, tmp_path, graph):
    with GraphStore(tmp_path / "store") as store:
        added = store.add_graph(to_rdf(graph))
    result = CliRunner().invoke(main, ["push", str(tmp_path / "store"), "--endpoint", oxigraph + "/store",
                                       "--graph-iri", "https://example.org/g1"])
    assert result.exit_code == 0, result.output
    assert "https://example.org/g1" in result.output
    # a store is pushed whole: the graph and the store's summary of it
    assert added.summary > 0
    assert sparql(oxigraph, GRAPHS) == [{"g": "https://example.org/g1", "n": str(len(to_rdf(graph)) + added.summary)}]
    with pytest.raises(PushError, match="HTTP 404"):
        push(tmp_path / "store", oxigraph + "/no-such-endpoint")
