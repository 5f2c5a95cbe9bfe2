//! The language server: protocol handlers over the editor features of `crate::ide`.
//!
//! Threading: handlers run on the tokio runtime and never block it for long. Checking a
//! report runs on the blocking pool, one task per document at a time, always on the latest
//! text: a check loop takes a snapshot (the rope is shared, not copied), checks it, stores the
//! result only if the document is still at that version, and checks again if the document
//! moved on meanwhile. A new version is re-checked from the analysis of the previous one
//! (`recheck`), whether that was stored or overtaken by changes (then it is never published,
//! only built upon). Requests wait for the
//! analysis of the version they are pinned to (see `ordering`) and never check.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use ropey::Rope;
use serde_json::Value as Json;
use tokio::sync::Notify;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Id, Result};
use tower_lsp_server::ls_types::{self as lsp, Uri};
use tower_lsp_server::{Client, LanguageServer};

use super::convert::{self, Encoding};
use super::documents::{self, Analyzed, Bibliography, Document, Documents, Job, Outcome};
use super::ordering::{self, panic_message};
use super::outlet::{self, Outlet};
use super::workspace::{self, Loaded, Workspace};
use crate::check::bibliography_names;
use crate::ide;
use crate::text::{FileId, Span};

/// At most this many reports are checked for `workspace/diagnostic`.
const WORKSPACE_REPORTS: usize = 200;

/// What the client can do, from `initialize`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags {
    /// Pull diagnostics (`textDocument/diagnostic`): then the server does not push.
    pub pull: bool,
    /// `workspace/diagnostic/refresh`.
    pub refresh: bool,
    /// `experimental.snippetTextEdit`.
    pub snippet_edits: bool,
    /// `documentChanges` in workspace edits.
    pub document_changes: bool,
    pub hierarchical_symbols: bool,
    /// Dynamic registration of file watchers.
    pub watch: bool,
    /// `workspace/configuration`.
    pub configuration: bool,
}

/// State shared by the ingress wrapper, the handlers and the check tasks.
#[derive(Default)]
pub struct Shared {
    pub docs: Documents,
    encoding: Mutex<Encoding>,
    flags: Mutex<Flags>,
    workspace: Mutex<Workspace>,
    /// `shutdown` was received.
    pub shutdown: AtomicBool,
    pub client: OnceLock<Client>,
    /// What the server writes to the client.
    pub outlet: Outlet,
    /// Serializes publishing, so that a stale publication never overtakes a newer one.
    publish: Mutex<()>,
    /// In-flight requests, cancelled at ingress by `$/cancelRequest`.
    cancels: Mutex<HashMap<Id, Arc<Notify>>>,
    /// Configuration files whose problems were shown, with the text they had.
    config_shown: Mutex<HashMap<PathBuf, String>>,
    /// Problems with the editor's settings, shown once the client is initialized.
    settings_problems: Mutex<Vec<String>>,
    /// Workspace reports checked for `workspace/diagnostic`, by path: result id and findings.
    workspace_results: Mutex<HashMap<PathBuf, (String, Vec<lsp::Diagnostic>)>>,
    /// The semantic tokens last sent for each open report, with their result id: what a
    /// `semanticTokens/full/delta` request is answered against.
    semantic_tokens: Mutex<HashMap<Uri, (String, Vec<lsp::SemanticToken>)>>,
    /// `$/logTrace` level: 0 off, 1 messages, 2 verbose (from `initialize` and `$/setTrace`).
    trace: std::sync::atomic::AtomicU8,
    /// Numbers result ids of semantic tokens.
    semantic_results: std::sync::atomic::AtomicU64,
    checker: Checker,
}

type Work = Box<dyn FnOnce() + Send>;

/// The thread that checks open reports, one at a time, off the async runtime.
///
/// One thread rather than the runtime's blocking pool: checks of several reports queue
/// instead of competing for the cores with the handlers, and the memory a check allocates
/// and frees is reused by the next one instead of being spread over the allocator's
/// per-thread arenas (on the blocking pool, a server editing a 1 MB report peaked at twice
/// the memory).
#[derive(Default)]
struct Checker {
    queue: OnceLock<Mutex<std::sync::mpsc::Sender<Work>>>,
}

impl Checker {
    fn sender(&self) -> std::sync::mpsc::Sender<Work> {
        let queue = self.queue.get_or_init(|| {
            let (tx, rx) = std::sync::mpsc::channel::<Work>();
            // The thread ends when the server's state (and so the sender) is dropped. If it
            // cannot start, sending fails and every check reports that error.
            let _ = std::thread::Builder::new().name("attest-check".to_string()).spawn(move || {
                for work in rx {
                    work();
                }
            });
            Mutex::new(tx)
        });
        lock(queue).clone()
    }

