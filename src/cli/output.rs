//! Presenting findings: rustc-style excerpts for people, versioned JSON for programs.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Element, Group, Level, Origin, Renderer, Snippet};
use serde_json::{Value, json};

use super::files::{Problem, Source, read};
use crate::check::{BibInput, Checked, bibliography_names, check_input};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::{FileId, LineIndex, Span};

/// Version of the JSON documents `attest check --format json` and `attest figures --format json`
/// write. Bumped on any incompatible change.
pub const JSON_VERSION: u32 = 1;

/// Excerpts are cut around the finding when its lines are longer than this many bytes
/// (the renderer itself trims long lines to the terminal width; this only bounds its work).
const LONG: usize = 8192;
/// Bytes kept on each side of the finding in a cut excerpt.
const WINDOW: usize = 160;

/// A file a finding can point into: the report or one of its bibliography files.
pub struct FileText {
    pub path: String,
    pub text: String,
    pub index: LineIndex,
}

impl FileText {
    pub fn new(path: String, text: String) -> FileText {
        let index = LineIndex::new(&text);
        FileText { path, text, index }
    }
}

/// One checked report.
pub struct Report {
    pub path: PathBuf,
    /// The report first, then its bibliography files in `FileId` order.
    pub files: Vec<FileText>,
    pub checked: Checked,
}

impl Report {
    /// Checks a report, reading its bibliography files relative to its folder.
    pub fn check(source: Source, config: &Config) -> Report {
        let dir = source.path.parent().map(Path::to_path_buf).unwrap_or_default();
        let names = bibliography_names(&source.text);
        let mut texts: Vec<(String, Result<String, String>)> = Vec::new();
        for name in names {
            let path = dir.join(&name);
            let contents = read(&path).map_err(|p| format!("{}: {}", path.display(), p.message));
            texts.push((name, contents));
        }
        let inputs: Vec<BibInput<'_>> = texts
            .iter()
            .map(|(name, contents)| BibInput {
                name: name.clone(),
                contents: contents.as_deref().map_err(Clone::clone),
            })
            .collect();
        let checked = check_input(&source.text, config, &inputs);
        let mut files = vec![FileText::new(source.path.display().to_string(), source.text)];
        for (name, contents) in texts {
            files.push(FileText::new(dir.join(name).display().to_string(), contents.unwrap_or_default()));
        }
        Report { path: source.path, files, checked }
    }

    /// [`Report::check`], or a [`Problem`] naming the file when reading it panicked (a bug,
    /// ours or a dependency's): the other files are still checked and the run exits with 2.
    pub fn check_guarded(source: Source, config: &Config) -> Result<Report, Problem> {
        let path = source.path.clone();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Report::check(source, config))).map_err(
            |panic| {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Problem {
                    path,
                    message: format!(
                        "internal error while checking this file ({what}); please report it with the file"
                    ),
                }
            },
        )
    }

    pub fn display_path(&self) -> String {
        self.path.display().to_string()
    }

    /// The report's own text.
    pub fn text(&self) -> &str {
        &self.files[0].text
    }

    /// The file a span is in.
    pub fn file(&self, id: FileId) -> &FileText {
        self.files.get(id.0 as usize).unwrap_or(&self.files[0])
    }
}

/// Totals over all checked files.
pub struct Summary {
    pub files: usize,
    pub figures: usize,
    /// Figures with a source (a citation of a defined reference, [`crate::model::Model::is_sourced`]),
    /// or marked as the author's assessment.
    pub sourced: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub unreadable: usize,
}

