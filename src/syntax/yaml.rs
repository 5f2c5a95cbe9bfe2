//! A small owned YAML tree with byte spans, converted from saphyr's marked nodes.
//! (Being written.)

use crate::text::Span;

/// A YAML node with the byte span of its value in the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A string scalar. Plain scalars that YAML would read as something else (`2026-03-02`)
    /// stay strings here when YAML's core schema makes them strings.
    Str(String),
    List(Vec<Node>),
    /// Entries in document order; keys keep their own spans.
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// The scalar as text (strings as they are, numbers and booleans printed), `None` for
    /// null, lists and maps.
    pub fn as_text(&self) -> Option<String> {
        match &self.value {
            Value::Str(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null | Value::List(_) | Value::Map(_) => None,
        }
    }

    /// The value under string key `key` of a map node.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key node and value node under `key` of a map node.
    pub fn entry(&self, key: &str) -> Option<(&Node, &Node)> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))
                .map(|(k, v)| (k, v)),
            _ => None,
        }
    }
}
