"""paper-kg: a typed, queryable knowledge graph of scientific papers.

The stages run one way: ``kg.ingest`` (files → Paper records) → ``kg.extract`` (spaCy →
Extraction records) → ``kg.resolve`` → ``kg.graph`` (networkx) → ``kg.export`` (RDF, HTML).
"""

from __future__ import annotations

import importlib

# Public names are imported on first use, so that ``kg query`` and ``kg serve`` start without
# loading spaCy.
_EXPORTS = {
    "KnowledgeGraph": "kg.api", "build": "kg.api", "extract": "kg.api",
    "BuildOptions": "kg.pipeline.build", "build_files": "kg.pipeline.build",
    "Extractor": "kg.extract", "dedupe_papers": "kg.ingest", "read_papers": "kg.ingest",
    "load_graph": "kg.sparql.query",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_EXPORTS))


__all__ = ["BuildOptions", "Extractor", "KnowledgeGraph", "build", "build_files", "dedupe_papers", "extract", "load_graph", "read_papers"]
__version__ = "0.1.0"
