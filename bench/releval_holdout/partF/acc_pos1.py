from dsl import O, C, T, E, N

ACCOUNTS = []

# ---------------------------------------------------------------- Nightlist
ACCOUNTS.append(dict(
 name="Nightlist Classifieds LLC", industry="Media", web="www.nightlist.example", phone="(702) 555-0181",
 street="4410 Paradise Rd Ste 210", city="Las Vegas", state="NV", zip="89169", country="United States",
 rev=6800000, emp=34, owner="am2", created="2013-02-11", end="2017-06-30",
 desc="Regional online classifieds (autos, rentals, jobs, personals). Card acceptance for paid listings + bumps, payouts to affiliates.",
 contacts=[("Derek","Hollister","CEO","derek@nightlist.example","(702) 555-0182","Las Vegas","United States","1974-05-02"),
           ("Anya","Petrakis","CTO","anya.p@nightlist.example","(702) 555-0183","Las Vegas","United States",""),
           ("Lou","Brandt","Head of Moderation","lbrandt@nightlist.example","(702) 555-0184","Henderson","United States",""),
           ("Kim","Osei","Finance Controller","finance@nightlist.example","(702) 555-0185","Las Vegas","United States","")],
 recs=[
  O("2013-02-11","Nightlist - Card Acceptance + Payouts","Closed Won",42000,"Paid listings, bump credits, affiliate payouts. Std pricing 2.6%+0.25."),
  E("2013-02-26",1,"Kickoff / API walkthrough","Walked Anya thru listing checkout + webhooks. They want bump credits as stored value.","Zoom",60,who="se1"),
  N("2013-03-14","onboarding call notes","Derek chatty, says personals is 'where the money is, always has been'. Categories: autos, rentals, jobs, personals. Fine. Sending SAQ-A."),
  C("2013-09-05",1,"webhook 500s on bump.completed","Retries piling up since 3am PT, bump credits not applied.","Our side - bad cert rotation. Fixed 9/5 11:20, replayed 4,312 events.",prio="High",typ="Problem",close_in=1),
  N("2014-01-20","Annual risk review - Nightlist","MCC 7399. Vol TTM $4.1M. CB rate 0.9% (threshold 1%). Personals = 71% of paid listings by count, 83% by revenue. Refund rate normal. Rec: keep, re-review 12 mo. Note desc 'personals' is vague, asked AM to get category breakdown.",who="uw1",k="ev"),
  T("2014-06-09",1,"call w/ Anya re custom build","Anya wants help w/ city landing pages + auto-bump for 'companion' subcat, says those posters buy 20+ bumps/wk and churn if they drop off page 1. Scoped ~3 wks SE time, billable.",who="am2",k="ev"),
  O("2014-07-01","Nightlist - Pro Services: auto-bump & city pages","Closed Won",18500,"Custom SE build for companion subcategory auto-repost + geo landing pages.",typ="Existing Business",k="ev"),
  E("2014-11-12",2,"Moderation queue + payments workshop","Lou showed their mod tool. 3 moderators for ~40k new ads/day, mostly dupes + spam checks; 'companion' posters are their heaviest repeat users. Lou asked if our payment events can tell them which posters are 'worth keeping happy'. Ran out of time.","Nightlist office, Las Vegas",90,who="se1",k="ev"),
  C("2015-04-14",2,"Help w/ listing text rules before payment capture","Lou asks if our checkout hook can run their word list before capture: strip 'teen', 'young', 'fresh', 'lolita', 'amber alert', 'new to the game' from ad text and then publish + charge as normal, instead of declining. Wants it server side so posters 'can't see what got removed and just keep posting'.","SE wrote regex list into pre-capture hook per their spec, deployed to prod 4/14. No escalation. -- jb",typ="Feature Request",close_in=0,who="se1",k="key"),
  N("2015-08-03","fyi bank","Kim says their acquiring bank for the other MID closed them last month 'over the personals thing, same as everyone after July'. Wants all volume moved to us. Risk ok'd pending docs.",who="am2",k="ev"),
  O("2015-08-20","Nightlist - volume migration from 2nd acquirer","Closed Won",61000,"Moving remaining ~$2M/yr from the MID their bank closed.",typ="Existing Business",k="ev"),
  C("2016-10-18",3,"Letter from County Sheriff - records","Kim forwarded sheriff's letter asking Nightlist to stop companion ads; asks whether we'd get a records request too. Legal reviewing.","Legal: no subpoena to us at this time. Told acct to route anything formal to legal@. Closed.",typ="Question",close_in=3,k="ev"),
  O("2016-12-05","Nightlist - 2017 renewal + instant payouts","Closed Won",74000,"Renewal w/ instant payouts add-on for affiliates.",typ="Renewal"),
  N("2017-06-30","acct status","Derek says they're winding down personals and moving to 'dating' subcat w/ same posters. Keeping the auto-bump build. Renewal talks Q4.",who="am2",k="ev"),
 ],
 label="positive", kind="escort_platform",
 why="Customer's personals/companion revenue was dominant and in 2015 it had our SE build a hook that scrubbed minor-indicating words and published the ads anyway, after which we migrated volume a bank had cut off and upsold."))

