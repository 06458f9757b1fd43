"""Relationship evaluation: account-level flags and knowable-since on the independent CRM set.

The set in ``bench/releval/part*/`` was written by authors who never read the rules (see
``bench/releval/GUIDE.md``). It is split once, by a hash of the Account Id, into a
development part and a locked test part (``bench/releval/split.csv``). Rule and model
authors work on the development part only; the test part's figure is printed with
``--test``, and every such look is appended to ``bench/results/releval_test_looks.json``
so the closing note can say how often it was seen.

Each part is ingested into its own fresh SQLite store (parts are separate providers'
exports), screened with the relationship detector and assessed as of 2020-12-31. A
customer is flagged when its band needs a person (review or escalate).

A second locked set, ``bench/releval_holdout/part*/``, was written later by two other
authors in other providers' voices (a cloud host, a payments firm), after the rules and
the model of the first set were made; nobody tunes on it. ``--holdout`` prints its figure
(every account of it counts) and appends the look to ``releval_holdout_looks.json``.

A third locked set, ``bench/releval_holdout2/part*/``, was written by two more authors (a
payroll/HR software provider, a payments and messaging provider) on 2026-12-02, after the
second set had been looked at; ``--holdout2`` prints its figure and logs the look the same
way.

A fourth locked set, ``bench/releval_holdout3/partO/``, was written by one more author (a
card payments processor and payment facilitator) on 2026-12-02 alongside two
development parts (P, Q); ``--holdout3`` prints its figure and logs the look.

A fifth locked set, ``bench/releval_holdout4/part{Y,Z}/``, was written by two more authors
(a rental channel manager, a payouts API) at the end of the stop of 2026-12-02 and scored
once with that stop's final code before anyone read it; ``--holdout4`` prints its figure
and logs the look.

A sixth locked set, ``bench/releval_holdout5/part{AI,AJ,AK,AL}/``, was written by four
more authors (a video-conferencing SaaS, a hotel property-management system, an
accounting SaaS, a crowdfunding platform) on 2026-12-02 and scored once with that
stop's final rules and model before anyone read it; ``--holdout5`` prints its figure and
logs the look.

A seventh locked set, ``bench/releval_holdout6/part{AY,AZ,BA,BB}/``, was written by four
more authors (a cloud contact centre, bar and nightclub point of sale, a workforce and
timesheet app, a remittance app's business accounts) on 2026-12-03 and scored once with
that stop's final rules and model before anyone read it; ``--holdout6`` prints its
figure and logs the look.

An eighth, ``bench/releval_holdout7/part{BK,BL,BM,BN}/`` (an event-ticketing and
guest-list platform, a prepaid-card and payout programme manager, a background-check and
tenant-screening service, a medical-billing and telehealth SaaS), was written on
2026-12-03 and scored once with the code of that moment (model 2.0, rules 2026.12.20)
before anyone read it; ``--holdout7`` prints its figure and logs the look.

A ninth, ``bench/releval_holdout8/part{BS,BT,BU,BV}/`` (a loyalty, gift-card and voucher
platform, a facilities-services procurement marketplace, a vehicle-rental and
rent-to-own fleet platform, an agricultural traceability and grower-payments platform),
was written on 2026-12-03 by four fresh authors and scored once with that stop's final
code (model 2.1, rules 2026.12.22) before anyone read it; ``--holdout8`` prints its
figure and logs the look.

A tenth, ``bench/releval_holdout9/part{CA,CB,CC,CD}/`` (a beauty-wholesale ordering and
trade-credit platform, a freight-factoring and fuel-card platform, an au pair and
exchange-visitor programme SaaS, a guest Wi-Fi and captive-portal provider), was written
on 2026-12-03 by four fresh authors and scored before anyone read it: once with the code
of that moment (model 2.1, rules 2026.12.22) and once with the stop's final code;
``--holdout9`` prints its figure and logs the look.

An eleventh, ``bench/releval_holdout10/part{CE,CF,CG,CH}/`` (a commercial-cleaning and
janitorial operations SaaS, a fishing-fleet management and catch-settlement platform, a
nightlife reservations and table-booking app, an international student-recruitment and
homestay-placement platform), was written on 2026-12-03 by four fresh authors after that
stop's last code change and scored once with it (model 2.2, rules 2026.12.23) before
anyone read it; ``--holdout10`` prints its figure and logs the look.

A twelfth, ``bench/releval_holdout11/part{CM,CN,CO,CP}/`` (a language-interpreting and
translation marketplace, a commercial laundry and linen-service route software, a
car-wash, detailing and nail-bar membership and point-of-sale SaaS, an international
matchmaking and marriage-broker CRM), was written on 2026-12-03 by four fresh authors and
scored once with that stop's final code (model 2.3, rules 2026.12.24) before anyone read
it; ``--holdout11`` prints its figure and logs the look.

A thirteenth, ``bench/releval_holdout12/part{DC,DD,DE,DF}/`` (a warehouse shift-staffing
app with pay cards, a beauty-school and cosmetology exam-prep platform, a mobile
point-of-sale app for street vendors and door-to-door crews, a wedding, events and
entertainment-booking marketplace), was written on 2026-12-03 by four fresh authors and
set aside before anyone read it, to be scored with that stop's final code;
``--holdout12`` prints its figure and logs the look.

A fourteenth, ``bench/releval_holdout13/part{DO,DP,DQ,DR}/`` (a cloud web-hosting,
domain and CDN company with an abuse desk, an e-signature and document-management SaaS, a
freight-brokerage and fleet-telematics vendor, a background-check and identity-verification
API), was written on 2026-12-03 by four fresh authors and set aside before anyone read it,
to be scored with that stop's final code; ``--holdout13`` prints its figure and logs the
look.

A fifteenth, ``bench/releval_holdout14/part{DW,DX,DY,DZ}/`` (a cryptocurrency exchange and
fiat on-ramp for business accounts, a residential property-management and tenant-screening
vendor, a home-cleaning and handyman gig marketplace selling to cleaning firms, a job board
and applicant-advertising platform), was written on 2026-12-03 by four fresh authors and
set aside before anyone read it, to be scored with that stop's final code;
``--holdout14`` prints its figure and logs the look.

A sixteenth, ``bench/releval_holdout15/part{EE,EF,EG,EH}/`` (a remittance and cross-border
payout API for money-transfer operators, an agricultural payroll and H-2A compliance vendor,
a worker-housing and dormitory booking platform, a high-risk merchant acquirer for webcam
and creator platforms), was written on 2026-12-03 by four fresh authors and set aside before
anyone read it, to be scored with that stop's final code; ``--holdout15`` prints its figure
and logs the look.

A seventeenth, ``bench/releval_holdout16/part{EM,EN,EO,EP}/`` (a donor and case-management
CRM for nonprofits, a prepaid and virtual card issuing platform, a short-term rental channel
manager and booking engine, web hosting and a website builder for small businesses), was
written on 2026-12-04 by four fresh authors asked for at least ten hard negatives of the
issue's listed kinds each, and set aside before anyone read it, to be scored with that
stop's final code; ``--holdout16`` prints its figure and logs the look.

An eighteenth, ``bench/releval_holdout17/part{EU,EV,EW,EX}/`` (workforce and shift
management for food-processing plants, small-business lending and merchant cash advances,
student travel and work-and-travel programme booking, social media scheduling and
influencer marketing), was written on 2026-12-04 by four more fresh authors under the same
brief and set aside before anyone read it; ``--holdout17`` prints its figure and logs the
look.

A nineteenth, ``bench/releval_holdout18/part{FC,FD,FE,FF}/`` (an event ticketing and
nightlife promoter platform, freight brokerage and trucking dispatch, vocational and
language-school enrolment with recruitment agents, a beauty and personal-care booking
marketplace), was written on 2026-12-04 by four more fresh authors under the same brief and
set aside before anyone read it; ``--holdout18`` prints its figure and logs the look.

A twentieth, ``bench/releval_holdout19/part{FM,FN,FO,FP}/`` (a corporate card and expense
management fintech for small businesses, a booking, intake-forms and payments service for
medical aesthetics, wellness and bodywork clinics, web hosting and website building, fleet
telematics and fuel cards), was written on 2026-12-04 by four more fresh authors under the
same brief and set aside before anyone read it;
``--holdout19`` prints its figure and logs the look.

A twenty-first, ``bench/releval_holdout20/part{FU,FV,FW,FX}/`` (a gig-economy payouts and
instant-pay API, a digital advertising network, point of sale, booking and payroll for
salons, spas and nail bars, B2B invoicing and supplier payments for wholesalers and
contractors), was written on 2026-12-04 by four more fresh authors under the same brief,
each asked for at least five customers that detect and offboard their own merchants,
sellers, hosts, advertisers or users, and set aside before anyone read it;
``--holdout20`` prints its figure and logs the look.

A twenty-second, ``bench/releval_holdout21/part{GK,GL,GM,GN}/`` (an online advertising
network and ad exchange, a bank's business-banking and treasury-management division, an
identity-, background- and age-verification vendor, a travel and group-travel booking
platform), was written on 2026-12-04 by four more fresh authors under the same brief
(at least five customers that police their own users and three victim-serving
organisations each) and set aside before anyone read it; ``--holdout21`` prints its
figure and logs the look.

A twenty-third, ``bench/releval_holdout22/part{GW,GX,GY,GZ}/`` (an advertising network, a
domain registrar and website builder, an email-marketing and CRM service, a merchant
acquirer), was written on 2026-12-04 by four more fresh authors under the same brief and
set aside before anyone read it; ``--holdout22`` prints its figure and logs the look.

A twenty-fourth, ``bench/releval_holdout23/part{HI,HJ,HK,HL}/`` (a CRM and
marketing-automation vendor with consulting, a prepaid-card and remittance program
manager, a property-management and short-term-rental SaaS, a white-label classifieds
software vendor), was written on 2026-12-05 by four more fresh authors under the same
brief and set aside before anyone read it; ``--holdout23`` prints its figure and logs the
look.

A twenty-fifth, ``bench/releval_holdout24/part{HY,HZ,IA,IB}/`` (a fleet fuel-card and
expense provider, a school and youth-program management SaaS, a marketplace-lending and
invoice-factoring platform, a livestreaming and creator-payments API), was written on
2026-12-05 by four more fresh authors under the same brief and set aside before anyone
read it; ``--holdout24`` prints its figure and logs the look.

A twenty-sixth, ``bench/releval_holdout25/part{IG,IH,II,IJ}/`` (an HR, onboarding and
e-signature SaaS, a mobile app backend and chat SDK, a cloud accounting and bank-feed SaaS,
a domain registrar and DNS host), was written on 2026-12-05 by four more fresh authors
under the same brief and set aside before anyone read it; ``--holdout25`` prints its figure
and logs the look.

A twenty-seventh, ``bench/releval_holdout26/part{IS,IU,IW,IX}/`` (a cloud telephony and
SMS API, a freight-forwarding and customs-brokerage software vendor, a cryptocurrency
on-ramp and wallet API, a travel-booking and visa-services platform), was written on
2026-12-05 by four more fresh authors under the same brief and set aside before anyone
read it; ``--holdout26`` prints its figure and logs the look.

A twenty-eighth, ``bench/releval_holdout27/part{JG,JH,JI,JJ}/`` (a domain registrar, DNS
and email host, a shipping-label and freight-forwarding platform, a prepaid and gift-card
program manager, a chat SDK and content-moderation API), was written on 2026-12-05 by four
more fresh authors under the same brief and set aside before anyone read it;
``--holdout27`` prints its figure and logs the look.

A twenty-ninth, ``bench/releval_holdout28/part{JK,JL,JM,JN}/`` (a hotel and hostel booking
engine, a staffing-agency timesheet and payroll-funding platform, a massage, wellness and
beauty marketplace, a video-conferencing and livestream platform), was written on
2026-12-05 by four more fresh authors under the same brief, after the code it was first
scored with was final, and set aside before anyone read it; ``--holdout28`` prints its
figure and logs the look.

A thirtieth, ``bench/releval_holdout29/part{JS,JT,JU,JV}/`` (an SMS, voice and virtual
number API company, a freight brokerage and transport management platform with carrier
payments, an appointment booking and card-terminal company for salons, spas and clinics,
a background-check and applicant tracking service), was written on 2026-12-05 by four
more fresh authors under the same brief and set aside before anyone read it;
``--holdout29`` prints its figure and logs the look.

A thirty-first, ``bench/releval_holdout30/part{KE,KF,KG,KH}/`` (an earned-wage-access and
payroll-card company, an event ticketing and nightlife promotion platform, a social-media
management and influencer-marketing service, a field-service scheduling and dispatch
service), was written on 2026-12-05 by four more fresh authors under the same brief and
set aside before anyone read it; ``--holdout30`` prints its figure and logs the look.

Usage: python bench/releval_bench.py [--test | --holdout | --holdout2 | --holdout3 |
--holdout4 | --holdout5 | --holdout6 | --holdout7 | --holdout8 | --holdout9 |
--holdout10 | --holdout11 | --holdout12 | --holdout13 | --holdout14 |
--holdout15 | --holdout16 | --holdout17 |
--holdout18 | --holdout19 | --holdout20 | --holdout21 | --holdout22 |
--holdout23 | --holdout24 | --holdout25 | --holdout26 | --holdout27 |
--holdout28 | --holdout29 | --holdout30] [--quiet]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE / "releval"
HOLDOUT = HERE / "releval_holdout"
#: Locked sets read whole (no split): their name -> folder.
LOCKED_SETS = {
    "holdout": HOLDOUT,
    "holdout2": HERE / "releval_holdout2",
    "holdout3": HERE / "releval_holdout3",
    "holdout4": HERE / "releval_holdout4",
    "holdout5": HERE / "releval_holdout5",
    "holdout6": HERE / "releval_holdout6",
    "holdout7": HERE / "releval_holdout7",
    "holdout8": HERE / "releval_holdout8",
    "holdout9": HERE / "releval_holdout9",
    "holdout10": HERE / "releval_holdout10",
    "holdout11": HERE / "releval_holdout11",
    "holdout12": HERE / "releval_holdout12",
    "holdout13": HERE / "releval_holdout13",
    "holdout14": HERE / "releval_holdout14",
    "holdout15": HERE / "releval_holdout15",
    "holdout16": HERE / "releval_holdout16",
    "holdout17": HERE / "releval_holdout17",
    "holdout18": HERE / "releval_holdout18",
    "holdout19": HERE / "releval_holdout19",
    "holdout20": HERE / "releval_holdout20",
    "holdout21": HERE / "releval_holdout21",
    "holdout22": HERE / "releval_holdout22",
    "holdout23": HERE / "releval_holdout23",
    "holdout24": HERE / "releval_holdout24",
    "holdout25": HERE / "releval_holdout25",
    "holdout26": HERE / "releval_holdout26",
    "holdout27": HERE / "releval_holdout27",
    "holdout28": HERE / "releval_holdout28",
    "holdout29": HERE / "releval_holdout29",
    "holdout30": HERE / "releval_holdout30",
}
SPLIT = SET / "split.csv"
RESULTS = HERE / "results"
AS_OF = datetime(2020, 12, 31, 23, 59, 59, tzinfo=UTC)
#: Share of accounts in the locked test part (fixed when the split was made).
TEST_SHARE = 0.4
WINDOW_DAYS = 180


def _hash_share(account_id: str) -> float:
    digest = hashlib.sha256(f"releval-split:{account_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 0xFFFFFFFF


def labels(folder: Path = SET) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for part in sorted(folder.glob("part*")):
        with (part / "labels.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                out[row["AccountId"]] = {**row, "part": part.name}
    return out


def split(all_labels: dict[str, dict[str, str]]) -> dict[str, str]:
    """Account -> 'dev' or 'test'; written once, then only read (new accounts are added)."""
    known: dict[str, str] = {}
    if SPLIT.exists():
        with SPLIT.open(encoding="utf-8", newline="") as handle:
            known = {r["AccountId"]: r["part"] for r in csv.DictReader(handle)}
    added = False
    for key in sorted(all_labels):
        if key not in known:
            known[key] = "test" if _hash_share(key) < TEST_SHARE else "dev"
            added = True
    if added:
        with SPLIT.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["AccountId", "part"])
            for key in sorted(known):
                writer.writerow([key, known[key]])
    return known


def run_part(folder: Path) -> tuple[dict[str, object], list[object]]:
    """Ingest, screen and assess one part; assessments and signals by account."""
    from rich.console import Console  # noqa: F401  (keeps import errors visible early)

    from knowable.catalogue.policy import bundled_policy
    from knowable.jobs.assess import assess_store, screen_relationship
    from knowable.jobs.ingest import ingest_crm
    from knowable.settings import Settings
    from knowable.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Settings(workspace=Path(tmp), database_url=""))
        ingest_crm(store, folder, actor="bench")
        screened = screen_relationship(store, actor="bench")
        _, assessments = assess_store(store, bundled_policy(), AS_OF, actor="bench")
        store.close() if hasattr(store, "close") else None
    return {a.subject_key: a for a in assessments}, list(screened.signals)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(part_name: str, quiet: bool = False) -> dict[str, object]:
    folder_set = LOCKED_SETS.get(part_name, SET)
    all_labels = labels(folder_set)
    if part_name in LOCKED_SETS:
        chosen = all_labels
    else:
        parts = split(all_labels)
        chosen = {k: v for k, v in all_labels.items() if parts[k] == part_name}
    assessments: dict[str, object] = {}
    signals: list[object] = []
    started = time.process_time()
    for folder in sorted(folder_set.glob("part*")):
        a, s = run_part(folder)
        assessments.update(a)
        signals.extend(s)
    cpu = time.process_time() - started
    tp = fp = fn = tn = 0
    timely = 0
    errors: list[str] = []
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for key, row in sorted(chosen.items()):
        a = assessments.get(key)
        band = getattr(a, "band", "missing")
        flagged = band in ("review", "escalate")
        positive = row["label"] == "positive"
        kind = row["kind"]
        if positive and flagged:
            tp += 1
            since = getattr(a, "knowable_since", None)
            start = date.fromisoformat(row["knowable_from"])
            if since is not None and 0 <= (since.date() - start).days <= WINDOW_DAYS:
                timely += 1
            elif since is None or since.date() < start:
                by_kind["knowable_since"]["early"] += 1
            else:
                by_kind["knowable_since"]["late"] += 1
            by_kind[kind]["tp"] += 1
        elif positive:
            fn += 1
            by_kind[kind]["fn"] += 1
            errors.append(f"missed {key} {kind} ({band})")
        elif flagged:
            fp += 1
            by_kind[kind]["fp"] += 1
            errors.append(f"flagged {key} {kind} ({band}, {getattr(a, 'score', 0):.2f})")
        else:
            tn += 1
    p, r, f = _prf(tp, fp, fn)
    positives = {k for k, v in chosen.items() if v["label"] == "positive"}
    result: dict[str, object] = {
        "part": part_name,
        "accounts": len(chosen),
        "positives": len(positives),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "knowable_since_within_180d_of_label": round(timely / len(positives), 3)
        if positives
        else 0.0,
        "cpu_seconds": round(cpu, 1),
        "as_of": AS_OF.date().isoformat(),
    }
    second = second_reader_timing(folder_set, chosen, assessments)
    if second:
        result["second_reader"] = second
    if part_name == "dev":
        # The bundled model was trained on these accounts: this is an in-sample figure that
        # says nothing about generalisation. The honest development figures, per indicator
        # too, are the grouped cross-validation of bench/releval_cv.py (releval_dev_cv.json).
        result["in_sample"] = True
        result["honest_figures"] = "bench/results/releval_dev_cv.json (bench/releval_cv.py)"
        result["errors"] = errors
    if part_name == "dev" or part_name in LOCKED_SETS:
        # Counts by kind only (which hard-negative kinds were flagged); no account is named.
        result["by_kind"] = {k: dict(v) for k, v in sorted(by_kind.items())}
    if not quiet:
        print(json.dumps({k: v for k, v in result.items() if k != "errors"}, indent=1))
        if part_name == "dev":
            print("\n".join(errors))
    return result


def second_reader_timing(
    folder_set: Path, chosen: dict[str, dict[str, str]], assessments: dict[str, object]
) -> dict[str, object]:
    """knowable-since against a second reader's labels where a part has them
    (``labels_second_reader.csv``, see ``bench/releval_agreement.py``): over the positives
    both readers call positive, the share within 180 days of the author's date, of the
    second reader's date, and within [the earlier date, the later date + 180 days]."""
    second: dict[str, dict[str, str]] = {}
    for path in sorted(folder_set.glob("part*/labels_second_reader.csv")):
        second.update(labels_of(path))
    both = [
        k
        for k, v in chosen.items()
        if v["label"] == "positive" and second.get(k, {}).get("label") == "positive"
    ]
    if not both:
        return {}
    counts: Counter[str] = Counter()
    for key in both:
        since = getattr(assessments.get(key), "knowable_since", None)
        band = getattr(assessments.get(key), "band", "missing")
        if since is None or band not in ("review", "escalate"):
            continue
        author = date.fromisoformat(chosen[key]["knowable_from"])
        reader = date.fromisoformat(second[key]["knowable_from"])
        day = since.date()
        counts["author"] += 0 <= (day - author).days <= WINDOW_DAYS
        counts["second"] += 0 <= (day - reader).days <= WINDOW_DAYS
        low, high = min(author, reader), max(author, reader)
        counts["either"] += low <= day and (day - high).days <= WINDOW_DAYS
    n = len(both)
    return {
        "positives_both_readers": n,
        "within_180d_of_author": round(counts["author"] / n, 3),
        "within_180d_of_second_reader": round(counts["second"] / n, 3),
        "within_earlier_to_later_plus_180d": round(counts["either"] / n, 3),
    }


def labels_of(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["AccountId"]: row for row in csv.DictReader(handle)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="print the locked test figure")
    for rank, name in enumerate(LOCKED_SETS, start=2):
        parser.add_argument(
            f"--{name}", action="store_true", help=f"print locked set {rank}'s figure"
        )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    chosen = ["test"] if args.test else [n for n in LOCKED_SETS if getattr(args, n)]
    part = chosen[0] if chosen else "dev"
    if not any(LOCKED_SETS.get(part, SET).glob("part*/labels.csv")):
        print("skipped: evaluation set not found")
        return 0
    RESULTS.mkdir(exist_ok=True)
    result = evaluate(part, quiet=args.quiet)
    out = RESULTS / f"releval_{part}.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if part != "dev":
        looks_file = RESULTS / f"releval_{part}_looks.json"
        looks = json.loads(looks_file.read_text()) if looks_file.exists() else []
        looks.append(
            {
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                "f1": result["f1"],
                "knowable_since_within_180d": result["knowable_since_within_180d_of_label"],
            }
        )
        looks_file.write_text(json.dumps(looks, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
