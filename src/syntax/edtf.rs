//! EDTF dates as pandoc's citeproc reads them from a YAML string.
//!
//! Pandoc reads a CSL date given as a string (`issued: 2026-03`) only through its EDTF reader;
//! anything else becomes an empty date without a warning. This module answers "will pandoc
//! read this?", and is a little stricter than pandoc where pandoc would read nonsense.
//!
//! Accepted:
//! - `YYYY`, `YYYY-MM`, `YYYY-MM-DD`; the month is `01`–`12`, or `21`–`24` for a season (no
//!   day then); the day must exist in that month (`2024-02-29` yes, `2026-02-29` no).
//! - A negative year: `-0044` (pandoc counts `-0044` as 45 BC, as EDTF does).
//! - A longer year after a lowercase `y`: `y12026`, `y-12026` (pandoc's spelling).
//! - Qualifiers at the end: `?` (uncertain), `~` (approximate), `%` (both), alone or combined:
//!   `2026~`, `2026-03?`.
//! - A time after a full date, which pandoc ignores: `2026-03-02T10:30:00Z`.
//! - Intervals `A/B`, with one open end written empty (`2026/`, `/2026`) or, after the
//!   start, `open` or `unknown` (`2026/open`).
//! - The old unspecified-digit form with `u` ending a lone year: `199u`, `19uu`.
//!
//! Not accepted, because pandoc's reader drops them: `..` open ends (`../2026`), `X`
//! unspecified digits (`19XX`), uppercase `Y` years, qualifiers before a component, anything
//! with words (`March 2026`), other separators (`2026/03/02`, `02.03.2026`).
//!
//! [`parse_date`], [`parse_interval`] and [`csl_date`] read dates for comparison.

use super::yaml::{Node, Value};

/// Whether pandoc reads `s` as a date (see the module documentation for what that means).
pub fn is_edtf(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() {
        return false;
    }
    let parts: Vec<&str> = s.split('/').map(str::trim).collect();
    match parts.as_slice() {
        [single] => is_date(single) || is_unspecified_year(single),
        [start, end] => match (start.is_empty(), end.is_empty()) {
            (true, true) => false,
            (true, false) => is_date(end),
            (false, true) => is_date(start),
            (false, false) => is_date(start) && (is_date(end) || matches!(*end, "open" | "unknown")),
        },
        _ => false,
    }
}

/// When `s` has the shape of an EDTF date but names a month or day that does not exist
/// (`2026-13`, `2026-02-30`), what is wrong, e.g. "February 2026 has 28 days". `None` for a
/// valid date and for text that is not shaped like a date at all.
pub fn calendar_error(s: &str) -> Option<String> {
    if is_edtf(s) {
        return None;
    }
    for part in s.trim().split('/') {
        let part = part.trim();
        let part = part.strip_prefix('y').unwrap_or(part);
        let part = part.strip_prefix('-').unwrap_or(part);
        let part = part.split('T').next().unwrap_or(part).trim_end_matches(['?', '~', '%']);
        let pieces: Vec<&str> = part.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let (year, month, day) = match pieces.as_slice() {
            [y, m] if digits(y, 4) && digits(m, 2) => (*y, *m, None),
            [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => (*y, *m, Some(*d)),
            _ => continue,
        };
        let m: u32 = month.parse().ok()?;
        let valid_month = (1..=12).contains(&m) || (day.is_none() && (21..=24).contains(&m));
        if !valid_month {
            return Some(format!("there is no month {month}"));
        }
        if let Some(day) = day {
            let d: u32 = day.parse().ok()?;
            let max = days_in_month(year, m);
            if d == 0 || d > max {
                return Some(format!("{} {year} has {max} days", MONTH_NAMES[m as usize - 1]));
            }
        }
    }
    None
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One date: `[y][-]YYYY[-MM[-DD]][qualifiers]`, or a full date with a time.
fn is_date(s: &str) -> bool {
    let (s, long_year) = match s.strip_prefix('y') {
        Some(rest) => (rest, true),
        None => (s, false),
    };
    let s = s.strip_prefix('-').unwrap_or(s);
    // A time after a full date; pandoc ignores it.
    let (s, time) = match s.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (s, None),
    };
    let body = s.trim_end_matches(['?', '~', '%']);
    let qualifiers = &s[body.len()..];
    if qualifiers.len() > 3 || (time.is_some() && !qualifiers.is_empty()) {
        return false;
    }
    let pieces: Vec<&str> = body.split('-').collect();
    let year_ok =
        |y: &str| y.bytes().all(|b| b.is_ascii_digit()) && (y.len() == 4 || (long_year && y.len() >= 4));
    let two_digits = |p: &str| -> Option<u32> {
        (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
    };
    let date_ok = match pieces.as_slice() {
        [y] => year_ok(y),
        [y, m] => {
            year_ok(y) && two_digits(m).is_some_and(|m| (1..=12).contains(&m) || (21..=24).contains(&m))
        }
        [y, m, d] => {
            year_ok(y)
                && match (two_digits(m), two_digits(d)) {
                    (Some(m @ 1..=12), Some(d)) => d >= 1 && d <= days_in_month(y, m),
                    _ => false,
                }
        }
        _ => false,
    };
    if !date_ok {
        return false;
    }
    match time {
        None => true,
        Some(t) => {
            pieces.len() == 3
                && !t.is_empty()
                && t.bytes().next().is_some_and(|b| b.is_ascii_digit())
                && t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'+' | b'-' | b'Z'))
        }
    }
}

