"""Who did what to whom: the roles a sentence of the provider's records shows.

Two readings, both pure and driven by ``catalogue/relationship_rules.yml`` (``roles:``):

* **who the customer is** (:func:`customer_identity`): the Account record's own fields
  (Name, Industry, Type, Description) may declare a protective identity (police, a
  prosecutor or court, victim services, legal aid, research or a non-profit working on
  exploitation, a trust-and-safety vendor). For such a customer, sentences about
  exploitation describe its work: only the customer itself, its people or premises as
  the target of police action count against it.
* **the grammatical actor and object** of each sentence (:func:`read_roles`), at the level
  word classes and their order allow without a parser: a protective action whose object
  is a third party ("offboarded two of its merchants", "sellers were removed", "reported
  by the customer"), police action on a third party ("a guest was arrested"), a crime
  done to the customer ("they were defrauded"), police action against the customer
  ("the owner was arrested").

The reading is shown in every signal's explanation as actor, action and object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from knowable.catalogue.relationship import GrammarSpec, RelationshipRules, RolesSpec
from knowable.model import Record
from knowable.text.match import ConceptMatcher, Hit, Sentence, Token, sentences
from knowable.text.stemmer import stem

#: Roles in which a sentence says nothing against the customer: it acts on third parties
#: (``protective``), police act on someone else (``third_party``), it is the victim of a
#: crime (``victim``), or it describes the work of a customer whose identity is
#: protective (``work``), or staff checked an allegation and found it unfounded
#: (``cleared``).
NOT_AGAINST = frozenset({"protective", "third_party", "victim", "work", "cleared"})

ROLE_WORDS = {
    "target": "the customer or its people as the target of police action",
    "protective": "the customer detecting, reporting or fighting abuse, or serving victims",
    "third_party": "police or the customer acting on someone else",
    "victim": "the customer as the victim of a crime",
    "work": "the work of a customer whose identity is protective",
    "cleared": "an allegation checked and found unfounded",
    "actor": "the customer's own conduct",
}

CUSTOMER = "the customer"


@dataclass(frozen=True, slots=True)
class RoleReading:
    """Who did what to whom in one sentence: ``role`` (a key of :data:`ROLE_WORDS`) and
    the words read as actor, action and object."""

    role: str
    actor: str
    action: str
    object: str

    def words(self) -> str:
        parts = [p for p in (self.actor, self.action, self.object) if p]
        return " \u2192 ".join(parts)


@dataclass(frozen=True, slots=True)
class Identity:
    """A protective identity read from the customer's Account: which kind, from which
    field and words."""

    kind: str
    field: str
    terms: str

    def words(self) -> str:
        return f"{self.kind} ({self.field}: {self.terms})"


def _surface(sentence: Sentence, text: str | None, hit: Hit) -> str:
    tokens = sentence.tokens
    if text is None:
        return " ".join(t.stem for t in tokens[hit.first : hit.last + 1])
    return text[tokens[hit.first].start : tokens[hit.last].end]


def _positive(hits: Sequence[Hit], concept: str) -> list[Hit]:
    return [h for h in hits if h.concept == concept and not h.negated]


def _parties(
    sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec, text: str | None = None
) -> list[tuple[Hit, Hit]]:
    """(determiner, party) pairs: a party noun introduced by a determiner or a number that
    makes it someone other than the customer ("their merchants", "a guest", "one of its
    users", "19 live merchants"), and, given the ``text``, content items in the plural
    under a number ("27 massage listings": the grammar's ``counted``)."""
    dets = _positive(hits, grammar.determiner)
    dets += [
        Hit("number", k, k, False)
        for k, token in enumerate(sentence.tokens)
        if token.stem.isdigit()
    ]
    out: list[tuple[Hit, Hit]] = []
    for party in _positive(hits, grammar.business) if grammar.business else []:
        before = _introducing(sentence, dets, party, grammar.determiner_gap)
        before = [d for d in before if not _own_determiner(sentence, d)]
        if before:
            out.append((max(before, key=lambda d: (d.last, d.last - d.first)), party))
    for party in _positive(hits, grammar.party):
        before = _introducing(sentence, dets, party, grammar.determiner_gap)
        if before:
            out.append((max(before, key=lambda d: (d.last, d.last - d.first)), party))
    numbers = [d for d in dets if d.concept == "number"]
    for party in _positive(hits, grammar.counted) if grammar.counted else []:
        before = _introducing(sentence, numbers, party, grammar.determiner_gap)
        if before and _plural(sentence, party, text) and text is not None:
            det = max(before, key=lambda d: d.last)
            # "pulled 11 Lakeshore listings": a name between says whose they are
            between = sentence.tokens[det.last + 1 : party.first]
            if not any(text[t.start : t.end][:1].isupper() for t in between):
                out.append((det, party))
    return out


def _introducing(sentence: Sentence, dets: Sequence[Hit], party: Hit, gap: int) -> list[Hit]:
    """The determiners right before ``party`` (at most ``gap`` words between); a number
    only with no clause break between them: "before 3 yrs, company keeps the passports" is
    the customer's own company, not three companies (rules 2026.12.28)."""
    return [
        d
        for d in dets
        if 0 <= party.first - d.last - 1 <= gap
        and not (
            d.concept == "number"
            and any(sentence.tokens[k].breaks_before for k in range(d.last + 1, party.first + 1))
        )
    ]


#: "account" as staff write it after a party noun ("their merchant acct").
_ACCOUNT_WORDS = frozenset({"account", "acct", "acc", "accts"})


#: What legal process asks a provider for about its own customer: "subscriber records",
#: "subscriber + billing records", "subscriber info".
_SUBSCRIBER_RECORDS = frozenset({"record", "records", "info", "information", "data", "billing"})


def _followed_by_account(sentence: Sentence, party: Hit, text: str | None = None) -> bool:
    """ "their merchant account" is the customer's own account, not a merchant of its
    ("the uploader's account", a possessive, is the party's); "subscriber records" are
    the provider's records of the customer, its subscriber."""
    nxt = party.last + 1
    if nxt >= len(sentence.tokens):
        return False
    token = sentence.tokens[nxt]
    if text is not None and token.stem not in _ACCOUNT_WORDS:
        word = text[sentence.tokens[party.first].start : sentence.tokens[party.last].end]
        following = text[token.start : token.end].lower()
        return word.lower() == "subscriber" and following in _SUBSCRIBER_RECORDS
    if token.stem not in _ACCOUNT_WORDS:
        return False
    return text is None or not _possessive(sentence, party, text)


def _possessive(sentence: Sentence, hit: Hit, text: str) -> bool:
    """Whether ``hit``'s last word is written as a possessive ("the uploader's", "sellers'")."""
    end = sentence.tokens[hit.last].end
    return text[end - 2 : end] in ("'s", "\u2019s") or text[end : end + 1] in ("'", "\u2019")


#: Determiners under which "<party> account" is the customer's own account ("their
#: merchant account"); under any other ("a payee account", "40 merchant accounts", "one
#: of their merchant accounts") the accounts are the customer's parties'.
_OWN_DETERMINERS = frozenset({"their", "its", "the", "our", "his", "her"})


def _own_account(sentence: Sentence, det: Hit, party: Hit, text: str | None) -> bool:
    """Whether "<det> <party> account" is the customer's own account: "account" after a
    party noun with no determiner or a possessive one."""
    # the account may be in the party's own name ("their employer account": the
    # customer's, "212 employer accts": others'; rules 2026.12.34)
    named = sentence.tokens[party.last].stem in _ACCOUNT_WORDS
    if not (named or _followed_by_account(sentence, party, text)):
        return False
    return det is party or _own_determiner(sentence, det)


def _own_determiner(sentence: Sentence, det: Hit) -> bool:
    """Whether the determiner is possessive of the customer or definite ("their", "the")."""
    stems = {sentence.tokens[k].stem for k in range(det.first, det.last + 1)}
    return stems <= _OWN_DETERMINERS


def _plural(sentence: Sentence, hit: Hit, text: str | None) -> bool:
    """Whether the party noun is written in the plural ("sellers", "profiles"): a class
    of others, never the one customer. Needs the text (False without it)."""
    if text is None:
        return False
    token = sentence.tokens[hit.last]
    word = text[token.start : token.end].lower()
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


#: Words that may stand between a verb and its object's determiner ("removed the two of
#: its sellers", "banned 14 of their users", "delisted about 200 sellers"): articles,
#: "of" and words that round a number; numbers are added below.
_FILLERS = frozenset(
    {"the", "of", "all", "both", "about", "around", "roughly", "nearly", "approximately",
     "approx", "over", "almost", "some", "another", "~"}
)  # fmt: skip


#: Words that may follow a noun phrase's head ("vendor X after ...", "seller for ...").
_AFTER_HEAD = frozenset(
    stem(w)
    for w in (
        "after",
        "for",
        "over",
        "because",
        "and",
        "from",
        "with",
        "on",
        "in",
        "since",
        "when",
        "who",
        "that",
        "at",
        "to",
        "by",
        "as",
        "which",
        "last",
        "this",
        "today",
        # "removed that employer same day" (rules 2026.12.36)
        "same",
        "immediately",
        "outright",
        "permanently",
    )
)


#: Words that never stand between a verb and its bare object's head.
_NOT_MODIFIERS = frozenset(
    stem(w)
    for w in (
        "our",
        "their",
        "its",
        "his",
        "her",
        "my",
        "your",
        "the",
        "a",
        "an",
        "through",
        "to",
        "for",
        "from",
        "with",
        "via",
        "in",
        "on",
        "at",
        "by",
        "of",
    )
)


def _direct_object(sentence: Sentence, act: Hit, party: Hit, text: str | None) -> bool:
    """Whether the singular party noun ``party`` is the bare object of ``act``: right
    after it or after one modifier ("terminated cleaning vendor 'X'"), no clause break,
    the head of its noun phrase, and a noun as written (not "hosted", "guest" in "guest
    registration")."""
    tokens = sentence.tokens
    gap = party.first - act.last - 1
    if not 0 <= gap <= 1 or text is None or _plural(sentence, party, text):
        return False
    between = tokens[act.last + 1 : party.first]
    if any(t.stem in _NOT_MODIFIERS for t in between):
        return False
    if any(t.breaks_before for t in tokens[act.last + 1 : party.first + 1]):
        return False
    written = text[tokens[party.last].start : tokens[party.last].end].lower()
    if written.endswith(("ed", "ing")):
        return False
    return _ends_noun_phrase(sentence, party, text) or _severed_of(sentence, act, party)


#: Acts that end a relationship with the party named after them: "terminated franchise
#: of their Tulsa property" names the franchise; "helped client of the spa" or "verified
#: user of the account" may name the customer's own people (rules 2026.12.32).
#: (One form per stem: "terminated" stems as "terminate" does; "expelled" does not.)
_SEVERING = frozenset(
    stem(w)
    for w in (
        "terminate", "offboard", "delist", "ban", "suspend", "evict", "expel", "expelled",
        "drop", "deactivate",
    )
)  # fmt: skip


#: Words before "cut" that make it a noun, a share of money ("he takes a cut off the
#: drivers"), not the act of cutting someone off.
_SHARE_BEFORE = frozenset(stem(w) for w in ("a", "an", "his", "her", "their", "its", "my", "our"))


def _a_cut(sentence: Sentence, act: Hit) -> bool:
    """Whether the action ``act`` is the noun "cut" ("takes a cut off the drivers";
    rules 2026.12.34)."""
    tokens = sentence.tokens
    return (
        act.first > 0
        and tokens[act.first].stem == "cut"
        and tokens[act.first - 1].stem in _SHARE_BEFORE
    )


#: Words that point at one particular party among several ("that employer").
_DEMONSTRATIVES = frozenset(stem(w) for w in ("that", "this"))


def _named_objects(
    sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec, act: Hit, text: str | None
) -> list[Hit]:
    """``named_party`` nouns that are the bare object of ``act`` and have a name right
    after them ("removed employer 'Green Ridge Labor Contracting'") or a demonstrative
    right before them ("they removed that employer same day"; rules 2026.12.36): one
    particular employer or recruiter among many, never the customer itself."""
    if grammar.named_party is None or text is None:
        return []
    tokens = sentence.tokens
    return [
        named
        for named in _positive(hits, grammar.named_party)
        if _direct_object(sentence, act, named, text)
        and (
            (named.first > 0 and tokens[named.first - 1].stem in _DEMONSTRATIVES)
            or (named.last + 1 < len(tokens) and _name_after(sentence, named, text))
        )
    ]


def _severed_of(sentence: Sentence, act: Hit, party: Hit) -> bool:
    """Whether ``party`` is followed by "of" and ``act`` is a one-word act that ends a
    relationship ("terminated franchise of their property")."""
    nxt = party.last + 1
    return (
        act.first == act.last
        and sentence.tokens[act.first].stem in _SEVERING
        and nxt < len(sentence.tokens)
        and sentence.tokens[nxt].stem == "of"
        and not sentence.tokens[nxt].breaks_before
    )


def _ends_noun_phrase(sentence: Sentence, party: Hit, text: str) -> bool:
    """Whether ``party`` is the head of its noun phrase: the sentence ends after it, a
    clause break or a function word follows, or a name does (quoted or capitalised in the
    text: "vendor 'SparkleTeam'"), not another noun it modifies ("guest registration")."""
    tokens = sentence.tokens
    if party.last + 1 >= len(tokens):
        return True
    after = tokens[party.last + 1]
    if after.breaks_before or after.stem in _AFTER_HEAD:
        return True
    if _shorthand_and(text, tokens[party.last], after):
        return True  # "suspended the supplier + reported"
    return _name_after(sentence, party, text)


def _name_after(sentence: Sentence, party: Hit, text: str) -> bool:
    """Whether a name follows ``party`` right after it: quoted or capitalised in the text
    ("vendor 'SparkleTeam'", "employer Ridge Co."). ``party`` must not end the sentence."""
    tokens = sentence.tokens
    after = tokens[party.last + 1]
    between = text[tokens[party.last].end : after.start]
    return any(q in between for q in "'\"‘“«") or text[after.start : after.start + 1].isupper()


def _shorthand_and(text: str, left: Token, right: Token) -> bool:
    """Whether staff's "+" or "&" (their "and") stands between two tokens."""
    return any(c in text[left.end : right.start] for c in "+&")


def _object_of(
    sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec, act: Hit, start: Hit
) -> bool:
    """Whether the noun phrase beginning at ``start`` is the object of the verb ``act``:
    it follows the verb within the grammar's window with nothing but determiners,
    articles, "of" and numbers in between (the first noun phrase after the verb)."""
    gap = start.first - act.last - 1
    if gap < 0 or gap > grammar.window:
        return False
    covered = {k for d in _positive(hits, grammar.determiner) for k in range(d.first, d.last + 1)}
    tokens = sentence.tokens
    return all(
        k in covered or tokens[k].stem in _FILLERS or tokens[k].stem.isdigit()
        for k in range(act.last + 1, start.first)
    )


def _about(
    sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec, act: Hit, start: Hit
) -> bool:
    """Whether police action ``act`` is about the noun phrase beginning at ``start``: an
    ``about`` preposition after the action, within the window, introduces it ("subpoena
    re: one subscriber", "warrant for the uploader's data")."""
    for a in _positive(hits, grammar.about):
        if not 0 <= a.first - act.last - 1 <= grammar.window or a.last >= start.first:
            continue
        probe = Hit(a.concept, a.first, a.last, False)
        if _object_of(sentence, hits, grammar, probe, start):
            return True
        # records held about someone: "subpoena for all lots from a former supplier"
        asked = [t.stem for t in sentence.tokens[a.last + 1 : start.first]]
        dets = {k for d in _positive(hits, grammar.determiner) for k in range(d.first, d.last + 1)}
        while asked and a.last + len(asked) in dets:
            asked.pop()  # the other determiners of the party's noun phrase
        if (
            asked
            and asked[-1] in _RECORD_LINKS
            and any(t in _RECORD_WORDS for t in asked)
            and all(t in _RECORD_WORDS or t in _RECORD_LINKS or t in _FILLERS for t in asked)
            and start.first - a.last - 1 <= grammar.window
        ):
            return True
        # after "re", "about", "regarding" or "concerning", a party noun with no
        # determiner may carry one adjective ("re adult user"); not after "for" or "of",
        # where the word between is often the customer's own ("for site + applicant DB")
        gap = start.first - a.last - 1
        named = {t.stem for t in sentence.tokens[a.first : a.last + 1]}
        if (
            start.concept == grammar.party
            and 0 < gap <= grammar.determiner_gap
            and named & _TOPICAL
        ):
            between = sentence.tokens[a.last + 1 : start.first]
            if not any(t.breaks_before for t in (*between, sentence.tokens[start.first])):
                return True
    return False


#: What a request for records asks for, and the words that tie it to whom they are about
#: (stems): "subpoena for all lots from a former Thai supplier".
_RECORD_WORDS = frozenset(
    {"record", "lot", "data", "file", "history", "shipment", "invoic", "transaction", "payment",
     "booking", "log", "document", "doc", "account", "all", "full"}
)  # fmt: skip
_RECORD_LINKS = frozenset({"from", "of", "with", "to", "involv"})

#: Prepositions that name what police action is about (stems).
_TOPICAL = frozenset({"re", "about", "regard", "regarding", "concern", "concerning"})


def _ends_clause(sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec, act: Hit) -> bool:
    """Whether nothing but a clause end or a ``reduced_passive_next`` word follows the
    participle ``act`` (a passive written without its auxiliary)."""
    nxt = act.last + 1
    if nxt >= len(sentence.tokens) or sentence.tokens[nxt].breaks_before:
        return True
    return any(h.first == nxt for h in _positive(hits, grammar.reduced_passive_next))


def _reported_to_authority(
    sentence: Sentence,
    hits: Sequence[Hit],
    grammar: GrammarSpec,
    passives: list[Hit],
    external: list[Hit],
    text: str | None = None,
) -> tuple[Hit, Hit] | None:
    """(verb, authority) when the customer reports someone to an authority: a
    ``report_to`` verb, then "to" right before an ``authority`` term within the window,
    the verb not in the passive ("was reported to police" is someone reporting the
    customer), nobody else (``others``, external actors) before it, and the customer or
    its people not what is reported ("reported the owner to police")."""
    if grammar.report_to is None:
        return None
    tokens = sentence.tokens
    authorities = [h for c in grammar.authority for h in _positive(hits, c)]
    others = [h for c in grammar.others for h in _positive(hits, c)] + external
    own = _positive(hits, grammar.self)
    calls = _positive(hits, grammar.call_to) if grammar.call_to else []
    asked = _positive(hits, grammar.request) if grammar.request else []
    authorities += _police_short(sentence, text)
    for verb in _positive(hits, grammar.report_to) + calls:
        if any(0 <= verb.first - v.last - 1 <= 1 for v in passives):
            continue
        if _right_after(verb, asked):
            continue
        if verb in calls and _a_means(tokens, verb):
            continue  # "told me on phone 'cops are asking again'": the phone, no call
        if any(_subject_of(sentence, o, verb, text) for o in others if o not in authorities):
            continue
        for authority in authorities:
            gap = authority.first - verb.last - 1
            # a place's name before the authority ("called Denver PD", "reported it to
            # the Fort Worth police"): the authority's own name, not someone between
            place = _place_before(sentence, text, authority, verb.last + 1)
            if verb in calls:
                # the authority is what is called: right after the verb or after "the"
                if not (
                    gap - place == 0 or (gap - place == 1 and tokens[verb.last + 1].stem == "the")
                ):
                    continue
            elif not 1 <= gap <= grammar.window + 1 or not _to_authority(
                tokens, verb, authority.first - place, named=place > 0
            ):
                continue
            # the customer's people between the verb and the authority ("reported the
            # owner to police"); not a word of the authority's own name ("called the
            # sheriff", which is the customer itself only for a sheriff's office)
            if any(verb.last < h.first and h.last < authority.first for h in own):
                continue
            return verb, authority
    return None


#: Words before a call word that make it the means of talking ("on phone", "over the
#: phone", "by phone"), not a call to whoever is named next (rules 2026.12.29).
_MEANS_BEFORE = frozenset({"on", "over", "by", "via"})


def _a_means(tokens: Sequence[Token], verb: Hit) -> bool:
    """Whether the call word ``verb`` follows "on", "over", "by" or "via", directly or
    with "the" between: a noun naming how someone spoke."""
    at = verb.first - 1
    if at >= 0 and tokens[at].stem == "the":
        at -= 1
    return at >= 0 and tokens[at].stem in _MEANS_BEFORE


def _to_authority(tokens: Sequence[Token], verb: Hit, lead: int, named: bool) -> bool:
    """Whether "to" (or, before an authority named with its place, "to the": "reported it
    to the Fort Worth police") stands after ``verb`` right before the authority's name,
    whose first word is ``lead``."""
    if lead - 1 > verb.last and tokens[lead - 1].stem == "to":
        return True
    return (
        named
        and lead - 2 > verb.last
        and tokens[lead - 1].stem == "the"
        and tokens[lead - 2].stem == "to"
    )


#: A police department written by its initials after a place ("Denver PD"), in capitals.
_POLICE_SHORT = frozenset({"PD"})


def _police_short(sentence: Sentence, text: str | None) -> list[Hit]:
    """Hits for "PD" written in capitals right after a capitalised place name ("Denver
    PD", "Fort Worth PD"): police as what is called or reported to. Alone "PD" stays
    ambiguous and is glossed for the model only (crm_language.yml)."""
    if text is None:
        return []
    tokens = sentence.tokens
    return [
        Hit("police_short", k, k, False)
        for k in range(1, len(tokens))
        if text[tokens[k].start : tokens[k].end] in _POLICE_SHORT
        and _place_before(sentence, text, Hit("police_short", k, k, False), 0) > 0
    ]


def _place_before(sentence: Sentence, text: str | None, authority: Hit, floor: int) -> int:
    """How many capitalised words (at most two, no break before any but the first, none
    before ``floor``) name a place right before ``authority`` ("Denver", "Fort Worth")."""
    if text is None:
        return 0
    tokens = sentence.tokens
    count = 0
    k = authority.first - 1
    while count < 2 and k >= floor:
        word = text[tokens[k].start : tokens[k].end]
        if not (word[:1].isupper() and word.isalpha()) or tokens[k + 1].breaks_before:
            break
        count += 1
        k -= 1
    return count


def reports_to_authority(
    sentence: Sentence, hits: Sequence[Hit], rules: RelationshipRules, text: str | None = None
) -> bool:
    """Whether the customer reports to or calls an authority in ``sentence`` ("Security
    separated them + called Denver PD"), as :func:`read_roles` reads it before the rest of
    the sentence's grammar."""
    grammar = rules.roles.grammar if rules.roles is not None else None
    if grammar is None:
        return False
    passives = _positive(hits, grammar.passive)
    external = [h for c in grammar.external_actors for h in _positive(hits, c)]
    return _reported_to_authority(sentence, hits, grammar, passives, external, text) is not None


def _after_aside(sentence: Sentence, who: Hit, text: str | None) -> int:
    """The index of the last token of a bracketed aside right after ``who`` ("their sub
    (not our merchant) was holding"), else ``who.last``."""
    tokens = sentence.tokens
    if text is None or who.last + 1 >= len(tokens):
        return who.last
    opened = text.find("(", tokens[who.last].end, tokens[who.last + 1].start)
    if opened < 0:
        return who.last
    closed = text.find(")", opened, sentence.end)
    if closed < 0:
        return who.last
    inside = [k for k in range(who.last + 1, len(tokens)) if tokens[k].end <= closed]
    return inside[-1] if inside and len(inside) <= 8 else who.last


def _subject_of(sentence: Sentence, who: Hit, verb: Hit, text: str | None = None) -> bool:
    """Whether ``who`` stands as the subject right before ``verb`` ("neighbours reported",
    "a guest later reported"): at most two words between, none of them "and" or "then"
    (an object of an earlier verb: "pulled that franchise and reported") nor a break. With
    ``text``, a bracketed aside right after ``who`` is passed over."""
    last = _after_aside(sentence, who, text)
    gap = verb.first - last - 1
    if gap < 0 or gap > 2:
        return False
    tokens = sentence.tokens
    if text is not None and _shorthand_and(text, tokens[last], tokens[verb.first]):
        return False  # "suspended the supplier + reported"
    between = sentence.tokens[last + 1 : verb.first + 1]
    # the closing bracket of an aside breaks before the next word; nothing else may
    if any(t.breaks_before for t in between[1 if last != who.last else 0 :]):
        return False
    # nor a verb of speech: "caller said owner took her ID" is the owner taking it
    return not any(t.stem in ("and", "then", "but") or t.stem in _SPEECH for t in between[:-1])


#: Stems of verbs that report speech ("said", "told", "dijo", "disse", "a dit").
_SPEECH = frozenset({"say", "tell", "stat", "claim", "mention", "explain", "dijo", "diss", "dit"})


#: Subjects of a relative clause with no "that": "merchants they shut down".
_CLAUSE_SUBJECTS = frozenset({"they", "we", "it", "he", "she"})


def _relative_object(sentence: Sentence, party: Hit, act: Hit) -> bool:
    """Whether ``party`` is the object of ``act`` in a relative clause right after it
    ("merchants they shut down", "the sellers we removed"): one subject pronoun between,
    no clause break."""
    if act.first != party.last + 2:
        return False
    between = sentence.tokens[party.last + 1]
    return (
        between.stem in _CLAUSE_SUBJECTS
        and not between.breaks_before
        and not sentence.tokens[act.first].breaks_before
    )


#: Words after a training word that make it a charge ("processing + training fee").
_CHARGE_WORDS = frozenset({"fee", "cost", "charg", "bond", "deposit", "debt", "loan"})


def _trained_on(
    sentence: Sentence, training: Sequence[Hit], topic: Sequence[Hit]
) -> list[tuple[Hit, Hit]]:
    """(training, topic) pairs where the topic is what the training is about: up to five
    words after it in the same clause ("a seminar on spotting sex trafficking") or up to
    two before it ("trafficking awareness training"). A topic word elsewhere in the
    sentence ("a 'travel & training' debt ...; holds passports") is not its subject, and
    a training word followed by a charge ("training fee", "training bond") is no course."""
    tokens = sentence.tokens
    pairs = []
    for course in training:
        after_course = tokens[course.last + 1].stem if course.last + 1 < len(tokens) else ""
        if after_course in _CHARGE_WORDS:
            continue  # a "training fee" is a charge on the worker, not a course
        for subject in topic:
            after = subject.first - course.last - 1
            before = course.first - subject.last - 1
            unbroken = not any(t.breaks_before for t in tokens[course.last + 1 : subject.first + 1])
            if (0 <= after <= 5 and unbroken) or 0 <= before <= 2:
                pairs.append((course, subject))
    return pairs


def _introduced_as_third_party(sentence: Sentence, act: Hit, text: str) -> Hit | None:
    """The subject right before ``act`` when the record introduced it as a third party
    ("housekeeping came through a 3rd-party staffing firm ... the firm held their
    passports"): the word, at most one word before the verb, that the record's text
    names after "third-party" or "3rd-party" with up to two words between, unless the
    customer says it is one ("we are a third-party staffing firm")."""
    tokens = sentence.tokens
    lowered = text.lower()
    if "party" not in lowered and "parties" not in lowered:
        return None
    for k in range(max(0, act.first - 2), act.first):
        word = lowered[tokens[k].start : tokens[k].end]
        if len(word) < 3 or not word.isalpha() or tokens[k + 1].breaks_before:
            continue
        pattern = rf"\b(?:third|3rd)[- ]part(?:y|ies)\s+(?:[a-z-]+\s+){{0,2}}{re.escape(word)}s?\b"
        for found in re.finditer(pattern, lowered):
            if not re.search(r"\b(?:we are|we're|is|are|as)\s+an?\s+$", lowered[: found.start()]):
                return Hit("third_party", k, k, False)
    return None


def _harm_by_party(
    sentence: Sentence,
    hits: Sequence[Hit],
    grammar: GrammarSpec,
    parties: Sequence[tuple[Hit, Hit]],
    text: str | None = None,
) -> tuple[Hit, Hit, Hit] | None:
    """(determiner, party, harm verb) when a party of the customer's does the harm: the
    party is the verb's subject ("a host family holding her passport"), its agent after
    "by" ("held by a host family") or the one on whose premises it is found ("at a
    supplier's factory ... passports held by the dorm manager"); a ``party_harm_by`` word
    only as a passive with its agent ("was trafficked by a previous employer")."""
    tokens = sentence.tokens
    passives = _positive(hits, grammar.passive)

    def by_agent(act: Hit, det: Hit) -> bool:
        return act.last + 1 < det.first <= act.last + 2 and tokens[act.last + 1].stem == "by"

    def premises(det: Hit, party: Hit) -> bool:
        # "at a supplier's factory": the harm found on that party's premises
        if text is None or det.first == 0 or tokens[det.first - 1].stem != "at":
            return False
        return _possessive(sentence, party, text)

    acts = [h for c in grammar.party_harm for h in _positive(hits, c)]
    # a named actor inside a party's words ("his last boss") is that party
    inside = {k for _, p in parties for k in range(p.first, p.last + 1)}
    doers = [h for c in grammar.harm_doers for h in _positive(hits, c)]
    # ... and a harm doer's own words ("a man holding passports") are not the customer's
    inside |= {k for d in doers for k in range(d.first, d.last + 1)}
    named = [
        h
        for c in grammar.named_actors
        for h in _positive(hits, c)
        if not (h.first in inside and h.last in inside)
    ]
    if any(_subject_of(sentence, who, act) for who in named for act in acts):
        # "the family won't let me leave, the agency keeps my passport": the customer's
        # side does harm too in the same sentence
        return None
    for act in acts:
        for det, party in parties:
            if _subject_of(sentence, party, act, text) or by_agent(act, det):
                return det, party, act
            if det.last < act.first and premises(det, party):
                return det, party, act
    if text is not None:
        for act in acts:
            outsider = _introduced_as_third_party(sentence, act, text)
            if outsider is not None:
                return outsider, outsider, act
    for act in (h for c in grammar.harm_doer_acts for h in _positive(hits, c)):
        for doer in doers:
            if _subject_of(sentence, doer, act):
                return doer, doer, act
    for act in (h for c in grammar.party_harm_by for h in _positive(hits, c)):
        if not any(0 <= act.first - v.last - 1 <= 1 for v in passives):
            continue
        for det, party in parties:
            if by_agent(act, det):
                return det, party, act
    return None


def _by_external(
    sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec, act: Hit, external: list[Hit]
) -> bool:
    """Whether "by" and someone else (a bank, a processor, police) follow the action
    within the window: the agent of a passive is not the customer."""
    tokens = sentence.tokens
    for e in external:
        gap = e.first - act.last - 1
        if 0 <= gap <= grammar.window and any(
            tokens[k].stem == "by" for k in range(act.last + 1, e.first)
        ):
            return True
    return False


def grammar_reading(
    sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec, text: str | None = None
) -> RoleReading | None:
    """The roles the sentence's word order shows, or None when it shows none of them."""

    def say(hit: Hit) -> str:
        return _surface(sentence, text, hit)

    window = grammar.window
    passives = _positive(hits, grammar.passive)
    external = [h for c in grammar.external_actors for h in _positive(hits, c)]
    parties = [
        (d, p)
        for d, p in _parties(sentence, hits, grammar, text)
        if not _own_account(sentence, d, p, text)
    ]
    # content items counted are only ever what the customer takes down (rules 2026.12.43)
    counted = [(d, p) for d, p in parties if p.concept == grammar.counted]
    parties = [(d, p) for d, p in parties if p.concept != grammar.counted]
    police = [h for c in grammar.police_action for h in _positive(hits, c)]
    for own in _positive(hits, grammar.self):
        for act in police:
            passive_after = 0 <= act.first - own.last - 1 <= window and any(
                own.last < v.first < act.first for v in passives
            )
            on_self = _object_of(sentence, hits, grammar, act, own) or _about(
                sentence, hits, grammar, act, own
            )
            # "Tolland arrested by HSI", "owner charged": a participle right after them
            reduced = act.first == act.last == own.last + 1 and (
                _ends_clause(sentence, hits, grammar, act)
                or (
                    act.last + 1 < len(sentence.tokens)
                    and sentence.tokens[act.last + 1].stem == "by"
                )
            )
            if passive_after or on_self or reduced:
                return RoleReading("target", "police", say(act), say(own))
    own_spans = {k for h in _positive(hits, grammar.self) for k in range(h.first, h.last + 1)}
    bare = [
        (party, party)
        for party in _positive(hits, grammar.party)
        if party.first not in own_spans
        and not _followed_by_account(sentence, party, text)
        and all(p is not party for _, p in parties)
    ]
    for det, party in [*parties, *bare]:
        for act in police:
            passive_after = 0 <= act.first - party.last - 1 <= window and any(
                party.last < v.first < act.first for v in passives
            )
            on_party = _about(sentence, hits, grammar, act, det) or (
                det is not party and _object_of(sentence, hits, grammar, act, det)
            )
            # "guest arrested", "two buyers charged": a participle right after the party
            # that ends its clause (one word: "customer pressed charges" is the party acting)
            reduced = act.first == act.last == party.last + 1 and _ends_clause(
                sentence, hits, grammar, act
            )
            if det is party and not (on_party or reduced):
                continue
            if passive_after or on_party or reduced:
                words = say(party) if det is party else f"{say(det)} {say(party)}"
                return RoleReading("third_party", "police", say(act), words)
    harmed = _harm_by_party(sentence, hits, grammar, [*parties, *bare], text)
    if harmed is not None:
        det, party, act = harmed
        words = say(party) if det is party else f"{say(det)} {say(party)}"
        return RoleReading("third_party", words, say(act), "")
    actions = _positive(hits, grammar.action)
    actions += [a for a in _positive(hits, grammar.report_act) if a not in actions]
    actions = [a for a in actions if not _a_cut(sentence, a)]
    # Party nouns in the plural with no determiner ("bans profiles", "sellers were
    # delisted"): a class of others, never the one customer.
    classes = [(party, party) for party, _ in bare if _plural(sentence, party, text)]
    # An agency word inside the report's own name ("police report") is not someone acting.
    inside = {k for o in _positive(hits, grammar.report_object) for k in range(o.first, o.last + 1)}
    external = [e for e in external if e.first not in inside]
    # the customer's own people as the verb's subject after someone else is named ("since
    # the card brands' crackdown their team terminated 31 merchants"; rules 2026.12.34)
    selves = _positive(hits, grammar.self)
    takedowns = {(h.first, h.last) for h in _positive(hits, grammar.takedown or "")}
    for act in sorted(actions, key=lambda h: (h.first, -h.last)):
        if any(e.last < act.first and not _own_subject_between(e, act, selves) for e in external):
            continue  # someone else acts; the customer may be the object
        if _by_external(sentence, hits, grammar, act, external):
            continue  # "... terminated by the bank": the customer may be the object
        # A singular party noun right after the verb, one modifier at most between, no
        # clause break ("terminated cleaning vendor X", "delisted host Y"): its object.
        direct = [(party, party) for party, _ in bare if _direct_object(sentence, act, party, text)]
        direct += [(named, named) for named in _named_objects(sentence, hits, grammar, act, text)]
        # A party noun right before the action written as a noun ("merchant termination",
        # "seller offboarding"): the party is what the action is done to.
        direct += [
            (party, party)
            for party, _ in bare
            if act.first == party.last + 1 and _nominal(sentence, act, text)
        ]
        taken = [pair for pair in counted if (act.first, act.last) in takedowns]
        for det, party in [*parties, *classes, *direct, *taken]:
            active = _object_of(sentence, hits, grammar, act, det)
            passive = 0 <= act.first - party.last - 1 <= window and any(
                party.last < v.first < act.first for v in passives
            )
            reduced = (
                act.first == party.last + 1
                and _participle(sentence, act, text)
                and _ends_clause(sentence, hits, grammar, act)
            )
            relative = _relative_object(sentence, party, act)
            if active or passive or reduced or relative or (det, party) in direct:
                words = say(party) if det is party else f"{say(det)} {say(party)}"
                return RoleReading("protective", CUSTOMER, say(act), words.strip())
        passive_before = any(0 <= act.first - v.last - 1 <= 1 for v in passives)
        objects = _positive(hits, grammar.report_object)
        reported = [o for o in objects if 0 <= o.first - act.last - 1 <= 2]
        # "police report filed by the owner", "SAR was filed": the report before its verb
        reported += [o for o in objects if 0 <= act.first - o.last - 1 <= 2 and o not in reported]
        if reported and act in _positive(hits, grammar.report_act):
            return RoleReading("protective", CUSTOMER, say(act), say(reported[0]))
        for agent in _positive(hits, grammar.by_customer):
            if passive_before and 0 <= agent.first - act.last - 1 <= 2:
                return RoleReading("protective", say(agent).removeprefix("by "), say(act), "")
    reporting = _reported_to_authority(sentence, hits, grammar, passives, external, text)
    if reporting is not None:
        return RoleReading("protective", CUSTOMER, say(reporting[0]), say(reporting[1]))
    training = _positive(hits, grammar.training)
    topic = [h for c in grammar.training_topic for h in _positive(hits, c)]
    for course, subject in _trained_on(sentence, training, topic):
        return RoleReading("protective", CUSTOMER, say(course), say(subject))
    victim = _positive(hits, grammar.victim)
    victim += [
        h
        for h in _positive(hits, grammar.victim_done)
        if any(0 <= h.first - v.last - 1 <= 1 for v in passives)
    ]
    if victim:
        return RoleReading("victim", "someone", say(victim[0]), CUSTOMER)
    return None


def read_roles(
    sentence: Sentence,
    hits: Sequence[Hit],
    rules: RelationshipRules,
    identity: Identity | None = None,
    text: str | None = None,
) -> RoleReading:
    """Who did what to whom in ``sentence``.

    Order: the customer or its people as the target of police action (``target``; for a
    customer with a protective ``identity`` only when the sentence names the customer
    itself, its people or premises; ``third_party`` instead when the action is about one of
    its parties or the sentence names someone's abuser through the victim, "a resident's
    trafficker"); the sentence's grammar (third parties acted on, the
    customer as victim); the protective cues of the catalogue; safeguards built and not
    switched off; then ``work`` for a customer with a protective identity, else ``actor``.
    """
    roles = rules.roles
    if roles is None:
        return RoleReading("actor", CUSTOMER, "", "")

    def say(hit: Hit) -> str:
        return _surface(sentence, text, hit)

    grammar = roles.grammar
    # No act in the sentence reads as the customer protecting anyone under a threat
    # ("he reports them to ICE if they quit") or beside a message taken out of the logs
    # (rules 2026.12.45: "delete the msg from logs and block the sender" hides it).
    unprotective = (
        grammar is not None
        and grammar.threat is not None
        and bool(_positive(hits, grammar.threat))
        and (grammar.threat_condition is None or bool(_positive(hits, grammar.threat_condition)))
    ) or (roles.concealed is not None and bool(_positive(hits, roles.concealed)))
    target = _positive(hits, roles.target)
    own = _positive(hits, grammar.self) if grammar is not None else []
    if target and (identity is None or own):
        at = min(h.first for h in target)
        acted = _acted_on_before(sentence, hits, grammar, at, text)
        if acted is not None:
            return acted
        told = None if unprotective else _called_in_before(sentence, hits, grammar, at, text)
        if told is not None:
            return told
        by_staff = _staff_called_in(sentence, hits, roles)
        if by_staff is not None and not unprotective:
            return RoleReading("protective", CUSTOMER, say(by_staff), "")
        subject = _party_subject_before(sentence, hits, grammar, at, text)
        if subject is not None:
            return RoleReading("third_party", "police", say(target[0]), subject)
        about = _party_about_after(sentence, hits, grammar, target, text)
        if about is not None:
            return about
        abuser = _abuser_of_another(sentence, hits, grammar, text)
        if abuser is not None:
            return RoleReading("third_party", "police", say(target[0]), abuser)
        return RoleReading("target", "police", say(target[0]), say(own[0]) if own else CUSTOMER)
    if grammar is not None:
        reading = grammar_reading(sentence, hits, grammar, text)
        if reading is not None and reading.role == "protective" and unprotective:
            reading = None  # "he reports them to ICE if they quit" protects no one
        if reading is not None and reading.role == "target":
            at = min((h.first for h in own), default=len(sentence.tokens))
            reading = _acted_on_before(sentence, hits, grammar, at, text) or reading
        if (
            reading is not None
            and reading.role == "target"
            and _process_in_work(hits, roles, identity)
        ):
            reading = None
        if reading is not None and (identity is None or reading.role == "target"):
            return reading
    if grammar is not None and not unprotective:
        reporter = _named_reporter(sentence, hits, grammar, roles.name_concept)
        if reporter is not None:
            return RoleReading("protective", say(reporter[0]), say(reporter[1]), "")
        remover = _named_remover(sentence, hits, rules)
        if remover is not None:
            return RoleReading("protective", say(remover[0]), say(remover[1]), "")
    protective = [] if unprotective else _positive(hits, roles.protective)
    if (
        roles.low_rate is not None
        and roles.low_rate_of is not None
        and not unprotective
        and _positive(hits, roles.low_rate_of)
    ):
        # how rare the harm is on a platform ("escort ads ~0.1% of posts")
        protective += _positive(hits, roles.low_rate)
    if protective and grammar is not None and grammar.request:
        asked = _positive(hits, grammar.request)
        protective = [p for p in protective if not _right_after(p, asked)]
    protective = [p for p in protective if not _from_another(sentence, p)]
    if protective:
        return RoleReading("protective", CUSTOMER, say(protective[0]), "")
    found = [
        h for c in (roles.unfounded, roles.exonerated) if c is not None for h in _positive(hits, c)
    ]
    # "Not our customer's worker relationship to sort" is what belongs to the customer,
    # not a finding that someone else is involved (rules 2026.12.27)
    if text is not None:
        found = [h for h in found if not _possessive(sentence, h, text)]
    if roles.sender is not None:
        # the writer the sentence opens with ("End user, not our customer"), not a
        # third party described on the way ("by a cardholder (not our customer)")
        writers = [h for h in _positive(hits, roles.sender) if h.first <= 1]
        found = [h for h in found if not _right_after(h, writers)]
    if found and not (roles.claimed is not None and _positive(hits, roles.claimed)):
        return RoleReading("cleared", "staff", "found", say(found[0]))
    if roles.safeguard is not None:
        built = [h for h in _positive(hits, roles.safeguard) if not _passed(sentence, h)]
        weakened = roles.weakened is not None and bool(_positive(hits, roles.weakened))
        erased = roles.erased is not None and bool(_positive(hits, roles.erased))
        absent = roles.absent is not None and bool(_positive(hits, roles.absent))
        if built and not weakened and not erased and not absent:
            return RoleReading("protective", CUSTOMER, "keeps", say(built[0]))
    if identity is not None:
        return RoleReading("work", identity.kind, "works on", "")
    return _own_conduct(sentence, hits, rules, text)


def _right_after(hit: Hit, before: Sequence[Hit]) -> bool:
    """Whether ``hit`` follows one of ``before`` directly or one word after it."""
    return any(0 <= hit.first - b.last - 1 <= 1 for b in before)


def _from_another(sentence: Sentence, hit: Hit) -> bool:
    """Whether ``hit`` names where something came from, under an indefinite article
    (``_INDEFINITE``: "a letter from a legal aid workers' center", "flagged by an outreach
    worker"): another organisation's work, not the customer's."""
    tokens = sentence.tokens
    at = hit.first
    return at >= 2 and tokens[at - 1].stem in _INDEFINITE and tokens[at - 2].stem in ("from", "by")


def _called_in_before(
    sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec | None, at: int, text: str | None
) -> RoleReading | None:
    """The customer reporting to or calling an authority before token ``at`` ("front desk
    spotted a trafficking situation, called police, minor recovered"): what police did
    next answers the customer's call. None when nothing before ``at`` reads so."""
    if grammar is None:
        return None
    before = [h for h in hits if h.last < at]
    passives = _positive(before, grammar.passive)
    external = [h for c in grammar.external_actors for h in _positive(before, c)]
    found = _reported_to_authority(sentence, before, grammar, passives, external, text)
    if found is None:
        return None
    verb, authority = found
    if at - authority.last > 2 * grammar.window:
        return None
    if at - authority.last > grammar.window:
        # Further off, what police did still answers the call unless another authority
        # or police action comes between ("... called police to complain, then police
        # raided the spa"; "reported 2 cases to police this yr from our flags, 1 minor
        # recovered" answers the report)
        acting = [
            h for c in (*grammar.authority, *grammar.police_action) for h in _positive(hits, c)
        ]
        if any(authority.last < h.first and h.last < at for h in acting):
            return None
    return RoleReading(
        "protective", CUSTOMER, _surface(sentence, text, verb), _surface(sentence, text, authority)
    )


#: Subjects that may well be the customer's own people (notes drop names: "he asked the
#: office to keep them"), and objects that are the provider: neither is someone else
#: asking the customer.
_MAYBE_OWN = frozenset(
    stem(w)
    for w in (
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "it",
        "who",
        "which",
        "that",
        "customer",
        "client",
        "cust",
        "cx",
        "acct",
        "account",
    )
)
_PROVIDER = frozenset(stem(w) for w in ("us", "we", "me", "our"))
_ARTICLES = frozenset(
    stem(w) for w in ("a", "an", "the", "some", "one", "two", "few", "several", "many")
)


#: Words that turn down what someone asked, as stem sequences ("*" one word: "told him
#: no"). Read from the tokens, not as a concept: "no", "declined" and "refused" are
#: negation cues, which a concept term holding them would hide.
REFUSALS: tuple[tuple[str, ...], ...] = tuple(
    tuple(stem(w) if w != "*" else w for w in words.split())
    for words in (
        "said no",
        "says no",
        "say no",
        "answered no",
        "told * no",
        "refused",
        "refuses",
        "declined",
        "declines",
        "turned it down",
        "turned that down",
        "turned * down",
        "policy is no",
        "dijo que no",
        "disse que não",
        "a dit non",
    )
)


def refused(sentence: Sentence) -> bool:
    """Whether the sentence turns down what someone asked (:data:`REFUSALS`)."""
    stems = [t.stem for t in sentence.tokens]
    return any(
        all(w == "*" or stems[k + j] == w for j, w in enumerate(words))
        for words in REFUSALS
        for k in range(len(stems) - len(words) + 1)
    )


def asked_of_customer(
    sentence: Sentence, hits: Sequence[Hit], roles: RolesSpec, text: str | None
) -> RoleReading | None:
    """Someone else asking the customer to hold what it does not hold: an ``asked`` verb,
    someone asked and "to" at most four words after it, and an ``asked_act`` term right
    after that ("a new grower asked Sunfield to 'hold passports'", "some workers asked if
    Sunfield needs to keep their passports"), whose subject (the words before it in its
    clause, from the nearest article at most five words back, else at most three words)
    names none of the customer's people, names or staff and is not a pronoun or the word
    "customer", and whose object is not the provider ("asked us to hold"). A third
    party's request; None otherwise (rules 2026.12.46). Whether the request was turned
    down is the record's to say (``_refused_requests`` in the detector)."""
    if roles.asked is None or roles.asked_act is None:
        return None
    grammar = roles.grammar
    tokens = sentence.tokens
    acts = _positive(hits, roles.asked_act)
    own = [
        h
        for c in (
            grammar.self if grammar is not None else None,
            roles.name_concept,
            roles.staff,
        )
        if c is not None
        for h in _positive(hits, c)
    ]
    for verb in _positive(hits, roles.asked):
        begin = verb.first
        while begin > 0 and not tokens[begin].breaks_before:
            begin -= 1
        if begin == verb.first or tokens[verb.first - 1].stem in _MAYBE_OWN:
            continue  # no subject written, or one that may be the customer's person
        # the subject's noun phrase: from the nearest article before the verb
        start = next(
            (
                k
                for k in range(verb.first - 1, max(begin, verb.first - 5) - 1, -1)
                if tokens[k].stem in _ARTICLES
            ),
            max(begin, verb.first - 3),
        )
        if any(start <= h.first < verb.first or h.first < start <= h.last for h in own):
            continue
        # someone asked ("asked the farm to", "asked if Sunfield needs to"), not the
        # subject's own wish ("asks to merge keeping 1993")
        after = range(verb.last + 2, min(len(tokens), verb.last + 5))
        to = next((k for k in after if tokens[k].stem == "to"), None)
        if to is None or any(tokens[k].stem in _PROVIDER for k in range(verb.last + 1, to)):
            continue
        act = next((a for a in acts if a.first == to + 1), None)
        if act is None:
            continue
        last = tokens[verb.first - 1]
        words = (
            text[tokens[start].start : last.end]
            if text is not None
            else " ".join(t.stem for t in tokens[start : verb.first])
        )
        return RoleReading(
            "third_party", words, _surface(sentence, text, verb), _surface(sentence, text, act)
        )
    return None


#: The word staff write for the customer's people before "called it in" when no title
#: is given ("our staff made the call", "hotel staff called it in").
_STAFF = frozenset(stem(w) for w in ("staff", "staffer", "employee", "employees"))


def _staff_called_in(sentence: Sentence, hits: Sequence[Hit], roles: RolesSpec) -> Hit | None:
    """The customer's staff calling in what police then did, anywhere in the sentence
    ("... a pimp was arrested at the property and 2 minors recovered - our staff made the
    call"; rules 2026.12.36): a ``called_in`` term with a staff title, one of the
    customer's own people or the word "staff" at most three words before it."""
    if roles.called_in is None:
        return None
    grammar = roles.grammar
    people = _positive(hits, roles.staff) if roles.staff is not None else []
    if grammar is not None:
        people += _positive(hits, grammar.self)
    tokens = sentence.tokens
    for call in _positive(hits, roles.called_in):
        if any(0 <= call.first - p.last - 1 <= 3 for p in people) or any(
            tokens[k].stem in _STAFF for k in range(max(0, call.first - 4), call.first)
        ):
            return call
    return None


def _process_in_work(hits: Sequence[Hit], roles: RolesSpec, identity: Identity | None) -> bool:
    """Whether the customer's work is the law (``roles.process_is_work``) and none of its
    own people is charged in the sentence ("deputy arrested", "arrested the detective"):
    legal process on its people is part of that work ("subpoenaed the deputies'
    timecards for the night of the arrest")."""
    if identity is None or identity.kind not in roles.process_is_work:
        return False
    grammar = roles.grammar
    if roles.charged is None or grammar is None:
        return True
    own = _positive(hits, grammar.self)
    return not any(
        abs(c.first - o.last) <= 2 or abs(o.first - c.last) <= 2
        for c in _positive(hits, roles.charged)
        for o in own
    )


#: Acts that take someone's posts or account down, said of the customer by name.
_REMOVING = frozenset(
    stem(w)
    for w in (
        "removed", "banned", "terminated", "suspended", "offboarded", "delisted",
        "deactivated", "blocked", "kicked", "pulled",
    )
)  # fmt: skip
#: What such an act takes down: another's posts or account, or that one person.
_TAKEN_DOWN = frozenset(
    stem(w)
    for w in (
        "post", "posts", "posting", "postings", "listing", "listings", "ad", "ads",
        "account", "accounts", "acct", "accts", "profile", "profiles", "him", "her",
        "them", "employer", "employers", "seller", "sellers", "host", "hosts", "merchant",
        "merchants", "user", "users", "advertiser", "advertisers", "recruiter",
        "recruiters", "carrier", "carriers", "driver", "drivers", "store", "shop",
    )
)  # fmt: skip
#: Words taken out of a post so that it passes (stripping), never a removal of the post.
_WORDS = frozenset(
    stem(w) for w in ("word", "words", "term", "terms", "keyword", "keywords", "phrase", "phrases")
)


def _titles(rules: RelationshipRules) -> frozenset[str]:
    """The one-word titles of the roles' ``name_concept`` ("owner", "manager"), stemmed:
    what stands for the customer's principals without naming the customer."""
    roles = rules.roles
    if roles is None or roles.name_concept is None:
        return frozenset()
    return frozenset(
        stem(p.lower()) for p in rules.concepts.get(roles.name_concept, ()) if " " not in p
    )


def _named_remover(
    sentence: Sentence, hits: Sequence[Hit], rules: RelationshipRules
) -> tuple[Hit, Hit] | None:
    """The customer by name right before an act that takes someone's posts or account
    down ("HHH removed his job posts 'for holding passports'"; rules 2026.12.36), with
    what it took down within the next four words and no words or terms among them (not
    "X removed the words 'young' and 'teen'", which is stripping). (name, act) or None."""
    principal = rules.roles.name_concept if rules.roles is not None else None
    if principal is None:
        return None
    tokens = sentence.tokens
    for name in _positive(hits, principal):
        k = name.last + 1
        if k >= len(tokens) or tokens[k].stem not in _REMOVING:
            continue
        after = [t.stem for t in tokens[k + 1 : k + 5]]
        if any(w in _WORDS for w in after) or not any(w in _TAKEN_DOWN for w in after):
            continue
        if tokens[name.first].stem in _titles(rules):
            continue  # "Owner removed from payees": a title, not the customer by name
        return name, Hit("act", k, k, False)
    return None


def _named_reporter(
    sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec, principal: str | None
) -> tuple[Hit, Hit] | None:
    """The customer by name right before a reporting verb, in a sentence where police or
    an agency act: what police act on is what the customer reported ("LVMPD subpoena for
    logs on 3 listings (those Stayloop reported)"; rules 2026.12.34). (name, verb) or
    None."""
    if principal is None or grammar.report_to is None:
        return None
    if not any(_positive(hits, c) for c in grammar.police_action):
        return None
    verbs = _positive(hits, grammar.report_to)
    for name in _positive(hits, principal):
        for verb in verbs:
            if verb.first == name.last + 1:
                return name, verb
    return None


def _own_subject_between(other: Hit, act: Hit, selves: Sequence[Hit]) -> bool:
    """Whether one of the customer's own people stands between someone else named
    (``other``) and the action, right before it: the action's subject ("... card brands'
    crackdown in July their team terminated 31 merchants")."""
    return any(other.last < s.first and 0 <= act.first - s.last - 1 <= 1 for s in selves)


def _party_about_after(
    sentence: Sentence,
    hits: Sequence[Hit],
    grammar: GrammarSpec | None,
    target: Sequence[Hit],
    text: str | None,
) -> RoleReading | None:
    """Police action the customer received that is about one of its parties, named after
    it ("Tillpoint got a grand jury subpoena about a former merchant"): the third party is
    the one the action concerns (rules 2026.12.34)."""
    if grammar is None:
        return None
    for det, party in _parties(sentence, hits, grammar):
        if _own_account(sentence, det, party, text):
            continue
        for act in target:
            if act.last < det.first and _about(sentence, hits, grammar, act, det):
                words = _surface(sentence, text, party)
                if det is not party:
                    words = f"{_surface(sentence, text, det)} {words}"
                return RoleReading("third_party", "police", _surface(sentence, text, act), words)
    return None


#: Possessive determiners before an abuser's word ("her pimp", "su tratante"), stemmed.
_VICTIMS_DETERMINERS = frozenset(
    stem(w) for w in ("her", "his", "their", "su", "sus", "seu", "sua", "son", "sa")
)
#: Words allowed between the possessive and the abuser ("her former trafficker"), stemmed.
_ABUSER_MODIFIERS = frozenset(
    stem(w) for w in ("former", "ex", "alleged", "suspected", "old", "presumed")
)


def _abuser_of_another(
    sentence: Sentence, hits: Sequence[Hit], grammar: GrammarSpec | None, text: str | None
) -> str | None:
    """The words naming someone's abuser through the victim ("a resident's trafficker",
    "her former pimp"): a ``grammar.abuser`` word right after a possessive determiner or a
    word written as a possessive, with at most one modifier ("former", "alleged") between,
    the possessor not the customer or its people ("the motel's pimp" is not someone
    else's). The customer or its people named in the sentence other than as a possessive
    ("the shelter's web chat") keep it the police's target ("one worker's ex-trafficker
    was the owner"). None when the sentence names none (rules 2026.12.47)."""
    if grammar is None or grammar.abuser is None or text is None:
        return None
    tokens = sentence.tokens
    selves = _positive(hits, grammar.self)
    if any(not _possessive(sentence, h, text) for h in selves):
        return None
    own = {k for h in selves for k in range(h.first, h.last + 1)}
    for abuser in _positive(hits, grammar.abuser):
        k = abuser.first - 1
        if k >= 0 and tokens[k].stem in _ABUSER_MODIFIERS:
            k -= 1
        if k < 0 or k in own:
            continue
        if tokens[k].stem in _VICTIMS_DETERMINERS or _possessive(
            sentence, Hit("possessor", k, k, False), text
        ):
            return text[tokens[k].start : tokens[abuser.last].end]
    return None


def _party_subject_before(
    sentence: Sentence,
    hits: Sequence[Hit],
    grammar: GrammarSpec | None,
    at: int,
    text: str | None,
) -> str | None:
    """The words of a party of the customer's named with a determiner that is not the
    customer's own before token ``at`` with no mention of the customer or its people
    between ("one of their clients (a 'model agency') ... under investigation"): the
    party, not the customer, is what police act on. None when there is none."""
    if grammar is None:
        return None
    own = _positive(hits, grammar.self)
    people = {(h.first, h.last) for h in _positive(hits, grammar.party)}
    found = [
        (det, party)
        for det, party in _parties(sentence, hits, grammar)
        if party.last < at
        # a person or user of the customer's, not a business (its own "2 of the 5
        # storefronts"), unless an indefinite article makes the business another ("samples
        # from a grow later raided"), under a word, not a number
        and ((party.first, party.last) in people or _indefinite(sentence, det))
        and det.concept != "number"
        and not _own_determiner(sentence, det)
        and not _own_account(sentence, det, party, text)
        and not any(party.last < o.first < at for o in own)
        and not _reporter_of(sentence, party)
    ]
    if not found:
        return None
    det, party = max(found, key=lambda pair: pair[1].last)
    return f"{_surface(sentence, text, det)} {_surface(sentence, text, party)}"


#: Past participles that do not end in -ed, -en or -wn (lower case).
_IRREGULAR_PARTICIPLES = frozenset(
    {"cut", "shut", "put", "set", "let", "hit", "kept", "sent", "caught", "held", "left",
     "lost", "paid", "told", "sold", "done", "gone", "seen", "found", "struck", "bought",
     "brought", "dealt", "met", "spun", "stuck", "hung", "made", "read"}
)  # fmt: skip


def _participle(sentence: Sentence, act: Hit, text: str | None) -> bool:
    """Whether the action's first word can be a past participle ("sellers banned after
    the crawl", "2 merchants cut off"), as a passive without its auxiliary needs: "both
    hosts share this number" is the hosts doing something, not something done to them
    (rules 2026.12.30). Without the text, any word may be."""
    if text is None:
        return True
    token = sentence.tokens[act.first]
    word = text[token.start : token.end].lower()
    return word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES


def _passed(sentence: Sentence, check: Hit) -> bool:
    """Whether someone passes the check named by ``check`` ("signers of record pass ID
    checks", "every performer passes our ID + liveness check"): someone was checked,
    which says nothing of a safeguard the customer keeps (rules 2026.12.30)."""
    tokens = sentence.tokens
    return any(tokens[k].stem == "pass" for k in range(max(0, check.first - 2), check.first))


#: Nouns of something told to someone (stems): a party right before one names who told it.
_TOLD = frozenset({"complaint", "complain", "tip", "report", "call", "referral", "review"})


def _reporter_of(sentence: Sentence, party: Hit) -> bool:
    """Whether the party noun qualifies a complaint, tip, report or call right after it
    ("a guest complaint led to a police raid on the motel", "a neighbour's tip"): the
    party told someone; it is not what police acted on."""
    after = party.last + 1
    return after < len(sentence.tokens) and sentence.tokens[after].stem in _TOLD


#: Articles that introduce someone not yet named: never the customer the record is about.
_INDEFINITE = frozenset({"a", "an", "another"})


def _indefinite(sentence: Sentence, det: Hit) -> bool:
    """Whether the determiner is an indefinite article ("a grow", "another farm")."""
    return det.first == det.last and sentence.tokens[det.first].stem in _INDEFINITE


def _nominal(sentence: Sentence, act: Hit, text: str | None) -> bool:
    """Whether the action is written as a noun ("termination", "offboarding", "removal")."""
    if text is None:
        return False
    word = text[sentence.tokens[act.first].start : sentence.tokens[act.last].end].lower()
    return word.endswith(("tion", "sion", "ing", "al"))


def _acted_on_before(
    sentence: Sentence,
    hits: Sequence[Hit],
    grammar: GrammarSpec | None,
    at: int,
    text: str | None,
) -> RoleReading | None:
    """The customer acting on a third party before token ``at`` ("we cut off a spa chain
    after the owner was indicted"): police action named after it is about that party's
    people, not the customer's. None when nothing before ``at`` reads so."""
    if grammar is None:
        return None
    before = [h for h in hits if h.last < at]
    reading = grammar_reading(sentence, before, grammar, text)
    if reading is None or reading.role != "protective" or not reading.object:
        return None
    # closing or shutting "3 stores" may be the customer's own stores: only acts on others
    # (cut off, terminated, banned, delisted...) make the police action about them
    if reading.action.lower().startswith(("clos", "shut", "bulk")):
        return None
    # only a party acted on (not a report filed: "a police report was filed against ...")
    names = [
        _surface(sentence, text, h)
        for c in (grammar.party, grammar.business)
        if c
        for h in _positive(before, c)
    ]
    return reading if any(n and n in reading.object for n in names) else None


def _role_concepts(rules: RelationshipRules) -> frozenset[str]:
    roles = rules.roles
    if roles is None:
        return frozenset()
    named = set(roles.named_concepts())
    if roles.grammar is not None:
        named.update(roles.grammar.concepts())
    if roles.identity is not None:
        named.update(c for kind in roles.identity.kinds for c in kind.all)
    return frozenset(n for n in named if n)


def _own_conduct(
    sentence: Sentence, hits: Sequence[Hit], rules: RelationshipRules, text: str | None
) -> RoleReading:
    """The customer's own conduct: who acts (the customer's people or another named actor
    when the sentence names one, else the customer), then the next two concept terms
    after it as action and object."""
    grammar = rules.roles.grammar if rules.roles is not None else None
    if grammar is None:
        return RoleReading("actor", CUSTOMER, "", "")
    actors = [h for c in (grammar.self, *grammar.named_actors) for h in _positive(hits, c)]
    actor = min(actors, key=lambda h: (h.first, -h.last)) if actors else None
    skip = _role_concepts(rules) - set(grammar.named_actors)
    start = actor.last if actor is not None else -1
    terms: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.first, -h.last)):
        if h.negated or h.concept in skip or h.first <= start:
            continue
        if terms and h.first <= terms[-1].last:
            continue
        terms.append(h)
        if len(terms) == 2:
            break
    words = [_surface(sentence, text, h) for h in terms]
    who = _surface(sentence, text, actor) if actor is not None else CUSTOMER
    return RoleReading("actor", who, words[0] if words else "", words[1] if len(words) > 1 else "")


