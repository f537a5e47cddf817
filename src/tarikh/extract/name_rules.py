"""General English cues for names: titles, head nouns, junk words.

Nothing here is about one corpus: these are ordinary English words that tell
what kind of thing a capitalised phrase names ("... Army" is a military unit,
"General X" is a person).
"""

from __future__ import annotations

import re

TITLES = {
    "general", "general-major", "major-general", "lieutenant-general", "colonel", "lieutenant",
    "captain", "major", "marshal", "admiral", "sergeant", "commander", "commissar",
    "president", "vice-president", "chairman", "vice-chairman", "chairwoman", "premier",
    "prime", "minister", "secretary", "governor", "director", "ambassador", "consul",
    "cde", "cde.", "comrade", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
    "king", "queen", "emperor", "empress", "prince", "princess", "sultan", "emir", "tsar",
    "czar", "shah", "sheikh", "imam", "mullah", "bishop", "pope",
    "professor", "prof.", "judge", "senator", "deputy", "mayor", "chief", "head", "leader",
    "warlord", "vice",
}
# rank words that may join a following title ("Colonel General", "Vice Premier")
TITLE_JOIN = {"general", "major", "premier", "chairman", "president", "marshal", "minister"}

MILITARY_HEADS = {
    "army", "armies", "regiment", "regiments", "brigade", "brigades", "division", "divisions",
    "front", "battalion", "battalions", "corps", "guerrillas", "guerrilla", "partisans",
    "detachment", "detachments", "squadron", "squadrons", "company", "fleet", "navy",
    "force", "forces", "militia", "militias", "legion", "troops", "cavalry", "garrison",
}
POLITY_HEADS = {
    "republic", "kingdom", "empire", "khanate", "emirate", "sultanate", "caliphate",
    "union", "federation", "confederation", "state", "states", "dynasty", "principality",
    "commonwealth", "protectorate",
}
ORG_HEADS = {
    "party", "organization", "organisation", "council", "committee", "department", "ministry",
    "commissariat", "foundation", "program", "programme", "agency", "office", "club", "society",
    "league", "association", "bureau", "government", "university", "institute", "academy",
    "archive", "archives", "bank", "company", "corporation", "radio", "press", "court",
    "assembly", "congress", "parliament", "yuan", "secretariat", "clique", "faction",
    "movement", "front", "consulate", "embassy", "staff", "headquarters", "center", "centre",
    "school", "church", "mosque", "group", "command", "conference", "service", "police",
    "consul", "commission", "administration", "union",
}
AGREEMENT_HEADS = {
    "treaty", "agreement", "accord", "accords", "pact", "convention", "protocol", "armistice",
    "truce", "articles", "addendum", "terms", "charter", "declaration", "concessions",
}
DOCUMENT_HEADS = {"resolution", "report", "decree", "memorandum", "letter", "telegram", "order",
                  "constitution", "law", "act", "edict", "manifesto", "memoir", "directive"}
