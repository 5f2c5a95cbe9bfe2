//! The rules. One rule, one file; the rule's doc comment (What it does / Why is this bad? /
//! Example / Use instead) is its user documentation, served by `attest rule NAME`, hovers and
//! docs/rules.md.

use std::cell::OnceCell;
use std::ops::Range;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::via::ViaGraph;
use crate::model::{FastMap, Model, Source};
use crate::text::Span;

/// Declares a rule struct whose doc comment doubles as its runtime documentation.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        pub struct $ty:ident => $name:literal, $severity:ident;
    ) => {
        $(#[doc = $doc])+
        pub struct $ty;

        impl $ty {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                name: $name,
                default_severity: $crate::diagnostic::Severity::$severity,
                doc: concat!($($doc, "\n"),+),
            };
        }
    };
}
pub(crate) use declare_rule;

mod accidental_math;
mod circular_corroboration;
mod conflicting_quantity;
mod contested_quantity;
mod duplicate_source;
mod future_source;
mod incomplete_source;
mod invalid_front_matter;
mod inverted_range;
mod likelihood_mismatch;
mod likelihood_with_confidence;
mod mixed_likelihood_terms;
mod parts_exceed_total;
mod parts_fall_short;
mod quantity;
mod share_out_of_range;
mod sources;
mod stale_source;
mod unconfirmed_credibility;
mod unit_mismatch;
mod unknown_quantity;
mod unknown_rule;
mod unknown_source;
mod unknown_via;
mod unrated_source;
mod unsourced_figure;
mod unused_source;

pub use accidental_math::AccidentalMath;
pub use circular_corroboration::CircularCorroboration;
pub use conflicting_quantity::ConflictingQuantity;
pub use contested_quantity::ContestedQuantity;
pub use duplicate_source::DuplicateSource;
pub use future_source::FutureSource;
pub use incomplete_source::IncompleteSource;
pub use invalid_front_matter::InvalidFrontMatter;
pub use inverted_range::InvertedRange;
pub use likelihood_mismatch::LikelihoodMismatch;
pub use likelihood_with_confidence::LikelihoodWithConfidence;
pub use mixed_likelihood_terms::MixedLikelihoodTerms;
pub use parts_exceed_total::PartsExceedTotal;
pub use parts_fall_short::PartsFallShort;
pub use share_out_of_range::ShareOutOfRange;
pub use stale_source::StaleSource;
pub use unconfirmed_credibility::UnconfirmedCredibility;
pub use unit_mismatch::UnitMismatch;
pub use unknown_quantity::UnknownQuantity;
pub use unknown_rule::UnknownRule;
pub use unknown_source::UnknownSource;
pub use unknown_via::UnknownVia;
pub use unrated_source::UnratedSource;
pub use unsourced_figure::UnsourcedFigure;
pub use unused_source::UnusedSource;

/// A rule's identity and documentation.
#[derive(Clone, Copy, Debug)]
pub struct RuleMeta {
    /// Stable kebab-case name.
    pub name: &'static str,
    pub default_severity: Severity,
    /// Markdown documentation, taken from the rule's doc comment.
    pub doc: &'static str,
}

impl RuleMeta {
    /// The documentation with the one-space indent of doc comments removed.
    pub fn documentation(&self) -> String {
        let mut out = String::with_capacity(self.doc.len());
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }

    /// The first sentence of "What it does", for listings.
    pub fn summary(&self) -> String {
        let doc = self.documentation();
        let paragraph: Vec<&str> = doc
            .lines()
            .skip_while(|l| l.trim().is_empty() || l.starts_with('#'))
            .take_while(|l| !l.trim().is_empty())
            .map(str::trim)
            .collect();
        let text = paragraph.join(" ");
        // The first full stop that ends a sentence, outside parentheses and quotes.
        let mut depth = 0i32;
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b'.' if depth <= 0 && bytes.get(i + 1).is_none_or(|n| *n == b' ') => {
                    return text[..=i].to_string();
                }
                _ => {}
            }
        }
        text
    }
}

/// What a rule's findings depend on, and so which edits can change them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Each finding is decided by the text around it (one unit: sentence, list item, heading,
    /// table with its rows and caption, with its inline notes), that text's figures and their
    /// `FigureInfo` (sources, quantity), plus the front matter, bibliographies and
    /// configuration. A local rule reports only findings in the report, and only those whose
    /// primary span starts inside [`Context::region`], in time proportional to the items there.
    Local,
    /// Findings compare things across the whole report (quantities, cited-source sets, term
    /// scales, front matter), read text beyond their unit, or lie in the front matter or a
    /// bibliography file. Global rules always see the whole report and ignore the region.
    Global,
}

