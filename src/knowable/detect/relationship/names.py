"""The names a customer goes by in its own records, and sentences that open with one.

Staff write what a customer did with the customer as the subject: "Keystone terminated
the sub, reported to DOL", "Karen reported to LAPD + NCMEC". What staff did themselves
has no subject ("Gave her the hotline #") or their own name. A customer's names are the
distinctive words of its Account name, its initials where its records use them ("RSA"),
and its Contacts' first and last names. Staff also call a customer by what it is ("College
terminated agent, reported to POEA" of a vocational college; "The hotel reported it to
PD"): the kind of business its Account names or its description opens with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from knowable.detect.relationship.reader import ReadSentence
from knowable.model import Record
from knowable.names.normalise import ORG_TYPES
from knowable.text.match import Hit, Sentence

#: Words of a business name that are not a name of this customer ("Summit Ridge Builders
#: LLC" is "summit", "ridge"): legal forms (the names matcher's), trades, places and
#: common words.
_GENERIC_WORDS = """
    companies group international usa
    visa visas immigration consultants consultant recruitment recruiting placement
    placements employment jobs workforce people staff hr payroll capital finance
    financial funding pay payments money transfer remittance remittances express
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
_GENERIC = frozenset(_GENERIC_WORDS.split()) | ORG_TYPES
#: What a business is, as staff call it by itself ("College terminated agent", "The motel
#: called the sheriff"): a customer's kind when its Account name has the word or its
#: description's first such word is it ("Vocational college (caregiving, culinary) ...").
_KIND_WORDS_TEXT = """
    college school academy university institute hotel motel inn lodge resort hostel spa
    salon clinic farm ranch orchard nursery restaurant cafe bakery bar club agency shelter
    church store shop market marketplace bank studio dealership warehouse plant factory
    mill cannery camp hospital practice charity nonprofit ngo union carrier fleet
"""
_KIND_WORDS = frozenset(_KIND_WORDS_TEXT.split())
#: A name word in any script's letters ("Tomás", "Inês", "Hélène"), apostrophes and hyphens.
_WORD = re.compile(r"[^\W\d_][\w'\-]+")


def _name_words(value: object) -> set[str]:
    return {
        w.lower()
        for w in _WORD.findall(str(value or ""))
        if len(w) >= 3 and w.lower() not in _GENERIC
    }


@dataclass(frozen=True, slots=True)
class CustomerNames:
    """A customer's names: every name word (its Account name's distinctive words, its
    Contacts' first and last names) and those that name the business or its principals
    by themselves (the Account's words and the Contacts' last names)."""

    words: frozenset[str]
    principals: frozenset[str]
    #: The Contacts' last names: the customer's own people.
    people: frozenset[str] = frozenset()
    #: What the business is, as staff call it ("college", "hotel"; ``_KIND_WORDS``).
    kinds: frozenset[str] = frozenset()


def initials(name: object) -> str | None:
    """The initials of a business name of two or more words, legal forms left out
    ("Runway Safe Alliance Inc." -> "RSA"), when they make three letters or more."""
    found = [w for w in _WORD.findall(str(name or "")) if w.lower() not in ORG_TYPES]
    letters = "".join(w[0] for w in found).upper()
    return letters if len(found) >= 2 and len(letters) >= 3 else None


def _initials_used(records: list[Record], reserved: frozenset[str]) -> dict[str, str]:
    """Each customer's initials that its own records write as a word in capitals ("RSA
    got her to a shelter"): staff's short name for it, and then one of its names. Never
    ``reserved`` words (an agency's initials: "Harbor Side Imports" is not "HSI")."""
    wanted: dict[str, str] = {}
    for record in records:
        short = initials(record.payload.get("Name")) if record.kind == "Account" else None
        if record.subject_key and short and short.lower() not in reserved:
            wanted[record.subject_key] = short
    used: dict[str, str] = {}
    for record in records:
        key = record.subject_key
        found = wanted.get(key) if key else None
        if key is None or found is None or key in used or not record.text:
            continue
        if re.search(rf"(?<![\w&]){re.escape(found)}(?![\w&])", record.text):
            used[key] = found.lower()
    return used


