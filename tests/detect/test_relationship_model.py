"""The relationship model, the CRM language gloss and the roles read in a sentence."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from knowable.catalogue.crm_language import MINOR_AGE, gloss, with_gloss
from knowable.catalogue.relationship import RelationshipRules, relationship_rules
from knowable.detect.relationship import model as relationship_model
from knowable.detect.relationship.detector import ROLE_WORDS, detect_relationship, role_of
from knowable.detect.relationship.model import (
    MODEL_ID,
    count_blocks,
    load_model,
    prepare,
    tfidf,
    tfidf_by_product,
)
from knowable.detect.relationship.reader import RecordReader, matcher_for
from knowable.model import Record
from knowable.text.match import sentences

DAY = datetime(2016, 5, 4, tzinfo=UTC)
RULES_ONLY = relationship_rules().model_copy(update={"model": None})


def _note(text: str, kind: str = "Note", subject: str = "acct-1") -> Record:
    return Record("crm", kind, {"Body": text}, DAY, subject_key=subject, text=text)


# --- language as staff write it -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("LE came by the front desk again", "law enforcement"),
        ("HSI agent called the acct mgr", "homeland security investigations"),
        ("FBI asked for the login records", "federal agency"),
        ("DA's office sent a letter", "district attorney"),
        ("Sgt from the PD asked for logs", "police department"),
        ("spoke w/ the acct mgr", "manager"),
        ("she said she is 16 y/o", "years old"),
    ],
)
def test_abbreviations_are_glossed(text: str, word: str) -> None:
    assert any(word in g for g in gloss(text))


@pytest.mark.parametrize(
    "text",
    ["Le client a signé le contrat", "the le creuset order shipped", "acctually fine"],
)
def test_lookalike_abbreviations_are_not_glossed(text: str) -> None:
    assert not any("law enforcement" in g or g == "account" for g in gloss(text))


@pytest.mark.parametrize(
    "text",
    ["girls 15-17 working the night shift", "she is 16 y/o", "looks about 14", "aged 13",
     "caller says she is 15.", "a couple look 15-16", "a 16-year-old girl",
     "'J'ai 15 ans'", "'tengo 16 años'", "'tenho 15 anos'", "I'm 17"],
)  # fmt: skip
def test_ages_under_18_are_marked(text: str) -> None:
    assert MINOR_AGE in gloss(text)


@pytest.mark.parametrize(
    "text",
    ["age 25", "about 5 users", "under 15 minutes", "2% of listings", "12 seats renewed",
     "staff aged 18 to 60", "invoice 1617 paid", "she is 15 minutes late",
     "looks like 12 seats", "he is 12 hrs a day on site", "a customer for 12 years",
     "12 years of history", "Tengo 12 empleados"],
)  # fmt: skip
def test_other_numbers_are_not_ages(text: str) -> None:
    assert MINOR_AGE not in gloss(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Worker said: 'el patrón tiene nuestros pasaportes'", "passports"),
        ("quoted msg: no me dejan salir de la casa", "not allowed to leave"),
        ("mensagem: o patrão ficou com o passaporte", "passport"),
        ("« on ne peut pas sortir, le patron garde nos passeports »", "cannot leave"),
        ("she wrote 'tengo que pagar la deuda'", "pay off the debt"),
        ("Her reply: 'muitas são menininhas do interior'", "young girls minors"),
        ("'não pedimos documento das modelos'", "no id check"),
        ("texto: 'trabajamos sin descanso, no nos pagan'", "not paid"),
        ("« les filles sont sans papiers »", "without documents"),
        ("'las niñas viven en el local'", "young girls"),
    ],
)
def test_spanish_portuguese_french_cues_are_glossed(text: str, word: str) -> None:
    assert word in gloss(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por la demo, nos vemos el lunes",
        "Merci pour la facture",
        "Obrigado!",
        "Nina from their finance team sent the PO",
        "Recebemos a fatura, obrigado",
    ],
)
def test_ordinary_foreign_text_has_no_cue(text: str) -> None:
    assert gloss(text) == []


def test_gloss_is_appended_and_text_kept() -> None:
    text = "LE visited"
    assert with_gloss(text).startswith(text)
    assert with_gloss("renewal signed") == "renewal signed"


# --- roles ------------------------------------------------------------------------------


def _role(text: str) -> str:
    reader = RecordReader(relationship_rules())
    [read] = reader.read(_note(text))
    return role_of(read, relationship_rules())


@pytest.mark.parametrize(
    "text",
    [
        "They offboarded the merchant after the escort ads and reported it to NCMEC.",
        "Their T&S team detected escort spam and removed the listings.",
        "Intake form asks survivors whether traffickers held their passports.",
        "Pro bono work representing victims of labour trafficking.",
        "Hotel group wants a report trafficking button for front desk staff.",
        "Every performer must show government ID and sign a consent release before upload.",
        "Uploads are blocked until the age verification result is stored.",
        "They spotted a funnel account and filed a SAR with the trafficking key term.",
        "Cashier saw a young girl in a truck cab and called 911.",
        "Sponsor bank exiting all MSBs in the region, not about this customer.",
    ],
)
def test_protective_role(text: str) -> None:
    assert _role(text) == "protective"


@pytest.mark.parametrize(
    "text",
    [
        "Police sent a records request about a former employee; customer cooperated.",
        "HSI subpoena for records of one subscriber's mailbox.",
    ],
)
def test_police_acting_on_someone_else(text: str) -> None:
    assert _role(text) == "third_party"


@pytest.mark.parametrize(
    "text",
    [
        "Owner was arrested after the raid; police say they reported nothing.",
        "The motel was raided and two minors recovered at the property.",
        "The recruiter holds the workers' passports.",
        "They asked us to switch off the age verification step for new uploaders.",
        "Customer made the consent release optional to speed up uploads.",
        "Uploads go live with no age checks at all.",
        "Owner structured deposits under $10k to avoid a SAR.",
    ],
)
def test_not_protective_when_customer_is_actor_or_target(text: str) -> None:
    assert _role(text) in ("actor", "target")


def test_protective_sentence_gives_no_rule_signal() -> None:
    text = "Their trust and safety team found a recruiter holds the passports and reported it."
    assert not [
        s for s in detect_relationship([_note(text)], rules=RULES_ONLY) if s.indicator == "BEH-02"
    ]


def test_same_rule_fires_when_the_customer_is_the_actor() -> None:
    text = "The customer's recruiter holds the workers' passports."
    fired = detect_relationship([_note(text)], rules=RULES_ONLY)
    assert [s for s in fired if s.indicator == "BEH-02"]


def test_police_target_overrides_protective_cue() -> None:
    text = "Owner was arrested; the recruiter holds the passports, per the hotline."
    fired = detect_relationship([_note(text)], rules=RULES_ONLY)
    [beh02] = [s for s in fired if s.indicator == "BEH-02"]
    assert beh02.explanation is not None
    assert ("role read", ROLE_WORDS["target"]) in beh02.explanation.facts


def test_rule_explanation_shows_the_customer_as_actor() -> None:
    fired = detect_relationship([_note("The recruiter holds the passports.")], rules=RULES_ONLY)
    [beh02] = [s for s in fired if s.indicator == "BEH-02"]
    assert beh02.explanation is not None
    assert ("role read", ROLE_WORDS["actor"]) in beh02.explanation.facts


# --- the model ----------------------------------------------------------------------------

RED = [
    "Site visit: mgr holds the girls' passports and they owe a debt they must work off. "
    "They live in the back room and are not allowed to leave.",
    "Owner was arrested by HSI; minors recovered at the motel, rooms rented by the hour for cash.",
    "Customer asked us to strip words like teen and young from the escort ads and still publish.",
]
BENIGN = [
    "Renewal for 25 seats signed, invoice sent to accounts payable.",
    "Password reset for the office manager; closed.",
    "Onboarding call, integration with their calendar app, next steps TBD.",
]


def test_model_loads_with_its_metadata() -> None:
    model = load_model()
    assert model.version
    assert 0.0 < float(model.meta["emit_threshold"]) < 1.0
    assert model.meta["trained_on"].startswith("bench/releval development part")


def test_model_scores_red_flags_above_routine_records() -> None:
    model = load_model()
    red = model.scores(RED, ["Note"] * len(RED))
    benign = model.scores(BENIGN, ["Note"] * len(BENIGN))
    assert red.min() > benign.max()
    assert benign.max() < float(model.meta["emit_threshold"])


def test_prepare_is_deterministic_and_folds() -> None:
    assert prepare("Policía: 16 y/o", "Note") == prepare("Policía: 16 y/o", "Note")
    assert "policia" in prepare("Policía", "Note")
    assert "00 y/o" in prepare("16 y/o")


def test_model_signal_quotes_the_sentence_and_explains() -> None:
    text = "Quarterly check-in went fine. " + RED[0]
    signals = [s for s in detect_relationship([_note(text)]) if s.indicator == "REL-12"]
    [signal] = signals
    assert signal.explanation is not None
    assert signal.explanation.method == "model"
    assert signal.explanation.method_id == MODEL_ID
    assert signal.details["score"] >= signal.details["threshold"]
    for e in signal.evidence:
        assert text[e.start : e.end] == e.quote
    assert all("Quarterly check-in" not in e.quote for e in signal.evidence)
    assert any(f.name == "record score" for f in signal.explanation.features)


@pytest.mark.parametrize("text", BENIGN)
def test_model_stays_silent_on_routine_records(text: str) -> None:
    assert not [s for s in detect_relationship([_note(text)]) if s.indicator == "REL-12"]


def _with_model(**update: object) -> RelationshipRules:
    rules = relationship_rules()
    assert rules.model is not None
    return rules.model_copy(update={"model": rules.model.model_copy(update=update)})


def test_rule_signals_from_clearly_benign_records_are_dropped() -> None:
    text = "Sales asked for a policy exception on the seat minimum for the school district."
    rules_alone = detect_relationship([_note(text)], rules=RULES_ONLY)
    assert [s for s in rules_alone if s.indicator == "REL-08"]
    everything_benign = _with_model(benign_below=1.0)
    found = detect_relationship([_note(text)], rules=everything_benign)
    assert not [s for s in found if s.indicator == "REL-08"]


def test_noisy_rules_need_the_model_to_corroborate() -> None:
    text = "The recruiter holds the workers' passports."
    strict = _with_model(benign_below=0.0, corroborate=["BEH-02"], corroborate_at=1.0)
    assert not [
        s for s in detect_relationship([_note(text)], rules=strict) if s.indicator == "BEH-02"
    ]
    lenient = _with_model(benign_below=0.0, corroborate=["BEH-02"], corroborate_at=0.0)
    assert [s for s in detect_relationship([_note(text)], rules=lenient) if s.indicator == "BEH-02"]
    other = _with_model(benign_below=0.0, corroborate=["REL-09"], corroborate_at=1.0)
    assert [s for s in detect_relationship([_note(text)], rules=other) if s.indicator == "BEH-02"]


# --- the same scores, cheaper -----------------------------------------------------------

SCORED = [
    "Owner said the escort section is most of their revenue now.",
    "Routine renewal call, no issues.",
    "",
    "aaa aaa aaa bbb; the ads the ads the ads",
    "Detective asked for the poster's login records about a trafficked minor.",
]


def test_tfidf_equals_the_diagonal_product_bit_for_bit() -> None:
    """The entry-by-entry IDF gives the very matrix the product with the diagonal IDF
    matrix gave: same entries, same order in each row, same floating-point values."""
    model = load_model()
    words, chars = count_blocks([prepare(t, "Note") for t in SCORED])
    for counts, idf in ((words, model.idf_word), (chars, model.idf_char)):
        fast, product = tfidf(counts, idf), tfidf_by_product(counts, idf)
        assert np.array_equal(fast.indptr, product.indptr)
        assert np.array_equal(fast.indices, product.indices)
        assert np.array_equal(fast.data, product.data)
    # a row laid out in another order is not the same matrix to the dot product's sums
    flipped = tfidf(words, model.idf_word)
    flipped.sort_indices()
    assert not np.array_equal(flipped.indices, tfidf_by_product(words, model.idf_word).indices)


def test_a_texts_score_does_not_depend_on_the_others_in_its_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scoring in one batch, one by one or in chunks gives equal floats (the sentence
    scores of all records are computed in one call, records in chunks)."""
    model = load_model()
    kinds = ["Note", "Task", "Case", "Note", "Note"]
    batch = model.scores(SCORED, kinds)
    single = [float(model.scores([t], [k])[0]) for t, k in zip(SCORED, kinds, strict=True)]
    assert batch.tolist() == single
    monkeypatch.setattr(relationship_model, "SCORE_CHUNK", 2)
    assert model.scores(SCORED, kinds).tolist() == single
    assert model.scores(SCORED[::-1], kinds[::-1]).tolist() == single[::-1]