    /// Runs `f` on the checking thread; a panic becomes its message.
    async fn run<R: Send + 'static>(
        &self,
        f: impl FnOnce() -> R + Send + 'static,
    ) -> std::result::Result<R, String> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let work: Work = Box::new(move || {
            let _ = tx.send(catch_unwind(AssertUnwindSafe(f)).map_err(|panic| panic_message(&*panic)));
        });
        self.sender().send(work).map_err(|_| "the checking thread is gone".to_string())?;
        rx.await.map_err(|_| "the checking thread is gone".to_string())?
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    pub fn encoding(&self) -> Encoding {
        *lock(&self.encoding)
    }

    pub fn flags(&self) -> Flags {
        *lock(&self.flags)
    }

    pub fn workspace(&self) -> MutexGuard<'_, Workspace> {
        lock(&self.workspace)
    }

    /// Reads the client's capabilities from `initialize`, at ingress: the position encoding
    /// must be known before the first `didChange` is applied.
    pub fn negotiate(&self, params: &lsp::InitializeParams) {
        if let Some(trace) = params.trace {
            self.set_trace(trace);
        }
        let caps = &params.capabilities;
        let offered = caps.general.as_ref().and_then(|g| g.position_encodings.as_deref());
        *lock(&self.encoding) = Encoding::negotiate(offered);
        let text = caps.text_document.as_ref();
        let ws = caps.workspace.as_ref();
        *lock(&self.flags) = Flags {
            pull: text.is_some_and(|t| t.diagnostic.is_some()),
            refresh: ws.and_then(|w| w.diagnostics.as_ref()).and_then(|d| d.refresh_support).unwrap_or(false),
            snippet_edits: caps
                .experimental
                .as_ref()
                .and_then(|e| e.get("snippetTextEdit"))
                .and_then(Json::as_bool)
                .unwrap_or(false),
            document_changes: ws
                .and_then(|w| w.workspace_edit.as_ref())
                .and_then(|e| e.document_changes)
                .unwrap_or(false),
            hierarchical_symbols: text
                .and_then(|t| t.document_symbol.as_ref())
                .and_then(|s| s.hierarchical_document_symbol_support)
                .unwrap_or(false),
            watch: ws
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false),
            configuration: ws.and_then(|w| w.configuration).unwrap_or(false),
        };
    }

    /// Sends an error to the client's log without waiting.
    /// Sets the `$/logTrace` level.
    pub fn set_trace(&self, value: lsp::TraceValue) {
        let level = match value {
            lsp::TraceValue::Off => 0,
            lsp::TraceValue::Messages => 1,
            lsp::TraceValue::Verbose => 2,
        };
        self.trace.store(level, Ordering::Relaxed);
    }

    /// Sends `$/logTrace` when tracing is on; `verbose` only at the verbose level.
    fn trace(&self, message: impl FnOnce() -> String, verbose: impl FnOnce() -> String) {
        let level = self.trace.load(Ordering::Relaxed);
        if level == 0 {
            return;
        }
        let params = lsp::LogTraceParams { message: message(), verbose: (level == 2).then(verbose) };
        self.outlet.send(outlet::notification("$/logTrace", &params));
    }

    pub fn log_error(&self, message: String) {
        self.log(lsp::MessageType::ERROR, message);
    }

    fn log(&self, kind: lsp::MessageType, message: String) {
        let Some(client) = self.client.get().cloned() else { return };
        if let Ok(handle) = tokio::runtime::Handle::try_current() {
            handle.spawn(async move { client.log_message(kind, message).await });
        }
    }

    /// Registers an in-flight request, for cancellation at ingress.
    pub fn track(&self, id: &Id) -> Arc<Notify> {
        let notify = Arc::new(Notify::new());
        lock(&self.cancels).insert(id.clone(), notify.clone());
        notify
    }

    pub fn untrack(&self, id: &Id) {
        lock(&self.cancels).remove(id);
    }

    /// `$/cancelRequest`: the request's future resolves to a cancellation error now, even if
    /// it was waiting for a check.
    pub fn cancel(&self, id: &Id) {
        if let Some(notify) = lock(&self.cancels).get(id) {
            notify.notify_one();
        }
    }

    /// The open document at `path` (a bibliography file the editor holds).
    fn open_text(&self, path: &Path) -> Option<Rope> {
        self.docs.lock().values().find(|d| d.path.as_deref() == Some(path)).map(|d| d.rope.clone())
    }

    /// The configuration and bibliography files for a report at `path` (its text given).
    fn inputs(&self, text: &str, path: Option<&Path>) -> (workspace::Settings, Vec<Bibliography>) {
        let dir = path.and_then(Path::parent);
        let settings = self.workspace().settings(dir);
        let mut bibliographies = Vec::new();
        for name in bibliography_names(text) {
            let path = dir.map(|d| d.join(&name));
            let contents = match &path {
                None => {
                    Err("the report is not saved, and bibliography files are read relative to its folder"
                        .to_string())
                }
                Some(p) => match self.open_text(p) {
                    Some(rope) => Ok((Arc::from(rope.to_string()), rope)),
                    None => self.workspace().read_bibliography(p),
                },
            };
            let uri = path.as_ref().and_then(Uri::from_file_path);
            bibliographies.push(Bibliography { name, path, uri, contents });
        }
        (settings, bibliographies)
    }

    /// Checks a snapshot of an open report (on the checking thread): from the analysis of the
    /// previous version when the job carries one, else from scratch. The bibliography files
    /// read come back only from a check from scratch (a re-check reads none).
    fn check(&self, uri: &Uri, mut job: Job) -> (Analyzed, Option<Vec<PathBuf>>, Option<Arc<Loaded>>) {
        let started = std::time::Instant::now();
        let version = job.version;
        let trace = |analyzed: &Analyzed, how: String| {
            self.trace(
                || {
                    format!(
                        "checked {} version {version}: {} findings",
                        uri.as_str(),
                        analyzed.diagnostics.len()
                    )
                },
                || format!("{how} in {:.1} ms", started.elapsed().as_secs_f64() * 1000.0),
            );
        };
        if let Some(previous) = job.previous.take() {
            let settings = self.workspace().settings(job.path.as_deref().and_then(Path::parent));
            let from = previous.version;
            match documents::reanalyze(previous, job, self.encoding()) {
                Ok(analyzed) => {
                    trace(&analyzed, format!("re-checked from version {from}"));
                    return (analyzed, None, settings.file);
                }
                Err(back) => job = back,
            }
        }
        let text = job.rope.to_string();
        let (settings, bibliographies) = self.inputs(&text, job.path.as_deref());
        let paths = bibliographies.iter().filter_map(|b| b.path.clone()).collect();
        let analyzed = documents::analyze(uri, job, text, &settings.config, bibliographies, self.encoding());
        trace(&analyzed, "checked in full".to_string());
        (analyzed, Some(paths), settings.file)
    }
}

/// The parameters of `attest/ruleDocumentation`.
#[derive(serde::Deserialize)]
pub struct RuleDocumentationParams {
    rule: Option<String>,
    uri: Option<String>,
}

/// What became of a check's result.
enum Stored {
    /// The document moved on: dropped.
    Dropped,
    /// The first analysis of this version.
    New,
    /// A re-check of the same version (new settings or bibliography) with other findings.
    Changed,
    /// A re-check with the same findings: nothing to tell the client.
    Same,
}

/// The language server backend.
#[derive(Clone)]
pub struct Backend {
    shared: Arc<Shared>,
    client: Client,
}

/// An error the client shows to the user (`RequestFailed`).
fn failed(message: impl Into<String>) -> Error {
    Error { code: ErrorCode::ServerError(-32803), message: message.into().into(), data: None }
}

fn internal(message: impl Into<String>) -> Error {
    Error { code: ErrorCode::InternalError, message: message.into().into(), data: None }
}

