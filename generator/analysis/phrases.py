"""Noun phrases by position, for speakers and sources the entity finder did not name.

Plain token heuristics that work with any German pipeline (or none): "der FDP-Politiker",
"einem Bericht des Spiegel", "Angaben von Ärzten".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

NP_DETERMINERS = {"der", "die", "das", "ein", "eine", "einer", "mehrere", "viele", "zwei", "drei"}
NP_STOP = {"und", "oder", "aber", "dass", "daß", "ob", "zwar", "noch", "auch", "am", "im", "in",
           "bei", "nach", "vor", "gegenüber", "mit", "von", "zu", "auf", "an", "gestern", "heute"}
ATTACHMENTS = {"von", "vom", "aus"}
# institutions whose name goes on with "für …" ("Institut für Wirtschaftsforschung")
NAMED_FOR = ("institut", "instituts", "amt", "amts", "amtes", "ministerium", "ministeriums", "zentrum",
             "zentrums", "gesellschaft", "verein", "vereins", "kommission", "rat", "rats", "rates",
             "stiftung", "verband", "verbands", "verbandes", "beauftragte", "beauftragten", "büro", "büros",
             "behörde", "agentur", "organisation",
             # offices named by their task ("des Kommissars für Frieden und Sicherheit der AU")
             "kommissar", "kommissars", "kommissarin", "minister", "ministers", "ministerin",
             "senator", "senators", "senatorin", "gesandte", "gesandten", "gesandter",
             "staatssekretär", "staatssekretärs", "staatssekretärin")
# quotation marks; '"' both opens and closes
OPENING_QUOTES = frozenset('„»‚"')
CLOSING_QUOTES = frozenset('“"«”‘')
FIRST_PERSON = frozenset({"ich", "wir", "mich", "mir", "uns"})  # not "unsere Sonne" alone
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES


def starts_phrase(t: Token) -> bool:
    return t.lower_ in NP_DETERMINERS or (
        t.text[:1].isupper() and any(c.isalpha() for c in t.text) and t.lower_ not in {"es", "das"})


def _joins_adjectives(tokens: list[Token], k: int) -> bool:
    """"und"/"oder" between two attributive adjectives ("Arabische und iranische Medien")."""
    return tokens[k].lower_ in {"und", "oder"} and 0 < k < len(tokens) - 1 \
        and tokens[k - 1].tag_ == "ADJA" and tokens[k + 1].tag_ == "ADJA"


def noun_phrase(tokens: list[Token]) -> tuple[int, int] | None:
    """Char span of the first article/noun group in ``tokens`` (text order)."""
    start = next((k for k, t in enumerate(tokens) if starts_phrase(t)), None)
    if start is None:
        return None
    end = start
    quoted = False  # inside a quoted name ("die „Aktion Deutschland hilft“") anything goes
    for k in range(start + 1, min(len(tokens), start + 10)):
        t = tokens[k]
        if t.text in QUOTE_MARKS:
            quoted = not quoted
        elif not quoted and (k - start >= 6 or t.is_punct or t.pos_ in {"VERB", "AUX", "SCONJ"}
                             or (t.lower_ in NP_STOP and not _joins_adjectives(tokens, k))):
            break
        end = k
    if quoted:  # an unclosed quotation: stop before it
        end = max(start, next(k for k in range(end, start - 1, -1) if tokens[k].text in QUOTE_MARKS) - 1)
    return tokens[start].idx, tokens[end].idx + len(tokens[end])


def noun_phrase_before(tokens: list[Token]) -> tuple[int, int] | None:
    """The noun group that ends right before a cue verb ("Der FDP-Politiker betonte")."""
    k = len(tokens)
    while k > 0 and not (tokens[k - 1].is_punct or tokens[k - 1].pos_ in {"VERB", "AUX"} or (
            tokens[k - 1].lower_ in NP_STOP and not _joins_adjectives(tokens, k - 1))):
        k -= 1
    return noun_phrase(tokens[k:])


def in_phrase(t: Token) -> bool:
    """A token that can be part of a noun phrase (tagged, or guessed without tags)."""
    if t.is_punct:
        return t.text in "„“\"»«"
    if t.pos_:
        return t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "X"} or (
            "-" in t.text and t.pos_ not in {"VERB", "AUX", "ADP", "ADV"}) or (
            t.ent_iob_ == "I" and t.ent_type_ in {"ORG", "PER", "LOC"})  # "Infratest dimap" as a verb
    return t.text[:1].isupper() or t.lower_ in NP_DETERMINERS or t.lower_.endswith(("en", "er", "es"))


def np_end(toks: list[Token], start: int) -> int:
    """End (exclusive) of the noun phrase at ``toks[start]``, with genitive and "von"
    attachments ("einem Bericht des Spiegel", "Angaben von Ärzten")."""
    j = start
    noun = False
    while j < len(toks) and j - start < 12:
        t = toks[j]
        if j > start and t.ent_iob_ == "I" and not t.is_punct:
            j += 1  # a lower-case word inside a name: "Infratest dimap"
            continue
        if noun and t.lower_ == "im" and j + 1 < len(toks) and toks[j + 1].lower_ == "auftrag":
            j += 2  # "einer Umfrage von Forsa im Auftrag der ARD"
            continue
        if noun and j + 2 < len(toks) and toks[j + 1].like_num and (t.lower_ == "unter" or (
                t.lower_ == "von" and toks[j + 2].pos_ == "NOUN" and toks[j + 2].text[:1].isupper())):
            j += 2  # "einer Reuters-Umfrage unter 60 Ökonomen", "nach Angaben von 12 Kliniken"
            continue
        attribute = participle_attribute_end(toks, j)
        if attribute is not None:
            j = attribute + 1  # "des von der Hamas kontrollierten Gesundheitsministeriums"
            continue
        if t.text in {"„", "»"} or (t.text == '"' and not t.whitespace_):
            # a quoted name goes in whole: "von „Ärzte ohne Grenzen“" (or with straight quotes)
            close = next((m for m in range(j + 1, min(j + 10, len(toks))) if toks[m].text in CLOSING_QUOTES),
                         None)
            if close is not None:
                j, noun = close + 1, True
                continue
        article = j + 2 < len(toks) and (toks[j + 1].lower_ in {"die", "den", "das"} or (  # "für die …"
            toks[j + 1].pos_ == "ADJ" and toks[j + 1].is_lower))  # "für öffentliche Finanzen"
        if noun and t.lower_ == "für" and toks[j - 1].lower_.endswith(NAMED_FOR) \
                and j + 1 + article < len(toks) and toks[j + 1 + article].text[:1].isupper():
            # "des Instituts für Wirtschaftsforschung", "Bundesamt für Migration und Flüchtlinge",
            # "des UN-Büros für die Koordinierung humanitärer Angelegenheiten"
            j += 1 + article
            while j < len(toks) and (toks[j].text[:1].isupper() or (
                    (toks[j].lower_ == "und" or (toks[j].pos_ == "ADJ" and toks[j].is_lower))
                    and j + 1 < len(toks) and toks[j + 1].text[:1].isupper())):
                j += 1
            continue
        if noun and t.text == "(" and j + 2 < len(toks) and toks[j + 2].text == ")":
            j += 3  # "des Robert Koch-Instituts (RKI)"
            continue
        if noun and t.text.isdigit() and len(t.text) == 4 and toks[j - 1].lower_ in DATED_NOUNS:
            j += 1  # "einem Plan der EU vom Sommer 2011"
            continue
        if noun and t.lower_ in {"und", "oder"} and toks[j - 1].text.endswith("-") and j + 1 < len(toks) \
                and toks[j + 1].pos_ in {"NOUN", "PROPN"}:
            j += 2  # "des Handels- und Gewerbevereins"
            continue
        if noun and t.text == "der" and t.morph.get("Case") == ["Nom"]:
            break  # "nach Angaben des Unternehmens | der Umbau": the subject, not a genitive
        if noun and t.ent_iob_ == "B" and t.text[:1].isupper() and t.pos_ not in {"VERB", "AUX", "PROPN"} \
                and not bare_plural(toks[j - 1]):
            j += 1  # a name, whatever its tag: "einer Blitzumfrage des Instituts Infratest dimap"
            continue
        if noun and not _continues_after_noun(t):
            break  # "laut ihrem Anführer | starken Zulauf", "nach Angaben | 2011"
        if noun and t.pos_ == "NOUN" and t.ent_iob_ == "O" and toks[j - 1].ent_iob_ in {"B", "I"} \
                and toks[j - 1].ent_type_ in {"ORG", "PER", "LOC"}:
            break  # "nach Informationen des Handelsblatts | Unterlagen": a name ends the genitive
        if noun and t.pos_ == "PROPN" and bare_plural(toks[j - 1]) and not (
                t.text.endswith("s") and t.ent_type_ and (j + 1 == len(toks) or toks[j + 1].ent_iob_ != "I")):
            # "laut Medienberichten | Xabi Alonso": a title before a name is singular (but "nach
            # Angaben Kiews" has the name in the genitive)
            break
        if in_phrase(t) or (t.lower_ in ATTACHMENTS and j > start):
            noun = noun or t.pos_ in {"NOUN", "PROPN"}
            j += 1
            continue
        break
    while j > start + 1 and toks[j - 1].lower_ in ATTACHMENTS | NP_DETERMINERS:
        j -= 1
    return max(j, start + 1)



def relative_clause_after(toks: list[Token]) -> list[Token]:
    """The relative clause that a comma and a relative pronoun open at the start of ``toks``, up
    to the next comma ("…, dessen Partei den Einzug verpassen könnte,", "…, mit denen …"), found
    by position where a parse may have missed it; empty if ``toks`` opens none."""
    relative = {"PRELS", "PRELAT"}
    if len(toks) < 3 or toks[0].text != "," or not (
            toks[1].tag_ in relative or (toks[1].tag_ == "APPR" and toks[2].tag_ in relative)):
        return []
    close = next((k for k, t in enumerate(toks[1:], 1) if t.text == ","), len(toks))
    return toks[1:close]


def withholds_name(clause: list[Token], anonymity_words: frozenset[str]) -> bool:
    """A relative clause that keeps the speaker's name back ("die anonym bleiben möchte", "der
    nicht namentlich genannt werden wollte", "der nicht genannt werden wollte", "die ihren Namen
    nicht nennen wollte")."""
    words = {t.lower_ for t in clause}
    return any(t.lower_ in anonymity_words or (t.lower_ == "genannt" and t.i > 0
                                               and t.nbor(-1).lower_ == "nicht") for t in clause) \
        or ({"namen", "nicht"} <= words and bool(words & {"nennen", "lesen", "veröffentlicht", "zitiert"}))