def test_hits_by_concept_leave_negated_terms_out() -> None:
    reader = RecordReader(relationship_rules())
    (read,) = reader.read(_note("Posters pay for the ads, not trafficking."))
    assert any(h.concept == "harm" and h.negated for h in read.hits)
    assert "harm" not in read.by_concept and read.positive("harm") == []
    assert "population" in read.by_concept
    for concept, hits in read.by_concept.items():
        assert list(hits) == [h for h in read.hits if h.concept == concept and not h.negated]


def test_the_concept_matcher_is_built_once_per_rules_object() -> None:
    rules = relationship_rules()
    assert matcher_for(rules) is matcher_for(rules)
    assert RecordReader(rules).matcher is matcher_for(rules)
    other = rules.model_copy(update={"concepts": {**rules.concepts, "extra": ["zebra crossing"]}})
    assert matcher_for(other) is not matcher_for(rules)
    tokens = sentences("We met at the zebra crossing.")[0].tokens
    assert any(h.concept == "extra" for h in matcher_for(other).hits(tokens))
    assert not any(h.concept == "extra" for h in matcher_for(rules).hits(tokens))


# Rules 2026.12.36: a record the model doubts, where the customer acts against the harm
DOUBTED = (
    "Their analysts pull postings where the employer keeps workers' passports. "
    "They removed 40 employer accounts this qtr and reported them to DOL."
)


