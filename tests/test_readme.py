"""Every Python block of README.md runs as written (in a temporary directory holding a copy of
one page of examples/, so it stays quick and writes nothing into the repository)."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import ROOT

BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(encoding="utf-8"), re.M | re.S)


def test_readme_has_python_blocks():
    assert BLOCKS, "README.md lost its library example"


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_readme_python_block_runs(number, tmp_path, monkeypatch, capsys):
    (tmp_path / "examples").mkdir()
    smallest = min((ROOT / "examples").glob("*.txt"), key=lambda p: p.stat().st_size)
    shutil.copy(smallest, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(BLOCKS[number], f"README.md python block {number + 1}", "exec"), {"__name__": "__readme__"})
    if "graph.write(" in BLOCKS[number]:
        assert (tmp_path / "exports" / "graph.ttl").stat().st_size > 0
