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

const MONTH_NAMES: [&str; 12] = [
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
