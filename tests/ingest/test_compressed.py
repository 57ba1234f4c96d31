"""Inputs compressed with gzip, bzip2 or xz are read as the file inside."""

import bz2
import gzip
import lzma
import shutil

import pytest

from kg.ingest import detect_format, read_papers
from kg.pipeline.build import BuildOptions, build_files

from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
COMPRESS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}


def _plain_fixtures():
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in {".jsonl", ".json", ".csv", ".bib", ".xml", ".txt"})


@pytest.mark.parametrize("ending", sorted(COMPRESS))
def test_every_fixture_reads_the_same_compressed(ending, tmp_path):
    fixtures = _plain_fixtures()
    assert fixtures
    for plain in fixtures:
        packed = tmp_path / (plain.name + ending)
        packed.write_bytes(COMPRESS[ending](plain.read_bytes()))
        assert detect_format(packed) == detect_format(plain), plain.name
        errors_plain, errors_packed = [], []
        want = [(p.id, p.title, p.abstract) for p in read_papers([plain], on_error=errors_plain.append)]
        got = [(p.id, p.title, p.abstract) for p in read_papers([packed], on_error=errors_packed.append)]
        assert got == want, plain.name
        assert [e.message for e in errors_packed] == [e.message for e in errors_plain], plain.name


def test_directories_find_compressed_files_and_a_damaged_one_is_one_error(tmp_path):
    (tmp_path / "good.jsonl.gz").write_bytes(gzip.compress(b'{"title": "T", "abstract": "We use BERT."}\n' * 2))
    (tmp_path / "cut.jsonl.xz").write_bytes(lzma.compress(b'{"title": "U", "abstract": "We use T5."}\n' * 50)[:40])
    errors = []
    papers = list(read_papers([tmp_path], on_error=errors.append))
    assert [p.title for p in papers] == ["T", "T"]
    assert len(errors) == 1 and errors[0].path.endswith("cut.jsonl.xz") and errors[0].position is None


def test_build_reads_a_gzipped_corpus(tmp_path):
    plain = FIXTURES / "papers.jsonl"
    shutil.copy(plain, tmp_path / "plain.jsonl")
    (tmp_path / "packed.jsonl.gz").write_bytes(gzip.compress(plain.read_bytes()))
    one = build_files([tmp_path / "plain.jsonl"], tmp_path / "a", BuildOptions(progress=False, formats=("nt",)))
    two = build_files([tmp_path / "packed.jsonl.gz"], tmp_path / "b", BuildOptions(progress=False, formats=("nt",)))
    assert one.papers == two.papers > 0
    strip = lambda path: path.read_bytes().replace(b"packed.jsonl.gz", b"plain.jsonl")  # noqa: E731
    assert strip(tmp_path / "b" / "graph.nt") == strip(tmp_path / "a" / "graph.nt")
