//! The command line through the real binary: exit codes, output shapes, bad paths.

mod common;

use common::{attest, attest_in, temp_dir};
use serde_json::Value;

#[test]
fn check_examples_is_clean() {
    let run = attest(&["check", "examples/"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("0 errors, 0 warnings"), "{}", run.stdout);
}

#[test]
fn check_flawed_fails_and_shows_every_rule() {
    let run = attest(&["check", "examples/flawed.md"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    for rule in attest::rules::RULES {
        assert!(
            run.stdout.contains(&format!("[{}]", rule.meta.name)),
            "{} missing in:\n{}",
            rule.meta.name,
            run.stdout
        );
    }
    // rustc-style excerpts: a location line and carets.
    assert!(run.stdout.contains("examples/flawed.md:"));
    assert!(run.stdout.contains('^'));
}

#[test]
fn check_json_has_versioned_shape() {
    let run = attest(&["check", "--format", "json", "tests/fixtures/rules/inverted-range.md"]);
    assert_eq!(run.code, 1);
    let doc: Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(doc["version"], 1);
    let d = &doc["files"][0]["diagnostics"][0];
    for key in [
        "rule",
        "severity",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
        "start",
        "end",
        "related",
        "fix",
    ] {
        assert!(d.get(key).is_some(), "missing {key} in {d}");
    }
    assert_eq!(d["rule"], "inverted-range");
    assert_eq!(d["fix"]["applicability"], "safe");
    assert_eq!(doc["summary"]["errors"].as_u64(), Some(3));
}

#[test]
fn deny_warnings_turns_warnings_into_failure() {
    let file = "tests/fixtures/rules/unused-source.md";
    assert_eq!(attest(&["check", file]).code, 0);
    assert_eq!(attest(&["check", "--deny-warnings", file]).code, 1);
}

#[test]
fn figures_json_lists_every_field() {
    let run = attest(&["figures", "--format", "json", "tests/fixtures/rules/unsourced-figure.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    let first = &doc["figures"][0];
    for key in [
        "file", "line", "column", "start", "end", "text", "low", "high", "approx", "unit", "kind", "sourced",
        "sources", "quantity",
    ] {
        assert!(first.get(key).is_some(), "missing {key} in {first}");
    }
    assert_eq!(first["text"], "Between 20,000 and 23,000 fighters");
    assert_eq!(first["low"], 20000.0);
    assert_eq!(first["high"], 23000.0);
    assert_eq!(first["sources"][0]["id"], "mfa-2026");
    assert_eq!(first["sources"][0]["locator"]["value"], "4");
}

/// `attest figures --format json` on `path`, each figure described by `describe`.
fn figures_of(path: &str, describe: impl Fn(&Value) -> String) -> Vec<String> {
    let run = attest(&["figures", "--format", "json", path]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    doc["figures"].as_array().unwrap().iter().map(describe).collect()
}

/// Shillings in a report whose title names one country of the shilling and writes no code of
/// that family are that country's.
#[test]
fn shillings_take_the_country_the_title_names() {
    let got = figures_of("tests/fixtures/title-shilling.md", |f| {
        format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap())
    });
    assert_eq!(got, ["below 180 shillings KES"]);
}

/// Letter currencies a title or a table row's label settles: `DH` and `dirhams` under a title
/// naming Morocco; `SR`, `KD`, `RO` and `BD` beside a row label naming Saudi Arabia, Kuwait,
/// Oman or Bahrain where the title names no country (a row naming none reads none); the
/// shilling's `Sh` beside a row label naming Kenya, before the report's one shilling code.
#[test]
fn letter_currencies_take_the_country_a_title_or_a_row_label_names() {
    let text_unit = |f: &Value| format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap());
    assert_eq!(
        figures_of("tests/fixtures/title-dirham.md", text_unit),
        ["DH 3.1 billion MAD", "DH 2 per kilo MAD/kg", "9.9 dirhams per dollar MAD/USD"]
    );
    assert_eq!(
        figures_of("tests/fixtures/row-label-currency.md", text_unit),
        [
            "SR 750 SAR",
            "SR 16 SAR",
            "KD 61.5 KWD",
            "KD 1.75 KWD",
            "RO 77 OMR",
            "RO 1.60 OMR",
            "BD 75.4 BHD",
            "BD 1.50 BHD",
            "$200 USD",
            // (A shared sign by the row's country before the report's one shilling code.)
            "UGX 40 billion UGX",
            "Sh6,900 KES",
            "Sh250,000 UGX",
        ]
    );
}

/// Ethiopia's `Br` under a title that names the birr or an Ethiopian zone; Somalia's `SoSh`,
/// which also settles the report's bare `Sh` and a table header's `(SoSh)`.
#[test]
fn the_birr_and_the_somali_shilling_by_their_letters() {
    let text_unit = |f: &Value| format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap());
    assert_eq!(
        figures_of("tests/fixtures/title-birr.md", text_unit),
        ["Br 85 per kg ETB/kg", "Br 52 ETB/kg"]
    );
    assert_eq!(
        figures_of("tests/fixtures/letters-somali-shilling.md", text_unit),
        ["SoSh 12,000 per 20-litre jerrycan SOS/jerrycan", "Sh 900,000 SOS/goat", "9,800 SOS/kg"]
    );
}

/// Letter currencies by a title alone: Mauritius's rupee by its island of Rodrigues, the
/// Seychelles' `SR` by the islands' name, Bolivia's `Bs` and Uganda's `Shs` beside another
/// country, the lira's `TL` by a Turkish town, the kina's `K` in a header, the CFA franc's `F` by
/// a title naming one of its cities.
#[test]
fn letter_currencies_take_a_country_the_title_names() {
    let text_unit = |f: &Value| format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap());
    assert_eq!(figures_of("tests/fixtures/title-rodrigues-rupee.md", text_unit), ["Rs 240 per kg MUR/kg"]);
    assert_eq!(figures_of("tests/fixtures/title-seychelles-rupee.md", text_unit), ["SR 61.4 million SCR"]);
    // (The CFA franc's bare `F` after an amount by a title naming Cotonou; a row's label listing
    // exam series by their letters names no franc.)
    assert_eq!(
        figures_of("tests/fixtures/title-cfa-letter.md", text_unit),
        ["13 000 F a year XOF/yr", "about 500 F per stop XOF/stop", "5 460 candidate"]
    );
    // (Bolivia's `Bs` by a title naming Bolivia beside a country that writes none.)
    assert_eq!(figures_of("tests/fixtures/title-two-countries-bs.md", text_unit), ["Bs 96 million BOB"]);
    // (The lira's `TL` before a plain whole number under a title naming a Turkish town.)
    assert_eq!(
        figures_of("tests/fixtures/title-turkish-town-lira.md", text_unit),
        ["between TL 21 and TL 23 per kilogram TRY/kg"]
    );
    // (A header's letter before a slash is the currency's, no thousand.)
    assert_eq!(figures_of("tests/fixtures/title-kina-header.md", text_unit), ["180-240 PGK/kg"]);
    // (A shared sign by the one country of a two-country title that writes it; not in a report
    // writing two currencies of the family, where `Sh300` stays unread.)
    assert_eq!(
        figures_of("tests/fixtures/title-two-countries-shilling.md", text_unit),
        ["about Shs 1.91 billion UGX/mo"]
    );
    assert_eq!(
        figures_of("tests/fixtures/title-two-countries-mixed-shillings.md", text_unit),
        ["KSh 1,150 a kilo KES/kg", "TSh 16,500 a kilo TZS/kg"]
    );
}

/// An outbreak's table: a case's status counts cases where the table counts cases or deaths
/// beside confirmed, suspected or probable ones; epidemiological weeks after a header's noun
/// or status are passed over; a status with a unit in brackets is no case's.
#[test]
fn an_outbreak_tables_case_statuses_count_cases() {
    let text_unit =
        |f: &Value| format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap_or("-"));
    assert_eq!(
        figures_of("tests/fixtures/outbreak-table.md", text_unit),
        ["41 case", "8 case", "19 death", "2,184 case", "131 case", "32 death", "615 -"]
    );
    // (A column named by epidemiological weeks alone counts what the caption counts.)
    assert_eq!(figures_of("tests/fixtures/epi-week-columns.md", text_unit), ["2,184 case", "310 case"]);
}

/// A sentence that ends on a unit per a letter (`m³/s.`) ends there: the next sentence's note
/// does not source its figure.
#[test]
fn a_unit_per_a_letter_ends_its_sentence() {
    let sourced = |f: &Value| format!("{} {}", f["text"].as_str().unwrap(), f["sourced"]);
    assert_eq!(
        figures_of("tests/fixtures/slash-unit-sentence-end.md", sourced),
        ["exceed 800 m³/s false", "912 true"]
    );
}

/// A caption that prices in a column's currency per something gives the basis the column
/// leaves out; a caption in another currency does not.
#[test]
fn a_caption_gives_the_basis_a_columns_currency_leaves_out() {
    let text_unit = |f: &Value| format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap());
    assert_eq!(
        figures_of("tests/fixtures/caption-basis.md", text_unit),
        ["300 EUR/ct", "450 EUR/ct", "900 EUR", "1,200 EUR"]
    );
}

