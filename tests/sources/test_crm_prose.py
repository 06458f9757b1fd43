"""Salesforce objects that carry the provider's own words besides the seven it knew first:
CaseComment, EmailMessage, FeedItem / FeedComment, ContentNote (through
ContentDocumentLink), LiveChatTranscript, Lead, and meeting notes as Events. Each is linked
to its customer, dated by its own date, its prose read, and screened like a note; an
unlinkable row is kept. Every company, person and sentence here is fictional."""

from __future__ import annotations

import base64
import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from knowable.detect.relationship.detector import detect_relationship
from knowable.model import Record, Signal
from knowable.sources import prose
from knowable.sources.crmfields import available_at, record_text
from knowable.sources.salesforce import CrmExport, discover, parse_export

MOTEL = "001PRS000000000001"  # the customer whose records carry red flags
BAKERY = "001PRS000000000002"  # an ordinary customer
CASE_M = "500PRS000000000001"
CASE_B = "500PRS000000000002"
OPP_M = "006PRS000000000001"

#: Red-flag sentences (fictional) and routine ones.
PASSPORTS = (
    "The owner keeps the workers' passports in the office safe and deducts rent from their wages."
)
STRIP = (
    "Customer asked us to strip words like 'young' and 'fresh girls' from listings so the "
    "card processors don't catch them."
)
ROOMS = (
    "Girls working the rooms look about 15, they sleep on site and say they owe the "
    "manager for the trip."
)
# Routine text. (Not "... and closed the ticket": relationship model 1.1 reads that phrase
# at 0.41, just over its 0.40 emission bar, a known weakness of the model, not of the
# objects these tests are about; see docs/models/relationship.md.)
ROUTINE = "Customer asked for a copy of the March invoice; sent it over."
ROUTINE2 = "Walked the bakery manager through the new order screen, password reset done."


def _write(folder: Path, name: str, rows: list[dict[str, str]]) -> None:
    with (folder / name).open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)


