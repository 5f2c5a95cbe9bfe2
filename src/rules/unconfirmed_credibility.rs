use super::Context;
use super::sources::each_scope;
use crate::diagnostic::Diagnostic;
use crate::model::{FastMap, Source};
use crate::text::Span;

super::declare_rule! {
    /// ## What it does
    /// Flags a source graded `credibility: 1` ("confirmed by other sources") when no sentence
    /// that cites it also cites an independent source.
    ///
    /// A source is independent when it does not share an origin with the graded one through
    /// `via`: a news report that relays the graded report (`via: mfa-2026`) is not
    /// confirmation, nor are two outlets that relay one original.
    ///
    /// ## Why is this bad?
    /// Credibility 1 on the Admiralty code means other, independent sources confirm the
    /// information. The reader takes the grade as a promise that the confirmation exists; if
    /// the report shows none, or shows only an echo of the same origin, the grade overstates
    /// what is known. Cite the confirming source beside it, or lower the grade.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///     reliability: B
    ///     credibility: 1
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
    ///     reliability: B
    ///     credibility: 1
    ///   - id: un-2026
    ///     type: report
    ///     title: Monitoring team report
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026; @un-2026].
    /// ```
    pub struct UnconfirmedCredibility => "unconfirmed-credibility", Warning;
}

/// A source graded credibility 1 that some sentence cites, as the citations are read.
struct Graded<'m> {
    source: &'m Source,
    id: &'m str,
    credibility: Span,
    /// The key's first citation.
    first: Option<Span>,
    /// The first other key cited beside it.
    echo: Option<&'m str>,
    /// Cited beside an independent source.
    confirmed: bool,
}

impl UnconfirmedCredibility {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let mut graded: Vec<Graded<'_>> = Vec::new();
        for &source in ctx.sources_in_scope() {
            let reference = &source.reference;
            let (Some(id), Some(credibility)) = (&reference.id, &reference.credibility) else { continue };
            if credibility.value.trim() != "1" || !ctx.is_cited(&id.value) {
                continue;
            }
            graded.push(Graded {
                source,
                id: id.value.as_str(),
                credibility: credibility.span,
                first: None,
                echo: None,
                confirmed: false,
            });
        }
        if graded.is_empty() {
            return;
        }
        let index: FastMap<&str, usize> = graded.iter().enumerate().map(|(i, g)| (g.id, i)).collect();
        let graph = ctx.graph();
        // Each cited key's origins, walked once: two keys are independent when they share
        // none (`ViaGraph::independent`), so a sentence of thousands of keys costs no walks
        // per pair.
        let mut origins: FastMap<&str, Vec<&str>> = FastMap::default();
        let mut open = graded.len();
        let doc = &ctx.model.document;
        // Sentence by sentence, until every graded source is confirmed.
        each_scope(doc, &doc.citations, |keys| {
            // Whether the origins of this scope's keys are in `origins`.
            let mut walked = false;
            for &(key, span) in keys {
                let Some(&g) = index.get(key) else { continue };
                let g = &mut graded[g];
                g.first.get_or_insert(span);
                if g.confirmed {
                    continue;
                }
                if !walked {
                    for &(k, _) in keys {
                        origins.entry(k).or_insert_with(|| graph.origins(k).into_iter().collect());
                    }
                    walked = true;
                }
                let mine = &origins[key];
                for &(other, _) in keys.iter().filter(|(k, _)| *k != key) {
                    g.echo.get_or_insert(other);
                    if origins[other].iter().all(|o| mine.binary_search(o).is_err()) {
                        g.confirmed = true;
                        open -= 1;
                        break;
                    }
                }
            }
            open > 0
        });
        for g in graded.iter().filter(|g| !g.confirmed) {
            let (id, Some(first)) = (g.id, g.first) else { continue };
            let mut message = format!(
                "source `{id}` is graded credibility 1 (confirmed by other sources), but no sentence that \
                 cites it also cites an independent source"
            );
            if let Some(echo) = g.echo {
                let how = if graph.path(echo, id).is_some() {
                    format!("`{echo}` relays it")
                } else if graph.path(id, echo).is_some() {
                    format!("it relays `{echo}`")
                } else {
                    let common = graph.common_origins(id, echo);
                    format!("`{echo}` shares its origin `{}`", common.first().copied().unwrap_or(echo))
                };
                message.push_str(&format!("; {how}, which is no confirmation"));
            }
            out.push(
                Diagnostic::new(Self::META.name, Self::META.default_severity, g.credibility, message)
                    .in_file(g.source.file)
                    .with_related(first, "cited here"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::UnconfirmedCredibility;
    use crate::rules::sources::run;

    const REFS: &str = "---\nreferences:\n  - id: mfa\n    credibility: 1\n  - id: interfax\n    via: mfa\n  \
                        - id: satp\n    credibility: '1'\n    via: mfa\n  - id: tass\n  - id: un\n    credibility: 2\n---\n";

    fn found(body: &str) -> Vec<(String, String)> {
        let text = format!("{REFS}{body}");
        run(&text, UnconfirmedCredibility::check)
            .into_iter()
            .map(|d| (d.span.slice(&text).to_string(), d.message))
            .collect()
    }

    #[test]
    fn needs_an_independent_second_source() {
        let alone = found("A [@mfa].\n");
        assert_eq!(alone.len(), 1);
        assert_eq!(alone[0].0, "1");
        assert!(alone[0].1.ends_with("cites an independent source"), "{}", alone[0].1);
        let echo = found("A [@mfa; @interfax].\n");
        assert!(echo[0].1.ends_with("; `interfax` relays it, which is no confirmation"), "{}", echo[0].1);
        let sibling = found("A [@satp; @interfax].\n");
        assert_eq!(sibling[0].0, "'1'");
        assert!(sibling[0].1.contains("`interfax` shares its origin `mfa`"), "{}", sibling[0].1);
    }

    #[test]
    fn one_confirmed_sentence_is_enough() {
        assert!(found("A [@mfa; @tass]. B [@mfa].\n").is_empty());
        assert!(found("A [@un].\n").is_empty(), "credibility 2 needs no confirmation");
        assert!(found("Nothing cited.\n").is_empty(), "uncited: unused-source speaks");
    }
}
