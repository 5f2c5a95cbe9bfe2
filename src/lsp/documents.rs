//! Open documents: the text the editor holds, changed at ingress in message order (see
//! `ordering`), and the latest analysis of each report.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use ropey::Rope;
use tokio::sync::watch;
use tower_lsp_server::ls_types as lsp;
use tower_lsp_server::ls_types::Uri;

use super::convert::{self, Encoding, FileText, Files};
use crate::check::{BibInput, Checked, check_input};
use crate::config::Config;
use crate::ide::Analysis;
use crate::recheck::recheck;
use crate::syntax::{TextEdit, common_prefix, common_suffix};
use crate::text::LineIndex;

/// One open document.
pub struct Document {
    /// Tells apart two openings of the same URI.
    pub id: u64,
    pub version: i32,
    pub rope: Rope,
    /// The file, for `file:` URIs.
    pub path: Option<PathBuf>,
    /// Checked as a report (Markdown); other documents (bibliography files, attest.toml) are
    /// only held for their text.
    pub is_report: bool,
    /// The latest analysis, for the reports; requests wait here for their version's.
    pub outcome: watch::Sender<Option<Outcome>>,
    /// A check task is running for this document.
    pub checking: bool,
    /// The configuration or a bibliography file changed since the last check.
    pub stale: bool,
    /// The bibliography files the last check read.
    pub bibliographies: Vec<PathBuf>,
}

/// The result of checking one version.
#[derive(Clone)]
pub struct Outcome {
    pub version: i32,
    /// The analysis, or why the check failed (a panic, reported to the client's log).
    pub result: Result<Arc<Analyzed>, Arc<str>>,
}

/// A report checked at one version, with everything requests need: no request re-checks.
pub struct Analyzed {
    pub version: i32,
    /// Changes whenever the findings may have: a new version, configuration or bibliography.
    pub result_id: String,
    pub encoding: Encoding,
    pub text: String,
    pub lines: LineIndex,
    pub checked: Checked,
    /// The configuration the report was checked with (its own `attest:` settings included).
    pub config: Config,
    /// The report (first) and its bibliography files, by `FileId`.
    pub files: Vec<FileText>,
    /// The bibliography files' texts, by `FileId` − 1 (empty when unreadable).
    pub bibliography_texts: Vec<Arc<str>>,
    /// The findings converted once, in the order of `checked.diagnostics`.
    pub diagnostics: Vec<lsp::Diagnostic>,
}

impl Analyzed {
    pub fn files(&self) -> Files<'_> {
        Files { encoding: self.encoding, files: &self.files }
    }

    /// Runs an editor feature on this analysis.
    pub fn with<R>(&self, f: impl FnOnce(&Analysis<'_>) -> R) -> R {
        let bibliographies: Vec<&str> = self.bibliography_texts.iter().map(|t| &**t).collect();
        let analysis = Analysis {
            text: &self.text,
            lines: &self.lines,
            checked: &self.checked,
            config: &self.config,
            bibliographies: &bibliographies,
        };
        f(&analysis)
    }
}

/// A bibliography file as read for a check.
pub struct Bibliography {
    /// As the report names it.
    pub name: String,
    pub path: Option<PathBuf>,
    pub uri: Option<Uri>,
    /// The text (and its rope), or why it could not be read.
    pub contents: Result<(Arc<str>, Rope), String>,
}

/// What to check: a snapshot of a document.
pub struct Job {
    pub version: i32,
    pub rope: Rope,
    pub path: Option<PathBuf>,
    /// The analysis of an earlier version with the same settings and bibliography files, to
    /// check again from rather than from scratch.
    pub previous: Option<Arc<Analyzed>>,
}

static RESULTS: AtomicU64 = AtomicU64::new(1);

/// Checks a report. Pure apart from the result id counter; the caller gathered the
/// configuration and the bibliography files.
/// `text` is the job's rope as a string.
pub fn analyze(
    uri: &Uri,
    job: Job,
    text: String,
    config: &Config,
    bibliographies: Vec<Bibliography>,
    encoding: Encoding,
) -> Analyzed {
    let inputs: Vec<BibInput<'_>> = bibliographies
        .iter()
        .map(|b| BibInput {
            name: b.name.clone(),
            contents: b.contents.as_ref().map(|(t, _)| &**t).map_err(Clone::clone),
        })
        .collect();
    let checked = check_input(&text, config, &inputs);
    drop(inputs);
    let lines = LineIndex::new(&text);
    let mut files = vec![FileText::new(Some(uri.clone()), job.rope)];
    let mut bibliography_texts = Vec::with_capacity(bibliographies.len());
    for b in bibliographies {
        let (text, rope) = b.contents.unwrap_or_else(|_| (Arc::from(""), Rope::new()));
        files.push(FileText::new(b.uri, rope));
        bibliography_texts.push(text);
    }
    finish(job.version, encoding, text, lines, checked, files, bibliography_texts)
}

