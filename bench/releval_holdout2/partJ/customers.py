# customer definitions for part J (exec'd by author.py)

# ======================================================================= POSITIVES
cust(label="positive", kind="escort_platform", kf="2015-08-03",
     why="Read with the CEO's remark that paid ads are almost all personals and the news that the previous acquirer dropped them, the 2015-08-03 request to disguise the MCC/descriptor because card brands object to 'adult personals' shows a classifieds site living off commercial-sex ads and dodging network rules.",
     name="Nightjar Listings LLC", industry="Media", web="https://www.nightjarlistings.example", phone="702-555-0143",
     street="3310 Paradise Park Rd Ste 220", city="Las Vegas", state="NV", zip="89109", rev=6400000, emp=38,
     desc="Online classifieds (personals, services, housing, jobs). Card processing for ad credits + SMS ad-expiry reminders.",
     created="2013-03-04", end="2018-04-20", products="pay,sms", n=24,
     contacts=[("Dmitri", "Valenko", "CFO"), ("Shay", "Corrigan", "Head of Product"), ("Lorna", "Pike", "Controller")],
     recs=[
        N("2013-03-12", "Underwriting summary", "Classifieds site, MCC 7311. 5 yrs operating, clean processing history w/ prior acquirer. Ad credits $5-$50. Approved w/ 5% rolling reserve 180d.", owner="risk"),
        N("2013-09-23", "Vol spike", "Monthly vol 3x forecast. ~78% of txns are $5-$12 credit buys, lots of prepaid cards. consistent w/ classifieds model i guess. monitor.", owner="risk"),
        C("2014-05-06", "CB ratio over 1%", "Chargeback ratio 1.1% in April, mostly 'unrecognized transaction'. Merchant says descriptor NIGHTJARLST confuses cardholders.", closed="2014-05-19", comments="Descriptor changed to NJL*ADCREDITS + phone. Ratio back under 0.8% in May.", owner="risk2", type_="Problem"),
        T("2015-02-17", "call w/ Dmitri - SMS upsell", "Pitching SMS reminders for ad expiry. Dmitri: housing + jobs are free, 'personals is basically 90%+ of what people pay for'. wants reminders to go out 1hr before personals ads expire so posters re-up. sending quote.", ev=True),
        O("2015-02-20", "Nightjar Listings LLC - SMS ad-expiry reminders", "Upsell", "Closed Won", 18000, "2015-03-31", "SMS reminders, ~400k msgs/mo"),
        N("2015-07-14", "FYI - volume moving to us", "Dmitri called: their other acquirer terminated them last wk ('card brands leaning on everyone w/ personals sections'). Wants to move 100% of volume to us asap, asks for reserve cut to 2%. told him risk has to review.", ev=True, owner="ae"),
        C("2015-08-03", "Descriptor + MCC change req", "Merchant asks MCC moved 7311 -> 5734 and descriptor to 'NJ SOFTWARE'. Dmitri email: \"the networks are being weird about adult personals, we just want to avoid the drama. we can also call them 'tokens' on the receipt.\" Needs approval before Aug 15 vol migration.", closed="2015-08-21", comments="Descriptor change approved as AE exception (NJ DIGITAL). MCC left at 7311 per risk. Reserve stays 5%. Vol migrated 8/18.", ev=True, owner="risk", prio="High", type_="Change Request"),
        O("2016-01-11", "Nightjar Listings LLC - Renewal 2016", "Renewal", "Closed Won", 42000, "2016-02-28", "renewed 2yr, full volume now w/ us"),
        T("2016-11-08", "SE call - rejected-ad texts", "Shay wants API flow: when a mod rejects a personals ad, auto-text poster w/ 'suggested wording that will pass'. wants us to host the template list. scoping.", owner="se"),
        E("2016-05-24", "Dinner w/ Dmitri + Shay", "Exec dinner. They want to launch personals in 40 more metros + wanted help w/ faster card approvals for 'repeat posters' (same cards, many ads a day). SE to follow up on velocity rule exceptions.", owner="ae", loc="Restaurant", dur=120),
        N("2017-01-12", "Dmitri re: Senate report", "Dmitri asked if we're 'going to be a problem' after the Senate classifieds report. Said their personals are 'dating' now. Told him no change planned, acct in good standing.", owner="ae"),
        C("2018-04-09", "Settlement batches failing", "All auth attempts declining since 4/6. Merchant domain shows a federal seizure banner.", closed="2018-04-20", comments="Acct closed by risk. Reserve held pending legal review. LE request rec'd 4/12, forwarded to legal.", owner="risk", prio="High", type_="Problem"),
     ])

cust(label="positive", kind="illicit_massage", kf="2015-10-21",
     why="The sheriff's subpoena of 2015-10-21 about trafficking at one of the customer's storefronts, read with the carrier-blocked 'young & sweet / VIP room open late' campaign, shows the spa chain itself was selling commercial sex.",
     name="Jade Lotus Wellness Group", industry="Personal Services", web="https://www.jadelotuswellness.example", phone="516-555-0188",
     street="88 Orchard Turnpike", city="Hempstead", state="NY", zip="11550", rev=2100000, emp=22,
     desc="Massage/spa, 4 storefronts on Long Island. Card-present MIDs + SMS appointment reminders & promos.",
     created="2014-02-10", products="pay,sms,cp", n=24,
     contacts=[("Kevin", "Zhou", "Owner"), ("Amy", "Lam", "Office Manager")],
     recs=[
        N("2014-02-18", "Onboarding", "4 locations, 4 MIDs under Jade Lotus Wellness Group. terminals shipped. SMS reminders for bookings. Owner Kevin, office mgr Amy does billing.", owner="csm"),
        T("2014-08-26", "Site visit loc #3 (new MID)", "New MID site check for Oak St location. windows papered over, buzzer entry, posted hrs 9am-2am. Amy said it's 'for privacy of clients'. ok to approve.", owner="risk2", type_="Other"),
        N("2015-03-30", "Txn review", "Avg ticket ~$60 but 40% of vol is 10pm-2am. Lots of tip amounts >100% of service. Cash-heavy biz probably. no action for now.", owner="risk"),
        C("2015-06-11", "Promo campaign blocked", "Carrier filter blocked promo to 2,100 subscribers. Text: \"New staff this week!! young & sweet, VIP room open late, ask for Lily\".", closed="2015-06-12", comments="Told Amy to drop 'young & sweet' + 'VIP room' wording, resubmitted as 'New hours' promo. delivered.", ev=True, owner="sup", type_="Problem"),
        C("2015-10-21", "Subpoena - Harlow Cnty Sheriff", "Subpoena duces tecum rec'd for card txns + SMS logs, Jade Lotus loc #2 (Merrick Ave), 1/1/15-10/1/15, 'in connection with an investigation of promoting prostitution and human trafficking at that address'. Deputy says 6 women were found living in the back rooms.", closed="2015-11-04", comments="Legal produced records 11/3. No acct action taken.", ev=True, owner="legal", prio="High", origin="Phone", type_="Legal"),
        T("2016-02-15", "MID ownership change", "Kevin wants loc #2 MID moved to new LLC, owner on paper = his aunt Mei Zhou. Same bank acct. processed.", owner="sup2", type_="Email"),
        O("2016-04-20", "Jade Lotus Wellness Group - Renewal 2016", "Renewal", "Closed Won", 9600, "2016-05-31", "renewed, added 5th location MID"),
        C("2016-08-02", "Promo campaign blocked again", "Carrier blocked: \"fresh new girls, open till 2, VIP upgrade\".", closed="2016-08-02", comments="Same as last yr, edited + resent.", owner="sup"),
     ])

