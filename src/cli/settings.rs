//! Finding and reading `attest.toml`: from a report's folder upward, stopping at the
//! repository root (a folder holding `.git`), or the file named by `--config`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::config::{Config, ConfigError};
use crate::rules::names;

pub const FILE_NAME: &str = "attest.toml";

/// A configuration file that could not be used.
pub struct SettingsError {
    pub path: PathBuf,
    pub text: String,
    pub errors: Vec<ConfigError>,
    /// Set when the file itself could not be read.
    pub io: Option<String>,
}

/// A loaded configuration and where it came from.
#[derive(Clone)]
pub struct Settings {
    pub config: Config,
    /// The folder include/exclude globs are relative to.
    pub root: PathBuf,
    #[allow(dead_code)]
    pub file: Option<PathBuf>,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl Settings {
    fn new(config: Config, root: PathBuf, file: Option<PathBuf>) -> Result<Settings, String> {
        let set = |patterns: &[String]| -> Result<Option<GlobSet>, String> {
            if patterns.is_empty() {
                return Ok(None);
            }
            let mut builder = GlobSetBuilder::new();
            for p in patterns {
                for form in gitignore_forms(p) {
                    // `*` stays within a folder, as in .gitignore; `**` crosses folders.
                    let glob = GlobBuilder::new(&form).literal_separator(true).build();
                    builder.add(glob.map_err(|e| format!("bad glob `{p}`: {e}"))?);
                }
            }
            builder.build().map(Some).map_err(|e| e.to_string())
        };
        let include = set(&config.include)?;
        let exclude = set(&config.exclude)?;
        Ok(Settings { config, root, file, include, exclude })
    }

    /// Whether a file found by a directory walk is selected by `include` / `exclude`.
    pub fn selects(&self, path: &Path) -> bool {
        let abs = absolute(path);
        let rel = abs.strip_prefix(&self.root).unwrap_or(&abs);
        self.include.as_ref().is_none_or(|g| g.is_match(rel))
            && !self.exclude.as_ref().is_some_and(|g| g.is_match(rel))
    }
}

/// `path` made absolute, with `.` and `..` resolved as written (not through symbolic links):
/// `--config ../attest.toml` from `repo/docs` has its root at `repo`, and the files a walk
/// finds are compared with it.
/// The globs a pattern stands for, read as .gitignore reads it: a folder's name covers what it
/// holds (`drafts` is `drafts` and `drafts/**`), a pattern without a `/` inside matches at any
/// depth (`drafts` is also `**/drafts/**`), and a leading `/` anchors it to the folder of
/// `attest.toml`.
fn gitignore_forms(pattern: &str) -> Vec<String> {
    let trimmed = pattern.trim_end_matches('/');
    let anchored = trimmed.starts_with('/') || trimmed.trim_start_matches('/').contains('/');
    let p = trimmed.trim_start_matches('/');
    let mut forms = vec![p.to_string(), format!("{p}/**")];
    if !anchored {
        forms.push(format!("**/{p}"));
        forms.push(format!("**/{p}/**"));
    }
    forms
}

fn absolute(path: &Path) -> PathBuf {
    use std::path::Component;
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for part in abs.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Loads settings per folder, caching what it found.
pub struct Loader {
    explicit: Option<Settings>,
    cache: HashMap<PathBuf, Settings>,
    /// Each configuration file is read once.
    files: HashMap<PathBuf, Settings>,
    pub errors: Vec<SettingsError>,
}

impl Loader {
    /// With `--config FILE`, that file applies everywhere.
    pub fn new(explicit: Option<&Path>) -> Loader {
        let mut loader =
            Loader { explicit: None, cache: HashMap::new(), files: HashMap::new(), errors: Vec::new() };
        if let Some(path) = explicit {
            let root = absolute(path).parent().map(Path::to_path_buf).unwrap_or_default();
            loader.explicit = Some(loader.load_file(path, root));
        }
        loader
    }

    fn load_file(&mut self, path: &Path, root: PathBuf) -> Settings {
        let fallback = || Settings::new(Config::default(), root.clone(), None).expect("no globs");
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                self.errors.push(SettingsError {
                    path: path.to_path_buf(),
                    text: String::new(),
                    errors: Vec::new(),
                    io: Some(e.to_string()),
                });
                return fallback();
            }
        };
        match Config::from_toml(&text, &names()) {
            Ok(config) => match Settings::new(config, root.clone(), Some(path.to_path_buf())) {
                Ok(settings) => settings,
                Err(message) => {
                    self.errors.push(SettingsError {
                        path: path.to_path_buf(),
                        text,
                        errors: Vec::new(),
                        io: Some(message),
                    });
                    fallback()
                }
            },
            Err(errors) => {
                self.errors.push(SettingsError { path: path.to_path_buf(), text, errors, io: None });
                fallback()
            }
        }
    }

    /// The settings for files in `dir`: the nearest `attest.toml` at or above it, stopping
    /// at the repository root; the defaults when there is none.
    pub fn for_dir(&mut self, dir: &Path) -> Settings {
        if let Some(settings) = &self.explicit {
            return settings.clone();
        }
        let dir = absolute(dir);
        if let Some(found) = self.cache.get(&dir) {
            return found.clone();
        }
        let mut current = Some(dir.as_path());
        let mut settings = None;
        while let Some(d) = current {
            let candidate = d.join(FILE_NAME);
            if candidate.is_file() {
                let loaded = match self.files.get(&candidate) {
                    Some(s) => s.clone(),
                    None => {
                        let s = self.load_file(&candidate, d.to_path_buf());
                        self.files.insert(candidate, s.clone());
                        s
                    }
                };
                settings = Some(loaded);
                break;
            }
            if d.join(".git").exists() {
                break;
            }
            current = d.parent();
        }
        let settings = settings
            .unwrap_or_else(|| Settings::new(Config::default(), dir.clone(), None).expect("no globs"));
        self.cache.insert(dir, settings.clone());
        settings
    }

    /// The settings for a report file.
    pub fn for_file(&mut self, path: &Path) -> Settings {
        let dir = absolute(path).parent().map(Path::to_path_buf).unwrap_or_default();
        self.for_dir(&dir)
    }
}
