"""Writes gold.json for the held-out probe articles (written by the rcgraph developers)."""

import json
from pathlib import Path

NS, MB, NGO, GOV, UN, OTHER = (
    "national_society",
    "movement_body",
    "ngo",
    "government",
    "un_agency",
    "other",
)
IFRC = "International Federation of Red Cross and Red Crescent Societies"
ICRC = "International Committee of the Red Cross"


def org(name, kind, country=None, *aliases):
    return {"name": name, "aliases": list(aliases), "kind": kind, "country": country}


def person(name, role, organization):
    return {"name": name, "role": role, "organization": organization}


def rel(type_, orgs, signatories=(), event=None, place=None, date=None, evidence=""):
    return {
        "type": type_,
        "organizations": list(orgs),
        "signatories": list(signatories),
        "event": event,
        "place": place,
        "date": date,
        "evidence": evidence,
    }


DOCS = [
    (
        "h01_kenya_ethiopia_pact.txt",
        "2024-03-12",
        [
            org("Kenya Red Cross Society", NS, "KE", "Kenya Red Cross", "KRCS"),
            org("Ethiopian Red Cross Society", NS, "ET", "ERCS"),
            org(IFRC, MB, None, "IFRC"),
            org("Intergovernmental Authority on Development", OTHER, None, "IGAD"),
        ],
        [
            person("Ahmed Mohamed Idris", "Secretary General", "Kenya Red Cross Society"),
            person("Mesfin Alemu Tadesse", "Secretary General", "Ethiopian Red Cross Society"),
            person("Grace Wanjiru Kamau", "Head of cluster delegation", IFRC),
        ],
        [
            rel(
                "agreement",
                ["Kenya Red Cross Society", "Ethiopian Red Cross Society"],
                ["Ahmed Mohamed Idris", "Mesfin Alemu Tadesse"],
                place="Nairobi, Kenya",
                date="2024-03-12",
            ),
            rel("support", [IFRC, "Kenya Red Cross Society"]),
            rel("support", [IFRC, "Ethiopian Red Cross Society"]),
        ],
    ),
    (
        "h02_philippines_cash.txt",
        "2023-12-05",
        [
            org(
                "European Civil Protection and Humanitarian Aid Operations",
                GOV,
                None,
                "ECHO",
                "European Union",
            ),
            org("Philippine Red Cross", NS, "PH", "PRC"),
            org(ICRC, MB, None, "ICRC"),
            org("German Red Cross", NS, "DE"),
            org("Government of Japan", GOV, "JP", "Japan"),
            org("Korean Red Cross", NS, "KR"),
        ],
        [
            person(
                "Richard J. Gordon", "Chairman and Chief Executive Officer", "Philippine Red Cross"
            ),
            person(
                "Pedro Luis Rojo",
                "Head of office",
                "European Civil Protection and Humanitarian Aid Operations",
            ),
            person("Gwendolyn Pang", "Secretary General", "Philippine Red Cross"),
        ],
        [
            rel(
                "support",
                [
                    "European Civil Protection and Humanitarian Aid Operations",
                    "Philippine Red Cross",
                ],
            ),
            rel("support", [ICRC, "Philippine Red Cross"]),
            rel("support", ["German Red Cross", "Philippine Red Cross"]),
            rel("donation", ["Government of Japan", "Philippine Red Cross"]),
            rel("donation", ["Korean Red Cross", "Philippine Red Cross"]),
        ],
    ),
    (
        "h03_asia_pacific_conference.txt",
        "2019-11-21",
        [
            org("Philippine Red Cross", NS, "PH"),
            org("Australian Red Cross", NS, "AU"),
            org("Japanese Red Cross Society", NS, "JP"),
            org("Mongolian Red Cross Society", NS, "MN"),
            org("Nepal Red Cross Society", NS, "NP"),
            org("Afghan Red Crescent Society", NS, "AF"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(
                "United Nations Office for the Coordination of Humanitarian Affairs",
                UN,
                None,
                "OCHA",
            ),
            org("World Food Programme", UN, None, "WFP"),
        ],
        [
            person("Francesco Rocca", "President", IFRC),
            person("Tadateru Konoe", "President", "Japanese Red Cross Society"),
        ],
        [
            rel(
                "participation",
                [
                    "Philippine Red Cross",
                    "Australian Red Cross",
                    "Japanese Red Cross Society",
                    "Mongolian Red Cross Society",
                    "Nepal Red Cross Society",
                    "Afghan Red Crescent Society",
                    ICRC,
                    IFRC,
                    "United Nations Office for the Coordination of Humanitarian Affairs",
                    "World Food Programme",
                ],
                event="11th Asia Pacific Regional Conference",
                place="Manila, Philippines",
                date="2019-11",
            ),
            rel(
                "agreement",
                ["Nepal Red Cross Society", "Mongolian Red Cross Society"],
                place="Manila, Philippines",
            ),
        ],
    ),
    (
        "h04_bangladesh_norway_visit.txt",
        "2023-05-09",
        [
            org("Norwegian Red Cross", NS, "NO"),
            org("Bangladesh Red Crescent Society", NS, "BD", "BDRCS"),
            org(IFRC, MB, None, "IFRC"),
            org("United Nations High Commissioner for Refugees", UN, None, "UNHCR"),
        ],
        [
            person("Hanne Larsen", "Head of International Department", "Norwegian Red Cross"),
            person("Kazi Shofiqul Azam", "Secretary General", "Bangladesh Red Crescent Society"),
            person("Alberto Bocanegra", "Head of delegation", IFRC),
        ],
        [
            rel(
                "meeting",
                ["Norwegian Red Cross", "Bangladesh Red Crescent Society"],
                place="Dhaka, Bangladesh",
            ),
            rel("support", ["Norwegian Red Cross", "Bangladesh Red Crescent Society"]),
            rel("meeting", ["Norwegian Red Cross", IFRC]),
            rel(
                "meeting", ["Norwegian Red Cross", "United Nations High Commissioner for Refugees"]
            ),
        ],
    ),
    (
        "h05_ngo_consortium.txt",
        "2022-06-30",
        [
            org("Action Against Hunger", NGO),
            org("Norwegian Refugee Council", NGO, "NO", "NRC"),
            org("Mercy Corps", NGO),
            org("Senegalese Red Cross Society", NS, "SN"),
            org("United States Agency for International Development", GOV, "US", "USAID"),
            org("World Food Programme", UN, None, "WFP"),
        ],
        [
            person("Jan Egeland", "Secretary General", "Norwegian Refugee Council"),
            person("Abdoul Azize Diallo", "President", "Senegalese Red Cross Society"),
        ],
        [
            rel(
                "alliance",
                [
                    "Action Against Hunger",
                    "Norwegian Refugee Council",
                    "Mercy Corps",
                    "Senegalese Red Cross Society",
                ],
                date="2022-06-30",
            ),
            rel(
                "support",
                ["United States Agency for International Development", "Action Against Hunger"],
            ),
            rel(
                "support",
                ["United States Agency for International Development", "Norwegian Refugee Council"],
            ),
            rel("support", ["United States Agency for International Development", "Mercy Corps"]),
            rel(
                "support",
                [
                    "United States Agency for International Development",
                    "Senegalese Red Cross Society",
                ],
            ),
            rel("agreement", ["World Food Programme", "Senegalese Red Cross Society"]),
        ],
    ),
    (
        "h06_turkey_mission.txt",
        "2023-09-10",
        [
            org("Turkish Red Crescent", NS, "TR", "Kızılay"),
            org("Moroccan Red Crescent", NS, "MA"),
            org("Qatar Red Crescent Society", NS, "QA", "QRCS"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Fatma Meriç Yılmaz", "President", "Turkish Red Crescent"),
            person("Faisal Mohamed Al-Emadi", "Secretary General", "Qatar Red Crescent Society"),
        ],
        [
            rel("mission", ["Turkish Red Crescent"], place="Morocco"),
            rel("donation", ["Turkish Red Crescent", "Moroccan Red Crescent"]),
            rel("donation", ["Qatar Red Crescent Society", "Moroccan Red Crescent"]),
            rel("meeting", ["Qatar Red Crescent Society", "Moroccan Red Crescent"]),
            rel("support", [IFRC, "Moroccan Red Crescent"]),
        ],
    ),
    (
        "h07_india_ndma_mou.txt",
        "2024-01-18",
        [
            org("Indian Red Cross Society", NS, "IN", "IRCS"),
            org("National Disaster Management Authority", GOV, "IN", "NDMA"),
            org("United Nations Children's Fund", UN, None, "UNICEF"),
            org("Indian Council of Medical Research", GOV, "IN"),
        ],
        [
            person("R. K. Jain", "Secretary General", "Indian Red Cross Society"),
            person("Kamal Kishore", "Member Secretary", "National Disaster Management Authority"),
        ],
        [
            rel(
                "agreement",
                ["Indian Red Cross Society", "National Disaster Management Authority"],
                ["R. K. Jain", "Kamal Kishore"],
                place="New Delhi, India",
                date="2024-01-18",
            ),
            rel("support", ["United Nations Children's Fund", "Indian Red Cross Society"]),
            rel(
                "agreement",
                ["Indian Red Cross Society", "Indian Council of Medical Research"],
                date="2022",
            ),
        ],
    ),
    (
        "h08_icrc_lebanon.txt",
        "2025-04-03",
        [
            org(ICRC, MB, None, "ICRC"),
            org("Lebanese Red Cross", NS, "LB"),
            org("Norwegian Red Cross", NS, "NO"),
            org("Swiss Red Cross", NS, "CH"),
            org("Ministry of Public Health", GOV, "LB"),
        ],
        [
            person("Agnes Dhur", "Head of delegation", ICRC),
            person("Antoine Zoghbi", "President", "Lebanese Red Cross"),
            person("Georges Kettaneh", "Secretary General", "Lebanese Red Cross"),
            person("Firass Abiad", "Minister of Public Health", "Ministry of Public Health"),
        ],
        [
            rel(
                "agreement",
                [ICRC, "Lebanese Red Cross"],
                ["Agnes Dhur", "Antoine Zoghbi"],
                place="Beirut, Lebanon",
                date="2025-04-03",
            ),
            rel("support", [ICRC, "Lebanese Red Cross"]),
            rel("support", ["Norwegian Red Cross", "Lebanese Red Cross"]),
            rel("support", ["Swiss Red Cross", "Lebanese Red Cross"]),
            rel("meeting", ["Lebanese Red Cross", "Ministry of Public Health"]),
        ],
    ),
]


def write_gold(docs: list, here: Path) -> None:
    """Write ``here/gold.json`` (the dev-set format) from (file, date, orgs, people, rels)."""
    gold = []
    for file, date, orgs, people, rels in docs:
        title = (here / file).read_text(encoding="utf-8").strip().splitlines()[0]
        gold.append(
            {
                "file": file,
                "source_url": None,
                "title": title,
                "date": date,
                "organizations": orgs,
                "people": people,
                "relations": rels,
            }
        )
    text = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
    (here / "gold.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_gold(DOCS, Path(__file__).parent)
