"""Stances: "Der Minister ist überzeugt, dass …", "X ist der Meinung, dass …" — "sein" with a
stance adjective or noun and its complement — and speech acts told by a verb and a noun ("erhob
Vorwürfe gegen", "übte Kritik an", "machte X für Y verantwortlich")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from generator.analysis.claims.clause_shapes import ClauseShapes
from generator.analysis.phrases import QUOTE_MARKS, noun_phrase
from generator.analysis.speakers import SOURCE_OF


class StanceClaims(ClauseShapes):
    """The stance pass."""

    def _stance(self, sid: int, sent: SpacySpan) -> bool:
        """"Der Minister ist überzeugt, dass …", "X ist der Meinung, dass …", "Die Regierung ist
        zuversichtlich, … zu können": a stance with "sein" and its complement."""
        toks = list(sent)
        for k, t in enumerate(toks[:-3]):
            det = k - 1
            while det > 0 and toks[det].tag_ == "ADJA":  # "der gegenteiligen Auffassung"
                det -= 1
            noun = t.lower_ in self.lex.stance_nouns and k > 0 and toks[det].lower_ == "der"
            if not (noun or (t.lower_ in self.lex.stance_adjectives and t.tag_ == "ADJD")) \
                    or toks[k + 1].text != "," or self.cues.in_quote(t):
                continue
            if not self.speakers.parsed:
                continue
            # "sein" as the copula, or parsed as the verb the noun depends on
            cop = next((c for c in t.children if c.dep_ == "cop" or c.lemma_ == "sein"), None) \
                or (t.head if noun and t.head.lemma_ == "sein" and t.head.i < t.i else None)
            if cop is None:
                continue  # "sicher, dass" without "sein": not a stance of the subject
            msg = self.cues.clause_end(toks[k + 2 :])
            if not msg or not (msg[0].lower_ in {"dass", "daß"} or self.cues.infinitive(msg)):
                continue
            verb_cop = cop.i == t.head.i != t.i
            ent, span, stype = self.speakers.subject_of(cop if verb_cop else t, sent)
            if ent is None and span is None and verb_cop:  # "37 Prozent sind der Auffassung"
                front = list(sent[: cop.i - sent.start])
                cut = max((n + 1 for n, x in enumerate(front) if x.is_punct and x.text not in QUOTE_MARKS),
                          default=0)
                ent, span = self.speakers.entity_in(front[cut:])
                noun_before = next((x for x in reversed(front[cut:]) if x.pos_ in {"NOUN", "PROPN"}), None)
                span = span or (self.speakers.phrase_span(noun_before) if noun_before is not None else None)
                stype = SOURCE_OF[ent.type] if ent else "unattributed"
            elif ent is None and span is None and cop.i < t.i:  # "war sich die Staatsanwaltschaft sicher"
                between = [x for x in sent[cop.i - sent.start + 1 : t.i - sent.start] if x.tag_ != "PRF"]
                ent, span = self.speakers.entity_in(between)
                span = span or noun_phrase(between)
                stype = SOURCE_OF[ent.type] if ent else "unattributed"
            if ent is None and span is None:
                continue
            found = self.add(sid, "indirect", self.trim(msg), speaker=ent, speaker_span=span,
                             source_type=stype, cue=(t.idx, t.idx + len(t)))
            return found is not None
        return False

    def _noun_act(self, sid: int, sent: SpacySpan) -> bool:
        """"Die Opposition erhob schwere Vorwürfe gegen die Regierung", "Der Verband übte Kritik an
        den Plänen", "gab dem Vorstand die Schuld", "macht die Behörden für die Gewalt
        verantwortlich": a speech act told by a verb and its object noun (``noun_acts``) is a
        reported claim of the verb's subject; the clause is its text."""
        if not self.speakers.parsed or self.adoc.kind(sid) not in {"body", "teaser"} \
                or sent.text.rstrip().endswith("?"):
            return False
        toks = list(sent)
        for verb in toks:
            if verb.pos_ != "VERB" or self.cues.in_quote(verb) or verb.dep_.startswith(("acl", "advcl")):
                continue
            auxes = [c for c in verb.children if c.dep_.startswith("aux")]
            # not "will Vorwürfe erheben" (not yet), nor "Die Opposition mache ihn …" after reported
            # words (the speaker before relays it)
            if any(a.tag_ == "VMFIN" for a in auxes) or self._relayed(sid, verb):
                continue
            lemma = verb.lemma_.lower()
            particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
            lemma = lemma if lemma.startswith(particle) else particle + lemma
            blame = lemma == "machen" and any(c.lower_ == "verantwortlich" for c in verb.children) \
                and any(t.lower_ == "für" for t in toks if t.i > verb.i)
            nouns = [c for c in verb.children if c.dep_ in {"obj", "nsubj:pass"} and (
                self.lex.noun_act(lemma, c.lemma_) or self.lex.noun_act(lemma, c.text))]
            if not blame and not nouns:
                continue
            if any(d.lower_.startswith("kein") for n in nouns for d in n.children) or any(
                    c.lower_ in {"niemand", "keiner", "nicht"} for c in verb.children):
                continue  # "übte keine Kritik", "Niemand übte Kritik": no act
            # the subject as for a speech verb (not the dative or genitive: "gab der Stadt die Schuld")
            ent, span, stype = self.speakers.speaker_of(verb)
            if (ent is None and span is None) or (span is not None and any(
                    span[0] <= n.idx < span[1] for n in nouns)):
                continue  # ("Viel Kritik wurde … geübt": the act is no speaker)
            end = next((j for j, t in enumerate(toks) if t.i > verb.i and t.text == ";"), len(toks))
            start = self._clause_start(toks, toks.index(verb))
            return self.add(sid, "reported", self.trim(toks[start:end]), speaker=ent, speaker_span=span,
                            source_type=stype, cue=(verb.idx, verb.idx + len(verb))) is not None
        return False

    def _claimed_by_subject(self, sid: int, sent: SpacySpan) -> bool:
        """"Ein Zeuge will den Mann gesehen haben", "Der Angeklagte will von nichts gewusst haben":
        "wollen" with a perfect infinitive is what the subject claims, a reported claim of it."""
        if not self.speakers.parsed or self.adoc.kind(sid) not in {"body", "teaser"} \
                or sent.text.rstrip().endswith("?"):
            return False
        toks = list(sent)
        modal = next((t for t in toks if t.tag_ == "VMFIN" and t.lemma_ == "wollen"
                      and not self.cues.in_quote(t) and "Sub" not in t.morph.get("Mood")), None)
        if modal is None:
            return False
        at = toks.index(modal)
        clause = next((toks[at:k] for k in range(at, len(toks))
                       if toks[k].text in {",", ";", ":"} or toks[k].is_sent_end), toks[at:])
        words = [t for t in clause if not t.is_punct]
        if len(words) < 3 or words[-1].lower_ not in {"haben", "sein"} or words[-2].tag_ != "VVPP":
            return False
        ent, span, stype = self.speakers.subject_of(modal.head if modal.head is not modal else modal, sent)
        if ent is None and span is None:
            return False
        words = self.trim(toks[self._clause_start(toks, at) :])
        return self.add(sid, "reported", words, speaker=ent, speaker_span=span, source_type=stype,
                        cue=(modal.idx, modal.idx + len(modal))) is not None
