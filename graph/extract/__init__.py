"""Extraction: a :class:`~graph.documents.Document` → an :class:`~graph.facts.Extraction`.

The stages, each a function of the previous one's output:

1. mentions per sentence — organisations, places, dates (``organisations``, ``graph.dates``);
2. resolution over the whole document — acronyms defined or implied by the document,
   short forms of names it spelled out, "the Red Cross" when only one society is named;
3. people and posts per sentence (``people``);
4. relationship rules per sentence (``relations``), then document-level merging: the
   same relationship told twice is one node; a later sentence about "the alliance" adds
   its end date; a conference's participants are gathered from every sentence about it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from graph.dates import find_dates
from graph.documents import Document, Sentence
from graph.extract.lexicon import (
    COMPANY_HEADS,
    EVENT_HEADS,
    LEGAL_FORMS,
    NOT_NAME,
    NUMBER_WORD,
    NUMBER_WORDS,
    ORG_HEADS,
    ROLE_RE,
    STATE_STYLE,
    event_heads_pattern,
)
from graph.extract.organisations import (
    EUROPEAN_COMMISSION,
    EUROPEAN_UNION,
    Mention,
    acronym_definitions,
    capitalised_at,
    find_org_mentions,
    find_places,
    gazetteer,
    government_label,
    is_acronym,
    is_country_name,
    listed_beside,
    spells_acronym,
    tokenize,
)
from graph.extract.people import PostMention, find_posts
from graph.extract.relations import (
    _THE_EVENT,
    SUPPORT_BY,
    SUPPORT_WITH,
    Found,
    SentenceFacts,
    _actors,
    _keys,
    _listed,
    _subject_list,
    find_relations,
    joint_doers,
)
from graph.facts import Evidence, Extraction, Organisation, Person, Post, Relation
from graph.identifiers import slugify
from graph.reference import load_countries

_GOV_SUBJECT = re.compile(
    # (not "Sri Lanka has offered to host the next forum", "Nepal is one of …": the country)
    r"^(?!\s*(?:has|have|had|is|was|will)\s+(?:also\s+)?(?:offered|proposed|volunteered|been|"
    r"become|home|hosting|host|one|a|an|the|among|prone|exposed|vulnerable)\b)"
    r"\s*(?:is|are|has|have|had|was|were|will|signed|signs|provides|provided|funds|funded|"
    r"supports|supported|donated|pledged|entered|enters|announced|allocated|contributed)\b"
)
_GIVES = re.compile(
    r"^\s*(?:has\s+|have\s+|also\s+)?(?:pledged|donated|contributed|allocated|provided|funded|"
    r"signed|announced)\b"
)
_FUNDS = re.compile(
    r"\b(?:funding|grant|contribution|donation|funds|pledge|grant aid|emergency aid)s?\b", re.I
)
_BYLINE = re.compile(r"^\s*(?:By|Written by|Text by|Story by)\s+[A-Z]")
_LOCAL_GOVERNMENT = re.compile(
    r"\b(?:County|Provincial|Municipal|City|Regional|State|Governorate|District)\s+"
    r"(?:Government|Council|Administration|Authority)\b|\bGovernorate\b|\bMunicipality\b|"
    r"\b(?:Mayor|Governor)['’]s\s+Office\b|\bCity\s+Hall\b|\bMayoralty\b|^(?:City|Town)\s+of\s"
    # "the Prefeitura de Lajeado", "the Municipalidad de Lima": a town's government
    r"|^(?:Prefeitura|Municipalidad|Alcaldía|Ayuntamiento|Mairie|Comune|Intendencia)\b"
)
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|to|from|across|throughout|of|for|into|inside|within|at|near|and)\s+(?:the\s+)?$"
)
_DELEGATION = re.compile(
    r"(?:\b(?:delegation|team|representatives?)\s+(?:from|of)\s+(?:the\s+)?$)|(?:^\s*['’]s\s+"
    r"(?:official\s+)?(?:delegation|team)\b)|(?:^\s+(?:delegation|team)\b)"
)
_BROUGHT_TOGETHER = re.compile(
    r"\b(?:brought together|bringing together|brings together|gathered|gathering|"
    r"was attended by|were attended by|participants included|among the participants were|"
    r"participants were|among those (?:attending|present) were|"
    # ("the six participating National Societies launched …": those already told)
    r"participating(?!\s+(?:national\s+)?(?:societies|organi[sz]ations|parties|partners|members)"
    r"\s+[a-z])|"
    r"co-?organi[sz]ed by|organi[sz]ed by|hosted by|convened by)\b",
    re.I,
)
_SOCIETIES_OF = re.compile(
    r"\bNational Societies of ((?:the\s+)?[A-Z][\w ]+?(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w ]+?)*"
    r"(?:,?\s*and\s+(?:the\s+)?[A-Z][\w]+(?: [A-Z][\w]+)*))"
)
#: "the Red Cross societies of Albania, Bulgaria and Serbia": one society per country named
_EMBLEMS = ("Red Cross", "Red Crescent")
_SOCIETIES_OF_COUNTRIES = re.compile(
    r"(?:\b(?:National|Red Cross|Red Crescent|Red Cross and Red Crescent)\s+[Ss]ocieties"
    r"|\b(?<=the )societies)"  # "the societies of Zambia, Zimbabwe and Malawi launched …"
    # "52 National Societies, including those of Georgia, Armenia and …"
    r"(?:,?\s+including\s+those)?\s+(?:of|from|in)\s+((?:the\s+)?[A-Z][^.;:()]*)"
)


@dataclass(slots=True)
class _SentenceState:
    sentence: Sentence
    orgs: list[Mention]
    places: list
    dates: list
    posts: list[PostMention] = field(default_factory=list)
    delegation: str | None = None


#: "National Bank Communications", "ICRC Media Relations": a body's press office
_PRESS_OFFICE = re.compile(
    r"(.+?)\s+(?:Communications|Media\s+Relations|Public\s+Relations|Press\s+Office|"
    r"Media\s+Office|Corporate\s+Affairs)(?:\s+(?:Department|Team|Unit))?"
)


#: A wire service's name ("the Philippine News Agency", credited as "(PNA)" in a dateline)
_NEWS_AGENCY = re.compile(r"\b(?:News|Press)\s+Agency\b|\bNews\s+Service\b|\bWire\s+Service\b")


def _drop_news_agencies(states: list[_SentenceState], first: dict[str, Mention]) -> None:
    """A news agency ("…, Villanueva told the Philippine News Agency", and "(PNA)" in the
    dateline) reports the story; it is no party to what it reports."""
    media = {
        m.key for st in states for m in st.orgs if m.key and _NEWS_AGENCY.search(m.label or m.text)
    }
    if not media:
        return
    for st in states:
        st.orgs = [m for m in st.orgs if m.key not in media]
    for key in media:
        first.pop(key, None)  # type: ignore[arg-type]


def _press_offices(states: list[_SentenceState]) -> None:
    """A press office named in a contact line is the body whose name it starts with, when
    one body of the document has a name starting so."""
    labels = {m.key: (m.label or m.text) for st in states for m in st.orgs if m.key}
    owner_of: dict[str, str] = {}
    for st in states:
        for m in st.orgs:
            office = _PRESS_OFFICE.fullmatch(m.label or m.text) if m.source == "pattern" else None
            if office is None or not m.key:
                continue
            short = office.group(1).removeprefix("the ")
            owners = {
                k
                for k, label in labels.items()
                if k != m.key and (label == short or label.startswith(short + " "))
            }
            if len(owners) == 1:  # (a reference to the body, not one of its names)
                owner_of[m.key] = owners.pop()
                m.source = "coreference"
    for st in states:  # and the short name taken for the office's: "Maple Leaf Bank"
        for m in st.orgs:
            if m.key in owner_of:
                m.keys = {owner_of[m.key]}


#: Between a name and its translation in brackets: "X (Y)", or "X words cut off (Y)"
_TRANSLATED = re.compile(r"((?:\s+[\w'’-]+){0,4})?\s*\(\s*")


#: The IFRC's regional offices, named without the IFRC
_IFRC_REGION_OFFICE = re.compile(
    r"(?:[Tt]he\s+)?(?:Americas|Africa|Asia[ -]Pacific|Europe|MENA|Middle\s+East\s+and\s+North\s+"
    r"Africa)\s+Regional\s+Office"
)


def _resolve(states: list[_SentenceState], text: str) -> dict[str, Mention]:
    """Resolve ambiguous mentions over the whole document; return key → first mention."""
    definitions: dict[str, str] = {}
    for st in states:  # "the Metropolitan Municipality of Lima (Municipalidad … de Lima)"
        for a, b in zip(st.orgs, st.orgs[1:], strict=False):
            text_ = st.sentence.text
            # (either name may run on past what the pattern took: "the Ministère de la
            # Sécurité publique du Québec (Quebec Ministry …)", "(Ministerio de Inclusión,
            # Seguridad Social y Migraciones)")
            gap = _TRANSLATED.fullmatch(text_, a.end, b.start)
            if (
                a.key
                and b.key
                and a.key != b.key
                and a.source == b.source == "pattern"
                and gap
                # (a name cut short is followed by a whole one, not by its short form:
                # "… Assistance on disaster management (AHA Centre)")
                and (not gap.group(1) or len((b.label or b.text).split()) >= 3)
                and re.match(r"[^()]{0,60}\)", text_[b.end :])
            ):
                # (a name cut short is a reference to the body, not one of its names)
                if gap.group(1):  # the first name was cut short: the one in brackets is whole
                    a.keys, a.label, a.source = {b.key}, b.label or b.text, "coreference"
                else:
                    b.keys = {a.key}
                    if text_[b.end : b.end + 1] != ")":
                        b.source = "coreference"
    _press_offices(states)  # (before short forms are read: "National Bank" is the bank's)
    if any("ifrc" in m.keys for st in states for m in st.orgs):
        for st in states:  # "deployed from the Americas Regional Office": the IFRC's office
            for m in st.orgs:
                if m.source == "pattern" and _IFRC_REGION_OFFICE.fullmatch(m.label or m.text):
                    m.keys, m.source = {"ifrc"}, "coreference"
    # a body told once as a government's ("the Committee … under the Government of X") is a
    # government body wherever it is named (the headline's mention says less)
    governmental = {
        m.key
        for st in states
        for m in st.orgs
        if m.key and m.source == "pattern" and m.kind == "government"
    }
    for st in states:
        for m in st.orgs:
            if m.key in governmental and m.source == "pattern" and m.kind in ("ngo", "other"):
                m.kind = "government"
    for st in states:
        for acr, m in acronym_definitions(st.sentence.text, st.orgs).items():
            if m.key:
                definitions[acr] = m.key
    gz = gazetteer()
    sure = {m.key for st in states for m in st.orgs if m.key and m.source != "acronym"}
    countries = {p.country for st in states for p in st.places}
    for st in states:
        tokens = tokenize(st.sentence.text)
        for i in capitalised_at(st.sentence.text):
            code = gz.demonyms.get(tokens[i].norm)
            if code:
                countries.add(code)
    gz = gazetteer()
    for st in states:
        for m in st.orgs:
            if m.source in ("pattern", "list", "slot") and m.text in definitions:
                # "(AHA Centre)"; "On 12 February, VRCS, the NDMO and … met": defined before
                m.keys = {definitions[m.text]}
            if m.source != "acronym":
                continue
            if m.text in definitions:
                m.keys = {definitions[m.text]}
            elif len(m.keys) > 1:
                in_doc = m.keys & sure
                by_country = {k for k in m.keys if gz.orgs[k].country in countries}
                m.keys = (
                    in_doc if len(in_doc) == 1 else (by_country if len(by_country) == 1 else set())
                )
    # "the Royal Medical Services" after "the Bahrain Defence Force Royal Medical Services"
    long_names = {
        (m.label or m.text): m.key
        for st in states
        for m in st.orgs
        if m.source == "pattern" and m.key and len((m.label or m.text).split()) >= 3
    }
    for st in states:
        for m in st.orgs:
            label = m.label or m.text
            if m.source not in ("pattern", "slot") or len(label.split()) < 2:
                continue
            longer = [k for name, k in long_names.items() if name.endswith(" " + label)]
            # "Gold Fields Ghana" after "Gold Fields Ghana Limited": the company, no form
            longer = longer or [
                k
                for name, k in long_names.items()
                if name.startswith(label + " ") and name[len(label) + 1 :] in LEGAL_FORMS
            ]
            if len(set(longer)) == 1:
                m.keys = {longer[0]}
    # "the Bogotá Mayor's Office" and "the Mayor's Office of Bogotá": one body
    inverted: dict[str, str] = {}
    for st in states:
        for m in st.orgs:
            of = re.fullmatch(r"(.+?) of (?:the )?(\S+(?: \S+)?)", m.label or m.text)
            if m.source == "pattern" and m.key and of:
                inverted.setdefault(f"{of.group(2)} {of.group(1)}", m.key)
    for st in states:
        for m in st.orgs:
            if m.source == "pattern" and (m.label or m.text) in inverted:
                m.keys = {inverted[m.label or m.text]}
    # a ministry of no stated country is the one of the article's country
    home = _home_country(states)
    renamed: dict[str, str] = {}
    for st in states:
        for m in st.orgs:
            if (
                m.kind == "government"
                and m.source in ("pattern", "ministry", "slot")
                and not m.country
                and home
                and m.key
                and m.key not in gz.orgs
            ):
                m.country = home
                renamed[m.key] = f"{m.key}-{home.lower()}"
                m.keys = {renamed[m.key]}
    for st in states:  # its acronym, "(DPC)", is the same body
        for m in st.orgs:
            if m.key in renamed:
                m.keys = {renamed[m.key]}
    definitions = {a: renamed.get(k, k) for a, k in definitions.items()}
    _minister_bodies(states)
    # document-defined acronyms and short forms of long names, wherever they recur
    extra: dict[str, str] = {a: k for a, k in definitions.items() if a not in gz.acronyms}
    extra |= _acronyms_spelt(states, text, extra)
    for st in states:  # a known acronym that spells the body named here, not the gazetteer's
        for m in st.orgs:
            if m.source == "acronym" and m.text in gz.acronyms and m.text in extra:
                m.keys = {extra[m.text]}
    first: dict[str, Mention] = {}
    for st in states:
        for m in st.orgs:
            if m.key and (
                m.key not in first
                # a body first referred to ("Minister of Health"), then named: the name
                or (first[m.key].source == "coreference" and m.source != "coreference")
            ):
                first[m.key] = m
    prefixes: Counter[str] = Counter()
    for key, m in first.items():
        if m.source in ("pattern", "slot", "list"):
            label = m.label or m.text
            head = re.split(r"\s+(?:for|of)\s+", label)[0]
            if head != label and len(head) > 3 and not is_acronym(head):
                extra.setdefault(head, key)  # (two ministries: "the Ministry" is the first named)
            if m.source == "slot":
                extra.setdefault(label, key)  # (a guess: an acronym spelt gives way to the name)
            else:
                extra[label] = key
            words = label.split()
            if (
                len(words) >= 3
                and head == label
                # (not a body's field without its head: "Disaster Management" is no name of
                # the "Disaster Management Centre", but "Kitui County" is the county's)
                and not (words[-1] in ORG_HEADS and all(w in NOT_NAME for w in words[:-1]))
            ):
                prefixes[" ".join(words[:-1])] += 1
                extra.setdefault(" ".join(words[:-1]), key)
    # "Rotary" after "The Rotary Foundation": the distinctive word of a two-word name
    brands: dict[str, set[str]] = {}
    for key, m in first.items():
        words = (m.label or m.text).split()
        if (
            (
                (len(words) == 2 and words[1] in _BRAND_HEADS)
                # "Tawasol" after "Tawasol Association for Community Health": an association's
                # own first word
                or (len(words) >= 3 and words[1] in _NAMED_ASSOCIATION and words[2] == "for")
                # "Ncell" after "Ncell Axiata Limited": a company's first word
                or (2 <= len(words) <= 4 and words[-1].rstrip(".") in _COMPANY_SUFFIXES)
            )
            and re.fullmatch(r"[A-Z][a-z]{3,}|[A-Z]{3,}", words[0])
            and words[0] not in _NOT_BRANDS
            and words[0].lower() not in gz.demonyms
            and (words[0].lower(),) not in gz.countries
        ):
            brands.setdefault(words[0], set()).add(key)
    for word, keys in brands.items():
        if len(keys) == 1:
            told = first.get(extra.get(word, ""))
            named = first[next(iter(keys))]
            if told is None or (
                # (a company's, not its foundation's: "Visa" is not the Visa Foundation)
                told.source == "slot"
                and told.key not in keys
                and (named.label or named.text).split()[-1] in _COMPANY_SUFFIXES
            ):
                extra[word] = next(iter(keys))  # (a guess from a slot gives way to the name)
    labels = {(m.label or m.text): k for k, m in first.items()}
    for prefix, n in prefixes.items():
        clash = any(lab.startswith(prefix) and k != extra.get(prefix) for lab, k in labels.items())
        if n > 1 or clash:
            extra.pop(prefix, None)  # "A.P. Moller" names the foundation and the company
    # "University of the Philippines" in the headline, "… Philippines Diliman" below: one body
    # (not a country's arm: "Save the Children Norway" is not "Save the Children")
    shorter: dict[str, set[str]] = {}
    for key, m in first.items():
        words = (m.label or m.text).split()
        if (
            m.source == "pattern"
            and len(words) >= 3
            and words[-1] not in ORG_HEADS
            and not is_country_name(words[-1])
        ):
            shorter.setdefault(" ".join(words[:-1]), set()).add(key)
    # a headline's short form of a name the text spells out: "Vodafone Foundation" above
    # "the Vodafone Albania Foundation" (headlines drop words; the text does not)
    for key in [m.key for m in states[0].orgs if m.key and m.source == "pattern"] if states else []:
        words = (first[key].label or first[key].text).split() if key in first else []
        fuller = {
            k
            for k, m in first.items()
            if k != key
            and m.source == "pattern"
            and len((m.label or m.text).split()) > len(words) >= 2
            and _subsequence(words, (m.label or m.text).split())
        }
        if len(fuller) == 1:
            shorter.setdefault(first[key].label or first[key].text, set()).update(fuller)
    for st in states:
        for m in st.orgs:
            longer = shorter.get(m.label or m.text, set()) - {m.key}
            if m.source == "pattern" and m.key and len(longer) == 1:
                first.pop(m.key, None)
                m.keys = set(longer)
    emblem_keys = {k for k in first if k.startswith("ns-")}
    ns_all = Counter(m.key for st in states for m in st.orgs if m.key and m.key.startswith("ns-"))
    for acr, k in definitions.items():  # "(CVM, …)" then "the CVM's": the society named again
        if k.startswith("ns-") and acr not in gz.acronyms:
            ns_all[k] += len(re.findall(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text)) - 1
    ns_counts = ns_all.most_common(2)
    # the society the article is about: the only one, or one named at least twice as often
    protagonist = (
        ns_counts[0][0]
        if ns_counts and (len(ns_counts) == 1 or ns_counts[0][1] >= 2 * ns_counts[1][1])
        else None
    )
    # (else the society of the dateline's country: "the Red Crescent" in a story from
    # "DUSHANBE, Oct 8 -" that also names the Kyrgyz society once is the Tajik one)
    dateline = next(
        (
            f"ns-{p.country.lower()}"
            for st in states[:3]
            for p in st.places[:1]
            if p.text.isupper() and not st.sentence.text[: p.start].strip()
        ),
        None,
    )
    by_dateline: set[str] = set()
    for word in ("Red Cross", "Red Crescent"):
        match = [k for k in emblem_keys if word in gz.orgs[k].label]
        if len(match) == 1:
            extra[word] = match[0]
        elif protagonist in match:
            extra[word] = protagonist
        elif protagonist is None and dateline in match:
            extra[word] = dateline
            by_dateline.add(word)
    if protagonist:
        extra["Society"] = extra["society"] = protagonist
        extra["National Society"] = extra["national society"] = protagonist
    if "ifrc" in first:
        extra.setdefault("Federation", "ifrc")  # "the Federation's support"
        extra.setdefault("federation", "ifrc")  # "the federation's head of delegation"
    companies = {
        k
        for k, m in first.items()
        if m.kind == "company" or ((m.label or m.text).split() or [""])[-1] in _COMPANY_ENDS
    }
    if len(companies) == 1:
        extra["company"] = extra["Company"] = next(iter(companies))  # ("the Company donated …")
        for word in _TRADE_REFERENCES:  # "the operator's regional director": the one company
            extra[word] = extra["company"]
        # ("Ameriabank", "Vietcombank": a bank by its name's last letters too)
        if re.search(
            r"\b(?:Bank|Banco|Banque|Banca|Bancorp)\b|[a-z]bank\b",
            _name_of(first[extra["company"]]),
        ):
            extra["bank"] = extra["company"]  # "the bank's sustainability manager"
    # "A Limited handed over …, said B, the company's country manager" (or the company of the
    # sentence before: "A handed over … . B, the bank's manager, said …"); "the conglomerate"
    # is also a group ("the Chaudhary Group")
    groups = {k for k, m in first.items() if _name_of(m).split()[-1:] in (["Group"], ["Holdings"])}
    for i, st in enumerate(states if len(companies) > 1 or groups else ()):
        text_ = st.sentence.text
        for ref in _COMPANY_OWNER.finditer(text_) if "the " in text_ else ():
            grouped = ref.group(1) in ("conglomerate", "group")
            if len(companies) == 1 and not grouped:
                continue  # (the one company, told above)
            pool = companies | groups if grouped else companies
            named = {m.key for m in st.orgs if m.key in pool and m.end <= ref.start()}
            if not named and i and not any(m.key in pool for m in st.orgs):
                named = {m.key for m in states[i - 1].orgs if m.key in pool}
            if len(named) == 1 and not any(m.start <= ref.start() < m.end for m in st.orgs):
                a, b = ref.span(1)
                st.orgs.append(Mention(a, b, ref.group(1), named, "coreference", "company"))
    label_words = {k: set((m.label or gz_label(k) or "").split()) for k, m in first.items()}
    for words in label_words.values():  # "the foundation" for the Fundación Éxito
        words |= {_HEAD_IN_ENGLISH[w] for w in words if w in _HEAD_IN_ENGLISH}
    surface_words: dict[str, set[str]] = {}  # a body's words, with the one written after it
    for st in states:
        for m in st.orgs:
            if m.key:
                after = re.match(r"\s+([A-Z][a-z]+)", st.sentence.text[m.end :])
                words = surface_words.setdefault(m.key, set())
                words |= set(m.text.split()) | ({after.group(1)} if after else set())
    for head in _REFERENCE_HEADS:  # "the foundation": the one foundation the article names
        holders = [k for k, words in label_words.items() if head in words and words != {head}]
        if len(holders) == 1 and not (
            protagonist and head in surface_words.get(protagonist, ()) and head[:1].isupper()
        ):
            extra[head.lower()] = extra[head] = holders[0]
            for st in states:  # "The Commission and the IFRC signed …": the one named before
                for m in st.orgs:
                    if (
                        m.source in ("pattern", "slot")
                        and (m.label or m.text) == head
                        and m.key != holders[0]
                    ):
                        first.pop(m.key or "", None)
                        m.keys = {holders[0]}
        elif protagonist and head in surface_words.get(protagonist, ()):
            # "the Syrian Arab Red Crescent Organization …, the President of the Organization":
            # the society the article is about, named with that word
            extra[head] = protagonist
            for st in states:
                for m in st.orgs:
                    if m.source in ("pattern", "slot") and (m.label or m.text) == head:
                        m.keys = {protagonist}
    ministries = {k for k, m in first.items() if m.label and "Ministry" in m.label.split()}
    if len(ministries) == 1:
        extra["ministry"] = extra["Ministry"] = next(iter(ministries))
    for st in states:  # "LATAM's vice president" after "LATAM Airlines Group": the group
        for m in st.orgs:
            key = extra.get(m.label or m.text) if m.source == "slot" else None
            if key and key != m.key and key in first and first[key].source != "slot":
                first.pop(m.key or "", None)
                m.keys = {key}
    named = sorted((a for a in extra if a not in _GENERIC_ALIASES), key=len, reverse=True)
    active = [a for a in _GENERIC_ALIASES if a in extra]
    named_before: list[str] = []  # the societies named so far, in order
    prev_ns: list[str] = []  # those of the sentence before
    ministry_keys = {k for k, m in first.items() if m.label and "Ministry" in m.label.split()}
    last_ministry: list[str] = []  # the ministry named last
    for i_st, st in enumerate(states):
        s = st.sentence.text
        hits = list(_alias_hits(s, named))
        flat = s.replace("\n", " ") if "\n" in s else s  # (wire copy's "the Red\nCross")
        if any(a in flat for a in active):
            hits += [
                (h.start(), h.end(), s[h.start() : h.end()], h.group(1))
                for h in _GENERIC_RE.finditer(flat)
                if h.group(1) in extra
                and (h.group(1) not in _NEEDS_THE or h.group(0).lower().startswith("the"))
            ]
        for led in _PEOPLE_DELEGATION_LED.finditer(s) if "led by the society" in s else ():
            # "the Albanian delegation, led by the society's president": that society
            code = gz.demonyms.get(led.group(1).lower())
            key = f"ns-{code.lower()}" if code else None
            if key in gz.orgs:
                a, b = led.span(2)
                st.orgs = [m for m in st.orgs if b <= m.start or a >= m.end]
                st.orgs.append(Mention(a, b, led.group(2), {key}, "coreference"))
                hits = [h for h in hits if h[1] <= a or h[0] >= b]
        for a, b, surface, alias in hits:
            if any(not (b <= m.start or a >= m.end) for m in st.orgs):
                continue
            if alias in ORG_HEADS and _INSIDE_A_NAME.search(s, 0, a) and surface == alias:
                continue  # "the IFRC Regional Office for Europe": another body's "Office"
            if alias in by_dateline and _MOVEMENT_AS_TOPIC.search(s, max(0, a - 40), a):
                continue  # "to discuss the role of the Red Cross in …": the Movement's
            key = extra[alias]
            if alias in ("society", "Society") and _RECEIVED_BY.search(s, max(0, a - 30), a):
                # "… visited the X Society, where they were received by the society's
                # President": the host just named, not the article's society
                hosts = [m.key for m in st.orgs if m.end <= a and (m.key or "").startswith("ns-")]
                key = hosts[-1] if hosts else key
            elif (
                alias in ("society", "Society")
                and s.startswith(("'s", "’s"), b)
                and any(m.key == key and m.start >= b for m in st.orgs)
            ):
                # "The society's secretary general thanked the RCSC": not the body it thanks
                # (named later in the sentence) but the other society named last
                other = [k for k in named_before if k != key]
                key = other[-1] if other else key
            st.orgs.append(Mention(a, b, surface, {key}, "coreference"))
        for hit in _TO_THE_BRANCH.finditer(s) if protagonist and " branch" in s else ():
            # "… donated 25 tablets … to the branch": a branch of the article's society
            a, b = hit.span(1)
            if not any(not (b <= m.start or a >= m.end) for m in st.orgs):
                st.orgs.append(Mention(a, b, hit.group(1), {protagonist}, "coreference"))
        if hits and ("," in s or " and " in s):
            # "On 2 March, SOS MEDITERRANEE, SOS Humanity, Sea-Watch and …": the names listed
            # with a body the document named before
            st.orgs += listed_beside(s, st.orgs)
        for hit in _DEMONYM_SOCIETY.finditer(s) if "ociety" in s or "organi" in s else ():
            # "the President of the Jordanian society": that country's society
            code = gz.demonyms.get(hit.group(1).lower())
            key = f"ns-{code.lower()}" if code else None
            a, b = hit.span()
            if "organi" in hit.group(0) and key not in first:
                continue  # ("the Swiss organisation": its society only when the article names it)
            if key in gz.orgs and not any(not (b <= m.start or a >= m.end) for m in st.orgs):
                st.orgs.append(Mention(a, b, hit.group(0), {key}, "coreference"))
        its = (
            _ITS_PEOPLE.match(s) if i_st and s[:12].lstrip().startswith(("Its", "Their")) else None
        )
        prior = next((m.key for m in states[i_st - 1].orgs if m.key), None) if its else None
        if its and prior and not any(m.start < its.end() for m in st.orgs):
            # "An Algerian Red Crescent convoy reached Agadez. Its team handed over …": that body's
            g = 1 if its.group(1) else 2
            st.orgs.append(Mention(its.start(g), its.end(g), its.group(g), {prior}, "coreference"))
        for hit in _DEMONYM_COUNTERPARTS.finditer(s) if "counterpart" in s else ():
            # "helping their Ecuadorian counterparts": the Ecuadorian society the story names
            code = gz.demonyms.get(hit.group(1).lower())
            key = f"ns-{code.lower()}" if code else None
            a, b = hit.span()
            if key in first and not any(not (b <= m.start or a >= m.end) for m in st.orgs):
                st.orgs.append(Mention(a, b, hit.group(0), {key}, "coreference"))
        for hit in _DEMONYMS_SOCIETIES.finditer(s) if "ocieties" in s else ():
            for word in re.finditer(r"[A-Z][a-z]+", hit.group(1)):
                code = gz.demonyms.get(word.group(0).lower())
                key = f"ns-{code.lower()}" if code else None
                a, b = hit.start(1) + word.start(), hit.start(1) + word.end()
                if key in gz.orgs and not any(not (b <= m.start or a >= m.end) for m in st.orgs):
                    st.orgs.append(Mention(a, b, word.group(0), {key}, "coreference"))
        for hit in _SOCIETIES_OF_COUNTRIES.finditer(s):
            for p in st.places:
                key = f"ns-{p.country.lower()}"
                if p.is_country and p.start >= hit.start(1) and key in gz.orgs:
                    if re.search(
                        r"[.;]|\b(?:met|signed|held|and the)\b", s[hit.start(1) : p.start]
                    ):
                        break  # the list has ended
                    # ("the Red Crescent Societies of Kazakhstan, …": the Red Crescent Society
                    # of Kazakhstan, a name the tables may show when the society has it)
                    head = hit.group(0).split(" Societies")[0]
                    label = f"{head} Society of {p.text}" if head in _EMBLEMS else None
                    st.orgs.append(
                        Mention(p.start, p.end, p.text, {key}, "coreference", label=label)
                    )
        # a country acting as a party ("Norway is entering into agreements …") is its government
        for p in st.places:
            if (
                p.is_country
                and (
                    (
                        # "Australia, through the Australian Red Cross, is funding …"
                        _GOV_SUBJECT.match(s[p.end + len(_THROUGH_ASIDE.match(s, p.end)[0]) :])
                        and (
                            not _PLACE_PREPOSITION.search(s[: p.start])
                            # "… to the ICRC and Sweden pledged …": a second giver, not a place
                            or (re.search(r"\band\s+$", s[: p.start]) and _GIVES.match(s[p.end :]))
                        )
                    )
                    # "Thanks to a donation from the Czech Republic, …": a giver
                    or _GIFT_FROM.search(s, max(0, p.start - 60), p.start)
                )
                and not re.search(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w’'-]+\s+$", s[: p.start])
                and not any(m.start <= p.start < m.end for m in st.orgs)
            ):
                code = p.country
                st.orgs.append(
                    Mention(
                        p.start,
                        p.end,
                        p.text,
                        {f"gov-{code.lower()}"},
                        "government",
                        "government",
                        code,
                        f"Government of {p.text}",
                    )
                )
        if (
            "society" not in extra
            and prev_ns
            and len(set(prev_ns)) == 1
            and not any((m.key or "").startswith("ns-") for m in st.orgs)  # (its own first)
        ):
            # "A and B extended their MoU. It was signed for the society by its president":
            # with no society the article is about, the one society the last sentence named
            for hit in _THE_SOCIETY_REF.finditer(s) if "society" in s else ():
                a, b = hit.span(1)
                if not any(not (b <= m.start or a >= m.end) for m in st.orgs):
                    st.orgs.append(Mention(a, b, hit.group(1), {prev_ns[0]}, "coreference"))
        if "ministry" not in extra and "ministry" in s.lower():
            # "… and the Ministry of X signed … . It was signed by the ministry's Permanent
            # Secretary": of several ministries, the one just named
            for hit in _THE_MINISTRY_REF.finditer(s):
                a, b = hit.span(1)
                near = [m.key for m in st.orgs if m.key in ministry_keys and m.end <= a]
                near = near or last_ministry
                if near and not any(not (b <= m.start or a >= m.end) for m in st.orgs):
                    st.orgs.append(Mention(a, b, hit.group(1), {near[-1]}, "coreference"))
        st.orgs.sort(key=lambda m: m.start)
        last_ministry = [m.key for m in st.orgs if m.key in ministry_keys][-1:] or last_ministry
        prev_ns = [m.key for m in st.orgs if (m.key or "").startswith("ns-")]
        named_before += prev_ns
    for st in states:
        for m in st.orgs:
            if m.key and m.key not in first:
                first[m.key] = m
    _units_of_bodies(states, extra, first)
    return first


#: "the Department of Civil Protection of the MES", "the Republican Rescue Service of the
#: Ministry": a unit, then the body it belongs to
_UNIT_OF = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:Department|Directorate|Division|Unit|Section|Bureau|Service)"
    r"(?:\s+(?:of|for)\s+.+?)?\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’ -]*)$"
)


#: "the BDRCS Population Movement Operation": a body's acronym, then its unit
_OWNED_UNIT_NAME = re.compile(
    r"^(?P<body>[A-Z][A-Z&]{1,7})\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Operations?|Programmes?|Programs?|"
    r"Unit|Department|Division|Branch|Office|Team|Section|Service|Directorate)$"
)


def _units_of_bodies(
    states: list[_SentenceState], extra: dict[str, str], first: dict[str, Mention]
) -> None:
    """A unit named with the body it belongs to is that body: the people it locates work
    for the body, and the body is the party (the unit only locates them)."""
    heads: dict[str, set[str]] = {}  # "Ministry" → the document's ministries
    for key, m in first.items():
        words = (m.label or m.text).split()
        if words and m.source != "coreference":
            heads.setdefault(words[0], set()).add(key)
    for st in states:
        for m in st.orgs:
            name = m.label or m.text
            unit = (
                (_UNIT_OF.match(name) or _OWNED_UNIT_NAME.match(name))
                if m.source == "pattern"
                else None
            )
            if unit is None:
                continue
            body = unit.group("body")
            if _a_state(body) or is_country_name(body):
                continue  # "the Emergency Management Service of Georgia": a state's own body
            known = gazetteer().acronyms.get(body, set()) & set(first)
            key = (
                extra.get(body)
                or (next(iter(known)) if len(known) == 1 else None)
                or (next(iter(heads[body])) if len(heads.get(body, ())) == 1 else None)
            )
            if key and key != m.key:
                m.keys, m.source = {key}, "coreference"


_TO_THE_BRANCH = re.compile(
    r"\b(?:to|for|with|from)\s+(the\s+(?:local\s+|regional\s+|provincial\s+|district\s+)?"
    r"branch(?:es)?)\b(?!['’]|\s+(?:of|office|offices|in)\b)"
)
_THE_MINISTRY_REF = re.compile(r"\b(?:[Tt]he)\s+([Mm]inistry)(?=['’]s\b|\s+(?!of\b)[a-z])")
_THE_SOCIETY_REF = re.compile(r"\b(?:for|by|of|with|to|from)\s+(the\s+society)\b(?!['’]s\s+[A-Z])")


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` appear in ``long`` in order."""
    it = iter(long)
    return all(w in it for w in short)


