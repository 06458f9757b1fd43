"""Reading tests/media/press_roles.csv: the split, the label vocabulary, one prediction per row.

The table quotes short sentences of real county prosecutors' press releases
(../shared/data/media/press_releases) and was labelled by someone who never read the rules:
for each row, the role the party (a person, company, agency or website named in the
sentence) plays and the stage of the proceedings the sentence reports.

Split rule, fixed once before any rule was changed: a row belongs to the development half
when the first byte of the SHA-256 of its ``file`` (UTF-8) is even, to the held-out half
otherwise. All rows of one release fall in the same half. Rules are tuned on the
development half only; the held-out half is reported, never read to change a rule.

Used by tests/media/test_press_roles.py and bench/media_roles_bench.py.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from knowable.catalogue.media import media_roles
from knowable.detect.media.findings import Finding, analyse
from knowable.detect.media.mentions import MentionIndex
from knowable.model import Subject

TABLE = Path(__file__).with_name("press_roles.csv")

#: From the reader's roles to the labeller's words ("accused" covers accused and charged:
#: the labeller told the two apart by the stage).
LABEL_OF_ROLE = {
    "accused": "accused",
    "charged": "accused",
    "convicted": "convicted",
    "civil_defendant": "civil_defendant",
    "cleared": "cleared",
    "venue_or_instrument": "venue",
    "service_provider": "service_provider",
    "victim": "victim",
    "plaintiff": "plaintiff",
    "witness": "witness",
    "investigator": "investigator",
    "journalist": "journalist",
    "mentioned": "mentioned",
}
#: From the labeller's stages to the reader's.
STAGE_OF_LABEL = {
    "none": None,
    "allegation": "allegation",
    "charge": "charge",
    "plea": "trial_or_plea",
    "sentence": "conviction_or_action",
    "conviction": "conviction_or_action",
    "seizure": "conviction_or_action",
}
PERPETRATOR_LABELS = frozenset({"accused", "convicted", "civil_defendant"})


@dataclass(frozen=True)
class Row:
    file: str
    sentence: str
    party: str
    role: str
    stage: str
    note: str

    @property
    def half(self) -> str:
        return half_of(self.file)


@dataclass(frozen=True)
class Prediction:
    role: str
    stage: str | None
    finding: Finding | None


def half_of(file: str) -> str:
    """``dev`` or ``heldout``: the first byte of SHA-256(file) even or odd."""
    return "dev" if hashlib.sha256(file.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def load(half: str | None = None) -> list[Row]:
    """The rows of the table, optionally of one half."""
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = [Row(**{k: (v or "").strip() for k, v in r.items()}) for r in csv.DictReader(handle)]
    return [r for r in rows if half is None or r.half == half]


def predict(row: Row) -> Prediction:
    """The reader's role for the row's party in the row's sentence (party as the subject)."""
    catalogue = media_roles()
    subject = Subject(key="P", schema="LegalEntity", name=row.party)
    # The same helper measures the rules as they were before online heads existed.
    online = getattr(catalogue, "online_heads", None)
    heads = (
        (catalogue.descriptor_heads,) if online is None else (catalogue.descriptor_heads, online)
    )
    index = MentionIndex([subject], *heads)
    findings = [f for f in analyse(row.sentence, index.find(row.sentence)) if f.subject_key == "P"]
    if not findings:
        return Prediction("not_found", None, None)
    best = max(findings, key=lambda f: catalogue.precedence.get(f.role, 0))
    return Prediction(LABEL_OF_ROLE.get(best.role, best.role), best.stage, best)
