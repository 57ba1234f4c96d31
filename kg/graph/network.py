"""The typed graph: papers, resolved entities and claims in a networkx MultiDiGraph.

Node ids are ``paper/<slug>``, ``entity/<slug>`` and ``claim/<slug>``; every node has a
``type`` (a :data:`kg.schema.NODE_TYPES` name) and a ``label``. Every edge has a ``type``
(an :data:`kg.schema.EDGE_TYPES` name) and its provenance: the paper, the field and
sentence span it was read from, the extractor and a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import networkx as nx

from kg.records import Extraction, Mention, Quantity
from kg.resolve import Entity, Resolver, slug
from kg.schema import CLAIM, DATASET, EDGE_TYPES, METHOD, METRIC, MODEL, NODE_TYPES, PAPER, SYSTEMS, TASK


def paper_node(paper_id: str) -> str:
    return f"paper/{slug(paper_id, separators=':/_')}"


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """The graph of a set of extractions (entities resolved across all of them)."""
    extractions = list(extractions)
    resolver = Resolver()
    for ex in extractions:
        resolver.add(ex)
    table = resolver.finish()
    graph = nx.MultiDiGraph()
    add_entities(graph, table.entities.values(), table.variants)
    types = {entity.id: entity.type for entity in table.entities.values()}
    for ex, ids in zip(extractions, table.paper_entity_ids(extractions)):
        add_paper(graph, ex, ids, types)
    return graph


def add_entities(graph: nx.MultiDiGraph, entities: Iterable[Entity], variants: Iterable[tuple[str, str]]) -> None:
    """Entity nodes, and variantOf edges from versioned or sized names to their family.

    A variantOf edge is read from the names themselves, not from a sentence, so it has no
    paper: its extractor is ``resolver``.
    """
    for entity in entities:
        graph.add_node(
            entity.id,
            type=entity.type,
            label=entity.label,
            aliases=entity.aliases,
            type_votes=entity.type_votes,
            mentions=entity.mentions,
            papers=entity.papers,
            **({"link": entity.link} if entity.link else {}),
        )
    for variant, family in variants:
        graph.add_edge(variant, family, key="variantOf", type="variantOf", paper=None, extractor="resolver",
                       confidence=1.0)


def _first_words(text: str, limit: int = 80) -> str:
    """The label of a paper without a title: the start of its abstract, cut at a word."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def add_paper(graph: nx.MultiDiGraph, ex: Extraction, entity_of: list[str | None],
              entity_type: Mapping[str, str]) -> None:
    """A paper node, its claims, and its edges to the entities ``entity_of`` names per mention.

    ``entity_type`` gives each entity's resolved type: a relation whose ends were resolved to
    types its schema does not allow (a mention typed Dataset in this paper, Model overall) is
    left out, so every edge keeps to the schema.
    """
    paper = ex.paper
    pid = paper_node(paper.id)
    graph.add_node(
        pid,
        type=PAPER,
        label=paper.title or _first_words(paper.abstract),
        key=paper.id,
        title=paper.title,
        abstract=paper.abstract,
        date=paper.date,
        arxiv_id=paper.arxiv_id,
        doi=paper.doi,
        url=paper.url or (f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else None),
        authors=list(paper.authors),
        sources=[f"{s.path}#{s.position}" for s in paper.sources],
        sentences=[{"start": s.start, "end": s.end, "role": s.role} for s in ex.sentences],
    )

    def sentence_of(m: Mention) -> int | None:
        if m.field == "title":
            return None
        return next((i for i, s in enumerate(ex.sentences) if s.start <= m.start < s.end), None)

    seen: set[tuple] = set()
    written: dict[str, list[str]] = {}  # an entity's spellings in this paper ("MLA" and its long form)
    for i, m in enumerate(ex.entities):
        kind = "proposes" if m.proposed else "mentions"
        target = entity_of[i]
        if target is None:  # a mention that is no graph entity
            continue
        written.setdefault(target, []).append(m.text)
        if kind == "mentions" and (pid, target, "proposes") in seen:
            continue
        _add_edge(graph, seen, pid, target, kind, pid, m.field, sentence_of(m), ex, m.extractor, m.score, m)
    for r in ex.relations:
        head = ex.entities[r.head]
        field = head.field
        u, v = entity_of[r.head], entity_of[r.tail]
        if u is None or v is None or u == v:
            continue
        kind = _resolved_type(r.type, entity_type[u], entity_type[v], written[u], written[v])
        spec = EDGE_TYPES.get(kind) if kind else None
        if spec is None or entity_type[u] not in spec.domain or entity_type[v] not in spec.range:
            continue
        where = {k: v for k, v in (("dataset", r.dataset), ("metric", r.metric)) if v is not None}
        _add_edge(graph, seen, u, v, kind, pid, field, r.sentence, ex, r.extractor, r.score, None, where)
    for n, claim in enumerate(ex.claims):
        sentence = next((i for i, s in enumerate(ex.sentences) if s.start == claim.start), None)
        cid = f"claim/{pid.removeprefix('paper/')}-{n + 1}"
        graph.add_node(
            cid,
            type=CLAIM,
            label=claim.text if len(claim.text) <= 80 else claim.text[:77] + "...",
            text=claim.text,
            kind=claim.kind,
            # each value with the graph nodes of the entities it refers to (metric, dataset, compared-to),
            # kept only where the resolved entity has the type the RDF shapes expect
            values=[_value_data(value, entity_of, entity_type) for value in claim.values],
            paper=pid,
            start=claim.start,
            end=claim.end,
        )
        _add_edge(graph, seen, pid, cid, "states", pid, "abstract", sentence, ex, claim.extractor, claim.score, None)
        for i in claim.entities:
            if entity_of[i] is None:
                continue
            _add_edge(graph, seen, cid, entity_of[i], "about", pid, "abstract", sentence, ex, claim.extractor,
                      claim.score, None)


