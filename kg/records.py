"""Plain records passed between the stages: ingest → extraction → graph.

Every stage takes and returns these dataclasses (or their ``to_dict`` forms), never
spaCy or rdflib objects, so each stage can be tested and replaced on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def to_dict(self) -> dict:
        return {**_fields(self), "authors": list(self.authors), "sources": [_fields(s) for s in self.sources]}


@dataclass(frozen=True, slots=True)
class RecordError:
    """A record that could not be read: which file, which record, and what is wrong."""

    path: str
    position: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.position is None else f"{self.path}, record {self.position}"
        return f"{where}: {self.message}"


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
    values: list[dict] = field(default_factory=list)  # parsed quantities: metric, value, unit, ...


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
                    "values": c.values,
                }
                for c in self.claims
            ],
            "relations": [
                {"head": r.head, "tail": r.tail, "type": r.type, "score": round(r.score, 4)}
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
            "claims": [{**_fields(c), "entities": list(c.entities), "values": [dict(v) for v in c.values]}
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
            claims=[Claim(**c) for c in data["claims"]],
            relations=[Relation(**r) for r in data["relations"]],
        )


def _fields(record) -> dict:
    """The fields of a slotted record, in declaration order."""
    return {name: getattr(record, name) for name in record.__slots__}
