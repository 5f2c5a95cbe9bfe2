use std::collections::HashMap;

use super::Context;
use crate::diagnostic::Diagnostic;
use crate::syntax::frontmatter::{Reference, Spanned};

super::declare_rule! {
    /// ## What it does
    /// Flags a reference id that `references:` defines more than once.
    ///
    /// ## Why is this bad?
    /// Pandoc keeps only one of the two entries, without a warning, so every citation of the
    /// id silently points at one source while the report's author may mean the other. Two
    /// reports from one ministry in consecutive months are the usual case.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report, March
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report, April
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026-03
    ///     type: report
    ///     title: Situation report, March
    ///   - id: mfa-2026-04
    ///     type: report
    ///     title: Situation report, April
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026-03; @mfa-2026-04].
    /// ```
    pub struct DuplicateSource => "duplicate-source", Error;
}

impl DuplicateSource {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        findings(ctx.model.references(), out);
    }
}

fn findings(references: &[Reference], out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<&str, &Spanned> = HashMap::new();
    for id in references.iter().filter_map(|r| r.id.as_ref()) {
        match first.get(id.value.as_str()) {
            Some(earlier) => out.push(
                Diagnostic::new(
                    DuplicateSource::META.name,
                    DuplicateSource::META.default_severity,
                    id.span,
                    format!("source `{}` is defined twice", id.value),
                )
                .with_related(earlier.span, "first defined here"),
            ),
            None => {
                first.insert(&id.value, id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::frontmatter::parse_front_matter;

    fn run(text: &str) -> Vec<Diagnostic> {
        let (fm, _, _) = parse_front_matter(text);
        let mut out = Vec::new();
        findings(fm.as_ref().map_or(&[], |fm| fm.references.as_slice()), &mut out);
        out
    }

    fn doc_block(heading: &str) -> String {
        let doc = DuplicateSource::META.documentation();
        let after = &doc[doc.find(heading).unwrap()..];
        let start = after.find("```markdown\n").unwrap() + "```markdown\n".len();
        let end = after[start..].find("```").unwrap();
        after[start..start + end].to_string()
    }

    #[test]
    fn documentation_examples() {
        assert_eq!(run(&doc_block("## Example")).len(), 1);
        assert!(run(&doc_block("## Use instead")).is_empty());
    }

    #[test]
    fn second_and_later_definitions() {
        let text = "---\nreferences:\n  - id: a\n  - id: b\n  - {id: 'a'}\n  - id: a\n---\n";
        let found = run(text);
        assert_eq!(found.len(), 2);
        let first = text.find("id: a").unwrap() + 4;
        for d in &found {
            assert_eq!(d.message, "source `a` is defined twice");
            assert_eq!(d.related[0].span.start, first);
            assert_eq!(d.related[0].message, "first defined here");
        }
        assert_eq!(found[0].span.slice(text), "'a'");
        assert_eq!(found[1].span.start, text.rfind("a\n").unwrap());
    }
}
