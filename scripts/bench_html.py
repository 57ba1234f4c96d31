"""First-frame time of the explorer page for a large graph, in headless Chromium with all requests blocked.

Builds a synthetic graph of ``--papers`` papers (default 10,000; with as many claims and three
entities per paper, kg/graph/synthetic.py), or loads a pickled networkx graph (``--graph``),
writes the page (at most ``--max-entities`` entities, the page's default unless given) and loads
it ``--runs`` times with tests/browser/explorer.cjs (playwright-core driving /usr/bin/chromium).
Reports the page size, the time to write it, and per run the first frame (``performance.now()``
when the canvas is first drawn, i.e. from navigation start) and the wall time from ``goto`` to it.

    .venv/bin/python scripts/bench_html.py
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from kg.export.explorer.data import MAX_ENTITIES
from kg.export.explorer.page import to_html
from kg.graph.synthetic import synthetic_graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--papers", type=int, default=10_000)
    parser.add_argument("--graph", help="a pickled networkx graph instead of the synthetic one")
    parser.add_argument("--page", help="an explorer page already written (kg build's graph.html) to load as it is")
    parser.add_argument("--max-entities", type=int, default=MAX_ENTITIES)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.page:
        page, written, graph = Path(args.page).read_text(encoding="utf-8"), 0.0, None
    else:
        if args.graph:
            with open(args.graph, "rb") as handle:
                graph = pickle.load(handle)
        else:
            graph = synthetic_graph(5 * args.papers)
        start = time.perf_counter()
        page = to_html(graph, max_entities=args.max_entities)
        written = time.perf_counter() - start
    env = dict(os.environ)
    env.setdefault("KG_PLAYWRIGHT_CORE", str(ROOT / ".cache" / "npm" / "node_modules" / "playwright-core"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page, encoding="utf-8")
        if graph is not None:
            print(f"graph: {len(graph):,} nodes, {graph.number_of_edges():,} edges; page {len(page.encode()) / 1e6:.2f} MB "
                  f"written in {written:.1f} s (layout included)")
        else:
            print(f"page {args.page}: {len(page.encode()) / 1e6:.2f} MB")
        frames, walls = [], []
        for run in range(args.runs):
            done = subprocess.run(["node", str(ROOT / "tests" / "browser" / "explorer.cjs"), str(path)],
                                  capture_output=True, text=True, timeout=300, env=env, check=True)
            result = json.loads(done.stdout)
            assert not result["requests"] and not result["errors"], result
            frames.append(result["firstFrameMs"])
            walls.append(result["wallMs"])
            state = result["states"][0]
            print(f"run {run + 1}: first frame {result['firstFrameMs']:.0f} ms after navigation start "
                  f"(goto to first frame {result['wallMs']} ms), {state['nodes']:,} nodes and {state['edges']:,} "
                  f"links drawn, {len(state['labels'])} labels; {result['totalNodes']:,} nodes in the page")
    print(f"median first frame: {statistics.median(frames):.0f} ms (max {max(frames):.0f} ms); "
          f"under 2 s: {max(frames) < 2000}")


if __name__ == "__main__":
    main()