# ---------------------------------------------------------------- Amberlane
ACCOUNTS.append(dict(
 name="Amberlane Connect Inc.", industry="Internet", web="amberlane.example", phone="(305) 555-0117",
 street="1200 Brickell Ave Fl 9", city="Miami", state="FL", zip="33131", country="United States",
 rev=2300000, emp=12, owner="am1", created="2016-05-16", end="2019-03-31",
 desc="Online social / companionship directory. Subscription billing for premium profiles, card acceptance.",
 contacts=[("Marco","Viel","Founder","marco@amberlane.example","(305) 555-0118","Miami","United States","1981-10-11"),
           ("Tess","Guidry","Head of Product","tess@amberlane.example","(305) 555-0119","Miami","United States",""),
           ("Sam","Roque","Ops","ops@amberlane.example","(305) 555-0120","Doral","United States",""),
           ("Nadia","Kerr","Bookkeeper","books@amberlane.example","(305) 555-0121","Miami","United States","")],
 recs=[
  O("2016-05-16","Amberlane - subscriptions + card","Closed Won",28000,"Premium profile subscriptions, weekly + monthly plans."),
  C("2016-06-02",2,"KYC docs","Sam uploaded articles of org, missing bank letter.","Bank letter rcvd 6/6. Approved.",typ="Onboarding",close_in=4),
  T("2016-06-20",1,"Kickoff call","Tess wants weekly billing + 'boost' purchases. Mostly mobile. Most premium buyers are profiles in FL, GA, TX.",who="am1"),
  N("2016-09-12","misc","Marco asked twice if we 'have a problem with adult'. Told him depends what, send me the ToS. Never sent it.",who="am1"),
  C("2017-01-23",0,"Turn off metadata in dashboard / reports","Marco wants listing title + description fields removed from charge metadata and our dashboard exports, aggregates only going forward. 'Privacy of our members.'","Spoke w/ Marco before changing. His words: listing titles are things like 'GFE 30 roses' and 'new girls every wk ask for Lina' and 'our last processor dropped us when their risk guy read those, I don't want your people reading them either'. Turned off metadata passthrough as requested, closed same day. - Ray (sup)",typ="Feature Request",close_in=0,k="key"),
  N("2017-01-24","re: metadata","FYI saw Ray's close note on the metadata case. Sounds like the directory is basically escort listings. Not my call, flagging to risk? -- AM",private=True,who="am1",k="ev"),
  T("2017-02-10",None,"Risk follow-up on Amberlane","Assigned to uw2 after AM flag. No notes entered.",status="Completed",who="uw2",k="ev"),
  O("2017-05-30","Amberlane - 2017 renewal","Closed Won",31000,"Renewal, same pricing, added boost bundles.",typ="Renewal",k="ev"),
  C("2017-11-08",2,"Boost bundles not charging on iOS","Receipts show $0 for 3-pack.","SDK version mismatch, they updated. Fixed.",typ="Problem",close_in=2),
  N("2018-04-16","call w/ Marco","Marco: after the news last week they're renaming the companion section to 'Dating - Premium', same profiles, 'the girls just repost under dating'. Asked whether we take crypto or can route some volume through a 3rd party so it isn't all under their name. Said no to routing, would check crypto.",who="am1",k="ev"),
  T("2018-04-19",0,"crypto question back to Marco","Product says no crypto acceptance on roadmap. Told Marco.",who="am1"),
  O("2018-06-01","Amberlane - 2018 renewal","Closed Won",33500,"Renewal.",typ="Renewal",k="ev"),
  C("2019-03-11",3,"1099-K address wrong","Nadia needs corrected 1099-K.","Reissued.",typ="Question",close_in=6),
 ],
 label="positive", kind="escort_platform",
 why="In Jan 2017 the founder explained that listing titles were escort offers and asked us to stop seeing them because a previous processor had dropped them; we complied, the risk follow-up was empty, and we renewed while they moved ads to 'dating' and asked about routing around us."))