#: An aside between a subject and its verb: ", through the Australian Red Cross,".
_THROUGH_ASIDE = re.compile(r"(?:,\s*(?:through|via)\s+[^,]{3,80},)?")
#: A gift named right before a country: the country's government gave it.
_GIFT_FROM = re.compile(
    r"\b(?:donations?|contributions?|grants?|gifts?|pledges?|funding|financing)\s+"
    r"(?:(?:of|worth)\s+[^,;()]{1,30}?\s+)?from\s+(?:the\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?)?$"
)
_EMBLEM = re.compile(r"\bRed\s+(?:Cross|Crescent)\b")
_BOTH = re.compile(
    rf"\b(?:both|(?:the|our|their) (?P<n>{NUMBER_WORD}))\s+"
    # "the four Nordic National Societies", "the five Central Asian National Societies"
    r"(?:(?:(?-i:[A-Z][a-z]+)\s+){1,2}(?=(?i:national\s+)?(?i:societies)))?"
    # "the five founding societies": the members of the alliance just told
    r"(?:(?:founding|member|participating|partner|sister|fellow)\s+(?=(?:national\s+)?societies))?"
    r"(?:(?P<there>participating|attending)\s+)?"
    # ("the five network members": the members of the alliance just told)
    r"(?:national\s+|(?:network|alliance|coalition|consortium)\s+)?"
    r"(?:societies|organi[sz]ations|parties|sides|partners|members)\b"
    # "In March, the two had signed …": the pronoun alone, before its verb
    r"|\bthe two(?=\s+(?:had|have|has|signed|agreed|met|also|first|later|jointly|then)\b)",
    re.I,
)


