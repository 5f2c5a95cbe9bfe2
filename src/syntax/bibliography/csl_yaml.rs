//! CSL-YAML bibliographies (`.yaml`, `.yml`): a list of CSL items, or a mapping whose
//! `references:` holds that list (pandoc reads both). Items become references exactly as the
//! front matter's do.

use crate::syntax::SyntaxError;
use crate::syntax::frontmatter::{self, Reference};
use crate::syntax::yaml::{self, Node, Value};

/// Reads a CSL-YAML file. Never fails: problems become errors with spans into `text`.
pub fn parse(text: &str) -> (Vec<Reference>, Vec<SyntaxError>) {
    let parsed = yaml::parse(text, 0);
    let mut errors: Vec<SyntaxError> =
        parsed.errors.into_iter().map(|e| SyntaxError { span: e.span, message: e.message }).collect();
    let mut references = Vec::new();
    for document in &parsed.documents {
        match &document.value {
            Value::Null => {}
            Value::List(items) => read_items(text, items, &mut references, &mut errors),
            Value::Map(_) => match document.entry("references") {
                Some((_, value)) => match &value.value {
                    Value::List(items) => read_items(text, items, &mut references, &mut errors),
                    Value::Null => {}
                    _ => errors.push(SyntaxError {
                        span: value.span,
                        message: format!(
                            "`references:` must be a list of items, each starting with `- id:`, not {}",
                            value.kind_name()
                        ),
                    }),
                },
                None => errors.push(SyntaxError {
                    span: document.span,
                    message: "a CSL-YAML bibliography is a list of items (`- id: …`) or a mapping with \
                              `references:`; this mapping has no `references:`"
                        .to_string(),
                }),
            },
            _ => errors.push(SyntaxError {
                span: document.span,
                message: format!(
                    "a CSL-YAML bibliography is a list of items (`- id: …`) or a mapping with \
                     `references:`, not {}",
                    document.kind_name()
                ),
            }),
        }
    }
    errors.sort_by_key(|e| e.span.start);
    (references, errors)
}

fn read_items(text: &str, items: &[Node], out: &mut Vec<Reference>, errors: &mut Vec<SyntaxError>) {
    for item in items {
        if matches!(item.value, Value::Map(_)) {
            out.push(frontmatter::reference(text, item));
        } else {
            errors.push(SyntaxError {
                span: item.span,
                message: format!(
                    "each item of a CSL-YAML bibliography must be a mapping with `id:` and `type:`, not {}",
                    item.kind_name()
                ),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_of_items() {
        let text = "- id: mfa-2026\n  type: report\n  via: tass\n- id: b\n  title: Étude\n";
        let (refs, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(refs.len(), 2);
        assert_eq!(refs[0].id.as_ref().unwrap().span.slice(text), "mfa-2026");
        assert_eq!(refs[0].via[0].span.slice(text), "tass");
        assert_eq!(refs[1].field("title").unwrap().1.span.slice(text), "Étude");
    }

    #[test]
    fn a_references_mapping_in_a_document() {
        let text = "---\nreferences:\n- id: a\n  type: book\n...\n";
        let (refs, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(refs.len(), 1);
        assert_eq!(refs[0].span.slice(text), "id: a\n  type: book");
    }

    #[test]
    fn problems() {
        let (refs, errors) = parse("");
        assert!(refs.is_empty() && errors.is_empty());

        let text = "title: x\n";
        let (_, errors) = parse(text);
        assert!(errors[0].message.contains("has no `references:`"));

        let text = "references: x\n";
        let (_, errors) = parse(text);
        assert_eq!(errors[0].span.slice(text), "x");

        let text = "- id: a\n- just text\n";
        let (refs, errors) = parse(text);
        assert_eq!(refs.len(), 1);
        assert_eq!(errors[0].span.slice(text), "just text");

        let text = "- id: a\n  title: [1, 2\n";
        let (refs, errors) = parse(text);
        assert!(refs.is_empty());
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.starts_with("invalid YAML"));

        let (_, errors) = parse("42\n");
        assert!(errors[0].message.contains("not a number"));
    }
}
