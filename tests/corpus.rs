//! The readings of a corpus of reports, through the real binary: every figure `attest figures`
//! finds in each report of `tests/corpus/`, one line each, as an insta snapshot per report.
//!
//! The corpus holds reports written for this project in many genres (conflict tallies, budgets,
//! trade and energy statistics, humanitarian appeals, court and election reports, tables), each
//! read by a person figure by figure. The snapshots record what attest reads today, right or
//! wrong: they are a change detector, not a statement of what is correct. A change to the
//! recognizer shows here as a diff; judge each changed line against its sentence before
//! accepting it (`cargo insta review`). tests/recognizer.rs holds the readings known right.

mod common;

use common::{attest, root};
use std::fmt::Write as _;

fn number(v: &serde_json::Value) -> String {
    v.as_f64().map(|v| format!("{v}")).unwrap_or_default()
}

/// One figure as a line: `LINE:COLUMN [text] interval kind unit`, the interval written as in
/// tests/recognizer.rs (`~` approximate, `low..high`, an empty side open).
fn describe(f: &serde_json::Value) -> String {
    let (low, high) = (&f["low"], &f["high"]);
    let interval = if !low.is_null() && low == high {
        number(low)
    } else {
        format!("{}..{}", number(low), number(high))
    };
    format!(
        "{}:{} [{}] {}{interval} {} {}",
        f["line"],
        f["column"],
        f["text"].as_str().unwrap_or_default(),
        if f["approx"] == true { "~" } else { "" },
        f["kind"].as_str().unwrap_or_default(),
        f["unit"].as_str().unwrap_or("-"),
    )
}

#[test]
fn corpus_readings() {
    let dir = root().join("tests/corpus");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .map(|e| e.expect("a directory entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".md"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the corpus holds its reports: {files:?}");
    let paths: Vec<String> = files.iter().map(|f| format!("tests/corpus/{f}")).collect();
    let mut args = vec!["figures", "--format", "json"];
    args.extend(paths.iter().map(String::as_str));
    let run = attest(&args);
    assert_eq!(run.code, 0, "attest figures runs on the corpus: {}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");
    let figures = json["figures"].as_array().expect("a figures array");
    for (file, path) in files.iter().zip(&paths) {
        let mine: Vec<&serde_json::Value> = figures.iter().filter(|f| f["file"] == path.as_str()).collect();
        assert!(!mine.is_empty(), "{path}: every corpus report has figures");
        let mut out = String::new();
        for f in mine {
            writeln!(out, "{}", describe(f)).unwrap();
        }
        let name = file.trim_end_matches(".md");
        insta::assert_snapshot!(name, out);
    }
}
