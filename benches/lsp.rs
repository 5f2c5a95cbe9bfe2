//! The language server under an editor's load: run with `cargo bench --bench lsp`.
//!
//! For generated reports of about 100 KB, 1 MB and 5 MB (see `generate.rs`), the benchmark
//! starts the real `attest server` binary and drives it over stdio with Content-Length
//! framing, as an editor would, and reports:
//!
//! - **open**: from sending `didOpen` to receiving the first diagnostics;
//! - **edit**: from sending a `didChange` (one character typed at the end of a line, at 60
//!   places spread through the body, one after another) to receiving the diagnostics of that
//!   version: median and p95. The client reads each publication whole and checks that it is
//!   well-formed JSON, but counts the findings rather than building a JSON tree of them (that
//!   is the editor's work, timed separately in the breakdown);
//! - **hover**: request to response on 100 figures spread through the body: median and p95;
//! - **semantic tokens**: all of them once, then, after each of 20 more edits, the delta from
//!   the previous result (median);
//! - **server peak memory**: `VmHWM` of the server process, read just before `shutdown`.
//!
//! Then where a check's time goes on the same text: parsing, building the model, each rule.
//! `cargo bench --bench lsp -- --size BYTES` measures one report of that size only.
//!
//! Targets (docs/performance.md): for 1 MB, edit p95 ≤ 10 ms, hover p95 ≤ 2 ms, peak memory
//! ≤ 60 MB; for 5 MB, edit p95 ≤ 50 ms.

#![allow(clippy::print_stdout)]

#[path = "../tests/lsp/client.rs"]
mod client;
#[path = "generate.rs"]
mod generate;

use std::time::{Duration, Instant};

use serde_json::{Value, json};

const SIZES: &[(usize, &str)] = &[(100 * 1024, "100 KB"), (1024 * 1024, "1 MB"), (5 * 1024 * 1024, "5 MB")];
const EDITS: usize = 60;
const HOVERS: usize = 100;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--report") {
        // The generated report itself, e.g. to check it with `attest check`.
        print!("{}", generate::report(args[i + 1].parse().expect("a size")));
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    println!("attest server over stdio: {EDITS} edits and {HOVERS} hovers per report");
    println!();
    println!(
        "| report | bytes | open → diagnostics | edit → diagnostics median | p95 | hover median | p95 | semantic tokens, all | after an edit, delta median | server peak memory |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    // `--size BYTES`: that report only, without the breakdown.
    let only: Option<usize> =
        args.iter().position(|a| a == "--size").and_then(|i| args.get(i + 1)?.parse().ok());
    let sizes: Vec<(usize, String)> = match only {
        Some(size) => vec![(size, format!("{size} B"))],
        None => SIZES.iter().map(|&(size, name)| (size, name.to_string())).collect(),
    };
    let mut texts = Vec::new();
    for (size, name) in sizes {
        let text = generate::report(size);
        let row = runtime.block_on(drive(text.clone()));
        println!("| {name} | {row}");
        if only.is_none() {
            texts.push((name, text));
        }
    }
    for (name, text) in texts {
        println!();
        println!("Where a check of the {name} report goes (in-process, median of 5):");
        println!();
        breakdown(&text);
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn quantile(samples: &mut [Duration], q: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * q).round() as usize;
    samples[i]
}

/// `VmHWM` of a process, in MB.
fn peak_memory_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// The position (UTF-16, as most editors) of a byte offset.
fn position(text: &str, offset: usize) -> Value {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..line_start].bytes().filter(|&b| b == b'\n').count();
    let character = text[line_start..offset].encode_utf16().count();
    json!({ "line": line, "character": character })
}

