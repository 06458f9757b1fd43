"""The words of a case: its states and the dispositions a person can decide.

Kept apart from :mod:`knowable.cases.lifecycle` so that naming them (the CLI offers the
states as choices) does not load the alert rules and the catalogue behind them.
"""

from __future__ import annotations

from enum import StrEnum


class CaseState(StrEnum):
    OPEN = "open"
    IN_REVIEW = "in_review"
    #: A grave disposition (offboard, report to authorities) proposed by one person and
    #: waiting for a second person's approval (four eyes).
    AWAITING_APPROVAL = "awaiting_approval"
    DECIDED = "decided"


class Disposition(StrEnum):
    CLEARED = "cleared"
    ENHANCED_DUE_DILIGENCE = "enhanced_due_diligence"
    OFFBOARD = "offboard"
    REPORT_TO_AUTHORITIES = "report_to_authorities"
