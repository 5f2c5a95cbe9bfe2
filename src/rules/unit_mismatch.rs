use super::Context;
use crate::diagnostic::Diagnostic;
use crate::model::interval::{comparable, count_a_period, is_count_a_period};
use crate::syntax::figure::FigureKind;

declare_rule! {
    /// ## What it does
    /// Flags mentions of one quantity (`qty=KEY`) in different kinds or units: a percentage
    /// and a count, kilometres and miles, dollars and euros. The nouns counted by a count
    /// ("fighters", "members") are descriptions, not units, and may differ; but a count a
    /// period ("300 trucks a day") and a count ("9,000 trucks") clash. Two units of one
    /// measure that attest converts (kg and t, m and km, ha and km2, MW and GW, mSv and µSv,
    /// …) do not clash: `conflicting-quantity` compares their values. Nor do a currency's
    /// name and a code it stands for (`rials` and `YER`, `shillings` and `KES`), nor two
    /// rupees (`Rs` is read as INR, and may be Pakistan's), nor the two CFA francs (`XOF` and
    /// `XAF`, at par; `FCFA` and `CFA francs` are read as XOF unless their clause names a
    /// country of Central Africa or the report writes only `XAF`).
    ///
    /// ## Why is this bad?
    /// Values in different units cannot be compared, so attest cannot tell whether they agree,
    /// and neither can a reader without converting. Usually one of the spans names the wrong
    /// quantity.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: unodc-2025
    ///     type: report
    ///     title: Opium survey
    /// ---
    /// Cultivation fell by [around 20%]{qty=opium-drop} [@unodc-2025].
    ///
    /// That is a drop of [12,800 hectares]{qty=opium-drop} [@unodc-2025].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// references:
    ///   - id: unodc-2025
    ///     type: report
    ///     title: Opium survey
    /// ---
    /// Cultivation fell by [around 20%]{qty=opium-drop-share} [@unodc-2025].
    ///
    /// That is a drop of [12,800 hectares]{qty=opium-drop-area} [@unodc-2025].
    /// ```
    pub struct UnitMismatch => "unit-mismatch", Warning;
}

impl UnitMismatch {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let figures = &ctx.model.figures;
        for (key, mentions) in ctx.model.quantities() {
            let Some(&first) = mentions.first() else { continue };
            let reference = &figures[first].figure;
            for &i in &mentions[1..] {
                let f = &figures[i].figure;
                let kind_differs = f.kind != reference.kind;
                // Counted nouns describe rather than measure ("fighters", "members"), and a unit
                // may be left out ("5,000 to 7,000" after "TTP fighters"): only two different
                // written units of money or measure clash.
                // Two units of one measure convert (kg and t) and do not clash.
                // A count a period and a count do clash ("300 trucks a day", "9,000 trucks").
                let unit_differs = matches!((&f.unit, &reference.unit), (Some(a), Some(b)) if a != b)
                    && if f.kind == FigureKind::Count {
                        is_count_a_period(f) != is_count_a_period(reference)
                    } else {
                        !comparable(f, reference)
                    };
                if !kind_differs && !unit_differs {
                    continue;
                }
                // "a count of `case`", "a sum of money in USD", "a measure in km".
                // ("a count of `truck` a day")
                let describe = |f: &crate::syntax::figure::Figure| match &f.unit {
                    Some(unit) if f.kind == FigureKind::Count => match count_a_period(unit) {
                        Some((noun, period)) => {
                            let article = if period == "hour" { "an" } else { "a" };
                            format!("count of `{noun}` {article} {period}")
                        }
                        None => format!("count of `{unit}`"),
                    },
                    Some(unit) => format!("{} in {unit}", kind_name(f)),
                    None => kind_name(f).to_string(),
                };
                out.push(
                    Diagnostic::new(
                        Self::META.name,
                        Self::META.default_severity,
                        f.span,
                        format!(
                            "`{key}` is a {} here but a {} at its first mention ({})",
                            describe(f),
                            describe(reference),
                            ctx.quote(first)
                        ),
                    )
                    .with_related(reference.span, format!("first mention of `{key}`")),
                );
            }
        }
    }
}

fn kind_name(f: &crate::syntax::figure::Figure) -> &'static str {
    match f.kind {
        crate::syntax::figure::FigureKind::Count => "count",
        crate::syntax::figure::FigureKind::Percent => "percentage",
        crate::syntax::figure::FigureKind::Money => "sum of money",
        crate::syntax::figure::FigureKind::Measure => "measure",
    }
}