/// The first character boundary at or after `at`.
fn boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Drives the server binary on one report; returns the table row.
async fn drive(mut text: String) -> String {
    let uri = "file:///bench/report.md";
    let mut c = client::Client::spawn(env!("CARGO_BIN_EXE_attest"), client::capabilities(&["utf-16"])).await;

    let started = Instant::now();
    c.open(uri, &text).await;
    c.diagnostics(uri, 1).await;
    let open = started.elapsed();

    // Edits: a character typed at the end of lines spread through the body.
    let body = text.find("\n---\n").map_or(0, |i| i + 5);
    let mut edits = Vec::with_capacity(EDITS);
    let mut findings = 0;
    for i in 0..EDITS {
        let target = boundary(&text, body + ((text.len() - body) * (2 * i + 1)) / (2 * EDITS));
        let at = text[target..].find('\n').map_or(text.len(), |n| target + n);
        let pos = position(&text, at);
        text.insert(at, 'x');
        let version = i as i64 + 2;
        let started = Instant::now();
        c.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "range": { "start": pos, "end": pos }, "text": "x" }] }),
        )
        .await;
        findings = c.diagnostics_count(uri, version).await;
        edits.push(started.elapsed());
    }

    // The last publication holds the findings of a check of the final text from scratch.
    assert_eq!(
        findings,
        attest::check::check(&text).diagnostics.len(),
        "the server's findings after the edits"
    );

    // Hovers on figures spread through the body.
    let mut hovers = Vec::with_capacity(HOVERS);
    for i in 0..HOVERS {
        let target = boundary(&text, body + ((text.len() - body) * (2 * i + 1)) / (2 * HOVERS));
        let Some(digit) = text[target..].find(|c: char| c.is_ascii_digit()) else { continue };
        let params = json!({ "textDocument": { "uri": uri }, "position": position(&text, target + digit) });
        let started = Instant::now();
        c.request("textDocument/hover", params).await.expect("a hover");
        hovers.push(started.elapsed());
    }
    // Semantic tokens: all of them once, then after each of 20 edits the delta from the
    // previous result, as an editor asks for them.
    let params = json!({ "textDocument": { "uri": uri } });
    let started = Instant::now();
    let full = c.request("textDocument/semanticTokens/full", params).await.expect("tokens");
    let tokens_full = started.elapsed();
    let mut result_id = full["resultId"].clone();
    let mut deltas = Vec::new();
    for i in 0..20 {
        let target = boundary(&text, body + ((text.len() - body) * (2 * i + 1)) / 40);
        let at = text[target..].find('\n').map_or(text.len(), |n| target + n);
        let pos = position(&text, at);
        text.insert(at, 'y');
        let version = (EDITS + i) as i64 + 2;
        c.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "range": { "start": pos, "end": pos }, "text": "y" }] }),
        )
        .await;
        c.diagnostics_count(uri, version).await;
        let params = json!({ "textDocument": { "uri": uri }, "previousResultId": result_id });
        let started = Instant::now();
        let delta = c.request("textDocument/semanticTokens/full/delta", params).await.expect("a delta");
        deltas.push(started.elapsed());
        assert!(delta.get("edits").is_some(), "a delta, not all the tokens");
        result_id = delta["resultId"].clone();
    }
    let memory = c.pid().map_or(f64::NAN, peak_memory_mb);
    assert!(c.shutdown().await, "the server exits cleanly");
    format!(
        "{} | {:.1} ms | {:.1} ms | {:.1} ms | {:.2} ms | {:.2} ms | {:.1} ms | {:.1} ms | {:.0} MB |",
        text.len(),
        ms(open),
        ms(quantile(&mut edits, 0.5)),
        ms(quantile(&mut edits, 0.95)),
        ms(quantile(&mut hovers, 0.5)),
        ms(quantile(&mut hovers, 0.95)),
        ms(tokens_full),
        ms(quantile(&mut deltas, 0.5)),
        memory
    )
}

