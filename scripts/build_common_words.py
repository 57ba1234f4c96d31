"""Write ``kg/data/common_words.txt``: words abstracts use in lower case, not as names.

A capitalised word alone inside a sentence is a name only when it is not an ordinary word: "Falcon",
"Qwen" and "Stockfish" are names, "Thought" (from "Chain of Thought"), "Experts" and "Vision" are the
ordinary words "thought", "experts" and "vision" cut from a longer title-case name. The list holds
the words that real abstracts write in lower case far more often than capitalised inside a sentence.

Counts come from the first ``--abstracts`` records of the arXiv corpus (titles are skipped: their
capitals say nothing). A word is kept when it is written in lower case at least ``--min-lower``
times and at least ``--ratio`` times as often as capitalised after a sentence's first word.

    python scripts/build_common_words.py --corpus ../shared/corpora/arxiv-cs-2025-2026.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from tqdm import tqdm

ROOT = Path(__file__).resolve().parents[1]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[A-Za-z][a-z]+")


def count_cases(abstracts: list[str]) -> tuple[Counter, Counter]:
    """Lower-case and capitalised (not sentence-first) counts of each alphabetic word."""
    lower: Counter = Counter()
    capital: Counter = Counter()
    for text in tqdm(abstracts, desc="counting", unit="abstract"):
        for sentence in _SENTENCE_END.split(text):
            tokens = sentence.split()
            for i, token in enumerate(tokens):
                word = token.strip("()[]{},.;:!?\"'")
                if not _WORD.fullmatch(word):
                    continue
                if word.islower():
                    lower[word] += 1
                elif i > 0:
                    capital[word.lower()] += 1
    return lower, capital


def common_words(lower: Counter, capital: Counter, min_lower: int, ratio: float) -> list[str]:
    return sorted(w for w, n in lower.items() if len(w) >= 3 and n >= min_lower and n >= ratio * capital[w])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/arxiv-cs-2025-2026.jsonl.gz"))
    parser.add_argument("--abstracts", type=int, default=20000)
    parser.add_argument("--min-lower", type=int, default=20)
    parser.add_argument("--ratio", type=float, default=2.0)
    parser.add_argument("--out", default=str(ROOT / "kg/data/common_words.txt"))
    args = parser.parse_args()
    abstracts = []
    with gzip.open(args.corpus, "rt", encoding="utf8") as f:
        for line in f:
            if len(abstracts) >= args.abstracts:
                break
            abstracts.append(json.loads(line).get("abstract") or "")
    words = common_words(*count_cases(abstracts), args.min_lower, args.ratio)
    out = Path(args.out)
    tmp = out.with_suffix(".tmp")
    tmp.write_text("".join(w + "\n" for w in words), encoding="utf8")
    tmp.replace(out)
    print(f"wrote {out}: {len(words)} words from {len(abstracts)} abstracts")


if __name__ == "__main__":
    main()
