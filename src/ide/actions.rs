//! Code actions: the fixes diagnostics carry, "insert citation" for an unsourced figure, and
//! "ignore this rule here".

use super::{Analysis, FileEdits};
use crate::diagnostic::{Applicability, Diagnostic, Edit};
use crate::syntax::{ScopeKind, UnitKind};
use crate::text::{FileId, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionKind {
    QuickFix,
}

/// One action a user can choose.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub title: String,
    pub kind: ActionKind,
    pub edits: FileEdits,
    /// The diagnostic (by index into the checked diagnostics) the action resolves.
    pub diagnostic: Option<usize>,
    /// The action to apply by default (a safe fix).
    pub preferred: bool,
    /// Where the cursor should go after the edit, when the client can place it: a byte
    /// offset into the inserted text of the first edit.
    pub cursor: Option<usize>,
}

/// The actions for findings touching `span` in `file`.
pub fn code_actions(a: &Analysis<'_>, file: FileId, span: Span) -> Vec<Action> {
    let mut out = Vec::new();
    for (index, d) in a.checked.diagnostics.iter().enumerate() {
        let touches = d.span.intersects(span)
            || d.span.contains(span.start)
            || span.contains(d.span.start)
            || d.span.end == span.start;
        if d.file != file || !touches {
            continue;
        }
        if let Some(fix) = &d.fix {
            out.push(Action {
                title: fix.message.clone(),
                kind: ActionKind::QuickFix,
                edits: fix.edits.iter().map(|e| (d.file, e.clone())).collect(),
                diagnostic: Some(index),
                preferred: fix.applicability == Applicability::Safe,
                cursor: None,
            });
        }
        if d.rule == "unsourced-figure"
            && let Some(action) = insert_citation(a, index, d)
        {
            out.push(action);
        }
        if d.file == FileId::REPORT {
            out.extend(ignore_here(a, index, d));
        }
    }
    out
}

/// Inserts ` [@]` at the end of the figure's sentence, before its full stop, with the
/// cursor after the `@`.
fn insert_citation(a: &Analysis<'_>, index: usize, d: &Diagnostic) -> Option<Action> {
    let model = &a.checked.model;
    let figure = model.figures.iter().find(|f| f.figure.span == d.span)?;
    let scope = &model.document.scopes[figure.scope];
    let sentence = scope.span.slice(a.text).trim_end();
    let mut end = scope.span.start + sentence.len();
    // Before the full stop of a sentence or a list item (a list item's sentences share its
    // scope: the stop is its last).
    if matches!(scope.kind, ScopeKind::Sentence | ScopeKind::ListItem) && sentence.ends_with(['.', '!', '?'])
    {
        end -= 1;
    }
    Some(Action {
        title: "insert a citation for this figure".to_string(),
        kind: ActionKind::QuickFix,
        edits: vec![(FileId::REPORT, Edit { span: Span::at(end), replacement: " [@]".to_string() })],
        diagnostic: Some(index),
        preferred: false,
        cursor: Some(3),
    })
}

/// `<!-- attest-ignore RULE -->` before the finding's block, or, for findings in the front
/// matter, `<!-- attest-ignore-file RULE -->` after it.
///
/// A comment on a line of its own right under a line of a paragraph or list item belongs to
/// that paragraph or item, and one before a list or table covers all of it. So a finding in
/// a list item or a table cell gets the comment at the end of the item or cell, inside it;
/// one in a paragraph or heading gets it on the line before, or at its end when that line is
/// not blank. A grid or multiline table gets it on the line before the table.
fn ignore_here(a: &Analysis<'_>, index: usize, d: &Diagnostic) -> Vec<Action> {
    let doc = &a.checked.model.document;
    let mut out = Vec::new();
    // The line break the report writes, so that a CRLF file stays CRLF.
    let eol = match memchr::memchr(b'\n', a.text.as_bytes()) {
        Some(i) if i > 0 && a.text.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    };
    let in_front_matter = doc.front_matter.as_ref().is_some_and(|fm| fm.span.contains(d.span.start));
    if !in_front_matter {
        let unit = doc.units.iter().find(|u| u.span.contains(d.span.start) || u.span.end == d.span.start);
        // A grid or multiline table is commented before its first line.
        let block_start = match unit.map(|u| u.kind) {
            Some(UnitKind::TableText { table, .. }) => doc
                .units
                .iter()
                .find(|u| matches!(u.kind, UnitKind::TableText { table: t, .. } if t == table))
                .map_or(d.span.start, |u| u.span.start),
            _ => unit.map_or(d.span.start, |u| u.span.start),
        };
        let line_start = a.text[..block_start].rfind('\n').map_or(0, |i| i + 1);
        let previous_line = a.text[..line_start.saturating_sub(1)].rsplit('\n').next().unwrap_or("");
        let after_blank = line_start == 0 || previous_line.trim().is_empty();
        let inline = unit.is_some_and(|u| match u.kind {
            UnitKind::ListItem | UnitKind::TableCell { .. } => true,
            UnitKind::TableText { .. } => false,
            UnitKind::Paragraph | UnitKind::Heading => !after_blank,
        });
        let edit = match unit {
            Some(u) if inline => {
                let end = u.span.start + a.text[u.span.start..u.span.end].trim_end().len();
                Edit { span: Span::at(end), replacement: format!(" <!-- attest-ignore {} -->", d.rule) }
            }
            _ => {
                // The start of the line where the finding's block begins, with its indent.
                let indent: String =
                    a.text[line_start..block_start].chars().take_while(|c| *c == ' ' || *c == '\t').collect();
                Edit {
                    span: Span::at(line_start),
                    replacement: format!("{indent}<!-- attest-ignore {} -->{eol}", d.rule),
                }
            }
        };
        // After a `<!--` that nothing closes (text, as pandoc reads it), the comment's `-->`
        // would close that one and hide everything between: no comment can go here.
        if !doc.unclosed_comments.iter().any(|&c| c < edit.span.start) {
            out.push(Action {
                title: format!("ignore `{}` here", d.rule),
                kind: ActionKind::QuickFix,
                edits: vec![(FileId::REPORT, edit)],
                diagnostic: Some(index),
                preferred: false,
                cursor: None,
            });
        }
    }
    let after = doc.front_matter.as_ref().map_or(0, |fm| {
        let end = fm.span.end;
        a.text[end..].find('\n').map_or(a.text.len(), |i| end + i + 1)
    });
    out.push(Action {
        title: format!("ignore `{}` in this file", d.rule),
        kind: ActionKind::QuickFix,
        edits: vec![(
            FileId::REPORT,
            Edit {
                span: Span::at(after),
                replacement: format!("<!-- attest-ignore-file {} -->{eol}", d.rule),
            },
        )],
        diagnostic: Some(index),
        preferred: false,
        cursor: None,
    });
    out
}
