use super::Context;
use crate::diagnostic::Diagnostic;
use crate::model::interval::{Interval, comparable};

declare_rule! {
    /// ## What it does
    /// Flags two mentions of one quantity (figures inside spans with the same `qty=KEY`) whose
    /// values cannot both be true, when they come from the same source or both from the
    /// author. Approximate figures are widened by the configured tolerance (±10% by default)
    /// before they are compared; bounds are open on one side.
    ///
    /// ## Why is this bad?
    /// A report that gives the TTP's strength as 5,000–7,000 in one paragraph and 9,000 in
    /// another, on the same authority, contradicts itself. Readers notice, and stop trusting
    /// the other figures.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// The TTP has [5,000 to 7,000]{qty=ttp} fighters [@mfa-2026].
    ///
    /// Its [9,000]{qty=ttp} fighters operate in the east [@mfa-2026].
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
    /// The TTP has [5,000 to 7,000]{qty=ttp} fighters [@mfa-2026].
    ///
    /// Its [roughly 7,000]{qty=ttp} fighters operate in the east [@mfa-2026].
    /// ```
    pub struct ConflictingQuantity => "conflicting-quantity", Warning;
}

impl ConflictingQuantity {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let figures = &ctx.model.figures;
        for (key, mentions) in ctx.model.quantities() {
            let mut seen: Vec<(usize, Interval, crate::model::Attribution)> = Vec::new();
            for &i in mentions {
                let Some(interval) = Interval::of(&figures[i].figure, ctx.config.tolerance) else { continue };
                let attribution = figures[i].attribution();
                let clash = seen.iter().find(|(j, other, who)| {
                    who.agrees_with(&attribution)
                        && !other.overlaps(interval)
                        && comparable(&figures[*j].figure, &figures[i].figure)
                });
                if let Some(&(j, _, _)) = clash {
                    let who = match &attribution {
                        crate::model::Attribution::Author => "both the author's".to_string(),
                        crate::model::Attribution::Sources(_) => format!("both from {}", attribution.label()),
                    };
                    out.push(
                        Diagnostic::new(
                            Self::META.name,
                            Self::META.default_severity,
                            figures[i].figure.span,
                            format!(
                                "`{key}` is given as {} here but as {} earlier ({who}); the two cannot both hold",
                                ctx.quote(i),
                                ctx.quote(j)
                            ),
                        )
                        .with_related(figures[j].figure.span, format!("earlier mention of `{key}`")),
                    );
                }
                seen.push((i, interval, attribution));
            }
        }
    }
}
