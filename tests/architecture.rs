//! The dependency direction `text ← syntax ← model ← rules ← ide ← {lsp, cli}` and the purity
//! of the core, checked on the source text.

use std::path::{Path, PathBuf};

/// Each core module and the crate modules it may use.
const LAYERS: &[(&str, &[&str])] = &[
    ("text", &[]),
    ("tradecraft", &[]),
    ("diagnostic", &["text"]),
    ("syntax", &["text", "tradecraft"]),
    ("model", &["text", "syntax", "tradecraft"]),
    ("config", &["text", "syntax", "diagnostic", "tradecraft"]),
    ("rules", &["text", "syntax", "model", "diagnostic", "config", "tradecraft"]),
    ("check", &["text", "syntax", "model", "rules", "diagnostic", "config", "tradecraft"]),
    ("recheck", &["text", "syntax", "model", "rules", "diagnostic", "config", "tradecraft", "check"]),
    ("ide", &["text", "syntax", "model", "rules", "diagnostic", "config", "tradecraft", "check"]),
];

/// Crates and APIs the core must not touch: IO, async, terminals, editors.
const FORBIDDEN: &[&str] = &[
    "tokio",
    "clap",
    "tower_lsp",
    "lsp_types",
    "ls_types",
    "tower_service",
    "ropey",
    "anstream",
    "annotate_snippets",
    "ignore::",
    "std::fs",
    "std::io::stdin",
    "std::io::stdout",
    "std::net",
    "std::process",
    "std::env",
    "println!",
    "eprintln!",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The files of a module: `src/NAME.rs` and everything under `src/NAME/`.
fn module_files(src: &Path, name: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let single = src.join(format!("{name}.rs"));
    if single.exists() {
        files.push(single);
    }
    rust_files(&src.join(name), &mut files);
    files
}

/// Source without `//` comments, so documentation may name anything.
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

#[test]
fn core_modules_depend_only_downward_and_do_no_io() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let all: Vec<&str> = [
        "text",
        "tradecraft",
        "diagnostic",
        "syntax",
        "model",
        "config",
        "rules",
        "check",
        "recheck",
        "ide",
        "cli",
        "lsp",
    ]
    .to_vec();
    let mut problems = Vec::new();
    for (module, allowed) in LAYERS {
        for file in module_files(&src, module) {
            let code = code_of(&file);
            for other in &all {
                if other == module || allowed.contains(other) {
                    continue;
                }
                if code.contains(&format!("crate::{other}")) {
                    problems.push(format!("{} uses crate::{other}", file.display()));
                }
            }
            for forbidden in FORBIDDEN {
                if code.contains(forbidden) {
                    problems.push(format!("{} uses {forbidden}", file.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "dependency direction broken:\n{}", problems.join("\n"));
}

#[test]
fn the_check_finds_a_planted_violation() {
    // The scan itself must be able to fail: a core file that imports clap is caught.
    let code = "use clap::Parser;\nfn f() { crate::cli::main(); }";
    assert!(FORBIDDEN.iter().any(|f| code.contains(f)));
    assert!(code.contains("crate::cli"));
}
