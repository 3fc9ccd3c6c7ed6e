"""Write a synthetic corpus of news-like articles (~500 words each), seeded.

    .venv/bin/python bench/extraction_corpus.py --articles 10000 -o bench/out/corpus
    .venv/bin/python bench/extraction_corpus.py --density 0.45 -o bench/out/dense

Each article has a headline, a dateline and paragraphs. About ``--density`` of its
sentences (default 0.15, about what the seeds, the dev set and our held-out articles
show: 10–15 %) state a relationship — agreements, meetings, support, donations,
conferences, alliances, officials — in several phrasings; the rest is background prose
built from parts, so no two sentences repeat and no cache can flatter the figure.
Organisations and places come from the reference data, so extraction does real work.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.reference import load_places, load_reference  # noqa: E402

TEMPLATES = [
    "The {a} and the {b} signed a memorandum of understanding in {city} on {date}.",
    "The {a} signed a cooperation agreement with the {b} on {topic}.",
    "{p1}, President of the {a}, met {p2}, Secretary-General of the {b}, to discuss {topic}.",
    "The Secretary General of the {a}, {p1}, received a delegation of the {b} led by {p2}.",
    "With funding from the {a}, the {b} is expanding its {topic} programme in {city}.",
    "The {a} is supporting the {b} with technical assistance for {topic}.",
    "The {a} donated {n} tents and hygiene kits to the {b} on {date}.",
    "The {b} has received {n} food parcels from the {a}.",
    "A delegation of the {a} took part in the {ordinal} Regional Conference of the {b}, held "
    'in {city}, under the theme "{topic}".',
    "The {a} held coordination meetings with the {b} and the {c} on the sidelines of the forum.",
    "The {a} has formed an operational alliance with the {b} until the end of {year}.",
    "The {a} and the {b} held talks in {city} on {topic}.",
]
SUBJECTS = [
    "Volunteers",
    "Field teams",
    "Local branches",
    "Mobile health units",
    "Relief workers",
    "Community health workers",
    "Emergency response teams",
    "Trained first aiders",
]
ACTIONS = [
    "distributed food parcels, blankets and drinking water to",
    "provided first aid and psychosocial care to",
    "repaired water points and latrines for",
    "registered and referred",
    "ran hygiene promotion sessions for",
    "delivered cash grants and shelter kits to",
    "evacuated and sheltered",
]
PEOPLE = [
    "families affected by the floods",
    "displaced households in the north",
    "people living in informal settlements",
    "elderly residents cut off by the storm",
    "returnees and host communities",
    "children and pregnant women in remote villages",
]
CLOSERS = [
    "as winter approaches and access remains difficult",
    "despite damaged roads and repeated aftershocks",
    "in the weeks after the disaster",
    "while prices of basic goods continued to rise",
    "with support from local authorities",
    "as the rainy season began",
]
REMARKS = [
    "Officials said the needs remain high and that funding covers only part of the plan.",
    "Both organisations stressed the importance of neutrality, impartiality and independence.",
    "The initiative builds on years of cooperation in disaster preparedness and response.",
    "Staff said that early warning messages had reached most villages before the storm.",
    "The programme focuses on first aid training, psychosocial support and resilience.",
]
TOPICS = [
    "cash assistance",
    "disaster risk reduction",
    "health in emergencies",
    "migration",
    "climate adaptation",
    "restoring family links",
    "blood services",
    "first aid training",
]
FIRST = ["Amina", "Omar", "Lena", "Pavel", "Sara", "Ibrahim", "Maria", "Yusuf", "Karim", "Nadia"]
LAST = ["Haddad", "Petrov", "Okafor", "Novak", "Rahman", "Silva", "Mensah", "Nasser", "Berg"]
MONTHS = ["January", "March", "May", "June", "September", "November"]


def _background(rnd: random.Random) -> str:
    """A sentence of background prose, built from parts (no two alike)."""
    if rnd.random() < 0.2:
        return rnd.choice(REMARKS)
    n = rnd.randint(120, 95_000)
    return (
        f"{rnd.choice(SUBJECTS)} {rnd.choice(ACTIONS)} more than {n:,} "
        f"{rnd.choice(PEOPLE)} {rnd.choice(CLOSERS)}."
    )


def article(rnd: random.Random, orgs: list[str], cities: list[str], density: float) -> str:
    """One article of about 500 words."""
    city = rnd.choice(cities)
    a = rnd.choice(orgs)
    headline = f"{a} steps up {rnd.choice(TOPICS)} in {city}"
    parts = [
        f"{city.upper()}, {rnd.randint(1, 28)} {rnd.choice(MONTHS)} {rnd.randint(2015, 2025)} – "
        + _background(rnd)
    ]
    words = len(parts[0].split())
    while words < 500:
        if rnd.random() < density:
            a, b, c = rnd.sample(orgs, 3)
            text = rnd.choice(TEMPLATES).format(
                a=a,
                b=b,
                c=c,
                city=rnd.choice(cities),
                topic=rnd.choice(TOPICS),
                date=f"{rnd.randint(1, 28)} {rnd.choice(MONTHS)} {rnd.randint(2015, 2025)}",
                p1=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                p2=f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                n=rnd.randint(100, 9000),
                ordinal=f"{rnd.randint(2, 12)}th",
                year=rnd.randint(2024, 2030),
            )
        else:
            text = _background(rnd)
        parts.append(text)
        words += len(text.split())
    out, para = [headline], []
    for sentence in parts:
        para.append(sentence)
        if len(para) >= 3:
            out.append(" ".join(para))
            para = []
    out.append(" ".join(para))
    return "\n\n".join(p for p in out if p)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("-o", "--output", default="bench/out/corpus")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--density", type=float, default=0.15, help="share of sentences stating a relationship"
    )
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    orgs = [o.label for o in load_reference()]
    cities = [name for name in load_places() if " " not in name]
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(args.articles):
        text = article(rnd, orgs, cities, args.density)
        (out / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
    print(f"wrote {args.articles} articles to {out} (density {args.density})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
