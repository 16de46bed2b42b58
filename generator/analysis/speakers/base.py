"""The shared state of the speaker finder (article, actors, lexicon, cue reader), the source
type each actor type gives, and the token tests every job uses: what cannot be a speaker,
and the span of a subject's noun phrase."""

from __future__ import annotations

from spacy.tokens import Token

from generator.analysis.actors import ActorFinder, Entity
from generator.analysis.cues import CueReader
from generator.analysis.document import ArticleDoc
from generator.analysis.lexicon import Lexicon
from generator.analysis.phrases import CLOSING_QUOTES, OPENING_QUOTES
from generator.model import SourceType

SUBJECT_DEPS = {"sb", "nsubj", "nsubj:pass", "sbp"}
# cue verbs whose dative object (a person) stands right after them: "warf Delgado vor, …",
# "sicherte Delgado Unterstützung zu" name the addressee there, not the speaker
DATIVE_OBJECT_VERBS = frozenset({"vorwerfen", "vorhalten", "unterstellen", "zusichern", "zusagen",
                                 "versprechen", "anlasten", "danken", "gratulieren"})
# speech acts whose accusative object is the one addressed ("warnte die Bundesregierung vor …")
ADDRESSEE_OBJECT_VERBS = frozenset({"warnen", "auffordern", "bitten", "mahnen", "ermahnen", "drängen",
                                    "aufrufen", "beschuldigen", "bezichtigen", "informieren", "fragen"})
# focus phrases that open a subject without making it a prepositional phrase
FOCUS_PHRASES = {("vor", "allem"), ("unter", "anderem"), ("zum", "beispiel")}
NOMINAL_TAGS = {"NN", "NE", "PDS", "PIS", "PPER", "PRELS", "PWS"}
SOURCE_OF: dict[str, SourceType] = {
    "person": "person", "organization": "institution", "state": "institution",
    "group": "institution", "media": "media", "anonymous": "anonymous",
}
Speaker = tuple[Entity | None, tuple[int, int] | None, SourceType]


class SpeakerBase:
    """The article, its actors and cues, and the token tests every speaker job shares."""

    def __init__(self, adoc: ArticleDoc, actors: ActorFinder, lex: Lexicon, cues: CueReader) -> None:
        self.adoc = adoc
        self.doc = adoc.doc
        self.actors = actors
        self.lex = lex
        self.cues = cues
        self.parsed = self.doc.has_annotation("DEP")

    def _names_actor(self, token: Token) -> bool:
        """The word is an actor's, or a noun right before a person's name ("Innenministerin
        Daniela Behrens")."""
        if self.actors.at(token.i) is not None:
            return True
        after = self.actors.at(token.i + 1) if token.i + 1 < len(self.doc) else None
        return token.pos_ == "NOUN" and after is not None and after.type == "person"

    def named_last(self, token: Token) -> Entity | None:
        """The actor named last before ``token`` (within 30 words, outside quotations): whom a
        demonstrative refers to ("Das entschied die AIU, wie diese mitteilte")."""
        return next((e for t in reversed(self.doc[max(0, token.i - 30) : token.i])
                     if (e := self.actors.at(t.i)) is not None and not self.cues.in_quote(t)), None)

    def _opens_name(self, edge: Token, token: Token) -> bool:
        """The word that opens the phrase belongs to the actor's name ("Pro Asyl"), not a
        preposition before it."""
        ent = self.actors.at(edge.i)
        return ent is not None and ent is self.actors.at(token.i)

    def not_a_speaker(self, token: Token) -> bool:
        """Times, adverbs and prepositional or "als" phrases the parser or a position rule may
        take for a speaker ("Als Begründung gab er an")."""
        edge = token.left_edge if self.parsed else token
        if edge.i + 2 <= token.i and (edge.lower_, edge.nbor(1).lower_) in FOCUS_PHRASES:
            edge = edge.nbor(2)  # "Vor allem Italien und Dänemark drängen": no prepositional phrase
        before = token.doc[token.i - 1] if token.i > 0 else token
        if token.lower_ in {"weiteren", "übrigen"}:
            return True  # "Des Weiteren wirft die OSZE …", "Im Übrigen"
        if token.pos_ == "ADP" and self._opens_name(token, token):
            return False  # "Pro Asyl": a name that opens with a preposition
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
            token.lower_ in self.lex.temporal_nouns and self.actors.at(token.i) is None) or (  # not „Zeit“
            edge.i < token.i and (edge.pos_ == "ADP" or edge.lower_ in {"als", "wie"})
            and not self._opens_name(edge, token)) or (
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
