"""The HTML view: offline, escaped, with legend and tooltips."""

import re

from kg.export.explorer.page import to_html, tooltip
from kg.schema import NODE_TYPES


def test_page_loads_nothing_from_the_network(graph):
    page = to_html(graph)
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", page)


def test_abstract_text_never_becomes_markup(graph):
    page = to_html(graph)
    assert "<script>alert(" not in page
    assert "\\u003cscript\\u003ealert" in page  # kept as JSON-escaped text in the node data


def test_legend_names_every_node_type(graph):
    page = to_html(graph)
    legend = page[page.index('<div id="kg-legend">'):]
    for name in NODE_TYPES:
        assert name in legend[:2000]


def test_tooltip_lists_aliases_and_evidence(graph):
    node = next(n for n, d in graph.nodes(data=True) if d["label"] == "LLaMA-2")
    text = tooltip(graph, node)
    assert "aliases: Llama 2" in text
    assert "FooNet outperforms Llama 2 on SQuAD." in text


def test_page_is_byte_identical_across_processes(graph):
    import subprocess
    import sys

    from conftest import ROOT

    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r}); from conftest import fixture_extractions; "
            "from kg.graph.network import build_graph; from kg.export.explorer.page import to_html; "
            "sys.stdout.buffer.write(to_html(build_graph(fixture_extractions())).encode())")
    runs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=True).stdout
            for _ in range(2)]
    assert runs[0] == runs[1] == to_html(graph).encode()


def test_data_is_escaped_json_and_the_page_forbids_loading(graph):
    graph.nodes["entity/squad"]["aliases"] = ['<img src=x onerror="alert(1)"> & co']
    page = to_html(graph)
    assert "<img src=x" not in page and "\\u003cimg src=x onerror" in page and "\\u0026 co" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "sourceMappingURL" not in page


def test_large_graphs_are_capped_by_degree_and_counted(graph):
    from kg.export.explorer.page import explorer_data

    data = explorer_data(graph, max_nodes=4)
    assert len(data["nodes"]) == 4 and data["total"] == len(graph)
    degree = dict(graph.degree())
    kept_degrees = sorted((degree[n[6]["id"]] for n in data["nodes"]), reverse=True)
    assert kept_degrees == sorted(degree.values(), reverse=True)[:4]
    assert sum(t["shown"] for t in data["nodeTypes"]) == 4
    assert sum(t["total"] for t in data["nodeTypes"]) == len(graph)
