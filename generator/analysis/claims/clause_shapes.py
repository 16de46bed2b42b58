"""The shape of the words around a cue: whether they are a main clause, a verb-second clause,
only an adverbial clause or reported speech in the past plural, where the cue's clause begins
and where the next speech-verb clause starts."""

from __future__ import annotations

from spacy.tokens import Token

from generator.analysis.actors import Entity
from generator.analysis.claims.state import ClaimState, Found

# forms of the relative pronoun "der" (a tagger may take them for articles)
RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "denen", "dessen", "deren"}


# cue verbs whose "von" names what is spoken of, not who speaks ("Von Versuchen … wird gesprochen")
TOPIC_VON = frozenset({"sprechen", "berichten", "erzählen", "schreiben", "reden"})
PASSIVE_AUXILIARIES = frozenset({"wird", "werden", "wurde", "wurden"})


def _finite(verb: Token) -> list[Token]:
    """The finite forms of a verb's clause: the verb itself or its auxiliaries."""
    return [v for v in (verb, *(c for c in verb.children if c.dep_.startswith("aux")))
            if v.tag_.endswith("FIN")]


class ClauseShapes(ClaimState):
    """Clause-shape tests for the speech-verb passes."""

    def _relayed(self, sid: int, verb: Token) -> bool:
        """A speech act in Konjunktiv I right after reported words ("Das Regierungspräsidium halte
        dies für …", "Die Opposition mache ihn verantwortlich"): the speaker before reports it, it
        is no claim of its subject's own."""
        return any(self.cues.is_konjunktiv1(v) for v in _finite(verb)) \
            and self.recent_claim(sid, window=1) is not None

    def relayed_evidence(self, sid: int, cue: Token, ent: Entity | None) -> Found | None:
        """The claim before, when an evidence verb in Konjunktiv I or II right after it ("Die Studie
        zeige in Wahrheit, „dass …“", "Untersuchungen hätten gezeigt, dass …") is that speaker's
        reading, not the study's own words."""
        prev = self.recent_claim(sid, window=1)
        if self.lex.cue_strength.get(self.cues.cue_lemma(cue) or "") != "evidence" or prev is None \
                or prev.speaker is None or (ent is not None and ent.type == "person"):
            return None
        if self._relayed(sid, cue) or any(v.lower_ in self.lex.konjunktiv2 for v in _finite(cue)):
            return prev
        return None

    def _passive_agent(self, cue: Token) -> Token | None:
        """The noun of a "von" phrase before a passive cue ("Eine Untersuchung wurde von den
        Vereinten Nationen gefordert", "Von mehreren Abgeordneten wurde … verlangt"), whatever
        relation the parse gave it; not an amount ("eine Summe von zehn Millionen Euro … genannt")
        nor a phrase of another word ("Ausgehend von den Quoten", "von Laien durchgeführte …").
        With "sprechen" and the like it may be the topic ("Von Versuchen … wird gesprochen")."""
        if not any(c.dep_.startswith("aux") and c.lower_ in PASSIVE_AUXILIARIES for c in cue.children):
            return None
        for t in cue.sent:
            if t.i >= cue.i or t.lower_ not in {"von", "vom"} or t.head.pos_ not in {"NOUN", "PROPN"}:
                continue
            noun = t.head if t.head.head == cue else t.head.head  # "von den Vereinten Nationen"
            if noun.head == cue and noun.pos_ in {"NOUN", "PROPN"} and (
                    noun.i == t.head.i or t.head.dep_ in {"amod", "flat", "compound"}) \
                    and not any(x.pos_ == "NUM" for x in t.head.subtree):
                return noun
        return None

    def _free_relative_front(self, msg: list[Token]) -> bool:
        """Reported words opening with a free relative clause, their verb in Konjunktiv right
        after its comma: "sagte, wer jetzt spare, verschärfe die Krise"."""
        if not msg or msg[0].tag_ != "PWS" or msg[0].lower_ not in {"wer", "was"}:
            return False
        comma = next((j for j, t in enumerate(msg) if t.text == ","), None)
        verb = msg[comma + 1] if comma is not None and comma + 1 < len(msg) else None
        # (Konjunktiv I by its form too: the tagger may read "verschärfe" as a past)
        return verb is not None and verb.tag_ in {"VVFIN", "VAFIN", "VMFIN"} and (
            self.cues.has_konjunktiv([verb]) or (verb.lower_.endswith("e")
                                                  and not verb.lower_.endswith("te")))

    def _verb_second(self, msg: list[Token]) -> bool:
        """A main clause, its finite verb after one phrase ("sagte, Zölle schadeten allen" with
        the past form standing in for the subjunctive) or a hedge ("gaben an, vermutlich hielten
        sich …")."""
        if self._free_relative_front(msg):
            return True
        if not msg or (msg[0].tag_ in {"KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KON"}
                       and not _article_before_noun(msg)):
            return False
        # (a quotation mark or an abbreviation's full stop aside: "Benedikt XVI. „ist und bleibt …“")
        msg = [t for t in msg if not (t.is_punct and t.text != ",")]
        # (the phrase may be coordinated: "200 feste und 300 freie Mitarbeiter sollen …")
        finite = next((j for j, t in enumerate(msg[:8]) if t.tag_ in {"VVFIN", "VAFIN", "VMFIN"}), None)
        misread = finite is None and not any(t.tag_.endswith("FIN") for t in msg)
        if misread:
            # a rare verb the tagger read as an adjective or a determiner ("sagte, die Strukturen
            # im Sport begünstigten Abhängigkeiten", "sagte, man verhänge Bußgelder")
            finite = next((j for j, t in enumerate(msg[:8]) if j > 0 and self.cues.misread_verb(t)), None)
        # (an adverb after the phrase's first word goes with it: "Kameras allein verhinderten …")
        # (or a prepositional phrase first: "berichtete, in mehreren Praxen fehlten bereits Mittel";
        # not before a modal's plan: "…, im Dezember soll er sein Amt antreten")
        pp_first = finite is not None and finite > 1 and msg[finite].tag_ != "VMFIN"
        return finite is not None and finite > 0 and all(
            (t.pos_ == "ADP" and ((misread and k > 0) or (k == 0 and pp_first))) or
            t.pos_ in {"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"} or t.lower_ in self.lex.hedge_adverbs
            or (t.pos_ == "ADV" and k > 0 and msg[0].pos_ in {"NOUN", "PROPN", "PRON", "DET"})
            or (t.lower_ in {"und", "oder"} and 0 < k < finite - 1) for k, t in enumerate(msg[:finite]))

    def _adverbial_clause(self, msg: list[Token], cue: Token) -> bool:
        """Words after a cue's comma that are only an adverbial clause ("nachdem …", "da …"),
        with no reported clause after it ("…, wenn …, werde es Krieg geben" has one). One in
        Konjunktiv I after an indicative cue gives the speaker's reason ("halten X für
        unwahrscheinlich, da die Armee … nicht gewachsen sei")."""
        if not msg or msg[0].tag_ != "KOUS" or msg[0].lower_ in {"dass", "daß", "ob", "wie"}:
            return False
        if msg[0].lower_ in self.lex.conditional_cues and any(
                c.dep_ in {"obj", "obl", "obl:arg"} and c.i < msg[0].i and (cue.i < c.i or cue.tag_ == "VVPP")
                for c in cue.children):
            return True  # "drohte mit einer Klage, falls …", "hat mit einem Veto gedroht, falls …": the
            # condition of the act, not what was said
        if self.cues.has_konjunktiv(msg) and not self.cues.is_konjunktiv1(cue):
            return False
        comma = next((j for j, t in enumerate(msg) if t.text == ","), None)
        tail = msg[comma + 1 :] if comma is not None else []
        return not (tail and (self.cues.has_konjunktiv(tail, include_k2=True) or self.cues.infinitive(tail)))

    def _clause_start(self, toks: list[Token], k: int) -> int:
        """Where the cue's clause begins: after a comma that closes a main clause of its own
        ("Heute demonstrierten 7.000 Menschen, die Polizei spricht von 4.000")."""
        comma = max((j for j in range(1, k) if toks[j].text == "," and not self.cues.in_quote(toks[j])),
                    default=None)
        if comma is None or comma + 1 >= k or toks[comma + 1].pos_ in {"SCONJ", "CCONJ"}:
            return 0
        first, second = toks[comma + 1], toks[comma + 2]
        if first.tag_ in {"PRELS", "PRELAT", "PWS", "PWAV"} and second.pos_ not in {"NOUN", "PROPN"}:
            return 0  # a relative clause ("…, die sagte"), not "…, die Polizei spricht"
        before, between = toks[:comma], toks[comma + 1 : k]
        finite = any(t.tag_.endswith("FIN") or t.pos_ in {"VERB", "AUX"} for t in before) and not any(
            t.tag_.endswith("FIN") or t.pos_ in {"VERB", "AUX"} for t in between)
        return comma + 1 if finite and self._main_clause(before) else 0

    def _main_clause(self, msg: list[Token]) -> bool:
        """Words before ", sagte X" that can be what X said: a clause with a verb of its own, not
        an apposition with a relative clause ("Sadiq Khan, der den Brief unterschrieb,") nor a
        subordinate clause ("Während die Opposition schwieg,")."""
        if not any(t.pos_ for t in msg):
            return True  # no tagger: cannot tell
        if any(t.pos_ == "SCONJ" for t in msg[:2]):
            # unless a main clause follows it, opened by its finite verb ("Falls die Arbeitgeber
            # kein Angebot vorlegten, werde man streiken")
            return not any(t.text == ":" for t in msg) and any(  # (not "…, war X zufrieden: „…“")
                t.text == "," and k + 1 < len(msg) and msg[k + 1].tag_.endswith("FIN")
                for k, t in enumerate(msg))
        first = next((k for k, t in enumerate(msg) if t.text == ","), len(msg))
        if msg[0].pos_ == "ADP" and first + 1 < len(msg) \
                and not any(t.pos_ in {"VERB", "AUX"} for t in msg[:first]) \
                and (msg[first + 1].pos_ == "SCONJ" or msg[first + 1].lower_ in self.lex.interrogatives) \
                and not any(t.text == "," and k + 1 < len(msg) and msg[k + 1].tag_.endswith("FIN")
                            for k, t in enumerate(msg) if k > first):
            return False  # "Auf die Frage, ob die CSU … lasse, antwortete er": the question put to him
        relative = False
        for t in msg:
            if t.text == ",":
                relative = False
            elif (t.tag_ in {"PRELS", "PRELAT"} or (  # or tagged as an article, but heading the clause
                    t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "acl:relcl")) \
                    and t.i > 1 and (t.doc[t.i - 1].text in {",", "–"} or (
                    t.doc[t.i - 1].tag_ in {"APPR", "APPRART"} and t.doc[t.i - 2].text in {",", "–"})):
                relative = True  # "Statistiken, auf die im Bericht hingewiesen wird,"
            elif (t.pos_ in {"VERB", "AUX"} or self._mistagged_word(t)) and not relative \
                    and not (t.ent_type_ and t.ent_iob_ == "I"):  # "Verkehr GmbH" tagged as a verb
                return True
        return False

    def _mistagged_word(self, t: Token) -> bool:
        """A word tagged as a preposition, an adjective, a noun or a determiner that is none: a
        rare verb the tagger did not know ("Die Studie überzeichne das Problem", "Ein Streik
        schade dem Standort", "Der Iran reichere Uran an", "Er leide unter dem Unfall", "Das
        Plakat thematisiere lediglich …", each before ", sagte X")."""
        return (t.tag_ == "APPR" and t.is_alpha and t.is_lower and self.cues.unlisted_function_word(t)) \
            or (t.pos_ in {"ADJ", "NOUN", "DET"} and self.cues.is_konjunktiv1(t))

    def _until_next_clause(self, msg: list[Token], later: list[Token]) -> list[Token]:
        """Cut a message where the next speech-verb clause of the sentence begins
        ("…, die Kommission habe versagt und die Grünen forderten …")."""
        positions = {t.i: j for j, t in enumerate(msg)}
        for cue in later:
            j = positions.get(cue.i)
            if j is None or cue.tag_ != "VVFIN" or self.cues.is_konjunktiv1(cue) \
                    or self.cues.zu_infinitive(cue):  # ("festzulegen" tagged finite)
                continue
            k = j - 1
            while k > 0 and msg[k].text not in {",", ";"} and msg[k].lower_ not in {
                    "und", "während", "aber", "sondern", "doch"}:
                k -= 1
            comma = next((x for x in range(j - 1, -1, -1) if msg[x].text in {",", ";"}), 0)
            if any(msg[x].tag_ == "VMFIN" for x in range(comma, j)):
                continue  # "man sei offen, wolle aber zunächst die Details sehen": a modal's infinitive
            if k > 0 and j - k <= 10:
                return msg[:k]
        return msg


def _article_before_noun(msg: list[Token]) -> bool:
    """"sagte, die Daten reichten nicht aus" with "die" tagged as a relative pronoun: an article
    right before its noun (a relative pronoun never is)."""
    if msg[0].tag_ != "PRELS" or msg[0].lower_ not in {"der", "die", "das"} or len(msg) < 2:
        return False
    nxt = msg[1]
    return (nxt.pos_ == "NOUN" and nxt.text[:1].isupper()) or (nxt.pos_ == "ADJ" and nxt.text[:1].islower())