def _minister_bodies(states: list[_SentenceState]) -> None:
    """The body a minister named only by a post acts for, when the article names it: its
    country's government as a party ("Sierra Leone's Minister of Foreign Affairs"), else, for
    development and trade ministers, the country's foreign ministry, where they sit in many
    governments (Nordic, Dutch, Irish …). The minister's mention then refers to that body."""
    keys = {m.key for st in states for m in st.orgs if m.key}
    governments = {k for k in keys if k.startswith("gov-")}
    gov = next(iter(governments)) if len(governments) == 1 else None
    named: dict[str, set[str]] = {}  # "Federal Ministry of Health" → its key, by portfolio
    for st in states:
        for m in st.orgs:
            portfolio = _MINISTRY_OF.search(m.label or m.text) if m.key else None
            if portfolio and m.source != "ministry":
                named.setdefault(portfolio.group(1), set()).add(m.key)  # type: ignore[arg-type]
    for st in states:
        for m in st.orgs:
            if m.source != "ministry" or not m.key:
                continue
            within = _WITHIN_FOREIGN_MINISTRY.fullmatch(m.key)
            same = {  # ("Health", or "Health of Sudan" for Sudan's Federal Ministry of Health)
                k
                for p, ks in named.items()
                if p == m.text or p.startswith(m.text + " of ")
                for k in ks
            }
            if len(same) == 1 and not gov:
                # "Minister of Health, at the offices of Sudan's Federal Ministry of Health":
                # the ministry the article names
                m.keys, m.source = set(same), "coreference"
            elif gov and m.key.endswith("-" + gov[4:]):
                m.keys, m.source = {gov}, "coreference"
            elif within and f"ministry-of-foreign-affairs-{within.group(1)}" in keys:
                m.keys = {f"ministry-of-foreign-affairs-{within.group(1)}"}
                m.source = "coreference"  # a way to refer to it, not one of its names


_COUNTRY_S = re.compile(r"^(?:[Tt]he\s+)?(?P<c>[A-Z][\w -]*?)['’]s\s+(?P<b>.+)$")
_MINISTRY_OF = re.compile(r"\bMinistry\s+of\s+(?:the\s+)?(.+)$")
_WITHIN_FOREIGN_MINISTRY = re.compile(
    r"ministry-of-(?:international-|foreign-)?(?:development|trade|aid)(?:-cooperation|"
    r"-co-operation|-and-[a-z-]+)?-([a-z]{2})"
)
_BRAND_HEADS = frozenset(
    {
        "Foundation",
        "Trust",
        "Club",
        "International",
        "Group",
        "Charity",
        # a company's trade ("Globe" after "Globe Telecom")
        "Telecom",
        "Telecoms",
        "Airways",
        "Airlines",
        "Logistics",
        "Holdings",
        "Motors",
        "Energy",
    }
)
_NAMED_ASSOCIATION = frozenset({"Association", "Foundation", "Society", "Organisation"})
#: The last word of a company's registered name.
_COMPANY_SUFFIXES = LEGAL_FORMS | {"Corporation", "Company", "Group"}
_NOT_BRANDS = frozenset(
    {
        "Global",
        "World",
        "National",
        "International",
        "Islamic",
        "Christian",
        "Catholic",
        "Community",
        "Family",
        "Children",
        "Humanitarian",
        "Relief",
        "Health",
        "Peace",
        "Hope",
        "Life",
        "People",
        "Youth",
        "Women",
        "Development",
        "Charity",
        "General",
        "United",
        "Royal",
        "Central",
        "Regional",
        "Local",
        "Public",
        "Private",
        "Social",
        "Human",
        "Civil",
    }
)
_REFERENCE_HEADS = (
    "Foundation",
    "Agency",
    "Authority",
    "Association",
    "Charity",
    "University",
    "Council",
    "Committee",
    "Organization",
    "Organisation",
    "Hospital",
    "Institute",
    "Bank",
    "Service",
    "Club",
    "Trust",
    "Church",
    "Commission",
    "Cooperative",
    "Brigade",
)
#: A company's last word: the lexicon's trades and legal forms ("Maroc Telecom", "… Plc")
_COMPANY_ENDS = COMPANY_HEADS | LEGAL_FORMS | {"Telecom", "Telecoms", "Corporation", "Bank"}
#: "the role of the Red Cross in …": the Movement as a topic, not a society as an actor
_MOVEMENT_AS_TOPIC = re.compile(
    r"\b(?:role|work|mandate|principles|emblem|place|importance|contribution|history|"
    r"idea|values|neutrality|presence)\s+of\s+(?:the\s+)?$"
)
#: "the company's country manager", in a sentence that names the company before
_COMPANY_OWNER = re.compile(
    r"\bthe\s+((?:company|firm|operator|lender|retailer|insurer|carrier|miner|group|bank|"
    r"conglomerate))(?=['’]s\b|\s*[,.;)]|\s*$)"
)
#: Heads of names in other languages, as "the foundation", "the bank" … refer to them
_HEAD_IN_ENGLISH = {
    "Fundación": "Foundation",
    "Fondation": "Foundation",
    "Fundação": "Foundation",
    "Fondazione": "Foundation",
    "Stiftung": "Foundation",
    "Stichting": "Foundation",
    "Banco": "Bank",
    "Banque": "Bank",
    "Banca": "Bank",
    "Asociación": "Association",
    "Universidad": "University",
    "Université": "University",
    "Universidade": "University",
    "Università": "University",
    "Cooperativa": "Cooperative",
    "Coopérative": "Cooperative",
}
#: A company referred to by its trade ("the operator", "the lender")
_TRADE_REFERENCES = ("operator", "lender", "retailer", "insurer", "carrier", "firm", "telco")
_NEEDS_THE = frozenset(
    {
        "National Society",
        "national society",
        "Society",
        "society",
        "ministry",
        "Ministry",
        "company",
        "federation",
        *_TRADE_REFERENCES,
        *(h.lower() for h in _REFERENCE_HEADS),
        *_REFERENCE_HEADS,
    }
)


_GENERIC_ALIASES = (
    "National Society",
    "national society",
    "Red Cross",
    "Red Crescent",
    "Society",
    "society",
    "ministry",
    "Ministry",
    "company",
    "federation",
    *_TRADE_REFERENCES,
    *(h.lower() for h in _REFERENCE_HEADS),
    *_REFERENCE_HEADS,
)
#: "the Red Cross", "the society", "the foundation" …: which one the article means is decided
#: per document; the words are found by one pattern compiled once
_GENERIC_RE = re.compile(
    r"(?<![A-Z]\w\s)(?<![\w-])(?:[Tt]he\s+)?("
    + "|".join(sorted(map(re.escape, _GENERIC_ALIASES), key=len, reverse=True))
    + r")(?!\s+(?:and\s+(?:the\s+)?Red\b|[A-Z]|[Ss]ocieties|[Mm]ovement|emblem|family|principles))"
    r"(?![\w-])"
)
_EVENT_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)*(?:Meeting|Conference|Forum|Summit|Assembly)\b")


_DEMONYM_SOCIETY = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:[Nn]ational\s+)?(?:[Ss]ociety|organi[sz]ation)\b(?!\s+[A-Z])"
)
_WHO_BEFORE = re.compile(r"\s(?:who|that)\s+(?:also\s+|had\s+|have\s+)?$")
#: "Country manager A B said …": a company's post at a sentence's start, with no owner
_OPENING_ROLE = re.compile(
    r"\W*(?:[Cc]ountry\s+|[Gg]eneral\s+|[Rr]egional\s+|[Mm]anaging\s+)?(?:[Mm]anager|[Dd]irector|"
    r"[Cc]hief\s+[Ee]xecutive|CEO|[Ss]pokes(?:person|man|woman))\s+(?=[A-Z])"
)
_ITS_PEOPLE = re.compile(
    r"\W*(Its|Their)\s+(?:[\w-]+\s+)?(?:team|teams|convoy|convoys|delegation|volunteers|staff|"
    r"experts|specialists|doctors|engineers|trucks|plane|aircraft|ship)\b"
    # "Its early warning and epidemic preparedness work … is financed by A": that body's work
    r"|\W*(Its|Their)\s+(?:[\w-]+\s+){0,5}?(?:work|programmes?|programs?|projects?|operations?|"
    r"activities)\b(?=[^.;]{0,80}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:[a-z]+\s+)?"
    r"(?:financed|funded|supported|backed|paid\s+for)\s+by\b)"
)
_DEMONYM_COUNTERPARTS = re.compile(r"\b(?:its|their|the)\s+([A-Z][a-z]+)\s+counterparts?\b")
#: "the Lithuanian, Latvian and Estonian societies": each people's society
_DEMONYMS_SOCIETIES = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][a-z]+,\s+)*[A-Z][a-z]+,?\s+and\s+[A-Z][a-z]+)\s+"
    r"(?:Red\s+Cross\s+|Red\s+Crescent\s+|[Nn]ational\s+)?[Ss]ocieties\b"
)
_PEOPLE_DELEGATION_LED = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:delegation|team|side)\s*,?\s+(?:led|headed)\s+by\s+(the\s+society)['’]s\b"
)
_RECEIVED_BY = re.compile(r"\b(?:received|welcomed|hosted|greeted|met)\s+by\s+$")


