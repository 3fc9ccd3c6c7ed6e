"""Writes gold.json for the forty-ninth held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, org, person, rel, write_gold  # noqa: E402

NO, MW = "Norwegian Red Cross", "Malawi Red Cross Society"
BE, BI = "Belgian Red Cross", "Burundi Red Cross"
SE, SIDA = "Swedish Red Cross", "Swedish International Development Cooperation Agency"
IN, NP = "Government of India", "Nepal Red Cross Society"
ZW, MOH = "Zimbabwe Red Cross Society", "Ministry of Health and Child Care"
SD = "Sudanese Red Crescent Society"
DOCS = [
    (
        "i01_our_partnership.txt",
        "2024-09-12",
        [org(NO, NS, "NO"), org(MW, NS, "MW")],
        [person("Mwayi Phiri", "President", MW)],
        [rel("alliance", [MW, NO])],
    ),
    (
        "i02_twinning.txt",
        "2023-11-27",
        [org(BE, NS, "BE"), org(BI, NS, "BI")],
        [],
        [rel("alliance", [BE, BI], date="2023-11-27"), rel("meeting", [BI, BE], place="Brussels")],
    ),
    (
        "i03_headline_only.txt",
        "2024-03-14",
        [org(SE, NS, "SE"), org(SIDA, GOV, "SE", "Sida")],
        [person("Martin Ärnlöv", "Secretary General", SE)],
        [rel("agreement", [SE, SIDA])],
    ),
    (
        "i04_courtesy_of.txt",
        "2023-11-08",
        [org(IN, GOV, "IN", "India"), org(NP, NS, "NP")],
        [
            person("Binod Prasad Pant", "Chairman", NP),
            person("Naveen Srivastava", "Ambassador", IN),
        ],
        [rel("donation", [IN, NP])],
    ),
    (
        "i05_dref_released.txt",
        "2024-02-22",
        [org(IFRC, MB, None, "IFRC"), org(ZW, NS, "ZW"), org(MOH, GOV, "ZW")],
        [],
        [rel("support", [IFRC, ZW]), rel("alliance", [ZW, MOH])],
    ),
    (
        "i06_memorial.txt",
        "2024-06-06",
        [org(ICRC, MB, None, "ICRC"), org(IFRC, MB, None, "IFRC"), org(SD, NS, "SD")],
        [],
        [],
    ),
]

write_gold(DOCS, Path(__file__).parent)
