"""HTML rendering: one Jinja environment (autoescape on for every template) and vendor-asset checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from .format import label, qualifiers_text, value_text

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"

# widget -> the vendor files it needs (copied from node_modules by scripts/build_assets.py)
WIDGETS: dict[str, tuple[str, ...]] = {
    "timeline": ("moment/moment.min.js", "vis-data/vis-data.min.js", "vis-timeline/vis-timeline-graph2d.min.js",
                 "vis-timeline/vis-timeline-graph2d.min.css"),
    "network": ("vis-data/vis-data.min.js", "vis-network/vis-network.min.js", "vis-network/vis-network.min.css"),
    "map": ("leaflet/leaflet.js", "leaflet/leaflet.css", "topojson-client/topojson-client.min.js",
            "world-atlas/countries-110m.json"),
}


def vendor_status() -> dict[str, bool]:
    return {w: all((VENDOR / f).is_file() for f in files) for w, files in WIDGETS.items()}


def make_env() -> Environment:
    # templates ship with the package: no need to stat them on every render (auto_reload off)
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True, auto_reload=False, cache_size=-1)
    env.filters.update(value=value_text, label=label, quals=qualifiers_text)
    return env


def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    env: Environment = request.app.state.env
    vendor = vendor_status()
    html = env.get_template(template).render(request=request, vendor=vendor, vendor_missing=not all(vendor.values()),
                                             path=request.url.path, **ctx)
    return HTMLResponse(html, status_code=status)