def _base(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    _write(
        folder,
        "Account.csv",
        [
            {"Id": MOTEL, "Name": "Nightjar Roadside Inns LLC", "Industry": "Hospitality",
             "Description": "Motel operator, three sites", "CreatedDate": "2014-01-10"},
            {"Id": BAKERY, "Name": "Crumb & Kettle Bakery", "Industry": "Food",
             "Description": "Family bakery", "CreatedDate": "2014-01-11"},
        ],
    )  # fmt: skip
    _write(
        folder,
        "Case.csv",
        [
            {"Id": CASE_M, "AccountId": MOTEL, "Subject": "Billing", "Description":
             "Question about an invoice", "Status": "Closed", "CreatedDate": "2015-03-01"},
            {"Id": CASE_B, "AccountId": BAKERY, "Subject": "Login", "Description":
             "Cannot log in", "Status": "Closed", "CreatedDate": "2015-03-02"},
        ],
    )  # fmt: skip
    _write(
        folder,
        "Opportunity.csv",
        [{"Id": OPP_M, "AccountId": MOTEL, "Name": "Booking module", "StageName": "Prospecting",
          "CloseDate": "2015-09-30", "CreatedDate": "2015-02-01"}],
    )  # fmt: skip
    return folder


def _screen(folder: Path) -> tuple[CrmExport, list[Signal]]:
    out = parse_export(discover(folder))
    return out, detect_relationship(out.records)


def _record(out: CrmExport, ident: str) -> Record:
    return next(r for r in out.records if r.external_id == ident)


def _signals_of(signals: list[Signal], record: Record) -> list[Signal]:
    return [s for s in signals if s.record_id == record.id]


def _assert_flagged(signals: list[Signal], record: Record, when: datetime, quote: str) -> None:
    """A relationship signal from ``record``, on its customer, dated ``when``, quoting the
    sentence that starts like ``quote``."""
    found = _signals_of(signals, record)
    assert found, f"no signal from {record.kind} {record.external_id}"
    assert {s.subject_key for s in found} == {record.subject_key}
    assert {s.observed_at for s in found} == {when}
    assert any(quote[:40] in ev.quote for s in found for ev in s.evidence)


def _d(text: str) -> datetime:
    day = datetime.fromisoformat(text)
    return day if day.tzinfo else day.replace(tzinfo=UTC)


# -- CaseComment ------------------------------------------------------------------------


def test_case_comment_is_linked_through_its_case_dated_and_screened(tmp_path: Path) -> None:
    folder = _base(tmp_path / "x")
    _write(
        folder,
        "CaseComment.csv",
        [
            {"Id": "00aPRS000000000001", "ParentId": CASE_M, "CommentBody": ROOMS,
             "IsPublished": "false", "CreatedDate": "2016-05-04T10:00:00.000+0000"},
            {"Id": "00aPRS000000000002", "ParentId": CASE_B, "CommentBody": ROUTINE,
             "IsPublished": "true", "CreatedDate": "2016-05-05T10:00:00.000+0000"},
            {"Id": "00aPRS000000000003", "ParentId": "500PRS000000000099", "CommentBody":
             ROOMS, "IsPublished": "false", "CreatedDate": "2016-05-06T10:00:00.000+0000"},
        ],
    )  # fmt: skip
    out, signals = _screen(folder)
    red = _record(out, "00aPRS000000000001")
    assert red.subject_key == MOTEL and red.text == ROOMS
    _assert_flagged(signals, red, _d("2016-05-04T10:00:00+00:00"), ROOMS)
    routine = _record(out, "00aPRS000000000002")
    assert routine.subject_key == BAKERY and not _signals_of(signals, routine)
    # A comment on a case that is neither in the export nor stored: kept, not screened.
    orphan = _record(out, "00aPRS000000000003")
    assert orphan.subject_key is None and not _signals_of(signals, orphan)
    assert out.quarantined == []


def test_case_comment_with_a_bad_date_is_quarantined_naming_file_row_and_field(
    tmp_path: Path,
) -> None:
    folder = _base(tmp_path / "x")
    _write(
        folder,
        "CaseComment.csv",
        [{"Id": "00aPRS000000000001", "ParentId": CASE_M, "CommentBody": ROOMS,
          "CreatedDate": "2016-02-30"}],
    )  # fmt: skip
    out = parse_export(discover(folder))
    [bad] = out.quarantined
    assert (Path(bad.file).name, bad.line, bad.field) == ("CaseComment.csv", 2, "CreatedDate")
    assert "not a date" in bad.reason
    assert ROOMS in bad.raw


# -- EmailMessage -----------------------------------------------------------------------


def test_email_is_dated_by_its_message_date_and_read_from_its_html_body(tmp_path: Path) -> None:
    folder = _base(tmp_path / "x")
    _write(
        folder,
        "EmailMessage.csv",
        [
            {"Id": "02sPRS000000000001", "ParentId": CASE_M, "RelatedToId": "",
             "Subject": "Re: listings", "TextBody": "",
             "HtmlBody": "<html><body><p>Hi team,</p><p>" + STRIP.replace("'", "&#39;") + "</p>"
             "<div>Thanks<br>Ops</div></body></html>",
             "FromAddress": "ops@nightjar.example", "ToAddress": "support@provider.example",
             "MessageDate": "2016-06-02T09:00:00.000+0000", "Incoming": "true",
             "CreatedDate": "2016-06-09T09:00:00.000+0000"},
            {"Id": "02sPRS000000000002", "ParentId": "", "RelatedToId": CASE_B,
             "Subject": "Your invoice", "TextBody": ROUTINE2, "HtmlBody": "",
             "FromAddress": "a@crumb.example", "ToAddress": "support@provider.example",
             "MessageDate": "2016-06-03T09:00:00.000+0000", "Incoming": "true",
             "CreatedDate": "2016-06-03T09:00:00.000+0000"},
        ],
    )  # fmt: skip
    out, signals = _screen(folder)
    red = _record(out, "02sPRS000000000001")
    assert red.text == f"Re: listings\nHi team,\n{STRIP}\nThanks\nOps"
    assert red.subject_key == MOTEL
    _assert_flagged(signals, red, _d("2016-06-02T09:00:00+00:00"), STRIP)
    routine = _record(out, "02sPRS000000000002")
    assert routine.subject_key == BAKERY and not _signals_of(signals, routine)


def test_quoted_reply_history_is_read_once() -> None:
    body = (
        "Thanks, we will look into it.\n\n"
        "On Tue, 2 Jun 2016 at 09:00, Ops <ops@nightjar.example> wrote:\n"
        f"> {PASSPORTS}\n"
        ">\n"
        "> On Mon, 1 Jun 2016, Support wrote:\n"
        f">> {PASSPORTS}\n"
        ">> Can you say more?\n"
    )
    values = {"Subject": "Re: Re: staff", "TextBody": body, "HtmlBody": f"<p>{body}</p>"}
    text = record_text("EmailMessage", values)
    assert text.count(PASSPORTS) == 1
    assert text.startswith("Re: Re: staff\nThanks, we will look into it.")
    assert "Can you say more?" in text
    assert "On Tue, 2 Jun 2016 at 09:00, Ops <ops@nightjar.example> wrote:" in text
    assert not [line for line in text.splitlines() if line.startswith(">")]
    # Both bodies hold the message: the text body is read, not both.
    assert text.count("Thanks, we will look into it.") == 1


# -- FeedItem / FeedComment -------------------------------------------------------------


def test_chatter_posts_and_comments_are_linked_and_their_html_reduced(tmp_path: Path) -> None:
    folder = _base(tmp_path / "x")
    # FeedComment.csv sorts before FeedItem.csv: the comment links through its post,
    # which the export holds later.
    _write(
        folder,
        "FeedComment.csv",
        [
            {"Id": "0D7PRS000000000001", "FeedItemId": "0D5PRS000000000001",
             "CommentBody": f"<p>{PASSPORTS}</p>", "CreatedDate": "2017-02-03T08:00:00.000+0000"},
            {"Id": "0D7PRS000000000002", "FeedItemId": "0D5PRS000000000002",
             "CommentBody": "<p>Agreed, <b>thanks</b>.</p>",
             "CreatedDate": "2017-02-04T08:00:00.000+0000"},
        ],
    )  # fmt: skip
    _write(
        folder,
        "FeedItem.csv",
        [
            {"Id": "0D5PRS000000000001", "ParentId": OPP_M, "Type": "TextPost", "Title": "",
             "Body": "<p>Site visit at the Route 9 inn.</p><ul><li>front desk ok</li></ul>",
             "CreatedDate": "2017-02-01T08:00:00.000+0000"},
            {"Id": "0D5PRS000000000002", "ParentId": BAKERY, "Type": "TextPost", "Title": "",
             "Body": f"<p>{ROUTINE2}</p>", "CreatedDate": "2017-02-02T08:00:00.000+0000"},
        ],
    )  # fmt: skip
    out, signals = _screen(folder)
    post = _record(out, "0D5PRS000000000001")
    assert post.subject_key == MOTEL
    assert post.text == "Site visit at the Route 9 inn.\nfront desk ok"
    comment = _record(out, "0D7PRS000000000001")
    assert comment.subject_key == MOTEL and comment.text == PASSPORTS
    _assert_flagged(signals, comment, _d("2017-02-03T08:00:00+00:00"), PASSPORTS)
    assert not _signals_of(signals, post)
    for ident in ("0D5PRS000000000002", "0D7PRS000000000002"):
        routine = _record(out, ident)
        assert routine.subject_key == BAKERY and not _signals_of(signals, routine)
    assert _record(out, "0D7PRS000000000002").text == "Agreed, thanks."


# -- ContentNote through ContentDocumentLink --------------------------------------------


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def test_lightning_note_is_linked_through_its_document_link_and_decoded(tmp_path: Path) -> None:
    folder = _base(tmp_path / "x")
    _write(
        folder,
        "ContentNote.csv",
        [
            {"Id": "069PRS000000000001", "Title": "Visit notes",
             "Content": _b64(f"<p>Visited the Route 9 inn.</p><p>{ROOMS}</p>"),
             "TextPreview": "Visited the Route 9 inn.",
             "CreatedDate": "2018-04-11T12:00:00.000+0000"},
            {"Id": "069PRS000000000002", "Title": "Order call", "Content": "",
             "TextPreview": ROUTINE2, "CreatedDate": "2018-04-12T12:00:00.000+0000"},
            {"Id": "069PRS000000000003", "Title": "Loose note", "Content": _b64(ROOMS),
             "TextPreview": "", "CreatedDate": "2018-04-13T12:00:00.000+0000"},
        ],
    )  # fmt: skip
    _write(
        folder,
        "ContentDocumentLink.csv",
        [
            # the note's owner (a user, not a customer), then the case it hangs off
            {"Id": "06APRS000000000001", "ContentDocumentId": "069PRS000000000001",
             "LinkedEntityId": "005PRS000000000001", "ShareType": "I"},
            {"Id": "06APRS000000000002", "ContentDocumentId": "069PRS000000000001",
             "LinkedEntityId": CASE_M, "ShareType": "V"},
            {"Id": "06APRS000000000003", "ContentDocumentId": "069PRS000000000002",
             "LinkedEntityId": BAKERY, "ShareType": "V"},
        ],
    )  # fmt: skip
    out, signals = _screen(folder)
    note = _record(out, "069PRS000000000001")
    assert note.subject_key == MOTEL
    assert note.text == f"Visit notes\nVisited the Route 9 inn.\n{ROOMS}"
    _assert_flagged(signals, note, _d("2018-04-11T12:00:00+00:00"), ROOMS)
    routine = _record(out, "069PRS000000000002")
    assert routine.subject_key == BAKERY and routine.text == f"Order call\n{ROUTINE2}"
    assert not _signals_of(signals, routine)
    # No link leads anywhere: kept without a customer, not screened.
    loose = _record(out, "069PRS000000000003")
    assert loose.subject_key is None and loose.text == f"Loose note\n{ROOMS}"
    assert not _signals_of(signals, loose)
    assert out.quarantined == []


def test_content_as_the_api_gives_it_falls_back_to_the_preview() -> None:
    values = {
        "Title": "Call",
        "Content": "/services/data/v59.0/sobjects/ContentNote/069PRS000000000001/Content",
        "TextPreview": "Spoke to the owner about seats.",
    }
    assert record_text("ContentNote", values) == "Call\nSpoke to the owner about seats."


def test_decoded_blob_leaves_text_that_is_not_base64_alone() -> None:
    assert prose.decoded_blob(_b64("Hello there, owner.")) == "Hello there, owner."
    for plain in ("Meeting", "abcdefgh", "Spoke to the owner", _b64("\x00\x01\x02\x03" * 4)):
        assert prose.decoded_blob(plain) == plain


# -- LiveChatTranscript, Lead, meeting notes --------------------------------------------


def test_chat_transcript_is_linked_through_its_case_and_dated_by_its_start(
    tmp_path: Path,
) -> None:
    folder = _base(tmp_path / "x")
    body = (
        '<p align="center">Chat Started: Tuesday, March 06, 2018, 14:02:11 (+0000)</p>'
        f"<p>( 12s ) Dana: hi, quick question about listings<br>( 40s ) Dana: {STRIP}</p>"
    )
    _write(
        folder,
        "LiveChatTranscript.csv",
        [
            {"Id": "570PRS000000000001", "CaseId": CASE_M, "AccountId": "", "Body": body,
             "StartTime": "2018-03-06T14:02:11.000+0000",
             "CreatedDate": "2018-03-06T14:30:00.000+0000"},
            {"Id": "570PRS000000000002", "CaseId": "", "AccountId": BAKERY,
             "Body": f"<p>( 5s ) Sam: {ROUTINE2}</p>", "StartTime": "2018-03-07T09:00:00.000+0000",
             "CreatedDate": "2018-03-07T09:10:00.000+0000"},
        ],
    )  # fmt: skip
    out, signals = _screen(folder)
    chat = _record(out, "570PRS000000000001")
    assert chat.subject_key == MOTEL
    assert chat.text.splitlines()[2] == f"( 40s ) Dana: {STRIP}"
    _assert_flagged(signals, chat, _d("2018-03-06T14:02:11+00:00"), "( 40s ) Dana")
    routine = _record(out, "570PRS000000000002")
    assert routine.subject_key == BAKERY and not _signals_of(signals, routine)


def test_converted_lead_is_read_on_its_account_and_an_open_lead_is_kept(tmp_path: Path) -> None:
    folder = _base(tmp_path / "x")
    _write(
        folder,
        "Lead.csv",
        [
            {"Id": "00QPRS000000000001", "Company": "Nightjar Roadside Inns", "LastName": "Roe",
             "Description": PASSPORTS, "Status": "Closed - Converted", "IsConverted": "true",
             "ConvertedAccountId": MOTEL, "CreatedDate": "2013-11-20T10:00:00.000+0000"},
            {"Id": "00QPRS000000000002", "Company": "Ferrow Tiles", "LastName": "Poe",
             "Description": PASSPORTS, "Status": "Open", "IsConverted": "false",
             "ConvertedAccountId": "", "CreatedDate": "2013-11-21T10:00:00.000+0000"},
            {"Id": "00QPRS000000000003", "Company": "Crumb & Kettle", "LastName": "Doe",
             "Description": ROUTINE2, "Status": "Closed - Converted", "IsConverted": "true",
             "ConvertedAccountId": BAKERY, "CreatedDate": "2013-11-22T10:00:00.000+0000"},
        ],
    )  # fmt: skip
    out, signals = _screen(folder)
    lead = _record(out, "00QPRS000000000001")
    assert lead.subject_key == MOTEL and lead.text == PASSPORTS
    _assert_flagged(signals, lead, _d("2013-11-20T10:00:00+00:00"), PASSPORTS)
    open_lead = _record(out, "00QPRS000000000002")
    assert open_lead.subject_key is None and not _signals_of(signals, open_lead)
    routine = _record(out, "00QPRS000000000003")
    assert routine.subject_key == BAKERY and not _signals_of(signals, routine)


def test_meeting_notes_in_an_event_with_a_location_are_read(tmp_path: Path) -> None:
    folder = _base(tmp_path / "x")
    _write(
        folder,
        "Event.csv",
        [
            {"Id": "00UPRS000000000001", "WhatId": OPP_M, "AccountId": "", "Subject":
             "Onsite meeting", "Description": f"Met the GM. {ROOMS}", "Location":
             "Route 9 inn, back office", "StartDateTime": "2016-08-09T15:00:00.000+0000",
             "CreatedDate": "2016-08-01T09:00:00.000+0000"},
            {"Id": "00UPRS000000000002", "WhatId": "", "AccountId": BAKERY, "Subject":
             "QBR", "Description": ROUTINE2, "Location": "Crumb & Kettle, Main St",
             "StartDateTime": "2016-08-10T15:00:00.000+0000",
             "CreatedDate": "2016-08-01T09:00:00.000+0000"},
        ],
    )  # fmt: skip
    out, signals = _screen(folder)
    meeting = _record(out, "00UPRS000000000001")
    assert meeting.subject_key == MOTEL
    _assert_flagged(signals, meeting, _d("2016-08-09T15:00:00+00:00"), ROOMS)
    routine = _record(out, "00UPRS000000000002")
    assert routine.subject_key == BAKERY and not _signals_of(signals, routine)


# -- prose helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<p>One</p><p>Two &amp; three</p>", "One\nTwo & three"),
        ("Line<br/>next<script>var x = 1;</script>", "Line\nnext"),
        ("a < b and c > d", "a < b and c > d"),
        ("plain   text\n\n\nnext", "plain text\nnext"),
        ("<table><tr><td>Ana</td><td>15</td></tr></table>", "Ana 15"),
        ("Write to Dana <dana@crumb.example> today", "Write to Dana <dana@crumb.example> today"),
        (
            "<div>Write to <b>Dana</b> &lt;dana@crumb.example&gt;</div>",
            "Write to Dana <dana@crumb.example>",
        ),
    ],
)
def test_html_text(value: str, expected: str) -> None:
    assert prose.html_text(value) == expected


