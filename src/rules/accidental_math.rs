use super::Context;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};

declare_rule! {
    /// ## What it does
    /// Flags two dollar signs that pandoc pairs as TeX math around prose about money: a
    /// number and words between the two (`$700 million in 2024 and US$ 1 billion`, `$U 58
    /// (about US$ 1.45)`, `185,4 M$, soit environ 1,2 G$`). pandoc reads math between a `$` that a non-space follows and the next `$`
    /// that a non-space precedes and no digit follows.
    ///
    /// ## Why is this bad?
    /// The published report prints the text between the signs as a formula, in italics and
    /// without its spaces ("700millionin2024andUS"), and every figure in it is lost: attest
    /// reads it as pandoc does, so those figures are neither checked nor counted. Nothing else
    /// warns: the report renders without an error.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: unodc-2026
    ///     type: report
    ///     title: Afghanistan opium survey
    /// ---
    /// Iran gave $700 million in 2024 and US$ 1 billion in 2019 [@unodc-2026].
    /// ```
    ///
    /// ## Use instead
    /// Escape the first sign (`\$`), or write the amounts so that no `$` closes math (`US$1
    /// billion`: a `$` before a digit closes nothing). The fix escapes the first sign, and
    /// any sign before it that would then open math up to the same closing sign (`N$1,200 to
    /// N$1,500 … NT$ 40`: both `N$`):
    /// ```markdown
    /// ---
    /// references:
    ///   - id: unodc-2026
    ///     type: report
    ///     title: Afghanistan opium survey
    /// ---
    /// Iran gave \$700 million in 2024 and US$ 1 billion in 2019 [@unodc-2026].
    /// ```
    pub struct AccidentalMath => "accidental-math", Warning;
}

impl AccidentalMath {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let units = &ctx.model.document.units;
        for &math in &ctx.model.document.accidental_math[ctx.accidental_math_range()] {
            let written = crate::syntax::as_read(math.slice(ctx.text));
            // The run of prose the math stands in, where escaping its first sign may let an
            // earlier one open math up to the same closing sign.
            let unit = units.get(units.partition_point(|u| u.span.end <= math.start));
            let run = unit.filter(|u| u.span.start <= math.start).map_or(math, |u| u.span);
            let escapes =
                crate::syntax::math::escapes_for(ctx.text, run.start..run.end, math.start..math.end);
            out.push(
                Diagnostic::new(
                    Self::META.name,
                    Self::META.default_severity,
                    math,
                    format!(
                        "pandoc reads `{written}` as TeX math: it prints as a formula and its figures are lost; \
                         escape the first dollar sign"
                    ),
                )
                .with_fix(Fix {
                    message: match escapes.len() {
                        1 => "escape the first `$` as `\\$`".to_string(),
                        2 => "escape the first `$` as `\\$`, and the sign before it that would open math in its place"
                            .to_string(),
                        n => format!(
                            "escape the first `$` as `\\$`, and the {} signs before it that would open math in its place",
                            n - 1
                        ),
                    },
                    edits: escapes
                        .iter()
                        .map(|&at| Edit { span: crate::text::Span::at(at), replacement: "\\".to_string() })
                        .collect(),
                    // The amount the author wrote stays as written, now printed as text.
                    applicability: Applicability::Safe,
                }),
            );
        }
    }
}
