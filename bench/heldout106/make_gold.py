"""Writes gold.json for the hundred-and-sixth held-out probe set: officials and their posts in
many shapes (a CEO, a mayor, a governor, an ambassador, an assistant minister with honorifics,
a regional director and a head of delegation, a "who chairs" clause and a parenthesised
list of guests) inside stories with a three-party meeting, separate bilateral meetings,
company and government gifts, county funding and a background agreement, and with a plan, an
invitation, "works with" and a co-mentioned charity as negatives (written by the rcgraph
developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"
ARC, ASH, NC, DUKE, LOWES, SALV = (
    "American Red Cross",
    "City of Asheville",
    "State of North Carolina",
    "Duke Energy",
    "Lowe's",
    "The Salvation Army",
)
KRCS, GOJ, UNHCR, MOFA = (
    "Kuwait Red Crescent Society",
    "Government of Japan",
    "United Nations High Commissioner for Refugees",
    "Ministry of Foreign Affairs",
)
NRCS, MHA, NAF, BORNO = (
    "Nigerian Red Cross Society",
    "Ministry of Humanitarian Affairs and Poverty Alleviation",
    "Nigerian Armed Forces",
    "Borno State Government",
)
KE, SAF, SAFF, SDSP, KITUI, KMD = (
    "Kenya Red Cross Society",
    "Safaricom PLC",
    "Safaricom Foundation",
    "State Department for Special Programmes",
    "Kitui County Government",
    "Kenya Meteorological Department",
)

DOCS = [
    (
        "eb01_asheville_flood_newspaper.txt",
        "2025-05-14",
        [
            org(ARC, NS, "US", "Red Cross"),
            org(ASH, GOV, "US", "Asheville"),
            org(NC, GOV, "US", "North Carolina"),
            org(DUKE, CO, "US"),
            org(LOWES, CO, "US"),
            org(SALV, NGO, "US", "Salvation Army"),
        ],
        [
            person("Margaret Ellison", "President and CEO", ARC),
            person("Tom Reardon", "Mayor", ASH),
            person("Alan Pruitt", "Governor", NC),
            person("Karen Lutz", "Chief Executive", DUKE),
            person("Denise Harlan", "Senior Vice President for Community Relations", LOWES),
            person("Jamal Pierce", "Regional Executive for Western North Carolina", ARC),
        ],
        [
            rel("meeting", [ARC, ASH, NC], place="Asheville", date="2025-05-13"),
            rel("donation", [DUKE, ARC], date="2025-05-12"),
            rel("donation", [LOWES, ARC]),
        ],
    ),
    (
        "eb02_kuwait_ambassador_kuna.txt",
        "2025-02-10",
        [
            org(KRCS, NS, "KW", "KRCS"),
            org(GOJ, GOV, "JP", "Japan"),
            org(UNHCR, UN, None, "UNHCR"),
            org(MOFA, GOV, "KW"),
        ],
        [
            person("Hamad Al-Fadhli", "Chairman", KRCS),
            person("Shigeru Tanabe", "Ambassador of Japan to the State of Kuwait", GOJ),
            person("Anwar Al-Sabti", "Deputy Chairman", KRCS),
            person("Maha Al-Barjas", "Secretary-General", KRCS),
            person("Marwan Khoury", "Representative in Kuwait", UNHCR),
            person(
                "Nawaf Al-Jaber Al-Sabah",
                "Assistant Foreign Minister for Development and International Cooperation",
                MOFA,
            ),
        ],
        [
            rel("meeting", [KRCS, GOJ], place="Kuwait", date="2025-02-10"),
            rel("donation", [GOJ, KRCS], date="2025-02-10"),
            rel("meeting", [KRCS, UNHCR], place="Kuwait", date="2025-02-10"),
            rel("meeting", [KRCS, MOFA], place="Kuwait", date="2025-02-10"),
        ],
    ),
    (
        "eb03_icrc_nigeria_visit.txt",
        "2025-03-06",
        [
            org(ICRC, MB, None, "ICRC"),
            org(NRCS, NS, "NG", "National Society"),
            org(MHA, GOV, "NG"),
            org(NAF, GOV, "NG"),
            org(BORNO, GOV, "NG", "Borno State"),
        ],
        [
            person("Hélène Marchetti", "Regional Director for Africa", ICRC),
            person(
                "Ibrahim Danjuma Sule",
                "Minister of Humanitarian Affairs and Poverty Alleviation",
                MHA,
            ),
            person("Musa Garba Adeyemi", "Chief of Defence Staff", NAF),
            person("Babagana Ali Kachalla", "Governor", BORNO),
            person("Emmanuel Okonkwo-Eze", "President", NRCS),
            person("Abubakar Kende Lawal", "Secretary General", NRCS),
            person("Yann Delacroix", "Head of the ICRC delegation in Abuja", ICRC),
        ],
        [
            rel("meeting", [ICRC, MHA], place="Abuja", date="2025-03"),
            rel("meeting", [ICRC, NAF], place="Abuja", date="2025-03"),
            rel("meeting", [ICRC, BORNO], place="Maiduguri", date="2025-03"),
            rel("meeting", [ICRC, NRCS], date="2025-03"),
            rel("support", [ICRC, NRCS]),
            rel("agreement", [ICRC, NRCS], date="2023"),
        ],
    ),
    (
        "eb04_krcs_safaricom_website.txt",
        "2025-07-23",
        [
            org(KE, NS, "KE", "KRCS", "Kenya Red Cross", "Red Cross"),
            org(SAF, CO, "KE", "Safaricom"),
            org(SAFF, NGO, "KE"),
            org(SDSP, GOV, "KE"),
            org(KITUI, GOV, "KE", "Kitui County"),
            org(IFRC, MB, None, "IFRC"),
            org(KMD, GOV, "KE"),
        ],
        [
            person("Wanjiru Kariuki", "Secretary General", KE),
            person("Daniel Otieno", "Chief Executive Officer", SAF),
            person("Hassan Abdi Noor", "President", KE),
            person("Faith Njeri", "Chair of the board", SAFF),
            person("Amina Hassan", "Deputy Secretary General", KE),
            person("Peter Kamau", "Principal Secretary", SDSP),
            person("Anne Mutua", "Governor", KITUI),
            person("Sven Lindqvist", "Head of Country Delegation", IFRC),
        ],
        [
            rel(
                "agreement",
                [KE, SAF],
                signatories=["Wanjiru Kariuki", "Daniel Otieno"],
                place="Nairobi, Kenya",
                date="2025-07-22",
            ),
            rel("donation", [SAFF, KE], date="2025-07-22"),
            rel("support", [KITUI, KE]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
