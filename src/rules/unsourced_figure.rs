use super::Context;
use crate::diagnostic::Diagnostic;
use crate::syntax::ScopeKind;

declare_rule! {
    /// ## What it does
    /// Flags a figure that has no citation in its sourcing scope: the same sentence, list item,
    /// heading or table cell, or a footnote or inline note whose marker stands there. A citation
    /// or a note's marker anywhere in a table row or in the table's caption counts for every
    /// cell of the row or table.
    ///
    /// The message says where a citation would source the figure: in the same sentence (of a
    /// paragraph or list item), in the heading, in the table row or the table's caption, or in
    /// the note that holds the figure.
    ///
    /// Figures inside a span or a fenced div marked `.assessment` are the author's own
    /// estimates and need no source.
    ///
    /// A figure whose citations name only keys that no reference defines is left to
    /// `unknown-source`, which reports each such key: the figure has a citation, and the fix is
    /// the key. It does not count as sourced in the summary (`attest check`'s "sourced" count,
    /// `summary.sourced` and `sourced` in `attest figures`) until a reference defines a key.
    ///
    /// ## Why is this bad?
    /// A reader cannot judge a number without knowing who says so. Figures in security
    /// reporting are often contested, relayed or estimated; a figure without a source cannot be
    /// checked, weighed against other claims or traced back when it turns out to be wrong.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// IS-KP has around 3,000 fighters in the country.
    ///
    /// Other groups are smaller [@mfa-2026].
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
    /// IS-KP has around 3,000 fighters in the country [@mfa-2026, p. 4].
    ///
    /// We judge that the group will grow to [about 4,000]{.assessment} by next year.
    ///
    /// ::: {.assessment}
    /// Its recruiting suggests some 1,000 new members a year.
    /// :::
    /// ```
    pub struct UnsourcedFigure => "unsourced-figure", Warning;
}

impl UnsourcedFigure {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for index in ctx.figure_range() {
            let info = &ctx.model.figures[index];
            if info.assessment || info.is_cited() {
                continue;
            }
            let text = ctx.quote(index);
            let place = match ctx.model.document.scopes[info.scope].kind {
                ScopeKind::Sentence => "in the same sentence",
                ScopeKind::ListItem => "in the same sentence of the list item",
                ScopeKind::Heading => "in the heading",
                ScopeKind::TableCell { .. } => "in its table row or in the table's caption",
                ScopeKind::Caption { .. } => "in the caption",
                ScopeKind::InlineNote { .. } => "in the note",
            };
            out.push(Diagnostic::new(
                Self::META.name,
                Self::META.default_severity,
                info.figure.span,
                format!(
                    "figure `{text}` has no source: cite one {place} (`[@key]`) or mark it `{{.assessment}}`"
                ),
            ));
        }
    }
}
