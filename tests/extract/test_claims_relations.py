"""Claims with structured values and typed relations, through extraction, RDF, shapes and queries."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import schema as S
from kg.extract.claims import sentence_claims, sentence_quantities
from kg.graph.network import build_graph
from kg.sparql.query import execute, rows, run_query, solution_rows
from kg.sparql.store import GraphStore
from kg.export.rdf import to_rdf
from kg.records import Extraction, Mention, Paper, Relation, Sentence, Source

from conftest import ROOT

QUERIES = ROOT / "kg" / "sparql" / "queries"
RES = "https://w3id.org/paper-kg/"


def mentions_of(text: str, *names: tuple[str, str]) -> list[tuple[int, Mention]]:
    found = []
    for i, (name, kind) in enumerate(names):
        start = text.index(name)
        found.append((i, Mention(start, start + len(name), name, kind, "abstract", 0.9, "gazetteer")))
    return found


def quantities(text: str, mentions=(), offset: int = 0) -> list[dict]:
    """The quantities of a sentence in their ``kg extract`` form."""
    return [q.to_dict() for q in sentence_quantities(text, offset, list(mentions))]


def only(values: list, **expected) -> dict:
    values = [v if isinstance(v, dict) else v.to_dict() for v in values]
    assert len(values) == 1, values
    for key, value in expected.items():
        assert values[0].get(key) == value, (key, values[0])
    return values[0]


# Quantities on hand-written sentences


def test_improvement_with_metric_dataset_and_baseline():
    text = "FooNet improves FID by 15% over BigGAN on CIFAR-10."
    found = quantities(text, mentions_of(text, ("FooNet", "Model"), ("FID", "Metric"), ("BigGAN", "Model"),
                                         ("CIFAR-10", "Dataset")))
    q = only(found, value=15.0, unit="%", kind="change", direction="improve", improvement="relative",
             metric="FID", metric_entity=1, dataset="CIFAR-10", dataset_entity=3, compared_to="BigGAN",
             compared_entity=2, text="15%")
    assert text[q["start"]:q["end"]] == "15%"


def test_offsets_point_into_the_abstract():
    abstract = "We propose FooNet. It is up to 10x faster at inference."
    q = only(quantities(abstract[19:], [], offset=19))
    assert abstract[q["start"]:q["end"]] == q["text"] == "up to 10x faster"


@pytest.mark.parametrize("text, expected", [
    ("Our method gives up to 10x faster inference.",
     dict(value=10.0, unit="x", qualifier="up to", kind="change", direction="increase", improvement="factor",
          measure="inference", text="up to 10x faster inference")),
    ("We train a model with 26B parameters.", dict(value=26.0, unit="B", kind="amount", measure="parameters")),
    ("It cuts latency by 40%.", dict(value=40.0, unit="%", direction="decrease", improvement="relative")),
    ("Lizard improves over prior models by 18 points.", dict(value=18.0, unit="points", improvement="absolute")),
    ("It has an absolute improvement of 5.2% over the baseline.", dict(value=5.2, improvement="absolute")),
    ("with over 200-fold speedups in multiple setups", dict(value=200.0, unit="x", qualifier="over",
                                                            text="over 200-fold speedups")),
    ("trained on 25,000 sentences", dict(value=25000.0, unit=None, kind="amount", measure="sentences")),
    ("We pre-train on 6T tokens.", dict(value=6.0, unit="T", kind="amount", measure="tokens")),
])
def test_units_kinds_and_qualifiers(text, expected):
    only(quantities(text), **expected)


def test_score_with_metric_and_no_year_or_citation():
    text = "It reaches 91.5% accuracy on SQuAD in 2023 [9] and 256x256 images."
    only(quantities(text, mentions_of(text, ("accuracy", "Metric"), ("SQuAD", "Dataset"))),
         value=91.5, unit="%", kind="score", metric="accuracy", dataset="SQuAD")


def test_from_to_is_one_change():
    text = "We boost accuracy from 49.6% to 93.7% on the Colored Objects task."
    only(quantities(text, mentions_of(text, ("accuracy", "Metric"))),
         value=93.7, from_value=49.6, kind="change", improvement="absolute", metric="accuracy")


def test_parenthesised_relative_change_and_names_with_numbers():
    text = "GPT-4 lowers perplexity by 1.14 points (6.7%) on CIFAR-10."
    found = quantities(text, mentions_of(text, ("GPT-4", "Model"), ("perplexity", "Metric"), ("CIFAR-10", "Dataset")))
    assert [(q["value"], q["unit"], q["kind"], q["direction"], q["improvement"]) for q in found] == [
        (1.14, "points", "change", "decrease", "absolute"), (6.7, "%", "change", "decrease", "relative")]


def test_comparison_without_a_number():
    text = "Our model outperforms Transformers of the same size on WikiText-103."
    only(quantities(text, mentions_of(text, ("Transformers", "Model"), ("WikiText-103", "Dataset"))),
         value=None, kind="comparison", direction="improve", compared_to="Transformers",
         text="outperforms Transformers of the same size", dataset="WikiText-103")


# A small hand-written paper through claims, the graph, RDF, shapes and queries


def claims_paper() -> Extraction:
    title = "FooNet: Fast Image Generation"
    abstract = ("We propose FooNet, a diffusion model for image generation. "
                "FooNet improves FID by 15% over BigGAN on CIFAR-10. "
                "It gives up to 10x faster inference with 26B parameters.")
    paper = Paper("arxiv:2402.00009", title, abstract, date="2024-02-01", arxiv_id="2402.00009",
                  sources=[Source("claims.jsonl", 1, "jsonl")])
    ends = [abstract.index(". ") + 1, abstract.index(". ", abstract.index("FooNet improves")) + 1, len(abstract)]
    sentences = [Sentence(0, ends[0], "objective"), Sentence(ends[0] + 1, ends[1], "result"),
                 Sentence(ends[1] + 1, ends[2], "result")]

    def at(name: str, kind: str, after: int = 0, field: str = "abstract", **extra) -> Mention:
        text = title if field == "title" else abstract
        start = text.index(name, after)
        return Mention(start, start + len(name), name, kind, field, 0.9, "gazetteer", **extra)

    second = sentences[1].start
    entities = [
        at("FooNet", "Model", field="title", proposed=True),     # 0
        at("FooNet", "Model", proposed=True),                    # 1
        at("diffusion model", "Method"),                         # 2
        at("image generation", "Task"),                          # 3
        at("FooNet", "Model", second, proposed=True),            # 4
        at("FID", "Metric"),                                     # 5
        at("BigGAN", "Model"),                                   # 6
        at("CIFAR-10", "Dataset"),                               # 7
    ]
    sentence_of = [None, 0, 0, 0, 1, 1, 1, 1]
    relations = [Relation(1, 2, "isA", 0.7, "classifier", 0), Relation(1, 3, "addresses", 0.7, "classifier", 0),
                 Relation(4, 6, "outperforms", 0.8, "pattern", 1), Relation(4, 7, "evaluatedOn", 0.7, "classifier", 1),
                 Relation(4, 5, "measuredBy", 0.6, "classifier", 1), Relation(7, 3, "addresses", 0.6, "classifier", 1)]
    claims = sentence_claims(abstract, sentences, entities, sentence_of)
    return Extraction(paper, sentences, entities, claims, relations)


@pytest.fixture(scope="module")
def claims_extraction() -> Extraction:
    return claims_paper()


@pytest.fixture(scope="module")
def claims_rdf(claims_extraction) -> Graph:
    return to_rdf(build_graph([claims_extraction]))


def test_sentence_claims_kinds_entities_and_values(claims_extraction):
    claims = claims_extraction.claims
    assert [c.kind for c in claims] == ["contribution", "comparison", "result"]
    assert claims[1].entities == [4, 5, 6, 7]
    only(claims[1].values, value=15.0, unit="%", metric_entity=5, dataset_entity=7, compared_entity=6)
    assert [(v.value, v.unit, v.kind) for v in claims[2].values] == [(10.0, "x", "change"),
                                                                 (26.0, "B", "amount")]
    record = claims_extraction.to_dict()
    assert record["claims"][1]["values"][0]["compared_to"] == "BigGAN"


def test_quantities_in_rdf_are_typed_and_linked(claims_rdf):
    claim = URIRef(RES + "claim/arxiv-2402.00009-2")
    q = URIRef(str(claim) + "/q1")
    assert (claim, S.HAS_QUANTITY, q) in claims_rdf
    assert (q, RDF.type, S.QUANTITY) in claims_rdf
    assert claims_rdf.value(q, S.VALUE) == Literal("15.0", datatype=XSD.decimal)
    assert claims_rdf.value(q, S.UNIT) == Literal("%")
    assert str(claims_rdf.value(q, S.IMPROVEMENT)) == "relative"
    linked = {term: claims_rdf.value(q, term) for term in (S.ON_METRIC, S.ON_DATASET, S.COMPARED_TO)}
    assert {term: str(claims_rdf.value(node, S.PREF_LABEL)) for term, node in linked.items()} == {
        S.ON_METRIC: "FID", S.ON_DATASET: "CIFAR-10", S.COMPARED_TO: "BigGAN"}
    assert (linked[S.ON_DATASET], RDF.type, S.NODE_TYPES["Dataset"].rdf_class) in claims_rdf


def test_claims_graph_passes_the_shapes(claims_rdf, graph):
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    rdf = claims_rdf + to_rdf(graph)
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=shapes, inference="none")
    assert conforms, report
    broken = Graph() + claims_rdf
    q = URIRef(RES + "claim/arxiv-2402.00009-2/q1")
    broken.add((q, S.ON_METRIC, claims_rdf.value(q, S.ON_DATASET)))  # a dataset as metric
    broken.add((q, S.QUANTITY_KIND, Literal("guess")))
    conforms, _, report = pyshacl.validate(broken, shacl_graph=shapes, inference="none")
    assert not conforms and "metric" in report and "quantityKind" in report


def select(rdf: Graph, query_file: str, **params: str) -> list[dict]:
    return rows(run_query(rdf, (QUERIES / query_file).read_text(), params))


def test_query_claims_about_model(claims_rdf):
    found = [(r["kind"], r.get("value"), r.get("unit"), r.get("metric"), r.get("dataset"), r.get("comparedTo"))
             for r in select(claims_rdf, "claims_about_model.rq", name="foonet")]
    assert ("comparison", "15.0", "%", "FID", "CIFAR-10", "BigGAN") in found
    assert ("contribution", None, None, None, None, None) in found


def test_query_outperforms_on_dataset(claims_rdf):
    found = {(r["winnerLabel"], r["loserLabel"], r["datasetLabel"]) for r in select(claims_rdf, "outperforms_on_dataset.rq")}
    assert found == {("FooNet", "BigGAN", "CIFAR-10")}


def test_query_dataset_tasks(claims_rdf, graph):
    # the query reads the store's summary: an in-memory store computes it when the graph is added
    store = GraphStore()
    store.add_graph(claims_rdf + to_rdf(graph))
    found = [(r["datasetLabel"], r["taskLabel"], int(r["papers"]))
             for r in solution_rows(execute(store.store, (QUERIES / "dataset_tasks.rq").read_text()))]
    assert found == [("CIFAR-10", "image generation", 1)]


# Relations: the label mapping, the cue rules, the packaged classifier and its dev score

from kg.extract.relation_model import packaged_model  # noqa: E402
from kg.extract.relations import map_label, sentence_relations  # noqa: E402
from kg.schema import RELATION_TYPES  # noqa: E402

from conftest import SHARED  # noqa: E402


def m(kind: str) -> Mention:
    return Mention(0, 1, "x", kind, "abstract", 0.9, "gazetteer")


@pytest.mark.parametrize("label, head, tail, expected", [
    ("USED-FOR", "Method", "Task", "addresses"),
    ("USED-FOR", "Dataset", "Task", "addresses"),
    ("USED-FOR", "Method", "Model", "uses"),
    ("USED-FOR", "Metric", "Method", "measuredBy"),
    ("EVALUATE-FOR", "Dataset", "Model", "evaluatedOn"),
    ("EVALUATE-FOR", "Metric", "Task", "measuredBy"),
    ("EVALUATE-FOR", "Dataset", "Task", "addresses"),
    ("EVALUATE-FOR", "Task", "Method", None),
    ("HYPONYM-OF", "Model", "Method", "isA"),
    ("PART-OF", "Method", "Model", "partOf"),
    ("COMPARE", "Model", "Method", "comparedWith"),
    ("COMPARE", "Dataset", "Dataset", None),
    ("CONJUNCTION", "Method", "Method", None),
    ("FEATURE-OF", "Metric", "Task", None),
])
def test_scierc_labels_map_to_graph_types(label, head, tail, expected):
    assert map_label(label, m(head), m(tail)) == expected


def relations(text: str, *names: tuple[str, str], model="packaged") -> set[tuple[str, str, str]]:
    found = mentions_of(text, *names)
    by_index = {i: mention.text for i, mention in found}
    rels = sentence_relations(text, found, 0, model=model)
    assert all(r.type in RELATION_TYPES and r.sentence == 0 and 0 < r.score <= 1 for r in rels)
    return {(by_index[r.head], r.type, by_index[r.tail]) for r in rels}


def test_outperforms_and_appositive_rules_without_a_model():
    assert relations("FooNet clearly outperforms BigGAN on CIFAR-10.", ("FooNet", "Model"), ("BigGAN", "Model"),
                     ("CIFAR-10", "Dataset"), model=None) == {("FooNet", "outperforms", "BigGAN")}
    assert relations("BigGAN is outperformed by FooNet.", ("BigGAN", "Model"), ("FooNet", "Model"),
                     model=None) == {("FooNet", "outperforms", "BigGAN")}
    assert relations("We study Mamba, a selective state-space model.", ("Mamba", "Model"),
                     ("selective state-space model", "Method"), model=None) == {
        ("Mamba", "isA", "selective state-space model")}


needs_model = pytest.mark.skipif(packaged_model() is None, reason="no packaged relation model in kg/models/relations")


@needs_model
def test_classifier_reads_typed_relations():
    assert ("FooNet", "evaluatedOn", "CIFAR-10") in relations(
        "We evaluate FooNet on the CIFAR-10 benchmark.", ("FooNet", "Model"), ("CIFAR-10", "Dataset"))
    assert ("BERT", "addresses", "question answering") in relations(
        "We use BERT for question answering.", ("BERT", "Model"), ("question answering", "Task"))
    assert ("FooNet", "outperforms", "BigGAN") in relations(
        "FooNet outperforms BigGAN in terms of FID on CIFAR-10.", ("FooNet", "Model"), ("BigGAN", "Model"),
        ("FID", "Metric"), ("CIFAR-10", "Dataset"))


@needs_model
def test_extract_lists_relations_as_indices_into_entities():
    from kg.extract import Extractor

    extractor = Extractor(ner_model=None, roles=False)
    paper = Paper("p", "FooNet: fast generation", "We evaluate FooNet on CIFAR-10. FooNet outperforms BERT on SQuAD.")
    record = next(extractor.extract([paper])).to_dict()
    named = {(record["entities"][r["head"]]["text"], r["type"], record["entities"][r["tail"]]["text"])
             for r in record["relations"]}
    assert ("FooNet", "outperforms", "BERT") in named
    assert all({"head", "tail", "type", "score"} <= set(r) <= {"head", "tail", "type", "score", "dataset", "metric"}
               for r in record["relations"])
    (outperforms,) = [r for r in record["relations"] if r["type"] == "outperforms"]
    assert outperforms["dataset"] == "SQuAD"


@needs_model
@pytest.mark.skipif(not (SHARED / "data" / "scierc" / "dev.json").exists(), reason="SciERC dev not in ../shared")
def test_packaged_model_scores_on_scierc_dev():
    from kg.evaluate import relations as train

    sentences = train.read_pairs(SHARED / "data" / "scierc" / "dev.json")
    model = packaged_model()
    table = train.scores(train.predicted_relations(model, train.examples(sentences), model.meta["threshold"]),
                         train.gold_relations(sentences))
    assert table["micro"][2] >= 0.45, table
    assert table["CONJUNCTION"][2] >= 0.6 and table["USED-FOR"][2] >= 0.4, table


def test_classifier_relations_need_specific_ends_and_a_task_object():
    from kg.extract.relations import is_task_name, specific

    def m(text: str, field: str = "abstract") -> Mention:
        return Mention(0, len(text), text, "Method", field, 0.9, "ner")

    assert specific(m("RSD"), "RSD") and specific(m("contrastive learning"), "contrastive learning")
    assert specific(m("large language models"), "large language models (LLMs) are")
    assert not specific(m("MLA-specific inference acceleration techniques"), "")
    assert not specific(m("the standard supervised learning procedure"), "")
    assert not specific(m("Lossless Decoding Method", "title"), "")
    assert not specific(m("18 image understanding"), "")
    assert is_task_name("language modeling") and is_task_name("question answering")
    assert not is_task_name("extrapolate") and not is_task_name("multi-query attention (MQA)")


def test_a_usage_cue_must_govern_the_used_mention():
    from kg.extract.relations import uses_cue_between

    def cue(text: str, a: str, b: str) -> bool:
        (_, first), (_, second) = mentions_of(text, (a, "Model"), (b, "Method"))
        return uses_cue_between(text, first, second)

    assert cue("FooNet uses BigGAN to generate images.", "FooNet", "BigGAN")
    assert cue("FooNet, a model that uses attention pooling, is fast.", "FooNet", "attention pooling")
    assert cue("FooNet is built on top of BigGAN.", "FooNet", "BigGAN")
    # the cue's object is another phrase; the later mention sits in a relative clause or a comparison
    assert not cue("FooNet using gates that act on the line graph of a DAG.", "FooNet", "DAG")
    assert not cue("FooNet based on similar settings as that of BigGAN.", "FooNet", "BigGAN")
    assert not cue("FooNet uses few layers, while BigGAN is deep.", "FooNet", "BigGAN")
    assert not cue("FooNet is compared with BigGAN.", "FooNet", "BigGAN")


@pytest.mark.parametrize("text, long_form, instance", [
    ("GPT-4o", None, True), ("FluxFlow", None, True), ("SemEval-2025 Task 1", None, True),
    ("diffusion model", None, False), ("MLLM", None, False), ("NeRF", None, False),
    ("DiT", "Diffusion Transformer", False), ("2D diffusion model", None, False),
])
def test_an_is_a_edge_needs_a_class_at_its_end(text, long_form, instance):
    from kg.extract.relations import _names_an_instance
    from kg.records import Mention

    assert _names_an_instance(Mention(0, len(text), text, "Model", "abstract", 0.8, "ner", long_form)) is instance


def test_names_of_one_list_are_no_kind_of_each_other():
    from kg.extract.relations import _pair_relations
    from kg.records import Mention

    text = "We query ChatGPT, Claude, DeepSeek, Gemini and Llama."
    first, second = (Mention(text.index(n), text.index(n) + len(n), n, "Model", "abstract", 0.8, "ner")
                     for n in ("Claude", "Gemini"))
    assert _pair_relations(text, 0, first, 1, second, "HYPONYM-OF", 0.9, 0) == []
    text = "We use Mamba, a selective state space model, here."
    first = Mention(7, 12, "Mamba", "Model", "abstract", 0.8, "ner")
    second = Mention(text.index("selective"), text.index(","), "selective state space model", "Model", "abstract",
                     0.8, "ner")
    assert [r.type for r in _pair_relations(text, 0, first, 1, second, "HYPONYM-OF", 0.9, 0)] == ["isA"]
