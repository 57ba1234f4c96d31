"""End-to-end build speed and memory on a synthetic corpus, against spaCy's blank tokeniser.

    python scripts/bench.py --abstracts 10000 --workers 2

Writes a synthetic corpus (scripts/make_corpus.py), runs ``kg build`` on it in a child
process (streaming path: N-Triples only, no cache reuse), samples the resident memory of the
whole process tree, and times ``spacy.blank("en")`` tokenisation of the same text in this
process as the reference. The last line reads
``abstracts/s=<x> words/s=<y> peak_rss_mb=<z> blank_words/s=<b>``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tree_rss_mb(pid: int) -> tuple[float, float]:
    """Resident memory (MB) of a process, and of all its descendants together, from /proc."""
    own, children, todo = 0, 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    if current == pid:
                        own = int(line.split()[1])
                    else:
                        children += int(line.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return own / 1024, children / 1024


def run_build(corpus: Path, out: Path, workers: int) -> tuple[float, list[float], str]:
    cmd = [sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "--no-html",
           "--max-graph-papers", "0", "--workers", str(workers), "--cache", str(out / f"cache-{workers}.sqlite")]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peak = [0.0, 0.0, 0.0]  # the whole tree, the main process, its workers together

    def sample() -> None:
        while proc.poll() is None:
            own, children = tree_rss_mb(proc.pid)
            peak[:] = max(peak[0], own + children), max(peak[1], own), max(peak[2], children)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = proc.communicate()
    elapsed = time.perf_counter() - started
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"build failed ({proc.returncode}): {stdout[-2000:]}")
    return elapsed, peak, stdout


def blank_speed(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("en")
    started = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
    return words / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--abstracts", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(args.abstracts),
                        "-o", str(corpus)], check=True)
        records = [json.loads(line) for line in corpus.open(encoding="utf-8")]
        texts = [r["title"] + "\n" + r["abstract"] for r in records]
        words = sum(len(t.split()) for t in texts)
        del records
        print(f"corpus: {args.abstracts} abstracts, {words} words (whitespace-split)")
        blank = blank_speed(texts)
        for workers in args.workers:
            elapsed, (peak, main_peak, workers_peak), _ = run_build(corpus, Path(tmp) / f"out-{workers}", workers)
            line = (f"abstracts/s={args.abstracts / elapsed:.1f} words/s={words / elapsed:.0f} "
                    f"peak_rss_mb={peak:.0f} blank_words/s={blank:.0f}")
            print(f"workers={workers} abstracts={args.abstracts} wall_s={elapsed:.1f} ratio_to_blank="
                  f"{words / elapsed / blank:.4f} peak_main_mb={main_peak:.0f} peak_workers_mb={workers_peak:.0f}")
            print(line, flush=True)


if __name__ == "__main__":
    main()
