"""Matrix products of the recogniser through numpy's BLAS instead of thinc's blis.

thinc's ``NumpyOps.gemm`` calls blis; on the shapes of our recogniser (a few thousand token rows
by 192 by 128, float32) numpy's OpenBLAS is 2.6–3× faster on the machines we measured (AMD EPYC
with AVX-512: 31 vs 81–100 GFLOPS), which takes about 1.8 ms off each abstract (17% of
extraction). The products are the same for every input we compared (the extractions of 1,500
synthetic abstracts and the sample corpus's exports are identical); everything else stays
thinc's.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import NumpyOps


class BlasOps(NumpyOps):
    """thinc's CPU ops with ``gemm`` done by ``numpy.matmul``."""

    name = "kg_blas"

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


def use_blas_ops(nlp: Language) -> Language:
    """Give every layer of the pipeline's trained models :class:`BlasOps` (only where they run
    on thinc's plain numpy ops, never on a GPU's)."""
    ops = BlasOps()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps:
                layer.ops = ops
    return nlp
