//! The `via` graph: which source relays which, where a piece of information comes from, and
//! which sources a report relies on.
//!
//! `via: interfax-2026` on a source says it relays `interfax-2026`; chains run on
//! (`medialine → interfax → mfa`). A source's *origins* are where its chains end: sources that
//! relay nothing (or ids that name no reference). Two sources that share an origin are one
//! piece of information, not two. Every walk keeps a visited set, so cycles (`a → b → a`) end.

use std::collections::{BTreeSet, VecDeque};

use super::{FastMap, FastSet, Model, Source};
use crate::text::FileId;

/// The `via` links of every defined id, through the definition each id resolves to.
#[derive(Clone, Debug, Default)]
pub struct ViaGraph<'m> {
    edges: FastMap<&'m str, Vec<&'m str>>,
}

impl<'m> ViaGraph<'m> {
    pub fn new(model: &'m Model) -> ViaGraph<'m> {
        let mut edges = FastMap::default();
        for (id, &i) in &model.definitions {
            let via: Vec<&str> = model.sources[i].reference.via.iter().map(|v| v.value.as_str()).collect();
            edges.insert(id.as_str(), via);
        }
        ViaGraph { edges }
    }

    /// The ids `id` names in `via`, in order (none for an id without a definition).
    pub fn relays(&self, id: &str) -> &[&'m str] {
        self.edges.get(id).map_or(&[], Vec::as_slice)
    }

    /// Every id reachable from `id` through `via`, nearest first. `id` itself is among them
    /// only when a cycle leads back to it.
    pub fn reachable(&self, id: &str) -> Vec<&'m str> {
        let mut seen: FastSet<&str> = FastSet::default();
        let mut out = Vec::new();
        let mut queue: VecDeque<&'m str> = self.relays(id).iter().copied().collect();
        while let Some(next) = queue.pop_front() {
            if seen.insert(next) {
                out.push(next);
                queue.extend(self.relays(next).iter().copied());
            }
        }
        out
    }

