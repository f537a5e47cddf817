"""Components registered by versioned names (``tarikh.dates.v1``).

A per-document component takes a :class:`~tarikh.models.Doc` and returns it
with more filled in; a corpus component takes the whole
:class:`~tarikh.models.Corpus`. Both carry ``name`` (the registered name,
which includes the version), so every claim can say what made it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from .errors import UnknownComponentError
from .models import Corpus, Doc


class DocComponent(Protocol):
    name: str

    def __call__(self, doc: Doc) -> Doc: ...


class CorpusComponent(Protocol):
    name: str

    def __call__(self, corpus: Corpus) -> Corpus: ...


_REGISTRY: dict[str, Callable[..., Any]] = {}
T = TypeVar("T", bound=Callable[..., Any])


def register(name: str) -> Callable[[T], T]:
    """Register a component factory under ``name`` (``namespace.what.vN``)."""

    def deco(factory: T) -> T:
        _REGISTRY[name] = factory
        return factory

    return deco


def create(name: str, **settings: Any) -> Any:
    """Build the component registered as ``name`` with its settings."""
    _load_builtins()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise UnknownComponentError(f"no component named {name!r}; known: {known}") from None
    comp = factory(**settings)
    if not getattr(comp, "name", None):
        comp.name = name
    return comp


def names() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def _load_builtins() -> None:
    # importing the modules runs their @register decorators
    from . import components  # noqa: F401
