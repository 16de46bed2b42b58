"""Pronouns and possessives resolved to the person they refer back to (``er``, ``sie``,
``dieser``, ``letzterer``, ``sein``), by agreement and salience, or to the organisation a subject
pronoun right after an organisation's sentence means (``Sie``, ``Er``, ``Es``, plural ``Sie``)."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors.index import (
    ActorIndex,
    Entity,
    Mention,
    noun_base,
)
from generator.analysis.phrases import CLOSING_QUOTES

# pronouns that refer back to a person the text named (see ActorFinder.resolve_pronoun)
ORDINAL_PRONOUNS = frozenset({"letztere", "letzterer", "erstere", "ersterer"})  # the last / first named
PERSON_PRONOUNS = frozenset({"er", "sie", "dieser"}) | ORDINAL_PRONOUNS
# object pronouns resolved only where a source phrase or "zitieren" asks ("Ihm zufolge …", "zitierte
# ihn die Zeitung")
OBJECT_PRONOUNS = {"ihm": "m", "ihr": "f", "ihn": "m"}
SALIENCE_SENTENCES = 2  # sentences before a pronoun's in which a subject antecedent comes first
# members of a body who speak for it in the plural ("Forscher der Universität Kiel … Sie")
SPEAKING_GROUPS = frozenset({"forscher", "wissenschaftler", "wissenschafter", "experte", "experten",
                             "vertreter", "sprecher", "analyst", "analysten", "ermittler", "mitarbeiter",
                             "ärzte", "juristen"})
# the antecedent is an organisation the text names by a noun alone: the pronoun is no actor
BLOCKED = Entity("blocked", "", "organization")


class PronounResolution(ActorIndex):
    """Pronoun and possessive resolution."""

    def resolve_pronoun(self, token: Token) -> Entity | None:
        """The person an "er"/"sie" (singular) or "dieser" refers to (the most salient one
        mentioned before), or "letztere" / "erstere" (the last / the one before); the
        organisation a subject "Sie"/"Er"/"Es" or plural "Sie" right after its sentence means."""
        lower = token.lower_
        if lower == "es":  # "Das Landesamt hat Proben entnommen. Es hält …": a neuter organisation
            body = self._organisation_subject_before(token, None)
            if body is None or body is BLOCKED:
                return None
            self.attach(body, self.mention(token.i, token.i + 1, "pronoun"))
            return body
        if (lower not in PERSON_PRONOUNS and lower not in OBJECT_PRONOUNS) \
                or (lower == "dieser" and token.pos_ != "PRON"):
            return None
        if lower in ORDINAL_PRONOUNS and token.i + 1 < len(self.doc) \
                and self.doc[token.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
            return None  # "Erstere Alternative": an adjective, not a pronoun
        if lower == "sie" and "Plur" in token.head.morph.get("Number"):
            return self._plural_subject_before(token)
        gender = {"er": "m", "sie": "f", **OBJECT_PRONOUNS}.get(lower)  # "Er" is not Angela Merkel
        unnamed, spokes = self._unnamed_subject_before(token, gender)
        if spokes is not None:
            self.attach(spokes, self.mention(token.i, token.i + 1, "pronoun"))
        if unnamed:
            return spokes
        body = self._organisation_subject_before(token, gender)
        if body is BLOCKED:
            return None
        if body is not None:
            self.attach(body, self.mention(token.i, token.i + 1, "pronoun"))
            return body
        before = self._before_message(token)
        persons = [e for e in self.entities.values() if e.type == "person"
                   and any(m.tok_start < before and not (before < token.i and self._in_quotation(m.start))
                           for m in e.mentions)
                   and self._agrees(e, gender)]
        if not persons:
            return None
        if lower in ORDINAL_PRONOUNS:
            # "so letztere": the person named last; "erstere": the one named before that
            last = sorted(persons, key=lambda e: -self._last_before(e, token.i))
            ent = last[0] if lower.startswith("letzter") or len(last) < 2 else last[1]
            self.attach(ent, self.mention(token.i, token.i + 1, "pronoun"))
            return ent
        window = self._salience_window(token)
        # (when someone is named in the pronoun's paragraph before it, a subject of an earlier
        # paragraph is no more salient: "…, sagte Firmenchef Walter Bauer. Der 63-Jährige führt
        # das Unternehmen. ¶ Zum Insolvenzverwalter bestellte das Gericht Michael Jaffke. Er
        # kündigte an": Jaffke)
        block = self.adoc.block_of[self.adoc.sentence_at(token.idx)]
        local = block if any(self.adoc.block_of[self.adoc.sentence_at(m.start)] == block
                             for e in persons for m in e.mentions if m.tok_start < before) else None
        ent = max(persons, key=lambda e: self._salience(e, before, window, local))
        self.attach(ent, self.mention(token.i, token.i + 1, "pronoun"))
        return ent

    def _organisation_subject_before(self, pronoun: Token, gender: str | None,
                                     possessive: bool = False) -> Entity | None:
        """What a subject "sie"/"er"/"es" opening a sentence refers to when the sentence before has
        an organisation as its subject, of the pronoun's grammatical gender, and names no person
        of that gender ("Die Bundesanwaltschaft wirft dem Mann Mord vor. Sie stuft …"; "Das
        Landesamt hat Proben entnommen. Es hält …"; not "Die Polizei nahm die Fahrerin Lisa Kurz
        fest. Sie sagte, …"). ``BLOCKED`` when the text names the organisation by a noun alone
        ("Der Hausärzteverband kritisierte das Ministerium. Er warf Lauterbach vor"): then the
        pronoun is nobody the text names, not a person named before."""
        if not self.doc.has_annotation("DEP") or (pronoun.dep_ not in {"nsubj", "sb"} and not possessive) \
                or pronoun.sent.start == 0 or pronoun.i - pronoun.sent.start > 3:
            return None  # (or a possessive opening the sentence: "… Nach ihren Angaben")
        before = self.doc[pronoun.sent.start - 1].sent
        if self.adoc.kind(self.adoc.sentence_at(before.start_char)) not in {"body", "teaser"}:
            return None
        t = next((t for t in before if t.dep_ in {"nsubj", "sb"} and t.head == before.root), None)
        if t is None or t.pos_ not in {"NOUN", "PROPN"}:
            return None
        det = next((c for c in t.children if c.dep_ == "det"), None)
        marked = det.morph if det is not None else t.morph if t.pos_ == "NOUN" else None
        wanted = {"f": "Fem", "m": "Masc", None: "Neut"}[gender]
        if marked is None or marked.get("Number") != ["Sing"] or marked.get("Gender") != [wanted]:
            return None
        if any(e.type == "person" and self._agrees(e, gender) for x in before
               if (e := self.at(x.i)) is not None):
            return None  # a person of that gender is in the sentence too: the usual resolution
        key = self.token_entity.get(t.i) or next(  # "Die ungarische Regierung": Hungary
            (k for c in t.children if c.dep_ == "amod" and (k := self.token_entity.get(c.i))
             and self.entities[k].type == "state" and self.lex.state_organ(t.lower_)), None)
        if key is None and t.i + 1 < before.end:  # "Die Gewerkschaft Verdi will …. Sie fordert": the name
            key = self.token_entity.get(t.i + 1)
        if key is not None and self.entities[key].type in {"organization", "media", "state"}:
            return self.entities[key]
        if key is None and noun_base(t, self.organisation_nouns) is not None:
            return BLOCKED
        return None

    def _plural_subject_before(self, pronoun: Token) -> Entity | None:
        """What a plural subject "sie" opening a sentence refers to: the actor named in the plural
        subject of the sentence before ("Wissenschafter der Aga Khan University machen … Sie
        gehen davon aus"; "Experten warnen … Sie fordern")."""
        # (also right after the verb that closes reported words: "…, schreiben sie.")
        closing = pronoun.i >= 2 and pronoun.head == pronoun.nbor(-1) and pronoun.nbor(-2).text == ","
        if not self.doc.has_annotation("DEP") or pronoun.dep_ not in {"nsubj", "sb"} \
                or pronoun.sent.start == 0 or (pronoun.i - pronoun.sent.start > 3 and not closing):
            return None
        before = self.doc[pronoun.sent.start - 1].sent
        lead = self._group_lead(before)
        if lead is not None:  # "Die Forscher um Lena Hartwig …. Sie": her team, named by her
            self.attach(lead, self.mention(pronoun.i, pronoun.i + 1, "pronoun"))
            return lead
        t = next((t for t in before if t.dep_ in {"nsubj", "sb"} and t.head == before.root), None)
        if t is None or t.pos_ not in {"NOUN", "PROPN"} or "Plur" not in (
                *t.morph.get("Number"), *before.root.morph.get("Number")):
            return None
        # the actor the subject names, or whose researchers or representatives it names (not
        # "Anwohner der Stadt Köln": residents are not the city)
        speaking = noun_base(t, SPEAKING_GROUPS) is not None
        ent = self.at(t.i) or next((e for x in t.subtree if speaking and (e := self.at(x.i)) is not None
                                    and e.type in {"organization", "state", "media"}), None)
        if ent is None or ent.type == "person":
            return None
        self.attach(ent, self.mention(pronoun.i, pronoun.i + 1, "pronoun"))
        return ent

    def _group_lead(self, sent: SpacySpan) -> Entity | None:
        """The person whose team opens a sentence (the team pass made "Die Forschenden um Lena
        Hartwig" a mention of her; "Forscher um den Biologen Tim Berg haben …")."""
        k = sent.start + (1 if sent[0].pos_ == "DET" else 0)
        ent = self.at(k)
        m = next((m for m in ent.mentions if m.tok_start <= k < m.tok_end), None) if ent is not None else None
        return ent if m is not None and ent.type == "person" and m.kind == "role" \
            and k + 1 < sent.end and self.doc[k + 1].lower_ == "um" else None

    @cached_property
    def organisation_nouns(self) -> frozenset[str]:
        """Nouns (and compound heads) that name a kind of organisation."""
        return frozenset({*self.lex.entities.get("association_nouns", ()), *self._generic,
                          *self.lex.entities.get("company_nouns", ()), *self.lex.institution_nouns,
                          *self.lex.body_nouns, "fraktion", "partei", "gewerkschaft", "regierung",
                          "kommission", "ausschuss", "gremium", "komitee", "bund"})

    def _before_message(self, pronoun: Token) -> int:
        """Where the antecedents of a pronoun may be: before its token, or, for the speaker of a
        cue after its message (", sagte er", "“, sagte sie"), before that message: a person named
        in what is said is not who says it ("Sie zeigten, dass Putin keinen Frieden wolle, sagte
        er"; "„Merz hat versagt“, sagte er")."""
        cue = pronoun.head
        if not (cue.i < pronoun.i and cue.i > 0 and cue.lower_ in self.lex.cue_forms
                and self.doc[cue.i - 1].text in {",", *CLOSING_QUOTES}):
            return pronoun.i
        before = self.doc[cue.i - 1]
        if before.text in CLOSING_QUOTES:  # the quotation that ends before the cue
            start = max((qs for qs, qe in self.adoc.quotes if qe <= before.idx + 1), default=-1)
            found = self.doc.char_span(start, start + 1, alignment_mode="expand") if start >= 0 else None
            return found.start if found is not None else pronoun.sent.start
        # "…: Die Lage sei ernst, sagte er": the clause after a colon, else the sentence
        colon = [t.i for t in self.doc[pronoun.sent.start : cue.i] if t.text == ":"]
        return colon[-1] + 1 if colon else pronoun.sent.start

    def resolve_possessive(self, token: Token) -> Entity | None:
        """The person a possessive in a source phrase refers to ("nach seinen Worten", "ihrer
        Ansicht nach"): the most salient one of that gender mentioned before."""
        lower = token.lower_
        gender = "m" if lower.startswith("sein") else "f" if lower.startswith("ihr") else None
        if gender is None or token.tag_ not in {"PPOSAT", ""}:
            return None
        unnamed = self._unnamed_speaker_before(token, gender)
        if unnamed is not None:
            return unnamed
        body = self._organisation_subject_before(token, gender, possessive=True)
        if body is BLOCKED:
            return None
        if body is not None:  # "Die UN-Mission in Nepal zeigte sich besorgt. Nach ihren Angaben …"
            return body
        persons = [e for e in self.entities.values() if e.type == "person"
                   and any(m.tok_start < token.i for m in e.mentions) and self._agrees(e, gender)]
        if not persons:
            return None
        window = self._salience_window(token)
        return max(persons, key=lambda e: self._salience(e, token.i, window))

    def _unnamed_speaker_before(self, token: Token, gender: str) -> Entity | None:
        """The unnamed source that is the subject of the sentence before, of the possessive's
        gender, when the possessive's own sentence names no person before it ("Ein hoher
        EU-Beamter sagte der dpa, …. Nach seinen Worten wäre das kompliziert")."""
        sent = token.sent
        if not self.doc.has_annotation("DEP") or sent.start == 0 or any(
                (e := self.at(t.i)) is not None and e.type == "person" for t in sent if t.i < token.i):
            return None
        before = self.doc[sent.start - 1].sent
        t = next((t for t in before if t.dep_ in {"nsubj", "sb"} and t.head == before.root), None)
        ent = self.at(t.i) if t is not None and t.pos_ == "NOUN" else None
        if ent is None or ent.type != "anonymous" or "Plur" in t.morph.get("Number"):
            return None
        return ent if t.lower_.endswith("in") == (gender == "f") else None

    def _salience_window(self, pronoun: Token) -> int | None:
        """First token of the sentence ``SALIENCE_SENTENCES`` before the pronoun's (None
        without a parse)."""
        if not self.doc.has_annotation("DEP"):
            return None
        return self.window_start(pronoun.i, SALIENCE_SENTENCES + 1)

    def _salience(self, ent: Entity, pronoun: int, window: int | None,
                  block: int | None = None) -> tuple[bool, int]:
        """Rank of a candidate antecedent: a person who was a subject since ``window`` (and in
        paragraph ``block``, if given) comes first ("Nach Gesprächen sei er zu dem Schluss
        gekommen, dass er zu keiner anderen Lagebeurteilung als der Bundeskanzler komme. Die
        Bürger forderte er auf"), then the most recently mentioned."""
        before = [m for m in ent.mentions if m.tok_start < pronoun]
        # (words about someone inside another's quotation make nobody salient: "„Die
        # Oberbürgermeisterin legt uns …“, so Margit Hoffmann. Sie kündigte an")
        before = [m for m in before if not self._in_quotation(m.start)] or before
        last = max(m.tok_start for m in before)
        subject = window is not None and any(
            m.tok_start >= window and self._subject_mention(m)
            and (block is None or self.adoc.block_of[self.adoc.sentence_at(m.start)] == block)
            for m in before)
        return subject, last

    def _subject_mention(self, m: Mention) -> bool:
        """The mention is a clause subject (or a name apposed to one: "er, Köhler,")."""
        head = self.doc[m.tok_start]
        while head.head.i != head.i and m.tok_start <= head.head.i < m.tok_end:
            head = head.head
        if head.dep_ in {"appos", "flat", "flat:name"} and head.head.i != head.i:
            head = head.head
        # (not a name the parser made a relative clause's second subject: "Schulze, der Haseloff
        # nachfolgen soll": the relative pronoun is the subject, Haseloff the object)
        return head.dep_ in {"nsubj", "nsubj:pass"} and not any(
            c.tag_ == "PRELS" and c.dep_ in {"nsubj", "nsubj:pass"} and c is not head
            for c in head.head.children)
