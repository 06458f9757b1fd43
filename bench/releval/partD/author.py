#!/usr/bin/env python3
"""Author script for releval part D (tag EVD).

Fictional CRM export of a cloud hosting / e-mail / web-hosting provider that also runs a
trust & safety (abuse) desk inside the same CRM.  All hand-written content lives in this
file; running it writes the seven Salesforce CSVs and labels.csv next to it.
Standard library only.
"""
import csv
import datetime as dt
import os
import random

TAG = "EVD"
HERE = os.path.dirname(os.path.abspath(__file__))
END_DEFAULT = "2020-11-30"

# OwnerId users (provider staff)
#  1 Dana Whitcombe (AE)          2 Raj Malhotra (AE)          3 Kim Osei (CSM)
#  4 Luis Ferreira (support)      5 Megan Tully (support lead) 6 Priya Nand (T&S analyst)
#  7 Tom Haskell (T&S lead)       8 Carla Benton (legal / LE response)
#  9 Ivo Petrov (solutions eng)  10 Sara Lindqvist (billing)  11 Jorge Alvarado (abuse desk)
# 12 Beth Carrow (compliance / KYC)


def uid(n):
    return "005%s%012d" % (TAG, n)


# ---------------------------------------------------------------------------
# record helpers (hand-written content is passed in; these only shape it)
# ---------------------------------------------------------------------------
def C(first, last, title, local, phone, birth=""):
    return dict(first=first, last=last, title=title, local=local, phone=phone, birth=birth)


def case(k, d, subj, desc, comments="", status="Closed", prio="Medium", origin="Email",
         typ="Problem", closed=None, who=0, owner=4):
    return dict(t="case", k=k, d=d, subj=subj, desc=desc, comments=comments, status=status,
                prio=prio, origin=origin, typ=typ, closed=closed, who=who, owner=owner)


def task(k, d, subj, desc, status="Completed", prio="Normal", typ="Call", who=0, owner=3,
         what=None):
    return dict(t="task", k=k, d=d, subj=subj, desc=desc, status=status, prio=prio, typ=typ,
                who=who, owner=owner, what=what)


def event(k, d, subj, desc, loc="Zoom", mins=30, typ="Meeting", who=0, owner=9, what=None,
          hour=16):
    return dict(t="event", k=k, d=d, subj=subj, desc=desc, loc=loc, mins=mins, typ=typ,
                who=who, owner=owner, what=what, hour=hour)


def note(k, d, title, body, private=False, owner=1):
    return dict(t="note", k=k, d=d, title=title, body=body, private=private, owner=owner)


def opp(k, d, name, typ, stage, amount, close, desc, owner=1):
    return dict(t="opp", k=k, d=d, name=name, typ=typ, stage=stage, amount=amount,
                close=close, desc=desc, owner=owner)


ACCOUNTS = []


def A(**kw):
    ACCOUNTS.append(kw)


