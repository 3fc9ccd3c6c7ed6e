"""``/sparql``: the W3C SPARQL 1.1 Protocol (query and, when enabled, update).

GET ``?query=``, POST form (``query=`` / ``update=``), POST ``application/sparql-query``
and ``application/sparql-update``; ``default-graph-uri`` / ``named-graph-uri`` (and
``using-graph-uri`` / ``using-named-graph-uri`` for updates); a Service Description for a
bare GET. Queries run off the event loop with a deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import queue
import threading
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from api.negotiation import choose
from graph.errors import (
    ForbiddenError,
    QueryError,
    QueryTimeoutError,
    UnauthorizedError,
)
from graph.sparql import (
    DEFAULT_GRAPH_TYPE,
    DEFAULT_RESULT_TYPE,
    GRAPH_FORMATS,
    RESULT_FORMATS,
    run_query,
)

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise QueryError(f"more than one '{name}' parameter")
    return values[0] if values else None


def _body_text(body: bytes, content_type: str) -> str:
    charset = "utf-8"
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip().strip('"').lower()
    if charset not in ("utf-8", "utf8"):
        raise QueryError(f"the request body must be UTF-8, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError("the request body is not valid UTF-8") from exc


def check_write_allowed(request: Request, settings: Any) -> None:
    """Writes need ``enable_update`` and, when a token is set, ``Authorization: Bearer``.

    Raises:
        ForbiddenError: writes are disabled.
        UnauthorizedError: the token is missing or wrong.
    """
    if not settings.enable_update:
        raise ForbiddenError("updates are disabled on this server (RCGRAPH_ENABLE_UPDATE)")
    if settings.update_token:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            token.strip().encode(), settings.update_token.encode()
        ):
            raise UnauthorizedError("a valid bearer token is required for updates")


SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix formats: <http://www.w3.org/ns/formats/> .

<{endpoint}> a sd:Service ;
    dcterms:title "rcgraph SPARQL endpoint" ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query{update} ;
    sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML,
        formats:SPARQL_Results_CSV, formats:SPARQL_Results_TSV, formats:Turtle,
        formats:N-Triples, formats:JSON-LD, formats:RDF_XML, formats:N-Quads ;
    sd:feature sd:UnionDefaultGraph, sd:BasicFederatedQuery ;
    sd:defaultDataset [ a sd:Dataset ;
        dcterms:description "The default graph is the union of every document's named graph, the reference data and the ontology." ] .
"""


def service_description(request: Request, settings: Any) -> Response:
    """The SPARQL 1.1 Service Description of this endpoint, in Turtle or by Accept."""
    import pyoxigraph as ox

    endpoint = str(request.url.replace(query="", fragment=""))
    ttl = SERVICE_DESCRIPTION.format(
        endpoint=endpoint, update=", sd:SPARQL11Update" if settings.enable_update else ""
    )
    media = (
        choose(request.headers.get("accept"), GRAPH_FORMATS, DEFAULT_GRAPH_TYPE)
        or DEFAULT_GRAPH_TYPE
    )
    if media in ("text/turtle", "application/x-turtle"):
        return Response(ttl, media_type="text/turtle; charset=utf-8")
    triples = list(ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))
    fmt = GRAPH_FORMATS[media]
    items: list[Any] = triples
    if fmt.supports_datasets:
        items = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    return Response(ox.serialize(items, format=fmt), media_type=media)


async def _query(
    request: Request, store: Any, settings: Any, query: str, params: dict[str, list[str]]
) -> Body:
    accept = request.headers.get("accept")
    results_type, graph_type = _negotiate(accept)
    if results_type is None and graph_type is None:
        raise HTTPException(406, f"cannot answer in any of: {accept}")
    job = partial(
        run_query,
        store,
        query,
        results_type=results_type or DEFAULT_RESULT_TYPE,
        graph_type=graph_type or DEFAULT_GRAPH_TYPE,
        default_graphs=params.get("default-graph-uri", ()),
        named_graphs=params.get("named-graph-uri", ()),
        timeout=settings.query_timeout,
        max_rows=settings.max_rows,
        base_iri=_base(request),
    )
    # The job stops itself at the deadline while it writes rows; a query that computes
    # for long before its first row (an aggregate over a cartesian product) is given up
    # here, half a second later, and its result dropped when it comes.
    limit = settings.query_timeout
    stopped = QueryTimeoutError(
        f"the query ran past the {limit} s limit and was stopped", timeout_seconds=limit
    )
    output = await QUERY_THREADS.submit(job, timeout=limit + 0.5, error=stopped)
    if (output.form == "CONSTRUCT" and graph_type is None) or (
        output.form != "CONSTRUCT" and results_type is None
    ):
        raise HTTPException(406, f"a {output.form} result cannot be written as {accept}")
    media = output.media_type
    if media.startswith("text/") or media.endswith(("+json", "+xml", "/json", "/xml")):
        media += "; charset=utf-8"
    return Body(output.body, media)


