use super::Context;
use super::sources::each_scope;
use crate::diagnostic::Diagnostic;
use crate::model::FastMap;
use crate::model::via::ViaGraph;
use crate::text::Span;

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
        let graph = ctx.graph();
        let mut walks = Walks::default();
        each_scope(doc, &doc.citations[ctx.citation_range()], |keys| {
            let firsts = walks.first_related(graph, keys);
            for (&(later, later_span), &first) in keys.iter().zip(firsts) {
                let Some(i) = first else { continue };
                let (earlier, earlier_span) = keys[i];
                // (A region pass reports the findings whose marked citation stands in it.)
                if !ctx.in_region(later_span.start) && !ctx.in_region(earlier_span.start) {
                    continue;
                }
                // The finding points at the relay, the citation to drop or to rephrase
                // ("`sanaa-tv` relays `almasirah`" marks `sanaa-tv`, wherever it stands).
                let Some((relation, earlier_relays)) = relation(graph, earlier, later) else { continue };
                let (span, (other, other_span)) = if earlier_relays {
                    (earlier_span, (later, later_span))
                } else {
                    (later_span, (earlier, earlier_span))
                };
                if !ctx.in_region(span.start) {
                    continue;
                }
                out.push(
                    Diagnostic::new(
                        Self::META.name,
                        Self::META.default_severity,
                        span,
                        format!("{relation}, so citing both is one source, not two"),
                    )
                    .with_related(other_span, format!("`{other}` is cited here")),
                );
            }
            true
        });
    }
}

/// Where each key's `via` chains lead (the ids it relays at any distance, and its origins),
/// walked once per key and kept across scopes, and the look-ups of one scope.
#[derive(Default)]
struct Walks<'a> {
    walked: FastMap<&'a str, (Vec<&'a str>, Vec<&'a str>)>,
    /// In the scope so far: each key's index, the first key relaying each id, the first key
    /// with each origin.
    index_of: FastMap<&'a str, usize>,
    first_relaying: FastMap<&'a str, usize>,
    first_with_origin: FastMap<&'a str, usize>,
    firsts: Vec<Option<usize>>,
}

impl<'a> Walks<'a> {
    /// For each key of a scope, the first earlier key related to it ([`ViaGraph::related`]:
    /// one relays the other, or they share an origin). A scope citing thousands of relaying
    /// sources costs their number, not its square.
    fn first_related(&mut self, graph: &'a ViaGraph<'_>, keys: &[(&'a str, Span)]) -> &[Option<usize>] {
        self.firsts.clear();
        self.firsts.resize(keys.len(), None);
        // Two keys that relay nothing are never related: most scopes are done here.
        if keys.len() < 2 || keys.iter().all(|&(key, _)| graph.relays(key).is_empty()) {
            return &self.firsts;
        }
        self.index_of.clear();
        self.first_relaying.clear();
        self.first_with_origin.clear();
        for (j, &(key, _)) in keys.iter().enumerate() {
            if graph.relays(key).is_empty() {
                // It relays nothing and is its own origin: only a key relaying it is related,
                // and such a key has it among its origins. A later key relaying it finds it
                // by its index.
                self.firsts[j] = self.first_with_origin.get(key).copied();
                self.index_of.entry(key).or_insert(j);
                continue;
            }
            let (reach, origins) = self
                .walked
                .entry(key)
                .or_insert_with(|| (graph.reachable(key), graph.origins(key).into_iter().collect()));
            // An earlier key that relays this one, that this one relays, or that shares an
            // origin with it.
            self.firsts[j] = [self.first_relaying.get(key).copied()]
                .into_iter()
                .chain(reach.iter().map(|r| self.index_of.get(r).copied()))
                .chain(origins.iter().map(|o| self.first_with_origin.get(o).copied()))
                .flatten()
                .min();
            self.index_of.entry(key).or_insert(j);
            for &r in reach.iter() {
                self.first_relaying.entry(r).or_insert(j);
            }
            for &o in origins.iter() {
                self.first_with_origin.entry(o).or_insert(j);
            }
        }
        &self.firsts
    }
}

/// How `earlier` and `later` share an origin, said for a message, and whether `earlier` is
/// the relay (the citation the finding marks); `None` when they are independent.
fn relation(graph: &ViaGraph<'_>, earlier: &str, later: &str) -> Option<(String, bool)> {
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
        return Some((format!("`{later}` relays `{earlier}`{}", through(&chain)), false));
    }
    if let Some(chain) = graph.path(earlier, later) {
        return Some((format!("`{earlier}` relays `{later}`{}", through(&chain)), true));
    }
    let common = graph.common_origins(earlier, later);
    let origin = common.first()?;
    Some((format!("`{earlier}` and `{later}` both relay `{origin}`"), false))
}

#[cfg(test)]
mod tests {
    use super::{CircularCorroboration, Span, ViaGraph, Walks};
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

    /// `first_related` finds, for each key, the first earlier key that `ViaGraph::related`
    /// pairs it with, on random `via` graphs (chains, shared origins, cycles, ids with no
    /// definition) and random scopes, some scopes reusing walks made for earlier ones.
    #[test]
    fn first_related_is_the_first_related_pair() {
        let mut next = crate::text::seeded(0x5851_f42d);
        let mut pairs = 0;
        for _ in 0..40 {
            let text = crate::model::via::random_via_report(&mut next, 14, 16);
            let model = crate::model::Model::build(crate::syntax::parse(&text));
            let graph = ViaGraph::new(&model);
            let names: Vec<String> = (0..16).map(|i| format!("r{i}")).collect();
            let mut walks = Walks::default();
            for _ in 0..10 {
                let mut keys: Vec<(&str, Span)> = Vec::new();
                for _ in 0..next(12) {
                    let key = names[next(16)].as_str();
                    if !keys.iter().any(|&(k, _)| k == key) {
                        keys.push((key, Span::new(0, 0)));
                    }
                }
                let expected: Vec<Option<usize>> =
                    (0..keys.len()).map(|j| (0..j).find(|&i| graph.related(keys[i].0, keys[j].0))).collect();
                pairs += expected.iter().flatten().count();
                assert_eq!(walks.first_related(&graph, &keys), &expected[..], "{keys:?}\n{text}");
            }
        }
        assert!(pairs > 100, "the graphs relate many pairs: {pairs}");
    }
}