/// What a rule's `check` sees.
pub struct Context<'a> {
    pub text: &'a str,
    pub model: &'a Model,
    pub config: &'a Config,
    /// For local rules: report only findings whose primary span starts inside this byte range,
    /// in time proportional to the items in it. `None`: the whole report. Global rules ignore
    /// it.
    pub region: Option<Span>,
    /// What several rules read, computed once per run on first use.
    shared: Shared<'a>,
}

/// Inputs several rules share, each filled on first use.
#[derive(Default)]
struct Shared<'a> {
    graph: OnceCell<ViaGraph<'a>>,
    /// Each defined id, numbered.
    defined: OnceCell<FastMap<&'a str, usize>>,
    /// By the numbers of `defined`: whether the id is cited.
    cited: OnceCell<Vec<bool>>,
    in_scope: OnceCell<Vec<&'a Source>>,
    parts: OnceCell<FastMap<&'a str, Vec<usize>>>,
}

impl<'a> Context<'a> {
    /// A context for a run over `region` (`None`: the whole report).
    pub fn new(text: &'a str, model: &'a Model, config: &'a Config, region: Option<Span>) -> Context<'a> {
        Context { text, model, config, region, shared: Shared::default() }
    }

    /// The figure's text as a reader sees it, quoted for a message: on one line, without the
    /// block quote markers and indentation of its later lines (see [`crate::syntax::as_read`]).
    pub fn quote(&self, figure: usize) -> std::borrow::Cow<'a, str> {
        let f = &self.model.figures[figure].figure;
        let text = crate::syntax::as_read(f.span.slice(self.text));
        // A range whose `between` stands outside its span ("between [450 and 520]{qty=…}")
        // is quoted with it: "450 and 520" alone reads as two figures.
        let range = f.low.is_some() && f.high.is_some() && f.low != f.high;
        if range
            && text.contains(" and ")
            && !text.get(..8).is_some_and(|t| t.eq_ignore_ascii_case("between "))
        {
            return std::borrow::Cow::Owned(format!("between {text}"));
        }
        text
    }

    /// Whether a finding starting at byte `at` belongs to this run.
    #[inline]
    pub fn in_region(&self, at: usize) -> bool {
        self.region.is_none_or(|r| r.start <= at && at < r.end)
    }

    /// The index range of items, sorted by `start`, whose start lies in the region.
    fn starting_in<T>(&self, items: &[T], start: impl Fn(&T) -> usize) -> Range<usize> {
        match self.region {
            None => 0..items.len(),
            Some(r) => crate::text::starting_in(items, start, r),
        }
    }

    /// Indices into `model.figures` (and `document.figures`) of the figures starting in the
    /// region.
    pub fn figure_range(&self) -> Range<usize> {
        self.starting_in(&self.model.figures, |f| f.figure.span.start)
    }

    /// Indices into `document.accidental_math` of the math starting in the region.
    pub fn accidental_math_range(&self) -> Range<usize> {
        self.starting_in(&self.model.document.accidental_math, |m| m.start)
    }

    /// Indices into `document.terms` of the likelihood terms and confidence phrases starting
    /// in the region.
    pub fn term_range(&self) -> Range<usize> {
        self.starting_in(&self.model.document.terms, |t| t.term.span.start)
    }

    /// Indices into `document.suppressions` of the suppression comments that overlap the
    /// region (a comment starting before it may hold rule names inside it).
    pub fn suppression_range(&self) -> Range<usize> {
        let suppressions = &self.model.document.suppressions;
        let mut range = self.starting_in(suppressions, |s| s.span.start);
        if let Some(r) = self.region {
            // Comments do not overlap: only the one before the region can reach into it.
            if range.start > 0 && suppressions[range.start - 1].span.end > r.start {
                range.start -= 1;
            }
        }
        range
    }

    /// Indices into `document.units` of the units of prose that overlap the region.
    pub fn unit_range(&self) -> Range<usize> {
        let units = &self.model.document.units;
        match self.region {
            None => 0..units.len(),
            Some(r) => {
                let lo = units.partition_point(|u| u.span.end <= r.start);
                let hi = lo + units[lo..].partition_point(|u| u.span.start < r.end);
                lo..hi
            }
        }
    }

