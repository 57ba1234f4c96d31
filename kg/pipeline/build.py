"""The streaming build behind ``kg build``: files in, exports out, in bounded memory.

Pass 1 reads the inputs in batches, drops duplicate papers, extracts (or takes finished
extractions from the cache) and feeds the entity resolver. Pass 2 reads the extractions
back batch by batch and streams N-Triples out. Everything that grows with the corpus
(duplicate index, paper order, extractions) lives in one SQLite file next to the outputs,
which is also what lets a killed build resume. Graphs small enough to hold in memory are
also written as Turtle, JSON-LD and HTML.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.pipeline.workspace import ExtractionCache, content_key, extractor_version
from kg.graph.network import add_entities, add_paper
from kg.ingest import read_papers
from kg.ingest.dedupe import dedupe_keys
from kg.export.atomic import AtomicFile
from kg.pipeline.parallel import Runner, run_batches
from kg.export.ntriples import NTriplesLines
from kg.export.rdf import to_rdf
from kg.records import Extraction, Paper, RecordError, Source
from kg.resolve.resolver import EntityTable, Resolver

MAX_ABSTRACT_CHARS = 100_000
"""Longer abstracts are reported and skipped: real ones are under 5,000 characters."""
CACHE_NAME = ".kg-cache.sqlite"

_RUN_TABLES = """
DROP TABLE IF EXISTS run_key;
DROP TABLE IF EXISTS run_paper;
DROP TABLE IF EXISTS run_source;
CREATE TABLE run_key (key TEXT PRIMARY KEY, paper TEXT NOT NULL);
CREATE TABLE run_paper (seq INTEGER PRIMARY KEY, key TEXT NOT NULL, paper TEXT NOT NULL);
CREATE TABLE run_source (paper TEXT NOT NULL, source TEXT NOT NULL);
"""


@dataclass
class BuildOptions:
    batch_size: int = 256
    workers: int = 1
    dask: str | None = None
    input_format: str | None = None
    ner_model: str | None = "packaged"
    rules: tuple[str, ...] | None = None
    cache: Path | None = None  # default: <output>/.kg-cache.sqlite
    formats: tuple[str, ...] = ("ttl", "nt", "jsonld", "html")
    max_graph_papers: int = 20_000  # above this only N-Triples are written
    progress: bool = True


@dataclass
class BuildReport:
    records: int = 0
    papers: int = 0
    duplicates: int = 0
    errors: list[RecordError] = field(default_factory=list)
    extracted: int = 0
    cached: int = 0
    words: int = 0
    counts: dict = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    graph: nx.MultiDiGraph | None = None


def build_files(inputs: Iterable[str | Path], output: str | Path, options: BuildOptions | None = None,
                on_error: Callable[[RecordError], None] | None = None) -> BuildReport:
    """Build the graph of ``inputs`` into ``output``; bad records go to ``on_error`` and are counted."""
    options = options or BuildOptions()
    output = Path(output)
    report = BuildReport()

    def error(err: RecordError) -> None:
        report.errors.append(err)
        if on_error:
            on_error(err)

    cache = ExtractionCache(options.cache or output / CACHE_NAME)
    try:
        with Runner(options.workers, options.dask) as runner:
            started = time.perf_counter()
            cache.db.executescript(_RUN_TABLES)
            resolver = Resolver(cache.db)  # its statistics go to the cache file, not to memory
            version = extractor_version(repr((options.ner_model, options.rules)))
            for extraction in _extract_all(inputs, options, cache, version, report, error, runner):
                resolver.add(extraction)
            table = resolver.finish()
            report.timings["extract"] = time.perf_counter() - started
            started = time.perf_counter()
            report.graph = _write_outputs(output, options, cache, table, report, runner)
            report.timings["write"] = time.perf_counter() - started
    finally:
        cache.close()
    return report


def _papers(inputs, options: BuildOptions, cache: ExtractionCache, report: BuildReport,
            error: Callable[[RecordError], None]) -> Iterator[list[Paper]]:
    """De-duplicated papers in batches; a duplicate only adds its sources to the first record."""
    db = cache.db
    batch: list[Paper] = []
    for paper in read_papers(inputs, on_error=error, format=options.input_format):
        report.records += 1
        if len(paper.abstract) > MAX_ABSTRACT_CHARS:
            source = paper.sources[0]
            error(RecordError(source.path, source.position,
                              f"abstract of {len(paper.abstract):,} characters is over the limit of "
                              f"{MAX_ABSTRACT_CHARS:,} (title: {paper.title[:80]!r})"))
            continue
        keys = [hashlib.sha1(k.encode()).hexdigest() for k in dedupe_keys(paper)]
        known = db.execute(f"SELECT paper FROM run_key WHERE key IN ({','.join('?' * len(keys))})", keys).fetchone()
        owner = known[0] if known else paper.id
        db.executemany("INSERT OR IGNORE INTO run_key (key, paper) VALUES (?, ?)", [(k, owner) for k in keys])
        if known:
            report.duplicates += 1
            db.executemany("INSERT INTO run_source (paper, source) VALUES (?, ?)",
                           [(owner, json.dumps([s.path, s.position, s.format])) for s in paper.sources])
            continue
        batch.append(paper)
        if len(batch) >= options.batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_all(inputs, options: BuildOptions, cache: ExtractionCache, version: str, report: BuildReport,
                 error: Callable[[RecordError], None], runner: Runner) -> Iterator[Extraction]:
    """Every paper's extraction in input order, from the cache or freshly made (then cached)."""
    from tqdm import tqdm

    pending: deque[tuple[list[Paper], list[str], dict[str, Extraction]]] = deque()

    def todo() -> Iterator[list[Paper]]:
        for batch in _papers(inputs, options, cache, report, error):
            keys = [content_key(p, version) for p in batch]
            done = cache.get(keys)
            pending.append((batch, keys, done))
            yield [p for p, k in zip(batch, keys) if k not in done]

    settings = (options.ner_model, options.rules)
    bar = tqdm(unit="paper", desc="extracting", disable=None if options.progress else True)
    seq = 0
    for results in run_batches(todo(), settings, runner=runner):
        batch, keys, done = pending.popleft()
        fresh = iter(results)
        made: list[tuple[str, Extraction]] = []
        for paper, key in zip(batch, keys):
            if key in done:
                extraction = done[key]
                report.cached += 1
            else:
                result = next(fresh)
                if isinstance(result, RecordError):
                    error(result)
                    continue
                extraction = result
                made.append((key, extraction))
                report.extracted += 1
            extraction.paper = paper  # sources and record ids of this run, not of the cached one
            cache.db.execute("INSERT INTO run_paper (seq, key, paper) VALUES (?, ?, ?)",
                             (seq, key, json.dumps(paper.to_dict(), ensure_ascii=False)))
            seq += 1
            report.papers += 1
            report.words += len(paper.title.split()) + len(paper.abstract.split())
            yield extraction
        cache.put(made)  # one transaction: the batch's extractions and its run rows
        bar.update(len(batch))
    bar.close()


