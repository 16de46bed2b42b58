"""Claims of the sentence's speech verbs: which cue verbs are still free, and the claim each
introduces — the message before it ("…, sagte X"), its complement ("sagte, dass …", "sagte:
…") or the act itself ("X forderte den Rücktritt")."""

from __future__ import annotations

import itertools

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.claims.clause_shapes import TOPIC_VON, ClauseShapes
from generator.analysis.claims.state import Found
from generator.analysis.cues import COMPLEMENT_MARKERS, SURVEY_TYPES
from generator.analysis.phrases import (
    CLOSING_QUOTES,
    COORDINATING_ADVERBS,
    FIRST_PERSON,
    QUOTE_MARKS,
    noun_phrase,
)
from generator.analysis.speakers import SOURCE_OF, SUBJECT_DEPS, Speaker
from generator.model import ClaimForm

# cues whose comma may open reported words in the indicative ("sagte, Zölle schadeten allen",
# "betonte, die Länder behielten die Planungshoheit")
VERB_SECOND_CUES = frozenset({"sagen", "erklären", "betonen", "versichern", "bekräftigen", "unterstreichen",
                              "mitteilen", "schreiben", "argumentieren", "angeben",
                              "berichten", "meinen", "erzählen", "ergänzen", "hinzufügen", "antworten",
                              "behaupten", "befürchten", "fürchten", "einräumen",
                              "zugeben", "klarstellen", "bestätigen", "melden", "kontern", "entgegnen",
                              "erwidern"})
# auxiliaries of a trailing participle cue ("…, hatte Merz gesagt", "…, soll Galant gesagt haben")
TRAILING_AUXILIARIES = frozenset({"hat", "hatte", "haben", "hatten", "soll", "sollen"})
# words opening an indirect question that names what a speaker talks about, not what they say
TOPIC_WORDS = frozenset({"warum", "wer", "was", "wann", "weshalb", "wieso"})


