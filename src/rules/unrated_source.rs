use super::Context;
use crate::diagnostic::Diagnostic;
use crate::syntax::frontmatter::Spanned;

super::declare_rule! {
    /// ## What it does
    /// When the report's settings ask for grading (`require-grading: true`), flags a source
    /// without a `reliability` grade (`A`–`F`) or without a `credibility` grade (`1`–`6`) on
    /// the Admiralty code.
    ///
    /// The rule looks at the sources the report writes in its front matter, cites, or relays
    /// through `via`. It is silent unless grading is required.
    ///
    /// ## Why is this bad?
    /// A team that grades its sources expects every source to carry both grades: a reader
    /// weighs an ungraded source the same as a graded one, and the checks that use the grades
    /// (such as `unconfirmed-credibility`) cannot see it. The two grades answer different
    /// questions (how far the source has been right before; how well this piece of
    /// information holds up), so one does not stand in for the other.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// attest:
    ///   require-grading: true
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///     reliability: B
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// attest:
    ///   require-grading: true
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///     reliability: B
    ///     credibility: 3
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    pub struct UnratedSource => "unrated-source", Info;
}

impl UnratedSource {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !ctx.config.require_grading {
            return;
        }
        let given = |grade: &Option<Spanned>| grade.as_ref().is_some_and(|g| !g.value.trim().is_empty());
        for &source in ctx.sources_in_scope() {
            let reference = &source.reference;
            let Some(id) = &reference.id else { continue };
            let message = match (given(&reference.reliability), given(&reference.credibility)) {
                (true, true) => continue,
                (false, true) => format!(
                    "source `{}` has no `reliability` grade; add one from `A` (completely reliable) to \
                     `F` (cannot be judged)",
                    id.value
                ),
                (true, false) => format!(
                    "source `{}` has no `credibility` grade; add one from `1` (confirmed by other \
                     sources) to `6` (cannot be judged)",
                    id.value
                ),
                (false, false) => format!(
                    "source `{}` is not graded; add `reliability` (`A`–`F`) and `credibility` (`1`–`6`)",
                    id.value
                ),
            };
            out.push(
                Diagnostic::new(Self::META.name, Self::META.default_severity, id.span, message)
                    .in_file(source.file),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::UnratedSource;
    use crate::rules::sources::run;

    fn messages(text: &str) -> Vec<String> {
        run(text, UnratedSource::check).into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn only_when_grading_is_required() {
        let text = "---\nreferences:\n  - id: a\n    type: report\n---\nText [@a].\n";
        assert!(messages(text).is_empty());
        let text = text.replace("---\nreferences", "---\nattest: {require-grading: true}\nreferences");
        assert_eq!(messages(&text).len(), 1);
        assert!(messages(&text)[0].contains("is not graded"));
        let text = text.replace("type: report", "type: report\n    credibility: ''");
        assert!(messages(&text)[0].contains("is not graded"), "an empty grade is no grade");
    }
}