impl Summary {
    pub fn of(reports: &[Report], unreadable: usize) -> Summary {
        let mut s = Summary {
            files: reports.len(),
            figures: 0,
            sourced: 0,
            errors: 0,
            warnings: 0,
            infos: 0,
            unreadable,
        };
        for r in reports {
            s.figures += r.checked.model.figures.len();
            let model = &r.checked.model;
            s.sourced += model.figures.iter().filter(|f| f.assessment || model.is_sourced(f)).count();
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
            line.push_str(&format!("; {} could not be checked", plural(self.unreadable, "path")));
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
        for d in &report.checked.diagnostics {
            let rendered = renderer.render(&[group(report, d)]);
            writeln!(out, "{rendered}\n")?;
        }
    }
    Ok(())
}

/// A snippet of `file` around `span`, with the header computed by the renderer unless the
/// excerpt had to be cut (then an explicit origin carries the right column).
fn snippet<'a>(
    file: &'a FileText,
    span: Span,
    kind: AnnotationKind,
    label: Option<&'a str>,
) -> Vec<Element<'a>> {
    let (source, line, rel) = excerpt(&file.text, &file.index, span);
    let cut = file.index.line_start(line - 1) != Some(span.start - rel.start);
    let mut snippet =
        Snippet::source(source).line_start(line).annotation(kind.span(rel.start..rel.end).label(label));
    let mut elements: Vec<Element<'a>> = Vec::new();
    if cut {
        let pos = file.index.line_col(&file.text, span.start);
        elements.push(Origin::path(file.path.as_str()).line(pos.line).char_column(pos.column).into());
    } else {
        snippet = snippet.path(file.path.as_str());
    }
    elements.push(snippet.into());
    elements
}

