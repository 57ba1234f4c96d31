"""Plain records passed between the stages: ingest → extraction → graph.

Every stage takes and returns these dataclasses (or their ``to_dict`` forms), never
spaCy or rdflib objects, so each stage can be tested and replaced on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import safe_text


@dataclass(frozen=True, slots=True)
class Source:
    """Where a paper record was read from: a file and the record's 1-based position in it."""

    path: str
    position: int
    format: str


@dataclass(slots=True)
class Paper:
    """One paper as read from any input format.

    ``id`` is the stable key used everywhere downstream: ``arxiv:<id>`` when an arXiv id is
    known (version suffix dropped), else ``doi:<doi>`` (lower-cased), else ``title:<hash>``
    of the normalised title.
    """

    id: str
    title: str
    abstract: str
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    arxiv_id: str | None = None
    doi: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    record_id: str | None = None  # the record's own id in its source (e.g. a JSONL "id"), as given
    # The title and abstract as the record wrote them, where cleaning changed them and the reader was asked to keep
    # them (``kg extract``, whose offsets index these): None otherwise.
    source_title: str | None = None
    source_abstract: str | None = None

    def to_dict(self) -> dict:
        return {**_fields(self), "authors": list(self.authors), "sources": [_fields(s) for s in self.sources]}


@dataclass(frozen=True, slots=True)
class RecordError:
    """A record that could not be read: which file, which record, and what is wrong."""

    path: str
    position: int | None
    message: str

    def __str__(self) -> str:
        """One line naming the file and record; control characters escaped, the message cut short."""
        where = safe_text(self.path) if self.position is None else f"{safe_text(self.path)}, record {self.position}"
        return f"{where}: {safe_text(self.message)}"


@dataclass(slots=True)
class Sentence:
    """A sentence of the abstract: character offsets into ``Paper.abstract`` and its role."""

    start: int
    end: int
    role: str | None = None  # background | objective | method | result | other


@dataclass(slots=True)
class Mention:
    """An entity mention: a typed character span in the title or the abstract."""

    start: int
    end: int
    text: str
    type: str  # one of kg.schema.ENTITY_TYPES
    field: str  # "title" or "abstract"
    score: float
    extractor: str  # which component found it, e.g. "ner", "gazetteer", "acronym"
    long_form: str | None = None  # for an acronym, the long form it abbreviates
    proposed: bool = False  # introduced by this paper (title name, "we propose X")
    graph: bool = True  # kept as a graph entity (kg.extract.entities decides); False: a mention only


@dataclass(slots=True)
class Relation:
    """A typed link between two mentions (indices into ``Extraction.entities``)."""

    head: int
    tail: int
    type: str  # one of kg.schema.RELATION_TYPES
    score: float
    extractor: str
    sentence: int | None = None  # index into Extraction.sentences
    dataset: str | None = None  # for outperforms: the dataset it holds on, when stated
    metric: str | None = None  # for outperforms: the metric it holds by, when stated


@dataclass(slots=True)
class Quantity:
    """A value a claim states, and for a result what it measures: who, on what, by which metric.

    ``kind`` is ``score`` (a level reached: "91.5% accuracy"), ``change`` (an improvement or
    difference: "improves FID by 15%", "10x faster"), ``amount`` (a size: "26B parameters") or
    ``comparison`` (no number: "outperforms Transformers of the same size"). Offsets index the
    abstract; ``*_entity`` fields index ``Extraction.entities`` where a mention names the thing.
    """

    value: float | None  # None for a comparison stated without a number
    unit: str | None  # %, x, points, K/M/B/T, ms, tokens/s, dB ... or None
    text: str
    start: int
    end: int
    kind: str  # one of kg.schema.QUANTITY_KINDS
    upper: float | None = None  # the upper bound of a range ("12-15%")
    error: float | None = None  # the stated spread ("85.2 ± 0.3")
    qualifier: str | None = None  # "up to", "over", "about" ...
    measure: str | None = None  # what is counted or changed: "parameters", "inference"
    direction: str | None = None  # of a change: one of kg.schema.DIRECTIONS
    improvement: str | None = None  # of a change: one of kg.schema.IMPROVEMENTS
    from_value: float | None = None  # "from 49.6% to 93.7%"
    metric: str | None = None  # the metric as the sentence names it
    metric_entity: int | None = None
    dataset: str | None = None  # the dataset as the sentence names it
    dataset_entity: int | None = None
    split: str | None = None  # test, val, dev, test-dev ... when stated
    system: str | None = None  # who reaches the value: the paper's proposal or a named model
    system_entity: int | None = None
    compared_to: str | None = None  # the system compared with
    compared_entity: int | None = None
    compared_value: float | None = None  # the other system's value, when stated
    delta: float | None = None  # value minus compared_value, or the stated margin of a change
    better: str | None = None  # "higher" or "lower": which is better for the metric
    leaderboard_metric: str | None = None  # the metric's leaderboard name ("Top 1 Accuracy")
    leaderboard_dataset: str | None = None  # the dataset's leaderboard name, split taken off
    inferred: tuple[str, ...] = ()  # fields read from outside the sentence ("dataset", "metric")

    @property
    def is_result(self) -> bool:
        """A level reached or a change, with a number and the metric or dataset it holds for."""
        return self.kind in ("score", "change") and self.value is not None and bool(
            self.metric or self.leaderboard_metric or self.dataset)

    def to_dict(self) -> dict:
        """The fields that are set, as JSON-ready data (``value`` and ``unit`` always)."""
        out = {}
        for name in self.__slots__:
            value = getattr(self, name)
            if name in ("value", "unit") or (value is not None and value != ()):
                out[name] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Quantity:
        data = dict(data)
        if "inferred" in data:
            data["inferred"] = tuple(data["inferred"])
        return cls(**data)