#: a capitalised word right before (not "The"): the head word is part of a longer name
_INSIDE_A_NAME = re.compile(r"(?<![.!?]\s)\b(?!The\b)[A-Z][\w'’-]*\s+$")


def _alias_hits(text: str, names: list[str]) -> Iterator[tuple[int, int, str, str]]:
    """Where a document's own names for an organisation recur in ``text`` (whole words, an
    optional "the " before and "'s" after; not inside an event's name): found with
    ``str.find``, since each document has its own few names."""
    taken: list[tuple[int, int]] = []
    raw, text = text, text.replace("\n", " ") if "\n" in text else text  # ("Red\nCross")
    for name in names:  # longest first
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            ok = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "-")
            )
            if ok and text.startswith(("'s", "’s"), end):
                end += 2
            if (
                ok
                and not _EVENT_AFTER.match(text, end)
                and all(end <= x or at >= y for x, y in taken)
            ):
                start = at - 4 if text[max(0, at - 4) : at].lower() == "the " else at
                taken.append((start, end))
                yield start, end, raw[start:end], name
            at = text.find(name, at + len(name))


def _name_of(m: Mention) -> str:
    return m.label or m.text


def gz_label(key: str) -> str | None:
    org = gazetteer().orgs.get(key)
    return org.label if org else None


_DEFINITE_AGREEMENT = re.compile(
    r"^\W*(?:The|This|These|Both|Each|Its|Their)\s+(?:[\w-]+\s+){0,2}(?:agreements?|memorand\w*|"
    r"MoUs?|protocols?|documents?|deal|accords?|frameworks?|pacts?|notes|letters|contracts?)\b",
    re.I,
)


def _told_again(
    st: _SentenceState, rels: list[Found], found: list[tuple[_SentenceState, Found]]
) -> list[Found]:
    """ "The agreements were signed by A, B and C": agreements already told; their
    signatories, date and place are added instead of a new agreement of everyone named."""
    if not rels or not _DEFINITE_AGREEMENT.match(st.sentence.text):
        return rels
    earlier = [f for _, f in found if f.kind == "agreement"]
    known = {k for f in earlier for k in f.parties}
    out = []
    for f in rels:
        if f.kind != "agreement" or not earlier or not set(f.parties) <= known:
            out.append(f)
            continue
        for e in earlier:
            if set(e.parties) <= set(f.parties):
                names = [p.name for p in st.posts if p.org in e.parties]
                if re.search(r"\bsign", st.sentence.text, re.I):
                    e.signatories = tuple(dict.fromkeys((*e.signatories, *names)))
                e.date = e.date or f.date
                e.place = e.place or f.place
    return out


_COUNTED_SOCIETIES = re.compile(
    rf"(?<![Tt]he )\b(?P<n>(?i:{NUMBER_WORD}))\s+"
    r"(?:[A-Z][\w-]+\s+){0,3}[Ss]ocieties\b"
)


def _counted_societies_ahead(st: _SentenceState, ahead: list[_SentenceState]) -> None:
    """ "Five National Red Cross Societies and the IFRC established …. The charter was
    signed by the heads of A, B, C, D and E": the five the next sentence names."""
    text = st.sentence.text
    m = _COUNTED_SOCIETIES.search(text) if ahead and "ocieties" in text else None
    if m is None or any(o.start <= m.start() < o.end for o in st.orgs):
        return
    for nxt in ahead:
        named = list(dict.fromkeys(o.key for o in nxt.orgs if o.key and o.key.startswith("ns-")))
        if len(named) == NUMBER_WORDS[m.group("n").lower()]:
            st.orgs += [Mention(m.start(), m.end(), m.group(0), {k}, "coreference") for k in named]
            st.orgs.sort(key=lambda o: o.start)
            return


#: A line break inside a sentence that starts no bullet
_WRAPPED = re.compile(r"\n(?!\s*[-–•*·▪])")
#: "Its country manager, A B, said …": a post of the body the last sentence was about
_ITS = re.compile(r"^\W*(?:Its|Their)\s+")
_COUNTRY_DELEGATIONS = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+)?delegations?\b"
)


def _country_delegations(st: _SentenceState, doc_orgs: frozenset[str]) -> None:
    """ "separate meetings with the Solomon Islands and Samoa delegations", at a Movement
    gathering: the countries' National Societies, when the story names them."""
    if "delegation" not in st.sentence.text:
        return
    gz = gazetteer()
    text = st.sentence.text
    for m in _COUNTRY_DELEGATIONS.finditer(text):
        for group in ("a", "b"):
            name = m.group(group)
            if not name or any(o.start <= m.start(group) < o.end for o in st.orgs):
                continue
            words = tuple(t.norm for t in tokenize(name))
            code = gz.countries.get(words) or (
                gz.demonyms.get(words[0]) if len(words) == 1 else None
            )
            key = f"ns-{code.lower()}" if code else None
            if key in doc_orgs:
                a, b = m.span(group)
                st.orgs.append(Mention(a, b, name, {key}, "coreference"))
    st.orgs.sort(key=lambda o: o.start)


def _both_parties(
    st: _SentenceState,
    found: list[tuple[_SentenceState, Found]],
    earlier: list[_SentenceState],
) -> None:
    """ "… to both societies": the two parties of the last relationship between two, else
    the only two (societies) named before; "the seven National Societies" likewise."""
    low = st.sentence.text.lower()
    if "both" not in low and "the " not in low and "our " not in low and "their " not in low:
        return
    m = _BOTH.search(st.sentence.text)
    if not m or any(o.start <= m.start() < o.end for o in st.orgs):
        return
    n = NUMBER_WORDS[m.group("n").lower()] if m.group("n") else 2
    if re.search(
        r"\b(?:where|when|during\s+which|at\s+which|in\s+which)\s+$", st.sentence.text[: m.start()]
    ) and any(o.key and o.end <= m.start() for o in st.orgs):
        return  # "… called on the Minister at the ministry, where the two sides reviewed …"
    societies = "societ" in m.group(0).lower()
    prior = {
        o.key
        for o in st.orgs
        if o.key
        and o.end <= m.start()
        # (a society no list holds counts too: "the Bhutan Red Cross Society")
        and (o.key.startswith("ns-") or not societies or _EMBLEM.search(o.label or o.text))
    }
    if len(prior) >= n:
        return  # "A met B on Tuesday …, both organisations said": the two just named

    def fits(f: Found) -> bool:
        keys = set(f.parties) | set(f.recipients)
        return len(keys) == n and (not societies or all(k.startswith("ns-") for k in keys))

    # partners of an agreement, alliance or meeting first: they are "the two organisations"
    last = next(
        (
            f
            for _, f in reversed(found)
            if fits(f) and f.kind in ("agreement", "alliance", "meeting")
        ),
        None,
    ) or next((f for _, f in reversed(found) if fits(f)), None)
    event = next((f for _, f in reversed(found) if f.kind == "participation"), None)
    if (m.group("there") or last is None) and event is not None:
        # "the six participating National Societies": those of the event told
        there = [k for k in event.parties if k.startswith("ns-") or not societies]
        last = Found("participation", tuple(there), "", 0.0) if len(there) == n else last
    if last is not None:
        keys = list(dict.fromkeys((*last.parties, *last.recipients)))
    else:
        named = dict.fromkeys(m.key for e in earlier for m in e.orgs if m.key)
        keys = [k for k in named if not societies or k.startswith("ns-")]
        if len(keys) != n:
            return
    for key in keys:
        st.orgs.append(Mention(m.start(), m.end(), m.group(0), {key}, "coreference"))
    st.orgs.sort(key=lambda o: o.start)


def _home_country(states: list[_SentenceState]) -> str | None:
    """The country an article happens in, when the places it names are all in one."""
    codes = {p.country for st in states for p in st.places if p.country}
    return next(iter(codes)) if len(codes) == 1 else None


def _organisation(key: str, mention: Mention, surface: set[str]) -> Organisation:
    gz = gazetteer()
    ref = gz.orgs.get(key)
    aliases = tuple(sorted(surface))
    if ref is not None:
        return replace(ref, aliases=aliases)
    if key.startswith("gov-"):
        country = load_countries().get(key[4:].upper())
        # one label for one government, whatever form the article used
        label = government_label(country) if country else mention.label or key
        return Organisation(key, label, "government", key[4:].upper(), aliases)
    label = re.sub(r"\s+", " ", mention.label or mention.text)  # (wire copy's line breaks)
    return Organisation(key, label, mention.kind, mention.country, aliases)


def _subject_official(st: _SentenceState, person_orgs: dict[str, str]) -> str | None:
    """The organisation of the official a sentence names first (its subject, most often),
    for a "she" or "he" in the next one: "In Kyiv, Ms A held talks with the President of
    B, C D. She later met …" is A."""
    named = [(p.start, p.org) for p in st.posts if p.org]
    text = st.sentence.text
    for name, org in person_orgs.items():
        at = text.find(name)
        end = at + len(name)
        if at >= 0 and not text[end : end + 1].isalnum() and not text[at - 1 : at].isalnum():
            named.append((at, org))
    return min(named)[1] if named else None


def _short_names(name: str) -> list[str]:
    """How a later sentence may call a person: the last word ("Al Ali" kept whole); a
    family name written first, as in Korean ("Lee" for "Lee Hyun-joo")."""
    words = name.split()
    last = " ".join(words[-2:]) if len(words) > 2 and words[-2] in ("Al", "al", "El") else words[-1]
    out = [last] if len(last) >= 3 and last not in _NOT_SURNAMES else []
    if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
        out.append(words[0])
    patronym = next((i for i, w in enumerate(words) if w in ("bin", "binti", "bint", "ibn")), 0)
    if patronym >= 1:
        # "Ahmad Fauzi bin Hashim" is "Ahmad Fauzi": a Malay name is told by the given name
        # before the father's
        out.append(" ".join(words[:patronym]))
    if len(words) >= 3 and re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}", words[-2]):
        # "Carlos Manuel Yupanqui Salas" is "Yupanqui", "Óscar Mendieta Rojas" "Mendieta":
        # the father's name, in Spanish usage
        out.append(words[-2])
    return out


#: Capitalised words that open sentences, never a person's short name
_NOT_SURNAMES = frozenset({"The", "But", "And", "She", "His", "Her", "Its", "Our", "For", "Not"})


def _person_orgs(posts: list[PostMention]) -> dict[str, str]:
    """Full names and unambiguous surnames → organisation, for later sentences."""
    out: dict[str, str] = {}
    surnames: Counter[str] = Counter()
    for name in {p.name for p in posts}:  # one person's two posts do not make it ambiguous
        for sur in _short_names(name):
            surnames[sur] += 1
    for p in posts:
        if p.org:
            out[p.name] = p.org
            for sur in _short_names(p.name):
                if surnames[sur] == 1:
                    out[sur] = p.org
    return out


def _same(a: Found, b: Found) -> bool:
    return a.kind == b.kind and set(a.parties) | set(a.recipients) | set(a.observers) == set(
        b.parties
    ) | set(b.recipients) | set(b.observers)


