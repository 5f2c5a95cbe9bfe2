//! The workspace as the server sees it on disk: `attest.toml` per folder, the editor's
//! settings on top, bibliography files, and the reports of the workspace folders.
//!
//! Settings apply in this order, each on top of the one before: the defaults, the nearest
//! `attest.toml` at or above the report's folder (stopping at the repository root, a folder
//! holding `.git`, as the command line does), the editor's settings (initialization options
//! and `workspace/didChangeConfiguration`), the report's own `attest:` front matter.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use ropey::Rope;
use serde_json::Value as Json;

use crate::check::MAX_FILE_BYTES;
use crate::config::{Config, ConfigError};
use crate::syntax::frontmatter::parse_front_matter;
use crate::syntax::yaml::{Node, Value};
use crate::text::Span;

pub const CONFIG_FILE: &str = "attest.toml";

/// A loaded `attest.toml`.
pub struct Loaded {
    pub path: PathBuf,
    pub text: String,
    /// Its settings, or the defaults when it has errors.
    pub config: Config,
    pub errors: Vec<ConfigError>,
    /// Set when the file could not be read.
    pub io: Option<String>,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl Loaded {
    fn read(path: &Path) -> Loaded {
        let (text, io) = match std::fs::read_to_string(path) {
            Ok(text) => (text, None),
            Err(e) => (String::new(), Some(e.to_string())),
        };
        let (config, mut errors) = match Config::from_toml(&text, &crate::rules::names()) {
            Ok(config) => (config, Vec::new()),
            Err(errors) => (Config::default(), errors),
        };
        let mut globs = |patterns: &[String]| -> Option<GlobSet> {
            if patterns.is_empty() {
                return None;
            }
            let mut builder = GlobSetBuilder::new();
            for p in patterns {
                match Glob::new(p) {
                    Ok(glob) => {
                        builder.add(glob);
                    }
                    Err(e) => errors
                        .push(ConfigError { span: Span::at(0), message: format!("bad glob `{p}`: {e}") }),
                }
            }
            builder.build().ok()
        };
        let include = globs(&config.include);
        let exclude = globs(&config.exclude);
        Loaded { path: path.to_path_buf(), text, config, errors, io, include, exclude }
    }

    /// Whether a file found by walking the workspace is selected by `include` / `exclude`.
    fn selects(&self, path: &Path) -> bool {
        let root = self.path.parent().unwrap_or(Path::new(""));
        let rel = path.strip_prefix(root).unwrap_or(path);
        self.include.as_ref().is_none_or(|g| g.is_match(rel))
            && !self.exclude.as_ref().is_some_and(|g| g.is_match(rel))
    }

    /// Whether the file is unusable (unreadable or with errors).
    pub fn has_problems(&self) -> bool {
        self.io.is_some() || !self.errors.is_empty()
    }
}

/// The settings for one report.
pub struct Settings {
    /// `attest.toml` with the editor's settings on top (the report's front matter is applied
    /// by the check).
    pub config: Config,
    /// The `attest.toml` they came from.
    pub file: Option<Arc<Loaded>>,
}

/// What the server knows of the workspace on disk, with caches dropped when files change.
#[derive(Default)]
pub struct Workspace {
    pub folders: Vec<PathBuf>,
    /// The editor's settings, as JSON with the keys of attest.toml.
    overrides: Option<Json>,
    /// The `attest.toml` governing each folder asked about (`None`: there is none).
    found: HashMap<PathBuf, Option<PathBuf>>,
    loaded: HashMap<PathBuf, Arc<Loaded>>,
    /// Bibliography files read from disk.
    disk: HashMap<PathBuf, Result<(Arc<str>, Rope), String>>,
}

impl Workspace {
    /// Sets the editor's settings; returns what is wrong with them (those keys are ignored).
    pub fn set_overrides(&mut self, settings: Option<Json>) -> Vec<String> {
        let settings = settings.map(|s| match s {
            // Editors often send every extension's settings keyed by section.
            Json::Object(mut map) if map.get("attest").is_some_and(Json::is_object) => {
                map.remove("attest").unwrap_or_default()
            }
            other => other,
        });
        let settings = settings.filter(|s| !s.is_null() && s.as_object().is_none_or(|m| !m.is_empty()));
        let mut probe = Config::default();
        let errors = match &settings {
            Some(s) => apply_overrides(&mut probe, s),
            None => Vec::new(),
        };
        self.overrides = settings;
        errors
    }

