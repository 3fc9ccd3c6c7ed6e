"""Held-out set heldout114 (prefix fh): South Asia and the Middle East.

fh01  APP-style wire item (hard line breaks): Türk Kızılay delegation visits PRCS, hands over
      relief goods, IFRC DREF background support, later call on NDMA; traps: an invitation, an
      intended MoU, an appeal, an embassy official merely present.
fh02  NRCS press release: tripartite MoU with Kathmandu University and Dhulikhel Hospital with
      three signatories, WHO technical support and a 2019 background agreement with the
      Ministry of Health and Population; traps: chairperson/VC present, JRCS and IFRC attending,
      hopes to extend partnerships.
fh03  Newspaper feature on the Badghis earthquake: several support/donation relations packed in
      one sentence (ICRC, IFRC, WHO, UNICEF, IOM, Islamic Relief), UNFPA midwives; traps: IFRC
      emergency appeal, Mercy Corps plan.
fh04  Statement on a regional Red Crescent meeting in Baghdad: participant list, decision to form
      a standing coordination platform (alliance), a bilateral protocol on the sidelines; traps:
      an invitation, an appeal to donors, a future review.

(written by a second developer)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout"))
from make_gold import GOV, ICRC, IFRC, MB, NGO, NS, OTHER, UN, org, person, rel, write_gold  # noqa: E402

CO = "company"

TRC = "Turkish Red Crescent"
PRCS = "Pakistan Red Crescent Society"
NDMA = "National Disaster Management Authority"
EMB_TR = "Embassy of Türkiye in Islamabad"

NRCS = "Nepal Red Cross Society"
KU = "Kathmandu University"
DH = "Dhulikhel Hospital"
WHO = "World Health Organization"
MOHP = "Ministry of Health and Population"
JRCS = "Japanese Red Cross Society"

ARCS = "Afghan Red Crescent Society"
UNICEF = "United Nations Children's Fund"
HOSP = "Badghis Provincial Hospital"
IOM = "International Organization for Migration"
IRW = "Islamic Relief Worldwide"
UNFPA = "United Nations Population Fund"
MC = "Mercy Corps"

IQRCS = "Iraqi Red Crescent Society"
IRRCS = "Red Crescent Society of the Islamic Republic of Iran"
SARC = "Syrian Arab Red Crescent"
YRCS = "Yemen Red Crescent Society"
JNRCS = "Jordan National Red Crescent Society"
KRCS = "Kuwait Red Crescent Society"
SEVEN = [IQRCS, IRRCS, SARC, YRCS, JNRCS, KRCS, TRC]
MEETING4 = "Regional Meeting of Red Crescent Societies of the Middle East on Disaster Preparedness and Response"

DOCS = [
    (
        "fh01_kizilay_prcs_relief_handover.txt",
        "2025-10-14",
        [
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(PRCS, NS, "PK", "PRCS"),
            org(IFRC, MB, None, "IFRC"),
            org(NDMA, GOV, "PK", "NDMA"),
            org(EMB_TR, GOV, "TR", "Embassy of Türkiye"),
        ],
        [
            person("Serkan Aydemir", "Vice President", TRC),
            person("Tariq Mehmood Qureshi", "Chairman", PRCS),
            person("Ayesha Siddiqa Rana", "Secretary General", PRCS),
            person("Elif Demirtaş", "Deputy Head of Mission", EMB_TR),
            person("Faisal Aziz Chaudhry", "Chairman", NDMA),
        ],
        [
            rel("mission", [TRC], place="Islamabad, Pakistan", date="2025-10-13"),
            rel("meeting", [TRC, PRCS], place="Islamabad, Pakistan", date="2025-10-13"),
            rel("donation", [TRC, PRCS], place="Islamabad, Pakistan", date="2025-10-13"),
            rel("support", [IFRC, PRCS]),
            rel("meeting", [TRC, NDMA], place="Islamabad, Pakistan", date="2025-10-13"),
        ],
    ),
    (
        "fh02_nrcs_ku_dhulikhel_mou.txt",
        "2025-06-19",
        [
            org(NRCS, NS, "NP", "NRCS", "Red Cross"),
            org(KU, OTHER, "NP", "KU"),
            org(DH, OTHER, "NP", "Dhulikhel Hospital – Kathmandu University Hospital"),
            org(WHO, UN, None, "WHO", "World Health Organization (WHO) Country Office for Nepal"),
            org(MOHP, GOV, "NP"),
            org(JRCS, NS, "JP"),
            org(IFRC, MB, None, "IFRC"),
        ],
        [
            person("Bishnu Prasad Dhungana", "Secretary General", NRCS),
            person("Rameshwor Koirala", "Registrar", KU),
            person("Sushma Shrestha Adhikari", "Executive Director", DH),
            person("Kamala Thapa Magar", "Chairperson", NRCS),
            person("Deepak Raj Bhattarai", "Vice-Chancellor", KU),
            person("Hiroko Tanabe", "Country Representative", JRCS),
            person("Anders Lindqvist", "Head of Country Delegation in Nepal", IFRC),
        ],
        [
            rel(
                "agreement",
                [NRCS, KU, DH],
                signatories=[
                    "Bishnu Prasad Dhungana",
                    "Rameshwor Koirala",
                    "Sushma Shrestha Adhikari",
                ],
                place="Kathmandu, Nepal",
                date="2025-06-18",
            ),
            rel("support", [WHO, NRCS], date="2024"),
            rel("agreement", [NRCS, MOHP], date="2019"),
        ],
    ),
    (
        "fh03_badghis_quake_feature.txt",
        "2024-03-12",
        [
            org(ARCS, NS, "AF", "ARCS", "Afghan Red Crescent"),
            org(ICRC, MB, None, "ICRC"),
            org(IFRC, MB, None, "IFRC"),
            org(WHO, UN, None, "WHO"),
            org(UNICEF, UN, None, "UNICEF"),
            org(HOSP, OTHER, "AF", "provincial hospital"),
            org(IOM, UN, None, "IOM"),
            org(IRW, NGO, "GB"),
            org(UNFPA, UN, None, "UNFPA"),
            org(MC, NGO, "US"),
        ],
        [
            person("Mohammad Nabi Sharifi", "Secretary General", ARCS),
            person("Fawad Ahmadzai", "Medical Director", HOSP),
            person("Farida Noorzai", "Programme Officer", UNFPA),
            person("Tomás Echeverría", "Head of Country Delegation", IFRC),
            person("Kevin O'Driscoll", "Country Director", MC),
            person("Carla Benedetti", "Head of Sub-delegation in Herat", ICRC),
        ],
        [
            rel("support", [ICRC, ARCS], date="2024-02"),
            rel("support", [IFRC, ARCS], date="2024-02"),
            rel("donation", [WHO, HOSP], date="2024-02"),
            rel("donation", [UNICEF, HOSP], date="2024-02"),
            rel("support", [IOM, IRW], date="2024-02"),
            rel("support", [UNFPA, ARCS]),
        ],
    ),
    (
        "fh04_baghdad_regional_platform.txt",
        "2025-04-23",
        [
            org(IQRCS, NS, "IQ", "IRCS"),
            org(IRRCS, NS, "IR", "Iranian Red Crescent"),
            org(SARC, NS, "SY", "SARC"),
            org(YRCS, NS, "YE", "YRCS"),
            org(JNRCS, NS, "JO", "JNRCS"),
            org(KRCS, NS, "KW", "KRCS"),
            org(TRC, NS, "TR", "Türk Kızılay"),
            org(IFRC, MB, None, "IFRC"),
            org(ICRC, MB, None, "ICRC"),
        ],
        [
            person("Yassin Ahmed Abbas al-Maamouri", "President", IQRCS),
            person("Mehdi Valipour", "Secretary General", IRRCS),
            person("Rami Khaddour", "Director of Operations", SARC),
            person("Fuad al-Maqtari", "Secretary General", YRCS),
            person("Hamad Jaber al-Sabah", "Vice Chairman", KRCS),
            person(
                "Nadine Haddad",
                "Deputy Regional Director for the Middle East and North Africa",
                IFRC,
            ),
            person("Hussein Ali al-Jubouri", "Secretary General", IQRCS),
        ],
        [
            rel(
                "participation",
                SEVEN + [IFRC, ICRC],
                event=MEETING4,
                place="Baghdad, Iraq",
                date="2025-04-22",
            ),
            rel(
                "alliance",
                SEVEN,
                event="Middle East Red Crescent Coordination Platform",
                place="Baghdad, Iraq",
                date="2025-04-22",
            ),
            rel(
                "agreement",
                [IQRCS, IRRCS],
                signatories=["Hussein Ali al-Jubouri", "Mehdi Valipour"],
                place="Baghdad, Iraq",
                date="2025-04-22",
            ),
        ],
    ),
]

write_gold(DOCS, Path(__file__).parent)
