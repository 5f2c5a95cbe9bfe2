//! `attest check` for CI: SARIF (validated against the official schema), GitHub annotations,
//! rule selection, standard input, fixes, many files at once.
#![allow(clippy::print_stderr)]

mod common;

use common::{attest, attest_in, root, temp_dir};
use serde_json::Value;
use std::process::Command;

fn json_findings(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["check", "--format", "json"];
    all.extend(args);
    let run = attest(&all);
    let doc: Value = serde_json::from_str(&run.stdout).expect("JSON");
    doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap().clone())
        .collect()
}

/// Runs the schema validator; `None` when it is not installed (outside CI).
fn validate_sarif(path: &std::path::Path) -> Option<std::process::Output> {
    let validator = root().join("tests/sarif");
    if !validator.join("node_modules/@microsoft/jest-sarif").exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install the SARIF validator (npm ci --prefix tests/sarif)"
        );
        eprintln!("skipped: SARIF validator not installed (npm ci --prefix tests/sarif)");
        return None;
    }
    Some(Command::new("node").arg(validator.join("validate.js")).arg(path).output().expect("node runs"))
}

#[test]
fn sarif_validates_against_the_schema() {
    let run = attest(&["check", "--format", "sarif", "examples/", "examples/flawed.md"]);
    assert_eq!(run.code, 1);
    let log: Value = serde_json::from_str(&run.stdout).unwrap();
    let sarif_run = &log["runs"][0];
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(sarif_run["columnKind"], "unicodeCodePoints");
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), attest::rules::RULES.len());
    assert!(rules[0]["help"]["text"].as_str().unwrap().contains("## What it does"));
    let results = sarif_run["results"].as_array().unwrap();
    assert_eq!(results.len(), json_findings(&["examples/", "examples/flawed.md"]).len());
    let region = &results[0]["locations"][0]["physicalLocation"]["region"];
    for key in ["startLine", "startColumn", "endLine", "endColumn", "byteOffset", "byteLength"] {
        assert!(region.get(key).is_some(), "region lacks {key}");
    }
    assert!(results.iter().any(|r| r.get("relatedLocations").is_some()));

    let dir = temp_dir("sarif");
    let good = dir.join("good.sarif");
    std::fs::write(&good, &run.stdout).unwrap();
    let Some(output) = validate_sarif(&good) else { return };
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));

    // The validator can fail: a log with an unknown level is rejected.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = Value::String("fatal".into());
    let bad = dir.join("bad.sarif");
    std::fs::write(&bad, serde_json::to_string(&broken).unwrap()).unwrap();
    let output = validate_sarif(&bad).unwrap();
    assert!(!output.status.success(), "an invalid log passed validation");
}