    /// The shortest chain from `from` to `to`: the ids after `from`, ending with `to`. `None`
    /// when `from` does not relay `to`, directly or through others.
    pub fn path(&self, from: &str, to: &str) -> Option<Vec<&'m str>> {
        let mut parent: FastMap<&'m str, Option<&'m str>> = FastMap::default();
        let mut queue: VecDeque<&'m str> = VecDeque::new();
        for &first in self.relays(from) {
            if !parent.contains_key(first) {
                parent.insert(first, None);
                queue.push_back(first);
            }
        }
        while let Some(node) = queue.pop_front() {
            if node == to {
                let mut chain = vec![node];
                let mut at = node;
                while let Some(Some(previous)) = parent.get(at) {
                    chain.push(previous);
                    at = previous;
                }
                chain.reverse();
                return Some(chain);
            }
            for &next in self.relays(node) {
                if !parent.contains_key(next) {
                    parent.insert(next, Some(node));
                    queue.push_back(next);
                }
            }
        }
        None
    }

    /// Where the information of `id` comes from: the ends of its `via` chains (ids that relay
    /// nothing, including ids with no definition), or `id` itself when it relays nothing. A
    /// chain that only goes round a cycle ends at every member of the cycle.
    pub fn origins<'a>(&'a self, id: &'a str) -> BTreeSet<&'a str> {
        let reachable = self.reachable(id);
        if reachable.is_empty() {
            return BTreeSet::from([id]);
        }
        let ends: BTreeSet<&str> = reachable.iter().copied().filter(|r| self.relays(r).is_empty()).collect();
        if ends.is_empty() {
            let mut all: BTreeSet<&str> = reachable.into_iter().collect();
            all.insert(id);
            return all;
        }
        ends
    }

    /// The origins `a` and `b` share, in id order (empty when they are independent).
    pub fn common_origins<'a>(&'a self, a: &'a str, b: &'a str) -> Vec<&'a str> {
        let theirs = self.origins(b);
        self.origins(a).into_iter().filter(|o| theirs.contains(o)).collect()
    }

    /// Whether `a` and `b` are independent: neither relays the other and they share no origin.
    pub fn independent(&self, a: &str, b: &str) -> bool {
        if a == b {
            return false;
        }
        // Two ids that relay nothing are their own origins.
        if self.relays(a).is_empty() && self.relays(b).is_empty() {
            return true;
        }
        self.common_origins(a, b).is_empty()
    }

    /// Whether `a` and `b` are one piece of information: one relays the other, or they share
    /// an origin.
    pub fn related(&self, a: &str, b: &str) -> bool {
        if a == b || (self.relays(a).is_empty() && self.relays(b).is_empty()) {
            return false;
        }
        self.path(b, a).is_some() || self.path(a, b).is_some() || !self.common_origins(a, b).is_empty()
    }

    /// The ids that lie on a cycle (`a → b → a`, or `a` naming itself), found in one pass over
    /// the graph (Tarjan's strongly connected components, without recursion): asking
    /// [`cycle_through`](Self::cycle_through) of every id instead walks a long chain once per
    /// link.
    pub(crate) fn on_cycles(&self) -> FastSet<&'m str> {
        #[derive(Clone, Copy)]
        struct Mark {
            index: usize,
            low: usize,
            on_stack: bool,
        }
        let mut marks: FastMap<&'m str, Mark> = FastMap::default();
        let mut stack: Vec<&'m str> = Vec::new();
        let mut out: FastSet<&'m str> = FastSet::default();
        let mut ids: Vec<&'m str> = self.edges.keys().copied().collect();
        ids.sort_unstable();
        for &root in &ids {
            if marks.contains_key(root) {
                continue;
            }
            // Each frame: a node and how many of its links have been followed.
            let mut frames: Vec<(&'m str, usize)> = vec![(root, 0)];
            let index = marks.len();
            marks.insert(root, Mark { index, low: index, on_stack: true });
            stack.push(root);
            while let Some(&mut (node, ref mut next)) = frames.last_mut() {
                let links = self.relays(node);
                if let Some(&to) = links.get(*next) {
                    *next += 1;
                    match marks.get(to).copied() {
                        None => {
                            let index = marks.len();
                            marks.insert(to, Mark { index, low: index, on_stack: true });
                            stack.push(to);
                            frames.push((to, 0));
                        }
                        Some(mark) if mark.on_stack => {
                            let low = &mut marks.get_mut(node).expect("marked").low;
                            *low = (*low).min(mark.index);
                        }
                        Some(_) => {}
                    }
                    continue;
                }
                frames.pop();
                let mark = marks[node];
                if let Some(&(parent, _)) = frames.last() {
                    let low = &mut marks.get_mut(parent).expect("marked").low;
                    *low = (*low).min(mark.low);
                }
                if mark.low == mark.index {
                    // The root of a component: pop it off the stack.
                    let mut members = Vec::new();
                    while let Some(member) = stack.pop() {
                        marks.get_mut(member).expect("marked").on_stack = false;
                        members.push(member);
                        if member == node {
                            break;
                        }
                    }
                    if members.len() > 1 || links.contains(&node) {
                        out.extend(members);
                    }
                }
            }
        }
        out
    }

    /// The cycle through `id`, when `via` leads back to it: the ids from `id` round to `id`
    /// again (`[a, b, a]`; `[a, a]` for a source that names itself).
    pub fn cycle_through(&self, id: &str) -> Option<Vec<&'m str>> {
        let chain = self.path(id, id)?;
        let start = *chain.last()?;
        let mut cycle = vec![start];
        cycle.extend(chain);
        Some(cycle)
    }
}

/// For randomized tests: a report whose references `r0` … `r{refs - 1}` each relay up to two
/// of `r0` … `r{ids - 1}` (ids past `refs` name no reference; cycles come as they fall).
#[cfg(test)]
pub(crate) fn random_via_report(next: &mut impl FnMut(usize) -> usize, refs: usize, ids: usize) -> String {
    let mut text = String::from("---\ntitle: t\nreferences:\n");
    for i in 0..refs {
        text.push_str(&format!("- id: r{i}\n  type: report\n  title: R\n"));
        let via: Vec<String> = (0..next(3)).map(|_| format!("r{}", next(ids))).collect();
        if !via.is_empty() {
            text.push_str(&format!("  via: {}\n", via.join(", ")));
        }
    }
    text.push_str("---\n\nText.\n");
    text
}

