"""Outlets: the medium a speaker spoke to or was quoted by ("sagte er der Nachrichtenagentur
dpa", "im Fachjournal „Nature“", "gegenüber Bloomberg"), which is a claim's source chain and
not part of the subject's words."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import SPOKES_NOUNS, Entity, noun_base
from generator.analysis.names import feminine_dative_nominative
from generator.analysis.phrases import (
    MEDIA_NOUNS,
    OPENING_QUOTES,
    OUTLET_NOUNS,
    QUOTE_MARKS,
    RELYING_NOUNS,
    np_end,
    np_start_before,
)
from generator.analysis.speakers.base import SUBJECT_DEPS
from generator.analysis.speakers.entities import EntityWords

# people whose outlet is their own, not one spoken to ("ein Journalist der dpa")
MEDIA_STAFF_NOUNS = frozenset({"journalist", "journalistin", "reporter", "reporterin", "korrespondent",
                               "korrespondentin", "redakteur", "redakteurin"})
# plural outlet nouns before a group's genitive ("den Zeitungen der Funke-Mediengruppe")
OUTLET_PLURALS = ("zeitungen", "blättern", "sendern", "medien")


class Outlets(EntityWords):
    """The outlet of a sentence's speech."""

    def via(self, sent: SpacySpan) -> Entity | None:
        """"gegenüber Bloomberg", "sagte der Zeitung X", "unter Berufung auf Insider", "berichten
        im Fachjournal „Nature“", "im Ö1-Morgenjournal des ORF". An organisation found to be an
        outlet here ("sagte X der „Augsburger Allgemeinen“") is retyped as one, once, for the
        whole article."""
        words = [t.lower_ for t in sent]
        journal = self._journal(sent)
        if journal is not None:
            return journal
        # someone not an outlet "gegenüber" whom words were said yields to an outlet spoken to
        # ("sagte dem „stern“, die Partei leide unter dem Streit gegenüber der Linken")
        addressee: Entity | None = None
        for i, word in enumerate(words):
            if sent[i].lemma_ == "vorliegen" and i > 0:
                # "Laut einer internen Statistik, die dem „Spiegel“ vorliegt": the outlet that has
                # the document passes it on
                ent, _ = self.entity_in(list(sent[max(0, i - 5) : i]))
                if ent is not None and ent.type == "media":
                    return ent
            if word in {"von", "vom"} and any(self.cues.cue_lemma(t) == "zitieren" and t.tag_ == "VVPP"
                                              for t in sent[i:]):
                ent, _ = self.entity_in(list(sent[i + 1 : i + 5]))  # "von der „Bild“ zitiert"
                if ent is not None and ent.type == "media":
                    return ent
            if word in {"zitierte", "zitiert", "zitierten"} and sent[i].tag_ == "VVFIN":
                ent, _ = self.entity_in(list(sent[i + 1 : i + 5]))  # "zitierte die „Bild“-Zeitung X"
                if ent is not None and ent.type == "media":
                    return ent
            if word == "aus" and i + 1 < len(words) and words[i + 1].endswith("kreisen") and any(
                    self.cues.cue_lemma(t) == "erfahren" or t.lower_ == "informationen" for t in sent):
                # "wie die Zeitung aus Regierungskreisen erfuhr", "nach Informationen … aus Kreisen
                # der Koalition": the circles the outlet learned it from
                ent, _ = self.entity_in(list(sent[i + 1 : i + 5]))
                if ent is not None:
                    return ent
            relies = word == "auf" and (
                (i >= 2 and words[i - 1] in RELYING_NOUNS)
                # "Bloomberg, die sich auf mit der Sache vertraute Personen beruft"
                or ("sich" in words[max(0, i - 3) : i] and any(
                    t.lemma_ == "berufen" for t in sent[i + 1 : i + 12])))
            if word == "gegenüber" or relies:
                # "unter Berufung auf drei mit den Gesprächen vertraute Insider", "mit Verweis auf
                # Nato-Kreise": up to the comma
                phrase = list(sent[i + 1 : i + 11])
                end = next((k for k, t in enumerate(phrase) if t.text in {",", ";", ":"}), len(phrase))
                ent, _ = self.entity_in(phrase[: max(end, 1)] if word == "auf" else phrase[:5])
                if ent and (relies or ent.type == "media"):
                    return ent
                addressee = addressee or ent
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
                while j > sent.start and self.doc[j].pos_ == "ADJ":
                    j -= 1  # "dem niederländischen Sender NOS"
            elif j - 2 >= sent.start and self.doc[j].lower_ == "der" \
                    and self.doc[j - 1].lower_.endswith(OUTLET_PLURALS) and self.doc[j - 2].lower_ == "den":
                j -= 2  # "in einem Interview mit den Zeitungen der Funke-Mediengruppe"
            if ent.type == "media" and j >= sent.start and self.cues.cue_lemma(self.doc[j]) \
                    and self.doc[j].tag_.endswith("FIN") and any(
                        c.dep_ in SUBJECT_DEPS and c.i < j and c.i != t.i for c in self.doc[j].children):
                return ent  # "Ein Insider sagte Reuters, …": spoken to, the subject is someone else
            if ent.type == "media" and (self.doc[j].lower_ in {"im", "bei"} or (
                    self.doc[j].lower_ in {"dem", "der", "den"} and j - 1 >= sent.start
                    and self.doc[j - 1].lower_ in {"mit", "in"})) \
                    and any(self.cues.cue_lemma(x) for x in sent):
                return ent  # "sagte sie im Deutschlandfunk", "im Interview mit dem ZDF"
            if ent.type == "media" and self.doc[j].lower_ == "des" and j - 2 >= sent.start \
                    and self.doc[j - 1].pos_ in {"NOUN", "PROPN"} \
                    and self.doc[j - 2].lower_ in {"im", "beim"} \
                    and any(self.cues.cue_lemma(x) for x in sent):
                # "sagte sie im Ö1-Morgenjournal des ORF": a programme of the outlet ("einer
                # Umfrage im Auftrag des „Stern“": the outlet that commissioned it)
                return ent
            if j <= sent.start or self.doc[j].lower_ not in {"der", "dem", "den"}:
                continue
            # "sagte der CDU-Politiker dem", "sagte Präsident X Y den Zeitungen der Funke Mediengruppe",
            # "sagte X den „Kieler Nachrichten“"
            window = list(self.doc[max(sent.start, j - 7) : j])
            cue = next((k for k in range(len(window) - 1, -1, -1) if self.cues.cue_lemma(window[k])), None)
            end = next((m.tok_end for m in ent.mentions if m.tok_start <= t.i < m.tok_end), t.i + 1)
            later = [x for x in self.doc[end : min(sent.end, end + 4)] if x.text not in QUOTE_MARKS]
            if cue is None and ent.type == "media" and later and later[0].tag_ in {"VVPP", "VVINF", "VVFIN"} \
                    and self.cues.cue_lemma(later[0]):
                return ent  # "hatte der „Bild“ gesagt": spoken to, the participle after it
            if cue is not None and not any(x.text in {",", ";", ":"} for x in window[cue:]):
                if ent.type != "media" and self.doc[j].lower_ == "der" and len(ent.mentions) == 1:
                    # the dative of a feminine name: "der „Augsburger Allgemeinen“"
                    ent.name = feminine_dative_nominative(ent.name)
                ent.type = "media"
                return ent
        platform = next((e for t in sent if (e := self.actors.at(t.i)) is not None and e.type == "media"
                         and any(m.kind == "platform" and m.tok_start == t.i for m in e.mentions)), None)
        return platform or addressee  # "schrieb sie auf X": the platform it was posted on

    def reporter(self, cue: Token, speaker: Entity | None) -> Entity | None:
        """Who reports the speech, named by a source phrase in the cue's own clause ("Die
        Opposition warf ihm laut „Spiegel“ vor, …", "Merz sagte nach Angaben von Diplomaten, …"):
        the claim's chain. A phrase inside what was said is not ("Söder sagte, laut Umfragen …")."""
        clause = self.cues.clause_of(cue)
        for k, t in enumerate(clause):
            phrase: list[Token] = []
            if t.lower_ in self.lex.according_before and k + 1 < len(clause) \
                    and clause[k + 1].pos_ not in {"VERB", "AUX"}:
                phrase = clause[k + 1 : np_end(clause, k + 1)]
            elif t.lower_ in self.lex.according_after and k > 0:
                phrase = clause[np_start_before(clause, k) : k]
            elif t.lower_ == "nach" and (noun := self.cues.nach_noun(clause, k)) is not None:
                phrase = clause[k + 1 : max(np_end(clause, k + 1), noun + 1)]
            ent = self.source_in(phrase)[0] if phrase else None
            if ent is not None and ent is not speaker:
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

    def _without_outlet(self, words: list[Token], head: Token) -> list[Token]:
        """The subject's words without the outlet spoken to, which the parser may take for a
        genitive ("sagte ein Anwohner der dpa", "eine Sprecherin der Stadt der Deutschen
        Presse-Agentur"); a spokesperson's or a journalist's outlet is his own ("ein Sprecher der
        dpa", "Ein Journalist der dpa"), not one in the dative ("ein Sprecher dem Sender NDR")."""
        for k, t in enumerate(words):
            if t.i <= head.i or t.lower_ not in {"der", "dem"}:
                continue
            j = t.i + 1
            while j < len(self.doc) and (self.doc[j].text in QUOTE_MARKS or (
                    self.doc[j].lower_.endswith(OUTLET_NOUNS) and not self.actors.at(j))):
                j += 1
            ent = self.actors.at(j) if j < len(self.doc) else None
            # (a spokesperson whose compound names another body speaks for that one: "sagte ein
            # Botschaftssprecher der Nachrichtenagentur dpa" is said to dpa)
            spokes = noun_base(head, SPOKES_NOUNS)
            own = noun_base(head, MEDIA_STAFF_NOUNS) is not None or (
                spokes is not None and head.lower_.split("-")[-1].startswith(spokes))
            if ent is not None and ent.type == "media" and not (  # ("dem" is no genitive)
                    t.lower_ == "der" and words[k - 1].i == head.i and own):
                return words[:k]
        return words
