from dsl import O, C, T, E, N

ACCOUNTS = []

# ---------------------------------------------------------------- Tradewell marketplace offboards its sellers
ACCOUNTS.append(dict(
 name="Tradewell Services Marketplace Inc.", industry="Internet", web="tradewell.example", phone="(503) 555-0142",
 street="1600 NW Flanders St", city="Portland", state="OR", zip="97209", country="United States",
 rev=18000000, emp=140, owner="am2", created="2014-09-08", end="2020-10-31",
 desc="Local services marketplace (home repair, tutoring, wellness). Split payments + seller payouts via our Connect product.",
 contacts=[("Hannah","Ries","VP Trust & Safety","hries@tradewell.example","(503) 555-0143","Portland","United States",""),
           ("Omar","Sadiq","Payments Eng Lead","osadiq@tradewell.example","(503) 555-0144","Portland","United States",""),
           ("Greta","Olsen","CFO","golsen@tradewell.example","(503) 555-0145","Portland","United States",""),
           ("Luis","Medina","T&S Investigator","lmedina@tradewell.example","(503) 555-0146","Seattle","United States","")],
 recs=[
  O("2014-09-08","Tradewell - Connect split payments","Closed Won",150000,"Marketplace split payments, 9k sellers."),
  E("2014-10-01",1,"Connect architecture review","Webhooks for seller onboarding + payout holds.","Tradewell HQ",120,who="se1"),
  C("2015-07-13",0,"Need payout freeze API for T&S","Hannah: their team finds 'massage' sellers that are really escort ads (phone numbers that match escort sites, 'new girls', 'GFE'), wants to freeze payouts instantly and refund buyers.","Pointed to payout hold endpoint + bulk refund. T&S now freezes within minutes of a flag.",typ="Feature Request",close_in=3,k="ev"),
  N("2015-07-20","T&S stats","Hannah shared: 0.3% of wellness listings removed for commercial sex indicators in H1, 41 sellers banned, all reported to NCMEC/local LE where minors suspected (2 cases). Impressive program.",who="am2",k="ev"),
  T("2016-02-11",3,"Luis - subpoena coordination","Luis asks how LE subpoenas for banned sellers' payout records should be routed to us. Sent legal@ process doc.",who="comp1",k="ev"),
  O("2016-06-01","Tradewell - renewal + Radar-style risk rules","Closed Won",180000,"Renewal + custom risk rules.",typ="Renewal"),
  C("2017-01-24",1,"webhook signature failures","After library upgrade.","Clock skew on their side. Fixed.",typ="Problem",close_in=1),
  C("2018-04-09",0,"FOSTA checklist","Hannah asks for our view on FOSTA; they are tightening wellness category: license # required for massage sellers, ID + selfie for all.","Shared our KYC options; they adopted license + ID check 5/2018.",typ="Question",close_in=5,k="ev"),
  N("2018-11-15","qbr","Seller fraud down, trafficking-related takedowns 12 this yr, all reported. They testified at state hearing on marketplace safety.",who="am2",k="ev"),
  O("2019-06-03","Tradewell - renewal 2019","Closed Won",210000,"Renewal.",typ="Renewal"),
  C("2020-03-30",2,"COVID payout delays","Sellers asking for faster payouts.","Enabled instant payouts.",close_in=2),
 ],
 label="negative", kind="hard:payments_offboards_merchants",
 why="The marketplace detects escort/trafficking sellers itself, freezes and bans them and reports to NCMEC and police; it is the one doing the policing."))