/// The sources a report answers for, in definition order: each id's definition (the one that
/// wins when an id is defined twice), when it is written in the report's front matter, cited
/// in the text, or relayed (through `via`, at any distance) by one of those. Entries of a
/// shared bibliography file that the report neither cites nor relays are not its business.
pub fn sources_in_scope(model: &Model) -> Vec<&Source> {
    let graph = ViaGraph::new(model);
    let cited: FastSet<&str> = model.cited_keys().map(|c| &*c.item.key).collect();
    sources_in_scope_with(model, &graph, |key| cited.contains(key))
}

/// [`sources_in_scope`] with the report's `via` graph already built, and whether the text
/// cites a defined id.
pub(crate) fn sources_in_scope_with<'m>(
    model: &'m Model,
    graph: &ViaGraph<'m>,
    is_cited: impl Fn(&str) -> bool,
) -> Vec<&'m Source> {
    let mut wanted: FastSet<&str> = FastSet::default();
    let inline = model
        .sources
        .iter()
        .filter(|s| s.file == FileId::REPORT)
        .filter_map(|s| s.reference.id.as_ref().map(|id| id.value.as_str()));
    // An id no reference defines relays nothing: only defined ones can bring others in.
    let cited = model.definitions.keys().map(String::as_str).filter(|id| is_cited(id));
    for start in cited.chain(inline) {
        if wanted.insert(start) {
            wanted.extend(graph.reachable(start));
        }
    }
    model
        .sources
        .iter()
        .enumerate()
        .filter(|(i, source)| {
            source.reference.id.as_ref().is_some_and(|id| {
                model.definitions.get(&id.value) == Some(i) && wanted.contains(id.value.as_str())
            })
        })
        .map(|(_, source)| source)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Bibliography;
    use crate::syntax::frontmatter::{Reference, Spanned};
    use crate::text::Span;

    fn model(text: &str) -> Model {
        Model::build(crate::syntax::parse(text))
    }

    const CHAIN: &str = "---\nreferences:\n  - id: mfa\n  - id: interfax\n    via: mfa\n  - id: satp\n    via: mfa\n  \
                         - id: media\n    via: interfax, satp\n  - id: tass\n  - id: loop-a\n    via: loop-b\n  \
                         - id: loop-b\n    via: loop-a\n  - id: self\n    via: self\n  - id: ghost-relay\n    via: ghost\n---\n";

    #[test]
    fn reachability_and_paths() {
        let m = model(CHAIN);
        let g = ViaGraph::new(&m);
        assert_eq!(g.relays("media"), ["interfax", "satp"]);
        assert_eq!(g.reachable("media"), ["interfax", "satp", "mfa"]);
        assert_eq!(g.path("media", "mfa"), Some(vec!["interfax", "mfa"]));
        assert_eq!(g.path("mfa", "media"), None);
        assert_eq!(g.reachable("loop-a"), ["loop-b", "loop-a"]);
        assert_eq!(g.relays("undefined"), [] as [&str; 0]);
    }

    #[test]
    fn origins_and_independence() {
        let m = model(CHAIN);
        let g = ViaGraph::new(&m);
        assert_eq!(g.origins("media").into_iter().collect::<Vec<_>>(), ["mfa"]);
        assert_eq!(g.origins("mfa").into_iter().collect::<Vec<_>>(), ["mfa"]);
        assert_eq!(g.origins("loop-a").into_iter().collect::<Vec<_>>(), ["loop-a", "loop-b"]);
        assert_eq!(g.origins("ghost-relay").into_iter().collect::<Vec<_>>(), ["ghost"]);
        assert!(!g.independent("interfax", "satp"));
        assert!(!g.independent("interfax", "mfa"));
        assert!(g.independent("tass", "mfa"));
        assert!(!g.independent("tass", "tass"));
        assert_eq!(g.common_origins("media", "satp"), ["mfa"]);
    }

    #[test]
    fn cycles() {
        let m = model(CHAIN);
        let g = ViaGraph::new(&m);
        assert_eq!(g.cycle_through("loop-a"), Some(vec!["loop-a", "loop-b", "loop-a"]));
        assert_eq!(g.cycle_through("self"), Some(vec!["self", "self"]));
        assert_eq!(g.cycle_through("media"), None);
    }

    #[test]
    fn long_chains_and_cycles_stay_cheap() {
        let mut text = String::from("---\nreferences:\n");
        for i in 0..2000 {
            text.push_str(&format!("  - id: s{i}\n    via: s{}\n", (i + 1) % 2000));
        }
        text.push_str("---\n");
        let m = model(&text);
        let g = ViaGraph::new(&m);
        assert_eq!(g.reachable("s0").len(), 2000);
        assert_eq!(g.cycle_through("s5").map(|c| c.len()), Some(2001));
    }

    #[test]
    fn scope_is_inline_cited_or_relayed() {
        let text = "---\nreferences:\n  - id: inline-uncited\n  - id: shared\n    title: Inline wins\n---\n\
                    Text [@cited-in-file].\n";
        let parsed = crate::syntax::parse(text);
        let file_ref = |id: &str, via: &[&str]| {
            let mut r = crate::syntax::bibliography::parse(
                crate::syntax::bibliography::Format::CslYaml,
                &format!("- id: {id}\n"),
            )
            .0
            .remove(0);
            r.via = via.iter().map(|v| Spanned { value: v.to_string(), span: Span::at(0) }).collect();
            r
        };
        let references: Vec<Reference> = vec![
            file_ref("cited-in-file", &["relayed-in-file"]),
            file_ref("relayed-in-file", &[]),
            file_ref("uncited-in-file", &[]),
            file_ref("shared", &[]),
        ];
        let bib = Bibliography {
            file: FileId(1),
            name: Spanned { value: "refs.yaml".into(), span: Span::at(0) },
            references,
            errors: Vec::new(),
            unreadable: None,
        };
        let m = Model::build_with(parsed, vec![bib]);
        let ids: Vec<(&str, FileId)> = sources_in_scope(&m)
            .iter()
            .map(|s| (s.reference.id.as_ref().unwrap().value.as_str(), s.file))
            .collect();
        assert_eq!(
            ids,
            [
                ("inline-uncited", FileId::REPORT),
                ("shared", FileId::REPORT),
                ("cited-in-file", FileId(1)),
                ("relayed-in-file", FileId(1)),
            ]
        );
    }

    /// The rules lean on two readings of independence: `unconfirmed-credibility` takes two ids
    /// as independent exactly when they differ and share no origin, and
    /// `circular-corroboration` takes them as related exactly when one relays the other or
    /// they share an origin. Checked on random graphs with chains, cycles and ids that name no
    /// reference.
    #[test]
    fn independence_is_disjoint_origins() {
        for_random_graphs(0x2d35_8dcc, 30, |text, graph, ids| {
            for a in ids {
                for b in ids {
                    let disjoint = graph.origins(a).is_disjoint(&graph.origins(b));
                    assert_eq!(graph.independent(a, b), a != b && disjoint, "{a} {b}\n{text}");
                    let relays = graph.path(a, b).is_some() || graph.path(b, a).is_some();
                    assert_eq!(graph.related(a, b), a != b && (relays || !disjoint), "{a} {b}\n{text}");
                }
            }
        });
    }

    /// Runs `check` on `runs` random reports of ten references whose `via` name twelve ids
    /// (`r0` to `r11`, some defined by no reference), with the report, its graph and the ids.
    fn for_random_graphs(seed: u64, runs: usize, check: impl Fn(&str, &ViaGraph<'_>, &[String])) {
        let mut next = crate::text::seeded(seed);
        let ids: Vec<String> = (0..12).map(|i| format!("r{i}")).collect();
        for _ in 0..runs {
            let text = random_via_report(&mut next, 10, ids.len());
            let model = model(&text);
            check(&text, &ViaGraph::new(&model), &ids);
        }
    }

    /// The ids on cycles, found in one pass, are exactly those a cycle leads back to; a long
    /// chain has none.
    #[test]
    fn ids_on_cycles_are_found_in_one_pass() {
        for_random_graphs(0x51c0_77a1, 200, |text, graph, ids| {
            let on = graph.on_cycles();
            for id in ids {
                assert_eq!(on.contains(id.as_str()), graph.cycle_through(id).is_some(), "{id}\n{text}");
            }
        });
        let mut text = String::from("---\nreferences:\n");
        for i in 0..5_000 {
            text.push_str(&format!("- id: r{i}\n  type: report\n  via: r{}\n", i + 1));
        }
        text.push_str("---\n\nText.\n");
        let model = model(&text);
        assert!(ViaGraph::new(&model).on_cycles().is_empty());
    }
}
