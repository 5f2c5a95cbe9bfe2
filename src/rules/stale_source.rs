use super::Context;
use super::sources::dated_sources;
use crate::diagnostic::Diagnostic;
use crate::syntax::edtf::parse_interval;

super::declare_rule! {
    /// ## What it does
    /// When the settings give a `max-source-age` (such as `"2y"`, `"18m"` or `"90d"`), flags
    /// a source whose `issued` date lies more than that before the report's own `date`.
    ///
    /// An imprecise date counts from its latest possible day (`2023` from 31 December 2023),
    /// and a date range from its end; a range still open (`2020/open`) is never stale. The
    /// rule is silent when no age is set or the report has no `date`.
    ///
    /// ## Why is this bad?
    /// Old reporting may no longer describe the situation: numbers change, people move,
    /// groups split. Analytic standards ask for a note on currency when the information is
    /// much older than the product. A limit makes the old sources visible, so the author can
    /// replace them or say why they still hold.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// date: 2026-03-03
    /// attest:
    ///   max-source-age: 2y
    /// references:
    ///   - id: mfa-2022
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///     issued: 2022-11
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2022].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// date: 2026-03-03
    /// attest:
    ///   max-source-age: 2y
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///     issued: 2026-02
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    pub struct StaleSource => "stale-source", Info;
}

impl StaleSource {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(max_days) = ctx.config.max_source_age_days else { return };
        let Some(report_date) = ctx.model.front_matter().and_then(|fm| fm.date.as_ref()) else { return };
        let Some((Some(report_start), _)) = parse_interval(&report_date.value) else { return };
        for dated in dated_sources(ctx) {
            let Some(issued) = dated.end else { continue };
            let start = dated.start;
            let age = report_start.first_day() - issued.last_day();
            if age <= i64::from(max_days) {
                continue;
            }
            let (source, id, span) = (dated.source, dated.id, dated.span);
            out.push(
                Diagnostic::new(
                    Self::META.name,
                    Self::META.default_severity,
                    span,
                    format!(
                        "source `{}` {} {issued}, more than {} before the report's date {} \
                         (`max-source-age`); say why it still holds, or find a newer source",
                        id.value,
                        if start == Some(issued) { "is dated" } else { "runs until" },
                        duration(max_days),
                        report_date.value
                    ),
                )
                .in_file(source.file)
                .with_related(report_date.span, "the report is dated here"),
            );
        }
    }
}

/// Days as the settings would write them: "2 years", "18 months", "3 weeks", "90 days".
fn duration(days: u32) -> String {
    let (n, unit) = match days {
        d if d >= 365 && d % 365 == 0 => (d / 365, "year"),
        d if d >= 30 && d % 30 == 0 => (d / 30, "month"),
        d if d >= 7 && d % 7 == 0 => (d / 7, "week"),
        d => (d, "day"),
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::StaleSource;
    use super::duration;
    use crate::rules::sources::run;

    fn found(age: &str, date: &str, issued: &str) -> Vec<String> {
        let text = format!(
            "---\ndate: {date}\nattest:\n  max-source-age: {age}\nreferences:\n  - id: a\n    type: report\n    \
             issued: {issued}\n---\nText [@a].\n"
        );
        run(&text, StaleSource::check).into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn counts_from_the_latest_possible_day() {
        assert_eq!(found("2y", "2026-03-03", "2023-12").len(), 1);
        assert!(found("2y", "2026-03-03", "2024").is_empty(), "2024 may be 31 December 2024");
        assert_eq!(found("2y", "2026-03-03", "2023").len(), 1);
        assert!(found("90d", "2026-03-03", "2025-12-03").is_empty(), "exactly 90 days");
        assert_eq!(found("90d", "2026-03-03", "2025-12-02").len(), 1);
        assert!(found("90d", "2026", "2025-12-02").is_empty(), "the report may be from 1 January 2026");
        assert!(found("1y", "2026-03-03", "2020/open").is_empty());
        assert_eq!(
            found("1y", "2026-03-03", "2020/2022")[0].split(',').next(),
            Some("source `a` runs until 2022")
        );
        assert_eq!(found("1y", "2026-03-03", "{date-parts: [[2019]]}").len(), 1);
    }

    #[test]
    fn message_and_silence() {
        assert_eq!(
            found("2y", "2026-03-03", "2022-11"),
            ["source `a` is dated 2022-11, more than 2 years before the report's date 2026-03-03 \
             (`max-source-age`); say why it still holds, or find a newer source"]
        );
        let text = "---\ndate: 2026-03-03\nreferences:\n  - id: a\n    type: report\n    issued: 1990\n---\nText [@a].\n";
        assert!(run(text, StaleSource::check).is_empty(), "no limit set");
        assert_eq!(duration(730), "2 years");
        assert_eq!(duration(540), "18 months");
        assert_eq!(duration(1), "1 day");
        assert_eq!(duration(21), "3 weeks");
    }
}