# ---------------------------------------------------------------- ClearPath ISO offboards sub-merchants
ACCOUNTS.append(dict(
 name="ClearPath Merchant Services", industry="Financial Services", web="clearpathms.example", phone="(813) 555-0122",
 street="4830 W Kennedy Blvd Ste 600", city="Tampa", state="FL", zip="33609", country="United States",
 rev=6400000, emp=45, owner="am3", created="2016-03-07", end="2020-06-30",
 desc="ISO / PayFac reselling our processing to ~1,800 small merchants.",
 contacts=[("Bernard","Kline","CEO","bkline@clearpathms.example","(813) 555-0123","Tampa","United States",""),
           ("Lucia","Ferraro","Chief Risk Officer","lferraro@clearpathms.example","(813) 555-0124","Tampa","United States",""),
           ("Jae","Moon","Underwriting Analyst","jmoon@clearpathms.example","(813) 555-0130","Clearwater","United States","")],
 recs=[
  O("2016-03-07","ClearPath - PayFac program","Closed Won",95000,"Sub-merchant onboarding."),
  N("2016-04-18","uw","Strong risk team (ex-bank). Monthly portfolio reviews. Prohibited list incl. escort, adult, massage without license.",who="uw2"),
  C("2017-02-21",1,"14 sub-merchants terminated","Lucia reports their review found 14 'massage' sub-merchants in 3 states sharing one phone and payout acct, buzzer-entry storefronts, online reviews on a sex-buyer board. They terminated all 14, filed SARs via sponsor bank, and want to add them to MATCH.","Helped with MATCH reason code 'illegal transactions'. Good catch by them.",typ="Compliance",close_in=4,who="uw2",k="ev"),
  T("2017-02-23",1,"thank-you call","Lucia walked us thru their linking method (phone, IP, payout acct). Suggested we adopt it too.",who="uw2",k="ev"),
  C("2017-09-12",2,"Bulk onboarding file errors","Column order changed.","Fixed template.",typ="Problem",close_in=1),
  O("2018-03-05","ClearPath - renewal","Closed Won",110000,"Renewal.",typ="Renewal"),
  C("2018-08-30",1,"LE request re terminated merchants","FBI agent asked ClearPath for records on the 14 terminated spas; they asked what we hold.","Legal coordinated; we produced under subpoena 9/2018. ClearPath is witness not target per agent.",typ="Legal",close_in=20,who="comp1",k="ev"),
  N("2019-05-14","qbr","Portfolio loss rate 0.08%. Another 3 terminations this yr for adult miscoding.",who="am3",k="ev"),
  O("2020-03-02","ClearPath - 2020 renewal","Closed Won",118000,"Renewal.",typ="Renewal"),
 ],
 label="negative", kind="hard:payments_offboards_merchants",
 why="The reseller found and terminated its own illicit-massage sub-merchants, filed SARs and helped law enforcement as a witness."))

