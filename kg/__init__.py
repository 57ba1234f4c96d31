"""paper-kg: a typed, queryable knowledge graph of scientific papers.

The stages run one way: ``kg.ingest`` (files → Paper records) → ``kg.extract`` (spaCy →
Extraction records) → ``kg.resolve`` → ``kg.graph`` (networkx) → ``kg.export`` (RDF, HTML).
"""

from kg.api import KnowledgeGraph, build, extract
from kg.pipeline.build import BuildOptions, build_files
from kg.extract import Extractor
from kg.ingest import dedupe_papers, read_papers
from kg.sparql.query import load_graph

__all__ = ["BuildOptions", "Extractor", "KnowledgeGraph", "build", "build_files", "dedupe_papers", "extract", "load_graph", "read_papers"]
__version__ = "0.1.0"
