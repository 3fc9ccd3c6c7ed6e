"""Cheap per-sentence cues: which kinds of words a sentence holds, from its tokens.

Most sentences of an article are prose that names no post, no date relative to the
article and no relationship. Each stage asks :func:`sentence_cues` first and skips the
sentence when its cue is absent, instead of running its patterns over every sentence.
A word's cues are computed once per distinct word, a sentence's once per sentence.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

from graph.extract.organisations import tokenize

#: Cue → word prefixes (lower case, accents dropped) that raise it.
CUE_PREFIXES: dict[str, tuple[str, ...]] = {
    # a post may be named: "President", "Secretary-General", "led by" …
    "role": (
        "president",
        "secretar",
        "chair",
        "director",
        "head",
        "chief",
        "ceo",
        "minister",
        "ambassador",
        "representative",
        "coordinator",
        "treasurer",
        "member",
        "founder",
        "spokes",
        "advis",
        "officer",
        "manager",
        "deputy",
        "deputies",
        "assistant",
        "counterpart",
        "led",
        "vice",
        "governor",
        "chancellor",
        "rector",
        "provost",
        "elected",
        "appointed",
        "command",
        "mayor",
        "commission",
        "professor",
        "supervisor",
        "lecturer",
        "registrar",
        "councillor",
        "councilor",
        "dean",
        "lead",
    ),
    # a relationship may be told: a party slot is worth reading
    "relation": (
        "mou",
        "memorand",
        "agreement",
        "signed",
        "partner",
        "alliance",
        "met",
        "visit",
        "support",
        "funding",
        "donat",
        "cooperat",
        "co-operat",
    ),
    # a company may be named by its business: "the supermarket chain Tesco"
    "business": (
        "chain",
        "company",
        "giant",
        "firm",
        "group",
        "operator",
        "retailer",
        "bank",
        "provider",
        "corporation",
        "conglomerate",
        "brand",
        "manufacturer",
        "carrier",
        "insurer",
        "app",
        "platform",
        "maker",
        "distributor",
        "supplier",
        "producer",
        "exporter",
        "refiner",
        "miner",
        "developer",
        "trader",
        "wholesaler",
    ),
    # a date relative to the article: "today", "on Monday", "last year"
    "relative_date": ("today", "yesterday", "tomorrow", "year", "month", "day"),
}


def add_cues(more: dict[str, tuple[str, ...]]) -> None:
    """Register more cues (the relationship rules register one per rule)."""
    CUE_PREFIXES.update(more)
    word_cues.cache_clear()
    sentence_cues.cache_clear()


@lru_cache(maxsize=131_072)
def word_cues(norm: str) -> frozenset[str]:
    """The cues one word raises (each part of a hyphenated word: "co-financed")."""
    parts = norm.split("-") if "-" in norm else (norm,)
    return frozenset(
        cue
        for cue, prefixes in CUE_PREFIXES.items()
        if norm.startswith(prefixes) or any(p.startswith(prefixes) for p in parts)
    )


@lru_cache(maxsize=8192)
def sentence_cues(text: str) -> frozenset[str]:
    """The cues of every word of ``text``.

    >>> sorted(c for c in sentence_cues("The President met the delegation today.") if ":" not in c)
    ['relation', 'relative_date', 'role']
    >>> sorted(sentence_cues("Volunteers distributed blankets."))
    ['rule:rule_donation']
    """
    return _NO_CUES.union(*map(word_cues, map(_NORM, tokenize(text))))


_NO_CUES: frozenset[str] = frozenset()
_NORM = itemgetter(3)  # a token's normal form (tokens are tuples: text, start, end, norm)


__all__ = ["CUE_PREFIXES", "add_cues", "sentence_cues", "word_cues"]
