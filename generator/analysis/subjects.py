"""Grammar checks on a subject the parser proposes for a speech verb: agreement, case and
attachments that show it is not (all of) the speaker. Plain functions on spaCy tokens."""

from __future__ import annotations

from spacy.tokens import Token

# determiners that are never nominative: a noun phrase they open is no subject
OBLIQUE_DETERMINERS = {"den", "dem", "einen", "einem", "ihren", "ihrem", "seinen", "seinem",
                       "diesen", "diesem", "unseren", "unserem", "keinen", "keinem"}


# determiners that can open a plural noun phrase
PLURAL_DETERMINERS = {"die", "alle", "beide", "viele", "einige", "mehrere", "diese", "jene", "manche",
                      "seine", "ihre", "unsere", "eure", "meine", "deine", "keine"}
SINGULAR_DETERMINERS = {"ein", "eine", "jeder", "jede", "jedes"}


def finite_of(verb: Token) -> Token | None:
    """The finite verb of a clause: ``verb`` itself or its finite auxiliary ("hat … gesagt")."""
    if verb.tag_.endswith("FIN"):
        return verb
    return next((c for c in verb.children if c.dep_.startswith("aux") and c.tag_.endswith("FIN")), None)


def tagged_plural(noun: Token) -> bool:
    """The noun's morphology says plural and its form allows it: a noun in "-in" is singular
    whatever the tagger says ("die Archäologin"; the plural is "-innen"), and so is a noun after
    a singular article ("Ein Branchenvertreter")."""
    return noun.morph.get("Number") == ["Plur"] and not noun.lower_.endswith("in") and not any(
        c.dep_ == "det" and c.lower_ in SINGULAR_DETERMINERS for c in noun.children)


def disagrees(cue: Token, subject: Token) -> bool:
    """A singular noun cannot be the subject of a plural finite verb (unless coordinated), nor a
    plural noun that of a singular one."""
    finite = next((t for t in [cue, *cue.children, cue.head] if t.tag_.endswith("FIN")
                   and (t is cue or t.dep_.startswith("aux") or cue.dep_.startswith("aux"))), None)
    if finite is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb, noun = finite.morph.get("Number"), subject.morph.get("Number")
    if subject.lower_.endswith(("er", "el", "en")) and any(
            c.dep_.startswith("det") and c.lower_ in PLURAL_DETERMINERS for c in subject.children) \
            and not (verb == ["Sing"] and noun == ["Plur"] and subject.lower_.endswith("en")):
        # "die Befehlshaber" (plural like singular) is plural whatever the morphology says, and
        # "die Mutter" may be singular; but "die Huthi-Rebellen" is no subject of "beschuldigt"
        return False
    # (a subject with "der" is singular: the nominative plural article is "die"; "sagte der Erste
    # Bevollmächtigte der IG Metall" with the noun tagged as a genitive plural)
    masculine = subject.dep_.startswith("nsubj") and not subject.lower_.endswith("n") and any(
        c.dep_ == "det" and c.lower_ == "der" for c in subject.children)  # (not "der 330 Seiten")
    if verb == ["Sing"] and tagged_plural(subject) and not masculine and subject.pos_ == "NOUN" \
            and subject.text.istitle() \
            and _common_noun_word(subject.text) and subject.ent_type_ not in {"PER", "LOC"} \
            and not any(c.pos_ == "PROPN" for c in subject.children):
        # "Die tibetischen Mönche beschrieb die Nachrichtenagentur als …" (common nouns only, not
        # places: "Vatikan dementiert Bericht" with "Vatikan" tagged plural; the number of names
        # and acronyms is a guess, "die IGDRB hatte", "„BBC News“ berichtet")
        return True
    if verb == ["Plur"] and subject.pos_ == "NOUN" and subject.lower_.endswith(("er", "el", "en")) \
            and not any(c.dep_.startswith("det") or c.pos_ == "PROPN" for c in subject.children) \
            and not (subject.i + 1 < len(subject.doc) and subject.nbor(1).pos_ == "PROPN"):
        # "Insider berichteten": a bare noun whose plural is its singular (not a title before a
        # name: "haben Premierminister Tony Blair geschrieben")
        return False
    return verb == ["Plur"] and noun == ["Sing"] and not conjuncts(subject) and not joined_subjects(subject)


def _common_noun_word(text: str) -> bool:
    """A word of letters, or a compound whose last part is one ("Huthi-Rebellen"), not an
    acronym or a name with digits."""
    last = text.rsplit("-", 1)[-1]
    return text.isalpha() or (last.isalpha() and len(last) > 3 and last[1:].islower())


def conjuncts(head: Token) -> list[Token]:
    """The phrases coordinated with ``head`` by the parse: its "conj" children, those of a name
    apposed to it ("Richter Ulrich Berghoff und Richterin Ines Kampmann": "und …" hangs on the
    name) and apposed phrases opened by "und" ("Präsident Macron und Italiens Ministerpräsidentin
    Meloni", parsed as an apposition)."""
    apposed = [c for c in head.children if c.dep_ == "appos"]
    return [*(c for h in (head, *apposed) for c in h.children if c.dep_ == "conj"),
            *(a for a in apposed if any(t.dep_ == "cc" and t.lower_ in {"und", "sowie"} for t in a.subtree
                                        if t.i < a.i))]


def joined_subjects(subject: Token) -> list[Token]:
    """Other subjects of the same verb joined to this one by "und"/"sowie", where the parser made
    them siblings ("Frankreichs Präsident Macron und Italiens Ministerpräsidentin Meloni erklärten")."""
    return [c for c in subject.head.children if c.dep_ == subject.dep_ and c is not subject
            and _joined(*sorted((c, subject), key=lambda t: t.i))]


def _joined(earlier: Token, later: Token) -> bool:
    """Two phrases on the same side of their verb, the later one opened by "und"/"sowie"."""
    verb, start = later.head, later.left_edge
    opener = start if start.lower_ in {"und", "sowie"} else start.nbor(-1) if start.i > 0 else start
    return (earlier.i < verb.i) == (later.i < verb.i) and earlier.right_edge.i < start.i \
        and opener.lower_ in {"und", "sowie"}


def not_nominative(subject: Token) -> bool:
    """The parser's subject opens with an accusative or dative determiner ("Ihren Widersacher
    Corbyn forderte May auf"): the object of a verb-second sentence, not the speaker."""
    # ("sicherte der Ukraine Unterstützung zu": "der" before a feminine name is dative or genitive;
    # the tagger's gender of common nouns is too unsure for this)
    # (but a sentence's opening "Der" is nominative: "Der frühere Fraktionsvize Axel Schäfer sagte")
    oblique_der = subject.pos_ == "PROPN" and subject.morph.get("Gender") == ["Fem"]
    return any(c.dep_.startswith("det") and (
        c.lower_ in OBLIQUE_DETERMINERS or (c.text == "der" and oblique_der)) for c in subject.children)


def without_addressee(subject: Token) -> list[Token]:
    """The subject's words without a "gegenüber X" or "auf Twitter" the parser hung on it,
    nor its relative clauses ("Die IGDRB, die von der Basler Chemie gegründet wurde, …")."""
    relative = {t.i for c in subject.subtree if c.dep_ == "acl:relcl" for t in c.subtree}
    words = sorted((t for t in subject.subtree if t.i not in relative), key=lambda t: t.i)
    cut = next((k for k, t in enumerate(words) if t.lower_ in {"gegenüber", "auf"} and t.i > subject.i),
               None)
    return words[:cut] if cut is not None else words
