"""Word-cluster table for the ``lagebild.ClusterHashEmbed.v1`` features (training time only).

The Brown clusters come from the ``spacy-lookups-data`` package (German ``lexeme_cluster``,
MIT licence); the most frequent words (by ``lexeme_prob``) are kept and stored in the trained
pipeline's vocab, so the package is not needed at run time.
"""

from __future__ import annotations

import gzip
import json
from importlib.resources import files

from spacy.lookups import Lookups
from spacy.util import registry

from generator.nlp.features import TABLE


def _load(name: str) -> dict:
    path = files("spacy_lookups_data") / "data" / f"de_{name}.json.gz"
    with gzip.open(str(path), "rt", encoding="utf8") as fh:
        return json.load(fh)


@registry.misc("lagebild.cluster_lookups.v1")
def cluster_lookups(size: int = 250_000) -> Lookups:
    """Lookups with the ``size`` most frequent clustered words."""
    clusters = _load("lexeme_cluster")
    probs = _load("lexeme_prob")
    words = sorted(
        (w for w, c in clusters.items() if c), key=lambda w: probs.get(w, -30.0), reverse=True
    )[:size]
    lookups = Lookups()
    lookups.add_table(TABLE, {w: clusters[w] for w in words})
    return lookups


def lemma_table(size: int = 150_000) -> dict[str, str]:
    """German form → lemma lookup of spacy-lookups-data, for the ``size`` most frequent forms."""
    probs = _load("lexeme_prob")
    frequent = set(sorted(probs, key=probs.__getitem__, reverse=True)[:size])
    return {form: lemma for form, lemma in _load("lemma_lookup").items() if form in frequent}