    /// The settings for a report in `dir` (`None` for an unsaved report: the defaults and
    /// the editor's settings).
    pub fn settings(&mut self, dir: Option<&Path>) -> Settings {
        let file = dir.and_then(|d| self.config_file(d));
        let mut config = file.as_ref().map_or_else(Config::default, |f| f.config.clone());
        if let Some(overrides) = &self.overrides {
            apply_overrides(&mut config, overrides);
        }
        Settings { config, file }
    }

    fn config_file(&mut self, dir: &Path) -> Option<Arc<Loaded>> {
        let path = match self.found.get(dir) {
            Some(found) => found.clone(),
            None => {
                let found = find_config(dir);
                self.found.insert(dir.to_path_buf(), found.clone());
                found
            }
        }?;
        let loaded = self.loaded.entry(path.clone()).or_insert_with(|| Arc::new(Loaded::read(&path)));
        Some(loaded.clone())
    }

    /// Reads a bibliography file from disk, once until it changes.
    pub fn read_bibliography(&mut self, path: &Path) -> Result<(Arc<str>, Rope), String> {
        if let Some(cached) = self.disk.get(path) {
            return cached.clone();
        }
        let read = read_text(path).map(|text| {
            let rope = Rope::from_str(&text);
            (Arc::from(text), rope)
        });
        self.disk.insert(path.to_path_buf(), read.clone());
        read
    }

    /// Forgets what was read from `path`; returns whether it was an `attest.toml`.
    pub fn invalidate(&mut self, path: &Path) -> bool {
        self.disk.remove(path);
        if path.file_name().is_some_and(|n| n == CONFIG_FILE) {
            self.found.clear();
            self.loaded.clear();
            return true;
        }
        false
    }

    /// Forgets everything read from disk.
    pub fn invalidate_all(&mut self) {
        self.disk.clear();
        self.found.clear();
        self.loaded.clear();
    }

    /// The workspace folders with the `attest.toml` that selects their files.
    pub fn folders(&mut self) -> Vec<(PathBuf, Option<Arc<Loaded>>)> {
        let folders = self.folders.clone();
        folders
            .into_iter()
            .map(|f| {
                let selection = self.config_file(&f);
                (f, selection)
            })
            .collect()
    }
}

/// The reports in the workspace folders: Markdown files (respecting .gitignore and the
/// folders' `include` / `exclude`) whose front matter declares a report, at most `limit`,
/// read. `skip` tells which files not to read (the open ones).
pub fn reports(
    folders: &[(PathBuf, Option<Arc<Loaded>>)],
    limit: usize,
    skip: impl Fn(&Path) -> bool,
    cancelled: impl Fn() -> bool,
) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for (folder, selection) in folders {
        for entry in ignore::WalkBuilder::new(folder).require_git(false).build().flatten() {
            if out.len() >= limit || cancelled() {
                return out;
            }
            let path = entry.path();
            let markdown = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                matches!(e.to_ascii_lowercase().as_str(), "md" | "markdown" | "mdown" | "mkd")
            });
            if !markdown || !entry.file_type().is_some_and(|t| t.is_file()) || skip(path) {
                continue;
            }
            if selection.as_ref().is_some_and(|s| !s.selects(path)) {
                continue;
            }
            let Ok(text) = read_text(path) else { continue };
            if declares_report(&text) {
                out.push((path.to_path_buf(), text));
            }
        }
    }
    out
}

/// The nearest `attest.toml` at or above `dir`, stopping at the repository root.
fn find_config(dir: &Path) -> Option<PathBuf> {
    let mut current = Some(dir);
    while let Some(d) = current {
        let candidate = d.join(CONFIG_FILE);
        if candidate.is_file() {
            return Some(candidate);
        }
        if d.join(".git").exists() {
            return None;
        }
        current = d.parent();
    }
    None
}

