//! Markup → document. Parsing never fails: it returns the document and its errors.

pub mod citation;
pub mod figure;
pub mod frontmatter;
pub mod inline;
pub mod sentence;
pub mod yaml;

use crate::text::Span;

/// A problem found while reading the markup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
}
