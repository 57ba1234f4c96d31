"""Latency of the example queries (kg/sparql/queries/*.rq) on a store, and of ``kg serve`` under load.

Query mode (the default) opens STORE read-only in this process and runs each example query
``--repeat`` times after one warm-up run, with its parameters bound to a frequent name (``?name``
to the model in most papers, unless ``--name`` says otherwise, ``?key`` to its match key, as
``kg query --param`` does; ``?dataset`` to the dataset of the leaderboard with the most results,
``?datasetWord`` to its longest word); it prints p50, p95 and max per query.

``--serve`` starts ``kg serve STORE`` in a child process on loopback, waits until it has read the
explorer's index (a background thread that competes with queries while it runs), and measures
it as users would: ``--clients`` concurrent clients for ``--seconds`` seconds, each looping over the example
queries, the name passed as a ``$name`` request parameter (errors, p50, p95, requests/s); then
the latency of ``ASK {}`` while 3 clients loop the slowest example query.

STORE is a store directory (``kg build --store DIR``). With ``--papers N`` and no store there
yet, it is built first from the first N records of the real corpus (``--corpus``)::

    .venv/bin/python scripts/bench_query.py /tmp/store --papers 5000
    .venv/bin/python scripts/bench_query.py /tmp/store --serve
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

from kg.sparql.query import execute, solution_rows
from kg.sparql.store import is_store

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "kg" / "sparql" / "queries"
CORPUS = ROOT.parent / "shared" / "corpora" / "arxiv-cs-2025-2026.jsonl.gz"
FREQUENT_MODEL = """
SELECT ?label WHERE { ?m a kg:Model ; skos:prefLabel ?label ; kg:paperCount ?n } ORDER BY DESC(?n) ?label LIMIT 1
"""
FREQUENT_BOARD = "SELECT ?dataset WHERE { ?r kg:boardRank 1 ; kg:leaderboardDataset ?dataset } ORDER BY ?dataset LIMIT 1"


def build_store(store: Path, corpus: Path, papers: int) -> None:
    """``kg build`` of the first ``papers`` records of ``corpus`` with ``--store``."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        records = Path(tmp) / "records.jsonl"
        opener = gzip.open if corpus.suffix == ".gz" else open
        with opener(corpus, "rt", encoding="utf-8") as source, records.open("w", encoding="utf-8") as out:
            out.writelines(itertools.islice(source, papers))
        command = [sys.executable, "-m", "kg", "build", str(records), "-o", str(Path(tmp) / "out"), "--no-html",
                   "--store", str(store)]
        print("building:", " ".join(command), flush=True)
        started = time.perf_counter()
        subprocess.run(command, check=True)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)


def example_queries() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(QUERIES.glob("*.rq"))}


def frequent_names(store: ox.Store, name: str | None) -> dict[str, str]:
    """The values the example queries' parameters are bound to: ``name`` and ``dataset``."""
    names = {"name": name or solution_rows(execute(store, FREQUENT_MODEL))[0]["label"]}
    board = solution_rows(execute(store, FREQUENT_BOARD))
    if board:
        names["dataset"] = board[0]["dataset"]
    return names


def parameters(query: str, names: dict[str, str]) -> dict[str, str]:
    """The parameters of ``names`` that ``query`` takes: ``?name``, or one its comment documents
    (``--param dataset=…``)."""
    return {param: value for param, value in names.items()
            if param == "name" and "?name" in query or f"--param {param}=" in query}