/// The "What it does" section of a rule's documentation.
fn rule_summary(rule: &str) -> Option<String> {
    let doc = crate::rules::find(rule)?.meta.documentation();
    let start = doc.find("## What it does").map_or(0, |i| i + "## What it does".len());
    let rest = &doc[start..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    Some(rest[..end].trim().to_string())
}

impl Backend {
    pub fn new(shared: Arc<Shared>, client: Client) -> Backend {
        Backend { shared, client }
    }

    fn flags(&self) -> Flags {
        self.shared.flags()
    }

    /// Runs an editor feature, turning a panic into an error response and a log message.
    fn guard<R>(&self, what: &str, f: impl FnOnce() -> R) -> Result<R> {
        catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
            let message = format!("attest failed computing {what}: {}", panic_message(&*panic));
            self.shared.log_error(message.clone());
            internal(message)
        })
    }

    /// `attest/ruleDocumentation`: the documentation of a rule, named by `rule` or by the
    /// `uri` a finding's `codeDescription` gives, in Markdown.
    pub async fn rule_documentation(&self, params: RuleDocumentationParams) -> Result<String> {
        let rule = match (&params.rule, &params.uri) {
            (Some(rule), _) => crate::rules::find(rule).map(|r| r.meta.name),
            (None, Some(uri)) => convert::rule_of_documentation(uri),
            (None, None) => return Err(Error::invalid_params("give `rule` or `uri`")),
        };
        let name = params.rule.or(params.uri).unwrap_or_default();
        let rule =
            rule.and_then(crate::rules::find).ok_or_else(|| failed(format!("no rule is named `{name}`")))?;
        Ok(rule.meta.documentation())
    }

    /// Every semantic token of a report; `None` for other documents.
    async fn all_tokens(&self, uri: &Uri) -> Result<Option<Vec<lsp::SemanticToken>>> {
        let Some((a, FileId::REPORT)) = self.context(uri).await? else { return Ok(None) };
        self.guard("semantic tokens", || {
            Some(convert::semantic_tokens(&a.with(ide::semantic_tokens), a.files()))
        })
    }

    /// Keeps the tokens sent for `uri` under a new result id, which it returns.
    fn remember_tokens(&self, uri: &Uri, data: Vec<lsp::SemanticToken>) -> String {
        let n = self.shared.semantic_results.fetch_add(1, Ordering::Relaxed);
        let result_id = n.to_string();
        lock(&self.shared.semantic_tokens).insert(uri.clone(), (result_id.clone(), data));
        result_id
    }

    /// Starts checking a report unless a check task is already running for it.
    fn schedule(&self, uri: &Uri) {
        let start = match self.shared.docs.lock().get_mut(uri) {
            Some(doc) if doc.is_report && !doc.checking => {
                doc.checking = true;
                Some(doc.id)
            }
            _ => None,
        };
        if let Some(id) = start {
            let this = self.clone();
            let uri = uri.clone();
            tokio::spawn(async move { this.check_loop(uri, id).await });
        }
    }

    /// Checks the latest version of a report until it is up to date; `id` tells which
    /// opening of the document this task serves.
    async fn check_loop(self, uri: Uri, id: u64) {
        // The analysis of a version the document moved past while it was being checked: the
        // base for checking the latest version (a long report is then not read in full again
        // and again while the user types faster than it can be read).
        let mut carried: Option<Arc<Analyzed>> = None;
        loop {
            let job = {
                let mut docs = self.shared.docs.lock();
                let Some(doc) = docs.get_mut(&uri).filter(|d| d.id == id) else { return };
                let done = doc.outcome.borrow().as_ref().map(|o| o.version);
                if done == Some(doc.version) && !doc.stale {
                    doc.checking = false;
                    return;
                }
                let stale = std::mem::replace(&mut doc.stale, false);
                let mut previous = None;
                if done.is_some_and(|v| v != doc.version) {
                    // The analysis of an older version only answers requests about that
                    // version, and those get `ContentModified` now: take it, to check the new
                    // version from it (with the same settings and bibliography files), or to
                    // free it before checking, rather than holding two analyses at once.
                    let taken = doc.outcome.send_replace(None);
                    if !stale {
                        previous = taken.and_then(|o| o.result.ok());
                    }
                }
                // Settings or bibliography files changed since: check from scratch.
                let carried = carried.take().filter(|_| !stale);
                if previous.is_none() {
                    previous = carried;
                }
                Job { version: doc.version, rope: doc.rope.clone(), path: doc.path.clone(), previous }
            };
            let version = job.version;
            let shared = self.shared.clone();
            let job_uri = uri.clone();
            let push = !self.flags().pull;
            // The publication is serialized on the checking thread too, not on the runtime
            // (for a 5 MB report that is about 2.5 MB of JSON).
            let result = self
                .shared
                .checker
                .run(move || {
                    let (analyzed, paths, config) = shared.check(&job_uri, job);
                    // Not for a version the document has moved past: it is never published.
                    let current = shared.docs.version(&job_uri) == Some(version);
                    let frame = (push && current)
                        .then(|| outlet::publication(&job_uri, &analyzed.diagnostics, Some(version)));
                    (analyzed, paths, config, frame)
                })
                .await;
            let (result, paths, config, frame) = match result {
                Ok((analyzed, paths, config, frame)) => (Ok(Arc::new(analyzed)), paths, config, frame),
                Err(message) => (Err(message), None, None, None),
            };
            if let Err(message) = &result {
                self.shared.log_error(format!("attest failed checking {}: {message}", uri.as_str()));
            }
            let stored = {
                let mut docs = self.shared.docs.lock();
                match docs.get_mut(&uri) {
                    Some(doc) if doc.id == id && doc.version == version => {
                        if let Some(paths) = paths {
                            doc.bibliographies = paths;
                        }
                        let stored = match (doc.outcome.borrow().as_ref(), &result) {
                            (Some(Outcome { version: v, result: Ok(before) }), Ok(after))
                                if *v == version =>
                            {
                                if before.diagnostics == after.diagnostics {
                                    Stored::Same
                                } else {
                                    Stored::Changed
                                }
                            }
                            _ => Stored::New,
                        };
                        doc.outcome.send_replace(Some(Outcome {
                            version,
                            result: result.clone().map_err(Arc::from),
                        }));
                        stored
                    }
                    // Another opening of the same URI: this task is done.
                    Some(doc) if doc.id != id => return,
                    // A newer version: check again, from this result.
                    Some(doc) => {
                        if let Some(paths) = paths {
                            doc.bibliographies = paths;
                        }
                        carried = result.as_ref().ok().cloned();
                        Stored::Dropped
                    }
                    None => return,
                }
            };
            if let Some(config) = config {
                self.show_config_problems(&config).await;
            }
            if result.is_err() {
                continue;
            }
            let flags = self.flags();
            match stored {
                Stored::New | Stored::Changed if !flags.pull => {
                    if let (Ok(analyzed), Some(frame)) = (&result, frame) {
                        self.publish(&uri, analyzed, frame);
                    }
                }
                Stored::Changed if flags.refresh => {
                    // Same text, new configuration or bibliography: the client must pull again.
                    let client = self.client.clone();
                    tokio::spawn(async move { client.workspace_diagnostic_refresh().await });
                }
                _ => {}
            }
        }
    }

    /// Queues `frame`, the publication of `analyzed`, unless the document moved on from it.
    fn publish(&self, uri: &Uri, analyzed: &Arc<Analyzed>, frame: outlet::Message) {
        let _order = lock(&self.shared.publish);
        let docs = self.shared.docs.lock();
        let current = docs.get(uri).is_some_and(|doc| {
            doc.version == analyzed.version
                && matches!(doc.outcome.borrow().as_ref(), Some(Outcome { result: Ok(a), .. }) if Arc::ptr_eq(a, analyzed))
        });
        drop(docs);
        if current {
            self.shared.outlet.publish(uri, frame);
        }
    }

    /// Shows what is wrong with an `attest.toml`, once per content; in push mode also as
    /// diagnostics on the file.
    async fn show_config_problems(&self, config: &Loaded) {
        {
            let mut shown = lock(&self.shared.config_shown);
            if shown.get(&config.path) == Some(&config.text) {
                return;
            }
            if !config.has_problems() && !shown.contains_key(&config.path) {
                return;
            }
            shown.insert(config.path.clone(), config.text.clone());
        }
        let rope = Rope::from_str(&config.text);
        let encoding = self.shared.encoding();
        let diagnostics: Vec<lsp::Diagnostic> = config
            .io
            .iter()
            .map(|io| (Span::at(0), format!("cannot read: {io}")))
            .chain(config.errors.iter().map(|e| (e.span, e.message.clone())))
            .map(|(span, message)| lsp::Diagnostic {
                range: convert::range(&rope, span, encoding),
                severity: Some(lsp::DiagnosticSeverity::ERROR),
                code: Some(lsp::NumberOrString::String("invalid-config".to_string())),
                source: Some("attest".to_string()),
                message,
                ..Default::default()
            })
            .collect();
        if !diagnostics.is_empty() {
            let first = &diagnostics[0];
            let message = format!(
                "{}:{}: {} ({} problem{} in this attest.toml; reports under it are checked with the default settings)",
                config.path.display(),
                first.range.start.line + 1,
                first.message,
                diagnostics.len(),
                if diagnostics.len() == 1 { "" } else { "s" }
            );
            self.client.show_message(lsp::MessageType::WARNING, message).await;
        }
        if !self.flags().pull
            && let Some(uri) = Uri::from_file_path(&config.path)
        {
            self.shared.outlet.publish(&uri, outlet::publication(&uri, &diagnostics, None));
        }
    }

    /// Clears what was shown of a configuration file that is gone: its findings would
    /// otherwise stay on screen, since no check reads it again.
    fn forget_config(&self, path: &std::path::Path, uri: &Uri) {
        let was_shown = lock(&self.shared.config_shown).remove(path).is_some();
        if was_shown && !self.flags().pull {
            self.shared.outlet.publish(uri, outlet::publication(uri, &[], None));
        }
    }

    /// Marks the reports that `affected` selects as needing a check, and starts them.
    fn recheck(&self, affected: impl Fn(&Document) -> bool) {
        let uris: Vec<Uri> = {
            let mut docs = self.shared.docs.lock();
            docs.iter_mut()
                .filter(|(_, d)| d.is_report && affected(d))
                .map(|(uri, d)| {
                    d.stale = true;
                    uri.clone()
                })
                .collect()
        };
        for uri in &uris {
            self.schedule(uri);
        }
    }

    /// A file that reports may read changed (on disk or in the editor).
    fn file_changed(&self, path: &Path) {
        let was_config = self.shared.workspace().invalidate(path);
        lock(&self.shared.workspace_results).clear();
        if was_config {
            self.recheck(|_| true);
        } else {
            self.recheck(|d| d.bibliographies.iter().any(|b| b == path));
        }
    }

    /// Fetches the `attest` section of the client's settings, without blocking a handler.
    fn fetch_configuration(&self) {
        if !self.flags().configuration {
            return;
        }
        let this = self.clone();
        tokio::spawn(async move {
            let items = vec![lsp::ConfigurationItem { scope_uri: None, section: Some("attest".to_string()) }];
            let Ok(values) = this.client.configuration(items).await else { return };
            // `null`: the client has no such section; keep the initialization options.
            let Some(value) = values.into_iter().next().filter(Json::is_object) else { return };
            this.apply_settings(value).await;
        });
    }

    async fn apply_settings(&self, value: Json) {
        let problems = self.shared.workspace().set_overrides(Some(value));
        for problem in problems {
            self.client.log_message(lsp::MessageType::WARNING, format!("attest settings: {problem}")).await;
        }
        lock(&self.shared.workspace_results).clear();
        self.recheck(|_| true);
    }

    /// The analysis to answer a request about `uri` with: the report's, at the version the
    /// request was pinned to (waiting for its check), or, for a bibliography file open in the
    /// editor, the analysis of a report that read this very text.
    async fn context(&self, uri: &Uri) -> Result<Option<(Arc<Analyzed>, FileId)>> {
        let pinned = ordering::pinned(uri);
        let waiting = {
            let docs = self.shared.docs.lock();
            let Some(doc) = docs.get(uri) else { return Ok(None) };
            if !doc.is_report {
                return Ok(self.bibliography_context(&docs, uri, &doc.rope));
            }
            (doc.outcome.subscribe(), pinned.unwrap_or(doc.version))
        };
        let (mut outcome, version) = waiting;
        loop {
            if let Some(o) = outcome.borrow_and_update().as_ref() {
                if o.version == version {
                    return o.result.clone().map(|a| Some((a, FileId::REPORT))).map_err(|m| internal(&*m));
                }
                if o.version > version {
                    return Err(Error::content_modified());
                }
            }
            if outcome.changed().await.is_err() {
                // Closed meanwhile.
                return Ok(None);
            }
        }
    }

    fn bibliography_context(
        &self,
        docs: &HashMap<Uri, Document>,
        uri: &Uri,
        text: &Rope,
    ) -> Option<(Arc<Analyzed>, FileId)> {
        docs.values().filter(|d| d.is_report).find_map(|d| {
            let outcome = d.outcome.borrow();
            let analyzed = outcome.as_ref()?.result.as_ref().ok()?;
            let index =
                analyzed.files.iter().skip(1).position(|f| f.uri.as_ref() == Some(uri) && f.rope == *text)?;
            Some((analyzed.clone(), FileId(index as u32 + 1)))
        })
    }

    /// The report's analysis and the byte offset of a position in it.
    async fn at(&self, uri: &Uri, pos: lsp::Position) -> Result<Option<(Arc<Analyzed>, FileId, usize)>> {
        let Some((a, file)) = self.context(uri).await? else { return Ok(None) };
        let Some(offset) = a.files().offset(file, pos) else { return Ok(None) };
        Ok(Some((a, file, offset)))
    }

    /// The version of an open document, for workspace edits.
    fn version_of(&self, uri: &Uri) -> Option<i32> {
        self.shared.docs.version(uri)
    }

    fn workspace_edit(
        &self,
        edits: Vec<(Uri, Vec<lsp::TextEdit>)>,
        force_document_changes: bool,
    ) -> lsp::WorkspaceEdit {
        let document_changes = force_document_changes || self.flags().document_changes;
        convert::workspace_edit(edits, document_changes, |uri| self.version_of(uri))
    }

    /// Checks the reports of the workspace folders that are not open (on the blocking pool).
    fn workspace_reports(
        &self,
        previous: &HashMap<Uri, String>,
        cancelled: &AtomicBool,
    ) -> Vec<lsp::WorkspaceDocumentDiagnosticReport> {
        let shared = &self.shared;
        let open: HashSet<PathBuf> = shared.docs.lock().values().filter_map(|d| d.path.clone()).collect();
        let folders = shared.workspace().folders();
        let reports = workspace::reports(
            &folders,
            WORKSPACE_REPORTS,
            |p| open.contains(p),
            || cancelled.load(Ordering::Relaxed),
        );
        let encoding = shared.encoding();
        let mut out = Vec::new();
        for (path, text) in reports {
            if cancelled.load(Ordering::Relaxed) {
                break;
            }
            let Some(uri) = Uri::from_file_path(&path) else { continue };
            let (settings, bibliographies) = shared.inputs(&text, Some(&path));
            let result_id = inputs_hash(&text, &settings.config, &bibliographies);
            if previous.get(&uri) == Some(&result_id) {
                out.push(lsp::WorkspaceDocumentDiagnosticReport::Unchanged(
                    lsp::WorkspaceUnchangedDocumentDiagnosticReport {
                        uri,
                        version: None,
                        unchanged_document_diagnostic_report: lsp::UnchangedDocumentDiagnosticReport {
                            result_id,
                        },
                    },
                ));
                continue;
            }
            let cached = lock(&shared.workspace_results)
                .get(&path)
                .filter(|(id, _)| *id == result_id)
                .map(|(_, d)| d.clone());
            let items = match cached {
                Some(items) => items,
                None => {
                    let job = Job {
                        version: 0,
                        rope: Rope::from_str(&text),
                        path: Some(path.clone()),
                        previous: None,
                    };
                    let checked = catch_unwind(AssertUnwindSafe(|| {
                        documents::analyze(&uri, job, text, &settings.config, bibliographies, encoding)
                            .diagnostics
                    }));
                    let Ok(items) = checked else {
                        shared.log_error(format!("attest failed checking {}", path.display()));
                        continue;
                    };
                    lock(&shared.workspace_results).insert(path, (result_id.clone(), items.clone()));
                    items
                }
            };
            out.push(lsp::WorkspaceDocumentDiagnosticReport::Full(
                lsp::WorkspaceFullDocumentDiagnosticReport {
                    uri,
                    version: None,
                    full_document_diagnostic_report: lsp::FullDocumentDiagnosticReport {
                        result_id: Some(result_id),
                        items,
                    },
                },
            ));
        }
        out
    }
}

