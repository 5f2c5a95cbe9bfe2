//! What the source-quality rules share: the citations of each sentence.

use super::Context;
use crate::model::Source;
use crate::syntax::edtf::{Date, csl_date};
use crate::syntax::frontmatter::Spanned;
use crate::syntax::{CitationSite, Document};
use crate::text::Span;

/// A source in scope with a readable `issued` date: the source, its id, the span to report
/// on (the date's value, or its key when the value is empty) and the date's start and end.
pub(crate) struct Dated<'m> {
    pub source: &'m Source,
    pub id: &'m Spanned,
    pub span: Span,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

/// The sources in scope whose `issued` date can be read (for future-source and stale-source).
pub(crate) fn dated_sources<'m>(ctx: &'m Context<'_>) -> impl Iterator<Item = Dated<'m>> {
    ctx.sources_in_scope().iter().filter_map(|&source| {
        let id = source.reference.id.as_ref()?;
        let (key, value) = source.reference.field("issued")?;
        let (start, end) = csl_date(value)?;
        let span = if value.span.is_empty() { key.span } else { value.span };
        Some(Dated { source, id, span, start, end })
    })
}

/// Calls `each` with the distinct keys cited in each scope (sentence, heading, list item, table
/// cell, inline note), with the span of each key's first citation there; scopes in the order
/// of their first citation. `citations` must hold whole units (as
/// [`Context::citation_range`] gives them): a scope's citations all stand in its unit, and a
/// unit's citations are consecutive. Stops when `each` returns `false`.
pub(crate) fn each_scope<'m>(
    doc: &'m Document,
    citations: &'m [CitationSite],
    mut each: impl FnMut(&[(&'m str, Span)]) -> bool,
) {
    let mut order: Vec<usize> = Vec::new();
    let mut keys: Vec<(usize, &str, Span)> = Vec::new();
    let mut scope_keys: Vec<(&str, Span)> = Vec::new();
    let mut start = 0;
    while start < citations.len() {
        let unit = doc.scopes[citations[start].scope].unit;
        let end = citations[start + 1..]
            .iter()
            .position(|c| doc.scopes[c.scope].unit != unit)
            .map_or(citations.len(), |n| start + 1 + n);
        let run = &citations[start..end];
        start = end;
        if run.iter().all(|c| c.scope == run[0].scope) {
            // Usually one sentence of the unit cites.
            scope_keys.clear();
            for item in run.iter().flat_map(|site| &site.citation.items) {
                if !scope_keys.iter().any(|&(k, _)| k == &*item.key) {
                    scope_keys.push((&*item.key, item.key_span));
                }
            }
            if !each(&scope_keys) {
                return;
            }
            continue;
        }
        order.clear();
        keys.clear();
        for site in run {
            if !order.contains(&site.scope) {
                order.push(site.scope);
            }
            for item in &site.citation.items {
                if !keys.iter().any(|&(s, k, _)| s == site.scope && k == &*item.key) {
                    keys.push((site.scope, &*item.key, item.key_span));
                }
            }
        }
        for &scope in &order {
            scope_keys.clear();
            scope_keys.extend(keys.iter().filter(|k| k.0 == scope).map(|&(_, k, span)| (k, span)));
            if !each(&scope_keys) {
                return;
            }
        }
    }
}

/// Runs one rule on a report without bibliography files, with the report's own `attest:`
/// settings applied, as the checker does.
#[cfg(test)]
pub(crate) fn run(
    text: &str,
    check: fn(&Context<'_>, &mut Vec<crate::diagnostic::Diagnostic>),
) -> Vec<crate::diagnostic::Diagnostic> {
    let model = crate::model::Model::build(crate::syntax::parse(text));
    let mut config = crate::config::Config::default();
    if let Some(node) =
        model.front_matter().and_then(|fm| fm.root.as_ref()).and_then(|root| root.get("attest"))
    {
        config.apply_front_matter(node, &super::names(), &mut Vec::new());
    }
    let ctx = Context::new(text, &model, &config, None);
    let mut out = Vec::new();
    check(&ctx, &mut out);
    out
}
