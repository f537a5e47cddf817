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
    "tarikh.reconcile.reuse",
    "tarikh.reconcile.align",
)


def load() -> None:
    for mod in BUILTIN_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            # a module that is not written yet leaves its components unregistered;
            # asking for one then raises UnknownComponentError with the known names
            if exc.name != mod:
                raise


load()
