//! What the source-quality rules share: the citations of each sentence.

use super::Context;
use crate::model::via::sources_in_scope;
use crate::model::{FastMap, Source};
use crate::syntax::edtf::{Date, csl_date};
use crate::syntax::frontmatter::Spanned;
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
    sources_in_scope(ctx.model).into_iter().filter_map(|source| {
        let id = source.reference.id.as_ref()?;
        let (key, value) = source.reference.field("issued")?;
        let (start, end) = csl_date(value)?;
        let span = if value.span.is_empty() { key.span } else { value.span };
        Some(Dated { source, id, span, start, end })
    })
}

/// The distinct keys cited in each scope (sentence, heading, list item, table cell), with the
/// span of each key's first citation there; scopes in text order.
pub(crate) fn keys_by_scope<'c>(ctx: &'c Context<'_>) -> Vec<Vec<(&'c str, Span)>> {
    let mut order: Vec<Vec<(&str, Span)>> = Vec::new();
    let mut index: FastMap<usize, usize> = FastMap::default();
    for site in &ctx.model.document.citations {
        let slot = *index.entry(site.scope).or_insert_with(|| {
            order.push(Vec::new());
            order.len() - 1
        });
        for item in &site.citation.items {
            if !order[slot].iter().any(|(k, _)| *k == item.key) {
                order[slot].push((item.key.as_str(), item.key_span));
            }
        }
    }
    order
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
    let ctx = Context { text, model: &model, config: &config };
    let mut out = Vec::new();
    check(&ctx, &mut out);
    out
}
