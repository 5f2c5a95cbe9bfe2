//! Measures the figure recognizer against the English specs of Microsoft Recognizers-Text
//! (MIT licensed), which live outside this repository in `../shared/peer-suites/recognizers/`
//! (relative to the package root; set `ATTEST_PEER_SUITES` to that folder, or to the
//! `peer-suites` folder holding it, to read them from elsewhere). They are never copied here.
//!
//! Run with `cargo test --test peer_accuracy -- --nocapture` to see the report; the method,
//! the scope decisions and the last measured numbers are in `docs/accuracy.md`.
//!
//! For every in-scope case the recognizer's figures are compared with the expected results:
//! - recall: expected results overlapped by a figure (spans compared in characters, the
//!   expected `End` being inclusive);
//! - precision: figures overlapping an expected result;
//! - exact-interval accuracy: cases whose figures match the expected results one to one, each
//!   with the same interval endpoints (open or closed ends are not compared; for the percent,
//!   currency and dimension files the figure must also be a percentage / an amount of money /
//!   a measure), and with no extra figure. The number, currency and dimension models annotate
//!   single values and never bounds, so there a bounded figure ("more than $247 million") is
//!   compared by the number written.
//!
//! Which figures take part depends on the file: all of them for the number, range and
//! percent files, only money for the currency file and only measures for the dimension file
//! (those files annotate nothing else).

#![allow(clippy::print_stdout)]

use attest::syntax::figure::{Figure, FigureKind, recognize};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The files measured, and which figures of attest's each one annotates.
/// The last flag marks models that annotate single values and never bounds: there a bounded
/// figure ("more than $247 million") is compared by the number written.
const FILES: &[(&str, Select, bool)] = &[
    ("Number.English.NumberRangeModel.json", Select::All, false),
    ("Number.English.PercentModel.json", Select::Percent, false),
    ("Number.English.NumberModel.json", Select::All, true),
    ("NumberWithUnit.English.CurrencyModel.json", Select::Money, true),
    ("NumberWithUnit.English.DimensionModel.json", Select::Measure, true),
];

/// The files whose exact-interval accuracy is the target.
const TARGET_FILES: &[&str] = &["Number.English.NumberRangeModel.json", "Number.English.PercentModel.json"];
const TARGET: f64 = 0.95;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Select {
    All,
    Percent,
    Money,
    Measure,
}

impl Select {
    fn keeps(self, f: &Figure) -> bool {
        match self {
            Select::All | Select::Percent => true,
            Select::Money => f.kind == FigureKind::Money,
            Select::Measure => f.kind == FigureKind::Measure,
        }
    }

    /// The kind an exact match must also have.
    fn kind(self) -> Option<FigureKind> {
        match self {
            Select::All => None,
            Select::Percent => Some(FigureKind::Percent),
            Select::Money => Some(FigureKind::Money),
            Select::Measure => Some(FigureKind::Measure),
        }
    }
}

