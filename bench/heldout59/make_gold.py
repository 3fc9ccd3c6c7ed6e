"""Writes gold.json for the fifty-ninth held-out probe set: news-agency styles (SPA, Xinhua,
KUNA, Bernama) and agency press releases (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import IFRC, MB, NS, UN, org, person, rel, write_gold  # noqa: E402

SA, SD = "Saudi Red Crescent Authority", "Sudanese Red Crescent"
CN, MM = "Red Cross Society of China", "Myanmar Red Cross Society"
KW, EG = "Kuwait Red Crescent Society", "Egyptian Red Crescent Society"
MY, PET = "Malaysian Red Crescent Society", "Petronas"
VU, AU, NZ = "Vanuatu Red Cross Society", "Australian Red Cross", "New Zealand Red Cross"
WFP, SO = "World Food Programme", "Somali Red Crescent Society"
DOCS = [
    (
        "s01_agency_style_he.txt",
        "2025-04-14",
        [org(SA, NS, "SA"), org(SD, NS, "SD", "Sudanese Red Crescent Society")],
        [
            person("Jalal bin Mohammed Al-Owaisi", "President", SA),
            person("Aida Al-Sayed Abdullah", "Secretary General", SD),
        ],
        [rel("meeting", [SA, SD], place="Riyadh, Saudi Arabia", date="2025-04-14")],
    ),
    (
        "s02_xinhua_style.txt",
        None,
        [org(CN, NS, "CN", "RCSC", "China's Red Cross"), org(MM, NS, "MM")],
        [],
        [rel("donation", [CN, MM])],
    ),
    (
        "s03_kuna_style.txt",
        None,
        [org(KW, NS, "KW", "KRCS"), org(EG, NS, "EG", "Egyptian Red Crescent")],
        [person("Khaled Al-Mughamis", "Chairman", KW)],
        [rel("support", [KW, EG])],
    ),
    (
        "s04_bernama_style.txt",
        None,
        [org(MY, NS, "MY", "MRCS"), org(PET, "company", "MY")],
        [
            person("Ahmad Zaki Hassan", "Chairman", MY),
            person("Azman Ismail", "Vice-President of Group Health, Safety and Environment", PET),
        ],
        [rel("agreement", [MY, PET], ["Ahmad Zaki Hassan", "Azman Ismail"])],
    ),
    (
        "s05_ifrc_press_release.txt",
        "2024-12-19",
        [org(IFRC, MB, None, "IFRC"), org(VU, NS, "VU"), org(AU, NS, "AU"), org(NZ, NS, "NZ")],
        [],
        [rel("support", [IFRC, VU])],
    ),
    (
        "s06_un_agency_release.txt",
        "2025-03-11",
        [org(WFP, UN, None, "WFP"), org(SO, NS, "SO", "SRCS")],
        [],
        [rel("agreement", [WFP, SO], date="2025-03-11"), rel("support", [WFP, SO])],
    ),
]

write_gold(DOCS, Path(__file__).parent)
