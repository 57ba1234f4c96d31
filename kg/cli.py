"""The ``kg`` command line: a thin layer over the library API."""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from pathlib import Path

import click

from kg.errors import KgError, safe_text
from kg.records import RecordError


class _KgClickError(click.ClickException):
    """A library error shown as ``Error: message``, with the error's exit code (2: usage)."""

    def __init__(self, error: KgError):
        super().__init__(safe_text(error, one_line=False))
        self.exit_code = error.exit_code


class _Commands(click.Group):
    """The command group: a ``KgError`` from any command becomes a message and an exit code,
    never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise _KgClickError(error) from error


class _ErrorLog:
    """Collects bad records and prints each once, naming file and record."""

    def __init__(self) -> None:
        self.errors: list[RecordError] = []

    def __call__(self, error: RecordError) -> None:
        self.errors.append(error)
        click.echo(f"skipped: {error}", err=True)


def _read(inputs: tuple[str, ...], fmt: str | None, errors: _ErrorLog, title_only: bool = False,
          source_text: bool = False):
    from kg.ingest import read_papers

    return list(read_papers(inputs, on_error=errors, format=fmt, title_only=title_only, source_text=source_text))


@click.group(cls=_Commands)
@click.version_option(package_name="paper-kg")
@click.option("-v", "--verbose", is_flag=True, help="Log more detail.")
def main(verbose: bool) -> None:
    """Build, query and inspect knowledge graphs of scientific papers."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Directory for graph.ttl, graph.nt, graph.jsonld and graph.html.")
@click.option("--format", "fmt", default=None, help="Input format, when it cannot be told from the files.")
@click.option("--formats", "formats", default="ttl,nt,jsonld,html", show_default=True,
              help="Comma-separated outputs: ttl, nt, jsonld (RDF, each streamed), html (the explorer), graphml.")
