"""GraphML export of the typed graph, for Gephi, Cytoscape and other network tools.

Nodes keep their id, ``type``, ``label`` and the other attributes of :mod:`kg.graph.network`; edges
keep their ``type`` and provenance. GraphML values are scalars, so lists and dicts (aliases,
authors, sentences, type votes) are written as JSON strings, and missing values are left out.
Nodes, edges and attributes are written in sorted order: the same graph gives the same bytes.
"""

from __future__ import annotations

import io
import json

import networkx as nx


def _value(value):
    if isinstance(value, bool | int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _attributes(data: dict) -> dict:
    return {key: _value(value) for key, value in sorted(data.items()) if value is not None}


def graphml_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` with GraphML-ready attributes, in sorted order."""
    out = nx.MultiDiGraph()
    for node in sorted(graph.nodes):
        out.add_node(node, **_attributes(graph.nodes[node]))
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        out.add_edge(u, v, key=key, **_attributes(data))
    return out


def to_graphml(graph: nx.MultiDiGraph) -> bytes:
    """The GraphML document of ``graph`` (UTF-8)."""
    prepared = graphml_graph(graph)
    # An attribute must have one GraphML type: integers that are sometimes floats become floats.
    for items in (prepared.nodes(data=True), prepared.edges(data=True)):
        kinds: dict[str, set] = {}
        for *_, data in items:
            for key, value in data.items():
                kinds.setdefault(key, set()).add(type(value))
        for *_, data in items:
            for key, value in data.items():
                types = kinds[key]
                if types == {int, float} and isinstance(value, int):
                    data[key] = float(value)
                elif len(types) > 1 and not types <= {int, float}:
                    data[key] = str(value)
    buffer = io.BytesIO()
    nx.write_graphml(prepared, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()
