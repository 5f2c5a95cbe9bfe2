use super::Context;
use super::sources::each_scope;
use crate::diagnostic::Diagnostic;
use crate::model::FastMap;
use crate::model::via::ViaGraph;

super::declare_rule! {
    /// ## What it does
    /// Flags a sentence that cites two sources of which one relays the other through `via`
    /// (directly or along a chain), or which both relay a common origin.
    ///
    /// Write the chain on the relaying source: `via: mfa-2026` on a news report that passes on
    /// a ministry's figures. The rule reads each sentence's citations (each heading, list item
    /// or table cell counts as a sentence) and reports every source that adds nothing but
    /// another channel for what an earlier source in the sentence already says.
    ///
    /// ## Why is this bad?
    /// Two citations read as two independent sources agreeing. When both go back to one
    /// origin, the agreement is an echo: circular reporting, the classic way false
    /// corroboration enters an assessment. Cite the origin, or cite the relay and say it is
    /// one, and look for a source that is truly independent.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///   - id: interfax-2026
    ///     type: article-newspaper
    ///     title: Ministry counts foreign fighters
    ///     via: mfa-2026
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026; @interfax-2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///   - id: interfax-2026
    ///     type: article-newspaper
    ///     title: Ministry counts foreign fighters
    ///     via: mfa-2026
    /// ---
    /// Between 20,000 and 23,000 fighters are active, according to the ministry as relayed by
    /// Interfax [@interfax-2026].
    /// ```
    pub struct CircularCorroboration => "circular-corroboration", Warning;
}

impl CircularCorroboration {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let doc = &ctx.model.document;
        // Whether two keys share an origin, by (earlier, later): a report cites few sources
        // many times.
        let mut related: FastMap<(&str, &str), bool> = FastMap::default();
        // The keys of the scope so far that relay something: two keys that relay nothing are
        // never related, so a key that relays nothing is only compared with these.
        let mut relaying: Vec<usize> = Vec::new();
        each_scope(doc, &doc.citations[ctx.citation_range()], |keys| {
            relaying.clear();
            for (j, &(later, later_span)) in keys.iter().enumerate() {
                let relaying_before = relaying.len();
                let later_relays = !ctx.graph().relays(later).is_empty();
                if later_relays {
                    relaying.push(j);
                }
                if j == 0 || !ctx.in_region(later_span.start) {
                    continue;
                }
                let mut related_to = |i: &usize| {
                    let earlier = keys[*i].0;
                    *related.entry((earlier, later)).or_insert_with(|| ctx.graph().related(earlier, later))
                };
                let found = if later_relays {
                    (0..j).find(related_to)
                } else {
                    relaying[..relaying_before].iter().copied().find(&mut related_to)
                }
                .map(|i| &keys[i]);
                let Some(&(earlier, earlier_span)) = found else { continue };
                let Some(relation) = relation(ctx.graph(), earlier, later) else { continue };
                out.push(
                    Diagnostic::new(
                        Self::META.name,
                        Self::META.default_severity,
                        later_span,
                        format!("{relation}, so citing both is one source, not two"),
                    )
                    .with_related(earlier_span, format!("`{earlier}` is cited here")),
                );
            }
            true
        });
    }
}

/// How `earlier` and `later` share an origin, said for a message; `None` when they are
/// independent.
fn relation(graph: &ViaGraph<'_>, earlier: &str, later: &str) -> Option<String> {
    let through = |chain: &[&str]| match chain {
        [] | [_] => String::new(),
        [between @ .., _] if between.len() > 3 => {
            format!(" (through `{}` and {} more)", between[0], between.len() - 1)
        }
        [between @ .., _] => {
            format!(" (through {})", between.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "))
        }
    };
    if earlier == later {
        return None;
    }
    if let Some(chain) = graph.path(later, earlier) {
        return Some(format!("`{later}` relays `{earlier}`{}", through(&chain)));
    }
    if let Some(chain) = graph.path(earlier, later) {
        return Some(format!("`{earlier}` relays `{later}`{}", through(&chain)));
    }
    let common = graph.common_origins(earlier, later);
    let origin = common.first()?;
    Some(format!("`{earlier}` and `{later}` both relay `{origin}`"))
}

#[cfg(test)]
mod tests {
    use super::CircularCorroboration;
    use crate::rules::sources::run;

    const REFS: &str = "---\nreferences:\n  - id: mfa\n  - id: interfax\n    via: mfa\n  - id: satp\n    via: mfa\n  \
                        - id: media\n    via: interfax\n  - id: tass\n---\n";

    fn found(body: &str) -> Vec<(String, String, String)> {
        let text = format!("{REFS}{body}");
        run(&text, CircularCorroboration::check)
            .into_iter()
            .map(|d| (d.span.slice(&text).to_string(), d.message, d.related[0].span.slice(&text).to_string()))
            .collect()
    }

    #[test]
    fn relays_and_common_origins() {
        assert_eq!(
            found("A [@mfa; @interfax].\n"),
            [(
                "interfax".to_string(),
                "`interfax` relays `mfa`, so citing both is one source, not two".to_string(),
                "mfa".to_string()
            )]
        );
        assert_eq!(
            found("A [@media; @mfa].\n")[0].1,
            "`media` relays `mfa` (through `interfax`), so citing both is one source, not two"
        );
        assert_eq!(
            found("A [@interfax; @satp].\n")[0].1,
            "`interfax` and `satp` both relay `mfa`, so citing both is one source, not two"
        );
    }

    #[test]
    fn one_finding_per_echo() {
        let found = found("A [@mfa; @interfax; @satp; @tass] and @interfax says so.\n");
        let spans: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(spans, ["interfax", "satp"]);
        assert!(found.iter().all(|f| f.2 == "mfa"));
    }

    #[test]
    fn independent_or_separate_sentences_are_quiet() {
        assert!(found("A [@mfa; @tass].\n").is_empty());
        assert!(found("A [@mfa]. B [@interfax].\n").is_empty());
        assert!(found("A [@mfa; @mfa].\n").is_empty());
    }
}
