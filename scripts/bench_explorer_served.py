"""Timings of the explorer that ``kg serve STORE`` serves, in headless Chromium (network blocked but loopback).

Starts ``kg serve STORE`` in a child process on a free loopback port and reports:

* when the server answered its first SPARQL query, and when its explorer index was read (the
  first answer of ``/explore/top``), with the server's resident memory then;
* the latency of ``/explore/search`` over HTTP for each ``--search`` term (median of 5), with the
  number of matches; with ``--compare``, the same searches as the SPARQL label scan the page ran
  before the index (``CONTAINS`` over every label, alias and claim text) and as a ``kg:matchKey``
  equality query, through ``/sparql``;
* then one page in tests/browser/explorer.cjs (playwright-core driving /usr/bin/chromium, every
  request but the server's blocked): the first view (navigation start to the page ready: the
  entities named by most papers drawn), and for each term a search (typing to the results listed,
  the page's 150 ms pause included) and opening its first result (the click to the neighbourhood
  fetched and the view settled; the fetches' own span from Resource Timing beside it).

    .venv/bin/python scripts/bench_explorer_served.py /work/stores/full
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "tests" / "browser" / "explorer.cjs"
SEARCHES = ("imagenet", "llama", "diffusion")
LABEL_SCAN = """PREFIX kg: <https://w3id.org/paper-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?n ?label WHERE {
  { ?n (skos:prefLabel|rdfs:label) ?label } UNION { ?n skos:altLabel ?alias . ?n skos:prefLabel ?label }
  UNION { ?paper kg:states ?n ; dcterms:abstract ?abstract . ?n kg:evidence ?s . ?s kg:start ?start ; kg:end ?end .
          BIND (SUBSTR(?abstract, ?start + 1, ?end - ?start) AS ?label) }
  FILTER(CONTAINS(LCASE(COALESCE(?alias, ?label)), %s))
} LIMIT 300"""
KEY_LOOKUP = """PREFIX kg: <https://w3id.org/paper-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?n ?label WHERE { ?n kg:matchKey %s ; skos:prefLabel ?label }"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port: int, path: str, timeout: float = 120.0) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Accept": "application/json"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_for(port: int, path: str, began: float, limit: float = 600.0) -> float:
    """Seconds from ``began`` until ``path`` answers 200."""
    while time.perf_counter() - began < limit:
        try:
            if get(port, path)[0] == 200:
                return time.perf_counter() - began
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{path} did not answer within {limit:.0f} s")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed(port: int, path: str, runs: int = 5) -> tuple[float, bytes]:
    """Median milliseconds of ``runs`` GETs of ``path``, and the last body."""
    times, body = [], b""
    for _ in range(runs):
        started = time.perf_counter()
        status, body = get(port, path)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            return float("nan"), body
    return statistics.median(times), body


def sparql_ms(port: int, query: str) -> tuple[float, int, str]:
    started = time.perf_counter()
    status, body = get(port, "/sparql?" + urllib.parse.urlencode({"query": query}))
    ms = (time.perf_counter() - started) * 1000
    rows = len(json.loads(body)["results"]["bindings"]) if status == 200 else 0
    return ms, rows, "" if status == 200 else body.decode("utf-8", "replace").strip()[:80]


