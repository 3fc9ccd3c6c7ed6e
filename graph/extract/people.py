"""People and their posts: "X, President of Y", "the head of Y, X", "Y Vice-President,
HE Eng. X", "President of the Y, X", lists of officials, "his deputy E", "his Turkish
counterpart K".

A sentence is cut into comma/semicolon chunks; in each chunk the rule finds roles (with
the organisation attached to them), names (honorifics dropped) and pairs them — a
name with the role right after it, or a role with the name right after it — and
across neighbouring chunks ("A, President of B" / "President of B, A").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.cues import CUE_PREFIXES, sentence_cues
from graph.extract.lexicon import (
    HONORIFICS,
    NOT_NAME,
    ORG_HEADS,
    ROLE_RE,
    STATE_STYLE,
    WORLD_REGIONS,
    role_notation,
)
from graph.extract.organisations import (
    EUROPEAN_COMMISSION,
    PORTFOLIO_WORDS,
    UNIT_HEADS,
    Mention,
    Token,
    gazetteer,
    is_country_name,
    line_label,
    norm_token,
    tokenize,
)

PARTICLES = frozenset(
    {
        "bin",
        "Bin",
        "bint",
        "binti",  # Malay: "Siti Norbaiti binti Othman"
        "ibn",
        "Ibn",
        "al",
        "Al",
        "el",
        "El",
        "As",
        "as",
        "de",
        "da",
        "van",
        "von",
        "der",
        "Abu",
        "Abdul",
        "ben",
        "Ben",
        "del",
        "dos",
        "du",
        "le",
        "La",
        "Le",
        "ul",  # "Abrar ul Haq", "Zia ud Din", "Habib ur Rehman"
        "ud",
        "ur",
        "das",
        "di",
    }
)
_NAME_OPENING_PARTICLES = frozenset(
    {"Al", "El", "Abu", "Abdul", "Ben", "Bin", "Le", "La", "De", "Da", "Du", "Di"}
)
_PARTICLE_NAME = re.compile(
    r"^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|de|da|di|du|van|von|le|la)-[A-Z]"
)
_INITIAL = re.compile(r"^[A-Z]{1,3}\.?$")
_SPLIT = re.compile(r"[;,]|\s[–—]\s(?=[a-z])")


@dataclass(frozen=True, slots=True)
class PostMention:
    """A person with a post, found in a sentence (offsets in the sentence)."""

    name: str
    start: int
    end: int
    role: str
    role_text: str
    org: str | None


_OF_BODY = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?")


@dataclass(slots=True)
class _Role:
    start: int
    end: int
    text: str
    org: str | None
    used: bool = False
    anchor: int = 0
    body_end: int = 0  # the end of the body named right after "of" ("Minister of X, Y and Z")
    placed: bool = False  # a post of a place ("the Mayor of Lampedusa"): no other body's


#: Titles that are also family names: inside a name they are part of it ("Abdul Hameed Shaikh").
_TITLE_SURNAMES = frozenset({"Shaikh", "Sheikh", "Khan", "Pasha", "Bey", "Haji", "Imam", "Prince"})


_REGIONAL_HEAD = re.compile(r"(?i)(?:chief\s+minister|premier|governor|chief\s+executive)\b")
_PLACE_BEFORE_HEAD = re.compile(r"\b([A-Z][\w'’]+(?:[\s-][A-Z][\w'’]+)?)\s+$")
#: a state servant named by a portfolio: "Director-General of Health", "Permanent
#: Secretary for Education"
_CIVIL_SERVANT_OF = re.compile(
    r"(?i:(?:deputy\s+|assistant\s+)?(?:director[- ]general|permanent\s+secretary|"
    r"principal\s+secretary|chief\s+executive|secretary|commissioner))\s+(?:of|for)\s+"
    r"(?:the\s+)?([A-Z][a-z]+)"
)
_BRANCH_BEFORE = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:branch|chapter)\s+$")
#: the emblem in the Movement's languages: "Croix-Rouge Haïtienne" names a society, no one
_EMBLEM_WORDS = frozenset(
    {"Croix-Rouge", "Croissant-Rouge", "Roja", "Croce", "Vermelha", "Kreuz", "Kızılay"}
    | {"Kizilay", "Crescent"}  # (not "Cruz", "Cross", "Rossa": people are named so too)
)


def _is_name_token(tok: Token, prev_ok: bool) -> bool:
    t = tok.text
    if (t in PARTICLES or t in _TITLE_SURNAMES or _PARTICLE_NAME.match(t)) and prev_ok:
        return True  # "Marie el-Drese", "Omar al-Bashir"
    if (
        t in NOT_NAME
        or t in HONORIFICS
        or t.rstrip(".") in HONORIFICS
        or ROLE_RE.fullmatch(t)
        or t in _EMBLEM_WORDS
    ):
        return False
    if _INITIAL.match(t):
        return True
    return t[:1].isupper() and not t.isupper() and not any(c.isdigit() for c in t)


#: The words of world regions' names ("Southern Latin America", "the Middle East"), and the
#: last words, which end no person's name
_REGION_WORDS = frozenset(
    w for r in WORLD_REGIONS for w in r.replace("-", " ").split() if w[:1].isupper()
) | {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
_WORLD_REGIONS = frozenset(r.split()[-1] for r in WORLD_REGIONS)
#: Words that start a street's or a square's name
_STREET_HEADS = frozenset(
    {"Via", "Viale", "Calle", "Rue", "Rua", "Avenida", "Avenue", "Plaza", "Piazza", "Place"}
    | {"Boulevard", "Strada", "Ulitsa", "Prospekt"}
)
#: Words that end a place's name, not a person's
_GEOGRAPHIC_HEADS = frozenset(
    {
        "Islands",
        "Island",
        "Province",
        "Valley",
        "Coast",
        "Peninsula",
        "Mountains",
        "Highlands",
        "Archipelago",
        "Delta",
        "Basin",
        "Plateau",
        "Branch",  # "the Adamawa State Branch"
        "Chapter",
        "Republic",  # "the Kyrgyz Republic"
        "Kingdom",
        "Emirates",
    }
    | _WORLD_REGIONS  # "for Southern Latin America"
)


def find_names(text: str, tokens: list[Token], orgs: list[Mention]) -> list[tuple[int, int]]:
    """Spans of person names: 2–7 name-like words, outside organisation mentions."""
    gz = gazetteer()
    inside = [(m.start, m.end) for m in orgs]
    spans: list[tuple[int, int]] = []
    run: list[Token] = []

    def flush() -> None:
        while len(run) > 2 and (run[-1].text in PARTICLES or _INITIAL.match(run[-1].text)):
            run.pop()  # a trailing particle or initial ("Eli Bin" keeps its second word)
        if run and _INITIAL.match(run[-1].text) and run[-1].text.endswith("."):
            run.pop()
        # (a capitalised "Le", "La", "De" … opens a name: "Le Thi Hoa", "De Souza")
        while run and run[0].text in PARTICLES - _NAME_OPENING_PARTICLES:
            run.pop(0)
        if 2 <= len(run) <= 9 or (
            len(run) == 1 and _HONORIFIC_BEFORE.search(text, 0, run[0].start)
        ):
            # (one word after "Ms"/"Dr" is a surname, resolved to its full name later)
            words = tuple(t.norm for t in run)
            if (
                words not in gz.countries
                and words not in gz.places
                and run[-1].text not in _GEOGRAPHIC_HEADS  # "the Canary Islands"
                and run[-1].text not in UNIT_HEADS  # "… Risk Reduction Unit of the SADC"
                and run[0].text not in _STREET_HEADS  # "in Via Toscana"
                # people take no article: "… Logistics and the Private Sector"
                and text[max(0, run[0].start - 4) : run[0].start] not in ("the ", "The ")
                # nor a place's preposition: "stations in Bint Jbeil and Marjayoun, an ICRC
                # spokesperson said"
                and not (
                    _PLACE_BEFORE.search(text, max(0, run[0].start - 8), run[0].start)
                    # ("Representative in Sudan Ahmed Rahman": a known place, then the name)
                    and (run[0].norm,) not in gz.countries
                    and (run[0].norm,) not in gz.places
                    and not (len(run) > 2 and (run[0].norm, run[1].norm) in gz.countries)
                )
            ):
                spans.append((run[0].start, run[-1].end))
        run.clear()

    for i, tok in enumerate(tokens):
        gap = text[tokens[i - 1].end : tok.start] if i else " "
        free = all(tok.end <= a or tok.start >= b for a, b in inside)
        if (
            tok.text in ("Tan", "Puan", "Toh")
            and i + 1 < len(tokens)
            and tokens[i + 1].text in ("Sri", "Seri", "Puan")
        ):
            flush()  # "Tan Sri", "Puan Sri": a title, not a name
            continue
        if run and gap.strip() not in ("", "."):
            flush()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        honorific_last = (
            len(run) >= 2
            and free
            and tok.text not in NOT_NAME
            and (tok.text in HONORIFICS and tok.text.isalpha() and tok.text[1:].islower())
            and not (
                nxt is not None and nxt.text[:1].isupper() and text[tok.end : nxt.start] == " "
            )
        )
        if honorific_last:
            run.append(tok)  # "Dr. Nay Lin Tun": a title word that ends a name is the name's
            continue
        if (
            free
            and _is_name_token(tok, bool(run))
            and not (
                tok.norm in gz.demonyms and i + 1 < len(tokens) and tokens[i + 1].text[:1].islower()
            )
        ):
            run.append(tok)
        else:
            flush()
    flush()
    return spans


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|across|outside|around)\s+$")
_TWO_WORD_TITLE = re.compile(r"\b(?:Tan|Puan|Toh)\s+(?:Sri|Seri|Puan)\b")


def clean_name(name: str) -> str:
    """Drop honorifics and trailing titles: "HE Eng. Ibrahim Al Sada" → "Ibrahim Al Sada"."""
    words = _TWO_WORD_TITLE.sub(" ", name).split()
    while words and (words[0] in HONORIFICS or words[0].rstrip(".") in HONORIFICS):
        words.pop(0)
    while words and words[-1].rstrip(",") in {"MP", "PhD", "Jr", "Jr.", "Sr."}:
        words.pop()
    return " ".join(words)


def _honorific_gap(gap: str) -> bool:
    """True when only honorifics, spaces and dashes stand between a role and a name."""
    gap = _BRACKETED_TITLE.sub(" ", gap)  # "Prof. (Mrs.) A B", "Hon. Justice (rtd) A B"
    words = [w for w in re.split(r"[\s,–—:-]+", _TWO_WORD_TITLE.sub(" ", gap)) if w]
    return all(w in HONORIFICS or w.rstrip(".") in HONORIFICS for w in words)


#: a body's unit between its name and an official's: "… IFRC Country Cluster Delegation for
#: Central Asia A B"
_UNIT_GAP = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Delegation|Office|Branch|Mission|Department|Unit|Division)"
    r"(?:\s+(?:for|in|to|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
)
_BRACKETED_TITLE = re.compile(r"\((?:Mrs|Mr|Ms|Miss|Dr|[Rr]td|[Rr]etd|[Rr])\.?\)")  # "(r)": retired


_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_PORTFOLIO_LIST = re.compile(
    # ("Representative for Italy, the Holy See and San Marino, A B": items with an article)
    rf"\s+(?:for|of)\s+(?:the\s+)?{_WORDS}(?:,\s+(?:the\s+)?{_WORDS})+,?\s+and\s+(?:the\s+)?{_WORDS}"
    r"(?=\s*,\s*(?:(?:Dr|Mr|Ms|Mrs|Prof|Eng|H\.?E)\.?\s+)?[A-Z][\w'’-]+\s+[A-Z])"  # its holder next
)
#: "Commissioner for Health, Humanitarian Affairs and Social Development at the ORG": the
#: organisation next (each item must end in a portfolio's word)
_PORTFOLIO_LIST_AT = re.compile(
    rf"\s+for\s+(?:the\s+)?(?P<items>{_WORDS}(?:,\s+{_WORDS})+,?\s+and\s+{_WORDS})"
    r"(?=\s+(?:at|of)\s+(?:the\s+)?(?:[A-Z]|$))"
)
#: "Vice-President of Group Health, Safety and Environment A B": portfolios (each ends in a
#: portfolio's word), the holder named right after with no comma
_PORTFOLIO_LIST_BARE = re.compile(
    rf"\s+(?:for|of)\s+(?:the\s+)?(?P<items>{_WORDS}(?:,\s+{_WORDS})+,?\s+and\s+{_WORDS})"
    r"(?=\s+(?:(?:Dr|Mr|Ms|Mrs|Prof|Eng|H\.?E)\.?\s+)?[A-Z][\w'’-]+\s+[A-Z])"
)
_COUNTRY_POSSESSIVE = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:[A-Z][\w-]+\s+)?$")
#: "Director of Development Projects Eng. A B": capitalised portfolio words, then a title
#: that opens the holder's name
_PORTFOLIO_THEN_TITLE = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>(?:[A-Z][\w'’-]*|and|&)(?:\s+(?:[A-Z][\w'’-]*|and|&))"
    r"{0,5})(?=\s+(?:Dr|Eng|Engr|Mr|Ms|Mrs|Prof|H\.?\s?E)\.?\s)"
)
_STATE_OF = rf"(?:{STATE_STYLE})?"
_OF_NAMED = re.compile(rf"\bof\s+(?:the\s+)?{_STATE_OF}([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})")


def _country_after_portfolio(title: str) -> str | None:
    """The country a minister's title ends with, after the portfolio: "of Emergency
    Situations of Uzbekistan" is Uzbekistan's (the longest country name of an "of" phrase)."""
    gz = gazetteer()
    for of in _OF_NAMED.finditer(title):
        words = tuple(t.norm for t in tokenize(of.group(1)))
        for n in range(len(words), 0, -1):
            if words[:n] in gz.countries:
                return gz.countries[words[:n]]
    return None


