use super::Context;
use crate::diagnostic::Diagnostic;
use crate::syntax::frontmatter::Reference;
use crate::syntax::yaml::Value;

super::declare_rule! {
    /// ## What it does
    /// Flags a source that lacks a field the reader needs to judge and find it: by default a
    /// `title`, an `issued` date and one of `author`, `publisher` or `container-title`.
    ///
    /// The fields are set by `required-fields` in attest.toml or the report's `attest:`
    /// settings; each entry is a field or a list of alternatives. The rule looks at the
    /// sources the report writes in its front matter, cites, or relays through `via`; other
    /// entries of a shared bibliography file are left alone.
    ///
    /// ## Why is this bad?
    /// A citation is there so that a reader can judge the source and find it again. Without a
    /// title the entry cannot be looked up; without a date nobody can tell whether it is
    /// current; without an author or publisher nobody can weigh who is speaking. Pandoc also
    /// renders such an entry as a bare fragment in the bibliography.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///     author:
    ///       - literal: Ministry of Foreign Affairs of the Russian Federation
    ///     issued: 2026-03
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    pub struct IncompleteSource => "incomplete-source", Warning;
}

impl IncompleteSource {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for &source in ctx.sources_in_scope() {
            let reference = &source.reference;
            let Some(id) = &reference.id else { continue };
            let mut missing: Vec<&Vec<String>> = ctx
                .config
                .required_fields
                .iter()
                .filter(|alternatives| !alternatives.is_empty())
                .filter(|alternatives| !alternatives.iter().any(|f| has_field(reference, f)))
                .collect();
            // Single fields first: "`issued` and one of `author`/`publisher`" reads plainly.
            missing.sort_by_key(|alternatives| alternatives.len() > 1);
            let missing: Vec<String> = missing.into_iter().map(|a| describe(a)).collect();
            if missing.is_empty() {
                continue;
            }
            out.push(
                Diagnostic::new(
                    Self::META.name,
                    Self::META.default_severity,
                    id.span,
                    format!("source `{}` is missing {}", id.value, join(&missing)),
                )
                .in_file(source.file),
            );
        }
    }
}

/// Whether the reference has field `name` with something in it.
fn has_field(reference: &Reference, name: &str) -> bool {
    reference.field(name).is_some_and(|(_, value)| match &value.value {
        Value::Null => false,
        Value::Str(s) => !s.trim().is_empty(),
        Value::List(items) => !items.is_empty(),
        Value::Map(entries) => !entries.is_empty(),
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => true,
    })
}

/// "`title`", or "one of `author`/`publisher`/`container-title`".
fn describe(alternatives: &[String]) -> String {
    let names: Vec<String> = alternatives.iter().map(|f| format!("`{f}`")).collect();
    match names.as_slice() {
        [one] => one.clone(),
        _ => format!("one of {}", names.join("/")),
    }
}

/// "a", "a and b", "a, b and c".
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::IncompleteSource;
    use crate::rules::sources::run;

    fn messages(text: &str) -> Vec<String> {
        run(text, IncompleteSource::check).into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn names_every_missing_field() {
        let text = "---\nreferences:\n  - id: a\n    type: report\n    title: ''\n    publisher: []\n---\nText [@a].\n";
        assert_eq!(
            messages(text),
            ["source `a` is missing `title`, `issued` and one of `author`/`publisher`/`container-title`"]
        );
    }

    #[test]
    fn configured_fields() {
        let text = "---\nattest:\n  required-fields: [URL, [issued, accessed]]\nreferences:\n  - id: a\n    \
                    type: webpage\n    accessed: 2026-03-02\n---\nText [@a].\n";
        assert_eq!(messages(text), ["source `a` is missing `URL`"]);
        let text = text.replace("accessed: 2026-03-02", "Accessed: 2026-03-02\n    url: https://example.org");
        assert!(messages(&text).is_empty());
    }
}