class Body:
    """A 200 response with a body: two ASGI messages, nothing else on the hot path."""

    __slots__ = ("body", "headers")

    def __init__(self, body: bytes, media_type: str) -> None:
        self.body = body
        self.headers = [
            (b"content-type", media_type.encode("latin-1")),
            (b"content-length", str(len(body)).encode("latin-1")),
        ]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


_NEGOTIATED: dict[str | None, tuple[str | None, str | None]] = {}


def _negotiate(accept: str | None) -> tuple[str | None, str | None]:
    """The result and graph media types for an Accept header (remembered: clients repeat)."""
    hit = _NEGOTIATED.get(accept)
    if hit is None:
        hit = (
            choose(accept, RESULT_FORMATS, DEFAULT_RESULT_TYPE),
            choose(accept, GRAPH_FORMATS, DEFAULT_GRAPH_TYPE),
        )
        if len(_NEGOTIATED) >= 256:
            _NEGOTIATED.clear()
        _NEGOTIATED[accept] = hit
    return hit


class QueryThreads:
    """Worker threads for queries: each job hands its result straight to the event loop.

    Leaner than ``run_in_executor`` (no ``concurrent.futures`` future to chain), which
    matters for sub-millisecond queries. The engine releases the GIL while it evaluates
    and writes, so the loop keeps serving. A job whose caller gave up (timeout) runs on
    until its own deadline stops it; its result is then dropped.
    """

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self.jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.started = False
        self.lock = threading.Lock()

    def submit(
        self, job: Callable[[], Any], *, timeout: float, error: Exception
    ) -> asyncio.Future[Any]:
        """Run ``job`` on a worker; the future resolves on the running loop, or fails with
        ``error`` after ``timeout`` seconds."""
        if not self.started:
            self._start()
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        timer = loop.call_later(timeout, _expire, future, error)
        future.add_done_callback(lambda _: timer.cancel())
        self.jobs.put((loop, future, job))
        return future

    def _start(self) -> None:
        with self.lock:
            if not self.started:
                for i in range(self.size):
                    threading.Thread(target=self._work, name=f"sparql-{i}", daemon=True).start()
                self.started = True

    def _work(self) -> None:
        while True:
            loop, future, job = self.jobs.get()
            result, error = None, None
            try:
                result = job()
            except BaseException as exc:  # handed to the awaiting request
                error = exc
            with contextlib.suppress(RuntimeError):  # the loop may have closed meanwhile
                loop.call_soon_threadsafe(_resolve, future, result, error)
            del loop, future, job, result, error


def _expire(future: asyncio.Future[Any], error: Exception) -> None:
    if not future.done():
        future.set_exception(error)


def _resolve(future: asyncio.Future[Any], result: Any, exc: BaseException | None) -> None:
    if future.done():  # the request gave up waiting
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(result)


QUERY_THREADS = QueryThreads()


async def _update(
    request: Request, store: Any, settings: Any, update: str, params: dict[str, list[str]]
) -> Response:
    check_write_allowed(request, settings)
    using = params.get("using-graph-uri", [])
    using_named = params.get("using-named-graph-uri", [])
    if using or using_named:
        update = _with_using(update, using, using_named)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, lambda: store.update(update, base_iri=_base(request)))
    request.app.state.generation += 1
    return Response(status_code=204)


_BASES: dict[tuple[Any, ...], str] = {}


def _base(request: Request) -> str:
    """The base IRI of relative IRIs in queries and updates: the endpoint itself.

    Remembered per scheme, server, host header and path, which repeat from request to
    request (building a URL is a noticeable part of a light query's time).
    """
    scope = request.scope
    server = scope.get("server")
    key = (
        scope.get("scheme"),
        tuple(server) if server else None,
        scope.get("root_path"),
        scope["path"],
        request.headers.get("host"),
    )
    base = _BASES.get(key)
    if base is None:
        base = str(request.url.replace(query="", fragment=""))
        if len(_BASES) >= 256:
            _BASES.clear()
        _BASES[key] = base
    return base