/// `199u`, `19uu`: a four-character year whose last digits are `u`, read as a range.
fn is_unspecified_year(s: &str) -> bool {
    let body = s.trim_end_matches(['?', '~', '%']);
    let digits = body.trim_end_matches('u');
    body.len() == 4
        && digits.len() < 4
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && s.len() - body.len() <= 3
}

fn days_in_month(year: &str, month: u32) -> u32 {
    match month {
        2 => {
            // Only the last four digits matter for leap years: 10000 is a multiple of 400.
            let y: u64 = year[year.len().saturating_sub(4)..].parse().unwrap_or(0);
            if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 { 29 } else { 28 }
        }
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Years further from 0 than this are not read as dates (day arithmetic stays in range).
const MAX_YEAR: i64 = 1_000_000_000;

/// A calendar date at the precision it was written with: a year, a month of a year, or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    /// The year as EDTF counts it (`-0044` is -44).
    pub year: i64,
    /// 1–12; `None` for a bare year (and for a season, `2026-21`, read as its year).
    pub month: Option<u32>,
    /// 1–31; only with a month.
    pub day: Option<u32>,
}

impl Date {
    /// The first day the date covers, as days since 1970-01-01 (`2026-03` → 1 March 2026).
    pub fn first_day(self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date covers, as days since 1970-01-01 (`2026-02` → 28 February 2026).
    pub fn last_day(self) -> i64 {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| month_length(self.year, month));
        days_from_civil(self.year, month, day)
    }

    /// Whether every day this date covers comes after every day `other` covers: compared
    /// at the precision both have, so `2026-04` is after `2026-03-31`, but `2026-03` is not
    /// after `2026-03-03`, nor `2026` after `2026-03`.
    pub fn is_after(self, other: Date) -> bool {
        self.first_day() > other.last_day()
    }
}

impl std::fmt::Display for Date {
    /// The date in EDTF: `2026`, `2026-03`, `2026-03-02`, `-0044`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}", -self.year)?;
        } else {
            write!(f, "{:04}", self.year)?;
        }
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

/// One EDTF date (`2026`, `2026-03`, `2026-03-02`, with qualifiers, a time, a negative or
/// long year) as a [`Date`]; `None` for anything [`is_edtf`] rejects, for intervals and for
/// unspecified digits (`199u`). A season (`2026-21`) reads as its year.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if !is_date(s) {
        return None;
    }
    let s = s.strip_prefix('y').unwrap_or(s);
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let s = s.split('T').next().unwrap_or(s).trim_end_matches(['?', '~', '%']);
    let mut pieces = s.split('-');
    let year: i64 = pieces.next()?.parse().ok()?;
    let month: Option<u32> = pieces.next().and_then(|m| m.parse().ok());
    let day: Option<u32> = pieces.next().and_then(|d| d.parse().ok());
    let year = if negative { -year } else { year };
    if year.abs() > MAX_YEAR {
        return None;
    }
    Some(match month {
        Some(m) if (1..=12).contains(&m) => Date { year, month: Some(m), day },
        _ => Date { year, month: None, day: None },
    })
}

/// An EDTF date or interval as its start and end: a single date is both; an interval's open
/// or unknown end is `None` (`2026/open` → `(2026, None)`). `None` when neither end is a date.
pub fn parse_interval(s: &str) -> Option<(Option<Date>, Option<Date>)> {
    let s = s.trim();
    if let Some((start, end)) = s.split_once('/') {
        let (start, end) = (parse_date(start), parse_date(end));
        return (start.is_some() || end.is_some()).then_some((start, end));
    }
    parse_date(s).map(|d| (Some(d), Some(d)))
}

