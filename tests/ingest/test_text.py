"""Shared ingest helpers: text cleaning, dates, identifiers."""

import re

import pytest

from kg.ingest.build import make_paper, source
from kg.ingest.dates import iso_date
from kg.ingest.ids import normalise_arxiv_id, normalise_doi, paper_id, title_hash
from kg.ingest.text import (
    clean_text,
    fix_mojibake,
    is_placeholder,
    join_broken_words,
    normalise_title,
    space_glued_sentences,
    strip_copyright,
    latex_to_text,
    strip_markup,
)


def test_clean_text_unwraps_and_drops_control_characters():
    assert clean_text("  A title\n  wrapped\tover\r\nlines ") == "A title wrapped over lines"
    assert clean_text("nul\x00byte and bell\x07 and bom\ufeff") == "nulbyte and bell and bom"
    assert clean_text("non\u00a0breaking") == "non breaking"
    assert clean_text(None) == "" and clean_text("   ") == ""


def test_clean_text_is_nfc_and_keeps_latex():
    assert clean_text("Cafe\u0301") == "Caf\u00e9"
    assert clean_text(r"the $(k,\ell)$-pebble game") == r"the $(k,\ell)$-pebble game"


@pytest.mark.parametrize(
    "broken, fixed",
    [
        ("Aurora Ram\u00c3\u00adrez", "Aurora Ram\u00edrez"),  # as in arxiv_atom_2026.xml
        ("Jos\u00c3\u00a9 Ra\u00c3\u00bal", "Jos\u00e9 Ra\u00fal"),
        ("it\u00e2\u20ac\u2122s", "it\u2019s"),
        ("\u00c2\u00a9 2005", "\u00a9 2005"),
    ],
)
def test_fix_mojibake_repairs_utf8_read_as_latin1(broken, fixed):
    assert fix_mojibake(broken) == fixed


@pytest.mark.parametrize(
    "text", ["S\u00e3o Paulo \u00c3 o", "na\u00efve caf\u00e9 \u00dc", "Kal\u00e9"]
)
def test_fix_mojibake_leaves_real_text_alone(text):
    assert fix_mojibake(text) == text


def test_strip_markup_keeps_text_of_jats_tags():
    jats = "<sec> <title>BACKGROUND</title> Crowdsourcing <italic>works</italic>. </sec>"
    assert clean_text(strip_markup(jats)) == "BACKGROUND Crowdsourcing works ."
    assert strip_markup("R&amp;D a < b") == "R&D a < b"


@pytest.mark.parametrize(
    "abstract, expected",
    [
        ("We did it. \u00a9 2005 Wiley Periodicals, Inc.", "We did it."),
        ("We did it. \u00a92019 the Author(s).", "We did it."),
        ("Done. \u00a9 Springer Nature 2018. All rights reserved.", "Done."),
        ("Items (a), (b) and (c) predict it.", "Items (a), (b) and (c) predict it."),
        ("A \u00a9 sign mid-sentence. More text.", "A \u00a9 sign mid-sentence. More text."),
        ("We did it. Copyright 2019 IEEE.", "We did it."),
        ("We did it. COPYRIGHT 2019 the authors ", "We did it."),
        ("We did it. Copyr\u0131ght 2019 the authors", "We did it."),  # dotless i: re's IGNORECASE
        ("  No notice here.  ", "No notice here."),
    ],
)
def test_strip_copyright(abstract, expected):
    assert strip_copyright(abstract) == expected


def test_placeholders():
    assert is_placeholder("[No abstract available]")
    assert is_placeholder("[No author name available]")
    assert not is_placeholder("No abstract was needed for this result.")


