# Over 400 lines on purpose: mostly the hand-compiled tables (data) the gazetteer is built from.
"""Regenerate ``gazetteer.csv`` from the hand-compiled tables below.

Run from the repository root:  ``.venv/bin/python extractors/data/build_gazetteer.py``

The tables are compiled by hand from knowledge of the open registers (see SOURCES.md); codes that were not
known with confidence are left empty rather than guessed. To refresh from the real registers, replace the
tables with readers of the downloaded CSVs and keep the output columns the same.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

OUT = Path(__file__).with_name("gazetteer.csv")
COLUMNS = ["id", "type", "name", "alt_names", "abbreviations", "code", "start", "end", "successor_ids", "source"]

SRC_LA = "hand-compiled after mySociety uk_local_authority_names_and_codes / ONS GSS"
SRC_ODS = "hand-compiled after NHS ODS (etr/eccg/eplccg)"
SRC_ONS = "hand-compiled after ONS STP/ICB names and codes"
SRC_OTHER = "hand-compiled from public names"

rows: list[dict] = []


def slug(text: str) -> str:
    text = text.lower().replace("&", "and")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text


def add(id_, type_, name, alts=(), abbrs=(), code="", start="", end="", succ=(), source=SRC_OTHER):
    rows.append({
        "id": id_, "type": type_, "name": name, "alt_names": "|".join(a for a in alts if a),
        "abbreviations": "|".join(abbrs), "code": code, "start": start, "end": end,
        "successor_ids": "|".join(succ), "source": source,
    })


# --- councils with a Health and Wellbeing Board (upper tier): gss | official name | nice name | end | successor
# (start dates are only given for councils created after the HWBs began in 2013)
COUNCILS = """
E10000002|Buckinghamshire County Council|Buckinghamshire (county)|2020-03-31|buckinghamshire
E10000003|Cambridgeshire County Council|Cambridgeshire||
E10000006|Cumbria County Council|Cumbria|2023-03-31|cumberland;westmorland-and-furness
E10000007|Derbyshire County Council|Derbyshire||
E10000008|Devon County Council|Devon||
E10000009|Dorset County Council|Dorset (county)|2019-03-31|dorset
E10000011|East Sussex County Council|East Sussex||
E10000012|Essex County Council|Essex||
E10000013|Gloucestershire County Council|Gloucestershire||
E10000014|Hampshire County Council|Hampshire||
E10000015|Hertfordshire County Council|Hertfordshire||
E10000016|Kent County Council|Kent||
E10000017|Lancashire County Council|Lancashire||
E10000018|Leicestershire County Council|Leicestershire||
E10000019|Lincolnshire County Council|Lincolnshire||
E10000020|Norfolk County Council|Norfolk||
E10000021|Northamptonshire County Council|Northamptonshire|2021-03-31|north-northamptonshire;west-northamptonshire
E10000023|North Yorkshire County Council|North Yorkshire (county)|2023-03-31|north-yorkshire
E10000024|Nottinghamshire County Council|Nottinghamshire||
E10000025|Oxfordshire County Council|Oxfordshire||
E10000027|Somerset County Council|Somerset (county)|2023-03-31|somerset
E10000028|Staffordshire County Council|Staffordshire||
E10000029|Suffolk County Council|Suffolk||
E10000030|Surrey County Council|Surrey||
E10000031|Warwickshire County Council|Warwickshire||
E10000032|West Sussex County Council|West Sussex||
E10000034|Worcestershire County Council|Worcestershire||
E06000001|Hartlepool Borough Council|Hartlepool||
E06000002|Middlesbrough Council|Middlesbrough||
E06000003|Redcar and Cleveland Borough Council|Redcar and Cleveland||
E06000004|Stockton-on-Tees Borough Council|Stockton-on-Tees||
E06000005|Darlington Borough Council|Darlington||
E06000006|Halton Borough Council|Halton||
E06000007|Warrington Borough Council|Warrington||
E06000008|Blackburn with Darwen Borough Council|Blackburn with Darwen||
E06000009|Blackpool Council|Blackpool||
E06000010|Hull City Council|Kingston upon Hull|||Kingston upon Hull City Council
E06000011|East Riding of Yorkshire Council|East Riding of Yorkshire||
E06000012|North East Lincolnshire Council|North East Lincolnshire||
E06000013|North Lincolnshire Council|North Lincolnshire||
E06000014|City of York Council|York||
E06000015|Derby City Council|Derby||
E06000016|Leicester City Council|Leicester||
E06000017|Rutland County Council|Rutland||
E06000018|Nottingham City Council|Nottingham||
E06000019|Herefordshire Council|Herefordshire|||Herefordshire County Council
E06000020|Telford and Wrekin Council|Telford and Wrekin||
E06000021|Stoke-on-Trent City Council|Stoke-on-Trent||
E06000022|Bath and North East Somerset Council|Bath and North East Somerset|||B&NES Council
E06000023|Bristol City Council|Bristol||
E06000024|North Somerset Council|North Somerset||
E06000025|South Gloucestershire Council|South Gloucestershire||
E06000026|Plymouth City Council|Plymouth||
E06000027|Torbay Council|Torbay||
E06000028|Bournemouth Borough Council|Bournemouth|2019-03-31|bournemouth-christchurch-and-poole
E06000029|Borough of Poole|Poole|2019-03-31|bournemouth-christchurch-and-poole|Poole Borough Council
E06000030|Swindon Borough Council|Swindon||
E06000031|Peterborough City Council|Peterborough||
E06000032|Luton Borough Council|Luton||
E06000033|Southend-on-Sea City Council|Southend-on-Sea|||Southend-on-Sea Borough Council|Southend Council
E06000034|Thurrock Council|Thurrock||
E06000035|Medway Council|Medway||
E06000036|Bracknell Forest Council|Bracknell Forest||
E06000037|West Berkshire Council|West Berkshire||
E06000038|Reading Borough Council|Reading||
E06000039|Slough Borough Council|Slough||
E06000040|Royal Borough of Windsor and Maidenhead|Windsor and Maidenhead||
E06000041|Wokingham Borough Council|Wokingham||
E06000042|Milton Keynes City Council|Milton Keynes|||Milton Keynes Council
E06000043|Brighton and Hove City Council|Brighton and Hove||
E06000044|Portsmouth City Council|Portsmouth||
E06000045|Southampton City Council|Southampton||
E06000046|Isle of Wight Council|Isle of Wight||
E06000047|Durham County Council|County Durham|||County Durham Council
E06000049|Cheshire East Council|Cheshire East||
E06000050|Cheshire West and Chester Council|Cheshire West and Chester||
E06000051|Shropshire Council|Shropshire||
E06000052|Cornwall Council|Cornwall||
E06000053|Council of the Isles of Scilly|Isles of Scilly||
E06000054|Wiltshire Council|Wiltshire||
E06000055|Bedford Borough Council|Bedford||
E06000056|Central Bedfordshire Council|Central Bedfordshire||
E06000057|Northumberland County Council|Northumberland||
E06000058|Bournemouth, Christchurch and Poole Council|Bournemouth, Christchurch and Poole||||BCP Council
E06000059|Dorset Council|Dorset||
E06000060|Buckinghamshire Council|Buckinghamshire||
E06000061|North Northamptonshire Council|North Northamptonshire||
E06000062|West Northamptonshire Council|West Northamptonshire||
E06000063|Cumberland Council|Cumberland||
E06000064|Westmorland and Furness Council|Westmorland and Furness||
E06000065|North Yorkshire Council|North Yorkshire||
E06000066|Somerset Council|Somerset||
E08000001|Bolton Council|Bolton|||Bolton Metropolitan Borough Council
E08000002|Bury Council|Bury|||Bury Metropolitan Borough Council
E08000003|Manchester City Council|Manchester||
E08000004|Oldham Council|Oldham|||Oldham Metropolitan Borough Council
E08000005|Rochdale Borough Council|Rochdale|||Rochdale Metropolitan Borough Council
E08000006|Salford City Council|Salford||
E08000007|Stockport Council|Stockport|||Stockport Metropolitan Borough Council
E08000008|Tameside Council|Tameside|||Tameside Metropolitan Borough Council
E08000009|Trafford Council|Trafford|||Trafford Metropolitan Borough Council
E08000010|Wigan Council|Wigan|||Wigan Metropolitan Borough Council
E08000011|Knowsley Council|Knowsley|||Knowsley Metropolitan Borough Council
E08000012|Liverpool City Council|Liverpool||
E08000013|St Helens Council|St Helens|||St Helens Metropolitan Borough Council
E08000014|Sefton Council|Sefton|||Sefton Metropolitan Borough Council
E08000015|Wirral Council|Wirral|||Wirral Metropolitan Borough Council
E08000016|Barnsley Metropolitan Borough Council|Barnsley|||Barnsley Council|Barnsley MBC
E08000017|City of Doncaster Council|Doncaster|||Doncaster Council|Doncaster Metropolitan Borough Council
E08000018|Rotherham Metropolitan Borough Council|Rotherham|||Rotherham Council
E08000019|Sheffield City Council|Sheffield||
E08000021|Newcastle City Council|Newcastle upon Tyne|||Newcastle upon Tyne City Council
E08000022|North Tyneside Council|North Tyneside||
E08000023|South Tyneside Council|South Tyneside||
E08000024|Sunderland City Council|Sunderland||
E08000025|Birmingham City Council|Birmingham||
E08000026|Coventry City Council|Coventry||
E08000027|Dudley Metropolitan Borough Council|Dudley|||Dudley Council
E08000028|Sandwell Metropolitan Borough Council|Sandwell|||Sandwell Council
E08000029|Solihull Metropolitan Borough Council|Solihull|||Solihull Council
E08000030|Walsall Council|Walsall|||Walsall Metropolitan Borough Council
E08000031|City of Wolverhampton Council|Wolverhampton|||Wolverhampton City Council
E08000032|City of Bradford Metropolitan District Council|Bradford|||Bradford Council
E08000033|Calderdale Council|Calderdale|||Calderdale Metropolitan Borough Council
E08000034|Kirklees Council|Kirklees||
E08000035|Leeds City Council|Leeds||
E08000036|Wakefield Council|Wakefield|||City of Wakefield Metropolitan District Council|Wakefield Metropolitan District Council
E08000037|Gateshead Council|Gateshead|||Gateshead Metropolitan Borough Council
E09000001|City of London Corporation|City of London|||Corporation of London
E09000002|London Borough of Barking and Dagenham|Barking and Dagenham||
E09000003|London Borough of Barnet|Barnet||
E09000004|London Borough of Bexley|Bexley||
E09000005|London Borough of Brent|Brent||
E09000006|London Borough of Bromley|Bromley||
E09000007|London Borough of Camden|Camden||
E09000008|London Borough of Croydon|Croydon||
E09000009|London Borough of Ealing|Ealing||
E09000010|London Borough of Enfield|Enfield||
E09000011|Royal Borough of Greenwich|Greenwich||
E09000012|London Borough of Hackney|Hackney||
E09000013|London Borough of Hammersmith and Fulham|Hammersmith and Fulham||
E09000014|London Borough of Haringey|Haringey||
E09000015|London Borough of Harrow|Harrow||
E09000016|London Borough of Havering|Havering||
E09000017|London Borough of Hillingdon|Hillingdon||
E09000018|London Borough of Hounslow|Hounslow||
E09000019|London Borough of Islington|Islington|||Islington Council
E09000020|Royal Borough of Kensington and Chelsea|Kensington and Chelsea||
E09000021|Royal Borough of Kingston upon Thames|Kingston upon Thames||
E09000022|London Borough of Lambeth|Lambeth||
E09000023|London Borough of Lewisham|Lewisham||
E09000024|London Borough of Merton|Merton||
E09000025|London Borough of Newham|Newham||
E09000026|London Borough of Redbridge|Redbridge||
E09000027|London Borough of Richmond upon Thames|Richmond upon Thames||
E09000028|London Borough of Southwark|Southwark||
E09000029|London Borough of Sutton|Sutton||
E09000030|London Borough of Tower Hamlets|Tower Hamlets||
E09000031|London Borough of Waltham Forest|Waltham Forest||
E09000032|London Borough of Wandsworth|Wandsworth||
E09000033|Westminster City Council|Westminster|||City of Westminster
"""

NEW_COUNCIL_START = {
    "bournemouth-christchurch-and-poole": "2019-04-01", "dorset": "2019-04-01", "buckinghamshire": "2020-04-01",
    "north-northamptonshire": "2021-04-01", "west-northamptonshire": "2021-04-01", "cumberland": "2023-04-01",
    "westmorland-and-furness": "2023-04-01", "north-yorkshire": "2023-04-01", "somerset": "2023-04-01",
}

council_areas: list[str] = []  # nice names, for Healthwatch rows
for line in COUNCILS.strip().splitlines():
    parts = line.split("|")
    gss, official, nice, end, succ = parts[:5]
    alts = [a for a in parts[5:] if a]
    area = re.sub(r" \((county)\)$", "", nice)
    # "(county)" disambiguates the old county from its unitary successor of the same name
    key = slug(nice.replace(" (county)", "-county"))
    cid = f"council-{key}"
    alt_list = list(alts)
    if official.startswith("London Borough of "):
        alt_list += [f"{area} Council", f"LB {area}", f"{area} London Borough Council"]
    elif official.startswith("Royal Borough of "):
        alt_list += [f"{area} Council", f"RB {area}"]
    elif official.endswith(" Metropolitan Borough Council"):
        alt_list += [official.replace(" Metropolitan Borough Council", " MBC")]
    abbrs = []
    if "BCP Council" in alts:
        abbrs.append("BCP")
    add(cid, "council", official, alt_list, abbrs, gss, NEW_COUNCIL_START.get(key, ""), end,
        [f"council-{s}" for s in succ.split(";") if s], SRC_LA)
    # Healthwatch areas follow the historic footprints (Healthwatch Cumbria covers Cumberland and Westmorland and
    # Furness; Healthwatch Dorset covers BCP), so they come from every council, not just the current ones.
    if area not in ("Bournemouth", "Poole", "Cumberland", "Westmorland and Furness", "Bournemouth, Christchurch and Poole"):
        council_areas.append(area)

# local Healthwatch: every upper-tier council commissions one (since 2013-04-01)
HW_NAME = {"Kingston upon Hull": "Hull", "Newcastle upon Tyne": "Newcastle", "Bournemouth, Christchurch and Poole":
           "Bournemouth, Christchurch and Poole", "Bath and North East Somerset": "Bath and North East Somerset"}
# the short form some write their own name in ("Healthwatch Bucks"), kept as another name
HW_SHORT = {"Buckinghamshire": "Bucks"}
for area in sorted(set(council_areas)):
    name = HW_NAME.get(area, area)
    alts = [f"Healthwatch {area}"] if name != area else []
    alts += [f"Healthwatch {HW_SHORT[area]}"] if area in HW_SHORT else []
    add(f"healthwatch-{slug(area)}", "healthwatch", f"Healthwatch {name}", alts, start="2013-04-01")
add("healthwatch-england", "national_body", "Healthwatch England", start="2012-10-01")

# --- ICBs (2022-07-01) and ICSs; STP footprints (2016) carried over ----------------------------------------
# ICB name (without "NHS ... Integrated Care Board") | ODS | STP name(s) in 2016 (when different)
ICBS = """
North East and North Cumbria|QHM|Northumberland, Tyne and Wear and North Durham;Durham, Darlington, Tees, Hambleton, Richmondshire and Whitby;West, North and East Cumbria
North East London|QMF|
North Central London|QMJ|
North West London|QRV|
South East London|QKK|
South West London|QWE|
Cheshire and Merseyside|QYG|
Greater Manchester|QOP|
Lancashire and South Cumbria|QE1|
Humber and North Yorkshire|QOQ|Humber, Coast and Vale
South Yorkshire|QF7|South Yorkshire and Bassetlaw
West Yorkshire|QWO|West Yorkshire and Harrogate
Birmingham and Solihull|QHL|
Black Country|QUA|The Black Country
Coventry and Warwickshire|QWU|
Herefordshire and Worcestershire|QGH|
Shropshire, Telford and Wrekin|QOC|Shropshire and Telford and Wrekin
Staffordshire and Stoke-on-Trent|QNC|
Derby and Derbyshire|QJ2|Derbyshire
Leicester, Leicestershire and Rutland|QK1|
Lincolnshire|QJM|
Northamptonshire|QPM|
Nottingham and Nottinghamshire|QT1|Nottinghamshire
Bedfordshire, Luton and Milton Keynes|QHG|Milton Keynes, Bedfordshire and Luton
Cambridgeshire and Peterborough|QUE|
Hertfordshire and West Essex|QM7|
Mid and South Essex|QH8|
Norfolk and Waveney|QMM|
Suffolk and North East Essex|QJG|
Buckinghamshire, Oxfordshire and Berkshire West|QU9|
Frimley|QNQ|Frimley Health and Care
Hampshire and Isle of Wight|QRL|Hampshire and the Isle of Wight
Kent and Medway|QKS|
Surrey Heartlands|QXU|
Sussex|QNX|Sussex and East Surrey
Bath and North East Somerset, Swindon and Wiltshire|QOX|Bath, Swindon and Wiltshire
Bristol, North Somerset and South Gloucestershire|QUY|
Cornwall and the Isles of Scilly|QT6|
Devon|QJK|
Dorset|QVV|
Gloucestershire|QR1|
Somerset|QSL|
"""
for line in ICBS.strip().splitlines():
    area, ods, stps = line.split("|")
    s = slug(area)
    icb_alts = [f"{area} Integrated Care Board", f"NHS {area} ICB", f"{area} ICB"]
    add(f"icb-{s}", "icb", f"NHS {area} Integrated Care Board", icb_alts, code=ods, start="2022-07-01",
        source=SRC_ODS)
    add(f"ics-{s}", "ics", f"{area} Integrated Care System",
        [f"{area} ICS", f"{area} Health and Care Partnership"], start="2022-07-01", source=SRC_ONS)
    for stp in (stps.split(";") if stps else [area]):
        add(f"stp-{slug(stp)}", "stp", f"{stp} STP",
            [f"{stp} Sustainability and Transformation Partnership", f"{stp} Sustainability and Transformation Plan"],
            start="2016-03-01", end="2022-06-30", succ=[f"ics-{s}"], source=SRC_ONS)

# --- CCGs (2013-04-01 .. 2022-06-30): slug | name (without NHS/CCG) | ODS | start | end | successor slug(s)
CCGS = """
birmingham-crosscity|Birmingham CrossCity|13P||2018-03-31|birmingham-and-solihull
birmingham-south-and-central|Birmingham South and Central|04X||2018-03-31|birmingham-and-solihull
solihull|Solihull|||2018-03-31|birmingham-and-solihull
birmingham-and-solihull|Birmingham and Solihull|15E|2018-04-01||icb:birmingham-and-solihull
sandwell-and-west-birmingham|Sandwell and West Birmingham|05L||2021-03-31|black-country-and-west-birmingham
black-country-and-west-birmingham|Black Country and West Birmingham|D2P2L|2021-04-01||icb:black-country
cumbria|Cumbria|01H||2017-03-31|north-cumbria
north-cumbria|North Cumbria|01H|2017-04-01||icb:north-east-and-north-cumbria
morecambe-bay|Morecambe Bay|01K|2017-04-01||icb:lancashire-and-south-cumbria
lancashire-north|Lancashire North|01K||2017-03-31|morecambe-bay
greater-preston|Greater Preston|01E|||icb:lancashire-and-south-cumbria
chorley-and-south-ribble|Chorley and South Ribble|00X|||icb:lancashire-and-south-cumbria
gloucestershire|Gloucestershire|11M|||icb:gloucestershire
medway|Medway|09W||2020-03-31|kent-and-medway
kent-and-medway|Kent and Medway|91Q|2020-04-01||icb:kent-and-medway
dorset|Dorset|11J|||icb:dorset
eastern-cheshire|Eastern Cheshire|01C||2020-03-31|cheshire
south-cheshire|South Cheshire|01R||2020-03-31|cheshire
vale-royal|Vale Royal|02D||2020-03-31|cheshire
west-cheshire|West Cheshire|02F||2020-03-31|cheshire
cheshire|Cheshire|27D|2020-04-01||icb:cheshire-and-merseyside
halton|Halton|01F|||icb:cheshire-and-merseyside
liverpool|Liverpool|99A|||icb:cheshire-and-merseyside
northern-eastern-and-western-devon|Northern, Eastern and Western Devon|99P||2019-03-31|devon
south-devon-and-torbay|South Devon and Torbay|99Q||2019-03-31|devon
devon|Devon|15N|2019-04-01||icb:devon
north-durham|North Durham|00J||2020-03-31|county-durham
durham-dales-easington-and-sedgefield|Durham Dales, Easington and Sedgefield|00D||2020-03-31|county-durham
county-durham|County Durham|84H|2020-04-01||icb:north-east-and-north-cumbria
darlington|Darlington|00C||2020-03-31|tees-valley
hartlepool-and-stockton-on-tees|Hartlepool and Stockton-on-Tees|00K||2020-03-31|tees-valley
south-tees|South Tees|00M||2020-03-31|tees-valley
tees-valley|Tees Valley|16C|2020-04-01||icb:north-east-and-north-cumbria
newcastle-gateshead|Newcastle Gateshead|13T|2015-04-01||icb:north-east-and-north-cumbria
barnsley|Barnsley|02P|||icb:south-yorkshire
sheffield|Sheffield|03N|||icb:south-yorkshire
doncaster|Doncaster|02X|||icb:south-yorkshire
rotherham|Rotherham|03L|||icb:south-yorkshire
leeds-north|Leeds North|02V||2018-03-31|leeds
leeds-south-and-east|Leeds South and East|03G||2018-03-31|leeds
leeds-west|Leeds West|03C||2018-03-31|leeds
leeds|Leeds|15F|2018-04-01||icb:west-yorkshire
bradford-city|Bradford City|02N||2020-03-31|bradford-district-and-craven
bradford-districts|Bradford Districts|02W||2020-03-31|bradford-district-and-craven
bradford-district-and-craven|Bradford District and Craven|36J|2020-04-01||icb:west-yorkshire
guildford-and-waverley|Guildford and Waverley|09N||2020-03-31|surrey-heartlands
north-west-surrey|North West Surrey|09Y||2020-03-31|surrey-heartlands
surrey-downs|Surrey Downs|99H||2020-03-31|surrey-heartlands
surrey-heartlands|Surrey Heartlands|92A|2020-04-01||icb:surrey-heartlands
east-surrey|East Surrey|09L|||icb:surrey-heartlands
surrey-heath|Surrey Heath|10C|||icb:frimley
leicester-city|Leicester City|04C|||icb:leicester-leicestershire-and-rutland
west-leicestershire|West Leicestershire|04V|||icb:leicester-leicestershire-and-rutland
east-leicestershire-and-rutland|East Leicestershire and Rutland|03W|||icb:leicester-leicestershire-and-rutland
north-manchester|North Manchester|01M||2017-03-31|manchester
central-manchester|Central Manchester|00W||2017-03-31|manchester
south-manchester|South Manchester|01N||2017-03-31|manchester
manchester|Manchester|14L|2017-04-01||icb:greater-manchester
salford|Salford|01G|||icb:greater-manchester
bristol|Bristol|11H||2018-03-31|bristol-north-somerset-and-south-gloucestershire
north-somerset|North Somerset|11T||2018-03-31|bristol-north-somerset-and-south-gloucestershire
south-gloucestershire|South Gloucestershire|12A||2018-03-31|bristol-north-somerset-and-south-gloucestershire
bristol-north-somerset-and-south-gloucestershire|Bristol, North Somerset and South Gloucestershire|15C|2018-04-01||icb:bristol-north-somerset-and-south-gloucestershire
hull|Hull|03F|||icb:humber-and-north-yorkshire
east-riding-of-yorkshire|East Riding of Yorkshire|02Y|||icb:humber-and-north-yorkshire
vale-of-york|Vale of York|03Q|||icb:humber-and-north-yorkshire
cambridgeshire-and-peterborough|Cambridgeshire and Peterborough|06H|||icb:cambridgeshire-and-peterborough
southern-derbyshire|Southern Derbyshire|04R||2019-03-31|derby-and-derbyshire
north-derbyshire|North Derbyshire|||2019-03-31|derby-and-derbyshire
hardwick|Hardwick|||2019-03-31|derby-and-derbyshire
erewash|Erewash|||2019-03-31|derby-and-derbyshire
derby-and-derbyshire|Derby and Derbyshire|15M|2019-04-01||icb:derby-and-derbyshire
barnet|Barnet|07M||2020-03-31|north-central-london
camden|Camden|07R||2020-03-31|north-central-london
enfield|Enfield|07X||2020-03-31|north-central-london
haringey|Haringey|08D||2020-03-31|north-central-london
islington|Islington|08H||2020-03-31|north-central-london
north-central-london|North Central London|93C|2020-04-01||icb:north-central-london
bedfordshire|Bedfordshire|06F||2021-03-31|bedfordshire-luton-and-milton-keynes
luton|Luton|06P||2021-03-31|bedfordshire-luton-and-milton-keynes
milton-keynes|Milton Keynes|04F||2021-03-31|bedfordshire-luton-and-milton-keynes
bedfordshire-luton-and-milton-keynes|Bedfordshire, Luton and Milton Keynes|M1J4Y|2021-04-01||icb:bedfordshire-luton-and-milton-keynes
plymouth-placeholder|||||
"""
for line in CCGS.strip().splitlines():
    s, area, ods, start, end, succ = line.split("|")
    if not area:
        continue
    succ_ids = []
    for x in succ.split(";"):
        if x.startswith("icb:"):
            succ_ids.append(f"icb-{x[4:]}")
        elif x:
            succ_ids.append(f"ccg-{x}")
    alts = [f"{area} CCG", f"NHS {area} Clinical Commissioning Group", f"{area} Clinical Commissioning Group"]
    if area == "Birmingham CrossCity":
        alts += ["NHS Birmingham Crosscity CCG", "Birmingham Cross City CCG"]
    add(f"ccg-{s}", "ccg", f"NHS {area} CCG", alts, code=ods, start=start or "2013-04-01",
        end=end or "2022-06-30", succ=succ_ids, source=SRC_ODS)

# --- PCTs (to 2013-03-31) with CCG successors where the handover was simple
PCTS = """
Heart of Birmingham Teaching PCT|5MX|birmingham-crosscity;sandwell-and-west-birmingham
Birmingham East and North PCT|5PG|birmingham-crosscity
South Birmingham PCT|5M1|birmingham-south-and-central
Cumbria Teaching PCT|5NE|cumbria
Gloucestershire PCT|5QH|gloucestershire
Medway PCT|5L3|medway
Sheffield PCT|5N4|sheffield
Barnsley PCT|5JE|barnsley
Leeds PCT|5N1|leeds-north;leeds-south-and-east;leeds-west
Manchester PCT|5NT|north-manchester;central-manchester;south-manchester
Bristol PCT|5QJ|bristol
Leicester City PCT|5PC|leicester-city
Hull Teaching PCT|5NX|hull
Darlington PCT|5J9|darlington
Halton and St Helens PCT|5NM|halton
Plymouth Teaching PCT|5F1|northern-eastern-and-western-devon
Central and Eastern Cheshire PCT|5NN|eastern-cheshire;south-cheshire;vale-royal
County Durham PCT|5KL|north-durham;durham-dales-easington-and-sedgefield
Derby City PCT|5N7|southern-derbyshire
"""
for line in PCTS.strip().splitlines():
    name, ods, succ = line.split("|")
    area = name.replace(" Teaching PCT", "").replace(" PCT", "")
    alts = [name.replace(" PCT", " Primary Care Trust"), f"NHS {area}"]
    add(f"pct-{slug(area)}", "pct", name, alts, code=ods, end="2013-03-31",
        succ=[f"ccg-{x}" for x in succ.split(";") if x], source=SRC_ODS)

# --- national bodies and NHS England regions
add("nhs-england", "nhs_england", "NHS England",
    ["NHS England and NHS Improvement", "NHS England and Improvement", "NHS Commissioning Board", "NHS England & Improvement"],
    ["NHSE", "NHSE/I", "NHSEI", "NHSE&I", "NHS E/I", "NHSCB"], start="2013-04-01")
add("nhs-improvement", "national_body", "NHS Improvement", [], ["NHSI"], start="2016-04-01", end="2022-06-30",
    succ=["nhs-england"])
for region in ["North East and Yorkshire", "North West", "Midlands", "East of England", "London", "South East",
               "South West"]:
    add(f"nhse-region-{slug(region)}", "nhs_region", f"NHS England {region}",
        [f"NHS England - {region}", f"NHS England ({region})", f"NHS England and NHS Improvement {region}",
         f"NHS England {region} Region"], start="2020-04-01")
for region in ["North", "Midlands and East", "South"]:
    add(f"nhse-region-{slug(region)}-2013", "nhs_region", f"NHS England {region}",
        [f"NHS England - {region}", f"NHS England ({region})"], start="2013-04-01", end="2020-03-31")
add("phe", "national_body", "Public Health England", [], ["PHE"], start="2013-04-01", end="2021-09-30",
    succ=["ukhsa", "ohid"])
add("ukhsa", "national_body", "UK Health Security Agency", [], ["UKHSA"], start="2021-10-01")
add("ohid", "national_body", "Office for Health Improvement and Disparities", [], ["OHID"], start="2021-10-01")
add("hee", "national_body", "Health Education England", [], ["HEE"], start="2012-06-28", end="2023-03-31",
    succ=["nhs-england"])
add("cqc", "national_body", "Care Quality Commission", [], ["CQC"], start="2009-04-01")
add("dhsc", "national_body", "Department of Health and Social Care", ["Department of Health"], ["DHSC", "DH"])
add("lga", "national_body", "Local Government Association", [], ["LGA"])
add("dwp", "national_body", "Department for Work and Pensions", ["Jobcentre Plus"], ["DWP"])
# environment, heritage, sport and housing agencies that sit on local partnerships: several read like a person's
# name ("Natural England", "Historic England"), so only the gazetteer can tell them from one
add("natural-england", "national_body", "Natural England", start="2006-10-01")
add("environment-agency", "national_body", "Environment Agency", start="1996-04-01")
add("forestry-commission", "national_body", "Forestry Commission")
add("historic-england", "national_body", "Historic England", start="2015-04-01")
add("sport-england", "national_body", "Sport England")
add("arts-council-england", "national_body", "Arts Council England")
add("homes-and-communities-agency", "national_body", "Homes and Communities Agency", start="2008-12-01",
    end="2018-01-10", succ=["homes-england"])
add("homes-england", "national_body", "Homes England", start="2018-01-11")
add("highways-agency", "national_body", "Highways Agency", end="2015-03-31", succ=["highways-england"])
add("highways-england", "national_body", "Highways England", start="2015-04-01", end="2021-08-18",
    succ=["national-highways"])
add("national-highways", "national_body", "National Highways", start="2021-08-19")
add("network-rail", "national_body", "Network Rail")
add("scottish-natural-heritage", "national_body", "Scottish Natural Heritage", end="2020-08-23", succ=["naturescot"])
add("naturescot", "national_body", "NatureScot", start="2020-08-24")
add("sepa", "national_body", "Scottish Environment Protection Agency", abbrs=["SEPA"])
add("historic-environment-scotland", "national_body", "Historic Environment Scotland", start="2015-10-01")
add("scottish-enterprise", "national_body", "Scottish Enterprise")
add("highlands-and-islands-enterprise", "national_body", "Highlands and Islands Enterprise")
add("skills-development-scotland", "national_body", "Skills Development Scotland")
add("natural-resources-wales", "national_body", "Natural Resources Wales", ["Cyfoeth Naturiol Cymru"],
    start="2013-04-01")

# --- NHS trusts (selection): ODS | name | end | successor
TRUSTS = """
RRK|University Hospitals Birmingham NHS Foundation Trust||
RR1|Heart of England NHS Foundation Trust|2018-03-31|RRK
RYW|Birmingham Community Healthcare NHS Foundation Trust||
RXT|Birmingham and Solihull Mental Health NHS Foundation Trust||
RHQ|Sheffield Teaching Hospitals NHS Foundation Trust||
RCU|Sheffield Children's NHS Foundation Trust||
RR8|Leeds Teaching Hospitals NHS Trust||
RGD|Leeds and York Partnership NHS Foundation Trust||
RY6|Leeds Community Healthcare NHS Trust||
RTD|The Newcastle upon Tyne Hospitals NHS Foundation Trust||
R0A|Manchester University NHS Foundation Trust||
RW3|Central Manchester University Hospitals NHS Foundation Trust|2017-09-30|R0A
RM3|Northern Care Alliance NHS Foundation Trust||||Salford Royal NHS Foundation Trust
RK9|University Hospitals Plymouth NHS Trust||
RTE|Gloucestershire Hospitals NHS Foundation Trust||
RPA|Medway NHS Foundation Trust||
RBD|Dorset County Hospital NHS Foundation Trust||
RDY|Dorset HealthCare University NHS Foundation Trust||
RBT|Mid Cheshire Hospitals NHS Foundation Trust||
RJN|East Cheshire NHS Trust||
RNL|North Cumbria University Hospitals NHS Trust|2019-09-30|RNN
RNN|North Cumbria Integrated Care NHS Foundation Trust||
RTX|University Hospitals of Morecambe Bay NHS Foundation Trust||
RXN|Lancashire Teaching Hospitals NHS Foundation Trust||
RFF|Barnsley Hospital NHS Foundation Trust||
RXG|South West Yorkshire Partnership NHS Foundation Trust||
RWE|University Hospitals of Leicester NHS Trust||
RT5|Leicestershire Partnership NHS Trust||
RA7|University Hospitals Bristol and Weston NHS Foundation Trust|||University Hospitals Bristol NHS Foundation Trust
RVJ|North Bristol NHS Trust||
RWA|Hull University Teaching Hospitals NHS Trust|||Hull and East Yorkshire Hospitals NHS Trust
RGT|Cambridge University Hospitals NHS Foundation Trust||
RTH|Oxford University Hospitals NHS Foundation Trust||
RJ1|Guy's and St Thomas' NHS Foundation Trust||
RAL|Royal Free London NHS Foundation Trust||
RTG|University Hospitals of Derby and Burton NHS Foundation Trust|||Derby Teaching Hospitals NHS Foundation Trust
RXM|Derbyshire Healthcare NHS Foundation Trust||
RY8|Derbyshire Community Health Services NHS Foundation Trust||
RXP|County Durham and Darlington NHS Foundation Trust||
RTR|South Tees Hospitals NHS Foundation Trust||
RVW|North Tees and Hartlepool NHS Foundation Trust||
RX9|East Midlands Ambulance Service NHS Trust||
RYA|West Midlands Ambulance Service University NHS Foundation Trust||
RX7|North West Ambulance Service NHS Trust||
RX8|Yorkshire Ambulance Service NHS Trust||
RX6|North East Ambulance Service NHS Foundation Trust||
RYF|South Western Ambulance Service NHS Foundation Trust||
"""
for line in TRUSTS.strip().splitlines():
    parts = line.split("|")
    ods, name, end, succ = parts[:4]
    alts = [a for a in parts[4:] if a]
    short = re.sub(r"^The ", "", name)
    if short != name:
        alts.append(short)
    if "NHS Foundation Trust" in name:
        alts.append(name.replace("NHS Foundation Trust", "NHS FT"))
        alts.append(name.replace(" NHS Foundation Trust", " Foundation Trust"))
    code = ods.split("-")[0] if "-" not in ods else ""
    add(f"trust-{slug(short.replace(' NHS Foundation Trust', '').replace(' NHS Trust', ''))}", "nhs_trust", name,
        alts, code=code, end=end, succ=[f"trust-ods-{succ}"] if succ else [], source=SRC_ODS)
# resolve trust successors given by ODS code
by_code = {r["code"]: r["id"] for r in rows if r["type"] == "nhs_trust" and r["code"]}
for r in rows:
    if r["successor_ids"].startswith("trust-ods-"):
        r["successor_ids"] = by_code[r["successor_ids"][len("trust-ods-"):]]

# --- police forces: England and Wales (43). name | alt
POLICE = """
Avon and Somerset Constabulary|Avon and Somerset Police
Bedfordshire Police|
Cambridgeshire Constabulary|Cambridgeshire Police
Cheshire Constabulary|Cheshire Police
City of London Police|
Cleveland Police|
Cumbria Constabulary|Cumbria Police
Derbyshire Constabulary|Derbyshire Police
Devon and Cornwall Police|
Dorset Police|
Durham Constabulary|Durham Police
Essex Police|
Gloucestershire Constabulary|Gloucestershire Police
Greater Manchester Police|GMP
Hampshire and Isle of Wight Constabulary|Hampshire Constabulary;Hampshire Police
Hertfordshire Constabulary|Hertfordshire Police
Humberside Police|
Kent Police|
Lancashire Constabulary|Lancashire Police
Leicestershire Police|
Lincolnshire Police|
Merseyside Police|
Metropolitan Police Service|Metropolitan Police;Met Police
Norfolk Constabulary|Norfolk Police
Northamptonshire Police|
Northumbria Police|
North Yorkshire Police|
Nottinghamshire Police|
South Yorkshire Police|
Staffordshire Police|
Suffolk Constabulary|Suffolk Police
Surrey Police|
Sussex Police|
Thames Valley Police|
Warwickshire Police|
West Mercia Police|
West Midlands Police|
West Yorkshire Police|
Wiltshire Police|
Dyfed-Powys Police|
Gwent Police|
North Wales Police|
South Wales Police|
"""
for line in POLICE.strip().splitlines():
    name, alts = line.split("|")
    add(f"police-{slug(re.sub(r' (Police|Constabulary)( Service)?$', '', name))}", "police", name,
        [a for a in alts.split(";") if a and a != "GMP"], ["GMP"] if "GMP" in alts else [])

FIRE = """Avon|Bedfordshire|Buckinghamshire|Cambridgeshire|Cheshire|Cleveland|Cornwall|County Durham and Darlington|
Cumbria|Derbyshire|Devon and Somerset|Dorset and Wiltshire|East Sussex|Essex|Gloucestershire|Greater Manchester|
Hampshire and Isle of Wight|Hereford and Worcester|Hertfordshire|Humberside|Kent|Lancashire|Leicestershire|
Lincolnshire|London|Merseyside|Norfolk|North Yorkshire|Northamptonshire|Northumberland|Nottinghamshire|
Oxfordshire|Royal Berkshire|Shropshire|South Yorkshire|Staffordshire|Suffolk|Surrey|Tyne and Wear|Warwickshire|
West Midlands|West Sussex|West Yorkshire"""
for area in [a.strip() for a in FIRE.replace("\n", "").split("|") if a.strip()]:
    name = "London Fire Brigade" if area == "London" else f"{area} Fire and Rescue Service"
    alts = [] if area == "London" else [f"{area} Fire & Rescue Service", f"{area} Fire and Rescue", f"{area} Fire Service"]
    add(f"fire-{slug(area)}", "fire_rescue", name, alts)

# --- Welsh and Scottish councils and NHS boards: their members sit on cross-border and national committees, and
# minutes name them after a councillor ("Cllr A Jones, Cyngor Gwynedd"); Welsh councils are written in either
# language. No Healthwatch rows: Wales and Scotland have none. official name | other names (Welsh ones included)
WELSH_COUNCILS = """
Isle of Anglesey County Council|Anglesey Council|Cyngor Sir Ynys Môn|Ynys Môn Council
Gwynedd Council|Cyngor Gwynedd
Conwy County Borough Council|Conwy Council|Cyngor Bwrdeistref Sirol Conwy
Denbighshire County Council|Cyngor Sir Ddinbych
Flintshire County Council|Cyngor Sir y Fflint
Wrexham County Borough Council|Wrexham Council|Cyngor Bwrdeistref Sirol Wrecsam
Ceredigion County Council|Cyngor Sir Ceredigion
Pembrokeshire County Council|Cyngor Sir Penfro
Carmarthenshire County Council|Cyngor Sir Gâr
Swansea Council|City and County of Swansea|City & County of Swansea Council|Cyngor Abertawe
Neath Port Talbot Council|Neath Port Talbot County Borough Council|Cyngor Castell-nedd Port Talbot
Bridgend County Borough Council|Bridgend Council|Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr
Vale of Glamorgan Council|Cyngor Bro Morgannwg
Cardiff Council|City of Cardiff Council|Cyngor Caerdydd
Rhondda Cynon Taf County Borough Council|Rhondda Cynon Taf Council|Cyngor Bwrdeistref Sirol Rhondda Cynon Taf
Merthyr Tydfil County Borough Council|Merthyr Tydfil Council|Cyngor Bwrdeistref Sirol Merthyr Tudful
Caerphilly County Borough Council|Caerphilly Council|Cyngor Bwrdeistref Sirol Caerffili
Blaenau Gwent County Borough Council|Blaenau Gwent Council|Cyngor Bwrdeistref Sirol Blaenau Gwent
Torfaen County Borough Council|Torfaen Council|Cyngor Bwrdeistref Sirol Torfaen
Monmouthshire County Council|Cyngor Sir Fynwy
Newport City Council|Newport Council|Cyngor Dinas Casnewydd
Powys County Council|Cyngor Sir Powys
"""
SCOTTISH_COUNCILS = """Aberdeen City|Aberdeenshire|Angus|Argyll and Bute|Clackmannanshire|Dumfries and Galloway|Dundee City|
East Ayrshire|East Dunbartonshire|East Lothian|East Renfrewshire|City of Edinburgh|Falkirk|Fife|Glasgow City|Highland|
Inverclyde|Midlothian|Moray|North Ayrshire|North Lanarkshire|Orkney Islands|Perth and Kinross|Renfrewshire|
Scottish Borders|Shetland Islands|South Ayrshire|South Lanarkshire|Stirling|West Dunbartonshire|West Lothian"""
# start dates: the 2019 boundary change moved Bridgend from one Welsh board to another (both renamed)
WELSH_HEALTH_BOARDS = """
Betsi Cadwaladr University Health Board|BCUHB||
Hywel Dda University Health Board|HDUHB||
Swansea Bay University Health Board|SBUHB|2019-04-01|
Abertawe Bro Morgannwg University Health Board|ABMUHB||2019-03-31
Cwm Taf Morgannwg University Health Board|CTMUHB|2019-04-01|
Cwm Taf University Health Board|||2019-03-31
Cardiff and Vale University Health Board|CAVUHB||
Aneurin Bevan University Health Board|ABUHB||
Powys Teaching Health Board|PTHB||
"""
SCOTTISH_HEALTH_BOARDS = """Ayrshire and Arran|Borders|Dumfries and Galloway|Fife|Forth Valley|Grampian|
Greater Glasgow and Clyde|Highland|Lanarkshire|Lothian|Orkney|Shetland|Tayside|Western Isles"""

for line in WELSH_COUNCILS.strip().splitlines():
    official, *alts = line.split("|")
    add(f"council-wales-{slug(official)}", "council", official, alts, source=SRC_LA)
for area in SCOTTISH_COUNCILS.replace("\n", "").split("|"):
    official = "The City of Edinburgh Council" if area == "City of Edinburgh" else f"{area} Council"
    alts = ["City of Edinburgh Council", "Edinburgh City Council"] if area == "City of Edinburgh" else []
    if area.endswith(" City"):
        alts.append(f"{area.removesuffix(' City')} City Council")
    add(f"council-scotland-{slug(area)}", "council", official, alts, source=SRC_LA)
for line in WELSH_HEALTH_BOARDS.strip().splitlines():
    name, abbr, start, end = line.split("|")
    add(f"health-board-{slug(name)}", "health_board", name,  # "Local Health Board": the 2009 boards' name
        [name.replace(" University ", " "), re.sub(r" (?:University|Teaching) ", " Local ", name)],
        [abbr] if abbr else [], start=start, end=end, source=SRC_OTHER)
for area in SCOTTISH_HEALTH_BOARDS.replace("\n", "").split("|"):
    add(f"health-board-nhs-{slug(area)}", "health_board", f"NHS {area}",
        [f"NHS {area.replace(' and ', ' & ')}"] if " and " in area else [], source=SRC_OTHER)

# --- voluntary sector: national bodies and a few local infrastructure bodies known by name
for name, alts, abbrs in [
    ("Age UK", [], []), ("Citizens Advice", ["Citizens Advice Bureau"], ["CAB"]), ("Mind", [], []),
    ("Macmillan Cancer Support", ["Macmillan"], []), ("Carers UK", [], []), ("Alzheimer's Society", [], []),
    ("NAVCA", ["National Association for Voluntary and Community Action"], []),
    ("Voluntary Action Sheffield", [], ["VAS"]), ("Voluntary Action Leeds", [], []),
    ("Birmingham Voluntary Service Council", [], ["BVSC"]),
]:
    add(f"vcs-{slug(name)}", "voluntary_sector", name, alts, abbrs)

# --- universities (selection)
for name in ["University of Birmingham", "University of Sheffield", "University of Leeds", "University of Manchester",
             "University of Bristol", "University of Leicester", "University of Cumbria", "University of Gloucestershire",
             "University of Plymouth", "Durham University", "University of Hull", "University of Derby",
             "Bournemouth University", "University of Cambridge", "Newcastle University"]:
    add(f"university-{slug(name)}", "university", name)


def main() -> None:
    ids = [r["id"] for r in rows]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate ids: {sorted(dupes)}")
    known = set(ids)
    for r in rows:
        for s in filter(None, r["successor_ids"].split("|")):
            if s not in known:
                raise SystemExit(f"{r['id']}: unknown successor {s}")
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
