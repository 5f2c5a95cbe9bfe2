//! Property tests of the quantity arithmetic through the whole checker: whatever the numbers,
//! `parts-exceed-total` fires exactly when the parts' lower bounds exceed the total's upper
//! bound, and `parts-fall-short` exactly when a complete total's parts cannot reach it.

use attest::check::check;
use proptest::prelude::*;

/// A report with one total and some parts, each exact or a range.
fn report(total: (u32, u32), complete: bool, parts: &[(u32, u32)]) -> String {
    let mut text = String::from(
        "---\nreferences:\n  - id: s\n    type: report\n    title: T\n    publisher: P\n    issued: 2026\n---\n",
    );
    let class = if complete { " .complete" } else { "" };
    let figure = |(a, b): (u32, u32)| if a == b { format!("{a}") } else { format!("{a} to {b}") };
    text.push_str(&format!("There are [{}]{{qty=total{class}}} in all [@s].\n\n", figure(total)));
    for (i, &part) in parts.iter().enumerate() {
        text.push_str(&format!("Group {} has [{}]{{qty=p{i} part-of=total}} [@s].\n\n", i + 1, figure(part)));
    }
    text
}

/// Ends that read as numbers, not years: a bare 1800 to 2100 is a year where no words say
/// otherwise ("Group 2 has [1800]{part-of=total}" marks a year as a part; the recognizer's own
/// tests cover that reading).
fn range() -> impl Strategy<Value = (u32, u32)> {
    let year = |v: u32| (1800..=2100).contains(&v);
    (1u32..5000, 0u32..3000)
        .prop_map(|(a, d)| (a * 10, a * 10 + d * 10))
        .prop_filter("no year-like end", move |&(a, b)| !year(a) && !year(b))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn parts_are_checked_both_ways(total in range(), parts in prop::collection::vec(range(), 2..5), complete in any::<bool>()) {
        let text = report(total, complete, &parts);
        let found = check(&text).diagnostics;
        let fired = |rule: &str| found.iter().any(|d| d.rule == rule);
        let lows: u64 = parts.iter().map(|p| u64::from(p.0)).sum();
        let highs: u64 = parts.iter().map(|p| u64::from(p.1)).sum();
        prop_assert_eq!(fired("parts-exceed-total"), lows > u64::from(total.1), "{}", text);
        prop_assert_eq!(fired("parts-fall-short"), complete && highs < u64::from(total.0), "{}", text);
        // Never both: parts cannot be too many and too few at once.
        prop_assert!(!(fired("parts-exceed-total") && fired("parts-fall-short")));
    }
}

/// A span marked as a quantity or a part holds a figure, even where the words around it would
/// hide one (`Guatemala [150]` reads like a name and its number).
#[test]
fn marked_spans_hold_figures_after_names() {
    let text = "---\nreferences:\n  - id: s\n    type: report\n    title: T\n    publisher: P\n    issued: 2026\n---\n\
        The mission never exceeded [about 1,000]{qty=mss} personnel: Kenya sent [935]{part-of=mss}, \
        Guatemala [150]{part-of=mss}, El Salvador [8]{part-of=mss} and Jamaica [24]{part-of=mss} [@s].\n";
    let checked = check(text);
    assert_eq!(checked.model.figures.len(), 5, "{:#?}", checked.model.figures);
    // Words that make a number no figure still do, inside a marked span too.
    let text = text.replace("Kenya sent [935]", "It ran until [2200]");
    assert_eq!(check(&text).model.figures.len(), 4);
    assert!(checked.diagnostics.iter().any(|d| d.rule == "parts-exceed-total"), "{:#?}", checked.diagnostics);
    // Such a span is read with the words after it, for its noun: the part counts seats as its
    // whole does; a range out of it stays outside.
    let seats = "---\nreferences:\n  - id: s\n    type: report\n    title: T\n    publisher: P\n    issued: 2026\n---\n\
        The CNE gave Frelimo [195]{part-of=seats} of the [250]{qty=seats} seats, Renamo [20]{part-of=seats} to 30 [@s].\n";
    let units: Vec<String> = check(seats)
        .model
        .figures
        .iter()
        .map(|f| format!("{} {}", f.figure.span.slice(seats), f.figure.unit.as_deref().unwrap_or("-")))
        .collect();
    assert_eq!(units, ["195 seat", "250 seat", "20 -", "30 -"]);
}

