"""Writes gold.json for the seventy-fifth held-out probe set: names with particles, Vietnamese
and Lao names, hyphenated names and lower-case titles (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import NS, org, person, rel, write_gold  # noqa: E402

MR, SN = "Mauritanian Red Crescent", "Senegalese Red Cross Society"
VN, LA = "Viet Nam Red Cross Society", "Lao Red Cross"
BE, SNCB = "Belgian Red Cross", "SNCB"
DOCS = [
    (
        "ai01_particles.txt",
        "2024-06-12",
        [org(MR, NS, "MR"), org(SN, NS, "SN")],
        [
            person("Mohamed Ould Cheikh Sidiya", "President", MR),
            person("Abdoulaye Seck", "President", SN),
        ],
        [rel("meeting", [MR, SN], place="Nouakchott, Mauritania", date="2024-06-11")],
    ),
    (
        "ai02_vietnamese_names.txt",
        "2024-09-04",
        [org(VN, NS, "VN", "Vietnam Red Cross Society"), org(LA, NS, "LA")],
        [
            person("Nguyen Thi Lan", "Vice President", VN),
            person("Khamphet Sisouk", "Secretary General", LA),
        ],
        [
            rel(
                "agreement",
                [VN, LA],
                ["Nguyen Thi Lan", "Khamphet Sisouk"],
                place="Hanoi, Viet Nam",
                date="2024-09-04",
            )
        ],
    ),
    (
        "ai03_hyphenated_and_lowercase.txt",
        "2025-02-17",
        [org(BE, NS, "BE"), org(SNCB, "company", "BE")],
        [
            person("Anne-Marie Dupont", "Director of operations", BE),
            person("Jan Peeters", "Head of safety", SNCB),
        ],
        [rel("alliance", [BE, SNCB], date="2025-02-17")],
    ),
]

write_gold(DOCS, Path(__file__).parent)
