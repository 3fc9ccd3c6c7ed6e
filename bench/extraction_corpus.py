"""Write a synthetic corpus of news-like articles (~500 words each), seeded.

    .venv/bin/python bench/extraction_corpus.py --articles 10000 -o bench/out/corpus

Sentences are built from templates of the kinds the extractor reads (agreements,
meetings, support, donations, conferences, officials) and filler prose, with societies
and bodies drawn from the reference data — so extraction does real work on each article.
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
    "{p1}, President of the {a}, met {p2}, Secretary-General of the {b}, to discuss {topic}.",
    "With funding from the {a}, the {b} is expanding its {topic} programme in {city}.",
    "The {a} donated {n} tents and hygiene kits to the {b} on {date}.",
    "A delegation of the {a} took part in the {ordinal} Regional Conference of the {b}, held "
    'in {city}, under the theme "{topic}".',
    "The {a} held coordination meetings with the {b} and the {c} on the sidelines of the forum.",
    "The {a} has formed an operational alliance with the {b} until the end of {year}.",
]
FILLER = [
    "Volunteers distributed food parcels, blankets and water to families affected by the floods.",
    "The programme focuses on first aid training, psychosocial support and community resilience.",
    "Officials said the needs remain high as winter approaches and access remains difficult.",
    "More than {n} people received assistance in the first phase of the response.",
    "The teams also rehabilitated water points and supported local health facilities.",
    "Both organisations stressed the importance of neutrality, impartiality and independence.",
    "The initiative builds on years of cooperation in disaster preparedness and response.",
]
TOPICS = [
    "cash assistance",
    "disaster risk reduction",
    "health in emergencies",
    "migration",
    "climate adaptation",
    "restoring family links",
]
FIRST = ["Amina", "Omar", "Lena", "Pavel", "Sara", "Ibrahim", "Maria", "Yusuf", "Karim", "Nadia"]
LAST = ["Haddad", "Petrov", "Okafor", "Novak", "Rahman", "Silva", "Mensah", "Nasser", "Berg"]
MONTHS = ["January", "March", "May", "June", "September", "November"]


def article(rnd: random.Random, orgs: list[str], cities: list[str]) -> str:
    """One article of about 500 words."""
    words = 0
    parts = [
        f"{rnd.choice(cities).upper()}, {rnd.randint(1, 28)} {rnd.choice(MONTHS)} "
        f"{rnd.randint(2015, 2025)} –"
    ]
    while words < 500:
        if rnd.random() < 0.45:
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
            text = rnd.choice(FILLER).format(n=rnd.randint(100, 90000))
        parts.append(text)
        words += len(text.split())
    out, para = [], []
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
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    orgs = [o.label for o in load_reference()]
    cities = [name for name in load_places() if " " not in name]
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(args.articles):
        (out / f"article_{i:05d}.txt").write_text(article(rnd, orgs, cities), encoding="utf-8")
    print(f"wrote {args.articles} articles to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
