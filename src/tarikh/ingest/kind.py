"""Guess what kind of source a text is, and the cue that decided it.

Each kind has generic cues; a cue's weight is added once per match up to a cap.
The kind with the highest total (at least ``MIN_SCORE``) wins, else "unknown".
The cue reported is the heaviest matched cue of the winning kind.

* archival: a whole line "Top Secret" / "Secret" / "Confidential" / "Classified";
  "Copy No. 3"; a header line "Report from ...", "Memorandum of ...",
  "Telegram to ..."; "Cde." / "Comrade"; "declassified"; archive call numbers
  ("Fond 1, Opis 2, Delo 3", "Record Group 59", "File No. 12").
* advocacy: a short heading line near the top (site name, slogan, headline)
  with "government in exile", "freedom", "liberation", "independence", "human
  rights", "genocide", "resistance", "Free X"; calls to action ("donate", "join
  us", "sign the petition"); loaded words in the body ("occupation",
  "invasion", "oppression", "brutal", "atrocities"); "our nation/people/history".
* encyclopedia: citation markers like "[12]"; "is/was a ... that existed";
  "officially known as"; a defining paragraph "X is/was a ..."; "See also" /
  "External links" lines.
* journalism: "(Reuters)" / "(AP)" / "(AFP)" datelines, news-agency names, an
  upper-case dateline "CITY, Country -", "told reporters", "said on Monday",
  "reported", "correspondent".
* scholarly: "Abstract" / "References" / "Bibliography" / "Keywords" lines,
  "et al.", DOIs, "Journal of".
* memoir: first-person narrative: "I was", "I remember", "my father", ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WINDOW = 200_000
HEAD_LINES = 8
MIN_SCORE = 2.0


@dataclass(frozen=True)
class Cue:
    kind: str
    pattern: re.Pattern[str]
    weight: float
    cap: int = 1
    where: str = "text"  # "text": anywhere in the window; "head": short top lines; "line": a whole line
    label: str = "phrase"


def _cue(kind: str, regex: str, weight: float, cap: int = 1, where: str = "text", label: str = "phrase") -> Cue:
    flags = re.M if where == "line" else 0
    return Cue(kind, re.compile(regex, flags | (re.I if label != "case" else 0)), weight, cap, where,
               "phrase" if label == "case" else label)


CUES: tuple[Cue, ...] = (
    _cue("archival", r"^(?:copy[.,]?\s*)?(?:top secret|strictly secret|secret|confidential|classified)"
         r"\b[^\n]{0,20}$", 3, where="line", label="line"),
    _cue("archival", r"\bcopy\s*(?:no\.?|n[\u00ba\u00b0o.]|number)\s*\d+", 3),
    _cue("archival", r"^(?:report|memorandum|memo|telegram|cable|minutes|dispatch|despatch|directive|"
         r"resolution|decree|protocol)\s+(?:from|of|to|by|on|no\.?)\b[^\n]{0,120}$", 2, where="line",
         label="line"),
    _cue("archival", r"\bCde\.|\bComrades?\b", 1, cap=3, label="case"),
    _cue("archival", r"\bdeclassified\b", 3),
    _cue("archival", r"\b(?:fond|f\.)\s*[A-Z]?-?\d+\w*,?\s*(?:opis'?|op\.)\s*\d+", 3),
    _cue("archival", r"\b(?:record group|RG)\s*\d+\b|\b(?:file|folder|dossier|box)\s+no\.?\s*\d+", 2),
    _cue("advocacy", r"government[- ]in[- ]exile|\bfreedom\b|\bliberation\b|\bindependence\b|"
         r"\bhuman rights\b|\bgenocide\b|\bresistance\b|\bfree [A-Z]\w+|\bsolidarity\b", 3, cap=2,
         where="head", label="heading"),
    _cue("advocacy", r"\b(?:donate now|join us|sign the petition|take action|stand with|support our)\b", 2),
    _cue("advocacy", r"\b(?:occupation|occupying|occupied|invasion|invaders?|oppressi\w+|brutal\w*|"
         r"atrocit\w+|persecut\w+|colonial\w*|genocide|martyr\w*)\b", 0.4, cap=12),
    _cue("advocacy", r"\bour (?:nation|people|history|homeland|struggle|cause|martyrs|heroes|future|"
         r"country|independence|freedom)\b", 1, cap=3),
    _cue("encyclopedia", r"\[\d{1,3}\]", 0.5, cap=8, label="citation"),
    _cue("encyclopedia", r"\b(?:is|was) an? (?:[\w-]+ ){0,4}(?:that|which) existed\b", 2),
    _cue("encyclopedia", r"\bofficially (?:known as|called)\b", 1),
    _cue("encyclopedia", r"^(?:the )?[A-Z][^\n.]{0,120}?\b(?:is|was) (?:a|an|the) [^\n]{40,}$", 1.5, where="line",
         label="line"),
    _cue("encyclopedia", r"^(?:see also|external links|further reading|notes)$", 1.5, where="line",
         label="line"),
    _cue("journalism", r"\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|TASS|Bloomberg)\)", 4, label="case"),
    _cue("journalism", r"\b(?:Reuters|Associated Press|Agence France-Presse|news agency)\b", 1.5, cap=2),
    _cue("journalism", r"^[A-Z][A-Z .'-]{2,}(?:, [A-Z][\w.]+)*\s*[-\u2013\u2014]\s+\w", 3, where="line",
         label="case"),
    _cue("journalism", r"\b(?:told reporters|said on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
         r"press conference|a spokes(?:man|woman|person) (?:for|said))\b", 1, cap=3),
    _cue("journalism", r"\b(?:reported|reporters|correspondent)\b", 0.3, cap=5),
    _cue("scholarly", r"^(?:abstract|references|bibliography|works cited|keywords?|literature)\s*:?$", 2,
         cap=3, where="line", label="line"),
    _cue("scholarly", r"\bet al\.", 1, cap=3),
    _cue("scholarly", r"\bdoi(?::\s*|\.org/)10\.\d+", 2, cap=2),
    _cue("scholarly", r"\b(?:journal of|ISSN|proceedings of)\b", 1, cap=2),
    _cue("memoir", r"\bI (?:was|remember|recall|saw|had|went|grew|met|lived|became|felt|heard|left|"
         r"returned)\b", 0.4, cap=10, label="case"),
    _cue("memoir", r"\bmy (?:father|mother|family|brother|sister|grandfather|grandmother|childhood|"
         r"wife|husband|village|parents|uncle)\b", 0.5, cap=6),
)


def head_lines(text: str) -> str:
    lines = [ln.strip() for ln in text[:4000].split("\n") if ln.strip()][:HEAD_LINES]
    return "\n".join(ln for ln in lines if len(ln) <= 150)


def guess_kind(text: str, title: str = "") -> tuple[str, str, dict[str, float]]:
    """(kind, cue, scores) for a text; cue is e.g. 'line "Top Secret"'."""
    window = text[:WINDOW]
    head = head_lines(text) + ("\n" + title if title else "")
    scores: dict[str, float] = {}
    best_cue: dict[str, tuple[float, str]] = {}
    for cue in CUES:
        hay = head if cue.where == "head" else window
        matches = []
        for m in cue.pattern.finditer(hay):
            matches.append(m.group())
            if len(matches) >= cue.cap:
                break
        if not matches:
            continue
        gained = cue.weight * len(matches)
        scores[cue.kind] = scores.get(cue.kind, 0.0) + gained
        if gained > best_cue.get(cue.kind, (0.0, ""))[0]:
            best_cue[cue.kind] = (gained, _describe(cue, matches))
    if not scores:
        return "unknown", "", scores
    kind = max(scores, key=lambda k: (scores[k], k))
    if scores[kind] < MIN_SCORE:
        return "unknown", "", scores
    return kind, best_cue[kind][1], {k: round(v, 2) for k, v in scores.items()}


def _describe(cue: Cue, matches: list[str]) -> str:
    first = matches[0].strip()[:60]
    if cue.label == "citation":
        more = "+" if len(matches) >= cue.cap else ""
        return f'{len(matches)}{more} citation markers like "{first}"'
    if cue.label == "line":
        return f'line "{first}"'
    if cue.label == "heading":
        return f'heading phrase "{first}"'
    many = f" ({len(matches)}x)" if len(matches) > 1 else ""
    return f'phrase "{first}"{many}'
