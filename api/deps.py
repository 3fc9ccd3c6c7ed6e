"""Dependencies as ``Annotated`` aliases: handlers declare what they use."""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from api.settings import Settings


def get_store(request: Request) -> Any:
    """The store the app was created with."""
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    return request.app.state.settings


StoreDep = Annotated[Any, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

__all__ = ["SettingsDep", "StoreDep", "get_settings", "get_store"]


def _rebuild_view(state: Any) -> Any:
    from graph.paths import warm
    from graph.projection import build_projection

    lock = state.__dict__.setdefault("_view_lock", threading.Lock())
    with lock:
        if getattr(state, "view", None) is None or state.view_generation != state.generation:
            generation = state.generation
            view = build_projection(state.store)
            warm(view)
            state.view, state.view_generation = view, generation
    return state.view


async def get_view(request: Request) -> Any:
    """The networkx projection, rebuilt after writes (keyed on the app's write counter).

    The common case — nothing written since the last build — costs one comparison on
    the event loop; a rebuild runs in the thread pool.
    """
    state = request.app.state
    if getattr(state, "view", None) is not None and state.view_generation == state.generation:
        return state.view
    return await run_in_threadpool(_rebuild_view, state)


ViewDep = Annotated[Any, Depends(get_view)]
__all__ += ["ViewDep", "get_view"]
