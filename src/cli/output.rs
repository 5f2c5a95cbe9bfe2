//! Presenting findings: rustc-style excerpts for people, versioned JSON for programs.

use std::io::{self, Write};
use std::path::PathBuf;

use annotate_snippets::{AnnotationKind, Element, Group, Level, Origin, Renderer, Snippet};
use serde_json::{Value, json};

use super::files::{Problem, Source};
use crate::check::{Checked, check};
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::{LineIndex, Span};

/// Version of the JSON documents `attest check --format json` and `attest figures --format json`
/// write. Bumped on any incompatible change.
pub const JSON_VERSION: u32 = 1;

/// Excerpts are cut around the finding when its lines are longer than this many bytes
/// (the renderer itself trims long lines to the terminal width; this only bounds its work).
const LONG: usize = 8192;
/// Bytes kept on each side of the finding in a cut excerpt.
const WINDOW: usize = 160;

/// One checked file.
pub struct Report {
    pub path: PathBuf,
    pub text: String,
    pub index: LineIndex,
    pub checked: Checked,
}

impl Report {
    pub fn check(source: Source) -> Report {
        let checked = check(&source.text);
        let index = LineIndex::new(&source.text);
        Report { path: source.path, text: source.text, index, checked }
    }

    pub fn display_path(&self) -> String {
        self.path.display().to_string()
    }
}

/// Totals over all checked files.
pub struct Summary {
    pub files: usize,
    pub figures: usize,
    /// Figures with a source, or marked as the author's assessment.
    pub sourced: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub unreadable: usize,
}

impl Summary {
    pub fn of(reports: &[Report], unreadable: usize) -> Summary {
        let mut s = Summary { files: reports.len(), figures: 0, sourced: 0, errors: 0, warnings: 0, infos: 0, unreadable };
        for r in reports {
            s.figures += r.checked.model.figures.len();
            s.sourced += r.checked.model.figures.iter().filter(|f| f.is_sourced() || f.assessment).count();
            for d in &r.checked.diagnostics {
                match d.severity {
                    Severity::Error => s.errors += 1,
                    Severity::Warning => s.warnings += 1,
                    Severity::Info | Severity::Hint => s.infos += 1,
                }
            }
        }
        s
    }

    /// "2 files checked: 41 figures, 37 sourced (90%); 1 error, 2 warnings".
    pub fn line(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let share = if self.figures == 0 {
            String::new()
        } else {
            format!(" ({:.0}%)", 100.0 * self.sourced as f64 / self.figures as f64)
        };
        let mut line = format!(
            "{} checked: {}, {} sourced{share}; {}, {}",
            plural(self.files, "file"),
            plural(self.figures, "figure"),
            self.sourced,
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
        );
        if self.infos > 0 {
            line.push_str(&format!(", {}", plural(self.infos, "note")));
        }
        if self.unreadable > 0 {
            line.push_str(&format!("; {} could not be read", plural(self.unreadable, "path")));
        }
        line
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info | Severity::Hint => Level::INFO,
    }
}

/// The lines around `span`, cut to a window when they are very long: the excerpt's text,
/// its first line number, and the span relative to the excerpt.
fn excerpt<'t>(text: &'t str, index: &LineIndex, span: Span) -> (&'t str, usize, Span) {
    let first = index.line_of(span.start);
    let last = index.line_of(span.end.saturating_sub(1).max(span.start));
    let start = index.line_start(first).unwrap_or(0);
    let end = index.line_span(text, last).map_or(text.len(), |s| s.end).max(span.end.min(text.len()));
    let (mut start, mut end) = (start, end);
    if end - start > LONG {
        start = start.max(span.start.saturating_sub(WINDOW));
        end = end.min(span.end + WINDOW);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        // Keep the excerpt to whole lines of the window: cut at line breaks inside it.
        if let Some(nl) = text[start..span.start].rfind('\n') {
            start += nl + 1;
        }
    }
    let line = index.line_of(start) + 1;
    (&text[start..end], line, Span::new(span.start - start, span.end.min(end) - start))
}

/// Writes every finding of every report, rustc style.
pub fn human(out: &mut impl Write, reports: &[Report]) -> io::Result<()> {
    let renderer = Renderer::styled();
    for report in reports {
        let path = report.display_path();
        for d in &report.checked.diagnostics {
            let rendered = renderer.render(&[group(report, &path, d)]);
            writeln!(out, "{rendered}\n")?;
        }
    }
    Ok(())
}