def extract_document(doc: Document) -> Extraction:
    """Read every organisation, person, post and relationship of one document."""
    ref_date = doc.meta.date
    states = [
        _SentenceState(
            s, find_org_mentions(s.text), find_places(s.text), find_dates(s.text, ref_date)
        )
        for s in doc.sentences
    ]
    first = _resolve(states, doc.text)
    _drop_news_agencies(states, first)
    _press_offices(states)  # (again: a short form read as the office's is the body's)
    _one_country_ministry(states, first)
    gz = gazetteer()
    counts: Counter[str] = Counter(m.key for st in states for m in st.orgs if m.key)
    # the article's main actor: the most named (a society first, on a tie)
    ranked = sorted(counts, key=lambda k: (-counts[k], not k.startswith("ns-")))
    main_org = ranked[0] if ranked else None
    publisher = None
    if doc.meta.publisher:
        words = tuple(t.norm for t in tokenize(doc.meta.publisher))
        keys = gz.phrases.get(words[1:] if words[:1] == ("the",) else words, set())
        publisher = next(iter(keys)) if len(keys) == 1 else None
    if publisher is None:
        publisher = _self_published(states)
    if publisher is None and _is_interview(states):
        # "Q: Who pays for the service? A: The Canadian Red Cross … our paramedics": in an
        # interview, "we" are the interviewee's body, the one its introduction names first
        publisher = _interviewee_body(states) or main_org

    # people and posts
    context_org: str | None = None
    previous_context: str | None = None
    governments = {k for k in counts if k.startswith("gov-")}
    government = next(iter(governments)) if len(governments) == 1 else None
    local = {
        m.key
        for st in states
        for m in st.orgs
        if m.key and m.kind == "government" and _LOCAL_GOVERNMENT.search(m.label or m.text)
    }
    local_government = next(iter(local)) if len(local) == 1 else None
    public = {m.key for st in states for m in st.orgs if m.key and m.kind == "government"}
    sole_government = next(iter(public)) if len(public) == 1 else None
    home = _home_country(states)
    home_government = f"gov-{home.lower()}" if home else None
    local_names = {  # "the mayor of Lima": the one of the local governments named for Lima
        (m.label or m.text): m.key
        for st in states
        for m in st.orgs
        if m.key in local
        or (m.key and (m.label or m.text).startswith(("Prefecture of ", "Government of ")))
    }
    universities = {
        m.key
        for st in states
        for m in st.orgs
        if m.key and re.search(r"\b(?:University|College)\b", m.label or m.text)
    }
    university = next(iter(universities)) if len(universities) == 1 else None
    ministries: dict[str, str] = {}  # "Department of Health" → its key, by portfolio
    for st in states:
        for m in st.orgs:
            portfolio = _PORTFOLIO_OF.search(m.label or m.text) if m.key else None
            if portfolio and m.kind == "government":
                ministries.setdefault(portfolio.group(1).lower(), m.key)
    societies = [k for k, _ in counts.most_common() if k.startswith("ns-")]
    main_society = societies[0] if societies else None
    all_posts: list[tuple[int, PostMention]] = []
    companies_by_word: dict[str, str] = {}  # a company's first word, when one company has it
    for m in (m for st in states for m in st.orgs if m.key and m.kind == "company"):
        word = (m.label or m.text).split()[0]
        if companies_by_word.setdefault(word, m.key) != m.key:
            companies_by_word[word] = ""
    companies_by_word = {w: k for w, k in companies_by_word.items() if k and len(w) >= 3}
    prev_subject: str | None = None  # the first body the previous sentence names
    prev_company: str | None = None  # … when it is a company
    for st in states:
        s = st.sentence.text
        for m in st.orgs:
            if m.key and (_DELEGATION.search(s[: m.start]) or _DELEGATION.match(s[m.end :])):
                context_org = m.key
                break
        _country_delegations(st, frozenset(first))  # ("The Colombian delegation, led by …")
        st.posts = (
            []
            if _BYLINE.match(s)  # "By A B, Communications Officer, …": the writer, not the story
            else find_posts(
                _WRAPPED.sub(" ", s) if "\n" in s else s,  # ("secretary\ngeneral" in wire copy)
                st.orgs,
                context_org,
                government,
                local_government,
                main_society,
                home_government=home_government,
                university=university,
                doc_ministries=ministries,
                local_names=local_names,
                publisher=publisher,
                sole_government=sole_government,
            )
        )
        if EUROPEAN_COMMISSION not in counts and EUROPEAN_UNION in counts:
            # "A B, European Commissioner for …" in a story of the EU's: the EU's official
            st.posts = [
                replace(p, org=EUROPEAN_UNION) if p.org == EUROPEAN_COMMISSION else p
                for p in st.posts
            ]
        its = _ITS.match(s) if st.posts and prev_subject else None
        role = ROLE_RE.search(s, its.end(), its.end() + 40) if its else None
        if (
            its
            and role
            and len(s[its.end() : role.start()].split()) <= 3
            and not any(m.key and m.start < role.end() + 40 for m in st.orgs)
        ):
            # "… handed the Red Cross a cheque, the company said. Its country manager, A B,
            # said …": the previous sentence's subject
            st.posts = [
                replace(p, org=prev_subject) if p.start < role.end() + 40 else p for p in st.posts
            ]
        opening = _OPENING_ROLE.match(s) if prev_company and st.posts else None
        if opening and not any(m.key for m in st.orgs if m.start < opening.end() + 40):
            # "BSP Tonga … donated 40,000 pa'anga to the society. Country manager A B said …":
            # the company just named
            st.posts = [
                replace(p, org=prev_company) if p.start < opening.end() + 40 else p
                for p in st.posts
            ]
        if companies_by_word and st.posts:
            # "Mullings Hardware & Supplies handed over … . '…,' managing director Owen Mullings
            # said": a family business's head, named after it
            st.posts = [
                replace(p, org=companies_by_word[p.name.split()[-1]])
                if p.name.split()[-1] in companies_by_word
                and p.org != companies_by_word[p.name.split()[-1]]
                and _BUSINESS_ROLE.match(p.role_text)
                else p
                for p in st.posts
            ]
        first_named = next((m for m in st.orgs if m.key), None)
        prev_subject = first_named.key if first_named else None
        prev_company = first_named.key if first_named and first_named.kind == "company" else None
        st.delegation = previous_context or context_org  # "the delegation" was introduced earlier
        previous_context = context_org
        all_posts += [(st.sentence.index, p) for p in st.posts]
    person_orgs = _person_orgs([p for _, p in all_posts])

    # relationships
    found: list[tuple[_SentenceState, Found]] = []
    speaker_org: str | None = None
    joint_parties: tuple[str, ...] = ()
    last_funder: str | None = None
    last_funded: str | None = None
    several_funders = False
    last_sender: str | None = None
    told_meeting: SentenceFacts | None = None  # a meeting told with fewer than two parties
    event_host: str | None = None  # the host of the last event told
    doers: tuple[str, ...] = ()  # the bodies of the last joint piece of work told
    visitor: str | None = None  # the body whose visit was last told
    counted_deal: tuple[str, str] | None = None  # "agreements with five organisations"
    thanks_list = False  # in the items after "We thank the partners …:"
    doc_orgs = frozenset(first)
    kinds = {
        k: gz.orgs[k].kind if k in gz.orgs else "government" if k.startswith("gov-") else m.kind
        for k, m in first.items()
    }
    for i, st in enumerate(states):
        _both_parties(st, found, states[:i])
        _counted_societies_ahead(st, states[i + 1 : i + 2])
        facts = SentenceFacts(
            # wire copy's hard line breaks read as spaces (same offsets; bullets kept)
            _WRAPPED.sub(" ", st.sentence.text) if "\n" in st.sentence.text else st.sentence.text,
            st.orgs,
            st.posts,
            st.places,
            st.dates,
            person_orgs,
            publisher,
            main_org,
            st.delegation,
            speaker_org,
            doc_orgs,
            joint_parties,
            last_funder,
            last_funded,
            last_sender,
            kinds,
            several_funders=several_funders,
            event_host=event_host,
            doers=doers,
            visitor=visitor,
            previous_text=states[i - 1].sentence.text if i else "",
        )
        speaker_org = _subject_official(st, person_orgs) or speaker_org
        rels = _charter_of_alliance(st, _told_again(st, find_relations(facts), found), found)
        rels = _event_gathered_again(st, rels, found)
        if thanks_list:
            rels = _thanked_item(st, facts, rels)
        bullet = _BULLET_ITEM.match(st.sentence.text)
        thanks_list = bool(
            (publisher or (main_org or "").startswith("ns-"))
            and (_THANKS_HEAD.search(st.sentence.text) or (thanks_list and bullet))
        )
        if not rels and counted_deal:
            rels = _counted_partners_named(facts, *counted_deal)
        counted_deal = None if rels else _counted_deal(facts)
        if not rels:
            rels = _support_of_alliance(facts, found)
        if not any(f.kind == "participation" for f in rels):
            rels += _named_event(facts, found)
        _visitors_attend(st.sentence.text, rels, found)
        found += [(st, f) for f in rels]
        joint = [f for f in rels if f.kind in ("agreement", "alliance")]
        joint_parties = joint[-1].parties if joint else joint_parties
        doers = () if joint else (joint_doers(facts) or doers)
        met = [f for f in rels if f.kind == "meeting"]
        if met and _VISITED.search(st.sentence.text):
            visitor = met[0].parties[0]
        if (
            len({f.parties for f in joint}) > 1
            and all(len(f.parties) == 2 for f in joint)
            and len({f.parties[0] for f in joint}) == 1
        ):
            # one body's partnerships with several others: "the programme" is that body's
            joint_parties = joint[0].parties[:1]
        attended = any(f.kind == "participation" for f in rels)
        # ("The forum was hosted by A together with B", after the forum was told: A)
        told_event = not attended and bool(_THE_EVENT.match(st.sentence.text))
        hosted = _HOSTED_IN.search(st.sentence.text) if attended or told_event else None
        if hosted and told_event and not any(f.kind == "participation" for _, f in found):
            hosted = None
        if hosted:
            # "… the Asia Pacific Youth Forum, hosted by A": A, for "The forum was funded by"
            event_host = next(iter(_listed(facts, hosted.end())), event_host)
        elif attended:
            # "A hosted the Sahel Forum, bringing together …": A, the sentence's subject
            hosts = _HOSTED.search(st.sentence.text)
            subject = _actors(facts, 0, hosts.start())[:1] if hosts else []
            which = None if subject else _WHICH_HOSTED.search(st.sentence.text)
            if which:
                # "… the Regional Forum on X, which the Paraguayan Red Cross hosted in …"
                subject = _listed(facts, which.end())[:1]
            event_host = subject[0] if subject else event_host
        missions = [f for f in rels if f.kind == "mission"]
        last_sender = missions[-1].parties[0] if missions else last_sender
        gifts = [f for f in rels if f.kind in ("support", "donation")]
        funder = None if gifts else _FUNDS.search(st.sentence.text)
        if gifts:
            last_funder = gifts[-1].parties[0]
            last_funded = gifts[-1].recipients[0] if gifts[-1].recipients else None
            several_funders = (
                len({f.parties[0] for f in gifts if f.recipients[:1] == (last_funded,)}) > 1
            )
        elif funder:  # "The Government of Australia has announced … in new funding"
            givers = _actors(facts, 0, funder.start())
            last_funder = givers[0] if givers else last_funder
        _attach_signatories(st, found)
        if not rels:
            _attach_to_previous(st, found)
            _join_meeting(st, found, facts)
            rels = _took_part_in_told_meeting(facts, told_meeting, found)
            found += [(st, f) for f in rels]
        elif _THE_MEETING.match(st.sentence.text) and not any(f.kind == "meeting" for f in rels):
            # "The meeting was convened by A and supported by B": A joins it (B's support
            # is this sentence's own relation)
            _join_meeting(st, found, facts)
        if any(f.kind == "meeting" for f in rels):
            told_meeting = None
        elif any(w in st.sentence.text for w in _MEETING_WORDS) and _TOLD_MEETING.search(
            st.sentence.text
        ):
            told_meeting = facts
        _gather_participants(st, found, facts)

    # merge repeats: the same relationship told twice is one node
    merged: list[tuple[_SentenceState, Found]] = []
    for st, f in found:
        twin = next(
            (
                g
                for _, g in merged
                if (_same(g, f) and f.kind != "mission")
                or (f.kind == g.kind == "participation" and f.name and f.name == g.name)
            ),
            None,
        )
        if twin is None:
            merged.append((st, f))
            continue
        twin.date = twin.date or f.date
        twin.end_date = twin.end_date or f.end_date
        twin.place = twin.place or f.place
        twin.signatories = tuple(dict.fromkeys((*twin.signatories, *f.signatories)))
        if twin.kind == "participation":
            twin.parties = tuple(dict.fromkeys((*twin.parties, *f.parties)))
            twin.observers = tuple(
                k for k in dict.fromkeys((*twin.observers, *f.observers)) if k not in twin.parties
            )

    # an event nobody was found to attend says nothing about anyone
    merged = [(st, f) for st, f in merged if f.kind != "participation" or f.parties or f.observers]
    ext = Extraction(document=doc.meta, text=doc.text)
    used = {k for _, f in merged for k in (*f.parties, *f.recipients, *f.observers)}
    used |= {p.org for _, p in all_posts if p.org}
    surfaces: dict[str, set[str]] = {}
    in_title: dict[str, set[str]] = {}  # a headline's forms are often cut short ("Norwegian")
    implied: dict[str, set[str]] = {}  # "the Red Crescent Societies of Kazakhstan and …"
    for st in states:
        for m in st.orgs:
            ref = gz.orgs.get(m.key or "")
            if m.source == "coreference" and m.label and ref and m.label in ref.aliases:
                implied.setdefault(m.key, set()).add(m.label)  # (a name the list implies)
            if m.key and m.source != "coreference":
                # "Minister of Health", "the Republic of Malawi": the body's name, not the words
                text = m.label if m.source in ("ministry", "government") and m.label else m.text
                owned = _COUNTRY_S.match(text) if m.label and m.label != text else None
                if owned and m.label in (
                    f"{owned.group('b')} of {owned.group('c')}",
                    owned.group("b"),
                ):
                    text = owned.group("b")  # "Sudan's Federal Ministry of Health": its name
                form = _SPACES.sub(" ", _ARTICLE_OR_POSSESSIVE.sub("", text))
                if form in _REFERENCE_HEADS or form in ("Society", "Organisation"):
                    continue  # "the Organization": a reference, not a name of the body
                if form.lower() in gz.demonyms or (
                    (m.key or "").startswith("ns-") and is_country_name(form)
                ):
                    continue  # "the Swedish and Finnish Red Cross", "the Fiji and Tonga Red
                    # Cross societies": "Swedish", "Fiji" are no names of the society
                at = in_title if st.sentence.index == 0 else surfaces
                at.setdefault(m.key, set()).add(form)
                if m.source == "government" and _STATE_STYLED.match(m.text):
                    # "the Government of the Republic of Moldova": as the document styles it
                    at[m.key].add(_SPACES.sub(" ", _ARTICLE_OR_POSSESSIVE.sub("", m.text)))
    for key, forms in in_title.items():
        if key not in surfaces:
            surfaces[key] = forms
    for key, forms in implied.items():
        # a name a list implies, unless the document writes the society's name itself
        if not any(not (f.isupper() and len(f) <= 8) for f in surfaces.get(key, ())):
            surfaces.setdefault(key, set()).update(forms)
    for key, mention in first.items():
        if key in used or mention.source != "coreference":
            ext.organisations[key] = _organisation(key, mention, surfaces.get(key, set()))
    for key in used:
        if key not in ext.organisations and (key in gz.orgs or key.startswith("gov-")):
            ext.organisations[key] = _organisation(
                key,
                first.get(key) or Mention(0, 0, key, {key}, "reference"),
                surfaces.get(key, set()),
            )

    def evidence(st: _SentenceState, rule: str, confidence: float) -> Evidence:
        s = st.sentence
        return Evidence(doc.meta.name, s.index, s.start, s.end, s.text, rule, confidence)

    by_index = {st.sentence.index: st for st in states}
    seen_posts: set[tuple[str, str | None, str]] = set()
    full_names = {p.name for _, p in all_posts}
    # the posts told with a person's full name: "Registrar Koirala" later is the same post
    held = {(p.name, p.role) for _, p in all_posts if p.org}
    ending: dict[str, list[str]] = {}  # "Al Mansouri", "Mansouri" → "Rashid … Al Mansouri"
    for n in full_names:
        for i, c in enumerate(n):
            if c == " ":
                ending.setdefault(n[i + 1 :], []).append(n)
    for idx, p in all_posts:
        longer = ending.get(p.name, [])
        if len(p.name.split()) == 1 and len(longer) != 1:
            continue  # "Ms Lund" with no one of that surname named in full: no post
        if len(longer) == 1:  # "headed by Al Mansouri": Rashid Mubarak Al Mansouri
            if (longer[0], p.role) in held:
                continue
            p = replace(p, name=longer[0])
        key = slugify(p.name)
        ext.people.setdefault(key, Person(key, p.name))
        if (key, p.org, p.role) in seen_posts:
            continue
        seen_posts.add((key, p.org, p.role))
        ext.posts.append(
            Post(key, p.org, p.role, p.role_text, evidence(by_index[idx], "post." + p.role, 0.8))
        )
    doc_date = doc.meta.date
    for st, f in merged:
        if f.date is None and doc_date is not None and f.kind != "support":
            # undated in the text: the article's date stands in, and says so
            f.date = replace(doc_date, text="publication date")
        signatories = tuple(slugify(n) for n in f.signatories)
        for n in f.signatories:
            ext.people.setdefault(slugify(n), Person(slugify(n), n))
        ext.relations.append(
            Relation(
                kind=f.kind,
                parties=f.parties,
                evidence=evidence(st, f.rule, f.confidence),
                subtype=f.subtype,
                name=f.name,
                signatories=signatories,
                recipients=f.recipients,
                observers=f.observers,
                date=f.date,
                end_date=f.end_date,
                place=f.place,
                theme=f.theme,
                topic=f.topic,
            )
        )
    return ext


_SPACES = re.compile(r"\s+")
_STATE_STYLED = re.compile(rf"(?:[Tt]he\s+)?[Gg]overnment\s+of\s+(?:the\s+)?{STATE_STYLE}")
_ARTICLE_OR_POSSESSIVE = re.compile(r"^(?:the|The)\s+|['’]s$")
_SIGNATORIES = re.compile(r"\bsignator(?:y|ies)\b|\bsigned (?:it |the \w+ )?on behalf\b", re.I)


#: "… has entered into agreements with five Danish civil society organisations"
_COUNTED_DEAL = re.compile(
    r"\b(?P<kind>agreements?|memorand(?:um|a)|MoUs?|partnerships?|contracts?|accords?|"
    rf"alliances?|frameworks?)\b[^.;]{{0,80}}?\bwith\s+(?:{NUMBER_WORD}|"
    r"several|a number of|\d+)\s+(?:[\w-]+\s+){0,4}?(?:organi[sz]ations|"
    r"partners|NGOs|societies|agencies|charities|groups|institutions|bodies|actors)\b"
)
#: "The partners are A, B and C", "They include A and B"
_PARTNERS_ARE = re.compile(
    r"^\W*(?:The|These|Its|Their|They)\s+(?:(?:[\w-]+\s+){0,2}(?:partners|organi[sz]ations|"
    r"signatories|parties|recipients|NGOs|members|societies)\s+)?(?:are|were|include|included|"
    r"comprise)\b"
)


def _counted_deal(s: SentenceFacts) -> tuple[str, str] | None:
    """An agreement (or alliance) of one named party with a number of unnamed ones."""
    m = _COUNTED_DEAL.search(s.text) if " with " in s.text else None
    if not m:
        return None
    named = list(dict.fromkeys(o.key for o in s.orgs if o.key))
    if len(named) != 1:
        return None
    kind = "alliance" if m.group("kind").lower().startswith("allianc") else "agreement"
    return kind, named[0]


