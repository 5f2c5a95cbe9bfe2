//! Running the rules over a report: parse, build the model, run every rule, apply the
//! suppression comments. Pure: text in, findings out.

use crate::diagnostic::Diagnostic;
use crate::model::Model;
use crate::rules::{Context, RULES};
use crate::syntax;

/// A checked report: its model and its findings, sorted by position.
#[derive(Clone, Debug)]
pub struct Checked {
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks one report.
pub fn check(text: &str) -> Checked {
    let model = Model::build(syntax::parse(text));
    let diagnostics = run_rules(text, &model);
    Checked { model, diagnostics }
}

/// Runs every rule on a model and drops what suppression comments silence.
pub fn run_rules(text: &str, model: &Model) -> Vec<Diagnostic> {
    let ctx = Context { text, model };
    let mut diagnostics = Vec::new();
    for rule in RULES {
        (rule.check)(&ctx, &mut diagnostics);
    }
    let suppressions = &model.document.suppressions;
    diagnostics.retain(|d| {
        !suppressions.iter().any(|s| {
            s.covers.contains(d.span.start)
                && (s.rules.is_empty() || s.rules.iter().any(|r| r.value == d.rule))
                && !s.span.covers(d.span)
        })
    });
    diagnostics.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
    diagnostics
}
