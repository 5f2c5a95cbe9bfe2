//! The figure recognizer, case by case: every construct it reads and every trap it must not
//! fall into. Each case is the input and the figures expected, written compactly as
//! `[span text] interval kind unit`, figures separated by ` | `:
//!
//! - the interval is one value (`3000`) or `low..high` with an empty side when open
//!   (`500..`, `..500`), prefixed with `~` when approximate;
//! - the kind is `count`, `percent`, `money` or `measure`; the unit is `-` when there is none.
//!
//! An empty expectation means "no figure at all".

use attest::syntax::figure::{Figure, recognize};

fn number(v: f64) -> String {
    format!("{v}")
}

fn describe(text: &str, f: &Figure) -> String {
    let interval = match (f.low, f.high) {
        (Some(a), Some(b)) if a == b => number(a),
        (a, b) => format!("{}..{}", a.map(number).unwrap_or_default(), b.map(number).unwrap_or_default()),
    };
    let kind = format!("{:?}", f.kind).to_lowercase();
    let unit = f.unit.as_deref().unwrap_or("-");
    format!("[{}] {}{interval} {kind} {unit}", f.span.slice(text), if f.approx { "~" } else { "" })
}

/// Checks the figures of `input` against `expected`, and the invariants every result keeps:
/// spans in order, not overlapping, on character boundaries; range ends inside the span.
fn check(input: &str, expected: &str) {
    let figures = recognize(input);
    let mut last = 0;
    for f in &figures {
        assert!(
            f.span.start >= last && f.span.start < f.span.end && f.span.end <= input.len(),
            "{input:?}: bad span {f:?}"
        );
        last = f.span.end;
        if let Some((a, b)) = f.ends {
            assert!(f.span.covers(a) && f.span.covers(b) && a.end <= b.start, "{input:?}: bad ends {f:?}");
        }
    }
    let got: Vec<String> = figures.iter().map(|f| describe(input, f)).collect();
    assert_eq!(got.join(" | "), expected, "input: {input:?}");
}

