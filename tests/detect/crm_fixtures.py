"""CRM records for the relationship detector's tests: one Salesforce object of one
customer, with its text, and the indicators the rules alone read from a few of them."""

from __future__ import annotations

from datetime import datetime

from knowable.catalogue.relationship import relationship_rules
from knowable.detect.relationship.detector import detect_relationship
from knowable.detect.relationship.reader import RecordReader
from knowable.detect.relationship.roles import read_roles
from knowable.model import Record

#: The bundled rules without the model: what the rules alone read.
RULES_ONLY = relationship_rules().model_copy(update={"model": None})


def crm_record(kind: str, key: str, day: datetime, text: str, **fields: str) -> Record:
    """A ``kind`` record of customer ``key`` on ``day`` whose payload is ``fields`` and whose
    text is ``text``."""
    return Record("crm", kind, dict(fields), day, subject_key=key, text=text)


def indicators(*records: Record) -> set[str]:
    """The indicators the rules alone (``RULES_ONLY``) read from ``records``."""
    return {s.indicator for s in detect_relationship(list(records), rules=RULES_ONLY)}


def note(key: str, day: datetime, text: str) -> Record:
    """A Note of customer ``key`` on ``day`` whose body is ``text``."""
    return crm_record("Note", key, day, text, Body=text)


def sentence_role(record: Record) -> str:
    """The customer's role the rules alone read in ``record``, a one-sentence record."""
    (read,) = RecordReader(RULES_ONLY).read(record)
    return read_roles(read.sentence, read.hits, RULES_ONLY, None, record.text).role