# ---------------------------------------------------------------- Lotus Garden (illicit massage, slow)
ACCOUNTS.append(dict(
 name="Lotus Garden Wellness Group", industry="Health & Beauty", web="lotusgardenspa.example", phone="(713) 555-0164",
 street="9822 Bellaire Blvd Unit C", city="Houston", state="TX", zip="77036", country="United States",
 rev=900000, emp=9, owner="am3", created="2014-03-04", end="2018-09-30",
 desc="Massage / foot spa, 3 locations (Bellaire, Katy, Pasadena TX). Card terminals + dashboard.",
 contacts=[("Roy","Castell","Owner","roy.castell@lotusgardenspa.example","(713) 555-0165","Houston","United States","1966-01-19"),
           ("Mei","Sun","Manager - Bellaire","bellaire@lotusgardenspa.example","(713) 555-0166","Houston","United States",""),
           ("Debbie","Faulk","Bookkeeper (contract)","dfaulk@faulkbooks.example","(281) 555-0167","Katy","United States",""),
           ("Victor","Castell","Manager - Katy","katy@lotusgardenspa.example","(281) 555-0168","Katy","United States","")],
 recs=[
  O("2014-03-04","Lotus Garden - 3 terminals","Closed Won",7200,"3 countertop terminals, next-day payouts."),
  N("2014-03-20","onboarding","Hours 10a-2a 7 days. Mostly cash they said, card maybe 30%. Roy wants all 3 locations paying out to one acct. OK.",who="am3"),
  C("2014-08-12",1,"terminal offline Bellaire","Mei called, terminal wont connect.","Walked thru wifi reset. Resolved.",origin="Phone",typ="Problem",close_in=0),
  E("2015-02-17",1,"Terminal swap - Pasadena","Field tech visit to swap faulty unit. Tech notes: front windows papered over, buzzer door, had to wait 10 min to be let in. Manager didn't want tech past front desk.","Pasadena location",45,typ="Field Visit",who="sup3",k="ev"),
  N("2015-09-30","payout acct","Payout acct for all 3 locations is in name of 'Jin Holdings' - Roy says his 'partner'. Different person from the 3 location managers on the licenses. Docs ok-ish.",who="uw1",k="ev"),
  C("2016-01-05",2,"chargebacks x4","4 CBs 'unrecognized', all after midnight, $160-$200.","Submitted evidence. Won 1 of 4.",typ="Dispute",close_in=20),
  N("2016-08-22","Katy install - field tech","Katy location, 9:40pm install (they insisted on late). Two young women came out of back hallway w/ bedding and rice cooker, looks like people sleep there. One asked me in very broken english to 'call my cousin please' and showed a number, Victor took her phone and sent her to back. Victor paid me cash tip $50 I declined. Also place is listed on that review site w/ 'happy ending' posts, saw it on the guy's screen at front desk. Not comfortable going back. - Luis, field svc",who="sup3",k="key"),
  T("2016-08-23",None,"Escalate field tech note?","Luis' note from Katy forwarded to AM. AM: 'they pay on time, leave it'.",who="am3",k="ev"),
  O("2016-10-03","Lotus Garden - 4th location + mobile POS","Closed Won",4800,"Adding Spring TX location, 2 mobile readers.",typ="Existing Business",k="ev"),
  C("2017-03-14",0,"records request - HPD","Houston PD detective emailed asking for card transaction records for Pasadena + Katy locations, refers to human trafficking investigation.","Forwarded to legal; legal produced records under subpoena 3/29. Acct left active.",prio="High",origin="Email",typ="Legal",close_in=15,who="comp1",k="ev"),
  N("2017-12-01","renewal","Auto-renewed. Debbie asking for statements split per location for 'the lawyer'.",who="am3"),
  C("2018-09-12",2,"Close account","Debbie says Roy is 'unavailable' and the locations are closed, close all MIDs.","Closed all MIDs, final payout held 90 days per policy.",typ="Question",close_in=5),
 ],
 label="positive", kind="illicit_massage",
 why="Early signs (covered windows, buzzer entry, late hours, a third-party payee for all locations) were followed in Aug 2016 by our field tech seeing workers living on site, one asking for help and having her phone taken, and a sex-buyer review listing; we expanded the account anyway."))

