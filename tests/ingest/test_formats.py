"""Each reader on a small fixture under tests/fixtures/ingest, hostile inputs included."""

from pathlib import Path

from kg.ingest.arxiv_atom import read_arxiv_atom
from kg.ingest.arxiv_snapshot import read_arxiv_snapshot
from kg.ingest.bibtex import latex_to_text, read_bibtex
from kg.ingest.csvfile import read_csv
from kg.ingest.jsonl import read_jsonl
from kg.ingest.openalex import read_openalex, rebuild_abstract
from kg.ingest.s2 import read_s2
from kg.records import Paper, RecordError, Source
from conftest import ROOT, SHARED

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SHARED_TITLE = "ChatGPT and Software Testing Education: Promises & Perils of Wrapped Titles"


def split(records):
    records = list(records)
    return (
        [r for r in records if isinstance(r, Paper)],
        [r for r in records if isinstance(r, RecordError)],
    )


def test_jsonl_generic_column_names():
    papers, errors = split(read_jsonl(FIXTURES / "papers.jsonl"))
    mixed, arxiv, custom, untitled = papers
    assert mixed.title == "Mixed-Case Keys"
    assert mixed.abstract == "An abstract under a summary key."
    assert (mixed.doi, mixed.id, mixed.date) == ("10.1234/abc", "doi:10.1234/abc", "2021")
    assert mixed.authors == ["Ada Lovelace", "Alan Turing"]
    assert (arxiv.arxiv_id, arxiv.id) == ("2202.12139", "arxiv:2202.12139")
    assert arxiv.date == "2022-02-24"
    assert arxiv.authors == ["A. One", "B. Two", "C. Three"]
    assert custom.id.startswith("title:") and custom.date == "1999"
    assert mixed.sources == [Source(str(FIXTURES / "papers.jsonl"), 1, "jsonl")]
    assert [p.sources[0].position for p in papers] == [1, 2, 3, 4]  # the blank line is no record
    assert untitled.title == "" and untitled.id.startswith("abstract:")  # an abstract alone is a paper
    assert [(e.position, e.message) for e in errors] == [
        (5, "record has no abstract (title: 'No Abstract Here')"),
    ]


def test_jsonl_bad_line_between_good_ones():
    papers, errors = split(read_jsonl(FIXTURES / "bad_line.jsonl"))
    assert [p.title for p in papers] == ["First Good", "Second Good"]
    assert len(errors) == 1
    assert errors[0].position == 2
    assert errors[0].message.startswith("line 2: invalid JSON")


def test_one_record_with_a_results_list_is_a_record(tmp_path):
    """A one-line file of a record with its leaderboard rows is that record, not a page of "results" records."""
    path = tmp_path / "one.jsonl"
    path.write_text('{"id": "2003.13042", "title": "Omni-sourced Learning", "abstract": "We introduce OmniSource.", '
                    '"results": [{"dataset": "Kinetics-400", "score": "83.6"}]}\n')
    papers, errors = split(read_jsonl(path))
    assert errors == []
    assert [(p.title, p.abstract) for p in papers] == [("Omni-sourced Learning", "We introduce OmniSource.")]


def test_jsonl_invalid_utf8_is_replaced_and_reading_goes_on():
    """Bytes that are not UTF-8 become U+FFFD; the record and the next one are kept."""
    papers, errors = split(read_jsonl(FIXTURES / "invalid_utf8.jsonl"))
    assert errors == []
    assert [p.title for p in papers] == ["Bad \ufffd\ufffd Bytes", "Clean"]
    assert papers[0].abstract == "Caf\u00e9 and a stray \ufffd byte."


def test_csv_bom_quoted_header_newline_in_field_and_placeholders():
    papers, errors = split(read_csv(FIXTURES / "bom_quoted.csv"))
    assert len(papers) == 1
    paper = papers[0]
    assert paper.title == 'A "Quoted" Title'
    assert paper.abstract == "Line one line two, with a comma."
    assert paper.authors == ["P. Kogge", "J. Shalf"]
    assert (paper.doi, paper.date) == ("10.1109/x.1", "2013")
    assert [(e.position, e.message) for e in errors] == [
        (2, "record has no abstract (title: 'Preface')")
    ]


