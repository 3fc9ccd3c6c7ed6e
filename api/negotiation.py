"""Content negotiation as lookup tables: the Accept header → a media type we can write."""

from __future__ import annotations

from collections.abc import Iterable


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first.

    >>> parse_accept("text/csv;q=0.5, application/sparql-results+json")
    [('application/sparql-results+json', 1.0), ('text/csv', 0.5)]
    """
    if not header:
        return [("*/*", 1.0)]
    out = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((media, q, i))
    out.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _ in out if q > 0]


def choose(header: str | None, offered: Iterable[str], default: str) -> str | None:
    """The offered media type the client prefers, ``default`` for ``*/*``; None if none fits."""
    offered = list(offered)
    for media, _ in parse_accept(header):
        if media in ("*/*", "*"):
            return default
        if media.endswith("/*"):
            family = media[:-1]
            if default.startswith(family):
                return default
            hit = next((o for o in offered if o.startswith(family)), None)
            if hit:
                return hit
        elif media in offered:
            return media
    return None


__all__ = ["choose", "parse_accept"]
