"""Organisation, country and place mentions, and their resolution within a document.

Three sources of mentions, in order of trust:

1. the gazetteer — every name and alias of the reference data (longest match wins;
   acronyms match case-sensitively);
2. the document's own definitions — "Full Name (ACR)" makes ACR that organisation here;
3. the text's cues — capitalised names headed by Society, Ministry, Foundation …, and
   "the Government of X".

Ambiguous acronyms (IRCS, KRCS …) are resolved from the document's context — a long form
or the country named in the same document — or left unresolved.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from graph.dates import MONTHS, WEEKDAYS
from graph.extract.lexicon import (
    COMPANY_HEADS,
    CONNECTORS,
    EVENT_HEADS,
    GOVERNMENT_WORDS,
    HONORIFICS,
    LEGAL_FORMS,
    MONTH_NAMES,
    NOT_NAME,
    NUMBER_WORDS,
    ORG_HEADS,
    ROLE_RE,
    STATE_STYLE,
    WEEKDAY_NAMES,
    WORLD_REGIONS,
)
from graph.facts import Organisation
from graph.identifiers import slugify
from graph.reference import load_countries, load_places, load_reference

#: a capital of the Latin alphabets ("Škoda", "Česká")
_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_CAP_WORD = rf"[{_CAP}][\w&'’.-]*"
TOKEN_RE = re.compile(r"\w+(?:[-'’.&]\w+)*", re.UNICODE)
_ACRONYM_RE = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Za-z]{2,8}$")


@lru_cache(maxsize=262_144)
def norm_token(token: str) -> str:
    """Lower-case, accent-free form of a token, possessive dropped.

    >>> norm_token("QRCS’s"), norm_token("Kızılay")
    ('qrcs', 'kizilay')
    """
    t = token.replace("ı", "i").replace("’", "'")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    return t[:-2] if t.endswith("'s") else t


def is_acronym(name: str) -> bool:
    """True for names like ICRC, AzRCS, U.N. — matched case-sensitively."""
    bare = name.replace(".", "")
    return bool(_ACRONYM_RE.match(bare)) and sum(c.isupper() for c in bare) >= max(2, len(bare) - 2)


class Token(NamedTuple):
    """A word of a sentence with its span (sentence-relative) and normal form (a tuple:
    sentences have many words, and tuples are the cheapest objects to make)."""

    text: str
    start: int
    end: int
    norm: str


def tokenize(text: str) -> tuple[Token, ...]:
    """Words of ``text`` with offsets (cached: each stage of a sentence reuses them)."""
    return _analyse(text)[0]


def capitalised_at(text: str) -> tuple[int, ...]:
    """Indices of the tokens of ``text`` that start with a capital or a digit: the only
    places a name can start (look-ups skip the rest of the sentence)."""
    return _analyse(text)[1]


_new_token = tuple.__new__


@lru_cache(maxsize=8192)
def _analyse(text: str) -> tuple[tuple[Token, ...], tuple[int, ...]]:
    tokens = []
    caps = []
    for i, m in enumerate(TOKEN_RE.finditer(text)):
        word = m.group(0)
        a, b = m.span()
        tokens.append(_new_token(Token, (word, a, b, norm_token(word))))
        if word[0].isupper() or word[0].isdigit():
            caps.append(i)
    return tuple(tokens), tuple(caps)


@dataclass(slots=True)
class Gazetteer:
    """Phrase and acronym look-up tables built from the reference data."""

    phrases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    acronyms: dict[str, set[str]] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    countries: dict[tuple[str, ...], str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    places: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_len: int = 1
    #: first word of a phrase → the longest phrase starting with it (skips hopeless tries)
    starts: dict[str, int] = field(default_factory=dict)
    place_starts: dict[str, int] = field(default_factory=dict)

    def add_phrase(self, table: dict[tuple[str, ...], set[str]], name: str, key: str) -> None:
        words = tuple(t.norm for t in tokenize(name))
        if words and words[0] == "the":
            words = words[1:]
        if words:
            table.setdefault(words, set()).add(key)
            self.max_len = max(self.max_len, len(words))
            self.starts[words[0]] = max(self.starts.get(words[0], 0), len(words))


#: Reference keys of the two EU bodies a Commissioner's post may belong to
EUROPEAN_COMMISSION, EUROPEAN_UNION = "european-commission", "eu"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The look-up tables, built once per process."""
    gz = Gazetteer()
    for org in load_reference():
        gz.orgs[org.key] = org
        for name in (org.label, *org.aliases):
            if is_acronym(name):
                gz.acronyms.setdefault(name.replace(".", ""), set()).add(org.key)
            else:
                gz.add_phrase(gz.phrases, name, org.key)
    for code, country in load_countries().items():
        for name in country.names:
            words = tuple(t.norm for t in tokenize(name))
            if words and words[0] == "the":
                words = words[1:]
            if words and not is_acronym(name):
                gz.countries[words] = code
        for dem in country.demonyms:
            gz.demonyms[norm_token(dem)] = code
    for name, code in load_places().items():
        gz.places[tuple(t.norm for t in tokenize(name))] = code
    for table in (gz.countries, gz.places):
        for words in table:
            gz.place_starts[words[0]] = max(gz.place_starts.get(words[0], 0), len(words))
    # the tables live as long as the process: frozen, no later collection walks their
    # objects again (about 4 % of extraction time on 1,000 articles)
    gc.freeze()
    return gz


@dataclass(slots=True)
class Mention:
    """A span of a sentence that names something, with what it may refer to.

    ``start``/``end`` are offsets in the sentence; ``keys`` the candidate organisation
    keys (resolved when exactly one); ``source`` says which rule found it.
    """

    start: int
    end: int
    text: str
    keys: set[str]
    source: str
    kind: str = "other"
    country: str | None = None
    label: str | None = None

    @property
    def key(self) -> str | None:
        """The resolved key, or None while ambiguous."""
        keys = self.keys
        if len(keys) == 1:
            for key in keys:  # (read often: a loop is cheaper than next(iter(…)))
                return key
        return None


@dataclass(slots=True)
class PlaceMention:
    """A country or a known place in a sentence."""

    start: int
    end: int
    text: str
    country: str
    is_country: bool


def _capitalised(token: Token) -> bool:
    # (a French elision before a capital is part of a name: "MTN Côte d'Ivoire")
    t = token.text
    return t[:1].isupper() or t[:1].isdigit() or (t[1:2] in "'’" and t[2:3].isupper())


def find_places(text: str, tokens: list[Token] | None = None) -> list[PlaceMention]:
    """Countries and known places in a sentence (longest match)."""
    if tokens is None:
        return list(_places_of(text))
    return _find_places(text, tokens)


@lru_cache(maxsize=8192)
def _places_of(text: str) -> tuple[PlaceMention, ...]:
    return tuple(_find_places(text, None))


def _find_places(text: str, tokens: list[Token] | tuple[Token, ...] | None) -> list[PlaceMention]:
    gz = gazetteer()
    if tokens is None:
        tokens, starts = tokenize(text), capitalised_at(text)
    else:
        starts = tuple(i for i, t in enumerate(tokens) if _capitalised(t))
    out: list[PlaceMention] = []
    after = 0
    for i in starts:
        if i < after:
            continue
        longest = gz.place_starts.get(tokens[i].norm, 0)
        for n in range(min(longest, len(tokens) - i), 0, -1):
            words = tuple(t.norm for t in tokens[i : i + n])
            code = gz.countries.get(words)
            is_country = code is not None
            if code is None:
                code = gz.places.get(words)
            if code is not None:
                a, b = tokens[i].start, tokens[i + n - 1].end
                if not is_country and n == 1 and _between_names(text, tokens, i):
                    break  # "Gustavo Medina Santana": a name's word, not the city
                out.append(PlaceMention(a, b, text[a:b], code, is_country))
                after = i + n
                break
    return out


def _between_names(text: str, tokens: list[Token] | tuple[Token, ...], i: int) -> bool:
    """True when capitalised words, not places, stand right before and after token ``i``
    (not at the start of the sentence)."""
    if i < 2 or i + 1 >= len(tokens):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    gz = gazetteer()
    return (
        text[prev.end : tokens[i].start] == " "
        and text[tokens[i].end : nxt.start] == " "
        and re.fullmatch(r"[A-Z][a-záéíóúñãõç]+", prev.text) is not None
        and re.fullmatch(r"[A-Z][a-záéíóúñãõç]+", nxt.text) is not None
        and prev.text not in NOT_NAME
        and nxt.text not in NOT_NAME
        and (prev.norm,) not in gz.places
        and (nxt.norm,) not in gz.places
        and (prev.norm,) not in gz.countries
        and prev.norm not in gz.demonyms
    )


def _joined(text: str, tokens: tuple[Token, ...] | list[Token], i: int, n: int) -> bool:
    """True when the ``n`` tokens from ``i`` are separated only by spaces, hyphens, commas or
    an ampersand ("Foreign, Commonwealth & Development Office")."""
    for j in range(i, i + n - 1):
        if text[tokens[j].end : tokens[j + 1].start].strip() not in ("", "-", "–", ",", "&"):
            return False
    return True


def _inside_longer_name(
    text: str,
    tokens: tuple[Token, ...] | list[Token],
    i: int,
    keys: set[str],
    *,
    at_start: bool = False,
) -> bool:
    """A known body's name right after a place word ("Africa Centres for Disease Control")
    is part of a longer name, unless it is a National Society's (those carry their country)."""
    prev = tokens[i - 1]
    gz = gazetteer()
    return (
        text[prev.end : tokens[i].start] == " "
        and prev.text[:1].isupper()
        and (at_start or i - 1 > 0)
        and ((prev.norm,) in gz.places or (prev.norm,) in gz.countries or prev.norm in _CONTINENTS)
        and not any(k.startswith("ns-") for k in keys)
    )


_CONTINENTS = frozenset({"africa", "asia", "europe", "america", "americas", "oceania", "arab"})


#: Countries in their own languages, as national branches of NGOs are named ("CARE
#: Nederland", "Caritas Deutschland")
_NATIVE_COUNTRIES = {
    "nederland": "NL",
    "deutschland": "DE",
    "espana": "ES",
    "italia": "IT",
    "sverige": "SE",
    "norge": "NO",
    "danmark": "DK",
    "suomi": "FI",
    "osterreich": "AT",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "belgique": "BE",
    "belgie": "BE",
    "polska": "PL",
    "brasil": "BR",
    "mexico": "MX",
    "peru": "PE",
    "colombia": "CO",
}


def _branch_of(text: str, tokens: list[Token], j: int) -> str | None:
    """The country of a national branch named by the word at ``j`` after an NGO's name
    ("Save the Children Norway", "CARE Nederland"), "" for a branch's own name ("Oxfam
    Novib", "Oxfam Intermón"), or None when the word does not name a branch."""
    gz = gazetteer()
    tok = tokens[j]
    if (tok.norm,) in gz.countries:
        return gz.countries[(tok.norm,)]
    if tok.norm in _NATIVE_COUNTRIES:
        return _NATIVE_COUNTRIES[tok.norm]
    if (
        tok.text[:1].isupper()
        and tok.text[1:].islower()
        and len(tok.text) > 2
        and tok.text not in NOT_NAME
        and not ROLE_RE.fullmatch(tok.text)
        and (tok.norm,) not in gz.places
        and tok.norm not in gz.demonyms
        and (tok.norm,) not in gz.phrases
        and not re.match(r"\s*['’(]|\s+[A-Z]", text[tok.end :])
    ):
        return ""  # "Oxfam Novib and ZOA": a branch's own name
    return None


def _gazetteer_mentions(text: str, tokens: list[Token]) -> list[Mention]:
    gz = gazetteer()
    out: list[Mention] = []
    after = 0
    for i in capitalised_at(text):
        if i < after:
            continue
        tok = tokens[i]
        found = False
        longest = gz.starts.get(tok.norm, 0)
        if longest:
            for n in range(min(longest, len(tokens) - i), 0, -1):
                words = tuple(t.norm for t in tokens[i : i + n])
                keys = gz.phrases.get(words)
                if keys and n > 1 and not _joined(text, tokens, i, n):
                    continue  # "MDA), Israel": words of one name follow each other
                if keys and i and _inside_longer_name(text, tokens, i, keys):
                    break  # "Africa Centres for Disease Control": another body's name
                if keys and (n > 1 or not tok.text.islower()):
                    a, b = tok.start, tokens[i + n - 1].end
                    # "Save the Children Norway": a national branch of an international NGO
                    nxt = tokens[i + n] if i + n < len(tokens) else None
                    branch = (
                        _branch_of(text, tokens, i + n)
                        if nxt is not None
                        and text[b : nxt.start] == " "
                        and all(gz.orgs[k].kind == "ngo" for k in keys)
                        else None
                    )
                    if branch is not None:
                        name = text[a : nxt.end]
                        out.append(
                            Mention(
                                a,
                                nxt.end,
                                name,
                                {slugify(name)},
                                "pattern",
                                "ngo",
                                branch or None,
                                name,
                            )
                        )
                        after = i + n + 1
                        found = True
                        break
                    out.append(Mention(a, b, text[a:b], set(keys), "gazetteer"))
                    after = i + n
                    found = True
                    break
        if not found:
            word = tok.text[:-2] if tok.text.endswith(("'s", "’s")) else tok.text
            bare = word.replace(".", "") if word[:1].isupper() else ""
            branch = (
                _branch_of(text, tokens, i + 1)
                if bare in gz.acronyms
                and word == tok.text
                and i + 1 < len(tokens)
                and text[tok.end : tokens[i + 1].start] == " "
                and all(gz.orgs[k].kind == "ngo" for k in gz.acronyms[bare])
                else None
            )
            if branch is not None:  # "CARE Nederland": a national branch
                end = tokens[i + 1].end
                name = text[tok.start : end]
                out.append(
                    Mention(
                        tok.start,
                        end,
                        name,
                        {slugify(name)},
                        "pattern",
                        "ngo",
                        branch or None,
                        name,
                    )
                )
                after = i + 2
            elif bare in gz.acronyms and not (
                i and _inside_longer_name(text, tokens, i, gz.acronyms[bare], at_start=True)
            ):
                out.append(
                    Mention(
                        tok.start,
                        tok.start + len(word),
                        bare,
                        set(gz.acronyms[bare]),
                        "acronym",
                    )
                )
    return out


#: "the Las Palmas City Council", "the Odemira Municipal Council": a local government
_LOCAL_COUNCIL = re.compile(
    r"\b(?:City|Town|Municipal|County|District|Provincial|Island|Metropolitan|Village|Borough|"
    r"Parish|Regional)\s+Council\b"
)


_SECRETARIAT_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:State\s+|National\s+)?Secretariat\s+of\s+(?!the\b)(.+)"
)
_COUNTRY_S_NATIONAL = re.compile(
    r"(?:[Tt]he\s+)?([A-Z][\w -]*?)['’]s\s+(?:National|Federal|State)\s"
)


def _kind_of(name: str) -> str:
    words = set(name.replace("-", " ").split())
    if {"Hospital", "University", "College"} & words and not {"Ministry", "Government"} & words:
        return "other"  # "Aweil State Hospital", "State University": not a government
    if words & GOVERNMENT_WORDS or _LOCAL_COUNCIL.search(name):
        return "government"
    secretariat = _SECRETARIAT_OF.match(name)
    if secretariat and set(secretariat.group(1).split()) & PORTFOLIO_WORDS:
        return "government"  # "the Secretariat of Foreign Affairs": a ministry (Secretaría)
    owned = _COUNTRY_S_NATIONAL.match(name)
    if owned and country_code(owned.group(1)):
        return "government"  # "Argentina's National Secretariat of Civil Protection"
    first = name.split()[0].lower() if name.split() else ""
    if {"Agency", "Agence"} & words and (
        first in gazetteer().demonyms or (first,) in gazetteer().countries
    ):
        return "government"  # "the Spanish Agency for …", "the French Development Agency"
    if LEGAL_FORMS & {w.rstrip(".") for w in words}:
        return "company"  # a registered company's legal form
    if words & COMPANY_HEADS:
        return "company"  # "Dunnes Stores", "Bapco Energies", "Qatar Airways": a trade
    if {"Church", "University", "Hospital", "Bank", "Company", "Corporation"} & words:
        return "other"
    if {"Red Cross", "Red Crescent"} & {
        " ".join(p) for p in zip(name.split(), name.split()[1:], strict=False)
    }:
        return "other"
    return "ngo"


def _country_in(name: str) -> str | None:
    gz = gazetteer()
    toks = tokenize(name)
    for p in find_places(name, toks):
        if p.is_country:
            return p.country
    for t in toks:
        if t.norm in gz.demonyms:
            return gz.demonyms[t.norm]
    return None


#: A local government named by its area ("… Foundation and Turkana County")
_LOCAL_HEADS = frozenset({"County", "Municipality", "Governorate"})


class _Brand(list):  # type: ignore[type-arg]
    """A name split off after a complete one: a body though it has no head word."""


#: Words that end a firm's name: after one, "and" starts another name
_FIRM_ENDS = frozenset(
    {
        "Group",
        "Bank",
        "Foundation",
        "Company",
        "Corporation",
        "Airlines",
        "Airways",
        "Limited",
        "Ltd",
        "Inc",
        "PLC",
        "Plc",
        "Holdings",
        "Telecom",
        "Trust",
    }
)
#: Words that end a firm's own name after "and" ("Smith Group and Partners")
_NOT_BRANDS = frozenset({"Partners", "Associates", "Affiliates", "Sons", "Daughters", "Co"})


