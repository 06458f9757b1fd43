"""Rules 2026.12.32: BIZ-07 read where checks were never there ("no ID or age check of the
uploader"), not only where they were switched off, and the customer's case against a check
("age verification 'kills conversion'") as weakening it; a check that is absent is no
safeguard the customer keeps."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_fixtures import indicators, note, sentence_role

from knowable.model import Record

DAY = datetime(2016, 2, 9, tzinfo=UTC)
KEY = "acct-uploads"


def _note(text: str) -> Record:
    return note(KEY, DAY, text)


def test_no_age_or_id_check_of_uploaders_is_biz07() -> None:
    text = "Anyone with an email can upload; no ID or age check of the uploader, no review."
    assert "BIZ-07" in indicators(_note(text))
    assert sentence_role(_note(text)) != "protective"


def test_no_checks_of_the_people_in_the_videos_is_biz07() -> None:
    assert "BIZ-07" in indicators(_note("No consent forms for the people in the videos."))


def test_checks_every_uploader_passes_are_no_biz07() -> None:
    text = "Every uploader passes ID and age checks before the first upload."
    assert "BIZ-07" not in indicators(_note(text))
    assert sentence_role(_note(text)) == "protective"


def test_no_id_check_at_a_front_desk_is_no_upload_check() -> None:
    assert "BIZ-07" not in indicators(_note("Front desk: no ID check at check-in, cash only."))


def test_checks_made_mandatory_after_none_are_no_biz07() -> None:
    text = "They had no age check on uploads until 2016; it is now mandatory for every uploader."
    assert "BIZ-07" not in indicators(_note(text))


def test_age_verification_that_kills_conversion_is_weakened() -> None:
    text = "Ethan: age verification 'kills conversion ~40%', they will not add it."
    assert "BIZ-07" in indicators(_note(text))


def test_age_verification_rolled_out_is_no_biz07() -> None:
    text = "Ethan: age verification rolled out to all creators, conversion held up fine."
    assert "BIZ-07" not in indicators(_note(text))


def test_hash_scanning_turned_off_at_the_customers_request_is_biz07() -> None:
    text = "Customer asks to turn off hash scanning on all upload buckets: 'adds latency'."
    assert "BIZ-07" in indicators(_note(text))


def test_hash_scanning_added_is_no_biz07() -> None:
    assert "BIZ-07" not in indicators(_note("Added hash scanning to all upload buckets."))
