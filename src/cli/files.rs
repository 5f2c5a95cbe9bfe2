//! Finding and reading reports.

use std::fmt;
use std::path::{Path, PathBuf};

use super::settings::{Loader, Settings};
use crate::check::MAX_FILE_BYTES;
use crate::syntax::frontmatter::parse_front_matter;

/// A report read from disk.
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

/// A path that could not be checked.
pub struct Problem {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "md" | "markdown" | "mdown" | "mkd"))
}

/// Reads a file as UTF-8, describing what went wrong otherwise.
pub fn read(path: &Path) -> Result<String, Problem> {
    let problem = |message: String| Problem { path: path.to_path_buf(), message };
    let input = std::fs::File::open(path).map_err(|e| problem(describe(&e)))?;
    read_text(input).map_err(problem)
}

/// Reads text of at most [`MAX_FILE_BYTES`] (a file, standard input), describing what went
/// wrong otherwise.
pub fn read_text(input: impl std::io::Read) -> Result<String, String> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut input.take(MAX_FILE_BYTES + 1), &mut bytes).map_err(|e| describe(&e))?;
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!("binary file (NUL byte at offset {at}); not a report"));
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let mib = MAX_FILE_BYTES >> 20;
        return Err(format!("larger than {mib} MiB; attest reads files of up to {mib} MiB"));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not valid UTF-8 (first bad byte at offset {at}); is this a binary file?")
    })
}

fn describe(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "is a directory; give a report file".to_string(),
        _ => err.to_string(),
    }
}

/// The reports named by `paths`: files as given, directories walked (respecting .gitignore)
/// for Markdown files whose front matter declares a report. Sorted by path.
pub fn collect(paths: &[PathBuf], settings: &mut Loader) -> (Vec<Source>, Vec<Problem>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            // `-` is standard input only with `--stdin-filename` (handled before this).
            Err(_) if path.as_os_str() == "-" => problems.push(Problem {
                path: path.clone(),
                message: "standard input is checked only with `--stdin-filename NAME` (NAME decides the \
                          configuration, bibliography paths and output): `attest check --stdin-filename \
                          report.md -`"
                    .to_string(),
            }),
            Err(e) => problems.push(Problem { path: path.clone(), message: describe(&e) }),
            Ok(meta) if meta.is_dir() => {
                let root = settings.for_dir(path);
                walk(path, &root, settings, &mut sources, &mut problems)
            }
            Ok(_) => match read(path) {
                Ok(text) => sources.push(Source { path: path.clone(), text }),
                Err(p) => problems.push(p),
            },
        }
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    sources.dedup_by(|a, b| a.path == b.path);
    (sources, problems)
}

/// The reports under `dir` that both the configuration of the walk's folder (`root`) and the
/// nearest `attest.toml` above each file select with their `include` / `exclude`: a nested
/// file's `exclude` holds when the walk starts higher up, and so does the top one's.
fn walk(
    dir: &Path,
    root: &Settings,
    settings: &mut Loader,
    sources: &mut Vec<Source>,
    problems: &mut Vec<Problem>,
) {
    let walker = ignore::WalkBuilder::new(dir).require_git(false).build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = match &err {
                    ignore::Error::WithPath { path, .. } => path.clone(),
                    _ => dir.to_path_buf(),
                };
                problems.push(Problem { path, message: format!("cannot read: {}", io_cause(&err)) });
                continue;
            }
        };
        let path = entry.path();
        if !entry.file_type().is_some_and(|t| t.is_file())
            || !is_markdown(path)
            || !root.selects(path)
            || !settings.for_file(path).selects(path)
        {
            continue;
        }
        match read(path) {
            Ok(text) => {
                if declares_report(&text) {
                    sources.push(Source { path: path.to_path_buf(), text });
                }
            }
            Err(p) => problems.push(p),
        }
    }
}

fn io_cause(err: &ignore::Error) -> String {
    match err.io_error() {
        Some(io) => describe(io),
        None => err.to_string(),
    }
}

/// The front matter has `references`, `bibliography` or `attest` (see
/// [`crate::syntax::frontmatter::FrontMatter::declares_report`]).
fn declares_report(text: &str) -> bool {
    parse_front_matter(text).0.is_some_and(|fm| fm.declares_report)
}
