use super::Context;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};

declare_rule! {
    /// ## What it does
    /// Flags a range whose first number is larger than its second ("between 900 and 600").
    /// The fix swaps the two numbers.
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
            if low <= high {
                continue;
            }
            let (a, b) = (first.slice(ctx.text), second.slice(ctx.text));
            let mut diagnostic = Diagnostic::new(
                Self::META.name,
                Self::META.default_severity,
                figure.span,
                format!("range runs backwards: {a} is above {b}"),
            );
            if !a.is_empty() && !b.is_empty() {
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
