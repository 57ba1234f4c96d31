"""Hugging Face Daily Papers page text: a small fixture and the five real seed pages."""

from pathlib import Path

import pytest

from kg.ingest import dedupe_papers, read_papers
from kg.ingest.hf_daily import HEADER_LINES, looks_like_abstract, read_hf_daily
from kg.ingest.text import join_broken_words, latex_to_text, space_glued_sentences
from kg.records import Paper, RecordError
from conftest import ROOT, SHARED

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
EXAMPLES = ROOT / "examples"

# Papers per page, counted by hand: title line / blank / abstract paragraph blocks after
# the header; no page has a title without an abstract.
SEED_COUNTS = {
    "000_dc346bd04f768f91.txt": 49,
    "001_6a0df0aef2cbe2c5.txt": 54,
    "002_89c6ba041fb49219.txt": 24,
    "003_30069cea7c25ae93.txt": 51,
    "004_6ae23f9a3987138a.txt": 50,
}
SEED_UNIQUE = 178  # distinct titles (and abstracts) over the five pages


def seed(name: str) -> Path:
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"seed page {path} is not in this checkout")
    return path


def test_fixture_page():
    records = list(read_hf_daily(FIXTURES / "hf_page.txt"))
    papers = [r for r in records if isinstance(r, Paper)]
    errors = [r for r in records if isinstance(r, RecordError)]
    assert [p.title for p in papers] == [
        "A Paper Without Metadata",
        "A Paper With Metadata: Part 2",
        "Voted Paper",
        "Yearless Paper",
    ]
    assert [p.date for p in papers] == [None, "2025-02-10", "2024-06-22", None]
    assert papers[1].abstract == (
        "We study a second problem across several settings. Results improve by 3.2 points. "
        "Code is released."
    )
    assert [p.sources[0].position for p in papers] == [1, 2, 4, 5]
    assert all(p.sources[0].format == "hf_daily" for p in papers)
    assert len(errors) == 1
    assert errors[0].position == 3
    assert "A Title Whose Abstract Is Missing" in errors[0].message
    assert "no abstract" in errors[0].message


def test_looks_like_abstract():
    assert not looks_like_abstract("Revisiting Discriminative vs. Generative Classifiers")
    assert not looks_like_abstract("Yi: Open Foundation Models by 01.AI")
    assert looks_like_abstract("We study X. It works. Code is out.")
    assert looks_like_abstract("word " * 70)


@pytest.mark.parametrize("name, count", sorted(SEED_COUNTS.items()))
def test_seed_page_counts(name, count):
    records = list(read_hf_daily(seed(name)))
    assert all(isinstance(r, Paper) for r in records), [str(r) for r in records]
    assert len(records) == count
    assert [r.sources[0].position for r in records] == list(range(1, count + 1))


@pytest.mark.parametrize("name", sorted(SEED_COUNTS))
def test_seed_titles_and_abstracts_are_exact_lines(name):
    """Every title and abstract is one line of the page, verbatim but for its LaTeX, words broken at a line end and
    sentences glued to a full stop;
    no line of the page that is not header or metadata is left out."""
    path = seed(name)
    text = path.read_text(encoding="utf-8")
    lines = [space_glued_sentences(join_broken_words(latex_to_text(line.strip()))) for line in text.splitlines()]
    papers = list(read_hf_daily(path))
    titles = [p.title for p in papers]
    abstracts = [p.abstract for p in papers]
    content = [line for line in lines if line and line not in HEADER_LINES]
    used = set(titles) | set(abstracts)
    leftover = [line for line in content if line not in used]
    # What is left is only metadata and the page date: "• N authors", "·", "Feb 10, 2025 4".
    assert all(len(line) < 20 for line in leftover), leftover
    assert all(line in lines for line in titles + abstracts)
    assert not any(t in HEADER_LINES or len(t) > 200 for t in titles)
    assert sorted(abstracts) == sorted(line for line in lines if len(line) > 300)


