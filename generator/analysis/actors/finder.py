"""The actor finder: runs the passes over one article in order and returns its actors."""

from __future__ import annotations

import re

from generator.analysis.actors.described import DESCRIBED, DescribedSpeakers
from generator.analysis.actors.index import Entity, Mention
from generator.analysis.actors.names import NameMentions
from generator.analysis.actors.pronouns import PronounResolution
from generator.analysis.actors.roles import RoleMentions
from generator.analysis.actors.unnamed import UnnamedSources
from generator.model import Actor, Span
from generator.readers.metadata import make_slug

RESERVED_ID = re.compile(r"^(index|seite-\d+)$")


class ActorFinder(NameMentions, RoleMentions, UnnamedSources, DescribedSpeakers, PronounResolution):
    """Collects entities for one article; claims and questions query it afterwards."""

    def run(self) -> ActorFinder:
        self._platforms()
        self._known_names()
        self._named_entities()
        self._untyped_acronyms()
        self._kind_named()
        self._quoted_outlets()
        self._outlet_compounds()
        self._titled_names()
        self._surnames()
        self._organisation_names()
        self._short_names()
        self._roles_and_appositions()
        self._role_references()
        self._headline_roles()
        self._collective_roles()
        self._demonym_adjectives()
        self._article_compounds()
        self._chiefs_named_before()
        self._institutions()
        self._variant_names()  # again: "des Bundeskriminalamts" is found by the institutions pass
        self._acronyms_in_parentheses()
        self._teams()
        self._org_references()
        self._title_subjects()
        self._state_organs()
        self._anonymous()
        self._references_to_unnamed()
        self._described_speakers()
        self._one_of_them()
        self._another_one()
        return self

    def actors(self) -> list[Actor]:
        ids: dict[str, str] = {}
        out = []
        for ent in sorted(self.entities.values(), key=lambda e: (e.first, e.key)):
            base = make_slug(ent.name, max_length=60) or "akteur"
            if RESERVED_ID.match(base):
                base = f"{base}-akteur"  # would collide with an index page of akteure/
            aid, n = base, 2
            while aid in ids.values():
                aid, n = f"{base}-{n}", n + 1
            ids[ent.key] = aid
            if (ent.type == "anonymous" or ent.key.startswith(DESCRIBED)) and not ent.quoted:
                # "Beamte sollen einzahlen": a common noun, not an unnamed source; "Die
                # Gläubigerschützer zeigten sich skeptisch": no words of theirs
                continue
            if self._incidental_state(ent):
                continue
            mentions = sorted({(m.start, m.end) for m in ent.mentions})
            out.append(Actor(
                id=aid, name=ent.name, type=ent.type, roles=list(ent.roles),
                aliases=sorted(a for a in ent.aliases if a.lower() != ent.name.lower()),
                mentions=[Span(s, e, self.text[s:e]) for s, e in mentions],
                quoted=ent.quoted, local=ent.local or ent.type == "anonymous",
            ))
        self.ids = ids
        return out

    def _incidental_state(self, ent: Entity) -> bool:
        """A state named only by adjectives that tell where another actor, a person or a thing
        is from ("Der indische Stahlkonzern Tata", "dem britischen Sender BBC", "Der norwegische
        Cheftrainer Lars Hoel", "der deutsche Biermarkt") or only as a place (:meth:`_place_only`),
        and that says nothing: no actor of the article. An adjective on a noun for the state's
        offices, forces, acts or stances keeps it ("Ein spanischer Diplomat sagte", "russische
        Angriffe", `state_adjective_heads`)."""
        if ent.type != "state" or ent.quoted:
            return False
        for m in ent.mentions:
            if m.kind != "adjective":
                if self._place_only(m):
                    continue
                return False
            k = m.tok_end
            while k < len(self.doc) and self.doc[k].pos_ == "ADJ":
                k += 1
            if k >= len(self.doc) or self.doc[k].pos_ not in {"NOUN", "PROPN"}:
                return False
            other = self.at(k)
            if (other is None or other is ent or other.type not in {"organization", "media"}) \
                    and self.lex.state_adjective_head(self.doc[k].text):
                return False
        return True

    def _place_only(self, m: Mention) -> bool:
        """A state's name after "in", "aus", "nach" or "zwischen", alone or in a list, that says where
        something is, happens or comes from ("bei der Weltmeisterschaft in Deutschland", "eine Klinik
        in der Schweiz", "bei den Spielen in Peking", "aus Schweden und Großbritannien"), not its
        doing; not a name in another's compound."""
        k = m.tok_start - 1
        while k >= 2 and self.doc[k].lower_ in {",", "und", "oder", "sowie"} \
                and self.doc[k - 1].pos_ == "PROPN":
            k -= 2  # "in Schleswig-Holstein, Hamburg, Bremen und Niedersachsen": each of them
        while k >= 0 and self.doc[k].pos_ == "ADJ" and self.doc[k].is_lower:
            k -= 1  # "im nördlichen Niedersachsen"
        if k >= 0 and self.doc[k].pos_ == "DET" and self.doc[k].lower_ in {"der", "den", "dem"}:
            k -= 1
        words = self.doc[m.tok_start : m.tok_end].text  # ("Baden-Württemberg", not "Deutschland-Reise")
        return k >= 0 and self.doc[k].lower_ in {"in", "im", "ins", "aus", "nach", "zwischen", "über"} \
            and m.kind == "name" \
            and ("-" not in words or words == m.text)
