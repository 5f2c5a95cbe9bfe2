//! Findings: what a rule reports, with optional fixes. Plain data, no presentation.

use crate::text::{FileId, Span};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Hint => "hint",
        }
    }
}

/// A secondary location that explains a finding ("first defined here").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Related {
    pub file: FileId,
    pub span: Span,
    pub message: String,
}

/// One text replacement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// Whether a fix may be applied without a human looking at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps the meaning the author evidently intended.
    Safe,
    /// Changes meaning or deletes content; only on explicit request.
    Unsafe,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fix {
    pub message: String,
    pub edits: Vec<Edit>,
    pub applicability: Applicability,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    pub rule: &'static str,
    /// The file the primary span is in (the report, or a bibliography file).
    pub file: FileId,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub related: Vec<Related>,
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn new(rule: &'static str, severity: Severity, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            file: FileId::REPORT,
            severity,
            span,
            message: message.into(),
            related: Vec::new(),
            fix: None,
        }
    }

    /// The same finding, with its primary span in `file`.
    pub fn in_file(mut self, file: FileId) -> Self {
        self.file = file;
        self
    }

    pub fn with_related(self, span: Span, message: impl Into<String>) -> Self {
        self.with_related_in(FileId::REPORT, span, message)
    }

    pub fn with_related_in(mut self, file: FileId, span: Span, message: impl Into<String>) -> Self {
        self.related.push(Related { file, span, message: message.into() });
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }
}