def test_seed_spot_checks():
    first = list(read_hf_daily(seed("000_dc346bd04f768f91.txt")))
    assert first[0].title == "Image-based Treatment Effect Heterogeneity"
    assert first[0].abstract.startswith("Randomized controlled trials (RCTs) are considered")
    assert first[0].abstract.endswith("make all models available in open-source software.")
    assert first[-1].title == "Discrete Diffusion in Large Language and Multimodal Models: A Survey"
    assert first[-1].abstract.endswith("Paper collection: https://github.com/LiQiiiii/DLLM-Survey")
    assert all(p.date is None for p in first)  # "Aug 6" is the page date

    dated = list(read_hf_daily(seed("002_89c6ba041fb49219.txt")))
    by_title = {p.title: p for p in dated}
    assert by_title["Image-based Treatment Effect Heterogeneity"].date is None  # no metadata
    assert by_title[
        "DGNO: A Novel Physics-aware Neural Operator for Solving Forward and Inverse PDE "
        "Problems based on Deep, Generative Probabilistic Modeling"
    ].date == "2025-02-10"
    assert by_title["Probabilistic Programming with Programmable Variational Inference"].date == (
        "2024-06-22"  # "Jun 22, 2024 1": upvote count dropped
    )
    assert by_title["World Modeling with Probabilistic Structure Integration"].date == "2025-09-10"
    assert by_title["Yi: Open Foundation Models by 01.AI"].date == "2024-03-07"
    last = dated[-1]
    assert last.title == "Prioritizing Image-Related Tokens Enhances Vision-Language Pre-Training"
    assert last.date == "2025-05-13"
    assert last.abstract.endswith("compared to NTP given increasing compute and data.")
    assert sum(p.date is not None for p in dated) == 23
    assert not any("authors" in p.abstract[-20:] or "\u00b7" in p.abstract for p in dated)

    no_daily_header = list(read_hf_daily(seed("003_30069cea7c25ae93.txt")))
    assert no_daily_header[0].title == (
        "Contextual Memory Reweaving in Large Language Models Using Layered Latent State "
        "Reconstruction"
    )

    longest = list(read_hf_daily(seed("004_6ae23f9a3987138a.txt")))[-1]
    assert longest.title.startswith("DefSent+: Improving sentence embeddings")
    assert longest.title.endswith("of unlimited dictionary entries")


def test_seed_pages_dedupe():
    seed("000_dc346bd04f768f91.txt")
    errors = []
    papers = list(read_papers(EXAMPLES, on_error=errors.append))
    assert errors == []
    assert len(papers) == sum(SEED_COUNTS.values()) == 228
    unique = dedupe_papers(papers)
    assert len(unique) == SEED_UNIQUE
    assert len({p.id for p in unique}) == SEED_UNIQUE
    consciousness = next(p for p in unique if p.title == "The Consciousness Prior")
    assert [s.path.rsplit("/", 1)[-1][:3] for s in consciousness.sources] == ["000", "003", "004"]
    # A dated record (page 002) fills the date of the undated first occurrence (page 000).
    yi = next(p for p in unique if p.title == "Yi: Open Foundation Models by 01.AI")
    assert yi.date == "2024-03-07"
    assert yi.sources[0].path.endswith("000_dc346bd04f768f91.txt")


def test_paragraph_without_title_and_title_at_end(tmp_path):
    page = tmp_path / "page.txt"
    abstract = "We study a problem. It is hard. We solve it anyway."
    page.write_text(f"Daily Papers\n\nMar 1\n\n{abstract}\n\nGood Title\n\n{abstract}\n\nLast Title\n")
    records = list(read_hf_daily(page))
    assert [type(r).__name__ for r in records] == ["RecordError", "Paper", "RecordError"]
    assert "paragraph without a title" in records[0].message
    assert records[1].title == "Good Title" and records[1].abstract == abstract
    assert "'Last Title'" in records[2].message and records[2].position == 3
