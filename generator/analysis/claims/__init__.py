"""Claims: who said or asserted what, in which form, with which cue, hedges and source chain.

:class:`ClaimFinder` runs the passes in order, like a spaCy pipeline over one article:
quotations (``analysis.quotes``), then per sentence speech-verb clauses, source phrases
(``analysis.sources``), stances and Konjunktiv continuations; every sentence left over is the
journalist's own assertion. ``analysis.cues`` reads the words, ``analysis.speakers`` finds who
is speaking.

One module per job, each a set of passes over the article (run in ``finder.ClaimFinder.run``):

* ``state`` — the claims found so far (:class:`Found`), how one is added and trimmed, and the
  nearest earlier claim every pass may carry on;
* ``cue_clauses`` — claims of the sentence's speech verbs: the message before ", sagte X",
  the complement after the cue, or the act itself;
* ``clause_shapes`` — the shape of the words around a cue: main clause, verb second,
  adverbial clause, where the cue's clause begins and the next one starts;
* ``stance`` — stances with "sein" and a complement ("ist überzeugt, dass …");
* ``quotations`` — quoted speech acts, unquoted agency quotes before ", sagte X", interview
  answers;
* ``continuation`` — Konjunktiv sentences and quotations that carry on the last speaker, and
  joining them;
* ``finder`` — the order of the passes and the cue class of each claim.
"""

from generator.analysis.claims.finder import ClaimFinder
from generator.analysis.claims.state import Found

__all__ = ["ClaimFinder", "Found"]
