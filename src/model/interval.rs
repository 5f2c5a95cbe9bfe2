//! Interval semantics of figures: what range of true values a mention allows.
//!
//! - An exact figure is `[x, x]`.
//! - An approximate figure ("about 3,000") is widened by a relative tolerance on both sides
//!   (default ±10%).
//! - A bound is open on one side: "more than 500" is `[500, ∞)`, "fewer than 500" is `[0, 500]`
//!   (figures are counts, shares, amounts and measures, none of them negative).
//! - A range is closed: "5,000 to 7,000" is `[5000, 7000]`; an approximate range is widened too.
//!   A range written backwards is read with its ends in order (another rule reports it).
//! - Mentions of one quantity are compared as written: each end of a figure written with
//!   digits allows half a unit of its last written digit on either side, as rounding does
//!   ("$200bn" is $199.5bn to $200.5bn and agrees with "$200.1bn"; "3.4 million" rounds to
//!   "3 million", "3.6 million" does not).

use crate::syntax::figure::Figure;

/// A closed interval; `high` may be infinite.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    pub fn new(low: f64, high: f64) -> Interval {
        if low <= high { Interval { low, high } } else { Interval { low: high, high: low } }
    }

    /// The values a figure allows, widening approximate figures by `tolerance` (0.1 = ±10%).
    /// `None` for a figure with neither end.
    pub fn of(figure: &Figure, tolerance: f64) -> Option<Interval> {
        let (low, high) = match (figure.low, figure.high) {
            (None, None) => return None,
            (Some(l), Some(h)) => (l.min(h), l.max(h)),
            (Some(l), None) => (l, f64::INFINITY),
            (None, Some(h)) => (0.0_f64.min(h), h),
        };
        let interval = Interval { low, high };
        Some(if figure.approx { interval.widen(tolerance) } else { interval })
    }

    /// The values a mention of a quantity allows, to compare it with other mentions:
    /// [`Interval::as_written`], in the base unit of the figure's measure when attest knows
    /// it (kg for t, m for km, …), and a count of a span of time in hours, so that mentions
    /// in two units of one measure ("3 days", "72 hours") compare.
    pub fn in_base_unit(figure: &Figure, text: &str, tolerance: f64) -> Option<Interval> {
        use crate::syntax::figure::FigureKind;
        let interval = Interval::as_written(figure, text, tolerance)?;
        let factor = match (figure.kind, figure.unit.as_deref()) {
            (FigureKind::Measure, Some(unit)) => base(unit).map_or(1.0, |(_, f)| f),
            // (A count a day, a week or a month, as a count a year.)
            (FigureKind::Count, Some(unit)) => {
                count_rate(unit).map_or_else(|| hours(unit).unwrap_or(1.0), |(_, h)| HOURS_A_YEAR / h)
            }
            // (A sum a day, a week or a month, as a sum a year.)
            (FigureKind::Money, Some(unit)) => money_rate(unit).map_or(1.0, |(_, h)| HOURS_A_YEAR / h),
            _ => 1.0,
        };
        Some(Interval { low: interval.low * factor, high: interval.high * factor })
    }

    /// [`Interval::of`] with each end widened by the rounding its written precision allows
    /// (see [`rounding`]; `text` is the text the figure's spans index): "4.0 million" allows
    /// 3.95–4.05 million.
    pub fn as_written(figure: &Figure, text: &str, tolerance: f64) -> Option<Interval> {
        let mut interval = Interval::of(figure, tolerance)?;
        // The numerals of the ends, in the order written (the low end first).
        let (first, second) = match figure.ends {
            Some((a, b)) => (a.slice(text), b.slice(text)),
            None => (figure.span.slice(text), figure.span.slice(text)),
        };
        let (a, b) = (figure.low.map(|v| (v, first)), figure.high.map(|v| (v, second)));
        let (low_half, high_half) = match (a, b) {
            (Some((l, lt)), Some((h, ht))) if l > h => (rounding(ht, h), rounding(lt, l)),
            _ => (a.and_then(|(v, t)| rounding(t, v)), b.and_then(|(v, t)| rounding(t, v))),
        };
        if interval.low.is_finite() && figure.low.is_some() {
            interval.low -= low_half.unwrap_or(0.0);
        }
        if interval.high.is_finite() && figure.high.is_some() {
            interval.high += high_half.unwrap_or(0.0);
        }
        Some(interval)
    }

    /// Widened by a relative tolerance on both sides; never shrinks.
    pub fn widen(self, tolerance: f64) -> Interval {
        let t = tolerance.abs();
        let low = if self.low >= 0.0 { self.low * (1.0 - t) } else { self.low * (1.0 + t) };
        let high = if self.high >= 0.0 { self.high * (1.0 + t) } else { self.high * (1.0 - t) };
        Interval { low: low.min(self.low), high: high.max(self.high) }
    }

    pub fn overlaps(self, other: Interval) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    pub fn contains(self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }

    pub fn covers(self, other: Interval) -> bool {
        self.low <= other.low && other.high <= self.high
    }
}

