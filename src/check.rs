//! Running the rules over a report: parse, build the model, run every rule, apply the
//! suppression comments. Pure: text in, findings out.

use crate::config::{Config, ConfigError};
use crate::diagnostic::Diagnostic;
use crate::model::{Bibliography, Model};
use crate::rules::{CircularCorroboration, Context, InvalidFrontMatter, RULES, Reach, RuleEntry};
use crate::syntax;
use crate::syntax::Suppression;
use crate::syntax::bibliography::{self, Format};
use crate::text::{FileId, Span};

/// A checked report: its model and its findings, sorted by position.
#[derive(Clone, Debug)]
pub struct Checked {
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
    /// The configuration the rules ran with: the caller's, with the report's `attest:`
    /// front matter on top (hovers and the review page read the same settings).
    pub config: Config,
    /// What was wrong with the report's `attest:` settings (reported as invalid-front-matter
    /// findings); hand them to [`run_pass`] with [`Pass::Global`].
    pub config_errors: Vec<ConfigError>,
}

/// The largest file the command line and the language server read as a report or a
/// bibliography: 32 MiB, some thirty times the longest reports. Reading stops there, so a file
/// that never ends (a device, a pipe) is refused instead of read until memory runs out.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

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
    let (config, config_errors) = effective_config(&model, config);
    let diagnostics = run_pass(text, &model, &config, &config_errors, Pass::All);
    Checked { model, diagnostics, config, config_errors }
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
    let (config, config_errors) = effective_config(model, base);
    run_pass(text, model, &config, &config_errors, Pass::All)
}

/// Which rules to run, and where.
///
/// After an edit that leaves the front matter alone, a caller that keeps the previous
/// findings can run [`Pass::Global`] once and [`Pass::Local`] on the changed region only:
/// the local findings of the rest of the report stay as they were (shifted with the text).
/// `All` gives exactly `Global` and `Local(None)` together.
#[derive(Clone, Copy, Debug)]
pub enum Pass {
    /// Every rule over the whole report.
    All,
    /// The rules of [`Reach::Global`], with the front matter's configuration errors and the
    /// bibliography files' problems.
    Global,
    /// The rules of [`Reach::Local`], reporting the findings whose primary span starts in the
    /// region (`None`: the whole report).
    Local(Option<Span>),
}

impl Pass {
    fn runs(self, reach: Reach) -> bool {
        match self {
            Pass::All => true,
            Pass::Global => reach == Reach::Global,
            Pass::Local(_) => reach == Reach::Local,
        }
    }
}

