"""GraphML export: readable by networkx, every node and edge kept, lists as JSON, deterministic bytes."""

from __future__ import annotations

import io
import json

import networkx as nx

from kg.export.graphml import to_graphml


def _read(data: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(data), force_multigraph=True)


def test_graphml_keeps_every_node_and_edge(graph):
    back = _read(to_graphml(graph))
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    for node, data in graph.nodes(data=True):
        assert back.nodes[node]["type"] == data["type"]
        assert back.nodes[node]["label"] == data["label"]


def test_lists_and_dicts_become_json_and_none_is_left_out():
    graph = nx.MultiDiGraph()
    graph.add_node("entity/bert", type="Model", label="BERT", aliases=["Bert", "BERT-base"], type_votes={"Model": 2.0},
                   note=None)
    graph.add_node("paper/p1", type="Paper", label="A paper")
    graph.add_edge("paper/p1", "entity/bert", key="mentions", type="mentions", confidence=0.9)
    back = _read(to_graphml(graph))
    assert json.loads(back.nodes["entity/bert"]["aliases"]) == ["Bert", "BERT-base"]
    assert json.loads(back.nodes["entity/bert"]["type_votes"]) == {"Model": 2.0}
    assert "note" not in back.nodes["entity/bert"]
    ((_, _, data),) = back.edges(data=True)
    assert data["type"] == "mentions" and data["confidence"] == 0.9


def test_mixed_numbers_share_one_graphml_type():
    graph = nx.MultiDiGraph()
    graph.add_node("a", type="Model", label="A", score=1)
    graph.add_node("b", type="Model", label="B", score=0.5)
    back = _read(to_graphml(graph))
    assert back.nodes["a"]["score"] == 1.0 and back.nodes["b"]["score"] == 0.5


def test_same_graph_gives_same_bytes_whatever_the_insertion_order(graph):
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert to_graphml(shuffled) == to_graphml(graph)


def test_markup_in_labels_is_escaped():
    graph = nx.MultiDiGraph()
    graph.add_node("paper/x", type="Paper", label='<script>alert("x")</script> & more')
    data = to_graphml(graph)
    assert b"<script>" not in data
    assert _read(data).nodes["paper/x"]["label"] == '<script>alert("x")</script> & more'