# ---------------------------------------------------------------- Beacon Freedom Coalition NGO
ACCOUNTS.append(dict(
 name="Beacon Freedom Coalition", type="Customer - Nonprofit", industry="Non-Profit", web="beaconfreedom.example", phone="(202) 555-0154",
 street="1101 Vermont Ave NW Ste 400", city="Washington", state="DC", zip="20005", country="United States",
 rev=3200000, emp=38, owner="am1", created="2013-06-17", end="2020-12-15",
 desc="Anti-trafficking nonprofit: survivor case management, emergency funds, training for hotels/truck stops. Donations + grant invoicing + emergency payouts to survivors.",
 contacts=[("Renee","Abbott","Executive Director","rabbott@beaconfreedom.example","(202) 555-0155","Washington","United States",""),
           ("Gabriela","Ortiz","Case Management Director","gortiz@beaconfreedom.example","(202) 555-0156","Washington","United States",""),
           ("Femi","Adeyemi","Finance Manager","fadeyemi@beaconfreedom.example","(202) 555-0157","Silver Spring","United States",""),
           ("Colin","Park","Development Officer","cpark@beaconfreedom.example","(202) 555-0169","Arlington","United States","")],
 recs=[
  O("2013-06-17","Beacon - donations + invoicing","Closed Won",4800,"Nonprofit pricing. Donation pages, grant invoicing."),
  C("2013-07-08",2,"recurring donation failures","Monthly donors declined after card reissue.","Enabled card updater.",typ="Problem",close_in=2),
  E("2014-02-26",1,"Emergency payouts design","Gabriela wants prepaid/instant payouts to survivors leaving traffickers: many arrive w/o ID b/c trafficker held passport, no bank acct, debts to 'the boss'. Need low-KYC option within law. Designed via partner bank's reloadable cards issued to Beacon, Beacon distributes.","Beacon office",90,who="se1",k="ev"),
  N("2014-03-10","intake form integration","Their intake form (we host the payment part) asks: 'Does someone hold your ID/passport?', 'Do you owe money to an employer/recruiter?', 'Are you under 18?', 'Were you sold for sex?'. Only payment fields reach us; answers stay in their case mgmt system. Fine.",who="se1",k="ev"),
  C("2015-11-19",1,"Survivor payout flagged by our risk","Our velocity rule flagged 11 payouts to same address (a shelter). Gabriela explains it's their safe house.","Whitelisted shelter address after review. Documented.",typ="Compliance",close_in=3,who="uw1",k="ev"),
  N("2016-05-04","case study for donors","Colin asks to quote us in donor report. Quote from a survivor they used in appeal (Spanish): \"Me quitaron el pasaporte y me decían que debía 5 mil. Beacon me ayudó a salir.\" Approved our logo use.",who="am1",k="ev"),
  O("2016-07-01","Beacon - giving day campaign","Closed Won",1200,"Peer-to-peer fundraising pages.",typ="Existing Business"),
  C("2017-10-02",1,"Subpoena?","Gabriela asks if we'd ever release survivor payout data to a defense attorney in a trafficking trial.","Legal: only under valid legal process, we'd notify them unless prohibited. Sent policy.",typ="Legal",close_in=6,who="comp1",k="ev"),
  T("2018-06-12",0,"renewal call","Renewed 3 yrs, added hotel training invoicing.",who="am1"),
  O("2018-06-12","Beacon - 3 yr renewal","Closed Won",15000,"Renewal.",typ="Renewal"),
  C("2020-04-08",2,"COVID emergency fund","Spike in donations; payout limits hit.","Raised limits.",close_in=1),
 ],
 label="negative", kind="hard:ngo",
 why="An anti-trafficking charity whose records discuss passports held, debts and minors because it serves survivors."))

# ---------------------------------------------------------------- Harbor House shelter
ACCOUNTS.append(dict(
 name="Harbor House Survivor Services", type="Customer - Nonprofit", industry="Non-Profit", web="harborhouse-ss.example", phone="(206) 555-0177",
 street="PO Box 5521", city="Tacoma", state="WA", zip="98415", country="United States",
 rev=1100000, emp=17, owner="am2", created="2015-04-06", end="2020-09-30",
 desc="Confidential-location shelter for sexually exploited youth and adults. Donations, vendor invoicing.",
 contacts=[("Marianne","Lowe","Director","mlowe@harborhouse-ss.example","(206) 555-0178","Tacoma","United States",""),
           ("Dee","Oyelaran","Operations","ops@harborhouse-ss.example","(206) 555-0179","Tacoma","United States",""),
           ("Karl","Benz","Volunteer treasurer","treasurer@harborhouse-ss.example","(253) 555-0180","Lakewood","United States","")],
 recs=[
  O("2015-04-06","Harbor House - donations","Closed Won",1800,"Nonprofit tier."),
  C("2015-04-20",1,"Hide address + names everywhere","Dee asks that shelter street address never appear on receipts, and that resident first names (used on 'sponsor a room' pages) be removed from our dashboard/logs. Some residents are minors recovered from pimps who are still looking for them.","Suppressed address on receipts; advised not to put resident names in metadata at all; they changed the page to room numbers. Safety reasons, documented.",typ="Feature Request",close_in=4,k="ev"),
  N("2015-05-02","pls read before calling them","NEVER confirm to a caller that Harbor House is our customer or where it is. Traffickers have called vendors before. Verify callers via Dee's callback #.",who="am2",private=True,k="ev"),
  C("2016-08-15",None,"Suspicious call asking for Harbor House address","Male caller said he's a 'family member' of a girl at Harbor House, wanted the billing address.","Refused, no confirmation. Notified Dee; she reported to Tacoma PD. Good handling.",origin="Phone",typ="Question",close_in=0,k="ev"),
  O("2017-01-09","Harbor House - renewal","Closed Won",1800,"Renewal.",typ="Renewal"),
  C("2018-03-19",2,"donation receipt year-end","Karl needs year-end receipts in bulk.","Bulk export.",close_in=1),
  E("2019-04-24",0,"Donor gala payments","Set up tap-to-pay for gala auction.","Tacoma Convention Ctr",120),
  C("2020-05-12",1,"Grant invoicing","County grant for trafficking-survivor housing requires invoice per quarter.","Template created.",typ="Question",close_in=2),
 ],
 label="negative", kind="hard:shelter",
 why="A survivors' shelter that asks us to hide names and address to protect recovered minors from traffickers, the reverse of concealment by a wrongdoer."))

