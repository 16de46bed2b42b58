"""Open questions: what the text asks, and what it leaves unverified, conditional or unheard."""

from __future__ import annotations

import re

from generator.analysis.actors import ActorFinder, Entity
from generator.analysis.claims import Found
from generator.analysis.cues import CueReader
from generator.analysis.document import ArticleDoc
from generator.analysis.interviews import Answer
from generator.analysis.lexicon import Lexicon
from generator.model import QuestionKind

# kind, text, why, sentence, actors, claims
Item = tuple[QuestionKind, str, str, int | None, list[Entity], list[Found]]


# Konjunktiv II auxiliaries that stand in for Konjunktiv I in reported speech
REPORTING_K2 = frozenset({"hätte", "hätten", "wäre", "wären"})
# "noch nicht abschließend geklärt" is "nicht geklärt" (an open cue) with a degree word
DEGREE_AFTER_NICHT = re.compile(
    r" nicht (?:abschließend|endgültig|vollständig|eindeutig|zweifelsfrei|restlos) ")


class QuestionFinder:
    def __init__(self, adoc: ArticleDoc, actors: ActorFinder, claims: list[Found],
                 lex: Lexicon, answers: list[Answer] | None = None) -> None:
        self.adoc, self.actors, self.claims, self.lex = adoc, actors, claims, lex
        self.answers = answers or []  # the interview's answer sentences, as the claims found them
        self.cues = CueReader(adoc, lex)
        self.texts = lex.texts
        self.items: list[Item] = []

    def add(self, kind: QuestionKind, text: str, why: str, sid: int | None,
            actors: list[Entity] | None = None, claims: list[Found] | None = None) -> None:
        if sid is not None and self.adoc.kind(sid) == "body":  # "München (dpa) - Der FC …": no place line
            start = self.adoc.sentences[sid].start
            end = self.adoc.dateline_end(start)
            if end > start and text.startswith(self.adoc.text[start:end]):
                text = text[end - start :]
        self.items.append((kind, text, why, sid, actors or [], claims or []))

    def sentence_actors(self, sid: int) -> list[Entity]:
        span = self.adoc.spans[sid]
        seen: dict[str, Entity] = {}
        for t in span:
            ent = self.actors.at(t.i)
            if ent and ent.type != "anonymous":
                seen.setdefault(ent.key, ent)
        return list(seen.values())

    def run(self) -> QuestionFinder:
        self._explicit_and_indirect()
        self._unverified()
        self._conditional()
        self._missing_voices()
        self._merge_repeated()
        return self

    def _merge_repeated(self) -> None:
        """A sentence the teaser repeats from the body ("Die Ablöse soll bei rund 50 Millionen Euro
        liegen.") asks one question, with every reason, actor and claim."""
        merged: dict[tuple[str, str], Item] = {}
        for kind, text, why, sid, actors, claims in self.items:
            key = (kind, text.rstrip(" .!?"))
            if key not in merged:
                merged[key] = (kind, text, why, sid, list(actors), list(claims))
                continue
            first = merged[key]
            first[4].extend(a for a in actors if a not in first[4])
            first[5].extend(c for c in claims if c not in first[5])
            if why not in first[2]:
                merged[key] = (*first[:2], f"{first[2]} {why}", *first[3:])
        self.items = list(merged.values())

    def _answered(self) -> set[int]:
        """The blocks of an interview's questions: each is answered in the next block."""
        answers = {self.adoc.block_of[a.sentence] for a in self.answers}
        return {block - 1 for block in answers}

    def _explicit_and_indirect(self) -> None:
        answered = self._answered()
        for sid, span in enumerate(self.adoc.spans):
            text = span.text.strip()
            low = " " + " ".join(re.findall(r"[\w-]+", text.lower())) + " "  # "ist unklar." too
            low = DEGREE_AFTER_NICHT.sub(" nicht ", low)  # "nicht abschließend geklärt": "nicht geklärt"
            # "Ob …, ist unklar", "Offen bleibt, …", and what the text says it cannot check
            # ("Die Angaben lassen sich nicht unabhängig überprüfen")
            # "… lassen sich nicht unabhängig überprüfen", "Unabhängig überprüfen ließen sich … nicht"
            checks = re.search(r" (überprüf|verifizier)", low) is not None
            unverifiable = bool(re.search(r" nicht (unabhängig )?(zu )?(überprüf|verifizier)", low)) or (
                checks and " nicht " in low and bool(re.search(r" (lassen|lässt|ließ|ließen) sich ", low)))
            asks = any(f" {w} " in low for w in self.lex.interrogatives) or " bleibt " in low \
                or " ist " in low or unverifiable
            if text.endswith("?") and self.adoc.block_of[sid] in answered:
                continue  # an interviewer's question, answered in the next paragraph
            if text.endswith("?"):
                self.add("explicit", text, self.texts["explicit_why"], sid, self.sentence_actors(sid))
            elif unverifiable and not any(f" {w} " in low for w in self.lex.interrogatives):
                # "Die Angaben lassen sich nicht unabhängig überprüfen": unverified by the text's own
                # word, and so are the claims of the sentence before it in its paragraph
                same_block = sid > 0 and self.adoc.block_of[sid - 1] == self.adoc.block_of[sid]
                before = [c for c in self.claims if same_block and c.form != "assertion"
                          and c.sentence == sid - 1]
                actors = self.sentence_actors(sid) + [c.speaker for c in before if c.speaker is not None]
                self.add("unverified", text, self.texts["unverifiable_why"], sid,
                         list({a.key: a for a in actors}.values()), before)
            elif (asks and any(f" {cue} " in low for cue in self.lex.open_cues)) or (
                    self._opened_by_question_word(text)
                    and any(f" {cue} " in low for cue in self.lex.open_cues_after_question)):
                self.add("indirect", text, self.texts["indirect_why"], sid, self.sentence_actors(sid))
            elif self.adoc.kind(sid) != "heading" and (cue := self.cues.unanswered(span)) is not None:
                # "Wann die Lieferungen beginnen, sagte Merz nicht."
                # the verb's subject, or the modal's ("…, wollte er nicht sagen")
                subject = next((c for v in (cue, cue.head) for c in v.children if c.dep_ in {"nsubj", "sb"}),
                               None)
                named = self.actors.at(subject.i) or self.actors.resolve_pronoun(subject) if subject else None
                who = named or self.actors.at(cue.i + 1) or next(iter(self.sentence_actors(sid)), None)
                why = self.texts["unanswered_why"].format(name=who.name) if who \
                    else self.texts["indirect_why"]
                self.add("indirect", text, why, sid, self.sentence_actors(sid))

    def _opened_by_question_word(self, text: str) -> bool:
        """A question word opens the sentence (after at most one word: "Ob …", "Auch ob …") or a
        clause after a comma ("Es ist umstritten, wer …"); not a "wie X sagte" aside."""
        for clause in re.split(r",\s*", text):
            words = re.findall(r"[\w-]+", clause.lower())
            first = next((k for k, w in enumerate(words[:2]) if w in self.lex.interrogatives), None)
            if first is not None and not (words[first] == "wie" and any(
                    self.lex.cue_candidates(w, w) for w in words[first + 1 : first + 6])):
                return True
        return False

    def _outlets(self) -> list[Entity]:
        outlets: dict[str, Entity] = {}
        for c in self.claims:
            for ent in (c.speaker, c.via):
                if ent is not None and ent.type == "media":
                    outlets.setdefault(ent.key, ent)
        return list(outlets.values())

    def _unverified(self) -> None:
        outlets = self._outlets()
        # unnamed sources, and outlets the text does not name ("US-Medien berichteten")
        anonymous = [c for c in self.claims if c.source_type == "anonymous"
                     or (c.via is not None and c.via.type == "anonymous")
                     or self._unnamed_media(c)]
        for c in anonymous:
            if any(o is not c and o.speaker is c.speaker and o.start <= c.start and c.end <= o.end
                   for o in anonymous):
                continue  # a quoted phrase inside an anonymous claim: that claim's question
            # the unnamed source itself, not the outlet it spoke to ("Eine der Frauen, die anonym
            # bleiben möchte, schilderte dem Magazin")
            named = self.adoc.text[slice(*c.speaker_span)] if c.speaker_span and c.speaker is None else None
            unnamed_media = self._unnamed_media(c)
            source = c.speaker.name if c.speaker and (c.speaker.type == "anonymous" or unnamed_media) else (
                named or (c.via.name if c.via else "ungenannt"))
            why = "unnamed_media_why" if unnamed_media else "anonymous_why"
            self.add("unverified", self.adoc.text[c.start : c.end],
                     self.texts[why].format(source=source), c.sentence,
                     [e for e in (c.speaker, c.via) if e], [c])
        self._single_outlet(anonymous)
        asked = {sid for kind, *_, sid, _actors, _claims in self.items
                 if kind in {"explicit", "indirect", "unverified"}}
        for c in self.claims:
            if c.form != "assertion" or self.adoc.kind(c.sentence) not in {"title", "teaser", "body"} \
                    or c.sentence in asked:  # "Merz sagte nicht, wie viel Geld fließen soll"
                continue
            hedges = sorted(set(c.hedges) & self.lex.distancing)  # its own hedges, not a plan's "soll"
            if not hedges:
                continue
            if self.adoc.kind(c.sentence) in {"title", "teaser"} and len(outlets) == 1 and anonymous:
                why = self.texts["hedged_headline_why"].format(
                    hedges=", ".join(hedges), source=outlets[0].name)
                related = [x for x in anonymous if outlets[0] in (x.speaker, x.via)]
                self.add("unverified", self.adoc.text[c.start : c.end], why, c.sentence,
                         [outlets[0]], [c, *related])
            else:
                self.add("unverified", self.adoc.text[c.start : c.end],
                         self.texts["hedged_why"].format(hedges=", ".join(hedges)), c.sentence,
                         self.sentence_actors(c.sentence), [c])

    @staticmethod
    def _unnamed_media(c: Found) -> bool:
        """A claim of outlets the text does not name ("US-Medien berichteten", "laut
        Medienberichten": no actor, or an article-local media actor)."""
        return c.source_type == "media" and (
            c.speaker is None or (c.speaker.type == "media" and c.speaker.local))

    def _single_outlet(self, anonymous: list[Found]) -> None:
        """"Nach Informationen des „Spiegel“ erwägen mehrere Länder …", "Nach Recherchen des NDR
        soll es …": what an outlet reports on its own information, or with a distancing hedge,
        rests on that outlet alone, unless another outlet reports on someone it names, or says
        it reports it too (outlets only spoken to, "sagte der dpa", do not count; a
        confirmation the text reports ends it)."""
        spoken_to = {c.via.key for c in self.claims if c.via is not None and any(  # "sagte der dpa"
            self.adoc.sentence_at(m.start) == c.sentence for m in c.via.mentions)} - {
            c.speaker.key for c in self.claims if c.speaker is not None}
        media = [e for e in self.actors.entities.values() if e.type == "media" and e.key not in spoken_to
                 and not all(self.adoc.dateline_end(m.start) > m.start for m in e.mentions)]
        for outlet in media:
            # what the other outlets report on ("Laut „Bild“ gilt Rose als Favorit" is no second
            # source for the "Kicker" on Simonis)
            others = [e for e in media if e is not outlet]
            reported = [self._named_in(c) for c in self.claims if c.speaker in others]
            for c in self.claims:
                if c.speaker is not outlet or c in anonymous or self._confirmed_after(c.sentence):
                    continue
                cue = self.adoc.text[slice(*c.cue)].lower() if c.cue else ""
                if not (any(w in cue for w in ("informationen", "recherche"))
                        or set(c.hedges) & self.lex.distancing):
                    continue
                named = self._named_in(c)
                # (a report that names no one is confirmed by any other outlet's report)
                if self._also_reported(c.sentence, others) or any(not named or named & r for r in reported):
                    continue
                self.add("unverified", self.adoc.text[c.start : c.end],
                         self.texts["single_outlet_why"].format(source=outlet.name), c.sentence,
                         [outlet], [c])

    def _also_reported(self, sid: int, outlets: list[Entity]) -> bool:
        """The sentence after ``sid`` says another outlet reports it too ("Das berichtete auch
        die „Süddeutsche Zeitung“", "Ebenso meldet es der BR")."""
        if sid + 1 >= len(self.adoc.spans):
            return False
        nxt = self.adoc.spans[sid + 1]
        words = {t.lower_ for t in nxt}
        pointing = nxt[0].lower_ in {"das", "dies"} or bool(words & {"auch", "ebenfalls", "ebenso"})
        return pointing and any(nxt.start_char <= m.start < nxt.end_char for e in outlets for m in e.mentions)

    def _named_in(self, c: Found) -> set[str]:
        """Keys of the actors other than outlets the claim's words name."""
        return {e.key for e in self.actors.entities.values() if e.type != "media"
                for m in e.mentions if c.start <= m.start < c.end}

    def _confirmed_after(self, sid: int) -> bool:
        """The sentence after ``sid`` confirms the report ("Ein Regierungssprecher bestätigte den
        Bericht", "Das bestätigte das Ministerium"; not "… bestätigte den Bericht nicht", "Die
        Polizei bestätigte einen Einbruch")."""
        if sid + 1 >= len(self.adoc.spans):
            return False
        words = {t.lower_ for t in self.adoc.spans[sid + 1]}
        return any(t.lemma_ == "bestätigen" for t in self.adoc.spans[sid + 1]) \
            and not words & {"nicht", "kein", "keine", "weder"} \
            and bool(words & {"bericht", "berichte", "meldung", "angaben", "informationen", "das", "dies"})

    def _conditional(self) -> None:
        for sid, span in enumerate(self.adoc.spans):
            if self.adoc.kind(sid) == "heading" or span.text.rstrip().endswith("?"):
                continue
            words = [t.lower_ for t in span]
            low = " " + " ".join(words) + " "
            modals = [w for w in words if w in self.lex.konjunktiv2]
            conditions = [c for c in self.lex.conditional_cues if f" {c} " in low]
            hedges = [h for h in self.lex.hedge_adverbs if f" {h} " in low]
            if not modals or not (conditions or hedges):
                continue
            if not conditions and set(modals) <= REPORTING_K2 and any(
                    c.sentence == sid and c.form == "indirect" for c in self.claims):
                continue  # "sagte, die Angreifer hätten sich vermutlich …": reported, not conditional
            # in text order, whatever the order of the word lists (sets: no order across runs)
            cues = sorted(dict.fromkeys([*hedges, *conditions, *modals]), key=lambda w: low.find(f" {w} "))
            actors = self.sentence_actors(sid)
            who_open = bool(hedges) and " oder " in low and len(actors) >= 2
            why = self.texts["conditional_who_why" if who_open else "conditional_why"]
            claims = [c for c in self.claims if c.sentence == sid]
            self.add("conditional", span.text.strip(), why.format(hedges=", ".join(cues)), sid,
                     actors, claims)

    def _deceased(self, ent: Entity) -> bool:
        """Whether the text says the person is dead ("Der Jazzpianist Walter Kessler ist tot", "X
        starb", "X kam ums Leben", "X wurde erschossen", "des verstorbenen Sammlers X")."""
        doc = self.adoc.doc
        lex = self.lex
        for m in ent.mentions:
            words = doc[m.tok_start : m.tok_end]
            if any(t.lower_ in lex.death_adjectives and t.pos_ == "ADJ"
                   for t in doc[max(0, m.tok_start - 3) : m.tok_start]):
                return True
            head = words.root
            while head.dep_ in {"appos", "flat", "flat:name"} and head.head is not head:
                head = head.head  # "Der Jazzpianist Walter Kessler": the noun is the subject
            verb = head.head
            if head.dep_ == "nsubj" and (verb.lemma_ in lex.death_verbs or (
                    verb.lower_ in lex.death_adjectives and any(c.dep_ == "cop" for c in verb.children))
                    or (verb.lemma_ == "kommen" and any(c.lower_ == "leben" for c in verb.subtree))):
                return True
            if head.dep_ == "nsubj:pass" and verb.lemma_ in lex.killing_verbs:
                return True
        return False

    def _missing_voices(self) -> None:
        for ent in sorted(self.actors.entities.values(), key=lambda e: e.first):
            if ent.type != "person" or ent.quoted or self._deceased(ent):
                continue
            sids = sorted({self.adoc.sentence_at(m.start) for m in ent.mentions})
            prominent = any(self.adoc.kind(s) in {"title", "teaser"} for s in sids)
            if len(ent.mentions) < 2 and not prominent:
                continue
            self.add("missing_voice", self.texts["missing_voice_text"].format(name=ent.name),
                     self.texts["missing_voice_why"].format(name=ent.name, count=len(ent.mentions)),
                     sids[0], [ent])