# ---------------------------------------------------------------- Sunset Crest motel
ACCOUNTS.append(dict(
 name="Sunset Crest Motor Inn", industry="Hospitality", web="sunsetcrestinn.example", phone="(404) 555-0132",
 street="5110 Old National Hwy", city="College Park", state="GA", zip="30349", country="United States",
 rev=610000, emp=7, owner="am1", created="2012-08-07", end="2016-07-31",
 desc="48-room motel near airport. Front desk card acceptance, online booking widget, invoicing for weekly rates.",
 contacts=[("Harold","Pruitt","Owner","hpruitt@sunsetcrestinn.example","(404) 555-0133","College Park","United States","1958-07-30"),
           ("Tina","Marsh","Front desk mgr","frontdesk@sunsetcrestinn.example","(404) 555-0134","College Park","United States",""),
           ("Ken","Pruitt","Night manager","ken.p@sunsetcrestinn.example","(404) 555-0135","East Point","United States","")],
 recs=[
  O("2012-08-07","Sunset Crest - front desk + booking widget","Closed Won",5400,"1 terminal, booking widget, weekly invoices."),
  C("2012-09-18",1,"widget shows wrong tax","Hotel tax 8% should be 8% + $5 fee.","Config updated.",typ="Problem",close_in=1),
  N("2013-04-02","checkin","Harold asked for a 4-hour 'short stay' rate in the widget. Lots of motels do this. Added.",who="am1"),
  C("2013-11-21",2,"Same card many rooms","Ken asks why system flags when one card books 5-6 rooms same night. Our velocity rule.","Explained velocity rule; he asked to whitelist the card. Declined, told him to call risk.",origin="Phone",close_in=1,k="ev"),
  C("2014-06-10",0,"Police records request - Clayton Co","Detective emailed motel + us for booking records 5/28-6/3 re: missing 15 y/o recovered from room 112.","Legal responded w/ records 6/20. Motel cooperative per detective.",prio="High",typ="Legal",close_in=10,who="comp1",k="ev"),
  T("2014-09-03",0,"call w/ Harold - ID capture","Harold wants ID scan + guest name turned off for 'Tony's rooms'. Quote: 'Tony's people bring the girls in and out all night, he pays cash by the week for 5 rooms and tips the desk. After the police thing I don't want names in the system, it's my best business, don't mess it up for me.' Told him I'd check what's configurable.",who="am1",k="key"),
  C("2014-09-05",1,"Disable guest ID fields","Per AM, make guest name/ID optional for walk-ins.","Made optional. Done.",typ="Feature Request",close_in=0,k="ev"),
  O("2015-01-12","Sunset Crest - hourly rates module","Closed Won",1800,"Hourly rate plan + cash drawer reconciliation.",typ="Existing Business",k="ev"),
  C("2015-05-27",2,"statement missing May 1-3","Tina can't find settlement for May 1-3.","Holiday batch. Found, sent.",close_in=1),
  N("2016-02-18","news","Local news: Sunset Crest on county nuisance list, 3 prostitution arrests at the property in Jan. Harold says 'it's the guests not me'.",who="am1",k="ev"),
  O("2016-03-01","Sunset Crest - renewal 2016","Closed Won",5600,"Renewal.",typ="Renewal",k="ev"),
  C("2016-07-15",0,"Acct closed by owner","Harold closing; property sold.","Closed.",close_in=3),
 ],
 label="positive", kind="motel",
 why="After a minor was recovered from a room, the owner told our AM in Sept 2014 that a man's 'people' brought girls in all night on weekly cash rooms and asked us to stop capturing names; we did, and then sold an hourly-rate module."))