#[test]
fn github_annotations_one_per_finding_at_the_right_place() {
    let run = attest(&["check", "--format", "github", "examples/flawed.md"]);
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let findings = json_findings(&["examples/flawed.md"]);
    assert_eq!(lines.len(), findings.len());
    for (line, f) in lines.iter().zip(&findings) {
        let level = match f["severity"].as_str().unwrap() {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        let expected = format!(
            "::{level} file=examples/flawed.md,line={},col={},endLine={},endColumn={},title=attest (",
            f["line"], f["column"], f["end_line"], f["end_column"]
        );
        assert!(line.starts_with(&expected), "{line}\n{expected}");
        assert!(line.contains(f["rule"].as_str().unwrap()));
    }
}

#[test]
fn select_and_ignore_rules() {
    let only = json_findings(&["--select", "inverted-range,unknown-rule", "examples/flawed.md"]);
    assert!(!only.is_empty());
    assert!(only.iter().all(|f| f["rule"] == "inverted-range" || f["rule"] == "unknown-rule"));
    let without = json_findings(&["--ignore", "unsourced-figure", "examples/flawed.md"]);
    assert!(without.iter().all(|f| f["rule"] != "unsourced-figure"));
    assert!(without.len() < json_findings(&["examples/flawed.md"]).len());
    let run = attest(&["check", "--select", "no-such-rule", "examples/flawed.md"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no rule named `no-such-rule`"));
}

#[test]
fn stdin_with_a_file_name() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_attest"))
        .args(["check", "--stdin-filename", "examples/piped.md", "-"])
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"---\nreferences: []\n---\nAbout 3,000 fighters remain.\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout.contains("examples/piped.md:4:1"), "{stdout}");
    assert!(stdout.contains("[unsourced-figure]"), "{stdout}");
}

#[test]
fn fix_applies_safe_fixes_converges_and_keeps_the_rest() {
    let dir = temp_dir("fix");
    let copy = dir.join("flawed.md");
    std::fs::copy(root().join("examples/flawed.md"), &copy).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let before = json_findings(&[copy.to_str().unwrap()]);
    let diff = attest_in(&dir, &["check", "--diff", "flawed.md"]);
    assert_eq!(diff.code, 1, "a diff with changes exits 1");
    assert!(
        diff.stdout.contains("+Al-Qaida is said to have between 400 and 1,500 members"),
        "{}",
        diff.stdout
    );
    assert_eq!(
        std::fs::read_to_string(&copy).unwrap(),
        std::fs::read_to_string(root().join("examples/flawed.md")).unwrap()
    );

    let run = attest_in(&dir, &["check", "--fix", "flawed.md"]);
    assert!(run.stdout.contains("Fixed 3 findings in 1 file."), "{}", run.stdout);
    let after = json_findings(&[copy.to_str().unwrap()]);
    let fixed_rules: Vec<&str> = ["inverted-range", "invalid-front-matter", "accidental-math"].to_vec();
    // The safe fixes' findings are gone; everything without a safe fix is still there.
    for f in &before {
        let safe = f["fix"]["applicability"] == "safe";
        let still = after.iter().any(|g| g["rule"] == f["rule"] && g["message"] == f["message"]);
        assert_eq!(still, !safe, "{f}");
        if safe {
            assert!(fixed_rules.contains(&f["rule"].as_str().unwrap()));
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o640);
    }
    // A second run changes nothing.
    let text = std::fs::read_to_string(&copy).unwrap();
    let again = attest_in(&dir, &["check", "--fix", "flawed.md"]);
    assert!(again.stdout.contains("Fixed 0 findings in 0 files."), "{}", again.stdout);
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), text);
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn unsafe_fixes_only_on_request() {
    let dir = temp_dir("unsafe-fix");
    let copy = dir.join("flawed.md");
    std::fs::copy(root().join("examples/flawed.md"), &copy).unwrap();
    let run = attest_in(&dir, &["check", "--fix", "--unsafe-fixes", "flawed.md"]);
    assert!(run.code == 1, "{}", run.stdout);
    let text = std::fs::read_to_string(&copy).unwrap();
    assert!(text.contains("<!-- attest-ignore unsourced-figure -->\nThe Islamic Movement"), "{text}");
    assert!(!text.contains("id: durrani-2026"), "the unused source is removed");
}

#[test]
fn many_files_are_checked_in_parallel_with_stable_output() {
    let dir = temp_dir("many");
    let report = std::fs::read_to_string(root().join("examples/afghanistan-2026.md")).unwrap();
    for i in 0..300 {
        std::fs::write(dir.join(format!("report-{i:03}.md")), &report).unwrap();
    }
    let run = attest_in(&dir, &["check", "--format", "json", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    let files: Vec<&str> =
        doc["files"].as_array().unwrap().iter().map(|f| f["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 300);
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
}

/// `--fix` prints what is left in the chosen format (the count of fixes on standard error),
/// writes through a symbolic link, and `--diff` exits 0 when it has nothing to show; the
/// review page never replaces the report.
#[test]
fn fix_in_any_format_through_links_and_review_refuses_its_report() {
    let dir = temp_dir("fix-formats");
    std::fs::copy(root().join("examples/flawed.md"), dir.join("real.md")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("real.md", dir.join("link.md")).unwrap();
    #[cfg(not(unix))]
    std::fs::copy(dir.join("real.md"), dir.join("link.md")).unwrap();
    let run = attest_in(&dir, &["check", "--fix", "--format", "json", "link.md"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON on standard output");
    assert!(json["summary"].is_object(), "{json}");
    assert!(run.stderr.contains("Fixed 3 findings in 1 file."), "{}", run.stderr);
    let real = std::fs::read_to_string(dir.join("real.md")).unwrap();
    assert!(real.contains("between 400 and 1,500 members"), "the linked report is fixed");
    #[cfg(unix)]
    assert!(std::fs::symlink_metadata(dir.join("link.md")).unwrap().file_type().is_symlink());
    let diff = attest_in(&dir, &["check", "--diff", "real.md"]);
    assert_eq!((diff.code, diff.stdout.as_str()), (0, ""), "{}", diff.stderr);

    let review = attest_in(&dir, &["review", "real.md", "-o", "./real.md"]);
    assert_eq!(review.code, 2);
    assert_eq!(std::fs::read_to_string(dir.join("real.md")).unwrap(), real);
}

/// A caption written the word processor's way (`Table 3: …`) is a paragraph to pandoc; its
/// findings point at it, and only the unsafe fix makes it the table's caption.
#[test]
fn a_numbered_table_label_becomes_a_caption_only_on_request() {
    let dir = temp_dir("near-caption");
    let report = "---\nreferences:\n  - id: poe\n    type: report\n    title: Final report\n    publisher: UN\n    issued: 2025\n---\n\nTable 3: Seizures by route [@poe]\n\n| Route | Seizures |\n|---|---:|\n| Red Sea | 1,240 |\n| Gulf of Aden | 310 |\n";
    std::fs::write(dir.join("r.md"), report).unwrap();
    let before = json_findings(&[dir.join("r.md").to_str().unwrap()]);
    assert_eq!(before.len(), 2, "{before:?}");
    for f in &before {
        assert_eq!(f["rule"], "unsourced-figure");
        assert_eq!(f["fix"]["applicability"], "unsafe", "{f}");
        assert_eq!(f["related"][0]["line"], 10, "{f}");
    }
    let safe = attest_in(&dir, &["check", "--fix", "r.md"]);
    assert!(safe.stdout.contains("Fixed 0 findings"), "{}", safe.stdout);
    assert_eq!(std::fs::read_to_string(dir.join("r.md")).unwrap(), report);
    let run = attest_in(&dir, &["check", "--fix", "--unsafe-fixes", "r.md"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let fixed = std::fs::read_to_string(dir.join("r.md")).unwrap();
    assert_eq!(fixed, report.replace("\nTable 3:", "\nTable: Table 3:"));
    assert!(json_findings(&[dir.join("r.md").to_str().unwrap()]).is_empty());
}
