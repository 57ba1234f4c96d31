"""Write ``kg/data/established_phrases.txt``: lower-case task phrases that many abstracts write, and systems named
by what they are built on that very many write.

A lower-case phrase such as "test-time adaptation" or "long-horizon planning" names a task researchers look up; one
such as "satellite-free generalization" or "cross-granularity evaluation" describes what one paper's system does,
and no other abstract writes it. Of these phrases read as tasks in real abstracts, those written by one or two
abstracts of the corpus are nearly all descriptions, those written by more mostly names of tasks. The list holds the
keys (:func:`kg.extract.entities.name_key`: hyphens as spaces, the last word singular) of the phrases, a
hyphenated modifier then a task's head noun (:func:`kg.extract.entities.heads_task`), that at least
``--min-abstracts`` titles or abstracts of the corpus write, with or without the hyphens; and so of every
lower-case phrase of two to four words that a task's head noun ends ("literary analysis", "cell counting":
read as tasks in real abstracts, such phrases written by one or two abstracts are two thirds descriptions, "later
selection", "implicit feature alignment", those written by three to twenty four fifths names of tasks).

A system named by what it is built on ("LLM-based agent", "SimHash-based fingerprinting", "RL-based solver": an
"X-based", "-driven", "-style" ... modifier and a method's or model's head noun) is one paper's description unless a
great many abstracts write it: such phrases are kept from ``--min-abstracts-built-on`` abstracts ("LLM-based agent",
348 abstracts, is a class of systems researchers look up; "BERT-based classifier", 13, is not).

    python scripts/build_established_phrases.py --corpus ../shared/corpora/arxiv-cs-2025-2026.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from tqdm import tqdm

from kg.extract.entities import BUILT_ON, heads_task, name_key
from kg.extract.rules.lexicon import HEAD_TYPES
from kg.schema import METHOD, MODEL

ROOT = Path(__file__).resolve().parents[1]
_MAX_TASK_WORDS = 4
# spaCy's stop words but the nouns and adjectives task names use: "part segmentation", "full body tracking".
_FUNCTION_WORDS = STOP_WORDS - {"part", "top", "front", "back", "side", "full", "bottom", "whole", "name", "first", "last",
                                "third", "empty"}
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_WORD = re.compile(r"[a-z0-9]+")


def read_texts(corpus: Path) -> list[str]:
    """Each record's title and abstract, lower case."""
    with gzip.open(corpus, "rt", encoding="utf8") as f:
        return [(record.get("title", "") + " . " + record.get("abstract", "")).lower()
                for record in map(json.loads, f)]


@lru_cache(maxsize=None)
def _heads_a_task(word: str) -> bool:
    """Whether ``word`` alone is a task's head noun (most words are not: tested once per word)."""
    return heads_task(f"x {word}")


def candidates(texts: list[str]) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """The word sequences of every phrase of a hyphenated word and a task's head noun the texts write, and of every
    phrase of a built-on modifier and a system's head noun."""
    tasks: set[tuple[str, ...]] = set()
    systems: set[tuple[str, ...]] = set()
    for text in tqdm(texts, desc="phrases", unit="abstract"):
        tokens = _TOKEN.findall(text)
        for modifier, head in zip(tokens, tokens[1:]):
            if "-" not in modifier or not head.replace("-", "").isalpha():
                continue
            if _heads_a_task(head) and heads_task(f"{modifier} {head}"):
                tasks.add(tuple(name_key(f"{modifier} {head}").split()))
            elif BUILT_ON.fullmatch(modifier) and HEAD_TYPES.get(head.removesuffix("s")) in (METHOD, MODEL):
                systems.add(tuple(name_key(f"{modifier} {head}").split()))
    return tasks, systems


def count_plain_task_phrases(texts: list[str]) -> Counter:
    """How many texts write each lower-case phrase of two to four words that a task's head noun ends ("literary
    analysis", "cell counting"), keyed by :func:`kg.extract.entities.name_key`; no phrase opens with or holds a
    function word."""
    counts: Counter = Counter()
    for text in tqdm(texts, desc="task phrases", unit="abstract"):
        tokens = _TOKEN.findall(text)
        seen = set()
        for i, token in enumerate(tokens):
            if not token[0].isalpha() or not _heads_a_task(token):
                continue
            for n in range(2, _MAX_TASK_WORDS + 1):
                if i - n + 1 < 0 or tokens[i - n + 1] in _FUNCTION_WORDS or not tokens[i - n + 1][0].isalpha():
                    break
                seen.add(name_key(" ".join(tokens[i - n + 1 : i + 1])))
        counts.update(seen)
    return counts


def count_abstracts(texts: list[str], phrases: set[tuple[str, ...]]) -> Counter:
    """How many texts write each phrase, hyphens or spaces between its words, its last word singular or plural."""
    by_first: dict[str, set[int]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], set()).add(len(phrase))
    counts: Counter = Counter()
    for text in tqdm(texts, desc="counting", unit="abstract"):
        words = _WORD.findall(text)
        seen = set()
        for i, word in enumerate(words):
            for n in by_first.get(word, ()):
                # the phrase the words spell, not the key's string: "large language model's" keys as "large language
                # model " (the "s" left empty) and counts for "large language model"
                phrase = tuple(name_key(" ".join(words[i : i + n])).split())
                if phrase in phrases:
                    seen.add(" ".join(phrase))
        counts.update(seen)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/arxiv-cs-2025-2026.jsonl.gz")
    parser.add_argument("--min-abstracts", type=int, default=3)
    parser.add_argument("--min-abstracts-built-on", type=int, default=20)
    parser.add_argument("--out", type=Path, default=ROOT / "kg/data/established_phrases.txt")
    args = parser.parse_args()
    texts = read_texts(args.corpus)
    tasks, systems = candidates(texts)
    counts = count_abstracts(texts, tasks | systems)
    built_on = {" ".join(p) for p in systems - tasks}
    phrases = {p for p, n in counts.items() if n >= (args.min_abstracts_built_on if p in built_on else args.min_abstracts)}
    plain = count_plain_task_phrases(texts)
    phrases = sorted(phrases | {p for p, n in plain.items() if n >= args.min_abstracts})
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text("".join(p + "\n" for p in phrases), encoding="utf8")
    tmp.replace(args.out)
    print(f"wrote {args.out}: {len(phrases)} of {len(counts.keys() | plain.keys())} phrases, from {len(texts)} "
          "abstracts")


if __name__ == "__main__":
    main()
