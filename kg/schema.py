"""The one place that names every node type, edge type and RDF term.

The graph builder, the RDF mapping, the HTML legend and the SHACL shape tests all read
these tables; ``ontology/kg.ttl`` documents the same terms for people and reasoners, and a
test checks that the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

BASE = "https://w3id.org/paper-kg/"
KG = Namespace(BASE + "ontology#")
"""Classes and properties of the paper-kg ontology."""
RESOURCE = BASE
"""Prefix of every node IRI minted from the graph: ``paper/…``, ``entity/…``, ``claim/…``, ``evidence/…``
and the store's ``summary/…`` sit beside ``ontology#`` and the stores' ``build/…`` graphs. No middle
segment: each one would be written once per IRI, about 150 times per paper in N-Triples."""

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "res": Namespace(RESOURCE),
    "dcterms": DCTERMS,
    "schema": SDO,
    "skos": SKOS,
    "prov": PROV,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}


@dataclass(frozen=True, slots=True)
class NodeType:
    """A kind of node: its name in the graph, its RDF class and how the HTML view draws it.

    Colours are the Okabe-Ito palette (told apart with the common colour-vision deficiencies);
    each type also has its own shape (circle, square, diamond, hexagon, triangle, triangleDown, star).
    """

    name: str
    comment: str
    colour: str
    shape: str

    @property
    def rdf_class(self):
        return KG[self.name]


@dataclass(frozen=True, slots=True)
class EdgeType:
    """A kind of edge: allowed source and target node types, its RDF property and its colour in
    the HTML view (Paul Tol's colour-blind-safe palettes; alike colours differ by dash pattern there)."""

    name: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    comment: str
    colour: str

    @property
    def rdf_property(self):
        return KG[self.name]


PAPER = "Paper"
METHOD = "Method"
MODEL = "Model"
DATASET = "Dataset"
TASK = "Task"
METRIC = "Metric"
CLAIM = "Claim"

ENTITY_TYPES: tuple[str, ...] = (METHOD, MODEL, DATASET, TASK, METRIC)
"""The types an extracted entity mention can have."""

NODE_TYPES: dict[str, NodeType] = {
    t.name: t
    for t in (
        NodeType(PAPER, "A scientific paper, known by its title and abstract.", "#0072B2", "square"),
        NodeType(
            METHOD,
            "A technique, algorithm, approach or training procedure (e.g. dropout, beam search).",
            "#E69F00",
            "circle",
        ),
        NodeType(
            MODEL,
            "A named trained model or model architecture (e.g. BERT, ResNet-50, Llama 2).",
            "#D55E00",
            "diamond",
        ),
        NodeType(
            DATASET,
            "A named dataset, corpus or benchmark (e.g. ImageNet, MMLU, SQuAD).",
            "#009E73",
            "hexagon",
        ),
        NodeType(
            TASK,
            "A problem or task that methods address (e.g. question answering).",
            "#CC79A7",
            "triangle",
        ),
        NodeType(
            METRIC,
            "A measure used to evaluate methods (e.g. accuracy, FID, BLEU).",
            "#F0E442",
            "triangleDown",
        ),
        NodeType(
            CLAIM,
            "A finding or contribution that a paper states, with its sentence.",
            "#56B4E9",
            "star",
        ),
    )
}

ENTITY_OR_PAPER = (PAPER, *ENTITY_TYPES)
SYSTEMS = (METHOD, MODEL)

EDGE_TYPES: dict[str, EdgeType] = {
    e.name: e
    for e in (
        EdgeType("proposes", (PAPER,), ENTITY_TYPES, "The paper introduces this entity.", "#EE7733"),
        EdgeType("mentions", (PAPER,), ENTITY_TYPES, "The paper's title or abstract names this entity.", "#BBBBBB"),
        EdgeType("uses", (PAPER, *SYSTEMS, DATASET), (*SYSTEMS, DATASET), "The subject uses the object.", "#332288"),
        EdgeType("evaluatedOn", (PAPER, *SYSTEMS), (DATASET,), "Evaluated on this dataset or benchmark.", "#117733"),
        EdgeType("addresses", (PAPER, *SYSTEMS, DATASET), (TASK,), "Addresses or serves this task.", "#AA4499"),
        EdgeType("measuredBy", (PAPER, *SYSTEMS, TASK, DATASET), (METRIC,), "Measured by this metric.", "#999933"),
        EdgeType("outperforms", SYSTEMS, SYSTEMS, "Reported to perform better than the object.", "#CC6677"),
        EdgeType("comparedWith", SYSTEMS, SYSTEMS, "Compared with the object.", "#882255"),
        EdgeType("isA", ENTITY_TYPES, ENTITY_TYPES, "An instance or kind of the object.", "#44AA99"),
        EdgeType("variantOf", ENTITY_TYPES, ENTITY_TYPES, "A version, size or variant of the object.", "#88CCEE"),
        EdgeType("partOf", ENTITY_TYPES, ENTITY_TYPES, "A component of the object.", "#DDCC77"),
        EdgeType("states", (PAPER,), (CLAIM,), "The paper states this claim.", "#0077BB"),
        EdgeType("about", (CLAIM,), ENTITY_TYPES, "The claim is about this entity.", "#EE3377"),
    )
}

RELATION_TYPES: tuple[str, ...] = (
    "uses",
    "evaluatedOn",
    "addresses",
    "measuredBy",
    "outperforms",
    "comparedWith",
    "isA",
    "variantOf",
    "partOf",
)
"""Edge types that link two entities and can appear under ``relations`` in ``kg extract``."""

SENTENCE_ROLES: tuple[str, ...] = ("background", "objective", "method", "result", "other")
CLAIM_KINDS: tuple[str, ...] = ("result", "contribution", "comparison", "limitation")

# Datatype and annotation properties of the RDF mapping, named once here.
TITLE = DCTERMS.title
ABSTRACT = DCTERMS.abstract
ISSUED = DCTERMS.issued
IDENTIFIER = DCTERMS.identifier
CREATOR = DCTERMS.creator
URL = SDO.url
PREF_LABEL = SKOS.prefLabel
ALT_LABEL = SKOS.altLabel
EXACT_MATCH = SKOS.exactMatch
"""An entity's page in Papers with Code (``https://paperswithcode.com/method/<slug>``)."""
PWC_PAGES = "https://paperswithcode.com/"
SOURCE_FILE = KG.sourceFile
MENTION_COUNT = KG.mentionCount
PAPER_COUNT = KG.paperCount
TYPE_DECISION = KG.typeDecision

SENTENCE = KG.Sentence
HAS_SENTENCE = KG.hasSentence
FIELD = KG.field
START = KG.start
END = KG.end
ROLE = KG.role

CLAIM_KIND = KG.claimKind

EVIDENCE_CLASS = KG.Evidence
"""The provenance of one edge between two entities in one paper: subject, predicate, object,
paper, sentences, confidence (an ``rdf:Statement``)."""
SUBJECT = RDF.subject
PREDICATE = RDF.predicate
OBJECT = RDF.object
IN_PAPER = KG.inPaper  # the Paper an Evidence record was read from (a Claim's states it)
EVIDENCE = KG.evidence  # the Sentence an Evidence record or a Claim was read from
NAMES = KG.names  # a Sentence names an entity: the sentence-level provenance of a paper's edges
MATCH_KEY = KG.matchKey  # the normalised exact-match key of an entity's names
EXTRACTOR = KG.extractor
CONFIDENCE = KG.confidence
GENERATED_BY = PROV.wasGeneratedBy

# The quantitative content of claims: one kg:Quantity node per value a claim states.
QUANTITY = KG.Quantity
"""A value a claim states ("15%", "10x", "26B"), with its unit and what it measures."""
HAS_QUANTITY = KG.hasQuantity
VALUE = KG.value
FROM_VALUE = KG.fromValue
UNIT = KG.unit
QUANTITY_TEXT = KG.quantityText
QUANTITY_KIND = KG.quantityKind
DIRECTION = KG.direction
IMPROVEMENT = KG.improvement
QUALIFIER = KG.qualifier
MEASURE = KG.measure
ON_METRIC = KG.metric
ON_DATASET = KG.dataset
COMPARED_TO = KG.comparedTo
# Results: a quantity that is a level reached or a change on a named metric or dataset.
RESULT = KG.Result
"""A result a paper states: who reaches what value, on which dataset, by which metric, against what."""
SYSTEM = KG.system
SYSTEM_NAME = KG.systemName
METRIC_NAME = KG.metricName
DATASET_NAME = KG.datasetName
SPLIT = KG["split"]  # not KG.split: a Namespace is a str, and that is str.split
BETTER = KG.better
UPPER_VALUE = KG.upperValue
SPREAD = KG.spread
COMPARED_NAME = KG.comparedName
COMPARED_VALUE = KG.comparedValue
DELTA = KG.delta
LEADERBOARD_DATASET = KG.leaderboardDataset
LEADERBOARD_METRIC = KG.leaderboardMetric
INFERRED = KG.inferred
# The summary a store keeps of itself (kg.sparql.summary): figures of the whole graph.
TYPE_SUMMARY = KG.TypeSummary
"""How many entities of one type a graph holds, and how many mentions they gather."""
OF_TYPE = KG.ofType
ENTITY_COUNT = KG.entityCount
MENTION_TOTAL = KG.mentionTotal
RANKED_ENTITY = KG.ranked
RANK = KG.rank
DATASET_TASK = KG.DatasetTask
"""A dataset and a task that papers say it serves, with how many papers say so."""
ON_DATASET_TASK = KG.onDataset
FOR_TASK = KG.forTask
SUPPORTING_PAPERS = KG.supportingPapers
BEST = KG.best
BOARD_RANK = KG.boardRank
DATASET_WORD = KG.datasetWord
METRIC_WORD = KG.metricWord
BETTER_VALUES: tuple[str, ...] = ("higher", "lower")
QUANTITY_KINDS: tuple[str, ...] = ("score", "change", "amount", "comparison")
DIRECTIONS: tuple[str, ...] = ("improve", "increase", "decrease")
IMPROVEMENTS: tuple[str, ...] = ("relative", "absolute", "factor")
