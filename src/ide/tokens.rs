//! Semantic tokens. The legend (documented in docs/editors.md):
//!
//! | type | what |
//! |---|---|
//! | `figure` | a figure; modifiers `sourced`, `unsourced`, `assessment`, `contested` |
//! | `citation` | a cited key |
//! | `quantity` | a `qty=` or `part-of=` attribute |
//! | `likelihood` | a likelihood term or confidence phrase |

use super::Analysis;
use crate::text::Span;

pub const TOKEN_TYPES: &[&str] = &["figure", "citation", "quantity", "likelihood"];
pub const TOKEN_MODIFIERS: &[&str] = &["sourced", "unsourced", "assessment", "contested"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenType {
    Figure = 0,
    Citation = 1,
    Quantity = 2,
    Likelihood = 3,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenModifier {
    Sourced = 1,
    Unsourced = 2,
    Assessment = 4,
    Contested = 8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenType,
    /// A bit set of [`TokenModifier`]s.
    pub modifiers: u32,
}

/// Every token, sorted and not overlapping.
pub fn semantic_tokens(a: &Analysis<'_>) -> Vec<Token> {
    let model = &a.checked.model;
    let contested: std::collections::HashSet<usize> = a
        .checked
        .diagnostics
        .iter()
        .filter(|d| d.rule == "contested-quantity")
        .flat_map(|d| std::iter::once(d.span).chain(d.related.iter().map(|r| r.span)))
        .map(|s| s.start)
        .collect();
    let mut out = Vec::new();
    for f in &model.figures {
        // An estimate of the author's may cite what it builds on: it is then both.
        let mut modifiers = if model.is_sourced(f) {
            TokenModifier::Sourced as u32
        } else if f.assessment {
            0
        } else {
            TokenModifier::Unsourced as u32
        };
        if f.assessment {
            modifiers |= TokenModifier::Assessment as u32;
        }
        if contested.contains(&f.figure.span.start) {
            modifiers |= TokenModifier::Contested as u32;
        }
        out.push(Token { span: f.figure.span, kind: TokenType::Figure, modifiers });
    }
    for c in model.cited_keys() {
        out.push(Token { span: c.item.key_span, kind: TokenType::Citation, modifiers: 0 });
    }
    for s in &model.document.spans {
        for attr in s.attrs.iter().filter(|a| a.key == "qty" || a.key == "part-of") {
            out.push(Token { span: attr.span, kind: TokenType::Quantity, modifiers: 0 });
        }
    }
    for t in &model.document.terms {
        out.push(Token { span: t.term.span, kind: TokenType::Likelihood, modifiers: 0 });
    }
    out.sort_by_key(|t| (t.span.start, std::cmp::Reverse(t.span.end)));
    // Keep the first of overlapping tokens.
    let mut kept: Vec<Token> = Vec::with_capacity(out.len());
    for t in out {
        if kept.last().is_none_or(|last| last.span.end <= t.span.start) {
            kept.push(t);
        }
    }
    kept
}
