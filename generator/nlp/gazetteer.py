"""Entity component combining the statistical NER with gazetteers and name rules.

Runs after ``ner``. Three sources, in order of trust:

1. exact gazetteer names (countries, places, organisations, media, persons): they win over
   model entities they overlap, unless a longer model entity contains them
   (``Universität Wien`` stays ORG; not a known organisation followed by one common noun:
   ``SVP Wähler`` → ``SVP``);
2. name rules: a given name followed by a capitalised proper noun (``Mark Rutte``) or a
   title followed by one (``Präsident Selenskyj``) is PER; form rules for organisations
   (``Factory Records``, ``Naumburger SV 1905``, ``Kunsthalle Basel``, ``„Bild“``) and
   English place names (``Mason River``); such a span replaces model entities it covers;
3. the model's entities everywhere else, except currency, weekday and month names
   (``not_entities.txt``), lowercase adjectives (``deutschen``) and place adjectives
   (``Wiener``), which become MISC — lowercase names stay (``van Gaal``, ``ddp``) — and
   names inside hyphenated common nouns (``HSV-Vorstand``, ``ITR-Chef``: dropped, as in
   GermEval; districts such as ``Mannheim-Neckarau`` stay LOC); a leading role noun is
   trimmed (``Motorenchef Mikulic`` → PER ``Mikulic``), and so are trailing function words
   and numbers after a person's name (``Geza 995`` → ``Geza``); event names (``events.txt``:
   ``Zweiten Weltkriegs``) are MISC;
4. context rules where no known name decides: an unknown name after a role noun
   (``roles.txt`` and the analysis' roles: ``Rapper Ice-T``) or alone after a speech verb
   (``sagte Schönberg.``) is PER, after a noun for a kind of organisation
   (``org_descriptors.txt``: ``Technologie-Konzerns Kyocera``) ORG, and an acronym in
   parentheses after an organisation or place takes its label (``Bundesamt für Kommunikation
   (BAKOM)``).

Generated place names (``gen_places.txt``) are NER features only unless
``generated_places = true``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from generator.nlp.gazetteer_data import Gazetteer, load_gazetteer, noun_form

NAME_POS = {"PROPN", "NOUN", "X", "ADJ"}
PARTICLES = {"von", "van", "de", "da", "di", "del", "al", "bin", "ten", "zu", "le", "la"}
ARTICLE_PARTICLES = {"der", "den", "dem", "la", "le"}
# titles a royal bears before the given name alone ("Prinzessin Sofia", "König Charles")
ROYAL_TITLES = ("prinz", "prinzessin", "könig", "königin", "herzog", "herzogin", "fürst", "fürstin")
# a double surname ("Stetter-Karp", "Leutheusser-Schnarrenberger")
DOUBLE_SURNAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+")
# legal forms that end a firm's name ("Müller & Co. KG")
LEGAL_FORMS = {"Co", "KG", "AG", "GmbH", "mbH", "KGaA", "OHG", "SE", "Inc", "Ltd", "LLC", "Corp"}
# last parts of hyphenated compounds that name a place or an institution themselves
NAME_HEADS = {
    "Straße", "Strasse", "Platz", "Allee", "Gasse", "Weg", "Ring", "Brücke", "Tor", "Turm",
    "Kirche", "Dom", "Kapelle", "Kloster", "Schloss", "Burg", "Park", "Garten", "Tal", "Berg",
    "See", "Kanal", "Insel", "Bahnhof", "Flughafen", "Hafen", "Stadion", "Arena", "Halle",
    "Denkmal", "Mahnmal", "Museum", "Krankenhaus", "Klinik", "Kliniken", "Klinikum", "Hospital",
    "Gymnasium", "Schule", "Kindergarten", "Preis", "Preises", "Bundesliga", "Liga",
    "Weltmeisterschaft", "Meisterschaft", "Wettbewerb", "Festival", "Festspiele", "Tour",
    "Komitee", "Komitees", "Bundes", "Verbandes", "Vereins", "Instituts", "Museums", "Theaters",
    "Verlags", "Bahn", "Bahnen", "Pagode", "Fußballweltmeisterschaft", "Weltmeisterschaften",
}
# last words of organisation names (legal forms, English company heads)
ORG_HEADS = {
    "GmbH", "mbH", "AG", "KG", "KGaA", "OHG", "SE", "e.V.", "Inc.", "Inc", "Ltd.", "Ltd", "Corp.",
    "LLC", "plc", "PLC", "S.A.", "N.V.", "B.V.", "S.p.A.", "Ges.m.b.H.", "Ges.m.b.h.", "Records",
    "Press", "Pictures", "Studios", "Entertainment", "Associates", "Holdings", "Airlines",
    "Center", "Centre", "Social", "Council", "Institute", "Foundation", "Network", "Watch",
    "Automotive", "Technologies", "Systems", "Solutions", "Logistics", "Motors",
    "Pharmaceuticals", "Robotics", "Aerospace", "Ventures",
}
# endings of lowercase adjectives (deutschen, europäische)
ADJ_SUFFIXES = tuple(f"{stem}{end}" for stem in ("isch", "sch", "ig", "lich") for end in (
    "", "e", "en", "er", "es", "em"))
# last words of English place names: "Mason River", "Clarendon Parish"
PLACE_HEADS = {
    "River", "Parish", "County", "Valley", "Creek", "Canyon", "Falls", "Mountains", "Island",
    "Islands", "Beach", "Bay", "Castle",
}
# club abbreviations in front of (or after) a club's name: "SK Sturm", "Hamburger SV"
CLUB_PREFIXES = {
    "FC", "SC", "SV", "TSV", "VfB", "VfL", "VfR", "SK", "TuS", "SpVgg", "FSV", "SSV", "BSC", "TSG",
    "ESV", "MSV", "KSV", "ASV", "DSC", "SSC", "FK", "NK", "HSC", "EHC", "ERC", "TSC", "DJK",
    "AFC", "SFC", "SpVg", "BV",
}
_YEAR = re.compile(r"^(?:\d\d|1[89]\d\d|20[0-2]\d)$")
# institution nouns before a place: "Kunsthalle Basel", "Landgericht Düsseldorf"
INSTITUTIONS = {
    "Universität", "Hochschule", "Fachhochschule", "Musikhochschule", "Kunsthochschule",
    "Kunstakademie", "Kunsthalle", "Kunstverein", "Kunstmuseum", "Staatsgalerie",
    "Schauspielhaus", "Staatstheater", "Landestheater", "Staatsbibliothek", "Landesbibliothek",
    "Universitätsklinikum", "Landgericht", "Amtsgericht", "Oberlandesgericht",
    "Verwaltungsgericht", "Oberverwaltungsgericht", "Sozialgericht", "Landessozialgericht",
    "Arbeitsgericht", "Landesarbeitsgericht", "Finanzgericht", "Jugendamt", "Landratsamt",
    "Stadtbildstelle", "Justizvollzugsanstalt", "Handwerkskammer", "IHK", "Volkshochschule",
    "Regierungspräsidium", "Bezirksregierung", "Stadtwerke", "Polizeidirektion", "Polizeipräsidium",
    "Polizeiinspektion", "Staatsanwaltschaft", "Generalstaatsanwaltschaft", "Stadtverwaltung",
    "Verkehrsbetriebe", "Landeskriminalamt", "Realschule", "Gymnasium", "Grundschule",
    "Gesamtschule", "Hauptschule", "Oberschule", "Berufsschule", "Kraftwerk", "Kernkraftwerk",
    "Atomkraftwerk", "Klinikum", "Krankenhaus", "Stadttheater", "Stadtbibliothek", "Stadtmuseum",
}
# last words of organisation names that go on with "für …" ("Bayerisches Staatsministerium für
# Unterricht und Kultus", "Zentrum für Antisemitismusforschung")
FUER_HEADS = ("ministerium", "amt", "institut", "zentrum", "verband", "gesellschaft", "stiftung",
              "agentur", "behörde", "kommission", "akademie", "anstalt", "kammer", "verein",
              "komitee", "rat", "gericht", "bund", "vereinigung", "hochschule", "forum")
# nouns for kinds of place before a place's name ("die Stadt Bega", "der Ortschaft Bint Dschubail")
PLACE_NOUNS = frozenset({"stadt", "kleinstadt", "großstadt", "hafenstadt", "küstenstadt", "grenzstadt",
                         "ortschaft", "ort", "dorf", "gemeinde", "stadtteil", "vorort", "provinz",
                         "region", "insel", "bezirk", "landkreis", "kreis", "bundesstaat", "küstenort"})
# endings of the circles an unnamed source comes from ("Parteikreisen", "Regierungskreise")
CIRCLE_ENDINGS = ("kreise", "kreisen")
# kinds of association whose name may be one word and a country ("Dachverband Tafel Deutschland")
ASSOCIATION_DESCRIPTORS = ("verband", "verbandes", "verbands", "initiative", "bündnis", "bündnisses",
                           "netzwerk", "netzwerks", "verein", "vereins")
# kinds of firm that stand before a founder's full name ("Unternehmensberatung Roland Berger",
# "die Kanzlei Gleiss Lutz"), with a genitive ending
FIRM_DESCRIPTORS = tuple(f"{d}{end}" for d in ("beratung", "kanzlei", "firma", "unternehmen", "konzern")
                         for end in ("", "s", "es"))
# heads of association names with a genitive ("Verband der Chemischen Industrie", "Zentralrat der
# Juden", "Gewerkschaft der Polizei", "Vereinigung der Bayerischen Wirtschaft")
GENITIVE_HEADS = ("verband", "gewerkschaft", "vereinigung", "zentralrat")
# nouns for a kind of outlet whose title may follow ("Die algerische Zeitung El Watan")
OUTLET_KIND_ENDINGS = ("zeitung", "nachrichtenagentur", "presseagentur", "sender", "nachrichtenmagazin",
                       "wochenmagazin", "boulevardblatt", "tageblatt", "wochenblatt")
_TIME_WORDS = frozenset({"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
                         "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                         "oktober", "november", "dezember", "anfang", "ende", "mitte", "heute", "gestern"})
# lower-case words of a title between its capitalised ones ("Mladá fronta Dnes"), not German ones
_NOT_TITLE_POS = frozenset({"VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PRON", "ADV", "PART", "PUNCT"})
# last parts of hyphenated association names before a place ("Klima-Allianz Deutschland")
ASSOCIATION_ENDINGS = ("-allianz", "-bündnis", "-verband", "-netzwerk", "-initiative", "-stiftung",
                       "-vereinigung", "-gesellschaft", "-verein", "-forum", "-zentrum")
# nouns of bodies a capitalised adjective before them names ("Der Nationale Wahlrat"), also in the
# genitive
BODY_HEADS = tuple(f"{head}{ending}" for head in (
    "netzwerk", "rat", "rats", "kommando", "komitee", "versammlung", "kommission", "behörde", "agentur",
    "gerichtshof", "bündnis", "allianz", "front", "bewegung", "partei", "liga", "verband", "vereinigung",
    "stiftung", "gesellschaft", "institut", "akademie", "kammer") for ending in ("", "s", "es"))
# nouns of bodies named by a capitalised adjective only as the whole noun ("der Steiermärkischen
# Sparkasse", "Die Technische Universität"; not "die Schweizer Grossbank")
WHOLE_BODY_HEADS = frozenset({"sparkasse", "bank", "krankenkasse", "universität", "hochschule"})
ARTICLE_WORDS = frozenset({"der", "die", "das", "des", "dem", "den"})
# words of a region an institution may be named by ("Polizeidirektion Süd")
REGION_WORDS = {"Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest"}
# lowercase words inside names: a name closed by a head right after one starts further left
CONNECTORS = {"für", "der", "des", "und", "von", "vom", "am", "im", "zur", "zum", "de", "of"}
# titles of newspapers and magazines that are common words: names only in quotes ("„Bild“")
QUOTED_MEDIA = {
    "Bild", "Welt", "Zeit", "Stern", "Focus", "Kicker", "Express", "Kurier", "Presse", "Standard",
    "Profil", "Bunte", "Gala", "Emma", "Brigitte", "Blick", "Heute", "Sun", "Times", "Titanic",
    "Freitag", "Woche", "Super-Illu", "Superillu", "Capital", "Cicero", "Merkur", "Spiegel",
}
QUOTES = {'"', "„", "“", "”", "«", "»", "‚", "‘", "’", "'", "›", "‹"}
# parts of speech that never end a name
TAIL_POS = {"ADP", "DET", "CCONJ", "SCONJ"}
# a one-word entity with such a part of speech is a capitalised function word ("Ferner",
# "Insgesamt", "Daher", "Trotz" at the start of a sentence), not a name
FUNCTION_POS = {"ADV", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET", "AUX"}
TAIL_WORDS = {"An", "Am", "Auf", "In", "Im", "Von", "Vom", "Zu", "Zum", "Zur", "Der", "Die", "Das",
              "Den", "Dem", "Des", "Und"}
_TRIGGERS = PLACE_HEADS | ORG_HEADS | QUOTED_MEDIA | CLUB_PREFIXES | INSTITUTIONS \
    | {f"{w}{end}" for w in INSTITUTIONS for end in ("s", "es")}  # "des Polizeipräsidiums"
ENT_LABELS = ("PER", "ORG", "LOC")
# institutions named after a person, whose name the model takes for the person's ("Robert Koch-Institut")
EPONYM_HEADS = frozenset({"institut", "stiftung", "gesellschaft", "zentrum", "klinik", "klinikum", "schule",
                          "gymnasium", "universität", "hochschule", "museum"})
# what stands before the speech verb and after the speaker's name: "…", sagte Schönberg."
SPEECH_STARTS = {",", *QUOTES}
SPEAKER_ENDS = {".", ",", ";", "("}
# "(BAKOM)", "(VKSt)": two or more capitals
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z0-9&\-]{2,8}$")
# a Roman number after a ruler's or pope's name ("XIV", "II.")
REGNAL_RE = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3}|XIX|XX|XXI{1,3})\.?$")


class GazetteerNER:
    """Merge gazetteer matches and name rules into ``doc.ents``."""

    def __init__(
        self, nlp: Language, name: str, rules: bool = True, generated_places: bool = False
    ) -> None:
        self.name = name
        self.rules = rules
        self.gaz: Gazetteer = load_gazetteer()
        self.given_names = self.gaz.first_names | self.gaz.given_names
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
        # organisation cue words as word endings ("Sonntagszeitung", "Landesbank")
        self.cue_endings = tuple(sorted(
            {c.lower() for c in self.gaz.org_cues if len(c) > 3 and c.isalpha()}
            | {h.lower() for h in NAME_HEADS}
        ))
        self.descriptors = tuple(d + end for d in self.gaz.org_descriptors for end in ("", "s", "es"))

    def __call__(self, doc: Doc) -> Doc:
        gaz_spans = _longest(self._match(doc))
        rule_spans = self._name_rules(doc) if self.rules else []
        org_spans = self._org_rules(doc) if self.rules else []
        ents = [self._clean(e) for e in doc.ents]
        ents = [e for e in ents if e is not None]
        for span in gaz_spans:
            ents = _merge(ents, span, keep_longer_model=True, cues=self.cue_endings)
        for span in rule_spans:
            ents = _merge(ents, span, keep_longer_model=False)
        for span in org_spans:
            ents = _merge(ents, span, keep_longer_model=False)
        if self.rules:
            for span in _particle_names(doc, ents, self.gaz):
                ents = _merge(ents, span, keep_longer_model=False)
            for span in _long_forms(doc, ents, self.descriptors):
                ents = _merge(ents, span, keep_longer_model=False)
            for span in self._apposed_names(doc):
                ents = _merge(ents, span, keep_longer_model=False)
            for find in (self._role_names, self._speakers, self._described_orgs, self._eponym_compounds,
                         _acronyms, _adjective_bodies, _ampersand_names, _genitive_heads,
                         _places_after_place_nouns, _federal_bodies, _outlet_titles):
                for span in find(doc, ents):
                    ents = _merge(ents, span, keep_longer_model=False)
            for span in _long_forms(doc, ents, self.descriptors):  # acronyms typed just now
                ents = _merge(ents, span, keep_longer_model=False)
            ents = self._descriptions_cut(doc, ents)
            ents = self._clubs_by_place(doc, ents)
            ents = self._persons_by_surname(ents)
            ents = _organisations_by_name(ents)
            ents = self._surnames_of_persons(ents)
            ents = [_eponym_institution(e) for e in ents]
            ents = _saint_names(doc, _joined_organisations(_continued_names(doc, _heads_before(doc, ents))))
            ents = self._surnamed(doc, ents)
            ents = _regnal_numbers(doc, ents)
            ents = self._common_nouns_elsewhere(doc, ents)
            ents = self._common_noun_persons(ents)
        doc.set_ents(sorted(ents, key=lambda s: s.start), default="outside")
        return doc

    def _surnamed(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A given name the model took alone, its surname a word of the language
        ("Hauptgeschäftsführer Peter Achten,", "Analyst Hassan Al-Wakeel von Barclays"): the
        capitalised word after it, before punctuation or "von", is the surname."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = []
        for e in ents:
            nxt = doc[e.end] if e.end + 1 < len(doc) else None
            if e.label_ == "PER" and len(e) == 1 and e[0].text in self.given_names and nxt is not None \
                    and e.end not in taken and nxt.text[:1].isupper() \
                    and nxt.text.replace("-", "").isalpha() \
                    and not nxt.is_sent_start and nxt.text not in self.given_names \
                    and (doc[e.end + 1].is_punct or (
                        doc[e.end + 1].lower_ in {"von", "vom"} and e.end + 2 < len(doc)
                        and doc[e.end + 2].text[:1].isupper())) \
                    and self.gaz.lookup(nxt.text) is None:
                e = Span(doc, e.start, e.end + 1, label="PER")
            out.append(e)
        return out

    def _surnames_of_persons(self, ents: list[Span]) -> list[Span]:
        """A one-word "organisation" or "place" that is the surname of a person the text names
        in full ("Oberbürgermeister Jürgen Dupper … Dupper kündigte an") is that person, unless a
        gazetteer knows the word."""
        surnames = {e[-1].text for e in ents if e.label_ == "PER" and len(e) > 1}
        return [Span(e.doc, e.start, e.end, label="PER") if (
            e.label_ in ("ORG", "LOC") and len(e) == 1 and e.text in surnames
            and self.gaz.lookup(e.text) is None and not (  # not "die Traditionsmarke Hoffmann"
                e.start > 0 and e.doc[e.start - 1].lower_.endswith(self.descriptors))) else e
            for e in ents]

    @staticmethod
    def _clubs_by_place(doc: Doc, ents: list[Span]) -> list[Span]:
        """The place a club is named after, alone, is the club where the text names it in full
        ("gegen Tabellenführer TuS Eichenfeld … Eichenfeld stellte um")."""
        places = {e[-1].text for e in ents
                  if e.label_ == "ORG" and len(e) >= 2 and e[0].text in CLUB_PREFIXES}
        if not places:
            return ents
        covered = {i for e in ents for i in range(e.start, e.end)}

        def alone(i: int) -> bool:  # (not the place in another name: "Die Fanhilfe Ahrensburg")
            return doc[i].text in places and not (
                i > 0 and doc[i - 1].pos_ in {"NOUN", "PROPN"} and doc[i - 1].text[:1].isupper())
        found = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc
                 if t.i not in covered and t.pos_ == "PROPN" and alone(t.i)]
        return sorted([Span(doc, e.start, e.end, label="ORG") if (
            e.label_ == "LOC" and len(e) == 1 and alone(e.start)) else e for e in ents] + found,
            key=lambda e: e.start)

    def _persons_by_surname(self, ents: list[Span]) -> list[Span]:
        """A name the text also uses alone as a person ("…, sagte Doan.") is that person where
        the model typed the full name otherwise ("Ritsu Doan" as ORG), unless a gazetteer knows
        the full name."""
        persons = {e.text for e in ents if e.label_ == "PER" and len(e) == 1}
        return [Span(e.doc, e.start, e.end, label="PER") if (
            e.label_ in ("ORG", "LOC") and 2 <= len(e) <= 3 and e[-1].text in persons
            and all(_namelike(t) for t in e) and self.gaz.lookup(e.text) is None
            and not (e.start > 0 and e.doc[e.start - 1].lower_.endswith(self.descriptors))) else e
            for e in ents]  # (not "Die Möbelhandelskette Wohnwelt Berger": the firm of Berger)

    def _common_nouns_elsewhere(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A one-word "person" that the text also uses as a common noun with an article or a
        possessive ("Helene Fischer sagt Stadiontour ab … ihre geplante Stadiontour") is none,
        unless a gazetteer knows the word as a name."""
        inside = {t.i for e in ents for t in e}
        common = {t.text for t in doc if t.i not in inside and t.tag_ == "NN" and _determined(t)}
        return [e for e in ents if not (
            e.label_ == "PER" and len(e) == 1 and e.text in common and self._unlisted(e.text))]

    def _unlisted(self, text: str) -> bool:
        """No list knows the word as a given name, a surname or any other name."""
        return text not in self.given_names and text not in self.gaz.family_names \
            and text not in self.gaz.surnames and self.gaz.lookup(text) is None

    def _common_noun_persons(self, ents: list[Span]) -> list[Span]:
        """A one-word "person" tagged as a common noun that is a form of a German common noun
        (``gen_nouns.txt.gz``) and that no list knows as a name is none ("Negativzinsen hatten
        die Margen belastet"; not "Müller", a surname too)."""
        return [e for e in ents if not (e.label_ == "PER" and len(e) == 1 and e.text.lower().endswith(
            CIRCLE_ENDINGS)) and not (  # "Aus Parteikreisen verlautete": circles, whatever the tag
            e.label_ == "PER" and len(e) == 1 and e[0].tag_ == "NN" and self._unlisted(e.text)
            and not (e.start > 0 and (_role(e.doc[e.start - 1], self.gaz.roles)  # "Trainer Rauch"
                                      or e.doc[e.start - 1].text in self.gaz.titles))
            and noun_form(e.text))]

    def _place_adjective(self, tok: Token) -> bool:
        """A capitalised adjective of a place ("Kieler", "Stuttgarter")."""
        return tok.text.endswith("er") and tok.text[:1].isupper() and (
            tok.tag_ == "ADJA" or self.gaz.place_adjective(tok.text))

    def _match(self, doc: Doc) -> list[Span]:
        spans = []
        words = [t.text for t in doc]
        for i, word in enumerate(words):
            for pattern, label in self.patterns.get(word, ()):
                n = len(pattern)
                if tuple(words[i : i + n]) == pattern or (
                        label == "ORG" and n > 1 and tuple(words[i : i + n - 1]) == pattern[:-1]
                        and i + n <= len(words) and words[i + n - 1] == pattern[-1] + "s"
                        and _after_genitive_article(doc, i)):  # "des „Manager Magazins“"
                    spans.append(Span(doc, i, i + n, label=label))
                    break
            else:
                if word.endswith("s") and len(word) > 4 and _after_genitive_article(doc, i) \
                        and self.gaz.names.get(word[:-1]) == ("ORG", "media"):
                    spans.append(Span(doc, i, i + 1, label="ORG"))  # an outlet: "des Handelsblatts"
        return spans

    def _clean(self, ent: Span) -> Span | None:
        """Drop or retype model entities that the gazetteers know better."""
        if len(ent) > 2 and self._place_adjective(ent[0]) and ent[1].text.isalpha() \
                and ent[1].text.lower().endswith(self.gaz.roles) \
                and ent[2].text in self.given_names:  # "Kieler | Ozeanograf | Martin Visbeck"
            ent = Span(ent.doc, ent.start + 2, ent.end, label="PER")
        elif len(ent) > 2 and self._place_adjective(ent[0]) and self.gaz.lookup(ent.text) is None:
            # "Cottbuser | Heinrich Haussler", "Schweizer Versicherung | Swiss Life"
            if ent[1].text in self.given_names and all(_namelike(t) for t in ent[2:]):
                ent = Span(ent.doc, ent.start + 1, ent.end, label="PER")
            elif ent[1].lower_.endswith(self.descriptors) and all(_namelike(t) for t in ent[2:]):
                ent = Span(ent.doc, ent.start + 2, ent.end, label="ORG")
        if len(ent) == 2 and ent.label_ != "PER" and self._place_adjective(ent[0]) \
                and _role(ent[1], self.gaz.roles) and self.gaz.lookup(ent.text) is None:
            return None  # "Stuttgarter Bildungsbürgermeisterin": a role, no organisation
        while len(ent) > 1 and (ent[0].text in self.gaz.titles or _role(ent[0], self.gaz.roles)) and (
            ent.label_ == "PER" or _namelike(ent[1])
        ):  # "Dr. Müller" → "Müller", "Motorenchef Mikulic" → "Mikulic" (PER)
            ent = Span(ent.doc, ent.start + 1, ent.end, label="PER")
        if len(ent) > 2 and ent[0].text in self.gaz.peoples and ent[1].text in self.given_names:
            ent = Span(ent.doc, ent.start + 1, ent.end, label="PER")  # "den Deutschen | Jonas Brehm"
        if ent.label_ == "PER" and len(ent) > 2:
            # "Jelpkes Mitarbeiter Nick Brauns" → "Nick Brauns": the person after a role noun
            role = max((i for i, t in enumerate(ent[:-1]) if _role(t, self.gaz.roles)), default=None)
            if role is not None and all(_namelike(t) for t in ent[role + 1 :]):
                ent = Span(ent.doc, ent.start + role + 1, ent.end, label="PER")
        end = ent.end
        while end - ent.start > 1 and _bad_tail(ent.doc[end - 1], ent.label_):
            end -= 1  # "Deutsche Haus An der" → "Deutsche Haus", "Geza 995" → "Geza"
        if end < ent.end:
            ent = Span(ent.doc, ent.start, end, label=ent.label)
            if len(ent) == 1 and ent[0].pos_ == "NOUN" and self.gaz.lookup(ent.text) is None:
                return None  # "Institut für": the name was cut off
        text = ent.text
        if text in self.gaz.not_entities:
            return None
        if len(ent) == 1 and ent[0].pos_ in FUNCTION_POS and self.gaz.lookup(text) is None:
            return None
        if ent.label_ != "PER" and self._double_given_name(text):
            return Span(ent.doc, ent.start, ent.end, label="PER")  # "Karl-Theodor", "Anna-Lena"
        if ent.label_ == "ORG" and ent.start > 0 and _role(ent.doc[ent.start - 1], self.gaz.roles) \
                and all(_namelike(t) for t in ent) and self.gaz.lookup(text) is None:
            return Span(ent.doc, ent.start, ent.end, label="PER")  # "Vatikansprecher Navarro-Valls"
        if len(ent) == 1 and _compound_part(ent[0], self.gaz) and (
            self.gaz.lookup(text) is None
        ) and not (ent.label_ == "LOC" and self._district(text)):
            return None  # "HSV-Vorstand", "US-Projektentwickler": a name inside a noun
        if ent.label_ == "PER" and len(ent) == 1 and ent[0].pos_ == "NOUN" and len(text) > 12 \
                and "-" not in text and self.gaz.lookup(text) is None and not (
                text in self.gaz.family_names or text in self.gaz.surnames):
            return None  # "Waffenstillstandsgespräche": a long common noun, not a surname
        if ent.label_ in ENT_LABELS and any(t.text.startswith(self.gaz.events) for t in ent):
            return Span(ent.doc, ent.start, ent.end, label="MISC")  # "Zweiten Weltkriegs"
        if ent.label_ in ENT_LABELS and self.gaz.lookup(text) is None and (
            _lower_common(ent) or (len(ent) == 1 and self.gaz.place_adjective(text))
            or text in self.gaz.demonyms or text in self.gaz.peoples
        ):
            return Span(ent.doc, ent.start, ent.end, label="MISC")
        return ent

    def _double_given_name(self, text: str) -> bool:
        """``Karl-Theodor``, ``Hans-Dietrich``: given names joined by a hyphen, no known place."""
        parts = text.split("-")
        return len(parts) == 2 and all(p in self.given_names for p in parts) \
            and self.gaz.lookup(text) is None \
            and text not in self.gaz.place_words

    def _district(self, text: str) -> bool:
        """``Mannheim-Neckarau``, ``Erfurt-Bindersleben``: a known place and a part of it."""
        first = text.split("-", 1)[0]
        if first.isupper() or len(first) < 3:
            return False  # "US-Sender", "EU-Gipfel"
        hit = self.gaz.names.get(first)
        return (hit is not None and hit[0] == "LOC" and hit[1] == "place") or (
            hit is None and first in self.gaz.place_words
        )

    def _org_rules(self, doc: Doc) -> list[Span]:
        """Organisation names found by their form.

        ``Factory Records``, ``Wienstrom GmbH``: words closed by an organisation head;
        ``SK Sturm``, ``Naumburger SV 1905``, ``1. FC Köln``: a club abbreviation with names
        and a founding year; ``Kunsthalle Basel``, ``Universität Jena``: an institution noun
        followed by a place.
        """
        spans: list[Span] = []
        places = None
        triggers = _TRIGGERS
        for i, text in enumerate([t.text for t in doc]):
            if text not in triggers and not _institution_noun(text):
                continue
            tok = doc[i]
            if text in PLACE_HEADS and tok.i > 0:
                start = tok.i  # "Mason River", "Saint Ann Parish": English place names
                while start > 0 and tok.i - start < 3 and doc[start - 1].pos_ in ("PROPN", "X") \
                        and _namelike(doc[start - 1]):
                    start -= 1
                if start < tok.i:
                    spans.append(Span(doc, start, tok.i + 1, label="LOC"))
            elif text in ORG_HEADS and tok.i > 0:
                start = tok.i
                while start > 0 and tok.i - start < 3 and (_org_word(
                    doc[start - 1], self.descriptors, tok.i - start
                ) or (tok.i - start == 1 and (self.gaz.names.get(doc[start - 1].text) or ("",))[0] == "LOC")):
                    start -= 1  # (a place before a noun: "Nordsee Windkraft GmbH")
                if doc[start].text in {"&", "and"} and start < tok.i:
                    if start == 0 or not _namelike(doc[start - 1]):
                        continue  # "… & Melinda Gates Foundation": the name starts before the "&"
                    start -= 1  # "Bill & Melinda Gates Foundation"
                if start < tok.i and not (
                    start == doc[start].sent.start and len(doc[start:tok.i]) == 1
                    and doc[start].pos_ != "PROPN"
                ) and not (  # "Gesellschaft für Krisenmanagement e.V.": the name starts earlier
                    start > 0 and doc[start - 1].text in CONNECTORS
                    and doc[tok.i - 1].pos_ == "NOUN"
                ):
                    spans.append(Span(doc, start, tok.i + 1, label="ORG"))
            elif text in QUOTED_MEDIA and 0 < tok.i < len(doc) - 1 and (
                doc[tok.i - 1].text in QUOTES and doc[tok.i + 1].text in QUOTES
            ):
                spans.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
            elif text in CLUB_PREFIXES:
                span = self._club(doc, tok.i)
                if span is not None:
                    spans.append(span)
            elif _institution_noun(text) and tok.i + 1 < len(doc):
                if places is None:
                    places = {e.start: e.end for e in doc.ents if e.label_ == "LOC"}
                end = places.get(tok.i + 1)
                nxt = doc[tok.i + 1].text
                if end is None and ((self.gaz.names.get(nxt) or ("", ""))[0] == "LOC" or nxt in REGION_WORDS):
                    end = tok.i + 2
                if end is not None:
                    spans.append(Span(doc, tok.i, end, label="ORG"))
        return spans

    def _club(self, doc: Doc, i: int) -> Span | None:
        """``SK Sturm``, ``Naumburger SV 1905``, ``1. FC Köln``, ``VfB Stuttgart``."""
        start, end = i, i + 1
        while end < len(doc) and end - i <= 3 and _namelike(doc[end]) and (
            doc[end].pos_ in ("PROPN", "X") or self.gaz.lookup(doc[end].text) is not None
        ):
            end += 1
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.text.endswith("er") and before.text.isalpha() and (
            before.text[:1].isupper()
            and (before.pos_ == "ADJ" or self.gaz.place_adjective(before.text))
        ):
            start -= 1  # "Hamburger SV", "Naumburger SV"
        if (start, end) == (i, i + 1):
            return None
        if end < len(doc) and _YEAR.match(doc[end].text):
            end += 1  # "Schalke 04", "SV Darmstadt 98", "Naumburger SV 1905"
        if start > 0 and doc[start - 1].text in ("1.", "2.", "3."):
            start -= 1  # "1. FC Köln"
        return Span(doc, start, end, label="ORG")

    def _role_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """``Rapper Ice-T``, ``Olympiasieger Casartelli``: unknown proper nouns right after a role
        noun name a person, also where the model saw a place or an organisation (a person the model
        found stays as it is); titles and abbreviations (``Dr``, ``St .``) are no names."""
        labels = {i: e.label_ for e in ents for i in range(e.start, e.end)}
        starts = {e.start for e in ents}
        spans = []
        for tok in doc[:-1]:
            j = tok.i + 1
            if not _role(tok, self.gaz.roles) or doc[j].text in CLUB_PREFIXES:
                continue  # (not "Tabellenführer TuS Eichenfeld": a club)
            given = j in starts and labels.get(j) == "PER" and j + 1 not in labels  # one word so far
            if given and j + 2 < len(doc) and self._unknown_name_word(doc[j + 1]) and _after_name(doc[j + 2]):
                spans.append(Span(doc, j, j + 2, label="PER"))  # "SPD-Chef Plamen | Iliew am Montag"
                continue
            if j in labels and (j not in starts or labels[j] == "PER"):
                continue
            end = j
            while end < len(doc) and end - j < 3 and _namelike(doc[end]) \
                    and (doc[end].pos_ in ("PROPN", "X") or doc[end].tag_ == "NE" or (  # ("Petkow": NOUN, NE)
                        end > j and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN")) \
                    and ((self.gaz.lookup(doc[end].text) or ("PER",))[0] == "PER"  # (a known surname goes on)
                         or (end == j and doc[end].text in self.gaz.given_names and end + 1 < len(doc)
                             and _namelike(doc[end + 1]))):  # "IW-Tarifexperte Hagen Lesch", not the city
                end += 1
            if end == j and j + 2 < len(doc) and doc[j].text in self.gaz.given_names \
                    and _namelike(doc[j + 1]) and doc[j + 2].is_punct and j + 1 not in labels:
                end = j + 2  # "sagte Verbraucherschützerin Ayten Öksüz.", both tagged as nouns
            if end == j and j + 2 < len(doc) and doc[j].text.isalpha() and doc[j].text[:1].isupper() \
                    and DOUBLE_SURNAME_RE.fullmatch(doc[j + 1].text) and labels.get(j + 1, "LOC") == "LOC" \
                    and (doc[j + 2].is_punct or doc[j + 2].pos_ in ("VERB", "AUX")):
                end = j + 2  # "ZdK-Präsidentin Irme Stetter-Karp": a given name and a double surname
            if end == j and tok.lower_.endswith(ROYAL_TITLES) and doc[j].text in self.gaz.given_names:
                end = j + 1  # "Prinzessin Sofia", "Königin Silvia": a given name alone, not the city
                while end < len(doc) and end - j < 3 and doc[end].text in self.gaz.given_names:
                    end += 1
            apposed = end + 1 < len(doc) and doc[end].text == "," and labels.get(end + 1) == "PER" \
                and doc[j].tag_ == "NN"  # "Geschäftsführer Sport, Tobias Reinhardt": the title's word
            if end in (j, j + 1) and j + 2 < len(doc) and j + 1 not in labels and all(
                    self._unknown_name_word(doc[k]) for k in (j, j + 1)) and _after_name(doc[j + 2]):
                end = j + 2  # "erklärte Wasraschdane-Chef Plamen Iliew in der Wahlnacht", both tagged NN
            if end > j and not apposed and not self._title_or_abbreviation(doc[j:end]):
                spans.append(Span(doc, j, end, label="PER"))
        return spans

    def _eponym_compounds(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """An institution named after a person in one hyphenated word, a given name first
        ("Friedrich-Loeffler-Institut", "der Hans-Böckler-Stiftung"), when nothing else took it."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = []
        for tok in doc:
            parts = tok.text.split("-")
            if tok.i in taken or len(parts) < 3 or parts[0] not in self.given_names \
                    or not all(p[:1].isupper() for p in parts):
                continue
            if re.sub(r"e?s$", "", parts[-1].lower()) in EPONYM_HEADS:
                out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
        return out

    def _apposed_names(self, doc: Doc) -> list[Span]:
        """``Der Bürgermeister von Marathon, Stergios Tsirkas, sprach``: two or three unknown
        proper nouns between commas right after a phrase with a role noun name a person."""
        spans = []
        for tok in doc[1:-3]:
            if tok.text != "," or doc[tok.i + 1].pos_ != "PROPN":
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and _namelike(doc[end]) \
                    and self.gaz.lookup(doc[end].text) is None:
                end += 1
            if end - tok.i - 1 < 2 or end >= len(doc) or doc[end].text != ",":
                continue
            before = doc[max(tok.sent.start, tok.i - 4) : tok.i]
            if any(_role(t, self.gaz.roles) for t in before) and not any(t.is_punct for t in before):
                spans.append(Span(doc, tok.i + 1, end, label="PER"))
        return spans

    def _descriptions_cut(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A kind of organisation before a name the gazetteer knows is no part of it ("Der
        Digitalverband | Bitkom", one span of the model's)."""
        return [Span(doc, e.start + 1, e.end, label=e.label_) if (
            e.label_ == "ORG" and len(e) >= 2 and e[0].pos_ == "NOUN"
            and _described_by_compound(e[0], self.descriptors)
            and (self.gaz.lookup(doc[e.start + 1 : e.end].text) or ("",))[0] == "ORG") else e for e in ents]

    def _unknown_name_word(self, tok: Token) -> bool:
        """A capitalised word that is no German common noun and that no list knows as anything but
        a person's name ("Plamen", "Iliew")."""
        return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() \
            and not noun_form(tok.text) and (self.gaz.lookup(tok.text) or ("PER",))[0] == "PER"

    def _title_or_abbreviation(self, span: Span) -> bool:
        """``Dr``, ``Prof.``, ``St .``: a title or a short word before a full stop."""
        first, doc = span[0].text, span.doc
        return first in self.gaz.titles or first + "." in self.gaz.titles or (
            len(span) == 1 and len(first) <= 3 and span.end < len(doc) and doc[span.end].text == ".")

    def _speakers(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """``…", sagte Schönberg.``, ``…, so Alt,``: one name in a reporting clause after a
        statement (a speech verb in the singular after a comma or quote, then a punctuation mark)
        is the speaker (PER), unless it is a known place or organisation (``sagen Händler.``:
        plural, no name; ``die … formulierte Ziel,``: no reporting clause)."""
        spans = []
        for tok in doc[1:-2]:
            if doc[tok.i - 1].text not in SPEECH_STARTS or not (
                    (tok.pos_ in ("VERB", "AUX") and tok.lemma_ in self.gaz.speech_verbs)
                    or (tok.lower_ == "so" and tok.pos_ == "ADV")):
                continue
            name = doc[tok.i + 1]
            pair = doc[tok.i + 1 : tok.i + 3]
            if tok.i + 3 < len(doc) and doc[tok.i + 3].text in SPEAKER_ENDS and name.pos_ == "PROPN" \
                    and all(_namelike(t) for t in pair) and not _role(name, self.gaz.roles) \
                    and name.text not in self.gaz.titles and self.gaz.lookup(pair.text) is None \
                    and not any((self.gaz.lookup(t.text) or ("",))[0] in ("ORG", "LOC") for t in pair):
                spans.append(Span(doc, name.i, name.i + 2, label="PER"))  # "sagte Indrika Ratwatte, der …"
                continue
            if doc[name.i + 1].text not in SPEAKER_ENDS or name.text in self.gaz.not_entities:
                continue
            if "Plur" in tok.morph.get("Number") or "Plur" in name.morph.get("Number"):
                continue
            if not (_namelike(name) or (name.text[:1].isupper() and "-" in name.text)):
                continue
            if (self.gaz.lookup(name.text) or ("",))[0] in ("ORG", "LOC"):
                continue
            spans.append(Span(doc, name.i, name.i + 1, label="PER"))
        return spans

    def _described_orgs(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """``Technologie-Konzerns Kyocera``, ``Pop-Band Herbstrock``, ``Label „Konichiwa“``: an
        unknown name right after a noun for a kind of organisation is an organisation; not a
        place, a given name, a common noun (``Verein Mitglieder``) or a name running into
        another entity."""
        covered = {i for e in ents for i in range(e.start, e.end)}
        # "Der Lieferdienst Flink": a one-word "person" no list knows is the organisation's name
        lone = {e.start for e in ents if e.label_ == "PER" and len(e) == 1
                and e.text not in self.given_names and e.text not in self.gaz.surnames
                and self.gaz.lookup(e.text) is None}
        # (a "place" too after a kind of company: "Der Energieversorger Eskom", "Die Fluggesellschaft
        # Sonnair"; not after an association, named with its region: "Einzelhandelsverband Nordbaden")
        lone_places = {e.start for e in ents if e.label_ == "LOC" and len(e) == 1
                       and e.text not in self.given_names and self.gaz.lookup(e.text) is None
                       and not self._place_or_person(e[0])}
        # "Der Autozulieferer Kessler Automotive": a longer "person" that starts with no given
        # name and ends in no surname
        longer = {e.start: e.end for e in ents if e.label_ == "PER" and len(e) > 1
                  and e[0].text not in self.given_names and e[-1].text not in self.gaz.surnames
                  and e[-1].text not in self.gaz.family_names and self.gaz.lookup(e.text) is None}
        # "Die Unternehmensberatung Roland Berger": a firm named after its founder, in full
        founders = {e.start: e.end for e in ents if e.label_ == "PER" and len(e) > 1}
        single_persons = {e.start for e in ents if e.label_ == "PER" and len(e) == 1}
        # "Die Initiative Long Covid Deutschland": a national branch named with its country
        countries = {e.start for e in ents if e.label_ == "LOC" and len(e) == 1
                     and (self.gaz.lookup(e.text) or ("", ""))[1] == "state"}
        spans = []
        for tok in doc[:-1]:
            noun = tok.pos_ == "NOUN" or (  # ("Die Möbelkette" tagged as an adjective)
                tok.pos_ == "ADJ" and tok.text[:1].isupper() and tok.i > 0 and doc[tok.i - 1].pos_ == "DET")
            if not noun or not tok.lower_.endswith(self.descriptors):
                continue
            j = tok.i + 2 if doc[tok.i + 1].text in QUOTES else tok.i + 1
            det = tok.i - 1
            while det > 0 and doc[det].pos_ == "ADJ":
                det -= 1  # "Die Düsseldorfer Fluggesellschaft Sonnair"
            company = not tok.lower_.endswith((*ASSOCIATION_DESCRIPTORS, *GENITIVE_HEADS, "bund", "bundes"))
            if (j in lone or (j in lone_places and company)) and tok.text[:1].isupper() and tok.i > 0 \
                    and doc[det].pos_ == "DET":
                spans.append(Span(doc, j, j + 1, label="ORG"))
                continue
            if j in founders and tok.lower_.endswith(FIRM_DESCRIPTORS) and not _role(tok, self.gaz.roles):
                spans.append(Span(doc, j, founders[j], label="ORG"))  # "Unternehmensberatung Roland Berger"
                continue
            if j in longer and tok.i > 0 and doc[tok.i - 1].pos_ == "DET" and not _role(tok, self.gaz.roles):
                spans.append(Span(doc, j, longer[j], label="ORG"))
                continue
            end = j
            while end < len(doc) and end - j < 3 and end not in covered and _org_name_word(doc[end]):
                end += 1
            family = end > j and end in single_persons and doc[end - 1].text not in self.given_names \
                and not _role(doc[j], self.gaz.roles)
            # (one name word before the country will do after a kind of association: "Der
            # Dachverband Tafel Deutschland", whatever its tag)
            country = end in countries and (
                (end > j + 1 and all(t.pos_ == "PROPN" for t in doc[j:end]))
                or (end == j + 1 and tok.lower_.endswith(ASSOCIATION_DESCRIPTORS)))
            if family or country:  # "Die Möbelhandelskette Wohnwelt Berger": the family name is the firm's
                end += 1
            # (a noun of the language, not one tagged as a noun that no German noun list knows:
            # "Der Energieversorger Eskom", "Die Fluggesellschaft Sonnair")
            if end == j or (end < len(doc) and end in covered) or (
                    _plain_noun(doc[j]) and (noun_form(doc[j].text) or not company) and not family
                    and not country):
                continue
            if country or not self._place_or_person(doc[j]):
                spans.append(Span(doc, j, end, label="ORG"))
        return spans

    def _place_or_person(self, tok: Token) -> bool:
        """A known place, a word of place names (``Metzingen-Neuhausen``) or a given name."""
        text = tok.text
        return (self.gaz.lookup(text) or ("",))[0] == "LOC" or text in self.given_names or (
            text in self.gaz.place_words or text.split("-")[0] in self.gaz.place_words)

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
        if k > j and doc[k].pos_ != "PROPN" and doc[k].text not in self.gaz.surnames \
                and doc[j].lower_ in {"von", "zu"}:
            return None  # (after "ten", "van", "de" any capitalised word: "Erik ten Hag")
        if self.gaz.lookup(doc[k].text) and doc[k].text not in self.gaz.surnames:
            return None  # a country or organisation, not a surname
        if not first and doc[k].pos_ not in ("PROPN", "X") and doc[k].text not in self.gaz.surnames:
            return None
        if k > j and (doc[k].text in self.gaz.first_names or doc[k].text in self.gaz.given_names):
            return None  # "Nachfolger von Carlo Graaff": the name starts after the particle
        end = k + 1
        while end < len(doc) and end - k < 3 and _namelike(doc[end]) and doc[end].pos_ == "PROPN" \
                and doc[end].text not in self.gaz.first_names \
                and doc[end].text.rstrip(".") + "." not in self.gaz.titles \
                and doc[end].text not in self.gaz.titles:  # "Jakob Meyer Hans Holbein"
            end += 1
        return end


def _particle_end(doc: Doc, j: int, gaz: Gazetteer, orgs: set[int]) -> int | None:
    """End of "zu Guttenberg", "van der Vaart" when a name particle stands at ``j``; after
    the prepositions "von" and "zu" only with a proper noun that names no organisation or
    known place ("Müller von der Polizei", "Merkel von der CDU", "Meier von Siemens")."""
    k = j
    if k < len(doc) and doc[k].lower_ in PARTICLES:
        k += 1
        if k < len(doc) and doc[k].lower_ in ARTICLE_PARTICLES:
            k += 1
    if k == j or k >= len(doc):
        return None
    word = doc[k].text
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()) or k in orgs:
        return None
    if doc[j].lower_ in {"von", "zu"} and (doc[k].pos_ != "PROPN" or gaz.lookup(word) is not None):
        return None
    return k + 1


LONG_FORM_LINKS = {"für", "und", "der", "des", "die", "von", "vom", "zur", "zum", "am", "an", "in",
                   "im", "of", "and", "the", "de", "du", "la"}


def _adjective_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """``Das Sudanesische Ärztenetzwerk``, ``Der Nationale Wahlrat``, ``der Steiermärkischen
    Sparkasse``: a capitalised adjective inside a sentence between an article and a noun that
    names a kind of body is a name; the model's shorter entity in it gives way."""
    spans = []
    for tok in doc[1:-1]:
        noun = doc[tok.i + 1]
        # (also a hyphenated one: "Die Baden-Württembergische Krankenhausgesellschaft")
        if tok.pos_ != "ADJ" or not all(p[:1].isupper() and p.isalpha() for p in tok.text.split("-")) \
                or tok.is_sent_start \
                or doc[tok.i - 1].lower_ not in ARTICLE_WORDS or noun.pos_ not in ("NOUN", "PROPN") \
                or not noun.text.isalpha() or not (noun.text.lower().endswith(BODY_HEADS)
                                                   or noun.text.lower() in WHOLE_BODY_HEADS):
            continue  # (not "des US-amerikanischen Instituts")
        if any((e.start <= tok.i < e.end and e.label_ in ("PER", "LOC")) or e.start <= noun.i < e.end - 1
               for e in ents):
            continue  # a person or place, or a longer name ("Nationale Rat für Umwelt")
        spans.append(Span(doc, tok.i, tok.i + 2, label="ORG"))
    return spans


def _ampersand_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``Wunderlich & Söhne``, ``Kiepenheuer & Witsch``, ``Procter & Gamble``: two capitalised
    words joined by "&" are one organisation's name when either is a name (an entity, or tagged as
    one; not "CH-Rock & Pop"), with the entities on either side; legal forms after it go with it
    ("Müller & Co KG")."""
    spans: list[Span] = []
    around = {i: e for e in ents for i in range(e.start, e.end)}
    for amp in doc[1:-1]:
        left, right = doc[amp.i - 1], doc[amp.i + 1]
        if amp.text != "&" or not (left.text[:1].isupper() and right.text[:1].isupper()):
            continue
        if not (left.i in around or right.i in around or (
                "PROPN" in (left.pos_, right.pos_) and "-" not in left.text + right.text)):
            continue  # (not "CH-Rock & Pop")
        labels = tuple(around[t.i].label_ if t.i in around else "" for t in (left, right))
        if labels == ("LOC", "LOC") or (labels[0] == "PER" and right.text.rstrip(".") == "Co" and not (
                amp.i + 2 < len(doc) and doc[amp.i + 2].text.rstrip(".") in LEGAL_FORMS)):
            continue  # two places ("Schwaben & Altbayern"), a man and his circle ("Schäuble & Co.")
        start = around[left.i].start if left.i in around else left.i
        end = around[right.i].end if right.i in around else right.i + 1
        while end < len(doc) and end < right.i + 3 and (doc[end].text.rstrip(".") in LEGAL_FORMS or (
                doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper())):
            end += 1  # "Procter & Gamble | Deutschland", "Müller & Co. | KG"
        spans.append(Span(doc, start, end, label="ORG"))
    return spans


def _institution_noun(text: str) -> bool:
    """An institution noun of ``INSTITUTIONS``, also in the genitive ("des Polizeipräsidiums"),
    or a compound naming an association ("Klima-Allianz Deutschland", "Mieterbund Thüringen")."""
    return text in INSTITUTIONS or (text.endswith("s") and (
        text[:-1] in INSTITUTIONS or (text.endswith("es") and text[:-2] in INSTITUTIONS))) or (
        "-" in text and text.lower().endswith(ASSOCIATION_ENDINGS)) or (
        # a closed compound of an association ("Mieterbund Thüringen", "Naturschutzbund Bayern")
        len(text) > 8 and text[:1].isupper() and text.lower().endswith(("bund", "verband", "verein")))


def _organisations_by_name(ents: list[Span]) -> list[Span]:
    """A "person" whose words the text names as an organisation elsewhere ("Der Lieferdienst
    Flink … Flink weist die Vorwürfe zurück", "Der Autozulieferer Kessler Automotive … Kessler
    Automotive") is that organisation."""
    orgs = {e.text for e in ents if e.label_ == "ORG"}
    return [Span(e.doc, e.start, e.end, label="ORG") if e.label_ == "PER" and e.text in orgs
            else e for e in ents]


def _heads_before(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation the model found only after "für": its head noun before goes with it ("Das
    WSL-Institut für | Schnee- und Lawinenforschung")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for e in ents:
        k = e.start - 2
        if e.label_ == "ORG" and k >= 0 and doc[e.start - 1].text == "für" and k not in taken \
                and doc[k].text[:1].isupper() and doc[k].lower_.rstrip("s").endswith(FUER_HEADS):
            e = Span(doc, k, e.end, label="ORG")
        out.append(e)
    return out


def _places_after_place_nouns(doc: Doc, ents: list[Span]) -> list[Span]:
    """A "person" right after a noun for a kind of place is the place's name ("die Stadt Bega",
    "nahe der Ortschaft Bint Dschubail")."""
    return [Span(doc, e.start, e.end, label="LOC") for e in ents
            if e.label_ == "PER" and e.start > 0 and doc[e.start - 1].lower_ in PLACE_NOUNS]


def _genitive_heads(doc: Doc, ents: list[Span]) -> list[Span]:
    """An association named by its head noun and a genitive: the model's organisation after
    "der"/"des" takes the head ("Der Verband der | Chemischen Industrie"), and capitalised words
    after it name one the model missed ("Der Verband der Automobilindustrie", "Die Gewerkschaft
    der Polizei", "Der Berufsverband der Kinder- und Jugendärzte")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    starts = {e.start: e for e in ents}
    out = []
    for head in doc[:-2]:
        link = head.nbor()
        if head.i in taken or not head.text[:1].isupper() or link.lower_ not in {"der", "des"} \
                or not head.lower_.removesuffix("es").removesuffix("s").endswith(GENITIVE_HEADS):
            continue
        ent = starts.get(head.i + 2)
        if ent is not None:
            if ent.label_ == "ORG":
                out.append(Span(doc, head.i, ent.end, label="ORG"))
            continue
        end = head.i + 2
        while end < len(doc) and end not in taken and doc[end].pos_ == "ADJ" and doc[end].text.isalpha():
            end += 1  # "des Deutschen | Handwerks", "der gesetzlichen | Krankenversicherung"
        if end + 2 < len(doc) and doc[end].text.endswith("-") and doc[end].text[:-1].isalpha() \
                and doc[end + 1].lower_ in {"und", "oder"} and not taken & {end, end + 1, end + 2}:
            end += 2  # "der Kinder- und Jugendärzte": a truncated first part and the whole second
        if end < len(doc) and end not in taken and doc[end].pos_ in {"NOUN", "PROPN"} \
                and doc[end].text.isalpha() and doc[end].text[:1].isupper():
            out.append(Span(doc, head.i, end + 1, label="ORG"))
    return out


def _outlet_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    """The title after a noun for a kind of outlet ("Die algerische Zeitung El Watan berichtete",
    "Der Sender Rustawi 2", "die Zeitung Mladá fronta Dnes") is an organisation when the model
    and the lists left it untyped."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for noun in doc[:-1]:
        if noun.pos_ != "NOUN" or not noun.lower_.endswith(OUTLET_KIND_ENDINGS) or noun.i + 1 in taken:
            continue
        end = noun.i + 1
        while end < len(doc) and end - noun.i <= 4 and end not in taken:
            t = doc[end]
            capital = (t.text[:1].isupper() and t.text.isalpha()) or (t.like_num and end > noun.i + 1)
            inner = t.text.isalpha() and t.is_lower and t.pos_ not in _NOT_TITLE_POS and end + 1 < len(doc) \
                and doc[end + 1].text[:1].isupper() and end > noun.i + 1
            if not (capital or inner) or t.pos_ in {"VERB", "AUX"} or (t.i > 0 and t.is_sent_start):
                break
            end += 1
        if end == noun.i + 1 or doc[noun.i + 1].lower_ in _TIME_WORDS:
            continue  # ("Er las die Zeitung Montag früh")
        if end == noun.i + 2 and doc[noun.i + 1].pos_ == "NOUN":
            continue  # a title that is also a word ("dem Sender Premiere"): the actor passes decide
        if doc[end - 1].text[:1].isupper() or doc[end - 1].like_num:
            out.append(Span(doc, noun.i + 1, end, label="ORG"))
    return out


def _federal_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """A federal or state body named by its kind and "für" ("Die Bundesstelle für
    Flugunfalluntersuchung", "der Bundesanstalt für Materialforschung"), which the model missed:
    an organisation up to the last capitalised noun of its field."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for tok in doc[:-2]:
        low = tok.lower_.rstrip("s")
        if tok.i in taken or tok.pos_ not in {"NOUN", "PROPN"} or not tok.text.isalpha() \
                or not low.startswith(("bundes", "landes")) \
                or not low.endswith((*FUER_HEADS, "stelle", "zentrale")) \
                or doc[tok.i + 1].text != "für" or not _name_noun(doc[tok.i + 2]) or tok.i + 2 in taken:
            continue
        end = tok.i + 3
        while end + 1 < len(doc) and doc[end].text in {"und", ","} and _name_noun(doc[end + 1]) \
                and end + 1 not in taken:
            end += 2
        out.append(Span(doc, tok.i, end, label="ORG"))
    return out


def _continued_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Organisation names the model cut short: "… Staatsministerium | für Unterricht und Kultus"
    (a head noun of ``FUER_HEADS``, then "für" and capitalised nouns joined by "und" or commas,
    a lowercase adjective before each allowed) and "Bundesverband deutscher | Banken"."""
    out = list(ents)
    for e in ents:
        if e.label_ != "ORG" or e.end + 1 >= len(doc) or e not in out:
            continue  # (not one a longer name took in already)
        last, nxt = e[-1], doc[e.end]
        end = None
        if last.text.endswith("er") and last.pos_ == "ADJ" and _plain_noun(nxt):
            end = e.end + 1  # "Bundesverband deutscher | Banken", "Bund Deutscher | Kriminalbeamter"
        elif nxt.text == "für" and last.text.lower().rstrip("s").endswith(FUER_HEADS):
            j = e.end + 1
            while j < len(doc):
                if doc[j].is_lower and doc[j].pos_ == "ADJ" and j + 1 < len(doc):
                    j += 1  # "für gesundheitlichen | Verbraucherschutz"
                if not _name_noun(doc[j]):
                    break
                end = j + 1
                if j + 2 < len(doc) and doc[j + 1].text in {"und", ","} and _name_noun(doc[j + 2]):
                    j += 2
                    continue
                break
        if end is not None:
            out = [x for x in out if not (x.start < end and e.start < x.end)] + [
                Span(doc, e.start, end, label="ORG")]
    return out


def _regnal_numbers(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name goes on over the Roman number after it ("Papst Leo XIV.", "Karl III.")."""
    out = []
    for e in ents:
        if e.label_ == "PER" and e.end < len(doc) and REGNAL_RE.fullmatch(doc[e.end].text) \
                and not any(x.start == e.end for x in ents):
            e = Span(doc, e.start, e.end + 1, label="PER")
        out.append(e)
    return out


def _determined(tok: Token) -> bool:
    """An article or possessive opens the noun's phrase ("ihre für den Sommer geplante
    Stadiontour"): the nearest one before it, with no verb or punctuation between."""
    for t in reversed(tok.doc[max(tok.sent.start, tok.i - 6) : tok.i]):
        if t.tag_ in {"ART", "PPOSAT"}:
            return True
        if t.is_punct or (t.pos_ in {"VERB", "AUX"} and t.tag_ != "VVPP"):
            return False
    return False


def _joined_organisations(ents: list[Span]) -> list[Span]:
    """Two organisations with nothing between them are one name ("Fraunhofer IAO", "Mitsubishi
    UFJ")."""
    out: list[Span] = []
    for e in sorted(ents, key=lambda s: s.start):
        if out and out[-1].label_ == e.label_ == "ORG" and out[-1].end == e.start \
                and out[-1][-1].tag_ != "NN":  # (not "US-Agentur | Bloomberg": a noun, then the name)
            out[-1] = Span(e.doc, out[-1].start, e.end, label="ORG")
        else:
            out.append(e)
    return out


def _saint_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A place entity that is only "St." (or "Sankt") names what follows it: the entity after
    it or the next capitalised word ("St. Veitskapelle", "St. Johann Baptist")."""
    out: list[Span] = []
    ents = sorted(ents, key=lambda s: s.start)
    skip = None
    for k, e in enumerate(ents):
        if e is skip:
            continue
        words = [t.text for t in e]
        if e.label_ == "LOC" and words in (["St."], ["St", "."], ["Sankt"]) and e.end < len(doc):
            after = ents[k + 1] if k + 1 < len(ents) and ents[k + 1].start == e.end else None
            if after is not None:
                skip = after
                out.append(Span(doc, e.start, after.end, label="LOC"))
                continue
            if doc[e.end].text[:1].isupper():
                out.append(Span(doc, e.start, e.end + 1, label="LOC"))
                continue
        out.append(e)
    return out


def _after_genitive_article(doc: Doc, i: int) -> bool:
    """Whether "des" stands right before token ``i``, or before an opening quotation mark there."""
    k = i - 1 if i > 0 and doc[i - 1].text in QUOTES else i
    return k > 0 and doc[k - 1].lower_ == "des"


def spells(acronym: str, words: list[str]) -> bool:
    """``IGDRB`` / ``Interessengemeinschaft Deponiesicherheit Region Basel``: the acronym starts
    with the first word's initial, every capitalised word's initial is in it, and its letters
    occur in the words in order (after Schwartz and Hearst's abbreviation matching)."""
    letters = "".join(words).lower()
    acr = acronym.lower()
    if not words or not acr.isalpha() or letters[:1] != acr[0]:
        return False
    if any(w[:1].isupper() and w[0].lower() not in acr for w in words):
        return False
    pos = 0
    for ch in acr:
        pos = letters.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def parenthesised_acronym(ent: Span) -> bool:
    """``(IGDRB)``: a one-word upper-case entity alone in parentheses after at least one word."""
    doc, i, acr = ent.doc, ent.start, ent.text
    return (len(ent) == 1 and 2 <= len(acr) <= 8 and acr.isupper() and i >= 2
            and doc[i - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")")


def _long_forms(doc: Doc, ents: list[Span], descriptors: tuple[str, ...] = ()) -> list[Span]:
    """The name an acronym in parentheses abbreviates, with the acronym's label ("Die
    Interessengemeinschaft Deponiesicherheit Region Basel (IGDRB)"); an organisation, acronym
    included, when a word of it names a kind of organisation ("Verkehrsclub Deutschland (VCD)",
    which the model took for a place)."""
    out = []
    for ent in ents:
        if not parenthesised_acronym(ent):
            continue
        i, acr = ent.start, ent.text
        start = i - 1
        while start > 0 and i - 1 - start < 8 and (
                doc[start - 1].lower_ in LONG_FORM_LINKS
                or (doc[start - 1].text[:1].isupper() and doc[start - 1].text.replace("-", "").isalpha())):
            start -= 1
        for s in range(i - 2, start - 1, -1):  # the nearest start that spells it
            words = [t.text for t in doc[s : i - 1]]
            if words[0][:1].isupper() and spells(acr, words):
                if s < i - 2:  # one word ("Bundeskriminalamt (BKA)") is the model's to name
                    org = descriptors and any(w.lower().endswith(descriptors) for w in words)
                    label = "ORG" if org else ent.label_
                    out.append(Span(doc, s, i - 1, label=label))
                    if label != ent.label_:
                        out.append(Span(doc, ent.start, ent.end, label=label))
                break
    return out


def _acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """``Bundesamt für Kommunikation (BAKOM)``: an unknown acronym in parentheses right after an
    organisation or a place has its label; not after a person (``Tesch (CDU)``: the party) or a
    place opening the sentence (a dateline: ``Pfaffenhofen (PK)``, the author)."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    spans = []
    for ent in ents:
        i = ent.end + 1
        if ent.label_ not in ("ORG", "LOC") or i + 1 >= len(doc) or i in covered:
            continue
        if doc[i - 1].text == "(" and doc[i + 1].text == ")" and ACRONYM.match(doc[i].text) and not (
                ent.label_ == "LOC" and doc[ent.start].is_sent_start):
            spans.append(Span(doc, i, i + 1, label=ent.label_))
    return spans


def _particle_names(doc: Doc, ents: list[Span], gaz: Gazetteer) -> list[Span]:
    """Persons whose names carry a particle, which the model cuts ("Karl-Theodor" + LOC
    "Guttenberg", "Rafael van"): a person's name runs on over "zu", "van der" and the
    capitalised word after them; later in the text the particle name alone is the person too
    ("Zu Guttenberg hatte …", "Von der Leyen sagte")."""
    spans: list[Span] = []
    surnames: set[tuple[str, ...]] = set()
    orgs = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    for ent in ents:
        if ent.label_ != "PER":
            continue
        start = ent.end - 1 if len(ent) > 1 and ent[-1].lower_ in PARTICLES else ent.end
        before = ent[: start - ent.start]
        if len(before) > 1 and start + 2 < len(doc) and doc[start].lower_ in {"von", "vom", "zu"} \
                and before[-1].text not in gaz.first_names and before[-1].text not in gaz.given_names \
                and (doc[start].lower_ == "zu" or _namelike(doc[start + 2]) or doc[start + 2].text.isupper()):
            continue  # "Fondsmanager Ingo Speich von Deka Investment": a full name, then where he works
        end = _particle_end(doc, start, gaz, orgs)
        if end is not None:
            spans.append(Span(doc, ent.start, end, label="PER"))
            surnames.add(tuple(t.lower_ for t in doc[start:end]))
        elif any(t.lower_ in PARTICLES for t in ent[1:-1]):
            first = next(i for i, t in enumerate(ent) if i and t.lower_ in PARTICLES)
            surnames.add(tuple(t.lower_ for t in ent[first:]))
    if not surnames:
        return spans
    longest = max(len(s) for s in surnames)
    covered = {i for span in spans for i in range(span.start, span.end)} | {
        i for e in ents if e.label_ == "PER" for i in range(e.start, e.end)}
    for i, tok in enumerate(doc):
        if tok.lower_ not in PARTICLES or i in covered:
            continue
        for n in range(longest, 1, -1):
            if tuple(t.lower_ for t in doc[i : i + n]) in surnames:
                spans.append(Span(doc, i, i + n, label="PER"))
                break
    return spans


def _pattern(nlp: Language, text: str) -> tuple[str, ...]:
    """The tokens of a name; plain words are split on spaces (much faster than tokenizing)."""
    words = text.split(" ")
    if text.replace("-", "").replace(" ", "").isalnum() and "" not in words:
        return tuple(words)
    return tuple(t.text for t in nlp.make_doc(text))


def _org_word(tok: Token, descriptors: tuple[str, ...], n: int = 1) -> bool:
    """A word that can stand in an organisation name before its head (``Factory``, ``&``).

    ``n``: words already taken; a common noun right before the head (``Factory Records``,
    ``Wienstrom GmbH``) counts unless it names a kind of company (``Firma``, ``Konzern``).
    """
    text = tok.text
    if text == "&":
        return True
    if not (text[:1].isupper() and text.replace("-", "").isalnum()):
        return False
    if tok.pos_ in ("PROPN", "X") or (text.isupper() and len(text) > 1):
        return True
    return n == 0 and tok.pos_ == "NOUN" and not text.lower().endswith(descriptors)


def _org_name_word(tok: Token) -> bool:
    """A word of an organisation's name after its descriptor (``Kyocera``, ``HaBe-Film``, ``KLCN``,
    ``Sankei Shimbun``)."""
    text = tok.text
    return text[:1].isupper() and text.replace("-", "").replace("&", "").isalnum() and (
        tok.pos_ in ("PROPN", "X", "NOUN"))


def _plain_noun(tok: Token) -> bool:
    """A common noun that is no acronym: ``Mitglieder``, not ``KLCN``."""
    return tok.pos_ == "NOUN" and tok.text.isalpha() and not tok.text.isupper()


def _name_noun(tok: Token) -> bool:
    """A capitalised noun inside an organisation's name ("Unterricht", "Kultus", the "Luft-" of
    "Luft- und Raumfahrt"), no acronym."""
    word = tok.text.removesuffix("-") if tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in {"und", "oder"} \
        else tok.text
    return tok.pos_ in {"NOUN", "PROPN"} and word[:1].isupper() and word.isalpha() and not word.isupper()


def _lower_common(ent: Span) -> bool:
    """A lowercase span that is no name: ``deutschen``, ``beiden Richtungen``.

    Lowercase names stay: ``van Gaal``, ``dpa/tmn``, ``ddp``, ``ratiopharm GmbH``.
    """
    first = ent[0]
    text = first.text
    if not text[:1].islower() or text in PARTICLES:
        return False
    if len(ent) > 1:
        return first.pos_ in ("DET", "PRON", "NUM", "ADV") or not any(
            t.text[:1].isupper() for t in ent
        )
    return text.isalpha() and (first.pos_ in ("ADJ", "ADV", "VERB", "DET", "PRON")
                               or text.endswith(ADJ_SUFFIXES))


def _bad_tail(tok: Token, label: str) -> bool:
    """A word that never ends a name: a function word, or a number after a person's name."""
    text = tok.text
    if tok.pos_ in TAIL_POS and (text.islower() or text in TAIL_WORDS):
        return True
    return label == "PER" and text.isdigit()


def _eponym_institution(ent: Span) -> Span:
    """An institution named after a person that the model or a rule typed as the person ("des
    Robert Koch-Instituts") is an organisation."""
    last = ent[-1].lower_
    if ent.label_ == "PER" and "-" in last and re.sub(r"e?s$", "", last).rsplit("-", 1)[-1] in EPONYM_HEADS:
        return Span(ent.doc, ent.start, ent.end, label="ORG")
    return ent


def _role(tok: Token, roles: tuple[str, ...]) -> bool:
    """A common noun naming a role or office (``Motorenchef``), not a name itself."""
    text = tok.text
    head = text.rsplit("-", 1)[-1]
    return (
        # (a hyphenated one the tagger took for a name: "IW-Tarifexperte Hagen Lesch")
        (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and head != text and head[:1].isupper()))
        and text[:1].isupper() and text.replace("-", "").isalpha() and text.lower().endswith(roles)
    )


def _compound_part(tok: Token, gaz: Gazetteer) -> bool:
    """``HSV-Vorstand``, ``ITR-Chef``: a hyphenated common noun whose head is not a name part."""
    text = tok.text
    if "-" not in text.strip("-"):
        return False
    head = text.rsplit("-", 1)[1]
    if not head[:1].isupper() or len(head) < 4:
        return False
    if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and head.lower().endswith(gaz.roles)):
        return False
    return not (
        head in gaz.org_cues or head in NAME_HEADS or head in gaz.family_names
        or head in gaz.given_names or head in gaz.place_words
    )


def _described_by_compound(tok: Token, descriptors: tuple[str, ...]) -> bool:
    """A compound naming a kind of organisation ("Digitalverband"), not the kind alone, which may
    open a name ("Institut Forsa"), nor an institute of any kind ("Meinungsforschungsinstitut")."""
    low = tok.lower_
    return any(low.endswith(d) and len(low) > len(d) + 2 for d in descriptors) \
        and not low.rstrip("s").rstrip("e").endswith("institut")


def _after_name(tok: Token) -> bool:
    """A word that may follow a person's name: punctuation, a preposition, a verb."""
    return tok.is_punct or tok.pos_ in ("ADP", "VERB", "AUX")


def _namelike(tok: Token) -> bool:
    text = tok.text
    return (
        len(text) > 1 and text[0].isupper() and not text.isupper()
        and tok.pos_ in NAME_POS and text.replace("-", "").isalpha()
    )


def _common_noun(tok: Token, cues: tuple[str, ...]) -> bool:
    """``SVP Wähler``: a common noun after a known name, not part of the name."""
    text = tok.text
    return (
        tok.pos_ == "NOUN" and text.isalpha() and not text.isupper() and text not in NAME_HEADS
        and text not in ORG_HEADS and not text.lower().endswith(cues)
    )


def _longest(spans: list[Span]) -> list[Span]:
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def _merge(
    ents: list[Span], span: Span, keep_longer_model: bool, cues: tuple[str, ...] = ()
) -> list[Span]:
    """Put ``span`` into ``ents``, replacing the entities it overlaps.

    Gazetteer names (``keep_longer_model``) yield to a longer entity containing them; rule
    spans yield to any entity reaching outside them (``Saint Ann Parish``).
    """
    overlap = [e for e in ents if e.start < span.end and span.start < e.end]
    if keep_longer_model and any(
        e.start <= span.start and span.end <= e.end and len(e) > len(span)
        and not (span.label_ == "ORG" and e.start == span.start and e.end == span.end + 1
                 and _common_noun(e.doc[span.end], cues))
        for e in overlap
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
