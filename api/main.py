"""The module uvicorn loads: ``uvicorn api.main:app`` (settings from ``RCGRAPH_*``)."""

from api.app import create_app

app = create_app()