#[rustfmt::skip]
const CASES: &[(&str, &str)] = &[
        // The article the recognizer was first written for.
        ("between 20,000 and 23,000 fighters", "[between 20,000 and 23,000 fighters] 20000..23000 count fighter"),
        ("around 3,000 fighters", "[around 3,000 fighters] ~3000 count fighter"),
        ("5,000 to 7,000", "[5,000 to 7,000] 5000..7000 count -"),
        ("400 to 1,500", "[400 to 1,500] 400..1500 count -"),
        ("300 to 1,200", "[300 to 1,200] 300..1200 count -"),
        ("150 to 500", "[150 to 500] 150..500 count -"),
        ("150 to 250 members", "[150 to 250 members] 150..250 count member"),
        ("dropped by around 20% in 2025", "[around 20%] ~20 percent -"),
        ("on Feb. 13, 2026", ""),
        ("more than 21 terrorist groups", "[more than 21 terrorist groups] 21.. count group"),
        ("in July 2025", ""),
        ("returned to power in 2021", ""),
        ("more than half", ""),
        // Plain numbers, separators, decimals.
        ("3 groups", "[3 groups] 3 count group"),
        ("400 fighters", "[400 fighters] 400 count fighter"),
        ("20,000", "[20,000] 20000 count -"),
        ("1,234,567", "[1,234,567] 1234567 count -"),
        ("3.5", "[3.5] 3.5 count -"),
        ("0.25", "[0.25] 0.25 count -"),
        (".5", "[.5] 0.5 count -"),
        ("4.800", "[4.800] 4.8 count -"),
        // Percentages.
        ("20%", "[20%] 20 percent -"),
        ("20 %", "[20 %] 20 percent -"),
        ("20 percent", "[20 percent] 20 percent -"),
        ("20 per cent", "[20 per cent] 20 percent -"),
        ("20 pct", "[20 pct] 20 percent -"),
        ("5 percentage points", "[5 percentage points] 5 percent pp"),
        ("3.2 pp", "[3.2 pp] 3.2 percent pp"),
        ("50 basis points", "[50 basis points] 50 percent bp"),
        // Money.
        ("$4.5 billion", "[$4.5 billion] 4500000000 money USD"),
        ("$4.5bn", "[$4.5bn] 4500000000 money USD"),
        ("$ 75 million", "[$ 75 million] 75000000 money USD"),
        ("€2 million", "[€2 million] 2000000 money EUR"),
        ("£300m", "[£300m] 300000000 money GBP"),
        ("¥1 trillion", "[¥1 trillion] 1000000000000 money JPY"),
        ("₹500 crore", "[₹500 crore] 5000000000 money INR"),
        ("Rs 500 crore", "[Rs 500 crore] 5000000000 money INR"),
        ("Rs. 1,200", "[Rs. 1,200] 1200 money INR"),
        ("US$150 million", "[US$150 million] 150000000 money USD"),
        ("US $ 150 million", "[US $ 150 million] 150000000 money USD"),
        ("USD 1.5 billion", "[USD 1.5 billion] 1500000000 money USD"),
        ("1.5 billion USD", "[1.5 billion USD] 1500000000 money USD"),
        ("50 million euros", "[50 million euros] 50000000 money EUR"),
        ("10,000 Swiss francs", "[10,000 Swiss francs] 10000 money CHF"),
        ("125 million Australian dollars", "[125 million Australian dollars] 125000000 money AUD"),
        ("PKR 1.2 trillion", "[PKR 1.2 trillion] 1200000000000 money PKR"),
        ("420 million Finnish markka", "[420 million Finnish markka] 420000000 money markka"),
        ("30 MUSD", "[30 MUSD] 30000000 money USD"),
        ("2mil SEK", "[2mil SEK] 2000000 money SEK"),
        // Magnitudes and spelled-out numbers.
        ("1.5 million", "[1.5 million] 1500000 count -"),
        ("1.5 million people", "[1.5 million people] 1500000 count person"),
        ("4.2m people", "[4.2m people] 4200000 count person"),
        ("a 30m wall", "[30m] 30 measure m"),
        ("5k", "[5k] 5000 count -"),
        ("5k-20k", "[5k-20k] 5000..20000 count -"),
        ("10 bn", "[10 bn] 10000000000 count -"),
        ("3 mn", "[3 mn] 3000000 count -"),
        ("three million", "[three million] 3000000 count -"),
        ("two and a half billion", "[two and a half billion] 2500000000 count -"),
        ("half a million refugees", "[half a million refugees] 500000 count refugee"),
        ("a million people", "[a million people] 1000000 count person"),
        ("one hundred thousand", "[one hundred thousand] 100000 count -"),
        ("twenty percent", "[twenty percent] 20 percent -"),
        ("twenty-five per cent", "[twenty-five per cent] 25 percent -"),
        ("two countries", ""),
        ("one of the groups", ""),
        ("Twenty-six people died", ""),
        // Measures.
        ("1,300 km", "[1,300 km] 1300 measure km"),
        ("1,300 kilometres", "[1,300 kilometres] 1300 measure km"),
        ("29km", "[29km] 29 measure km"),
        ("200 miles", "[200 miles] 200 measure mi"),
        ("12 nautical miles", "[12 nautical miles] 12 measure nmi"),
        ("4,000 tonnes", "[4,000 tonnes] 4000 measure t"),
        ("16,000 metric tons", "[16,000 metric tons] 16000 measure t"),
        ("10,800 hectares", "[10,800 hectares] 10800 measure ha"),
        ("43,000 km2", "[43,000 km2] 43000 measure km2"),
        ("43,000 km²", "[43,000 km²] 43000 measure km2"),
        ("16,600 sq mi", "[16,600 sq mi] 16600 measure mi2"),
        ("660 square meters", "[660 square meters] 660 measure m2"),
        ("274.8 kg", "[274.8 kg] 274.8 measure kg"),
        ("500,000 barrels a day", "[500,000 barrels a day] 500000 measure bbl/d"),
        ("700,000 bpd", "[700,000 bpd] 700000 measure bbl/d"),
        ("180 km/h", "[180 km/h] 180 measure km/h"),
        ("60 mph", "[60 mph] 60 measure mph"),
        ("1,200 MW", "[1,200 MW] 1200 measure MW"),
        ("5 litres", "[5 litres] 5 measure l"),
        ("2.4 billion gallons", "[2.4 billion gallons] 2400000000 measure gal"),
        ("a 3-inch pipe", "[3-inch] 3 measure in"),
        ("a 45-acre farm", "[45-acre] 45 measure acre"),
        // Ranges.
        ("between 3 and 4 million", "[between 3 and 4 million] 3000000..4000000 count -"),
        ("between $3 and $4 billion", "[between $3 and $4 billion] 3000000000..4000000000 money USD"),
        ("$3-4 billion", "[$3-4 billion] 3000000000..4000000000 money USD"),
        ("30% and 35%", "[30%] 30 percent - | [35%] 35 percent -"),
        ("between 30% and 35%", "[between 30% and 35%] 30..35 percent -"),
        ("30 to 35 per cent", "[30 to 35 per cent] 30..35 percent -"),
        ("5,000 to 7,000 fighters", "[5,000 to 7,000 fighters] 5000..7000 count fighter"),
        ("from 5 to 10 km", "[from 5 to 10 km] 5..10 measure km"),
        ("10-15 km", "[10-15 km] 10..15 measure km"),
        ("7,000–12,000 fighters", "[7,000–12,000 fighters] 7000..12000 count fighter"),
        // pandoc's smart typography: `--` is an en dash, `---` an em dash.
        ("5,000--7,000 fighters", "[5,000--7,000 fighters] 5000..7000 count fighter"),
        ("20--30%", "[20--30%] 20..30 percent -"),
        ("400 -- 1,500 men", "[400 -- 1,500 men] 400..1500 count man"),
        ("1,200---1,500", "[1,200---1,500] 1200..1500 count -"),
        // HTML entities stand for their characters.
        ("5,000&ndash;7,000 fighters", "[5,000&ndash;7,000 fighters] 5000..7000 count fighter"),
        ("30&#8211;40 units", "[30&#8211;40 units] 30..40 count unit"),
        ("20&nbsp;000 men", "[20&nbsp;000 men] 20000 count man"),
        ("5&nbsp;km", "[5&nbsp;km] 5 measure km"),
        ("&euro;5 million", "[&euro;5 million] 5000000 money EUR"),
        ("&minus;5%", "[&minus;5%] -5 percent -"),
        ("A&amp;B 3,000", "[3,000] 3000 count -"),
        // A paragraph's lines run on: a figure may be cut by a line break.
        ("between 20,000 and\n23,000 fighters", "[between 20,000 and\n23,000 fighters] 20000..23000 count fighter"),
        ("$4.5\nbillion", "[$4.5\nbillion] 4500000000 money USD"),
        ("about\n400 members", "[about\n400 members] ~400 count member"),
        ("20\nper cent", "[20\nper cent] 20 percent -"),
        ("20,000 and\n\n23,000", "[20,000] 20000 count - | [23,000] 23000 count -"),
        ("1000 - 5000", "[1000 - 5000] 1000..5000 count -"),
        ("20~100", "[20~100] 20..100 count -"),
        ("20 through 100", "[20 through 100] 20..100 count -"),
        ("between 900 and 600", "[between 900 and 600] 900..600 count -"),
        ("fell from 900 to 600", "[900] 900 count - | [600] 600 count -"),
        ("rose 5% to 7%", "[5%] 5 percent - | [7%] 7 percent -"),
        // Approximators.
        ("about 500", "[about 500] ~500 count -"),
        ("around 500", "[around 500] ~500 count -"),
        ("approximately 500", "[approximately 500] ~500 count -"),
        ("approx. 500", "[approx. 500] ~500 count -"),
        ("roughly 500", "[roughly 500] ~500 count -"),
        ("some 500", "[some 500] ~500 count -"),
        ("an estimated 500", "[an estimated 500] ~500 count -"),
        ("estimated 500", "[estimated 500] ~500 count -"),
        ("nearly 500", "[nearly 500] ~500 count -"),
        ("almost 500", "[almost 500] ~500 count -"),
        ("close to 500", "[close to 500] ~500 count -"),
        ("~500", "[~500] ~500 count -"),
        ("c. 500", "[c. 500] ~500 count -"),
        ("circa 500", "[circa 500] ~500 count -"),
        ("500 or so", "[500 or so] ~500 count -"),
        ("20-odd", "[20-odd] ~20 count -"),
        // Bounds.
        ("more than 500", "[more than 500] 500.. count -"),
        ("over 500", "[over 500] 500.. count -"),
        ("at least 500", "[at least 500] 500.. count -"),
        ("above 500", "[above 500] 500.. count -"),
        ("in excess of 500", "[in excess of 500] 500.. count -"),
        ("greater than 500", "[greater than 500] 500.. count -"),
        ("exceeding 500", "[exceeding 500] 500.. count -"),
        ("upwards of 500", "[upwards of 500] 500.. count -"),
        ("500 or more", "[500 or more] 500.. count -"),
        ("40+ vehicles", "[40+ vehicles] 40.. count vehicle"),
        ("20-plus", "[20-plus] 20.. count -"),
        ("up to 500", "[up to 500] ..500 count -"),
        ("fewer than 500", "[fewer than 500] ..500 count -"),
        ("less than 500", "[less than 500] ..500 count -"),
        ("under 500", "[under 500] ..500 count -"),
        ("at most 500", "[at most 500] ..500 count -"),
        ("below 500", "[below 500] ..500 count -"),
        ("no more than 500", "[no more than 500] ..500 count -"),
        ("as many as 500", "[as many as 500] ..500 count -"),
        ("500 or fewer", "[500 or fewer] ..500 count -"),
        (">10", "[>10] 10.. count -"),
        ("<20", "[<20] ..20 count -"),
        (">= 30", "[>= 30] 30.. count -"),
        ("<= 30", "[<= 30] ..30 count -"),
        ("≤ 30", "[≤ 30] ..30 count -"),
        ("just over 500", "[just over 500] 500.. count -"),
        ("well below 10%", "[well below 10%] ..10 percent -"),
        ("up to an estimated 5,000 fighters", "[up to an estimated 5,000 fighters] ~..5000 count fighter"),
        ("more than 10 and less than 20", "[more than 10 and less than 20] 10..20 count -"),
        ("at most 100 and at least 20", "[at most 100 and at least 20] 20..100 count -"),
        ("more than 40 and less than 10", "[more than 40] 40.. count - | [less than 10] ..10 count -"),
        ("over 3 years", "[3 years] 3 count year"),
        // Signs.
        ("-3.2%", "[-3.2%] -3.2 percent -"),
        ("−5%", "[−5%] -5 percent -"),
        ("minus 5", "[minus 5] -5 count -"),
        // Years, dates and times are not figures.
        ("in 2025", ""),
        ("between 2019 and 2021", ""),
        ("2001–2021", ""),
        ("2001--2021", ""),
        ("2019-20", ""),
        ("the 1990s", ""),
        ("the '90s", ""),
        ("13 February 2026", ""),
        ("Feb. 13, 2026", ""),
        ("February 13, 2026", ""),
        ("2026-03-03", ""),
        ("03/03/2026", ""),
        ("March 2026", ""),
        ("13-14 February", ""),
        ("on 14 and 15 February", ""),
        ("10:30", ""),
        ("at 3 pm", ""),
        ("5 p.m.", ""),
        ("began at 10.30 pm local time", ""),
        ("left at 6.45 a.m. and arrived", ""),
        ("at 10.30pm", ""),
        ("a 10.75 am", "[10.75] 10.75 count -"),
        ("0400 GMT", ""),
        // Ordinals, names and identifiers are not figures.
        ("3rd", ""),
        ("21st", ""),
        ("the 101st Airborne", ""),
        ("first", ""),
        ("COVID-19", ""),
        ("Su-35", ""),
        ("MH17", ""),
        ("G7", ""),
        ("F-16", ""),
        ("Resolution 2593", ""),
        ("Article 4", ""),
        ("ISO 3166", ""),
        ("Section 3.2", ""),
        ("Chapter 7", ""),
        ("Table 2", ""),
        ("Figure 3", ""),
        ("page 4", ""),
        ("p. 4", ""),
        ("pp. 10-12", ""),
        ("No. 5", ""),
        ("v1.2.3", ""),
        ("1.2.3", ""),
        ("192.168.1.2", ""),
        ("+1 202 555 0100", ""),
        ("+44 20 7946 0958", ""),
        ("202-555-0100", ""),
        ("https://example.org/2025/report", ""),
        ("www.example.org/2025", ""),
        ("a@b.com", ""),
        // Headings, list markers, eras, ratios.
        ("3.2 Findings", ""),
        ("1. The group", ""),
        ("2) The group", ""),
        ("500 BC", ""),
        ("1 in 5 children", ""),
        ("3 out of 10", ""),
        // The year heuristic.
        ("the 2000 elections", ""),
        ("2000 fighters", "[2000 fighters] 2000 count fighter"),
        ("more than 2000", "[more than 2000] 2000.. count -"),
        ("some 2000 fighters", "[some 2000 fighters] ~2000 count fighter"),
        ("the 2022 invasion", ""),
        ("in 1453", ""),
        ("The resolution passed 13-2", ""),
        ("World War 2", ""),
        ("COP28 and G20", ""),
        ("FY2024", ""),
        ("H5N1", ""),
        ("T-72 tanks", ""),
        ("007", ""),
        ("24/7", ""),
        ("1/3", ""),
        // Counted nouns.
        ("the first 100 days", "[100 days] 100 count day"),
        ("a 10-year plan", "[10-year] 10 count year"),
        ("a 2,000-strong force", "[2,000-strong force] 2000 count force"),
        // A singular word after a number above one is a verb or an adverb, not its noun.
        ("some 12 remain in custody", "[some 12] ~12 count -"),
        ("around 300 left for Iran", "[around 300] ~300 count -"),
        ("the strikes killed 8 near Kunduz", "[8] 8 count -"),
        ("detained 15 overnight", "[15] 15 count -"),
        ("holds 3,000 despite losses", "[3,000] 3000 count -"),
        ("1 fighter was killed", "[1 fighter] 1 count fighter"),
        ("5,000 militia", "[5,000 militia] 5000 count militia"),
        ("killed 12, with 30 missing", "[12] 12 count - | [30 missing] 30 count missing"),
        ("troops killed 30 Taliban", "[30 Taliban] 30 count taliban"),
        // Ratios and votes written with "to".
        ("outnumbered 3 to 1", ""),
        ("a ratio of 2 to 1", ""),
        ("the council voted 7 to 2", ""),
        ("between 9 and 1", "[between 9 and 1] 9..1 count -"),
        ("est. 2,000 militants", "[est. 2,000 militants] ~2000 count militant"),
        ("a $50-million fund", "[$50-million] 50000000 money USD"),
        ("a 3-billion-dollar deal", "[3-billion-dollar] 3000000000 money USD"),
        ("a 10-million-strong army", "[10-million-strong army] 10000000 count army"),
        ("a budget of Afs 12 billion", "[Afs 12 billion] 12000000000 money AFN"),
        ("attacked checkpoints 7 and 8", ""),
        ("in Kabul's District 13", ""),
        ("clashes in district 9 of Kabul", ""),
        ("a 20- to 30-minute drive", "[20- to 30-minute] 20..30 count minute"),
        ("a 10- to 15-kilometre zone", "[10- to 15-kilometre] 10..15 measure km"),
        ("between 5- and 10-year terms", "[between 5- and 10-year] 5..10 count year"),
        ("a 20 to 30-minute drive", "[20 to 30-minute] 20..30 count minute"),
        ("a 3,000- to 5,000-strong force", "[3,000- to 5,000-strong force] 3000..5000 count force"),
        ("the 2001- to 2005-era cases", ""),
        ("3,000 Taliban fighters", "[3,000 Taliban fighters] 3000 count fighter"),
        ("700 contract workers", "[700 contract workers] 700 count worker"),
        ("20,000 people", "[20,000 people] 20000 count person"),
        ("10 years", "[10 years] 10 count year"),
        ("5 killed", "[5] 5 count -"),
        ("30 each", "[30] 30 count -"),
        ("12 attacks in 2023", "[12 attacks] 12 count attack"),
        // Sentences.
        ("Around 700,000 barrels per day were exported.", "[Around 700,000 barrels per day] ~700000 measure bbl/d"),
        ("Casualties dropped by 20% in 2025, and 1,200 militants were killed.", "[20%] 20 percent - | [1,200 militants] 1200 count militant"),
        ("The UN appealed for US$3.06 billion for 2025 to reach 23.7 million people.", "[US$3.06 billion] 3060000000 money USD | [23.7 million people] 23700000 count person"),
        ("Opium cultivation fell by 95 per cent to 10,800 hectares.", "[95 per cent] 95 percent - | [10,800 hectares] 10800 measure ha"),
        ("Turnout was 48.8 per cent, up 3.2 percentage points.", "[48.8 per cent] 48.8 percent - | [3.2 percentage points] 3.2 percent pp"),
        ("They bought the Boeing 737 and 12 Airbus jets.", "[12 Airbus jets] 12 count jet"),
        ("Ukraine received 31 M1 Abrams tanks.", "[31 M1 Abrams tanks] 31 count tank"),
        ("$5 per barrel", "[$5] 5 money USD"),
        ("3 dollars", "[3 dollars] 3 money USD"),
        ("1,200 euros", "[1,200 euros] 1200 money EUR"),
        ("a 12-cent rise", "[12-cent] 12 money cent"),
        ("The TTP has 6,000-6,500 fighters.", "[6,000-6,500 fighters] 6000..6500 count fighter"),
        ("Nearly half of the 1,200 schools were closed.", "[1,200 schools] 1200 count school"),
        ("Ceasefire talks began on 3 May; may 3 groups join?", "[3 groups] 3 count group"),
        ("Attacks fell from 1,200 in 2023 to 900 in 2024.", "[1,200] 1200 count - | [900] 900 count -"),
        ("20,000 (fighters)", "[20,000] 20000 count -"),
        ("20\u{202f}000 fighters", "[20\u{202f}000 fighters] 20000 count fighter"),
        ("20\u{a0}000 fighters", "[20\u{a0}000 fighters] 20000 count fighter"),
        ("20 000 fighters", "[20 000 fighters] 20000 count fighter"),
        ("1 000 000 people", "[1 000 000 people] 1000000 count person"),
        ("Some 1 500 000 people fled", "[Some 1 500 000 people] ~1500000 count person"),
        ("It cost EUR 3 500 000.", "[EUR 3 500 000] 3500000 money EUR"),
        ("between 10 000 and 12 500 families", "[between 10 000 and 12 500 families] 10000..12500 count family"),
        ("20 000 troops and 12 155-mm howitzers", "[20 000 troops] 20000 count troop | [12 155-mm howitzers] 12 count howitzer"),
        ("20  000 fighters", ""),
        ("The fund disbursed 2,3 Mrd. EUR to the towns.", "[2,3 Mrd. EUR] 2300000000 money EUR"),
        ("It cost 40 Mio. Euro and 3 bn. Euros.", "[40 Mio. Euro] 40000000 money EUR | [3 bn. Euros] 3000000000 money EUR"),
        ("It cost 40 Mio. Then it fell.", "[40 Mio] 40000000 count -"),
        ("a margin of error of plus or minus 3.1 percentage points", "[3.1 percentage points] 3.1 percent pp"),
        ("It fell to minus 3.1 per cent.", "[minus 3.1 per cent] -3.1 percent -"),
        ("Seven out of 10 voters disagree.", ""),
        ("Cases rose by 27 per cent in week 34 compared with week 33.", "[27 per cent] 27 percent -"),
        ("It peaked in epidemiological week 12.", ""),
        ("Last week 40 people fled and this week 12 families left.", "[40 people] 40 count person | [12 families] 12 count family"),
        ("machinery listed under HS code 8471 rose", ""),
        ("Call 112 in an emergency.", ""),
        ("In the first week 15 died; within a week 30 had fled; each week 40 arrive.", "[15] 15 count - | [30] 30 count - | [40] 40 count -"),
        ("Enumerators phone 300 a week and volunteers call 50 to 60 voters a day.", "[300] 300 count - | [50 to 60 voters] 50..60 count voter"),
        ("The prosecution called 12 to testify.", "[12] 12 count -"),
        ("Residents can call 112 to report mines; the army called 300 to the front.", "[300] 300 count -"),
        ("HS codes 2709 and 2710 accounted for 40 per cent.", "[40 per cent] 40 percent -"),
        ("The week 53 report was late.", ""),
        ("Under the revised penal code 40 offences carry the death penalty.", "[40 offences] 40 count offence"),
        ("HS code 8703 vehicles", ""),
        ("They took three towns and two in 10 days.", "[10 days] 10 count day"),
        ("The army received 12 155 mm howitzers and 20 000 shells.", "[12] 12 count - | [20 000 shells] 20000 count shell"),
        ("In epidemiological week 12 300 new cases were reported, up from 20 000.", "[300 new cases] 300 count case | [20 000] 20000 count -"),
        ("Approval fell by 3 to 41 per cent.", "[3] 3 percent - | [41 per cent] 41 percent -"),
        ("Rivers rose by 2 to 3 m and the lake fell by 10 to 50 km2.", "[2 to 3 m] 2..3 measure m | [10] 10 measure km2 | [50 km2] 50 measure km2"),
        ("About 1,500 reported symptoms.", "[About 1,500] ~1500 count -"),
        ("Only 5 of those 40 aircraft fly.", "[5] 5 count aircraft | [40 aircraft] 40 count aircraft"),
        ("Brent 85.5 and WTI 81.2; real GDP 2.1", "[85.5] 85.5 count - | [81.2] 81.2 count - | [2.1] 2.1 count -"),
        ("The price rose to 29 euro cents per kWh.", "[29 euro cents] 29 money cent"),
        ("Transfers worth 65,000 Sudanese pounds and 150,000 South Sudanese pounds", "[65,000 Sudanese pounds] 65000 money SDG | [150,000 South Sudanese pounds] 150000 money SSP"),
        ("3,000 Egyptian pounds", "[3,000 Egyptian pounds] 3000 money EGP"),
        ("A sack sells for MWK 85,000.", "[MWK 85,000] 85000 money MWK"),
        ("Fuel cost SDG 3,500 per litre, under SDG 16.", "[SDG 3,500] 3500 money SDG"),
        ("It cost SDG 1.2 million.", "[SDG 1.2 million] 1200000 money SDG"),
        ("Progress on SDG 16.1 stalled under the 2030 SDG agenda; 5,000 SDG were paid.", "[5,000 SDG] 5000 money SDG"),
        ("The force never exceeded about 1,000 men and didn't surpass 800 in May.", "[exceeded about 1,000 men] ~..1000 count man | [surpass 800] ..800 count -"),
        ("Arrivals exceeded 1,000.", "[exceeded 1,000] 1000.. count -"),
        ("t exceeded 5", "[exceeded 5] 5.. count -"),
        ("It has not yet exceeded 1,000, cannot exceed 900 and did not quite surpass 800.", "[exceeded 1,000] ..1000 count - | [exceed 900] ..900 count - | [surpass 800] ..800 count -"),
        ("Arrivals not only exceeded 1,000 but doubled.", "[exceeded 1,000] 1000.. count -"),
        ("The servers kept UTC+3 and GMT+5:30 clocks.", ""),
        ("The attack peaked at 3.8 Tbps.", "[3.8 Tbps] 3.8 measure Tbit/s"),
        ("Mr. Khan, 54, received 3 years.", "[3 years] 3 count year"),
        ("Some 120 BMP-2 and BMP-3 infantry fighting vehicles were destroyed.", "[Some 120 BMP-2 and BMP-3 infantry fighting vehicles] ~120 count vehicle"),
        ("Russia fielded around 1,300 new and modernised tanks.", "[around 1,300 new and modernised tanks] ~1300 count tank"),
        ("Norway sent 4 ATACMS missiles; 8 HIMARS firing rockets", "[4 ATACMS missiles] 4 count missile | [8 HIMARS] 8 count himar"),
        ("They killed 12 more and wounded 30.", "[12] 12 count - | [30] 30 count -"),
        ("3,000 CDF fighters", "[3,000 CDF fighters] 3000 count fighter"),
        ("It sent 300 tanks and trucks.", "[300 tanks] 300 count tank"),
        ("The party won 5 of the last 6 elections.", "[5] 5 count election | [6 elections] 6 count election"),
        ("5,000 US troops and 300 UN staff", "[5,000 US troops] 5000 count troop | [300 UN staff] 300 count staff"),
        ("27 people were killed and more than 80 wounded.", "[27 people] 27 count person | [more than 80 wounded] 80.. count wounded"),
        ("Warming of 1,5 to 2 °C and 1,5–2,0 %", "[1,5 to 2 °C] 1.5..2 measure °C | [1,5–2,0 %] 1.5..2 percent -"),
        ("Austria pledged 40 Mio. € to the fund.", "[40 Mio. €] 40000000 money EUR"),
        ("from minus 3 to plus 4 degrees centigrade", "[from minus 3 to plus 4 degrees centigrade] -3..4 measure °C"),
        ("Only 27 of the 140 border crossings remain open.", "[27] 27 count crossing | [140 border crossings] 140 count crossing"),
        ("affecting 37 of the country's 64 districts", "[37] 37 count district | [64 districts] 64 count district"),
        ("Nearly 70% of the 2,100 reported deaths were children.", "[Nearly 70%] ~70 percent - | [2,100 reported deaths] 2100 count death"),
        ("It was a 1-in-100-year flood that displaced 4,000 families.", "[4,000 families] 4000 count family"),
        ("a 1-in-5 chance", ""),
        ("It reached 45 degrees Celsius, or 113 degrees Fahrenheit.", "[45 degrees Celsius] 45 measure °C | [113 degrees Fahrenheit] 113 measure °F"),
        ("from -5 to -12 degrees Celsius", "[from -5 to -12 degrees Celsius] -5..-12 measure °C"),
        ("Lows of minus 10 to minus 15 degrees are expected.", "[minus 10 to minus 15 degrees] -10..-15 measure °"),
        ("Growth of minus 2 to minus 4 per cent", "[minus 2 to minus 4 per cent] -2..-4 percent -"),
        ("Real wages declined by 3 to 5 per cent in 2023.", "[3 to 5 per cent] 3..5 percent -"),
        ("Inflation reached 7,2 % in May.", "[7,2 %] 7.2 percent -"),
        ("President Ruto, 57, pledged KSh 10 billion.", "[KSh 10 billion] 10000000000 money KES"),
        ("Trust was rated on a scale of 1 to 10 by 2,000 people.", "[2,000 people] 2000 count person"),
        ("It averaged 4.2 on the 10-point scale.", "[4.2] 4.2 count -"),
        ("a 6-point gain", "[6-point] 6 count point"),
        ("About 5.000 people attended.", "[About 5.000 people] ~5000 count person"),
        ("Growth forecasts range from -0.5% to -1.5%.", "[from -0.5% to -1.5%] -0.5..-1.5 percent -"),
        ("Estimates ranged from 30% to 20%.", "[from 30% to 20%] 30..20 percent -"),
        ("Growth fell from -0.5% to -1.5%.", "[-0.5%] -0.5 percent - | [-1.5%] -1.5 percent -"),
        ("between 1.500 and 2.000 families", "[between 1.500 and 2.000 families] 1500..2000 count family"),
        ("It was 4.800 km long.", "[4.800 km] 4.8 measure km"),
        ("a ratio of 1.250", "[1.250] 1.25 count -"),
        ("In Kabul, 45, and in Herat, 30.", "[45] 45 count - | [30] 30 count -"),
        ("The water rose to 8,45 m and it was 40,3 °C.", "[8,45 m] 8.45 measure m | [40,3 °C] 40.3 measure °C"),
        ("a share of 0,5 per cent", "[0,5 per cent] 0.5 percent -"),
        ("Exercises 1,2 and 3 took 5 days.", "[1] 1 count - | [2] 2 count - | [3] 3 count - | [5 days] 5 count day"),
        ("Prices increased by 20 to 30%.", "[20 to 30%] 20..30 percent -"),
        ("The army called 300 reservists.", "[300 reservists] 300 count reservist"),
        ("to vaccinate 2.6 million children aged 9 months to 14 years", "[2.6 million children] 2600000 count child"),
        ("a drive for 12-23-month-olds", ""),
        ("approved for children from 6 months of age", ""),
        ("children 6 to 59 months of age", ""),
        ("It lasted 6 to 9 months.", "[6 to 9 months] 6..9 count month"),
        ("Nine in 10 Afghans reported losses.", ""),
        ("It struck in 10 provinces.", "[10 provinces] 10 count province"),
        ("Twelve in 10 minutes is fast.", "[10 minutes] 10 count minute"),
        ("5,000—7,000 fighters", "[5,000—7,000 fighters] 5000..7000 count fighter"),
        ("lost 300 — a heavy blow", "[300] 300 count -"),
        ("SDG 16", ""),
        ("AD 800", ""),
        ("at 3 o'clock on Monday 13", ""),
        ("the 2024/25 budget", ""),
        ("Articles 3, 4 and 5", ""),
        ("x =5 and #5", ""),
        ("In Kabul, 300 people died", "[300 people] 300 count person"),
        ("$5 to 7%", "[$5] 5 money USD | [7%] 7 percent -"),
        ("500 and above", "[500 and above] 500.. count -"),
        ("5 Liberian dollars", "[5 Liberian dollars] 5 money dollar"),
        ("5 pounds sterling and 25 pounds", "[5 pounds sterling] 5 money GBP | [25 pounds] 25 measure lb"),
        ("two billion and five million", "[two billion] 2000000000 count - | [five million] 5000000 count -"),
        ("two million five hundred thousand", "[two million five hundred thousand] 2500000 count -"),
        ("20°C", "[20°C] 20 measure °C"),
        // Security reporting: clock times, equipment, formations, dates before counts.
        ("The patrol was hit at 2145 near the bridge.", ""),
        ("The assault began at 1430 local.", ""),
        ("The 2200 curfew was lifted.", ""),
        ("It began at 2330 Moscow time.", ""),
        ("climbed 1500 metres at 1430", "[1500 metres] 1500 measure m"),
        ("The brigade lost 14 T-72 tanks.", "[14 T-72 tanks] 14 count tank"),
        ("Germany pledged 18 Leopard 2A6 tanks.", "[18 Leopard 2A6 tanks] 18 count tank"),
        ("China launched 2 Type 055 destroyers.", "[2 Type 055 destroyers] 2 count destroyer"),
        ("It sent 31 Abrams tanks.", "[31 Abrams tanks] 31 count tank"),
        ("It sent 2 Patriot air defence batteries.", "[2 Patriot air defence batteries] 2 count battery"),
        ("The Houthis fired 2 Burkan 2-H missiles.", "[2 Burkan 2-H missiles] 2 count missile"),
        ("Some 900 U.S. soldiers remain.", "[Some 900 U.S. soldiers] ~900 count soldier"),
        ("About 30 Marines landed.", "[About 30 Marines] ~30 count marine"),
        ("12 armoured personnel carriers", "[12 armoured personnel carriers] 12 count carrier"),
        ("The attack killed 6 police officers.", "[6 police officers] 6 count officer"),
        ("5,000 police patrol the city", "[5,000 police] 5000 count police"),
        ("The regime used 13 barrel bombs.", "[13 barrel bombs] 13 count bomb"),
        ("Pakistan's 11 Corps is in Peshawar.", ""),
        ("Troops from 3 Commando Brigade took part.", ""),
        ("Soldiers of 16 Air Assault Brigade deployed.", ""),
        ("The Taliban's 313 Badri Corps holds Kabul.", ""),
        ("It paid 5 Wagner Group fighters.", "[5 Wagner Group fighters] 5 count fighter"),
        ("listed by the 1267 Committee", ""),
        ("On 7 October 1,200 people were killed.", "[1,200 people] 1200 count person"),
        ("On Monday 40 drones were launched.", "[40 drones] 40 count drone"),
        ("On Monday 13 people died.", "[13 people] 13 count person"),
        ("on Monday 13 March", ""),
        ("In March 40 civilians died.", "[40 civilians] 40 count civilian"),
        ("The group has 20-25,000 fighters.", "[20-25,000 fighters] 20000..25000 count fighter"),
        ("between 3 and 4,000 fighters", "[between 3 and 4,000 fighters] 3000..4000 count fighter"),
        ("between 5 and 1,000 people", "[between 5 and 1,000 people] 5..1000 count person"),
        ("The resolution passed 153-10.", ""),
        ("Numbers were slashed from 3,000 to 2,500.", "[3,000] 3000 count - | [2,500] 2500 count -"),
        ("The group has from 10,000 to 7,000 fighters.", "[from 10,000 to 7,000 fighters] 10000..7000 count fighter"),
        ("The jets dropped a 500-pound bomb.", "[500-pound] 500 measure lb"),
        ("A 2000-strong force was deployed.", "[2000-strong force] 2000 count force"),
        ("The ship was 90 nm off the coast.", "[90 nm] 90 measure nmi"),
        ("a 2,500+ km border", "[2,500+ km] 2500.. measure km"),
        ("from as few as 200 to as many as 400 fighters", "[as few as 200 to as many as 400 fighters] 200..400 count fighter"),
        // Economic reporting: changes, forecasts, bounds on ranges, units.
        ("Returns rose from 1.2 to 1.7 million.", "[1.2] 1200000 count - | [1.7 million] 1700000 count -"),
        ("increased from $500 to $800 million", "[$500] 500000000 money USD | [$800 million] 800000000 money USD"),
        ("fell from 233,000 to 10,800 hectares", "[233,000] 233000 measure ha | [10,800 hectares] 10800 measure ha"),
        ("It grew from 400 to 1,500 members.", "[400] 400 count member | [1,500 members] 1500 count member"),
        ("Prices could rise 20 to 30 per cent.", "[20 to 30 per cent] 20..30 percent -"),
        ("Prices rose 5% to 7%.", "[5%] 5 percent - | [7%] 7 percent -"),
        ("Up to 1.5-2 million returnees are expected.", "[Up to 1.5-2 million returnees] ..2000000 count returnee"),
        ("At least 2 to 3 million children", "[At least 2 to 3 million children] 2000000.. count child"),
        ("More than 30-35% of households", "[More than 30-35%] 30.. percent -"),
        ("The bank announced a 50-basis-point cut.", "[50-basis-point] 50 percent bp"),
        ("a 2-percentage-point rise", "[2-percentage-point] 2 percent pp"),
        ("The rate is 30-plus per cent.", "[30-plus per cent] 30.. percent -"),
        ("WFP dispatched 45,000 MT of food.", "[45,000 MT] 45000 measure t"),
        ("The estimate of 6.3 million includes 3.3 million returnees.", "[6.3 million] 6300000 count - | [3.3 million returnees] 3300000 count returnee"),
        ("dropped from 6,200 tons in 2022 to 333 tons in 2023", "[6,200 tons] 6200 measure t | [333 tons] 333 measure t"),
        ("slid, from $3.8 billion in 2022 to $1.9 billion", "[$3.8 billion] 3800000000 money USD | [$1.9 billion] 1900000000 money USD"),
        ("between 2000 and 3000 people", "[between 2000 and 3000 people] 2000..3000 count person"),
        ("The deficit widened to 7.7pc of GDP.", "[7.7pc] 7.7 percent -"),
        ("Revenue increased by 26 pc.", "[26 pc] 26 percent -"),
        ("Revenue was £40-50m.", "[£40-50m] 40000000..50000000 money GBP"),
        ("The budget is $40m-50m.", "[$40m-50m] 40000000..50000000 money USD"),
        ("Iran hosts 1.3m registered refugees.", "[1.3m registered refugees] 1300000 count refugee"),
        ("a 30m wall", "[30m] 30 measure m"),
        ("Net inflows were -$1.2 billion.", "[-$1.2 billion] -1200000000 money USD"),
        ("Net flows were minus $400 million.", "[minus $400 million] -400000000 money USD"),
        ("The balance was $-1.2bn.", "[$-1.2bn] -1200000000 money USD"),
        ("The budget is ₹6.2 lakh crore.", "[₹6.2 lakh crore] 6200000000000 money INR"),
        ("It allocates Rs1.1tr for development.", "[Rs1.1tr] 1100000000000 money INR"),
        ("The IMF disbursed SDR 1.2 billion.", "[SDR 1.2 billion] 1200000000 money XDR"),
        ("It committed $US 400 million.", "[$US 400 million] 400000000 money USD"),
        ("Pledges reached 1.2 billion U.S. dollars.", "[1.2 billion U.S. dollars] 1200000000 money USD"),
        ("Bangladesh spent Tk 4,000 crore.", "[Tk 4,000 crore] 40000000000 money BDT"),
        ("Kazakhstan sent 300 million tenge.", "[300 million tenge] 300000000 money KZT"),
        ("Qatar pledged QR 50 million.", "[QR 50 million] 50000000 money QAR"),
        ("A kilo of rice costs Afs. 70.", "[Afs. 70] 70 money AFN"),
        ("The budget for 1403 SH was approved.", ""),
        ("ambushed at 34.5553° N, 69.2075° E", ""),
        ("hit at 33.3152, 44.3661 near the airport", ""),
        ("at latitude 36.19 and longitude 43.99", ""),
        ("Temperatures reached 45° in the shade.", "[45°] 45 measure °"),
        ("The suspect, 27, was arrested.", ""),
        ("led by Abu Bakr al-Baghdadi, 48, a former cleric", ""),
        ("Casualties rose to 5, 27, and then 30.", "[5] 5 count - | [27] 27 count - | [30] 30 count -"),
        ("In 2024, 30 people died.", "[30 people] 30 count person"),
        ("call the hotline on 0800 123 456", ""),
        ("Call 020 7946 0958 for details.", ""),
        ("reached at (202) 555-0143", ""),
        ("The bomber flew at Mach 2.5.", ""),
        ("The afghani weakened to 78 per US dollar.", "[78] 78 count -"),
        ("A 19-year-old conscript was killed.", ""),
        ("an 18-month-old child", ""),
        ("a 10-year plan", "[10-year] 10 count year"),
        // Guards against over-reach of the rules above.
        ("About 1,500 migrants a day crossed.", "[About 1,500 migrants] ~1500 count migrant"),
        ("Over 3 years the debt doubled.", "[3 years] 3 count year"),
        ("The company froze 6,000 accounts.", "[6,000 accounts] 6000 count account"),
        ("Casualties were estimated at 1800.", "[estimated at 1800] ~1800 count -"),
        ("The death toll stood at 1450 on Friday.", "[1450] 1450 count -"),
        ("The UN employs 1200 local staff.", "[1200 local staff] 1200 count staff"),
        ("Troops dug 2m deep trenches.", "[2m] 2 measure m"),
        ("Measles cases rose 30-fold to 58,000.", "[30-fold] 30 count fold | [58,000] 58000 count -"),
        ("The toll rose by 40 to 60,000.", "[40] 40 count - | [60,000] 60000 count -"),
        ("Over 3-4 years, the debt doubled.", "[Over 3-4 years] 3..4 count year"),
        ("Yields were 4.2500, 4.3125 and 4.4000.", "[4.2500] 4.25 count - | [4.3125] 4.3125 count - | [4.4000] 4.4 count -"),
        ("highest in Hebron, 71, and lowest in Gaza, 43", "[71] 71 count - | [43] 43 count -"),
        ("Russia massed 120 Battalion Tactical Groups.", "[120 Battalion Tactical Groups] 120 count group"),
        ("The incumbent won 54% to 46%.", "[54%] 54 percent - | [46%] 46 percent -"),
        // Election results: two shares of one whole after a word of a contest, going down.
        ("The incumbent won 54 to 46 per cent.", "[54] 54 percent - | [46 per cent] 46 percent -"),
        ("The referendum passed 52-48 per cent.", "[52] 52 percent - | [48 per cent] 48 percent -"),
        ("She beat her rival 61–39% in the run-off.", "[61] 61 percent - | [39%] 39 percent -"),
        ("Labour holds a lead of 51 to 49.", ""),
        ("The party won 54 to 46 seats in both chambers.", "[54] 54 count seat | [46 seats] 46 count seat"),
        ("The party won 40 to 60 seats.", "[40 to 60 seats] 40..60 count seat"),
        ("The group has 54 to 46 seats.", "[54 to 46 seats] 54..46 count seat"),
        // Third-person verbs that look plural and are never counted.
        ("About 23.7 million needs assistance.", "[About 23.7 million] ~23700000 count -"),
        ("The 3 million excludes children.", "[3 million] 3000000 count -"),
        ("The ministry froze 6,000 accounts.", "[6,000 accounts] 6000 count account"),
        // Tallies after a vote verb and its object; falling changes with other verbs.
        ("The National Assembly passed the bill 153-10.", ""),
        ("The Security Council extended the mandate 12 to 3.", ""),
        ("The Assembly adopted resolution ES-11/1 by 141-5.", ""),
        ("Prices softened from $90 to $78 a barrel.", "[$90] 90 money USD | [$78] 78 money USD"),
        ("Violence subsided from 120 to 80 incidents.", "[120] 120 count incident | [80 incidents] 80 count incident"),
        ("a reduction from 10,000 to 2,500 troops", "[10,000] 10000 count troop | [2,500 troops] 2500 count troop"),
        ("Inflation accelerated from 24% to 30%.", "[24%] 24 percent - | [30%] 30 percent -"),
        ("A reduction of 1,500 to 2,000 posts is planned.", "[1,500 to 2,000 posts] 1500..2000 count post"),
        ("Attacks subsided to 10 to 15 a week.", "[10 to 15] 10..15 count -"),
        ("Wages rose by 5% upwards of inflation.", "[5%] 5 percent -"),
        ("Some 3m more people need help.", "[Some 3m more people] ~3000000 count person"),
        // Designations: a missile's index, a battalion of a regiment.
        ("Russia fired six 3M-14 Kalibr missiles.", ""),
        ("The fund needs $3M-5M.", "[$3M-5M] 3000000..5000000 money USD"),
        ("Soldiers of the 3-69 Armor deployed 87 tanks.", "[87 tanks] 87 count tank"),
        ("The 8-3 Field Artillery fired 1,200 rounds.", "[1,200 rounds] 1200 count round"),
        // Ages, age brackets and age limits.
        ("The candidate, 62, is a former governor.", ""),
        ("Women aged 15 to 49 made up a third.", ""),
        ("Children aged 6–59 months account for 40% of admissions.", "[40%] 40 percent -"),
        ("Candidates must be at least 35 years old.", ""),
        ("Children under 5 account for 45% of deaths.", "[45%] 45 percent -"),
        ("Children under 5,000 grams were weighed.", "[under 5,000 grams] ..5000 measure g"),
        // Identifiers, calibres and millions counted without a noun.
        ("S/RES/2334 (2016) addressed settlements.", ""),
        ("The Group of 77 condemned it.", ""),
        ("Dial 112 in an emergency.", ""),
        ("Unit 8200 was mentioned.", ""),
        ("It received M777 155 mm howitzers.", ""),
        ("The 155-mm and 105-mm guns fired 300 rounds.", "[300 rounds] 300 count round"),
        ("including 1.8m who crossed into Chad", "[1.8m] 1800000 count -"),
        ("The appeal targets 6.7m of the 8.2m in need.", "[6.7m] 6700000 count - | [8.2m] 8200000 count -"),
        ("shafts up to 40m deep", "[up to 40m] ..40 measure m"),
        // Bounds after the noun, and units of energy, shipping and food.
        ("The group has 5,000 fighters at most.", "[5,000 fighters at most] ..5000 count fighter"),
        ("The toll is 5,000, at the very least.", "[5,000, at the very least] 5000.. count -"),
        ("Estimates range from 5,000 upwards.", "[5,000 upwards] 5000.. count -"),
        ("They raided 30 villages at least twice.", "[30 villages] 30 count village"),
        ("The ration was cut to 1,200 kcal.", "[1,200 kcal] 1200 measure kcal"),
        ("CO2 concentrations reached 421 ppm.", "[421 ppm] 421 measure ppm"),
        ("The carrier, of 82,000 dwt, sank.", "[82,000 dwt] 82000 measure dwt"),
        ("Qatar exports 77 mtpa of LNG.", "[77 mtpa] 77 measure mtpa"),
        // A singular label before a range with a unit is no label.
        ("They extended the front line 20 to 30 km.", "[20 to 30 km] 20..30 measure km"),
        ("Chapter 3 to 5 covers it.", ""),
        // Decimal commas after a currency or before a magnitude.
        ("Revenues reached RUB 8,8 trillion.", "[RUB 8,8 trillion] 8800000000000 money RUB"),
        ("The cost was $1,2 billion.", "[$1,2 billion] 1200000000 money USD"),
        ("They paid USD 3,000,000.", "[USD 3,000,000] 3000000 money USD"),
        // Denominators of rates; currencies written before the number.
        ("It reached 2.4 deaths per 10,000 people per day.", "[2.4 deaths] 2.4 count death"),
        ("Maternal mortality is 620 per 100,000 live births.", "[620] 620 count -"),
        ("It costs $5 per 1,000 litres.", "[$5] 5 money USD"),
        ("Israel received NIS 30 billion.", "[NIS 30 billion] 30000000000 money ILS"),
        ("Poland spends zł 159 billion.", "[zł 159 billion] 159000000000 money PLN"),
        ("Taiwan spent NT$606.8 billion.", "[NT$606.8 billion] 606800000000 money TWD"),
        ("Households pay 3,500 dinars a month.", "[3,500 dinars] 3500 money dinar"),
        // Vulgar fractions glued to a whole number.
        ("Some 1½ million people have returned.", "[Some 1½ million people] ~1500000 count person"),
        ("Police seized 2¼ tonnes.", "[2¼ tonnes] 2.25 measure t"),
        // Labels, days and flaws that are not counts.
        ("Attackers scanned port 443 on 12,000 hosts.", "[12,000 hosts] 12000 count host"),
        ("The aircraft was squawking 7700.", ""),
        ("On day 400 of the war, 1,200 soldiers rotated.", "[1,200 soldiers] 1200 count soldier"),
        ("Every day 400 people cross.", "[400 people] 400 count person"),
        ("The group sold a 0-day exploit.", ""),
        // A second end open above, and two bounds joined with a hedge.
        ("Between 40 and more than 100 people died.", "[Between 40 and more than 100 people] 40.. count person"),
        ("From 40 to over 100 people died.", "[From 40 to over 100 people] 40.. count person"),
        ("At least 1,000 and possibly as many as 3,000 fled.", "[At least 1,000 and possibly as many as 3,000] 1000..3000 count -"),
        ("at least 200 and perhaps as many as 400 tonnes of aid", "[at least 200 and perhaps as many as 400 tonnes] 200..400 measure t"),
        // Millions written `m`, before a hyphenated adjective or a people.
        ("About 1.2m food-insecure people.", "[About 1.2m food-insecure people] ~1200000 count person"),
        ("Some 3m Sudanese fled.", "[Some 3m Sudanese] ~3000000 count sudanese"),
        ("Nearly 1m Rohingya live there.", "[Nearly 1m Rohingya] ~1000000 count rohingya"),
        ("a 3m Chinese wall", "[3m] 3 measure m"),
        ("It cost EUR 40 Mio.", "[EUR 40 Mio] 40000000 money EUR"),
        ("The party won 60 to 70 per cent.", "[60 to 70 per cent] 60..70 percent -"),
        ("The party won 70 to 40 per cent.", "[70 to 40 per cent] 70..40 percent -"),
        ("Its share is 40 to 30 per cent.", "[40 to 30 per cent] 40..30 percent -"),
        ("Sudan has 8.6 million internally displaced people.", "[8.6 million internally displaced people] 8600000 count person"),
        ("Authorities logged 12,000 new cases.", "[12,000 new cases] 12000 count case"),
        ("The deficit widened from 3 to 5% of GDP.", "[3] 3 percent - | [5%] 5 percent -"),
        ("Pilots flew 1,200 sorties.", "[1,200 sorties] 1200 count sortie"),
        ("They sent 8 B-52 bombers.", "[8 B-52 bombers] 8 count bomber"),
        ("A further 3 Mi-8 helicopters were downed.", "[3 Mi-8 helicopters] 3 count helicopter"),
        ("About 2,000 Houthis attacked positions.", "[About 2,000 Houthis] ~2000 count houthi"),
        ("Iraq pumped 4.3 mb/d in March.", "[4.3 mb/d] 4300000 measure bbl/d"),
        ("cuts of 2 million b/d", "[2 million b/d] 2000000 measure bbl/d"),
        ("Output rose to 11.2 mbpd.", "[11.2 mbpd] 11200000 measure bbl/d"),
        ("a file of 4.3 mb", "[4.3 mb] 4.3 measure MB"),
        ("The ruling party won 240 of 543 seats.", "[240] 240 count seat | [543 seats] 543 count seat"),
        ("Kenya sold a KSh 150 billion bond.", "[KSh 150 billion] 150000000000 money KES"),
        ("Turkey hosts 3.2m Syrians.", "[3.2m Syrians] 3200000 count syrian"),
        ("Returns numbered 1 million-plus.", "[1 million-plus] 1000000.. count -"),
        ("The price held at 1450 for a week.", "[1450] 1450 count -"),
        ("Gold traded at 2150 an ounce.", "[2150] 2150 count -"),
];

