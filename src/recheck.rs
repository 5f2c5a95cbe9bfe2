//! Checking a report again after an edit, from the previous check: only the sections the edit
//! touched are read again (see [`syntax::reparse`]), their figures resolved again
//! ([`Model::splice`]) and the findings of the local rules found again there; the global
//! rules run over the whole model. The result equals a full check of the new text. Pure, like
//! [`crate::check`].

use crate::check::{Checked, Pass, run_pass};
use crate::diagnostic::Diagnostic;
use crate::model::Model;
use crate::rules::{self, Reach};
use crate::syntax::{self, TextEdit};
use crate::text::{FileId, Span};

/// Checks `new`, the text `previous` checked with `edit` applied (see
/// [`TextEdit::between`]). `None` when the edit reaches into the front matter, which may name
/// other bibliography files or settings: check the new text from scratch. The rules run
/// with the configuration of the previous check.
pub fn recheck(previous: Checked, new: &str, edit: TextEdit) -> Option<Checked> {
    let Checked { mut model, diagnostics, config, config_errors } = previous;
    if edit.start == edit.old_end && edit.start == edit.new_end {
        return Some(Checked { model, diagnostics, config, config_errors });
    }
    if !syntax::in_body(&model.document, new, edit) {
        return None;
    }
    let Some(splice) = syntax::reparse(&mut model.document, new, edit) else {
        let model = rebuild(model, new);
        let diagnostics = run_pass(new, &model, &config, &config_errors, Pass::All);
        return Some(Checked { model, diagnostics, config, config_errors });
    };
    let others = model.splice(&splice);
    // The front matter did not change, so neither did the configuration (nor its errors).
    let local = |d: &Diagnostic| {
        d.file == FileId::REPORT && rules::find(d.rule).is_some_and(|r| r.reach == Reach::Local)
    };
    let mut out: Vec<Diagnostic> = Vec::with_capacity(diagnostics.len() + 8);
    for mut d in diagnostics.into_iter().filter(local) {
        if splice.old.contains(d.span.start) {
            continue;
        }
        shift(&mut d, splice.delta, splice.old.end);
        if !others.iter().any(|o| o.contains(d.span.start)) {
            out.push(d);
        }
    }
    for region in std::iter::once(splice.new).chain(others) {
        out.extend(run_pass(new, &model, &config, &config_errors, Pass::Local(Some(region))));
    }
    out.extend(run_pass(new, &model, &config, &config_errors, Pass::Global));
    out.sort_by(|a, b| {
        (a.file, a.span.start, a.span.end, a.rule).cmp(&(b.file, b.span.start, b.span.end, b.rule))
    });
    Some(Checked { model, diagnostics: out, config, config_errors })
}

/// Moves the spans of a finding in the report that start at or after `from` by `by` bytes.
fn shift(d: &mut Diagnostic, by: isize, from: usize) {
    let mv = |span: &mut Span| {
        if span.start >= from {
            span.start = span.start.wrapping_add_signed(by);
            span.end = span.end.wrapping_add_signed(by);
        }
    };
    mv(&mut d.span);
    for r in d.related.iter_mut().filter(|r| r.file == FileId::REPORT) {
        mv(&mut r.span);
    }
    for e in d.fix.iter_mut().flat_map(|f| f.edits.iter_mut()) {
        mv(&mut e.span);
    }
}

/// The model built again from `text` read afresh; the bibliography files stay as read, since
/// the front matter naming them did not change.
fn rebuild(mut model: Model, text: &str) -> Model {
    let bibliographies = std::mem::take(&mut model.bibliographies);
    Model::build_with(syntax::parse(text), bibliographies)
}
