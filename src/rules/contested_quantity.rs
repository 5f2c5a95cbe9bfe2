use super::Context;
use super::quantity::{Spread, agree};
use crate::diagnostic::Diagnostic;
use crate::model::Attribution;
use crate::model::interval::{Interval, comparable};
use crate::syntax::figure::FigureKind;

declare_rule! {
    /// ## What it does
    /// Surfaces a quantity whose mentions come from different sources that disagree: their
    /// values cannot both be true. The message lists each source's value side by side.
    ///
    /// This is information, not a fault: analysts report competing claims on purpose. The
    /// finding makes sure the disagreement is seen and stated.
    ///
    /// ## Why is this bad?
    /// It is not bad in itself. But a reader who meets 20,000 in one paragraph and "no such
    /// groups" in another should be told that the sources conflict, and by whom.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///   - id: taliban-2026
    ///     type: speech
    ///     title: Spokesman rejects the report
    /// ---
    /// The ministry counts [20,000 to 23,000]{qty=fighters} fighters [@mfa-2026].
    ///
    /// The spokesman put the number at [0]{qty=fighters} [@taliban-2026].
    /// ```
    ///
    /// ## Use instead
    /// Keep both claims, and say in the text that the sources conflict; silence the finding
    /// where the text already does so:
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///   - id: taliban-2026
    ///     type: speech
    ///     title: Spokesman rejects the report
    /// ---
    /// The ministry counts [20,000 to 23,000]{qty=fighters} fighters [@mfa-2026].
    ///
    /// <!-- attest-ignore contested-quantity -->
    /// The spokesman, contradicting the ministry, put the number at [0]{qty=fighters} [@taliban-2026].
    /// ```
    pub struct ContestedQuantity => "contested-quantity", Info;
}

impl ContestedQuantity {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let figures = &ctx.model.figures;
        for (key, mentions) in ctx.model.quantities() {
            let readings: Vec<(usize, Interval)> = mentions
                .iter()
                .filter_map(|&i| Some((i, Interval::of(&figures[i].figure, ctx.config.tolerance)?)))
                .collect();
            // The first mention that disagrees with an earlier one from other sources. Only
            // an earlier mention of its kind whose value cannot also hold can: when every
            // earlier one of the kind overlaps it, there is nothing to look for.
            let mut spreads: Vec<(FigureKind, Spread)> = Vec::new();
            let mut clash = None;
            for (n, &(i, a)) in readings.iter().enumerate() {
                let kind = figures[i].figure.kind;
                let spread = match spreads.iter().position(|(k, _)| *k == kind) {
                    Some(s) => &mut spreads[s].1,
                    None => {
                        spreads.push((kind, Spread::default()));
                        &mut spreads.last_mut().expect("just pushed").1
                    }
                };
                let disagrees = spread.may_miss(a)
                    && readings[..n].iter().any(|&(j, b)| {
                        !agree(&figures[i], &figures[j])
                            && !a.overlaps(b)
                            && comparable(&figures[j].figure, &figures[i].figure)
                    });
                if disagrees {
                    clash = Some(i);
                    break;
                }
                spread.add(a);
            }
            let Some(at) = clash else { continue };
            let readings: Vec<(usize, Attribution)> =
                readings.iter().map(|&(i, _)| (i, figures[i].attribution())).collect();
            // Each attribution's values, in order of first appearance.
            let mut claims: Vec<(String, Vec<String>)> = Vec::new();
            for (i, who) in &readings {
                let label = who.label();
                let value = ctx.quote(*i).into_owned();
                match claims.iter_mut().find(|(l, _)| *l == label) {
                    Some((_, values)) if !values.contains(&value) => values.push(value),
                    Some(_) => {}
                    None => claims.push((label, vec![value])),
                }
            }
            let summary: Vec<String> =
                claims.iter().map(|(who, values)| format!("{who}: {}", values.join(", "))).collect();
            let mut diagnostic = Diagnostic::new(
                Self::META.name,
                Self::META.default_severity,
                figures[at].figure.span,
                format!("sources disagree on `{key}`: {}", summary.join("; ")),
            );
            for (i, who) in &readings {
                if *i != at {
                    diagnostic = diagnostic.with_related(
                        figures[*i].figure.span,
                        format!("{} ({})", ctx.quote(*i), who.label()),
                    );
                }
            }
            out.push(diagnostic);
        }
    }
}