@dataclass(slots=True)
class Claim:
    """A finding or contribution stated by the paper, with its sentence span."""

    start: int
    end: int
    text: str
    kind: str  # result | contribution | comparison | limitation
    score: float
    extractor: str
    entities: list[int] = field(default_factory=list)  # indices into Extraction.entities
    values: list[Quantity] = field(default_factory=list)  # the quantities and results it states


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one paper; ``to_dict`` is the ``kg extract`` line."""

    paper: Paper
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The extraction contract: one JSON object per paper."""
        return {
            "id": self.paper.record_id or self.paper.id,
            "entities": [
                {
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "type": m.type,
                    "field": m.field,
                    "score": round(m.score, 4),
                    "graph_entity": m.graph,
                    **({"long_form": m.long_form} if m.long_form else {}),
                }
                for m in self.entities
            ],
            "sentences": [{"start": s.start, "end": s.end, "role": s.role} for s in self.sentences],
            "claims": [
                {
                    "start": c.start,
                    "end": c.end,
                    "text": c.text,
                    "kind": c.kind,
                    "score": round(c.score, 4),
                    "entities": c.entities,
                    "values": [q.to_dict() for q in c.values],
                }
                for c in self.claims
            ],
            "relations": [
                {"head": r.head, "tail": r.tail, "type": r.type, "score": round(r.score, 4),
                 **{k: v for k, v in (("dataset", r.dataset), ("metric", r.metric)) if v is not None}}
                for r in self.relations
            ],
        }

    def to_record(self) -> dict:
        """Every field, as plain JSON-ready data (the extraction cache stores this).

        The same as ``dataclasses.asdict``, which deep-copies field by field and costs more
        than extracting an abstract's relations.
        """
        paper = _fields(self.paper)
        paper["authors"] = list(self.paper.authors)
        paper["sources"] = [_fields(s) for s in self.paper.sources]
        return {
            "paper": paper,
            "sentences": [_fields(s) for s in self.sentences],
            "entities": [_fields(m) for m in self.entities],
            "claims": [{**_fields(c), "entities": list(c.entities), "values": [_fields(q) for q in c.values]}
                       for c in self.claims],
            "relations": [_fields(r) for r in self.relations],
        }

    @classmethod
    def from_record(cls, data: dict) -> Extraction:
        """The inverse of :meth:`to_record`."""
        paper = dict(data["paper"])
        paper["sources"] = [Source(**s) for s in paper.get("sources", [])]
        return cls(
            paper=Paper(**paper),
            sentences=[Sentence(**s) for s in data["sentences"]],
            entities=[Mention(**m) for m in data["entities"]],
            claims=[Claim(**{**c, "values": [Quantity.from_dict(q) for q in c["values"]]}) for c in data["claims"]],
            relations=[Relation(**r) for r in data["relations"]],
        )


def _fields(record) -> dict:
    """The fields of a slotted record, in declaration order."""
    return {name: getattr(record, name) for name in record.__slots__}
