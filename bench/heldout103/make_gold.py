"""Writes gold.json for the hundred-and-third held-out probe set: Petra wire copy with a Qatari
grant agreement signed before an ambassador, a background channel-free support and a plan, UNB
wire copy with a company cheque, an ambassador's visit, a JICA-financed project and an
invitation, a Gulf-agency release with honorifics, a sideline agreement, a ministerial meeting
and the forum itself, and a bylined Malawi newspaper story with pronouns, a telecom's free
hotline, a bank's gift and "works with" (written by the rcgraph developers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

JO, QFFD, QA, ISDB = (
    "Jordan National Red Crescent Society",
    "Qatar Fund for Development",
    "Government of Qatar",
    "Islamic Development Bank",
)
BD, GP, JP, JICA, BRAC = (
    "Bangladesh Red Crescent Society",
    "Grameenphone",
    "Government of Japan",
    "Japan International Cooperation Agency",
    "BRAC Bank",
)
KSR, SO, SOMHA = (
    "King Salman Humanitarian Aid and Relief Centre",
    "Somali Red Crescent Society",
    "Ministry of Humanitarian Affairs and Disaster Management",
)
MW, FCDO, AIRTEL, NBS, UNICEF, MSF, NSANJE = (
    "Malawi Red Cross Society",
    "Foreign, Commonwealth and Development Office",
    "Airtel Malawi",
    "NBS Bank",
    "United Nations Children's Fund",
    "Médecins Sans Frontières",
    "Nsanje District Council",
)
DOCS = [
    (
        "da01_petra_wire_qffd.txt",
        "2024-03-03",
        [
            org(JO, NS, "JO", "JNRCS", "Jordan Red Crescent"),
            org(QFFD, GOV, "QA", "QFFD", "Qatar Fund"),
            org(QA, GOV, "QA", "Qatar"),
            org(IFRC, MB, None, "IFRC"),
            org(ISDB, OTHER, None),
        ],
        [
            person("Faisal Al-Omari", "President", JO),
            person("Khalid Jassim Al-Mannai", "Director of Development Projects", QFFD),
            person("Hamad bin Faisal Al Thani", "Ambassador to Jordan", QA),
        ],
        [
            rel(
                "agreement",
                [JO, QFFD],
                signatories=["Faisal Al-Omari", "Khalid Jassim Al-Mannai"],
                place="Amman",
                date="2024-03-03",
            ),
            rel("support", [QFFD, JO]),
            rel("support", [IFRC, JO]),
            # the ambassador's presence and the planned Islamic Development Bank agreement
            # are not relations
        ],
    ),
    (
        "da02_unb_dhaka_coldwave.txt",
        "2025-02-12",
        [
            org(BD, NS, "BD", "BDRCS", "Red Crescent"),
            org(GP, "company", "BD"),
            org(JP, GOV, "JP", "Japan"),
            org(JICA, GOV, "JP", "JICA"),
            org(BRAC, "company", "BD"),
        ],
        [
            person("Tanvir Mahmud", "Chief Corporate Affairs Officer", GP),
            person("Nurul Islam Chowdhury", "Secretary General", BD),
            person("Takeshi Morikawa", "Ambassador to Bangladesh", JP),
            person("Abdul Mannan Talukder", "Chairman", BD),
        ],
        [
            rel("donation", [GP, BD], place="Dhaka", date="2025-02-12"),
            rel("meeting", [JP, BD], place="Dhaka", date="2025-02-11"),
            rel("support", [JICA, BD]),
            # the invitation to BRAC Bank is not a relation
        ],
    ),
    (
        "da03_spa_ksrelief_somalia.txt",
        "2025-02-25",
        [
            org(KSR, GOV, "SA", "KSrelief"),
            org(SO, NS, "SO"),
            org(SOMHA, GOV, "SO"),
        ],
        [
            person(
                "Fahad bin Saleh Al-Harbi",
                "Assistant Supervisor General for Operations and Programs",
                KSR,
            ),
            person("Abdirahman Hassan Mohamud", "President", SO),
            person("Saad bin Mohammed Al-Qahtani", "Supervisor General", KSR),
            person(
                "Mohamed Abdi Hassan",
                "Minister of Humanitarian Affairs and Disaster Management",
                SOMHA,
            ),
        ],
        [
            rel(
                "agreement",
                [KSR, SO],
                signatories=["Fahad bin Saleh Al-Harbi", "Abdirahman Hassan Mohamud"],
                place="Riyadh",
                date="2025-02-25",
            ),
            rel("support", [KSR, SO]),
            rel("meeting", [KSR, SOMHA], place="Riyadh", date="2025-02-24"),
            rel(
                "participation",
                [KSR, SO, SOMHA],
                event="Riyadh International Humanitarian Forum",
                place="Riyadh",
                date="2025-02",
            ),
        ],
    ),
    (
        "da04_nyasa_cholera.txt",
        "2024-01-18",
        [
            org(MW, NS, "MW", "MRCS", "Red Cross"),
            org(FCDO, GOV, "GB", "FCDO", "UK"),
            org(AIRTEL, "company", "MW"),
            org(NBS, "company", "MW"),
            org(UNICEF, UN, None, "UNICEF"),
            org(MSF, NGO, None, "MSF"),
            org(NSANJE, GOV, "MW", "Nsanje"),
        ],
        [
            person("Chimwemwe Banda", "Secretary General", MW),
            person("Harold Kumwenda", "District Commissioner", NSANJE),
        ],
        [
            rel("support", [FCDO, MW]),
            rel("support", [AIRTEL, MW]),
            rel("donation", [NBS, MW], place="Blantyre", date="2024-01"),
            # "works with UNICEF on", MSF's own centre and the commissioner's praise are not
            # relations
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
