//! Reading CSL fields from a reference for display: titles, names, dates. Field names match
//! without regard to case, as pandoc reads them.

use crate::syntax::yaml::{Node, Value};

/// The value of field `name` of a CSL item.
pub fn field<'n>(node: &'n Node, name: &str) -> Option<&'n Node> {
    let Value::Map(entries) = &node.value else { return None };
    entries.iter().find(|(k, _)| k.as_text().is_some_and(|k| k.eq_ignore_ascii_case(name))).map(|(_, v)| v)
}

/// A scalar field as text with its white space collapsed; `None` when absent or empty.
pub fn text(node: &Node, name: &str) -> Option<String> {
    field(node, name)?.as_text().map(|s| crate::text::one_line(&s).into_owned()).filter(|s| !s.is_empty())
}

/// CSL names (`{family, given}`, `{literal}` or plain strings) of field `name`, at most
/// `limit` of them followed by "et al.".
pub fn names(node: &Node, name: &str, limit: usize) -> Option<String> {
    let value = field(node, name)?;
    let list: Vec<&Node> = match &value.value {
        Value::List(items) => items.iter().collect(),
        _ => vec![value],
    };
    let all: Vec<String> = list
        .iter()
        .filter_map(|n| {
            n.as_text().or_else(|| text(n, "literal")).or_else(|| {
                match (text(n, "given"), text(n, "family")) {
                    (Some(g), Some(f)) => Some(format!("{g} {f}")),
                    (g, f) => f.or(g),
                }
            })
        })
        .collect();
    if all.is_empty() {
        return None;
    }
    let mut out = all.iter().take(limit.max(1)).cloned().collect::<Vec<_>>().join(", ");
    if all.len() > limit.max(1) {
        out.push_str(" et al.");
    }
    Some(out)
}

/// Who stands behind a source: its authors, else its publisher, else its container.
pub fn who(node: &Node, limit: usize) -> Option<String> {
    names(node, "author", limit).or_else(|| text(node, "publisher")).or_else(|| text(node, "container-title"))
}

/// A date field as written (EDTF), its `raw` or `literal`, or its `date-parts` joined with `-`.
pub fn date(node: &Node, name: &str) -> Option<String> {
    let value = field(node, name)?;
    if let Some(text) = value.as_text() {
        return Some(text);
    }
    if let Some(raw) = text(value, "raw").or_else(|| text(value, "literal")) {
        return Some(raw);
    }
    let Value::List(outer) = &field(value, "date-parts")?.value else { return None };
    let Value::List(inner) = &outer.first()?.value else { return None };
    let parts: Vec<String> = inner
        .iter()
        .filter_map(Node::as_text)
        .enumerate()
        .map(|(i, p)| if i == 0 { p } else { format!("{p:0>2}") })
        .collect();
    (!parts.is_empty()).then(|| parts.join("-"))
}