/// A CSL date field (`issued`, `accessed`, …) as its start and end: an EDTF string, a bare
/// year number, or a CSL date mapping (`date-parts: [[2026, 3, 2]]`, with a second list for
/// the end of a range; or `raw:`). `None` for `literal:` dates and anything unreadable.
pub fn csl_date(node: &Node) -> Option<(Option<Date>, Option<Date>)> {
    match &node.value {
        Value::Str(s) => parse_interval(s),
        Value::Int(year) if year.abs() <= MAX_YEAR => {
            let date = Date { year: *year, month: None, day: None };
            Some((Some(date), Some(date)))
        }
        Value::Map(_) => {
            if let Some(parts) = field_of(node, "date-parts") {
                let Value::List(lists) = &parts.value else { return None };
                let start = lists.first().and_then(date_parts);
                let end = match lists.get(1) {
                    Some(list) => date_parts(list),
                    None => start,
                };
                return start.map(|s| (Some(s), end));
            }
            field_of(node, "raw").and_then(|raw| raw.as_text()).and_then(|raw| parse_interval(&raw))
        }
        _ => None,
    }
}

fn field_of<'n>(node: &'n Node, name: &str) -> Option<&'n Node> {
    match &node.value {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Str(s) if s.eq_ignore_ascii_case(name)))
            .map(|(_, v)| v),
        _ => None,
    }
}

