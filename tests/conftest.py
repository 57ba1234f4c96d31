"""Shared fixtures: a small hand-written set of extractions and the graph built from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph.network import build_graph
from kg.records import Claim, Extraction, Mention, Paper, Relation, Sentence, Source

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def mention(text: str, field_text: str, kind: str, field: str = "abstract", **extra) -> Mention:
    start = field_text.index(text)
    return Mention(start, start + len(text), text, kind, field, extra.pop("score", 0.9),
                   extra.pop("extractor", "gazetteer"), **extra)


def _paper(pid: str, title: str, abstract: str) -> Paper:
    return Paper(pid, title, abstract, date="2024-01-02", arxiv_id=pid.removeprefix("arxiv:"),
                 sources=[Source("fixture.jsonl", 1, "jsonl")])


def fixture_extractions() -> list[Extraction]:
    """Three papers: two use SQuAD and name Llama 2 in different spellings; one proposes FooNet."""
    a = _paper(
        "arxiv:2401.00001",
        "FooNet: A Network for <script>alert('x')</script> Question Answering",
        'We propose FooNet. FooNet outperforms Llama 2 on SQuAD. It reaches 91.5% accuracy "quoted" \\ here.',
    )
    ex_a = Extraction(
        a,
        sentences=[Sentence(0, 18, "objective"), Sentence(19, 55, "result"), Sentence(56, len(a.abstract), "result")],
        entities=[
            mention("FooNet", a.title, "Model", "title", extractor="title", proposed=True),
            mention("FooNet", a.abstract, "Model", proposed=True),
            Mention(19, 25, "FooNet", "Model", "abstract", 0.85, "title", proposed=True),
            mention("Llama 2", a.abstract, "Model"),
            mention("SQuAD", a.abstract, "Dataset"),
            mention("accuracy", a.abstract, "Metric"),
        ],
        relations=[Relation(2, 3, "outperforms", 0.6, "pattern", 1), Relation(2, 4, "evaluatedOn", 0.55, "pattern", 1)],
        claims=[Claim(19, 55, a.abstract[19:55], "comparison", 0.8, "cue", [2, 3, 4], [])],
    )
    b = _paper("arxiv:2401.00002", "Reading with LLaMA-2", "We fine-tune LLaMA-2 and evaluate it on SQuAD and MMLU.")
    ex_b = Extraction(
        b,
        sentences=[Sentence(0, len(b.abstract), "method")],
        entities=[
            mention("LLaMA-2", b.title, "Model", "title"),
            mention("LLaMA-2", b.abstract, "Model"),
            mention("SQuAD", b.abstract, "Dataset"),
            mention("MMLU", b.abstract, "Dataset"),
        ],
        relations=[Relation(1, 2, "evaluatedOn", 0.55, "pattern", 0)],
    )
    c = _paper("arxiv:2401.00003", "Variational autoencoders (VAEs) for MMLU",
               "We train a variational autoencoder (VAE) and VAEs on MMLU.")
    ex_c = Extraction(
        c,
        sentences=[Sentence(0, len(c.abstract), "method")],
        entities=[
            mention("Variational autoencoders", c.title, "Model", "title"),
            mention("variational autoencoder", c.abstract, "Model", extractor="acronym"),
            mention("VAE", c.abstract, "Model", extractor="acronym", long_form="variational autoencoder"),
            Mention(c.abstract.index("VAEs"), c.abstract.index("VAEs") + 4, "VAEs", "Model", "abstract", 0.75,
                    "acronym", long_form="variational autoencoder"),
            mention("MMLU", c.abstract, "Dataset"),
        ],
    )
    return [ex_a, ex_b, ex_c]


def astral_extraction() -> Extraction:
    """A paper whose title and abstract hold characters outside the Basic Multilingual Plane (math
    letters, emoji: one character each, two UTF-16 code units) before and inside its sentences."""
    p = _paper("arxiv:2402.00001", "𝒜Net: Models for 😀 Question Answering",
               "We propose 𝒜Net 🚀. 𝒜Net outperforms BERT 😀 on SQuAD 𝔽. It reaches 𝟗𝟏% 🎯.")
    first = p.abstract.index(". ") + 1
    second = p.abstract.index(". ", first) + 1
    winner = p.abstract.index("𝒜Net outperforms")
    return Extraction(
        p,
        sentences=[Sentence(0, first, "objective"), Sentence(first + 1, second, "result"),
                   Sentence(second + 1, len(p.abstract), "result")],
        entities=[
            mention("𝒜Net", p.title, "Model", "title", extractor="title", proposed=True),
            Mention(winner, winner + 4, "𝒜Net", "Model", "abstract", 0.9, "gazetteer", proposed=True),
            mention("BERT", p.abstract, "Model"),
            mention("SQuAD", p.abstract, "Dataset"),
        ],
        relations=[Relation(1, 2, "outperforms", 0.6, "pattern", 1)],
        claims=[Claim(first + 1, second, p.abstract[first + 1 : second], "comparison", 0.8, "cue", [1, 2, 3], [])],
    )


@pytest.fixture
def extractions() -> list[Extraction]:
    return fixture_extractions()


@pytest.fixture
def graph(extractions):
    return build_graph(extractions)


def start_server(source, **options):
    """A ``kg serve`` server on a free loopback port, serving from a daemon thread."""
    import threading

    from kg.sparql.serve import make_server

    server = make_server(source, port=0, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stop_server(server) -> None:
    server.shutdown()
    server.server_close()