class CueClaims(ClauseShapes):
    """The speech-verb pass."""

    def used_cue(self, token: Token) -> bool:
        """A cue already given to a claim (short or verbless quotes inside a clause do not
        count: "nannte Shultz einen „wahren Patrioten“, dank dem „die Welt zu einem besseren
        Ort“ wurde")."""
        return any(f.cue is not None and f.cue[0] == token.idx and not (
            f.form == "direct" and (self._fragment(f) or self._inside_complement(token, f)
                                    or self._inside_reported_before(token, f)))
            for f in self.found)

    def _inside_reported_before(self, cue: Token, quote: Found) -> bool:
        """The quotation sits inside Konjunktiv words before ", sagte X" ("Die Höhe sei „das
        Mindeste, was sozial gerecht ist“, sagte deren Sprecherin"), which are a claim of their own."""
        if quote.end > cue.idx:
            return False
        before = [t for t in self.cues.sentence_of(cue) if t.idx < quote.start and not self.cues.in_quote(t)]
        return len(before) > 1 and self.cues.has_konjunktiv(before)

    def _fragment(self, f: Found) -> bool:
        """A quotation of a few words, or of a phrase without a finite verb."""
        text = self.adoc.text[f.start : f.end]
        if len(text.split()) < 5:
            return True
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        return span is not None and text.rstrip()[-1:] not in ".!?…" and not any(
            t.tag_.endswith("FIN") for t in span)

    @staticmethod
    def _shows_attitude(cue: Token) -> bool:
        """"X zeigte sich optimistisch, dass …": "sich zeigen" with an adjective is a stance."""
        reflexive = any(c.tag_ == "PRF" for c in cue.children) or any(  # ("sich" hung on the adjective)
            t.tag_ == "PRF" for t in cue.doc[cue.i + 1 : cue.i + 3])
        return reflexive and any(  # (also "überzeugt", "besorgt")
            t.tag_ in {"ADJD", "VVPP"} for t in cue.doc[cue.i + 1 : cue.i + 6])

    def _said_before(self, cue: Token) -> bool:
        """"Sie sei geschockt, sagte die Königin, ihre „Gedanken sind …“": the quotation after
        the cue took it, but the Konjunktiv words before ", sagte X" are a message of their own."""
        sent = self.cues.sentence_of(cue)
        return cue.i > 0 and self.doc[cue.i - 1].text == "," and any(
            f.cue is not None and f.cue[0] == cue.idx and f.start > cue.idx for f in self.found
        ) and self.cues.has_konjunktiv([t for t in sent if t.i < cue.i and not self.cues.in_quote(t)])

    def _inside_complement(self, cue: Token, quote: Found) -> bool:
        """The quotation sits inside the cue's own Konjunktiv or dass clause ("erklärte, er
        sei „äußerst erschüttert“"), which is a claim of its own."""
        between = [t for t in self.cues.sentence_of(cue) if cue.i < t.i and t.idx < quote.start - 1]
        comma = next((j for j, t in enumerate(between) if t.text == ","), None)
        if comma is None or comma + 1 >= len(between):
            return False
        clause = between[comma + 1 :]
        if clause[0].lower_ in {"dass", "daß"} or self.cues.has_konjunktiv(clause, include_k2=True):
            return True
        # "sagte, Benedikt XVI. „ist und bleibt …“": the subject before a quotation that opens
        # with the finite verb
        opening = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        return opening is not None and opening[0].tag_.endswith("FIN") and any(
            t.pos_ in {"NOUN", "PROPN"} for t in clause) and all(
            t.pos_ in {"NOUN", "PROPN", "DET", "ADJ", "NUM"} or t.is_punct for t in clause)

    def _cue_or_source(self, sid: int, sent: SpacySpan) -> bool:
        """Claims of the sentence's speech verbs; but a reported act with a "laut X" or "X
        zufolge" inside ("Inzwischen hat er laut einer Sprecherin … ein Teilgeständnis abgelegt
        und … zugegeben") is what that source says."""
        before = len(self.found)
        if not self._cue_clause(sid, sent):
            return False
        acts = self.found[before:]
        # (or one opening "Wie X feststellt, …": "verlangt der Tatbestand …" is no act of its own;
        # a passive with no agent before "…, so X" is X's words)
        # ("Man lehne … ab, so ein DGB-Sprecher, doch …": an impersonal "man" is no source either)
        unsourced = all(f.speaker is None and (f.speaker_span is None or self.adoc.text[
            slice(*f.speaker_span)].lower() == "man") for f in acts)
        # (nor is a belief or an intention: "Nach Informationen des „Fränkischen Tags“ erwägt der
        # Konzern, die Fertigung zu verlagern" is what the paper reports)
        believed = all(self._believed(f) for f in acts) and self.sources.source_first(sent)
        if ((all(f.form == "reported" for f in acts) or unsourced) and (sent[0].lower_ == "wie" or any(
                t.lower_ in self.lex.according_before or t.lower_ in self.lex.according_after
                or (t.lower_ == "so" and t.i > sent.start and t.nbor(-1).text == ",") for t in sent))) \
                or believed:
            del self.found[before:]
            if self.sources.according_to(sid, sent):
                relayed = [f for f in self.found[before:] if f.form == "according_to"]
                outlet = relayed[0].speaker if len(relayed) == 1 else None
                if outlet is not None and outlet.type == "media" and sent[0].lower_ != "wie" \
                        and all(f.speaker is not None and f.speaker.type == "person" for f in acts):
                    # "Minister X bezeichnete die Blockade laut ANSA als …": X's act, relayed by the
                    # agency (but "Wie das „Handelsblatt“ berichtete, hat X gedroht" is the paper's account)
                    self.found.remove(relayed[0])
                    for f in acts:
                        f.via = f.via or outlet
                    self.found.extend(acts)
                return True
            self.found.extend(acts)
        self._source_before(sid, sent, acts)
        return True

    def _believed(self, found: Found) -> bool:
        """The claim's cue tells a belief or an intention ("erwägt", "hofft"), no words said."""
        return found.cue is not None and self.lex.cue_class(self.adoc.text[slice(*found.cue)]) == "belief"

    def _source_before(self, sid: int, sent: SpacySpan, acts: list[Found]) -> None:
        """A main clause with a source phrase of its own before the speech-verb claims ("Heute
        demonstrierten nach Angaben der Veranstalter 7.000 Menschen, die Polizei spricht von
        4.000")."""
        first = min((f.start for f in acts), default=None)
        if first is None or any((f.cue and f.cue[0] < first) or (f.speaker_span and f.speaker_span[0] < first)
               for f in acts):
            return  # the words before are the cue's own ("X sagte, …")
        head = [t for t in sent if t.idx + len(t) <= first]
        if len(head) > 4 and head[-1].text in {",", ";"}:
            self.sources.according_to(sid, sent[: len(head)])

    def _inside_carried_words(self, sid: int, cue: Token) -> bool:
        """A participle cue with a Konjunktiv auxiliary right after someone's words, with a pronoun
        or no subject, is part of what they go on to say ("…, betonte Kretschmer. Das habe er vor der
        Wahl versprochen, und daran halte er sich"; "Ausländern sei lediglich abgeraten worden, …")."""
        if cue.tag_ != "VVPP" or sid == 0:
            return False
        aux = [c for c in cue.children if c.dep_ in {"aux", "aux:pass"} and c.tag_.endswith("FIN")]
        if not aux or aux[0].morph.get("Mood") != ["Sub"]:
            return False
        subjects = [c for c in (*cue.children, *aux[0].children) if c.dep_ in {"nsubj", "nsubj:pass"}]
        # (a dative the parser took for the subject is none: "Ausländern sei … abgeraten worden";
        # "Einige hätten angegeben, …" are others who spoke)
        return all(c.tag_ in {"PPER", "PDS"} or c.lower_ == "man" or c.morph.get("Case") == ["Dat"]
                   for c in subjects) and any(
            f.sentence == sid - 1 and f.form != "assertion" and f.speaker is not None for f in self.found)

    def _cue_clause(self, sid: int, sent: SpacySpan) -> bool:
        """Claims introduced by speech verbs; a sentence may hold several ("Während Shakira
        erklärte, …, räumte Lopez ein, …"), but not one inside another's message."""
        toks = list(sent)
        first_comma = next((t.i for t in toks if t.text == ","), sent.end)
        unanswered = self.cues.unanswered(sent)  # "Wann …, sagte Merz nicht": an open question
        cues = [c for c in self.cues.verbs(sent) if (not self.used_cue(c) or self._said_before(c))
                and not (toks[0].lower_ == "wie" and c.i < first_comma)  # "Wie X berichtet, …"
                # "Wer jetzt nach Kürzungen rufe, müsse …": a clause about someone, no speech act
                and not (toks[0].tag_ == "PWS" and toks[0].lower_ in {"wer", "was"} and c.i < first_comma)
                and not self._sourced_after_colon(c, toks)
                and not self.cues.wie_clause_end(c, toks) and c != unanswered
                and not self._negated(c) and not self._inside_carried_words(sid, c)]
        # "Aus Regierungskreisen hieß es, man erwarte, dass …": a cue inside what "hieß es" reports
        # is part of it
        lead = next((j for j in range(len(toks) - 2) if self.sources.impersonal_cue(toks, j)
                     and any(t.text == "," for t in toks[j + 1 : j + 8])), None)
        if lead is not None:
            cues = [c for c in cues if c.i < toks[lead].i]
        if self._impersonal_after(toks, cues):
            return False  # the source pass reads the whole clause before ", hieß es aus …"
        root = next((c for c in cues if c.dep_ == "ROOT"), None)
        if cues and cues[-1].dep_ == "parataxis" and cues[-1].tag_.endswith("FIN") \
                and cues[-1].i > sent.start and self.doc[cues[-1].i - 1].text == "," \
                and (root is None or root.i < cues[-1].i):
            # "X hätten gedrängt, sagten drei vertraute Personen": the parser hung the trailing
            # cue on the reported verb
            root = cues[-1]
        if root is None:
            # "…, soll Joav Galant in einer Kabinettssitzung gesagt haben": a participle cue the
            # parse hung on the reported verb, its auxiliary right after the comma
            root = next((c for c in cues if c.tag_ == "VVPP" and self._trailing_auxiliary(c) is not None),
                        None)
        if root is not None:
            # "Ein Tief, das über der Bucht gestanden hatte, habe …, meldet die Behörde": a verb
            # in a relative clause is no cue when the main clause has one, nor is one in an
            # attribute clause of the message before ", sagte X" (or ", hatte X gesagt")
            aux = self._trailing_auxiliary(root) if root.tag_ == "VVPP" else None
            start = aux.i if aux is not None else root.i
            trailing = start > sent.start and self.doc[start - 1].text == "," \
                and not self.cues.complement_after(list(sent[root.i - sent.start + 1 :]))
            # nor, before a trailing ", sagte X" after a main clause, is any other speech verb:
            # it is part of X's message ("Das Gericht habe klargestellt, dass …, sagte der
            # Sozialdemokrat"; "14 Fälle seien gemeldet worden, die …, sagte eine Sprecherin"; not
            # "Während die Post von 100.000 sprach, sprach Reuters …", "räumte ein, …, sprach aber")
            message = trailing and self._main_clause(list(sent[: start - sent.start - 1])) and not (
                root.i + 1 < sent.end and self.doc[root.i + 1].lower_ in COORDINATING_ADVERBS)
            cues = [c for c in cues if not ((message and c.i < root.i) or (
                c.dep_.startswith("acl") and ((trailing and c.i < root.i)
                                              or any(x.tag_ in {"PRELS", "PRELAT"}
                                                     for x in c.subtree if x.i < c.i))))]
        taken: list[Found] = []
        for n, cue in enumerate(cues):
            if any(cue.idx < f.end for f in taken):
                continue
            found = self._cue_claim(sid, sent, cue, cues[n + 1 :], taken)
            if found is not None:
                taken.append(found)
        return bool(taken)

    def _addressee(self, token: Token) -> bool:
        """An object of a speech verb that is whom the words were said to ("sagte dem Spiegel, …",
        "sagte der Zeitung, …"): a dative or a medium."""
        ent = self.actors.at(token.i)
        return "Dat" in token.morph.get("Case") or (ent is not None and ent.type == "media")

    def _adverbial_tail(self, rest: list[Token], before: list[Token]) -> bool:
        """After the speaker, a subordinate clause that goes on with the reported words before the
        cue ("Man werde zusammenarbeiten, sagte er, solange diese die Souveränität respektiere"),
        not a complement of its own ("sagte er, wenn …, werde man streiken")."""
        comma = next((j for j, t in enumerate(rest) if t.text == ","), None)
        if comma is None or comma + 1 >= len(rest) or rest[comma + 1].pos_ != "SCONJ" \
                or rest[comma + 1].lower_ in {"dass", "daß", "ob"} or not self.cues.has_konjunktiv(before):
            return False
        return not any(t.text == "," and j + 1 < len(rest) and rest[j + 1].tag_.endswith("FIN")
                       for j, t in enumerate(rest) if j > comma)

    def _trailing_auxiliary(self, cue: Token) -> Token | None:
        """The auxiliary of a participle cue right after a comma, its subject between them
        ("…, hatte Merz dem „Stern“ gesagt", "…, soll Galant gesagt haben")."""
        return next((c for c in cue.children if c.dep_ == "aux" and c.i < cue.i
                     and c.lower_ in TRAILING_AUXILIARIES and self.doc[c.i - 1].text == ","
                     and any(x.dep_ in SUBJECT_DEPS and c.i < x.i < cue.i for x in cue.children)), None)

    def _impersonal_after(self, toks: list[Token], cues: list[Token]) -> bool:
        """A trailing ", hieß es (aus Parteikreisen)" or ", wie es … hieß" after a main clause
        with a speech act and no complement ("Mehrere Landesverbände verlangten eine
        Kurskorrektur, hieß es aus Parteikreisen"): the act is what the unnamed source reports,
        not a claim of its own (but "X sagte, er sei zufrieden, hieß es" stays X's)."""
        commas = [j for j, t in enumerate(toks) if t.text == "," and not self.cues.in_quote(t)]
        if not cues or not commas or commas[-1] + 2 >= len(toks):
            return False
        comma = commas[-1]
        if any(c.i > toks[comma].i for c in cues) or any(toks[j].i > cues[0].i for j in commas[:-1]):
            return False
        wie_es = toks[comma + 1].lower_ == "wie" and any(
            self.sources.hiess_es(toks, j) for j in range(comma + 2, len(toks)))
        return (wie_es or self.sources.impersonal_cue(toks, comma + 1)) and self._main_clause(toks[:comma])

    def _sourced_after_colon(self, cue: Token, toks: list[Token]) -> bool:
        """A cue before a colon after which "hieß es" names a source of its own ("Der
        Koalitionspartner sieht das skeptisch: Aus der Unionsfraktion hieß es, …"): the words
        after the colon are that source's."""
        colon = next((j for j, t in enumerate(toks) if t.text == ":" and t.i > cue.i
                      and not self.cues.in_quote(t)), None)
        return colon is not None and any(self.sources.impersonal_cue(toks, j)
                                         for j in range(colon + 1, len(toks)))

    def _same_act(self, verb: Token) -> bool:
        """Whether a coordinated cue verb carries on the act before it: a reported act without a
        subject or a complement of its own ("wertete das Urteil als zu hart und kündigte Revision
        an"; not "…, und UNICEF rief …", "sprach sich dagegen aus und sagte, …")."""
        own_subject = any(c.dep_.startswith(("nsubj", "expl")) for c in verb.children) or any(
            c.dep_.startswith("nsubj") for a in verb.children if a.dep_.startswith("aux") for c in a.children)
        return not own_subject and self.cues.cue_lemma(verb) in self.lex.reported_acts \
            and not self.cues.complement_after(list(verb.doc[verb.i + 1 : verb.sent.end]))

    def _refusal_after(self, rest: list[Token]) -> int | None:
        """The comma (token index) before a clause of the same speaker that refuses to say more
        ("bestätigte einen Vorfall, nannte aber keine Zahlen", "…, wollte aber keine Einzelheiten
        nennen"): what came before it is a claim even for a verb that is no speech act alone."""
        for j, t in enumerate(rest):
            if t.text != ",":
                continue
            clause = list(itertools.takewhile(lambda x: not x.is_punct, rest[j + 1 :]))
            own_subject = any(x.dep_ in {"nsubj", "sb"} for x in clause)
            if any(self.cues.cue_lemma(x) for x in clause) and not own_subject and any(
                    x.lower_ == "nicht" or x.lower_.startswith("kein") for x in clause):
                return t.i
        return None

    def _negated(self, cue: Token) -> bool:
        """"Lang widersprach nicht, betonte aber, …", "Namen nannte er nicht": a speech verb
        negated at the end of its clause, or whose object is "kein …", did not happen (a question
        left open is read by :meth:`CueReader.unanswered`)."""
        before = [t.lower_ for t in self.doc[max(0, cue.i - 4) : cue.i]]
        if cue.lemma_ == "nennen" and "namen" in before and "nicht" in before:
            return True  # "eine Entwicklerin, die ihren Namen nicht nennen wollte"
        if any(c.lower_ in {"niemand", "keiner"} and c.dep_ in {"nsubj", "obj"} for c in cue.children):
            return True  # "Was die Forscher finden werden, weiß noch niemand": no one says it
        if any(t.lower_ in {"nicht", "nie"} and t.head == cue for t in self.doc[cue.i + 1 : cue.i + 6]) \
                and any(t.lower_ == "zu" for t in self.doc[cue.i + 1 : cue.i + 8]) and cue.lemma_ == "äußern":
            return True  # "äußerte sich aber nicht zu den Gründen"
        # (the subject may stand between: "Einzelheiten nannte ein Sprecher des Ministeriums nicht")
        subject = {t.i for c in cue.children if c.dep_.startswith("nsubj") and c.i > cue.i for t in c.subtree}
        clause = []
        for t in self.doc[cue.i + 1 : cue.i + 8 + len(subject)]:
            if t.is_punct or t.pos_ == "CCONJ":
                break
            if t.i not in subject:
                clause.append(t)
        else:
            return False
        # "widersprach nicht", "Namen nannte er nicht", "Weitere Einzelheiten nannte sie zunächst
        # nicht", "nannte aber keine Details"
        if clause and clause[-1].lower_ == "nicht":  # (also with the subject the parse missed:
            # "Details nannte die Sängerin nicht")
            return all(t.pos_ in {"PRON", "ADV", "PART"} for t in clause[:-1]) or (
                len(clause) <= 6 and clause[0].pos_ == "DET"
                and all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "ADV"} for t in clause[1:-1]))
        kein = next((k for k, t in enumerate(clause) if t.lower_.startswith("kein")), None)
        return kein is not None and all(t.pos_ in {"PRON", "ADV", "PART"} for t in clause[:kein]) \
            and all(t.pos_ in {"ADJ", "NOUN"} for t in clause[kein + 1 :])

    def _cue_claim(self, sid: int, sent: SpacySpan, cue: Token, later: list[Token],
                   taken: list[Found]) -> Found | None:
        """The claim one cue verb introduces: the message before it ("…, sagte X"), its
        complement ("sagte, dass …"), or the act itself ("X forderte den Rücktritt")."""
        after_taken = max((f.end for f in taken), default=0)
        toks = [t for t in sent if t.idx >= after_taken]
        k = next(j for j, t in enumerate(toks) if t.i == cue.i)
        lemma = self.cues.cue_lemma(cue) or ""
        ent, sspan, stype, via = self.speakers.attribution(cue)
        if self.cues.modal_passive(cue):
            # "Nach dem Ausbruch in Rumänien ist davon auszugehen, dass …": what is to be assumed
            # has no speaker but a source phrase ("Nach Ansicht von Experten ist anzunehmen")
            found = self.speakers.source_phrase([t for t in sent if t.i < cue.i])
            ent, sspan = found if found is not None else (None, None)
            stype = SOURCE_OF[ent.type] if ent else "unattributed"
        agent = self._passive_agent(cue) if lemma not in TOPIC_VON else None
        if ent is None and sspan is None and agent is not None:
            # "Von mehreren Abgeordneten des Parlaments wurde … verlangt": the agent the parse
            # did not give the passive
            ent, sspan = self.speakers.entity_in(list(agent.subtree))
            sspan = sspan or self.speakers.phrase_span(agent)
            stype = SOURCE_OF[ent.type] if ent else "unattributed"
        if ent is None and sspan is None and any(c.dep_ == "aux:pass" for c in cue.children):
            # "Zum einen wird auf Erfahrungswerte verwiesen": a passive cue without an agent
            # goes on with the actor who spoke in the sentence before
            prev = self.recent_claim(sid, window=1)
            if prev is not None and prev.speaker is not None and not prev.planned:
                ent, sspan, stype = prev.speaker, prev.speaker_span, prev.source_type
        if ent is None and sspan is not None and self.adoc.text[sspan[0] : sspan[1]].lower() == "man" \
                and self.cues.has_konjunktiv([cue, *(c for c in cue.children if c.dep_ == "aux")]):
            # "…, kritisierte Betriebsratschef Demuth. Man erwarte, dass …": "we" of the speaker
            # before, in reported speech
            prev = self.recent_claim(sid, window=1)
            if prev is not None and prev.speaker is not None:
                ent, sspan, stype = prev.speaker, prev.speaker_span, prev.source_type
        if lemma == "zeigen" and stype not in SURVEY_TYPES and not self._shows_attitude(cue):
            subject = [t for c in cue.children if c.dep_ == "nsubj" for t in c.subtree]
            if not any(self.cues.poll(t) for t in subject):
                return None
            stype = self.cues.survey_kind(subject)  # "Eine Studie des IAB zeigt, dass …"
        kw = {"cue": (cue.idx, cue.idx + len(cue)), "via": via}
        if k >= 3 and toks[k - 1].lower_ == "so" and toks[k - 2].text == "," \
                and not any(f.cue is not None and f.cue[0] == cue.idx for f in self.found):
            # "Der Grund, so vermutet die Zeitung The Guardian, dürfte … gewesen sein": the
            # source after the cue vouches for the sentence around it
            if sspan is None or sspan[0] < cue.idx:
                close = next((j for j in range(k + 1, len(toks)) if toks[j].text == ","
                              or toks[j].pos_ == "ADP"), len(toks))
                who = [t for t in toks[k + 1 : close] if not t.is_punct]
                ent, sspan = self.speakers.entity_in(who)
                sspan, stype = sspan or noun_phrase(who), SOURCE_OF[ent.type] if ent else "unattributed"
            if sspan is not None:
                return self.add(sid, "indirect", self.trim(toks), speaker=ent, speaker_span=sspan,
                                source_type=stype, **kw)
        # the comma before the cue ("…, sagte X.") or before a pointing "das" ("…, das teilte
        # das Institut mit.")
        comma = k - 2 if k >= 4 and toks[k - 1].lower_ in {"das", "dies"} and toks[k - 2].text == "," \
            else k - 1
        # "…, ließ Müller mitteilen": the message stands before "ließ"
        let = next((j for j in range(max(1, k - 6), k) if toks[j] == cue.head and toks[j - 1].text == ","),
                   None) if cue.tag_ == "VVINF" and cue.head.lemma_ == "lassen" else None
        if let is None and cue.tag_ == "VVPP":
            # "…, hatte Nagel dem „Handelsblatt“ gesagt": the message stands before the auxiliary
            # (an indicative auxiliary with the subject after it, not "Wer ihn kritisiere, habe ihn
            # nicht gesehen")
            aux = self._trailing_auxiliary(cue)
            let = next((j for j in range(max(1, k - 12), k) if toks[j] == aux), None)
        if let is not None:
            comma = let - 1
        if comma >= 2 and toks[comma].text in {",", ";"} and toks[comma - 1].lower_ not in {"wie", "es"} \
                and (not self.cues.complement_after(toks[k + 1 :])
                     or self._adverbial_tail(toks[k + 1 :], toks[:comma])) \
                and not (k + 1 < len(toks)
                         and any(t.lower_ in COORDINATING_ADVERBS for t in toks[k + 1 : k + 3])):
            # (not "bestätigte einen Vorfall, nannte aber keine Zahlen": a second verb of the same subject)
            # "…, sagte X."  message before the cue, speaker after it
            msg = toks[:comma]
            if not self._main_clause(msg):
                # "Der Präsident, Alpha Konaré, nannte …", "Während X …, fordert Y": no message
                # before the cue; what follows it may still be one
                return self._after_cue(sid, toks, k, cue, lemma, (ent, sspan, stype), kw, taken, later)
            if sspan is not None and sspan[0] < cue.idx and not self.cues.has_konjunktiv(msg) and any(
                    t.dep_ in SUBJECT_DEPS and t.head.tag_ == "VVFIN" and self.cues.cue_lemma(t.head)
                    and any(sspan[0] <= x.idx < sspan[1] for x in t.subtree) for t in msg):
                # "X räumte die Niederlage ein, schloss einen Rücktritt aber aus": the subject of
                # the speech verb before speaks again; no message before this one (reported words
                # are one: "Die Universität habe keine Wahl, sagte sie" with the parse lost)
                return self._after_cue(sid, toks, k, cue, lemma, (ent, sspan, stype), kw, taken, later)
            if sspan is None or sspan[0] < (toks[let].idx if let is not None else cue.idx):
                ent, sspan = self.speakers.entity_in(toks[k + 1 :])
                sspan = sspan or noun_phrase(toks[k + 1 :])
                stype = SOURCE_OF[ent.type] if ent else "unattributed"
            span = self.trim(msg)
            quoted = next((f for f in self.found if f.form == "direct" and span is not None
                           and abs(f.start - span[0]) <= 1 and abs(f.end - span[1]) <= 1), None)
            if quoted is not None:  # "„Wir geben nicht nach“, sagte X, „…“": already its claim
                return quoted
            # after a colon, the message is what follows it: the quotation that opens there
            # ("Besorgt äußerte sich X: „Wir befürchten das Schlimmste“, sagte er") or the words
            # ("X zeigte sich alarmiert: Man beobachte die Lage „mit großer Sorge“, sagte ein Sprecher")
            lead = next((j for j, t in enumerate(msg) if t.text == ":"), None)
            if lead is not None:
                colon = msg[lead].idx
                opened = next((f for f in self.found if f.form == "direct" and span is not None
                               and colon < f.start <= colon + 3 and abs(f.end - span[1]) <= 1), None)
                if opened is not None:
                    return opened
                if lead + 2 < len(msg):
                    msg = msg[lead + 1 :]
                    span = self.trim(msg)
            # "Der Konzern soll … streichen, berichtet X": reportative "soll" is reported speech
            # and so is a Konjunktiv II without a first person ("Die Spieler hätten den Trainer
            # „im Stich gelassen“, sagte X"; not "Wir hätten gewinnen müssen, sagte X")
            reported = self.cues.has_konjunktiv(msg) or (
                any(t.lower_ in self.lex.reportative for t in msg)
                and not any(t.text in QUOTE_MARKS for t in msg)) or (
                (self.cues.has_konjunktiv(msg, include_k2=True) or self.cues.plural_past(msg))
                and not any(t.lower_ in FIRST_PERSON for t in msg))
            form: ClaimForm = "indirect" if reported else "direct"
            return self.add(sid, form, span, speaker=ent, speaker_span=sspan,
                            source_type=stype, **kw)
        return self._after_cue(sid, toks, k, cue, lemma, (ent, sspan, stype), kw, taken, later)

    def _after_cue(self, sid: int, toks: list[Token], k: int, cue: Token, lemma: str,
                   speaker: Speaker, kw: dict[str, object], taken: list[Found],
                   later: list[Token]) -> Found | None:
        """The claim after a cue: its complement ("sagte, dass …", "sagte: …") or the act
        itself ("X forderte den Rücktritt")."""
        ent, sspan, stype = speaker
        rest = toks[k + 1 :]
        marker = next((j for j, t in enumerate(rest)
                       if (t.lower_ in COMPLEMENT_MARKERS or t.text == ",")
                       and not self.cues.in_quote(t)), None)  # not the colon of a quoted title
        semicolon = next((j for j, t in enumerate(rest) if t.text == ";" and not self.cues.in_quote(t)), None)
        if marker is not None and semicolon is not None and semicolon < marker:
            marker = None  # "wurden auf den Zivilrechtsweg verwiesen; ob sie …, ist fraglich": a new clause
        judged = self.cues.judged_as(cue)
        if judged and marker is not None and rest[marker].text == "," and not (
                rest[marker + 1 : marker + 2] and (rest[marker + 1].tag_ == "PRELS"
                                                   or rest[marker + 1].lower_ in {"dass", "daß"})) \
                and not self.cues.has_konjunktiv(self.cues.clause_end(rest[marker + 1 :])):
            # "stufte das Gesetz als verfassungswidrig ein, und UNICEF rief …": what follows the
            # judgement is no complement of it (but "als „Deal“, der … stärken werde", "sah es
            # als erwiesen an, dass …" and "hält … für unwahrscheinlich, da … sei" may be)
            marker = None
        if marker is not None and rest[marker].text == ",":
            # "meldete der Radiosender, Radio Vatikan, dass …": an apposition between commas
            close = next((j for j in range(marker + 1, min(marker + 8, len(rest) - 1))
                          if rest[j].text == ","), None)
            # (no clause of its own: "betonte, der Beschluss bedeute nicht, dass …" with the verb
            # tagged as an adverb; an apposition's lower-case words are articles and adjectives)
            if close is not None and rest[close + 1].lower_ in {"dass", "daß", "ob"} \
                    and not any(t.pos_ in {"VERB", "AUX"} or (t.is_lower and t.pos_ not in {"DET", "ADJ"})
                                for t in rest[marker + 1 : close]):
                marker = close
        if marker is not None:
            msg = rest[marker + 1 :] if rest[marker].text in {",", ":"} else rest[marker:]
            particle = next((j for j, t in enumerate(msg) if (t.dep_ == "compound:prt" and t.head == cue) or (
                t.tag_ == "PTKVZ" and lemma.startswith(t.lower_))), None)
            if particle is not None and particle + 2 < len(msg) and msg[particle + 1].text == "," \
                    and msg[particle - 1].text == ",":
                # "warf Obama, nachdem … wurde, vor, er habe …": the words follow the particle
                msg = msg[particle + 2 :]
            free_relative = self._free_relative_front(msg)
            if not free_relative:  # (a free relative clause's comma ends no clause)
                msg = self.cues.clause_end(msg)
            # "Die Rede hielt X, die betonte, …": the relative clause has a speech verb of its own
            relative = bool(msg) and rest[marker].text == "," and msg[0].tag_ in {
                "PRELS", "PDS"} and any(t in later for t in msg[1:4])
            # "Er bezeichnete X als Y und forderte Z auf, …": the complement is the later cue's
            owned = any(t in later for t in rest[:marker])
            complement = not relative and not owned and (rest[marker].text != "," or (
                self.cues.has_konjunktiv(msg, include_k2=True) or self.cues.infinitive(msg)
                or (msg and msg[0].lower_ in {"dass", "daß", "ob", "wie", "wo", *TOPIC_WORDS})
                or (lemma in VERB_SECOND_CUES and self._verb_second(msg)
                    and not any(t.head == cue and t.dep_ in {"obj", "obl:arg"} and not self._addressee(t)
                                for t in rest[:marker]))))
            if complement and rest[marker].text == "," and self._adverbial_clause(msg, cue):
                complement = False  # "…, nachdem er nicht mehr zu sehen war"
            if complement and msg and msg[0].tag_ in {"PRELS", "PRELAT"} \
                    and any(t.lemma_ == "vorliegen" for t in msg):
                # "unter Berufung auf einen Bericht, der der Zeitung vorliege": the document
                complement = False
            if complement and rest[marker].text == "," and self.cues.second_verb(rest, marker):
                complement = False  # "begrüßte das Engagement, warnte aber davor, …": a second verb
            if msg and msg[0].lower_ in TOPIC_WORDS and lemma != "fragen" and not free_relative:
                complement = False  # "erklärt sie, was jetzt zu tun ist": a topic, not what she says
            if complement:
                span = self.trim(self._until_next_clause(msg, later))
                quoted = next((f for f in self.found if f.form == "direct" and span is not None
                               and abs(f.start - span[0]) <= 1 and abs(f.end - span[1]) <= 1), None)
                reader = self.relayed_evidence(sid, cue, ent)
                if reader is not None:
                    ent, sspan, stype = reader.speaker, reader.speaker_span, reader.source_type
                form = "according_to" if stype in SURVEY_TYPES else "indirect"
                if quoted is not None:  # "erklärte: „Wir sind bereit.“": the quotation is the claim
                    return quoted
                return self.add(sid, form, span, speaker=ent, speaker_span=sspan, source_type=stype, **kw)
        # "X berichtete von einem Unwetter"; "berichten im Fachjournal „Nature“ von …" (but
        # "meldet … vom Flughafen Bremen" is where the numbers come from)
        reach = 6 if lemma in {"berichten", "schreiben"} else 3
        about = lemma in {"berichten", "melden", "schreiben"} and any(
            t.lower_ in {"von", "vom", "über"} and not self.cues.in_quote(t) for t in rest[:reach])
        # the act's content follows the cue ("X forderte einen Aufnahmestopp") or, with the
        # participle at the end, precedes it ("Die CDU hatte Aufklärung gefordert.")
        negated = toks[k - 1].lower_ in {"nicht", "keine", "keiner"}  # "wurde … nicht genannt"
        final = cue.tag_ == "VVPP" and len(rest) <= 1 and k >= 3 and (any(
            c.dep_ == "aux" and c.lower_ in {"hat", "haben", "hatte", "hatten"} for c in cue.children) or (
                not negated and self._passive_agent(cue) is not None))
        # (also a pluperfect: "Die Staatsanwältin hatte viereinhalb Jahre Haft gefordert" is her
        # demand, though SpkAtt's gold mostly leaves such background out; a passive with its
        # agent: "Eine Untersuchung wurde von den Vereinten Nationen gefordert")
        # "X zieht sich zurück. Das kündigte X an": the sentence before is the claim (but "Laut
        # „Kicker“ …. Das dementierte der Verein": a denial of a claim is one of its own)
        pointing = k == 1 and toks[0].lower_ in {"das", "dies"} and sid > 0 \
            and self.adoc.kind(sid - 1) in {"body", "teaser"} \
            and not any(f.sentence == sid - 1 for f in self.found)
        # "Dies gab die Polizei bekannt", "gaben diese Ergebnisse bekannt": what was announced came
        # before, told already; no claim of its own
        demonstrative = sid > 0 and lemma == "bekanntgeben" and any(
            t.head == cue and t.dep_ in {"nsubj", "obj", "nsubj:pass"} and (
                (t.tag_ == "PDS" and t.lower_ in {"das", "dies", "dieses"})
                or (t.dep_ != "nsubj" and any(c.tag_ == "PDAT" and c.dep_ == "det" for c in t.children)))
            for t in toks)
        refused = self._refusal_after(rest)
        # "Das Regierungspräsidium halte dies für …", "Bisher habe die Regierung … ausgeschlossen"
        # right after reported words: the speaker before reports the act, it is no claim of its own
        relayed = self._relayed(sid, cue)
        judged = judged and not relayed
        if judged and self.lex.cue_strength.get(lemma) != "denial":
            # "feierte die Absage als „großen Erfolg“": the quoted words are the claim (but
            # "wies den Bericht als „Spekulation“ zurück" is a denial of the report)
            clause = self.cues.clause_of(cue)
            quoted = next((f for f in self.found if f.form == "direct" and f.sentence == sid
                           and clause[0].idx <= f.start < clause[-1].idx + len(clause[-1])), None)
            if quoted is not None:
                return quoted
        # ("sprach mit Journalisten über die Lage" tells whom someone talked to, not what was said;
        # "sprach von einem Skandal" and "spricht offen über eine Koalition" are acts)
        topic_only = lemma == "sprechen" and not any(t.lower_ in {"von", "vom"} for t in toks) and (any(
            t.lower_ == "mit" and t.head.head == cue for t in toks)
            # ("Als er auf die Rentenpläne zu sprechen kam": he came to the subject)
            or (k > 0 and toks[k - 1].lower_ == "zu" and any(t.lemma_ == "kommen" for t in toks)))
        # ("Tausende Bauherren gingen leer aus": no "von", no assumption)
        topic_only = topic_only or (lemma == "ausgehen" and not any(t.lower_ in {"von", "vom", "davon"}
                                                                    for t in self.cues.clause_of(cue)))
        # ("Einzelheiten nannte er nicht": what was withheld, no claim; "gab nähere Einzelheiten
        # bekannt": that something was told, not what)
        topic_only = topic_only or (lemma in {"nennen", "bekanntgeben"} and any(
            t.lower_ in {"nicht", "keine", "keinen", "keinerlei", "einzelheiten", "details"}
            for t in self.cues.clause_of(cue)))
        # ("verwies Caduff auf den zweiten Platz": a race won, not a reference)
        topic_only = topic_only or (lemma == "verweisen" and any(
            t.lower_ in {"platz", "plätze", "rang", "ränge"} for t in self.cues.clause_of(cue)))
        # ("Als Grund wurde ein Defekt angegeben": a reason given, by someone unnamed)
        unnamed = judged and lemma in self.lex.reason_verbs and any(
            c.dep_ == "aux:pass" for c in cue.children)
        if (lemma in self.lex.reported_acts or about or refused is not None or judged) \
                and (ent or sspan or unnamed) \
                and (len(rest) >= 2 or final or judged) and not taken and not pointing and not relayed \
                and not topic_only and not demonstrative:
            # "X forderte einen Aufnahmestopp", "Die Polizei geht von Suizid aus": the act
            # with its content; the claim is the whole clause, speaker included
            # (a later act of the same subject stays in the claim: "wertete das Urteil als zu hart
            # und kündigte Revision an"; one with a subject of its own does not: "…, und UNICEF rief …")
            end = next((j for j, t in enumerate(toks) if t.i > cue.i and (t.text == ";" or (
                (t.lower_ in {"und", "aber", "sondern"} or (
                    t.text == "," and self.sources.opens_main_clause(toks, j)))  # "…, Löw bezeichnete …"
                and toks[j + 1 : j + 2] and any(x in later and (t.text == "," or not self._same_act(x))
                                                for x in toks[j + 1 : j + 6])))), len(toks))
            if refused is not None:  # "bestätigte einen Vorfall, nannte aber keine Zahlen"
                end = min(end, next(j for j, t in enumerate(toks) if t.i == refused))
            # "nannte die Bewerbung „sehr respektabel“ stellte aber fest, …": a later cue verb
            # right after a quotation opens the next act
            end = min(end, next((j for j in range(k + 1, end - 1) if toks[j].text in CLOSING_QUOTES
                                 and toks[j + 1] in later and toks[j + 1].tag_ == "VVFIN"), end - 1) + 1)
            comma = max((j for j in range(k + 1, end) if toks[j].text == ","), default=None)
            if end < len(toks) and comma is not None and any(
                    t.tag_.endswith("FIN") for t in toks[comma + 1 : end]):
                end = comma  # "warnte vor hohen Kosten, wollte aber keine Zahlen nennen"
            return self.add(sid, "reported", self.trim(toks[self._clause_start(toks, k) : end]),
                            speaker=ent, speaker_span=sspan, source_type=stype, **kw)
        return None