/// A range never runs into or out of a span that names a quantity: the author marked one end
/// alone, which is the quantity's figure; a noun written once for the range counts both ends.
#[test]
fn ranges_stop_at_a_marked_span() {
    let head = "---\nreferences:\n  - id: s\n    type: report\n    title: T\n    publisher: P\n    issued: 2026\n---\n";
    let read = |body: &str| {
        let text = format!("{head}{body}\n");
        let checked = check(&text);
        let figures: Vec<String> = checked
            .model
            .figures
            .iter()
            .map(|f| {
                let q = f.quantity.as_ref().map_or(String::new(), |q| format!(" qty={}", q.value));
                let unit = f.figure.unit.as_deref().unwrap_or("-");
                format!("{} {unit}{q}", f.figure.span.slice(&text))
            })
            .collect();
        let inverted = checked.diagnostics.iter().any(|d| d.rule == "inverted-range");
        (figures.join(" | "), inverted)
    };
    assert_eq!(
        read("Officials counted [5,000]{qty=x} to 7,000 fighters [@s]."),
        ("5,000 fighter qty=x | 7,000 fighters fighter".to_string(), false)
    );
    assert_eq!(
        read("Officials counted between 5,000 and [7,000]{qty=x} fighters [@s]."),
        ("5,000 fighter | 7,000 fighter qty=x".to_string(), false)
    );
    // Read as one range, its ends would run backwards.
    assert_eq!(
        read("Officials counted [9,000]{qty=x} to 7,000 fighters [@s]."),
        ("9,000 fighter qty=x | 7,000 fighters fighter".to_string(), false)
    );
    // A magnitude, percent sign, unit or currency written once counts for the end in the span.
    let values = |body: &str| {
        let text = format!("{head}{body}\n");
        let checked = check(&text);
        checked
            .model
            .figures
            .iter()
            .map(|f| (f.figure.low, f.figure.kind, f.figure.unit.as_deref().map(str::to_string)))
            .collect::<Vec<_>>()
    };
    use attest::syntax::figure::FigureKind::{Measure, Money, Percent};
    assert_eq!(values("It displaced [2]{qty=x} to 3 million people [@s].")[0].0, Some(2_000_000.0));
    assert_eq!(values("Support stands at [30]{qty=x} to 40% [@s].")[0].1, Percent);
    assert_eq!(
        values("The front is [3]{qty=x} to 5 km away [@s].")[0],
        (Some(3.0), Measure, Some("km".to_string()))
    );
    assert_eq!(
        values("The budget is [$3]{qty=b} to $5 million [@s].")[0],
        (Some(3_000_000.0), Money, Some("USD".to_string()))
    );
    // An approximator before the range hedges both; a bound keeps the range whole (its ends
    // cannot be told apart).
    assert_eq!(values("It displaced some [2]{qty=x} to 3 million people [@s].").len(), 2);
    let text = format!("{head}It displaced some [2]{{qty=x}} to 3 million people [@s].\n");
    assert!(check(&text).model.figures.iter().all(|f| f.figure.approx));
    assert_eq!(values("It displaced at least [2]{qty=x} to 3 million people [@s].").len(), 1);
    // A span holding the whole range keeps it whole.
    assert_eq!(
        read("Officials counted [5,000 to 7,000]{qty=x} fighters [@s]."),
        ("5,000 to 7,000 fighter qty=x".to_string(), false)
    );
}
