use super::Context;
use crate::diagnostic::Diagnostic;
use crate::model::interval::{Interval, conversion, format_number};
use crate::syntax::figure::{Figure, FigureKind};

declare_rule! {
    /// ## What it does
    /// Flags a total whose parts add up to more than it can be: the lower bounds of the
    /// figures marked `part-of=TOTAL` sum to more than the upper bound of `TOTAL`'s mentions
    /// (the largest, among the mentions that have one: beside `[733]{qty=deaths}`, `at least
    /// [733]{qty=deaths}` bounds nothing above; likewise a part's `up to` bounds it not below).
    /// Approximate figures are widened by the configured tolerance first, and a total allows
    /// the rounding of its last written digit (`4.0 million` may be 4.05 million, so parts
    /// adding up to 4.01 million fit; `2 t` may be 2.5 t), so only a sum that no reading can
    /// save is reported. Parts count as written: a total is the figure a writer rounds. A part quantity mentioned several times counts once.
    /// One part alone can exceed its total. Parts are added only to a total of their kind
    /// (parts written as bare numbers, with no unit, currency or counted noun, are in the
    /// total's when all of them are: "[3.4 million]{qty=ha} hectares, of which
    /// [1.42 million]{part-of=ha} in the Delta"):
    /// measures are converted to the total's unit when they measure the same thing (`6,024
    /// kg` of `9.9 tonnes` is 6.024 t; mass, length, area, volume, power, energy, dose and tonnes a year),
    /// money in another currency is left out (a currency's name goes with the codes it stands
    /// for, `shillings` with `KES` or `UGX`, and `Rs` with any rupee), and percentage points add to a percentage. Parts
    /// given as percentages of a total that is not one must not add up to more than 100%,
    /// less half a point for each (which may be rounded: 67% + 17% + 17% is all of it).
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

/// The mentions of a quantity that bound it on one side (`side` says whether a figure has
/// that end): "at least [733]{qty=deaths}" says nothing of how many there were at most, so
/// beside "[733]{qty=deaths}" it is left out of the upper bound. All of them when none does.
pub(crate) fn bounding<'a>(
    ctx: &'a Context<'_>,
    mentions: &'a [usize],
    side: fn(&Figure) -> bool,
) -> impl Iterator<Item = usize> + 'a {
    let has = move |i: usize| side(&ctx.model.figures[i].figure);
    let any = mentions.iter().any(|&i| has(i));
    mentions.iter().copied().filter(move |&i| !any || has(i))
}

/// A part written as a bare number (no unit, currency or counted noun) of a total of money or
/// a measure: it is in the total's unit ("of which [1.42 million]{part-of=ha} in the Delta").
pub(crate) fn bare_in_total(part: &Figure, total: FigureKind) -> bool {
    is_bare(part) && matches!(total, FigureKind::Money | FigureKind::Measure)
}

/// A figure written as a bare number: a count with no counted noun.
pub(crate) fn is_bare(figure: &Figure) -> bool {
    figure.kind == FigureKind::Count && figure.unit.is_none()
}

/// Whether parts in currency `part` add to a total in `total` (see
/// [`crate::model::interval::same_currency`]); a figure without a currency goes with any.
fn same_currency(part: Option<&str>, total: Option<&str>) -> bool {
    match (part, total) {
        (Some(p), Some(t)) => crate::model::interval::same_currency(p, t),
        _ => true,
    }
}

/// A total's bound as a finding states it: `bound`, with the total's end as written
/// (`written`) beside it when they differ: by the rounding of the last written digit ("2.5 (2
/// as written, rounded)"), or by the tolerance for an approximate total (`widened`: "8,800
/// (about 8,000 as written, approximate)", "1.48 billion (about 1.3 billion as written,
/// approximate and rounded)"); a whole number's half unit is left out ("124", not "124.5").
/// `unit` follows the bound (" ha", " USD", or nothing).
pub(crate) fn bound_text(bound: f64, widened: f64, written: f64, approx: bool, unit: &str) -> String {
    // (Half a unit is not worth a word for a count of hundreds, but for small values it is:
    // about 9 GW may be up to 10.4 GW.)
    let difference = (bound - widened).abs();
    let rounded = difference > 0.5 || difference > 0.01 * bound.abs();
    let shown = if rounded { bound } else { widened };
    let how = match (approx && shown != written, rounded) {
        (true, true) => "approximate and rounded",
        (true, false) => "approximate",
        (false, true) => "rounded",
        (false, false) => return format!("{}{unit}", format_number(written)),
    };
    let about = if approx { "about " } else { "" };
    format!("{}{unit} ({about}{} as written, {how})", format_number(shown), format_number(written))
}

/// A measure's or an amount's unit, to follow a sum or a bound in a message ("212,000 ha",
/// "1.425 billion USD"; the parts are quoted as written); nothing for counts and shares.
pub(crate) fn unit_suffix(figure: &Figure) -> String {
    match (figure.kind, figure.unit.as_deref()) {
        (FigureKind::Money | FigureKind::Measure, Some(unit)) => format!(" {unit}"),
        _ => String::new(),
    }
}

