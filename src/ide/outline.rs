//! Document symbols, links and folding ranges.

use super::Analysis;
use crate::syntax::yaml::Value;
use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Heading,
    Source,
    Quantity,
}

/// An outline entry; headings nest by level.
#[derive(Clone, Debug, PartialEq)]
pub struct Symbol {
    pub name: String,
    pub detail: Option<String>,
    pub kind: SymbolKind,
    /// The whole extent (a heading's section, a reference's item).
    pub span: Span,
    /// What to select when the symbol is chosen (the heading text, the id).
    pub selection: Span,
    pub children: Vec<Symbol>,
}

/// Headings as a tree of sections, then the sources and the quantities.
pub fn symbols(a: &Analysis<'_>) -> Vec<Symbol> {
    let model = &a.checked.model;
    let doc = &model.document;
    let mut out = Vec::new();
    // Headings: each section runs to the next heading of the same or a higher level.
    let headings = &doc.headings;
    let mut flat: Vec<(u8, Symbol)> = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        let end =
            headings[i + 1..].iter().find(|n| n.level <= h.level).map_or(a.text.len(), |n| n.span.start);
        flat.push((
            h.level,
            Symbol {
                name: if h.text.is_empty() { "(untitled)".to_string() } else { h.text.clone() },
                detail: None,
                kind: SymbolKind::Heading,
                span: Span::new(h.span.start, end),
                // The heading's line, without its line break.
                selection: Span::new(h.span.start, h.span.start + h.span.slice(a.text).trim_end().len()),
                children: Vec::new(),
            },
        ));
    }
    out.extend(nest(&mut flat.into_iter().peekable(), 0));
    for source in model.sources.iter().filter(|s| s.file == crate::text::FileId::REPORT) {
        let Some(id) = &source.reference.id else { continue };
        let title = source.reference.node.get("title").and_then(|t| t.as_text());
        out.push(Symbol {
            name: format!("@{}", id.value),
            detail: title,
            kind: SymbolKind::Source,
            span: source.reference.span.cover(id.span),
            selection: id.span,
            children: Vec::new(),
        });
    }
    let parts = part_counts(model);
    for (key, mentions) in model.quantities() {
        let first = &model.figures[mentions[0]];
        let span = first.quantity.as_ref().map_or(first.figure.span, |q| q.span);
        // The whole bracketed span that names the quantity, `[2.1 million]{qty=idps}`.
        let whole =
            doc.spans.iter().find(|s| s.span.covers(span)).map_or(first.figure.span.cover(span), |s| s.span);
        out.push(Symbol {
            name: key.to_string(),
            detail: Some(mention_count(mentions.len(), parts.get(key.as_str()).copied().unwrap_or(0))),
            kind: SymbolKind::Quantity,
            span: whole,
            selection: span,
            children: Vec::new(),
        });
    }
    out
}

/// How many figures are parts of each quantity (`part-of=KEY`), counted in one pass.
pub(crate) fn part_counts(model: &crate::model::Model) -> std::collections::HashMap<&str, usize> {
    let mut counts = std::collections::HashMap::new();
    for p in model.figures.iter().filter_map(|f| f.part_of.as_ref()) {
        *counts.entry(p.value.as_str()).or_insert(0) += 1;
    }
    counts
}

/// "1 mention, 2 parts": the figures measuring a quantity and those that are parts of it.
pub(crate) fn mention_count(mentions: usize, parts: usize) -> String {
    let mut out = format!("{mentions} mention{}", if mentions == 1 { "" } else { "s" });
    if parts > 0 {
        out.push_str(&format!(", {parts} part{}", if parts == 1 { "" } else { "s" }));
    }
    out
}

fn nest(items: &mut std::iter::Peekable<impl Iterator<Item = (u8, Symbol)>>, parent: u8) -> Vec<Symbol> {
    let mut out = Vec::new();
    while let Some((level, _)) = items.peek() {
        if *level <= parent {
            break;
        }
        let (level, mut symbol) = items.next().expect("peeked");
        symbol.children = nest(items, level);
        out.push(symbol);
    }
    out
}

/// A link to open: a reference's `URL`.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub span: Span,
    pub target: String,
}

/// The `URL` fields of inline references that point at the web.
pub fn links(a: &Analysis<'_>) -> Vec<Link> {
    let mut out = Vec::new();
    for reference in a.checked.model.references() {
        let Value::Map(entries) = &reference.node.value else { continue };
        for (key, value) in entries {
            if !key.as_text().is_some_and(|k| k.eq_ignore_ascii_case("url")) {
                continue;
            }
            let Some(url) = value.as_text() else { continue };
            let url = url.trim();
            if url.starts_with("https://") || url.starts_with("http://") {
                out.push(Link { span: value.span, target: url.to_string() });
            }
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FoldKind {
    /// The front matter.
    FrontMatter,
    /// A section under a heading, or a footnote.
    Region,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    pub span: Span,
    pub kind: FoldKind,
}

/// Folding: the front matter, each heading's section and each footnote definition.
pub fn folding_ranges(a: &Analysis<'_>) -> Vec<Fold> {
    let doc = &a.checked.model.document;
    let mut out = Vec::new();
    if let Some(fm) = &doc.front_matter {
        out.push(Fold { span: fm.span, kind: FoldKind::FrontMatter });
    }
    let headings = &doc.headings;
    for (i, h) in headings.iter().enumerate() {
        let end =
            headings[i + 1..].iter().find(|n| n.level <= h.level).map_or(a.text.len(), |n| n.span.start);
        let body = a.text[h.span.start..end].trim_end();
        out.push(Fold { span: Span::new(h.span.start, h.span.start + body.len()), kind: FoldKind::Region });
    }
    for def in &doc.footnote_defs {
        out.push(Fold { span: def.span, kind: FoldKind::Region });
    }
    for div in &doc.divs {
        out.push(Fold { span: div.span, kind: FoldKind::Region });
    }
    out.retain(|f| a.text[f.span.start..f.span.end.min(a.text.len())].contains('\n'));
    out
}
