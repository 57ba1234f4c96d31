"""Write a synthetic corpus of any size as JSON Lines, for scale tests and benchmarks.

Each synthetic abstract recombines real sentences of the sample corpus (examples/) with
entity names swapped from a pool, so the text has the length, vocabulary and entity density
of real abstracts while every record is distinct. Deterministic for a given seed.

    python scripts/make_corpus.py 100000 -o /tmp/corpus-100k.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from kg.ingest import dedupe_papers, read_papers

NAMES = ["BERT", "GPT-4", "Llama 2", "ResNet-50", "ViT", "Mamba", "T5", "CLIP", "U-Net", "Mistral"]
DATASETS = ["ImageNet", "CIFAR-10", "MMLU", "SQuAD", "GLUE", "COCO", "GSM8K", "WikiText-103"]


def sentences(text: str) -> list[str]:
    parts, current = [], []
    for word in text.split(" "):
        current.append(word)
        if word.endswith(".") and len(current) > 4:
            parts.append(" ".join(current))
            current = []
    if current:
        parts.append(" ".join(current))
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of abstracts")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    papers = dedupe_papers(read_papers([ROOT / "examples"], on_error=lambda e: None))
    pool = [s for p in papers for s in sentences(p.abstract)]
    titles = [p.title for p in papers]
    rng = random.Random(args.seed)
    with open(args.output, "w", encoding="utf-8") as out:
        for i in range(args.n):
            k = rng.randint(5, 10)
            body = " ".join(rng.choice(pool) for _ in range(k))
            body += f" We evaluate {rng.choice(NAMES)} on {rng.choice(DATASETS)}."
            name = f"Syn{i:07d}Net"
            title = f"{name}: {rng.choice(titles)}"
            out.write(json.dumps({"id": f"syn-{i}", "title": title, "abstract": body}) + "\n")


if __name__ == "__main__":
    main()
