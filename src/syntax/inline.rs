//! Inline constructs Pandoc knows and CommonMark does not: bracketed spans `[text]{attrs}`
//! and inline notes `^[text]`. (Being written.)

use crate::text::Span;

/// One `key=value` attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attr {
    pub key: String,
    pub value: String,
    /// Span of `key=value`.
    pub span: Span,
    /// Span of the value without quotes.
    pub value_span: Span,
}

/// `[content]{#id .class key=value}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BracketedSpan {
    /// From `[` to `}` inclusive.
    pub span: Span,
    /// Between the brackets.
    pub content: Span,
    /// Between the braces.
    pub attrs_span: Span,
    pub id: Option<String>,
    pub classes: Vec<String>,
    pub attrs: Vec<Attr>,
}

/// `^[content]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlineNote {
    /// From `^` to `]` inclusive.
    pub span: Span,
    /// Between the brackets.
    pub content: Span,
}

pub fn scan_bracketed_spans(text: &str) -> Vec<BracketedSpan> {
    let _ = text;
    Vec::new()
}

pub fn scan_inline_notes(text: &str) -> Vec<InlineNote> {
    let _ = text;
    Vec::new()
}
