"""Large first-name and surname sets read from the Faker package's person providers (MIT), used as CRF features."""

from __future__ import annotations

import functools
import importlib

LOCALES: tuple[str, ...] = (
    "de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL", "tr_TR", "sv_SE",
    "da_DK", "cs_CZ", "pt_PT", "no_NO", "fi_FI", "hu_HU",
)
"""Latin-script Faker locales whose name lists are read."""

_FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@functools.lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Return (first names, surnames) of one word each from Faker; empty sets when Faker is not installed."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attr in _FIRST_ATTRS:
            first.update(getattr(provider, attr, ()) or ())
        last.update(getattr(provider, "last_names", ()) or ())
    one_word = lambda names: frozenset(n for n in names if n.isalpha() and n[:1].isupper())  # noqa: E731
    return one_word(first), one_word(last)
