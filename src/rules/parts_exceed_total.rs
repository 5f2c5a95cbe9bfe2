use super::Context;
use crate::diagnostic::Diagnostic;
use crate::model::interval::{Interval, format_number};

declare_rule! {
    /// ## What it does
    /// Flags a total whose parts add up to more than it can be: the lower bounds of the
    /// figures marked `part-of=TOTAL` sum to more than the upper bound of `TOTAL`'s mentions.
    /// Approximate figures are widened by the configured tolerance first, so only a sum that
    /// no reading can save is reported. A part quantity mentioned several times counts once.
    ///
    /// ## Why is this bad?
    /// When a ministry's 20,000–23,000 fighters are broken down by group and the groups add up
    /// to 26,000, one of the numbers is wrong, or a part belongs to another total.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// Some [8,000]{qty=fighters} fighters are active [@mfa-2026]. Of these, the TTP has
    /// [6,000]{qty=ttp part-of=fighters} and IS-KP [3,000]{qty=iskp part-of=fighters} [@mfa-2026].
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
    /// Some [10,000]{qty=fighters} fighters are active [@mfa-2026]. Of these, the TTP has
    /// [6,000]{qty=ttp part-of=fighters} and IS-KP [3,000]{qty=iskp part-of=fighters} [@mfa-2026].
    /// ```
    pub struct PartsExceedTotal => "parts-exceed-total", Error;
}

/// The parts of a total: for each part quantity (or unnamed part), its mention indices.
pub(crate) fn parts_of<'a>(ctx: &'a Context<'_>, total: &str) -> Vec<Vec<usize>> {
    // In order of first mention; an unnamed part is a part of its own.
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut named: crate::text::FastMap<&'a str, usize> = Default::default();
    for &i in ctx.parts(total) {
        let f = &ctx.model.figures[i];
        match f.quantity.as_ref().map(|q| q.value.as_str()) {
            Some(key) => match named.get(key) {
                Some(&at) => parts[at].push(i),
                None => {
                    named.insert(key, parts.len());
                    parts.push(vec![i]);
                }
            },
            None => parts.push(vec![i]),
        }
    }
    parts
}

/// One term of the arithmetic: the value used, and the figure as written when it differs
/// ("2,700 (about 3,000)").
pub(crate) fn term(ctx: &Context<'_>, figure: usize, value: f64) -> String {
    let number = format_number(value);
    let written = ctx.quote(figure);
    if written == number { number } else { format!("{number} ({written})") }
}

/// "6,000 + 2,700 (about 3,000) = 8,700".
pub(crate) fn arithmetic(ctx: &Context<'_>, terms: &[(usize, f64)], sum: f64) -> String {
    let parts: Vec<String> = terms.iter().map(|&(i, value)| term(ctx, i, value)).collect();
    format!("{} = {}", parts.join(" + "), format_number(sum))
}

/// The finding with a related span at every part.
pub(crate) fn with_parts(
    ctx: &Context<'_>,
    mut d: Diagnostic,
    terms: &[(usize, f64)],
    total: &str,
) -> Diagnostic {
    for &(i, _) in terms {
        d = d.with_related(ctx.model.figures[i].figure.span, format!("part of `{total}`"));
    }
    d
}

impl PartsExceedTotal {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let figures = &ctx.model.figures;
        let tolerance = ctx.config.tolerance;
        for (total, mentions) in ctx.model.quantities() {
            // The most generous reading of the total: its largest upper bound.
            let Some((at, bound)) = mentions
                .iter()
                .filter_map(|&i| Some((i, Interval::of(&figures[i].figure, tolerance)?.high)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
            else {
                continue;
            };
            let kind = figures[at].figure.kind;
            let parts = parts_of(ctx, total);
            // Each part at its most generous: the smallest lower bound among its mentions.
            let mut terms = Vec::new();
            for mentions in &parts {
                let least = mentions
                    .iter()
                    .filter(|&&i| figures[i].figure.kind == kind)
                    .filter_map(|&i| Some((i, Interval::of(&figures[i].figure, tolerance)?.low)))
                    .min_by(|a, b| a.1.total_cmp(&b.1));
                if let Some(term) = least {
                    terms.push(term);
                }
            }
            let sum: f64 = terms.iter().map(|t| t.1).sum();
            if terms.len() < 2 || sum <= bound {
                continue;
            }
            let diagnostic = Diagnostic::new(
                Self::META.name,
                Self::META.default_severity,
                figures[at].figure.span,
                format!(
                    "the parts of `{total}` add up to at least {}: {}, but `{total}` is at most {}",
                    format_number(sum),
                    arithmetic(ctx, &terms, sum),
                    format_number(bound)
                ),
            );
            out.push(with_parts(ctx, diagnostic, &terms, total));
        }
    }
}
