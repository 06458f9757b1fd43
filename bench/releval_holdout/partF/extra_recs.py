# Second pass: more hand-written, business-specific routine records for thinner accounts.
from dsl import O, C, T, E, N
EXTRA = {
 "Tradewell Services Marketplace Inc.": [
  C("2015-11-30",2,"1099-K for 9k sellers","Greta: sellers confused by 1099-K thresholds.","Sent seller-facing FAQ they can post.",close_in=3),
  E("2017-05-18",0,"T&S + risk sync","Their T&S and our risk team compared notes on seller fraud rings (mostly stolen cards, some fake tutoring listings).","Zoom",60,who="uw1"),
  T("2019-11-07",1,"Payout API v2 migration","Omar's team migrated to v2 payouts. Checked error rate.",who="se1")],
 "ClearPath Merchant Services": [
  C("2016-05-09",2,"Residuals report","Jae needs residuals by sub-merchant.","Custom report.",close_in=4),
  T("2018-10-22",0,"Bernard - pricing call","Wants tiered pricing for 2019.",typ="Call"),
  N("2019-12-02","partner conf","Met Lucia at partner conference; she presented on spotting straw-owner storefronts. Good partner.",who="uw2")],
 "Beacon Freedom Coalition": [
  C("2014-11-17",2,"Year-end donor receipts","Bulk tax receipts for 3,000 donors.","Done.",close_in=2),
  E("2019-03-12",3,"Gala tap-to-pay","Paddle raise w/ tap-to-pay readers, 400 guests.","Hotel ballroom, DC",180,who="cs1"),
  T("2020-10-05",2,"Audit support","Their auditor needs payout confirmations for survivor emergency fund FY20.",typ="Email")],
 "Harbor House Survivor Services": [
  C("2016-02-03",2,"Recurring donors monthly report","Karl wants monthly donor report.","Scheduled report.",close_in=1),
  T("2018-11-26",0,"Giving Tuesday setup","Matching gift banner on donation page.",typ="Email",who="cs1"),
  N("2019-06-17","renewal","Renewed at nonprofit rate. Marianne asked we keep the 'do not confirm' note in place.",private=True)],
 "Linea Segura Multilingual Helpline": [
  T("2018-03-05",2,"Grant invoice formats","Sofia needs invoices formatted for state grant.",typ="Email"),
  E("2019-10-09",0,"Check-in","Call volume up 30%; donations steady; wants monthly giving push.","Zoom",30),
  C("2020-04-20",2,"Payout to interpreter contractors","Add 12 contractor payees.","Added w/ W-9s.",close_in=3)],
 "Okafor & Lind Survivor Advocates LLP": [
  T("2017-09-13",2,"Trust reconciliation","Monthly three-way reconciliation report set up.",typ="Email",who="cs1"),
  E("2019-02-26",1,"Billing review","Expert witness invoices (forensic accountants, psychologists) - wants approval workflow.","Okafor & Lind office",60),
  C("2020-01-14",1,"Client refund from trust","Return unearned retainer.","Processed.",close_in=1)],
 "Bayview Hospitality Group": [
  C("2015-07-20",2,"Tokenization for guest cards","Move card-on-file to our vault.","Migration done.",close_in=14,typ="Feature Request"),
  T("2017-08-14",1,"Flag rule review","Brianna wants quarterly review of flag alerts; 60 alerts Q2, 2 referred to police, rest benign (families, tour groups).",typ="Call",who="se1"),
  C("2018-09-05",3,"Incidentals hold","Guests complain $150 hold.","Lowered to $75 at 2 properties.",close_in=1)],
 "Kindred Match Labs": [
  E("2015-02-10",2,"Intl expansion","UK + Canada subscriptions.","Zoom",45),
  C("2016-01-25",2,"Trial conversion failures","Trials not converting, card auth on day 7 failing.","Retry logic.",close_in=4,typ="Problem"),
  T("2018-10-30",3,"Year-end rev report","Controller needs deferred revenue report.",typ="Email",who="cs1")],
 "Marlow County Sheriff's Office": [
  T("2017-06-12",3,"Records fee page","Records division wants online form for accident reports.",typ="Email"),
  C("2018-09-24",1,"Inmate deposit refunds","Released inmates' balance refunds.","Bulk refunds to original cards.",close_in=3),
  N("2019-08-20","budget","County budget cut; may drop fingerprinting online pay.")],
 "Northfield University - Computational Social Science Lab": [
  T("2018-11-14",3,"W-9/PO setup","University procurement PO.",typ="Email"),
  C("2019-10-01",1,"Gift card inventory","Gift card payouts stuck pending.","Vendor outage; resolved.",close_in=2),
  E("2020-02-05",0,"Renewal + new study","New study on labor recruitment ads; participant payouts continue.","Zoom",30)],
 "Sierra Crest Labor Solutions": [
  C("2014-05-19",2,"Payout cards for 400 workers","Bulk card issuance, each in worker's name.","Issued; KYC per worker.",close_in=7,k="ev"),
  E("2016-04-13",1,"Season prep","Season start, 380 workers arriving; staggered payout start dates.","Sierra Crest office",60),
  T("2018-06-25",3,"Housing coordinator contact","Lupe needs dashboard access for utility reimbursements (paid by employer).",typ="Email"),
  C("2019-10-08",1,"Grower late payments","Two growers 45 days late.","Dunning + late fee.",close_in=2)],
 "Willow & Stone Day Spa and Massage Institute": [
  C("2015-08-24",1,"Tuition refunds for withdrawn students","State rule on prorated refunds.","Refund calc per their policy.",close_in=2),
  E("2017-02-14",2,"Valentine's promo","Gift cards + couples packages.","Denver spa",30),
  T("2019-12-09",0,"Renewal chat","Wants lower rate for tuition ACH.",typ="Call")],
 "Redline Auto Parts Supply": [
  C("2016-02-08",1,"Shopify plugin","Connect our gateway to store plugin.","Connected.",close_in=1),
  T("2017-03-10",0,"Post-attack check-in","Card testing stopped; fees waived confirmed.",typ="Call"),
  C("2019-04-15",3,"Core charge deposits","Refundable core deposits on batteries.","Set up as separate line.",close_in=2)],
 "BrightNest Cleaning Co.": [
  C("2017-02-27",2,"Add team leads as users","Limited-access roles.","Done.",close_in=0),
  T("2018-03-19",0,"Upsell recurring billing","Moved 120 clients to auto-pay.",typ="Call"),
  E("2020-05-04",0,"COVID planning","Office clients paused; residential up.","Zoom",30)],
 "Fairhaven Academy": [
  C("2016-08-29",1,"Tuition plan 10 vs 12 payments","Offer both.","Configured.",close_in=2),
  E("2017-06-20",3,"Camp registration launch","Camp registration w/ pickup authorizations live.","Fairhaven",60,who="cs1"),
  T("2019-01-22",1,"Financial aid discounts","Apply aid as invoice credits.",typ="Email")],
 "Tri-County Youth Soccer League": [
  C("2016-07-18",2,"Tournament invoicing to clubs","30 visiting clubs.","Invoices sent.",close_in=1),
  T("2017-08-07",1,"Scholarship codes","Fee waivers for low-income families.",typ="Email"),
  E("2018-01-30",3,"Season planning","Registration opens Feb 15; background check gate stays.","Zoom",30),
  C("2019-03-11",2,"Treasurer access","New treasurer needs reports.","Added.",close_in=0)],
 "Northstar Model Management": [
  C("2015-09-08",2,"Client invoice terms","Brands pay net 60.","Terms set.",close_in=1),
  E("2016-02-18",0,"Fashion week volume","Payout volume triples in Feb/Sept.","Northstar office",45),
  T("2018-07-16",1,"Parent portal","Parents of teen models want statements of trust deposits.",typ="Email",who="cs1"),
  C("2020-03-30",2,"Cancelled bookings","Covid cancellations, credit notes.","Bulk credit notes.",close_in=2)],
 "Prairie Junction Travel Center": [
  C("2014-03-17",1,"Pump auth amounts","$175 pre-auth too low for trucks.","Raised to $500 for diesel lanes.",close_in=1),
  E("2017-06-06",0,"Site visit","Nice clean place, busy diner, new shower building.","Salina",60),
  T("2019-05-13",2,"Late-night clerk training","Night clerks need refund training on new terminals.",typ="Call",who="cs1")],
 "The Copper Room Lounge": [
  C("2015-06-01",1,"Tab walkouts","Customers leaving w/o closing tabs.","Auto-close w/ 20% tip rule.",close_in=1),
  E("2017-10-12",0,"QBR","Live music nights driving volume.","Copper Room",45),
  T("2018-12-27",1,"NYE prep","Raise limits for NYE.",typ="Call",who="uw1"),
  C("2020-03-16",0,"Temporary closure","Covid closure, pause monthly fees.","Fees paused.",close_in=1)],
 "Crumb & Kettle Bakery": [
  C("2015-06-15",1,"Wholesale statements","Monthly statements per restaurant.","Set up.",close_in=1),
  E("2016-04-19",0,"Visit","Tried the croissants. Owner wants online preorders.","Portland ME",30),
  T("2019-02-11",2,"Sales tax on prepared food","Ruth asks about tax config.",typ="Email"),
  C("2020-04-02",0,"Curbside","Covid: online ordering + curbside.","Enabled.",close_in=1)],
 "Lakeshore Family Dental": [
  C("2014-02-24",1,"Insurance co-pay receipts","Receipts need CDT codes.","Custom line items.",close_in=2),
  T("2017-01-09",1,"New hygienist logins","Two new users.",typ="Email"),
  E("2018-09-12",0,"Ownership transition","Discussed transferring account to new owner entity next yr.","Milwaukee",45),
  C("2019-11-18",1,"New owner KYC","Practice sold to associate; new KYC.","Completed.",close_in=10,typ="Compliance")],
 "Stackwise Analytics Inc.": [
  C("2017-01-16",1,"Dunning emails","Customize failed payment emails.","Templates updated.",close_in=1),
  T("2018-08-20",0,"Intl invoicing","EU customers need VAT invoices.",typ="Email",who="cs1"),
  C("2019-09-23",2,"Webhook ordering","Events arrive out of order.","Use event timestamps; documented.",close_in=1,typ="Problem")],
 "Hartwell Freight Logistics": [
  T("2013-03-18",2,"Owner-op onboarding","60 new owner-operators need payout setup.",typ="Email",who="cs1"),
  C("2014-10-06",1,"Shipper disputes","Shipper disputes accessorial charges.","Merchant-side issue.",close_in=2),
  E("2016-02-09",0,"Exec review","Volume steady, AR days down to 38.","Memphis",60),
  C("2018-06-12",1,"Contract end notice","Acquirer moving to its processor.","Non-renewal noted.",close_in=1)],
 "Paper Lantern Books": [
  C("2018-06-04",0,"Consignment payouts","Local authors consignment.","Payout to 14 authors set up.",close_in=3),
  E("2018-10-18",1,"Author event","Card reader for signing event.","Burlington",120,who="cs1"),
  T("2019-12-16",2,"Holiday hours","Raise limits for December.",typ="Email")],
 "Summit Air Heating & Cooling": [
  C("2015-01-12",2,"Financing offers","Customers want 0% financing on installs.","Partner financing link.",close_in=5),
  T("2016-11-07",0,"Year-end review","Renewal soon.",typ="Call"),
  E("2018-03-22",1,"Dispatch integration","Connect field service software to invoicing.","Zoom",60,who="se1"),
  C("2020-06-29",1,"Contactless invoices","Pay-by-link for covid.","Enabled.",close_in=0)],
 "Cedar Hollow Veterinary Clinic": [
  C("2016-03-21",1,"Emergency estimates","Deposits on estimates at intake.","Deposit flow.",close_in=2),
  E("2017-11-02",0,"Check-in","Expanding to 24h ER staffing.","Beaverton",30),
  T("2019-06-10",1,"Wellness plans","Monthly wellness plans billing.",typ="Email",who="cs1")],
 "Redline Auto Parts Supply_": [],
}
EXTRA.pop("Redline Auto Parts Supply_")