DATED_NOUNS = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
               "oktober", "november", "dezember", "frühjahr", "frühling", "sommer", "herbst", "winter"}

# adverbs after a second verb of the same subject ("…, nannte aber keine Zahlen")
COORDINATING_ADVERBS = frozenset({"aber", "jedoch", "allerdings", "zudem", "dann", "außerdem", "daraufhin"})
# nouns for the people around someone ("aus dem Umfeld von Kanzler Merz")
ENTOURAGE_NOUNS = frozenset({"umfeld", "umgebung"})

GENITIVE_DETERMINERS = {"des", "der", "eines", "einer", "dieses", "dieser", "seines", "seiner",
                        "ihres", "ihrer"}


PARTICIPLE_RE = re.compile(r"(t|en)(e|en|es|er|em)$")  # "kontrollierte", "kontrollierten", "ernannten"


def participle_attribute_end(toks: list[Token], start: int) -> int | None:
    """Index of the participle that closes an attribute opened by a preposition right after an
    article ("des | von der Hamas kontrollierten | Gesundheitsministeriums", "eines | mit den
    Verhandlungen vertrauten | Regierungsvertreters"), else None."""
    if start + 2 >= len(toks) or (toks[start].pos_ != "DET" and toks[start].lower_ not in {
            "der", "die", "das", "des", "dem", "den"}) or toks[start + 1].pos_ != "ADP":
        return None
    for j in range(start + 2, min(start + 10, len(toks) - 1)):
        t = toks[j]
        if (t.pos_ in {"ADJ", "VERB"} or t.tag_ == "ADJA") and PARTICIPLE_RE.search(t.lower_):
            noun = next((m for m in range(j + 1, min(j + 4, len(toks))) if toks[m].tag_ != "ADJA"), None)
            if noun is not None and toks[noun].pos_ in {"NOUN", "PROPN"}:
                return noun - 1  # (adjectives after the participle: "… vertrauten israelischen")
        if t.is_punct or t.pos_ in {"VERB", "AUX"}:
            return None
    return None


