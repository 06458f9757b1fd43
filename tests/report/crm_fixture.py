"""A tiny fictional CRM export written by the tests (not the demo data)."""

from __future__ import annotations

from pathlib import Path

ACCOUNTS = """Id,Name,Website,Industry,BillingCountry,CreatedDate
001P,Pinboard Listings Co.,pinboard.example,Online classifieds,US,2012-05-01
001Q,Quiet Harbor Dental LLC,,Healthcare,US,2012-05-01
001U,Unscreened Farms Inc.,,Agriculture,US,2012-05-01
"""

NOTES = """Id,ParentId,Title,Body,CreatedDate
002A,001P,Call,"CFO said most of their revenue comes from the escort section.",2013-11-04
002B,001P,Payments,"Visa and Mastercard stopped processing payments for them this week.",2015-07-06
002C,001P,Ask,"They want help to strip banned words from ads and publish anyway.",2016-02-10
002D,001Q,Visit,"Routine review, no sign of any problem.",2014-03-03
"""

EVENTS = """Id,AccountId,Subject,Description,StartDateTime
003A,001P,Working session,"Scoped a custom build-out for the escort section.",2014-02-12T15:00:00Z
003B,001P,QBR,Quarterly business review.,2014-05-12T15:00:00Z
003C,001Q,QBR,Quarterly business review.,2014-05-13T15:00:00Z
"""

OPPORTUNITIES = """Id,AccountId,Name,StageName,Type,Amount,CloseDate
006A,001P,Pinboard 2014,Closed Won,New Business,20000,2014-01-15
006B,001P,Pinboard renewal 2016,Closed Won,Renewal,30000,2016-01-15
006C,001P,Pinboard upsell,Closed Lost,Upsell,5000,2016-03-15
006D,001Q,Dental,Closed Won,New Business,4000,2014-06-01
"""


def write_export(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Account.csv").write_text(ACCOUNTS, encoding="utf-8")
    (folder / "Note.csv").write_text(NOTES, encoding="utf-8")
    (folder / "Event.csv").write_text(EVENTS, encoding="utf-8")
    (folder / "Opportunity.csv").write_text(OPPORTUNITIES, encoding="utf-8")
    return folder