def customer_names(
    records: Iterable[Record], reserved: frozenset[str] = frozenset()
) -> Mapping[str, CustomerNames]:
    """Lower-case name words by subject key, from Account names and Contact names, the
    Account name's initials where the customer's records use them (unless they are one of
    the lower-case ``reserved`` words), and the nicknames the Account's description gives
    its Contacts (:func:`_nicknames`)."""
    words: dict[str, set[str]] = {}
    principals: dict[str, set[str]] = {}
    people: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}
    every = list(records)
    accounts: list[Record] = []
    for subject, short in _initials_used(every, reserved).items():
        words.setdefault(subject, set()).add(short)
        principals.setdefault(subject, set()).add(short)
    for record in every:
        key = record.subject_key
        if not key:
            continue
        if record.kind == "Account":
            found = _name_words(record.payload.get("Name"))
            principals.setdefault(key, set()).update(found)
            kinds.setdefault(key, set()).update(_kinds(record.payload))
            accounts.append(record)
        elif record.kind == "Contact":
            last = _name_words(record.payload.get("LastName"))
            found = _name_words(record.payload.get("FirstName")) | last
            principals.setdefault(key, set()).update(last)
            people.setdefault(key, set()).update(last)
        else:
            continue
        words.setdefault(key, set()).update(found)
    # nicknames once every Contact's names are known (Contacts may come after the Account)
    for account in accounts:
        key = str(account.subject_key)
        if key in people:
            words[key] |= _nicknames(account.payload.get("Description"), words[key])
    return {
        key: CustomerNames(
            frozenset(found),
            frozenset(principals.get(key, ())),
            frozenset(people.get(key, ())),
            frozenset(kinds.get(key, ())),
        )
        for key, found in words.items()
    }


#: A name in quotes between two names ("Owner Guadalupe 'Lupita' Aranda").
_QUOTED_BETWEEN = re.compile(
    r"([^\W\d_][\w'\-]+) ['\"\u2018\u201c]([^\W\d_][\w\-]+)['\"\u2019\u201d] ([^\W\d_][\w'\-]+)"
)


def _nicknames(description: object, known: set[str]) -> set[str]:
    """Nicknames an Account's description gives its people: a word in quotes between a
    first and a last name, one of which is a Contact's ("Owner Guadalupe 'Lupita'
    Aranda" -> "lupita"), so that staff calling her "Lupita" name the customer."""
    out: set[str] = set()
    for first, nickname, last in _QUOTED_BETWEEN.findall(str(description or "")):
        if {first.lower(), last.lower()} & known:
            out |= _name_words(nickname)
    return out


def _kinds(account: Mapping[str, object]) -> set[str]:
    """The kind words of an Account: any in its name, and the first in its description."""
    named = {w.lower() for w in _WORD.findall(str(account.get("Name") or ""))}
    out = named & _KIND_WORDS
    for word in _WORD.findall(str(account.get("Description") or "")):
        if word.lower() in _KIND_WORDS:
            out.add(word.lower())
            break
    return out


def opens_with_name(sentence: Sentence, text: str, names: frozenset[str]) -> bool:
    """Whether one of the first two words of ``sentence`` is one of ``names`` (its
    subject: "Keystone terminated ...", "Owner Karen reported ...")."""
    return any(text[t.start : t.end].lower() in names for t in sentence.tokens[:2])


#: Pronouns that open a sentence about the person the sentence before opened with.
_FOLLOW_ON = frozenset({"she", "he", "they"})


def opens_with_kind(sentence: Sentence, text: str, kinds: frozenset[str]) -> bool:
    """Whether the sentence's subject is the customer called by its kind: it opens with one
    of ``kinds`` capitalised ("College terminated agent") or after "the" ("The hotel
    reported it")."""
    tokens = sentence.tokens
    if not tokens or not kinds:
        return False
    first = text[tokens[0].start : tokens[0].end]
    if first.lower() in kinds:
        return first[:1].isupper()
    return (
        first.lower() == "the"
        and len(tokens) > 1
        and text[tokens[1].start : tokens[1].end].lower() in kinds
    )


#: One of the customer's names, then a colon and an opening quote: what follows is the
#: customer's own words ("Mara (SD T&S): 'We have banned ...", "Fwd from Grace: 'We
#: pulled ..."), a name word at most forty characters before the colon.
_HANDOVER = re.compile(r"""[^:.!?'"\u2018\u201c]{0,40}?:\s*(['"\u2018\u201c])""")

#: The quote that closes each opening one.
_CLOSING = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}


def _hands_over(sentence: Sentence, text: str, names: frozenset[str]) -> str | None:
    """The opening quote when ``sentence`` opens a quote of the customer's own words: one
    of ``names`` among its first three words, then a colon and an opening quote."""
    for token in sentence.tokens[:3]:
        if text[token.start : token.end].lower() in names:
            found = _HANDOVER.match(text, token.end)
            if found is not None:
                return found.group(1)
    return None