@click.option("--no-html", is_flag=True, help="Skip the HTML view.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1), help="Extraction processes.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Run extraction on the Dask cluster at ADDRESS (e.g. tcp://127.0.0.1:8786).")
@click.option("--batch-size", default=256, show_default=True, type=click.IntRange(1), help="Papers per batch.")
@click.option("--cache", type=click.Path(dir_okay=False), default=None,
              help="Extraction cache file (default: OUTPUT/.kg-cache.sqlite); a rerun reuses finished batches.")
@click.option("--max-graph-papers", default=20_000, show_default=True,
              help="Above this many papers the HTML explorer and GraphML (which hold the whole graph in memory) "
                   "are not written; the RDF formats are streamed at any size.")
@click.option("--store", "store_dir", default=None, type=click.Path(file_okay=False),
              help="Also add the graph to the on-disk SPARQL store in this directory (created when missing; "
                   "later builds add to it, the same input again changes nothing).")
@click.option("--graphml", is_flag=True, help="Also write graph.graphml (for Gephi and Cytoscape).")
@click.option("--wait", is_flag=True,
              help="When another kg build is writing to the same output, wait for it instead of failing.")
def build(inputs: tuple[str, ...], output: str, fmt: str | None, formats: str, no_html: bool, workers: int,
          dask_address: str | None, batch_size: int, cache: str | None, max_graph_papers: int,
          store_dir: str | None = None, graphml: bool = False, wait: bool = False) -> None:
    """Build the graph of INPUTS (files or directories) and write its exports."""
    from kg.pipeline.build import BuildOptions, build_files
    from kg.pipeline.memory import return_large_blocks

    started = time.perf_counter()
    if workers > 1 or dask_address:  # extraction runs elsewhere: keep this process flat (kg/pipeline/memory.py)
        return_large_blocks()
    options = BuildOptions(
        batch_size=batch_size, workers=workers, dask=dask_address, input_format=fmt,
        cache=Path(cache) if cache else None, max_graph_papers=max_graph_papers, wait=wait,
        formats=_output_formats(formats, no_html, graphml, need_nt=bool(store_dir)),
    )
    report = build_files(inputs, output, options, on_error=_ErrorLog())
    click.echo(f"read {report.records} records → {report.papers} papers ({report.duplicates} duplicates merged, "
               f"{len(report.errors)} skipped; {report.extracted} extracted, {report.cached} from the cache)")
    click.echo(_summary_text(report.counts, report.papers, len(report.errors)))
    total = time.perf_counter() - started
    click.echo("timing: " + ", ".join(f"{k} {v:.1f}s" for k, v in report.timings.items())
               + f", total {total:.1f}s ({report.papers / max(total, 1e-9):.1f} papers/s)")
    if report.graph is None and report.papers and {"html", "graphml"} & set(options.formats):
        click.echo(f"{report.papers} papers is over --max-graph-papers: the HTML explorer and GraphML are not written")
    for path in report.written:
        click.echo(f"wrote {path}")
    if store_dir:
        _add_to_store(store_dir, Path(output) / "graph.nt")


def _output_formats(formats: str, no_html: bool, graphml: bool, need_nt: bool) -> tuple[str, ...]:
    """The outputs ``kg build`` writes, from ``--formats`` (names or aliases, see kg.export.formats)."""
    from kg.errors import KgUsageError
    from kg.export.formats import EXPORTS, lookup

    chosen: list[str] = []
    for name in (n.strip() for n in formats.split(",") if n.strip()):
        ext = name.lower() if name.lower() in ("html", "graphml") else lookup(name).extension
        if ext not in EXPORTS and ext not in ("html", "graphml"):
            raise KgUsageError(f"--formats: {name!r} is read, not written; written: {', '.join(EXPORTS)}, html, graphml")
        chosen += [ext] if ext not in chosen else []
    if no_html and "html" in chosen:
        chosen.remove("html")
    if graphml and "graphml" not in chosen:
        chosen.append("graphml")
    if need_nt and "nt" not in chosen:
        chosen.append("nt")  # --store loads graph.nt
    if not chosen:
        raise KgUsageError("--formats: no output chosen")
    return tuple(chosen)


def _add_to_store(store_dir: str, nt_file: Path) -> None:
    from kg.sparql.store import GraphStore

    started = time.perf_counter()
    with GraphStore(store_dir) as store:
        added = store.add_file(nt_file)
    click.echo(f"store {store_dir}: {added.added:+d} triples, {added.after} in all, and {added.summary} of its summary "
               f"(loaded in {time.perf_counter() - started:.1f}s)")


def _summary_text(summary: dict, papers: int, skipped: int) -> str:
    nodes = ", ".join(f"{k} {v}" for k, v in summary["nodes"].items())
    edges = ", ".join(f"{k} {v}" for k, v in summary["edges"].items() if v)
    return (f"papers: {papers} (skipped records: {skipped})\nnodes: {nodes}\n"
            f"edges ({sum(summary['edges'].values())}): {edges}")


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="JSON Lines file, one extraction per input record ('-' for standard output).")
@click.option("--format", "fmt", default=None, help="Input format, when it cannot be told from the files.")
def extract(inputs: tuple[str, ...], output: str, fmt: str | None) -> None:
    """Extract entities, sentences, claims and relations from each record of INPUTS."""
    from tqdm import tqdm

    from kg.export.atomic import atomic_write
    from kg.ingest.source_offsets import in_source
    from kg.pipeline.build import NothingToBuildError, check_writable
    from kg.pipeline.parallel import run_batches

    if output != "-":
        check_writable(Path(output).absolute().parent, "output directory")
    errors = _ErrorLog()
    # a title alone still names things; offsets index each field as the record wrote it
    papers = _read(inputs, fmt, errors, title_only=True, source_text=True)
    if not papers:
        raise NothingToBuildError(f"no records with a title or an abstract in {', '.join(inputs)}")
    lines = []
    batches = [papers[lo : lo + 64] for lo in range(0, len(papers), 64)]
    with tqdm(total=len(papers), unit="paper", desc="extracting", disable=None) as bar:
        for results in run_batches(batches, ("packaged", None)):  # a record that fails is reported, not fatal
            for result in results:
                if isinstance(result, RecordError):
                    errors(result)
                else:
                    paper = result.paper
                    line = result.to_dict()
                    if paper.source_title is not None or paper.source_abstract is not None:
                        line = in_source(line, paper.source_title, paper.title, paper.source_abstract, paper.abstract)
                    lines.append(json.dumps(line, ensure_ascii=False))
            bar.update(len(results))
    text = "".join(line + "\n" for line in lines)
    if output == "-":
        sys.stdout.write(text)
    else:
        atomic_write(output, text)
        click.echo(f"wrote {len(lines)} records to {output} ({len(errors.errors)} skipped)", err=True)


@main.command()
@click.argument("graph", type=click.Path(exists=True))
@click.argument("query")
@click.option("--output-format", "-f", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table",
              show_default=True, help="A table for the terminal, or SPARQL results as CSV, TSV, JSON or XML.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind the query variable ?NAME to VALUE (a string; <iri> for an IRI; an N-Triples literal "
                   "such as '\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>' for a typed one). Repeatable.")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE clauses fetch from the endpoints the query names (refused by default).")
def query(graph: str, query: str, output_format: str, params: tuple[str, ...], allow_service: bool) -> None:
    """Run a SPARQL QUERY (text or a .rq file) over GRAPH (an export file or directory, or a store)."""
    from kg.sparql.query import execute, format_result, load_store, parse_params, read_query

    bindings = parse_params(params)
    result = execute(load_store(graph), read_query(query), bindings, allow_service=allow_service)
    click.echo(format_result(result, output_format))


@main.command()
@click.argument("graph", type=click.Path(exists=True))
@click.argument("dataset", required=False)
@click.option("--metric", default=None, help="Only boards whose metric name contains this (case-insensitive).")
@click.option("--output-format", "-f", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="A table per dataset and metric, or all rows as CSV or JSON.")
@click.option("--with-inferred", is_flag=True,
              help="Also results whose dataset or metric is not named in their own sentence (inferred from the abstract).")
def leaderboard(graph: str, dataset: str | None, metric: str | None, output_format: str,
                with_inferred: bool) -> None:
    """Results stated in GRAPH's papers, ranked per dataset and metric (only DATASET's boards when given)."""
    from kg.sparql.leaderboard import format_entries, leaderboard as ranked
    from kg.sparql.query import load_store

    click.echo(format_entries(ranked(load_store(graph), dataset, metric, with_inferred), output_format))


@main.command()
@click.argument("graph", type=click.Path(exists=True))
@click.option("--top", default=10, show_default=True, help="How many of the most connected entities to list.")
def stats(graph: str, top: int) -> None:
    """Counts by node and edge type, and the entities found in most papers, of GRAPH."""
    from kg.sparql.query import load_store
    from kg.sparql.stats import graph_stats

    click.echo(graph_stats(load_store(graph), top))


def _announce_index(index) -> None:
    """Say when the explorer's index (search, first view) of a starting ``kg serve`` is read, or why not."""
    index.ready.wait()
    if index.index is not None:
        click.echo(f"explorer index read in {index.seconds:.1f} s: search and the first view are ready")
    else:
        click.echo(f"warning: {index.error}; the explorer's search and first view answer 500", err=True)


@main.command()
@click.argument("graph", type=click.Path(exists=True))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless told otherwise).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1), help="Seconds per query.")
@click.option("--max-results", default=10_000, show_default=True, type=click.IntRange(1),
              help="Rows (or triples) per result; the rest are cut and the X-Kg-Truncated header says so.")
