"""Actors: find every mention of a person, organisation, state, medium or unnamed source,
and group mentions of the same entity (full names, surnames, roles, demonyms, compounds).

One module per job, each a set of passes over the article (run in ``finder.ActorFinder.run``):

* ``index`` — mentions, entities and the helpers every pass shares;
* ``names`` — named mentions (gazetteer, the parser's entities, surnames, compounds);
* ``roles`` — offices apposed to names, role nouns, demonyms and epithets;
* ``institutions`` — institutions named by common nouns, teams, organisation references;
* ``unnamed`` — unnamed sources, spokespeople and the sources a cue names;
* ``pronouns`` — pronouns and possessives;
* ``finder`` — the order of the passes and the actors they yield.
"""

from generator.analysis.actors.finder import ActorFinder
from generator.analysis.actors.index import SPOKES_NOUNS, Entity, Mention, noun_base
from generator.analysis.actors.pronouns import PERSON_PRONOUNS

__all__ = ["PERSON_PRONOUNS", "SPOKES_NOUNS", "ActorFinder", "Entity", "Mention", "noun_base"]
