//! Throughput of checking a large report, against the floor of pulldown-cmark's bare parse.
//!
//! Run with `cargo bench --bench check`. One report of about 1 MB is generated once (see
//! `generate.rs`); three groups measure the same text:
//!
//! - `pulldown_cmark_bare`: pulldown-cmark alone, with the options attest uses, every event
//!   consumed with its offsets. Nothing attest does can be faster than this.
//! - `parse`: `attest::syntax::parse`, the document with its units, scopes, citations, spans
//!   and figures.
//! - `check`: `attest::check::check`, parse, model and every rule.
//! - `check_one_line`: `check` of the same report with its body written on one line after a
//!   `#` (one paragraph, one heading, one scope): work that grows with the size of a paragraph
//!   or scope instead of the report shows here first.
//!
//! The targets (see docs/performance.md): `check` within 3× `pulldown_cmark_bare`, and at
//! least 30 MB/s. `check_one_line` has no target; it guards against costs that grow faster
//! than the report.

mod generate;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use pulldown_cmark::{Options, Parser};

/// Size of the generated report.
const REPORT_BYTES: usize = 1024 * 1024;

/// The pulldown-cmark options attest parses with.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_MATH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_DEFINITION_LIST
}

/// Every event with its offsets; the sum of the end offsets keeps the ranges alive.
fn bare_parse(text: &str) -> (usize, usize) {
    let mut events = 0;
    let mut ends = 0usize;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        black_box(&event);
        events += 1;
        ends = ends.wrapping_add(range.end);
    }
    (events, ends)
}

/// The report with its body on one line opening with `#`: the front matter stays as it is.
fn one_line(report: &str) -> String {
    let body_start = report.find("\n---\n").map_or(0, |i| i + 5);
    let body: Vec<&str> = report[body_start..].split_whitespace().collect();
    format!("{}# {}\n", &report[..body_start], body.join(" "))
}

fn benches(c: &mut Criterion) {
    let text = generate::report(REPORT_BYTES);
    let long_line = one_line(&text);

    let mut run = |name: &str, text: &str, f: &dyn Fn(&str)| {
        let bytes = text.len() as u64;
        let mut group = c.benchmark_group(name);
        group
            .throughput(Throughput::Bytes(bytes))
            // Each iteration takes milliseconds: flat sampling keeps the run short.
            .sampling_mode(SamplingMode::Flat)
            .sample_size(20)
            .warm_up_time(Duration::from_secs(2))
            .measurement_time(Duration::from_secs(5));
        group.bench_function("report_1mb", |b| b.iter(|| f(black_box(text))));
        group.finish();
    };

    run("pulldown_cmark_bare", &text, &|text| {
        black_box(bare_parse(text));
    });
    run("parse", &text, &|text| {
        black_box(attest::syntax::parse(text));
    });
    run("check", &text, &|text| {
        black_box(attest::check::check(text));
    });
    run("check_one_line", &long_line, &|text| {
        black_box(attest::check::check(text));
    });
}

criterion_group!(check, benches);
criterion_main!(check);
