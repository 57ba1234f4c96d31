"""Measure extraction speed in words per second, beside ``spacy.blank("en")`` tokenisation.

    .venv/bin/python scripts/bench_extract.py                    # kg.extract.Extractor if present
    .venv/bin/python scripts/bench_extract.py --ner-only         # the NER pipeline alone

Both wall-clock and process-CPU rates are printed: on a shared machine the CPU rate is the
single-core throughput. Texts are the abstracts in ``examples/*.txt`` (or ``--texts``), repeated until at least
``--words`` whitespace-separated words; one process, default thread settings.
"""

from __future__ import annotations

import argparse
import glob
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]


def load_texts(pattern: str, min_words: int) -> list[str]:
    base = []
    for path in sorted(glob.glob(pattern)):
        text = Path(path).read_text(encoding="utf8")
        base += [p.strip() for p in text.split("\n\n") if p.strip()]
    if not base:
        raise SystemExit(f"no texts match {pattern}")
    texts, words = [], 0
    while words < min_words:
        for text in base:
            texts.append(text)
            words += len(text.split())
    return texts


def timed(fn, texts: list[str]) -> tuple[float, float]:
    """Wall-clock and process CPU seconds of ``fn(texts)`` (CPU time is robust to a busy machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(texts)
    return time.perf_counter() - wall, time.process_time() - cpu


def make_predict(args):
    if not args.ner_only:
        try:
            from kg.extract import Extractor
        except ImportError:
            print("kg.extract.Extractor not available: measuring the NER pipeline alone")
        else:
            rules = None if args.rules is None else tuple(r for r in args.rules.split(",") if r)
            extractor = Extractor(ner_model=str(args.model), rules=rules)
            return "Extractor.predict_entities", extractor.predict_entities
    nlp = spacy.load(args.model)

    def predict(texts):
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=128)]

    return f"spacy.load({args.model}).pipe", predict


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "kg" / "models" / "ner")
    parser.add_argument("--texts", default=str(ROOT / "examples" / "*.txt"))
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--ner-only", action="store_true", help="skip kg.extract, time the model alone")
    parser.add_argument("--rules", default=None, help="comma-separated rule names for the Extractor")
    args = parser.parse_args(argv)

    texts = load_texts(args.texts, args.words)
    n_words = sum(len(t.split()) for t in texts)
    name, predict = make_predict(args)
    predict(texts[:20])  # warm up
    blank = spacy.blank("en")
    t_blank = timed(lambda ts: [blank.make_doc(t) for t in ts], texts)
    t_pred = timed(predict, texts)
    print(f"texts: {len(texts)}, words: {n_words}")
    for label, (wall, cpu) in [(name, t_pred), ('spacy.blank("en") tokenisation', t_blank)]:
        print(f"{label}: {n_words / wall:,.0f} words/s wall ({wall:.2f} s), {n_words / cpu:,.0f} words/CPU-s ({cpu:.2f} s)")


if __name__ == "__main__":
    main()
