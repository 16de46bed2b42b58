"""Entity component combining the statistical NER with gazetteers and name rules.

Runs after ``ner``. Three sources, in order of trust:

1. exact gazetteer names (countries, places, organisations, media, persons): they win over
   model entities they overlap, unless a longer model entity contains them
   (``Universität Wien`` stays ORG);
2. name rules: a given name followed by a capitalised proper noun (``Mark Rutte``) or a
   title followed by one (``Präsident Selenskyj``) is PER; such a span replaces model
   entities it covers;
3. the model's entities everywhere else, except currency, weekday and month names
   (``not_entities.txt``), adjectives (``deutschen``, ``Wiener``), which become MISC, and
   names inside hyphenated common nouns (``HSV-Vorstand``, ``ITR-Chef``: dropped, as in
   GermEval); a leading role noun is trimmed (``Motorenchef Mikulic`` → PER ``Mikulic``).

Generated place names (``gen_places.txt``) are NER features only unless
``generated_places = true``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from generator.nlp.gazetteer_data import Gazetteer, load_gazetteer

NAME_POS = {"PROPN", "NOUN", "X", "ADJ"}
PARTICLES = {"von", "van", "de", "da", "di", "del", "al", "bin", "ten", "zu", "le", "la"}
ARTICLE_PARTICLES = {"der", "den", "dem", "la", "le"}
# last parts of hyphenated compounds that name a place or an institution themselves
NAME_HEADS = {
    "Straße", "Strasse", "Platz", "Allee", "Gasse", "Weg", "Ring", "Brücke", "Tor", "Turm",
    "Kirche", "Dom", "Kapelle", "Kloster", "Schloss", "Burg", "Park", "Garten", "Tal", "Berg",
    "See", "Kanal", "Insel", "Bahnhof", "Flughafen", "Hafen", "Stadion", "Arena", "Halle",
    "Denkmal", "Mahnmal", "Museum", "Krankenhaus", "Klinik", "Kliniken", "Klinikum", "Hospital",
    "Gymnasium", "Schule", "Kindergarten", "Preis", "Preises", "Bundesliga", "Liga",
    "Weltmeisterschaft", "Meisterschaft", "Wettbewerb", "Festival", "Festspiele", "Tour",
}
# last words of organisation names (legal forms, English company heads)
ORG_HEADS = {
    "GmbH", "mbH", "AG", "KG", "KGaA", "OHG", "SE", "e.V.", "Inc.", "Inc", "Ltd.", "Ltd", "Corp.",
    "LLC", "plc", "PLC", "S.A.", "N.V.", "B.V.", "S.p.A.", "Ges.m.b.H.", "Ges.m.b.h.", "Records",
    "Press", "Pictures", "Studios", "Entertainment", "Associates", "Holdings", "Airlines",
}
# role nouns in front of a name: "Motorenchef Mikulic", "Ökonomierat Bachmann" (compounds end so)
ROLE_ENDINGS = (
    "chef", "chefin", "rat", "rätin", "präsident", "präsidentin", "minister", "ministerin",
    "sprecher", "sprecherin", "trainer", "trainerin", "direktor", "direktorin", "leiter",
    "leiterin", "vorsitzende", "vorsitzender", "kanzler", "kanzlerin", "kommissar",
    "kommissarin", "botschafter", "botschafterin", "bürgermeister", "bürgermeisterin",
    "sekretär", "sekretärin", "anwalt", "anwältin", "manager", "managerin", "stürmer",
    "torwart", "kapitän", "experte", "expertin", "forscher", "forscherin", "sänger",
    "sängerin", "autor", "autorin", "regisseur", "regisseurin", "schauspieler",
    "schauspielerin", "gründer", "gründerin", "pfarrer", "bischof", "general",
)


class GazetteerNER:
    """Merge gazetteer matches and name rules into ``doc.ents``."""

    def __init__(
        self, nlp: Language, name: str, rules: bool = True, generated_places: bool = False
    ) -> None:
        self.name = name
        self.rules = rules
        self.gaz: Gazetteer = load_gazetteer()
        # first token → [(all tokens, label)], longest first
        self.patterns: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        skip = set() if generated_places else self.gaz.generated
        for text, (label, _kind) in self.gaz.names.items():
            if text in skip:
                continue
            words = _pattern(nlp, text)
            self.patterns.setdefault(words[0], []).append((words, label))
        for options in self.patterns.values():
            options.sort(key=lambda o: -len(o[0]))

    def __call__(self, doc: Doc) -> Doc:
        gaz_spans = _longest(self._match(doc))
        rule_spans = self._name_rules(doc) if self.rules else []
        org_spans = self._org_rules(doc) if self.rules else []
        ents = [self._clean(e) for e in doc.ents]
        ents = [e for e in ents if e is not None]
        for span in gaz_spans:
            ents = _merge(ents, span, keep_longer_model=True)
        for span in rule_spans:
            ents = _merge(ents, span, keep_longer_model=False)
        for span in org_spans:
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
        while len(ent) > 1 and (ent[0].text in self.gaz.titles or _role(ent[0])) and (
            ent.label_ == "PER" or _namelike(ent[1])
        ):  # "Dr. Müller" → "Müller", "Motorenchef Mikulic" → "Mikulic" (PER)
            ent = Span(ent.doc, ent.start + 1, ent.end, label="PER")
        text = ent.text
        if text in self.gaz.not_entities:
            return None
        if len(ent) == 1 and _compound_part(ent[0], self.gaz) and (
            self.gaz.lookup(text) is None
        ):
            return None  # "HSV-Vorstand", "US-Projektentwickler": a name inside a noun
        if ent.label_ == "PER" and len(ent) == 1 and ent[0].pos_ == "NOUN" and len(text) > 12 \
                and "-" not in text and self.gaz.lookup(text) is None and not (
                text in self.gaz.family_names or text in self.gaz.surnames):
            return None  # "Waffenstillstandsgespräche": a long common noun, not a surname
        if ent.label_ in ("PER", "ORG", "LOC") and self.gaz.lookup(text) is None and (
            text[:1].islower() or (len(ent) == 1 and self.gaz.place_adjective(text))
            or text in self.gaz.demonyms or text in self.gaz.peoples
        ):
            return Span(ent.doc, ent.start, ent.end, label="MISC")
        return ent

    def _org_rules(self, doc: Doc) -> list[Span]:
        """``Factory Records``, ``Wienstrom GmbH``: proper nouns closed by an organisation head."""
        spans: list[Span] = []
        for tok in doc:
            if tok.text not in ORG_HEADS or tok.i == 0:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 3 and _org_word(doc[start - 1]):
                start -= 1
            if start < tok.i and not (start == doc[start].sent.start and len(doc[start:tok.i]) == 1
                                      and doc[start].pos_ != "PROPN"):
                spans.append(Span(doc, start, tok.i + 1, label="ORG"))
        return spans

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


def _org_word(tok: Token) -> bool:
    """A word that can stand in an organisation name before its head (``Factory``, ``&``)."""
    text = tok.text
    if text == "&":
        return True
    return (
        text[:1].isupper() and tok.pos_ in ("PROPN", "X") and text.replace("-", "").isalnum()
    )


def _role(tok: Token) -> bool:
    """A common noun naming a role or office (``Motorenchef``), not a name itself."""
    text = tok.text
    return (
        tok.pos_ == "NOUN" and text[:1].isupper() and text.replace("-", "").isalpha()
        and text.lower().endswith(ROLE_ENDINGS)
    )


def _compound_part(tok: Token, gaz: Gazetteer) -> bool:
    """``HSV-Vorstand``, ``ITR-Chef``: a hyphenated common noun whose head is not a name part."""
    text = tok.text
    if "-" not in text.strip("-"):
        return False
    head = text.rsplit("-", 1)[1]
    if not head[:1].isupper() or len(head) < 4:
        return False
    if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and head.lower().endswith(ROLE_ENDINGS)):
        return False
    return not (
        head in gaz.org_cues or head in NAME_HEADS or head in gaz.family_names
        or head in gaz.given_names or head in gaz.place_words
    )


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


@Language.factory(
    "lagebild_gazetteer", default_config={"rules": True, "generated_places": False}
)
def make_gazetteer(nlp: Language, name: str, rules: bool, generated_places: bool) -> GazetteerNER:
    """Gazetteer and name-rule entities on top of the statistical NER."""
    return GazetteerNER(nlp, name, rules=rules, generated_places=generated_places)
