"""NET-07: a customer's own contact details appear in commercial-sex ads.

The provider's CRM knows its customers' phone numbers and e-mail addresses: the account's
``Phone`` (and ``Email`` when present) and those of its contact people (Person subjects
whose ``parent_key`` is the account). Each is hashed exactly like listing contacts
(:func:`knowable.sources.listings.contact_hash`, same workspace salt and normaliser) and
looked up among the contact hashes of listings classified ``commercial_sex`` on any
screened platform. A match is a NET-07 Signal on the CUSTOMER whose contact it is, never
on the platform, dated by the listing's posting date. A platform's own number in its own
listings is not a match (a hosting platform's support line says nothing).

Evidence is the listing: the matched contact span when the contact is written in the ad
text (found again with the clear CRM value, which is never stored), else the listing
title. One signal per customer and listing, quoting every contact of that customer that
the listing carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from knowable.catalogue.content import ContentCatalogue, content_catalogue
from knowable.model import Evidence, Explanation, Record, Signal, Subject
from knowable.sources.listings import contact_hash
from knowable.text.normalise import normalise

DETECTOR = "content-crm-contacts"
DETECTOR_VERSION = "1.0"
INDICATOR = "NET-07"
_CRM_FIELDS = (("Phone", "phone"), ("Email", "email"))
_PHONE_RUN = re.compile(r"\d{7,15}")


@dataclass(frozen=True, slots=True)
class CustomerContact:
    """One CRM contact detail of a customer, with its keyed hash."""

    customer_key: str  # the account the signal is about
    holder_key: str  # the subject carrying it: the account itself or a contact person
    kind: str  # phone | email
    value: str  # clear CRM value, kept in memory only to find the span in ad text
    hash: str


def customer_contacts(subjects: Iterable[Subject], salt: bytes) -> dict[str, list[CustomerContact]]:
    """Index of customers' CRM phones and e-mails by contact hash.

    Person subjects count for the account named by their ``parent_key`` (persons with none
    are skipped); any other subject counts for itself.
    """
    index: dict[str, list[CustomerContact]] = {}
    for subject in subjects:
        if subject.schema == "Person":
            if not subject.parent_key:
                continue
            customer = subject.parent_key
        else:
            customer = subject.key
        for field, kind in _CRM_FIELDS:
            value = str(subject.properties.get(field) or "").strip()
            hashed = contact_hash(kind, value, salt) if value else None
            if hashed is None:
                continue
            contact = CustomerContact(customer, subject.key, kind, value, hashed)
            bucket = index.setdefault(hashed, [])
            if all((c.customer_key, c.holder_key) != (customer, subject.key) for c in bucket):
                bucket.append(contact)
    return index


def contact_span(text: str, contact: CustomerContact, salt: bytes) -> tuple[int, int] | None:
    """Where the contact is written in the ad text (original offsets), if it is."""
    if contact.kind == "phone":
        norm = normalise(text)
        for match in _PHONE_RUN.finditer(norm.text):
            if contact_hash("phone", match.group(0), salt) == contact.hash:
                return norm.to_original(*match.span())
        return None
    found = re.search(re.escape(contact.value), text, flags=re.IGNORECASE)
    return found.span() if found else None


def _evidence(record: Record, matched: list[CustomerContact], salt: bytes) -> list[Evidence]:
    evidence: list[Evidence] = []
    for contact in matched:
        span = contact_span(record.text, contact, salt)
        if span is not None:
            quote = record.text[span[0] : span[1]]
            item = Evidence(record.id, quote, span[0], span[1])
            if item not in evidence:
                evidence.append(item)
    if not evidence:
        title = str(record.payload.get("title") or "") or record.text[:80]
        evidence.append(Evidence(record.id, title, 0, len(title), "title"))
    return evidence


def contact_match_signals(
    listings: Iterable[Record],
    index: Mapping[str, list[CustomerContact]],
    salt: bytes,
    catalogue: ContentCatalogue | None = None,
) -> list[Signal]:
    """NET-07 signals for commercial-sex listings (the caller selects them) that carry a
    customer's contact; ``record.subject_key`` is the hosting platform."""
    cat = catalogue or content_catalogue()
    signals: list[Signal] = []
    for record in listings:
        if record.available_at is None:
            continue
        by_customer: dict[str, list[CustomerContact]] = {}
        for hashed in record.payload.get("contact_hashes") or ():
            for contact in index.get(str(hashed), ()):
                if contact.customer_key != record.subject_key:
                    by_customer.setdefault(contact.customer_key, []).append(contact)
        for customer, matched in sorted(by_customer.items()):
            signals.append(
                Signal(
                    subject_key=customer,
                    indicator=INDICATOR,
                    strength=cat.weight(INDICATOR),
                    observed_at=record.available_at,
                    detector=DETECTOR,
                    detector_version=DETECTOR_VERSION,
                    evidence=tuple(_evidence(record, matched, salt)),
                    record_id=record.id,
                    details={
                        "platform": record.subject_key,
                        "listing": record.payload.get("id"),
                        "ad_type": "commercial_sex",
                        "matched": sorted({f"{c.holder_key}:{c.kind}" for c in matched}),
                    },
                    explanation=Explanation(
                        summary="a contact the customer gave the provider appears in a "
                        "commercial-sex listing",
                        method="matcher",
                        method_id="exact contact match",
                        version=DETECTOR_VERSION,
                        facts=(
                            ("platform", str(record.subject_key)),
                            ("listing", str(record.payload.get("id") or record.id)),
                            (
                                "matched",
                                ", ".join(sorted({f"{c.kind} of {c.holder_key}" for c in matched})),
                            ),
                        ),
                    ),
                )
            )
    return signals