/// A bare `$` under a title naming a country with a dollar of its own is that dollar, unless
/// the paragraph writes a US dollar.
#[test]
fn a_bare_dollar_takes_the_dollar_of_the_country_the_title_names() {
    let got = figures_of("tests/fixtures/title-dollar.md", |f| {
        format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap())
    });
    assert_eq!(got, ["$250 AUD", "US$ 180 USD", "$250 USD"]);
    // (The Eastern Caribbean's dollar under a title naming Carriacou, one of Grenada's islands.)
    let got = figures_of("tests/fixtures/title-dollar-carriacou.md", |f| {
        format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap())
    });
    assert_eq!(got, ["EC$68 XCD", "$39 XCD"]);
    // (Australia's dollar under a title naming Funafuti, as Tuvalu pays in it.)
    let got = figures_of("tests/fixtures/title-dollar-funafuti.md", |f| {
        format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap())
    });
    assert_eq!(got, ["$120,000 AUD"]);
}

/// `Rs`, `¥`, pesos, rials, lei, CFA francs, dinars, shillings, francs, `Ar` and the som take the one code of their family the report writes anywhere in its
/// body, in every section; the codes themselves read as written.
#[test]
fn shared_currency_signs_take_the_code_the_report_writes() {
    let got = figures_of("tests/fixtures/currency-codes.md", |f| {
        format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap())
    });
    let expected = [
        "Rs 143.8 billion PKR",
        "¥2.1 billion CNY",
        "2.6 million pesos COP/kg",
        "PKR 27,000 a month PKR/mo",
        "280 rupees to the dollar PKR/USD",
        "CNY 2.1 billion CNY",
        "COP 1.5 million COP",
        "55,000 rials YER/sack",
        "YER 55,000 YER",
        "9,500 lei MDL/mo",
        "MDL 120 million MDL",
        "12,000 CFA francs XAF/sack",
        "XAF 12,000 XAF",
        // (Plain francs too, where the report writes one franc's code.)
        "640 XAF/l",
        "780 francs per litre XAF/l",
        "600,000 dinars a month IQD/mo",
        "IQD 600,000 IQD",
        "Sh2,000 a day UGX/d",
        "UGX 2,000 UGX",
        // (`Ar` is the ariary in a report that writes `MGA`.)
        "MGA 14.5 billion MGA",
        "Ar 650 MGA/kapoaka",
        // (The som is the one som the report writes by its code.)
        "about 2.6 billion som KGS",
        "KGS 21 billion KGS",
    ];
    assert_eq!(got, expected);
}

