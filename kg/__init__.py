"""paper-kg: a typed, queryable knowledge graph of scientific papers.

The stages run one way: ``kg.ingest`` (files → Paper records) → ``kg.extract`` (spaCy →
Extraction records) → ``kg.resolve`` → ``kg.graph`` (networkx) → ``kg.export`` (RDF, HTML).
"""

from __future__ import annotations

import importlib
import sys
import types

# Public names are imported on first use, so that ``kg query`` and ``kg serve`` start without
# loading spaCy.
_EXPORTS = {
    "KnowledgeGraph": "kg.api", "build": "kg.api", "extract": "kg.api",
    "BuildOptions": "kg.pipeline.build", "build_files": "kg.pipeline.build",
    "Extractor": "kg.extract", "dedupe_papers": "kg.ingest", "read_papers": "kg.ingest",
    "load_graph": "kg.sparql.query",
    "KgError": "kg.errors", "KgUsageError": "kg.errors", "KgFailure": "kg.errors",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_EXPORTS))


class _Package(types.ModuleType):
    """Keeps ``kg.extract`` the function when the ``kg.extract`` subpackage is imported later."""

    def __setattr__(self, name: str, value) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return  # the subpackage stays in sys.modules; the attribute names the public function
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = ["BuildOptions", "Extractor", "KgError", "KgFailure", "KgUsageError", "KnowledgeGraph", "build", "build_files",
           "dedupe_papers", "extract", "load_graph", "read_papers"]
__version__ = "0.1.0"
