"""NET-04: one poster account using many phone numbers across its ads.

Listings that carry a poster account (``payload["account_hash"]``, a keyed hash) are
grouped by account. Per account, a window of ``account_window_days`` slides over its
listings in time order; when the listings inside reach ``min_account_contacts`` distinct
contact hashes of the kinds in ``account_contact_kinds`` (phone by default: "many phone
numbers"), the account is a NET-04 signal for the platform, dated by the first listing
that brought a window to that count. Evidence: for each distinct number, the first
listing in the window that used it (its title quoted, field ``title``); member record ids
in ``details``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from knowable.catalogue.content import ContentCatalogue, content_catalogue
from knowable.model import Evidence, Explanation, Feature, Record, Signal

DETECTOR = "content-accounts"
DETECTOR_VERSION = "1.0"
INDICATOR = "NET-04"
_MAX_EVIDENCE = 12


@dataclass(frozen=True, slots=True)
class AccountListing:
    """What NET-04 reads of one listing."""

    record_id: str
    posted_at: datetime
    account: str
    contacts: tuple[str, ...]
    title: str


def account_listing(record: Record) -> AccountListing | None:
    """The NET-04 view of a listing; None without a poster account or a date."""
    account = str(record.payload.get("account_hash") or "")
    if not account or record.available_at is None:
        return None
    title = str(record.payload.get("title") or "") or record.text[:80]
    contacts = tuple(str(c) for c in record.payload.get("contact_hashes") or ())
    return AccountListing(record.id, record.available_at, account, contacts, title)


def _best_window(
    items: Sequence[AccountListing], kinds: tuple[str, ...], days: int, minimum: int
) -> tuple[int, int, int, int | None]:
    """(distinct contacts, first, last index) of the earliest window with the most
    contacts, and the index of the listing that first brought a window to ``minimum``."""
    window = timedelta(days=days)
    prefixes = tuple(f"{k}:" for k in kinds)
    best = (0, 0, 0)
    reached: int | None = None
    left = 0
    counts: dict[str, int] = {}
    for right, item in enumerate(items):
        for contact in set(item.contacts):
            if contact.startswith(prefixes):
                counts[contact] = counts.get(contact, 0) + 1
        while item.posted_at - items[left].posted_at > window:
            for contact in set(items[left].contacts):
                if contact in counts:
                    counts[contact] -= 1
                    if counts[contact] == 0:
                        del counts[contact]
            left += 1
        if len(counts) > best[0]:
            best = (len(counts), left, right)
        if reached is None and len(counts) >= minimum:
            reached = right
    return (*best, reached)


def account_signals(
    items: Iterable[AccountListing],
    subject_key: str,
    catalogue: ContentCatalogue | None = None,
) -> list[Signal]:
    """NET-04 signals for the poster accounts of one platform's listings."""
    cat = catalogue or content_catalogue()
    params = cat.network_params
    kinds = tuple(params.account_contact_kinds)
    by_account: dict[str, list[AccountListing]] = {}
    for item in items:
        by_account.setdefault(item.account, []).append(item)
    signals: list[Signal] = []
    for account, group in sorted(by_account.items()):
        group.sort(key=lambda i: (i.posted_at, i.record_id))
        count, first, last, reached = _best_window(
            group, kinds, params.account_window_days, params.min_account_contacts
        )
        if reached is None:
            continue
        members = group[first : last + 1]
        evidence: list[Evidence] = []
        seen: set[str] = set()
        for m in members:
            fresh = [c for c in m.contacts if c.split(":", 1)[0] in kinds and c not in seen]
            if fresh:
                seen.update(fresh)
                evidence.append(Evidence(m.record_id, m.title, 0, len(m.title), "title"))
        strength = round(
            min(1.0, cat.weight(INDICATOR) + 0.05 * (count - params.min_account_contacts)), 4
        )
        signals.append(
            Signal(
                subject_key=subject_key,
                indicator=INDICATOR,
                strength=strength,
                observed_at=group[reached].posted_at,  # since when it showed
                detector=DETECTOR,
                detector_version=DETECTOR_VERSION,
                evidence=tuple(evidence[:_MAX_EVIDENCE]),
                details={
                    "account": account,
                    "contacts": count,
                    "kinds": list(kinds),
                    "window_days": params.account_window_days,
                    "listings": len(members),
                    "members": sorted(m.record_id for m in members)[:200],
                },
                explanation=Explanation(
                    summary=f"one account posted with {count} different contacts "
                    f"within {params.account_window_days} days",
                    method="count",
                    method_id=INDICATOR,
                    version=DETECTOR_VERSION,
                    facts=(
                        ("account", str(account)),
                        ("contact kinds", ", ".join(kinds)),
                        ("listings", str(len(members))),
                    ),
                    features=(
                        Feature("contacts", float(count), None, "distinct phones or e-mails"),
                        Feature(
                            "threshold",
                            float(params.min_account_contacts),
                            None,
                            "contacts that make the signal",
                        ),
                    ),
                ),
            )
        )
    return signals
