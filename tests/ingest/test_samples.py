"""Real exported files from ../shared/ingest-samples (see PROVENANCE.md there)."""

from pathlib import Path

import pytest

from kg.ingest import detect_format, read_file
from kg.records import Paper, RecordError
from conftest import ROOT, SHARED

SAMPLES = SHARED / "ingest-samples"

# file: (format, papers, record errors), each counted by hand from the file.
EXPECTED = {
    "arxiv_atom.xml": ("arxiv_atom", 10, 0),
    "arxiv_atom_2026.xml": ("arxiv_atom", 10, 0),
    "arxiv_metadata_snapshot.jsonl": ("arxiv_snapshot", 200, 0),
    "bibtex_with_abstracts.bib": ("bibtex", 34, 2),
    "openalex_works.json": ("openalex", 13, 3),
    "semantic_scholar_papers_batch.json": ("s2", 3, 1),
    "papers_ieee_xplore.csv": ("csv", 10, 0),
    "papers_scopus_export.csv": ("csv", 17, 1),
}


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"ingest sample {path} is not present (../shared is outside the repo)")
    return path


def read(name: str) -> tuple[list[Paper], list[RecordError]]:
    records = list(read_file(sample(name)))
    return (
        [r for r in records if isinstance(r, Paper)],
        [r for r in records if isinstance(r, RecordError)],
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_counts(name):
    fmt, n_papers, n_errors = EXPECTED[name]
    assert detect_format(sample(name)) == fmt
    papers, errors = read(name)
    assert (len(papers), len(errors)) == (n_papers, n_errors), [str(e) for e in errors]
    assert all(p.sources[0].format == fmt for p in papers)
    assert all(p.title and p.abstract and "\n" not in p.abstract for p in papers)
    assert all(e.position is not None for e in errors)


def test_arxiv_atom_old_format():
    papers, _ = read("arxiv_atom.xml")
    by_id = {p.arxiv_id: p for p in papers}
    wrapped = by_id["cond-mat/0603029"]
    assert wrapped.title == (
        "From stripe to checkerboard order on the square lattice in the presence of quenched "
        "disorder"
    )
    assert by_id["cond-mat/0412498"].id == "arxiv:cond-mat/0412498"
    first = by_id["1201.4869"]
    assert first.abstract.startswith("As helium-4 is cooled below 2.17 K")
    assert first.abstract.endswith("low dimensional state of matter.")
    assert (first.doi, first.date) == ("10.1142/s021797921244002x", "2012-01-23")
    assert first.url == "https://arxiv.org/abs/1201.4869"
    assert "(p >= 3, integer)" in by_id["cond-mat/0412498"].abstract  # &gt; decoded
    assert "Rényi" in by_id["1412.6529"].abstract and "\\" not in by_id["1412.6529"].abstract  # LaTeX as text
    assert by_id["1303.6954"].arxiv_id == "1303.6954"  # v2 dropped


def test_arxiv_atom_new_format():
    papers, _ = read("arxiv_atom_2026.xml")
    titles = [p.title for p in papers]
    assert "ChatGPT and Software Testing Education: Promises & Perils" in titles
    explainable = papers[1]
    assert explainable.arxiv_id == "2405.13786"
    assert explainable.authors[0] == "Aurora Ram\u00edrez"  # mojibake in the file, repaired
    assert all("\n" not in p.abstract for p in papers)
    assert papers[0].authors == ["Mohit Kumar Ahuja", "Arnaud Gotlieb", "Helge Spieker"]


def test_arxiv_snapshot():
    papers, _ = read("arxiv_metadata_snapshot.jsonl")
    first = papers[0]
    assert first.id == "arxiv:0704.0001"
    assert first.title == (
        "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"
    )
    assert first.abstract.startswith("A fully differential calculation in perturbative")
    assert first.date == "2007-04-02"
    assert first.doi == "10.1103/physrevd.76.013009"
    assert first.authors[0] == "C. Bal\u00e1zs"
    assert papers[4].title == "From dyadic Λ_α to Λ_α"
    assert all("  " not in p.title for p in papers)


def test_bibtex_sample():
    papers, errors = read("bibtex_with_abstracts.bib")
    assert sorted(e.message.split()[1] for e in errors) == ["lee2020a", "shi2021"]
    by_title = {p.title: p for p in papers}
    claw = by_title["Continual Learning with Adaptive Weights (CLAW)"]
    assert claw.authors == ["Tameem Adel", "Han Zhao", "Richard E Turner"]
    assert claw.date == "2020"
    rusu = by_title["Progressive Neural Networks"]
    assert "tasks\u2014while both leveraging transfer" in rusu.abstract
    assert rusu.arxiv_id == "1606.04671"  # from the arxiv.org URL
    assert any("λ" in p.abstract for p in papers) and not any("$" in p.abstract for p in papers)
    assert all("{" not in p.title and "\\" not in p.title for p in papers)
    gate = by_title["Expert Gate: Lifelong Learning with a Network of Experts"]
    assert gate.doi == "10/gnq33f"


def test_openalex_sample():
    papers, errors = read("openalex_works.json")
    assert [e.position for e in errors] == [7, 9, 13]
    assert "W2489662619" in errors[0].message
    jats = papers[-1]
    assert jats.doi == "10.2196/preprints.28749"
    assert jats.abstract.startswith("BACKGROUND Crowdsourcing services, such as Amazon")
    assert "<" not in jats.abstract and "</sec>" not in jats.abstract
    assert jats.abstract.endswith("for training ML models.")
    assert papers[0].abstract.startswith("Existing climate classification has not been")
    assert papers[0].date == "2014-12-01"
    assert "NULL AUTHOR_ID" not in {a for p in papers for a in p.authors}


def test_s2_sample():
    papers, errors = read("semantic_scholar_papers_batch.json")
    assert errors[0].position == 1 and "null" in errors[0].message
    assert papers[0].title == "How Much Should We Trust Differences-in-Differences Estimates?"
    assert (papers[0].doi, papers[0].date) == ("10.2139/ssrn.288970", "2001-10-01")
    assert papers[0].authors == ["Marianne Bertrand", "E. Duflo", "S. Mullainathan"]
    assert papers[2].date == "2023"  # publicationDate is null: the year


def test_ieee_csv():
    papers, _ = read("papers_ieee_xplore.csv")
    first = papers[0]
    assert first.title == (
        "Exascale Computing Trends: Adjusting to the \"New Normal\"' for Computer Architecture"
    )
    assert first.authors == ["P. Kogge", "J. Shalf"]
    assert (first.doi, first.date) == ("10.1109/mcse.2013.95", "2013")


def test_scopus_csv():
    papers, errors = read("papers_scopus_export.csv")
    assert errors[0].position == 16
    assert "Preface: Petri nets for systems and synthetic biology" in errors[0].message
    first = papers[0]
    assert first.title == "Scalable molecular dynamics with NAMD"  # BOM not in 'Authors'
    assert first.authors[:2] == ["Phillips J.C.", "Braun R."]
    assert first.abstract.endswith("www.ks.uiuc.edu.")  # "© 2005 Wiley…" dropped
    assert first.date == "2005"
    proceedings = [p for p in papers if p.title.startswith("Computational Science and Its")]
    assert len(proceedings) == 2 and proceedings[0].id == proceedings[1].id
    assert all(p.authors == [] for p in proceedings)  # "[No author name available]"
