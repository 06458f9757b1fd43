from dsl import O, C, T, E, N

ACCOUNTS = []

ACCOUNTS.append(dict(
 name="Crumb & Kettle Bakery", industry="Food & Beverage", web="crumbandkettle.example", phone="(207) 555-0131",
 street="88 Exchange St", city="Portland", state="ME", zip="04101", country="United States",
 rev=780000, emp=14, owner="am1", created="2014-11-03", end="2020-10-30", fill=12,
 desc="Bakery + cafe, wholesale to 20 restaurants.",
 contacts=[("Nell","Ashby","Owner","nell@crumbandkettle.example","(207) 555-0132","Portland","United States",""),
           ("Theo","Marin","Wholesale","wholesale@crumbandkettle.example","(207) 555-0133","South Portland","United States",""),
           ("Ruth","Gagne","Bookkeeper","ruth@gagnebooks.example","(207) 555-0134","Westbrook","United States","")],
 recs=[
  O("2014-11-03","Crumb & Kettle - POS + wholesale invoicing","Closed Won",3600,"2 POS, net-15 invoices to restaurants."),
  C("2015-01-20",1,"net 15 vs net 30","Some restaurants want net 30.","Per-customer terms.",close_in=1),
  N("2016-12-01","holiday","Pie preorders crushed it, 1,100 online preorders. Nell wants preorder caps per day next yr.",who="am1"),
  C("2017-10-09",0,"Preorder caps","Daily caps for Thanksgiving.","Configured.",typ="Feature Request",close_in=3),
  O("2018-11-05","Crumb & Kettle - renewal + online ordering","Closed Won",4400,"Renewal.",typ="Renewal"),
 ],
 label="negative", kind="ordinary", why="Bakery with routine records only."))

ACCOUNTS.append(dict(
 name="Lakeshore Family Dental", industry="Healthcare", web="lakeshoredental.example", phone="(414) 555-0197",
 street="2600 N Prospect Ave", city="Milwaukee", state="WI", zip="53211", country="United States",
 rev=2400000, emp=18, owner="am2", created="2013-03-18", end="2019-12-20", fill=12,
 desc="Dental practice, 3 dentists. Patient payments, payment plans.",
 contacts=[("Dr. Sanjay","Kulkarni","Owner DDS","skulkarni@lakeshoredental.example","(414) 555-0198","Milwaukee","United States",""),
           ("Becky","Lund","Office Manager","office@lakeshoredental.example","(414) 555-0199","Shorewood","United States","")],
 recs=[
  O("2013-03-18","Lakeshore Dental - patient payments","Closed Won",2800,"Terminal + text-to-pay."),
  C("2013-06-04",1,"HSA cards declining","Some HSA cards decline on MCC.","Set correct MCC 8021.",typ="Problem",close_in=2),
  C("2015-02-11",1,"Payment plans for ortho","24-mo plans for braces.","Enabled installment invoices.",typ="Feature Request",close_in=3),
  O("2016-03-14","Lakeshore - renewal","Closed Won",3000,"Renewal.",typ="Renewal"),
  N("2018-08-08","note","Dr K retiring 2020, practice being sold to associate. Keep an eye on ownership change.",who="am2"),
 ],
 label="negative", kind="ordinary", why="Dental practice with routine records only."))

ACCOUNTS.append(dict(
 name="Stackwise Analytics Inc.", industry="Technology", web="stackwise.example", phone="(415) 555-0108",
 street="600 California St Fl 12", city="San Francisco", state="CA", zip="94108", country="United States",
 rev=9000000, emp=70, owner="am3", created="2016-02-01", end="2020-12-18", fill=13,
 desc="B2B SaaS (product analytics). Subscription billing + invoicing.",
 contacts=[("Ravi","Menon","CFO","ravi@stackwise.example","(415) 555-0109","San Francisco","United States",""),
           ("Jess","Ortega","RevOps","revops@stackwise.example","(415) 555-0110","Oakland","United States",""),
           ("Tom","Baird","Eng Manager","tbaird@stackwise.example","(415) 555-0111","San Mateo","United States","")],
 recs=[
  O("2016-02-01","Stackwise - subscription billing","Closed Won",36000,"Usage-based billing."),
  C("2016-05-17",1,"Proration weirdness","Mid-cycle upgrades double-charging.","Bug on our side, credits issued.",typ="Problem",close_in=4),
  E("2017-09-13",2,"Usage billing deep dive","Metered events API, 30M events/mo.","Zoom",60,who="se1"),
  O("2018-02-05","Stackwise - renewal + revenue recognition","Closed Won",52000,"Renewal + rev rec add-on.",typ="Renewal"),
  C("2019-04-02",0,"SOC 2 report request","Ravi needs our SOC 2 Type II.","Sent under NDA.",close_in=1),
  O("2020-02-03","Stackwise - renewal 2020","Closed Won",58000,"Renewal.",typ="Renewal"),
 ],
 label="negative", kind="ordinary", why="SaaS company with routine billing records."))

