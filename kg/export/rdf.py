"""The RDF mapping: a typed networkx graph → an rdflib Graph in the paper-kg ontology.

Every edge becomes a plain triple plus a ``kg:Assertion`` (an ``rdf:Statement``) that carries
its provenance. All IRIs are minted from node ids that :func:`kg.resolve.resolver.slug` made safe,
so the same input always gives the same IRIs.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import schema as S
from kg.export.ntriples import NTriplesLines


# rdflib's namespaces resolve each attribute through __getattr__: look these up once.
_TYPE, _LABEL = RDF.type, RDFS.label


def new_graph() -> Graph:
    rdf = Graph()
    for prefix, namespace in S.PREFIXES.items():
        rdf.bind(prefix, namespace, override=True, replace=True)
    return rdf


def to_rdf(graph: nx.MultiDiGraph, describe_entities: bool = True, target=None) -> Graph:
    """The RDF graph of a paper-kg graph.

    With ``describe_entities=False`` entity nodes are only referenced, not described (a
    streaming build writes each entity's description once, apart from the papers).
    ``target`` is an rdflib Graph (default: a new one), anything else with an rdflib-style
    ``add(triple)``, or an :class:`NTriplesLines` sink.
    """
    rdf = new_graph() if target is None else target
    out = rdf if isinstance(rdf, NTriplesLines) else _RdflibTerms(rdf)
    for node, data in graph.nodes(data=True):
        if "type" not in data or (not describe_entities and data["type"] in S.ENTITY_TYPES):
            continue
        iri = out.iri(S.RESOURCE + node)
        out.add((iri, _TYPE, S.NODE_TYPES[data["type"]].rdf_class))
        out.add((iri, _LABEL, out.lit(data["label"])))
        if data["type"] == S.PAPER:
            _add_paper(out, iri, node, data)
        elif data["type"] == S.CLAIM:
            _add_claim(out, iri, node, data)
        else:
            _add_entity(out, iri, data)
    for u, v, data in graph.edges(data=True):
        _add_edge(out, u, v, data)
    return rdf


def _add_paper(out, iri, node: str, data: dict) -> None:
    out.add((iri, S.TITLE, out.lit(data["title"])))
    out.add((iri, S.ABSTRACT, out.lit(data["abstract"])))
    out.add((iri, S.IDENTIFIER, out.lit(data["key"])))
    if data.get("date"):
        out.add((iri, S.ISSUED, out.lit(data["date"], datatype=XSD.date)))
    if data.get("url"):
        out.add((iri, S.URL, out.lit(data["url"], datatype=XSD.anyURI)))
    for author in data.get("authors", []):
        out.add((iri, S.CREATOR, out.lit(author)))
    for source in data.get("sources", []):
        out.add((iri, S.SOURCE_FILE, out.lit(source)))
    title = _sentence_iri(out, node, "title", None)
    out.add((iri, S.HAS_SENTENCE, title))
    out.add((title, _TYPE, S.SENTENCE))
    out.add((title, S.FIELD, out.lit("title")))
    out.add((title, S.TEXT, out.lit(data["title"])))
    out.add((title, S.START, out.lit(0)))
    out.add((title, S.END, out.lit(len(data["title"]))))
    for index, sentence in enumerate(data.get("sentences", [])):
        s_iri = _sentence_iri(out, node, "abstract", index)
        out.add((iri, S.HAS_SENTENCE, s_iri))
        out.add((s_iri, _TYPE, S.SENTENCE))
        out.add((s_iri, S.FIELD, out.lit("abstract")))
        out.add((s_iri, S.POSITION, out.lit(index)))
        out.add((s_iri, S.TEXT, out.lit(data["abstract"][sentence["start"] : sentence["end"]])))
        out.add((s_iri, S.START, out.lit(sentence["start"])))
        out.add((s_iri, S.END, out.lit(sentence["end"])))
        if sentence.get("role"):
            out.add((s_iri, S.ROLE, out.lit(sentence["role"])))


def _add_entity(out, iri, data: dict) -> None:
    out.add((iri, S.PREF_LABEL, out.lit(data["label"])))
    for alias in data.get("aliases", []):
        out.add((iri, S.ALT_LABEL, out.lit(alias)))
    out.add((iri, S.MENTION_COUNT, out.lit(data["mentions"])))
    out.add((iri, S.PAPER_COUNT, out.lit(data["papers"])))
    if data.get("link"):  # a Papers with Code identifier, "method/bert"
        out.add((iri, S.EXACT_MATCH, out.iri(S.PWC_PAGES + data["link"])))
        out.add((iri, S.IDENTIFIER, out.lit("paperswithcode:" + data["link"])))
    votes = data.get("type_votes", {})
    if len(votes) > 1:
        decision = "; ".join(f"{t}={v}" for t, v in sorted(votes.items(), key=lambda tv: (-tv[1], tv[0])))
        out.add((iri, S.TYPE_DECISION, out.lit(f"typed {data['type']} by summed confidence: {decision}")))


def _add_claim(out, iri, node: str, data: dict) -> None:
    out.add((iri, S.CLAIM_TEXT, out.lit(data["text"])))
    out.add((iri, S.CLAIM_KIND, out.lit(data["kind"])))
    out.add((iri, S.IN_PAPER, out.iri(S.RESOURCE + data["paper"])))
    # Each quantity is a node <claim>/q<n>: typed literals, and links to the entities it refers to.
    for n, value in enumerate(data.get("values", []), 1):
        q = out.iri(f"{S.RESOURCE}{node}/q{n}")
        out.add((iri, S.HAS_QUANTITY, q))
        out.add((q, _TYPE, S.QUANTITY))
        out.add((q, S.QUANTITY_TEXT, out.lit(value["text"])))
        out.add((q, S.QUANTITY_KIND, out.lit(value["kind"])))
        for key, term in (("value", S.VALUE), ("from_value", S.FROM_VALUE)):
            if value.get(key) is not None:
                out.add((q, term, out.decimal(value[key])))
        for key, term in (("unit", S.UNIT), ("direction", S.DIRECTION), ("improvement", S.IMPROVEMENT),
                          ("qualifier", S.QUALIFIER), ("measure", S.MEASURE)):
            if value.get(key) is not None:
                out.add((q, term, out.lit(value[key])))
        if value.get("start") is not None:
            out.add((q, S.START, out.lit(value["start"])))
            out.add((q, S.END, out.lit(value["end"])))
        for key, term in (("metric_node", S.ON_METRIC), ("dataset_node", S.ON_DATASET),
                          ("compared_node", S.COMPARED_TO)):
            if value.get(key):
                out.add((q, term, out.iri(S.RESOURCE + value[key])))


def _add_edge(out, u: str, v: str, data: dict) -> None:
    subject, obj = out.iri(S.RESOURCE + u), out.iri(S.RESOURCE + v)
    predicate = S.EDGE_TYPES[data["type"]].rdf_property
    out.add((subject, predicate, obj))
    if data.get("paper") is None:
        return  # derived from names (variantOf), not read from a sentence: no assertion
    digest = hashlib.sha1(
        "\x1f".join(map(str, (u, v, data["type"], data["paper"], data["field"], data["sentence"]))).encode()
    ).hexdigest()[:20]
    assertion = out.iri(f"{S.RESOURCE}assertion/{digest}")
    out.add((assertion, _TYPE, S.ASSERTION))
    out.add((assertion, S.SUBJECT, subject))
    out.add((assertion, S.PREDICATE, predicate))
    out.add((assertion, S.OBJECT, obj))
    # inPaper is a sub-property of prov:wasDerivedFrom
    out.add((assertion, S.IN_PAPER, out.iri(S.RESOURCE + data["paper"])))
    out.add((assertion, S.EVIDENCE, _sentence_iri(out, data["paper"], data["field"], data["sentence"])))
    out.add((assertion, S.EXTRACTOR, out.lit(data["extractor"])))
    out.add((assertion, S.CONFIDENCE, out.decimal(data["confidence"])))
    if data.get("start") is not None:
        out.add((assertion, S.START, out.lit(data["start"])))
        out.add((assertion, S.END, out.lit(data["end"])))
        out.add((assertion, S.MENTION_TEXT, out.lit(data["text"])))



def _sentence_iri(out, paper_id: str, field: str, sentence: int | None):
    return out.iri(f"{S.RESOURCE}{paper_id}/title" if field == "title" else f"{S.RESOURCE}{paper_id}/s{sentence}")


class _RdflibTerms:
    """The mapping's term factory and sink for an rdflib Graph (or any ``add(triple)`` target)."""

    def __init__(self, target) -> None:
        self.add = target.add

    iri = staticmethod(URIRef)

    @staticmethod
    def lit(value, datatype=None) -> Literal:
        return Literal(value, datatype=datatype)

    @staticmethod
    def decimal(value: float) -> Literal:
        return Literal(Decimal(str(value)), datatype=XSD.decimal)