@click.option("--workers", default=None, type=click.IntRange(1),
              help="Query worker processes [default: one per core, plus two].")
@click.option("--max-connections", default=64, show_default=True, type=click.IntRange(1),
              help="Connections handled at once; more are answered 503 with Retry-After.")
def serve(graph: str, host: str, port: int, timeout: float, max_results: int, workers: int | None,
          max_connections: int) -> None:
    """Serve GRAPH (a store or export files) read-only: SPARQL at /sparql, the explorer at /."""
    from kg.sparql.serve import make_server
    from kg.sparql.signals import terminate_as_interrupt

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: binding {host}: the SPARQL endpoint and the explorer are reachable from the network, "
                   "without authentication", err=True)
    with terminate_as_interrupt():
        try:
            server = make_server(graph, host, port, timeout=timeout, cap=max_results, workers=workers,
                                 max_connections=max_connections)
        except OSError as error:  # the address is taken or cannot be bound
            raise click.ClickException(f"cannot serve at {host}:{port}: {error.strerror or error}") from error
        except KeyboardInterrupt:
            return
        try:
            click.echo(f"serving {graph} at {server.url}/  (SPARQL: {server.url}/sparql; "
                       f"{server.pool.size} workers; Ctrl-C stops)")
            threading.Thread(target=_announce_index, args=(server.explore,), daemon=True).start()
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()