ACCOUNTS.append(dict(
 name="Hartwell Freight Logistics", industry="Transportation", web="hartwellfreight.example", phone="(901) 555-0126",
 street="4100 Lamar Ave", city="Memphis", state="TN", zip="38118", country="United States",
 rev=27000000, emp=210, owner="am2", created="2012-06-11", end="2018-11-30", fill=13,
 desc="Regional LTL freight + warehousing. Invoicing shippers, payouts to owner-operators.",
 contacts=[("Gail","Hartwell","CEO","gail@hartwellfreight.example","(901) 555-0127","Memphis","United States",""),
           ("Andre","Simms","AR Manager","ar@hartwellfreight.example","(901) 555-0128","Germantown","United States",""),
           ("Lyle","Booker","Driver Settlements","settlements@hartwellfreight.example","(901) 555-0129","Southaven","United States","")],
 recs=[
  O("2012-06-11","Hartwell - AR invoicing + driver settlements","Closed Won",48000,"Invoicing 600 shippers, weekly owner-op settlements."),
  C("2012-08-30",1,"EDI 210 invoices","Shippers want EDI.","Partner integration set up.",typ="Feature Request",close_in=10),
  C("2014-01-13",2,"Fuel advance deductions","Settlements need fuel advance deduction lines.","Added.",close_in=2),
  O("2015-06-01","Hartwell - renewal","Closed Won",51000,"Renewal.",typ="Renewal"),
  N("2017-04-19","acquisition","Hartwell being acquired by a national carrier; contract may not renew.",who="am2"),
 ],
 label="negative", kind="ordinary", why="Freight company with routine invoicing and settlement records."))

ACCOUNTS.append(dict(
 name="Paper Lantern Books", industry="Retail", web="paperlanternbooks.example", phone="(802) 555-0115",
 street="12 Church St", city="Burlington", state="VT", zip="05401", country="United States",
 rev=420000, emp=6, owner="am1", created="2017-09-05", end="2020-12-05", fill=12,
 desc="Independent bookstore, events, online orders.",
 contacts=[("Iris","Fenwick","Owner","iris@paperlanternbooks.example","(802) 555-0116","Burlington","United States",""),
           ("Owen","Platt","Events","events@paperlanternbooks.example","(802) 555-0117","Winooski","United States","")],
 recs=[
  O("2017-09-05","Paper Lantern - POS + online","Closed Won",1900,"POS + online store."),
  C("2018-02-14",1,"Author event tickets","Ticketed events w/ book bundle.","Set up.",typ="Feature Request",close_in=2),
  N("2019-01-08","gift cards","Gift card sales up 40% holiday.",who="am1"),
  O("2019-09-03","Paper Lantern - renewal","Closed Won",2000,"Renewal.",typ="Renewal"),
  C("2020-03-25",0,"Curbside pickup","COVID: curbside + local delivery.","Enabled.",close_in=1),
 ],
 label="negative", kind="ordinary", why="Bookstore with routine records."))

ACCOUNTS.append(dict(
 name="Summit Air Heating & Cooling", industry="Construction", web="summitairhvac.example", phone="(303) 555-0152",
 street="7400 W 44th Ave", city="Wheat Ridge", state="CO", zip="80033", country="United States",
 rev=5100000, emp=37, owner="am3", created="2014-04-21", end="2020-09-25", fill=13,
 desc="Residential/commercial HVAC service. Field invoicing, financing, card on mobile.",
 contacts=[("Curt","Lindgren","Owner","curt@summitairhvac.example","(303) 555-0153","Arvada","United States",""),
           ("Maria","Pace","Dispatch/Office","office@summitairhvac.example","(303) 555-0154","Wheat Ridge","United States",""),
           ("Jake","Sorensen","Service Manager","jake@summitairhvac.example","(303) 555-0155","Golden","United States","")],
 recs=[
  O("2014-04-21","Summit Air - mobile invoicing","Closed Won",7400,"12 techs, mobile readers."),
  C("2014-06-09",1,"Readers won't pair","iPads iOS update.","App update.",typ="Problem",close_in=1),
  C("2016-05-23",2,"Maintenance plans","Annual maintenance plan auto-billing.","Subscriptions configured.",typ="Feature Request",close_in=2),
  O("2017-04-24","Summit Air - renewal + 8 readers","Closed Won",9100,"Renewal.",typ="Renewal"),
  N("2019-07-30","summer","Record July, heat wave; techs hitting tap-to-pay limits.",who="am3"),
 ],
 label="negative", kind="ordinary", why="HVAC contractor with routine records."))

ACCOUNTS.append(dict(
 name="Cedar Hollow Veterinary Clinic", industry="Healthcare", web="cedarhollowvet.example", phone="(503) 555-0163",
 street="15 SW Cedar Hills Blvd", city="Beaverton", state="OR", zip="97005", country="United States",
 rev=3100000, emp=25, owner="am1", created="2015-01-26", end="2020-11-12", fill=12,
 desc="Small-animal vet clinic, 24h emergency.",
 contacts=[("Dr. Hana","Ito","Medical Director","hito@cedarhollowvet.example","(503) 555-0164","Beaverton","United States",""),
           ("Gus","Ferreira","Practice Manager","gus@cedarhollowvet.example","(503) 555-0165","Hillsboro","United States","")],
 recs=[
  O("2015-01-26","Cedar Hollow - terminals + invoicing","Closed Won",4100,"3 terminals, deposits for surgery."),
  C("2015-03-02",1,"Deposit refunds","Partial refund of surgery deposits.","Explained partial refund.",close_in=0),
  C("2017-08-15",1,"Pet insurance reimbursements","Want to send invoices direct to insurer.","Custom invoice recipient.",typ="Feature Request",close_in=5),
  O("2018-01-29","Cedar Hollow - renewal","Closed Won",4400,"Renewal.",typ="Renewal"),
  N("2020-04-06","covid","Curbside check-in, pay by text link. Volume ok.",who="am1"),
 ],
 label="negative", kind="ordinary", why="Vet clinic with routine records."))
