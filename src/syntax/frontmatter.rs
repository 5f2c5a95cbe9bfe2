//! YAML front matter: finding it, reading it with saphyr, and pulling out the report's
//! metadata and CSL references. (Being written.)

use super::SyntaxError;
use super::yaml::Node;
use crate::text::Span;

/// A scalar string with the span of its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned {
    pub value: String,
    pub span: Span,
}

/// One CSL item from `references:`.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// The whole item (the mapping node).
    pub span: Span,
    pub id: Option<Spanned>,
    /// The `type` field.
    pub kind: Option<Spanned>,
    /// Every field of the item in document order, including `id` and `type`.
    pub node: Node,
    pub reliability: Option<Spanned>,
    pub credibility: Option<Spanned>,
    /// `via`, split on commas, each id with its own span.
    pub via: Vec<Spanned>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FrontMatter {
    /// The whole block, from the opening `---` to the end of the closing delimiter line.
    pub span: Span,
    /// The YAML text between the delimiters.
    pub yaml_span: Span,
    /// The root mapping, when the YAML parsed.
    pub root: Option<Node>,
    pub title: Option<Spanned>,
    pub date: Option<Spanned>,
    /// Key span of `references:` when present.
    pub references_key: Option<Span>,
    pub references: Vec<Reference>,
    /// Key span of `bibliography:` when present.
    pub bibliography_key: Option<Span>,
    pub bibliography: Vec<Spanned>,
    /// Key span of `attest:` when present.
    pub attest_key: Option<Span>,
}

/// Reads the front matter at the very start of `text`, if any.
///
/// Returns the front matter (when `text` opens with one, even a broken one), the byte offset
/// where the Markdown body starts, and the errors found (YAML syntax, structure).
pub fn parse_front_matter(text: &str) -> (Option<FrontMatter>, usize, Vec<SyntaxError>) {
    let _ = text;
    (None, 0, Vec::new())
}
