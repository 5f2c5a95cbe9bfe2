use super::Context;
use crate::diagnostic::Diagnostic;
use crate::syntax::figure::FigureKind;

declare_rule! {
    /// ## What it does
    /// Flags a percentage above 100 that is a share of something: followed by "of" ("120% of
    /// the force"), marked as a part of a quantity (`part-of=`), or a fall ("dropped by 150%"),
    /// none of which can exceed 100%. Growth ("rose 150%", "a 150% increase") is not a share and
    /// is left alone.
    ///
    /// ## Why is this bad?
    /// A share above 100% is impossible; it usually hides a typo, a percentage-point
    /// confusion or a growth figure written as a share.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// Foreign nationals make up 120% of the fighters [@mfa-2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// Foreign nationals make up more than 50% of the fighters [@mfa-2026], whose number rose
    /// 120% since 2021 [@mfa-2026].
    /// ```
    pub struct ShareOutOfRange => "share-out-of-range", Error;
}

const FALLS: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "decreased",
    "decrease",
    "shrank",
    "cut",
    "reduced",
    "lost",
    "lose",
    "loses",
];

impl ShareOutOfRange {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for info in &ctx.model.figures {
            let f = &info.figure;
            if f.kind != FigureKind::Percent {
                continue;
            }
            let value = f.high.into_iter().chain(f.low).fold(f64::NEG_INFINITY, f64::max);
            if value <= 100.0 {
                continue;
            }
            let after = ctx.text[f.span.end..].trim_start();
            let of = after.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("of "));
            // The two words before the figure, read from a short window before it.
            let mut from = f.span.start.saturating_sub(120);
            while !ctx.text.is_char_boundary(from) {
                from -= 1;
            }
            let before: Vec<String> = ctx.text[from..f.span.start]
                .split_whitespace()
                .rev()
                .take(2)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase())
                .collect();
            let fall = before.iter().any(|w| FALLS.contains(&w.as_str()));
            let why = if info.part_of.is_some() {
                "it is marked as a part of a quantity"
            } else if of {
                "it is a share (\"… of …\")"
            } else if fall {
                "nothing can fall by more than 100%"
            } else {
                continue;
            };
            out.push(Diagnostic::new(
                Self::META.name,
                Self::META.default_severity,
                f.span,
                format!("{} cannot exceed 100%: {why}", ctx.text[f.span.start..f.span.end].trim()),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_after_the_figure_may_start_with_any_character() {
        // "in" and a two-byte "é": three bytes after the figure end inside a character.
        let found =
            crate::rules::sources::run("Prices rose 150% inécrease over 2021.\n", ShareOutOfRange::check);
        assert!(found.is_empty());
        let found = crate::rules::sources::run("Costs fell by 150% ünd more.\n", ShareOutOfRange::check);
        assert_eq!(found.len(), 1);
    }
}
