"""The RDF mapping: a typed networkx graph → an rdflib Graph in the paper-kg ontology.

Every edge becomes a plain triple plus a ``kg:Assertion`` (an ``rdf:Statement``) that carries
its provenance. All IRIs are minted from node ids that :func:`kg.resolve.slug` made safe,
so the same input always gives the same IRIs.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import schema as S


def node_iri(node_id: str) -> URIRef:
    return URIRef(S.RESOURCE + node_id)


def sentence_iri(paper_id: str, field: str, sentence: int | None) -> URIRef:
    return URIRef(f"{S.RESOURCE}{paper_id}/title" if field == "title" else f"{S.RESOURCE}{paper_id}/s{sentence}")


def new_graph() -> Graph:
    rdf = Graph()
    for prefix, namespace in S.PREFIXES.items():
        rdf.bind(prefix, namespace, override=True, replace=True)
    return rdf


def to_rdf(graph: nx.MultiDiGraph, describe_entities: bool = True, target=None) -> Graph:
    """The RDF graph of a paper-kg graph.

    With ``describe_entities=False`` entity nodes are only referenced, not described (a
    streaming build writes each entity's description once, apart from the papers).
    ``target`` is anything with an rdflib-style ``add(triple)`` (default: a new Graph).
    """
    rdf = new_graph() if target is None else target
    for node, data in graph.nodes(data=True):
        if "type" not in data or (not describe_entities and data["type"] in S.ENTITY_TYPES):
            continue
        iri = node_iri(node)
        rdf.add((iri, RDF.type, S.NODE_TYPES[data["type"]].rdf_class))
        rdf.add((iri, RDFS.label, Literal(data["label"])))
        if data["type"] == S.PAPER:
            _add_paper(rdf, iri, node, data)
        elif data["type"] == S.CLAIM:
            _add_claim(rdf, iri, data)
        else:
            _add_entity(rdf, iri, data)
    for u, v, data in graph.edges(data=True):
        _add_edge(rdf, u, v, data)
    return rdf


def _add_paper(rdf: Graph, iri: URIRef, node: str, data: dict) -> None:
    rdf.add((iri, S.TITLE, Literal(data["title"])))
    rdf.add((iri, S.ABSTRACT, Literal(data["abstract"])))
    rdf.add((iri, S.IDENTIFIER, Literal(data["key"])))
    if data.get("date"):
        rdf.add((iri, S.ISSUED, Literal(data["date"], datatype=XSD.date)))
    if data.get("url"):
        rdf.add((iri, S.URL, Literal(data["url"], datatype=XSD.anyURI)))
    for author in data.get("authors", []):
        rdf.add((iri, S.CREATOR, Literal(author)))
    for source in data.get("sources", []):
        rdf.add((iri, S.SOURCE_FILE, Literal(source)))
    title = sentence_iri(node, "title", None)
    rdf.add((iri, S.HAS_SENTENCE, title))
    rdf.add((title, RDF.type, S.SENTENCE))
    rdf.add((title, S.FIELD, Literal("title")))
    rdf.add((title, S.TEXT, Literal(data["title"])))
    rdf.add((title, S.START, Literal(0)))
    rdf.add((title, S.END, Literal(len(data["title"]))))
    for index, sentence in enumerate(data.get("sentences", [])):
        s_iri = sentence_iri(node, "abstract", index)
        rdf.add((iri, S.HAS_SENTENCE, s_iri))
        rdf.add((s_iri, RDF.type, S.SENTENCE))
        rdf.add((s_iri, S.FIELD, Literal("abstract")))
        rdf.add((s_iri, S.POSITION, Literal(index)))
        rdf.add((s_iri, S.TEXT, Literal(data["abstract"][sentence["start"] : sentence["end"]])))
        rdf.add((s_iri, S.START, Literal(sentence["start"])))
        rdf.add((s_iri, S.END, Literal(sentence["end"])))
        if sentence.get("role"):
            rdf.add((s_iri, S.ROLE, Literal(sentence["role"])))


def _add_entity(rdf: Graph, iri: URIRef, data: dict) -> None:
    rdf.add((iri, S.PREF_LABEL, Literal(data["label"])))
    for alias in data.get("aliases", []):
        rdf.add((iri, S.ALT_LABEL, Literal(alias)))
    rdf.add((iri, S.MENTION_COUNT, Literal(data["mentions"])))
    rdf.add((iri, S.PAPER_COUNT, Literal(data["papers"])))
    votes = data.get("type_votes", {})
    if len(votes) > 1:
        decision = "; ".join(f"{t}={v}" for t, v in sorted(votes.items(), key=lambda tv: (-tv[1], tv[0])))
        rdf.add((iri, S.TYPE_DECISION, Literal(f"typed {data['type']} by summed confidence: {decision}")))


def _add_claim(rdf: Graph, iri: URIRef, data: dict) -> None:
    rdf.add((iri, S.CLAIM_TEXT, Literal(data["text"])))
    rdf.add((iri, S.CLAIM_KIND, Literal(data["kind"])))
    rdf.add((iri, S.IN_PAPER, node_iri(data["paper"])))
    # Each quantity is a node <claim>/q<n>: typed literals, and links to the entities it refers to.
    for n, value in enumerate(data.get("values", []), 1):
        q = URIRef(f"{iri}/q{n}")
        rdf.add((iri, S.HAS_QUANTITY, q))
        rdf.add((q, RDF.type, S.QUANTITY))
        rdf.add((q, S.QUANTITY_TEXT, Literal(value["text"])))
        rdf.add((q, S.QUANTITY_KIND, Literal(value["kind"])))
        for key, term in (("value", S.VALUE), ("from_value", S.FROM_VALUE)):
            if value.get(key) is not None:
                rdf.add((q, term, Literal(Decimal(str(value[key])), datatype=XSD.decimal)))
        for key, term in (("unit", S.UNIT), ("direction", S.DIRECTION), ("improvement", S.IMPROVEMENT),
                          ("qualifier", S.QUALIFIER), ("measure", S.MEASURE)):
            if value.get(key) is not None:
                rdf.add((q, term, Literal(value[key])))
        if value.get("start") is not None:
            rdf.add((q, S.START, Literal(value["start"])))
            rdf.add((q, S.END, Literal(value["end"])))
        for key, term in (("metric_node", S.ON_METRIC), ("dataset_node", S.ON_DATASET),
                          ("compared_node", S.COMPARED_TO)):
            if value.get(key):
                rdf.add((q, term, node_iri(value[key])))


def _add_edge(rdf: Graph, u: str, v: str, data: dict) -> None:
    subject, obj = node_iri(u), node_iri(v)
    predicate = S.EDGE_TYPES[data["type"]].rdf_property
    rdf.add((subject, predicate, obj))
    if data.get("paper") is None:
        return  # derived from names (variantOf), not read from a sentence: no assertion
    digest = hashlib.sha1(
        "\x1f".join(map(str, (u, v, data["type"], data["paper"], data["field"], data["sentence"]))).encode()
    ).hexdigest()[:20]
    assertion = URIRef(f"{S.RESOURCE}assertion/{digest}")
    rdf.add((assertion, RDF.type, S.ASSERTION))
    rdf.add((assertion, S.SUBJECT, subject))
    rdf.add((assertion, S.PREDICATE, predicate))
    rdf.add((assertion, S.OBJECT, obj))
    rdf.add((assertion, S.IN_PAPER, node_iri(data["paper"])))  # a sub-property of prov:wasDerivedFrom
    rdf.add((assertion, S.EVIDENCE, sentence_iri(data["paper"], data["field"], data["sentence"])))
    rdf.add((assertion, S.EXTRACTOR, Literal(data["extractor"])))
    rdf.add((assertion, S.CONFIDENCE, Literal(Decimal(str(data["confidence"])), datatype=XSD.decimal)))
    if data.get("start") is not None:
        rdf.add((assertion, S.START, Literal(data["start"])))
        rdf.add((assertion, S.END, Literal(data["end"])))
        rdf.add((assertion, S.MENTION_TEXT, Literal(data["text"])))


class NTriplesLines:
    """A triple sink that formats each triple as an N-Triples line, skipping rdflib's store.

    The line format is rdflib's own (``_nt_row``), so the output is what
    ``Graph.serialize(format="nt")`` would write, at a fraction of the cost.
    """

    def __init__(self) -> None:
        from rdflib.plugins.serializers.nt import _nt_row

        self._row = _nt_row
        self.lines: set[str] = set()

    def add(self, triple) -> None:
        self.lines.add(self._row(triple))

    def text(self) -> str:
        return "".join(sorted(self.lines))
