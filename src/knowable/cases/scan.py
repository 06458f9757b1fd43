"""Turn stored assessments and signals into alerts and cases (the opening rules, applied).

For each assessed subject the newest assessment is compared with the one before it (band
entry); every subject with an assessment, a case or a grave signal has its signals checked
for new grave ones; a cleared case whose evidence changed is reopened. Running it twice
changes nothing the second time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from knowable.cases.repository import CaseFilter, CaseRepository
from knowable.catalogue import indicators
from knowable.model import Assessment
from knowable.store import Store


@dataclass(frozen=True, slots=True)
class ScanResult:
    subjects: int
    cases_touched: tuple[str, ...]


def scan(store: Store, repo: CaseRepository, actor: str) -> ScanResult:
    """Apply the opening rules to everything stored; one audit event records the scan."""
    history: dict[str, list[Assessment]] = defaultdict(list)
    for item in store.assessments(latest=False):
        history[item.subject_key].append(item)
    keys = set(history)
    for indicator_id, spec in indicators().items():
        if spec.spec.grave:
            keys.update(s.subject_key for s in store.signals(indicator=indicator_id))
    found, _ = repo.cases(CaseFilter(), limit=1_000_000)
    keys.update(c.subject_key for c in found)
    touched: list[str] = []
    for subject_key in sorted(keys):
        items = sorted(history.get(subject_key, []), key=lambda a: a.as_of)
        latest = items[-1] if items else None
        previous = items[-2].band if len(items) > 1 else None
        before = repo.case_for_subject(subject_key)
        signals = store.signals(subject_key=subject_key)
        case = repo.on_evidence(subject_key, signals, latest, previous)
        if case is not None and (before is None or before.version != case.version):
            touched.append(case.id)
    store.append_audit(
        actor, "cases.scan", "cases", "all", {"subjects": len(keys), "cases_touched": touched}
    )
    return ScanResult(len(keys), tuple(touched))
