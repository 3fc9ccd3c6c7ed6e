"""One JSON error body for every client error (locked here)."""

from __future__ import annotations

import pytest

CASES = [
    ("get", "/sparql", {"params": {"query": "SELECT ?x WHERE {"}}, 400, "malformed_query"),
    ("post", "/sparql", {"data": {"update": "CLEAR ALL"}}, 403, "forbidden"),
    ("get", "/entities/org/no-such-org", {}, 404, "unknown_entity"),
    (
        "get",
        "/paths",
        {"params": {"from": "RKK", "to": "SARC", "k": "many"}},
        422,
        "invalid_parameter",
    ),
    ("get", "/partners", {"params": {"org": "Red Crescent Society"}}, 409, "ambiguous_entity"),
    ("get", "/export", {"params": {"format": "pdf"}}, 422, "invalid_parameter"),
    ("post", "/documents", {"data": {"text": "The ICRC met the IFRC."}}, 403, "forbidden"),
    ("get", "/no/such/page", {}, 404, "not_found"),
]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"), CASES, ids=[c[4] + ":" + c[1] for c in CASES]
)
def test_error_body_shape(client, method, path, kwargs, status, code) -> None:
    resp = getattr(client, method)(path, **kwargs)
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def test_bad_parameter_names_the_field(client) -> None:
    body = client.get("/paths", params={"from": "RKK", "to": "SARC", "k": "many"}).json()
    assert "k" in body["error"]["message"]
