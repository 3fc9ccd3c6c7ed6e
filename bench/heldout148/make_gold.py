"""Gold annotations for held-out set 148 (prefix kh): Northern Europe and global health.

kh01 - Press release: Norwegian Red Cross / University of Bergen MoU signed "yesterday" (resolve
       against dateline); state secretary attends but does not sign; MFA funding; 2019 ICRC
       framework agreement as background; hoped-for extension to Ethiopian RC / Haukeland is a plan;
       Movement mention; press contact.
kh02 - Wire copy with hard line breaks: Finnish RC donates solar fridges to Zambia RC, handed over
       "on Monday"; foreign ministry pays; talks with Zambian health minister; Gavi background
       funding; STT cited as agency; UNICEF mere co-mention; Malawi RC donation only considered;
       byline/editor credits.
kh03 - Field blog: Danish RC ERU deployed to Nampula at CVM's request (mission); IFRC DREF, Danish
       MFA funding, Maersk freight gift; 2018 partnership agreement background; CVM and WHO support
       the Ministry of Health; "last Tuesday" meeting; Gavi/second round and Norwegian RC offer are
       plans; generic Partner National Societies; author byline.
kh04 - Conference report: Nordic Forum on Humanitarian Health in Copenhagen (participation list);
       Nordic alliance launched; WHO/Europe-Danish RC MoU renewed with IFRC official looking on;
       IFRC-Gavi sideline talks; Icelandic RC invited only; Karolinska/UCPH proposal; Ritzau cited;
       next forum planned; byline.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402,F401

CO = "company"

NORCROSS = "Norwegian Red Cross"
FINCROSS = "Finnish Red Cross"
DANCROSS = "Danish Red Cross"
SWECROSS = "Swedish Red Cross"
GAVI = "Gavi, the Vaccine Alliance"

DOCS = [
    (
        "kh01_norcross_uib_mou.txt",
        "2025-04-09",
        [
            org(NORCROSS, NS, "NO"),
            org("University of Bergen", OTHER, "NO", "UiB"),
            org("Norwegian Ministry of Foreign Affairs", GOV, "NO", "Ministry of Foreign Affairs"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Ingrid Sælen Haugland", "Secretary General", NORCROSS),
            person("Sigrun Mæland Vik", "Rector", "University of Bergen"),
            person("Henrik Aasheim", "State Secretary", "Norwegian Ministry of Foreign Affairs"),
            person("Kristoffer Bye", "Head of Health", NORCROSS),
            person("Mari Holm", "Press Officer", NORCROSS),
        ],
        [
            rel(
                "agreement",
                [NORCROSS, "University of Bergen"],
                signatories=["Ingrid Sælen Haugland", "Sigrun Mæland Vik"],
                place="Oslo, Norway",
                date="2025-04-08",
                evidence="The Norwegian Red Cross and the University of Bergen (UiB) yesterday signed a five-year memorandum of understanding",
            ),
            rel(
                "support",
                ["Norwegian Ministry of Foreign Affairs", NORCROSS],
                evidence="The programme is financed through the Norwegian Red Cross's framework grant from the Ministry of Foreign Affairs",
            ),
            rel(
                "agreement",
                [NORCROSS, ICRC],
                date="2019",
                evidence="with which it concluded a framework agreement on surgical and trauma training in 2019",
            ),
        ],
    ),
    (
        "kh02_finnish_fridges_zambia.txt",
        "2025-02-20",
        [
            org(FINCROSS, NS, "FI"),
            org("Zambia Red Cross Society", NS, "ZM", "ZRCS"),
            org("Ministry for Foreign Affairs of Finland", GOV, "FI", "Finland's foreign ministry"),
            org("Ministry of Health of Zambia", GOV, "ZM", "Ministry of Health"),
            org(GAVI, OTHER, None, "Gavi"),
        ],
        [
            person("Leena Kivimäki", "Secretary General", FINCROSS),
            person("Grace Tembo-Mulenga", "Minister of Health", "Ministry of Health of Zambia"),
            person("Mwiche Banda", "Secretary General", "Zambia Red Cross Society"),
        ],
        [
            rel(
                "donation",
                [FINCROSS, "Zambia Red Cross Society"],
                place="Lusaka, Zambia",
                date="2025-02-17",
                evidence="handed over 40 solar-powered vaccine refrigerators and 150 cold boxes",
            ),
            rel(
                "support",
                ["Ministry for Foreign Affairs of Finland", FINCROSS],
                evidence="The purchase was paid for by Finland's foreign ministry.",
            ),
            rel(
                "meeting",
                [FINCROSS, "Ministry of Health of Zambia"],
                place="Lusaka, Zambia",
                date="2025-02-17",
                evidence="On the same day, Kivimäki held talks with Zambia's Minister of",
            ),
            rel(
                "support",
                ["Zambia Red Cross Society", "Ministry of Health of Zambia"],
                evidence="ZRCS volunteers already support the Ministry of Health's door-to-door",
            ),
            rel(
                "support",
                [GAVI, "Ministry of Health of Zambia"],
                date="2024",
                evidence="Gavi, the Vaccine Alliance, last year financed 300 solar",
            ),
        ],
    ),
    (
        "kh03_danish_eru_nampula.txt",
        "2025-03-21",
        [
            org(DANCROSS, NS, "DK"),
            org("Mozambique Red Cross", NS, "MZ", "Cruz Vermelha de Moçambique", "CVM"),
            org(IFRC, MB, None, "IFRC"),
            org("Danish Ministry of Foreign Affairs", GOV, "DK"),
            org("A.P. Moller - Maersk", CO, "DK", "Maersk"),
            org("Ministry of Health of Mozambique", GOV, "MZ", "Ministry of Health"),
            org("World Health Organization", UN, None, "WHO"),
            org("Nampula Provincial Health Directorate", GOV, "MZ"),
        ],
        [
            person("Joseph Wanyama", "Incident Manager", "World Health Organization"),
            person("Rasmus Holt", "Team Leader", DANCROSS),
            person("Fernando Macuácua", "Secretary General", "Mozambique Red Cross"),
            person("Ana Muianga", "Director", "Nampula Provincial Health Directorate"),
        ],
        [
            rel(
                "mission",
                [DANCROSS, "Mozambique Red Cross"],
                place="Nampula, Mozambique",
                date="2025-03-03",
                evidence="the Danish Red Cross agreed to deploy a health Emergency Response Unit (ERU) at the request of the Mozambique Red Cross",
            ),
            rel(
                "support",
                [IFRC, "Mozambique Red Cross"],
                date="2025-02",
                evidence="The CVM's own response is funded in part by a CHF 480,000 allocation from the IFRC's Disaster Response Emergency Fund",
            ),
            rel(
                "support",
                ["Danish Ministry of Foreign Affairs", DANCROSS],
                evidence="Our deployment is financed by the Danish Ministry of Foreign Affairs through its humanitarian emergency pool",
            ),
            rel(
                "donation",
                ["A.P. Moller - Maersk", DANCROSS],
                evidence="A.P. Moller - Maersk donated the sea freight for 22 tonnes of chlorine, soap and rehydration salts",
            ),
            rel(
                "agreement",
                [DANCROSS, "Mozambique Red Cross"],
                date="2018",
                evidence="the partnership agreement that the Danish Red Cross and CVM signed in 2018",
            ),
            rel(
                "support",
                ["Mozambique Red Cross", "Ministry of Health of Mozambique"],
                evidence="CVM volunteers now go door to door ahead of the Ministry of Health's oral cholera vaccination campaign",
            ),
            rel(
                "support",
                ["World Health Organization", "Ministry of Health of Mozambique"],
                evidence="The World Health Organization (WHO) is supporting the ministry with epidemiologists and campaign logistics.",
            ),
            rel(
                "meeting",
                [DANCROSS, "Mozambique Red Cross", "Nampula Provincial Health Directorate"],
                place="Nampula, Mozambique",
                date="2025-03-18",
                evidence="Last Tuesday our team leader, Rasmus Holt, and CVM's secretary general, Fernando Macuácua, met Ana Muianga",
            ),
        ],
    ),
    (
        "kh04_nordic_health_forum.txt",
        "2025-05-16",
        [
            org("University of Copenhagen", OTHER, "DK"),
            org(DANCROSS, NS, "DK"),
            org(NORCROSS, NS, "NO"),
            org(FINCROSS, NS, "FI"),
            org(SWECROSS, NS, "SE"),
            org(IFRC, MB, None, "IFRC"),
            org("WHO Regional Office for Europe", UN, None, "WHO/Europe"),
            org(GAVI, OTHER, None, "Gavi"),
            org("Karolinska Institutet", OTHER, "SE", "Karolinska"),
        ],
        [
            person(
                "Lars Brink Østergaard",
                "Dean of the Faculty of Health and Medical Sciences",
                "University of Copenhagen",
            ),
            person("Leena Kivimäki", "Secretary General", FINCROSS),
            person(
                "Hanna Korhonen", "Regional Emergency Director", "WHO Regional Office for Europe"
            ),
            person("Jonas Frederiksen", "Secretary General", DANCROSS),
            person("Pedro Almeida", "Regional Director for Europe", IFRC),
            person("Amara Okafor", "Director of Country Programmes", GAVI),
            person("Erik Lindgren", "Professor of Global Health", "Karolinska Institutet"),
            person("Magnus Åberg", "Head of International Health", SWECROSS),
        ],
        [
            rel(
                "participation",
                [
                    "University of Copenhagen",
                    DANCROSS,
                    NORCROSS,
                    FINCROSS,
                    SWECROSS,
                    IFRC,
                    "WHO Regional Office for Europe",
                    GAVI,
                    "Karolinska Institutet",
                ],
                event="Nordic Forum on Humanitarian Health",
                place="Copenhagen, Denmark",
                date="2025-05-14",
                evidence="gathered at the University of Copenhagen on Wednesday for the third Nordic Forum on Humanitarian Health",
            ),
            rel(
                "alliance",
                [DANCROSS, NORCROSS, FINCROSS, SWECROSS],
                place="Copenhagen, Denmark",
                date="2025-05-14",
                evidence="formally launched the Nordic Red Cross Health Preparedness Alliance",
            ),
            rel(
                "agreement",
                ["WHO Regional Office for Europe", DANCROSS],
                signatories=["Hanna Korhonen", "Jonas Frederiksen"],
                place="Copenhagen, Denmark",
                date="2025-05-14",
                evidence="WHO/Europe and the Danish Red Cross renewed their memorandum of understanding on emergency medical teams",
            ),
            rel(
                "meeting",
                [IFRC, GAVI],
                place="Copenhagen, Denmark",
                date="2025-05-14",
                evidence="IFRC and Gavi officials held talks on financing community-based immunisation in fragile states",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