def _resolved_type(relation: str, head_type: str, tail_type: str, head_texts: Iterable[str] = (),
                   tail_texts: Iterable[str] = ()) -> str | None:
    """The edge a relation becomes between entities of the resolved types: ``isA`` holds between two systems
    (Method and Model are one kind, split two ways) or two things of one type; a system or data set that "is
    a" task addresses it ("MIGA, a video generation framework"); other ``isA`` ("HalluScore isA question
    answering") are left out, and so is a model that "is a" technique or a technique that "is a" model
    (:func:`names_a_technique`, of any of the Method end's spellings in the paper: "BERT isA contrastive
    learning", "fine-tuning isA large language model", "LLaMA isA MLA" where MLA is Multi-head Latent Attention)."""
    if relation == "isA" and {head_type, tail_type} == {METHOD, MODEL}:
        method_texts = tail_texts if head_type == MODEL else head_texts
        return None if any(names_a_technique(text) for text in method_texts) else relation
    if relation != "isA" or head_type == tail_type or head_type in SYSTEMS and tail_type in SYSTEMS:
        return relation
    return "addresses" if tail_type == TASK and head_type in (*SYSTEMS, DATASET) else None


# The last word of a way of doing something rather than a thing that does it: a model is trained with,
# built from or run by one ("contrastive learning", "Multi-head Latent Attention", "zero RL training").
_TECHNIQUE_HEAD = re.compile(r"[a-z]+ings?|attention|optimi[sz]ation|distillation|regulari[sz]ation|"
                             r"rl|search|alignment|augmentation|quantization")  # of lower-cased words
_FIELDS = frozenset({("deep", "learning"), ("machine", "learning")})  # fields, whose models are kinds of them


def names_a_technique(text: str) -> bool:
    """Whether a mention's last word names a technique (a word with a digit is a version's name; deep and
    machine learning are fields, and a model is one of their models).

    >>> names_a_technique("contrastive learning"), names_a_technique("Multi-head Latent Attention")
    (True, True)
    >>> names_a_technique("LLM-driven copilot"), names_a_technique("GLM-4.1V-Thinking")
    (False, False)
    >>> names_a_technique("deep learning"), names_a_technique("reinforcement learning")
    (False, True)
    """
    words = text.lower().split()
    return bool(words) and not any(c.isdigit() for c in words[-1]) and tuple(words[-2:]) not in _FIELDS \
        and _TECHNIQUE_HEAD.fullmatch(words[-1].split("-")[-1]) is not None


# The graph node types a quantity's entity references must resolve to (what the RDF shapes expect).
_REFERENCES = (("metric", (METRIC,)), ("dataset", (DATASET,)), ("compared", SYSTEMS), ("system", SYSTEMS))


def _value_data(value: Quantity, entity_of: list[str | None], entity_type: Mapping[str, str]) -> dict:
    """A claim value as plain node data, with the graph nodes of the entities it refers to.

    ``metric_node``, ``dataset_node``, ``compared_node`` and ``system_node`` are kept only where the
    resolved entity has the type the RDF shapes expect; ``result`` is True for a result (a score or
    change on a named metric or dataset, :attr:`kg.records.Quantity.is_result`).
    """
    data = value.to_dict()
    if value.is_result:
        data["result"] = True
    for role, allowed in _REFERENCES:
        index = data.get(f"{role}_entity")
        if index is not None and entity_of[index] is not None and entity_type[entity_of[index]] in allowed:
            data[f"{role}_node"] = entity_of[index]
    return data


def _add_edge(graph, seen, u, v, kind, pid, field, sentence, ex, extractor, score, mention,
              where: dict | None = None) -> None:
    """One edge per (source, target, type, paper, sentence); the most confident evidence wins."""
    assert kind in EDGE_TYPES, kind
    key = (u, v, kind, pid, field, sentence)
    if key in seen:
        data = graph.edges[u, v, "|".join(map(str, key[2:]))]
        if score <= data["confidence"]:
            return
    seen.add(key)
    seen.add((u, v, kind))
    if field == "title":
        span = (0, len(ex.paper.title))
    elif sentence is not None:
        span = (ex.sentences[sentence].start, ex.sentences[sentence].end)
    else:
        span = (0, len(ex.paper.abstract))
    graph.add_edge(
        u,
        v,
        key="|".join(map(str, key[2:])),
        type=kind,
        paper=pid,
        field=field,
        sentence=sentence,
        sentence_start=span[0],
        sentence_end=span[1],
        start=mention.start if mention else None,
        end=mention.end if mention else None,
        text=mention.text if mention else None,
        extractor=extractor,
        confidence=round(score, 4),
        **(where or {}),  # outperforms: the dataset and metric it holds on, as its sentence names them
    )


def counts(graph: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Nodes by type and edges by type, every schema type listed (zero where absent).

    Nodes without a type (entities only referenced by a partial graph) are not counted.
    """
    nodes = {name: 0 for name in NODE_TYPES}
    for _, kind in graph.nodes(data="type"):
        if kind is not None:
            nodes[kind] += 1
    edges = {name: 0 for name in EDGE_TYPES}
    for _, _, kind in graph.edges(data="type"):
        edges[kind] += 1
    return {"nodes": nodes, "edges": edges}


def sentence_text(graph: nx.MultiDiGraph, edge: dict) -> str:
    """The sentence (or title) an edge was read from."""
    paper = graph.nodes[edge["paper"]]
    source = paper["title"] if edge["field"] == "title" else paper["abstract"]
    return source[edge["sentence_start"] : edge["sentence_end"]]
