"""The floor under any Python SPARQL endpoint here: a bare ASGI app on uvicorn.

    RCGRAPH_STORE=DIR .venv/bin/python bench/floor_app.py PORT

Answers ``POST`` bodies (``application/sparql-query``) as SPARQL results JSON from the
same in-memory copies the in-memory mode could use at best: the union copy for queries
over the default graph and a full in-memory copy of the dataset for those with
``GRAPH ?var``; on the event loop, with no limits, checks, routing or error handling.
``bench/bench_sparql.py --servers floor`` measures it beside the others: what rcgraph's
in-memory mode could reach if its own layer cost nothing.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import pyoxigraph as ox
import uvicorn

from graph.memory_store import memory_copy
from graph.store import open_store

JSON = ox.QueryResultsFormat.JSON
HEADERS = [(b"content-type", b"application/sparql-results+json")]


def build() -> Any:
    """The ASGI app over in-memory copies of ``RCGRAPH_STORE``."""
    disk = open_store(os.environ["RCGRAPH_STORE"])
    union = memory_copy(disk)
    full = ox.Store()
    full.bulk_extend(disk.ox.quads_for_pattern(None, None, None, None))
    disk.close()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                kind = message["type"].removeprefix("lifespan.")
                await send({"type": f"lifespan.{kind}.complete"})
                if kind == "shutdown":
                    return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        query = body.decode() or "ASK {}"
        if "GRAPH ?" in query:
            out = full.query(query, use_default_graph_as_union=True).serialize(format=JSON)
        else:
            out = union.query(query).serialize(format=JSON)
        length = (b"content-length", str(len(out)).encode())
        await send({"type": "http.response.start", "status": 200, "headers": [*HEADERS, length]})
        await send({"type": "http.response.body", "body": out})

    return app


if __name__ == "__main__":
    uvicorn.run(
        build(), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False
    )
