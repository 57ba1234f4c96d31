"""The served explorer's index: search ranking, the first view, and the endpoints of kg serve that use it."""

import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

import kg.sparql.explore as explore
from kg.export.rdf import to_rdf
from kg.sparql.explore import Entry, ExploreIndex, Group, read_index
from kg.sparql.store import GraphStore

from conftest import start_server, stop_server

R = "https://w3id.org/paper-kg/"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    from conftest import fixture_extractions
    from kg.graph.network import build_graph

    path = tmp_path_factory.mktemp("store") / "store"
    with GraphStore(path) as store:
        store.add_graph(to_rdf(build_graph(fixture_extractions())))
    return path


@pytest.fixture(scope="module")
def index(store_dir):
    return read_index(store_dir)


def ids(found):
    return [hit["id"].removeprefix(R) for hit in found["hits"]]


def test_reads_every_node_and_counts_them(index):
    assert index.counts == {"Paper": 3, "Method": 0, "Model": 3, "Dataset": 2, "Task": 0, "Metric": 1, "Claim": 1}
    llama = index.search("LLaMA-2")["hits"][0]
    assert llama == {"id": R + "entity/llama2", "type": "Model", "label": "LLaMA-2", "papers": 2,
                     "aliases": ["Llama 2"], "rank": 0}


def test_entities_come_before_papers_and_claims(index):
    found = index.search("FooNet")
    assert ids(found) == ["entity/foonet", "paper/arxiv-2401.00001", "claim/arxiv-2401.00001-1"]
    assert [h["rank"] for h in found["hits"]] == [0, 12, 22]  # exact label; title prefix; claim prefix
    assert found["hits"][2]["label"] == "FooNet outperforms Llama 2 on SQuAD."  # its sentence's span
    assert found["total"] == 3 and not found["more"]


def test_alias_and_match_key_find_the_entity(index):
    assert ids(index.search("llama 2"))[:1] == ["entity/llama2"]
    assert index.search("llama 2")["hits"][0]["rank"] == 1  # its alias, exactly
    assert ids(index.search("  Llama2 "))[:1] == ["entity/llama2"]  # the same match key as LLaMA-2
    vae = index.search("vae")
    assert ids(vae) == ["entity/variationalautoencoder", "paper/arxiv-2401.00003"]
    assert [h["rank"] for h in vae["hits"]] == [1, 14]  # alias VAE; a word of the title


def test_ranks_exact_alias_prefix_word_start_anywhere_then_papers():
    group = Group(0, [
        Entry(R + "a", "Model", "Llama", 5, ()),
        Entry(R + "b", "Model", "Llama 3", 50, ()),
        Entry(R + "c", "Model", "Code Llama", 80, ()),
        Entry(R + "d", "Model", "TinyLlama", 90, ()),
        Entry(R + "e", "Model", "Vicuna", 3, ("llama chat",)),
        Entry(R + "f", "Model", "Alpaca", 7, ("LLAMA",)),
        Entry(R + "g", "Model", "Orca", 9, ("my-llama",)),
        Entry(R + "h", "Model", "Llama 2", 70, ()),
    ])
    found = ExploreIndex([group], {}, []).search("llama")
    assert [h["label"] for h in found["hits"]] == [
        "Llama", "Alpaca", "Llama 2", "Llama 3", "Vicuna", "Code Llama", "TinyLlama", "Orca"]
    assert [h["rank"] for h in found["hits"]] == [0, 1, 2, 2, 3, 4, 5, 6]
    assert found["total"] == 8 and len(ExploreIndex([group], {}, []).search("llama", limit=3)["hits"]) == 3


def test_names_outside_ascii_are_found_where_they_are():
    index = ExploreIndex([Group(0, [Entry(R + "a", "Method", "Naïve Bayes", 3), Entry(R + "b", "Method", "Rényi divergence", 2),
                                    Entry(R + "c", "Task", "数据naive 🙂 search", 1, ("ΣΔ modulation",))])], {}, [])
    assert [(h["label"], h["rank"]) for h in index.search("NAÏVE")["hits"]] == [("Naïve Bayes", 2)]
    assert [(h["label"], h["rank"]) for h in index.search("ényi")["hits"]] == [("Rényi divergence", 5)]
    assert [h["rank"] for h in index.search("naive")["hits"]] == [4]  # after a character that is no a-z0-9
    assert [h["rank"] for h in index.search("🙂 search")["hits"]] == [4]
    assert [h["rank"] for h in index.search("σδ")["hits"]] == [3]


def test_a_match_key_of_two_entities_finds_both():
    group = Group(0, [Entry(R + "a", "Model", "GPT-4", 9, (), ("gpt4",)), Entry(R + "b", "Method", "GPT4", 1, (), ("gpt4",))])
    assert [h["id"] for h in ExploreIndex([group], {}, []).search("gpt 4")["hits"]] == [R + "a", R + "b"]


