"""The HTML explorer in headless Chromium (driven by playwright-core), with every request blocked.

Needs node, Chromium (/usr/bin/chromium or $KG_CHROMIUM) and the npm package playwright-core
(in .cache/npm, as .ci/run installs it, or $KG_PLAYWRIGHT_CORE). Without them the tests skip,
saying which is missing, unless KG_REQUIRE_BROWSER=1 (set by CI), where they fail instead.
"""

import json
import os
import shutil
import subprocess
import sys

import pytest

from kg.export.explorer.page import to_html

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from kg.graph.synthetic import synthetic_graph

DRIVER = ROOT / "tests" / "browser" / "explorer.cjs"


def _missing() -> str | None:
    if not shutil.which("node"):
        return "node is not installed"
    chromium = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
    if not os.path.exists(chromium):
        return f"Chromium is not installed ({chromium}; apt-get install chromium)"
    module = os.environ.get("KG_PLAYWRIGHT_CORE", str(ROOT / ".cache" / "npm" / "node_modules" / "playwright-core"))
    if not os.path.isdir(module):
        return f"playwright-core is not installed ({module}; npm install --prefix .cache/npm playwright-core)"
    return None


MISSING = _missing()
if MISSING and os.environ.get("KG_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"browser tests required but {MISSING}")
pytestmark = pytest.mark.skipif(MISSING is not None, reason=f"browser tests skipped: {MISSING}")


def drive(page, tmp_path, *args) -> dict:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    env = dict(os.environ)
    env.setdefault("KG_PLAYWRIGHT_CORE", str(ROOT / ".cache" / "npm" / "node_modules" / "playwright-core"))
    done = subprocess.run(["node", str(DRIVER), str(path), *args], capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert result["requests"] == [] and result["blocked"] == [], "the page tried to load something"
    assert result["errors"] == [] and result["console"] == [], (result["errors"], result["console"])
    return result


def matches(graph, text):
    text = text.lower()
    return sorted(d["label"] for _, d in graph.nodes(data=True)
                  if any(text in s.lower() for s in [d["label"], *(d.get("aliases") or [])]))


def test_page_renders_every_node_and_search_filters_and_details_work(graph, tmp_path):
    result = drive(to_html(graph), tmp_path, "--search", "llama", "--hide-type", "Dataset", "--hide-edge", "mentions",
                   "--click", "LLaMA-2")
    assert result["initial"]["nodes"] == len(graph) == result["totalNodes"]
    assert result["search"]["count"] == len(matches(graph, "llama")) == result["search"]["selected"]
    assert any(item.startswith("LLaMA-2") for item in result["search"]["items"])
    datasets = sum(1 for _, t in graph.nodes(data="type") if t == "Dataset")
    assert result["hideType"]["nodes"] == len(graph) - datasets
    assert result["hideType"]["edges"] < result["initial"]["edges"]
    assert result["restored"] == result["initial"]
    assert result["hideEdge"]["nodes"] == len(graph) and result["hideEdge"]["edges"] < result["initial"]["edges"]
    details = result["details"]
    assert "FooNet outperforms Llama 2 on SQuAD." in details["text"] and "Also: Llama 2" in details["text"]
    assert "https://arxiv.org/abs/2401.00002" in details["links"]


def test_search_finds_aliases(graph, tmp_path):
    result = drive(to_html(graph), tmp_path, "--search", "VAE")
    assert result["search"]["count"] == len(matches(graph, "vae")) >= 1


def test_markup_in_abstracts_never_executes(graph, tmp_path):
    hostile = synthetic_graph(60, hostile=True)
    hostile.update(graph)
    paper = next(d["label"] for _, d in hostile.nodes(data=True) if "<script>" in d["label"] and d["type"] == "Paper")
    result = drive(to_html(hostile), tmp_path, "--search", "pwned", "--click", paper)
    assert result["title"] == "paper-kg explorer"
    assert result["dialogs"] == [] and result["images"] == 0 and result["scripts"] == 3
    assert result["search"]["count"] >= 1  # the markup is there, as text
    assert "<script>" in result["details"]["text"]
    entity = drive(to_html(hostile), tmp_path, "--click", "Method 0")  # its evidence holds <img onerror> sentences
    assert "onerror" in entity["details"]["text"] and entity["images"] == 0 and entity["title"] == "paper-kg explorer"


def test_large_graph_is_capped_and_summarised(tmp_path):
    big = synthetic_graph(1500)
    result = drive(to_html(big, max_nodes=600), tmp_path)
    assert result["initial"]["nodes"] == 600
    assert result["totalNodes"] == len(big)
    assert f"600 most connected of {len(big)}" in result["summary"]
    assert result["firstFrameMs"] < 10_000
