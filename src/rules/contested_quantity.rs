use super::Context;
use super::quantity::{Spread, by_author};
use crate::diagnostic::Diagnostic;
use crate::model::interval::{Interval, comparable};
use crate::model::{Attribution, SourceUse};
use crate::syntax::figure::FigureKind;

declare_rule! {
    /// ## What it does
    /// Surfaces a quantity whose mentions come from different sources that disagree: their
    /// values cannot both be true. The message lists each source's value side by side.
    /// Values are compared as `conflicting-quantity` compares them: approximate figures
    /// widened by the tolerance, and each figure allowing the rounding of its last written
    /// digit.
    ///
    /// This is information, not a fault: analysts report competing claims on purpose. The
    /// finding makes sure the disagreement is seen and stated.
    ///
    /// ## Why is this bad?
    /// It is not bad in itself. But a reader who meets 20,000 in one paragraph and "no such
    /// groups" in another should be told that the sources conflict, and by whom.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///   - id: taliban-2026
    ///     type: speech
    ///     title: Spokesman rejects the report
    /// ---
    /// The ministry counts [20,000 to 23,000]{qty=fighters} fighters [@mfa-2026].
    ///
    /// The spokesman put the number at [0]{qty=fighters} [@taliban-2026].
    /// ```
    ///
    /// ## Use instead
    /// Keep both claims, and say in the text that the sources conflict; silence the finding
    /// where the text already does so:
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///   - id: taliban-2026
    ///     type: speech
    ///     title: Spokesman rejects the report
    /// ---
    /// The ministry counts [20,000 to 23,000]{qty=fighters} fighters [@mfa-2026].
    ///
    /// <!-- attest-ignore contested-quantity -->
    /// The spokesman, contradicting the ministry, put the number at [0]{qty=fighters} [@taliban-2026].
    /// ```
    pub struct ContestedQuantity => "contested-quantity", Info;
}

/// A mention's kind, whether it is the author's, and its list of sources (where and how long):
/// mentions with equal ones belong to one [`Group`].
type SourceList = (FigureKind, bool, *const SourceUse, usize);

/// Earlier mentions of one kind and one attribution: the author's, or from the same sources.
struct Group<'a> {
    kind: FigureKind,
    author: bool,
    /// The source keys, sorted, without repeats (empty for the author).
    keys: Vec<&'a str>,
    spread: Spread,
    members: Vec<(usize, Interval)>,
}

impl Group<'_> {
    /// Whether a mention with this attribution agrees with the group's, as
    /// [`Attribution::agrees_with`] has it: both the author's, or sharing a source.
    fn agrees(&self, author: bool, keys: &[&str]) -> bool {
        match (self.author, author) {
            (true, true) => true,
            // The mention's own group.
            (false, false) if std::ptr::eq(self.keys.as_slice(), keys) => !keys.is_empty(),
            (false, false) => self.keys.iter().any(|k| keys.binary_search(k).is_ok()),
            _ => false,
        }
    }
}

impl ContestedQuantity {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let figures = &ctx.model.figures;
        for (key, mentions) in ctx.model.quantities() {
            let readings: Vec<(usize, Interval)> = mentions
                .iter()
                .filter_map(|&i| {
                    Some((i, Interval::in_base_unit(&figures[i].figure, ctx.text, ctx.config.tolerance)?))
                })
                .collect();
            // The first mention that disagrees with an earlier one from other sources. Only
            // an earlier mention of its kind whose value cannot also hold can. Earlier
            // mentions are grouped by kind and attribution (the author, or the same sources):
            // a group that agrees with the mention, or all of whose values overlap it, is
            // passed over whole, so a quantity mentioned thousands of times from one source
            // is not compared pair by pair.
            let mut groups: Vec<Group<'_>> = Vec::new();
            // The source list the last mention's group was found for: the figures of one scope
            // share one list and come one after another.
            let mut last_list: Option<(SourceList, usize)> = None;
            // Every earlier mention of each kind: when all of them overlap a mention, no group
            // need be looked at.
            let mut spreads: Vec<(FigureKind, Spread)> = Vec::new();
            let mut clash = None;
            for &(i, a) in &readings {
                let info = &figures[i];
                let kind = info.figure.kind;
                let spread = match spreads.iter().position(|(k, _)| *k == kind) {
                    Some(s) => &mut spreads[s].1,
                    None => {
                        spreads.push((kind, Spread::default()));
                        &mut spreads.last_mut().expect("just pushed").1
                    }
                };
                let may_miss = spread.may_miss(a);
                spread.add(a);
                let author = by_author(info);
                // The mention's group. The figures of one scope share one list of sources:
                // its keys are sorted out once per list, not once per figure (a long
                // sentence can cite thousands of times).
                let list = (kind, author, info.sources.as_ptr(), info.sources.len());
                let at = match last_list {
                    Some((l, at)) if l == list => at,
                    _ => {
                        let mut keys: Vec<&str> =
                            if author { Vec::new() } else { info.sources.iter().map(|s| &*s.key).collect() };
                        keys.sort_unstable();
                        keys.dedup();
                        let at = match groups
                            .iter()
                            .position(|g| g.kind == kind && g.author == author && g.keys == keys)
                        {
                            Some(at) => at,
                            None => {
                                groups.push(Group {
                                    kind,
                                    author,
                                    keys,
                                    spread: Spread::default(),
                                    members: Vec::new(),
                                });
                                groups.len() - 1
                            }
                        };
                        last_list = Some((list, at));
                        at
                    }
                };
                let keys = &groups[at].keys;
                let disagrees = may_miss
                    && groups.iter().any(|g| {
                        g.kind == kind
                            && g.spread.may_miss(a)
                            && !g.agrees(author, keys)
                            && g.members
                                .iter()
                                .any(|&(j, b)| !a.overlaps(b) && comparable(&figures[j].figure, &info.figure))
                    });
                if disagrees {
                    clash = Some(i);
                    break;
                }
                let group = &mut groups[at];
                group.spread.add(a);
                group.members.push((i, a));
            }
            let Some(at) = clash else { continue };
            let readings: Vec<(usize, Attribution)> =
                readings.iter().map(|&(i, _)| (i, figures[i].attribution())).collect();
            // Each attribution's values, in order of first appearance.
            let mut claims: Vec<(String, Vec<String>)> = Vec::new();
            // The (attribution, value) pairs already listed: a quantity mentioned thousands
            // of times must not compare each value with every other.
            let mut listed: std::collections::HashSet<(usize, String)> = std::collections::HashSet::new();
            for (i, who) in &readings {
                let label = who.label();
                let value = ctx.quote(*i).into_owned();
                let at = match claims.iter().position(|(l, _)| *l == label) {
                    Some(at) => at,
                    None => {
                        claims.push((label, Vec::new()));
                        claims.len() - 1
                    }
                };
                if listed.insert((at, value.clone())) {
                    claims[at].1.push(value);
                }
            }
            let summary: Vec<String> =
                claims.iter().map(|(who, values)| format!("{who}: {}", values.join(", "))).collect();
            let mut diagnostic = Diagnostic::new(
                Self::META.name,
                Self::META.default_severity,
                figures[at].figure.span,
                format!("sources disagree on `{key}`: {}", summary.join("; ")),
            );
            for (i, who) in &readings {
                if *i != at {
                    diagnostic = diagnostic.with_related(
                        figures[*i].figure.span,
                        format!("{} ({})", ctx.quote(*i), who.label()),
                    );
                }
            }
            out.push(diagnostic);
        }
    }
}
