"""Property-based checks: arbitrary Unicode (lone surrogates, control characters, huge fields)
in every supported format never crashes reading, and every graph made of what is read
re-parses and passes the shapes. Bounded: few examples, a deadline per example."""

import json
from xml.sax.saxutils import escape

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.ingest import read_papers  # noqa: E402

from conftest import ROOT  # noqa: E402

CHARS = st.characters(exclude_categories=())  # every code point, lone surrogates and controls too
TEXT = st.one_of(st.text(CHARS, max_size=40), st.text(CHARS, min_size=1, max_size=3).map(lambda t: t * 40_000))
BOUNDED = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck),
                   derandomize=True)


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # lone surrogates become invalid UTF-8, as in the wild


def _jsonl(title, abstract, author):
    return "jsonl", json.dumps({"title": title, "abstract": abstract, "authors": [author]}).encode() + b"\n" * 2


def _json_escaped_raw(title, abstract, author):
    return "json", _bytes(json.dumps([{"title": title, "abstract": abstract, "author": author}], ensure_ascii=False))


def _csv(title, abstract, author):
    quote = lambda v: '"' + v.replace('"', '""') + '"'  # noqa: E731
    return "csv", _bytes(f"title,abstract,authors\n{quote(title)},{quote(abstract)},{quote(author)}\n")


def _bibtex(title, abstract, author):
    return "bib", _bytes(f"@article{{k1,\n  title = {{{title}}},\n  abstract = {{{abstract}}},\n  author = {{{author}}}\n}}\n")


def _atom(title, abstract, author):
    return "xml", _bytes('<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
                         f"<id>http://arxiv.org/abs/2101.00001v1</id><title>{escape(title)}</title>"
                         f"<summary>{escape(abstract)}</summary><author><name>{escape(author)}</name></author>"
                         "</entry></feed>")


def _openalex(title, abstract, author):
    words = {word: [i] for i, word in enumerate(abstract.split()[:50])}
    return "json", json.dumps({"results": [{"id": "https://openalex.org/W1", "title": title,
                                            "abstract_inverted_index": words,
                                            "authorships": [{"author": {"display_name": author}}]}]}).encode()


def _s2(title, abstract, author):
    return "json", json.dumps({"data": [{"paperId": "abc", "title": title, "abstract": abstract,
                                         "authors": [{"name": author}], "externalIds": {}}]}).encode()


def _snapshot(title, abstract, author):
    return "json", json.dumps([{"id": "2101.00001", "title": title, "abstract": abstract, "authors": author,
                                "update_date": "2021-01-01", "versions": []}]).encode()


def _hf_daily(title, abstract, author):
    return "txt", _bytes(f"Papers\narxiv:2101.00001\n{title}\n{author}\nAbstract\n{abstract}\n")


WRITERS = [_jsonl, _json_escaped_raw, _csv, _bibtex, _atom, _openalex, _s2, _snapshot, _hf_daily]


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w.__name__.strip("_"))
@BOUNDED
@given(title=TEXT, abstract=TEXT, author=st.text(CHARS, max_size=20))
def test_any_text_in_any_format_reads_without_a_crash(writer, title, abstract, author, tmp_path_factory):
    suffix, data = writer(title, abstract, author)
    path = tmp_path_factory.mktemp("in") / f"record.{suffix}"
    path.write_bytes(data)
    errors = []
    papers = list(read_papers([path], on_error=errors.append))
    for paper in papers:
        for text in (paper.title, paper.abstract, *paper.authors):
            text.encode("utf-8")  # no lone surrogate survives reading
        assert 0 < len(paper.abstract) <= 100_000 and len(paper.title) <= 2_000
    for error in errors:
        assert "\x1b" not in str(error) and len(str(error)) < 1_200


@BOUNDED
@given(title=st.text(CHARS, max_size=60), abstract=st.text(CHARS, min_size=1, max_size=200),
       date=st.one_of(st.none(), st.from_regex(r"\d{4}(-\d{2}(-\d{2})?)?", fullmatch=True)),
       url=st.one_of(st.none(), st.text(CHARS, max_size=30), st.just("javascript:alert(1)")))
def test_rdf_of_any_paper_reparses_and_passes_the_shapes(title, abstract, date, url, tmp_path_factory):
    pyshacl = pytest.importorskip("pyshacl")
    from rdflib import Graph

    from kg.export.formats import serialize
    from kg.export.rdf import to_rdf
    from kg.graph.network import build_graph
    from kg.ingest.build import make_paper, source
    from kg.records import Extraction, Mention, Sentence

    paper = make_paper(source("f.jsonl", 1, "jsonl"), title=title, abstract=abstract, date=date, url=url,
                       authors=[title[:10]])
    if not hasattr(paper, "abstract"):
        return  # a record error: reading reported it
    n = len(paper.abstract)
    mention = Mention(0, min(n, 5), paper.abstract[: min(n, 5)], "Model", "abstract", 0.9, "ner")
    extraction = Extraction(paper, sentences=[Sentence(0, n, "result")],
                            entities=[mention] if any(c.isalnum() for c in mention.text) else [])
    rdf = to_rdf(build_graph([extraction]))
    for fmt, parser in (("nt", "nt"), ("ttl", "turtle")):
        again = Graph().parse(data=serialize(rdf, fmt).decode("utf-8"), format=parser)
        assert len(again) == len(rdf)
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"))
    assert conforms, report[:2000]
