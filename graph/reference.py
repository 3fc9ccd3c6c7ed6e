"""Reference data: the National Societies, the Movement's bodies, well-known actors,
countries and places — loaded from the CSV files in ``graph/data/`` (origin in its README).

Besides the names the files list, the generic forms news uses for a society are generated
here ("Syrian Red Crescent", "Red Crescent Society of Uzbekistan", "Uzbekistan Red
Crescent", "National Red Crescent Society of Turkmenistan" …), so no one writes them
by hand.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph.facts import Organisation

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Other names of countries, beyond the IFRC's English name.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "RU": ("Russia", "the Russian Federation"),
    "SY": ("Syria", "the Syrian Arab Republic"),
    "IR": ("Iran", "the Islamic Republic of Iran"),
    "TR": ("Turkey", "Turkiye", "Türkiye"),
    "VN": ("Vietnam", "Viet Nam"),
    "MD": ("Moldova",),
    "TZ": ("Tanzania",),
    "GM": ("Gambia", "The Gambia"),
    "FM": ("Micronesia",),
    "SZ": ("Eswatini", "Swaziland"),
    "CD": ("DR Congo", "Democratic Republic of the Congo", "DRC"),
    "CG": ("Republic of the Congo",),
    "KR": ("South Korea", "Korea"),
    "KP": ("North Korea", "DPRK"),
    "LA": ("Laos",),
    "CV": ("Cape Verde",),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "BN": ("Brunei",),
    "GB": ("UK", "Britain", "Great Britain", "the United Kingdom"),
    "US": ("USA", "U.S.", "the United States", "United States of America", "the US"),
    "AE": ("UAE", "the UAE", "the United Arab Emirates", "Emirates"),
    "CZ": ("Czechia",),
    "MK": ("Macedonia",),
    "NL": ("the Netherlands", "Holland"),
    "PH": ("the Philippines",),
    "PS": ("Palestinian territories", "State of Palestine", "Gaza"),
    "BA": ("Bosnia",),
    "OM": ("Oman",),
}

#: Adjectives of nationality, where the society's own name does not give them.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "RU": ("Russian",),
    "SY": ("Syrian",),
    "IR": ("Iranian",),
    "TR": ("Turkish",),
    "QA": ("Qatari",),
    "SA": ("Saudi",),
    "AE": ("Emirati",),
    "KW": ("Kuwaiti",),
    "JO": ("Jordanian",),
    "PS": ("Palestinian",),
    "EG": ("Egyptian",),
    "IQ": ("Iraqi",),
    "LB": ("Lebanese",),
    "YE": ("Yemeni",),
    "TM": ("Turkmen",),
    "UZ": ("Uzbek",),
    "TJ": ("Tajik",),
    "KZ": ("Kazakh",),
    "KG": ("Kyrgyz",),
    "AZ": ("Azerbaijani",),
    "AM": ("Armenian",),
    "BY": ("Belarusian",),
    "UA": ("Ukrainian",),
    "DE": ("German",),
    "NO": ("Norwegian",),
    "US": ("American",),
    "GB": ("British",),
    "CN": ("Chinese",),
    "BD": ("Bangladeshi",),
    "PK": ("Pakistani",),
    "IN": ("Indian",),
    "AF": ("Afghan",),
    "SD": ("Sudanese",),
    "SO": ("Somali",),
    "KE": ("Kenyan",),
    "IL": ("Israeli",),
    "OM": ("Omani",),
    "BH": ("Bahraini",),
    "LY": ("Libyan",),
    "MA": ("Moroccan",),
    "DZ": ("Algerian",),
    "TN": ("Tunisian",),
    "FR": ("French",),
    "IT": ("Italian",),
    "ES": ("Spanish",),
    "JP": ("Japanese",),
    "KR": ("Korean", "South Korean"),
    "CH": ("Swiss",),
    "SE": ("Swedish",),
    "DK": ("Danish",),
    "NL": ("Dutch",),
    "FI": ("Finnish",),
    "CA": ("Canadian",),
    "AU": ("Australian",),
    "ID": ("Indonesian",),
    "MY": ("Malaysian",),
    "PH": ("Filipino", "Philippine"),
    "VN": ("Vietnamese",),
    "TH": ("Thai",),
    "NG": ("Nigerian",),
    "ET": ("Ethiopian",),
    "GR": ("Greek",),
    "PL": ("Polish",),
    "HU": ("Hungarian",),
    "AT": ("Austrian",),
    "BE": ("Belgian",),
    "IE": ("Irish",),
    "NZ": ("New Zealand",),
    "ZA": ("South African",),
    "MX": ("Mexican",),
    "BR": ("Brazilian",),
    "AR": ("Argentine", "Argentinian"),
    "CO": ("Colombian",),
    "VE": ("Venezuelan",),
    "HT": ("Haitian",),
    "CU": ("Cuban",),
    "NP": ("Nepalese", "Nepali"),
    "LK": ("Sri Lankan",),
    "MM": ("Myanmar",),
    "RS": ("Serbian",),
    "HR": ("Croatian",),
    "GE": ("Georgian",),
    "MN": ("Mongolian",),
    "RO": ("Romanian",),
    "BG": ("Bulgarian",),
    # the rest of the IFRC list: adjectives news use ("the Malawian Red Cross")
    "AG": ("Antiguan",),
    "AO": ("Angolan",),
    "BA": ("Bosnian",),
    "BB": ("Barbadian",),
    "BI": ("Burundian",),
    "BJ": ("Beninese",),
    "BN": ("Bruneian",),
    "BS": ("Bahamian",),
    "BZ": ("Belizean",),
    "CI": ("Ivorian",),
    "CM": ("Cameroonian",),
    "CV": ("Cape Verdean",),
    "CY": ("Cypriot",),
    "DJ": ("Djiboutian",),
    "FJ": ("Fijian",),
    "FM": ("Micronesian",),
    "GD": ("Grenadian",),
    "GH": ("Ghanaian",),
    "GM": ("Gambian",),
    "GN": ("Guinean",),
    "GQ": ("Equatorial Guinean",),
    "GW": ("Bissau-Guinean",),
    "GY": ("Guyanese",),
    "KM": ("Comorian",),
    "KN": ("Kittitian",),
    "KP": ("North Korean",),
    "LC": ("Saint Lucian",),
    "LI": ("Liechtenstein",),
    "LS": ("Basotho",),
    "LU": ("Luxembourgish",),
    "MC": ("Monegasque",),
    "MD": ("Moldovan",),
    "ME": ("Montenegrin",),
    "MK": ("Macedonian",),
    "ML": ("Malian",),
    "MT": ("Maltese",),
    "MU": ("Mauritian",),
    "MW": ("Malawian",),
    "MZ": ("Mozambican",),
    "NA": ("Namibian",),
    "NE": ("Nigerien",),
    "PA": ("Panamanian",),
    "PG": ("Papua New Guinean",),
    "PW": ("Palauan",),
    "SC": ("Seychellois",),
    "SG": ("Singaporean",),
    "SL": ("Sierra Leonean",),
    "SM": ("Sammarinese",),
    "SR": ("Surinamese",),
    "SS": ("South Sudanese",),
    "ST": ("Santomean",),
    "TD": ("Chadian",),
    "TL": ("Timorese",),
    "TO": ("Tongan",),
    "TT": ("Trinidadian",),
    "TV": ("Tuvaluan",),
    "TZ": ("Tanzanian",),
    "UG": ("Ugandan",),
    "VC": ("Vincentian",),
    "VU": ("Vanuatuan", "Ni-Vanuatu"),
    "WS": ("Samoan",),
    "ZM": ("Zambian",),
    "ZW": ("Zimbabwean",),
    "BW": ("Botswanan",),
}


#: Names that stand for the Movement as a whole, never for one society.
GENERIC_NAMES = frozenset(
    {
        "Red Cross",
        "Red Crescent",
        "The Red Cross",
        "The Red Crescent",
        "Red Cross Society",
        "Red Crescent Society",
        "National Society",
        "National Red Cross",
        "National Red Crescent",
    }
)


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ISO code, English name, other names and adjectives."""

    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