def percentiles(times: list[float]) -> tuple[float, float, float]:
    """p50, p95 and max in milliseconds."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, p95 * 1000, ordered[-1] * 1000


def query_mode(store_dir: Path, name: str | None, repeat: int) -> None:
    store = ox.Store.read_only(str(store_dir))
    papers = solution_rows(execute(store, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }"))[0]["n"]
    names = frequent_names(store, name)
    print(f"store {store_dir}: {len(store):,} triples, {papers} papers; bound: {names}; {repeat} runs each")
    print("| query | rows | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    for qname, text in example_queries().items():
        params = {param: ox.Literal(value) for param, value in parameters(text, names).items()} or None
        count = len(list(execute(store, text, params)))  # warm-up
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            list(execute(store, text, params))
            times.append(time.perf_counter() - started)
        p50, p95, worst = percentiles(times)
        print(f"| {qname} | {count} | {p50:.1f} | {p95:.1f} | {worst:.1f} |", flush=True)


class Server:
    """``kg serve STORE`` in a child process on a free loopback port."""

    def __init__(self, store_dir: Path, workers: int | None):
        command = [sys.executable, "-m", "kg", "serve", str(store_dir), "--port", "0"]
        if workers:
            command += ["--workers", str(workers)]
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if "serving" not in line:
            self.proc.kill()
            raise SystemExit(f"kg serve did not start: {line!r}")
        print(line.strip(), flush=True)
        self.host, self.port = line.split("http://", 1)[1].split("/", 1)[0].rsplit(":", 1)

    def wait_for_index(self, timeout: float = 600.0) -> float:
        """Seconds until the explorer's index, read in the server's background thread at start, is
        ready (``/explore/top`` stops answering 503): the load is measured on a started server."""
        started = time.perf_counter()
        while time.perf_counter() - started < timeout:
            conn = http.client.HTTPConnection(self.host, int(self.port), timeout=60)
            try:
                conn.request("GET", "/explore/top")
                if conn.getresponse().status != 503:
                    break
            except OSError:
                pass
            finally:
                conn.close()
            time.sleep(0.5)
        return time.perf_counter() - started

    def request(self, query: str, params: dict[str, str] | None = None) -> tuple[int, float]:
        """(status, seconds) of one GET /sparql, with ``params`` as ``$NAME=VALUE`` bindings."""
        started = time.perf_counter()
        conn = http.client.HTTPConnection(self.host, int(self.port), timeout=60)
        fields = {"query": query, **{f"${name}": value for name, value in (params or {}).items()}}
        try:
            conn.request("GET", "/sparql?" + urllib.parse.urlencode(fields),
                         headers={"Accept": "application/sparql-results+json"})
            response = conn.getresponse()
            response.read()
            status = response.status
        except OSError:
            status = 0
        finally:
            conn.close()
        return status, time.perf_counter() - started

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def loop(server: Server, queries: list[tuple[str, dict]], until: float, results: list) -> None:
    for query, params in itertools.cycle(queries):
        if time.monotonic() >= until:
            return
        results.append(server.request(query, params))


def serve_mode(store_dir: Path, name: str | None, clients: int, seconds: float, workers: int | None) -> None:
    store = ox.Store.read_only(str(store_dir))
    names = frequent_names(store, name)
    del store
    queries = {qname: (text, parameters(text, names)) for qname, text in example_queries().items()}
    server = Server(store_dir, workers)
    try:
        print(f"explorer index ready after {server.wait_for_index():.1f} s", flush=True)
        for query, params in queries.values():  # warm-up, and the slowest query
            server.request(query, params)
        timed = {qname: min(server.request(*queries[qname])[1] for _ in range(3)) for qname in queries}
        slowest = max(timed, key=timed.get)

        results: list[tuple[int, float]] = []
        until = time.monotonic() + seconds
        texts = list(queries.values())
        threads = [threading.Thread(target=loop, args=(server, texts[i % len(texts):] + texts[:i % len(texts)], until, results))
                   for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        ok = [t for status, t in results if status == 200]
        errors: dict[int, int] = {}
        for status, _ in results:
            if status != 200:
                errors[status] = errors.get(status, 0) + 1
        p50, p95, worst = percentiles(ok) if ok else (0, 0, 0)
        print(f"load: {clients} clients for {seconds:g} s, example queries with {names}: {len(results)} requests "
              f"({len(results) / seconds:.1f}/s), errors {sum(errors.values())} {errors or ''}, "
              f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {worst:.0f} ms", flush=True)

        busy: list[tuple[int, float]] = []
        until = time.monotonic() + 12
        loopers = [threading.Thread(target=loop, args=(server, [queries[slowest]], until, busy)) for _ in range(3)]
        for thread in loopers:
            thread.start()
        time.sleep(1.0)
        asks = []
        while time.monotonic() < until - 0.5:
            asks.append(server.request("ASK {}"))
            time.sleep(0.05)
        for thread in loopers:
            thread.join()
        p50, p95, worst = percentiles([t for _, t in asks])
        bad = sum(1 for status, _ in asks if status != 200)
        print(f"ASK {{}} while 3 clients loop {slowest} ({timed[slowest] * 1000:.0f} ms alone; {len(busy)} runs): "
              f"{len(asks)} asks, errors {bad}, p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms", flush=True)
    finally:
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path)
    parser.add_argument("--papers", type=int, default=None, help="build the store first from this many corpus records")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--name", default=None, help="value of ?name (default: the model in most papers)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--serve", action="store_true", help="measure kg serve under load instead")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=None, help="kg serve --workers (default: its own)")
    args = parser.parse_args()
    if not is_store(args.store):
        if args.papers is None:
            raise SystemExit(f"{args.store}: not a store; give --papers N to build one from {args.corpus}")
        build_store(args.store, args.corpus, args.papers)
    if args.serve:
        serve_mode(args.store, args.name, args.clients, args.seconds, args.workers)
    else:
        query_mode(args.store, args.name, args.repeat)


if __name__ == "__main__":
    main()
