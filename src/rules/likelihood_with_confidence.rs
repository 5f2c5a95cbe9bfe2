use super::Context;
use crate::diagnostic::Diagnostic;
use crate::syntax::likelihood::TermKind;

declare_rule! {
    /// ## What it does
    /// Flags a sentence that holds both a likelihood term ("likely", "almost certainly") and a
    /// confidence level ("high confidence").
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
    /// Likelihood is about the event; confidence is about the analyst's judgment (the quality
    /// of the sources and reasoning). ICD 203 and the PHIA guidance both ask that they are not
    /// combined in one statement, because readers conflate them: "we assess with high
    /// confidence that an attack is likely" reads as a near-certainty.
    ///
    /// ## Example
    /// ```markdown
    /// We assess with high confidence that the group will likely expand.
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// The group will likely expand. We have high confidence in this judgment.
    /// ```
    pub struct LikelihoodWithConfidence => "likelihood-with-confidence", Warning;
}

impl LikelihoodWithConfidence {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let doc = &ctx.model.document;
        let terms = &doc.terms;
        let unit = |t: &crate::syntax::TermSite| doc.scopes[t.scope].unit;
        for n in ctx.term_range() {
            let confidence = &terms[n];
            if confidence.term.kind != TermKind::Confidence {
                continue;
            }
            // A sentence's terms all stand in its unit, and a unit's terms are consecutive.
            let own = unit(confidence);
            let first = terms[..n].iter().rposition(|t| unit(t) != own).map_or(0, |i| i + 1);
            let Some(likelihood) = terms[first..]
                .iter()
                .take_while(|t| unit(t) == own)
                .find(|t| t.term.kind == TermKind::Likelihood && t.scope == confidence.scope)
            else {
                continue;
            };
            out.push(
                Diagnostic::new(
                    Self::META.name,
                    Self::META.default_severity,
                    confidence.term.span,
                    format!(
                        "“{}” and the likelihood term “{}” share a sentence; state confidence separately",
                        confidence.term.form, likelihood.term.form
                    ),
                )
                .with_related(likelihood.term.span, "likelihood term"),
            );
        }
    }
}
