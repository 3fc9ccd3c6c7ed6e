"""Small stages on their own: dates, sentences, reference data, roles, settings, surface."""

from __future__ import annotations

import csv

import pytest

import api.settings
from api.settings import SETTINGS, Settings, settings_markdown_table
from graph.dates import document_date, find_dates
from graph.documents import split_sentences
from graph.errors import ConfigError
from graph.extract.lexicon import role_notation
from graph.extract.organisations import find_org_mentions
from graph.facts import DateValue
from graph.reference import DATA_DIR, load_countries, load_reference
from tests.conftest import ROOT

REF = DateValue("2025-09-06", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("signed on Wednesday, 1 October 2014", ("2014-10-01", "day")),
        ("on March 2, 2022 in Cairo", ("2022-03-02", "day")),
        ("which began in March 2022", ("2022-03", "month")),
        ("since 2015 the two have worked together", ("2015", "year")),
        ("Today the societies met", ("2025-09-06", "day")),
        ("this year alone", ("2025", "year")),
        ("last year", ("2024", "year")),
        ("met on Monday", ("2025-09-01", "day")),
        ("15th Jun, 2021", ("2021-06-15", "day")),
        ("in line with Strategy 2030", None),
    ],
)
def test_dates(text: str, expected: tuple[str, str] | None) -> None:
    found = [d for d in find_dates(text, REF) if not d.is_end]
    assert ((found[0].value.iso, found[0].value.precision) if found else None) == expected


def test_end_dates() -> None:
    (end,) = find_dates("to last until the conclusion of 2024")
    assert end.is_end and end.value.iso == "2024"


def test_document_date_from_dateline() -> None:
    assert document_date("Published: 2 October 2014 14:37 CET\n\nText.").iso == "2014-10-02"
    assert document_date("date 2025-09-06 MENAFN - Agency").iso == "2025-09-06"
    assert document_date("No date in this text at all.") is None


def test_sentences_keep_offsets_and_respect_abbreviations() -> None:
    text = "H.E. Dr. Ali met Mr. B. Smith in Geneva. They signed.\nNew line here"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "H.E. Dr. Ali met Mr. B. Smith in Geneva.",
        "They signed.",
        "New line here",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_wrapped_wire_copy_is_joined() -> None:
    text = (
        "DHAKA, May 5 – The Alpha Red Crescent Society has signed a memorandum of under\n"
        "standing with the Beta Foundation to work together in the coming years on the\n"
        "response to floods in the northern districts of the country this season.\n"
        "The two organisations will share warehouses and trucks during the monsoon and\n"
        "train volunteers jointly in first aid, logistics and community engagement."
    )
    assert len(split_sentences(text)) == 2


def test_wrapped_wire_copy_keeps_a_title_at_a_line_end_with_its_name() -> None:
    text = (
        "The memorandum of understanding was signed in the capital on Sunday by Mr.\n"
        "Karim Haddad, the society's President, and by the head of the regional office\n"
        "of the Beta Foundation, who both spoke of the floods of the past two seasons.\n"
        "The two organisations will share warehouses and trucks during the monsoon and\n"
        "train volunteers jointly in first aid, logistics and community engagement."
    )
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert "Mr. Karim Haddad" in sentences[0].text.replace("\n", " ")


def test_wrapped_wire_copy_goes_on_after_an_acronym_in_brackets() -> None:
    # a line that ends in "(ACRONYM)" with no stop is mid-sentence; one that ends "…)." is not
    text = (
        "The province also received a courtesy call on Monday from the Gamma Agency (GA)\n"
        "Country Office Director Lee Min-ho, who discussed the repair of school buildings\n"
        "used as evacuation centres during the last typhoon season (as in 2024).\n"
        "The two organisations will share warehouses and trucks during the monsoon and\n"
        "train volunteers jointly in first aid, logistics and community engagement."
    )
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert "(GA) Country Office Director Lee Min-ho" in sentences[0].text.replace("\n", " ")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no capital after the first word: nothing to find, and the finders are skipped
        ("Volunteers delivered 2,400 food parcels to families in the north.", []),
        ("the government sent no one.", []),
        # ... but a first word that starts a known name or acronym is still read
        ("Oxfam delivered water to the camps.", ["Oxfam"]),
        ("UNICEF's team arrived on foot.", ["UNICEF"]),
        ("WFP trucks reached the town.", ["WFP"]),
        ("Sida will fund the work under the agreement.", ["Sida"]),
    ],
)
def test_sentences_without_a_name_skip_the_mention_finders(
    sentence: str, expected: list[str]
) -> None:
    assert [m.text for m in find_org_mentions(sentence)] == expected


def test_reference_integrity() -> None:
    orgs = load_reference()
    keys = [o.key for o in orgs]
    assert len(keys) == len(set(keys))
    societies = [o for o in orgs if o.kind == "national_society"]
    assert len(societies) >= 190
    assert all(o.country and len(o.country) == 2 for o in societies)
    fdrs = [o.fdrs for o in societies]
    assert len(fdrs) == len(set(fdrs)) and all(f and f.startswith("D") for f in fdrs)
    with open(DATA_DIR / "national_societies.csv", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 190
    countries = load_countries()
    assert {"RU", "SY", "TR", "QA"} <= set(countries)
    by_key = {o.key: o for o in orgs}
    assert "RKK" in by_key["ns-ru"].aliases and "Kızılay" in by_key["ns-tr"].aliases
    assert "Red Crescent Society of Uzbekistan" in (by_key["ns-uz"].label, *by_key["ns-uz"].aliases)
    assert "Red Cross" not in by_key["ns-rs"].aliases


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Deputy Secretaries-General", "deputy_secretary_general"),
        ("Vice-President for the Africa region", "vice_president"),
        ("Acting Secretary-General", "secretary_general"),
        ("Head of International Relations", "head_of_international_relations"),
        ("Chairman", "chair"),
        ("Minister of International Development", "minister"),
        ("Treasurer", "other"),
    ],
)
def test_role_normalisation(text: str, code: str) -> None:
    assert role_notation(text) == code


def test_settings_from_env_and_errors() -> None:
    s = Settings.from_env({"RCGRAPH_QUERY_TIMEOUT": "2.5", "RCGRAPH_ENABLE_UPDATE": "yes"})
    assert s.query_timeout == 2.5 and s.enable_update
    with pytest.raises(ConfigError, match="RCGRAPH_MAX_ROWS"):
        Settings.from_env({"RCGRAPH_MAX_ROWS": "lots"})
    with pytest.raises(ConfigError, match="RCGRAPH_ENABLE_UPDATE"):
        Settings.from_env({"RCGRAPH_ENABLE_UPDATE": "perhaps"})


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for _, var, _, _ in SETTINGS:
        assert f"`{var}`" in readme, var
    assert settings_markdown_table().splitlines()[0] in readme


@pytest.mark.parametrize(
    "module",
    [
        "graph",
        "graph.extract",
        "ontology.namespaces",
        "graph.facts",
        "graph.store",
        "graph.paths",
        "api.settings",
    ],
)
def test_public_surface_is_curated_and_sorted(module: str) -> None:
    import importlib

    mod = importlib.import_module(module)
    names = getattr(mod, "__all__", None)
    assert names is not None, module
    assert list(names) == sorted(names), module
    for name in names:
        assert hasattr(mod, name), name


assert api.settings
