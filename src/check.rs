//! Running the rules over a report: parse, build the model, run every rule, apply the
//! suppression comments. Pure: text in, findings out.

use crate::diagnostic::Diagnostic;
use crate::model::Model;
use crate::config::{Config, ConfigError};
use crate::rules::{Context, InvalidFrontMatter, RULES};
use crate::syntax;

/// A checked report: its model and its findings, sorted by position.
#[derive(Clone, Debug)]
pub struct Checked {
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks one report with the default configuration.
pub fn check(text: &str) -> Checked {
    check_with(text, &Config::default())
}

/// Checks one report with a configuration (the report's own `attest:` settings apply on top).
pub fn check_with(text: &str, config: &Config) -> Checked {
    let model = Model::build(syntax::parse(text));
    let diagnostics = run_rules(text, &model, config);
    Checked { model, diagnostics }
}

/// The configuration for one report: `base` with the report's `attest:` front matter on top.
pub fn effective_config(model: &Model, base: &Config) -> (Config, Vec<ConfigError>) {
    let mut config = base.clone();
    let mut errors = Vec::new();
    if let Some(node) = model.front_matter().and_then(|fm| fm.root.as_ref()).and_then(|root| root.get("attest")) {
        config.apply_front_matter(node, &crate::rules::names(), &mut errors);
    }
    (config, errors)
}

/// Runs every enabled rule on a model at its configured level and drops what suppression
/// comments silence.
pub fn run_rules(text: &str, model: &Model, base: &Config) -> Vec<Diagnostic> {
    let (config, config_errors) = effective_config(model, base);
    let ctx = Context { text, model, config: &config };
    let mut diagnostics = Vec::new();
    let front_matter = InvalidFrontMatter::META;
    if let Some(level) = config.level(front_matter.name, front_matter.default_severity) {
        for e in config_errors {
            diagnostics.push(Diagnostic::new(front_matter.name, level, e.span, e.message));
        }
    }
    for rule in RULES {
        let Some(level) = config.level(rule.meta.name, rule.meta.default_severity) else { continue };
        let start = diagnostics.len();
        (rule.check)(&ctx, &mut diagnostics);
        for d in &mut diagnostics[start..] {
            d.severity = level;
        }
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
