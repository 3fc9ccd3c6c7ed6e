"""Word lists the extraction rules share: readable data, not code.

Each list is about the language of news on humanitarian organisations in general —
never about particular articles.
"""

from __future__ import annotations

import re

#: Words that end (or head) an organisation's name: "… Society", "… Ministry of …".
ORG_HEADS = frozenset(
    """Society Societies Committee Foundation Ministry Headquarters Alliance Authority Agency
    Organization Organisation Council Association Charity Church Fund Programme Program Union
    Institute Centre Center Hospital University Service Services Aid Office Department
    Commission Federation Corps Trust Network Coalition Crescent Cross House Bank Company
    Corporation Group Initiative Board Secretariat Directorate Cooperative Consortium Mission
    Movement Forum Observatory Academy College Bureau Administration Government Parliament
    Assembly Relief Rescue Helmets Defence Defense Partnership Brotherhood Endowment""".split()
)
#: Words of a name that make it a government body.
GOVERNMENT_WORDS = frozenset(
    """Ministry Government Federal Office Department Parliament Embassy Consulate Directorate
    Administration State Presidency Municipality Governorate Headquarters""".split()
)
#: Lower-case words allowed inside a capitalised name ("Ministry of Foreign Affairs").
CONNECTORS = frozenset({"of", "for", "and", "the", "&", "de", "du", "des", "al", "el", "la", "on",
                        "in"})
#: Honorifics and titles dropped from people's names.
HONORIFICS = frozenset(
    """Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Prof Prof. Professor Eng Eng. Engr Engr. HE H.E. H.E
    HH H.H. H.H HRH H.R.H. H.R.H Sheikh Sheikha Shaikh Prince Princess King Queen Amb Amb. Sir
    Dame Lord Lady Hon Hon. Honourable Honorable Excellency His Her Mme Mme. Madam Gen Gen.
    General Colonel Col. Captain Capt. Rev Rev. Reverend Father Bishop Imam Mufti Judge Justice
    Senator Sen. MP Maj. Major Lt. Lieutenant""".split()
)
#: Capitalised words that are never part of a person's name.
NOT_NAME = frozenset(
    """The A An And Of For In On At By With From To As During After Before Since Under Over
    Red Cross Crescent Society National International Federation Committee Movement President
    Vice Secretary General Deputy Assistant Acting Head Director Chairman Chairwoman Chair
    Chairperson Treasurer Minister Ambassador Representative Coordinator Manager Officer Member
    Executive Chief Regional Country Delegation Delegate Development Operations Coordination
    Planning Studies Affairs Relations Communication Communications Resource Resources Local
    Region Programme Programmes Department Governing Board Africa Europe Asia Pacific
    Asia-Pacific Middle-East Middle East North South West East Americas MENA Gulf Central Support
    Humanitarian Emergency Health Disaster Management Relief Services Service Partnerships
    Partnership Strategy Policy Finance Youth Volunteers Volunteering Media Legal Protection
    Diplomacy Cooperation Co-operation Logistics Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November
    December Today Yesterday Both Two Three His Her Their Its This That These Those Mission
    According Also Meanwhile However Ministry Government Foundation Charity Association Church
    Council Office Agency Authority Organization Organisation Union Institute Centre Center
    University Hospital Fund Trust Headquarters Interdepartmental Earthquake Conference Summit
    Meeting Forum MoU MOU Memorandum Understanding Agreement Protocol Joint Special Senior Global
    Undersecretary-General Under-Secretary-General Secretary-General Vice-President
    Vice-Chairman Governor Mayor Spokesperson Spokesman Founder Focal Point Team Leader Members
    Staff Event Acting Statement Syria Russia""".split()
)

#: Role phrases → SKOS role notation (most specific first). The wording is kept too.
ROLE_PATTERNS: list[tuple[str, str]] = [
    (r"deputy secretar(?:y|ies)[- ]generals?", "deputy_secretary_general"),
    (r"assistant secretar(?:y|ies)[- ]generals?", "assistant_secretary_general"),
    (r"under[- ]?secretar(?:y|ies)[- ]generals?", "deputy_secretary_general"),
    (r"acting secretar(?:y|ies)[- ]generals?", "secretary_general"),
    (r"secretar(?:y|ies)[- ]generals?", "secretary_general"),
    (r"vice[- ]presidents?", "vice_president"),
    (r"acting presidents?", "president"),
    (r"presidents?", "president"),
    (r"vice[- ]chair(?:man|woman|person)?", "vice_president"),
    (r"chair(?:man|woman|person)?", "chair"),
    (r"director[- ]generals?", "director_general"),
    (r"(?:executive |regional |country |deputy |joint |managing )?directors?", "director"),
    (r"heads? of (?:the )?delegations?", "head_of_delegation"),
    (r"heads? of (?:the )?international relations", "head_of_international_relations"),
    (r"heads? of (?:the )?[a-z]+(?: (?:and|of) [a-z]+)* department", "head_of_department"),
    (r"heads?", "head"),
    (r"chief executive(?: officer)?|ceo", "chief_executive"),
    (r"(?:deputy )?ministers?", "minister"),
    (r"ambassadors?", "ambassador"),
    (r"(?:regional |permanent |special )?representatives?", "representative"),
    (r"(?:event |programme |program |project |regional )?coordinators?", "coordinator"),
    (r"treasurers?", "other"),
    (r"(?:governing )?board members?|members? of the (?:governing )?board", "member"),
    (r"founders?", "other"),
    (r"spokes(?:person|man|woman)", "other"),
    (r"(?:senior )?(?:advisers?|advisors?|officers?|managers?)", "other"),
]

#: The role lexicon as one pattern: optional qualifiers before the core title.
_ROLE_CORE = "|".join(p for p, _ in ROLE_PATTERNS)
ROLE_RE = re.compile(
    rf"\b(?:(?:acting|interim|former|current|executive|deputy|joint|first|second|honorary)\s+)*"
    rf"(?:{_ROLE_CORE})\b",
    re.IGNORECASE,
)

#: Words that, after a role title, still belong to the post ("for Local Affairs").
ROLE_TAIL_RE = re.compile(
    r"\s*(?:[-–]\s*|\s)(?:for|of)\s+(?!the\s+(?:[A-Z][a-z]+\s+)*(?:Red|Society|Committee|"
    r"Federation|Authority|Association|Ministry))(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*|and|of|the|&)(?:\s+(?:[A-Z][\w'’-]*|and|of|the|&|region))*",
)


def role_notation(text: str) -> str:
    """Normalise a post's wording to a role notation of the SKOS scheme.

    >>> role_notation("Deputy Secretaries-General")
    'deputy_secretary_general'
    >>> role_notation("Vice-President for the Africa region")
    'vice_president'
    """
    low = text.lower().strip()
    for pattern, notation in ROLE_PATTERNS:
        if re.search(rf"\b{pattern}\b", low):
            return notation
    return "other"


__all__ = [
    "CONNECTORS",
    "GOVERNMENT_WORDS",
    "HONORIFICS",
    "NOT_NAME",
    "ORG_HEADS",
    "ROLE_PATTERNS",
    "ROLE_RE",
    "ROLE_TAIL_RE",
    "role_notation",
]