def _counted_partners_named(s: SentenceFacts, kind: str, party: str) -> list[Found]:
    """ "The partners are A, B and C" right after :func:`_counted_deal`: an agreement of the
    party with each (one alliance of all)."""
    m = _PARTNERS_ARE.match(s.text)
    if not m:
        return []
    partners = [k for k in dict.fromkeys(o.key for o in s.orgs if o.start >= m.end()) if k]
    partners = [k for k in partners if k != party]
    if not partners:
        return []
    if kind == "alliance":
        return [Found("alliance", (party, *partners), "alliance.partners_named", 0.65)]
    return [Found("agreement", (party, k), "agreement.partners_named", 0.65) for k in partners]


_ALLIANCE_NAMED = re.compile(r"\b(?:Network|Alliance|Coalition|Consortium|Platform)$")
_THE_CHARTER = re.compile(
    r"^\W*(?:The|Its|Their)\s+(?:founding\s+|constitutive\s+)?(?:charter|declaration|statute)s?\s+"
    r"(?:was|were)\s+(?:\w+\s+)?signed\b"
)


def _charter_of_alliance(
    st: _SentenceState, rels: list[Found], found: list[tuple[_SentenceState, Found]]
) -> list[Found]:
    """ "Four societies signed the founding charter of the X Network. The charter was signed
    by: A, President of B; …": the alliance just told, with its signatories, not an
    agreement of its own."""
    founded = [f for f in rels if f.kind == "alliance"]
    if founded:
        # "four societies signed the founding charter of the X Network": the alliance, not
        # an agreement of each with the network it founds
        names = {m.key for m in st.orgs if m.key and _ALLIANCE_NAMED.search(m.label or m.text)}
        rels = [
            f
            for f in rels
            if not (
                f.kind == "agreement"
                and set(f.parties) & names
                and set(f.parties) - names <= set(founded[0].parties)
            )
        ]
    if not _THE_CHARTER.match(st.sentence.text):
        return rels
    recent = [f for s_, f in found if st.sentence.index - s_.sentence.index <= 2]
    alliance = next((f for f in reversed(recent) if f.kind == "alliance"), None)
    if alliance is None:
        return rels
    out = []
    for f in rels:
        if f.kind == "agreement" and set(f.parties) <= set(alliance.parties):
            named = f.signatories or tuple(p.name for p in st.posts if p.org in f.parties)
            alliance.signatories = tuple(dict.fromkeys((*alliance.signatories, *named)))
            continue
        out.append(f)
    return out


def _attach_signatories(st: _SentenceState, found: list[tuple[_SentenceState, Found]]) -> None:
    """ "X, head of A, and Y, president of B, were among the signatories": the last agreement
    of A and B gets its signatories."""
    text = st.sentence.text
    if ("ignator" not in text and "behalf" not in text) or not _SIGNATORIES.search(text):
        return
    for _, f in reversed(found):
        if f.kind == "agreement":
            names = [p.name for p in st.posts if p.org in f.parties]
            f.signatories = tuple(dict.fromkeys((*f.signatories, *names)))
            return


_JOINED_BY = re.compile(
    r"\b(?:meeting|talks|session|visit|consultations?)\s+(?:was|were)\s+(?:also\s+)?"
    r"(?:attended|hosted|convened|chaired|facilitated|co-hosted)\s+by\b",
    re.I,
)
_REPRESENTED_BY = re.compile(r"\b(?:was|were)\s+(?:also\s+)?represented\s+by\b")
_JOINED = re.compile(
    r"\b(?:participated|took part|joined|attended|were present|was present|present at|"
    r"(?:was|were) represented)\b"
    r"[^.]{0,20}\b(?:the|this)\s+(?:meeting|talks|discussions|visit|session)\b",
    re.I,
)


def _join_meeting(
    st: _SentenceState, found: list[tuple[_SentenceState, Found]], facts: SentenceFacts
) -> None:
    """ "X also participated in the meeting": X joins the last meeting."""
    low = st.sentence.text.lower()
    if not any(
        w in low
        for w in (
            "attend",
            "particip",
            "took part",
            "joined",
            "present",
            "represented",
            "hosted by",
            "convened by",
            "chaired by",
            "facilitated by",
        )
    ):
        return
    by = _JOINED_BY.search(st.sentence.text)
    m = by or _JOINED.search(st.sentence.text) or _REPRESENTED_BY.search(st.sentence.text)
    if not m:
        return
    actors = _actors(facts, m.end()) if by else _actors(facts, 0, m.start())
    if by:  # "… convened by A and supported by B": B backs the meeting, A joins it
        backed = SUPPORT_BY.search(st.sentence.text, m.end())
        if backed:
            actors = [k for k in actors if k not in _actors(facts, backed.start())]
    if not actors and not by:
        actors = _actors(facts, m.end())  # "Also present at the meeting were A and B"
    meetings = [(g, f) for g, f in found if f.kind == "meeting"]
    # "the meeting": the last one told as a meeting, else the last one
    named = [(g, f) for g, f in meetings if re.search(r"\bmeeting\b", g.sentence.text, re.I)]
    for _, f in reversed(named or meetings):
        if f.kind == "meeting":
            f.parties = tuple(dict.fromkeys((*f.parties, *actors)))
            return


_HOSTED_IN = re.compile(r"\b(?:hosted|organi[sz]ed|convened)\s+by\s+(?:the\s+)?")
#: "The meeting brought together delegations of A, B and C", after the event was named
_EVENT_GATHERED = re.compile(
    r"[\W\d]*(?:The|This)\s+(?:[\w-]+\s+){0,2}(?:meeting|conference|forum|summit|assembly|"
    r"workshop|dialogue|symposium)\s+(?:also\s+)?(?:brought\s+together|gathered|drew|"
    r"was\s+attended\s+by|included)\b"
)


#: "We thank the partners whose support made this work possible:", before its items
_THANKS_HEAD = re.compile(
    r"\b(?:thank|grateful|gratitude|partners|donors|supporters)\b[^.]*:\s*$", re.I
)
_BULLET_ITEM = re.compile(r"\s*[-–•*·▪]\s+")


def _thanked_item(st: _SentenceState, facts: SentenceFacts, rels: list[Found]) -> list[Found]:
    """ "• the American Red Cross, which funded cash assistance …;" in the list after "We
    thank the partners …:": the body named first supports the writer (else the article's
    society)."""
    bullet = _BULLET_ITEM.match(st.sentence.text)
    taker = facts.publisher or facts.main_org
    first = next((m for m in st.orgs if m.key), None)
    if not bullet or not taker or first is None or first.key == taker:
        return rels
    if re.sub(r"^(?:the|The)\s+", "", st.sentence.text[bullet.end() : first.start]).strip():
        return rels  # (the item opens with something else than a body)
    if any(f.kind in ("support", "donation") and first.key in f.parties for f in rels):
        return rels
    date = next((d.value for d in facts.dates if not d.is_end), None)
    found = Found("support", (first.key,), "support.thanked_item", 0.6, recipients=(taker,))
    return [*rels, replace(found, date=date)]


#: "The session, organised by A and B with C, was moderated by D", after the event was named
_EVENT_RUN_BY = re.compile(
    r"[\W\d]*(?:The|This)\s+(?:[\w-]+\s+){0,2}(?:session|webinar|dialogue|meeting|conference|"
    r"forum|workshop|seminar|event)\s*,?\s+(?:was\s+)?(?:co-)?(?:organi[sz]ed|hosted|convened|"
    r"moderated|chaired)\s+by\b"
)
_THERE_WERE = re.compile(
    r"\W*There\s+were\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?\d+\s+"
    r"(?:of\s+us|participants|delegates|people|representatives|delegations)\b"
)


def _event_gathered_again(
    st: _SentenceState, rels: list[Found], found: list[tuple[_SentenceState, Found]]
) -> list[Found]:
    """ "The meeting brought together A, B and C" after a named event was told: they
    attended that event (one participation), not a meeting of their own."""
    counted = _THERE_WERE.match(st.sentence.text) or _EVENT_RUN_BY.match(st.sentence.text)
    if not counted and not _EVENT_GATHERED.match(st.sentence.text):
        return rels
    event = next((f for _, f in reversed(found) if f.kind == "participation" and f.name), None)
    if event is None:
        return rels
    if counted and all(f.kind in ("meeting", "support") for f in rels):
        # "There were 31 of us in the room: people from the Red Cross societies of Fiji, …":
        # the event's participants
        keys = list(dict.fromkeys(m.key for m in st.orgs if m.key))
        kept = [f for f in rels if f.kind == "support"]
        return kept + (
            [replace(event, parties=tuple(keys), rule="participation.counted")] if keys else []
        )
    return [
        replace(f, kind="participation", name=event.name, rule="participation.gathered")
        if f.kind == "meeting"
        else f
        for f in rels
    ]


_THE_MEETING = re.compile(r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}meeting\b")
_TOLD_MEETING = re.compile(
    r"\b(?:meeting|consultations?|talks|round-?table|workshop)\b[^.]{0,80}?\b(?:hosted|convened|"
    r"organi[sz]ed|chaired)\s+by\b|\b(?:gathered|met|convened)\b[^.]{0,80}?\b(?:meeting|"
    r"consultations?|talks|round-?table|workshop)\b",
    re.I,
)
_MEETING_WORDS = ("meeting", "onsultation", "talks", "table", "orkshop")
_ALONG_WITH = re.compile(r"\b(?:together with|along with|alongside|as well as)\b")


def _took_part_in_told_meeting(
    facts: SentenceFacts,
    told: SentenceFacts | None,
    found: list[tuple[_SentenceState, Found]],
) -> list[Found]:
    """ "… gathered for a regional meeting hosted by A." then "Delegations from B and C took
    part": one meeting of A, B and C, where and when the first sentence says."""
    from graph.extract.relations import _date, _place

    if told is None or any(f.kind == "participation" for _, f in found):
        return []
    delegates = _DELEGATES_FROM.match(facts.text)
    took_part = _TOOK_PART.search(facts.text)
    if delegates:  # "Participants from B and C shared …"
        actors = _actors(facts, delegates.end())
    else:
        if not took_part or took_part.group(1) or _OTHER_EVENT.match(facts.text[took_part.end() :]):
            return []
        if re.match(r"\s+in\s+(?:the\s+)?[A-Z]", facts.text[took_part.end() :]):
            return []  # "took part in the Assembly": a named event of its own
        actors = _actors(facts, 0, took_part.start())
        along = _ALONG_WITH.search(facts.text, took_part.end())
        if along:
            actors += [k for k in _actors(facts, along.end()) if k not in actors]
    parties = tuple(dict.fromkeys((*_actors(told), *actors)))
    if not actors or len(parties) < 2:
        return []
    date, _ = _date(told)
    return [
        Found(
            "meeting",
            parties,
            "meeting.took_part",
            0.6,
            date=date,
            place=_place(told) or _place(facts),
        )
    ]


_DEFINITE = re.compile(
    r"\bthe\s+(?:\w+\s+){0,2}(alliance|agreement|memorandum|mou|mission|"
    r"partnership|coalition)\b",
    re.I,
)


def _attach_to_previous(st: _SentenceState, found: list[tuple[_SentenceState, Found]]) -> None:
    """A sentence about "the alliance" with a date adds it to the last such relationship."""
    if not st.dates:
        return
    m = _DEFINITE.search(st.sentence.text)
    if not m:
        return
    kind = {
        "alliance": "alliance",
        "coalition": "alliance",
        "mission": "mission",
        "partnership": "alliance",
    }.get(m.group(1).lower(), "agreement")
    for _, f in reversed(found):
        if f.kind == kind:
            for d in st.dates:
                if d.is_end and not f.end_date:
                    f.end_date = d.value
                elif not d.is_end and not f.date:
                    f.date = d.value
            return


_EVENT_HEADS = frozenset(EVENT_HEADS)
_EVENT_HEAD = re.compile(rf"\b(?:{event_heads_pattern(Week=r'(?<=[a-z] )Week')})\b")
#: "The launch took place during the X Week": the bodies that launched it were there
_TOLD_HERE = re.compile(
    r"^\W*The\s+(?:launch|signing|ceremony|presentation|handover)\s+(?:took\s+place|was\s+held)\s+"
    r"(?:during|at|on\s+the\s+(?:sidelines|margins)\s+of)\b"
)
_HAPPENED = re.compile(
    r"\b(?:was held|were held|is held|is being held|took place|takes place|concluded|"
    r"logged\s+(?:on|in)\s+to|tuned\s+in\s+to|"
    r"concludes|opened|opens|kicked off|began|begins|closed|closes|was convened|convened|"
    r"(?:was )?organi[sz]ed|(?:was )?hosted|wrapped up|ended|got under way|gets under way|"
    r"was launched|(?:gathered|met|convened|came together)\s+(?:[\w-]+\s+){0,10}?for|"
    # "The IFRC held the Southern Africa Regional Workshop on …": its holder was there
    r"held(?=\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,6}?(?-i:[A-Z]))|"
    # "… walked to the towers, launching the 2025 Shizuoka Comprehensive Disaster Drill"
    r"(?:launching|opening)(?=\s+the\s+(?:\d{4}\s+)?(?-i:[A-Z]))|"
    # "The occasion was the Second Regional Forum on …, held on Wednesday and Thursday"
    r"(?<=, )held(?=\s+(?:on|in|at|from|over|between|last|this|earlier)\b)|"
    r"brought together|brings together)\b|"
    r"\bat\s+(?:its|their)\s+(?=(?:[\w-]+\s+){0,3}(?:General\s+Assembly|"
    r"Conference|Congress|Summit|Forum|Meeting|Assembly|Council)\b)",
    re.I,
)
_TOOK_PART = re.compile(
    r"\b(?:took part|take part|takes part|participated|attended|joined|"
    # "A, B and C spoke in a session on …": of the document's event
    r"spoke\s+(?:in|at|during)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:session|panel|plenary|"
    r"side[- ]event|debate)|"
    # "A and B followed the sessions as observers"
    r"followed\s+the\s+(?:sessions|proceedings|discussions|debates|work)(?=\s+as\s+(?:an?\s+)?observers?)|"
    r"(?:was|were)\s+(?:also\s+)?represented|sat\s+in)\b(?:\s+as\s+(?:an?\s+)?(observers?))?",
    re.I,
)
_EVENT_ATTENDED_BY = re.compile(
    r"^\W*(?:The|This|This\s+year['’]s)\s+(?:[\w-]+\s+){0,2}(?:forum|conference|summit|meeting|"
    r"assembly|congress|symposium|workshop|event|session|ceremony)"
    # ("The forum, held under the theme "…", was also attended by …")
    r"(?P<aside>\s*,[^,]{1,90},)?\s+(?:(?:was|were)\s+(?:also\s+)?(?:attended|opened|addressed)"
    r"\s+by|(?:drew|attracted)\s+(?:delegations|delegates|participants|representatives)\s+from)\b"
    # "Among the guests were A, President of B; C …": the event's guests
    # "Taking part were delegations from A, B and C"
    r"|^\W*(?:Taking\s+part|Participating|Attending|Present|Represented)\s+(?:in\s+\w+\s+)?(?:were|was)\b"
    # "National Societies represented included A, B and C"
    r"|^\W*(?:[\w-]+\s+){0,3}?(?:represented|present|attending|participating)\s+(?:included|were)\b"
    r"|^\W*(?:Among|Amongst)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:guests|participants|attendees|"
    r"delegates|speakers|those\s+(?:attending|present))\s+(?:were|was|are|included)\b"
    r"|^\W*(?:The\s+)?(?:[\w-]+\s+)?(?:guests|participants|attendees|speakers)"
    r"(?:\s+(?:in|at|of)\s+the\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+included\b",
    re.I,
)
_OTHER_EVENT = re.compile(
    r"^\s+(?:in|at)?\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(signing|ceremony|meeting|talks|"
    r"discussions|visit|session|training|workshop|exercise|funeral|launch)\b",
    re.I,
)


