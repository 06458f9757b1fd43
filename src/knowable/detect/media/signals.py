"""From articles and subjects to Signals: mentions, findings, indicator mapping, stories.

A story carried by several outlets is screened once, on its earliest-dated article, and
every signal it gives is observed at that first date (``observed_at``), with the other
sources listed in ``details["story_sources"]``. Findings whose role is a victim,
plaintiff, witness, cleared party, service provider or a mere mention give no signal.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from knowable.catalogue.media import (
    STAGE_ORDER,
    Category,
    RoleCatalogue,
    SignalRule,
    media_categories,
    media_roles,
)
from knowable.detect.media.adverse import AdverseModel, bundled_model
from knowable.detect.media.findings import Finding, analyse
from knowable.detect.media.mentions import MentionIndex
from knowable.explain import facts_from
from knowable.model import Evidence, Explanation, Feature, Record, Signal, Subject
from knowable.sources.stories import Story, group_stories

DETECTOR = "media"
MAX_QUOTES = 3


def detector_version(model: AdverseModel | None = None) -> str:
    """Version of the detector: the rule catalogue and model versions together."""
    model = model or bundled_model()
    return f"media-1+roles-{media_roles().version}+{model.version}"


@dataclass(frozen=True)
class ArticleResult:
    """Everything the media detector concluded about one article."""

    record: Record
    adverse_score: float
    adverse: bool
    findings: tuple[Finding, ...] = ()
    signals: tuple[Signal, ...] = ()


@dataclass
class MediaScreening:
    """The outcome of screening subjects against articles."""

    results: list[ArticleResult] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)

    @property
    def signals(self) -> list[Signal]:
        return [s for r in self.results for s in r.signals]


def _supports(
    rule: SignalRule, finding: Finding, catalogue: RoleCatalogue, categories: dict[str, Category]
) -> bool:
    if finding.role in catalogue.non_perpetrator:
        return False
    by_role = finding.role in rule.roles and not finding.role_from_event
    if not by_role and not (rule.events & set(finding.events)):
        return False
    if rule.trafficking is None:
        return True
    found = [categories[c] for c in finding.categories if c in categories]
    if rule.trafficking:
        return any(c.trafficking for c in found)
    return any(c.grave and not c.trafficking for c in found)


def signals_for(
    record: Record,
    findings: Sequence[Finding],
    *,
    adverse_score: float,
    version: str,
    story: Story | None = None,
    catalogue: RoleCatalogue | None = None,
    categories: dict[str, Category] | None = None,
) -> list[Signal]:
    """One Signal per (subject, indicator) that the findings of this article support."""
    catalogue = catalogue or media_roles()
    categories = categories if categories is not None else media_categories()
    observed_at = story.first_seen if story and story.first_seen else record.available_at
    out: list[Signal] = []
    subjects = sorted({f.subject_key for f in findings})
    for key in subjects:
        own = [f for f in findings if f.subject_key == key]
        by_indicator: dict[str, tuple[float, list[Finding]]] = {}
        for rule in catalogue.signals:
            support = [f for f in own if _supports(rule, f, catalogue, categories)]
            if not support:
                continue
            strength, previous = by_indicator.get(rule.indicator, (0.0, []))
            merged = previous + [f for f in support if f not in previous]
            by_indicator[rule.indicator] = (max(strength, rule.strength), merged)
        for indicator, (strength, support) in sorted(by_indicator.items()):
            roles = [f.role for f in support]
            top_role = max(roles, key=lambda r: catalogue.precedence.get(r, 0))
            stages = [f.stage for f in support if f.stage]
            details = {
                "role": top_role,
                "roles": sorted(set(roles)),
                "stage": max(stages, key=lambda s: STAGE_ORDER[s]) if stages else None,
                "categories": sorted({c for f in support for c in f.categories}),
                "topics": sorted({t for f in support for t in f.topics}),
                "events": sorted({e for f in support for e in f.events}),
                "rules": sorted({r for f in support for r in f.rules}),
                "attribution": next((f.attribution for f in support if f.attribution), None),
                "story_id": story.story_id if story else None,
                "story_sources": len(story.record_ids) if story else 1,
                "outlets": list(story.outlets) if story else [],
                "adverse_score": round(adverse_score, 4),
                "title": record.payload.get("title"),
            }
            evidence = tuple(
                Evidence(record_id=record.id, quote=f.quote, start=f.start, end=f.end)
                for f in support[:MAX_QUOTES]
            )
            out.append(
                Signal(
                    subject_key=key,
                    indicator=indicator,
                    strength=strength,
                    observed_at=observed_at,
                    detector=DETECTOR,
                    detector_version=version,
                    evidence=evidence,
                    record_id=record.id,
                    details=details,
                    explanation=_explain(indicator, details, support, version),
                )
            )
    return out


def _explain(
    indicator: str, details: dict[str, object], support: Sequence[Finding], version: str
) -> Explanation:
    """Role, stage and categories read in the article, and the model's adverse score."""
    stage = details.get("stage")
    title = details.get("title")
    summary = f"the article names the subject as {details['role']}"
    if stage:
        summary += f" at stage {stage}"
    if title:
        summary += f" ({title})"
    facts = facts_from(
        details,
        ("role", "roles", "stage", "categories", "topics", "events", "attribution", "outlets"),
    )
    features = (
        Feature("adverse-media model", float(str(details["adverse_score"])), None, "article score"),
        *(Feature(f"rule {r}", None, None, f"role {f.role}") for f in support for r in f.rules),
    )
    return Explanation(
        summary=summary,
        method="rules+model",
        method_id=", ".join(sorted({r for f in support for r in f.rules})) or indicator,
        version=version,
        facts=(*facts, ("sources of the story", str(details.get("story_sources")))),
        features=features,
    )


class MediaScreener:
    """Screens articles against a book of subjects (build once, reuse for many articles)."""

    def __init__(self, subjects: Iterable[Subject], model: AdverseModel | None = None) -> None:
        self.catalogue = media_roles()
        self.categories = media_categories()
        self.model = model or bundled_model()
        self.index = MentionIndex(
            subjects, self.catalogue.descriptor_heads, self.catalogue.online_heads
        )
        self.version = detector_version(self.model)

    def article(self, record: Record, story: Story | None = None) -> ArticleResult:
        """Score one article and find what it says about each subject it mentions."""
        score = self.model.score(record.text)
        mentions = self.index.find(record.text)
        findings = analyse(record.text, mentions, self.catalogue, self.categories)
        signals = signals_for(
            record,
            findings,
            adverse_score=score,
            version=self.version,
            story=story,
            catalogue=self.catalogue,
            categories=self.categories,
        )
        return ArticleResult(
            record=record,
            adverse_score=score,
            adverse=score >= self.model.threshold,
            findings=tuple(findings),
            signals=tuple(signals),
        )

    def screen(
        self, records: Iterable[Record], only: Collection[str] | None = None
    ) -> MediaScreening:
        """Group articles into stories and screen each story once, on its first article.

        With ``only`` (record ids: the articles new since the last screening) only the
        stories whose first article is one of them are screened: a new article that joins
        an older story adds nothing a full screening would find.
        """
        articles = [r for r in records if r.kind == "article"]
        stories = group_stories(articles)
        by_id = {r.id: r for r in articles}
        if only is not None:
            stories = [s for s in stories if s.record_ids[0] in only]
        outcome = MediaScreening(stories=stories)
        for story in stories:
            outcome.results.append(self.article(by_id[story.record_ids[0]], story))
        return outcome
