"""Every relationship the seed documents state is found (written from their text)."""

from __future__ import annotations

from graph.documents import read_document
from graph.extract import extract_document
from tests.conftest import SEEDS


def _ext(stem: str):
    return extract_document(read_document(next(SEEDS.glob(f"{stem}_*.txt"))))


def _rels(ext, kind):
    return [r for r in ext.relations if r.kind == kind]


def test_000_mou_mission_and_donation() -> None:
    ext = _ext("000")
    mou = _rels(ext, "agreement")
    assert len(mou) == 1 and set(mou[0].parties) == {"ns-ru", "ns-sy"}
    assert mou[0].subtype == "mou"
    assert set(mou[0].signatories) == {"pavel-savchuk", "khaled-khboubati"}
    assert "memorandum of understanding" in mou[0].evidence.text
    missions = _rels(ext, "mission")
    assert missions and all(m.parties == ("ns-ru",) for m in missions)
    assert any(m.date and m.date.iso == "2022-03" for m in missions)
    donation = _rels(ext, "donation")
    assert [(d.parties, d.recipients) for d in donation] == [(("ns-ru",), ("ns-sy",))]
    assert ext.organisations["ns-ru"].label == "Russian Red Cross Society"
    assert "RKK" in ext.organisations["ns-ru"].aliases


def test_001_joint_headquarters_meeting() -> None:
    meetings = _rels(_ext("001"), "meeting")
    assert any(set(m.parties) == {"gov-ru", "gov-sy"} for m in meetings)


def test_002_icrc_supports_two_societies() -> None:
    support = {(r.parties[0], r.recipients[0]) for r in _rels(_ext("002"), "support")}
    assert support == {("icrc", "ns-ru"), ("icrc", "ns-by")}


def test_003_conference_mou_meetings_and_officials() -> None:
    ext = _ext("003")
    (conf,) = _rels(ext, "participation")
    assert conf.observers == ("ns-qa",)
    assert {
        "ns-az",
        "ns-am",
        "ns-tm",
        "ns-tj",
        "ns-uz",
        "ns-kz",
        "ns-kg",
        "ns-ru",
        "ifrc",
        "icrc",
    } <= set(conf.parties)
    assert conf.place is not None and conf.place.name == "Ashgabat" and conf.place.country == "TM"
    assert conf.theme and "Peace and Trust" in conf.theme
    (mou,) = _rels(ext, "agreement")
    assert set(mou.parties) == {"ns-qa", "ns-tm"}
    assert set(mou.signatories) == {"ibrahim-hashim-al-sada", "maral-achilova"}
    met = {r.parties[1] for r in _rels(ext, "meeting")}
    assert met == {"ns-ru", "ns-uz", "ns-az", "ns-tj"}
    posts = {(ext.people[p.person].name, p.organisation, p.role) for p in ext.posts}
    assert {
        ("Ibrahim Hashim Al Sada", "ns-qa", "vice_president"),
        ("Aiham Ismail Al Sukhni", "ns-qa", "head_of_international_relations"),
        ("Maral Achilova", "ns-tm", "president"),
        ("Pavel Savchuk", "ns-ru", "president"),
        ("Elvira Amiralieva", "ns-uz", "secretary_general"),
        ("Shaban Shayev", "ns-az", "deputy_secretary_general"),
        ("Dilorom Mirova", "ns-tj", "deputy_secretary_general"),
    } <= posts


def test_004_alliance_until_end_of_2024() -> None:
    (alliance,) = _rels(_ext("004"), "alliance")
    assert set(alliance.parties) == {"al-ameen-for-humanitarian-support", "white-helmets"}
    assert alliance.end_date is not None and alliance.end_date.iso == "2024"


def test_same_person_across_documents_is_one_node() -> None:
    a, b = _ext("000"), _ext("003")
    assert "pavel-savchuk" in a.people and "pavel-savchuk" in b.people
