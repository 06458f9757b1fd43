"""Properties: an earlier as_of never sees later evidence; knowable_since is stable under
later evidence (for indicators that need no corroboration; with the policy's stricter
knowable-since standard a later record may move it later once: test_knowable_standard)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from assess_factories import moved
from hypothesis import given, settings
from hypothesis import strategies as st

from knowable.assess.score import assess
from knowable.catalogue.policy import bundled_policy
from knowable.model import Signal

POLICY = bundled_policy()
START = datetime(2010, 1, 1, tzinfo=UTC)
INDICATORS = [
    "REL-01",
    "REL-03",
    "REL-05",
    "NEWS-02",
    "NEWS-05",
    "BEH-02",
    "AD-01",
    "AD-04",
    "BIZ-17",
]
STAGES = [None, "allegation", "conviction", "charge"]


@st.composite
def signals(draw: st.DrawFn, max_size: int = 14) -> list[Signal]:
    out = []
    for i in range(draw(st.integers(0, max_size))):
        days = draw(st.integers(0, 4000))
        stage = draw(st.sampled_from(STAGES))
        out.append(
            Signal(
                "acct-1",
                draw(st.sampled_from(INDICATORS)),
                draw(st.floats(0.05, 1.0)),
                START + timedelta(days=days, hours=draw(st.integers(0, 23))),
                "test",
                "1",
                record_id=f"r{i}",
                details={"stage": stage} if stage else {},
            )
        )
    return out


@settings(max_examples=60, deadline=None)
@given(signals(), st.integers(0, 4200))
def test_earlier_as_of_never_sees_later_evidence(found: list[Signal], cut: int) -> None:
    as_of = START + timedelta(days=cut)
    seen = assess("acct-1", found, POLICY, as_of)
    visible = [s for s in found if s.observed_at is not None and s.observed_at <= as_of]
    assert seen == assess("acct-1", visible, POLICY, as_of)
    later_ids = {s.id for s in found} - {s.id for s in visible}
    assert not later_ids & {c.signal_id for c in seen.contributions}
    if seen.knowable_since is not None:
        assert seen.knowable_since <= as_of


@settings(max_examples=60, deadline=None)
@given(signals(), signals(max_size=6), st.integers(0, 4000))
def test_knowable_since_stable_under_later_signals(
    found: list[Signal], extra: list[Signal], shift: int
) -> None:
    as_of = START + timedelta(days=9000)
    before = assess("acct-1", found, POLICY, as_of)
    horizon = before.knowable_since or (START + timedelta(days=shift))
    later = [moved(s, horizon + timedelta(days=1 + i), f"x{i}") for i, s in enumerate(extra)]
    after = assess("acct-1", [*found, *later], POLICY, as_of)
    if before.knowable_since is not None:
        assert after.knowable_since == before.knowable_since
    else:
        assert after.knowable_since is None or after.knowable_since > horizon
