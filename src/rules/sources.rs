//! What the source-quality rules share: the citations of each sentence.

use super::Context;
use crate::model::Source;
use crate::syntax::edtf::{Date, csl_date};
use crate::syntax::frontmatter::Spanned;
use crate::syntax::{CitationSite, Document};
use crate::text::Span;
use crate::text::{FastMap, FastSet};

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
///
/// Linear in the citations: a unit with thousands of citing sentences (a report written on one
/// line) is grouped through hash look-ups, a unit with a few through plain scans.
pub(crate) fn each_scope<'m>(
    doc: &'m Document,
    citations: &'m [CitationSite],
    mut each: impl FnMut(&[(&'m str, Span)]) -> bool,
) {
    /// Up to this many citation items in a unit, scanning beats hashing.
    const FEW: usize = 32;
    // (the index of the scope's first citation in the unit, key, span of its first citation)
    let mut keys: Vec<(usize, &str, Span)> = Vec::new();
    let mut scope_keys: Vec<(&str, Span)> = Vec::new();
    let mut first_site: FastMap<usize, usize> = FastMap::default();
    let mut seen: FastSet<(usize, &str)> = FastSet::default();
    let mut start = 0;
    while start < citations.len() {
        let unit = doc.scopes[citations[start].scope].unit;
        let end = citations[start + 1..]
            .iter()
            .position(|c| doc.scopes[c.scope].unit != unit)
            .map_or(citations.len(), |n| start + 1 + n);
        let run = &citations[start..end];
        start = end;
        keys.clear();
        if run.len() <= FEW && run.iter().map(|site| site.citation.items.len()).sum::<usize>() <= FEW {
            for (i, site) in run.iter().enumerate() {
                let order = run[..i].iter().position(|c| c.scope == site.scope).unwrap_or(i);
                for item in &site.citation.items {
                    if !keys.iter().any(|&(o, k, _)| o == order && k == &*item.key) {
                        keys.push((order, &*item.key, item.key_span));
                    }
                }
            }
        } else {
            first_site.clear();
            seen.clear();
            for (i, site) in run.iter().enumerate() {
                let order = *first_site.entry(site.scope).or_insert(i);
                for item in &site.citation.items {
                    if seen.insert((site.scope, &*item.key)) {
                        keys.push((order, &*item.key, item.key_span));
                    }
                }
            }
        }
        // Stable: a scope's keys stay in the order of their first citation.
        keys.sort_by_key(|&(order, _, _)| order);
        for scope in keys.chunk_by(|a, b| a.0 == b.0) {
            scope_keys.clear();
            scope_keys.extend(scope.iter().map(|&(_, key, span)| (key, span)));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The scopes and keys `each_scope` gives, in order.
    fn scopes(doc: &Document) -> Vec<Vec<(String, Span)>> {
        let mut out = Vec::new();
        each_scope(doc, &doc.citations, |keys| {
            out.push(keys.iter().map(|&(k, s)| (k.to_string(), s)).collect());
            true
        });
        out
    }

    /// The same by the plainest reading of its contract: every scope in the order of its first
    /// citation, each key once with the span of its first citation there.
    fn plainly(doc: &Document) -> Vec<Vec<(String, Span)>> {
        let mut order: Vec<usize> = Vec::new();
        let mut keys: Vec<Vec<(String, Span)>> = Vec::new();
        for site in &doc.citations {
            let at = order.iter().position(|&s| s == site.scope).unwrap_or_else(|| {
                order.push(site.scope);
                keys.push(Vec::new());
                order.len() - 1
            });
            for item in &site.citation.items {
                if !keys[at].iter().any(|(k, _)| *k == *item.key) {
                    keys[at].push((item.key.to_string(), item.key_span));
                }
            }
        }
        keys
    }

    /// Paragraphs of 1 to 120 citing sentences (so units both under and over the size where
    /// look-ups switch from scans to hashing), keys drawn from a small pool so they repeat,
    /// some cited in inline notes between a sentence's citations, some sentences citing several
    /// keys at once.
    #[test]
    fn scopes_hold_each_key_once_in_the_order_first_cited() {
        let mut next = crate::text::seeded(0x2545_f491);
        let mut text = String::new();
        for sentences in [1, 2, 5, 11, 17, 33, 64, 120] {
            for _ in 0..sentences {
                text.push_str("Forces moved");
                match next(4) {
                    0 => text.push_str(&format!(" [@k{}]", next(6))),
                    1 => text.push_str(&format!(" [@k{}; @k{}]", next(6), next(6))),
                    2 => text.push_str(&format!(
                        " as @k{} said^[Also [@k{}].] [@k{}]",
                        next(6),
                        next(6),
                        next(6)
                    )),
                    _ => text.push_str(&format!(" [@k{}, p. {}] and [@k{}]", next(6), next(9) + 1, next(6))),
                }
                text.push_str(". ");
            }
            text.push_str("\n\n");
        }
        let doc = crate::syntax::parse(&text).document;
        let expected = plainly(&doc);
        assert!(expected.len() > 250, "the text has many citing scopes: {}", expected.len());
        assert!(expected.iter().any(|keys| keys.len() > 1), "some scopes cite several keys");
        assert_eq!(scopes(&doc), expected);
    }
}
