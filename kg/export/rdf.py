"""The RDF mapping: a typed networkx graph → an rdflib Graph in the paper-kg ontology.

Every edge is one direct triple; its provenance is compact (docs/rdf-model.md shows an example):

* an edge from a paper (``mentions``, ``proposes``, ...) names its paper as subject; the
  sentences it was read from each get one ``<sentence> kg:names <object>`` triple;
* a claim links to its sentence with ``kg:evidence`` (``states`` and ``about`` need no more);
* nothing the graph already says is repeated: a sentence's text is its span ``kg:start``-``kg:end``
  of the paper's ``dcterms:abstract`` (the title sentence's is the ``dcterms:title``), a claim's text
  is its evidence sentence's, and its paper is the one that ``kg:states`` it;
* an edge between two entities gets one ``kg:Evidence`` node per (paper, edge): subject,
  predicate, object, paper, sentences, the best confidence and its extractor.

All IRIs are minted from node ids that :func:`kg.resolve.keys.slug` made safe, so the same input
always gives the same IRIs.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import schema as S
from kg.export.ntriples import NTriplesLines
from kg.ingest.build import web_url
from kg.resolve.keys import match_key


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
        if data["type"] == S.PAPER:
            _add_paper(out, iri, node, data)
        elif data["type"] == S.CLAIM:
            _add_claim(out, iri, node, data)
        else:
            _add_entity(out, iri, data)
    evidence: dict[tuple, list[dict]] = {}
    for u, v, data in graph.edges(data=True):
        out.add((out.iri(S.RESOURCE + u), S.EDGE_TYPES[data["type"]].rdf_property, out.iri(S.RESOURCE + v)))
        if data.get("paper") is not None:  # variantOf edges are read from names, not from a paper
            evidence.setdefault((u, v, data["type"], data["paper"]), []).append(data)
    for (u, v, kind, paper), found in evidence.items():
        _add_evidence(out, u, v, kind, paper, found)
    return rdf


_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
"""Datatype of an ISO date by its precision: ``2019``, ``2019-05`` or ``2019-05-04``."""


def date_datatype(date: str):
    """``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date`` for an ISO date of that precision
    (None for anything else: such a date is left out rather than written ill-typed)."""
    return _DATE_TYPES.get(len(date)) if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date) else None


def _add_paper(out, iri, node: str, data: dict) -> None:
    out.add((iri, _LABEL, out.lit(data["label"])))
    if data["title"]:  # a record may have an abstract and no title
        out.add((iri, S.TITLE, out.lit(data["title"])))
    out.add((iri, S.ABSTRACT, out.lit(data["abstract"])))
    out.add((iri, S.IDENTIFIER, out.lit(data["key"])))
    if data.get("date") and (datatype := date_datatype(data["date"])):
        out.add((iri, S.ISSUED, out.lit(data["date"], datatype=datatype)))
    if data.get("url") and web_url(data["url"]):  # never a javascript: or data: link
        out.add((iri, S.URL, out.lit(data["url"], datatype=XSD.anyURI)))
    for author in data.get("authors", []):
        out.add((iri, S.CREATOR, out.lit(author)))
    for source in data.get("sources", []):
        out.add((iri, S.SOURCE_FILE, out.lit(source)))
    if data["title"]:
        title = _sentence_iri(out, node, "title", None)
        # Sentences are typed by kg:hasSentence's range; the title is the one with kg:field "title",
        # abstract sentences carry their span in the abstract and their role. Neither repeats its
        # text: the title's is dcterms:title, an abstract sentence's is its span of dcterms:abstract.
        out.add((iri, S.HAS_SENTENCE, title))
        out.add((title, S.FIELD, out.lit("title")))
    for index, sentence in enumerate(data.get("sentences", [])):
        s_iri = _sentence_iri(out, node, "abstract", index)
        out.add((iri, S.HAS_SENTENCE, s_iri))
        out.add((s_iri, S.START, out.lit(sentence["start"])))
        out.add((s_iri, S.END, out.lit(sentence["end"])))
        if sentence.get("role"):
            out.add((s_iri, S.ROLE, out.lit(sentence["role"])))


def _add_entity(out, iri, data: dict) -> None:
    # skos:prefLabel is a sub-property of rdfs:label: the entity's label is not repeated
    out.add((iri, S.PREF_LABEL, out.lit(data["label"])))
    for alias in data.get("aliases", []):
        out.add((iri, S.ALT_LABEL, out.lit(alias)))
    for key in sorted({match_key(name) for name in (data["label"], *data.get("aliases", []))} - {""}):
        out.add((iri, S.MATCH_KEY, out.lit(key)))
    out.add((iri, S.MENTION_COUNT, out.lit(data["mentions"])))
    out.add((iri, S.PAPER_COUNT, out.lit(data["papers"])))
    if data.get("link"):  # a Papers with Code identifier, "method/bert"
        out.add((iri, S.EXACT_MATCH, out.iri(S.PWC_PAGES + data["link"])))
        out.add((iri, S.IDENTIFIER, out.lit("paperswithcode:" + data["link"])))
    votes = data.get("type_votes", {})
    if len(votes) > 1:
        decision = "; ".join(f"{t}={v}" for t, v in sorted(votes.items(), key=lambda tv: (-tv[1], tv[0])))
        # the votes are the mentions'; knowledge, the name's form or its family may outweigh them
        out.add((iri, S.TYPE_DECISION, out.lit(f"typed {data['type']}; mentions' summed confidence: {decision}")))


def _add_claim(out, iri, node: str, data: dict) -> None:
    # Neither a label nor the claim's text (its kg:evidence sentence's) nor its paper (the one
    # that kg:states it): the graph says them already.
    out.add((iri, S.CLAIM_KIND, out.lit(data["kind"])))
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
                          ("compared_node", S.COMPARED_TO), ("system_node", S.SYSTEM)):
            if value.get(key):
                out.add((q, term, out.iri(S.RESOURCE + value[key])))
        _add_result(out, q, value)


def _add_result(out, q, value: dict) -> None:
    """The result fields of a quantity: names as written, split, better direction, baseline, delta."""
    if value.get("result"):
        out.add((q, _TYPE, S.RESULT))
    for key, term in (("upper", S.UPPER_VALUE), ("error", S.SPREAD), ("compared_value", S.COMPARED_VALUE),
                      ("delta", S.DELTA)):
        if value.get(key) is not None:
            out.add((q, term, out.decimal(value[key])))
    for key, term in (("system", S.SYSTEM_NAME), ("metric", S.METRIC_NAME), ("dataset", S.DATASET_NAME),
                      ("compared_to", S.COMPARED_NAME), ("split", S.SPLIT), ("better", S.BETTER),
                      ("leaderboard_dataset", S.LEADERBOARD_DATASET), ("leaderboard_metric", S.LEADERBOARD_METRIC)):
        if value.get(key):
            out.add((q, term, out.lit(value[key])))
    for name in value.get("inferred", ()):
        out.add((q, S.INFERRED, out.lit(name)))


def _add_evidence(out, u: str, v: str, kind: str, paper: str, found: list[dict]) -> None:
    """The provenance of one edge in one paper (``found``: its edges, one per sentence)."""
    sentences = sorted({_sentence_iri(out, paper, e["field"], e["sentence"])
                        for e in found if e["field"] == "title" or e["sentence"] is not None})
    subject, obj = out.iri(S.RESOURCE + u), out.iri(S.RESOURCE + v)
    if u == paper:
        for sentence in sentences:
            out.add((obj, S.EVIDENCE, sentence) if kind == "states" else (sentence, S.NAMES, obj))
        return
    if kind == "about":
        return  # the claim names its paper and sentence
    best = max(found, key=lambda e: (e["confidence"], e["extractor"]))
    digest = hashlib.sha1("\x1f".join((u, v, kind, paper)).encode()).hexdigest()[:20]
    node = out.iri(f"{S.RESOURCE}evidence/{digest}")
    out.add((node, _TYPE, S.EVIDENCE_CLASS))
    out.add((node, S.SUBJECT, subject))
    out.add((node, S.PREDICATE, S.EDGE_TYPES[kind].rdf_property))
    out.add((node, S.OBJECT, obj))
    out.add((node, S.IN_PAPER, out.iri(S.RESOURCE + paper)))
    for sentence in sentences:
        out.add((node, S.EVIDENCE, sentence))
    out.add((node, S.EXTRACTOR, out.lit(best["extractor"])))
    out.add((node, S.CONFIDENCE, out.decimal(best["confidence"])))


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