cust(label="positive", kind="motel", kf="2016-03-14",
     why="The detective's 2016-03-14 call that a juvenile was recovered from a room rented in the pattern the CSM had already seen (men paying weekly cash for rooms 'for several girls') made it plain the motel was a venue it knowingly profited from.",
     name="Sunset Palms Motor Lodge", industry="Hospitality", web="https://www.sunsetpalmslodge.example", phone="661-555-0121",
     street="2901 Union Ave", city="Bakersfield", state="CA", zip="93305", rev=1300000, emp=14,
     desc="42-room independent motel off Hwy 99. Front-desk terminals + SMS room key-code / checkout texts.",
     created="2013-05-20", products="pay,sms,cp", n=23,
     contacts=[("Ravi", "Desai", "General Manager"), ("Connie", "Trujillo", "Front Desk Lead")],
     recs=[
        N("2013-05-28", "Onboarding", "2 terminals front desk, SMS key codes for late check-in. Ravi GM, owner lives in Fresno. Simple setup.", owner="csm"),
        N("2015-01-20", "Reviews", "While prepping renewal saw their public reviews: 'sketchy', 'people knocking all night', 'cops in lot'. Lots of budget motels get those. fyi only.", owner="ae"),
        C("2014-04-08", "CB cluster - short stays", "7 disputes in 2 wks. Same card charged for 2-hr stays up to 5x/day. Merchant sells 'day rates'.", closed="2014-04-22", comments="Ravi says day rates are for truckers + shift workers napping. Provided folios, won 5/7.", owner="risk2", type_="Problem"),
        N("2015-09-02", "CSM visit", "Visited for terminal swap. Lot busy midday, lots of foot traffic back bldg. Ravi: back bldg is 'long term', rooms paid weekly in cash by 'a couple of guys' who have several girls staying there. said they're quiet, no complaints. fyi", ev=True, owner="csm"),
        T("2016-03-14", "call from Det. Ruelas, BPD", "Vice det. called legal line asking for card/SMS records for rooms 14-19 back bldg. says a 15 y/o was recovered from rm 17 last wk, adults arrested. asked if we'd ever got complaints. routed to legal.", ev=True, owner="legal"),
        C("2016-06-07", "Turn off guest name in checkout SMS", "Ravi asks us to remove guest name + room field from the SMS log export + stop keeping logs >7 days. \"cops keep asking for it, bad for business\".", closed="2016-06-20", comments="Retention set to 7 days for this acct (config exception). Name field still required.", owner="sup", type_="Change Request"),
        C("2018-02-12", "Subpoena - Kern Cnty DA", "DA subpoena for txns on 9 cards used at Sunset Palms 2016-2017, case caption re: pimping + trafficking of minors.", closed="2018-03-01", comments="Produced. Acct still open.", owner="legal", type_="Legal"),
        O("2017-01-09", "Sunset Palms Motor Lodge - Renewal 2017", "Renewal", "Closed Won", 4800, "2017-02-15", "renewed as-is"),
     ])

cust(label="positive", kind="labour_recruitment", kf="2015-04-27",
     why="The worker's Spanish message quoted in the 2015-04-27 routing case (fee paid, employer still holds his passport, housing taken out of pay) on top of the recruitment-fee payment links shows a recruiter running debt bondage through our services.",
     name="Horizonte Talent Partners", industry="Staffing & Recruiting", web="https://www.horizontetalent.example", phone="713-555-0166",
     street="1450 Gessner Dr Ste 300", city="Houston", state="TX", zip="77080", rev=3800000, emp=17,
     desc="Recruits workers from MX/GT for hospitality + landscaping clients. SMS API for worker comms; payment links for 'processing fees'.",
     created="2014-06-02", products="pay,sms", n=24,
     contacts=[("Raul", "Ferrante", "Director of Operations"), ("Gloria", "Menchaca", "Recruitment Coordinator"), ("Dan", "Ostrow", "IT Contractor")],
     recs=[
        N("2014-06-10", "Onboarding notes", "Payment links for 'worker processing fee' ($1,800, payable in installments) + SMS to workers in Spanish. Raul says fee covers visa + travel. approved, low vol.", ev=True, owner="csm"),
        T("2014-11-12", "payment link question", "Raul asked if the fee links can be paid by the client employer and 'taken back out of the worker's check'. told him that's between them and the employer, our link just takes a card.", owner="ae"),
        C("2015-04-27", "Inbound SMS not routing", "Inbound replies on 2 long codes not reaching their webhook. Sample inbound msgs pulled for debugging, e.g. from +52 sender: \"Señor ya pagué la cuota completa pero el patrón todavía tiene mi pasaporte y nos descuentan la casa de la paga, ¿cuándo me lo devuelven?\"", closed="2015-04-29", comments="Webhook URL had trailing space. fixed. inbound flowing.", ev=True, owner="sup2", type_="Problem"),
        T("2016-01-19", "STOP opt-out", "Gloria asked if we can disable STOP for their worker numbers. 'they can't just opt out, they still owe the fee'. told her no, compliance req.", owner="sup"),
        O("2016-03-01", "Horizonte Talent Partners - Renewal 2016", "Renewal", "Closed Won", 12000, "2016-04-15", "renewed + 2 more long codes"),
        C("2018-08-21", "TX AG CID", "TX AG civil investigative demand for payment link + SMS records re Horizonte's 'recruitment fee practices'.", closed="2018-09-20", comments="Produced via legal.", owner="legal", type_="Legal"),
        N("2017-05-16", "Payment link usage", "Fee links now ~600 active payers, $50/wk installments. 'ok'.", owner="risk"),
     ])

cust(label="positive", kind="cam_platform", kf="2016-09-12",
     why="After the customer dropped ID checks for performers, the 2016-09-12 dispute letter reporting a 15-year-old streaming on the site made it knowable that minors were being exploited on the platform.",
     name="GlowCam Studios Inc.", industry="Entertainment", web="https://www.glowcamstudios.example", phone="305-555-0172",
     street="701 Brickell Key Blvd Fl 9", city="Miami", state="FL", zip="33131", rev=9200000, emp=45,
     desc="Live-streaming 'creator' site, token purchases (MCC 5967) and performer payouts.",
     created="2015-03-16", products="pay", n=24,
     contacts=[("Lucas", "Ferreira", "COO"), ("Natasha", "Bliss", "Payments Lead"), ("Omar", "Sadiq", "CTO")],
     recs=[
        N("2015-03-25", "Underwriting", "MCC 5967, high risk. Performer KYC via 3rd party ID + selfie vendor, 2257 records kept per COO. 10% reserve. approved.", owner="risk"),
        T("2016-04-04", "product call - onboarding friction", "Lucas wants to drop the ID vendor: 'too slow, we lose 40% of signups'. new flow = checkbox 'I am 18+' + payout info only. asked if that affects our approval. told him I'd check w/ risk.", ev=True, owner="ae"),
        N("2016-04-11", "re: KYC change", "Risk said policy requires performer age verification. Lucas says they'll 'spot check'. AE ok'd to keep going, no written change.", owner="risk2"),
        C("2016-09-12", "Dispute #448213 - cardholder letter", "Cardholder letter attached to dispute: \"My son used my card for tokens on this site. Also one of the 'models' he paid is a girl from his school. She is 15.\"", closed="2016-10-03", comments="Friendly fraud, cardholder's minor used card. Represented w/ IP + device logs, won.", ev=True, owner="risk2", type_="Problem"),
        N("2017-02-20", "Payout review", "One payee acct ('Starlight Media') receives payouts for 23 performer profiles. Lucas: 'studio' that manages talent. fine per contract.", owner="risk"),
        C("2017-06-06", "Turn off payout name match", "Natasha asks to disable name-match between performer profile and payout account.", closed="2017-06-14", comments="Disabled per AE exception.", owner="sup"),
        O("2017-09-05", "GlowCam Studios Inc. - Renewal + reserve cut", "Renewal", "Closed Won", 64000, "2017-10-31", "renewed, reserve cut to 7%"),
     ])

cust(label="positive", kind="money_service", kf="2015-09-14",
     why="Following the funnel-pattern alert and the HSI subpoena, the 2015-09-14 call in which the MSB's own compliance officer said the owner barred SARs and split sends for the same sender shows the MSB knowingly moving trafficking proceeds.",
     name="Pronto Envios MSB LLC", industry="Financial Services", web="https://www.prontoenvios.example", phone="602-555-0139",
     street="4120 N 35th Ave", city="Phoenix", state="AZ", zip="85017", rev=5500000, emp=31,
     desc="Licensed money transmitter, 14 agent counters in AZ/NV. Card-funded sends + SMS pickup codes.",
     created="2014-01-21", products="pay,sms", n=24,
     contacts=[("Hector", "Zamudio", "Owner/President"), ("Beatriz", "Olmos", "Compliance Officer"), ("Ken", "Wu", "IT")],
     recs=[
        N("2014-01-29", "Underwriting", "MSB, state licensed AZ/NV, FinCEN registered. BSA officer = Beatriz. SMS pickup codes. Approved w/ txn monitoring on card loads.", owner="risk"),
        N("2015-01-22", "TM alert 15-0114", "Cluster: 41 cards (mostly women's names, 6 states) loading $900-$990 each into sends to 2 receivers in Phoenix. Hector: 'family remittances, it's a big family'. closed w/ explanation.", ev=True, owner="risk2"),
        C("2015-06-18", "HSI admin subpoena", "HSI subpoena for records re sender 'J. Arvizu' and the 2 receivers. Case agent mentions sex trafficking investigation. Records for 6/2014-6/2015.", closed="2015-07-02", comments="Produced. Did not contact merchant per LE request.", ev=True, owner="legal", prio="High", type_="Legal"),
        T("2015-09-14", "call w/ Beatriz (compliance)", "Routine annual BSA questionnaire call. off the record-ish she said Hector told her not to file SARs on Arvizu's group b/c he's their biggest sender and the agents split his sends under $1k at diff counters 'like always' so no ID needed. she seemed upset. escalated to risk.", ev=True, owner="risk"),
        N("2015-09-30", "Escalation outcome", "Discussed in risk cmte. decision: keep acct, add monthly review. no SAR from our side recorded.", owner="risk"),
        N("2016-01-25", "Sponsor bank", "Their sponsor bank exited them (Jan). Hector asks to route settlement to new bank in NV. approved.", owner="ae"),
        O("2016-03-10", "Pronto Envios MSB LLC - Renewal 2016", "Renewal", "Closed Won", 21000, "2016-04-30", "renewed"),
     ])

