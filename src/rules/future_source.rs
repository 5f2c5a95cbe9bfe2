use super::Context;
use super::sources::dated_sources;
use crate::diagnostic::Diagnostic;
use crate::syntax::edtf::parse_interval;

super::declare_rule! {
    /// ## What it does
    /// Flags a source whose `issued` date is later than the report's own `date`.
    ///
    /// Dates are compared at the precision both have: a source issued `2026-03` is not later
    /// than a report dated `2026-03-03`, but one issued `2026-04` is. For a date range the
    /// start of the range counts. CSL date mappings (`date-parts`) are read too. The rule is
    /// silent when the report has no `date`.
    ///
    /// ## Why is this bad?
    /// A report cannot rest on something published after it was written. Usually the date is
    /// a typo (`2026` for `2025`), the source was swapped for a newer version without the
    /// text being checked against it, or the report's date was never updated; any of them
    /// leaves the reader unsure what the judgments were based on.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// date: 2026-03-03
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///     issued: 2026-04
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// date: 2026-03-03
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///     issued: 2026-03
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    pub struct FutureSource => "future-source", Warning;
}

impl FutureSource {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(report_date) = ctx.model.front_matter().and_then(|fm| fm.date.as_ref()) else { return };
        let Some((_, Some(report_end))) = parse_interval(&report_date.value) else { return };
        for dated in dated_sources(ctx) {
            let Some(issued) = dated.start else { continue };
            if !issued.is_after(report_end) {
                continue;
            }
            let (source, id, span) = (dated.source, dated.id, dated.span);
            out.push(
                Diagnostic::new(
                    Self::META.name,
                    Self::META.default_severity,
                    span,
                    format!(
                        "source `{}` is dated {issued}, after the report's date {}",
                        id.value, report_date.value
                    ),
                )
                .in_file(source.file)
                .with_related(report_date.span, "the report is dated here"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FutureSource;
    use crate::rules::sources::run;

    fn found(date: &str, issued: &str) -> Vec<String> {
        let text = format!(
            "---\ndate: {date}\nreferences:\n  - id: a\n    type: report\n    issued: {issued}\n---\nText [@a].\n"
        );
        run(&text, FutureSource::check).into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn compares_at_the_common_precision() {
        assert_eq!(
            found("2026-03-03", "2026-04"),
            ["source `a` is dated 2026-04, after the report's date 2026-03-03"]
        );
        assert_eq!(found("2026-03-03", "2026-03-04").len(), 1);
        assert_eq!(found("2026-03", "2026-04-01").len(), 1);
        assert!(found("2026-03-03", "2026-03").is_empty());
        assert!(found("2026-03-03", "2026").is_empty());
        assert!(found("2026", "2026-12-31").is_empty());
        assert!(found("2026-03-03", "2026-03-03").is_empty());
    }

    #[test]
    fn ranges_and_date_parts() {
        assert!(found("2026-03-03", "2020/2027").is_empty(), "the range started before the report");
        assert_eq!(found("2026-03-03", "2027/open").len(), 1);
        assert_eq!(found("2026-03-03", "{date-parts: [[2026, 5]]}").len(), 1);
        assert!(found("2026-03-03", "{date-parts: [[2026, 3, 1]]}").is_empty());
        assert!(found("2026-03-03", "{literal: next spring}").is_empty());
        assert_eq!(found("2026-03-03", "2027").len(), 1, "a bare year reads as a number");
        assert!(found("early 2026", "2027").is_empty(), "no readable report date: silent");
    }
}
