"""Analysis: raw article + spaCy pipeline → typed :class:`~generator.model.Analysis`.

Like spaCy's own pipeline, each step has one job: ``document`` (sentences, quotes),
``actors``, ``claims``, ``questions``; this module runs them in order and converts their
results into the data model that rendering uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from generator.analysis import document
from generator.analysis.actors import ActorFinder
from generator.analysis.claims import ClaimFinder, Found
from generator.analysis.document import analysis_text
from generator.analysis.lexicon import lexicon
from generator.analysis.questions import QuestionFinder
from generator.model import Analysis, Claim, Question, Span
from generator.readers.base import RawArticle

BATCH_SIZE = 16


def analyze_doc(raw: RawArticle, doc: Doc) -> Analysis:
    """Analyse one article whose text has been run through the pipeline."""
    if not doc.has_annotation("DEP"):
        # spaCy's tokenizer can leave wrong tree edges on some tokens ("i](data:x)"); without a
        # parser nothing resets them, and reading children or subtrees then crashes the
        # process. A copy is built with fresh edges (same words, tags, entities, sentences).
        doc = Doc.from_docs([doc])
    lex = lexicon()
    adoc = document.build(raw, doc)
    actors = ActorFinder(adoc, lex).run()
    claims = ClaimFinder(adoc, actors, lex)
    found = claims.run()
    for f in found:  # every actor a claim names is listed, an unnamed source too (also where a
        # later pass set the chain: "Das Blatt beruft sich auf Personen …")
        for ent in (f.speaker, f.via, *f.co_speakers):
            if ent is not None and f.form != "assertion":
                ent.quoted = True
    questions = QuestionFinder(adoc, actors, found, lex, claims.answers).run()
    actor_list = actors.actors()
    ids = actors.ids
    listed = {a.id for a in actor_list}
    claim_ids = {id(f): f"c{n}" for n, f in enumerate(found, 1)}
    text = raw.text if len(raw.text) == len(adoc.text) else adoc.text  # (the article's own quotation marks)

    def claim(f: Found) -> Claim:
        return Claim(
            id=claim_ids[id(f)],
            speaker=ids[f.speaker.key] if f.speaker else None,
            speaker_mention=Span(*f.speaker_span, text[slice(*f.speaker_span)])
            if f.speaker_span else None,
            form=f.form,
            cue=Span(*f.cue, text[slice(*f.cue)]) if f.cue else None,
            start=f.start, end=f.end, text=text[f.start : f.end], sentence=f.sentence,
            # (a source never relays itself: "berichtete der Sender Skai unter Berufung auf …")
            hedges=f.hedges, via=ids[f.via.key] if f.via and f.via is not f.speaker else None,
            source_type=f.source_type,
            cue_class=claims.cue_class(f), co_speakers=[ids[e.key] for e in f.co_speakers],
        )

    question_list = [
        Question(id=f"q{n}", kind=kind, text=qtext, why=why, sentence=sid,
                 actors=list(dict.fromkeys(ids[e.key] for e in ents if ids[e.key] in listed)),
                 claims=[claim_ids[id(c)] for c in cl])
        for n, (kind, qtext, why, sid, ents, cl) in enumerate(questions.items, 1)
    ]
    return Analysis(article=raw.meta, text=text, sentences=adoc.sentences, actors=actor_list,
                    claims=[claim(f) for f in found], questions=question_list)


def analyze(raws: Iterable[RawArticle], nlp: Language) -> Iterator[Analysis]:
    """Analyse articles in batches (``nlp.pipe``); yields in input order."""
    raws = list(raws)
    docs = nlp.pipe((analysis_text(r.text) for r in raws), batch_size=BATCH_SIZE)
    for raw, doc in zip(raws, docs, strict=True):
        yield analyze_doc(raw, doc)
