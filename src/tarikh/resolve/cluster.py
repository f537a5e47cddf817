"""``tarikh.resolve.v1``: cluster every mention of every source into entities.

See :mod:`tarikh.resolve.rules` for the merge rules and
:mod:`tarikh.resolve.entities` for ids, names and the user's splits.
``why(entity)`` explains an entity's merges in plain lines.
"""

from __future__ import annotations

from ..models import Corpus, Entity
from ..registry import register
from .entities import build_entities
from .rules import cluster, nodes_of

NAME = "tarikh.resolve.v1"


@register(NAME)
class Resolve:
    name = NAME

    def __init__(self, **settings: object) -> None:
        self.settings = settings

    def __call__(self, corpus: Corpus) -> Corpus:
        nodes = nodes_of(corpus)
        corpus.mention_entity = {}
        cl = cluster(corpus, nodes)
        corpus.entities = build_entities(corpus, nodes, cl)
        return corpus


def why(entity: Entity) -> list[str]:
    """One line per merge: the rule, the names it joined and the evidence."""
    if not entity.reasons:
        names = ", ".join(a.name for a in entity.aliases)
        return [f"{entity.name} ({entity.type}): one name only, no merges ({names})"]
    out = [f"{entity.name} ({entity.type}), known as: " + ", ".join(a.name for a in entity.aliases)]
    for r in entity.reasons:
        out.append(f"  [{r.get('rule')}] {' = '.join(r.get('names', []))}: {r.get('evidence', '')}")
    return out
