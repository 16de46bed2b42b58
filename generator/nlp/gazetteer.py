"""Entity component combining the statistical NER with gazetteers and name rules.

Runs after ``ner``. Three sources, in order of trust:

1. exact gazetteer names (countries, places, organisations, media, persons): they win over
   model entities they overlap, unless a longer model entity contains them
   (``Universität Wien`` stays ORG);
2. name rules: a given name followed by a capitalised proper noun (``Mark Rutte``) or a
   title followed by one (``Präsident Selenskyj``) is PER; such a span replaces model
   entities it covers;
3. the model's entities everywhere else, except currency, weekday and month names
   (``not_entities.txt``) and adjectives (``deutschen``, ``Wiener``), which become MISC.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from generator.nlp.gazetteer_data import Gazetteer, load_gazetteer

NAME_POS = {"PROPN", "NOUN", "X", "ADJ"}
PARTICLES = {"von", "van", "de", "da", "di", "del", "al", "bin", "ten", "zu", "le", "la"}
ARTICLE_PARTICLES = {"der", "den", "dem", "la", "le"}


class GazetteerNER:
    """Merge gazetteer matches and name rules into ``doc.ents``."""

    def __init__(self, nlp: Language, name: str, rules: bool = True) -> None:
        self.name = name
        self.rules = rules
        self.gaz: Gazetteer = load_gazetteer()
        # first token → [(all tokens, label)], longest first
        self.patterns: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for text, (label, _kind) in self.gaz.names.items():
            words = _pattern(nlp, text)
            self.patterns.setdefault(words[0], []).append((words, label))
        for options in self.patterns.values():
            options.sort(key=lambda o: -len(o[0]))

    def __call__(self, doc: Doc) -> Doc:
        gaz_spans = _longest(self._match(doc))
        rule_spans = self._name_rules(doc) if self.rules else []
        ents = [self._clean(e) for e in doc.ents]
        ents = [e for e in ents if e is not None]
        for span in gaz_spans:
            ents = _merge(ents, span, keep_longer_model=True)
        for span in rule_spans:
            ents = _merge(ents, span, keep_longer_model=False)
        doc.set_ents(sorted(ents, key=lambda s: s.start), default="outside")
        return doc

    def _match(self, doc: Doc) -> list[Span]:
        spans = []
        words = [t.text for t in doc]
        for i, word in enumerate(words):
            for pattern, label in self.patterns.get(word, ()):
                if tuple(words[i : i + len(pattern)]) == pattern:
                    spans.append(Span(doc, i, i + len(pattern), label=label))
                    break
        return spans

    def _clean(self, ent: Span) -> Span | None:
        """Drop or retype model entities that the gazetteers know better."""
        while ent.label_ == "PER" and len(ent) > 1 and ent[0].text in self.gaz.titles:
            ent = Span(ent.doc, ent.start + 1, ent.end, label="PER")  # "Dr. Müller" → "Müller"
        text = ent.text
        if text in self.gaz.not_entities:
            return None
        if ent.label_ in ("PER", "ORG", "LOC") and self.gaz.lookup(text) is None and (
            text[:1].islower() or (len(ent) == 1 and self.gaz.place_adjective(text))
            or text in self.gaz.demonyms or text in self.gaz.peoples
        ):
            return Span(ent.doc, ent.start, ent.end, label="MISC")
        return ent

    def _name_rules(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        i = 0
        while i < len(doc) - 1:
            tok = doc[i]
            end = None
            if tok.text in self.gaz.first_names:
                end = self._surname_end(doc, i + 1, first=True)
                start = i
            elif tok.text in self.gaz.titles:
                start = i + 1
                if doc[start].text in self.gaz.first_names:
                    end = self._surname_end(doc, start + 1, first=True)
                else:
                    end = self._surname_end(doc, start, first=False)
            if end is not None:
                spans.append(Span(doc, start, end, label="PER"))
                i = end
            else:
                i += 1
        return spans

    def _surname_end(self, doc: Doc, j: int, first: bool) -> int | None:
        """End of a surname starting at ``j`` (with particles ``von der``), or None."""
        k = j
        if k < len(doc) and doc[k].text in PARTICLES:
            k += 1
            if k < len(doc) and doc[k].text in ARTICLE_PARTICLES:
                k += 1
        if k >= len(doc) or not _namelike(doc[k]):
            return None
        if k > j and doc[k].pos_ != "PROPN" and doc[k].text not in self.gaz.surnames:
            return None
        if self.gaz.lookup(doc[k].text) and doc[k].text not in self.gaz.surnames:
            return None  # a country or organisation, not a surname
        if not first and doc[k].pos_ not in ("PROPN", "X") and doc[k].text not in self.gaz.surnames:
            return None
        end = k + 1
        while end < len(doc) and end - k < 3 and _namelike(doc[end]) and doc[end].pos_ == "PROPN":
            end += 1
        return end


def _pattern(nlp: Language, text: str) -> tuple[str, ...]:
    """The tokens of a name; plain words are split on spaces (much faster than tokenizing)."""
    words = text.split(" ")
    if text.replace("-", "").replace(" ", "").isalnum() and "" not in words:
        return tuple(words)
    return tuple(t.text for t in nlp.make_doc(text))


def _namelike(tok: Token) -> bool:
    text = tok.text
    return (
        len(text) > 1 and text[0].isupper() and not text.isupper()
        and tok.pos_ in NAME_POS and text.replace("-", "").isalpha()
    )


def _longest(spans: list[Span]) -> list[Span]:
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def _merge(ents: list[Span], span: Span, keep_longer_model: bool) -> list[Span]:
    """Put ``span`` into ``ents``, replacing the entities it overlaps.

    Gazetteer names (``keep_longer_model``) yield to a longer entity containing them; rule
    spans yield to any entity reaching outside them (``Saint Ann Parish``).
    """
    overlap = [e for e in ents if e.start < span.end and span.start < e.end]
    if keep_longer_model and any(
        e.start <= span.start and span.end <= e.end and len(e) > len(span) for e in overlap
    ):
        return ents
    if not keep_longer_model and any(e.start < span.start or e.end > span.end for e in overlap):
        return ents
    return [e for e in ents if e not in overlap] + [span]


@Language.factory("lagebild_gazetteer", default_config={"rules": True})
def make_gazetteer(nlp: Language, name: str, rules: bool) -> GazetteerNER:
    """Gazetteer and name-rule entities on top of the statistical NER."""
    return GazetteerNER(nlp, name, rules=rules)
