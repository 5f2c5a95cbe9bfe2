//! Running the rules over a report: parse, build the model, run every rule, apply the
//! suppression comments. Pure: text in, findings out.

use crate::config::{Config, ConfigError};
use crate::diagnostic::Diagnostic;
use crate::model::{Bibliography, Model};
use crate::rules::{Context, InvalidFrontMatter, RULES};
use crate::syntax;
use crate::syntax::bibliography::{self, Format};
use crate::text::FileId;

/// A checked report: its model and its findings, sorted by position.
#[derive(Clone, Debug)]
pub struct Checked {
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
    /// The configuration the rules ran with: the caller's, with the report's `attest:`
    /// front matter on top (hovers and the review page read the same settings).
    pub config: Config,
}

/// Checks one report with the default configuration.
pub fn check(text: &str) -> Checked {
    check_with(text, &Config::default())
}

/// Checks one report with a configuration (the report's own `attest:` settings apply on top).
pub fn check_with(text: &str, config: &Config) -> Checked {
    check_input(text, config, &[])
}

/// A bibliography file as the caller read it: the name as the report writes it, and its text
/// or why it could not be read.
#[derive(Clone, Debug)]
pub struct BibInput<'a> {
    pub name: String,
    pub contents: Result<&'a str, String>,
}

/// The bibliography file names a report lists, in order (`bibliography:`), for the caller
/// to read. Resolve them relative to the report's folder.
pub fn bibliography_names(text: &str) -> Vec<String> {
    let (fm, _, _) = syntax::frontmatter::parse_front_matter(text);
    fm.map(|fm| fm.bibliography.into_iter().map(|b| b.value).collect()).unwrap_or_default()
}

/// Reads the bibliography files of a parsed report from what the caller supplied.
pub fn load_bibliographies(parsed: &syntax::Parsed, inputs: &[BibInput<'_>]) -> Vec<Bibliography> {
    let Some(fm) = &parsed.document.front_matter else { return Vec::new() };
    fm.bibliography
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let file = FileId(i as u32 + 1);
            let mut bib =
                Bibliography { file, name: name.clone(), references: Vec::new(), errors: Vec::new(), unreadable: None };
            match inputs.iter().find(|b| b.name == name.value).map(|b| &b.contents) {
                None => bib.unreadable = Some("not read".to_string()),
                Some(Err(why)) => bib.unreadable = Some(why.clone()),
                Some(Ok(text)) => match Format::of(&name.value) {
                    None => {
                        bib.unreadable = Some(
                            "unknown bibliography format; use .json (CSL-JSON), .yaml or .yml (CSL-YAML), .bib or .bibtex"
                                .to_string(),
                        )
                    }
                    Some(format) => (bib.references, bib.errors) = bibliography::parse(format, text),
                },
            }
            bib
        })
        .collect()
}

/// Checks one report with its bibliography files.
pub fn check_input(text: &str, config: &Config, bibliographies: &[BibInput<'_>]) -> Checked {
    let parsed = syntax::parse(text);
    let bibs = load_bibliographies(&parsed, bibliographies);
    let model = Model::build_with(parsed, bibs);
    let (diagnostics, config) = rules_with_config(text, &model, config);
    Checked { model, diagnostics, config }
}

/// The configuration for one report: `base` with the report's `attest:` front matter on top.
pub fn effective_config(model: &Model, base: &Config) -> (Config, Vec<ConfigError>) {
    let mut config = base.clone();
    let mut errors = Vec::new();
    if let Some(node) =
        model.front_matter().and_then(|fm| fm.root.as_ref()).and_then(|root| root.get("attest"))
    {
        config.apply_front_matter(node, &crate::rules::names(), &mut errors);
    }
    (config, errors)
}

/// Runs every enabled rule on a model at its configured level and drops what suppression
/// comments silence.
pub fn run_rules(text: &str, model: &Model, base: &Config) -> Vec<Diagnostic> {
    rules_with_config(text, model, base).0
}

/// [`run_rules`], also returning the configuration the rules ran with.
fn rules_with_config(text: &str, model: &Model, base: &Config) -> (Vec<Diagnostic>, Config) {
    let (config, config_errors) = effective_config(model, base);
    let ctx = Context { text, model, config: &config };
    let mut diagnostics = Vec::new();
    let front_matter = InvalidFrontMatter::META;
    if let Some(level) = config.level(front_matter.name, front_matter.default_severity) {
        for e in config_errors {
            diagnostics.push(Diagnostic::new(front_matter.name, level, e.span, e.message));
        }
        for bib in &model.bibliographies {
            if let Some(why) = &bib.unreadable {
                let message = format!("cannot read bibliography `{}`: {why}", bib.name.value);
                diagnostics.push(Diagnostic::new(front_matter.name, level, bib.name.span, message));
            }
            for e in &bib.errors {
                diagnostics.push(
                    Diagnostic::new(front_matter.name, level, e.span, e.message.clone())
                        .in_file(bib.file)
                        .with_related(bib.name.span, "bibliography named here"),
                );
            }
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
            d.file == FileId::REPORT
                && s.covers.contains(d.span.start)
                && (s.rules.is_empty() || s.rules.iter().any(|r| r.value == d.rule))
                && !s.span.covers(d.span)
        })
    });
    diagnostics.sort_by(|a, b| {
        (a.file, a.span.start, a.span.end, a.rule).cmp(&(b.file, b.span.start, b.span.end, b.rule))
    });
    (diagnostics, config)
}