def customer_identity(
    account: Record, matcher: ConceptMatcher, rules: RelationshipRules
) -> Identity | None:
    """The protective identity the Account record ``account`` declares, or None."""
    roles = rules.roles
    if roles is None or roles.identity is None:
        return None
    spec = roles.identity
    found: dict[str, dict[str, str]] = {}
    for field in {f for kind in spec.kinds for f in (kind.fields or spec.fields)}:
        value = str(account.payload.get(field) or "").strip()
        if not value:
            continue
        terms: dict[str, str] = {}
        for s in sentences(value):
            for hit in matcher.hits(s.tokens):
                if not hit.negated:
                    terms.setdefault(hit.concept, _surface(s, value, hit))
        found[field] = terms
    for kind in spec.kinds:
        fields = kind.fields or spec.fields
        seen: dict[str, tuple[str, str]] = {}
        for field in fields:
            for concept in kind.all:
                term = found.get(field, {}).get(concept)
                if term is not None and concept not in seen:
                    seen[concept] = (field, term)
        if len(seen) == len(kind.all):
            where = sorted({f for f, _ in seen.values()}, key=fields.index)
            return Identity(kind.kind, ", ".join(where), ", ".join(t for _, t in seen.values()))
    return None


def identities(
    records: Iterable[Record], matcher: ConceptMatcher, rules: RelationshipRules
) -> Mapping[str, Identity]:
    """Protective identities by subject key, from each subject's Account record(s)."""
    out: dict[str, Identity] = {}
    for record in records:
        if record.kind != "Account" or not record.subject_key or record.subject_key in out:
            continue
        identity = customer_identity(record, matcher, rules)
        if identity is not None:
            out[record.subject_key] = identity
    return out