def test_a_doubted_record_where_the_customer_acts_gives_no_harm_reading() -> None:
    doubting = _with_model(benign_below=0.0, corroborate=[], doubt_below=1.0)
    found = detect_relationship([_note(DOUBTED)], rules=doubting)
    assert not [s for s in found if s.indicator == "BEH-02"]


def test_without_doubt_the_same_record_keeps_its_harm_reading() -> None:
    trusting = _with_model(benign_below=0.0, corroborate=[], doubt_below=0.0)
    found = detect_relationship([_note(DOUBTED)], rules=trusting)
    assert [s for s in found if s.indicator == "BEH-02"]


def test_doubt_needs_the_customer_acting_against_the_harm() -> None:
    text = "The crew boss keeps the workers' passports in the office."
    doubting = _with_model(benign_below=0.0, corroborate=[], doubt_below=1.0)
    found = detect_relationship([_note(text)], rules=doubting)
    assert [s for s in found if s.indicator == "BEH-02"]


def test_rule_signal_carries_the_model_score_of_its_record() -> None:
    # The policy holds a rule's reading the model does not share (corroboration.model_below):
    # the rule signal records the model's score of the record it read.
    note = _note("The recruiter keeps the workers' passports until they pay off the travel debt.")
    fired = detect_relationship([note])
    [beh02] = [s for s in fired if s.indicator == "BEH-02"]
    score = beh02.details["model_score"]
    assert 0.0 <= score <= 1.0
    model = relationship_model.load_model()
    assert score == round(float(model.scores([note.text], [note.kind])[0]), 3)


def test_without_a_model_rule_signals_carry_no_score() -> None:
    fired = detect_relationship([_note("The recruiter holds the passports.")], rules=RULES_ONLY)
    [beh02] = [s for s in fired if s.indicator == "BEH-02"]
    assert "model_score" not in beh02.details