/// Where the time of one check goes.
fn breakdown(text: &str) {
    fn median(mut f: impl FnMut()) -> f64 {
        let mut samples: Vec<Duration> = (0..5)
            .map(|_| {
                let started = Instant::now();
                f();
                started.elapsed()
            })
            .collect();
        ms(quantile(&mut samples, 0.5))
    }
    /// The median of 5 runs of `f` on a fresh input from `setup`; neither the setup nor
    /// dropping the result is timed.
    fn median_with<T, R>(mut setup: impl FnMut() -> T, mut f: impl FnMut(T) -> R) -> f64 {
        let mut samples: Vec<Duration> = (0..5)
            .map(|_| {
                let input = setup();
                let started = Instant::now();
                let result = f(input);
                let elapsed = started.elapsed();
                drop(result);
                elapsed
            })
            .collect();
        ms(quantile(&mut samples, 0.5))
    }
    let config = attest::config::Config::default();
    let mut rows = vec![
        (
            "text from the rope",
            median(|| drop(std::hint::black_box(ropey::Rope::from_str(text).to_string()))),
        ),
        ("parse", median(|| drop(std::hint::black_box(attest::syntax::parse(text))))),
        (
            "parse + model",
            median(|| {
                drop(std::hint::black_box(attest::model::Model::build_with(
                    attest::syntax::parse(text),
                    Vec::new(),
                )))
            }),
        ),
        ("full check", median(|| drop(std::hint::black_box(attest::check::check(text))))),
        ("line index", median(|| drop(std::hint::black_box(attest::text::LineIndex::new(text))))),
    ];
    let checked = attest::check::check(text);
    let files = [attest::lsp::convert::FileText::new(None, ropey::Rope::from_str(text))];
    let files =
        attest::lsp::convert::Files { encoding: attest::lsp::convert::Encoding::Utf16, files: &files };
    let converted = attest::lsp::convert::diagnostics(&checked, files);
    rows.push((
        "findings to protocol types",
        median(|| drop(std::hint::black_box(attest::lsp::convert::diagnostics(&checked, files)))),
    ));
    rows.push(("findings to JSON", median(|| drop(std::hint::black_box(serde_json::to_vec(&converted))))));
    // What the server's protocol library and a client do with each publication: the findings
    // to a JSON value and to bytes, and back.
    rows.push((
        "findings to a JSON value, then bytes",
        median(|| drop(std::hint::black_box(serde_json::to_vec(&serde_json::to_value(&converted).unwrap())))),
    ));
    let bytes = serde_json::to_vec(&converted).unwrap();
    rows.push((
        "JSON bytes to a value (a client)",
        median(|| drop(std::hint::black_box(serde_json::from_slice::<serde_json::Value>(&bytes)))),
    ));
    // Re-checking after one character typed at the end of a line in the middle of the body.
    let middle = text.len() / 2 + text[text.len() / 2..].find('\n').unwrap_or(0);
    let mut edited = text.to_string();
    edited.insert(middle, 'x');
    let edit = attest::syntax::TextEdit::between(text, &edited);
    rows.push((
        "re-check after one character typed (sections re-read, figures and findings updated)",
        median_with(
            || attest::check::check(text),
            |previous| std::hint::black_box(attest::recheck::recheck(previous, &edited, edit)),
        ),
    ));
    rows.push((
        "line index of the new text, updated around the edit",
        median_with(
            || attest::text::LineIndex::new(text),
            |lines| std::hint::black_box(lines.edited(&edited, edit.start, edit.old_end, edit.new_end)),
        ),
    ));
    rows.push((
        "position index of the new text, built anew",
        median(|| drop(std::hint::black_box(attest::lsp::positions::Positions::new(&edited)))),
    ));
    rows.push((
        "position index of the new text, updated around the edit",
        median_with(
            || attest::lsp::positions::Positions::new(text),
            |index| std::hint::black_box(index.edited(&edited, edit)),
        ),
    ));
    for rule in attest::rules::RULES {
        let t = median(|| {
            // A fresh context each time: what rules share is computed once per run.
            let ctx = attest::rules::Context::new(text, &checked.model, &config, None);
            let mut out = Vec::new();
            (rule.check)(&ctx, &mut out);
            std::hint::black_box(out);
        });
        rows.push((rule.meta.name, t));
    }
    println!("{} findings.", checked.diagnostics.len());
    println!();
    println!("| step | ms |");
    println!("|---|---:|");
    for (name, t) in rows {
        println!("| {name} | {t:.2} |");
    }
}
