"""The one error hierarchy of rcgraph. Each class carries the HTTP status it maps to;
``api/errors.py`` turns them into responses in one place, the CLI into one line.

    RcgraphError (500)
    ├── DocumentError (422)         a document cannot be read or is not an article
    ├── QueryError (400)
    │   ├── QuerySyntaxError (400)  the SPARQL parser's message
    │   └── QueryTimeoutError (503) the query ran past the configured limit
    ├── UnknownEntityError (404)    no entity by that id or name
    ├── AmbiguousEntityError (409)  a name matches several entities (candidates attached)
    ├── NoPathError (404)           no path between two entities within the limits
    ├── ForbiddenError (403)        writes are disabled
    ├── UnauthorizedError (401)     a write without the right bearer token
    ├── ConfigError (500)           a setting has an invalid value (names the key)
    └── StoreError (500)            the store failed (our fault: logged)
"""

from __future__ import annotations


class RcgraphError(Exception):
    """Base of every error rcgraph raises on purpose."""

    status: int = 500
    code: str = "internal_error"

    def __init__(self, message: str, **detail: object) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class DocumentError(RcgraphError):
    """A document cannot be read, decoded or is not an article; nothing was written."""

    status = 422
    code = "bad_document"


class QueryError(RcgraphError):
    """A query cannot be run as asked."""

    status = 400
    code = "bad_query"


class QuerySyntaxError(QueryError):
    """The SPARQL parser rejected the query; the message is the parser's."""

    code = "malformed_query"


class QueryTimeoutError(QueryError):
    """The query ran past the configured time limit and was stopped."""

    status = 503
    code = "query_timeout"


class UnknownEntityError(RcgraphError):
    """No entity has that id, name, alias or acronym."""

    status = 404
    code = "unknown_entity"


class AmbiguousEntityError(RcgraphError):
    """A name matches several entities; ``detail['candidates']`` lists them."""

    status = 409
    code = "ambiguous_entity"


class NoPathError(RcgraphError):
    """No path joins the two entities within the given limits."""

    status = 404
    code = "no_path"


class UnauthorizedError(RcgraphError):
    """A write was sent without a valid bearer token."""

    status = 401
    code = "unauthorized"


class ForbiddenError(RcgraphError):
    """Writes are disabled on this server."""

    status = 403
    code = "forbidden"


class ConfigError(RcgraphError):
    """A setting has an invalid value; the message names the key."""

    code = "bad_setting"


class StoreError(RcgraphError):
    """The store failed: our fault, logged, answered as 500."""

    code = "store_error"


__all__ = [
    "AmbiguousEntityError",
    "ConfigError",
    "DocumentError",
    "ForbiddenError",
    "NoPathError",
    "QueryError",
    "QuerySyntaxError",
    "QueryTimeoutError",
    "RcgraphError",
    "StoreError",
    "UnauthorizedError",
    "UnknownEntityError",
]
