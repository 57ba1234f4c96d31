"""The streaming build behind ``kg build``: files in, exports out, in bounded memory.

Pass 1 reads every record into the workspace, grouping the records of one paper. Pass 2
merges each group into one paper (``kg.ingest.dedupe.merge_group``, as ``kg.dedupe_papers``
does), extracts in batches (or takes finished extractions from the cache) and feeds the entity
resolver. Pass 3 reads the extractions back batch by batch and streams N-Triples out; Turtle
and JSON-LD are then streamed from that file by Oxigraph (kg.export.stream), so no RDF format
needs the graph in memory. Everything that grows with the corpus (records, duplicate index,
paper order, extractions) lives in the workspace, one SQLite file next to the outputs, which is
also what lets a killed build resume. Only the HTML explorer (and GraphML) need the whole
networkx graph: they are written for builds of up to ``max_graph_papers`` papers.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from contextlib import ExitStack, contextmanager
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.errors import KgFailure
from kg.pipeline.lock import LOCK_NAME, BuildLock
from kg.pipeline.memory import fewer_collections
from kg.pipeline.workspace import Workspace, content_key, extractor_version
from kg.graph.network import add_entities, add_paper
from kg.ingest import read_papers
from kg.ingest.dedupe import dedupe_keys, merge_group
from kg.export.atomic import AtomicFile
from kg.export.formats import EXPORTS
from kg.export.stream import convert
from kg.pipeline.parallel import Runner, run_batches
from kg.export.ntriples import NTriplesLines
from kg.export.rdf import to_rdf
from kg.records import Extraction, Paper, RecordError
from kg.resolve.resolver import EntityTable, Resolver

CACHE_NAME = ".kg-cache.sqlite"


class NothingToBuildError(KgFailure):
    """The inputs gave no paper (no records, or every record skipped)."""


class UnwritableError(KgFailure):
    """The output directory or the cache cannot be written."""



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
    max_graph_papers: int = 20_000  # above this the HTML explorer and GraphML are not written
    progress: bool = True
    wait: bool = False  # wait for another build into the same output instead of failing at once


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

    cache = Path(options.cache or output / CACHE_NAME)
    check_writable(output, "output directory")
    check_writable(cache.parent, "cache directory")
    with ExitStack() as held:
        held.enter_context(fewer_collections())
        held.enter_context(BuildLock(output / LOCK_NAME, options.wait, f"output directory {output}"))
        if cache.parent.resolve() != output.resolve():
            held.enter_context(BuildLock(cache.with_name(cache.name + ".lock"), options.wait, f"cache {cache}"))
        workspace = held.enter_context(_open_workspace(cache))
        started = time.perf_counter()
        _read_records(inputs, options, workspace, report, error)
        report.duplicates = report.records - workspace.group_count()
        report.timings["read"] = time.perf_counter() - started
        if not report.records:
            raise NothingToBuildError(_nothing_read(inputs, report))
        with Runner(options.workers, options.dask) as runner:
            started = time.perf_counter()
            resolver = Resolver(workspace)  # its statistics go to the workspace file, not to memory
            version = extractor_version(repr((options.ner_model, options.rules)))
            resolving = 0.0
            for extraction in _extract_all(options, workspace, version, report, error, runner):
                tick = time.perf_counter()
                resolver.add(extraction)
                resolving += time.perf_counter() - tick
            tick = time.perf_counter()
            if not report.papers:
                raise NothingToBuildError(f"every one of the {report.records:,} papers failed extraction; "
                                          "nothing was written")
            table = resolver.finish()
            resolving += time.perf_counter() - tick
            report.timings["extract"] = time.perf_counter() - started - resolving
            report.timings["resolve"] = resolving
            started = time.perf_counter()
            report.graph = _write_outputs(output, options, workspace, table, report, runner)
            report.timings["all writes"] = time.perf_counter() - started
    return report


def check_writable(directory: Path, what: str) -> None:
    """Fail before any work when ``directory`` cannot be made or written to."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=directory).close()
    except OSError as error:
        raise UnwritableError(f"cannot write to the {what} {directory}: {error.strerror or error}") from error


@contextmanager
def _open_workspace(path: Path) -> Iterator[Workspace]:
    try:
        workspace = Workspace(path)
        workspace.reset("run")
    except sqlite3.Error as error:
        raise UnwritableError(f"cannot use the cache {path}: {error}") from error
    try:
        yield workspace
    finally:
        workspace.close()


def _nothing_read(inputs, report: BuildReport) -> str:
    names = ", ".join(str(i) for i in inputs)
    if report.errors:
        return (f"no papers read from {names}: all {len(report.errors):,} records were skipped "
                "(see above; is --format right?); nothing was written")
    return f"no papers read from {names} (no records in files of a known format); nothing was written"


