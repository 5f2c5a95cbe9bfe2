use super::Context;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::model::FastSet;
use crate::text::Span;

declare_rule! {
    /// ## What it does
    /// Flags a reference that the report never cites. A reference that `nocite:` lists in the
    /// front matter (`nocite: "@key"`, or `"@*"` for all) is in the bibliography on purpose and
    /// counts as cited, as is the origin a cited source relays (`via`).
    ///
    /// ## Why is this bad?
    /// A reference list that holds sources the text does not use suggests support the report
    /// does not give, and it often means a citation was lost in editing: the figure it backed
    /// may now stand unsourced.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///   - id: interfax-2026
    ///     type: article-newspaper
    ///     title: Ministry counts foreign fighters
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
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
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    pub struct UnusedSource => "unused-source", Warning;
}

impl UnusedSource {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        // `via` links name sources too: a relay's origin is in use when the relay is cited.
        let relayed: FastSet<&str> =
            ctx.model.references().iter().flat_map(|r| r.via.iter().map(|v| v.value.as_str())).collect();
        for reference in ctx.model.references() {
            let Some(id) = &reference.id else { continue };
            if ctx.is_cited(&id.value) || relayed.contains(id.value.as_str()) {
                continue;
            }
            let lines = item_lines(ctx.text, reference.span);
            let fix = Fix {
                message: format!("remove the reference `{}`", id.value),
                edits: vec![Edit { span: lines, replacement: String::new() }],
                applicability: Applicability::Unsafe,
            };
            out.push(
                Diagnostic::new(
                    Self::META.name,
                    Self::META.default_severity,
                    id.span,
                    format!("source `{}` is never cited", id.value),
                )
                .with_fix(fix),
            );
        }
    }
}

/// The whole lines of a YAML list item: from the start of the line holding `- ` to the end
/// of the line holding its last character.
fn item_lines(text: &str, item: Span) -> Span {
    let bytes = text.as_bytes();
    let start = text[..item.start.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let mut last = item.end.min(text.len());
    while last > item.start && bytes[last - 1].is_ascii_whitespace() {
        last -= 1;
    }
    let end = text[last..].find('\n').map_or(text.len(), |i| last + i + 1);
    Span::new(start, end)
}