def _split_on_and(tokens: list[Token]) -> list[list[Token]]:
    """Split "A Society and B Foundation" into two names (each side must have a head)."""
    for j, t in enumerate(tokens):
        if t.norm == "and" and 0 < j < len(tokens) - 1:
            left, right = tokens[:j], tokens[j + 1 :]
            if len(right) > 2 and right[0].norm == "of" and right[1].norm == "the":
                right = right[1:]  # "representatives of the A and of the B"
            article = bool(right) and right[0].norm == "the"
            if article:
                right = right[1:]
            # "… and the …" joins two names; otherwise the left name must be complete
            # ("… Foundation and …"), not a complement ("Ministry of Disaster Management and
            # Relief of …")
            acronym = len(left) == 1 and left[0].text.isupper()  # "NORCAP and …"
            # "MTN Uganda and Equity Bank Uganda Limited": a brand and its country, complete
            branded = 2 <= len(left) <= 3 and (left[-1].norm,) in gazetteer().countries
            # "the Department of Civil Protection of Zimbabwe and Madagascar's Bureau …": a
            # country's possessive starts a second name
            owned = (
                len(left) >= 3
                and (left[-1].norm,) in gazetteer().countries
                and bool(right)
                and right[0].text.endswith(("'s", "’s"))
            )
            # "LATAM Airlines Group and Mercado Libre": a complete name, then a brand
            headed_brand = (
                len(left) >= 2
                and left[-1].text in _FIRM_ENDS
                and 1 <= len(right) <= 3
                and all(x.text[:1].isupper() and x.norm not in ("of", "for") for x in right)
                and right[-1].text not in _NOT_BRANDS
                and not any(
                    x.text in ORG_HEADS or x.text in _LOCAL_HEADS or ROLE_RE.fullmatch(x.text)
                    for x in right
                )
                and not _place_or_people(tuple(x.norm for x in right))
            )
            # "the Bhutan Red Cross Society and ICIMOD": an acronym after a complete name
            acronym_after = (
                left[-1].text in ORG_HEADS
                and len(right) == 1
                and right[0].text.isupper()
                and len(right[0].text) >= 3
            )
            if headed_brand or acronym_after:
                return [left, _Brand(right)]
            # "NTT Docomo and the Shizuoka Medical Association": a brand with no head of its
            # own before "and the" and a headed name
            if (
                article
                and 2 <= len(left) <= 3
                and left[0].text.isupper()
                and len(left[0].text) >= 2
                and all(x.text[:1].isupper() and x.text not in ORG_HEADS for x in left)
                and any(x.text in ORG_HEADS for x in right)
                and not _place_or_people(tuple(x.norm for x in left))
            ):
                return [_Brand(left), *_split_on_and(right)]
            if (
                article
                and not any(x.text in ORG_HEADS for x in left)
                and any(x.text in ORG_HEADS for x in right)
                and right[0].text[:1].isupper()
            ):
                # "(OCD) Region XI and the Provincial Government of Davao Oriental": words with
                # no head of their own before "and the" and a headed name are no part of it
                return [left, *_split_on_and(right)]
            if (
                (
                    (article or left[-1].text in ORG_HEADS)
                    and any(x.text in ORG_HEADS for x in left)
                    or acronym
                    or branded
                    or owned
                )
                and (
                    any(x.text in ORG_HEADS or x.text in _LOCAL_HEADS for x in right)
                    # "… of the Kyrgyz Republic and the Bishkek City Hall": a city's
                    or [x.text for x in right[-2:]] == ["City", "Hall"]
                    # "… Oil Company and Zain Kuwait": a brand and its country, a second name
                    or (
                        left[-1].text in ORG_HEADS
                        and 2 <= len(right) <= 3
                        and (right[-1].norm,) in gazetteer().countries
                    )
                )
            ):
                # (the possessive is the second body's owner, read with it: "Madagascar's")
                return [left, *_split_on_and(right[1:] if owned else right)]
    return [tokens]


def _past_owned_part(run: list[Token]) -> list[Token]:
    """ "the Reconciliation Fund of Ireland's Department of Foreign Affairs": a part of the
    body a country's possessive names, which is the body that acts."""
    for j in range(2, len(run) - 1):
        if (
            run[j - 1].norm == "of"
            and run[j].text.endswith(("'s", "’s"))
            and (run[j].norm,) in gazetteer().countries
            and any(t.text in ORG_HEADS for t in run[: j - 1])
            and any(t.text in ORG_HEADS for t in run[j + 1 :])
        ):
            return run[j:]
    return run


def _past_post_to_spelt(text: str, run: list[Token]) -> list[Token]:
    """ "Commissioner General of the Humanitarian Aid Commission (HAC)": the words the
    acronym after the run spells, past the post and its "of the" before them."""
    acronym = re.match(r"\s*\(([A-Z]{3,8})\)", text[run[-1].end :]) if run else None
    if acronym is None:
        return run
    for at in range(2, len(run) - 1):
        if (
            run[at - 1].norm in ("the", "of")
            and run[at].text[:1].isupper()
            and ROLE_RE.fullmatch(" ".join(t.text for t in run[: at - 1]).removesuffix(" of"))
            and spells_acronym(acronym[1], " ".join(t.text for t in run[at:]))
        ):
            return run[at:]
    return run


def _spelt_by_acronym(text: str, run: list[Token]) -> bool:
    """ "the Disaster Management and Mitigation Unit (DMMU)": the acronym after the words
    spells all of them, so the "and" is inside one name."""
    acronym = re.match(r"\s*\(([A-Z]{3,8})\)", text[run[-1].end :]) if run else None
    if acronym is None:
        return False
    words = [t for t in run if t.text[:1].isupper()]
    first = words[-len(acronym[1])] if len(words) >= len(acronym[1]) else None
    initials = "".join(t.text[0] for t in words[-len(acronym[1]) :])
    # (the words it spells may follow a post's: "Coordinator of the Disaster … Unit (DMMU)")
    return (
        first is not None
        and initials == acronym[1]
        and any(t.norm == "and" and t.start > first.start for t in run)
    )


def _cut_place(tokens: list[Token]) -> list[Token]:
    """Drop a trailing "in <Place>" or date from a name ("… Foreign Office in Berlin",
    "… Research in 2022")."""
    gz = gazetteer()
    while len(tokens) > 1 and (tokens[-1].text[:1].isdigit() or tokens[-1].norm in _DATE_WORDS):
        tokens = tokens[:-1]
        while tokens and tokens[-1].norm in CONNECTORS | {"since", "until", "last", "next"}:
            tokens = tokens[:-1]
    for j in range(len(tokens) - 1, 0, -1):
        if tokens[j].norm == "on" and j + 1 < len(tokens):
            tail = tuple(t.norm for t in tokens[j + 1 :])
            if (
                _place_or_people(tail[:1])
                or tail in gz.places
                or tail in gz.countries
                or tokens[j - 1].text in _NOT_ON_HEADS
            ):
                return tokens[:j]  # a headline's "… Foreign Ministry on Rohingya arrivals"
            break
        if tokens[j].norm == "in":
            tail = tuple(t.norm for t in tokens[j + 1 :])
            if tail in gz.places or tail in gz.countries:
                return tokens[:j]
            if tokens[j - 1].text in _PLACE_AFTER_HEADS and len(tail) <= 2:
                return tokens[:j]  # "Mirwais Regional Hospital in Kandahar": the hospital
            if (
                tail[:1] == ("the",)
                and any(t.text in GOVERNMENT_WORDS for t in tokens[:j])
                and not any(t.text in ORG_HEADS for t in tokens[j + 1 :])
            ):
                # "the Ministry of Social Solidarity in the New Administrative Capital": where
                return tokens[:j]
            break
    return tokens


#: Heads whose bodies are never named "… on X" ("Commission on …" and "Forum on …" are)
_NOT_ON_HEADS = frozenset(
    {"Ministry", "Department", "Office", "Society", "Cross", "Crescent", "Agency", "Foundation"}
)
#: Heads of bodies named for what they are, which a place after "in" does not name
_PLACE_AFTER_HEADS = frozenset(
    {"Hospital", "Clinic", "School", "University", "College", "Centre", "Center", "Office"}
    # ("the headquarters of the National Society in Abidjan-Cocody": where it sits)
    | {"Society"}
)


_INITIALS = re.compile(r"^[A-Z](?:\.[A-Z])*$")
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_GAP_BREAK = re.compile(r"[,;:()\"“”–—/|]|\.\s|\s-\s|--")
#: A headline's verbs in title case ("Hilton Foundation Awards US$7.5 Million to …")
_HEADLINE_VERBS = frozenset(
    {
        "Awards",
        "Announces",
        "Signs",
        "Partners",
        "Teams",
        "Unites",
        "Donates",
        "Pledges",
        "Launches",
        "Receives",
        "Gives",
        "Grants",
        "Joins",
        "Welcomes",
        "Hosts",
        "Supports",
        "Funds",
        "Renews",
        "Extends",
        "Delivers",
        "Commits",
    }
)


#: … and after two subjects ("Türk Kızılay and AFAD Sign Protocol on …")
_HEADLINE_PLURAL_VERBS = frozenset(
    {"Sign", "Launch", "Renew", "Agree", "Partner", "Join", "Form", "Extend", "Deliver", "Host"}
    | {"Hold", "Meet", "Strengthen", "Deepen", "Seal", "Ink", "Inaugurate", "Establish", "Unite"}
    | {"Team", "Boost", "Expand", "Formalise", "Formalize", "Conclude", "Discuss", "Pledge"}
)


#: The last word of a place's name, or the word after it ("the Mano River basin")
_GEO_HEADS = frozenset(
    [
        "River",
        "Basin",
        "Valley",
        "Lake",
        "Mountains",
        "Delta",
        "Coast",
        "Peninsula",
        "Plateau",
        "Corridor",
        "Gulf",
        "Sea",
    ]
)
#: First words of places' names in the languages that put the kind first ("the Molo
#: Favarolo", a pier; "the Contrada Imbriacola", "the Playa de Arinaga")
_GEO_FIRST = frozenset(
    ["Molo", "Contrada", "Località", "Piazza", "Plaza", "Praça", "Via", "Calle", "Rue", "Rua"]
    + ["Avenida", "Playa", "Praia", "Isola", "Isla", "Ilha", "Lago", "Golfo", "Bahía", "Baia"]
    + ["Punta", "Capo"]
)
_GEO_AFTER = re.compile(r"\s+(?:basin|valley|river|delta|region|corridor|area|coast|border)\b")
_HEAD_FIRST = frozenset(
    ["Bank", "Banque", "Banco", "Fondation", "Fundación", "Fundação", "Fondazione", "Yayasan"]
)
_CURRENCY_AMOUNT = re.compile(r"[A-Z]{3}\s?\d")


_OWNED_UNIT = re.compile(r"(?:['’]s|\b(?:its|their|our|his|her))\s+(?:the\s+)?$")
_EMBLEM_HEADS = frozenset({"Cross", "Crescent", "Crystal"})
_DAY_BEFORE = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])\s$")
_BEFORE_A_MONTH = re.compile(r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom)\s$")


def _runs(text: str, tokens: list[Token], taken: list[tuple[int, int]]) -> list[list[Token]]:
    """Maximal runs of capitalised words (with connectors) outside ``taken`` spans."""

    runs: list[list[Token]] = []
    cur: list[Token] = []
    covered = bytearray(len(text))  # (the characters of the taken spans, to test in C)
    for a, b in taken:
        covered[a:b] = b"\x01" * (b - a)
    for i, t in enumerate(tokens):
        gap = text[tokens[i - 1].end : t.start] if i else ""
        is_free = covered.find(1, t.start, t.end) < 0
        if gap == ". " and _INITIALS.match(tokens[i - 1].text):
            gap = " "  # "A.P. Moller Foundation"
        elif "\n" in gap and not gap.strip():
            gap = " "  # a wrapped line's indent: "the Ministry of Public Health and\n  Prevention"
        # (two spaces part a menu's or a table's cells: "Home  About Us  Our Work")
        breaks = (gap != " " and (bool(_GAP_BREAK.search(gap)) or "  " in gap)) or not is_free
        ok = is_free and (_capitalised(t) or (t.norm in CONNECTORS and cur))
        if ok and _CURRENCY_AMOUNT.match(text, t.start):
            ok = False  # "the IKEA Foundation CHF 12 million": an amount, not part of a name
        if (
            ok
            and (t.text in _HEADLINE_VERBS or t.text in _HEADLINE_PLURAL_VERBS)
            and i > 0
            and (cur or covered.find(1, tokens[i - 1].start, tokens[i - 1].end) >= 0)
            and (
                tokens[i - 1].text in ORG_HEADS
                or bool(_ACRONYM_RE.match(tokens[i - 1].text))
                or not cur  # ("… and AFAD Sign Protocol …": right after a body named)
            )
            # (a plural verb after two subjects: not "the Kenya Red Cross Partner Relations …")
            and (t.text in _HEADLINE_VERBS or " and " in text[max(0, t.start - 60) : t.start])
        ):
            ok = False  # "… Hilton Foundation Awards US$7.5 Million", "A and AFAD Sign
            # Protocol on …": the headline's verb
        if (
            ok
            and len(cur) >= 2
            and t.text in _HEADLINE_VERBS
            and re.match(r"\s+(?:with|up\s+with)\s", text[t.end :])
        ):
            ok = False  # "Samsung Electronics Partners with …": a verb, after any name
        if (
            ok
            and cur
            and cur[-1].norm not in CONNECTORS
            and (t.text in HONORIFICS or t.text.rstrip(".") in HONORIFICS)
            and i + 1 < len(tokens)
            and _capitalised(tokens[i + 1])
        ):
            breaks = True  # "… Disaster Management and Relief Professor Dr. A B": a title next
        if breaks and cur:
            runs.append(cur)
            cur = []
        if ok:
            cur.append(t)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        while run and run[-1].norm in CONNECTORS:
            run = run[:-1]
        # "In February the Society signed …": a month opens no name
        if (
            len(run) > 2
            and run[0].norm in ("in", "on", "by", "since", "during", "until")
            and run[1].text in _MONTHS
            and run[2].norm == "the"
        ):
            run = run[1:]
        while run and run[0].text in _MONTHS and len(run) > 1 and run[1].norm == "the":
            run = run[1:]
        while run and run[0].norm in CONNECTORS - {"al", "el"}:
            run = run[1:]
        if run:
            out.append(run)
    return out


#: "… that A and B signed in 2022": the phrase before names an agreement
_SIGNED_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:[^.;]{0,60}?\s)?(?:signed|concluded|renewed|agreed|adopted|"
    r"ratified|sealed)\b"
)
#: Words that make a capitalised phrase an event, not an organisation (a "Council" is
#: both: it heads an event's name, but a named Council is a body).
EVENT_WORDS = (frozenset(EVENT_HEADS) - {"Council"}) | {
    "Meetings",
    "Conventions",
    "Day",
    "Year",
    "Strategy",
}
_REGIONAL_EMBLEM = re.compile(
    r"(?:The\s+)?(?:(?:Asia|Pacific|Africa|African|Europe|European|Americas|American|Gulf|"
    r"Caribbean|Balkan|Baltic|Nordic|Scandinavian|Arab|Asian|Central|South|North|East|West|"
    r"Southeast|South-East|Northeast|North-East|Southwest|Northwest|"
    r"Southern|Northern|Sahel|Andean|Mediterranean|Pacific Island|"
    r"Eastern|Western|Middle|Latin|Global|Regional|International|Horn\s+of\s+Africa|"
    r"Great\s+Lakes|Lake\s+Chad|Indian\s+Ocean|Black\s+Sea|Red\s+Sea)\s+)+Red\s+(?:Cross|Crescent)"
    r"(?:\s+and\s+Red\s+(?:Cross|Crescent))?"
)
#: "Nestlé Ecuador", "Unilever Pakistan": a company's national arm (a brand before a country)
_BRAND_COUNTRY_NOT = frozenset(
    {
        "North",  # "South Lebanon": a region of the country
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Rural",
        "Coastal",
        "Upper",
        "Lower",
        "Greater",
        "Atlantic",  # "Atlantic Canada"
        "Pacific",
        "Arctic",
        "Mainland",
        "Metropolitan",
        "New",
        "Mount",
        "Lake",
        "Visit",
        "In",
        "To",
        "From",
        "For",
        "Of",
        "And",
        "The",
        "Across",
        "Inside",
        "Outside",
        "Neighbouring",
        "Neighboring",
        "Post",
        "Pre",
        "Free",
    }
)
#: "with the support of the Region of Attica", "funded by the Region of Lombardy": a region
#: that pays is its government (in the region it is a place)
_REGION_FUNDS = re.compile(
    r"(?:\b(?:support|funding|financing|help|contribution)\s+(?:of|from)|"
    r"\b(?:funded|financed|supported|paid\s+for)\s+by)\s+the\s+"
    rf"(?P<name>Region\s+of\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}})"
)
_LOCAL_GOVERNMENT_OF = re.compile(
    r"\b(?P<level>regional|provincial|municipal|local|county|state|city|district|departmental)\s+"
    r"government\s+of\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
#: "the Lower Austria provincial government": a place's government, its level after it
_PLACE_LOCAL_GOVERNMENT = re.compile(
    rf"\b[Tt]he\s+(?P<name>(?P<place>[{_CAP}][\w'’-]+(?:\s+[{_CAP}][\w'’-]+){{0,2}})\s+"
    r"(?:(?P<level>regional|provincial|municipal|county|state|city|district|departmental|cantonal)"
    r"\s+)?[Gg]overnment)\b(?!\s+of\b)"
)
#: Romance-language names whose head word comes first ("Banco Pichincha").
_LEADING_HEAD = re.compile(
    r"\b(?P<head>Banco|Banca|Banque|Grupo|Caja|Empresas?|Corporación|Compañía|Industrias|"
    r"Laboratoires|Laboratorios|Laboratórios|Laboratori|Cooperativa|Coopérative|Fundación|Fundacion|Fundação|Fondation|Fondazione|Yayasan|Stichting|Stiftelsen|Asociación|"
    r"Associação|Association|(?P<public>Coordinadora|Secretaría|Ministerio|Ministère|Instituto|"
    r"Institut|Comisión|Dirección|Direction|Servicio|Consejo|Agencia|Sistema|Alcaldía|"
    r"Municipalidad|Gobierno|Prefeitura|Cabildo|Ayuntamiento|Diputación|Gobernación|Intendencia|Generalitat|"
    r"Junta|(?:Bureau|Office|Conseil|Comité)(?=\s+(?:National|Central|Régional|Fédéral|Provincial)\s))"
    r"|(?P<academic>Universidad|Universidade|Université|"
    r"Universitas|Universiti|Universität|Hôpital|Hospital))\s+(?:(?:de\s+la|de\s+las|de\s+los|de|del|la|las|"
    r"los|do|da|dos|das|des|du|pour|para|per)\s+)?"
    r"(?:[ld]['’])?[A-ZÀ-Ý][\w'’-]+(?:(?:\s+(?:de\s+la|de\s+las|de\s+los|para\s+la|para\s+el|de|"
    r"del|para|y|pour\s+la|pour|et\s+des|et\s+de\s+la|et|e|do|da|dos|das|des|du))?\s+"
    r"(?:[ld]['’])?[A-ZÀ-Ý][\w'’-]+){0,5}"
)
_COMPANY_APPOSITION = re.compile(
    r"\b(?:(?:supermarket|grocery|retail|telecoms?|telecommunications|mobile|logistics|shipping|oil|energy|"
    r"technology|tech|pharmaceutical|food|airline|insurance|banking|mining|construction|"
    r"e-commerce|beverage|car|cement|steel|financial|digital|payments?|internet|software|media|"
    r"ride-hailing|ride-sharing|delivery|courier|transport|hospitality|hotel|travel|fashion|"
    r"cosmetics|beauty|sportswear|electronics|automotive|consumer\s+goods|soft\s+drinks?|dairy|"
    r"agribusiness|chemicals?|aviation|railway|railways|rail|bus|postal|water|electricity|power|"
    r"utility|airport|port|gas|fuel|coal|gold|copper|timber|garment|textile|poultry|sugar|"
    r"tobacco|seed|fertili[sz]er)\s+(?:[a-z-]+\s+){0,2}?(?:chain|company|giant|"
    r"firm|group|operator|retailer|bank|provider|corporation|conglomerate|brand|manufacturer|"
    r"carrier|insurer|app|platform|maker|distributor|supplier|producer|exporter|refiner|miner|"
    r"developer|trader|wholesaler)|"
    # "the retailer Migros": a trade alone
    r"(?<=[Tt]he )(?:retailer|grocer|insurer|airline|carmaker|automaker|broadcaster|brewer|"
    r"telco|chipmaker|drugmaker))\s+"
    # a brand may start in lower case ("bKash"), never a plain word
    # (a French elision before a capital goes on: "MTN Côte d'Ivoire")
    r"((?:[A-Z][\w&'’.-]*|[a-z]+[A-Z][\w&'’.-]*)(?:\s+(?:[dl]['’])?[A-Z][\w&'’.-]*){0,3})(?<![.-])"
)
_OWN = re.compile(r"\b(?:its|their|our|whose)\s+$")
#: "A B, the province's research and innovation agency", "C, a Dutch charity": a body named
#: by what the apposition says it is
_BODY_APPOSITION = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+(?:the|a|an)\s+"
    r"(?P<public>(?:country|province|state|city|region|government|nation)['’]s\s+|"
    r"(?:national|federal|provincial|state|public|government|municipal)\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}(?P<head>agency|foundation|charity|NGO|non-?profit|"
    r"organi[sz]ation|fund|trust|institute|ministry|(?P<company>utility|company|firm|bank|"
    r"retailer|insurer|airline|corporation|manufacturer|operator|conglomerate|giant|"
    r"(?:beverage|food|media|industrial|retail|banking|insurance|energy|mining|"
    r"hospitality|telecoms?|financial|business|construction|steel|chemicals?)\s+group))\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|in|of|for|based|set|founded|working|run|created|"
    r"established|to|with|who|and|since|whose)\b)"
)