def test_chat_start_time_dates_the_transcript_and_a_bad_one_is_refused(tmp_path: Path) -> None:
    values = {"StartTime": "2018-03-06T14:02:11.000+0000", "CreatedDate": "2018-03-07"}
    assert available_at("LiveChatTranscript", values) == _d("2018-03-06T14:02:11+00:00")
    folder = _base(tmp_path / "x")
    _write(
        folder,
        "LiveChatTranscript.csv",
        [{"Id": "570PRS000000000001", "CaseId": CASE_M, "Body": ROOMS, "StartTime": "soon"}],
    )
    [bad] = parse_export(discover(folder)).quarantined
    assert (Path(bad.file).name, bad.line, bad.field) == ("LiveChatTranscript.csv", 2, "StartTime")


# -- read as notes are: the tailoring trend counts them ---------------------------------


@pytest.mark.parametrize(("kind", "counted"), [("FeedItem", True), ("CaseComment", True),
                                               ("Guest_Review__c", False)])  # fmt: skip
def test_prose_objects_count_as_notes_for_the_tailoring_trend(kind: str, counted: bool) -> None:
    from knowable.catalogue.relationship import relationship_rules

    rules = relationship_rules().model_copy(update={"model": None})
    days = [_d("2014-02-01"), _d("2014-06-01"), _d("2014-09-01"), _d("2014-11-01")]
    records = [
        Record(source="crm", kind=kind, payload={"Body": "x"}, available_at=day,
               subject_key=MOTEL, text="Working session on a custom integration.",
               external_id=f"r{i}")
        for i, day in enumerate(days)
    ]  # fmt: skip
    flag = Signal(MOTEL, "NEWS-04", 0.8, _d("2014-01-01"), "media", "1", record_id="news-1")
    found = detect_relationship(records, red_flags=[flag], rules=rules)
    trend = [s for s in found if s.indicator == "REL-04"]
    assert bool(trend) is counted
    if counted:
        assert trend[0].observed_at == _d("2014-09-01")