def bare_plural(t: Token) -> bool:
    """A plural noun without an article ("Medienberichten"; "den Theologen" may be singular)."""
    return t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and (
        t.i == 0 or t.nbor(-1).pos_ != "DET")


def _continues_after_noun(t: Token) -> bool:
    """After the head noun a phrase goes on with names, genitives, attachments and quotes, not
    with a new adjective or number (the next phrase)."""
    if t.pos_ == "NOUN" and t.text[:1].islower():
        return False  # a lower-case word tagged as a noun is none ("nach Angaben | niemand")
    if t.lower_ in {"anfang", "ende", "mitte"} | DATED_NOUNS and t.i > 0 \
            and t.nbor(-1).pos_ in {"NOUN", "PROPN"}:
        return False  # a time right after the noun: "nach Angaben der Verwaltung | Anfang 2027"
    if not t.pos_ or t.is_punct or t.lower_ in ATTACHMENTS or t.pos_ in {"NOUN", "PROPN", "X"}:
        return True
    if t.pos_ in {"DET", "ADJ"}:
        if t.lower_ in GENITIVE_DETERMINERS or "Gen" in t.morph.get("Case"):
            return True
        if t.pos_ == "ADJ" and t.i > 0 and t.nbor(-1).lower_ in {"des", "der", "eines", "einer"}:
            return True  # the genitive's adjective, whatever its tagged case ("des Kölner Jazzclubs")
        # a genitive plural without article ("nach Einschätzung westlicher Geheimdienste"),
        # the adjective often tagged dative
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        # (or parsed as its attribute: "nach Angaben libanesischer Sicherheitskreise", tagged dative)
        return (t.pos_ == "ADJ" and t.lower_.endswith("er") and nxt is not None and nxt.pos_ == "NOUN"
                and ("Gen" in nxt.morph.get("Case") or (nxt.dep_ == "nmod" and nxt.head.i < t.i)))
    return False


