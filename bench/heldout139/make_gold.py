"""Gold annotations for held-out set 139 (prefix jc): Central Africa and the Great Lakes.

jc01 - press release: Cameroon Red Cross / UNICEF cholera MoU; ministry adviser present but not signing,
       EU funding, background IFRC agreement (2022), plan to extend, WHO only invited, media contact person.
jc02 - wire copy with hard line breaks: Japan donation to Red Cross of Chad, joint CRT/IFRC assessment mission,
       ICRC-ministry meeting; byline, wire/Reuters cited, UNHCR only a data source, WFP agreement only hoped for.
jc03 - blog / situation report on Burundi floods: IFRC DREF support, Belgian RC gift, minister visit, background
       2019 protocol, standing cross-border alliance; byline author, private person, IOM as data source,
       Rwanda RC offer (not done), generic Partner National Societies.
jc04 - conference report (Bangui forum): participation list, Norwegian RC funding, CRCA-Chad protocol with
       IFRC witness (not signatory), one ICRC-ECCAS meeting plus two separate bilateral ICRC meetings;
       MINUSCA invited only, next edition and ECCAS-IFRC framework only planned.
(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

CMRC = "Cameroon Red Cross Society"
UNICEF = "United Nations Children's Fund"
MINSANTE = "Ministry of Public Health"
EU = "European Union"

CRT = "Red Cross of Chad"
JAPAN = "Government of Japan"
MSPI = "Ministry of Public Security and Immigration"

CRB = "Burundi Red Cross"
BELRC = "Belgian Red Cross"
MINSOL = "Ministry of National Solidarity, Social Affairs, Human Rights and Gender"
RCDRC = "Red Cross of the Democratic Republic of the Congo"
TRCS = "Tanzania Red Cross Society"

CRCA = "Central African Red Cross Society"
CONGO = "Congolese Red Cross"
GABON = "Gabonese Red Cross"
EQG = "Red Cross of Equatorial Guinea"
ECCAS = "Economic Community of Central African States"
MAHRN = "Ministry of Humanitarian Action and National Reconciliation"
NORCROSS = "Norwegian Red Cross"

DOCS = [
    (
        "jc01_cameroon_unicef_cholera.txt",
        "2025-05-14",
        [
            org(CMRC, NS, "CM", "Cameroon Red Cross"),
            org(UNICEF, UN, None, "UNICEF"),
            org(MINSANTE, GOV, "CM"),
            org(EU, OTHER, None),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Achille Mbarga Nkodo", "Secretary General", CMRC),
            person("Hélène Waffo-Diallo", "Deputy Representative in Cameroon", UNICEF),
            person(
                "Joseph Ndzana Ebogo",
                "Technical Adviser to the Minister of Public Health",
                MINSANTE,
            ),
            person("Christelle Ngo Bassong", "Communications Officer", CMRC),
        ],
        [
            rel(
                "agreement",
                [CMRC, UNICEF],
                signatories=["Achille Mbarga Nkodo", "Hélène Waffo-Diallo"],
                place="Yaoundé, Cameroon",
                date="2025-05-14",
                evidence="The Cameroon Red Cross Society and the United Nations Children's Fund (UNICEF) today signed a memorandum of understanding",
            ),
            rel(
                "support",
                [MINSANTE, UNICEF],
                date="2025-04",
                evidence="She thanked the Ministry of Public Health for its support in clearing the first shipment of chlorine tablets through customs at Douala port in April.",
            ),
            rel(
                "support",
                [EU, CMRC],
                evidence="The Cameroon Red Cross's share of the programme – around EUR 1.2 million – is funded by the European Union.",
            ),
            rel(
                "agreement",
                [CMRC, IFRC],
                date="2022",
                evidence="the cooperation agreement that the National Society renewed with the International Federation of Red Cross and Red Crescent Societies (IFRC) in 2022",
            ),
        ],
    ),
    (
        "jc02_chad_japan_relief.txt",
        "2025-02-07",
        [
            org(JAPAN, GOV, "JP", "Japan"),
            org(CRT, NS, "TD", "CRT", "Chad Red Cross"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(MSPI, GOV, "TD"),
        ],
        [
            person("Takeshi Morioka", "Ambassador to Chad", JAPAN),
            person("Khadija Abakar Moussa", "President", CRT),
            person("Pierre-Yves Lambert", "Head of Delegation in Chad", ICRC),
            person("Ali Ahmat Brahim", "Minister of Public Security and Immigration", MSPI),
        ],
        [
            rel(
                "donation",
                [JAPAN, CRT],
                place="Abéché, Chad",
                date="2025-02-05",
                evidence="Japan has donated 40 tonnes of\nrelief supplies to the Red Cross of Chad",
            ),
            rel(
                "mission",
                [CRT, IFRC],
                place="Adré, Chad",
                date="2025-01-29",
                evidence="On Jan. 29 the CRT and the International Federation of Red Cross\nand Red Crescent Societies (IFRC) sent a joint assessment team to\nAdré",
            ),
            rel(
                "meeting",
                [ICRC, MSPI],
                place="N'Djamena, Chad",
                date="2025-02-03",
                evidence="Pierre-Yves Lambert, met Minister\nof Public Security and Immigration Ali Ahmat Brahim in N'Djamena\non Monday",
            ),
        ],
    ),
    (
        "jc03_burundi_gatumba_floods.txt",
        "2025-04-22",
        [
            org(CRB, NS, "BI", "Croix-Rouge du Burundi", "CRB"),
            org(IFRC, MB, None),
            org(BELRC, NS, "BE"),
            org(MINSOL, GOV, "BI"),
            org(RCDRC, NS, "CD"),
            org(TRCS, NS, "TZ"),
        ],
        [
            person("Prosper Havyarimana", "Secretary General", CRB),
            person(
                "Gloriose Ntahomvukiye",
                "Minister of National Solidarity, Social Affairs, Human Rights and Gender",
                MINSOL,
            ),
        ],
        [
            rel(
                "support",
                [IFRC, CRB],
                date="2025-04",
                evidence="The operation is supported by the International Federation of Red Cross and Red Crescent Societies through an allocation from its Disaster Response Emergency Fund (DREF)",
            ),
            rel(
                "donation",
                [BELRC, CRB],
                place="Bujumbura, Burundi",
                date="2025-04-17",
                evidence="Last Thursday, the Belgian Red Cross handed over 3,000 hygiene kits and 400 family tents to the CRB at its Bujumbura warehouse",
            ),
            rel(
                "meeting",
                [MINSOL, CRB],
                place="Kinyinya, Burundi",
                date="2025-04-19",
                evidence="visited Kinyinya with our teams and held talks with the CRB leadership on moving families away from the shoreline for good",
            ),
            rel(
                "agreement",
                [CRB, MINSOL],
                date="2019",
                evidence="a protocol the CRB signed with the same ministry in 2019",
            ),
            rel(
                "alliance",
                [CRB, RCDRC, TRCS],
                date="2023",
                evidence="Since 2023 the CRB has been a member of the Tanganyika Cross-Border Preparedness Alliance, a standing coalition with the Red Cross of the Democratic Republic of the Congo and the Tanzania Red Cross Society",
            ),
        ],
    ),
    (
        "jc04_bangui_humanitarian_diplomacy_forum.txt",
        "2025-06-30",
        [
            org(CRCA, NS, "CF", "Croix-Rouge Centrafricaine", "CRCA"),
            org(CMRC, NS, "CM"),
            org(CONGO, NS, "CG"),
            org(GABON, NS, "GA"),
            org(CRT, NS, "TD"),
            org(EQG, NS, "GQ"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
            org(ECCAS, OTHER, None, "ECCAS"),
            org(MAHRN, GOV, "CF"),
            org(NORCROSS, NS, "NO"),
        ],
        [
            person(
                "Honorine Mabiala", "Commissioner for Gender, Human and Social Development", ECCAS
            ),
            person(
                "Aristide Gbazi-Ndoumba",
                "Minister of Humanitarian Action and National Reconciliation",
                MAHRN,
            ),
            person(
                "Ousmane Keïta-Dembélé",
                "Head of the Country Cluster Delegation for Central Africa",
                IFRC,
            ),
            person("Roch Ngoma-Itoua", "Deputy Secretary General", CONGO),
            person("Bertrand Yakoro-Ngaïkossé", "President", CRCA),
            person("Adoum Hassane Djibrine", "Secretary General", CRT),
            person("Sophie Ruegg", "Head of Delegation in Bangui", ICRC),
        ],
        [
            rel(
                "participation",
                [CRCA, CMRC, CONGO, GABON, CRT, EQG, IFRC, ICRC, ECCAS, MAHRN],
                event="Central Africa Regional Forum on Humanitarian Diplomacy",
                place="Bangui, Central African Republic",
                date="2025-06-24",
                evidence="Red Cross leaders from across Central Africa gathered in Bangui last week for the Central Africa Regional Forum on Humanitarian Diplomacy",
            ),
            rel(
                "support",
                [NORCROSS, CRCA],
                evidence="It was organised with financial support from the Norwegian Red Cross, a long-standing partner of the CRCA.",
            ),
            rel(
                "agreement",
                [CRCA, CRT],
                signatories=["Bertrand Yakoro-Ngaïkossé", "Adoum Hassane Djibrine"],
                place="Bangui, Central African Republic",
                date="2025-06-25",
                evidence="the CRCA and the Red Cross of Chad concluded a cross-border cooperation protocol",
            ),
            rel(
                "meeting",
                [ECCAS, ICRC],
                place="Bangui, Central African Republic",
                date="2025-06-26",
                evidence="On Thursday, Mabiala held talks with Sophie Ruegg, the ICRC's head of delegation in Bangui",
            ),
            rel(
                "meeting",
                [ICRC, GABON],
                place="Bangui, Central African Republic",
                date="2025-06-26",
                evidence="Ruegg later met the Gabonese Red Cross delegation",
            ),
            rel(
                "meeting",
                [ICRC, EQG],
                place="Bangui, Central African Republic",
                date="2025-06-26",
                evidence="in a separate session, the delegation of the Red Cross of Equatorial Guinea",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
