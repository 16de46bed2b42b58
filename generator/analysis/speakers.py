"""Who speaks: the actor or words a cue verb, a source phrase or a sentence names as its
source. Parse first (subject of the cue, its auxiliary or coordinated verb), then position
(inverted "sagte der Minister", "X, Sprecher von Y, erklärte"), never a time, an adverb or a
prepositional phrase."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import (
    PERSON_PRONOUNS,
    SPOKES_NOUNS,
    ActorFinder,
    Entity,
    Mention,
    noun_base,
)
from generator.analysis.cues import COMPLEMENT_MARKERS, CueReader
from generator.analysis.document import ArticleDoc
from generator.analysis.lexicon import Lexicon
from generator.analysis.names import feminine_dative_nominative
from generator.analysis.phrases import (
    CLOSING_QUOTES,
    COORDINATING_ADVERBS,
    ENTOURAGE_NOUNS,
    OPENING_QUOTES,
    QUOTE_MARKS,
    noun_phrase,
    noun_phrase_before,
    np_end,
    participle_attribute_end,
)
from generator.analysis.subjects import (
    OBLIQUE_DETERMINERS,
    disagrees,
    finite_of,
    not_nominative,
    without_addressee,
)
from generator.model import SourceType

SUBJECT_DEPS = {"sb", "nsubj", "nsubj:pass", "sbp"}
NOMINAL_TAGS = {"NN", "NE", "PDS", "PIS", "PPER", "PRELS", "PWS"}
SOURCE_OF: dict[str, SourceType] = {
    "person": "person", "organization": "institution", "state": "institution",
    "group": "institution", "media": "media", "anonymous": "anonymous",
}
Speaker = tuple[Entity | None, tuple[int, int] | None, SourceType]


# actor types whose view "Für X ist …" states (not a state or place: "Für Deutschland ist …")
VIEW_HOLDERS = frozenset({"person", "organization", "media", "anonymous"})
MEDIA_NOUNS = ("journal", "fachblatt", "zeitschrift", "zeitung", "magazin")  # "im Fachjournal „Nature“"
# nouns before an outlet's name: "sagte er der Nachrichtenagentur dpa"
OUTLET_NOUNS = (*MEDIA_NOUNS, "agentur", "sender", "senders", "fernsehsender", "radiosender", "blatt")
PLACE_PREPOSITIONS = frozenset({"auf", "in", "im", "bei", "beim", "gegenüber", "am", "an", "vor"})


def without_attributes(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the agents of participle attributes: in "des von der Hamas
    kontrollierten Gesundheitsministeriums" the ministry is named, not the Hamas."""
    inside: set[int] = set()
    for k in range(len(tokens)):
        end = participle_attribute_end(tokens, k)
        if end is not None:
            inside.update(range(k + 1, end + 1))
    return [t for k, t in enumerate(tokens) if k not in inside]