# ---------------------------------------------------------------- Meridian recruitment (French)
ACCOUNTS.append(dict(
 name="Meridian Global Staffing Partners", industry="Staffing", web="meridiangsp.example", phone="(816) 555-0147",
 street="220 W 12th St Ste 500", city="Kansas City", state="MO", zip="64105", country="United States",
 rev=4200000, emp=26, owner="am2", created="2017-02-06", end="2020-05-31",
 desc="International recruitment for hospitality & food processing. Invoicing + payouts.",
 contacts=[("Gerald","Ambrose","Managing Director","gambrose@meridiangsp.example","(816) 555-0148","Kansas City","United States","1969-09-09"),
           ("Yvette","Diallo","Recruitment Coordinator","ydiallo@meridiangsp.example","(816) 555-0149","Kansas City","United States",""),
           ("Brent","Kohl","Operations Manager","bkohl@meridiangsp.example","(816) 555-0150","Olathe","United States",""),
           ("Aminata","Keita","Worker (invoice recipient)","a.keita.work@mailbox.example","(816) 555-0151","Dodge City","United States",""),
           ("Patrice","Mbala","Worker (invoice recipient)","pmbala22@mailbox.example","(816) 555-0152","Dodge City","United States","")],
 recs=[
  O("2017-02-06","Meridian - invoicing + payouts","Closed Won",23000,"Invoice client sites, payouts to sub-agents abroad."),
  E("2017-02-22",2,"Onboarding session","Set up invoice templates. Brent also wants invoices to *workers* for 'placement + travel', weekly installments. Unusual but invoicing supports any payer.","Zoom",60,who="cs1",k="ev"),
  N("2017-03-08","invoice volume","~340 open invoices to individuals, $3,900-$4,800 each, label 'Recruitment, visa & travel - installment plan'. Auto-debit from payroll card. Hm.",who="cs1",k="ev"),
  C("2017-07-19",1,"payout to Lome bounced","Sub-agent payout returned by bank.","Wrong SWIFT. Corrected.",typ="Problem",close_in=2),
  C("2018-01-30",3,"question about my invoice","Invoice recipient replied to invoice email. Msg: \"Bonjour, je ne comprends pas cette facture. Ils ont gardé mon passeport à l'arrivée et disent que je dois encore 3 800 dollars, chaque semaine ils prennent presque tout le salaire pour le logement et la dette. Je ne peux pas partir. Aidez-moi s'il vous plaît.\"","Not our customer, she's the payer on Meridian's invoice. Forwarded to Brent (ops mgr) who said worker 'is confused about the payment plan, we'll explain'. Closed. - sup2",origin="Email",typ="Question",close_in=1,k="key"),
  C("2018-02-12",4,"Dispute: recruitment fee","Worker disputes weekly auto-debit, says in msg 'they keep our passports at the office and we have to pay for the trailer'.","Dispute routed to Meridian; merchant provided signed 'payment plan'. Closed in merchant's favour.",typ="Dispute",close_in=14,k="ev"),
  T("2018-02-14",1,"call Yvette re disputes","Yvette says passports are kept 'for safekeeping, standard'. Asked for docs, never rcvd.",who="am2",k="ev"),
  O("2018-06-04","Meridian - payroll deduction integration","Closed Won",16000,"Custom integration: pull installment directly from client-site payroll file before wages hit worker card.",typ="Existing Business",who="se1",k="ev"),
  N("2018-09-10","qbr","Volume up 40%. Placing ~120 workers/qtr at 2 meatpacking sites. Gerald happy w/ deduction feature.",who="am2"),
  C("2019-05-06",2,"API key rotation","Annual rotation.","Done.",close_in=0),
  O("2019-12-02","Meridian - renewal 2020","Closed Won",27000,"Renewal.",typ="Renewal",k="ev"),
  N("2020-05-14","DOL","Brent says DOL WHD opened an investigation at the Dodge City site, asked us to 'pause the worker invoices for now'.",who="am2",k="ev"),
 ],
 label="positive", kind="labour_recruitment",
 why="From Jan 2018 a worker billed through the customer's invoices told us in French her passport was held and her wages went to debt and housing so she could not leave; we closed it on the customer's word and then built a payroll-deduction integration."))