_FUNDED_BY = re.compile(
    r"\b(?:financed|funded|supported|backed|sponsored|bankrolled) by\b|\bwith (?:the )?"
    r"(?:financial )?(?:support|funding|backing) (?:of|from)\b",
    re.I,
)
_THE_ALLIANCE = re.compile(
    r"\b[Tt]he\s+(?:\w+\s+){0,2}(?:alliance|coalition|consortium|partnership|platform)\b"
)


_GROUP_WORDS = ("lliance", "onsortium", "oalition", "artnership", "latform", "ission", "onvoy")
_THE_MISSION = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}(?:mission|convoy)\b")


def _support_of_alliance(
    facts: SentenceFacts, found: list[tuple[_SentenceState, Found]]
) -> list[Found]:
    """ "The alliance is financed by X": X supports each member of the last alliance; "the
    mission was organised with the support of X": X supports the mission's sender."""
    s = facts.text
    if not any(w in s for w in _GROUP_WORDS):
        return []  # no "the alliance" or "the mission" to speak of
    by = _FUNDED_BY.search(s)
    if not by:
        return []
    kind = (
        "alliance"
        if _THE_ALLIANCE.search(s[: by.start()])
        else "mission"
        if _THE_MISSION.search(s[: by.start()])
        else None
    )
    if kind is None:
        return []
    alliance = next((f for _, f in reversed(found) if f.kind == kind), None)
    providers = [k for k in _actors(facts, by.end()) if alliance and k not in alliance.parties]
    if not alliance or not providers:
        return []
    date = next((d.value for d in facts.dates if not d.is_end), None)
    return [
        Found("support", (p,), "support.of_alliance", 0.65, recipients=(r,), date=date)
        for p in providers
        for r in alliance.parties
    ]


#: the writer travelling to or attending an event: "I flew to Tonga for", "we attended"
_WE_WENT = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?(?:flew|travell?ed|went|attended|joined|took\s+part|"
    r"were\s+(?:in|at)|was\s+(?:in|at))\b"
)


def _named_event(facts: SentenceFacts, found: list[tuple[_SentenceState, Found]]) -> list[Found]:
    """ "The 5th X Conference opened in Y": an event of the document, whose participants
    later sentences name ("was attended by …", "The ICRC also took part")."""
    from graph.extract.relations import QUOTED_EVENT, _date, _event_name, _place

    s = facts.text
    tokens = tokenize(s)
    # 'the international forum "Humanitarian Diplomacy …"'
    quoted = QUOTED_EVENT.search(s) if '"' in s or "“" in s or "«" in s else None
    if not quoted and not any(tokens[i].text in _EVENT_HEADS for i in capitalised_at(s)):
        return []
    if not _HAPPENED.search(s):
        return []
    name = _event_name(s)
    if not name or any(f.kind == "participation" and f.name == name for _, f in found):
        return []
    head = re.search(_EVENT_HEAD, name)
    at = s.find(name) + (head.start() if head else 0)
    if not (head or (quoted and quoted.group(1).strip() == name)) or any(
        m.start <= at < m.end for m in facts.orgs
    ):
        return []  # "… the Danish Refugee Council concluded …": an organisation, not an event
    date, end = _date(facts)
    at = s.find(name)
    hosts = [  # "the 23rd General Assembly of the IFRC": the IFRC takes part in its own
        m.key
        for m in facts.orgs
        if m.key
        and at <= m.start < at + len(name)
        and (m.key.startswith("ns-") or m.key in ("ifrc", "icrc"))
    ]
    if re.search(r"\bat\s+(?:its|their)\s+$", s[:at]):
        # "A B was elected President of the C Society at its 21st General Assembly": C's own
        hosts += [m.key for m in facts.orgs if m.key and m.end <= at][-1:]
    # the host takes part: the subject of "A (and B) hosted the … Forum", or the body after
    # "… by" later in the sentence ("the … Forum, hosted by A", "… was held in Baku,
    # organized by A")
    verb = _HOSTED.search(s, 0, at) if at > 0 else None
    if verb:
        hosts += _subject_list(facts, verb.start()) or _actors(facts, 0, verb.start())[-1:]
    hosts += [
        m.key
        for m in facts.orgs
        if m.key and m.start >= at + len(name) and _HOSTED_BY.search(s, 0, m.start)
    ]
    which = _WHICH_HOSTED.match(s, at + len(name)) if not verb else None
    if not verb and _WHICH_THE_TWO_HOSTED.match(s, at + len(name)):
        # "… the X Conference, which the two societies co-hosted": the parties just told
        hosts += list(facts.joint_parties)
    if which:
        # "… the X Forum, which A hosted with B from Monday to Wednesday": both host it
        hosts += _listed(facts, which.end())  # ("which the MRC and the NDMA co-hosted": both)
        with_b = _HOSTED_WITH.match(s, which.end())
        hosts += _listed(facts, with_b.end())[:1] if with_b else []
    # "… opened in Amman with the participation of A, B and C", "with delegations from …",
    # "The X Forum brought together A, B and C": they take part
    joined = re.search(
        r"\bwith\s+(?:the\s+participation\s+of|(?:delegations|delegates|representatives|"
        r"participants)\s+(?:from|of))\s+(?:the\s+)?|\b(?:brought|brings)\s+together\s+(?:the\s+)?|"
        r",\s+(?:which\s+was\s+)?attended\s+by\s+(?:the\s+)?",
        s,
    )
    if joined:
        hosts += _actors(facts, joined.end())
    if _TOLD_HERE.match(s):
        hosts += [k for k in facts.joint_parties if k not in hosts]
    if facts.publisher and _WE_WENT.search(s, 0, at):
        hosts.append(facts.publisher)  # "I flew to Tonga for the … Forum", in a society's blog
    out = []
    co_by = re.search(
        r"\b(?:co-(?:hosted|organi[sz]ed|convened)|jointly\s+(?:hosted|organi[sz]ed))\s+by\s+(?:the\s+)?",
        s,
    )
    if co_by:  # "The X Forum, co-hosted by A and B, opened …": both host it
        co_hosts = _listed(facts, co_by.end())
        hosts += [k for k in co_hosts if k not in hosts]
        if len(co_hosts) >= 2:
            out.append(Found("alliance", tuple(co_hosts), "alliance.co_hosted", 0.6, date=date))
    if verb and "co-" in verb.group(0) and len(set(hosts)) >= 2:
        out.append(
            Found("alliance", tuple(dict.fromkeys(hosts)), "alliance.co_hosted", 0.6, date=date)
        )
    return out + [
        Found(
            "participation",
            tuple(dict.fromkeys(hosts)),
            "participation.event",
            0.7,
            name=name,
            date=date,
            end_date=end,
            place=_place(facts),
        )
    ]


#: The verb that makes a sentence's subject the host of the event named right after it
#: ("A and the B (BB) co-hosted the …", "A has opened its …").
_WHICH_HOSTED = re.compile(
    r",?\s*which\s+(?:the\s+)?(?=[A-Z][^,;]{2,80}?\s+(?:co-)?(?:hosted|organi[sz]ed|convened)\b)"
)
_WHICH_THE_TWO_HOSTED = re.compile(
    r",?\s*which\s+the\s+two\s+(?:National\s+)?(?:[Ss]ocieties|organi[sz]ations|partners|bodies|"
    r"agencies|institutions)\s+(?:jointly\s+)?(?:co-)?(?:hosted|organi[sz]ed|convened)\b"
)
_HOSTED_WITH = re.compile(
    r"[^,;]{2,80}?\s+(?:co-)?(?:hosted|organi[sz]ed|convened)\s+(?:jointly\s+)?with\s+(?:the\s+)?"
)
_HOSTED = re.compile(
    r"\)?\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+|also\s+|jointly\s+)*(?:(?:co-)?hosted|hosting|"
    r"hosts|(?:co-)?organi[sz]ed|organi[sz]ing|(?:co-)?convened|convening|held|opened)\s+"
    # ("… hosted at the Hôtel 2 Février the first Regional Forum …": where, then what)
    r"(?:(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?=the\s))?"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$"
)
#: The host named after the event, anywhere later in its sentence.
_HOSTED_BY = re.compile(r"\b(?:hosted|organi[sz]ed|convened)\s+by\s+(?:the\s+)?$")
_SIDELINES = re.compile(
    r"\b(?:on|at|in)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}"
    r"(?:conference|forum|summit|assembly|meeting|congress|session|event|gathering)\b",
    re.I,
)
_SENT_DELEGATIONS = re.compile(
    r"\bsent\s+(?:a\s+delegation|delegations|delegates|representatives|teams|observers|"
    r"an?\s+(?:\w+\s+)?team|"
    r"(?:technical\s+|senior\s+)?(?:staff|experts|specialists))\b(?!\s+to\s+(?!the\b))"
    # "ECCAS sent Honorine Mabiala, its Commissioner for …"
    r"|\bsent\s+(?=(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,\s+(?:its|their)\s)"
)
_BESIDES = re.compile(
    r"\W*(?:Besides|Apart\s+from|In\s+addition\s+to|Alongside|As\s+well\s+as)\s+[^,;]{2,60},\s+"
)
_BESIDES_MEMBERS = re.compile(
    r"\W*(?:Besides|Apart\s+from|In\s+addition\s+to|Alongside|As\s+well\s+as)\s+the\s+"
    # ("Besides the three founding members, the forum was attended by …")
    r"(?:[\w-]+\s+)?(?:alliance|coalition|network|consortium|platform|founding)(?:['’]s)?\s+"
    r"members\b",
    re.I,
)
#: "… attended the forum, among them delegations from …": those who attended, listed
_AMONG_THEM = re.compile(r"^[^.;:]{0,60}?,\s*(?:among\s+them|among\s+whom|including)\s+")
_DELEGATES_FROM = re.compile(
    r"^\W*(?:(?:The|Other)\s+)?(?:[Dd]elegations?|[Dd]elegates|[Rr]epresentatives|[Pp]articipants|"
    r"[Ss]peakers|[Pp]anellists|[Tt]eams|[Ll]eaders|[Hh]eads)\s+"
    r"(?:(?:also\s+)?(?:came|travelled|traveled|attended|took\s+part)\s+)?(?:from|of)\s+(?:the\s+)?"
    # "Among them were A, B and C", "Among those attending were …"
    r"|^\W*Among\s+(?:them|those\s+(?:present|attending|taking\s+part|represented)|the\s+"
    r"(?:participants|delegations|delegates|attendees|societies|organi[sz]ations))\s*,?\s+"
    r"(?:were|was)\s+(?:the\s+)?"
    # "They were joined by representatives of A, B and C": the participants just listed, joined
    # "Taking part were A, B and C, together with D"
    r"|^\W*(?:Taking\s+part|Attending|Present|Participating|Represented)\s+were\s+(?:also\s+)?"
    r"(?:the\s+)?"
    r"|^\W*(?:They|These|The\s+(?:societies|delegations|delegates|participants|National\s+"
    r"Societies))\s+were\s+(?:also\s+)?joined\s+by\s+(?:(?:representatives|delegations|"
    r"delegates|officials|experts)\s+(?:of|from)\s+)?(?:the\s+)?"
    # "Around the table sat delegations from A, B and C": the event's, told with a verb first
    r"|^\W*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s+)?(?:sat|were|stood|gathered)\s+"
    r"(?:delegations|delegates|representatives)\s+(?:from|of)\s+(?:the\s+)?"
)


#: "Estonian Red Cross blog, 3 March 2025", "Kenya Red Cross – Press release": who writes
_SOURCE_LINE = re.compile(
    r"^\W*(?:[Bb]y\s+)?(?:the\s+)?(?P<org>[A-Z][^,–|:\n]{2,80}?)\s*(?:[,–|:-]\s*)?(?i:blog|news(?:room)?|"
    r"press\s+release|media\s+release|statement|newsletter|stories)\b",
)
_WE = re.compile(r"(?<![“\"])\b(?:We|we|our|Our|us)\b")


def _self_published(states: list[_SentenceState]) -> str | None:
    """The body writing the article in the first person ("We are proud to …"), named in the
    source line under the headline; no guess when there is none."""
    # within the opening paragraphs: a headline, a source line and section heads come first
    if not any(_WE.search(st.sentence.text) for st in states[:12]):
        return None
    for st in states[:3]:
        line = _SOURCE_LINE.match(st.sentence.text)
        if line:
            keys = [m.key for m in st.orgs if m.key and m.start < line.end("org") + 1]
            if len(keys) == 1:
                return keys[0]
        if _STAFF_BYLINE.match(st.sentence.text):
            # "By A B, health delegate, Danish Red Cross": its own staff writes, as "we" (the
            # body ends the line; not "By A B, German Red Cross delegate, Dushanbe")
            end = len(st.sentence.text.rstrip(" .\n"))
            keys = list(dict.fromkeys(m.key for m in st.orgs if m.key and m.end >= end - 1))
            if len(keys) == 1:
                return keys[0]
        if _META_LINE.match(st.sentence.text):
            # "Posted 21 November 2023 | News | Fiji Red Cross Society": the site's owner
            keys = list(dict.fromkeys(m.key for m in st.orgs if m.key))
            if len(keys) == 1:
                return keys[0]
    # an op-ed: "By A B" under the headline, "A B is the President of C." at the end
    byline = next((b for st in states[:5] if (b := _AUTHOR_LINE.match(st.sentence.text))), None)
    for st in states[-3:] if byline else ():
        if st.sentence.text.startswith(f"{byline.group('name')} is ") and ROLE_RE.search(
            st.sentence.text
        ):
            keys = list(dict.fromkeys(m.key for m in st.orgs if m.key))
            if len(keys) == 1:
                return keys[0]
    return None


_BUSINESS_ROLE = re.compile(
    r"(?i)(?:managing\s+director|chief\s+executive|ceo|owner|founder|co-founder|proprietor|"
    r"chair(?:man|woman|person)?|president|general\s+manager|director)\b"
)
_QUESTION = re.compile(r"^\W*Q\s*[:.]\s", re.M)
_ANSWER = re.compile(r"^\W*A\s*[:.]\s", re.M)


def _is_interview(states: list[_SentenceState]) -> bool:
    """Questions and answers marked "Q:" and "A:", at least two of each."""
    text = "\n".join(st.sentence.text for st in states)
    return len(_QUESTION.findall(text)) >= 2 and len(_ANSWER.findall(text)) >= 2


def _interviewee_body(states: list[_SentenceState]) -> str | None:
    """The first body named before the first question (the headline's or the intro's)."""
    for st in states:
        if _QUESTION.match(st.sentence.text):
            return None
        key = next((m.key for m in st.orgs if m.key), None)
        if key:
            return key
    return None


_STAFF_BYLINE = re.compile(
    r"^\W*By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4}\s*,\s*[^,.|]{2,60},\s*[^,.|]{3,80}$"
)
_AUTHOR_LINE = re.compile(r"^\W*By\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4})\s*$")