def _read_records(inputs, options: BuildOptions, workspace: Workspace, report: BuildReport,
                  error: Callable[[RecordError], None]) -> None:
    """Every record of ``inputs`` into the workspace, grouped with the other records of its paper."""
    with workspace.db:  # one transaction: reading is not resumed, only extraction is
        for paper in read_papers(inputs, on_error=error, format=options.input_format):
            report.records += 1
            workspace.add_record(paper, dedupe_keys(paper))


def _papers(workspace: Workspace, batch_size: int) -> Iterator[list[Paper]]:
    """The papers of this run, each group of records merged into one, in batches."""
    batch: list[Paper] = []
    for group in workspace.record_groups():
        batch.append(merge_group(group))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_all(options: BuildOptions, workspace: Workspace, version: str, report: BuildReport,
                 error: Callable[[RecordError], None], runner: Runner) -> Iterator[Extraction]:
    """Every paper's extraction in input order, from the cache or freshly made (then cached)."""
    from tqdm import tqdm

    pending: deque[tuple[list[Paper], list[str], dict[str, Extraction]]] = deque()

    def todo() -> Iterator[list[Paper]]:
        for batch in _papers(workspace, options.batch_size):
            keys = [content_key(p, version) for p in batch]
            done = workspace.get(keys)
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
            workspace.add_run_paper(seq, key, paper)
            seq += 1
            report.papers += 1
            report.words += len(paper.title.split()) + len(paper.abstract.split())
            yield extraction
        workspace.put(made)  # one transaction: the batch's extractions and its run rows
        bar.update(len(batch))
    bar.close()


def _write_outputs(output: Path, options: BuildOptions, workspace: Workspace, table: EntityTable,
                   report: BuildReport, runner: Runner) -> nx.MultiDiGraph | None:
    """Stream N-Triples batch by batch, then the other RDF formats from them; keep the whole graph
    for the HTML explorer and GraphML when it is small.

    The runner's workers map each batch to its graph and N-Triples; this process only looks up
    entity ids, adds up counts and writes, in batch order.
    """
    from tqdm import tqdm

    from kg.api import KnowledgeGraph
    from kg.graph.network import counts

    graph_formats = tuple(f for f in options.formats if f in ("html", "graphml"))
    keep = bool(graph_formats) and report.papers <= options.max_graph_papers
    whole = nx.MultiDiGraph() if keep else None
    totals = {"nodes": {}, "edges": {}}
    rdf_formats = [EXPORTS[f] for f in options.formats if f in EXPORTS]
    nt = bool(rdf_formats)

    def jobs() -> Iterator[tuple]:
        for batch in workspace.run_batches(options.batch_size):
            ids = table.paper_entity_ids(batch)
            yield batch, ids, table.types(e for row in ids for e in row if e is not None), nt, keep

    nt_path = output / ("graph.nt" if "nt" in options.formats else ".graph.nt.part")
    nt_file = None
    bar = tqdm(total=report.papers, unit="paper", desc="writing graph.nt",
               disable=None if options.progress else True)
    started = time.perf_counter()
    try:
        nt_file = AtomicFile(nt_path) if nt else None
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
            bar.update(part_counts["nodes"].get("Paper", 0))
        if nt_file:
            nt_file.commit()
    finally:
        bar.close()
        if nt_file:
            nt_file.discard()
    report.counts = totals
    report.timings["write nt"] = time.perf_counter() - started
    # The other RDF formats are re-written from graph.nt on the pool's workers (idle by now) while this
    # process draws the explorer: the two take about as long on a large build.
    waiting = []
    try:
        for fmt in rdf_formats:
            if fmt.extension != "nt":
                waiting.append((fmt.extension, runner.submit(_convert_timed, nt_path, output, fmt.extension,
                                                             options.progress and runner.workers == 1)))
        drawn: list[Path] = []
        if whole is not None:
            for fmt in graph_formats:
                started = time.perf_counter()
                drawn += KnowledgeGraph(whole).write(output, (fmt,))
                report.timings[f"write {fmt}"] = time.perf_counter() - started
        converted = {}
        for extension, result in waiting:
            converted[extension], report.timings[f"write {extension}"] = result()
        report.written += [nt_path if fmt.extension == "nt" else converted[fmt.extension] for fmt in rdf_formats]
        report.written += drawn
    finally:
        for _, result in waiting:
            try:
                result()  # a conversion still running must end before graph.nt can go
            except Exception:  # reported by the first wait above; this one only waits
                pass
        if nt and "nt" not in options.formats:
            nt_path.unlink(missing_ok=True)
    return whole


def _convert_timed(source: Path, output: Path, extension: str, progress: bool) -> tuple[Path, float]:
    """``source`` (N-Triples) written as ``output/graph.<extension>`` by :func:`kg.export.stream.convert`, and
    the seconds it took; it may run in a worker, so it takes the format by its extension."""
    started = time.perf_counter()
    return convert(source, output / f"graph.{extension}", EXPORTS[extension], progress), time.perf_counter() - started


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