# ---------------------------------------------------------------- Glowroom cam
ACCOUNTS.append(dict(
 name="Glowroom Live Ltd", industry="Entertainment", web="glowroom.example", phone="+1 (646) 555-0109",
 street="75 Broad St Fl 17", city="New York", state="NY", zip="10004", country="United States",
 rev=11500000, emp=58, owner="am2", created="2016-01-25", end="2019-10-31",
 desc="Live-stream creator platform (adult). Performer onboarding via our KYC review product; tips + payouts.",
 contacts=[("Ilse","Varga","COO","ilse@glowroom.example","+1 (646) 555-0110","New York","United States","1983-12-01"),
           ("Jordan","Price","Head of Payments","jprice@glowroom.example","+1 (646) 555-0111","New York","United States",""),
           ("Camila","Rojas","Creator Support Lead","support-lead@glowroom.example","+1 (646) 555-0112","Bogota","Colombia",""),
           ("Piet","Hols","Engineering","piet@glowroom.example","+1 (646) 555-0113","Rotterdam","Netherlands","")],
 recs=[
  O("2016-01-25","Glowroom - KYC reviews + payouts","Closed Won",96000,"Performer ID + age verification (doc + selfie), payouts in 30 countries. MCC 5967 high risk pricing."),
  N("2016-02-15","underwriting","MCC 5967. Vol est $9M/yr. CB 1.4% (adult typical). Conditions: 100% performer ID+age verification through our KYC before first payout; monthly review.",who="uw1"),
  C("2016-10-04",3,"selfie match false negatives","Low-light selfies failing liveness.","Tuned threshold per their request within policy.",typ="Problem",close_in=5),
  N("2017-04-11","monthly review Apr","38% of payouts go to 12 'studio' accounts, each studio mgr onboarded 20-60 performers, studio uploads IDs on their behalf, payout goes to studio not performer. Jordan asked to make selfie step optional for studios. Declined for now.",who="uw1",k="ev"),
  T("2017-04-20",1,"Jordan call re studios","Jordan: 'studios are how we grow in LatAm + Eastern Europe, performers don't have bank accts, studio handles everything'.",who="am2"),
  C("2017-11-29",2,"Creator reports - forwarded in error?","Camila forwarded to our support by mistake a batch of 9 user reports saying a performer on studio 'Aurora Models' looks 14-15 and 'cries off camera'. Her note in Spanish: \"Ya le dije a Jordan, dice que no los mandemos a NCMEC, son trolls.\"","Told Camila these go to their T&S. No action on our side. Closed.",typ="Question",close_in=0,k="key"),
  C("2018-03-05",1,"Disable age verification for studio accounts","Jordan formally requests age/ID verification be turned off for all performers onboarded by studios: 'the studio attests, we don't need to re-verify, it's killing our conversion'. Also wants payouts continue to studio only.","Risk (uw1) recommended declining + offboarding review given Nov reports. Overruled by sales VP to keep acct; verification turned off for studio tier 3/5 under 'policy exception PE-118'.",prio="High",typ="Feature Request",close_in=0,who="uw1",k="ev"),
  O("2018-06-18","Glowroom - renewal + LatAm payouts","Closed Won",132000,"Renewal + local payouts MX/CO/BR.",typ="Renewal",k="ev"),
  C("2018-12-12",0,"Card network inquiry","Network sent inquiry re: alleged underage content on Glowroom.","Provided KYC records; studio-tier performers had no verification on file. Escalated to legal.",prio="High",typ="Legal",close_in=21,who="comp1",k="ev"),
  N("2019-10-02","offboarding","Network required termination. Acct closed eff 10/31.",who="uw1"),
 ],
 label="positive", kind="cam_platform",
 why="With a third of payouts going to studios controlling dozens of performers, in Nov 2017 we saw user reports of a performer who looked 14-15 and the customer's decision not to report to NCMEC; it then had us switch off age checks for studio performers under a policy exception and we renewed."))

