"""The actor some words name: the first actor in a phrase (pronouns resolved; possessors,
demonyms and quoted names aside), the antecedent of a relative pronoun, and the source an
according-to phrase ("laut X", "nach Angaben von X") or an opening "Für X" names."""

from __future__ import annotations

from spacy.tokens import Token

from generator.analysis.actors import PERSON_PRONOUNS, SPOKES_NOUNS, Entity, Mention, noun_base
from generator.analysis.phrases import (
    ENTOURAGE_NOUNS,
    NAMED_FOR,
    OPENING_QUOTES,
    np_end,
    np_start_before,
    participle_attribute_end,
)
from generator.analysis.speakers.base import SOURCE_OF, Speaker, SpeakerBase

# actor types whose view "Für X ist …" states (not a state or place: "Für Deutschland ist …")
VIEW_HOLDERS = frozenset({"person", "organization", "media", "anonymous"})
CHAIR_NOUNS = frozenset({"vorsitz", "leitung", "führung", "federführung"})  # "unter Vorsitz von X"


def without_attributes(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the agents of participle attributes (in "des von der Hamas
    kontrollierten Gesundheitsministeriums" the ministry is named, not the Hamas) and without a
    chair or leader after a group noun ("Die Jury unter Vorsitz der Regisseurin X": the jury)."""
    inside: set[int] = set()
    for k in range(len(tokens)):
        end = participle_attribute_end(tokens, k)
        if end is not None:
            inside.update(range(k + 1, end + 1))
        if k > 0 and tokens[k].lower_ == "unter" and k + 1 < len(tokens) \
                and tokens[k + 1].lower_ in CHAIR_NOUNS and tokens[k - 1].pos_ == "NOUN":
            inside.update(range(k, len(tokens)))
    return [t for k, t in enumerate(tokens) if k not in inside]


class EntityWords(SpeakerBase):
    """The actors words name."""

    def entity_in(self, tokens: list[Token]) -> tuple[Entity | None, tuple[int, int] | None]:
        """The first actor named in ``tokens`` (pronouns resolved), with its char span; a role or
        unnamed-source noun gives way to a person named in the same words ("die Sprecherin der
        Fraktion, Sandra Boser," is Boser, whoever "die Sprecherin" referred to before)."""
        for token in tokens:
            ent = self.actors.at(token.i)
            if ent:
                mention = next((m for m in ent.mentions if m.tok_start <= token.i < m.tok_end), None)
                if mention is not None and mention.kind in {"role", "anonymous"}:
                    # an unnamed source only for a name apposed after a comma, not for any name
                    # in its phrase ("nach Einschätzung der Ermittler … des Jungen Rhys Jones")
                    named = next((e for t in tokens if (e := self.actors.at(t.i)) is not None
                                  and e is not ent and e.type == "person" and any(
                                      m.kind == "name" and m.tok_start <= t.i < m.tok_end
                                      for m in e.mentions)
                                  and (mention.kind == "role" or self.doc[t.i - 1].text == ",")), None)
                    if named is not None:
                        ent = named
                        mention = next(m for m in named.mentions if m.kind == "name"
                                       and any(m.tok_start <= t.i < m.tok_end for t in tokens))
                if mention is not None and mention.kind == "adjective" and not self._organ_after(token):
                    continue  # "britische Moslems" are not Britain speaking
                if mention is not None and mention.kind == "platform":
                    continue  # "Auf Facebook schrieb sie": where, never who
                if ent.type == "state" and mention is not None and mention.tok_start >= 2 \
                        and self.doc[mention.tok_start - 1].lower_ == "in" \
                        and not self.lex.state_organ(self.doc[mention.tok_start - 2].lower_):
                    continue  # "44 Prozent der Befragten in Nordrhein-Westfalen": where, not who
                if mention is not None and self.cues.inside_quoted_name(mention.start, mention.end) and not (
                        ent.type in {"media", "organization"} and mention.tok_start > 0
                        and self.doc[mention.tok_start - 1].text in OPENING_QUOTES):
                    # "die „Aktion Deutschland hilft“" is not Germany (but "laut „Tagesspiegel
                    # Background“" is the Tagesspiegel's)
                    continue
                if mention is not None and self._possessor(ent, mention):
                    continue  # "Brauns Anwalt Alfred Dierlamm erklärte": the lawyer speaks
                span = (mention.start, mention.end) if mention else (token.idx, token.idx + len(token))
                if mention is not None and mention.kind == "adjective":
                    span = self._organ_span(token) or span
                return ent, span
            if token.lower_ in PERSON_PRONOUNS or token.lower_ == "es":  # ("es": a neuter organisation)
                ent, span = self.pronoun(token)
                if ent:
                    return ent, span
        return None, None

    def _possessor(self, ent: Entity, mention: Mention) -> bool:
        """A name in the genitive before the noun that heads the phrase ("Brauns Anwalt",
        "Merkels Vorgänger"), unless that noun is her or his spokesperson ("Putins Sprecher"),
        the state speaking through an organ ("Israels Armee") or the name's own account
        ("nach Jakobis Worten")."""
        if mention.kind != "name" or mention.tok_end >= len(self.doc):
            return False
        # (a genitive after its noun has its article: in "nach Informationen des Handelsblatts
        # Unterlagen angefordert" the noun after the name is the next phrase)
        if mention.tok_start > 0 and self.doc[mention.tok_start - 1].lower_ in {"des", "eines"}:
            return False
        last, noun = self.doc[mention.tok_end - 1].text, self.doc[mention.tok_end]
        if noun.text in {"'", "’"} and noun.i + 1 < len(self.doc):  # "Merz' Sprecher"
            last, noun = last + "'", self.doc[noun.i + 1]
        named = self.actors.at(noun.i + 1) if noun.i + 1 < len(self.doc) else None
        # "Putins Sprecher" speaks for Putin; "Trumps Sprecherin Karoline Leavitt" for herself
        spokes = noun_base(noun, SPOKES_NOUNS) is not None and (named is None or named.type != "person")
        # (a role noun the tagger took for a name too: "Adjovis Wahlkampfleiter Théophile Sossa")
        return (last.endswith(("s", "'")) and last not in ent.name.split()
                and (noun.tag_ == "NN" or self.actors.is_role(noun))
                and not spokes and not self.lex.state_organ(noun.lower_)
                and not self.lex.report_noun(noun.lower_))  # "Nach Jakobis Worten": Jakobi's account

    def pronoun(self, token: Token) -> tuple[Entity | None, tuple[int, int] | None]:
        """Who a personal pronoun stands for: the name apposed to it ("sehe er, Köhler, keine
        Alternative"), else its antecedent; with the words that name them."""
        ent = self.apposed_person(token)
        if ent is not None:
            m = next(m for m in ent.mentions if m.tok_start <= token.i + 2 < m.tok_end)
            return ent, (m.start, m.end)
        ent = self.actors.resolve_pronoun(token)
        return ent, (token.idx, token.idx + len(token)) if ent is not None else None

    def apposed_person(self, token: Token) -> Entity | None:
        """The person named between commas right after a pronoun ("er, Köhler,")."""
        if token.i + 2 >= len(self.doc) or token.nbor(1).text != ",":
            return None
        ent = self.actors.at(token.i + 2)
        return ent if ent is not None and ent.type == "person" else None

    def _person_in(self, tokens: list[Token]) -> tuple[Entity | None, tuple[int, int] | None]:
        """The first person named among ``tokens``."""
        return self.entity_in([t for t in tokens if (e := self.actors.at(t.i)) and e.type == "person"])

    def _organ_span(self, adjective: Token) -> tuple[int, int] | None:
        """The words "Das russische Verteidigungsministerium" for the state its adjective names."""
        after = self.doc[adjective.i + 1 : adjective.i + 4]
        organ = next((t for t in after if t.pos_ in {"NOUN", "PROPN"}), None)
        if organ is None or not self.lex.state_organ(organ.lower_):
            return None
        article = adjective.i > 0 and self.doc[adjective.i - 1].pos_ == "DET"
        return self.doc[adjective.i - 1 if article else adjective.i].idx, organ.idx + len(organ)

    def _organ_after(self, adjective: Token) -> bool:
        """The noun a demonym adjective qualifies is a state organ ("chinesische Regierung") or
        the state's account ("nach ukrainischen Angaben"; not "Angaben ukrainischer Soldaten")."""
        for t in self.doc[adjective.i + 1 : adjective.i + 4]:
            if t.pos_ in {"NOUN", "PROPN"}:
                named = self.actors.at(t.i + 1) if t.i + 1 < len(self.doc) else None
                if named is not None and named.type in {"media", "organization"}:
                    return False  # "die iranische Nachrichtenagentur IRNA": the agency it names
                if not self.actors.land_organ(self.actors.at(adjective.i), t):
                    return False  # "des bayerischen Kultusministeriums": the ministry speaks
                # (not the media's account: "Israelischen Medienberichten zufolge")
                return self.lex.state_organ(t.lower_) or (
                    self.lex.report_noun(t.lower_) and t.i > 0 and adjective.i == t.i - 1
                    and not t.lower_.startswith(("medien", "presse", "zeitung")))
            if t.pos_ not in {"ADJ", "CCONJ", "PUNCT"}:
                return False
        return False

    def antecedent(self, pronoun: Token) -> Speaker:
        """What a relative pronoun refers to: the phrase before its comma."""
        words = pronoun.idx, pronoun.idx + len(pronoun)
        i = pronoun.i - 1
        if i > 0 and self.doc[i].pos_ == "ADP":  # "die Pläne, laut denen …"
            i -= 1
        if i > 0 and self.doc[i].text == ",":
            i -= 1
        while i > 0 and self.doc[i].is_punct:
            i -= 1
        head = self.doc[i]
        if head.pos_ not in {"NOUN", "PROPN"}:  # "liegt ein Gutachten vor, laut dem …"
            head = next((t for t in reversed(self.doc[max(0, i - 6) : i]) if t.pos_ in {"NOUN", "PROPN"}),
                        head)
        ent = self.actors.at(head.i)
        if ent is not None:
            return ent, words, SOURCE_OF[ent.type]
        if head.pos_ in {"NOUN", "PROPN"} and not self.not_a_speaker(head):
            return None, self.phrase_span(head), "unattributed"
        return None, words, "unattributed"

    def view_holder(self, tokens: list[Token]) -> tuple[Entity, tuple[int, int] | None] | None:
        """The actor of an opening "Für X" whose view the sentence states ("Für den Theologen
        Hans Küng sei der Rücktritt verständlich"), if the tokens start so."""
        if len(tokens) < 2 or tokens[0].lower_ != "für":
            return None
        ent, span = self.entity_in(tokens[1 : np_end(tokens, 1)])
        return (ent, span) if ent is not None and ent.type in VIEW_HOLDERS else None

    def source_phrase(self, tokens: list[Token]) -> tuple[Entity | None, tuple[int, int] | None] | None:
        """The source an according-to phrase among ``tokens`` names ("laut X", "nach Bewertung
        von X"), if there is one."""
        for k, t in enumerate(tokens):
            if t.lower_ in self.lex.according_before and k + 1 < len(tokens):
                return self.source_in(tokens[k + 1 : np_end(tokens, k + 1)])
            if k == 0 and (holder := self.view_holder(tokens)) is not None:
                return holder  # "Für den Minister ist die Lage „…“"
            if t.lower_ == "nach" and (noun := self.cues.nach_noun(tokens, k)) is not None:
                return self.source_in(tokens[k + 1 : max(np_end(tokens, k + 1), noun + 1)])
            if t.lower_ == "zufolge" and k > 0 and (start := np_start_before(tokens, k)) < k:
                return self.source_in(tokens[start:k])  # "waren dem Bericht zufolge „…“"
        return None

    def _without_commissioner(self, tokens: list[Token]) -> list[Token]:
        """A poll's phrase without whom it was made for ("einer Forsa-Umfrage im Auftrag von RTL",
        "einer Umfrage von Infratest dimap für die ARD"): the pollster is the source."""
        poll = next((k for k, t in enumerate(tokens) if self.cues.poll(t)), None)
        if poll is None:
            return tokens
        # (but "des Instituts für Demoskopie Allensbach" is a name)
        cut = next((k for k in range(poll + 1, len(tokens)) if (
            tokens[k].lower_ == "für" and not tokens[k - 1].lower_.endswith(NAMED_FOR)) or (
            tokens[k].lower_ == "im" and k + 1 < len(tokens) and tokens[k + 1].lower_ == "auftrag")), None)
        return tokens[:cut] if cut is not None else tokens

    def source_in(self, tokens: list[Token]) -> tuple[Entity | None, tuple[int, int] | None]:
        """The actor a source phrase names, else the phrase itself as the speaker mention."""
        if not tokens:
            return None, None
        owner = next((t for t in tokens[:2] if t.tag_ == "PPOSAT"), None)
        owned = self.doc[owner.i + 1] if owner is not None and owner.i + 1 < len(self.doc) else None
        if owned is not None and noun_base(owned, SPOKES_NOUNS):
            # "nach Angaben seines Sprechers": the person the spokesman speaks for
            ent = self.actors.resolve_possessive(owner)
            if ent is not None:
                return ent, (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        if tokens[0].lower_ in {"dessen", "deren"} and len(tokens) > 1 and tokens[1].pos_ == "NOUN":
            # "zeigen nach dessen Angaben": the actor named last before, if in this sentence or
            # the one before
            before = self.named_last(tokens[0])
            first = self.actors.window_start(tokens[0].i, 2)
            if before is not None and any(first <= m.tok_start < tokens[0].i for m in before.mentions):
                return before, (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        tokens = self._without_commissioner(tokens)
        ent, span = self.entity_in(without_attributes(tokens))
        circle = next((k for k, t in enumerate(tokens) if t.lower_ in ENTOURAGE_NOUNS), None)
        if circle is not None and (span is None or tokens[circle].idx < span[0]):
            # "aus dem Umfeld von Kanzler Merz": people around him, not Merz himself
            words = tokens[circle:]
            end = next((k for k, t in enumerate(words) if t.is_punct), len(words))
            words = words[:end]
            return self.actors.entourage(words), (words[0].idx, words[-1].idx + len(words[-1]))
        compound = next((t for t in tokens if self.lex.report_prefix(t.text)), None)
        if ent is not None and ent.type == "anonymous" and compound is not None and span is not None \
                and compound.idx < span[0]:
            ent = None  # "laut einer Reuters-Umfrage unter 60 Ökonomen": Reuters, not the economists
        if ent is None:
            span = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
            ent = self.actors.compound_source(compound) if compound is not None else None
            if ent is not None:  # "Nach Polizeiangaben": the police
                span = (compound.idx, compound.idx + len(compound))
            if ent is None and owned is not None and self.lex.report_noun(owned.lower_):
                # "nach seinen Worten" (but "nach Angaben ihres Anwalts" is not her account)
                ent = self.actors.resolve_possessive(owner)
            if ent is None:  # "einer Auswertung des GKV-Spitzenverbands", "laut dem Fiskalrat"
                ent = self.actors.genitive_org(tokens) or self.actors.named_body(tokens)
                if ent is not None:
                    span = (ent.mentions[-1].start, ent.mentions[-1].end)
        return ent, span