/// Half the place value of the last digit written for `value` in `written`, the first
/// numeral of the text of a figure or of one end of a range: 0.5 for "5,000", 0.05 for
/// "12.5%", 50,000 for "1.5 million", half a billion for "$200bn". `None` when `written` has
/// no digits or its digits do not spell `value` at some power of ten (a spelled-out or
/// fractional number).
pub fn rounding(written: &str, value: f64) -> Option<f64> {
    let b = written.as_bytes();
    let start = b.iter().position(u8::is_ascii_digit)?;
    // The digits of the numeral, past its group and decimal separators.
    let mut digits: u64 = 0;
    let mut count = 0;
    let mut i = start;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            if count == 15 {
                return None;
            }
            digits = digits * 10 + u64::from(b[i] - b'0');
            count += 1;
            i += 1;
        } else if matches!(b[i], b',' | b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    if digits == 0 || value == 0.0 || !value.is_finite() {
        return None;
    }
    let ratio = value.abs() / digits as f64;
    let exponent = ratio.log10().round();
    let place = 10f64.powi(exponent as i32);
    // Rounding to the written digit takes values from half a unit below up to, not including,
    // half a unit above: "12" and "13" have no value in common.
    ((ratio / place - 1.0).abs() < 1e-9).then_some(place / 2.0 * (1.0 - 1e-9))
}

