"""Writes gold.json for the second held-out probe set (articles written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, UN, org, person, rel, write_gold  # noqa: E402

KRCS, YRCS = "Kuwait Red Crescent Society", "Yemen Red Crescent Society"
PRCS = "Pakistan Red Crescent Society"
PAL = "Palestine Red Crescent Society"
DKRC, DRC = "Danish Red Cross", "Danish Refugee Council"
AZ, BY = "Azerbaijan Red Crescent Society", "Belarusian Red Cross Society"
MES = "Ministry of Emergency Situations"
AMRC = "American Red Cross"
DOCS = [
    (
        "k01_kuwait_yemen.txt",
        None,
        [
            org(KRCS, NS, "KW", "KRCS"),
            org(YRCS, NS, "YE", "Yemen Red Crescent"),
            org("King Salman Humanitarian Aid and Relief Centre", GOV, "SA", "KSrelief"),
            org("World Health Organization", UN, None, "WHO"),
        ],
        [
            person("Hilal Al-Sayer", "Chairman", KRCS),
            person("Mohammed Saeed Al-Kaf", "Head of branch", YRCS),
        ],
        [
            rel("donation", [KRCS, YRCS]),
            rel("support", ["King Salman Humanitarian Aid and Relief Centre", KRCS]),
            rel("agreement", [KRCS, YRCS]),
            rel("meeting", [KRCS, "World Health Organization"]),
            rel("support", [KRCS, YRCS]),
        ],
    ),
    (
        "k02_pakistan_forum.txt",
        "2022-10-22",
        [
            org(PRCS, NS, "PK", "PRCS"),
            org("National Disaster Management Authority", GOV, "PK"),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
            org("World Health Organization", UN, None, "WHO"),
            org("Turkish Red Crescent", NS, "TR"),
            org("Red Cross Society of China", NS, "CN", "Chinese Red Cross"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Sardar Shah Nawaz", "Chairman", PRCS),
            person("Abdul Hameed Shaikh", "Secretary General", PRCS),
            person("Peter Ophoff", "Head of Country Delegation", IFRC),
            person("Abdullah Fadil", "Representative", "United Nations Children's Fund"),
        ],
        [
            rel(
                "participation",
                [
                    PRCS,
                    "National Disaster Management Authority",
                    "United Nations Children's Fund",
                    "World Health Organization",
                    "Turkish Red Crescent",
                    "Red Cross Society of China",
                    IFRC,
                ],
                event="National Humanitarian Forum",
                place="Islamabad, Pakistan",
                date="2022-10-22",
            ),
            rel("agreement", [PRCS, "Red Cross Society of China"]),
        ],
    ),
    (
        "k03_palestine_icrc.txt",
        "2023-11-08",
        [
            org(ICRC, MB, None, "ICRC"),
            org(PAL, NS, "PS", "PRCS"),
            org("Egyptian Red Crescent", NS, "EG"),
            org("Emirates Red Crescent", NS, "AE"),
            org("Qatar Red Crescent Society", NS, "QA"),
        ],
        [
            person("Mirjana Spoljaric", "President", ICRC),
            person("Younis Al-Khatib", "President", PAL),
        ],
        [
            rel("support", [ICRC, PAL]),
            rel("meeting", [ICRC, PAL], place="Cairo, Egypt"),
            rel("donation", ["Emirates Red Crescent", "Egyptian Red Crescent"]),
            rel("donation", ["Qatar Red Crescent Society", "Egyptian Red Crescent"]),
        ],
    ),
    (
        "k04_nordic_framework.txt",
        "2021-02-02",
        [
            org(DKRC, NS, "DK"),
            org(DRC, NGO, "DK", "DRC"),
            org(
                "Danish Ministry of Foreign Affairs",
                GOV,
                "DK",
                "Danida",
                "Ministry of Foreign Affairs",
            ),
            org("Uganda Red Cross Society", NS, "UG"),
            org("Ethiopian Red Cross Society", NS, "ET"),
            org("European Union", GOV, None, "EU"),
        ],
        [
            person("Anders Ladekarl", "Secretary General", DKRC),
            person("Charlotte Slente", "Secretary General", DRC),
        ],
        [
            rel(
                "agreement",
                [DKRC, DRC],
                ["Anders Ladekarl", "Charlotte Slente"],
                place="Copenhagen, Denmark",
                date="2021-02-02",
            ),
            rel("support", ["Danish Ministry of Foreign Affairs", DKRC]),
            rel("support", ["Danish Ministry of Foreign Affairs", DRC]),
            rel("support", [DKRC, "Uganda Red Cross Society"]),
            rel("support", [DKRC, "Ethiopian Red Cross Society"]),
            rel("support", ["European Union", DKRC]),
            rel("support", ["European Union", DRC]),
        ],
    ),
    (
        "k05_azerbaijan_meeting.txt",
        "2024-06-14",
        [
            org(AZ, NS, "AZ"),
            org(BY, NS, "BY"),
            org(MES, GOV, "AZ", "Ministry of Emergency Situations of the Republic of Azerbaijan"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Novruz Aslanov", "President", AZ),
            person("Dmitry Shevtsov", "Secretary General", BY),
            person("Etibar Mirzayev", "Deputy Minister", MES),
            person("Ikhtiyar Aslanov", "Head of delegation", ICRC),
        ],
        [
            rel("meeting", [AZ, BY, ICRC], place="Baku, Azerbaijan", date="2024-06-13"),
            rel("meeting", [BY, MES]),
            rel("agreement", [AZ, BY]),
        ],
    ),
    (
        "k06_american_redcross_company.txt",
        "2024-04-30",
        [
            org(AMRC, NS, "US"),
            org("Walmart", "company", "US", "Walmart Inc."),
            org("Walmart Foundation", NGO, "US"),
            org("Federal Emergency Management Agency", GOV, "US", "FEMA"),
            org("Salvation Army", NGO),
            org("Canadian Red Cross", NS, "CA"),
            org("Government of Canada", GOV, "CA"),
        ],
        [person("Gail McGovern", "President and CEO", AMRC)],
        [
            rel("agreement", [AMRC, "Walmart"]),
            rel("donation", ["Walmart Foundation", AMRC]),
            rel("donation", ["Government of Canada", "Canadian Red Cross"]),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
