"""Cheap per-sentence cues: which kinds of words a sentence holds, from its tokens.

Most sentences of an article are prose that names no post, no date relative to the
article and no relationship. Each stage asks :func:`sentence_cues` first and skips the
sentence when its cue is absent, instead of running its patterns over every sentence.
A word's cues are computed once per distinct word, a sentence's once per sentence.
"""

from __future__ import annotations

from functools import lru_cache

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
        "elected",
        "appointed",
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
    # a date relative to the article: "today", "on Monday", "last year"
    "relative_date": ("today", "yesterday", "tomorrow", "year", "month", "day"),
}


@lru_cache(maxsize=131_072)
def word_cues(norm: str) -> frozenset[str]:
    """The cues one word raises."""
    return frozenset(cue for cue, prefixes in CUE_PREFIXES.items() if norm.startswith(prefixes))


@lru_cache(maxsize=8192)
def sentence_cues(text: str) -> frozenset[str]:
    """The cues of every word of ``text``.

    >>> sorted(sentence_cues("The President met the delegation today."))
    ['relation', 'relative_date', 'role']
    >>> sentence_cues("Volunteers distributed blankets.")
    frozenset()
    """
    out: frozenset[str] = frozenset()
    for t in tokenize(text):
        cues = word_cues(t.norm)
        if cues:
            out |= cues
    return out


__all__ = ["CUE_PREFIXES", "sentence_cues", "word_cues"]
