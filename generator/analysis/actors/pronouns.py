"""Pronouns and possessives resolved to the person they refer back to (``er``, ``sie``,
``dieser``, ``letzterer``, ``sein``), by agreement and salience."""

from __future__ import annotations

from spacy.tokens import Token

from generator.analysis.actors.index import (
    PERSON_NOUN_RE,
    SPOKES_NOUNS,
    ActorIndex,
    Entity,
    Mention,
    noun_base,
)

# pronouns that refer back to a person the text named (see ActorFinder.resolve_pronoun)
ORDINAL_PRONOUNS = frozenset({"letztere", "letzterer", "erstere", "ersterer"})  # the last / first named
PERSON_PRONOUNS = frozenset({"er", "sie", "dieser"}) | ORDINAL_PRONOUNS
SALIENCE_SENTENCES = 2  # sentences before a pronoun's in which a subject antecedent comes first


class PronounResolution(ActorIndex):
    """Pronoun and possessive resolution."""

    def resolve_pronoun(self, token: Token) -> Entity | None:
        """The person an "er"/"sie" (singular) or "dieser" refers to (the most salient one
        mentioned before), or "letztere" / "erstere" (the last / the one before)."""
        lower = token.lower_
        if lower not in PERSON_PRONOUNS or (lower == "dieser" and token.pos_ != "PRON"):
            return None
        if lower in ORDINAL_PRONOUNS and token.i + 1 < len(self.doc) \
                and self.doc[token.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
            return None  # "Erstere Alternative": an adjective, not a pronoun
        if lower == "sie" and "Plur" in token.head.morph.get("Number"):
            return None
        gender = {"er": "m", "sie": "f"}.get(lower)  # "Er" is not Angela Merkel
        unnamed, spokes = self._unnamed_subject_before(token, gender)
        if spokes is not None:
            self.attach(spokes, self.mention(token.i, token.i + 1, "pronoun"))
        if unnamed:
            return spokes
        persons = [e for e in self.entities.values() if e.type == "person"
                   and any(m.tok_start < token.i for m in e.mentions)
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
        ent = max(persons, key=lambda e: self._salience(e, token.i, window))
        self.attach(ent, self.mention(token.i, token.i + 1, "pronoun"))
        return ent

    def resolve_possessive(self, token: Token) -> Entity | None:
        """The person a possessive in a source phrase refers to ("nach seinen Worten", "ihrer
        Ansicht nach"): the most salient one of that gender mentioned before."""
        lower = token.lower_
        gender = "m" if lower.startswith("sein") else "f" if lower.startswith("ihr") else None
        if gender is None or token.tag_ not in {"PPOSAT", ""}:
            return None
        persons = [e for e in self.entities.values() if e.type == "person"
                   and any(m.tok_start < token.i for m in e.mentions) and self._agrees(e, gender)]
        if not persons:
            return None
        window = self._salience_window(token)
        return max(persons, key=lambda e: self._salience(e, token.i, window))

    def _unnamed_subject_before(self, pronoun: Token, gender: str | None) -> tuple[bool, Entity | None]:
        """Whether the subject of the sentence before is an unnamed person or source the subject
        pronoun of the same gender refers to, and its actor: an unnamed spokesperson or source
        ("Ein Sprecher des Klinikums wollte das nicht bestätigen. Er verwies auf …"), or no actor
        for a role noun the text never names ("Sein Anwalt bestreitet die Vorwürfe. Sein
        Mandant habe nichts damit zu tun, sagte er": not the minister named before)."""
        if gender is None or not self.doc.has_annotation("DEP") or pronoun.dep_ not in {"nsubj", "sb"} \
                or pronoun.sent.start == 0:
            return False, None
        before = self.doc[pronoun.sent.start - 1].sent
        t = next((t for t in before if t.dep_ in {"nsubj", "sb"} and t.head == before.root), None)
        if t is None or t.pos_ != "NOUN" or (t.lower_.endswith("in")) != (gender == "f"):
            return False, None
        key = self.token_entity.get(t.i)
        named = any(self.at(x.i) is not None and self.at(x.i).type == "person" for x in t.subtree)
        if key is None and named:
            return False, None  # "Der Vizekanzler … Franz Müntefering (SPD), hat …"
        if key is None:  # an unnamed role ("Sein Anwalt"): whoever it is, not someone named
            lemma = t.lemma_.lower()
            return (self.is_role(t) or PERSON_NOUN_RE.search(lemma) is not None) and \
                "Plur" not in t.morph.get("Number"), None
        mention = next((m for m in self.entities[key].mentions if m.tok_start <= t.i < m.tok_end), None)
        if mention is None or mention.kind not in {"role", "anonymous", "compound"} \
                or self.entities[key].type == "person" \
                or noun_base(t, SPOKES_NOUNS | self.lex.anonymous_nouns) is None:
            return False, None
        return True, self.entities[key]

    def _salience_window(self, pronoun: Token) -> int | None:
        """First token of the sentence ``SALIENCE_SENTENCES`` before the pronoun's (None
        without a parse)."""
        if not self.doc.has_annotation("DEP"):
            return None
        window = pronoun.sent.start
        for _ in range(SALIENCE_SENTENCES):
            window = self.doc[window - 1].sent.start if window > 0 else 0
        return window

    def _salience(self, ent: Entity, pronoun: int, window: int | None) -> tuple[bool, int]:
        """Rank of a candidate antecedent: a person who was a subject since ``window`` comes
        first ("Nach Gesprächen sei er zu dem Schluss gekommen, dass er zu keiner anderen
        Lagebeurteilung als der Bundeskanzler komme. Die Bürger forderte er auf"), then the
        most recently mentioned."""
        before = [m for m in ent.mentions if m.tok_start < pronoun]
        last = max(m.tok_start for m in before)
        subject = window is not None and any(
            m.tok_start >= window and self._subject_mention(m) for m in before)
        return subject, last

    def _subject_mention(self, m: Mention) -> bool:
        """The mention is a clause subject (or a name apposed to one: "er, Köhler,")."""
        head = self.doc[m.tok_start]
        while head.head.i != head.i and m.tok_start <= head.head.i < m.tok_end:
            head = head.head
        if head.dep_ in {"appos", "flat", "flat:name"} and head.head.i != head.i:
            head = head.head
        return head.dep_ in {"nsubj", "nsubj:pass"}
