"""Turn stored assessments and signals into alerts and cases (the opening rules, applied).

For each assessed subject the newest assessment is compared with the one before it (band
entry), its signals are checked for new grave ones, and a cleared case whose evidence
changed is reopened. Running it twice changes nothing the second time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from knowable.cases.repository import CaseRepository
from knowable.model import Assessment
from knowable.store import Store


@dataclass(frozen=True, slots=True)
class ScanResult:
    subjects: int
    cases_touched: tuple[str, ...]


def scan(store: Store, repo: CaseRepository, actor: str) -> ScanResult:
    history: dict[str, list[Assessment]] = defaultdict(list)
    for item in store.assessments(latest=False):
        history[item.subject_key].append(item)
    touched: list[str] = []
    for subject_key, items in sorted(history.items()):
        items.sort(key=lambda a: a.as_of)
        latest = items[-1]
        previous = items[-2].band if len(items) > 1 else None
        before = repo.case_for_subject(subject_key)
        case = repo.on_assessment(latest, previous, store.signals(subject_key=subject_key))
        if case is not None and (before is None or before.version != case.version):
            touched.append(case.id)
    store.append_audit(
        actor, "cases.scan", "cases", "all", {"subjects": len(history), "cases_touched": touched}
    )
    return ScanResult(len(history), tuple(touched))
