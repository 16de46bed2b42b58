"""Attribution patterns of German news, each on a real sentence through the shipped pipeline.

The SpkAtt benchmark (benchmarks/spkatt.py) measures the rules in bulk; these tests pin down
one behaviour each, so a change that breaks a pattern fails here with a readable message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.aggregate import build_corpus
from generator.analysis import analyze
from generator.model import Analysis, Claim
from generator.readers import read_article


def _claims(result: Analysis) -> list[Claim]:
    return [c for c in result.claims if c.form != "assertion"]


def _claim(result: Analysis, start: str) -> Claim:
    return next(c for c in _claims(result) if c.text.startswith(start))


def _speaker(result: Analysis, claim: Claim) -> str:
    names = {a.id: a.name for a in result.actors}
    if claim.speaker:
        return names[claim.speaker]
    return claim.speaker_mention.text if claim.speaker_mention else ""


def test_speech_act_is_the_whole_clause(analyse) -> None:
    result = analyse("Die Polizei geht von einem Unfall aus.")
    (claim,) = _claims(result)
    assert claim.form == "reported"
    assert claim.text == "Die Polizei geht von einem Unfall aus"
    assert "Polizei" in _speaker(result, claim)


def test_two_speech_verbs_in_one_sentence(analyse) -> None:
    result = analyse("Während Shakira erklärte, wahnsinnig aufgeregt zu sein, räumte Jennifer Lopez "
                     "ein, lange davon geträumt zu haben.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims.get("wahnsinnig aufgeregt zu sein") == "Shakira", claims
    assert claims.get("lange davon geträumt zu haben") == "Jennifer Lopez", claims


def test_nach_einem_bericht(analyse) -> None:
    result = analyse("Nach einem Bericht der BBC seien 62 Studien ausgewertet worden.")
    (claim,) = _claims(result)
    assert claim.form == "according_to"
    assert "BBC" in _speaker(result, claim)
    assert claim.text.startswith("seien 62 Studien")


def test_zitieren_gives_the_quoted_person(analyse) -> None:
    result = analyse("Ein Fernsehsender zitierte Giorgos Papandreou mit den Worten: „Ich klebe nicht "
                     "an meinem Stuhl.“")
    (claim,) = _claims(result)
    assert claim.form == "direct"
    assert _speaker(result, claim) == "Giorgos Papandreou"


def test_speech_noun_with_complement(analyse) -> None:
    result = analyse("Es gibt lediglich den Vorwurf der türkischen Regierung an Wikipedia, Terror zu "
                     "propagieren.")
    (claim,) = _claims(result)
    assert claim.text == "Terror zu propagieren"
    assert _speaker(result, claim) == "Türkei"  # "der türkischen Regierung": the state speaks


def test_konjunktiv_sentences_of_one_speaker_are_one_claim(analyse) -> None:
    result = analyse("Innenminister Karl Maier sagte, die Lage sei ernst. Man habe keine Wahl. "
                     "Die Regierung werde handeln.")
    claims = _claims(result)
    assert [c.text for c in claims] == [
        "die Lage sei ernst", "Man habe keine Wahl. Die Regierung werde handeln"]
    assert {_speaker(result, c) for c in claims} == {"Karl Maier"}


def test_quoted_name_is_not_a_claim(analyse) -> None:
    result = analyse("Die BASF stellte ihre neue Kartoffel „Amflora“ in Berlin vor.")
    assert not [c for c in _claims(result) if c.form == "direct"]


def test_so_after_a_common_noun_source(analyse) -> None:
    result = analyse("Nikotin könne schon nach einer Zigarette abhängig machen, so die Ärztezeitung.")
    (claim,) = _claims(result)
    assert claim.speaker_mention.text == "die Ärztezeitung"
    assert claim.text.startswith("Nikotin könne")


def test_no_sentence_break_before_a_lower_case_quotation(analyse) -> None:
    result = analyse("Später sagte Angela Merkel, Benedikt XVI. „ist und bleibt ein großer Denker“.")
    (claim,) = [c for c in _claims(result) if c.form == "direct"]  # (and the reported clause around it)
    assert _speaker(result, claim) == "Angela Merkel"
    assert len({c.sentence for c in result.claims if c.form != "assertion"}) == 1, result.claims


def test_times_are_not_speakers(analyse) -> None:
    result = analyse("Der arabische Fernsehsender al-Dschasira hatte Anfang Juli berichtet, in den "
                     "Sachen Arafats seien Spuren von Polonium gefunden worden.")
    (claim,) = _claims(result)
    assert "Juli" not in _speaker(result, claim)
    # the station, as the phrase or as its actor (Al Jazeera)
    assert "al-Dschasira" in claim.speaker_mention.text and claim.source_type == "media"


def test_source_inside_a_relative_clause_vouches_for_that_clause(analyse) -> None:
    result = analyse("Schuld war das Übergabeverfahren, das nach Angaben eines Werft-Sprechers nicht "
                     "rechtzeitig abgeschlossen werden konnte.")
    (claim,) = _claims(result)
    assert claim.form == "according_to"
    assert claim.text.startswith("das nach Angaben")
    assert "Werft-Sprecher" in _speaker(result, claim)


def test_relative_pronoun_subject_speaks_for_its_antecedent(analyse) -> None:
    result = analyse("Den Preis erhielt Ayaan Hirsi Ali. Die Rede hielt Alice Schwarzer, die betonte, "
                     "der Mut der Preisträgerin sei ein Vorbild für viele Frauen.")
    speakers = {_speaker(result, c) for c in _claims(result)}
    assert "Alice Schwarzer" in speakers, speakers


def test_relative_pronoun_tagged_as_an_article_still_points_back(analyse) -> None:
    # the tagger reads "der" heading the relative clause as an article
    result = analyse("Es gab auch den Experten Karl Meier, der sagte, das sei falsch.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Karl Meier"


def test_role_phrases_mean_the_office_holder_the_article_names(analyse) -> None:
    result = analyse("Wladimir Putin hat am Montag mit Olaf Scholz telefoniert. Der russische Präsident "
                     "sagte, Russland sei zu Gesprächen bereit. Der Kremlchef warnte vor neuen "
                     "Sanktionen. Der Kanzler sagte, Deutschland stehe an der Seite der Ukraine.")
    by_text = {c.text[:20]: _speaker(result, c) for c in _claims(result)}
    assert by_text["Russland sei zu Gesp"] == "Wladimir Putin"
    assert by_text["Der Kremlchef warnte"] == "Wladimir Putin"
    assert by_text["Deutschland stehe an"] == "Olaf Scholz"
    assert not [a for a in result.actors if a.name == "Kremlchef"]  # a role, not an organisation


def test_role_holder_needs_to_be_named(analyse) -> None:
    result = analyse("Olaf Scholz traf Emmanuel Macron. Der Kremlchef sagte, man sei gesprächsbereit.")
    (claim,) = _claims(result)
    # Putin is not in the text: no guess, the speaker is the role the text names
    assert claim.speaker == "kremlchef" and not [a for a in result.actors if "Putin" in a.name]


def test_role_noun_is_not_a_person_known_to_hold_another_office(analyse) -> None:
    result = analyse("Bundeskanzler Friedrich Merz sagte, die Regierung werde die Hilfen fortsetzen. "
                     "Der Minister sagte später, er sehe keinen Grund für einen Rücktritt.")
    merz = next(a for a in result.actors if a.name == "Friedrich Merz")
    assert "Minister" not in merz.roles, merz.roles
    assert not any(alias.lower().endswith("minister") for alias in merz.aliases), merz.aliases
    by_text = {c.text[:20]: _speaker(result, c) for c in _claims(result)}
    assert by_text["er sehe keinen Grund"] != "Friedrich Merz", by_text


def test_institution_named_by_a_common_noun_speaks_through_its_spokesperson(analyse) -> None:
    result = analyse("Ein Sprecher des Innenministeriums wies die Vorwürfe zurück. Das Ministerium "
                     "dementierte einen Bericht, wonach der Minister zurückgetreten sei.")
    claims = _claims(result)
    assert [_speaker(result, c) for c in claims] == ["Innenministerium", "Innenministerium"], claims
    assert {c.source_type for c in claims} == {"institution"}  # not an unnamed source
    (ministry,) = [a for a in result.actors if a.name == "Innenministerium"]
    assert ministry.type == "organization" and ministry.local
    assert not [a for a in result.actors if a.type == "anonymous"], result.actors
    assert not [q for q in result.questions if q.kind == "unverified"], result.questions


def test_institutions_named_by_common_nouns_stay_in_their_article(nlp, tmp_path: Path) -> None:
    texts = {"unfall": "Die Polizei teilte mit, der Fahrer sei leicht verletzt worden.",
             "demo": "Die Polizei in Rom erklärte, es habe keine Festnahmen gegeben. Laut "
                     "Bundeskanzler Friedrich Merz ist die Lage ruhig."}
    for name, body in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"{name.title()}\n\n{body}\n", encoding="utf-8")
    analyses = list(analyze([read_article(tmp_path / f"{name}.txt") for name in texts], nlp))
    corpus = build_corpus(analyses)
    police = {slug: gid for (slug, aid), gid in corpus.global_ids.items() if aid == "polizei"}
    assert police == {"unfall": None, "demo": None}, corpus.global_ids  # no shared "Polizei" page
    assert "Polizei" not in [a.name for a in corpus.actors]
    assert "Friedrich Merz" in [a.name for a in corpus.actors]


def test_organisation_name_opening_with_a_genitive_noun_is_nominative(analyse) -> None:
    result = analyse("Laut einer Umfrage des Instituts Forsa unterstützen 60 Prozent der Befragten "
                     "den Kurs der Regierung.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Institut Forsa", result.actors


def test_quotation_split_around_the_cue_is_two_claims_not_three(analyse) -> None:
    result = analyse("„Wir werden nicht nachgeben“, sagte Guterres, „aber wir bleiben gesprächsbereit.“")
    claims = _claims(result)
    assert [c.text for c in claims] == ["Wir werden nicht nachgeben",
                                        "aber wir bleiben gesprächsbereit."], claims
    assert {(c.form, _speaker(result, c)) for c in claims} == {("direct", "Guterres")}


def test_listed_office_compound_means_its_holder_not_the_organisation(analyse) -> None:
    result = analyse("UN-Generalsekretär António Guterres reiste nach Genf. Der UN-Chef forderte "
                     "einen sofortigen Waffenstillstand.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "António Guterres", result.actors


def test_organisation_title_before_a_name_lets_the_person_speak(analyse) -> None:
    result = analyse("Nato-Chef Mark Rutte sagte, man sei zu allem bereit.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Mark Rutte", result.actors
    assert claim.source_type == "person"


def test_zufolge_source_with_a_place_attached(analyse) -> None:
    result = analyse("Dem Gesundheitsministerium in Gaza zufolge wurden mehr als 30 Menschen getötet.")
    (claim,) = _claims(result)
    assert claim.form == "according_to"
    assert _speaker(result, claim) == "Gesundheitsministerium", claim


def test_spokesperson_of_a_named_company_with_von(analyse) -> None:
    result = analyse("Die Lage sei ernst, sagte eine Sprecherin von Siemens.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Siemens", result.actors
    assert claim.source_type == "institution"


def test_descriptive_role_compound_may_mean_an_office_holder(analyse) -> None:
    result = analyse("Kapitän Jonas Weber räumte ein, Fehler gemacht zu haben. Es sei ein Unfall "
                     "gewesen, sagte Außenministerin Annalena Baerbock. Die Grünen-Politikerin "
                     "betonte, Deutschland werde helfen.")
    by_text = {c.text[:20]: _speaker(result, c) for c in _claims(result)}
    assert by_text["Deutschland werde he"] == "Annalena Baerbock", by_text


def test_sentence_calling_a_point_unclear_is_an_open_question(analyse) -> None:
    result = analyse("Die Hilfe ist unterwegs. Ob sie rechtzeitig ankommt, ist unklar.")
    assert [(q.kind, q.text) for q in result.questions] == [
        ("indirect", "Ob sie rechtzeitig ankommt, ist unklar.")], result.questions


@pytest.mark.parametrize("sentence", ["Wann die Lieferungen beginnen, sagte Merz nicht.",
                                      "Merz sagte nicht, wann die Lieferungen beginnen sollen.",
                                      # (a direct claim had been made of the question)
                                      "Um welche Waffen es sich handelt, teilte Merz nicht mit."])
def test_question_a_speaker_left_unanswered_is_no_claim(analyse, sentence: str) -> None:
    result = analyse(f"Bundeskanzler Friedrich Merz sagte, die Hilfe komme. {sentence}")
    assert [c.text for c in _claims(result)] == ["die Hilfe komme"], _claims(result)
    (question,) = result.questions
    assert question.kind == "indirect" and question.text == sentence
    assert "Friedrich Merz" in question.why


def test_outlet_in_quotation_marks_after_the_speaker_is_the_chain(analyse) -> None:
    result = analyse("Bundeskanzler Friedrich Merz besuchte Kiew. „Wir stehen an der Seite der "
                     "Ukraine“, sagte der CDU-Politiker dem „Spiegel“.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Friedrich Merz"
    assert {a.id: a.name for a in result.actors}.get(claim.via) == "Spiegel", claim


def test_unquoted_speech_before_the_cue_sentence_is_the_speakers_too(analyse) -> None:
    # the issue's agency-copy example: a quotation without quotation marks over two sentences
    result = analyse("Der FC Bayern verlor 0:3 gegen Dortmund. Wir haben unser Ziel nicht erreicht. "
                     "Ich übernehme die Verantwortung, sagte Trainer Vincent Kompany.")
    claims = _claims(result)
    assert [(c.form, c.text, _speaker(result, c)) for c in claims] == [
        ("direct", "Wir haben unser Ziel nicht erreicht", "Vincent Kompany"),
        ("direct", "Ich übernehme die Verantwortung", "Vincent Kompany")], claims


def test_generic_noun_refers_back_to_the_organisation_named_last(analyse) -> None:
    result = analyse("Der FC Bayern verlor 0:3 gegen Dortmund. Laut „Kicker“ gab es danach Streit in "
                     "der Kabine. Das dementierte der Verein am Sonntag.")
    by_text = {c.text[:20]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert by_text["gab es danach Streit"] == ("Kicker", "media"), by_text
    assert by_text["Das dementierte der "] == ("FC Bayern München", "institution"), by_text  # as listed


def test_pronouns_and_role_phrases_agree_in_gender(analyse) -> None:
    result = analyse("Angela Merkel traf Wladimir Putin in Moskau. Sie sagte, man habe offen "
                     "gesprochen. Er erklärte, Russland sei zu Gesprächen bereit. Die Kanzlerin "
                     "betonte, Deutschland bleibe bei seiner Haltung. Der 68-Jährige warnte vor "
                     "neuen Sanktionen.")
    by_text = {c.text[:20]: _speaker(result, c) for c in _claims(result)}
    assert by_text["man habe offen gespr"] == "Angela Merkel", by_text
    assert by_text["Russland sei zu Gesp"] == "Wladimir Putin", by_text
    assert by_text["Deutschland bleibe b"] == "Angela Merkel", by_text
    assert by_text["Der 68-Jährige warnt"] == "Wladimir Putin", by_text


def test_one_word_title_tagged_as_organisation_before_a_name(analyse) -> None:
    result = analyse("Unionsfraktionsvize Jens Spahn warf der Ministerin vor, die Kosten zu verschleiern.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Jens Spahn"
    assert [a.name for a in result.actors if a.type == "organization"] == [], result.actors
    (spahn,) = [a for a in result.actors if a.name == "Jens Spahn"]
    assert spahn.roles == ["Unionsfraktionsvize"]


def test_hyphenated_organisation_in_the_genitive_is_named_in_the_nominative(analyse) -> None:
    result = analyse("Nach Berechnungen des Ifo-Instituts würden die Beiträge bis 2035 steigen.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Ifo-Institut", result.actors


def test_company_spokesperson_compound_speaks_for_the_company(analyse) -> None:
    result = analyse("Die Deutsche Bahn fordert vom Bund zusätzliche Milliarden. Wie ein "
                     "Konzernsprecher am Freitag mitteilte, seien 2.000 Baustellen geplant. Nach "
                     "Angaben des Fahrgastverbands Pro Bahn war nur jeder zweite Zug pünktlich. "
                     "Der Konzern dementierte das.")
    by_text = {c.text[:20]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert by_text["seien 2.000 Baustell"] == ("Deutsche Bahn", "institution"), by_text
    assert by_text["Der Konzern dementie"][0] != "Pro Bahn", by_text  # a "Verband", no "Konzern"
    assert not [q for q in result.questions if q.kind == "unverified"], result.questions


def test_reportative_soll_before_the_cue_is_reported_speech(analyse) -> None:
    result = analyse("Der Konzern soll zudem Stellen streichen wollen, berichtet das „Handelsblatt“.")
    (claim,) = _claims(result)
    assert claim.form == "indirect" and _speaker(result, claim) == "Handelsblatt", claim


def test_quoted_name_inside_the_speaker_phrase(analyse) -> None:
    result = analyse("Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, es sei ein falscher "
                     "Eindruck entstanden.")
    (claim,) = _claims(result)
    assert claim.text == "es sei ein falscher Eindruck entstanden"
    assert _speaker(result, claim).startswith("Moritz Wohlrab"), _speaker(result, claim)


def test_trailing_wie_clause_names_the_source(analyse) -> None:
    result = analyse("Das hatte er längst getan, wie sein Anwalt mitteilte.")
    (claim,) = _claims(result)
    assert claim.form == "according_to"
    assert claim.text == "Das hatte er längst getan"
    assert "Anwalt" in _speaker(result, claim)


def test_apposition_before_the_cue_is_not_the_message(analyse) -> None:
    result = analyse("Der Vorsitzende der Versammlung, Jean Claude Mignon, bezeichnete die Taten "
                     "als grauenvoll.")
    (claim,) = _claims(result)
    assert claim.form == "reported"
    assert "Mignon" in _speaker(result, claim), _speaker(result, claim)


def test_plural_verb_does_not_take_a_singular_object_as_speaker(analyse) -> None:
    result = analyse("Einige der einflussreichsten britischen Moslems haben Premierminister Tony "
                     "Blair gestern in einem Brief geschrieben, dass die Außenpolitik geändert "
                     "werden müsse.")
    claim = next(c for c in _claims(result) if "Außenpolitik" in c.text)
    speaker = _speaker(result, claim)
    assert "Moslems" in speaker and "Blair" not in speaker, speaker


def test_demonym_adjective_is_not_the_speaker(analyse) -> None:
    result = analyse("Britische Ärzte sagten, die Lage sei ernst. Die chinesische Regierung "
                     "erklärte, die Lage sei unter Kontrolle.")
    speakers = {c.text: _speaker(result, c) for c in _claims(result)}
    assert speakers.get("die Lage sei ernst") != "Großbritannien", speakers
    assert speakers.get("die Lage sei unter Kontrolle") == "China", speakers


def test_short_quotation_in_a_carried_sentence_is_the_carried_speakers(analyse) -> None:
    result = analyse("Die Hausverwaltung versicherte, dass die Gedenktafel noch existiere. Eine "
                     "„offene architektonische Frage“ sei der Grund für die Verzögerung.")
    quote = next(c for c in _claims(result) if c.text == "offene architektonische Frage")
    assert "Hausverwaltung" in _speaker(result, quote), _speaker(result, quote)


def test_person_in_apposition_speaks_not_the_state_in_the_genitive(analyse) -> None:
    result = analyse("Der Ministerpräsident Thailands, Abhisit Vejjajiva, kündigte am Donnerstag "
                     "die Auflösung des Parlaments an, um den Weg zu Neuwahlen freizumachen.")
    (claim,) = _claims(result)
    assert claim.form == "reported"  # "um … zu" is a purpose, not the message
    assert _speaker(result, claim) == "Abhisit Vejjajiva"
    assert "Thailands" not in {a.name for a in result.actors if a.type == "person"}


def test_sentence_pointing_back_names_the_quotations_speaker(analyse) -> None:
    result = analyse("„Ja, es gibt Zumutungen.“ Das musste Bundesfinanzminister Peer Steinbrück "
                     "zu Beginn der Debatte einräumen.")
    quote = next(c for c in _claims(result) if c.form == "direct")
    assert _speaker(result, quote) == "Peer Steinbrück"


def test_fuer_x_with_konjunktiv_is_xs_view(analyse) -> None:
    result = analyse("Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen "
                     "verständlich“.")
    claim = next(c for c in _claims(result) if c.form == "indirect")
    assert _speaker(result, claim) == "Hans Küng"


def test_passive_report_names_the_document(analyse) -> None:
    result = analyse("In einem Bericht der BBC wurde vermutet, dass keine der Personen überlebt hat.")
    (claim,) = _claims(result)
    assert "BBC" in _speaker(result, claim), _speaker(result, claim)


def test_wie_clause_with_an_apposition_and_a_quoted_name(analyse) -> None:
    result = analyse("Wie ein Vertreter des Mutterkonzerns von Airbus, EADS, heute mitteilte, wurde "
                     "das Werk verkauft. Wie die „Aktion Deutschland hilft“ mitteilte, werde "
                     "geholfen.")
    speakers = {c.text: _speaker(result, c) for c in _claims(result)}
    assert "Vertreter" in speakers.get("wurde das Werk verkauft", ""), speakers
    assert speakers.get("werde geholfen") == "Aktion Deutschland hilft", speakers


def test_a_list_of_quoted_titles_is_not_speech(analyse) -> None:
    result = analyse("Es gab Vorträge zu Themen wie „Der Einsatz der Trümmerbahnen in Dresden“, "
                     "„Erinnerungen und Bilder zur Verkehrsgeschichte“ und „Mobile Engländer und "
                     "der Fußball“. Die Beobachter nannten die Lage „angespannt“ und „gefährlich“.")
    quoted = {c.text for c in _claims(result) if c.form == "direct"}
    assert not any("Trümmerbahnen" in q or "Erinnerungen" in q for q in quoted), quoted
    assert {"angespannt", "gefährlich"} <= quoted, quoted


def test_sentence_initial_participle_is_not_the_speaker(analyse) -> None:
    result = analyse("Passend zu den Gefahren des Eises warnte die Moderatorin eines Lokalsenders: "
                     "„Auf dem Eis kann es glatt sein.“")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "die Moderatorin eines Lokalsenders"


def test_nach_eigenen_angaben_is_the_subjects_account(analyse) -> None:
    result = analyse("Tesla Motors will nach eigenen Angaben weitere Joint-Ventures eingehen.")
    (claim,) = _claims(result)
    assert claim.form == "according_to"
    assert _speaker(result, claim) == "Tesla Motors"
    assert claim.speaker_mention is not None and claim.speaker_mention.text == "eigenen Angaben"


def test_fuzz_case_quote_before_the_cue_with_nothing_before_it(nlp, tmp_path: Path) -> None:
    # found by benchmarks/fuzz.py (IndexError in the speaker finder), kept as a regression test
    case = json.loads((Path(__file__).parent / "fixtures" / "fuzz-speaker-vorfeld.json").read_text())
    path = tmp_path / "fall.html"
    path.write_text(case["text"], encoding="utf-8")
    result = next(analyze([read_article(path)], nlp))
    assert result.claims


def test_konjunktiv_before_sagte_when_a_quotation_follows(analyse) -> None:
    result = analyse("Sie sei „vollkommen geschockt“ über das Geschehen, sagte die britische Königin, "
                     "ihre „Gedanken sind bei allen, die von diesem Ereignis betroffen sind“. "
                     "Außerdem hatte er laut „tagesschau.de“ kritisiert, dass der Stamm leide.")
    texts = {c.text: c.form for c in _claims(result)}
    assert texts.get("Sie sei „vollkommen geschockt“ über das Geschehen") == "indirect", texts
    assert "tagesschau.de" not in texts, texts


def test_sich_zeigen_with_an_adjective_is_a_stance(analyse) -> None:
    result = analyse("Der Wahlkampfleiter Bodo Ramelow zeigte sich optimistisch, dass ein "
                     "gemeinsamer Auftritt erreicht werden kann.")
    (claim,) = _claims(result)
    assert claim.text == "ein gemeinsamer Auftritt erreicht werden kann"
    assert _speaker(result, claim) == "Bodo Ramelow"


def test_two_acts_in_one_sentence_and_a_clause_of_its_own(analyse) -> None:
    result = analyse("Er bezeichnet die Proteste als rechtmäßig und forderte Mussawi dazu auf, Ruhe "
                     "zu bewahren. Heute demonstrierten in Hamburg rund 7.000 Menschen, die Polizei "
                     "spricht von 4.000 Teilnehmern.")
    texts = {c.text: c.form for c in _claims(result)}
    assert texts.get("Er bezeichnet die Proteste als rechtmäßig") == "reported", texts
    assert texts.get("Ruhe zu bewahren") == "indirect", texts
    assert texts.get("die Polizei spricht von 4.000 Teilnehmern") == "reported", texts


def test_source_phrases_with_parentheses_relatives_and_lower_case_names(analyse) -> None:
    result = analyse("Einer Presseerklärung des Verbandes Deutscher Realschullehrer (VDR) zufolge "
                     "nahmen mehrere tausend Lehrer teil. Wie t-online.de berichtet, ist der Trailer "
                     "veröffentlicht worden. Vorwürfe werden laut, dass sich ATTAC nicht mit Fakten "
                     "auseinandersetze.")
    speakers = {c.text: _speaker(result, c) for c in _claims(result)}
    assert speakers.get("nahmen mehrere tausend Lehrer teil"), speakers
    assert speakers.get("ist der Trailer veröffentlicht worden") == "t-online.de", speakers
    assert speakers.get("sich ATTAC nicht mit Fakten auseinandersetze") == "Vorwürfe", speakers


def test_zitieren_an_unnamed_person(analyse) -> None:
    result = analyse("Der Spiegel zitiert den Prediger mit den Worten „Wir Moslems hatten einst die "
                     "Welt beherrscht.“")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "den Prediger"


def test_konjunktiv_ii_carries_on_a_speech_act(analyse) -> None:
    result = analyse("Die äthiopische Regierung warnt vor weiteren Überschwemmungen. Die wichtigsten "
                     "Dämme des Landes würden dem Wasser nicht mehr lange standhalten.")
    carried = next(c for c in _claims(result) if c.text.startswith("Die wichtigsten Dämme"))
    assert carried.form == "indirect"
    assert "Regierung" in _speaker(result, carried) or _speaker(result, carried) == "Äthiopien"


def test_hedged_soll_without_any_source_is_an_open_question(analyse) -> None:
    result = analyse("Auf dem Markt ist am Samstag ein Großbrand ausgebrochen. Das Feuer soll in "
                     "einem kleinen Laden ausgebrochen sein.")
    claim = next(c for c in result.claims if c.text.startswith("Das Feuer"))
    assert claim.form == "assertion" and "soll" in claim.hedges
    assert any(q.kind == "unverified" and q.text.startswith("Das Feuer") for q in result.questions)


def test_object_first_sentence_takes_the_real_subject(analyse) -> None:
    result = analyse("Ihren Widersacher Jeremy Corbyn von der Labour Party forderte May auf, über "
                     "einen Rücktritt nachzudenken.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "May"


def test_quoted_name_of_an_actor_after_a_cue_is_no_quotation(analyse) -> None:
    result = analyse("Der Staatssekretär sagte der „Berliner Zeitung“, dass an einer Lösung "
                     "gearbeitet werde.")
    assert all(c.form != "direct" for c in _claims(result)), [(c.form, c.text) for c in result.claims]


def test_outlets_in_quotation_marks_are_names(analyse) -> None:
    result = analyse("Wie „heise online“ berichtet, sperrten die Behörden den Zugang. Der Trainer "
                     "sagte dem „Algemeen Dagblad“, er bleibe. Um 10 Uhr meldete die "
                     "Internet-Nachrichtensite „Golem“, der Verein habe das bestätigt.")
    quoted = {c.text for c in _claims(result) if c.form == "direct"}
    assert not quoted & {"heise online", "Algemeen Dagblad", "Golem"}, quoted
    speakers = {c.text: _speaker(result, c) for c in _claims(result)}
    assert "heise online" in speakers.get("sperrten die Behörden den Zugang", ""), speakers


def test_quoted_organisation_names_in_source_phrases(analyse) -> None:
    result = analyse("Nach Angaben von „Ärzte ohne Grenzen“ sind 30 Menschen verletzt. Laut "
                     "„Spiegel Online“ kam es zu Ausschreitungen.")
    claims = {c.text: (c.form, _speaker(result, c)) for c in _claims(result)}
    assert claims.get("sind 30 Menschen verletzt") == ("according_to", "Ärzte ohne Grenzen"), claims
    assert claims.get("kam es zu Ausschreitungen", ("", ""))[0] == "according_to", claims
    assert "Ärzte ohne Grenzen" not in claims, claims


def test_passive_zitieren_quotes_the_person_not_the_website(analyse) -> None:
    result = analyse("Zur neuen Aufgabe wird Hans-Joachim Watzke auf der offiziellen Internetseite "
                     "von Borussia Dortmund wie folgt zitiert: „Es gab bestimmt auch Jahre hier "
                     "beim BVB, wo ich dieses Amt mit mehr Freude übernommen hätte.“")
    (claim,) = [c for c in _claims(result) if c.form == "direct"]
    assert _speaker(result, claim) == "Hans-Joachim Watzke"


def test_quotation_after_a_colon_is_the_subjects_when_the_cue_names_no_one(analyse) -> None:
    result = analyse("Jelpkes Mitarbeiter Nick Brauns hat deutlich weniger Hemmungen, seine "
                     "Sympathien öffentlich zu zeigen:\n\n„Wir sind der Meinung, dass die PKK "
                     "einen legitimen Kampf führt.“")
    (claim,) = [c for c in _claims(result) if c.form == "direct"]
    assert _speaker(result, claim) == "Nick Brauns"


def test_reportative_soll_about_him_is_not_his_claim(analyse) -> None:
    result = analyse("Einer Quelle zufolge ist Ali Barkah, Hamas-Chef im Südlibanon, getötet "
                     "worden. Er soll angeblich das Ziel des Bombenanschlags gewesen sein.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    said = claims.get("Er soll angeblich das Ziel des Bombenanschlags gewesen sein")
    assert said == "Einer Quelle", claims


def test_back_reference_re_sources_carried_speech(analyse) -> None:
    result = analyse("Einer Quelle zufolge ist Ali Barkah getötet worden. Er soll angeblich das "
                     "Ziel des Bombenanschlags gewesen sein. Das berichten arabische Medien.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    said = claims.get("Er soll angeblich das Ziel des Bombenanschlags gewesen sein", "")
    assert "Medien" in said, claims


def test_platform_after_the_subject_is_not_the_speaker(analyse) -> None:
    result = analyse("Die Halbzeitshow bestreiten Jennifer Lopez und Shakira. Das teilten die "
                     "beiden Sängerinnen auf Twitter mit.")
    (claim,) = _claims(result)
    assert "Sängerinnen" in _speaker(result, claim), _speaker(result, claim)


def test_hyphenated_name_after_a_role_speaks(analyse) -> None:
    result = analyse("Am Montag äußerte sich Vatikansprecher Navarro-Valls dahingehend, das Gespräch "
                     "„sei in freundschaftlicher Atmosphäre verlaufen“. Der Papst hätte mit Küng "
                     "keine Glaubensfragen besprochen.")
    assert {_speaker(result, c) for c in _claims(result)} == {"Navarro-Valls"}
    assert {a.name for a in result.actors if a.type == "person"} >= {"Navarro-Valls"}


def test_speech_verb_in_a_relative_clause_is_no_cue(analyse) -> None:
    result = analyse("Ein Tiefdruckgebiet, das in den letzten Tagen über der Bucht von Bengalen "
                     "gestanden hatte, habe nun das Festland erreicht, meldet die indische "
                     "Meteorologiebehörde.")
    (claim,) = _claims(result)
    assert claim.text.startswith("Ein Tiefdruckgebiet, das") and claim.text.endswith("erreicht")
    assert claim.cue is not None and claim.cue.text == "meldet"


def test_konjunktiv_sentence_around_a_short_quotation_is_reported_speech(analyse) -> None:
    result = analyse("Der Iran müsse „vollständig und nachweislich den Anreicherungsprozess“ "
                     "beenden, so Rice.")
    claims = {c.text: (c.form, _speaker(result, c)) for c in _claims(result)}
    whole = "Der Iran müsse „vollständig und nachweislich den Anreicherungsprozess“ beenden"
    assert claims.get(whole) == ("indirect", "Rice"), claims
    assert claims.get("vollständig und nachweislich den Anreicherungsprozess") == ("direct", "Rice"), claims


def test_nach_with_a_statement_noun_names_the_source(analyse) -> None:
    result = analyse("Nach einer Stellungnahme der US-Armee befand sich der Helikopter auf dem Flug "
                     "zwischen zwei Militärbasen.")
    (claim,) = _claims(result)
    assert claim.form == "according_to" and claim.text.startswith("befand sich der Helikopter")
    assert "US-Armee" in _speaker(result, claim)


def test_parenthetical_so_x_vouches_for_the_whole_sentence(analyse) -> None:
    result = analyse("Der Präsident sei, so David Gamkrelids, schuld daran, dass Georgien die "
                     "Kontrolle über die Regionen verloren habe.")
    (claim,) = _claims(result)
    assert claim.text.startswith("Der Präsident sei") and claim.text.endswith("verloren habe")
    assert _speaker(result, claim) == "David Gamkrelids"


def test_danach_after_a_study_names_the_study_as_source(analyse) -> None:
    result = analyse("Das Kinderhilfswerk stellte heute eine Studie vor. Danach bestimmt Gewalt den "
                     "Alltag vieler Kinder. Danach gingen alle nach Hause. In der Meldung auf der "
                     "Seite stand nichts davon. Danach ging es weiter.")
    claims = {c.text: c.form for c in _claims(result)}
    assert claims == {"bestimmt Gewalt den Alltag vieler Kinder": "according_to"}, claims


def test_danach_after_published_figures_names_the_publisher(analyse) -> None:
    result = analyse("Die Deutsche Bank veröffentlichte am Dienstag ihre Quartalszahlen. Danach "
                     "verzeichnet das Institut einen Verlust von drei Milliarden Euro.")
    (claim,) = _claims(result)
    assert claim.form == "according_to"
    assert claim.text == "verzeichnet das Institut einen Verlust von drei Milliarden Euro"
    assert _speaker(result, claim) == "Deutsche Bank"


def test_web_address_after_a_cue_does_not_end_the_sentence(analyse) -> None:
    result = analyse("„Das ist eine Größenordnung, die die Szene sonst nicht auf die Beine stellt“, "
                     "zitiert ndr.de Polizeisprecher Ralf Meyer.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Ralf Meyer"
    assert not [c for c in result.claims if c.form == "assertion" and "ndr.de" in c.text]


def test_person_apposed_right_before_the_cue_speaks(analyse) -> None:
    result = analyse("Kulturministerin Susanne Eisenmann wies diese Behauptung zurück, die "
                     "bildungspolitische Sprecherin der Regierungsfraktion, Sandra Boser (GRÜNE), "
                     "erklärte: „Neiddebatten sind völlig fehl am Platz.“")
    quoted = [c for c in _claims(result) if c.form == "direct"]
    assert [_speaker(result, c) for c in quoted] == ["Sandra Boser"]


def test_quotation_after_a_colon_is_one_claim(analyse) -> None:
    result = analyse("Henk Meijer, Laborleiter der Emsland GmbH, erklärte: „Wir sind bereit.“")
    assert [(c.form, _speaker(result, c)) for c in _claims(result)] == [("direct", "Henk Meijer")]


def test_nominative_noun_before_nach_is_no_source_phrase(analyse) -> None:
    result = analyse("Der Flugbetriebsleiter Reinhard Kraxner spekulierte über einen toten Winkel. "
                     "So sei bei einem Hubschrauber die Sicht nach oben eingeschränkt.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    carried = "So sei bei einem Hubschrauber die Sicht nach oben eingeschränkt"
    assert claims.get(carried) == "Reinhard Kraxner", claims


def test_pronoun_with_an_apposed_name_is_that_person(analyse) -> None:
    result = analyse("Bundeskanzler Gerhard Schröder hatte die Vertrauensfrage gestellt. Zu dieser "
                     "Einschätzung des Kanzlers sehe er, Horst Köhler, keine Alternative.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Horst Köhler"


def test_quotation_opening_a_sentence_goes_on_the_carried_speaker(analyse) -> None:
    result = analyse("Der Leiter des Influenza-Programms der WHO, Klaus Stöhr, sagte: „Man muss sich "
                     "vorbereiten.“ Die Gefahr einer Pandemie sei real. Aktuell bestehe diese Gefahr "
                     "noch nicht. „Aber das Virus hat alle Potenzen, sich zu verändern.“ Bei einer "
                     "Pandemie sei mit Millionen von Toten zu rechnen.")
    assert {_speaker(result, c) for c in _claims(result)} == {"Klaus Stöhr"}, \
        [(c.text, _speaker(result, c)) for c in _claims(result)]


def test_back_reference_with_a_late_cue_names_the_quotations_speaker(analyse) -> None:
    result = analyse("„Ja, es gibt Zumutungen“. Das musste Bundesfinanzminister Peer Steinbrück zu "
                     "Beginn der mehrtägigen Debatte über den Haushalt einräumen.")
    (claim,) = _claims(result)
    assert claim.form == "direct" and _speaker(result, claim) == "Peer Steinbrück"


def test_subject_after_the_auxiliary_of_a_coordinated_cue(analyse) -> None:
    result = analyse("So hat sich etwa die Landesvorsitzende des Realschullehrerverbands, Karin "
                     "Broszat, gerade dieser Tage gegen die Konkurrenz ausgesprochen und behauptet, "
                     "die neuen Oberstufen kämen nur durch Trickserei zustande.")
    claims = _claims(result)  # speaking out against the competition, and the claim after "behauptet"
    assert any(c.text.startswith("die neuen Oberstufen") for c in claims), claims
    assert {_speaker(result, c) for c in claims} == {"Karin Broszat"}, claims


def test_speech_act_in_the_present_perfect_is_reported(analyse) -> None:
    result = analyse("Die Europäische Union hat die Regierung von Myanmar erneut zur Kooperation "
                     "aufgefordert. Im Prozess gegen Julia Timoschenko hat die Anklage eine "
                     "siebenjährige Haftstrafe gefordert.")
    claims = {c.text: (c.form, _speaker(result, c)) for c in _claims(result)}
    assert claims.get("Die Europäische Union hat die Regierung von Myanmar erneut zur Kooperation "
                      "aufgefordert", ("", ""))[0] == "reported", claims
    assert any(form == "reported" and "Anklage" in speaker for form, speaker in claims.values()), claims


def test_other_senses_of_speech_verbs_are_no_acts(analyse) -> None:
    result = analyse("Die Grippe hat weltweit 25 Millionen Todesopfer gefordert. Täglich haben etwa "
                     "eine Million Nutzer die Seite aufgerufen.")
    assert not _claims(result), [(c.form, c.text) for c in _claims(result)]


def test_pointing_das_after_a_comma_leaves_the_message_before_it(analyse) -> None:
    result = analyse("Seit dem 19. Juni ist die Hauptkamera des Hubble-Weltraumteleskops "
                     "ausgefallen, das teilte das „Space Telescope Science Institute“ (STSI) mit.")
    (claim,) = _claims(result)
    assert claim.text == "Seit dem 19. Juni ist die Hauptkamera des Hubble-Weltraumteleskops ausgefallen"
    assert "Space Telescope Science Institute" in _speaker(result, claim)


def test_bekannt_gegeben_with_a_relative_clause_on_the_subject(analyse) -> None:
    result = analyse("Die Interessengemeinschaft Deponiesicherheit Region Basel (IGDRB), die von der "
                     "Basler Chemie gegründet wurde, hat nun in einer Stellungnahme bekannt gegeben, "
                     "dass die Ablagerungen keine akute Gefahr darstellen.")
    (claim,) = _claims(result)
    assert claim.text == "die Ablagerungen keine akute Gefahr darstellen"
    assert "Interessengemeinschaft" in _speaker(result, claim)


def test_stance_with_sein_and_a_complement_is_indirect_speech(analyse) -> None:
    result = analyse("Günter Metzges vom Netzwerk Campact ist der Meinung, dass die Klage die Umsetzung "
                     "nicht verzögern dürfe. Nun war sich die Staatsanwaltschaft sicher, dass die "
                     "Beweismittel ausreichen würden.")
    claims = {c.text: (c.form, _speaker(result, c)) for c in _claims(result)}
    said = claims.get("die Klage die Umsetzung nicht verzögern dürfe")
    assert said == ("indirect", "Günter Metzges"), claims
    sure = claims.get("die Beweismittel ausreichen würden", ("", ""))
    assert sure[1].endswith("Staatsanwaltschaft"), claims


def test_parenthetical_so_with_a_cue_vouches_for_the_sentence(analyse) -> None:
    result = analyse("Der Grund für den Rauswurf dieser Minister, so vermutet die Zeitung The "
                     "Guardian, dürfte deren Unterstützung für Hunt gewesen sein.")
    (claim,) = _claims(result)
    assert claim.text.startswith("Der Grund") and claim.text.endswith("gewesen sein")
    assert "Guardian" in _speaker(result, claim)


def test_naming_is_not_speech(analyse) -> None:
    result = analyse("Die Militärjunta, die sich selbst „Rat für Demokratische Reform“ nennt, will "
                     "Einfluss ausüben. Sie wird die Menge der Aktien verdreifachen. Dies nennt man "
                     "einen „Aktiensplit“. Als Lichtjahr bezeichnet man die Strecke, die das Licht in "
                     "einem Jahr zurücklegt. Das Wetter meinte es gut mit den Zuschauern: Nur kurz "
                     "regnete es. Vom Vorwurf der Verschwörung sprachen ihn die Geschworenen frei. "
                     "Sie wies sämtliche Konkurrentinnen in die Schranken.")
    assert not _claims(result), [(c.form, c.text) for c in _claims(result)]


def test_role_after_a_quotation_is_not_a_person_named_inside_it(analyse) -> None:
    result = analyse("Teamchef Jean Todt stellt sich vor seinen Starpiloten. „Schumacher ist immer noch "
                     "der Meister“ wird der Franzose im Fachblatt „La Gazzetta dello Sport“ zitiert.")
    quoted = [c for c in _claims(result) if c.form == "direct" and c.text.startswith("Schumacher")]
    assert [_speaker(result, c) for c in quoted] == ["Jean Todt"], \
        [(c.text, _speaker(result, c)) for c in _claims(result)]


def test_laut_dem_after_a_comma_refers_back(analyse) -> None:
    result = analyse("Dem Gericht liegt ein medizinisches Gutachten vor, laut dem Kevin in schwerer "
                     "Weise misshandelt worden war.")
    (claim,) = _claims(result)
    assert claim.form == "according_to" and _speaker(result, claim) == "ein medizinisches Gutachten"


def test_demonstrative_object_in_front_is_no_speaker(analyse) -> None:
    result = analyse("Dies wollte die Schülerin nicht akzeptieren und gab vor, eine Aussprache "
                     "herbeiführen zu wollen.")
    assert all(_speaker(result, c) != "Dies" for c in _claims(result)), \
        [(c.text, _speaker(result, c)) for c in _claims(result)]


def test_person_after_a_relative_pronoun_object_speaks(analyse) -> None:
    result = analyse("Damit wird nun die Marke unterschritten, die Gerhard Schröder zum eigenen "
                     "Erfolgskriterium erklärt hatte: „Ich rechne damit, dass es uns gelingt.“ In den "
                     "Bekennerschreiben forderte man den Abzug der Tornados.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Ich rechne damit, dass es uns gelingt.") == "Gerhard Schröder", claims
    assert "Bekennerschreiben" in claims.get("In den Bekennerschreiben forderte man den Abzug der "
                                             "Tornados", ""), claims


def test_impersonal_man_inside_an_organisation_is_that_organisation(analyse) -> None:
    result = analyse("Das Innenministerium hat den Bericht am Montag vorgelegt. Im Innenministerium "
                     "weist man die Vorwürfe der Opposition zurück.")
    assert _speaker(result, _claim(result, "Im Innenministerium")) == "Innenministerium"


def test_a_platform_posted_on_is_the_claim_s_medium(analyse) -> None:
    result = analyse("Fraktionschef Tobias Renner schrieb auf der Plattform X, das Paket sei ein gutes "
                     "Signal. Auf Bluesky schrieb Nadine Kästner, so gewinne man keine Mehrheiten.")
    names = {a.id: (a.name, a.type) for a in result.actors}
    for start, speaker, platform in (("das Paket", "Tobias Renner", "X"), ("so gewinne", "Nadine Kästner",
                                                                          "Bluesky")):
        claim = _claim(result, start)
        assert _speaker(result, claim) == speaker
        assert names.get(claim.via or "") == (platform, "media"), (claim, names)


def test_a_platform_before_the_cue_is_no_speaker(analyse) -> None:
    result = analyse("Tamar Abaschidse ist Sängerin. Auf Facebook schrieb sie: „Ich bin an eurer Seite.“")
    claim = _claim(result, "Ich bin")
    assert _speaker(result, claim) == "Tamar Abaschidse"


def test_a_state_named_as_the_place_of_the_speakers_is_not_the_speaker(analyse) -> None:
    result = analyse("Die Regierungsparteien in Pakistan, die Pakistanische Volkspartei (PPP) und die "
                     "Muslim-Liga, hatten erklärt, am Dienstag das Amtsenthebungsverfahren einzuleiten.")
    assert _speaker(result, _claim(result, "am Dienstag")) not in {"Pakistan", ""}


def test_konjunktiv_of_verbs_whose_stem_ends_in_t_or_d(analyse) -> None:
    result = analyse("So berichtete Gary Moore telefonisch im Fernsehen, er warte im zwölften Stock auf "
                     "Rettung. Sein Kollege sagte, er wurde nicht verletzt.")
    claims = {c.text: (c.form, _speaker(result, c)) for c in _claims(result)}
    assert claims.get("er warte im zwölften Stock auf Rettung") == ("indirect", "Gary Moore"), claims


def test_wie_clause_after_a_conjunction_and_apposition_after_a_cue(analyse) -> None:
    result = analyse("Denn wie die Zeitung „Bild“ berichtete, leidet Fred Delmare an Alzheimer. Kurz "
                     "danach meldete der vatikaneigene Radiosender, Radio Vatikan, dass die Enzyklika "
                     "gut verkauft wird.")
    claims = {c.text: c.form for c in _claims(result)}
    assert claims.get("leidet Fred Delmare an Alzheimer") == "according_to", claims
    assert claims.get("die Enzyklika gut verkauft wird") == "indirect", claims


def test_konjunktiv_ii_of_strong_verbs_carries_on_reported_speech(analyse) -> None:
    result = analyse("Die äthiopische Regierung warnt vor weiteren Überschwemmungen in allen Teilen des "
                     "Landes. Die wichtigsten Dämme des Landes befänden sich nahe der Grenze der "
                     "Belastbarkeit.")
    claims = {c.text: (c.form, _speaker(result, c)) for c in _claims(result)}
    carried = "Die wichtigsten Dämme des Landes befänden sich nahe der Grenze der Belastbarkeit"
    assert claims.get(carried) == ("indirect", "Äthiopien"), claims  # the state, through its government


def test_indefinite_pronoun_subject_holds_the_view(analyse) -> None:
    result = analyse("Einige vertreten die Auffassung, die Welt befände sich momentan in der Endzeit.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Einige"


def test_noun_phrase_in_front_is_the_subject_not_the_object_after(analyse) -> None:
    result = analyse("Arabische und iranische Medien werfen ihm sogar offen Verrat vor. Wissenschaftler "
                     "stellten schon vor 20 Jahren die Theorie auf, dass der Handel auf "
                     "Gegenseitigkeit beruht.")
    speakers = {c.text: _speaker(result, c) for c in _claims(result)}
    assert speakers.get("Arabische und iranische Medien werfen ihm sogar offen Verrat vor") \
        == "Arabische und iranische Medien", speakers
    assert speakers.get("der Handel auf Gegenseitigkeit beruht") == "Wissenschaftler", speakers


def test_verb_final_particle_verb_is_a_cue(analyse) -> None:
    result = analyse("Die Laudatio hielt die Feministin Alice Schwarzer, die den Mut Alis hervorhob, "
                     "der in ihrem Einsatz zum Ausdruck komme.")
    (claim,) = _claims(result)
    assert claim.cue is not None and claim.cue.text == "hervorhob"
    assert _speaker(result, claim) == "Alice Schwarzer"


def test_apposition_past_the_comma_is_the_message_not_the_speaker(analyse) -> None:
    result = analyse("Um 10:05 Uhr meldete die Internet-Nachrichtensite „Golem“, Wikimedia Deutschland "
                     "habe diesen Zusammenhang bestätigt.")
    (claim,) = _claims(result)
    assert claim.speaker_mention is not None and "Wikimedia" not in claim.speaker_mention.text
    assert _speaker(result, claim) == "Golem" and claim.source_type == "media"


def test_stance_noun_with_adjective(analyse) -> None:
    result = analyse("Zwar sind 62 Prozent der Bundesbürger zufrieden, 37 Prozent sind jedoch der "
                     "gegenteiligen Auffassung, dass die Demokratie schlecht funktioniert.")
    (claim,) = _claims(result)
    assert claim.text == "die Demokratie schlecht funktioniert"
    assert _speaker(result, claim) == "37 Prozent"


def test_pronoun_with_apposed_name_and_subject_antecedent(analyse) -> None:
    result = analyse("Bundespräsident Horst Köhler hat den Bundestag aufgelöst. Der Bundespräsident "
                     "begründete seine Entscheidung mit der vom Bundeskanzler Gerhard Schröder "
                     "dargestellten fehlenden Handlungsfähigkeit der Regierung. Zu dieser Einschätzung "
                     "des Kanzlers sehe er, Köhler, keine Alternative. Angesichts der schwierigen Lage "
                     "sei eine Regierung notwendig, die sich auf „eine verlässliche, handlungsfähige "
                     "Mehrheit“ stützen könne.")
    quote = next(c for c in _claims(result) if c.form == "direct")
    assert _speaker(result, quote) == "Horst Köhler"
    carried = next(c for c in _claims(result) if c.text.startswith("Zu dieser Einschätzung"))
    assert _speaker(result, carried) == "Horst Köhler"


def test_more_speech_verbs(analyse) -> None:
    result = analyse("Die genaue Ursache des Unglückes sei noch unklar, verlautbarte Peter Sharp in einer "
                     "Pressemitteilung. 80 Prozent befürworteten, dass Abgeordnete ihre Altersversorgung "
                     "selbst in die Hand nehmen müssen. „Muslix64“ erwähnte auch, dass er weiteren "
                     "Quellcode veröffentlichen werde.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims.get("er weiteren Quellcode veröffentlichen werde") == "„Muslix64“", claims
    assert claims.get("Die genaue Ursache des Unglückes sei noch unklar") == "Peter Sharp", claims
    assert claims.get("Abgeordnete ihre Altersversorgung selbst in die Hand nehmen müssen") \
        == "80 Prozent", claims


def test_foreign_title_in_quotes_is_a_name(analyse) -> None:
    result = analyse("Die französische „L’ Alliance pour la Planète“ hatte dazu aufgerufen, für fünf "
                     "Minuten den Strom abzuschalten.")
    (claim,) = _claims(result)
    assert claim.form == "indirect"
    assert claim.text == "für fünf Minuten den Strom abzuschalten"


def test_object_in_front_name_after_the_verb_speaks(analyse) -> None:
    result = analyse("Eine Verschiebung des Wahltermins bezeichnete Albrecht Conze als fatal, weil die "
                     "Kongolesen seit drei Jahren auf die Wahl warteten. Die Behörden werfen Juan Luna "
                     "Menschenhandel vor.")
    speakers = [_speaker(result, c) for c in _claims(result)]
    assert speakers[0] == "Albrecht Conze", speakers
    assert speakers[-1] == "Behörden", speakers  # the institution actor, not Juan Luna


def test_subject_hung_on_the_auxiliary(analyse) -> None:
    result = analyse("Vor einer zweiten – humanitären – Katastrophe nach dem tropischen Wirbelsturm "
                     "„Nargis“ in der Nacht vom 2. auf den 3. Mai hat Elizabeth Byrs vom UN-Büro zur "
                     "Koordinierung von Hilfsmaßnahmen (OCHA) gestern in Genf gewarnt.")
    (claim,) = _claims(result)
    assert claim.form == "reported"
    assert _speaker(result, claim) == "Elizabeth Byrs"


def test_laut_inside_a_reported_act_is_the_source(analyse) -> None:
    result = analyse("Der Angeklagte Markus B. wurde im März verhaftet. Inzwischen hat er laut einer "
                     "Sprecherin der Staatsanwaltschaft ein Teilgeständnis abgelegt und acht andere "
                     "Vergewaltigungen zugegeben.")
    (claim,) = _claims(result)
    assert claim.form == "according_to"
    assert claim.speaker_mention is not None and "Sprecherin" in claim.speaker_mention.text
    assert _speaker(result, claim) == "Staatsanwaltschaft"


def test_indicative_main_clause_with_auxiliary_speaks_for_its_konjunktiv_clause(analyse) -> None:
    result = analyse("Ursprünglich war das Landgericht Hamburg der Einschätzung gefolgt, das Einblenden "
                     "des Logos in die Hochrechnungen verletze die Regelungen des Rundfunkstaatsvertrages.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Landgericht Hamburg"


def test_other_senses_of_nennen_bestreiten_erwarten(analyse) -> None:
    result = analyse("Am 3. Januar passierte die Erde den sonnennächsten Punkt, auch Perihel genannt. "
                     "Deutschland bestreitet sein zweites Gruppenspiel am 11. Januar gegen Spanien. "
                     "Den 35-jährigen Piloten erwartet eine Anklage wegen fahrlässiger Körperverletzung.")
    assert _claims(result) == []


def test_verbless_quotations_leave_the_act_its_claim(analyse) -> None:
    result = analyse("Die spätere Außenministerin Condoleezza Rice nannte Shultz einen „wahren Patrioten“, "
                     "dank dem „die Welt zu einem besseren Ort“ wurde.")
    reported = [c for c in _claims(result) if c.form == "reported"]
    assert len(reported) == 1 and reported[0].text.startswith("Die spätere Außenministerin")
    assert _speaker(result, reported[0]) == "Condoleezza Rice"


def test_sentence_source_overrides_a_carried_quotation_speaker(analyse) -> None:
    result = analyse("„Wir müssen die Entscheidung respektieren“, sagte Bundeskanzlerin Angela Merkel. Für "
                     "den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich“.")
    quote = next(c for c in _claims(result) if c.text == "aus vielen Gründen verständlich")
    assert _speaker(result, quote) == "Hans Küng"


def test_quotation_after_a_colon_is_the_clause_subjects(analyse) -> None:
    result = analyse("Die praktische Anwendung der Richtlinienkompetenz des Bundeskanzlers stellte der "
                     "SPD-Vorsitzende Franz Müntefering ebenfalls in Frage: „Die Anwendung der Richtlinie, "
                     "die ist nicht lebenswirklich.“")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Franz Müntefering"


def test_beziffern_names_its_source_after_the_verb(analyse) -> None:
    result = analyse("Den Börsenwert des Unternehmens beziffert der „Focus“ auf 17 Milliarden Euro. Die "
                     "Zahl der Toten bezifferte die chinesische Nachrichtenagentur Xinhua heute mit 13. "
                     "Die Regierung beschuldigt die Huthi-Rebellen, Gelder aus dem Iran zu erhalten.")
    speakers = [_speaker(result, c) for c in _claims(result)]
    assert speakers == ["Focus", "Xinhua", "Die Regierung"], speakers


def test_wie_clause_with_apposition_at_the_end(analyse) -> None:
    result = analyse("Die Chemikalie hatte Raumtemperatur und stand unter Druck, wie Burt Rutan, Chef der "
                     "Firma Scaled Composites, mitteilte. Die genaue Ursache der Explosion sei aber nicht "
                     "klar.")
    claims = {c.text: (c.form, _speaker(result, c)) for c in _claims(result)}
    assert claims.get("Die Chemikalie hatte Raumtemperatur und stand unter Druck") \
        == ("according_to", "Burt Rutan"), claims
    assert claims.get("Die genaue Ursache der Explosion sei aber nicht klar") == ("indirect", "Burt Rutan")


def test_wie_clause_without_its_comma_and_voraussicht(analyse) -> None:
    result = analyse("Wie die lokalen Fernsehsender berichten sind mindestens zwei Polizisten ums Leben "
                     "gekommen. Der Finanzminister Peer Steinbrück kam am Montag nach Brüssel. Erstmals "
                     "sei die Bundesregierung in der Lage, die Kriterien „aller Voraussicht nach“ "
                     "einzuhalten.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims.get("sind mindestens zwei Polizisten ums Leben gekommen") == "die lokalen Fernsehsender"
    assert "aller Voraussicht" not in claims.values(), claims


def test_role_noun_with_a_name_apposed_after_a_comma(analyse) -> None:
    result = analyse("Die Terroristin Susanne Albrecht lebt unter einem anderen Namen. Der frühere "
                     "Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte die CDU vor einem "
                     "„populistischen Wahlkampf“.")
    reported = next(c for c in _claims(result) if c.form == "reported")
    assert _speaker(result, reported) == "Henning Scherf"


def test_relative_clause_with_preposition_is_no_message(analyse) -> None:
    result = analyse("Auch offizielle Statistiken, auf die im ai-Bericht hingewiesen wird, bekräftigen "
                     "die niedrige Aufklärungsquote.")
    assert not any(c.form == "direct" for c in _claims(result)), [c.text for c in _claims(result)]


def test_single_lower_case_word_quoted_in_reported_speech(analyse) -> None:
    result = analyse("Die Deutsche Welle berichtet von 50 teilnehmenden Nationen. Dort sei man sich über "
                     "einen Aktionsplan einig geworden. Dieser bestehe aus „repressiven“ und "
                     "„präventiven“ Maßnahmen.")
    quoted = {c.text: _speaker(result, c) for c in _claims(result) if c.form == "direct"}
    assert quoted == {"repressiven": "Deutsche Welle", "präventiven": "Deutsche Welle"}, quoted


def test_fuer_x_names_the_speaker_of_a_quoted_word(analyse) -> None:
    result = analyse("Täglich kommen 2.000 Neuinfektionen hinzu. Für den brasilianischen Gesundheitsminister "
                     "Jose Gomes Temporao ist die Situation in Rio de Janeiro „alarmierend“.")
    (claim,) = _claims(result)
    assert (claim.form, claim.text) == ("direct", "alarmierend")
    assert _speaker(result, claim) == "Jose Gomes Temporao"


def test_quotation_closed_by_the_wrong_mark(analyse) -> None:
    result = analyse("Gewerkschaftschef Heinz Kluncker sagte damals: „Lohnverzicht bringt nichts.” "
                     "Dann ging er.")
    quoted = [c for c in _claims(result) if c.form == "direct"]
    assert [c.text for c in quoted] == ["Lohnverzicht bringt nichts."]
    assert _speaker(result, quoted[0]) == "Heinz Kluncker"


def test_gemaess_a_rule_and_compounds_of_stand_are_no_sources(analyse) -> None:
    result = analyse("Der Missbrauch von Berufsbezeichnungen ist ein Vergehen gemäß § 132a StGB. Die "
                     "Regierung wies die Forderung nach einem Waffenstillstand zurück. Gemäß einer Studie "
                     "der Universität Mainz sei das Risiko gering.")
    sources = [c.text for c in _claims(result) if c.form == "according_to"]
    assert sources == ["sei das Risiko gering"], [c.text for c in _claims(result)]


def test_request_nouns_spelled_out_by_an_infinitive(analyse) -> None:
    result = analyse("Mehrere Anfragen an den neuen Internetprovider, diese Seite zu sperren, blieben "
                     "jedoch erfolglos.")
    (claim,) = _claims(result)
    assert (claim.form, claim.text) == ("indirect", "diese Seite zu sperren")


def test_source_phrase_vouches_for_its_own_main_clause(analyse) -> None:
    result = analyse("Alle kleineren Häfen bleiben weiterhin gesperrt, lediglich der Haupthafen der Insel "
                     "wurde nach Angaben der Tagesschau kontrolliert freigegeben. Die Reaktorabschaltung war "
                     "nach Angaben des TÜV Nord nicht ganz reibungslos, Abdeckungen hätten Risse bekommen.")
    sources = {c.text: _speaker(result, c) for c in _claims(result) if c.form == "according_to"}
    assert sources == {
        "lediglich der Haupthafen der Insel wurde nach Angaben der Tagesschau kontrolliert freigegeben":
            "Tagesschau",
        "Die Reaktorabschaltung war nach Angaben des TÜV Nord nicht ganz reibungslos, Abdeckungen "
        "hätten Risse bekommen": "TÜV Nord"}, sources


def test_source_phrase_before_a_speech_verb_clause(analyse) -> None:
    result = analyse("Heute demonstrierten in Hamburg nach Angaben der Veranstalter rund 7.000 Menschen "
                     "gegen das Treffen, die Polizei spricht von 4.000 Teilnehmern.")
    claims = {c.text: c.form for c in _claims(result)}
    assert claims == {
        "Heute demonstrierten in Hamburg nach Angaben der Veranstalter rund 7.000 Menschen gegen das "
        "Treffen": "according_to",
        "die Polizei spricht von 4.000 Teilnehmern": "reported"}, claims


def test_pronoun_after_temporal_als_is_the_speaker(analyse) -> None:
    result = analyse("Trainer Steve McClaren entschuldigte sich später, als er Fans des englischen Teams "
                     "dafür kritisierte, dass sie das Nationalteam ausgebuht hatten.")
    (claim,) = _claims(result)
    assert claim.text == "sie das Nationalteam ausgebuht hatten"
    assert _speaker(result, claim) == "Steve McClaren"


def test_compounds_naming_things_are_no_anonymous_sources(analyse) -> None:
    result = analyse("Als „unerwartetes Geschenk“ bezeichnet die Archäologin Montserrat Sanz den Fund. "
                     "Daneben lagen Tierreste und Steinwerkzeuge. Bei anderen Funden sei die Datierung "
                     "oft ungenau.")
    assert not any("werkzeug" in a.name.lower() for a in result.actors), [a.name for a in result.actors]
    carried = [c for c in _claims(result) if c.text.startswith("Bei anderen Funden")]
    assert [_speaker(result, c) for c in carried] == ["Montserrat Sanz"]


def test_long_parenthetical_so_x(analyse) -> None:
    result = analyse("Doch sei es, so der ugandische Schriftsteller Musa Okwanga in einem Blogeintrag "
                     "auf der Website der britischen Tageszeitung „The Independent“, ein Haufen "
                     "mächtiger Leute gewesen, der Kony gewähren lassen habe.")
    (claim,) = [c for c in _claims(result) if c.form == "indirect"]
    assert claim.text.startswith("Doch sei es") and claim.text.endswith("gewähren lassen habe"), claim.text
    assert _speaker(result, claim) == "Musa Okwanga"


def test_quotation_in_konjunktiv_words_carries_the_last_speaker(analyse) -> None:
    result = analyse("Die Arbeit der gemeinnützigen Organisationen in der Region werde ausgeklammert, "
                     "vielmehr betreibe der Film an Kolonialismus „weißes Gutmenschentum“: Er fokussiere auf "
                     "die Schuld Joseph Konys. Doch sei es, so der ugandische Schriftsteller Musa Okwanga in "
                     "einem Blogeintrag auf der Website der britischen Tageszeitung „The Independent“, ein "
                     "Haufen mächtiger Leute gewesen, der Kony gewähren lassen habe. Deshalb müsse „die "
                     "Politik des ugandischen Präsidenten Museveni zentraler Bestandteil der Lösung dieses "
                     "Problems sein“.")
    (quote,) = [c for c in _claims(result) if c.text.startswith("die Politik")]
    assert _speaker(result, quote) == "Musa Okwanga"


def test_zitieren_object_only_before_the_comma(analyse) -> None:
    result = analyse("Die Deutsche Welle zitiert aus der bolivianischen Zeitung „Hoy Bolivia“, wonach "
                     "Boliviens Ministerpräsident Evo Morales die Schuld an den Überschwemmungen den "
                     "westlichen Industrieländern zuweist.")
    speakers = {_speaker(result, c) for c in _claims(result)}
    assert speakers == {"Deutsche Welle"}, speakers


def test_reported_act_ends_where_a_comma_opens_the_next_speakers_clause(analyse) -> None:
    result = analyse("Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte seinen Platzverweis "
                     "„überzogen“, Bundestrainer Joachim Löw bezeichnete acht Gelbe Karten in einem Spiel, "
                     "in dem es nur 26 Fouls gab, als „übertrieben“.")
    claims = {(c.form, c.text): _speaker(result, c) for c in _claims(result)}
    assert claims[("reported", "Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte seinen "
                   "Platzverweis „überzogen“")] == "Miroslav Klose", claims
    assert claims[("direct", "übertrieben")] == "Joachim Löw", claims


def test_participle_after_als_is_no_cue(analyse) -> None:
    result = analyse("Glücklicherweise haben sich diese Befürchtungen nicht als begründet erwiesen, jedoch "
                     "musste der Gleitschirm entfernt werden.")
    assert _claims(result) == [], [c.text for c in _claims(result)]


def test_adverbial_clause_after_a_cue_is_no_complement(analyse) -> None:
    result = analyse("Die Fluglotsen hatten den Hubschrauber kurz vor der Landung als vermisst gemeldet, "
                     "nachdem er auf den Radarschirmen nicht mehr zu sehen war. Unter den gegenwärtigen "
                     "Bedingungen halten die Befehlshaber der US-Streitkräfte einen Abzug für "
                     "unwahrscheinlich, da die irakische Armee ihren Aufgaben offenbar nicht gewachsen sei.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims == {"da die irakische Armee ihren Aufgaben offenbar nicht gewachsen sei":
                      "die Befehlshaber der US-Streitkräfte"}, claims


def test_melden_sich_is_no_speech(analyse) -> None:
    result = analyse("Als mögliche Nachfolger für den CDU-Vorsitz haben sich bereits drei Kandidaten "
                     "gemeldet: Annegret Kramp-Karrenbauer, Jens Spahn und Friedrich Merz.")
    assert _claims(result) == [], [c.text for c in _claims(result)]


def test_nach_a_document_or_plan(analyse) -> None:
    result = analyse("Nach einem Plan der Europäischen Union vom Sommer 2011 müssen alle 27 EU-Staaten "
                     "Konzepte vorlegen. Nach einem EU-Dokument leben sie in Armut.")
    sources = {c.text: c.form for c in _claims(result)}
    assert sources == {"müssen alle 27 EU-Staaten Konzepte vorlegen": "according_to",
                       "leben sie in Armut": "according_to"}, sources


def test_speech_noun_before_the_clause_final_verb(analyse) -> None:
    result = analyse("Damals hatte das Bundesverfassungsgericht eine deutliche Mahnung an die Politik "
                     "ausgesprochen, dieses Instrument nicht zu missbrauchen. Daraus wurde von Beobachtern "
                     "der Schluss gezogen, es könnte eine größere Polizeiaktion bevorstehen. Nach "
                     "Dienstschluss war niemand mehr zu sehen.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims == {"dieses Instrument nicht zu missbrauchen": "Bundesverfassungsgericht",
                      "es könnte eine größere Polizeiaktion bevorstehen": "Beobachter"}, claims


def test_quotation_before_und_and_a_second_cue_keeps_the_first(analyse) -> None:
    result = analyse("Die Kongressabgeordnete Carolyn McCarthy erklärte, Gillibrand sei „das Postergirl der "
                     "NRA, und das repräsentiert nicht den Staat New York“ und kündigte an, 2010 gegen "
                     "Gillibrand kandidieren zu wollen.")
    claims = {(c.form, c.text): c.cue.text for c in _claims(result)}
    assert claims[("direct", "das Postergirl der NRA, und das repräsentiert nicht den Staat New York")] \
        == "erklärte", claims
    assert claims[("indirect", "2010 gegen Gillibrand kandidieren zu wollen")] == "kündigte", claims


def test_quoted_titles_after_name_nouns_are_no_speech(analyse) -> None:
    result = analyse("Der Produzent der Beatles-LP „Let it be“, Phil Spector, muss sich vor Gericht "
                     "verantworten. Eine weitere Bedrohung gehe vom Bakterium „Klebsiella pneumoniae“ aus, "
                     "heißt es in dem Bericht. „Gewalt gegen Kinder“, so lautet der Titel einer Studie.")
    quoted = [c.text for c in _claims(result) if c.form == "direct"]
    assert quoted == [], quoted


def test_heisst_es_without_a_source_takes_the_subject_before(analyse) -> None:
    result = analyse("Die Stadt Wien hat reagiert. Monatelang haben die Wiener Linien abgestritten, dass die "
                     "bestehenden Sicherheitseinrichtungen nicht sicher genug wären. Hieß es zunächst noch, "
                     "dass die Fahrgäste an den Unfällen selber Schuld seien, wird nun eine halbe Million "
                     "Euro in die Sicherheit dieser Türen investiert.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims.get("die Fahrgäste an den Unfällen selber Schuld seien") == "die Wiener Linien", claims


def test_source_compounds_that_name_things_are_no_actors(analyse) -> None:
    result = analyse("Als mögliche Infektionsquelle gilt ein Brunnen. Eine Infektionsquelle sei nicht "
                     "gefunden worden. Die Flugzeuge landeten im Landkreis.")
    assert [a.name for a in result.actors if a.type == "anonymous"] == []


def test_anonymous_source_names_skip_numbers_and_districts(analyse) -> None:
    result = analyse("Aus Regierungskreisen hieß es, der Minister trete zurück. Im Main-Tauber-Kreis und im "
                     "Enzkreis, so ein Sprecher des Main-Tauber-Kreises, seien 500 Mitarbeiter betroffen. "
                     "500 Mitarbeiter des Werks sagten, sie seien entsetzt. Auch Seefahrzeuge seien "
                     "beschädigt, sagten "
                     "Insider.")
    anonymous = sorted(a.name for a in result.actors if a.type == "anonymous")
    assert anonymous == ["Insider", "Mitarbeiter", "Regierungskreise", "Sprecher"], anonymous


def test_demnach_after_a_report_takes_who_presented_it(analyse) -> None:
    result = analyse("Das Bundeskartellamt hat heute den Abschlussbericht seiner Untersuchung vorgelegt. "
                     "Demnach kann den großen Stromerzeugern kein wettbewerbswidriges Verhalten nachgewiesen "
                     "werden. Santorum hatte hier 8,5 Prozent erhalten. Demnach waren Romney 22 der 23 "
                     "Delegiertenstimmen zugesprochen worden.")
    claims = {c.text: (c.speaker, c.speaker_mention.text if c.speaker_mention else None)
              for c in _claims(result)}
    key = "kann den großen Stromerzeugern kein wettbewerbswidriges Verhalten nachgewiesen werden"
    assert claims.get(key) == ("bundeskartellamt", "Demnach"), claims
    # after a sentence that reports no account, "demnach" means "therefore": no speaker guessed
    assert claims.get("waren Romney 22 der 23 Delegiertenstimmen zugesprochen worden") == (None, "Demnach")


def test_person_before_the_finite_verb_speaks_when_the_parse_says_otherwise(analyse) -> None:
    result = analyse("Karl-Theodor zu Guttenberg ist zurückgetreten. Zu Guttenberg hatte zwar Fehler "
                     "eingeräumt und angegeben, er habe nicht wissenschaftlich exakt gearbeitet.")
    claims = {c.text: (_speaker(result, c), c.speaker_mention.text if c.speaker_mention else None)
              for c in _claims(result)}
    assert claims.get("er habe nicht wissenschaftlich exakt gearbeitet") == (
        "Karl-Theodor zu Guttenberg", "Zu Guttenberg"), claims


def test_inflected_organisation_names_are_one_actor(analyse) -> None:
    result = analyse("Die Deutsche Bahn erhöht die Preise. Ein Sprecher der Deutschen Bahn sagte, das sei "
                     "nötig. Ein Sprecher des Weißen Hauses schwieg. Beim Internationalen Strafgerichtshof "
                     "hieß es, der Internationale Strafgerichtshof prüfe den Fall. Die Münchner Polizei "
                     "ermittelt.")
    names = {a.name: a.type for a in result.actors}
    assert names.get("Deutsche Bahn") == "organization" and "Deutschen Bahn" not in names, names
    assert names.get("USA") == "state" and "Weiße Haus" not in names, names  # the known metonym
    # (under the name the gazetteer lists it by)
    assert "Internationaler Strafgerichtshof" in names and "Internationalen Strafgerichtshof" not in names
    assert "Münchne Polizei" not in names, names  # a place adjective does not inflect


def test_acronym_in_parentheses_is_the_same_actor(analyse) -> None:
    result = analyse("Die Deutsche Forschungsgemeinschaft (DFG) teilte mit, die Mittel würden gekürzt. "
                     "Die DFG hatte zuvor gewarnt.")
    (actor,) = [a for a in result.actors if a.type == "organization"]
    assert actor.name == "Deutsche Forschungsgemeinschaft"
    assert "DFG" in actor.aliases and len(actor.mentions) == 3


def test_spokesperson_compound_with_an_acronym_speaks_for_the_organisation(analyse) -> None:
    result = analyse("Die Deutsche Forschungsgemeinschaft (DFG) kürzt die Mittel. Ein DFG-Sprecher "
                     "sagte, man prüfe alles.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Deutsche Forschungsgemeinschaft"
    assert claim.source_type == "institution"
    assert not [a for a in result.actors if a.type == "anonymous"]


def test_agencies_and_the_post_are_no_media(analyse) -> None:
    result = analyse("Die Bundesagentur für Arbeit meldete mehr Arbeitslose. Die Deutsche Post erhöht das "
                     "Porto. Die Deutsche Presse-Agentur berichtete darüber.")
    types = {a.name: a.type for a in result.actors}
    assert types.get("Bundesagentur für Arbeit") == "organization", types
    assert types.get("Deutsche Post") == "organization", types
    assert types.get("dpa") == "media", types  # the known agency, by its short name


def test_plural_noun_before_a_singular_verb_is_its_object(analyse) -> None:
    result = analyse("Die tibetischen Mönche beschrieb die Nachrichtenagentur unter Berufung auf "
                     "Erklärungen des Vorsitzenden der Provinzregierung als „aggressiv“ gegenüber den "
                     "Sicherheitskräften. „BBC News“ berichtet unter Berufung auf einen Wärter, dass die "
                     "Gefangenen geflohen seien.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims.get("aggressiv") == "die Nachrichtenagentur", claims
    assert "BBC" in claims.get("die Gefangenen geflohen seien", ""), claims  # a name's number is a guess


def test_so_after_a_closed_quotation_needs_no_comma(analyse) -> None:
    result = analyse("Peter Hauk sagte, er wisse von nichts. „Offenbar sind öffentliche Bürgeranfragen dann "
                     "doch zu lästig.“ so das Fazit der Betreiber von Abgeordnetenwatch.")
    claims = {c.text: (c.cue.text if c.cue else None, _speaker(result, c)) for c in _claims(result)}
    assert claims.get("Offenbar sind öffentliche Bürgeranfragen dann doch zu lästig.") == (
        "so", "Abgeordnetenwatch"), claims


def test_letztere_is_the_person_named_last(analyse) -> None:
    result = analyse("Vor dem Käfig stand Marta Jandová, während die Moderatorin Nova Meierhenrich "
                     "Informationen verteilte. „Das Elend geht ohne Unterbrechung weiter.“, so letztere. "
                     "Erstere Alternative scheint aussichtslos.")
    claims = {c.text: (_speaker(result, c), c.speaker_mention.text if c.speaker_mention else None)
              for c in _claims(result)}
    said = claims.get("Das Elend geht ohne Unterbrechung weiter.")
    assert said == ("Nova Meierhenrich", "letztere"), claims
    assert not any(m.text == "Erstere" for a in result.actors for m in a.mentions)  # an adjective there


@pytest.mark.parametrize(("text", "message", "speaker"), [
    # the parser coordinates the two verbs (conj)
    ("Theresa May sagte, sie trete zurück. Als scheidende Premierministerin habe sie ihren Abschied "
     "akzeptiert und frage Corbyn, ob nicht jetzt auch für ihn der richtige Zeitpunkt gekommen sei.",
     "ob nicht jetzt auch für ihn der richtige Zeitpunkt gekommen sei", "Theresa May"),
    # behind a closing quotation mark the parser hangs the second verb as parataxis
    ("Die Kongressabgeordnete Carolyn McCarthy erklärte, Gillibrand sei „das Postergirl der NRA, und "
     "das repräsentiert nicht den Staat New York“ und kündigte an, 2010 gegen Gillibrand kandidieren "
     "zu wollen.", "2010 gegen Gillibrand kandidieren zu wollen", "Carolyn McCarthy"),
])
def test_verb_after_und_shares_the_first_verbs_subject(analyse, text: str, message: str,
                                                       speaker: str) -> None:
    result = analyse(text)
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims.get(message) == speaker, claims


def test_passive_cue_without_agent_goes_on_with_the_speaker_before(analyse) -> None:
    result = analyse("Die SPD erklärte, das Gesetz sei unnötig. Zum einen wird auf Erfahrungswerte "
                     "aus anderen Bundesländern verwiesen, wo der Abgleich ergebnislos verlaufen sei.")
    speakers = {_speaker(result, c) for c in _claims(result) if c.cue and c.cue.text == "verwiesen"}
    assert speakers == {"SPD"}, speakers


def test_passive_agent_with_the_auxiliary_far_before(analyse) -> None:
    result = analyse("Seine Werke werden von Musikkennern als „Meilensteine in der Musikgeschichte“ "
                     "bezeichnet.")
    (claim,) = _claims(result)
    assert claim.speaker_mention is not None and claim.speaker_mention.text == "Musikkennern", claim


def test_genitive_name_before_the_speakers_title_is_not_the_speaker(analyse) -> None:
    result = analyse("Das Landgericht verurteilte Markus Braun. Brauns Anwalt Alfred Dierlamm "
                     "erklärte, das Urteil beruhe auf einem Irrtum. Sein Mandant sei unschuldig.")
    speakers = {c.text: _speaker(result, c) for c in _claims(result)}
    assert speakers.get("das Urteil beruhe auf einem Irrtum") == "Alfred Dierlamm", speakers
    assert speakers.get("Sein Mandant sei unschuldig") == "Alfred Dierlamm", speakers


@pytest.mark.parametrize(("text", "message", "speaker"), [
    # a compound of an institution noun: the local institution of the article
    ("Wie die Polizei mitteilte, fuhr ein Lastwagen auf ein Stauende auf. Ein Polizeisprecher sagte, "
     "der Fahrer sei abgelenkt gewesen.", "der Fahrer sei abgelenkt gewesen", "Polizei"),
    # "der Verein" referred back to the club before, so the "Vereinssprecher" speaks for it
    ("Der FC Bayern München hat sich von Trainer Thomas Tuchel getrennt. Das bestätigte der Verein. "
     "Tuchel äußerte sich nicht. Die Mannschaft trainierte. Es regnete. Ein Vereinssprecher sagte, man suche "
     "einen Nachfolger.", "man suche einen Nachfolger", "FC Bayern München"),
    # "die Behörde" is the institution named last
    ("Die Staatsanwaltschaft hatte acht Jahre gefordert. Eine Sprecherin der Behörde sagte, man "
     "werde das Urteil prüfen.", "man werde das Urteil prüfen", "Staatsanwaltschaft"),
])
def test_institution_spokespeople_speak_for_the_institution(analyse, text: str, message: str,
                                                            speaker: str) -> None:
    result = analyse(text)
    claims = {c.text: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get(message) == (speaker, "institution"), claims
    assert not [a for a in result.actors if a.type == "anonymous"], result.actors


def test_genitive_plural_without_article_is_the_source(analyse) -> None:
    result = analyse("Nach Einschätzung westlicher Geheimdienste verlegt Moskau seit Wochen Einheiten "
                     "in die Region.")
    (claim,) = _claims(result)
    assert claim.speaker_mention is not None, claim
    assert claim.speaker_mention.text == "westlicher Geheimdienste", claim
    assert claim.source_type == "anonymous", claim


def test_quoted_name_in_a_compound_is_no_quotation(analyse) -> None:
    result = analyse("Nach Informationen der „Bild“-Zeitung soll der Trainer bereits am Samstag von "
                     "seiner Entlassung erfahren haben.")
    (claim,) = _claims(result)
    assert claim.form == "according_to" and _speaker(result, claim) == "Bild", claim
    assert claim.speaker_mention is not None and claim.speaker_mention.text == "„Bild“-Zeitung", claim
    (bild,) = [a for a in result.actors if a.name == "Bild"]
    assert bild.aliases == ["Bild-Zeitung"], bild


def test_laut_media_reports_is_not_the_name_after_it(analyse) -> None:
    result = analyse("Als Favorit gilt laut Medienberichten Xabi Alonso.")
    (claim,) = _claims(result)
    assert claim.speaker_mention is not None and claim.speaker_mention.text == "Medienberichten", claim
    assert claim.source_type == "media", claim  # outlets the text does not name


@pytest.mark.parametrize(("text", "hedged"), [
    ("Der Spanier betonte, er fühle sich in Leverkusen wohl.", False),
    ("Der Spanier betonte, er wisse sehr wohl, was er tue.", False),
    ("Der Spanier sagte, er werde wohl in Leverkusen bleiben.", True),
])
def test_wohl_hedges_only_as_probably(analyse, text: str, hedged: bool) -> None:
    (claim,) = _claims(analyse(text))
    assert ("wohl" in claim.hedges) is hedged, claim.hedges


def test_konjunktiv_ii_before_sagte_is_reported_speech(analyse) -> None:
    result = analyse("Kapitän Manuel Neuer räumte Fehler ein. Die Spieler hätten den Trainer „im Stich "
                     "gelassen“, sagte Neuer. Wir hätten mehr laufen müssen, sagte Thomas Müller.")
    forms = {c.text: c.form for c in _claims(result)}
    assert forms.get("Die Spieler hätten den Trainer „im Stich gelassen“") == "indirect", forms
    assert forms.get("Wir hätten mehr laufen müssen") == "direct", forms


def test_unlisted_title_before_a_full_name_is_a_role(analyse) -> None:
    result = analyse("Sportvorstand Max Eberl sagte, man habe entschieden. Nach Angaben von "
                     "Insolvenzverwalter Michael Jaffé bekommen Gläubiger wenig. Die Ehrung Salman "
                     "Rushdies wurde kritisiert. Am Sonntag Peter Müller zu treffen, sei schwer, sagte er.")
    roles = {a.name: a.roles for a in result.actors if a.type == "person"}
    assert roles.get("Max Eberl") == ["Sportvorstand"], roles
    assert roles.get("Michael Jaffé") == ["Insolvenzverwalter"], roles
    assert not any(r for name, r in roles.items() if name not in {"Max Eberl", "Michael Jaffé"}), roles


def test_sentences_inside_a_quotation_or_naming_its_source_are_no_assertions(analyse) -> None:
    result = analyse("Der FC Bayern hat sich von Thomas Tuchel getrennt. Das bestätigte der Verein. "
                     "„Wir haben viel gesprochen. Am Ende waren wir uns einig“, sagte Jan-Christian "
                     "Dreesen. Tuchel äußerte sich nicht.")
    assertions = [c.text for c in result.claims if c.form == "assertion"]
    assert assertions == ["Testartikel", "Tuchel äußerte sich nicht."], assertions


def test_outlet_reporting_an_anonymous_claim_is_its_chain(analyse) -> None:
    result = analyse("Nach Einschätzung westlicher Geheimdienste verlegt Moskau seit Wochen Einheiten in "
                     "die Region. Das berichtete die „New York Times“ unter Berufung auf US-Beamte.")
    (claim,) = _claims(result)
    names = {a.id: a.name for a in result.actors}
    assert claim.source_type == "anonymous" and names.get(claim.via or "") == "New York Times", claim
    assert not [c for c in result.claims if c.form == "assertion" and "berichtete" in c.text]


def test_one_unverified_question_per_anonymous_claim(analyse) -> None:
    result = analyse("Ein ranghoher Nato-Diplomat sagte der Zeitung, die Lage sei „besorgniserregend, "
                     "aber nicht dramatisch“. Ob Russland Truppen verlegt, lässt sich unabhängig nicht "
                     "überprüfen.")
    kinds = [(q.kind, q.text[:12]) for q in result.questions]
    assert kinds == [("indirect", "Ob Russland "), ("unverified", "die Lage sei")], kinds


def test_company_named_by_a_narrower_noun_is_das_unternehmen(analyse) -> None:
    result = analyse("Der Technologiekonzern Siemens will rund 5.000 Stellen abbauen. Das teilte das "
                     "Unternehmen am Dienstag mit. Betroffen sei vor allem die Sparte Digital "
                     "Industries, hieß es.")
    claims = {c.text[:20]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Der Technologiekonze") == "Siemens", claims
    assert claims.get("Betroffen sei vor al") == "Siemens", claims


def test_bare_spokesperson_speaks_for_the_one_organisation_named(analyse) -> None:
    result = analyse("Die Zahl der Anträge ist nach Angaben des Bundesamts für Migration und "
                     "Flüchtlinge (BAMF) gesunken. Das BAMF verzeichnete im Oktober rund 15.000 "
                     "Erstanträge, so eine Sprecherin.")
    claims = {c.text[:20]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get("Das BAMF verzeichnet") == (
        "Bundesamt für Migration und Flüchtlinge", "institution"), claims


def test_quoted_name_spoken_to_is_an_outlet(analyse) -> None:
    result = analyse("Deutschland sei an der Grenze seiner Belastbarkeit, sagte Markus Söder der "
                     "„Augsburger Allgemeinen“.")
    (claim,) = _claims(result)
    outlet = next(a for a in result.actors if a.id == claim.via)
    assert (outlet.name, outlet.type) == ("Augsburger Allgemeine", "media"), outlet
    assert _speaker(result, claim) == "Markus Söder", claim


def test_roles_of_closed_compounds_and_apposed_genitives(analyse) -> None:
    result = analyse("Konzernchef Roland Busch begründete den Schritt. Der Vorsitzende der Deutschen "
                     "Bischofskonferenz, Georg Bätzing, nannte die Forderung „unchristlich“. "
                     "Bundeskanzler Friedrich Merz reagierte. Man prüfe alles, sagte der Kanzler.")
    roles = {a.name: a.roles for a in result.actors if a.type == "person"}
    assert roles.get("Roland Busch") == ["Konzernchef"], roles
    assert roles.get("Georg Bätzing") == ["Vorsitzende der Deutschen Bischofskonferenz"], roles
    assert roles.get("Friedrich Merz") == ["Bundeskanzler"], roles


def test_rare_verb_tagged_as_preposition_still_makes_a_claim(analyse) -> None:
    result = analyse("Kritik kam vom Hausärzteverband. Die Studie überzeichne das Problem, sagte dessen "
                     "Vorsitzender Markus Beier. Nicht jede schlechte Nacht sei eine Krankheit.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Die Studie überzeichne das Problem") == "Markus Beier", claims
    assert claims.get("Nicht jede schlechte Nacht sei eine Krankheit") == "Markus Beier", claims


def test_state_speaking_through_an_organ_in_the_genitive(analyse) -> None:
    result = analyse("Israels Armee erklärte, Kämpfer hätten Soldaten angegriffen.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Israel", claim


def test_participle_attribute_is_not_the_source(analyse) -> None:
    result = analyse("Nach Angaben des von der Hamas kontrollierten Gesundheitsministeriums wurden "
                     "mindestens zwölf Menschen getötet. Die Angaben lassen sich nicht unabhängig "
                     "überprüfen.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Gesundheitsministerium", claim
    assert claim.text == "wurden mindestens zwölf Menschen getötet", claim
    assert [q.text for q in result.questions if q.kind == "unverified"] == [
        "Die Angaben lassen sich nicht unabhängig überprüfen."], result.questions


def test_appeal_to_both_sides_is_a_demand(analyse) -> None:
    result = analyse("US-Außenminister Marco Rubio rief beide Seiten zur Zurückhaltung auf. Der "
                     "Minister rief auch zur Ruhe auf.")
    claims = [(_speaker(result, c), c.form, c.cue_class) for c in _claims(result)]
    assert claims == [("Marco Rubio", "reported", "demand")] * 2, claims


def test_konjunktiv_tagged_as_adjective_before_its_particle(analyse) -> None:
    result = analyse("Kritiker sagen, das reiche nicht aus.")
    (claim,) = _claims(result)
    assert (claim.form, claim.text, claim.source_type) == (
        "indirect", "das reiche nicht aus", "anonymous"), claim


INTERVIEW_ALTERNATING = """Wirtschaftsministerin Katherina Reiche (CDU) will die Strompreise drücken. \
Ein Gespräch über Netzentgelte.

Frau Reiche, die Strompreise steigen wieder. Was tun Sie dagegen?

Wir senken die Netzentgelte, und zwar deutlich. Das entlastet Haushalte und Industrie.

Die Industrie sagt, das reiche nicht. Haben Sie zu spät reagiert?

Das sehe ich anders. Wir haben mehr erreicht als die Vorgängerregierung.

Das Gespräch führte Max Schulz."""

INTERVIEW_LABELLED = """Wirtschaftsministerin Katherina Reiche ist seit Mai im Amt.

SPIEGEL: Frau Reiche, die Strompreise steigen wieder. Was tun Sie dagegen?

Reiche: Wir senken die Netzentgelte, und zwar deutlich. Das entlastet Haushalte und Industrie.

SPIEGEL: Die Industrie sagt, das reiche nicht. Haben Sie zu spät reagiert?

Reiche: Das sehe ich anders. Kanzler Friedrich Merz hat gesagt, dass wir auf Kurs seien."""

# answers labelled with the interviewee's name, questions (in bold in Markdown) without a label
# or a "Sie"
INTERVIEW_UNLABELLED_QUESTIONS = """Wirtschaftsministerin Katherina Reiche über die Strompreise.

Frau Reiche, die Strompreise steigen wieder. Hilft das Paket?

Reiche: Wir senken die Netzentgelte, und zwar deutlich. Das entlastet Haushalte und Industrie.

Die Industrie sagt, das reiche nicht. Zu spät?

Reiche: Das sehe ich anders. Wir haben mehr erreicht als die Vorgängerregierung."""


@pytest.mark.parametrize("body", [INTERVIEW_ALTERNATING, INTERVIEW_LABELLED, INTERVIEW_UNLABELLED_QUESTIONS])
def test_interview_answers_are_the_interviewees_words(analyse, body: str) -> None:
    result = analyse(body)
    by_text = {c.text: (_speaker(result, c), c.form) for c in _claims(result)}
    for answer in ("Wir senken die Netzentgelte, und zwar deutlich",
                   "Das entlastet Haushalte und Industrie", "Das sehe ich anders"):
        assert by_text.get(answer) == ("Katherina Reiche", "direct"), by_text
    assert not any(text.startswith(("Frau Reiche", "Die Industrie")) and who == "Katherina Reiche"
                   for text, (who, _form) in by_text.items()), by_text  # the questions are not hers


def test_explainer_questions_are_no_interview(analyse) -> None:
    # the teaser names one person, but nothing says the questions are put to her
    result = analyse("Oberbürgermeisterin Henriette Reker erhöht die Grundsteuer.\n\nWas müssen Sie "
                     "jetzt tun? Zunächst nichts.\n\nWann kommt der Bescheid? Wann kommt er bei Ihnen "
                     "an?\n\nDie Bescheide werden im Januar verschickt.\n\nWas kostet das Sie?\n\nIm "
                     "Schnitt etwa 40 Euro im Jahr.")
    directs = [c.text for c in _claims(result) if c.form == "direct" and c.speaker]
    assert "Im Schnitt etwa 40 Euro im Jahr" not in directs, directs


@pytest.mark.parametrize(("text", "mention", "kind"), [
    ("Laut einer Umfrage des ZDF-Politbarometers haben 58 Prozent kein Verständnis für den Streik.",
     "einer Umfrage des ZDF-Politbarometers", "poll"),
    ("Fast jeder Dritte schläft schlecht. Das geht aus einer Studie der Landeskrankenkasse Süd hervor.",
     "einer Studie der Landeskrankenkasse Süd", "study"),
    ("Fast jeder Dritte schläft schlecht. Das geht aus einer Studie der Techniker Krankenkasse hervor.",
     "Techniker Krankenkasse", "study"),  # a maker the gazetteer knows: the actor, still a study
    ("Den Berichten zufolge wurden sechs Menschen erschossen.", "Den Berichten", "media"),  # news reports
])
def test_unnamed_poll_or_study_is_typed_poll_or_study(analyse, text: str, mention: str, kind: str) -> None:
    (claim,) = _claims(analyse(text))
    assert claim.speaker_mention is not None and claim.speaker_mention.text == mention, claim
    assert claim.source_type == kind, claim


def test_org_compound_before_a_name_is_the_persons_title(analyse) -> None:
    result = analyse("Der Streik der GDL legte den Verkehr lahm. GDL-Chef Mario Reiß zeigte sich "
                     "unnachgiebig. Bahn-Personalvorstand Martin Seiler wies das zurück.")
    gdl = next(a for a in result.actors if a.name == "GDL")
    assert "GDL-Chef" not in gdl.aliases, gdl
    roles = {a.name: a.roles for a in result.actors if a.type == "person"}
    assert roles == {"Mario Reiß": ["GDL-Chef"], "Martin Seiler": ["Bahn-Personalvorstand"]}, roles


def test_pronoun_after_an_unnamed_spokesperson_is_that_source(analyse) -> None:
    result = analyse("CDU-Fraktionschef Peter Maier kritisierte den Landrat. Ein Sprecher des Klinikums "
                     "wollte die Zahl weder bestätigen noch dementieren. Er verwies auf laufende Gespräche "
                     "mit dem Betriebsrat.")
    claims = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get("Er verwies a") == ("Klinikum", "institution"), claims


def test_quoted_outlet_name_unknown_to_the_lists_is_an_outlet(analyse) -> None:
    result = analyse("Wie die „Lippische Landes-Zeitung“ berichtete, sollen bis zu 300 Stellen wegfallen.")
    (claim,) = _claims(result)
    assert (_speaker(result, claim), claim.source_type) == ("Lippische Landes-Zeitung", "media"), claim


def test_one_role_per_office_across_articles_and_umlaut_ids(nlp, tmp_path: Path) -> None:
    texts = {"a": "Bundeskanzler Friedrich Merz sagte, Österreich sei ein Partner.",
             "b": "Kanzler Friedrich Merz sagte, die Lage sei ruhig. Kremlsprecher Dmitri Peskow "
                  "widersprach.",
             "c": "Der Kreml-Sprecher Dmitri Peskow sagte, Russland sei bereit."}
    for name, body in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"{name.title()}\n\n{body}\n", encoding="utf-8")
    corpus = build_corpus(list(analyze([read_article(tmp_path / f"{n}.txt") for n in texts], nlp)))
    roles = {a.name: a.roles for a in corpus.actors}
    assert roles["Friedrich Merz"] == ["Bundeskanzler"], roles
    assert len(roles["Dmitri Peskow"]) == 1, roles
    assert "oesterreich" in {a.id for a in corpus.actors}, [a.id for a in corpus.actors]


def test_third_person_e_form_is_konjunktiv_i(analyse) -> None:
    result = analyse("Robert Habeck zieht sich zurück. Auf Instagram schrieb er, er danke allen "
                     "Unterstützern.")
    claims = {c.text: (_speaker(result, c), c.form) for c in _claims(result)}
    assert claims.get("er danke allen Unterstützern") == ("Robert Habeck", "indirect"), claims


def test_party_reference_is_a_party(analyse) -> None:
    result = analyse("Auf Instagram schrieb Robert Habeck, er danke allen. Die Grünen reagierten "
                     "empört. Das sei „stillos“, erklärte ein Parteisprecher.")
    claims = {c.text: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get("Das sei „stillos“") == ("Grüne", "institution"), claims


def test_outlet_spoken_in_is_the_chain_and_das_points_back(analyse) -> None:
    result = analyse("Der frühere Vizekanzler Robert Habeck zieht sich aus der Politik zurück. Das "
                     "kündigte der 56-Jährige im Interview mit dem ZDF an. Im Deutschlandfunk sagte "
                     "Franziska Brantner, ohne ihn wären die Grünen nicht dort, wo sie heute stehen.")
    names = {a.id: a.name for a in result.actors}
    claims = {c.text[:25]: (_speaker(result, c), names.get(c.via or "")) for c in _claims(result)}
    assert claims.get("Der frühere Vizekanzler R") == ("Robert Habeck", "ZDF"), claims
    assert claims.get("ohne ihn wären die Grünen") == ("Franziska Brantner", "Deutschlandfunk"), claims


def test_research_team_speaks_through_its_leader_in_its_journal(analyse) -> None:
    result = analyse("Die Wissenschaftler um den Geologen Joel Hurowitz berichten im Fachjournal "
                     "„Nature“ von ungewöhnlichen Mineralien. Die Funde seien „der bislang stärkste "
                     "Hinweis“ auf früheres Leben, schreiben die Forscher.")
    names = {a.id: a.name for a in result.actors}
    claims = {c.text[:20]: (_speaker(result, c), names.get(c.via or ""), c.form) for c in _claims(result)}
    assert claims.get("Die Wissenschaftler ") == ("Joel Hurowitz", "Nature", "reported"), claims
    assert claims.get("Die Funde seien „der")[0] == "Joel Hurowitz", claims
    assert claims.get("der bislang stärkste")[0] == "Joel Hurowitz", claims
    assert "Nature" not in claims, claims  # a journal's title, not a quotation


def test_name_after_an_institution_noun_is_the_actor(analyse) -> None:
    result = analyse("Die US-Raumfahrtbehörde Nasa sprach von einer „aufregenden Entdeckung“. "
                     "„Außergewöhnliche Behauptungen erfordern Belege“, sagte die Astrobiologin "
                     "Monica Grady.")
    speakers = [_speaker(result, c) for c in _claims(result)]
    assert speakers == ["Nasa", "Monica Grady"], speakers
    assert next(a for a in result.actors if a.name == "Monica Grady").roles == ["Astrobiologin"]


def test_capital_and_ministry_of_a_state_speak_for_it(analyse) -> None:
    result = analyse("Jede Bewegung in Richtung Unabhängigkeit werde „entschlossen zerschlagen“, teilte "
                     "das Außenministerium in Peking mit. Taipeh wies die Drohungen zurück. Der "
                     "Élysée-Palast äußerte sich besorgt und forderte Zurückhaltung.")
    speakers = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert speakers.get("Jede Bewegun") == "China", speakers
    assert speakers.get("Taipeh wies ") == "Taiwan", speakers
    assert speakers.get("Der Élysée-P", "Frankreich") == "Frankreich", speakers
    assert "Élysée-Palast" not in {a.name for a in result.actors}, result.actors


def test_inflected_closed_compound_of_an_unnamed_source(analyse) -> None:
    result = analyse("Brandstiftung werde nicht ausgeschlossen, hieß es aus Ermittlerkreisen. "
                     "Verletzt wurde nach bisherigen Angaben niemand.")
    claims = {c.text[:12]: (c.speaker_mention.text if c.speaker_mention else None, c.source_type)
              for c in _claims(result)}
    assert claims.get("Brandstiftun") == ("Ermittlerkreisen", "anonymous"), claims
    assert claims.get("Verletzt wur", ("",))[0] == "bisherigen Angaben", claims


def test_sagte_with_a_main_clause_in_the_past_form_is_indirect_speech(analyse) -> None:
    result = analyse("VDA-Präsidentin Hildegard Müller sagte, Zölle schadeten am Ende allen. Sie sagte, "
                     "nachdem sie gelandet war.")
    claims = [(c.text, _speaker(result, c), c.form) for c in _claims(result)]
    assert claims == [("Zölle schadeten am Ende allen", "Hildegard Müller", "indirect")], claims


def test_unnamed_group_that_never_speaks_is_no_source(analyse) -> None:
    result = analyse("Die SPD will mehr Beitragszahler gewinnen. Beamte sollen in die Rentenkasse "
                     "einzahlen. Ein Diplomat sagte, das sei unrealistisch.")
    anonymous = [a.name for a in result.actors if a.type == "anonymous"]
    assert anonymous == ["Diplomat"], anonymous


def test_plural_konjunktiv_ii_after_a_quotation_carries_on(analyse) -> None:
    result = analyse("„Die Gewerkschaft nimmt Tausende Reisende in Geiselhaft“, sagte Hauptgeschäftsführer "
                     "Ralph Beisel. Die Arbeitgeber hätten ein faires Angebot vorgelegt.")
    claims = {c.text: (_speaker(result, c), c.form) for c in _claims(result)}
    carried = claims.get("Die Arbeitgeber hätten ein faires Angebot vorgelegt")
    assert carried == ("Ralph Beisel", "indirect"), claims


def test_institution_noun_refers_to_the_named_body_with_that_word(analyse) -> None:
    result = analyse("Vor dem Oberlandesgericht Düsseldorf hat der Prozess begonnen. Das Gericht hat 14 "
                     "Verhandlungstage angesetzt, teilte eine Sprecherin mit.")
    assert [a.name for a in result.actors if a.type == "organization"] == [
        "Oberlandesgericht Düsseldorf"], result.actors


def test_negated_cue_is_none_and_the_next_verb_shares_its_subject(analyse) -> None:
    result = analyse("Ricarda Lang war dabei. Lang widersprach nicht, betonte aber, ihre Partei werde "
                     "beim Klimaschutz keine Abstriche machen. Es sei laut geworden, hieß es aus "
                     "Koalitionskreisen. Teilnehmer berichteten von einer angespannten Atmosphäre.")
    claims = {c.text[:12]: (_speaker(result, c), c.cue.text if c.cue else None, c.source_type)
              for c in _claims(result)}
    assert claims.get("ihre Partei ") == ("Ricarda Lang", "betonte", "person"), claims
    assert claims.get("Es sei laut ") == ("Koalitionskreise", "hieß", "anonymous"), claims
    assert claims.get("Teilnehmer b") == ("Teilnehmer", "berichteten", "anonymous"), claims


def test_pronoun_after_an_unnamed_role_is_not_someone_named_earlier(analyse) -> None:
    result = analyse("„Die Gefahr ist real“, sagte Bundesinnenminister Alexander Dobrindt. Sein Anwalt "
                     "bestreitet die Vorwürfe. Sein Mandant habe „nichts mit Terror zu tun“, sagte er der "
                     "Deutschen Presse-Agentur.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Sein Mandant") == "Anwalt", claims  # the unnamed lawyer, not Dobrindt


def test_company_short_form_and_analyst_title(analyse) -> None:
    result = analyse("Volkswagen erwägt die Schließung von zwei Werken. Ein VW-Sprecher wollte sich nicht "
                     "äußern. Man kommentiere keine Spekulationen, sagte er. Die Kosten seien zu hoch, "
                     "schrieb Jefferies-Analyst Philippe Houchois in einer Studie.")
    claims = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get("Man kommenti") == ("Volkswagen", "institution"), claims
    assert claims.get("Die Kosten s") == ("Philippe Houchois", "person"), claims


def test_genitive_of_a_two_word_institute_with_its_acronym(analyse) -> None:
    result = analyse("Nach Angaben des Robert Koch-Instituts (RKI) starben im vergangenen Sommer mehr als "
                     "3.000 Menschen an den Folgen der Hitze.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Robert Koch-Institut", claim
    assert claim.text.startswith("starben"), claim


def test_role_apposition_with_a_quoted_body_and_plural_experts(analyse) -> None:
    result = analyse("Der Sprecher der Bürgerinitiative „Gegenwind Kirchberg“, Thomas Weber, sieht das "
                     "anders. Die Windräder würden die Landschaft zerstören, sagte er. Das sei eine "
                     "Behauptung, die Experten zufolge nicht belegt ist. Der Betreiber, die Firma "
                     "Windkraft Süd GmbH, will bauen. Man habe alle Auflagen erfüllt, teilte das "
                     "Unternehmen mit.")
    weber = next(a for a in result.actors if a.name == "Thomas Weber")
    assert weber.roles == ["Sprecher der Bürgerinitiative „Gegenwind Kirchberg“"], weber
    assert "die Experten" not in weber.aliases, weber
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Die Windräde") == "Thomas Weber", claims
    assert claims.get("Man habe all") not in {"Gegenwind Kirchberg", None}, claims


def test_council_presidency_feminine_demonym_and_unnamed_economists(analyse) -> None:
    result = analyse("Die EU hat sich auf neue Sanktionen geeinigt. Das teilte die dänische "
                     "Ratspräsidentschaft mit. Die Außenbeauftragte Kaja Kallas sprach von einem Signal. "
                     "Moskau müsse verstehen, dass Europa nicht nachlasse, sagte die Estin. Nach "
                     "Einschätzung von Ökonomen wirken die Maßnahmen.")
    claims = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get("Die EU hat s") == ("Dänemark", "institution"), claims
    assert claims.get("Moskau müsse") == ("Kaja Kallas", "person"), claims
    assert claims.get("wirken die M") == ("Ökonom", "anonymous"), claims


def test_mixed_case_acronym_without_its_place_adjective(analyse) -> None:
    result = analyse("Die Wirtschaft wachse kaum, schreibt das Kieler Institut für Weltwirtschaft (IfW). "
                     "Das IfW rechnet mit einer Rezession.")
    orgs = [(a.name, a.aliases) for a in result.actors if a.type == "organization"]
    assert orgs == [("Kieler Institut für Weltwirtschaft", ["IfW"])], orgs


def test_outlet_spoken_to_after_an_unnamed_speaker_is_the_chain(analyse) -> None:
    result = analyse("„Die Fenster haben gewackelt“, sagte ein Anwohner der dpa. Die Lage sei "
                     "unübersichtlich, sagte eine Sprecherin der Stadt der Deutschen Presse-Agentur. Der "
                     "Brand sei gelöscht, sagte Einsatzleiter Peter Friedrich der Nachrichtenagentur dpa.")
    names = {a.id: a.name for a in result.actors}
    claims = {c.text[:12]: (_speaker(result, c), c.source_type, names.get(c.via or ""))
              for c in _claims(result)}
    assert claims.get("Die Fenster ") == ("Anwohner", "anonymous", "dpa"), claims
    assert claims.get("Die Lage sei") == ("Stadt", "institution", "dpa"), claims
    assert claims.get("Der Brand se") == ("Peter Friedrich", "person", "dpa"), claims


def test_spokesperson_of_a_company_named_by_acronym_or_after_a_noun(analyse) -> None:
    result = analyse("Ein Sprecher des Betreibers BASF sagte, man arbeite mit den Behörden zusammen. "
                     "Ein Evonik-Sprecher sagte, das Werk bleibe zu. Ein RWE-Sprecher sagte, man prüfe "
                     "den Fall.")
    claims = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get("man arbeite ") == ("BASF", "institution"), claims
    assert claims.get("man prüfe de") == ("RWE", "institution"), claims
    assert claims.get("das Werk ble") == ("Evonik", "institution"), claims
    assert not any(q.kind == "unverified" for q in result.questions), result.questions


def test_body_nouns_speak_only_where_no_preposition_governs_them(analyse) -> None:
    result = analyse("In der Stadt brennt es. Dennoch forderte die Stadt die Anwohner auf, die Fenster zu "
                     "schließen. Der Betriebsrat forderte einen Sozialplan.")
    claims = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get("die Fenster ") == ("Stadt", "institution"), claims
    assert claims.get("Der Betriebs") == ("Betriebsrat", "institution"), claims
    stadt = next(a for a in result.actors if a.name == "Stadt")
    assert len(stadt.mentions) == 1, stadt.mentions  # not "In der Stadt"


def test_second_verb_after_a_predicative_participle_shares_the_subject(analyse) -> None:
    result = analyse("Ministerpräsident Alexander Schweitzer (SPD) zeigte sich erschüttert und kündigte "
                     "an, noch am Nachmittag an den Unglücksort zu reisen.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Alexander Schweitzer", claim


def test_a_pronoun_the_tagger_took_for_a_relative_is_no_cue(analyse) -> None:
    result = analyse("Mindestens 17 weitere wurden verletzt, einige von ihnen schwer, wie ein "
                     "Polizeisprecher sagte.")
    (claim,) = _claims(result)
    assert (_speaker(result, claim), claim.cue.text) == ("Polizei", "sagte"), claim


def test_konjunktiv_inside_a_quotation_is_no_second_claim(analyse) -> None:
    result = analyse("„Die Fenster haben gewackelt, ich dachte, ein Flugzeug sei abgestürzt“, sagte "
                     "Peter Müller.")
    claims = [(c.form, c.text) for c in _claims(result)]
    quote = "Die Fenster haben gewackelt, ich dachte, ein Flugzeug sei abgestürzt"
    assert claims == [("direct", quote)], claims


def test_party_member_and_synonymous_role_nouns_refer_back(analyse) -> None:
    result = analyse("CDU-Fraktionsvize Mathias Middelberg äußerte sich skeptisch. SPD-Fraktionschef "
                     "Matthias Miersch widersprach. Die junge Generation dürfe nicht belastet werden, "
                     "mahnte der Christdemokrat. Deren Anwalt David Werdermann sprach von einem guten Tag. "
                     "Sein Verteidiger Bernd Kurz widersprach. Sein Mandant habe in Notwehr gehandelt, "
                     "erklärte der Anwalt. Konzernchef Arnd Franz sprach von harten Zeiten. „Wir müssen "
                     "sparen“, sagte der Manager.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Die junge Ge") == "Mathias Middelberg", claims
    assert claims.get("Sein Mandant") == "Bernd Kurz", claims
    assert claims.get("Wir müssen s") == "Arnd Franz", claims


def test_court_referred_to_by_its_judges_senate_and_a_place_adjective(analyse) -> None:
    result = analyse("Das Bundesverfassungsgericht hat das Polizeigesetz gekippt. Die Befugnisse griffen "
                     "unverhältnismäßig in die Grundrechte ein, urteilten die Karlsruher Richter. Zugleich "
                     "stellte der Senat klar, dass die Polizei Daten erheben darf. Der Autozulieferer Mahle "
                     "streicht Stellen. Das kündigte das Stuttgarter Unternehmen an.")
    claims = {c.text[:12]: (c.form, _speaker(result, c)) for c in _claims(result)}
    assert claims.get("Die Befugnis") == ("indirect", "Bundesverfassungsgericht"), claims
    assert claims.get("die Polizei ") == ("indirect", "Bundesverfassungsgericht"), claims
    assert claims.get("Der Autozuli") == ("indirect", "Mahle"), claims
    assert not any("Stuttgarter" in a.name or "Richter" in a.name for a in result.actors), result.actors


def test_given_name_and_short_club_name_are_the_full_names(analyse) -> None:
    result = analyse("Hertha BSC trennt sich von Trainer Stefan Leitl. „Wir haben Stefan viel zu "
                     "verdanken“, sagte Sportdirektor Benjamin Weber. Hertha wollte das nicht kommentieren. "
                     "Ob Leitl bleiben könnte, ließ Weber offen.")
    names = sorted(a.name for a in result.actors)
    assert names == ["Benjamin Weber", "Hertha BSC", "Stefan Leitl"], names
    assert not any(c.text.startswith("Leitl bleiben") for c in _claims(result)), _claims(result)


def test_town_after_a_mayors_title_is_no_person(analyse) -> None:
    result = analyse("Die Bürgermeisterin von Bad Kreuzbach, Sabine Lorenz, hat den Stadtrat zur Eile "
                     "gemahnt.")
    (claim,) = _claims(result)
    lorenz = next(a for a in result.actors if a.name == "Sabine Lorenz")
    assert _speaker(result, claim) == "Sabine Lorenz", claim
    assert lorenz.roles == ["Bürgermeisterin von Bad Kreuzbach"], lorenz
    assert not any(a.name == "Bad Kreuzbach" for a in result.actors), result.actors


def test_poll_by_a_named_institute_and_its_share_of_respondents(analyse) -> None:
    result = analyse("Laut einer Umfrage von Infratest dimap im Auftrag der ARD halten 71 Prozent der "
                     "Eltern ein Handyverbot für sinnvoll. Nur 22 Prozent sprachen sich dagegen aus.")
    claims = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get("halten 71 Pr") == ("Infratest dimap", "poll"), claims
    # (the share of respondents answered that poll: the institute's finding, thirty-fifth session)
    assert claims.get("Nur 22 Proze") == ("Infratest dimap", "poll"), claims
    assert "ARD" in {a.name for a in result.actors}, result.actors


def test_text_that_says_it_cannot_check_is_an_unverified_point(analyse) -> None:
    result = analyse("Die Angaben beider Seiten lassen sich nicht unabhängig überprüfen.")
    assert [q.kind for q in result.questions] == ["unverified"], result.questions


def test_hedges_leave_out_obligation_and_condition_and_keep_claimed_wollen(analyse) -> None:
    result = analyse("Ein anderer Zeuge will Flammen gesehen haben. „Wir sollten nicht dramatisieren“, "
                     "sagte Peter Müller. Sollte der Rat festhalten, werde man klagen, sagte Müller. Die "
                     "Zahl der Opfer sollte noch steigen.")
    hedges = {c.text[:12]: c.hedges for c in result.claims}
    assert hedges.get("Ein anderer ") == ["will"], hedges
    assert hedges.get("Wir sollten ") == [], hedges
    assert hedges.get("Sollte der R") == [], hedges
    assert hedges.get("Die Zahl der") == ["sollte"], hedges


def test_state_adjective_before_its_account_is_the_state(analyse) -> None:
    result = analyse("Nach ukrainischen Angaben befinden sich noch 8000 Ukrainer in Gefangenschaft. "
                     "Britische Touristen berichteten von Chaos.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("befinden sic") == "Ukraine", claims
    assert claims.get("Britische To") != "Großbritannien", claims


def test_person_who_explains_a_bodys_view_speaks(analyse) -> None:
    result = analyse("Nach Ansicht der AfD-Fraktion geht die Reform nicht weit genug, wie deren "
                     "Sozialexperte René Springer erklärte.")
    (claim,) = _claims(result)
    assert (claim.text, _speaker(result, claim)) == ("geht die Reform nicht weit genug", "René Springer")


def test_colon_after_a_verb_of_reply_introduces_the_message(analyse) -> None:
    result = analyse("Der SPD-Politiker Ralf Stegner hielt dagegen: Gerade die Jüngeren profitierten "
                     "von einem stabilen Rentenniveau.")
    (claim,) = _claims(result)
    assert (_speaker(result, claim), claim.cue_class) == ("Ralf Stegner", "denial"), claim
    assert claim.text.startswith("Gerade die Jüngeren"), claim


def test_chain_through_insiders_with_a_long_modifier(analyse) -> None:
    result = analyse("Wie die Nachrichtenagentur Reuters unter Berufung auf drei mit den Gesprächen "
                     "vertraute Insider berichtete, könnten die Gespräche bald beginnen.")
    names = {a.id: a.name for a in result.actors}
    (claim,) = _claims(result)
    assert (_speaker(result, claim), names.get(claim.via or "")) == ("Reuters", "Insider"), claim


def test_compound_report_nouns_name_their_source(analyse) -> None:
    result = analyse("Die Polizei sperrte die Straße. Nach Polizeiangaben waren die Männer zuvor in Streit "
                     "geraten. Die CDU kommt laut ZDF-Hochrechnung auf 34 Prozent. Nach dpa-Informationen "
                     "will der Konzern 500 Stellen streichen.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("waren die Mä") == "Polizei", claims
    assert claims.get("Die CDU komm") == "ZDF", claims
    assert claims.get("will der Kon") == "dpa", claims


def test_unnamed_account_after_nach_goes_on_with_the_speaker_before(analyse) -> None:
    result = analyse("Der Fahrer sei zu schnell gewesen, sagte ein Polizeisprecher. Nach ersten "
                     "Erkenntnissen sei er zudem alkoholisiert gewesen.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("sei er zudem") == "Polizei", claims


def test_broadcasters_and_magazines_spoken_to_are_the_chain(analyse) -> None:
    result = analyse("„Das ist ein bitterer Abend“, sagte Petra Grimm-Benne im MDR. „Den Elfmeter kann man "
                     "geben“, sagte Trainer Sebastian Hoeneß bei Sky. Im Interview mit dem „Stern“ sagte "
                     "Til Schweiger, er habe Fehler gemacht. Der Stern leuchtet hell, sagte ein Astronom.")
    names = {a.id: a.name for a in result.actors}
    vias = {c.text[:12]: names.get(c.via or "") for c in _claims(result)}
    assert vias == {"Das ist ein ": "MDR", "Den Elfmeter": "Sky", "er habe Fehl": "Stern",
                    "Der Stern le": None}, vias


def test_army_spokesperson_military_and_investigators_are_institutions(analyse) -> None:
    result = analyse("Israels Armee griff Ziele in Gaza an. Ein Armeesprecher sagte, man habe Terroristen "
                     "getroffen. Nach Angaben des israelischen Militärs wurden 20 Ziele getroffen. Die "
                     "Polizei nahm einen Mann fest. Die Ermittler gehen davon aus, dass sich Opfer und Täter "
                     "kannten.")
    claims = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert claims.get("man habe Ter") == ("Israel", "institution"), claims
    assert claims.get("wurden 20 Zi") == ("Israel", "institution"), claims
    assert claims.get("sich Opfer u") == ("Polizei", "institution"), claims
    assert not [q for q in result.questions if q.kind == "unverified"], result.questions


def test_agent_of_a_nominative_participle_attribute_and_a_club_genitive(analyse) -> None:
    result = analyse("Unter den Toten seien zwölf Kinder, teilte das von der Hamas kontrollierte "
                     "Gesundheitsministerium mit. „Wir haben Mentalität gezeigt“, sagte Freiburgs Trainer "
                     "Julian Schuster nach dem Spiel.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims == {"Unter den To": "Gesundheitsministerium", "Wir haben Me": "Julian Schuster"}, claims


def test_demonym_synonymous_office_and_descriptive_nouns_after_the_cue(analyse) -> None:
    result = analyse("„Wir sind nah dran“, sagte EU-Ratspräsident António Costa. Es gehe um Europa, "
                     "sagte der Portugiese. Ministerpräsident Benjamin Netanjahu bekräftigte seine Linie. "
                     "Die Hamas müsse zerschlagen werden, sagte der Regierungschef. Der Klimaforscher "
                     "Stefan Rahmstorf sieht einen Beleg. Die Häufung sei nicht zu erklären, sagte der "
                     "Ozeanograf. Sein Anwalt Christian Schertz kündigte Schritte an. „Hier wird ein Mensch "
                     "vorverurteilt“, sagte der Medienrechtler der „Bild“-Zeitung.")
    names = {a.id: a.name for a in result.actors}
    claims = {c.text[:12]: (_speaker(result, c), names.get(c.via or "")) for c in _claims(result)}
    assert claims.get("Es gehe um E") == ("António Costa", None), claims
    assert claims.get("Die Hamas mü") == ("Benjamin Netanjahu", None), claims
    assert claims.get("Die Häufung ") == ("Stefan Rahmstorf", None), claims
    assert claims.get("Hier wird ei") == ("Christian Schertz", "Bild"), claims


def test_quoted_by_an_outlet_in_the_passive_and_possessive_and_generic_sources(analyse) -> None:
    result = analyse("Ministerpräsident Sven Schulze wurde von der „Bild“ mit den Worten zitiert: „Wir "
                     "regieren weiter.“ Datenschützer Thomas Petri kündigte eine Prüfung an. Zuständig ist "
                     "nach seinen Worten das Landesamt. Der VfB verlor. Der Stürmer dürfte nach Angaben des "
                     "Vereins fehlen.")
    names = {a.id: a.name for a in result.actors}
    claims = {c.text[:12]: (_speaker(result, c), names.get(c.via or "")) for c in _claims(result)}
    assert claims.get("Wir regieren") == ("Sven Schulze", "Bild"), claims
    assert claims.get("Zuständig is") == ("Thomas Petri", None), claims
    assert claims.get("Der Stürmer ") == ("VfB", None), claims


def test_wie_es_hiess_is_an_unnamed_source(analyse) -> None:
    result = analyse("Orbán lehnte ab. Ungarn werde nicht zustimmen, sagte er. Wie es in Brüssel hieß, wird "
                     "nun über eine Lösung ohne Ungarn nachgedacht. Die übrigen Staaten könnten die Mittel "
                     "demnach bilateral bereitstellen.")
    claims = {c.text[:12]: (c.speaker, c.source_type) for c in _claims(result)}
    assert claims.get("wird nun übe") == (None, "unattributed"), claims
    assert claims.get("Die übrigen ") == (None, "unattributed"), claims


def test_spurious_persons_and_capital_as_place(analyse) -> None:
    result = analyse("Die Angriffe richteten sich gegen Stellungen der Hamas in Chan Junis. Frankreichs "
                     "Präsident Emmanuel Macron stieß ins selbe Horn. SPD-Generalsekretär Matthias Miersch "
                     "sprach in Berlin von einem „schmerzhaften Ergebnis“.")
    names = sorted(a.name for a in result.actors)
    assert names == ["Emmanuel Macron", "Frankreich", "Hamas", "Matthias Miersch"], names


def test_roles_keep_compound_heads_and_names_lose_descriptions(analyse) -> None:
    result = analyse("„Wir sind nah dran“, sagte EU-Ratspräsident António Costa. AfD-Landeschef Martin "
                     "Reichardt widersprach. Bei dem Münchner Vergleichsportal Tarifo sind Daten gestohlen "
                     "worden, teilte das Unternehmen mit.")
    roles = {a.name: a.roles for a in result.actors if a.type == "person"}
    assert roles == {"António Costa": ["EU-Ratspräsident"], "Martin Reichardt": ["AfD-Landeschef"]}, roles
    orgs = [a.name for a in result.actors if a.type == "organization"]
    assert orgs == ["Tarifo"], orgs


def test_acronym_in_the_title_is_the_name_spelled_out_later(tmp_path, nlp) -> None:
    path = tmp_path / "dwd.md"
    path.write_text("---\ntitle: \"DWD: Herbst war der wärmste seit 1881\"\ndate: 2026-11-20\n---\n\n"
                    "Der Herbst war der wärmste seit 1881. Das teilte der Deutsche Wetterdienst (DWD) am "
                    "Montag mit.\n", encoding="utf-8")
    result = next(analyze([read_article(path)], nlp))
    orgs = [(a.name, a.aliases) for a in result.actors if a.type == "organization"]
    assert orgs == [("Deutscher Wetterdienst", ["DWD", "Deutsche Wetterdienst"])], orgs


def test_word_only_a_headline_has_is_no_person(tmp_path, nlp) -> None:
    path = tmp_path / "leck.md"
    path.write_text("---\ntitle: Datenleck bei Vergleichsportal – Millionen Kundendaten betroffen\n"
                    "date: 2026-11-20\n---\n\nBei dem Portal Tarifo sind Daten gestohlen worden.\n",
                    encoding="utf-8")
    result = next(analyze([read_article(path)], nlp))
    assert not [a.name for a in result.actors if a.type == "person"], result.actors


def test_conditional_with_looming_fine_is_one_claim_of_the_speaker(analyse) -> None:
    result = analyse("Sollte sich bestätigen, dass das Unternehmen Standards missachtet habe, drohe ein "
                     "Bußgeld, sagte Thomas Petri der Deutschen Presse-Agentur.")
    claims = [(c.text[:12], _speaker(result, c)) for c in _claims(result)]
    assert claims == [("Sollte sich ", "Thomas Petri")], claims


def test_konjunktiv_ii_continuation_and_a_noun_that_looks_like_a_verb(analyse) -> None:
    result = analyse("Nach Angaben der Polizei waren die Männer in Streit geraten. Zeugen hätten beobachtet, "
                     "wie der Streit eskaliert sei. „Ich habe einfach draufgehalten“, sagte Trainer Ritsu "
                     "Doan. Der Japaner hatte zuletzt drei Spiele verpasst.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Zeugen hätte") == "Polizei", claims
    assert "Der Japaner " not in claims, claims


def test_title_after_the_comma_of_an_apposition_and_a_second_verb_with_aber(analyse) -> None:
    result = analyse("„Die Ermittlungen stehen am Anfang“, sagte Oberstaatsanwalt Christoph Mackel. Der "
                     "Verteidiger des Mannes, Rechtsanwalt Jan Hoffmann, kündigte an, Beschwerde einzulegen. "
                     "Die Firma bestätigte einen „Sicherheitsvorfall“, nannte aber keine Zahlen.")
    claims = {c.text[:12]: (c.form, _speaker(result, c)) for c in _claims(result)}
    assert claims.get("Beschwerde e") == ("indirect", "Jan Hoffmann"), claims
    assert not any(form == "direct" and text.startswith("Die Firma") for text, (form, _) in claims.items())
    mackel = next(a for a in result.actors if a.name == "Christoph Mackel")
    assert mackel.roles == ["Oberstaatsanwalt"], mackel


def test_capital_letter_name_ends_the_sentence_before_an_article(analyse) -> None:
    result = analyse("„Es gibt keinen sicheren Ort mehr“, schrieb UNRWA-Chef Philippe Lazzarini auf der "
                     "Plattform X. Die humanitäre Lage verschlechtere sich von Tag zu Tag. Laut Donald J. "
                     "Trump ist alles gut.")
    claims = [(c.text[:12], _speaker(result, c)) for c in _claims(result)]
    assert ("Die humanitä", "Philippe Lazzarini") in claims, claims
    assert not any(text.startswith("Trump") for text, _ in claims), claims


def test_hedges_of_a_relative_clause_on_the_speaker_and_reported_wuerden(analyse) -> None:
    result = analyse("Grünen-Chef Felix Banaszak, dessen Partei den Einzug verpassen könnte, sprach von "
                     "einer „Zitterpartie“. Die Preise würden weiter steigen, sagte Klaus Müller. Das könnte "
                     "teuer werden, sagte Müller.")
    hedges = {c.text[:12]: c.hedges for c in _claims(result)}
    assert hedges.get("Zitterpartie") == [], hedges
    assert hedges.get("Die Preise w") == [], hedges
    assert hedges.get("Das könnte t") == ["könnte"], hedges


def test_given_name_after_an_age_and_a_generic_noun_inside_a_name(analyse) -> None:
    result = analyse("„Ich finde es unfair“, sagt die 14-jährige Lena. Die EZB hat den Leitzins gesenkt. "
                     "Nach Einschätzung des Instituts der deutschen Wirtschaft (IW) dürfte das kaum helfen.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Ich finde es") == "Lena", claims
    assert claims.get("dürfte das k") != "Europäische Zentralbank", claims


def test_closing_wie_clause_names_the_source_of_the_main_clause(analyse) -> None:
    result = analyse("Die Gewerkschaft fordert acht Prozent mehr Lohn, wie ein Sprecher der EVG sagte.")
    (claim,) = _claims(result)
    assert (claim.text, _speaker(result, claim)) == ("Die Gewerkschaft fordert acht Prozent mehr Lohn", "EVG")


def test_named_spokespeople_outlets_and_unnamed_soldiers(analyse) -> None:
    result = analyse("US-Präsident Donald Trump drohte mit einem Shutdown. Trumps Sprecherin Karoline "
                     "Leavitt sagte, die Verantwortung liege bei der Opposition. Merz' Sprecher Stefan "
                     "Kornelius sagte, der Kanzler sei zuversichtlich. Ein ukrainischer Offizier sagte der "
                     "Nachrichtenagentur AFP, seiner Einheit fehle Munition. Die Senatorin Lisa Murkowski "
                     "widersprach. Ein Shutdown treffe vor allem Beamte, sagte die 69-Jährige dem Sender "
                     "CNN. "
                     "„Wir sind am Limit“, zitierte die „Bild“-Zeitung Städtetagspräsident Burkhard Jung. "
                     "„Die EZB lockert zu zaghaft“, kritisierte Commerzbank-Chefvolkswirt Jörg Krämer.")
    names = {a.id: a.name for a in result.actors}
    claims = {c.text[:12]: (_speaker(result, c), names.get(c.via or "")) for c in _claims(result)}
    assert claims.get("die Verantwo") == ("Karoline Leavitt", None), claims
    assert claims.get("der Kanzler ") == ("Stefan Kornelius", None), claims
    assert claims.get("seiner Einhe") == ("ukrainischer Offizier", "AFP"), claims
    assert claims.get("Ein Shutdown") == ("Lisa Murkowski", "CNN"), claims
    assert claims.get("Wir sind am ") == ("Burkhard Jung", "Bild"), claims
    assert claims.get("Die EZB lock") == ("Jörg Krämer", None), claims


def test_unlisted_institution_in_a_genitive_source_and_demnach_after_it(analyse) -> None:
    result = analyse("Versicherte warten länger auf einen Termin. Das geht aus einer Auswertung des "
                     "GKV-Spitzenverbands hervor, die der Deutschen Presse-Agentur vorliegt. Demnach mussten "
                     "Patienten 42 Tage warten.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Versicherte ") == "GKV-Spitzenverband", claims
    assert claims.get("mussten Pati") == "GKV-Spitzenverband", claims


def test_church_agencies_central_bank_and_authority_references(analyse) -> None:
    result = analyse("Die Kommunen seien am Limit, sagte Burkhard Jung dem Evangelischen Pressedienst. Das "
                     "sei ernst, sagte er den Zeitungen der Funke Mediengruppe. Die EZB hat den Leitzins "
                     "gesenkt. Der Satz liegt bei 1,75 Prozent, wie die Notenbank mitteilte. Die "
                     "Bundesnetzagentur "
                     "prüft den Fall. Die Behörde teilte mit, man sehe keine Manipulation. Die Kosten der "
                     "Mission beziffert die ESA auf 300 Millionen Euro.")
    names = {a.id: a.name for a in result.actors}
    claims = {c.text[:12]: (_speaker(result, c), names.get(c.via or "")) for c in _claims(result)}
    assert claims.get("Die Kommunen") == ("Burkhard Jung", "epd"), claims
    assert claims.get("Das sei erns") == ("Burkhard Jung", "Funke Mediengruppe"), claims
    assert claims.get("Der Satz lie") == ("Europäische Zentralbank", None), claims
    assert claims.get("man sehe kei") == ("Bundesnetzagentur", None), claims
    assert claims.get("Die Kosten d") == ("ESA", None), claims


def test_fronted_verification_sentence_is_unverified(analyse) -> None:
    result = analyse("Beide Seiten meldeten Erfolge. Unabhängig überprüfen lassen sich die Angaben nicht.")
    assert [q.kind for q in result.questions] == ["unverified"], result.questions


def test_name_and_colon_in_the_title_is_that_speakers_claim(tmp_path, nlp) -> None:
    path = tmp_path / "merz.md"
    path.write_text("---\ntitle: \"Merz: Wir schaffen das\"\ndate: 2026-11-20\n---\n\n"
                    "Bundeskanzler Friedrich Merz hat sich zuversichtlich gezeigt.\n", encoding="utf-8")
    result = next(analyze([read_article(path)], nlp))
    claims = [(c.text, _speaker(result, c)) for c in _claims(result)]
    assert claims == [("Wir schaffen das", "Friedrich Merz")], claims
    assert not [q for q in result.questions if q.kind == "missing_voice"], result.questions


def test_dated_plan_with_soll_is_no_hedge(analyse) -> None:
    result = analyse("Das Gesetz soll im Januar in Kraft treten. Die Sonde soll 2029 starten. Der Täter soll "
                     "im Januar geflohen sein.")
    hedges = {c.text[:12]: c.hedges for c in result.claims}
    assert hedges.get("Das Gesetz s") == [] and hedges.get("Die Sonde so") == [], hedges
    assert hedges.get("Der Täter so") == ["soll"], hedges
    planned = [q for q in result.questions if q.text.startswith(("Das Gesetz", "Die Sonde"))]
    assert not planned, result.questions


def test_analysts_of_an_institute_and_a_second_verb_with_aber(analyse) -> None:
    result = analyse("Die Soldaten hätten mehrere Dörfer erobert, schrieben Analysten des US-amerikanischen "
                     "Instituts für Kriegsstudien (ISW). Der Deutsche Städtetag begrüßte die Zahlen, mahnte "
                     "aber mehr Geld für die Integration an.")
    claims = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    # (the institute by its full name, its acronym an alias)
    assert claims.get("Die Soldaten") == ("Institut für Kriegsstudien", "institution"), claims
    assert "ISW" in next(a.aliases for a in result.actors if a.name == "Institut für Kriegsstudien")
    assert claims.get("Der Deutsche") == ("Deutscher Städtetag", "institution"), claims
    assert not [q for q in result.questions if q.kind == "unverified"], result.questions


def test_outlets_poll_among_economists_is_the_outlets_poll(analyse) -> None:
    result = analyse("Laut einer Reuters-Umfrage unter 60 Ökonomen rechnet eine deutliche Mehrheit mit "
                     "einer Pause.")
    (claim,) = _claims(result)
    found = (claim.text[:12], _speaker(result, claim), claim.source_type)
    assert found == ("rechnet eine", "Reuters", "poll"), claim


def test_entourage_is_an_unnamed_source_not_the_person(analyse) -> None:
    result = analyse("Kanzler Merz schweigt. „Die Lage ist ernst“, hieß es aus dem Umfeld von Kanzler Merz.")
    (claim,) = _claims(result)
    assert (_speaker(result, claim), claim.source_type) == ("Umfeld von Kanzler Merz", "anonymous"), claim


def test_name_with_its_acronym_after_it_is_the_acronyms_actor(analyse) -> None:
    result = analyse("Die Europäische Weltraumorganisation ESA hat eine Sonde gestartet. Die Kosten "
                     "beziffert die ESA auf 300 Millionen Euro. Die Deutsche Bank AG meldete Gewinne.")
    orgs = sorted(a.name for a in result.actors if a.type == "organization")
    assert "ESA" in orgs and not any("Weltraumorganisation" in o for o in orgs), orgs
    assert not any(o == "AG" for o in orgs), orgs


def test_object_pronoun_after_wer_is_not_the_speaker_mention(analyse) -> None:
    result = analyse("Arbeitsministerin Bärbel Bas verteidigte die Haltelinie. Diese sei ein Versprechen, "
                     "sagte die Ministerin. Wer sie infrage stelle, spiele mit dem Vertrauen.")
    claim = next(c for c in _claims(result) if c.text.startswith("Wer sie"))
    assert _speaker(result, claim) == "Bärbel Bas", claim
    assert claim.speaker_mention is None or claim.speaker_mention.text != "sie", claim


def test_spokesperson_of_a_multiword_body_names_all_of_it(analyse) -> None:
    result = analyse("Eine Sprecherin des Nationalen Sicherheitsrats sagte, man prüfe die Berichte.")
    (claim,) = _claims(result)
    assert claim.speaker_mention.text == "Eine Sprecherin des Nationalen Sicherheitsrats", claim


def test_reports_and_forecasts_of_named_bodies_are_no_polls(analyse) -> None:
    result = analyse("Einem Bericht der „Süddeutschen Zeitung“ zufolge soll die Lücke seit dem Sommer "
                     "bestanden haben. Nach Prognosen des Deutschen Wetterdienstes wird es stürmisch.")
    types = {c.text[:12]: c.source_type for c in _claims(result)}
    assert types.get("soll die Lüc") == "media", types
    assert types.get("wird es stür") == "institution", types


def test_demonym_skips_a_person_whose_office_has_another_nationality(analyse) -> None:
    result = analyse("EU-Ratspräsident António Costa traf am Montag Bundeskanzler Friedrich Merz. „Wir sind "
                     "nah dran“, sagte der Portugiese.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "António Costa", claim


def test_club_name_in_the_title_is_no_acronym(tmp_path, nlp) -> None:
    path = tmp_path / "hertha.md"
    path.write_text("---\ntitle: Hertha BSC trennt sich von Trainer Leitl\ndate: 2026-11-20\n---\n\n"
                    "Hertha BSC hat Trainer Stefan Leitl entlassen.\n", encoding="utf-8")
    result = next(analyze([read_article(path)], nlp))
    orgs = [a.name for a in result.actors if a.type == "organization"]
    assert orgs == ["Hertha BSC"], orgs


def test_title_the_model_calls_plural_but_whose_form_is_singular(analyse) -> None:
    result = analyse("Commerzbank-Chefvolkswirt Jörg Krämer sagte, die Lage sei ernst.")
    roles = {a.name: a.roles for a in result.actors if a.type == "person"}
    assert roles.get("Jörg Krämer") == ["Commerzbank-Chefvolkswirt"], roles


def test_quoted_words_inside_reported_speech_belong_to_the_reporting_speaker(analyse) -> None:
    result = analyse("Peskow sagte, Moskau sehe derzeit „keine Grundlage“ für Gespräche.")
    speakers = {c.text: _speaker(result, c) for c in _claims(result)}
    assert speakers.get("keine Grundlage") == "Peskow", speakers


def test_preposition_zu_does_not_end_reported_speech(analyse) -> None:
    result = analyse("Der Minister Peter Müller sagte, er sei zu Gesprächen bereit, werde aber keine "
                     "Zugeständnisse machen.")
    (claim,) = _claims(result)
    assert claim.text == "er sei zu Gesprächen bereit, werde aber keine Zugeständnisse machen", claim


@pytest.mark.parametrize("body", [
    "Danach verfügte eine „große Koalition“ aus SPD und CDU/CSU über 59 Prozent der Sitze.",
    "Im „historischen Saal“ der alten Spinnerei in Bielefeld wurden am Freitag die Preise verliehen.",
])
def test_quoted_term_without_verb_or_speaker_is_no_quote(analyse, body: str) -> None:
    assert _claims(analyse(body)) == []


def test_quoted_predicate_is_still_someones_words(analyse) -> None:
    result = analyse("Die Betreiberfirma meldete einen Schaden. Es soll sich um zehn Millionen Liter "
                     "Kühlwasser handeln, das „schwach radioaktiv“ sein soll.")
    assert "schwach radioaktiv" in [c.text for c in _claims(result)]


def test_zu_infinitive_complement_followed_by_another_clause(analyse) -> None:
    result = analyse("Das Parlament forderte die Regierung auf, das geplante Gesetz schnellstmöglich "
                     "zurückzunehmen, da es den Grundrechten widerspricht.")
    (claim,) = _claims(result)
    assert claim.form == "indirect", claim
    assert claim.text.startswith("das geplante Gesetz schnellstmöglich zurückzunehmen"), claim
    assert _speaker(result, claim) == "Das Parlament"


@pytest.mark.parametrize(("body", "text"), [
    ("Dem Politiker wird nachgesagt, Kontakte zu Extremisten zu unterhalten.",
     "Kontakte zu Extremisten zu unterhalten"),
    ("Der Minister wies die Behörden an, die Grenze sofort zu schließen.", "die Grenze sofort zu schließen"),
])
def test_nachsagen_and_anweisen_with_a_zu_infinitive(analyse, body: str, text: str) -> None:
    assert text in [c.text for c in _claims(analyse(body))]


def test_erklaeren_fuer_is_declaring_not_saying(analyse) -> None:
    result = analyse("Einen „Plan B“ - für den Fall, dass entweder der Bundespräsident oder das "
                     "Bundesverfassungsgericht das Verfahren für grundgesetzwidrig erklären sollten, gäbe es "
                     "nicht, sagte der SPD-Vorsitzende Franz Müntefering.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Franz Müntefering"
    assert claim.text.startswith("Einen „Plan B“"), claim
    assert claim.hedges == []  # "sollten" in a condition is no hedge


def test_quotation_that_ends_a_speech_act_is_its_only_claim(analyse) -> None:
    result = analyse("Der Kommissionspräsident der Afrikanischen Union, Moussa Faki, nannte dies "
                     "einen „Militärputsch“.")
    (claim,) = _claims(result)
    assert (claim.form, claim.text) == ("direct", "Militärputsch"), claim
    assert _speaker(result, claim) == "Moussa Faki"
    assert claim.cue is not None and claim.cue.text == "nannte"


@pytest.mark.parametrize("body", [
    "Das staatliche Fernsehen berichtete von „schweren Verlusten des Feindes“ bei der Eroberung der Stadt.",
    "Kremlsprecher Dmitri Peskow nannte die Berichte am Freitag „absurd“.",  # what was called absurd
])
def test_speech_act_that_says_more_than_its_quotation_stays(analyse, body: str) -> None:
    assert "reported" in [c.form for c in _claims(analyse(body))]


def test_quoted_phrase_of_three_or_more_words_stays_a_quotation(analyse) -> None:
    result = analyse("Das Gericht hat hohe Hürden gesetzt. Als weiterer zulässiger Grund gilt die "
                     "Gefahrenabwehr bei Angriffen auf „den Bestand des Staates“.")
    assert ("direct", "den Bestand des Staates") in [(c.form, c.text) for c in _claims(result)]


def test_unknown_role_in_a_new_paragraph_is_not_the_last_person_named(analyse) -> None:
    result = analyse("Die Zeitung berichtete über den Einsatz. Prinz Harry war monatelang in Afghanistan.\n\n"
                     "Der Kommissar sagte, das Gesetz verstoße gegen EU-Recht.")
    claim = next(c for c in _claims(result) if c.text.startswith("das Gesetz"))
    assert _speaker(result, claim) == "Der Kommissar", claim


def test_speakers_joined_by_und_make_the_claim_together(analyse) -> None:
    result = analyse("Bundeskanzler Friedrich Merz und Präsident Emmanuel Macron erklärten am Montag, die "
                     "Ukraine müsse mit am Verhandlungstisch sitzen. Europol und Interpol teilten mit, die "
                     "Bande sei zerschlagen. Merz oder Macron werden reisen, sagte ein Sprecher.")
    names = {a.id: a.name for a in result.actors}
    together = {c.text[:12]: (names.get(c.speaker or ""), [names[x] for x in c.co_speakers])
                for c in _claims(result)}
    assert together["die Ukraine "] == ("Friedrich Merz", ["Emmanuel Macron"]), together
    assert together["die Bande se"] == ("Europol", ["Interpol"]), together
    assert together["Merz oder Ma"][1] == [], together
    claim = next(c for c in _claims(result) if c.co_speakers == ["interpol"])
    assert claim.speaker_mention.text == "Europol und Interpol"


def test_unnamed_outlets_and_anonymous_speakers_are_typed_and_questioned(analyse) -> None:
    result = analyse("US-Medien berichteten, Trump wolle die Zölle erhöhen. Eine der Frauen, die anonym "
                     "bleiben möchte, sagte, sie habe Angst.")
    types = {c.text[:12]: c.source_type for c in _claims(result)}
    assert types == {"Trump wolle ": "media", "sie habe Ang": "anonymous"}, types
    why = {q.text[:12]: q.why for q in result.questions if q.kind == "unverified"}
    assert "US-Medien" in why["Trump wolle "] and "Eine der Frauen" in why["sie habe Ang"], why


def test_unknown_role_is_not_a_known_office_holder(analyse) -> None:
    result = analyse("Trump will die Zölle erhöhen. Mehrere Zeitungen berichteten, der Minister trete "
                     "zurück.")
    trump = next(a for a in result.actors if a.name == "Trump")
    assert trump.roles == [] and "der Minister" not in trump.aliases, trump


def test_capitalised_adjective_with_its_article_is_the_speaker(analyse) -> None:
    result = analyse("Der Schiedsrichter hat gestanden. Als Beispiel nannte der Berliner das "
                     "Regionalligaspiel FC Sachsen Leipzig gegen Erzgebirge Aue.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "der Berliner", claim


def test_carried_on_joint_statement_keeps_its_co_speakers(analyse) -> None:
    result = analyse("Staatsanwaltschaft und Polizei teilten mit, der Mann sei festgenommen worden. Er soll "
                     "Kontakt zur Terrormiliz IS gehabt haben.")
    carried = next(c for c in _claims(result) if c.text.startswith("Er soll"))
    assert carried.co_speakers == ["polizei"], carried


def test_anonymous_speaker_question_names_the_speaker_not_the_outlet(analyse) -> None:
    result = analyse("Eine der Frauen, die anonym bleiben möchte, schilderte dem „Spiegel“, sie habe sich "
                     "damals nicht getraut, den Vorfall zu melden.")
    (question,) = [q for q in result.questions if q.kind == "unverified"]
    assert "(Eine der Frauen)" in question.why, question.why


def test_age_reference_after_an_unnamed_person_is_not_someone_named_before(analyse) -> None:
    result = analyse("Verdi-Chef Frank Werneke sagte in Berlin, die Beschäftigten hätten die Geduld "
                     "verloren.\n\nEin Busfahrer aus Hamburg, der nicht namentlich genannt werden wollte, "
                     "sagte, viele Kollegen arbeiteten an der Belastungsgrenze. „Wir fahren mit Personal, "
                     "das eigentlich für einen halben Betrieb reicht“, sagte der 52-Jährige.")
    quote = next(c for c in _claims(result) if c.form == "direct")
    assert _speaker(result, quote) == "Busfahrer" and quote.source_type == "anonymous", quote


def test_demonym_is_nobody_when_the_text_names_the_country_but_ties_no_one_to_it(analyse) -> None:
    result = analyse("Der FC Bayern steht vor der Verpflichtung des kanadischen Nationalspielers Jonathan "
                     "David. Sportvorstand Max Eberl wollte den Bericht nicht kommentieren.\n\n"
                     "Nach Angaben des Fachmagazins „Kicker“ hat der Kanadier zuletzt auch Angebote aus "
                     "England und Italien erhalten. Juventus Turin oder der FC Arsenal seien aber inzwischen "
                     "aus dem Rennen, hieß es.")
    eberl = next(a for a in result.actors if a.name == "Max Eberl")
    assert "der Kanadier" not in eberl.aliases, eberl
    claim = next(c for c in _claims(result) if c.text.startswith("Juventus"))
    assert _speaker(result, claim) == "Kicker", claim  # "hieß es" goes on with the Kicker's account


def test_nach_eigenen_angaben_ends_before_the_object(analyse) -> None:
    result = analyse("Die israelische Armee hat nach eigenen Angaben Ziele der Hisbollah angegriffen.")
    (claim,) = _claims(result)
    names = {a.id: a.name for a in result.actors}
    assert names.get(claim.speaker or "") == "Israel", claim


def test_pronoun_after_an_unnamed_speaker_is_not_a_woman_named_earlier(analyse) -> None:
    result = analyse("Polizeisprecherin Anna Weiß sagte, die Ermittlungen stünden am Anfang.\n\n"
                     "Eine Anwohnerin sagte der Deutschen Presse-Agentur, sie habe Schreie gehört. „Ich "
                     "dachte zuerst, da streiten sich Jugendliche“, sagte die Frau. Erst als sie das "
                     "Blaulicht gesehen habe, sei ihr klar geworden, was passiert sei.")
    claim = next(c for c in _claims(result) if c.text.startswith("Erst als"))
    assert claim.cue is None and _speaker(result, claim) == "Anwohnerin", claim  # "gesehen" is no cue


def test_joint_speech_act_and_no_joint_objects(analyse) -> None:
    result = analyse("Die IG Metall und der Betriebsrat kündigten erbitterten Widerstand an. Außenminister "
                     "Johann Wadephul kritisierte Russland und China, die den Krieg verlängerten.")
    names = {a.id: a.name for a in result.actors}
    together = {c.text[:12]: [names[x] for x in c.co_speakers] for c in _claims(result)}
    assert together["Die IG Metal"] == ["Betriebsrat"], together
    assert all(not co for text, co in together.items() if text != "Die IG Metal"), together


def test_judge_and_jurist_refer_back_to_the_person_by_a_synonym(analyse) -> None:
    result = analyse("Gerichtsvizepräsidentin Doris König sagte, die Freiheitsrechte müssten geschützt "
                     "werden. Die Richterin betonte, das Gericht schreibe keine Maßnahmen vor. "
                     "Verfassungsrechtler Christoph Möllers sprach von einem Signal. Der Jurist sagte dem "
                     "Deutschlandfunk, Karlsruhe setze seine Linie fort.")
    speakers = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert speakers["das Gericht "] == "Doris König", speakers
    assert speakers["Karlsruhe se"] == "Christoph Möllers", speakers
    roles = {a.name: a.roles for a in result.actors if a.type == "person"}
    assert roles["Doris König"] == ["Gerichtsvizepräsidentin"], roles  # no second role "Richterin"


def test_unnamed_employee_of_an_institution_is_an_anonymous_source(analyse) -> None:
    result = analyse("Ein Analyst der Deutschen Bank, der nicht genannt werden wollte, sagte, der Abbau "
                     "komme zu spät.")
    (claim,) = _claims(result)
    assert (claim.speaker, claim.source_type) == (None, "anonymous"), claim
    assert [q.kind for q in result.questions] == ["unverified"]


def test_militia_spokesman_on_a_named_channel(analyse) -> None:
    result = analyse("Die israelische Armee griff Stellungen der Hisbollah an. Die Hisbollah kündigte "
                     "Vergeltung an. Ein Sprecher der Miliz sagte im Fernsehsender Al-Manar, man werde "
                     "zurückschlagen.")
    claim = next(c for c in _claims(result) if c.text.startswith("man werde"))
    names = {a.id: (a.name, a.type) for a in result.actors}
    assert names[claim.speaker] == ("Hisbollah", "organization"), claim
    assert names[claim.via] == ("Al-Manar", "media"), claim


def test_speech_act_ends_before_a_second_clause_of_its_speaker(analyse) -> None:
    result = analyse("Der Minister warnte vor hohen Kosten, wollte aber keine Zahlen nennen.")
    (claim,) = _claims(result)
    assert claim.text == "Der Minister warnte vor hohen Kosten", claim


def test_conditional_clause_then_main_clause_before_sagte_is_the_message(analyse) -> None:
    result = analyse("Falls die Arbeitgeber kein Angebot vorlegten, werde man streiken, sagte Silberbach.")
    (claim,) = _claims(result)
    assert claim.text == "Falls die Arbeitgeber kein Angebot vorlegten, werde man streiken", claim
    assert _speaker(result, claim) == "Silberbach"


def test_speaker_words_that_name_a_known_actor_are_that_actor(analyse) -> None:
    result = analyse("Der Autozulieferer Brenntag Components will 1.200 Stellen streichen. Das "
                     "„Handelsblatt“ berichtete, die Banken hätten eine Frist gesetzt. Brenntag Components "
                     "wies den Bericht als „Spekulation“ zurück.")
    claim = next(c for c in _claims(result) if c.form == "reported")
    names = {a.id: a.name for a in result.actors}
    assert names.get(claim.speaker or "") == "Brenntag Components", claim


def test_source_phrase_ends_before_a_time(analyse) -> None:
    result = analyse("Der Bau soll nach Angaben der Verwaltung Anfang 2027 beginnen.")
    (claim,) = _claims(result)
    assert claim.speaker_mention is not None and claim.speaker_mention.text == "Angaben der Verwaltung", claim


def test_teaser_repeating_the_body_asks_one_question_without_the_place_line(analyse) -> None:
    result = analyse("Die Ablöse soll bei rund 50 Millionen Euro liegen.\n\nMünchen (dpa) - Der FC Bayern "
                     "steht offenbar kurz vor der Verpflichtung. Mehrere Zeitungen meldeten, der Spieler "
                     "habe sich geeinigt. Die Ablöse soll bei rund 50 Millionen Euro liegen.",
                     title="Bayern vor Verpflichtung")
    texts = [q.text for q in result.questions]
    assert len([t for t in texts if t.startswith("Die Ablöse")]) == 1, texts
    assert "Der FC Bayern steht offenbar kurz vor der Verpflichtung." in texts, texts


@pytest.mark.parametrize("text, start, speaker", [
    ("Außenminister Jan Ott verurteilte die Angriffe. Sie zeigten, dass Präsident Wladimir Putin keinen "
     "Frieden wolle, sagte er in Berlin.", "Sie zeigten", "Jan Ott"),
    ("Oppositionsführer Jan Ott meldete sich zu Wort. „Friedrich Merz hat versagt“, sagte er.",
     "Friedrich Merz", "Jan Ott"),
    ("Präsident Wladimir Putin schwieg. Besorgt äußerte sich der Vorsitzende des Vereins, Wolfgang "
     "Grader: „Wir befürchten das Schlimmste“, sagte er.", "Wir befürchten", "Wolfgang Grader"),
])
def test_pronoun_after_the_message_is_not_a_person_named_in_it(analyse, text: str, start: str,
                                                               speaker: str) -> None:
    result = analyse(text)
    claim = next(c for c in _claims(result) if c.text.startswith(start))
    assert _speaker(result, claim) == speaker, claim


def test_quotation_after_a_colon_before_the_cue_is_the_only_message(analyse) -> None:
    result = analyse("Besorgt äußerte sich der Vorsitzende des Vereins, Wolfgang Grader: „Wir befürchten "
                     "das Schlimmste“, sagte er.")
    assert [c.text for c in _claims(result)] == ["Wir befürchten das Schlimmste"], _claims(result)


@pytest.mark.parametrize("text, speaker, co_speaker", [
    ("Richter Ulrich Berghoff und Richterin Ines Kampmann erklärten, das Urteil sei falsch.",
     "Ulrich Berghoff", "Ines Kampmann"),
    ("Wirtschaftsministerin Eva Roth (CDU) und Sozialminister Jan Ott (SPD) erklärten gemeinsam, die Jobs "
     "seien sicher.", "Eva Roth", "Jan Ott"),
    ("Frankreichs Präsident Emmanuel Macron und Italiens Ministerpräsidentin Giorgia Meloni erklärten "
     "gemeinsam, die Ukraine brauche Garantien.", "Emmanuel Macron", "Giorgia Meloni"),
    ("Wirtschaftsministerin Nicole Hoffmeister-Kraut (CDU) und Sozialminister Manne Lucha (Grüne) "
     "erklärten gemeinsam, die Arbeitsplätze seien sicher.", "Nicole Hoffmeister-Kraut", "Manne Lucha"),
])
def test_titled_speakers_joined_by_und_speak_together(analyse, text: str, speaker: str,
                                                       co_speaker: str) -> None:
    result = analyse(text)
    (claim,) = _claims(result)
    names = {a.id: a.name for a in result.actors}
    assert (_speaker(result, claim), [names[x] for x in claim.co_speakers]) == (speaker, [co_speaker])


def test_refusals_are_no_claims_and_modal_refusal_is_an_open_question(analyse) -> None:
    result = analyse("Der Sprecher Jan Ott sagte, man prüfe den Fall. Namen nannte er nicht. Weitere "
                     "Einzelheiten nannte er zunächst nicht. Wann Anklage erhoben wird, wollte er nicht "
                     "sagen.")
    assert [c.text for c in _claims(result)] == ["man prüfe den Fall"], _claims(result)
    (question,) = [q for q in result.questions if q.kind == "indirect"]
    assert question.text.startswith("Wann Anklage") and "Jan Ott" in question.why, question


def test_konjunktiv_ii_carries_on_after_a_quotation_of_two_sentences(analyse) -> None:
    result = analyse("Kapitän Jan Ott meldete sich bei Instagram. „Danke für alles, Coach. Wir tragen die "
                     "Verantwortung“, schrieb der Innenverteidiger. Die Spieler hätten den Trainer im Stich "
                     "gelassen.")
    claim = next(c for c in _claims(result) if c.text.startswith("Die Spieler"))
    assert (claim.form, _speaker(result, claim)) == ("indirect", "Jan Ott"), claim


def test_outlet_spoken_to_without_article_or_after_an_adjective(analyse) -> None:
    result = analyse("Ein Insider sagte Reuters, der Konzern plane Stellenabbau. Sein Berater Kees de Vries "
                     "sagte dem niederländischen Sender NOS, sein Klient sei enttäuscht. Ein Sprecher sagte "
                     "dem Sender, man prüfe das.")
    names = {a.id: a.name for a in result.actors}
    got = {c.text[:10]: (_speaker(result, c), names.get(c.via or "")) for c in _claims(result)}
    assert got["der Konzer"] == ("Insider", "Reuters"), got
    assert got["sein Klien"] == ("Kees de Vries", "NOS"), got
    assert got["man prüfe "] == ("Sprecher", "NOS"), got  # not the outlet's own spokesman


def test_interviewer_questions_answered_in_the_next_paragraph_are_not_open(analyse) -> None:
    result = analyse("Bundestrainer Tim Hollerbach sprach nach dem Spiel mit der Presse.\n\n"
                     "Frage: Herr Hollerbach, was hat heute gefehlt?\n\n"
                     "Hollerbach: Die Konsequenz im Abschluss. Wir haben einfache Fehler gemacht.\n\n"
                     "Frage: Denken Sie an einen Rücktritt?\n\n"
                     "Hollerbach: Nein. Ich habe einen klaren Plan mit dieser Mannschaft.\n\n"
                     "Ob der Verband dem Trainer treu bleibt, ist offen. Wer folgt ihm nach?")
    texts = [q.text for q in result.questions if q.kind in {"explicit", "indirect"}]
    assert texts == ["Ob der Verband dem Trainer treu bleibt, ist offen.", "Wer folgt ihm nach?"], texts


def test_hiess_es_aus_a_body_is_an_unnamed_source_within_it(analyse) -> None:
    result = analyse("Aus der Unionsfraktion hieß es, das Gericht mache Politik.")
    (claim,) = _claims(result)
    assert claim.source_type == "anonymous", claim
    assert _speaker(result, claim) == "Kreise in der Unionsfraktion", claim
    assert claim.speaker_mention.text == "Aus der Unionsfraktion"
    assert [q.kind for q in result.questions] == ["unverified"], result.questions


def test_den_angaben_zufolge_takes_the_source_of_the_sentence_before(analyse) -> None:
    result = analyse("Die Polizei Niederbayern meldete einen Toten. Bei einem zweiten Todesopfer handelt es "
                     "sich den Angaben zufolge um eine Feuerwehrfrau.")
    claim = next(c for c in _claims(result) if c.text.startswith("Bei einem"))
    assert _speaker(result, claim) == "Polizei Niederbayern", claim


def test_state_speaking_through_an_organ_is_named_by_the_organ(analyse) -> None:
    result = analyse("Das russische Verteidigungsministerium teilte mit, die Streitkräfte hätten Ziele "
                     "angegriffen.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Russland", claim
    assert claim.speaker_mention.text == "Das russische Verteidigungsministerium", claim


def test_military_organs_of_a_state_speak_for_it(analyse) -> None:
    result = analyse("Nach Angaben des ukrainischen Generalstabs griffen Drohnen eine Raffinerie an. Die "
                     "Angriffe seien erfolgreich gewesen, teilte die ukrainische Luftwaffe mit.")
    assert {_speaker(result, c) for c in _claims(result)} == {"Ukraine"}, _claims(result)


def test_sweep_guards_polls_confirmations_parties_capitals_and_colon_clauses(analyse) -> None:
    """Regressions a sweep over the probe articles found in this session's first versions."""
    result = analyse("SPD-Generalsekretär Tim Klüssendorf sprach von einem bitteren Abend. Die "
                     "Sozialdemokraten lagen nach den Hochrechnungen bei 7 Prozent.\n\n"
                     "Das Unternehmen Tarifo bestätigte einen „Sicherheitsvorfall“, nannte aber keine "
                     "Zahlen.\n\nGrüne und Linke kritisierten das Ergebnis.\n\n"
                     "Kiews Bürgermeister Vitali Klitschko sagte, die Lage sei ernst.\n\n"
                     "Auch das Auswärtige Amt zeigte sich alarmiert: Man beobachte die Lage „mit großer "
                     "Sorge“, sagte ein Sprecher.")
    claims = {c.text[:16]: c for c in _claims(result)}
    assert claims["Die Sozialdemokr"].source_type == "poll" and claims["Die Sozialdemokr"].speaker is None
    assert _speaker(result, claims["Das Unternehmen "]) == "Tarifo"
    assert claims["Das Unternehmen "].text.endswith("„Sicherheitsvorfall“"), claims
    assert {"Grüne", "Die Linke"} <= {a.name for a in result.actors}, result.actors
    assert next(a for a in result.actors if a.name == "Vitali Klitschko").roles == ["Bürgermeister"]
    assert any(c.text.startswith("Man beobachte die Lage") for c in _claims(result)), claims


def test_speech_verb_inside_a_message_before_sagte(analyse) -> None:
    """Before a trailing ", sagte X", another speech verb is part of X's message."""
    result = analyse("Ministerpräsident Alexander Schweitzer (SPD) warnte vor einem Verfassungsbruch. Das "
                     "Bundesverfassungsgericht habe 2021 klargestellt, dass die Länder der Empfehlung folgen "
                     "müssten, sagte der Sozialdemokrat.\n\nSeit August seien 14 Fälle gemeldet worden, die "
                     "genetisch eng verwandt seien, sagte eine RKI-Sprecherin.")
    claims = {c.text[:20]: c for c in _claims(result)}
    court = claims["Das Bundesverfassung"]
    assert _speaker(result, court) == "Alexander Schweitzer" and court.text.endswith("folgen müssten"), claims
    cases = claims["Seit August seien 14"]
    assert _speaker(result, cases) == "RKI" and cases.text.endswith("verwandt seien"), claims


def test_subordinate_clause_before_a_trailing_cue_keeps_its_own_claim(analyse) -> None:
    result = analyse("Während die Bangkok Post von 100.000 Demonstranten sprach (die oppositionelle Zeitung "
                     "„The Nation“ hatte sogar 150.000 angegeben), sprach die Nachrichtenagentur Reuters von "
                     "50.000 Menschen, die an den Protestmärschen teilnahmen.")
    post = next(c for c in _claims(result) if c.text.startswith("Während"))
    assert _speaker(result, post) == "Bangkok Post", _claims(result)


def test_dateline_agency_is_no_speaker_of_the_lead(analyse) -> None:
    result = analyse("Frankfurt/Main (dpa) - Die Pilotengewerkschaft Vereinigung Cockpit (VC) hat die "
                     "Piloten für Donnerstag zu einem Streik aufgerufen.")
    (claim,) = _claims(result)
    assert "Cockpit" in _speaker(result, claim) and claim.text.startswith("Die Pilotengewerkschaft"), claim


def test_konjunktiv_of_a_verb_the_tagger_took_for_an_adjective(analyse) -> None:
    result = analyse("Ein Streik schade dem Standort, sagte Schnieder.\n\nDer Iran reichere weiter Uran an, "
                     "teilte die Internationale Atomenergiebehörde mit.\n\nDas sei sehr schade, sagte Meier.")
    claims = {c.text: c for c in _claims(result)}
    assert _speaker(result, claims["Ein Streik schade dem Standort"]) == "Schnieder", claims
    assert claims["Ein Streik schade dem Standort"].form == "indirect"
    assert _speaker(result, claims["Der Iran reichere weiter Uran an"]) == "Internationale Atomenergiebehörde"


def test_titled_name_before_the_verb_speaks_not_its_object(analyse) -> None:
    result = analyse("Innenministerin Daniela Behrens (SPD) sicherte der Stadt Unterstützung zu.\n\n"
                     "Ministerpräsident Kyriakos Mitsotakis bat die EU um Unterstützung.")
    assert [_speaker(result, c) for c in _claims(result)] == ["Daniela Behrens", "Kyriakos Mitsotakis"]


def test_possessive_before_a_source_noun(analyse) -> None:
    """"seines Sprechers" is the person he speaks for; "ihres Anwalts" is not his client."""
    result = analyse("Minister Peter Müller sagte seine Reise ab. Nach Angaben seines Sprechers ist er "
                     "erkrankt.\n\nDie Biathletin Lea Hartwig wurde gesperrt. Eine Anhörung ist nach Angaben "
                     "ihres Anwalts für Januar geplant.\n\nDie Lufthansa streicht Flüge. Nach Angaben eines "
                     "Konzernsprechers fallen 800 Flüge aus.")
    claims = {c.text[:12]: c for c in _claims(result)}
    assert _speaker(result, claims["ist er erkra"]) == "Peter Müller", claims
    hearing = next(c for c in _claims(result) if "Anhörung" in c.text)
    assert hearing.speaker is None and hearing.speaker_mention.text == "Angaben ihres Anwalts", hearing
    assert _speaker(result, claims["fallen 800 F"]) == "Lufthansa", claims


def test_state_in_the_genitive_after_a_source_noun(analyse) -> None:
    result = analyse("Nach Angaben Kiews wurden 20 Drohnen abgeschossen.\n\nLaut Medienberichten Xabi Alonso "
                     "sei der Trainer entlassen worden.")
    drones, coach = _claims(result)
    assert _speaker(result, drones) == "Ukraine" and drones.text.startswith("wurden 20"), drones
    assert coach.text.startswith("Xabi Alonso"), coach


def test_generic_nouns_after_an_acronym_and_a_federal_office(analyse) -> None:
    result = analyse("Die Pilotengewerkschaft Vereinigung Cockpit (VC) hat zum Streik aufgerufen. Betroffen "
                     "seien alle Abflüge, teilte die Gewerkschaft mit.\n\nNach Angaben des Bundesamts für "
                     "Verbraucherschutz und Lebensmittelsicherheit (BVL) wurden Listerien nachgewiesen. "
                     "Verbraucher sollten die Ware nicht verzehren, warnte das Amt.\n\nDer Softwarekonzern "
                     "Valtrix baut Stellen ab. Hintergrund ist nach Angaben des Unternehmens der Umbau.")
    claims = {c.text[:12]: c for c in _claims(result)}
    assert "Cockpit" in _speaker(result, claims["Betroffen se"]), claims
    assert _speaker(result, claims["Verbraucher "]).startswith("Bundesamt für Verbraucherschutz"), claims
    background = next(c for c in _claims(result) if "Umbau" in c.text)
    assert _speaker(result, background) == "Valtrix", background


def test_subject_of_a_passive_around_a_quotation_is_not_its_speaker(analyse) -> None:
    result = analyse("Darin schreibt Vorständin Karin Lüders, die Kosten müssten sinken. Mitarbeiter mit "
                     "geringer Leistung sollten „frühzeitig identifiziert“ werden.")
    quote = next(c for c in _claims(result) if c.text == "frühzeitig identifiziert")
    assert _speaker(result, quote) != "Mitarbeiter", quote


def test_outlets_named_by_their_kind_of_title(analyse) -> None:
    result = analyse("Ein Zusammenhang sei unwahrscheinlich, sagte Geschäftsführer Henning Matthiesen den "
                     "„Kieler Nachrichten“.\n\nDie Lage sei gefährlich, sagte Zivilschutzminister Nikos "
                     "Papadakis im Staatsfernsehen ERT.")
    names = {a.id: a.name for a in result.actors}
    assert [names.get(c.via or "") for c in _claims(result)] == ["Kieler Nachrichten", "ERT"], _claims(result)
    assert {a.name: a.type for a in result.actors}["ERT"] == "media"


def test_one_outlets_own_information_is_an_open_question(analyse) -> None:
    result = analyse("Nach Recherchen des NDR soll es im Frühjahr Beanstandungen gegeben haben.")
    (question,) = [q for q in result.questions if q.kind == "unverified"]
    assert "einzigen Medium (NDR)" in question.why, question
    several = analyse("Nach Recherchen des NDR soll es Beanstandungen gegeben haben. Das berichtete auch die "
                      "„Süddeutsche Zeitung“.")
    assert not [q for q in several.questions if "einzigen Medium" in q.why], several.questions


def test_open_points_the_text_names(analyse) -> None:
    result = analyse("Eine Frau ist gestorben. Ob ihr Tod auf den Lachs zurückgeht, ist noch nicht "
                     "geklärt. Ob der Schritt die Ostflanke schwächt, ist unter Fachleuten umstritten. "
                     "Ob die Tat hätte verhindert werden können, soll nun ein Untersuchungsausschuss "
                     "klären. Auch ob Daten gestohlen wurden, lässt sich derzeit nicht ausschließen. Der "
                     "Plan ist umstritten. Wie ein Sprecher sagte, will das Gericht am Freitag entscheiden.")
    indirect = [q.text[:12] for q in result.questions if q.kind == "indirect"]
    assert indirect == ["Ob ihr Tod a", "Ob der Schri", "Ob die Tat h", "Auch ob Date"], result.questions


def test_source_phrase_inside_a_quotation_is_the_quoted_speakers(analyse) -> None:
    result = analyse("„Wir wurden angegriffen“, sagte Bürgermeisterin Anna Berg. „Die Daten sind nach "
                     "jetzigem Stand sicher.“")
    assert [(c.form, _speaker(result, c)) for c in _claims(result)] == [
        ("direct", "Anna Berg"), ("direct", "Anna Berg")], _claims(result)


def test_sweep_15_guards(analyse) -> None:
    """Regressions the sweep over the probe articles found in this session's first versions."""
    court = analyse("Das Bundesverfassungsgericht hat das Klimaschutzgesetz teilweise gekippt. Die "
                    "Regelungen seien zu unbestimmt, urteilte der Erste Senat am Dienstag.")
    assert _speaker(court, _claims(court)[0]) == "Bundesverfassungsgericht"
    label = analyse("SPIEGEL: Die Industrie sagt, das reiche nicht.")
    assert [_speaker(label, c) for c in _claims(label)] == ["Die Industrie"], _claims(label)
    lead = analyse("Hannover (dpa) - Nach dem Überfall auf ein Juweliergeschäft sind zwei mutmaßliche Täter "
                   "gefasst worden.")
    assert [c.text[:9] for c in lead.claims if c.sentence > 0] == ["Nach dem "], lead.claims
    dash = analyse("Markus Söder (CSU) - Bayerns Ministerpräsident - sagte, die Lage sei ernst.")
    assert [_speaker(dash, c) for c in _claims(dash)] == ["Markus Söder"], _claims(dash)
    shipyard = analyse("Schuld war das Übergabeverfahren, das nach Angaben eines Werft-Sprechers nicht "
                       "rechtzeitig abgeschlossen werden konnte.")
    assert not [a for a in shipyard.actors if a.type == "organization"], shipyard.actors


def test_dev_guards_of_the_fourteenth_session(analyse) -> None:
    """What the `dev` guard run found in this session's first versions."""
    terms = analyse("Kachelmann wurden nicht nur ein „distanzierter Aussagestil“ sondern auch „unwahre "
                    "Aussagen“ attestiert.")
    assert [c.text for c in _claims(terms)] == ["distanzierter Aussagestil", "unwahre Aussagen"]
    council = analyse("Gaddafis Stamm hatte um die Leichen angefragt. Der Übergangsrat hatte die Bitte "
                      "abgelehnt. Weiter berichtet die Website des Senders, dass ein Testament "
                      "erschienen sei.")
    assert "Gaddafi" not in {_speaker(council, c) for c in _claims(council)}, _claims(council)


def test_call_on_both_sides_is_no_web_page(analyse) -> None:
    result = analyse("Bundesverkehrsminister Patrick Schnieder rief beide Seiten auf, an den "
                     "Verhandlungstisch zurückzukehren.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Patrick Schnieder" and claim.text.startswith("an den"), claim


def test_sweep_17_guards(analyse) -> None:
    """What the third sweep found in this session's later rules."""
    result = analyse("Wie die Polizei mitteilte, sagte der Täter bei der Vernehmung, er habe aus Notwehr "
                     "gehandelt.\n\nDie Brandursache ist noch nicht geklärt. Es ist umstritten, wer die "
                     "Kosten trägt. Merz will eine Reform nicht ausschließen.\n\nNach Informationen des "
                     "„Spiegel“ soll Ministerin Anna Berg zurücktreten. Die Polizei bestätigte unterdessen "
                     "einen Einbruch.")
    assert _speaker(result, _claims(result)[0]) == "der Täter", _claims(result)
    assert [q.text[:14] for q in result.questions if q.kind == "indirect"] == [
        "Die Brandursac", "Es ist umstrit"], result.questions
    assert any("einzigen Medium (Spiegel)" in q.why for q in result.questions), result.questions
    papers = analyse("Die „FAZ“ berichtete über den Fall. Laut der Zeitung soll der Vorstand informiert "
                     "gewesen sein.")
    assert _speaker(papers, _claims(papers)[-1]) == "Frankfurter Allgemeine Zeitung", _claims(papers)


def test_spokesman_speaking_to_an_outlet_is_not_its_spokesman(analyse) -> None:
    # the outlet a bare "ein Sprecher" speaks to ("sagte der FAZ", "gegenüber der „Bild“") is
    # the channel; the spokesman speaks for the organisation named before
    for text in ("Das Ministerium prüft den Fall. Ein Sprecher sagte der FAZ, die Gespräche seien "
                 "beendet.",
                 "Die Deutsche Bahn prüft den Fall. Eine Sprecherin sagte gegenüber der „Bild“, die "
                 "Gespräche seien beendet."):
        result = analyse(text)
        (claim,) = _claims(result)
        names = {a.id: (a.name, a.type) for a in result.actors}
        assert names[claim.speaker][1] == "organization", (text, claim)
        assert names[claim.via][1] == "media", (text, claim)
        assert not any("Sprecher" in alias for a in result.actors if a.type == "media"
                       for alias in a.aliases), result.actors
    # "ein Sprecher der Zeitung" is still the paper's own
    result = analyse("Die „Bild“ berichtet über den Fall. Ein Sprecher der Zeitung sagte, man sei "
                     "sicher.")
    claim = next(c for c in _claims(result) if c.text == "man sei sicher")
    assert {a.id: a.type for a in result.actors}[claim.speaker] == "media", claim


def test_plural_object_parsed_as_second_subject_is_not_the_speaker(analyse) -> None:
    # "die Huthi-Rebellen" (plural) cannot be the subject of "beschuldigt"; the subject before
    # the verb that agrees with it is
    result = analyse("Die Regierung beschuldigt die Huthi-Rebellen darüber hinaus immer wieder, Gelder "
                     "aus dem Iran zu erhalten.")
    (claim,) = _claims(result)
    assert claim.speaker is None and claim.speaker_mention.text == "Die Regierung", claim


def test_cue_after_anders_als_is_contradicted_not_the_source(analyse) -> None:
    # "anders als X behauptet" names whom the sentence contradicts: no cue of its own, the
    # sentence carries on the report before it
    result = analyse("Die Polizei sprach von einem Unfall. Der Wagen sei, anders als die Stadt behauptet, "
                     "langsam gefahren, es habe keine Warnung gegeben.")
    claim = next(c for c in _claims(result) if "langsam" in c.text)
    assert claim.text.startswith("Der Wagen sei") and claim.cue is None, claim
    assert _speaker(result, claim) == "Polizei", claim


def test_article_tagged_as_relative_pronoun_opens_a_reported_clause(analyse) -> None:
    result = analyse("Christian Drosten sagte, die Daten reichten nicht aus.")
    (claim,) = _claims(result)
    assert claim.text == "die Daten reichten nicht aus" and _speaker(result, claim) == "Christian Drosten"


def test_unknown_surname_before_the_outlet_spoken_to_is_the_speaker(analyse) -> None:
    # "Witter" tagged as a plural noun is still the person the model found, not an object
    # the outlet would be the subject of
    result = analyse("Der Schritt sei richtig, sagte Witter der „Bild“.")
    (claim,) = _claims(result)
    names = {a.id: (a.name, a.type) for a in result.actors}
    assert names[claim.speaker] == ("Witter", "person") and names[claim.via] == ("Bild", "media"), claim


def test_quoted_newspaper_name_is_an_outlet_not_a_quotation(analyse) -> None:
    result = analyse("Es gehe nicht um Blockade, sagte CDU-Stadtrat Martin Ehrbar der "
                     "„Rhein-Neckar-Zeitung“.")
    (claim,) = _claims(result)
    names = {a.id: (a.name, a.type) for a in result.actors}
    assert _speaker(result, claim) == "Martin Ehrbar", claim
    assert names[claim.via] == ("Rhein-Neckar-Zeitung", "media"), claim


def test_laut_dem_outlet_is_no_relative_clause(analyse) -> None:
    result = analyse("Der Lieferdienst Flink soll laut dem „Spiegel“ Fahrer überwacht haben. Flink weist "
                     "die Vorwürfe zurück.")
    claims = _claims(result)
    names = {a.id: (a.name, a.type) for a in result.actors}
    assert names[claims[0].speaker] == ("Spiegel", "media"), claims[0]
    # the delivery service is one organisation, in both sentences
    assert [(a.name, a.type) for a in result.actors if a.name == "Flink"] == [("Flink", "organization")]
    assert names[claims[1].speaker] == ("Flink", "organization"), claims[1]
    # the relative "laut dem" still points back
    result = analyse("Dem Gericht liegt ein Gutachten vor, laut dem Kevin misshandelt wurde.")
    (claim,) = _claims(result)
    assert claim.speaker_mention.text == "ein Gutachten", claim


def test_insiders_familiar_with_the_matter_are_unnamed_sources(analyse) -> None:
    result = analyse("Ein mit den Plänen vertrauter Manager sagte, eine Entscheidung könnte noch in diesem "
                     "Jahr fallen.")
    (claim,) = _claims(result)
    assert claim.source_type == "anonymous" and [q.kind for q in result.questions] == ["unverified"], claim
    # "er" in the next sentence is that insider, not the company the report is about
    result = analyse("Der Lieferdienst Flink soll Fahrer überwacht haben. Ein mit den Vorgängen vertrauter "
                     "Manager bestätigte die Existenz der Listen. Sie seien nur für die Routenplanung "
                     "gedacht gewesen, sagte er.")
    claim = next(c for c in _claims(result) if c.text.startswith("Sie seien"))
    assert claim.source_type == "anonymous" and _speaker(result, claim) != "Flink", claim
    result = analyse("Eine mit der Sache vertraute Person sagte, die Entscheidung sei gefallen.")
    assert _claims(result)[0].source_type == "anonymous"


def test_circles_and_bodies_without_a_name_are_unnamed_sources(analyse) -> None:
    result = analyse("Einige Profis sollen nach Angaben aus dem Umfeld der Mannschaft den Kurs des Trainers "
                     "kritisch gesehen haben.")
    (claim,) = _claims(result)
    assert claim.source_type == "anonymous" and _speaker(result, claim) == "Umfeld der Mannschaft", claim
    result = analyse("Aus der SPD-Landtagsfraktion hieß es, man wolle die Sitzung abwarten.")
    (claim,) = _claims(result)
    assert claim.source_type == "anonymous", claim


def test_question_left_open_as_not_known_or_not_in_the_report(analyse) -> None:
    for text in ("Ein Mann wird vermisst. Ob er sich noch in der Garage befindet, ist nicht bekannt.",
                 "Wie viele Fahrer betroffen waren, geht aus dem Bericht nicht hervor.",
                 "Der Behörde lägen zwei Beschwerden vor, sagte eine Sprecherin. Ob ein Bußgeldverfahren "
                 "eingeleitet wird, sei noch nicht entschieden."):
        result = analyse(text)
        assert "indirect" in [q.kind for q in result.questions], (text, result.questions)
    # the words alone, with no question word, open nothing
    result = analyse("Der Name des Mannes ist der Polizei nicht bekannt. Das Urteil ist entschieden.")
    assert "indirect" not in [q.kind for q in result.questions], result.questions


def test_probe_15_subjects_and_non_speech(analyse) -> None:
    # "schrieb einen Verlust" is bookkeeping, not writing
    result = analyse("Die Windkrafttochter Siemens Gamesa schrieb erneut einen Verlust von 344 Millionen "
                     "Euro.")
    assert not _claims(result), result.claims
    # the state in the genitive before the role is not the speaker
    result = analyse("Die Lage sei ernst, sagte Spaniens Regierungschef Pedro Sánchez.")
    assert _speaker(result, _claims(result)[0]) == "Pedro Sánchez"
    # "Vor allem" opens the subject, not a prepositional phrase
    result = analyse("Vor allem Italien und Dänemark drängen auf Rückführungszentren außerhalb der Union.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Italien" and claim.speaker_mention.text == "Italien und Dänemark"


def test_interview_answer_opening_with_ich_or_wir_and_a_cue_is_the_interviewees(tmp_path, nlp) -> None:
    path = tmp_path / "interview.md"
    path.write_text(
        "# Die Kipppunkte rücken näher\n\nDie Meeresforscherin Lena Hartwig warnt vor einem Zusammenbruch "
        "der Atlantikströmung.\n\nFrage: Was haben Sie herausgefunden?\n\nHartwig: Wir sehen in den "
        "Messdaten, dass sich die Strömung abschwächt. Das ist kein kurzfristiger Trend.\n\nFrage: Was "
        "fordern Sie von der Politik?\n\nHartwig: Ich erwarte von Umweltminister Carsten Schneider, dass er "
        "sich für ehrgeizigere Ziele einsetzt.\n", encoding="utf-8")
    (result,) = analyze([read_article(path)], nlp)
    names = {a.id: a.name for a in result.actors}
    claims = {c.text[:12]: (c.form, names.get(c.speaker or ""))
              for c in result.claims if c.form != "assertion"}
    assert claims["Wir sehen in"] == ("direct", "Lena Hartwig"), claims
    assert claims["Ich erwarte "] == ("direct", "Lena Hartwig"), claims
    assert not [t for t in claims if "fordern Sie" in t or t.startswith("Frage")], claims


def test_speech_verb_under_a_subjunctive_modal_is_no_speech_act(analyse) -> None:
    # "müssten nun erklären" is what the speaker demands, carried on from the sentence before
    result = analyse("Seine Partei habe ihr bestes Ergebnis erzielt, sagte AfD-Spitzenkandidat Ulrich "
                     "Siegmund. Die anderen Parteien müssten nun erklären, warum sie den Wählerwillen "
                     "ignorierten.")
    claim = next(c for c in _claims(result) if "Wählerwillen" in c.text)
    assert claim.text.startswith("Die anderen Parteien") and claim.cue is None, claim
    assert _speaker(result, claim) == "Ulrich Siegmund", claim


def test_continuation_after_a_generic_company_subject_is_not_the_speaker_before(analyse) -> None:
    # which "Unternehmen" is left open, but it is not the manager quoted two sentences before
    result = analyse("Den Effekt bezifferte Vorstandschef Thomas Enders mit 22,5 Millionen Euro. Die "
                     "Gespräche zwischen Airbus und Boeing laufen weiter. Langfristig strebt das Unternehmen "
                     "die Loslösung an. Eine der Optionen sei ein Börsengang.")
    claim = next(c for c in _claims(result) if c.text.startswith("Eine der Optionen"))
    assert _speaker(result, claim) != "Thomas Enders", claim
    assert claim.speaker_mention is not None and claim.speaker_mention.text == "das Unternehmen", claim


def test_time_of_a_projection_belongs_to_its_source_phrase(analyse) -> None:
    result = analyse("Nach der ZDF-Hochrechnung von 19.30 Uhr kommt die CDU auf 31,4 Prozent.")
    (claim,) = _claims(result)
    assert claim.text == "kommt die CDU auf 31,4 Prozent" and claim.source_type == "poll", claim


def test_late_fixes_of_the_fifteenth_session(analyse) -> None:
    # "von 12 Kliniken" belongs to the source phrase, not to the message
    result = analyse("Nach Angaben von 12 Kliniken sind die Betten knapp.")
    (claim,) = _claims(result)
    assert claim.text == "sind die Betten knapp", claim
    # „Zeit“ the weekly speaks although "Zeit" is also a word of time
    result = analyse("Die „Zeit“ berichtet, der Plan sei gescheitert.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Die Zeit", claim
    # a second outlet on another matter does not confirm the first one's report
    result = analyse("Nach Informationen des „Kicker“ soll Simonis von seiner Entlassung gewusst haben. "
                     "Laut „Bild“ gilt Marco Rose als Favorit.")
    assert [q.text for q in result.questions if "einzigen Medium" in q.why] == [
        "soll Simonis von seiner Entlassung gewusst haben"], result.questions


def test_a_plan_dated_by_a_period_or_a_weekday_is_not_hearsay(analyse) -> None:
    result = analyse("Der Trainer wurde entlassen. Ein Nachfolger soll noch in dieser Woche vorgestellt "
                     "werden. Der Bericht soll am Montag veröffentlicht werden. Der Verdächtige soll dieser "
                     "Gruppe angehören.")
    assert [q.text for q in result.questions if q.kind == "unverified"] == [
        "Der Verdächtige soll dieser Gruppe angehören."], result.questions


def test_what_a_speaker_explains_is_a_topic_not_a_claim(analyse) -> None:
    result = analyse("Die Virologin Sandra Ciesek warnt vor der neuen Variante. Im Interview erklärt sie, "
                     "was jetzt zu tun ist. Der Sprecher erklärte, warum die Bahn ausfiel. Er fragte, warum "
                     "niemand kam.")
    assert [c.text for c in result.claims if c.form == "indirect"] == ["warum niemand kam"], result.claims


def test_indicative_reported_words_after_other_speech_verbs(analyse) -> None:
    result = analyse("Lauterbach betonte, die Länder behielten die Planungshoheit. Der Hersteller "
                     "Rheinmetall erklärte, die Verzögerungen gingen auf Änderungswünsche zurück.")
    assert [(c.form, c.text) for c in result.claims if c.form != "assertion"] == [
        ("indirect", "die Länder behielten die Planungshoheit"),
        ("indirect", "die Verzögerungen gingen auf Änderungswünsche zurück")], result.claims


def test_what_the_text_leaves_open_or_estimates_carries_on_nobody(analyse) -> None:
    result = analyse("Aus dem Ministerium hieß es, man sei zu Gesprächen bereit. Unklar ist, wie viele "
                     "Kliniken durch die Reform schließen müssten.\n\nEin Streik würde vor allem Pendler "
                     "treffen, sagte der Minister.\n\nWann genau gestreikt werden könnte, ließ Verdi offen."
                     "\n\nDer BUND kritisierte, die Regierung habe versagt.\n\nAuch die Fischerei dürfte "
                     "die Folgen zu spüren bekommen.")
    assert [c.text for c in result.claims if c.form != "assertion"] == [
        "man sei zu Gesprächen bereit", "Ein Streik würde vor allem Pendler treffen",
        "die Regierung habe versagt"], result.claims


def test_a_report_referred_back_to_is_its_authors(analyse) -> None:
    result = analyse("Der Bundesrechnungshof legte einen Bericht vor. Das Ministerium habe Meilensteine "
                     "ohne Prüfung abgenommen, heißt es in dem Bericht.")
    claim = next(c for c in result.claims if c.text.startswith("Das Ministerium"))
    assert {a.id: a.name for a in result.actors}.get(claim.speaker) == "Bundesrechnungshof", result.claims


def test_a_bare_plural_of_people_is_the_subject_and_another_voice_ends_a_source_phrase(analyse) -> None:
    result = analyse("Verbraucherschützer rieten Betroffenen, ihre Kontoauszüge zu prüfen. Nach "
                     "Polizeiangaben kamen 1.300 Traktoren, die Organisatoren sprachen von 5.000 "
                     "Teilnehmern.")
    advice = next(c for c in result.claims if c.text == "ihre Kontoauszüge zu prüfen")
    assert advice.speaker is None and advice.speaker_mention.text == "Verbraucherschützer"
    assert [(c.form, c.text) for c in result.claims if c.sentence == 2] == [
        ("according_to", "kamen 1.300 Traktoren"),
        ("reported", "die Organisatoren sprachen von 5.000 Teilnehmern")], result.claims


def test_the_outlet_spoken_to_stays_with_the_words_that_carry_on(analyse) -> None:
    result = analyse("Die Gespräche stocken.\n\nEin Vertreter der Hamas sagte der Nachrichtenagentur "
                     "Reuters, Israel stelle neue Bedingungen. „Wir werden keine Vereinbarung "
                     "akzeptieren.“ Die Hamas habe ihre Antwort übermittelt.\n\nVolker Brandes bedauerte "
                     "das. Er habe gehofft, sagte der Schlichter dem Hessischen Rundfunk. Die Positionen "
                     "lägen „meilenweit“ auseinander.\n\nEine Freundin des Opfers hatte der „Bild“ gesagt, "
                     "die Frau habe große Angst gehabt.")
    names = {a.id: a.name for a in result.actors}
    said = {c.text[:14]: (names.get(c.speaker or ""), names.get(c.via or "")) for c in result.claims}
    assert said["Wir werden kei"] == ("Hamas", "Reuters"), said
    assert said["Die Hamas habe"] == ("Hamas", "Reuters"), said
    assert said["Die Positionen"] == ("Volker Brandes", "HR"), said
    assert said["die Frau habe "] == ("Freundin", "Bild"), said


def test_open_questions_with_a_degree_word_or_a_reported_cannot_say(analyse) -> None:
    result = analyse("Wie stark sich die Erwärmung auswirkt, ist noch nicht abschließend geklärt. Ob das "
                     "Haus überlebt, könne er nicht sagen. Ein BSI-Sprecher sagte, die Angreifer hätten sich "
                     "vermutlich über eine Schwachstelle Zugang verschafft.")
    assert [(q.kind, q.text[:20]) for q in result.questions] == [
        ("indirect", "Wie stark sich die E"), ("indirect", "Ob das Haus überlebt")], result.questions


def test_a_speech_verb_in_a_condition_is_no_cue(analyse) -> None:
    result = analyse("Ein WADA-Sprecher sagte, man stehe im Austausch mit der NADA. Sollte die NADA zu milde "
                     "urteilen, könne die WADA vor den CAS ziehen.")
    claim = next(c for c in result.claims if c.text.startswith("Sollte"))
    assert claim.cue is None and {a.id: a.name for a in result.actors}[claim.speaker] == "WADA"


def test_hedges_stay_in_their_own_clause(analyse) -> None:
    result = analyse("„Viele Mitglieder wissen nicht, wie sie die Miete bezahlen sollen“, sagte Petra "
                     "Lindner. Der Angeklagte soll der Frau gedroht haben; eine Freundin hatte Reportern "
                     "gesagt, die Frau habe Angst gehabt.")
    assert [c.hedges for c in result.claims if c.form != "assertion"] == [[], []], result.claims


def test_indicative_reported_words_after_berichten_and_a_named_institute(analyse) -> None:
    result = analyse("Die Temperatur sei gestiegen, berichten Forscher der Universität Kiel. Forscher des "
                     "Max-Planck-Instituts berichten, das Eis schmelze.")
    names = {a.id: a.name for a in result.actors}
    claim = next(c for c in result.claims if c.text == "das Eis schmelze")
    # (the institute is an organisation of its own, as the university is for its researchers)
    assert claim.speaker_mention.text == "Forscher", result.claims
    assert names.get(claim.speaker or "") == "Max-Planck-Institut", result.actors


def test_judgement_with_an_als_predicate_is_a_reported_claim(analyse) -> None:
    result = analyse("Die Opposition kritisierte den Plan als unsozial. Die Aktion wurde von den "
                     "Veranstaltern als Erfolg gewertet. Der Menschenrechtsrat stufte das Gesetz als "
                     "verfassungswidrig ein, und Unicef rief Russland auf, das Verbot nicht durchzusetzen. "
                     "Eine Organisation feierte die Absage als „großen Erfolg für Serbien“. Analysten "
                     "halten einen Silberpreis von 60 Dollar für wahrscheinlich.")
    said = {c.text: (c.form, c.speaker_mention.text if c.speaker_mention else None, c.cue_class)
            for c in _claims(result)}
    assert said.get("Die Opposition kritisierte den Plan als unsozial") == (
        "reported", "Opposition", "warning"), said
    assert said.get("Die Aktion wurde von den Veranstaltern als Erfolg gewertet") == (
        "reported", "den Veranstaltern", "judgement"), said
    ruled = "Der Menschenrechtsrat stufte das Gesetz als verfassungswidrig ein"
    assert said.get(ruled, ("",))[0] == "reported", said
    assert said.get("das Verbot nicht durchzusetzen", ("", ""))[1] == "Unicef", said
    assert said.get("großen Erfolg für Serbien", ("",))[0] == "direct", said  # the quotation, once
    likely = "Analysten halten einen Silberpreis von 60 Dollar für wahrscheinlich"
    assert said.get(likely, ("",))[0] == "reported", said
    assert len(said) == 6, said


@pytest.mark.parametrize("sentence", [
    "Die Opposition kritisierte als Vorsitzende des Ausschusses den Plan.",  # a capacity, no judgement
    "Der Fotograf betrachtete das Bild.",  # a judgement verb without "als" is no cue
    "Die Polizei sah mehr als 100 Menschen.",  # comparing
    "Am Montag wird man ihn noch einmal als „Opa Friedrich“ sehen.",
    "In Briefen stellte sie sich als Opfer dar.",  # reflexive: presented herself
    "Im April hatte das Ministerium die Garde als Terrororganisation eingestuft.",  # background
    "Er hielt die Rede für den Kanzler.",  # for whom, no judgement
    "Er kritisierte den Plan als Mitglied des Ausschusses.",  # capacities
    "Der Bürgermeister begrüßte den Minister als Gast.",
    "Kapitän Johannes Golla kritisierte die Entscheidung als Erster öffentlich.",
    "Das Landgericht verurteilte den Mann als Haupttäter zu acht Jahren Haft.",  # a sentence
    "Das Gericht könnte das Verfahren als Musterprozess einstufen.",  # a guess
    "Die Polizei wertete Videoaufnahmen als Beweismittel aus.",  # auswerten
    "Die Partei ist sowohl als Opposition als auch als Regierung gescheitert.",
])
def test_als_without_a_judgement_is_no_claim(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


def test_a_threat_is_a_reported_claim_a_risk_is_none(analyse) -> None:
    result = analyse("Der Verband drohte der Regierung mit einer Klage. Der Frachter droht nun "
                     "auseinanderzubrechen. Den Fahrern drohen hohe Strafen.")
    assert [(c.form, c.text) for c in _claims(result)] == [
        ("reported", "Der Verband drohte der Regierung mit einer Klage")], result.claims


def test_ruling_out_is_a_reported_claim_expelling_is_none(analyse) -> None:
    result = analyse("Die Polizei schloss ein Fremdverschulden aus. Die Partei schloss den Abgeordneten aus "
                     "der Fraktion aus. Die Partei schloss ihn aus. Der Sportler wurde von der Wahl "
                     "ausgeschlossen.")
    assert [(c.form, c.text, c.cue_class) for c in _claims(result)] == [
        ("reported", "Die Polizei schloss ein Fremdverschulden aus", "denial")], result.claims


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Peskow tat die Berichte als Lüge ab.", "Peskow"),  # separable, irregular
    ("Mundel sah ihre Arbeit als Erfolg an.", "Mundel"),
    ("Experten ordneten die Studie als Befund ein.", "Experten"),
    ("Die Polizei bewertete den Einsatz als angemessen.", "Polizei"),  # "als" parsed as KON
    ("Verbraucherschützer sehen eine Pflichtversicherung als einzige Lösung.", "Verbraucherschützer"),
    ("Die AfD bejubelte das Eingreifen als Erfolg.", "AfD"),
])
def test_judgement_verb_forms(analyse, sentence: str, speaker: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == "reported" and claim.speaker_mention.text == speaker, claim


def test_a_later_act_of_the_same_subject_stays_in_the_judgement(analyse) -> None:
    result = analyse("Die Verteidigung wertete das Urteil als zu hart und kündigte Revision an.")
    assert [c.text for c in _claims(result)] == [
        "Die Verteidigung wertete das Urteil als zu hart und kündigte Revision an"], result.claims


def test_subject_pronoun_after_an_organisation_subject_is_the_organisation(analyse) -> None:
    result = analyse("Die Bundesanwaltschaft wirft dem Mann Mord vor. Sie stuft die Tat als islamistisch "
                     "motiviert ein. Die Polizei nahm einen zweiten Mann fest. Sie teilte mit, er sei "
                     "betrunken gewesen. Angela Merkel besuchte die Polizei. Sie sagte, das sei gut.")
    names = {a.id: a.name for a in result.actors}
    said = {c.text[:12]: names.get(c.speaker or "") for c in _claims(result)}
    assert said == {"Die Bundesan": "Bundesanwaltschaft", "Sie stuft di": "Bundesanwaltschaft",
                    "er sei betru": "Polizei", "das sei gut": "Angela Merkel"}, said


def test_an_act_in_konjunktiv_after_reported_words_is_relayed(analyse) -> None:
    result = analyse("Hasenpflug sagte, die Stadt müsse sparen. Das Regierungspräsidium halte dieses "
                     "Verfahren für einen schnellen Weg. Schaar sagte, das sei falsch. Bisher habe die "
                     "Bundesregierung die Einrichtung einer Datei ausgeschlossen.")
    assert [(c.form, c.speaker_mention.text) for c in _claims(result)] == [
        ("indirect", "Hasenpflug"), ("indirect", "Hasenpflug"), ("indirect", "Schaar"),
        ("indirect", "Schaar")], result.claims


def test_speaking_out_for_or_against_is_a_reported_claim(analyse) -> None:
    result = analyse("Die Berliner SPD hat sich gestern für einen verpflichtenden Werteunterricht "
                     "ausgesprochen. Ein Teil der Fraktion wird dem Kanzler das Vertrauen aussprechen.")
    assert [(c.form, c.speaker_mention.text) for c in _claims(result)] == [("reported", "SPD")], result.claims


def test_a_passive_act_with_its_agent_is_a_reported_claim(analyse) -> None:
    result = analyse("Eine unabhängige Untersuchung wurde von den Vereinten Nationen gefordert. Es wurde "
                     "lediglich eine Transfersumme von zehn Millionen Euro genannt. Das Ziel wurde von den "
                     "Behörden nicht genannt.")
    assert [(c.form, c.speaker_mention.text) for c in _claims(result)] == [
        ("reported", "Vereinten Nationen")], result.claims


@pytest.mark.parametrize("sentence", [
    "Der Verein schloss den Spieler aus der Mannschaft aus.",  # expelling
    "Der Wahlausschuss hat einen Kandidaten von der Oberbürgermeisterwahl ausgeschlossen.",
    "Es droht Hagel mit bis zu zwei Zentimetern.",  # a risk
    "Der Bundestag wird dem Kanzler das Vertrauen aussprechen.",  # a vote
])
def test_look_alikes_of_threats_and_ruling_out_are_no_claims(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


@pytest.mark.parametrize("sentence", [
    "Der Arbeitgeberverband hält die Forderungen für nicht finanzierbar.",
    "Die Energieagentur hält die Einschätzung für zu pessimistisch.",
    "Die Ärztekammer hält die Versorgung für gefährdet.",
])
def test_judgement_with_fuer_and_a_negated_graded_or_participle_predicate(analyse, sentence: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == "reported", claim


def test_organisation_pronoun_yields_to_a_person_of_the_sentence_before(analyse) -> None:
    result = analyse("Die Polizei nahm die Fahrerin Lisa Kurz fest. Sie sagte, sie habe nichts getrunken. "
                     "Die EU-Kommission hat Ungarn gedroht. Die ungarische Regierung wies die Vorwürfe "
                     "zurück. Sie bezeichnete das Vorgehen als Erpressung. Minister Karl Lauterbach sagte, "
                     "er halte die Empfehlung für richtig. Der Hausärzteverband kritisierte das Ministerium. "
                     "Er warf Lauterbach vor, die Praxen zu spät informiert zu haben.")
    names = {a.id: a.name for a in result.actors}
    said = {c.text[:12]: names.get(c.speaker or "") for c in _claims(result)}
    assert said["sie habe nic"] == "Lisa Kurz", said
    assert said["Sie bezeichn"] == "Ungarn", said
    assert said["die Praxen z"] == "Hausärzteverband", said  # the association, not the minister himself


def test_fronted_indefinite_object_of_a_speech_act_is_not_its_speaker(analyse) -> None:
    result = analyse("Vorstandschef Markus Krebber sagte, der Konzern investiere weiter. Eine "
                     "Kapitalerhöhung schloss Krebber aus. Die Anwältin Samanis bestritt eine solche "
                     "Mitgliedschaft.")
    said = {c.text[:12]: c.speaker_mention.text for c in _claims(result)}
    assert said["Eine Kapital"] == "Krebber" and said["Die Anwältin"] == "Samanis", said


def test_plural_pronoun_after_a_group_that_speaks_for_a_body(analyse) -> None:
    result = analyse("Forscher der Universität Kiel machen die Bedingungen verantwortlich. Sie gehen "
                     "davon aus, dass Antibiotika nicht helfen. Anwohner der Stadt Köln beschwerten sich. "
                     "Sie sagten, der Lärm sei unerträglich.")
    names = {a.id: a.name for a in result.actors}
    said = {c.text[:12]: names.get(c.speaker or "") for c in _claims(result)}
    assert said["Antibiotika "] == "Universität Kiel" and said["der Lärm sei"] != "Stadt Köln", said


def test_threat_with_a_condition_and_in_the_pluperfect(analyse) -> None:
    result = analyse("Der Betreiber drohte mit einer Klage, falls die Genehmigung zurückgenommen werde. Der "
                     "Bürgermeister hatte zuvor gedroht, gegen die Berichterstattung vorzugehen. Wenn er "
                     "verurteilt werden sollte, droht ihm die Todesstrafe.")
    assert [(c.form, c.text) for c in _claims(result)] == [
        ("reported", "Der Betreiber drohte mit einer Klage, falls die Genehmigung zurückgenommen werde"),
        ("indirect", "gegen die Berichterstattung vorzugehen")], result.claims


def test_passive_agent_in_front_and_ruling_out_with_an_aus_phrase(analyse) -> None:
    result = analyse("Außenminister Péter Szabó kündigte an, das Gesetz nicht zurückzunehmen. Von mehreren "
                     "Abgeordneten des Europäischen Parlaments wurde ein Einfrieren der Mittel verlangt. Der "
                     "Minister Frank Lehmann würdigte die Einigung. Eine Entschädigung aus Landesmitteln "
                     "schloss er aus.")
    names = {a.id: a.name for a in result.actors}
    said = {c.text[:12]: names.get(c.speaker or "") for c in _claims(result)}
    assert said["Von mehreren"] != "Péter Szabó", said
    assert said["Eine Entschä"] == "Frank Lehmann", said


def test_pronoun_after_an_association_named_by_a_noun_is_not_a_person_before(analyse) -> None:
    result = analyse("Jürgen Maier sagte, die Initiative sei dagegen. Auch der Naturschutzbund meldete sich "
                     "zu Wort. Er hält den Verlust von Streuobstwiesen für nicht hinnehmbar.")
    assert [c.speaker for c in _claims(result)][1:] == ["naturschutzbund"], result.claims  # not Maier


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Die Opposition erhob schwere Vorwürfe gegen die Regierung.", "Opposition"),
    ("Der Verband übte scharfe Kritik an den Plänen.", "Der Verband"),
    ("Die Gewerkschaft gab dem Vorstand die Schuld an der Krise.", "Die Gewerkschaft"),
    ("Hilda Morales macht Misogynie für die Gewalt gegen Frauen verantwortlich.", "Hilda Morales"),
    ("Die Zeitung bezichtigte den Minister der Lüge.", "Die Zeitung"),
    ("Von den Grünen wurde scharfe Kritik an dem Plan geübt.", "Grünen"),
])
def test_speech_acts_told_by_a_verb_and_a_noun(analyse, sentence: str, speaker: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == "reported" and claim.speaker_mention.text == speaker, claim


@pytest.mark.parametrize("sentence", [
    "Viel Kritik wurde an der Leistung des Schiedsrichters geübt.",  # no critic
    "Hat der Verband Kritik an den Plänen geübt?",
    "Die Opposition übte keine Kritik an der Regierung.",
    "Niemand übte Kritik an den Plänen.",
    "Die Opposition will schwere Vorwürfe gegen die Regierung erheben.",
])
def test_noun_acts_not_done_are_no_claims(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


def test_noun_act_speaker_is_the_subject_and_relayed_words_stay_relayed(analyse) -> None:
    result = analyse("Veranstalter Timo Brandes gab der Stadt die Schuld an dem Debakel. Staatsanwalt "
                     "Joshua Steinglass bezichtigte Trump, Zeugen einzuschüchtern. Er habe alle Unterlagen "
                     "übergeben, erklärte Bender. Die Opposition mache ihn für Versäumnisse verantwortlich.")
    names = {a.id: a.name for a in result.actors}
    said = {c.text[:12]: names.get(c.speaker or "") for c in _claims(result)}
    assert said["Veranstalter"] == "Timo Brandes" and said["Staatsanwalt"] == "Joshua Steinglass", said
    assert said["Die Oppositi"] == "Bender", said


def test_a_demand_for_a_study_names_no_source(analyse) -> None:
    result = analyse("Der Verband stellte die Forderung nach einer zusätzlichen Studie.")
    assert [(c.form, c.speaker_mention.text) for c in _claims(result)] == [("reported", "Der Verband")]


def test_a_speech_noun_before_an_adverbial_clause_is_no_source(analyse) -> None:
    result = analyse("Der grüne Staatssekretär sagte der Zeitung, dass Biokraftstoffe angeboten werden "
                     "sollten. Ein flächendeckendes Angebot an Biokraftstoffen sei notwendig, damit "
                     "Verbraucher einen Anreiz bekämen.")
    mentions = [c.speaker_mention.text if c.speaker_mention else "" for c in _claims(result)]
    assert "Angebot" not in mentions, mentions


def test_the_noun_before_bare_estimates_is_not_their_source(analyse) -> None:
    result = analyse("Allein mit dem Drogengeschäft nimmt die Organisation Schätzungen zufolge jährlich "
                     "30 Milliarden Euro ein.")
    (claim,) = _claims(result)
    assert claim.speaker_mention.text == "Schätzungen", claim


def test_what_is_spoken_of_is_no_speaker(analyse) -> None:
    result = analyse("Von glatter Desinformation durch die Gewerkschaft wird gesprochen.")
    assert not any(c.speaker_mention and "Desinformation" in c.speaker_mention.text
                   for c in _claims(result)), _claims(result)


def test_the_dative_object_of_vorwerfen_is_not_the_speaker(analyse) -> None:
    result = analyse("McCains Kampagne selber dagegen warf Obama, nachdem dessen Entscheidung publik "
                     "wurde, vor, er habe damit gezeigt, nur ein typischer Politiker zu sein.")
    claim = next(c for c in _claims(result) if c.cue and c.cue.text == "warf")
    assert "Obama" not in _speaker(result, claim), claim
    assert claim.text == "er habe damit gezeigt, nur ein typischer Politiker zu sein", claim.text


@pytest.mark.parametrize(("sentence", "source"), [
    ("Aus der Regierung ist zu hören, der Milliardär habe die Filme in Auftrag gegeben.",
     "Aus der Regierung"),
    ("In den anfänglichen Berichten hatte es geheißen, dass sechs Menschen erschossen wurden.",
     "den anfänglichen Berichten"),
])
def test_impersonal_cues_take_the_source_phrase(analyse, sentence: str, source: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.speaker_mention.text == source, claim


@pytest.mark.parametrize("sentence", [
    "Es ist der unverwechselbare Sound der 80er Jahre, der hier zu hören ist.",
    "Das hatte es so noch nie geheißen.",
])
def test_impersonal_look_alikes_are_no_claims(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


def test_a_document_of_which_words_are_the_talk_is_their_source(analyse) -> None:
    result = analyse("Der Sender plant einen Stellenabbau. In einem internen Schreiben an die Mitarbeiter "
                     "war von einem „vertrauensvollen und offenen Dialog“ die Rede.")
    (claim,) = _claims(result)
    assert claim.speaker_mention.text == "einem internen Schreiben", claim


def test_a_state_passive_names_what_is_spoken_of_not_the_speaker(analyse) -> None:
    result = analyse("Der Kommissar Ján Figeľ sagte, die Kommission sei engagiert. Die Pflichten der Union "
                     "seien im Vertrag klar festgelegt: „Daraus ergibt sich unzweideutig, dass nationales "
                     "Recht dem Europäischen Recht nicht widersprechen darf.“")
    quote = next(c for c in _claims(result) if c.form == "direct")
    assert _speaker(result, quote) == "Ján Figeľ", quote


def test_a_rejection_pointing_back_does_not_take_over_the_demand(analyse) -> None:
    result = analyse("Die Rothemden fordern die Nennung eines genauen Datums für die Parlamentsauflösung. "
                     "Das lehnte Abhisit jedoch ab.")
    demand = next(c for c in _claims(result) if c.text.startswith("Die Rothemden"))
    assert demand.speaker_mention.text == "Die Rothemden", demand


def test_quoted_words_inside_a_spelled_out_accusation_are_its_makers(analyse) -> None:
    result = analyse("Auf den Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, "
                     "entgegneten die Unterstützer des Antrags, dass die Investoren eingebunden würden. "
                     "David Gamkrelids begründete die Forderung damit, dass Saakaschwili „ohne Vernunft“ "
                     "entschieden habe.")
    quoted = {c.text: _speaker(result, c) for c in _claims(result) if c.form == "direct"}
    assert quoted["sozialistischen Antrag"] == "CDU", quoted
    assert "damit" not in quoted.values(), quoted  # a pointing adverb names no one


@pytest.mark.parametrize(("sentence", "source"), [
    ("Nach dem vorläufigen Endergebnis erreichte die SPD 45,6 Prozent der Stimmen.",
     "dem vorläufigen Endergebnis"),
    ("Nach Grupps Meinung werden im Größenwahn Entscheidungen getroffen.", "Grupps Meinung"),
    ("Es gibt auch Gerüchte, nach denen Barrett an Krebs litt.", "Gerüchte"),
    ("Das ist eine Folge der Meinungsumfragen im Land, nach denen 72 Prozent der Briten die Verfassung "
     "ablehnen.", "Meinungsumfragen im Land"),
])
def test_nach_accounts(analyse, sentence: str, source: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.speaker_mention.text == source, claim


def test_nach_a_relative_pronoun_after_a_thing_is_no_account(analyse) -> None:
    assert _claims(analyse("Sie fanden das Haus, nach dem sie lange gesucht hatten.")) == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Kritiker sehen darin einen Verstoß gegen das Grundgesetz.", "Kritiker"),
    ("Die Opposition sieht in dem Urteil eine Gefahr für die Pressefreiheit.", "Opposition"),
    ("Als Grund nannte der Konzern die hohen Energiepreise.", "der Konzern"),
    ("Die Behörde gab als Ursache einen Kurzschluss an.", "Behörde"),
    ("Als Beispiel führte er die Proteste gegen den Umbau des Bahnhofs an.", "er"),
])
def test_views_and_reasons_are_reported_claims(analyse, sentence: str, speaker: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == "reported" and claim.speaker_mention.text == speaker, claim


@pytest.mark.parametrize("sentence", [
    "Er sah im Fernsehen den Bericht über den Unfall.",
    "Die Polizei sah in dem Auto eine Waffe.",
    "Sie sahen in der Ferne einen Turm.",
    "Der Verein führte die Tabelle als Tabellenführer an.",
    "Als Grund für den Ausfall gilt ein Defekt.",
])
def test_seeing_and_leading_are_no_claims(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Die Polizei schreibt den Rückgang der erhöhten Polizeipräsenz zu.", "Polizei"),
    ("Die Anwohner empfanden den Lärm als störend.", "Die Anwohner"),
    ("In ersten Berichten wurde als Ursache die Explosion eines Stahlofens vermutet.", "ersten Berichten"),
])
def test_attributing_feeling_and_supposing_a_cause_are_reported_claims(analyse, sentence: str,
                                                                         speaker: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == "reported" and claim.speaker_mention.text == speaker, claim


@pytest.mark.parametrize("sentence", [
    "Das Gemälde wird Rembrandt zugeschrieben.",
    "Sie schrieb ihm einen Brief.",
    "Er empfand große Freude.",
])
def test_writing_and_feeling_are_no_claims(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


@pytest.mark.parametrize(("sentence", "words"), [
    ("Am Montag wurde bekannt, dass Warrington an Krebs litt.", "Warrington an Krebs litt"),
    ("Nachdem bekannt geworden war, dass er gegen die Taliban kämpfte, wurde er zurückgeholt.",
     "er gegen die Taliban kämpfte"),
])
def test_what_became_known_is_an_unattributed_claim(analyse, sentence: str, words: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.text == words and claim.speaker is None and claim.source_type == "unattributed", claim


def test_a_passive_participle_tagged_as_adjective_is_a_cue(analyse) -> None:
    (claim,) = _claims(analyse("Ausländer wurden gestern von den Behörden angewiesen, die Hauptstadt bis "
                               "Montag zu verlassen."))
    assert claim.text == "die Hauptstadt bis Montag zu verlassen" and claim.speaker_mention.text == "Behörden"


def test_a_reason_given_in_a_passive_keeps_its_complement(analyse) -> None:
    result = analyse("Als Grund wurde angegeben, die Bürger nutzten immer mehr kleinere Tonnen, dadurch "
                     "würde der Aufwand sinken.")
    (claim,) = _claims(result)
    assert claim.form == "indirect" and claim.text.startswith("die Bürger nutzten"), claim


@pytest.mark.parametrize(("sentence", "speaker", "words"), [
    ("Der Minister machte deutlich, dass er nicht zurücktreten werde.", "Der Minister",
     "er nicht zurücktreten werde"),
    ("Die USA gaben an, vermutlich hielten sich in der Maschine zwei verdächtige Passagiere auf.", "USA",
     "vermutlich hielten sich in der Maschine zwei verdächtige Passagiere auf"),
])
def test_deutlich_machen_and_angeben_with_a_main_clause(analyse, sentence: str, speaker: str,
                                                        words: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.speaker_mention.text == speaker and claim.text == words, claim


def test_an_opening_wie_clause_names_the_source_not_a_thing_that_requires(analyse) -> None:
    result = analyse("Wie Norman Paech feststellt, verlangt der Tatbestand der Verschwörung zumindest das "
                     "Mitwissen.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Norman Paech", claim


def test_an_opening_wie_question_is_no_source(analyse) -> None:
    result = analyse("Wie sehr sie diese Musik geliebt hatten, bemerkten viele erst, als sie ersetzt wurde.")
    assert not any(c.form == "according_to" for c in _claims(result)), _claims(result)


@pytest.mark.parametrize(("sentence", "words"), [
    ("Bund und Länder haben sich darauf geeinigt, die Steuer zu senken.", "die Steuer zu senken"),
    ("Die Behörden erteilten den Befehl, das Flugzeug über Notrutschen zu verlassen.",
     "Die Behörden erteilten den Befehl, das Flugzeug über Notrutschen zu verlassen"),
])
def test_agreements_and_orders_are_claims(analyse, sentence: str, words: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.text == words, claim


@pytest.mark.parametrize("sentence", [
    "Die Minister haben sich heute nicht darauf geeinigt, Soldaten zur Verfügung zu stellen.",
    "Die Stadt erteilte die Baugenehmigung.",
    "Der Lord erteilte im Jahre 2003 den Auftrag zur Errichtung eines Denkmals.",
])
def test_no_agreement_and_a_permit_are_no_claims(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


def test_a_subject_before_a_quotation_opening_with_the_verb_is_reported_speech(analyse) -> None:
    result = analyse("Später sagte Angela Merkel vor der Presse, der Papst „ist und bleibt einer der "
                     "bedeutendsten Denker“.")
    texts = {(c.form, c.text) for c in _claims(result)}
    assert ("indirect", "der Papst „ist und bleibt einer der bedeutendsten Denker“") in texts, texts
    assert ("direct", "ist und bleibt einer der bedeutendsten Denker") in texts, texts


@pytest.mark.parametrize(("sentence", "speaker", "words"), [
    ("Die Kanzlerin hat am Samstag in Berlin angekündigt, kurzfristig zurückzutreten als Chefin der CDU.",
     "Die Kanzlerin", "kurzfristig zurückzutreten als Chefin der CDU"),
    ("Ägypten wird inzwischen aufgefordert, die Grenze zu öffnen, so Hisbollah-Chef Hassan Nasrallah im "
     "Fernsehen.", "Hassan Nasrallah", "Ägypten wird inzwischen aufgefordert, die Grenze zu öffnen"),
    ("Das Kühlsystem war wegen „Problemen mit der Elektrizität“ ausgefallen, so ein Sprecher des CERN.",
     "ein Sprecher des CERN", "Das Kühlsystem war wegen „Problemen mit der Elektrizität“ ausgefallen"),
])
def test_infinitive_with_a_trailing_phrase_and_clauses_vouched_by_so(analyse, sentence: str, speaker: str,
                                                                      words: str) -> None:
    claims = [c for c in _claims(analyse(sentence)) if c.form != "direct"]
    assert [(c.speaker_mention.text, c.text) for c in claims] == [(speaker, words)], claims


def test_a_tagger_infinitive_without_zu_is_no_complement(analyse) -> None:
    result = analyse("Die Ansichten des Piloten, der Firma sowie des Staatsanwaltes weichen in der Auslegung "
                     "voneinander ab.")
    assert _claims(result) == [], _claims(result)


@pytest.mark.parametrize(("sentence", "source"), [
    ("Wie der Sprecher ausführte, sei die Lage stabil.", "der Sprecher"),
    ("Wie Experten schätzen, sind 300 Menschen betroffen.", "Experten"),
])
def test_more_reporting_verbs_in_wie_clauses(analyse, sentence: str, source: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == "according_to" and claim.speaker_mention.text == source, claim


@pytest.mark.parametrize("sentence", [
    "Die Arithmetik und der Kalender sprechen für Romney.",
    "Vieles spricht dafür, dass er gewinnt.",
])
def test_what_speaks_for_something_indicates_it(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


@pytest.mark.parametrize("sentence", [
    "Man weiß: Benzin eignet sich nicht als Grillanzünder.",
    "Seit langem weiß man, dass der Stern einen Planeten besitzt.",
    "Als einer der Männer, ein türkischer Student, erfuhr, dass ihm Hörner aufgesetzt worden waren, beendete "
    "er die Beziehung.",
    "Als die Täterin bemerkte, dass ihr Ex-Freund das Aufsehen von Passanten erregt hatte, floh sie.",
])
def test_what_is_known_or_learnt_is_no_claim(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


@pytest.mark.parametrize(("sentence", "source", "via"), [
    ("Wie die Zeitung erfuhr, soll der Minister zurücktreten.", "die Zeitung", None),
    ("Wie der „Spiegel“ aus Regierungskreisen erfuhr, will der Minister zurücktreten.", "Spiegel",
     "regierungskreise"),
])
def test_what_an_outlet_learnt_is_its_account(analyse, sentence: str, source: str, via: str | None) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == "according_to" and claim.speaker_mention.text == source and claim.via == via, claim


def test_a_quoted_phrase_opening_with_a_preposition_is_no_name(analyse) -> None:
    result = analyse("In einer kurzen Presseerklärung erklärte die SPD-Landtagsfraktion zum Rücktritt "
                     "Hartmanns, die Fraktion nehme die Entscheidung „zur Kenntnis“.")
    assert "zur Kenntnis" in [c.text for c in _claims(result) if c.form == "direct"], _claims(result)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die SPD und PDS wollen ab der siebten Klasse einen verpflichtenden Werteunterricht einführen. Die "
     "Schulleitungen sollen keinen Spielraum erhalten, den Werteunterricht zu Gunsten von Religion "
     "abzusetzen.",
     "SPD und PDS"),
    ("Siemens plant den Abbau von 500 Stellen. Dabei soll das Werk in Bochum geschlossen werden.", "Siemens"),
])
def test_plan_after_a_stated_intent_is_the_actors_plan(analyse, text: str, speaker: str) -> None:
    (claim,) = _claims(analyse(text))
    assert claim.form == "indirect" and claim.speaker_mention.text == speaker, claim


@pytest.mark.parametrize("text", [
    "Siemens plant den Abbau von 500 Stellen. Experten sollten die Lage prüfen.",
    "Siemens plant den Abbau von 500 Stellen.\n\nDabei soll das Werk in Bochum geschlossen werden.",
    "Siemens baute 500 Stellen ab. Dabei soll das Werk in Bochum geschlossen werden.",
])
def test_a_soll_not_right_after_an_intent_is_no_plan(analyse, text: str) -> None:
    assert _claims(analyse(text)) == [], _claims(analyse(text))


def test_an_attributive_participle_is_no_cue_and_zufolge_names_the_quotations_source(analyse) -> None:
    result = analyse("Grund für die Rückkehr waren dem Bericht zufolge nicht näher bezeichnete „technische "
                     "Probleme“, die zu einer Landung in München zwangen.")
    quoted = [c for c in _claims(result) if c.form == "direct"]
    assert [(c.text, c.speaker_mention.text if c.speaker_mention else None) for c in quoted] == [
        ("technische Probleme", "dem Bericht")], quoted
    assert _claims(analyse("Die Polizei nahm drei nicht näher genannte Verdächtige fest.")) == []


@pytest.mark.parametrize("sentence", [
    "Der frühere Ministerpräsident Thailands, Thaksin Shinawatra, der im Exil lebt, wandte sich zuletzt "
    "wiederholt an seine Anhänger mit der Aufforderung, ihre außerparlamentarische Macht zu demonstrieren.",
    "Der Ministerpräsident Thailands, Thaksin Shinawatra, vertritt die Ansicht, die Regierung sei am Ende.",
])
def test_speech_noun_of_a_person_apposed_to_a_role_with_a_genitive_state(analyse, sentence: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.speaker_mention.text == "Thaksin Shinawatra", claim


def test_a_quotation_outside_a_relative_clause_with_a_cue_is_the_source_phrases(analyse) -> None:
    result = analyse("Laut Polizei ist die Demonstration, zu der ein Bündnis aufgerufen hatte, „weitgehend "
                     "störungsfrei“ verlaufen.")
    assert [c.speaker_mention.text for c in _claims(result) if c.form == "direct"] == ["Polizei"]
    result = analyse("Laut Berliner Polizei ist die Demonstration, zu der ein Bündnis von 167 Organisationen "
                     "aufgerufen hatte, „weitgehend störungsfrei“ verlaufen. Der Minister, der „Wir schaffen "
                     "das“ gesagt hatte, trat zurück.")
    quoted = {c.text: c.speaker_mention.text for c in _claims(result) if c.form == "direct"}
    assert quoted == {"weitgehend störungsfrei": "Berliner Polizei",
                      "Wir schaffen das": "Der Minister"}, quoted


@pytest.mark.parametrize("sentence", [
    "Der Name Ubuntu bedeutet auf Zulu etwa „Menschlichkeit“ und bezeichnet eine afrikanische Philosophie.",
    "Die Erfahrungen der Praxis sprechen eine andere Sprache: Die Schulen in Friedrichshafen haben genug "
    "Lehrer.",
    "Shelby hält mit seinem „Ultimate Aero“ bereits seit 2007 den Weltrekord für das schnellste Serienauto.",
])
def test_what_words_denote_and_records_held_are_no_claims(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


@pytest.mark.parametrize("text", [
    "Die Polizei will nun weitere Zeugen befragen. Der Mann soll zudem in Berlin bereits vorbestraft sein.",
    "Die Polizei will den Fall rasch aufklären. Der Fahrer soll betrunken gewesen sein.",
])
def test_hearsay_after_an_intent_is_no_plan(analyse, text: str) -> None:
    assert _claims(analyse(text)) == [], _claims(analyse(text))


def test_quotations_back_to_back_before_the_cue_are_the_cues_speakers(analyse) -> None:
    result = analyse("Der Bürgermeister sagte, die Straße werde im Mai fertig. „Das glaube ich nicht.“ „Die "
                     "Firma ist seit Monaten im Verzug“, sagte ein Anwohner.")
    quoted = {c.text: c.speaker_mention.text for c in _claims(result) if c.form == "direct"}
    assert quoted == {"Das glaube ich nicht.": "ein Anwohner",
                      "Die Firma ist seit Monaten im Verzug": "ein Anwohner"}, quoted


@pytest.mark.parametrize("sentence", [
    "Die russische Regierung wies die Beschwerde der EU-Kommission als Propaganda zurück.",
    "Im Ministerium weiß man, dass die Zahlen geschönt sind.",
])
def test_a_judged_rejection_and_knowledge_placed_somewhere_stay_claims(analyse, sentence: str) -> None:
    assert len(_claims(analyse(sentence))) == 1, _claims(analyse(sentence))


def test_a_reason_given_in_an_agentless_passive_is_an_unattributed_claim(analyse) -> None:
    (claim,) = _claims(analyse("Als Todesursache des 67-jährigen Politikers wurde ein Herzinfarkt "
                               "angegeben."))
    assert claim.form == "reported" and claim.speaker is None and claim.source_type == "unattributed", claim


def test_a_verb_second_complement_may_open_with_a_coordinated_phrase(analyse) -> None:
    (claim,) = _claims(analyse("Die „Süddeutsche Zeitung“ hatte gestern berichtet, 200 feste und 300 freie "
                               "Mitarbeiter sollen entlassen werden."))
    assert claim.text == "200 feste und 300 freie Mitarbeiter sollen entlassen werden", claim
    assert claim.speaker_mention.text == "Süddeutsche Zeitung", claim


def test_a_plan_carries_no_hearsay_or_passive_reason_on(analyse) -> None:
    result = analyse("Die Reederei Hanse-Line beabsichtigt, ihre Flotte zu erneuern. Bis 2028 sollen zwölf "
                     "neue Schiffe in Dienst gestellt werden. Der Vorstandschef soll dafür bereits Kredite "
                     "aufgenommen haben. Als Begründung für die Eile wurde der Fachkräftemangel angeführt.")
    claims = [(c.text, c.speaker) for c in _claims(result)]
    assert claims == [("Bis 2028 sollen zwölf neue Schiffe in Dienst gestellt werden", "hanse-line"),
                      ("Als Begründung für die Eile wurde der Fachkräftemangel angeführt", None)], claims


@pytest.mark.parametrize(("sentence", "source"), [
    ("Nach dem Ausbruch in Rumänien ist davon auszugehen, dass die Vorfälle nicht regional bleiben.", None),
    ("Auch Positives ist zu berichten: Eine weitere Diskriminierung wurde abgestellt.", None),
    ("Nach Ansicht von Experten ist anzunehmen, dass der Winter mild wird.", "Experten"),
])
def test_what_is_to_be_assumed_has_only_a_source_phrase(analyse, sentence: str, source: str | None) -> None:
    (claim,) = _claims(analyse(sentence))
    assert (claim.speaker_mention.text if claim.speaker_mention else None) == source, claim


def test_listed_slogans_are_speech_and_listed_titles_are_not(analyse) -> None:
    result = analyse(
        "Die Demonstranten skandierten dabei Parolen wie zum Beispiel „Stoppt den Überwachungswahn“ "
        "oder „Vorratsdatenspeicherung – sinnlos, teuer, einfach dumm“. Die Besucher hörten Vorträge "
        "zu Themen wie „Der Einsatz der Trümmerbahnen“, „Erinnerungen an Dresden“ und „Zur Geschichte "
        "der Straßenbahn“. Anhänger trugen Transparente, auf denen Sprüche wie „Nieder mit der "
        "Besatzung“ standen.")
    assert [c.text for c in _claims(result) if c.form == "direct"] == [
        "Stoppt den Überwachungswahn", "Vorratsdatenspeicherung – sinnlos, teuer, einfach dumm",
        "Nieder mit der Besatzung"], _claims(result)


def test_umlaut_plurals_languages_and_what_was_shown_in_reported_speech(analyse) -> None:
    result = analyse(
        "Erneut wurden Vorwürfe laut, die Angreifer seien bezahlt worden. Die Angreifer sprachen "
        "nicht den lokalen Dialekt, sondern Mandarin. Die Kampagne des Senators warf Obama vor, er "
        "habe mit dieser Entscheidung gezeigt, nur ein „typischer Politiker“ zu sein. Der NDR will "
        "wissen, dass Mindermann das Mädchen gefragt habe, was sie „anhabe“.")
    claims = {c.text: c.speaker_mention.text if c.speaker_mention else None for c in _claims(result)}
    # "Vorwürfe" is a form of "Vorwurf"; a language spoken is no speech act; a quotation in what
    # "er habe gezeigt" is the accuser's word, one in what "er habe gefragt" the asker's
    assert claims["die Angreifer seien bezahlt worden"] == "Vorwürfe", claims
    assert not [t for t in claims if t.startswith("Die Angreifer sprachen")], claims
    assert claims["typischer Politiker"] == "Die Kampagne des Senators", claims
    assert claims["anhabe"] == "Mindermann", claims


def test_supporters_of_a_person_speak_themselves_a_spokesperson_for_the_person(analyse) -> None:
    result = analyse("Saddam Hussein wurde verurteilt. Einige Anhänger Saddam Husseins riefen „Nieder mit "
                     "der Besatzung“. Wladimir Putin reiste ab. Die Sprecherin Wladimir Putins sagte, man "
                     "warte ab.")
    speakers = {c.text: (c.speaker_mention.text, c.speaker) for c in _claims(result)}
    assert speakers["Nieder mit der Besatzung"] == ("Einige Anhänger Saddam Husseins", None), speakers
    assert speakers["man warte ab"][1] == "wladimir-putin", speakers


@pytest.mark.parametrize(("text", "name"), [
    ("Die Rolling-Stones-Tour „A Bigger Bang“ stellte einen neuen Weltrekord auf. Davor hatten die Stones "
     "den Rekord mit ihrer Tour „Voodoo Lounge“ gehalten. „A Bigger Bang“ sahen weltweit 4.680.000 "
     "Zuschauer.",
     "A Bigger Bang"),
    ("Rob Mueller sagte zum „Algemeen Dagblad“, alle Spieler hätten dem Schiedsrichter die Hand gegeben.",
     "Algemeen Dagblad"),
    ("So berichtete die in Oberösterreich erscheinende „Rundschau am Sonntag“ gestern von einer Initiative.",
     "Rundschau am Sonntag"),
    ("Die Raumfähre „Discovery“ bleibt einen Tag länger im All, das entschied die NASA.", "Discovery"),
    ("Seitens der Veranstaltungszentren „Backstage“ wurde auf vertragliche Bindungen verwiesen.",
     "Backstage"),
    ("Am 31. Mai informierten unter dem Motto „Tabak: Tödlich in jeder Form“ die „Deutsche Krebshilfe“, die "
     "„Nichtraucher-Initiative Deutschland e.V. (NID)“ und die WHO über die Gefahren des Rauchens.",
     "Nichtraucher-Initiative Deutschland e.V. (NID)"),
    ("Der Experte geht laut dem Bericht des Fachmagazins „Automobilwoche“ davon aus, dass Stellen entstehen.",
     "Automobilwoche"),
])
def test_quoted_names_are_no_direct_speech(analyse, text: str, name: str) -> None:
    claims = _claims(analyse(text))
    assert not [c for c in claims if c.text == name], claims


@pytest.mark.parametrize("sentence", [
    "Das Gericht hat am 27. Februar ein mit Spannung erwartetes Urteil zum Thema Online-Durchsuchungen "
    "gesprochen.",
    "Das Bundesverfassungsgericht wies die Klage Berlins am 8. Februar 2008 zurück.",
    "Die Richter wiesen den Eilantrag der Partei zurück.",
    "Schmid gewann, indem er seine beiden Mitbewerber auf die Plätze verweisen konnte.",
    "Der Schiedsrichter verwies den Spieler vom Platz.",
])
def test_rulings_and_sports_are_no_speech_acts(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


@pytest.mark.parametrize("sentence", [
    "Der Minister wies den Vorwurf zurück.",
    "Der Konzern wies die Beschwerden der Anwohner zurück.",
    "Der Sprecher verwies auf die Statistik.",
    "Die Opposition sprach von einem Urteil gegen die Demokratie.",
])
def test_denials_and_pointers_stay_acts(analyse, sentence: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == "reported", claim


@pytest.mark.parametrize("sentence", [
    "Die Opposition sprach von einem Skandal.",
    "Der Sprecher sprach für die Regierung von einem Erfolg.",
    "Der Minister sprach sich für Romney aus.",
])
def test_speaking_of_and_out_for_stay_acts(analyse, sentence: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == "reported", claim


@pytest.mark.parametrize("sentence", [
    "Das Erdbeben hat mehr als 100 Tote gefordert.",
    "Die Krise fordert ihren Tribut.",
    "Die Lage verlangt schnelles Handeln.",
])
def test_a_death_toll_and_what_a_situation_requires_are_no_demands(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


def test_the_dead_in_the_subject_leave_the_demand(analyse) -> None:
    (claim,) = _claims(analyse("Die Eltern der Toten fordern Aufklärung."))
    assert claim.form == "reported" and claim.speaker_mention.text == "Die Eltern der Toten", claim


@pytest.mark.parametrize(("sentence", "source", "words"), [
    ("Der Trainer zeigte sich überzeugt, dass die Mannschaft den Klassenerhalt schafft.", "Der Trainer",
     "die Mannschaft den Klassenerhalt schafft"),
    ("Aus Sicht der Gewerkschaft ist der Abschluss ein Erfolg.", "der Gewerkschaft",
     "ist der Abschluss ein Erfolg"),
    ("Für die Opposition ist klar, dass der Minister zurücktreten muss.", "die Opposition",
     "der Minister zurücktreten muss"),
    ("Wie aus einem Bericht der Polizei hervorgeht, wurden drei Menschen verletzt.", "Polizei",
     "wurden drei Menschen verletzt"),
    ("Er ließ verlauten, dass er nicht kandidieren werde.", "Er", "er nicht kandidieren werde"),
])
def test_convictions_views_and_reports_that_emerge(analyse, sentence: str, source: str, words: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.speaker_mention.text == source and claim.text == words, claim


@pytest.mark.parametrize("sentence", [
    "Für die Kinder ist es wichtig, dass sie spielen können.",
    "Aus Sicherheitsgründen wurde die Straße gesperrt.",
])
def test_importance_and_safety_are_no_views(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


def test_a_feminine_name_after_der_is_no_subject(analyse) -> None:
    (claim,) = _claims(analyse("Die Kanzlerin sicherte der Ukraine weitere Unterstützung zu."))
    assert claim.speaker_mention.text == "Die Kanzlerin", claim


def test_talking_with_someone_is_no_claim(analyse) -> None:
    assert _claims(analyse("Der Vorsitzende sprach mit Journalisten über die Lage.")) == []


def test_speaking_openly_about_a_coalition_stays_an_act(analyse) -> None:
    (claim,) = _claims(analyse("Der Ministerpräsident spricht seit einiger Zeit offen über eine "
                               "Koalition mit den Grünen."))
    assert claim.form == "reported", claim


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Harringtons Kampagne warf Delgado vor, er habe gelogen.", "Harringtons Kampagne"),
    ("Der Gouverneur von Nevada sicherte Delgado seine Unterstützung zu.", "Der Gouverneur von Nevada"),
])
def test_the_name_after_a_dative_verb_is_its_addressee(analyse, sentence: str, speaker: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.speaker_mention.text == speaker, claim


@pytest.mark.parametrize("sentence", [
    "Was die Forscher dort finden werden, weiß noch niemand.",
    "Das Unglück forderte auch zahlreiche Schwerverletzte.",
])
def test_nobodys_knowledge_and_the_injured_are_no_claims(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


def test_refusing_to_comment_names_no_speaker_after_it(analyse) -> None:
    result = analyse("Er sprach am Abend mit Journalisten über seine Pläne, äußerte sich aber nicht zu den "
                     "Gründen.")
    assert not any(c.speaker_mention and c.speaker_mention.text == "Gründen" for c in _claims(result))


@pytest.mark.parametrize(("sentence", "form"), [
    ("Die Stadt Düsseldorf erwog bereits, vom Vertrag zurückzutreten.", "indirect"),
    ("Außenministerin Jiménez erwog auch eine Einstandspflicht der EU.", "reported"),
])
def test_considering_is_a_reported_stance(analyse, sentence: str, form: str) -> None:
    (claim,) = _claims(analyse(sentence))
    assert claim.form == form, claim


def test_a_sentence_about_the_speaker_between_keeps_the_konjunktiv_ii_his(analyse) -> None:
    result = analyse("Wirtschaftsminister Clement geht davon aus, dass viele Empfänger falsche Angaben "
                     "machen. Im Besonderen hat er junge Leute im Verdacht. Diese würden bei ihren Eltern "
                     "wohnen, dies aber verschweigen.")
    claim = next(c for c in _claims(result) if c.text.startswith("Diese würden"))
    assert _speaker(result, claim) == "Clement", claim


def test_a_demonstrative_subject_after_the_verb_is_the_person_before(analyse) -> None:
    result = analyse("In einer Stellungnahme von Ahmed al-Assadi, einem Sprecher der Miliz, beschuldigte "
                     "dieser Israel und die Vereinigten Staaten.")
    (claim,) = _claims(result)
    assert claim.speaker_mention.text == "dieser" and "Israel" not in _speaker(result, claim), claim


def test_a_study_shown_in_konjunktiv_is_the_speaker_befores_reading(analyse) -> None:
    result = analyse("Die Ministerin Annette Schavan erklärte, die Gebühren stärkten die Hochschulen. Die "
                     "Studie zeige in Wahrheit, „dass die Gebühren kaum vom Studium abschrecken“.")
    quote = next(c for c in _claims(result) if c.form == "direct")
    assert _speaker(result, quote) == "Annette Schavan", quote


@pytest.mark.parametrize("sentence", [
    "Die Zahl der Toten durch die Operation „Cast Lead“ („gegossenes Blei“) stieg auf 384.",
    "In dem Musical sang er unter anderem „Wenn ich einmal reich wär…“.",
    "Die Flugzeuge von „Brothers to the Rescue“ wurden abgeschossen.",
    "Das Bündnis, das sich selbst „Allianz zur Europäischen Integration“ (AIE) nennt, kam auf 48 Prozent.",
])
def test_translations_songs_and_names_are_no_quotations(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


def test_a_quoted_sentence_with_a_verb_of_playing_is_still_speech(analyse) -> None:
    (claim,) = _claims(analyse("„Wir spielten gut“, sagte der Trainer."))
    assert claim.form == "direct", claim


@pytest.mark.parametrize("sentence", [
    "Der Artname wird von der Mine abgeleitet, der Name lautet also „riesige Boa von Cerrejón“.",
    "Mehr als 7.500 Menschen haben im Rahmen des Aktionstages „Freiheit statt Angst“ demonstriert.",
    "Ihm war der Titel mit dem Prädikat „summa cum laude“ verliehen worden.",
])
def test_a_name_that_is_so_called_is_no_quotation(analyse, sentence: str) -> None:
    assert _claims(analyse(sentence)) == [], _claims(analyse(sentence))


def test_informing_about_a_topic_is_no_claim(analyse) -> None:
    assert _claims(analyse("Der Verkehrsverbund informierte die Kunden über das erste Bauwochenende.")) == []
    (claim,) = _claims(analyse("Die Polizei informierte, dass die Straße gesperrt sei."))
    assert claim.text == "die Straße gesperrt sei", claim


def test_the_words_quoted_after_a_laut_source_are_not_the_source(analyse) -> None:
    (claim,) = _claims(analyse("Mair rief bei dem Angriff laut Zeugenaussagen „Britain First“."))
    assert claim.speaker_mention.text == "Zeugenaussagen", claim
    (claim,) = _claims(analyse("Laut einem Artikel der „New York Times“ ist der Minister krank."))
    assert "New York Times" in claim.speaker_mention.text, claim


def test_erst_nach_is_a_time_not_an_account(analyse) -> None:
    assert _claims(analyse("Erst nach umfangreichen Ermittlungen war genug Material gesammelt.")) == []


def test_a_check_that_showed_something_in_konjunktiv_is_the_speaker_befores_reading(analyse) -> None:
    result = analyse("Der Kommissionsvorsitzende Manfred Berg erklärte, man habe die Arbeit genau gelesen. "
                     "Die Überprüfung der Arbeit habe ergeben, dass die Plagiate nicht unerheblich seien.")
    claim = next(c for c in _claims(result) if "die Plagiate" in c.text)
    assert _speaker(result, claim) == "Manfred Berg", claim


def test_second_participle_of_a_perfect_shares_its_subject(analyse) -> None:
    # the parse hangs the subject on "hat" and "ausgesprochen" on "hat", "behauptet" on "ausgesprochen"
    result = analyse("Das Modell führt zu Ängsten der Leitung anderer Schulformen, etwa benachbarter "
                     "Realschulen oder der Berufsschulen. So hat sich etwa die Landesvorsitzende des Real"
                     "schullehrerverbands, Karin Broszat, gerade dieser Tage gegen die Konkurrenz aus der "
                     "Gemeinschaftsschule ausgesprochen und behauptet, die neuen Oberstufen kämen nur durch "
                     "„Trickserei“ zustande.")
    claim = next(c for c in _claims(result) if c.text.startswith("die neuen Oberstufen"))
    assert _speaker(result, claim) == "Karin Broszat"


def test_third_verb_of_a_list_has_the_subject_in_front_not_an_object_parsed_as_one(analyse) -> None:
    result = analyse("Bundespräsident Horst Köhler möchte nun diese Debatte versachlichen, nimmt die "
                     "Abgeordneten sogar in Schutz und warnt vor einer pauschalen Verurteilung wegen deren "
                     "Nebentätigkeiten.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Horst Köhler"


def test_what_someone_ought_to_know_is_no_new_speaker(analyse) -> None:
    result = analyse("Karsai sagte am Sonntag vor Journalisten weiter, Afghanistan sei ein „Opfer des "
                     "Terrorismus“ und Baitullah Mehsud sollte wissen, „dass wir jetzt hinter ihm her sind "
                     "und ihn in seinem Haus erwischen werden.“")
    claim = next(c for c in _claims(result) if c.text.startswith("dass wir"))
    assert _speaker(result, claim) == "Karsai"


def test_quotation_in_a_passive_sentence_is_the_agent_s(analyse) -> None:
    result = analyse("Das Problem ist in Ungarn kein Einzelfall. Ortschaften mit einem hohen Roma-Anteil "
                     "werden immer wieder von Rechtsextremisten in Märschen durchquert, um auf "
                     "„Zigeunerkriminalität aufmerksam zu machen“.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Rechtsextremisten"


def test_the_subject_of_a_passive_is_no_speaker_of_a_quotation_in_it(analyse) -> None:
    result = analyse("An die Filmemacher richtet sich aber auch viel Kritik. Die Arbeit der Organisationen "
                     "in der Region werde ausgeklammert, vielmehr betreibe der Film an Kolonialismus „weißes "
                     "Gutmenschentum“: Er fokussiere auf die Schuld Joseph Konys.")
    claim = next(c for c in _claims(result) if c.text == "weißes Gutmenschentum")
    assert claim.speaker is None and claim.speaker_mention is None, claim


def test_demnach_with_no_actor_names_the_account_it_refers_to(analyse) -> None:
    result = analyse("Die Ermittler haben schwere Vorwürfe gegen die Piloten erhoben. Inzwischen sind "
                     "präzise Beschuldigungen an die Öffentlichkeit gelangt. Demnach steht der Kopilot in "
                     "der Schusslinie. Nach den Ermittlungen des Richters war Demjanjuk einer der Trawniki. "
                     "Demjanjuk sei demnach zunächst in Majdanek eingesetzt worden.")
    kopilot = next(c for c in _claims(result) if "Kopilot" in c.text)
    assert kopilot.speaker_mention is not None and kopilot.speaker_mention.text == "präzise Beschuldigungen"
    majdanek = next(c for c in _claims(result) if "Majdanek" in c.text)
    assert majdanek.speaker_mention is not None
    assert majdanek.speaker_mention.text == "den Ermittlungen des Richters"


def test_a_second_verb_after_the_speaker_is_his_next_act_not_his_message(analyse) -> None:
    result = analyse("Die Partei brauche Geschlossenheit, sagte Parteichefin Andrea Kollwitz, räumte aber "
                     "ein, Fehler gemacht zu haben. Oberhuber begrüßte das Engagement der Bürger, warnte "
                     "aber zugleich davor, die Lage zu unterschätzen.")
    said = {c.text: (_speaker(result, c), c.cue.text if c.cue else "") for c in _claims(result)}
    assert said["Die Partei brauche Geschlossenheit"] == ("Andrea Kollwitz", "sagte"), said
    assert said["Fehler gemacht zu haben"] == ("Andrea Kollwitz", "räumte"), said
    assert said["die Lage zu unterschätzen"][1] == "warnte", said


def test_konjunktiv_the_tagger_calls_a_noun_is_reported_speech(analyse) -> None:
    result = analyse("Er leide unter dem Unfall, sagte Kuhnle.")
    (claim,) = _claims(result)
    assert claim.text == "Er leide unter dem Unfall" and _speaker(result, claim) == "Kuhnle"


def test_a_relative_of_someone_else_is_no_epithet_of_the_person_named_before(analyse) -> None:
    result = analyse("Eine Revision sei nicht ausgeschlossen, sagte Oberstaatsanwältin Monika Treiber. „Für "
                     "uns ist das ein zweiter Schlag“, sagte die Witwe des Opfers.")
    claim = next(c for c in _claims(result) if c.text.startswith("Für uns"))
    assert claim.speaker is None and _speaker(result, claim) == "die Witwe des Opfers"


def test_a_name_parsed_as_the_object_of_ausschliessen_is_its_subject(analyse) -> None:
    result = analyse("EZB-Präsidentin Claire Devaux begründete den Schritt. Weitere Zinssenkungen schloss "
                     "Devaux nicht aus.")
    claim = next(c for c in _claims(result) if c.text.startswith("Weitere"))
    assert _speaker(result, claim) == "Claire Devaux"


def test_a_player_noun_with_a_medium_or_club_after_it_is_the_player_named_before(analyse) -> None:
    result = analyse("Kapitän Marvin Wanitzek sah Rot. „Das war dumm von mir“, sagte der Mittelfeldspieler "
                     "bei Sky. Giulia Gwinn traf zweimal. „Wir sind auf einem guten Weg“, sagte die "
                     "Abwehrspielerin des FC Bayern. „Wir prüfen das“, sagte ein Sprecher des FC Bayern.")
    said = {c.text: _speaker(result, c) for c in _claims(result)}
    assert said["Das war dumm von mir"] == "Marvin Wanitzek", said
    assert said["Wir sind auf einem guten Weg"] == "Giulia Gwinn", said
    assert said["Wir prüfen das"] == "FC Bayern München", said  # as listed


def test_with_the_parse_lost_the_actor_before_the_auxiliary_is_the_subject(analyse) -> None:
    result = analyse("Der erst kürzlich ernannte Weihbischof der Diözese Linz, Gerhard Maria Wagner hat "
                     "Papst Benedikt XVI. gebeten, seine Ernennung zurückzunehmen.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Gerhard Maria Wagner"


def test_a_second_verb_right_after_a_quotation_shares_the_subject(analyse) -> None:
    result = analyse("Theo Zwanziger, Präsident des Deutschen Fußball Verbands (DFB) nannte die Bewerbung "
                     "von Kanada „sehr respektabel“ stellte aber gleichzeitig fest, dass „Europa dran ist.“")
    assert {_speaker(result, c) for c in _claims(result)} == {"Theo Zwanziger"}
    act = next(c for c in _claims(result) if c.form == "reported")
    assert act.text.endswith("„sehr respektabel“"), act.text


def test_laut_with_an_institute_fuer_and_the_person_apposed(analyse) -> None:
    result = analyse("Laut dem Präsidenten des Instituts für Wirtschaftsforschung, Clemens Haubner, ist der "
                     "Spielraum größer.")
    (claim,) = _claims(result)
    assert claim.text == "ist der Spielraum größer" and _speaker(result, claim) == "Clemens Haubner"


def test_complaining_and_scolding_introduce_words_but_suing_does_not(analyse) -> None:
    result = analyse("„Ich habe heute zwei Stunden gebraucht“, klagte eine Pflegerin aus Barmbek. "
                     "Internationale Medien klagten darüber, dass sie behindert würden. „Das ist eine "
                     "Frechheit“, schimpfte der Trainer. Die Firma klagte gegen den Bescheid.")
    said = {c.text: c.cue.text if c.cue else "" for c in _claims(result)}
    assert said == {"Ich habe heute zwei Stunden gebraucht": "klagte", "sie behindert würden": "klagten",
                    "Das ist eine Frechheit": "schimpfte"}, said


def test_quotation_without_cue_after_an_opening_phrase_is_the_subject_s(analyse) -> None:
    result = analyse("In der Vergangenheit hatten Politiker ein Gesetz abgelehnt. Im Vorfeld der nun "
                     "abgesagten Parade haben Anhänger der Organisation „Obraz“ mit der Parole „Wir erwarten "
                     "euch“, die in Belgrad auf viele Wände gesprüht war, den Homosexuellen massiv gedroht.")
    claim = next(c for c in _claims(result) if c.text == "Wir erwarten euch")
    assert _speaker(result, claim) == "Obraz"


def test_a_person_apposed_to_any_source_phrase_is_the_speaker_titles_allowed(analyse) -> None:
    result = analyse("Nach Angaben der Präsidentin des Instituts, Claudia Brenner, ist die Lage ernst. Laut "
                     "dem Leiter der Klinik, Professor Harald Pohl, fehlt Personal.")
    said = {c.text: _speaker(result, c) for c in _claims(result)}
    assert said == {"ist die Lage ernst": "Claudia Brenner", "fehlt Personal": "Harald Pohl"}, said


def test_a_source_phrase_in_a_clause_of_another_claim_is_a_claim_of_its_own(analyse) -> None:
    result = analyse("Die Vereinten Nationen baten die EU um Soldaten, weil die Mission nach Angaben der UN "
                     "überfordert ist. Der Sprecher der Polizei, Lars Beringer, sagte, der Mann, der laut "
                     "Zeugen angeblich bewaffnet war, sei geflohen.")
    nested = {c.text: (_speaker(result, c), c.hedges) for c in _claims(result) if c.form == "according_to"}
    assert nested == {"weil die Mission nach Angaben der UN überfordert ist": ("Vereinte Nationen", []),
                      "der laut Zeugen angeblich bewaffnet war": ("Zeuge", ["angeblich"])}, nested


def test_a_particle_of_a_later_verb_makes_no_speech_verb_of_an_earlier_one(analyse) -> None:
    result = analyse("Die Notenbank senkte den Leitzins. Der Euro gab leicht nach, der Dax legte zu.")
    assert _claims(result) == [], [c.text for c in _claims(result)]


def test_a_leader_noun_is_a_role_before_a_name(analyse) -> None:
    result = analyse("„Das ist ein Skandal“, sagte Oppositionsführer Jair Lapid.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Jair Lapid"


def test_with_the_parse_lost_the_apposed_phrase_in_front_is_the_subject_not_the_object(analyse) -> None:
    result = analyse("Die Fraktionschefin des Rassemblement National, Marine Le Pen, kündigte Widerstand an.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Marine Le Pen"


def test_a_speech_verb_negated_after_its_subject_did_not_happen(analyse) -> None:
    result = analyse("Einzelheiten nannte ein Sprecher des Ministeriums nicht.")
    assert _claims(result) == [], [c.text for c in _claims(result)]


def test_a_speech_verb_in_a_wer_clause_is_part_of_the_reported_words(analyse) -> None:
    result = analyse("„Wir investieren so viel wie nie“, sagte Finanzminister Henning Brauer. Wer jetzt nach "
                     "Kürzungen rufe, müsse auch sagen, wo gespart werden solle.")
    said = {c.text: _speaker(result, c) for c in _claims(result)}
    assert said == {"Wir investieren so viel wie nie": "Henning Brauer",
                    "Wer jetzt nach Kürzungen rufe, müsse auch sagen, wo gespart werden solle":
                        "Henning Brauer"}, said


def test_a_second_speech_verb_after_a_comma_has_the_first_ones_subject_not_its_object(analyse) -> None:
    result = analyse("Regierungschefin Anna Wiśniewska räumte die Niederlage ein, schloss einen "
                     "Rücktritt aber aus.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Anna Wiśniewska" and claim.form == "reported"


def test_man_in_konjunktiv_after_reported_words_is_the_speaker_before(analyse) -> None:
    result = analyse("Die Beschäftigten hätten aus der Presse davon erfahren, kritisierte Betriebsratschef "
                     "Ralf Demuth. Man erwarte, dass das Unternehmen allen Betroffenen neue Jobs anbiete.")
    assert {_speaker(result, c) for c in _claims(result)} == {"Ralf Demuth"}


def test_a_state_before_a_colon_in_a_title_is_the_topic_not_a_source(analyse) -> None:
    result = analyse("Die Regierung in Paris hat das Votum überstanden.",
                     title="Frankreich: Regierung übersteht Misstrauensvotum")
    assert _claims(result) == [], [(c.text, _speaker(result, c)) for c in _claims(result)]


def test_a_speaker_labelled_after_a_dash_in_a_title_says_the_quotation_once(analyse) -> None:
    result = analyse("„Das tut weh“, sagte Bayern-Trainer Vincent Kompany.",
                     title="Bayern München verliert in Leverkusen – Kompany: „Das tut weh“")
    said = [(c.sentence, c.text, _speaker(result, c)) for c in _claims(result)]
    assert said == [(0, "Das tut weh", "Vincent Kompany"), (1, "Das tut weh", "Vincent Kompany")], said


def test_reported_words_after_a_colon_are_the_lead_clauses_subjects(analyse) -> None:
    result = analyse("Die NZZ schrieb, die Auswahl sei mutig gewesen. Die Festivalleitung zog eine positive "
                     "Bilanz: Das Interesse sei so groß gewesen wie nie.")
    claim = next(c for c in _claims(result) if c.sentence == 2)
    assert (claim.text, _speaker(result, claim)) == ("Das Interesse sei so groß gewesen wie nie",
                                                     "Festivalleitung")


def test_an_outlet_in_the_dative_after_the_cue_is_whom_the_subject_told(analyse) -> None:
    result = analyse("Der Franzose sagte der Deutschen Presse-Agentur, viele Wähler könnten zu Hause "
                     "bleiben.")
    (claim,) = _claims(result)
    names = {a.id: a.name for a in result.actors}
    assert claim.speaker is None and claim.speaker_mention.text == "Der Franzose" \
        and names.get(claim.via) == "dpa", (claim.speaker, claim.via)


def test_a_generic_organisation_noun_is_the_organisation_that_was_subject_before(analyse) -> None:
    result = analyse("Nach Schätzungen der Vereinten Nationen sind zwölf Millionen Menschen auf der "
                     "Flucht. Das Welternährungsprogramm (WFP) warnte vor einer Hungersnot. Hilfskonvois "
                     "würden behindert, teilte die Organisation mit.")
    claim = next(c for c in _claims(result) if c.text == "Hilfskonvois würden behindert")
    assert _speaker(result, claim) == "Welternährungsprogramm"


def test_a_statement_with_no_author_named_is_the_one_of_the_actor_before(analyse) -> None:
    result = analyse("Das US-Außenministerium drohte mit Sanktionen. Man werde nicht tatenlos zusehen, "
                     "hieß es in einer Mitteilung.")
    claim = next(c for c in _claims(result) if c.text == "Man werde nicht tatenlos zusehen")
    assert _speaker(result, claim) == "US-Außenministerium"


@pytest.mark.parametrize("speech", [
    "In seiner Thronrede mahnte Ministerpräsident Stephen Harper zur Zusammenarbeit.",
    "In seiner „Thronrede“, die in Vertretung der Königin verlesen wurde, mahnte Ministerpräsident "
    "Stephen Harper zur Zusammenarbeit.",
])
def test_the_speech_a_quotation_comes_from_is_the_one_its_speaker_gave_before(analyse, speech) -> None:
    result = analyse(f"{speech} Auch die Steuern waren Thema. „Änderungen voranzutreiben bedeutet "
                     "zusammenzuarbeiten“, hieß es in der Rede.")
    claim = next(c for c in _claims(result) if c.form == "direct")
    assert _speaker(result, claim) == "Stephen Harper"


def test_a_role_after_the_verb_speaks_through_the_name_in_its_apposition(analyse) -> None:
    result = analyse("Das Pontifikat bezeichnete der Geschäftsführer der Grünen, Volker Beck, als "
                     "„verpasste Chance“.")
    assert {(c.form, _speaker(result, c)) for c in _claims(result)} == {
        ("reported", "Volker Beck"), ("direct", "Volker Beck")}


@pytest.mark.parametrize("verb", ["beurteilte", "wertete"])
def test_a_judgement_opened_by_a_quoted_als_phrase_is_the_speakers(analyse, verb) -> None:
    result = analyse(f"Als „verpasste Chance“ {verb} der Grünen-Politiker Volker Beck das Pontifikat.")
    claim = next(c for c in _claims(result) if c.text == "verpasste Chance")
    assert _speaker(result, claim) == "Volker Beck" and claim.cue.text == verb


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ein Sprecher des Ostkommandos, Oberst Shi Yi, erklärte, die Streitkräfte übten die Blockade.",
     "Shi Yi"),
    ("Ein Berater von Präsident Selenskyj, Mychajlo Podoljak, schrieb, Orbán habe sich entlarvt.",
     "Mychajlo Podoljak"),
])
def test_the_person_in_the_subjects_apposition_speaks(analyse, text, speaker) -> None:
    result = analyse(text)
    (claim,) = _claims(result)
    assert _speaker(result, claim) == speaker
    assert not [a for a in result.actors if a.type == "anonymous"]


def test_a_sentence_pointing_back_names_the_person_in_its_apposition(analyse) -> None:
    result = analyse("Die Militärjunta hat das Abkommen gekündigt. Das gab ein Sprecher der Junta, Oberst "
                     "Amadou Abdramane, im Fernsehen bekannt.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Amadou Abdramane"


def test_a_plural_konjunktiv_ii_with_umlaut_carries_on_a_quotation(analyse) -> None:
    result = analyse("„Wir fordern Peking auf, Zurückhaltung zu üben“, sagte ein Sprecher des "
                     "US-Außenministeriums. Die Vereinigten Staaten stünden weiterhin zu ihren "
                     "Verpflichtungen. Die Diplomaten fuhren danach zum Flughafen.")
    said = {c.text: c.speaker for c in result.claims if c.form != "assertion"}
    assert said.get("Die Vereinigten Staaten stünden weiterhin zu ihren Verpflichtungen") == \
        said["Wir fordern Peking auf, Zurückhaltung zu üben"] is not None, said
    assert len(said) == 2, said


def test_a_study_an_institute_made_shows_and_demnach_goes_back_to_it(analyse) -> None:
    result = analyse("Verbandschef Ulrich Brenner forderte mehr Qualifizierung. Eine Studie des IAB "
                     "zeigt, dass wenige Termine versäumt werden. Die Einsparungen dürften demnach gering "
                     "ausfallen.")
    said = {c.text: (c.speaker, c.source_type) for c in result.claims if c.form != "assertion"}
    assert said["wenige Termine versäumt werden"] == ("iab", "study"), said
    assert said["Die Einsparungen dürften demnach gering ausfallen"][0] == "iab", said


def test_a_poll_is_the_pollsters_not_the_commissioners(analyse) -> None:
    result = analyse("Laut einer aktuellen Forsa-Umfrage im Auftrag von RTL und ntv lehnen 54 Prozent der "
                     "Befragten eine Lockerung ab. Einer Umfrage von Infratest dimap für die ARD zufolge "
                     "halten 61 Prozent der Deutschen das für falsch.")
    said = {c.text: (c.speaker, c.source_type) for c in result.claims if c.form != "assertion"}
    assert said == {"lehnen 54 Prozent der Befragten eine Lockerung ab": ("forsa", "poll"),
                    "halten 61 Prozent der Deutschen das für falsch": ("infratest-dimap", "poll")}, said
    assert {"RTL", "n-tv"} <= {a.name for a in result.actors}


def test_a_report_compound_names_the_organisation_the_text_named_in_full(analyse) -> None:
    result = analyse("Der Chef der Internationalen Atomenergiebehörde, Rafael Grossi, warnte. Laut einem "
                     "vertraulichen IAEA-Bericht verfügt Iran über mehr Uran.")
    orgs = [a.name for a in result.actors if a.type == "organization"]
    said = {c.text: c.speaker for c in result.claims if c.form == "according_to"}
    assert orgs == ["Internationale Atomenergiebehörde"], orgs
    assert said == {"verfügt Iran über mehr Uran": "internationale-atomenergiebehoerde"}, said


def test_a_laut_phrase_in_front_of_the_verb_goes_on_after_und(analyse) -> None:
    result = analyse("Laut Polizei und Staatsanwaltschaft wurde der Mann festgenommen.")
    (claim,) = _claims(result)
    assert claim.text == "wurde der Mann festgenommen" and claim.speaker_mention.text == \
        "Polizei und Staatsanwaltschaft"


def test_an_evidence_verb_in_a_relative_clause_of_reported_speech_is_no_new_source(analyse) -> None:
    result = analyse("Der Minister habe gelogen, sagte Daniel Rothkegel. Es gebe E-Mails, die belegten, "
                     "dass Pfeiffer informiert gewesen sei.")
    said = {c.text: c.speaker for c in result.claims if c.form != "assertion"}
    assert said == {"Der Minister habe gelogen": "daniel-rothkegel", "Es gebe E-Mails, die belegten, dass "
                    "Pfeiffer informiert gewesen sei": "daniel-rothkegel"}, said


@pytest.mark.parametrize(("text", "name"), [
    ("Der Umfang sei größer, sagte ein europäischer Militärattaché in Peking.",
     "europäischer Militärattaché"),
    ("Hilfsorganisationen warnten vor den Folgen für die Zivilbevölkerung.", "Hilfsorganisationen"),
    ("Ein Mitglied des Bundesvorstands sagte dem „Spiegel“, Kellerhals gefährde die Koalition.", "Mitglied"),
    ("Ein Parlamentarier sprach von einer „Kampagne gegen Arme“.", "Parlamentarier"),
    ("Die Unterzeichner argumentieren, die Unterstützung bringe keinen Frieden.", "Unterzeichner"),
])
def test_unnamed_members_delegates_and_groups_are_anonymous_sources(analyse, text, name) -> None:
    result = analyse(text)
    speakers = {c.speaker for c in result.claims if c.form != "assertion"}
    anonymous = {a.id: a.name for a in result.actors if a.type == "anonymous"}
    assert len(speakers) == 1 and anonymous.get(speakers.pop()) == name, (speakers, anonymous)


def test_an_organisation_in_the_genitive_is_no_unnamed_source(analyse) -> None:
    result = analyse("Kuba übergab dem FBI Akten über die Aktivitäten der exilkubanischen Organisationen und "
                     "das FBI seinerseits versprach, sich darum zu kümmern.")
    assert not [a for a in result.actors if a.type == "anonymous"]


def test_the_via_of_a_portal_spoken_to_and_of_mit_verweis_auf(analyse) -> None:
    result = analyse("Das Netz sei beschädigt, sagte der Energieexperte Oleksandr Chartschenko dem Portal "
                     "„Kyiv Independent“. Wie die „Financial Times“ mit Verweis auf Nato-Kreise berichtet, "
                     "wird über Sanktionen diskutiert.")
    via = {c.text: c.via for c in result.claims if c.form != "assertion"}
    assert via == {"Das Netz sei beschädigt": "kyiv-independent",
                   "wird über Sanktionen diskutiert": "nato-kreise"}, via


def test_a_koennte_alone_in_a_new_paragraph_is_the_writers(analyse) -> None:
    result = analyse("Die Rechtspolitikerin Carmen Wege sagte, man sei offen.\n\nDas Kabinett könnte sich "
                     "bereits im September mit dem Entwurf befassen.")
    said = {c.text: c.speaker for c in result.claims if c.form != "assertion"}
    assert said == {"man sei offen": "carmen-wege"}, said


def test_a_sentence_after_a_name_ending_in_digits_is_not_lost(analyse) -> None:
    result = analyse("„Das war kein Versehen“, sagte der Analyst Marek Świerczyński dem Sender TVN24. Die "
                     "Flugrouten seien zu präzise gewesen.")
    said = {c.text: (c.speaker, c.via) for c in result.claims if c.form != "assertion"}
    assert said == {"Das war kein Versehen": ("marek-swierczynski", "tvn24"),
                    "Die Flugrouten seien zu präzise gewesen": ("marek-swierczynski", "tvn24")}, said


@pytest.mark.parametrize("when", ["frühestens", "kurz", "wenige Tage"])
def test_nach_after_a_word_of_time_is_no_source(analyse, when) -> None:
    result = analyse(f"Finanzminister Markus Wendler sagte, eine Reform sei nötig. Ein Kompromiss sei {when} "
                     "nach der Steuerschätzung im Mai denkbar.")
    assert {c.speaker for c in result.claims if c.form != "assertion"} == {"markus-wendler"}
    assert all(c.form != "according_to" for c in result.claims)


def test_a_modals_infinitive_that_is_a_speech_verb_does_not_cut_the_claim(analyse) -> None:
    result = analyse("Die SPD-Rechtspolitikerin Carmen Wege sagte dem „Handelsblatt“, man sei offen, wolle "
                     "aber zunächst die Details sehen.")
    (claim,) = [c for c in result.claims if c.form != "assertion"]
    assert claim.text == "man sei offen, wolle aber zunächst die Details sehen", claim.text


def test_reported_words_before_a_cue_keep_the_speaker_after_it_when_the_parse_takes_their_subject(
        analyse) -> None:
    result = analyse("Die Universität habe keine Wahl, sagte Anna Koch.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Anna Koch" and claim.text == "Die Universität habe keine Wahl"


def test_a_particle_the_parse_gives_a_participle_still_belongs_to_the_cue(analyse) -> None:
    result = analyse("Die Kammer sah es als erwiesen an, dass der Mann an dem Betrug beteiligt war. Als "
                     "Beispiel führte er die Proteste an und führte aus, es gebe eine Entwicklung.")
    assert [(c.cue.text, c.cue_class) for c in _claims(result)][:1] == [("sah", "judgement")]


def test_what_no_one_knows_or_is_not_fixed_yet_is_an_open_question(analyse) -> None:
    result = analyse("Wer die Tat begangen hat, weiß bislang niemand. Wann die Bahn wieder fährt, steht noch "
                     "nicht fest. Wie die Polizei mitteilte, hat niemand etwas gesehen.")
    assert [q.text for q in result.questions if q.kind == "indirect"] == [
        "Wer die Tat begangen hat, weiß bislang niemand.",
        "Wann die Bahn wieder fährt, steht noch nicht fest."]


def test_a_report_noun_before_a_nach_source_phrase_is_no_meinung_nach(analyse) -> None:
    result = analyse("Der Internationale Währungsfonds (IWF) könnte seine Wachstumsprognose nach "
                     "Einschätzung von Experten deutlich senken.")
    (claim,) = _claims(result)
    assert claim.speaker_mention.text == "Experten" and claim.cue.text == "nach Einschätzung"
    assert [a.name for a in result.actors if a.type == "organization"] == ["Internationaler Währungsfonds"]


def test_a_group_under_someone_s_chair_speaks_not_its_chair(analyse) -> None:
    result = analyse("Die Jury unter Vorsitz der Regisseurin Claire Moutier würdigte den Film als „mutig“.")
    assert {c.speaker for c in _claims(result)} == {None}, [(c.text, c.speaker) for c in _claims(result)]


def test_wuerde_in_a_dass_clause_after_a_past_verb_is_no_hedge(analyse) -> None:
    result = analyse("»Wir wussten, dass es schwer werden würde«, sagte Trainer Niko Kovač. »Er würde "
                     "wohl gewinnen«, sagte er.")
    assert [c.hedges for c in _claims(result)] == [[], ["würde", "wohl"]], [c.hedges for c in _claims(result)]


def test_an_unnamed_speaker_keeps_his_continuation_against_a_pronoun_resolved_elsewhere(analyse) -> None:
    result = analyse("Neben Karl Fendt sagte ein Landwirt, das Wasser sei gestiegen. „So etwas habe ich "
                     "nicht erlebt.“ Seine Rinder habe er gerettet.")
    assert {_speaker(result, c) for c in _claims(result)} == {"Landwirt"}


def test_a_name_in_the_genitive_after_the_cue_is_no_subject(analyse) -> None:
    result = analyse("Die Jury unter Vorsitz der Regisseurin Kathryn Moss lobte Markwarts „radikal uneitles "
                     "Spiel“.")
    assert [(c.form, c.speaker) for c in _claims(result)] == [("reported", None), ("direct", None)]


def test_a_cue_before_a_colon_leaves_a_hiess_es_source_after_it_its_words(analyse) -> None:
    result = analyse("Der Koalitionspartner sieht das skeptisch: Aus der Unionsfraktion hieß es, man werde "
                     "keinen Eingriffen zustimmen.")
    (claim,) = _claims(result)
    assert claim.text == "man werde keinen Eingriffen zustimmen" \
        and claim.speaker_mention.text == "Aus der Unionsfraktion", (claim.text, claim.speaker_mention)


def test_words_before_liess_x_mitteilen_are_the_message(analyse) -> None:
    result = analyse("Von Betrug könne keine Rede sein, ließ Müller mitteilen.")
    (claim,) = _claims(result)
    assert claim.text == "Von Betrug könne keine Rede sein" and _speaker(result, claim) == "Müller" \
        and claim.cue.text == "mitteilen", (claim.text, claim.cue)


def test_a_speech_noun_before_an_adverbial_clause_with_a_focus_word_has_no_complement(analyse) -> None:
    result = analyse("Im Bericht werden viele Fälle aufgeführt. In vielen Fällen habe die Polizei nicht "
                     "rechtzeitig auf Berichte über vermisste Mädchen reagiert, auch wenn es Zeugen "
                     "gegeben habe.")
    assert all(c.cue is None or c.cue.text != "Berichte" for c in result.claims), \
        [(c.text, c.cue) for c in result.claims]


def test_auf_den_plan_rufen_is_no_speech(analyse) -> None:
    result = analyse("Drei Schulen gewannen den Wettbewerb. Das ruft Neider auf den Plan.")
    assert _claims(result) == []


def test_capital_letter_name_ends_the_sentence_before_a_noun_and_an_initial_before_a_pronoun(analyse) -> None:
    result = analyse("Kiew bittet um Hilfe.\n\n„Russland will keinen Frieden“, schrieb Präsident Wolodymyr "
                     "Selenskyj auf der Plattform X. Der Westen müsse mehr tun. Angeklagt ist Ahmet K. Er "
                     "bestreitet die Tat.")
    claims = [(c.text, _speaker(result, c)) for c in _claims(result)]
    assert ("Der Westen müsse mehr tun", "Wolodymyr Selenskyj") in claims, claims
    starts = [result.text[s.start : s.end][:13] for s in result.sentences]
    assert "Er bestreitet" in starts, starts


def test_a_short_quotation_with_a_finite_verb_is_speech_not_a_name(analyse) -> None:
    result = analyse("Die Lage ist ernst. „Moskau will keinen Frieden“, schrieb der Präsident.")
    assert [(c.form, c.text) for c in _claims(result)] == [("direct", "Moskau will keinen Frieden")]


def test_words_before_a_perfect_cue_after_a_comma_are_the_message(analyse) -> None:
    result = analyse("Wer ihn kritisiere, habe ihn nicht gesehen, sagte Amos Keller.")
    (claim,) = _claims(result)
    assert claim.text == "Wer ihn kritisiere, habe ihn nicht gesehen" and claim.cue.text == "sagte", claim
    result = analyse("„Wir sind in einer guten Position“, sagte Christine Lagarde. Er sehe keinen Grund für "
                     "weitere Schritte, hatte Joachim Nagel dem „Handelsblatt“ gesagt.")
    claims = {c.text: (_speaker(result, c), c.cue.text if c.cue else None) for c in _claims(result)}
    assert claims.get("Er sehe keinen Grund für weitere Schritte") == ("Joachim Nagel", "gesagt"), claims


def test_a_demonstrative_subject_is_the_actor_named_last(analyse) -> None:
    result = analyse("Die Sprinterin ist gesperrt worden. Das entschied die Athletics Integrity Unit (AIU), "
                     "wie diese am Mittwoch mitteilte. Die Polizei nahm einen Mann fest. Diese teilte mit, "
                     "der Mann sei bewaffnet gewesen.")
    speakers = [(c.text[:12], _speaker(result, c)) for c in _claims(result)]
    assert speakers == [("Das entschie", "Athletics Integrity Unit"), ("der Mann sei", "Polizei")], speakers


def test_a_bare_plural_like_singular_noun_is_the_subject_of_a_plural_verb(analyse) -> None:
    result = analyse("Insider berichteten der Nachrichtenagentur Reuters, der Vorstand erwäge den Verkauf.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Insider" and claim.via == "reuters", (claim.speaker, claim.via)


def test_hearsay_with_soll_and_a_subordinate_clause_keeps_the_source_before(analyse) -> None:
    result = analyse("Im Zentrum der Ermittlungen steht nach SZ-Informationen ein hochrangiger Beamter. Er "
                     "soll über Jahre Geld angenommen haben, um Genehmigungen zu beschleunigen.")
    claim = next(c for c in _claims(result) if c.text.startswith("Er soll"))
    assert _speaker(result, claim) == "Süddeutsche Zeitung", _speaker(result, claim)


def test_a_generic_answer_label_is_no_part_of_the_answer(analyse) -> None:
    result = analyse("Die Saarländerin über Stahl.\n\nFrage: Was erwarten Sie vom Bund?\n\nAntwort: Einen "
                     "Industriestrompreis, und zwar jetzt.\n\nFrage: Werden Sie wieder antreten?\n\nAntwort: "
                     "Darüber entscheide ich später.",
                     title="Interview mit Ministerpräsidentin Anke Rehlinger")
    assert [(c.text, _speaker(result, c)) for c in _claims(result)] == [
        ("Einen Industriestrompreis, und zwar jetzt", "Anke Rehlinger"),
        ("Darüber entscheide ich später", "Anke Rehlinger")]


def test_a_state_of_knowledge_is_no_source_and_media_reports_are_no_state(analyse) -> None:
    result = analyse("Das Bundesinstitut für Risikobewertung (BfR) sieht keinen Anlass für Panik. Risiken "
                     "seien nach derzeitigem Kenntnisstand nicht belegt, hieß es auf Anfrage. Israelischen "
                     "Medienberichten zufolge erwägt die Regierung weitere Angriffe. Laut der Klima-Allianz "
                     "Deutschland rückt das Ziel außer Reichweite. Die Mieten stiegen, wie aus einer "
                     "Auswertung des Portals Immowelt hervorgeht.")
    speakers = {c.text[:12]: (c.speaker, c.speaker_mention.text if c.speaker_mention else None)
                for c in _claims(result)}
    assert speakers["Risiken seie"][0] == "bundesinstitut-fuer-risikobewertung", speakers
    assert speakers["erwägt die R"][0] != "israel", speakers
    assert speakers["rückt das Zi"][0] == "klima-allianz-deutschland", speakers
    assert speakers["Die Mieten s"][1].startswith("einer Auswertung"), speakers


def test_a_source_never_relays_itself(analyse) -> None:
    result = analyse("Die Leiche einer Frau sei gefunden worden, berichtete der Sender Skai unter Berufung "
                     "auf Rettungskräfte.")
    (claim,) = _claims(result)
    assert claim.speaker == "skai" and claim.via is None, (claim.speaker, claim.via)


def test_the_broadcaster_a_role_noun_spoke_on_is_the_outlet_not_the_speaker(analyse) -> None:
    result = analyse("Der FC Bayern hat gewonnen. „Wir haben heute gut verteidigt“, sagte der Stürmer bei "
                     "Sky.")
    (claim,) = _claims(result)
    assert (claim.speaker, claim.via) == (None, "sky"), claim


def test_a_media_noun_after_the_cue_is_the_one_outlet_named_before(analyse) -> None:
    result = analyse("Laut „kicker“ ist der Transfer nur realistisch, wenn ein Spieler geht. Kandidaten "
                     "dafür seien Gnabry und Coman, schreibt das Fachmagazin.")
    claim = next(c for c in _claims(result) if c.text.startswith("Kandidaten"))
    assert _speaker(result, claim).lower() == "kicker", claim


def test_soll_of_a_plan_in_a_relative_clause_is_no_hedge(analyse) -> None:
    result = analyse("CDU-Landeschef Sven Schulze, der Haseloff als Regierungschef nachfolgen soll, gab sich "
                     "kämpferisch. Der Minister, der das Geld genommen haben soll, schweigt.")
    hedges = {c.text[:12]: c.hedges for c in result.claims}
    assert hedges["CDU-Landesch"] == [] and hedges["Der Minister"] == ["soll"], hedges
    assert [q.text[:12] for q in result.questions if q.kind == "unverified"] == ["Der Minister"]


def test_a_caveat_that_the_text_cannot_check_names_the_claims_before_it(analyse) -> None:
    result = analyse("Unter den Toten seien sieben Kinder, teilte die Gesundheitsbehörde mit. Die Angaben "
                     "ließen sich nicht unabhängig überprüfen.")
    (q,) = [q for q in result.questions if q.kind == "unverified"]
    texts = {c.id: c.text for c in result.claims}
    assert [texts[c] for c in q.claims] == ["Unter den Toten seien sieben Kinder"], q
    assert "gesundheitsbehoerde" in q.actors, q


def test_a_speech_act_negated_after_its_subject_and_object_did_not_happen(analyse) -> None:
    result = analyse("Details zu ihrer Erkrankung nannte die Sängerin nicht. Die Polizei nannte den Namen "
                     "des Mannes nicht.")
    assert _claims(result) == [], [(c.text, c.form) for c in _claims(result)]


def test_empfiehlt_sich_is_no_recommendation(analyse) -> None:
    result = analyse("Die Verbraucherzentrale rät, verdächtige SMS zu löschen. Zudem empfiehlt sich eine "
                     "Anzeige bei der Polizei.")
    assert [c.text for c in _claims(result)] == ["verdächtige SMS zu löschen"]


def test_an_outlet_in_the_dative_after_a_spokesperson_is_spoken_to(analyse) -> None:
    result = analyse("Die Stadt Hamburg hat den Hafen geschlossen. Der Schaden sei groß, sagte ein "
                     "Sprecher dem Sender NDR.")
    (claim,) = _claims(result)
    names = {a.id: a.name for a in result.actors}
    assert (names.get(claim.speaker), names.get(claim.via)) == ("Stadt Hamburg", "NDR"), claim


def test_one_labelled_exchange_is_an_interview(analyse) -> None:
    result = analyse("Die Saarländerin über Stahl.\n\nFrage: Was erwarten Sie vom Bund?\n\nAntwort: Einen "
                     "Industriestrompreis, und zwar jetzt.",
                     title="Interview mit Ministerpräsidentin Anke Rehlinger")
    assert [(c.text, _speaker(result, c)) for c in _claims(result)] == [
        ("Einen Industriestrompreis, und zwar jetzt", "Anke Rehlinger")]
    assert not [q for q in result.questions if "Rehlinger" in q.text], result.questions


def test_one_unlabelled_question_and_answer_is_no_interview(analyse) -> None:
    result = analyse("Die Saarländerin über Stahl.\n\nWas erwarten Sie vom Bund?\n\nEinen "
                     "Industriestrompreis, und zwar jetzt.",
                     title="Interview mit Ministerpräsidentin Anke Rehlinger")
    assert _claims(result) == []


@pytest.mark.parametrize(("text", "cited"), [
    ("Nach Informationen des „Handelsblatts“ prüft der Vorstand den Verkauf der Sparte. Das Blatt beruft "
     "sich auf Personen aus dem Umfeld des Aufsichtsrats.", "Person"),
    ("Nach Informationen des „Wall Street Journal“ könnte Fiat seinen Anteil aufstocken. Die Zeitung "
     "beruft sich dabei auf Personen, die mit den Verhandlungen vertraut sind.", "Person"),
    ("Nach Informationen von „El País“ fuhr der Zug zu schnell. Das Blatt beruft sich auf Ermittlerkreise.",
     "Ermittlerkreise"),
])
def test_an_outlet_relying_on_a_source_in_the_next_sentence_is_the_chain(
        analyse, text: str, cited: str) -> None:
    result = analyse(text)
    (claim,) = _claims(result)
    names = {a.id: (a.name, a.type) for a in result.actors}
    assert claim.via is not None and names[claim.via] == (cited, "anonymous"), (claim, names)
    assert not [c for c in result.claims if "beruft" in c.text]


@pytest.mark.parametrize(("text", "source"), [
    ("Einer Auswertung des Vergleichsportals Verivox zufolge sind die Preise gestiegen.", "Verivox"),
    ("RB Leipzig muss auf Xaver Schlager verzichten. Nach Vereinsangaben erlitt er einen Bänderriss.",
     "RB Leipzig"),
    ("Der Autobauer Opel baut Stellen ab. Nach Unternehmensangaben sind 500 Stellen betroffen.", "Opel"),
])
def test_a_company_in_the_genitive_and_a_kinds_account_are_sources(analyse, text: str, source: str) -> None:
    result = analyse(text)
    claim = _claims(result)[-1]
    assert claim.form == "according_to" and _speaker(result, claim) == source


@pytest.mark.parametrize("said", ["„Wir waren es nicht“, hieß es in einer Erklärung.",
                                  "Man sei es nicht gewesen, hieß es in einer Erklärung."])
def test_a_statement_after_a_group_named_with_its_kind_is_the_groups(analyse, said: str) -> None:
    result = analyse(f"Die Hackergruppe Anonymous bestritt eine Beteiligung. {said}")
    claim = _claims(result)[-1]
    assert _speaker(result, claim) == "Anonymous", claim


def test_swiss_spellings_without_eszett_are_cues(analyse) -> None:
    result = analyse("Der Bundesrat äusserte die Hoffnung, dass die Lage sich bessere. Gemäss dem Bundesamt "
                     "für Gesundheit ist die Lage ernst. Die Lage sei ernst, heisst es im Bericht des "
                     "Bundesamts.")
    said = [(c.form, _speaker(result, c), c.text) for c in _claims(result)]
    assert said == [("indirect", "Bundesrat", "die Lage sich bessere"),
                    ("according_to", "Bundesamt für Gesundheit", "ist die Lage ernst"),
                    ("indirect", "Bundesamt für Gesundheit", "Die Lage sei ernst")], said


def test_a_source_named_for_a_task_with_an_article_ends_after_the_task(analyse) -> None:
    result = analyse("Nach Angaben des UN-Büros für die Koordinierung humanitärer Angelegenheiten warteten "
                     "Dutzende Helfer noch immer auf ein Visum.")
    (claim,) = _claims(result)
    assert claim.text == "warteten Dutzende Helfer noch immer auf ein Visum"
    assert claim.speaker_mention.text.endswith("humanitärer Angelegenheiten")


def test_an_adverb_after_the_subject_of_a_reported_main_clause(analyse) -> None:
    result = analyse("Die Sprecherin Tanja Reimann sagte, Kameras allein verhinderten keine Gewalt.")
    (claim,) = _claims(result)
    assert (claim.text, _speaker(result, claim)) == ("Kameras allein verhinderten keine Gewalt",
                                                     "Tanja Reimann")


@pytest.mark.parametrize(("text", "outlet"), [
    ("Man sei viel zu spät gewarnt worden, sagte Landrat Carsten Wulfert der „Volksstimme“.",
     "Volksstimme"),
    ("Der Kritiker der „tageszeitung“ schrieb, dem Regisseur sei ein Drama gelungen.", "tageszeitung"),
])
def test_a_quoted_paper_is_the_outlet_not_a_quotation(analyse, text: str, outlet: str) -> None:
    result = analyse(text)
    (claim,) = _claims(result)
    names = {a.id: a.name for a in result.actors}
    assert claim.form == "indirect" and names.get(claim.via) == outlet, claim


def test_a_state_agency_named_after_its_adjective_speaks_itself(analyse) -> None:
    result = analyse("Wie die iranische Nachrichtenagentur IRNA meldete, wurden drei Männer festgenommen. "
                     "Ein Sprecher des chinesischen Handelsministeriums sagte, die Zölle seien "
                     "protektionistisch. Nach Einschätzung des Hohen Rates für öffentliche Finanzen ist das "
                     "Programm nicht gedeckt.")
    said = [(_speaker(result, c), c.speaker_mention.text, c.text) for c in _claims(result)]
    assert said == [
        ("IRNA", "IRNA", "wurden drei Männer festgenommen"),
        ("China", "Ein Sprecher des chinesischen Handelsministeriums", "die Zölle seien protektionistisch"),
        ("Hoher Rat", "Hohen Rates", "ist das Programm nicht gedeckt")], said


def test_a_report_issued_by_the_group_named_before_and_a_militia_by_its_acronym(analyse) -> None:
    result = analyse("Human Rights Watch wirft beiden Kriegsparteien Verbrechen vor. Es gebe Berichte über "
                     "Tötungen, heißt es in einem am Mittwoch veröffentlichten Bericht. Die paramilitärische "
                     "RSF-Miliz hat nach eigenen Angaben die Stadt El Obeid eingenommen.")
    said = [(c.text[:20], _speaker(result, c)) for c in _claims(result)]
    assert said[1:] == [("Es gebe Berichte übe", "Human Rights Watch"), ("Die paramilitärische", "RSF")], said


@pytest.mark.parametrize("title", ["Bundesliga: Leipzig bangt um Stürmer",
                                   "Berlinale: Goldener Bär geht an iranisches Drama"])
def test_a_league_or_festival_before_a_titles_colon_is_its_topic(analyse, title: str) -> None:
    result = analyse("Leipzig muss auf Stürmer Noah Berisha verzichten.", title=title)
    assert _claims(result) == []


def test_the_noun_wuerde_is_no_hedge(analyse) -> None:
    result = analyse("Der „Tagesspiegel“ kommentiert: „Die Union hat einer Juristin die Würde genommen.“")
    (claim,) = _claims(result)
    assert claim.hedges == []


def test_sollen_after_hatte_is_what_ought_to_have_been_no_hearsay(analyse) -> None:
    result = analyse("Nach einer Umfrage des Instituts YouGov sind 54 Prozent der Briten der Meinung, Blair "
                     "hätte schon früher zurücktreten sollen. Die Minister sollen zurücktreten, sagte er.")
    assert [c.hedges for c in _claims(result)] == [[], ["sollen"]]


@pytest.mark.parametrize(("text", "body"), [
    ("Laut dem Fiskalrat reicht das Paket nicht aus.", "Fiskalrat"),
    ("Der Landesbund für Vogelschutz widersprach: Es gebe keine Brutplätze.", "Landesbund für Vogelschutz"),
    ("Der Bund für Umwelt und Naturschutz erklärte, Flächen seien bebaut worden.",
     "Bund für Umwelt und Naturschutz"),
])
def test_a_body_named_by_a_compound_of_its_kind_is_an_actor(analyse, text: str, body: str) -> None:
    result = analyse(text)
    (claim,) = _claims(result)
    assert _speaker(result, claim) == body and claim.source_type == "institution", claim


def test_a_councillor_of_a_party_is_no_council_and_a_clause_after_und_keeps_its_subject(analyse) -> None:
    result = analyse("Energieminister Albert Rösti äußerte sich. „Das Volk will keinen Streit“, sagte der "
                     "SVP-Bundesrat. Der Präsidentenrat für Menschenrechte stufte das Gesetz als "
                     "verfassungswidrig ein, und das UN-Kinderhilfswerk UNICEF rief Russland auf, das Verbot "
                     "nicht durchzusetzen.")
    said = {c.text[:20]: _speaker(result, c) for c in _claims(result)}
    assert said["Das Volk will keinen"] == "Albert Rösti", said
    assert said["das Verbot nicht dur"] == "UNICEF", said


def test_a_ticker_time_is_no_part_of_the_item_and_a_verbless_label_names_the_paper(analyse) -> None:
    result = analyse("11.20 Uhr: Das Büro des Ministerpräsidenten teilt mit, man werde hart reagieren.\n\n"
                     "Die „FAZ“ sieht das anders: „Es ist ein Erfolg.“ Ganz anders die „taz“: Das Paket sei "
                     "„sozialpolitisch das Mindeste“.")
    said = [(c.form, _speaker(result, c), c.text) for c in _claims(result)]
    assert said[0][1] == "Das Büro des Ministerpräsidenten", said
    assert ("indirect", "taz", "Das Paket sei „sozialpolitisch das Mindeste“") in said, said
    assert not [c for c in result.claims if "11.20" in c.text], result.claims


def test_a_price_opening_a_paragraph_is_no_ticker_time(analyse) -> None:
    result = analyse("Die Bahn erhöht die Preise.\n\n3.50 Euro kostet die Fahrt künftig, sagte ein Sprecher.")
    (claim,) = _claims(result)
    assert claim.text == "3.50 Euro kostet die Fahrt künftig", claim


@pytest.mark.parametrize("text", [
    "Mehrere Landesverbände verlangten eine Kurskorrektur, hieß es am Montag aus Parteikreisen.",
    "Mehrere Landesverbände verlangten eine Kurskorrektur, wie es aus Parteikreisen hieß.",
])
def test_a_speech_act_before_a_trailing_hiess_es_is_the_unnamed_sources_report(analyse, text: str) -> None:
    result = analyse(text)
    (claim,) = _claims(result)
    assert (claim.text, _speaker(result, claim), claim.source_type) == (
        "Mehrere Landesverbände verlangten eine Kurskorrektur", "Parteikreise", "anonymous"), claim


def test_a_complement_before_a_trailing_hiess_es_stays_the_speakers(analyse) -> None:
    result = analyse("Die Regierung kündigte an, die Steuern zu senken, hieß es in Berlin.")
    (claim,) = _claims(result)
    assert (claim.text, claim.speaker_mention.text) == ("die Steuern zu senken", "Die Regierung"), claim


def test_an_interview_with_the_papers_of_a_media_group_is_the_via(analyse) -> None:
    result = analyse("„Wir bauen zu teuer“, sagte Ministerin Jasmin Krause in einem Interview mit den "
                     "Zeitungen der Funke-Mediengruppe.")
    (claim,) = _claims(result)
    assert (claim.speaker, claim.via) == ("jasmin-krause", "funke-mediengruppe"), claim


@pytest.mark.parametrize("sentence", [
    "Eine starre Quote schrecke qualifizierte Männer ab.",  # tagged as a determiner
    "Die Studie überzeichne das Problem.",  # tagged as a preposition
])
def test_a_rare_konjunktiv_after_the_subject_carries_on_the_speaker(analyse, sentence: str) -> None:
    result = analyse(f"„Qualität geht vor Quote“, sagte die CDU-Politikerin Gitta Connemann. {sentence}")
    said = {c.text: _speaker(result, c) for c in _claims(result)}
    assert said.get(sentence.rstrip(".")) == "Gitta Connemann", said


@pytest.mark.parametrize(("text", "message"), [
    ("Studienleiterin Bettina Rulofs sagte, die Strukturen im Sport begünstigten Abhängigkeiten.",
     "die Strukturen im Sport begünstigten Abhängigkeiten"),  # the verb tagged as an adjective
    ("Ein Sprecher sagte, man verhänge Bußgelder.", "man verhänge Bußgelder"),
])
def test_a_complement_whose_rare_verb_was_misread_is_still_the_claim(analyse, text: str,
                                                                     message: str) -> None:
    result = analyse(text)
    (claim,) = _claims(result)
    assert (claim.form, claim.text) == ("indirect", message), claim


def test_befinden_is_a_finding_but_not_where_something_is_nor_a_verdict(analyse) -> None:
    result = analyse("Er habe zugelassen, dass Geld geschleust worden sei, befand das Bundesstrafgericht. "
                     "Außenminister Sameh Khalil sagte, die Gespräche befänden sich in einer schwierigen "
                     "Phase. Die Jury befand Thomas Mair, der die Politikerin getötet hatte, für schuldig. "
                     "Das Gericht befand ihn, die Frau getötet zu haben, schuldig.")
    said = {c.text: (_speaker(result, c), c.cue.text if c.cue else None) for c in _claims(result)}
    assert said == {
        "Er habe zugelassen, dass Geld geschleust worden sei": ("Bundesstrafgericht", "befand"),
        "die Gespräche befänden sich in einer schwierigen Phase": ("Sameh Khalil", "sagte"),
    }, said


def test_studies_that_hätten_gezeigt_are_the_speakers_reading(analyse) -> None:
    result = analyse("Tempo 30 senke den Lärm, sagte die Kantonsrätin Sibylle Marti. Untersuchungen hätten "
                     "gezeigt, dass die Zahl der Unfälle zurückgehe.")
    said = [(c.text, _speaker(result, c), c.form) for c in _claims(result)]
    assert said[-1] == ("die Zahl der Unfälle zurückgehe", "Sibylle Marti", "indirect"), said


def test_the_addressee_after_the_verb_and_the_object_after_a_judge_are_no_speakers(analyse) -> None:
    result = analyse("DIW-Präsident Marcel Fratzscher warnte die Bundesregierung vor einem Sparkurs. "
                     "Die Preiserhöhungen seien unwirksam gewesen, begründete die Vorsitzende Richterin Anke "
                     "Brodersen das Urteil.")
    assert [_speaker(result, c) for c in _claims(result)] == ["Marcel Fratzscher", "Anke Brodersen"], \
        result.claims


def test_hiess_es_in_a_report_with_a_participle_attribute_names_its_author(analyse) -> None:
    result = analyse("Im vierten Quartal dürfte die Wirtschaftsleistung sinken, heißt es im am Montag "
                     "veröffentlichten Monatsbericht der Bundesbank.")
    (claim,) = _claims(result)
    assert (_speaker(result, claim), claim.source_type) == ("Bundesbank", "institution"), claim


def test_a_title_compound_with_a_lower_case_prefix_does_not_end_the_sentence(analyse) -> None:
    result = analyse("„Die Energiekosten sind ein Standortnachteil“, sagte vbw-Hauptgeschäftsführer Bertram "
                     "Brossardt.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Bertram Brossardt", claim
    assert not [c for c in result.claims if c.text.startswith("Bertram")], result.claims


def test_kommentierte_after_a_quotation_is_a_cue_though_tagged_as_an_adjective(analyse) -> None:
    result = analyse("„Die EZB spielt auf Zeit“, kommentierte Dekabank-Chefvolkswirt Ulrich Kater.")
    (claim,) = _claims(result)
    assert (_speaker(result, claim), claim.cue.text) == ("Ulrich Kater", "kommentierte"), claim


def test_a_cue_inside_what_hiess_es_reports_is_part_of_it(analyse) -> None:
    result = analyse("Aus Regierungskreisen hieß es, man erwarte, dass das Unternehmen an dem Projekt "
                     "festhalte.")
    (claim,) = _claims(result)
    assert (_speaker(result, claim), claim.text) == (
        "Regierungskreise", "man erwarte, dass das Unternehmen an dem Projekt festhalte"), claim


def test_a_trailing_cue_hung_on_the_reported_verb_is_still_the_cue(analyse) -> None:
    result = analyse("Einige Ratsmitglieder hätten bereits auf einen Schritt gedrängt, sagten drei mit den "
                     "Beratungen vertraute Personen der Nachrichtenagentur Reuters.")
    (claim,) = _claims(result)
    assert (claim.form, claim.text, _speaker(result, claim), claim.via) == (
        "indirect", "Einige Ratsmitglieder hätten bereits auf einen Schritt gedrängt", "vertraute Person",
        "reuters"), claim


def test_a_relative_clause_on_the_source_is_no_part_of_the_claim_and_names_the_chain(analyse) -> None:
    result = analyse("Nach einem Bericht der Nachrichtenagentur Bloomberg, die sich auf mit der Sache "
                     "vertraute Personen beruft, hat Siemens Healthineers Banken mit der Suche nach Käufern "
                     "beauftragt.")
    (claim,) = _claims(result)
    assert (claim.text, claim.speaker, claim.via) == (
        "hat Siemens Healthineers Banken mit der Suche nach Käufern beauftragt", "bloomberg",
        "vertraute-person"), claim


def test_the_people_a_poll_asked_are_not_its_source(analyse) -> None:
    result = analyse("Einer Umfrage unter 2000 Firmen zufolge erwartet die Wirtschaft keine Wende.")
    (claim,) = _claims(result)
    assert (claim.speaker_mention.text, claim.source_type) == ("Einer Umfrage", "poll"), claim


def test_the_report_or_ruling_of_the_organisation_the_sentence_before_is_about(analyse) -> None:
    result = analyse("Die Stiftung Warentest hat Sonnencremes getestet. Günstige Eigenmarken hätten gut "
                     "abgeschnitten, heißt es in der Studie. Das Bundesgericht hat die Beschwerde "
                     "abgewiesen. Der Beschwerdeführer habe Warnsignale ignoriert, heißt es in der "
                     "Urteilsbegründung. Nach Informationen des „Spiegel“ erwägt der Vorstand, Werke zu "
                     "schließen. Betroffen sein könnten zwei Standorte, heißt es in dem Bericht.")
    said = {c.text[:20]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert said["Günstige Eigenmarken"] == ("Stiftung Warentest", "study"), said  # its test report
    assert said["Der Beschwerdeführer"] == ("Bundesgericht", "institution"), said
    assert said["Betroffen sein könnt"] == ("Spiegel", "media"), said


def test_laut_anklage_is_the_prosecutors_office_named_before(analyse) -> None:
    result = analyse("Die Staatsanwaltschaft Wien hat Anklage erhoben. Das Geld sei laut Anklage in "
                     "Immobilien geflossen.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Staatsanwaltschaft Wien", claim


def test_a_plural_past_between_a_quotation_and_its_konjunktiv_ii_is_the_speakers(analyse) -> None:
    result = analyse("„Die Wirtschaft kommt nicht aus der Krise“, sagte Ifo-Präsident Clemens Fuest. Die "
                     "Unternehmen beurteilten ihre Lage schlechter als zuletzt. Auch die Erwartungen hätten "
                     "sich eingetrübt.")
    said = [(c.text, _speaker(result, c)) for c in _claims(result)]
    assert said[-1] == ("Die Unternehmen beurteilten ihre Lage schlechter als zuletzt. Auch die Erwartungen "
                        "hätten sich eingetrübt", "Clemens Fuest"), said


def test_a_plural_past_after_a_quotation_alone_stays_the_writers(analyse) -> None:
    result = analyse("„Die Wirtschaft kommt nicht aus der Krise“, sagte Ifo-Präsident Clemens Fuest. Die "
                     "Unternehmen beurteilten ihre Lage schlechter als zuletzt.")
    assert [c.text for c in _claims(result)] == ["Die Wirtschaft kommt nicht aus der Krise"], result.claims


def test_a_question_left_open_in_konjunktiv_carries_on_the_speaker(analyse) -> None:
    # "sei offen" reports that the speaker left it open; "ließ … offen" (indicative) stays the writer's
    result = analyse("Konzerte abgesagt.\n\nDer Musiker Herbert Grönemeyer sagte der Zeitung, er sei "
                     "erschöpft. Ob er die Tour fortsetze, sei noch offen.\n\nDie Polizei teilte mit, "
                     "der Brand sei gegen Mitternacht ausgebrochen. Unklar sei noch, wie das Feuer "
                     "entstanden ist.")
    by_text = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert by_text.get("Ob er die To") == "Herbert Grönemeyer", by_text
    assert by_text.get("Unklar sei n") == "Polizei", by_text
    assert any(q.text.startswith("Ob er die Tour") for q in result.questions), result.questions


def test_generic_plural_in_the_genitive_or_dative_refers_back(analyse) -> None:
    # "der Verbraucherschützer", "der Richter" as a genitive plural are the organisation, not a person
    result = analyse("Preise steigen.\n\nDer Verbraucherzentrale Bundesverband warnte vor steigenden "
                     "Preisen. Nach Schätzung der Verbraucherschützer müssen Haushalte 300 Euro mehr "
                     "zahlen. Den Verbraucherschützern zufolge steigen die Preise weiter. Das "
                     "Bundesverfassungsgericht wies die Klage ab. Nach Ansicht der Richter verstößt das "
                     "Gesetz nicht gegen das Grundgesetz.")
    by_text = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert by_text.get("müssen Haush") == "Verbraucherzentrale Bundesverband", by_text
    assert by_text.get("steigen die ") == "Verbraucherzentrale Bundesverband", by_text
    assert by_text.get("verstößt das") == "Bundesverfassungsgericht", by_text


def test_a_rare_verb_the_tagger_reads_as_an_adjective_before_a_trailing_cue(analyse) -> None:
    # "klaffe" (tagged ADJD, lemma unknown) is "klaffen"'s Konjunktiv I: the clause is the message
    result = analyse("Ohne die Mehreinnahmen klaffe im Haushalt eine Lücke von 1,8 Millionen Euro, "
                     "warnte Oberbürgermeister Marco Steffens.")
    (claim,) = _claims(result)
    assert (claim.form, claim.text) == ("indirect", "Ohne die Mehreinnahmen klaffe im Haushalt eine "
                                        "Lücke von 1,8 Millionen Euro"), claim
    assert _speaker(result, claim) == "Marco Steffens"


def test_a_trailing_wie_clause_names_whose_first_findings_they_are(analyse) -> None:
    result = analyse("Verletzt wurde nach ersten Erkenntnissen niemand, wie ein Polizeisprecher am Morgen "
                     "mitteilte.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Polizei", claim


def test_a_speech_act_told_in_konjunktiv_is_the_account_of_who_spoke_before(analyse) -> None:
    result = analyse("Telefonat.\n\nRegierungssprecher Steffen Hebestreit teilte mit, das Gespräch habe "
                     "eine Stunde gedauert. Der Kanzler habe Putin aufgefordert, den Krieg zu "
                     "beenden.\n\nDie BBC teilte mit, ihre Programme würden gestört. Man habe den Ursprung "
                     "im Iran festgestellt, so der britische Sender.")
    by_text = {c.text[:16]: _speaker(result, c) for c in _claims(result)}
    assert by_text.get("Der Kanzler habe") == "Steffen Hebestreit", by_text
    assert by_text.get("Man habe den Urs") == "BBC", by_text  # its own source, not a carried claim


def test_a_konjunktiv_the_tagger_took_for_an_adverb_carries_on_the_speaker(analyse) -> None:
    # "greife" is tagged as an adverb; the lemma table knows "greifen"
    result = analyse("Angriffe.\n\nWolodymyr Selenskyj sagte, die Lage sei ernst. Russland greife gezielt "
                     "Kraftwerke an.")
    by_text = {c.text[:16]: _speaker(result, c) for c in _claims(result)}
    assert by_text.get("Russland greife ") == "Wolodymyr Selenskyj", by_text


def test_a_trailing_participle_cue_with_its_auxiliary_after_the_comma(analyse) -> None:
    result = analyse("Er schließe keine Partei aus, hatte der CDU-Vorsitzende Friedrich Merz dem „Stern“ "
                     "gesagt. Ohne Plan drohe eine Besatzung, soll Joav Galant in einer Kabinettssitzung "
                     "gesagt haben.")
    by_text = {c.text: (_speaker(result, c), c.cue.text if c.cue else None) for c in _claims(result)}
    assert by_text.get("Er schließe keine Partei aus") == ("Friedrich Merz", "gesagt"), by_text
    assert by_text.get("Ohne Plan drohe eine Besatzung") == ("Joav Galant", "gesagt"), by_text


def test_source_phrases_with_a_city_adjective_a_quoted_name_or_a_truncated_compound(analyse) -> None:
    result = analyse("Nach Angaben des Kölner Jazzclubs Stadtgarten ist ein Gedenkkonzert geplant. Laut "
                     "einer Umfrage des Portals „RevierSport“ sind 62 Prozent für einen Wechsel. Nach "
                     "einer Umfrage des Handels- und Gewerbevereins verzeichnen zwei Drittel weniger "
                     "Kunden.")
    texts = {c.text for c in _claims(result)}
    assert {"ist ein Gedenkkonzert geplant", "sind 62 Prozent für einen Wechsel",
            "verzeichnen zwei Drittel weniger Kunden"} <= texts, texts
    by_text = {c.text: _speaker(result, c) for c in _claims(result)}
    assert by_text["sind 62 Prozent für einen Wechsel"] == "RevierSport", by_text


def test_an_indicative_clause_after_sagte_to_a_medium_is_what_was_said(analyse) -> None:
    # the dative addressee does not make the clause after the comma a second one; a sentence's
    # opening "Der" before a title the tagger reads as a feminine name is still nominative
    result = analyse("Der frühere Fraktionsvize Axel Schäfer sagte der Deutschen Presse-Agentur, viele "
                     "Mitglieder zweifelten an Scholz.")
    (claim,) = _claims(result)
    assert claim.text == "viele Mitglieder zweifelten an Scholz", claim
    assert _speaker(result, claim) == "Axel Schäfer" and claim.via == "dpa", claim


def test_a_spokesperson_of_the_alliance_speaks_for_the_alliance_named_before(analyse) -> None:
    # "des Bündnisses": the genitive of a "-nis" noun doubles its "s"
    result = analyse("Die Nato verurteilte den Schritt. Ein Sprecher des Bündnisses sagte, die Rhetorik "
                     "Moskaus sei gefährlich.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Nato" and claim.source_type == "institution", claim


def test_no_missing_voice_question_for_the_dead(analyse) -> None:
    result = analyse("Nachruf.\n\nDer Jazzpianist Walter Kessler ist tot. „Walter war ein Suchender“, "
                     "sagte der Saxofonist Peter Lindner. Kessler hatte zuletzt in Köln gelebt.\n\nDer "
                     "Unternehmer Hans Maier wurde am Montag erschossen. Maier hinterlässt zwei Kinder. "
                     "Der Minister Karl Berg schweigt. Berg war nicht erreichbar.")
    asked = [q.text for q in result.questions if q.kind == "missing_voice"]
    assert asked == ["Was sagt Karl Berg selbst?"], asked


def test_an_institute_named_for_something_is_a_name_and_an_exit_poll_a_source(analyse) -> None:
    # "des Instituts für Demoskopie Allensbach" is no reference to the Bundeswehr named before;
    # "Nach einer Nachwahlbefragung des Instituts Ipsos" opens an account like "Nach einer Umfrage"
    result = analyse("Die Bundeswehr braucht Personal. Einer Studie des Instituts für Demoskopie "
                     "Allensbach zufolge befürworten 61 Prozent eine Dienstpflicht. Nach einer "
                     "Nachwahlbefragung des Instituts Ipsos nannten 41 Prozent der Wähler dieses Thema als "
                     "entscheidend.")
    by_text = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert by_text.get("befürworten ") == ("Allensbach", "study"), by_text
    assert by_text.get("nannten 41 P") == ("Institut Ipsos", "poll"), by_text


def test_media_reports_are_unnamed_media_not_an_anonymous_source(analyse) -> None:
    result = analyse("Medienberichten zufolge könnte die Ablöse bei rund 50 Millionen Euro liegen.")
    (claim,) = _claims(result)
    assert claim.source_type == "media", claim
    actor = result.actor(claim.speaker)
    assert actor is not None and actor.type == "media" and actor.local, actor
    (question,) = [q for q in result.questions if q.kind == "unverified"]
    assert "Medien, die der Text nicht nennt" in question.why, question


def test_a_quotation_after_a_claim_goes_on_with_that_claims_speaker(analyse) -> None:
    # not with the source of an older quotation ("heißt es in der Begründung")
    result = analyse("Preis.\n\nDer Roman sei ein „Ereignis“, heißt es in der Begründung. Jurysprecher "
                     "Konrad Mehl sagte, die Entscheidung sei einstimmig gefallen. „Wir waren uns schnell "
                     "einig.“")
    claim = next(c for c in _claims(result) if c.text.startswith("Wir waren"))
    assert _speaker(result, claim) == "Konrad Mehl", claim


def test_a_question_put_in_konjunktiv_inside_a_narrated_sentence_is_no_claim(analyse) -> None:
    result = analyse("Wahl.\n\n„Mit den Grünen wird es keine Regierung geben“, sagte CSU-Chef Markus "
                     "Söder. Auf die Frage, ob er damit den Kanzlerkandidaten einschränke, reagierte der "
                     "57-Jährige ausweichend.")
    assert not any(c.text.startswith("Auf die Frage") for c in _claims(result)), _claims(result)


def test_nach_after_a_verb_of_seeking_is_what_was_sought_not_an_account(analyse) -> None:
    result = analyse("Trainer Christian Ilzer suchte nach dem Spiel nach Erklärungen. Nach Angaben der "
                     "Polizei suchten Taucher nach dem Mann.")
    assert [(c.text, _speaker(result, c)) for c in _claims(result)] == [
        ("suchten Taucher nach dem Mann", "Polizei")], _claims(result)


def test_demnach_goes_on_with_the_source_the_report_cites(analyse) -> None:
    result = analyse("Heizung.\n\nWie die „Süddeutsche Zeitung“ unter Berufung auf Regierungskreise "
                     "berichtet, wird an einem Kompromiss gearbeitet. Demnach könnte die Pflicht gekoppelt "
                     "werden.")
    claim = next(c for c in _claims(result) if c.text.startswith("könnte"))
    assert (claim.speaker, claim.via) == ("sueddeutsche-zeitung", "regierungskreise"), claim


def test_party_member_nouns_and_an_infinitive_tagged_finite(analyse) -> None:
    # "der Demokrat" is a person, no organisation; "müssten … klarer machen" is Konjunktiv II
    # though the tagger calls "machen" finite, so the quoted chief goes on speaking
    result = analyse("Wahlkampf.\n\nJoe Biden zeigte sich unbeeindruckt. Er halte Xi für einen Diktator, "
                     "sagte der Demokrat.\n\nSPD-Chef Lars Klingbeil rief zu mehr Kampfgeist auf. „Wir "
                     "haben zu selten gekämpft“, sagte Klingbeil. Die Sozialdemokraten müssten wieder "
                     "klarer machen, wofür sie stünden.")
    by_text = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert by_text.get("Er halte Xi ") == "Joe Biden", by_text
    assert by_text.get("Die Sozialde") == "Lars Klingbeil", by_text
    assert "Demokrat" not in {a.name for a in result.actors}


def test_the_opposition_is_an_actor_of_its_article(analyse) -> None:
    result = analyse("Nach der Wahl hat die Opposition der Regierungspartei Wahlbetrug vorgeworfen. Die "
                     "Opposition kündigte an, das Ergebnis anzufechten.")
    assert [_speaker(result, c) for c in _claims(result)] == ["Opposition", "Opposition"], result.claims
    assert next(a for a in result.actors if a.name == "Opposition").local


def test_source_phrase_in_the_cue_clause_is_the_chain(analyse) -> None:
    # whoever reports the speech ("laut", "nach Angaben" in the cue's own clause, also after a
    # quotation) is its chain; a source phrase inside what was said is not ("…, laut Umfragen …")
    result = analyse("Die Opposition warf der Regierung laut „Spiegel“ vor, die Kommunen im Stich zu "
                     "lassen. Merz sagte nach Angaben von Teilnehmern, die Lage sei ernst. „Wir bleiben“, "
                     "sagte Habeck laut Diplomaten. Söder sagte, laut Umfragen sei die CSU stabil.")
    names = {a.id: a.name for a in result.actors}
    claims = {c.text[:12]: (_speaker(result, c), names.get(c.via or "")) for c in _claims(result)}
    assert claims.get("die Kommunen") == ("Opposition", "Spiegel"), claims
    assert claims.get("die Lage sei") == ("Merz", "Teilnehmer"), claims
    assert claims.get("Wir bleiben") == ("Habeck", "Diplomat"), claims
    assert claims.get("laut Umfrage") == ("Söder", None), claims


def test_ob_opening_the_message_stays(analyse) -> None:
    # "Ob …" makes an open question of what follows; without it the doubt reads as a statement
    result = analyse("Ob der Tod des Mannes auf die Legionellen zurückzuführen ist, sei noch nicht geklärt, "
                     "sagte ein Sprecher der Stadt. Merkel fragte, ob die Wahl regulär verlaufen sei.")
    texts = [c.text for c in _claims(result)]
    assert texts == ["Ob der Tod des Mannes auf die Legionellen zurückzuführen ist, sei noch nicht geklärt",
                     "ob die Wahl regulär verlaufen sei"], texts


def test_zu_infinitive_tagged_finite_does_not_cut_the_demand(analyse) -> None:
    # "festzulegen" (tagged as a finite verb) is no next speech verb after "und"
    result = analyse("Die Fachgesellschaft forderte, bis Ende des Jahres klare Regeln für Beratung und "
                     "Datenschutz festzulegen.")
    (claim,) = _claims(result)
    assert claim.text == "bis Ende des Jahres klare Regeln für Beratung und Datenschutz festzulegen", claim


def test_outlet_at_the_start_of_a_quoted_title_is_the_source(analyse) -> None:
    # "„Tagesspiegel Background“", "„BBC News“": the outlet opens the quoted title; a state inside
    # a quoted name is no source ("die „Aktion Deutschland hilft“")
    result = analyse("Nach Informationen des „Tagesspiegel Background“ erwägt die Kommission ein Verbot. "
                     "Laut „BBC News“ sind 200 Gefangene geflohen.")
    assert [_speaker(result, c) for c in _claims(result)] == ["Tagesspiegel", "BBC"], result.claims
    result = analyse("Die „Aktion Deutschland hilft“ sagte, man sammle Spenden.")
    assert [_speaker(result, c) for c in _claims(result)] == ["Aktion Deutschland hilft"], result.claims


def test_relative_clause_of_the_document_is_no_message(analyse) -> None:
    # "…, der der Zeitung vorliege" describes the document relied on; "Das berichtete X" then
    # sources the sentence before
    result = analyse("Angeblich sollen auch Daten von Minderjährigen betroffen gewesen sein. Das berichtete "
                     "die „Irish Times“ unter Berufung auf einen Bericht, der der Zeitung vorliege.")
    claims = [(c.text, _speaker(result, c)) for c in _claims(result)]
    assert claims == [("Angeblich sollen auch Daten von Minderjährigen betroffen gewesen sein",
                       "Irish Times")], claims


def test_nach_dessen_angaben_is_the_actor_named_just_before(analyse) -> None:
    result = analyse("Satellitenbilder, die das US-Institut ISIS ausgewertet hat, zeigen nach dessen Angaben "
                     "Bauarbeiten. Die Polizei nahm den Mann fest. Nach deren Angaben hatte er eine Waffe "
                     "bei sich.")
    assert [_speaker(result, c) for c in _claims(result)] == ["ISIS", "Polizei"], result.claims


def test_quoted_fragment_has_no_hedge_of_its_frame(analyse) -> None:
    # "würden" of the reported frame is no hedge of the quoted fragment; inside a quotation it is
    result = analyse("China werde die Ermittlungen „objektiv und fair“ unterstützen, sofern die Vorwürfe "
                     "nicht instrumentalisiert würden, sagte Mao Ning. „Wir würden das begrüßen“, sagte "
                     "Merz.")
    hedges = {c.text: c.hedges for c in _claims(result) if c.form == "direct"}
    assert hedges == {"objektiv und fair": [], "Wir würden das begrüßen": ["würden"]}, hedges


def test_after_months_of_investigation_is_a_time(analyse) -> None:
    # "nach monatelangen Ermittlungen" tells when, "Nach ersten Ermittlungen" whose account
    result = analyse("Die Polizei hat nach monatelangen Ermittlungen eine Einbrecherbande zerschlagen. Nach "
                     "ersten Ermittlungen sei der Mann allein gewesen.")
    assert [c.text for c in _claims(result)] == ["sei der Mann allein gewesen"], result.claims


def test_details_not_named_are_no_claim(analyse) -> None:
    result = analyse("Einzelheiten nannte er mit Verweis auf die Ermittlungen nicht. Der Sprecher nannte "
                     "keine Zahlen. Merz nannte den Plan einen Fehler.")
    assert [c.text for c in _claims(result)] == ["Merz nannte den Plan einen Fehler"], result.claims


def test_what_is_announced_is_a_reported_claim(analyse) -> None:
    result = analyse("Die Polizei ermittelt.\n\nDie Staatsanwaltschaft Altach gab am Montag die Einstellung "
                     "des Verfahrens bekannt. Ein zweiter Verdächtiger wurde am Morgen gefasst. Dies gab die "
                     "Polizei bekannt. Nähere Einzelheiten gab sie nicht bekannt. Die Forscher gaben diese "
                     "Ergebnisse gestern bekannt.")
    claims = _claims(result)
    assert [(c.text, c.form, _speaker(result, c)) for c in claims] == [
        ("Die Staatsanwaltschaft Altach gab am Montag die Einstellung des Verfahrens bekannt", "reported",
         "Staatsanwaltschaft Altach"),
        ("Ein zweiter Verdächtiger wurde am Morgen gefasst", "indirect", "Polizei")], claims


def test_a_quoted_fragment_in_reported_words_is_the_reporters(analyse) -> None:
    result = analyse("Der Ausschuss tagte.\n\nDie Zeugin sagte aus, Spahn habe „persönlich und gegen den "
                     "Rat der Fachabteilung“ auf das Verfahren gedrängt. Man erwarte „volle Aufklärung“, "
                     "hieß es aus der Fraktionsführung. Die „Bild“ berichtete, Friedrich Merz habe "
                     "„sofortige Neuwahlen“ gefordert.")
    quoted = {c.text: c for c in _claims(result) if c.form == "direct"}
    assert _speaker(result, quoted["persönlich und gegen den Rat der Fachabteilung"]) == "Zeugin"
    said = next(c for c in _claims(result) if c.text.startswith("Man erwarte"))
    assert quoted["volle Aufklärung"].speaker == said.speaker is not None
    assert _speaker(result, quoted["sofortige Neuwahlen"]) == "Friedrich Merz"  # what Merz demanded


def test_advice_against_is_a_warning(analyse) -> None:
    result = analyse("Der Meteorologe Andreas Friedrich riet dringend davon ab, sich während der Gewitter im "
                     "Freien aufzuhalten.")
    (claim,) = _claims(result)
    assert claim.cue is not None and claim.cue.text == "riet" and claim.cue_class == "warning"


def test_a_speech_verb_in_the_words_carried_on_is_part_of_them(analyse) -> None:
    result = analyse("Sachsen hat gewählt.\n\nMit der AfD werde es keine Absprachen geben, betonte "
                     "Kretschmer. Das habe er vor der Wahl versprochen, und daran halte er sich.\n\nDie Lage "
                     "sei ruhig, sagte der Sprecher. Ausländern sei lediglich abgeraten worden, jetzt nach "
                     "Tibet zu reisen.")
    texts = {c.text: _speaker(result, c) for c in _claims(result)}
    assert texts["Das habe er vor der Wahl versprochen, und daran halte er sich"] == "Kretschmer", texts
    assert texts["Ausländern sei lediglich abgeraten worden, jetzt nach Tibet zu reisen"] == "Sprecher", texts


def test_probe_politics_and_society_speakers(analyse) -> None:
    result = analyse("Die Verbraucherzentrale warnt vor falschen Forderungen. Wer nicht zahle, müsse mit "
                     "einem Gerichtsverfahren rechnen, heißt es in den Schreiben.\n\nAm Montag haben Grüne "
                     "und Linke den Rücktritt von Bundesinnenminister Alexander Dobrindt gefordert.")
    assert _speaker(result, _claim(result, "Wer nicht zahle")) == "den Schreiben"  # not the consumer body
    assert _speaker(result, _claim(result, "Am Montag")) == "Grüne"
    result = analyse("Wie das „Handelsblatt“ unter Berufung auf mehrere mit den Verhandlungen vertraute "
                     "Personen berichtete, hat CSU-Chef Markus Söder mit einem Veto gedroht, falls die "
                     "Rückvergütung angetastet werde. Die Zeitung „La Repubblica“ hatte unter Berufung auf "
                     "zwei Kardinäle berichtet, der Papst habe eine Kommission beauftragt.")
    claim = _claim(result, "hat CSU-Chef")
    assert _speaker(result, claim) == "Handelsblatt" and claim.via is not None
    assert _claim(result, "der Papst habe").via == "kardinaele"


def test_a_speech_noun_as_the_subject_is_no_cue_and_advice_is_no_hedge(analyse) -> None:
    result = analyse("Das Bistum schweigt.\n\nDas sei möglich, sagte der Historiker Hubert Wolf. Ein Dementi "
                     "bedeute nicht zwangsläufig, dass das Thema vom Tisch sei.\n\nFahrgäste sollten sich "
                     "vorab informieren, teilte die Bahn mit. Die Preise sollten im Herbst sinken, sagte er.")
    claim = _claim(result, "Ein Dementi")
    assert _speaker(result, claim) == "Hubert Wolf" and claim.cue is None
    assert _claim(result, "Fahrgäste").hedges == [] and _claim(result, "Die Preise").hedges == ["sollten"]


def test_reported_words_around_a_quotation_and_vouched_clauses(analyse) -> None:
    result = analyse("Die Grüne Jugend fordert mehr.\n\nDie Summe sei „das Mindeste, was sozial gerecht "
                     "ist“, sagte deren Sprecherin Lea Hartmann. Aiwanger konterte, die Genehmigungszahlen "
                     "stiegen „rasant“. Wo genau die Zellen entstehen, lasse sich erst kurzfristig sagen, so "
                     "der Meteorologe Andreas Friedrich. Sechs Cremes wurden mit „mangelhaft“ bewertet, wie "
                     "die Stiftung Warentest mitteilte.")
    said = {c.text: (c.form, _speaker(result, c)) for c in _claims(result)}
    assert said["Die Summe sei „das Mindeste, was sozial gerecht ist“"] == ("indirect", "Lea Hartmann")
    assert said["die Genehmigungszahlen stiegen „rasant“"] == ("indirect", "Aiwanger")
    assert said["Wo genau die Zellen entstehen, lasse sich erst kurzfristig sagen"] == (
        "indirect", "Andreas Friedrich")
    assert said["Sechs Cremes wurden mit „mangelhaft“ bewertet"] == ("according_to", "Stiftung Warentest")


def test_headline_subjects_topics_and_a_statement_after_a_colon(analyse) -> None:
    result = analyse("Der Vatikan hat den Bericht dementiert.", title="Vatikan dementiert Bericht über "
                     "Frauendiakonat")
    assert {_speaker(result, c) for c in _claims(result)} == {"Vatikan"}, result.claims
    result = analyse("TikTok hat Konten gelöscht.", title="TikTok löscht Tausende Konten nach Recherche zu "
                     "Desinformation")
    assert not _claims(result), result.claims
    result = analyse("Die Lufthansa hat reagiert.\n\nDie Lufthansa veröffentlichte eine Stellungnahme. In "
                     "einer Pressemitteilung heißt es: „Wir bedauern den Vorfall.“")
    (claim,) = [c for c in _claims(result) if "bedauern" in c.text]
    assert claim.form == "direct" and _speaker(result, claim) == "Lufthansa"


def test_a_poll_in_front_is_the_source_and_demnach_goes_on_with_it(analyse) -> None:
    result = analyse("Die Union liegt vorn.\n\nIm ARD-Deutschlandtrend von Infratest dimap kommt die Union "
                     "auf 25 Prozent. Die AfD liegt demnach ebenfalls bei 25 Prozent. In der Studie wurden "
                     "500 Menschen befragt. Der Bund der Steuerzahler begrüßte die Pläne, forderte aber "
                     "mehr.")
    first = _claim(result, "kommt die Union")
    assert first.form == "according_to" and first.source_type == "poll"
    assert _speaker(result, first) == _speaker(result, _claim(result, "Die AfD liegt")) == "Infratest dimap"
    assert not [c for c in _claims(result) if "befragt" in c.text]
    assert _speaker(result, _claim(result, "Der Bund der Steuerzahler")) == "Bund der Steuerzahler"


def test_probe_politics_sources_after_so_lassen_and_a_cited_document(analyse) -> None:
    result = analyse("Der Landtag tagte.\n\nMinisterpräsident Markus Söder betonte, Bayern brauche mehr "
                     "Geld. «Wir haben keine Zeit mehr zu verlieren», so der Nürnberger. Bundeskanzler "
                     "Christian Stocker ließ über seinen Sprecher ausrichten, er sehe keinen Spielraum."
                     "\n\nIn Wahrheit seien nur 34 Anlagen genehmigt worden, sagte Katharina Schulze unter "
                     "Verweis auf Zahlen des Landesamts. Der Minister solle endlich liefern.\n\nEin "
                     "Teilnehmer sprach von einer guten Atmosphäre. Strittig sei die Finanzierung, sagte "
                     "ein anderer.")
    assert _speaker(result, _claim(result, "Wir haben keine Zeit")) == "Markus Söder"
    assert _speaker(result, _claim(result, "er sehe keinen")) == "Christian Stocker"
    assert _claim(result, "In Wahrheit").via is not None and _claim(result, "Der Minister solle").via is None
    assert _speaker(result, _claim(result, "Strittig sei")) == "anderer Teilnehmer"


def test_a_cited_paper_is_no_anonymous_source_and_a_quoted_release_is_the_bodys(analyse) -> None:
    result = analyse("Das Magazin „Spiegel“ hatte unter Berufung auf ein internes Papier der Bundespolizei "
                     "berichtet, Beamte hätten Asylsuchende zurückgewiesen.")
    assert not [a for a in result.actors if a.type == "anonymous"], result.actors
    result = analyse("Die Universität hat ein Programm.\n\nDie Universität Heidelberg startet ein "
                     "Stipendienprogramm. In einer Pressemitteilung heißt es:\n\n„Die Geförderten erhalten "
                     "monatlich 500 Euro.“")
    assert _speaker(result, _claim(result, "Die Geförderten")) == "Universität Heidelberg"


def test_the_finding_before_zu_diesem_ergebnis_is_the_finders(analyse) -> None:
    result = analyse("Sonnencremes im Test.\n\nViele Sonnencremes schützen nicht ausreichend. Zu diesem "
                     "Ergebnis kommt die Stiftung Warentest in ihrem aktuellen Test.")
    (claim,) = _claims(result)
    assert claim.text == "Viele Sonnencremes schützen nicht ausreichend"
    assert claim.form == "according_to" and _speaker(result, claim) == "Stiftung Warentest"


def test_rejudged_politics_rows(analyse) -> None:
    result = analyse("Die Opposition ist empört.\n\nNach dem Bekanntwerden der Vorwürfe haben Grüne und "
                     "Linke den Rücktritt von Bundesinnenminister Alexander Dobrindt gefordert. Im "
                     "INSA-Meinungstrend für die „Bild“-Zeitung liegt die AfD bei 26 Prozent. Das Ergebnis "
                     "sei ordentlich, sagte ein langjähriges Vorstandsmitglied. Das sei bitter, sagte Aeschi "
                     "zu Radio SRF.")
    assert _speaker(result, _claim(result, "Nach dem Bekanntwerden")) == "Grüne"
    poll = _claim(result, "liegt die AfD")
    assert poll.source_type == "poll" and _speaker(result, poll) == "Insa"  # the pollster, not the client
    assert _speaker(result, _claim(result, "Das Ergebnis")) == "langjähriges Vorstandsmitglied"
    assert next(a for a in result.actors if a.name == "Radio SRF").type == "media"


def test_rejudged_society_rows(analyse) -> None:
    result = analyse("Die Sonne brennt.\n\nKleidung und Schatten seien der beste Schutz, so der "
                     "Berufsverband der Deutschen Dermatologen. Der frühere Bischof habe nach bestem Wissen "
                     "gehandelt, teilte die Kanzlei mit. Die Aktivistinnen würden kriminalisiert, hieß es in "
                     "einer Mitteilung.")
    assert _speaker(result, _claim(result, "Kleidung")) == "Berufsverband der Deutschen Dermatologen"
    assert _speaker(result, _claim(result, "Der frühere Bischof")) == "Kanzlei"
    assert _claim(result, "Die Aktivistinnen").hedges == []
    result = analyse("Das Ministerium prüft.\n\nSollten konkrete Hinweise vorliegen, werde man diesen "
                     "nachgehen, sagte ein Sprecher. Das sei wichtig, sagte Kammerevert. Deshalb hätten die "
                     "Beitragszahler ein Recht darauf zu erfahren, wofür ihr Geld ausgegeben werde.")
    assert {c.cue.text for c in _claims(result) if c.cue} == {"sagte"}, result.claims  # not "erfahren"
    assert _speaker(result, _claim(result, "Deshalb hätten")) == "Kammerevert"


def test_a_document_named_with_its_author_before_is_the_authors(analyse) -> None:
    result = analyse("Die Umwelthilfe klagt.\n\nDie Organisation stützt ihre Klage auf ein Gutachten des "
                     "Expertenrats für Klimafragen. Dem Gutachten zufolge droht Deutschland die Klimaziele "
                     "zu verfehlen.")
    assert _speaker(result, _claim(result, "droht Deutschland")) == "Expertenrat für Klimafragen"


def test_a_poll_named_by_its_maker_in_a_compound_is_the_makers(analyse) -> None:
    result = analyse("Die Union liegt vorn.\n\nIm INSA-Meinungstrend für die „Bild“-Zeitung liegt die AfD "
                     "bei 26 Prozent. Laut einer Forsa-Umfrage kommt die Union auf 25 Prozent.")
    for start, maker in [("liegt die AfD", "Insa"), ("kommt die Union", "Forsa")]:
        claim = _claim(result, start)
        assert _speaker(result, claim) == maker and claim.source_type == "poll", claim
    assert not [a for a in result.actors if "Umfrage" in " ".join(a.aliases)], result.actors


def test_what_is_to_be_seen_is_no_claim(analyse) -> None:
    result = analyse("Auf Videos in sozialen Netzwerken ist zu sehen, wie maskierte Beamte Demonstranten "
                     "schlagen. Merz sagte, er sehe das kritisch.")
    assert [c.text for c in _claims(result)] == ["er sehe das kritisch"], result.claims


def test_a_negated_duerften_and_an_appeal_with_soll_are_no_hedges(analyse) -> None:
    result = analyse("Die Beschäftigten dürften nicht die Zeche zahlen, sagte Bezirksleiter Knut Giesler. "
                     "Die Inflation dürfte im Herbst steigen, sagte Nagel.\n\nDie Polizei sucht Zeugen. "
                     "Wer Hinweise zu den Taten hat, soll sich bei der Polizei melden. Der Täter soll "
                     "geflohen sein.")
    hedges = {c.text[:12]: c.hedges for c in result.claims}
    assert hedges["Die Beschäft"] == [] and hedges["Die Inflatio"] == ["dürfte"], hedges
    assert "soll" not in hedges.get("Wer Hinweise", []) and hedges["Der Täter so"] == ["soll"], hedges


def test_state_of_knowledge_in_konjunktiv_carries_on_the_speaker(analyse) -> None:
    result = analyse("Das Städel Museum teilte mit, man prüfe die Provenienz sorgfältig. Nach derzeitigem "
                     "Stand sei das Gemälde 1937 zu einem angemessenen Preis erworben worden.")
    claim = _claims(result)[-1]
    assert claim.form == "indirect" and claim.text.startswith("Nach derzeitigem Stand sei"), claim
    assert claim.speaker_mention is None or "Stand" not in claim.speaker_mention.text, claim


def test_konjunktiv_in_te_that_is_a_present_stem_carries_on(analyse) -> None:
    result = analyse("Streit um die Umgehungsstraße.\n\nEin Landwirt sagte, er kämpfe gegen die Pläne. Seine "
                     "Familie bewirtschafte den Hof in der fünften Generation.\n\nDer Pilot sagte, er habe "
                     "gebremst. Trotzdem raste der Jet auf das Terrain.")
    texts = [c.text for c in _claims(result)]
    assert any(t.startswith("Seine Familie bewirtschafte") for t in texts), texts
    assert not any("raste" in t for t in texts), texts  # a past tense ("rasen")


def test_solle_with_a_perfect_infinitive_is_hearsay_a_reported_demand_is_not(analyse) -> None:
    result = analyse("Aus Verbandskreisen hieß es, die Sportlerin solle bereits im Sommer erhöhte Blutwerte "
                     "gehabt haben. Die Opposition forderte, er solle zurücktreten.")
    hedges = {c.text[:12]: c.hedges for c in _claims(result)}
    assert hedges["die Sportler"] == ["solle"] and hedges["er solle zur"] == [], hedges


def test_a_pronoun_that_carries_on_an_unnamed_subjects_pronoun_is_not_someone_named(analyse) -> None:
    result = analyse("Kultusminister Armin Schwarz sagte, das Ministerium werde den Fall prüfen. Der "
                     "Bürgermeister der Stadt zeigte Verständnis. Er warnte davor, die Dörfer auszubluten. "
                     "Die Stadt sei bereit zu zahlen, sagte er.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Die Stadt se") == "er", claims  # the mayor, not the minister


def test_a_negated_duerften_with_a_thing_as_subject_is_a_forecast(analyse) -> None:
    result = analyse("Die Zinsen dürften vorerst nicht weiter sinken, sagte der Ökonom. Die Fahrgäste "
                     "dürften nicht die Leidtragenden sein, sagte Naumann.")
    hedges = {c.text[:12]: c.hedges for c in _claims(result)}
    assert hedges["Die Zinsen d"] == ["dürften"] and hedges["Die Fahrgäst"] == [], hedges


def test_epithets_after_an_auxiliary_and_a_places_demonym(analyse) -> None:
    result = analyse("Angelo Stiller hatte betont, er fühle sich in Stuttgart wohl. »Ich denke nicht über "
                     "einen Wechsel nach«, hatte der Mittelfeldspieler gesagt.\n\nMarcel Hirscher feiert "
                     "sein Comeback. »Die Reha war zach«, sagte der Salzburger.\n\nIm Prozess gegen Julia "
                     "Timoschenko hat die Anklage sieben Jahre Haft gefordert.")
    claims = {c.text[:12]: _speaker(result, c) for c in _claims(result)}
    assert claims.get("Ich denke ni") == "Angelo Stiller", claims
    assert claims.get("Die Reha war") == "Marcel Hirscher", claims
    assert "Julia Timoschenko" not in claims.values(), claims


def test_a_participle_hung_on_an_adverb_keeps_the_subject_of_its_auxiliary(analyse) -> None:
    result = analyse("Gesundheitsminister Karl-Josef Laumann (CDU) hatte zuletzt wiederholt betont, dass die "
                     "Kliniken sparen müssten.")
    assert _speaker(result, _claims(result)[0]) == "Karl-Josef Laumann"  # not his party


def test_the_outlet_a_document_lies_before_is_the_chain(analyse) -> None:
    result = analyse("Laut einer internen Statistik, die dem „Spiegel“ vorliegt, waren nur 58 Prozent der "
                     "Züge pünktlich.")
    claim = _claims(result)[0]
    names = {a.id: a.name for a in result.actors}
    assert claim.via is not None and names[claim.via] == "Spiegel", claim


def test_a_filed_document_is_its_authors(analyse) -> None:
    # "heißt es in der Begründung" after the court's ruling (its file number no sentence end),
    # "im Insolvenzantrag" after the company, "in der Klage" after the plaintiff behind a dateline
    result = analyse("Das Gericht entschied.\n\nKarlsruhe (dpa) - Das Bundesverfassungsgericht hat das "
                     "Gesetz gekippt. Die Regelungen verletzten Grundrechte, entschied der Erste Senat in "
                     "einem Beschluss (Az. 1 BvR 1187/24). Die Polizei dürfe nicht ohne Anlass filmen, heißt "
                     "es in der Begründung.")
    assert _speaker(result, _claim(result, "Die Polizei dürfe")) == "Bundesverfassungsgericht"
    result = analyse("Die Firma ist pleite.\n\nDer Baukonzern Hallwanger Bau GmbH hat Insolvenz angemeldet. "
                     "Das Unternehmen will den Gläubigern eine Quote anbieten. Ursache seien Verluste bei "
                     "Wohnbauprojekten, heißt es im Insolvenzantrag.")
    assert _speaker(result, _claim(result, "Ursache seien")) == "Hallwanger Bau GmbH"
    result = analyse("Verbraucherschützer klagen.\n\nMünchen - Die Verbraucherzentrale Bayern zieht gegen "
                     "die Direktbank vor Gericht. Die Bank habe Gebühren berechnet, heißt es in der "
                     "Musterfeststellungsklage.")
    assert _speaker(result, _claim(result, "Die Bank habe")) == "Verbraucherzentrale Bayern"


def test_a_bare_spokesperson_speaks_for_the_organisation_in_front(analyse) -> None:
    # "nach Angaben eines Sprechers" (genitive); of two organisations the one that is the
    # subject; the company's name again in the sentence before, untyped by the model
    result = analyse("Streik.\n\nDie Verkehrsgesellschaft Frankfurt (VGF) rechnet nach Angaben eines "
                     "Sprechers erst am Freitag wieder mit einem regulären Betrieb.")
    claim = _claim(result, "Die Verkehrsgesellschaft")
    assert _speaker(result, claim) == "Verkehrsgesellschaft Frankfurt", claim
    result = analyse("Pleite.\n\nDie Möbelhandelskette Wohnwelt Berger ist zahlungsunfähig. Das Unternehmen "
                     "habe beim Amtsgericht Essen einen Antrag gestellt, teilte ein Sprecher mit. "
                     "Geschäftsführer Klaus-Dieter Berger sagte, man kämpfe. Berger ist seit 1998 im Amt.")
    assert _speaker(result, _claim(result, "Das Unternehmen habe")) == "Wohnwelt Berger"
    assert {a.name: a.type for a in result.actors}["Wohnwelt Berger"] == "organization", result.actors
    result = analyse("Der Lebensmittel-Lieferdienst Kwikk soll Daten ausgewertet haben.\n\nKwikk wies die "
                     "Vorwürfe zurück. Die App erfasse Standortdaten nur während der Auslieferung, erklärte "
                     "eine Sprecherin.")
    assert _speaker(result, _claim(result, "Die App erfasse")) == "Kwikk"


def test_a_plural_past_after_reported_words_carries_them_on(analyse) -> None:
    # the past that is also the Konjunktiv II ("lebten", "reichten") goes on the words before;
    # one whose Konjunktiv II differs ("waren": "wären") is the writer's narration
    result = analyse("Vorspann.\n\nHandelsexperte Ulrich Sommerfeld rechnet mit Pleiten. Der "
                     "Möbelhandel habe ein Fünftel seines Umsatzes verloren, sagte er. Viele Häuser "
                     "lebten von der Substanz.")
    assert _speaker(result, _claim(result, "Viele Häuser")) == "Ulrich Sommerfeld"
    result = analyse("Vorspann.\n\nDie Maschine sei abgestürzt, meldete die Agentur Xinhua. Die "
                     "Wetterbedingungen waren zum Zeitpunkt des Absturzes gut.")
    assert [c.text[:10] for c in _claims(result)] == ["Die Maschi"], result.claims


def test_reported_words_may_open_with_a_prepositional_phrase(analyse) -> None:
    # "berichtete, in mehreren Praxen fehlten …": the verb second after a prepositional phrase
    result = analyse("Vorspann.\n\nDer Berufsverband der Kinder- und Jugendärzte (BVKJ) berichtete, "
                     "in mehreren Praxen fehlten bereits gängige Mittel.")
    claim = _claim(result, "in mehreren Praxen")
    assert _speaker(result, claim) == "Berufsverband der Kinder- und Jugendärzte", claim


def test_the_authors_are_those_of_the_study_just_cited(analyse) -> None:
    result = analyse("Vorspann.\n\nÖkonomen halten eine Einigung für überfällig. Nach einer Schätzung des "
                     "Peterson Institute for International Economics kosten die Zölle die US-Wirtschaft "
                     "jährlich 0,4 Prozent. Sollte es keine Einigung geben, könnten die Kosten weiter "
                     "steigen, schreiben die Autoren.")
    claim = _claim(result, "Sollte es keine")
    assert _speaker(result, claim) == "Peterson Institute for International Economics", claim


def test_a_place_before_an_indefinite_source_is_not_the_source(analyse) -> None:
    # "in Deutschland einer Studie zufolge": the study, not Germany; "Die Initiative Long Covid
    # Deutschland": a national branch named with its country, not the state
    result = analyse("Vorspann.\n\nDie Langzeitfolgen verursachen in Deutschland einer Studie zufolge "
                     "Schäden von neun Milliarden Euro. Die Initiative Long Covid Deutschland kritisierte, "
                     "die Politik tue zu wenig.")
    got = [(_speaker(result, c), c.source_type) for c in _claims(result)]
    assert got == [("einer Studie", "study"), ("Long Covid Deutschland", "institution")], got


def test_a_semicolon_ends_the_clause_of_a_cue(analyse) -> None:
    # the "ob" clause after the semicolon belongs to "ist fraglich", the writer's own doubt
    result = analyse("Vorspann.\n\nDie Opfer wurden auf den Zivilrechtsweg verwiesen; ob sie je etwas von "
                     "ihrem Geld wiedersehen, ist fraglich.")
    assert not [c for c in _claims(result) if c.text.startswith("ob sie")], result.claims


def test_an_institute_named_after_a_prosecutor_is_no_reference_to_it(analyse) -> None:
    # "Das WSL-Institut für Schnee- und Lawinenforschung" names itself (the model had found only
    # what follows "für"), so its bulletin is its own, not the prosecutor's named before
    result = analyse("Vorspann.\n\nDie Staatsanwaltschaft Graubünden hat eine Untersuchung eröffnet. Das "
                     "WSL-Institut für Schnee- und Lawinenforschung (SLF) in Davos hatte die Gefahrenstufe "
                     "3 ausgegeben. Die Schneedecke sei schlecht verfestigt, heisst es im Lawinenbulletin.")
    claim = _claim(result, "Die Schneedecke")
    assert _speaker(result, claim) == "WSL-Institut für Schnee- und Lawinenforschung", claim
    institute = next(a for a in result.actors if a.name.startswith("WSL"))
    assert "SLF" in institute.aliases, result.actors  # the acronym of the words after "für"


def test_a_noun_after_a_singular_article_is_singular_whatever_the_tagger_says(analyse) -> None:
    # "Branchenvertreter" was tagged plural, so it could not be the subject of "sagte", and the
    # news agency it spoke to became the speaker
    result = analyse("Vorspann.\n\nEin Branchenvertreter, der anonym bleiben wollte, sagte der Deutschen "
                     "Presse-Agentur, viele Betriebe hätten bereits Personal eingestellt.")
    claim = _claim(result, "viele Betriebe")
    assert (_speaker(result, claim), claim.source_type) == ("Branchenvertreter", "anonymous"), claim


def test_an_abstract_noun_after_a_title_is_no_name(analyse) -> None:
    # "die Ministerin Gesprächsbereitschaft" had become a person named "Gesprächsbereitschaft"
    result = analyse("Vorspann.\n\nWirtschaftsministerin Katrin Vogt zeigte sich gelassen. Nach einem "
                     "Treffen signalisierte die Ministerin Gesprächsbereitschaft: „Wir lassen "
                     "niemanden im Regen stehen.“")
    assert not [a for a in result.actors if "Gesprächsbereitschaft" in a.name], result.actors
    assert _speaker(result, _claim(result, "Wir lassen")) == "Katrin Vogt"


def test_a_poll_made_for_a_newspaper_is_the_pollsters_before_zufolge(analyse) -> None:
    # "im Auftrag der „Volksstimme“" had ended the source phrase: the client spoke, and the
    # whole sentence became the claim
    result = analyse("Vorspann.\n\nEiner Umfrage des Instituts Civey im Auftrag der „Volksstimme“ zufolge "
                     "halten 58 Prozent der Befragten das Projekt für gescheitert.")
    (claim,) = _claims(result)
    assert (_speaker(result, claim), claim.source_type) == ("Institut Civey", "poll"), claim
    assert claim.text == "halten 58 Prozent der Befragten das Projekt für gescheitert"


def test_a_plural_pronoun_after_a_team_named_by_um_is_its_lead(analyse) -> None:
    # "Die Forschenden um Lena Hartwig …. …, schreiben sie": her team, named by her
    result = analyse("Vorspann.\n\nDie Forschenden um Lena Hartwig untersuchten Proben. Die Belastung sei "
                     "höher als erwartet, schreiben sie.")
    claim = _claim(result, "Die Belastung")
    assert (_speaker(result, claim), claim.speaker_mention.text) == ("Lena Hartwig", "sie"), claim


def test_a_statement_after_reported_words_is_the_reporters_not_of_whom_they_spoke(analyse) -> None:
    # "Die Miliz" (the subject of the reported words before) had issued the army's statement
    result = analyse("Vorspann.\n\nDas israelische Militär erklärte, es habe ein Waffenlager der Hisbollah "
                     "angegriffen. Die Miliz habe dort Raketen gelagert. Die Armee werde „jede Bedrohung“ "
                     "beseitigen, hieß es in einer Mitteilung.")
    got = [(c.text, _speaker(result, c)) for c in _claims(result) if "Bedrohung" in c.text]
    assert got == [("Die Armee werde „jede Bedrohung“ beseitigen", "Israel"),
                   ("jede Bedrohung", "Israel")], got


def test_a_request_in_court_is_a_speech_act(analyse) -> None:
    # "beantragte" (a prosecutor's or a lawyer's motion) had been no cue
    result = analyse("Vorspann.\n\nDie Staatsanwältin Lena Vogt sprach von Untreue. Sie beantragte 18 "
                     "Monate auf Bewährung.")
    claim = _claim(result, "Sie beantragte")
    assert (claim.form, _speaker(result, claim)) == ("reported", "Lena Vogt"), claim


def test_an_outlet_after_the_verb_is_the_addressee_of_a_subject_before_it(analyse) -> None:
    # "der „Frankfurter Allgemeinen Zeitung“" was parsed as a second subject and spoke
    result = analyse("Vorspann.\n\nCDU-Verteidigungsexperte Roderich Kahlert sagte der „Frankfurter "
                     "Allgemeinen Zeitung“, ohne Pflicht werde die Bundeswehr ihre Ziele nie erreichen.")
    claim = _claim(result, "ohne Pflicht")
    names = {a.id: a.name for a in result.actors}
    assert (_speaker(result, claim), names.get(claim.via)) == (
        "Roderich Kahlert", "Frankfurter Allgemeine Zeitung"), claim


def test_vorhalten_is_a_reproach(analyse) -> None:
    result = analyse("Vorspann.\n\nDie Opposition hielt der Regierung vor, sie habe versagt.")
    claim = _claim(result, "sie habe")
    assert (_speaker(result, claim), claim.cue_class) == ("Opposition", "warning"), claim


def test_coming_to_speak_of_something_and_going_out_are_no_acts(analyse) -> None:
    # "zu sprechen kam" (he came to the subject) and "gingen leer aus" (no "von": no assumption)
    result = analyse("Vorspann.\n\nAls er auf die Rentenpläne zu sprechen kam, wurde es laut. Tausende "
                     "Bauherren gingen leer aus. Die Polizei geht von einem Unfall aus.")
    assert [c.text for c in _claims(result)] == ["Die Polizei geht von einem Unfall aus"], result.claims


def test_an_adjective_after_a_name_opens_the_source_phrase_of_zufolge(analyse) -> None:
    # "ist die AfD ersten Hochrechnungen zufolge": the projections, not the party, are the source
    result = analyse("Vorspann.\n\nBei der Wahl ist die AfD ersten Hochrechnungen zufolge stärkste Kraft "
                     "geworden.")
    (claim,) = _claims(result)
    assert (claim.speaker, claim.source_type, claim.speaker_mention.text) == (
        None, "poll", "ersten Hochrechnungen"), claim


def test_the_text_names_an_office_holder_the_office_list_does_not_know(analyse) -> None:
    # "Der Kanzler" had been no one: offices.yml knows another chancellor (the list may be out of
    # date; the text's own apposition decides when the listed holder is not named)
    result = analyse("Vorspann.\n\nBundeskanzler Thomas Brenninger verteidigte die Politik. Der Kanzler "
                     "sagte, man werde sparen.")
    assert _speaker(result, _claim(result, "man werde")) == "Thomas Brenninger"


def test_a_writers_konjunktiv_ii_in_a_new_paragraph_carries_no_one_on(analyse) -> None:
    result = analyse("Vorspann.\n\nEin Spielerberater sagte, eine Entscheidung falle im Januar. Nikolić "
                     "wolle in der zweiten Liga spielen.\n\nFür Kellberg wäre ein Verkauf verlockend.")
    assert not [c for c in _claims(result) if c.text.startswith("Für Kellberg")], result.claims


def test_a_quotation_inside_reported_words_of_the_same_speaker_is_listed_with_them(analyse) -> None:
    # the quoted words stay a claim of the analysis (SpkAtt counts them), but pages and the claims
    # index list them within the reported words, not a second time
    result = analyse("Vorspann.\n\nDer Stadtrat Jonas Brandt warf der Verwaltung vor, sie spare „an den "
                     "falschen Stellen“.")
    assert "an den falschen Stellen" in [c.text for c in _claims(result)]
    assert [c.text for c in result.listed_claims()] == ["sie spare „an den falschen Stellen“"]
    corpus = build_corpus([result])
    assert [ref.claim.text for ref in corpus.claims] == ["sie spare „an den falschen Stellen“"]


def test_a_spokesperson_of_a_ministry_after_its_adjective_speaks_for_the_ministry(analyse) -> None:
    # "des bayerischen Kultusministeriums": the adjective had hidden the ministry, and an anonymous
    # "Sprecher" spoke
    result = analyse("Vorspann.\n\nDie beiden Länder schnitten am besten ab, sagte ein Sprecher des "
                     "bayerischen Kultusministeriums.")
    (claim,) = _claims(result)
    assert (_speaker(result, claim), claim.source_type) == ("Kultusministerium", "institution")


def test_a_plural_past_between_reported_words_and_konjunktiv_i_is_the_speakers(analyse) -> None:
    # "wollten" reads as Konjunktiv II: the sentence and the one after it carry on Lindemaier's
    # words (the workers, its subject, had become the speaker of the next sentence)
    result = analyse("Vorspann.\n\nGerhard Lindemaier sagte, die Unternehmen hätten Rekordgewinne "
                     "eingefahren. Die Beschäftigten wollten endlich ihren Anteil. Dann seien auch Streiks "
                     "nicht ausgeschlossen.")
    claims = {c.text: _speaker(result, c) for c in _claims(result)}
    assert claims == {
        "die Unternehmen hätten Rekordgewinne eingefahren": "Gerhard Lindemaier",
        "Die Beschäftigten wollten endlich ihren Anteil. Dann seien auch Streiks nicht ausgeschlossen":
            "Gerhard Lindemaier"}, claims


def test_an_outlet_in_the_dative_after_a_stacked_title_is_spoken_to(analyse) -> None:
    # "Verbandschef Oberst X": with two titles the parser took the magazine for the subject
    result = analyse("Vorspann.\n\nEs fehle an Hubschraubern, sagte Verbandschef Oberst Ulrich Gebhardt dem "
                     "Nachrichtenmagazin Der Spiegel.")
    (claim,) = _claims(result)
    names = {a.id: a.name for a in result.actors}
    assert (_speaker(result, claim), names.get(claim.via)) == ("Ulrich Gebhardt", "Spiegel"), claim


def test_a_mistagged_verb_before_a_dass_clause_keeps_its_clause(analyse) -> None:
    # "bedeute" tagged as an adverb: "der Beschluss bedeute nicht" had been read as an apposition,
    # and the claim was the dass-clause alone, its negation lost
    result = analyse("Vorspann.\n\nMinisterpräsident Mehmet Karakaya betonte, der Beschluss bedeute nicht, "
                     "dass ein Einmarsch unmittelbar bevorstehe.")
    (claim,) = _claims(result)
    assert claim.text == "der Beschluss bedeute nicht, dass ein Einmarsch unmittelbar bevorstehe"


def test_a_subordinate_clause_after_the_speaker_leaves_the_words_before_the_cue(analyse) -> None:
    # "…, sagte X, solange …": the claim had been the "solange" clause alone
    result = analyse("Vorspann.\n\nSeine Regierung werde mit der Mission zusammenarbeiten, sagte "
                     "Omar al-Mahdi, solange diese die Souveränität Sudans respektiere.")
    (claim,) = _claims(result)
    assert (claim.text, _speaker(result, claim)) == (
        "Seine Regierung werde mit der Mission zusammenarbeiten", "Omar al-Mahdi")



def test_the_grounds_of_a_decision_are_the_courts(analyse) -> None:
    # "heißt es in der Begründung der Entscheidung": the genitive had hidden the document noun
    result = analyse("Vorspann.\n\nDer Bayerische Verfassungsgerichtshof hat das Rauchverbot bestätigt. Der "
                     "Schutz der Nichtraucher wiege schwerer, heißt es in der Begründung der Entscheidung.")
    claim = _claim(result, "Der Schutz")
    assert _speaker(result, claim) == "Bayerischer Verfassungsgerichtshof"


def test_a_plan_after_a_poll_is_the_writers(analyse) -> None:
    # "soll … enden" spells out a plan of whoever spoke just before, but a poll plans nothing
    result = analyse("Vorspann.\n\nLaut einer Umfrage des Instituts CBOS befürworten 68 Prozent der "
                     "Polen den Kurs. Der Gipfel soll am Samstagmittag enden.")
    assert [c.text for c in _claims(result)] == ["befürworten 68 Prozent der Polen den Kurs"], result.claims


def test_a_second_verb_after_a_dass_clause_shares_the_first_verbs_subject(analyse) -> None:
    # "…, und kündigte an, …" parsed inside the dass-clause: its subject had become the speaker
    result = analyse("Vorspann.\n\nEine Sprecherin räumte ein, dass der Übergang auf einer Liste stehe, und "
                     "kündigte an, ihn noch in dieser Woche zu überprüfen.")
    claim = _claim(result, "ihn noch")
    assert _speaker(result, claim) == "Sprecherin"


def test_er_after_a_bodys_words_is_not_a_person_of_an_earlier_paragraph(analyse) -> None:
    # "laut Staatsanwaltschaft um einen 42-Jährigen. Er sei vorbestraft": "er" is the arrested man,
    # not the police spokesman quoted a paragraph before
    result = analyse("Vorspann.\n\nPolizeisprecher Uwe Brinkmann berichtete, der Täter habe Geld "
                     "verlangt.\n\nBei dem Festgenommenen handelt es sich laut Staatsanwaltschaft um einen "
                     "42-jährigen Mann. Er sei bereits wegen Raubes vorbestraft.")
    assert _speaker(result, _claim(result, "Er sei")) == "Staatsanwaltschaft"


def test_die_behoerde_is_the_federal_office_named_just_before(analyse) -> None:
    # "die Behörde" after the "Bundesstelle für Flugunfalluntersuchung" (an authority by "-stelle")
    # had been the airport fire brigade named earlier
    result = analyse("Vorspann.\n\nDie Flughafenfeuerwehr war schnell vor Ort. Die Bundesstelle für "
                     "Flugunfalluntersuchung hat die Ermittlungen aufgenommen. Ein Sprecher der "
                     "Behörde sagte, man gehe von einem Vogelschlag aus.")
    assert _speaker(result, _claim(result, "man gehe")) == "Bundesstelle für Flugunfalluntersuchung"


def test_die_schule_after_a_cue_is_no_person_named_before(analyse) -> None:
    # "teilte die Schule mit": the school (an "-e" noun like "der Experte") had become the doctor
    result = analyse("Vorspann.\n\nDer Amtsarzt Wolfgang Stehle warnte vor Masern. Man respektiere die "
                     "Entscheidung, teilte die Schule in einer Erklärung mit.")
    assert _speaker(result, _claim(result, "Man respektiere")) == "die Schule"


def test_a_surname_the_tagger_took_for_a_plural_noun_stays_the_subject(analyse) -> None:
    # "Virtanen" (tagged as a plural noun) had lost the subject to the object "die Kritik"
    result = analyse("Vorspann.\n\nProjektleiterin Sanna Virtanen verteidigte die Entscheidung. "
                     "Virtanen wies "
                     "die Kritik zurück: Man könne Nutzer nicht zwingen, auf den Austausch zu verzichten.")
    assert _speaker(result, _claim(result, "Man könne")) == "Sanna Virtanen"


def test_ihm_zufolge_is_the_person_named_before(analyse) -> None:
    result = analyse("Vorspann.\n\nVereinssprecher Uwe Pfaff bestätigte die Sperre. Ihm zufolge wird Okonkwo "
                     "zusätzlich mit einer Geldbuße belegt.")
    claim = _claim(result, "wird Okonkwo")
    assert (claim.form, _speaker(result, claim)) == ("according_to", "Uwe Pfaff")


def test_the_object_after_the_auxiliary_of_auffordern_is_the_addressee(analyse) -> None:
    # "Die Regierung hat das Museum aufgefordert, …" parsed with two subjects: the museum had spoken
    result = analyse("Vorspann.\n\nDie griechische Regierung hat das Mannheimer Antikenmuseum offiziell "
                     "aufgefordert, die Marmorstatue zurückzugeben.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Griechenland"


def test_zitierte_ihn_die_zeitung_quotes_the_person_named_before(analyse) -> None:
    # the Konjunktiv "werde" had made "zitierte" a passive, and "ihn" the speaker's words
    result = analyse("Vorspann.\n\nVerteidigungsminister Avner Golan sprach im Parlament. Die "
                     "Offensive werde fortgesetzt, zitierte ihn die Zeitung Jedioth Achronoth.")
    claim = _claim(result, "Die Offensive")
    names = {a.id: a.name for a in result.actors}
    assert (_speaker(result, claim), names.get(claim.via)) == ("Avner Golan", "Jedioth Achronoth"), claim


def test_an_unnamed_person_introduced_with_ein_who_speaks_is_an_unnamed_source(analyse) -> None:
    # "Ein Brauer, der …, sagte": any noun for a person, not only "Frau" or a role
    result = analyse("Vorspann.\n\nEin Brauer, der seit 30 Jahren bei Hofmeister arbeitet, sagte der "
                     "Zeitung, "
                     "niemand wisse, wie es weitergehe. Eine Laboranalyse ergab, es handele sich um Genreis.")
    claim = _claim(result, "niemand wisse")
    assert (_speaker(result, claim), claim.source_type) == ("Brauer", "anonymous")
    assert not [a for a in result.actors if a.name == "Laboranalyse"], result.actors


def test_people_named_by_a_plural_noun_who_speak_are_an_unnamed_group(analyse) -> None:
    # "Die Veranstalter warfen … vor", "Die Ingenieure vermuteten": had been unattributed
    result = analyse("Vorspann.\n\nDie Veranstalter warfen der Polizei ein unverhältnismäßiges Vorgehen "
                     "vor. Die "
                     "Ingenieure vermuteten, dass ein Bolzen gebrochen sei. Die Länder fordern mehr Geld.")
    speakers = {c.text[:20]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert speakers["Die Veranstalter war"] == ("Veranstalter", "anonymous"), speakers
    assert speakers["ein Bolzen gebrochen"] == ("Ingenieure", "anonymous"), speakers
    assert speakers["Die Länder fordern m"][1] != "anonymous", speakers  # the states, no people


def test_a_district_and_an_observatory_speak_as_bodies(analyse) -> None:
    # "der Landkreis Emsland" (one place of the model), "des Kandilli-Observatoriums": no actor had
    # been found, and the claims were unattributed
    result = analyse("Vorspann.\n\nWie der Landkreis Emsland am Montag mitteilte, waren mehr als 300 Puten "
                     "verendet. Das Epizentrum lag nach Angaben des Kandilli-Observatoriums nördlich "
                     "der Stadt.")
    assert _speaker(result, _claim(result, "waren mehr")) == "Landkreis Emsland"
    assert _speaker(result, _claim(result, "Das Epizentrum")) == "Kandilli-Observatorium"


def test_a_regional_newspaper_named_allgemeine_is_an_outlet_the_paper_refers_to(analyse) -> None:
    # "der Thüringer Allgemeinen" had been an organisation of that (dative) name, and "Die Zeitung"
    # after it no one
    result = analyse("Vorspann.\n\nDie Affäre kam durch einen Bericht der Thüringer Allgemeinen ins "
                     "Rollen. Die "
                     "Zeitung hatte berichtet, der Minister sei viermal an den Gardasee gefahren. Die "
                     "Stimmbeteiligung lag nach Angaben der Bundeskanzlei bei 44 Prozent.")
    claim = _claim(result, "der Minister")
    assert (_speaker(result, claim), claim.source_type) == ("Thüringer Allgemeine", "media")
    assert _speaker(result, _claim(result, "Die Stimmbeteiligung")) == "Bundeskanzlei"


def test_a_bare_genitive_plural_after_nach_angaben_is_the_source(analyse) -> None:
    # "Nach Angaben libanesischer Sicherheitskreise" (the noun tagged dative): the source's words
    # had opened the claim
    result = analyse("Vorspann.\n\nNach Angaben libanesischer Sicherheitskreise wurden dabei mindestens 23 "
                     "Menschen getötet.")
    (claim,) = _claims(result)
    assert (claim.text, _speaker(result, claim)) == (
        "wurden dabei mindestens 23 Menschen getötet", "libanesische Sicherheitskreise"), claim


def test_a_party_role_and_a_title_before_a_name_leave_the_person_speaking(analyse) -> None:
    # "ÖVP-Chef und Vizekanzler Wilhelm Moltberger warf … vor": the party had spoken
    result = analyse("Vorspann.\n\nDie ÖVP lehnte die Reform ab. ÖVP-Chef und Vizekanzler Wilhelm Moltberger "
                     "warf der SPÖ „Wahlkampfgetöse“ vor.")
    assert _speaker(result, _claim(result, "ÖVP-Chef")) == "Wilhelm Moltberger"


def test_so_x_in_the_middle_is_the_source_of_impersonal_words(analyse) -> None:
    # "Man lehne … ab, so ein DGB-Sprecher, doch …": "lehne ab" had been the cue, "Man" the speaker
    result = analyse("Vorspann.\n\nMan lehne Spartengewerkschaften zwar ab, so ein DGB-Sprecher, doch das "
                     "Streikrecht dürfe nicht ausgehöhlt werden.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "DGB" and claim.text.startswith("Man lehne"), claim


def test_an_outlet_named_by_a_common_word_after_its_kind_is_that_outlet(analyse) -> None:
    # "dem Sender Premiere": "dem Sender" had been the "Bild" named before
    result = analyse("Vorspann.\n\nNach Informationen der Bild-Zeitung soll der Vorstand Gespräche geführt "
                     "haben. „Horst Brehmer ist unser Trainer“, sagte Präsident Werner Kuhlmann dem Sender "
                     "Premiere.")
    claim = _claim(result, "Horst Brehmer")
    names = {a.id: a.name for a in result.actors}
    assert names.get(claim.via) == "Premiere", claim


def test_places_hearsay_and_watchdogs_are_no_unnamed_sources_or_bodies(analyse) -> None:
    # regressions the re-judging found: "des Landkreises" inside an office's name, "am Observatorium"
    # a place, "sollen Investoren … signalisiert haben" hearsay about them, "Die Wettbewerbshüter" the
    # cartel office; a diplomat's nationality keeps its state
    result = analyse("Vorspann.\n\nDas Gesundheitsamt des Landkreises Ravensburg schloss eine Schule. "
                     "Die Messung "
                     "erfolgte am Observatorium La Silla. Ein spanischer Diplomat sagte, man werde keinen "
                     "Präzedenzfall schaffen. Wie das Hamburger Abendblatt berichtet, sollen Investoren "
                     "bereits Interesse signalisiert haben. Das Bundeskartellamt prüft die Übernahme. Die "
                     "Wettbewerbshüter befürchten, dass der Konzern den Markt kontrollieren würde.")
    names = {a.name for a in result.actors}
    assert not names & {"Landkreis Ravensburg", "Observatorium", "Investoren", "Wettbewerbshüter"}, names
    assert "Spanien" in names, names
    assert _speaker(result, _claim(result, "der Konzern den Markt")) == "Bundeskartellamt"


def test_der_ermittler_after_a_cue_is_the_investigator_quoted_before(analyse) -> None:
    # "betonte der Ermittler" had been the police directorate (as if "die Ermittler")
    result = analyse("Vorspann.\n\nDie Polizeidirektion Ludwigsburg bildete eine Sonderkommission. „Wir "
                     "bitten "
                     "jeden, sich zu melden“, sagte Kriminaldirektor Rainer Pfisterer. Ob der Mann mit "
                     "der Tat in Verbindung stehe, sei völlig offen, betonte der Ermittler.")
    assert _speaker(result, _claim(result, "Ob der Mann")) == "Rainer Pfisterer"


def test_swiss_quotation_marks_and_genitive_outlet_names(analyse) -> None:
    # «…» had not opened a quoted outlet ("berichtete das «St. Galler Tagblatt»"), "des
    # «Tages-Anzeigers»" had been an organisation in the genitive, "des „Kuriers“" a quotation, and
    # "Die Tageszeitung „Kurier“" the taz
    result = analyse("Vorspann.\n\nEin Komitee habe 3000 Unterschriften gesammelt, berichtete das «St. "
                     "Galler "
                     "Tagblatt». Einem Bericht des «Tages-Anzeigers» zufolge hatten die USA Druck ausgeübt. "
                     "Laut einem Bericht des „Kuriers“ soll der Trainer gehen. Die Tageszeitung „Kurier“ "
                     "berichtet, im Umfeld der Mannschaft sei gesprochen worden.")
    said = {c.text[:14]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert said == {"Ein Komitee ha": ("St. Galler Tagblatt", "media"),
                    "hatten die USA": ("Tages-Anzeiger", "media"),
                    "soll der Train": ("Kurier", "media"),
                    "im Umfeld der ": ("Kurier", "media")}, said
    assert "«St. Galler Tagblatt»" in result.text  # the article's own quotation marks


def test_austrian_and_swiss_sources_and_a_race_won(analyse) -> None:
    # "hieß es in einer Aussendung" (an Austrian press release), "der Sicherheitsdirektion";
    # "verwies Caduff auf den zweiten Platz" is a race result, no reference
    result = analyse("Vorspann.\n\nDer Seniorenrat begrüßte den Beschluss. Die Erhöhung sei zu gering, "
                     "hieß es in einer Aussendung. Bei dem Opfer handelt es sich nach Angaben der "
                     "Sicherheitsdirektion um "
                     "einen Landwirt. Imboden verwies Caduff um 14 Hundertstel auf den zweiten Platz.")
    said = {c.text[:14]: _speaker(result, c) for c in _claims(result)}
    assert said == {"Die Erhöhung s": "Seniorenrat", "Bei dem Opfer ": "Sicherheitsdirektion"}, said


def test_wollen_with_a_perfect_infinitive_is_the_subjects_claim(analyse) -> None:
    # "Ein Zeuge will beobachtet haben": what the witness claims (had been no claim); a plan
    # ("will 500 Stellen streichen") stays none
    result = analyse("Vorspann.\n\nEin Zeuge will beobachtet haben, wie der Mann floh. Der Konzern will 500 "
                     "Stellen streichen.")
    (claim,) = _claims(result)
    assert (claim.form, _speaker(result, claim)) == ("reported", "Zeuge"), claim


def test_a_spokesperson_apposed_with_article_and_role_is_that_person(analyse) -> None:
    # "der Sprecher der örtlichen Ärzteschaft, der Allgemeinmediziner Bernd Voigtländer": an unnamed
    # "Sprecher" had spoken
    result = analyse("Vorspann.\n\nDie Praxis sei überlastet, sagte der Sprecher der örtlichen "
                     "Ärzteschaft, der Allgemeinmediziner Bernd Voigtländer.")
    (claim,) = _claims(result)
    assert _speaker(result, claim) == "Bernd Voigtländer"


def test_an_unnamed_group_whose_account_a_report_noun_names_and_a_rulings_document(analyse) -> None:
    # "Nach Schätzungen der Veranstalter", "heißt es in der Entscheidung": both had been unattributed
    result = analyse("Vorspann.\n\nNach Schätzungen der Veranstalter kamen rund 220.000 Besucher. Der "
                     "Bundesgerichtshof hob das Urteil auf. Das Landgericht habe Indizien nicht "
                     "gewürdigt, heißt es in der Entscheidung.")
    said = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert said["kamen rund 2"] == ("Veranstalter", "anonymous"), said
    assert said["Das Landgeri"] == ("Bundesgerichtshof", "institution"), said


def test_an_unknown_name_after_a_kind_of_company_is_that_company(analyse) -> None:
    # "Der Energieversorger Eskom", "Die Düsseldorfer Fluggesellschaft Sonnair": the model took the
    # names for places (or for nothing), and no actor spoke
    result = analyse("Vorspann.\n\nDer staatliche Energieversorger Eskom erklärte, die Versorgung sei "
                     "gesichert. Die Düsseldorfer Fluggesellschaft Sonnair habe mehr verdient, teilte das "
                     "Unternehmen mit.")
    said = {c.text[:12]: (_speaker(result, c), c.source_type) for c in _claims(result)}
    assert said["die Versorgu"] == ("Eskom", "institution"), said
    assert said["Die Düsseldo"] == ("Sonnair", "institution"), said


def test_the_end_of_a_coordinated_compound_name_is_no_institution_of_its_own(analyse) -> None:
    # "Aufsichts- und Dienstleistungsdirektion (ADD)" had given an actor "Dienstleistungsdirektion"
    result = analyse("Vorspann.\n\nDie Aufsichts- und Dienstleistungsdirektion (ADD) prüft den Fall.")
    assert "Dienstleistungsdirektion" not in {a.name for a in result.actors}, result.actors


def test_a_persons_act_relayed_by_an_agency_stays_the_persons(analyse) -> None:
    # "bezeichnete die Blockade laut ANSA als …": the agency had been the speaker, and the
    # Konjunktiv after it went on with the agency
    result = analyse("Vorspann.\n\nVerkehrsminister Giancarlo Bellini bezeichnete die Blockade laut ANSA als "
                     "„inakzeptabel“. Italien werde sich an die Europäische Kommission wenden.")
    claim = _claim(result, "Italien werde")
    names = {a.id: a.name for a in result.actors}
    assert (_speaker(result, claim), names.get(claim.via)) == ("Giancarlo Bellini", "ANSA"), claim


def test_ihren_angaben_after_an_organisations_sentence_is_the_organisations(analyse) -> None:
    # a colonel named before had been "ihr"
    result = analyse("Vorspann.\n\nOberst Ramesh Karki sagte, alles sei ruhig. Die "
                     "Weltgesundheitsorganisation "
                     "zeigte sich besorgt. Nach ihren Angaben wurden zwölf Menschen infiziert.")
    assert _speaker(result, _claim(result, "wurden zwölf")) == "WHO"


def test_a_pronoun_before_the_verb_leaves_the_outlet_after_it_the_addressee(analyse) -> None:
    # "Er sagte der Frankfurter Allgemeinen Zeitung, …" had been the newspaper's claim
    result = analyse("Vorspann.\n\nZweifel äußerte der Berliner Provenienzforscher Klaus Ebersberger. Er "
                     "sagte der Frankfurter Allgemeinen Zeitung, es sei nicht auszuschließen, dass das Bild "
                     "den Besitzer gewechselt habe.")
    claim = next(c for c in result.claims if c.text.startswith("es sei nicht"))
    names = {a.id: a.name for a in result.actors}
    assert (names.get(claim.speaker), names.get(claim.via)) == (
        "Klaus Ebersberger", "Frankfurter Allgemeine Zeitung"), claim


def test_a_feminine_outlet_after_the_subject_is_the_addressee_and_a_kind_of_paper_before_a_title_no_name(
        analyse) -> None:
    # "sagte der Lokführer später der Volksstimme" would have been the paper's claim once it is
    # known; "Die Wiener Zeitung Der Standard" is the Standard, not the Wiener Zeitung
    result = analyse("Vorspann.\n\nBremsen war unmöglich, sagte der 44 Jahre alte Lokführer später der "
                     "Volksstimme. Die Wiener Zeitung Der Standard berichtet, in der ÖVP werde über "
                     "Neuwahlen nachgedacht.")
    names = {a.id: a.name for a in result.actors}
    said = {c.text[:12]: (names.get(c.speaker), names.get(c.via)) for c in _claims(result)}
    assert said == {"Bremsen war ": (None, "Volksstimme"), "in der ÖVP w": ("Der Standard", None)}, said


def test_a_question_left_open_before_its_konjunktiv_is_no_continuation(analyse) -> None:
    # "Die Ministerin sagte nicht, wer die Kosten trage" had been her claim (a cue-less
    # continuation) besides the open question
    result = analyse("Vorspann.\n\nDie Ministerin kündigte ein Programm an. Die Ministerin sagte nicht, wer "
                     "die Kosten trage.")
    assert not [c for c in _claims(result) if c.text.startswith("Die Ministerin sagte")], result.claims
    assert [q.kind for q in result.questions] == ["indirect"], result.questions


def test_reported_words_opening_with_a_free_relative_clause(analyse) -> None:
    # "sagte, wer jetzt spare, verschärfe die Krise" had been no claim ("wer" read as a topic)
    result = analyse("Vorspann.\n\nDer Ökonom Hans Berger sagte, wer jetzt spare, verschärfe die Krise.")
    assert [(c.text, _speaker(result, c)) for c in _claims(result)] == [
        ("wer jetzt spare, verschärfe die Krise", "Hans Berger")], result.claims


def test_a_speaker_who_keeps_the_name_back_after_a_genitive_is_no_institution(analyse) -> None:
    # "Ein Arzt des Krankenhauses, der anonym bleiben wollte, sagte" had been the hospital's claim
    result = analyse("Vorspann.\n\nEin Arzt des dortigen Queen-Elizabeth-Krankenhauses, der anonym bleiben "
                     "wollte, sagte der britischen BBC, die Klinik sei völlig überfüllt.")
    claim = _claim(result, "die Klinik")
    assert (claim.speaker, claim.source_type) == (None, "anonymous"), claim


def test_a_genitive_name_before_a_role_and_a_name_is_not_the_speaker(analyse) -> None:
    # "Adjovis Wahlkampfleiter Théophile Sossa wies … zurück" had been Adjovi's (the role noun
    # tagged as a name)
    result = analyse("Vorspann.\n\nDer Kandidat Florent Adjovi stellte sein Programm vor. Adjovis "
                     "Wahlkampfleiter Théophile Sossa sagte, die Opposition lüge.")
    assert _speaker(result, _claim(result, "die Opposition")) == "Théophile Sossa"


def test_the_person_apposed_to_a_role_before_an_outlets_title_speaks(analyse) -> None:
    # "Der Filmkritiker der Wochenzeitung Die Zeit, Martin Rehberg, schrieb" had been an unnamed
    # critic (the title's noun parsed as the subject)
    result = analyse("Vorspann.\n\nDer Filmkritiker der Wochenzeitung Die Zeit, Martin Rehberg, schrieb, es "
                     "sei ein schwacher Jahrgang gewesen.")
    assert _speaker(result, _claim(result, "es sei ein")) == "Martin Rehberg"


def test_a_persons_lawyer_named_by_the_genitive_speaks_as_her_lawyer(analyse) -> None:
    # "Wendlers Anwalt wies den Bericht … zurück" had been unattributed, as no actor
    result = analyse("Vorspann.\n\nDer Radprofi Lukas Wendler wurde positiv getestet. Wendlers Anwalt wies "
                     "den Bericht als Spekulation zurück.")
    claim = _claim(result, "Wendlers Anwalt")
    assert (_speaker(result, claim), claim.source_type) == ("Anwalt", "person"), claim


def test_the_report_or_study_named_before_is_whose_account_dem_bericht_zufolge_is(analyse) -> None:
    # "Dem Bericht zufolge" after "Der Spiegel berichtete" and "Der Studie zufolge" after "Eine
    # Studie des Ifo-Instituts" had been nobody's (a report noun read as a poll)
    result = analyse("Vorspann.\n\nDer Spiegel berichtete am Montag über Pläne der Regierung. Dem Bericht "
                     "zufolge will das Kabinett die Steuer senken. Eine Studie des Ifo-Instituts kommt zu "
                     "einem anderen Ergebnis. Der Studie zufolge sinken die Einnahmen um zwei Milliarden.")
    spiegel, ifo = _claim(result, "will das Kabinett"), _claim(result, "sinken die Einnahmen")
    assert (_speaker(result, spiegel), spiegel.source_type) == ("Spiegel", "media"), spiegel
    assert (_speaker(result, ifo), ifo.source_type) == ("Ifo-Institut", "study"), ifo


def test_a_person_noun_the_next_sentences_pronoun_speaks_for_is_a_described_speaker(analyse) -> None:
    # "Die Tochter des verstorbenen Patienten erhebt Vorwürfe. …, sagte sie" had been the
    # Amtsärztin named before; "Der Hausmeister … Er habe …, sagte er" had been unattributed
    result = analyse("Vorspann.\n\nAmtsärztin Renate Sieber kündigte eine Begehung an. Die Tochter des "
                     "verstorbenen Patienten erhebt Vorwürfe. Ihr Vater sei gesund gewesen, sagte sie. Der "
                     "Hausmeister des Gebäudes hatte den Brand bemerkt. Er habe sofort die Feuerwehr "
                     "gerufen, sagte er.")
    assert _speaker(result, _claim(result, "Ihr Vater")) == "Tochter des verstorbenen Patienten"
    claim = _claim(result, "Er habe sofort")
    assert (_speaker(result, claim), claim.source_type) == ("Hausmeister des Gebäudes", "person"), claim


def test_a_speech_act_in_the_pluperfect_is_a_claim(analyse) -> None:
    # "hatte … gefordert", "hatte … als „falsch“ zurückgewiesen" had been left out as background
    result = analyse("Vorspann.\n\nStaatsanwältin Miriam Kehrberg hatte viereinhalb Jahre Haft gefordert. "
                     "Die Bundesregierung hatte den Bericht umgehend zurückgewiesen.")
    assert [(c.form, _speaker(result, c)) for c in _claims(result)] == [
        ("reported", "Miriam Kehrberg"), ("reported", "Deutschland")], result.claims


def test_the_person_apposed_to_a_role_held_in_a_body_speaks(analyse) -> None:
    # "erklärte der Staatssekretär im Bundesgesundheitsministerium, Bernhard Lohmeyer" had been
    # unattributed; ", so der Hauptgeschäftsführer der Bundesvereinigung … (BDA), Klaus-Dieter
    # Merten" had been the body's, with the so-phrase inside the claim
    result = analyse("Vorspann.\n\n„Wir brauchen mehr Geld“, erklärte der Staatssekretär im "
                     "Bundesgesundheitsministerium, Bernhard Lohmeyer. Ein höherer Beitrag vernichte "
                     "Arbeitsplätze, so der Hauptgeschäftsführer der Bundesvereinigung der Deutschen "
                     "Arbeitgeberverbände (BDA), Klaus-Dieter Merten.")
    lohmeyer, merten = _claim(result, "Wir brauchen"), _claim(result, "Ein höherer Beitrag")
    assert (_speaker(result, lohmeyer), lohmeyer.speaker_mention.text) == ("Bernhard Lohmeyer",
                                                                           "Bernhard Lohmeyer")
    assert (_speaker(result, merten), merten.text) == ("Klaus-Dieter Merten",
                                                       "Ein höherer Beitrag vernichte Arbeitsplätze")


def test_offices_named_by_their_task_take_the_whole_phrase(analyse) -> None:
    # "Nach Angaben des Kommissars für Frieden und Sicherheit der AU, Saïd Benmoussa," had cut the
    # claim after "Kommissars"; "Die UN-Sondergesandte für Kinder und bewaffnete Konflikte hatte
    # gefordert" had been unattributed, "vor Gericht" an actor
    result = analyse("Vorspann.\n\nNach Angaben des Kommissars für Frieden und Sicherheit der AU, Saïd "
                     "Benmoussa, werden 8000 Soldaten benötigt. Die UN-Sondergesandte für Kinder und "
                     "bewaffnete Konflikte hatte gefordert, die Verantwortlichen vor Gericht zu bringen.")
    assert [(c.text, _speaker(result, c)) for c in _claims(result)] == [
        ("werden 8000 Soldaten benötigt", "Saïd Benmoussa"),
        ("die Verantwortlichen vor Gericht zu bringen",
         "UN-Sondergesandte für Kinder und bewaffnete Konflikte"),
    ], result.claims
    assert "Gericht" not in {a.name for a in result.actors}


def test_the_report_named_with_an_attribute_and_nach_eigenen_angaben_in_a_misparsed_sentence(
        analyse) -> None:
    # "heißt es in dem am Dienstag in New York veröffentlichten Bericht" had been nobody's; "In
    # dem …, 64 Seiten umfassenden Bericht dokumentiert die Organisation nach eigenen Angaben" too
    result = analyse("Vorspann.\n\nMilizen rekrutieren nach Erkenntnissen von Human Rights Watch wieder "
                     "Kinder. Die Organisation stützt sich auf Interviews. Mindestens 300 Kinder seien "
                     "verschleppt worden, heißt es in dem am Dienstag in New York veröffentlichten Bericht.")
    assert _speaker(result, _claim(result, "Mindestens 300")) == "Human Rights Watch"
    result = analyse("Vorspann.\n\nDie Menschenrechtsorganisation Amnesty International hat der Regierung "
                     "Folter vorgeworfen. In dem am Donnerstag in London vorgestellten, 64 Seiten "
                     "umfassenden Bericht dokumentiert die Organisation nach eigenen Angaben 80 Fälle.")
    assert _speaker(result, _claim(result, "In dem am Donnerstag")) == "Amnesty International"


def test_a_partys_parts_speak_for_the_party_and_sich_andeuten_is_no_speech(analyse) -> None:
    # "Die SPD-Opposition kündigte an", "Der SPD-Ortsverein verlangte" had been unattributed;
    # "Im Saarland deutet sich ein Kopf-an-Kopf-Rennen an" a claim
    result = analyse("Vorspann.\n\nDie SPD-Opposition kündigte an, die Gebühren abzuschaffen. Der "
                     "SPD-Ortsverein verlangte, den Ausschuss aufzulösen. Im Saarland deutet sich ein "
                     "Kopf-an-Kopf-Rennen an.")
    assert [(c.text, _speaker(result, c)) for c in _claims(result)] == [
        ("die Gebühren abzuschaffen", "SPD"), ("den Ausschuss aufzulösen", "SPD")], result.claims


def test_sources_the_parse_or_the_lists_had_missed(analyse) -> None:
    # "sagte Amtsärztin Sabine Lechleitner" (the role tagged a name), "nach Informationen des
    # Handelsblatts" (an outlet in the genitive), "des Instituts für Gesundheitsüberwachung" (a
    # body named by its task) had been unattributed; "Eine Umfrage von Forsa ergab" had been an
    # institution's words, not a poll
    result = analyse("Vorspann.\n\n„Die Schließung ist unumgänglich“, sagte Amtsärztin Sabine Lechleitner. "
                     "„Die Lage ist ernst“, sagte Amtsarzt Peter Müller. Das Kartellamt hat nach "
                     "Informationen des Handelsblatts Unterlagen angefordert. Die Opfer sind nach Angaben "
                     "des Instituts für Gesundheitsüberwachung (InVS) über 75 Jahre alt. Eine Umfrage von "
                     "Forsa ergab, dass die Mehrheit dafür ist.")
    assert [(_speaker(result, c), c.source_type) for c in _claims(result)] == [
        ("Sabine Lechleitner", "person"), ("Peter Müller", "person"), ("Handelsblatt", "media"),
        ("Institut für Gesundheitsüberwachung", "institution"), ("Forsa", "poll")], result.claims


def test_a_compound_spokesperson_speaks_to_the_outlet_and_a_protested_innocence_is_a_claim(
        analyse) -> None:
    # "sagte ein Botschaftssprecher der Nachrichtenagentur dpa" had been dpa's words; "Er hatte
    # stets seine Unschuld beteuert" no claim
    result = analyse("Vorspann.\n\nDie Vorwürfe seien absurd, sagte ein Botschaftssprecher der "
                     "Nachrichtenagentur dpa. Der Häftling Darnell Hayes wurde hingerichtet. Er hatte stets "
                     "seine Unschuld beteuert.")
    names = {a.id: a.name for a in result.actors}
    said = _claim(result, "Die Vorwürfe")
    assert (_speaker(result, said), said.source_type, names.get(said.via or "")) == (
        "Botschaftssprecher", "anonymous", "dpa"), said
    assert _speaker(result, _claim(result, "Er hatte stets")) == "Darnell Hayes"


def test_a_rare_verb_tagged_as_a_determiner_before_a_trailing_cue_is_the_message(analyse) -> None:
    # "Das Plakat thematisiere lediglich …, erklärte er gegenüber der „Neuen Zürcher Zeitung“":
    # "thematisiere" tagged as an indefinite determiner had lost the claim and its outlet
    result = analyse("Vorspann.\n\nSVP-Parteisprecher Roman Zuberbühler wies die Vorwürfe zurück. Das Plakat "
                     "thematisiere lediglich die Ausländerkriminalität, erklärte er gegenüber der „Neuen "
                     "Zürcher Zeitung“.")
    claim = _claim(result, "Das Plakat")
    names = {a.id: a.name for a in result.actors}
    assert (claim.text, claim.form, _speaker(result, claim), names.get(claim.via or "")) == (
        "Das Plakat thematisiere lediglich die Ausländerkriminalität", "indirect", "Roman Zuberbühler",
        "Neue Zürcher Zeitung")


def test_a_quotation_without_a_cue_inside_reported_words_is_the_same_sources(analyse) -> None:
    # "hieß es, der Fahrer habe „niemals … genommen“" had left the quotation unattributed, and
    # "Aus dem Präsidialamt hieß es, … „einseitig …“" had given it to the office, the reported
    # words to the unnamed people in it; "Aus Paris" had been an actor of that name
    result = analyse("Vorspann.\n\nDer Radprofi Markus Thalheim wurde positiv getestet. In einer von seinem "
                     "Anwalt verbreiteten Erklärung hieß es, der Fahrer habe „niemals verbotene Substanzen "
                     "genommen“.\n\nAus dem Präsidialamt hieß es, die Kritik der Beobachter sei „einseitig "
                     "und politisch motiviert“. Aus Paris hieß es, das Vorgehen sei „eine schwerwiegende "
                     "Verletzung“ des Abkommens.")
    speakers = [(c.form, c.text, _speaker(result, c)) for c in _claims(result) if c.form == "direct"]
    assert speakers == [
        ("direct", "niemals verbotene Substanzen genommen", "Markus Thalheim"),
        ("direct", "einseitig und politisch motiviert", "Kreise im Präsidialamt"),
        ("direct", "eine schwerwiegende Verletzung", "Kreise in Paris"),
    ], speakers
    # the pages show each quotation within the reported words, not as a claim of its own
    assert [c.form for c in result.listed_claims()] == ["indirect", "indirect", "indirect"]


def test_a_plan_soll_with_a_set_time_after_someones_words_is_a_schedule_not_theirs(analyse) -> None:
    # "Der Streik soll am Freitag um 12 Uhr beginnen" after the union's words had been a claim of
    # the union; a plan without a time ("Dafür sollen Abfindungsprogramme …") still carries on
    result = analyse("Vorspann.\n\nDie Lokführer würden die Arbeit niederlegen, teilte die GDL mit. Der "
                     "Streik soll am Freitag um 12 Uhr beginnen.\n\nDer Zulieferer werde 300 Stellen "
                     "abbauen, sagte Firmenchef Martin Obermaier. Dafür sollen Abfindungsprogramme "
                     "aufgelegt werden.")
    texts = [(c.text, _speaker(result, c)) for c in _claims(result)]
    assert texts == [
        ("Die Lokführer würden die Arbeit niederlegen", "GDL"),
        ("Der Zulieferer werde 300 Stellen abbauen", "Martin Obermaier"),
        ("Dafür sollen Abfindungsprogramme aufgelegt werden", "Martin Obermaier"),
    ], texts


def test_an_outlet_spoken_to_is_the_via_not_a_party_the_words_are_about(analyse) -> None:
    # "sagte dem „stern“, die Partei leide unter dem Streit um den Kurs gegenüber der Linken" had
    # the Left party as the outlet
    result = analyse("Vorspann.\n\nForsa-Wahlforscher Bernd Kessler sagte dem „stern“, die Partei leide vor "
                     "allem unter dem Streit um den Kurs gegenüber der Linken.")
    claim = _claim(result, "die Partei")
    names = {a.id: (a.name, a.type) for a in result.actors}
    assert names.get(claim.via or "") == ("Stern", "media"), claim


def test_a_konjunktiv_tagged_as_an_adjective_after_a_noun_and_an_adverb_is_the_message(analyse) -> None:
    # "Repression allein reiche nicht aus" ("reiche" tagged as an adjective) had lost the claim
    result = analyse("Vorspann.\n\nDie Grünen forderten mehr Geld für Präventionsprojekte. Die "
                     "Innenpolitikerin Lena Hofstätter sagte, Repression allein reiche nicht aus.")
    assert _speaker(result, _claim(result, "Repression")) == "Lena Hofstätter"


def test_the_writers_note_that_claims_could_not_be_checked_carries_no_one_on(analyse) -> None:
    # "Überprüfen ließen sich die Angaben beider Seiten zunächst nicht" had been Ukraine's words, a
    # schedule "in den kommenden Wochen" the commissioner's
    result = analyse("Vorspann.\n\nDie Ukraine wies das zurück, ihre Truppen hielten die Stellungen. "
                     "Überprüfen ließen sich die Angaben beider Seiten zunächst nicht.\n\nDie Armee sei "
                     "schlecht ausgerüstet, sagte die Wehrbeauftragte Claudia Reinholz. Der Bericht soll in "
                     "den kommenden Wochen im Bundestag beraten werden.")
    texts = [c.text for c in _claims(result)]
    assert not any(t.startswith(("Überprüfen", "Der Bericht")) for t in texts), texts


def test_a_share_of_respondents_answered_the_poll_named_before_or_the_outlets_poll(analyse) -> None:
    # "einer Blitzumfrage des Instituts Infratest dimap" had cut the institute off the source and
    # left "Nur 29 Prozent äußerten …" and "Im ARD-Deutschlandtrend sprechen sich 58 Prozent …
    # aus" unattributed
    result = analyse("Vorspann.\n\nLaut einer Blitzumfrage des Instituts Infratest dimap im Auftrag der ARD "
                     "halten 61 Prozent der Deutschen den Streik für nicht gerechtfertigt. Nur 29 Prozent "
                     "äußerten Verständnis für die Forderungen.\n\nIm ZDF-Politbarometer sprechen sich 58 "
                     "Prozent der Befragten für eine Wiedereinführung aus.")
    rows = [(c.text[:22], _speaker(result, c), c.source_type) for c in _claims(result)]
    assert rows == [
        ("halten 61 Prozent der ", "Infratest dimap", "poll"),
        ("Nur 29 Prozent äußerte", "Infratest dimap", "poll"),
        ("Im ZDF-Politbarometer ", "ZDF", "poll"),
    ], rows


def test_a_programme_of_an_outlet_is_spoken_to_through_the_outlet(analyse) -> None:
    # "sagte sie im Ö1-Morgenjournal des ORF" had no outlet
    result = analyse("Vorspann.\n\nEs gebe keinerlei Einigung über Ressorts, sagte ÖVP-Generalsekretärin "
                     "Martina Pöschl im Ö1-Morgenjournal des ORF.")
    claim = _claim(result, "Es gebe")
    names = {a.id: a.name for a in result.actors}
    assert (_speaker(result, claim), names.get(claim.via or "")) == ("Martina Pöschl", "ORF"), claim


def test_a_plan_soll_with_a_time_after_an_outlets_report_goes_on_with_the_report(analyse) -> None:
    # the schedule rule had dropped "Prominente Parteifreunde sollen in der kommenden Woche …"
    # after the newspaper's report
    result = analyse("Vorspann.\n\nWie die „Washington Post“ berichtet, habe der Kandidat seine Strategie "
                     "geändert. Prominente Parteifreunde sollen in der kommenden Woche nach Norfolk reisen.")
    assert _speaker(result, _claim(result, "Prominente")) == "Washington Post"


def test_an_account_named_by_its_owner_in_the_genitive_is_the_owners(analyse) -> None:
    # "Nach Jakobis Worten": Jakobi's words (the possessor of "Brauns Anwalt" does not speak);
    # "nach Einschätzung des 51-Jährigen": the man of that age named before
    result = analyse("Vorspann.\n\nTrainer Jens Jakobi war enttäuscht. Nach Jakobis Worten wird der Fall "
                     "intern besprochen. Der Gletscherforscher Lukas Imhof (51) sagte, das Eis schmelze. Der "
                     "Gletscher dürfte nach Einschätzung des 51-Jährigen nicht mehr lange bestehen.")
    assert _speaker(result, _claim(result, "wird der Fall")) == "Jens Jakobi"
    assert _speaker(result, _claim(result, "Der Gletscher dürfte")) == "Lukas Imhof"


def test_a_belief_under_an_outlets_report_is_the_outlets_account(analyse) -> None:
    # once "der Konzern" was resolved, "erwägt" had made it the company's words
    result = analyse("Vorspann.\n\nDer Zulieferer Kessler & Brandt baut Stellen ab. Nach Informationen "
                     "des „Fränkischen Tags“ erwägt der Konzern zudem, die Fertigung nach Tschechien zu "
                     "verlagern.")
    claim = next(c for c in result.claims if "Tschechien" in c.text)
    assert claim.form == "according_to" and _speaker(result, claim) != "Kessler & Brandt", claim


def test_an_indictment_and_a_ruling_are_the_accounts_of_prosecutors_and_court(analyse) -> None:
    # "laut Anklage" had found only a "Staatsanwaltschaft" named before; a ruling had no owner
    result = analyse("Vorspann.\n\nDer Bundesgerichtshof hat den Freispruch aufgehoben. Das Landgericht "
                     "habe Indizien übersehen, heißt es in der Entscheidung. Laut Urteil floh der Mann. Laut "
                     "Anklage planten sie einen Umsturz. Die Bundesanwaltschaft wirft ihnen Terror vor.")
    speakers = {c.text[:12]: _speaker(result, c) for c in result.claims}
    assert speakers["Das Landgeri"] == "Bundesgerichtshof", speakers
    assert speakers["floh der Man"] == "Bundesgerichtshof", speakers
    assert speakers["planten sie "] == "Bundesanwaltschaft", speakers


def test_a_nominative_noun_right_after_a_closing_cue_is_its_subject_whatever_the_parse(analyse) -> None:
    # the paragraph after it made the parser hang "der Salzburger" on "sagte" as an oblique
    result = analyse("Der Präsident des Bundesrats, Gerhard Pichler (ÖVP), rief nach der Abstimmung zur "
                     "Sachlichkeit auf. Die Länderkammer sei kein „Blockadeinstrument“, sagte der "
                     "Salzburger.\n\nDie nächste Sitzung des Nationalrats ist für 5. Juli angesetzt.")
    said = {c.text: c.speaker for c in result.claims if c.form != "assertion"}
    assert said["Die Länderkammer sei kein „Blockadeinstrument“"] == "gerhard-pichler", said


def test_a_stage_direction_in_an_answer_is_no_quotation(analyse) -> None:
    result = analyse("Intendantin Ines Wollenberg will sparen.\n\nSPIEGEL: Frau Wollenberg, wie geht es "
                     "weiter?\n\nWollenberg: Wir sparen beim Programm.\n\nSPIEGEL: Geben Sie auf?\n\n"
                     "Wollenberg: (lacht) Ich bin seit vier Monaten im Amt.")
    said = {c.text: c.speaker for c in result.claims if c.form == "direct"}
    assert said.get("Ich bin seit vier Monaten im Amt") == "ines-wollenberg", said
    assert not [t for t in said if "lacht" in t], said


def test_a_programme_named_in_quotation_marks_is_no_quotation(analyse) -> None:
    result = analyse("„Mit uns wird es keine Steuererhöhungen geben“, sagte Staudacher im „Bericht aus "
                     "Berlin“ der ARD. Später gab es Streit bei „Hart aber fair“. Die Ausgleichsphase soll "
                     "nach Angaben der Ministerin im „Regelfall um vier Jahre verschoben“ werden.")
    quoted = {c.text for c in result.claims if c.form == "direct"}
    assert quoted == {"Mit uns wird es keine Steuererhöhungen geben",
                      "Regelfall um vier Jahre verschoben"}, quoted
    assert "Hart" not in {a.name for a in result.actors}


def test_the_question_an_answer_follows_is_no_claim_of_the_one_answering(analyse) -> None:
    result = analyse("CSU-Landesgruppenchef Anton Staudacher gab sich kämpferisch. Auf die Frage, ob die CSU "
                     "notfalls die Koalition platzen lasse, antwortete der 52-Jährige ausweichend. Auf die "
                     "Frage, ob die CSU nachgebe, antwortete Staudacher, das stehe nicht zur Debatte.")
    said = {c.text: c.speaker for c in result.claims if c.form != "assertion"}
    assert said == {"das stehe nicht zur Debatte": "anton-staudacher"}, said


def test_a_polls_figures_after_its_first_sentence_are_the_polls_too(analyse) -> None:
    result = analyse("Vorspann.\n\nIm ARD-Deutschlandtrend kommt die Union auf 30 Prozent. Die AfD legt um "
                     "einen Punkt auf 24 Prozent zu. Mit der Regierung sind demnach nur noch 22 Prozent "
                     "zufrieden. Die Forschungsgruppe Wahlen sah die AfD bei 25 Prozent.\n\nDie SPD "
                     "erreicht 15 Prozent.")
    by = {c.text: (c.speaker, c.source_type) for c in result.claims if c.form != "assertion"}
    assert by["Die AfD legt um einen Punkt auf 24 Prozent zu"] == ("ard", "poll"), by
    assert by["Mit der Regierung sind demnach nur noch 22 Prozent zufrieden"] == ("ard", "poll"), by
    assert not [t for t in by if "Forschungsgruppe" in t or "SPD" in t], by


def test_dessen_or_deren_before_a_source_noun_is_the_actor_named_before(analyse) -> None:
    result = analyse("Vorspann.\n\nDie Österreichische Gesellschaft für Spielsuchtprävention begrüßte die "
                     "Novelle. Laut deren Schätzungen gelten rund 64.000 Menschen als spielsüchtig. Die "
                     "Tasche von Peter Meier, die nach dessen Angaben eine Bombe enthielt, war leer.")
    by = {c.text: c.speaker for c in result.claims if c.form == "according_to"}
    assert by["gelten rund 64.000 Menschen als spielsüchtig"] == \
        "oesterreichische-gesellschaft-fuer-spielsuchtpraevention", by
    assert [s for t, s in by.items() if "Bombe" in t] == ["peter-meier"], by


def test_a_name_that_opens_with_a_preposition_speaks(analyse) -> None:
    # "Pro Asyl warnte vor Abschiebungen nach Syrien" had made Syria the speaker
    result = analyse("Vorspann.\n\nPro Asyl warnte vor Abschiebungen nach Syrien. Die "
                     "Menschenrechtsorganisation Pro Asyl kritisierte die Pläne als rechtswidrig.")
    speakers = [c.speaker for c in result.claims if c.form != "assertion"]
    assert speakers == ["pro-asyl", "pro-asyl"], result.claims
