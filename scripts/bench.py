"""End-to-end build speed and memory on real abstracts, against spaCy's blank tokeniser.

    python scripts/bench.py --abstracts 10000 --workers 2                  # default outputs
    python scripts/bench.py --abstracts 74728 --formats nt --store         # N-Triples + store

Takes the first N records of the real corpus (``../shared/corpora/arxiv-cs-2025-2026.jsonl.gz``;
``--corpus`` for another JSON Lines file, gzipped or not; ``--synthetic`` for
scripts/make_corpus.py), runs ``kg build`` on them in a child process with a fresh cache and the
default outputs (``--formats nt`` for N-Triples only; ``--store`` also loads a store), samples the
resident memory of the whole process tree, and times ``spacy.blank("en")`` tokenisation of the
same text in this process as the reference. It prints the build's phases (read, extract,
resolve, write per format, store load) and as the last line
``abstracts/s=<x> words/s=<y> peak_rss_mb=<z> blank_words/s=<b>``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "arxiv-cs-2025-2026.jsonl.gz"


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


def run_build(corpus: Path, out: Path, workers: int, formats: str, store: bool) -> tuple[float, list[float], str]:
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "--formats", formats,
           "--workers", str(workers), "--cache", str(out / f"cache-{workers}.sqlite")]
    if store:
        cmd += ["--store", str(out / "store")]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0.0, 0.0, 0.0]  # the whole tree, the main process, its workers together

    def sample() -> None:
        while proc.poll() is None:
            own, children = tree_rss_mb(proc.pid)
            peak[:] = max(peak[0], own + children), max(peak[1], own), max(peak[2], children)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    elapsed = time.perf_counter() - started
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"build failed ({proc.returncode}): {stdout[-2000:]}{stderr[-3000:]}")
    return elapsed, peak, stdout


def blank_speed(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("en")
    started = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
    return words / (time.perf_counter() - started)


def first_records(source: Path, n: int, target: Path) -> int:
    """The first ``n`` lines of a JSON Lines file (gzipped or not) copied to ``target``."""
    opener = gzip.open if source.suffix == ".gz" else open
    count = 0
    with opener(source, "rt", encoding="utf-8") as src, target.open("w", encoding="utf-8") as out:
        for line in src:
            if count == n:
                break
            out.write(line)
            count += 1
    return count


def phases(stdout: str) -> str:
    """The build's phase timings and the store load, from its output."""
    timing = next((line.removeprefix("timing: ") for line in stdout.splitlines() if line.startswith("timing:")), "")
    store = re.search(r"loaded in ([\d.]+)s", stdout)
    return timing + (f", store load {store.group(1)}s" if store else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--abstracts", type=int, default=10_000, help="first N records of the corpus")
    parser.add_argument("--workers", type=int, nargs="+", default=[2])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON Lines (.jsonl or .jsonl.gz)")
    parser.add_argument("--synthetic", action="store_true", help="a synthetic corpus (scripts/make_corpus.py)")
    parser.add_argument("--formats", default="ttl,nt,jsonld,html", help="kg build --formats (nt: N-Triples only)")
    parser.add_argument("--store", action="store_true", help="also load the graph into an Oxigraph store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        if args.synthetic:
            subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(args.abstracts),
                            "-o", str(corpus)], check=True)
            source = "synthetic"
        else:
            if not args.corpus.exists():
                raise SystemExit(f"{args.corpus}: no such corpus (give --corpus, or --synthetic)")
            args.abstracts = first_records(args.corpus, args.abstracts, corpus)
            source = str(args.corpus)
        records = [json.loads(line) for line in corpus.open(encoding="utf-8")]
        texts = [r.get("title", "") + "\n" + r.get("abstract", "") for r in records]
        words = sum(len(t.split()) for t in texts)
        del records
        print(f"corpus: {args.abstracts} abstracts of {source}, {words} words (whitespace-split); "
              f"outputs: {args.formats}{' + store' if args.store else ''}")
        blank = blank_speed(texts)
        for workers in args.workers:
            elapsed, (peak, main_peak, workers_peak), stdout = run_build(
                corpus, Path(tmp) / f"out-{workers}", workers, args.formats, args.store)
            sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB"
                              for p in sorted((Path(tmp) / f"out-{workers}").glob("graph.*")))
            print(f"workers={workers} phases: {phases(stdout)}")
            print(f"workers={workers} outputs: {sizes}")
            print(f"workers={workers} abstracts={args.abstracts} wall_s={elapsed:.1f} ratio_to_blank="
                  f"{words / elapsed / blank:.4f} peak_main_mb={main_peak:.0f} peak_workers_mb={workers_peak:.0f}")
            print(f"abstracts/s={args.abstracts / elapsed:.1f} words/s={words / elapsed:.0f} "
                  f"peak_rss_mb={peak:.0f} blank_words/s={blank:.0f}", flush=True)


if __name__ == "__main__":
    main()
