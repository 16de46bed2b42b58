"""Index pages list names in German alphabetical order (DIN 5007-1), the same on every machine."""

from __future__ import annotations

from generator.aggregate import build_corpus
from generator.collation import german_key


def test_umlauts_sort_with_their_base_letters_and_case_does_not_matter() -> None:
    names = ["dpa", "Özdemir", "Deutschland", "Dänemark", "Ostermann", "Dahl", "Zypern", "Äthiopien", "AfD"]
    assert sorted(names, key=german_key) == [
        "AfD", "Äthiopien", "Dahl", "Dänemark", "Deutschland", "dpa", "Ostermann", "Özdemir", "Zypern"]


def test_sharp_s_sorts_as_double_s() -> None:
    assert sorted(["Strauss", "Straßburg", "Strasser"], key=german_key) == [
        "Straßburg", "Strasser", "Strauss"]


def test_actor_index_is_in_german_order(analyse) -> None:
    result = analyse("Kopenhagen (dpa) - Dänemark und Deutschland streiten, berichtete die dpa. "
                     "Auch die Ukraine und Österreich sind betroffen, sagte der Zeuge.")
    names = [a.name for a in build_corpus([result]).actors]
    assert names == sorted(names, key=german_key) and names.index("Dänemark") < names.index("dpa"), names