_OF_COUNTRY_TO = re.compile(
    rf"\s+of\s+(?:the\s+)?{_STATE_OF}(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}?)"
    rf"(?:\s+to\s+(?:the\s+)?{_STATE_OF}(?P<to>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}?))?"
    r"(?=[\s,.;]|$)"
)
_IN_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}?)(?=[\s,.;]|$)")


#: "of the Country Cluster Delegation for Central Asia" before "of the IFRC": the unit of
#: the body named next, part of the post
_UNIT_OF_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Delegation|Office|Department|Unit|"
    r"Division|Bureau|Branch|Mission|Section|Directorate)(?:\s+(?:for|in|of)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?(?=\s+(?:of|at)\s+(?:the\s+)?[A-Z])"
)
_NAME_NEXT = re.compile(r"\s+(?:(?:Dr|Prof|Eng)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]")
#: Four lower-case words in a row: a clause, not the comma of an apposition
_CLAUSE_BETWEEN = re.compile(r"\b[a-z]{2,}(?:[\s,]+[a-z]{2,}){3}\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|to|by|with|from|for|on)\s+(?:the\s+)?$")
_ONE_PORTFOLIO = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?![\w'’-]|\s+[A-Z])")


def _role_tail(text: str, end: int, orgs: list[Mention]) -> int:
    """Extend a role over its qualifier ("for Local Affairs", "for the Africa region"),
    never into an organisation's name."""
    stop = min((o.start for o in orgs if o.start >= end), default=len(text))
    geo = re.match(
        r"\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Region|Province|Governorate|"
        r"District|Emirate|Area|State)\b",
        text[end:stop],
    )
    if geo:
        return end + geo.end()
    # "Commissioner for Health, Humanitarian Affairs and Social Development": a list of
    # portfolios, closed by "and"
    portfolios = _PORTFOLIO_LIST.match(text, end, stop)
    if portfolios:
        return portfolios.end()
    bare = _PORTFOLIO_LIST_BARE.match(text, end, stop) or _PORTFOLIO_LIST_AT.match(text, end, stop)
    if bare and all(
        item.split()[-1] in PORTFOLIO_WORDS
        for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", bare.group("items"))
        if item.strip()
    ):
        return bare.end()
    # "Ambassador of Japan to Myanmar", "Representative in Sudan": the countries of a post
    envoy = _OF_COUNTRY_TO.match(text, end, stop)
    if envoy and is_country_name(envoy.group("of")):
        return (
            envoy.end()
            if envoy.group("to") and is_country_name(envoy.group("to"))
            else envoy.end("of")
        )
    posted = _IN_COUNTRY.match(text, end, stop)
    if posted and is_country_name(posted.group(1)):
        return posted.end()
    unit = _UNIT_OF_BODY.match(text, end)
    if unit and unit.end() <= stop:
        return unit.end()  # "Head of the Country Cluster Delegation for Central Asia of the …"
    titled = _PORTFOLIO_THEN_TITLE.match(text, end, stop)
    if titled:
        return titled.end("portfolio")  # "Director of Development Projects Eng. A B": the post
    m = re.match(r"(\s*(?:[-–]\s*)?(?:for|of|,)\s+(?:the\s+)?)", text[end:])
    if not m:
        m2 = re.match(r"\s*[-–]\s*", text[end:])
        if not m2:
            return end
        m = m2
    pos = end + m.end()
    last = end
    # "Councillor for Social Welfare, A B": a portfolio of up to three words
    portfolio = _ONE_PORTFOLIO.match(text, pos, stop)
    if portfolio and portfolio.group(0).split()[-1] in PORTFOLIO_WORDS:
        last = portfolio.end()
    for tok in tokenize(text[pos:stop]):
        word = tok.text
        if (
            word in NOT_NAME
            or word in {"and", "of", "the", "region", "&"}
            or word in _REGION_WORDS  # "Regional Director for South America"
            or (word[:1].isupper() and word in gazetteer().demonyms)
        ):
            if word not in {"and", "of", "the", "The", "&"}:
                last = max(last, pos + tok.end)
            continue
        break
    return last


_CONTACT_LINE = re.compile(
    r"^\W*(?:(?:Media|Press|For\s+more\s+information)\s*)?(?:contacts?|enquiries|inquiries)"
    r"(?:\s+for\s+[\w ]{3,30}?)?\s*:",  # ("Contact for partnerships: A B, Officer")
    re.I,
)
#: what may end a contact line after the body: a telephone number, an address for e-mail
_CONTACT_TAIL = re.compile(
    r"[\s.;,]*(?:(?:\+?\d[\d\s().-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[\s.;,|]*)*"
)
_AND_ITS = re.compile(r"\s(?:and|with)\s+its\s+$")


def _org_near(text: str, start: int, end: int, orgs: list[Mention]) -> str | None:
    """The organisation of a role: "ROLE of/at (the) ORG" after it, or "ORG('s) ROLE" before."""
    its = _AND_ITS.search(text, max(0, start - 12), start)
    if its:  # "talks with the Regional Government of Piura and its governor, A B"
        owner = next((m.key for m in reversed(orgs) if m.key and m.end <= its.start()), None)
        if owner and not text[: its.start()].rstrip().endswith((",", ";")):
            last = max(m.end for m in orgs if m.key == owner and m.end <= its.start())
            if not text[last : its.start()].strip():
                return owner
    owner = next(
        (
            m.key
            for m in orgs
            if m.key and m.end <= start and _POSSESSIVE_GAP.fullmatch(text, m.end, start)
        ),
        None,
    )
    if owner and re.match(r"\s+(?:for|in|to|with)\s", text[end : end + 6]):
        return owner  # "the ICRC's head of delegation for the EU": the ICRC's post
    for m in orgs:
        if m.key and m.start >= end:
            gap = text[end : m.start]
            if (
                re.fullmatch(r"\s*(?:of|at|for|with|in)?\s*(?:the\s+)?", gap)
                or re.fullmatch(r"\s*(?:of|at)\s+(?:[Tt]he\s+)?", gap)
                # "vice president of disaster operations and logistics at the ORG"
                or _PORTFOLIO_AT.fullmatch(gap)
                # "Commissioner for Political Affairs, Peace and Security of the ORG"
                or _PORTFOLIO_CAP_AT.fullmatch(gap)
                # "Media contact: A B, Head of Communications, C Society": the line's end
                or (
                    re.fullmatch(r"\s*[,–-]\s*(?:the\s+)?", gap) is not None
                    and _CONTACT_TAIL.fullmatch(text, m.end)
                    and m.source in ("gazetteer", "acronym")  # (not a unit: "…, Services")
                )
                # "Adviser to the Ministry of …"
                or (
                    re.fullmatch(r"\s*to\s+(?:the\s+)?", gap) is not None
                    and re.match(r"(?i)(?:\w+\s+)?(?:advis|counsel|consultant)", text[start:end])
                    is not None
                )
            ):
                if m.source == "pattern":  # "the X Department of the ORG" → ORG
                    for n in orgs:
                        if (
                            n.key
                            and n.start > m.end
                            and re.fullmatch(r"\s*of\s+(?:the\s+)?", text[m.end : n.start])
                        ):
                            return n.key
                return m.key
            break
    before = [m for m in orgs if m.key and m.end <= start]
    for i, m in enumerate(reversed(before)):
        if re.fullmatch(r"(?:['’]s)?\s*", text[m.end : start]):
            return m.key
        # "NDMA's Turkana County Drought Coordinator": the owner, before the post's own words
        # (a place named in them is no employer)
        for n in reversed(before[: len(before) - i]):
            owned = n.text.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), n.end)
            if owned and _OWNER_QUALIFIED.fullmatch(text, n.end, start):
                return n.key
            if n.end < start - 60:
                break
        break
    return None


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
_OWNER_QUALIFIED = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w'’-]*\s+){1,5}")