# -- sfdx tree exports: children nested under their case --------------------------------


def test_sfdx_comments_nested_under_their_case_are_linked(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "tree"
    folder.mkdir()
    case = {
        "attributes": {"type": "Case", "referenceId": "CaseRef1"},
        "Subject": "Billing",
        "CreatedDate": "2015-03-01",
        "CaseComments": {"records": [
            {"attributes": {"type": "CaseComment", "referenceId": "CommentRef1"},
             "CommentBody": ROOMS, "CreatedDate": "2016-05-04T10:00:00.000+0000"},
        ]},
        "EmailMessages": {"records": [
            {"attributes": {"type": "EmailMessage", "referenceId": "EmailRef1"},
             "Subject": "Re: Billing", "TextBody": ROUTINE,
             "MessageDate": "2016-05-05T10:00:00.000+0000"},
        ]},
    }  # fmt: skip
    accounts = {"records": [{"attributes": {"type": "Account", "referenceId": "AcctRef1"},
                             "Name": "Nightjar Roadside Inns LLC",
                             "Cases": {"records": [case]}}]}  # fmt: skip
    (folder / "Account.json").write_text(json.dumps(accounts), encoding="utf-8")
    out, signals = _screen(folder)
    assert out.quarantined == []
    account = next(s.key for s in out.subjects)
    comment = next(r for r in out.records if r.kind == "CaseComment")
    email = next(r for r in out.records if r.kind == "EmailMessage")
    assert comment.subject_key == email.subject_key == account
    _assert_flagged(signals, comment, _d("2016-05-04T10:00:00+00:00"), ROOMS)
    assert not _signals_of(signals, email)