@main.command()
@click.argument("graph", type=click.Path(exists=True))
@click.option("--endpoint", required=True,
              help="The server's Graph Store endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph).")
@click.option("--graph-iri", default=None, help="Named graph to write (default: one per build, named by its digest).")
@click.option("--append", is_flag=True, help="POST (add to the named graph) instead of PUT (replace it).")
@click.option("--auth", envvar="KG_PUSH_AUTH", default=None, metavar="USER:PASSWORD",
              help="HTTP basic credentials (or set KG_PUSH_AUTH).")
@click.option("--timeout", default=600.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds to wait for the server to connect and answer.")
def push(graph: str, endpoint: str, graph_iri: str | None, append: bool, auth: str | None, timeout: float) -> None:
    """Load GRAPH (export files or a store) into a SPARQL server as one named graph."""
    from kg.sparql.push import push as push_graph
    from kg.sparql.signals import terminate_as_interrupt

    with terminate_as_interrupt():
        try:
            report = push_graph(graph, endpoint, graph_iri, "POST" if append else "PUT", auth=auth, timeout=timeout)
        except KeyboardInterrupt:
            raise click.Abort() from None
    click.echo(f"{report.method} {report.bytes:,} bytes into <{report.graph}> (HTTP {report.status})")


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["scierc", "conll", "gsap"]), default=None,
              help="Gold format (told from the content when omitted).")
@click.option("--types", default=None, help="Comma-separated types for the micro average (default: the format's).")
@click.option("--folds", default=None, help="GSAP-NER folds to score, comma-separated (e.g. 7).")
@click.option("--model", default="packaged", show_default=True,
              help="spaCy pipeline directory for the recogniser, 'packaged', or 'none' for rules only.")
@click.option("--generic-model", default="packaged", show_default=True,
              help="spaCy pipeline directory for the generic-phrase recogniser, 'packaged', or 'none'.")
@click.option("--rules", default=None, help="Comma-separated rule components (default all; '' for none).")
@click.option("--layer", type=click.Choice(["auto", "named", "generic", "mentions", "graph"]), default="auto",
              show_default=True,
              help="Which spans to score: 'auto' scores SciERC (generic-phrase style) with the generic layer and "
                   "the named-things corpora (TDMSci, GSAP-NER) with the named layer.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_command(gold: str, fmt: str | None, types: str | None, folds: str | None, model: str, generic_model: str,
                 rules: str | None, layer: str, as_json: bool) -> None:
    """Score the entity extractor against GOLD: exact-span P/R/F1 per type and micro."""
    from kg.evaluate.scoring import detect_format, evaluate_file
    from kg.extract import Extractor

    if layer == "auto":
        layer = "generic" if (fmt or detect_format(gold)) == "scierc" else "named"
    extractor = Extractor(ner_model=None if model == "none" else model,
                          generic_model=None if generic_model == "none" else generic_model,
                          rules=None if rules is None else tuple(r for r in rules.split(",") if r), roles=False)

    def predict(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        return [[(s, e, t) for s, e, t, _ in spans] for spans in extractor.predict_entities(texts, layer)]

    report = evaluate_file(
        gold, fmt, predict,
        types=None if types is None else [t.strip() for t in types.split(",")],
        folds=None if folds is None else _fold_numbers(folds),
    )
    click.echo(json.dumps(report.to_dict(), indent=1) if as_json else report.to_text())


def _fold_numbers(text: str) -> list[int]:
    try:
        return [int(f) for f in text.split(",")]
    except ValueError:
        raise click.BadParameter(f"expected fold numbers separated by commas, not {text!r}", param_hint="--folds")


if __name__ == "__main__":
    main()