def test_normalise_title():
    title = "  Yi: Open  Foundation\nModels by 01.AI "
    assert normalise_title(title) == "yi open foundation models by 01 ai"
    assert normalise_title("STRASSE \ufb01ne") == normalise_title("strasse fine")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2012-01-23T21:15:02Z", "2012-01-23"),
        ("Feb 10, 2025", "2025-02-10"),
        ("Mon, 2 Apr 2007 19:18:42 GMT", "2007-04-02"),
        ("4 Feb 2014", "2014-02-04"),
        ("2021-03", "2021-03"),
        (2013, "2013"),
        ("2013", "2013"),
        ("Mar 16", None),  # no year: never invented
        ("2021-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_identifiers():
    assert normalise_doi("https://doi.org/10.1109/MCSE.2013.95") == "10.1109/mcse.2013.95"
    assert normalise_doi("http://dx.doi.org/10.1142/S0217") == "10.1142/s0217"
    assert normalise_doi("10/gnq33f") == "10/gnq33f"
    assert normalise_doi("N/A") is None
    assert normalise_arxiv_id("http://arxiv.org/abs/cond-mat/0412498v1") == "cond-mat/0412498"
    assert normalise_arxiv_id("arXiv:2202.12139v3") == "2202.12139"
    assert normalise_arxiv_id("https://arxiv.org/pdf/1904.00310.pdf") == "1904.00310"
    assert normalise_arxiv_id("W2068311567") is None


def test_paper_id_prefers_arxiv_then_doi_then_title():
    assert paper_id("2202.12139v1", "10.1/x", "T") == "arxiv:2202.12139"
    assert paper_id(None, "https://doi.org/10.1/X", "T") == "doi:10.1/x"
    assert paper_id(None, None, "A Title!") == f"title:{title_hash('a title')}"
    assert len(title_hash("A Title")) == 16
    with pytest.raises(ValueError):
        paper_id()


@pytest.mark.parametrize(
    "latex, text",
    [
        (r"$\sim$62\% GFLOPs", "~62% GFLOPs"),
        (r"up to $10\times$ faster, $O(n^2)$ time", "up to 10× faster, O(n²) time"),
        (r"R\'{e}nyi and Schr\"odinger", "Rényi and Schrödinger"),
        (r"{\em et al.} use \textbf{BERT} \cite{devlin}", "et al. use BERT"),
        (r"$\mathcal{O}(n \log n)$ and $\alpha$-divergence", "𝒪(n log n) and α-divergence"),
        (r"the $\F$-module at $4500\kms$", "the F-module at 4500kms"),  # unknown macros keep their name
        ("a bare 50% sign, ~3x and costs $5 and $10", "a bare 50% sign, ~3x and costs $5 and $10"),
        ("plain text stays", "plain text stays"),
        (r"M$^2$CD and Echo-E$^{3}$Net cut CO$_2$ by $10^{-3}$", "M²CD and Echo-E³Net cut CO₂ by 10⁻³"),
        # font macros pylatexenc does not know leave their text; a link its text and address, a colour its text
        (r"we introduce \textbf{\texttt{RealChart2Code}} and \textsf{Foo}", "we introduce RealChart2Code and Foo"),
        (r"code at \href{https://github.com/a/b}{here} and \href{https://x.org}",
         "code at here (https://github.com/a/b) and https://x.org"),
        (r"\textcolor{red}{https://github.com/a/B.git} and \textcolor{blue}{\textbf{Bold}}",
         "https://github.com/a/B.git and Bold"),
        (r"a new {\color{ddt}Decoupled} \color{red}Transformer, \textbf{\color{ddt}D}iffusion",
         "a new Decoupled Transformer, Diffusion"),
        # a tie is a space; "~" for "about" and in an address is not a tie
        ("Retrieval-Augmented Generation~(RAG) beats Claude~4", "Retrieval-Augmented Generation (RAG) beats Claude 4"),
        ("about ~3x faster, see https://a.org/~user (~5%)", "about ~3x faster, see https://a.org/~user (~5%)"),
        ("models with 1M~60M parameters and Llama~3", "models with 1M~60M parameters and Llama 3"),  # a range
        (r"the reasoners Video-R1~\cite{r1} and Type~2 of Pi~5", "the reasoners Video-R1 and Type 2 of Pi 5"),
        ("MyNet~ achieves 3%~10% (N ~ 10, >~ 0.8)", "MyNet achieves 3%~10% (N ~ 10, >~ 0.8)"),
        # text-mode symbols
        (r"a masked \texttt{\textless EOS\textgreater} loss", "a masked <EOS> loss"),
        (r"called REC$\checkmark$D (Rechecked), $\cmark$ or $\xmark$", "called REC✓D (Rechecked), ✓ or ✗"),
    ],
)
def test_latex_to_text(latex, text):
    assert latex_to_text(latex) == text


def test_arxiv_snapshot_sample_has_no_tex_left():
    import json

    from conftest import SHARED

    path = SHARED / "ingest-samples" / "arxiv_metadata_snapshot.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for field in ("title", "abstract"):
            text = latex_to_text(clean_text(record[field]))
            assert not re.search(r"\\[A-Za-z]", text), (record["id"], text)
            if record[field].count("$") % 2 == 0:  # one abstract has an unmatched $
                assert "$" not in text, (record["id"], text)


def test_latex_that_pylatexenc_cannot_substitute_logs_no_warning(caplog):
    import logging

    from kg.ingest.text import latex_to_text

    with caplog.at_level(logging.WARNING):
        out = latex_to_text(r"an estimate $\widehat$ of it")
    assert "estimate" in out and "\\" not in out
    assert not [r for r in caplog.records if r.name.startswith("pylatexenc")]


@pytest.mark.parametrize(("broken", "joined"), [
    ("official base- lines: Support Vec- tor Machine", "official baselines: Support Vector Machine"),
    ("eluci- dating", "elucidating"),  # neither piece a word: one word
    ("real- world data, LLM- based agents", "real-world data, LLM-based agents"),  # compounds keep the hyphen
    ("object- centric", "object-centric"),
])
def test_join_broken_words_rejoins_words_broken_at_a_line_end(broken, joined):
    assert join_broken_words(broken) == joined


def test_join_broken_words_keeps_suspended_hyphens():
    for text in ("open- and closed-source models", "short- to long-term", "pre- or post-training", "A - B"):
        assert join_broken_words(text) == text


def test_a_record_s_title_and_abstract_are_rejoined_and_spaced():
    paper = make_paper(source("x.jsonl", 1, "jsonl"), title="Support Vec- tor Machines",
                       abstract="We compare base- lines on real- world data.We win.")
    assert (paper.title, paper.abstract) == ("Support Vector Machines",
                                             "We compare baselines on real-world data. We win.")


def test_space_glued_sentences_spaces_a_sentence_after_its_full_stop_only():
    assert space_glued_sentences("style and motion.To address this, we add.We test it.") \
        == "style and motion. To address this, we add. We test it."
    for text in ("Weights in model.pt and torch.nn", "version v1.2", "U.S.A. and e.g. this", "Fig.3"):
        assert space_glued_sentences(text) == text
