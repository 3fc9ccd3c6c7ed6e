"""The one place where errors become HTTP responses, and the one JSON error body.

Client faults (``graph.errors`` with a 4xx status, request validation) keep their
message; anything else is our fault: a 500 with a generic message and a log line.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import RcgraphError

log = logging.getLogger("rcgraph.api")


def error_body(code: str, message: str, detail: Any = None) -> dict[str, Any]:
    """The JSON body of every error response: ``{"error": {code, message, detail}}``."""
    return {"error": {"code": code, "message": message, "detail": detail or {}}}


def _rcgraph_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RcgraphError)
    if exc.status >= 500 and exc.status != 503:
        log.error("server error: %s", exc.message, exc_info=exc)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return JSONResponse(
        error_body(exc.code, exc.message, exc.detail), status_code=exc.status, headers=headers
    )


def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"field": ".".join(str(p) for p in e.get("loc", ())[1:]) or "body", "problem": e.get("msg")}
        for e in exc.errors()
    ]
    fields = ", ".join(p["field"] for p in problems)
    return JSONResponse(
        error_body("invalid_parameter", f"invalid parameter: {fields}", {"errors": problems}),
        status_code=422,
    )


def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {
        404: "not_found",
        405: "method_not_allowed",
        406: "not_acceptable",
        415: "unsupported_media_type",
    }.get(exc.status_code, "http_error")
    return JSONResponse(
        error_body(code, str(exc.detail)),
        status_code=exc.status_code,
        headers=getattr(exc, "headers", None),
    )


def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return JSONResponse(error_body("internal_error", "internal server error"), status_code=500)


def install_error_handlers(app: FastAPI) -> None:
    """Register the mapping above on ``app``."""
    app.add_exception_handler(RcgraphError, _rcgraph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


__all__ = ["error_body", "install_error_handlers"]
