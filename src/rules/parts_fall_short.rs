use super::Context;
use super::parts_exceed_total::{
    arithmetic, bare_in_total, bound_text, bounding, is_bare, parts_of, unit_suffix, with_parts,
};
use crate::diagnostic::Diagnostic;
use crate::model::FastSet;
use crate::model::interval::{Interval, format_number};

declare_rule! {
    /// ## What it does
    /// Flags a total marked `.complete` (its parts are exhaustive) whose parts cannot reach
    /// it: the upper bounds of the figures marked `part-of=TOTAL` sum to less than the lower
    /// bound of the total (the smallest, among the mentions that have one: `up to
    /// [900]{qty=camp}` beside `[900]{qty=camp}` bounds nothing below). Approximate figures are widened by the configured tolerance first,
    /// and the total allows the rounding of its last written digit (`4.0 million` may be
    /// 3.95 million); parts count as written. Parts of another kind than the total are left
    /// out, except parts written as bare numbers, which are in the total's unit when all the
    /// parts are.
    ///
    /// ## Why is this bad?
    /// If the breakdown is said to be complete, its parts must be able to add up to the
    /// total; when they cannot, a part is missing or a number is wrong.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// All [12,000]{.complete qty=fighters} fighters belong to two groups [@mfa-2026]: the TTP
    /// with [6,000]{qty=ttp part-of=fighters} and IS-KP with [3,000]{qty=iskp part-of=fighters} [@mfa-2026].
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
    /// All [9,000]{.complete qty=fighters} fighters belong to two groups [@mfa-2026]: the TTP
    /// with [6,000]{qty=ttp part-of=fighters} and IS-KP with [3,000]{qty=iskp part-of=fighters} [@mfa-2026].
    /// ```
    pub struct PartsFallShort => "parts-fall-short", Warning;
}

impl PartsFallShort {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let figures = &ctx.model.figures;
        let tolerance = ctx.config.tolerance;
        // The keys some span marks `complete` (`Model::is_complete`, read once).
        let complete: FastSet<&str> = ctx
            .model
            .document
            .spans
            .iter()
            .filter(|s| s.classes.iter().any(|c| c == "complete"))
            .flat_map(|s| s.attrs.iter().filter(|a| a.key == "qty").map(|a| a.value.as_str()))
            .collect();
        if complete.is_empty() {
            return;
        }
        for (total, mentions) in ctx.model.quantities() {
            if !complete.contains(total.as_str()) {
                continue;
            }
            // The most generous reading of the total: its smallest lower bound (among the
            // mentions that have one).
            let Some((at, bound)) = bounding(ctx, mentions, |f| f.low.is_some())
                .filter_map(|i| Some((i, Interval::as_written(&figures[i].figure, ctx.text, tolerance)?.low)))
                .min_by(|a, b| a.1.total_cmp(&b.1))
            else {
                continue;
            };
            let widened = Interval::of(&figures[at].figure, tolerance).map_or(bound, |i| i.low);
            let written = figures[at].figure.low.unwrap_or(widened);
            let approx = figures[at].figure.approx;
            let kind = figures[at].figure.kind;
            let mut terms = Vec::new();
            let parts = parts_of(ctx, total);
            let all_bare = parts.iter().flatten().all(|&i| is_bare(&figures[i].figure));
            for mentions in parts {
                let most = bounding(ctx, &mentions, |f| f.high.is_some())
                    .filter(|&i| {
                        figures[i].figure.kind == kind || all_bare && bare_in_total(&figures[i].figure, kind)
                    })
                    .filter_map(|i| Some((i, Interval::of(&figures[i].figure, tolerance)?.high)))
                    .max_by(|a, b| a.1.total_cmp(&b.1));
                if let Some(term) = most {
                    terms.push(term);
                }
            }
            let sum: f64 = terms.iter().map(|t| t.1).sum();
            if terms.is_empty() || !sum.is_finite() || sum >= bound {
                continue;
            }
            let total_figure = &figures[at].figure;
            let unit = unit_suffix(total_figure);
            let diagnostic = Diagnostic::new(
                Self::META.name,
                Self::META.default_severity,
                total_figure.span,
                format!(
                    "`{total}` is marked complete, but its parts add up to at most {}{unit}: {}, short of {}",
                    format_number(sum),
                    arithmetic(ctx, &terms, sum, ""),
                    bound_text(bound, widened, written, approx, &unit)
                ),
            );
            out.push(with_parts(ctx, diagnostic, &terms, total));
        }
    }
}
