use crate::model::FastMap;

use super::Context;
use super::sources::keys_by_scope;
use crate::diagnostic::Diagnostic;
use crate::model::via::{ViaGraph, sources_in_scope};
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

impl UnconfirmedCredibility {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let graph = ViaGraph::new(ctx.model);
        let scopes = keys_by_scope(ctx);
        // For each key: the scopes citing it, and its first citation.
        let mut citing: FastMap<&str, (Vec<usize>, Span)> = FastMap::default();
        for (i, keys) in scopes.iter().enumerate() {
            for &(key, span) in keys {
                citing.entry(key).or_insert_with(|| (Vec::new(), span)).0.push(i);
            }
        }
        for source in sources_in_scope(ctx.model) {
            let reference = &source.reference;
            let (Some(id), Some(credibility)) = (&reference.id, &reference.credibility) else { continue };
            if credibility.value.trim() != "1" {
                continue;
            }
            let id = id.value.as_str();
            let Some((scope_list, first)) = citing.get(id) else { continue };
            let others =
                || scope_list.iter().flat_map(|&s| scopes[s].iter().map(|&(k, _)| k)).filter(|k| *k != id);
            if others().any(|k| graph.independent(id, k)) {
                continue;
            }
            let mut message = format!(
                "source `{id}` is graded credibility 1 (confirmed by other sources), but no sentence that \
                 cites it also cites an independent source"
            );
            if let Some(echo) = others().next() {
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
                Diagnostic::new(Self::META.name, Self::META.default_severity, credibility.span, message)
                    .in_file(source.file)
                    .with_related(*first, "cited here"),
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
