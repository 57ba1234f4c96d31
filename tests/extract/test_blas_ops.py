import os

import numpy
import pytest
from thinc.api import NumpyOps

from kg.extract import Extractor
from kg.extract.blas_ops import BlasOps, use_blas_ops
from kg.extract.pipeline import packaged_ner_model
from kg.pipeline.parallel import _environment
from kg.records import Paper


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_agrees_with_thinc(trans1, trans2):
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((5, 7) if trans1 else (7, 5)).astype("f")
    y = rng.standard_normal((3, 5) if trans2 else (5, 3)).astype("f")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = BlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (7, 3) and got.dtype == numpy.float32
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)
    out = numpy.zeros((7, 3), dtype="f")
    assert BlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-6)
    assert BlasOps().gemm(numpy.zeros((0, 5), "f"), y, trans2=trans2).shape == (0, 3)


PAPERS = [
    Paper("p1", "FlashAttention: Fast and Memory-Efficient Exact Attention",
          "We propose FlashAttention, an IO-aware attention algorithm. We train BERT-large on the "
          "Wikipedia corpus and evaluate on SQuAD and GLUE. FlashAttention improves accuracy by 2.1 points "
          "over the Transformer baseline and reduces memory use."),
    Paper("p2", "Scaling Laws for Neural Language Models",
          "We study empirical scaling laws for language model performance on the cross-entropy loss. "
          "Larger models such as GPT-3 are significantly more sample-efficient."),
]


def _has_packaged_recogniser() -> bool:
    try:
        return packaged_ner_model() is not None
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not _has_packaged_recogniser(), reason="this install has no packaged recogniser")
def test_recogniser_runs_on_blas_ops_and_extracts_the_same():
    fast = Extractor(roles=False)
    layers = [layer for _, c in fast.nlp.components if hasattr(c, "model") for layer in c.model.walk()]
    assert layers and all(isinstance(layer.ops, BlasOps) for layer in layers)
    plain = Extractor(roles=False)
    for _, component in plain.nlp.components:
        for layer in getattr(component, "model", None).walk() if hasattr(component, "model") else ():
            layer.ops = NumpyOps()
    assert [e.to_record() for e in fast.extract(PAPERS)] == [e.to_record() for e in plain.extract(PAPERS)]
    assert use_blas_ops(plain.nlp) is plain.nlp


def test_pool_environment_sets_only_what_the_user_left_unset(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with _environment({"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}):
        assert os.environ["OMP_NUM_THREADS"] == "4"
        assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    assert "OPENBLAS_NUM_THREADS" not in os.environ and os.environ["OMP_NUM_THREADS"] == "4"