    /// Indices into `document.citations` of the citations in the units that overlap the
    /// region: whole units, so that a rule sees every citation of a sentence that reaches
    /// into the region.
    pub fn citation_range(&self) -> Range<usize> {
        let citations = &self.model.document.citations;
        let Some(r) = self.region else { return 0..citations.len() };
        let units = &self.model.document.units;
        let range = self.unit_range();
        let (start, end) = match (units.get(range.start), range.end.checked_sub(1).and_then(|i| units.get(i)))
        {
            (Some(first), Some(last)) if !range.is_empty() => {
                (first.span.start.min(r.start), last.span.end.max(r.end))
            }
            _ => (r.start, r.end),
        };
        let lo = citations.partition_point(|c| c.citation.span.start < start);
        let hi = lo + citations[lo..].partition_point(|c| c.citation.span.start < end);
        lo..hi
    }

    /// The `via` graph of the report's sources.
    pub(crate) fn graph(&self) -> &ViaGraph<'a> {
        self.shared.graph.get_or_init(|| ViaGraph::new(self.model))
    }

    /// Each defined id, numbered (`model.definitions`, with a cheaper hash).
    fn defined(&self) -> &FastMap<&'a str, usize> {
        self.shared.defined.get_or_init(|| {
            self.model.definitions.keys().enumerate().map(|(i, id)| (id.as_str(), i)).collect()
        })
    }

    /// Whether some reference defines `key`.
    pub(crate) fn is_defined(&self, key: &str) -> bool {
        self.defined().contains_key(key)
    }

    /// Whether the text cites `key`, when some reference defines it (an undefined key is
    /// never cited here: it names no source). A key the front matter's `nocite:` lists counts
    /// as cited, and `nocite: "@*"` cites every reference, as pandoc reads them.
    pub(crate) fn is_cited(&self, key: &str) -> bool {
        let defined = self.defined();
        let cited = self.shared.cited.get_or_init(|| {
            let nocite = self.model.nocite();
            if nocite.iter().any(|k| k.value == "*") {
                return vec![true; defined.len()];
            }
            let mut cited = vec![false; defined.len()];
            for k in nocite {
                if let Some(&i) = defined.get(k.value.as_str()) {
                    cited[i] = true;
                }
            }
            let mut left = cited.iter().filter(|c| !**c).count();
            // Until every defined id has been seen: usually long before the end.
            'citations: for site in &self.model.document.citations {
                for item in &site.citation.items {
                    if let Some(&i) = defined.get(&*item.key)
                        && !cited[i]
                    {
                        cited[i] = true;
                        left -= 1;
                        if left == 0 {
                            break 'citations;
                        }
                    }
                }
            }
            cited
        });
        defined.get(key).is_some_and(|&i| cited[i])
    }

    /// The figures marked `part-of=total`, in text order.
    pub(crate) fn parts(&self, total: &str) -> &[usize] {
        let parts = self.shared.parts.get_or_init(|| {
            let mut parts: FastMap<&str, Vec<usize>> = FastMap::default();
            // `part-of` comes from a span's attributes: without one, no figure has it.
            let spans = &self.model.document.spans;
            if !spans.iter().any(|s| s.attrs.iter().any(|a| a.key == "part-of")) {
                return parts;
            }
            for (i, f) in self.model.figures.iter().enumerate() {
                if let Some(p) = &f.part_of {
                    parts.entry(p.value.as_str()).or_default().push(i);
                }
            }
            parts
        });
        parts.get(total).map_or(&[], Vec::as_slice)
    }

    /// The sources the report answers for; see [`sources_in_scope`](crate::model::via::sources_in_scope).
    pub(crate) fn sources_in_scope(&self) -> &[&'a Source] {
        self.shared.in_scope.get_or_init(|| {
            crate::model::via::sources_in_scope_with(self.model, self.graph(), |k| self.is_cited(k))
        })
    }
}