/// An analysis from a check: the findings converted for the protocol, a new result id.
fn finish(
    version: i32,
    encoding: Encoding,
    text: String,
    lines: LineIndex,
    checked: Checked,
    files: Vec<FileText>,
    bibliography_texts: Vec<Arc<str>>,
) -> Analyzed {
    // Editors attach to every Markdown file; one whose front matter declares no report
    // (`references`, `bibliography` or `attest`) gets no findings, as in a directory walk.
    let diagnostics = if checked.model.document.declares_report() {
        convert::diagnostics(&checked, Files { encoding, files: &files })
    } else {
        Vec::new()
    };
    let result_id = format!("{}-{}", version, RESULTS.fetch_add(1, Ordering::Relaxed));
    let config = checked.config.clone();
    Analyzed {
        version,
        result_id,
        encoding,
        text,
        lines,
        checked,
        config,
        files,
        bibliography_texts,
        diagnostics,
    }
}

/// Checks a report again from the analysis of an earlier version: only the sections an edit
/// touched are read again (see [`recheck`]). Gives the job back when that cannot be done (the
/// analysis is still in use by a request, the encoding changed, or the edit reaches into the
/// front matter): analyze from scratch.
pub fn reanalyze(previous: Arc<Analyzed>, job: Job, encoding: Encoding) -> Result<Analyzed, Job> {
    let previous = match Arc::try_unwrap(previous) {
        Ok(previous) if previous.encoding == encoding => previous,
        _ => return Err(job),
    };
    let Analyzed { mut text, checked, mut files, bibliography_texts, lines, .. } = previous;
    let edit = update_text(&mut text, &job.rope);
    let Some(checked) = recheck(checked, &text, edit) else { return Err(job) };
    let lines = lines.edited(&text, edit.start, edit.old_end, edit.new_end);
    files[0].edit(job.rope, &text, edit);
    Ok(finish(job.version, encoding, text, lines, checked, files, bibliography_texts))
}

/// Makes `text` (an earlier version) the rope's text, rewriting only the bytes between their
/// common prefix and common suffix, and returns that edit. Cheaper than copying the rope out
/// whole: a 5 MB report is compared, not copied.
fn update_text(text: &mut String, rope: &Rope) -> TextEdit {
    let old = text.as_bytes();
    let new_len = rope.len_bytes();
    let max = old.len().min(new_len);
    let mut prefix = 0;
    for chunk in rope.chunks() {
        let n = common_prefix(chunk.as_bytes(), &old[prefix.min(old.len())..]);
        prefix += n;
        if n < chunk.len() {
            break;
        }
    }
    let mut prefix = prefix.min(max);
    // Equal bytes up to `prefix`: a boundary of the old text is one of the new.
    while !text.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let mut suffix = 0;
    let (mut chunks, _, _, _) = rope.chunks_at_byte(new_len);
    while let Some(chunk) = chunks.prev() {
        let n = common_suffix(chunk.as_bytes(), &old[..old.len() - suffix.min(old.len())]);
        suffix += n;
        if n < chunk.len() {
            break;
        }
    }
    let mut suffix = suffix.min(max - prefix);
    while !text.is_char_boundary(text.len() - suffix) {
        suffix -= 1;
    }
    let edit = TextEdit { start: prefix, old_end: text.len() - suffix, new_end: new_len - suffix };
    let middle: String = rope.byte_slice(edit.start..edit.new_end).chunks().collect();
    text.replace_range(edit.start..edit.old_end, &middle);
    edit
}

/// Markdown, by language id or file extension.
pub fn is_report(language: &str, path: Option<&std::path::Path>) -> bool {
    let language = language.to_ascii_lowercase();
    if matches!(language.as_str(), "markdown" | "md" | "pandoc" | "rmd" | "rmarkdown" | "quarto") {
        return true;
    }
    path.and_then(|p| p.extension()).and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "md" | "markdown" | "mdown" | "mkd" | "pandoc" | "qmd" | "rmd"
        )
    })
}

/// The file behind a `file:` URI.
pub fn uri_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    uri.to_file_path().map(|p| p.into_owned())
}

/// Every open document, behind one lock that is never held across an await.
#[derive(Default)]
pub struct Documents {
    map: Mutex<HashMap<Uri, Document>>,
    ids: AtomicU64,
}