class SpeakerFinder:
    """Finds speakers in one article; ``entity`` and ``span`` results are char offsets."""

    def __init__(self, adoc: ArticleDoc, actors: ActorFinder, lex: Lexicon, cues: CueReader) -> None:
        self.adoc = adoc
        self.doc = adoc.doc
        self.actors = actors
        self.lex = lex
        self.cues = cues
        self.parsed = self.doc.has_annotation("DEP")

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
                if mention is not None and self.cues.inside_quoted_name(mention.start, mention.end):
                    continue  # "die „Aktion Deutschland hilft“" is not Germany
                if mention is not None and self._possessor(ent, mention):
                    continue  # "Brauns Anwalt Alfred Dierlamm erklärte": the lawyer speaks
                span = (mention.start, mention.end) if mention else (token.idx, token.idx + len(token))
                return ent, span
            if token.lower_ in PERSON_PRONOUNS:
                ent, span = self.pronoun(token)
                if ent:
                    return ent, span
        return None, None

    def _possessor(self, ent: Entity, mention: Mention) -> bool:
        """A name in the genitive before the noun that heads the phrase ("Brauns Anwalt",
        "Merkels Vorgänger"), unless that noun is her or his spokesperson ("Putins Sprecher") or
        the state speaking through an organ ("Israels Armee")."""
        if mention.kind != "name" or mention.tok_end >= len(self.doc):
            return False
        last, noun = self.doc[mention.tok_end - 1].text, self.doc[mention.tok_end]
        if noun.text in {"'", "’"} and noun.i + 1 < len(self.doc):  # "Merz' Sprecher"
            last, noun = last + "'", self.doc[noun.i + 1]
        named = self.actors.at(noun.i + 1) if noun.i + 1 < len(self.doc) else None
        # "Putins Sprecher" speaks for Putin; "Trumps Sprecherin Karoline Leavitt" for herself
        spokes = noun_base(noun, SPOKES_NOUNS) is not None and (named is None or named.type != "person")
        return (last.endswith(("s", "'")) and last not in ent.name.split() and noun.tag_ == "NN"
                and not spokes and not self.lex.state_organ(noun.lower_))

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

    def _organ_after(self, adjective: Token) -> bool:
        """The noun a demonym adjective qualifies is a state organ ("chinesische Regierung") or
        the state's account ("nach ukrainischen Angaben"; not "Angaben ukrainischer Soldaten")."""
        for t in self.doc[adjective.i + 1 : adjective.i + 4]:
            if t.pos_ in {"NOUN", "PROPN"}:
                return self.lex.state_organ(t.lower_) or (
                    self.lex.report_noun(t.lower_) and t.i > 0 and adjective.i == t.i - 1)
            if t.pos_ not in {"ADJ", "CCONJ", "PUNCT"}:
                return False
        return False

    def attribution(self, cue: Token) -> tuple[
            Entity | None, tuple[int, int] | None, SourceType, Entity | None]:
        """Speaker, speaker words, source type and source chain of a cue verb. With
        "zitieren" the words are the quoted person's and the outlet is the chain ("Ein
        Fernsehsender zitierte Papandreou mit den Worten: …")."""
        sent = self.cues.sentence_of(cue)
        ent, sspan, stype = self.speaker_of(cue)
        via = self.via(sent)
        if self.cues.cue_lemma(cue) == "zitieren" and not self._werden_before(cue, sent):
            quoted = self._quoted_person(sent, cue, ent)
            if quoted is not None:
                return (*quoted, ent or via)
        return ent, sspan, stype, via

    def speaker_of(self, cue: Token) -> Speaker:
        """The subject of a cue verb: from the parse if it has one, else by position."""
        sent = self.cues.sentence_of(cue)
        boundary = next((t.i for t in sent[cue.i - sent.start + 1 :]
                         if t.text in {",", ":"} or t.lower_ in COMPLEMENT_MARKERS), sent.end)
        agent = self.passive_agent(cue, sent)
        if agent is not None:
            return agent
        quoted = self._zitiert_passive(cue, sent)
        if quoted is not None:
            return quoted
        if self.parsed and any(c.dep_ == "aux:pass" for c in cue.children) \
                and self.cues.cue_lemma(cue) != "zitieren":
            # "Die Pflichten seien im Vertrag festgelegt", "wurde als unrealistisch bezeichnet":
            # the subject of a passive is what is spoken of; only "X wird zitiert" names the
            # speaker; "In einem Bericht der BBC wurde vermutet" names the document
            return self._document(cue, sent) or (None, None, "unattributed")
        if self.cues.cue_lemma(cue) == "zitieren" and cue.tag_ == "VVFIN":
            # "„…“, zitierte die „Bild“-Zeitung Städtetagspräsident Burkhard Jung": the person quoted
            quoted = next((e for t in sent[cue.i - sent.start + 1 : boundary - sent.start]
                           if (e := self.actors.at(t.i)) is not None and e.type == "person"), None)
            if quoted is not None:
                m = next(m for m in quoted.mentions if cue.i < m.tok_start < boundary)
                return quoted, (m.start, m.end), "person"
        after = cue.nbor(1) if cue.i + 1 < sent.end else None
        if after is not None and after.lower_ == "er":  # "Deren Haltung bezeichnete er als …"
            ent, span = self.pronoun(after)
            if ent is not None:
                return ent, span, SOURCE_OF[ent.type]
        # two "subjects" (a fronted object the parser took for one): the one naming an actor
        # first ("Die Kosten der Mission beziffert die ESA auf …")
        subjects = self._subjects(cue)
        for child in sorted(subjects, key=lambda c: self.actors.at(c.i) is None):
            if self.cues.in_speech(child) or child.i >= boundary or self.not_a_speaker(child):
                continue
            if child.tag_ == "PRELS" or (child.tag_ == "PDS" and self.doc[child.i - 1].text == ","):
                # "Alice Schwarzer, die den Mut Alis hervorhob"; but "die Marke, die Gerhard
                # Schröder zum Kriterium erklärt hatte": a person right after it is the subject
                named = self.actors.at(child.i + 1) if child.i + 1 < sent.end else None
                if named is not None and named.type == "person" and named is not self.actors.at(child.i - 2):
                    m = next(m for m in named.mentions if m.tok_start <= child.i + 1 < m.tok_end)
                    return named, (m.start, m.end), "person"
                return self.antecedent(child)
            if disagrees(cue, child) or not_nominative(child):
                continue  # "Einige Moslems haben Premierminister Blair geschrieben": not the subject
            if child.pos_ == "PROPN" and child.text.endswith("s") and child.morph.get("Case") == ["Gen"] \
                    and child.i + 1 < sent.end and child.nbor(1).pos_ == "NOUN" \
                    and any(s.i == child.i + 1 for s in subjects):
                continue  # "sagte Freiburgs Trainer Julian Schuster": the genitive before the subject
            person = self._person_in_front(cue, sent, child)
            if person is not None:
                return person
            words = without_attributes(self._without_outlet(
                self._before_message(without_addressee(child), boundary), child))
            named = self._named_after(child)
            if named is not None:  # "Vatikansprecher Navarro-Valls", parsed as two phrases
                words = [*words, named]
            ent, span = self.entity_in(words)
            if ent is not None and ent.type != "person":
                # "Der Ministerpräsident Thailands, Abhisit Vejjajiva, kündigte an": the person
                # the phrase names speaks, not the state or body in its genitive
                person, pspan = self._person_in(words)
                if person is not None and not self.actors.at(child.i):
                    ent, span = person, pspan
            if ent is None and child.i > cue.i and child.pos_ == "NOUN" and not self.actors.at(child.i):
                ent = self.actors.epithet(child)  # "…, sagte der Ozeanograf."
                span = (child.nbor(-1).idx, child.idx + len(child)) if ent is not None else span
            if ent:
                return ent, span, SOURCE_OF[ent.type]
            if self.cues.poll(child):
                return None, (child.idx, child.idx + len(child)), "poll"
            if child.lower_ == "man":  # "In den Bekennerschreiben forderte man …"
                return self._document(cue, sent) or (None, self.phrase_span(child), "unattributed")
            if child.lower_ not in {"es", "das", "dies"}:
                named = self._name_after(cue, boundary) if child.i < cue.i and child.pos_ == "NOUN" else None
                if named is not None:  # "Eine Verschiebung bezeichnete Conze als fatal"
                    return named
                return None, self.phrase_span(child), "unattributed"
        stray = self._stray_subject(cue, sent, boundary)
        if stray is not None:
            ent, span = self.entity_in(list(stray.subtree))
            return ent, span or self.phrase_span(stray), SOURCE_OF[ent.type] if ent else "unattributed"
        after = []
        for t in sent[cue.i - sent.start + 1 :]:
            if t.text in {",", ";", ":"} or t.lower_ in COMPLEMENT_MARKERS:
                break
            if t.text in QUOTE_MARKS:
                continue
            if after and t.lower_ in PLACE_PREPOSITIONS:
                break  # "Das teilten die beiden Sängerinnen auf Twitter mit": where, not who
            after.append(t)
            if len(after) >= 7:
                break
        ent, span = self.entity_in(without_attributes(after))
        if ent:
            return ent, span, SOURCE_OF[ent.type]
        verb = cue.head if cue.dep_ == "conj" and cue.head.i < cue.i else cue
        aux = next((c for c in verb.children if c.dep_.startswith("aux") and c.tag_.endswith("FIN")
                    and c.i < verb.i), None) if verb is not cue or not cue.tag_.endswith("FIN") else None
        if aux is not None:
            # "Einige Moslems haben Blair geschrieben": the subject stands before the auxiliary
            front = self._vorfeld(aux, sent)
            heads = [t for t in front if not (front[0].i <= t.head.i <= front[-1].i) or t.head.i == t.i]
            if len(heads) == 1 and (heads[0].pos_ in {"NOUN", "PROPN", "PRON"}
                                    or heads[0].tag_ in NOMINAL_TAGS) \
                    and not self.not_a_speaker(heads[0]) and front[0].lower_ not in OBLIQUE_DETERMINERS \
                    and heads[0].lower_ not in {"es", "das", "dies"}:  # "Dies wollte sie nicht …"
                ent = self.actors.at(heads[0].i)
                span = (front[0].idx, front[-1].idx + len(front[-1]))
                return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
            if not front and aux.i > sent.start and self.doc[aux.i - 1].text == ",":
                # "Die IGDRB, die von der BCI gegründet wurde, hat … bekannt gegeben"
                ent, span = self._apposed_subject(sent, aux)
                if ent is not None or span is not None:
                    return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
            if all(t.pos_ in {"ADV", "PART"} for t in front) or front[0].lower_ in OBLIQUE_DETERMINERS:
                # "So hat sich etwa die Vorsitzende, Karin Broszat, … ausgesprochen und
                # behauptet", "Seinen Ausstieg hatte Delmare angekündigt": after an adverb or
                # an object the subject follows the auxiliary
                ent, span = self._person_in(list(sent[aux.i - sent.start + 1 : verb.i - sent.start]))
                if ent is not None:
                    return ent, span, "person"
        before = self._vorfeld(cue, sent)
        quoted = next((k for k, t in enumerate(before) if t.text in OPENING_QUOTES), None)
        core = before[:quoted] if quoted is not None else before
        ent, span = self.entity_in(list(reversed(core)))
        if ent:
            return ent, span, SOURCE_OF[ent.type]
        if core and core is not before and (all(t.pos_ == "DET" for t in core) or any(
                t.pos_ in {"NOUN", "PROPN"} for t in core)) and not self.not_a_speaker(core[0]):
            # "Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte": the quoted name is
            # part of the speaker's description, not the speaker
            return None, (before[0].idx, before[-1].idx + len(before[-1])), "unattributed"
        if not before:  # "Henk Meijer, Laborleiter der Emsland GmbH, erklärte:"
            ent, span = self._apposed_subject(sent, cue)
            if ent or span:
                return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
        poll = next((t for t in [*after, *before] if self.cues.poll(t)), None)
        if poll is not None:
            return None, (poll.idx, poll.idx + len(poll)), "poll"
        share = next((t for t in before if t.lower_ in {"prozent", "%"} and t.i > sent.start
                      and self.doc[t.i - 1].like_num), None)
        if share is not None:  # "Nur 22 Prozent sprachen sich dagegen aus": respondents of a poll
            return None, (self.doc[share.i - 1].idx, share.idx + len(share)), "poll"
        after, before = self._without_adjuncts(after), self._without_adjuncts(before)
        if before and before[0].pos_ != "ADP" and before[0].lower_ not in OBLIQUE_DETERMINERS \
                and before[-1].pos_ in {"NOUN", "PROPN"}:
            # "Arabische und iranische Medien werfen ihm Verrat vor": a noun phrase in front of
            # the verb is its subject, not the object after it
            return None, noun_phrase_before(before) or noun_phrase(after), "unattributed"
        return None, noun_phrase(after) or noun_phrase_before(before), "unattributed"

    def _without_outlet(self, words: list[Token], head: Token) -> list[Token]:
        """The subject's words without the outlet spoken to, which the parser may take for a
        genitive ("sagte ein Anwohner der dpa", "eine Sprecherin der Stadt der Deutschen
        Presse-Agentur"); a spokesperson's outlet is his own ("ein Sprecher der dpa")."""
        for k, t in enumerate(words):
            if t.i <= head.i or t.lower_ not in {"der", "dem"}:
                continue
            j = t.i + 1
            while j < len(self.doc) and (self.doc[j].text in QUOTE_MARKS or (
                    self.doc[j].lower_.endswith(OUTLET_NOUNS) and not self.actors.at(j))):
                j += 1
            ent = self.actors.at(j) if j < len(self.doc) else None
            if ent is not None and ent.type == "media" and not (
                    words[k - 1].i == head.i and noun_base(head, SPOKES_NOUNS)):
                return words[:k]
        return words

    def _name_after(self, cue: Token, boundary: int) -> Speaker | None:
        """A named actor in the noun phrase right after the cue (adverbs aside): with a plain
        noun phrase in front of the verb, it is the subject and the noun phrase the object
        (German word order: "Eine Verschiebung bezeichnete Conze als fatal", "Die Zahl der Toten
        bezifferte die Nachrichtenagentur Xinhua mit 13")."""
        words: list[Token] = []
        for t in self.doc[cue.i + 1 : boundary]:
            if not words and t.pos_ in {"ADV", "PART"}:
                continue
            if len(words) >= 6 or not (t.pos_ in {"DET", "ADJ", "NOUN", "PROPN"} or t.text in QUOTE_MARKS):
                break
            words.append(t)
        head = next((t for t in words if t.pos_ in {"NOUN", "PROPN"}), None)
        # a name rather than an adjective ("die chinesische Nachrichtenagentur Xinhua" is Xinhua,
        # not China)
        named = next(((e, (m.start, m.end)) for t in words if (e := self.actors.at(t.i)) is not None
                      for m in e.mentions if m.tok_start <= t.i < m.tok_end and m.kind == "name"), None)
        ent, span = named or self.entity_in(words)
        if head is None or ent is None or span is None or not_nominative(head) or disagrees(cue, head) \
                or head.morph.get("Case") in (["Acc"], ["Dat"]) or self._plural_object(cue, head):
            return None  # "Die Behörden werfen Luna Menschenhandel vor": plural verb
        return ent, span, SOURCE_OF[ent.type]

    @staticmethod
    def _plural_object(cue: Token, head: Token) -> bool:
        """A plural noun after a singular verb is not its subject ("Die Regierung beschuldigt
        die Huthi-Rebellen")."""
        finite = finite_of(cue)
        return finite is not None and finite.morph.get("Number") == ["Sing"] \
            and head.morph.get("Number") == ["Plur"]

    def _before_message(self, words: list[Token], boundary: int) -> list[Token]:
        """A subject phrase without what the parser apposed to it past the comma after the cue
        ("meldete die Site „Golem“, Wikimedia habe … bestätigt"): that is the message. An
        apposition closed by a comma or the sentence end stays ("sagte ihr Sprecher, Jan Berg,")."""
        tail = [w for w in words if w.i > boundary]
        if not tail:
            return words
        nxt = self.doc[tail[-1].i + 1] if tail[-1].i + 1 < len(self.doc) else None
        if nxt is None or nxt.text in {",", ")", "–", ".", ";", "!"}:
            return words
        return [w for w in words if w.i <= boundary]

    def _document(self, cue: Token, sent: SpacySpan) -> Speaker | None:
        """"In einer Pressemitteilung der Organisation wird gefordert": the report a passive or
        impersonal ("man") cue's words come from, named in an in/aus phrase before the cue."""
        words = [t for t in sent if t.i < cue.i]
        for k, t in enumerate(words):
            if t.lower_ in {"in", "im", "aus", "laut"} and k + 1 < len(words):
                end = np_end(words, k + 1)
                if any(w.text[:1].isupper() and self.lex.report_noun(w.lower_) for w in words[k + 1 : end]):
                    ent, span = self.source_in(words[k + 1 : end])
                    return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
        return None

    def _person_in_front(self, cue: Token, sent: SpacySpan, subject: Token) -> Speaker | None:
        """"Zu Guttenberg hatte Fehler eingeräumt", parsed with "Fehler" as subject: when the
        words before the finite verb are exactly one person's name and the parser's subject is
        a bare common noun after it that names no actor, the person speaks."""
        finite = finite_of(cue)
        if finite is None or subject.pos_ != "NOUN" or subject.i < finite.i \
                or self.actors.at(subject.i) is not None \
                or any(c.dep_.startswith("det") for c in subject.children):
            return None
        front = [t for t in sent if t.i < finite.i]
        ent = self.actors.at(front[0].i) if front else None
        if ent is None or ent.type != "person":
            return None
        mention = next((m for m in ent.mentions if m.tok_start == front[0].i), None)
        if mention is None or mention.tok_end != finite.i:
            return None
        return ent, (mention.start, mention.end), "person"

    def _vorfeld(self, cue: Token, sent: SpacySpan) -> list[Token]:
        """The words before the cue back to the last comma, colon or quotation; a quoted name
        inside a noun phrase ("Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte")
        belongs to it."""
        before: list[Token] = []
        j = cue.i - 1
        while j >= sent.start:
            t = self.doc[j]
            if t.text in CLOSING_QUOTES:
                opening = next((k for k in range(j - 1, max(sent.start, j - 8) - 1, -1)
                                if self.doc[k].text in OPENING_QUOTES), None)
                if opening is None or opening == sent.start \
                        or self.doc[opening - 1].tag_ not in {"ART", "APPR", "APPRART", "NN", "NE"}:
                    break
                before[:0] = list(self.doc[opening : j + 1])
                j = opening - 1
                continue
            if t.text in {",", ";", ":"} or self.cues.in_quote(t):
                break
            before.insert(0, t)
            j -= 1
        return before

    def _without_adjuncts(self, tokens: list[Token]) -> list[Token]:
        """Tokens without prepositional and "als" phrases, times and adverbs, which never name
        the speaker ("Als Begründung gab er an", "in der Vergangenheit")."""
        out: list[Token] = []
        skipping = False
        for t in tokens:
            if t.pos_ == "ADP" or t.lower_ in {"als", "wie"}:
                skipping = True
                continue
            if skipping and t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"}:
                continue
            skipping = False
            if not self.not_a_speaker(t) or t.tag_ == "ADJA":  # "Arabische und iranische Medien"
                out.append(t)
        return out

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

    def _subjects(self, cue: Token) -> list[Token]:
        """Subject dependents of the cue, of its auxiliary ("hat gesagt") and of the verb it is
        coordinated with ("verständigte die Polizei und teilte mit")."""
        if not self.parsed:
            return []
        heads = [cue]
        after_and = cue.i > 0 and self.doc[cue.i - 1].lower_ in {"und", "oder", "sowie"}
        first = cue.head
        if cue.head.pos_ == "AUX" or cue.dep_ == "conj" or (cue.dep_ == "parataxis" and after_and):
            heads.append(cue.head)
            # "äußerte sich besorgt und forderte …": the second verb hangs on the first one's
            # predicate; the subject is the first verb's
            # ("zeigte sich erschüttert und kündigte an": a participle is no finite verb either)
            while (first.pos_ not in {"VERB", "AUX"} or (first.dep_ == "xcomp" and first.tag_ == "VVPP")) \
                    and first.dep_ in {"xcomp", "conj"} and first.head is not first:
                first = first.head
            if first is not cue.head:
                heads.append(first)
        # "… hat Elizabeth Byrs gestern gewarnt" with the subject hung on the auxiliary
        heads += [c for c in cue.children if c.dep_ in {"aux", "aux:pass"} and c.tag_.endswith("FIN")]
        subjects = [c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS]
        if cue.dep_ in {"conj", "parataxis"} and after_and:
            # "… habe sie den Abschied akzeptiert und frage Corbyn, ob …": a verb right after "und"
            # has no Vorfeld of its own and shares the first verb's subject; a noun after it is
            # its object
            shared = [c for h in (first, *(a for a in first.children if a.dep_ in {"aux", "aux:pass"}))
                      for c in h.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
            subjects = shared or subjects
        clause = self.doc[cue.sent.start : cue.i - 1]
        # ("…, mahnte aber mehr Geld an": a second verb with "aber" shares the subject too)
        coordinated = cue.i + 1 < len(self.doc) and self.doc[cue.i + 1].lower_ in COORDINATING_ADVERBS
        if (not subjects or coordinated) and len(clause) > 1 and self.doc[cue.i - 1].text == "," \
                and not any(t.text == "," or t.tag_ in {"PRELS", "KOUS"} for t in clause):
            # "Lang widersprach nicht, betonte aber, …": a verb right after the comma of the
            # main clause before shares its subject (not after a relative clause's comma)
            before = next((t for t in reversed(clause) if t.tag_ in {"VVFIN", "VAFIN", "VMFIN"}), None)
            shared = [c for c in before.children if c.dep_ in SUBJECT_DEPS] if before is not None else []
            subjects = shared or subjects
        objects = [c for h in heads for c in h.children if c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}]
        finite = next((h for h in heads if h.tag_.endswith("FIN")), None)
        if subjects and objects and finite is not None and finite.morph.get("Number") == ["Sing"] \
                and all(disagrees(cue, s) for s in subjects):
            # "Die tibetischen Mönche beschrieb die Nachrichtenagentur als …": the parser swapped
            # subject and object; a singular object that may be nominative is the subject
            return subjects + [o for o in objects if not not_nominative(o) and not disagrees(cue, o)
                               and o.morph.get("Number") == ["Sing"]]
        if subjects or not objects:
            return subjects
        nominative = sorted((o for o in objects if not not_nominative(o)), key=lambda t: t.i)
        if len(objects) >= 2:
            # "Im Prozess hat die Anklage eine Haftstrafe gefordert" parsed with two objects and
            # no subject: a verb takes one accusative object, so the first that may be
            # nominative is the subject
            return nominative[:1]
        # "Monatelang haben die Wiener Linien abgestritten, dass …" parsed with an object and no
        # subject: an active verb's only noun phrase that may be nominative and agrees with it
        passive = any(c.dep_ == "aux:pass" for h in heads for c in h.children)
        number = objects[0].morph.get("Number")
        if nominative and finite is not None and number and finite.morph.get("Number") == number \
                and not passive:
            return nominative
        return []

    def _stray_subject(self, cue: Token, sent: SpacySpan, boundary: int) -> Token | None:
        """A subject the parser hung on an adverb or noun of the cue's clause
        ("Die Armeeleitung hingegen sprach …" with "Armeeleitung" under "hingegen")."""
        if not self.parsed:
            return None
        start = max((t.i + 1 for t in sent if t.i < cue.i and t.text in {",", ";", ":"}), default=sent.start)
        for t in sent[start - sent.start : boundary - sent.start]:
            if t.dep_ in SUBJECT_DEPS and t.head.pos_ not in {"VERB", "AUX"} and t.head.i != t.i \
                    and not self.cues.in_quote(t) and not self.not_a_speaker(t) \
                    and t.lower_ not in {"es", "das", "dies", "man"}:
                return t
        return None

    def not_a_speaker(self, token: Token) -> bool:
        """Times, adverbs and prepositional or "als" phrases the parser or a position rule may
        take for a speaker ("Als Begründung gab er an")."""
        edge = token.left_edge if self.parsed else token
        before = token.doc[token.i - 1] if token.i > 0 else token
        if token.lower_ in {"weiteren", "übrigen"}:
            return True  # "Des Weiteren wirft die OSZE …", "Im Übrigen"
        if token.is_sent_start and token.lower_.endswith("end") and not any(
                c.dep_ == "det" for c in token.children):
            return True  # "Relativierend fügt Gall hinzu", a participle the tagger took for a noun
        # the STTS tag wins when the UPOS disagrees; a capitalised adjective with its article is
        # a noun ("nannte der Berliner …", "sagte die Abgeordnete")
        nominal = token.tag_ in NOMINAL_TAGS or (
            token.tag_ == "ADJA" and token.text[:1].isupper() and not token.is_sent_start
            and any(c.dep_ == "det" for c in token.children)
            and (token.i + 1 >= len(token.doc) or token.nbor(1).pos_ not in {"NOUN", "PROPN"}))
        return (token.pos_ in {"ADV", "ADP", "SCONJ", "CCONJ", "NUM", "ADJ"} and not nominal) \
            or token.like_num or (
            token.lower_ in self.lex.temporal_nouns) or (
            edge.i < token.i and (edge.pos_ == "ADP" or edge.lower_ in {"als", "wie"})) or (
            before.i < token.i and before.lower_ in {"als", "wie"}
            and not (before.lower_ == "als" and before.tag_ == "KOUS")) or (  # "…, als er Fans kritisierte"
            # "Als scheidende Premierministerin habe sie …", with "Als" hung elsewhere
            edge.i > 0 and edge.i < token.i and token.doc[edge.i - 1].lower_ == "als"
            and token.doc[edge.i - 1].tag_ == "APPR")

    def phrase_span(self, head: Token) -> tuple[int, int]:
        """The noun phrase of a subject without its relative clauses and appositions."""
        tokens = sorted(head.subtree, key=lambda t: t.i)
        start = next(t for t in tokens if not t.is_punct or t.text in OPENING_QUOTES or t.i == head.i)
        end = head
        for t in tokens:
            if t.i <= head.i:
                continue
            if t.is_punct or (t.pos_ in {"VERB", "AUX", "PRON"} and t.dep_ != "det"):
                break
            end = t
            if t.i - start.i >= 9:
                break
        if start.text in OPENING_QUOTES and end.i + 1 < len(self.doc) \
                and self.doc[end.i + 1].text in CLOSING_QUOTES:
            end = self.doc[end.i + 1]  # "„BBC News“", not "„BBC News"
        return start.idx, end.idx + len(end)

    def passive_agent(self, cue: Token, sent: SpacySpan) -> tuple[
            Entity | None, tuple[int, int] | None, SourceType] | None:
        """"… wird von Experten als „…“ bezeichnet": the von-phrase of a passive cue."""
        if cue.tag_ != "VVPP" or not (any(t.lemma_ == "werden" for t in sent if abs(t.i - cue.i) <= 8)
                                      or any(c.dep_ == "aux:pass" for c in cue.children)):
            return None  # (the auxiliary may stand far before: "Seine Werke werden von … bezeichnet")
        if self.cues.cue_lemma(cue) == "zitieren":
            return None  # "X wurde von der „Bild“ zitiert": the outlet quotes, X speaks
        words = list(sent)
        for k, t in enumerate(words):
            if t.lower_ in {"von", "vom"} and t.i < cue.i and cue.i - t.i <= 10:
                if self.parsed and t.head.dep_ == "nmod" and t.head.head.pos_ in {"NOUN", "PROPN"}:
                    continue  # "auf der Internetseite von Borussia Dortmund zitiert": not the agent
                end = np_end(words, k + 1)
                ent, span = self.source_in(words[k + 1 : end])
                if span is not None:
                    return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
        return None

    def _named_after(self, role: Token) -> Token | None:
        """The first token of a person's name right after a role noun the parser split from it."""
        nxt = role.nbor(1) if role.i + 1 < len(self.doc) else None
        noun = role.pos_ == "NOUN" or role.tag_ == "NN" \
            or (role.tag_ == "NE" and "-" in role.text)  # "Jefferies-Analyst", tagged a name
        if nxt is None or not noun or nxt.head.i == role.i or self.actors.at(role.i) is not None:
            return None
        ent = self.actors.at(nxt.i)
        return nxt if ent is not None and ent.type == "person" and self.actors.is_role(role) else None

    @staticmethod
    def _werden_before(cue: Token, sent: SpacySpan) -> Token | None:
        """The finite "wird"/"wurde" of a passive before its participle."""
        return next((t for t in sent if t.i < cue.i and t.lemma_ == "werden" and t.tag_.endswith("FIN")),
                    None)

    def _zitiert_passive(self, cue: Token, sent: SpacySpan) -> Speaker | None:
        """"Watzke wird auf der Internetseite des Vereins wie folgt zitiert": the person quoted is
        the first one named between "wird" and the participle."""
        aux = self._werden_before(cue, sent)
        if aux is None or cue.tag_ != "VVPP" or self.cues.cue_lemma(cue) != "zitieren":
            return None
        between = [t for t in sent[aux.i - sent.start + 1 : cue.i - sent.start] if not self.cues.in_quote(t)]
        for t in between:
            ent = self.actors.at(t.i)
            if ent is not None and ent.type in {"person", "anonymous"}:
                m = next(m for m in ent.mentions if m.tok_start <= t.i < m.tok_end)
                return ent, (m.start, m.end), SOURCE_OF[ent.type]
        # "„…“ wird der Franzose im Fachblatt zitiert": the noun right after "wird"
        if len(between) >= 2 and between[0].lower_ in {"der", "die"} and between[1].pos_ == "NOUN" \
                and not self.not_a_speaker(between[1]):
            ent = self.actors.at(between[1].i)
            return ent, self.phrase_span(between[1]), SOURCE_OF[ent.type] if ent else "unattributed"
        # "Ministerpräsident X wurde von der „Bild“ zitiert": the person before "wurde"
        ent, span = self._person_in(list(self._vorfeld(aux, sent)))
        return (ent, span, "person") if ent is not None else None

    def _apposed_subject(self, sent: SpacySpan, cue: Token) -> tuple[Entity | None, tuple[int, int] | None]:
        """The subject before ", …, erklärte": the phrase before the first comma when it has no
        verb ("Henk Meijer, Laborleiter der Emsland GmbH, erklärte", "Todor Kolarow, dessen
        Behörde …, sagte"), else the person in the verbless phrases right before the cue
        ("…, die Sprecherin der Fraktion, Sandra Boser, erklärte")."""
        segments: list[list[Token]] = [[]]
        for t in sent[: cue.i - sent.start]:
            if t.text == "," and not self.cues.in_quote(t):
                segments.append([])
            else:
                segments[-1].append(t)
        if len(segments) < 2 or not segments[0] or segments[0][0].pos_ == "ADP":
            return None, None
        if not any(t.pos_ in {"VERB", "AUX"} for t in segments[0]):
            ent, span = self.entity_in(segments[0])
            return (ent, span) if ent else (None, noun_phrase(segments[0]))
        for seg in reversed(segments[1:-1]):
            if not seg or any(t.pos_ in {"VERB", "AUX"} and t.text[:1].islower() for t in seg):
                break  # a clause (capitalised "GmbH" tagged as a verb does not count)
            person, span = self._person_in(seg)
            if person is not None:
                return person, span
        return None, None

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
        return None

    def clause_subject(self, sent: SpacySpan, persons: bool = True) -> Speaker:
        """Who a sentence is about: the agent of a passive ("wurde vom Verband kritisiert"), the
        subject of its main verb, else (``persons``) the first person named."""
        return self.subject_of(sent.root, sent, persons)

    def subject_of(self, verb: Token, sent: SpacySpan, persons: bool = False) -> Speaker:
        """The agent or subject of ``verb`` (see :meth:`clause_subject`)."""
        agent = self.passive_agent(verb, sent)
        if agent is not None:
            return agent
        root = verb
        for child in self._subjects(root):
            if self.not_a_speaker(child) or self.cues.in_speech(child):
                continue
            if child.pos_ == "NOUN" and child.i < root.i and not self.actors.at(child.i):
                # "Die Anwendung der Richtlinie stellte der SPD-Vorsitzende Müntefering in Frage"
                named = self._name_after(root, sent.end)
                if named is not None:
                    return named
            ent, span = self.entity_in(list(child.subtree))
            if ent:
                return ent, span, SOURCE_OF[ent.type]
            if child.pos_ in {"NOUN", "PROPN"} or (
                    (child.tag_ in {"PIS", "PIAT"} or child.morph.get("PronType") == ["Ind"])
                    and child.lower_ not in {"man", "alles", "nichts", "etwas"}):
                # "Einige vertreten die Auffassung, …": an indefinite pronoun names people too
                # (by its tag, or by its morphology when the tagger took it for another pronoun)
                return None, self.phrase_span(child), "unattributed"
        person = next((e for t in sent if (e := self.actors.at(t.i)) and e.type == "person"), None) \
            if persons else None
        if person is not None:
            m = next(m for m in person.mentions if sent.start <= m.tok_start < sent.end)
            return person, (m.start, m.end), "person"
        return None, None, "unattributed"

    def via(self, sent: SpacySpan) -> Entity | None:
        """"gegenüber Bloomberg", "sagte der Zeitung X", "unter Berufung auf Insider", "berichten
        im Fachjournal „Nature“". An organisation found to be an outlet here ("sagte X der
        „Augsburger Allgemeinen“") is retyped as one, once, for the whole article."""
        words = [t.lower_ for t in sent]
        journal = self._journal(sent)
        if journal is not None:
            return journal
        for i, word in enumerate(words):
            if word in {"von", "vom"} and any(self.cues.cue_lemma(t) == "zitieren" and t.tag_ == "VVPP"
                                              for t in sent[i:]):
                ent, _ = self.entity_in(list(sent[i + 1 : i + 5]))  # "von der „Bild“ zitiert"
                if ent is not None and ent.type == "media":
                    return ent
            if word in {"zitierte", "zitiert", "zitierten"} and sent[i].tag_ == "VVFIN":
                ent, _ = self.entity_in(list(sent[i + 1 : i + 5]))  # "zitierte die „Bild“-Zeitung X"
                if ent is not None and ent.type == "media":
                    return ent
            if word == "gegenüber" or (word == "auf" and i >= 2 and words[i - 1] == "berufung"):
                # "unter Berufung auf drei mit den Gesprächen vertraute Insider": up to the comma
                phrase = list(sent[i + 1 : i + 11])
                end = next((k for k, t in enumerate(phrase) if t.text in {",", ";", ":"}), len(phrase))
                ent, _ = self.entity_in(phrase[: max(end, 1)] if word == "auf" else phrase[:5])
                if ent:
                    return ent
        for t in sent:
            ent = self.actors.at(t.i)
            quoted = t.i > sent.start and self.doc[t.i - 1].text in OPENING_QUOTES
            # an organisation spoken to by its quoted name is an outlet ("sagte Söder der
            # „Augsburger Allgemeinen“")
            if not ent or not (ent.type == "media" or (ent.type == "organization" and quoted)):
                continue
            j = t.i - 1  # the article, before an opening quotation mark ("dem „Spiegel“")
            while j > sent.start and self.doc[j].text in QUOTE_MARKS:
                j -= 1
            if j > sent.start and self.doc[j].lower_.endswith(OUTLET_NOUNS):
                j -= 1  # "der Nachrichtenagentur dpa"
            if ent.type == "media" and (self.doc[j].lower_ in {"im", "bei"} or (
                    self.doc[j].lower_ in {"dem", "der"} and j - 1 >= sent.start
                    and self.doc[j - 1].lower_ in {"mit", "in"})) \
                    and any(self.cues.cue_lemma(x) for x in sent):
                return ent  # "sagte sie im Deutschlandfunk", "im Interview mit dem ZDF"
            if j <= sent.start or self.doc[j].lower_ not in {"der", "dem"}:
                continue
            # "sagte der CDU-Politiker dem", "sagte Präsident X Y den Zeitungen der Funke Mediengruppe"
            window = list(self.doc[max(sent.start, j - 7) : j])
            cue = next((k for k in range(len(window) - 1, -1, -1) if self.cues.cue_lemma(window[k])), None)
            if cue is not None and not any(x.text in {",", ";", ":"} for x in window[cue:]):
                if ent.type != "media" and self.doc[j].lower_ == "der" and len(ent.mentions) == 1:
                    # the dative of a feminine name: "der „Augsburger Allgemeinen“"
                    ent.name = feminine_dative_nominative(ent.name)
                ent.type = "media"
                return ent
        return None

    def _journal(self, sent: SpacySpan) -> Entity | None:
        """The publication a cue sentence names by a media noun and a quoted title ("berichten
        im Fachjournal „Nature“"), typed as an outlet."""
        if not any(self.cues.cue_lemma(t) for t in sent):
            return None
        for k, t in enumerate(sent):
            if k < 2 or t.text not in {"„", "»"} or not sent[k - 1].lower_.endswith(MEDIA_NOUNS) \
                    or sent[k - 2].lower_ not in {"im", "in", "dem", "der"}:
                continue
            outlet = self.actors.at(t.i + 1) or self.actors.quoted_name(list(sent[k:]), media=True)
            if outlet is not None and outlet.type in {"media", "organization"}:
                outlet.type = "media"
                return outlet
        return None

    def source_in(self, tokens: list[Token]) -> tuple[Entity | None, tuple[int, int] | None]:
        """The actor a source phrase names, else the phrase itself as the speaker mention."""
        if not tokens:
            return None, None
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
            owner = next((t for t in tokens[:2] if t.tag_ == "PPOSAT"), None) if ent is None else None
            ent = self.actors.resolve_possessive(owner) if owner is not None else ent  # "nach seinen Worten"
            if ent is None:  # "einer Auswertung des GKV-Spitzenverbands"
                ent = self.actors.genitive_org(tokens)
                if ent is not None:
                    span = (ent.mentions[-1].start, ent.mentions[-1].end)
        return ent, span

    def _quoted_person(self, sent: SpacySpan, cue: Token, subject: Entity | None) -> Speaker | None:
        """The person a "zitieren" clause quotes: the first one named after the cue who is not
        its subject, else the unnamed object ("zitiert den Prediger")."""
        boundary = sent.end
        for t in sent[cue.i - sent.start + 1 :]:
            if t.text in {":", ","} or self.cues.in_quote(t):
                boundary = t.i
                break
            ent = self.actors.at(t.i)
            if ent is not None and ent is not subject and ent.type in {"person", "anonymous"}:
                m = next(m for m in ent.mentions if m.tok_start <= t.i < m.tok_end)
                return ent, (m.start, m.end), SOURCE_OF[ent.type]
        obj = next((c for c in cue.children if c.dep_ == "obj" and c.pos_ == "NOUN" and cue.i < c.i < boundary
                    and not self.not_a_speaker(c)), None)
        if obj is not None and self.actors.at(obj.i) is None:  # "zitiert den Prediger mit …"
            return None, (obj.left_edge.idx, obj.idx + len(obj)), "unattributed"
        return None
