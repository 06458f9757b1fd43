"""The names a customer goes by in its own records, and sentences that open with one.

Staff write what a customer did with the customer as the subject: "Keystone terminated
the sub, reported to DOL", "Karen reported to LAPD + NCMEC". What staff did themselves
has no subject ("Gave her the hotline #") or their own name. A customer's names are the
distinctive words of its Account name and its Contacts' first and last names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from knowable.model import Record
from knowable.text.match import Sentence

#: Words of a business name that are not a name of this customer ("Summit Ridge Builders
#: LLC" is "summit", "ridge"): legal forms, trades, places and common words.
_GENERIC_WORDS = """
    inc llc ltd co corp corporation company companies group holdings international usa
    america american national global worldwide solutions partners services service center
    centre club spa spas hotel hotels motel motels inn inns salon salons restaurant bar
    grill staffing labor labour farms farm construction builders agency agencies home homes
    care health network systems media studio studios app apps platform marketplace new city
    north south east west the and for of de del la las los le les des da do dos das
    consulting management logistics transport express travel tours events talent models
    modeling modelling dating chat massage beauty nails nail wellness fitness foods food
    market markets supply trading imports exports cleaning janitorial property properties
    rentals rental housing lodge suites resort church foundation fund trust alliance
    coalition project society association institute law legal office offices clinic
    clinics medical family families community
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def _name_words(value: object) -> set[str]:
    return {
        w.lower()
        for w in _WORD.findall(str(value or ""))
        if len(w) >= 3 and w.lower() not in _GENERIC
    }


def customer_names(records: Iterable[Record]) -> Mapping[str, frozenset[str]]:
    """Lower-case name words by subject key, from Account names and Contact names."""
    found: dict[str, set[str]] = {}
    for record in records:
        if not record.subject_key:
            continue
        if record.kind == "Account":
            words = _name_words(record.payload.get("Name"))
        elif record.kind == "Contact":
            words = _name_words(record.payload.get("FirstName")) | _name_words(
                record.payload.get("LastName")
            )
        else:
            continue
        found.setdefault(record.subject_key, set()).update(words)
    return {key: frozenset(words) for key, words in found.items()}


def opens_with_name(sentence: Sentence, text: str, names: frozenset[str]) -> bool:
    """Whether one of the first two words of ``sentence`` is one of ``names`` (its
    subject: "Keystone terminated ...", "Owner Karen reported ...")."""
    return any(text[t.start : t.end].lower() in names for t in sentence.tokens[:2])