/// A number as a reader writes it: `20,000`, `2.5`, `1.2 million`, `∞`.
pub fn format_number(x: f64) -> String {
    if x.is_infinite() {
        return "∞".to_string();
    }
    // Widened values carry floating-point noise (3,000 × 1.1): round to a cent first.
    let x = (x * 100.0).round() / 100.0;
    let abs = x.abs();
    // Whole hundredths of a billion or a million, within floating-point noise (4.27e9 is
    // "4.27 billion", not "4270 million").
    let hundredths = |unit: f64| {
        let h = abs / unit * 100.0;
        (h - h.round()).abs() < 1e-6
    };
    // (Thousandths of a billion too: 1,425 million is "1.425 billion".)
    let thousandths = (abs / 1e9 * 1000.0 - (abs / 1e9 * 1000.0).round()).abs() < 1e-6;
    if abs >= 1e12 && hundredths(1e12) {
        return format!("{} trillion", trim((x / 1e12 * 100.0).round() / 100.0));
    }
    if abs >= 1e9 && hundredths(1e9) || abs >= 1e10 {
        return format!("{} billion", trim((x / 1e9 * 100.0).round() / 100.0));
    }
    if abs >= 1e9 && thousandths {
        let s = format!("{:.3}", (x / 1e9 * 1000.0).round() / 1000.0);
        return format!("{} billion", s.trim_end_matches('0').trim_end_matches('.'));
    }
    if abs >= 1e6 && hundredths(1e6) {
        // (Past a thousand million, in groups: "1,425.5 million".)
        let millions = (x / 1e6 * 100.0).round() / 100.0;
        if millions.abs() >= 1000.0 {
            return format!("{} million", format_number(millions));
        }
        return format!("{} million", trim(millions));
    }
    if abs < 1e15 {
        // Groups of three digits, then the decimals: "8,800.5".
        let whole = abs.trunc();
        let digits = (whole as u64).to_string();
        let mut out = String::new();
        if x < 0.0 {
            out.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        let cents = ((abs - whole) * 100.0).round() as u64;
        if cents > 0 {
            let decimals = format!("{cents:02}");
            out.push('.');
            out.push_str(decimals.trim_end_matches('0'));
        }
        return out;
    }
    trim(x)
}

fn trim(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Whether two figures can be compared by value: the same kind and, for money and measures,
/// the same unit where both give one (counted nouns are descriptions, not units), or two
/// units of one measure (kg and t), which [`Interval::in_base_unit`] makes comparable.
///
/// A count of a span of time ("3 days") compares with another span of time, in hours, but
/// not with a count of something else or of nothing named; a count a period ("300 trucks a
/// day") compares with another count a period, as a count a year, but not with a count.
pub fn comparable(a: &Figure, b: &Figure) -> bool {
    use crate::syntax::figure::FigureKind;
    let span_of_time = |f: &Figure| f.unit.as_deref().and_then(hours).is_some();
    a.kind == b.kind
        && (a.kind == FigureKind::Count
            && span_of_time(a) == span_of_time(b)
            && is_count_a_period(a) == is_count_a_period(b)
            || a.kind != FigureKind::Count
                && match (&a.unit, &b.unit) {
                    (Some(x), Some(y)) => {
                        x == y
                            || a.kind == FigureKind::Measure && conversion(x, y).is_some()
                            || a.kind == FigureKind::Money
                                && (same_currency(x, y)
                                    || matches!((money_rate(x), money_rate(y)), (Some((c, _)), Some((d, _))) if same_currency(c, d)))
                    }
                    _ => true,
                })
}

/// Whether two currencies as figures name them may be one: the same code or name, a
/// currency's name and a code it names (`rials` beside `IRR` or `YER`, `shillings` beside
/// `KES`), or two rupees (`Rs` is read as INR, and may be Pakistan's).
pub fn same_currency(a: &str, b: &str) -> bool {
    let rupee = |c: &str| matches!(c, "INR" | "PKR" | "LKR" | "NPR" | "rupee");
    // The two CFA francs are at par, and `FCFA` is read as the West African one unless its
    // clause or the report says otherwise.
    let cfa = |c: &str| matches!(c, "XOF" | "XAF");
    a == b || rupee(a) && rupee(b) || cfa(a) && cfa(b) || family(a).contains(&b) || family(b).contains(&a)
}

/// The codes a currency's name may stand for.
fn family(name: &str) -> &'static [&'static str] {
    match name {
        "dollar" => &[
            "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "ZWL", "LRD", "JMD", "BSD", "FJD", "NAD", "TTD",
        ],
        "rial" => &["IRR", "YER", "OMR"],
        "riyal" => &["SAR", "QAR"],
        "dinar" => &["IQD", "KWD", "JOD", "LYD", "TND", "DZD", "BHD", "RSD"],
        "shilling" => &["KES", "UGX", "TZS", "SOS"],
        "peso" => &["MXN", "ARS", "COP", "PHP", "CLP", "UYU", "DOP", "CUP"],
        "franc" => &["CHF", "XOF", "XAF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF"],
        "krone" => &["DKK", "NOK"],
        "pound" => &["GBP", "EGP", "SDG", "SSP", "LBP", "SYP"],
        "lira" => &["TRY"],
        "rouble" => &["RUB", "BYN"],
        "dirham" => &["AED", "MAD"],
        "leu" => &["RON", "MDL"],
        "toman" => &["IRR"],
        _ => &[],
    }
}

/// The factor that turns a measure in `from` into one in `to`, when both measure the same
/// thing: mass, length, area, volume, power, energy, dose or mass a year.
pub fn conversion(from: &str, to: &str) -> Option<f64> {
    if from == to {
        return Some(1.0);
    }
    let (a, x) = base(from)?;
    let (b, y) = base(to)?;
    (a == b).then_some(x / y)
}

/// A sum a day, a week, a month or a year as the recognizer writes it (`USD/mo`): its
/// currency and the period's length in hours.
pub fn money_rate(unit: &str) -> Option<(&str, f64)> {
    let (currency, period) = unit.split_once('/')?;
    Some((currency, period_hours(period)?))
}

/// A count an hour, a day, a week, a month or a year as the recognizer writes it
/// (`truck/d`): its noun and the period's name (`day`).
pub fn count_a_period(unit: &str) -> Option<(&str, &'static str)> {
    let (noun, period) = unit.rsplit_once('/')?;
    Some((noun, period_name(period)?))
}

/// [`count_a_period`], with the period's length in hours.
pub fn count_rate(unit: &str) -> Option<(&str, f64)> {
    let (noun, period) = count_a_period(unit)?;
    Some((noun, hours(period)?))
}

/// The figure counts something a period ("300 trucks a day").
pub fn is_count_a_period(figure: &Figure) -> bool {
    use crate::syntax::figure::FigureKind;
    figure.kind == FigureKind::Count && figure.unit.as_deref().and_then(count_a_period).is_some()
}

/// The name of a rate's period as the recognizer writes it after a slash (`d` → `day`, `wk`,
/// `mo`, `qtr`, `yr`, `h`, `s`).
fn period_name(symbol: &str) -> Option<&'static str> {
    Some(match symbol {
        "s" => "second",
        "h" => "hour",
        "d" => "day",
        "wk" => "week",
        "mo" => "month",
        "qtr" => "quarter",
        "yr" => "year",
        _ => return None,
    })
}

