use super::Context;
use super::quantity::{Spread, by_author};
use crate::diagnostic::Diagnostic;
use crate::model::interval::{Interval, comparable};
use crate::model::{FastMap, SourceUse};
use crate::syntax::figure::FigureKind;

declare_rule! {
    /// ## What it does
    /// Flags two mentions of one quantity (figures inside spans with the same `qty=KEY`) whose
    /// values cannot both be true, when they come from the same source or both from the
    /// author. Approximate figures are widened by the configured tolerance (±10% by default)
    /// before they are compared; bounds are open on one side; and every figure written with
    /// digits allows the rounding of its last written digit ("$200bn" agrees with "$200.1bn",
    /// and "3 million" with "3.4 million", but not with "3.6 million"). Two units of one measure
    /// compare after conversion (`2 t` and `2,000 kg`), and so do two spans of time (`3 days`
    /// and `72 hours`).
    ///
    /// ## Why is this bad?
    /// A report that gives the TTP's strength as 5,000–7,000 in one paragraph and 9,000 in
    /// another, on the same authority, contradicts itself. Readers notice, and stop trusting
    /// the other figures.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// The TTP has [5,000 to 7,000]{qty=ttp} fighters [@mfa-2026].
    ///
    /// Its [9,000]{qty=ttp} fighters operate in the east [@mfa-2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// The TTP has [5,000 to 7,000]{qty=ttp} fighters [@mfa-2026].
    ///
    /// Its [roughly 7,000]{qty=ttp} fighters operate in the east [@mfa-2026].
    /// ```
    pub struct ConflictingQuantity => "conflicting-quantity", Warning;
}

/// The earlier mentions of a quantity with one attribution (a source, or the author) and one
/// kind of figure: the only ones a new mention of that kind can conflict with.
#[derive(Default)]
struct Bucket {
    /// Positions in the mentions read so far.
    mentions: Vec<usize>,
    spread: Spread,
}

impl ConflictingQuantity {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let figures = &ctx.model.figures;
        let mut buckets: FastMap<(Option<&str>, FigureKind), Bucket> = FastMap::default();
        let mut whos: Vec<Option<&str>> = Vec::new();
        // The source list `whos` was made from (start and length), when made from one.
        let mut whos_of: Option<(*const SourceUse, usize)> = None;
        for (key, mentions) in ctx.model.quantities() {
            buckets.clear();
            let mut seen: Vec<(usize, Interval)> = Vec::new();
            for &i in mentions {
                let info = &figures[i];
                let Some(interval) = Interval::in_base_unit(&info.figure, ctx.text, ctx.config.tolerance)
                else {
                    continue;
                };
                let kind = info.figure.kind;
                let author = by_author(info);
                // The attributions it shares with others: the author, or each of its sources.
                // The figures of one scope share one list of sources: its keys are sorted out
                // once, not once per figure.
                let list = (!author).then(|| (info.sources.as_ptr(), info.sources.len()));
                if list.is_none() || list != whos_of {
                    whos.clear();
                    if author {
                        whos.push(None);
                    } else {
                        whos.extend(info.sources.iter().map(|s| Some(&*s.key)));
                        // A key cited with several locators is one attribution: the figures of
                        // a long scope can have thousands of sources but few keys. Keys are
                        // shared strings, so equal keys are mostly one pointer; any left twice
                        // are harmless, as a second look finds what the first found.
                        whos.sort_unstable_by_key(|w| w.map(str::as_ptr));
                        whos.dedup_by_key(|w| w.map(str::as_ptr));
                    }
                    whos_of = list;
                }
                // The first earlier mention with a shared attribution whose value cannot
                // also hold.
                let mut clash: Option<usize> = None;
                for &who in &whos {
                    let Some(bucket) = buckets.get(&(who, kind)) else { continue };
                    if !bucket.spread.may_miss(interval) {
                        continue;
                    }
                    let first = bucket.mentions.iter().copied().find(|&p| {
                        let (j, other) = seen[p];
                        !other.overlaps(interval) && comparable(&figures[j].figure, &info.figure)
                    });
                    if let Some(p) = first {
                        clash = Some(clash.map_or(p, |c| c.min(p)));
                    }
                }
                if let Some(p) = clash {
                    let j = seen[p].0;
                    let who = if author {
                        "both the author's".to_string()
                    } else {
                        // The sources the two share, in the order this mention cites them.
                        let earlier = &figures[j].sources;
                        let mut shared: Vec<&str> = Vec::new();
                        for source in info.sources.iter() {
                            let key = &*source.key;
                            if !shared.contains(&key) && earlier.iter().any(|e| *e.key == *key) {
                                shared.push(key);
                            }
                        }
                        format!("both from {}", shared.join(", "))
                    };
                    out.push(
                        Diagnostic::new(
                            Self::META.name,
                            Self::META.default_severity,
                            info.figure.span,
                            format!(
                                "`{key}` is given as {} here but as {} earlier ({who}); the two cannot both hold",
                                ctx.quote(i),
                                ctx.quote(j)
                            ),
                        )
                        .with_related(figures[j].figure.span, format!("earlier mention of `{key}`")),
                    );
                }
                let position = seen.len();
                seen.push((i, interval));
                for &who in &whos {
                    let bucket = buckets.entry((who, kind)).or_default();
                    if bucket.mentions.last() != Some(&position) {
                        bucket.mentions.push(position);
                        bucket.spread.add(interval);
                    }
                }
            }
        }
    }
}
