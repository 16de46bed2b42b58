"""Interviews: the answers are the words of the person interviewed. Two layouts are read:
labelled paragraphs ("SPIEGEL: Frau Reiche, …?" / "Reiche: Wir senken …") and question
paragraphs that alternate with answers ("Frau Reiche, … Was tun Sie dagegen?" / "Wir senken
die Netzentgelte.")."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from generator.analysis.actors import ActorFinder, Entity
from generator.analysis.document import ArticleDoc

MIN_EXCHANGES = 2  # question-and-answer pairs that make an article an interview
ADDRESS = {"frau", "herr"}  # "Frau Reiche, …?"
# the closing line that names the interviewers ("X sprach mit unserem Korrespondenten")
CREDIT_RE = re.compile(r"\b(sprach mit|sprachen mit|Interview führte|Gespräch führte|Fragen stellte)\b")
# "Sie" inside a sentence addresses someone; at a sentence start it may be "they"
POLITE_RE = re.compile(r"(?<=[\w,] )(Sie|Ihnen|Ihre[mnrs]?|Ihr)\b")
LABEL_RE = re.compile(r"([A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){0,2}): ")
ANSWER_LABELS = {"Antwort", "A"}  # "Antwort: Einen Industriestrompreis." (no part of the answer)


@dataclass
class Answer:
    """One answer sentence: where the answer's words start (after a label) and who speaks."""

    sentence: int
    start: int
    speaker: Entity | None
    label: tuple[int, int] | None = None  # "Reiche" in "Reiche: Wir senken …"


def find_interview(adoc: ArticleDoc, actors: ActorFinder) -> list[Answer]:
    """The answer sentences of an interview (none if the article is not one)."""
    paragraphs: dict[int, list[int]] = {}
    for sid in range(len(adoc.spans)):
        if adoc.kind(sid) == "body":
            paragraphs.setdefault(adoc.block_of[sid], []).append(sid)
    ordered = [paragraphs[b] for b in sorted(paragraphs)]
    persons = [e for e in actors.entities.values() if e.type == "person"]
    return _labelled(adoc, ordered, persons) or _alternating(adoc, ordered, persons)


def _labelled(adoc: ArticleDoc, ordered: list[list[int]], persons: list[Entity]) -> list[Answer]:
    """"Reiche: Wir senken …": paragraphs labelled with a person's surname are that person's
    answers, when at least two are and at least two other paragraphs, labelled or not, ask questions."""
    answers: list[Answer] = []
    asked = answered = 0
    for sids in ordered:
        first = adoc.spans[sids[0]]
        label = LABEL_RE.match(adoc.text, first.start_char)
        if label is None:  # (a question may go without a label: "**Was kann die Nato tun?**")
            asked += adoc.spans[sids[-1]].text.rstrip().endswith("?")
            continue
        named = [e for e in persons if label.group(1) in {e.name, e.name.split()[-1]}]
        if len(named) != 1:
            asked += adoc.spans[sids[-1]].text.rstrip().endswith("?")
            continue
        answered += 1
        answers.append(Answer(sids[0], label.end(), named[0], label.span(1)))
        answers.extend(Answer(sid, adoc.spans[sid].start_char, named[0]) for sid in sids[1:])
    return answers if asked >= MIN_EXCHANGES and answered >= MIN_EXCHANGES else []


def _alternating(adoc: ArticleDoc, ordered: list[list[int]], persons: list[Entity]) -> list[Answer]:
    """At least two paragraphs that end with a question addressing someone as "Sie" (one where
    its answer is labelled "Antwort:"), each followed by an answer paragraph; the answers run
    until the next question or the credit."""
    asks = [adoc.spans[sids[-1]].text.rstrip().endswith("?") for sids in ordered]
    answers: list[int] = []
    exchanges, polite, labelled = 0, False, False
    for n, sids in enumerate(ordered):
        if asks[n]:
            polite = polite or any(POLITE_RE.search(adoc.spans[s].text) for s in sids)
            continue
        if n == 0 or (not asks[n - 1] and not answers):
            continue  # text before the first question is the introduction
        if CREDIT_RE.search(" ".join(adoc.spans[s].text for s in sids)):
            continue
        exchanges += asks[n - 1]
        labelled = labelled or _after_answer_label(adoc, sids[0]) > adoc.spans[sids[0]].start_char
        answers.extend(sids)
    # one exchange is enough where the answer says it is one ("Antwort: …")
    if exchanges < (1 if labelled else MIN_EXCHANGES) or not polite:
        return []
    who = _interviewee(adoc, ordered, asks, persons)
    if who is None:
        return []  # an explainer's "Was müssen Sie jetzt tun?" is answered by the newsroom
    return [Answer(sid, _after_answer_label(adoc, sid), who) for sid in answers]


def _after_answer_label(adoc: ArticleDoc, sid: int) -> int:
    """Where an answer sentence's words start: after a generic "Antwort:" label, if any."""
    start = adoc.spans[sid].start_char
    label = LABEL_RE.match(adoc.text, start)
    return label.end() if label is not None and label.group(1) in ANSWER_LABELS else start


def _interviewee(adoc: ArticleDoc, ordered: list[list[int]], asks: list[bool],
                 persons: list[Entity]) -> Entity | None:
    """The person the questions address ("Frau Reiche"), else the only person the title,
    teaser or closing credit names."""
    for sids, question in zip(ordered, asks, strict=True):
        for sid in sids if question else []:
            for t, nxt in itertools.pairwise(adoc.spans[sid]):
                named = [e for e in persons if e.name.split()[-1] == nxt.text]
                if t.lower_ in ADDRESS and len(named) == 1:
                    return named[0]
    framing = {sid for sid in range(len(adoc.spans)) if adoc.kind(sid) in {"title", "teaser"}}
    credit = {sid for sids in ordered if CREDIT_RE.search(" ".join(adoc.spans[s].text for s in sids))
              for sid in sids}
    if not credit and not any(re.search(r"Interview|Gespräch", adoc.spans[s].text) for s in framing):
        return None  # nothing says this is an interview
    named = {e.key: e for e in persons for m in e.mentions
             if adoc.sentence_at(m.start) in framing | credit}
    return next(iter(named.values())) if len(named) == 1 else None
