"""Write ``kg/data/pwc_names.tsv``: Papers with Code names, types and slugs for typing and linking.

Reads the lists in ``../shared/knowledge`` (CC BY-SA 4.0, Papers with Code) and keeps, one row per
surface form, ``type<TAB>slug<TAB>name``: methods (name and full name; slug from the dump's URL),
datasets (name and variants), tasks (the 2025 task list and the 2020 evaluation tables) and metric
names of the evaluation tables (typing only: Papers with Code has no metric pages, so their slug is
empty). Dataset and task slugs follow Papers with Code's rule (lower case, other characters runs
become "-"). Names that cannot name anything (one character, no letter, cut-off task names) are
dropped. The written file carries the attribution in ``kg/data/NOTICE``.

    python scripts/build_pwc_lists.py --knowledge ../shared/knowledge
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

from kg.extract.rules.lexicon import HEAD_TYPES

ROOT = Path(__file__).resolve().parents[1]

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    return _SLUG.sub("-", name.lower()).strip("-")


def usable(name: str) -> bool:
    name = name.strip()
    return 2 <= len(name) <= 80 and any(c.isalpha() for c in name) and "\t" not in name


def rows(knowledge: Path) -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for method in json.load(gzip.open(knowledge / "pwc-methods-2022.json.gz")):
        key = method["url"].rstrip("/").rsplit("/", 1)[-1]
        for name in {method["name"], method.get("full_name") or ""}:
            if usable(name):
                out.add(("Method", key, name.strip()))
    with gzip.open(knowledge / "pwc-datasets-datafinder.jsonl.gz", "rt", encoding="utf8") as f:
        for line in f:
            record = json.loads(line)
            for name in {record["id"], *record.get("variants", [])}:
                if usable(name):
                    out.add(("Dataset", slug(record["id"]), name.strip()))
    tables = json.load(gzip.open(knowledge / "pwc-evaluation-tables-2020.json.gz"))
    task_names = {line.strip().strip('"') for line in (knowledge / "pwc-tasks-2025.txt").read_text().splitlines()}

    metrics: set[str] = set()
    models: set[str] = set()

    def walk(task: dict) -> None:
        task_names.add(task["task"])
        for row in (r for d in task.get("datasets", []) for r in d.get("sota", {}).get("rows", [])):
            models.add((row.get("model_name") or "").strip())
            metrics.update(metric.strip() for metric in row.get("metrics", {}) if usable(metric))
        for sub in task.get("subtasks", []):
            walk(sub)

    for task in tables:
        walk(task)
    # A column a table names after a model that other tables rank ("CNN", "DF") is no metric; a measure's own word
    # that a row misnames a model stays ("Accuracy").
    out.update(("Metric", "", metric) for metric in metrics
               if metric not in models or HEAD_TYPES.get(metric.lower()) == "Metric")
    known = {n.lower() for n in task_names}
    for name in task_names:
        # The 2025 list cuts some names at 20 characters ("1 Image, 2*2 Stitchi"): drop a name
        # that is a strict prefix of another.
        if usable(name) and not (len(name) == 20 and any(k.startswith(name.lower()) and k != name.lower() for k in known)):
            out.add(("Task", slug(name), name.strip()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--knowledge", type=Path, default=ROOT.parent / "shared" / "knowledge")
    parser.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "pwc_names.tsv")
    args = parser.parse_args()
    table = sorted(rows(args.knowledge))
    args.out.write_text("".join(f"{t}\t{s}\t{n}\n" for t, s, n in table), encoding="utf8")
    print(f"{len(table)} names -> {args.out} ({args.out.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
