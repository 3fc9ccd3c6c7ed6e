"""Write a synthetic rcgraph dataset of about N triples as N-Quads (seeded, reproducible).

    .venv/bin/python bench/generate_graph.py --triples 1000000 -o bench/out/synthetic.nq

The graph has the real shapes (it is written by ``graph.triples`` from ``graph.facts``
objects, one named graph per synthetic document, every fact with its evidence): the ~190
National Societies of the reference data, the ICRC and the IFRC as high-degree hubs, other
bodies, a long tail by preferential attachment, thousands of people with posts, agreements,
meetings, support, donations, alliances, missions and conferences.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.facts import (  # noqa: E402
    DateValue,
    DocumentMeta,
    Evidence,
    Extraction,
    Person,
    Place,
    Post,
    Relation,
)
from graph.identifiers import document_iri  # noqa: E402
from graph.reference import load_places, load_reference  # noqa: E402
from graph.store import to_ox  # noqa: E402
from graph.triples import extraction_triples, reference_triples  # noqa: E402
from ontology.namespaces import REFERENCE_GRAPH  # noqa: E402

FIRST = [
    "Amina",
    "Omar",
    "Lena",
    "Pavel",
    "Sara",
    "Ibrahim",
    "Maria",
    "Yusuf",
    "Anna",
    "Karim",
    "Fatima",
    "John",
    "Leila",
    "Ahmed",
    "Elena",
    "Hassan",
    "Nadia",
    "Ali",
    "Mei",
    "Tomas",
]
LAST = [
    "Haddad",
    "Petrov",
    "Okafor",
    "Al Sada",
    "Novak",
    "Rahman",
    "Silva",
    "Kim",
    "Mensah",
    "Ivanova",
    "Nasser",
    "Dubois",
    "Khan",
    "Garcia",
    "Hussein",
    "Berg",
    "Tanaka",
    "Osei",
]
ROLES = [
    ("president", "President"),
    ("secretary_general", "Secretary-General"),
    ("vice_president", "Vice-President"),
    ("head_of_international_relations", "Head of International Relations"),
    ("director", "Director of Operations"),
]
KINDS = [
    ("agreement", "mou"),
    ("agreement", "cooperation_agreement"),
    ("meeting", None),
    ("support", None),
    ("donation", None),
    ("alliance", None),
    ("mission", None),
]


def generate(target: int, out: Path, seed: int = 7) -> dict[str, float]:
    """Write about ``target`` triples to ``out``; return counts and timings."""
    rnd = random.Random(seed)
    started = time.perf_counter()
    orgs = load_reference()
    keys = [o.key for o in orgs]
    # preferential attachment: weights grow with each use; the two Movement bodies start high
    weights = {k: (400.0 if k in ("ifrc", "icrc") else 1.0 + rnd.random()) for k in keys}
    places = list(load_places().items())
    people = [
        f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}" for i in range(max(2000, target // 150))
    ]
    written = 0
    docs = 0
    with open(out, "wb") as fh:
        ref = [
            ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(REFERENCE_GRAPH)))
            for s, p, o in reference_triples(orgs)
        ]
        fh.write(ox.serialize(ref, format=ox.RdfFormat.N_QUADS) or b"")
        written += len(ref)
        while written < target:
            docs += 1
            name = f"synthetic_{docs:06d}.txt"
            year = rnd.randint(2005, 2025)
            meta = DocumentMeta(
                name,
                title=f"Synthetic article {docs}",
                date=DateValue(f"{year}-{rnd.randint(1, 12):02d}-01", "day"),
            )
            ext = Extraction(meta, f"Synthetic article {docs}.")
            chosen = rnd.choices(keys, weights=[weights[k] for k in keys], k=4)
            for k in chosen:
                weights[k] += 1.0
            by_key = {o.key: o for o in orgs}
            for k in chosen:  # as extraction writes them: label, kind, country, the name used
                ext.organisations[k] = replace(by_key[k], aliases=(by_key[k].label,))
            sentence_no = 0
            offset = 0  # sentences follow one another in the synthetic text
            for _ in range(rnd.randint(1, 3)):
                kind, subtype = rnd.choice(KINDS)
                a, b = (
                    rnd.sample(sorted(set(chosen)), 2)
                    if len(set(chosen)) > 1
                    else (chosen[0], chosen[0])
                )
                if a == b:
                    continue
                text = (
                    f"The {by_key[a].label} and the {by_key[b].label} reported a {kind} in {year}."
                )
                ev = Evidence(
                    name, sentence_no, offset, offset + len(text), text, f"synthetic.{kind}", 0.8
                )
                offset += len(text) + 1
                sentence_no += 1
                place_name, country = rnd.choice(places)
                date = DateValue(f"{year}-{rnd.randint(1, 12):02d}", "month", f"in {year}")
                if kind in ("support", "donation"):
                    rel = Relation(
                        kind, (a,), ev, recipients=(b,), date=date, topic="relief programme"
                    )
                elif kind == "mission":
                    rel = Relation(kind, (a,), ev, date=date, place=Place(place_name, country))
                else:
                    rel = Relation(
                        kind,
                        (a, b),
                        ev,
                        subtype=subtype,
                        date=date,
                        place=Place(place_name, country),
                    )
                ext.relations.append(rel)
            if rnd.random() < 0.15:
                text = f"Delegations attended the Regional Conference {docs}."
                ev = Evidence(
                    name, sentence_no, offset, offset + len(text), text, "synthetic.conference", 0.8
                )
                offset += len(text) + 1
                participants = tuple(dict.fromkeys(rnd.choices(keys, k=rnd.randint(5, 15))))
                ext.relations.append(
                    Relation(
                        "participation",
                        participants,
                        ev,
                        name=f"Regional Conference {docs}",
                        date=DateValue(str(year), "year"),
                    )
                )
            for _ in range(2):
                person = rnd.choice(people)
                pkey = person.lower().replace(" ", "-")
                ext.people[pkey] = Person(pkey, person)
                role, wording = rnd.choice(ROLES)
                text = f"{person}, {wording} of the {by_key[chosen[0]].label}, spoke."
                ev = Evidence(
                    name, sentence_no, offset, offset + len(text), text, "synthetic.post", 0.8
                )
                offset += len(text) + 1
                sentence_no += 1
                ext.posts.append(Post(pkey, chosen[0], role, wording, ev))
            graph = ox.NamedNode(str(document_iri(name)))
            quads = [
                ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph) for s, p, o in extraction_triples(ext)
            ]
            fh.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
            written += len(quads)
    return {"triples": written, "documents": docs, "seconds": time.perf_counter() - started}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("-o", "--output", default="bench/out/synthetic.nq")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    stats = generate(args.triples, out, args.seed)
    print(
        f"wrote {stats['triples']} triples in {stats['documents']} documents to {out} "
        f"in {stats['seconds']:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
