"""Embedding layer with word-cluster features (Brown clusters stored in the vocab lookups).

``lagebild.ClusterHashEmbed.v1`` is spaCy's ``MultiHashEmbed`` plus one extra column: the
word's cluster id (from the ``lexeme_cluster`` table in ``nlp.vocab.lookups``, saved with the
pipeline). With ``gazetteer = true`` a further column gives the token's class in the
gazetteers of ``generator/nlp/data/gazetteer`` (country, organisation, medium, person, given
name, title, demonym), so the NER learns how far to trust them. Clusters group names, places
and function words learnt from a large unlabelled corpus, which helps the small annotated
corpora generalise.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d

TABLE = "lexeme_cluster"
ARTICLES = {"Der", "Die", "Das", "Den", "Dem", "Des", "Von", "Für", "Und", "The", "Le", "La", "El"}


def gazetteer_classes() -> dict[str, int]:
    """Token text → gazetteer class id (LOC, ORG, MEDIA, PER, given name, title, demonym)."""
    from generator.nlp.gazetteer_data import load_gazetteer

    gaz = load_gazetteer()
    classes: dict[str, int] = {}
    for text in gaz.demonyms:
        classes[text] = 7
    for text in gaz.titles:
        classes[text] = 6
    for text in gaz.first_names:
        classes[text] = 5
    for text, (label, kind) in gaz.names.items():
        if " " in text:
            for word in text.split():
                if word[:1].isupper() and word not in ARTICLES:
                    classes.setdefault(word, 8)
            continue
        classes[text] = {"LOC": 1, "ORG": 2, "PER": 4}[label] + (kind == "media")
    return classes


def cluster_features(attrs: list[str], gazetteer: bool) -> Model[list[Doc], list[Ints2d]]:
    """Token attribute columns, the cluster id (0: unknown) and optionally a gazetteer class."""
    from spacy.attrs import intify_attr

    ids = [intify_attr(a) for a in attrs]
    classes = gazetteer_classes() if gazetteer else {}

    def forward(model: Model, docs: list[Doc], is_train: bool):
        out = []
        for doc in docs:
            table = doc.vocab.lookups.get_table(TABLE, {})
            base = doc.to_array(ids)
            if base.ndim == 1:
                base = base.reshape((-1, len(ids)))
            rows = [[table.get(tok.orth, 0) or table.get(tok.lower, 0)] for tok in doc]
            if gazetteer:
                for row, tok in zip(rows, doc, strict=True):
                    row.append(classes.get(tok.text, 0))
            clusters = numpy.asarray(rows, dtype="uint64").reshape((len(doc), 1 + gazetteer))
            out.append(model.ops.asarray2i(numpy.hstack([base, clusters]), dtype="uint64"))
        return out, lambda d_out: []

    return Model("cluster_features", forward)


@registry.architectures("lagebild.ClusterHashEmbed.v1")
def ClusterHashEmbed(
    width: int, attrs: list[str], rows: list[int], cluster_rows: int, gazetteer: bool = False
) -> Model[list[Doc], list[Floats2d]]:
    """MultiHashEmbed over ``attrs`` plus the cluster column (and a gazetteer-class column)."""
    all_rows = [*rows, cluster_rows] + ([64] if gazetteer else [])
    embeddings = [
        HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(all_rows)
    ]
    return chain(
        cluster_features(list(attrs), gazetteer),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
