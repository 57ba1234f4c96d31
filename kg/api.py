"""The library API: build a graph from papers, write it, query it.

>>> import kg
>>> graph = kg.build(kg.read_papers(["examples"]))      # doctest: +SKIP
>>> graph.write("exports")                              # doctest: +SKIP
>>> graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Paper }")  # doctest: +SKIP
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Graph
from tqdm import tqdm

from kg.export.formats import EXPORTS
from kg.extract import Extractor
from kg.graph.network import build_graph, counts
from kg.export.explorer.page import to_html
from kg.export.atomic import atomic_write
from kg.sparql.query import run_query
from kg.export.rdf import to_rdf
from kg.records import Extraction, Paper

OUTPUT_NAME = "graph"


@dataclass
class KnowledgeGraph:
    """A built graph: the networkx graph, with its RDF view made on demand."""

    graph: nx.MultiDiGraph
    extractions: list[Extraction] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    _rdf: Graph | None = None
    _queryable: Graph | None = None  # the RDF view with its summary, for queries

    def to_rdf(self) -> Graph:
        if self._rdf is None:
            self._rdf = to_rdf(self.graph)
        return self._rdf

    def counts(self) -> dict[str, dict[str, int]]:
        return counts(self.graph)

    def write(self, directory: str | Path, formats: Iterable[str] = ("ttl", "nt", "jsonld", "html")) -> list[Path]:
        """Write ``graph.<ext>`` files into ``directory`` atomically; returns their paths.

        Formats: ``ttl``, ``nt``, ``jsonld`` (RDF), ``html`` (the explorer) and ``graphml``.
        """
        directory = Path(directory)
        written = []
        for fmt in formats:
            target = directory / f"{OUTPUT_NAME}.{fmt}"
            if fmt == "html":
                written.append(atomic_write(target, to_html(self.graph)))
            elif fmt == "graphml":
                from kg.export.graphml import to_graphml

                written.append(atomic_write(target, to_graphml(self.graph)))
            elif fmt in EXPORTS:
                written.append(atomic_write(target, EXPORTS[fmt].writer(self.to_rdf())))
            else:
                raise ValueError(f"unknown output format {fmt!r}")
        return written

    def query(self, sparql: str, params: dict[str, str] | None = None):
        """Run a SPARQL SELECT, ASK or CONSTRUCT query over the RDF view and its summary
        (:mod:`kg.sparql.summary`); ``params`` bind variables as ``kg query --param`` does."""
        if self._queryable is None:
            from kg.sparql.summary import with_summary

            self._queryable = with_summary(self.to_rdf())
        return run_query(self._queryable, sparql, params)


def extract(papers: Iterable[Paper], extractor: Extractor | None = None, progress: bool = False,
            total: int | None = None) -> list[Extraction]:
    """Extraction records for ``papers`` (one per paper, in order)."""
    extractor = extractor or Extractor()
    items = extractor.extract(papers)
    if progress:
        items = tqdm(items, total=total, unit="paper", desc="extracting", disable=None)
    return list(items)


def build(papers: Iterable[Paper], extractor: Extractor | None = None, progress: bool = False,
          on_stage: Callable[[str], None] | None = None) -> KnowledgeGraph:
    """Extract from ``papers`` and build the typed graph."""
    papers = list(papers)
    timings = {}
    start = time.perf_counter()
    extractions = extract(papers, extractor, progress=progress, total=len(papers))
    timings["extract"] = time.perf_counter() - start
    start = time.perf_counter()
    graph = build_graph(extractions)
    timings["graph"] = time.perf_counter() - start
    return KnowledgeGraph(graph, extractions, timings)