fn group<'a>(report: &'a Report, path: &'a str, d: &'a Diagnostic) -> Group<'a> {
    let text = report.text.as_str();
    let pos = report.index.line_col(text, d.span.start);
    let (source, line, rel) = excerpt(text, &report.index, d.span);
    // A cut excerpt does not start at a line start: the header then comes from an explicit
    // origin, since the renderer would count columns from the cut.
    let cut = report.index.line_start(line - 1) != Some(d.span.start - rel.start);
    let mut snippet = Snippet::source(source)
        .line_start(line)
        .annotation(AnnotationKind::Primary.span(rel.start..rel.end));
    if !cut {
        snippet = snippet.path(path);
    }
    let mut elsewhere = Vec::new();
    for related in &d.related {
        let inside = related.span.start >= d.span.start.saturating_sub(rel.start)
            && related.span.end <= d.span.start - rel.start + source.len();
        if inside {
            let offset = d.span.start - rel.start;
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(related.span.start - offset..related.span.end - offset)
                    .label(related.message.as_str()),
            );
        } else {
            elsewhere.push(related);
        }
    }
    let mut elements: Vec<Element<'a>> = Vec::new();
    if cut {
        elements.push(Origin::path(path).line(pos.line).char_column(pos.column).into());
    }
    elements.push(snippet.into());
    for related in elsewhere {
        let at = report.index.line_col(text, related.span.start);
        let (source, line, rel) = excerpt(text, &report.index, related.span);
        let _ = at;
        elements.push(
            Snippet::source(source)
                .line_start(line)
                .path(path)
                .annotation(AnnotationKind::Context.span(rel.start..rel.end).label(related.message.as_str()))
                .into(),
        );
    }
    if let Some(fix) = &d.fix {
        let kind = match fix.applicability {
            crate::diagnostic::Applicability::Safe => "fix",
            crate::diagnostic::Applicability::Unsafe => "unsafe fix",
        };
        elements.push(Level::HELP.message(format!("{kind} available: {}", fix.message)).into());
    }
    Group::with_title(level(d.severity).primary_title(d.message.as_str()).id(d.rule)).elements(elements)
}

/// Line and column (1-based, columns in characters) plus byte offsets of a span.
pub fn location(report: &Report, span: Span) -> Value {
    let start = report.index.line_col(&report.text, span.start);
    let end = report.index.line_col(&report.text, span.end);
    json!({
        "line": start.line,
        "column": start.column,
        "end_line": end.line,
        "end_column": end.column,
        "start": span.start,
        "end": span.end,
    })
}

fn merge(mut base: Value, extra: Value) -> Value {
    if let (Value::Object(a), Value::Object(b)) = (&mut base, extra) {
        a.extend(b);
    }
    base
}

/// The JSON document for `attest check --format json`.
pub fn json(reports: &[Report], problems: &[Problem], summary: &Summary) -> Value {
    let files: Vec<Value> = reports
        .iter()
        .map(|r| {
            let diagnostics: Vec<Value> = r
                .checked
                .diagnostics
                .iter()
                .map(|d| {
                    let related: Vec<Value> = d
                        .related
                        .iter()
                        .map(|rel| merge(json!({ "message": rel.message }), location(r, rel.span)))
                        .collect();
                    let fix = d.fix.as_ref().map(|f| {
                        json!({
                            "message": f.message,
                            "applicability": f.applicability,
                            "edits": f.edits.iter().map(|e| merge(json!({ "replacement": e.replacement }), location(r, e.span))).collect::<Vec<_>>(),
                        })
                    });
                    merge(
                        json!({
                            "rule": d.rule,
                            "severity": d.severity,
                            "message": d.message,
                            "related": related,
                            "fix": fix,
                        }),
                        location(r, d.span),
                    )
                })
                .collect();
            json!({ "file": r.display_path(), "diagnostics": diagnostics })
        })
        .collect();
    json!({
        "version": JSON_VERSION,
        "column_unit": "character",
        "files": files,
        "errors": problems.iter().map(|p| json!({ "file": p.path.display().to_string(), "message": p.message })).collect::<Vec<_>>(),
        "summary": {
            "files": summary.files,
            "figures": summary.figures,
            "sourced": summary.sourced,
            "errors": summary.errors,
            "warnings": summary.warnings,
            "infos": summary.infos,
        },
    })
}