# ---------------------------------------------------------------- Linea Segura hotline
ACCOUNTS.append(dict(
 name="Linea Segura Multilingual Helpline", type="Customer - Nonprofit", industry="Non-Profit", web="lineasegura.example", phone="(718) 555-0186",
 street="35-12 Junction Blvd", city="Queens", state="NY", zip="11368", country="United States",
 rev=850000, emp=22, owner="am1", created="2017-08-21", end="2020-11-30",
 desc="24/7 confidential helpline for exploited workers (Spanish, Portuguese, French, Haitian Creole). Donations + interpreter invoicing.",
 contacts=[("Beatriz","Calderón","Director","bcalderon@lineasegura.example","(718) 555-0187","Queens","United States",""),
           ("Jean-Marc","Pierre","Lead Advocate (French/Creole)","jmpierre@lineasegura.example","(718) 555-0188","Brooklyn","United States",""),
           ("Sofia","Teixeira","Grants & Finance","finance@lineasegura.example","(718) 555-0189","Newark","United States","")],
 recs=[
  O("2017-08-21","Linea Segura - donations + invoicing","Closed Won",2400,"Nonprofit tier; invoices to agencies for interpretation."),
  C("2017-09-05",2,"Donation page in 4 languages","Need PT/FR/ES/HT versions.","Localized page live.",typ="Feature Request",close_in=5),
  N("2018-01-17","annual report excerpt they sent","For the donation page they want to quote anonymized callers, e.g. (FR) \"Mon patron a pris mon passeport et je dois 6 000 dollars pour le voyage\" and (PT) \"Trabalho na casa de família, não me deixam sair\". They route callers to legal aid + HSI tip line. Approved text.",who="am1",k="ev"),
  C("2018-06-28",1,"Misdirected report","A caller to our support line thought we were Linea Segura (saw our descriptor on their donation receipt), said in French his employer holds passports.","Gave caller Linea Segura's hotline + national hotline number; notified Jean-Marc. Not about our customer's conduct.",origin="Phone",typ="Question",close_in=0,k="ev"),
  O("2018-09-04","Linea Segura - SMS donations","Closed Won",900,"Text-to-give.",typ="Existing Business"),
  C("2019-02-11",2,"Invoice to NYC agency rejected","Agency needs vendor ID on invoice.","Custom field added.",close_in=3),
  O("2020-08-17","Linea Segura - renewal","Closed Won",2600,"Renewal.",typ="Renewal"),
 ],
 label="negative", kind="hard:hotline",
 why="A helpline for exploited workers; quoted passport and debt messages are from callers it helps."))