/// `[2026, 3, 2]` (numbers or numeric strings) as a date; a month or day that does not exist
/// drops it and what follows.
fn date_parts(list: &Node) -> Option<Date> {
    let Value::List(items) = &list.value else { return None };
    let number = |n: &Node| -> Option<i64> {
        match &n.value {
            Value::Int(i) => Some(*i),
            Value::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    };
    let year = number(items.first()?).filter(|y| y.abs() <= MAX_YEAR)?;
    let month = items.get(1).and_then(number).filter(|m| (1..=12).contains(m)).map(|m| m as u32);
    let day = match month {
        Some(m) => items
            .get(2)
            .and_then(number)
            .filter(|d| *d >= 1 && *d <= i64::from(month_length(year, m)))
            .map(|d| d as u32),
        None => None,
    };
    Some(Date { year, month, day })
}

fn month_length(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let (month, day) = (i64::from(month), i64::from(day));
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::is_edtf;

    #[test]
    fn plain_dates() {
        for ok in ["2026", "2026-03", "2026-03-02", "0000", "1999-12-31", " 2026-03 "] {
            assert!(is_edtf(ok), "{ok}");
        }
        for bad in ["26", "20260", "2026-3", "2026-03-2", "2026-00", "2026-13", "2026-03-00", "2026-04-31"] {
            assert!(!is_edtf(bad), "{bad}");
        }
    }

    #[test]
    fn days_follow_the_calendar() {
        assert!(is_edtf("2024-02-29"));
        assert!(is_edtf("2000-02-29"));
        assert!(!is_edtf("2026-02-29"));
        assert!(!is_edtf("1900-02-29"));
        assert!(is_edtf("2026-01-31"));
        assert!(!is_edtf("2026-06-31"));
    }

    #[test]
    fn seasons() {
        assert!(is_edtf("2026-21"));
        assert!(is_edtf("2026-24"));
        assert!(!is_edtf("2026-25"));
        assert!(!is_edtf("2026-21-01"));
    }

    #[test]
    fn qualifiers_and_negative_years() {
        for ok in [
            "2026?",
            "2026~",
            "2026%",
            "2026-03?",
            "2026-03-02~",
            "2026?~",
            "-0044",
            "-0044~",
            "y12026",
            "y-12026",
        ] {
            assert!(is_edtf(ok), "{ok}");
        }
        for bad in ["?2026", "2026?-03", "2026!", "Y12026", "-44", "2026????", "y126"] {
            assert!(!is_edtf(bad), "{bad}");
        }
    }

    #[test]
    fn times() {
        assert!(is_edtf("2026-03-02T10:30:00Z"));
        assert!(is_edtf("2026-03-02T10:30:00+02:00"));
        assert!(!is_edtf("2026-03T10:30"));
        assert!(!is_edtf("2026-03-02T"));
        assert!(!is_edtf("2026-03-02Tnoon"));
    }

    #[test]
    fn intervals() {
        for ok in [
            "2020/2026",
            "2020-01/2026-03-02",
            "2026/",
            "/2026",
            "2026 / 2027",
            "2020~/2026?",
            "2026/open",
            "2026/unknown",
        ] {
            assert!(is_edtf(ok), "{ok}");
        }
        for bad in ["/", "2020/2021/2022", "../2026", "2026/..", "2026/03/02", "2020/March", "open/2026"] {
            assert!(!is_edtf(bad), "{bad}");
        }
    }

    #[test]
    fn unspecified_digits() {
        assert!(is_edtf("199u"));
        assert!(is_edtf("19uu"));
        assert!(!is_edtf("uuuu"));
        assert!(!is_edtf("19XX"));
        assert!(!is_edtf("2026-XX"));
        assert!(!is_edtf("199u/2000"));
    }

    #[test]
    fn calendar_errors() {
        use super::calendar_error;
        assert_eq!(calendar_error("2026-02-30").as_deref(), Some("February 2026 has 28 days"));
        assert_eq!(calendar_error("2024-02-30").as_deref(), Some("February 2024 has 29 days"));
        assert_eq!(calendar_error("2026-04-31~").as_deref(), Some("April 2026 has 30 days"));
        assert_eq!(calendar_error("2026-13").as_deref(), Some("there is no month 13"));
        assert_eq!(calendar_error("2020/2026-00-01").as_deref(), Some("there is no month 00"));
        assert_eq!(calendar_error("2026-03-00").as_deref(), Some("March 2026 has 31 days"));
        assert_eq!(calendar_error("2026-03-02"), None);
        assert_eq!(calendar_error("March 2026"), None);
    }

    #[test]
    fn words_are_not_dates() {
        for bad in [
            "",
            "March 2026",
            "2 March 2026",
            "02.03.2026",
            "3/2/2026",
            "spring 2026",
            "n.d.",
            "2026-03-02 10:00",
        ] {
            assert!(!is_edtf(bad), "{bad}");
        }
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;
    use crate::syntax::yaml;

    fn d(year: i64, month: Option<u32>, day: Option<u32>) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn parses_single_dates() {
        assert_eq!(parse_date("2026"), Some(d(2026, None, None)));
        assert_eq!(parse_date(" 2026-03 "), Some(d(2026, Some(3), None)));
        assert_eq!(parse_date("2026-03-02~"), Some(d(2026, Some(3), Some(2))));
        assert_eq!(parse_date("2026-03-02T10:30:00Z"), Some(d(2026, Some(3), Some(2))));
        assert_eq!(parse_date("-0044"), Some(d(-44, None, None)));
        assert_eq!(parse_date("y12026"), Some(d(12026, None, None)));
        assert_eq!(parse_date("2026-21"), Some(d(2026, None, None)));
        for bad in ["2026/2027", "199u", "March 2026", "2026-02-30", ""] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(parse_date("2026-03").unwrap().to_string(), "2026-03");
        assert_eq!(parse_date("-0044").unwrap().to_string(), "-0044");
        assert_eq!(parse_date("y99999999999999999"), None);
        assert_eq!(parse_date("y-999999999999999999999"), None);
    }

    #[test]
    fn intervals() {
        let y = |n| Some(d(n, None, None));
        assert_eq!(parse_interval("2020/2026"), Some((y(2020), y(2026))));
        assert_eq!(parse_interval("2020/open"), Some((y(2020), None)));
        assert_eq!(parse_interval("/2026"), Some((None, y(2026))));
        assert_eq!(parse_interval("2026"), Some((y(2026), y(2026))));
        assert_eq!(parse_interval("soon"), None);
    }

    #[test]
    fn comparison_at_the_common_precision() {
        let p = |s| parse_date(s).unwrap();
        assert!(!p("2026-03").is_after(p("2026-03-03")));
        assert!(!p("2026-03-03").is_after(p("2026-03")));
        assert!(!p("2026").is_after(p("2026-12-31")));
        assert!(p("2026-04").is_after(p("2026-03-31")));
        assert!(p("2026-03-04").is_after(p("2026-03-03")));
        assert!(p("2027").is_after(p("2026-12")));
        assert!(!p("2026-03-03").is_after(p("2026-03-03")));
        assert_eq!(p("1970-01-01").first_day(), 0);
        assert_eq!(p("2024-02").last_day() - p("2024-02").first_day(), 28);
        assert_eq!(p("2026").last_day() - p("2026").first_day(), 364);
        assert_eq!(p("2000-03-01").first_day() - p("2000-02-28").first_day(), 2);
    }

    #[test]
    fn csl_date_nodes() {
        let node = |yaml: &str| yaml::parse(yaml, 0).documents.remove(0);
        let y = |n| Some(d(n, None, None));
        assert_eq!(
            csl_date(&node("2026-03")),
            Some((Some(d(2026, Some(3), None)), Some(d(2026, Some(3), None))))
        );
        assert_eq!(csl_date(&node("2026")), Some((y(2026), y(2026))));
        let parts = node("{date-parts: [[2026, 3, 2]]}");
        assert_eq!(
            csl_date(&parts),
            Some((Some(d(2026, Some(3), Some(2))), Some(d(2026, Some(3), Some(2)))))
        );
        assert_eq!(csl_date(&node("{date-parts: [['2020'], [2026, 13]]}")), Some((y(2020), y(2026))));
        assert_eq!(csl_date(&node("{raw: 2020/2026}")), Some((y(2020), y(2026))));
        assert_eq!(csl_date(&node("{literal: spring}")), None);
        assert_eq!(csl_date(&node("March 2026")), None);
    }
}
