"""Claims: who said or asserted what, in which form, with which cue, hedges and source chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import ActorFinder, Entity
from generator.analysis.document import ArticleDoc
from generator.analysis.lexicon import PARTICLES, Lexicon
from generator.analysis.phrases import noun_phrase, noun_phrase_before, np_end, np_start_before
from generator.model import ClaimForm, SourceType

SUBJECT_DEPS = {"sb", "nsubj", "nsubj:pass", "sbp"}
COMPLEMENT_MARKERS = {"dass", "daß", "ob", ":"}
SOURCE_OF: dict[str, SourceType] = {
    "person": "person", "organization": "institution", "state": "institution",
    "group": "institution", "media": "media", "anonymous": "anonymous",
}
REPORTING_WIE = {"berichten", "melden", "mitteilen", "schreiben", "sagen", "erklären",
                 "bestätigen", "informieren", "bekanntgeben", "ankündigen",
                 "vermelden", "verlauten", "zitieren", "angeben", "betonen", "sprechen",
                 "ergeben", "zeigen", "belegen"}
CLOSING_QUOTES = "“\"«”‘"
# Nouns a quoted name follows ("Nachrichtenagentur „Sana“", "Film „Titanic“"); compounds too.
NAME_NOUNS = ("agentur", "zeitung", "magazin", "sender", "partei", "organisation", "bündni",
              "gruppe", "film", "buch", "roman", "album", "titel", "prei", "projekt", "initiative",
              "programm", "aktion", "motto", "kampagne", "operation", "firma", "unternehmen", "marke",
              "sendung", "serie", "show", "schiff", "stiftung", "verein", "bewegung", "zeitschrift",
              "blatt", "portal", "website", "plattform", "slogan", "lied", "song", "spiel", "verband",
              "stück", "oper", "ausstellung", "festival", "band", "namen", "name", "bezeichnung",
              "rubrik", "musical", "kongress", "konferenz", "kategorie", "sorte", "modell", "video",
              "begriff", "gattung", "station", "hotel", "restaurant", "sendereihe")


@dataclass
class Found:
    """A claim while it is being assembled (char offsets into the article text)."""

    sentence: int
    form: ClaimForm
    start: int
    end: int
    speaker: Entity | None = None
    speaker_span: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    source_type: SourceType = "unattributed"
    via: Entity | None = None
    hedges: list[str] = field(default_factory=list)
    carried: bool = False  # reported speech that carries on an earlier speaker without a cue


class ClaimFinder:
    def __init__(self, adoc: ArticleDoc, actors: ActorFinder, lex: Lexicon) -> None:
        self.adoc = adoc
        self.doc = adoc.doc
        self.actors = actors
        self.lex = lex
        self.found: list[Found] = []
        self.quote_chars = [(s, e) for s, e in adoc.quotes]
        self.parsed = self.doc.has_annotation("DEP")

    # -- token helpers -----------------------------------------------------------------
    def in_quote(self, token: Token) -> bool:
        return any(s < token.idx < e - 1 for s, e in self.quote_chars)

    def cue_lemma(self, token: Token) -> str | None:
        if not token.text[:1].islower() or token.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "ADP"}:
            return None
        candidates = self.lex.cue_candidates(token.lemma_, token.text)
        if not candidates:
            return None
        later = None
        plain = None
        for lemma in candidates:
            particle = next((p for p in PARTICLES if lemma.startswith(p) and len(lemma) > len(p) + 3), "")
            if not particle or token.lower_.startswith(particle):
                plain = plain or lemma
                continue
            if later is None:
                sent = self.sentence_of(token)
                # a separated particle closes its clause: "teilte … mit.", "deutete … an, dass"
                later = {t.lower_ for t in sent if t.i > token.i and (
                    t.i + 1 >= sent.end or self.doc[t.i + 1].is_punct
                    or self.doc[t.i + 1].lower_ in {"und", "oder", "dass", "daß", "ob"})} | {
                    t.lower_ for t in sent if t.i == token.i - 1}  # "wie … bekannt gab"
            if particle in later:
                return lemma  # the separated particle is there: "teilte … mit"
        return plain

    def cues(self, sent: SpacySpan) -> list[Token]:
        """Speech verbs of a sentence, outside quotations and not in an agentless passive
        ("der als „Sonnenwind“ bezeichnet wird")."""
        return [t for t in sent if not self.in_quote(t) and self.cue_lemma(t) and not (
            t.i + 1 < sent.end and self.doc[t.i + 1].lower_ in {"wird", "werden", "wurde", "wurden"}
            and not any(x.lower_ in {"von", "vom"} for x in sent))]

    def used_cue(self, token: Token) -> bool:
        """A cue already given to a claim (short quotes inside a clause do not count)."""
        return any(f.cue is not None and f.cue[0] == token.idx and not (
            f.form == "direct" and len(self.adoc.text[f.start : f.end].split()) < 5)
            for f in self.found)

    def entity_in(self, tokens: list[Token]) -> tuple[Entity | None, tuple[int, int] | None]:
        """The first actor named in ``tokens`` (pronouns resolved), with its char span."""
        for token in tokens:
            ent = self.actors.at(token.i)
            if ent:
                span = next(((m.start, m.end) for m in ent.mentions
                             if m.tok_start <= token.i < m.tok_end), (token.idx, token.idx + len(token)))
                return ent, span
            if token.lower_ in {"er", "sie", "dieser"}:
                ent = self.actors.resolve_pronoun(token)
                if ent:
                    return ent, (token.idx, token.idx + len(token))
        return None, None

    def sentence_of(self, token: Token) -> SpacySpan:
        return self.adoc.spans[self.adoc.sentence_at(token.idx)]

    def attribution(self, cue: Token) -> tuple[
            Entity | None, tuple[int, int] | None, SourceType, Entity | None]:
        """Speaker, speaker words, source type and source chain of a cue verb. With
        "zitieren" the words are the quoted person's and the outlet is the chain ("Ein
        Fernsehsender zitierte Papandreou mit den Worten: …")."""
        sent = self.sentence_of(cue)
        ent, sspan, stype = self.speaker_of(cue)
        via = self._via(sent)
        if self.cue_lemma(cue) == "zitieren" and cue.tag_ != "VVPP":
            quoted = self._quoted_person(sent, cue, ent)
            if quoted is not None:
                return (*quoted, ent or via)
        return ent, sspan, stype, via

    def speaker_of(self, cue: Token) -> tuple[Entity | None, tuple[int, int] | None, SourceType]:
        """The subject of a cue verb: from the parse if it has one, else by position."""
        sent = self.sentence_of(cue)
        boundary = next((t.i for t in sent[cue.i - sent.start + 1 :]
                         if t.text in {",", ":"} or t.lower_ in COMPLEMENT_MARKERS), sent.end)
        agent = self._passive_agent(cue, sent)
        if agent is not None:
            return agent
        for child in self._subjects(cue):
            if self.in_quote(child) or child.i >= boundary or self._not_a_speaker(child):
                continue
            if child.tag_ == "PRELS":  # "Alice Schwarzer, die den Mut Alis hervorhob"
                return self._antecedent(child)
            ent, span = self.entity_in(list(child.subtree))
            if ent:
                return ent, span, SOURCE_OF[ent.type]
            if self._poll(child):
                return None, (child.idx, child.idx + len(child)), "poll"
            if child.lower_ not in {"es", "das", "dies"}:
                return None, self._phrase_span(child), "unattributed"
        stray = self._stray_subject(cue, sent, boundary)
        if stray is not None:
            ent, span = self.entity_in(list(stray.subtree))
            return ent, span or self._phrase_span(stray), SOURCE_OF[ent.type] if ent else "unattributed"
        after = []
        for t in sent[cue.i - sent.start + 1 :]:
            if t.text in {",", ";", ":"} or t.lower_ in COMPLEMENT_MARKERS:
                break
            if t.text in "„»\"“«":
                continue
            after.append(t)
            if len(after) >= 7:
                break
        ent, span = self.entity_in(after)
        if ent:
            return ent, span, SOURCE_OF[ent.type]
        before = []
        for t in reversed(sent[: cue.i - sent.start]):
            if t.text in {",", ";", ":"} or t.text in CLOSING_QUOTES or self.in_quote(t):
                break
            before.insert(0, t)
        ent, span = self.entity_in(list(reversed(before)))
        if ent:
            return ent, span, SOURCE_OF[ent.type]
        if not before:  # "Henk Meijer, Laborleiter der Emsland GmbH, erklärte:"
            ent, span = self._apposed_subject(sent, cue)
            if ent or span:
                return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
        poll = next((t for t in [*after, *before] if self._poll(t)), None)
        if poll is not None:
            return None, (poll.idx, poll.idx + len(poll)), "poll"
        after, before = self._without_adjuncts(after), self._without_adjuncts(before)
        return None, noun_phrase(after) or noun_phrase_before(before), "unattributed"

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
            if not self._not_a_speaker(t):
                out.append(t)
        return out

    def _antecedent(self, pronoun: Token) -> tuple[Entity | None, tuple[int, int] | None, SourceType]:
        """What a relative pronoun refers to: the phrase before its comma."""
        words = pronoun.idx, pronoun.idx + len(pronoun)
        i = pronoun.i - 1
        if i > 0 and self.doc[i].text == ",":
            i -= 1
        while i > 0 and self.doc[i].is_punct:
            i -= 1
        head = self.doc[i]
        ent = self.actors.at(head.i)
        if ent is not None:
            return ent, words, SOURCE_OF[ent.type]
        if head.pos_ in {"NOUN", "PROPN"} and not self._not_a_speaker(head):
            return None, self._phrase_span(head), "unattributed"
        return None, words, "unattributed"

    def _subjects(self, cue: Token) -> list[Token]:
        """Subject dependents of the cue, of its auxiliary ("hat gesagt") and of the verb it is
        coordinated with ("verständigte die Polizei und teilte mit")."""
        if not self.parsed:
            return []
        heads = [cue]
        if cue.head.pos_ == "AUX" or cue.dep_ == "conj":
            heads.append(cue.head)
        return [c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS]

    def _stray_subject(self, cue: Token, sent: SpacySpan, boundary: int) -> Token | None:
        """A subject the parser hung on an adverb or noun of the cue's clause
        ("Die Armeeleitung hingegen sprach …" with "Armeeleitung" under "hingegen")."""
        if not self.parsed:
            return None
        start = max((t.i + 1 for t in sent if t.i < cue.i and t.text in {",", ";", ":"}), default=sent.start)
        for t in sent[start - sent.start : boundary - sent.start]:
            if t.dep_ in SUBJECT_DEPS and t.head.pos_ not in {"VERB", "AUX"} and t.head.i != t.i \
                    and not self.in_quote(t) and not self._not_a_speaker(t) \
                    and t.lower_ not in {"es", "das", "dies", "man"}:
                return t
        return None

    def _not_a_speaker(self, token: Token) -> bool:
        """Times, adverbs and prepositional or "als" phrases the parser or a position rule may
        take for a speaker ("Als Begründung gab er an")."""
        edge = token.left_edge if self.parsed else token
        before = token.doc[token.i - 1] if token.i > 0 else token
        return token.pos_ in {"ADV", "ADP", "SCONJ", "CCONJ", "NUM", "ADJ"} or token.like_num or (
            token.lower_ in self.lex.temporal_nouns) or (
            edge.i < token.i and (edge.pos_ == "ADP" or edge.lower_ in {"als", "wie"})) or (
            before.i < token.i and before.lower_ in {"als", "wie"})

    def _phrase_span(self, head: Token) -> tuple[int, int]:
        """The noun phrase of a subject without its relative clauses and appositions."""
        tokens = sorted(head.subtree, key=lambda t: t.i)
        start = tokens[0]
        end = head
        for t in tokens:
            if t.i <= head.i:
                continue
            if t.is_punct or (t.pos_ in {"VERB", "AUX", "PRON"} and t.dep_ != "det"):
                break
            end = t
            if t.i - start.i >= 9:
                break
        return start.idx, end.idx + len(end)

    def _passive_agent(self, cue: Token, sent: SpacySpan) -> tuple[
            Entity | None, tuple[int, int] | None, SourceType] | None:
        """"… wird von Experten als „…“ bezeichnet": the von-phrase of a passive cue."""
        if cue.tag_ != "VVPP" or not any(t.lemma_ == "werden" for t in sent if abs(t.i - cue.i) <= 8):
            return None
        words = list(sent)
        for k, t in enumerate(words):
            if t.lower_ in {"von", "vom"} and t.i < cue.i and cue.i - t.i <= 10:
                end = np_end(words, k + 1)
                ent, span = self._source_in(words[k + 1 : end])
                if span is not None:
                    return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
        return None

    def _apposed_subject(self, sent: SpacySpan, cue: Token) -> tuple[Entity | None, tuple[int, int] | None]:
        """The phrase before the first comma when only an apposition separates it from the cue."""
        words = [t for t in sent if t.i < cue.i]
        comma = next((k for k, t in enumerate(words) if t.text == ","), None)
        if not comma or any(t.pos_ in {"VERB", "AUX"} for t in words[:comma]) or words[0].pos_ == "ADP":
            return None, None
        ent, span = self.entity_in(words[:comma])
        return (ent, span) if ent else (None, noun_phrase(words[:comma]))

    def _poll(self, token: Token) -> bool:
        return token.text[:1].isupper() and (
            token.lower_ in self.lex.poll_nouns or token.lemma_.lower() in self.lex.poll_nouns)

    def hedges(self, sent: SpacySpan) -> list[str]:
        words = [t.lower_ for t in sent]
        text = " " + " ".join(words) + " "
        found = [h for h in self.lex.hedge_adverbs if f" {h} " in text]
        found += [w for w in words if w in self.lex.hedge_modals or w in self.lex.reportative]
        return sorted(set(found), key=lambda h: text.find(f" {h} "))

    def is_konjunktiv1(self, token: Token) -> bool:
        lower = token.lower_
        if lower in self.lex.konjunktiv1:
            return True
        return ("Sub" in token.morph.get("Mood") and lower not in self.lex.konjunktiv2
                and lower.endswith("e") and not lower.endswith(("te", "de"))  # wollte, wurde: past
                and token.pos_ in {"VERB", "AUX"})

    def has_konjunktiv(self, tokens: list[Token], include_k2: bool = False) -> bool:
        return any(self.is_konjunktiv1(t) or (include_k2 and t.lower_ in self.lex.konjunktiv2)
                   for t in tokens)

    # -- spans -------------------------------------------------------------------------
    @staticmethod
    def trim(tokens: list[Token]) -> tuple[int, int] | None:
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in {"dass", "daß", "ob"}):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in CLOSING_QUOTES:
            tokens = tokens[:-1]
        if not tokens:
            return None
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    def add(self, sid: int, form: ClaimForm, span: tuple[int, int] | None, **kw: object) -> Found | None:
        if span is None or span[1] - span[0] < 3:
            return None
        words = [w for w in self.adoc.text[span[0] : span[1]].split() if any(c.isalpha() for c in w)]
        if not words:
            return None
        found = Found(sid, form, span[0], span[1], **kw)  # type: ignore[arg-type]
        found.hedges = self.hedges(self.adoc.spans[sid])
        if form != "assertion":
            for ent in (found.speaker, found.via):
                if ent is not None:
                    ent.quoted = True
        self.found.append(found)
        return found

    # -- passes ------------------------------------------------------------------------
    def run(self) -> list[Found]:
        self._quotes()
        for sid, sent in enumerate(self.adoc.spans):
            if self.adoc.kind(sid) == "heading":
                continue
            quoted = any(f.sentence == sid for f in self.found)
            ((self._source_first(sent) and self._according_to(sid, sent))
             or self._cue_clause(sid, sent) or self._according_to(sid, sent)
             or self._speech_noun(sid, sent)
             or self._headline_source(sid, sent) or self._anaphoric(sid, sent)
             or quoted or self._continuation(sid, sent))
        for sid, sent in enumerate(self.adoc.spans):
            kind = self.adoc.kind(sid)
            if kind == "heading" or sent.text.rstrip().endswith("?"):
                continue
            if not any(f.sentence == sid for f in self.found):
                self.add(sid, "assertion", self.trim(list(sent)) and (sent.start_char, sent.end_char))
        self.found.sort(key=lambda f: (f.start, f.end))
        self._join_carried()
        return self.found

    def _join_carried(self) -> None:
        """Consecutive carried-on sentences of one speaker in one paragraph are one claim."""
        joined: list[Found] = []
        for f in self.found:
            last = joined[-1] if joined else None
            if last is not None and last.carried and f.carried and f.speaker is last.speaker \
                    and f.sentence == self.adoc.sentence_at(last.end - 1) + 1 \
                    and self.adoc.block_of[f.sentence] == self.adoc.block_of[last.sentence]:
                last.end = f.end
                last.hedges = list(dict.fromkeys([*last.hedges, *f.hedges]))
                continue
            joined.append(f)
        self.found = joined

    def _so_after(self, first: int, last: int, qe: int, span: tuple[int, int]) -> bool:
        """"„…“, so Schnappauf." / "„…“, hieß es von X.": the source follows the quotation."""
        after = [t for t in self.adoc.spans[last] if t.idx >= qe and not self.in_quote(t)]
        # "„…“, so X." or "… „…“ ausgefallen, so X.": the first comma that a source follows
        comma = next((j for j, t in enumerate(after[:-2]) if t.text == "," and (
            after[j + 1].lower_ == "so" or after[j + 1].lower_ in {"hieß", "heißt"})), None)
        if comma is None or (comma > 0 and any(t.pos_ in {"VERB", "AUX"} and self.cue_lemma(t)
                                               for t in after[:comma])):
            return False
        after = after[comma:]
        word = after[1].lower_
        if word == "so":
            scope = after[2:]
        elif word in {"hieß", "heißt"} and after[2].lower_ == "es":
            scope = after[3:]
        else:
            return False
        ent, sspan = self.entity_in(scope[:8])
        sspan = sspan or noun_phrase(scope[:8])
        if sspan is None:
            return False
        self.add(first, "direct", span, speaker=ent, speaker_span=sspan,
                 cue=(after[1].idx, after[1].idx + len(after[1])),
                 source_type=SOURCE_OF[ent.type] if ent else "unattributed",
                 via=self._via(self.adoc.spans[last]))
        return True

    @staticmethod
    def _looks_like_name(inner: str) -> bool:
        """Quoted titles and names ("People's Alliance for Democracy") are not speech."""
        words = [w for w in inner.split() if w[:1].isalpha()]
        small = {"der", "die", "das", "des", "für", "von", "und", "of", "the", "for", "and", "de"}
        return len(words) >= 2 and inner[-1:] not in ".!?," and all(
            w[:1].isupper() or w.lower() in small for w in words) and len(words) <= 8

    def _term(self, qs: int, qe: int) -> bool:
        """A quoted name or label rather than words someone said: one proper noun or entity
        ("„Amflora“", "„Reuters“") or a short label with a number ("„HD 13189“")."""
        inner = self.adoc.text[qs + 1 : qe - 1].strip()
        words = inner.split()
        if len(words) <= 3 and any(c.isdigit() for c in inner):
            return True
        span = self.doc.char_span(qs + 1, qe - 1, alignment_mode="expand")
        if len(words) != 1 or span is None or not inner[:1].isupper():
            return False
        return any(t.pos_ == "PROPN" or t.ent_type_ or (t.is_upper and len(t) > 1) for t in span)

    def _named_by_noun(self, qs: int, inner: str) -> bool:
        """"die Nachrichtenagentur „Sana“", "Magazin „auto, motor und sport“": a name."""
        before = self.doc.char_span(qs, qs + 1, alignment_mode="expand")
        if before is None or before.start == 0 or len(inner.split()) > 5 or inner[-1:] in ".!?":
            return False
        prev = self.doc[before.start - 1].lower_
        if prev in {"sogenannte", "sogenannten", "sogenannter", "genannte", "genannten", "namens",
                    "titel", "motto"}:
            return True  # "die sogenannte „Generation Praktikum“", "namens „mindset“"
        stem = prev.removesuffix("es") if prev.endswith("es") else prev.rstrip("sn")
        return any(stem.endswith(noun) or prev.endswith(noun) for noun in NAME_NOUNS)

    def _quotes(self) -> None:
        for qs, qe in self.quote_chars:
            inner = self.adoc.text[qs + 1 : qe - 1].strip()
            if not inner or self._looks_like_name(inner) or self._named_by_noun(qs, inner) \
                    or self._term(qs, qe):
                continue
            first, last = self.adoc.sentence_at(qs), self.adoc.sentence_at(qe - 1)
            cue = None
            candidates = [last, first]
            opens = first > 0 and self.adoc.spans[first - 1].text.rstrip().endswith(":") and (
                self.adoc.block_of[first - 1] == self.adoc.block_of[first]
                or qs <= self.adoc.spans[first].start_char + 1)
            if opens:
                candidates.append(first - 1)  # "Er sagte:" then the quotation
            for sid in dict.fromkeys(candidates):
                if self.adoc.kind(sid) == "heading":
                    continue
                cues = self.cues(self.adoc.spans[sid])
                if cues:
                    cue = min(cues, key=lambda t: min(abs(t.idx - qe), abs(t.idx - qs)))
                    break
            span = (qs + 1, qe - 1)
            if cue is not None:
                ent, sspan, stype, via = self.attribution(cue)
                self.add(first, "direct", span, speaker=ent, speaker_span=sspan,
                         cue=(cue.idx, cue.idx + len(cue)), source_type=stype, via=via)
                continue
            if self._so_after(first, last, qe, span):
                continue
            whole = self.adoc.spans[first]
            if opens:  # "Das Fazit von Sandra Boser überrascht nicht:" then the quotation
                ent, sspan, stype = self._clause_subject(self.adoc.spans[first - 1])
                if ent or sspan:
                    self.add(first, "direct", span, speaker=ent, speaker_span=sspan, source_type=stype)
                    continue
            prev = self._recent_claim(first, window=2)
            if prev and (prev.speaker or prev.speaker_span) and (
                    qs <= whole.start_char + 1 or self.has_konjunktiv(list(whole), include_k2=True)):
                # the quotation opens the sentence, or the sentence carries on reported speech
                self.add(first, "direct", span, speaker=prev.speaker, source_type=prev.source_type,
                         speaker_span=None if prev.speaker else prev.speaker_span)
                continue
            if qs <= whole.start_char + 1 and first > 0 and self.adoc.kind(first - 1) == "body":
                # "Georg Ratzinger war eingeweiht. „Mein Bruder wünscht sich Ruhe.“"
                ent, sspan, stype = self._clause_subject(self.adoc.spans[first - 1])
                if ent is not None and ent.type == "person":
                    self.add(first, "direct", span, speaker=ent, speaker_span=sspan, source_type=stype)
                    continue
            # a quotation inside a sentence without a speech verb ("werfen ihm „Wortbruch“ vor"):
            # the sentence's subject is the best guess for whose words these are
            if len(inner.split()) < 2:
                continue  # a single quoted word without a speech verb: usually a name or term
            if inner[-1:] not in ".!?…" and len(inner.split()) > 4 and not any(
                    t.pos_ in {"VERB", "AUX"} for t in self.doc.char_span(
                        qs + 1, qe - 1, alignment_mode="expand") or []):
                continue  # a title or name in quotation marks, not speech
            before = [t for t in whole if t.idx < qs and not self.in_quote(t)]
            source = self._source_phrase(before)
            if source is not None:  # "… laut Klinikdirektor Beckmann „jetzt Paaren helfen …“"
                ent, sspan = source
                self.add(first, "direct", span, speaker=ent, speaker_span=sspan,
                         source_type=SOURCE_OF[ent.type] if ent else "unattributed")
                continue
            ent, sspan = self.entity_in(before[:6])
            if ent is None and prev and prev.speaker:
                ent, sspan = prev.speaker, None  # no one named here: the last speaker goes on
            elif ent is None:
                sspan = noun_phrase([t for t in before[:6] if not self._not_a_speaker(t)])
            self.add(first, "direct", span, speaker=ent, speaker_span=sspan,
                     source_type=SOURCE_OF[ent.type] if ent else "unattributed")

    def _source_phrase(self, tokens: list[Token]) -> tuple[Entity | None, tuple[int, int] | None] | None:
        """The source an according-to phrase among ``tokens`` names ("laut X", "nach Bewertung
        von X"), if there is one."""
        for k, t in enumerate(tokens):
            if t.lower_ in self.lex.according_before and k + 1 < len(tokens):
                return self._source_in(tokens[k + 1 : np_end(tokens, k + 1)])
            if t.lower_ == "nach" and (noun := self._nach_noun(tokens, k)) is not None:
                return self._source_in(tokens[k + 1 : max(np_end(tokens, k + 1), noun + 1)])
        return None

    def _clause_subject(self, sent: SpacySpan, persons: bool = True) -> tuple[
            Entity | None, tuple[int, int] | None, SourceType]:
        """Who a sentence is about: the subject of its main verb, else (``persons``) the first
        person named."""
        root = sent.root
        for child in self._subjects(root):
            if self._not_a_speaker(child) or self.in_quote(child):
                continue
            ent, span = self.entity_in(list(child.subtree))
            if ent:
                return ent, span, SOURCE_OF[ent.type]
            if child.pos_ in {"NOUN", "PROPN"}:
                return None, self._phrase_span(child), "unattributed"
        person = next((e for t in sent if (e := self.actors.at(t.i)) and e.type == "person"), None) \
            if persons else None
        if person is not None:
            m = next(m for m in person.mentions if sent.start <= m.tok_start < sent.end)
            return person, (m.start, m.end), "person"
        return None, None, "unattributed"

    def _via(self, sent: SpacySpan) -> Entity | None:
        """"gegenüber Bloomberg", "sagte der Zeitung X", "unter Berufung auf Insider"."""
        words = [t.lower_ for t in sent]
        for i, word in enumerate(words):
            if word == "gegenüber" or (word == "auf" and i >= 2 and words[i - 1] == "berufung"):
                ent, _ = self.entity_in(list(sent[i + 1 : i + 6]))
                if ent:
                    return ent
        for t in sent:
            ent = self.actors.at(t.i)
            if ent and ent.type == "media" and t.i > sent.start and t.nbor(-1).lower_ in {"der", "dem"} \
                    and any(self.cue_lemma(c) for c in sent[max(0, t.i - sent.start - 3) : t.i - sent.start]):
                return ent
        return None

    def _sourced(self, sid: int, sent: SpacySpan, msg: list[Token], ent: Entity | None,
                 sspan: tuple[int, int] | None, cue: tuple[int, int],
                 form: ClaimForm = "according_to") -> bool:
        """Add a claim whose source a phrase names ("laut X", "X zufolge", "wie X berichtet")."""
        if any(f.cue is not None and f.cue[0] == cue[0] for f in self.found):
            return True  # the same attribution already gave a quotation its speaker
        if msg and msg[0].text == ",":
            msg = msg[1:]
        self.add(sid, form, self.trim(msg), speaker=ent, speaker_span=sspan, cue=cue,
                 source_type=SOURCE_OF[ent.type] if ent else "unattributed", via=self._via(sent))
        return True

    def _according_to(self, sid: int, sent: SpacySpan) -> bool:
        """"laut X", "X zufolge", "nach Angaben von X", "X-Meinung nach", "hieß es aus X",
        "wie X berichtete", "…, so X"."""
        toks = list(sent)
        for k, t in enumerate(toks):
            low = t.lower_
            cue = (t.idx, t.idx + len(t))
            if low in self.lex.according_before and k + 1 < len(toks):
                end = np_end(toks, k + 1)
                ent, sspan = self._source_in(toks[k + 1 : end])
                return self._sourced(sid, sent, toks[end:] if k == 0 else toks, ent, sspan, cue)
            if low in self.lex.according_after and k > 0:
                start = np_start_before(toks, k)
                ent, sspan = self._source_in(toks[start:k])
                at_start = start == 0 or (start <= 2 and toks[0].is_punct)
                return self._sourced(sid, sent, toks[k + 1 :] if at_start else toks, ent, sspan, cue)
            if low == "nach" and k >= 2 and self.lex.report_noun(toks[k - 1].lower_) \
                    and toks[k - 1].text[:1].isupper():  # "seiner Meinung nach"
                ent, sspan = self.entity_in(toks[max(0, k - 4) : k - 1])
                sspan = sspan or (toks[k - 2].idx, toks[k - 1].idx + len(toks[k - 1]))
                return self._sourced(sid, sent, toks[k + 1 :] if k <= 4 else toks, ent, sspan, cue)
            noun = self._nach_noun(toks, k) if low == "nach" else None
            if noun is not None:  # "nach Angaben der Polizei", "nach eigenen Angaben", "nach Polizeiangaben"
                end = max(np_end(toks, k + 1), noun + 1)
                ent, sspan = self._source_in(toks[k + 1 : end])  # the actor, else the phrase
                return self._sourced(sid, sent, toks[end:] if k == 0 else toks, ent, sspan,
                                     (t.idx, toks[noun].idx + len(toks[noun])))
            if low == "wonach" and k >= 2 and toks[k - 1].text == "," and k + 2 < len(toks):
                # "Spekulationen, wonach …", "ein Bericht der Zeitung, wonach …"
                start = np_start_before(toks, k - 1)
                if start < k - 1:
                    ent, sspan = self._source_in(toks[start : k - 1])
                    return self._sourced(sid, sent, toks[k + 1 :], ent, sspan, cue, "indirect")
            if low == "demnach" and k > 0:  # "… erreichten demnach …"
                prev = self._recent_claim(sid)
                return self._sourced(sid, sent, toks, prev.speaker if prev else None, cue, cue)
            if low in {"hieß", "heißt"} and k + 1 < len(toks) and toks[k + 1].lower_ == "es" \
                    and (k == 0 or toks[k - 1].lower_ not in {"das", "dies", "was"}):
                # "Aus Regierungskreisen hieß es, …" / "…, hieß es in einer Mitteilung."
                comma = next((j for j in range(len(toks)) if toks[j].text == ","), None)
                before_comma = comma is not None and k < comma
                scope = toks[:comma] if before_comma else toks[k:]
                start = next((j for j, x in enumerate(scope) if x.lower_ in {"aus", "von", "in", "vom"}),
                             None)
                ent, sspan = self._source_in(scope[start + 1 : np_end(scope, start + 1)]) \
                    if start is not None and start + 1 < len(scope) else (None, None)
                msg = toks[comma + 1 :] if before_comma else toks[: max(0, k - 1)]
                return self._sourced(sid, sent, msg, ent, sspan, cue,
                                     "indirect" if self.has_konjunktiv(msg) else "according_to")
            if low == "wie" and (k == 0 or toks[k - 1].text == "," or t.text == "Wie"):
                end_k = next((j for j in range(k + 1, len(toks)) if toks[j].text == ","), None)
                if end_k is None:
                    continue
                verbs = [x for x in toks[k + 1 : end_k] if self.cue_lemma(x) in REPORTING_WIE
                         or x.lower_ == "bekannt"]  # "wie X mitteilte", "wie heute bekannt wurde"
                if not verbs:
                    continue
                ent, sspan = self.entity_in(toks[k + 1 : end_k])
                sspan = sspan or noun_phrase(toks[k + 1 : end_k])
                return self._sourced(sid, sent, toks[end_k + 1 :] if k == 0 else toks[:k], ent,
                                     sspan, (verbs[0].idx, verbs[0].idx + len(verbs[0])))
            if low == "so" and k > 0 and toks[k - 1].text == "," and k + 1 < len(toks) \
                    and toks[k + 1].lower_ not in {"dass", "daß", "auch", "wie", "wurde", "sehr"}:
                ent, sspan = self.entity_in(toks[k + 1 : k + 7])
                tail = [t for t in toks[k + 1 :] if not t.is_punct]
                if ent is None and 1 < len(tail) <= 8 and tail[0].pos_ == "DET" \
                        and not any(t.pos_ in {"VERB", "AUX"} for t in tail):
                    sspan = noun_phrase(tail)  # "…, so die Ärztezeitung." / "…, so ein Sprecher."
                if ent is not None or sspan is not None:
                    return self._sourced(sid, sent, toks[: k - 1], ent, sspan, cue, "indirect")
        return False

    def _speech_noun(self, sid: int, sent: SpacySpan) -> bool:
        """"der Vorwurf der Regierung, Wikipedia propagiere Terror", "Dem Appell der Polizei,
        sich zu stellen, …": a noun for something said, spelled out by its complement."""
        toks = list(sent)
        for k, t in enumerate(toks):
            if not (t.text[:1].isupper() and t.pos_ in {"NOUN", ""} and self.lex.speech_noun(t.lower_)):
                continue
            end = np_end(toks, k)
            if end >= len(toks) - 2 or toks[end].text != "," or self.in_quote(t):
                continue
            msg = self._clause_end(toks[end + 1 :])
            if not (msg[0].lower_ in {"dass", "daß", "ob"} or self.has_konjunktiv(msg, include_k2=True)
                    or self._infinitive(msg)):
                continue
            ent, sspan = self._source_in(toks[k + 1 : end]) if end > k + 1 else (None, None)
            if sspan is None:
                start = k - 1 if k > 0 and toks[k - 1].pos_ == "DET" else k
                sspan = (toks[start].idx, t.idx + len(t))  # "die Behauptung"
            self.add(sid, "indirect", self.trim(msg), speaker=ent, speaker_span=sspan,
                     cue=(t.idx, t.idx + len(t)), source_type=SOURCE_OF[ent.type] if ent else "unattributed",
                     via=self._via(sent))
            return True
        return False

    def _nach_noun(self, toks: list[Token], k: int) -> int | None:
        """Index of the report noun after "nach" ("Angaben", "eigenen Angaben", "einem Bericht",
        "Polizeiangaben"), with at most two determiners or adjectives between."""
        for j in range(k + 1, min(k + 4, len(toks))):
            tok = toks[j]
            if tok.text[:1].isupper() and self.lex.report_noun(tok.lower_):
                return j
            if tok.pos_ not in {"DET", "ADJ", "PRON", "NUM"} and not (
                    tok.pos_ == "PROPN" and tok.text.endswith("s")) and not tok.lower_.startswith(
                    ("eigen", "bisherig", "erst", "offiziell", "übereinstimmend", "unbestätigt")):
                return None
        return None

    def _source_in(self, tokens: list[Token]) -> tuple[Entity | None, tuple[int, int] | None]:
        """The actor a source phrase names, else the phrase itself as the speaker mention."""
        if not tokens:
            return None, None
        ent, span = self.entity_in(tokens)
        if ent is None:
            span = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        return ent, span

    def _headline_source(self, sid: int, sent: SpacySpan) -> bool:
        """"Bloomberg-Bericht: …" at the start of a title or teaser."""
        toks = list(sent)
        colon = next((k for k, t in enumerate(toks[:5]) if t.text == ":"), None)
        if colon is None or colon == 0:
            return False
        ent, sspan = self.entity_in(toks[:colon])
        if ent is None or ent.type not in {"media", "anonymous"}:
            return False
        self.add(sid, "according_to", self.trim(toks[colon + 1 :]), speaker=ent,
                 speaker_span=sspan, source_type=SOURCE_OF[ent.type])
        return True

    def _cue_clause(self, sid: int, sent: SpacySpan) -> bool:
        """Claims introduced by speech verbs; a sentence may hold several ("Während Shakira
        erklärte, …, räumte Lopez ein, …"), but not one inside another's message."""
        toks = list(sent)
        first_comma = next((t.i for t in toks if t.text == ","), sent.end)
        cues = [c for c in self.cues(sent) if not self.used_cue(c)
                and not (toks[0].lower_ == "wie" and c.i < first_comma)]  # "Wie X berichtet, …"
        taken: list[Found] = []
        for n, cue in enumerate(cues):
            if any(cue.idx < f.end for f in taken):
                continue
            found = self._cue_claim(sid, sent, cue, cues[n + 1 :], taken)
            if found is not None:
                taken.append(found)
        return bool(taken)

    def _cue_claim(self, sid: int, sent: SpacySpan, cue: Token, later: list[Token],
                   taken: list[Found]) -> Found | None:
        """The claim one cue verb introduces: the message before it ("…, sagte X"), its
        complement ("sagte, dass …"), or the act itself ("X forderte den Rücktritt")."""
        after_taken = max((f.end for f in taken), default=0)
        toks = [t for t in sent if t.idx >= after_taken]
        k = next(j for j, t in enumerate(toks) if t.i == cue.i)
        lemma = self.cue_lemma(cue) or ""
        ent, sspan, stype, via = self.attribution(cue)
        if lemma == "zeigen" and stype != "poll":
            return None
        kw = {"cue": (cue.idx, cue.idx + len(cue)), "via": via}
        prev = toks[k - 1] if k > 0 else None
        if prev is not None and prev.text in {",", ";"} and k >= 3 \
                and toks[k - 2].lower_ not in {"wie", "es"} and not self._complement_after(toks[k + 1 :]):
            # "…, sagte X."  message before the cue, speaker after it
            msg = toks[: k - 1]
            if any(t.pos_ for t in msg) and not any(t.pos_ in {"VERB", "AUX"} for t in msg):
                return None  # "Der Präsident, Alpha Konaré, nannte …": an apposition, no message
            if sspan is None or sspan[0] < cue.idx:
                ent, sspan = self.entity_in(toks[k + 1 :])
                sspan = sspan or noun_phrase(toks[k + 1 :])
                stype = SOURCE_OF[ent.type] if ent else "unattributed"
            form: ClaimForm = "indirect" if self.has_konjunktiv(msg) else "direct"
            return self.add(sid, form, self.trim(msg), speaker=ent, speaker_span=sspan,
                            source_type=stype, **kw)
        rest = toks[k + 1 :]
        marker = next((j for j, t in enumerate(rest)
                       if t.lower_ in COMPLEMENT_MARKERS or t.text == ","), None)
        if marker is not None:
            msg = rest[marker + 1 :] if rest[marker].text in {",", ":"} else rest[marker:]
            msg = self._clause_end(msg)
            complement = rest[marker].text != "," or (
                self.has_konjunktiv(msg, include_k2=True) or self._infinitive(msg)
                or (msg and msg[0].lower_ in {"dass", "daß", "ob", "wie", "warum", "wer",
                                              "was", "wann", "wo"}))
            if complement:
                form = "according_to" if stype == "poll" else "indirect"
                return self.add(sid, form, self.trim(self._until_next_clause(msg, later)),
                                speaker=ent, speaker_span=sspan, source_type=stype, **kw)
        about = lemma in {"berichten", "melden", "schreiben", "informieren"} and any(
            t.lower_ in {"von", "vom", "über"} for t in rest[:3])  # "X berichtete von einem Unwetter"
        if (lemma in self.lex.reported_acts or about) and (ent or sspan) and len(rest) >= 2 and not taken:
            # "X forderte einen Aufnahmestopp", "Die Polizei geht von Suizid aus": the act
            # with its content; the claim is the whole clause, speaker included
            semi = next((j for j, t in enumerate(toks) if t.text == ";" and t.i > cue.i), len(toks))
            return self.add(sid, "reported", self.trim(toks[:semi]), speaker=ent, speaker_span=sspan,
                            source_type=stype, **kw)
        return None

    def _quoted_person(self, sent: SpacySpan, cue: Token, subject: Entity | None) -> tuple[
            Entity, tuple[int, int], SourceType] | None:
        """The person a "zitieren" clause quotes: the first one named after the cue who is not
        its subject."""
        for t in sent[cue.i - sent.start + 1 :]:
            if t.text in {":", ","} or self.in_quote(t):
                break
            ent = self.actors.at(t.i)
            if ent is not None and ent is not subject and ent.type in {"person", "anonymous"}:
                m = next(m for m in ent.mentions if m.tok_start <= t.i < m.tok_end)
                return ent, (m.start, m.end), SOURCE_OF[ent.type]
        return None

    def _clause_end(self, msg: list[Token]) -> list[Token]:
        """A complement ends at a semicolon or where the main clause resumes after a comma
        ("dass das Gebäude eingestürzt sei, hatte sich herausgestellt")."""
        for j, t in enumerate(msg):
            if t.text == ";" and j > 0:
                return msg[:j]
            if t.text == "," and j > 0 and j + 1 < len(msg) and not self.in_quote(t):
                nxt = msg[j + 1]
                if nxt.tag_ in {"VVFIN", "VAFIN", "VMFIN"} and not self.is_konjunktiv1(nxt) \
                        and nxt.lower_ not in self.lex.konjunktiv2:
                    return msg[:j]
        return msg

    def _until_next_clause(self, msg: list[Token], later: list[Token]) -> list[Token]:
        """Cut a message where the next speech-verb clause of the sentence begins
        ("…, die Kommission habe versagt und die Grünen forderten …")."""
        positions = {t.i: j for j, t in enumerate(msg)}
        for cue in later:
            j = positions.get(cue.i)
            if j is None or cue.tag_ != "VVFIN" or self.is_konjunktiv1(cue):
                continue
            k = j - 1
            while k > 0 and msg[k].text not in {",", ";"} and msg[k].lower_ not in {
                    "und", "während", "aber", "sondern", "doch"}:
                k -= 1
            if k > 0 and j - k <= 10:
                return msg[:k]
        return msg

    def _source_first(self, sent: SpacySpan) -> bool:
        """The sentence opens with its source ("Nach Angaben der Polizei habe …", "Laut X …")."""
        toks = list(sent)
        first = toks[0].lower_ if toks else ""
        if first in self.lex.according_before or (first == "nach" and self._nach_noun(toks, 0) is not None):
            return True
        after = next((k for k, t in enumerate(toks[:8]) if t.lower_ in self.lex.according_after), None)
        return after is not None and not any(t.pos_ in {"VERB", "AUX"} for t in toks[:after])

    def _complement_after(self, rest: list[Token]) -> bool:
        """A dass/ob clause, or a comma and a Konjunktiv clause after the speaker
        ("sagte Thaksin, man werde kämpfen"): the cue introduces what follows."""
        if any(t.lower_ in {"dass", "daß", "ob", ":"} for t in rest[:10]):
            return True
        comma = next((j for j, t in enumerate(rest) if t.text == ","), None)
        return comma is not None and (self.has_konjunktiv(rest[comma + 1 :], include_k2=True)
                                      or self._infinitive(rest[comma + 1 :]))

    def _token_range(self, span: tuple[int, int]) -> tuple[int, int]:
        chars = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return (chars.start, chars.end) if chars is not None else (0, 0)

    @staticmethod
    def _infinitive(msg: list[Token]) -> bool:
        """A zu-infinitive complement ("kündigte an, … zu geben")."""
        words = [t for t in msg if not t.is_punct]
        return any(t.lower_ == "zu" for t in words[-3:]) or any(
            "zu" in t.lower_[2:-3] and t.lower_.endswith("en") and t.pos_ == "VERB" for t in words[-2:])

    def _anaphoric(self, sid: int, sent: SpacySpan) -> bool:
        """"Das berichtet X." / "Demnach …": the source of the sentence before, or of this one."""
        toks = list(sent)
        if len(toks) < 3 or sid == 0 or self.adoc.kind(sid - 1) in {"heading", "title"}:
            return False
        first = toks[0].lower_
        if self.adoc.kind(sid) == "body" and (first == "demnach" or (
                first == "danach" and self.has_konjunktiv(toks))):
            prev = self._recent_claim(sid, window=1)
            self.add(sid, "according_to", self.trim(toks[1:]),
                     speaker=prev.speaker if prev else None,
                     speaker_span=(toks[0].idx, toks[0].idx + len(toks[0])),
                     source_type=prev.source_type if prev else "unattributed")
            return True
        if first in {"das", "dies"} and toks[1].lower_ in {"geht", "ging"} and any(
                t.lower_ == "hervor" for t in toks) and any(t.lower_ == "aus" for t in toks):
            start = next(j for j, t in enumerate(toks) if t.lower_ == "aus") + 1
            if start < len(toks) and not any(
                    f.sentence == sid - 1 and f.form != "assertion" for f in self.found):
                ent, sspan = self._source_in(toks[start : np_end(toks, start)])
                self.add(sid - 1, "according_to", self.trim(list(self.adoc.spans[sid - 1])),
                         speaker=ent, speaker_span=sspan, cue=(toks[1].idx, toks[1].idx + len(toks[1])),
                         source_type=SOURCE_OF[ent.type] if ent else "unattributed")
                return True
        if first in {"das", "dies"} and self.cue_lemma(toks[1]) and len(toks) <= 20:
            ent, sspan, stype = self.speaker_of(toks[1])
            before = self.adoc.spans[sid - 1]
            if any(f.sentence == sid - 1 and f.form != "assertion" for f in self.found):
                return False
            self.add(sid - 1, "according_to" if stype == "media" else "indirect",
                     self.trim(list(before)), speaker=ent, speaker_span=sspan,
                     cue=(toks[1].idx, toks[1].idx + len(toks[1])), source_type=stype,
                     via=self._via(sent))
            return True
        return False

    def _recent_claim(self, sid: int, window: int = 3) -> Found | None:
        """The nearest attributed claim in the last ``window`` sentences (no heading between)."""
        for prev in range(sid - 1, max(-1, sid - 1 - window), -1):
            if self.adoc.kind(prev) in {"heading", "title"}:
                return None
            claims = [f for f in self.found if f.sentence == prev and f.form != "assertion"]
            if claims:
                return claims[-1]
        return None

    def _reportative(self, toks: list[Token]) -> bool:
        """"Er soll … beigetragen haben": reportative sollen with a perfect infinitive."""
        words = [t.lower_ for t in toks if not t.is_punct]
        return any(w in self.lex.reportative for w in words) and words[-1:] in (["haben"], ["sein"])

    def _continuation(self, sid: int, sent: SpacySpan) -> bool:
        """Reported speech without a new cue: Konjunktiv I (or Konjunktiv II right after
        indirect speech, or reportative "soll") carries on the last speaker's words."""
        if self.adoc.kind(sid) not in {"body", "quote", "list"}:
            return False
        toks = list(sent)
        if any(t.lower_ in {"ich", "wir"} for t in toks[:3]):
            return False  # "ich habe", "wir werden": indicative first person
        prev = self._recent_claim(sid)
        subject_pronoun = next((t for t in toks[:4] if t.lower_ in {"er", "sie"}), None)
        k1 = self.has_konjunktiv(toks) or self._reportative(toks)
        k2 = prev is not None and prev.sentence == sid - 1 and (
            subject_pronoun is not None or prev.form == "indirect") and self.has_konjunktiv(
            toks, include_k2=True)
        if not (k1 or k2):
            return False
        if prev is None or prev.speaker is None:
            prev = self._recent_claim(sid, window=8) or prev
        speaker = prev.speaker if prev else None
        span = prev.speaker_span if prev else None  # the words that named the speaker earlier
        stype: SourceType = prev.source_type if prev else "unattributed"
        if subject_pronoun is not None:
            ent = self.actors.resolve_pronoun(subject_pronoun)
            if ent is not None and (ent is speaker or speaker is None):
                speaker, stype = ent, SOURCE_OF[ent.type]
                span = (subject_pronoun.idx, subject_pronoun.idx + len(subject_pronoun))
        elif (prev is None or prev.sentence < sid - 1) and sid > 0 \
                and self.adoc.kind(sid - 1) in {"body", "quote", "list"}:
            # "Das Robert-Koch-Institut sieht keine Gefahr. Lediglich Personen … seien …":
            # the sentence before, without a cue, still names whose view this carries on
            ent, sspan, kind = self._clause_subject(self.adoc.spans[sid - 1], persons=False)
            if ent is not None or sspan is not None:
                speaker, span, stype = ent, sspan, kind
        found = self.add(sid, "indirect", self.trim(toks), speaker=speaker, speaker_span=span,
                         source_type=stype, via=prev.via if prev and prev.speaker is speaker else None)
        if found is not None:
            found.carried = True
        return True