def test_csv_without_title_column_is_one_file_error():
    papers, errors = split(read_csv(FIXTURES / "no_title.csv"))
    assert papers == []
    assert len(errors) == 1
    assert errors[0].position is None
    assert "no title column" in errors[0].message
    assert "Name, Abstract" in errors[0].message


def test_arxiv_atom_unwraps_and_reports_errors(tmp_path):
    papers, errors = split(read_arxiv_atom(FIXTURES / "feed.xml"))
    (paper,) = papers
    assert paper.title == SHARED_TITLE
    assert paper.abstract == "We ask whether δ > 0 holds for Rényi entropies."  # LaTeX as text
    assert (paper.arxiv_id, paper.doi) == ("2302.03287", "10.1109/icstw58534.2023.00078")
    assert (paper.date, paper.url) == ("2023-02-07", "https://arxiv.org/abs/2302.03287")
    assert paper.authors == ["Sajed Jalil"]
    assert [e.position for e in errors] == [2, 3]
    assert "arXiv:cond-mat/0412498 has no abstract" in errors[0].message
    assert errors[1].message == "arXiv API error: incorrect id format for 1234.12345"

    broken = tmp_path / "broken.xml"
    broken.write_text("<feed><entry>")
    assert [e.position for e in read_arxiv_atom(broken)] == [None]


def test_arxiv_snapshot_named_json():
    papers, errors = split(read_arxiv_snapshot(FIXTURES / "snapshot.json"))
    (paper,) = papers
    assert paper.title == SHARED_TITLE
    assert paper.abstract == "A longer abstract about δ that is hard-wrapped over lines."
    assert (paper.id, paper.date) == ("arxiv:2302.03287", "2023-02-07")
    assert paper.authors == ["Sajed Jalil", "Suzzana Rafi"]
    assert [(e.position, "arXiv:0704.0001" in e.message) for e in errors] == [(2, True)]


def test_bibtex_latex_and_missing_abstract():
    papers, errors = split(read_bibtex(FIXTURES / "refs.bib"))
    (paper,) = papers
    assert paper.title == "Net2Net: Accelerating Learning via & Knowledge Transfer"
    assert paper.abstract == "We gain 5% or 50% with λ \u2014 and R\u00e9nyi."
    assert paper.authors == ["Csaba Bal\u00e1zs", "Richard E Turner"]
    assert (paper.date, paper.doi, paper.arxiv_id) == ("2020-03", "10.1000/abc", "1511.05641")
    assert [(e.position, "noabstract2021" in e.message) for e in errors] == [(2, True)]


def test_latex_to_text():
    assert latex_to_text(r"{{Double}} {{Braces}}") == "Double Braces"
    assert latex_to_text(r"90\% \& more \textemdash{} x") == "90% & more \u2014 x"
    assert latex_to_text(r"a bare 50% sign") == "a bare 50% sign"


def test_openalex_single_work_with_jats():
    (paper,) = read_openalex(FIXTURES / "openalex_single.json")
    assert paper.title == "Fairness and Health"
    assert paper.abstract == "BACKGROUND Machine learning helps."
    assert (paper.arxiv_id, paper.id) == ("2304.04761", "arxiv:2304.04761")  # from the arXiv DOI
    assert paper.authors == ["Shaina Raza"]  # the NULL AUTHOR_ID placeholder is dropped


def test_rebuild_abstract_orders_positions():
    assert rebuild_abstract({"b": [1], "a": [0, 2]}) == "a b a"
    assert rebuild_abstract(None) == ""


def test_s2_search_page():
    papers, errors = split(read_s2(FIXTURES / "s2_data.json"))
    (paper,) = papers
    assert (paper.id, paper.doi, paper.date) == (
        "arxiv:2302.03287", "10.1109/icstw58534.2023.00078", "2023")
    assert [(e.position, "def" in e.message) for e in errors] == [(2, True)]
