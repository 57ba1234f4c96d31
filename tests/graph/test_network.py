"""The typed graph: node and edge types, provenance, entity merging."""

from kg.graph.network import counts, sentence_text
from kg.schema import EDGE_TYPES, NODE_TYPES


def test_every_node_and_edge_is_typed_by_the_schema(graph):
    for _, data in graph.nodes(data=True):
        assert data["type"] in NODE_TYPES
        assert data["label"]
    for u, v, data in graph.edges(data=True):
        spec = EDGE_TYPES[data["type"]]
        assert graph.nodes[u]["type"] in spec.domain, (u, data["type"])
        assert graph.nodes[v]["type"] in spec.range, (v, data["type"])


def test_every_edge_carries_provenance(graph):
    for _, _, data in graph.edges(data=True):
        assert data["paper"].startswith("paper/")
        assert data["field"] in {"title", "abstract"}
        assert data["extractor"]
        assert 0 < data["confidence"] <= 1
        assert sentence_text(graph, data)


def test_spellings_of_one_model_merge_into_one_node(graph):
    llama = [n for n, d in graph.nodes(data=True) if d["label"] in {"Llama 2", "LLaMA-2"}]
    assert len(llama) == 1
    data = graph.nodes[llama[0]]
    assert {data["label"], *data["aliases"]} == {"Llama 2", "LLaMA-2"}
    assert data["papers"] == 2


def test_acronym_and_plural_merge_with_long_form(graph):
    vae = [d for _, d in graph.nodes(data=True) if "VAE" in d.get("aliases", [])]
    assert len(vae) == 1
    assert vae[0]["label"] == "variational autoencoder"
    assert set(vae[0]["aliases"]) == {"VAE", "VAEs", "Variational autoencoders"}


def test_counts_and_proposal(graph):
    c = counts(graph)
    assert c["nodes"]["Paper"] == 3
    assert c["nodes"]["Dataset"] == 2  # SQuAD, MMLU
    assert c["nodes"]["Claim"] == 1
    proposes = [(u, v) for u, v, d in graph.edges(data=True) if d["type"] == "proposes"]
    assert {graph.nodes[v]["label"] for _, v in proposes} == {"FooNet"}
    relations = {(graph.nodes[u]["label"], d["type"], graph.nodes[v]["label"]) for u, v, d in graph.edges(data=True)
                 if d["type"] in {"outperforms", "evaluatedOn"}}
    # "LLaMA-2" is written twice and "Llama 2" once, so the merged node is labelled "LLaMA-2".
    assert relations == {("FooNet", "outperforms", "LLaMA-2"), ("FooNet", "evaluatedOn", "SQuAD"),
                         ("LLaMA-2", "evaluatedOn", "SQuAD")}


def test_an_is_a_between_unlike_kinds_addresses_a_task_or_is_left_out():
    from kg.graph.network import build_graph
    from kg.records import Extraction, Mention, Paper, Relation

    text = "MIGA, a video generation framework. HalluScore, a question answering metric. Mamba, a Transformer."

    def mention(name: str, kind: str) -> Mention:
        return Mention(text.index(name), text.index(name) + len(name), name, kind, "abstract", 0.9, "ner")

    mentions = [mention("MIGA", "Method"), mention("video generation", "Task"), mention("HalluScore", "Metric"),
                mention("question answering", "Task"), mention("Mamba", "Model"), mention("Transformer", "Method")]
    relations = [Relation(0, 1, "isA", 0.6, "pattern"), Relation(2, 3, "isA", 0.6, "pattern"),
                 Relation(4, 5, "isA", 0.6, "pattern")]
    graph = build_graph([Extraction(Paper("p1", "A title", text), entities=mentions, relations=relations)])
    edges = {(graph.nodes[u]["label"], d["type"], graph.nodes[v]["label"]) for u, v, d in graph.edges(data=True)
             if graph.nodes[u]["type"] != "Paper"}
    assert edges == {("MIGA", "addresses", "video generation"), ("Mamba", "isA", "Transformer")}


def test_a_model_is_no_technique_and_a_technique_no_model():
    from kg.graph.network import build_graph
    from kg.records import Extraction, Mention, Paper, Relation

    text = ("SigLIP, a contrastive learning. FooGen, an LLM-driven copilot. Fine-tuning, a large language model. "
            "BarNet, a diffusion model.")

    def mention(name: str, kind: str) -> Mention:
        return Mention(text.index(name), text.index(name) + len(name), name, kind, "abstract", 0.9, "ner")

    mentions = [mention("SigLIP", "Model"), mention("contrastive learning", "Method"), mention("FooGen", "Model"),
                mention("LLM-driven copilot", "Method"), mention("Fine-tuning", "Method"),
                mention("large language model", "Model"), mention("BarNet", "Method"), mention("diffusion model", "Model")]
    relations = [Relation(i, i + 1, "isA", 0.6, "pattern") for i in range(0, 8, 2)]
    graph = build_graph([Extraction(Paper("p1", "A title", text), entities=mentions, relations=relations)])
    edges = {(graph.nodes[u]["label"], d["type"], graph.nodes[v]["label"]) for u, v, d in graph.edges(data=True)
             if graph.nodes[u]["type"] != "Paper"}
    assert edges == {("FooGen", "isA", "LLM-driven copilot"), ("BarNet", "isA", "diffusion model")}


def test_a_technique_is_known_by_any_of_its_spellings_in_the_paper():
    from kg.graph.network import _resolved_type

    assert _resolved_type("isA", "Model", "Method", ["LLaMA"], ["MLA", "Multi-head Latent Attention"]) is None
    assert _resolved_type("isA", "Model", "Method", ["FooGen"], ["copilot", "LLM-driven copilot"]) == "isA"
    assert _resolved_type("isA", "Method", "Model", ["ICL", "in-context learning"], ["LLM"]) is None
