//! attest: a language server and CI checker for analyst reports.
//!
//! Dependency direction: `text ← syntax ← model ← rules ← ide ← {lsp, cli}`. Everything below
//! `cli` is pure: no IO, no terminal, no async runtime.

pub mod check;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod ide;
pub mod lsp;
pub mod model;
pub mod recheck;
pub mod rules;
pub mod syntax;
pub mod text;
pub mod tradecraft;

/// The benchmarks' report generator, for tests that need a long, realistic report.
#[cfg(test)]
#[path = "../benches/generate.rs"]
mod generate;
