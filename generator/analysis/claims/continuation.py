"""Continuations: reported speech without a new cue (Konjunktiv I, Konjunktiv II right after
indirect speech, reportative "soll") and quotations without a speaker of their own carry on
the last speaker's words; consecutive carried sentences are joined into one claim."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors.index import Entity
from generator.analysis.claims.state import ClaimState, Found
from generator.analysis.cues import FINITE_VERB_TAGS, SURVEY_TYPES
from generator.analysis.phrases import QUOTE_MARKS, RELYING_NOUNS
from generator.analysis.speakers import SOURCE_OF, Speaker
from generator.analysis.subjects import finite_of
from generator.model import SourceType

# "Auch die Fischerei dürfte … bekommen": the writer's own estimate, no reported words (but
# "Es dürften nicht zu viele Vorschriften gemacht werden": "must not", reported)
EPISTEMIC = frozenset({"dürfte", "dürften"})
# estimates whose authors the text may go on to quote, besides the lexicon's poll and study nouns
ESTIMATE_NOUNS = ("schätzung", "auswertung", "prognose")
# a share a poll measured ("auf 24 Prozent", "15 Prozent", "12,5 %")
FIGURE_RE = re.compile(r"\d+(?:,\d+)?\s*(?:Prozent|%)")
# the share of respondents a poll's finding is about ("61 Prozent", "Zwei Drittel", "die Befragten")
SHARE_RE = re.compile(r"\b(?:Prozent|%|Befragte\w*|Mehrheit|Drittel|Hälfte|Viertel)\b")
# the authors of a study or report the text drew on ("schreiben die Autoren", "die Studienautorinnen")
AUTHORS_RE = re.compile(r"\b(?:[Dd]ie|[Dd]en) (?:\w+ )?(?:Studien)?[Aa]utor(?:en|innen)\b")


# modals of a guess, and the Konjunktiv II of "sein": alone in a sentence of a new paragraph they
# may be the writer's own hedge or comment ("Für Kellberg wäre ein Verkauf verlockend")
EPISTEMIC_MODALS = frozenset({"könnte", "könnten", "dürfte", "dürften", "wäre", "wären"})
# verbs of answering, which say how someone answered the question around them ("antwortete ausweichend")
ANSWER_VERBS = frozenset({"antworten", "reagieren", "entgegnen", "erwidern"})


def _past_is_subjunctive(verb: Token) -> bool:
    """A past plural that is also the Konjunktiv II: a weak verb's ("lebten": the stem of "leben"
    and "-ten"; not "hatten", "konnten") or a strong verb's with no vowel to take an umlaut
    ("stiegen", "blieben"; not "kamen", "waren", "wurden", whose Konjunktiv II is "kämen" …)."""
    lower, lemma = verb.lower_, verb.lemma_.lower()
    stem = lemma.removesuffix("n").removesuffix("e")
    if lower.endswith("ten") and lower in {stem + "ten", stem + "eten"}:
        return True
    return lower.endswith("en") and not lower.endswith("ten") and not any(v in lower for v in "aou")


class Continuations(ClaimState):
    """The continuation passes."""

    def _carry_to_quotations(self, sid: int) -> None:
        """A quotation opening a sentence, with no speaker of its own, goes on the words of the
        speaker of the sentences just before ("Die Gefahr sei real. „Aber das Virus hat …“");
        so does one in Konjunktiv words whose speaker was only a guess ("Deshalb müsse „…“")."""
        sent = self.adoc.spans[sid]
        reported = self.cues.has_konjunktiv([t for t in sent if not self.cues.in_quote(t)])
        for f in self.found:
            if f.sentence != sid or f.form != "direct" or not f.guessed:
                continue
            opening = f.start <= sent.start_char + 1
            window = 2
            if not reported and (f.speaker or f.speaker_span or not opening):
                # a guess taken from an older quotation yields to the claim of the sentence just
                # before ("Der Roman sei ein „Ereignis“, heißt es in der Begründung. Mehl sagte, …
                # „Wir waren uns schnell einig.“": Mehl's)
                if not opening:
                    continue
                window = 1
            prev = self.recent_claim(f.sentence, window=window)
            if prev is not None and (prev.speaker or prev.speaker_span):
                f.speaker, f.speaker_span, f.source_type = prev.speaker, prev.speaker_span, prev.source_type
                f.via = prev.via  # (a diplomat speaking to Reuters goes on speaking to Reuters)

    def _main_clause_speaker(self, sent: SpacySpan) -> Speaker | None:
        """"Ein Sprecher des Weißen Hauses schränkte ein, dass … gedacht sei": when only a
        subordinate clause is in Konjunktiv, the indicative main clause's actor subject is
        the speaker, not whoever spoke before."""
        root = sent.root
        # the finite verb: the root's auxiliary ("Die Alliierten hatten Einspruch erhoben"; also
        # when the root, an infinitive, is tagged finite: "müssten … klarer machen"), or the root
        finite = next((c for c in root.children if c.dep_ == "aux" and c.tag_.endswith("FIN")), None) or (
            root if root.tag_.endswith("FIN") else None)
        if finite is None or self.cues.is_konjunktiv1(finite) or finite.lower_ in self.lex.konjunktiv2 or any(
                self.cues.is_konjunktiv1(t) for t in sent if t.i < root.i):
            return None  # ("Zeugen hätten beobachtet, …": carries on the police's account)
        if finite.lemma_ == "sollen":
            return None  # "Er soll Geld angenommen haben, um …": hearsay about him, not his words
        if not any(t.text == "," or t.lower_ in {"dass", "daß"} for t in sent if t.i > root.i):
            return None
        ent, span, stype = self.speakers.subject_of(root, sent)
        return (ent, span, stype) if ent is not None else None

    def _colon_lead(self, sent: SpacySpan) -> Speaker | None:
        """"Die Festivalleitung zog eine positive Bilanz: Das Interesse sei so groß gewesen wie
        nie": reported words after a colon are those of the subject of the indicative clause
        before it, not of whoever spoke before."""
        colon = next((t for t in sent if t.text == ":" and not self.cues.in_quote(t)), None)
        if colon is None or colon.i - sent.start < 3:
            return None
        lead = sent[: colon.i - sent.start]
        if self.cues.has_konjunktiv(list(lead), include_k2=True) or not any(
                t.tag_ in {"VVFIN", "VAFIN", "VMFIN"} for t in lead) \
                or not self.cues.has_konjunktiv(list(sent[colon.i - sent.start + 1 :])):
            return None
        ent, span, stype = self.speakers.clause_subject(lead, persons=False)
        return (ent, span, stype) if ent is not None or span is not None else None

    def _continuation(self, sid: int, sent: SpacySpan) -> bool:
        """Reported speech without a new cue: Konjunktiv I (or Konjunktiv II right after
        indirect speech, or reportative "soll") carries on the last speaker's words."""
        if self.adoc.kind(sid) not in {"body", "quote", "list"}:
            return False
        toks = list(sent)
        if any(t.lower_ in {"ich", "wir"} for t in toks[:3]):
            return False  # "ich habe", "wir werden": indicative first person
        if self._told_unanswered(sent):
            return False  # "Die Ministerin sagte nicht, wer die Kosten trage": an open question
        if self.cues.unverified_note(toks):
            return False  # "Überprüfen ließen sich die Angaben nicht": the writer's caveat
        open_reported = self._open_in_konjunktiv(sent)
        if toks and toks[0].lower_ == "ob" and not open_reported:
            return False  # "Ob er bleiben könnte, ließ Weber offen": a question, not his words
        prev = self.recent_claim(sid)
        # a subject pronoun near the start (not "Wer sie infrage stelle", "Ob er …"), or later only
        # with a name apposed ("sehe er, Köhler, …")
        subject_pronoun = next((t for k, t in enumerate(toks[:4]) if t.lower_ in {"er", "sie"} and not any(
            x.tag_ in {"PWS", "PRELS"} or x.lower_ == "ob" for x in toks[:k])), None) or next(
            (c for c in (sent.root.children if self.speakers.parsed and toks else ()) if c.dep_ == "nsubj"
             and c.lower_ in {"er", "sie"} and self.speakers.apposed_person(c) is not None), None)
        # a Konjunktiv inside a quotation is the quoted speaker's own wording („…, ich dachte,
        # ein Flugzeug sei abgestürzt“, sagte X), not a continuation
        unquoted = [t for t in toks if not self.cues.in_quote(t)]
        konjunktiv = self.cues.has_konjunktiv(unquoted)
        # (hearsay after a plan is not the planner's: "Der Vorstandschef soll Kredite aufgenommen haben")
        # (a plan only right after its planner's words, and no poll's: "Laut einer Umfrage …
        # befürworten 68 Prozent …. Der Gipfel soll am Samstag enden")
        # (nor a schedule: "Der Haushalt soll am Freitag verabschiedet werden"; but an outlet's
        # report goes on: "Prominente Parteifreunde sollen in der kommenden Woche … reisen")
        reportative = prev is not None and not prev.planned and self.cues.reportative(
            toks, plans=prev.sentence >= sid - 1 and prev.source_type not in SURVEY_TYPES
            and (prev.source_type == "media" or not self.cues.scheduled(toks)))
        k1 = konjunktiv or reportative
        # Konjunktiv II right after reported speech of any kind but a quotation
        # (after a quotation only in the plural, where Konjunktiv I looks indicative: "Die
        # Arbeitgeber hätten ein faires Angebot vorgelegt")
        plural_k2 = any((t.lower_ in self.lex.konjunktiv2 or self.cues.umlaut_k2(t))  # ("stünden")
                        and t.morph.get("Number") == ["Plur"]
                        and t.tag_.endswith("FIN") and not self.cues.in_quote(t) for t in toks) \
            and not any(t.text in QUOTE_MARKS for t in toks)
        # the claim before ends in the sentence before (a quotation may open sentences earlier:
        # "„Danke für alles, Coach. Wir tragen die Verantwortung“, schrieb X. Die Spieler hätten …")
        negated = any(t.lower_ in {"nicht", "kein", "keine", "keinen", "keiner"} for t in unquoted)
        just_before = prev is not None and (self.adoc.sentence_at(prev.end - 1) == sid - 1
                                            or self._about_the_speaker_between(prev, sid))
        # (before Konjunktiv I only a past that reads as Konjunktiv II: "…, sagte X, die Unternehmen
        # hätten Gewinne eingefahren. Die Beschäftigten wollten ihren Anteil. Streiks seien möglich")
        sandwiched = not just_before and (not k1 or all(
            _past_is_subjunctive(t) for t in self.adoc.spans[sid - 1] if t.tag_ in FINITE_VERB_TAGS)) \
            and self._sandwiched(sid, prev)
        just_before = just_before or sandwiched
        k2 = prev is not None and just_before and (
            subject_pronoun is not None or prev.form != "direct" or plural_k2) and self.cues.has_konjunktiv(
            [t for t in unquoted if t.lower_ not in EPISTEMIC or negated], include_k2=True)
        modals = [t for t in unquoted if self.cues.has_konjunktiv([t], include_k2=True)]
        if prev is not None and not k1 and k2 and all(t.lower_ in EPISTEMIC_MODALS for t in modals) \
                and self.adoc.block_of[self.adoc.sentence_at(prev.end - 1)] != self.adoc.block_of[sid]:
            # in a new paragraph a "könnte" alone is the writer's ("Das Kabinett könnte sich im
            # September damit befassen")
            k2 = False
        if not (k1 or k2) and prev is not None and just_before and not sandwiched \
                and self._plural_past_after_reported(sid, prev, toks):
            k2 = True  # "Der Möbelhandel habe … verloren, sagte er. Viele Häuser lebten von der Substanz."
        if not (k1 or k2):
            return self._plan_after_intent(sid, toks)
        if konjunktiv and not reportative and self._narrated_around(sent, unquoted):
            return False
        if self._left_open(toks) and not open_reported:
            return False  # ("Unklar ist, wie viele … müssten", "Wann …, ließ Verdi offen": a question)
        if prev is None or prev.speaker is None:
            prev = self.recent_claim(sid, window=8) or prev
        speaker = prev.speaker if prev else None
        span = prev.speaker_span if prev else None  # the words that named the speaker earlier
        stype: SourceType = prev.source_type if prev else "unattributed"
        quoted = next((f for f in self.found if f.sentence == sid and f.speaker and not f.guessed), None)
        own = self._main_clause_speaker(sent)
        lead = self._colon_lead(sent) if own is None else None
        if lead is not None:  # the words after the colon are the claim
            own, toks = lead, [t for t in toks if t.idx > next(x.idx for x in toks if x.text == ":")]
        if quoted is not None:  # the quotation inside this sentence already names the speaker
            speaker, span, stype = quoted.speaker, quoted.speaker_span, quoted.source_type
        elif own is not None:
            speaker, span, stype = own
        elif subject_pronoun is not None and not (reportative and not konjunktiv):
            # "Er sei bereit, …" carries on his own words; "Er soll das Ziel gewesen sein"
            # reports what others say about him
            ent, named = self.speakers.pronoun(subject_pronoun)
            apposed = named is not None and named[0] != subject_pronoun.idx  # "er, Köhler,"
            # an unnamed speaker just before ("…“, sagte die Frau. Erst als sie …") is who "sie" is
            unnamed = speaker is None and span is not None and prev is not None and prev.sentence == sid - 1
            # (a body's words go on when the person "er" would be is not named in this paragraph:
            # "… handelt es sich laut Staatsanwaltschaft um einen 42-Jährigen. Er sei vorbestraft")
            elsewhere = speaker is not None and ent is not None and not apposed and not any(
                self.adoc.block_of[self.adoc.sentence_at(m.start)] == self.adoc.block_of[sid]
                for m in ent.mentions if m.start < sent.start_char)
            if ent is not None and not unnamed and not elsewhere and (
                    ent is speaker or speaker is None or speaker.type not in {"person", "anonymous"}
                    or apposed):  # (an unnamed "Landwirt" who spoke is a person too)
                speaker, stype, span = ent, SOURCE_OF[ent.type], named
        elif (prev is None or prev.sentence < sid - 1) and sid > 0 and not (reportative and not konjunktiv) \
                and not sandwiched \
                and self.adoc.kind(sid - 1) in {"body", "quote", "list"}:
            # (not for hearsay: "Der Tatverdächtige wurde festgenommen. Er soll alkoholisiert gewesen
            # sein" is the police's account of him, not his)
            # "Das Robert-Koch-Institut sieht keine Gefahr. Lediglich Personen … seien …":
            # the sentence before, without a cue, still names whose view this carries on
            ent, sspan, kind = self.speakers.clause_subject(self.adoc.spans[sid - 1], persons=False)
            if ent is not None or (sspan is not None and self._generic_subject(sspan)):
                # ("Langfristig strebt das neue Unternehmen … an. Eine der Optionen sei …": the
                # company, even when the text leaves open which one it is)
                speaker, span, stype = ent, sspan, kind
        # (an outlet spoken to goes on; a source a person pointed to does not: "…, sagte Schulze unter
        # Verweis auf Zahlen des Landesamts. Der Minister solle liefern" is her own view)
        pointed = prev is not None and speaker is not None and speaker.type == "person" and any(
            t.lower_ == "auf" and t.i > 0 and t.nbor(-1).lower_ in RELYING_NOUNS
            for t in self.adoc.spans[prev.sentence])
        via = prev.via if prev and prev.speaker is speaker and not pointed else None
        for f in self.found:
            if f.sentence == sid and f.guessed and (speaker is not None or span is not None):
                # "Eine „offene architektonische Frage“ sei der Grund": the quotation is the
                # carried-on speaker's too
                f.speaker, f.speaker_span, f.source_type, f.via = speaker, span, stype, via
        if sandwiched:  # the plural past between is the speaker's too
            between = self.add(sid - 1, "indirect", self.trim(list(self.adoc.spans[sid - 1])),
                               speaker=speaker, speaker_span=span, source_type=stype, via=via)
            if between is not None:
                between.carried = True
        words = self.trim(toks)
        if words is not None and open_reported and toks[0].lower_ == "ob":
            words = toks[0].idx, words[1]  # "Ob er …, sei offen": the "ob" clause is the subject
        found = self.add(sid, "indirect", words, speaker=speaker, speaker_span=span, source_type=stype,
                         via=via)
        if found is not None:
            found.carried = True
        return True

    def _sandwiched(self, sid: int, prev: Found | None) -> bool:
        """"„Wir sehen keine Trendwende“, sagte X. Zudem belasteten hohe Energiekosten die Werke.
        Auch die Erwartungen hätten sich eingetrübt.": a plural past with no claim of its own,
        between a claim and a Konjunktiv II that carries it on in the same paragraph, is
        Konjunktiv II too, and the speaker's words."""
        if prev is None or prev.speaker is None or sid < 2 \
                or self.adoc.sentence_at(prev.end - 1) != sid - 2:
            return False
        block = self.adoc.block_of
        if self.adoc.kind(sid - 1) not in {"body", "quote"} \
                or any(f.sentence == sid - 1 for f in self.found) \
                or not block[sid - 2] == block[sid - 1] == block[sid]:
            return False
        return self.cues.plural_past(list(self.adoc.spans[sid - 1]))

    def _study_authors(self) -> None:
        """"Nach einer Schätzung des Peterson Institute … kosten die Zölle …. Sollte es keine
        Einigung geben, könnten die Kosten steigen, schreiben die Autoren": the authors are those
        of the study or report a claim of the three sentences before drew on."""
        for f in self.found:
            if f.speaker is not None or f.speaker_span is None \
                    or not AUTHORS_RE.search(self.adoc.text[slice(*f.speaker_span)]):
                continue
            earlier = [g for g in self.found if f.sentence - 3 <= g.sentence < f.sentence
                       and g.speaker is not None
                       and (g.source_type in SURVEY_TYPES or g.speaker.type == "organization")
                       and any(self._names_study(s) for s in (g.sentence, g.sentence - 1) if s >= 0)]
            if earlier:
                g = max(earlier, key=lambda g: g.start)
                f.speaker, f.source_type = g.speaker, g.source_type

    def _poll_respondents(self) -> None:
        """"Laut einer Umfrage von Infratest dimap halten 61 Prozent …. Nur 29 Prozent äußerten
        Verständnis": a share of respondents with no source of its own answered the poll or study
        a claim of the two sentences before drew on, else the outlet's poll its sentence names
        ("Im ARD-Deutschlandtrend sprechen sich 58 Prozent … aus"); an outlet speaking through
        its poll ("laut ZDF-Politbarometer") is a poll."""
        for f in self.found:
            words = self.adoc.text[slice(*f.speaker_span)] if f.speaker_span is not None else ""
            if f.speaker is not None and f.source_type in {"media", "institution"} \
                    and words.rpartition("-")[2].lower() in self.lex.survey_nouns:
                f.source_type = "study" if words.lower().endswith("studie") else "poll"
                continue  # "laut ZDF-Politbarometer", "Im ARD-Deutschlandtrend …": the outlet's poll
            if f.speaker is not None and words.lower() in {"demnach", "danach"} and any(
                    g.speaker is f.speaker and g.source_type in SURVEY_TYPES and g.sentence < f.sentence
                    and self.adoc.block_of[g.sentence] == self.adoc.block_of[f.sentence] for g in self.found):
                f.source_type = "poll"  # "Demnach sind nur noch 22 Prozent zufrieden": the poll's figure
                continue
            if f.speaker is not None or not SHARE_RE.search(words):
                continue
            earlier = [g for g in self.found if f.sentence - 2 <= g.sentence <= f.sentence
                       and g.start < f.start and g.speaker is not None and g.source_type in SURVEY_TYPES]
            if earlier:
                g = max(earlier, key=lambda g: g.start)
                f.speaker, f.source_type, f.via = g.speaker, g.source_type, g.via
            elif (owner := self._poll_owner(f.sentence)) is not None:
                # "Im ARD-Deutschlandtrend sprechen sich 58 Prozent … aus": the outlet's poll
                f.speaker, f.source_type = owner, "poll"
                f.via = None if f.via is owner else f.via

    def _poll_figures(self) -> None:
        """"Im ARD-Deutschlandtrend kommt die Union auf 30 Prozent. Die AfD legt auf 24 Prozent
        zu. Die SPD erreicht 15 Prozent": the figures in the sentences right after a poll's, in
        its paragraph and with no source of their own, are the poll's too."""
        actors = self.speakers.actors
        for f in [f for f in self.found if f.source_type == "poll" and f.speaker is not None]:
            sid = self.adoc.sentence_at(f.end - 1) + 1
            while sid < len(self.adoc.spans) and self.adoc.kind(sid) == "body" \
                    and self.adoc.block_of[sid] == self.adoc.block_of[f.sentence]:
                sent = self.adoc.spans[sid]
                # (a sentence naming another pollster or outlet has its own source: "Die
                # Forschungsgruppe Wahlen sah im ZDF die AfD bei 30,8 Prozent"; parties are the polled)
                other = any((e := actors.at(t.i)) is not None and e is not f.speaker
                            and e.type in {"organization", "media"} and actors.gazetteer_kind(e) != "party"
                            for t in sent)
                if not FIGURE_RE.search(sent.text) or sent.text.rstrip().endswith("?") or other \
                        or any(t.text in QUOTE_MARKS for t in sent) \
                        or any(g.sentence == sid and g.form != "assertion" for g in self.found):
                    break
                found = self.add(sid, "according_to", self.trim(list(sent)), speaker=f.speaker,
                                 speaker_span=f.speaker_span, source_type=f.source_type, via=f.via)
                if found is not None:
                    found.carried = True
                sid += 1

    def _poll_owner(self, sid: int) -> Entity | None:
        """The outlet or institute a poll named in the sentence belongs to ("ARD-Deutschlandtrend",
        "ZDF-Politbarometer", "Forsa-Umfrage")."""
        for t in self.adoc.spans[sid]:
            prefix, _, tail = t.text.rpartition("-")
            if prefix and tail.lower() in self.lex.survey_nouns:
                owner = next((e for e in self.speakers.actors.entities.values() if e.type in {
                    "media", "organization"} and prefix in (e.name, *e.aliases)), None)
                if owner is not None:
                    return owner
        return None

    def _names_study(self, sid: int) -> bool:
        """The sentence names a study or report ("einer Schätzung des …", "eine Untersuchung")."""
        return any(t.pos_ == "NOUN" and (
            self.cues.poll(t) or t.lower_.rsplit("-", 1)[-1].startswith(ESTIMATE_NOUNS))
            for t in self.adoc.spans[sid])

    def _plural_past_after_reported(self, sid: int, prev: Found, toks: list[Token]) -> bool:
        """A plural past in the same paragraph right after someone's words in Konjunktiv I: the
        Konjunktiv II that stands in for Konjunktiv I where that looks indicative ("Viele Häuser
        lebten von der Substanz")."""
        if prev.form != "indirect" or prev.speaker is None or self.adoc.kind(sid) != "body" \
                or self.adoc.block_of[prev.sentence] != self.adoc.block_of[sid]:
            return False
        said = [t for t in self.adoc.spans[prev.sentence] if not self.cues.in_quote(t)]
        if not (self.cues.has_konjunktiv(said) and self.cues.plural_past(toks) and all(
                _past_is_subjunctive(t) for t in toks if t.tag_ in {"VVFIN", "VAFIN", "VMFIN"})):
            return False
        # (not an act of its own: "Auch Vertreter von Amnesty International verurteilten den Einsatz")
        subject = self.speakers.clause_subject(self.adoc.spans[sid], persons=False)[0]
        return (subject is None or subject is prev.speaker) and not any(
            self.lex.cue_candidates(t.lemma_, t.text) for t in toks if t.pos_ == "VERB")

    def _plan_after_intent(self, sid: int, toks: list[Token]) -> bool:
        """"Die SPD und PDS wollen einen Werteunterricht einführen. Die Schulleitungen sollen keinen
        Spielraum erhalten": a plan "soll" right after an actor's stated intent (modal "wollen",
        "plant", "beschloss") in the same paragraph spells out that actor's plan."""
        if sid == 0 or self.adoc.kind(sid) != "body" or self.adoc.kind(sid - 1) != "body" \
                or self.adoc.block_of[sid - 1] != self.adoc.block_of[sid] or not self.speakers.parsed \
                or any(t.text in QUOTE_MARKS for t in toks) \
                or any(f.sentence == sid - 1 and f.form != "assertion" for f in self.found):
            return False
        # "soll"/"sollen" with an infinitive before the clause ends ("sollen keinen Spielraum
        # erhalten, den … abzusetzen"), not "sollte" (advice) or "soll" alone
        soll = next((k for k, t in enumerate(toks) if t.lower_ in {"soll", "sollen"} and t.tag_ == "VMFIN"),
                    None)
        if soll is None:
            return False
        clause = next((toks[soll:k] for k in range(soll, len(toks)) if toks[k].is_punct), toks[soll:])
        # (an infinitive like "erhalten" may be tagged as a finite verb or a participle; "soll …
        # gewesen sein", "soll … beleidigt haben", "soll vorbestraft sein" is hearsay, no plan)
        if len(clause) < 2 or clause[-1].pos_ not in {"VERB", "AUX"} or clause[-1].tag_ == "VVIZU" \
                or clause[-1].lower_ in {"sein", "haben"}:
            return False
        before = self.adoc.spans[sid - 1]
        root = before.root
        intends = root.lemma_ in self.lex.intent_verbs or any(
            c.dep_ == "aux" and c.tag_ == "VMFIN" and c.lemma_ == "wollen" for c in root.children)
        if not intends:
            return False
        ent, span, stype = self.speakers.clause_subject(before, persons=False)
        if ent is None:
            return False
        found = self.add(sid, "indirect", self.trim(toks), speaker=ent, speaker_span=span, source_type=stype)
        if found is not None:
            found.carried = found.planned = True
        return True

    def _narrated_around(self, sent: SpacySpan, unquoted: list[Token]) -> bool:
        """"Auf die Frage, ob er damit den Kandidaten einschränke, reagierte der 57-Jährige
        ausweichend": the main clause is the writer's, in the indicative and with no speech verb;
        its Konjunktiv stands only in an indirect question below it (the question put to him; a
        "weil", "dass" or relative clause in Konjunktiv is still someone's account)."""
        root = sent.root
        # (a verb of answering tells how, not what: "…, antwortete der 52-Jährige ausweichend")
        answered = root.lemma_ in ANSWER_VERBS
        if not (root.tag_ == "VVFIN" and root.morph.get("Mood") == ["Ind"]) or (
                self.cues.cue_lemma(root) and not answered):
            return False
        asked = self.lex.interrogatives
        below = {t.i for c in root.children if c.i < root.i
                 and any(x.lower_ in asked and x.i > sent.start and self.doc[x.i - 1].text == ","
                         for x in c.subtree)
                 for t in c.subtree}
        return all(t.i in below for t in unquoted if self.cues.has_konjunktiv([t]))

    def _told_speech_act(self, sid: int, sent: SpacySpan) -> bool:
        """"Hebestreit teilte mit, das Gespräch habe eine Stunde gedauert. Der Kanzler habe Putin
        aufgefordert, den Krieg zu beenden": a speech act told in Konjunktiv I right after
        reported speech, in the same paragraph, is the earlier speaker's account of it; the
        sentence carries that speaker on (True when it does)."""
        if sid == 0 or self.adoc.kind(sid) != "body" or not self.speakers.parsed \
                or any(t.text in QUOTE_MARKS for t in sent):
            return False
        prev = self.recent_claim(sid, window=1)
        if prev is None or prev.speaker is None or prev.form == "direct" \
                or self.adoc.sentence_at(prev.end - 1) != sid - 1 \
                or self.adoc.block_of[sid - 1] != self.adoc.block_of[sid]:
            return False
        root = sent.root
        if self.cues.cue_lemma(root) is None or any(t.lower_ in {"ich", "wir"} for t in sent):
            return False
        finite = finite_of(root)
        if finite is None or not self.cues.is_konjunktiv1(finite) or any(
                t.tag_.endswith("FIN") and self.cues.cue_lemma(t) and not self.cues.has_konjunktiv([t])
                for t in sent):
            return False  # (not "Ein Vertreter sagte, man freue sich …")
        # someone else's act ("Er erwarte, dass …", "Man hoffe, …" go on as the speaker's own)
        verbs = (root,) if finite is root else (root, finite)
        subjects = [c for v in verbs for c in v.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if not subjects or any(c.pos_ == "PRON" or self.actors.at(c.i) is prev.speaker for c in subjects):
            return False
        if any(t.lower_ in {"laut", "zufolge"} or (t.lower_ == "so" and self.doc[t.i - 1].text == ",")
               for t in sent):
            return False  # a source of its own ("…, so der britische Fernsehsender")
        return self._continuation(sid, sent)

    def _told_unanswered(self, sent: SpacySpan) -> bool:
        """The writer tells that a question was left open ("Die Ministerin sagte nicht, wer …"),
        in the indicative; not the speaker's own words in Konjunktiv ("Er wisse nicht, wie …",
        "Ob …, könne man noch nicht sagen")."""
        cue = self.cues.unanswered(sent)
        if cue is None:
            return False
        finite = cue if cue.tag_.endswith("FIN") else next(
            (t for t in reversed(list(sent)) if t.i < cue.i and t.tag_.endswith("FIN")), None)
        return finite is None or not self.cues.has_konjunktiv([finite])

    def _open_in_konjunktiv(self, sent: SpacySpan) -> bool:
        """"Ob er die Tour fortsetze, sei noch offen", "Unklar sei, wie …": a main clause in
        Konjunktiv I reports that the speaker left the question open (it stays a question too)."""
        root = sent.root
        finite = root if root.tag_.endswith("FIN") else next(
            (c for c in root.children if c.dep_ in {"cop", "aux"} and c.tag_.endswith("FIN")), None)
        return finite is not None and not self.cues.in_quote(finite) and self.cues.is_konjunktiv1(finite)

    def _left_open(self, toks: list[Token]) -> bool:
        """A sentence that says something is open ("Unklar ist, …"; "Wann … könnte, ließ Verdi
        offen"): it asks a question, it carries on nobody's words."""
        low = " " + " ".join(t.lower_ for t in toks if not self.cues.in_quote(t)) + " "
        opens = any(low.startswith(f" {cue} ") for cue in self.lex.open_cues)
        asks = bool(toks) and toks[0].lower_ in self.lex.interrogatives \
            and any(f" {cue} " in low for cue in self.lex.open_cues)
        return opens or asks

    def _generic_subject(self, span: tuple[int, int]) -> bool:
        """Whether the words name an organisation by a generic noun ("das neue Unternehmen")."""
        words = self.adoc.text[span[0] : span[1]].lower().split()
        return bool(words) and self.actors.generic_noun(words[-1])

    def _about_the_speaker_between(self, prev: Found, sid: int) -> bool:
        """"Clement geht davon aus, dass … Im Besonderen hat er unter 25-Jährige im Verdacht. Diese
        würden …": the one sentence between, without a claim, is about the speaker."""
        if prev.speaker is None or self.adoc.sentence_at(prev.end - 1) != sid - 2 \
                or self.adoc.kind(sid - 1) != "body" or any(f.sentence == sid - 1 for f in self.found):
            return False
        ent, _span, _kind = self.speakers.clause_subject(self.adoc.spans[sid - 1], persons=False)
        return ent is prev.speaker

    def _join_carried(self) -> None:
        """Consecutive carried-on sentences of one speaker in one paragraph are one claim."""
        joined: list[Found] = []
        for f in self.found:
            last = joined[-1] if joined else None
            if last is not None and last.carried and f.carried and f.speaker is last.speaker \
                    and f.sentence == self.adoc.sentence_at(last.end - 1) + 1 \
                    and self.adoc.block_of[f.sentence] == self.adoc.block_of[last.sentence]:
                last.end = f.end
                last.hedges = list(dict.fromkeys([*last.hedges, *f.hedges]))
                continue
            joined.append(f)
        self.found = joined