#: A web page's line of metadata under the headline: "Posted … | News | A"
_META_LINE = re.compile(
    r"^\W*(?:Posted|Published|Updated)\b[^.]*\|"
    # "Spanish Red Cross blog | Migration | Published on 14 March 2025"
    r"|^(?:[^.|]|\.(?=[A-Z]|\s*\|))"
    r"{3,60}\|[^.]*\b(?:Posted|Published|Updated)\b"
    # "Australian Red Cross – Annual Report 2023–24 (extract)"
    # "Danish Red Cross – International Year in Review 2025"
    r"|^[^.|]{3,60}\s[–—-]\s+(?:[A-Z][a-z]+\s+)?(?:Annual\s+Report|Annual\s+Review|"
    r"Year\s+in\s+Review|Blog|News|Newsletter)\b"
    # "By Ayesha Memon | PRCS volunteer blog | 9 June 2025"
    r"|^\W*By\s+[^.|]{3,60}\|\s*[^.|]{2,60}\b(?:[Bb]log|[Nn]ews|[Nn]ewsletter)\s*(?:\||$)"
    # a body's own posts: "Ukrainian Red Cross (@RedCrossUkraine): thread on …", "Rwanda Red
    # Cross – Facebook page posts", "Ukrainian Red Cross @RedCrossUkraine · 22 Jan 2026"
    r"|^[^.|@\n]{3,60}?\s*\(?@\w{2,30}\)?\s*[:·|]"
    r"|^[^.|]{3,60}\s[–—-]\s+(?:Facebook|Twitter|Instagram|LinkedIn|X|Telegram)\b"
    # a site's name before its breadcrumb: "Samoa Red Cross Society | Home > Our stories"
    r"|^[^.|\n]{3,60}\|\s*Home\s*[>›»/]"
    # a newsletter's masthead: "Partnerships Monthly | Canadian Red Cross | November 2026"
    r"|^[^.|\n]{0,60}\b(?:Monthly|Weekly|Newsletter|Bulletin|Digest)\b[^.\n]*\|"
    # a newsletter mailed by the body: "From: IFRC Europe Regional Office <digest@…>"
    r"|^\W*From:\s+[^<\n]{3,80}<[^>\s]+@"
)


_VISITED = re.compile(r"\bvisit(?:s|ed|ing)?\b", re.I)
_PORTFOLIO_OF = re.compile(
    r"\b(?:Ministry|Department)\s+(?:of|for)\s+(?:Public\s+)?([A-Z][a-z]+)\b"
)
_THE_VISITORS_ATTEND = re.compile(
    r"^\W*(?:The|Both)\s+(?:visiting\s+|two\s+|foreign\s+)?(?:delegations|delegates|visitors|guests)\b"
)


_OF_A_STATE = re.compile(r"(.+)\s+of\s+(?:the\s+)?(.+)$")


def _a_state(name: str) -> bool:
    """Whether ``name`` names a country: "Kenya", "the Kyrgyz Republic", "Republic of Chad"."""
    words = tuple(t.norm for t in tokenize(re.sub(rf"^{STATE_STYLE}", "", name)))
    gz = gazetteer()
    return bool(words) and (
        words in gz.countries or (words[0] in gz.demonyms and words[-1] == "republic")
    )


def _acronyms_spelt(
    states: list[_SentenceState], text: str, known: dict[str, str]
) -> dict[str, str]:
    """ "NADMO's Acting Director-General" in a story that names the National Disaster
    Management Organisation but never defines the acronym: the one body it spells."""
    gz = gazetteer()
    names = {(m.key, n) for st in states for m in st.orgs if m.key for n in (m.label, m.text) if n}
    # "MES" for the "Ministry of Emergency Situations of the Kyrgyz Republic": the name
    # without the state it belongs to
    names |= {
        (k, cut.group(1))
        for k, n in list(names)
        if (cut := _OF_A_STATE.match(n)) and _a_state(cut.group(2))
    }
    counts = Counter(m.key for st in states for m in st.orgs if m.key)
    out: dict[str, str] = {}
    # every body named by more than an acronym, with the words it was written in
    written = [(k, m.text) for st in states for m in st.orgs if m.key for k in m.keys]
    # (the acronym as a mention of its own: not inside another's name, "… of the MES")
    told = {m.text for st in states for m in st.orgs if m.source != "slot"}
    for acr in set(_CAPS_WORD.findall(text)):
        if acr in gz.acronyms and acr not in known:
            # "SLRCS" (the Sri Lanka Red Cross's in the gazetteer) in a story that names the
            # Sierra Leone Red Cross Society and never Sri Lanka: the body named here
            if not all(k.startswith("ns-") for k in gz.acronyms[acr]):
                continue
            named = {k for k, surface in written if surface != acr}
            if not gz.acronyms[acr] & named:
                spelt = {  # (another society, spelt letter for letter by its initials)
                    k
                    for k, name in names
                    if k in named and k.startswith("ns-") and _initials(name) == acr
                }
                if len(spelt) == 1:
                    out[acr] = next(iter(spelt))
            continue
        if (
            acr in known
            # (an acronym only guessed to be a body, "NADMO's Director", may spell one)
            or acr in told
            # "our Emergency Response Unit (ERU)": defined by words that name no body
            or _spelt_out_before(acr, text)
        ):
            continue
        spelt = sorted(
            {k for k, name in names if k != slugify(acr) and spells_acronym(acr, name)},
            key=counts.get,
        )
        if len(spelt) == 1 or (len(spelt) > 1 and counts[spelt[-1]] > counts[spelt[-2]]):
            # "CRE" in a story of the Ecuadorian Red Cross (Cruz Roja Ecuatoriana) that also
            # names the Cruz Roja Española once: the body the story is about
            out[acr] = spelt[-1]
    return out


def _spelt_out_before(acr: str, text: str) -> bool:
    """Whether the text writes the acronym in brackets right after capitalised words whose
    initials are its letters ("Emergency Response Unit (ERU)"): its own definition."""
    for m in re.finditer(
        rf"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)*){{2,8}})\({acr}\)", text
    ):
        if _initials(m.group(1)).upper().endswith(acr):
            return True
    return False


def _initials(name: str) -> str:
    """ "Sierra Leone Red Cross Society" → "SLRCS"."""
    words = re.findall(r"[\w'’]+", name)
    return "".join(w[0] for w in words if w.lower() not in ("of", "the", "and"))


_CAPS_WORD = re.compile(r"(?<![\w-])[A-Z]{3,7}(?![\w-])")


def _one_country_ministry(states: list[_SentenceState], first: dict[str, Mention]) -> None:
    """ "Lithuania's Ministry of the Interior …, the Ministry of the Interior signed …": the
    same ministry, named once with its country (keyed by it) and once without."""
    moved: dict[str, str] = {}
    for key, m in first.items():
        if m.kind != "government" or key.startswith("gov-") or re.search(r"-[a-z]{2}$", key):
            continue
        owned = [k for k in first if re.fullmatch(rf"{re.escape(key)}-[a-z]{{2}}", k)]
        if len(owned) == 1:
            moved[key] = owned[0]
    for st in states:
        for m in st.orgs:
            if m.key in moved:  # (a way to refer to it, not one of its names)
                m.keys, m.source = {moved[m.key]}, "coreference"
    for key in moved:
        first.pop(key, None)


def _visitors_attend(
    text: str, rels: list[Found], found: list[tuple[_SentenceState, Found]]
) -> None:
    """ "The visiting delegations were in Tehran to attend the X Conference": the bodies met
    in the meetings just told attend it too."""
    events = [f for f in rels if f.kind == "participation"]
    if not events or not _THE_VISITORS_ATTEND.match(text):
        return
    met = [k for _, f in found if f.kind == "meeting" for k in f.parties]
    event = events[-1]
    event.parties = (*event.parties, *[k for k in dict.fromkeys(met) if k not in event.parties])


def _last_alliance(found: list[tuple[_SentenceState, Found]], told: str = "") -> tuple[str, ...]:
    """The members of the alliance told last ("the five alliance members"): the last with
    as many members as the phrase ``told`` counts, when it counts them."""
    alliances = [f.parties for _, f in reversed(found) if f.kind == "alliance"]
    count = next((NUMBER_WORDS[w] for w in told.lower().split() if w in NUMBER_WORDS), None)
    return next((p for p in alliances if count is None or len(p) == count), ()) or next(
        iter(alliances), ()
    )


def _gather_participants(
    st: _SentenceState, found: list[tuple[_SentenceState, Found]], facts: SentenceFacts
) -> None:
    """Participants of the document's conference named in other sentences."""
    s = st.sentence.text
    events = [f for _, f in found if f.kind == "participation"]
    if not events:
        return
    event = events[-1]
    told_here = any(f is event and at is st for at, f in found)
    sent = _SENT_DELEGATIONS.search(s) if "sent " in s else None
    if (_SIDELINES.search(s) or sent) and not told_here:
        # "On the sidelines of the conference, A and B signed …", "Besides the hosts, A and B
        # sent delegations, as did C": all were there (not a body inside the event's name,
        # "the United Nations General Assembly")
        inside = s.find(event.name) if event.name else -1
        named = dict.fromkeys(
            m.key
            for m in st.orgs
            if m.key and not (inside >= 0 and inside <= m.start < inside + len(event.name or ""))
        )
        if _BESIDES_MEMBERS.match(s):
            # "Besides the five alliance members, A and B sent delegations": the members of
            # the alliance just told were there too
            named = dict.fromkeys([*_last_alliance(found), *named])
        new = [k for k in named if k not in event.parties and k not in event.observers]
        event.parties = (*event.parties, *new)
        return
    besides = _BESIDES.match(s)
    lead = besides.end() if besides else 0
    delegates = _DELEGATES_FROM.match(s[lead:])
    if delegates:
        # "Delegations from A, B and C presented …": the event's participants; "Besides the
        # four alliance members, delegates came from A and B": the members too
        named = dict.fromkeys(m.key for m in st.orgs if m.key and m.start >= lead + delegates.end())
        if _BESIDES_MEMBERS.match(s):
            named = dict.fromkeys([*_last_alliance(found), *named])
        event.parties = (*event.parties, *[k for k in named if k not in event.parties])
        return
    took_part = _TOOK_PART.search(s)
    if took_part and took_part.group(0) == "joined" and s.startswith(" by", took_part.end()):
        took_part = None  # "They were joined by A and B": A and B joined them (below)
    # (after "Besides …, the forum was attended by": the clause read as a sentence)
    members = _BESIDES_MEMBERS.match(s) if lead else None
    rest = s[lead:] if members else s
    attended_by = _EVENT_ATTENDED_BY.match(
        "The" + rest[3:] if members and rest.startswith("the ") else rest
    )
    lead = lead if members else 0
    if attended_by:
        # "The forum was also attended by A and B, as well as delegations from C": the event's
        named = dict.fromkeys(
            m.key for m in st.orgs if m.key and m.start >= lead + attended_by.end()
        )
        if members:
            # "Besides the three founding members, the forum was attended by A": they too
            named = dict.fromkeys([*_last_alliance(found, members.group(0)), *named])
        aside = attended_by.span("aside") if attended_by.group("aside") else None
        if aside and re.search(r"\b(?:co-)?(?:hosted|organi[sz]ed|convened)\b", s[slice(*aside)]):
            # "The conference, hosted by A, was attended by B and C": A was there too
            hosts = [
                m.key for m in st.orgs if m.key and lead + aside[0] <= m.start < lead + aside[1]
            ]
            named = dict.fromkeys([*hosts, *named])
        event.parties = (*event.parties, *[k for k in named if k not in event.parties])
        return
    if took_part and re.match(
        r"\s+only\s+by\s+a\s+(?:\w+\s+)?(?:message|statement|video|letter)", s[took_part.end() :]
    ):
        return  # "… was represented only by a written message": not there
    if took_part and not _BROUGHT_TOGETHER.search(s):
        # "The ICRC and the IFRC also took part", "OCHA attended as observers": the event's
        tail = s[took_part.end() :]
        named = re.match(r"\s+(?:in|at)?\s*(?:the\s+)?((?:[A-Z][\w'’-]*\s*)+)", tail)
        other = _OTHER_EVENT.match(tail)
        if (other and other.group(1).lower() not in (event.name or "").lower()) or (
            named and not set(named.group(1).split()) <= set((event.name or "").split())
        ):
            return  # another event, not the document's ("took part in the Assembly" is,
            # and so is "the three-day meeting" of the "… Subregional Meeting")
        actors = [k for k in _actors(facts, 0, took_part.start()) if k not in event.parties]
        who = _WHO_BEFORE.search(s, max(0, took_part.start() - 12), took_part.start())
        if who:
            # "A covered the costs of 40 B volunteers who attended the forum": B's people, not A
            actors = [k for k in _keys(st.orgs, 0, who.start()) if k not in event.parties][-1:]
        among = _AMONG_THEM.search(tail) if not actors else None
        if among:
            # "Around ninety people attended the forum, among them delegations from A, B and
            # C, and representatives of D": each body named after
            at = took_part.end() + among.end()
            actors = [
                k
                for k in dict.fromkeys(m.key for m in st.orgs if m.key and m.start >= at)
                if k not in event.parties
            ]
        if not actors and re.match(r"\s*:", tail):
            # "The following National Societies took part: - A (host) … - B …": the list's
            actors = [
                k for k in dict.fromkeys(_actors(facts, took_part.end())) if k not in event.parties
            ]
        alongside = re.match(r"\s+(?:alongside|together\s+with|with)\s+(?:the\s+)?", tail) or (
            # "… took part in the meeting, together with the IFRC …"
            re.match(
                r"[^,;]{0,60},\s*(?:alongside|together\s+with|as\s+well\s+as)\s+(?:the\s+)?", tail
            )
        )
        if alongside:  # "… took part alongside the ICRC and the IFRC": they did too
            # (every body named after it: "alongside the IFRC's regional office, the ICRC,
            # IOM and UNHCR")
            at = took_part.end() + alongside.end()
            listed = _listed(facts, at)
            rest = [m.key for m in st.orgs if m.key and m.start >= at] if len(listed) < 2 else []
            actors += [
                k
                for k in dict.fromkeys([*listed, *rest])
                if k not in actors and k not in event.parties
            ]
        also = re.match(r",?\s+as\s+(?:was|were|did)\s+(?:the\s+)?", s[took_part.end() :])
        if also:  # "… were also represented, as was the League of Arab States"
            actors += [k for k in _actors(facts, took_part.end() + also.end()) if k not in actors]
        if took_part.group(1):
            event.observers = (*event.observers, *[k for k in actors if k not in event.observers])
        else:
            event.parties = (*event.parties, *actors)
        return
    together = _BROUGHT_TOGETHER.search(s)
    if not together:
        return
    # "The new X Network brings together A, B and C": the network is no participant
    network = "together" in together.group(0) and any(
        f.kind == "alliance" and at is st for at, f in found
    )
    at = s.find(event.name) if event.name else -1
    inside = range(at, at + len(event.name)) if at >= 0 and event.name else range(0)
    backer = re.search(r"\bwith the (?:\w+ )?(?:support|funding|help) of\b", s) or (
        SUPPORT_WITH.search(s)  # "… which organised it with financial backing from A"
    )
    keys = [  # not "… of the CIS", not "with the support of the IFRC"
        m.key
        for m in st.orgs
        if m.key
        and m.start not in inside
        and not (backer and m.start > backer.start())
        and not (network and m.start < together.start())
    ]
    m = _SOCIETIES_OF.search(s)
    if m:
        gz = gazetteer()
        for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)):
            words = tuple(t.norm for t in tokenize(name.strip()))
            if words and words[0] == "the":
                words = words[1:]
            code = gz.countries.get(words)
            if code and f"ns-{code.lower()}" in gz.orgs:
                keys.append(f"ns-{code.lower()}")
    new = [k for k in dict.fromkeys(keys) if k not in event.parties and k not in event.observers]
    event.parties = (*event.parties, *new)


__all__ = ["extract_document"]
