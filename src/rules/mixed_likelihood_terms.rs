use super::Context;
use super::likelihood_mismatch::band_text;
use crate::diagnostic::Diagnostic;
use crate::syntax::likelihood::TermKind;
use crate::tradecraft::{Scale, bands_of, scales_of};

declare_rule! {
    /// ## What it does
    /// Notes likelihood terms that belong to another scale than the one the report declares
    /// ("realistic possibility" is PHIA, not ICD 203), and reports that mix ICD 203's row-1
    /// terms ("likely") with its row-2 synonyms ("probable").
    ///
    /// Words and phrases that hold a likelihood word but judge no likelihood are no terms:
    /// "probable cause" (the legal standard, and what an accident investigation finds),
    /// "probable reserves" and "probable ore" (a mining standard); "probable" as a class of
    /// evidence, paired with another ("confirmed and probable cases", "probable or suspected",
    /// "312 were probable (12%) and 1,204 confirmed") or between a count and a plural noun
    /// ("312 probable cases", "12 were probable hits"); "likely voters" and "unlikely
    /// voters" (polling samples, but "it is likely voters will stay home" is a judgement);
    /// and "unlikely allies", "unlikely ally", "unlikely alliance" and "unlikely bedfellows"
    /// (a surprise, not a chance).
    ///
    /// ## Why is this bad?
    /// The scales disagree: "probable" is 55–80% in ICD 203, 55–75% on the PHIA yardstick and
    /// 63–87% for Kent. A term from another scale has no agreed meaning in the report, and ICD
    /// 203 asks writers not to mix its two rows in one product.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// attest:
    ///   scale: icd203
    /// ---
    /// A split in the movement is a realistic possibility.
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// attest:
    ///   scale: icd203
    /// ---
    /// A split in the movement is unlikely.
    /// ```
    pub struct MixedLikelihoodTerms => "mixed-likelihood-terms", Info;
}

impl MixedLikelihoodTerms {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let scale = ctx.config.scale;
        if scale == Scale::None {
            return;
        }
        let mut first_row: [Option<&crate::syntax::TermSite>; 2] = [None, None];
        for site in ctx.model.document.terms.iter().filter(|t| t.term.kind == TermKind::Likelihood) {
            let form = site.term.form;
            match bands_of(form, scale).next() {
                None => {
                    let elsewhere: Vec<String> =
                        scales_of(form).map(|b| format!("{} ({})", b.scale.title(), band_text(b))).collect();
                    out.push(Diagnostic::new(
                        Self::META.name,
                        Self::META.default_severity,
                        site.term.span,
                        format!(
                            "“{form}” is not a term of {}, the scale this report follows; it belongs to {}",
                            scale.title(),
                            elsewhere.join(", ")
                        ),
                    ));
                }
                Some(band) if scale == Scale::Icd203 && band.row > 0 => {
                    let row = usize::from(band.row - 1);
                    let other = first_row[1 - row];
                    if first_row[row].is_none() {
                        first_row[row] = Some(site);
                        if let Some(other) = other {
                            out.push(
                                Diagnostic::new(
                                    Self::META.name,
                                    Self::META.default_severity,
                                    site.term.span,
                                    format!(
                                        "“{form}” is an ICD 203 row-{} term, but the report already uses row-{} terms such as “{}”; keep to one row",
                                        band.row,
                                        2 - row,
                                        other.term.form
                                    ),
                                )
                                .with_related(other.term.span, "first term of the other row"),
                            );
                        }
                    }
                }
                Some(_) => {}
            }
        }
    }
}