cust(label="positive", kind="domestic_work", kf="2017-05-09",
     why="The only red flag, a Brazilian housekeeper's Portuguese reply quoted in the 2017-05-09 closing comment (employer keeps her passport, she owes $6k for the ticket, cannot leave) plus the owner's 'standard, all our girls pay off the ticket' answer, shows the agency runs debt bondage.",
     name="Maple & Rose Household Staffing", industry="Consumer Services", web="https://www.maplerosestaffing.example", phone="973-555-0194",
     street="210 Ferry St", city="Newark", state="NJ", zip="07105", rev=900000, emp=8,
     desc="Places nannies/housekeepers with families in NJ/NY. Card payments for placement fees; SMS to workers + families.",
     created="2015-08-03", products="pay,sms", n=22,
     contacts=[("Sandra", "Bellini", "Owner"), ("Joyce", "Amaral", "Placement Coordinator")],
     recs=[
        N("2015-08-11", "Onboarding", "Families pay $1,500 placement fee by card. SMS for schedule reminders to workers (PT + EN). Low risk.", owner="csm"),
        C("2017-05-02", "SMS not delivering to some worker #s", "Approx 12 worker numbers failing since last wk.", closed="2017-05-09", comments="Numbers had been ported to a prepaid carrier, re-enabled. One worker replied to the test msg: \"Não posso sair da casa, a patroa guardou meu passaporte e diz que eu devo 6 mil pela passagem\". Asked Sandra if they want to follow up; she said it's standard, 'all our girls pay off the ticket the first year', ignore it. closing.", ev="closed", owner="sup2", type_="Problem"),
        O("2018-01-15", "Maple & Rose Household Staffing - Renewal 2018", "Renewal", "Closed Won", 4800, "2018-02-28", "renewed"),
     ])

cust(label="positive", kind="agriculture", kf="2016-02-09",
     why="The 2016-02-09 worker call saying the crew boss keeps every payroll card and PIN and charges transport and housing debt, on top of cards shipped to the crew leader and same-ATM same-hour cash-outs, made forced labour knowable.",
     name="Campo Sur Farm Labor Contractors", industry="Agriculture", web="https://www.camposurflc.example", phone="928-555-0117",
     street="1875 E 16th St", city="Yuma", state="AZ", zip="85365", rev=7300000, emp=240,
     desc="Farm labor contractor (lettuce/melons), H-2A crews. Payroll card program + SMS crew notices.",
     created="2014-09-15", products="pay,sms,payroll", n=24,
     contacts=[("Armando", "Villaseñor", "Owner"), ("Tina", "Galvez", "Payroll Admin")],
     recs=[
        N("2014-09-22", "Payroll card setup", "~210 payroll cards for H-2A crew. SMS in Spanish for shift notices. Tina runs payroll weekly.", owner="csm"),
        C("2015-03-10", "Ship all cards to one address", "Tina asks all replacement + new card mailers ship to crew leader's address (Rancho San Isidro housing) b/c 'workers move around'.", closed="2015-03-11", comments="Updated ship-to for program.", ev=True, owner="sup"),
        N("2015-08-17", "Card activity", "180 of 210 cards fully withdrawn same ATM (convenience store nr housing) within 2 hrs of each payroll load. could be workers cashing out together? fyi", ev=True, owner="risk2"),
        T("2016-02-09", "Inbound call - cardholder", "Worker called support (Spanish, transl. by agent): \"El mayordomo tiene todas las tarjetas y los PIN. Nos da 50 dólares a la semana y dice que debemos el transporte y la vivienda. No podemos irnos.\" Caller hung up before giving name.", ev=True, owner="sup2"),
        C("2016-05-23", "DOL WHD records request", "US DOL Wage & Hour requests payroll card load + withdrawal data for Campo Sur 2015 season.", closed="2016-06-10", comments="Produced via legal.", owner="legal", type_="Legal"),
        O("2016-09-01", "Campo Sur Farm Labor Contractors - Renewal 2016", "Renewal", "Closed Won", 15000, "2016-10-15", "renewed, +40 cards"),
     ])

cust(label="positive", kind="review_board", kf="2016-04-18",
     why="On the very first discovery call (2016-04-18) the SE learned the subscription forum is a sex-buyer review board rating escorts and massage parlours, and the customer wanted alerts to grow it.",
     name="Hobbyist Ledger Media", industry="Internet", web="https://www.hobbyistledger.example", phone="480-555-0150",
     street="9201 E Mountain View Rd Ste 110", city="Scottsdale", state="AZ", zip="85258", rev=1100000, emp=6,
     desc="Online membership forum ('leisure reviews'), premium subscriptions $29.99/mo. Recurring billing + SMS alerts.",
     created="2016-03-28", products="pay,sms", n=21,
     contacts=[("Brent", "Hollister", "Founder"), ("Gail", "Swanson", "Bookkeeper")],
     recs=[
        E("2016-04-18", "Discovery - SMS alerts", "Brent walked us thru the site. members post reviews of 'providers' (escorts + AMP spas) w/ ratings for looks, 'GFE', 'extras', age guess. wants SMS alert when a new provider gets reviewed in a member's city + 'new girl' tag. ~9k paying members. scope SMS alerts.", ev=True, owner="se"),
        O("2016-04-25", "Hobbyist Ledger Media - SMS alerts", "New Business", "Closed Won", 7200, "2016-05-20", "SMS alerts by city"),
        C("2017-03-14", "Keyword list for alerts", "Brent asks SE to help build filter so alert texts swap 'young', 'teen', 'new to the game' for emoji b/c carriers block them.", closed="2017-03-30", comments="SE provided regex template. done.", owner="se", type_="Feature Request"),
        O("2018-04-16", "Hobbyist Ledger Media - Renewal 2018", "Renewal", "Closed Won", 7200, "2018-05-30", "renewed"),
     ])

cust(label="positive", kind="straw_owner", kf="2017-03-08",
     why="Three massage MIDs under different owners already shared one settlement account; on 2017-03-08 the named owner of one admitted in French she was only the name on the papers, that another man ran everything and the women lived upstairs.",
     name="Golden Orchid Spa LLC", industry="Personal Services", web="https://www.goldenorchidspa.example", phone="713-555-0129",
     street="9600 Bellaire Blvd Ste 140", city="Houston", state="TX", zip="77036", rev=750000, emp=9,
     desc="Massage spa + 2 affiliated locations boarded 2016 under separate owners. Card-present MIDs.",
     created="2015-11-09", products="pay,cp", n=23,
     contacts=[("Minh", "Tran", "Manager"), ("Claire", "Nguyen", "Owner (Loc B)"), ("Hoa", "Pham", "Owner (Loc C)")],
     recs=[
        N("2016-05-12", "New MIDs Loc B + C", "Boarded 2 more spas, owners Claire Nguyen (B) + Hoa Pham (C). Both settle to same Chase acct ending 4471 as main MID. Minh says it's a mgmt company. ok.", ev=True, owner="risk2"),
        N("2016-09-19", "Txn pattern", "All 3 MIDs: ~half of vol after 9pm, round-dollar $100/$160/$200 tickets. typical for spas? no action.", owner="risk2"),
        T("2016-11-02", "AE note", "Minh wants one login for all 3 MIDs + statements emailed to him. set up.", owner="ae", type_="Email"),
        T("2017-03-08", "KYC re-verify - Loc B owner", "Annual KYC call to Claire Nguyen (owner of record, Loc B). she speaks mostly French: \"Je ne suis que le nom sur les papiers, c'est M. Tran qui s'occupe de tout. Les filles habitent à l'étage, je ne sais pas combien on les paie.\" Said she lives in Montreal. Verified DOB + SSN last4 anyway.", ev=True, owner="risk"),
        O("2017-06-12", "Golden Orchid Spa LLC - 4th location", "Upsell", "Closed Won", 3600, "2017-07-15", "new MID, owner of record = Pham's sister"),
     ])

