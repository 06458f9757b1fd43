"""The pattern language of media_roles.yml: the subject token and the placeholders.

A rule is read against one sentence in which the subject's mention is ``SUBJ`` and any
other known subject is ``OTHERCO``; ``{A}``, ``{OP}``, ``{BE}`` and the rest expand to the
regular expressions below (documented at the top of media_roles.yml).
"""

from __future__ import annotations

SUBJ = "SUBJ"
OTHER = "OTHERCO"
_PREPOSITIONS = (
    "at",
    "in",
    "on",
    "from",
    "via",
    "of",
    "by",
    "to",
    "with",
    "for",
    "against",
    "through",
    "about",
    "into",
    "inside",
)
_ROLE_WORDS = (
    r"(?:chief executive(?: officer)?|ceo|co-?founders?|founders?|owners?|operators?|executives?"
    r"|president|directors?|managers?|boss|chief|officers?|principals?)"
)
_NAME = r"(?-i:[A-Z])[\w.'-]+(?: (?-i:[A-Z])[\w.'-]+){0,3}"
_AGENT = "".join(f"(?<!\\b{p} )" for p in _PREPOSITIONS) + rf"{SUBJ}(?![’'])"
_PRINCIPAL = (
    rf"(?:{SUBJ}[’']s? (?:[\w-]+ ){{0,2}}?{_ROLE_WORDS}|(?:the )?{_ROLE_WORDS} (?:of|at) {SUBJ})"
    rf"(?:,? {_NAME},?)?"
)
PLACEHOLDERS = {
    "{S}": SUBJ,
    "{A}": f"(?:{_AGENT})",
    "{P}": f"(?:{_PRINCIPAL})",
    "{AP}": (
        rf"(?:{_PRINCIPAL}|{_NAME}, (?:the )?"
        rf"(?:{SUBJ}[’']s? (?:[\w-]+ ){{0,2}}?{_ROLE_WORDS}|{_ROLE_WORDS} (?:of|at) {SUBJ}),"
        rf"|{_AGENT})"
        # an optional co-subject: "SUBJ and two of its directors were charged"
        r"(?: and(?: [\w.'’-]+){1,4}?)?"
    ),
    "{OP}": rf"(?:{_PRINCIPAL}|{SUBJ}(?![’']))",
    "{BE}": (
        r"(?:(?:who |which |that )?(?:was|were|is|are)(?: not| never)?(?: being)?"
        r"|(?:who |which |that )?(?:has|had|have)(?: not| never)? been"
        r"|will(?: not)? be)"
    ),
    # comma-separated appositives: "SUBJ, 36, of Bothell, Washington,"
    # (up to eight for a list of co-defendants: "SUBJ, 49, of Queens, and Ann Roe Jr., 55, were";
    # a period inside is one of an initial or abbreviation: "Jr.,", "N.C.")
    "{APPOS}": r"(?:,(?:[^,.;]|\.(?=(?-i:[A-Z,]))){1,120}){0,8},?",
    # words between a verb and its object that are not prepositions or clause openers:
    # "charged the former prime minister SUBJ" but not "charged a man who advertised on SUBJ"
    "{OGAP}": (
        r"(?:(?!(?:on|at|in|into|inside|outside|near|who|whom|that|which|through|via|from|for"
        r"|with|of|by|and|to"
        r"|after|over|about)\b)[\w.'’-]+ ){0,4}?"
    ),
    # capitalised words or initials before a name: "fraudster R. Allen SUBJ"
    "{NGAP}": r"(?:(?-i:[A-Z])[\w.'’-]* ){0,3}",
    "{GAP}": r"(?:[^.;:]{0,80}?)",
}


def expand(pattern: str) -> str:
    """Replace the placeholders of a catalogue pattern by their regular expressions."""
    for key in sorted(PLACEHOLDERS, key=len, reverse=True):
        pattern = pattern.replace(key, PLACEHOLDERS[key])
    return pattern
