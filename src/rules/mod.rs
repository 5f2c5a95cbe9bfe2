//! The rules. One rule, one file; the rule's doc comment (What it does / Why is this bad? /
//! Example / Use instead) is its user documentation, served by `attest rule NAME`, hovers and
//! docs/rules.md.

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Model;

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

/// What a rule's `check` sees.
pub struct Context<'a> {
    pub text: &'a str,
    pub model: &'a Model,
    pub config: &'a Config,
}

impl Context<'_> {
    /// The figure's text as written, quoted for a message.
    pub fn quote(&self, figure: usize) -> String {
        self.model.figures[figure]
            .figure
            .span
            .slice(self.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A registered rule.
pub struct RuleEntry {
    pub meta: RuleMeta,
    pub check: fn(&Context<'_>, &mut Vec<Diagnostic>),
}

/// Every rule attest knows, in documentation order.
pub static RULES: &[RuleEntry] = &[
    RuleEntry { meta: UnsourcedFigure::META, check: UnsourcedFigure::check },
    RuleEntry { meta: UnknownSource::META, check: UnknownSource::check },
    RuleEntry { meta: UnusedSource::META, check: UnusedSource::check },
    RuleEntry { meta: InvertedRange::META, check: InvertedRange::check },
    RuleEntry { meta: InvalidFrontMatter::META, check: InvalidFrontMatter::check },
    RuleEntry { meta: DuplicateSource::META, check: DuplicateSource::check },
    RuleEntry { meta: UnknownVia::META, check: UnknownVia::check },
    RuleEntry { meta: IncompleteSource::META, check: IncompleteSource::check },
    RuleEntry { meta: UnratedSource::META, check: UnratedSource::check },
    RuleEntry { meta: FutureSource::META, check: FutureSource::check },
    RuleEntry { meta: StaleSource::META, check: StaleSource::check },
    RuleEntry { meta: CircularCorroboration::META, check: CircularCorroboration::check },
    RuleEntry { meta: UnconfirmedCredibility::META, check: UnconfirmedCredibility::check },
    RuleEntry { meta: UnknownRule::META, check: UnknownRule::check },
    RuleEntry { meta: ConflictingQuantity::META, check: ConflictingQuantity::check },
    RuleEntry { meta: ContestedQuantity::META, check: ContestedQuantity::check },
    RuleEntry { meta: UnitMismatch::META, check: UnitMismatch::check },
    RuleEntry { meta: PartsExceedTotal::META, check: PartsExceedTotal::check },
    RuleEntry { meta: PartsFallShort::META, check: PartsFallShort::check },
    RuleEntry { meta: ShareOutOfRange::META, check: ShareOutOfRange::check },
    RuleEntry { meta: UnknownQuantity::META, check: UnknownQuantity::check },
    RuleEntry { meta: LikelihoodMismatch::META, check: LikelihoodMismatch::check },
    RuleEntry { meta: LikelihoodWithConfidence::META, check: LikelihoodWithConfidence::check },
    RuleEntry { meta: MixedLikelihoodTerms::META, check: MixedLikelihoodTerms::check },
];

/// The names of every rule.
pub fn names() -> Vec<&'static str> {
    RULES.iter().map(|r| r.meta.name).collect()
}

/// Looks a rule up by name.
pub fn find(name: &str) -> Option<&'static RuleEntry> {
    RULES.iter().find(|r| r.meta.name == name)
}

/// The candidate closest to `name` by edit distance, when it is close enough to be a typo.
pub(crate) fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).max(1);
    candidates
        .map(|c| (edit_distance(name, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, c)| (d, c))
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}