#: A post's portfolio in lower case, then the organisation ("of communications at the").
_PORTFOLIO_AT = re.compile(
    r"\s*(?:of|for)\s+(?:[a-z][\w-]*(?:,\s+|\s+and\s+|\s+)){1,6}(?:at|with)\s+(?:the\s+)?"
    # "head of the primary health care department of the Ministry of Public Health"
    r"|\s*of\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,5}(?:department|unit|division|section|"
    r"office|programme|service|directorate)\s+(?:of|at)\s+(?:the\s+)?"
)


#: A post's portfolio in capitals, then the organisation ("for Political Affairs of the").
_PORTFOLIO_CAP_AT = re.compile(
    r"\s*(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:,\s+|\s+and\s+|\s+&\s+|\s+)){1,7}"
    r"(?:of|at|with)\s+(?:the\s+)?"
)


#: "Ambassador A B, AU Commissioner …": a rank used as a title before the post itself
_TITLE_THEN_POST = re.compile(
    r"(?-i:(?:Ambassador|General|Colonel|Judge|Bishop|Professor)\s+(?:[A-Z][\w'’.-]+\s+){1,3}?"
    rf"[A-Z][\w'’-]+)\s*,\s*(?:the\s+)?[^,;]{{0,50}}?{ROLE_RE.pattern}",
    re.I,
)


