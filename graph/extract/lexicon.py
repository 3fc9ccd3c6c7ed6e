"""Word lists the extraction rules share: readable data, not code.

Each list is about the language of news on humanitarian organisations in general —
never about particular articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Name heads that say a body trades, and so is a company ("Dunnes Stores", "Qatar Airways").
COMPANY_HEADS = frozenset(
    [
        "Airlines",
        "Airways",
        "Electronics",
        "Petroleum",
        "Foods",
        "Chemicals",
        "Pharma",
        "Telecommunications",
        "Steel",
        "Cement",
        "Energies",
        "Motors",
        "Logistics",
        "Stores",
        "Supermarkets",
        "Insurance",
        "Industries",  # "Kawasaki Heavy Industries"
        "Shipping",
        "Pharmaceuticals",
    ]
)
#: Words that end (or head) an organisation's name: "… Society", "… Ministry of …".
ORG_HEADS = (
    frozenset(
        [
            "Holdings",
            "Industries",
            "Shipping",
            "Telecom",
            "Pharmaceuticals",
            "Technologies",
            "Inc",
            "Ltd",
            "LLC",
            # (registered forms: "Agua Chaqueña S.A.", "Siemens AG", "Heineken N.V.")
            "GmbH",
            "S.A",
            "S.L",
            "S.p.A",
            "SpA",
            "S.R.L",
            "SRL",
            "Ltda",
            "N.V",
            "B.V",
            "AG",
            "Tbk",
            "Bhd",
            "JSC",
            "PJSC",
            "PLC",
            "plc",
            "Plc",
            "Corporation",
            "Company",
            "Limited",
            "Society",
            "Societies",
            "Committee",
            "Foundation",
            "Ministry",
            "Headquarters",
            "Alliance",
            "Authority",
            "Agency",
            "Organization",
            "Organisation",
            "Council",
            "Municipality",
            "Prefecture",  # "the Prefecture of Agrigento": the state's office in a province
            "Force",
            "Forces",
            "Army",
            "Navy",
            "Police",
            "Association",
            "Charity",
            "Church",
            "Diocese",
            "Archdiocese",
            "Parish",
            "Mosque",
            "Temple",
            "Fund",
            "Union",
            "Institute",
            "Institutet",  # Swedish: "Karolinska Institutet"
            "Centre",
            "Center",
            "Centres",
            "Centers",
            "Hospital",
            "University",
            "Service",
            "Services",
            "Aid",
            "Office",
            "Department",
            "Division",  # "the Texas Division of Emergency Management"
            "Commission",
            "Commissariat",
            "Inspectorate",
            "Federation",
            "Corps",
            "Trust",
            "Network",
            "Coalition",
            "Crescent",
            "Cross",
            "House",
            "Bank",
            "Group",
            "Initiative",
            "Board",
            "Secretariat",
            "Directorate",
            "Directorate-General",
            "Guard",
            "Cooperative",
            "Consortium",
            "Mission",
            "Movement",
            "Forum",
            "Observatory",
            "Academy",
            "College",
            "Bureau",
            "Administration",
            "Government",
            "Parliament",
            "Assembly",
            "Relief",
            "Rescue",
            "Autonome",  # "Port Autonome de Lomé"
            "Lottery",  # "the Swedish Postcode Lottery", "Nationale Postcode Loterij"
            "Loterij",
            "Lotteriet",
            "Helmets",
            "Defence",
            "Defense",
            "Partnership",
            "Brotherhood",
            "Endowment",
            "Club",
            "Clubs",
        ]
    )
    | COMPANY_HEADS
)
#: Words that head the name of a gathering ("the Regional Conference of …", "the Africa
#: Forum"): one list for telling an event from a body, finding its name and its head.
EVENT_HEADS = (
    "Conference",
    "Summit",
    "Meeting",
    "Forum",
    "Assembly",
    "Congress",
    "Session",
    "Symposium",
    "Council",
    "Convention",
    "Dialogue",
    "Workshop",
    "Consultation",
    "Roundtable",
    "Seminar",
    "Colloquium",
    "Week",
    "Drill",  # "the 2025 Shizuoka Prefectural Comprehensive Disaster Drill"
    "Exercise",
    "Simulation",
)
#: "the Convention on …" names a treaty, not a gathering
CONVENTION_EVENT = r"Convention(?!s?\s+(?:on|relating|against|for\s+the)\b)"


def event_heads_pattern(**written: str) -> str:
    """An alternation of :data:`EVENT_HEADS`, a head written as ``written[head]`` where given.

    Each pattern that finds events needs its own guards on some heads (a "Conference
    Centre" is a building); the heads themselves stay in one list.
    """
    written = {"Convention": CONVENTION_EVENT, "Roundtable": r"Roundtable|Round\s+Table"} | written
    return "|".join(written.get(head, head) for head in EVENT_HEADS)


#: Regions of the world, named with no country ("the Middle East", "the Southern Cone")
WORLD_REGIONS = (
    "Middle East",
    "Near East",
    "Sahel",
    "Horn of Africa",
    "Caribbean",
    "Balkans",
    "Western Balkans",
    "Caucasus",
    "South Caucasus",
    "Central Asia",
    "Southeast Asia",
    "South East Asia",
    "South Asia",
    "East Asia",
    "East Africa",
    "West Africa",
    "Southern Africa",
    "Central Africa",
    "North Africa",
    "Latin America",
    "Central America",
    "South America",
    "North America",
    "Asia Pacific",
    "Pacific",
    "Americas",
    "Europe",
    "Africa",
    "Asia",
    "Gulf",
    "Levant",
    "Great Lakes",
    "Lake Chad Basin",
    "Sub-Saharan Africa",
    "Southern Cone",
)
#: A company's registered legal form, the last word of its name ("… Uganda Limited")
LEGAL_FORMS = frozenset(
    {"Limited", "Ltd", "Inc", "PLC", "plc", "Plc", "LLC", "GmbH"}
    # a registered company's form elsewhere (tokens lose the last dot: "S.A." is "S.A")
    | {"S.A", "S.L", "S.p.A", "SpA", "S.R.L", "SRL", "Ltda", "N.V", "B.V", "AG", "Tbk", "Bhd"}
    | {"Pty", "LLP", "JSC", "PJSC"}
)
#: Counts written as words ("the seven National Societies", "with five organisations")
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
#: The same, as an alternation for patterns (case-insensitive where the pattern is)
NUMBER_WORD = "|".join(NUMBER_WORDS)
#: Words of a name that make it a government body.
GOVERNMENT_WORDS = frozenset(
    [
        "Ministry",
        "Government",
        "Federal",
        "Office",
        "Department",
        "Parliament",
        "Embassy",
        "Consulate",
        "Directorate",
        "Directorate-General",
        "Administration",
        "State",
        "Presidency",
        "Municipality",
        "Governorate",
        "Prefecture",
        "Headquarters",
        "Force",
        "Forces",
        "Army",
        "Navy",
        "Police",
    ]
)
#: Lower-case words allowed inside a capitalised name ("Ministry of Foreign Affairs").
CONNECTORS = frozenset(
    # (French names: "Conseil … et de Réhabilitation", "Commissariat à la Sécurité …", where
    # "à" is read as "a")
    {"of", "for", "and", "the", "&", "de", "du", "des", "al", "el", "la", "on", "in", "y", "et"}
    | {"a", "au", "aux"}
    # (Portuguese and Spanish: "Rio Grande do Sul State Civil Defence", "Cuerpo de Bomberos")
    | {"do", "da", "dos", "das", "del"}
)
#: Honorifics and titles dropped from people's names.
HONORIFICS = frozenset(
    [
        "Dr",
        "Dr.",
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Miss",
        "Prof",
        "Prof.",
        "Professor",
        "Eng",
        "Eng.",
        "Engr",
        "Engr.",
        "HE",
        "H.E.",
        "H.E",
        "HH",
        "H.H.",
        "H.H",
        "HRH",
        "H.R.H.",
        "H.R.H",
        "Ir.",  # Indonesian and Dutch engineer's title
        "Lic.",  # Spanish: a graduate's title ("Lic. Ana Barrios")
        "Licda.",
        "Ing.",  # Spanish and Portuguese: engineer
        "Arq.",
        "Ato",  # Amharic: Mr
        "Woizero",  # Amharic: Mrs
        "Daw",  # Burmese titles before a woman's and a man's name
        "Alhaji",
        "Alhaja",
        "Hajia",
        "Mallam",
        "Begum",
        "Haji",  # Malay and Arabic titles before a name ("Datuk Haji …"); inside one, a name
        "Hajjah",
        "Hajah",
        "Hajj",
        "Datuk",
        "Dato",
        "Puan",
        "Encik",
        "Pehin",
        "Dato'",
        "Datin",
        "Highness",  # "His Highness Sheikh …", "Her Excellency …"
        "Excellency",
        "Majesty",
        "Sheikh",
        "Major",
        "General",
        "Maj.",
        "Gen.",
        "Brigadier",
        "Colonel",
        "Col.",
        "Lieutenant",
        "Lt.",
        "Admiral",
        "Commodore",
        "Captain",
        "Capt.",
        "Mawlawi",
        "Maulvi",
        "Maulana",
        "Mullah",
        "Hajji",
        "Reverend",
        "Rev",
        "Rev.",
        "Fr.",
        "Archbishop",
        "Bishop",
        "Sheikha",
        "Shaikh",
        "Prince",
        "Princess",
        "King",
        "Queen",
        "Amb",
        "Amb.",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Hon",
        "Hon.",
        "Honourable",
        "Honorable",
        "Excellency",
        "His",
        "Her",
        "Mme",
        "Mme.",
        "Mlle",
        "Mlle.",
        "Atty",  # the Philippines: an attorney's title ("Atty. Ferdinand Ocampo")
        "Atty.",
        # Italian, Spanish and Portuguese titles before a name ("Dott.ssa Ilaria …", "Avv. …",
        # "Sra. Dña. …", "Dra. …"), and German ones
        "Dott",
        "Dott.",
        "Dott.ssa",
        "Dr.ssa",
        "Prof.ssa",
        "Avv",
        "Avv.",
        "Arch.",
        "Geom.",
        "Sig.",
        "Sig.ra",
        "Sr.",
        "Sra.",
        "Srta.",
        "Dña.",
        "Dra.",
        "Lcdo.",
        "Lcda.",
        "Profa.",
        "Herr",
        "Frau",
        # Malaysian and Bruneian titles ("Tan Sri", "Datuk Seri", "Dato'"): see people.py
        "Datuk",
        "Dato",
        "Dato'",
        "Dato’",
        "Datin",
        "Tun",
        "Sri",
        "Seri",
        "Madam",
        "Gen",
        "Gen.",
        "General",
        "Colonel",
        "Col.",
        "Captain",
        "Capt.",
        "Rev",
        "Rev.",
        "Reverend",
        "Father",
        "Bishop",
        "Imam",
        "Mufti",
        "Judge",
        "Justice",
        "Senator",
        "Sen.",
        "MP",
        "Maj.",
        "Major",
        "Lt.",
        "Lieutenant",
    ]
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: Capitalised words that are never part of a person's name.
NOT_NAME = frozenset(
    [
        # a clause's first word: "When Daniel Okafor-Ndiaye visited …"
        "When",
        "While",
        "Whilst",
        "Once",
        "Until",
        "Unless",
        "If",
        "Though",
        "Although",
        "Because",
        "Whereas",
        "The",
        "A",
        "An",
        "And",
        "Of",
        "For",
        "In",
        "On",
        "At",
        "By",
        "With",
        "From",
        "To",
        "As",
        "During",
        "After",
        "Before",
        "Since",
        "Under",
        "Over",
        "Red",
        "Cross",
        "Crescent",
        "Society",
        "National",
        "International",
        "Federation",
        "Committee",
        "Movement",
        "President",
        "Vice",
        "Secretary",
        "General",
        "Deputy",
        "Assistant",
        "Acting",
        "Head",
        "Director",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Chairperson",
        "Treasurer",
        "Minister",
        "Ambassador",
        "Representative",
        "Coordinator",
        "Manager",
        "Officer",
        "Member",
        "Executive",
        "Chief",
        "Regional",
        "Country",
        "Delegation",
        "Delegate",
        "Development",
        "Operations",
        "Coordination",
        "Planning",
        "Studies",
        "Affairs",
        "Relations",
        "Communication",
        "Communications",
        "Resource",
        "Resources",
        "Local",
        "Region",
        "Programme",
        "Programmes",
        "Program",
        "Programs",
        "Projects",
        "Department",
        "Governing",
        "Board",
        "Africa",
        "Europe",
        "Asia",
        "Pacific",
        "Asia-Pacific",
        "Middle-East",
        "Middle",
        "East",
        "North",
        "South",
        "West",
        "East",
        "Americas",
        "MENA",
        "Gulf",
        "Central",
        "Support",
        "Humanitarian",
        "Emergency",
        "Health",
        "Disaster",
        "Management",
        "Relief",
        "Services",
        "Service",
        "Partnerships",
        "Partnership",
        "Strategy",
        "Policy",
        "Finance",
        "Youth",
        "Volunteers",
        "Volunteering",
        "Media",
        "Legal",
        "Protection",
        "Diplomacy",
        "Cooperation",
        "Co-operation",
        "Logistics",
        *WEEKDAY_NAMES,
        *MONTH_NAMES,
        "Today",
        "Yesterday",
        "Both",
        "Two",
        "Three",
        "His",
        "Her",
        "Their",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "Mission",
        "According",
        "Also",
        "Meanwhile",
        "However",
        "Ministry",
        "Government",
        "Foundation",
        "Charity",
        "Association",
        "Church",
        "Council",
        "Office",
        "Agency",
        "Authority",
        "Organization",
        "Organisation",
        "Union",
        "Institute",
        "Centre",
        "Center",
        "University",
        "Hospital",
        "Fund",
        "Trust",
        "Headquarters",
        "Interdepartmental",
        "Earthquake",
        "Conference",
        "Summit",
        "Meeting",
        "Forum",
        "MoU",
        "MOU",
        "Memorandum",
        "Understanding",
        "Agreement",
        "Protocol",
        "Convention",
        "Conventions",
        "Palace",
        "Building",
        "Stadium",
        "Airport",
        "Hotel",
        "Treaty",
        "Charter",
        "Declaration",
        "Framework",
        "Initiative",
        "Campaign",
        "Appeal",
        "Joint",
        "Special",
        "Senior",
        "Global",
        "Undersecretary-General",
        "Under-Secretary-General",
        "Secretary-General",
        "Vice-President",
        "Vice-Chairman",
        "Governor",
        "Mayor",
        "Spokesperson",
        "Spokesman",
        "Founder",
        "Focal",
        "Point",
        "Team",
        "Leader",
        "Members",
        "Staff",
        "Event",
        "Acting",
        "Statement",
        "Syria",
        "Russia",
    ]
)

#: Role phrases → SKOS role notation (most specific first). The wording is kept too.
ROLE_PATTERNS: list[tuple[str, str]] = [
    (r"deputy secretar(?:y|ies)[- ]generals?", "deputy_secretary_general"),
    (r"assistant secretar(?:y|ies)[- ]generals?", "assistant_secretary_general"),
    (r"under[- ]?secretar(?:y|ies)[- ]generals?", "deputy_secretary_general"),
    (r"(?:assistant |deputy |permanent )?under[- ]?secretar(?:y|ies)", "other"),
    (r"acting secretar(?:y|ies)[- ]generals?", "secretary_general"),
    (r"secretar(?:y|ies)[- ]generals?|general secretar(?:y|ies)", "secretary_general"),
    (
        r"(?:member|executive|permanent|principal|additional|joint|special|senior|chief|state) secretar(?:y|ies)",
        "other",
    ),
    (r"vice[- ]presidents?", "vice_president"),
    (r"acting presidents?", "president"),
    (r"presidents?", "president"),
    (r"vice[- ]chair(?:man|woman|person)?", "vice_president"),
    (r"chair(?:man|woman|person)?", "chair"),
    (r"director[- ]generals?", "director_general"),
    (r"(?:assistant |deputy )?supervisors?[- ]generals?", "head"),  # KSrelief's head
    (r"(?:executive |regional |country |deputy |joint |managing )?directors?", "director"),
    (r"heads? of (?:the )?delegations?", "head_of_delegation"),
    (r"heads? of (?:the )?international relations", "head_of_international_relations"),
    (r"heads? of (?:the )?[a-z]+(?: (?:and|of) [a-z]+)* department", "head_of_department"),
    (
        # (not "head of the UNHCR office": the office's body named in it)
        r"(?:heads?|chiefs?) of (?:the )?(?:(?-i:[A-Za-z][a-z]+) )?(?:office|mission|programmes?|operations?|"
        r"delegation)",
        "head",
    ),
    (r"heads?", "head"),
    (r"chief executive(?: officer)?|ceo", "chief_executive"),
    (r"chief (?:[a-z]+ ){1,2}officers?", "other"),
    # "ICRC chief A B" is a post; "Chief A B" a title of honour
    # (after a body's acronym it is a post again: "TDEM Chief A B")
    (
        r"(?-i:chiefs?)|(?-i:Chiefs?)(?!(?-i:\s+[A-Z][a-z]+\s+[A-Z]))|"
        r"(?-i:(?<=[A-Z]{2} )Chief)",
        "head",
    ),
    (r"(?:deputy )?ministers?", "minister"),
    (r"secretar(?:y|ies) of state", "minister"),  # a junior minister
    (r"cabinet secretar(?:y|ies)", "minister"),  # Kenya's ministers
    # "Health Secretary A B": the head of a department of state (the Philippines, the UK)
    (
        r"(?:health|foreign|interior|home|finance|education|defen[cs]e|labou?r|energy|"
        r"transport|agriculture|environment|social\s+welfare|welfare)\s+secretar(?:y|ies)",
        "minister",
    ),
    (r"ambassadors?", "ambassador"),
    (r"(?:regional |permanent |special )?representatives?", "representative"),
    (r"(?:event |programme |program |project |regional )?coordinators?", "coordinator"),
    (r"treasurers?", "other"),
    (r"(?:governing )?board members?|members? of the (?:governing )?board", "member"),
    (r"commissioners?[- ]generals?", "head"),  # the head of a commission (UNHCR, Sudan's HAC)
    (r"commanders?|governors?|mayors?|prefects?|commissioners?|council+ors?", "other"),
    (r"founders?", "other"),
    (r"trustees?|patrons?", "other"),
    (r"(?:pro-|deputy |vice[- ])?(?:vice[- ])?chancellors?|rectors?|provosts?", "head"),
    (
        r"(?:associate |assistant |adjunct |full )?professors?|deans?|lecturers?|registrars?",
        "other",
    ),
    (r"spokes(?:person|man|woman)", "other"),
    (r"(?:senior )?(?:advisers?|advisors?|officers?|managers?)", "other"),
    (r"(?:programme|program|project|team|country|technical|regional) leads?", "head"),
    # "Secretary of the PRCS Sindh Provincial Branch": a branch's or a board's secretary
    (
        r"secretar(?:y|ies)(?=\s+of\s+(?:the\s+|its\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Branch|Board|"
        r"Committee|Council|Chapter|Society|Club|Ministry|Department|Authority|Agency)\b)",
        "other",
    ),
]

#: The role lexicon as one pattern: optional qualifiers before the core title.
_ROLE_CORE = "|".join(p for p, _ in ROLE_PATTERNS)
ROLE_RE = re.compile(
    rf"\b(?:(?:acting|interim|former|current|executive|deputy|joint|first|second|honorary)\s+)*"
    rf"(?:{_ROLE_CORE})\b",
    re.IGNORECASE,
)

#: A state's formal style before its country's name: "the Republic of", "the Arab Republic
#: of", "the Kingdom of the", "the Islamic Republic of".
STATE_STYLE = (
    r"(?:[A-Z][\w'’-]+\s+){0,2}(?:State|Kingdom|Republic|Sultanate|Emirate|Principality|"
    r"Commonwealth)\s+of\s+(?:the\s+)?"
)


def role_notation(text: str) -> str:
    """Normalise a post's wording to a role notation of the SKOS scheme.

    >>> role_notation("Deputy Secretaries-General")
    'deputy_secretary_general'
    >>> role_notation("Vice-President for the Africa region")
    'vice_president'
    """
    return _role_notation(text.lower().strip())


_ROLE_PATTERNS_RE = [(re.compile(rf"\b{p}\b"), notation) for p, notation in ROLE_PATTERNS]


@lru_cache(maxsize=4096)
def _role_notation(low: str) -> str:
    for pattern, notation in _ROLE_PATTERNS_RE:
        if pattern.search(low):
            return notation
    return "other"


__all__ = [
    "COMPANY_HEADS",
    "CONNECTORS",
    "GOVERNMENT_WORDS",
    "HONORIFICS",
    "NOT_NAME",
    "ORG_HEADS",
    "ROLE_PATTERNS",
    "ROLE_RE",
    "STATE_STYLE",
    "role_notation",
]