cust(label="positive", kind="escort_platform", kf="2017-03-02",
     why="Carrier blocks of 'roses' pricing were ambiguous, but the 2017-03-02 request to build a filter rewriting 'teen'/'barely legal' so advertisers' texts slip past carriers shows a chat line selling commercial sex, including youth-coded ads.",
     name="TextMingle Inc.", industry="Internet", web="https://www.textmingle.example", phone="404-555-0177",
     street="1100 Peachtree St NE Ste 900", city="Atlanta", state="GA", zip="30309", rev=2600000, emp=12,
     desc="'Flirt chat' / dating SMS service. Advertisers buy keyword campaigns; users pay by card.",
     created="2015-05-04", products="pay,sms", n=24,
     contacts=[("Jerome", "Batts", "CEO"), ("Kelsey", "Marr", "Ops Manager")],
     recs=[
        N("2015-05-13", "Onboarding", "SMS chat + card billing for premium chat credits. 'Advertisers' = 'local singles and hosts'. Short code app approved by carriers for dating.", owner="csm"),
        C("2016-06-20", "Carrier filtering", "Carrier filtered ~8% of MT msgs for keywords '150 roses', 'donation', 'incall'.", closed="2016-06-28", comments="Told Kelsey those terms trip carrier filters, adjust copy. closed.", owner="sup"),
        C("2017-03-02", "Help w/ pre-send filter", "Jerome asks SE to build pre-send rewrite: replace 'teen', 'young', 'barely legal', 'new girl' w/ emoji or 'fresh' so 'our advertisers' ads get through carriers. 'they're paying us for reach'. Wants it live by April.", closed="2017-04-12", comments="SE built rewrite map in their account's content rules. live 4/10.", ev=True, owner="se", type_="Feature Request"),
        O("2017-05-01", "TextMingle Inc. - Expansion 2M msgs", "Upsell", "Closed Won", 30000, "2017-06-15", "moved to 2M tier"),
        N("2018-04-17", "post-FOSTA", "Jerome says they're 'moving advertisers to a new dating category'. no change to our contract.", owner="ae"),
     ])

cust(label="positive", kind="escort_agency", kf="2017-07-10",
     why="T&S had found the rented numbers in personal ads across nine cities; on 2017-07-10 the owner said he manages 'the girls' bookings' and holds their phones while asking for Houston numbers, making an escort/trafficking operation knowable.",
     name="Bluewire Lead Gen LLC", industry="Marketing", web="https://www.bluewireleads.example", phone="678-555-0108",
     street="5805 Roswell Rd Ste 4", city="Sandy Springs", state="GA", zip="30328", rev=600000, emp=4,
     desc="Lead generation for 'home services'. Rents ~300 long codes from us.",
     created="2016-02-22", products="sms", n=22,
     contacts=[("Tyrell", "Gaines", "Owner"), ("Monique", "Starks", "Assistant")],
     recs=[
        N("2016-03-01", "Onboarding", "Number rental, 300 local #s in GA/NC/TN/SC. use case 'call tracking for home services'. prepaid.", owner="csm"),
        C("2017-01-24", "Spam complaint", "Carrier forwarded spam complaints on 6 numbers.", closed="2017-02-01", comments="Cust says numbers were reassigned to new campaign. no further complaints.", owner="sup"),
        N("2017-06-26", "T&S sweep", "Routine sweep: 42 of Bluewire's rented #s appear in online 'personals' ads in 9 cities (ATL, CLT, Nashville, Memphis, Charleston...) within 2 wks, same # under different names + ages. Asked cust for explanation.", ev=True, owner="risk"),
        T("2017-07-10", "re: more #s", "Tyrell called back re T&S question + wants 50 more numbers, Houston area codes. said he 'manages bookings for the girls', they 'don't have phones of their own so I keep them'. numbers are so clients can't reach them directly. told him I'd check w/ risk on the 50.", ev=True, owner="ae"),
        N("2017-07-21", "Decision", "50 #s approved pending 'use case update'. no response yet.", owner="risk2"),
     ])

cust(label="positive", kind="payments_miscoding", kf="2016-08-15",
     why="The 2016-08-15 test-transaction finding that a sub-merchant sold escort ad placement under a software descriptor, with the ISO's CEO answering 'we know what they are' and asking to re-board them under a new MID, shows the ISO knowingly processing for commercial sex.",
     name="Crestline Payment Services", industry="Financial Services", web="https://www.crestlinepay.example", phone="954-555-0115",
     street="200 E Las Olas Blvd Ste 1600", city="Fort Lauderdale", state="FL", zip="33301", rev=14000000, emp=55,
     desc="ISO / payment facilitator, ~900 sub-merchants (SaaS, dating/social, nutraceuticals).",
     created="2014-04-14", products="pay", n=24,
     contacts=[("Gavin", "Roarke", "CEO"), ("Elena", "Soto", "Risk Manager"), ("Paul", "Dunmore", "Partner Ops")],
     recs=[
        N("2014-04-28", "ISO agreement", "Payfac model. Crestline does sub-merchant KYC + monitoring; we do portfolio reviews quarterly.", owner="risk"),
        N("2015-10-05", "Q3 portfolio review", "12 'dating/social' sub-merchants w/ CB ratios 1.5-3%. Elena says they're on remediation plans.", owner="risk2"),
        C("2016-02-16", "Network excessive CB notice - HeartSync Media", "Network notice: sub-merchant HeartSync Media in excessive chargeback program 2nd month.", closed="2016-03-30", comments="Crestline terminated HeartSync. closed.", owner="risk2", type_="Problem"),
        C("2016-08-15", "Test txn finding - 'Amour Social'", "Our test buy on sub-merchant Amour Social (descriptor AMOUR SOFTWARE, MCC 5734): site sells 'featured placement' for escort ads, 'incall/outcall', 'new girls daily'. Sent to Crestline. Gavin replied: \"we know what they are, they're our best payers. just let us re-board them under a new MID as software and we'll keep CBs down.\"", closed="2016-09-09", comments="Crestline closed Amour Social's MID. New sub-merchant 'AS Digital Tools' boarded 9/2 by Crestline; not reviewed by us.", ev=True, owner="risk", prio="High", type_="Compliance"),
        T("2016-09-20", "Reporting request", "Paul asks we stop requesting sub-merchant URLs in quarterly reviews, send 'aggregate only' data. said I'd ask.", owner="ae", type_="Email"),
        O("2017-01-17", "Crestline Payment Services - Renewal 2017", "Renewal", "Closed Won", 120000, "2017-03-01", "renewed, aggregate-only reporting agreed"),
     ])

cust(label="positive", kind="construction", kf="2017-04-03",
     why="The first real red flag, the 2017-04-03 HSI subpoena naming the owner in a forced-labour investigation, read with the housing and transport deductions on the payroll cards, made it knowable.",
     name="Ironbridge Framing & Drywall", industry="Construction", web="https://www.ironbridgeframing.example", phone="214-555-0136",
     street="3820 Irving Blvd", city="Dallas", state="TX", zip="75247", rev=8800000, emp=160,
     desc="Framing/drywall subcontractor. Payroll cards + SMS jobsite notices.",
     created="2015-06-08", products="pay,sms,payroll", n=23,
     contacts=[("Dale", "Karnes", "Owner"), ("Rosa", "Elizondo", "Office Manager")],
     recs=[
        N("2015-06-15", "Payroll card go-live", "~150 workers on cards. weekly loads. SMS jobsite start times. Rosa admin.", owner="csm"),
        N("2016-07-11", "Deductions feature", "Rosa uses the deduction feature heavily: most cards load ~$1,100 gross then -$400 'housing' -$250 'transport' -$150 'tools'. odd but allowed.", ev=True, owner="csm"),
        C("2016-11-15", "Cardholder balance question", "2 workers called saying card balance lower than what crew boss told them. Spanish speakers.", closed="2016-11-15", comments="Explained deductions are set by employer, told them to ask Rosa.", owner="sup2"),
        C("2017-04-03", "HSI subpoena", "HSI subpoena: payroll card + SMS records for Ironbridge, 2015-present, 'investigation of forced labor and harboring' re owner Dale Karnes.", closed="2017-04-24", comments="Produced via legal 4/21.", ev=True, owner="legal", prio="High", type_="Legal"),
        N("2017-09-18", "Owner change", "Rosa says Dale 'stepped back'; his wife Trish now owner of record. same bank, same crews. updated KYC.", owner="risk2"),
        O("2017-10-02", "Ironbridge Framing & Drywall - Renewal", "Renewal", "Closed Won", 14400, "2017-11-15", "renewed"),
     ])

