"""CPU arithmetic for the pipeline's neural components.

thinc multiplies matrices with its bundled BLIS by default. numpy's own BLAS (OpenBLAS in
numpy's wheels), started on one thread, is faster on the same matrices (the parser's and
NER's precomputed hidden layers, the tok2vec CNNs): about a tenth more words per second in a
per-component profile, parses and entities unchanged. Started on more threads it is no faster
than BLIS here, even when limited to one thread later, so it is only chosen when
``OPENBLAS_NUM_THREADS`` is 1, which ``generator/__init__.py`` sets unless the user has set it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from thinc.api import use_ops


@contextmanager
def numpy_blas() -> Iterator[None]:
    """Models created inside this block multiply with numpy's BLAS when it runs one thread."""
    single = os.environ.get("OPENBLAS_NUM_THREADS") == "1"
    with use_ops("numpy", use_blis=False) if single else nullcontext():
        yield
