use super::Context;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::syntax::ScopeKind;
use crate::text::Span;

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
    /// A paragraph right above or below a table that starts the way a word processor numbers a
    /// caption (`Table 3: …`, `Table A1. …`) and cites a source is no caption for pandoc, so
    /// its citation sources no row: the findings in the table point at it, and an unsafe fix
    /// makes it the caption (`Table: Table 3: …`).
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
        // Per table, read on first need: the cited paragraph beside it that was meant as its
        // caption, if any.
        let mut near_captions: Vec<Option<Option<(usize, Span)>>> =
            vec![None; ctx.model.document.tables.len()];
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
            let mut d = Diagnostic::new(
                Self::META.name,
                Self::META.default_severity,
                info.figure.span,
                format!(
                    "figure `{text}` has no source: cite one {place} (`[@key]`) or mark it `{{.assessment}}`"
                ),
            );
            if let ScopeKind::TableCell { table, .. } = ctx.model.document.scopes[info.scope].kind {
                let near = near_captions
                    .get_mut(table)
                    .and_then(|cached| *cached.get_or_insert_with(|| near_caption(ctx, table)));
                if let Some((at, paragraph)) = near {
                    d = d
                        .with_related(
                            paragraph,
                            "this paragraph cites a source but is no caption: pandoc reads a caption \
                             only from a paragraph starting `Table:` (or `:`) beside the table",
                        )
                        .with_fix(Fix {
                            message: "make the paragraph the table's caption (`Table: …`)".to_string(),
                            edits: vec![Edit { span: Span::new(at, at), replacement: "Table: ".to_string() }],
                            applicability: Applicability::Unsafe,
                        });
                }
            }
            out.push(d);
        }
    }
}

/// The paragraph right above or below a table without a caption (blank lines between only)
/// that reads as a caption written the word processor's way, `Table 3: …`, `Table A1. …`,
/// `Table 2 – …`, and cites a source: the author meant its citation for the whole table,
/// but pandoc reads it as a paragraph. Returns where `Table: ` would make it the caption (the
/// start of its line, before any emphasis: `**Table 3:** …`) and the paragraph. Not a
/// paragraph between two tables, which pandoc would give the table above it as a caption.
fn near_caption(ctx: &Context<'_>, table: usize) -> Option<(usize, Span)> {
    let doc = &ctx.model.document;
    let t = doc.tables.get(table)?;
    if t.caption.is_some() {
        return None;
    }
    let units = &doc.units;
    let text = ctx.text;
    let below = units.partition_point(|u| u.span.start < t.span.end);
    let above = units[..below].iter().rposition(|u| u.span.end <= t.span.start);
    [above, (below < units.len()).then_some(below)].into_iter().flatten().find_map(|i| {
        let unit = &units[i];
        // The paragraph's whole lines, with the emphasis around it (`**Table 3:** …`).
        let lines = crate::syntax::whole_lines(text, unit.span);
        let (line, lead) = (lines.start, &text[lines.start..unit.span.start]);
        let numbered = t.beside(lines, text) && crate::syntax::is_table_title(units, text, i);
        let cites = || {
            let first = doc.citations.partition_point(|c| c.citation.span.start < unit.span.start);
            doc.citations.get(first).is_some_and(|c| c.citation.span.end <= unit.span.end)
        };
        // (Not between two tables without captions: pandoc would give `Table: …` to the one
        // above, where the author may have meant the one below.)
        let alone =
            || doc.tables.iter().filter(|o| o.caption.is_none() && o.beside(lines, text)).count() == 1;
        (numbered && cites() && alone()).then_some((line + (lead.len() - lead.trim_start().len()), unit.span))
    })
}

#[cfg(test)]
mod tests {
    use crate::syntax::table_label_len;

    /// `Table 3:`, `Table A1.`, `Table 2 –`, `TABLE 4 -` at the start of `text`.
    fn numbered_table_label(text: &str) -> bool {
        table_label_len(text).is_some()
    }

    #[test]
    fn word_processor_table_labels() {
        for label in
            ["Table 3: Seizures", "Table A1. Budgets", "Table 2 – Routes", "TABLE 4 - X", "Table 10 : Y"]
        {
            assert!(numbered_table_label(label), "{label:?}");
        }
        for text in [
            "Table: Seizures",
            "Table 5 shows",
            "Tables 3: x",
            "Table three: x",
            "Table 3.5% rise",
            "Table 12345678: x",
        ] {
            assert!(!numbered_table_label(text), "{text:?}");
        }
    }
}