#: Cheap pre-check: a sentence without any of these words names no post.
#: A post may be named: the role cue's word prefixes, "led" and "lead" only as "led by" and
#: "lead" (not "leading", "ledger")
_ROLE_HINT = re.compile(
    r"(?i)\b(?:"
    + "|".join(p for p in CUE_PREFIXES["role"] if p not in ("led", "lead"))
    + r"|headed by|led by|lead\b)"
)
_PUBLIC_OFFICE = re.compile(
    r"(?i)(?:acting |interim |deputy |vice[- ]|state )?(?:minister|ambassador|governor|mayor|"
    r"council+or)"
)
#: "Governor X", "Deputy Mayor X": of the county (or city) the article names
_LOCAL_OFFICE_HELD = re.compile(
    r"(?i)(?:(?:deputy|vice|acting|first\s+deputy)[- ]+)?(?:governor|mayor|council+or)"
)
_LOCAL_OFFICE = re.compile(r"(?i)(?:acting |interim |deputy |vice[- ])?(?:governor|mayor)\b")
_ENVOY = re.compile(
    r"(?i)(?:deputy\s+)?permanent\s+representative\b|state\s+secretary\b|secretary\s+of\s+state\b"
)
_OUR = re.compile(r"\b[Oo]ur\s+(?:[a-z]+\s+)?$")  # "our President", "our island president"
_EUROPEAN_BEFORE = re.compile(r"\b(?:European|EU)\s+$")
_LED_BY = re.compile(r"\b(?:headed|led)\s+by\s+")
_DEPUTY = re.compile(r"\b(?:his|her|their)\s+(deputy|deputies|assistant|counterparts?)\b", re.I)
_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+([A-Z][\w-]+)\s+counterparts?\s*,?\s*$")


_CHAIRED_BY = re.compile(
    r"\b(?P<verb>co-chaired|chaired|moderated|co-moderated|facilitated|co-facilitated)\s+by\s+"
)
_CHAIR_ROLES = {
    "co-chaired": "co-chair",
    "chaired": "chair",
    "moderated": "moderator",
    "co-moderated": "co-moderator",
    "facilitated": "facilitator",
    "co-facilitated": "co-facilitator",
}


def _chaired_by(
    text: str, names: list[tuple[int, int]], orgs: list[Mention], posts: list[PostMention]
) -> None:
    """ "co-chaired by A B (Canadian Red Cross) and C D (Colombian Red Cross)": each chairs
    for the body in brackets after the name."""
    m = _CHAIRED_BY.search(text) if "by " in text else None
    if not m:
        return
    role = _CHAIR_ROLES[m.group("verb")]
    notation = "chair" if "chair" in role else "other"
    prev = m.end()
    for a, b in (n for n in names if n[0] >= m.end()):
        gap = text[prev:a]
        if not re.fullmatch(r"[\s,]*(?:and\s+)?(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?", gap):
            break  # the list of chairs has ended
        org = next(
            (o for o in orgs if o.key and re.fullmatch(r"\s*\(\s*(?:the\s+)?", text[b : o.start])),
            None,
        )
        if org is None:
            break
        name = clean_name(text[a:b])
        if len(name.split()) >= 2 and not any(p.name == name for p in posts):
            posts.append(PostMention(name, a, b, notation, role, org.key))
        close = text.find(")", org.end)
        prev = close + 1 if close >= 0 else org.end


_COUNTERPART_FROM = re.compile(
    r"\b(?:his|her|their)\s+counterparts?\s+(?:from|of|at)\s+(?:the\s+)?$"
)


def _counterpart_from(
    text: str, names: list[tuple[int, int]], orgs: list[Mention], posts: list[PostMention]
) -> None:
    """ "A, Chairman of X, welcomed his counterpart from the Y Society, B": B holds the same
    post at Y."""
    if "counterpart" not in text or not posts:
        return
    for m in orgs:
        if not m.key or not _COUNTERPART_FROM.search(text, 0, m.start):
            continue
        for a, b in (n for n in names if n[0] >= m.end):
            if re.fullmatch(r"\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?", text[m.end : a]):
                name = clean_name(text[a:b])
                if len(name.split()) >= 2 and not any(p.name == name for p in posts):
                    last = posts[-1]
                    posts.append(PostMention(name, a, b, last.role, last.role_text, m.key))
                break


_SIGNED_FOR_AFTER = re.compile(r"[^.;]{0,60}?\bsigned\s+(?:for|on behalf of)\s+")
_SIGNING_FOR_BEFORE = re.compile(
    r"\bSigning\s+(?:for|on behalf of)\s+(?:the\s+)?[^.;]{1,60}?\s+(?:was|were)\s+"
    r"(?:[A-Z][\w.]*\s+){0,2}$"
)


def _signed_for(text: str, span: tuple[int, int], orgs: list[Mention]) -> str | None:
    """ "X, Secretary General, signed for the society", "Signing for the university was
    Professor Y": the body a signatory signed for is the one whose post it is."""
    if "igned" not in text and "Signing" not in text:
        return None
    after = _SIGNED_FOR_AFTER.match(text, span[1])
    if after:
        at = after.end()
    else:
        before = _SIGNING_FOR_BEFORE.search(text, 0, span[0])
        if not before:
            return None
        at = before.start() + len(re.match(r"Signing\s+\S+(?:\s+of)?\s+", before.group(0)).group(0))
    return next((o.key for o in orgs if o.key and at <= o.start <= at + 4), None)


