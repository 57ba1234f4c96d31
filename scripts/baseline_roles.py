"""Reference baselines for sentence roles: spaCy's bag-of-words text classifier on single sentences.

Two variants are trained on CSAbstruct ``train.jsonl`` and scored on ``dev.jsonl``:

* ``bow``: the sentence text alone;
* ``bow+pos``: the same with a relative-position token in front: ``relposK`` with
  ``K = floor(10 * index / n_sentences)`` (an absolute index token, ``sentpos0`` … ``sentpos9``,
  scored about 0.02 lower in macro-F1 on dev).

Each trains for a few epochs with a fixed seed; the epoch with the best dev macro-F1 is reported,
as ``spacy train`` would select it, on all dev sentences and on those with annotator confidence >= 0.7. Run from the repository root::

    .venv/bin/python scripts/baseline_roles.py            # both variants, ~1 minute each
    .venv/bin/python scripts/baseline_roles.py --data ../shared/data/csabstruct --epochs 10
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import click
import spacy
from spacy.training import Example
from spacy.util import minibatch

from kg.extract.roles import ROLES, format_scores, read_csabstruct, role_scores

BOW = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 1,
       "no_output_layer": False, "length": 262144}


def sentence_texts(abstracts: list[dict], position: bool) -> list[tuple[str, str, float]]:
    """(text, label, confidence) per sentence; with ``position`` a ``relposK`` token goes in front."""
    out = []
    for abstract in abstracts:
        n = len(abstract["sentences"])
        for i, (sent, label, conf) in enumerate(zip(abstract["sentences"], abstract["labels"], abstract["confs"])):
            out.append((f"relpos{10 * i // n} {sent}" if position else sent, label, conf))
    return out


def train_and_score(train: list[tuple[str, str, float]], dev: list[tuple[str, str, float]], epochs: int,
                    seed: int) -> dict:
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": BOW})
    for role in ROLES:
        textcat.add_label(role)
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": {r: float(r == y) for r in ROLES}})
                for t, y, _ in train]
    optimizer = nlp.initialize(lambda: examples)
    dev_docs = [nlp.make_doc(t) for t, _, _ in dev]
    gold = [y for _, y, _ in dev]
    confident = [i for i, (_, _, conf) in enumerate(dev) if conf >= 0.7]
    rng = random.Random(seed)
    best = None
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.1, losses=losses)
        pred = [max(doc.cats, key=doc.cats.get) for doc in textcat.pipe(dev_docs)]
        scores = role_scores(gold, pred)
        print(f"  epoch {epoch:2d} loss {losses['textcat']:.2f} dev acc {scores['accuracy']:.4f} "
              f"macro-F1 {scores['macro_f1']:.4f}")
        if best is None or scores["macro_f1"] > best["macro_f1"]:
            best = dict(scores, epoch=epoch,
                        confident=role_scores([gold[i] for i in confident], [pred[i] for i in confident]))
    return best


@click.command()
@click.option("--data", default="../shared/data/csabstruct", show_default=True,
              type=click.Path(exists=True, file_okay=False), help="Folder with CSAbstruct train/dev .jsonl.")
@click.option("--epochs", default=8, show_default=True)
@click.option("--seed", default=0, show_default=True)
def main(data: str, epochs: int, seed: int) -> None:
    train = read_csabstruct(Path(data) / "train.jsonl")
    dev = read_csabstruct(Path(data) / "dev.jsonl")
    for name, position in (("bow", False), ("bow+pos", True)):
        print(f"== {name}")
        start = time.perf_counter()
        best = train_and_score(sentence_texts(train, position), sentence_texts(dev, position), epochs, seed)
        print(f"best epoch {best['epoch']} ({time.perf_counter() - start:.0f} s)")
        print(format_scores(best))
        print("-- dev sentences with annotator confidence >= 0.7")
        print(format_scores(best["confident"]))


if __name__ == "__main__":
    main()
