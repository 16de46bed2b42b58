"""Embedding layer with word-cluster features (Brown clusters) and gazetteer classes.

``lagebild.ClusterHashEmbed.v1`` is spaCy's ``MultiHashEmbed`` plus one extra column: the
word's cluster id (from the ``lexeme_cluster`` table in ``nlp.vocab.lookups`` during
training; stored in the layer itself in the shipped pipeline, see ``embed_clusters``).
With ``gazetteer = true`` a further column gives the token's class in the gazetteers of
``generator/nlp/data/gazetteer`` (country, organisation, medium, person, given name, title,
demonym), so the NER learns how far to trust them. Clusters group names, places and
function words learnt from a large unlabelled corpus, which helps the small annotated
corpora generalise.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import hash_string
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


def gazetteer_classes() -> dict[int, int]:
    """Token ORTH hash → gazetteer class id.

    Hand-written lists: LOC 1, ORG 2, MEDIA 3, PER 4, given name 5, title 6, demonym 7, word of
    a multi-word name 8. Generated lists (features only): 9-15 = 8 + a bit mask of place word
    (1), given name (2), surname (4); organisation cue word (legal form, ``FC``, ``Verlag``) 16.
    The hand-written classes win.
    """
    from generator.nlp.gazetteer_data import load_gazetteer

    gaz = load_gazetteer()
    masks: dict[str, int] = dict.fromkeys(gaz.place_words, 1)
    for text in gaz.given_names:
        masks[text] = masks.get(text, 0) | 2
    for text in gaz.family_names:
        masks[text] = masks.get(text, 0) | 4
    classes: dict[str, int] = {text: 8 + mask for text, mask in masks.items()}
    for text in gaz.org_cues:
        classes[text] = 16
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
    return {hash_string(text): cls for text, cls in classes.items()}


def cluster_features(attrs: list[str], gazetteer: bool) -> Model[list[Doc], list[Ints2d]]:
    """Token attribute columns, the cluster id (0: unknown) and optionally a gazetteer class."""
    from spacy.attrs import intify_attr

    ids = [intify_attr(a) for a in attrs] + [ORTH, LOWER]
    n_attrs = len(attrs)
    classes = gazetteer_classes() if gazetteer else {}

    def forward(model: Model, docs: list[Doc], is_train: bool):
        out = []
        shipped = model.attrs.get("clusters")
        for doc in docs:
            table = shipped if shipped is not None else doc.vocab.lookups.get_table(TABLE, {})
            arr = doc.to_array(ids).reshape((len(doc), len(ids)))
            orths = arr[:, n_attrs].tolist()
            lowers = arr[:, n_attrs + 1].tolist()
            extra = [table.get(o, 0) or table.get(lw, 0) for o, lw in zip(orths, lowers, strict=True)]
            if gazetteer:
                extra += [classes.get(o, 0) for o in orths]
            cols = numpy.asarray(extra, dtype="uint64").reshape((1 + gazetteer, len(doc))).T
            feats = numpy.hstack([arr[:, :n_attrs], cols])
            out.append(model.ops.asarray2i(feats, dtype="uint64"))
        return out, lambda d_out: []

    return Model("cluster_features", forward, attrs={"clusters": None})


def embed_clusters(model: Model, table: dict[int, int]) -> int:
    """Store the cluster table inside every ``cluster_features`` layer of ``model``.

    Training reads clusters from ``nlp.vocab.lookups``; the shipped pipeline keeps them in the
    layer (a plain dict loads much faster than a lookups table). Returns the layers updated.
    """
    n = 0
    for node in model.walk():
        if node.name == "cluster_features":
            node.attrs["clusters"] = table
            n += 1
    return n


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