def _past_board(text: str, part: list[Token]) -> tuple[list[Token], bool]:
    """ "Board of Directors of Dubai Cares" → "Dubai Cares": the body whose board it is."""
    board = _BOARD_OF.match(text, part[0].start) if part else None
    if not board:
        return part, False
    return [t for t in part if t.start >= board.end()], True


#: The board of a body: the body's name follows.
_BOARD_OF = re.compile(
    r"(?:(?:Executive|Governing)\s+)?Board\s+of\s+(?:Directors|Trustees|Governors)\s+of\s+(?:the\s+)?"
    # "the Management Board of PKO Bank Polski"
    r"|(?:Management|Supervisory|Executive)\s+Board\s+of\s+(?:the\s+)?"
)
#: Heads of the units of an organisation ("the IFRC Country Cluster Delegation").
UNIT_HEADS = frozenset(
    {
        "Office",
        "Delegation",
        "Branch",
        "Bureau",
        "Department",
        "Division",
        "Unit",
        "Mission",
        "Cluster",
        "Secretariat",
        "Headquarters",
    }
)
#: Adjectives that describe rather than name ("Operational Alliance").
GENERIC_MODIFIERS = frozenset(
    [
        "Operational",
        "Strategic",
        "Joint",
        "New",
        "Regional",
        "Bilateral",
        "Humanitarian",
        "International",
        "National",
        "Local",
        "Global",
        "Collaborative",
        "Emergency",
        "Special",
        "The",
        "A",
        "An",
        "This",
        "Our",
        "Their",
        "Its",
        "Both",
        "No",  # "No National Society can face them alone"
        "Every",
        "Each",
        "Any",
    ]
)