/// A result id for a report not open in the editor: a hash of everything its findings
/// depend on.
fn inputs_hash(text: &str, config: &crate::config::Config, bibliographies: &[Bibliography]) -> String {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    for b in bibliographies {
        b.name.hash(&mut h);
        match &b.contents {
            Ok((t, _)) => t.hash(&mut h),
            Err(e) => e.hash(&mut h),
        }
    }
    let rules: BTreeMap<&String, &Option<crate::diagnostic::Severity>> = config.rules.iter().collect();
    format!("{rules:?}").hash(&mut h);
    let mut rest = config.clone();
    rest.rules.clear();
    format!("{rest:?}").hash(&mut h);
    format!("w{:016x}", h.finish())
}

/// Sets a flag when dropped: the request was cancelled (or finished).
struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

fn capabilities(flags: Flags, encoding: Encoding) -> lsp::ServerCapabilities {
    lsp::ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(lsp::TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(lsp::TextDocumentSyncKind::INCREMENTAL),
            save: Some(lsp::TextDocumentSyncSaveOptions::Supported(true)),
            ..Default::default()
        })),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        definition_provider: Some(lsp::OneOf::Left(true)),
        references_provider: Some(lsp::OneOf::Left(true)),
        document_highlight_provider: Some(lsp::OneOf::Left(true)),
        document_symbol_provider: Some(lsp::OneOf::Left(true)),
        document_link_provider: Some(lsp::DocumentLinkOptions {
            resolve_provider: Some(false),
            work_done_progress_options: Default::default(),
        }),
        folding_range_provider: Some(lsp::FoldingRangeProviderCapability::Simple(true)),
        completion_provider: Some(lsp::CompletionOptions {
            trigger_characters: Some(vec!["@".to_string(), "=".to_string(), " ".to_string()]),
            ..Default::default()
        }),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Options(lsp::CodeActionOptions {
            code_action_kinds: Some(vec![lsp::CodeActionKind::QUICKFIX]),
            resolve_provider: Some(false),
            ..Default::default()
        })),
        rename_provider: Some(lsp::OneOf::Right(lsp::RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        semantic_tokens_provider: Some(lsp::SemanticTokensServerCapabilities::SemanticTokensOptions(
            lsp::SemanticTokensOptions {
                legend: convert::legend(),
                full: Some(lsp::SemanticTokensFullOptions::Delta { delta: Some(true) }),
                range: Some(true),
                ..Default::default()
            },
        )),
        diagnostic_provider: flags.pull.then(|| {
            lsp::DiagnosticServerCapabilities::Options(lsp::DiagnosticOptions {
                identifier: Some("attest".to_string()),
                inter_file_dependencies: true,
                workspace_diagnostics: true,
                ..Default::default()
            })
        }),
        workspace: Some(lsp::WorkspaceServerCapabilities {
            workspace_folders: Some(lsp::WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(lsp::OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..Default::default()
    }
}

fn folder_paths(folders: &[lsp::WorkspaceFolder]) -> Vec<PathBuf> {
    folders.iter().filter_map(|f| documents::uri_path(&f.uri)).collect()
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: lsp::InitializeParams) -> Result<lsp::InitializeResult> {
        #[allow(deprecated)] // root_uri: for clients without workspace folders
        let folders = match (&params.workspace_folders, &params.root_uri) {
            (Some(folders), _) => folder_paths(folders),
            (None, Some(root)) => documents::uri_path(root).into_iter().collect(),
            _ => Vec::new(),
        };
        let problems = {
            let mut ws = self.shared.workspace();
            ws.folders = folders;
            ws.set_overrides(params.initialization_options.clone())
        };
        *lock(&self.shared.settings_problems) = problems;
        Ok(lsp::InitializeResult {
            capabilities: capabilities(self.flags(), self.shared.encoding()),
            server_info: Some(lsp::ServerInfo {
                name: "attest".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: lsp::InitializedParams) {
        let problems = std::mem::take(&mut *lock(&self.shared.settings_problems));
        for problem in problems {
            self.client
                .log_message(lsp::MessageType::WARNING, format!("attest initialization options: {problem}"))
                .await;
        }
        if self.flags().watch {
            let watchers = ["**/attest.toml", "**/*.{json,yaml,yml,bib,bibtex}"]
                .into_iter()
                .map(|glob| lsp::FileSystemWatcher {
                    glob_pattern: lsp::GlobPattern::String(glob.to_string()),
                    kind: None,
                })
                .collect();
            let options = lsp::DidChangeWatchedFilesRegistrationOptions { watchers };
            let registration = lsp::Registration {
                id: "attest-files".to_string(),
                method: "workspace/didChangeWatchedFiles".to_string(),
                register_options: serde_json::to_value(options).ok(),
            };
            let client = self.client.clone();
            tokio::spawn(async move {
                if let Err(e) = client.register_capability(vec![registration]).await {
                    client
                        .log_message(lsp::MessageType::WARNING, format!("attest cannot watch files: {e}"))
                        .await;
                }
            });
        }
        self.fetch_configuration();
    }

    async fn shutdown(&self) -> Result<()> {
        self.shared.shutdown.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: lsp::DidOpenTextDocumentParams) {
        self.opened_or_changed(&params.text_document.uri);
    }

    async fn did_change(&self, params: lsp::DidChangeTextDocumentParams) {
        self.opened_or_changed(&params.text_document.uri);
    }

    async fn did_save(&self, params: lsp::DidSaveTextDocumentParams) {
        // For clients that do not watch files: a saved attest.toml or bibliography file.
        let Some(path) = documents::uri_path(&params.text_document.uri) else { return };
        let is_report = self.shared.docs.lock().get(&params.text_document.uri).is_some_and(|d| d.is_report);
        if !is_report {
            self.file_changed(&path);
        }
    }

    async fn did_close(&self, params: lsp::DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        lock(&self.shared.semantic_tokens).remove(&uri);
        if let Some(path) = documents::uri_path(&uri) {
            // A bibliography file is read from disk again.
            self.file_changed(&path);
        }
        if !self.flags().pull {
            let _order = lock(&self.shared.publish);
            if self.shared.docs.version(&uri).is_none() {
                self.shared.outlet.publish(&uri, outlet::publication(&uri, &[], None));
            }
        }
    }

    async fn did_change_watched_files(&self, params: lsp::DidChangeWatchedFilesParams) {
        for change in params.changes {
            if let Some(path) = documents::uri_path(&change.uri) {
                if change.typ == lsp::FileChangeType::DELETED {
                    self.forget_config(&path, &change.uri);
                }
                self.file_changed(&path);
            }
        }
    }

    async fn did_change_configuration(&self, params: lsp::DidChangeConfigurationParams) {
        let settings = params.settings;
        if self.flags().configuration
            && (settings.is_null() || settings.as_object().is_some_and(|m| m.is_empty()))
        {
            // The client only says that something changed: ask it.
            self.fetch_configuration();
        } else {
            self.apply_settings(settings).await;
        }
    }

    async fn did_change_workspace_folders(&self, params: lsp::DidChangeWorkspaceFoldersParams) {
        let removed = folder_paths(&params.event.removed);
        let added = folder_paths(&params.event.added);
        let mut ws = self.shared.workspace();
        ws.folders.retain(|f| !removed.contains(f));
        ws.folders.extend(added);
        ws.invalidate_all();
    }

    async fn hover(&self, params: lsp::HoverParams) -> Result<Option<lsp::Hover>> {
        let p = params.text_document_position_params;
        let Some((a, file, offset)) = self.at(&p.text_document.uri, p.position).await? else {
            return Ok(None);
        };
        self.guard("a hover", || {
            let files = a.files();
            let found = a.with(|an| ide::hover(an, file, offset));
            let mut markdown = found.as_ref().map(|h| h.markdown.clone()).unwrap_or_default();
            let mut span = found.as_ref().map(|h| h.span);
            // The findings here, with what their rule checks.
            for d in a
                .checked
                .diagnostics
                .iter()
                .filter(|d| d.file == file && d.span.start <= offset && offset <= d.span.end)
            {
                if !markdown.is_empty() {
                    markdown.push_str("\n\n---\n\n");
                }
                markdown.push_str(&format!("**{}** ({}): {}", d.rule, d.severity.as_str(), d.message));
                if let Some(summary) = rule_summary(d.rule) {
                    markdown.push_str("\n\n");
                    markdown.push_str(&summary);
                }
                span.get_or_insert(d.span);
            }
            let span = span?;
            Some(convert::hover(ide::Hover { span, markdown }, file, files))
        })
    }

    async fn goto_definition(
        &self,
        params: lsp::GotoDefinitionParams,
    ) -> Result<Option<lsp::GotoDefinitionResponse>> {
        let p = params.text_document_position_params;
        let Some((a, file, offset)) = self.at(&p.text_document.uri, p.position).await? else {
            return Ok(None);
        };
        self.guard("the definition", || {
            let location = a.with(|an| ide::definition(an, file, offset))?;
            a.files().location(location.file, location.span).map(lsp::GotoDefinitionResponse::Scalar)
        })
    }

    async fn references(&self, params: lsp::ReferenceParams) -> Result<Option<Vec<lsp::Location>>> {
        let p = params.text_document_position;
        let Some((a, file, offset)) = self.at(&p.text_document.uri, p.position).await? else {
            return Ok(None);
        };
        let include = params.context.include_declaration;
        self.guard("references", || {
            let found = a.with(|an| ide::references(an, file, offset, include));
            let files = a.files();
            Some(found.into_iter().filter_map(|l| files.location(l.file, l.span)).collect())
        })
    }

    async fn document_highlight(
        &self,
        params: lsp::DocumentHighlightParams,
    ) -> Result<Option<Vec<lsp::DocumentHighlight>>> {
        let p = params.text_document_position_params;
        let Some((a, file, offset)) = self.at(&p.text_document.uri, p.position).await? else {
            return Ok(None);
        };
        if file != FileId::REPORT {
            return Ok(None);
        }
        self.guard("highlights", || {
            let found = a.with(|an| ide::highlights(an, offset));
            let files = a.files();
            Some(found.into_iter().map(|h| convert::highlight(h, files)).collect())
        })
    }

    async fn prepare_rename(
        &self,
        params: lsp::TextDocumentPositionParams,
    ) -> Result<Option<lsp::PrepareRenameResponse>> {
        let Some((a, file, offset)) = self.at(&params.text_document.uri, params.position).await? else {
            return Ok(None);
        };
        if file != FileId::REPORT {
            return Err(failed("rename a source from the report that cites it"));
        }
        match self.guard("a rename", || a.with(|an| ide::prepare_rename(an, offset)))? {
            Ok(span) => Ok(a.files().range(FileId::REPORT, span).map(lsp::PrepareRenameResponse::Range)),
            Err(message) => Err(failed(message)),
        }
    }

    async fn rename(&self, params: lsp::RenameParams) -> Result<Option<lsp::WorkspaceEdit>> {
        let p = params.text_document_position;
        let Some((a, file, offset)) = self.at(&p.text_document.uri, p.position).await? else {
            return Ok(None);
        };
        if file != FileId::REPORT {
            return Err(failed("rename a source from the report that cites it"));
        }
        let new_name = params.new_name;
        match self.guard("a rename", || a.with(|an| ide::rename(an, offset, &new_name)))? {
            Ok(edits) => Ok(Some(self.workspace_edit(convert::text_edits(&edits, a.files(), None), false))),
            Err(message) => Err(failed(message)),
        }
    }

    async fn completion(&self, params: lsp::CompletionParams) -> Result<Option<lsp::CompletionResponse>> {
        let p = params.text_document_position;
        let Some((a, file, offset)) = self.at(&p.text_document.uri, p.position).await? else {
            return Ok(None);
        };
        if file != FileId::REPORT {
            return Ok(None);
        }
        self.guard("completions", || {
            a.with(|an| ide::completions(an, offset)).map(|c| convert::completion(c, a.files()))
        })
    }

    async fn code_action(&self, params: lsp::CodeActionParams) -> Result<Option<lsp::CodeActionResponse>> {
        if let Some(only) = &params.context.only
            && !only.iter().any(|k| lsp::CodeActionKind::QUICKFIX.as_str().starts_with(k.as_str()))
        {
            return Ok(None);
        }
        let uri = params.text_document.uri;
        let Some((a, file)) = self.context(&uri).await? else { return Ok(None) };
        if file != FileId::REPORT {
            return Ok(None);
        }
        let Some(span) = a.files().span(FileId::REPORT, params.range) else { return Ok(None) };
        let snippets = self.flags().snippet_edits;
        let actions =
            self.guard("code actions", || a.with(|an| ide::code_actions(an, FileId::REPORT, span)))?;
        let mut out = Vec::with_capacity(actions.len());
        for action in actions {
            let cursor = action.cursor.filter(|_| snippets);
            let edits = convert::text_edits(&action.edits, a.files(), cursor);
            out.push(lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
                title: action.title,
                kind: Some(lsp::CodeActionKind::QUICKFIX),
                diagnostics: action.diagnostic.and_then(|i| a.diagnostics.get(i)).map(|d| vec![d.clone()]),
                edit: Some(self.workspace_edit(edits, cursor.is_some())),
                command: None,
                is_preferred: Some(action.preferred),
                disabled: None,
                data: cursor.map(|_| serde_json::json!({ ordering::SNIPPET: true })),
            }));
        }
        Ok(Some(out))
    }

    async fn document_symbol(
        &self,
        params: lsp::DocumentSymbolParams,
    ) -> Result<Option<lsp::DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        let Some((a, FileId::REPORT)) = self.context(&uri).await? else { return Ok(None) };
        let hierarchical = self.flags().hierarchical_symbols;
        self.guard("symbols", || {
            let symbols = a.with(ide::symbols);
            let files = a.files();
            Some(if hierarchical {
                lsp::DocumentSymbolResponse::Nested(
                    symbols.into_iter().map(|s| convert::document_symbol(s, files)).collect(),
                )
            } else {
                let mut flat = Vec::new();
                for s in symbols {
                    convert::symbol_information(s, None, &uri, files, &mut flat);
                }
                lsp::DocumentSymbolResponse::Flat(flat)
            })
        })
    }

    async fn document_link(&self, params: lsp::DocumentLinkParams) -> Result<Option<Vec<lsp::DocumentLink>>> {
        let Some((a, FileId::REPORT)) = self.context(&params.text_document.uri).await? else {
            return Ok(None);
        };
        self.guard("links", || {
            Some(a.with(ide::links).into_iter().filter_map(|l| convert::link(l, a.files())).collect())
        })
    }

    async fn folding_range(&self, params: lsp::FoldingRangeParams) -> Result<Option<Vec<lsp::FoldingRange>>> {
        let Some((a, FileId::REPORT)) = self.context(&params.text_document.uri).await? else {
            return Ok(None);
        };
        self.guard("folding ranges", || {
            Some(
                a.with(ide::folding_ranges)
                    .into_iter()
                    .filter_map(|f| convert::folding_range(f, a.files()))
                    .collect(),
            )
        })
    }

    async fn semantic_tokens_full(
        &self,
        params: lsp::SemanticTokensParams,
    ) -> Result<Option<lsp::SemanticTokensResult>> {
        let uri = params.text_document.uri;
        let Some(data) = self.all_tokens(&uri).await? else { return Ok(None) };
        let result_id = self.remember_tokens(&uri, data.clone());
        Ok(Some(lsp::SemanticTokensResult::Tokens(lsp::SemanticTokens { result_id: Some(result_id), data })))
    }

    async fn semantic_tokens_full_delta(
        &self,
        params: lsp::SemanticTokensDeltaParams,
    ) -> Result<Option<lsp::SemanticTokensFullDeltaResult>> {
        let uri = params.text_document.uri;
        let Some(data) = self.all_tokens(&uri).await? else { return Ok(None) };
        let edits = {
            let sent = lock(&self.shared.semantic_tokens);
            sent.get(&uri)
                .filter(|(id, _)| *id == params.previous_result_id)
                .map(|(_, previous)| convert::token_edits(previous, &data))
        };
        Ok(Some(match edits {
            // The tokens are kept, not copied: only the edit is sent.
            Some(edits) => lsp::SemanticTokensFullDeltaResult::TokensDelta(lsp::SemanticTokensDelta {
                result_id: Some(self.remember_tokens(&uri, data)),
                edits,
            }),
            // An unknown or outdated result id: all the tokens.
            None => lsp::SemanticTokensFullDeltaResult::Tokens(lsp::SemanticTokens {
                result_id: Some(self.remember_tokens(&uri, data.clone())),
                data,
            }),
        }))
    }

    async fn semantic_tokens_range(
        &self,
        params: lsp::SemanticTokensRangeParams,
    ) -> Result<Option<lsp::SemanticTokensRangeResult>> {
        let Some((a, FileId::REPORT)) = self.context(&params.text_document.uri).await? else {
            return Ok(None);
        };
        let Some(range) = a.files().span(FileId::REPORT, params.range) else {
            return Err(Error::invalid_params("the range lies outside the document"));
        };
        self.guard("semantic tokens", || {
            let mut tokens = a.with(ide::semantic_tokens);
            tokens.retain(|t| t.span.start < range.end && t.span.end > range.start);
            let data = convert::semantic_tokens(&tokens, a.files());
            Some(lsp::SemanticTokensRangeResult::Tokens(lsp::SemanticTokens { result_id: None, data }))
        })
    }

    async fn diagnostic(
        &self,
        params: lsp::DocumentDiagnosticParams,
    ) -> Result<lsp::DocumentDiagnosticReportResult> {
        let full = |result_id: Option<String>, items: Vec<lsp::Diagnostic>| {
            lsp::DocumentDiagnosticReportResult::Report(lsp::DocumentDiagnosticReport::Full(
                lsp::RelatedFullDocumentDiagnosticReport {
                    related_documents: None,
                    full_document_diagnostic_report: lsp::FullDocumentDiagnosticReport { result_id, items },
                },
            ))
        };
        let Some((a, FileId::REPORT)) = self.context(&params.text_document.uri).await? else {
            return Ok(full(None, Vec::new()));
        };
        if params.previous_result_id.as_deref() == Some(a.result_id.as_str()) {
            return Ok(lsp::DocumentDiagnosticReportResult::Report(
                lsp::DocumentDiagnosticReport::Unchanged(lsp::RelatedUnchangedDocumentDiagnosticReport {
                    related_documents: None,
                    unchanged_document_diagnostic_report: lsp::UnchangedDocumentDiagnosticReport {
                        result_id: a.result_id.clone(),
                    },
                }),
            ));
        }
        Ok(full(Some(a.result_id.clone()), a.diagnostics.clone()))
    }

    async fn workspace_diagnostic(
        &self,
        params: lsp::WorkspaceDiagnosticParams,
    ) -> Result<lsp::WorkspaceDiagnosticReportResult> {
        let previous: HashMap<Uri, String> =
            params.previous_result_ids.into_iter().map(|p| (p.uri, p.value)).collect();
        let cancelled = Arc::new(AtomicBool::new(false));
        // Dropping the handler (a `$/cancelRequest`) stops the walk and the checks.
        let _cancel = CancelOnDrop(cancelled.clone());
        let this = self.clone();
        let items = tokio::task::spawn_blocking(move || this.workspace_reports(&previous, &cancelled))
            .await
            .map_err(|e| internal(format!("attest failed checking the workspace: {e}")))?;
        Ok(lsp::WorkspaceDiagnosticReportResult::Report(lsp::WorkspaceDiagnosticReport { items }))
    }
}

impl Backend {
    fn opened_or_changed(&self, uri: &Uri) {
        let (is_report, path) = match self.shared.docs.lock().get(uri) {
            Some(doc) => (doc.is_report, doc.path.clone()),
            None => return,
        };
        if is_report {
            self.schedule(uri);
        } else if let Some(path) = path {
            // A bibliography file edited in the editor: the reports that read it.
            lock(&self.shared.workspace_results).clear();
            self.recheck(|d| d.bibliographies.contains(&path));
        }
    }
}
