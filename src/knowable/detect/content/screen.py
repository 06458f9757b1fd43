"""Screen one platform's listings: ad type, ad indicators, networks, monthly shares.

Pure: records in, signals and shares out. Ad-level signals are emitted only for listings
whose ad type is not ``other`` (a "young family" selling a sofa is not a youth
indicator; an ``unsure`` listing is screened, and its signals say the type is uncertain),
only for indicators with a positive weight, and never for indicators kept out of business
scores (AD-04). NET-04 (one poster account, many numbers) reads the same non-``other``
listings; NET-06 (user reports) reads every listing, since a report may catch what the
classifier missed. Commercial-sex listings carrying contact hashes are kept in
``commercial`` for NET-07, which needs the CRM (see ``content_run``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from knowable.assess.prevalence import (
    ClassifiedListing,
    MonthShare,
    monthly_shares,
    prevalence_signals,
)
from knowable.catalogue.content import ContentCatalogue
from knowable.detect.content.account_signals import AccountListing, account_listing, account_signals
from knowable.detect.content.ad_type import UNSURE, AdTypeModel, load_model
from knowable.detect.content.indicators import DETECTOR, DETECTOR_VERSION, AdScan, ContentScanner
from knowable.detect.content.network_signals import LinkedListing, linked_listing, network_signals
from knowable.detect.content.template import PlatformTemplate, learn_template
from knowable.detect.content.user_reports import ReportScanner, report_signal
from knowable.model import Evidence, Explanation, Feature, Record, Signal

_BATCH = 256


@dataclass(frozen=True, slots=True)
class ScreenedListing:
    """One listing with its ad type and indicator scan."""

    record: Record
    ad_type: str
    scan: AdScan


@dataclass
class ContentScreen:
    """Everything screening found for one platform."""

    subject_key: str
    listings: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    signals: list[Signal] = field(default_factory=list)
    shares: list[MonthShare] = field(default_factory=list)
    commercial: list[Record] = field(default_factory=list)  # for NET-07
    customer_signals: list[Signal] = field(default_factory=list)  # NET-07 on customers


def classify_records(
    records: Iterable[Record],
    scanner: ContentScanner,
    model: AdTypeModel,
    template: PlatformTemplate | None = None,
) -> Iterator[ScreenedListing]:
    """Ad type and scan for each record, classified in batches; hits in the platform's
    ``template`` are dropped."""
    iterator = iter(records)
    while batch := list(islice(iterator, _BATCH)):
        types = model.classify([r.text for r in batch], scanner)
        for record, ad_type in zip(batch, types, strict=True):
            yield ScreenedListing(record, ad_type, scanner.scan(record.text, template))


def platform_template(
    records: Iterable[Record], catalogue: ContentCatalogue
) -> tuple[PlatformTemplate, Iterator[Record]]:
    """The platform's template, learnt from its first ``template.sample`` listings, and
    the listings again (all of them, in their order)."""
    params = catalogue.template
    iterator = iter(records)
    head = list(islice(iterator, params.sample))
    template = learn_template((r.text for r in head), params.min_pages, params.min_share)
    return template, chain(head, iterator)


def listing_quote(record: Record, template: PlatformTemplate) -> str:
    """What a reviewer reads as the example of a listing: its title, else its text, without
    the platform's boilerplate ("" when both are only template)."""
    title = str(record.payload.get("title") or "")
    return template.quote(title) or template.quote(record.text)


def _listing_kind(ad_type: str) -> str:
    return "a listing of uncertain type" if ad_type == UNSURE else f"a {ad_type} listing"


def ad_signals(listing: ScreenedListing, subject_key: str, scanner: ContentScanner) -> list[Signal]:
    """AD-xx signals of one listing (see module docstring for what is left out)."""
    if listing.ad_type == "other":
        return []
    rules = scanner.catalogue.rules
    by_indicator: dict[str, list[Evidence]] = {}
    for hit in listing.scan.hits:
        rule = rules[hit.indicator]
        if rule.weight <= 0 or not rule.business_score:
            continue
        by_indicator.setdefault(hit.indicator, []).append(
            Evidence(listing.record.id, hit.quote, hit.start, hit.end)
        )
    return [
        Signal(
            subject_key=subject_key,
            indicator=indicator,
            strength=rules[indicator].weight,
            observed_at=listing.record.available_at,
            detector=DETECTOR,
            detector_version=DETECTOR_VERSION,
            evidence=tuple(evidence),
            record_id=listing.record.id,
            details={"ad_type": listing.ad_type, "ad_score": listing.scan.score},
            explanation=Explanation(
                summary=f"{indicator} wording in {_listing_kind(listing.ad_type)}",
                method="rules",
                method_id=indicator,
                version=DETECTOR_VERSION,
                facts=(("ad type", listing.ad_type), ("quotes", str(len(evidence)))),
                features=(
                    Feature("indicator weight", rules[indicator].weight),
                    Feature("listing score", listing.scan.score, None, "all indicators"),
                ),
            ),
        )
        for indicator, evidence in sorted(by_indicator.items())
    ]


def screen_listings(
    records: Iterable[Record],
    subject_key: str,
    scanner: ContentScanner | None = None,
    model: AdTypeModel | None = None,
    reports: ReportScanner | None = None,
) -> ContentScreen:
    """Screen a platform's listing records (any order)."""
    scanner = scanner or ContentScanner()
    model = model or load_model()
    reports = reports or ReportScanner(scanner.catalogue)
    result = ContentScreen(subject_key)
    classified: list[ClassifiedListing] = []
    linked: list[LinkedListing] = []
    accounts: list[AccountListing] = []
    template, records = platform_template(records, scanner.catalogue)
    for item in classify_records(records, scanner, model, template):
        result.listings += 1
        result.by_type[item.ad_type] = result.by_type.get(item.ad_type, 0) + 1
        result.signals.extend(ad_signals(item, subject_key, scanner))
        record = item.record
        flagged = report_signal(record, subject_key, reports)
        if flagged is not None:
            result.signals.append(flagged)
        if item.ad_type != "other" and (account := account_listing(record)) is not None:
            accounts.append(account)
        if item.ad_type == "commercial_sex" and record.payload.get("contact_hashes"):
            result.commercial.append(record)
        if record.available_at is not None:
            classified.append(
                ClassifiedListing(record.id, record.available_at, item.ad_type,
                                  item.scan.indicators, listing_quote(record, template))
            )  # fmt: skip
        view = linked_listing(record)
        if view is not None:
            linked.append(view)
    result.signals.extend(network_signals(linked, subject_key, scanner.catalogue))
    result.signals.extend(account_signals(accounts, subject_key, scanner.catalogue))
    result.shares = monthly_shares(classified, subject_key, scanner.catalogue)
    result.signals.extend(prevalence_signals(result.shares, scanner.catalogue))
    return result