def _closes_quote(sentence: Sentence, text: str, opening: str) -> bool:
    """Whether the quote ``opening`` opened closes right after ``sentence``'s last word
    (an inner quote of the other kind does not: 'keep passports safe during the
    season".')."""
    if not sentence.tokens:
        return False
    after = text[sentence.tokens[-1].end :].lstrip(".!?,;)")
    return after.startswith(_CLOSING[opening])


def named_openings(
    sentences: Iterable[Sentence],
    text: str,
    names: frozenset[str],
    kinds: frozenset[str] = frozenset(),
) -> list[bool]:
    """For each sentence in order, whether its subject is the customer by name: it opens
    with one of ``names`` (:func:`opens_with_name`) or with its kind (:func:`opens_with_kind`),
    or with "she", "he" or "they" right after a sentence that did ("Elena found out the
    agency kept their passports. She reported it to the AG."); or it stands in a quote of
    the customer's own words that one of its names opens ("Fwd from Grace: 'We pulled 14
    employer accounts ... All 14 are banned, and we sent the file to DOL WHD.'"; rules
    2026.12.33), until the quote closes."""
    out: list[bool] = []
    before = False
    voice: str | None = None  # the opening quote of the customer's words, while open
    for sentence in sentences:
        first = sentence.tokens[:1]
        follows = bool(
            before and first and text[first[0].start : first[0].end].lower() in _FOLLOW_ON
        )
        voice = voice or _hands_over(sentence, text, names)
        before = (
            voice is not None
            or opens_with_name(sentence, text, names)
            or opens_with_kind(sentence, text, kinds)
            or follows
        )
        out.append(before)
        if voice is not None and _closes_quote(sentence, text, voice):
            voice = None
    return out


#: Words of place that put what a sentence tells beside the customer named right after
#: them, not at it ("raid at the Parkway Motel next to Maple & Rye"), lower-case.
_BESIDE = (
    ("next", "to"),
    ("next", "door", "to"),
    ("near",),
    ("beside",),
    ("across", "from"),
    ("opposite",),
    ("adjacent", "to"),
    ("down", "the", "street", "from"),
    ("around", "the", "corner", "from"),
)


def _named_after(
    sentence: Sentence, text: str, names: frozenset[str], before: tuple[tuple[str, ...], ...]
) -> bool:
    """Whether one of the word sequences ``before`` stands right before one of the
    customer's capitalised ``names``."""
    tokens = sentence.tokens
    words = [text[t.start : t.end].lower() for t in tokens]
    for k in range(1, len(tokens)):
        if not text[tokens[k].start : tokens[k].start + 1].isupper():
            continue
        # a hyphenated name is one word of the Account's name ("not Tri-County")
        whole = _WORD.match(text, tokens[k].start)
        if words[k] not in names and (whole is None or whole.group().lower() not in names):
            continue
        if any(k >= len(w) and tuple(words[k - len(w) : k]) == w for w in before):
            return True
    return False


def names_not(sentence: Sentence, text: str, names: frozenset[str]) -> bool:
    """Whether the sentence sets the customer aside by name: "not" right before one of
    its capitalised ``names`` ("subpoena for records of the tipper (not Tidewater)")."""
    return _named_after(sentence, text, names, (("not",),))


def names_beside(sentence: Sentence, text: str, names: frozenset[str]) -> bool:
    """Whether the sentence places what it tells beside the customer by name: a word of
    place (``_BESIDE``) right before one of its capitalised ``names`` ("raid at the motel
    next to Maple & Rye")."""
    return _named_after(sentence, text, names, _BESIDE)


def with_names(
    read: ReadSentence, text: str, names: CustomerNames, principal: str, own: str | None
) -> ReadSentence:
    """``read`` with a ``principal`` hit on every capitalised word that names the customer
    or one of its principals, and an ``own`` hit (the roles' word for the customer's own
    people) on its Contacts' last names: "Gary Tolland arrested by HSI" is police acting
    on the customer's own when Gary Tolland is its Contact. A name right before a colon
    is the one speaking, not a party, and gets neither."""
    extra: list[Hit] = []
    for k, token in enumerate(read.sentence.tokens):
        if not text[token.start : token.start + 1].isupper():
            continue
        if text[token.end : token.end + 2].lstrip().startswith(":"):
            # the one speaking ("Det. Oyelaran: HT unit records interviews of minors
            # recovered in stings"), not a party to what is told (rules 2026.12.34)
            continue
        word = text[token.start : token.end].lower()
        if word in names.principals:
            extra.append(Hit(principal, k, k, False))
        if own is not None and word in names.people:
            extra.append(Hit(own, k, k, False))
    return ReadSentence(read.sentence, (*read.hits, *extra)) if extra else read