# ======================================================================= HARD NEGATIVES
cust(label="negative", kind="hard:payments_offboards_merchants",
     why="A payfac whose own risk team finds and terminates sub-merchants selling escort ads; it is the detector, not the wrongdoer.",
     name="Ledgerly Pay Inc.", industry="Financial Services", web="https://www.ledgerlypay.example", phone="415-555-0160",
     street="600 Townsend St Ste 220", city="San Francisco", state="CA", zip="94103", rev=22000000, emp=120,
     desc="Payment facilitator for SMB SaaS + marketplaces.",
     created="2013-10-07", products="pay", n=24,
     contacts=[("Nadia", "Ferris", "Head of Risk"), ("Colin", "Yates", "VP Partnerships")],
     recs=[
        N("2015-07-20", "Ledgerly risk update", "Nadia: their crawler flagged 14 sub-merchants w/ escort ads behind 'dating' storefronts. All 14 terminated, funds held, reported to sponsor bank. asked if we want the list for our blocklist - yes.", owner="risk"),
        T("2015-07-21", "fw: Nadia quote for case study", "Marketing wants to quote Nadia: \"we'd rather eat the chargebacks than keep one escort merchant on our books\". she approved.", owner="csm", type_="Email"),
        T("2016-02-03", "MCC 7273 screening docs", "Nadia asked for our MCC 7273/5967 screening checklist, they're updating theirs. sent.", owner="risk2", type_="Email"),
        C("2017-05-11", "Sub-merchant termination data", "Ledgerly wants a bulk endpoint to flag terminated sub-merchants ('human trafficking indicators', 'adult', 'fraud') so we can sync to MATCH.", closed="2017-06-20", comments="Shipped reason-code field on sub-merchant close API.", owner="se", type_="Feature Request"),
        N("2018-09-04", "FYI", "They filed SARs on 3 sub-merchants after a massage-parlor ring used them; Ledgerly cut them off same day. No exposure on our side.", owner="risk"),
     ])

cust(label="negative", kind="hard:payments_offboards_merchants",
     why="A handmade-goods marketplace that delists sellers using listings as fronts for sexual services and reports them.",
     name="Stitchwell Market", industry="Retail", web="https://www.stitchwellmarket.example", phone="503-555-0191",
     street="1220 NW Marshall St", city="Portland", state="OR", zip="97209", rev=12500000, emp=64,
     desc="Online marketplace for handmade goods. Split payments to sellers + SMS order notices.",
     created="2014-02-24", products="pay,sms", n=23,
     contacts=[("Hannah", "Voss", "Trust & Safety Lead"), ("Raj", "Menon", "Payments PM")],
     recs=[
        C("2016-10-05", "Seller payouts frozen?", "Hannah froze payouts on 9 seller accts, asks how to hold funds 180d.", closed="2016-10-07", comments="Those sellers listed 'massage sessions' + 'companion time' disguised as crafts. Stitchwell kicked them off + reported to NCMEC tipline. Showed how to use payout holds.", owner="sup"),
        T("2017-03-22", "T&S sync", "Hannah says seller-side escort/trafficking listings are <0.05% of listings, all delisted in <24h. want our fraud signals API for sellers.", owner="csm"),
        E("2018-05-09", "QBR", "QBR. GMV +22%. T&S team doubled after FOSTA, they proactively delisted a few 'companion' sellers. no impact on us.", owner="csm"),
     ])

cust(label="negative", kind="hard:payments_offboards_merchants",
     why="A money transmitter that filed a SAR on a structuring sender, closed him out and supports law enforcement; the MSB is the reporter.",
     name="Norte Money Transfer Co.", industry="Financial Services", web="https://www.nortemoney.example", phone="915-555-0124",
     street="5000 Montana Ave", city="El Paso", state="TX", zip="79903", rev=4100000, emp=26,
     desc="Licensed MSB in TX/NM. Card-funded sends + SMS receipts.",
     created="2014-07-08", products="pay,sms", n=23,
     contacts=[("Lupe", "Arreola", "BSA/AML Officer"), ("Victor", "Cano", "GM")],
     recs=[
        N("2015-11-17", "Lupe - SAR", "Lupe: their TM caught a sender splitting $9k into $900 sends across 5 agents, recipients tied to ads for 'massage' in 3 states. Norte filed a SAR, closed him, called HSI. Asked if our card data shows same cards elsewhere - told her go thru legal.", owner="risk"),
        C("2015-12-01", "LE request (FYI from customer)", "HSI may contact us re Norte's SAR subject.", closed="2016-01-15", comments="Subpoena rec'd 1/8 re Norte's (former) end customer, produced. Norte not a subject.", owner="legal", type_="Legal"),
        T("2017-04-10", "BSA audit", "Norte passed independent BSA audit, sent us copy. no findings.", owner="risk2", type_="Email"),
     ])

cust(label="negative", kind="hard:payments_offboards_merchants",
     why="An ISO that MATCH-listed and cut off a merchant after finding workers housed on site; it took action against the wrongdoer.",
     name="Keystone Merchant Group", industry="Financial Services", web="https://www.keystonemerchant.example", phone="610-555-0147",
     street="1000 W 9th Ave", city="King of Prussia", state="PA", zip="19406", rev=9400000, emp=41,
     desc="ISO reselling our processing to restaurants, salons, retail.",
     created="2013-06-17", products="pay", n=23,
     contacts=[("Brian", "Kessler", "President"), ("Tanya", "Oduya", "Underwriting Mgr")],
     recs=[
        C("2016-08-29", "MATCH add - 'Lucky Star Spa'", "Keystone requests we MATCH-list merchant Lucky Star Spa. Their site visit found cots in back room + workers said they live there; Keystone called local PD.", closed="2016-09-02", comments="Added to MATCH (reason 12). MID closed, funds held. Keystone cooperating w/ PD.", owner="risk", type_="Compliance"),
        T("2016-09-06", "call w/ Tanya", "Tanya: 'we cut them off the day we saw it'. They're adding a spa site-visit checklist (covered windows, lock-in doors, living quarters). asked for our input.", owner="risk2"),
        E("2017-02-14", "Portfolio review", "Q4 review clean. no excessive CB merchants. Keystone declined 3 spa apps on site visit.", owner="risk2"),
     ])

cust(label="negative", kind="hard:ngo",
     why="An anti-trafficking text hotline; messages about passports and minors come from survivors it serves.",
     name="SafeHarbor Textline", industry="Non-Profit", web="https://www.safeharbortext.example", phone="202-555-0183",
     street="1400 K St NW Ste 500", city="Washington", state="DC", zip="20005", rev=1800000, emp=19, type="Customer - Nonprofit",
     desc="24/7 anti-trafficking text hotline (short code) + online donations.",
     created="2014-11-03", products="pay,sms,np", n=24,
     contacts=[("Imani", "Roberts", "Executive Director"), ("Sofia", "Reyes", "Hotline Supervisor"), ("Glen", "Marsh", "IT Volunteer")],
     recs=[
        N("2014-11-12", "Nonprofit pricing", "50% nonprofit discount on short code. Donations via card. Intake scripts ask re: ID held by someone else, debts owed, whether caller is under 18.", owner="ae"),
        C("2015-07-08", "Keyword auto-reply in ES/FR", "Need auto-replies in Spanish + French. Example inbound they see: \"mi jefe tiene mi pasaporte, no me deja salir\". want keyword routing to Spanish advocates.", closed="2015-07-20", comments="Configured language routing (ES/FR).", owner="se", type_="Feature Request"),
        C("2016-03-02", "Subpoena for texter records", "Defense attorney subpoena for texter's msgs in a trafficking trial. SafeHarbor asks us not to produce w/o their counsel.", closed="2016-04-01", comments="Legal coordinated w/ SafeHarbor counsel; motion to quash granted.", owner="legal", type_="Legal"),
        T("2017-09-12", "Retention config", "Sofia wants msg bodies auto-deleted after 30 days for survivor safety, metadata kept 1yr. configured.", owner="sup"),
     ])