/// A unit in a column's header or a row's first cell applies to the bare numbers under it or
/// beside it, so a table's figure agrees with the same quantity in prose. Age groups labelling
/// a table's rows under an `Age` header are no figures.
#[test]
fn figures_take_units_from_table_headers() {
    let fixture = "tests/fixtures/header-units.md";
    let got = figures_of(fixture, |f| {
        format!("{} {} {} {}", f["text"].as_str().unwrap(), f["kind"], f["unit"], f["low"])
    });
    let expected = [
        r#"€12.6 billion "money" "EUR" 12600000000.0"#,
        r#"12.6 "money" "EUR" 12600000000.0"#,
        r#"0.30% "percent" null 0.3"#,
        r#"0.1 "percent" "pp" 0.1"#,
        // A header that is a plural names what its column counts.
        r#"1,200 "count" "staff" 1200.0"#,
        r#"about 3 "money" "EUR" 3000000000.0"#,
        r#"0.1% "percent" null 0.1"#,
        r#"-0.2 "percent" "pp" -0.2"#,
        r#"800 "count" "staff" 800.0"#,
        r#"5.0 "percent" null 5.0"#,
        r#"−1.7 "percent" null -1.7"#,
        // A row's magnitude and what its label counts: `Population ('000)` counts people.
        r#"88,500 "count" "person" 88500000.0"#,
        r#"89,100 "count" "person" 89100000.0"#,
        r#"450 "money" "USD" 450000000.0"#,
        r#"390 "money" "USD" 390000000.0"#,
        // The age groups labelling the rows are no figures; `(t Li)` is tonnes (of lithium).
        r#"44 "percent" null 44.0"#,
        r#"88,000 "measure" "t" 88000.0"#,
        r#"60 "percent" null 60.0"#,
        r#"1,500 "measure" "t" 1500.0"#,
        // A term's probability after the rows taken out is still found.
        r#"70% "percent" null 70.0"#,
        // Age groups heading the columns of a table whose caption speaks of ages.
        r#"40 "count" null 40.0"#,
        r#"45 "count" null 45.0"#,
        // Weeks numbering the rows under `Week` are no figures; the column units apply.
        r#"18 "count" "case" 18.0"#,
        r#"85 "count" null 85000.0"#,
        r#"41 "count" "case" 41.0"#,
        r#"90 "count" null 90000.0"#,
        // (A week's column past its year in brackets: `| Week (2026) |`.)
        r#"1,134 "count" "case" 1134.0"#,
        // A row labelled "Affected country" is no row of counts.
        r#"85 "count" null 85000.0"#,
        // A magnitude alone in the header scales money in the cell; a currency before a
        // bracketed magnitude (`USD (bn)`) is the column's unit.
        r#"PLN 186.6 "money" "PLN" 186600000000.0"#,
        r#"48.7 "money" "USD" 48700000000.0"#,
        r#"€86.5 "money" "EUR" 86500000000.0"#,
        r#"93.5 "money" "USD" 93500000000.0"#,
        // A column of calibres names cartridges; a month's year before the header's currency
        // is a date, and the currency applies to the cells.
        r#"1,200 "count" null 1200.0"#,
        r#"35 "money" "USD" 35.0"#,
        r#"800 "count" null 800.0"#,
        r#"60 "money" "USD" 60.0"#,
        r#"120 "count" null 120.0"#,
        r#"20 "money" "USD" 20.0"#,
        // A state named as a unit's singular (`Acre`) labels its row and leaves the column's
        // units alone; a `±` before the header's unit is passed over.
        r#"412 "measure" "km2" 412.0"#,
        r#"-3.4 "percent" "pp" -3.4"#,
        r#"2,310 "measure" "km2" 2310.0"#,
        r#"1.2 "percent" "pp" 1.2"#,
        // The level a span's count changed from takes the noun after the span.
        r#"48 "count" "incident" 48.0"#,
        r#"22 "count" "incident" 22.0"#,
        // `l` apart is litres in a header's brackets; a magnitude in a list in brackets.
        r#"14 "measure" "l/p/d" 14.0"#,
        r#"PLN 2.5 "money" "PLN" 2500000000.0"#,
        r#"9 "measure" "l/p/d" 9.0"#,
        r#"1.8 "count" null 1800000000.0"#,
        // The caption's unit where no column or row names one, beside a column of
        // percentages, but not in a column of ranks; a caption in per cent only where no
        // column names a unit; the rank under `Rank` is no figure.
        r#"58.2 "money" "USD" 58200000000.0"#,
        r#"91.0 "money" "USD" 91000000000.0"#,
        r#"27 "percent" null 27.0"#,
        r#"12 "percent" null 12.0"#,
        r#"340 "count" "case" 340.0"#,
        // Only columns named by a period or an estimate take the caption's unit, with a
        // magnitude after it.
        r#"1,200 "count" "household" 1200.0"#,
        r#"85 "money" "SSP" 85000.0"#,
        r#"92 "money" "SSP" 92000.0"#,
        // Past a gloss in brackets that names no unit.
        r#"6,120 "money" "USD" 6120000000.0"#,
        r#"74% "percent" null 74.0"#,
        r#"230 "money" "USD" 230000000.0"#,
        // Not the numbers in brackets the gloss speaks of.
        r#"4,310 "money" "USD" 4310000000.0"#,
        r#"1 "count" null 1.0"#,
        // A row's first cell that is a plural noun phrase names what the row counts.
        r#"39 "count" "day" 39.0"#,
        r#"52 "count" "day" 52.0"#,
        r#"360 "count" "death" 360.0"#,
        r#"212 "count" "death" 212.0"#,
        r#"12 "count" "attack" 12.0"#,
        r#"14 "count" "attack" 14.0"#,
        // (Hours a day in brackets count them: no power cuts.)
        r#"6 "count" "hour/d" 6.0"#,
        r#"14-18 "count" "hour/d" 14.0"#,
        // A place named with an s is no plural; the columns' plurals count.
        r#"57 "count" "homicide" 57.0"#,
        r#"5 "count" "massacre" 5.0"#,
        // With no column to count, a place ending in s or `Other …` still counts nothing.
        r#"57 "count" null 57.0"#,
        r#"60 "count" null 60.0"#,
        r#"12 "count" null 12.0"#,
        r#"14 "count" null 14.0"#,
        // A caption's unit wins over what a row's label counts.
        r#"17.5 "money" "USD" 17500000000.0"#,
        r#"15.8 "money" "USD" 15800000000.0"#,
        // Plurals heading columns, also before a participle; a magnitude in the cell keeps the
        // noun; an IPC phase is no figure; `(days)` counts days; a row's plural before its
        // period.
        r#"17 "count" "township" 17.0"#,
        r#"130 "count" "crew" 130.0"#,
        r#"1.2 million "count" "person" 1200000.0"#,
        r#"30 "count" "day" 30.0"#,
        r#"~2,100 "count" "transit/mo" 2100.0"#,
        r#"~1,100 "count" "transit/mo" 1100.0"#,
        // `Estimated` before the header's plural is passed over.
        r#"800–1,000 "count" "personnel" 800.0"#,
        r#"3 "count" "aircraft" 3.0"#,
        // A row's plural before an adverb and a participle.
        r#"40 "count" "house" 40.0"#,
        r#"60 "count" "house" 60.0"#,
        // A year after the plural, `Of which` before it, an adjective that counts people.
        r#"480 "count" "attack" 480.0"#,
        r#"198 "count" "personnel" 198.0"#,
        r#"1,100 "count" "injured" 1100.0"#,
        // `m` under a currency's header is millions; `Under 20` labels an age group.
        r#"3,156 "count" "complaint" 3156.0"#,
        r#"12.5 m "money" "USD" 12500000.0"#,
        r#"18,052 "count" "complaint" 18052.0"#,
        // `m` under a header naming what it counts is millions of it.
        r#"1.2m "count" "vehicle" 1200000.0"#,
        // Months and a year after the plural.
        r#"38 "count" "attack" 38.0"#,
        // A name with a number labelling a row is no figure; the length is.
        r#"171 km "measure" "km" 171.0"#,
        // A magnitude in a header naming what it counts.
        r#"6.4 "count" "refugee" 6400000.0"#,
        // A people's plural in -is.
        r#"12,900 "count" "iraqi" 12900.0"#,
        // A country's code after a row's name (`Toktogul (KG)`) is no unit.
        r#"1,200 "measure" "MW" 1200.0"#,
        // Collective nouns: `Workforce` counts workers, `Population` people.
        r#"1.2–1.5 m "count" "worker" 1200000.0"#,
        r#"23,000,000 "count" "person" 23000000.0"#,
        // A plural before a present participle (`Districts reporting`); `3.6 million` under
        // `(acres)` is acres.
        r#"6 "count" "balloon" 6.0"#,
        r#"301 "count" "district" 301.0"#,
        r#"3.6 million "measure" "acre" 3600000.0"#,
        // A name with an accent or an acronym before the plural; a fiscal year after it.
        r#"36,001 "count" "crossing" 36001.0"#,
        r#"176,205 "count" "encounter" 176205.0"#,
        r#"266,000 "count" "encounter" 266000.0"#,
        // `(m)` under `Draft` is metres, not millions; `(n)` after a plural counts it.
        r#"18 "measure" "m" 18.0"#,
        r#"23 "count" "isolate" 23.0"#,
        // `Countries` counts countries.
        r#"7 "count" "country" 7.0"#,
        r#"4,500 "count" "personnel" 4500.0"#,
        // The stub header's unit over columns of periods; not in a row of shares, which is
        // in per cent by its label.
        r#"6.4 "money" "RUB" 6400000000000.0"#,
        r#"10.4 "money" "RUB" 10400000000000.0"#,
        r#"4.4 "percent" null 4.4"#,
        r#"6.7 "percent" null 6.7"#,
        // What befell people; `NIS` is no currency under such columns.
        r#"c. 600 "count" "killed" 600.0"#,
        r#"2,700 "count" "wounded" 2700.0"#,
        r#"2 "count" "captured" 2.0"#,
        // The row's noun under `Captured`.
        r#"2,361 "count" "tank" 2361.0"#,
        r#"557 "count" "tank" 557.0"#,
        // `Of which foreign` counts cadres.
        r#"45 "count" "cadre" 45.0"#,
        r#"38 "count" "cadre" 38.0"#,
        // `PLA Navy ships`.
        r#"1–2 "count" "ship" 1.0"#,
        r#"3 "count" "ship" 3.0"#,
        // `Total personnel`.
        r#"11,000 "count" "personnel" 11000.0"#,
        r#"4,500 "count" "personnel" 4500.0"#,
        // `Est. rounds (millions)`.
        r#"1.6 "count" "round" 1600000.0"#,
        // `Adults`, `Persons with disabilities`.
        r#"50 "count" "adult" 50.0"#,
        r#"7 "count" "person" 7.0"#,
        // `*Eship 1*` names a ship.
        r#"4,500 rounds "count" "round" 4500.0"#,
        // `No (%)` is a column of shares; `Kilo SSK` is no kilogram.
        r#"97.83 "percent" null 97.83"#,
        r#"2.17 "percent" null 2.17"#,
        r#"6-7 "count" null 6.0"#,
        // `Level (m)` is a height in metres.
        r#"560 "measure" "m" 560.0"#,
        // `Phase 3+ population` counts people (`2.3m` is 2,300,000 of them, not metres); a
        // column per million of a population is a rate on that base.
        r#"2.3m "count" "person" 2300000.0"#,
        r#"323 "count" "/1M" 323.0"#,
        // A year before the header's plural, as after it.
        r#"137 "count" "seat" 137.0"#,
        r#"197 "count" "seat" 197.0"#,
        // `of which minors` counts minors, not the crossings before it.
        r#"24,634 "count" "crossing" 24634.0"#,
        r#"4,590 "count" "minor" 4590.0"#,
        // A circular's number is no figure; the limit beside it is.
        r#"400 "money" "USD" 400.0"#,
        // A row's own price unit wins over the column's: cents a bushel, then dollars a tonne.
        r#"690 "money" "cent/bu" 690.0"#,
        r#"240 "money" "USD/t" 240.0"#,
        // A stage's number is no figure.
        r#"6,000 "count" null 6000.0"#,
        // A row that counts passengers: `2.9m` is millions of them, not metres.
        r#"2.9m "count" "passenger" 2900000.0"#,
        r#"1.6m "count" "passenger" 1600000.0"#,
        // The `m` of a range's high end under a currency's header: shared by a low end written
        // short, not by one written in full (300,000 to 1.5 million naira).
        r#"1m–5m "money" "NGN" 1000000.0"#,
        r#"300,000–1.5m "money" "NGN" 300000.0"#,
        r#"2–4m "money" "NGN" 2000000.0"#,
        r#"400,000–2m "money" "NGN" 400000.0"#,
        // A plural before a span of years (`New permits 2025/26`) or before an irregular
        // participle (`Records stolen`) names what its column counts.
        r#"148,600 "count" "permit" 148600.0"#,
        r#"9.4 million "count" "record" 9400000.0"#,
        // A quarter after the plural, or `under` and what follows, is no part of the noun.
        r#"171 "count" "clash" 171.0"#,
        r#"2 "count" "convoy" 2.0"#,
        r#"3,400 "count" "child" 3400.0"#,
        r#"412,000 "count" "girl" 412000.0"#,
        r#"388,000 "count" "girl" 388000.0"#,
        // A plural of things built, before the place it names (`Dams in MG`).
        r#"31 "count" "dam" 31.0"#,
        r#"57% "percent" null 57.0"#,
        r#"18 "count" "dam" 18.0"#,
        r#"33% "percent" null 33.0"#,
        // Sums paid per what a column's header or a row's label names after `per`; `412m` in a
        // row priced in dollars is millions, not metres.
        r#"9,500 "money" "BDT/shelter" 9500.0"#,
        r#"78 "money" "USD/shelter" 78.0"#,
        r#"$125 "money" "USD/household" 125.0"#,
        r#"$90 "money" "USD/household" 90.0"#,
        r#"412m "money" "USD" 412000000.0"#,
        r#"236m "money" "USD" 236000000.0"#,
        // A unit before brackets that hold a period (`Carats (Jan–Sep 2026)`).
        r#"71,400 "measure" "ct" 71400.0"#,
        // A plural before a participle (`Seats won`), two participles joined by `or`, a
        // threshold in words after the plural (`Nights above 30°C`); rows' plurals of events.
        r#"above 30°C "measure" "°C" 30.0"#,
        r#"36 "count" "seat" 36.0"#,
        r#"380 "count" "home" 380.0"#,
        r#"9 "count" "night" 9.0"#,
        r#"870 "count" "sighting" 870.0"#,
        r#"1,140 "count" "sighting" 1140.0"#,
        r#"55 "count" "boarding" 55.0"#,
        r#"63 "count" "boarding" 63.0"#,
        // A period's adjective opening a row's label (`Daily wage (USD)`), a unit after `in`
        // (`Wage in USD per day`), but no place after it (`Dams in MG` counts dams).
        r#"5.00 "money" "USD/d" 5.0"#,
        r#"4.50 "money" "USD/d" 4.5"#,
        r#"5.13 "money" "USD/d" 5.13"#,
        r#"6.62 "money" "USD/d" 6.62"#,
        r#"31 "count" "dam" 31.0"#,
        r#"18 "count" "dam" 18.0"#,
        // A currency's code and a magnitude as the whole header (`USD billion`); `rebuilt`.
        r#"1.2 "money" "USD" 1200000000.0"#,
        r#"1,140 "count" "house" 1140.0"#,
        // A currency's sign glued to a magnitude (`₦m`); a rate per the dollar's sign.
        r#"7.2 "money" "NGN" 7200000.0"#,
        r#"7.50 "money" "VES/USD" 7.5"#,
        r#"310 "count" "bicycle" 310.0"#,
        r#"12 "count" "pirogue" 12.0"#,
        // A plural before the months and the year it was counted in (`Taps Jan–Sep 2025`).
        r#"1,982 "count" "tap" 1982.0"#,
        r#"2,260 "count" "tap" 2260.0"#,
        // `MI` after a comma is a state, no miles; the row's own unit wins over the column's.
        r#"37 "count" "event" 37.0"#,
        r#"7.2 "measure" "lb" 7.2"#,
        r#"85,000 "measure" "m3" 85000.0"#,
        // A row's label in brackets says what its prices are paid per; a delay counts days.
        r#"$0.30 "money" "USD/l" 0.3"#,
        r#"$1.20 "money" "USD/l" 1.2"#,
        r#"$28 "money" "USD/bag" 28.0"#,
        r#"$19 "money" "USD/bag" 19.0"#,
        r#"942 "money" "IQD" 942000000000.0"#,
        r#"19 "count" "day" 19.0"#,
        // Tablets and tunnels counted by a column; gas per tonne in a header's brackets.
        r#"27.5 million "count" "tablet" 27500000.0"#,
        r#"1,100 "measure" "kg" 1100.0"#,
        r#"6 "count" "tunnel" 6.0"#,
        r#"22 "measure" "m3/t" 22.0"#,
        // A noun before a day and a month, and a count named as one (`Crater count`); channels
        // and transfers counted by their columns.
        r#"31 "count" "aircraft" 31.0"#,
        r#"18 "count" "aircraft" 18.0"#,
        r#"11 "count" "crater" 11.0"#,
        r#"12 "count" "channel" 12.0"#,
        r#"96 "count" "transfer" 96.0"#,
        // A size in a row label's brackets is no scale of the row: tanks, not litres.
        r#"10,000 L "measure" "l" 10000.0"#,
        r#"175 "count" "tank" 175.0"#,
        // A row labelled by a class of sums counts what its column counts, in no currency.
        r#"$100,000–$1 million "money" "USD" 100000.0"#,
        r#"188,000 "count" "account" 188000.0"#,
        // A measure's symbol ending a header (`Nominal MW`, `Available MW (Oct avg)`); not a
        // state's code after `in` nor a threshold's unit.
        r#"330 "measure" "MW" 330.0"#,
        r#"190 "measure" "MW" 190.0"#,
        r#"≥0.5 mg/L "measure" "mg/l" 0.5"#,
        r#"31 "count" "dam" 31.0"#,
        r#"24 "count" null 24.0"#,
        // A rate of exchange before a comma in a row's label.
        r#"19,300 "money" "LAK/USD" 19300.0"#,
        // Places' abbreviations in a row label are no currency (VES is Villa El Salvador).
        r#"49 "count" "company" 49.0"#,
        // People in brackets are what a column counts, unless they say how its plural is
        // counted; a label cut at `to`.
        r#"182,000 "count" "child" 182000.0"#,
        r#"38,400 "count" "returnee" 38400.0"#,
        r#"145 "count" "candidate" 145.0"#,
        r#"530 "count" "day" 530.0"#,
        r#"104 "money" "USD" 104000000.0"#,
        r#"2,115 "measure" "m" 2115.0"#,
        r#"18,000 "count" "job" 18000.0"#,
        r#"14 "count" "hour" 14.0"#,
        // A caption's counted plural with `by` counts the numbers under periods, over the row's
        // plural, and under columns of kinds or states (`Done`, `Still on site`); in a caption
        // listing several things it counts nothing.
        r#"83,000 "count" "arrival" 83000.0"#,
        r#"105,000 "count" "arrival" 105000.0"#,
        r#"26.5 "percent" null 26.5"#,
        r#"812 "count" "household" 812.0"#,
        r#"604 "count" "household" 604.0"#,
        r#"207 "count" "volunteer" 207.0"#,
        // What a mass noun is counted in, what befell people after how it is known, a plural
        // left somewhere, events by their plural.
        r#"412,000 "count" "round" 412000.0"#,
        r#"140-175 "count" "killed" 140.0"#,
        r#"3 "count" "stage" 3.0"#,
        r#"5 "count" "exchange" 5.0"#,
        // A period in words after a header's unit in brackets.
        r#"86.4 "money" "UGX/yr" 86400000.0"#,
        // A column of units: the row's sums are paid per its cell.
        r#"62 "money" "KES/kg" 62.0"#,
        // `millones` in a header, and a dot before three digits under the Chilean peso.
        r#"225.400 "money" "CLP" 225400000000.0"#,
        // A row's unit of a good under a price's column; under a total's the cell keeps its
        // own reading (no price a litre); a percentage column over the row's unit.
        r#"17.50 "money" "EGP/l" 17.5"#,
        r#"40 "count" null 40.0"#,
        r#"11.4 "percent" null 11.4"#,
        // A currency's sign after `in`, as its code.
        r#"520,000 "money" "ETB" 520000.0"#,
        r#"61 "money" "USD" 61.0"#,
        r#"4,900 "money" "MYR" 4900.0"#,
        // Litres by a lower-case `l` alone, with a magnitude too; `(L)` is a size.
        r#"1,912,400 "measure" "l" 1912400.0"#,
        r#"480-560 "measure" "l" 480000000.0"#,
        r#"42 "count" null 42.0"#,
    ];
    assert_eq!(got, expected);
    // A range's high end keeps its own `m` whatever its low end does.
    let highs = figures_of(fixture, |f| format!("{} {}", f["text"].as_str().unwrap(), f["high"]));
    for cell in ["1m–5m 5000000.0", "300,000–1.5m 1500000.0", "2–4m 4000000.0", "400,000–2m 2000000.0"]
    {
        assert!(highs.iter().any(|h| h == cell), "{cell} not in {highs:?}");
    }
    // A header that says its numbers are estimates makes each approximate.
    let approx = figures_of(fixture, |f| format!("{} {}", f["text"].as_str().unwrap(), f["approx"]));
    assert!(approx.iter().any(|a| a == "37 true"), "{approx:?}");
    assert!(approx.iter().any(|a| a == "7.2 false"), "{approx:?}");
    // The table's 12.6 (€ bn) and the prose's €12.6 billion are one quantity in one unit.
    let check = attest(&["check", fixture]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert!(check.stdout.contains("0 errors, 0 warnings"), "{}", check.stdout);
}

/// A line's label that ends in a capitalised name's number and a colon names a thing (a ship),
/// unless its word counts: the labels' numbers are no figures, the numbers after them are.
#[test]
fn figures_skip_names_in_line_labels() {
    let got = figures_of("tests/fixtures/labels.md", |f| {
        format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap_or("-"))
    });
    let expected = ["20 days day", "€3,333 EUR", "40 days day", "40 -", "40 death"];
    assert_eq!(got, expected);
}