PLACE_HEADS = {
    "river", "mountains", "mountain", "mount", "lake", "sea", "ocean", "valley", "basin",
    "county", "district", "districts", "prefecture", "province", "region", "city", "town",
    "village", "oblast", "island", "islands", "desert", "plateau", "pass", "gulf", "bay",
    "peninsula", "steppe", "oasis", "street", "square", "temple", "airfield", "airport",
    "station", "bridge", "canal", "fortress", "palace", "gate", "road", "range", "hills",
}
# words before a name that say it is a place
PLACE_CUES = {"in", "at", "from", "to", "near", "into", "towards", "toward", "via", "across", "outside"}

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# capitalised words that start sentences or headings and never name anything alone
# function words and sentence starters: stripped from the front of a phrase
FUNCTION = {
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "who",
    "what", "which", "when", "where", "why", "how", "there", "here", "then", "thus", "however",
    "although", "though", "but", "and", "or", "nor", "so", "yet", "if", "after", "before",
    "during", "since", "until", "while", "as", "at", "by", "for", "from", "in", "into", "of",
    "on", "to", "with", "without", "under", "over", "among", "between", "following", "despite",
    "because", "also", "all", "some", "many", "most", "several", "each", "every", "both",
    "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "later", "today", "meanwhile", "nevertheless", "moreover", "furthermore", "subsequently",
    "finally", "instead", "according", "request", "copy", "note", "see", "use", "hold",
    "recommend", "suggest", "issue", "organize", "enlist", "considering", "having", "being",
    "little", "even", "only", "just", "such", "again", "once", "never", "always", "often",
    "still", "already", "soon", "urging", "either", "neither", "did", "does", "do",
    "was", "were", "is", "are", "be", "been", "has", "had", "have", "will", "would", "could",
    "should", "may", "might", "must", "can", "shall", "let", "dear", "yes", "unlike", "like",
}
# words that name nothing when they stand alone
JUNK = FUNCTION | {
    "first", "second", "third", "last", "summary", "page", "chapter", "part", "section",
    "table", "figure", "top", "secret", "skip", "content", "contents", "home", "menu", "search",
    "share", "print", "document", "information", "source", "sources", "references", "notes",
    "abstract", "introduction", "conclusion", "background", "origins", "creation", "dob", "sic",
    "nº", "other", "another", "government", "republic", "army", "state", "party", "president",
    "chairman", "general", "province", "district", "region", "city", "county", "river",
    "national", "central", "northern", "southern", "eastern", "western", "north", "south",
    "east", "west", "soviet", "communist", "communists", "nationalist", "nationalists",
    "rebels", "rebel", "revolution", "liberation", "mr", "dr", "cde", "ms", "mrs", "sir",
    "districts", "counties", "provinces", "regions", "cities", "towns", "villages", "prefectures",
    "le", "la", "de", "du", "der", "die", "das", "el", "god", "lord", "internet", "website",
}
JUNK |= MONTHS | WEEKDAYS

CONNECTORS = {"of", "the", "for", "de", "du", "da", "del", "al", "el", "bin", "ibn", "von", "van",
              "der", "la", "le", "and", "&"}

ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}(?:\([a-z]\))?$")
PERSON_PARTICLE = {"bin", "ibn", "al", "el", "von", "van", "de", "da", "abu", "ben"}


def is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLES or word.lower() in TITLES


def head_label(words: list[str]) -> str | None:
    """The type a phrase's head noun (its last word, or the word before "of") implies."""
    if not words:
        return None
    lw = [w.lower().strip(".,'’") for w in words]
    heads = [lw[-1]]
    linker = next((i for i, w in enumerate(lw) if w in ("of", "for")), None)
    if linker:
        heads = [lw[linker - 1], lw[-1], lw[0]]
    for h in heads:
        if h in DOCUMENT_HEADS and len(lw) > 1 and (lw[-1].startswith("no") or any(
                c.isdigit() for c in "".join(words))):
            return "document"
        if h in AGREEMENT_HEADS:
            return "agreement"
        if h in POLITY_HEADS:
            return "polity"
        if h in MILITARY_HEADS and not (h in ORG_HEADS and h not in ("front", "company")):
            return "military_unit"
        if h in PLACE_HEADS:
            return "place"
        if h in ORG_HEADS:
            return "organization"
    if len(lw) > 1 and lw[0] in DOCUMENT_HEADS and any(c.isdigit() for c in "".join(words)):
        return "document"
    return None


def initials(words: list[str], skip_connectors: bool) -> str:
    out = []
    for w in words:
        if skip_connectors and w.lower() in CONNECTORS:
            continue
        for part in re.split(r"[-\s]", w):
            if part and part[0].isalpha():
                out.append(part[0].upper())
                if not skip_connectors:
                    break
    return "".join(out)


DEMONYM = re.compile(r"(?:an|ans|ian|ians|ese|ish|ic|ics|i|is|ch|sh|ks|ts|ds|ls|rs|ns|ms|ps|gs|bs|zs|"
                     r"ek|eks|ik|iks|ak|aks|yz|ol|ols|ar|ars|ite|ites|ine|ines|ene|ot|ots|ard|ards|hs|us|ur|urs|kh|"
                     r"im|ims|st|sts|ws)$")


def looks_demonym(name: str) -> bool:
    """Does a word read as a people's name or adjective (Uzbek, Tatars, Chinese, Soviet)?"""
    last = name.split()[-1] if name.split() else name
    low = last.lower()
    if len(name.split()) > 2 or DEMONYM.search(low) or low.endswith("et") or last.isupper():
        return True
    from ..resolve.gazetteer import known_place

    return not known_place(name)
