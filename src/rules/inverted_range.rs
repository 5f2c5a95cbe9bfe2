use super::Context;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::model::interval::format_number;
use crate::syntax::figure::FigureKind;

declare_rule! {
    /// ## What it does
    /// Flags a range whose first number is larger than its second ("between 900 and 600").
    /// The fix swaps the two numbers. It is offered only when the numbers as written run
    /// backwards: when a magnitude on one end alone does ("between 1.5 million and 900,000"),
    /// swapping the numbers would not put the range in order, and the reader must decide.
    ///
    /// A range of two negative numbers is never backwards: writers list them either way, and
    /// often by size ("lows of -5 to -10 °C", "growth of -2 to -4 per cent").
    ///
    /// ## Why is this bad?
    /// A range written backwards is almost always a typing slip, and it is ambiguous: a reader
    /// cannot tell which end was meant, and tools that compare ranges read it as empty.
    ///
    /// ## Example
    /// ```markdown
    /// Al-Qaida has between 1,500 and 400 members in the country.
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// Al-Qaida has between 400 and 1,500 members in the country.
    /// ```
    pub struct InvertedRange => "inverted-range", Error;
}

impl InvertedRange {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for info in &ctx.model.figures[ctx.figure_range()] {
            let figure = &info.figure;
            let (Some(low), Some(high), Some((first, second))) = (figure.low, figure.high, figure.ends)
            else {
                continue;
            };
            // Two negative ends are in order either way: by value or by size.
            if low <= high || (low < 0.0 && high < 0.0) {
                continue;
            }
            let (a, b) = (first.slice(ctx.text), second.slice(ctx.text));
            let as_written = !a.is_empty() && !b.is_empty() && written_backwards(a, b);
            // When a magnitude on one end makes the range run backwards ("between 1.5 million and
            // 900,000"), the numbers as written do not show it: name the values.
            let message = if as_written {
                // With a magnitude written once for both ends, the values too: "1.9 is above 1.4
                // (1.9 billion USD, 1.4 billion USD)".
                let unit = match figure.kind {
                    FigureKind::Money | FigureKind::Measure => figure.unit.as_deref(),
                    _ => None,
                };
                let value = |x: f64| match unit {
                    Some(unit) => format!("{} {unit}", format_number(x)),
                    None => format_number(x),
                };
                if format_number(low) != a || format_number(high) != b {
                    format!("range runs backwards: {a} is above {b} ({}, {})", value(low), value(high))
                } else {
                    format!("range runs backwards: {a} is above {b}")
                }
            } else {
                format!("range runs backwards: {} is above {}", format_number(low), format_number(high))
            };
            let mut diagnostic =
                Diagnostic::new(Self::META.name, Self::META.default_severity, figure.span, message);
            if as_written {
                diagnostic = diagnostic.with_fix(Fix {
                    message: format!("swap to `{b}` … `{a}`"),
                    edits: vec![
                        Edit { span: first, replacement: b.to_string() },
                        Edit { span: second, replacement: a.to_string() },
                    ],
                    applicability: Applicability::Safe,
                });
            }
            out.push(diagnostic);
        }
    }
}

/// Whether the numbers written `a` and `b` run backwards. A number not written in digits
/// ("ten") is taken to: swapping words puts them in order as well as swapping digits does.
fn written_backwards(a: &str, b: &str) -> bool {
    let value = |n: &str| {
        let sign = if n.starts_with(['-', '−']) { -1.0 } else { 1.0 };
        n.chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect::<String>()
            .parse::<f64>()
            .map(|v| sign * v)
    };
    match (value(a), value(b)) {
        (Ok(a), Ok(b)) => a > b,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A swap must put the range in order, or fixing would never end: `US$60m-2025` swapped
    /// is `US$2025m-60`, backwards again.
    #[test]
    fn the_swap_is_offered_only_when_the_numbers_run_backwards() {
        let fixes = |text: &str| -> Vec<bool> {
            crate::rules::sources::run(text, InvertedRange::check).iter().map(|d| d.fix.is_some()).collect()
        };
        assert_eq!(fixes("Between 1,500 and 400 people fled.\n"), [true]);
        assert_eq!(fixes("Between twenty thousand and five thousand people fled.\n"), [true]);
        assert_eq!(fixes("Between 1.5 million and 900,000 people fled.\n"), [false]);
        assert_eq!(fixes("It cost US$60m-2025 in all.\n"), [false]);
        assert_eq!(fixes("It cost US$2025m-60 in all.\n"), [true]);
    }

    /// A magnitude written once for both ends is named with the values.
    #[test]
    fn the_message_names_values_when_a_magnitude_applies_to_both_ends() {
        let found =
            crate::rules::sources::run("Revenue was between $1.9bn and $1.4bn.\n", InvertedRange::check);
        assert_eq!(
            found[0].message,
            "range runs backwards: 1.9 is above 1.4 (1.9 billion USD, 1.4 billion USD)"
        );
        let found = crate::rules::sources::run("Between 900 and 600 fighters.\n", InvertedRange::check);
        assert_eq!(found[0].message, "range runs backwards: 900 is above 600");
    }

    /// When a magnitude makes the range run backwards, the message names the values.
    #[test]
    fn the_message_names_values_when_a_magnitude_inverts_the_range() {
        let found =
            crate::rules::sources::run("Between 1.5 million and 900,000 shells.\n", InvertedRange::check);
        assert_eq!(found[0].message, "range runs backwards: 1.5 million is above 900,000");
        let found = crate::rules::sources::run("Between $1.5bn and $900m a month.\n", InvertedRange::check);
        assert_eq!(found[0].message, "range runs backwards: 1.5 billion is above 900 million");
    }

    /// Signs are part of the ends: "5 to -10" runs backwards and swaps to "-10 to 5".
    #[test]
    fn signed_ends_are_named_and_swapped_with_their_signs() {
        let found =
            crate::rules::sources::run("Temperatures ranged from 5 to -10 °C.\n", InvertedRange::check);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "range runs backwards: 5 is above -10");
        let edits: Vec<&str> =
            found[0].fix.iter().flat_map(|f| &f.edits).map(|e| e.replacement.as_str()).collect();
        assert_eq!(edits, ["-10", "5"]);
    }

    /// Two negative ends are listed by value or by size: neither order is backwards.
    #[test]
    fn negative_ranges_run_either_way() {
        for text in [
            "Lows ranged from -5 to -10 °C.\n",
            "Lows ranged from -10 to -5 °C.\n",
            "Growth is forecast at -2 to -4 per cent.\n",
            "Balances fell by between −1.5 million and −900,000 units.\n",
        ] {
            assert!(crate::rules::sources::run(text, InvertedRange::check).is_empty(), "{text}");
        }
        // A positive end above a negative one still runs backwards.
        assert_eq!(crate::rules::sources::run("From 2 to -4 per cent.\n", InvertedRange::check).len(), 1);
    }
}
