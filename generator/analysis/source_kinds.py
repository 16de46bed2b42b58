"""What a claim's speaker words say beyond the speaker: the named actor they are where the
mention was missed, the kind of source that has no actor (a poll, unnamed outlets, someone who
stays anonymous) and the actors joined to the speaker who make the claim with it."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import ActorFinder, Entity
from generator.analysis.actors.index import ARTICLES
from generator.analysis.cues import CueReader
from generator.analysis.document import ArticleDoc
from generator.analysis.lexicon import Lexicon
from generator.analysis.phrases import relative_clause_after, withholds_name
from generator.analysis.speakers import SUBJECT_DEPS
from generator.analysis.subjects import conjuncts, joined_subjects
from generator.model import ClaimForm, SourceType


class SourceKinds:
    """Reads the words that name a claim's source (character spans into the article text)."""

    def __init__(self, adoc: ArticleDoc, actors: ActorFinder, lex: Lexicon, cues: CueReader) -> None:
        self.adoc = adoc
        self.doc = adoc.doc
        self.actors = actors
        self.lex = lex
        self.cues = cues

    def named_actor(self, span: tuple[int, int]) -> Entity | None:
        """The one named actor whose name or alias the words are, an article and quotation marks
        aside."""
        words = self.adoc.text[span[0] : span[1]].split()
        if words and words[0].lower() in ARTICLES:
            words = words[1:]
        text = " ".join(words).strip("„“”\"»«")  # (a quoted name: "Die „Aktion Deutschland hilft“")
        if text.lower() in {"er", "sie", "es"}:
            return None  # a pronoun is an alias of whoever it was resolved to before, not a name
        found = [e for e in self.actors.entities.values() if e.type not in {"anonymous", "person"}
                 and text in (e.name, *e.aliases)]
        return found[0] if len(found) == 1 else None

    def unnamed_type(self, span: tuple[int, int]) -> SourceType:
        """The kind of source words name that no actor stands for: a poll ("laut einer Umfrage
        des ZDF-Politbarometers"), unnamed outlets ("US-Medien berichteten") or someone who
        stays anonymous ("Eine der Frauen, die anonym bleiben möchte"; hearsay: "Dem Vernehmen nach")."""
        words = self.doc.char_span(*span, alignment_mode="expand")
        if words is None:
            return "unattributed"
        if any(self.cues.poll(t) for t in words):
            return self.cues.survey_kind(words)
        nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN"}]
        if nouns and nouns[-1].lower_.rsplit("-", 1)[-1].endswith(tuple(self.lex.unnamed_media_nouns)):
            return "media"
        if nouns and all(t.lower_ in self.lex.hearsay_nouns for t in nouns):
            return "anonymous"  # "Dem Vernehmen nach"
        return "anonymous" if self.kept_anonymous(span) else "unattributed"

    def kept_anonymous(self, span: tuple[int, int]) -> bool:
        """A relative clause on the speaker keeps the name back ("Eine der Frauen, die anonym
        bleiben möchte"; "Ein Analyst der Deutschen Bank, der nicht genannt werden wollte")."""
        words = self.doc.char_span(*span, alignment_mode="expand")
        if words is None:
            return False
        after = list(self.doc[words.end : words[-1].sent.end])
        if after and after[0].lower_ in {"des", "der"}:  # "Ein Arzt des Krankenhauses, der anonym …"
            comma = next((k for k, t in enumerate(after[:7]) if t.text == ","), None)
            if comma is not None and all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN"} for t in after[1:comma]):
                after = after[comma:]
        clause = [t for head in words for c in head.children if c.dep_ == "acl:relcl" for t in c.subtree] \
            or relative_clause_after(after)
        return withholds_name(clause, self.lex.anonymity_words)

    def co_speakers(self, speaker: Entity, span: tuple[int, int], message: tuple[int, int],
                    form: ClaimForm) -> tuple[list[Entity], tuple[int, int]]:
        """Actors joined to the speaker by "und" speak with it ("Polizei und Staatsanwaltschaft
        teilten mit", "Bayerns Wirtschaftsminister Aiwanger und Sachsens Ministerpräsident
        Kretschmer forderten"), with the span that names them all; not with "oder", not for
        objects ("beschuldigte Israel und die USA") and not inside the ``message`` span."""
        words = self.doc.char_span(*span, alignment_mode="expand")
        if words is None or not self.doc.has_annotation("DEP"):
            return [], span
        joined: list[tuple[Entity, int, int]] = []  # actor, first and last character
        for conjunct in self._conjuncts(words, form):
            named = self._named_in(conjunct, message)
            if named is not None and named[0] is not speaker and all(named[0] is not e for e, _, _ in joined):
                joined.append(named)
        if not joined:
            return [], span
        first = min(span[0], *(a for _, a, _ in joined))
        last = max(span[1], *(b for _, _, b in joined))
        group = list(self.doc.char_span(first, last, alignment_mode="expand") or [])
        words_in = {t.lower_ for t in group}
        if not words_in & {"und", "sowie"} or words_in & {"oder", "bzw.", "aber", "sondern"} \
                or any(t.tag_.endswith("FIN") for t in group):  # one phrase, no clause
            return [], span
        return [e for e, _, _ in joined], (first, last)

    @staticmethod
    def _conjuncts(words: SpacySpan, form: ClaimForm) -> list[Token]:
        """The coordinated phrases the speaker words belong to, in text order. The phrase's
        head may stand before the name ("Bundeskanzler Merz"), and the speaker may be a later
        conjunct: the group starts at the first one; only a subject, its genitive attribute
        ("Die Außenminister Frankreichs, Italiens und Österreichs") or a source phrase."""
        anchors = [*words, *(t.head for t in words if words.start - 3 <= t.head.i < words.start)]
        roots = []
        for t in anchors:
            while t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ in {"NOUN", "PROPN"}:
                t = t.head
            roots.append(t)
        members = [r for r in dict.fromkeys(roots) if r.dep_ in SUBJECT_DEPS or form == "according_to"
                   or (r.dep_ == "nmod" and r.head.dep_ in SUBJECT_DEPS)]
        for m in members:  # "A, B und C": C may hang on B, or on the name apposed to A ("Richter
            # Ulrich Berghoff und Richterin Ines Kampmann")
            members.extend(c for c in [*conjuncts(m), *joined_subjects(m)]
                           if c.pos_ in {"NOUN", "PROPN"} and c not in members)
        return sorted(members, key=lambda t: t.i)

    def _named_in(self, conjunct: Token, message: tuple[int, int]) -> tuple[Entity, int, int] | None:
        """The actor a conjunct names, with the characters of its mentions there: the person the
        phrase names, else its first actor ("Bayerns Wirtschaftsminister Hubert Aiwanger" is
        Aiwanger, not Bayern)."""
        inner = {x.i for c in conjuncts(conjunct) for x in c.subtree}
        own = [t for t in conjunct.subtree if t.i not in inner and not message[0] <= t.idx < message[1]]
        found = [e for t in own if (e := self.actors.at(t.i)) is not None]
        after = self.actors.at(conjunct.i + 1) if conjunct.i + 1 < len(self.doc) else None
        if not found and after is not None and after.type == "person":
            # "und Sozialminister Manne Lucha", the name parsed onto the first conjunct
            own = [t for t in self.doc[conjunct.i + 1 : conjunct.i + 4] if self.actors.at(t.i) is after]
            found = [after]
        ent = next((e for e in found if e.type == "person"), found[0] if found else None)
        if ent is None:
            return None
        spans = [(m.start, m.end) for m in ent.mentions if any(m.tok_start <= t.i < m.tok_end for t in own)]
        return (ent, min(a for a, _ in spans), max(b for _, b in spans)) if spans else None

