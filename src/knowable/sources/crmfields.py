"""Field rules of the Salesforce standard objects: validation, links, dates, text, subjects."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

from knowable.model import Subject
from knowable.sources import prose
from knowable.sources.watchlist import country_code
from knowable.timeutil import parse_when

# Which fields link a row to its account, in order of preference.
_LINKS: dict[str, tuple[str, ...]] = {
    "Contact": ("AccountId",),
    "Opportunity": ("AccountId",),
    "Case": ("AccountId", "ContactId"),
    "Task": ("AccountId", "WhatId", "WhoId"),
    "Event": ("AccountId", "WhatId", "WhoId"),
    "Note": ("ParentId",),
    # Objects that carry the provider's own words (comments, e-mails, Chatter, Lightning
    # notes, chats, leads). Their rows link through these lookups first, then through any
    # other (see salesforce._lookups); one that no lookup links is kept without a customer.
    "CaseComment": ("ParentId",),
    "EmailMessage": ("ParentId", "RelatedToId", "ActivityId"),
    "FeedItem": ("ParentId",),
    "FeedComment": ("ParentId", "FeedItemId"),
    # A Lightning note is linked to records by ContentDocumentLink rows: each one links
    # its ContentDocumentId (the note's own Id) to the customer of its LinkedEntityId.
    "ContentDocumentLink": ("LinkedEntityId",),
    "ContentNote": ("Id",),
    "LiveChatTranscript": ("AccountId", "CaseId", "ContactId"),
    "Lead": ("ConvertedAccountId", "ConvertedContactId", "ConvertedOpportunityId"),
}
#: The lookup a row nested under a parent other than an account takes the parent's Id in
#: (an sfdx tree export nests a case's comments under it and leaves their ParentId out).
_NESTED_LINK: dict[str, str] = {
    "CaseComment": "ParentId",
    "EmailMessage": "ParentId",
    "FeedItem": "ParentId",
    "FeedComment": "FeedItemId",
    "Note": "ParentId",
    "Task": "WhatId",
    "Event": "WhatId",
    "LiveChatTranscript": "CaseId",
}
#: A row of these objects, once linked, links the Id in this field to the same customer.
_ALSO_LINKS: dict[str, str] = {"ContentDocumentLink": "ContentDocumentId"}
# Which date fields say when a row became available, in order of preference.
_WHEN: dict[str, tuple[str, ...]] = {
    "Account": ("CreatedDate",),
    "Contact": ("CreatedDate",),
    "Opportunity": ("CloseDate", "CreatedDate"),
    "Case": ("CreatedDate", "ClosedDate"),
    "Task": ("ActivityDate", "CreatedDate"),
    "Event": ("StartDateTime", "ActivityDateTime", "ActivityDate", "CreatedDate"),
    "Note": ("CreatedDate",),
    "CaseComment": ("CreatedDate",),
    "EmailMessage": ("MessageDate", "CreatedDate"),
    "FeedItem": ("CreatedDate",),
    "FeedComment": ("CreatedDate",),
    "ContentNote": ("CreatedDate",),
    "LiveChatTranscript": ("StartTime", "RequestTime", "CreatedDate"),
    "Lead": ("CreatedDate",),
}
_TEXT: dict[str, tuple[str, ...]] = {
    "Account": ("Description",),
    "Contact": ("Title", "Description"),
    "Opportunity": ("Name", "Description", "NextStep"),
    "Case": ("Subject", "Description", "Comments"),
    "Task": ("Subject", "Description"),
    "Event": ("Subject", "Description"),
    "Note": ("Title", "Body"),
    "CaseComment": ("CommentBody",),
    "EmailMessage": ("Subject", "TextBody|HtmlBody"),
    "FeedItem": ("Title", "Body"),
    "FeedComment": ("CommentBody",),
    "ContentNote": ("Title", "Content|TextPreview"),
    "ContentDocumentLink": (),
    "LiveChatTranscript": ("Body",),
    "Lead": ("Description",),
}
# How a text field's value is turned into prose, where it is not plain text: "a|b" in
# _TEXT reads the first of the fields that gives any text.
_FORMS: dict[tuple[str, str], tuple[Callable[[str], str], ...]] = {
    ("EmailMessage", "TextBody"): (prose.reply_text,),
    ("EmailMessage", "HtmlBody"): (prose.html_text, prose.reply_text),
    ("FeedItem", "Body"): (prose.html_text,),
    ("FeedComment", "CommentBody"): (prose.html_text,),
    ("ContentNote", "Content"): (prose.decoded_blob, prose.html_text),
    ("ContentNote", "TextPreview"): (prose.html_text,),
    ("LiveChatTranscript", "Body"): (prose.html_text,),
}
#: What the API gives for a file field in a query (the path to fetch it), not its text.
_BLOB_PATH = re.compile(r"^/services/data/v[0-9.]+/sobjects/")
_NUMERIC = ("Amount", "AnnualRevenue", "NumberOfEmployees", "DurationInMinutes", "Probability")


def link_fields(kind: str) -> tuple[str, ...]:
    return _LINKS.get(kind, ())


def nested_link(kind: str) -> str | None:
    """The lookup of a ``kind`` row nested under a parent row that is not an Account."""
    return _NESTED_LINK.get(kind)


def also_links(kind: str) -> str | None:
    """The field whose Id a row of ``kind``, once linked, links to the same customer
    (a ContentDocumentLink's ContentDocumentId: the Lightning note it attaches)."""
    return _ALSO_LINKS.get(kind)


#: Date fields whose names do not end in Date or DateTime (a chat's times).
_OTHER_DATES = frozenset({"Birthdate", "SystemModstamp", "StartTime", "EndTime", "RequestTime"})


def _is_date_field(name: str) -> bool:
    return name.endswith(("Date", "DateTime")) or name in _OTHER_DATES


@lru_cache(maxsize=1024)
def _checked_fields(names: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """The fields of a header that are checked: (name, is a date field), in header order."""
    return tuple(
        (name, _is_date_field(name)) for name in names if _is_date_field(name) or name in _NUMERIC
    )


def validate_row(kind: str, values: dict[str, Any]) -> tuple[str, str] | None:
    """The first (field, reason) that makes the row unusable, or None when it is fine."""
    if not str(values.get("Id") or "").strip():
        return "Id", "missing Id"
    if kind == "Account" and not str(values.get("Name") or "").strip():
        return "Name", "account has no Name"
    if kind == "Contact" and not (
        str(values.get("LastName") or "").strip() or str(values.get("Name") or "").strip()
    ):
        return "LastName", "contact has no name"
    for name, is_date in _checked_fields(tuple(values)):
        text = str(values[name] or "").strip()
        if not text:
            continue
        if is_date:
            if parse_when(text) is None:
                return name, f"not a date: {text!r} (expected YYYY-MM-DD or ISO date-time)"
            continue
        try:
            float(text.replace(",", ""))
        except ValueError:
            return name, f"not a number: {text!r}"
    return None


def _closed(values: dict[str, Any]) -> bool:
    flag = str(values.get("IsClosed") or "").strip().lower()
    stage = str(values.get("StageName") or "").strip().lower()
    return flag == "true" or stage.startswith("closed")


def available_at(kind: str, values: dict[str, Any]) -> datetime | None:
    """When the row became available to the provider, from its own date fields.

    A closed opportunity counts from its close date (when the deal, and its revenue, was
    real); an open one from its creation, since its close date is only a forecast.
    """
    order = _WHEN.get(kind, ("CreatedDate",))
    if kind == "Opportunity" and not _closed(values):
        order = ("CreatedDate", "CloseDate")
    for name in order:
        text = str(values.get(name) or "").strip()
        if text:
            return parse_when(text)
    return None


#: Objects whose text fields are all read as they are (no alternatives, no forms).
_PLAIN_TEXT = frozenset(
    kind for kind, names in _TEXT.items() if not any("|" in n or (kind, n) in _FORMS for n in names)
)


def _field_text(kind: str, name: str, values: dict[str, Any]) -> str:
    """The prose of one entry of :data:`_TEXT` (the first of ``a|b`` that gives any)."""
    if "|" not in name and (kind, name) not in _FORMS:
        return str(values.get(name) or "").strip()
    for one in name.split("|"):
        text = str(values.get(one) or "").strip()
        if not text or _BLOB_PATH.match(text):
            continue
        for form in _FORMS.get((kind, one), ()):
            text = form(text)
        if text.strip():
            return text.strip()
    return ""


#: Fields of any object whose value is prose, when they are present.
_GENERIC_TEXT = ("Name", "Subject", "Title", "Description", "Comments", "Body", "Notes")
_URLISH = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def _prose(value: str) -> bool:
    """A custom field's value reads as prose: several words, not a URL or a date."""
    if _URLISH.match(value) or parse_when(value) is not None:
        return False
    return len(value.split()) >= 3


def record_text(kind: str, values: dict[str, Any]) -> str:
    """The prose detectors read: the object's subject/title and body fields (of a
    CaseComment, EmailMessage, FeedItem, ContentNote, chat: HTML reduced to text, quoted
    replies read once, base64 content decoded; see :mod:`knowable.sources.prose`).

    For a custom or unknown object (not one of the standard objects above): its standard
    text fields (Name, Subject, Description, ...) and every custom field (``__c``) whose
    value reads as prose, in the export's field order.
    """
    if kind in _PLAIN_TEXT:
        parts = [str(values.get(n) or "").strip() for n in _TEXT[kind]]
        return "\n".join(p for p in parts if p)
    if kind in _TEXT:
        parts = [_field_text(kind, n, values) for n in _TEXT[kind]]
        return "\n".join(p for p in parts if p)
    parts = []
    for name, value in values.items():
        text = str(value or "").strip()
        if not text:
            continue
        standard = name in _GENERIC_TEXT or name.removesuffix("__c") in _GENERIC_TEXT
        if standard or (name.endswith("__c") and _prose(text)):
            parts.append(text)
    return "\n".join(parts)


#: Fields that date a version of a record, in order of preference.
_VERSION_FIELDS = ("LastModifiedDate", "SystemModstamp")


def valid_from(values: dict[str, Any]) -> datetime | None:
    """When this version of the record took effect: LastModifiedDate, else SystemModstamp."""
    for name in _VERSION_FIELDS:
        text = str(values.get(name) or "").strip()
        if text:
            return parse_when(text)
    return None


def is_deleted(values: dict[str, Any]) -> bool:
    """The row is a deletion (``IsDeleted`` true, as in a queryAll or recycle-bin export)."""
    return str(values.get("IsDeleted") or "").strip().lower() in ("true", "1", "yes")


@cache
def _extractor() -> Any:
    import tldextract

    # No network: use the public-suffix snapshot bundled with tldextract.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def web_domain(website: str) -> str | None:
    """Registered domain of a website field (``https://www.ListLoop.com/x`` -> listloop.com)."""
    text = website.strip().lower()
    if not text:
        return None
    parts = _extractor()(text)
    if parts.suffix:
        return f"{parts.domain}.{parts.suffix}" if parts.domain else None
    # No public suffix (reserved names such as .example or .test, intranet hosts, IP
    # addresses): keep the host's last two labels, so that distinct sites stay distinct
    # rather than all becoming "example".
    labels = [p for p in ".".join((parts.subdomain, parts.domain)).split(".") if p]
    if labels[:1] == ["www"]:
        labels = labels[1:]
    if not labels:
        return None
    if all(label.isdigit() for label in labels):
        return ".".join(labels)
    return ".".join(labels[-2:])


def _address(values: dict[str, Any], prefix: str) -> str | None:
    parts = [
        str(values.get(prefix + f) or "").strip()
        for f in ("Street", "City", "State", "PostalCode", "Country")
    ]
    text = ", ".join(p for p in parts if p)
    return text or None


def account_subject(values: dict[str, Any], key: str | None = None) -> Subject:
    """The FtM-style subject view of an Account row (``key`` defaults to its Id)."""
    domains = tuple(d for d in [web_domain(str(values.get("Website") or ""))] if d)
    countries = tuple(
        dict.fromkeys(
            c
            for c in (
                country_code(str(values.get("BillingCountry") or "")),
                country_code(str(values.get("ShippingCountry") or "")),
            )
            if c
        )
    )
    addresses = tuple(a for a in (_address(values, "Billing"), _address(values, "Shipping")) if a)
    properties = {
        k: str(values[k])
        for k in ("Industry", "Type", "Website", "Phone", "AnnualRevenue", "NumberOfEmployees")
        if str(values.get(k) or "").strip()
    }
    return Subject(
        key=key or str(values["Id"]).strip(),
        schema="Company",
        name=str(values["Name"]).strip(),
        domains=domains,
        countries=countries,
        addresses=tuple(dict.fromkeys(addresses)),
        properties=properties,
        source="crm",
    )


def contact_subject(
    values: dict[str, Any], account_key: str | None, key: str | None = None
) -> Subject:
    """The Person subject of a Contact row, tied to its account (``key`` defaults to its Id)."""
    name = str(values.get("Name") or "").strip() or " ".join(
        p
        for p in (
            str(values.get("FirstName") or "").strip(),
            str(values.get("LastName") or "").strip(),
        )
        if p
    )
    birth = str(values.get("Birthdate") or "").strip()
    country = country_code(str(values.get("MailingCountry") or ""))
    properties = {
        k: str(values[k]) for k in ("Title", "Email", "Phone") if str(values.get(k) or "").strip()
    }
    return Subject(
        key=key or str(values["Id"]).strip(),
        schema="Person",
        name=name,
        countries=(country,) if country else (),
        birth_dates=(birth[:10],) if birth else (),
        parent_key=account_key,
        properties=properties,
        source="crm",
    )
