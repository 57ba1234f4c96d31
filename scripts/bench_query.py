"""Latency of the example queries (kg/sparql/queries/*.rq): rdflib's memory store vs the embedded Oxigraph store.

Two graphs: the reference graph (an export, by default exports/graph.nt) and a synthetic graph of
N papers (default 100,000) written straight as N-Triples in the shape of a real build (papers,
sentences, entities with labels and aliases, claims, one kg:Assertion per edge). Each query runs
``--repeat`` times on each store (after one warm-up run) and the median is reported; an rdflib
query that runs past ``--limit`` seconds is stopped (it runs in a forked child) and shown as ">limit".

    .venv/bin/python scripts/bench_query.py                 # both graphs, a few minutes
    .venv/bin/python scripts/bench_query.py --papers 10000  # smaller synthetic graph
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

ROOT = Path(__file__).resolve().parents[1]

from kg.sparql.query import run_query
from kg.sparql.store import GraphStore

RES = "https://w3id.org/paper-kg/resource/"
KG = "https://w3id.org/paper-kg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
TYPES = ("Method", "Model", "Dataset", "Task", "Metric")


def synthetic_nt(path: Path, papers: int, seed: int = 1) -> int:
    """Write a synthetic build of ``papers`` papers as N-Triples; returns the number of triples."""
    rng = random.Random(seed)
    n_entities = max(papers // 4, 50)
    weights = [1.0 / (1 + i) ** 0.9 for i in range(n_entities)]
    count = 0
    with path.open("w", encoding="utf-8") as out:
        def t(s, p, o):
            nonlocal count
            out.write(f"{s} {p} {o} .\n")
            count += 1
        for i in range(n_entities):
            e, kind = f"<{RES}entity/e{i}>", TYPES[i % 5]
            t(e, f"<{RDF}type>", f"<{KG}{kind}>")
            t(e, f"<{SKOS}prefLabel>", f'"{"Llama 2" if i == 7 else f"{kind} {i}"}"')
            t(e, f"<{SKOS}altLabel>", f'"{kind[:2]}-{i}"')
            t(e, f"<{KG}mentionCount>", f'"{rng.randint(1, 50)}"^^<http://www.w3.org/2001/XMLSchema#integer>')
        chosen_all = rng.choices(range(n_entities), weights=weights, k=papers * 5)
        for p in range(papers):
            paper = f"<{RES}paper/p{p}>"
            t(paper, f"<{RDF}type>", f"<{KG}Paper>")
            t(paper, f"<{DCT}title>", f'"Synthetic paper {p} about things"')
            t(paper, f"<{DCT}abstract>", f'"We study things in paper {p}. We report results."')
            for s in range(2):
                sent = f"<{RES}paper/p{p}/s{s}>"
                t(paper, f"<{KG}hasSentence>", sent)
                t(sent, f"<{RDF}type>", f"<{KG}Sentence>")
                t(sent, f"<{KG}text>", f'"Sentence {s} of paper {p}."')
            for k, e in enumerate(sorted(set(chosen_all[p * 5:(p + 1) * 5]))):
                pred = "proposes" if k == 0 and p % 7 == 0 else "mentions"
                entity = f"<{RES}entity/e{e}>"
                t(paper, f"<{KG}{pred}>", entity)
                a = f"<{RES}assertion/p{p}-{k}>"
                t(a, f"<{RDF}type>", f"<{KG}Assertion>")
                t(a, f"<{RDF}subject>", paper)
                t(a, f"<{RDF}predicate>", f"<{KG}{pred}>")
                t(a, f"<{RDF}object>", entity)
                t(a, f"<{KG}inPaper>", paper)
                t(a, f"<{KG}evidence>", f"<{RES}paper/p{p}/s{k % 2}>")
            claim = f"<{RES}claim/p{p}-1>"
            t(claim, f"<{RDF}type>", f"<{KG}Claim>")
            t(paper, f"<{KG}states>", claim)
            t(claim, f"<{KG}claimText>", f'"We report results in paper {p}."')
    return count


def _timed(run, repeat: int) -> float:
    run()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _rdflib_child(rdf, query, repeat, conn):
    conn.send(_timed(lambda: list(run_query(rdf, query)), repeat))


def rdflib_latency(rdf: Graph, query: str, repeat: int, limit: float) -> float | None:
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_rdflib_child, args=(rdf, query, repeat, child))
    proc.start()
    if parent.poll(limit * (repeat + 1)):
        value = parent.recv()
        proc.join()
        return value
    proc.kill()
    proc.join()
    return None


def bench(name: str, nt_file: Path, queries: dict[str, str], repeat: int, limit: float, skip_rdflib: bool) -> list:
    print(f"\n== {name}: {nt_file}", flush=True)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        start = time.perf_counter()
        raw = ox.Store(str(Path(tmp) / "store"))
        raw.bulk_load(path=str(nt_file), format=ox.RdfFormat.N_TRIPLES)
        raw.flush()
        del raw
        load_ox = time.perf_counter() - start
        store = GraphStore(Path(tmp) / "store", read_only=True)
        triples = len(store)
        print(f"triples: {triples:,}; Oxigraph bulk load {load_ox:.1f} s", flush=True)
        rdf = None
        if not skip_rdflib:
            start = time.perf_counter()
            rdf = Graph()
            rdf.parse(nt_file, format="nt")
            print(f"rdflib parse {time.perf_counter() - start:.1f} s", flush=True)
        rows = []
        oxgraph = store.rdflib_graph()
        for qname, query in queries.items():
            native = _timed(lambda: list(store.query(query)), repeat)
            via_rdflib_api = _timed(lambda: list(run_query(oxgraph, query)), repeat)
            memory = rdflib_latency(rdf, query, repeat, limit) if rdf is not None else None
            rows.append((name, triples, qname, memory, native, via_rdflib_api))
            print(f"  {qname}: rdflib {_fmt(memory, limit, rdf is None)}, oxigraph {native * 1000:.1f} ms, "
                  f"oxigraph via rdflib API {via_rdflib_api * 1000:.1f} ms", flush=True)
        del store
    return rows


def _fmt(value: float | None, limit: float, skipped: bool = False) -> str:
    if skipped:
        return "skipped"
    return f">{limit:g} s" if value is None else f"{value * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", default=str(ROOT / "exports" / "graph.nt"))
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per rdflib query run before giving up")
    parser.add_argument("--skip-rdflib-synthetic", action="store_true", help="skip rdflib on the synthetic graph")
    args = parser.parse_args()
    queries = {p.stem: p.read_text() for p in sorted((ROOT / "kg" / "sparql" / "queries").glob("*.rq"))}
    rows = bench("reference", Path(args.reference), queries, args.repeat, args.limit, False)
    with tempfile.TemporaryDirectory(prefix="kg-bench-nt-") as tmp:
        nt = Path(tmp) / "synthetic.nt"
        start = time.perf_counter()
        n = synthetic_nt(nt, args.papers)
        print(f"\nsynthetic graph: {args.papers:,} papers, {n:,} triples written in {time.perf_counter() - start:.1f} s")
        rows += bench(f"synthetic {args.papers:,} papers", nt, queries, args.repeat, args.limit,
                      args.skip_rdflib_synthetic)
    print("\n| graph | triples | query | rdflib memory | Oxigraph (pyoxigraph) | Oxigraph via rdflib API |")
    print("|---|---:|---|---:|---:|---:|")
    for name, triples, qname, memory, native, api in rows:
        skipped = memory is None and name != "reference" and args.skip_rdflib_synthetic
        print(f"| {name} | {triples:,} | {qname} | {_fmt(memory, args.limit, skipped)} | {native * 1000:.1f} ms | "
              f"{api * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
