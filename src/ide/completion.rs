//! Completion: source ids after `@`, quantity keys in `qty=` and `part-of=`, rule names in
//! suppression comments.

use super::Analysis;
use crate::rules::RULES;
use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionKind {
    Source,
    Quantity,
    Rule,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Completion {
    pub label: String,
    pub detail: Option<String>,
    pub documentation: Option<String>,
    pub kind: CompletionKind,
}

/// What to offer, and the span the chosen label replaces.
#[derive(Clone, Debug, PartialEq)]
pub struct Completions {
    pub span: Span,
    pub items: Vec<Completion>,
}

fn key_char(c: char) -> bool {
    c.is_alphanumeric() || "_:.#$%&-+?<>~/".contains(c)
}

/// The completions at `offset`, if the cursor is somewhere completion makes sense.
pub fn completions(a: &Analysis<'_>, offset: usize) -> Option<Completions> {
    let text = a.text;
    let offset = offset.min(text.len());
    if !text.is_char_boundary(offset) {
        return None;
    }
    // Nothing is read as a citation or a span in the front matter or in code.
    let doc = &a.checked.model.document;
    if doc.front_matter.as_ref().is_some_and(|fm| fm.span.contains(offset)) {
        return None;
    }
    let before = &text[..offset];
    // The word being typed (key characters) and what precedes it.
    let word_start =
        before.char_indices().rev().take_while(|(_, c)| key_char(*c)).last().map_or(offset, |(i, _)| i);
    // The chosen label replaces the whole word, the part after the cursor too (`[@ic|g-2025]`
    // becomes `[@acled-2026]`), but not punctuation ending it (`@icg-2025.` keeps its stop).
    let after = &text[offset..];
    let tail = after.char_indices().find(|&(_, c)| !key_char(c)).map_or(after.len(), |(i, _)| i);
    let tail = after[..tail].trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '_')).len();
    let word = Span::new(word_start, offset + tail);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = &before[line_start..];

    // Rule names inside `<!-- attest-ignore … `.
    if let Some(open) = line.rfind("<!--")
        && !line[open..].contains("-->")
    {
        let inside = line[open + 4..].trim_start();
        if inside.starts_with("attest-ignore") {
            // (Not the rules the comment lists already.)
            let listed: Vec<&str> =
                inside.split(|c: char| c.is_whitespace() || c == ',').map(str::trim).collect();
            let items = RULES
                .iter()
                .filter(|r| !listed.contains(&r.meta.name) || word.slice(text) == r.meta.name)
                .map(|r| Completion {
                    label: r.meta.name.to_string(),
                    detail: Some(r.meta.default_severity.as_str().to_string()),
                    documentation: Some(r.meta.documentation()),
                    kind: CompletionKind::Rule,
                })
                .collect();
            return Some(Completions { span: word, items });
        }
    }

    // Inside inline code (an odd number of backticks before it on the line), nothing is read.
    if line.matches('`').count() % 2 == 1 {
        return None;
    }
    // `@` right before the word, not after a word character (`a@b.com`).
    let at = before[..word_start].strip_suffix('@').map(|rest| rest.chars().next_back());
    if let Some(prev) = at
        && !prev.is_some_and(|c| c.is_alphanumeric())
    {
        let model = &a.checked.model;
        let mut seen = std::collections::HashSet::new();
        let items = model
            .sources
            .iter()
            .filter_map(|s| {
                let id = s.reference.id.as_ref()?;
                if !seen.insert(id.value.clone()) {
                    return None;
                }
                let node = &s.reference.node;
                let title = node.get("title").and_then(|t| t.as_text());
                let issued = node.get("issued").and_then(|t| t.as_text());
                let detail = match (title, issued) {
                    (Some(t), Some(d)) => Some(format!("{t} ({d})")),
                    (Some(t), None) => Some(t),
                    (None, d) => d,
                };
                Some(Completion {
                    label: id.value.clone(),
                    detail,
                    documentation: None,
                    kind: CompletionKind::Source,
                })
            })
            .collect();
        return Some(Completions { span: word, items });
    }

    // `qty=` or `part-of=` inside `{…}`.
    let in_braces = line.rfind('{').is_some_and(|open| !line[open..].contains('}'));
    let prefix = &before[..word_start];
    if in_braces && (prefix.ends_with("qty=") || prefix.ends_with("part-of=")) {
        let model = &a.checked.model;
        let parts = super::outline::part_counts(model);
        let items = model
            .quantities()
            .iter()
            .map(|(key, mentions)| Completion {
                label: key.to_string(),
                detail: Some(super::outline::mention_count(
                    mentions.len(),
                    parts.get(key.as_str()).copied().unwrap_or(0),
                )),
                documentation: None,
                kind: CompletionKind::Quantity,
            })
            .collect();
        return Some(Completions { span: word, items });
    }
    None
}