impl Documents {
    pub fn lock(&self) -> MutexGuard<'_, HashMap<Uri, Document>> {
        // A panic while holding the lock leaves the map usable: every change to it is a
        // single insert, remove or field update.
        self.map.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// `textDocument/didOpen`: (re)opens a document.
    pub fn open(&self, item: lsp::TextDocumentItem) {
        let path = uri_path(&item.uri);
        let is_report = is_report(&item.language_id, path.as_deref());
        let document = Document {
            id: self.ids.fetch_add(1, Ordering::Relaxed),
            version: item.version,
            rope: Rope::from_str(&item.text),
            path,
            is_report,
            outcome: watch::Sender::new(None),
            checking: false,
            stale: false,
            bibliographies: Vec::new(),
        };
        self.lock().insert(item.uri, document);
    }

    /// `textDocument/didChange`: applies the changes in order. Returns false for a document
    /// that is not open.
    pub fn change(&self, params: &lsp::DidChangeTextDocumentParams, encoding: Encoding) -> bool {
        let mut docs = self.lock();
        let Some(doc) = docs.get_mut(&params.text_document.uri) else { return false };
        for change in &params.content_changes {
            convert::apply_change(&mut doc.rope, change, encoding);
        }
        doc.version = params.text_document.version;
        true
    }

    /// `textDocument/didClose`.
    pub fn close(&self, uri: &Uri) -> Option<Document> {
        self.lock().remove(uri)
    }

    /// The version of an open document.
    pub fn version(&self, uri: &Uri) -> Option<i32> {
        self.lock().get(uri).map(|d| d.version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const REPORT: &str = "---\nreferences:\n  - id: a\n    type: report\n    title: A\n---\n\n# One\n\nSome 3,000 fighters [@a].\n\n# Two\n\nAbout 40 attacks.\n";

    fn job(text: &str, version: i32) -> Job {
        Job { version, rope: Rope::from_str(text), path: None, previous: None }
    }

    fn fresh(text: &str, version: i32) -> Analyzed {
        let uri: Uri = "file:///r.md".parse().unwrap();
        analyze(&uri, job(text, version), text.to_string(), &Config::default(), Vec::new(), Encoding::Utf16)
    }

    /// A re-check from the previous analysis gives what an analysis from scratch gives.
    #[test]
    fn reanalyze_equals_analyze() {
        let edited = REPORT.replace("About 40 attacks.", "About 40 attacks and 7 raids.");
        let again = reanalyze(Arc::new(fresh(REPORT, 1)), job(&edited, 2), Encoding::Utf16)
            .unwrap_or_else(|_| panic!("a body edit is re-checked"));
        let scratch = fresh(&edited, 2);
        assert_eq!(again.text, edited);
        assert_eq!(again.version, 2);
        assert_eq!(again.diagnostics, scratch.diagnostics);
        let unsourced = again
            .diagnostics
            .iter()
            .filter(|d| d.code == Some(lsp::NumberOrString::String("unsourced-figure".to_string())))
            .count();
        assert_eq!(unsourced, 2, "both unsourced figures of the second section, the new one too");
        assert_eq!(again.lines, scratch.lines);
        assert_eq!(again.files[0].positions(), scratch.files[0].positions());
    }

    /// What a re-check cannot take: an analysis still in use, another encoding, an edit in the
    /// front matter.
    #[test]
    fn reanalyze_gives_the_job_back() {
        let shared = Arc::new(fresh(REPORT, 1));
        let held = shared.clone();
        assert!(reanalyze(shared, job(REPORT, 2), Encoding::Utf16).is_err());
        drop(held);
        assert!(reanalyze(Arc::new(fresh(REPORT, 1)), job(REPORT, 2), Encoding::Utf8).is_err());
        let front = REPORT.replace("title: A", "title: B");
        assert!(reanalyze(Arc::new(fresh(REPORT, 1)), job(&front, 2), Encoding::Utf16).is_err());
    }

    proptest! {
        /// Updating the previous text in place gives the rope's text and the smallest edit.
        #[test]
        fn update_text_matches_the_rope(
            old in "[a-cé€\n😀]{0,3000}",
            at in 0.0f64..1.0,
            removed in 0usize..40,
            inserted in "[a-cé\n😀]{0,20}",
        ) {
            let mut start = (at * old.len() as f64) as usize;
            while !old.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + removed).min(old.len());
            while !old.is_char_boundary(end) {
                end -= 1;
            }
            let end = end.max(start);
            let mut new = old.clone();
            new.replace_range(start..end, &inserted);
            // Ropes built by editing have chunk boundaries anywhere.
            let mut rope = Rope::from_str(&old);
            let (s, e) = (rope.byte_to_char(start), rope.byte_to_char(end));
            rope.remove(s..e);
            rope.insert(s, &inserted);
            let mut text = old.clone();
            let edit = update_text(&mut text, &rope);
            prop_assert_eq!(&text, &new);
            prop_assert_eq!(edit, TextEdit::between(&old, &new));
        }
    }
}