# ---------------------------------------------------------------------------
# Routine pool: hand-written, neutral phrasings used for renewals, DNS changes,
# password resets, invoices, onboarding, storage upgrades.  Placeholders:
# {site} {first} {short} {inv} {n} {gb} {month} {yr} {nps} {mbx} {pct}
# ---------------------------------------------------------------------------
ROUTINE = [
    dict(t="task", subj="Welcome call", typ="Call", owner=3,
         desc="Walked {first} through control panel, DNS zone editor and webmail. No issues, sent KB links."),
    dict(t="task", subj="Send invoice copy", typ="Email", owner=10,
         desc="{first} asked for PDF of inv #{inv} for their accountant. Sent."),
    dict(t="task", subj="SSL cert expiring", typ="Email", owner=4,
         desc="Cert on {site} expires in 14d. Auto-renew is on, confirmed w/ cust, nothing to do."),
    dict(t="task", subj="60 day renewal notice", typ="Email", owner=10,
         desc="Renewal notice sent for {short}. {first} ack'd, no changes expected."),
    dict(t="task", subj="update billing contact", typ="Email", owner=10,
         desc="Billing contact -> {first}. New card on file, old one removed."),
    dict(t="task", subj="Quarterly check-in", typ="Call", owner=3,
         desc="Quick touchbase w/ {first}. Happy w/ uptime, no open tix. Next check-in in Q."),
    dict(t="task", subj="pw reset - client portal", typ="Call", owner=4,
         desc="{first} locked out of portal after 5 bad attempts. Verified by callback to number on file, reset + sent link."),
    dict(t="task", subj="DPA request", typ="Email", owner=8,
         desc="Sent countersigned DPA and current sub-processor list as requested."),
    dict(t="task", subj="DNS propagation question", typ="Call", owner=4,
         desc="Cust asked why new A record not live yet. Old TTL was 86400, explained wait, lowered to 300 for next time."),
    dict(t="task", subj="Backup restore drill", typ="Call", owner=9,
         desc="Ran restore test of nightly backup w/ {first}. Restored to staging in ~20 min, all good."),
    dict(t="task", subj="mention storage tiers", typ="Call", owner=1,
         desc="Brought up bigger storage tiers since they're at {pct}% of quota. {first} will think abt it, f/u next mo."),
    dict(t="task", subj="Tax exemption cert", typ="Email", owner=10,
         desc="Rec'd resale/tax exemption cert, uploaded to billing, future invoices w/o sales tax."),
    dict(t="task", subj="Invoice overdue 15d", typ="Email", owner=10,
         desc="Reminder sent for inv #{inv}. Paid next day, card was expired."),
    dict(t="task", subj="downgrade request", typ="Call", owner=3,
         desc="{first} asked abt dropping to smaller plan. Showed usage, they'd hit limits; kept current plan."),
    dict(t="task", subj="W-9 sent", typ="Email", owner=10,
         desc="Cust AP needed our W-9 to pay invoices. Sent."),
    dict(t="event", subj="Onboarding kickoff", typ="Meeting", owner=9, mins=45,
         desc="Kickoff w/ {first}: migration plan, mailbox list, cutover date TBD by cust."),
    dict(t="event", subj="QBR", typ="Meeting", owner=3, mins=60,
         desc="Usage, tickets, roadmap. {gb}GB avg transfer/mo, nothing notable. Cust asked abt IPv6 timeline."),
    dict(t="event", subj="Cutover window", typ="Meeting", owner=9, mins=120,
         desc="MX + A records switched 11pm-1am. Mail flowing, site ok, old host cancelled by cust."),
    dict(t="event", subj="Demo - managed backups", typ="Meeting", owner=1, mins=30,
         desc="Showed managed backup + point in time restore. Interested, no budget till next FY."),
    dict(t="event", subj="coffee @ regional meetup", typ="Meeting", owner=1, mins=30,
         desc="Ran into {first} at hosting meetup. General chat, budget flat next yr, likes support."),
    dict(t="event", subj="Control panel training", typ="Meeting", owner=3, mins=45,
         desc="Webinar for {n} of their staff on webmail rules, shared calendars, spam settings."),
    dict(t="case", subj="Can't send mail from Outlook", typ="Problem", origin="Phone", owner=4,
         desc="Outlook rejects SMTP auth for {first}.", comments="Was on port 25 w/o auth. Moved to 587 STARTTLS, working. -LF"),
    dict(t="case", subj="Password reset", typ="Question", origin="Web", owner=5,
         desc="User forgot webmail pw, admin cant reach reset page.", comments="Reset from admin side, walked thru self-service reset setup."),
    dict(t="case", subj="site slow since monday", typ="Problem", origin="Email", owner=4,
         desc="{site} TTFB 4-6s. Cust says nothing changed.", comments="PHP workers maxed by a bot crawling search pages. Bumped 4->8 workers + rate limit on /search. Closed."),
    dict(t="case", subj="Charged twice", typ="Billing", origin="Email", owner=10,
         desc="Double charge on card for {month} invoice.", comments="Gateway retry duplicated the charge. Refunded 2nd charge, 5-7 biz days."),
    dict(t="case", subj="New mailbox + alias", typ="Question", origin="Web", owner=5,
         desc="New hire starting Monday, need mailbox + sales@ alias added.", comments="Created, creds sent to {first}."),
    dict(t="case", subj="Mail going to spam at gmail", typ="Problem", origin="Email", owner=4,
         desc="Outbound mail from {site} landing in recipients spam.", comments="No DKIM + SPF missing our include. Added both, DMARC p=none for now. Fixed."),
    dict(t="case", subj="mixed content warnings", typ="Problem", origin="Web", owner=4,
         desc="Browser padlock broken on some pages after SSL install.", comments="Hardcoded http:// image links in theme. Sent search/replace steps, cust fixed."),
    dict(t="case", subj="Domain transfer in", typ="Question", origin="Email", owner=5,
         desc="Transferring {site} from old registrar, auth code attached.", comments="Transfer completed in 5 days, nameservers unchanged."),
    dict(t="case", subj="SFTP access for designer", typ="Question", origin="Phone", owner=4,
         desc="Need a limited SFTP login for their freelance designer, only /wp-content/themes.", comments="Chrooted SFTP user created, expires in 60d."),
    dict(t="case", subj="Disk quota 90%", typ="Problem", origin="Web", owner=5,
         desc="Automated alert: hosting acct at 90% of disk.", comments="Old backups in home dir ({gb}GB). Cust deleted, now 41%."),
    dict(t="case", subj="cancel unused add-on", typ="Billing", origin="Email", owner=10,
         desc="Cust wants to drop the dedicated IP add-on, not needed since SNI.", comments="Removed from next invoice."),
    dict(t="case", subj="2FA for webmail", typ="Question", origin="Web", owner=5,
         desc="How do we turn on 2FA for all users?", comments="Sent admin guide, enforced at org level by cust."),
    dict(t="case", subj="Restore deleted folder", typ="Problem", origin="Phone", owner=4,
         desc="User deleted the 'Invoices' folder in webmail, needs it back.", comments="Restored from 2-day-old snapshot. Done."),
    dict(t="case", subj="change primary domain", typ="Question", origin="Email", owner=5,
         desc="Rebrand - want new domain as primary, old one as alias for a year.", comments="Swapped, added 301s, MX unchanged."),
    dict(t="case", subj="outage yesterday?", typ="Question", origin="Email", owner=5,
         desc="Site down ~20 min yesterday afternoon, what happened?", comments="Linked status page RFO (upstream network). Credit applied per SLA."),
    dict(t="case", subj="DNS - add CNAME for shop", typ="Question", origin="Web", owner=4,
         desc="Need shop.{site} pointed at their e-commerce SaaS.", comments="CNAME added, verified, SSL issued on their side."),
    dict(t="case", subj="forwarding loop", typ="Problem", origin="Email", owner=4,
         desc="Messages to info@ bouncing w/ 'too many hops'.", comments="info@ forwarded to alias that forwarded back. Broke loop."),
    dict(t="case", subj="storage upgrade please", typ="Question", origin="Web", owner=5,
         desc="Please bump storage by {gb}GB, we keep hitting the cap.", comments="Upgraded, prorated charge on next invoice."),
    dict(t="note", title="billing", owner=10,
         body="Card expired, cust updated after 2nd reminder. No service interruption."),
    dict(t="note", title="acct review", owner=3,
         body="Low-touch acct, pays on time, no escalations in last 12 mo."),
    dict(t="note", title="contact change", owner=3,
         body="Previous admin left the company; {first} is main contact now. Updated portal roles."),
    dict(t="note", title="usage snapshot", owner=3,
         body="Avg {gb}GB transfer/mo, {mbx} mailboxes, well inside plan."),
    dict(t="note", title="NPS", owner=3,
         body="NPS {nps}. Comment: 'support answers fast, panel is clunky'."),
    dict(t="note", title="renewal", owner=1,
         body="Auto-renewed, no changes, price held for another term."),
    dict(t="opp", name="{short} - annual renewal {yr}", typ="Renewal", stage="Closed Won", f=1.0, owner=1,
         desc="Standard renewal, same plan."),
    dict(t="opp", name="{short} - storage +{gb}GB", typ="Upsell", stage="Closed Won", f=0.15, owner=1,
         desc="Storage upgrade, cust hit quota twice."),
    dict(t="opp", name="{short} - extra mailboxes", typ="Upsell", stage="Closed Won", f=0.1, owner=2,
         desc="Added {mbx} mailboxes for new staff."),
    dict(t="opp", name="{short} - 2yr renewal", typ="Renewal", stage="Closed Won", f=1.9, owner=2,
         desc="Moved to 2yr term for 8% discount."),
    dict(t="opp", name="{short} - managed backup add-on", typ="Upsell", stage="Closed Lost", f=0.2, owner=1,
         desc="Liked demo, no budget this yr."),
    dict(t="opp", name="{short} - CDN add-on", typ="Upsell", stage="Closed Lost", f=0.25, owner=2,
         desc="Cust went w/ free CDN tier elsewhere."),
    dict(t="opp", name="{short} - renewal {yr} (price increase)", typ="Renewal", stage="Closed Won", f=1.05, owner=1,
         desc="Renewed at new list price, cust accepted w/o pushback."),
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ===========================================================================
# POSITIVES
# ===========================================================================

# --- escort sites hosted with us -------------------------------------------
A(key="P01", label="positive", kind="escort_platform",
  name="NightLoop Listings LLC", type="Customer - Direct", industry="Internet Classifieds",
  web="nightloop.example", phone="(702) 555-0143", street="4410 Desert Palm Rd Ste 12",
  city="Las Vegas", state="NV", zip="89103", country="United States", rev=3100000, emp=22,
  desc="Classifieds site: personals, 'companions', rentals, jobs. 2 dedicated servers + CDN.",
  owner=1, created="2013-03-11", spend=24000,
  contacts=[C("Brent", "Kowalski", "Founder & CEO", "brent", "(702) 555-0144"),
            C("Tasha", "Greer", "Operations Manager", "tasha.g", "(702) 555-0145")],
  recs=[
    note("n1", "2013-03-11", "new logo - NightLoop",
         "Closed today. ~30k live listings, sections: personals, companions, rentals, jobs. Brent says they're AUP compliant, 'adults only, we have a checkbox'. 2x dedicated, CDN in front."),
    case("c1", "2014-02-18", "Complaint re: listing ID 88213",
         "Anon reporter via abuse form. Ad in Companions: 'fresh 17 y/o new to LV, ask for Candy, $80 qv, no rush' phone written as 'five five five - oh one 6 two'. Screenshot attached to case.",
         comments="Fwd to customer per hosted-content process. Tasha replied listing was removed. Closed. -PN",
         origin="Abuse Form", typ="Abuse", prio="High", owner=6, who=1),
    task("t1", "2014-06-03", "Call w/ Brent re filter",
         "Brent wants our help with a regex in their posting pipeline: strip 'teen', 'young', 'lolita', 'amber alert', 'underage' and any age under 18 out of the ad body, then publish anyway. His words 'we just need the words gone, not the ads, those are paying posts'. Told him SE can advise on the nginx/lua side. Ivo to scope.",
         owner=9),
    opp("o1", "2014-06-20", "NightLoop - 4 node dedicated upgrade", "Upsell", "Closed Won", 28800.00, "2014-07-01",
        "Traffic up ~40% since their new filter went live, want 2 more app nodes + bigger CDN commit."),
    note("n2", "2015-07-09", "payment method",
         "Brent says card processor dropped them last wk ('adult category, everybody's pulling out'). Asks if we take BTC or a wire from a Curacao entity going fwd. Sara checking w/ finance.",
         owner=10),
    case("c2", "2016-09-14", "Preservation letter - FBI Las Vegas",
         "Letter from FBI SA dated 9/12: 90 day preservation of all logs, subscriber info and server images for nightloop.example. Investigation of the site's operators re sex trafficking of minors (18 USC 1591). Do NOT notify customer.",
         comments="Snapshot preserved 9/15, hashes recorded. Acct left active per LE request. -CB",
         origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    opp("o2", "2016-11-02", "NightLoop - FY17 renewal", "Renewal", "Closed Won", 61000.00, "2016-12-01",
        "2yr renewal, 8% uplift, no changes. Brent happy."),
  ], routine=5,
  kf="2014-06-03", ev=["c1", "t1", "n2", "c2"],
  why="A minor-age escort ad was reported on the hosted site and the owner then asked us to help strip 'teen/underage/amber alert' from ads while still publishing them; card processors later dropped it and the FBI preserved records over minor trafficking, yet we upsold and renewed.")

A(key="P02", label="positive", kind="escort_platform",
  name="Velvet Directory Inc", type="Customer - Direct", industry="Internet Publishing",
  web="velvetdirectory.example", phone="(305) 555-0112", street="880 Biscayne Ct #4",
  city="Miami", state="FL", zip="33132", country="United States", rev=900000, emp=6,
  desc="'Upscale dating directory', membership model. Shared hosting + 12 mailboxes.",
  owner=2, created="2015-01-20", spend=3600,
  contacts=[C("Ramon", "Iturbe", "Owner", "ramon", "(305) 555-0113"),
            C("Kelsey", "Dunn", "Webmaster", "kdunn", "(305) 555-0114")],
  recs=[
    note("n1", "2015-01-20", "signed", "Velvet signed, shared plan + 12 mboxes. Ramon calls it a dating directory for 'successful men'. Pays annually.", owner=2),
    case("c1", "2016-04-11", "pages 500ing after plugin update",
         "Kelsey reports listing pages throw 500 since plugin auto-update. Sample URL /miami/new-girls-this-week/. Stack trace from their 'rates' widget, which renders 'incall 1hr 200 / outcall 300 / 2 girl special 450'.",
         comments="Rolled plugin back to 3.2.1, pages load. Told Kelsey to pin version. -LF", who=1),
    case("c2", "2016-05-02", "access logs",
         "Ramon wants Apache access logs switched off completely and our 30 day log archive disabled on his plan. Quote from his email: 'if anybody comes asking I want there to be nothing to give them'. Explained we need logs for abuse handling, offered 7 day min.",
         comments="Set retention to 7d per cust request. Exception approved by MT as support lead, no T&S review. -MT",
         origin="Email", typ="Question", owner=5),
    case("c3", "2017-08-21", "Subpoena - Dade Shores County Sheriff",
         "Subpoena duces tecum for subscriber + billing records for velvetdirectory.example. Affidavit excerpt says owner R. Iturbe charged w/ promoting prostitution and human trafficking, site used to advertise women moved between hotels.",
         comments="Produced subscriber/billing 8/30. Only 7d of logs existed b/c of the retention exception. -CB",
         origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    opp("o1", "2017-10-05", "Velvet - annual renewal + 2 IPs", "Renewal", "Closed Won", 4200.00, "2017-10-20",
        "Renewed, added 2 dedicated IPs for 'new city sites'.", owner=2),
  ], routine=5,
  kf="2016-05-02", ev=["c1", "c2", "c3"],
  why="The 'dating directory' pages render hourly incall/outcall rates and 'new girls this week', and the owner asked us to kill logs so there'd be nothing to give anyone asking; a sheriff's subpoena later cites trafficking charges and we still renewed.")

A(key="P03", label="positive", kind="escort_platform",
  name="CityPulse Media Group", type="Customer - Direct", industry="Internet Classifieds",
  web="citypulseads.example", phone="(602) 555-0177", street="2120 E Camelback Rd Fl 3",
  city="Phoenix", state="AZ", zip="85016", country="United States", rev=5200000, emp=35,
  desc="Adult classifieds in 14 metro areas. 3x VPS, later 5x + managed backup.",
  owner=1, created="2012-09-05", end="2018-04-08", spend=14000,
  contacts=[C("Gil", "Navarro", "Owner", "gil", "(602) 555-0178"),
            C("Amy", "Fitch", "Billing", "billing", "(602) 555-0179")],
  recs=[
    note("n1", "2012-09-05", "onboarding", "3 VPS. 'Adult services' classifieds across 14 cities. Reminded Gil AUP only allows legal adult content. He said 'of course'."),
    case("c1", "2017-03-27", "HSI preservation request - citypulseads",
         "Letter from HSI Phoenix (SA on file) under 18 USC 2703(f): preserve account records, IP logs and content for citypulseads.example. Stated basis: investigation of the site's owners for facilitating prostitution and sex trafficking across state lines.",
         comments="Preserved 3/28. AE informed internally. No action on account. -CB",
         origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    opp("o1", "2017-05-15", "CityPulse - +2 VPS + managed backup", "Upsell", "Closed Won", 9600.00, "2017-05-30",
        "They're absorbing traffic from competitor sites that closed, need capacity fast. Expedited provisioning."),
    case("c2", "2018-04-09", "Seizure banner on citypulseads.example",
         "Monitoring alert: homepage now serves a seizure banner ('This domain has been seized ... pursuant to a seizure warrant issued by a US District Court'). Registrar confirms DNS changed by order. Gil not answering.",
         comments="Suspended VPS, preserved disk images for LE. -TH",
         origin="Web", typ="Legal Request", prio="High", owner=7, who=None),
    note("n2", "2018-04-12", "lost acct", "Gil Navarro arrested per local news link Dana fwd'd; article calls CityPulse one of the largest ad sites for trafficked women in the Southwest. Closing out billing."),
  ], routine=5,
  kf="2017-03-27", ev=["c1", "o1", "c2", "n2"],
  why="HSI asked us to preserve the customer's records in an investigation of its owners for facilitating sex trafficking; we upsold capacity two months later and the domain was then seized.")

A(key="P04", label="positive", kind="escort_platform",
  name="Luxe Companions Network", type="Customer - Direct", industry="Online Services",
  web="luxecompanions.example", phone="(713) 555-0150", street="5 Greenway Plz Ste 900",
  city="Houston", state="TX", zip="77046", country="United States", rev=7400000, emp=40,
  desc="Platform for 'social companionship and events'. VPS, later managed dedicated tier w/ TAM.",
  owner=1, created="2016-02-10", end="2018-06-01", spend=30000,
  contacts=[C("Victor", "Sahin", "CEO", "victor", "(713) 555-0151"),
            C("Noor", "Haddad", "CTO", "noor", "(713) 555-0152")],
  recs=[
    note("n1", "2016-02-10", "new acct", "Luxe: 'social companionship & events' platform. Noor (CTO) is sharp, easy to work w/. VPS x4 to start."),
    event("e1", "2017-01-25", "SE workshop - Luxe migration planning",
          "Noor wants ~40k ads moved from their 'adult' category into a brand new 'dating' category by Fri. Same ad text, new URLs, 301s from old. Said the adult section 'has to disappear this week given the Senate thing'. Also asked if we can purge the old category from our backups.",
          mins=90, who=1),
    case("c1", "2017-02-06", "keyword list for moderation worker",
         "Noor asks SE for help on their moderation microservice: take list (teen, young, petite 16, fresh, school girl, new 18) and replace w/ blank, keep the post live. Wants to know if our WAF can do the replace at the edge so it never hits their app logs.",
         comments="Ivo declined edge impl, pointed to docs for doing it app side. Closed. -IP",
         origin="Email", typ="Question", owner=9, who=1),
    opp("o1", "2017-06-12", "Luxe - managed dedicated tier", "Upsell", "Closed Won", 48000.00, "2017-07-01",
        "Dedicated TAM 24/7, custom caching rules for listing pages, priority support. Biggest deal in region this Q."),
    note("n2", "2018-05-02", "FYI - news",
         "News link: Luxe CEO Victor Sahin indicted (sex trafficking conspiracy). Article says the site was the main ad venue for a ring moving women between Houston and Dallas hotels."),
    opp("o2", "2018-05-20", "Luxe - FY19 renewal", "Renewal", "Closed Lost", 52000.00, "2018-06-01",
        "Site taken down by customer."),
  ], routine=4,
  kf="2017-02-06", ev=["e1", "c1", "o1", "n2"],
  why="The CTO moved 40k adult ads into a new 'dating' category to dodge scrutiny and then asked for edge rules blanking 'teen/petite 16/school girl' while keeping posts live; we sold a tailored managed tier before the CEO's trafficking indictment.")

# --- cam sites without age checks ------------------------------------------
A(key="P05", label="positive", kind="cam_platform",
  name="PeekStream Live Inc", type="Customer - Direct", industry="Entertainment",
  web="peekstream.example", phone="(213) 555-0161", street="1200 S Figueroa St Unit 1504",
  city="Los Angeles", state="CA", zip="90015", country="United States", rev=4800000, emp=28,
  desc="Live-cam platform. GPU transcode nodes, object storage, CDN.",
  owner=2, created="2015-05-04", spend=36000,
  contacts=[C("Aaron", "Pike", "Founder", "aaron", "(213) 555-0162"),
            C("Lena", "Moritz", "Head of Product", "lena", "(213) 555-0163")],
  recs=[
    note("n1", "2015-05-04", "closed - PeekStream", "Live cam site, adult. Performer signup goes through a 3rd party ID/age check (VeriAge). 6 GPU transcode nodes.", owner=2),
    case("c1", "2016-03-15", "Disable VeriAge callback",
         "Lena asks how to pull the age-verification webhook out of the performer signup flow in their nginx conf. 'Signup friction is killing conversion, performers can self-attest'. Wants it off before the weekend.",
         comments="Gave her the location block to remove, she deployed. -IP", origin="Email", typ="Question", owner=9, who=1),
    case("c2", "2016-07-02", "viewer report - performer looks 14",
         "Abuse form: room 'lil_daisy' on peekstream.example. Viewer says performer 'looks 14 at most, school uniform, someone off camera telling her what to do and taking the tips'.",
         comments="Fwd to customer. Customer says performer is 'verified'. Closed. -JA",
         origin="Abuse Form", typ="Abuse", prio="High", owner=11, who=None),
    note("n2", "2016-07-05", "T&S - reopening PeekStream internally",
         "Reopened internally. Customer pulled its age verification in March (see support case). Filed CyberTipline report to NCMEC re room lil_daisy. Recommend termination review - sent to Legal.",
         private=True, owner=7),
    opp("o1", "2016-08-20", "PeekStream - +8 transcode nodes", "Upsell", "Closed Won", 37000.00, "2016-09-01",
        "Growth in mobile viewers, doubling transcode. Termination review still open w/ Legal.", owner=2),
    case("c3", "2017-01-10", "FBI preservation letter - peekstream",
         "Preserve performer signup records, stream logs, payout records for peekstream.example. Investigation of the operators for production of CSAM and sex trafficking of minors.",
         comments="Preserved 1/11. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=5,
  kf="2016-07-02", ev=["c1", "c2", "n2", "c3"],
  why="After we helped the cam site remove its age verification, a viewer reported a performer who looked 14 with someone off camera directing her; T&S filed an NCMEC report yet we sold more capacity before the FBI preservation letter.")

A(key="P06", label="positive", kind="cam_platform",
  name="Camarilla Social Ltd", type="Customer - Direct", industry="Internet Publishing",
  web="camarilla.example", phone="(512) 555-0120", street="401 Congress Ave Ste 1540",
  city="Austin", state="TX", zip="78701", country="United States", rev=2600000, emp=14,
  desc="'Amateur' clip + cam recording site, user uploads. Object storage, cheap egress.",
  owner=2, created="2017-04-18", spend=28000,
  contacts=[C("Maribel", "Ochoa", "Founder", "maribel", "(512) 555-0121"),
            C("Jonah", "Reyes", "CTO", "jonah", "(512) 555-0122")],
  recs=[
    note("n1", "2017-04-18", "Camarilla", "UGC clip site, adult. 40TB object storage to start, wants low egress pricing. Jonah runs tech.", owner=2),
    task("t1", "2017-09-12", "call Jonah - storage config",
         "Jonah wants buckets w/ access logging OFF and no uploader IP kept anywhere. 'we don't want to know who uploads or who's in the clips, no KYC, that's the model'. Asked whether we'd sign something saying we never inspect. Escalated to T&S.",
         owner=9, who=1),
    case("c1", "2017-10-03", "DMCA + non-consensual claim - 3 clips",
         "Woman writes that 3 clips of her were uploaded w/o consent by an ex who 'kept me locked in and sold the videos'. She says one clip was recorded when she was 16. URLs on camarilla CDN listed.",
         comments="Takedown sent to customer. 2 of 3 removed after 11 days, 3rd still up. No uploader info available - cust keeps no logs. -JA",
         origin="Abuse Form", typ="Abuse", prio="High", owner=11, who=None),
    opp("o1", "2018-01-15", "Camarilla - storage to 120TB", "Upsell", "Closed Won", 52000.00, "2018-02-01",
        "3x storage, egress commit. Jonah asks to keep logging off on the new buckets too.", owner=2),
    case("c2", "2019-02-20", "Records request - Caldwell County Sheriff",
         "Sheriff's Office records request re camarilla.example operators: investigation of the platform for distributing CSAM and profiting from trafficked women's videos.",
         comments="Gave acct + billing. Uploader logs don't exist per cust config. -CB",
         origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=5,
  kf="2017-10-03", ev=["t1", "c1", "o1", "c2"],
  why="The clip site deliberately kept no uploader identity or age checks, then a takedown reported videos of a confined woman recorded at 16 that it left up; we tripled its storage with logging still off.")

A(key="P07", label="positive", kind="cam_platform",
  name="HotCam Brasil Ltda", type="Customer - Direct", industry="Entertainment",
  web="hotcambr.example", phone="+55 11 555-0190", street="Rua Augusta 2101, sala 8",
  city="Sao Paulo", state="SP", zip="01413-000", country="Brazil", rev=1300000, emp=9,
  desc="Brazilian cam site, US hosting for latency to US viewers. Wire payments.",
  owner=2, created="2014-08-07", spend=11000,
  contacts=[C("Rodrigo", "Pacheco", "Diretor", "rodrigo", "+55 11 555-0191"),
            C("Fernanda", "Lima", "Suporte", "suporte", "+55 11 555-0192")],
  recs=[
    note("n1", "2014-08-07", "BR cam site", "Cam site out of SP, wants US DC for US audience. Pays by wire, annual. Fernanda handles tickets (pt/en).", owner=2),
    case("c1", "2015-11-19", "Upload limit on /modelos/cadastro",
         "Fernanda asks to raise upload limit on performer registration form (photos rejected >8MB). Per our adult-site checklist I asked if they collect ID docs from performers.",
         comments="Her reply pasted: 'Não pedimos documento das modelos, é mais rápido assim. Muitas são menininhas do interior que o Rodrigo traz pra casa-estúdio, elas nem têm RG ainda.' Raised limit to 50MB. -ML",
         origin="Email", typ="Question", owner=5, who=1, closed="2015-11-19"),
    note("n2", "2016-03-01", "billing - BR acquirer",
         "Two chargeback waves, their acquirer in BR terminated them. Now wiring from Rodrigo's personal account. Renewal still on.", owner=10),
    opp("o1", "2016-04-10", "HotCam - renewal 2016", "Renewal", "Closed Won", 11000.00, "2016-04-30", "Renewed same plan.", owner=2),
    case("c2", "2017-06-22", "Records request via DOJ OIA (Brazil)",
         "Request routed through DOJ Office of International Affairs for records on hotcambr.example. Brazilian federal police investigating the operators for sexual exploitation of adolescents streamed from a 'casa-estudio'.",
         comments="Produced 7/14. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=6,
  kf="2015-11-19", ev=["c1", "n2", "c2"],
  why="The support agent recorded the customer saying it takes no performer ID and that many performers are young girls the owner brings to a house-studio who don't even have ID cards yet, i.e. minors; we renewed after its acquirer dropped it.")

A(key="P08", label="positive", kind="cam_platform",
  name="Starlight Webcam Studios SAS", type="Customer - Channel", industry="Entertainment",
  web="starlightstudios.example", phone="+57 4 555-0133", street="Cra 43A # 1-50 Of. 702",
  city="Medellin", state="Antioquia", zip="050021", country="Colombia", rev=2100000, emp=70,
  desc="Webcam 'studio' network, 3 locations. 70 mailboxes + streaming relay nodes. Via reseller.",
  owner=2, created="2016-10-03", end="2019-04-30", spend=9000,
  contacts=[C("Hernan", "Gallo", "Gerente", "gerencia", "+57 4 555-0134"),
            C("Paola", "Ruiz", "Administracion", "admin", "+57 4 555-0135")],
  recs=[
    note("n1", "2016-10-03", "via reseller", "Studio network, 3 sites, ~60 'models'. Mail for 70 users + relay for streams. Came through our LatAm reseller.", owner=2),
    case("c1", "2017-05-09", "reset 22 mailboxes",
         "Paola asks us to reset passwords on 22 model mailboxes and send new creds to her, not to the models. Her msg: 'las niñas no manejan sus correos, la administración guarda los pasaportes y las claves, así no se van'.",
         comments="Reset done, creds sent to admin as acct owner authority allows. -LF", origin="Email", typ="Question", owner=4, who=1),
    task("t1", "2017-05-10", "T&S flag - Starlight",
         "Luis flagged c/ ticket: admin holds the workers' passports + passwords 'so they don't leave', and calls them 'niñas'. Asked Hernan for performer age verification records. No answer after 2 emails.",
         status="Not Started", prio="High", typ="Email", owner=6, who=0),
    opp("o1", "2017-09-01", "Starlight - 4 relay nodes", "Upsell", "Closed Won", 14500.00, "2017-09-15",
        "Opening 4th studio, more relay capacity. Via reseller.", owner=2),
    note("n2", "2019-03-14", "Starlight - owner arrested",
         "Reseller fwd: Fiscalia raided 2 studios, Hernan Gallo arrested; 9 minors among ~40 women found living on site. Suspending pending Legal.", owner=7),
  ], routine=6,
  kf="2017-05-09", ev=["c1", "t1", "o1", "n2"],
  why="The studio admin told support she holds the performers' passports and passwords so they can't leave and calls them 'niñas'; T&S's age-check request went unanswered and we sold more relay nodes.")

# --- massage parlour networks' booking sites -------------------------------
A(key="P09", label="positive", kind="illicit_massage",
  name="Golden Lotus Spa Group", type="Customer - Direct", industry="Personal Services",
  web="goldenlotusspa.example", phone="(201) 555-0166", street="77 Route 4 West",
  city="Paramus", state="NJ", zip="07652", country="United States", rev=1800000, emp=30,
  desc="Booking site + email for 6 (later 8) spa locations in NJ/NY.",
  owner=1, created="2013-05-14", spend=3600,
  contacts=[C("Kevin", "Zhao", "Manager", "kevin", "(201) 555-0167"),
            C("Amy", "Lin", "Owner", "amy.lin", "(201) 555-0168")],
  recs=[
    note("n1", "2013-05-14", "new - Golden Lotus", "Booking site + mail for 6 spa storefronts. Kevin is the contact for everything; Amy signs."),
    case("c1", "2014-10-06", "booking slots after midnight + hidden page",
         "Kevin wants online booking open 10pm-4am at all locations, and a 'VIP menu' page hidden from nav that only opens w/ a code they text to clients. Also wants a link out to their listing on a review board.",
         comments="Booking hours changed. Hidden page is just a password-protected page, set up. -MT", origin="Phone", typ="Question", owner=5, who=0),
    case("c2", "2016-08-29", "take site offline 3 days",
         "Kevin called: 'police came to 3 stores, please take site down now, we put back next week'. Asked what happened, he said raid, 'girls taken away, not our problem, we open again'.",
         comments="Maintenance page up. Restored 9/2 at cust request, no further questions. -MT", origin="Phone", typ="Question", prio="High", owner=5, who=0),
    opp("o1", "2016-10-14", "Golden Lotus - 2yr renewal + 2 locations", "Renewal", "Closed Won", 7800.00, "2016-10-31",
        "Renewed 2 yrs, adding 2 new storefronts to booking."),
    case("c3", "2017-03-07", "Subpoena - Passaic Valley County Prosecutor",
         "Grand jury subpoena for booking logs and subscriber records, goldenlotusspa.example. Cover letter: owners charged w/ promoting prostitution and human trafficking at 5 spa locations.",
         comments="Produced 3/20. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=6,
  kf="2016-08-29", ev=["c1", "c2", "o1", "c3"],
  why="The spa chain's site took bookings to 4am with a code-only 'VIP menu' and review-board link, and the manager asked us to take it down because police raided 3 stores and 'took the girls'; we renewed and added locations.")

A(key="P10", label="positive", kind="illicit_massage",
  name="Jade Garden Wellness LLC", type="Customer - Direct", industry="Personal Services",
  web="jadegardenwellness.example", phone="(770) 555-0181", street="5450 Jimmy Carter Blvd Ste 110",
  city="Norcross", state="GA", zip="30093", country="United States", rev=950000, emp=16,
  desc="Booking site for 4 massage locations, small managed DB.",
  owner=2, created="2015-06-01", spend=2400,
  contacts=[C("Sandy", "Wu", "Owner", "sandy", "(770) 555-0182"),
            C("Tony", "Ma", "IT", "tony", "(770) 555-0183")],
  recs=[
    note("n1", "2015-06-01", "onboard", "4 massage locations, booking + managed MySQL. Tony does their IT part time.", owner=2),
    case("c1", "2018-02-13", "Records request - Chattahoochee County Sheriff",
         "Request for booking DB export + subscriber info for jadegardenwellness.example. Cover letter: owner S. Wu arrested 2/9, charged w/ trafficking and keeping a place of prostitution at two of the locations.",
         comments="Produced 2/20. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    case("c2", "2018-02-22", "purge booking history",
         "Tony wants booking table to auto-delete anything older than 7 days, and all backups older than that wiped. 'lawyer says less records is better right now'.",
         comments="Backups under legal hold, told Tony we can't. He set app-level 7d deletion himself. -LF", origin="Email", typ="Question", owner=4, who=1),
    opp("o1", "2018-04-01", "Jade Garden - renewal", "Renewal", "Closed Won", 2400.00, "2018-04-15", "Auto renewal, no change.", owner=2),
  ], routine=6,
  kf="2018-02-13", ev=["c1", "c2", "o1"],
  why="A sheriff's records request told us the owner had been arrested for trafficking at the customer's own spas; days later the customer asked to purge booking history and we auto-renewed.")

A(key="P11", label="positive", kind="illicit_massage",
  name="Orchid Relax Centers Inc", type="Customer - Direct", industry="Personal Services",
  web="orchidrelax.example", phone="(626) 555-0104", street="140 W Valley Blvd Ste 206",
  city="San Gabriel", state="CA", zip="91776", country="United States", rev=1400000, emp=25,
  desc="Booking site + SMS gateway for 5 massage centers.",
  owner=1, created="2014-01-22", spend=5200,
  contacts=[C("Helen", "Park", "Office Manager", "helen", "(626) 555-0105"),
            C("David", "Choi", "Owner", "dchoi", "(626) 555-0106")],
  recs=[
    note("n1", "2014-01-22", "Orchid", "5 centers, booking widget + SMS reminders. Helen is day-to-day."),
    case("c1", "2016-01-11", "9 new SMS sender numbers",
         "Helen asks to register 9 more SMS sender numbers, one per therapist, rotated weekly. Booking page copy being added: 'new therapists every week, open 24/7, live-in staff always available'.",
         comments="Numbers registered. -LF", origin="Email", typ="Question", owner=4, who=0),
    case("c2", "2017-11-20", "HSI preservation (2703f) - orchidrelax",
         "HSI Los Angeles letter: preserve SMS logs, booking records, subscriber info for orchidrelax.example. Investigation into forced labor and sex trafficking at the customer's 5 locations.",
         comments="Preserved. Not notifying cust per letter. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    opp("o1", "2018-01-09", "Orchid - SMS volume tier up", "Upsell", "Closed Won", 5200.00, "2018-01-31", "SMS volume doubled, moved up a tier."),
    note("n2", "2018-06-18", "google alert", "Local news: HSI + police raided all 5 Orchid Relax locations, 23 women found, two of them 17. Owner David Choi charged. Acct still active, Helen asked today to keep site up.", owner=3),
  ], routine=5,
  kf="2017-11-20", ev=["c1", "c2", "o1", "n2"],
  why="HSI told us it was investigating forced labour and sex trafficking at the customer's own five centers, whose booking copy advertised rotating live-in staff 24/7; we upsold SMS afterwards and raids found two 17-year-olds.")

A(key="P12", label="positive", kind="illicit_massage",
  name="Serenity Touch Spa LLC", type="Customer - Direct", industry="Personal Services",
  web="serenitytouch.example", phone="(214) 555-0171", street="11560 Harry Hines Blvd",
  city="Dallas", state="TX", zip="75229", country="United States", rev=600000, emp=8,
  desc="Booking site, chat widget, SMS. Single location + 'partner' spas.",
  owner=2, created="2018-03-05", spend=1800,
  contacts=[C("Mei", "Tran", "Manager", "mei", "(214) 555-0172"),
            C("Jimmy", "Luo", "Owner", "jimmy", "(214) 555-0173")],
  recs=[
    note("n1", "2018-03-05", "new", "Spa booking site, one location, mentions 'partner spas'. Mei handles, Jimmy pays.", owner=2),
    case("c1", "2018-07-16", "custom fields on booking form",
         "Mei wants form to require client's employer, LinkedIn URL and 'reference from another spa (name + date of visit)' before a booking confirms. Price table '30 min $60 / 60 min $100', footnote 'tip discussed in room'.",
         comments="Added required fields + validation. -LF", origin="Web", typ="Question", owner=4, who=0),
    task("t1", "2018-09-04", "Jimmy - chat widget q's",
         "Jimmy wants chat transcripts auto-deleted after 24h 'so police can't read'. Also asked us to host a Mandarin page for staff only w/ 'house rules' - he read me some: no leaving the building, rent + food deducted from tips, phones kept at front desk.",
         owner=3, who=1),
    opp("o1", "2018-11-01", "Serenity - chat + SMS bundle", "Upsell", "Closed Won", 1800.00, "2018-11-15", "Added chat + SMS bundle.", owner=2),
    case("c2", "2019-05-28", "Records request - Trinity County PD",
         "Police records request for booking + chat data; investigation of the spa's owners for prostitution and trafficking of employees.",
         comments="Chats auto-deleted after 24h per cust setting. Produced bookings only. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=5,
  kf="2018-09-04", ev=["c1", "t1", "o1", "c2"],
  why="Read together, the booking form's buyer-vetting fields and 'tip discussed in room' plus the owner's request to auto-delete chats 'so police can't read' and his staff rules (no leaving, debts taken from tips, phones confiscated) show an illicit massage business; we still upsold it.")

# --- labour recruiters -----------------------------------------------------
A(key="P13", label="positive", kind="labour_recruitment",
  name="Pacific Bridge Manpower Inc", type="Customer - Direct", industry="Staffing & Recruiting",
  web="pacificbridgemanpower.example", phone="(213) 555-0128", street="3055 Wilshire Blvd Ste 650",
  city="Los Angeles", state="CA", zip="90010", country="United States", rev=3300000, emp=12,
  desc="Recruitment agency placing foreign workers in hotels and elder care. 40 -> 70 mailboxes.",
  owner=1, created="2013-11-12", spend=4800,
  contacts=[C("Arnel", "Santos", "Director", "arnel", "(213) 555-0129"),
            C("Grace", "Villareal", "HR Admin", "grace", "(213) 555-0130")],
  recs=[
    note("n1", "2013-11-12", "new - PBM", "Recruiter for hotel housekeeping + elder care, workers from PH and Central America. 40 mailboxes."),
    case("c1", "2015-02-17", "migrate 'applicants' shared inbox",
         "Grace needs 3 yrs of applicant mail moved from old host. Some messages fail import (charset). Samples she pasted: '¿Cuándo me devuelven mi pasaporte? Ya pagué los 3,000 dólares de la cuota y todavía me descuentan 200 cada semana por el cuarto.' / 'Señora Grace somos 8 en un cuarto, no nos dejan salir los domingos.'",
         comments="Fixed charset, migration complete. -LF", origin="Email", typ="Problem", owner=4, who=1),
    opp("o1", "2015-06-01", "PBM - +30 mailboxes", "Upsell", "Closed Won", 3600.00, "2015-06-15", "30 more mailboxes for new 'site coordinators'."),
    case("c2", "2016-10-26", "Grand jury subpoena via HSI - PBM mailboxes",
         "Served by HSI SA: contents of 4 pacificbridgemanpower.example mailboxes. Investigation of the agency for forced labor, document servitude and visa fraud.",
         comments="Produced 11/9. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    note("n2", "2017-04-03", "PBM director indicted", "Legal fwd DOJ press release: Arnel Santos indicted - forced labor, document servitude. Acct still paying.", owner=8),
  ], routine=6,
  kf="2015-02-17", ev=["c1", "o1", "c2", "n2"],
  why="Applicant mail we migrated for the recruiter has workers begging for their passports back after paying a $3,000 fee, with weekly room deductions and being kept inside; we sold more mailboxes before HSI's forced-labour subpoena.")

A(key="P14", label="positive", kind="labour_recruitment",
  name="Harvest Crew Staffing LLC", type="Customer - Direct", industry="Agriculture",
  web="harvestcrew.example", phone="(239) 555-0147", street="1410 N 15th St",
  city="Immokalee", state="FL", zip="34142", country="United States", rev=2200000, emp=8,
  desc="Farm labor contractor (H-2A crews). 60 basic mailboxes + hosted pay statement page.",
  owner=2, created="2014-03-03", spend=2900,
  contacts=[C("Dale", "Pruitt", "Owner", "dale", "(239) 555-0148"),
            C("Rosa", "Mendez", "Crew Supervisor", "rosa", "(239) 555-0149")],
  recs=[
    note("n1", "2014-03-03", "FLC", "Farm labor contractor, tomatoes/citrus crews. Wants 60 basic mailboxes 'so the workers get their pay stubs'.", owner=2),
    case("c1", "2014-03-20", "bulk mailbox creation",
         "Dale wants 60 worker mailboxes, but all passwords go to Rosa (supervisor). 'The guys don't need to log in, Rosa reads their mail to them.' Also forward every worker mailbox to dale@.",
         comments="Created per acct owner. Odd request, noted. -MT", origin="Phone", typ="Question", owner=5, who=0),
    case("c2", "2015-05-08", "pay statement template alignment",
         "Hosted pay statement HTML misaligned. Sample: gross 412.00 / housing -150.00 / transport debt -120.00 / recruitment fee installment -140.00 / net 2.00. Dale asks why decimals don't line up.",
         comments="CSS fixed. -LF", origin="Email", typ="Problem", owner=4, who=0),
    opp("o1", "2015-09-10", "Harvest Crew - renewal", "Renewal", "Closed Won", 2900.00, "2015-09-30", "Renewed + 20 more mailboxes for season.", owner=2),
    note("n2", "2016-06-14", "Harvest Crew - sheriff",
         "Cypress County Sheriff + DOL raided the crew housing; per the records request served today, 38 workers found and passports in Dale's office safe. Request is for all mailbox contents + forwarding logs.", owner=8),
  ], routine=6,
  kf="2015-05-08", ev=["c1", "c2", "o1", "n2"],
  why="The contractor kept every worker's mailbox password with a supervisor and the pay statements we host net workers $2 after housing, transport-debt and recruitment-fee deductions; we renewed and added mailboxes before a raid found passports in the owner's safe.")

A(key="P15", label="positive", kind="labour_recruitment",
  name="Sunrise Domestic Placement Agency", type="Customer - Direct", industry="Staffing & Recruiting",
  web="sunrisedomestic.example", phone="(718) 555-0184", street="90-15 Queens Blvd Ste 3A",
  city="Queens", state="NY", zip="11373", country="United States", rev=700000, emp=5,
  desc="Nanny / housekeeper placement, applicants from abroad. Web forms + email.",
  owner=1, created="2016-01-15", spend=1500,
  contacts=[C("Lorna", "Baptiste", "Owner", "lorna", "(718) 555-0185"),
            C("Ivy", "Castillo", "Coordinator", "ivy", "(718) 555-0186")],
  recs=[
    note("n1", "2016-01-15", "Sunrise", "Domestic placement agency, live-in nannies/housekeepers. Site + forms + 6 mailboxes."),
    case("c1", "2016-04-25", "application form - new fields",
         "Ivy wants new required fields on worker form: passport no., 'passport held by agency until contract end (Y/N)' defaulted to Y and not editable by applicant, and 'placement debt balance ($)'. Also a hidden field for host family's 'deduction plan'.",
         comments="Fields added via form builder. -ML", origin="Web", typ="Question", owner=5, who=1),
    case("c2", "2017-08-02", "complaint from a worker",
         "Abuse form, in Portuguese: 'Trabalho 16 horas por dia na casa da família, não recebo salário há 4 meses, a agência ficou com meu passaporte e diz que devo 5 mil dólares.' Reporter names sunrisedomestic.example as the agency.",
         comments="Fwd to customer. Lorna: 'disgruntled, ignore'. Closed - no further action. -JA",
         origin="Abuse Form", typ="Abuse", owner=11, who=None),
    opp("o1", "2017-10-01", "Sunrise - renewal", "Renewal", "Closed Won", 1500.00, "2017-10-15", "Renewed, same plan."),
    case("c3", "2018-12-10", "State AG subpoena - Sunrise",
         "Subpoena from State AG Labor Trafficking Unit: all form submissions + mail for sunrisedomestic.example. Agency and owner charged w/ labor trafficking and unlawful document retention.",
         comments="Produced 12/21. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=6,
  kf="2016-04-25", ev=["c1", "c2", "c3"],
  why="We built the agency a form that records workers' passports as held by the agency and tracks placement debt; a worker later reported 16-hour days, no pay for 4 months and a confiscated passport, closed without a look, and we renewed.")

A(key="P16", label="positive", kind="labour_recruitment",
  name="Atlas Builders Labour Hire Ltd", type="Customer - Direct", industry="Construction",
  web="atlaslabourhire.example", phone="(832) 555-0138", street="9800 Northwest Fwy Ste 210",
  city="Houston", state="TX", zip="77092", country="United States", rev=4100000, emp=14,
  desc="Construction labor subcontractor, hosted payroll/worker portal.",
  owner=2, created="2017-02-20", spend=6000,
  contacts=[C("Sergei", "Morin", "Managing Director", "sergei", "(832) 555-0139"),
            C("Ana", "Popescu", "Payroll", "payroll", "(832) 555-0140")],
  recs=[
    note("n1", "2017-02-20", "Atlas", "Labor hire for framing/drywall crews, hosted worker portal (pay stubs, shifts). ~200 worker profiles.", owner=2),
    case("c1", "2018-01-30", "portal showing net pay zero",
         "Ana reports 30 worker profiles show net $0.00 this period. Looked at it: deductions table has 'recruitment fee', 'visa', 'bed', 'tools' and for every recent arrival they exceed gross. She says the numbers are 'correct, they owe'.",
         comments="Not a bug. Closed. -MT", origin="Email", typ="Problem", owner=5, who=1),
    case("c2", "2018-03-12", "HSI records request - Atlas",
         "HSI Houston requests portal access logs + account info. Investigating Atlas for forced labor of construction workers recruited abroad w/ debts.",
         comments="Produced 3/30. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    opp("o1", "2018-05-01", "Atlas - renewal + SSO", "Renewal", "Closed Won", 7200.00, "2018-05-15", "Renewed, added SSO for site supervisors.", owner=2),
    note("n2", "2018-05-20", "audit log", "Sergei asked us to delete the portal's audit log for 2017. Declined, legal hold in place.", owner=8),
  ], routine=6,
  kf="2018-03-12", ev=["c1", "c2", "o1", "n2"],
  why="The payroll portal showed new arrivals' recruitment, visa and bed deductions wiping out their pay ('they owe'), and HSI then said it was investigating the customer for forced labour; we renewed and the customer tried to delete its audit log.")

# --- money services --------------------------------------------------------
A(key="P17", label="positive", kind="money_service",
  name="QuickRemit Express Corp", type="Customer - Direct", industry="Financial Services",
  web="quickremit.example", phone="(973) 555-0158", street="1 Gateway Ctr Fl 11",
  city="Newark", state="NJ", zip="07102", country="United States", rev=8800000, emp=45,
  desc="Licensed MSB, ~30 agent locations. Hosted transaction app + managed DB.",
  owner=1, created="2012-06-18", spend=22000,
  contacts=[C("Farid", "Nasser", "CEO", "farid", "(973) 555-0159"),
            C("Olga", "Brandt", "Compliance Officer", "compliance", "(973) 555-0160")],
  recs=[
    note("n1", "2012-06-18", "QuickRemit", "MSB, remittance + bill pay, 30 agents. Managed Postgres + app servers. Olga (BSA officer) very thorough on our SOC report."),
    note("n2", "2015-07-20", "call w/ Farid",
         "Farid: since the card networks walked away from the classifieds sites his fastest growing product is 'ad credit' top-ups for companion ad sites - cash in at agents, out to the site operators. Wants DB 3x. 'we're the only door left for those guys'."),
    case("c1", "2015-12-02", "remove compliance officer admin",
         "Farid asks us to revoke Olga's admin on app + DB today. 'she's gone, she kept filing SARs on our best agents'. New 'compliance' contact is his nephew.",
         comments="Access revoked per CEO. -LF", origin="Phone", typ="Question", prio="High", owner=4, who=0),
    case("c2", "2016-06-07", "FBI grand jury subpoena - QuickRemit",
         "Records for quickremit.example app + DB hosting. Investigation of the company and its CEO for laundering proceeds of a sex trafficking network through structured agent deposits.",
         comments="Produced 6/28. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    task("t1", "2016-06-20", "Farid - log retention",
         "Farid wants DB log retention cut to 24h + binlog backups disabled. Told him not while subpoena preservation applies. He got angry, wants it 'after'.", owner=9, who=0),
    opp("o1", "2016-09-01", "QuickRemit - DB cluster upgrade", "Upsell", "Closed Won", 38000.00, "2016-09-30", "3-node cluster, volume keeps growing."),
  ], routine=5,
  kf="2015-12-02", ev=["n2", "c1", "c2", "t1", "o1"],
  why="The MSB's CEO told us its growth was moving cash to companion-ad sites after the card networks left, then fired the compliance officer for filing SARs; the FBI later subpoenaed records on laundering for a trafficking network and we still upsold.")

A(key="P18", label="positive", kind="money_service",
  name="CoinPass Payments Inc", type="Customer - Direct", industry="Financial Services",
  web="coinpass.example", phone="(303) 555-0124", street="1550 Wewatta St Ste 300",
  city="Denver", state="CO", zip="80202", country="United States", rev=6000000, emp=19,
  desc="Crypto payment gateway for 'online classifieds'. HA cluster.",
  owner=2, created="2015-09-02", end="2018-04-20", spend=42000,
  contacts=[C("Liam", "Sato", "Founder", "liam", "(303) 555-0125"),
            C("Jess", "Ortega", "Engineering Lead", "jess", "(303) 555-0126")],
  recs=[
    note("n1", "2015-09-02", "CoinPass", "Crypto gateway, merchants are 'online classifieds'. Wants HA + low latency to exchanges.", owner=2),
    event("e1", "2015-10-14", "QBR - CoinPass",
          "Liam: '~90% of our volume is ad credits on companion and escort listing sites since Visa/MC cut them off in July, we're basically their card processor now'. Wants HA, dedicated support line and a custom rate-limit exemption for 2 big merchants.",
          mins=60, owner=2, who=0),
    case("c1", "2016-02-03", "disable admin audit logging",
         "Jess asks to turn off audit logging on the merchant admin panel and drop request logs for /merchant/* endpoints. 'merchants asked us not to keep it'.",
         comments="Turned off app-level logging on our managed LB for those paths; platform logs still kept 30d. -IP", origin="Email", typ="Question", owner=9, who=1),
    opp("o1", "2016-03-15", "CoinPass - HA + dedicated support", "Upsell", "Closed Won", 42000.00, "2016-04-01", "HA pair + named support engineer, custom rate-limit exemption approved.", owner=2),
    case("c2", "2018-04-16", "Seizure warrant - 2 CoinPass servers",
         "FBI served seizure warrant for 2 servers hosting CoinPass wallet service; connected to the federal case against a large classifieds site seized earlier this month.",
         comments="Servers handed over w/ chain of custody. Acct terminated. -TH", origin="Legal", typ="Legal Request", prio="High", owner=7, who=None),
  ], routine=5,
  kf="2015-10-14", ev=["e1", "c1", "o1", "c2"],
  why="The founder told us 90% of volume was escort-listing ad credits processed after the card networks cut those sites off; we then turned off its merchant logging and sold tailored HA and a rate-limit exemption before the FBI seized its servers.")

A(key="P19", label="positive", kind="money_service",
  name="Bluewire Money Transfer LLC", type="Customer - Direct", industry="Financial Services",
  web="bluewiremt.example", phone="(773) 555-0116", street="3320 W Lawrence Ave",
  city="Chicago", state="IL", zip="60625", country="United States", rev=2500000, emp=11,
  desc="Money transmitter, 12 agent counters. Managed DB + app.",
  owner=1, created="2013-04-08", spend=8400,
  contacts=[C("Hector", "Ruiz", "Owner", "hector", "(773) 555-0117"),
            C("Nadia", "Karim", "IT", "nadia", "(773) 555-0118")],
  recs=[
    note("n1", "2013-04-08", "Bluewire", "Small MT, mostly US->MX/GT/HN. Managed DB, app on 2 VMs. Nadia technical."),
    case("c1", "2017-09-05", "HSI preservation letter - Bluewire",
         "Preservation request covering bluewiremt.example DB, app logs, account records. Letter says Bluewire and its owner are under investigation for running funnel accounts: wages of many workers collected into a handful of receiving accounts for a trafficking organization.",
         comments="Preserved 9/6. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    task("t1", "2017-09-18", "Nadia - delete old txn logs",
         "Nadia asks us to delete transaction logs >30 days on managed DB and disable snapshots, 'owner's orders, effective today'. Told her preservation hold blocks it; didn't tell her why.",
         owner=9, who=1),
    opp("o1", "2017-11-01", "Bluewire - renewal", "Renewal", "Closed Won", 8400.00, "2017-11-15", "Renewed as is."),
    note("n2", "2018-10-02", "Bluewire plea", "Tribune link: Hector Ruiz pleaded guilty, money laundering tied to a labor/sex trafficking ring. Legal reviewing termination.", owner=8),
  ], routine=6,
  kf="2017-09-05", ev=["c1", "t1", "o1", "n2"],
  why="HSI told us the transmitter itself ran funnel accounts for a trafficking organization, the customer then tried to delete transaction logs, and we renewed anyway; the owner later pleaded guilty.")

A(key="P20", label="positive", kind="money_service",
  name="PrepaidPal Cards Inc", type="Customer - Direct", industry="Financial Services",
  web="prepaidpal.example", phone="(702) 555-0197", street="6385 S Rainbow Blvd Ste 400",
  city="Las Vegas", state="NV", zip="89118", country="United States", rev=3900000, emp=17,
  desc="Prepaid card program manager. Marketing site + card API.",
  owner=2, created="2016-06-10", spend=12000,
  contacts=[C("Marco", "Bellini", "CEO", "marco", "(702) 555-0198"),
            C("Tina", "Fowler", "Marketing", "tina", "(702) 555-0199")],
  recs=[
    note("n1", "2016-06-10", "PrepaidPal", "Prepaid card program manager, marketing site + API on 3 VMs.", owner=2),
    case("c1", "2017-02-14", "spam complaint - landing page",
         "Complaint about prepaidpal.example/anon: 'Buy ad credits for adult dating sites anonymously - no ID, no name, load up to $2,500 cash'. Reporter says the page is promoted in escort boards' 'how to pay' sections.",
         comments="Not spam per se, legal content. Closed. -JA", origin="Abuse Form", typ="Abuse", owner=11, who=None),
    case("c2", "2017-07-11", "Records request - Sandstone County Sheriff",
         "Request for subscriber + access logs for prepaidpal.example. Company under investigation for selling bulk anonymous cards to a pimping ring that used them to buy escort ads for minors.",
         comments="Produced 7/25. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    task("t1", "2017-07-20", "Marco - new entity",
         "Marco wants the acct moved to a new company 'PPX Ltd' (Belize), same servers, same people, 'for structure reasons'. Asked billing to prep new contract.", owner=1, who=0),
    opp("o1", "2017-08-15", "PPX Ltd - renewal (PrepaidPal)", "Renewal", "Closed Won", 12000.00, "2017-08-31", "Renewal under new entity PPX Ltd.", owner=2),
  ], routine=6,
  kf="2017-07-11", ev=["c1", "c2", "t1", "o1"],
  why="Read together: the card page sold anonymous cash-loaded cards for adult-ad credits promoted on escort boards, then a sheriff said the company was selling them to a pimping ring buying ads for minors; it moved to an offshore entity and we renewed.")

# --- modelling / travel-companion recruitment of minors ---------------------
A(key="P21", label="positive", kind="minor_recruitment",
  name="StarFace Model Scouting", type="Customer - Direct", industry="Media & Entertainment",
  web="starfacescouting.example", phone="(407) 555-0131", street="7380 Sand Lake Rd Ste 500",
  city="Orlando", state="FL", zip="32819", country="United States", rev=400000, emp=4,
  desc="Model scouting site, applicant portal w/ photo upload.",
  owner=1, created="2014-05-19", end="2016-03-10", spend=1800,
  contacts=[C("Jared", "Pell", "Owner", "jared", "(407) 555-0132"),
            C("Crystal", "Moon", "Scout Coordinator", "crystal", "(407) 555-0133")],
  recs=[
    note("n1", "2014-05-19", "StarFace", "Scouting site, applicants upload photos. WordPress + forms."),
    case("c1", "2014-09-09", "form validation - age range",
         "Crystal wants the age field to accept 13-19 and the form header to read 'Travel companion opportunities for young models - paid trips with VIP clients, no experience needed, parents don't need to come'.",
         comments="Validation changed, header updated by cust. -ML", origin="Web", typ="Question", owner=5, who=1),
    case("c2", "2015-04-15", "parent complaint",
         "Mother writes: her 15 y/o was messaged through starfacescouting.example and offered $3,000 for a 'companion trip' to Miami with a 'sponsor', told not to tell her parents.",
         comments="Fwd to customer. Customer says misunderstanding. Closed. -JA", origin="Abuse Form", typ="Abuse", prio="High", owner=11, who=None),
    opp("o1", "2015-05-10", "StarFace - renewal", "Renewal", "Closed Won", 1800.00, "2015-05-19", "Renewed."),
    case("c3", "2016-01-26", "FBI preservation - StarFace",
         "Preserve all form submissions, photos, mail logs. Investigation of owner J. Pell for sex trafficking of minors.",
         comments="Preserved. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    note("n2", "2016-03-08", "owner arrested", "Jared Pell arrested per FBI press release; site offline. Close acct.", owner=8),
  ], routine=4,
  kf="2014-09-09", ev=["c1", "c2", "o1", "c3"],
  why="The scouting site asked us to accept applicants aged 13-19 for paid 'travel companion' trips with VIP clients without parents; a mother then reported her 15-year-old offered $3,000 for one and we renewed.")

A(key="P22", label="positive", kind="minor_recruitment",
  name="Wanderlust Companions Agency", type="Customer - Direct", industry="Travel Services",
  web="wanderlustcompanions.example", phone="(404) 555-0153", street="3340 Peachtree Rd NE Ste 1800",
  city="Atlanta", state="GA", zip="30326", country="United States", rev=1100000, emp=6,
  desc="'Travel companion' matching for executives. Web app + mail.",
  owner=2, created="2017-05-02", spend=4800,
  contacts=[C("Simone", "Akers", "Founder", "simone", "(404) 555-0154"),
            C("Trey", "Barlow", "Web Developer", "trey", "(404) 555-0155")],
  recs=[
    note("n1", "2017-05-02", "Wanderlust", "Matches 'executives' w/ travel companions. Web app on 2 VMs.", owner=2),
    case("c1", "2017-08-14", "change min age on signup",
         "Trey asks how to lower the minimum age in the signup validator from 18 to 16. 'lots of our applicants are 16-17 and the clients prefer young, we'll sort the paperwork later'.",
         comments="Explained it's in their code; he changed it himself. T&S not looped. -MT", origin="Email", typ="Question", owner=5, who=1),
    opp("o1", "2017-10-20", "Wanderlust - 2 more VMs + CDN", "Upsell", "Closed Won", 5200.00, "2017-11-01", "Growth, more signups.", owner=2),
    case("c2", "2018-11-05", "Subpoena - Peachtree County DA",
         "DA's office subpoena for signup records + messages. Founder S. Akers charged w/ trafficking of minors for commercial sex via the 'companion' platform.",
         comments="Produced 11/19. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=6,
  kf="2017-08-14", ev=["c1", "o1", "c2"],
  why="The companion agency told support it was lowering its age floor to 16 because clients 'prefer young', and we upsold it before the DA charged its founder with trafficking minors.")

A(key="P23", label="positive", kind="minor_recruitment",
  name="NextFace Talent LLC", type="Customer - Direct", industry="Media & Entertainment",
  web="nextfacetalent.example", phone="(786) 555-0108", street="1001 Brickell Bay Dr Ste 2700",
  city="Miami", state="FL", zip="33131", country="United States", rev=500000, emp=5,
  desc="Talent agency, 15 mailboxes.",
  owner=1, created="2018-01-08", spend=1200,
  contacts=[C("Kyle", "Vance", "Owner", "kyle", "(786) 555-0109"),
            C("Bianca", "Soto", "Booker", "bookings", "(786) 555-0110")],
  recs=[
    note("n1", "2018-01-08", "NextFace", "Small talent agency, email only (15 mboxes). Bianca admin."),
    case("c1", "2018-06-19", "mailbox full - bookings@",
         "Bianca says bookings@ is full, asks for quota increase and which big items to delete.",
         comments="Raised quota 10->50GB. Bianca asked me to list largest threads so she could clean up; one thread: applicant writes 'I'm 15 is that ok for the Dubai trip with Mr. K?', reply from bookings@ 'yes babe just tell your mom it's a modelling shoot, dont bring her'. Flagging to T&S. -LF",
         origin="Phone", typ="Question", owner=4, who=1, closed="2018-06-19"),
    task("t1", "2018-06-21", "re: Luis flag - NextFace",
         "Looked at Luis's flag. Customer's private mail, we don't police mailboxes. No action, closed.", typ="Other", owner=6, who=None),
    opp("o1", "2018-08-01", "NextFace - renewal", "Renewal", "Closed Won", 1200.00, "2018-08-15", "Renewed + archive add-on."),
    case("c2", "2019-09-03", "Preservation letter - HSI Miami",
         "Preserve bookings@ and owner's mailbox; investigation of NextFace owner for sex trafficking of minors abroad.",
         comments="Preserved. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=6,
  kf="2018-06-19", ev=["c1", "t1", "o1", "c2"],
  why="A closing comment records the agency telling a 15-year-old to lie to her mother about a 'Dubai trip'; T&S closed the flag without investigating and we renewed before HSI's preservation letter.")

A(key="P24", label="positive", kind="minor_recruitment",
  name="Belle Etoile Casting SARL", type="Customer - Direct", industry="Media & Entertainment",
  web="belleetoile.example", phone="+33 1 555 01 42", street="18 rue de Ponthieu",
  city="Paris", state="", zip="75008", country="France", rev=800000, emp=7,
  desc="Casting / model agency. Hosting + mail, US DC.",
  owner=2, created="2015-03-03", spend=3000,
  contacts=[C("Julien", "Marchand", "Gerant", "julien", "+33 1 555 01 43"),
            C("Elodie", "Faure", "Assistante", "elodie", "+33 1 555 01 44")],
  recs=[
    note("n1", "2015-03-03", "Belle Etoile", "Paris casting agency. Site + 8 mboxes. Elodie writes in FR mostly.", owner=2),
    case("c1", "2016-02-10", "charset - page 'voyages'",
         "Elodie: accents broken on new page 'voyages VIP'. Text she pasted: 'Nos jeunes modèles (15-17 ans) accompagnent nos clients lors de voyages à Dubaï et Monaco. Discrétion absolue, les parents ne sont pas informés des détails.'",
         comments="Fixed UTF-8 meta + DB collation. -ML", origin="Email", typ="Problem", owner=5, who=1),
    event("e1", "2016-06-08", "QBR - Belle Etoile",
          "Julien wants a members-only area for 'clients' with the girls' photos and travel availability, no access logs on it. Quoted him for a separate VM.", mins=45, owner=2, who=0),
    opp("o1", "2016-07-01", "Belle Etoile - members area VM", "Upsell", "Closed Won", 3400.00, "2016-07-15", "Members-only VM, logging minimal per cust.", owner=2),
    case("c2", "2017-09-18", "Records request - Paris police via HSI attache",
         "Request via HSI attaché Paris on behalf of the Brigade de protection des mineurs: subscriber info + logs for belleetoile.example. Gérant charged with aggravated pimping of minors ('proxénétisme aggravé sur mineurs').",
         comments="Produced through MLAT channel 10/30. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=6,
  kf="2016-02-10", ev=["c1", "e1", "o1", "c2"],
  why="The agency's own page text, pasted into a charset ticket, offers 15-17-year-old models as travel companions for clients with parents kept uninformed; we then built it a log-free client area.")

# --- straw owners -----------------------------------------------------------
A(key="P25", label="positive", kind="straw_owner",
  name="Eastgate Holdings LLC", type="Customer - Direct", industry="Personal Services",
  web="eastgateholdings.example", phone="(718) 555-0174", street="136-20 38th Ave Ste 5F",
  city="Flushing", state="NY", zip="11354", country="United States", rev=1200000, emp=3,
  desc="Holding co for 7 spa booking domains.",
  owner=1, created="2016-07-11", end="2018-10-31", spend=6300,
  contacts=[C("Lily", "Chen", "Owner", "lily", "(718) 555-0175", birth="1995-02-14"),
            C("Frank", "Deng", "Consultant", "frank", "(718) 555-0176")],
  recs=[
    note("n1", "2016-07-11", "Eastgate", "Holding co, 7 spa booking domains. Owner of record Lily Chen (21). Every call so far from Frank Deng, 'consultant'."),
    case("c1", "2017-03-03", "card on file / KYC",
         "Same Amex ending 4417 (cardholder F. Deng) pays Eastgate + 6 other accts w/ different 'owners' (L. Chen, M. Zhou, J. Li, ...). All 7 booking sites: open 10am-2am, 'new staff weekly', 'table shower'. Called Lily for KYC, she didn't know what the sites were: 'Frank handles, I just sign'.",
         comments="Escalated to compliance. -SL", origin="Phone", typ="Billing", owner=10, who=0, closed="2017-03-03"),
    task("t1", "2017-03-10", "Frank Deng - KYC follow-up",
         "Frank called back angry: don't call Lily again, 'she doesn't speak English, I'm the boss'. Wants all 7 domains behind privacy WHOIS. Compliance took no further step.", owner=12, who=1),
    opp("o1", "2017-05-01", "Eastgate - 7 domain bundle renewal", "Renewal", "Closed Won", 6300.00, "2017-05-15", "All 7 renewed under Eastgate, WHOIS privacy added."),
    case("c2", "2018-10-22", "Domain seizure notices - 7 Eastgate domains",
         "Registrar forwards seizure orders: the 7 spa domains seized in federal case against F. Deng (sex trafficking, money laundering).",
         comments="Hosting suspended. -TH", origin="Legal", typ="Legal Request", prio="High", owner=7, who=None),
  ], routine=5,
  kf="2017-03-03", ev=["c1", "t1", "o1", "c2"],
  why="One man's card paid seven late-night spa booking sites registered to different nominees, and the 21-year-old owner of record didn't know what they were; we renewed all seven with WHOIS privacy before they were seized.")

A(key="P26", label="positive", kind="straw_owner",
  name="Ridgeview Consulting LLC", type="Customer - Direct", industry="Consulting",
  web="ridgeviewconsulting.example", phone="(302) 555-0187", street="1201 N Orange St Ste 600",
  city="Wilmington", state="DE", zip="19801", country="United States", rev=250000, emp=1,
  desc="LLC hosting 5 'dating' sites.",
  owner=2, created="2015-10-19", spend=7500,
  contacts=[C("Tyler", "Brooks", "Managing Member", "tyler", "(302) 555-0188", birth="1996-05-30"),
            C("Nikolai", "Vass", "Advisor", "nv", "(302) 555-0189")],
  recs=[
    note("n1", "2015-10-19", "Ridgeview", "LLC w/ 5 'dating' sites. Managing member Tyler Brooks, DOB 1996. Pays by wire from 'Vass Media Ltd' (Cyprus).", owner=2),
    task("t1", "2016-01-12", "who is the customer?",
         "Nikolai Vass (not on acct, not an officer) calls for every change. Asked us never to contact Tyler: 'he's just the name on the paper, talk to me'.", owner=12, who=1),
    case("c1", "2016-08-30", "complaint - sites are escort ads",
         "Reporter lists all 5 Ridgeview sites: escort ads w/ hourly rates, same 4 phone numbers used across 12 cities in two weeks, ages listed 18-19 on photos that look younger.",
         comments="Customer says dating. Closed. -JA", origin="Abuse Form", typ="Abuse", owner=11, who=None),
    opp("o1", "2017-01-09", "Ridgeview - renewal + 3 domains", "Renewal", "Closed Won", 9000.00, "2017-01-20", "Renewed, 3 more 'dating' domains, Nikolai approved.", owner=2),
    case("c2", "2017-12-04", "FBI subpoena - Ridgeview",
         "Subpoena for all records; N. Vass charged w/ sex trafficking, Ridgeview named as nominee company used to hold his ad sites.",
         comments="Produced 12/15. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
  ], routine=6,
  kf="2016-08-30", ev=["t1", "c1", "o1", "c2"],
  why="An unlisted offshore payer who called the 19-year-old member 'just the name on the paper' ran five 'dating' sites shown to carry escort ads with rotating phones across 12 cities; we renewed and added domains before the FBI subpoena.")

A(key="P27", label="positive", kind="straw_owner",
  name="Milano Beauty Bar Inc", type="Customer - Direct", industry="Personal Services",
  web="milanobeautybar.example", phone="(520) 555-0102", street="4500 E Speedway Blvd Ste 38",
  city="Tucson", state="AZ", zip="85712", country="United States", rev=300000, emp=6,
  desc="'Beauty bar and spa'. Hosting + booking.",
  owner=1, created="2018-02-26", spend=1500,
  contacts=[C("Ruth", "Abernathy", "President", "ruth", "(937) 555-0103", birth="1947-08-09"),
            C("Dino", "Caruso", "Manager", "dino", "(520) 555-0104")],
  recs=[
    note("n1", "2018-02-26", "Milano", "Beauty bar/spa booking site. Signed by 'President Ruth Abernathy', Dino is manager and day-to-day."),
    case("c1", "2018-05-14", "Enhanced KYC - Milano",
         "Triggered by chargeback rate. Called president R. Abernathy at listed number (Ohio). She's 71, retired, says she lent her name to 'a friend of my son' for $500/mo, has never been to Tucson and doesn't know what the business does.",
         comments="Passed to compliance for DD on manager. -BC", origin="Phone", typ="Billing", owner=12, who=0, closed="2018-05-14"),
    task("t1", "2018-05-21", "DD - D. Caruso",
         "Public records search: D. Caruso 2011 state conviction, promoting prostitution + pandering of a minor. Booking page offers 'after-hours appts by text only'. Recommend offboarding.", owner=12, who=1),
    case("c2", "2018-06-04", "minimal logging + no mail archive",
         "Dino asks to switch off mail archiving and keep web logs minimal 'for privacy of our clients'.",
         comments="Archive off, logs 7d. -LF", origin="Email", typ="Question", owner=4, who=1),
    opp("o1", "2018-07-10", "Milano - renewal", "Renewal", "Closed Won", 1500.00, "2018-07-20", "Renewed; offboarding rec from compliance not actioned."),
  ], routine=5,
  kf="2018-05-21", ev=["c1", "t1", "c2", "o1"],
  why="Our own due diligence found the nominal president was a paid name-lender and the real operator had a conviction for pandering a minor while running after-hours 'text only' bookings; we cut logging at his request and renewed.")

A(key="P28", label="positive", kind="straw_owner",
  name="Sunbelt Hospitality Partners", type="Customer - Direct", industry="Hospitality",
  web="sunbelthospitality.example", phone="(901) 555-0119", street="3870 Lamar Ave",
  city="Memphis", state="TN", zip="38118", country="United States", rev=1700000, emp=24,
  desc="3 roadside motels: websites, online booking, guest wifi captive portal.",
  owner=2, created="2013-08-05", spend=4200,
  contacts=[C("Raymond", "Kirby", "General Manager", "ray", "(901) 555-0120"),
            C("Donna", "Kirby", "Owner", "donna", "(901) 555-0121", birth="1938-11-02")],
  recs=[
    note("n1", "2013-08-05", "Sunbelt", "3 motels off I-40/I-240. Sites, booking engine, captive portal for wifi. Ray runs everything.", owner=2),
    case("c1", "2015-04-08", "booking engine changes",
         "Ray wants a '2 hr' rate option on the booking engine and the ID-scan step removed from online check-in. Says his 'regulars' don't like showing ID.",
         comments="2hr rate added. ID step made optional. -LF", origin="Phone", typ="Question", owner=4, who=0),
    case("c2", "2016-11-14", "Records request - Wolf River PD",
         "Records request for wifi captive portal logs + booking records at the 3 Sunbelt motels. Investigation of motel management for harboring and trafficking; 4 minors recovered from rooms during a sting last week.",
         comments="Produced 11/28. -CB", origin="Legal", typ="Legal Request", prio="High", owner=8, who=None),
    note("n2", "2017-01-09", "ownership transfer",
         "Paperwork in: owner changed to Donna Kirby (Ray's mother, 78, lives in assisted living per Ray) after Ray was indicted. Ray still calls for everything and pays.", owner=10),
    opp("o1", "2017-02-01", "Sunbelt - renewal under new owner", "Renewal", "Closed Won", 4200.00, "2017-02-15", "Renewed, new owner of record.", owner=2),
  ], routine=6,
  kf="2016-11-14", ev=["c1", "c2", "n2", "o1"],
  why="After police recovered four minors at the motels in a trafficking probe of their management (which had asked for 2-hour rates and no ID check), ownership moved to the indicted GM's 78-year-old mother while he kept control, and we renewed.")



# ===========================================================================
# HARD NEGATIVES
# ===========================================================================

# --- police -----------------------------------------------------------------
A(key="N01", label="negative", kind="hard:police",
  name="Port Alder Police Department", type="Customer - Direct", industry="Government",
  web="portalderpd.example", phone="(360) 555-0141", street="200 Harbor Way",
  city="Port Alder", state="WA", zip="98368", country="United States", rev=0, emp=85,
  desc="Municipal PD: public site, anonymous tip line form, 80 mailboxes (gov plan).",
  owner=1, created="2014-02-03", spend=6000,
  contacts=[C("Marcus", "Hale", "Lieutenant, Human Trafficking Unit", "mhale", "(360) 555-0142"),
            C("Jen", "Ambrose", "IT Coordinator", "jambrose", "(360) 555-0143")],
  recs=[
    note("n1", "2014-02-03", "gov acct", "City PD, 80 mboxes + site + tip form. PO billing, net 45. Jen is IT."),
    case("c1", "2016-03-22", "tip form spam",
         "Tip line form flooded w/ escort ad spam ('new girls in town, call 555...'). Sgt asks for captcha BUT real tips on trafficking must never be silently dropped.",
         comments="Added challenge + spam score that only tags, never deletes. Spam down ~95%, tips intact. -MT", origin="Email", typ="Problem", owner=5, who=1),
    case("c2", "2017-09-11", "extend retention on tip line to 1 yr",
         "Lt. Hale wants 365d retention on tip form submissions + attachments for case evidence; a tip in June led to minors recovered in their hotel operation.",
         comments="Archive add-on quoted + enabled. -KO", origin="Email", typ="Question", owner=3, who=0),
    opp("o1", "2017-09-20", "Port Alder PD - archive add-on", "Upsell", "Closed Won", 1800.00, "2017-10-15", "1yr archive for tip line, PO rec'd."),
  ], routine=6,
  ev=["c1", "c2"],
  why="A police department whose tip line receives trafficking tips; its retention requests lengthen evidence, it is investigating others.")

A(key="N02", label="negative", kind="hard:police",
  name="Maple County Sheriff's Office", type="Customer - Direct", industry="Government",
  web="maplecountyso.example", phone="(608) 555-0156", street="410 Courthouse Sq",
  city="Maple Falls", state="WI", zip="53999", country="United States", rev=0, emp=140,
  desc="Sheriff's office site, press releases, internal document library.",
  owner=2, created="2013-07-15", spend=5400,
  contacts=[C("Laura", "Briggs", "Captain, Investigations", "lbriggs", "(608) 555-0157"),
            C("Ken", "Ostrowski", "Records Deputy", "kostrowski", "(608) 555-0158")],
  recs=[
    case("c1", "2015-05-04", "restricted folder for legal templates",
         "Records deputy wants shared folder for their templates (preservation letters, 2703(d) applications, subpoena cover sheets, NCMEC referral forms) w/ access limited to 6 investigators + 2FA.",
         comments="Group folder + 2FA enforced. -LF", origin="Phone", typ="Question", owner=4, who=1),
    case("c2", "2018-04-10", "press release page slow",
         "Site crawling after press release 'Sheriff announces 11 arrests in online prostitution sting; 3 juveniles recovered and placed with victim services'. Media traffic.",
         comments="Scaled to 2 web nodes for 72h. -LF", origin="Phone", typ="Problem", prio="High", owner=4, who=0),
    task("t1", "2018-04-11", "offer perm 2nd node",
         "Offered permanent 2nd web node after yesterday's spike. Capt. Briggs: budget FY19.", owner=2, who=0),
  ], routine=6,
  ev=["c1", "c2"],
  why="A sheriff's office that sends preservation letters and ran the sting; it is the investigator.")

A(key="N03", label="negative", kind="hard:police",
  name="Harbor City Police Department", type="Customer - Direct", industry="Government",
  web="harborcitypd.example", phone="(757) 555-0122", street="1 Civic Center Plz",
  city="Harbor City", state="VA", zip="23599", country="United States", rev=0, emp=410,
  desc="City PD. Mail + site. Vice & Exploitation Unit ordered a short-term VPS for a sting in 2017.",
  owner=1, created="2016-05-09", spend=9000,
  contacts=[C("Monica", "Alvarez", "Detective Sergeant, Vice & Exploitation", "malvarez", "(757) 555-0123"),
            C("Robert", "Tan", "Chief of Police", "chief", "(757) 555-0124")],
  recs=[
    case("c1", "2017-02-15", "New VPS - decoy classifieds site",
         "Det. Sgt. Alvarez orders a VPS for bayside-companions.example that will carry fake escort ads in an operation targeting buyers and traffickers of minors. No search indexing, 6 month term, want our abuse desk told so it isn't pulled.",
         comments="Verified by call-back to PD main line + letter signed by Chief Tan. Legal (CB) approved; flagged on abuse desk watchlist w/ expiry 8/31. -TH",
         origin="Phone", typ="Question", prio="High", owner=7, who=0),
    case("c2", "2017-04-02", "abuse report - bayside-companions.example",
         "Anon: 'site full of escort ads, some look underage, please take down'.",
         comments="Known law-enforcement operation (see Feb case, Legal approval on file). Reporter thanked, no action. Closed - reason: authorised LE sting, confirmed w/ Chief's office 2/15. Reviewer JA, 2nd TH.",
         origin="Abuse Form", typ="Abuse", owner=11, who=None),
    note("n1", "2017-08-30", "op closed", "Operation over. Det. Alvarez asked us to image the VPS for evidence, then destroy. Imaged, chain-of-custody form signed, VPS wiped 9/1.", owner=8),
  ], routine=6,
  ev=["c1", "c2", "n1"],
  why="The 'escort ad' site on this account was a verified police sting against traffickers; the abuse report was closed with that reason.")

# --- prosecutors --------------------------------------------------------------
A(key="N04", label="negative", kind="hard:prosecutor",
  name="Eastbrook County District Attorney", type="Customer - Direct", industry="Government",
  web="eastbrookda.example", phone="(814) 555-0165", street="300 Market St, 2nd Fl",
  city="Eastbrook", state="PA", zip="16999", country="United States", rev=0, emp=60,
  desc="DA's office: case file hosting, press page, victim-witness portal.",
  owner=2, created="2012-11-05", spend=7000,
  contacts=[C("Karen", "Whitfield", "Assistant District Attorney", "kwhitfield", "(814) 555-0166"),
            C("Drew", "Simmons", "Paralegal", "dsimmons", "(814) 555-0167")],
  recs=[
    case("c1", "2015-08-18", "large upload failing - trial exhibits",
         "Paralegal can't upload 4GB exhibit bundle for a trafficking trial (Commonwealth v. [sealed], trafficking of a minor). Needs higher limit + encryption at rest confirmed.",
         comments="Limit raised for their portal to 10GB, confirmed AES-256 at rest in writing. -LF", origin="Phone", typ="Problem", owner=4, who=1),
    note("n1", "2016-02-09", "DA press", "ADA Whitfield: indictment unsealed in the massage parlor ring case this wk, expect press. Asked for CDN on press page. Quoted.", owner=2),
    opp("o1", "2016-02-15", "Eastbrook DA - CDN for press page", "Upsell", "Closed Won", 1200.00, "2016-03-01", "CDN add-on.", owner=2),
    case("c2", "2019-11-12", "victim-witness portal logging",
         "Office asks that the victim-witness portal not log victims' IP addresses (several are trafficking survivors, traffickers have tried to find them). Wants DA's policy memo attached to acct.",
         comments="IP truncation on that vhost, memo attached. -IP", origin="Email", typ="Question", owner=9, who=0),
  ], routine=6,
  ev=["c1", "n1", "c2"],
  why="A prosecutor's office bringing trafficking indictments; its logging limits protect victims.")

A(key="N05", label="negative", kind="hard:prosecutor",
  name="Lakeland County Prosecuting Attorney", type="Customer - Direct", industry="Government",
  web="lakelandprosecutor.example", phone="(219) 555-0170", street="55 W Lincolnway",
  city="Lakeland", state="IN", zip="46999", country="United States", rev=0, emp=48,
  desc="County prosecutor. Mail (55 users), site.",
  owner=1, created="2014-03-17", spend=4000,
  contacts=[C("Paul", "Okafor", "Investigator", "pokafor", "(219) 555-0171"),
            C("Susan", "Leary", "Deputy Prosecuting Attorney", "sleary", "(219) 555-0172")],
  recs=[
    case("c1", "2014-06-30", "spam filter quarantining evidence emails",
         "Investigator's messages from an online platform's LE response portal (ad screenshots w/ 'teen', 'young', 'new in town', rates) get quarantined as adult spam. Needs allowlist.",
         comments="Allowlisted the platform's LE portal sender. -MT", origin="Email", typ="Problem", owner=5, who=0),
    task("t1", "2016-10-19", "call - DPA Leary",
         "Office charging a trafficking ring, defense served subpoenas on everyone. She asked whether we'd ever get requests from defense counsel for the office's data - explained our legal process, we notify customer first.", owner=8, who=1),
    note("n1", "2018-01-12", "gov renewal", "Renewal via county procurement, 3 yr contract. Susan is sponsor."),
  ], routine=6,
  ev=["c1", "t1"],
  why="A prosecutor whose mail carries escort-ad evidence because it prosecutes traffickers.")

# --- courts -------------------------------------------------------------------
A(key="N06", label="negative", kind="hard:court",
  name="Clearwater County Superior Court", type="Customer - Direct", industry="Government",
  web="clearwatercourts.example", phone="(530) 555-0190", street="101 Justice Way",
  city="Clearwater", state="CA", zip="95999", country="United States", rev=0, emp=120,
  desc="E-filing portal + public docket hosting.",
  owner=2, created="2013-01-14", spend=15000,
  contacts=[C("Patricia", "Moss", "Court Clerk", "pmoss", "(530) 555-0191"),
            C("Glen", "Hayward", "IT Director", "ghayward", "(530) 555-0192")],
  recs=[
    case("c1", "2015-01-20", "sealed juvenile filings visible in search",
         "Clerk: docket PDFs incl. a sealed matter w/ a minor trafficking victim show up in search results. URGENT.",
         comments="Added noindex + auth on /sealed, requested cache removals. Root cause: folder made public by court's e-filing vendor, not us. -LF",
         origin="Phone", typ="Problem", prio="High", owner=4, who=0),
    note("n1", "2015-01-22", "follow-up", "Court admin satisfied w/ fix; asked for quarterly access review on sealed folders. Set recurring task.", owner=3),
    task("t1", "2015-04-22", "quarterly sealed-folder access review",
         "Reviewed ACLs on /sealed w/ Glen. 4 stale vendor accounts removed.", owner=3, who=1),
  ], routine=6,
  ev=["c1", "n1"],
  why="A court protecting sealed records of a minor trafficking victim; no wrongdoing by the customer.")

A(key="N07", label="negative", kind="hard:court",
  name="Northfield Municipal Court", type="Customer - Direct", industry="Government",
  web="northfieldcourt.example", phone="(507) 555-0115", street="18 Bridge Sq",
  city="Northfield", state="MN", zip="55999", country="United States", rev=0, emp=22,
  desc="Court site + specialty court participant portal.",
  owner=1, created="2017-06-05", spend=3000,
  contacts=[C("Alicia", "Monroe", "Presiding Judge", "amonroe", "(507) 555-0116"),
            C("Samir", "Lowell", "Specialty Court Coordinator", "slowell", "(507) 555-0117")],
  recs=[
    case("c1", "2018-03-06", "auto-delete participant data after program completion",
         "Coordinator of the Human Trafficking Intervention Court wants participant contact info purged 90 days after dismissal, per state expungement statute + standing order 2018-04; wants portal logging minimized - most participants are trafficking victims arrested for prostitution.",
         comments="Legal (CB) read the order. Purge job configured w/ an audit line for every deletion (who/when/which order). -IP",
         origin="Email", typ="Question", owner=9, who=1),
    task("t1", "2018-03-08", "written confirmation to court",
         "Sent Judge Monroe's chambers written confirmation of the purge config + where the audit trail lives.", owner=8, who=0),
  ], routine=6,
  ev=["c1", "t1"],
  why="A court asking for data deletion under an expungement order to protect trafficking victims; lawful and audited.")

# --- university research labs ---------------------------------------------
A(key="N08", label="negative", kind="hard:research",
  name="Westlake University - Computational Exploitation Lab", type="Customer - Direct", industry="Education",
  web="westlake-cel.example", phone="(412) 555-0127", street="5000 Forbes Ave, Hall C 310",
  city="Pittsburgh", state="PA", zip="15213", country="United States", rev=0, emp=14,
  desc="University lab researching detection of trafficking in online ads. Compute + storage.",
  owner=2, created="2016-06-13", spend=18000,
  contacts=[C("Hannah", "Kwan", "Principal Investigator", "hkwan", "(412) 555-0128"),
            C("Ravi", "Subramanian", "Research Engineer", "ravi.s", "(412) 555-0129")],
  recs=[
    case("c1", "2016-09-27", "complaint: scraping escort sites from your IP range",
         "Operator of an escort classifieds site complains our IPs are pulling ~10k ads/day from them.",
         comments="Source is our customer Westlake CEL. They sent IRB approval #2016-114 + data management plan: public pages only, for trafficking-detection research. Asked them to throttle to 1 req/s. Complaint closed w/ reason. -PN",
         origin="Abuse Form", typ="Abuse", owner=6, who=None),
    note("n1", "2017-01-10", "storage growth - CEL",
         "Dr. Kwan: 30TB now. Corpus is ad text w/ 'teen', 'fresh', 'new in town' etc. = training data for their minor-indicator classifier. No images kept, by lab policy. Shared results w/ NCMEC.", owner=2),
    opp("o1", "2017-01-20", "Westlake CEL - storage to 60TB", "Upsell", "Closed Won", 9000.00, "2017-02-01", "Grant-funded storage upgrade.", owner=2),
    event("e1", "2018-05-16", "CEL classifier demo for our T&S",
          "Ravi demoed their classifier to Tom + Priya. Maybe useful for our abuse desk triage, TH to follow up.", mins=60, owner=7, who=1),
  ], routine=5,
  ev=["c1", "n1", "e1"],
  why="A research lab that scrapes escort ads under IRB approval to detect trafficking; the scraping complaint was closed with reasons.")

A(key="N09", label="negative", kind="hard:research",
  name="Dunmore College Center on Labor Migration", type="Customer - Direct", industry="Education",
  web="dunmore-clm.example", phone="(570) 555-0160", street="800 Linden St",
  city="Dunmore", state="PA", zip="18512", country="United States", rev=0, emp=9,
  desc="Research center; survey app + site.",
  owner=1, created="2016-11-28", spend=2400,
  contacts=[C("Teresa", "Aguilar", "Director / Professor", "taguilar", "(570) 555-0161"),
            C("Ben", "Whitlow", "Research Assistant", "bwhitlow", "(570) 555-0162")],
  recs=[
    case("c1", "2017-05-15", "survey tool - encryption + no IP logging",
         "Survey of H-2A and domestic workers: asks about passport confiscation, recruitment fees, debts, housing deductions. IRB requires anonymous responses - need encrypted storage and no IP logging on the survey app.",
         comments="IP anonymization on, encrypted volume. -IP", origin="Email", typ="Question", owner=9, who=0),
    task("t1", "2017-06-07", "UTF-8 for translated survey",
         "Helped Ben w/ encoding on Spanish/Tagalog versions. Sample item: '¿Su empleador guarda su pasaporte o documentos?' renders fine now.", owner=4, who=1),
    note("n1", "2018-09-03", "report published", "Center's report on recruitment debt among farmworkers out; traffic spike expected. Teresa thanked support."),
  ], routine=6,
  ev=["c1", "t1"],
  why="An academic center surveying workers about passport confiscation and debts; anonymity requirements come from its IRB.")

A(key="N10", label="negative", kind="hard:research",
  name="Pine State University Child Safety Research Group", type="Customer - Direct", industry="Education",
  web="pinestate-csrg.example", phone="(207) 555-0179", street="12 College Ave, Boardman Hall",
  city="Orono", state="ME", zip="04469", country="United States", rev=0, emp=7,
  desc="Research group on CSAM detection (hash matching). GPU + storage.",
  owner=2, created="2018-10-01", spend=12000,
  contacts=[C("Samuel", "Greene", "Associate Professor", "sgreene", "(207) 555-0180"),
            C("Lucy", "Fairbanks", "PhD Student", "lfairbanks", "(207) 555-0181")],
  recs=[
    case("c1", "2019-01-14", "GPU nodes + AUP question",
         "Group works on perceptual hashing for CSAM detection. Under their MoU w/ NCMEC they receive hash lists only, never imagery. Asks whether hosting hash sets + model weights is OK under our AUP.",
         comments="T&S read the MoU: hash lists only, no content. OK. Noted in acct. -TH", origin="Email", typ="Question", owner=7, who=0),
    note("n1", "2019-06-20", "CSRG", "Paper accepted at a security conf; they'll renew GPU nodes for 2 yrs.", owner=2),
  ], routine=6,
  ev=["c1"],
  why="A university group building CSAM detection from NCMEC hash lists, reviewed by T&S.")

# --- victim-services charities --------------------------------------------
A(key="N11", label="negative", kind="hard:ngo",
  name="Safe Harbor Alliance", type="Customer - Direct", industry="Non-Profit",
  web="safeharboralliance.example", phone="(503) 555-0132", street="PO Box 5512",
  city="Portland", state="OR", zip="97208", country="United States", rev=1900000, emp=26,
  desc="Shelter + services for trafficking survivors. Site, 'get help' chat, intake forms.",
  owner=1, created="2014-09-15", spend=2000,
  contacts=[C("Carmen", "Delgado", "Executive Director", "cdelgado", "(503) 555-0133"),
            C("Will", "Asher", "Operations", "washer", "(503) 555-0134")],
  recs=[
    case("c1", "2014-11-03", "minimise access logging for shelter site",
         "ED asks to keep as little access logging as possible and no IP retention for the 'get help' chat. Traffickers have tried to find residents. 'Our clients' safety depends on it.'",
         comments="24h logs + IP truncation. T&S signed off (survivor confidentiality under VAWA/FVPSA), documented in acct. -TH", origin="Email", typ="Question", owner=7, who=0),
    task("t1", "2015-03-12", "intake form encryption",
         "New intake questions: 'Does someone hold your ID or passport?', 'Do you owe money to the person you work for?', 'Were you under 18 when this started?'. Asked for field encryption, enabled.", owner=9, who=1),
    opp("o1", "2015-09-15", "Safe Harbor - nonprofit renewal", "Renewal", "Closed Won", 1000.00, "2015-09-30", "50% nonprofit discount."),
  ], routine=6,
  ev=["c1", "t1"],
  why="A survivors' shelter; the log-minimisation request protects victims from traffickers and was reviewed.")

A(key="N12", label="negative", kind="hard:ngo",
  name="Casa Esperanza Services", type="Customer - Direct", industry="Non-Profit",
  web="casaesperanza.example", phone="(915) 555-0144", street="2400 Alameda Ave",
  city="El Paso", state="TX", zip="79901", country="United States", rev=1100000, emp=18,
  desc="Victim services + hotline for migrant workers. Voicemail-to-email, site.",
  owner=2, created="2015-11-02", spend=1800,
  contacts=[C("Lucia", "Herrera", "Director", "lherrera", "(915) 555-0145"),
            C("Pablo", "Nunez", "Hotline Coordinator", "pnunez", "(915) 555-0146")],
  recs=[
    case("c1", "2016-08-09", "voicemail transcription garbled",
         "Spanish voicemails transcribed as gibberish. Example they played back: 'mi patrón tiene mi pasaporte y no me deja salir de la casa' came through as nonsense. They triage hotline calls from these transcripts.",
         comments="Switched transcription language to es-US for the hotline number. -ML", origin="Phone", typ="Problem", prio="High", owner=5, who=1),
    task("t1", "2017-02-21", "q from Lucia re subpoenas",
         "Defense counsel in a trafficking trial subpoenaed Casa Esperanza for a client's records. Lucia asked if we'd hand over their data if served directly. Explained we notify the customer and they can assert privilege.", owner=8, who=0),
  ], routine=6,
  ev=["c1", "t1"],
  why="A hotline for trafficked workers; the passport-confiscation quote is from a caller seeking help.")

A(key="N13", label="negative", kind="hard:ngo",
  name="Freedom Path Hotline", type="Customer - Direct", industry="Non-Profit",
  web="freedompath.example", phone="(615) 555-0163", street="1600 Division St Ste 200",
  city="Nashville", state="TN", zip="37203", country="United States", rev=2400000, emp=31,
  desc="Anti-trafficking hotline: SMS shortcode, web chat, case notes.",
  owner=1, created="2017-03-20", spend=8000,
  contacts=[C("Angela", "Fenn", "Director of Operations", "afenn", "(615) 555-0164"),
            C("Mark", "Delaney", "IT Manager", "mdelaney", "(615) 555-0165")],
  recs=[
    case("c1", "2018-07-23", "SMS throughput",
         "Texts queueing at peaks. Typical tip: '16 y/o girl w/ older man at truck stop exit 44, looks scared'. They forward to FBI / local LE within minutes, delay matters.",
         comments="Raised throughput tier, added 2nd worker. -LF", origin="Phone", typ="Problem", prio="High", owner=4, who=1),
    opp("o1", "2018-08-01", "Freedom Path - SMS tier + HA", "Upsell", "Closed Won", 6000.00, "2018-08-15", "Higher SMS tier + HA for chat."),
    task("t1", "2018-09-17", "breach response plan",
         "Angela asked for our incident response commitments given sensitive victim data; sent IR policy + 72h notice terms.", owner=8, who=0),
  ], routine=6,
  ev=["c1", "t1"],
  why="An anti-trafficking hotline that relays tips about minors to police.")

# --- schools with safeguarding modules -----------------------------------
A(key="N14", label="negative", kind="hard:safeguarding",
  name="Oakridge Academy", type="Customer - Direct", industry="Education",
  web="oakridgeacademy.example", phone="(914) 555-0183", street="40 Ridge Rd",
  city="Tarrytown", state="NY", zip="10591", country="United States", rev=22000000, emp=140,
  desc="Independent school (grades 6-12). LMS + staff mail.",
  owner=2, created="2015-07-06", spend=9000,
  contacts=[C("Helen", "Crowe", "Designated Safeguarding Lead", "hcrowe", "(914) 555-0184"),
            C("Tom", "Baird", "IT Manager", "tbaird", "(914) 555-0185")],
  recs=[
    case("c1", "2016-09-12", "safeguarding module videos not loading",
         "'Recognising child sexual exploitation & online grooming' module videos fail for staff. DSL needs 100% staff completion by 9/30 for state audit.",
         comments="CDN cert mismatch on video subdomain. Fixed. -LF", origin="Web", typ="Problem", prio="High", owner=4, who=0),
    case("c2", "2017-03-01", "block categories on student wifi",
         "Tom wants to block escort / 'sugar daddy' / adult dating categories on student wifi per safeguarding policy.",
         comments="Category filter enabled on their hosted DNS filter. -MT", origin="Email", typ="Question", owner=5, who=1),
  ], routine=6,
  ev=["c1", "c2"],
  why="A school training staff against child exploitation; police/minor vocabulary is safeguarding.")

A(key="N15", label="negative", kind="hard:safeguarding",
  name="St Brigid's Primary School", type="Customer - Direct", industry="Education",
  web="stbrigids.example", phone="+44 161 555 0148", street="Brigid Lane",
  city="Manchester", state="", zip="M14 5ZZ", country="United Kingdom", rev=0, emp=35,
  desc="Primary school. Staff mail, site, safeguarding training portal.",
  owner=1, created="2016-04-11", spend=1200,
  contacts=[C("Siobhan", "Kelly", "Head Teacher", "head", "+44 161 555 0149"),
            C("Gareth", "Lloyd", "School Business Manager", "bursar", "+44 161 555 0150")],
  recs=[
    case("c1", "2019-01-22", "safeguarding referral email bouncing",
         "Head's referral to the local authority MASH about a pupil (age 10) suspected of being exploited, police liaison officer copied, bouncing - PDF too big.",
         comments="Raised attachment limit to 35MB, resent ok. -ML", origin="Phone", typ="Problem", prio="High", owner=5, who=0),
    task("t1", "2019-02-04", "training portal - CSE module",
         "Uploaded 'county lines & CSE awareness' module for INSET day, 32 staff enrolled.", owner=3, who=1),
  ], routine=6,
  ev=["c1", "t1"],
  why="A primary school making a safeguarding referral about a pupil; it is protecting the child.")

A(key="N16", label="negative", kind="hard:safeguarding",
  name="Lakeview Unified School District", type="Customer - Direct", industry="Education",
  web="lakeviewusd.example", phone="(559) 555-0101", street="1200 W Lake Ave",
  city="Lakeview", state="CA", zip="93999", country="United States", rev=0, emp=900,
  desc="District student + staff mail (8,000 mailboxes), mail safety scanning.",
  owner=2, created="2014-08-04", spend=40000,
  contacts=[C("Nina", "Forsyth", "Director of Technology", "nforsyth", "(559) 555-0102"),
            C("Carl", "Jensen", "District Counsel", "cjensen", "(559) 555-0103")],
  recs=[
    case("c1", "2017-10-16", "export one student mailbox for sheriff subpoena",
         "Sheriff's detective subpoenaed the district for a 14 y/o student's mail: an adult outside the district had been messaging her w/ 'modeling jobs' and trips. District counsel is complying, needs steps to export that one mailbox.",
         comments="Sent export steps; district exported + produced. District is not a target. -LF", origin="Email", typ="Question", owner=4, who=1),
    task("t1", "2017-10-20", "mail safety keywords",
         "District asked to add alert keywords ('modeling job', 'sugar', 'trip', 'don't tell') to student mail safety scanning -> alerts go to counselors.", owner=9, who=0),
    opp("o1", "2018-06-01", "Lakeview USD - 3yr renewal", "Renewal", "Closed Won", 118000.00, "2018-06-30", "Board approved 3 yr term."),
  ], routine=5,
  ev=["c1", "t1"],
  why="A school district complying with a subpoena about an outside adult who targeted its student and adding safety alerts.")

# --- youth sports leagues ----------------------------------------------------
A(key="N17", label="negative", kind="hard:youth_sports",
  name="Tri-County Youth Soccer League", type="Customer - Direct", industry="Sports & Recreation",
  web="tricountyyouthsoccer.example", phone="(614) 555-0105", street="PO Box 2231",
  city="Westerville", state="OH", zip="43086", country="United States", rev=450000, emp=3,
  desc="Youth league site, registration, coach background-check integration.",
  owner=1, created="2014-12-01", spend=1500,
  contacts=[C("Debbie", "Harlan", "Registrar", "registrar", "(614) 555-0106"),
            C("Mike", "Ferris", "Board President", "president", "(614) 555-0107")],
  recs=[
    case("c1", "2015-03-09", "background check API timing out",
         "League requires background checks on all 340 volunteer coaches before spring season. Calls from their registration app to the screening vendor time out.",
         comments="Outbound firewall rule missing for vendor's new IP range. Fixed. -LF", origin="Phone", typ="Problem", owner=4, who=0),
    note("n1", "2015-03-20", "Tri-County - flagged coach",
         "Debbie: one coach came back w/ a prior child endangerment conviction, league removed him and notified police per their policy. Asked how to lock his acct but keep the records. Walked her through disable vs delete.", owner=3),
  ], routine=6,
  ev=["c1", "n1"],
  why="A youth league running background checks and removing a flagged coach; it protects minors.")

A(key="N18", label="negative", kind="hard:youth_sports",
  name="Northshore Junior Hockey Association", type="Customer - Direct", industry="Sports & Recreation",
  web="northshorehockey.example", phone="(847) 555-0111", street="1700 Green Bay Rd",
  city="Evanston", state="IL", zip="60201", country="United States", rev=600000, emp=4,
  desc="Junior hockey association, rosters + mail.",
  owner=2, created="2017-08-21", spend=1400,
  contacts=[C("Greg", "Lindahl", "President", "glindahl", "(847) 555-0112"),
            C("Amy", "Roth", "Safeguarding Officer", "aroth", "(847) 555-0113")],
  recs=[
    case("c1", "2018-11-06", "hide minors' DOB + last names on roster pages",
         "Board wants public roster pages (U12-U18) to hide birthdates and last names, photos only w/ parent consent flag.",
         comments="Template updated, consent flag field added. -ML", origin="Email", typ="Question", owner=5, who=1),
    task("t1", "2019-01-15", "help w/ export - detective request",
         "Police detective asked the association for a former coach's email records (coach under investigation, association is not). Amy has the subpoena; walked her through exporting his mailbox.", owner=4, who=1),
  ], routine=6,
  ev=["c1", "t1"],
  why="A youth league protecting minors' data and cooperating with police about a former coach; it is a witness.")

A(key="N19", label="negative", kind="hard:youth_sports",
  name="Valley Gymnastics Boosters", type="Customer - Direct", industry="Sports & Recreation",
  web="valleygymboosters.example", phone="(480) 555-0135", street="2250 S Power Rd",
  city="Mesa", state="AZ", zip="85209", country="United States", rev=180000, emp=2,
  desc="Boosters club site, photo galleries, training portal.",
  owner=1, created="2015-02-09", spend=800,
  contacts=[C("Jill", "Moreno", "Club Manager", "jill", "(480) 555-0136"),
            C("Ted", "Harmon", "Treasurer", "ted", "(480) 555-0137")],
  recs=[
    case("c1", "2016-05-17", "remove photos of minors - consent withdrawn",
         "Two parents withdrew photo consent for their daughters (ages 9 and 12). Need all gallery images of them removed incl. CDN cache.",
         comments="Removed + purged CDN. -LF", origin="Email", typ="Question", owner=4, who=0),
    note("n1", "2018-02-05", "boosters - safeguarding portal",
         "After the national gymnastics abuse news, club made mandatory-reporter training + two-adult rule required for all coaches/volunteers; wants training portal on their site. Quoted small VM."),
  ], routine=6,
  ev=["c1", "n1"],
  why="A youth club handling minors' photo consent and adding abuse-prevention training.")

# --- customer was hacked / defrauded -----------------------------------------
A(key="N20", label="negative", kind="hard:victim_of_crime",
  name="Brightside Dental Group", type="Customer - Direct", industry="Healthcare",
  web="brightsidedental.example", phone="(919) 555-0151", street="3100 Glenwood Ave",
  city="Raleigh", state="NC", zip="27612", country="United States", rev=2800000, emp=21,
  desc="Dental practice (3 offices). WordPress site + mail.",
  owner=2, created="2014-05-27", spend=1800,
  contacts=[C("Alan", "Reese", "Owner, DDS", "areese", "(919) 555-0152"),
            C("Kara", "Voss", "Office Manager", "kvoss", "(919) 555-0153")],
  recs=[
    case("c1", "2017-04-11", "Abuse report: escort ads on brightsidedental.example",
         "Reporter: pages under /wp-content/uploads/x/ show escort ads ('young girls outcall 24/7', phone numbers) on the dentist's domain.",
         comments="Investigated: outdated slider plugin exploited, SEO spam injected by attacker 4/2. Customer unaware. Cleaned, patched, all pw reset, pages de-indexed. Customer is the victim. Closed. -PN",
         origin="Abuse Form", typ="Abuse", prio="High", owner=6, who=None),
    task("t1", "2017-04-12", "hardening call w/ Kara",
         "Walked Kara thru what happened + plugin updates. She was horrified. Offered managed WP security.", owner=3, who=1),
    opp("o1", "2017-04-20", "Brightside - managed WP security", "Upsell", "Closed Won", 900.00, "2017-05-01", "After compromise, auto-updates + WAF.", owner=2),
  ], routine=6,
  ev=["c1", "t1"],
  why="The escort-ad pages were injected by an attacker into a hacked dental site; the customer was the victim.")

A(key="N21", label="negative", kind="hard:victim_of_crime",
  name="Kettle & Crumb Bakery", type="Customer - Direct", industry="Food & Beverage",
  web="kettleandcrumb.example", phone="(802) 555-0168", street="22 Church St",
  city="Burlington", state="VT", zip="05401", country="United States", rev=900000, emp=12,
  desc="Bakery + cafe, site + 5 mailboxes.",
  owner=1, created="2016-02-22", spend=600,
  contacts=[C("Rosie", "Kettering", "Owner", "rosie", "(802) 555-0169"),
            C("Sam", "Boyle", "Manager", "sam", "(802) 555-0170")],
  recs=[
    case("c1", "2019-08-27", "compromised mailbox - invoice fraud",
         "Rosie: a flour supplier's invoice was paid ($18,400) to a fake account after someone in her mailbox sent 'new bank details' and hid the replies w/ a rule. Police report filed w/ Burlington PD.",
         comments="Found malicious inbox rule + logins from abroad. Removed, pw reset, MFA on. Sent login logs to Rosie for the police report. -LF", origin="Phone", typ="Problem", prio="High", owner=4, who=0),
    task("t1", "2019-09-03", "detective follow-up",
         "Detective asked Rosie for our login IP list; she fwd the request, we sent her the export. She's the victim, bank trying to claw back.", owner=4, who=0),
  ], routine=6,
  ev=["c1", "t1"],
  why="A bakery defrauded via a hijacked mailbox that reported it to police.")

A(key="N22", label="negative", kind="hard:victim_of_crime",
  name="Summit Travel Co.", type="Customer - Direct", industry="Travel Services",
  web="summittravel.example", phone="(801) 555-0174", street="455 S 300 E",
  city="Salt Lake City", state="UT", zip="84111", country="United States", rev=3500000, emp=14,
  desc="Travel agency, 14 mailboxes.",
  owner=2, created="2013-09-09", spend=1400,
  contacts=[C("Greta", "Lund", "Owner", "greta", "(801) 555-0175"),
            C("Omar", "Fields", "IT Contractor", "omar", "(801) 555-0176")],
  recs=[
    case("c1", "2018-02-19", "outbound spam: 'travel companion jobs for young women'",
         "12k messages from agent3@summittravel.example in 2 hrs: 'Travel companion jobs for young women 18+, all expenses paid, Dubai/Miami, no experience'. Blacklisted on 2 RBLs.",
         comments="Mailbox compromised (reused pw from a breach). Blocked, reset, queue purged, delisted. Not customer content. Closed - reason: account compromise, customer is victim. -JA",
         origin="Abuse Form", typ="Abuse", prio="High", owner=11, who=None),
    task("t1", "2018-02-20", "MFA rollout",
         "Greta mortified, agreed MFA for all 14 users. Omar to roll out this wk.", owner=3, who=1),
  ], routine=6,
  ev=["c1", "t1"],
  why="'Travel companion' recruiting spam was sent by an attacker from a hijacked mailbox; the travel agency was the victim.")

# --- received a records request about one of ITS users (witness) ---------
A(key="N23", label="negative", kind="hard:witness_records_request",
  name="Oakline Forums Inc", type="Customer - Direct", industry="Internet Publishing",
  web="oaklineforums.example", phone="(541) 555-0177", street="88 W Broadway",
  city="Eugene", state="OR", zip="97401", country="United States", rev=150000, emp=2,
  desc="Hobby forums (RC aircraft, model trains). Managed MySQL + VM.",
  owner=1, created="2012-10-22", spend=2000,
  contacts=[C("Pete", "Harrow", "Admin / Owner", "pete", "(541) 555-0178"),
            C("Lisa", "Yoon", "Moderator Lead", "lisa", "(541) 555-0179")],
  recs=[
    case("c1", "2016-11-08", "export one user's IP history",
         "Pete got an FBI request (w/ legal process) for records on one forum member suspected of contacting minors via DMs to recruit them. They're complying, need to pull IP + login history for that user id from the managed DB.",
         comments="Sent query guide; Pete produced to FBI himself. Customer not the target. -IP", origin="Email", typ="Question", owner=9, who=0),
    note("n1", "2016-11-15", "Oakline", "Pete: member banned, DMs preserved per FBI ask, they added a 'report a message' button. Nice folks."),
  ], routine=6,
  ev=["c1", "n1"],
  why="A forum operator that received and answered an FBI request about one of its members; it is a witness.")

A(key="N24", label="negative", kind="hard:witness_records_request",
  name="MailNest Co-op", type="Customer - Channel", industry="Internet Services",
  web="mailnest.example", phone="(612) 555-0180", street="2929 Chicago Ave",
  city="Minneapolis", state="MN", zip="55407", country="United States", rev=700000, emp=6,
  desc="Member-owned email co-op, resells mail on our infra.",
  owner=2, created="2013-05-06", spend=16000,
  contacts=[C("Hugo", "Lemaire", "Co-op Coordinator", "hugo", "(612) 555-0181"),
            C("Jenna", "Park", "Sysadmin", "jenna", "(612) 555-0182")],
  recs=[
    case("c1", "2019-04-15", "HSI subpoena to MailNest re: one subscriber",
         "MailNest got an HSI subpoena for subscriber info + login IPs of one of its members' mailboxes (that person is suspected of recruiting workers w/ fake job offers). Process is addressed to MailNest. Jenna asks us for the login IP export since we run the infra.",
         comments="Legal confirmed process was to MailNest; gave them the export for their own production. -CB", origin="Email", typ="Legal Request", owner=8, who=1),
    task("t1", "2019-05-02", "LE guidelines page",
         "Hugo published LE request guidelines + transparency report on their site, asked us to review wording. Sent comments.", owner=8, who=0),
  ], routine=6,
  ev=["c1", "t1"],
  why="An email co-op producing records about one subscriber under an HSI subpoena addressed to it; the co-op is a witness.")

A(key="N25", label="negative", kind="hard:witness_records_request",
  name="Greenway Apartments Management", type="Customer - Direct", industry="Real Estate",
  web="greenwayapts.example", phone="(316) 555-0183", street="5800 E Central Ave",
  city="Wichita", state="KS", zip="67208", country="United States", rev=4200000, emp=30,
  desc="Property mgmt: tenant portal, 6 complexes.",
  owner=1, created="2015-04-13", spend=3600,
  contacts=[C("Denise", "Holt", "Property Manager", "dholt", "(316) 555-0184"),
            C("Aaron", "Wills", "Owner", "awills", "(316) 555-0185")],
  recs=[
    case("c1", "2018-06-05", "sheriff request - tenant portal logs",
         "Sheriff's detectives investigating a tenant in bldg C for trafficking women through the unit asked Greenway for that tenant's portal logins + maintenance requests. Greenway is cooperating and has filed for eviction.",
         comments="Walked Denise through exporting that tenant's records. -LF", origin="Phone", typ="Question", owner=4, who=0),
    note("n1", "2018-06-20", "Greenway", "Mgmt added 'report suspicious activity' link on portal + staff training on trafficking signs per sheriff's recommendation."),
  ], routine=6,
  ev=["c1", "n1"],
  why="A landlord cooperating with a sheriff investigating one of its tenants.")

A(key="N26", label="negative", kind="hard:witness_records_request",
  name="Pixelshare Photo Hosting Inc", type="Customer - Direct", industry="Internet Services",
  web="pixelshare.example", phone="(415) 555-0186", street="600 Townsend St Ste 210",
  city="San Francisco", state="CA", zip="94103", country="United States", rev=9000000, emp=60,
  desc="Photo sharing service, large object storage + CDN. Own T&S team.",
  owner=2, created="2014-10-20", spend=90000,
  contacts=[C("Yara", "Nemeth", "Head of Trust & Safety", "yara", "(415) 555-0187"),
            C("Ollie", "Crane", "CTO", "ollie", "(415) 555-0188")],
  recs=[
    case("c1", "2017-12-12", "CSAM report re pixelshare URL",
         "NCMEC-forwarded report to our abuse desk about an image on pixelshare CDN.",
         comments="Pixelshare T&S had already removed it (40 min after upload), filed their own CyberTipline report, preserved the account under 2258A and banned the uploader. Exemplary response. -PN",
         origin="Abuse Form", typ="Abuse", prio="High", owner=6, who=0),
    case("c2", "2018-01-08", "police request to Pixelshare re uploader",
         "Yara FYI: state police served Pixelshare (not us) a warrant for the uploader's account data; they complied. Asked if we need anything - no.",
         comments="FYI only. -CB", origin="Email", typ="Legal Request", owner=8, who=0),
    event("e1", "2018-03-07", "T&S sync - Pixelshare",
          "Their hash-matching on upload + our abuse desk escalation path. Agreed direct line between Yara and Tom.", mins=45, owner=7, who=0),
  ], routine=5,
  ev=["c1", "c2", "e1"],
  why="A photo host whose own T&S removed and reported CSAM to NCMEC and answered police about its uploader.")

# --- abuse report against the customer, false, closed with reasons ----------
A(key="N27", label="negative", kind="hard:false_report",
  name="Jasmine Leaf Tea House", type="Customer - Direct", industry="Food & Beverage",
  web="jasmineleaf.example", phone="(206) 555-0189", street="610 S Jackson St",
  city="Seattle", state="WA", zip="98104", country="United States", rev=700000, emp=9,
  desc="Tea house w/ private tea-ceremony rooms. Booking site.",
  owner=1, created="2015-03-30", spend=700,
  contacts=[C("Grace", "Huang", "Owner", "grace", "(206) 555-0190"),
            C("Eddie", "Huang", "Manager", "eddie", "(206) 555-0191")],
  recs=[
    case("c1", "2016-06-20", "report: massage parlour front / prostitution",
         "Reporter says jasmineleaf.example is a front for a massage parlour: 'private rooms', 'late hours', 'book by phone'.",
         comments="Reviewed: tea house, 'private rooms' = tea ceremony rooms w/ photos, hours 9am-9pm, city health permit listed, no personal services offered. Reporter's IP matches 3 similar reports against neighbouring shops this month. Unfounded, closed. Reviewer PN, confirmed TH.",
         origin="Abuse Form", typ="Abuse", owner=6, who=None),
  ], routine=7,
  ev=["c1"],
  why="A false prostitution report against a tea house, investigated and closed with reasons.")

A(key="N28", label="negative", kind="hard:false_report",
  name="Harmony Massage Therapy School", type="Customer - Direct", industry="Education",
  web="harmonymassageschool.example", phone="(303) 555-0192", street="7200 E Hampden Ave",
  city="Denver", state="CO", zip="80224", country="United States", rev=2100000, emp=25,
  desc="Accredited massage therapy school, student clinic booking.",
  owner=2, created="2016-01-25", spend=1500,
  contacts=[C("Rachel", "Ames", "Director", "rames", "(303) 555-0193"),
            C("Kevin", "Boone", "Admissions", "kboone", "(303) 555-0194")],
  recs=[
    case("c1", "2018-09-10", "report: 'massage girls', possible trafficking",
         "Report: site shows 'young students available for massage' and 'student clinic $35/50 min', reporter thinks it's a trafficking front.",
         comments="Checked: state-accredited school (license on site), clinic is supervised by licensed instructors, clients sign intake, students are enrolled adults, no housing. Unfounded; closed w/ reasons. Reviewer JA, TH.",
         origin="Abuse Form", typ="Abuse", owner=11, who=None),
    task("t1", "2018-09-12", "copy suggestion",
         "Suggested Rachel reword 'students available' -> 'book a supervised student session'. She agreed, updated same day.", owner=3, who=0),
  ], routine=6,
  ev=["c1", "t1"],
  why="A massage school falsely reported; verified as accredited and closed with reasons.")

A(key="N29", label="negative", kind="hard:false_report",
  name="Northstar Model Management", type="Customer - Direct", industry="Media & Entertainment",
  web="northstarmodels.example", phone="(312) 555-0195", street="230 W Superior St Fl 4",
  city="Chicago", state="IL", zip="60654", country="United States", rev=5500000, emp=32,
  desc="Licensed model & talent agency, incl. kids/teens division.",
  owner=1, created="2013-02-18", spend=4000,
  contacts=[C("Isabelle", "Grant", "Agency Director", "igrant", "(312) 555-0196"),
            C("Marcus", "Webb", "Booker, New Faces", "mwebb", "(312) 555-0197")],
  recs=[
    case("c1", "2017-11-01", "report: agency recruiting minors",
         "Reporter: site has a 'new faces 14-17' board and talks about 'travel for shoots', thinks it's recruiting minors for exploitation.",
         comments="Investigated: state-licensed talent agency (license no. on site), minors booked only w/ parent/guardian present, child performer work permits, chaperone policy public. No companion/escort services. Unfounded - closed. Reviewer PN, 2nd review TH.",
         origin="Abuse Form", typ="Abuse", owner=6, who=None),
    task("t1", "2017-11-06", "policy page",
         "Isabelle asked for help adding chaperone + safeguarding policy page linked from new faces board. Done.", owner=4, who=0),
  ], routine=6,
  ev=["c1", "t1"],
  why="A licensed agency with a teen division falsely reported; guardian and permit rules verified.")

A(key="N30", label="negative", kind="hard:false_report",
  name="Midway Truck Plaza", type="Customer - Direct", industry="Retail",
  web="midwaytruckplaza.example", phone="(417) 555-0198", street="14500 I-44 Service Rd",
  city="Joplin", state="MO", zip="64804", country="United States", rev=12000000, emp=55,
  desc="Truck stop: fuel, diner, store, overnight parking.",
  owner=2, created="2015-06-29", spend=1200,
  contacts=[C("Bud", "Tillman", "Owner", "bud", "(417) 555-0199"),
            C("Shirley", "Pratt", "Manager", "shirley", "(417) 555-0101")],
  recs=[
    case("c1", "2019-03-18", "report: lot used for prostitution",
         "Reporter says the plaza site advertises 'overnight parking with company' and that girls work the lot at night.",
         comments="Reviewed: text is 'overnight parking w/ showers & company store'. Plaza staff are TAT-trained, hotline signs posted, 2 suspected trafficking situations called in to the sheriff in 2018 (their own page). Misreading; no action. Reviewer JA.",
         origin="Abuse Form", typ="Abuse", owner=11, who=None),
    task("t1", "2019-03-25", "hotline banner",
         "Shirley asked us to add the national trafficking hotline banner to every page footer. Done.", owner=4, who=1),
  ], routine=6,
  ev=["c1", "t1"],
  why="A truck stop falsely reported; it trains staff and reports trafficking itself.")

# --- other guide hard negatives -------------------------------------------
A(key="N31", label="negative", kind="hard:payments_offboards_merchants",
  name="PayGrid Merchant Services", type="Customer - Direct", industry="Financial Services",
  web="paygrid.example", phone="(704) 555-0102", street="300 S Tryon St Ste 1200",
  city="Charlotte", state="NC", zip="28202", country="United States", rev=25000000, emp=120,
  desc="Payment facilitator. Risk scoring compute, merchant portal.",
  owner=1, created="2014-01-13", spend=70000,
  contacts=[C("Ingrid", "Olsen", "Head of Risk", "iolsen", "(704) 555-0103"),
            C("Paul", "Marsh", "VP Engineering", "pmarsh", "(704) 555-0104")],
  recs=[
    case("c1", "2016-02-22", "scale risk-scoring workers",
         "PayGrid's risk team crawls merchant sites; last sweep found 14 merchants selling escort ad credits, all offboarded + SARs filed. They want to run the crawler daily, need 3x workers.",
         comments="Added autoscaling group. -IP", origin="Email", typ="Question", owner=9, who=1),
    event("e1", "2016-05-11", "QBR - PayGrid",
          "Ingrid's numbers: 0.3% of merchants offboarded for prohibited adult/escort content in 2015; they answer LE subpoenas about those ex-merchants within 5 days. Wants our abuse contacts for cross-referrals.", mins=60, owner=1, who=0),
    opp("o1", "2016-06-01", "PayGrid - risk compute expansion", "Upsell", "Closed Won", 24000.00, "2016-06-30", "3x workers for daily merchant sweeps."),
  ], routine=5,
  ev=["c1", "e1"],
  why="A payments customer that detects and offboards its own escort-ad merchants and files SARs.")

A(key="N32", label="negative", kind="hard:hotel_reporting",
  name="Harborview Hotels Group", type="Customer - Direct", industry="Hospitality",
  web="harborviewhotels.example", phone="(843) 555-0105", street="25 Calhoun St",
  city="Charleston", state="SC", zip="29401", country="United States", rev=60000000, emp=900,
  desc="11 hotels. Staff app, booking, guest wifi.",
  owner=2, created="2015-09-14", spend=55000,
  contacts=[C("Renee", "Duval", "Director of Guest Safety", "rduval", "(843) 555-0106"),
            C("Jon", "Mercer", "IT Director", "jmercer", "(843) 555-0107")],
  recs=[
    case("c1", "2019-05-06", "'report suspected trafficking' button in staff app",
         "Renee wants a button in housekeeping/front desk app: staff report indicators (minor w/ older adult, many men to one room, cash for hourly stays, refusing housekeeping) -> goes to safety team + optional police referral.",
         comments="SE scoped; built as form + webhook to their case system. -IP", origin="Email", typ="Question", owner=9, who=0),
    task("t1", "2019-06-03", "police request process",
         "Helped Jon set up intake mailbox + checklist for law-enforcement requests for guest/wifi records (legal review before release).", owner=8, who=1),
    opp("o1", "2019-06-15", "Harborview - staff app module", "Upsell", "Closed Won", 14000.00, "2019-07-01", "Safety reporting module + training hosting."),
  ], routine=5,
  ev=["c1", "t1"],
  why="A hotel group building anti-trafficking reporting and a police-request process.")

A(key="N33", label="negative", kind="hard:dating_low_spam",
  name="KindredMatch Inc", type="Customer - Direct", industry="Internet Services",
  web="kindredmatch.example", phone="(617) 555-0108", street="1 Kendall Sq Bldg 400",
  city="Cambridge", state="MA", zip="02139", country="United States", rev=14000000, emp=70,
  desc="Dating app backend, media storage.",
  owner=1, created="2016-08-08", spend=60000,
  contacts=[C("Sofia", "Brandao", "Head of Trust & Safety", "sofia", "(617) 555-0109"),
            C("Nate", "Holloway", "CTO", "nate", "(617) 555-0110")],
  recs=[
    event("e1", "2018-03-14", "QBR - KindredMatch",
          "Sofia: escort/spam profiles 0.4% of signups, auto-removed within 2h; any minor indicator -> account locked + NCMEC report; they answer police requests through a portal. Quote from her deck: 'Zero tolerance, a gente remove e reporta.'", mins=60, owner=1, who=0),
    case("c1", "2018-06-19", "keyword flagging at edge",
         "Nate wants WAF rule that FLAGS profiles w/ terms (escort, 'roses', $$/hr, teen, 'new in town') and holds them for review before they go live.",
         comments="Built as tag-and-hold, not rewrite. Held profiles go to their mod queue. -IP", origin="Email", typ="Question", owner=9, who=1),
  ], routine=6,
  ev=["e1", "c1"],
  why="A dating app whose keyword rules hold and remove escort/minor content (flag, not strip) and which reports to NCMEC.")

A(key="N34", label="negative", kind="hard:agriculture_ordinary",
  name="FieldFresh Farms LLC", type="Customer - Direct", industry="Agriculture",
  web="fieldfreshfarms.example", phone="(509) 555-0111", street="9100 Old Naches Hwy",
  city="Yakima", state="WA", zip="98908", country="United States", rev=18000000, emp=240,
  desc="Orchard, H-2A + domestic crews. Payroll portal + mail.",
  owner=2, created="2015-01-12", spend=5000,
  contacts=[C("Walter", "Nygaard", "Owner", "walter", "(509) 555-0112"),
            C("Lupe", "Sandoval", "HR Manager", "lupe", "(509) 555-0113")],
  recs=[
    note("n1", "2015-01-12", "FieldFresh", "Orchard, ~200 seasonal workers (H-2A). Each worker gets own portal login for hours/pay stubs. Housing inspected by state yearly, copies on their site.", owner=2),
    case("c1", "2016-04-04", "Spanish pay stubs",
         "Lupe wants pay stubs + portal in Spanish. Workers keep asking '¿Dónde veo mis horas y mis descuentos?'. Only deductions are taxes + optional meal plan.",
         comments="Enabled es locale. -ML", origin="Email", typ="Question", owner=5, who=1),
    task("t1", "2016-04-20", "worker pw resets",
         "Lupe: workers reset their own pw at kiosks; she doesn't want HR to hold anyone's password. Set self-service reset via SMS.", owner=4, who=1),
  ], routine=6,
  ev=["n1", "c1", "t1"],
  why="An H-2A employer whose workers hold their own logins and see only lawful deductions.")

A(key="N35", label="negative", kind="hard:au_pair_ordinary",
  name="Aurora Au Pair Exchange", type="Customer - Direct", industry="Staffing & Recruiting",
  web="auroraaupair.example", phone="(720) 555-0114", street="1875 Lawrence St Ste 700",
  city="Denver", state="CO", zip="80202", country="United States", rev=6000000, emp=28,
  desc="Designated au pair sponsor. Host family + au pair portals.",
  owner=1, created="2014-07-07", spend=7000,
  contacts=[C("Annika", "Berg", "Director", "annika", "(720) 555-0115"),
            C("Chloe", "Martin", "Program Coordinator", "chloe", "(720) 555-0116")],
  recs=[
    case("c1", "2017-01-23", "passport upload banner",
         "Au pairs upload passport scans for visa paperwork. Annika wants a banner on the host family side: 'Host families may NOT keep an au pair's passport. Report it to us 24/7.' + a report button.",
         comments="Banner + report form added. -ML", origin="Email", typ="Question", owner=5, who=0),
    note("n1", "2017-02-10", "Aurora", "Chloé: 'on a eu un seul cas l'an dernier, la famille a été retirée du programme'. They remove host families who hold documents."),
  ], routine=6,
  ev=["c1", "n1"],
  why="An au pair sponsor that forbids host families from holding passports and removes those who do.")

A(key="N36", label="negative", kind="hard:classifieds_moderates",
  name="ClassiFind Local Inc", type="Customer - Direct", industry="Internet Classifieds",
  web="classifind.example", phone="(918) 555-0117", street="15 W 6th St Ste 900",
  city="Tulsa", state="OK", zip="74119", country="United States", rev=4000000, emp=22,
  desc="Local classifieds (jobs, housing, for sale).",
  owner=2, created="2013-03-25", spend=15000,
  contacts=[C("Derek", "Shaw", "Founder", "derek", "(918) 555-0118"),
            C("Maya", "Iyer", "Moderation Lead", "maya", "(918) 555-0119")],
  recs=[
    case("c1", "2018-04-10", "remove personals section entirely",
         "After FOSTA Derek is shutting down personals for good. Needs old URLs to 410 (not redirected into another category), ads deleted, moderation rules kept to catch escort ads reposted in 'services'.",
         comments="410s in place, 'services' posts w/ escort terms now held for review. -LF", origin="Email", typ="Question", owner=4, who=0),
    task("t1", "2018-11-13", "police request about one poster",
         "Maya got a police request about one user who posted fake job ads to recruit workers. ClassiFind complied, banned him. Asked how to pull his posting IPs from the DB; helped.", owner=9, who=1),
  ], routine=6,
  ev=["c1", "t1"],
  why="A classifieds site that closed its personals section, holds escort reposts and answers police about a poster.")



# ===========================================================================
# ORDINARY
# ===========================================================================
def ordinary(key, name, industry, web, phone, street, city, state, zipc, rev, emp, desc,
             owner, created, spend, contacts, first_note, routine):
    A(key=key, label="negative", kind="ordinary", name=name, type="Customer - Direct",
      industry=industry, web=web, phone=phone, street=street, city=city, state=state,
      zip=zipc, country="United States", rev=rev, emp=emp, desc=desc, owner=owner,
      created=created, spend=spend, contacts=contacts,
      recs=[note("n1", created, "new acct", first_note, owner=owner)],
      routine=routine, ev=[], why="Ordinary customer with routine records only.")


ordinary("O01", "Copper Pot Bakery", "Food & Beverage", "copperpotbakery.example", "(503) 555-0120",
         "1432 SE Hawthorne Blvd", "Portland", "OR", "97214", 800000, 11,
         "Neighbourhood bakery, site + online pre-orders.", 1, "2014-04-07", 600,
         [C("Nell", "Fairweather", "Owner", "nell", "(503) 555-0121")],
         "Bakery, Wordpress + pre-order plugin, 3 mboxes. Moving from a free host.", 7)
ordinary("O02", "Lakeside Family Dentistry", "Healthcare", "lakesidedentistry.example", "(262) 555-0122",
         "820 Lake St", "Lake Geneva", "WI", "53147", 1600000, 14,
         "Dental practice, site + mail.", 2, "2013-06-17", 900,
         [C("Priya", "Raman", "DDS, Owner", "praman", "(262) 555-0123"),
          C("Becky", "Oates", "Front Office", "front", "(262) 555-0124")],
         "2-dentist practice, site + 8 mboxes. Asked about HIPAA, sent BAA.", 7)
ordinary("O03", "Tallgrass Analytics Inc", "Software", "tallgrassanalytics.example", "(785) 555-0125",
         "700 Massachusetts St Ste 3", "Lawrence", "KS", "66044", 6000000, 38,
         "B2B analytics SaaS. 12 VMs, managed Postgres.", 1, "2016-03-14", 45000,
         [C("Owen", "Mbeki", "CTO", "owen", "(785) 555-0126"),
          C("Hattie", "Lund", "Finance", "finance", "(785) 555-0127")],
         "SaaS, moving off another cloud for cost. 12 VMs + managed PG. Owen very hands-on.", 8)
ordinary("O04", "Ironline Logistics LLC", "Transportation", "ironlinelogistics.example", "(317) 555-0128",
         "5600 W Raymond St", "Indianapolis", "IN", "46241", 22000000, 160,
         "Freight brokerage + warehousing. Mail, TMS hosting.", 2, "2012-08-20", 20000,
         [C("Gary", "Pruett", "IT Manager", "gpruett", "(317) 555-0129"),
          C("Dee", "Walsh", "Controller", "dwalsh", "(317) 555-0130")],
         "Freight broker, 120 mboxes + hosted TMS on 4 VMs. Gary is IT of one.", 8)
ordinary("O05", "Maple & Vine Architects", "Architecture", "maplevine.example", "(802) 555-0131",
         "3 Main St", "Montpelier", "VT", "05602", 2000000, 12,
         "Architecture firm, site + large file storage.", 1, "2015-10-05", 2400,
         [C("Corinne", "Abbot", "Principal", "corinne", "(802) 555-0132")],
         "Small arch firm, needs big storage for CAD files, 12 mboxes.", 7)
ordinary("O06", "Sunward Yoga Studio", "Health & Fitness", "sunwardyoga.example", "(619) 555-0133",
         "3812 Ray St", "San Diego", "CA", "92104", 400000, 9,
         "Yoga studio, class booking site.", 2, "2017-01-09", 500,
         [C("Maya", "Castellanos", "Owner", "maya.c", "(619) 555-0134")],
         "Yoga studio, booking plugin + 3 mboxes. Very friendly, non-technical.", 7)
ordinary("O07", "Trattoria Bellavista", "Food & Beverage", "trattoriabellavista.example", "(617) 555-0135",
         "288 Hanover St", "Boston", "MA", "02113", 1900000, 28,
         "Restaurant, site + reservations.", 1, "2013-11-18", 700,
         [C("Enzo", "Ricci", "Owner", "enzo", "(617) 555-0136")],
         "Family restaurant, site + reservations widget, menu PDFs.", 7)
ordinary("O08", "Redline Plumbing & Heating", "Construction", "redlineplumbing.example", "(651) 555-0137",
         "1544 University Ave W", "St Paul", "MN", "55104", 3100000, 24,
         "Plumbing contractor, site + mail.", 2, "2014-09-29", 800,
         [C("Jim", "Kowal", "Owner", "jim", "(651) 555-0138"),
          C("Tara", "Benson", "Office Manager", "office", "(651) 555-0139")],
         "Plumbing/HVAC co, 15 mboxes, site w/ quote form.", 7)
ordinary("O09", "Hartwell & Co CPAs", "Accounting", "hartwellcpa.example", "(804) 555-0140",
         "1001 E Main St Ste 400", "Richmond", "VA", "23219", 4500000, 30,
         "Accounting firm, mail + client file portal.", 1, "2012-12-03", 3600,
         [C("Linda", "Hartwell", "Managing Partner", "lhartwell", "(804) 555-0141"),
          C("Cody", "Pham", "IT", "cpham", "(804) 555-0142")],
         "CPA firm, 30 mboxes + secure client portal. Tax season = load spikes Feb-Apr.", 8)
ordinary("O10", "Foxglove Photography", "Media & Entertainment", "foxglovephoto.example", "(828) 555-0143",
         "45 Haywood St", "Asheville", "NC", "28801", 150000, 2,
         "Wedding photographer, portfolio + client galleries.", 2, "2016-05-23", 400,
         [C("June", "Talley", "Owner", "june", "(828) 555-0144")],
         "Wedding photog, needs storage for client galleries, 1 mbox.", 6)
ordinary("O11", "Chapter Two Books", "Retail", "chaptertwobooks.example", "(207) 555-0145",
         "12 Exchange St", "Portland", "ME", "04101", 600000, 7,
         "Independent bookstore, webshop.", 1, "2015-02-16", 600,
         [C("Arlo", "Bennett", "Owner", "arlo", "(207) 555-0146")],
         "Indie bookstore, webshop + newsletter. Arlo is the whole IT dept.", 7)
ordinary("O12", "Cedar Grove Veterinary Clinic", "Healthcare", "cedargrovevet.example", "(208) 555-0147",
         "2200 N Cole Rd", "Boise", "ID", "83704", 2400000, 19,
         "Vet clinic, site + mail + appointment reminders.", 2, "2014-01-27", 1000,
         [C("Megan", "Stroud", "DVM, Owner", "mstroud", "(208) 555-0148"),
          C("Luis", "Avila", "Practice Manager", "lavila", "(208) 555-0149")],
         "Vet clinic, 12 mboxes + SMS reminders.", 7)
ordinary("O13", "Old Mill Brewing Co", "Food & Beverage", "oldmillbrewing.example", "(970) 555-0150",
         "101 Mill Ave", "Fort Collins", "CO", "80524", 3300000, 35,
         "Craft brewery + taproom, site + webshop.", 1, "2017-07-10", 900,
         [C("Hank", "Dorsey", "Co-founder", "hank", "(970) 555-0151")],
         "Brewery, site + merch shop, age gate on site (21+ alcohol).", 7)
ordinary("O14", "Spoke & Chain Bicycles", "Retail", "spokeandchain.example", "(608) 555-0152",
         "1402 Williamson St", "Madison", "WI", "53703", 900000, 8,
         "Bike shop, site + service booking.", 2, "2018-03-19", 500,
         [C("Tess", "Okonkwo", "Owner", "tess", "(608) 555-0153")],
         "Bike shop, service booking widget + 4 mboxes.", 6)
ordinary("O15", "Riverside Arts Collective", "Non-Profit", "riversidearts.example", "(515) 555-0154",
         "400 Locust St", "Des Moines", "IA", "50309", 350000, 5,
         "Community arts nonprofit, site + event ticketing.", 1, "2016-09-12", 400,
         [C("Fern", "Galloway", "Executive Director", "fern", "(515) 555-0155")],
         "Arts nonprofit, nonprofit discount, ticketing plugin.", 7)
ordinary("O16", "Northwind Courier Services", "Transportation", "northwindcourier.example", "(701) 555-0156",
         "2500 Main Ave", "Fargo", "ND", "58103", 5200000, 60,
         "Regional courier, tracking site + mail.", 2, "2013-04-29", 4000,
         [C("Dale", "Haugen", "Operations Director", "dhaugen", "(701) 555-0157"),
          C("Sunny", "Vo", "Dispatch Lead", "dispatch", "(701) 555-0158")],
         "Courier co, 40 mboxes + package tracking site on 2 VMs.", 8)


# ===========================================================================
# GENERATOR
# ===========================================================================
EARLY = {"Welcome call", "Onboarding kickoff", "Cutover window", "Domain transfer in"}


def D(s):
    return dt.date.fromisoformat(s)


def dts(d, hour, minute=0):
    return "%sT%02d:%02d:00.000+0000" % (d.isoformat(), hour, minute)


def short_name(name):
    words = name.replace(",", "").split()
    return " ".join(words[:2]) if len(words) > 2 else name


class Ids:
    def __init__(self):
        self.n = {}

    def __call__(self, prefix):
        self.n[prefix] = self.n.get(prefix, 0) + 1
        return "%s%s%012d" % (prefix, TAG, self.n[prefix])


def build():
    new = Ids()
    rows = {k: [] for k in ("Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note")}
    labels = []
    casenum = [31000]
    per_account = {}

    for a in ACCOUNTS:
        rng = random.Random("EVD-" + a["key"])
        created = D(a["created"])
        end = D(a.get("end", END_DEFAULT))
        acc_id = new("001")
        count = 1
        rows["Account"].append([
            acc_id, a["name"], a["type"], a["industry"], "https://www." + a["web"], a["phone"],
            a["street"], a["city"], a["state"], a["zip"], a["country"],
            "%.2f" % a["rev"] if a["rev"] else "", str(a["emp"]), a["desc"], uid(a["owner"]),
            dts(created, rng.randint(14, 21), rng.randint(0, 59))])

        cids = []
        for i, c in enumerate(a["contacts"]):
            cid = new("003")
            cids.append(cid)
            cd = created + dt.timedelta(days=i)
            rows["Contact"].append([
                cid, acc_id, c["first"], c["last"], c["title"], "%s@%s" % (c["local"], a["web"]),
                c["phone"], a["city"], a["country"], c["birth"], uid(a["owner"]),
                dts(cd, rng.randint(14, 21), rng.randint(0, 59))])
            count += 1

        keymap = {}
        datemap = {}

        def who_id(w):
            return "" if w is None or not cids else cids[min(w, len(cids) - 1)]

        # -- routine records -------------------------------------------------
        pool = rng.sample(ROUTINE, a["routine"])
        early = [p for p in pool if p.get("subj") in EARLY]
        late = [p for p in pool if p.get("subj") not in EARLY]
        recs = []
        for p in early:
            d = created + dt.timedelta(days=rng.randint(3, 40))
            recs.append((d, p))
        span = (end - created).days - 45
        ds = sorted(rng.sample(range(45, 45 + max(span, len(late) + 1)), len(late)))
        for off, p in zip(ds, late):
            recs.append((created + dt.timedelta(days=off), p))

        def fill(s, d):
            c = a["contacts"][rng.randrange(len(a["contacts"]))]
            return s.format(site=a["web"], first=c["first"], short=short_name(a["name"]),
                            inv=rng.randint(20000, 99999), n=rng.randint(4, 25),
                            gb=rng.choice([20, 50, 100, 250, 500]), month=MONTHS[d.month - 1],
                            yr=d.year + 1, nps=rng.choice([7, 8, 9, 9, 10]),
                            mbx=rng.randint(3, 15), pct=rng.randint(78, 93))

        for d, p in recs:
            r = dict(p)
            for f in ("subj", "desc", "comments", "title", "body", "name"):
                if f in r:
                    r[f] = fill(r[f], d)
            r["d"] = d.isoformat()
            r["k"] = None
            if r["t"] == "case":
                r.setdefault("status", "Closed")
                r.setdefault("prio", rng.choice(["Low", "Medium", "Medium"]))
                r["closed"] = None
                r["who"] = rng.randrange(len(a["contacts"]))
            elif r["t"] == "task":
                r.update(status="Completed", prio="Normal", who=rng.randrange(len(a["contacts"])), what=None)
            elif r["t"] == "event":
                r.update(loc=rng.choice(["Zoom", "Phone", "Customer office", "Webex"]),
                         who=rng.randrange(len(a["contacts"])), what=None,
                         hour=rng.randint(14, 21))
            elif r["t"] == "note":
                r["private"] = False
            elif r["t"] == "opp":
                r["amount"] = round(a["spend"] * r["f"], 2)
                r["close"] = (d + dt.timedelta(days=rng.randint(10, 25))).isoformat()
            a["recs"].append(r)

        # -- all records, chronological ---------------------------------------
        for r in sorted(a["recs"], key=lambda r: r["d"]):
            d = D(r["d"])
            assert created <= d <= D("2020-12-31"), (a["key"], r)
            assert d.year >= 2012
            hh, mm = rng.randint(13, 23), rng.randint(0, 59)
            t = r["t"]
            if t == "case":
                rid = new("500")
                casenum[0] += rng.randint(3, 40)
                closed = r.get("closed")
                is_closed = r["status"] == "Closed"
                if is_closed and not closed:
                    closed = (d + dt.timedelta(days=rng.randint(0, 5))).isoformat()
                closed_dt = dts(D(closed), min(hh + 1, 23), mm) if is_closed else ""
                rows["Case"].append([
                    rid, "%08d" % casenum[0], acc_id, who_id(r["who"]), r["subj"], r["desc"],
                    r["status"], r["prio"], r["origin"], r["typ"], "true" if is_closed else "false",
                    uid(r["owner"]), dts(d, hh, mm), closed_dt, r.get("comments", "")])
            elif t == "task":
                rid = new("00T")
                what = keymap.get(r["what"], acc_id) if r.get("what") else acc_id
                rows["Task"].append([
                    rid, what, who_id(r["who"]), acc_id, r["subj"], r["desc"], d.isoformat(),
                    r["status"], r["prio"], r["typ"], uid(r["owner"]), dts(d, hh, mm)])
            elif t == "event":
                rid = new("00U")
                what = keymap.get(r["what"], acc_id) if r.get("what") else acc_id
                start = dt.datetime(d.year, d.month, d.day, r["hour"], 0)
                stop = start + dt.timedelta(minutes=r["mins"])
                rows["Event"].append([
                    rid, what, who_id(r["who"]), acc_id, r["subj"], r["desc"], r["loc"],
                    d.isoformat(), start.strftime("%Y-%m-%dT%H:%M:00.000+0000"),
                    stop.strftime("%Y-%m-%dT%H:%M:00.000+0000"), str(r["mins"]), r["typ"],
                    uid(r["owner"]), dts(d, max(hh - 3, 8), mm)])
            elif t == "note":
                rid = new("002")
                rows["Note"].append([
                    rid, acc_id, r["title"], r["body"], "true" if r["private"] else "false",
                    uid(r["owner"]), dts(d, hh, mm)])
            elif t == "opp":
                rid = new("006")
                stage = r["stage"]
                is_closed = stage.startswith("Closed")
                won = stage == "Closed Won"
                prob = "100" if won else ("0" if is_closed else "50")
                rows["Opportunity"].append([
                    rid, acc_id, r["name"], r["typ"], stage, "%.2f" % r["amount"], prob, r["close"],
                    "true" if is_closed else "false", "true" if won else "false", r["desc"],
                    uid(r["owner"]), dts(d, hh, mm)])
            else:
                raise ValueError(t)
            if r["k"]:
                keymap[r["k"]] = rid
                datemap[r["k"]] = r["d"]
            count += 1

        per_account[acc_id] = count
        assert 6 <= count <= 25, (a["key"], count)

        ev = [keymap[k] for k in a.get("ev", [])]
        kf = a.get("kf", "")
        if a["label"] == "positive":
            assert kf in [datemap[k] for k in a["ev"]], (a["key"], kf)
        labels.append([acc_id, a["label"], a["kind"], kf, ";".join(ev), a["why"]])

    return rows, labels, per_account


HEADERS = {
    "Account": ["Id", "Name", "Type", "Industry", "Website", "Phone", "BillingStreet", "BillingCity",
                "BillingState", "BillingPostalCode", "BillingCountry", "AnnualRevenue",
                "NumberOfEmployees", "Description", "OwnerId", "CreatedDate"],
    "Contact": ["Id", "AccountId", "FirstName", "LastName", "Title", "Email", "Phone", "MailingCity",
                "MailingCountry", "Birthdate", "OwnerId", "CreatedDate"],
    "Opportunity": ["Id", "AccountId", "Name", "Type", "StageName", "Amount", "Probability",
                    "CloseDate", "IsClosed", "IsWon", "Description", "OwnerId", "CreatedDate"],
    "Case": ["Id", "CaseNumber", "AccountId", "ContactId", "Subject", "Description", "Status",
             "Priority", "Origin", "Type", "IsClosed", "OwnerId", "CreatedDate", "ClosedDate",
             "Comments"],
    "Task": ["Id", "WhatId", "WhoId", "AccountId", "Subject", "Description", "ActivityDate",
             "Status", "Priority", "Type", "OwnerId", "CreatedDate"],
    "Event": ["Id", "WhatId", "WhoId", "AccountId", "Subject", "Description", "Location",
              "ActivityDate", "StartDateTime", "EndDateTime", "DurationInMinutes", "Type",
              "OwnerId", "CreatedDate"],
    "Note": ["Id", "ParentId", "Title", "Body", "IsPrivate", "OwnerId", "CreatedDate"],
}


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    assert len(ROUTINE) >= 40
    rows, labels, per_account = build()
    for obj, header in HEADERS.items():
        write(obj + ".csv", header, rows[obj])
    write("labels.csv", ["AccountId", "label", "kind", "knowable_from", "evidence_ids", "rationale"], labels)
    total = sum(len(v) for v in rows.values())
    for obj in HEADERS:
        print("%-12s %4d" % (obj, len(rows[obj])))
    print("total records", total)
    pos = sum(1 for l in labels if l[1] == "positive")
    hard = sum(1 for l in labels if l[2].startswith("hard:"))
    print("accounts %d  positives %d  hard negatives %d  ordinary %d"
          % (len(labels), pos, hard, len(labels) - pos - hard))
    print("records/account min %d max %d" % (min(per_account.values()), max(per_account.values())))


if __name__ == "__main__":
    main()