def np_start_before(toks: list[Token], end: int) -> int:
    """Start of the noun phrase that ends right before ``toks[end]`` ("X zufolge")."""
    j = end
    while j > 0 and end - j < 12:
        if toks[j - 1].text == ")" and j >= 3 and toks[j - 3].text == "(":
            j -= 3  # "des Verbandes Deutscher Realschullehrer (VDR) zufolge"
        elif toks[j - 1].pos_ == "DET" and j >= 2 and toks[j - 2].pos_ == "PROPN" and toks[j - 1].lower_ in {
                "einer", "eines", "einem"}:
            return j - 1  # "in Deutschland | einer Studie zufolge": a genitive follows no name
        elif j < end and toks[j].tag_ == "ADJA" and toks[j - 1].pos_ in {"NOUN", "PROPN"} \
                and not toks[j].lower_.endswith("er"):
            break  # "ist die AfD | ersten Hochrechnungen zufolge": no adjective follows its noun but
            # the strong genitive of an attribute ("Berichten verschiedener US-Medien zufolge")
        elif in_phrase(toks[j - 1]) or toks[j - 1].lower_ in {"von", "vom"}:
            j -= 1
        elif toks[j - 1].lower_ in {"in", "aus"} and j >= 2 and toks[j].pos_ == "PROPN" \
                and toks[j - 2].pos_ in {"NOUN", "PROPN"}:
            j -= 1  # "dem Gesundheitsministerium in Gaza zufolge"
        elif toks[j - 1].lower_ == "für" and j >= 2 and in_phrase(toks[j - 2]) and toks[j - 2].pos_ != "DET":
            j -= 1  # "Einer Umfrage von Infratest dimap für die ARD zufolge"
        elif toks[j - 1].lower_ == "im" and toks[j].lower_ == "auftrag" and j >= 2 and in_phrase(toks[j - 2]):
            j -= 1  # "Einer Umfrage des Instituts Civey im Auftrag der „Volksstimme“ zufolge"
        else:
            break
    return j

MEDIA_NOUNS = ("journal", "fachblatt", "zeitschrift", "zeitung", "magazin")  # "im Fachjournal „Nature“"
# nouns before an outlet's name: "sagte er der Nachrichtenagentur dpa"
# nouns of "unter Berufung auf X", "mit Verweis auf X", "unter Bezugnahme auf X": X is relied on
RELYING_NOUNS = frozenset({"berufung", "verweis", "bezugnahme", "bezug"})
OUTLET_NOUNS = (*MEDIA_NOUNS, "agentur", "sender", "senders", "fernsehsender", "radiosender", "blatt",
                "fernsehen", "portal")  # "im Staatsfernsehen ERT", "dem Portal „Kyiv Independent“"
# "hieß es", "heißt es" (and the Swiss spellings without ß)
HEISST = frozenset({"hieß", "heißt", "hiess", "heisst"})
GEMAESS = frozenset({"gemäß", "gemäss"})
# academic titles between a role and a name ("Vereinsarzt Dr. Jonas Pietsch", "Studienleiter
# Professor Felix Rother"): no part of the role, and the name still follows the role
ACADEMIC_TITLES = frozenset({"Dr.", "Prof.", "Dr", "Prof", "Professor", "Professorin"})
