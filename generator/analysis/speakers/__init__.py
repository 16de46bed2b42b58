"""Who speaks: the actor or words a cue verb, a source phrase or a sentence names as its
source. Parse first (subject of the cue, its auxiliary or coordinated verb), then position
(inverted "sagte der Minister", "X, Sprecher von Y, erklärte"), never a time, an adverb or a
prepositional phrase.

One module per job (composed in ``finder.SpeakerFinder``):

* ``base`` — the source type of each actor type and the token tests every job shares (what
  cannot be a speaker, the span of a subject's phrase);
* ``entities`` — the actor some words name: pronouns, possessors, relative pronouns, source
  phrases ("laut X", "Für X ist …");
* ``clause_subjects`` — the parsed subject of a cue or clause;
* ``word_order`` — speakers by position where the parse is wrong or silent (Vorfeld, apposed
  subjects, names after the cue);
* ``passives`` — passive and "zitieren" cues: the agent, the document, the person quoted;
* ``outlets`` — the outlet spoken to or quoting (the source chain);
* ``finder`` — the speaker, source type and source chain of a cue verb.
"""

from generator.analysis.speakers.base import SOURCE_OF, SUBJECT_DEPS, Speaker
from generator.analysis.speakers.finder import SpeakerFinder

__all__ = ["SOURCE_OF", "SUBJECT_DEPS", "Speaker", "SpeakerFinder"]
