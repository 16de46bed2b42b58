"""Source phrases: "laut X", "X zufolge", "nach Angaben von X", "wie X berichtete", "…, so X",
"hieß es aus X", "Spekulationen, wonach …", speech nouns with a complement ("der Vorwurf der
Regierung, …"), source headlines ("Bloomberg-Bericht: …") and "Das berichtet X." after the fact."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import Entity
from generator.analysis.actors.index import noun_base
from generator.analysis.phrases import (
    FIRST_PERSON,
    GEMAESS,
    HEISST,
    OPENING_QUOTES,
    QUOTE_MARKS,
    noun_phrase,
    np_end,
    np_start_before,
)
from generator.analysis.quotes import NAME_NOUNS
from generator.analysis.speakers import SOURCE_OF
from generator.model import ClaimForm, SourceType

# nouns of bodies whose unnamed members "aus der …" speak for ("Aus der SPD-Landtagsfraktion hieß es")
BODY_ENDINGS = ("fraktion", "partei", "ministerium", "regierung", "verwaltung", "vorstand", "präsidium",
                "führung", "spitze", "koalition", "rathaus")

if TYPE_CHECKING:
    from generator.analysis.claims import ClaimFinder

REPORTING_WIE = {"berichten", "melden", "mitteilen", "schreiben", "sagen", "erklären",
                 "bestätigen", "informieren", "bekanntgeben", "ankündigen",
                 "vermelden", "verlauten", "zitieren", "angeben", "betonen", "sprechen",
                 "ergeben", "zeigen", "belegen", "feststellen", "erläutern", "schildern", "darstellen",
                 "einräumen", "hervorheben", "unterstreichen", "warnen", "kritisieren", "darlegen",
                 "ausführen", "ergänzen", "hinzufügen", "bekräftigen", "versichern", "beteuern", "meinen",
                 "vermuten", "schätzen", "erfahren"}


# titles before a name ("Professor Harald Pohl")
TITLES = frozenset({"Prof.", "Professor", "Professorin", "Dr.", "Dr", "Prof"})
# documents whose content a "Demnach" after them reports ("einer Gesetzesvorlage", "dem Urteil")
DOCUMENT_NOUNS = ("urteil", "vorlage", "entwurf", "beschuldigungen", "bericht", "studie")
# nouns a "nach" phrase completes ("der Ruf nach …"), not a source
DEMAND_NOUNS = frozenset({"suche", "ruf", "wunsch", "nachfrage"})
# verbs whose "nach" phrase is what is sought, not an account ("suchte nach Erklärungen")
SEEKING_VERBS = frozenset({"suchen", "fragen", "forschen", "streben", "verlangen", "rufen", "sehnen",
                           "greifen", "gieren", "lechzen", "fahnden", "graben"})
# what an actor issues: "hieß es in einer Mitteilung" is the statement of the actor just named
# names of leagues, festivals, contests and meetings: a title's topic label, no source ("Bundesliga:
# …", "CSU-Parteitag: Söder wiedergewählt", "Koalitionsausschuss: Einigung in Sicht")
EVENT_ENDINGS = ("liga", "league", "berlinale", "biennale", "pokal", "meisterschaft", "spiele", "festival",
                 "gipfel", "cup", "open", "parteitag", "ausschuss", "kongress", "konvent", "klausur")
STATEMENT_NOUNS = frozenset({"mitteilung", "erklärung", "stellungnahme", "pressemitteilung", "pressemeldung",
                             "presseerklärung", "aussendung", "presseaussendung"})  # (Austrian "Aussendung")
# words that make a following "nach" one of time ("erst nach …", "frühestens nach der Steuerschätzung")
TIME_BEFORE_NACH = frozenset({"erst", "frühestens", "spätestens", "kurz", "unmittelbar", "gleich",
                              "direkt", "bald", "lange", "stunden", "tage", "wochen", "monate", "jahre"})
# a speech someone gave, which "in der Rede" refers back to
SPEECH_NOUNS = frozenset({"rede", "ansprache", "predigt"})
# documents an actor files or issues, for "heißt es in der Begründung" after a ruling, "im
# Insolvenzantrag" after a company's filing, "im Lawinenbulletin" after the institute's warning
DOCUMENT_ENDINGS = ("begründung", "klage", "klageschrift", "antrag", "bulletin", "beschluss",
                    "anklageschrift", "protokoll", "positionspapier", "rundschreiben", "entscheidung",
                    "urteil")
# an indictment, whose account is the prosecution's ("Laut Anklageschrift …")
INDICTMENT_NOUNS = frozenset({"anklage", "anklageschrift"})
# what a court or a body decided, whose grounds "heißt es in der Begründung des Urteils" cites
RULING_NOUNS = frozenset({"entscheidung", "urteil", "beschluss", "entscheid"})
# conjunctions of a subordinate clause that may have a source of its own inside the claim of
# another ("…, weil die Mission nach Angaben der UN überfordert ist")
EMBEDDING = frozenset({"weil", "da", "obwohl", "nachdem", "wobei", "zumal", "worauf", "sodass"})
# demonstratives before a source noun that say whose account it is ("laut deren Schätzungen")
DEMONSTRATIVE_OWNERS = frozenset({"dessen", "deren"})
NESTED_CUES = ("laut", "nach", "zufolge", *GEMAESS)
# words that open a condition or a "wer" clause in front of the main clause
LEAD_CLAUSE_WORDS = frozenset({"wer", "sollte", "sollten", "wenn", "falls", "sofern"})
# "Zu diesem Ergebnis kommt X": the sentence before is X's finding
FINDING_NOUNS = frozenset({"ergebnis", "schluss", "einschätzung", "erkenntnis", "urteil", "fazit"})
# "Wie aus dem Bericht hervorgeht, …": the report vouches for the rest
EMERGES = frozenset({"hervorgeht", "hervorging", "hervorgehe"})
# "nach derzeitigem Kenntnisstand", "nach bisherigem Stand": a state of knowledge, no source
STATE_OF_KNOWLEDGE = ("kenntnisstand", "erkenntnisstand", "wissensstand", "stand")
# focus words before a conjunction: "…, auch wenn …", "…, selbst wenn …", "…, nur weil …"
FOCUS_WORDS = frozenset({"auch", "selbst", "sogar", "erst", "nur", "gerade", "schon"})
# what "Für X ist …, dass" states as X's certainty
CERTAIN = frozenset({"klar", "sicher", "ausgemacht", "unstrittig", "unbestritten", "offensichtlich", "fest",
                     "erwiesen", "eindeutig", "gewiss"})
# Cue verbs of a stance against what "das" points back to: the sentence before is not their words
REJECTING = frozenset({"dementieren", "bestreiten", "zurückweisen", "abstreiten", "widersprechen", "leugnen",
                       "verneinen", "ausschließen", "ablehnen", "kritisieren", "verurteilen", "bezweifeln",
                       "bemängeln", "beanstanden", "monieren", "rügen", "anprangern", "bedauern", "beklagen"})


@dataclass(frozen=True)
class SpelledOut:
    """A speech noun, the words that spell it out and whose they are."""

    noun: Token
    words: list[Token]
    speaker: Entity | None
    speaker_span: tuple[int, int]
    named: bool  # someone is named, not only the noun ("die Behauptung")


class SourceFinder:
    """The source-phrase passes of :class:`~generator.analysis.claims.ClaimFinder`."""

    def __init__(self, claims: ClaimFinder) -> None:
        self.claims = claims
        self.adoc = claims.adoc
        self.lex = claims.lex
        self.cues = claims.cues
        self.speakers = claims.speakers
        self._spelled: dict[int, SpelledOut | None] = {}  # sentence start -> its speech noun

    def _sourced(self, sid: int, sent: SpacySpan, msg: list[Token], ent: Entity | None,
                 sspan: tuple[int, int] | None, cue: tuple[int, int],
                 form: ClaimForm = "according_to", phrase: Sequence[Token] = ()) -> bool:
        """Add a claim whose source a phrase names ("laut X", "X zufolge", "wie X berichtet"); a
        poll or study in the phrase makes it a poll, also when its maker is a named actor
        ("laut einer Umfrage von Infratest dimap")."""
        if msg and msg[0].text == ",":
            msg = msg[1:]
        apposed = self._apposed_person(msg) if msg and msg[0].i > 0 and msg[0].nbor(-1).text == "," else None
        if apposed is not None and (ent is None or ent.type != "person" or ent is apposed[0]):
            ent, sspan, msg = apposed  # "Laut dem Präsidenten des Instituts, Clemens Haubner, ist …"
        wie = next((j for j in range(1, len(msg) - 2) if msg[j - 1].text == "," and msg[j].lower_ == "wie"
                    and any(self.cues.cue_lemma(t) for t in msg[j + 1 :])), None)
        if wie is not None:  # "Nach Ansicht der AfD-Fraktion geht …, wie deren Experte X erklärte"
            said = next(t for t in msg[wie + 1 :] if self.cues.cue_lemma(t))
            who, wspan, _stype, _via = self.speakers.attribution(said)
            if who is not None and who.type == "person":  # the person who explained the view
                ent, sspan = who, wspan
            msg = msg[: wie - 1]
        quoted = [f for f in self.claims.found if f.cue is not None and f.cue[0] == cue[0]]
        unquoted = [t for t in msg if not self.cues.in_quote(t)]
        # (and "wie X mitteilte" vouches for a clause of its own: "Sechs Cremes wurden mit
        # „mangelhaft“ bewertet, wie die Stiftung Warentest mitteilte")
        wie = bool(msg) and any(t.lower_ == "wie" and not msg[0].i <= t.i <= msg[-1].i for t in sent)
        vouched = (self.adoc.text[cue[0] : cue[1]] == "so" or wie) and any(
            t.tag_.endswith("FIN") for t in unquoted)
        if quoted and not (len(msg) > 1 and sum(f.end - f.start for f in quoted) < 0.8 * (
                msg[-1].idx + len(msg[-1]) - msg[0].idx) and (self.cues.has_konjunktiv(unquoted) or vouched)):
            return True  # the same attribution already gave a quotation its speaker; a
            # Konjunktiv sentence around a short quotation ("Der Iran müsse „…“ beenden, so
            # Rice") is reported speech of its own, and so is a clause ", so X" vouches for ("Das
            # Kühlsystem war wegen „Problemen“ ausgefallen, so ein Sprecher")
        if ent is None and sspan is not None:  # "wie die „Lippische Landes-Zeitung“ berichtete"
            words = self.claims.doc.char_span(*sspan, alignment_mode="expand")
            ent = self.claims.actors.quoted_name(list(words)) if words is not None else None
        if ent is None and any(t.lower_.rstrip("s") in INDICTMENT_NOUNS for t in phrase):
            ent = self._prosecution(sid)  # "Laut Anklageschrift …": the prosecutors the text named
        if ent is None and 0 < len(phrase) <= 2 and (
                phrase[-1].lemma_.lower() in RULING_NOUNS or phrase[-1].lower_.startswith("urteil")):
            ent = self._court(sid)  # "Laut Urteil …": the court the text named (no owner after it)
        stype = self._source_type(ent, phrase)
        found = self.claims.add(sid, form, self.claims.trim(msg), speaker=ent, speaker_span=sspan, cue=cue,
                                source_type=stype, via=self.speakers.via(sent))
        for f in self.claims.found:  # a quotation in the sentence whose speaker was only a guess
            if found is not None and f.guessed and f.sentence == sid and found.start <= f.start < found.end:
                f.speaker, f.speaker_span, f.source_type, f.guessed = ent, sspan, stype, False
        return True

    def _clause(self, toks: list[Token], k: int) -> list[Token]:
        """What a source phrase inside a sentence vouches for: its relative or subordinate clause
        ("das Verfahren, das nach Angaben eines Sprechers nicht abgeschlossen wurde"), else the
        whole sentence."""
        start = max((j + 1 for j in range(k) if toks[j].text in {",", ";", ":"}
                     and not self.cues.in_quote(toks[j])), default=0)
        head = toks[start : start + 2]
        if not head or not (head[0].tag_ in {"PRELS", "PRELAT"} or head[0].pos_ == "SCONJ" or (
                head[0].pos_ == "ADP" and len(head) > 1 and head[1].tag_ in {"PRELS", "PRELAT"})):
            return self._own_main_clause(toks, k)
        end = next((j for j in range(k + 1, len(toks)) if toks[j].text in {",", ";"}
                    and not self.cues.in_quote(toks[j])), len(toks))
        return toks[start:end]

    def _own_main_clause(self, toks: list[Token], k: int) -> list[Token]:
        """The main clause holding the source phrase at ``k`` when commas join main clauses
        ("…, bleiben gesperrt, lediglich der Haupthafen wurde nach Angaben der Tagesschau
        freigegeben"); else the whole sentence."""
        starts = [0] + [j + 1 for j, t in enumerate(toks) if t.text in {",", ";"}
                        and not self.cues.in_quote(t) and self.opens_main_clause(toks, j)]
        start = max(s for s in starts if s <= k)
        end = min((s - 1 for s in starts if s > k and not self.cues.has_konjunktiv(toks[s:], True)),
                  default=len(toks))  # reported speech going on in the next clause stays
        return toks[start:end]

    def _without_surveyed(self, phrase: list[Token]) -> list[Token]:
        """A source phrase without the people a poll asked ("einer Umfrage unter 2000 Firmen"):
        they answered it, they are not its source."""
        cut = next((j for j in range(1, len(phrase)) if phrase[j].lower_ == "unter"
                    and self.cues.poll(phrase[j - 1])), None)
        return phrase if cut is None else phrase[:cut]

    def _until_other_voice(self, toks: list[Token], start: int) -> list[Token]:
        """The words after an opening source phrase, up to a main clause of their own with a
        speech verb ("Nach Polizeiangaben kamen 1.300 Traktoren, die Organisatoren sprachen von
        5.000": the organisers' figure is theirs); a relative clause on the source first is no
        part of them ("Nach einem Bericht von Bloomberg, die sich auf Insider beruft, hat …")."""
        if start + 2 < len(toks) and toks[start].text == "," and toks[start + 1].tag_ in {"PRELS", "PRELAT"}:
            close = next((j for j in range(start + 2, len(toks)) if toks[j].text == ","
                          and not self.cues.in_quote(toks[j])), None)
            if close is not None and close + 2 < len(toks):
                start = close + 1
        for j in range(start, len(toks)):
            if toks[j].text in {",", ";"} and not self.cues.in_quote(toks[j]) \
                    and self.opens_main_clause(toks, j) \
                    and any(self.cues.cue_lemma(t) for t in toks[j + 1 :] if t.pos_ == "VERB"):
                return toks[start:j]
        return toks[start:]

    @staticmethod
    def opens_main_clause(toks: list[Token], comma: int) -> bool:
        """After ``comma`` begins a main clause of its own: a finite verb behind a first
        constituent ("…, die Polizei spricht von 4.000"), after a main clause with a finite verb;
        not a relative or subordinate clause, nor the main clause going on after a fronted
        phrase ("Der Mann, der …, wurde festgenommen")."""
        nxt = next((j for j in range(comma + 1, len(toks)) if toks[j].text in {",", ";"}), len(toks))
        seg = toks[comma + 1 : nxt]
        if len(seg) < 3 or seg[0].tag_.endswith("FIN") or seg[0].pos_ in {"SCONJ", "CCONJ", "ADP"} \
                or seg[0].tag_ in {"PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "KOKOM", "PTKZU"}:
            return False
        words = [t for t in seg if not t.is_punct]
        return any(t.tag_.endswith("FIN") for t in words[1:-1]) and any(
            t.tag_.endswith("FIN") for t in toks[:comma])  # verb-final: a subordinate clause

    def _trailing_wie_cue(self, toks: list[Token]) -> bool:
        """The sentence ends in ", wie X mitteilte" (a cue verb closing a "wie" clause)."""
        last = next((t for t in reversed(toks) if not t.is_punct), None)
        return last is not None and last.tag_.endswith("FIN") and self.cues.cue_lemma(last) is not None \
            and self.cues.wie_clause_end(last, toks)

    def according_to(self, sid: int, sent: SpacySpan) -> bool:
        """"laut X", "X zufolge", "nach Angaben von X", "X-Meinung nach", "hieß es aus X",
        "wie X berichtete", "…, so X"."""
        toks = list(sent)
        holder = self.speakers.view_holder(toks)
        if holder is not None and self.cues.has_konjunktiv(toks):
            # "Für den Theologen Hans Küng sei der Rücktritt verständlich": whose view it is
            return self._sourced(sid, sent, toks, *holder, (toks[0].idx, toks[0].idx + len(toks[0])),
                                 "indirect")
        certain = self._certain_for(toks)
        if certain is not None:  # "Für die Opposition ist klar, dass der Minister zurücktreten muss"
            ent, sspan, msg = certain
            return self._sourced(sid, sent, msg, ent, sspan, (toks[0].idx, toks[0].idx + len(toks[0])),
                                 "indirect")
        for k, t in enumerate(toks):
            low = t.lower_
            cue = (t.idx, t.idx + len(t))
            if self.cues.in_quote(t) and low in {"nach", "laut", "zufolge", *GEMAESS}:
                continue  # „Die Daten sind nach jetzigem Stand sicher“: the quoted speaker's words
            if low == "laut" and 1 < k + 2 < len(toks) and toks[k + 1].text == "," \
                    and toks[k - 1].lemma_ == "werden":
                # "Vorwürfe werden laut, dass …": the words that became loud are the source
                ent, sspan = self.speakers.source_in(toks[: k - 1])
                return self._sourced(sid, sent, toks[k + 2 :], ent, sspan, cue, "indirect")
            if low in self.lex.according_before and k + 1 < len(toks) \
                    and toks[k + 1].text not in {",", ".", ";", ":", "!", "?"} \
                    and toks[k + 1].pos_ not in {"VERB", "AUX"}:  # "Es sei laut geworden": loud
                end = np_end(toks, k + 1)
                if k == 0 and end + 1 < len(toks) and toks[end].lower_ in {"und", "sowie"}:
                    # "Laut Polizei und Staatsanwaltschaft wurde …", "im Auftrag von RTL und ntv
                    # lehnen …": the phrase in front of the finite verb goes on after "und"
                    more = np_end(toks, end + 1)
                    if more < len(toks) and more > end + 1 and toks[more].tag_ in {"VVFIN", "VAFIN", "VMFIN"}:
                        end = more
                cut = next((j for j in range(k + 2, end) if toks[j].text in OPENING_QUOTES
                            and toks[j - 1].pos_ == "NOUN"  # (not "des Portals „RevierSport“")
                            and not toks[j - 1].lower_.endswith(NAME_NOUNS)
                            and not toks[j - 1].lemma_.lower().endswith(NAME_NOUNS)), None)
                end = cut if cut is not None else end  # "laut Zeugenaussagen „Britain First“": the
                # quotation is what was said, not part of the source
                if low in GEMAESS and not self._names_source(toks[k + 1 : end]):
                    continue  # "gemäß § 132a StGB", "gemäß der damaligen Regelung": a rule
                # (not "soll laut dem „Spiegel“ …" with "dem" tagged as a relative pronoun)
                article = k + 2 < len(toks) and (toks[k + 2].text in QUOTE_MARKS or toks[k + 2].pos_ in {
                    "NOUN", "PROPN", "ADJ"})
                relative = k > 0 and ((toks[k + 1].tag_ in {"PRELS", "PDS"} and not article) or (
                    toks[k - 1].text == "," and toks[k + 1].lower_ in {"dem", "der", "denen"}))
                if relative:  # "die Pläne, laut denen …", "ein Gutachten, laut dem …"
                    ent, sspan, _ = self.speakers.antecedent(toks[k + 1])
                    end = k + 2
                elif toks[k + 1].lower_ in DEMONSTRATIVE_OWNERS and k + 2 < len(toks) \
                        and toks[k + 2].pos_ == "NOUN":
                    end = k + 3  # "Laut deren Schätzungen": whose account, the subject before says
                    ent = self._owner_before(sid, toks[k + 1])
                    sspan = (toks[k + 1].idx, toks[k + 2].idx + len(toks[k + 2]))
                else:
                    ent, sspan = self.speakers.source_in(toks[k + 1 : end])
                return self._sourced(sid, sent, self._until_other_voice(toks, end) if k == 0
                                     else self._clause(toks, k),
                                     ent, sspan, cue, phrase=toks[k + 1 : end])
            if low in self.lex.according_after and k > 0:
                start = np_start_before(toks, k)
                if start < k - 1 and toks[k - 2].pos_ == "NOUN" and toks[k - 1].pos_ == "NOUN" \
                        and self.lex.report_noun(toks[k - 1].lower_):
                    start = k - 1  # "nimmt die Organisation Schätzungen zufolge …": not its subject
                if start >= 2 and toks[start - 1].lower_ == "unter" and self.cues.poll(toks[start - 2]):
                    start = np_start_before(toks, start - 1)  # "einer Umfrage unter 2000 Firmen zufolge"
                ent, sspan = self.speakers.source_in(self._without_surveyed(toks[start:k]))
                if ent is None and start >= k - 1 and k >= 1 and toks[k - 1].lower_ in {"ihm", "ihr"}:
                    start = k - 1  # "Ihm zufolge wird Okonkwo … belegt": whom the pronoun stands for
                    ent, sspan = self.speakers.pronoun(toks[start])
                if ent is None:
                    ent, sspan = self._earlier_account(sid, toks[start:k], sspan)
                at_start = start == 0 or (start <= 2 and toks[0].is_punct)
                return self._sourced(sid, sent, self._until_other_voice(toks, k + 1) if at_start
                                     else self._clause(toks, k), ent, sspan, cue, phrase=toks[start:k])
            if low == "nach" and k >= 2 and self.lex.report_noun(toks[k - 1].lower_) \
                    and toks[k - 1].text[:1].isupper() \
                    and toks[k - 2].lower_ not in {"die", "das", "der", "ein", "eine", "einen"} \
                    and self.cues.nach_noun(toks, k) is None:
                # "seiner Meinung nach", not "die Sicht nach oben" (nor "seine Wachstumsprognose
                # nach Einschätzung von Experten": that "nach" opens the source phrase)
                ent, sspan = self.speakers.entity_in(toks[max(0, k - 4) : k - 1])
                sspan = sspan or (toks[k - 2].idx, toks[k - 1].idx + len(toks[k - 1]))
                return self._sourced(sid, sent, toks[k + 1 :] if k <= 4 else toks, ent, sspan, cue)
            # (not after a demand: "die Forderung nach einer Studie", "der Ruf nach Reformen")
            demand = k > 0 and toks[k - 1].pos_ == "NOUN" and (
                self.lex.speech_noun(toks[k - 1].lower_) or toks[k - 1].lower_ in DEMAND_NOUNS)
            # (not "Erst nach umfangreichen Ermittlungen …": after them, in time)
            later = k > 0 and toks[k - 1].lower_ in TIME_BEFORE_NACH
            noun = self.cues.nach_noun(toks, k) if low == "nach" and not demand and not later else None
            if noun is not None and toks[noun].head.lemma_ in SEEKING_VERBS and toks[noun].head.i < t.i:
                noun = None  # "suchte nach Erklärungen", "fragte nach Informationen": what was sought
            if noun is not None:  # "nach Angaben der Polizei", "nach eigenen Angaben", "nach Polizeiangaben"
                end = max(np_end(toks, k + 1), noun + 1)
                if noun + 1 < len(toks) and toks[noun + 1].pos_ == "NOUN":
                    end = noun + 1  # "nach eigenen Angaben Ziele der Hisbollah": the object follows
                elif end + 1 < len(toks) and toks[end].lower_ == "aus" and toks[end - 1].i == toks[noun].i:
                    end = np_end(toks, end + 1)  # "nach Angaben aus dem Umfeld der Mannschaft"
                if end + 1 < len(toks) and toks[end].lower_ in {"von", "vom"} and (
                        re.fullmatch(r"\d{1,2}[.:]\d\d|(19|20)\d\d", toks[end + 1].text)
                        or toks[end + 1].lower_ in self.lex.temporal_nouns):
                    # "Nach der ZDF-Hochrechnung von 19.30 Uhr": when, part of the source phrase
                    end = next((j + 1 for j in range(end + 1, min(end + 4, len(toks)))
                                if toks[j].lower_ in self.lex.temporal_nouns), end + 2)
                ent, sspan = self.speakers.source_in(toks[k + 1 : end])  # the actor, else the phrase
                if ent is None and toks[k + 1].lower_ in DEMONSTRATIVE_OWNERS:
                    ent = self._owner_before(sid, toks[k + 1])  # "Nach dessen Angaben": the subject before
                if ent is None and end == noun + 1 and toks[noun].lower_.endswith(STATE_OF_KNOWLEDGE) \
                        and all(x.pos_ == "ADJ" for x in toks[k + 1 : noun]) and (
                            any(x.lower_ in HEISST for x in toks) or self.cues.has_konjunktiv(toks)
                            or any(self.speakers.attribution(v)[1] is not None
                                   for v in self.cues.verbs(sent))):
                    # "…, nach derzeitigem Kenntnisstand …, hieß es": how sure, not whose account;
                    # in Konjunktiv the words carry on someone's ("Nach derzeitigem Stand sei das
                    # Gemälde 1937 erworben worden" after the museum's statement)
                    continue
                if ent is None and any(x.lower_.startswith("eigen") for x in toks[k + 1 : end]):
                    # "Tesla will nach eigenen Angaben …": the subject's own account (the words
                    # that say so stay the mention), of the verb the phrase belongs to when the
                    # parse has one ("In dem …, 64 Seiten umfassenden Bericht dokumentiert die
                    # Organisation nach eigenen Angaben …")
                    finite = [v for v in toks if v.pos_ in {"VERB", "AUX"} and v.tag_.endswith("FIN")]
                    verb = min(finite, key=lambda v, at=t.i: abs(v.i - at)) if finite else None
                    if verb is not None:
                        ent = self.speakers.subject_of(verb, sent)[0]
                    ent = ent or self.speakers.clause_subject(sent, persons=False)[0]
                if ent is None:  # "Nach Informationen des „Fränkischen Tags“": a title no list knew
                    ent = self.claims.actors.quoted_name(toks[k + 1 : end])
                if ent is None and (self._trailing_wie_cue(toks) or any(
                        self.cues.cue_lemma(x) and x.tag_.endswith("FIN") and x.dep_ == "ROOT"
                        and self.speakers.attribution(x)[0] is not None for x in [*toks[:k], *toks[end:]])):
                    # "Das teilte der DWD nach einer ersten Auswertung mit", "… nach ersten
                    # Erkenntnissen niemand, wie ein Polizeisprecher mitteilte": the cue's speaker
                    continue
                if ent is None:
                    ent, sspan = self._earlier_account(sid, toks[k + 1 : end], sspan)
                # (not when the phrase names whose account it is: "nach Ansicht der Verteidigung")
                prev = self.claims.recent_claim(sid, window=1) if ent is None and end <= noun + 1 else None
                if prev is not None and prev.speaker is not None and self.cues.has_konjunktiv(toks):
                    # "…, sagte ein Polizeisprecher. Nach ersten Erkenntnissen sei er …": his account
                    ent, sspan = prev.speaker, prev.speaker_span
                return self._sourced(sid, sent, self._until_other_voice(toks, end) if k == 0
                                     else self._clause(toks, k),
                                     ent, sspan, (t.idx, toks[noun].idx + len(toks[noun])),
                                     phrase=toks[k + 1 : end])
            if low == "nach" and 2 <= k < len(toks) - 3 and toks[k - 1].text == "," \
                    and toks[k + 1].lower_ in {"denen", "dem", "der", "welchem", "welcher", "welchen"} \
                    and (account := self._account_before(toks, k - 1)) is not None:
                # "Meinungsumfragen im Land, nach denen 72 Prozent …", "Gerüchte, nach denen …":
                # the account the relative clause spells out
                ent, sspan = self.speakers.source_in(toks[account : k - 1])
                return self._sourced(sid, sent, self.cues.clause_end(toks[k + 2 :]), ent, sspan, cue,
                                     "indirect")
            view = self._view_noun(toks, k) if low == "aus" else None
            if view is not None and toks[k + 1].tag_ == "PPOSAT" and k > 0:
                view = None  # ("… einen aus ihrer Sicht zweiten Platz": whose, the parse cannot tell)
            if view is not None and view + 1 < len(toks):
                # "Aus Sicht der Gewerkschaft ist der Abschluss ein Erfolg", "aus seiner Sicht"
                after = view + 2 if toks[view + 1].lower_ in {"von", "vom"} else view + 1
                end = np_end(toks, after) if after < len(toks) and toks[after].pos_ in {
                    "DET", "PROPN", "NOUN"} else view + 1
                ent, sspan = self.speakers.source_in(toks[after:end] if end > after else toks[k + 1 : end])
                if toks[k + 1].tag_ == "PPOSAT":
                    ent = self.claims.actors.resolve_possessive(toks[k + 1]) or ent
                return self._sourced(sid, sent, self._until_other_voice(toks, end) if k == 0
                                     else self._clause(toks, k), ent, sspan, cue, phrase=toks[k + 1 : end])
            if low == "wonach" and k >= 2 and toks[k - 1].text == "," and k + 2 < len(toks):
                # "Spekulationen, wonach …", "ein Bericht der Zeitung, wonach …"
                start = np_start_before(toks, k - 1)
                if start < k - 1:
                    ent, sspan = self.speakers.source_in(toks[start : k - 1])
                    return self._sourced(sid, sent, toks[k + 1 :], ent, sspan, cue, "indirect")
            if low == "demnach" and k > 0:  # "… erreichten demnach …"
                prev = self.claims.recent_claim(sid)
                ent = prev.speaker if prev else None
                # (with no actor, the phrase of the account it refers to is the better mention)
                sspan = (prev.speaker_span if prev and ent is None else None) or cue
                return self._sourced(sid, sent, toks, ent, sspan, cue)
            if low == "bekannt" and (msg := self._became_known(toks, k)) is not None:
                # "Am Montag wurde bekannt, dass …": a report with no source named
                return self._sourced(sid, sent, msg, None, None, cue, "indirect")
            if self.impersonal_cue(toks, k):
                # "Aus Regierungskreisen hieß es, …" / "…, hieß es in einer Mitteilung."
                comma = next((j for j in range(len(toks)) if toks[j].text == ","), None)
                before_comma = comma is not None and k < comma
                if not before_comma and low not in HEISST:
                    continue  # "hatte es geheißen: „…“": the quotation's own claim
                # ("In einer Mitteilung heißt es: „…“": the source before, the words after the colon)
                colon = low in HEISST and k + 2 < len(toks) and toks[k + 1].lower_ == "es" \
                    and toks[k + 2].text == ":"
                scope = toks[:comma] if before_comma else toks[:k] if colon else toks[k:]
                start = next((j for j, x in enumerate(scope) if x.lower_ in {
                    "aus", "von", "in", "im", "vom", "bei", "beim"}), None)
                if start is not None and start + 1 < len(scope) \
                        and scope[start + 1].tag_ in {"APPR", "APPRART"}:
                    # "im am Montag veröffentlichten Monatsbericht der Bundesbank": the noun phrase
                    # goes on after the participle of the attribute
                    a = next((j for j in range(start + 2, min(start + 8, len(scope)))
                              if scope[j].tag_ == "ADJA"), None)
                    while a is not None and a + 1 < len(scope) and scope[a + 1].tag_ == "ADJA":
                        a += 1
                    start = start if a is None else a
                ent, sspan = self.speakers.source_in(scope[start + 1 : np_end(scope, start + 1)]) \
                    if start is not None and start + 1 < len(scope) else (None, None)
                within = start is not None and start + 1 < len(scope) and scope[start].lower_ == "aus"
                body = within and any(t.lower_.endswith(BODY_ENDINGS)
                                      for t in scope[start + 1 : np_end(scope, start + 1)])
                if within and ((ent is not None and ent.type in {"organization", "state"})
                               or (ent is None and body)):
                    # ("Aus der SPD-Landtagsfraktion hieß es": a body no list knows)
                    # "Aus der Unionsfraktion hieß es": unnamed people from within it, not the body
                    words = scope[start : np_end(scope, start + 1)]
                    ent = self.speakers.actors.entourage(words)
                    sspan = (words[0].idx, words[-1].idx + len(words[-1]))
                if ent is None and start is not None and start + 1 < len(scope):
                    # "…, heißt es in dem Bericht": the author of the report introduced before
                    words = scope[start + 1 : np_end(scope, start + 1)]
                    # ("im Lawinenbulletin": the article in the preposition)
                    ent = self.author_of(sid, [scope[start], *words] if scope[start].lower_ == "im"
                                         else words)
                if ent is None and sspan is None and sid > 0 and low in HEISST \
                        and self.adoc.kind(sid - 1) in {"body", "teaser"}:
                    # with no source named, the account of the sentence before goes on ("Das teilte
                    # das Unternehmen mit. Betroffen sei …, hieß es."; "Nach Angaben des „Kicker“ …
                    # … seien aus dem Rennen, hieß es"), else the one that sentence is about
                    # ("Monatelang haben die Wiener Linien abgestritten, … Hieß es zunächst noch, …")
                    last = self.claims.recent_claim(sid, window=1)
                    if last is not None and last.speaker is not None:
                        ent, sspan = last.speaker, last.speaker_span
                    else:
                        ent, sspan, _ = self.speakers.clause_subject(self.adoc.spans[sid - 1], persons=False)
                    prev = self.claims.recent_claim(sid, window=2)
                    if ent is None and prev is not None and prev.speaker is not None:
                        ent, sspan = prev.speaker, prev.speaker_span
                msg = self.cues.clause_end(toks[comma + 1 :]) if before_comma else toks[k + 3 :] if colon \
                    else toks[: max(0, k - 1)]
                # (or a quotation with no cue of its own that opens the next sentence: a paragraph
                # quoted at length)
                nxt = sid + 1 if colon and sid + 1 < len(self.adoc.spans) else None
                opens = self.adoc.spans[nxt].start_char if nxt is not None else -1
                quote = next((f for f in self.claims.found if colon and f.form == "direct" and (
                    (f.sentence == sid and f.start > toks[k + 2].idx)
                    or (f.sentence == nxt and f.start <= opens + 1 and (f.cue is None or f.guessed)))), None)
                if quote is not None:  # the quotation after the colon is the claim, the phrase its source
                    quote.speaker, quote.speaker_span, quote.cue, quote.guessed = ent, sspan, cue, False
                    quote.source_type = SOURCE_OF[ent.type] if ent else "unattributed"
                    return True
                # ("heißt es in der Studie": a study, whoever made it)
                phrase = scope[start + 1 : np_end(scope, start + 1)] if start is not None else ()
                return self._sourced(sid, sent, msg, ent, sspan, cue,
                                     "indirect" if self.cues.has_konjunktiv(msg) else "according_to",
                                     phrase=phrase)
            if low == "wie" and (k == 0 or toks[k - 1].text == "," or t.text == "Wie" or (
                    k == 1 and toks[0].lower_ in {"denn", "doch", "aber", "und", "auch"})) \
                    and self._wie_clause(sid, sent, toks, k):
                return True
            if low == "so" and k > 0 and toks[k - 1].text == "," and k + 1 < len(toks) \
                    and toks[k + 1].lower_ not in {"dass", "daß", "auch", "wie", "wurde", "sehr"}:
                ent, sspan = self.speakers.entity_in(toks[k + 1 : k + 7])
                role = next((t for t in toks[k + 1 : k + 4] if t.pos_ == "NOUN"), None)
                apposed = self.speakers.actors.apposed_person(role.i)[0] \
                    if role is not None and self.speakers.actors.is_role(role) else None
                if apposed is not None and apposed is not ent:
                    # ", so der Hauptgeschäftsführer der BDA, Klaus-Dieter Merten": the person, not
                    # the body in the role's genitive
                    m = next((m for m in apposed.mentions if role.i < m.tok_start <= role.i + 16), None)
                    if m is not None:
                        ent, sspan = apposed, (m.start, m.end)
                tail = [t for t in toks[k + 1 :] if not t.is_punct]
                if ent is None:
                    ent, sspan = self.epithet_after_so(tail)
                if ent is None and (body := self.speakers.actors.named_body(tail)) is not None:
                    # "…, so der Berufsverband der Deutschen Dermatologen": a body no list knew
                    ent, sspan = body, (tail[0].idx, tail[-1].idx + len(tail[-1]))
                if ent is None and 1 < len(tail) <= 8 and tail[0].pos_ == "DET" \
                        and not any(t.pos_ in {"VERB", "AUX"} for t in tail):
                    sspan = noun_phrase(tail)  # "…, so die Ärztezeitung." / "…, so ein Sprecher."
                if ent is not None or sspan is not None:
                    return self._sourced(sid, sent, self._around_so(toks, k), ent, sspan, cue, "indirect")
        return self._in_poll(sid, sent, toks)

    def epithet_after_so(self, tail: list[Token]) -> tuple[Entity | None, tuple[int, int] | None]:
        """"…, so der Nürnberger.", "…, so die Ministerin.": the person named before whom a role,
        demonym or place adjective after "so" describes, with its span; else nothing."""
        words = [t for t in tail if not t.is_punct]
        actors = self.speakers.actors
        if len(words) != 2 or words[0].lower_ not in {"der", "die"} or not words[1].text[:1].isupper() \
                or not (actors.is_role(words[1]) or noun_base(words[1], actors.demonyms) is not None
                        or actors.place_adjective(words[1].text)):
            return None, None  # (not "so die Tonbandstimme")
        ent = self.speakers.actors.epithet(words[1])
        return (ent, (words[0].idx, words[1].idx + len(words[1]))) if ent is not None else (None, None)

    def _source_type(self, ent: Entity | None, phrase: Sequence[Token]) -> SourceType:
        """The source type of an actor named in a source phrase: a poll or study when the phrase
        names one and its maker is an organisation, an outlet or not named ("laut einer Umfrage
        von Forsa", "aus einer Studie der Techniker Krankenkasse", "Im INSA-Meinungstrend")."""
        if (ent is None or ent.type in {"organization", "media"}) and any(
                self.lex.survey(t.text) for t in phrase):
            return self.cues.survey_kind(phrase)
        return SOURCE_OF[ent.type] if ent else "unattributed"

    def _in_poll(self, sid: int, sent: SpacySpan, toks: list[Token]) -> bool:
        """"Im ARD-Deutschlandtrend von Infratest dimap kommt die Union auf 25 Prozent", "In einer
        Umfrage des Instituts Forsa …": a poll in front is the source of the main clause after it."""
        if len(toks) < 5 or toks[0].lower_ not in {"in", "im"}:
            return False
        end = cut = np_end(toks, 1)
        if end + 1 < len(toks) and toks[end].lower_ == "für":
            end = np_end(toks, end + 1)  # "Im INSA-Meinungstrend für die „Bild“-Zeitung": its client
        if not any(self.lex.survey(t.text) and not t.lower_.startswith("studie") for t in toks[1:end]) \
                or end >= len(toks) \
                or toks[end].tag_ not in {"VVFIN", "VAFIN", "VMFIN"}:
            return False  # (not "In der Umfrage, die …", nor "In der Studie wurden 500 Menschen befragt")
        # the pollster, not the client; named after "von" before a broadcaster's compound ("Im
        # ARD-Deutschlandtrend von Infratest dimap")
        by = next((j for j in range(2, cut) if toks[j].lower_ in {"von", "vom"}), None)
        ent, sspan = self.speakers.source_in(toks[by + 1 : cut]) if by is not None else (None, None)
        if ent is None:
            ent, sspan = self.speakers.source_in(toks[1:cut])
        return self._sourced(sid, sent, toks[end:], ent, sspan, (toks[0].idx, toks[0].idx + len(toks[0])),
                             phrase=toks[1:cut])

    def nested(self, sid: int, sent: SpacySpan) -> None:
        """A source phrase inside a relative or subordinate clause of a claim another cue made
        is a claim of that source ("…, bat die EU um Soldaten, weil die Mission nach Angaben der
        UN überfordert ist"; "Die Bewegung, die nach Polizeiangaben verboten ist, rief …")."""
        own = [f for f in self.claims.found if f.sentence == sid and f.form != "assertion"]
        if not own:
            return
        toks = list(sent)
        for j, t in enumerate(toks[:-3]):
            if t.text != "," or self.cues.in_quote(t):
                continue
            head = toks[j + 1 : j + 3]
            if not (head[0].tag_ in {"PRELS", "PRELAT"} or head[0].lower_ in EMBEDDING or (
                    head[0].pos_ == "ADP" and head[1].tag_ in {"PRELS", "PRELAT"})):
                continue
            end = next((e for e in range(j + 2, len(toks)) if toks[e].text in {",", ";"}
                        and not self.cues.in_quote(toks[e])), len(toks))
            first, last = toks[j + 1].idx, toks[end - 1].idx + len(toks[end - 1])
            if any(first <= (f.cue[0] if f.cue is not None else f.start) < last for f in own) \
                    or not any(t.lower_ in NESTED_CUES for t in toks[j + 1 : end]):
                continue  # the clause has a claim of its own already, or no such phrase
            before = len(self.claims.found)
            if not self.according_to(sid, sent[j + 1 : end]):
                continue
            added = self.claims.found[before:]
            if not all(f.cue is not None and self.adoc.text[f.cue[0] : f.cue[1]].lower().startswith(
                    NESTED_CUES) for f in added):
                del self.claims.found[before:]  # only "laut X", "nach Angaben X", "X zufolge"
                continue
            for f in added:  # hedged by its own words only ("sollen" of the claim around is not)
                f.hedges = self.cues.hedges(toks[j + 1 : end])

    def _certain_for(self, toks: list[Token]) -> tuple[
            Entity | None, tuple[int, int] | None, list[Token]] | None:
        """"Für die Opposition ist klar, dass …", "Für den Verband steht fest, dass …": whose
        certainty the dass clause states (not "Für die Kinder ist es wichtig, dass …")."""
        if len(toks) < 6 or toks[0].lower_ != "für":
            return None
        comma = next((j for j, t in enumerate(toks) if t.text == ","), None)
        if comma is None or comma + 2 >= len(toks) or toks[comma + 1].lower_ not in {"dass", "daß"} \
                or not any(t.lower_ in CERTAIN for t in toks[1:comma]):
            return None
        end = np_end(toks, 1)
        holder = self.speakers.view_holder(toks)
        ent, sspan = holder if holder is not None else self.speakers.source_in(toks[1:end])
        return (ent, sspan, self.cues.clause_end(toks[comma + 2 :])) if sspan is not None else None

    @staticmethod
    def _view_noun(toks: list[Token], k: int) -> int | None:
        """Index of "Sicht" in "aus Sicht", "aus der Sicht", "aus seiner Sicht" after ``toks[k]``."""
        for j in (k + 1, k + 2):
            if j < len(toks) and toks[j].lower_ == "sicht" and (
                    j == k + 1 or toks[k + 1].pos_ in {"DET", "PRON"}):
                return j
        return None

    def _account_before(self, toks: list[Token], comma: int) -> int | None:
        """Index of a report, speech or poll noun among the words before ``comma``."""
        return next((j for j in range(max(0, comma - 4), comma) if toks[j].pos_ == "NOUN" and (
            self.lex.report_noun(toks[j].lower_) or self.lex.speech_noun(toks[j].lower_)
            or self.lex.survey(toks[j].text))), None)

    def _became_known(self, toks: list[Token], k: int) -> list[Token] | None:
        """What "wurde bekannt, dass …" / "Nachdem bekannt geworden war, dass …" reports: the
        dass clause (or Konjunktiv clause) after "bekannt" and a form of "werden"."""
        near = [t.lower_ for t in toks[max(0, k - 2) : k + 3]]
        if not any(w in {"wurde", "wurden", "geworden", "wird", "werden"} for w in near) \
                or (k + 1 < len(toks) and toks[k + 1].lower_.startswith(("gegeben", "gemacht", "geben"))):
            return None  # ("bekannt gegeben" is a cue of its own)
        comma = next((j for j in range(k + 1, min(k + 4, len(toks) - 1)) if toks[j].text == ","), None)
        if comma is None:
            return None
        msg = self.cues.clause_end(toks[comma + 1 :])
        if msg and (msg[0].lower_ in {"dass", "daß"} or self.cues.has_konjunktiv(msg)):
            return msg
        return None

    @staticmethod
    def impersonal_cue(toks: list[Token], k: int) -> bool:
        """A cue with no speaker of its own, its source in an "aus"/"in" phrase or the sentence
        before: "hieß es", "hatte es geheißen", "war aus X zu hören"."""
        low = toks[k].lower_
        before = [t.lower_ for t in toks[max(0, k - 3) : k]]
        if any(w in {"das", "dies", "was"} for w in before[-1:] if low != "geheißen") \
                or any(w in {"das", "dies", "was"} for w in before if low == "geheißen"):
            return False  # "Das hieß es auch …": a pointing subject
        if low in HEISST:
            return k + 1 < len(toks) and toks[k + 1].lower_ == "es"
        if low == "geheißen":
            return "es" in before
        return low in {"hören", "vernehmen"} and before[-1:] == ["zu"] and any(
            t.lower_ in {"ist", "war", "sei"} for t in toks[:k]) and any(
            t.lower_ == "aus" for t in toks[:k])  # "Aus der Regierung ist zu hören"

    def _around_so(self, toks: list[Token], k: int) -> list[Token]:
        """What a ", so X" vouches for: the words before it, or with a parenthetical ", so X,"
        the whole sentence around it ("Der Präsident sei, so Gamkrelids, schuld daran")."""
        close = next((j for j in range(k + 2, min(k + 30, len(toks))) if toks[j].text in {",", "–", "-"}
                      and not self.cues.in_quote(toks[j])), None)
        person = self.claims.actors.at(toks[close + 1].i) if close is not None and close + 2 < len(toks) \
            else None
        if person is not None and person.type == "person":
            # ", so der Hauptgeschäftsführer der BDA, Klaus-Dieter Merten(, am Montag)": the name
            # apposed to the role closes the phrase, not a parenthesis
            named = [j for j in range(close + 1, len(toks)) if self.claims.actors.at(toks[j].i) is person]
            after = next((j for j in range(named[-1] + 1, len(toks)) if toks[j].text == ","), None)
            rest = toks[after + 1 :] if after is not None else []
            if not any(t.pos_ in {"VERB", "AUX"} for t in rest):
                return toks[: k - 1]
            close = after
        if close is None or close + 2 >= len(toks) or any(
                t.tag_.endswith("FIN") for t in toks[k + 1 : close]):
            return toks[: k - 1]
        return toks

    def _earlier_account(self, sid: int, phrase: list[Token], span: tuple[int, int] | None) -> tuple[
            Entity | None, tuple[int, int] | None]:
        """"den Angaben zufolge", "nach diesen Angaben": a report noun with only a definite or
        demonstrative article refers to the account of the sentences before, whose speaker it
        takes (the phrase stays the speaker words); else no actor."""
        if len(phrase) != 2 or phrase[0].lower_ not in {"den", "dem", "der", "diesen", "diesem", "dieser"} \
                or not self.lex.report_noun(phrase[1].lower_):
            return None, span
        author = self._author_named_with(sid, phrase[1])  # (also of a poll or study named before)
        if author is None and self.cues.poll(phrase[1]):
            # "Der Spiegel berichtete …. Dem Bericht zufolge …", "Eine Studie des Ifo-Instituts …
            # Der Studie zufolge …": the author of the document the sentences before introduced
            author = self._document_before(sid, phrase[1])
        if author is not None:
            return author, span
        if self.cues.poll(phrase[1]):
            return None, span  # "nach den Hochrechnungen": a poll, nobody's account
        prev = self.claims.recent_claim(sid, window=2)
        if prev is not None and prev.speaker is not None:
            return prev.speaker, span
        ent = self.speakers.clause_subject(self.adoc.spans[sid - 1], persons=False)[0] if sid > 0 else None
        return ent, span

    def _document_before(self, sid: int, noun: Token) -> Entity | None:
        """Who issued the document one of the three sentences before names with the same noun
        ("Eine Studie des Ifo-Instituts …") or, for a report, whose reporting verb it names ("Der
        Spiegel berichtete …"): that sentence's speaker, else its subject; None when none does."""
        lemma = noun.lemma_.lower()
        for before in range(sid - 1, max(-1, sid - 4), -1):
            if self.adoc.kind(before) not in {"body", "teaser"}:
                continue
            span = self.adoc.spans[before]
            if any((t.pos_ == "NOUN" and t.lemma_.lower().endswith(lemma))
                   or (lemma == "bericht" and t.pos_ == "VERB" and t.lemma_.lower() == "berichten")
                   for t in span):
                return self._speaker_in(before) or self.speakers.clause_subject(span, persons=False)[0]
        return None

    def _author_named_with(self, sid: int, noun: Token) -> Entity | None:
        """The author the sentence before named with the same document ("… stützt ihre Klage auf ein
        Gutachten des Expertenrats für Klimafragen. Dem Gutachten zufolge …": the council)."""
        if sid == 0:
            return None
        lemma = noun.lemma_.lower()
        for t in self.adoc.spans[sid - 1]:
            if t.pos_ == "NOUN" and t.lemma_.lower().endswith(lemma) and t.i + 1 < len(self.claims.doc) \
                    and self.claims.doc[t.i + 1].lower_ in {"des", "der", "von", "vom"}:
                ent, _ = self.speakers.entity_in(list(self.claims.doc[t.i + 1 : t.i + 6]))
                if ent is not None and ent.type != "person":
                    return ent
        return None

    def _names_source(self, phrase: list[Token]) -> bool:
        """A phrase that names who says something: an actor or a report noun."""
        return any(self.claims.actors.at(t.i) is not None or self.lex.report_noun(t.lower_) for t in phrase)

    def _wie_clause(self, sid: int, sent: SpacySpan, toks: list[Token], k: int) -> bool:
        """"Wie X berichtet, …" and "…, wie X mitteilte": X vouches for the rest of the sentence."""
        # the comma after the reporting verb ("Wie ein Vertreter des Konzerns, EADS,
        # mitteilte, …"), else the first one
        verb = next((j for j in range(k + 1, min(k + 16, len(toks)))
                     if self.cues.cue_lemma(toks[j]) in REPORTING_WIE or self.hiess_es(toks, j)
                     or toks[j].lower_ in EMERGES), k)
        end_k = next((j for j in range(verb + 1, len(toks)) if toks[j].text == ","), None)
        # the clause opens the sentence ("Wie X berichtet, …", "Denn wie X berichtete, …") or
        # follows what it vouches for ("…, wie sein Anwalt mitteilte.")
        opening = k == 0 or toks[k].text == "Wie" or toks[k - 1].text != ","
        after = toks[verb + 1] if verb != k and verb + 1 < len(toks) else None
        if opening and after is not None and after.text != "," and after.tag_.endswith("FIN") and not (
                verb + 2 < len(toks) and toks[verb + 2].text == ","):
            # the comma is missing ("Wie die Sender berichten sind zwei Polizisten …"): the
            # clause ends with its verb
            end_k = verb + 1
        if end_k is None and not opening:
            end_k = len(toks)
        if end_k is None:
            return False
        msg_start = end_k + 1 if end_k < len(toks) and toks[end_k].text == "," else end_k
        verbs = [x for j, x in enumerate(toks[k + 1 : end_k], k + 1)
                 if self.cues.cue_lemma(x) in REPORTING_WIE
                 or x.lower_ == "bekannt" or self.hiess_es(toks, j) or x.lower_ in EMERGES]
        # "wie X mitteilte", "wie heute bekannt wurde", "Wie es in Brüssel hieß"
        if not verbs:
            return False
        ent, sspan = self.speakers.entity_in(toks[k + 1 : end_k])
        first = toks[k + 1]
        if ent is None and first.lower_ == "aus" and verb > k + 2:
            # "wie aus einer Auswertung des Portals Immowelt hervorgeht": the document's author
            ent, sspan = self.speakers.source_in(toks[k + 2 : verb])
        if ent is None and first.tag_ == "PDS" and first.lower_ in {"diese", "dieser", "dieses"}:
            # "Das entschied die AIU, wie diese am Mittwoch mitteilte": the actor named last
            ent = self.speakers.named_last(first)
            sspan = (first.idx, first.idx + len(first)) if ent is not None else None
        elif ent is None and first.tag_ == "PPER" and first.lower_ in {"er", "sie"}:
            ent, sspan = self.speakers.pronoun(first)  # "…, wie sie mitteilte"
        source = [x for x in toks[k + 1 : verb] if x.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "X"}]
        sspan = sspan or noun_phrase(toks[k + 1 : end_k]) or (  # "Wie t-online.de berichtet"
            (source[0].idx, source[-1].idx + len(source[-1])) if 0 < len(source) <= 4 else None)
        return self._sourced(sid, sent, toks[msg_start:] if opening else toks[:k], ent,
                             sspan, (verbs[0].idx, verbs[0].idx + len(verbs[0])))

    def author_of(self, sid: int, words: list[Token]) -> Entity | None:
        """The actor whose document a definite document noun refers back to ("Der
        Bundesrechnungshof legte einen Bericht vor. … heißt es in dem Bericht"): the subject of
        the latest of the three sentences before that names such a document, else None."""
        if len(words) == 4 and words[2].lower_ in {"der", "des"} and words[3].lemma_.lower() in RULING_NOUNS:
            words = words[:2]  # "in der Begründung der Entscheidung": the ruling's grounds
        if len(words) > 3 and words[0].lower_ in {"dem", "der"} and words[-1].pos_ == "NOUN" \
                and words[-2].tag_ == "ADJA" and words[-2].lower_.endswith(("ten", "nen")):
            # "in dem am Dienstag in New York veröffentlichten Bericht": the report, its attribute aside
            words = [words[0], words[-1]]
        noun = next((t for t in reversed(words) if t.pos_ == "NOUN"), None)
        if noun is not None and words[0].lower_ in {"einer", "einem"} and (
                len(words) <= 3 or (noun is words[-1] and len(words) <= 6)) \
                and noun.lemma_.lower() in {*STATEMENT_NOUNS, "bericht"} and sid > 0 \
                and self.adoc.kind(sid - 1) in {"body", "teaser"}:
            # "Das US-Außenministerium drohte mit Sanktionen. …, hieß es in einer Mitteilung": a
            # statement issued by the actor of the sentence before (also "in einem am Mittwoch
            # veröffentlichten Bericht"), or by whose words it was ("Das israelische Militär
            # erklärte, …. Die Miliz habe dort Raketen gelagert. …, hieß es in einer Mitteilung":
            # the military's, not the militia's)
            return self._speaker_in(sid - 1) or self.speakers.clause_subject(
                self.adoc.spans[sid - 1], persons=False)[0]
        if noun is None or not words or words[0].lower_ not in {"dem", "der", "den", "des", "im"} \
                or not (self.lex.report_noun(noun.text) or noun.lemma_.lower() in SPEECH_NOUNS
                        or noun.lower_.endswith(DOCUMENT_ENDINGS)) \
                or len(words) > 3:
            return None  # (not "in einem Bericht", nor "im Bericht der Zeitung")
        lemma = noun.lemma_.lower()
        for before in range(sid - 1, max(-1, sid - 4), -1):
            if self.adoc.kind(before) not in {"body", "teaser"}:
                continue
            span = self.adoc.spans[before]
            if any(t.pos_ == "NOUN" and (t.lemma_.lower().endswith(lemma) or t.lower_.endswith(lemma))
                   for t in span):
                # (also a compound: "In seiner Thronrede mahnte Harper … hieß es in der Rede"),
                # whose speaker there is its author, else the sentence's subject
                return self._speaker_in(before) or self.speakers.clause_subject(span, persons=False)[0]
        if sid > 0 and self.adoc.kind(sid - 1) in {"body", "teaser"} and words[0].lower_ != "den":
            # (not documents in the plural: "…, heißt es in den Schreiben" after "Die
            # Verbraucherzentrale warnt vor falschen Forderungen" are the fraudsters' letters)
            # "Die Stiftung Warentest hat Sonnencremes getestet. …, heißt es in dem Bericht": with no
            # document named before, the report of the one the sentence before quotes ("Nach
            # Informationen des „Spiegel“ erwägt der Vorstand …"), else of the organisation it is about
            ent = self._speaker_in(sid - 1) or self.speakers.clause_subject(
                self.adoc.spans[sid - 1], persons=False)[0]
            if ent is not None and ent.type in {"organization", "media", "state"}:
                return ent
        if lemma in RULING_NOUNS or noun.lower_.startswith("urteil"):
            return self._court(sid)  # "…, heißt es in der Urteilsbegründung": the court's
        return None

    def _prosecution(self, sid: int) -> Entity | None:
        """The prosecutors' office the text named last before sentence ``sid``, else the one it
        names later ("Staatsanwaltschaft", "Bundesanwaltschaft"), if any."""
        return self._body_named(sid, ("anwaltschaft",))

    def _court(self, sid: int) -> Entity | None:
        """The court the text named first, the one whose ruling it reports ("Der Bundesgerichtshof
        hat den Freispruch aufgehoben. … Das Landgericht habe …, heißt es in der Entscheidung")."""
        return self._body_named(sid, ("gericht", "gerichtshof"), first=True)

    def _body_named(self, sid: int, heads: tuple[str, ...], first: bool = False) -> Entity | None:
        """The organisation whose name holds one of ``heads`` that the text named last (or
        ``first``) before sentence ``sid``, else the only one it names after it."""
        start = self.adoc.sentences[sid].start
        bodies = [e for e in self.claims.actors.entities.values() if e.type == "organization"
                  and any(h in w for w in e.name.lower().split() for h in heads)]
        named = [(m.start, e) for e in bodies for m in e.mentions if m.start < start]
        if named:
            return (min if first else max)(named, key=lambda x: x[0])[1]
        return bodies[0] if len(bodies) == 1 else None

    def _speaker_in(self, sid: int) -> Entity | None:
        """The speaker of the first claim with one found in sentence ``sid``, if any."""
        return next((f.speaker for f in self.claims.found if f.sentence == sid
                     and f.speaker is not None and f.form != "assertion"), None)

    @staticmethod
    def hiess_es(toks: list[Token], j: int) -> bool:
        """"hieß" after "wie es …" ("Wie es in Brüssel hieß, …")."""
        return toks[j].lower_ in {*HEISST, "hieße"} and any(
            t.lower_ == "es" for t in toks[max(0, j - 6) : j])

    def quotation_before(self, sid: int, sent: SpacySpan) -> None:
        """"„Ja, es gibt Zumutungen.“ Das musste Steinbrück einräumen.": a sentence pointing
        back names the speaker of the quotation before it that had no cue of its own."""
        toks = list(sent)
        if len(toks) < 3 or len(toks) > 25 or sid == 0 or self.adoc.kind(sid - 1) in {"heading", "title"}:
            return
        cue = self._back_reference(toks)
        if cue is None:
            return
        earlier = [f for f in self.claims.found if f.sentence == sid - 1 and f.form != "assertion"]
        quotes = [f for f in earlier if f.form == "direct" and (f.cue is None or f.guessed)]
        if not quotes or len(quotes) != len(earlier):
            return
        ent, sspan, stype = self.speakers.speaker_of(cue)
        if ent is None and sspan is None:
            return
        for f in quotes:
            f.speaker, f.speaker_span, f.source_type = ent, sspan, stype
            f.cue, f.guessed = (cue.idx, cue.idx + len(cue)), False

    def _back_reference(self, toks: list[Token]) -> Token | None:
        """The cue of a sentence that points back at the one before: "Das teilte X mit",
        "Das musste X einräumen", "Mit diesen Worten meldete sich X zurück"."""
        words = [t.lower_ for t in toks[:3]]
        if words[0] in {"das", "dies"}:
            if self.cues.cue_lemma(toks[1]):
                return toks[1]
            if toks[1].tag_ in {"VMFIN", "VAFIN"}:  # "Das musste X einräumen", "Das hat X gesagt"
                return next((t for t in toks[2:] if self.cues.cue_lemma(t)), None)
        if words[0] == "mit" and words[1] in {"diesen", "den"} and words[2] == "worten":
            return next((t for t in toks[3:8] if t.pos_ == "VERB"), None)
        return None

    def spelled_out(self, sent: SpacySpan) -> SpelledOut | None:
        """"der Vorwurf der Regierung, Wikipedia propagiere Terror", "Dem Appell der Polizei,
        sich zu stellen, …": a noun for something said, the complement that spells it out and
        whose words they are (the noun itself, "die Behauptung", when no one is named). Read once
        per sentence: the quotation pass asks for every quotation, the speech-noun pass again."""
        if sent.start not in self._spelled:
            self._spelled[sent.start] = self._spell_out(sent)
        return self._spelled[sent.start]

    def _spell_out(self, sent: SpacySpan) -> SpelledOut | None:
        toks = list(sent)
        # a condition or a "wer" clause in front only speaks of a noun ("Sollten konkrete Hinweise
        # vorliegen, …", "Wer eine solche Forderung erhalte, solle …")
        lead = next((j for j, t in enumerate(toks) if t.text == ","), 0) \
            if toks and toks[0].lower_ in LEAD_CLAUSE_WORDS else 0
        for k, t in enumerate(toks):
            if not (t.text[:1].isupper() and t.pos_ in {"NOUN", ""} and self.lex.speech_noun(t.lower_)) \
                    or k < lead:
                continue
            # the comma that ends the noun's phrase ("der Vorwurf der Regierung an Wikipedia, …")
            end = next((j for j in range(k + 1, min(k + 12, len(toks) - 2)) if toks[j].text == ","), None)
            if end is None or self.cues.in_quote(t) or any(  # but "der Schluss gezogen, es könnte"
                    x.pos_ in {"VERB", "AUX"} for x in toks[k + 1 : end - 2]) or (
                    t.dep_ == "nsubj" and toks[k].i < t.head.i < toks[end - 2].i):
                continue  # (nor "Ein Dementi bedeute nicht, dass …" with the verb tagged as an adverb)
            msg = self.cues.clause_end(toks[end + 1 :])
            if msg[0].tag_ in {"PRELS", "PRELAT"} or (msg[0].pos_ == "ADP" and len(msg) > 1 and msg[
                    1].tag_ in {"PRELS", "PRELAT"}):
                continue  # a relative clause ("ein Hinweis, auf den …"), not what was said
            opener = msg[1] if len(msg) > 1 and msg[0].lower_ in FOCUS_WORDS else msg[0]
            if (opener.tag_ in {"KOUS", "KOUI"} and opener.lower_ not in {"dass", "daß", "ob"}) \
                    or opener.lower_ in {"damit", "weil", "sodass", "obwohl", "nachdem"}:
                continue  # "Ein Angebot sei notwendig, damit …", "…, auch wenn …": an adverbial clause
            if not (msg[0].lower_ in {"dass", "daß", "ob"} or self.cues.infinitive(msg)
                    or self.cues.has_konjunktiv(msg, include_k2=True)):
                continue
            verb = next((j for j in range(k + 1, end) if toks[j].pos_ in {"VERB", "AUX"}), end)
            named = np_end(toks, k + 1) if k + 1 < verb else k + 1  # "der Regierung", "von X"
            whose = toks[k + 1 : min(named, verb)]
            if whose and (whose[0].tag_ == "PAV" or (whose[0].pos_ == "ADP" and whose[0].lower_ not in {
                    "von", "vom"})):
                # "stellten die Theorie auf, dass …": a particle, not a source; "begründete die
                # Forderung damit, dass …", "hätten Hinweise darauf, dass …": a pointing adverb
                whose = []
            ent, sspan = self.speakers.source_in(whose)
            governor = next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if sspan is None and governor is not None and (t.dep_ == "nsubj:pass" or any(
                    c.dep_ == "aux:pass" for c in governor.children)):
                # "wurde von Beobachtern der Schluss gezogen" (the noun also when the parser hung
                # it on the agent)
                ent, sspan, _ = self.speakers.passive_agent(governor, sent) or (None, None, None)
            if sspan is None and t.dep_ not in {"nsubj", "nsubj:pass", "ROOT"} \
                    and t.head.pos_ in {"VERB", "AUX"}:
                # "Cutler vertritt die Ansicht, …", "37 Prozent sind der Auffassung, dass …"
                ent, sspan, _ = self.speakers.subject_of(t.head, sent)
            if sspan is None and governor is not None and any(c.lower_ == "mit" and c.dep_ == "case"
                                                              for c in t.children):
                # "wandte sich an seine Anhänger mit der Aufforderung, …": the subject's words
                # (of the verb above when the parser took an adverb for the governing verb)
                for verb in (governor, *(a for a in governor.ancestors if a.pos_ in {"VERB", "AUX"})):
                    ent, sspan, _ = self.speakers.subject_of(verb, sent)
                    if sspan is not None:
                        break
            named = sspan is not None
            if sspan is None:
                start = k - 1 if k > 0 and toks[k - 1].pos_ == "DET" else k
                sspan = (toks[start].idx, t.idx + len(t))  # "die Behauptung"
            return SpelledOut(t, msg, ent, sspan, named)
        return None

    def speech_noun(self, sid: int, sent: SpacySpan) -> bool:
        """A claim for a speech noun's complement (:meth:`spelled_out`)."""
        said = self.spelled_out(sent)
        if said is None:
            return False
        noun, ent = said.noun, said.speaker
        self.claims.add(sid, "indirect", self.claims.trim(said.words), speaker=ent,
                        speaker_span=said.speaker_span, cue=(noun.idx, noun.idx + len(noun)),
                        via=self.speakers.via(sent),
                        source_type=SOURCE_OF[ent.type] if ent else "unattributed")
        return True

    def headline(self, sid: int, sent: SpacySpan) -> bool:
        """"Bloomberg-Bericht: …" at the start of a title or teaser; in a title, teaser or
        heading also a speaker's name alone ("Merz: Wir schaffen das", "EVG: Warnstreiks …")."""
        toks = list(sent)
        # (the label may follow a dash: "Bayern verliert in Leverkusen – Kompany: „Das tut weh“")
        dash = max((k + 1 for k, t in enumerate(toks) if t.text in {"–", "—", "-"}), default=0) \
            if self.adoc.kind(sid) in {"title", "teaser", "heading"} else 0
        colon = next((k for k, t in enumerate(toks[dash : dash + 8], dash) if t.text == ":"), None)
        if colon is not None and colon - dash > 4 \
                and any(t.pos_ in {"VERB", "AUX"} for t in toks[dash:colon]):
            colon = None  # (a longer label has no verb: "Ganz anders die „taz“: …")
        if colon is None or colon == dash or sent.text.rstrip().endswith("?"):
            return False  # ("Mannheimer Morgen: Wer ist schuld …?": an interviewer's question)
        ent, sspan = self.speakers.entity_in(toks[dash:colon])
        named_alone = ent is not None and self.adoc.kind(sid) in {"title", "teaser", "heading"} and all(
            self.claims.actors.at(t.i) is ent for t in toks[dash:colon] if not t.is_punct)
        if ent is None or (ent.type not in {"media", "anonymous"} and not named_alone):
            return False
        rest = [t for t in toks[colon + 1 :] if not t.is_punct or t.text in OPENING_QUOTES]
        topic = ent.type == "state" or ent.name.lower().endswith(EVENT_ENDINGS)
        if topic and rest and rest[0].text not in OPENING_QUOTES \
                and not any(t.lower_ in FIRST_PERSON for t in rest):
            # "Frankreich: Regierung übersteht Misstrauensvotum", "Bundesliga: Leipzig bangt um
            # Stürmer", "Berlinale: Goldener Bär …": the topic, not a source
            return False
        quoted = [f for f in self.claims.found if f.sentence == sid and f.form == "direct"
                  and f.start > toks[colon].idx]
        for f in quoted:  # "Merz: „Wir schaffen das“": the quotation is the claim, the label its speaker
            f.speaker, f.speaker_span, f.source_type, f.guessed = ent, sspan, SOURCE_OF[ent.type], False
        after = toks[colon + 1 :]
        if quoted and sum(f.end - f.start for f in quoted) > 0.8 * (after[-1].idx - after[0].idx):
            return True  # (a quotation inside reported words leaves them a claim: "Ganz anders die
            # „taz“: Das Paket sei „das Mindeste“")
        konjunktiv = self.adoc.kind(sid) == "body" and self.cues.has_konjunktiv(after)
        self.claims.add(sid, "indirect" if konjunktiv else "according_to", self.claims.trim(after),
                        speaker=ent, speaker_span=sspan, source_type=SOURCE_OF[ent.type])
        return True

    def source_first(self, sent: SpacySpan) -> bool:
        """The sentence opens with its source ("Nach Angaben der Polizei habe …", "Laut X …")."""
        toks = list(sent)
        first = toks[0].lower_ if toks else ""
        if first in self.lex.according_before or (
                first == "nach" and self.cues.nach_noun(toks, 0) is not None):
            return True
        after = next((k for k, t in enumerate(toks[:8]) if t.lower_ in self.lex.according_after), None)
        if after is not None and not any(t.pos_ in {"VERB", "AUX"} for t in toks[:after]):
            return True
        # or closes with it: "Die Bahn will einen Notfahrplan anbieten, wie ein Bahnsprecher sagte."
        wie = next((k for k in range(len(toks) - 1, 1, -1)
                    if toks[k].lower_ == "wie" and toks[k - 1].text == ","), None)
        return wie is not None and not any(t.text in {",", ";"} for t in toks[wie + 1 :]) and any(
            self.cues.cue_lemma(t) in REPORTING_WIE for t in toks[wie + 1 :])

    def _apposed_person(self, msg: list[Token]) -> tuple[Entity, tuple[int, int], list[Token]] | None:
        """A person named between commas right after a source phrase, titles allowed ("Laut dem
        Präsidenten des Instituts, Clemens Haubner, ist …"; "Nach Angaben der Leiterin,
        Professorin Anna Roth, …"): the person, the name's characters and the message after it."""
        close = next((j for j, t in enumerate(msg[:7]) if t.text == ","), None)
        if close is None or close == 0:
            return None
        named = [t for t in msg[:close] if self.claims.actors.at(t.i) is not None]
        ent = self.claims.actors.at(named[0].i) if named else None
        if ent is None or ent.type != "person" or any(self.claims.actors.at(t.i) is not ent for t in named) \
                or any(t not in named and not (t.text in TITLES or self.claims.actors.is_role(t))
                       for t in msg[:close]):
            return None
        return ent, (named[0].idx, named[-1].idx + len(named[-1])), msg[close + 1 :]

    def _account_in(self, sent: SpacySpan) -> tuple[int, int] | None:
        """The last account or document a sentence names ("Inzwischen sind präzise
        Beschuldigungen an die Öffentlichkeit gelangt", "Das geht aus dem Urteil hervor"), as the
        phrase a "Demnach" after it refers to."""
        noun = next((t for t in reversed(sent) if t.pos_ == "NOUN" and not self.cues.in_quote(t) and (
            self.lex.report_noun(t.lower_) or self.lex.speech_noun(t.lower_)
            or t.lower_.endswith(DOCUMENT_NOUNS))), None)
        if noun is None:
            return None
        first = noun
        while first.i > sent.start and first.nbor(-1).pos_ in {"DET", "ADJ", "NUM"}:
            first = first.nbor(-1)  # "präzise Beschuldigungen", "dem Urteil"
        return first.idx, self.speakers.phrase_span(noun)[1]

    def _cites(self, sid: int, toks: list[Token]) -> bool:
        """"Die Zeitung beruft sich dabei auf Insider": the source the speaker of the sentence
        before relied on is the chain of its claims there."""
        verb = next((t for t in toks if t.lemma_ == "berufen" and t.pos_ == "VERB"), None)
        if verb is None or not any(t.lower_ == "sich" for t in toks):
            return False
        on = next((k for k, t in enumerate(toks) if t.lower_ == "auf" and t.i > verb.i), None)
        speaker = self.speakers.speaker_of(verb)[0] if on is not None else None
        earlier = [f for f in self.claims.found if f.sentence == sid - 1 and f.form != "assertion"
                   and f.speaker is speaker and f.via is None]
        if speaker is None or not earlier:
            return False
        phrase = toks[on + 1 :]
        end = next((k for k, t in enumerate(phrase) if t.text in {",", ";", ":", "."}), len(phrase))
        cited, _ = self.speakers.entity_in(phrase[: max(end, 1)])
        if cited is None or cited is speaker:
            return False
        for f in earlier:
            f.via = cited  # (listed as an actor: see analysis.analyze_doc)
        self.claims.source_only.add(sid)
        return True

    def _owner_before(self, sid: int, pronoun: Token) -> Entity | None:
        """Whom "dessen" or "deren" in a source phrase stands for: the actor named last before it
        in its sentence ("die Tasche des Mannes, die nach dessen Angaben …"), else the one the
        sentence before is about ("Die Gesellschaft für Spielsuchtprävention begrüßte die
        Novelle. Laut deren Schätzungen …")."""
        named = [e for t in self.adoc.spans[sid] if t.i < pronoun.i and (e := self.claims.actors.at(t.i))]
        if named:
            return named[-1]
        if sid == 0 or self.adoc.kind(sid - 1) not in {"body", "teaser"}:
            return None
        return self.speakers.clause_subject(self.adoc.spans[sid - 1], persons=False)[0]

    def anaphoric(self, sid: int, sent: SpacySpan) -> bool:
        """"Das berichtet X." / "Demnach …": the source of the sentence before, or of this one."""
        toks = list(sent)
        if len(toks) < 3 or sid == 0 or self.adoc.kind(sid - 1) in {"heading", "title"}:
            return False
        if self._cites(sid, toks):
            return True
        first = toks[0].lower_
        if self.adoc.kind(sid) == "body" and (first == "demnach" or (
                first == "danach" and (self.cues.has_konjunktiv(toks) or any(
                    t.pos_ == "NOUN" and t.dep_ in {"nsubj", "nsubj:pass", "obj", "iobj"}
                    and self.lex.report_noun(t.lower_) for t in self.adoc.spans[sid - 1])))):
            # "… stellte eine Studie vor. Danach bestimmt Gewalt den Alltag vieler Kinder."; or the
            # claim the sentence before named the source of ("Das geht aus einer Auswertung … hervor")
            before_span = self.adoc.spans[sid - 1]
            prev = self.claims.recent_claim(sid, window=1) or next(
                (f for f in reversed(self.claims.found) if f.cue is not None and f.speaker is not None
                 and before_span.start_char <= f.cue[0] < before_span.end_char), None)
            ent, stype = (prev.speaker, prev.source_type) if prev else (None, "unattributed")
            before = self.adoc.spans[sid - 1]
            if prev is None and any(self.cues.cue_lemma(t) or (
                    t.pos_ == "NOUN" and self.lex.report_noun(t.lower_)) for t in before):
                # "Das Bundeskartellamt hat seinen Bericht vorgelegt. Demnach …": the actor that
                # presented a report or spoke (the word "Demnach" stays the mention); after
                # other sentences "demnach" is "therefore"
                subject, _, kind = self.speakers.clause_subject(before, persons=False)
                if subject is not None:
                    ent, stype = subject, kind
            sspan = (toks[0].idx, toks[0].idx + len(toks[0]))
            if ent is None:  # no actor: what "Demnach" refers to is the better mention
                sspan = (prev.speaker_span if prev else None) or self._account_in(before) or sspan
            # (the source the account cites goes on too: "Wie die SZ unter Berufung auf
            # Regierungskreise berichtet, …. Demnach …")
            via = prev.via if prev is not None and prev.speaker is ent else None
            self.claims.add(sid, "according_to", self.claims.trim(toks[1:]), speaker=ent,
                     speaker_span=sspan, source_type=stype, via=via)
            return True
        if first in {"zu", "zum"} and len(toks) > 4 and any(t.lower_ in FINDING_NOUNS for t in toks[1:4]) \
                and any(t.lemma_ in {"kommen", "gelangen"} and t.tag_ == "VVFIN" for t in toks[2:5]) \
                and not any(f.sentence == sid - 1 and f.form != "assertion" for f in self.claims.found):
            # "Viele Cremes schützen schlecht. Zu diesem Ergebnis kommt die Stiftung Warentest": the
            # sentence before is the finding of the subject
            verb = next(t for t in toks[2:5] if t.lemma_ in {"kommen", "gelangen"} and t.tag_ == "VVFIN")
            ent, sspan, stype = self.speakers.subject_of(verb, sent, persons=False)
            if ent is not None or sspan is not None:
                self.claims.add(sid - 1, "according_to", self.claims.trim(list(self.adoc.spans[sid - 1])),
                                speaker=ent, speaker_span=sspan, cue=(verb.idx, verb.idx + len(verb)),
                                source_type=stype)
                self.claims.source_only.add(sid)
                return True
        if first in {"das", "dies"} and toks[1].lower_ in {"geht", "ging"} and any(
                t.lower_ == "hervor" for t in toks) and any(t.lower_ == "aus" for t in toks):
            start = next(j for j, t in enumerate(toks) if t.lower_ == "aus") + 1
            if start < len(toks) and not any(
                    f.sentence == sid - 1 and f.form != "assertion" for f in self.claims.found):
                phrase = toks[start : np_end(toks, start)]
                ent, sspan = self.speakers.source_in(phrase)
                self.claims.add(sid - 1, "according_to", self.claims.trim(list(self.adoc.spans[sid - 1])),
                         speaker=ent, speaker_span=sspan, cue=(toks[1].idx, toks[1].idx + len(toks[1])),
                         source_type=self._source_type(ent, phrase))
                return True
        back = self._back_reference(toks)
        if back is not None and self.cues.other_sense(back, self.cues.cue_lemma(back) or ""):
            return False  # "Dies nennt man einen „Aktiensplit“": a name for what was said before
        if back is not None and self.cues.cue_lemma(back) in REJECTING:
            return False  # "… fordern ein Datum. Das lehnte Abhisit ab": what he rejected, not his words
        if back is not None and back.i == toks[1].i and len(toks) <= 20:  # "Das teilte X mit."
            ent, sspan, stype = self.speakers.speaker_of(toks[1])
            before = self.adoc.spans[sid - 1]
            earlier = [f for f in self.claims.found if f.sentence == sid - 1 and f.form != "assertion"]
            if any(f.form != "reported" and not f.carried for f in earlier):
                # a sentence with its own cue keeps it (carried-on speech is re-sourced); an
                # outlet that reported it is its chain ("Nach Einschätzung westlicher
                # Geheimdienste …. Das berichtete die „New York Times“.")
                if ent is None or ent.type != "media":
                    return False
                for f in earlier:
                    if f.via is None and f.speaker is not ent:
                        f.via = ent
                self.claims.source_only.add(sid)
                return True
            for f in earlier:  # "… bestreiten Lopez und Shakira. Das teilten die beiden mit."
                self.claims.found.remove(f)
            self.claims.add(sid - 1, "according_to" if stype == "media" else "indirect",
                     self.claims.trim(list(before)), speaker=ent, speaker_span=sspan,
                     cue=(toks[1].idx, toks[1].idx + len(toks[1])), source_type=stype,
                     via=self.speakers.via(sent))
            return True
        return False