/// Where attest's scope differs from the rough tags in `scope-tags.jsonl`, case by case.
/// `Out` removes a case the tags keep; `In` keeps a case the tags remove.
enum Override {
    Out(&'static str),
    In(&'static str),
}

const RATIO: &str =
    "ratio 'N in M' (attest reads no ratios: '2 in 5' is neither a count nor a percentage it reports)";
const UPSTREAM_INCONSISTENT: &str = "upstream expectation contradicts a sibling case (expects nothing for 'from 200 to 300 in 2008' but a range for 'from 200 to 3000000 in 2008')";
const SPELLED_WITH_MAGNITUDE: &str =
    "spelled-out number with a magnitude or percent, which attest does recognize";
const THIN_SPACE: &str = "digits grouped by thin spaces, which attest reads (plain-space grouping stays out)";
const LAKH_CRORE: &str = "lakh and crore written after digits, which attest reads as magnitudes";
const INDIAN_GROUPING: &str = "digits in Indian grouping ('12,34,567.89'), which attest reads";
const DIGITS_HUNDRED: &str = "digits with a magnitude word ('322 hundred'), which attest reads";
const UNIT_GLUED: &str =
    "the number model expects no number when a unit is glued ('180ml'); attest reports the measure";
const LABEL_NUMBER: &str =
    "number after a label ('nrs. 22', 'nr. 22,240'): attest treats it as a reference, not a figure";
const LONG_DIGITS: &str =
    "nine or more digits without separators: attest treats it as an identifier (phone, account number)";
const NOT_CURRENCY_TEXT: &str = "currency attest does not know (the sen, rupee written in Tamil letters)";
const SIGN_SPACED: &str = "sign and magnitude written apart from the number ('- 10  k')";
const DIMENSION_OTHER: &str = "measure in a non-prose form: inch mark ('10 \"'), feet and inches as one value ('5 ft 2 in'), unit in brackets ('20 (kg)')";
const TEMPERATURE: &str =
    "temperature: the dimension model leaves it to a separate temperature model and expects nothing";
const MIXED_WORDS: &str = "money in dollars and cents, or number words mixed with digits ('3 dollars 50 cents', '15 dollars and 15')";

/// Cases the tags leave out only as "spelled-out number (no digits)" whose every expected
/// result is a form attest does read: number words followed by a magnitude ("three
/// million") or a percent word ("twenty percent"). Reversed forms ("percents of twenty")
/// stay out.
fn spelled_form_attest_reads(tag_reasons: &[String], expected_texts: &[&str]) -> bool {
    let only_spelled = tag_reasons.len() == 1 && tag_reasons[0] == "spelled-out number (no digits)";
    !expected_texts.is_empty()
        && only_spelled
        && expected_texts.iter().all(|t| {
            let t = t.to_lowercase();
            let words: Vec<&str> =
                t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            let magnitude =
                words.iter().any(|w| matches!(*w, "thousand" | "million" | "billion" | "trillion"));
            let percent =
                words.iter().skip(1).any(|w| matches!(*w, "percent" | "percents" | "percentage" | "cent"));
            let reversed = words.first().is_some_and(|w| matches!(*w, "percent" | "percents" | "per"));
            !t.chars().any(|c| c.is_ascii_digit()) && (magnitude || percent) && !reversed
        })
}

fn overrides() -> HashMap<(&'static str, usize), Override> {
    use Override::{In, Out};
    let range = "Number.English.NumberRangeModel.json";
    let num = "Number.English.NumberModel.json";
    let cur = "NumberWithUnit.English.CurrencyModel.json";
    let dim = "NumberWithUnit.English.DimensionModel.json";
    let mut m = HashMap::new();
    m.insert((range, 57), Out(RATIO));
    m.insert((range, 58), Out(RATIO));
    m.insert((num, 175), Out(RATIO));
    m.insert((range, 69), Out(UPSTREAM_INCONSISTENT));
    for i in [2, 3, 4, 6] {
        m.insert((num, i), Out(UNIT_GLUED));
    }
    m.insert((num, 141), In(THIN_SPACE));
    m.insert((num, 167), In(LAKH_CRORE));
    m.insert((num, 168), In(LAKH_CRORE));
    m.insert((cur, 132), In(LAKH_CRORE));
    m.insert((dim, 59), In(LAKH_CRORE));
    m.insert((num, 173), In(INDIAN_GROUPING));
    m.insert((cur, 133), In(INDIAN_GROUPING));
    m.insert((num, 59), In(DIGITS_HUNDRED));
    m.insert((num, 198), Out(LABEL_NUMBER));
    m.insert((num, 199), Out(LABEL_NUMBER));
    for i in [34, 35, 36] {
        m.insert((num, i), Out(LONG_DIGITS));
    }
    m.insert((num, 41), Out(SIGN_SPACED));
    for i in [109, 110] {
        m.insert((cur, i), Out(NOT_CURRENCY_TEXT));
    }
    for i in [95, 127, 145, 146, 166, 167, 168, 170] {
        m.insert((cur, i), Out(MIXED_WORDS));
    }
    for i in [48, 61, 62, 63, 64, 71, 72, 73, 74] {
        m.insert((dim, i), Out(DIMENSION_OTHER));
    }
    m.insert((dim, 93), Out(TEMPERATURE));
    m.insert((dim, 94), Out(TEMPERATURE));
    m
}

/// One expected result: its character span (end exclusive) and interval.
#[derive(Debug)]
struct Expected {
    text: String,
    start: usize,
    end: usize,
    low: Option<f64>,
    high: Option<f64>,
}

/// One figure of attest's, in characters.
struct Got {
    text: String,
    start: usize,
    end: usize,
    low: Option<f64>,
    high: Option<f64>,
    kind: FigureKind,
}

#[derive(Default)]
struct Tally {
    cases: usize,
    exact: usize,
    expected: usize,
    found: usize,
    got: usize,
    relevant: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.cases += o.cases;
        self.exact += o.exact;
        self.expected += o.expected;
        self.found += o.found;
        self.got += o.got;
        self.relevant += o.relevant;
    }

    fn line(&self, name: &str) -> String {
        let pct = |a: usize, b: usize| {
            if b == 0 { "   n/a".to_string() } else { format!("{:5.1}%", 100.0 * a as f64 / b as f64) }
        };
        format!(
            "{name:44} cases {:4}  precision {} ({}/{})  recall {} ({}/{})  exact {} ({}/{})",
            self.cases,
            pct(self.relevant, self.got),
            self.relevant,
            self.got,
            pct(self.found, self.expected),
            self.found,
            self.expected,
            pct(self.exact, self.cases),
            self.exact,
            self.cases
        )
    }
}

fn suites_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("ATTEST_PEER_SUITES") {
        let dir = PathBuf::from(dir);
        let nested = dir.join("recognizers");
        return if nested.is_dir() { nested } else { dir };
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-suites/recognizers")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

/// Reads the tags file: (file, index) → in scope, with the reasons for leaving a case out.
fn read_tags(dir: &Path) -> HashMap<(String, usize), (bool, Vec<String>)> {
    let path = dir.join("scope-tags.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let mut tags = HashMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("bad tag line {line}: {e}"));
        let file = v["file"].as_str().unwrap_or_default().to_string();
        let index = v["index"].as_u64().unwrap_or_default() as usize;
        let in_scope = v["attest_in_scope"].as_bool().unwrap_or(false);
        let reasons = v["reasons"]
            .as_array()
            .map(|a| a.iter().filter_map(|r| r.as_str().map(str::to_string)).collect())
            .unwrap_or_default();
        tags.insert((file, index), (in_scope, reasons));
    }
    tags
}

/// Parses an expected value: "[20,30)", "(,100]", "100%", "75000000", null.
fn interval(value: &Value) -> Option<(Option<f64>, Option<f64>)> {
    let s = value.as_str()?;
    let s = s.trim();
    if let Some(inner) = s.strip_prefix(['[', '(']).and_then(|x| x.strip_suffix([']', ')'])) {
        let (a, b) = inner.split_once(',')?;
        let parse =
            |x: &str| if x.trim().is_empty() { Some(None) } else { x.trim().parse::<f64>().ok().map(Some) };
        return Some((parse(a)?, parse(b)?));
    }
    let v = s.trim_end_matches('%').parse::<f64>().ok()?;
    Some((Some(v), Some(v)))
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
        _ => false,
    }
}

fn show(low: Option<f64>, high: Option<f64>) -> String {
    let f = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v}"));
    if same(low, high) && low.is_some() { f(low) } else { format!("{}..{}", f(low), f(high)) }
}

