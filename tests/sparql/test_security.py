"""Hostile queries and requests against kg serve and kg query, on loopback, each bounded in time."""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from conftest import start_server, stop_server
from click.testing import CliRunner

from kg.cli import main
from kg.export.formats import serialize
from kg.export.rdf import to_rdf
from kg.sparql.worker import QueryRefused, check_query

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


class Listener:
    """A loopback TCP listener that records every connection it gets and never answers."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections, self.held, self.stopped = 0, [], False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/internal"

    def _accept(self):
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            self.held.append(conn)

    def close(self):
        self.stopped = True
        self.thread.join(timeout=2)
        for conn in self.held:
            conn.close()
        self.sock.close()


@pytest.fixture
def listener():
    found = Listener()
    yield found
    found.close()


@pytest.fixture(scope="module")
def export_dir(tmp_path_factory):
    from conftest import fixture_extractions
    from kg.graph.network import build_graph

    out = tmp_path_factory.mktemp("export")
    (out / "graph.nt").write_bytes(serialize(to_rdf(build_graph(fixture_extractions())), "nt"))
    return out



@pytest.fixture(scope="module")
def server(export_dir):
    server = start_server(export_dir, timeout=2.0, workers=1, idle_timeout=0.5)
    yield server
    stop_server(server)


def get(server, path, data=None, content_type=None):
    headers = {"Content-Type": content_type} if content_type else {}
    request = urllib.request.Request(server.url + path, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def q(text, **extra):
    return "/sparql?" + urllib.parse.urlencode({"query": text, **extra})


def raw(server, data: bytes, timeout=10.0) -> bytes:
    """Send raw bytes to the server and read its whole answer."""
    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


SERVICE_QUERIES = [
    "SELECT ?x WHERE { SERVICE <%s> { ?x ?p ?o } }",
    "select ?x where { service silent <%s> { ?x ?p ?o } }",
    "SELECT ?x WHERE { ?a ?b ?c }SERVICE<%s>{?x ?p ?o}",
    "SELECT ?x WHERE { ?a ?b 1 SeRvIcE # a comment\n <%s> { ?x ?p ?o } }",
    "PREFIX e: <%s> SELECT ?x WHERE { SERVICE e: { ?x ?p ?o } }",
    "SELECT ?x WHERE { BIND(<%s> AS ?u) SERVICE ?u { ?x ?p ?o } }",
    "SELECT ?x WHERE { \\u0053ERVICE <%s> { ?x ?p ?o } }",
    "PREFIX ex: <http://e.org/> SELECT * WHERE { ?s ?p ex:a\\' . SERVICE <%s> { ?x ?p ?o } ?s ?p ex:b\\' }",
    "PREFIX ex: <http://e.org/> SELECT * WHERE { ?s ?p ex:a\\# SERVICE <%s> { ?x ?p ?o } }",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_serve_refuses_service_and_never_fetches(server, listener, template):
    status, _, body = get(server, q(template % listener.url))
    assert status == 400 and b"SERVICE is refused" in body
    time.sleep(0.1)
    assert listener.connections == 0


def test_words_that_only_look_like_service_are_allowed():
    check_query('SELECT ?service WHERE { ?service <http://x.org/service> "SERVICE" } # service')
    for template in SERVICE_QUERIES:
        with pytest.raises(QueryRefused):
            check_query(template % "http://127.0.0.1:9/x")


def test_kg_query_refuses_service_unless_allowed(export_dir, listener):
    runner = CliRunner()
    query = SERVICE_QUERIES[0] % listener.url
    result = runner.invoke(main, ["query", str(export_dir), query])
    assert result.exit_code == 2 and "SERVICE is refused" in result.output
    time.sleep(0.1)
    assert listener.connections == 0
    # the explicit opt-in does fetch (the listener never answers: the process is stopped once it connected)
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", str(export_dir), query, "--allow-service"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while listener.connections == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert listener.connections == 1
    finally:
        proc.kill()
        proc.wait()


def test_deep_nesting_and_bad_graph_iris_are_400(server):
    deep = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    status, _, body = get(server, "/sparql", data=urllib.parse.urlencode({"query": deep}).encode(),
                          content_type="application/x-www-form-urlencoded")
    assert status == 400 and b"nests" in body
    assert get(server, q("ASK {}", **{"default-graph-uri": "not an iri <>"}))[0] == 400
    assert get(server, q("ASK {}", **{"named-graph-uri": "\x00"}))[0] == 400
    assert get(server, q("ASK { ?p a kg:Paper }"))[0] == 200  # the worker is still there


def test_post_needs_a_valid_content_length(server):
    query = b"ASK {}"
    head = b"POST /sparql HTTP/1.0\r\nContent-Type: application/sparql-query\r\n"
    assert raw(server, head + b"Content-Length: -1\r\n\r\n" + query).startswith(b"HTTP/1.0 400")
    assert raw(server, head + b"Content-Length: abc\r\n\r\n" + query).startswith(b"HTTP/1.0 400")
    assert raw(server, head + b"Content-Length: \xb2\r\n\r\n" + query).startswith(b"HTTP/1.0 400")  # a superscript 2
    assert raw(server, head + b"Content-Length: 6\r\nContent-Length: 7\r\n\r\n" + query).startswith(b"HTTP/1.0 400")
    assert raw(server, head + b"\r\n" + query).startswith(b"HTTP/1.0 411")
    assert raw(server, head + b"Transfer-Encoding: chunked\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n").startswith(b"HTTP/1.0 411")
    assert raw(server, head + b"Content-Length: 999999999\r\n\r\n" + query).startswith(b"HTTP/1.0 413")
    assert raw(server, head + b"Content-Length: 6\r\n\r\n" + query).startswith(b"HTTP/1.0 200")


def test_idle_connections_are_closed(server):
    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=5) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /spa")  # half a request, then silence
        assert sock.recv(100) == b""  # closed by the server, well before our own 5 s timeout
        assert time.monotonic() - started < 3


def test_connection_threads_are_bounded(export_dir):
    server = start_server(export_dir, workers=1, max_connections=2, idle_timeout=3.0)
    try:
        host, port = server.server_address[:2]
        held = [socket.create_connection((host, port), timeout=5) for _ in range(2)]
        time.sleep(0.2)
        answer = raw(server, b"GET /sparql?query=ASK%7B%7D HTTP/1.0\r\n\r\n")
        assert answer.startswith(b"HTTP/1.0 503") and b"Retry-After: 1" in answer
        for sock in held:
            sock.close()
        time.sleep(0.3)
        assert raw(server, b"GET /sparql?query=ASK%7B%7D HTTP/1.0\r\n\r\n").startswith(b"HTTP/1.0 200")
    finally:
        stop_server(server)


def test_full_queue_is_503_with_retry_after_and_queue_time_is_not_charged(export_dir):
    server = start_server(export_dir, workers=1, timeout=1.0, queue_limit=1, queue_wait=8.0)
    try:
        answers = {}

        def ask(name, query):
            answers[name] = get(server, q(query))

        slow = threading.Thread(target=ask, args=("slow", SLOW))
        slow.start()
        time.sleep(0.2)
        queued = threading.Thread(target=ask, args=("queued", "ASK { ?p a kg:Paper }"))
        queued.start()
        time.sleep(0.2)
        status, headers, _ = get(server, q("ASK {}"))  # the one queue place is taken
        assert status == 503 and headers["Retry-After"] == "1"
        slow.join(30)
        queued.join(30)
        assert answers["slow"][0] == 503 and b"time limit" in answers["slow"][2]
        # waited past the 1 s limit for the slow query's worker to be replaced, and still answered
        assert answers["queued"][0] == 200 and json.loads(answers["queued"][2])["boolean"] is True
    finally:
        stop_server(server)


def test_error_messages_escape_control_characters(server):
    status, _, body = get(server, q("SELECT \x1b[31m\x07 WHERE"))
    assert status == 400 and b"\x1b" not in body and b"\x07" not in body and len(body) < 700


def test_serve_on_all_interfaces_warns(monkeypatch, export_dir):
    import kg.sparql.serve

    def refuse(*args, **kwargs):
        raise OSError(99, "not binding in a test")

    monkeypatch.setattr(kg.sparql.serve, "make_server", refuse)
    result = CliRunner().invoke(main, ["serve", str(export_dir), "--host", "0.0.0.0"])
    assert "reachable from the network" in result.output
    result = CliRunner().invoke(main, ["serve", str(export_dir)])
    assert "reachable from the network" not in result.output


def _kg(*args, env):
    return subprocess.Popen([sys.executable, "-m", "kg", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env=env, text=True)


def test_sigterm_removes_the_temporary_copy_of_kg_serve(export_dir, tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = _kg("serve", str(export_dir), "--port", "0", "--workers", "1", env=env)
    try:
        line = proc.stdout.readline()
        assert "serving" in line, line
        assert [p.name[:9] for p in tmp_path.iterdir()] == ["kg-serve-"]
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=15)
        assert code == 0, proc.stdout.read()
        assert list(tmp_path.iterdir()) == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def test_kg_push_times_out_and_cleans_up_on_sigterm(export_dir, tmp_path, listener):
    from kg.sparql.store import GraphStore

    with GraphStore(tmp_path / "store") as store:
        store.add_file(export_dir / "graph.nt")
    started = time.monotonic()
    result = CliRunner().invoke(main, ["push", str(tmp_path / "store"), "--endpoint", listener.url, "--timeout", "1"])
    assert result.exit_code == 1 and "no answer within --timeout 1 s" in result.output
    assert time.monotonic() - started < 10
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    before = listener.connections
    proc = _kg("push", str(tmp_path / "store"), "--endpoint", listener.url, "--timeout", "60", env=env)
    try:
        deadline = time.monotonic() + 20
        while listener.connections == before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert listener.connections == before + 1
        assert [p.name[:8] for p in scratch.iterdir()] == ["kg-push-"]  # the dump of the store, being sent
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) != 0
        assert list(scratch.iterdir()) == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def test_a_slow_query_does_not_hold_up_a_fast_one(export_dir):
    server = start_server(export_dir, workers=2, timeout=4.0)
    try:
        slow = threading.Thread(target=get, args=(server, q(SLOW)))
        slow.start()
        time.sleep(0.3)
        started = time.monotonic()
        status, _, body = get(server, q("ASK { ?p a kg:Paper }"))
        assert status == 200 and json.loads(body)["boolean"] is True
        assert time.monotonic() - started < 2.0  # answered by the free worker, not after the slow query's 4 s
        slow.join(30)
    finally:
        stop_server(server)