/// Runs the enabled rules of `pass` with `config` already effective (as [`effective_config`]
/// gives it, or [`Checked::config`]) at their configured levels, drops what suppression
/// comments silence, and sorts by (file, start, end, rule). `config_errors` are the
/// front matter's configuration errors from [`effective_config`] (or
/// [`Checked::config_errors`]); they, and unreadable or broken bibliography files, are
/// reported by `Pass::All` and `Pass::Global` only, so `Pass::Local` may be given `&[]`.
pub fn run_pass(
    text: &str,
    model: &Model,
    config: &Config,
    config_errors: &[ConfigError],
    pass: Pass,
) -> Vec<Diagnostic> {
    let region = match pass {
        Pass::Local(region) => region,
        Pass::All | Pass::Global => None,
    };
    let mut diagnostics = Vec::new();
    let front_matter = InvalidFrontMatter::META;
    if pass.runs(Reach::Global)
        && let Some(level) = config.level(front_matter.name, front_matter.default_severity)
    {
        for e in config_errors {
            diagnostics.push(Diagnostic::new(front_matter.name, level, e.span, e.message.clone()));
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
    let rules: Vec<&RuleEntry> = RULES.iter().filter(|rule| pass.runs(rule.reach)).collect();
    let run = |rules: &[&RuleEntry], diagnostics: &mut Vec<Diagnostic>| {
        let ctx = Context::new(text, model, config, region);
        for rule in rules {
            let Some(level) = config.level(rule.meta.name, rule.meta.default_severity) else { continue };
            let start = diagnostics.len();
            (rule.check)(&ctx, diagnostics);
            for d in &mut diagnostics[start..] {
                d.severity = level;
            }
        }
    };
    // A full check of a long report runs circular-corroboration (the costliest rule, with
    // about half of the work) on a second thread and the other rules on this one. The
    // findings are sorted below, so the order they are joined in does not matter.
    let costliest = |rule: &&&RuleEntry| rule.meta.name == CircularCorroboration::META.name;
    if matches!(pass, Pass::All)
        && model.figures.len() >= RULES_APART_FROM
        && rules.iter().any(|rule| costliest(&rule))
        && crate::text::two_cores()
    {
        let (apart, here): (Vec<&RuleEntry>, Vec<&RuleEntry>) = rules.iter().partition(costliest);
        let later = std::thread::scope(|scope| {
            let later = crate::text::spawn_scoped(scope, || {
                let mut out = Vec::new();
                run(&apart, &mut out);
                out
            });
            run(&here, &mut diagnostics);
            match later {
                Some(later) => later.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                // No second thread: this one runs those rules too.
                None => {
                    let mut out = Vec::new();
                    run(&apart, &mut out);
                    out
                }
            }
        });
        diagnostics.extend(later);
    } else {
        run(&rules, &mut diagnostics);
    }
    suppress(&model.document.suppressions, &mut diagnostics);
    diagnostics.sort_by(|a, b| {
        (a.file, a.span.start, a.span.end, a.rule).cmp(&(b.file, b.span.start, b.span.end, b.rule))
    });
    diagnostics
}

/// Models with this many figures run their rules on two threads (see [`run_pass`]).
const RULES_APART_FROM: usize = 8_000;

/// Drops the findings a suppression comment silences: a finding in the report that starts in
/// the text the comment covers, of a rule it names (or of any rule), unless the finding is
/// about the comment itself.
fn suppress(suppressions: &[Suppression], diagnostics: &mut Vec<Diagnostic>) {
    if suppressions.is_empty() || diagnostics.is_empty() {
        return;
    }
    let silences = |s: &Suppression, d: &Diagnostic| {
        s.covers.contains(d.span.start)
            && (s.rules.is_empty() || s.rules.iter().any(|r| r.value == d.rule))
            && !s.span.covers(d.span)
    };
    // File-wide comments apply everywhere. The others cover a block each: sorted by the start
    // of what they cover, each with the furthest end covered by it or one before it, those
    // covering an offset are found by walking back from the last one starting at or before
    // it, until that furthest end lies behind the offset.
    let (file_wide, mut by_start): (Vec<&Suppression>, Vec<&Suppression>) =
        suppressions.iter().partition(|s| s.file_wide);
    by_start.sort_by_key(|s| s.covers.start);
    let reach: Vec<usize> = by_start
        .iter()
        .scan(0, |end, s| {
            *end = (*end).max(s.covers.end);
            Some(*end)
        })
        .collect();
    diagnostics.retain(|d| {
        if d.file != FileId::REPORT {
            return true;
        }
        let at = d.span.start;
        let last = by_start.partition_point(|s| s.covers.start <= at);
        !(file_wide.iter().any(|s| silences(s, d))
            || (0..last).rev().take_while(|&i| reach[i] > at).any(|i| silences(by_start[i], d)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate;

    /// A long report is read, resolved, checked and freed on two threads where the machine
    /// allows; where the system refuses the second thread, each step does the work itself and
    /// the result is the same.
    #[test]
    fn refused_threads_give_the_same_check() {
        let text = generate::report(1024 * 1024);
        let two = check(&text);
        assert!(
            two.model.figures.len() >= RULES_APART_FROM.max(8_000),
            "the report is long enough for every step to use a second thread"
        );
        let one = crate::text::with_threads_refused(|| check(&text));
        assert_eq!(format!("{:?}", one.model.document), format!("{:?}", two.model.document));
        assert_eq!(format!("{:?}", one.model.figures), format!("{:?}", two.model.figures));
        assert_eq!(format!("{:?}", one.diagnostics), format!("{:?}", two.diagnostics));
        assert!(one.diagnostics.iter().any(|d| d.rule == "circular-corroboration"));
        // Freeing the model falls back to this thread too.
        crate::text::with_threads_refused(|| drop(one));
    }
}
