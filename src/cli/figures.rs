//! `attest figures`: every figure with its reading.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{Value, json};

use super::FiguresFormat;
use super::files::{Source, read};
use super::output::{JSON_VERSION, Report, Streamed, location};
use crate::config::Config;
use crate::model::FigureInfo;
use crate::text::FileId;

pub fn run(paths: &[PathBuf], format: FiguresFormat) -> std::io::Result<ExitCode> {
    let mut reports = Vec::new();
    let mut failed = false;
    for path in paths {
        if path.is_dir() {
            eprintln!(
                "error: {}: is a directory; `attest figures` takes report files (`attest check` walks directories)",
                path.display()
            );
            failed = true;
            continue;
        }
        match read(path) {
            Ok(text) => {
                match Report::check_guarded(Source { path: path.clone(), text }, &Config::default()) {
                    Ok(report) => reports.push(report),
                    Err(problem) => {
                        eprintln!("error: {problem}");
                        failed = true;
                    }
                }
            }
            Err(problem) => {
                eprintln!("error: {problem}");
                failed = true;
            }
        }
    }
    // Rows are made as they are written (twice for the table, which sizes its columns first), so
    // a report with millions of figures is never held as one JSON tree.
    let rows = || reports.iter().flat_map(|r| r.checked.model.figures.iter().map(move |f| row(r, f)));
    let mut out = anstream::stdout().lock();
    match format {
        FiguresFormat::Json => {
            Streamed::Object(vec![
                ("version", json!(JSON_VERSION).into()),
                ("column_unit", json!("character").into()),
                ("figures", Streamed::array(move || rows().map(Streamed::from))),
            ])
            .write(&mut out)?;
        }
        FiguresFormat::Csv => {
            writeln!(
                out,
                "file,line,column,start,end,text,low,high,approx,unit,kind,sourced,sources,quantity"
            )?;
            for r in rows() {
                let fields: Vec<String> = [
                    "file", "line", "column", "start", "end", "text", "low", "high", "approx", "unit",
                    "kind", "sourced",
                ]
                .iter()
                .map(|k| csv_field(&plain(&r[*k])))
                .chain([csv_field(&sources_text(&r["sources"], false)), csv_field(&plain(&r["quantity"]))])
                .collect();
                writeln!(out, "{}", fields.join(","))?;
            }
        }
        FiguresFormat::Table => table(&mut out, &rows().collect::<Vec<_>>())?,
    }
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

fn row(report: &Report, info: &FigureInfo) -> Value {
    let f = &info.figure;
    let model = &report.checked.model;
    let sources: Vec<Value> = info
        .sources
        .iter()
        .map(|s| {
            json!({
                "id": s.key,
                "defined": model.definitions.contains_key(&*s.key),
                "locator": s.locator.as_ref().map(|l| json!({ "label": l.label, "value": l.value })),
                "via": s.via,
            })
        })
        .collect();
    let mut value = json!({
        "file": report.display_path(),
        "text": crate::syntax::as_read(f.span.slice(report.text())),
        "low": f.low,
        "high": f.high,
        "approx": f.approx,
        "unit": f.unit,
        "kind": f.kind,
        "sourced": model.is_sourced(info),
        "assessment": info.assessment,
        "sources": sources,
        "quantity": info.quantity.as_ref().map(|q| q.value.clone()),
        "part_of": info.part_of.as_ref().map(|q| q.value.clone()),
    });
    if let (Value::Object(v), Value::Object(loc)) = (&mut value, location(report, FileId::REPORT, f.span)) {
        v.extend(loc);
    }
    value
}

/// A JSON scalar as plain text (`null` as empty).
fn plain(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `mfa-2026 p. 4; interfax`; with `undefined`, a key no reference defines is marked
/// (`zz (undefined)`).
fn sources_text(v: &Value, undefined: bool) -> String {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|s| {
                    let text = match &s["locator"] {
                        Value::Null => plain(&s["id"]),
                        l => format!("{} {} {}", plain(&s["id"]), plain(&l["label"]), plain(&l["value"])),
                    };
                    if undefined && s["defined"] == false { format!("{text} (undefined)") } else { text }
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default()
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

fn number(v: &Value) -> String {
    match v.as_f64() {
        None => "…".to_string(),
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", x as i64),
        Some(x) => format!("{x}"),
    }
}

fn table(out: &mut impl Write, rows: &[Value]) -> std::io::Result<()> {
    let header = ["location", "figure", "low", "high", "≈", "unit", "kind", "sources", "quantity"];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                format!("{}:{}:{}", plain(&r["file"]), r["line"], r["column"]),
                plain(&r["text"]),
                number(&r["low"]),
                number(&r["high"]),
                if r["approx"] == true { "≈".into() } else { String::new() },
                plain(&r["unit"]),
                plain(&r["kind"]),
                if r["assessment"] == true {
                    "(assessment)".into()
                } else if r["sources"].as_array().is_some_and(|s| !s.is_empty()) {
                    sources_text(&r["sources"], true)
                } else {
                    "NONE".into()
                },
                plain(&r["quantity"]),
            ]
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, row: &[String]| -> std::io::Result<()> {
        let padded: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        writeln!(out, "{}", padded.join("  ").trim_end())
    };
    line(out, &header.map(String::from))?;
    for row in &cells {
        line(out, row)?;
    }
    Ok(())
}
