"""Train the packaged sentence-role CRF on CSAbstruct and score it on dev.

Rebuilds ``kg/models/roles/`` (``model.crfsuite`` + ``meta.json``) from CSAbstruct ``train.jsonl``;
CRFsuite's L-BFGS training is deterministic, so the same data and options give the same model.
Prints dev accuracy, macro-F1 and per-role P/R/F1, on all dev sentences and on those whose
annotators agreed more (confidence >= 0.7; CSAbstruct's test labels are of that quality).
Run from the repository root (about 15 s on one core)::

    .venv/bin/python scripts/train_roles.py
    .venv/bin/python scripts/train_roles.py --data ../shared/data/csabstruct --out kg/models/roles
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click
import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kg.sentence_roles import (  # noqa: E402
    MODEL_DIR, MODEL_FILE, SentenceRoleClassifier, abstract_features, format_scores, read_csabstruct,
    role_scores)


def train(abstracts: list[dict], out: Path, c1: float, c2: float, max_iterations: int) -> None:
    """Fit the CRF on ``abstracts`` and write ``out/model.crfsuite``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for abstract in abstracts:
        trainer.append(abstract_features(abstract["sentences"]), abstract["labels"])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    out.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out / MODEL_FILE))


def evaluate(clf: SentenceRoleClassifier, abstracts: list[dict], min_conf: float = 0.0) -> dict:
    """Scores of ``clf`` on the sentences whose annotation confidence is at least ``min_conf``."""
    predicted = clf.predict([a["sentences"] for a in abstracts])
    gold, pred = [], []
    for abstract, roles in zip(abstracts, predicted):
        for label, conf, (role, _) in zip(abstract["labels"], abstract["confs"], roles):
            if conf >= min_conf:
                gold.append(label)
                pred.append(role)
    return role_scores(gold, pred)


@click.command()
@click.option("--data", default="../shared/data/csabstruct", show_default=True,
              type=click.Path(exists=True, file_okay=False), help="Folder with CSAbstruct train/dev .jsonl.")
@click.option("--out", default=str(MODEL_DIR), show_default=True, type=click.Path(file_okay=False),
              help="Model folder to write.")
@click.option("--c1", default=0.2, show_default=True, help="L1 penalty (also keeps the model small).")
@click.option("--c2", default=0.1, show_default=True, help="L2 penalty.")
@click.option("--max-iterations", default=150, show_default=True)
def main(data: str, out: str, c1: float, c2: float, max_iterations: int) -> None:
    train_set = read_csabstruct(Path(data) / "train.jsonl")
    dev_set = read_csabstruct(Path(data) / "dev.jsonl")
    out_dir = Path(out)
    start = time.perf_counter()
    train(train_set, out_dir, c1, c2, max_iterations)
    seconds = time.perf_counter() - start
    clf = SentenceRoleClassifier.load(out_dir)
    dev_all = evaluate(clf, dev_set)
    dev_confident = evaluate(clf, dev_set, min_conf=0.7)
    print(f"trained on {len(train_set)} abstracts in {seconds:.1f} s")
    print("== dev, all sentences")
    print(format_scores(dev_all))
    print("== dev, sentences with annotator confidence >= 0.7")
    print(format_scores(dev_confident))
    meta = {
        "model": "linear-chain CRF (CRFsuite, L-BFGS)",
        "params": {"c1": c1, "c2": c2, "max_iterations": max_iterations},
        "trained_on": f"CSAbstruct train ({len(train_set)} abstracts)",
        "dev": {"accuracy": round(dev_all["accuracy"], 4), "macro_f1": round(dev_all["macro_f1"], 4),
                "result_f1": round(dev_all["per_role"]["result"]["f1"], 4)},
        "dev_conf_ge_0.7": {"accuracy": round(dev_confident["accuracy"], 4),
                            "macro_f1": round(dev_confident["macro_f1"], 4),
                            "result_f1": round(dev_confident["per_role"]["result"]["f1"], 4)},
    }
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