def fetch_span(state: dict, before: int) -> float:
    """Milliseconds from the first to the last end of the fetches a step started (Resource Timing)."""
    fetches = state["fetches"][before:]
    return max(f[2] for f in fetches) - min(f[1] for f in fetches) if fetches else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", help="a store directory (kg build --store) or export files")
    parser.add_argument("--search", action="append", help=f"a search term (repeatable; default {', '.join(SEARCHES)})")
    parser.add_argument("--workers", type=int, default=None, help="kg serve --workers")
    parser.add_argument("--compare", action="store_true", help="also time the SPARQL label scan and match-key lookup")
    parser.add_argument("--screenshots", type=Path, help="a folder for screenshots of the first view and the first "
                                                         "neighbourhood opened (serve-first.png, serve-open.png)")
    args = parser.parse_args()
    terms = args.search or list(SEARCHES)
    port = free_port()
    command = [sys.executable, "-m", "kg", "serve", args.store, "--port", str(port)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    began = time.perf_counter()
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        sparql_ready = wait_for(port, "/sparql?query=ASK%7B%7D", began)
        index_ready = wait_for(port, "/explore/top", began)
        print(f"kg serve {args.store}: SPARQL answered {sparql_ready:.1f} s after start, explorer index read "
              f"{index_ready:.1f} s after start; server memory {rss_mb(server.pid):,.0f} MB")
        top = json.loads(get(port, "/explore/top")[1])
        print("nodes: " + ", ".join(f"{n:,} {t}" for t, n in top["counts"].items()) +
              f"; first view {len(top['nodes'])} entities, {len(top['edges'])} relations")
        ms, _ = timed(port, "/explore/top")
        print(f"/explore/top: {ms:.1f} ms")
        for term in terms:
            ms, body = timed(port, "/explore/search?" + urllib.parse.urlencode({"q": term}))
            found = json.loads(body)
            first = found["hits"][0]["label"] if found["hits"] else "-"
            print(f"/explore/search {term!r}: {ms:.1f} ms, {found['total']:,}{'+' if found['more'] else ''} matches, "
                  f"first {first!r}")
            if args.compare:
                literal = json.dumps(term.lower())
                for name, query in (("SPARQL CONTAINS label scan", LABEL_SCAN % literal),
                                    ("SPARQL kg:matchKey lookup", KEY_LOOKUP % json.dumps(term.lower().replace(" ", "")))):
                    ms, rows, error = sparql_ms(port, query)
                    print(f"  {name}: {ms:,.0f} ms, {rows} rows{(' (' + error + ')') if error else ''}")
        steps = []
        if args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
            steps.append({"do": "screenshot", "path": str(args.screenshots.resolve() / "serve-first.png")})
        for term in terms:
            steps += [{"do": "search", "text": term, "wait": 1}, {"do": "result", "index": 0, "wait": 1}]
            if args.screenshots and term == terms[0]:
                steps.append({"do": "screenshot", "path": str(args.screenshots.resolve() / "serve-open.png")})
        env = dict(os.environ)
        env.setdefault("KG_PLAYWRIGHT_CORE", str(ROOT / ".cache" / "npm" / "node_modules" / "playwright-core"))
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "steps.json"
            script.write_text(json.dumps(steps), encoding="utf-8")
            done = subprocess.run(["node", str(DRIVER), f"http://127.0.0.1:{port}/", str(script)], capture_output=True,
                                  text=True, timeout=900, env=env)
        if done.returncode != 0:
            raise SystemExit(done.stderr[-3000:])
        result = json.loads(done.stdout)
        if result["blocked"] or result["requests"] or result["errors"]:
            raise SystemExit(f"the page loaded something or failed: {result['blocked']} {result['requests']} "
                             f"{result['errors']}")
        states = [state for state in result["states"] if state.get("step") != "screenshot"]
        print(f"browser: first view ready {result['readyMs']:,.0f} ms after navigation start "
              f"({states[0]['nodes']} nodes drawn)")
        for k, term in enumerate(terms):
            found, opened = states[2 * k + 1], states[2 * k + 2]
            print(f"  search {term!r}: results listed {found['ms']:,} ms after typing ({found['results']['count']:,} "
                  f"matches, first {found['results']['items'][0][:50] if found['results']['items'] else '-'!r})")
            print(f"  open {opened['focus'].rsplit('/', 1)[-1]}: neighbourhood shown {opened['ms']:,} ms after the click "
                  f"(its fetches took {fetch_span(opened, len(found['fetches'])):,.0f} ms; {opened['nodes']} nodes "
                  f"in view)")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