cust(label="negative", kind="hard:shelter",
     why="A survivor shelter whose records mention a trafficker and police only because it protects residents from him.",
     name="Beacon House Shelter", industry="Non-Profit", web="https://www.beaconhouseshelter.example", phone="614-555-0158",
     street="77 Parsons Ave", city="Columbus", state="OH", zip="43215", rev=950000, emp=15, type="Customer - Nonprofit",
     desc="Residential shelter for women leaving trafficking/exploitation. Donation processing + SMS to volunteers.",
     created="2015-02-09", products="pay,sms,np", n=22,
     contacts=[("Denise", "Holloway", "Director"), ("Marisol", "Ortega", "Case Manager")],
     recs=[
        C("2016-01-19", "Urgent: change number", "A resident's former trafficker got the volunteer-line number and has been calling. Police report filed. Need new number + block list.", closed="2016-01-19", comments="New number assigned same day, old one blocked. Denise thanked us.", owner="sup", prio="High", origin="Phone", type_="Problem"),
        N("2016-11-28", "GivingTuesday", "Processed $48k in donations in 24h, no issues. a few donor CBs (wrong amount).", owner="csm"),
        T("2018-05-07", "Records request?", "Columbus PD asked Beacon House for call logs on the trafficker's harassment; Beacon asked how to export. walked Marisol thru export.", owner="sup2"),
     ])

cust(label="negative", kind="hard:law_firm",
     why="A law firm representing trafficking survivors; quoted client statements describe what was done to the clients by others.",
     name="Alvarez & Kim Survivor Legal Advocates", industry="Legal", web="https://www.alvarezkimlaw.example", phone="312-555-0142",
     street="180 N LaSalle St Ste 2500", city="Chicago", state="IL", zip="60601", rev=2300000, emp=14,
     desc="Law firm: T-visas, vacatur, civil 1595 suits for survivors. Card payments to IOLTA/operating; SMS appt reminders.",
     created="2015-09-14", products="pay,sms", n=23,
     contacts=[("Marta", "Alvarez", "Partner"), ("Daniel", "Kim", "Partner"), ("Rochelle", "Ibe", "Office Administrator")],
     recs=[
        C("2015-10-01", "IOLTA setup", "Need card fees taken from operating not trust acct (bar rules).", closed="2015-10-05", comments="Configured fee split.", owner="sup"),
        N("2016-06-21", "Call notes", "Marta: most clients pay $0 (pro bono), fees come from civil 1595 settlements vs traffickers + hotels. Reminders in ES: e.g. intake quote 'el dueño del restaurante me quitó el pasaporte' - that's their client's story for T-visa.", owner="ae"),
        T("2017-11-02", "Settlement disbursement", "Large settlement into trust ($410k) from a defendant motel chain. asked re payout to client by ACH. sent docs.", owner="csm"),
     ])

cust(label="negative", kind="hard:hotel_reporting",
     why="A motel group building a staff 'report trafficking' text flow, training and a police-request process.",
     name="Harborview Hospitality Group", industry="Hospitality", web="https://www.harborviewhospitality.example", phone="757-555-0109",
     street="4500 Shore Dr", city="Virginia Beach", state="VA", zip="23455", rev=31000000, emp=420,
     desc="Operates 28 economy motels in VA/NC/SC. Processing + SMS for guest & staff.",
     created="2013-04-01", products="pay,sms,cp", n=24,
     contacts=[("Gordon", "Pruitt", "VP Operations"), ("Alana", "Brooks", "Director of Loss Prevention"), ("Sam", "Yoder", "IT Director")],
     recs=[
        E("2016-02-23", "SE workshop - 'See Something' text flow", "Alana wants staff to text a short code to report suspected trafficking (many men visiting one room, minors w/ older adults, cash for multiple rooms). Routes to LP + local PD liaison.", owner="se", dur=90),
        O("2016-03-01", "Harborview Hospitality Group - Staff reporting short code", "Upsell", "Closed Won", 15000, "2016-04-15", "short code + routing"),
        C("2016-09-14", "Police request process", "Alana asks for a formal process when police request card data for a room. wants it logged.", closed="2016-09-30", comments="Sent our LE guide; they now route all requests to legal w/ case #.", owner="legal"),
        T("2016-12-01", "Alana - example report", "Alana shared an example: night auditor at Norfolk property refused a man paying cash for 4 rooms for a week w/ 3 young-looking girls; PD called via short code flow, man was arrested on outstanding warrant. She wants to use the example (anonymized) in training.", owner="csm"),
        N("2017-06-05", "Training stats", "Harborview trained 1,900 staff; 14 reports to PD via short code last yr, 3 led to arrests of third parties. Press release mentions us (ok'd by marketing).", owner="csm"),
     ])

cust(label="negative", kind="hard:dating_low_spam",
     why="A dating app whose escort/spam rate is below 1%, removed quickly and reported to NCMEC; it fights abuse.",
     name="Kindred Match Inc.", industry="Internet", web="https://www.kindredmatch.example", phone="512-555-0133",
     street="500 W 2nd St Ste 1900", city="Austin", state="TX", zip="78701", rev=17000000, emp=88,
     desc="Dating app. SMS phone verification + subscription billing (MCC 7273).",
     created="2014-01-13", products="pay,sms", n=24,
     contacts=[("Priyanka", "Sethi", "Head of Trust & Safety"), ("Noah", "Green", "Payments Lead")],
     recs=[
        N("2014-01-27", "Underwriting", "MCC 7273 so flagged high-risk by default. Strong T&S: age gate + phone verification + photo review. 5% reserve.", owner="risk"),
        E("2016-07-19", "Annual risk review", "T&S metrics: escort/solicitation profiles 0.3% of signups, auto-removed median 40 min. NCMEC CyberTipline reports for suspected minors (11 last yr). Reserve lowered to 3%.", owner="risk"),
        N("2018-04-23", "Post-FOSTA questionnaire", "Sponsor bank sent adult-content questionnaire to all 7273 merchants. Kindred: no paid adult content, escort profiles banned + removed, 0.2% of reports. Bank satisfied.", owner="risk"),
        C("2017-08-08", "Block VOIP numbers for verification", "Wants to reject VOIP + burner numbers at SMS verification (escort spammers use them).", closed="2017-08-25", comments="Enabled line-type lookup.", owner="se", type_="Feature Request"),
     ])

cust(label="negative", kind="hard:police",
     why="A sheriff's office that rents numbers for decoy ads and a tip line in trafficking stings; it is law enforcement.",
     name="Marlow County Sheriff's Office", industry="Government", web="https://www.marlowcountysheriff.example", phone="417-555-0119",
     street="100 Courthouse Sq", city="Ozark", state="MO", zip="65721", rev=0, emp=210, type="Customer - Government",
     desc="County sheriff. SMS community alerts, tip line, fee payments (permits, inmate accounts).",
     created="2014-05-19", products="pay,sms,gov", n=23,
     contacts=[("Wade", "Hensley", "Captain, Investigations"), ("Lori", "Beck", "IT Manager")],
     recs=[
        T("2016-04-11", "12 numbers for vice unit", "Capt Hensley wants 12 local #s, not listed to the county, for decoy online ads in a human trafficking sting w/ state AG task force. Procurement PO attached. approved, gov acct.", owner="ae"),
        C("2016-10-03", "Tip line keyword 'HT'", "Want texts with 'HT' or 'trafic' routed to trafficking task force inbox.", closed="2016-10-10", comments="Routing rule added.", owner="se", type_="Feature Request"),
        T("2016-11-14", "DA office add-on", "County DA's victim-witness unit wants to use the same acct for SMS court-date reminders to victims, incl. minors via guardians. added users.", owner="csm"),
        N("2017-01-30", "FYI", "Sheriff's press release: sting arrested 9 buyers + 2 pimps, 3 victims referred to services. they thanked vendors.", owner="ae"),
     ])

cust(label="negative", kind="hard:researcher",
     why="A university lab studying online escort ads for anti-trafficking research under IRB oversight.",
     name="Westbrook University CSS Lab", industry="Education", web="https://www.westbrook-css.example", phone="617-555-0155",
     street="25 University Rd", city="Cambridge", state="MA", zip="02138", rev=0, emp=12, type="Customer - Education",
     desc="Computational social science lab. SMS survey platform + card payments for study participant incentives.",
     created="2016-01-25", products="pay,sms", n=21,
     contacts=[("Evelyn", "Marsh", "Principal Investigator"), ("Tobias", "Lee", "PhD Student")],
     recs=[
        T("2016-02-02", "Use case review", "Lab scrapes escort ads to detect trafficking indicators (phone reuse across cities, minors). Wants SMS survey to service providers who opt in, IRB #2016-0142 attached, $20 gift card incentive. approved by T&S.", owner="risk"),
        C("2016-09-19", "Number flagged by carrier", "Carrier flagged one survey number for 'adult content' b/c survey mentions escort ads.", closed="2016-09-28", comments="Sent carrier IRB letter + use case, number restored.", owner="sup"),
        N("2018-03-12", "Paper", "Evelyn's paper on phone-number reuse in ads published; cited NCMEC + FBI partners. renewal fine.", owner="csm"),
     ])

