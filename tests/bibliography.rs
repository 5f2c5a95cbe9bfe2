//! Bibliography files through the real binary: a report whose sources live in BibLaTeX,
//! CSL-JSON and CSL-YAML files checks exactly like the same report with its references
//! inline; inline references win over file entries; broken and missing files are reported
//! where they are, and the report is still checked.

mod common;

use common::attest;
use serde_json::Value;

const DIR: &str = "tests/fixtures/bibliography";

/// `attest check --format json` on one report of the fixture folder.
fn check(report: &str) -> (Value, Vec<Value>) {
    let path = format!("{DIR}/{report}");
    let run = attest(&["check", "--format", "json", &path]);
    assert!(run.code == 0 || run.code == 1, "{report}: exit {}\n{}{}", run.code, run.stdout, run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    let diagnostics = doc["files"][0]["diagnostics"].as_array().cloned().unwrap_or_default();
    (doc, diagnostics)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(common::root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Where the Markdown body starts: after the front matter's closing `---` line.
fn body_start(text: &str) -> usize {
    let close = text[3..].find("\n---\n").expect("front matter") + 3;
    close + "\n---\n".len()
}

/// What a finding says, independent of where its source is written: rule, severity and
/// message; for a finding in the report's body, also the text it points at.
fn shape(report_path: &str, report: &str, d: &Value) -> String {
    let mut shape = format!("{} {} {}", d["rule"], d["severity"], d["message"]);
    let start = d["start"].as_u64().unwrap() as usize;
    let end = d["end"].as_u64().unwrap() as usize;
    if d["file"] == report_path && start >= body_start(report) {
        shape.push_str(&format!(" at {:?}", &report[start..end]));
    }
    shape
}

fn shapes(report: &str) -> Vec<String> {
    let path = format!("{DIR}/{report}");
    let text = read(&path);
    let (_, diagnostics) = check(report);
    let mut shapes: Vec<String> = diagnostics.iter().map(|d| shape(&path, &text, d)).collect();
    shapes.sort();
    shapes
}

#[test]
fn file_sources_check_exactly_like_inline_ones() {
    let inline = shapes("inline.md");
    let files = shapes("files.md");
    assert_eq!(files, inline);
    // The comparison means something: every source rule speaks, and so do the body's rules.
    for rule in [
        "incomplete-source",
        "unrated-source",
        "future-source",
        "stale-source",
        "circular-corroboration",
        "unconfirmed-credibility",
        "unknown-via",
        "unsourced-figure",
        "unknown-source",
    ] {
        assert!(files.iter().any(|s| s.starts_with(&format!("\"{rule}\""))), "{rule} missing in {files:#?}");
    }
}

#[test]
fn findings_about_file_entries_point_into_their_files() {
    let (_, diagnostics) = check("files.md");
    let at = |rule: &str| {
        let d = diagnostics.iter().find(|d| d["rule"] == rule).unwrap_or_else(|| panic!("no {rule}"));
        let file = d["file"].as_str().unwrap().to_string();
        let text = read(&file);
        let span = &text[d["start"].as_u64().unwrap() as usize..d["end"].as_u64().unwrap() as usize];
        (file.rsplit('/').next().unwrap().to_string(), d["line"].as_u64().unwrap(), span.to_string())
    };
    assert_eq!(at("unconfirmed-credibility"), ("sources.bib".to_string(), 8, "1".to_string()));
    assert_eq!(at("stale-source"), ("sources.bib".to_string(), 14, "2023".to_string()));
    assert_eq!(at("future-source"), ("sources.json".to_string(), 17, "\"2026-05\"".to_string()));
    assert_eq!(at("unrated-source"), ("sources.yaml".to_string(), 3, "satp-2026".to_string()));
    assert_eq!(at("incomplete-source"), ("sources.yaml".to_string(), 10, "local-2026".to_string()));
    assert_eq!(at("unknown-via"), ("sources.yaml".to_string(), 15, "unama-2026".to_string()));
    // A related span in the report: the citation the finding is about.
    let unconfirmed = diagnostics.iter().find(|d| d["rule"] == "unconfirmed-credibility").unwrap();
    assert_eq!(unconfirmed["related"][0]["file"], format!("{DIR}/files.md"));
}

#[test]
fn inline_references_override_file_entries() {
    let (_, diagnostics) = check("override.md");
    let incomplete: Vec<(&str, &str, u64)> = diagnostics
        .iter()
        .filter(|d| d["rule"] == "incomplete-source")
        .map(|d| (d["message"].as_str().unwrap(), d["file"].as_str().unwrap(), d["line"].as_u64().unwrap()))
        .collect();
    let report = format!("{DIR}/override.md");
    assert_eq!(incomplete, [("source `tass-2026` is missing `issued`", report.as_str(), 13)]);
    assert!(!diagnostics.iter().any(|d| d["rule"] == "unknown-source"));
}

#[test]
fn broken_files_are_reported_in_place_and_the_report_is_still_checked() {
    let (_, diagnostics) = check("broken.md");
    let errors: Vec<(String, u64, u64, &str)> = diagnostics
        .iter()
        .filter(|d| d["rule"] == "invalid-front-matter")
        .map(|d| {
            let file = d["file"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
            (file, d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap(), d["message"].as_str().unwrap())
        })
        .collect();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert_eq!((errors[0].0.as_str(), errors[0].1, errors[0].2), ("broken.bib", 9, 3));
    assert!(errors[0].3.starts_with("invalid BibTeX: expected `,`"), "{}", errors[0].3);
    assert_eq!((errors[1].0.as_str(), errors[1].1, errors[1].2), ("broken.json", 11, 14));
    assert!(errors[1].3.starts_with("invalid JSON"), "{}", errors[1].3);
    assert_eq!((errors[2].0.as_str(), errors[2].1, errors[2].2), ("broken.yaml", 3, 10));
    assert!(errors[2].3.starts_with("invalid YAML"), "{}", errors[2].3);
    for d in diagnostics.iter().filter(|d| d["rule"] == "invalid-front-matter") {
        assert_eq!(d["related"][0]["message"], "bibliography named here");
        assert_eq!(d["related"][0]["file"], format!("{DIR}/broken.md"));
    }
    // The report is still checked, and the entries read before each error still resolve.
    assert!(diagnostics.iter().any(|d| d["rule"] == "unsourced-figure"));
    assert!(!diagnostics.iter().any(|d| d["rule"] == "unknown-source"), "{diagnostics:#?}");
}

#[test]
fn a_missing_file_is_one_error_on_its_line() {
    let (_, diagnostics) = check("missing.md");
    let unreadable: Vec<&Value> =
        diagnostics.iter().filter(|d| d["rule"] == "invalid-front-matter").collect();
    assert_eq!(unreadable.len(), 1, "{diagnostics:#?}");
    let d = unreadable[0];
    assert_eq!(d["file"], format!("{DIR}/missing.md"));
    assert_eq!(d["line"], 5);
    let message = d["message"].as_str().unwrap();
    assert!(message.starts_with("cannot read bibliography `no-such-file.bib`"), "{message}");
    // The other file is read and the body checked.
    assert!(diagnostics.iter().any(|d| d["rule"] == "unsourced-figure"));
    assert!(!diagnostics.iter().any(|d| d["rule"] == "unknown-source"));
}

#[test]
fn human_output_shows_the_bibliography_file() {
    let run = attest(&["check", &format!("{DIR}/files.md")]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains(&format!("{DIR}/sources.bib:8:18")), "{}", run.stdout);
    assert!(run.stdout.contains(&format!("{DIR}/sources.json:17:15")), "{}", run.stdout);
    assert!(run.stdout.contains(&format!("{DIR}/sources.yaml:15:8")), "{}", run.stdout);
}

/// Grades in a bibliography file are checked as in the front matter, and reported in the file.
#[test]
fn grades_in_files_are_checked_where_they_are_written() {
    let dir = common::temp_dir("bib-grades");
    std::fs::write(
        dir.join("refs.json"),
        r#"[{"id":"x","type":"report","title":"X","publisher":"P","issued":{"date-parts":[[2025]]},"reliability":"b","credibility":7,"via":["y"]},
{"id":"y","type":"report","title":"Y","publisher":"P","issued":{"date-parts":[[2025]]}}]"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("refs.bib"),
        "@report{z,\n  title = {Z},\n  institution = {P},\n  year = {2025},\n  reliability = {G},\n  credibility = {2}\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("r.md"),
        "---\nbibliography: [refs.json, refs.bib]\n---\nThe group has 500 members [@x; @y; @z].\n",
    )
    .unwrap();
    let run = common::attest_in(&dir, &["check", "--format", "json", "r.md"]);
    let doc: Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    let found: Vec<(String, String)> = doc["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "invalid-front-matter")
        .map(|d| (d["file"].as_str().unwrap().to_string(), d["message"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found.iter().any(|(f, m)| f.ends_with("refs.json") && m.contains("reliability `b`")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|(f, m)| f.ends_with("refs.json") && m.contains("credibility `7`")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|(f, m)| f.ends_with("refs.bib") && m.contains("reliability `G`")),
        "{found:#?}"
    );
}
