"""Name keys that survive transliteration: one spelling per sound, so that
Rahimjan Karimi and Rehimjan Qarim compare equal.

``name_key`` folds a surface form into a tuple of tokens; ``tokens_equivalent``
compares two tokens with a consonant-skeleton and a fuzzy fallback.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from ..extract.name_rules import TITLES

ENDINGS = re.compile(r"(?:yev|iev|ev|ov|ow|off|eff|ova|eva|ovna|evna)$")
LETTERS = (("dzh", "j"), ("zh", "j"), ("kh", "k"), ("gh", "g"), ("ch", "k"), ("sh", "s"),
           ("ph", "f"), ("th", "t"), ("dh", "d"), ("q", "k"), ("ck", "k"), ("w", "v"), ("ou", "u"),
           ("y", "i"), ("x", "ks"), ("c", "k"))
DROP = {"the", "s"}


def fold(text: str) -> str:
    """ASCII, lower case, no possessive, punctuation to spaces."""
    s = anyascii(text).lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def surface_tokens(text: str) -> list[str]:
    """Folded tokens with leading titles and articles removed."""
    toks = fold(text).split()
    while len(toks) > 1 and (toks[0] in DROP or toks[0] in TITLES or toks[0] + "." in TITLES):
        toks.pop(0)
    return toks


@lru_cache(maxsize=65536)
def phon(token: str) -> str:
    """One spelling per sound for a folded token."""
    t = re.sub(r"(.)\1+", r"\1", token)
    if len(t) > 5:
        t = ENDINGS.sub("", t)
    for a, b in LETTERS:
        t = t.replace(a, b)
    if len(t) > 3 and t[0] == "e":
        t = "a" + t[1:]
    if len(t) > 4 and t.endswith("i") and t[-2] not in "aeiou":
        t = t[:-1]
    if len(t) > 4 and t.endswith("s") and t[-2] not in "su":
        t = t[:-1]
    return re.sub(r"(.)\1+", r"\1", t)


@lru_cache(maxsize=1 << 17)
def name_key(text: str) -> tuple[str, ...]:
    """The comparable form of a name: sound-folded tokens, initials dropped when a
    longer token remains ("I. V. Stalin" -> ("stalin",))."""
    toks = surface_tokens(text)
    long = [t for t in toks if len(t) > 1 or t.isdigit()]
    keep = long if long else toks
    return tuple(phon(t) if not t.isdigit() else t for t in keep if t not in DROP or len(keep) == 1)


def initials_of(text: str) -> str:
    toks = surface_tokens(text)
    return "".join(t for t in toks if len(t) == 1 and t.isalpha())


def skeleton(token: str) -> str:
    return token[:1] + re.sub(r"[aeiou]", "", token[1:])


def tokens_equivalent(a: str, b: str, fuzzy: bool = True) -> bool:
    if a == b:
        return True
    if a.isdigit() or b.isdigit() or min(len(a), len(b)) < 4:
        return False
    if a[0] != b[0] and not (a[0] in "aeiou" and b[0] in "aeiou"):
        return False
    if skeleton(a) == skeleton(b) and Levenshtein.distance(a, b) <= max(1, len(a) // 5):
        return True
    if not fuzzy or min(len(a), len(b)) < 6:
        return False
    return ratio(a, b) >= 80 and Levenshtein.distance(a, b) <= 2


def keys_equivalent(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """``"same-name"`` when equal, ``"transliteration"`` when every token matches its
    counterpart by sound (at least one exactly, or all by skeleton), else None."""
    if a == b:
        return "same-name"
    if len(a) != len(b) or not a:
        return None
    exact = sum(x == y for x, y in zip(a, b, strict=True))
    if len(a) == 1:
        return "transliteration" if tokens_equivalent(a[0], b[0], fuzzy=False) else None
    if all(tokens_equivalent(x, y, fuzzy=exact > 0) for x, y in zip(a, b, strict=True)):
        return "transliteration"
    return None


def is_subkey(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is a shorter form of ``long``: its tokens appear in ``long`` in order."""
    if not short or len(short) >= len(long):
        return False
    it = iter(long)
    return all(any(t == u for u in it) for t in short)


SOUND_CLASSES = (("zh", "K"), ("ch", "K"), ("kh", "K"), ("gh", "K"), ("sh", "S"), ("hs", "S"), ("ts", "Z"),
                 ("tz", "Z"), ("dz", "Z"), ("th", "T"), ("dh", "T"), ("ph", "P"), ("k", "K"), ("g", "K"),
                 ("q", "K"), ("c", "K"), ("j", "K"), ("x", "S"), ("s", "S"), ("z", "Z"), ("t", "T"), ("d", "T"),
                 ("p", "P"), ("b", "P"), ("f", "P"), ("v", "P"))


@lru_cache(maxsize=65536)
def sound_classes(token: str) -> tuple[str, str]:
    """A token's consonants by sound class (Wade-Giles, postal and pinyin spellings of one
    name agree: "sinkiang" and "xinjiang" both give ``SNKNK``) and its vowels after the first
    letter, so that names differing in their vowels ("jiangxi", "jiangsu") stay apart."""
    t = token.lower()
    for a, b in SOUND_CLASSES:
        t = t.replace(a, b)
    cons = re.sub(r"[aeiouhyw\W\d_]", "", t).upper()
    cons = re.sub(r"([A-Z])\1+", r"\1", cons)
    vowels = re.sub(r"[^aeiou]+", " ", token.lower()[1:]).strip()
    return cons, vowels