def test_a_long_scan_stops_and_says_the_count_is_a_lower_bound(monkeypatch):
    group = Group(0, [Entry(R + str(k), "Method", f"x-net {k}", k) for k in range(50)])
    monkeypatch.setattr(explore, "SCAN_CAP", 10)
    found = ExploreIndex([group], {}, []).search("net")
    assert found["more"] and found["total"] == 10
    assert [h["papers"] for h in found["hits"]] == list(range(49, 39, -1))  # the most cited are scanned first


def test_search_text_is_only_text(index):
    for text in ['"} UNION { ?s ?p ?o } #', "SERVICE <http://example.org/>", ".*", "\n", "x" * 10_000]:
        found = index.search(text)
        assert found["hits"] == [] and found["total"] == 0
    assert index.search("")["hits"] == [] and index.search("   ")["query"] == ""


def test_first_view_takes_the_most_cited_of_each_type_and_their_relations(index):
    top = index.top(per_type=1)
    assert [(n["type"], n["label"]) for n in top["nodes"]] == [("Model", "LLaMA-2"), ("Dataset", "MMLU"),
                                                                ("Metric", "accuracy")]
    everything = index.top()
    assert len(everything["nodes"]) == 6 and everything["counts"] == index.counts
    assert [R + "entity/foonet", "outperforms", R + "entity/llama2"] in everything["edges"]
    chosen = {n["id"] for n in top["nodes"]}
    assert all(s in chosen and o in chosen for s, _, o in top["edges"])


# -- the endpoints ---------------------------------------------------------------------------------------------


def get(server, path):
    try:
        with urllib.request.urlopen(server.url + path, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def server(store_dir):
    server = start_server(store_dir, workers=1)
    yield server
    stop_server(server)


def test_top_and_search_endpoints_answer_json(server):
    status, headers, body = get(server, "/explore/top")
    assert status == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
    assert len(json.loads(body)["nodes"]) == 6
    status, headers, body = get(server, "/explore/search?" + urllib.parse.urlencode({"q": "llama 2", "limit": 1}))
    found = json.loads(body)
    assert status == 200 and [h["label"] for h in found["hits"]] == ["LLaMA-2"] and found["total"] == 2
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_search_endpoint_refuses_bad_parameters(server):
    for query in ("", "q=a&q=b", "q=a&limit=0", "q=a&limit=201", "q=a&limit=x", "q=a&limit=%C2%B2"):
        status, _, body = get(server, "/explore/search?" + query)
        assert status == 400 and b"/explore/search?q=" in body


def test_explorer_endpoints_wait_for_the_index_then_answer_503(monkeypatch, store_dir):
    release = threading.Event()

    def slow(path):
        release.wait(30)
        return read_index(path)

    monkeypatch.setattr(explore, "read_index", slow)
    monkeypatch.setattr("kg.sparql.serve.INDEX_WAIT", 0.2)
    server = start_server(store_dir, workers=1)
    try:
        status, headers, body = get(server, "/explore/top")
        assert status == 503 and headers["Retry-After"] == "1" and b"still being read" in body
        release.set()
        server.explore.ready.wait(30)
        assert get(server, "/explore/search?q=mmlu")[0] == 200
    finally:
        release.set()
        stop_server(server)


def test_an_index_that_cannot_be_read_is_an_error_not_a_hang(monkeypatch, store_dir):
    def broken(path):
        raise OSError("disk on fire")

    monkeypatch.setattr(explore, "read_index", broken)
    server = start_server(store_dir, workers=1)
    try:
        status, _, body = get(server, "/explore/top")
        assert status == 500 and b"could not be read: disk on fire" in body
        assert get(server, "/sparql?query=ASK%7B%7D")[0] == 200  # SPARQL still works
    finally:
        stop_server(server)


def test_sentence_texts_are_their_spans_or_the_title(tmp_path):
    from conftest import astral_extraction
    from kg.graph.network import build_graph

    ex = astral_extraction()
    with GraphStore(tmp_path / "store") as store:
        store.add_graph(to_rdf(build_graph([ex])))
    paper = R + "paper/arxiv-2402.00001"
    wanted = {f"{paper}/s{i}": paper for i in range(3)} | {paper + "/title": paper, paper + "/s9": paper}
    store = explore.ox.Store.read_only(str(tmp_path / "store"))
    texts = explore.sentence_texts(store, wanted)
    assert texts == {paper + "/title": ex.paper.title,
                     **{f"{paper}/s{i}": ex.paper.abstract[s.start : s.end] for i, s in enumerate(ex.sentences)}}
    assert texts[paper + "/s1"] == "𝒜Net outperforms BERT 😀 on SQuAD 𝔽."
    claim = read_index(tmp_path / "store").search("outperforms BERT")["hits"]
    assert [(h["id"], h["label"]) for h in claim] == [(R + "claim/arxiv-2402.00001-1", texts[paper + "/s1"])]
