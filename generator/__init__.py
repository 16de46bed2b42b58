"""Lagebild: German news articles → actors, claims, open questions → a static report site."""

import os

# Lagebild runs one analysis process per core. numpy's BLAS (OpenBLAS) is only fast on one
# thread when it starts on one, and it reads this variable once, when numpy is first imported
# (a setting made by the user wins). See generator/nlp/arithmetic.py.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