cust(label="negative", kind="hard:spa_ordinary",
     why="A licensed massage school and student clinic with ordinary late hours, licensing questions and disputes.",
     name="Serenity Touch Massage School & Clinic", industry="Education", web="https://www.serenitytouchschool.example", phone="303-555-0171",
     street="1550 S Colorado Blvd", city="Denver", state="CO", zip="80222", rev=2700000, emp=34,
     desc="State-approved massage therapy school w/ student clinic. Tuition + clinic card payments; SMS appt reminders.",
     created="2014-08-11", products="pay,sms,cp", n=24,
     contacts=[("Rebecca", "Thorne", "Director"), ("Luis", "Paredes", "Clinic Manager")],
     recs=[
        C("2015-04-14", "Dispute - 'massage not as described'", "Client disputed $45 clinic massage, says 'therapist was a student, not licensed'.", closed="2015-05-02", comments="Clinic sign + waiver say student therapists supervised. Represented, won.", owner="risk2", type_="Problem"),
        T("2016-02-08", "Late hours promo", "Luis wants SMS promo for 'late night student clinic until 10pm' during exam prep. fine.", owner="csm"),
        N("2017-08-22", "Licensing", "Rebecca asked if card receipts can show state license # of supervising LMT (board audit). added to receipt template.", owner="sup"),
     ])

cust(label="negative", kind="hard:nail_salon_renewal",
     why="A nail salon renewed after one ambiguous note about staff housing that the CSM checked and found to be an ordinary lease.",
     name="Polished Nail Bar", industry="Personal Services", web="https://www.polishednailbar.example", phone="704-555-0145",
     street="2100 South Blvd", city="Charlotte", state="NC", zip="28203", rev=640000, emp=11,
     desc="Nail salon, 2 locations. Card-present + SMS booking reminders.",
     created="2015-04-20", products="pay,sms,cp", n=22,
     contacts=[("Linh", "Vo", "Owner"), ("Jasmine", "Carter", "Front Desk Manager")],
     recs=[
        N("2016-07-13", "visit", "Swapped terminals. Linh mentioned 3 of her techs rent the apt above the shop from her. didn't ask more.", owner="csm"),
        T("2016-08-02", "follow up re apt", "Asked Linh casually - techs are W-2 (ADP), lease is $650/mo each, market rate, they have their own keys + cars, 2 have been there 5 yrs. fine.", owner="csm"),
        O("2017-04-10", "Polished Nail Bar - Renewal 2017", "Renewal", "Closed Won", 3600, "2017-05-15", "renewed"),
     ])

cust(label="negative", kind="hard:guest_arrested",
     why="A truck stop where a man in the parking lot (not the customer) was arrested for pimping after the customer's clerk called police.",
     name="Big Sky Travel Center", industry="Retail", web="https://www.bigskytravelcenter.example", phone="406-555-0162",
     street="5900 Frontage Rd", city="Billings", state="MT", zip="59101", rev=18000000, emp=75,
     desc="Truck stop: fuel, diner, showers. Card processing (fuel + retail), SMS shower-ready notices.",
     created="2013-08-05", products="pay,sms,cp", n=24,
     contacts=[("Carl", "Lindgren", "General Manager"), ("Tracy", "Moe", "Office Manager")],
     recs=[
        C("2017-02-21", "Records request - Billings PD", "PD requests card txns for pump 14 on 2/18. Man arrested in the lot for promoting prostitution of 2 women, one 17. Carl says the night clerk called 911 after noticing the girl going truck to truck.", closed="2017-03-03", comments="Produced via legal. Big Sky is the reporting party, not a subject.", owner="legal", type_="Legal"),
        T("2017-03-15", "TAT training", "Carl put all staff thru trucker anti-trafficking training; asked if shower-ready SMS can include a hotline number footer. done.", owner="csm"),
        O("2018-01-08", "Big Sky Travel Center - Renewal 2018", "Renewal", "Closed Won", 24000, "2018-02-20", "renewed 3 yrs"),
     ])

cust(label="negative", kind="hard:victim_of_crime",
     why="A retailer that was the victim of a card-testing attack and a skimmer; police and 'fraud' appear because it was defrauded.",
     name="Coastal Pet Supply", industry="Retail", web="https://www.coastalpetsupply.example", phone="843-555-0126",
     street="975 Savannah Hwy", city="Charleston", state="SC", zip="29407", rev=5200000, emp=48,
     desc="Pet supply stores (3) + web store.",
     created="2014-03-03", products="pay,cp", n=23,
     contacts=[("Molly", "Harrington", "Owner"), ("Derek", "Spruill", "IT/Ecom")],
     recs=[
        C("2016-05-16", "Card testing attack", "11,000 $1 auths on web checkout overnight. Cust is victim; bot attack.", closed="2016-05-18", comments="Enabled velocity rules + CAPTCHA. Auth fees waived.", owner="risk2", prio="High", type_="Problem"),
        C("2018-02-06", "Skimmer found", "Molly found a skimmer on a store terminal; reported to Charleston PD, police report #18-2231.", closed="2018-02-20", comments="Replaced terminal, ran compromise review, no PCI fines - merchant victim.", owner="risk", prio="High", origin="Phone", type_="Problem"),
        T("2018-03-01", "Detective follow-up", "Det. asked Coastal for our terminal serials for the skimming case. sent to Molly.", owner="sup"),
     ])

cust(label="negative", kind="hard:employee_victim",
     why="A home-care agency that spotted a third party controlling its new caregiver's wages, stopped it and helped her; the employee was the victim, the customer acted rightly.",
     name="Brightpath Home Care", industry="Health Care", web="https://www.brightpathhomecare.example", phone="919-555-0174",
     street="3100 Glenwood Ave", city="Raleigh", state="NC", zip="27612", rev=6100000, emp=140,
     desc="Home health aides. Payroll cards + SMS shift scheduling.",
     created="2015-01-12", products="pay,sms,payroll", n=24,
     contacts=[("Renee", "Whitfield", "HR Director"), ("Karl", "Bauer", "CFO")],
     recs=[
        C("2017-10-10", "Change payroll card address - reversed", "Renee: a man claiming to be a new aide's 'uncle' asked to get her payroll card mailed to him + to speak for her. Aide later told HR (in French): \"il garde mon passeport et prend mon salaire\". Brightpath refused, reported to NC hotline + police, helped aide get own card.", closed="2017-10-12", comments="Card reissued to aide directly. Brightpath handled well.", owner="sup", prio="High", type_="Problem"),
        T("2017-11-06", "Policy change", "Renee wants flag when anyone other than employee requests card changes. added verification step.", owner="se"),
        O("2018-03-05", "Brightpath Home Care - Renewal 2018", "Renewal", "Closed Won", 18000, "2018-04-15", "renewed"),
     ])

cust(label="negative", kind="hard:safeguarding",
     why="A youth soccer league whose records mention minors and police background checks in the ordinary safeguarding sense.",
     name="Northfield Youth Soccer League", industry="Non-Profit", web="https://www.northfieldysl.example", phone="952-555-0113",
     street="400 Sports Complex Dr", city="Northfield", state="MN", zip="55057", rev=420000, emp=6, type="Customer - Nonprofit",
     desc="Youth soccer (ages 5-18). Registration payments + SMS to parents/coaches.",
     created="2015-01-26", products="pay,sms,np", n=21,
     contacts=[("Heather", "Lund", "League Administrator"), ("Mike", "Orr", "Treasurer")],
     recs=[
        C("2016-03-07", "Background check fee", "Collect $25 fee for coaches' police background checks (SafeSport). need separate line item.", closed="2016-03-09", comments="Added product code.", owner="sup"),
        T("2017-06-12", "Msgs to minors", "Heather asks: league policy says coaches can't text players under 18 directly, only parents. can we block coach->minor msgs? set up group msg w/ parents cc'd.", owner="se"),
        N("2018-08-20", "Registration season", "8,200 registrations, no issues. one coach failed bg check, league removed him before season (their process worked).", owner="csm"),
     ])