# ---------------------------------------------------------------- Okafor & Lind law firm
ACCOUNTS.append(dict(
 name="Okafor & Lind Survivor Advocates LLP", industry="Legal", web="okaforlind.example", phone="(404) 555-0102",
 street="191 Peachtree St NE Ste 2400", city="Atlanta", state="GA", zip="30303", country="United States",
 rev=5600000, emp=19, owner="am3", created="2016-11-14", end="2020-12-01",
 desc="Plaintiff law firm: civil suits for trafficking survivors (TVPRA 1595) against traffickers, hotels, platforms. Trust-account invoicing.",
 contacts=[("Chidi","Okafor","Managing Partner","cokafor@okaforlind.example","(404) 555-0107","Atlanta","United States",""),
           ("Erika","Lind","Partner","elind@okaforlind.example","(404) 555-0108","Atlanta","United States",""),
           ("Paula","Greer","Firm Administrator","pgreer@okaforlind.example","(404) 555-0100","Decatur","United States","")],
 recs=[
  O("2016-11-14","Okafor & Lind - trust + operating invoicing","Closed Won",6000,"IOLTA-compliant invoicing."),
  C("2016-12-01",2,"IOLTA split","Need earned vs unearned fee separation.","Configured two accounts.",typ="Question",close_in=3),
  N("2017-04-05","what they do","Erika explained: they sue pimps, motels that rented rooms by the hour to traffickers, and websites that ran the ads. Clients incl. minors (through guardians ad litem). Contingency; expert invoices for forensic accountants tracing trafficker cash.",who="am3",k="ev"),
  C("2018-02-20",0,"Subpoena to us?","Chidi asks whether we'd respond to their subpoena for a defendant motel's card records (the motel isn't our customer?).","Checked: motel not our customer. Told them. Legal sent standard process doc.",typ="Legal",close_in=4,who="comp1",k="ev"),
  O("2018-11-12","Okafor & Lind - renewal","Closed Won",6500,"Renewal.",typ="Renewal"),
  C("2019-07-09",2,"Settlement disbursement","Large settlement ($1.2M) to minor client's structured trust - payout limit.","Raised limit after docs (court order approving minor settlement).",typ="Compliance",close_in=5,who="uw1",k="ev"),
  C("2020-10-15",2,"password reset","Paula locked out.","Reset.",close_in=0),
 ],
 label="negative", kind="hard:law_firm",
 why="A survivors' law firm whose notes mention pimps, motels and minors because it sues traffickers and pays settlements to victims."))

# ---------------------------------------------------------------- Bayview hotels
ACCOUNTS.append(dict(
 name="Bayview Hospitality Group", industry="Hospitality", web="bayviewhotels.example", phone="(619) 555-0170",
 street="2250 Kettner Blvd", city="San Diego", state="CA", zip="92101", country="United States",
 rev=41000000, emp=620, owner="am2", created="2015-05-11", end="2020-10-31",
 desc="9 select-service hotels in CA/NV. Payments, booking engine integration, custom guest app.",
 contacts=[("Neil","Sato","VP Operations","nsato@bayviewhotels.example","(619) 555-0171","San Diego","United States",""),
           ("Brianna","Hale","Director of Safety & Security","bhale@bayviewhotels.example","(619) 555-0101","San Diego","United States",""),
           ("Victor","Ng","IT Director","vng@bayviewhotels.example","(619) 555-0131","Irvine","United States",""),
           ("Rosa","Delgado","GM - Chula Vista","gm.cv@bayviewhotels.example","(619) 555-0153","Chula Vista","United States","")],
 recs=[
  O("2015-05-11","Bayview - 9 properties payments","Closed Won",120000,"Front desk + booking engine."),
  E("2016-03-15",1,"Safety roadmap workshop","Brianna wants: (1) 'report trafficking' button in staff app that alerts security + logs; (2) flag rules: many rooms on one card, cash for multiple nights, hourly requests (they don't sell hourly), heavy foot traffic; (3) LE records-request workflow via legal. We quoted custom build.","Bayview HQ",120,who="se1",k="ev"),
  O("2016-04-04","Bayview - safety alerts custom build","Closed Won",38000,"Staff 'report concern' button, booking flag rules, LE request workflow.",typ="Existing Business",k="ev"),
  C("2016-11-08",3,"Flag rule too noisy","Conference groups trigger 'many rooms one card'.","Added group-block exception.",typ="Problem",close_in=4),
  N("2017-01-26","training","All 620 staff completed anti-trafficking training (they paid the Beacon curriculum via us). Rosa's front desk reported a suspected minor with older male in Dec; police recovered a 16 y/o; hotel cooperated, praised by SDPD.",who="am2",k="ev"),
  C("2017-02-02",1,"LE request - SDPD","SDPD requested folios for 3 rooms for Dec incident.","Hotel's legal produced via the new workflow; our records also provided under subpoena.",typ="Legal",close_in=10,who="comp1",k="ev"),
  O("2018-05-01","Bayview - renewal + 2 new properties","Closed Won",150000,"Renewal.",typ="Renewal"),
  C("2019-08-19",2,"Contactless upgrade","Need NFC at all desks.","Shipped 24 readers.",close_in=10),
  E("2020-09-10",0,"QBR","COVID volume down 60%.","Zoom",45),
 ],
 label="negative", kind="hard:hotel_reporting",
 why="A hotel group that paid us to build trafficking reporting, flags and a police-request process and reported a suspected minor to police."))

