"""Import the built-in component modules so their ``@register`` decorators run."""

from __future__ import annotations

import importlib

BUILTIN_MODULES = (
    "tarikh.extract.nlp",
    "tarikh.extract.mentions",
    "tarikh.extract.dates",
    "tarikh.extract.quantities",
    "tarikh.extract.event_merge",
    "tarikh.resolve.cluster",
    "tarikh.resolve.geocode",
    "tarikh.claims",
    "tarikh.resolve.roles",
    "tarikh.reconcile.reuse",
    "tarikh.reconcile.align",
    "tarikh.reconcile.accounts",
    "tarikh.reconcile.leaders",
)


def load() -> None:
    for mod in BUILTIN_MODULES:
        importlib.import_module(mod)


load()