/// A file as UTF-8 text, or why not.
pub fn read_text(path: &Path) -> Result<String, String> {
    let describe = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{}: no such file or directory", path.display()),
        _ => format!("{}: {e}", path.display()),
    };
    let mut bytes = Vec::new();
    let file = std::fs::File::open(path).map_err(describe)?;
    std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_FILE_BYTES + 1), &mut bytes)
        .map_err(describe)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!("{} is larger than {} MiB", path.display(), MAX_FILE_BYTES >> 20));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!("{}: not valid UTF-8 (at byte {})", path.display(), e.utf8_error().valid_up_to())
    })
}

/// The front matter has `references`, `bibliography` or `attest` (see
/// [`crate::syntax::frontmatter::FrontMatter::declares_report`]).
pub fn declares_report(text: &str) -> bool {
    parse_front_matter(text).0.is_some_and(|fm| fm.declares_report)
}

/// Applies the editor's settings (a JSON object with the keys of attest.toml) on top of a
/// configuration; returns the problems, whose keys are left as they were.
pub fn apply_overrides(config: &mut Config, settings: &Json) -> Vec<String> {
    let Json::Object(map) = settings else {
        return vec!["attest settings must be an object with the keys of attest.toml".to_string()];
    };
    let mut errors = Vec::new();
    let mut rest = Vec::new();
    for (key, value) in map {
        let strings = |v: &Json| -> Option<Vec<String>> {
            v.as_array()?.iter().map(|s| s.as_str().map(str::to_string)).collect()
        };
        match key.as_str() {
            "include" | "exclude" => match strings(value) {
                Some(list) if key == "include" => config.include = list,
                Some(list) => config.exclude = list,
                None => errors.push(format!("`{key}` must be a list of glob patterns")),
            },
            _ => rest.push((node(&Json::String(key.clone())), node(value))),
        }
    }
    let mut config_errors = Vec::new();
    config.apply_front_matter(
        &Node { span: Span::at(0), value: Value::Map(rest) },
        &crate::rules::names(),
        &mut config_errors,
    );
    errors.extend(config_errors.into_iter().map(|e| e.message));
    errors
}

/// JSON as the YAML tree the configuration reader takes.
fn node(json: &Json) -> Node {
    let value = match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Json::String(s) => Value::Str(s.clone()),
        Json::Array(items) => Value::List(items.iter().map(node).collect()),
        Json::Object(map) => {
            Value::Map(map.iter().map(|(k, v)| (node(&Json::String(k.clone())), node(v))).collect())
        }
    };
    Node { span: Span::at(0), value }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;
    use crate::tradecraft::Scale;

    #[test]
    fn overrides_take_the_keys_of_attest_toml() {
        let mut config = Config::default();
        let settings = serde_json::json!({
            "scale": "phia",
            "tolerance": 0.2,
            "rules": { "unsourced-figure": "error", "unused-source": "off" },
            "exclude": ["drafts/**"],
        });
        assert!(apply_overrides(&mut config, &settings).is_empty());
        assert_eq!(config.scale, Scale::Phia);
        assert_eq!(config.tolerance, 0.2);
        assert_eq!(config.level("unsourced-figure", Severity::Warning), Some(Severity::Error));
        assert_eq!(config.level("unused-source", Severity::Warning), None);
        assert_eq!(config.exclude, vec!["drafts/**".to_string()]);

        let errors = apply_overrides(&mut config, &serde_json::json!({ "colour": "red", "tolerance": 3 }));
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(config.tolerance, 0.2);
    }

    #[test]
    fn settings_nested_under_attest_are_unwrapped() {
        let mut ws = Workspace::default();
        let errors = ws.set_overrides(Some(serde_json::json!({ "attest": { "scale": "kent" } })));
        assert!(errors.is_empty());
        assert_eq!(ws.settings(None).config.scale, Scale::Kent);
        ws.set_overrides(None);
        assert_eq!(ws.settings(None).config.scale, Config::default().scale);
    }
}
