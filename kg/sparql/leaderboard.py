"""Leaderboards from a graph: the results papers state, ranked per dataset and metric.

Results are the graph's ``kg:Result`` nodes of kind ``score`` that name both a dataset and a
metric (by their leaderboard names, so spelling variants share a board). Each board is ranked
by value, highest first, or lowest first where the metric says lower is better.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass

import pyoxigraph as ox

from kg.sparql.query import execute, solution_rows, table_cell

RESULTS_QUERY = """
PREFIX kg: <https://w3id.org/paper-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?dataset ?metric ?value ?unit ?better ?split ?system ?paper ?title ?text ?inferred WHERE {
  ?result a kg:Result ; kg:quantityKind "score" ; kg:value ?value ; kg:quantityText ?text ;
          kg:leaderboardDataset ?dataset ; kg:leaderboardMetric ?metric .
  ?claim kg:hasQuantity ?result .
  ?paper kg:states ?claim .
  OPTIONAL { ?paper dcterms:title ?title }
  OPTIONAL { ?result kg:unit ?unit }
  OPTIONAL { ?result kg:better ?better }
  OPTIONAL { ?result kg:split ?split }
  OPTIONAL { ?result kg:system/skos:prefLabel ?systemLabel }
  OPTIONAL { ?result kg:systemName ?systemName }
  OPTIONAL { SELECT ?result (GROUP_CONCAT(?field; separator=",") AS ?inferred)
             WHERE { ?result kg:inferred ?field } GROUP BY ?result }
  BIND (COALESCE(?systemLabel, ?systemName) AS ?system)
}
"""
COLUMNS = ("rank", "dataset", "metric", "value", "unit", "system", "split", "paper", "title", "text", "inferred")


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of a leaderboard."""

    rank: int
    dataset: str
    metric: str
    value: float
    unit: str | None
    system: str | None
    split: str | None
    paper: str
    title: str | None
    text: str
    inferred: str | None


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def leaderboard(store: ox.Store, dataset: str | None = None, metric: str | None = None,
                with_inferred: bool = False) -> list[Entry]:
    """Every board (or those whose dataset / metric name contains ``dataset`` / ``metric``), ranked.

    A result whose dataset or metric was not named in its own sentence but inferred from the rest
    of the abstract (``kg:inferred``) is left out unless ``with_inferred``: on the real corpus such
    rows filled the ImageNet board with medical and remote-sensing accuracies of models that were
    only pre-trained on ImageNet.
    """
    boards: dict[tuple[str, str], list[dict]] = {}
    for row in solution_rows(execute(store, RESULTS_QUERY)):
        if not with_inferred and {"dataset", "metric"} & set((row["inferred"] or "").split(",")):
            continue
        if dataset and _key(dataset) not in _key(row["dataset"]):
            continue
        if metric and _key(metric) not in _key(row["metric"]):
            continue
        boards.setdefault((row["dataset"], row["metric"]), []).append(row)
    entries: list[Entry] = []
    for (board_dataset, board_metric), rows in sorted(boards.items(), key=lambda kv: (kv[0][0].lower(), kv[0][1].lower())):
        lower = any(r["better"] == "lower" for r in rows)
        rows.sort(key=lambda r: (float(r["value"]) if lower else -float(r["value"]), r["paper"], r["text"]))
        rank, previous = 0, None
        for position, row in enumerate(rows, 1):
            value = float(row["value"])
            if value != previous:
                rank, previous = position, value
            entries.append(Entry(rank, board_dataset, board_metric, value, row["unit"], row["system"], row["split"],
                                 row["paper"], row["title"], row["text"], row["inferred"]))
    return entries


def format_entries(entries: list[Entry], fmt: str = "table") -> str:
    """A leaderboard as a text table (one block per board), CSV or JSON."""
    if fmt == "json":
        return json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for e in entries:
            writer.writerow(["" if v is None else v for v in (getattr(e, c) for c in COLUMNS)])
        return out.getvalue().rstrip("\n")
    if not entries:
        return "(no results)"
    lines: list[str] = []
    board = None
    for e in entries:
        if (e.dataset, e.metric) != board:
            board = (e.dataset, e.metric)
            lines += ([""] if lines else []) + [f"{table_cell(e.dataset, 80)} — {table_cell(e.metric, 60)}"]
        value = f"{e.value:g}{e.unit or ''}" if e.unit in ("%", None) else f"{e.value:g} {e.unit}"
        who = e.system or "(unnamed)"
        split = f" [{e.split}]" if e.split else ""
        note = f"  (inferred: {e.inferred})" if e.inferred else ""
        lines.append(f"{e.rank:>4}. {value:>10}  {table_cell(who, 28):28}  {table_cell(e.title or e.paper, 70)}"
                     f"{split}{note}")
    return "\n".join(lines)
