"""The ingest front door: format detection, read_papers, dedupe_papers."""

import logging
import shutil
from pathlib import Path

import pytest

from kg.ingest import (
    UnknownFormatError,
    dedupe_papers,
    detect_format,
    paper_id,
    read_papers,
)
from kg.records import Paper, Source
from conftest import ROOT, SHARED

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SHARED_TITLE = "ChatGPT and Software Testing Education: Promises & Perils of Wrapped Titles"


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("hf_page.txt", "hf_daily"),
        ("papers.jsonl", "jsonl"),
        ("bad_line.jsonl", "jsonl"),
        ("snapshot.json", "arxiv_snapshot"),
        ("openalex_single.json", "openalex"),
        ("s2_data.json", "s2"),
        ("feed.xml", "arxiv_atom"),
        ("refs.bib", "bibtex"),
        ("bom_quoted.csv", "csv"),
    ],
)
def test_detect_format(name, fmt):
    assert detect_format(FIXTURES / name) == fmt


def test_detect_format_override_and_unknown(tmp_path):
    assert detect_format(FIXTURES / "papers.jsonl", format="S2") == "s2"
    assert detect_format("anything.dat", format="atom") == "arxiv_atom"
    with pytest.raises(UnknownFormatError, match="known extensions"):
        detect_format(tmp_path / "notes.pdf")
    with pytest.raises(UnknownFormatError, match="unknown format 'marc'"):
        detect_format(FIXTURES / "papers.jsonl", format="marc")


def test_read_papers_directory_with_errors_to_callback(tmp_path):
    for name in ("papers.jsonl", "bad_line.jsonl", "refs.bib"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "sub").mkdir()
    shutil.copy(FIXTURES / "feed.xml", tmp_path / "sub" / "feed.xml")
    (tmp_path / "README.md").write_text("not an input")
    errors = []
    papers = list(read_papers(tmp_path, on_error=errors.append))
    # Sorted, recursive: bad_line.jsonl, papers.jsonl, refs.bib, sub/feed.xml.
    assert [p.sources[0].format for p in papers] == ["jsonl"] * 6 + ["bibtex", "arxiv_atom"]
    assert [p.title for p in papers][:2] == ["First Good", "Second Good"]
    assert len(errors) == 1 + 1 + 1 + 2
    assert all(isinstance(p, Paper) for p in papers)


def test_read_papers_logs_errors_by_default(caplog):
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        papers = list(read_papers(FIXTURES / "bad_line.jsonl"))
    assert len(papers) == 2
    assert "line 2: invalid JSON" in caplog.text


def test_read_papers_format_override_and_missing_path(tmp_path):
    renamed = tmp_path / "page.data"
    shutil.copy(FIXTURES / "hf_page.txt", renamed)
    assert len(list(read_papers([renamed], on_error=lambda e: None, format="hf_daily"))) == 4
    with pytest.raises(UnknownFormatError):
        list(read_papers([renamed]))
    with pytest.raises(FileNotFoundError):
        list(read_papers([tmp_path / "missing.jsonl"]))


def test_same_paper_has_same_id_in_every_format():
    files = ["feed.xml", "snapshot.json", "s2_data.json"]
    papers = list(read_papers([FIXTURES / f for f in files], on_error=lambda e: None))
    assert [p.id for p in papers] == ["arxiv:2302.03287"] * 3
    assert {p.title for p in papers} == {SHARED_TITLE}


def make(title, abstract="An abstract.", position=1, **fields):
    src = Source(path="x", position=position, format="jsonl")
    return Paper(
        id=paper_id(fields.get("arxiv_id"), fields.get("doi"), title),
        title=title, abstract=abstract, sources=[src], **fields,
    )


def test_dedupe_merges_on_any_shared_key():
    by_title = make("Deep  Learning!", "Short.", 1)
    by_doi = make("deep learning", "A much longer abstract.", 2, doi="10.1/X", date="2020")
    by_arxiv = make("A Retitled Version", "Mid abstract.", 3, doi="https://doi.org/10.1/x",
                    arxiv_id="2001.00001", authors=["A. B."])
    other = make("Something Else", position=4)
    merged = dedupe_papers([by_title, other, by_doi, by_arxiv])
    assert [p.title for p in merged] == ["Deep  Learning!", "Something Else"]
    first = merged[0]
    assert first.abstract == "A much longer abstract."
    assert (first.doi, first.arxiv_id, first.date) == ("10.1/X", "2001.00001", "2020")
    assert first.authors == ["A. B."]
    assert first.id == "arxiv:2001.00001"  # recomputed from the merged fields
    assert [s.position for s in first.sources] == [1, 2, 3]
    assert merged[1].sources == other.sources


def test_dedupe_is_deterministic_and_keeps_singletons():
    papers = [make(f"Paper {i}", position=i) for i in range(5)]
    assert [p.title for p in dedupe_papers(papers)] == [p.title for p in papers]
    assert dedupe_papers([]) == []


def test_title_only_records_are_papers_only_when_asked(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "t", "title": "BERT for SQuAD"}\n{"id": "a", "title": "X", "abstract": "We use BERT."}\n',
                    encoding="utf-8")
    errors = []
    assert [p.record_id for p in read_papers([path], on_error=errors.append)] == ["a"]
    assert "has no abstract" in errors[0].message
    papers = list(read_papers([path], title_only=True))
    assert [(p.record_id, p.abstract) for p in papers] == [("t", ""), ("a", "We use BERT.")]