fn group<'a>(report: &'a Report, d: &'a Diagnostic) -> Group<'a> {
    let file = report.file(d.file);
    let mut elements = snippet(file, d.span, AnnotationKind::Primary, None);
    // Related spans near the primary one join its excerpt; others get their own.
    let (source, _, rel) = excerpt(&file.text, &file.index, d.span);
    let offset = d.span.start - rel.start;
    let mut primary = elements.pop();
    for related in &d.related {
        let near = related.file == d.file
            && related.span.start >= offset
            && related.span.end <= offset + source.len();
        if near {
            if let Some(Element::Cause(snippet)) = primary.take() {
                primary = Some(
                    snippet
                        .annotation(
                            AnnotationKind::Context
                                .span(related.span.start - offset..related.span.end - offset)
                                .label(related.message.as_str()),
                        )
                        .into(),
                );
            }
        }
    }
    elements.extend(primary);
    for related in &d.related {
        let near = related.file == d.file
            && related.span.start >= offset
            && related.span.end <= offset + source.len();
        if !near {
            elements.extend(snippet(
                report.file(related.file),
                related.span,
                AnnotationKind::Context,
                Some(related.message.as_str()),
            ));
        }
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
pub fn location(report: &Report, file: FileId, span: Span) -> Value {
    let f = report.file(file);
    let start = f.index.line_col(&f.text, span.start);
    let end = f.index.line_col(&f.text, span.end);
    json!({
        "file": f.path,
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

/// A JSON document written while it is serialized, so that a run with millions of findings
/// never holds them all as one JSON tree: objects are written with their keys in order (as
/// serde_json's own maps order them, so the output is the same as a `Value`'s) and arrays
/// make their elements one at a time.
pub enum Streamed<'a> {
    Value(Value),
    Object(Vec<(&'static str, Streamed<'a>)>),
    /// Makes the elements each time the array is written.
    Array(Box<dyn Fn() -> Box<dyn Iterator<Item = Streamed<'a>> + 'a> + 'a>),
}

impl<'a> Streamed<'a> {
    pub fn array<I>(make: impl Fn() -> I + 'a) -> Self
    where
        I: Iterator<Item = Streamed<'a>> + 'a,
    {
        Streamed::Array(Box::new(move || Box::new(make())))
    }

    /// Writes the document, pretty-printed and followed by a newline, through a buffer.
    pub fn write(&self, out: impl Write) -> io::Result<()> {
        let mut out = io::BufWriter::new(out);
        serde_json::to_writer_pretty(&mut out, self)?;
        writeln!(out)?;
        out.flush()
    }
}

impl From<Value> for Streamed<'_> {
    fn from(value: Value) -> Self {
        Streamed::Value(value)
    }
}

impl serde::Serialize for Streamed<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Streamed::Value(v) => v.serialize(serializer),
            Streamed::Object(entries) => {
                let mut sorted: Vec<_> = entries.iter().collect();
                sorted.sort_by_key(|(k, _)| *k);
                let mut map = serializer.serialize_map(Some(sorted.len()))?;
                for (k, v) in sorted {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
            Streamed::Array(make) => {
                let mut seq = serializer.serialize_seq(None)?;
                for element in make() {
                    seq.serialize_element(&element)?;
                }
                seq.end()
            }
        }
    }
}

/// One finding of `attest check --format json`.
fn json_diagnostic(r: &Report, d: &Diagnostic) -> Value {
    let related: Vec<Value> = d
        .related
        .iter()
        .map(|rel| merge(json!({ "message": rel.message }), location(r, rel.file, rel.span)))
        .collect();
    let fix = d.fix.as_ref().map(|f| {
        json!({
            "message": f.message,
            "applicability": f.applicability,
            "edits": f.edits.iter().map(|e| merge(json!({ "replacement": e.replacement }), location(r, d.file, e.span))).collect::<Vec<_>>(),
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
        location(r, d.file, d.span),
    )
}

/// The JSON document for `attest check --format json`, each finding made as it is written.
pub fn json<'a>(reports: &'a [Report], problems: &'a [Problem], summary: &Summary) -> Streamed<'a> {
    let files = Streamed::array(move || {
        reports.iter().map(|r| {
            Streamed::Object(vec![
                ("file", json!(r.display_path()).into()),
                (
                    "diagnostics",
                    Streamed::array(move || {
                        r.checked.diagnostics.iter().map(|d| json_diagnostic(r, d).into())
                    }),
                ),
            ])
        })
    });
    Streamed::Object(vec![
        ("version", json!(JSON_VERSION).into()),
        ("column_unit", json!("character").into()),
        ("files", files),
        (
            "errors",
            json!(
                problems
                    .iter()
                    .map(|p| json!({ "file": p.path.display().to_string(), "message": p.message }))
                    .collect::<Vec<_>>()
            )
            .into(),
        ),
        (
            "summary",
            json!({
                "files": summary.files,
                "figures": summary.figures,
                "sourced": summary.sourced,
                "errors": summary.errors,
                "warnings": summary.warnings,
                "infos": summary.infos,
            })
            .into(),
        ),
    ])
}

/// Configuration files that could not be used, with excerpts at each error.
pub fn settings_errors(out: &mut impl Write, errors: &[super::settings::SettingsError]) -> io::Result<()> {
    let renderer = Renderer::styled();
    for e in errors {
        let path = e.path.display().to_string();
        if let Some(io) = &e.io {
            writeln!(out, "error: {path}: {io}")?;
        }
        let file = FileText::new(path.clone(), e.text.clone());
        for ce in &e.errors {
            let title = Level::ERROR.primary_title(format!("invalid configuration: {}", ce.message));
            let group =
                Group::with_title(title).elements(snippet(&file, ce.span, AnnotationKind::Primary, None));
            writeln!(out, "{}\n", renderer.render(&[group]))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flawed() -> Report {
        let text = include_str!("../../examples/flawed.md").to_string();
        Report::check(Source { path: PathBuf::from("examples/flawed.md"), text }, &Config::default())
    }

    fn written(doc: &Streamed) -> String {
        let mut out = Vec::new();
        doc.write(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The streamed documents are written exactly as serde_json writes the same document held
    /// as a `Value` (keys in order, same layout), and may be written more than once.
    #[test]
    fn streamed_documents_are_written_as_their_values() {
        let reports = [flawed(), flawed()];
        let summary = Summary::of(&reports, 0);
        for doc in [json(&reports, &[], &summary), super::super::formats::sarif(&reports)] {
            let value = serde_json::to_value(&doc).unwrap();
            let expected = format!("{}\n", serde_json::to_string_pretty(&value).unwrap());
            assert_eq!(written(&doc), expected);
            assert_eq!(written(&doc), expected, "written a second time");
            assert!(expected.matches("\"rule").count() > 20, "the example's findings are in it");
        }
    }

    /// The entry `key` of a streamed object.
    fn entry<'d, 'a>(doc: &'d Streamed<'a>, key: &str) -> &'d Streamed<'a> {
        let Streamed::Object(entries) = doc else { panic!("not an object") };
        &entries.iter().find(|(k, _)| *k == key).expect(key).1
    }

    /// The findings are made while the documents are written, never held in them as one tree.
    #[test]
    fn findings_are_made_as_they_are_written() {
        let reports = [flawed()];
        let summary = Summary::of(&reports, 0);
        assert!(matches!(entry(&json(&reports, &[], &summary), "files"), Streamed::Array(_)));
        let sarif = super::super::formats::sarif(&reports);
        let Streamed::Array(runs) = entry(&sarif, "runs") else { panic!("runs are an array") };
        let run = runs().next().expect("one run");
        assert!(matches!(entry(&run, "results"), Streamed::Array(_)));
    }
}