def _with_using(update: str, using: list[str], using_named: list[str]) -> str:
    """Apply the protocol's USING / USING NAMED graphs to each WHERE of an update."""
    import re

    for g in using + using_named:
        if not re.fullmatch(r"[^<>\"{}|^`\\\s]+", g):
            raise QueryError(f"invalid graph IRI: {g}")
    clause = "".join(f"USING <{g}> " for g in using) + "".join(
        f"USING NAMED <{g}> " for g in using_named
    )
    if re.search(r"\b(?:USING|WITH)\b", update, re.I):
        raise QueryError(
            "USING or WITH in the update conflicts with using-graph-uri in the request"
        )
    return re.sub(r"\bWHERE\b", clause + "WHERE", update, count=0, flags=re.I)


async def sparql(request: Request) -> Response | Body:
    """The SPARQL 1.1 Protocol."""
    state = request.app.state
    store, settings = state.store, state.settings
    url_params = parse_qs(request.scope["query_string"].decode("latin-1"), keep_blank_values=True)
    method = request.method
    if method == "GET":
        query = _one(url_params, "query")
        if _one(url_params, "update") is not None:
            raise QueryError("updates must be sent with POST")
        if query is None:
            return service_description(request, settings)
        return await _query(request, store, settings, query, url_params)
    if method != "POST":
        raise HTTPException(405, headers={"Allow": "GET, POST"})
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    body = await _read_body(request)
    if media == FORM:
        form = parse_qs(_body_text(body, content_type), keep_blank_values=True)
        params = {**url_params, **{k: v for k, v in form.items() if k not in ("query", "update")}}
        for key in (
            "default-graph-uri",
            "named-graph-uri",
            "using-graph-uri",
            "using-named-graph-uri",
        ):
            if key in form and key in url_params:
                params[key] = url_params[key] + form[key]
        query, update = _one(form, "query"), _one(form, "update")
        if query is not None and update is not None:
            raise QueryError("send either 'query' or 'update', not both")
        if query is not None:
            return await _query(request, store, settings, query, params)
        if update is not None:
            return await _update(request, store, settings, update, params)
        raise QueryError("the form has neither 'query' nor 'update'")
    if media == QUERY:
        return await _query(request, store, settings, _body_text(body, content_type), url_params)
    if media == UPDATE:
        return await _update(request, store, settings, _body_text(body, content_type), url_params)
    raise HTTPException(
        415, f"unsupported content type {media or '(none)'}: use {FORM}, {QUERY} or {UPDATE}"
    )


async def _read_body(request: Request) -> bytes:
    """The request body, straight from the ASGI messages."""
    chunks = []
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class SparqlEndpoint:
    """``/sparql`` as a bare ASGI app: no dependency injection or validation on the hot path.

    Routed normally, errors propagate to the app's exception handlers. The app also calls
    it directly, ahead of its middleware stack (``direct=True``): errors are then turned
    into responses here, by the same handlers.
    """

    def __init__(self, *, direct: bool = False) -> None:
        self.direct = direct

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        if not self.direct:
            response = await sparql(request)
        else:
            try:
                response = await sparql(request)
            except Exception as exc:
                response = _handle(request, exc)
        await response(scope, receive, send)


def _handle(request: Request, exc: Exception) -> Any:
    """The response the app's exception handler for ``exc`` gives (most specific class)."""
    handlers = request.app.exception_handlers
    for cls in type(exc).__mro__:
        if cls in handlers:
            return handlers[cls](request, exc)
    raise exc  # pragma: no cover - the app registers a handler for Exception


#: The endpoint as a router of bare routes (an ASGI instance, not a FastAPI handler).
router = APIRouter(tags=["sparql"])
router.routes.extend(
    [Route("/sparql", SparqlEndpoint()), Route("/sparql/", SparqlEndpoint(), name="sparql")]
)

#: The endpoint's entry in the OpenAPI document (the route itself bypasses FastAPI).
OPENAPI_PATH: dict[str, Any] = {
    method: {
        "tags": ["sparql"],
        "summary": "SPARQL 1.1 Protocol endpoint",
        "description": "Query (GET/POST) and, when enabled, update (POST) the graph. "
        "A GET without a query returns the Service Description.",
        "operationId": f"sparql_{method}",
        "parameters": [
            {"name": name, "in": "query", "required": False, "schema": {"type": "string"}}
            for name in ("query", "default-graph-uri", "named-graph-uri")
        ],
        "responses": {"200": {"description": "The result, in the negotiated format."}},
    }
    for method in ("get", "post")
}