/// The length in hours of a rate's period as the recognizer writes it after a slash.
fn period_hours(symbol: &str) -> Option<f64> {
    hours(period_name(symbol)?)
}

const HOURS_A_YEAR: f64 = 365.25 * 24.0;

/// The length in hours of a unit of time counted ("day" in "3 days"); a month is a twelfth
/// of a year of 365.25 days.
pub fn hours(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0 / 3600.0,
        "minute" => 1.0 / 60.0,
        "hour" => 1.0,
        "day" => 24.0,
        "week" => 168.0,
        "month" => 365.25 * 24.0 / 12.0,
        "quarter" => HOURS_A_YEAR / 4.0,
        "year" => HOURS_A_YEAR,
        _ => return None,
    })
}

/// A measure's dimension and its size in the dimension's base unit.
pub fn base(unit: &str) -> Option<(&'static str, f64)> {
    // A mass, a volume, a length or an area a second, an hour, a day, a week, a month or a
    // year (as the recognizer writes them: `kg/wk`, `t/d`, `Mt/yr`, `l/s`, `bbl/yr`, `mm/mo`,
    // `ha/d`), in tonnes, litres, metres or the area's base unit a year.
    if let Some((measure, period)) = unit.split_once('/')
        && let Some((dimension @ ("mass" | "volume" | "length" | "area"), size)) = base(measure)
    {
        let (rate, size) = match dimension {
            "mass" => ("mass a year", size / 1e3),
            "volume" => ("volume a year", size),
            "area" => ("area a year", size),
            _ => ("length a year", size),
        };
        return Some((rate, size * HOURS_A_YEAR / period_hours(period)?));
    }
    Some(match unit {
        "ng" => ("mass", 1e-12),
        "µg" => ("mass", 1e-9),
        "mg" => ("mass", 1e-6),
        "g" => ("mass", 1e-3),
        // (The carat of 0.2 g.)
        "ct" => ("mass", 2e-4),
        "kg" => ("mass", 1.0),
        "quintal" => ("mass", 100.0),
        "t" => ("mass", 1e3),
        "kt" => ("mass", 1e6),
        "Mt" => ("mass", 1e9),
        "mm" => ("length", 1e-3),
        "cm" => ("length", 1e-2),
        "m" => ("length", 1.0),
        "km" => ("length", 1e3),
        "m2" => ("area", 1.0),
        "ha" => ("area", 1e4),
        "acre" => ("area", 4_046.856_422_4),
        "feddan" => ("area", 4_200.0),
        "dunum" => ("area", 1e3),
        "km2" => ("area", 1e6),
        "ml" => ("volume", 1e-3),
        "l" => ("volume", 1.0),
        "m3" => ("volume", 1e3),
        "bbl" => ("volume", 158.987_294_928),
        "gal" => ("volume", 3.785_411_784),
        "W" => ("power", 1.0),
        "kW" => ("power", 1e3),
        "MW" => ("power", 1e6),
        "GW" => ("power", 1e9),
        "TW" => ("power", 1e12),
        "kWh" => ("energy", 1e3),
        "MWh" => ("energy", 1e6),
        "GWh" => ("energy", 1e9),
        "TWh" => ("energy", 1e12),
        // Data in decimal multiples of the byte, as storage and traffic are reported.
        "B" => ("data", 1.0),
        "kB" => ("data", 1e3),
        "MB" => ("data", 1e6),
        "GB" => ("data", 1e9),
        "TB" => ("data", 1e12),
        "PB" => ("data", 1e15),
        "µSv" => ("dose", 1e-6),
        "mSv" => ("dose", 1e-3),
        "Sv" => ("dose", 1.0),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn small_masses_and_watts_share_their_dimensions() {
        let size = |u: &str| base(u).unwrap();
        assert_eq!(size("ng").0, "mass");
        assert_eq!(size("µg").0, "mass");
        assert!((size("mg").1 / size("µg").1 - 1e3).abs() < 1e-6);
        assert!((size("µg").1 / size("ng").1 - 1e3).abs() < 1e-6);
        assert_eq!(size("W").0, "power");
        assert!((size("kW").1 / size("W").1 - 1e3).abs() < 1e-9);
    }

    #[test]
    fn a_quarter_is_a_fourth_of_a_year() {
        let (currency, hours) = money_rate("XAF/qtr").unwrap();
        assert_eq!(currency, "XAF");
        assert!((hours * 4.0 - HOURS_A_YEAR).abs() < 1e-9);
        assert_eq!(count_a_period("clash/qtr"), Some(("clash", "quarter")));
    }

    fn interval() -> impl Strategy<Value = Interval> {
        (0.0..1e7f64, 0.0..1e7f64).prop_map(|(a, b)| Interval::new(a, b))
    }

    proptest! {
        #[test]
        fn overlap_is_symmetric(a in interval(), b in interval()) {
            prop_assert_eq!(a.overlaps(b), b.overlaps(a));
        }

        #[test]
        fn widening_never_shrinks(a in interval(), t in 0.0..1.0f64) {
            let w = a.widen(t);
            prop_assert!(w.covers(a));
            prop_assert!(w.widen(t).covers(w));
        }

        #[test]
        fn an_interval_overlaps_itself_and_what_it_covers(a in interval(), x in 0.0..1.0f64) {
            prop_assert!(a.overlaps(a));
            let inside = a.low + (a.high - a.low) * x;
            prop_assert!(a.overlaps(Interval::new(inside, inside)));
        }
    }

    /// The first figure of `text`.
    fn figure(text: &str) -> crate::syntax::figure::Figure {
        crate::syntax::figure::recognize(text).remove(0)
    }

    /// The low end of `text`'s figure in its dimension's base unit, once it is shown to compare
    /// with the figure of `like`.
    fn base_low(text: &str, like: &str) -> Option<f64> {
        let f = figure(text);
        assert!(comparable(&f, &figure(like)), "{text}");
        Interval::in_base_unit(&f, "", 0.0).map(|i| i.low)
    }

    /// Spans of time compare in hours; a span of time and a count of nothing named do not
    /// compare at all.
    #[test]
    fn spans_of_time_compare_in_hours() {
        let (days, hours, bare) = (figure("3 days"), figure("72 hours"), figure("72"));
        assert!(comparable(&days, &hours));
        // (Without the text, no rounding.)
        assert_eq!(Interval::in_base_unit(&days, "", 0.0), Interval::in_base_unit(&hours, "", 0.0));
        assert!(!comparable(&days, &bare));
        assert!(comparable(&bare, &figure("5 tanks")));
    }

    /// A wage a month and the same wage a year are one quantity; a sum is neither.
    #[test]
    fn sums_a_period_compare_as_sums_a_year() {
        let (month, year, sum) = (figure("$600 a month"), figure("$7,200 a year"), figure("$600"));
        assert_eq!(month.unit.as_deref(), Some("USD/mo"));
        assert!(comparable(&month, &year));
        assert_eq!(Interval::in_base_unit(&month, "", 0.0), Interval::in_base_unit(&year, "", 0.0));
        assert!(!comparable(&month, &sum) && !comparable(&year, &sum));
        assert!(!comparable(&month, &figure("€600 a month")));
        assert!(!comparable(&month, &figure("$600 a tonne")));
    }

    /// A flow in litres a second is one in cubic metres a second or a day; rain a month is
    /// rain a year; neither is a volume or a length.
    #[test]
    fn flows_and_rain_compare_whatever_their_period() {
        let litres = figure("2,000 L/s");
        assert_eq!(litres.unit.as_deref(), Some("l/s"));
        same_quantity(&litres, &figure("2 cubic metres per second"), 1e-9);
        same_quantity(&litres, &figure("172,800 m3 a day"), 1e-9);
        assert!(!comparable(&litres, &figure("2,000 l")));
        let month = figure("100 mm a month");
        assert_eq!(month.unit.as_deref(), Some("mm/mo"));
        same_quantity(&month, &figure("1,200 mm a year"), 1e-9);
        assert!(!comparable(&month, &figure("100 mm")));
    }

    /// Trucks a day and trucks a week are one quantity, in trucks a year; a count of trucks is
    /// not, nor a count of hours a day (a rate) with a span of hours.
    #[test]
    fn counts_a_period_compare_as_counts_a_year() {
        let (day, week) = (figure("300 trucks a day"), figure("2,100 trucks a week"));
        assert_eq!(day.unit.as_deref(), Some("truck/d"));
        same_quantity(&day, &week, 1e-9);
        assert!(!comparable(&day, &figure("2,100 trucks")) && !comparable(&day, &figure("2,100")));
        let hours_a_day = figure("8 hours a day");
        assert_eq!(hours_a_day.unit.as_deref(), Some("hour/d"));
        assert!(!comparable(&hours_a_day, &figure("8 hours")));
        same_quantity(&hours_a_day, &figure("56 hours a week"), 1e-9);
    }

    /// The figures of `a` and `b` compare, and their low ends in the base unit agree within a
    /// relative `tolerance`.
    fn same_quantity(a: &Figure, b: &Figure, tolerance: f64) {
        assert!(comparable(a, b), "{a:?} {b:?}");
        let (x, y) =
            (Interval::in_base_unit(a, "", 0.0).unwrap(), Interval::in_base_unit(b, "", 0.0).unwrap());
        assert!((x.low / y.low - 1.0).abs() < tolerance, "{x:?} {y:?}");
    }

    /// Oil a year and oil a day are one quantity, in litres a year; a stock of oil is not.
    #[test]
    fn volumes_a_period_compare_as_volumes_a_year() {
        let (year, day) = (figure("3,650,000 barrels a year"), figure("10,000 barrels a day"));
        assert_eq!(year.unit.as_deref(), Some("bbl/yr"));
        // (A year of 365.25 days.)
        same_quantity(&year, &day, 1e-3);
        assert!(!comparable(&year, &figure("3,650,000 barrels")));
    }

    /// Tonnes an hour and tonnes a day are one quantity, in tonnes a year.
    #[test]
    fn tonnes_an_hour_compare_with_tonnes_a_day() {
        let (hour, day) = (figure("250 t per hour"), figure("6,000 t a day"));
        assert_eq!(hour.unit.as_deref(), Some("t/h"));
        same_quantity(&hour, &day, 1e-9);
    }

    #[test]
    fn tonnes_a_year_compare_whatever_their_prefix() {
        let (mtpa, tpa, ktpa) = (figure("2 mtpa"), figure("2,000,000 tpa"), figure("2,000 ktpa"));
        assert!(comparable(&mtpa, &tpa) && comparable(&mtpa, &ktpa));
        assert_eq!(Interval::in_base_unit(&mtpa, "", 0.0), Interval::in_base_unit(&tpa, "", 0.0));
        assert_eq!(Interval::in_base_unit(&ktpa, "", 0.0), Interval::in_base_unit(&tpa, "", 0.0));
        assert!(!comparable(&mtpa, &figure("2 Mt")));
        // A currency's name and its codes; rupees; not two codes, nor a name and another code.
        assert!(comparable(&figure("Rs 2.1 billion"), &figure("PKR 2 billion")));
        assert!(comparable(&figure("55,000 rials"), &figure("YER 40,000")));
        assert!(comparable(&figure("KES 300"), &figure("300 shillings")));
        assert!(!comparable(&figure("55,000 rials"), &figure("EUR 40,000")));
        assert!(!comparable(&figure("USD 300"), &figure("EUR 300")));
        assert!(!comparable(&figure("300 dinars"), &figure("300 shillings")));
    }

    /// A price per unit of a good compares with prices per the same unit only.
    #[test]
    fn prices_per_unit_compare_with_prices_per_the_same_unit() {
        assert!(comparable(&figure("$900/t"), &figure("US$950 per tonne")));
        assert!(!comparable(&figure("$900/t"), &figure("$900")));
        assert!(!comparable(&figure("$15 per pound"), &figure("$33,000 per tonne")));
        // (A rate of exchange is a price of the dollar or the euro.)
        let rate = figure("491 tenge to the dollar");
        assert_eq!(rate.unit.as_deref(), Some("KZT/USD"));
        assert!(comparable(&rate, &figure("KZT 500 per US dollar")));
        assert!(
            !comparable(&rate, &figure("491 tenge")) && !comparable(&rate, &figure("491 tenge to the euro"))
        );
    }

    /// A mass a day, a week or a month compares with the same a year, not with a stock.
    #[test]
    fn masses_a_week_or_a_month_compare_as_tonnes_a_year() {
        let tonnes_a_year = |text: &str| base_low(text, "1 tpa");
        let near = |a: Option<f64>, b: f64| a.is_some_and(|a| (a / b - 1.0).abs() < 1e-9);
        assert!(near(tonnes_a_year("7 kg per week"), 7e-3 * 365.25 / 7.0));
        assert!(near(tonnes_a_year("4.7 kg a month"), 4.7e-3 * 12.0));
        assert!(near(tonnes_a_year("300 t/day"), 300.0 * 365.25));
        assert!(near(tonnes_a_year("2 Mt a month"), 24e6));
        assert!(!comparable(&figure("7 kg per week"), &figure("34 kg")));
    }

    /// Feddans, dunums and acres are areas: each compares with hectares at its size (a feddan
    /// 4,200 m², a dunum 1,000 m², an acre 4,046.86 m²), not with a count.
    #[test]
    fn feddans_dunums_and_acres_compare_with_hectares() {
        let hectares = |text: &str| base_low(text, "1 ha").map(|m2| m2 / 1e4);
        assert_eq!(hectares("10 feddans"), Some(4.2));
        assert_eq!(hectares("10 dunums"), Some(1.0));
        assert!((hectares("10 acres").unwrap() - 4.046_856_422_4).abs() < 1e-9);
        assert!(!comparable(&figure("10 feddans"), &figure("10 farms")));
    }

    /// Petabytes, terabytes and gigabytes are one dimension, in decimal multiples.
    #[test]
    fn data_sizes_compare_in_bytes() {
        let bytes = |text: &str| base_low(text, "1 GB");
        assert_eq!(bytes("1.4 PB"), Some(1.4e15));
        assert_eq!(bytes("3.2 TB"), Some(3.2e12));
        assert_eq!(bytes("9 petabytes"), Some(9e15));
        assert!(!comparable(&figure("1.4 PB"), &figure("1.4 km")));
    }

    /// Each end allows the rounding of its last written digit.
    #[test]
    fn written_precision() {
        let near = |a: Option<f64>, b: f64| a.is_some_and(|a| (a / b - 1.0).abs() < 1e-6);
        assert!(near(rounding("5,000", 5000.0), 0.5));
        assert!(near(rounding("12.5%", 12.5), 0.05));
        assert!(near(rounding("1.5 million", 1_500_000.0), 50_000.0));
        assert!(near(rounding("$200bn", 2e11), 5e8));
        assert_eq!(rounding("three million", 3e6), None);
        assert_eq!(rounding("1/2", 0.5), None);
        let interval =
            |text: &str| Interval::in_base_unit(&figure(text), text, 0.0).unwrap_or(Interval::new(0.0, 0.0));
        let close = |a: Interval, low: f64, high: f64| {
            (a.low / low - 1.0).abs() < 1e-6 && (a.high / high - 1.0).abs() < 1e-6
        };
        assert!(close(interval("$200bn"), 1.995e11, 2.005e11));
        assert!(interval("$200bn").overlaps(interval("$200.1bn")));
        assert!(interval("3 million").overlaps(interval("3.4 million")));
        assert!(interval("3 million").overlaps(interval("3.5 million")));
        assert!(!interval("3 million").overlaps(interval("3.6 million")));
        assert!(!interval("12").overlaps(interval("13")));
        assert!(!interval("more than 12").overlaps(interval("11")));
        assert!(close(interval("between 900 and 600"), 599.5, 900.5));
        assert!(close(interval("5.5-7 km"), 5450.0, 7500.0));
    }

    #[test]
    fn formats_like_a_reader() {
        assert_eq!(format_number(20000.0), "20,000");
        assert_eq!(format_number(1_500_000.0), "1.5 million");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(f64::INFINITY), "∞");
        assert_eq!(format_number(4.27e9), "4.27 billion");
        assert_eq!(format_number(1.425e9), "1.425 billion");
        assert_eq!(format_number(3.5e12), "3.5 trillion");
        assert_eq!(format_number(1.4255e9), "1,425.5 million");
        assert_eq!(format_number(1.45e9 + 0.51e9 + 2.31e9), "4.27 billion");
        assert_eq!(format_number(8800.5), "8,800.5");
        assert_eq!(format_number(-1234.05), "-1,234.05");
        assert_eq!(format_number(0.45), "0.45");
    }
}
