"""Summary figures of an exported graph, computed with SPARQL in Oxigraph."""

from __future__ import annotations

import pyoxigraph as ox

from kg.schema import EDGE_TYPES, KG, NODE_TYPES
from kg.sparql.query import execute, solution_rows

_NODES = "SELECT ?type (COUNT(?n) AS ?count) WHERE { ?n a ?type } GROUP BY ?type"
_EDGES = "SELECT ?p (COUNT(*) AS ?count) WHERE { ?s ?p ?o } GROUP BY ?p"
_TOP = """
SELECT ?label ?type ?papers (COUNT(DISTINCT ?alias) AS ?aliases) WHERE {
  ?e skos:prefLabel ?label ; kg:paperCount ?papers ; a ?type .
  OPTIONAL { ?e skos:altLabel ?alias }
} GROUP BY ?e ?label ?type ?papers ORDER BY DESC(?papers) ?label LIMIT %d
"""
_MERGED = """
SELECT ?label (COUNT(?alias) AS ?n) (GROUP_CONCAT(?alias; separator=" | ") AS ?aliases) WHERE {
  ?e skos:prefLabel ?label ; skos:altLabel ?alias .
} GROUP BY ?e ?label ORDER BY DESC(?n) ?label LIMIT %d
"""


def graph_stats(store: ox.Store, top: int = 10) -> str:
    """A text report: node and edge counts by type, top entities, most-merged entities."""
    classes = {str(t.rdf_class): name for name, t in NODE_TYPES.items()}
    props = {str(e.rdf_property): name for name, e in EDGE_TYPES.items()}

    def select(sparql: str) -> list[dict]:
        return solution_rows(execute(store, sparql))

    nodes = {classes[r["type"]]: int(r["count"]) for r in select(_NODES) if r["type"] in classes}
    edges = {props[r["p"]]: int(r["count"]) for r in select(_EDGES) if r["p"] in props}
    lines = [f"triples: {len(store)}", "nodes:"]
    lines += [f"  {name:<12} {nodes.get(name, 0)}" for name in NODE_TYPES]
    lines.append("edges:")
    lines += [f"  {name:<12} {edges.get(name, 0)}" for name in EDGE_TYPES]
    lines.append(f"entities in most papers (top {top}):")
    for r in select(_TOP % top):
        kind = r["type"].removeprefix(str(KG))
        lines.append(f"  {r['papers']:>4}  {r['label']} ({kind}, {r['aliases']} aliases)")
    lines.append(f"most-merged entities (top {top}):")
    for r in select(_MERGED % top):
        lines.append(f"  {r['n']:>4}  {r['label']}: {r['aliases']}")
    return "\n".join(lines)
