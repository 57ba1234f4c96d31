"""kg serve over HTTP: GET and POST, content negotiation, result cap, time limit, read-only."""

import csv
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.export.formats import serialize
from kg.export.rdf import to_rdf
from kg.sparql.serve import parse_accept
from kg.sparql.store import GraphStore

from conftest import ROOT, start_server, stop_server

DATASETS = "SELECT ?l WHERE { ?d a kg:Dataset ; skos:prefLabel ?l } ORDER BY ?l"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"



@pytest.fixture(scope="module")
def export_dir(tmp_path_factory):
    from conftest import fixture_extractions
    from kg.graph.network import build_graph

    out = tmp_path_factory.mktemp("export")
    rdf = to_rdf(build_graph(fixture_extractions()))
    (out / "graph.ttl").write_bytes(serialize(rdf, "ttl"))
    (out / "graph.html").write_text("<!DOCTYPE html><title>explorer</title>")
    return out


@pytest.fixture(scope="module")
def server(export_dir):
    server = start_server(export_dir, timeout=2.0, cap=2, workers=1)
    yield server
    stop_server(server)


def get(server, path, accept=None, data=None, content_type=None, method=None):
    headers = {}
    if accept:
        headers["Accept"] = accept
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(server.url + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def q(text):
    return "/sparql?query=" + urllib.parse.quote(text)


def test_get_select_as_json_by_default(server):
    status, headers, body = get(server, q("SELECT ?l WHERE { ?d a kg:Dataset ; skos:prefLabel ?l } ORDER BY ?l LIMIT 2"))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    result = json.loads(body)
    assert result["head"]["vars"] == ["l"]
    assert [b["l"]["value"] for b in result["results"]["bindings"]] == ["MMLU", "SQuAD"]


def test_content_negotiation(server):
    query = q("SELECT ?l WHERE { ?d a kg:Dataset ; skos:prefLabel ?l } ORDER BY ?l")
    status, headers, body = get(server, query, accept="text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(body.decode()))) == [["l"], ["MMLU"], ["SQuAD"]]
    status, headers, body = get(server, query, accept="text/html;q=0.9, text/tab-separated-values")
    assert headers["Content-Type"].startswith("text/tab-separated-values") and body.startswith(b"?l\n\"MMLU\"")
    status, headers, body = get(server, query, accept="application/sparql-results+xml")
    assert status == 200 and b"<literal>MMLU</literal>" in body
    status, headers, body = get(server, q("CONSTRUCT { ?d a kg:Dataset } WHERE { ?d a kg:Dataset }"), accept="text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and b"kg:Dataset" in body
    status, headers, body = get(server, q("ASK { ?p a kg:Paper }"))
    assert json.loads(body)["boolean"] is True
    status, _, body = get(server, query, accept="image/png")
    assert status == 406


def test_post_form_and_direct_body(server):
    form = urllib.parse.urlencode({"query": DATASETS}).encode()
    status, _, body = get(server, "/sparql", data=form, content_type="application/x-www-form-urlencoded", accept="text/csv")
    assert status == 200 and body.decode().splitlines() == ["l", "MMLU", "SQuAD"]
    status, _, body = get(server, "/sparql", data=DATASETS.encode(), content_type="application/sparql-query",
                          accept="application/sparql-results+json")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2


def test_result_cap_cuts_rows_and_says_so(server):
    status, headers, body = get(server, q("SELECT ?s WHERE { ?s ?p ?o }"))
    assert status == 200 and headers["X-Kg-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 2


def test_time_limit_stops_a_slow_query_and_the_server_recovers(server):
    started = time.monotonic()
    status, _, body = get(server, q(SLOW))
    assert status == 503 and b"time limit" in body
    assert time.monotonic() - started < 10
    status, _, body = get(server, q("ASK { ?p a kg:Paper }"))  # a fresh worker answers
    assert status == 200


def test_updates_are_refused(server):
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    status, _, body = get(server, "/sparql", data=update.encode(), content_type="application/sparql-update")
    assert status == 403 and b"read-only" in body
    form = urllib.parse.urlencode({"update": update}).encode()
    assert get(server, "/sparql", data=form, content_type="application/x-www-form-urlencoded")[0] == 403
    assert get(server, q(update))[0] == 400  # not a query
    assert get(server, "/sparql", data=b"x", method="PUT")[0] == 405
    status, _, body = get(server, q("ASK { <urn:x> <urn:y> <urn:z> }"))
    assert json.loads(body)["boolean"] is False


def test_bad_query_and_missing_query(server):
    assert get(server, q("SELEC nothing"))[0] == 400
    assert get(server, "/sparql")[0] == 400


def test_explorer_and_example_queries(server):
    status, headers, body = get(server, "/")
    assert status == 200 and b"explorer" in body and "default-src 'none'" in headers["Content-Security-Policy"]
    status, _, body = get(server, "/queries/")
    names = json.loads(body)
    assert "datasets_by_papers.rq" in names
    status, _, body = get(server, "/queries/datasets_by_papers.rq")
    assert status == 200 and body == (ROOT / "kg" / "sparql" / "queries" / "datasets_by_papers.rq").read_bytes()
    # the example query runs as served
    status, _, body = get(server, q(body.decode()), accept="text/csv")
    assert status == 200 and body.decode().splitlines()[0] == "dataset,label,papers"
    assert get(server, "/queries/../pyproject.toml")[0] == 404


def test_dollar_parameters_bind_variables_and_a_name_its_key(server):
    query = (ROOT / "kg" / "sparql" / "queries" / "papers_mentioning_model.rq").read_text()

    def papers(**fields):
        status, _, body = get(server, "/sparql?" + urllib.parse.urlencode({"query": query, **fields}))
        assert status == 200, body
        return [(b["label"]["value"], b["key"]["value"] if "key" in b else None) for b in json.loads(body)["results"]["bindings"]]

    assert papers() == [("LLaMA-2", None)] * 2  # the query's own default
    # the key is the resolver's: separators, case and a plural make no difference
    assert papers(**{"$name": "FooNets"}) == [("FooNet", "foonet")]
    form = urllib.parse.urlencode({"query": query, "$name": "foo-net"}).encode()
    status, _, body = get(server, "/sparql", data=form, content_type="application/x-www-form-urlencoded")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["label"]["value"] == "FooNet"
    # a value is a term, never query text; a bad term, a repeated one or an unprojected variable is refused
    assert papers(**{"$name": 'FooNet" } UNION { ?paper ?p ?model'}) == []
    assert get(server, q(query) + "&$name=" + urllib.parse.quote("<not an iri>"))[0] == 400
    assert get(server, q(query) + "&$name=a&$name=b")[0] == 400
    status, _, body = get(server, q("SELECT ?l WHERE { ?d skos:prefLabel ?l }") + "&$nothere=1")
    assert status == 400 and b"projection" in body


def test_serves_a_store_and_binds_loopback(tmp_path, graph):
    with GraphStore(tmp_path / "store") as store:
        store.add_graph(to_rdf(graph))
    server = start_server(tmp_path / "store", workers=1)
    try:
        assert server.server_address[0] == "127.0.0.1"
        status, _, body = get(server, q(DATASETS), accept="text/csv")
        assert status == 200 and body.decode().splitlines() == ["l", "MMLU", "SQuAD"]
        status, headers, body = get(server, "/")  # the on-demand explorer, for any store
        assert status == 200 and b'"mode":"serve"' in body and "connect-src 'self'" in headers["Content-Security-Policy"]
        assert get(server, "/graph.html")[0] == 404  # no static page in the store
    finally:
        stop_server(server)


def test_parse_accept_orders_by_quality():
    assert parse_accept("text/csv;q=0.5, application/json, */*;q=0.1, x/y;q=0") == ["application/json", "text/csv", "*/*"]
