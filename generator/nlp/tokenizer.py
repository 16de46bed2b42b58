"""German news tokenizer: spaCy's German rules plus abbreviations and dash handling."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.lang.char_classes import ALPHA
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

DATA = Path(__file__).parent / "data"

# em/en dashes glued between words ("sie—dann", "Berlin–Moskau") are split off; a plain
# hyphen between letters stays inside the token ("Nato-Verbündeten", "US-Agentur").
_DASH_INFIX = rf"(?<=[{ALPHA}0-9])[—–](?=[{ALPHA}0-9])"
# a full stop after a year ends the sentence ("im Jahr 2024."); other ordinals ("6. Oktober") stay
_YEAR_SUFFIX = r"(?<=^[12][0-9]{3})\."
# and so does one after a name that ends in digits ("dem Sender TVN24.", "RTL2.", "die G7."), which
# the ordinal rule had kept in the token, losing the sentence break
_NAME_NUMBER_SUFFIX = "|".join(rf"(?<=[{ALPHA}][0-9]{{{n}}})\." for n in (1, 2, 3))


def read_lines(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    lines = (line.strip() for line in path.read_text(encoding="utf8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def abbreviation_cases() -> dict[str, list[dict[int, str]]]:
    """Tokenizer special cases: every abbreviation (and its capitalised form) is one token."""
    cases: dict[str, list[dict[int, str]]] = {}
    for abbr in read_lines(DATA / "abbreviations.txt"):
        for form in {abbr, abbr[:1].upper() + abbr[1:]}:
            cases[form] = [{ORTH: form, NORM: abbr}]
    return cases




@spacy.registry.tokenizers("lagebild.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's German tokenizer with German news abbreviations and dash infixes."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        infixes = [*(defaults.infixes or []), _DASH_INFIX]
        rules = dict(defaults.tokenizer_exceptions)
        rules.update(abbreviation_cases())
        prefix = spacy.util.compile_prefix_regex(defaults.prefixes or [])
        suffixes = [*(defaults.suffixes or []), _YEAR_SUFFIX, _NAME_NUMBER_SUFFIX]
        suffix = spacy.util.compile_suffix_regex(suffixes)
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=prefix.search,
            suffix_search=suffix.search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make
