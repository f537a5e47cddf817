"""Text helpers for asking: normalised names, transliteration-tolerant keys, word stems.

Everything is generic English and generic romanisation: no names from any corpus.
"""

from __future__ import annotations

import re
import unicodedata

STOP = frozenset([
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "about", "as",
    "and", "or", "but", "if", "than", "then", "that", "this", "these", "those", "is", "are", "was", "were",
    "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had", "having", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "it", "its", "it's", "they", "them", "their",
    "there", "here", "he", "him", "his", "she", "her", "we", "our", "you", "your", "i", "me", "my", "what",
    "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much", "whom", "whose", "after",
    "before", "during", "since", "until", "while", "also", "not", "no", "nor", "so", "up", "out", "over",
    "under", "again", "once", "any", "all", "each", "some", "such", "very", "just", "most", "more", "other",
    "same", "own", "both", "few", "only", "year", "years", "date", "day", "days", "month", "time", "ever",
    "first", "according"
])

WH_WORDS = frozenset({"what", "which", "who", "whom", "whose", "when", "where", "why", "how"})

# generic English: words that name the same counted thing (singular, lower case)
SYNONYMS: dict[str, str] = {
    "troop": "troop", "soldier": "troop", "man": "troop", "men": "troop", "fighter": "troop",
    "personnel": "troop", "strength": "troop", "force": "troop", "combatant": "troop", "army": "troop",
    "serviceman": "troop", "servicemen": "troop", "warrior": "troop", "guerrilla": "troop",
    "killed": "killed", "kill": "killed", "dead": "killed", "death": "killed", "fatality": "killed",
    "died": "killed", "die": "killed", "casualty": "killed", "lost": "killed", "loss": "killed",
    "wounded": "wounded", "injured": "wounded",
    "captured": "captured", "capture": "captured", "seized": "captured", "seize": "captured",
    "taken": "captured", "took": "captured", "take": "captured", "prisoner": "captured",
    "people": "people", "person": "people", "individual": "people", "member": "people",
    "delegate": "people", "participant": "people",
    "population": "population", "inhabitant": "population", "resident": "population",
    "plane": "aircraft", "airplane": "aircraft", "aeroplane": "aircraft", "aircraft": "aircraft",
    "fighter_plane": "aircraft", "bomber": "aircraft",
    "led": "leader", "lead": "leader", "leader": "leader", "headed": "leader", "head": "leader",
    "commanded": "leader", "commander": "leader", "command": "leader", "chaired": "leader",
    "chairman": "leader", "president": "leader", "chief": "leader",
    "gun": "weapon", "rifle": "weapon", "weapon": "weapon", "arm": "weapon",
    "vehicle": "vehicle", "truck": "vehicle", "car": "vehicle", "tank": "tank",
}

# transliteration variants folded before vowels are dropped
_FOLD = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"), ("q", "k"),
         ("ck", "k"), ("c", "k"), ("w", "v"), ("y", "i"), ("x", "ks"))
_NONWORD = re.compile(r"[^a-z0-9]+")
WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?", re.UNICODE)


def fold(s: str) -> str:
    """Lower case, no diacritics, straight apostrophes."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").replace("\u2018", "'").lower()


def norm(s: str) -> str:
    """A name key: folded, possessive and punctuation dropped, no leading article."""
    s = re.sub(r"'s\b", "", fold(s))
    s = _NONWORD.sub(" ", s).strip()
    return re.sub(r"^(?:the|a|an) ", "", s)


def skeleton_word(w: str) -> str:
    """A transliteration-tolerant key of one word: folded digraphs, no inner vowels, no doubles."""
    for a, b in _FOLD:
        w = w.replace(a, b)
    if not w:
        return w
    head, rest = w[0], re.sub(r"[aeiouh]", "", w[1:])
    out = head + rest
    return re.sub(r"(.)\1+", r"\1", out)


def skeleton(s: str) -> str:
    return " ".join(skeleton_word(w) for w in norm(s).split())


def words(s: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(fold(s))]


def raw_words(s: str) -> list[str]:
    """The words of ``s`` as :func:`words` splits them, in their own case."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'")
    return WORD_RE.findall(s)


def stem(w: str) -> str:
    """A rough English stem: enough to match plural and past forms."""
    w = w.lower()
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)] + rep
            break
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


def concept(w: str) -> str:
    """The counted thing a word names, or its stem."""
    lw = w.lower()
    st = stem(lw)
    for form in (lw, lw[:-1] if lw.endswith("s") else "", lw[:-2] if lw.endswith("es") else "", st):
        if form and form in SYNONYMS:
            return SYNONYMS[form]
    return _STEM_SYNONYMS.get(st, st)


_STEM_SYNONYMS = {stem(k): v for k, v in SYNONYMS.items()}


def content_words(s: str) -> list[str]:
    return [w for w in words(s) if w not in STOP and not w.isdigit() and len(w) > 1]
