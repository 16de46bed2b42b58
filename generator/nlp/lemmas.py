"""Lemma lookup table on top of the edit-tree lemmatizer.

The trained lemmatizer generalises from little data and misses irregular forms (``zog``,
``nimmt``, ``Mechanismen``). For nouns, verbs, auxiliaries and adjectives found in the lookup
table, the table's lemma wins, also for a Swiss spelling with "ss" where the table has "ß"
(``hiess``, ``äusserte``). The table (German lemma lookup of spacy-lookups-data, MIT) is saved
inside the pipeline, so that package is needed only when the pipeline is built.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

LOOKUP_POS = {"NOUN", "VERB", "AUX", "ADJ"}
FORMS, LEMMAS = "forms.txt", "lemmas.txt"  # line n of one is the lemma of line n of the other


class LemmaLookup:
    """Override lemmas of open-class words with a form → lemma table."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.table: dict[str, str] = {}

    def set_table(self, table: dict[str, str]) -> None:
        self.table = {form: lemma for form, lemma in table.items() if form != lemma}

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for token in doc:
            if token.pos_ in LOOKUP_POS:
                lemma = table.get(token.text)
                if lemma is None and "ss" in token.text:  # Swiss spelling: "hiess", "äusserte"
                    lemma = table.get(token.text.replace("ss", "ß"))
                if lemma is not None:
                    token.lemma_ = lemma
        return doc

    def to_disk(self, path: Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        forms = sorted(self.table)
        (path / FORMS).write_text("\n".join(forms), encoding="utf8")
        (path / LEMMAS).write_text("\n".join(self.table[f] for f in forms), encoding="utf8")

    def from_disk(self, path: Path, *, exclude: tuple = ()) -> LemmaLookup:
        forms = (Path(path) / FORMS).read_text(encoding="utf8").split("\n")
        lemmas = (Path(path) / LEMMAS).read_text(encoding="utf8").split("\n")
        self.table = dict(zip(forms, lemmas, strict=True))
        return self


@lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """Lower-case lemmas in "-n" of the shipped table (verbs, and a few adjectives in "-en"):
    "klaffen" tells that "klaffe" may be a verb's form whichever pipeline parsed the text."""
    path = Path(__file__).parent / "de_lagebild" / "lagebild_lemma_lookup" / LEMMAS
    if not path.exists():
        return frozenset()
    words = path.read_text(encoding="utf8").split("\n")
    return frozenset(w for w in words if w[:1].islower() and w.endswith("n"))


@Language.factory("lagebild_lemma_lookup")
def make_lemma_lookup(nlp: Language, name: str) -> LemmaLookup:
    """Lemma lookup for open-class words (after the trained lemmatizer)."""
    return LemmaLookup(name)