# ---------------------------------------------------------------- Kindred dating app
ACCOUNTS.append(dict(
 name="Kindred Match Labs", industry="Internet", web="kindredmatch.example", phone="(512) 555-0136",
 street="500 W 2nd St Ste 1900", city="Austin", state="TX", zip="78701", country="United States",
 rev=22000000, emp=95, owner="am1", created="2014-01-13", end="2020-07-31",
 desc="Dating app, subscriptions + in-app purchases.",
 contacts=[("Priya","Raman","CEO","priya@kindredmatch.example","(512) 555-0137","Austin","United States",""),
           ("Grant","Oduya","Head of Trust & Safety","grant@kindredmatch.example","(512) 555-0141","Austin","United States",""),
           ("Lena","Fischer","Payments PM","lena@kindredmatch.example","(512) 555-0112","Austin","United States","")],
 recs=[
  O("2014-01-13","Kindred - subscriptions","Closed Won",85000,"Subscriptions, MCC 7273."),
  N("2014-02-03","uw note MCC 7273","MCC 7273 is dating/escort bucket, so extra review: app is mainstream dating, T&S team of 12, ID-verified badge optional, escort/spam removal policy. OK standard reserve.",who="uw1",k="ev"),
  C("2015-06-22",1,"Refunds for banned spam accounts","Grant wants auto-refund when T&S bans a scam/escort spam profile that bought boosts w/ stolen cards.","Webhook + refund rule built.",typ="Feature Request",close_in=5,k="ev"),
  N("2016-09-29","T&S metrics shared at QBR","Escort/solicitation spam = 0.4% of new profiles, 98% removed within 1 hr by model + human review. Reports of suspected minors go to NCMEC within 24h; 37 CyberTipline reports in 2016. Age gate + selfie check for flagged accounts.",who="am1",k="ev"),
  C("2017-03-14",2,"Chargeback spike","CB 1.1% in Feb from a carding ring buying boosts.","3DS enabled for new cards; CB back to 0.4%.",typ="Dispute",close_in=10),
  O("2017-07-05","Kindred - renewal","Closed Won",95000,"Renewal.",typ="Renewal"),
  T("2018-04-12",1,"FOSTA questions","Grant asked if FOSTA changes our requirements for them. Shared our policy; their program already exceeds it.",who="comp1",k="ev"),
  O("2019-07-08","Kindred - renewal 2019","Closed Won",99000,"Renewal.",typ="Renewal"),
  C("2020-03-03",2,"App Store IAP reconciliation","Mismatch vs our reports.","Timezone cutoff.",close_in=2),
 ],
 label="negative", kind="hard:dating_low_spam",
 why="A mainstream dating app under the dating/escort MCC with escort spam at 0.4%, removed quickly and reported to NCMEC."))

