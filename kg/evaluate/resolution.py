"""Pairwise precision and recall of entity-resolution merges against a hand-written gold table.

Each row of the gold table (``tests/data/gold_aliases.tsv``) becomes one mention in a paper of
its own, typed as the table says, with the long form the corpus gives where the row is an
acronym definition. All of them go through the real :class:`kg.resolve.resolver.Resolver`; then every
pair of rows is a "same node" decision, scored against the table's entity column.

``scripts/eval_resolution.py`` runs it from the command line; ``--corpus`` also checks that every surface form occurs in the given text files. ``--graph``
scores a graph built by ``kg build`` instead (extraction and resolution together): a gold form
is looked up among the entities' ``skos:prefLabel``/``skos:altLabel``; forms the extractor did
not find are counted and left out of the pairs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from rapidfuzz.fuzz import ratio

from kg.records import Extraction, Mention, Paper
from kg.resolve import Resolver, match_key

LOOK_ALIKE = 80.0
"""A negative pair is a look-alike when one key contains the other or their ratio is at least this."""


@dataclass(frozen=True)
class GoldRow:
    form: str
    entity: str
    type: str
    long_form: str | None


@dataclass
class Scores:
    rows: int
    entities: int
    positive_pairs: int
    negative_pairs: int
    look_alike_pairs: int
    precision: float
    recall: float
    f1: float
    missed: list[tuple[GoldRow, GoldRow]]  # same gold entity, different nodes
    wrong: list[tuple[GoldRow, GoldRow]]  # different gold entities, one node
    look_alike_wrong: int


def read_gold(path: str | Path) -> list[GoldRow]:
    """The rows of a gold table: ``surface_form, entity, type, long_form``; ``#`` lines are comments."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("surface_form\t"):
            continue
        form, entity, kind, *rest = line.split("\t")
        rows.append(GoldRow(form, entity, kind, (rest[0] if rest else "") or None))
    return rows


def predict(rows: list[GoldRow]) -> list[str]:
    """The entity id the resolver gives each row, every row a mention in its own paper."""
    extractions = [
        Extraction(Paper(f"gold:{n}", "", ""),
                   entities=[Mention(0, len(r.form), r.form, r.type, "abstract", 0.9, "gold", r.long_form)])
        for n, r in enumerate(rows)
    ]
    resolver = Resolver()
    for ex in extractions:
        resolver.add(ex)
    table = resolver.finish()
    return [table.entity_of(ex.entities[0]) for ex in extractions]


def from_graph(rows: list[GoldRow], directory: str | Path) -> tuple[list[GoldRow], list[str], list[str]]:
    """The gold rows found as an entity label in a built graph, their entities, and the forms not found."""
    from rdflib import Graph

    from kg.resolve import label_form
    from kg.schema import ALT_LABEL, PREF_LABEL

    rdf = Graph().parse(Path(directory) / "graph.ttl")
    owners: dict[str, set[str]] = defaultdict(set)
    for prop in (PREF_LABEL, ALT_LABEL):
        for entity, label in rdf.subject_objects(prop):
            owners[str(label)].add(str(entity))
    found, predicted, absent = [], [], []
    for row in {r.form: r for r in rows}.values():
        entities = owners.get(row.form) or owners.get(label_form(row.form))
        if entities:
            found.append(row)
            predicted.append(min(entities))
        else:
            absent.append(row.form)
    return found, predicted, absent


def score(rows: list[GoldRow], predicted: list[str]) -> Scores:
    tp = fp = fn = negatives = look_alikes = look_alike_wrong = 0
    missed, wrong = [], []
    for (a, pa), (b, pb) in combinations(zip(rows, predicted), 2):
        same_gold, same_pred = a.entity == b.entity, pa == pb
        if same_gold:
            tp += same_pred
            if not same_pred:
                fn += 1
                missed.append((a, b))
            continue
        negatives += 1
        ka, kb = match_key(a.form), match_key(b.form)
        look_alike = ka in kb or kb in ka or ratio(ka, kb) >= LOOK_ALIKE
        look_alikes += look_alike
        if same_pred:
            fp += 1
            wrong.append((a, b))
            look_alike_wrong += look_alike
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(len(rows), len({r.entity for r in rows}), tp + fn, negatives, look_alikes, precision, recall, f1,
                  missed, wrong, look_alike_wrong)


def missing_from(rows: list[GoldRow], corpus: list[Path]) -> list[str]:
    """Surface forms (and long forms) of the table that no corpus file contains."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in corpus)
    forms = {r.form for r in rows} | {r.long_form for r in rows if r.long_form}
    return sorted(f for f in forms if f not in text and f.lower() not in text.lower())


def report(s: Scores) -> str:
    lines = [
        f"gold rows {s.rows}, entities {s.entities}; pairs: {s.positive_pairs} same-entity, "
        f"{s.negative_pairs} different-entity ({s.look_alike_pairs} look-alikes)",
        f"precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}",
        f"wrong merges: {len(s.wrong)} pairs ({s.look_alike_wrong} of them look-alikes)",
    ]
    lines += [f"  {a.form!r} ({a.entity}) ~ {b.form!r} ({b.entity})" for a, b in s.wrong]
    lines.append(f"missed merges: {len(s.missed)} pairs")
    by_entity = defaultdict(list)
    for a, b in s.missed:
        by_entity[a.entity].append(f"{a.form!r} / {b.form!r}")
    lines += [f"  {entity}: " + ", ".join(pairs) for entity, pairs in sorted(by_entity.items())]
    return "\n".join(lines)