fn expected_texts(case: &Value) -> Vec<&str> {
    case["Results"].as_array().into_iter().flatten().filter_map(|r| r["Text"].as_str()).collect()
}

fn char_index(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

#[test]
fn peer_accuracy() {
    let dir = suites_dir();
    if !dir.join("scope-tags.jsonl").is_file() {
        println!("skipped: peer suites not found at {}", dir.display());
        return;
    }
    let tags = read_tags(&dir);
    let overrides = overrides();
    let mut report = String::new();
    let mut misses = String::new();
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    let mut overall = Tally::default();
    let mut target = Tally::default();
    let mut lines = Vec::new();

    for &(file, select, values_only) in FILES {
        let path = dir.join(file);
        if !path.is_file() {
            println!("skipped file (not found): {}", path.display());
            continue;
        }
        let cases = read_json(&path);
        let mut tally = Tally::default();
        let mut file_misses = String::new();
        for (index, case) in cases.as_array().into_iter().flatten().enumerate() {
            let (tag_in, tag_reasons) =
                tags.get(&(file.to_string(), index)).cloned().unwrap_or((true, Vec::new()));
            let in_scope = match overrides.get(&(file, index)) {
                Some(Override::Out(reason)) => {
                    *reasons.entry(format!("left out (tagged in): {reason}")).or_default() += 1;
                    false
                }
                Some(Override::In(reason)) => {
                    *reasons.entry(format!("kept (tagged out): {reason}")).or_default() += 1;
                    true
                }
                None if !tag_in && spelled_form_attest_reads(&tag_reasons, &expected_texts(case)) => {
                    *reasons.entry(format!("kept (tagged out): {SPELLED_WITH_MAGNITUDE}")).or_default() += 1;
                    true
                }
                None => {
                    if !tag_in {
                        for r in &tag_reasons {
                            *reasons.entry(format!("left out by tag: {r}")).or_default() += 1;
                        }
                        if tag_reasons.is_empty() {
                            *reasons.entry("left out by tag: (no reason given)".to_string()).or_default() +=
                                1;
                        }
                    }
                    tag_in
                }
            };
            if !in_scope {
                continue;
            }
            let input = case["Input"].as_str().unwrap_or_default();
            let expected: Vec<Expected> = case["Results"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|r| {
                    let (low, high) = interval(&r["Resolution"]["value"]).unwrap_or((None, None));
                    let start = r["Start"].as_u64().unwrap_or_default() as usize;
                    let end = r["End"].as_u64().unwrap_or_default() as usize + 1;
                    Expected {
                        text: r["Text"].as_str().unwrap_or_default().to_string(),
                        start,
                        end,
                        low,
                        high,
                    }
                })
                .collect();
            let got: Vec<Got> = recognize(input)
                .into_iter()
                .filter(|f| select.keeps(f))
                .map(|f| Got {
                    text: f.span.slice(input).to_string(),
                    start: char_index(input, f.span.start),
                    end: char_index(input, f.span.end),
                    low: f.low,
                    high: f.high,
                    kind: f.kind,
                })
                .collect();

            let overlaps = |e: &Expected, g: &Got| e.start < g.end && g.start < e.end;
            let mut used = vec![false; got.len()];
            let mut all_exact = got.len() == expected.len();
            for e in &expected {
                let hit = got.iter().enumerate().find(|(k, g)| !used[*k] && overlaps(e, g));
                match hit {
                    Some((k, g)) => {
                        used[k] = true;
                        tally.found += 1;
                        let kind_ok = select.kind().is_none_or(|kind| kind == g.kind);
                        let (low, high) =
                            if values_only { (g.low.or(g.high), g.high.or(g.low)) } else { (g.low, g.high) };
                        if !(same(e.low, low) && same(e.high, high) && kind_ok) {
                            all_exact = false;
                        }
                    }
                    None => all_exact = false,
                }
            }
            let relevant = got.iter().filter(|g| expected.iter().any(|e| overlaps(e, g))).count();
            tally.cases += 1;
            tally.expected += expected.len();
            tally.got += got.len();
            tally.relevant += relevant;
            if all_exact {
                tally.exact += 1;
            } else {
                let exp: Vec<String> =
                    expected.iter().map(|e| format!("[{}] {}", e.text, show(e.low, e.high))).collect();
                let gots: Vec<String> = got
                    .iter()
                    .map(|g| format!("[{}] {} {:?}", g.text, show(g.low, g.high), g.kind).to_lowercase())
                    .collect();
                let _ = writeln!(
                    file_misses,
                    "  #{index} {input:?}\n      expected: {}\n      got:      {}",
                    if exp.is_empty() { "nothing".to_string() } else { exp.join(" | ") },
                    if gots.is_empty() { "nothing".to_string() } else { gots.join(" | ") }
                );
            }
        }
        let total = cases.as_array().map_or(0, Vec::len);
        lines.push(format!("{}  (of {total} in the file)", tally.line(file)));
        if !file_misses.is_empty() {
            let _ = writeln!(misses, "{file}:\n{file_misses}");
        }
        if TARGET_FILES.contains(&file) {
            target.add(&tally);
        }
        overall.add(&tally);
    }

    let _ = writeln!(report, "Peer accuracy against Recognizers-Text English specs ({})", dir.display());
    for l in &lines {
        let _ = writeln!(report, "{l}");
    }
    let _ = writeln!(report, "{}", overall.line("overall"));
    let _ = writeln!(report, "{}", target.line("target: NumberRange + Percent"));
    let _ = writeln!(
        report,
        "\nScope decisions, by reason (a case left out by its tag may count under several reasons):"
    );
    for (reason, count) in &reasons {
        let _ = writeln!(report, "  {count:4}  {reason}");
    }
    let _ = writeln!(report, "\nEvery miss (in-scope cases not matched exactly):\n{misses}");
    println!("{report}");

    if target.cases > 0 {
        let accuracy = target.exact as f64 / target.cases as f64;
        assert!(
            accuracy >= TARGET,
            "exact-interval accuracy on NumberRange + Percent is {:.1}% ({}/{}), below the {:.0}% target",
            100.0 * accuracy,
            target.exact,
            target.cases,
            100.0 * TARGET
        );
    }
}