def _society_variants(name: str, country: Country) -> set[str]:
    """The generic forms news uses for a National Society's name."""
    out = {name}
    base = name[4:] if name.startswith("The ") else name
    out.add(base)
    emblem = "Red Crescent" if "Crescent" in base else "Red Cross"
    if base.endswith(" Society"):
        out.add(base[: -len(" Society")])
    if base.endswith(" National Society"):
        out.add(base[: -len(" National Society")])
    m = re.match(r"^(.*?) (Red Cross|Red Crescent)\b", base)
    adjectives: set[str] = set(country.demonyms)
    if m and m.group(1) and not m.group(1).startswith(("Red ", "Magen")):
        adjectives.add(m.group(1))
    places = {n for n in country.names if not n.startswith("the ") and len(n) > 3}
    for word in adjectives | places:
        for suffix in ("", " Society", " National Society"):
            out.add(f"{word} {emblem}{suffix}")
            out.add(f"{word} National {emblem}{suffix}")
    for place in places | {n[4:] for n in country.names if n.startswith("the ")}:
        for head in (f"{emblem} Society of", f"{emblem} of", f"National {emblem} Society of"):
            out.add(f"{head} {place}")
            out.add(f"{head} the {place}")
            out.add(f"{head} the Republic of {place}")
    return out


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _with_un_short(label: str, aliases: list[str]) -> tuple[str, ...]:
    """Aliases plus their "UN" forms: "Office of the United Nations High Commissioner for
    Refugees" is also written "Office of the UN High Commissioner for Refugees"."""
    names = list(dict.fromkeys(aliases))
    for name in [label, *aliases]:
        short = name.replace("United Nations ", "UN ")
        if short != name and short not in names and short != label:
            names.append(short)
    return tuple(names)


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Country]:
    """Countries by ISO 3166-1 alpha-2 code, with names and adjectives of nationality."""
    out: dict[str, Country] = {}
    with open(DATA_DIR / "national_societies.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["iso2"]
            official = row["country"]
            names = [official]
            if ", " in official:  # "Iran, Islamic Republic of"
                names.append(official.split(", ")[0])
            names += COUNTRY_ALIASES.get(code, ())
            adjectives = list(DEMONYMS.get(code, ()))
            m = re.match(
                r"^(?:The )?([A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:National )?Red (?:Cross|Crescent)",
                row["name_en"],
            )
            if m and m.group(1) not in names and m.group(1) not in ("Magen David", "The"):
                adjectives.append(m.group(1))
            out[code] = Country(
                code, official, tuple(dict.fromkeys(names)), tuple(dict.fromkeys(adjectives))
            )
    for code, names in COUNTRY_ALIASES.items():
        if code not in out:
            out[code] = Country(code, names[0], names, DEMONYMS.get(code, ()))
    return out


@lru_cache(maxsize=1)
def load_reference() -> list[Organisation]:
    """Every National Society (key ``ns-{iso2}``) and the other known bodies, with aliases."""
    countries = load_countries()
    orgs: list[Organisation] = []
    with open(DATA_DIR / "national_societies.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            country = countries[row["iso2"]]
            names = _society_variants(row["name_en"], country) | set(_split(row["aliases"]))
            names |= {row["name_fr"], row["name_es"]} - {""}
            names -= GENERIC_NAMES | {row["label"]}
            orgs.append(
                Organisation(
                    key=f"ns-{row['iso2'].lower()}",
                    label=row["label"],
                    kind="national_society",
                    country=row["iso2"],
                    aliases=tuple(sorted(names)),
                    fdrs=row["fdrs"] or None,
                    website=row["website"] or None,
                )
            )
    with open(DATA_DIR / "organisations.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            orgs.append(
                Organisation(
                    key=row["key"],
                    label=row["label"],
                    kind=row["kind"],
                    country=row["country"] or None,
                    aliases=_with_un_short(row["label"], _split(row["aliases"])),
                    website=row["website"] or None,
                )
            )
    return orgs


@lru_cache(maxsize=1)
def load_places() -> dict[str, str]:
    """City or place name → ISO country code (from ``places.csv``)."""
    out: dict[str, str] = {}
    with open(DATA_DIR / "places.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for name in [row["name"], *_split(row["aliases"])]:
                out[name] = row["country"]
    return out


def reference_by_key() -> dict[str, Organisation]:
    """The reference organisations by key."""
    return {o.key: o for o in load_reference()}


__all__ = [
    "DATA_DIR",
    "Country",
    "load_countries",
    "load_places",
    "load_reference",
    "reference_by_key",
]