/// A registered rule.
pub struct RuleEntry {
    pub meta: RuleMeta,
    pub reach: Reach,
    pub check: fn(&Context<'_>, &mut Vec<Diagnostic>),
}

/// Every rule attest knows, in documentation order.
pub static RULES: &[RuleEntry] = &[
    RuleEntry { meta: UnsourcedFigure::META, reach: Reach::Local, check: UnsourcedFigure::check },
    // Each citation key against the front matter's and bibliographies' definitions.
    // (Global: a metadata block anywhere in the body may define the key its message names.)
    RuleEntry { meta: UnknownSource::META, reach: Reach::Global, check: UnknownSource::check },
    // Findings in the front matter; whether a source is cited depends on the whole text.
    RuleEntry { meta: UnusedSource::META, reach: Reach::Global, check: UnusedSource::check },
    RuleEntry { meta: InvertedRange::META, reach: Reach::Local, check: InvertedRange::check },
    // Findings in the front matter and bibliography files.
    RuleEntry { meta: InvalidFrontMatter::META, reach: Reach::Global, check: InvalidFrontMatter::check },
    // Findings in the front matter.
    RuleEntry { meta: DuplicateSource::META, reach: Reach::Global, check: DuplicateSource::check },
    // Findings on sources; which sources count depends on every citation.
    RuleEntry { meta: UnknownVia::META, reach: Reach::Global, check: UnknownVia::check },
    // Findings on sources; which sources count depends on every citation.
    RuleEntry { meta: IncompleteSource::META, reach: Reach::Global, check: IncompleteSource::check },
    // Findings on sources; which sources count depends on every citation.
    RuleEntry { meta: UnratedSource::META, reach: Reach::Global, check: UnratedSource::check },
    // Findings on sources; which sources count depends on every citation.
    RuleEntry { meta: FutureSource::META, reach: Reach::Global, check: FutureSource::check },
    // Findings on sources; which sources count depends on every citation.
    RuleEntry { meta: StaleSource::META, reach: Reach::Global, check: StaleSource::check },
    // The citations of one sentence (or heading, list item, cell) and the `via` links of
    // their sources.
    RuleEntry { meta: CircularCorroboration::META, reach: Reach::Local, check: CircularCorroboration::check },
    // A finding on a source's grade, decided by every sentence that cites it.
    RuleEntry {
        meta: UnconfirmedCredibility::META,
        reach: Reach::Global,
        check: UnconfirmedCredibility::check,
    },
    // The rule names of one suppression comment.
    RuleEntry { meta: UnknownRule::META, reach: Reach::Local, check: UnknownRule::check },
    RuleEntry { meta: AccidentalMath::META, reach: Reach::Local, check: AccidentalMath::check },
    // Compares the mentions of a quantity across the report.
    RuleEntry { meta: ConflictingQuantity::META, reach: Reach::Global, check: ConflictingQuantity::check },
    // Compares the mentions of a quantity across the report.
    RuleEntry { meta: ContestedQuantity::META, reach: Reach::Global, check: ContestedQuantity::check },
    // Compares each mention of a quantity with its first mention, anywhere.
    RuleEntry { meta: UnitMismatch::META, reach: Reach::Global, check: UnitMismatch::check },
    // Adds up parts marked anywhere in the report.
    RuleEntry { meta: PartsExceedTotal::META, reach: Reach::Global, check: PartsExceedTotal::check },
    // Adds up parts marked anywhere in the report.
    RuleEntry { meta: PartsFallShort::META, reach: Reach::Global, check: PartsFallShort::check },
    // Reads the words right before and after a figure, which for a figure at the edge of a
    // block belong to the block next to it.
    RuleEntry { meta: ShareOutOfRange::META, reach: Reach::Global, check: ShareOutOfRange::check },
    // Whether some figure anywhere carries the `qty=` a `part-of` names.
    RuleEntry { meta: UnknownQuantity::META, reach: Reach::Global, check: UnknownQuantity::check },
    // A likelihood term and the probability right after it.
    RuleEntry { meta: LikelihoodMismatch::META, reach: Reach::Local, check: LikelihoodMismatch::check },
    // The terms of one sentence.
    RuleEntry {
        meta: LikelihoodWithConfidence::META,
        reach: Reach::Local,
        check: LikelihoodWithConfidence::check,
    },
    // Compares each term with the terms used before it anywhere in the report.
    RuleEntry { meta: MixedLikelihoodTerms::META, reach: Reach::Global, check: MixedLikelihoodTerms::check },
];

/// The names of every rule.
pub fn names() -> Vec<&'static str> {
    RULES.iter().map(|r| r.meta.name).collect()
}

/// Looks a rule up by name.
pub fn find(name: &str) -> Option<&'static RuleEntry> {
    RULES.iter().find(|r| r.meta.name == name)
}

pub(crate) use crate::text::closest;

/// `d` with an unsafe fix that writes `near` at `span`, for a "did you mean" finding: the
/// fix changes which source or quantity the text names, so it is never applied unasked.
pub(crate) fn suggest(
    d: crate::diagnostic::Diagnostic,
    span: Span,
    near: &str,
) -> crate::diagnostic::Diagnostic {
    use crate::diagnostic::{Applicability, Edit, Fix};
    d.with_fix(Fix {
        message: format!("replace with `{near}`"),
        edits: vec![Edit { span, replacement: near.to_string() }],
        applicability: Applicability::Unsafe,
    })
}
