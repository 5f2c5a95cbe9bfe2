use std::collections::HashSet;

use super::Context;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Flags `part-of=KEY` where no figure anywhere in the report is marked `qty=KEY`. When a
    /// quantity key is one typo away, an unsafe fix writes it.
    ///
    /// ## Why is this bad?
    /// A part of nothing cannot be checked against its total; the key is usually misspelt or
    /// the total lost its span in editing.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// Some [20,000]{qty=foreign-fighters} fighters are active, IS-KP has
    /// [3,000]{part-of=foreign-fighter} [@mfa-2026].
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
    /// Some [20,000]{qty=foreign-fighters} fighters are active, IS-KP has
    /// [3,000]{part-of=foreign-fighters} [@mfa-2026].
    /// ```
    pub struct UnknownQuantity => "unknown-quantity", Warning;
}

impl UnknownQuantity {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let quantities = ctx.model.quantities();
        let mut reported = HashSet::new();
        for span in &ctx.model.document.spans {
            for attr in span.attrs.iter().filter(|a| a.key == "part-of") {
                if quantities.contains_key(attr.value.as_str()) || !reported.insert(attr.value_span) {
                    continue;
                }
                let mut message = format!("no figure is marked `qty={}`", attr.value);
                let near = super::closest(&attr.value, quantities.keys().map(String::as_str));
                if let Some(near) = near {
                    message.push_str(&format!("; did you mean `{near}`?"));
                }
                let d =
                    Diagnostic::new(Self::META.name, Self::META.default_severity, attr.value_span, message);
                out.push(match near {
                    Some(near) => super::suggest(d, attr.value_span, near),
                    None => d,
                });
            }
        }
    }
}