def find_posts(
    text: str,
    orgs: list[Mention],
    context_org: str | None = None,
    government: str | None = None,
    local_government: str | None = None,
    main_org: str | None = None,
    home_government: str | None = None,
    university: str | None = None,
    doc_ministries: dict[str, str] | None = None,
    local_names: dict[str, str] | None = None,
    publisher: str | None = None,
    sole_government: str | None = None,
) -> list[PostMention]:
    """People with posts in one sentence. ``orgs`` are the sentence's resolved mentions;
    ``context_org`` is the organisation a delegation or the document speaks for;
    ``government`` the one government the document names, for ministers;
    ``home_government`` that of the one country the article happens in, for a minister
    named with no country ("Foreign Minister A B" in a story from Damascus); ``university``
    the one university the document names, for a rector or a dean; ``sole_government`` the
    one government body it names, for a minister it would otherwise give to the Movement."""
    if "role" not in sentence_cues(text) or not _ROLE_HINT.search(text):
        # no post named; but "Mr. A B of the C Society" names a member of C, and "A B, who
        # leads the X unit of C" the head of a unit of C
        member = (" of " in text or " from " in text) and any(
            _NAME_OF_BEFORE.search(text, max(0, o.start - 40), o.start) for o in orgs
        )
        heads = ", who " in text
        if not member and not heads:
            return []
        posts: list[PostMention] = []
        names = find_names(text, tokenize(text), orgs)
        if heads:
            _who_heads(text, names, orgs, posts, main_org)
        if member:
            _of_the(text, names, orgs, posts)
        return posts
    tokens = tokenize(text)
    names = find_names(text, tokens, orgs)
    roles: list[_Role] = []
    ministries = {o.key for o in orgs if o.source == "ministry"}
    #: ("the Minister of Labour of the Republic of Kazakhstan": that country's ministry, not
    #: the document's other Ministry of Labour)
    countried = {o.key for o in orgs if o.source == "ministry" and o.country and " of " in o.text}
    skip_until = -1
    for m in ROLE_RE.finditer(text):
        if m.start() < skip_until or any(o.start <= m.start() < o.end for o in orgs):
            continue
        who = (
            re.search(r",\s*who\s+(?:now\s+|also\s+)?$", text[: m.start()])
            if m.group(0) in ("heads", "chairs")
            else None
        )
        heads = _WHO_HEADS.match(text, who.start()) if who else None
        if heads and any(o.key and o.start in (heads.end(), heads.end() - 4) for o in orgs):
            continue  # "A B, who heads the department of the C Society": a verb, read below
        if _TITLE_THEN_POST.match(text, m.start()):
            continue  # "Ambassador A B, AU Commissioner for …": a title of honour, then the post
        if (
            m.group(0) in HONORIFICS
            and _NAME_NEXT.match(text, m.end())
            and re.search(r"[A-Za-z]\s+$", text[: m.start()])
        ):
            continue  # "… and Relief Professor Dr. A B": a title before the name, not a post
        end = _role_tail(text, m.end(), orgs)
        # "Chairman and CEO": two titles, one post
        joined = re.match(r"\s+and\s+", text[end:])
        second = ROLE_RE.match(text, end + joined.end()) if joined else None
        if second is not None:
            end = _role_tail(text, second.end(), orgs)
            skip_until = end
        org = near = _org_near(text, m.start(), end, orgs)
        minister = role_notation(m.group(0)) in ("minister", "ambassador") or bool(
            _ENVOY.match(m.group(0))  # "Japan's Permanent Representative to the UN": an envoy
        )
        if government and minister and (org is None or org in ministries):
            org = government  # the document's one government, not its ministry
        # "Syrian Foreign Minister", "the Kenyan Health Cabinet Secretary": a people's adjective
        # up to three capitalised words before the post
        before = re.search(
            r"\b([A-Z][\w-]+)((?:\s+(?:and\s+)?[A-Z][\w-]+){0,3})\s+$", text[: m.start()]
        )
        code = None
        if (
            minister
            and before
            and not any(o.end > before.start() for o in orgs if o.end <= m.start())
        ):
            words = [before.group(1), *before.group(2).split()]
            code = next(
                (
                    gazetteer().demonyms[w]
                    for w in map(norm_token, words)
                    if w in gazetteer().demonyms
                ),
                None,
            )
        of_country = re.match(
            rf"\s+of\s+(?:the\s+)?{_STATE_OF}([A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}?)(?=[\s,.;]|$)",
            text[m.end() :],
        )
        if minister and not code and of_country:  # "the Ambassador of Denmark to Ukraine"
            code = gazetteer().countries.get(tuple(t.norm for t in tokenize(of_country.group(1))))
        if not code and role_notation(m.group(0)) == "minister":
            # "Minister of Emergency Situations of Uzbekistan" (an envoy's "of A to B" is told
            # by the embassy)
            code = _country_after_portfolio(re.split(r"[,;(]|\.\s", text[m.end() :], maxsplit=1)[0])
        owner = _COUNTRY_POSSESSIVE.search(text, max(0, m.start() - 40), m.start())
        if minister and not code and owner:  # "Qatar's Ambassador to Jordan"
            code = gazetteer().countries.get(tuple(t.norm for t in tokenize(owner.group(1))))
        if code and org == government and government != f"gov-{code.lower()}":
            # "Somalia's Minister of …" in a story with Saudi Arabia's government: Somalia's
            org = near if near != government else None
        if org is None and code:
            org = f"gov-{code.lower()}"  # "Chinese ambassador to Nepal": the government of China
        if (
            org is None
            and m.group(0).lower().startswith("commissioner")
            and _EUROPEAN_BEFORE.search(text, max(0, m.start() - 10), m.start())
        ):
            org = EUROPEAN_COMMISSION  # "A B, European Commissioner for Crisis Management"
        if (
            government is not None
            and org == government
            and near is None
            and not code
            and home_government
            and government != home_government
            and role_notation(m.group(0)) == "minister"
        ):
            # "the Minister of State for Health" in a story from Kampala in which Japan gives:
            # the host country's minister, not the donor's
            org = home_government
        own_country = bool(code) and org == f"gov-{(code or '').lower()}"
        if (
            doc_ministries
            and minister
            and (own_country or (not government and (org is None or org in ministries)))
            and org not in countried
        ):
            # "Health Secretary A B", "the Minister of Health": the Department of Health the
            # document names
            tail = re.match(r"[^,.;]{0,30}", text[end:])
            words = re.findall(r"[A-Z][a-z]+", text[max(0, m.start() - 12) : end + tail.end()])
            org = next(
                (
                    doc_ministries[w.lower()]
                    for w in words
                    if w.lower() in doc_ministries
                    # ("Norway's State Secretary for Foreign Affairs": Norway's ministry only)
                    and (not own_country or doc_ministries[w.lower()].endswith(f"-{code.lower()}"))
                ),
                org,
            )
        if (
            org is None
            and home_government
            and not government
            and role_notation(m.group(0)) == "minister"
            and not any(o.kind == "government" for o in orgs)  # "… the Ministry, where they met …"
        ):
            org = home_government
        civil = _CIVIL_SERVANT_OF.fullmatch(text, m.start(), end) if doc_ministries else None
        if org is None and civil and civil.group(1).lower() in doc_ministries:
            # "the Director-General of Health, A B" in a story that names the Ministry of Health
            org = doc_ministries[civil.group(1).lower()]
        # a name may follow the role's organisation: "Director of the X Society Dr. A B"
        anchor = end
        for o in orgs:
            if o.key == near and o.start >= end and o.start - end < 90:
                anchor = o.end
                acronym = re.match(r"\s*\([^()]{1,12}\)", text[anchor:])
                if acronym:  # "Head of the Iranian Red Crescent Society (IRCS) Pir-Hossein …"
                    anchor += acronym.end()
                break
        if (
            org is None
            and not roles
            and re.search(r"[,;]\s+(?:its|their)\s+$", text[max(0, m.start() - 10) : m.start()])
        ):
            # "A gave $500,000 to B on Monday, its chief executive, C, said": the subject's
            org = next((o.key for o in orgs if o.key and o.end <= m.start()), None)
        if (
            org is None
            and roles
            and roles[-1].org
            and re.search(
                r"(?:,|\band)\s+(?:its|their)\s+$", text[max(0, m.start() - 12) : m.start()]
            )
        ):
            org = roles[
                -1
            ].org  # "the society's President, A B, and its Secretary General": the same
        if local_government and not org and _LOCAL_OFFICE_HELD.match(m.group(0)):
            org = local_government  # "Governor X": of the county (or city) the article names
        placed = False
        place = re.match(r"\s+of\s+([A-Z][\w'’-]+)", text[m.end() :]) if local_names else None
        if place and re.match(r"(?i)governor|mayor|prefect", m.group(0)):
            # "the mayor of Lima", with Lima's and Callao's governments in the article; "the
            # Prefect of Agrigento", with the Prefecture of Agrigento; not "the Mayor of
            # Lampedusa" for the Prefecture of Agrigento named beside
            named = {k for name, k in (local_names or {}).items() if place.group(1) in name}
            if not org or (org in (local_names or {}).values() and org not in named):
                org = next(iter(named)) if len(named) == 1 else None
                placed = org is None
        chief = m.start() - 6 if text.endswith("Chief ", 0, m.start()) else m.start()
        head_of = (
            _PLACE_BEFORE_HEAD.search(text, max(0, chief - 40), chief)
            if local_names
            and (not org or org == home_government)
            and _REGIONAL_HEAD.match(text, chief)
            else None
        )
        if head_of:
            # "Gilgit-Baltistan Chief Minister A B", with the Government of Gilgit-Baltistan
            # in the article
            named = {k for name, k in local_names.items() if name.endswith(f" of {head_of[1]}")}
            org = next(iter(named)) if len(named) == 1 else org
        if not org and publisher and _OUR.search(text, max(0, m.start() - 20), m.start()):
            org = publisher  # "said our Secretary General, A B" in a society's own post
        if university and not org and _ACADEMIC.match(text, m.start()):
            org = university  # "the rector, A B": of the university the article names
        body = next(
            (
                o.end
                for o in orgs
                if o.key == near and o.start >= end and _OF_BODY.fullmatch(text, end, o.start)
            ),
            0,
        )
        roles.append(
            _Role(
                m.start(),
                end,
                text[m.start() : end].strip(" ,-–"),
                org,
                anchor=anchor,
                body_end=body,
                placed=placed,
            )
        )
    chunks = _chunks(text)
    posts: list[PostMention] = []
    pending_names: list[tuple[int, int]] = []
    pending_role: _Role | None = None
    last_post: PostMention | None = None
    as_roles: set[int] = set()  # roles that follow "A B as": A B's, whatever comes next

    def emit(span: tuple[int, int], role: _Role) -> None:
        nonlocal last_post
        attached = {r.org for r in roles if r.org and r.start < role.start}
        contact = (publisher or main_org) if _CONTACT_LINE.match(text) else None
        branch = (
            not role.org
            and main_org is not None
            and main_org.startswith("ns-")
            and _BRANCH_BEFORE.search(text, max(0, role.start - 40), role.start) is not None
        )
        org = (
            role.org
            or contact  # "Media contact: A B, Communications Officer, press@…": the writer's
            # "said Westmoreland branch president A B": the branch of the article's society
            or (main_org if branch else None)
            or _signed_for(text, span, orgs)
            or (None if role.placed else _fallback_org(text, role, orgs, context_org, attached))
        )
        if org is None and main_org and not _PUBLIC_OFFICE.match(role.text):
            org = main_org  # "Secretary General A B said": of the society the article is about
        if (
            not role.org
            and org
            and (org.startswith("ns-") or org in ("ifrc", "icrc"))
            and _PUBLIC_OFFICE.match(role.text)
        ):
            # "signed by the regional minister for Social Welfare, A B, and the president of
            # the X Red Cross": a minister of the one government the article names, never of
            # the Movement
            org = sole_government
        name = clean_name(text[span[0] : span[1]])
        surname = len(name.split()) == 1 and _HONORIFIC_BEFORE.search(text, 0, span[0])
        if (len(name.split()) < 2 and not surname) or not org:
            return  # (a surname alone is kept: the document resolves it to a full name)
        post = PostMention(name, span[0], span[1], role_notation(role.text), role.text, org)
        posts.append(post)
        last_post = post

    # a name that starts inside a role's words ("Ambassador of Japan to Myanmar Kenji Sato")
    # starts after them
    for r in roles:
        for i, (a, b) in enumerate(names):
            if a < r.end < b and len(text[r.end : b].split()) >= 2:
                names[i] = (r.end + len(text[r.end : b]) - len(text[r.end : b].lstrip()), b)
    for c_start, c_end in chunks:
        if pending_role and c_end <= max(pending_role.end, pending_role.body_end) + 1:
            continue  # a chunk inside the role's own words ("for Health, Social Affairs and …")
            # or its body's name ("Minister of Solidarity, Social Affairs and Gender, A B")
        c_roles = [r for r in roles if c_start <= r.start < c_end]
        c_names = [n for n in names if c_start <= n[0] < c_end]
        chunk_text = text[c_start:c_end]
        deputy = _DEPUTY.search(chunk_text)
        if deputy and c_names and last_post and not c_roles:
            word = deputy.group(1).lower()
            if word.startswith("counterpart"):
                continue
            base = last_post.role
            role_code = {
                "secretary_general": "deputy_secretary_general",
                "president": "vice_president",
            }.get(base, base)
            text_role = "Deputy " + last_post.role_text if word == "deputy" else word
            for span in c_names:
                n = clean_name(text[span[0] : span[1]])
                if len(n.split()) >= 2:
                    posts.append(
                        PostMention(n, span[0], span[1], role_code, text_role, last_post.org)
                    )
            pending_names = []
            continue
        paired_names: set[tuple[int, int]] = set()
        for role in c_roles:
            if any(n[1] <= role.start and _AS_ROLE.match(text[n[1] : role.start]) for n in names):
                as_roles.add(id(role))
                continue  # "A B as President, C D as …": A B's post (see _appointed_as)
            after = [
                n
                for n in c_names
                if n[0] >= role.end
                and (
                    _honorific_gap(text[role.end : n[0]])
                    or (n[0] >= role.anchor and _honorific_gap(text[role.anchor : n[0]]))
                    # "Head of the IFRC Country Cluster Delegation for Central Asia A B"
                    or (
                        role.anchor > role.end
                        and n[0] > role.anchor
                        and _UNIT_GAP.fullmatch(text, role.anchor, n[0]) is not None
                    )
                )
            ]
            if after:
                emit(after[0], role)
                role.used = True
                paired_names.add(after[0])
                for prev in c_roles:
                    if (
                        not prev.used
                        and prev.end <= role.start
                        and re.fullmatch(
                            r"\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}",
                            text[prev.end : role.start],
                        )
                    ):
                        emit(after[0], prev)
                        prev.used = True
        first_item_role = c_roles and (not c_names or c_roles[0].start < c_names[0][0])
        if first_item_role and not c_roles[0].used:
            role = c_roles[0]
            if role.org is None:  # "Senior Advisor and UNHCR Representative": one post, one org
                role.org = next((r.org for r in c_roles[1:] if r.org), None)
            if (
                pending_names
                and _CLAUSE_BETWEEN.search(text, pending_names[-1][1], role.start)
                and _PREPOSITION_BEFORE.search(text, max(0, role.start - 12), role.start)
            ):
                # "General A B cordially welcomed the guests and noted that, thanks to … the
                # Founder of …": a clause between the name and the post, which is not the name's
                pending_names = []
            if pending_names:
                # the run of names right before the post ("A and B, members of C"), not a
                # name before a verb ("A held talks with B, Deputy … of C": B's post)
                run = pending_names[-1:]
                for span in reversed(pending_names[:-1]):
                    if not re.fullmatch(
                        r"[\s,]*(?:and\s+)?(?:[A-Z][\w.]*\.?\s+)*", text[span[1] : run[0][0]]
                    ):
                        break
                    run.insert(0, span)
                if len(run) > 1 and not _plural_post(role.text):
                    run = run[-1:]  # "signed by A and B, Head of C": one holder of one post
                for span in run:
                    emit(span, role)
                role.used = True
                pending_names = []
        elif (
            pending_role
            and c_names
            and c_names[0] not in paired_names
            and (not c_roles or c_names[0][0] < c_roles[0].start)
        ) and _honorific_gap(
            # (from the role's end when its words run into this chunk: "… of Group Health,
            # Safety and Environment A B")
            # (or from the end of its organisation's name: "Vice Minister of Labour, Invalids
            # and Social Affairs A B")
            text[
                max(
                    c_start,
                    pending_role.end,
                    pending_role.anchor if pending_role.anchor <= c_names[0][0] else 0,
                ) : c_names[0][0]
            ].replace("and", "")
        ):
            emit(c_names[0], pending_role)
            pending_role.used = True
            paired_names.add(c_names[0])
        counterpart = None
        for span in c_names:
            if span in paired_names:
                continue
            # "… his Moroccan counterpart Ali B" or, across the comma, "…, A B"
            cm = _COUNTERPART.search(text[max(0, c_start - 40) : span[0]])
            if cm and last_post:
                code = gazetteer().demonyms.get(cm.group(1).lower())
                if code and last_post.org and last_post.org.startswith("ns-"):
                    counterpart = PostMention(
                        clean_name(text[span[0] : span[1]]),
                        span[0],
                        span[1],
                        last_post.role,
                        last_post.role_text,
                        f"ns-{code.lower()}",
                    )
                    posts.append(counterpart)
                    paired_names.add(span)
        unpaired = [n for n in c_names if n not in paired_names]
        if c_roles:
            pending_names = [n for n in unpaired if n[0] > c_roles[-1].end]
        elif c_names:
            pending_names = unpaired
        else:
            pending_names = []
        unused = [r for r in c_roles if not r.used and id(r) not in as_roles]
        pending_role = (
            unused[-1] if unused and not any(n[0] > unused[-1].end for n in c_names) else None
        )
    _chaired_by(text, names, orgs, posts)
    _counterpart_from(text, names, orgs, posts)
    _led_by(text, names, orgs, context_org, posts)
    _bracketed(text, names, roles, orgs, posts)
    _who_heads(text, names, orgs, posts, main_org)
    _of_the(text, names, orgs, posts)
    _elected(text, names, roles, posts)
    _appointed_as(text, names, roles, orgs, context_org, posts)
    _contact_line(text, names, roles, orgs, posts)
    return posts