#[test]
fn table() {
    let mut failures = Vec::new();
    for (input, expected) in CASES {
        if let Err(e) = std::panic::catch_unwind(|| check(input, expected)) {
            let message = e.downcast_ref::<String>().cloned().unwrap_or_default();
            failures.push(message);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn table_is_large_enough() {
    assert!(CASES.len() >= 150, "{} cases", CASES.len());
}

#[test]
fn range_ends_are_the_written_numbers() {
    let text = "between 20,000 and 23,000 fighters";
    let f = &recognize(text)[0];
    let (a, b) = f.ends.unwrap_or_default();
    assert_eq!((a.slice(text), b.slice(text)), ("20,000", "23,000"));

    let text = "between 900 and 600";
    let f = &recognize(text)[0];
    assert_eq!((f.low, f.high), (Some(900.0), Some(600.0)), "written order is kept");
    let (a, b) = f.ends.unwrap_or_default();
    assert_eq!((a.slice(text), b.slice(text)), ("900", "600"));

    let text = "$3-4 billion";
    let (a, b) = recognize(text)[0].ends.unwrap_or_default();
    assert_eq!((a.slice(text), b.slice(text)), ("3", "4"));

    let text = "two to three million people";
    let (a, b) = recognize(text)[0].ends.unwrap_or_default();
    assert_eq!((a.slice(text), b.slice(text)), ("two", "three"));
}

#[test]
fn single_figures_and_bounds_have_no_ends() {
    for text in ["3,000 fighters", "more than 500", "more than 10 and less than 20"] {
        assert!(recognize(text).iter().all(|f| f.ends.is_none()), "{text}");
    }
}

#[test]
fn offsets_survive_masking_and_non_ascii() {
    // Citations are blanked with spaces before recognition; offsets are document offsets.
    let text = "Déjà vu — “some 3,000 fighters”                      remained (≈ 20%).";
    let figures = recognize(text);
    let spans: Vec<&str> = figures.iter().map(|f| f.span.slice(text)).collect();
    assert_eq!(spans, ["some 3,000 fighters", "≈ 20%"]);
}

#[test]
fn a_blanked_attribute_stops_the_span_but_not_the_unit() {
    // "The TTP has [5,000 to 7,000]{qty=ttp} fighters." after blanking: the figure must stay
    // inside the brackets the writer drew, so that the span's `qty` applies to it.
    let text = format!("The TTP has  5,000 to 7,000{} fighters.", " ".repeat(10));
    let figures = recognize(&text);
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].span.slice(&text), "5,000 to 7,000");
    assert_eq!(figures[0].unit.as_deref(), Some("fighter"));

    // Two spaces are ordinary prose.
    let text = "some 3,000  fighters";
    assert_eq!(recognize(text)[0].span.slice(text), text);
}
