//! The rules. One rule, one file; the rule's doc comment (What it does / Why is this bad? /
//! Example / Use instead) is its user documentation, served by `attest rule NAME`, hovers and
//! docs/rules.md.

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

mod invalid_front_matter;

pub use invalid_front_matter::InvalidFrontMatter;

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
        let mut lines = doc.lines().skip_while(|l| l.trim().is_empty() || l.starts_with('#'));
        let first = lines.next().unwrap_or("").trim();
        first.to_string()
    }
}

/// What a rule's `check` sees.
pub struct Context<'a> {
    pub text: &'a str,
    pub model: &'a Model,
}

/// A registered rule.
pub struct RuleEntry {
    pub meta: RuleMeta,
    pub check: fn(&Context<'_>, &mut Vec<Diagnostic>),
}

/// Every rule attest knows, in documentation order.
pub static RULES: &[RuleEntry] = &[RuleEntry {
    meta: InvalidFrontMatter::META,
    check: InvalidFrontMatter::check,
}];

/// Looks a rule up by name.
pub fn find(name: &str) -> Option<&'static RuleEntry> {
    RULES.iter().find(|r| r.meta.name == name)
}
