"""Settings: declared once, each with a default and help, read from ``RCGRAPH_*``.

A bad value fails at start-up with a message that names the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from graph.errors import ConfigError

#: (field, environment variable, default, help) — the one declaration of every setting.
SETTINGS: list[tuple[str, str, Any, str]] = [
    (
        "store",
        "RCGRAPH_STORE",
        "",
        "Store directory, or the query URL of an external SPARQL server (default: ./data/store).",
    ),
    (
        "query_timeout",
        "RCGRAPH_QUERY_TIMEOUT",
        10.0,
        "Seconds a SPARQL query may run before it is stopped with a 503.",
    ),
    ("max_rows", "RCGRAPH_MAX_ROWS", 100_000, "Most rows (or triples) a query result may have."),
    (
        "enable_update",
        "RCGRAPH_ENABLE_UPDATE",
        False,
        "Accept SPARQL Update and document "
        "ingestion over HTTP (still needs the token if one is set).",
    ),
    ("update_token", "RCGRAPH_UPDATE_TOKEN", "", "Bearer token required for writes over HTTP."),
    (
        "cors_origins",
        "RCGRAPH_CORS_ORIGINS",
        "",
        "Comma-separated origins allowed to read the "
        "API from a browser (writes are never allowed cross-origin).",
    ),
    (
        "max_document_bytes",
        "RCGRAPH_MAX_DOCUMENT_BYTES",
        2_000_000,
        "Largest document accepted for ingestion.",
    ),
    (
        "in_memory",
        "RCGRAPH_IN_MEMORY",
        False,
        "Answer queries from an in-memory copy of the union default graph and the reference "
        "and ontology graphs, loaded at start (20–30 s and about 300 MB more per million "
        "triples); writes go to disk, then to the copy.",
    ),
    ("log_level", "RCGRAPH_LOG_LEVEL", "info", "Logging level: debug, info, warning or error."),
]


@dataclass(frozen=True, slots=True)
class Settings:
    """The service's settings; see :data:`SETTINGS` for what each one means."""

    store: str = ""
    query_timeout: float = 10.0
    max_rows: int = 100_000
    enable_update: bool = False
    update_token: str = ""
    cors_origins: str = ""
    max_document_bytes: int = 2_000_000
    in_memory: bool = False
    log_level: str = "info"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read every setting from ``env`` (default: ``os.environ``); overrides win.

        Raises:
            ConfigError: a variable has a value of the wrong type.
        """
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for name, var, default, _ in SETTINGS:
            raw = env.get(var)
            if raw is None or raw == "":
                values[name] = default
                continue
            try:
                if isinstance(default, bool):
                    if raw.lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                        raise ValueError(raw)
                    values[name] = raw.lower() in ("1", "true", "yes", "on")
                elif isinstance(default, int):
                    values[name] = int(raw)
                elif isinstance(default, float):
                    values[name] = float(raw)
                else:
                    values[name] = raw
            except ValueError as exc:
                raise ConfigError(f"{var}={raw!r} is not a valid {type(default).__name__}") from exc
        values.update(overrides)
        settings = cls(**values)
        if settings.query_timeout <= 0:
            raise ConfigError("RCGRAPH_QUERY_TIMEOUT must be positive")
        if settings.max_rows <= 0:
            raise ConfigError("RCGRAPH_MAX_ROWS must be positive")
        if settings.log_level.lower() not in ("debug", "info", "warning", "error"):
            raise ConfigError(f"RCGRAPH_LOG_LEVEL={settings.log_level!r} is not a log level")
        return settings

    @property
    def cors_list(self) -> list[str]:
        """Allowed CORS origins."""
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]


def settings_markdown_table() -> str:
    """The settings as a Markdown table, for the README."""
    rows = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for _, var, default, help_text in SETTINGS:
        shown = str(default).lower() if isinstance(default, bool) else str(default)
        rows.append(f"| `{var}` | {'`' + shown + '`' if shown else '(none)'} | {help_text} |")
    return "\n".join(rows)


assert {f.name for f in fields(Settings)} == {s[0] for s in SETTINGS}

__all__ = ["SETTINGS", "Settings", "settings_markdown_table"]