/// One term of the arithmetic: the value used, and the figure as written when it differs
/// ("2,700 (about 3,000)").
/// `unit` follows each number ("%" for shares, nothing otherwise).
pub(crate) fn term(ctx: &Context<'_>, figure: usize, value: f64, unit: &str) -> String {
    let number = format!("{}{unit}", format_number(value));
    let written = ctx.quote(figure);
    if written == number { number } else { format!("{number} ({written})") }
}

/// "6,000 + 2,700 (about 3,000) = 8,700"; with `unit` "%", "57% + 47% = 104%".
pub(crate) fn arithmetic(ctx: &Context<'_>, terms: &[(usize, f64)], sum: f64, unit: &str) -> String {
    let parts: Vec<String> = terms.iter().map(|&(i, value)| term(ctx, i, value, unit)).collect();
    format!("{} = {}{unit}", parts.join(" + "), format_number(sum))
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
            // The most generous reading of the total: its largest upper bound (among the
            // mentions that have one).
            let Some((at, bound)) = bounding(ctx, mentions, |f| f.high.is_some())
                .filter_map(|i| {
                    Some((i, Interval::as_written(&figures[i].figure, ctx.text, tolerance)?.high))
                })
                .max_by(|a, b| a.1.total_cmp(&b.1))
            else {
                continue;
            };
            let widened = Interval::of(&figures[at].figure, tolerance).map_or(bound, |i| i.high);
            let written = figures[at].figure.high.unwrap_or(widened);
            let approx = figures[at].figure.approx;
            let total_figure = &figures[at].figure;
            let (kind, unit) = (total_figure.kind, total_figure.unit.as_deref());
            let parts = parts_of(ctx, total);
            // Each part at its most generous: the smallest lower bound among its mentions
            // (that have one). `scale` says by how much a part's value is multiplied to add it
            // to the total, or that it cannot be.
            let least = |scale: &dyn Fn(&Figure) -> Option<f64>| {
                let mut terms = Vec::new();
                for mentions in &parts {
                    let least = bounding(ctx, mentions, |f| f.low.is_some())
                        .filter_map(|i| {
                            let f = &figures[i].figure;
                            Some((i, Interval::of(f, tolerance)?.low * scale(f)?))
                        })
                        .min_by(|a, b| a.1.total_cmp(&b.1));
                    terms.extend(least);
                }
                terms
            };
            // Counts count different nouns ("casualties", "civilians") and percentage points
            // add to a percentage; money needs one currency and a measure one dimension.
            // Bare parts are in the total's unit only when every part is bare: "[6,000]{…} kg by
            // air and [5,000]{…} by sea" is two weights in kg.
            let all_bare = parts.iter().flatten().all(|&i| is_bare(&figures[i].figure));
            let terms = least(&|f| {
                if all_bare && bare_in_total(f, kind) {
                    return Some(1.0);
                }
                if f.kind != kind {
                    return None;
                }
                match kind {
                    FigureKind::Count | FigureKind::Percent => Some(1.0),
                    FigureKind::Money => same_currency(f.unit.as_deref(), unit).then_some(1.0),
                    FigureKind::Measure => conversion(f.unit.as_deref()?, unit?),
                }
            });
            let sum: f64 = terms.iter().map(|t| t.1).sum();
            if !terms.is_empty() && sum > bound {
                let unit = unit_suffix(total_figure);
                let message = match terms[..] {
                    [(part, _)] => format!(
                        "a part of `{total}` is at least {}, but `{total}` is at most {}",
                        term(ctx, part, sum, ""),
                        bound_text(bound, widened, written, approx, &unit)
                    ),
                    _ => format!(
                        "the parts of `{total}` add up to at least {}{unit}: {}, but `{total}` is at most {}",
                        format_number(sum),
                        arithmetic(ctx, &terms, sum, ""),
                        bound_text(bound, widened, written, approx, &unit)
                    ),
                };
                let diagnostic =
                    Diagnostic::new(Self::META.name, Self::META.default_severity, total_figure.span, message);
                out.push(with_parts(ctx, diagnostic, &terms, total));
            }
            // Shares of a total given as a number: together at most all of it.
            if kind != FigureKind::Percent {
                let shares = least(&|f| (f.kind == FigureKind::Percent && f.unit.is_none()).then_some(1.0));
                let sum: f64 = shares.iter().map(|t| t.1).sum();
                // Each share may be rounded by half a point: 67% + 17% + 17% is all of it.
                if shares.len() >= 2 && sum > 100.0 + 0.5 * shares.len() as f64 {
                    let message = format!(
                        "the shares of `{total}` add up to at least {}%: {}, more than all of it",
                        format_number(sum),
                        arithmetic(ctx, &shares, sum, "%")
                    );
                    let diagnostic = Diagnostic::new(
                        Self::META.name,
                        Self::META.default_severity,
                        total_figure.span,
                        message,
                    );
                    out.push(with_parts(ctx, diagnostic, &shares, total));
                }
            }
        }
    }
}
