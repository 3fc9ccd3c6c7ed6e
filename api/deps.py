"""Dependencies as ``Annotated`` aliases: handlers declare what they use."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request

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


def get_view(request: Request) -> Any:
    """The networkx projection, rebuilt after writes (keyed on the app's write counter)."""
    from graph.projection import build_projection

    state = request.app.state
    lock = state.__dict__.setdefault("_view_lock", __import__("threading").Lock())
    with lock:
        if getattr(state, "view", None) is None or state.view_generation != state.generation:
            state.view = build_projection(state.store)
            state.view_generation = state.generation
    return state.view


ViewDep = Annotated[Any, Depends(get_view)]
__all__ += ["ViewDep", "get_view"]
