"""Figures of a whole graph, kept in its store so that queries read them instead of aggregating.

An aggregate over every entity, evidence record or result of a 75,000-paper store takes
seconds in Oxigraph, and a top-N list must rank every candidate before it keeps N (a sort
that compares strings reads each one from the store). :func:`refresh` computes these figures
once, from the store's own triples, and writes them as summary triples (docs/rdf-model.md):

* per entity type, a ``kg:TypeSummary`` (``res:summary/type/<Type>``): ``kg:ofType``,
  ``kg:entityCount``, ``kg:mentionTotal`` (the entities' ``kg:mentionCount`` summed), and
  ``kg:ranked`` to the :data:`RANKED` entities named by the most papers (``kg:paperCount``,
  then label), each with its ``kg:rank`` (1 first);
* the :data:`RANKED` pairs of a dataset and a task that the most papers say the dataset serves
  (it addresses the task, or a system evaluated on it addresses the task in the same sentence),
  each a ``kg:DatasetTask`` (``res:summary/dataset-task/<hash>``): ``kg:onDataset``,
  ``kg:forTask``, ``kg:supportingPapers`` and ``kg:rank``;
* ``kg:best true`` on the best results of each leaderboard (results of kind ``score`` sharing
  ``kg:leaderboardDataset`` and ``kg:leaderboardMetric``, their dataset and metric named in their own
  sentence, not ``kg:inferred``: the highest value, or the lowest
  where most of the board's results say lower is better, ``kg:better``), ``kg:boardRank``
  on those of the :data:`RANKED` boards with the most results (then by dataset and metric), and
  on every best result one ``kg:datasetWord`` and one ``kg:metricWord`` per word of its board's
  names (:func:`kg.resolve.keys.name_words`), so that a board asked for by name is looked up, not searched for.

``kg build --store`` refreshes them after each add (:class:`kg.sparql.store.GraphStore`), and
``kg query``, ``kg stats`` and ``kg serve`` after loading export files, which do not hold them:
they are figures of whatever graph a store holds, which only the store knows once builds merge.
The same triples give the same summary, so a refresh of an unchanged store changes nothing.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import RDF

from kg import schema as S
from kg.resolve.keys import name_words

RANKED = 100
"""How many entities of each type, dataset–task pairs and leaderboards are ranked."""
SUMMARY = S.RESOURCE + "summary/"
CLASSES = (S.TYPE_SUMMARY, S.DATASET_TASK)
"""Classes of the summary's own nodes (every triple of theirs is the summary's)."""
PROPERTIES = (S.RANK, S.BEST, S.BOARD_RANK, S.DATASET_WORD, S.METRIC_WORD)
"""Properties the summary adds to other nodes."""

_TYPES = " ".join(f"<{S.NODE_TYPES[t].rdf_class}>" for t in S.ENTITY_TYPES)
_ENTITIES = f"""
SELECT ?entity ?type ?mentions ?papers ?label WHERE {{
  VALUES ?type {{ {_TYPES} }}
  ?entity a ?type ; kg:mentionCount ?mentions ; kg:paperCount ?papers ; skos:prefLabel ?label .
}}"""
# The labels are looked up inside each branch: joined after the UNION, Oxigraph reads them all first.
_DATASET_TASKS = """
SELECT ?dataset ?task (SAMPLE(?dl) AS ?datasetLabel) (SAMPLE(?tl) AS ?taskLabel) (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
  {
    ?a rdf:predicate kg:addresses ; rdf:subject ?dataset ; rdf:object ?task ; kg:inPaper ?paper .
    ?dataset a kg:Dataset ; skos:prefLabel ?dl .
    ?task skos:prefLabel ?tl .
  } UNION {
    ?e rdf:predicate kg:evaluatedOn ; rdf:subject ?system ; rdf:object ?dataset ; kg:evidence ?s ; kg:inPaper ?paper .
    ?t rdf:predicate kg:addresses ; rdf:subject ?system ; rdf:object ?task ; kg:evidence ?s .
    ?dataset skos:prefLabel ?dl .
    ?task skos:prefLabel ?tl .
  }
}
GROUP BY ?dataset ?task"""
_RESULTS = """
SELECT ?result ?dataset ?metric ?value ?better WHERE {
  ?result a kg:Result ; kg:quantityKind "score" ; kg:value ?value ;
          kg:leaderboardDataset ?dataset ; kg:leaderboardMetric ?metric .
  OPTIONAL { ?result kg:better ?better }
  # as kg leaderboard: a dataset or metric read from another sentence puts no result on a board
  FILTER NOT EXISTS { ?result kg:inferred ?field FILTER (?field IN ("dataset", "metric")) }
}"""


def refresh(store: ox.Store) -> int:
    """Replace the summary triples of ``store`` with ones computed from its other triples; their number."""
    clear(store)
    quads = [ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in summary_triples(store)]
    store.extend(quads)
    return len(quads)


def clear(store: ox.Store) -> None:
    """Remove every summary triple."""
    doomed = []
    for cls in CLASSES:
        for typed in store.quads_for_pattern(None, _TYPE, _iri(cls), ox.DefaultGraph()):
            doomed.extend(store.quads_for_pattern(typed.subject, None, None, ox.DefaultGraph()))
    for prop in PROPERTIES:
        doomed.extend(store.quads_for_pattern(None, _iri(prop), None, ox.DefaultGraph()))
    for quad in doomed:
        store.remove(quad)


def summary_triples(store: ox.Store) -> list[tuple]:
    """The summary of ``store`` as ``(subject, predicate, object)`` pyoxigraph terms."""
    return [*_entity_figures(store), *_dataset_tasks(store), *_leaderboards(store)]


def with_summary(rdf: Graph) -> Graph:
    """A copy of an rdflib graph with its summary added, so the example queries that read the
    summary (entities_by_type, datasets_by_papers, dataset_tasks, leaderboard) answer on the
    library API's in-memory graph as they do on a store."""
    store = ox.Store()
    store.load(rdf.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    lines = "".join(f"{s} {p} {o} .\n" for s, p, o in summary_triples(store))
    out = Graph()
    for triple in rdf:
        out.add(triple)
    return out.parse(data=lines, format="nt") if lines else out


def _select(store: ox.Store, sparql: str) -> list[ox.QuerySolution]:
    return list(store.query(sparql, prefixes={prefix: str(namespace) for prefix, namespace in S.PREFIXES.items()}))


def _entity_figures(store: ox.Store) -> list[tuple]:
    by_type: dict[ox.NamedNode, list] = defaultdict(list)
    for row in _select(store, _ENTITIES):
        by_type[row["type"]].append((-int(row["papers"].value), row["label"].value, row["entity"].value,
                                     row["entity"], int(row["mentions"].value)))
    triples = []
    for cls, entities in sorted(by_type.items(), key=lambda item: item[0].value):
        name = cls.value.removeprefix(str(S.KG))
        node = ox.NamedNode(f"{SUMMARY}type/{name}")
        triples += [(node, _TYPE, _iri(S.TYPE_SUMMARY)), (node, _iri(S.OF_TYPE), cls),
                    (node, _iri(S.ENTITY_COUNT), _integer(len(entities))),
                    (node, _iri(S.MENTION_TOTAL), _integer(sum(e[4] for e in entities)))]
        entities.sort()
        for rank, entity in enumerate(entities[:RANKED], 1):
            triples += [(node, _iri(S.RANKED_ENTITY), entity[3]), (entity[3], _iri(S.RANK), _integer(rank))]
    return triples


def _dataset_tasks(store: ox.Store) -> list[tuple]:
    pairs = sorted((-int(r["papers"].value), r["datasetLabel"].value, r["taskLabel"].value, r["dataset"], r["task"])
                   for r in _select(store, _DATASET_TASKS))
    triples = []
    for rank, (papers, _, _, dataset, task) in enumerate(pairs[:RANKED], 1):
        digest = hashlib.sha1(f"{dataset.value}\x1f{task.value}".encode()).hexdigest()[:20]
        node = ox.NamedNode(f"{SUMMARY}dataset-task/{digest}")
        triples += [(node, _TYPE, _iri(S.DATASET_TASK)), (node, _iri(S.ON_DATASET_TASK), dataset),
                    (node, _iri(S.FOR_TASK), task), (node, _iri(S.SUPPORTING_PAPERS), _integer(-papers)),
                    (node, _iri(S.RANK), _integer(rank))]
    return triples


def _leaderboards(store: ox.Store) -> list[tuple]:
    boards: dict[tuple[str, str], list] = defaultdict(list)
    for row in _select(store, _RESULTS):
        try:
            value = float(row["value"].value)
        except ValueError:
            continue
        better = row["better"].value if row["better"] is not None else None
        boards[(row["dataset"].value, row["metric"].value)].append((value, better, row["result"]))
    triples = []
    ranked = sorted(boards, key=lambda board: (-len(boards[board]), board))[:RANKED]
    rank_of = {board: rank for rank, board in enumerate(ranked, 1)}
    for board, results in boards.items():
        directions = Counter(better for _, better, _ in results if better)
        lower = directions["lower"] > directions["higher"]
        best = (min if lower else max)(value for value, _, _ in results)
        words = [(_iri(S.DATASET_WORD), ox.Literal(w)) for w in name_words(board[0])] + \
            [(_iri(S.METRIC_WORD), ox.Literal(w)) for w in name_words(board[1])]
        for value, _, result in results:
            if value == best:
                triples.append((result, _iri(S.BEST), ox.Literal(True)))
                triples += [(result, prop, word) for prop, word in words]
                if board in rank_of:
                    triples.append((result, _iri(S.BOARD_RANK), _integer(rank_of[board])))
    return triples



_TYPE = ox.NamedNode(str(RDF.type))


def _iri(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