_HUMANITARIAN_FOR = re.compile(r"\bfor\s+(?:Humanitarian|Relief|Development|Charity|Charitable)\b")
_GOVERNMENT_OF = re.compile(
    rf"\b(?:[Tt]he\s+)?[Gg]overnment\s+of\s+(?:the\s+)?((?:{STATE_STYLE})?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
_X_GOVERNMENT = re.compile(r"\b(?:[Tt]he\s+)?([A-Z][\w-]+)\s+[Gg]overnment\b")
#: "the Embassy of Switzerland in Ukraine", "the Swiss Embassy": that country's government
_EMBASSY_OF = re.compile(
    r"\b(?:[Tt]he\s+)?(?:Royal\s+)?Embassy\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
_X_EMBASSY = re.compile(r"\b(?:[Tt]he\s+)?(?:Royal\s+)?([A-Z][\w-]+)\s+Embassy\b")
#: "the governments of Canada and Norway": each country's government
_GOVERNMENTS_OF = re.compile(
    r"\b[Gg]overnments\s+of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*"
    r"\s*,?\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


#: Trades written before a company's name ("Retailer Walmart México y Centroamérica …")
#: A plural right after a name makes it a kind of body: "the Nordic Red Cross societies"
_PLURAL_AFTER = re.compile(r"\s+(?:societies|organi[sz]ations|agencies|movements)\b")
_TRADE_WORDS = frozenset(
    {
        "Retailer",
        "Airline",
        "Carrier",
        "Supermarket",
        "Insurer",
        "Lender",
        "Carmaker",
        "Automaker",
        "Broadcaster",
        "Drugmaker",
        "Brewer",
        "Meatpacker",
        "Grocer",
        "Chipmaker",
        "Telco",
    }
)


#: aircraft and vessels named after their operator ("an Air Force Hercules")
_CRAFT = frozenset({"Hercules", "Chinook", "Orion", "Globemaster", "Airbus", "Boeing", "Dakota"})
#: the word after a head that opens a name ("Ministry of …", "Commissariat à la …")
_HEAD_FIRST_LINKS = frozenset({"of", "for", "à", "de", "du", "des", "pour"})


def _pattern_mentions(
    text: str, tokens: list[Token], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Organisations in no list, found from their heads and from "the Government of X"."""
    gz = gazetteer()
    out: list[Mention] = []
    # "the Government of X", "the X Government", "the Embassy of X", "the governments of X
    # and Y": each country's government
    patterns = ((_GOVERNMENT_OF, _X_GOVERNMENT) if "overnment" in text else ()) + (
        (_EMBASSY_OF, _X_EMBASSY) if "Embassy" in text else ()
    )
    spans = [(m.start(), m.end(), m.group(1)) for rx in patterns for m in rx.finditer(text)]
    for m in _GOVERNMENTS_OF.finditer(text) if "overnments of" in text else ():
        spans += [
            (m.start(1) + part.start(), m.start(1) + part.end(), part.group(0))
            for part in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", m.group(1))
        ]
    for a, b, name in spans:
        # "the Government of the People's Republic of China": China's
        words = tuple(t.norm for t in tokenize(re.sub(rf"^{STATE_STYLE}", "", name)))
        code = gz.countries.get(words) or gz.demonyms.get(words[0] if words else "")
        if code and all(b <= x or a >= y for x, y in taken):
            country = load_countries()[code]
            label = (
                f"Government of {country.names[-1]}" if code == "XX" else government_label(country)
            )
            out.append(
                Mention(
                    a,
                    b,
                    text[a:b],
                    {f"gov-{code.lower()}"},
                    "government",
                    "government",
                    code,
                    label,
                )
            )
            taken.append((a, b))
    for run in _runs(text, tokens, taken):
        run = _cut_place(run)
        while len(run) > 2 and run[-1].text in _CRAFT:
            run = run[:-1]  # "a Royal New Zealand Air Force Hercules": the force, not its plane
        run = _past_post_to_spelt(text, run)
        run = _past_owned_part(run)
        spelt = _spelt_by_acronym(text, run)
        parts = [run] if spelt else _split_on_and(run)
        if spelt:
            # "the Ministry of … of Kazakhstan and the Center for … Reduction (CESDRR)": the
            # words the acronym spells are one name, what comes before "and the" another
            n = len(re.match(r"\s*\(([A-Z]{3,8})\)", text[run[-1].end :])[1])  # type: ignore[index]
            first = [t for t in run if t.text[:1].isupper()][-n]
            at = run.index(first)
            if at >= 3 and run[at - 1].norm == "the" and run[at - 2].norm == "and":
                parts = [run[: at - 2], run[at:]]

        for part in parts:
            if not part:
                continue
            brand = isinstance(part, _Brand)
            words = [t.text for t in part]
            name_text = text[part[0].start : part[-1].end]
            has_head = (
                any(w in ORG_HEADS for w in words[1:])
                # "Bank Audi", "Fondation Mérieux", "Yayasan Petronas": the head first
                or (len(words) == 2 and words[0] in _HEAD_FIRST and words[1][:1].isupper())
                or (len(words) > 2 and words[0] in ORG_HEADS and words[1] in _HEAD_FIRST_LINKS)
                # "the Disaster Management and Mitigation Unit (DMMU)": a unit with a name
                # and an acronym of its own is a body
                or (spelt and words[-1] == "Unit")
                # "the National Unit for Disaster Risk Management": a state's body, by its name
                or (words[:3] in (["National", "Unit", "for"], ["National", "Unit", "of"]))
                or brand
            )
            if not has_head and not _HUMANITARIAN_FOR.search(name_text):
                continue
            if _only_places(part):
                continue  # "West Bank and Gaza"
            # cut leading words that precede the name proper ("During Ministry …" stays whole)
            start_idx = 0
            while (
                start_idx < len(part) - 1
                and part[start_idx].text
                in {
                    "During",
                    "With",
                    "As",
                    "At",
                    "In",
                    "On",
                    "For",
                    "From",
                    "By",
                    "Both",
                    "Today",
                    "Statement",
                    "Formation",
                    "Establishment",
                    "Meanwhile",
                    "Also",
                    "Under",
                    "Through",
                    "Leaders",
                    "Representatives",
                    "Heads",
                    "Members",
                    "Officials",
                    "Staff",
                    "Delegates",
                    "Delegations",
                    "Volunteers",
                    "Presidents",
                    "Since",
                    "After",
                    "Before",
                    "Until",
                    "Following",
                    "Yesterday",
                    *WEEKDAY_NAMES,
                }
                | _TRADE_WORDS
                # "In March 2024 the …": a month with its day or year
                or (part[start_idx].text in _MONTHS and part[start_idx + 1].text[:1].isdigit())
            ):  # a trade before a company's name ("Retailer Walmart …")
                start_idx += 1
            while start_idx < len(part) - 1 and part[start_idx].text[:1].isdigit():
                start_idx += 1  # "5,000 Red Cross volunteers", "30 November 2022 - The …"
            if (
                start_idx < len(part) - 1
                and part[start_idx].text in _MONTHS
                and (
                    _DAY_BEFORE.search(text, 0, part[start_idx].start)
                    or _BEFORE_A_MONTH.search(text, 0, part[start_idx].start)
                )
            ):
                start_idx += 1  # "On 25 July Khan Bank …", "In July Khan Bank …": a date's month
            part = part[start_idx:]
            if (
                len(part) > 3
                and not text[: part[0].start].strip(' \t-–•*·▪"“')
                and part[0].text.endswith("s")
                and part[0].text not in ORG_HEADS
                and part[1].norm == "of"
                and any(t.text in ORG_HEADS for t in part[2:])
            ):
                # "Figures of the National Committee for Disaster Management show …": the
                # sentence's first word, a plural noun, is no part of the name
                part = part[2:]
            if len(part) > 3 and part[0].text == "General" and part[1].norm == "of":
                part = part[2:]  # "Commissioner General of the X Commission": the X Commission
            # "Leaders of 17 Red Crescent …", "Some 30 Red Cross societies": a count, no name
            while len(part) > 1 and (
                (part[0].norm in ("the", "of") and start_idx)
                or part[0].norm == "the"
                or part[0].text[:1].isdigit()
                or part[0].norm in _QUANTIFIERS
            ):
                part = part[1:]
            if (
                part
                and any(t.text in UNIT_HEADS or t.text == "Fund" for t in part)
                and any(
                    0 <= part[0].start - y <= 1
                    or re.fullmatch(r"['’]s\s|\s*\([A-Z][\w&-]{1,12}\)\s", text[y : part[0].start])
                    for _, y in taken
                )
            ):
                continue  # "IFRC Regional Office for Europe", "the IFRC's Americas Regional
                # Office", "the World Health Organization (WHO) Country Office for Nepal": a
                # unit of the body just named
            if (
                len(part) > 2
                and part[0].text.endswith(("'s", "’s"))
                and (part[-1].text in UNIT_HEADS or part[-1].text in ("Fund", "Centre", "Center"))
                # (a country's own office is a body of its own: "Botswana's National … Office")
                and not _place_or_people((norm_token(part[0].text[:-2]),))
            ):
                continue  # "the Federation's Europe Regional Office", "PCK's … Relief Fund":
                # the unit or fund of a body named by a short form (read as that body)
            if part and _OWN.search(text, max(0, part[0].start - 7), part[0].start):
                continue  # "from its Disaster Response Emergency Fund": the body's own fund
            role = ROLE_RE.match(text, part[0].start) if part else None
            if role and text.startswith(("'s ", "’s "), role.end()):
                role = None  # "the Mayor's Office of Bogotá", "the Governor's Office": the office
            if role:  # "Executive Director of the X Foundation": the name starts after "of the"
                rest = [t for t in part if t.start >= role.end()]
                while rest and rest[0].norm in {"of", "the", "at", "for"}:
                    rest = rest[1:]
                if not any(t.text in ORG_HEADS for t in rest) and not (
                    spelt and rest and rest[-1].text == "Unit"
                ):
                    continue  # "Head of International Department Hanne Larsen": a person
                if (
                    rest
                    and rest[0].text in ORG_HEADS
                    and not any(t.text in ORG_HEADS or t.norm in CONNECTORS for t in rest[1:])
                ):
                    continue  # "Chairman of the Society Nazira Rahimzoda": the society's, a person
                if rest and re.search(r"\bfor\s+(?:the\s+)?$", text[role.end() : rest[0].start]):
                    continue  # "Deputy Secretary-General for Aid Affairs": the post's portfolio
                if _portfolio(rest):
                    continue  # "Vice-President of Group Health, Safety and …": a portfolio
                part = rest
            texts = {t.text for t in part}
            member_of = bool(part) and _MEMBER_OF.search(
                text, max(0, part[0].start - 20), part[0].start
            )
            if (
                (texts & EVENT_WORDS and not member_of)  # ("a member of the X Forum": a body)
                or ("Societies" in texts and "Federation" not in texts)
                or (part and part[0].text == "Red")
            ):
                continue  # an event's name, or "National Societies of …": not one organisation
            if part and _SIGNED_AFTER.match(text, part[-1].end):
                continue  # "the Programmatic Partnership that A and B signed": an agreement
            if part and _PLURAL_AFTER.match(text, part[-1].end):
                continue  # "South-East Asian Red Cross societies": a group, not one body
            defined = part and re.match(r"\s*\(([A-Z]{3,8})\)", text[part[-1].end :])
            if all(
                t.text in GENERIC_MODIFIERS or t.text in ORG_HEADS or t.norm in CONNECTORS
                for t in part
            ) and not (defined and spells_acronym(defined[1], text[part[0].start : part[-1].end])):
                continue  # "Operational Alliance", "Joint Committee": a description, not a name
                # (unless an acronym of its own follows: "Humanitarian Aid Commission (HAC)")
            part, board = _past_board(text, part)
            if len(part) > 2 and part[-1].text == "Secretary" and part[-2].text in _EMBLEM_HEADS:
                part = part[:-1]  # "Hong Kong Red Cross Secretary General A B": the society
            inner_role = next(
                (
                    j
                    for j, t in enumerate(part)
                    if j
                    and ROLE_RE.fullmatch(t.text)
                    # ("the Nordic Council of Ministers": a plural post names the body)
                    and not (part[j - 1].norm == "of" and t.text.endswith("s"))
                ),
                None,
            )
            if (
                inner_role is not None
                and part[inner_role - 1].text.endswith(("'s", "’s"))
                and any(t.text in ORG_HEADS for t in part[:inner_role])
            ):
                part = part[:inner_role]  # "Ministry of Health's Director …": the ministry
            elif (
                inner_role is not None
                and part[inner_role - 1].text in _EMBLEM_HEADS
                and (inner_role + 1 == len(part) or part[inner_role + 1].norm not in ("of", "at"))
            ):
                part = part[:inner_role]  # "Hong Kong Red Cross President A B": the society
            elif inner_role is not None:
                # "A B and the Commander of the Royal Medical Services": the body after the post
                rest = list(part[inner_role + 1 :])
                if not rest or rest[0].norm not in ("of", "at"):
                    continue  # "Europe Natia Louladze and Undersecretary-General …": not a name
                while rest and rest[0].norm in ("of", "the", "at"):
                    rest = rest[1:]
                rest, board = _past_board(text, rest)
                if not board and (
                    len(rest) < 2
                    or not (
                        any(t.text in ORG_HEADS for t in rest)
                        or (spelt and rest[-1].text == "Unit")
                    )
                ):
                    continue
                if _portfolio(rest):
                    continue
                part = rest
            if board:
                if (
                    not part
                    or not part[0].text[:1].isupper()
                    or (len(part) == 1 and _place_or_people((part[0].norm,)))
                ):
                    continue
            elif len(part) < 2 and not brand:
                continue
            a, b = part[0].start, part[-1].end
            if part[-1].text == "Division" and _OWNED_UNIT.search(text, 0, run[0].start):
                continue  # "heads the society's Relief Division": a unit of the body told
            if text[a:b].endswith(("'s", "’s")):
                b -= 2
            name = text[a:b]
            if (
                name.split()[0] in {"Red", "National"}
                and len(part) <= 3
                and {"Society", "Societies", "Cross", "Crescent"} & {t.text for t in part}
            ):
                continue  # "Red Cross", "National Societies": generic, not a name
            if re.fullmatch(r"(?:Red Cross and Red Crescent|Red Crescent and Red Cross)\b.*", name):
                continue
            if _REGIONAL_EMBLEM.fullmatch(name):
                continue  # "Pacific Red Cross societies", "Asia Pacific Red Cross": a region's
            label = re.sub(r"\s+", " ", re.sub(r"^(?:The|the)\s+", "", name))
            kind = _kind_of(label)
            if label.endswith(" Co") and _LEGAL_FORM_AFTER.match(text, b):
                kind, label = "company", label[:-3]  # "Samsung Electronics Co., Ltd."
            tail = text[b : run[-1].end]  # "… Ministry of Health in Kyiv": its country
            country = _country_in(label) or (
                _country_in(tail) if kind == "government" and tail.startswith(" in ") else None
            )
            owned = _COUNTRY_S_NATIONAL.match(label)
            owner = country_code(owned.group(1)) if owned else None
            if owned and owner and not _COUNTRY_S_BODY.match(label):  # (ministries: below)
                # "Chile's National Disaster Prevention and Response Service": the body's
                # name is what follows the country
                label, country = label[owned.end(1) + 3 :], owner
            key = slugify(label)
            if kind == "government" and country and not _country_in(label):
                key = f"{key}-{country.lower()}"  # "Ministry of Health" of which country
            out.append(Mention(a, b, name, {key}, "pattern", kind, country, label))
    return out


_LEGAL_FORM_AFTER = re.compile(rf"\.,?\s*(?:{'|'.join(sorted(LEGAL_FORMS))})\b")


_MONTHS = frozenset(MONTH_NAMES)
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "on"})


_WORD = re.compile(r"[\w'’]+")


@lru_cache(maxsize=65_536)
def _main_words(label: str) -> tuple[str, ...]:
    """The label's words that an acronym spells, in capitals ("École" as "ECOLE")."""
    plain = unicodedata.normalize("NFD", label).encode("ascii", "ignore").decode()
    return tuple(w.upper() for w in _WORD.findall(plain) if w.lower() not in _SMALL_WORDS)


def spells_acronym(acronym: str, label: str) -> bool:
    """Whether the acronym takes the first letter of each main word of the label, in order,
    and maybe more letters of a word after its first ("NADMO": National Disaster …)."""
    words = _main_words(label)
    if len(words) > len(acronym) or len(words) < 2 or words[0][0] != acronym[0]:
        return False

    def fits(i: int, j: int) -> bool:  # acronym[i:] from words[j:]
        if j == len(words):
            return i == len(acronym)
        word = words[j]
        if i >= len(acronym) or acronym[i] != word[0]:
            return False
        # the first letter, then any of the word's later letters in order
        spans = [i + 1]
        at, k = 1, i + 1
        while k < len(acronym) and (at := word.find(acronym[k], at)) > 0:
            at, k = at + 1, k + 1
            spans.append(k)
        return any(fits(end, j + 1) for end in spans)

    return fits(0, 0)


#: "the École polytechnique fédérale de Lausanne (EPFL)": words in sentence case, then the
#: acronym they spell
_BEFORE_ACRONYM = re.compile(r"((?:[A-ZÀ-Ý][\w'’-]*)(?:\s+[\w'’-]+){1,7})\s+\(([A-Z]{3,8})\)")


def _spelt_before_acronym(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A body named in sentence case, as French, Spanish or Italian names are, with the
    acronym its words spell in brackets after it (only then: lower-case words are no name)."""
    out = []
    for m in _BEFORE_ACRONYM.finditer(text):
        # the longest tail from a capital word that the acronym spells
        for w in re.finditer(r"[\w'’-]+", m.group(1)):
            if not w.group(0)[:1].isupper():
                continue
            name = m.group(1)[w.start() :]
            if all(x[:1].isupper() for x in name.split() if len(x) > 3):
                break  # a name in title case is read by the patterns above
            if not spells_acronym(m.group(2), name):
                continue
            a, b = m.start(1) + w.start(), m.end(1)
            if all(b <= x or a >= y for x, y in taken):
                out.append(
                    Mention(a, b, name, {slugify(name)}, "pattern", _kind_of(name), None, name)
                )
            break
    return out


def _portfolio(part: list[Token]) -> bool:
    """ "Group Health" after "Vice-President of": a post's portfolio, not a body's name."""
    return (
        bool(part)
        and part[-1].text in PORTFOLIO_WORDS
        and ({t.text for t in part} & ORG_HEADS <= {"Group", "Department", "Division"})
    )


_MEMBER_OF = re.compile(r"\bmembers?\s+of\s+(?:the\s+)?$")
_QUANTIFIERS = frozenset(
    {"some", "about", "around", "over", "more", "nearly", "almost", "only", "all", "several"}
    # "Five National Red Cross Societies and the IFRC …": a count, no name
    | set(NUMBER_WORDS)
)


def _only_places(part: list[Token]) -> bool:
    gz = gazetteer()
    groups: list[list[str]] = [[]]
    for t in part:
        if t.norm in ("and", "the"):
            groups.append([])
        else:
            groups[-1].append(t.norm)
    groups = [g for g in groups if g]
    return bool(groups) and all(tuple(g) in gz.places or tuple(g) in gz.countries for g in groups)


def is_country_name(name: str) -> bool:
    """Whether ``name`` is a country's name ("Japan", "the United Arab Emirates")."""
    norm = tuple(t.norm for t in tokenize(name))
    return norm in gazetteer().countries or (
        norm[:1] == ("the",) and norm[1:] in gazetteer().countries
    )


def government_label(country: object) -> str:
    """ "Government of Japan", "Government of the Netherlands"."""
    name = _short(country)
    names = getattr(country, "names", ())
    return f"Government of the {name}" if f"the {name}" in names else f"Government of {name}"


def _short(country: object) -> str:
    """A country's everyday name: its first name unless that is a formal one ("Republic of
    Korea", "Russian Federation"), else its shortest spelt-out one (not "UK", "U.S.")."""
    names = getattr(country, "names", ())
    plain = [
        n
        for n in names
        if "," not in n and not n.startswith("the ") and not re.fullmatch(r"[A-Z.]+", n)
    ]
    if (
        plain
        and plain[0] == names[0]
        and not re.search(r"\b(?:Republic|Federation|People['’]s)\b", names[0])
    ):
        return names[0]
    return min(plain, key=len) if plain else getattr(country, "name", "")


_RELATION_CUE = re.compile(
    r"\b(?:MoU|MOU|memorandum|agreements?|signed|partner(?:ship)?s?|alliance|met|visited|"
    r"support(?:s|ed)?|funding|donat\w*|cooperat\w*)\b",
    re.I,
)
_SLOT = re.compile(
    r"\b(?:with|between|and|by|to|from)\s+the\s+((?:[A-Z][\w'’-]+\s+){1,5}"
    r"[A-Z][\w'’-]+)"
)
_NOT_SLOT = frozenset(
    [
        "Convention",
        "Conventions",
        "Principles",
        "Law",
        "Region",
        "Republic",
        "Empire",
        "Year",
        "Day",
        "Programme",
        "Program",
        "Project",
        "Plan",
        "Strategy",
        "Movement",
        "Crisis",
        "War",
        "Conflict",
        "Earthquake",
        "Conference",
        "Summit",
        "Meeting",
        "Forum",
        "Agreement",
        "Memorandum",
        "Understanding",
        "Fund",
        "Award",
        "Prize",
        "Act",
        "Resolution",
    ]
)


def _place_or_people(norm: tuple[str, ...]) -> bool:
    """Whether a candidate name is a country, a known place or starts with a people's
    adjective ("Kenya", "Nairobi", "Kenyan …"): no organisation of its own."""
    gz = gazetteer()
    return (
        norm in gz.countries
        or norm in gz.places
        or norm in _REGIONS
        or (norm[:1] == ("the",) and norm[1:] in _REGIONS)
        or bool(norm and norm[0] in gz.demonyms)
    )


#: Regions of the world: places with no country, never organisations ("the Middle East").
_REGIONS = frozenset(tuple(r.lower().replace("-", " ").split()) for r in WORLD_REGIONS)


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
#: "On Tuesday", "In March 2024,", "On 4 May": a time before a sentence's subject
_WHEN_LEAD = (
    r"(?:(?:On|In|Since|By|Last|This|Early|Late)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    rf"{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)\s*,?\s+"
    # "Hours later, A and the IFRC renewed …", "Meanwhile, …"
    r"|(?:(?:Hours|Days|Weeks|Minutes|Moments)\s+(?:later|earlier)|Later|Earlier|Meanwhile|"
    r"Separately|Afterwards)\s*,\s+)?"
)
_LEFT_SLOT = re.compile(
    r"^(?:[^–—]*?\s(?:--|–|—)\s+)?"
    + _WHEN_LEAD
    + r"(?:The\s+|the\s+)?((?:[A-Z][\w.'’&-]*)(?:\s+(?:-\s+)?[A-Z][\w.'’&-]*){0,4})\s+and\s+(?:the\s+)?"
)


def _left_slot(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "Maersk and the IFRC signed …": a name paired with a known organisation at the start
    of a relationship sentence is an organisation too (a person would carry a post)."""
    m = _LEFT_SLOT.match(text) if " and " in text else None
    if not m or not any(a == m.end() for a, _ in taken):
        return []
    name = re.sub(rf"\s+(?:{'|'.join(sorted(LEGAL_FORMS))})\.?$", "", m.group(1)).strip()
    words = name.split()
    norm = tuple(t.norm for t in tokenize(name))
    if (
        not words
        or any(not (m.end(1) <= a or m.start(1) >= b) for a, b in taken)
        or _place_or_people(norm)
        or set(words) & _NOT_SLOT
        or words[0].lower() in _QUANTIFIERS  # "Five National Red Cross Societies and the IFRC"
        or words[-1] in ("Societies", "Organisations", "Organizations", "Agencies")
        or any(ROLE_RE.fullmatch(w) for w in words)
        or (len(words) in (2, 3) and all(w[:1].isupper() and w[1:].islower() for w in words))
    ):
        return []  # a place, a people, a post, or a person's name ("Ahmed Idris and the …")
    a, b = m.start(1), m.end(1)
    return [Mention(a, b, text[a:b], {slugify(name)}, "slot", "other", None, name)]


#: A one-word name that may stand alone as a giver: "Maybank", "HSBC", "H-E-B"
_ONE_WORD_NAME = r"[A-Z][\w&'’.-]*[a-z][\w&'’.-]*|[A-Z]{2,6}|[A-Z](?:-[A-Z]){1,3}"
_GIVER = re.compile(
    r"^(?:[^:.;]{0,80}:\s*)?(?:[-–•*·▪]\s+)?"  # a bullet (after its heading: "Among …: - A …")
    r"(?:[A-Z][A-Z .'-]{2,40}(?:\([^()]{1,20}\))?\s*(?::|--|–|—)\s*)?"  # a dateline
    r"(?:(?:Separately|Meanwhile|Elsewhere|Earlier|Also|In\s+addition),\s+)?"
    # ("Lender HSBC gave …", "Retailer H-E-B donated …", "Separately, insurer Helvetia
    # gave …": a trade before the name)
    rf"(?:(?:{'|'.join(sorted(_TRADE_WORDS | {w.lower() for w in _TRADE_WORDS}))})\s+(?=[A-Z]))?"
    rf"({_ONE_WORD_NAME})\s+"
    r"(?:(?:yesterday|today|recently|also|has|have|had|"
    r"on\s+[A-Z][a-z]+day)\s+){0,2}(?:donated|presented|handed over|contributed|gave|gifted|"
    r"transferred|pledged)\b"
)
_NOT_GIVER = frozenset(
    {"The", "This", "That", "It", "He", "She", "They", "We", "Our", "Its", "Their", "His", "Her"}
)


#: "blankets donated by Safaricom to families": a one-word name after a gift's "by"
_GIVEN_BY = re.compile(
    r"\b(?:donated|gifted|provided|supplied|funded|financed|sponsored|paid\s+for)\s+by\s+"
    r"([A-Z][\w&'’.-]*[a-z][\w&'’-]*)(?=\s*[,.;)]|\s+(?:to|and|in|for|through|at|on|as)\b)"
)


def _given_by_slot(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A one-word name that gave something ("donated by Safaricom"): a body, as a person
    would be named with a first name or a post."""
    out = []
    for m in _GIVEN_BY.finditer(text):
        a, b = m.span(1)
        name = m.group(1)
        norm = tuple(t.norm for t in tokenize(name))
        if (
            any(not (b <= x or a >= y) for x, y in taken)
            or name in _NOT_GIVER
            or name in HONORIFICS
            or name in NOT_NAME
            or _place_or_people(norm)
            or ROLE_RE.fullmatch(name)
        ):
            continue
        out.append(Mention(a, b, name, {slugify(name)}, "slot", "company", None, name))
    return out


#: "…, and A.P. Moller - Maersk donated the sea freight": a giver opening a later clause
_CLAUSE_GIVER = re.compile(
    r"(?:[,;]\s+and\s+|;\s+|\bwhen\s+)((?:[A-Z][\w&'’.-]*)(?:\s+(?:-\s+)?[A-Z][\w&'’.-]*){0,3})\s+"
    r"(?:(?:has|have|had|also|then|later)\s+){0,2}(?:donated|gifted|contributed|gave)\b"
)


def _clause_givers(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A name giving something at the start of a later clause: a body, unless it reads as
    a person's name (two or three plain capitalised words)."""
    return _unarticled_names(text, _CLAUSE_GIVER, taken)


#: "entered into a logistics partnership with A.P. Moller - Maersk", "a deal with Ooredoo":
#: a name with no article in a partner's slot
_PARTNER_WITH = re.compile(
    r"\b(?:partnership|agreement|memorandum\s+of\s+understanding|MoU|contract|deal|"
    r"collaboration)\s+with\s+((?:[A-Z][\w&'’.-]*)(?:\s+(?:-\s+)?[A-Z][\w&'’.-]*){0,3})"
    r"(?=\s*[,.;(]|\s+(?:to|on|in|for|that|which|under|covering|last|this|earlier|and)\b)"
)


def _partner_slot(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A company named with no article after "a partnership with": a body, unless it
    reads as a person's name."""
    return _unarticled_names(text, _PARTNER_WITH, taken)


def _unarticled_names(
    text: str, pattern: re.Pattern[str], taken: list[tuple[int, int]]
) -> list[Mention]:
    """The names ``pattern`` finds in its first group that are no place, post or person,
    as companies."""
    out = []
    for m in pattern.finditer(text):
        mention = _company_slot(m.span(1), m.group(1), taken, trade=False)
        if mention:
            out.append(mention)
    return out


def _company_slot(
    span: tuple[int, int], name: str, taken: list[tuple[int, int]], trade: bool
) -> Mention | None:
    """``name`` as a company in a giver's or partner's slot, unless it overlaps a mention,
    opens with a word no firm's name opens with, is a place or people, holds a post, or
    reads as a person's name (two or three plain capitalised words) with no trade before
    it (``trade``) and no firm's last word ("Škoda Auto", "Sun Siyam Resorts")."""
    a, b = span
    words = name.split()
    if (
        any(not (b <= x or a >= y) for x, y in taken)
        or words[0] in _NOT_GIVER
        or words[0] in HONORIFICS
        or words[0] in NOT_NAME
        or _place_or_people(tuple(t.norm for t in tokenize(name)))
        or any(ROLE_RE.fullmatch(w) for w in words)
    ):
        return None
    personlike = (
        len(words) in (2, 3)
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        # ("Migración Colombia", "Telecom Argentina": no person's name ends with a country)
        and (norm_token(words[-1]),) not in gazetteer().countries
    )
    if personlike and not trade and words[-1] not in _FIRM_LAST | _TRADE_PLURALS:
        return None
    return Mention(a, b, name, {slugify(name)}, "slot", "company", None, name)


#: Last words of firms' names that no person's name ends with
_TRADE_PLURALS = frozenset(
    {
        "Resorts",
        "Hotels",
        "Holdings",
        "Industries",
        "Airlines",
        "Airways",
        "Foods",
        "Motors",
        "Brewers",
        "Breweries",
        "Mills",
        "Pharmaceuticals",
        "Systems",
        "Technologies",
        "Solutions",
        "Enterprises",
        "Ventures",
        "Logistics",
        "Supermarkets",
        "Stores",
        "Mining",
        "Energy",
    }
)


#: "The society thanked H-E-B, which has given $750,000 …": one who gave, thanked
_THANKED_GIVER = re.compile(
    rf"\bthank(?:s|ed)\s+({_ONE_WORD_NAME}),\s+"
    r"which\s+(?:has\s+|had\s+)?(?:also\s+)?(?:given|gave|donated|contributed|provided|funded)\b"
)


#: "Drugmaker Gedeon Richter handed over …", "On Tuesday, Rabobank also transferred …",
#: "Škoda Auto donated …": a name opening a sentence (after a date or a trade) that gives
_OPENING_GIVER = re.compile(
    r"^(?:[^:.;]{0,80}:\s*)?(?:[-–•*·▪]\s+)?"
    r"(?:(?:On|In|Last|This|Earlier|Later)\s+[^,;]{1,30},\s+)?"
    r"(?:(?:Separately|Meanwhile|Elsewhere|Also|In\s+addition),\s+)?"
    r"(?:[Tt]he\s+)?"
    r"(?P<trade>(?:[A-Za-z-]+\s+){0,2}(?:[Dd]rugmaker|[Bb]rewer|[Rr]etailer|[Mm]eatpacker|[Gg]rocer|"
    r"[Cc]armaker|[Aa]utomaker|[Mm]iner|[Ll]ender|[Ii]nsurer|[Cc]onglomerate|[Mm]anufacturer|"
    r"[Cc]hain|[Ff]irm|[Cc]ompany|[Gg]roup|[Oo]perator|[Tt]elco|[Cc]hipmaker|[Pp]roducer|"
    r"[Dd]istributor)\s+)?"
    rf"(?P<name>{_CAP_WORD}(?:\s+(?:[dl]['’])?{_CAP_WORD}){{0,3}})\s+"
    r"(?:\((?P<paren>[^()]{1,60})\)\s+)?"  # "CJ CheilJedang (CEO Park Do-hyun) delivered …"
    r"(?:(?:also|has|have|had|yesterday|today|recently|then|on\s+[A-Z][a-z]+day)\s+){0,2}"
    r"(?:donated|presented|handed|delivered|supplied|provided|transferred|gave|gifted|"
    r"contributed)\b"
)
#: last words of firms' names ("Škoda Auto", "Vatukoula Gold Mines")
_FIRM_LAST = frozenset({"Auto", "Mines", "Mining", "Motors", "Steel", "Cement", "Oil", "Gas"})


def _opening_giver(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A name that opens a sentence giving something: a body when a trade precedes it, when
    its last word is a firm's, or when it reads as no person's name."""
    m = _OPENING_GIVER.match(text)
    if not m:
        return []
    # (a chief in brackets, "Lotte Chilsung (CEO Kim Dong-woo)", is a firm's as a trade is)
    chief = bool(m.group("paren")) and bool(ROLE_RE.match(m.group("paren")))
    mention = _company_slot(m.span("name"), m.group("name"), taken, bool(m.group("trade")) or chief)
    return [mention] if mention else []


def _giver_slot(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "Maybank yesterday presented a cheque to …": a one-word name giving something at
    the start of a sentence is an organisation (a person would carry a post or a first
    name); so is one thanked for what it gave."""
    m = _GIVER.match(text) or (_THANKED_GIVER.search(text) if "thank" in text else None)
    if not m or any(not (m.end(1) <= a or m.start(1) >= b) for a, b in taken):
        return []
    name = m.group(1)
    norm = tuple(t.norm for t in tokenize(name))
    if (
        name in _NOT_GIVER
        or name in HONORIFICS
        or _place_or_people(norm)
        or ROLE_RE.fullmatch(name)
    ):
        return []
    a, b = m.span(1)
    return [Mention(a, b, name, {slugify(name)}, "slot", "company", None, name)]


_FREE_OF_CHARGE_BY = re.compile(
    r"\b(?:free\s+of\s+charge|at\s+no\s+cost)\s+by\s+((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)"
)


def _free_service_slot(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "… flown to Naga free of charge by Cebu Pacific": the one doing the service is a body
    (a carrier, most often), named or not in any list."""
    m = _FREE_OF_CHARGE_BY.search(text)
    if not m or any(not (m.end(1) <= a or m.start(1) >= b) for a, b in taken):
        return []
    name = m.group(1)
    norm = tuple(t.norm for t in tokenize(name))
    if name.split()[0] in NOT_NAME or _place_or_people(norm) or ROLE_RE.match(name):
        return []
    a, b = m.span(1)
    return [Mention(a, b, name, {slugify(name)}, "slot", "company", None, name)]


#: "Bancolombia's Vice President for Sustainability", "Mercado Libre's regional
#: sustainability director": a name whose head of post is given is a body's
_POSSESSIVE_POST = re.compile(
    r"(?<![\w’'&.-])(?P<name>(?:[A-Z][\w&.-]*[a-zA-Z]|[a-z]+[A-Z][\w&.-]*)"
    r"(?:\s+[A-Z][\w&.-]*[a-zA-Z]){0,3})['’]s\s+"
    r"(?:(?:[a-z-]+|[A-Z][a-z-]+)\s+){0,3}?"
    r"(?i:vice[\s-]president|president|director(?:[\s-]general)?|chief\s+executive|CEO|"
    r"chair(?:man|woman|person)?|managing\s+director|general\s+manager|country\s+manager|"
    r"secretary[\s-]general|executive\s+director)\b"
)
#: "INDECI head Jorge Salcedo", "SENAPRED national director Rodrigo Fuenzalida": an
#: acronym before a post and a person's name is the body they serve
_ACRONYM_POST = re.compile(
    r"(?<![\w’'&.-])(?P<name>[A-Z][A-Z0-9&]{2,9})\s+(?:[a-z-]+\s+){0,2}"
    r"(?:head|director|chief|president|chair(?:man|woman|person)?|commissioner|coordinator|"
    r"spokesperson|spokesman|spokeswoman|secretary|manager|administrator|representative)"
    r"\s+(?=[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý])"
)
#: Capitals that are not bodies, whatever follows them.
_NOT_ACRONYMS = frozenset(
    {
        "CEO",
        "MOU",
        "DREF",
        "COVID",
        "USD",
        "EUR",
        "CHF",
        "GBP",
        "NGO",
        "NGOS",
        "HIV",
        "AIDS",
        "THE",
        "AND",
        "SMS",
        "GPS",
        "ICT",
        "PhD",
        "WASH",
        "PSS",
        "RFL",
        "CVA",
        "CEA",
        "PGI",
        "DRR",
    }
)
#: "Backus, one of Peru's largest beverage companies, …": a body by what it is one of
_ONE_OF_APPOSITION = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+one\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}"
    r"(?:(?P<company>companies|firms|banks|retailers|insurers|airlines|corporations|"
    r"manufacturers|conglomerates|brands|producers|brewers|businesses|chains|supermarkets|"
    r"lenders|carriers|groups)|charities|foundations|NGOs|non-?profits)\b"
)
#: "the Zulia state health authority, Corposalud, which …": a body named after what it is
_NAMED_AFTER_WHAT = re.compile(
    r"\b(?:the|its|a)\s+(?:[\w'’-]+\s+){0,4}?(?P<head>authority|agency|utility|company|firm|"
    r"bank|charity|foundation|operator|NGO|institute|regulator|insurer|retailer|airline|"
    r"broadcaster|conglomerate)\s*,\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
    r"(?=\s*[,.;]|\s+(?:which|that|who)\b)"
)
#: a name, then the business it is in: "Mullings Hardware & Supplies, the Savanna-la-Mar
#: building-materials chain, …", "Laboratoires X, a pharmaceutical maker in …"
_NAME_THEN_WHAT = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>[A-Z][\w'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,4}),\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:chain|company|firm|retailer|manufacturer|maker|wholesaler|supplier|"
    r"distributor|producer|insurer|bank|conglomerate|carrier|airline|operator)\b(?!['’])"
)
_COMMERCIAL = frozenset(
    {
        "utility",
        "company",
        "firm",
        "bank",
        "operator",
        "insurer",
        "retailer",
        "airline",
        "broadcaster",
        "conglomerate",
    }
)


def _described_bodies(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bodies the sentence says are bodies: by a post they head ("X's vice president",
    "X head Y"), by what they are one of, or named after what they are."""
    out: list[Mention] = []
    spans = list(taken)

    def add(a: int, b: int, name: str, kind: str) -> None:
        if any(not (b <= x or a >= y) for x, y in spans):
            return
        words = name.split()
        norm = tuple(t.norm for t in tokenize(name))
        if (
            not norm
            or _place_or_people(norm)
            or words[0] in NOT_NAME
            or words[0] in HONORIFICS
            or words[0] in _NOT_GIVER
            or any(ROLE_RE.fullmatch(w) for w in words)
            or set(words) & _NOT_SLOT
        ):
            return
        spans.append((a, b))
        out.append(Mention(a, b, name, {slugify(name)}, "slot", kind, None, name))

    if "'s " in text or "’s " in text:
        for m in _POSSESSIVE_POST.finditer(text):  # (people have no vice presidents)
            add(*m.span("name"), m.group("name"), "other")
    for m in _ACRONYM_POST.finditer(text):
        if m.group("name") not in _NOT_ACRONYMS and not text.isupper():
            add(*m.span("name"), m.group("name"), "other")
    if " one of " in text:
        for m in _ONE_OF_APPOSITION.finditer(text):
            add(*m.span("name"), m.group("name"), "company" if m.group("company") else "ngo")
    if ", " in text:
        for m in _NAMED_AFTER_WHAT.finditer(text):
            name = m.group("name")
            if len(name.split()) in (2, 3) and all(
                w[:1].isupper() and w[1:].islower() for w in name.split()
            ):
                continue
            kind = "company" if m.group("head") in _COMMERCIAL else "other"
            add(*m.span("name"), name, kind)
        for m in _NAME_THEN_WHAT.finditer(text):
            # "Mullings Hardware & Supplies, the Savanna-la-Mar building-materials chain, …"
            name = m.group("name")
            words = [w.rstrip(".") for w in name.split()]
            if "&" in name or (set(words) & (COMPANY_HEADS | LEGAL_FORMS)):
                # ("Hicham Bensaid, the operator's director": a person, whose name has none)
                add(*m.span("name"), name, "company")
    return out


_ACRONYM_SLOT = re.compile(
    r"\b(?:with|between|by|from)\s+the\s+([A-Z][A-Z0-9&]{2,8})(?![\w&-])"
    # "co-hosted by CEPREDENAC and …", "a deal between CEPREDENAC and the IFRC": no article
    r"|\b(?:between|by)\s+([A-Z][A-Z0-9&]{3,11})(?=\s+and\s)"
)


_HOSTED_BY_CUE = re.compile(
    r"\b(?:co-)?(?:hosted|organi[sz]ed|convened)\s+by\s|\bbetween\s+[A-Z]{3}"
)


def _acronym_slots(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Acronyms in a party's slot: "with the UNGRD", "co-hosted by CEPREDENAC and …"."""
    out = []
    for m in _ACRONYM_SLOT.finditer(text):
        g = 1 if m.group(1) else 2
        a, b = m.span(g)
        if m.group(g) in _NOT_ACRONYMS or any(not (b <= x or a >= y) for x, y in taken):
            continue
        out.append(Mention(a, b, m.group(g), {slugify(m.group(g))}, "slot", "other", None, None))
    return out


def _slot_mentions(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Names in a party's slot of a relationship sentence ("signed … with the Anjuman
    Mofidul Islam", "concluded with the UNGRD"): a capitalised name or an acronym after
    "with the", "between the" … that is no place, event or person (people take no
    article)."""
    gz = gazetteer()
    out = _acronym_slots(text, taken)
    for m in _SLOT.finditer(text):
        a, b = m.start(1), m.end(1)
        words = m.group(1).split()
        if any(not (b <= x or a >= y) for x, y in taken) or set(words) & _NOT_SLOT:
            continue
        if words[0].endswith(("'s", "’s")):
            continue  # "to the MRC's Addu branch": the owner's unit, read as the owner
        if (
            ROLE_RE.match(m.group(1))
            or any(ROLE_RE.fullmatch(w) for w in words)
            or (len(words) > 1 and ROLE_RE.fullmatch(" ".join(words[1:])))
        ):
            continue  # "by the Secretary General of …", "by the GRCS Secretary General": a post
        norm = tuple(t.norm for t in tokenize(m.group(1)))
        if (
            norm in gz.countries
            or norm in gz.places
            or norm in _REGIONS
            or words[0] in {"Red", "National"}
        ):
            continue
        if norm[0] in gz.demonyms and len(words) <= 2:
            continue
        if words[-1] == "Group" and _PLACE_LIST_BEFORE.search(text, max(0, m.start() - 80), a):
            continue  # "across Viti Levu, Vanua Levu and the Lau Group": islands
        if words[-1] in _GEO_HEADS or words[0] in _GEO_FIRST or _GEO_AFTER.match(text, b):
            continue  # "from the Mano River basin", "the Rift Valley": a place
        if len(words) >= 2 and is_acronym(words[0]) and _OFFICE_AFTER.match(text, b):
            # "to the OCD Bicol regional office": the OCD's office in a region, the OCD
            a2 = a + len(words[0])
            out.append(Mention(a, a2, words[0], {slugify(words[0])}, "slot", "other", None, None))
            continue
        out.append(
            Mention(
                a,
                b,
                m.group(1),
                {slugify(m.group(1))},
                "slot",
                "government" if _kind_of(m.group(1)) == "government" else "ngo",
                _country_in(m.group(1)),
                m.group(1),
            )
        )
    return out


_OFFICE_AFTER = re.compile(
    r"\s+(?:regional|provincial|field|area|district|sub-?regional|country)\s+(?:office|branch|unit)\b"
)
_REGION_WORD_BEFORE = re.compile(
    r"\b(?:Central|North|South|East|West|Latin|Southern|Northern|Eastern|Western|Pan)[ -]$"
)
_REGION_AFTER = re.compile(r"\s+(?:region|sub-?region|area|countries)\b")
_IN_THE_BEFORE = re.compile(r"\b(?:in|across|throughout|within)\s+the\s+$")


def _nameless(text: str, tokens: tuple[Token, ...]) -> bool:
    """True for a sentence that can name no body: no capital letter after its first word,
    and a first word that starts no known name. Background prose is mostly such sentences
    (close to half of a news article's), and every finder below needs a capitalised name."""
    if "overnment" in text:
        return False
    named = [i for i in capitalised_at(text) if tokens[i].text != tokens[i].text.lower()]
    if not named:
        return True
    if named != [0]:
        return False
    gz = gazetteer()
    first = tokens[0]
    return (
        first.norm not in gz.starts
        and first.norm not in gz.demonyms
        and first.text.removesuffix("'s").removesuffix("’s").replace(".", "") not in gz.acronyms
        and not is_acronym(first.text)
    )


_OPENING = re.compile(r"(^|\s[–—-]\s)([A-Z])(?=[a-z])")


def _lower_opening(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2).lower()


def _add_government(text: str, mentions: list[Mention], span: tuple[int, int], label: str) -> None:
    """A government body named by a pattern over ``span``, unless a mention holds it."""
    a, b = span
    if all(b <= o.start or a >= o.end for o in mentions):
        mentions.append(
            Mention(a, b, text[a:b], {slugify(label)}, "pattern", "government", None, label)
        )


#: the rest of a line told under a body's name: "- IFRC: …", "- ICRC Colombo: …",
#: "- Disaster Management Centre (DMC): A B (…)" (minutes, updates, attendance lists)
_UNDER_LABEL = re.compile(r"(?:\s+(?:\([A-Z]{2,8}\)|[A-Z][\w'’&-]*)){0,3}\s*:\s+")


def line_label(text: str, orgs: list[Mention]) -> tuple[str, int] | None:
    """The body a line opens with before a colon ("- IFRC: DREF of …"), and where the rest
    of the line begins; the rest is told of that body."""
    first = next((o for o in orgs if o.key), None)
    if first is None or first.key is None or text[: first.start].strip(" -–•*·▪\t") != "":
        return None
    m = _UNDER_LABEL.match(text, first.end)
    return (first.key, m.end()) if m else None


def find_org_mentions(text: str) -> list[Mention]:
    """All organisation mentions of one sentence, unresolved (candidates only)."""
    from graph.extract.cues import sentence_cues  # cues read tokens from this module

    tokens = tokenize(text)
    if _nameless(text, tokens):
        return []
    mentions = [
        _named_after(text, m)
        for m in _gazetteer_mentions(text, tokens)
        if not _VENUE_OF.match(text, m.end)  # "at the African Union Conference Centre"
        # "in the ASEAN region", "across the SADC region": a place named after the body
        and not (
            _REGION_AFTER.match(text, m.end)
            and _IN_THE_BEFORE.search(text, max(0, m.start - 12), m.start)
        )
        # "the Central American Red Cross Anticipation Network": a region's, not the
        # American Red Cross
        and not ((m.key or "").startswith("ns-") and _REGION_WORD_BEFORE.search(text, 0, m.start))
    ]
    if " and " in text:
        mentions += _elided_societies(text, mentions)
    if "ocieties" in text:
        mentions += _listed_societies(text, mentions)
    taken = [(m.start, m.end) for m in mentions]
    # names in no list need a head word ("… Society") or a government: most sentences have none
    if (
        "overnment" in text
        or any(tokens[i].text in ORG_HEADS for i in capitalised_at(text))
        or (" for " in text and _HUMANITARIAN_FOR.search(text))
        or " Unit (" in text
    ):
        mentions += [
            _national_body(m)
            for m in _pattern_mentions(text, tokens, taken)
            if not _not_a_body(text, m)
        ]
    if "relation" in sentence_cues(text) and _RELATION_CUE.search(text):
        mentions += _slot_mentions(text, [(m.start, m.end) for m in mentions])
        mentions += _left_slot(text, [(m.start, m.end) for m in mentions])
        if " with " in text:
            mentions += _partner_slot(text, [(m.start, m.end) for m in mentions])
    elif _HOSTED_BY_CUE.search(text):  # "It was co-hosted by CEPREDENAC and …": its hosts
        mentions += _acronym_slots(text, [(m.start, m.end) for m in mentions])
    if "rule:rule_donation" in sentence_cues(text):
        mentions += _giver_slot(text, [(m.start, m.end) for m in mentions])
        mentions += _opening_giver(text, [(m.start, m.end) for m in mentions])
        if " and " in text or ";" in text or "when " in text:
            mentions += _clause_givers(text, [(m.start, m.end) for m in mentions])
    if " by " in text:
        mentions += _given_by_slot(text, [(m.start, m.end) for m in mentions])
    mentions += _described_bodies(text, [(m.start, m.end) for m in mentions])
    if "Minister " in text:
        mentions += _ministries(text, [(m.start, m.end) for m in mentions])
    if " by " in text and ("charge" in text or "no cost" in text):
        mentions += _free_service_slot(text, [(m.start, m.end) for m in mentions])
    for m in _PLACE_LOCAL_GOVERNMENT.finditer(text) if "overnment" in text else ():
        # "representatives of the Lower Austria provincial government": the same body
        a, b = m.span("name")
        place = m.group("place")
        if any(w in ORG_HEADS or w in NOT_NAME for w in place.split()):
            continue  # "the Society regional government …": no place
        if not m.group("level"):
            # "the Nova Scotia government", "the Punjab government": a province's or state's
            # (a country's is the gazetteer's: "the Kenya government", "the Kenyan government")
            norm = tuple(t.norm for t in tokenize(place))
            if (
                norm in gazetteer().countries
                or norm[0] in gazetteer().demonyms
                or any(w in HONORIFICS or w.isupper() for w in place.split())
            ):
                continue
            _add_government(text, mentions, m.span("name"), f"Government of {place}")
            continue
        label = f"{m.group('level').title()} Government of {place}"
        _add_government(text, mentions, m.span("name"), label)
    for m in _REGION_FUNDS.finditer(text) if "Region of " in text else ():
        # "runs with the support of the Region of Attica": the region's government gives
        _add_government(text, mentions, m.span("name"), m.group("name"))
    for m in _LOCAL_GOVERNMENT_OF.finditer(text) if "government of" in text else ():
        # "the regional government of Loreto": a body, though written in lower case
        label = f"{m.group('level').title()} Government of {m.group('place')}"
        _add_government(text, mentions, m.span(), label)
    for m in _LEADING_HEAD.finditer(text):
        # "Banco Pichincha", "Fundación Telefónica": a name whose head comes first
        a, b = m.span()
        # ("Universidad Central del Ecuador" over the "Universidad Central" read before it)
        mentions = [
            o
            for o in mentions
            if not (o.source in ("pattern", "slot") and o.start == a and o.end < b)
        ]
        if all(b <= x or a >= y for x, y in ((o.start, o.end) for o in mentions)):
            name = m.group(0)
            kind = (
                "government"
                if m.group("public")
                else "other"
                if m.group("academic")
                else "company"
                if m.group("head")
                in (
                    "Banco",
                    "Banca",
                    "Banque",
                    "Grupo",
                    "Caja",
                    "Empresa",
                    "Empresas",
                    "Corporación",
                    "Compañía",
                    "Industrias",
                )
                else "ngo"
            )
            mentions.append(Mention(a, b, name, {slugify(name)}, "pattern", kind, None, name))
    # ("Mobile operator Tcell said …": the trade in capitals at the sentence's start, or
    # after a dateline's dash)
    trades = _OPENING.sub(_lower_opening, text) if "business" in sentence_cues(text) else ""
    for m in _COMPANY_APPOSITION.finditer(trades):
        a, b = m.span(1)
        if all(b <= x or a >= y for x, y in ((o.start, o.end) for o in mentions)):
            name = m.group(1)
            mentions.append(Mention(a, b, name, {slugify(name)}, "pattern", "company", None, name))
    for m in _BODY_APPOSITION.finditer(text) if ", " in text else ():
        # "Alberta Innovates, the province's research and innovation agency": a body
        a, b = m.span("name")
        first_word = m.group("name").split()[0]
        if (
            all(b <= x or a >= y for x, y in ((o.start, o.end) for o in mentions))
            and not _place_or_people(tuple(t.norm for t in tokenize(m.group("name"))))
            and first_word not in NOT_NAME
            and not first_word.endswith("ly")
        ):
            name = m.group("name")
            public = bool(m.group("public")) or m.group("head").lower() == "ministry"
            kind = "company" if m.group("company") else "government" if public else "ngo"
            mentions.append(Mention(a, b, name, {slugify(name)}, "pattern", kind, None, name))
    if "relation" in sentence_cues(text) or "rule:rule_donation" in sentence_cues(text):
        mentions += _brand_country(text, tokens, [(m.start, m.end) for m in mentions])
    if " (" in text:
        mentions += _spelt_before_acronym(text, [(m.start, m.end) for m in mentions])
    if " of " in text:
        mentions += _states(text, [(m.start, m.end) for m in mentions])
    if "ity of " in text or "own of " in text:
        mentions += _cities(text, [(m.start, m.end) for m in mentions])
    if "overnor of" in text or "refect of" in text:
        mentions += _governed(text, [(m.start, m.end) for m in mentions])
    if "." in text:
        mentions += _web_names(text, [(m.start, m.end) for m in mentions])
    mentions.sort(key=lambda m: m.start)
    mentions = _units_of(text, mentions) if "–" in text or " - " in text else mentions
    mentions = _units_within(text, mentions) if " of " in text or " at " in text else mentions
    mentions = _unit_then_body(text, mentions) if " of the " in text else mentions
    mentions = _under_parent(text, mentions) if " under " in text else mentions
    mentions = _glue_parent_acronym(text, mentions)
    if "Ministry of " in text and ", " in text:
        mentions = _ministry_portfolios(text, mentions)
    if "/" in text:
        mentions = _slashed_short_forms(text, mentions)
    if "'s " in text or "’s " in text:
        mentions = _owned_by_government(text, mentions)
    if "agency" in text or "fund" in text or "ffice" in text or "rogramme" in text:
        mentions = _un_described(text, mentions)
    if "agency" in text or " fund" in text:
        # "UNHCR, the U.N. refugee agency, …": the UN only describes the agency named
        mentions = [m for m in mentions if not (m.key == "un" and _UN_AGENCY_OF.match(text, m.end))]
    if "agencies" in text or " system" in text:
        # "United Nations agencies", "the UN system": a kind of body, not the UN itself
        mentions = [m for m in mentions if not (m.key == "un" and _UN_KIND.match(text, m.end))]
    if " countries" in text or " member states" in text:
        # "the delegation for the Gulf Cooperation Council countries": a region, not the body
        mentions = [
            m
            for m in mentions
            if not (
                _ITS_COUNTRIES.match(text, m.end)
                and _FOR_THE.search(text, max(0, m.start - 12), m.start)
            )
        ]
    for m in mentions:
        if m.kind == "company" and m.source == "pattern":
            _public_department(m)  # ("Health Canada and Public Safety Canada": no brands)
    if '"' in text or "“" in text or "«" in text or "„" in text:
        # "the Public Association “Red Crescent Society of Kyrgyzstan”": a legal form before
        # the name in quotes, not a body of its own
        mentions = [
            m
            for m in mentions
            if not (
                _LEGAL_FORM_NAME.fullmatch(m.label or m.text)
                and re.match(r"\s*[\"“«„]", text[m.end :])
            )
        ]
    return _list_members(text, tokens, _adopt_known_acronyms(text, mentions))


_ITS_COUNTRIES = re.compile(r"\s+(?:countries|member\s+states)\b")
_FOR_THE = re.compile(r"\b(?:for|in|across|throughout)\s+(?:the\s+)?$")


_UN_AGENCY_OF = re.compile(
    r"\.?(?:['’]s)?\s+(?:[a-z][\w'’-]*\s+){1,2}(?:agency|fund|programme|program|body|arm)\b"
)
#: "the United Nations refugee agency", "the U.N. children's fund": a UN body by what it does
_UN_DESCRIBED = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations)(?:['’]s)?\s+(?P<what>refugee|children['’]s|child|"
    r"migration|food(?:\s+aid)?|health|humanitarian(?:\s+(?:aid|coordination))?|aid\s+coordination|"
    r"population|sexual\s+and\s+reproductive\s+health|development|agriculture|food\s+and\s+"
    r"agriculture|Palestin(?:e|ian)\s+refugee|women['’]s|disaster(?:\s+risk)?(?:\s+reduction)?|"
    r"cultural|education(?:al)?)\s+(?P<kind>agency|fund|office|programme|body|organi[sz]ation)\b",
    re.I,
)
_UN_BODY_FOR = {
    "refugee": "unhcr",
    "children's": "unicef",
    "child": "unicef",
    "migration": "iom",
    "food": "wfp",
    "food aid": "wfp",
    "health": "who",
    "humanitarian": "ocha",
    "humanitarian aid": "ocha",
    "humanitarian coordination": "ocha",
    "aid coordination": "ocha",
    "population": "unfpa",
    "sexual and reproductive health": "unfpa",
    "development": "undp",
    "agriculture": "fao",
    "food and agriculture": "fao",
    "palestine refugee": "unrwa",
    "palestinian refugee": "unrwa",
    "women's": "un-women",
    "disaster": "undrr",
    "disaster risk": "undrr",
    "disaster risk reduction": "undrr",
    "disaster reduction": "undrr",
    "cultural": "unesco",
    "education": "unesco",
    "educational": "unesco",
}


def _un_described(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "The United Nations refugee agency's representative …": UNHCR, however the UN is
    written; the description stands for the agency, and the UN mention inside it goes."""
    out = list(mentions)
    for m in _UN_DESCRIBED.finditer(text):
        what = re.sub(r"\s+", " ", m.group("what").lower().replace("’", "'"))
        key = _UN_BODY_FOR.get(what)
        if key is None or key not in gazetteer().orgs:
            continue
        a, b = m.span()
        if any(not (o.end <= a or o.start >= b) for o in out if o.key != "un"):
            continue  # (named already, or part of a longer name)
        if any(o.start == b + 1 and o.key != "un" for o in out):
            continue  # "the U.N. children's agency UNICEF": the name that follows tells it
        out = [o for o in out if not (a <= o.start and o.end <= b)]
        out.append(Mention(a, b, m.group(0), {key}, "coreference", "un_agency", None, None))
    out.sort(key=lambda o: o.start)
    return out


_UN_KIND = re.compile(r"\s+(?:agencies|entities|bodies|system|family|organi[sz]ations)\b")


_PORTFOLIO_ITEM = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
#: ", Social Security and Migration": the rest of a ministry's list of portfolios
_MORE_PORTFOLIOS = re.compile(
    rf"(?:,\s+{_PORTFOLIO_ITEM})*,?\s+and\s+{_PORTFOLIO_ITEM}(?![\w'’-]|\s+[A-Z])"
)


_PORTFOLIO_FROM = re.compile(r"\s+from\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*")
_OF_COUNTRY = re.compile(
    r"\s+of\s+(?:the\s+)?((?:Republic\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?![\w'’-])"
)


def _ministry_portfolios(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Ministry of Inclusion, Social Security and Migration": one ministry, its name
    cut at the first comma by the capitalised-phrase pattern (each item must end in a
    portfolio's word and name no body of its own)."""
    out: list[Mention] = []
    for m in mentions:
        # "… Displaced Persons from the Occupied Territories, Labour, Health and …": a
        # qualifier of the first portfolio before the list
        qualifier = _PORTFOLIO_FROM.match(text, m.end)
        at = qualifier.end() if qualifier else m.end
        more = _MORE_PORTFOLIOS.match(text, at) if text.startswith(", ", at) else None
        if not (
            more
            and m.kind == "government"
            and re.match(r"(?:the\s+)?Ministry\s+of\s+", m.text)
            and all(
                re.split(r"\s+", item.strip())[-1] in PORTFOLIO_WORDS
                for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", more.group(0))
                if item.strip()
            )
            and not any(m.end < o.start < more.end() and o.source != "slot" for o in mentions)
        ):
            out.append(m)
            continue
        end, country = more.end(), m.country
        of = _OF_COUNTRY.match(text, end)
        if of:
            country = gazetteer().countries.get(tuple(t.norm for t in tokenize(of.group(1))))
            if country is None:
                out.append(m)
                continue
            end = of.end()
        elif qualifier is None and text.startswith(" of ", end):
            out.append(m)  # "… and Youth of the Ministry …": told whole elsewhere
            continue
        name = text[m.start : end]
        label = re.sub(r"^the\s+", "", name)
        out.append(Mention(m.start, end, name, {slugify(label)}, m.source, m.kind, country, label))
    # (a slot the qualifier held, "the Occupied Territories", is no body of its own)
    spans = [(o.start, o.end) for o in out if o.source != "slot"]
    return [
        o
        for o in out
        if o.source != "slot"
        or not any(a <= o.start and o.end <= b and (a, b) != (o.start, o.end) for a, b in spans)
    ]


def _owned_by_government(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Australian Government's Department of Foreign Affairs and Trade", "the European
    Commission's DG ECHO": the government only says whose department it is; the department
    acts."""
    gz = gazetteer()
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        known = gz.orgs.get(nxt.key or "") if nxt is not None else None
        parent = gz.orgs.get(m.key or "")
        if (
            (m.source == "government" or (parent is not None and parent.kind == "government"))
            and nxt is not None
            and nxt.key != m.key
            and (nxt.kind == "government" or (known is not None and known.kind == "government"))
            and (
                re.fullmatch(r"['’]s\s+(?:the\s+)?", text[m.end : nxt.start])
                or (
                    m.text.endswith(("'s", "’s"))
                    and re.fullmatch(r"\s+(?:the\s+)?", text[m.end : nxt.start])
                )
            )
        ):
            continue
        out.append(m)
    return out


_SLASHED = re.compile(r"\s*\(\s*[A-Z][A-Za-z]{1,9}(?:\s*/\s*[A-Z][A-Za-z]{1,9})+\s*\)")


def _slashed_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Pan American Health Organization (PAHO/WHO)": the brackets name the body just
    named (a regional office of WHO); WHO in them is no second party."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        bracket = _SLASHED.match(text, prev.end) if prev is not None else None
        if bracket and prev is not None and prev.end < m.start and m.end <= bracket.end():
            continue
        out.append(m)
    return out


#: A known body's name opening a building's: the venue, not the body
_VENUE_OF = re.compile(
    r"\s+(?:Conference|Convention|Exhibition)\s+(?:Centre|Center|Hall|Complex)\b"
)
_NAMED_AFTER = re.compile(
    r"\s+(?:Foundation|Hospital|University|College|Academy|Institute|Trust|"
    r"Magazine|Museum|Training\s+(?:Centre|Center|Institute)|Blood\s+(?:Centre|Center|Bank|"
    r"Service|Services))\b"
)


def _named_after(text: str, m: Mention) -> Mention:
    """ "the Chinese Red Cross Foundation", "the Qatar Red Crescent Hospital": another body,
    named after a society (or any known organisation), not the society itself."""
    after = _NAMED_AFTER.match(text, m.end)
    if not after:
        return m
    name = text[m.start : after.end()]
    kind = (
        "other"
        if re.search(r"Hospital|University|College|Academy|Institute|Museum", name)
        else "ngo"
    )
    return Mention(m.start, after.end(), name, {slugify(name)}, "pattern", kind, m.country, name)


_STATE_NAME = re.compile(
    rf"\b[Tt]he\s+{STATE_STYLE}(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})"
)
_AT_A_PLACE = re.compile(
    r"\b(?:in|into|to|across|throughout|within|inside|around|near|at|visit(?:ed|ing|s)?|"
    r"(?:capital|city|part|parts|north|south|east|west|people|citizens|territory|regions?|"
    r"provinces?|districts?|coast|border|borders|south-east|north-east|south-west|north-west)"
    r"\s+of)\s+$"
)


def _states(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "from the State of Kuwait", "the Kingdom of Saudi Arabia donated …": a state acting
    (not a place something happens in) is its government."""
    gz = gazetteer()
    out = []
    for m in _STATE_NAME.finditer(text):
        a, b = m.start(), m.end()
        if any(not (b <= x or a >= y) for x, y in taken) or _AT_A_PLACE.search(text, 0, a):
            continue
        words = m.group("c").split()
        code = None
        while words and code is None:  # "the State of Kuwait Ambassador": the longest country
            code = gz.countries.get(tuple(t.norm for t in tokenize(" ".join(words))))
            if code is None:
                words.pop()
        if code is None:
            continue
        b = m.start("c") + len(" ".join(words))
        country = " ".join(words)
        out.append(
            Mention(
                a,
                b,
                text[a:b],
                {f"gov-{code.lower()}"},
                "government",
                "government",
                code,
                f"Government of {country}",
            )
        )
    return out


_CITY_OF = re.compile(r"\b(?:City|Town)\s+of\s+(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _cities(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "the City of Copenhagen gave …": a city acting (not a place something happens in) is
    its local government."""
    out = []
    for m in _CITY_OF.finditer(text):
        a, b = m.span()
        if any(not (b <= x or a >= y) for x, y in taken) or _AT_A_PLACE.search(
            text, 0, a - 4 if text.endswith("the ", 0, a) else a
        ):
            continue
        words = m.group("c").split()
        if len(words) == 2 and (words[1] in ORG_HEADS or words[1] in NOT_NAME):
            words = words[:1]  # "the City of Lviv Council", "the City of Turku On …"
        b = m.start("c") + len(" ".join(words))
        label = text[a:b]
        out.append(Mention(a, b, label, {slugify(label)}, "pattern", "government", None, label))
    return out


_UNIT_HEAD = re.compile(
    r"\b(?:Department|Directorate|Division|Unit|Section|Bureau)$"
    # "the Central Committee of the VNRC": a society's national body, the society itself
    r"|^(?:[Tt]he\s+)?(?:Central\s+(?:Committee|Council|Executive\s+Committee)|National\s+Headquarters)$"
)


def _under_parent(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Committee of Emergency Situations under the Government of Tajikistan": the
    government qualifies the committee; it is not a body of its own in the sentence."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.kind == "government"
            and re.fullmatch(r"\s+under\s+(?:the\s+)?", text[prev.end : m.start])
        ):
            if prev.source == "pattern" and prev.kind in ("ngo", "other"):
                # (a body under a government is one of its bodies)
                prev.kind, prev.country = "government", prev.country or m.country
            continue
        out.append(m)
    return out


def _units_of(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Prime Minister's Office – Disaster Management Department": one body, told with
    its unit after a dash; the unit is not a second party."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "government"
            and re.fullmatch(r"\s+[–-]\s+", text[prev.end : m.start])
            and _UNIT_HEAD.search(m.label or m.text)
        ):
            continue
        out.append(m)
    return out


_FUND_HEAD = re.compile(r"\b(?:Fund|Facility|Office)$")
_OF_THE_BODY = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+of\s+(?:the\s+)?")


#: "… the Department of International Relations of the Committee": a unit's name, then
#: its body's after the last "of"
_UNIT_NAMED_OF = re.compile(
    r"\b(?:Department|Office|Unit|Division|Bureau|Section|Directorate|Delegation)\s+of\s+$"
)


def _unit_then_body(text: str, mentions: list[Mention]) -> list[Mention]:
    """A pattern mention "X of the Y" right after "Department of": X names the unit, and
    the mention is the body "Y" alone."""
    out: list[Mention] = []
    for m in mentions:
        of = m.text.rfind(" of the ") if m.source == "pattern" else -1
        if of > 0 and _UNIT_NAMED_OF.search(text, max(0, m.start - 40), m.start):
            body = m.text[of + len(" of the ") :]
            start = m.start + of + len(" of the ")
            out.append(
                Mention(start, m.end, body, {slugify(body)}, "pattern", m.kind, m.country, body)
            )
            continue
        out.append(m)
    return out


def _units_within(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Director of the Community Health Bureau of the Thai Red Cross Society": a unit of
    the body named after it only locates a person; it is no party of its own."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.source == "pattern"
            and nxt is not None
            and nxt.key
            and (_UNIT_HEAD.search(m.label or m.text) or _FUND_HEAD.search(m.label or m.text))
            and _OF_THE_BODY.fullmatch(text[m.end : nxt.start])
        ):
            continue  # (and "the Disaster Response Emergency Fund (DREF) of the IFRC": its fund)
        if (
            m.source == "pattern"
            and nxt is not None
            and (nxt.key or "").startswith("ns-")
            and (m.label or m.text).split()[-1] in ("Committee", "Commission", "Council")
            and re.fullmatch(r"\s+at\s+(?:the\s+)?", text[m.end : nxt.start])
        ):
            continue  # "Chairman of the Relief Committee at the Kuwait Red Crescent Society"
        if (
            m.source == "pattern"
            and nxt is not None
            and nxt.key
            and _HEADED_UNIT.search(text, 0, m.start)
            and re.fullmatch(r"\s+at\s+(?:the\s+)?", text[m.end : nxt.start])
        ):
            continue  # "Head of the Corporate Sustainability Center at Samsung": its unit;
            # "Executive Director of Relief and International Development at QRCS": a portfolio
        out.append(m)
    return out


_HEADED_UNIT = re.compile(
    r"\b(?:Head|Director|Chief|Manager|Coordinator|Officer|Chair(?:man|woman|person)?|Lead)"
    r"\s+of\s+(?:the\s+|its\s+)?$"
)


_GOVERNOR_OF = re.compile(
    r"\b[Gg]overnor\s+of\s+(?:the\s+)?(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}?\s+"
    r"(?:State|Province|County|Governorate|Region|Prefecture))\b"
)


#: "the Prefect of Agrigento", "Prefect of Galați County": the head of a prefecture
_PREFECT_OF = re.compile(
    rf"\b[Pp]refect\s+of\s+(?:the\s+)?(?P<n>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}?)"
    r"(?=\s*[,;.)]|\s+(?:and|who|said|was|is|has|had|in|at|on)\b)"
)
_AREA_LAST = frozenset({"County", "Province", "Region", "Department", "District"})


def _governed(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "the Governor of Borno State": a governor speaks for the state's government, which
    the text does not name otherwise; a prefect for the prefecture ("the Prefect of
    Agrigento": the Prefecture of Agrigento, one key however it is named)."""
    out = []
    for m in _GOVERNOR_OF.finditer(text):
        a, b = m.span("n")
        if any(not (b <= x or a >= y) for x, y in taken):
            continue
        name = f"{m.group('n')} Government"
        out.append(Mention(a, b, text[a:b], {slugify(name)}, "pattern", "government", None, name))
    for m in _PREFECT_OF.finditer(text) if "refect " in text else ():
        a, b = m.span("n")
        place = m.group("n").rstrip(".")
        if any(not (b <= x or a >= y) for x, y in taken) or place.split()[0] in NOT_NAME:
            continue
        name = (
            f"{place} Prefecture" if place.split()[-1] in _AREA_LAST else f"Prefecture of {place}"
        )
        key = slugify(f"Prefecture of {place}")
        # (named as the prefecture, not the place: "government" keeps the label)
        out.append(Mention(a, b, text[a:b], {key}, "government", "government", None, name))
    return out


_WEB_NAME = re.compile(r"\b[A-Z][A-Za-z0-9-]+\.(?:org|com|net|io)\b")


def _web_names(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "Airbnb.org has teamed up with …": a name spelt as a web address is an organisation."""
    out = []
    for m in _WEB_NAME.finditer(text):
        a, b = m.span()
        if any(not (b <= x or a >= y) for x, y in taken):
            continue
        kind = "ngo" if m.group(0).endswith(".org") else "company"
        out.append(
            Mention(a, b, m.group(0), {slugify(m.group(0))}, "pattern", kind, None, m.group(0))
        )
    return out


def _glue_parent_acronym(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the ASEAN Coordinating Centre for …": a known body's acronym right before a name
    that is no unit of it (an office, a delegation) begins that other body's name."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.source in ("gazetteer", "acronym")
            and is_acronym(prev.text)
            and m.source == "pattern"
            and text[prev.end : m.start] == " "
            and m.text.split()[-1] not in UNIT_HEADS
            and m.text.split()[0] not in UNIT_HEADS
        ):
            name = text[prev.start : m.end]
            out[-1] = Mention(
                prev.start, m.end, name, {slugify(name)}, "pattern", m.kind, m.country, name
            )
            continue
        out.append(m)
    return out


_BODY = (
    r"(?:(?:(?:Federal|National|Royal)\s+)?(?:Ministry|Department|Directorate)|"
    r"National\s+(?:[A-Z][\w-]*\s+){0,4}(?:Secretariat|Agency|Institute|Service|Commission|"
    r"Office|Unit|Centre|Center|Authority))\b.*"
)
_COUNTRY_S_BODY = re.compile(
    rf"^(?:[Tt]he\s+)?(?P<c>[A-Z][\w -]+?)(?:\s+Government)?['’]s\s+(?P<b>{_BODY})$"
)
_ADJ_BODY = re.compile(rf"^(?:[Tt]he\s+)?(?P<c>[A-Z][\w-]+)\s+(?P<b>{_BODY})$")
_BODY_OF_COUNTRY = re.compile(
    rf"^(?:[Tt]he\s+)?(?P<b>{_BODY}?)\s+of\s+(?:the\s+)?(?:{STATE_STYLE})?"
    rf"(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$"
)


#: "… at Afya House": a name right after "at" ending in a building's word is a venue
_VENUE_BEFORE = re.compile(r"\b(?:at|in|inside|outside)\s+(?:the\s+)?$")
_VENUE_HEADS = frozenset(
    {
        "House",
        "Building",
        "Hall",
        "Tower",
        "Towers",
        "Palace",
        "Plaza",
        "Hotel",
        "Stadium",
        "Arena",
        "Centre",
        "Center",
    }
)


_LEGAL_FORM_NAME = re.compile(
    r"(?:(?:Public|State|Municipal|Non-?[Pp]rofit|Non-?[Gg]overnmental|Non-?[Cc]ommercial|"
    r"Charitable|Voluntary|Social)\s+)+(?:Association|Organi[sz]ation|Foundation|Fund|Union|"
    r"Corporation|Institution|Enterprise|Company)"
)
_SEAT_OF_OFFICE = re.compile(
    r"(?:[A-Z][\w-]+\s+){0,2}(?:Minister|President|Governor|Mayor|Premier|King|Emir)['’]s\s+"
    r"(?:Secretariat|Residence|House|Palace|Lodge)(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
)
_GENERIC_SOCIETY = re.compile(r"National\s+(?:Red\s+Cross|Red\s+Crescent)\s+Society")


def _not_a_body(text: str, m: Mention) -> bool:
    """Whether a name built like a body's is none: a building ("the State House"), a venue
    right after "at" ("at Afya House"), the Movement's statutory meeting, an honour."""
    name = m.label or m.text
    words = name.split()
    return (
        name in _BUILDINGS
        # "called on the Chief Minister at the Chief Minister's Secretariat in Gilgit": the
        # holder's seat, a place
        or (
            bool(_SEAT_OF_OFFICE.fullmatch(name))
            and bool(
                re.search(
                    r"\b(?:at|in|to|outside)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?$", text[: m.start]
                )
            )
        )
        # "the only National Red Crescent Society recognised in …": any society, no name
        or bool(_GENERIC_SOCIETY.fullmatch(name))
        # "who heads the society's Population Movement Operation": a unit of the society
        or (m.source == "pattern" and bool(_SOCIETYS.search(text, max(0, m.start - 30), m.start)))
        or bool(_NOT_BODIES.search(name))
        or (
            bool(words)
            # ("at the National Coordination Centre for Operations": the head before "for")
            and re.split(r"\s+(?:for|of)\s+", name)[0].split()[-1] in _VENUE_HEADS
            and bool(_VENUE_BEFORE.search(text[: m.start]))
        )
        or (
            bool(words)
            and words[-1] == "Group"
            and bool(_PLACE_LIST_BEFORE.search(text, max(0, m.start - 80), m.start))
        )
        or (
            # "funding … to the IFRC under the Programmatic Partnership": an instrument
            bool(words)
            and words[-1] in _INSTRUMENT_HEADS
            and bool(re.search(r"\bunder\s+(?:the\s+|its\s+|their\s+)?$", text[: m.start]))
        )
        # "allocated … to the National Society for the Lassa fever response": a purpose
        or (
            name.startswith(("National Society for", "Society for the"))
            and bool(re.match(r"\s+[a-z]", text[m.end :]))
        )
        # "the Bosnian National Society in Doboj": that people's society, read as such later
        or (
            len(words) >= 3
            and words[1:3] == ["National", "Society"]
            and f"ns-{(gazetteer().demonyms.get(words[0].lower()) or 'xx').lower()}"
            in gazetteer().orgs
        )
    )


_INSTRUMENT_HEADS = frozenset(
    {"Partnership", "Programme", "Program", "Framework", "Plan", "Facility", "Mechanism"}
)


#: "… villages across Viti Levu, Vanua Levu and the Lau Group": islands in a list of places
_PLACE_LIST_BEFORE = re.compile(
    r"\b(?:across|throughout|in|on|to|around)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"(?:,\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*(?:,|,?\s+and)\s+(?:the\s+)?$"
)

#: Names built like a body's that are not one: the Movement's statutory meeting, honours.
_SOCIETYS = re.compile(r"\b[Tt]he\s+(?:[Nn]ational\s+)?(?:society|[Ff]ederation)['’]s\s+$")
_NOT_BODIES = re.compile(
    r"^(?:The\s+)?Council of Delegates\b|"
    # "the units of the Central Committee": a society's national body told by its organ
    r"^(?:The\s+)?Central\s+(?:Committee|Council|Executive\s+Committee)$|\b(?:Medal|Award|Prize|Trophy)\b"
    # "the Humanitarian Service Points at the border": places of a service, not a body
    r"|\b(?:Points|Sites|Posts|Camps|Stations|Units|Teams|Kits|Clinics|Desks)$"
    r"|\bService\s+Points?\b"
    # "the Turkana County Climate Change Fund Act": a law
    r"|\s(?:Act|Bill|Ordinance|Decree)(?:\s+(?:of\s+)?\d{4})?$|^(?:An?\s+)?Act\s+of\s"
    # an appeal's form: "Host National Society: …", "Partner National Societies: …"
    r"|^(?:Host|Partner|Participating|Operating|Supporting)\s+National\s+Societ(?:y|ies)$"
    # a headline's instrument: "… Sign Protocol on Services in Container Settlements"
    r"|^(?:Protocol|Memorandum|Agreement|Convention|Declaration|Charter|Treaty|Accord|Deal)\s+"
    r"(?:on|of|for)\s"
)

#: Buildings named like bodies ("at the State House"): places, not parties
_BUILDINGS = frozenset(
    {
        "State House",
        "Government House",
        "Parliament House",
        "City Hall",
        "Town Hall",
        "Peace Palace",
        "Presidential Palace",
        "Royal Palace",
    }
)


_PUBLIC_WORDS = frozenset(
    [
        "Emergency",
        "Disaster",
        "Public",
        "Health",
        "Global",
        "Indigenous",
        "Environment",
        "Safety",
        "Management",
        "Services",
        "Affairs",
        "Social",
        "Development",
        "Civil",
        "Protection",
        "Defence",
        "Defense",
        "Transport",
        "Immigration",
        "Citizenship",
        "Refugees",
        "Housing",
        "Employment",
        "Agriculture",
        "Justice",
        "Heritage",
        "Fisheries",
        "Oceans",
        "Natural",
        "Resources",
    ]
)


def _public_department(m: Mention) -> bool:
    """ "Health Canada", "Public Safety Canada": a state's department named by its field and
    its country (made a government body of that country)."""
    words = (m.label or m.text).split()
    if (
        m.source == "pattern"
        and len(words) >= 2
        and all(w in _PUBLIC_WORDS for w in words[:-1])
        and (code := country_code(words[-1]))
    ):
        m.kind, m.country = "government", code
        return True
    return False


def _national_body(m: Mention) -> Mention:
    """One key for one ministry however its country is told: "Denmark's Ministry of Foreign
    Affairs", "the Danish Ministry of Foreign Affairs", "the Ministry of Foreign Affairs of
    Denmark" are ``ministry-of-foreign-affairs-dk`` (as a ministry of the article's country
    named without one is); the first form seen stays the label. A state's department named
    by its field and its country ("Health Canada", "Public Safety Canada") is a government
    body, not a company's arm in a country."""
    if _public_department(m):
        return m
    if m.kind != "government" or not m.country:
        return m
    label = m.label or m.text
    for form in (_COUNTRY_S_BODY, _ADJ_BODY, _BODY_OF_COUNTRY):
        hit = form.match(label)
        if not hit:
            continue
        code = country_code(hit.group("c"))
        if code == m.country:
            m.keys = {f"{slugify(hit.group('b'))}-{code.lower()}"}
            if form is _COUNTRY_S_BODY:
                # "Sudan's Federal Ministry of Health": the Federal Ministry of Health of Sudan
                m.label = f"{hit.group('b')} of {hit.group('c')}"
            break
    return m


_ELIDED = re.compile(r"((?:[A-Z][\w-]+(?:\s*,\s*|\s+))+)and\s+$")


@lru_cache(maxsize=1)
def _society_words() -> dict[str, str]:
    """ "hellenic" → "GR": the first word of a National Society's own name, where it is
    not its country's adjective, stands for it in a list ("the Italian, Hellenic and Malta
    Red Cross societies")."""
    gz = gazetteer()
    out: dict[str, str] = {}
    for key, o in gz.orgs.items():
        words = o.label.split()
        if key.startswith("ns-") and len(words) > 2 and words[1] == "Red" and o.country:
            out.setdefault(words[0].lower(), o.country)  # ("South Sudan …": two words, not one)
    return out


def _society_code(word: str) -> str | None:
    """The country a word in a list of societies stands for: an adjective or a society's
    own first word."""
    low = word.lower()
    return gazetteer().demonyms.get(low) or _society_words().get(low)


def _elided_societies(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Norwegian and Malawian Red Cross", "the Ugandan, Rwandan and Kenyan Red Cross
    societies": each adjective before the named society stands for its own society."""
    gz = gazetteer()
    known = {m.key for m in mentions}
    out = []
    for m in mentions:
        if not (m.key or "").startswith("ns-") or m.text.split()[0].lower() not in gz.demonyms:
            continue
        before = _ELIDED.search(text, max(0, m.start - 80), m.start)
        if not before:
            continue
        words = [w for w in re.finditer(r"[A-Z][\w-]+", before.group(1)) if w.group(0) != "The"]
        run: list[re.Match[str]] = []  # the adjectives right before "and", back to front
        for w in reversed(words):
            if _society_code(w.group(0)) is None:
                break  # "the Norwegian Refugee Council and the …": a name, not adjectives
            run.append(w)
        if len(run) < len(words) and words[len(words) - len(run) - 1].end() + 1 == (
            run[-1].start() if run else -1
        ):
            run = []  # "… Refugee Norwegian and …": joined to a name by a space
        for w in reversed(run):
            code = _society_code(w.group(0))
            key = f"ns-{code.lower()}" if code else None
            org = gz.orgs.get(key) if key else None
            if org is None or key in known:
                continue
            known.add(key)
            a, b = w.span()
            out.append(Mention(a, b, w.group(0), {key}, "gazetteer", m.kind, code, org.label))
    for m in mentions:
        # "the Fiji, Tonga, Cook Islands and Solomon Islands Red Cross societies": countries
        if not (m.key or "").startswith("ns-"):
            continue
        before = _ELIDED_COUNTRIES.search(text, max(0, m.start - 120), m.start)
        if not before:
            continue
        items = [i.strip() for i in re.split(r"\s*,\s*|\s+and\s+", before.group(1)) if i.strip()]
        found = []
        for item in items:
            at = before.start(1) + before.group(1).find(item)
            if item.startswith(("the ", "The ")):
                at, item = at + 4, item[4:]
            code = gz.countries.get(tuple(t.norm for t in tokenize(item))) or (
                _society_code(item) if " " not in item else None  # "Italian, Cyprus and …"
            )
            key = f"ns-{code.lower()}" if code else None
            org = gz.orgs.get(key) if key else None
            if org is None:
                found = []
                break  # not a list of countries
            found.append((at, at + len(item), item, key, code, org.label))
        for a, b, item, key, code, label in found:
            if key not in known:
                known.add(key)
                out.append(Mention(a, b, item, {key}, "gazetteer", m.kind, code, label))
    return out


#: "the six Pacific Island societies – Samoa, Fiji, Tonga and the Cook Islands –": the
#: countries listed stand for their societies
_SOCIETIES_LISTED = re.compile(
    r"\b[Ss]ocieties\s*(?:–|—|--|\(|:)\s*((?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"\s*,\s*)+(?:and\s+)?(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:\s*,?\s+and\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?)"
)


def _listed_societies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each country listed after "societies" as its National Society."""
    gz = gazetteer()
    known = {m.key for m in mentions}
    out: list[Mention] = []
    for hit in _SOCIETIES_LISTED.finditer(text):
        found = []
        for item in re.finditer(
            r"(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})", hit.group(1)
        ):
            code = gz.countries.get(tuple(t.norm for t in tokenize(item.group(1))))
            key = f"ns-{code.lower()}" if code else None
            org = gz.orgs.get(key) if key else None
            if org is None:
                found = []
                break  # not a list of countries
            a = hit.start(1) + item.start(1)
            found.append(
                Mention(
                    a,
                    a + len(item.group(1)),
                    item.group(1),
                    {key},
                    "gazetteer",
                    "national_society",
                    code,
                    org.label,
                )
            )
        out += [m for m in found if m.key not in known]
    return out


#: Country names listed before a society's name, which each stand for their own society
_ELIDED_COUNTRIES = re.compile(
    r"((?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*,\s*)*"
    r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*,?\s+and\s+)$"
)


#: Words that end the name of a minister's portfolio ("Foreign Affairs", "Public Health").
PORTFOLIO_WORDS = frozenset(
    [
        "Affairs",
        "Health",
        "Development",
        "Defence",
        "Defense",
        "Interior",
        "Education",
        "Finance",
        "Justice",
        "Cooperation",
        "Co-operation",
        "Relief",
        "Management",
        "Welfare",
        "Services",
        "Trade",
        "Agriculture",
        "Environment",
        "Labour",
        "Labor",
        "Security",
        "Protection",
        "Works",
        "Planning",
        "Economy",
        "Energy",
        "Transport",
        "Solidarity",
        "Emergencies",
        "Situations",
        "Family",
        "Families",
        "Youth",
        "Women",
        "Children",
        "Culture",
        "Communications",
        "Information",
        "Industry",
        "Resources",
        "Response",
        "Reconstruction",
        "Refugees",
        "Housing",
        "Migration",
        "Displacement",
        "Population",
        "Water",
        "Sanitation",
        "Disasters",
        "Disaster",
        "Aid",
        "Assistance",
        "Integration",
        "Employment",
        "Equality",
        "Sports",
        "Tourism",
        "Investment",
        "Commerce",
        "Budget",
        "Treasury",
        "Safety",
    ]
)
PORTFOLIO_WORDS = PORTFOLIO_WORDS | frozenset(
    [
        "Alleviation",  # "Humanitarian Affairs and Poverty Alleviation"
        "Poverty",
        "Action",
        "Relations",
        "Rights",
        "Inclusion",
        "Cohesion",
        "Operations",
        "Administration",
        "Policy",
        "Reform",
        "Innovation",
        "Technology",
        "Science",
        "Research",
        "Mines",
        "Fisheries",
        "Forestry",
        "Lands",
        "Infrastructure",
        "Recovery",
        "Resilience",
        "Preparedness",
        "Care",
        "Nutrition",
        "Heritage",
        "Unity",
        "Peace",
        "Reconciliation",
        "Gender",
        "Religion",
        "Endowments",
        "Awqaf",
        "Expatriates",
        "Diaspora",
        "Immigration",
        "Citizenship",
        "Police",
        "Aviation",
        "Communication",
        "Adaptation",  # "Climate Change Adaptation"
        "Change",
        "Climate",
        "Meteorology",
        "Hazards",
        "Oceans",
    ]
)
_MINISTER_OF = re.compile(
    r"\bMinister\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:,?\s+(?:[A-Z][\w'’-]+|and|of|&))*)"
)


def _brand_country(
    text: str, tokens: tuple[Token, ...], taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "Nestlé Ecuador has donated …": a brand right before a country names a company's
    national arm (in a sentence that tells a relationship)."""
    gz = gazetteer()
    out = []
    for p in find_places(text):
        if not p.is_country or any(not (p.end <= a or p.start >= b) for a, b in taken):
            continue
        if len(p.text) <= 3 and not p.text.isupper():
            continue  # "About Us": a word, not the US
        before = [t for t in tokens if t.end <= p.start]
        after = [t for t in tokens if t.start >= p.end]
        if not before or text[before[-1].end : p.start] != " ":
            continue
        if not _brand_word(before[-1], gz, taken) or (
            after and after[0].text[:1].isupper() and text[p.end : after[0].start] == " "
        ):
            continue
        brand = [before[-1]]
        # "Practical Action Nepal": a brand of two or three words, joined by spaces only
        for prev in reversed(before[-3:-1]):
            if (
                text[prev.end : brand[0].start] != " "  # ("Home  About": a menu's cells)
                or not _brand_word(prev, gz, taken)
                or prev.text in _TRADE_WORDS
            ):
                break  # ("Retailer Walmart México": the trade is not the brand's)
            brand.insert(0, prev)
        name = text[brand[0].start : p.end]
        ngo = any(w in t.text for t in brand for w in _NGO_BRAND_WORDS)  # "ActionAid"
        kind = "ngo" if ngo else "company"
        out.append(
            Mention(brand[0].start, p.end, name, {slugify(name)}, "pattern", kind, p.country, name)
        )
    return out


#: Words that make a brand before a country an NGO's national arm, not a company's.
_NGO_BRAND_WORDS = frozenset(
    [
        "Action",
        "Aid",
        "Relief",
        "Care",
        "Vision",
        "Children",
        "Hope",
        "Help",
        "Mercy",
        "Plan",
        "Concern",
        "Caritas",
        "Oxfam",
        "Mission",
        "Humanity",
        "Rescue",
        "Solidarity",
        "Welfare",
        "Charity",
        "Foundation",
        "Trust",
        "Association",
        "Council",
        "Alliance",
        "Network",
        "Initiative",
        "Hands",
    ]
)


def _brand_word(token: Token, gz: Gazetteer, taken: list[tuple[int, int]]) -> bool:
    """A capitalised word that can be part of a brand's name (not a place, post or date)."""
    return (
        token.text[:1].isupper()
        and token.text not in _BRAND_COUNTRY_NOT
        and token.norm not in _DATE_WORDS
        and token.norm not in gz.demonyms
        and not ROLE_RE.fullmatch(token.text)
        and (token.norm,) not in gz.countries
        and not any(a <= token.start < b for a, b in taken)
    )


def _ministries(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "the Minister of Public Health, X": the minister's ministry is an organisation."""
    out = []
    for m in _MINISTER_OF.finditer(text):
        words = m.group(1).split()
        # the portfolio ends at its last portfolio word; a name may follow ("… Development A B")
        while words and words[-1].strip("'’,") not in PORTFOLIO_WORDS:
            words.pop()
        a = m.start(1)
        b = a + len(" ".join(words))
        if words and words[-1].endswith(","):
            b -= 1  # "the Minister of Health, A B": the portfolio ends before the comma
        if not words or any(not (b <= x or a >= y) for x, y in taken):
            continue
        of_country = re.match(
            rf"\s+of\s+(?:the\s+)?(?:{STATE_STYLE})?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})",
            text[b:],
        )
        if of_country:
            # "Minister of Health of Ukraine", "… of the Republic of Kazakhstan A B": the
            # longest country name (a name may follow)
            names = list(re.finditer(r"[A-Z][\w'’-]*", of_country.group(1)))
            while names:
                country = of_country.group(1)[: names[-1].end()]
                code = _state_code(country)
                if code:
                    # (named as a ministry written out would be, its country's style kept:
                    # "Ministry of Justice of the Republic of Tajikistan")
                    b += of_country.start(1) + names[-1].end()
                    label = "Ministry of " + text[a:b]
                    # (one key with the ministry named as such: "Ministry of Health of Ukraine")
                    out.append(
                        _national_body(
                            Mention(
                                a,
                                b,
                                text[a:b],
                                {slugify(label)},
                                "ministry",
                                "government",
                                code,
                                label,
                            )
                        )
                    )
                    break
                names.pop()
            if names:
                continue
        label = "Ministry of " + text[a:b]
        out.append(
            Mention(a, b, text[a:b], {slugify(label)}, "ministry", "government", None, label)
        )
    return out


def _state_code(name: str) -> str | None:
    """The ISO code of a country by its name, or by the style "the Kyrgyz Republic", "the
    Slovak Republic" (its people's adjective before "Republic") some states write."""
    gz = gazetteer()
    norm = tuple(t.norm for t in tokenize(name))
    if norm in gz.countries:
        return gz.countries[norm]
    if len(norm) == 2 and norm[1] == "republic":
        return gz.demonyms.get(norm[0])
    return None


def _adopt_known_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Full Name (ACR)" where ACR is a known organisation: the long name, however it is
    spelled, is that organisation, and a possessive parent right before it ("the European
    Union's … (ECHO)") is part of its name."""
    gz = gazetteer()
    out: list[Mention] = []
    for m in mentions:
        d = _DEFINITION.match(text[m.end :]) if m.source in ("pattern", "slot") else None
        keys = gz.acronyms.get(d.group(1).replace(".", "")) if d else None
        if keys and len(keys) == 1:
            m.keys, m.source, m.label = set(keys), "gazetteer", None
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.text.endswith(("'s", "’s"))
                and text[prev.end : m.start] == " "
            ):
                out.pop()
                m.start, m.text = prev.start, text[prev.start : m.end]
        out.append(m)
    return out


_LIST_SEP = re.compile(r"^\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$")


_RELATION_VERB_AFTER = re.compile(
    r"\s+(?:have\s+|has\s+)?(?:signed|agreed|launched|formed|renewed|concluded|entered|"
    r"announced|joined|partnered|teamed)\b"
)


def _list_members(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """An unknown all-capitals name listed between organisations ("A, NORCAP and B") is one;
    so is a one-word name heading a list after "with", or paired with a known one before a
    relationship verb ("The X Society and Bancolombia signed …")."""
    if not mentions:
        return mentions
    out = list(mentions)
    for i, tok in enumerate(tokens):
        word = tok.text
        capitals = word.isupper() and word.isalpha() and 3 <= len(word) <= 10
        # "… with Unilever, the Zurich Insurance Group and …": a one-word name heading a list
        heads_list = (
            not capitals
            and word[:1].isupper()
            and word.isalpha()
            and len(word) >= 4
            and i > 0
            and (
                tokens[i - 1].norm in ("with", "between")
                or (  # "The X Society and Bancolombia signed …"
                    tokens[i - 1].norm == "and"
                    and i + 1 < len(tokens)
                    and _RELATION_VERB_AFTER.match(text, tok.end)
                    and any(m.end == tokens[i - 1].start - 1 for m in mentions)
                )
            )
            and (i + 1 == len(tokens) or not tokens[i + 1].text[:1].isupper())
            and word not in NOT_NAME
            and word not in HONORIFICS
            and not _place_or_people((tok.norm,))
        )
        if not capitals and not heads_list:
            continue
        if any(m.start <= tok.start < m.end for m in mentions):
            continue
        before = [m for m in mentions if m.end <= tok.start]
        after = [m for m in mentions if m.start >= tok.end]
        left = heads_list or (before and _LIST_SEP.match(text[before[-1].end : tok.start]))
        right = (after and _LIST_SEP.match(text[tok.end : after[0].start])) or (
            heads_list and tokens[i - 1].norm == "and"
        )
        if left and right:
            out.append(
                Mention(tok.start, tok.end, word, {slugify(word)}, "list", "other", None, word)
            )
    out += listed_beside(text, out)
    out.sort(key=lambda m: m.start)
    return out


#: An unknown name in a list: up to four capitalised words ("SOS Humanity", "Sea-Watch")
_LIST_NAME = re.compile(rf"{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}}")
#: … that ends where the list goes on or the clause does
_LIST_NAME_END = re.compile(r"(?=\s*(?:,|;|\.|:|\)|$)|\s+(?:and|or)\s|\s+[a-z(])")
_LIST_SEP_AFTER = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|,?\s+and\s+(?:the\s+)?")
_LIST_SEP_BEFORE = re.compile(
    rf"({_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})(?:,\s+|,?\s+and\s+)(?:the\s+)?$"
)


#: What the listed bodies did together, right after the list
_LIST_DID = re.compile(
    r"\s+(?:(?:have|has|had|also|jointly|together|formally|today|yesterday|then|on\s+[A-Z][a-z]+day)"
    r"\s+){0,2}(?P<verb>signed|agreed|launched|formed|founded|co-founded|established|set\s+up|"
    r"created|renewed|concluded|entered|announced|joined|partnered|teamed|met|held|took\s+part|"
    r"attended|participated|issued|adopted|endorsed)\b"
)
_FOUNDING = frozenset({"launched", "formed", "founded", "co-founded", "established", "created"})
#: "Pir-Hossein Kolivand": a hyphenated first name and a family name
_HYPHENATED_PERSON = re.compile(rf"[{_CAP}][a-z]+-[{_CAP}][a-z]+\s+[{_CAP}][a-z]+")


def listed_beside(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "A, SOS Humanity, Sea-Watch, EMERGENCY and B founded …": names listed with known
    organisations, in a list of three or more that did something together, are organisations
    too, unless they read as a place, a post or a person's name."""
    known = sorted(mentions, key=lambda m: m.start)
    starts = {m.start: m for m in known}
    found: list[tuple[int, int, bool]] = []
    done = -1
    for m in known:
        if m.start < done:
            continue
        items = 1
        new: list[tuple[int, int]] = []
        # leftwards: "Safaricom, Equity Bank and the Kenya Red Cross …"
        head = m.start
        while True:
            before = _LIST_SEP_BEFORE.search(text, max(0, head - 60), head)
            if not before or any(o.start <= before.start(1) < o.end for o in known):
                break
            new.append(before.span(1))
            items += 1
            head = before.start(1)
        # rightwards, through known and unknown names, until the list's last item
        pos = m.end
        while True:
            sep = _LIST_SEP_AFTER.match(text, pos)
            if not sep:
                break
            last = " and " in sep.group(0) or sep.group(0).startswith(" and")
            nxt = starts.get(sep.end())
            if nxt is not None:
                pos = nxt.end
            else:
                name = _LIST_NAME.match(text, sep.end())
                while name and not _LIST_NAME_END.match(text, name.end()):
                    cut = name.group(0).rsplit(None, 1)
                    name = (
                        _LIST_NAME.match(text[: sep.end() + len(cut[0])], sep.end())
                        if len(cut) == 2
                        else None
                    )
                if not name:
                    break
                new.append(name.span())
                pos = name.end()
            items += 1
            if last:
                break
        done = pos
        did = _LIST_DID.match(text, pos) if items >= 3 else None
        if did:
            # (people sign and meet; bodies found networks: "Open Arms" then reads as one)
            founded = did.group("verb") in _FOUNDING
            found += [(a, b, founded) for a, b in new]
    out = []
    for a, b, founded in found:
        b -= len(text[a:b]) - len(text[a:b].rstrip("."))  # ("… and Mary Jones."): the stop
        taken = [(o.start, o.end) for o in mentions]
        mention = _company_slot((a, b), text[a:b], taken, founded)
        if (
            mention
            and text[a:b] not in _REGIONS_AND_TIMES
            and not _HYPHENATED_PERSON.fullmatch(text[a:b])
            and not re.fullmatch(r"[A-Z][a-z]+ly", text[a:b])  # "Separately, A and B …"
        ):
            mention.source, mention.kind = "list", "other"
            out.append(mention)
    return out


#: Capitalised words a list of bodies may also hold that are none
_REGIONS_AND_TIMES = (
    frozenset(MONTH_NAMES)
    | frozenset(WEEKDAY_NAMES)
    | {"Meanwhile", "Elsewhere", "Also", "Together", "Today", "Yesterday", "However", "Moreover"}
    | {"Furthermore", "Earlier", "Later", "Likewise", "Thus", "Here", "There", "Now", "Then"}
)


#: lower-case words a long name may trail before its short form ("… on disaster management")
_TAIL = r"(?:\s+(?:on|for|of|in)\s+[a-z][a-z\s-]{0,40}?)?"
_DEFINITION = re.compile(
    rf"^{_TAIL}\s*\(\s*(?:the\s+)?([A-Za-z][A-Za-z.&]{{1,9}})\s*(?:\)|[,;]\s+(?:or|also|known|"
    r"[A-Z][a-z]+\s+[A-Z]?[a-z]+)\b)"
)
_SHORT_FORM = re.compile(
    rf"^{_TAIL}\s*\(\s*([A-Z][a-z]+\s+[A-Z]{{2,8}}|[A-Z]{{2,8}}\s+[A-Z][a-z]+)\s*\)"
)


_LOCAL_THEN_SHORT = re.compile(
    rf"^{_TAIL}\s*\(\s*([^(),;–]{{3,80}}?)(?:,|\s+[–-])\s*([A-Z][A-Za-z]{{2,9}})\s*\)"
)


def _abbreviates(short: str, name: str) -> bool:
    """ "Bapco" for "Bahrain Petroleum Company", "KSrelief" for "King Salman … Relief
    Centre": a short name in brackets spelt from the name's words, in order, starting with
    the first word's first letter."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{2,9}", short) or short in NOT_NAME:
        return False
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("the", "of", "and")]
    if not words or short[0].lower() != words[0][0].lower() or short.lower() == name.lower():
        return False
    letters = iter("".join(words).lower())
    return all(c in letters for c in short.lower()) and len(words) >= 2


def acronym_definitions(text: str, mentions: list[Mention]) -> dict[str, Mention]:
    """ "Full Name (ACR)" in a sentence: ACR → the mention it defines."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.source == "acronym":
            continue
        d = _DEFINITION.match(text[m.end :])
        if d and (is_acronym(d.group(1)) or _abbreviates(d.group(1), m.label or m.text)):
            out[d.group(1).replace(".", "")] = m
            continue
        local = _LOCAL_THEN_SHORT.match(text[m.end :])
        if local and (
            _abbreviates(local.group(2), local.group(1))
            or (is_acronym(local.group(2)) and spells_acronym(local.group(2), m.text))
        ):
            # "the Polish Red Cross (Polski Czerwony Krzyż, PCK)": the short form of its own
            # name in its language; "Spanish Red Cross (Cruz Roja Española, SRC)": of the
            # name just written
            out[local.group(2)] = m
            continue
        short = _SHORT_FORM.match(text[m.end :])
        if short and any(is_acronym(w) for w in short.group(1).split()):
            # "Africa Centres for … (Africa CDC)", "… (AHA Centre)": a two-word short form
            out[short.group(1)] = m
            continue
        lead = _ACRONYM_DASH.search(text, max(0, m.start - 12), m.start)
        if (
            lead
            and is_acronym(lead.group(1))
            and not any(o.start <= lead.start(1) < o.end for o in mentions)
        ):
            # "CAF – Development Bank of Latin America": the acronym the name's owner goes by
            out[lead.group(1)] = m
            continue
        brand = _BRAND_IN_BRACKETS.match(text, m.end)
        if (
            brand
            and m.kind in ("company", "other", "ngo")
            and len((m.label or m.text).split()) >= 4
            and brand.group(1) not in NOT_NAME
            and not _place_or_people((norm_token(brand.group(1)),))
        ):
            # "the Joint Stock Commercial Bank for Foreign Trade of Viet Nam (Vietcombank)":
            # the one word the long name goes by
            out[brand.group(1)] = m
    return out


_BRAND_IN_BRACKETS = re.compile(r"\s*\(\s*([A-Z][a-z]{3,}[A-Za-z]*)\s*\)")


_ACRONYM_DASH = re.compile(r"(?<![\w-])([A-Z]{2,8})\s+[–—-]\s+$")


def country_code(name: str) -> str | None:
    """The ISO code of a country written by its name ("Jordan") or its adjective ("Jordanian")."""
    norm = tuple(t.norm for t in tokenize(name))
    return _state_code(name) or (gazetteer().demonyms.get(norm[0]) if len(norm) == 1 else None)


def country_codes_in(text: str) -> set[str]:
    """Countries a document names, by name or adjective, for resolving acronyms."""
    gz = gazetteer()
    codes = {p.country for p in find_places(text)}
    for t in tokenize(text):
        if t.text[:1].isupper() and t.norm in gz.demonyms:
            codes.add(gz.demonyms[t.norm])
    return codes


__all__ = [
    "Gazetteer",
    "listed_beside",
    "Mention",
    "PlaceMention",
    "Token",
    "acronym_definitions",
    "country_code",
    "country_codes_in",
    "find_org_mentions",
    "find_places",
    "gazetteer",
    "government_label",
    "is_acronym",
    "is_country_name",
    "norm_token",
    "tokenize",
]
