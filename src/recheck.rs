//! Checking a report again after an edit, from the previous check: only the sections the edit
//! touched are read again (see [`syntax::reparse`]) and their figures resolved again; the
//! result equals a full check of the new text. Pure, like [`crate::check`].

use crate::check::{Checked, run_rules};
use crate::config::Config;
use crate::model::Model;
use crate::syntax::{self, TextEdit};

/// Checks `new`, the text `previous` checked with `edit` applied (see
/// [`TextEdit::between`]). `None` when the edit reaches into the front matter, which may name
/// other bibliography files or settings: check the new text from scratch. `base` is the
/// configuration the previous check started from (before the report's own `attest:`
/// settings).
pub fn recheck(previous: Checked, new: &str, edit: TextEdit, base: &Config) -> Option<Checked> {
    let Checked { mut model, diagnostics, config } = previous;
    if edit.start == edit.old_end && edit.start == edit.new_end {
        return Some(Checked { model, diagnostics, config });
    }
    if !syntax::in_body(&model.document, new, edit) {
        return None;
    }
    let spliced = syntax::reparse(&mut model.document, new, edit);
    let model = match spliced {
        Some(splice) => {
            model.splice(&splice);
            model
        }
        None => rebuild(model, new),
    };
    let diagnostics = run_rules(new, &model, base);
    Some(Checked { model, diagnostics, config })
}

/// The model built again from `text` read afresh; the bibliography files stay as read, since
/// the front matter naming them did not change.
fn rebuild(mut model: Model, text: &str) -> Model {
    let bibliographies = std::mem::take(&mut model.bibliographies);
    Model::build_with(syntax::parse(text), bibliographies)
}
