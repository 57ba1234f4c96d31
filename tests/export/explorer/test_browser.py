"""The HTML explorer in headless Chromium (driven by playwright-core), with every request blocked.

Needs node, Chromium (/usr/bin/chromium or $KG_CHROMIUM) and the npm package playwright-core
(in .cache/npm, as .ci/run installs it, or $KG_PLAYWRIGHT_CORE). Without them the tests skip,
saying which is missing, unless KG_REQUIRE_BROWSER=1 (set by CI), where they fail instead.
"""

import json
import os
import shutil
import subprocess
import urllib.parse

import pytest

from kg.export.explorer.page import to_html
from kg.export.rdf import to_rdf
from kg.graph.network import build_graph
from kg.graph.synthetic import synthetic_graph
from kg.schema import ENTITY_TYPES

from conftest import ROOT, start_server, stop_server

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


def drive(page: str, tmp_path, steps=()) -> dict:
    """Load ``page`` (HTML text, or an http URL) and run ``steps``; the states after loading and after each step."""
    target = page
    if not page.startswith("http"):
        target = tmp_path / "page.html"
        target.write_text(page, encoding="utf-8")
    script = tmp_path / "steps.json"
    script.write_text(json.dumps(list(steps)), encoding="utf-8")
    env = dict(os.environ)
    env.setdefault("KG_PLAYWRIGHT_CORE", str(ROOT / ".cache" / "npm" / "node_modules" / "playwright-core"))
    done = subprocess.run(["node", str(DRIVER), str(target), str(script)], capture_output=True, text=True, timeout=180,
                          env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert result["requests"] == [] and result["blocked"] == [], "the page tried to load something"
    assert result["errors"] == [] and result["console"] == [], (result["errors"], result["console"])
    return result


def overlapping(boxes) -> list:
    return [(a[4], b[4]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]


def entity_count(graph) -> int:
    return sum(d.get("type") in ENTITY_TYPES for _, d in graph.nodes(data=True))


def test_first_view_draws_entities_and_papers_on_demand(graph, tmp_path):
    result = drive(to_html(graph), tmp_path, [{"do": "type", "name": "Paper"}, {"do": "type", "name": "Claim"}])
    first, papers, claims = result["states"]
    assert first["nodes"] == entity_count(graph)
    assert papers["nodes"] == first["nodes"] + 3 and claims["nodes"] == len(graph)
    assert "Paper" in papers["hash"] and "Claim" in claims["hash"]


def test_labels_never_overlap_and_name_the_top_of_each_type(tmp_path):
    big = synthetic_graph(2500)
    result = drive(to_html(big), tmp_path, [{"do": "zoom", "factor": 3}, {"do": "zoom", "factor": 4}])
    first = result["states"][0]
    assert 0 < len(first["labels"]) < first["nodes"]
    for state in result["states"]:
        assert overlapping(state["boxes"]) == []
        assert all(b[0] >= 0 and b[2] <= state["canvas"]["w"] for b in state["boxes"])  # whole labels only
    for kind in ENTITY_TYPES:  # the entity of each type named by most papers is labelled at once
        top = max((n for n, d in big.nodes(data=True) if d["type"] == kind), key=lambda n: (big.nodes[n]["papers"], n))
        assert top in first["labels"], kind
    zoomed = result["states"][2]
    assert zoomed["view"]["s"] > 10 * first["view"]["s"] and zoomed["labels"]
    assert set(zoomed["labels"]) - set(first["labels"])  # zoomed in, smaller entities are named


def test_click_centres_the_node_dims_the_rest_and_shows_details_at_the_top(tmp_path, graph):
    big = synthetic_graph(600)
    big.update(graph)
    result = drive(to_html(big), tmp_path, [{"do": "click", "id": "entity/llama2"}])
    state = result["states"][-1]
    assert state["focus"] == "entity/llama2" and "node=entity%2Fllama2" in state["hash"]
    canvas = state["canvas"]
    assert abs(state["centre"]["x"] - (canvas["x"] + canvas["w"] / 2)) < 5
    assert abs(state["centre"]["y"] - (canvas["y"] + canvas["h"] / 2)) < 5
    assert state["dimmed"] > 500
    assert "entity/llama2" in state["labels"] and overlapping(state["boxes"]) == []
    details = state["details"]
    assert details["top"] < 200  # the panel is at the top of the sidebar, no scrolling
    assert details["text"].startswith("LLaMA-2") and "Also called: Llama 2" in details["text"]
    # incoming and outgoing relations, by type
    assert "evaluatedOn (1)" in details["relations"] and "outperformed by (1)" in details["relations"]
    assert "Papers" in details["headings"] and "Evidence" in details["headings"]
    assert details["evidence"].count("FooNet outperforms Llama 2 on SQuAD.") == 1
    assert "https://arxiv.org/abs/2401.00002" in details["links"]


def test_a_paper_shows_what_it_proposes_uses_and_claims(graph, tmp_path):
    result = drive(to_html(graph), tmp_path, [{"do": "click", "id": "entity/foonet"},
                                              {"do": "button", "id": "paper/arxiv-2401.00001"}])
    foonet, paper = result["states"][1:]
    assert "outperforms (1)" in foonet["details"]["relations"] and "evaluatedOn (1)" in foonet["details"]["relations"]
    assert paper["focus"] == "paper/arxiv-2401.00001"
    assert paper["nodes"] > foonet["nodes"] - 1  # the paper is drawn although papers are folded
    relations = paper["details"]["relations"]
    assert {"proposes (1)", "mentions (3)", "states (1)"} <= set(relations)
    assert "FooNet outperforms Llama 2 on SQuAD." in paper["details"]["text"]
    assert "https://arxiv.org/abs/2401.00001" in paper["details"]["links"]


def test_search_ranks_entities_first_highlights_and_keeps_the_state_in_the_hash(graph, tmp_path):
    result = drive(to_html(graph), tmp_path, [
        {"do": "search", "text": "llama"}, {"do": "search", "text": "vae"}, {"do": "search", "text": "squad"},
        {"do": "result", "index": 0}, {"do": "hash", "hash": "#q=mmlu&node=entity%2Ffoonet"},
    ])
    llama, vae, squad, chosen, restored = result["states"][1:]
    # the entity (matched by label and alias) before the claim and the paper that name it
    assert llama["results"]["ids"][0] == "entity/llama2"
    assert llama["results"]["ids"][1:] == ["paper/arxiv-2401.00002", "claim/arxiv-2401.00001-1"]
    assert set(m.lower() for m in llama["results"]["marks"]) == {"llama"}
    assert vae["results"]["ids"][0] == "entity/variationalautoencoder"  # exact alias first
    assert squad["results"]["ids"][0] == "entity/squad" and squad["hash"] == "#q=squad"
    assert chosen["focus"] == "entity/squad" and not chosen["results"]["shown"]
    assert chosen["hash"] == "#q=squad&node=entity%2Fsquad"
    assert restored["focus"] == "entity/foonet" and restored["results"]["ids"][0] == "entity/mmlu"


def test_dataset_details_show_its_leaderboard(graph, tmp_path):
    graph.nodes["claim/arxiv-2401.00001-1"]["values"] = [
        {"value": 91.5, "unit": "%", "metric_node": "entity/accuracy", "dataset_node": "entity/squad", "kind": "score"}]
    state = drive(to_html(graph), tmp_path, [{"do": "click", "id": "entity/squad"}])["states"][-1]
    assert any(h.startswith("Leaderboard") for h in state["details"]["headings"])
    assert state["details"]["board"][1].startswith("accuracy91.5%FooNetFooNet: A Network for <script>")


def test_markup_in_abstracts_never_executes(graph, tmp_path):
    hostile = synthetic_graph(60, hostile=True)
    hostile.update(graph)
    result = drive(to_html(hostile), tmp_path, [
        {"do": "search", "text": "pwned"}, {"do": "result", "index": 0},
        {"do": "click", "id": "entity/method-0"},
    ])
    search, paper, entity = result["states"][1:]
    assert search["results"]["count"] >= 1  # the markup is there, as text
    assert "<script>" in paper["details"]["text"] or "<img" in paper["details"]["text"]
    assert "onerror" in entity["details"]["text"]
    for state in result["states"]:
        assert state["title"] == "paper-kg explorer" and state["images"] == 0 and state["scripts"] == 2
    assert result["dialogs"] == []


def test_large_graph_is_capped_and_says_so(tmp_path):
    big = synthetic_graph(1500)
    result = drive(to_html(big, max_entities=300), tmp_path)
    entities = entity_count(big)
    assert result["states"][0]["nodes"] == 300
    assert f"The 300 most connected of {entities:,} entities are drawn" in result["states"][0]["summary"]


@pytest.fixture
def served(tmp_path, graph):
    graph.nodes["claim/arxiv-2401.00001-1"]["values"] = [
        {"value": 91.5, "unit": "%", "text": "91.5% accuracy", "start": 69, "end": 83, "kind": "score", "result": True,
         "metric": "accuracy", "metric_node": "entity/accuracy", "dataset_node": "entity/squad",
         "system": "FooNet", "system_node": "entity/foonet", "better": "higher"}]
    (tmp_path / "graph.ttl").write_text(to_rdf(graph).serialize(format="turtle"), encoding="utf-8")
    server = start_server(tmp_path / "graph.ttl", workers=2)  # the page sends two queries at a time
    yield server
    stop_server(server)


def test_served_explorer_fetches_neighbourhoods_from_its_endpoint(served, tmp_path):
    result = drive(served.url + "/", tmp_path / "..", [
        {"do": "search", "text": "squad", "wait": 1500}, {"do": "result", "index": 0, "wait": 1500},
        {"do": "hash", "hash": "#node=" + "https%3A%2F%2Fw3id.org%2Fpaper-kg%2Fentity%2Ffoonet", "wait": 1500},
    ])
    start, search, squad, foonet = result["states"]
    assert start["nodes"] == 6 and "entities named by most papers" in start["summary"]
    assert search["results"]["ids"][0].endswith("/entity/squad")
    assert squad["focus"].endswith("/entity/squad")
    assert "evaluates (2)" in squad["details"]["relations"]
    assert squad["details"]["evidence"].count("FooNet outperforms Llama 2 on SQuAD.") == 1
    assert squad["details"]["board"][1].startswith("accuracy91.5%FooNetFooNet: A Network for <script>")
    assert squad["nodes"] > start["nodes"]  # its papers were fetched and drawn around it
    assert foonet["focus"].endswith("/entity/foonet") and "outperforms (1)" in foonet["details"]["relations"]


R = "https://w3id.org/paper-kg/"


def test_served_search_uses_the_servers_index_entities_first(served, tmp_path):
    result = drive(served.url + "/", tmp_path / "..", [
        {"do": "search", "text": "llama 2"}, {"do": "search", "text": "vae"}, {"do": "search", "text": "Llama2"},
        {"do": "search", "text": "network"}, {"do": "result", "index": 0, "wait": 300},
        {"do": "search", "text": "zebra"}, {"do": "hash", "hash": "#q=foonet"},
    ])
    start, llama, vae, key, paper, opened, nothing, restored = result["states"]
    assert "/explore/top" in [f[0].removeprefix(served.url) for f in start["fetches"]]
    assert not any("sparql" in f[0] for f in start["fetches"])  # the first view needs no SPARQL
    # the entity by its alias, highlighted there; then the claim that names it (the paper spells LLaMA-2)
    assert llama["results"]["ids"] == [R + "entity/llama2", R + "claim/arxiv-2401.00001-1"]
    assert llama["results"]["items"][0].startswith("LLaMA-2 also Llama 2") and llama["results"]["count"] == 2
    assert [m.lower() for m in llama["results"]["marks"]] == ["llama 2", "llama 2"]
    assert llama["hash"] == "#q=llama%202"
    assert vae["results"]["ids"] == [R + "entity/variationalautoencoder", R + "paper/arxiv-2401.00003"]
    assert key["results"]["ids"] == [R + "entity/llama2"]  # the same match key as LLaMA-2
    # a title holding markup is listed as text, and a paper never drawn before can be opened from the list
    assert paper["results"]["ids"] == [R + "paper/arxiv-2401.00001"]
    assert "<script>alert('x')</script>" in paper["results"]["items"][0]
    assert nothing["results"]["items"] == ["Nothing matches."] and nothing["results"]["count"] == 0
    assert opened["focus"] == R + "paper/arxiv-2401.00001" and "proposes (1)" in opened["details"]["relations"]
    assert restored["results"]["ids"][0] == R + "entity/foonet" and restored["results"]["count"] == 3
    assert result["dialogs"] == [] and all(s["images"] == 0 for s in result["states"])


def test_served_explorer_quotes_sentences_and_claims_by_their_spans(tmp_path):
    """The endpoint cuts sentence and claim texts out of the abstract (SPARQL SUBSTR counts characters; the
    page's JavaScript would count UTF-16 code units): exact after emoji and math letters, and the title."""
    from conftest import astral_extraction, fixture_extractions

    ex = astral_extraction()
    graph = build_graph(fixture_extractions() + [ex])
    node = {d["label"]: R + n for n, d in graph.nodes(data=True) if d.get("type") in ENTITY_TYPES}
    said = ex.claims[0].text  # "𝒜Net outperforms BERT 😀 on SQuAD 𝔽." (after 🚀 and 𝒜 in the first sentence)
    (tmp_path / "graph.nt").write_text(to_rdf(graph).serialize(format="nt"), encoding="utf-8")
    server = start_server(tmp_path / "graph.nt", workers=2)
    hash_of = {name: {"do": "hash", "hash": "#node=" + urllib.parse.quote(iri, safe=""), "wait": 1500}
               for name, iri in [("claim", R + "claim/arxiv-2402.00001-1"), ("paper", R + "paper/arxiv-2401.00001"),
                                 ("bert", node["BERT"]), ("squad", node["SQuAD"]), ("anet", node["𝒜Net"])]}
    try:
        result = drive(server.url + "/", tmp_path, [
            hash_of["claim"], hash_of["paper"], {"do": "button", "id": R + "claim/arxiv-2401.00001-1", "wait": 1500},
            hash_of["bert"], hash_of["squad"], hash_of["anet"]])
    finally:
        stop_server(server)
    claim, paper, other_claim, bert, squad, anet = result["states"][1:]
    assert claim["focusLabel"] == said and said in claim["details"]["text"]  # its label, then its text
    assert "states (1)" in paper["details"]["relations"]
    assert other_claim["focusLabel"] == "FooNet outperforms Llama 2 on SQuAD."  # labelled as a neighbour
    assert bert["details"]["evidence"] == [said]  # the outperforms edge's evidence record
    assert squad["details"]["evidence"].count(said) == 1  # the sentence naming it, and the claim about it
    assert "FooNet outperforms Llama 2 on SQuAD." in squad["details"]["evidence"]
    assert set(anet["details"]["evidence"]) == {ex.paper.title, said}  # the title sentence too


def test_a_much_cited_entity_keeps_its_relations_when_served(graph, tmp_path):
    def evidence(paper):
        return {"paper": paper, "field": "abstract", "sentence": 0, "sentence_start": 0, "sentence_end": 9,
                "extractor": "test", "confidence": 0.9}

    for p in range(450):  # more papers name SQuAD than one query of its neighbourhood used to return
        pid = f"paper/many-{p}"
        graph.add_node(pid, type="Paper", label=f"Reading paper {p}", title=f"Reading paper {p}", abstract="On SQuAD.",
                       key=f"many:{p}", authors=[], sentences=[{"start": 0, "end": 9, "role": "method"}])
        graph.add_edge(pid, "entity/squad", type="mentions", **evidence(pid))
    for k in range(41):  # methods named by more papers fill the first view's 40
        graph.add_node(f"entity/filler-{k}", type="Method", label=f"Filler {k}", aliases=[], mentions=5, papers=5)
    graph.add_node("entity/reader", type="Method", label="Careful Reader", aliases=[], mentions=1, papers=1)
    graph.add_edge("entity/reader", "entity/squad", type="uses", **evidence("paper/many-0"))
    (tmp_path / "graph.nt").write_text(to_rdf(graph).serialize(format="nt"), encoding="utf-8")
    server = start_server(tmp_path / "graph.nt", workers=2)
    try:
        result = drive(server.url + "/", tmp_path, [{"do": "search", "text": "squad"}, {"do": "result", "index": 0}])
    finally:
        stop_server(server)
    start, squad = result["states"][0], result["states"][-1]
    assert R + "entity/reader" not in start["labels"] and start["nodes"] == 6 + 40
    assert squad["focus"] == R + "entity/squad"
    assert "used by (1)" in squad["details"]["relations"]  # not crowded out by the 452 papers that name SQuAD
    assert "Careful Reader" in squad["details"]["text"] and "evaluates (2)" in squad["details"]["relations"]