def _stored_batches(cache: ExtractionCache, batch_size: int) -> Iterator[list[Extraction]]:
    extra: dict[str, list[Source]] = {}
    for paper_id, source in cache.db.execute("SELECT paper, source FROM run_source ORDER BY rowid"):
        extra.setdefault(paper_id, []).append(Source(*json.loads(source)))
    last = -1
    while True:
        rows = cache.db.execute("SELECT seq, key, paper FROM run_paper WHERE seq > ? ORDER BY seq LIMIT ?",
                                (last, batch_size)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        stored = cache.get([key for _, key, _ in rows])
        batch = []
        for _, key, paper_json in rows:
            extraction = stored[key]
            data = json.loads(paper_json)
            data["sources"] = [Source(**s) for s in data["sources"]]
            extraction.paper = Paper(**data)
            extraction.paper.sources += [s for s in extra.get(extraction.paper.id, []) if s not in data["sources"]]
            batch.append(extraction)
        yield batch


def _write_outputs(output: Path, options: BuildOptions, cache: ExtractionCache, table: EntityTable,
                   report: BuildReport, runner: Runner) -> nx.MultiDiGraph | None:
    """Stream N-Triples batch by batch; keep the whole graph for the other formats when it is small.

    The runner's workers map each batch to its graph and N-Triples; this process only looks up
    entity ids, adds up counts and writes, in batch order.
    """
    from kg.api import KnowledgeGraph
    from kg.graph.network import counts

    keep = report.papers <= options.max_graph_papers
    whole = nx.MultiDiGraph() if keep else None
    totals = {"nodes": {}, "edges": {}}
    nt = "nt" in options.formats

    def jobs() -> Iterator[tuple]:
        for batch in _stored_batches(cache, options.batch_size):
            flat = iter(table.entity_ids(m for extraction in batch for m in extraction.entities))
            ids = [[next(flat) for _ in extraction.entities] for extraction in batch]
            yield batch, ids, table.types(e for row in ids for e in row if e is not None), nt, keep

    nt_file = AtomicFile(output / "graph.nt") if nt else None
    try:
        for part in _entity_parts(table):
            _add_counts(totals, counts(part))
            if nt_file:
                nt_file.write(_ntriples(part, describe_entities=True))
            if whole is not None:
                whole.update(part)
        for text, part_counts, part in runner.map(paper_part, jobs()):
            _add_counts(totals, part_counts)
            if nt_file:
                nt_file.write(text)
            if whole is not None:
                whole.update(part)
        if nt_file:
            report.written.append(nt_file.commit())
    finally:
        if nt_file:
            nt_file.discard()
    report.counts = totals
    if whole is None:
        return None
    other = tuple(f for f in options.formats if f != "nt")
    report.written += KnowledgeGraph(whole).write(output, other)
    return whole


def _entity_parts(table: EntityTable, size: int = 2000) -> Iterator[nx.MultiDiGraph]:
    """The entities, with their variantOf edges, as graphs of ``size`` entities in id order.

    In parts so that describing a million entities never holds one graph or one text of them all.
    """
    variants: dict[str, list[str]] = {}
    for variant, family in table.variants:
        variants.setdefault(variant, []).append(family)
    for chunk in table.entities.chunks(size):
        part = nx.MultiDiGraph()
        add_entities(part, chunk, [(e.id, family) for e in chunk for family in variants.get(e.id, ())])
        yield part


def paper_part(batch: list[Extraction], entity_ids: list[list[str]], types: dict[str, str], nt: bool,
               keep: bool) -> tuple[bytes, dict, nx.MultiDiGraph | None]:
    """One batch's papers as a graph: its N-Triples (when ``nt``), node and edge counts, and the
    graph itself (when ``keep``). Runs in a worker."""
    from kg.graph.network import counts

    part = nx.MultiDiGraph()
    for extraction, ids in zip(batch, entity_ids):
        add_paper(part, extraction, ids, types)
    return _ntriples(part, describe_entities=False) if nt else b"", counts(part), part if keep else None


def _ntriples(graph: nx.MultiDiGraph, describe_entities: bool) -> bytes:
    """Sorted N-Triples of one part of the graph (sorted so each part reads the same every run),
    as UTF-8: bytes travel between processes at one byte per character, where a ``str`` with one
    non-ASCII character takes two or four."""
    sink = NTriplesLines()
    to_rdf(graph, describe_entities=describe_entities, target=sink)
    return sink.text().encode("utf-8")


def _add_counts(totals: dict, part: dict) -> None:
    for kind in ("nodes", "edges"):
        for name, n in part[kind].items():
            totals[kind][name] = totals[kind].get(name, 0) + n
