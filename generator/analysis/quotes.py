"""Quotations: direct speech in „…“, »…« and "…", with the speaker from the nearest cue verb,
a trailing ", so X", an introducing colon, an according-to phrase or the speaker before; quoted
names, titles and terms are left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import Entity
from generator.analysis.phrases import CLOSING_QUOTES, ENTOURAGE_NOUNS, HEISST, noun_phrase, np_end
from generator.analysis.speakers import SOURCE_OF
from generator.model import SourceType

if TYPE_CHECKING:
    from generator.analysis.claims import ClaimFinder
    from generator.analysis.sources import SpelledOut

# Nouns a quoted name follows ("Nachrichtenagentur „Sana“", "Film „Titanic“"); compounds too.
NAME_NOUNS = ("agentur", "zeitung", "magazin", "sender", "partei", "organisation", "bündni",
              "gruppe", "film", "buch", "roman", "album", "titel", "prei", "projekt", "initiative",
              "programm", "aktion", "motto", "kampagne", "operation", "firma", "unternehmen", "marke",
              "sendung", "serie", "show", "schiff", "stiftung", "verein", "bewegung", "zeitschrift",
              "blatt", "portal", "website", "plattform", "slogan", "lied", "song", "spiel", "verband",
              "stück", "oper", "ausstellung", "festival", "band", "namen", "name", "bezeichnung",
              "rubrik", "musical", "kongress", "konferenz", "kategorie", "sorte", "modell", "video",
              "begriff", "gattung", "station", "hotel", "restaurant", "sendereihe", "rolle", "folge",
              "tour", "thema", "vortrag", "klasse", "site", "seite", "enzyklika", "blog", "kanal",
              "dienst", "lp", "single", "überschrift", "schlagzeile", "drama", "bereich", "bakterium",
              "erreger", "virus", "journal", "fachblatt", "sender", "netzwerk", "aktionstag", "prädikat",
              "fähre", "sonde", "satellit", "rakete", "zentrum", "zentren", "club", "klub", "theater",
              "museum", "kino", "schnecke", "spezies")

# Function words of English, French, Spanish, Italian names ("People's Alliance for Democracy",
# "L’Alliance pour la Planète"): a quotation with them in title case is a name.
FOREIGN_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "to", "at", "pour", "la", "le", "les", "du",
                                    "et", "el", "los", "las", "y", "del", "di", "per"})


# legal forms inside a quotation make it a name ("„Nichtraucher-Initiative Deutschland e.V.“")
LEGAL_FORM = re.compile(r"\be\.\s?V\.|\b(GmbH|gGmbH|AG|KGaA|SE|Inc|Ltd|S\.A)\b")


class QuoteFinder:
    """The quotation pass of :class:`~generator.analysis.claims.ClaimFinder`."""

    def __init__(self, claims: ClaimFinder) -> None:
        self.claims = claims
        self.adoc = claims.adoc
        self.doc = claims.doc
        self.cues = claims.cues
        self.speakers = claims.speakers

    def _so_after(self, first: int, last: int, qe: int, span: tuple[int, int]) -> bool:
        """"„…“, so Schnappauf." / "„…“, hieß es von X.": the source follows the quotation."""
        after = [t for t in self.adoc.spans[last] if t.idx >= qe and not self.cues.in_quote(t)]
        if len(after) > 2 and after[0].lower_ == "so" and self.adoc.text[max(0, qe - 2) : qe - 1] in {
                ".", "!", "?"}:
            k = 0  # "„… zu lästig.“ so das Fazit der Betreiber": no comma after a closed sentence
        else:
            # "„…“, so X." or "… „…“ ausgefallen, so X.": the first comma that a source follows
            comma = next((j for j, t in enumerate(after[:-2]) if t.text == "," and (
                after[j + 1].lower_ == "so" or after[j + 1].lower_ in HEISST)), None)
            if comma is None or (comma > 0 and any(t.pos_ in {"VERB", "AUX"} and self.cues.cue_lemma(t)
                                                   for t in after[:comma])):
                return False
            k = comma + 1
        cue, word = after[k], after[k].lower_
        if word == "so" and after[k + 1].pos_ not in {"VERB", "AUX"}:  # not "„…“, so lautet der Titel"
            scope = after[k + 1 :]
        elif word in HEISST and after[k + 1].lower_ == "es":
            scope = after[k + 2 :]
        else:
            return False
        ent, sspan = self.speakers.source_in(scope[:8]) if any(
            t.lower_ in ENTOURAGE_NOUNS for t in scope[:8]) else self.speakers.entity_in(scope[:8])
        if ent is None and word == "so":
            ent, sspan = self.claims.sources.epithet_after_so(scope[:3])  # "„…“, so der Nürnberger."
        if ent is None and word != "so" and len(scope) > 1 and scope[0].lower_ in {"in", "im"}:
            # "„Wir waren es nicht“, hieß es in einer Erklärung": the statement's author
            ent = self.claims.sources.author_of(last, scope[1 : np_end(scope, 1)])
        sspan = sspan or noun_phrase(scope[:8])
        if sspan is None:
            return False
        self.claims.add(first, "direct", span, speaker=ent, speaker_span=sspan,
                 cue=(cue.idx, cue.idx + len(cue)),
                 source_type=SOURCE_OF[ent.type] if ent else "unattributed",
                 via=self.speakers.via(self.adoc.spans[last]))
        return True

    def _looks_like_name(self, qs: int, qe: int, inner: str) -> bool:
        """Quoted titles and names ("People's Alliance for Democracy", "Deutsche Bank") are not
        speech: every word capitalised or a function word, unless (German capitalises every
        noun) a speech verb of the sentence may govern common nouns among them."""
        words = [w for w in inner.split() if w[:1].isalpha()]
        if self._show_named(qs, words, inner):
            return True
        small = {"der", "die", "das", "des", "für", "von", "und", "de", *FOREIGN_FUNCTION_WORDS}
        inside = {"am", "im", "zum", "zur", "vom", "in", "an", "auf", "aus"}  # "„Bericht aus Berlin“"
        if not (len(words) >= 2 and inner[-1:] not in ".!?," and len(words) <= 8 and all(
                w[:1].isupper() or w.lower() in small or (k and w in inside) for k, w in enumerate(words))):
            return False
        span = self.doc.char_span(qs + 1, qe - 1, alignment_mode="expand")
        if span is None or not any(t.pos_ for t in span):
            return True
        foreign = any(t.lower_ in FOREIGN_FUNCTION_WORDS for t in span)
        place = self.doc[span.start - 2] if span.start >= 2 else None
        if place is not None and place.lower_ in {"in", "im", "bei", "beim", "auf"}:
            return True  # "schreiben in „Nature Climate Change“": where, so a title
        # "sprach von „Gefahr für Leib und Leben“", "nannte das „Wortbruch“": words, not a name
        before = [t for t in self.doc[max(0, span.start - 4) : span.start] if not t.is_punct]
        # (a speech verb in another sense governs no words: "hält mit seinem „Ultimate Aero“ den Rekord")
        cues = self.cues.verbs(self.cues.sentence_of(span[0]))
        said = any(t in cues for t in before) or (
            before[-1:] and before[-1].lower_ in {"von", "als", "vor"} and cues)
        return foreign or not said or not any(t.pos_ == "NOUN" for t in span)

    def _show_named(self, qs: int, words: list[str], inner: str) -> bool:
        """"bei „Hart aber fair“", "im „Bericht aus Berlin“": a short quotation that opens with
        a capital right after "im", "bei" or "beim" names the programme or event it was said at."""
        if not (1 <= len(words) <= 5 and words[0][:1].isupper() and inner[-1:] not in ".!?,"):
            return False
        opening = self.doc.char_span(qs, qs + 1, alignment_mode="expand")
        if opening is None or opening.start == 0 \
                or self.doc[opening.start - 1].lower_ not in {"im", "bei", "beim"}:
            return False
        # (no verb among the words: "im „Regelfall um vier Jahre verschoben“ werden" is quoted wording)
        quoted = self.doc[opening.end : opening.end + len(words) + 2]
        return not any(t.pos_ in {"VERB", "AUX"} for t in quoted if t.idx < qs + 1 + len(inner))

    def _self_named(self, qs: int, qe: int) -> bool:
        """"die sich selbst „Rat für Demokratische Reform“ nennt", "Dies nennt man einen
        „Aktiensplit“": the quotation is what something is called."""
        first = self.doc.char_span(qs, qs + 1, alignment_mode="expand")
        last = self.doc.char_span(qe - 1, qe, alignment_mode="expand")
        if first is None or last is None:
            return False
        # (an acronym in parentheses may come between: "das sich selbst „…“ (AIE) nennt")
        near = [*self.doc[max(0, first.start - 4) : first.start], *self.doc[last.end : last.end + 5]]
        return any(self.cues.cue_lemma(t) == "nennen" and self.cues.other_sense(t, "nennen") for t in near)

    def _one_actor(self, qs: int, qe: int) -> bool:
        """Every word of the quotation belongs to one actor the text names, or to one entity
        ("sagte der „Berliner Zeitung“", "„Ärzte ohne Grenzen“"): a name, not speech."""
        span = self.doc.char_span(qs + 1, qe - 1, alignment_mode="expand")
        if span is None:
            return False
        # (a hyphenated word too: "„Rhein-Neckar-Zeitung“")
        words = [t for t in span if t.is_alpha or (not t.is_punct and "-" in t.text)]
        found = [self.claims.actors.at(t.i) for t in words]
        if words and found[0] is not None and all(e is found[0] for e in found):
            return True
        return bool(words) and len(span.ents) == 1 and span.ents[0].start <= words[0].i \
            and span.ents[0].end > words[-1].i

    def _term(self, qs: int, qe: int) -> bool:
        """A quoted name or label rather than words someone said: one proper noun or entity
        ("„Amflora“", "„Reuters“") or a short label with a number ("„HD 13189“")."""
        inner = self.adoc.text[qs + 1 : qe - 1].strip()
        words = [w for w in inner.split() if any(c.isalnum() for c in w)]
        if len(words) <= 3 and any(c.isdigit() for c in inner):
            return True  # "„HD 13189“", "„Boeing 767 - 300“"
        span = self.doc.char_span(qs + 1, qe - 1, alignment_mode="expand")
        if LEGAL_FORM.search(inner) and span is not None and not any(t.tag_.endswith("FIN") for t in span):
            return True  # "„Nichtraucher-Initiative Deutschland e.V.“": an association's name
        if self._listed(qs, qe):
            return True  # "Themen wie „Der Einsatz der Trümmerbahnen“, „Erinnerungen …“ und …"
        if len(words) == 1 and re.fullmatch(r"[\w-]+(\.[\w-]+)+/?", inner):
            return True  # "„tagesschau.de“": a web address
        if re.search(r"(?i)(name|titel|motto|bezeichnung)\w*\s+(lautet|lautete|heißt)\s+(also\s+|nun\s+)?$",
                     self.adoc.text[max(0, qs - 40) : qs]):
            return True  # "der Name lautet also „riesige Boa von Cerrejón“"
        before = self.adoc.text[max(0, qs - 3) : qs].rstrip()
        if before.endswith("(") and before[:-1].rstrip()[-1:] in CLOSING_QUOTES:
            return True  # "Operation „Cast Lead“ („gegossenes Blei“)": a translation of the name
        song = r"\b(sang|sangen|singt|singen|gesungen|spielte|spielten)\b"
        if re.match(r"\s*" + song, self.adoc.text[qe : qe + 12]) or re.search(
                song + r"[^:,.„“]{0,25}$", self.adoc.text[max(0, qs - 40) : qs]):
            return True  # "sang er unter anderem „Wenn ich einmal reich wär…“": a song
        if len(words) <= 3 and (re.match(r"-\w", self.adoc.text[qe : qe + 2])
                                or re.search(r"\w-$", self.adoc.text[max(0, qs - 2) : qs])):
            return True  # "„Bild“-Zeitung", "im ZDF-„Morgenmagazin“": part of a compound
        if len(words) != 1 or span is None or not inner[:1].isupper():
            return False
        return any(t.pos_ == "PROPN" or t.ent_type_ or (t.is_upper and len(t) > 1) for t in span)

    def _term_phrase(self, qs: int, qe: int, inner: str) -> bool:
        """A quotation of one or two words without a verb that names rather than judges: a term
        ("die „große Koalition“", "im „historischen Saal“"), not a predicate ("sei „schwach
        radioaktiv“", "als „verpasste Chance“ beurteilt"). Longer phrases are more often quoted
        wording ("Angriffe auf „den Bestand des Staates“")."""
        span = self.doc.char_span(qs + 1, qe - 1, alignment_mode="expand")
        if span is None or len(inner.split()) > 2:
            return False
        before = next((t for t in reversed(self.doc[: span.start]) if not t.is_punct), None)
        return (before is None or before.lower_ != "als") and not any(
            t.pos_ in {"VERB", "AUX"} or t.tag_ == "ADJD" for t in span)

    def _listed(self, qs: int, qe: int) -> bool:
        """One of several quotations in a row, joined by commas or "und"/"oder": titles or
        labels ("in den Klassen „Kinder“, „Jugendliche“ und „Erwachsene“")."""
        text = self.adoc.text
        between = {"", ",", "und", "oder", "sowie", "bzw."}
        quotes = self.cues.quote_chars
        k = quotes.index((qs, qe))
        before = k > 0 and text[quotes[k - 1][1] : qs].strip() in between
        after = k + 1 < len(quotes) and text[qe : quotes[k + 1][0]].strip() in between
        if not (before or after) or not text[qs + 1 : qe - 1].strip()[:1].isupper():
            return False  # "„aggressiv“ und „herausfordernd“" are someone's words
        span = self.doc.char_span(qs + 1, qe - 1, alignment_mode="expand")
        if span is None or text[qs + 1 : qe - 1].rstrip()[-1:] in ".!?" or any(
                t.tag_.endswith("FIN") or t.tag_ == "VVIMP" for t in span):
            return False  # said words have a finite verb ("„Stoppt den Überwachungswahn“")
        # slogans in a list are still words someone chanted or carried ("skandierten Parolen wie
        # „…“ oder „…“", "Transparente mit Sprüchen wie „…“")
        first = quotes[k][0] if not before else next(
            quotes[j][0] for j in range(k, -1, -1)
            if j == 0 or text[quotes[j - 1][1] : quotes[j][0]].strip() not in between)
        lead = text[max(0, first - 60) : first].lower()
        return not re.search(r"\b(parolen?|slogans?|sprüchen?|spruch|sprechchören?|rufen)\b", lead)

    def _named_by_noun(self, qs: int, inner: str) -> bool:
        """"die Nachrichtenagentur „Sana“", "Magazin „auto, motor und sport“": a name."""
        before = self.doc.char_span(qs, qs + 1, alignment_mode="expand")
        if before is None or before.start == 0 or len(inner.split()) > 5 or inner[-1:] in ".!?":
            return False
        prev = self.doc[before.start - 1].lower_
        if prev in {"sogenannte", "sogenannten", "sogenannter", "genannte", "genannten", "namens",
                    "titel", "motto"}:
            return True  # "die sogenannte „Generation Praktikum“", "namens „mindset“"
        if prev in {"des", "der"} and before.start >= 2 and len(inner.split()) <= 3 \
                and self.claims.lex.report_noun(self.doc[before.start - 2].text):
            return True  # "einem Bericht des „Kuriers“", "nach Informationen der „Welt“"
        # (a genitive or dative ending: "des Fachmagazins „Automobilwoche“", "den Zentren")
        stems = {prev, prev.rstrip("sn"), *(prev.removesuffix(end) for end in ("es", "s", "en", "n"))}
        if prev not in {"beispiel", "beispiele"} and any(stem.endswith(NAME_NOUNS) for stem in stems):
            return True  # (not "zum Beispiel „Stoppt den Überwachungswahn“", though it ends in "spiel")
        # "von der „Aktion Deutschland hilft“", "Wie die „Aktion Deutschland hilft“ heute
        # mitteilte": a preposition or "wie", an article, a capitalised name, and no speech
        # verb that could govern it
        start = before.start
        short = len(inner.split()) <= 4 and inner[-1:] not in ".!?,"
        if short and self.doc[start - 1].lower_ == "wie" and (
                start < 2 or self.doc[start - 1].is_sent_start or self.doc[start - 2].is_punct):
            return True  # "Wie „heise online“ berichtet" (not "Sprüche wie „Nieder mit …“")
        if short and start >= 2 and self.doc[start - 1].lower_ in {"dem", "der", "zum", "zur"} \
                and self.cues.cue_lemma(self.doc[start - 2]):
            return True  # "sagte dem „Algemeen Dagblad“", "sagte zum „…“": the outlet spoken to
        return start >= 2 and self.doc[start - 1].tag_ == "ART" and (
            self.doc[start - 2].tag_ in {"APPR", "APPRART"} or self.doc[start - 2].lower_ == "wie") \
            and inner[:1].isupper() and not any(
            self.cues.cue_lemma(t) for t in self.doc[max(0, start - 6) : start - 2])

    def _titled_after(self, qe: int) -> bool:
        """"„Gewalt gegen Kinder“, so lautet der Titel einer Studie": a name the words after it
        give."""
        end = self.doc.char_span(qe - 1, qe, alignment_mode="expand")
        after = list(self.doc[end.end : end.end + 6]) if end is not None else []
        verb = next((k for k, t in enumerate(after) if t.lemma_ == "lauten"), None)
        return verb is not None and any(t.lower_.endswith(NAME_NOUNS) for t in after[verb + 1 : verb + 3])

    def run(self) -> None:
        """One direct claim per quotation that is speech, with the best speaker found."""
        names: set[str] = set()  # quotations found to be names: the same words again are one too
        for qs, qe in self.cues.quote_chars:
            inner = self.adoc.text[qs + 1 : qe - 1].strip()
            if not inner or inner in names:
                continue
            if self._looks_like_name(qs, qe, inner) or self._named_by_noun(qs, inner) \
                    or self._titled_after(qe) \
                    or self._term(qs, qe) or self._one_actor(qs, qe) or self._self_named(qs, qe):
                names.add(inner)
                continue
            first, last = self.adoc.sentence_at(qs), self.adoc.sentence_at(qe - 1)
            opens = first > 0 and self.adoc.spans[first - 1].text.rstrip().endswith(":") and (
                self.adoc.block_of[first - 1] == self.adoc.block_of[first]
                or qs <= self.adoc.spans[first].start_char + 1)  # "Er sagte:" then the quotation
            span = (qs + 1, qe - 1)
            said = self._spelled_out_around(first, qs, qe)
            if said is not None:  # "Auf den Vorwurf der CDU, es handele sich um einen „…“, entgegnete"
                noun, ent = said.noun, said.speaker
                self.claims.add(first, "direct", span, speaker=ent, speaker_span=said.speaker_span,
                                cue=(noun.idx, noun.idx + len(noun)),
                                source_type=SOURCE_OF[ent.type] if ent else "unattributed")
                continue
            cue = self._cue(first, last, opens, qs, qe)
            if cue is not None:
                ent, sspan, stype, via = self.speakers.attribution(cue)
                if sspan is not None and sspan[0] < qe and qs < sspan[1]:
                    continue  # the quotation names the speaker: "wie die „Bild“ berichtete"
                if ent is None and sspan is None:
                    found = self._speaker_without_cue(first, qs, qe, inner, opens)
                    if found is not None and not found[3]:
                        ent, sspan, stype, _ = found
                # "Die Studie zeige, „dass …“": a study's showing in Konjunktiv I is someone's reading
                # of it, whom the continuation pass finds; the study is only a guess
                reading = self.cues.lex.cue_strength.get(self.cues.cue_lemma(cue) or "") == "evidence" \
                    and self.cues.is_konjunktiv1(cue) and (ent is None or ent.type != "person")
                self.claims.add(first, "direct", span, speaker=ent, speaker_span=sspan,
                                cue=(cue.idx, cue.idx + len(cue)), source_type=stype, via=via,
                                guessed=reading)
                continue
            if self._so_after(first, last, qe, span):
                continue
            speaker = self._speaker_without_cue(first, qs, qe, inner, opens)
            if speaker is not None:
                ent, sspan, stype, guessed = speaker
                self.claims.add(first, "direct", span, speaker=ent, speaker_span=sspan,
                                source_type=stype, guessed=guessed)

    def _spelled_out_around(self, sid: int, qs: int, qe: int) -> SpelledOut | None:
        """The speech noun whose complement holds the quotation ("der Vorwurf der Opposition, die
        Regierung betreibe „reine Klientelpolitik“"), when no speech verb stands inside it."""
        said = self.claims.sources.spelled_out(self.adoc.spans[sid])
        if said is None or not said.words or not said.named:
            return None
        first, last = said.words[0], said.words[-1]
        inside = first.idx <= qs and qe <= last.idx + len(last) + 1
        if not inside or any(self.cues.cue_lemma(t) and not self.cues.in_quote(t) for t in said.words):
            return None
        return said

    def _cue(self, first: int, last: int, opens: bool, qs: int, qe: int) -> Token | None:
        """The speech verb nearest the quotation in its sentences (or the one introducing it)."""
        for sid in dict.fromkeys([last, first, *([first - 1] if opens else [])]):
            if self.adoc.kind(sid) == "heading":
                continue
            # (not a state: "Die Pflichten seien im Vertrag festgelegt: „…“")
            cues = [c for c in self.cues.verbs(self.adoc.spans[sid]) if not self.cues.state_passive(c)]
            # a speech verb in a relative clause ("Kozulins, der aufgerufen haben soll,") is not
            # the cue when the sentence has another one
            heads = [c for c in cues if c.dep_ != "acl:relcl"] or cues
            if heads and all(self._relative(c) and not (  # (its clause: comma to comma)
                    (clause := self.cues.clause_of(c))[0].idx <= qs < clause[-1].idx) for c in heads) \
                    and self.speakers.source_phrase(list(self.adoc.spans[sid])) is not None:
                # "Laut Polizei ist die Demonstration, zu der ein Bündnis aufgerufen hatte, „…“
                # verlaufen": the source phrase's words, not those of the relative clause's speaker
                continue
            # nor a Konjunktiv I verb inside another cue's reported speech ("Peskow sagte, Moskau
            # sehe „keine Grundlage“": Peskow's words)
            # (or what a perfect with a Konjunktiv I auxiliary says was shown: "warf Obama vor, er
            # habe gezeigt, ein „typischer Politiker“ zu sein"; but "gefragt habe, was sie „anhabe“"
            # quotes the one who asked)
            reported = {c.i for c in heads if self.cues.is_konjunktiv1(c) or (
                self.cues.lex.cue_strength.get(self.cues.cue_lemma(c) or "") in {"evidence", "belief"}
                and any(a.dep_.startswith("aux") and self.cues.is_konjunktiv1(a) for a in c.children))}
            heads = [c for c in heads if not (c.i in reported and any(
                o.idx < c.idx and o.i not in reported for o in heads))] or heads
            if heads:
                near = min(heads, key=lambda t: min(abs(t.idx - qe), abs(t.idx - qs)))
                before = [c for c in heads if c.idx < qs]
                if near.idx >= qe and before and any(  # "erklärte, X sei „…“ und kündigte an"
                        t.lower_ in {"und", "oder", "sowie"} for t in self.doc[near.i - 2 : near.i]
                        if t.idx >= qe):
                    return before[-1]
                return near
        return None

    def _relative(self, cue: Token) -> bool:
        """The cue is the verb of a relative clause ("…, zu der ein Bündnis aufgerufen hatte, …"),
        by the parse or by the relative pronoun that opens its clause."""
        opening = [t for t in self.cues.clause_of(cue)[:2] if not t.is_punct]
        return cue.dep_.startswith("acl") or any(t.tag_ in {"PRELS", "PRELAT"} for t in opening)

    def _speaker_without_cue(self, first: int, qs: int, qe: int, inner: str,
                             opens: bool) -> tuple[Entity | None, tuple[int, int] | None, SourceType,
                                                   bool] | None:
        """Whose words a quotation without a speech verb is, and whether that is only a guess
        from the sentence's own words (the continuation pass may know better); None when it is
        no speech at all."""
        whole = self.adoc.spans[first]
        before = [t for t in whole if t.idx < qs and not self.cues.in_quote(t)]
        starts = qs <= whole.start_char + 1
        carried = starts or self.cues.has_konjunktiv(list(whole), include_k2=True)
        if opens:  # "Das Fazit von Sandra Boser überrascht nicht:" then the quotation
            ent, sspan, stype = self.speakers.clause_subject(self.adoc.spans[first - 1])
            if ent or sspan:
                return ent, sspan, stype, False
        if before and before[-1].text == ":" and self.speakers.parsed \
                and not self.cues.has_konjunktiv(before):
            # "Die Anwendung … stellte der SPD-Vorsitzende ebenfalls in Frage: „…“": the actor
            # of the clause before the colon (a Konjunktiv clause carries on someone's words)
            ent, sspan, stype = self.speakers.clause_subject(whole, persons=False)
            if ent is not None:
                return ent, sspan, stype, False
        source = self.speakers.source_phrase(before) or self._heisst_es(before, whole)
        if source is not None:  # "laut Klinikdirektor Beckmann „…“", "In dem Antrag heißt es: „…“"
            ent, sspan = source
            return ent, sspan, SOURCE_OF[ent.type] if ent else "unattributed", False
        prev = self.claims.recent_claim(first, window=2)
        if prev and (prev.speaker or prev.speaker_span) and carried:
            # the quotation opens the sentence, or the sentence carries on reported speech (a
            # guess: the sentence may name its own source, "Für Küng sei der Rücktritt „…“")
            return prev.speaker, None if prev.speaker else prev.speaker_span, prev.source_type, True
        if carried and first > 0 and self.adoc.kind(first - 1) == "body":
            # "Georg Ratzinger war eingeweiht. „Mein Bruder wünscht sich Ruhe.“"
            before_sent = self.adoc.spans[first - 1]
            ent, sspan, stype = self.speakers.clause_subject(before_sent)
            if ent is not None and (ent.type == "person" or not starts):
                # (only a guess after a sentence with a speech verb: "…, sagte der Schlichter dem
                # Hessischen Rundfunk. Die Positionen lägen „meilenweit“ auseinander" is his)
                return ent, sspan, stype, bool(self.cues.verbs(before_sent))
        # a quotation inside a sentence without a speech verb ("werfen ihm „Wortbruch“ vor"):
        # the sentence's subject is the best guess for whose words these are
        if len(inner.split()) < 2:
            # a single quoted word without a speech verb: usually a name or term, but a word in
            # lower case inside reported speech is the reported speaker's ("sei „alarmierend“")
            if carried and inner[:1].islower() and inner.isalpha():
                return None, None, "unattributed", True
            return None
        if inner[-1:] not in ".!?…" and len(inner.split()) > 4 and not any(
                t.pos_ in {"VERB", "AUX"} for t in self.doc.char_span(
                    qs + 1, qe - 1, alignment_mode="expand") or []):
            return None  # a title or name in quotation marks, not speech
        ent, sspan = self.speakers.entity_in(before[:6])
        subject = next((t for t in before[:6] if self.claims.actors.at(t.i) is ent), None) if ent else None
        spoken_of = subject is not None and subject.dep_.startswith("nsubj") and any(
            c.dep_ == "aux:pass" for c in subject.head.children)
        if spoken_of:  # "Mitarbeiter sollten „frühzeitig identifiziert“ werden": not their words
            ent, sspan = None, None
        if ent is None and not carried and not spoken_of and self._term_phrase(qs, qe, inner):
            return None  # "die „große Koalition“", "eine „europäische Hackerkonferenz“"
        if ent is None and prev and prev.speaker:
            return prev.speaker, None, prev.source_type, False  # no one named: the last speaker goes on
        if ent is None and not spoken_of:
            # "Ortschaften werden von Rechtsextremisten durchquert, um auf „…“": a passive's agent
            agent = next((c for t in before if any(a.dep_ == "aux:pass" for a in t.children)
                          for c in t.children if c.dep_ == "obl" and c.i in {x.i for x in before}
                          and any(p.lower_ in {"von", "vom"} for p in c.children if p.dep_ == "case")), None)
            if agent is not None:
                case = next(p for p in agent.children if p.dep_ == "case")
                words = [t for t in before if t.i > case.i]
                ent, sspan = self.speakers.source_in(words[: np_end(words, 0)])
                if ent is not None or sspan is not None:
                    return ent, sspan, SOURCE_OF[ent.type] if ent else "unattributed", True
            # ("Die Arbeit der Organisationen werde ausgeklammert, …": what is spoken of, no speaker)
            if not any((t.dep_ == "nsubj:pass" or (t.dep_ == "nsubj" and any(
                    c.dep_ == "aux:pass" for c in t.head.children))) and t.tag_ != "PRELS"
                    for t in before[:6]):
                sspan = noun_phrase([t for t in before[:6] if not self.speakers.not_a_speaker(t)])
                source_words = {"nach", *self.cues.lex.according_before}  # (not "Nach dem Artikel 65 …")
                if before and before[0].pos_ == "ADP" and before[0].lower_ not in source_words \
                        and self.speakers.parsed:
                    # "Im Vorfeld der Parade haben Anhänger der Organisation „Obraz“ mit der Parole
                    # „…“ gedroht": the subject, not the phrase the sentence opens with
                    subject, sub_span, kind = self.speakers.clause_subject(whole, persons=False)
                    if subject is not None or sub_span is not None:
                        return subject, sub_span, kind, True
        return ent, sspan, SOURCE_OF[ent.type] if ent else "unattributed", True

    def _heisst_es(self, before: list[Token], whole: SpacySpan) -> tuple[
            Entity | None, tuple[int, int] | None] | None:
        """"In dem Antrag heißt es wörtlich: „…“", "In einem Schreiben war von einem „…“ die Rede":
        the document or place the words come from."""
        words = [t.lower_ for t in before]
        rede = "von" in words and any(t.lower_ == "rede" and t.i > 0 and t.nbor(-1).lower_ == "die"
                                      and t.idx > before[-1].idx for t in whole)
        if not rede and ("es" not in words or not any(w in {*HEISST, "geheißen"} for w in words)):
            return None
        k = next((j for j, t in enumerate(before) if t.lower_ in {"in", "im", "aus", "von", "vom"}), None)
        if k is None or k + 1 >= len(before):
            return None
        return self.speakers.source_in(before[k + 1 : np_end(before, k + 1)])
