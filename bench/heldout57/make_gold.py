"""Writes gold.json for the fifty-seventh held-out probe set: longer articles, as real ones
are (a byline, quotes, boilerplate, wire copy with hard line breaks; written by the rcgraph
developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, org, person, rel, write_gold  # noqa: E402

KE, SF = "Kenya Red Cross Society", "Safaricom Foundation"
MAR, GB, DK, EU = (
    "County Government of Marsabit",
    "British Red Cross",
    "Danish Red Cross",
    "European Union",
)
JO, IQ = "Jordan National Red Crescent Society", "Iraqi Red Crescent Society"
ICRC = "International Committee of the Red Cross"
MW, MOH, DANIDA = (
    "Malawi Red Cross Society",
    "Ministry of Health of Malawi",
    "Danish Ministry of Foreign Affairs",
)
ZA, BW, LS = (
    "South African Red Cross Society",
    "Botswana Red Cross Society",
    "Lesotho Red Cross Society",
)
SZ, NA = "Baphalali Eswatini Red Cross Society", "Namibia Red Cross"
CC = "Red Cross Red Crescent Climate Centre"
DOCS = [
    (
        "q01_long_press_release.txt",
        "2024-08-22",
        [
            org(KE, NS, "KE", "KRCS", "Kenya Red Cross"),
            org(SF, NGO, "KE"),
            org(MAR, GOV, "KE"),
            org(IFRC, MB, None, "IFRC"),
            org(GB, NS, "GB"),
            org(DK, NS, "DK"),
            org(EU, GOV, None),
        ],
        [
            person("Ahmed Idris", "Secretary General", KE),
            person("Joseph Ogutu", "Chairperson", SF),
        ],
        [
            rel(
                "agreement",
                [KE, SF],
                ["Ahmed Idris", "Joseph Ogutu"],
                place="Nairobi, Kenya",
                date="2024-08-22",
            ),
            rel("donation", [SF, KE]),
            rel("support", [MAR, KE]),
            rel("support", [IFRC, KE]),
            rel("support", [GB, IFRC]),
            rel("support", [DK, IFRC]),
            rel("support", [EU, IFRC]),
        ],
    ),
    (
        "q02_wire_copy_breaks.txt",
        None,
        [org(JO, NS, "JO", "JNRCS"), org(IQ, NS, "IQ", "IRCS"), org(ICRC, MB, None, "ICRC")],
        [
            person("Mohammed Al-Hadid", "President", JO),
            person("Haider Al-Saadi", "Secretary General", IQ),
        ],
        [
            rel(
                "agreement",
                [JO, IQ],
                ["Mohammed Al-Hadid", "Haider Al-Saadi"],
                place="Amman, Jordan",
            )
        ],
    ),
    (
        "q03_feature_with_history.txt",
        "2024-09-09",
        [
            org(DK, NS, "DK"),
            org(MW, NS, "MW"),
            org(MOH, GOV, "MW", "Ministry of Health"),
            org(DANIDA, GOV, "DK", "Danida"),
        ],
        [
            person("Gift Mkandawire", "Secretary General", MW),
            person("Anne Sørensen", "Secretary General", DK),
            person("Khumbize Chiponda", "Minister of Health", MOH),
        ],
        [
            rel("agreement", [DK, MW], date="2004"),
            rel("meeting", [DK, MOH]),
            rel("support", [DK, MW]),
            rel("support", [DANIDA, DK]),
        ],
    ),
    (
        "q04_regional_meeting_list.txt",
        "2024-02-15",
        [
            org(ZA, NS, "ZA"),
            org(BW, NS, "BW"),
            org(LS, NS, "LS"),
            org(SZ, NS, "SZ"),
            org(NA, NS, "NA"),
            org(IFRC, MB, None, "IFRC"),
            org(CC, MB, None, "Climate Centre"),
        ],
        [],
        [
            rel(
                "meeting",
                [ZA, BW, LS, SZ, NA, IFRC],
                place="Johannesburg, South Africa",
                date="2024-02-13",
            ),
            rel("support", [CC, IFRC]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