#: "Sarah N, WFP Uganda, Communications Officer": a contact line, the body before the post
_CONTACT_GAP = re.compile(r"\s*,\s*")
_CONTACT_REST = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*")


def _plural_post(role_text: str) -> bool:
    """ "Co-Chairs", "Heads of Delegation", "members of": a post several people hold."""
    head = re.split(r"\s+(?:of|for|at|to|in)\s+|,", role_text, maxsplit=1)[0]
    return bool(re.search(r"(?<!s)s(?:-[A-Z][a-z]+)?$", head))  # ("Secretaries-General")


def _contact_line(
    text: str,
    names: list[tuple[int, int]],
    roles: list[_Role],
    orgs: list[Mention],
    posts: list[PostMention],
) -> None:
    """A line of a press release's contacts that names the person, then the body, then the
    post (the usual order, post first, is read above)."""
    lead = len(text) - len(text.lstrip())
    span = next((n for n in names if n[0] == lead), None)
    if span is None or any(p.start == span[0] for p in posts):
        return
    gap = _CONTACT_GAP.match(text, span[1])
    org = next((o for o in orgs if o.key and gap and o.start == gap.end()), None)
    rest = _CONTACT_REST.match(text, org.end) if org else None
    role = next((r for r in roles if rest and r.start >= rest.end()), None)
    if org is None or rest is None or role is None:
        return
    if re.search(r"[a-z]{3,}", text[rest.end() : role.start]) and not re.fullmatch(
        r"(?:[A-Z][\w-]*\s+){0,3}", text[rest.end() : role.start]
    ):
        return  # a sentence, not a line of a list
    name = clean_name(text[span[0] : span[1]])
    if len(name.split()) >= 2:
        role_text = text[rest.end() : role.end].strip(" ,-–")
        posts.append(
            PostMention(name, span[0], span[1], role_notation(role.text), role_text, org.key)
        )


