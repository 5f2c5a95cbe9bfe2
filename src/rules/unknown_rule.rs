use super::Context;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};

declare_rule! {
    /// ## What it does
    /// Flags a suppression comment (`<!-- attest-ignore RULE -->` or
    /// `<!-- attest-ignore-file RULE -->`) that names a rule attest does not have.
    ///
    /// ## Why is this bad?
    /// A misspelt rule name silences nothing, so the finding the author meant to accept keeps
    /// appearing, or, worse, the author believes a check is off when it is not.
    ///
    /// ## Example
    /// ```markdown
    /// <!-- attest-ignore unsourced-figures -->
    /// Roughly 150 to 250 members remain.
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// <!-- attest-ignore unsourced-figure -->
    /// Roughly 150 to 250 members remain.
    /// ```
    pub struct UnknownRule => "unknown-rule", Warning;
}

impl UnknownRule {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let names = || super::RULES.iter().map(|r| r.meta.name);
        for suppression in &ctx.model.document.suppressions[ctx.suppression_range()] {
            for rule in &suppression.rules {
                if !ctx.in_region(rule.span.start) || super::find(&rule.value).is_some() {
                    continue;
                }
                let mut diagnostic = Diagnostic::new(
                    Self::META.name,
                    Self::META.default_severity,
                    rule.span,
                    format!("no rule named `{}`", rule.value),
                );
                if let Some(near) = super::closest(&rule.value, names()) {
                    diagnostic.message.push_str(&format!("; did you mean `{near}`?"));
                    diagnostic = diagnostic.with_fix(Fix {
                        message: format!("replace with `{near}`"),
                        edits: vec![Edit { span: rule.span, replacement: near.to_string() }],
                        // Silencing a different rule than before changes what the report shows.
                        applicability: Applicability::Unsafe,
                    });
                }
                out.push(diagnostic);
            }
        }
    }
}