/// Dollar signs before digits are prices, not TeX math: every price is a figure with its
/// citation, a footnote's included.
#[test]
fn figures_read_prices_between_dollar_signs() {
    let got = figures_of("tests/fixtures/dollars.md", |f| {
        let sources: Vec<&str> =
            f["sources"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
        format!("{} {}-{} {}", f["text"].as_str().unwrap(), f["low"], f["high"], sources.join(","))
    });
    let expected = [
        "US$5 5.0-5.0 ocha",
        "US$7 7.0-7.0 ocha",
        "$3,000-$4,000 per tonne 3000.0-4000.0 wb",
        "US$1.9 billion 1900000000.0-1900000000.0 ocha",
        "US$3.5 billion 3500000000.0-3500000000.0 wb",
        "US$1.2 billion 1200000000.0-1200000000.0 wb,ocha",
        "US$2 billion 2000000000.0-2000000000.0 wb,ocha",
        "US$40 million 40000000.0-40000000.0 ocha",
        "US$60 million 60000000.0-60000000.0 ocha",
        "US$8 million 8000000.0-8000000.0 ocha",
        "US$9 million 9000000.0-9000000.0 ocha",
        "US$30 million 30000000.0-30000000.0 wb",
        "US$35 million 35000000.0-35000000.0 wb",
        "US$45 million 45000000.0-45000000.0 wb",
        "$ 75 million 75000000.0-75000000.0 wb",
        "$80 million 80000000.0-80000000.0 wb",
        "between $30 and $50 30.0-50.0 wb",
        "US$90 a month 90.0-90.0 ocha",
    ];
    assert_eq!(got, expected);
    let check = attest(&["check", "tests/fixtures/dollars.md"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert!(check.stdout.contains("0 errors, 0 warnings"), "{}", check.stdout);
}

#[test]
fn figures_csv_and_table() {
    let csv = attest(&["figures", "--format", "csv", "tests/fixtures/rules/unsourced-figure.md"]);
    assert!(csv.stdout.starts_with("file,line,column,start,end,text,low,high"));
    assert!(csv.stdout.contains("\"Between 20,000 and 23,000 fighters\""));
    let table = attest(&["figures", "tests/fixtures/rules/unsourced-figure.md"]);
    assert!(table.stdout.contains("NONE"), "{}", table.stdout);
}

#[test]
fn missing_file_is_reported_and_others_still_checked() {
    let run = attest(&["check", "no/such/report.md", "tests/fixtures/rules/inverted-range.md"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no/such/report.md: no such file or directory"), "{}", run.stderr);
    assert!(run.stdout.contains("[inverted-range]"), "{}", run.stdout);
}

/// A file whose reading panics (here through a known crash of the Markdown parser attest
/// builds on, a list item holding an attribute block above a setext underline) is reported
/// with its path and the other files are still checked: no panic ends the run. Should the
/// parser be fixed, the file is simply checked.
#[test]
fn a_file_that_crashes_the_reader_is_reported_and_others_still_checked() {
    let dir = temp_dir("crash");
    std::fs::write(dir.join("a.md"), "- \"\n   {}\n  -").unwrap();
    std::fs::write(dir.join("b.md"), "---\nreferences: []\n---\nSome 9 to 3 people fled.\n").unwrap();
    for args in [&["check", "a.md", "b.md"][..], &["figures", "a.md", "b.md"][..]] {
        let run = attest_in(&dir, args);
        assert!(matches!(run.code, 0..=2), "{args:?} exited with {}: {}", run.code, run.stderr);
        if run.code == 2 {
            assert!(run.stderr.contains("a.md: internal error while checking this file"), "{}", run.stderr);
        }
        assert!(run.stdout.contains("b.md"), "{args:?}: {}", run.stdout);
    }
}

#[test]
fn binary_and_invalid_utf8_files_are_reported() {
    let dir = temp_dir("binary");
    std::fs::write(dir.join("a.md"), [b'-', b'-', b'-', 0xff, 0xfe, b'\n']).unwrap();
    std::fs::write(dir.join("b.md"), b"PNG\0\0\0").unwrap();
    let run = attest_in(&dir, &["check", "a.md", "b.md"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("a.md: not valid UTF-8"), "{}", run.stderr);
    assert!(run.stderr.contains("b.md: binary file"), "{}", run.stderr);
}

#[test]
fn files_too_large_and_files_without_end_are_refused() {
    let dir = temp_dir("too-large");
    let line = "Some 5 people fled.\n";
    std::fs::write(dir.join("big.md"), line.repeat((33 << 20) / line.len())).unwrap();
    std::fs::write(dir.join("small.md"), "---\nreferences: []\n---\nSome 9 to 3 people fled.\n").unwrap();
    let run = attest_in(&dir, &["check", "big.md", "small.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("big.md: larger than 32 MiB; attest reads files of up to 32 MiB"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("[inverted-range]"), "{}", run.stdout);
    // A device that never ends is read only as far as the limit.
    if std::path::Path::new("/dev/zero").exists() {
        let run = attest(&["check", "/dev/zero"]);
        assert_eq!(run.code, 2);
        assert!(run.stderr.contains("/dev/zero: binary file (NUL byte at offset 0)"), "{}", run.stderr);
    }
}

#[test]
fn directory_walk_checks_reports_only_and_respects_gitignore() {
    let dir = temp_dir("walk");
    std::fs::write(dir.join("README.md"), "# Readme\n\nWe have 3,000 users.\n").unwrap();
    let report = "---\nreferences: []\n---\nIS-KP has around 3,000 fighters.\n";
    std::fs::write(dir.join("report.md"), report).unwrap();
    std::fs::create_dir_all(dir.join("build")).unwrap();
    std::fs::write(dir.join("build/copy.md"), report).unwrap();
    std::fs::write(dir.join(".gitignore"), "build/\n").unwrap();
    let run = attest_in(&dir, &["check", "."]);
    assert!(run.stdout.contains("1 file checked"), "{}", run.stdout);
    assert!(run.stdout.contains("report.md"));
    assert!(!run.stdout.contains("README"));
    assert!(!run.stdout.contains("copy.md"));
    // Named explicitly, any Markdown file is checked.
    let run = attest_in(&dir, &["check", "README.md"]);
    assert!(run.stdout.contains("[unsourced-figure]"), "{}", run.stdout);
}

/// A report whose front matter the YAML reader cannot read is still a report: the walk checks
/// it and reports the error, so a typo in the YAML cannot turn off the checks in CI.
#[test]
fn directory_walk_checks_reports_whose_front_matter_is_broken() {
    // File, text, whether the walk checks it.
    let cases: &[(&str, &str, bool)] = &[
        (
            "unclosed-quote.md",
            "---\ntitle: Armed groups\nreferences:\n  - id: a\n    type: report\n    title: \"Situation: Kabul\n    issued: 2026\n---\nSome 5,000 fighters remain [@a].\n",
            true,
        ),
        (
            "never-closed.md",
            "---\nreferences:\n  - id: a\n    type: report\n\nSome 5,000 fighters remain.\n",
            true,
        ),
        (
            "tab.md",
            "---\nreferences:\n  - id: a\n    type: report\n  \ttitle: Situation\n---\nSome 5,000 fighters remain.\n",
            true,
        ),
        ("bibliography.md", "---\nbibliography: refs.bib\ntitle: \"x\n---\nText.\n", true),
        ("settings.md", "---\nattest:\n  scale: [icd-203\n---\nText.\n", true),
        // Broken YAML naming no report key, or naming one only indented: not a report.
        ("notes.md", "---\ntitle: \"Notes\n---\nWe have 3,000 users.\n", false),
        ("nested.md", "---\nsite:\n  references: [a\n---\nWe have 3,000 users.\n", false),
        ("never-closed-notes.md", "---\ntitle: Notes\n\nWe have 3,000 users.\n", false),
    ];
    let dir = temp_dir("walk-broken");
    for (file, text, _) in cases {
        std::fs::write(dir.join(file), text).unwrap();
    }
    for deny in [false, true] {
        let args: &[&str] = if deny { &["check", "--deny-warnings", "."] } else { &["check", "."] };
        let run = attest_in(&dir, args);
        assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
        let checked = cases.iter().filter(|c| c.2).count();
        assert!(run.stdout.contains(&format!("{checked} files checked")), "{}", run.stdout);
        for (file, _, walked) in cases {
            let reported = run.stdout.contains(&format!("--> ./{file}:"));
            assert_eq!(reported, *walked, "{file}:\n{}", run.stdout);
        }
        assert_eq!(run.stdout.matches("error[invalid-front-matter]").count(), checked, "{}", run.stdout);
        // The tab is pointed at, not the end of the line above.
        assert!(
            run.stdout.contains(
                "a tab is used for indentation; YAML indentation must use spaces\n --> ./tab.md:5:3\n"
            ),
            "{}",
            run.stdout
        );
    }
}

/// pandoc reads a metadata block that only blank lines precede as the document's metadata,
/// and so does attest: named or walked, with positions counted from the file's first line.
#[test]
fn front_matter_after_blank_lines() {
    let fixture = "tests/fixtures/front-matter-after-blank-lines.md";
    let run = attest(&["check", "--deny-warnings", fixture]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("1 figure, 1 sourced (100%); 0 errors, 0 warnings"), "{}", run.stdout);
    let run = attest(&["figures", "--format", "json", fixture]);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    let text = std::fs::read_to_string(common::root().join(fixture)).unwrap();
    let line = text.lines().position(|l| l.starts_with("Between 20,000")).unwrap() + 1;
    assert_eq!(doc["figures"][0]["line"], line);
    assert_eq!(doc["figures"][0]["sources"][0]["id"], "mfa-2026");

    let dir = temp_dir("front-matter-after-blank-lines");
    std::fs::copy(common::root().join(fixture), dir.join("report.md")).unwrap();
    let dated = "\n\n---\nreferences:\n  - id: a\n    type: report\n    issued: March 2026\n---\nSome 5,000 fighters [@a].\n";
    std::fs::write(dir.join("dated.md"), dated).unwrap();
    let run = attest_in(&dir, &["check", "."]);
    assert!(run.stdout.contains("2 files checked: 2 figures, 2 sourced"), "{}", run.stdout);
    // The date pandoc cannot read is the only error, on its line.
    assert_eq!(run.stdout.matches("error[").count(), 1, "{}", run.stdout);
    assert!(run.stdout.contains("error[invalid-front-matter]: `issued: March 2026`"), "{}", run.stdout);
    assert!(run.stdout.contains("--> ./dated.md:7:13"), "{}", run.stdout);
}

/// A figure whose only citation names a key no reference defines is cited, not sourced: the
/// key is an unknown-source error, unsourced-figure stays quiet, and the summary, the JSON
/// summary and `attest figures` do not count the figure as sourced.
#[test]
fn undefined_keys_do_not_source_a_figure() {
    let dir = temp_dir("undefined-keys");
    let report = "---\nreferences:\n  - id: a\n    type: report\n---\nSome 5,700 fighters remain [@zz].\n\nSome 5,800 fighters remain [@zz; @a].\n";
    std::fs::write(dir.join("r.md"), report).unwrap();
    let run = attest_in(&dir, &["check", "r.md"]);
    assert!(run.stdout.contains("2 figures, 1 sourced (50%)"), "{}", run.stdout);
    assert_eq!(run.stdout.matches("error[unknown-source]").count(), 2, "{}", run.stdout);
    assert!(!run.stdout.contains("[unsourced-figure]"), "{}", run.stdout);
    let check: Value =
        serde_json::from_str(&attest_in(&dir, &["check", "--format", "json", "r.md"]).stdout).unwrap();
    assert_eq!(check["summary"]["sourced"], 1);
    let figures: Value =
        serde_json::from_str(&attest_in(&dir, &["figures", "--format", "json", "r.md"]).stdout).unwrap();
    let (only_zz, zz_and_a) = (&figures["figures"][0], &figures["figures"][1]);
    assert_eq!(
        (&only_zz["sourced"], &only_zz["sources"][0]["defined"]),
        (&Value::Bool(false), &Value::Bool(false))
    );
    assert_eq!(
        (&zz_and_a["sourced"], &zz_and_a["sources"][1]["defined"]),
        (&Value::Bool(true), &Value::Bool(true))
    );
    let csv = attest_in(&dir, &["figures", "--format", "csv", "r.md"]).stdout;
    assert!(csv.contains(",false,zz,") && csv.contains(",true,zz; a,"), "{csv}");
    let table = attest_in(&dir, &["figures", "r.md"]).stdout;
    assert!(table.contains("zz (undefined)\n") && table.contains("zz (undefined); a\n"), "{table}");
}

/// A bracketed citation right after a span and its unit credits that figure only, also
/// after a unit with a square sign (`km²`): the other figures of the sentence keep all its
/// sources.
#[test]
fn a_citation_after_a_span_and_a_squared_unit_is_the_figures_own() {
    let dir = temp_dir("squared-unit");
    let report = "---\nreferences:\n  - id: a\n    type: report\n  - id: b\n    type: report\n---\n\
        The agency puts the area at [139,000]{qty=x} km² [@a], while @b considers 60,000 km² more realistic.\n";
    std::fs::write(dir.join("r.md"), report).unwrap();
    let figures: Value =
        serde_json::from_str(&attest_in(&dir, &["figures", "--format", "json", "r.md"]).stdout).unwrap();
    let keys = |f: &Value| -> Vec<String> {
        f["sources"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(keys(&figures["figures"][0]), ["a"]);
    assert_eq!(keys(&figures["figures"][1]), ["a", "b"]);
}

/// The lines of the findings of `attest check --format json` on `report` (in a fresh
/// directory named `name`), with their rules.
fn finding_lines(name: &str, report: &str) -> Vec<(u64, String)> {
    let dir = temp_dir(name);
    std::fs::write(dir.join("r.md"), report).unwrap();
    let run = attest_in(&dir, &["check", "--format", "json", "r.md"]);
    let check: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    check["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["line"].as_u64().unwrap(), d["rule"].as_str().unwrap().to_string()))
        .collect()
}

/// pandoc reads an HTML comment on a line of its own right under a line of a paragraph inside
/// the paragraph, which runs on after it: the citation after the comment sources the figure
/// before it, and a suppression comment there silences the whole paragraph. Before a blank
/// line, it still belongs to the paragraph above, not to the next one.
#[test]
fn a_comment_under_a_line_of_a_paragraph_stays_inside_it() {
    let report = "---\nreferences:\n  - id: a\n    type: report\n    title: A\n    issued: 2026\n    \
                  publisher: MFA\n---\nSome 5,006 fighters fled, according\n<!-- TODO check the figure -->\nto officials [@a].\n\n\
                  Some 5,007 fighters fled.\n<!-- attest-ignore unsourced-figure -->\nSome 5,008 fighters fled.\n\n\
                  - Some 5,009 fighters fled\n<!-- attest-ignore unsourced-figure -->\n  in the first item.\n\
                  - Some 5,010 fighters fled in the second.\n\n\
                  Some 5,011 fighters fled.\n<!-- attest-ignore unsourced-figure -->\n\nSome 5,012 fighters fled.\n";
    let unsourced = |line: u64| (line, "unsourced-figure".to_string());
    assert_eq!(finding_lines("comment-in-paragraph", report), [unsourced(20), unsourced(25)]);
}

/// A suppression comment before a fenced div silences the whole div, the block after the
/// comment, as it silences a whole block quote or list, nested divs included.
#[test]
fn a_suppression_comment_before_a_fenced_div_covers_the_div() {
    let report = "---\nreferences:\n  - id: a\n    type: report\n    title: A\n    issued: 2026\n    \
                  publisher: MFA\n---\n<!-- attest-ignore unsourced-figure -->\n::: note\n\
                  Some 5,009 fighters fled.\n\nSome 5,010 fighters fled [@a].\n\n> Some 5,011 fighters in a quote.\n\
                  :::\n\nSome 5,012 fighters fled.\n\n<!-- attest-ignore unsourced-figure -->\n\n:::: outer\n\
                  ::: inner\nSome 5,013 fighters fled.\n:::\n\nSome 5,014 fighters fled.\n::::\n\n\
                  Some 5,015 fighters fled.\n";
    let unsourced = |line: u64| (line, "unsourced-figure".to_string());
    assert_eq!(finding_lines("ignore-div", report), [unsourced(18), unsourced(30)]);
}

/// A figure over a line break is shown as a reader sees it, without the block quote markers
/// and indentation of its next line, in messages and in every format of `attest figures`; its
/// offsets are still the file's.
#[test]
fn figure_text_is_shown_without_container_markers() {
    let dir = temp_dir("figure-text");
    let report = "---\nreferences:\n  - id: a\n    type: report\n    title: A\n    issued: 2026\n    \
                  publisher: MFA\n---\n> Some fled, between 9,000 and\n> 6,000 fighters [@a].\n\n\
                  > > Some fled, between 5,000 and\n> > 6,000 fighters.\n\n\
                  - Some fled, between 5,001 and\n  6,002 fighters.\n";
    std::fs::write(dir.join("r.md"), report).unwrap();
    let shown = [
        "between 9,000 and 6,000 fighters",
        "between 5,000 and 6,000 fighters",
        "between 5,001 and 6,002 fighters",
    ];
    let figures: Value =
        serde_json::from_str(&attest_in(&dir, &["figures", "--format", "json", "r.md"]).stdout).unwrap();
    let figures = figures["figures"].as_array().unwrap();
    let texts: Vec<&str> = figures.iter().map(|f| f["text"].as_str().unwrap()).collect();
    assert_eq!(texts, shown);
    let written =
        |f: &Value| &report[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize];
    assert_eq!(written(&figures[1]), "between 5,000 and\n> > 6,000 fighters");
    let csv = attest_in(&dir, &["figures", "--format", "csv", "r.md"]).stdout;
    let table = attest_in(&dir, &["figures", "r.md"]).stdout;
    let check = attest_in(&dir, &["check", "r.md"]).stdout;
    for text in shown {
        assert!(csv.contains(&format!("\"{text}\"")), "{csv}");
        assert!(table.contains(text), "{table}");
    }
    for text in &shown[1..] {
        assert!(check.contains(&format!("figure `{text}` has no source")), "{check}");
    }
}

#[test]
fn rule_command_prints_documentation() {
    let run = attest(&["rule", "inverted-range"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("## What it does"));
    assert!(run.stdout.contains("## Use instead"));
    let all = attest(&["rule", "--all"]);
    for rule in attest::rules::RULES {
        assert!(all.stdout.contains(&format!("# {}", rule.meta.name)));
    }
    let unknown = attest(&["rule", "no-such-rule"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("no rule named"));
}

/// Usage mistakes get a message that says what to do instead: the rule names meant, `--all`,
/// `--stdin-filename`, files for `figures`.
#[test]
fn usage_mistakes_say_what_to_do() {
    let dir = temp_dir("usage-mistakes");
    let report = "---\nreferences: []\nattest:\n  rules:\n    unsourced-figures: off\n---\nText.\n";
    std::fs::write(dir.join("r.md"), report).unwrap();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    // Arguments, exit code, text the output (stderr, then stdout) must hold.
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["rule", "unsourced-figures"],
            2,
            "no rule named `unsourced-figures`; did you mean `unsourced-figure`?",
        ),
        (&["rule", "unsourced"], 2, "no rule named `unsourced`; did you mean `unsourced-figure`?"),
        (
            &["rule", "likelihood"],
            2,
            "did you mean one of `likelihood-mismatch`, `likelihood-with-confidence`, `mixed-likelihood-terms`?",
        ),
        (&["rule", "nonsense"], 2, "no rule named `nonsense`; the rules are: unsourced-figure, "),
        (&["rule"], 2, "name a rule (`attest rule unsourced-figure`), or give `--all` for every rule"),
        (&["rule", "--help"], 0, "attest rule [OPTIONS] --all"),
        (&["check", "--select", "unsourced-figures", "r.md"], 2, "did you mean `unsourced-figure`?"),
        (&["check", "--ignore", "unknwon-source", "r.md"], 2, "did you mean `unknown-source`?"),
        (
            &["check", "--select", "nonsense", "r.md"],
            2,
            "no rule named `nonsense` (`attest rule --all` lists the rules)",
        ),
        (&["check", "r.md"], 1, "no rule named `unsourced-figures`; did you mean `unsourced-figure`?"),
        (&["check", "-"], 2, "-: standard input is checked only with `--stdin-filename NAME`"),
        (
            &["figures", "sub"],
            2,
            "sub: is a directory; `attest figures` takes report files (`attest check` walks directories)",
        ),
        (&["review", "sub"], 2, "sub: is a directory; give a report file"),
    ];
    for &(args, code, text) in cases {
        let run = attest_in(&dir, args);
        let output = format!("{}{}", run.stderr, run.stdout);
        assert_eq!(run.code, code, "{args:?}: {output}");
        assert!(output.contains(text), "{args:?}: {output}");
        assert!(!output.contains("os error"), "{args:?}: {output}");
    }
    // attest.toml: the same suggestion, at its position.
    std::fs::write(dir.join("attest.toml"), "[rules]\nunsourced-figures = \"off\"\n").unwrap();
    let run = attest_in(&dir, &["check", "r.md"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("no rule named `unsourced-figures`; did you mean `unsourced-figure`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(attest(&["check", "--format", "xml"]).code, 2);
    assert_eq!(attest(&["frobnicate"]).code, 2);
}

#[test]
fn huge_single_line_file_neither_panics_nor_hangs() {
    let dir = temp_dir("huge");
    let sentence = "The situation in 2025 was tense; officials met on 13 February 2026 in Moscow. ";
    let mut text = String::new();
    while text.len() < 20 * 1024 * 1024 {
        text.push_str(sentence);
    }
    text.push_str("Finally, around 3,000 fighters remain.");
    std::fs::write(dir.join("huge.md"), &text).unwrap();
    let run = attest_in(&dir, &["check", "huge.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("huge.md:1:"), "{}", &run.stdout[..run.stdout.len().min(2000)]);
    assert!(run.stdout.contains("1 figure, 0 sourced"), "{}", &run.stdout[..run.stdout.len().min(2000)]);
    // The excerpt is a window around the finding, not the 20 MB line.
    assert!(run.stdout.len() < 10_000);
}

#[test]
fn configuration_is_found_upward_and_errors_have_positions() {
    let dir = temp_dir("config");
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::create_dir_all(dir.join("reports/drafts")).unwrap();
    let report = "---\nreferences: []\n---\nIS-KP has 3,000 fighters.\n";
    std::fs::write(dir.join("reports/r.md"), report).unwrap();
    std::fs::write(dir.join("reports/drafts/d.md"), report).unwrap();

    // Without configuration: a warning, exit 0.
    let run = attest_in(&dir, &["check", "."]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("2 files checked"), "{}", run.stdout);

    // attest.toml at the root raises the level and excludes drafts.
    std::fs::write(
        dir.join("attest.toml"),
        "exclude = [\"reports/drafts/**\"]\n[rules]\nunsourced-figure = \"error\"\n",
    )
    .unwrap();
    let run = attest_in(&dir.join("reports"), &["check", "."]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout.contains("1 file checked") && run.stdout.contains("error[unsourced-figure]"),
        "{}",
        run.stdout
    );

    // A bad value is an error at its position.
    std::fs::write(dir.join("attest.toml"), "scale = \"icd203\"\n[rules]\nunsourced-figure = \"loud\"\n")
        .unwrap();
    let run = attest_in(&dir, &["check", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unknown level `loud`"), "{}", run.stderr);
    assert!(run.stderr.contains("attest.toml:3:20"), "{}", run.stderr);

    // --config names a file explicitly.
    std::fs::write(dir.join("strict.toml"), "[rules]\nunsourced-figure = \"off\"\n").unwrap();
    let run = attest_in(&dir, &["check", "--config", "strict.toml", "reports/r.md"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("0 errors, 0 warnings"), "{}", run.stdout);

    // A nested attest.toml's exclude holds when the walk starts above it.
    std::fs::remove_file(dir.join("attest.toml")).unwrap();
    std::fs::write(dir.join("reports/attest.toml"), "exclude = [\"drafts/**\"]\n").unwrap();
    let run = attest_in(&dir, &["check", "."]);
    assert!(run.stdout.contains("1 file checked"), "{}{}", run.stdout, run.stderr);
    // A folder's name excludes what it holds, at any depth, as in .gitignore.
    std::fs::write(dir.join("reports/attest.toml"), "exclude = [\"drafts\"]\n").unwrap();
    let run = attest_in(&dir, &["check", "."]);
    assert!(run.stdout.contains("1 file checked"), "{}{}", run.stdout, run.stderr);
    // And the top one's exclude holds below a nested file that sets only rules.
    std::fs::write(dir.join("attest.toml"), "exclude = [\"reports/drafts/**\"]\n").unwrap();
    std::fs::write(dir.join("reports/attest.toml"), "[rules]\nunsourced-figure = \"error\"\n").unwrap();
    let run = attest_in(&dir, &["check", "."]);
    assert!(run.stdout.contains("1 file checked"), "{}{}", run.stdout, run.stderr);
    std::fs::remove_file(dir.join("attest.toml")).unwrap();
    std::fs::remove_file(dir.join("reports/attest.toml")).unwrap();

    // Its globs are relative to its folder, however the path to it is written.
    std::fs::write(dir.join("inc.toml"), "include = [\"reports/*.md\"]\n").unwrap();
    let run = attest_in(&dir.join("reports"), &["check", "--config", "../inc.toml"]);
    assert!(run.stdout.contains("1 file checked"), "{}{}", run.stdout, run.stderr);
}

#[test]
fn front_matter_settings_override_the_configuration() {
    let dir = temp_dir("front-matter-config");
    let report = "---\nreferences: []\nattest:\n  rules:\n    unsourced-figure: error\n  scale: nonsense\n---\nIS-KP has 3,000 fighters.\n";
    std::fs::write(dir.join("r.md"), report).unwrap();
    let run = attest_in(&dir, &["check", "r.md"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("error[unsourced-figure]"), "{}", run.stdout);
    assert!(run.stdout.contains("unknown likelihood scale `nonsense`"), "{}", run.stdout);
}

/// Of two footnote definitions with one label, the last counts, as in pandoc.
#[test]
fn a_footnote_defined_twice_lends_its_last_definition() {
    let dir = temp_dir("footnote-twice");
    let text = "---\nreferences:\n  - {id: a, type: report, title: A, publisher: P, issued: 2025}\n  - {id: b, type: report, title: B, publisher: P, issued: 2025}\n---\nThe group has 500 members.[^1]\n\n[^1]: First [@a].\n\n[^1]: Second [@b].\n";
    std::fs::write(dir.join("r.md"), text).unwrap();
    let run = attest_in(&dir, &["figures", "--format", "json", "r.md"]);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    let sources: Vec<&str> =
        doc["figures"][0]["sources"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(sources, ["b"]);
}

/// An accidental-math fix applied once (as an editor's quick fix is) leaves no math reading as
/// prose: where escaping the first sign alone lets an earlier sign pair with the same closing
/// one, the fix escapes that sign too.
#[test]
fn one_accidental_math_fix_leaves_no_math_behind() {
    let report = "---\nreferences:\n  - id: a\n    type: report\n    title: t\n---\n\
                  Fees rose from N$1,200 to N$1,500 while Taiwan paid NT$ 40 a unit [@a].\n";
    let dir = temp_dir("math-fix-once");
    std::fs::write(dir.join("r.md"), report).unwrap();
    let run = attest_in(&dir, &["check", "--format", "json", "r.md"]);
    let check: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    let diagnostics = check["files"][0]["diagnostics"].as_array().unwrap();
    let math: Vec<&Value> = diagnostics.iter().filter(|d| d["rule"] == "accidental-math").collect();
    assert_eq!(math.len(), 1, "{diagnostics:?}");
    let mut edits: Vec<(usize, String)> = math[0]["fix"]["edits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(e["start"], e["end"], "an insertion");
            (e["start"].as_u64().unwrap() as usize, e["replacement"].as_str().unwrap().to_string())
        })
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut fixed = report.to_string();
    for (at, replacement) in edits {
        fixed.insert_str(at, &replacement);
    }
    assert!(fixed.contains(r"from N\$1,200 to N\$1,500 while Taiwan paid NT$ 40"), "{fixed}");
    let rules: Vec<String> =
        finding_lines("math-fix-once-after", &fixed).into_iter().map(|(_, rule)| rule).collect();
    assert!(!rules.iter().any(|r| r == "accidental-math"), "{rules:?}\n{fixed}");
}

/// Hours by their symbol in a header count hours as `(hours)` does; machines and outlets
/// named by a header's plural count those; a tender's lots and a city's wards name rows; a
/// preposition left before a header's time (`in Q1`, `by 15 Nov`) goes with it.
/// A number alone in a table's cell with a decimal comma shows that the report writes numbers
/// the European way: the cell is one number, and a full stop before three digits elsewhere
/// groups thousands.
#[test]
fn a_decimal_comma_alone_in_a_cell_reads_the_report_the_european_way() {
    let got = figures_of("tests/fixtures/cell-decimal-comma.md", |f| {
        format!("{} {} {} {}", f["text"].as_str().unwrap(), f["low"], f["high"], f["unit"])
    });
    assert_eq!(
        got,
        ["6,79 6.79 6.79 \"BRL/l\"", "8,90–9,50 8.9 9.5 \"BRL/l\"", "about 1.900 km 1900.0 1900.0 \"km\""]
    );
}

/// A paragraph naming a table the word processor's way right above it gives its cells the
/// unit a caption would (with a period after its brackets), in columns named by what was done
/// with a sum or by a place; a column that names what it counts, a share or what was done to
/// people (`Screened`) keeps its reading, and a sum in a row's brackets scales nothing; a
/// title counting houses damaged or destroyed counts them under what befell them.
#[test]
fn a_table_title_paragraph_gives_its_unit() {
    let got = figures_of("tests/fixtures/table-title-units.md", |f| {
        format!("{} {} {} {}", f["text"].as_str().unwrap(), f["low"], f["kind"], f["unit"])
    });
    assert_eq!(
        got,
        [
            "31.2 31200000.0 \"money\" \"ZMW\"",
            "12.1 12100000.0 \"money\" \"ZMW\"",
            "Rs 50,000 50000.0 \"money\" \"INR\"",
            "25,480 25480.0 \"count\" \"household\"",
            "130.51 1305100000.0 \"money\" \"INR\"",
            "120-140 120.0 \"money\" \"LYD/d\"",
            "12 12.0 \"count\" null",
            "527 527.0 \"count\" \"worker\"",
            "9.6 9.6 \"measure\" \"µg\"",
            "12.5 12500000.0 \"money\" \"ZMW\"",
            "1,140 1140.0 \"count\" \"house\"",
            "1,060 1060.0 \"count\" \"house\"",
            "7,410 7410.0 \"count\" \"house\"",
            "14 14.0 \"count\" null",
        ]
    );
}

/// A caption's last brackets may say what its numbers count, scaled (`(thousand persons, …)`)
/// or after `number of`; `unless stated` leaves rows that name a count alone; a currency may
/// stand last in the brackets; a header's period after a slash is a rate; a population served
/// counts people, and a share's unit stands before what it is a share of; what a caption
/// counts reaches a column of kinds (`Drought`), not one of deeds (`Still held`) nor prose; a
/// caption's magnitude alone scales what a row counts, also before `of` and a unit; `$U` is
/// Uruguay's peso; a measure before what was done with it (`Tonnes shipped`) or a currency
/// before `equivalent` heads its column; `2025 9M` is nine months; a column of units gives
/// prices their basis (`1 kg`, `per month`, `1 L`, `1 USD`), and its ones are no figures; a
/// span of time opening a header, maybe after an average's word, counts it; `(hours,
/// thousands)`, `(h/day)`, a row named by a board's acronym, `Accounts frozen (lakh)`; a
/// caption's rate per a power of ten; beds a capacity is counted in; a magnitude and a plural
/// in a header's brackets; no row's plural under a column of fees; a caption's currency beside
/// a column in the same currency per something.
#[test]
fn captions_say_what_their_numbers_count() {
    let got = figures_of("tests/fixtures/caption-counts.md", |f| {
        format!("{} {} {} {}", f["text"].as_str().unwrap(), f["low"], f["kind"], f["unit"])
    });
    assert_eq!(
        got,
        [
            "498 498000.0 \"count\" \"person\"",
            "471 471000.0 \"count\" \"person\"",
            "41 41.0 \"count\" \"vessel\"",
            "38 38.0 \"count\" \"vessel\"",
            "61,000 61000.0 \"money\" \"KGS/trader\"",
            "44,800 44800.0 \"money\" \"KGS/trader\"",
            "5.6 5.6 \"count\" \"trip/mo\"",
            "21 21.0 \"count\" \"day\"",
            "60-ton 60.0 \"measure\" \"t\"",
            "3,150,000 3150000.0 \"money\" \"MMK\"",
            "702 702.0 \"count\" \"truck/d\"",
            "~48,000 48000.0 \"count\" \"person\"",
            "−5.8 -5.8 \"percent\" \"pp\"",
            "1,940 1940.0 \"count\" \"arrival\"",
            "12 12.0 \"count\" null",
            "2 2.0 \"count\" null",
            "2,210 2210.0 \"count\" \"arrival\"",
            "1,420 1420000.0 \"count\" \"permit\"",
            "78 78.0 \"percent\" null",
            "4.2 4200.0 \"measure\" \"ha\"",
            "820 820000000.0 \"money\" \"UYU\"",
            "94,850 94850.0 \"measure\" \"t\"",
            "2.04 2040000000.0 \"measure\" \"m3\"",
            "4.6 4600000.0 \"money\" \"USD\"",
            "51 51.0 \"measure\" \"t\"",
            "145,000 145000.0 \"money\" \"toman/kg\"",
            "18-22 million 18000000.0 \"money\" \"toman/mo\"",
            "~9,000 9000.0 \"money\" \"toman/l\"",
            "2,150 2150.0 \"money\" \"toman/USD\"",
            "6 6.0 \"count\" \"application\"",
            "11 11.0 \"count\" \"month\"",
            "6 6.0 \"count\" \"week\"",
            "119 119.0 \"count\" \"hour/officer\"",
            "20.3 20300.0 \"count\" \"hour\"",
            "15.4 15.4 \"count\" \"hour/d\"",
            "13.4 1340000.0 \"count\" \"account\"",
            "3,410 3410.0 \"count\" \"search\"",
            "54.5 54.5 \"count\" \"homicide/100k\"",
            "120 120.0 \"count\" \"bed\"",
            "18.6 18600000.0 \"count\" \"tablet\"",
            "488 488000.0 \"count\" \"bale\"",
            "1 1.0 \"count\" \"checkpoint\"",
            "8–11 8.0 \"count\" null",
            "268.1 268100000.0 \"money\" \"KES\"",
            "452 452.0 \"money\" \"KES/resident\"",
            "890 890.0 \"money\" \"NPR/bag\"",
            "1,150 1150.0 \"money\" \"NPR/bag\"",
            "452 452.0 \"money\" \"KES/resident\"",
            "118 118.0 \"money\" \"CUP/l\"",
            "20 l 20.0 \"measure\" \"l\"",
            "2,600 2600.0 \"money\" \"CUP\"",
            "$170 per boliviano 170.0 \"money\" \"USD/BOB\"",
            "950 950.0 \"money\" \"ARS\"",
            "1,446 1446.0 \"money\" \"VES\"",
            "118.4 1184000000.0 \"money\" \"NPR\"",
            "141.2 1412000000.0 \"money\" \"NPR\"",
            "2.5 25000000.0 \"money\" \"NPR\"",
            "1.2 1.2 \"measure\" \"m/yr\"",
            "-4.8 -4.8 \"measure\" \"m/yr\"",
            "51 51000000.0 \"measure\" \"impgal/d\"",
            "980 980.0 \"measure\" \"m3\"",
            ">6 h 6.0 \"count\" \"hour\"",
            "13 13.0 \"count\" null",
            "1,900 1900.0 \"count\" \"head\"",
            "53% 53.0 \"percent\" null",
            "24.9 24.9 \"percent\" null",
            "12 12.0 \"percent\" null",
            "3.410 3410.0 \"measure\" \"ha\"",
            "%71,0 71.0 \"percent\" null",
        ]
    );
}

#[test]
fn headers_name_hours_by_symbol_and_machines_by_plural() {
    let got = figures_of("tests/fixtures/header-hours-and-machines.md", |f| {
        format!("{} {}", f["text"].as_str().unwrap(), f["unit"])
    });
    assert_eq!(
        got,
        [
            "2.1 \"hour\"",
            "64 \"bowser\"",
            "12 \"pump\"",
            "31,400 \"kiosk\"",
            "812 \"alert\"",
            "420 \"household\"",
            "88 \"day\"",
            "640 \"repatriated\"",
            "128 \"l/h\"",
            "2,900 \"l/d\"",
            "148 \"trip/d\"",
            "82 \"m\"",
            "0.4 \"m\""
        ]
    );
}

/// A USSD code with its stars escaped, as Markdown needs them (`\*127\*7#`), is no figure:
/// the backslashes leave a space before each star in the text figures are read from.
#[test]
fn escaped_ussd_codes_are_no_figures() {
    let got = figures_of("tests/fixtures/escaped-ussd.md", |f| f["text"].as_str().unwrap().to_string());
    assert_eq!(got, ["3 options"]);
}

/// A share written as a ratio or a fraction in words is the percentage it states, hedged, as a
/// range after `between`, and needs a source like any percentage; a ratio of days, a rating's
/// stars or a quarter of an hour is no share, and a share stands between two figures without
/// breaking what one borrows from the other.
#[test]
fn shares_written_as_ratios_are_percentages() {
    let got = figures_of("tests/fixtures/shares.md", |f| {
        format!(
            "{} {} {} {} {} {}",
            f["text"].as_str().unwrap(),
            f["low"],
            f["high"],
            f["approx"],
            f["kind"].as_str().unwrap(),
            f["sourced"]
        )
    });
    assert_eq!(
        got,
        [
            "Nearly 4 in 10 40.0 40.0 true percent true",
            "One in five 20.0 20.0 false percent false",
            "between 1 in 5 and 1 in 4 20.0 25.0 false percent false",
            "10 days 10.0 10.0 false count false",
            "Two-thirds 66.666667 66.666667 false percent false",
            "7.5 litres per driver per day 7.5 7.5 false measure false",
            "half 50.0 50.0 false percent false",
            "15-litre 15.0 15.0 false measure false",
        ]
    );
    // (The share between them lends the second measure nothing and takes nothing from the
    // first: the ration is per driver per day too.)
    let units = figures_of("tests/fixtures/shares.md", |f| f["unit"].as_str().unwrap_or("-").to_string());
    assert_eq!(units[5..], ["l/driver/d", "-", "l/driver/d"]);
    let run = attest(&["check", "tests/fixtures/shares.md"]);
    assert_eq!(run.stdout.matches("[unsourced-figure]").count(), 7, "{}", run.stdout);
}

/// A small spelled-out number is a figure where it is rough, bounded or a range before what it
/// counts, and the unsourced ones are reported; a bare one, or `one or two`, is none. A multiple
/// between a rate and the rate it is set against lends the second nothing.
#[test]
fn rough_bounded_or_ranged_small_spelled_numbers_are_figures() {
    let got = figures_of("tests/fixtures/spelled-counts.md", |f| {
        format!(
            "{} {} {} {} {}",
            f["text"].as_str().unwrap(),
            f["low"],
            f["high"],
            f["unit"].as_str().unwrap_or("-"),
            f["sourced"]
        )
    });
    assert_eq!(
        got,
        [
            "more than three weeks 3.0 null week true",
            "at least five trucks 5.0 null truck true",
            "two to three weeks 2.0 3.0 week false",
            "two or three districts 2.0 3.0 district false",
            "39.6 per 100,000 people 39.6 39.6 homicide/100k true",
            "more than four times 4.0 null fold true",
            "8.7 8.7 8.7 homicide/100k true",
        ]
    );
    let run = attest(&["check", "tests/fixtures/spelled-counts.md"]);
    assert_eq!(run.stdout.matches("[unsourced-figure]").count(), 2, "{}", run.stdout);
}

/// A sum for one thing is a sum per that thing, as after `per`; not what the sum itself buys
/// whole.
#[test]
fn a_sum_for_one_thing_is_a_sum_per_it() {
    let got = figures_of("tests/fixtures/sum-for-one-thing.md", |f| {
        format!("{} {}", f["text"].as_str().unwrap(), f["unit"].as_str().unwrap())
    });
    assert_eq!(
        got,
        [
            "Rs 400,000 for a fully damaged house PKR/house",
            "Rs 1 million for each death PKR/death",
            "Rs 3 million PKR",
        ]
    );
}

/// A paragraph whose only figures are shares in words, with no digit or number word, is read
/// too (the recognizer's quick test for a paragraph that may hold a figure knows the fractions'
/// words).
#[test]
fn shares_in_words_are_read_without_digits_around() {
    let got = figures_of("tests/fixtures/shares-without-digits.md", |f| {
        format!("{} {}", f["text"].as_str().unwrap(), f["kind"].as_str().unwrap())
    });
    assert_eq!(got, ["Nearly half percent", "a third percent"]);
}