_AS_ROLE = re.compile(
    r"^\s*,?\s+as\s+(?:the\s+)?(?:its\s+|their\s+|(?:society|organi[sz]ation|federation|"
    r"committee|agency|movement|charity|foundation)['’]s\s+)?(?:new\s+|next\s+|first\s+)?$",
    re.I,
)


def _appointed_as(
    text: str,
    names: list[tuple[int, int]],
    roles: list[_Role],
    orgs: list[Mention],
    context_org: str | None,
    posts: list[PostMention],
) -> None:
    """ "… has appointed A B as Secretary General of the society": A B holds the post."""
    for role in roles:
        if role.used:
            continue
        name = next(
            (n for n in names if n[1] <= role.start and _AS_ROLE.match(text[n[1] : role.start])),
            None,
        )
        if name is None:
            continue
        org = role.org or _fallback_org(text, role, orgs, context_org)
        person = clean_name(text[name[0] : name[1]])
        if org and len(person.split()) >= 2:
            posts.append(
                PostMention(person, name[0], name[1], role_notation(role.text), role.text, org)
            )
            role.used = True


def _bracketed(
    text: str,
    names: list[tuple[int, int]],
    roles: list[_Role],
    orgs: list[Mention],
    posts: list[PostMention],
) -> None:
    """ "Maris Kalnins (Latvian Red Cross President)", "Musa Bello (President, Nigerian Red
    Cross Society)": the post in brackets after a name."""
    for n in names:
        opened = re.match(r"\s*\(", text[n[1] :])
        if not opened:
            continue
        close = text.find(")", n[1])
        role = next((r for r in roles if n[1] < r.start < close and r.end <= close + 1), None)
        if role is None:
            continue
        org = (
            role.org
            or next(  # "(Head of Delegation, ICRC Abuja)": the body after the comma
                (o.key for o in orgs if o.key and role.end <= o.start < close),
                None,
            )
            or _labelled(text, orgs, n[0])
        )
        if org is None:
            continue
        name = clean_name(text[n[0] : n[1]])
        for p in [p for p in posts if p.start == n[0]]:
            posts.remove(p)  # a wrong pairing made across the brackets
        posts.append(PostMention(name, n[0], n[1], role_notation(role.text), role.text, org))
        role.used = True


def _labelled(text: str, orgs: list[Mention], before: int) -> str | None:
    """ "- IFRC Country Delegation: A B (Head of Delegation)": the body the line is told
    under, when its colon comes before the name at ``before``."""
    label = line_label(text, orgs)
    return label[0] if label and label[1] <= before else None


_NAME_OF_BEFORE = re.compile(r"[A-Z][\w'’-]+\s+(?:of|from)\s+(?:the\s+)?$")
_OF_THE = re.compile(r"\s*,?\s+(?:of|from)\s+(?:the\s+)?")


def _of_the(
    text: str, names: list[tuple[int, int]], orgs: list[Mention], posts: list[PostMention]
) -> None:
    """ "said Mr. Pitambar Aryal of the Nepal Red Cross Society": a member of that body."""
    named = {p.start for p in posts}
    for n in names:
        if n[0] in named:
            continue
        m = _OF_THE.match(text, n[1])
        org = next((o for o in orgs if m and o.key and o.start == m.end()), None)
        if org is None and m:  # the mention may start with the "the " already read
            org = next((o for o in orgs if o.key and o.start == m.end() - 4), None)
        name = clean_name(text[n[0] : n[1]])
        words = name.split()
        if (
            org is not None
            and len(words) >= 2
            and words[0].lower() not in gazetteer().demonyms  # "American Friends of …"
            and not set(words) & (ORG_HEADS | {"Friends", "Members", "Volunteers", "Staff"})
        ):
            posts.append(PostMention(name, n[0], n[1], "member", "member", org.key))


_ACADEMIC = re.compile(
    r"(?i)(?:vice[- ])?(?:rector|chancellor|dean|provost)\b|"
    r"(?:associate |assistant |adjunct |full )?(?:professor|lecturer)\b"
)
#: "A B, who leads …": the verbs that make the person the head of what follows
_WHO_HEAD_VERB = (
    r"\s*,\s*who\s+(?:now\s+|also\s+|currently\s+)?(?P<verb>leads|heads|directs|runs|manages|"
    r"chairs|coordinates|oversees)\s+"
)
_WHO_HEADS = re.compile(
    _WHO_HEAD_VERB + r"(?P<what>(?:the\s+|its\s+)?(?:[\w-]+\s+){0,5}?)(?:at|of|for)\s+(?:the\s+)?"
)
_WHO_LED = re.compile(
    r"\s*,\s*who\s+(?:has|had)\s+(?:led|headed|chaired|run)\s+the\s+(?:society|organi[sz]ation|"
    r"federation|national\s+society)\b(?!\s+of\b)"
)
#: "A B, who has chaired the Malta Red Cross Society since 2022", "… the Maltese society"
_WHO_LED_NAMED = re.compile(
    r"\s*,\s*who\s+(?:has|had)\s+(?:also\s+)?(?P<verb>led|headed|chaired|presided\s+over|run)\s+"
    r"(?:the\s+)?(?:(?P<people>[A-Z][a-z]+)\s+(?:national\s+)?society\b)?"
)
_LED_ROLE = {"chaired": "Chair", "presided over": "President"}
_OF_FOR_AT = re.compile(r"\s+(?:at|of|for)\s+(?:the\s+)?$")
_HEADS_ROLE = {
    "chairs": "Chair",
    "coordinates": "Coordinator",
    "directs": "Director",
    "manages": "Manager",
}
#: a body's unit, after its owner's possessive ("the C Society's Marsabit branch")
_UNIT_WORDS = [
    "branch",
    "chapter",
    "office",
    "department",
    "unit",
    "programme",
    "program",
    "team",
    "division",
    "section",
    "delegation",
    "committee",
    "operations",
    "operation",
    "centre",
    "center",
    "warehouse",
    "hub",
]
_OWNED_UNIT = re.compile(
    r"(?:['’]s)?\s+((?:[A-Z][\w-]*\s+)*(?:[a-z][\w-]*\s+){0,2}?(?:"
    + "|".join(_UNIT_WORDS)
    + r"))\b"
)
_WHO_HEADS_OWNED = re.compile(_WHO_HEAD_VERB + r"(?:the\s+)?")