# ---------------------------------------------------------------- Marlow County Sheriff
ACCOUNTS.append(dict(
 name="Marlow County Sheriff's Office", type="Customer - Government", industry="Government", web="marlowsheriff.example", phone="(405) 555-0163",
 street="100 Courthouse Sq", city="Marlow", state="OK", zip="73055", country="United States",
 rev=0, emp=210, owner="am3", created="2017-04-03", end="2020-09-30",
 desc="County sheriff. Online payments for records fees, fingerprinting, inmate commissary deposits; invoicing for task force training.",
 contacts=[("Wes","Holloway","Chief Deputy","wholloway@marlowsheriff.example","(405) 555-0165","Marlow","United States",""),
           ("Jo","Pettit","Finance Clerk","jpettit@marlowsheriff.example","(405) 555-0166","Marlow","United States",""),
           ("Sgt. Ray","Dominguez","Vice / HT Task Force","rdominguez@marlowsheriff.example","(405) 555-0167","Duncan","United States","")],
 recs=[
  O("2017-04-03","Marlow SO - online fees","Closed Won",3000,"Gov pricing."),
  C("2017-05-10",1,"convenience fee","Need 2.5% conv fee on records requests.","Configured per state rule.",close_in=2),
  C("2017-11-06",2,"Invoices for HT training","Sgt Dominguez's human trafficking task force hosts training for hotel/truck stop staff; needs invoicing to 30 businesses.","Invoice batch set up.",typ="Question",close_in=2,k="ev"),
  N("2018-02-14","vice op - fyi","Ray called: undercover op answering escort ads, recovered 2 juveniles, arrested 9 buyers. Asked if we can help trace payments on an escort site's card processor (not us). Referred to legal.",who="am3",k="ev"),
  C("2018-02-15",2,"LE request to us","Dominguez asks us for records on a merchant in their case.","Checked: no relationship with that merchant. Told them in writing via legal.",typ="Legal",close_in=3,who="comp1",k="ev"),
  O("2019-04-01","Marlow SO - renewal","Closed Won",3000,"Renewal.",typ="Renewal"),
  C("2020-06-08",1,"Commissary deposits down","Covid visitor ban.","n/a, info only.",close_in=0),
 ],
 label="negative", kind="hard:police",
 why="A sheriff's office that runs anti-trafficking operations and training; trafficking terms in its records are about its law-enforcement work."))

# ---------------------------------------------------------------- University lab
ACCOUNTS.append(dict(
 name="Northfield University - Computational Social Science Lab", type="Customer - Education", industry="Education", web="cssl.northfield.example", phone="(608) 555-0194",
 street="1210 University Ave Rm 340", city="Madison", state="WI", zip="53706", country="United States",
 rev=0, emp=14, owner="am1", created="2018-09-10", end="2020-12-10",
 desc="Research lab. Invoicing for workshop fees + payouts to survey participants (gift cards).",
 contacts=[("Dr. Elena","Marsh","Principal Investigator","emarsh@northfield.example","(608) 555-0195","Madison","United States",""),
           ("Kofi","Bentil","PhD student","kbentil@northfield.example","(608) 555-0192","Madison","United States",""),
           ("Anne","Li","Grants admin","ali@northfield.example","(608) 555-0191","Madison","United States","")],
 recs=[
  O("2018-09-10","Northfield CSSL - participant payouts","Closed Won",2500,"Participant incentives + workshop registration."),
  N("2018-10-02","project","Lab builds classifiers on ~2M archived escort ads (phone reuse across cities, 'new in town', emoji pricing) to help NGOs spot likely trafficking; IRB approved; no payments to any ad site. Participant payouts are to survivor advisory panel ($50/session).",who="am1",k="ev"),
  C("2019-01-22",1,"Payouts to participants without SSN","Some survivor panelists have no SSN; lab asks about gift-card option.","Enabled gift-card payouts under threshold, per compliance.",typ="Compliance",close_in=6,who="uw1",k="ev"),
  C("2019-06-03",2,"Workshop registration page","'Detecting Trafficking in Online Ads' workshop, 120 seats.","Page live.",typ="Feature Request",close_in=2,k="ev"),
  O("2019-08-26","Northfield CSSL - renewal","Closed Won",2500,"Renewal.",typ="Renewal"),
  C("2020-04-14",2,"Grant closeout report","Anne needs FY payouts export.","Sent.",close_in=1),
 ],
 label="negative", kind="hard:research_lab",
 why="A university lab that studies escort ads to detect trafficking and pays survivor panelists; no customer wrongdoing."))