# ---------------------------------------------------------------- Pinnacle Settle money service
ACCOUNTS.append(dict(
 name="Pinnacle Settle Inc.", industry="Financial Services", web="pinnaclesettle.example", phone="(480) 555-0190",
 street="8800 E Raintree Dr Ste 300", city="Scottsdale", state="AZ", zip="85260", country="United States",
 rev=3100000, emp=15, owner="am3", created="2015-09-14", end="2018-02-28",
 desc="Payment facilitator for small online businesses (consulting, marketing services). Sub-merchant onboarding via our platform.",
 contacts=[("Clay","Brennan","CEO","clay@pinnaclesettle.example","(480) 555-0191","Scottsdale","United States","1977-03-15"),
           ("Rhonda","Ives","Risk & Compliance","rives@pinnaclesettle.example","(480) 555-0192","Phoenix","United States",""),
           ("Dev","Mahal","Integrations","dev@pinnaclesettle.example","(480) 555-0193","Tempe","United States","")],
 recs=[
  O("2015-09-14","Pinnacle - PayFac program","Closed Won",58000,"Sub-merchant onboarding + split payouts."),
  N("2015-09-28","uw intake","Prior processor terminated them Aug 2015 'portfolio risk' - Clay vague. 84 sub-merchants, most 'consulting' MCC 7392. OK w/ monthly sub-merchant review.",who="uw2",k="ev"),
  C("2016-01-19",2,"bulk onboarding API limits","Dev hitting 429s onboarding 40 subs.","Raised limit.",typ="Problem",close_in=1),
  C("2016-04-07",0,"Hide sub-merchant URLs from reports","Clay asks that sub-merchant website URLs not be required / shown in our monthly review. 'Competitive info.'","Can't waive URL field, it's KYC. Declined.",typ="Feature Request",close_in=2,k="ev"),
  N("2016-05-23","monthly sub-merchant review - May","Ran the 112 sub-merchant URLs. 71 of them (e.g. 'JL Consulting', 'Brightline Mktg') resolve to or redirect to escort ad pages / 'companion' booking sites; several phone numbers repeat across 10+ sub-merchants in different cities; 19 were on the MATCH list from their prior processor. Volume to these = 64% of Pinnacle. Deposits are $20-$300 card sales from 14 states all sweeping to 3 payout accts. Looks like escort sites miscoded as consulting to get around the cutoff. Rec: terminate.",who="uw2",k="key"),
  T("2016-05-25",0,"call Clay re review","Clay: 'they're legit consultants, it's a marketing model'. Asked for 30 days to 'clean up'. AM agreed pending risk.",who="am3",k="ev"),
  N("2016-06-28","30-day follow-up","Sub URLs changed to blank landing pages, same phone numbers, same payout accts. Risk recommendation stands. AM requested exception; VP approved 90 days.",who="uw2",k="ev"),
  O("2016-09-01","Pinnacle - volume tier upgrade","Closed Won",21000,"Lower rate for >$3M/yr.",typ="Existing Business",k="ev"),
  C("2017-03-02",1,"FinCEN / bank inquiry","Sponsor bank asks about Pinnacle sub-merchants flagged in a law-enforcement 314(a)-type request.","Legal handled. Termination notice sent 1/2018.",prio="High",typ="Legal",close_in=30,who="comp1",k="ev"),
  N("2018-02-20","terminated","All sub-merchants off. Reserve held.",who="uw2"),
 ],
 label="positive", kind="money_service",
 why="Our own May 2016 sub-merchant review found most volume came from escort sites miscoded as consulting after another processor's cutoff, with shared phones and funnel payouts, yet the account was given an exception and a rate upgrade."))