def _who_heads(
    text: str,
    names: list[tuple[int, int]],
    orgs: list[Mention],
    posts: list[PostMention],
    main_org: str | None = None,
) -> None:
    """ "said A B, who leads the disaster management department of the C Society": a post at C
    (the head of that unit); "A B, who has led the society since 2020": the head of the
    article's society."""
    named = {p.start for p in posts}
    for n in names:
        m = _WHO_HEADS.match(text, n[1])
        led = _WHO_LED.match(text, n[1]) if m is None and main_org else None
        name = clean_name(text[n[0] : n[1]])
        if (
            led
            and len(name.split()) >= 2
            and not any(p.start == n[0] and p.org == main_org for p in posts)
        ):
            posts.append(PostMention(name, n[0], n[1], "head", "Head", main_org))
            continue
        named_led = _WHO_LED_NAMED.match(text, n[1]) if m is None and n[0] not in named else None
        if named_led and len(name.split()) >= 2:
            people = named_led.group("people")
            code = gazetteer().demonyms.get(people.lower()) if people else None
            body = f"ns-{code.lower()}" if code else None
            if not people:
                at = named_led.end()
                body = next((o.key for o in orgs if o.key and o.start in (at, at + 4)), None)
            if body and (body in gazetteer().orgs or any(o.key == body for o in orgs)):
                role = _LED_ROLE.get(re.sub(r"\s+", " ", named_led.group("verb")), "Head")
                posts.append(PostMention(name, n[0], n[1], role_notation(role), role, body))
                continue
        owned = _WHO_HEADS_OWNED.match(text, n[1]) if m is None and n[0] not in named else None
        if owned and len(name.split()) >= 2:
            # "A B, who manages the Kenya Red Cross's Marsabit branch": a post at its owner
            at = owned.end()
            body = next((o for o in orgs if o.key and o.start == at), None)
            unit = (
                _OWNED_UNIT.match(text, body.end)
                if body
                and (body.text.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), body.end))
                else None
            )
            if body and unit:
                head = _HEADS_ROLE.get(owned.group("verb"), "Head")
                role_text = f"{head} of {unit.group(1)}"
                posts.append(
                    PostMention(name, n[0], n[1], role_notation(role_text), role_text, body.key)
                )
                continue
        if n[0] in named or m is None:
            continue
        org = next((o for o in orgs if o.key and o.start in (m.end(), m.end() - 4)), None)
        what = m.group("what")
        if org is None:
            # "who coordinates the network of heating points for the X branch of the C
            # Society": the first body named after "of", "for" or "at", in the same clause
            start = m.start("what")
            org = next(
                (
                    o
                    for o in orgs
                    if o.key
                    and start < o.start <= start + 150
                    and _OF_FOR_AT.search(text, start, o.start)
                    and not re.search(r"[.;:]|,\s", text[start : o.start])
                ),
                None,
            )
            what = _OF_FOR_AT.split(text[start : org.start])[0] if org else what
        name = clean_name(text[n[0] : n[1]])
        if org is None or len(name.split()) < 2:
            continue
        unit = re.sub(r"^(?:the|its)\s+", "", what.strip())
        head = _HEADS_ROLE.get(m.group("verb"), "Head")
        role_text = f"{head} of {unit}" if unit else head
        posts.append(PostMention(name, n[0], n[1], role_notation(role_text), role_text, org.key))


_ELECTED = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|is being)\s+(?:unanimously\s+)?"
    r"(?:re-?)?(?:elected|appointed|named|nominated|chosen|confirmed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?$"
    # "Ms Lund was previously Secretary General of …": a post held before
    r"|\b(?:was|is|had been|has been)\s+(?:previously|formerly|also|once|until\s+recently)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _elected(
    text: str, names: list[tuple[int, int]], roles: list[_Role], posts: list[PostMention]
) -> None:
    """ "A B, …, was elected President of the IFRC": the sentence's subject holds the post."""
    for role in roles:
        if (
            role.used
            or not role.org
            or not _ELECTED.search(text[max(0, role.start - 60) : role.start])
        ):
            continue
        subject = next((n for n in names if n[1] <= role.start), None)
        if subject is None:
            continue
        name = clean_name(text[subject[0] : subject[1]])
        post = PostMention(
            name, subject[0], subject[1], role_notation(role.text), role.text, role.org
        )
        whole = len(name.split()) >= 2 or _HONORIFIC_BEFORE.search(text, 0, subject[0])
        if whole and all((p.name, p.org, p.role) != (name, post.org, post.role) for p in posts):
            posts.append(post)
            role.used = True


_TOLD_BY_AFTER = re.compile(r",\s+(?:the\s+)?")


def _led_by(
    text: str,
    names: list[tuple[int, int]],
    orgs: list[Mention],
    context_org: str | None,
    posts: list[PostMention],
) -> None:
    """ "the X delegation, headed by Ms A B": A B heads the organisation named before."""
    named = {p.start for p in posts}
    for m in _LED_BY.finditer(text):
        span = next(
            (n for n in names if n[0] >= m.end() and _honorific_gap(text[m.end() : n[0]])), None
        )
        if span is None or span[0] in named:
            continue
        if ROLE_RE.match(text, m.end()):
            continue
        before = [o.key for o in orgs if o.key and o.end <= m.start()]
        teller = _TOLD_BY_AFTER.match(text, span[1]) if not before else None
        told = [o.key for o in orgs if o.key and teller and o.start == teller.end()]
        # ("The team is led by A B, the German Red Cross said": the body that tells it, not
        # a delegation named in an earlier sentence)
        org = before[-1] if before else (told[0] if told else context_org)
        name = clean_name(text[span[0] : span[1]])
        if org and len(name.split()) >= 2:
            posts.append(PostMention(name, span[0], span[1], "head", "Head", org))


def _chunks(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in _SPLIT.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _fallback_org(
    text: str,
    role: _Role,
    orgs: list[Mention],
    context: str | None,
    attached: set[str] | None = None,
) -> str | None:
    """A role without an attached organisation: the closest one before it in the sentence
    that is not another role's ("IFRC Board member X, Treasurer Y" → not IFRC), else the
    sentence's first organisation, else the organisation the sentence speaks for."""
    attached = attached or set()
    if _LOCAL_OFFICE.match(role.text):
        # "the acting mayor of Pemba, A B, visited … with the society": a local government's
        orgs = [m for m in orgs if m.kind == "government"]
        context = None
    before = [m for m in orgs if m.key and m.end <= role.start]
    free = [m for m in before if m.key not in attached]
    if free and role.start - free[-1].end < 120:
        return free[-1].key
    if before:
        return before[0].key
    if context:
        return context
    keys = {m.key for m in orgs if m.key}
    return next(iter(keys)) if len(keys) == 1 else None


__all__ = ["PostMention", "clean_name", "find_names", "find_posts"]