cust(label="negative", kind="hard:staffing_ordinary",
     why="An H-2A grower that pays recruitment and travel costs itself, houses workers in inspected housing and passed a DOL audit; same words, compliant practice.",
     name="Green Acres Harvest Cooperative", industry="Agriculture", web="https://www.greenacresharvest.example", phone="509-555-0152",
     street="2200 Wine Country Rd", city="Prosser", state="WA", zip="99350", rev=12000000, emp=310,
     desc="Apple/cherry growers co-op. H-2A crews. Payroll cards + SMS harvest notices (ES/EN).",
     created="2014-04-07", products="pay,sms,payroll", n=24,
     contacts=[("Ed", "Sorensen", "General Manager"), ("Yesenia", "Robles", "HR / Payroll")],
     recs=[
        N("2014-04-15", "Setup", "Payroll cards for ~300 H-2A workers. Yesenia: co-op reimburses visa + travel in 1st wk pay, no recruiter fees allowed (contract w/ recruiter forbids). Housing is state-inspected, free per H-2A.", owner="csm"),
        C("2015-08-03", "Worker says card lost", "Worker called (Spanish): 'perdí mi tarjeta, el supervisor dice que llame aquí'.", closed="2015-08-03", comments="Reissued to worker directly at his housing unit, he confirmed PIN.", owner="sup2"),
        T("2016-10-18", "DOL audit", "Yesenia says DOL WHD audit of 2016 season closed no findings; wants payroll card fee schedule for their file (no fees to workers). sent.", owner="csm", type_="Email"),
     ])

cust(label="negative", kind="hard:ex_employee_arrested",
     why="A travel agency whose former booking agent was arrested after leaving; the agency had fired him and cooperated with the FBI.",
     name="Wanderlust Travel Co.", industry="Travel", web="https://www.wanderlusttravelco.example", phone="305-555-0148",
     street="2600 Douglas Rd Ste 700", city="Coral Gables", state="FL", zip="33134", rev=3400000, emp=21,
     desc="Group + leisure travel agency. Card processing + SMS itinerary alerts.",
     created="2014-10-20", products="pay,sms", n=23,
     contacts=[("Ana", "Castellanos", "Owner"), ("Reggie", "Hart", "Operations")],
     recs=[
        T("2016-05-03", "Remove user", "Ana asked to remove portal access for ex-agent 'T. Marlin', terminated yesterday for booking personal trips on company card. done.", owner="sup", type_="Email"),
        C("2017-02-13", "FBI request", "FBI agent contacted Wanderlust re former employee T. Marlin, arrested for trafficking young women from Colombia using fake 'modeling trips' he booked on his own after leaving. Ana asks what records we have.", closed="2017-03-08", comments="Legal produced records of bookings tied to Marlin (all pre-termination personal bookings). Wanderlust not a subject per agent.", owner="legal", type_="Legal"),
        N("2017-03-20", "Ana", "Ana shaken, said they added background checks for agents. renewal not at risk.", owner="ae"),
     ])

cust(label="negative", kind="hard:au_pair_agency",
     why="An au-pair agency that removed an au pair from a host family holding her passport and reported the family; the host family, not the customer, did wrong.",
     name="GlobalNest Au Pair", industry="Consumer Services", web="https://www.globalnestaupair.example", phone="860-555-0131",
     street="50 State House Sq", city="Hartford", state="CT", zip="06103", rev=4600000, emp=27,
     desc="State Dept-designated au pair sponsor. Host family fees by card, SMS to au pairs + host families.",
     created="2014-12-01", products="pay,sms", n=24,
     contacts=[("Ingrid", "Solberg", "Program Director"), ("Thiago", "Rocha", "Local Coordinator")],
     recs=[
        C("2016-06-27", "Refund host family fee?", "Thiago: au pair texted coordinator 'a família pegou meu passaporte e não me deixa sair nos fins de semana'. GlobalNest moved her to a new family same day, reported host family to State Dept, terminated them from program. Host family disputing program fee.", closed="2016-07-20", comments="Dispute represented w/ program terms; merchant won. No refund.", owner="risk2", type_="Problem"),
        T("2016-08-15", "Emergency keyword", "Ingrid wants au pairs to text 'AJUDA'/'HELP'/'AYUDA' to reach 24h coordinator. built.", owner="se"),
        O("2017-01-09", "GlobalNest Au Pair - Renewal 2017", "Renewal", "Closed Won", 12000, "2017-02-15", "renewed"),
     ])

# ======================================================================= ORDINARY
cust(label="negative", kind="ordinary", why="Bakery with routine records.",
     name="Crumb & Co. Bakery", industry="Food & Beverage", web="https://www.crumbandco.example", phone="608-555-0187",
     street="410 State St", city="Madison", state="WI", zip="53703", rev=1400000, emp=18,
     desc="Bakery cafe, 2 locations. Card present + online preorders; SMS pickup ready.",
     created="2015-03-09", products="pay,sms,cp", n=21,
     contacts=[("Greta", "Holm", "Owner"), ("Sean", "Pruitt", "Manager")], recs=[])

cust(label="negative", kind="ordinary", why="Dental group with appointment reminders and routine billing.",
     name="Brightsmile Dental Group", industry="Health Care", web="https://www.brightsmiledental.example", phone="216-555-0103",
     street="2500 Lorain Ave", city="Cleveland", state="OH", zip="44113", rev=8800000, emp=70,
     desc="6 dental offices. Patient payments + SMS appointment reminders.",
     created="2013-11-11", products="pay,sms,cp", n=23,
     contacts=[("Alan", "Voight", "Practice Administrator"), ("Kara", "Nesbitt", "Billing Lead")], recs=[])

cust(label="negative", kind="ordinary", why="B2B SaaS firm with routine records.",
     name="Ferncloud Analytics", industry="Technology", web="https://www.ferncloud.example", phone="206-555-0176",
     street="1201 3rd Ave Ste 3000", city="Seattle", state="WA", zip="98101", rev=11000000, emp=60,
     desc="B2B analytics SaaS. Subscription billing + SMS 2FA.",
     created="2014-06-16", products="pay,sms", n=22,
     contacts=[("Olivia", "Brandt", "VP Finance"), ("Jun", "Park", "Staff Engineer")], recs=[])

cust(label="negative", kind="ordinary", why="Freight broker with routine records.",
     name="Tristate Freight Logistics", industry="Transportation", web="https://www.tristatefreight.example", phone="201-555-0165",
     street="300 Harmon Meadow Blvd", city="Secaucus", state="NJ", zip="07094", rev=26000000, emp=95,
     desc="Freight brokerage. Card payments from shippers + SMS to drivers.",
     created="2013-09-23", products="pay,sms", n=22,
     contacts=[("Frank", "DeLuca", "Controller"), ("Aisha", "Mensah", "Dispatch Manager")], recs=[])

cust(label="negative", kind="hard:renewal_after_ambiguous_note", why="A pizza chain renewed after one ambiguous note about new kitchen staff without bank accounts staying with the owner's cousin; nothing else in the records suggests exploitation.",
     name="Luigi's Pizza Kitchens", industry="Food & Beverage", web="https://www.luigispizzakitchens.example", phone="412-555-0138",
     street="1800 Penn Ave", city="Pittsburgh", state="PA", zip="15222", rev=4300000, emp=85,
     desc="7 pizza shops. Card present + online ordering, SMS order-ready texts.",
     created="2014-02-03", products="pay,sms,cp", n=22,
     contacts=[("Tony", "Marchetti", "Owner"), ("Beth", "Kowal", "Office Manager")], recs=[
        T("2016-04-05", "payroll cards?", "Tony asked if we can do payroll cards for 4 new kitchen guys, 'no bank accts yet, they're staying w/ my cousin till they get settled'. sent payroll card info, he'll think about it.", owner="ae"),
        O("2016-05-16", "Luigi's Pizza Kitchens - Renewal 2016", "Renewal", "Closed Won", 7200, "2016-06-30", "renewed, added online ordering"),
     ])

cust(label="negative", kind="ordinary", why="Plumbing contractor with routine records.",
     name="Pinecrest Plumbing & Heating", industry="Construction", web="https://www.pinecrestplumbing.example", phone="207-555-0197",
     street="65 Forest Ave", city="Portland", state="ME", zip="04101", rev=3100000, emp=26,
     desc="Residential plumbing/HVAC. Mobile card payments + SMS tech-on-the-way alerts.",
     created="2015-07-13", products="pay,sms,cp", n=21,
     contacts=[("Walt", "Greer", "Owner"), ("Diane", "Cote", "Office Manager")], recs=[])
