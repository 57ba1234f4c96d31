"""The HTML view: offline, escaped, with legend and tooltips."""

import re

from kg.html import to_html, tooltip
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
