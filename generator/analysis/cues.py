"""What the words of a sentence say about speech: speech verbs (with separable particles),
Konjunktiv and reportative "sollen", zu-infinitive and dass complements, report nouns, hedges.

Token-level facts shared by the claim passes; nothing here decides who said what.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors.index import PERSON_NOUN_RE, STRANGER_NOUNS, noun_base
from generator.analysis.document import ArticleDoc
from generator.analysis.lexicon import Lexicon, lexicon, separable_particle
from generator.analysis.phrases import CLOSING_QUOTES, DATED_NOUNS, OPENING_QUOTES
from generator.model import SourceType
from generator.nlp.lemmas import verb_lemmas

COMPLEMENT_MARKERS = {"dass", "daß", "ob", ":"}
FINITE_VERB_TAGS = {"VVFIN", "VAFIN", "VMFIN"}
# the source types of polls and studies
SURVEY_TYPES = frozenset({"poll", "study"})
# adjectives that make "nach … Ermittlungen" a time, not a source
DURATION_ADJECTIVES = ("monatelang", "jahrelang", "wochenlang", "tagelang", "stundenlang", "langwierig",
                       "mehrmonatig", "mehrjährig", "mehrwöchig", "intensiv", "umfangreich", "aufwendig")
# prepositions and nouns of a time set for an event (``CueReader.scheduled``)
TIME_PREPOSITIONS = frozenset({"am", "im", "ab", "bis", "um", "zum", "in", "vom", "anfang", "ende", "mitte"})
SCHEDULE_NOUNS = frozenset({
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "woche", "wochenende", "uhr", "laufe", "jahr", "frühjahr", "sommer",
    "herbst", "winter", "monat", "monats", "jahres", "tagen", "wochen", "monaten"})
# verbs of checking a claim (``CueReader.unverified_note``)
CHECK_VERBS = frozenset({"überprüfen", "prüfen", "bestätigen", "verifizieren", "nachprüfen"})
# determiners and quantifiers ending in "-e" (a word tagged as one but not listed may be a verb)
DETERMINER_WORDS = frozenset({
    "alle", "andere", "beide", "diese", "diverse", "eine", "einige", "etliche", "irgendeine",
    "irgendwelche", "jede", "jene", "keine", "manche", "mehrere", "meine", "deine", "seine", "ihre",
    "unsere", "eure", "sämtliche", "solche", "viele", "welche", "wenige", "zahlreiche", "derartige",
})
# what a disaster "fordert" ("forderte 20 Todesopfer", "zahlreiche Verletzte", "ihren Tribut")
TOLL_WORDS = ("opfer", "tote", "toten", "leben", "tribut", "verletzte", "verletzten")
# subjects that require something without saying it ("Die Lage verlangt schnelles Handeln")
DEMANDING_THINGS = frozenset({"lage", "situation", "tatbestand", "umstand", "umstände", "aufgabe", "krise",
                              "zeit", "entwicklung", "sicherheitslage", "arbeit", "aufgaben"})
# words for a word or name: what they "bezeichnen" they denote ("Der Begriff bezeichnet …")
WORD_NOUNS = ("name", "begriff", "wort", "ausdruck", "bezeichnung", "abkürzung", "kürzel")
# languages one speaks ("spricht fließend Englisch")
LANGUAGES = frozenset({"deutsch", "englisch", "französisch", "spanisch", "italienisch", "russisch",
                       "arabisch", "türkisch", "chinesisch", "mandarin", "kantonesisch", "polnisch",
                       "ukrainisch", "japanisch", "portugiesisch", "niederländisch", "persisch", "hebräisch"})
# filings a court or authority rejects ("wies die Klage zurück": a decision, not a denial; not the
# plural "Klagen" or a plain "Beschwerde", which may be complaints someone answers)
FILINGS = ("klage", "verfassungsbeschwerde", "verfassungsbeschwerden", "berufung", "revision", "antrag",
           "anträge", "einspruch", "einsprüche")
# where something is seen, not what it is seen as ("sahen im Fernsehen den Bericht")
SEEN_PLACES = frozenset({"ferne", "nähe", "fernsehen", "internet", "netz", "video", "film", "zeitung",
                         "spiegel", "bild", "bildern", "stadion", "straße", "stadt", "wald", "himmel"})
# speech verbs whose perfect takes "sein" ("ist davon ausgegangen")
SEIN_PERFECT = frozenset({"ausgehen", "eingehen", "übereinkommen", "zurückkommen", "losgehen"})
# words before a comparing "als" ("mehr als", "anders als"): no judgement
COMPARED = frozenset({"mehr", "weniger", "anders", "lieber", "sowohl", "ebenso", "so"})


# words that date a plan ("soll im Januar in Kraft treten", "soll künftig gelten")
PLAN_WORDS = frozenset({"künftig", "demnächst", "nächste", "nächsten", "kommende", "kommenden", "ab", "bis",
                        "bald", "zeitnah", "kürze", "spätestens", "montag", "dienstag", "mittwoch",
                        "donnerstag", "freitag", "samstag", "sonntag", *DATED_NOUNS})  # months and seasons
# "noch in dieser Woche", "im Laufe des Monats": a period that dates a plan
PLAN_PERIODS = frozenset({"woche", "monat", "monats", "jahr", "jahres", "wochenende", "laufe"})


# past tenses that are also another verb's present stem + "e" ("raste": rasen / rasten)
PAST_LOOKALIKES = frozenset({"raste"})


# verbs of saying or judging that "lässt sich …" makes impersonal ("lässt sich nicht sagen"; but
# "musste sich Kritik vorwerfen lassen" has a speaker)
SAID_WITH_LASSEN = frozenset({"sagen", "feststellen", "beziffern", "schätzen", "erklären", "beurteilen",
                              "absehen", "vorhersagen", "prognostizieren", "abschätzen"})


class CueReader:
    """Reads cues in one article (quotation marks known, so cues inside quotations are skipped)."""

    def __init__(self, adoc: ArticleDoc, lex: Lexicon) -> None:
        self.adoc = adoc
        self.doc = adoc.doc
        self.lex = lex
        self.quote_chars = list(adoc.quotes)

    def in_quote(self, token: Token) -> bool:
        """The token lies inside quotation marks."""
        return any(s < token.idx < e - 1 for s, e in self.quote_chars)

    def in_speech(self, token: Token) -> bool:
        """The token is inside quoted speech, not inside a quoted name ("„BBC News“ berichtet")."""
        text = self.adoc.text
        for qs, qe in self.quote_chars:
            if qs < token.idx < qe - 1:
                inner = text[qs + 1 : qe - 1].strip()
                span = self.doc.char_span(qs + 1, qe - 1, alignment_mode="expand")
                # (a finite verb makes it a sentence: "„Moskau will keinen Frieden“, schrieb er")
                return len(inner.split()) > 4 or inner[-1:] in ".!?,;:" or not inner[:1].isupper() or (
                    span is not None and len(span) > 2 and any(t.tag_.endswith("FIN") for t in span))
        return False

    def inside_quoted_name(self, start: int, end: int) -> bool:
        """Chars ``start:end`` are only part of a quoted name ("„Aktion Deutschland hilft“");
        a mention that is the whole quotation ("„Bild“") is not."""
        text = self.adoc.text
        return any(qs < start and end <= qe and text[qs + 1 : qe - 1].strip() != text[start:end]
                   for qs, qe in self.quote_chars)

    def cue_lemma(self, token: Token) -> str | None:
        """The speech verb a token is ("teilte" … "mit" → mitteilen), else None."""
        passive = token.tag_ in {"ADJD", "VVPP"} and not token.lower_.endswith("end") and any(
            c.dep_ == "aux:pass" and c.lemma_ == "werden" for c in token.children)
        if not token.text[:1].islower() or (  # (a participle tagged as an adjective in a passive:
                token.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "ADP", "PRON"} and not passive):
            return None  # "wurden von den Behörden angewiesen, …")
        candidates = self.lex.cue_candidates(token.lemma_, token.text)
        if not candidates:
            return None
        later = None
        plain = None
        for lemma in candidates:
            particle = separable_particle(lemma)
            if not particle or token.lower_.startswith(particle):
                plain = plain or lemma
                continue
            if later is None:
                sent = self.sentence_of(token)
                # a separated particle closes its clause: "teilte … mit.", "deutete … an, dass"
                # (not another finite verb's own: "Der Euro gab nach, der Dax legte zu")
                later = {t.lower_ for t in sent if t.i > token.i and (
                    t.i + 1 >= sent.end or self.doc[t.i + 1].is_punct
                    or self.doc[t.i + 1].lower_ in {"und", "oder", "dass", "daß", "ob"}) and not (
                    t.dep_ == "compound:prt" and t.head.i > token.i and t.head.tag_ == "VVFIN"
                    and (any(c.dep_ == "nsubj" for c in t.head.children) or any(  # "… an und führte aus"
                        separable_particle(c) == t.lower_
                        for c in self.lex.cue_candidates(t.head.lemma_, t.head.text))))} | {
                    t.lower_ for t in sent if t.i == token.i - 1}  # "wie … bekannt gab"
            if particle in later:
                return lemma  # the separated particle is there: "teilte … mit"
        if plain == "sehen" and any(c.dep_ == "compound:prt" or c.tag_ == "PRF" for c in token.children):
            return None  # "sah … vor", "sah es schlecht aus", "sah sich gezwungen"
        if plain == "befinden" and (any(c.tag_ == "PRF" or c.lower_ == "sich" for c in token.children) or any(
                t.lower_ in {"schuldig", "unschuldig"} or (
                    t.lower_ == "für" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "ADJ")
                for t in self.doc[token.i + 1 : self.sentence_of(token).end])):
            # "die Gespräche befänden sich in einer Phase": where, not a finding; "befand ihn
            # (für) schuldig", "für rechtens": a verdict on someone or something, not words
            return None
        if token.tag_ in {"VVPP", "ADJD"} and token.i > 0 and self.doc[token.i - 1].lower_ in {"wie", "als"}:
            return None  # "wie erwartet", "früher als erwartet", "als begründet erwiesen"
        return plain

    @staticmethod
    def other_sense(cue: Token, lemma: str) -> bool:
        """"Die Grippe hat 25 Millionen Todesopfer gefordert", "User haben die Seite
        aufgerufen", "Das nennt man …", "meinte es gut", "hielt die Laudatio": the verb's other
        sense, told by its dependents (for "halten", by its sentence: "hält es für möglich")."""
        if not cue.doc.has_annotation("DEP"):
            return False
        objects = [c.lower_ for c in cue.children if c.dep_ in {"obj", "dobj"}]
        if lemma == "sehen" and cue.i > 0 and cue.nbor(-1).lower_ == "zu":
            return True  # "Auf Videos ist zu sehen, wie …": what can be seen
        if lemma in {"nennen", "bezeichnen"}:  # "Dies nennt man einen Aktiensplit": a name
            # ("Der Name Ubuntu … bezeichnet eine afrikanische Philosophie": a word denotes)
            verb = cue.head if cue.dep_ == "conj" and cue.head.pos_ in {"VERB", "AUX"} else cue
            if any(c.dep_ == "nsubj" and c.lower_.endswith(WORD_NOUNS) for c in verb.children):
                return True
            return any(c.lower_ == "man" or c.tag_ == "PRF" for c in cue.children) or (
                lemma == "nennen" and cue.tag_ == "VVPP" and cue.dep_ != "ROOT"
                and not any(c.dep_.startswith("aux") for c in cue.children))  # "auch Perihel genannt"
        if lemma == "drohen":  # "drohe ein Bußgeld", "es drohen Strafen": looms, nobody threatens;
            # "Der Frachter droht auseinanderzubrechen" (no comma before the infinitive): is at risk
            subject = next((c for h in (cue, *(a for a in cue.children if a.dep_.startswith("aux")))
                            for c in h.children if c.dep_ in {"nsubj", "expl"}), None)
            if subject is None or subject.lower_ == "es":  # "Es droht Hagel", "Den Kunden droht, dass"
                return True
            # a threat says with what ("mit einer Klage") or what the speaker would do ("drohte,
            # … vorzugehen"); "droht dem HSV der Zwangsabstieg" and "droht ihm die Todesstrafe" loom
            return not any((c.dep_ in {"ccomp", "xcomp", "advcl"} and c.i > cue.i and any(
                t.text == "," for t in cue.doc[cue.i : c.i])) or any(
                g.lower_ == "mit" for g in c.children) for c in cue.children)
        if lemma == "ausschließen":  # "schloss ihn aus der Partei aus", "von der Wahl ausgeschlossen"
            things = {"es", "das", "dies", "dieses"}
            people = [c for c in cue.children if c.dep_ in {"obj", "nsubj:pass"} and (
                c.ent_type_ == "PER" or (c.pos_ == "PRON" and c.lower_ not in things)
                or (c.pos_ == "NOUN" and lexicon().capacity_noun(c.text)))]  # "den Spieler"
            # ("Weitere Zinssenkungen schloss Devaux nicht aus", parsed with the name as the
            # object and the plural as the subject of the singular verb: the name is the subject)
            subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
            people = [c for c in people if not (
                subject is not None and c.dep_ == "obj" and c.morph.get("Case") == ["Nom"]
                and subject.morph.get("Number") != cue.morph.get("Number"))]
            passive = cue.tag_ == "VVPP" and any(  # "werde nicht ausgeschlossen"
                c.dep_.startswith("aux") and c.lemma_ == "werden" for c in cue.children)
            return bool(people) or passive or any(  # (not "Eine Entschädigung aus Landesmitteln")
                t.lower_ in {"aus", "von", "vom"} and t.head.head == cue
                and t.head.pos_ in {"NOUN", "PROPN"} for t in cue.sent)
        if lemma == "bestätigen" and any(c.tag_ == "PRF" for c in cue.children):
            return True  # "Sollte sich bestätigen, dass …": turns out true, nobody confirms
        if lemma == "bestreiten":  # "bestreitet sein zweites Gruppenspiel"
            return any(o.endswith(("spiel", "spiele", "partie", "match", "rennen", "finale", "kampf",
                                   "turnier", "saison", "unterhalt", "kosten")) for o in objects)
        if lemma == "halten":  # a stance only as "hält es für möglich", "hält X als …": the "für"
            # phrase is the verb's ("hält den Weltrekord für das schnellste Auto" holds a record)
            return not any(t.lower_ in {"für", "als"} and (t.head.head == cue or (
                t.i + 1 < len(cue.doc) and cue.doc[t.i + 1].tag_ == "ADJD")) for t in cue.sent)
        if lemma == "aussprechen":  # "dem Kanzler das Vertrauen aussprechen": a vote; thanks and
            # condolences are courtesies ("sprach den Ermittlern ihren Dank aus")
            return any(o.endswith(("vertrauen", "misstrauen", "dank", "beileid", "mitgefühl", "bedauern",
                                   "anteilnahme", "glückwunsch", "glückwünsche", "solidarität"))
                       for o in objects)
        if lemma in {"fordern", "verlangen"}:  # "forderte 20 Todesopfer", "hat mehr als 100 Tote gefordert",
            # "fordert ihren Tribut"; "Die Lage verlangt schnelles Handeln": what a thing requires
            clause = CueReader.clause_of(cue)
            subject = next((c for h in (cue, *(a for a in cue.children if a.dep_.startswith("aux")))
                            for c in h.children if c.dep_ == "nsubj"), None)
            named = {t.i for t in subject.subtree} if subject is not None else set()  # not "Die Eltern
            # der Toten fordern Aufklärung"
            toll = any(t.lower_.endswith(TOLL_WORDS) and t.pos_ == "NOUN" and t.i not in named
                       for t in clause)
            return (lemma == "fordern" and toll) or (
                subject is not None and subject.lower_ in DEMANDING_THINGS)
        if lemma in {"sehen", "erfahren", "bemerken"}:  # "Erst als sie das Blaulicht gesehen habe, …",
            # "Als einer der Männer erfuhr, dass …": seeing or learning, in a time clause (whose
            # conjunction the parser may attach elsewhere when an apposition follows it)
            times = {"als", "wenn", "nachdem", "bevor", "sobald", "bis"}
            first = cue.sent[0]
            return any(c.dep_ == "mark" and c.lower_ in times for c in cue.children) or (
                first.lower_ in times and first.pos_ == "SCONJ" and not any(
                    t.tag_.endswith("FIN") for t in cue.doc[first.i + 1 : cue.i]))
        if lemma == "wissen":  # "Man weiß: Benzin eignet sich nicht als Grillanzünder": what is known
            # (but "Im Ministerium weiß man, dass …" tells who knows it)
            where = {"im", "in", "bei", "beim", "aus"}
            # ("Mehsud sollte wissen, „dass wir hinter ihm her sind“": what someone ought to know)
            if any(c.dep_ == "aux" and c.lemma_ in {"sollen", "müssen"} for c in cue.children):
                return True
            return any(c.lower_ == "man" and c.dep_ in {"nsubj", "expl"} for c in cue.children) and not any(
                t.lower_ in where for t in CueReader.clause_of(cue) if t.i < cue.i)
        if lemma == "erklären":  # "für grundgesetzwidrig erklären", "erklärte die Wahl für ungültig"
            return any(t.lower_ == "für" and t.i + 1 < len(cue.doc)
                       and cue.doc[t.i + 1].tag_ in {"ADJD", "VVPP"} for t in CueReader.clause_of(cue))
        if lemma == "sprechen":  # "sprachen ihn die Geschworenen frei"; "Die Zahlen sprechen für Romney"
            # (what indicates something, not what is said: no "von" and no complement after it)
            after = [t for t in cue.sent if t.i > cue.i]
            pointing = any(t.lower_ in {"dafür", "dagegen"} for t in after[:3])  # "spricht dafür, dass"
            for_against = any(c.lower_ in {"für", "gegen"} and c.head.head == cue for c in after)
            said = any(t.lower_ in {"von", "vom", "sich", "mich", "uns"} for t in after) or (
                not pointing and any(t.text in {":", ","} for t in after))
            indicates = (pointing or for_against) and not said
            # "hat ein Urteil gesprochen", "Recht sprechen": a court's ruling, not its words
            # ("Die Zahlen sprechen eine deutliche Sprache": they show it; "sprächen nicht den
            # lokalen Dialekt": a language spoken)
            return indicates or any(c.lower_ in {"frei", "heilig", "schuldig"} for c in cue.children) or any(
                o.endswith(("urteil", "urteile", "recht", "sprache", "dialekt")) or o in LANGUAGES
                for o in objects)
        if lemma == "zurückweisen":  # "Das Gericht wies die Klage zurück": a decision on a filing
            # ("wies den Vorwurf zurück" is a denial); a filing rejects nothing, so a subject the
            # parser found may be one too
            # (not a judged rejection: "wies die Beschwerde der Kommission als Propaganda zurück")
            return any(c.lower_.endswith(FILINGS) for c in cue.children
                       if c.dep_ in {"obj", "nsubj", "nsubj:pass"}) and not any(
                t.lower_ == "als" for t in CueReader.clause_of(cue))
        if lemma == "verweisen":  # "verwies die Konkurrenz auf die Plätze", "in die Schranken",
            # "vom Platz", "des Landes verwiesen": beat, rebuked, sent off, expelled
            clause = [t.lower_ for t in CueReader.clause_of(cue)]
            return any(w in {"plätze", "plätzen", "schranken", "ränge"} for w in clause) or any(
                a in {"vom", "des"} and b in {"platz", "platzes", "landes"}
                for a, b in pairwise(clause))
        if lemma in {"empfehlen", "andeuten"} and any(c.tag_ == "PRF" and c.lower_ == "sich"
                                                      for c in cue.children):
            # "Zudem empfiehlt sich eine Anzeige": is advisable, nobody recommends; "Im Saarland
            # deutet sich ein Kopf-an-Kopf-Rennen an": it emerges, nobody hints
            return True
        if lemma == "rufen":  # "Das ruft Neider auf den Plan", "rief die Stiftung ins Leben"
            clause = [t.lower_ for t in CueReader.clause_of(cue) if t.i > cue.i]
            idioms = {("den", "plan"), ("ins", "leben"), ("in", "erinnerung"), ("ins", "gedächtnis")}
            return any(pair in idioms for pair in pairwise(clause))
        if lemma == "meinen":  # "Das Wetter meinte es gut mit den Zuschauern"
            # "es" as object, or as subject when the parser took it for one
            return any(c.lower_ == "es" for c in cue.children) and any(
                c.lower_ in {"gut", "ernst", "ehrlich"} for c in cue.children)
        if lemma == "melden":  # "Als Nachfolger haben sich drei Kandidaten gemeldet": applied
            return any(c.tag_ == "PRF" for c in cue.children) and not any(
                t.lower_ == "wort" for t in cue.sent if t.i > cue.i)  # but "meldete sich zu Wort"
        if lemma == "schreiben":  # "schrieb einen Verlust", "schrieb rote Zahlen", "schrieb Geschichte"
            return any(o.endswith(("verlust", "verluste", "gewinn", "gewinne", "zahlen", "geschichte",
                                   "minus", "plus", "rekord")) for o in objects)
        if lemma == "aufrufen":  # "Seiten aufrufen" is browsing; "beide Seiten zur Ruhe aufrufen" or
            # "rief beide Seiten auf, an den Verhandlungstisch zurückzukehren" not
            web = ("seite", "seiten", "website", "video", "link", "datei")
            return any(o.endswith(web) for o in objects) \
                and not any(t.lower_ in {"zu", "zur", "zum"} or t.tag_ == "VVIZU"
                            for t in cue.sent if t.i > cue.i)
        return False

    @staticmethod
    def clause_of(token: Token) -> list[Token]:
        """The words from the comma before a token to the comma after it."""
        sent = token.sent
        start = next((t.i + 1 for t in reversed(sent[: token.i - sent.start]) if t.text in {",", ";", ":"}),
                     sent.start)
        end = next((t.i for t in sent[token.i - sent.start + 1 :] if t.text in {",", ";", ":"}), sent.end)
        return list(token.doc[start:end])

    def verbs(self, sent: SpacySpan) -> list[Token]:
        """Speech verbs of a sentence, outside quotations, not in an agentless passive
        ("der als „Sonnenwind“ bezeichnet wird"), not in another sense (:meth:`other_sense`) and not
        in a condition ("Sollte die NADA zu milde urteilen, …", "Wenn X behauptet, …"), nor a
        decision not taken; nor an attributive participle ("nicht näher bezeichnete Probleme")."""
        return [t for t in sent if not self.in_quote(t) and not self._attributive(t)
                and (lemma := self.cue_lemma(t)) and not (
            t.i + 1 < sent.end and self.doc[t.i + 1].lower_ in {"wird", "werden", "wurde", "wurden"}
            and not any(x.lower_ in {"von", "vom"} for x in sent)) and not self.other_sense(t, lemma)
            and not self._contradicted(t) and not self._demanded(t) and not self._in_condition(t)
            and not self._not_decided(t, lemma) and not self._evidence_in_reported(t, lemma, sent)
            and (self.lex.cue_strength.get(lemma) != "judgement" or self.judged_as(t))
            and not self._can_be_said(t) and not self._noun_infinitive(t)]

    @staticmethod
    def _noun_infinitive(token: Token) -> bool:
        """A zu-infinitive that completes a noun ("ein Recht darauf zu erfahren, wofür …", "die
        Möglichkeit zu sagen"): what someone may do, no speech act."""
        zu = next((c for c in token.children if c.lower_ == "zu" and c.tag_ == "PTKZU"), None)
        if token.tag_ == "VVIZU":
            return token.head is not token and token.head.pos_ == "NOUN"
        if zu is None or zu.i < 2:
            return False
        # (also hung on nothing, the noun right before it: "ein Recht darauf zu erfahren")
        before = token.doc[zu.i - 1] if token.doc[zu.i - 1].tag_ != "PAV" else token.doc[zu.i - 2]
        return (token.head is not token and token.head.pos_ == "NOUN") or (
            token.dep_ == "ROOT" and before.pos_ == "NOUN")

    @staticmethod
    def _can_be_said(token: Token) -> bool:
        """"…, lasse sich erst kurzfristig sagen", "lässt sich nicht sagen": what can be said,
        nobody saying it."""
        verbs = [token, token.head, *(c for c in token.children if c.dep_.startswith("aux"))]
        lassen = next((v for v in verbs if v.lemma_ == "lassen" and v is not token), None)
        return token.tag_ == "VVINF" and token.lemma_ in SAID_WITH_LASSEN and lassen is not None and any(
            c.lower_ == "sich" for v in (token, lassen) for c in v.children)

    def _evidence_in_reported(self, token: Token, lemma: str, sent: SpacySpan) -> bool:
        """"Es gebe E-Mails, die belegten, dass …": an evidence verb in a relative clause of a
        Konjunktiv I main clause is part of the reported words, not a new source."""
        if self.lex.cue_strength.get(lemma) != "evidence" or not any(
                c.tag_ in {"PRELS", "PRELAT"}
                or (c.tag_ == "PDS" and c.i > 0 and self.doc[c.i - 1].text == ",") for c in token.children):
            return False
        root = sent.root
        return root is not token and (self.is_konjunktiv1(root) or any(
            c.dep_.startswith("aux") and self.is_konjunktiv1(c) for c in root.children))

    def _attributive(self, token: Token) -> bool:
        """A participle before a noun ("nicht näher bezeichnete „technische Probleme“", also when
        tagged as a finite verb after "näher"): it describes, nobody speaks."""
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if token.i > 1 and self.doc[token.i - 1].text == "," and self.doc[token.i - 2].text in CLOSING_QUOTES:
            return False  # "„Die EZB spielt auf Zeit“, kommentierte Chefvolkswirt Ulrich Kater"
        return (token.tag_ == "ADJA" or (token.i > 0 and self.doc[token.i - 1].lower_ == "näher")) \
            and after is not None and (after.text in OPENING_QUOTES or after.pos_ in {"ADJ", "NOUN", "PROPN"})

    @staticmethod
    def modal_passive(cue: Token) -> bool:
        """"ist davon auszugehen", "ist zu befürchten", "sind anzunehmen": a zu-infinitive with
        "sein" (also when tagged as a participle: "aus-zu-gehen")."""
        low = cue.lower_
        zu = cue.tag_ == "VVIZU" or any(c.lower_ == "zu" and c.tag_ == "PTKZU" for c in cue.children) or (
            "zu" in low[2:-3] and low.endswith("en") and low.replace("zu", "", 1) == cue.lemma_.lower())
        return zu and any(c.dep_ in {"aux", "cop"} and c.lemma_ == "sein" for c in cue.children)

    def state_passive(self, cue: Token) -> bool:
        """"Die Pflichten seien im Vertrag festgelegt": a speech verb's participle with "sein" is
        a state, its subject what is spoken of (the verbs whose perfect takes "sein" aside:
        "ist davon ausgegangen")."""
        return cue.tag_ == "VVPP" and self.cue_lemma(cue) not in SEIN_PERFECT and any(
            c.dep_ == "aux" and c.lemma_ == "sein" for c in cue.children)

    def judged_as(self, cue: Token) -> bool:
        """"kritisierte den Plan als unsozial", "Eine Verschiebung bezeichnete Conze als fatal",
        "wurde von den Veranstaltern als Erfolg gewertet", "Als Signal wertete Nagel den Rückgang":
        a judgement verb with an "als" predicate after its object or passive subject (or opening
        the clause), in the verb's clause. Not a capacity ("kritisierte als Vorsitzender den Plan",
        "sah die Schäden als Gast", "als Erster"), a comparison ("mehr als"), a reflexive, a
        relative clause, a modal ("könnte … einstufen") or a sentence ("verurteilte … zu Haft")."""
        lemma = self.cue_lemma(cue)
        reason = lemma in self.lex.reason_verbs  # "Als Grund gab die Behörde … an"
        if lemma == "sehen" and self._sees_in(cue):
            return True
        if (lemma not in self.lex.als_judgements and not reason) or cue.dep_.startswith("acl") or any(
                c.dep_.startswith("aux") and (c.lower_ in {"hatte", "hatten"} or c.tag_ == "VMFIN")
                for c in cue.children):
            return False  # a pluperfect "hatte … eingestuft" is background, "könnte … einstufen" a guess
        clause = self.clause_of(cue)
        if any(t.tag_ in {"PRELS", "PRELAT"} and t.i < cue.i for t in clause) or any(
                t.lower_ == "man" and t.head == cue for t in clause):
            return False  # "Klagen, die das Verfahren als … betrachteten"; "wird man ihn als … sehen"
        if lemma == "verurteilen" and any(t.lower_ in {"zu", "zur", "zum"} for t in clause):
            return False  # "verurteilte den Mann als Haupttäter zu acht Jahren Haft"
        particle = next((c.lower_ for c in cue.children if c.dep_ == "compound:prt"), None)
        if particle is not None and not lemma.startswith(particle):
            return False  # "wertete Videoaufnahmen als Beweismittel aus": auswerten, not werten
        objects = [t.i for t in clause if t.head == cue and t.dep_ in {"obj", "nsubj:pass"}
                   and t.tag_ != "PRF"]  # not "stellte sich als Opfer dar"
        marker = "für" if lemma == "halten" else "als"  # "hält den Plan für falsch"
        for n, t in enumerate(clause):
            opening = n == 0 and cue.i > t.i  # "Als positives Signal wertete Nagel den Rückgang"
            if t.lower_ != marker or self.in_quote(t) or not (t.tag_ in {"KOKOM", "APPR", "KON"} or (
                    opening and t.dep_ == "case" and t.head.pos_ in {"NOUN", "PROPN"})):
                continue  # (an opening "Als" the tagger takes for "when", of a noun: "Als „Chance“ …")
            before, after = clause[n - 1] if n else None, clause[n + 1 : n + 4]
            if reason:  # (in the verb's own clause: not "gab an, als Grund … zu sehen")
                between = self.doc[min(t.i, cue.i) : max(t.i, cue.i)]
                noun = next((x for x in after if x.pos_ == "NOUN" and self.lex.reason_noun(x.text)), None)
                # (the object is not the reason noun itself: "Als Grund wurde angegeben, …")
                if noun is not None and any(o > noun.i for o in objects) and not any(
                        x.text == "," for x in between):
                    return True  # "nannte als Ursache einen Kurzschluss"
                continue
            if not opening and (not objects or t.i < min(objects)):
                continue  # "kritisierte als Vorsitzender den Plan"
            if not after or after[0].lower_ in {"ob", "wenn", "auch"} or (before is not None and (
                    before.lower_ in COMPARED or "Cmp" in before.morph.get("Degree"))):
                continue  # "als ob", "sowohl … als auch", "mehr als"
            if marker == "für" and not (  # "für riskant", "für nicht finanzierbar", "für gefährdet"
                    after[0].pos_ in {"ADJ", "ADV", "PART"} or after[0].tag_ in {"ADJD", "VVPP"}
                    or after[0].lower_.startswith(("ein", "kein"))):
                continue  # "hielt die Rede für den Kanzler": for whom, no judgement
            head = next((x for x in after if x.pos_ in {"NOUN", "PROPN"}), after[0])
            if head.lower_.startswith(("erst", "letzt", "einzig")) or (
                    head.pos_ == "NOUN" and self.lex.capacity_noun(head.text)):
                continue  # "als Erster", "als eine der Ersten", "als Gast", "als Mitglied des …"
            return True
        return False

    def _sees_in(self, cue: Token) -> bool:
        """"Kritiker sehen darin einen Verstoß", "Experten sehen in dem Referendum den ersten
        Schritt": a view of something, told by "darin", or by an "in" phrase and an object that is
        a view (lexicon `view_nouns`; not "sahen in dem Auto eine Waffe", "im Fernsehen")."""
        clause = self.clause_of(cue)
        objects = [t for t in clause if t.head == cue and t.dep_ == "obj" and t.pos_ == "NOUN"]
        if not objects or any(t.tag_ in {"PRELS", "PRELAT"} and t.i < cue.i for t in clause):
            return False
        for t in clause:
            if t.lower_ in {"darin", "hierin"} and t.head == cue:
                return True
            if t.lower_ in {"in", "im"} and t.tag_ == "APPR" and t.i < objects[0].i:
                noun = next((x for x in clause if x.i > t.i and x.pos_ in {"NOUN", "PROPN"}), None)
                if noun is not None and noun.pos_ == "NOUN" and noun.i < objects[0].i \
                        and noun.lower_ not in SEEN_PLACES and self.lex.view_noun(objects[0].text):
                    return True
        return False

    def _demanded(self, token: Token) -> bool:
        """"Die anderen Parteien müssten nun erklären, warum …": a speech verb in the infinitive
        under a modal in the subjunctive is what someone should say, not what was said."""
        if token.tag_ != "VVINF":
            return False
        modal = next((c for c in [*token.children, token.head] if c.tag_ == "VMFIN"
                      and (c.dep_.startswith("aux") or token.dep_ in {"xcomp", "ccomp"})), None)
        # (an obligation: not "Ob …, könne er nicht sagen", what he reportedly cannot say)
        return modal is not None and modal.lower_.startswith(("müss", "soll")) and (
            modal.lower_ in self.lex.konjunktiv2 or self.is_konjunktiv1(modal))

    def _not_decided(self, token: Token, lemma: str) -> bool:
        """"haben sich nicht darauf geeinigt, …": a decision that was not taken says nothing."""
        return lemma in {"einigen", "vereinbaren", "beschließen"} and any(
            c.lower_ in {"nicht", "nie", "keine"} and c.dep_ == "advmod" for c in token.children)

    @staticmethod
    def _contradicted(token: Token) -> bool:
        """"Das Fahrzeug sei, anders als das Militär behauptet, langsam gefahren": the cue of a
        clause opened by "anders als" names whom the sentence contradicts, not its source."""
        words = [t.lower_ for t in CueReader.clause_of(token)[:2]]
        return words == ["anders", "als"]

    def unanswered(self, sent: SpacySpan) -> Token | None:
        """The negated speech verb of a question left open ("Wann die Lieferungen beginnen,
        sagte Merz nicht", "…, wollte die Sprecherin nicht sagen", "Sie sagte nicht, ob …"), else
        None: no claim, an open question."""
        if not any(t.lower_ == "nicht" for t in sent):
            return None
        toks = list(sent)
        verbs = {t.i for t in self.verbs(sent)}
        for k, cue in enumerate(toks):
            if cue.i not in verbs:
                continue
            end = next((j for j in range(k + 1, len(toks)) if toks[j].text in {",", ";", ":", ".", "!", "?"}),
                       len(toks))
            before = next((j for j in range(k - 1, -1, -1) if toks[j].text == ","), None)
            # "…, sagte Merz nicht"; "…, wollte die Sprecherin nicht sagen" (an infinitive after a modal)
            modal = cue.tag_ == "VVINF" and before is not None \
                and any(t.lower_ == "nicht" for t in toks[before + 1 : k])
            if not modal and not any(t.lower_ == "nicht" for t in toks[k + 1 : end]):
                continue
            # (also after a preposition, "um" maybe tagged as a conjunction: "Um welche Firma es sich
            # handelt, teilte das Amt nicht mit")
            asks_before = before is not None and (toks[0].lower_ in self.lex.interrogatives or (
                toks[0].tag_ in {"APPR", "APPRART", "KOUI"} and len(toks) > 1
                and toks[1].lower_ in self.lex.interrogatives))
            asks_after = end < len(toks) and toks[end].text == "," and end + 1 < len(toks) \
                and toks[end + 1].lower_ in self.lex.interrogatives
            if asks_before or asks_after:
                return cue
        return None

    @staticmethod
    def wie_clause_end(cue: Token, toks: list[Token]) -> bool:
        """The cue closes a "…, wie X, Chef von Y, mitteilte." clause (apposition and all): the
        source pass reads it."""
        last = toks[-1]
        if last.i - cue.i > 1 or (last.i != cue.i and not last.is_punct):
            return False  # only at the end of the sentence ("…, wie er sagt, …" is a parenthesis)
        for t in reversed([t for t in toks if t.i < cue.i]):
            if t.tag_.endswith("FIN"):
                return False
            if t.lower_ == "wie" and t.i > toks[0].i and cue.doc[t.i - 1].text == ",":
                return True
        return False

    def sentence_of(self, token: Token) -> SpacySpan:
        """The Lagebild sentence holding the token."""
        return self.adoc.spans[self.adoc.sentence_at(token.idx)]

    def survey_kind(self, tokens: Iterable[Token]) -> SourceType:
        """"study" when the first poll or study noun among the words names a study ("laut einer
        Studie der Universität", "einer DIW-Analyse zufolge"), "media" for unnamed reports in the
        plural ("Berichten zufolge"), else "poll" (a poll, a projection, the shares of respondents)."""
        tokens = list(tokens)
        noun = next((t for t in tokens if self.poll(t) or self.lex.survey(t.text)), None)
        if noun is not None and noun.lower_.startswith("bericht") and (
                noun.lower_.endswith(("e", "en")) or any(
                    t.lower_.endswith(("zeitung", "sender", "agentur", "magazin", "blatt")) for t in tokens)):
            # "den Berichten zufolge", "nach Berichten der bulgarischen Presse", "einem Bericht der
            # Zeitung „The Kathmandu Post“": the news
            return "media"
        return "study" if noun is not None and self.lex.study(noun.text) else "poll"

    def poll(self, token: Token) -> bool:
        """A poll or study noun ("Umfragen", "Studie", "Reuters-Umfrage")."""
        nouns = self.lex.poll_nouns
        tail = token.lower_.rsplit("-", 1)[-1] if "-" in token.text else ""
        return token.text[:1].isupper() and (
            token.lower_ in nouns or token.lemma_.lower() in nouns
            or (bool(tail) and (tail in nouns or tail.removesuffix("n") in nouns)))

    def hedges(self, sent: Sequence[Token]) -> list[str]:
        """Hedging words of a sentence (or of some of its words), in text order ("offenbar",
        "könnte", "soll")."""
        words = [t.lower_ for t in sent]
        text = " " + " ".join(words) + " "
        found = [h for h in self.lex.hedge_adverbs if f" {h} " in text]
        modals = self.lex.hedge_modals | self.lex.reportative
        found += [t.lower_ for t in sent if t.lower_ in modals and not self._deontic_or_conditional(t)
                  and not self._future_in_past(t) and not (t.text[:1].isupper() and t.pos_ == "NOUN")
                  and not self._passive_subjunctive(t)]
        # (not a noun: "die Würde")
        found += [t.lower_ for t in sent if self._claimed_wollen(t)]
        if "wohl" in found and not any(self._hedging_wohl(t) for t in sent if t.lower_ == "wohl"):
            found.remove("wohl")
        return sorted(set(found), key=lambda h: text.find(f" {h} "))

    @staticmethod
    def _passive_subjunctive(token: Token) -> bool:
        """"würden" as the passive auxiliary of reported words ("Die Aktivistinnen würden für
        friedlichen Protest kriminalisiert, hieß es"): what they say happens, no guess."""
        return token.lower_ in {"würde", "würden"} and token.dep_ == "aux:pass" and token.head.tag_ == "VVPP"

    @staticmethod
    def _future_in_past(token: Token) -> bool:
        """"würde" in a dass clause after a past verb ("Wir wussten, dass es schwer werden
        würde"): what was then to come, no hedge."""
        if token.lower_ not in {"würde", "würden"}:
            return False
        clause = CueReader.clause_of(token)
        if not clause or clause[0].lower_ not in {"dass", "daß"} or clause[0].i == token.sent.start:
            return False
        # (a weak past by its ending too: "wussten" may be tagged as present)
        return any(t.tag_ in {"VVFIN", "VAFIN", "VMFIN"} and t.morph.get("Mood") != ["Sub"] and (
            t.morph.get("Tense") == ["Past"] or t.lower_.endswith(("te", "ten")))
            for t in token.doc[token.sent.start : clause[0].i])

    @staticmethod
    def _deontic_or_conditional(token: Token) -> bool:
        """"sollen" as an obligation ("Wir sollten nicht dramatisieren", "man sollte", "Wer
        Hinweise hat, soll sich melden"; also a negated "dürften"), opening a condition ("Sollte
        der Rat festhalten, werde man …") or a plan with its date ("Das Gesetz soll im Januar in
        Kraft treten", "Die Sonde soll 2029 starten"): no hedge."""
        if token.lower_ in {"dürfe", "dürften"} and any(
                t.lower_ in {"nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals"}
                for t in CueReader.clause_of(token)) and (token.lower_ == "dürfe" or not any(
                    c.dep_ in {"nsubj", "sb"} and c.pos_ == "NOUN"
                    and not PERSON_NOUN_RE.search(c.lemma_.lower()) and noun_base(c, STRANGER_NOUNS) is None
                    for c in (*token.children, *token.head.children))):
            # "Die Beschäftigten dürften nicht die Zeche zahlen": must not, no guess (but a thing
            # as the subject makes it a forecast: "Die Zinsen dürften nicht weiter sinken")
            return True
        if not token.lower_.startswith("soll"):
            return False
        if token.lower_ in {"sollte", "sollten"} and any(
                c.dep_ in {"nsubj", "sb"} and c.pos_ == "NOUN" and (
                    PERSON_NOUN_RE.search(c.lemma_.lower()) or noun_base(c, STRANGER_NOUNS) is not None)
                for c in (*token.children, *token.head.children)):
            return True  # "Fahrgäste sollten sich vorab informieren": advice (but "Die Preise sollten
            # im Herbst sinken" is a guess)
        if token.lower_ == "solle":  # "…, er solle zurücktreten": a demand reported; hearsay only
            # with a perfect infinitive ("die Sportlerin solle erhöhte Werte gehabt haben")
            clause = [t for t in CueReader.clause_of(token) if t.i > token.i]
            return not any(t.lower_ in {"haben", "sein"} and t.i > 0 and token.doc[t.i - 1].tag_ in {
                "VVPP", "VAPP", "VMPP"} for t in clause)
        sent = token.doc[token.sent.start : token.i]
        if token.lower_ in {"soll", "sollen"} and len(sent) > 1 and sent[0].lower_ == "wer" \
                and sent[-1].text == ",":
            return True  # "Wer Hinweise hat, soll sich bei der Polizei melden": an appeal
        if token.lower_ == "sollen" and (token.tag_ == "VMINF" or (
                any(t.lower_ in {"hätte", "hätten", "hat", "hatte", "hatten"}
                    for t in token.doc[token.sent.start : token.i])
                and token.i + 1 < len(token.doc) and token.nbor(1).is_punct)):
            return True  # "Blair hätte früher zurücktreten sollen": what ought to have been, no hearsay
        clause = list(token.doc[token.i + 1 : token.sent.end])[:12]
        last = next((t for t in reversed(clause) if not t.is_punct), None)
        dated = any(t.lower_ in PLAN_WORDS or (t.like_num and len(t.text) == 4 and t.text.startswith("20"))
                    or (t.lower_ in PLAN_PERIODS and t.i > 0 and t.nbor(-1).lower_ in {
                        "dieser", "diesem", "dieses", "im", "des"}) for t in clause)
        if token.lower_ in {"soll", "sollen"} and dated and last is not None \
                and last.lower_ not in {"haben", "sein", "worden"}:
            return True
        opener = CueReader.clause_of(token)[0]
        if opener.lower_ in {"wie", "was", "wo", "wann", "ob", "warum", "wohin"}:
            return True  # "wissen nicht, wie sie die Miete bezahlen sollen": what they ought to do
        before = token.nbor(-1) if token.i > 0 else token
        relative = opener.tag_ in {"PRELS", "PRELAT"} or (  # ("das" tagged as a demonstrative)
            opener.tag_ == "PDS" and opener.i > 0 and opener.nbor(-1).text == ",")
        if token.lower_ in {"soll", "sollen"} and relative and opener.i < token.i \
                and (before.tag_ in {"VVINF", "VAINF"} or before.lower_ == "werden") \
                and before.lower_ not in {"haben", "sein"}:
            return True  # "Schulze, der Haseloff nachfolgen soll": what is planned for him, no hearsay
        near = {t.lower_ for t in token.doc[max(token.sent.start, token.i - 1) : token.i + 2]}
        first = token.i == token.sent.start or token.nbor(-1).text in {",", ";", ":", "–", "„", "»"}
        return bool(near & {"wir", "ich", "man", "du", "ihr"}) or (
            token.lower_ in {"sollte", "sollten"} and (first or CueReader._in_condition(token)))

    @staticmethod
    def _in_condition(token: Token) -> bool:
        """The word ends a conditional clause ("falls …", "wenn …", "für den Fall, dass …")."""
        clause = CueReader.clause_of(token)
        opener = clause[0] if clause and clause[0].i < token.i else None
        if opener is None:
            return False
        if opener.lower_ in {"wenn", "falls", "sofern"} or (
                opener.lower_ in {"sollte", "sollten"} and opener.tag_ == "VMFIN"):
            return True  # ("Sollte die NADA zu milde urteilen, …": a verb-first condition)
        before = [t.lower_ for t in token.doc[max(0, opener.i - 3) : opener.i]]
        return opener.lower_ in {"dass", "daß"} and before[-2:] == ["fall", ","]

    @staticmethod
    def _claimed_wollen(token: Token) -> bool:
        """Reportative "wollen" with a perfect infinitive: "Ein Zeuge will Flammen gesehen haben"."""
        if token.lower_ not in {"will", "wollen", "wollte", "wollten"}:
            return False
        clause = token.doc[token.i + 1 : token.sent.end]
        return any(t.lower_ in {"haben", "sein"} and t.i > 0
                   and token.doc[t.i - 1].tag_ in {"VVPP", "VAPP", "VMPP"} for t in clause[:12])

    @staticmethod
    def _hedging_wohl(token: Token) -> bool:
        """"wohl" as "probably", not "sich wohl fühlen", "sehr wohl", "wohl aber" or "zum Wohl"."""
        prev = token.nbor(-1).lower_ if token.i > token.sent.start else ""
        nxt = token.nbor(1).lower_ if token.i + 1 < token.sent.end else ""
        return (token.text != "Wohl" and prev not in {"sehr", "durchaus", "zum"} and nxt != "aber"
                and not any(t.lemma_ == "fühlen" for t in token.sent))

    @staticmethod
    def zu_infinitive(token: Token) -> bool:
        """A separable verb's infinitive with "zu" inside ("festzulegen", "aufzunehmen"), whatever
        the tagger made of it."""
        low, lemma = token.lower_, token.lemma_.lower()
        at = low.find("zu", 1)
        while at > 0:
            if low[:at] + low[at + 2 :] == lemma:
                return True
            at = low.find("zu", at + 1)
        return False

    def is_konjunktiv1(self, token: Token) -> bool:
        """A Konjunktiv I verb form ("sei", "habe", "plane"), from the lexicon or the morphology."""
        lower = token.lower_
        if lower in self.lex.konjunktiv1:
            return token.tag_ not in {"NN", "NE"}  # not the noun "Spiele"
        # "-te"/"-de" is a weak past ("sagte", "wurde") unless it is the stem of a "-ten"/"-den"
        # verb ("warte", "finde", "werde": the infinitive without its "n")
        return ("Sub" in token.morph.get("Mood") and lower not in self.lex.konjunktiv2
                and lower.endswith("e") and (not lower.endswith(("te", "de"))
                                             or lower == token.lemma_.lower()[:-1])
                and (token.pos_ in {"VERB", "AUX"}  # (or a finite verb the POS tags as a noun: "Er leide")
                     or (token.tag_ in FINITE_VERB_TAGS and token.is_lower))) or self._stranded_verb(token) \
            or self._third_person_e(token) or self._verb_tagged_adjective(token) or self._untagged_verb(token)

    def _untagged_verb(self, token: Token) -> bool:
        """"Russland greife gezielt Kraftwerke an": in a clause with no finite verb, a lower-case
        "-e" word right after a noun or pronoun, tagged as anything but a verb or a noun, that is a
        verb's stem by the lemma table ("greifen") and no determiner or preposition a list knows:
        the Konjunktiv I the tagger missed (also as a determiner: "Das Plakat thematisiere
        lediglich …, erklärte er")."""
        lower = token.lower_
        if token.pos_ in {"VERB", "AUX", "NOUN", "PROPN", "PRON"} or not token.is_lower \
                or not token.is_alpha or not lower.endswith("e") or lower.endswith(("te", "de")) \
                or token.i == 0 or token.nbor(-1).pos_ not in {"NOUN", "PROPN", "PRON"} \
                or lower in DETERMINER_WORDS or lower in self.lex.prepositions \
                or lower + "n" not in verb_lemmas():
            return False
        sent, bounds, k = token.sent, {",", ";", ":", "–", "-"}, token.i - token.sent.start
        start = next((t.i + 1 for t in reversed(sent[:k]) if t.text in bounds), sent.start)
        end = next((t.i for t in sent[k:] if t.text in bounds), sent.end)
        return not any(t.tag_.endswith("FIN") for t in token.doc[start:end])

    @staticmethod
    def _verb_tagged_adjective(token: Token) -> bool:
        """"Ein Streik schade dem Standort", "Das räche sich": a rare verb's Konjunktiv I the
        tagger took for an adjective, known by its lemma (from the lemma table: the verb's stem
        + "e"), a noun or pronoun right before it (or a noun and an adverb: "Repression allein
        reiche nicht aus"), none after it and no copula before it in its clause (not "Das ist
        schade", "finde ich schade")."""
        lower, lemma = token.lower_, token.lemma_.lower()
        if token.pos_ != "ADJ" or not token.is_lower or not lower.endswith("e") or token.i == 0:
            return False
        if not any(lemma.endswith(end) and lemma[: -len(end)] + "e" == lower for end in ("en", "n")) \
                and not (lemma == lower and lower + "n" in verb_lemmas()):  # "klaffe", lemma unknown
            return False
        doc = token.doc
        prev = doc[token.i - 1]
        if prev.pos_ == "ADV" and token.i > 1 and doc[token.i - 2].pos_ in {"NOUN", "PROPN"}:
            prev = doc[token.i - 2]  # "Repression allein reiche nicht aus"
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if prev.pos_ not in {"NOUN", "PROPN", "PRON", "DET"} or prev.lower_ in {"ich", "wir", "du"} \
                or (nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "ADJ"}):
            return False
        for t in reversed(doc[token.sent.start : token.i]):
            if t.is_punct:
                break
            if t.lemma_.lower() in {"sein", "bleiben", "finden", "werden", "halten"}:
                return False
        return True

    def _third_person_e(self, token: Token) -> bool:
        """A finite "-e" form whose subject is "er", "es", "man" or a singular noun is
        Konjunktiv I whatever the tagger's mood ("er danke allen"; the indicative would be
        "er dankt", "er leistet"); not a Konjunktiv II ("wäre") nor with "ich" about ("Das mache
        ich")."""
        lower = token.lower_
        if token.tag_ not in {"VVFIN", "VAFIN", "VMFIN"} or not lower.endswith("e") \
                or lower in self.lex.konjunktiv2 \
                or (lower.endswith(("te", "de")) and not self._te_stem(token)):
            return False  # "wurde", "raste": a past tense (and lemmas of such forms are unsure)
        children = list(token.children)
        subject = next((c for c in children if c.dep_ in {"nsubj", "sb"}), None)
        return subject is not None and not any(c.lower_ in {"ich", "wir"} for c in children) and (
            subject.lower_ in {"er", "es", "man"}
            or (subject.pos_ in {"NOUN", "PROPN"} and subject.morph.get("Number") == ["Sing"]))

    @staticmethod
    def _te_stem(token: Token) -> bool:
        """A "-te"/"-de" form that is the infinitive of the shipped lemma table without its "n"
        ("Seine Familie bewirtschafte den Hof", "Der Tierpark leiste viel"), not a past tense
        that looks like one ("raste der Jet": "rasen", not "rasten")."""
        return token.lower_ + "n" in verb_lemmas() and token.lower_ not in PAST_LOOKALIKES

    def misread_verb(self, token: Token) -> bool:
        """A lowercase "-e"/"-en" word after a noun or pronoun that the tagger read as an
        adjective, a determiner or a preposition but no list of those knows: in a clause with no
        finite verb, the verb ("man verhänge Bußgelder", "die Strukturen begünstigten …")."""
        text = token.text
        return token.tag_ in {"ADJA", "PIAT", "APPR"} and text.isalpha() and text.islower() \
            and text.endswith(("e", "en")) and self.unlisted_function_word(token) and token.i > 0 \
            and token.nbor(-1).pos_ in {"NOUN", "PROPN", "PRON"}

    def unlisted_function_word(self, token: Token) -> bool:
        """A word tagged as a determiner or preposition that no list of those knows."""
        return token.lower_ not in (self.lex.prepositions if token.tag_ == "APPR" else DETERMINER_WORDS)

    def _stranded_verb(self, token: Token) -> bool:
        """An "-e" word tagged as an attributive adjective with no noun after it, but with the
        particle of a separable verb closing its clause: a Konjunktiv I the tagger did not
        know ("das reiche nicht aus"); so is one tagged as a determiner or a preposition that no
        list knows, right after the subject of a sentence with no finite verb ("Eine starre
        Quote schrecke qualifizierte Männer ab", "Die Studie überzeichne das Problem")."""
        if token.tag_ not in {"ADJA", "PIAT", "APPR"} or not token.lower_.endswith("e") \
                or token.lower_.endswith(("te", "de")):
            return False
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is None:
            return False
        if token.tag_ != "ADJA":
            # a word no list of determiners or prepositions knows, right after the subject in a
            # sentence with no finite verb, followed by the rest of a clause
            sent = token.sent
            return token.i > sent.start and token.nbor(-1).pos_ in {"NOUN", "PROPN"} \
                and self.unlisted_function_word(token) \
                and nxt.pos_ in {"DET", "ADJ", "NOUN", "PRON", "ADV"} \
                and not any(t.tag_.endswith("FIN") for t in sent) \
                and sum(1 for t in sent if not t.is_punct) >= 4
        if nxt.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
            return False
        for t in token.doc[token.i + 1 : token.sent.end]:
            if t.is_punct or t.pos_ in {"SCONJ", "CCONJ"}:
                return False
            if t.tag_ == "PTKVZ":
                return True
        return False

    def plural_past(self, tokens: list[Token]) -> bool:
        """An unquoted plural past-tense verb, whose form is the Konjunktiv II of reported
        speech ("Die Befugnisse griffen in die Grundrechte ein, urteilten die Richter")."""
        return any(t.tag_ in FINITE_VERB_TAGS and t.morph.get("Tense") == ["Past"]
                   and t.morph.get("Number") == ["Plur"] and not self.in_quote(t) for t in tokens) \
            and not any(t.text in OPENING_QUOTES or t.text in CLOSING_QUOTES for t in tokens)

    def has_konjunktiv(self, tokens: list[Token], include_k2: bool = False) -> bool:
        """Any Konjunktiv I form (or, with ``include_k2``, Konjunktiv II) among ``tokens``."""
        return any(self.is_konjunktiv1(t) or (include_k2 and (
            t.lower_ in self.lex.konjunktiv2  # the listed forms, else the morphology ("befänden")
            or ("Sub" in t.morph.get("Mood") and t.pos_ in {"VERB", "AUX"} and t.lower_.endswith("en")
                and not t.lower_.endswith("ten"))  # "sollten": as often the past
            or self.umlaut_k2(t)))
                   for t in tokens)

    @staticmethod
    def umlaut_k2(token: Token) -> bool:
        """A strong verb's Konjunktiv II: an umlaut its infinitive lacks, ending in -e/-en
        ("befänden", "stünde", "läge"); present forms with umlaut end in -t ("fährt", "hält")."""
        lower, lemma = token.lower_, token.lemma_.lower()
        return token.tag_ in {"VVFIN", "VAFIN", "VMFIN"} and lower.endswith(("e", "en")) and any(
            u in lower and u not in lemma for u in "äöü")

    def nach_noun(self, toks: list[Token], k: int) -> int | None:
        """Index of the report noun after "nach" ("Angaben", "eigenen Angaben", "einem Bericht",
        "Polizeiangaben"), with at most two determiners or adjectives between."""
        for j in range(k + 1, min(k + 4, len(toks))):
            tok = toks[j]
            if tok.lower_.startswith(DURATION_ADJECTIVES):
                return None  # "nach monatelangen Ermittlungen": after them, in time
            if tok.text.rsplit("-", 1)[-1][:1].isupper() and self.lex.report_noun(tok.lower_):
                if j == k + 1 and j + 1 < len(toks) and toks[j + 1].lower_ in {"zu", "zum", "zur", "über"}:
                    return None  # "löscht Konten nach Recherche zu Desinformation": after it, in time
                return j  # also "dpa-Informationen"
            genitive = tok.pos_ in {"PROPN", "NOUN"} and tok.text[:1].isupper() and tok.text.endswith("s") \
                and j + 1 < len(toks) and self.lex.report_noun(toks[j + 1].lower_)  # "nach Grupps Meinung"
            if tok.pos_ not in {"DET", "ADJ", "PRON", "NUM"} and not genitive and not (
                    tok.pos_ == "PROPN" and tok.text.endswith("s")) and not tok.lower_.startswith(
                    ("eigen", "bisherig", "erst", "offiziell", "übereinstimmend", "unbestätigt")):
                return None
        return None

    def clause_end(self, msg: list[Token]) -> list[Token]:
        """A complement ends at a semicolon or where the main clause resumes after a comma
        ("dass das Gebäude eingestürzt sei, hatte sich herausgestellt")."""
        for j, t in enumerate(msg):
            if t.text == ";" and j > 0:
                return msg[:j]
            if t.text == "," and j > 0 and j + 1 < len(msg) and not self.in_quote(t):
                nxt = msg[j + 1]
                # after an infinitive clause ("Anfragen, diese Seite zu sperren, blieben …") a
                # finite verb resumes the main clause whatever its mood
                if nxt.tag_ in {"VVFIN", "VAFIN", "VMFIN"} and (self.infinitive(msg[:j]) or (
                        not self.is_konjunktiv1(nxt) and nxt.lower_ not in self.lex.konjunktiv2)):
                    return msg[:j]
        return msg

    def complement_after(self, rest: list[Token]) -> bool:
        """A dass/ob clause, or a comma and a Konjunktiv clause after the speaker
        ("sagte Thaksin, man werde kämpfen"): the cue introduces what follows."""
        comma = next((j for j, t in enumerate(rest) if t.text == ","), None)
        if comma is not None and self.second_verb(rest, comma):
            return False  # "sagte X, räumte aber ein, …": a second verb of the speaker's, no complement
        if any(t.lower_ in {"dass", "daß", "ob", ":"} for t in rest[:10]):
            return True
        return comma is not None and (self.has_konjunktiv(rest[comma + 1 :], include_k2=True)
                                      or self.infinitive(rest[comma + 1 :]))

    @staticmethod
    def second_verb(rest: list[Token], comma: int) -> bool:
        """Whether the words after a main-clause cue go on with a second finite verb of the same
        subject after the comma ("sagte X, räumte aber ein"; "begrüßte das Engagement, warnte
        aber"), not after a clause of its own ("…, die angenommen wurde, heißt es") or the end of
        a fronted clause ("Wie X ausführte, hätte es …")."""
        return 0 < comma < len(rest) - 1 and rest[comma + 1].tag_ in FINITE_VERB_TAGS and not any(
            t.pos_ in {"VERB", "AUX"} or t.lower_ in COMPLEMENT_MARKERS for t in rest[:comma])

    @staticmethod
    def infinitive(msg: list[Token]) -> bool:
        """A zu-infinitive complement ("kündigte an, … zu geben"), also with a clause after it
        ("forderte auf, das Gesetz zurückzunehmen, das …")."""
        words = [t for t in msg if not t.is_punct]
        if words and words[0].lower_ in {"um", "ohne", "statt", "anstatt"}:
            return False  # "…, um den Weg freizumachen": a purpose, not what was said
        # cut before a comma that opens a clause (not "…, auch durch Ausbildung")
        ends = [j for j, t in enumerate(msg) if t.text == "," and j + 1 < len(msg) and (
            msg[j + 1].tag_ in {"KOUS", "PRELS", "PRELAT", "PWS", "PWAV"} or msg[j + 1].lower_ == "so"
            or any(x.tag_.endswith("FIN") for x in msg[j + 1 :]))] + [len(msg)]
        if any(CueReader._ends_in_infinitive([t for t in msg[:end] if not t.is_punct]) for end in ends):
            return True
        # "angekündigt, kurzfristig zurückzutreten als Chefin der CDU": a phrase after the infinitive
        # (which the tagger may take for a finite verb)
        zu = next((t for t in words[:-1] if "zu" in t.lower_[2:-3] and t.lower_.endswith("en")
                   and (t.pos_ == "VERB" or t.tag_ == "VVIZU")), None)
        return zu is not None and not any(t.tag_.endswith("FIN") for t in words if t is not zu)

    @staticmethod
    def _ends_in_infinitive(words: list[Token]) -> bool:
        # "zu" as the infinitive particle, not the preposition ("er sei zu Gesprächen bereit")
        return any(t.lower_ == "zu" and t.tag_ != "APPR" for t in words[-3:]) or any(
            "zu" in t.lower_[2:-3] and t.lower_.endswith("en") and t.pos_ == "VERB" for t in words[-2:])

    @staticmethod
    def scheduled(toks: list[Token]) -> bool:
        """A time the words set for an event ("am Freitag", "im Januar", "in der kommenden
        Woche", "im Laufe des Tages", "bis Ende 2009", "um 12 Uhr"): a plan "soll" with one is a
        schedule the writer states ("Der Haushalt soll am Freitag verabschiedet werden"), not
        someone's reported plan."""
        for k, t in enumerate(toks):
            if t.lower_ not in TIME_PREPOSITIONS:
                continue
            for x in toks[k + 1 : k + 4]:
                low = x.lower_
                if low in SCHEDULE_NOUNS or (x.like_num and len(low) == 4 and low.startswith(("19", "20"))):
                    return True
                if x.pos_ not in {"DET", "ADJ", "NUM"} and low not in {"ende", "anfang", "mitte", "des"}:
                    break
        return False

    @staticmethod
    def unverified_note(toks: list[Token]) -> bool:
        """The writer's note that something could not be checked ("Überprüfen ließen sich die
        Angaben zunächst nicht", "Die Angaben konnten nicht unabhängig bestätigt werden")."""
        return any(t.lemma_.lower() in CHECK_VERBS for t in toks) and any(
            t.lower_ in {"nicht", "kaum"} for t in toks) and any(
            t.lemma_ in {"lassen", "können"} or t.lower_ == "unabhängig" for t in toks)

    def reportative(self, toks: list[Token], plans: bool = False) -> bool:
        """"Er soll … beigetragen haben": reportative "sollen" with a perfect infinitive; with
        ``plans`` also a reported plan ("Der Beschluss soll Luftschläge erlauben")."""
        words = [t for t in toks if not t.is_punct]
        if not any(t.lower_ in self.lex.reportative for t in words) or not words:
            return False
        last = words[-1]
        return last.lower_ in {"haben", "sein"} or (plans and (
            last.lower_ == "werden" or last.tag_ in {"VVINF", "VAINF", "VMINF"}))
