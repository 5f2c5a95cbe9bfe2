//! Machine formats of `attest check`: SARIF 2.1.0 for code scanning, GitHub workflow
//! commands for annotations.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::output::{Report, Streamed};
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::RULES;
use crate::text::{FileId, Span};

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

/// A file path as written for annotations: forward slashes (a backslash separates folders
/// only on Windows), no leading `./`.
fn plain_path(path: &str) -> String {
    let path = if cfg!(windows) { path.replace('\\', "/") } else { path.to_string() };
    path.strip_prefix("./").unwrap_or(&path).to_string()
}

/// A file path as a relative URI reference (SARIF `uri`): the plain path with every byte but
/// the unreserved ones and `/` percent-encoded (`my report.md` is `my%20report.md`).
fn uri(path: &str) -> String {
    let mut out = String::new();
    for &b in plain_path(path).as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn region(report: &Report, file: FileId, span: Span) -> Value {
    let f = report.file(file);
    let start = f.index.line_col(&f.text, span.start);
    let end = f.index.line_col(&f.text, span.end);
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
        "byteOffset": span.start,
        "byteLength": span.len(),
    })
}

fn physical(report: &Report, file: FileId, span: Span) -> Value {
    json!({
        "artifactLocation": { "uri": uri(&report.file(file).path) },
        "region": region(report, file, span),
    })
}

/// The SARIF 2.1.0 log of every finding.
pub fn sarif(reports: &[Report]) -> Streamed<'_> {
    Streamed::Object(vec![
        ("$schema", json!("https://json.schemastore.org/sarif-2.1.0.json").into()),
        ("version", json!("2.1.0").into()),
        ("runs", Streamed::array(move || std::iter::once(sarif_run(reports)))),
    ])
}

/// The one run: the tool with its rules, then every finding, each made as it is written.
fn sarif_run(reports: &[Report]) -> Streamed<'_> {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let doc = r.meta.documentation();
            json!({
                "id": r.meta.name,
                "name": r.meta.name,
                "shortDescription": { "text": r.meta.summary() },
                "fullDescription": { "text": r.meta.summary() },
                "help": { "text": doc, "markdown": doc },
                "defaultConfiguration": { "level": sarif_level(r.meta.default_severity) },
            })
        })
        .collect();
    let driver = json!({
        "name": "attest",
        "version": env!("CARGO_PKG_VERSION"),
        "informationUri": "https://crates.io/crates/attest",
        "rules": rules,
    });
    let results = Streamed::array(move || {
        reports
            .iter()
            .flat_map(|report| report.checked.diagnostics.iter().map(move |d| result(report, d).into()))
    });
    Streamed::Object(vec![
        ("tool", json!({ "driver": driver }).into()),
        ("columnKind", json!("unicodeCodePoints").into()),
        ("results", results),
    ])
}

fn result(report: &Report, d: &Diagnostic) -> Value {
    let index = RULES.iter().position(|r| r.meta.name == d.rule).unwrap_or(0);
    let related: Vec<Value> = d
        .related
        .iter()
        .enumerate()
        .map(|(i, r)| {
            json!({
                "id": i + 1,
                "message": { "text": r.message },
                "physicalLocation": physical(report, r.file, r.span),
            })
        })
        .collect();
    let mut value = json!({
        "ruleId": d.rule,
        "ruleIndex": index,
        "level": sarif_level(d.severity),
        "message": { "text": d.message },
        "locations": [{ "physicalLocation": physical(report, d.file, d.span) }],
    });
    if !related.is_empty() {
        value["relatedLocations"] = Value::Array(related);
    }
    if let Some(fix) = &d.fix {
        let replacements: Vec<Value> = fix
            .edits
            .iter()
            .map(|e| json!({ "deletedRegion": region(report, d.file, e.span), "insertedContent": { "text": e.replacement } }))
            .collect();
        value["fixes"] = json!([{
            "description": { "text": fix.message },
            "artifactChanges": [{
                "artifactLocation": { "uri": uri(&report.file(d.file).path) },
                "replacements": replacements,
            }],
        }]);
    }
    value
}

/// Escapes workflow-command data (`%`, CR, LF) and, for properties, `:` and `,`.
fn escape(text: &str, property: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            _ => out.push(c),
        }
    }
    out
}

/// One GitHub Actions annotation per finding.
pub fn github(out: &mut impl Write, reports: &[Report]) -> io::Result<()> {
    for report in reports {
        for d in &report.checked.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info | Severity::Hint => "notice",
            };
            let f = report.file(d.file);
            let start = f.index.line_col(&f.text, d.span.start);
            let end = f.index.line_col(&f.text, d.span.end);
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape(&plain_path(&f.path), true),
                start.line,
                start.column,
                end.line,
                end.column,
                escape(&format!("attest ({})", d.rule), true),
                escape(&d.message, false),
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("./reports/my report.md"), "reports/my%20report.md");
        assert_eq!(uri("a:b.md"), "a%3Ab.md");
        assert_eq!(uri("pct%20.md"), "pct%2520.md");
        assert_eq!(uri("отчёт.md"), "%D0%BE%D1%82%D1%87%D1%91%D1%82.md");
    }
}
