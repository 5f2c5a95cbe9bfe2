use std::collections::HashSet;

use super::Context;
use crate::diagnostic::Diagnostic;

super::declare_rule! {
    /// ## What it does
    /// Flags a `via` that names no reference, and a `via` chain that goes round in a circle
    /// (`a` relays `b`, which relays `a`). A circle is reported once, on its first source. When
    /// a defined id is one typo away from the `via`, an unsafe fix writes it.
    ///
    /// ## Why is this bad?
    /// `via` records where a source got its information, so that echoes of one origin are not
    /// counted as corroboration. A `via` that points nowhere, usually a typo or a reference
    /// that was renamed or removed, breaks the chain silently: the relays look independent
    /// and every check that follows the chain is blind. A circle has no origin at all, so it
    /// cannot say where the information came from.
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
    ///     via: mfa-2025
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@interfax-2026].
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
    /// Between 20,000 and 23,000 fighters are active [@interfax-2026].
    /// ```
    pub struct UnknownVia => "unknown-via", Error;
}

/// How many links of a circle a message names before it shortens the chain.
const MAX_SHOWN: usize = 8;

impl UnknownVia {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let model = ctx.model;
        let graph = ctx.graph();
        let sources = ctx.sources_in_scope();
        for source in sources {
            for via in &source.reference.via {
                if model.definitions.contains_key(&via.value) {
                    continue;
                }
                let mut message = format!("`via` names `{}`, but no reference has that id", via.value);
                let near = super::closest(&via.value, model.definitions.keys().map(String::as_str));
                if let Some(near) = near {
                    message.push_str(&format!("; did you mean `{near}`?"));
                }
                let d = Diagnostic::new(Self::META.name, Self::META.default_severity, via.span, message)
                    .in_file(source.file);
                out.push(match near {
                    Some(near) => super::suggest(d, via.span, near),
                    None => d,
                });
            }
        }
        let mut reported: HashSet<&str> = HashSet::new();
        let on_cycles = graph.on_cycles();
        for source in sources {
            let Some(id) = &source.reference.id else { continue };
            if !on_cycles.contains(id.value.as_str()) || reported.contains(id.value.as_str()) {
                continue;
            }
            let Some(cycle) = graph.cycle_through(&id.value) else { continue };
            reported.extend(cycle.iter().copied());
            let next = cycle.get(1).copied().unwrap_or(id.value.as_str());
            let Some(link) = source.reference.via.iter().find(|v| v.value == next) else { continue };
            let message = if cycle.len() == 2 {
                format!("source `{}` names itself in `via`; a source cannot relay itself", id.value)
            } else {
                let mut chain: Vec<String> = cycle.iter().map(|k| format!("`{k}`")).collect();
                let size = if chain.len() > MAX_SHOWN {
                    // A long circle: its start and its end.
                    let tail = chain.split_off(chain.len() - 2);
                    chain.truncate(MAX_SHOWN - 3);
                    chain.push("…".to_string());
                    chain.extend(tail);
                    format!(" of {} sources", cycle.len() - 1)
                } else {
                    String::new()
                };
                format!(
                    "`via` goes round in a circle{size}: {}; one of them must be the origin, which relays \
                     nothing",
                    chain.join(" → ")
                )
            };
            out.push(
                Diagnostic::new(Self::META.name, Self::META.default_severity, link.span, message)
                    .in_file(source.file),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::UnknownVia;
    use crate::rules::sources::run;

    fn found(text: &str) -> Vec<(String, String)> {
        run(text, UnknownVia::check)
            .into_iter()
            .map(|d| (d.span.slice(text).to_string(), d.message))
            .collect()
    }

    #[test]
    fn unknown_ids_with_a_suggestion() {
        let text = "---\nreferences:\n  - id: mfa-2026\n  - id: a\n    via: mfa-2025, nothing-like-it\n---\nText [@a].\n";
        assert_eq!(
            found(text),
            [
                (
                    "mfa-2025".to_string(),
                    "`via` names `mfa-2025`, but no reference has that id; did you mean `mfa-2026`?"
                        .to_string()
                ),
                (
                    "nothing-like-it".to_string(),
                    "`via` names `nothing-like-it`, but no reference has that id".to_string()
                ),
            ]
        );
    }

    #[test]
    fn each_cycle_once() {
        let text = "---\nreferences:\n  - id: a\n    via: b\n  - id: b\n    via: c\n  - id: c\n    via: a\n  \
                    - id: d\n    via: d\n  - id: e\n    via: a\n---\nText [@e; @d].\n";
        let found = found(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[0].1,
            "`via` goes round in a circle: `a` → `b` → `c` → `a`; one of them must be the origin, which relays nothing"
        );
        assert_eq!(found[0].0, "b");
        assert_eq!(found[1].1, "source `d` names itself in `via`; a source cannot relay itself");
    }

    #[test]
    fn a_long_circle_is_named_by_its_ends() {
        let mut text = String::from("---\nreferences:\n");
        for i in 0..500 {
            text.push_str(&format!("  - id: s{i}\n    via: s{}\n", (i + 1) % 500));
        }
        text.push_str("---\nText [@s0].\n");
        let found = found(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].1,
            "`via` goes round in a circle of 500 sources: `s0` → `s1` → `s2` → `s3` → `s4` → … → `s499` → `s0`; \
             one of them must be the origin, which relays nothing"
        );
    }
}
