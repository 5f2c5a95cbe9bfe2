//! The language server end to end: an in-process client speaking real Content-Length framed
//! JSON-RPC over pipes to `attest::lsp::serve`, one test over the real binary's stdio, and
//! property tests of the position conversions.

#[path = "lsp/client.rs"]
mod client;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use attest::lsp::convert::{self, Encoding};
use client::{Client, capabilities, file_uri};
use proptest::prelude::*;
use ropey::Rope;
use serde_json::{Value, json};
use tower_lsp_server::ls_types as lsp;

// ---------------------------------------------------------------------------------------------
// Helpers

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// A fixture with its cursor markers (`$0`, `$1`, …) removed, and their offsets by number.
fn fixture(name: &str) -> (String, Vec<usize>) {
    let raw = read(&root().join("tests/lsp/fixtures").join(name));
    strip_markers(&raw)
}

fn strip_markers(raw: &str) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut markers = Vec::new();
    let mut rest = raw;
    while let Some(i) = rest.find('$') {
        let digit = rest[i + 1..].chars().next().and_then(|c| c.to_digit(10));
        match digit {
            Some(n) => {
                text.push_str(&rest[..i]);
                let n = n as usize;
                if markers.len() <= n {
                    markers.resize(n + 1, usize::MAX);
                }
                markers[n] = text.len();
                rest = &rest[i + 2..];
            }
            None => {
                text.push_str(&rest[..=i]);
                rest = &rest[i + 1..];
            }
        }
    }
    text.push_str(rest);
    (text, markers)
}

/// A fresh directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = root().join("target").join("test-tmp").join(format!("lsp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // A repository root, so that no attest.toml above is found.
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    dir
}

/// The lines of a text as the protocol sees them: content and line break.
fn lines(text: &str) -> Vec<(usize, usize, usize)> {
    // (start, content end, next start)
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push((start, i, i + 1));
                start = i + 1;
            }
            b'\r' => {
                let next = if bytes.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
                out.push((start, i, next));
                start = next;
                i = next - 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push((start, text.len(), text.len()));
    out
}

fn units(s: &str, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 => s.encode_utf16().count(),
        Encoding::Utf32 => s.chars().count(),
    }
}

/// The position of `offset`, computed the slow and obvious way.
fn oracle_position(text: &str, offset: usize, encoding: Encoding) -> (u32, u32) {
    let lines = lines(text);
    let line = lines.iter().rposition(|&(start, _, _)| start <= offset).unwrap();
    let (start, end, _) = lines[line];
    (line as u32, units(&text[start..offset.min(end)], encoding) as u32)
}

/// The offset of a position, the slow and obvious way (`None` past the last line).
fn oracle_offset(text: &str, line: u32, character: u32, encoding: Encoding) -> Option<usize> {
    let (start, end, _) = *lines(text).get(line as usize)?;
    let mut at = start;
    for (i, c) in text[start..end].char_indices() {
        let before = units(&text[start..start + i], encoding);
        let after = before + units(c.encode_utf8(&mut [0; 4]), encoding);
        if after > character as usize {
            return Some(start + i);
        }
        at = start + i + c.len_utf8();
    }
    Some(at.min(end))
}

fn pos(text: &str, offset: usize, encoding: Encoding) -> Value {
    let (line, character) = oracle_position(text, offset, encoding);
    json!({ "line": line, "character": character })
}

fn offset(text: &str, position: &Value, encoding: Encoding) -> usize {
    let line = position["line"].as_u64().unwrap() as u32;
    let character = position["character"].as_u64().unwrap() as u32;
    oracle_offset(text, line, character, encoding).unwrap()
}

/// Applies protocol text edits to a text.
fn apply_edits(text: &str, edits: &[Value], encoding: Encoding) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(text, &e["range"]["start"], encoding),
                offset(text, &e["range"]["end"], encoding),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (start, end, new) in spans {
        out.replace_range(start..end, &new);
    }
    out
}

/// The edits of a workspace edit to one document.
fn edits_for(edit: &Value, uri: &str) -> Vec<Value> {
    if let Some(changes) = edit["documentChanges"].as_array() {
        return changes
            .iter()
            .filter(|c| c["textDocument"]["uri"] == uri)
            .flat_map(|c| c["edits"].as_array().cloned().unwrap_or_default())
            .collect();
    }
    edit["changes"][uri].as_array().cloned().unwrap_or_default()
}

fn range_text(text: &str, range: &Value, encoding: Encoding) -> String {
    let (s, e) = (offset(text, &range["start"], encoding), offset(text, &range["end"], encoding));
    text[s..e].to_string()
}

fn text_position(uri: &str, text: &str, at: usize, encoding: Encoding) -> Value {
    json!({ "textDocument": { "uri": uri }, "position": pos(text, at, encoding) })
}

/// Diagnostics as lines for snapshots: range, severity, rule, tags, related count, message.
fn summarize(diagnostics: &[Value]) -> String {
    let severity = |s: &Value| match s.as_u64() {
        Some(1) => "error",
        Some(2) => "warning",
        Some(3) => "info",
        _ => "hint",
    };
    diagnostics
        .iter()
        .map(|d| {
            let r = &d["range"];
            let tags = d["tags"]
                .as_array()
                .map(|t| format!(" tags={}", Value::Array(t.clone())))
                .unwrap_or_default();
            let related = d["relatedInformation"].as_array().map_or(0, Vec::len);
            format!(
                "{}:{}-{}:{} {} {}{tags} related={related}: {}",
                r["start"]["line"],
                r["start"]["character"],
                r["end"]["line"],
                r["end"]["character"],
                severity(&d["severity"]),
                d["code"].as_str().unwrap(),
                d["message"].as_str().unwrap()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ snapshot_path => "lsp/snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

fn flawed() -> (String, String) {
    let path = root().join("examples/flawed.md");
    (file_uri(&path), read(&path))
}

// ---------------------------------------------------------------------------------------------
// Diagnostics and positions

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_markdown_gets_no_findings_but_a_report_does() {
    let mut c = Client::start(capabilities(&["utf-8"]), None, None).await;
    let plain = file_uri(&root().join("README-plain.md"));
    c.open(&plain, "# Notes\n\nWe have 3,000 users and between 900 and 600 visitors.\n").await;
    assert!(c.diagnostics(&plain, 1).await.is_empty());
    let report = file_uri(&root().join("report-plain.md"));
    c.open(&report, "---\nreferences: []\n---\nBetween 900 and 600 fighters remain.\n").await;
    let found = c.diagnostics(&report, 1).await;
    assert!(found.iter().any(|d| d["code"] == "inverted-range"), "{found:?}");
    // A report whose front matter cannot be read is still a report: its error is shown.
    let broken = file_uri(&root().join("report-broken.md"));
    c.open(&broken, "---\nreferences:\n  - id: \"a\n---\nBetween 900 and 600 fighters remain.\n").await;
    let found = c.diagnostics(&broken, 1).await;
    assert!(found.iter().any(|d| d["code"] == "invalid-front-matter"), "{found:?}");
    assert!(found.iter().any(|d| d["code"] == "inverted-range"), "{found:?}");
    assert!(c.shutdown().await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf8_client_gets_the_flawed_reports_findings() {
    let (uri, text) = flawed();
    let mut c = Client::start(capabilities(&["utf-8", "utf-16"]), None, None).await;
    assert_eq!(c.initialize_result["capabilities"]["positionEncoding"], "utf-8");
    assert_eq!(c.initialize_result["serverInfo"]["name"], "attest");
    c.open(&uri, &text).await;
    let diagnostics = c.diagnostics(&uri, 1).await;

    let rules: BTreeSet<&str> = diagnostics.iter().map(|d| d["code"].as_str().unwrap()).collect();
    for rule in [
        "unsourced-figure",
        "unknown-source",
        "inverted-range",
        "unknown-rule",
        "duplicate-source",
        "unused-source",
    ] {
        assert!(rules.contains(rule), "{rule} missing from {rules:?}");
    }
    for d in &diagnostics {
        assert_eq!(d["source"], "attest");
        // The rule's documentation, through the URI its code description names.
        let href = d["codeDescription"]["href"].as_str().unwrap();
        assert_eq!(href, format!("attest-rule:/{}.md", d["code"].as_str().unwrap()));
    }
    let inverted = diagnostics.iter().find(|d| d["code"] == "inverted-range").unwrap();
    let docs = c
        .request("attest/ruleDocumentation", json!({ "uri": inverted["codeDescription"]["href"] }))
        .await
        .unwrap();
    assert_eq!(docs.as_str().unwrap(), attest::rules::find("inverted-range").unwrap().meta.documentation());
    assert!(docs.as_str().unwrap().contains("## What it does"));
    let by_name = c.request("attest/ruleDocumentation", json!({ "rule": "unsourced-figure" })).await.unwrap();
    assert!(by_name.as_str().unwrap().contains("## Why is this bad?"));
    let unknown = c.request("attest/ruleDocumentation", json!({ "rule": "no-such-rule" })).await.unwrap_err();
    assert!(unknown["message"].as_str().unwrap().contains("no-such-rule"), "{unknown}");
    // Positions: the unknown key, and the figure without a source.
    let key = text.find("[@mfa2026]").unwrap() + 2;
    let unknown = diagnostics.iter().find(|d| d["code"] == "unknown-source").unwrap();
    assert_eq!(unknown["range"]["start"], pos(&text, key, Encoding::Utf8));
    assert_eq!(unknown["range"]["end"], pos(&text, key + "mfa2026".len(), Encoding::Utf8));
    assert_eq!(unknown["severity"], 1);
    let figure = text.find("5,000 to 7,000").unwrap();
    assert!(diagnostics.iter().any(
        |d| d["code"] == "unsourced-figure" && d["range"]["start"] == pos(&text, figure, Encoding::Utf8)
    ));
    // Tags: an unused source can go.
    let unused = diagnostics.iter().find(|d| d["code"] == "unused-source").unwrap();
    assert_eq!(unused["tags"], json!([1]));

    assert!(c.shutdown().await);
}

/// Every finding of a small report in UTF-16 positions, with messages, tags and related
/// locations.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn findings_snapshot() {
    let (text, _) = fixture("findings.md");
    let uri = "untitled:findings.md";
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    c.open(uri, &text).await;
    let diagnostics = c.diagnostics(uri, 1).await;
    snapshot!("findings", summarize(&diagnostics));
    assert!(c.shutdown().await);
}

/// Ranges in each encoding, with LF and CRLF line breaks, on text full of multi-byte
/// characters.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn positions_follow_the_negotiated_encoding() {
    let (lf, _) = fixture("unicode.md");
    for (offered, encoding, name) in [
        (vec!["utf-16"], Encoding::Utf16, "utf-16"),
        (vec![], Encoding::Utf16, "utf-16"),
        (vec!["utf-32", "utf-16"], Encoding::Utf32, "utf-32"),
        (vec!["utf-16", "utf-8"], Encoding::Utf8, "utf-8"),
    ] {
        for text in [lf.clone(), lf.replace('\n', "\r\n")] {
            let uri = "untitled:unicode.md";
            let mut c = Client::start(capabilities(&offered), None, None).await;
            assert_eq!(c.initialize_result["capabilities"]["positionEncoding"], name);
            c.open(uri, &text).await;
            let diagnostics = c.diagnostics(uri, 1).await;
            let unsourced = text.find("5,000 to 7,000").unwrap();
            let d =
                diagnostics.iter().find(|d| d["code"] == "unsourced-figure").expect("an unsourced figure");
            assert_eq!(d["range"]["start"], pos(&text, unsourced, encoding), "{name}");
            assert_eq!(
                d["range"]["end"],
                pos(&text, unsourced + "5,000 to 7,000 fighters".len(), encoding),
                "{name}"
            );
            let inverted = text.find("300 to 250").unwrap();
            let d = diagnostics.iter().find(|d| d["code"] == "inverted-range").expect("an inverted range");
            assert_eq!(d["range"]["start"], pos(&text, inverted, encoding), "{name}");

            // A hover at a position in this encoding finds the figure.
            let figure = text.find("1,200").unwrap() + 2;
            let hover =
                c.request("textDocument/hover", text_position(uri, &text, figure, encoding)).await.unwrap();
            assert!(hover["contents"]["value"].as_str().unwrap().contains("Источник 🚀 один"), "{hover}");
            assert_eq!(range_text(&text, &hover["range"], encoding), "1,200 members");
            assert!(c.shutdown().await);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Navigation

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_definition_references_highlights() {
    let (uri, text) = flawed();
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    c.open(&uri, &text).await;
    c.diagnostics(&uri, 1).await;
    let e = Encoding::Utf16;

    // A sourced figure names its sources.
    let figure = text.find("20,000 and 23,000").unwrap() + 1;
    let hover = c.request("textDocument/hover", text_position(&uri, &text, figure, e)).await.unwrap();
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert_eq!(hover["contents"]["kind"], "markdown");
    assert!(
        markdown.contains("Russian Foreign Ministry report on the situation in Afghanistan"),
        "{markdown}"
    );

    // A finding's hover carries its rule's documentation.
    let unknown = text.find("@mfa2026").unwrap() + 3;
    let hover = c.request("textDocument/hover", text_position(&uri, &text, unknown, e)).await.unwrap();
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(markdown.contains("**unknown-source** (error)"), "{markdown}");

    // Definition of a cited key: the first reference with that id.
    let cited = text.find("[@mfa-2026]").unwrap() + 3;
    let definition =
        c.request("textDocument/definition", text_position(&uri, &text, cited, e)).await.unwrap();
    assert_eq!(definition["uri"], uri.as_str());
    let id = text.find("id: mfa-2026").unwrap() + 4;
    assert_eq!(definition["range"]["start"], pos(&text, id, e));
    assert_eq!(range_text(&text, &definition["range"], e), "mfa-2026");

    // References, with the declaration.
    let params = json!({ "textDocument": { "uri": uri }, "position": pos(&text, cited, e), "context": { "includeDeclaration": true } });
    let references = c.request("textDocument/references", params).await.unwrap();
    let found: BTreeSet<usize> =
        references.as_array().unwrap().iter().map(|l| offset(&text, &l["range"]["start"], e)).collect();
    let mut expected: BTreeSet<usize> = text.match_indices("@mfa-2026").map(|(i, _)| i + 1).collect();
    expected.insert(id);
    // The sources relaying it name it in `via`.
    expected.extend(text.match_indices("via: mfa-2026").map(|(i, _)| i + 5));
    assert_eq!(found, expected);

    // Highlights: the definition is written, the citations read.
    let highlights =
        c.request("textDocument/documentHighlight", text_position(&uri, &text, cited, e)).await.unwrap();
    let kinds: Vec<u64> =
        highlights.as_array().unwrap().iter().map(|h| h["kind"].as_u64().unwrap()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == 3).count(), 1, "{highlights}");
    assert_eq!(kinds.len(), expected.len());
    assert!(c.shutdown().await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rename_a_source() {
    let (text, _) = fixture("cite.md");
    let uri = "untitled:cite.md";
    let e = Encoding::Utf16;
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    c.open(uri, &text).await;
    let cited = text.find("[@unhcr-2025]").unwrap() + 4;
    let prepared =
        c.request("textDocument/prepareRename", text_position(uri, &text, cited, e)).await.unwrap();
    assert_eq!(range_text(&text, &prepared, e), "unhcr-2025");

    let mut params = text_position(uri, &text, cited, e);
    params["newName"] = json!("unhcr-2026");
    let edit = c.request("textDocument/rename", params).await.unwrap();
    let edits = edits_for(&edit, uri);
    assert_eq!(edit["documentChanges"][0]["textDocument"]["version"], 1);
    let renamed = apply_edits(&text, &edits, e);
    assert!(renamed.contains("id: unhcr-2026") && renamed.contains("[@unhcr-2026]"), "{renamed}");
    assert!(!renamed.contains("unhcr-2025"));

    // Refusals carry the editor feature's message.
    let heading = text.find("# Fighters").unwrap() + 3;
    let error =
        c.request("textDocument/prepareRename", text_position(uri, &text, heading, e)).await.unwrap_err();
    assert!(error["message"].as_str().unwrap().contains("nothing to rename"), "{error}");
    let mut params = text_position(uri, &text, cited, e);
    params["newName"] = json!("not a key");
    let error = c.request("textDocument/rename", params).await.unwrap_err();
    assert!(error["message"].as_str().unwrap().contains("is not a citation key"), "{error}");
    assert!(c.shutdown().await);
}

/// An editor's session on examples/flawed.md, in UTF-8 and in UTF-16: open, type lines with
/// emoji, Cyrillic and guillemets (so that the two encodings give other columns), hover a
/// figure, complete after `@`, apply the swap fix, rename a source. Every position is checked
/// against the text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_editor_session_in_utf8_and_utf16() {
    for (offered, e) in [("utf-8", Encoding::Utf8), ("utf-16", Encoding::Utf16)] {
        let (uri, mut text) = flawed();
        let mut c = Client::start(capabilities(&[offered]), None, None).await;
        assert_eq!(c.initialize_result["capabilities"]["positionEncoding"], offered);
        c.open(&uri, &text).await;
        c.diagnostics(&uri, 1).await;

        // Typing: text before the figures, and a citation being written.
        let mut typed = [
            (text.find("The Russian foreign ministry counts").unwrap(), "Selon «МИД» 🚀, "),
            (text.find("Al-Qaida is said").unwrap(), "🚀 Ежегодно, "),
            (text.find("IS-KP is credited").unwrap(), "Über 🚀 «200» [@\n\n"),
        ];
        let mut version = 1;
        // From the end, so that the earlier offsets stay right.
        typed.sort_by_key(|&(at, _)| std::cmp::Reverse(at));
        for (at, new) in typed {
            let position = pos(&text, at, e);
            text.insert_str(at, new);
            version += 1;
            c.notify(
                "textDocument/didChange",
                json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "range": { "start": position, "end": position }, "text": new }] }),
            )
            .await;
        }
        let diagnostics = c.diagnostics(&uri, version).await;
        let inverted = diagnostics.iter().find(|d| d["code"] == "inverted-range").unwrap().clone();
        assert_eq!(range_text(&text, &inverted["range"], e), "between 1,500 and 400 members", "{offered}");

        // Hover on a figure after the typed text.
        let figure = text.find("20,000").unwrap();
        let hover = c.request("textDocument/hover", text_position(&uri, &text, figure, e)).await.unwrap();
        assert_eq!(range_text(&text, &hover["range"], e), "between 20,000 and 23,000", "{offered}");
        assert!(hover["contents"]["value"].as_str().unwrap().contains("20,000–23,000"), "{offered}: {hover}");

        // Completion after the typed `@`.
        let after_at = text.find("[@\n").unwrap() + 2;
        let mut params = text_position(&uri, &text, after_at, e);
        params["context"] = json!({ "triggerKind": 2, "triggerCharacter": "@" });
        let list = c.request("textDocument/completion", params).await.unwrap();
        let items = list["items"].as_array().unwrap();
        let satp = items.iter().find(|i| i["label"] == "satp-2026").expect("satp-2026 offered");
        assert_eq!(satp["textEdit"]["range"]["start"], pos(&text, after_at, e), "{offered}");

        // The swap fix.
        let params = json!({
            "textDocument": { "uri": uri },
            "range": inverted["range"],
            "context": { "diagnostics": [inverted] },
        });
        let actions = c.request("textDocument/codeAction", params).await.unwrap();
        let swap = actions.as_array().unwrap().iter().find(|a| a["isPreferred"] == true).unwrap().clone();
        let fixed = apply_edits(&text, &edits_for(&swap["edit"], &uri), e);
        assert!(
            fixed.contains("🚀 Ежегодно, Al-Qaida is said to have between 400 and 1,500 members"),
            "{offered}"
        );

        // Rename a source from one of its citations.
        let cited = text.find("@satp-2026]").unwrap() + 1;
        let mut params = text_position(&uri, &text, cited, e);
        params["newName"] = json!("satp-2026-03");
        let edit = c.request("textDocument/rename", params).await.unwrap();
        let renamed = apply_edits(&text, &edits_for(&edit, &uri), e);
        assert!(renamed.contains("  - id: satp-2026-03\n"), "{offered}");
        assert!(renamed.contains("[@interfax-2026; @satp-2026-03]"), "{offered}");
        assert_eq!(renamed.matches("satp-2026").count(), text.matches("satp-2026").count(), "{offered}");
        assert!(!renamed.replace("satp-2026-03", "").contains("satp-2026"), "{offered}");
        assert!(c.shutdown().await);
    }
}

// ---------------------------------------------------------------------------------------------
// Completion, code actions, outline, tokens

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completion_after_at_and_in_qty() {
    let (text, markers) = fixture("cite.md");
    let uri = "untitled:cite.md";
    let e = Encoding::Utf16;
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    let triggers = &c.initialize_result["capabilities"]["completionProvider"]["triggerCharacters"];
    assert_eq!(triggers, &json!(["@", "=", " "]));
    c.open(uri, &text).await;

    let mut params = text_position(uri, &text, markers[1], e);
    params["context"] = json!({ "triggerKind": 2, "triggerCharacter": "@" });
    let list = c.request("textDocument/completion", params).await.unwrap();
    let items = list["items"].as_array().unwrap();
    let lines: Vec<String> = items
        .iter()
        .map(|i| {
            let edit = &i["textEdit"];
            assert_eq!(edit["range"]["start"], pos(&text, markers[1], e));
            assert_eq!(edit["newText"], i["label"]);
            format!("{} ({}) {}", i["label"].as_str().unwrap(), i["kind"], i["detail"].as_str().unwrap_or(""))
        })
        .collect();
    snapshot!("completion_sources", lines.join("\n"));

    let list = c.request("textDocument/completion", text_position(uri, &text, markers[0], e)).await.unwrap();
    let labels: Vec<&str> =
        list["items"].as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(labels.contains(&"fighters"), "{labels:?}");

    // Nowhere to complete: no result.
    let heading = text.find("# Fighters").unwrap() + 4;
    assert_eq!(
        c.request("textDocument/completion", text_position(uri, &text, heading, e)).await.unwrap(),
        Value::Null
    );
    assert!(c.shutdown().await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_swap_fix_gives_the_right_text() {
    let (uri, text) = flawed();
    let e = Encoding::Utf16;
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    c.open(&uri, &text).await;
    let diagnostics = c.diagnostics(&uri, 1).await;
    let inverted = diagnostics.iter().find(|d| d["code"] == "inverted-range").unwrap().clone();
    let params = json!({
        "textDocument": { "uri": uri },
        "range": inverted["range"],
        "context": { "diagnostics": [inverted] },
    });
    let actions = c.request("textDocument/codeAction", params).await.unwrap();
    let actions = actions.as_array().unwrap();
    assert!(actions.iter().all(|a| a["kind"] == "quickfix"));
    let swap = actions.iter().find(|a| a["isPreferred"] == true).expect("a preferred fix");
    assert_eq!(swap["diagnostics"][0]["code"], "inverted-range");
    let fixed = apply_edits(&text, &edits_for(&swap["edit"], &uri), e);
    assert!(
        fixed.contains("between 400 and 1,500 members"),
        "{}",
        &fixed[fixed.find("Al-Qaida").unwrap()..][..80]
    );
    assert!(actions.iter().any(|a| a["title"] == "ignore `inverted-range` here"));

    // Only other kinds asked for: nothing.
    let params = json!({ "textDocument": { "uri": uri }, "range": inverted["range"], "context": { "diagnostics": [], "only": ["refactor"] } });
    assert_eq!(c.request("textDocument/codeAction", params).await.unwrap(), Value::Null);
    assert!(c.shutdown().await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn insert_citation_uses_a_snippet_only_when_the_client_takes_them() {
    let (uri, text) = flawed();
    let e = Encoding::Utf16;
    let figure = text.find("150 to 500 fighters").unwrap();
    for snippets in [false, true] {
        let mut caps = capabilities(&["utf-16"]);
        if snippets {
            caps["experimental"] = json!({ "snippetTextEdit": true });
        }
        let mut c = Client::start(caps, None, None).await;
        c.open(&uri, &text).await;
        c.diagnostics(&uri, 1).await;
        let at = pos(&text, figure, e);
        let params = json!({ "textDocument": { "uri": uri }, "range": { "start": at, "end": at }, "context": { "diagnostics": [] } });
        let actions = c.request("textDocument/codeAction", params).await.unwrap();
        let insert = actions
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["title"] == "insert a citation for this figure")
            .expect("an insert action");
        assert!(insert.get("data").is_none());
        let edit = &edits_for(&insert["edit"], &uri)[0];
        if snippets {
            assert_eq!(edit["newText"], " [@$0]");
            assert_eq!(edit["insertTextFormat"], 2);
        } else {
            assert_eq!(edit["newText"], " [@]");
            assert!(edit.get("insertTextFormat").is_none());
            let fixed = apply_edits(&text, std::slice::from_ref(edit), e);
            assert!(fixed.contains("150 to 500 fighters [@]."));
        }
        assert!(c.shutdown().await);
    }
}

/// Decodes semantic tokens into lines: position, length, type, modifiers, text.
fn decode_tokens(text: &str, data: &[u64], legend: &Value, encoding: Encoding) -> Vec<String> {
    let types = legend["tokenTypes"].as_array().unwrap();
    let modifiers = legend["tokenModifiers"].as_array().unwrap();
    let (mut line, mut start) = (0u64, 0u64);
    let mut out = Vec::new();
    for t in data.chunks(5) {
        if t[0] > 0 {
            line += t[0];
            start = t[1];
        } else {
            start += t[1];
        }
        let from = oracle_offset(text, line as u32, start as u32, encoding).unwrap();
        let to = oracle_offset(text, line as u32, (start + t[2]) as u32, encoding).unwrap();
        let mods: Vec<&str> = modifiers
            .iter()
            .enumerate()
            .filter(|(i, _)| t[4] & (1 << i) != 0)
            .map(|(_, m)| m.as_str().unwrap())
            .collect();
        out.push(format!(
            "{line}:{start} len {} {} {mods:?} {:?}",
            t[2],
            types[t[3] as usize].as_str().unwrap(),
            &text[from..to]
        ));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn semantic_tokens_symbols_links_folds() {
    let (text, _) = fixture("unicode.md");
    let uri = "untitled:unicode.md";
    let e = Encoding::Utf16;
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    let legend = c.initialize_result["capabilities"]["semanticTokensProvider"]["legend"].clone();
    assert_eq!(legend["tokenTypes"], json!(attest::ide::TOKEN_TYPES));
    c.open(uri, &text).await;

    let tokens = c
        .request("textDocument/semanticTokens/full", json!({ "textDocument": { "uri": uri } }))
        .await
        .unwrap();
    let data: Vec<u64> = tokens["data"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect();
    let decoded = decode_tokens(&text, &data, &legend, e);
    for line in &decoded {
        assert!(!line.contains("\\n"), "a token spans lines: {line}");
    }
    snapshot!("semantic_tokens", decoded.join("\n"));

    let symbols =
        c.request("textDocument/documentSymbol", json!({ "textDocument": { "uri": uri } })).await.unwrap();
    let heading = &symbols[0];
    assert_eq!(heading["name"], "Über 🚀 die Lage — 概要");
    assert_eq!(heading["kind"], 3);
    snapshot!("symbols", serde_json::to_string_pretty(&symbols).unwrap());

    let folds =
        c.request("textDocument/foldingRange", json!({ "textDocument": { "uri": uri } })).await.unwrap();
    let front =
        folds.as_array().unwrap().iter().find(|f| f["kind"] == "imports").expect("the front matter folds");
    assert_eq!(front["startLine"], 0);
    assert_eq!(front["endLine"], 9);

    let (cite, _) = fixture("cite.md");
    let with_url =
        cite.replace("    issued: 2025\n", "    issued: 2025\n    URL: https://example.org/figures\n");
    c.open("untitled:links.md", &with_url).await;
    let links = c
        .request("textDocument/documentLink", json!({ "textDocument": { "uri": "untitled:links.md" } }))
        .await
        .unwrap();
    assert_eq!(links[0]["target"], "https://example.org/figures");
    assert_eq!(range_text(&with_url, &links[0]["range"], e), "https://example.org/figures");
    assert!(c.shutdown().await);
}

/// The flat integers of a semantic tokens result.
fn token_data(result: &Value) -> Vec<u64> {
    result["data"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect()
}

/// After an edit, `full/delta` against the earlier result gives edits that turn the earlier
/// tokens into the new ones; `range` gives the tokens of its lines.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn semantic_tokens_delta_and_range() {
    let (_, mut text) = flawed();
    let uri = "untitled:tokens.md";
    let e = Encoding::Utf16;
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    let provider = &c.initialize_result["capabilities"]["semanticTokensProvider"];
    assert_eq!(provider["full"], json!({ "delta": true }));
    assert_eq!(provider["range"], true);
    let legend = provider["legend"].clone();
    c.open(uri, &text).await;
    let params = json!({ "textDocument": { "uri": uri } });
    let first = c.request("textDocument/semanticTokens/full", params.clone()).await.unwrap();
    let before = token_data(&first);
    let first_id = first["resultId"].as_str().unwrap().to_string();

    // A sentence with a figure typed in the middle of the body.
    let at = text[text.len() / 2..].find("\n\n").unwrap() + text.len() / 2 + 1;
    let new = "\nSome 4,000 «fighters» crossed 🚀 in March.\n";
    let position = pos(&text, at, e);
    text.insert_str(at, new);
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "range": { "start": position, "end": position }, "text": new }] }),
    )
    .await;
    c.diagnostics(uri, 2).await;

    let delta_params = json!({ "textDocument": { "uri": uri }, "previousResultId": first_id });
    let delta = c.request("textDocument/semanticTokens/full/delta", delta_params.clone()).await.unwrap();
    let edits = delta["edits"].as_array().expect("edits, not all the tokens");
    assert_eq!(edits.len(), 1, "{delta}");
    let mut patched = before.clone();
    let start = edits[0]["start"].as_u64().unwrap() as usize;
    let deleted = edits[0]["deleteCount"].as_u64().unwrap() as usize;
    let inserted: Vec<u64> =
        edits[0]["data"].as_array().map_or(Vec::new(), |d| d.iter().map(|v| v.as_u64().unwrap()).collect());
    assert!(inserted.len() + deleted < before.len() / 2, "the edit is local: {delta}");
    patched.splice(start..start + deleted, inserted);
    let full = c.request("textDocument/semanticTokens/full", params.clone()).await.unwrap();
    let after = token_data(&full);
    assert_eq!(patched, after);
    let decoded = decode_tokens(&text, &after, &legend, e);
    assert!(decoded.iter().any(|t| t.contains("\"Some 4,000\"")), "{decoded:#?}");

    // The same request again: its result id is outdated (the full request replaced it).
    let again = c.request("textDocument/semanticTokens/full/delta", delta_params).await.unwrap();
    assert_eq!(token_data(&again), after);
    // Against the latest result id: nothing changed.
    let latest = json!({ "textDocument": { "uri": uri }, "previousResultId": again["resultId"] });
    let nothing = c.request("textDocument/semanticTokens/full/delta", latest).await.unwrap();
    assert_eq!(nothing["edits"], json!([]));

    // A range: the tokens of lines 80 to 100, as in the full result.
    let range = json!({ "start": { "line": 80, "character": 0 }, "end": { "line": 100, "character": 0 } });
    let ranged = c
        .request(
            "textDocument/semanticTokens/range",
            json!({ "textDocument": { "uri": uri }, "range": range }),
        )
        .await
        .unwrap();
    let in_range = decode_tokens(&text, &token_data(&ranged), &legend, e);
    let expected: Vec<String> = decoded
        .into_iter()
        .filter(|t| {
            let line: u32 = t.split(':').next().unwrap().parse().unwrap();
            (80..100).contains(&line)
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(in_range, expected);
    let outside =
        json!({ "start": { "line": 100000, "character": 0 }, "end": { "line": 100001, "character": 0 } });
    let error = c
        .request(
            "textDocument/semanticTokens/range",
            json!({ "textDocument": { "uri": uri }, "range": outside }),
        )
        .await
        .unwrap_err();
    assert_eq!(error["code"], -32602, "{error}");
    assert!(c.shutdown().await);
}

// ---------------------------------------------------------------------------------------------
// Ordering

/// Fifty changes sent back to back, then a hover: the hover and the final diagnostics are
/// those of the final text, and publications never go back in version.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_changes_then_a_hover_see_the_final_text() {
    let (mut text, _) = fixture("cite.md");
    let uri = "untitled:ordering.md";
    let e = Encoding::Utf16;
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    c.open(uri, &text).await;
    for i in 0..50 {
        // Alternate insertions at the end, insertions in the middle and replacements.
        let (start, end, new) = match i % 3 {
            0 => (
                text.len(),
                text.len(),
                format!("\nUnit {i} — «報告» — has 1,{i:03} fighters [@mfa-2026].\n"),
            ),
            1 => {
                let at = text.find("# Fighters").unwrap() + "# Fighters".len();
                (at, at, format!(" {i}"))
            }
            _ => {
                let (from, to) = if text.contains("the north") {
                    ("the north", "the 🚀 south")
                } else {
                    ("the 🚀 south", "the north")
                };
                let at = text.find(from).unwrap();
                (at, at + from.len(), to.to_string())
            }
        };
        let range = json!({ "start": pos(&text, start, e), "end": pos(&text, end, e) });
        text.replace_range(start..end, &new);
        c.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": i + 2 }, "contentChanges": [{ "range": range, "text": new }] }),
        )
        .await;
    }
    let last = text.find("1,048").unwrap() + 1;
    let hover = c.request("textDocument/hover", text_position(uri, &text, last, e)).await.unwrap();

    // What the editor features give on the final text.
    let checked = attest::check::check(&text);
    let lines = attest::text::LineIndex::new(&text);
    let config = attest::config::Config::default();
    let analysis = attest::ide::Analysis {
        text: &text,
        lines: &lines,
        checked: &checked,
        config: &config,
        bibliographies: &[],
    };
    let expected = attest::ide::hover(&analysis, attest::text::FileId::REPORT, last).unwrap();
    assert_eq!(hover["contents"]["value"], expected.markdown.as_str());
    assert_eq!(range_text(&text, &hover["range"], e), expected.span.slice(&text));

    let diagnostics = c.diagnostics(uri, 51).await;
    let got: Vec<(String, usize, usize)> = diagnostics
        .iter()
        .map(|d| {
            let (s, e2) = (offset(&text, &d["range"]["start"], e), offset(&text, &d["range"]["end"], e));
            (d["code"].as_str().unwrap().to_string(), s, e2)
        })
        .collect();
    let want: Vec<(String, usize, usize)> =
        checked.diagnostics.iter().map(|d| (d.rule.to_string(), d.span.start, d.span.end)).collect();
    assert_eq!(got, want);

    // Versions of the publications seen go up.
    let versions: Vec<i64> =
        c.publications().iter().map(|p| p["params"]["version"].as_i64().unwrap()).collect();
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    assert!(c.shutdown().await);
}

/// The checks traced so far (`$/logTrace` at the verbose level): each one's message and how it
/// was checked (the verbose text without its time).
fn traces(c: &Client) -> Vec<(String, String)> {
    c.notifications
        .iter()
        .filter(|m| m["method"] == "$/logTrace")
        .map(|m| {
            let verbose = m["params"]["verbose"].as_str().unwrap();
            let how = &verbose[..verbose.rfind(" in ").unwrap()];
            (m["params"]["message"].as_str().unwrap().to_string(), how.to_string())
        })
        .collect()
}

/// With `$/setTrace` verbose, each check is traced, and says whether the server re-checked from
/// the previous version's analysis (an edit in the body) or read the report in full (on open,
/// and after an edit to the front matter).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_are_rechecked_from_the_previous_analysis() {
    let (mut text, _) = fixture("cite.md");
    let uri = "untitled:trace.md";
    let e = Encoding::Utf16;
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    c.notify("$/setTrace", json!({ "value": "verbose" })).await;
    c.open(uri, &text).await;
    c.diagnostics(uri, 1).await;
    let mut texts = vec![text.clone()];
    let change = async |c: &mut Client, text: &mut String, at: usize, new: &str, version: i64| {
        let position = pos(text, at, e);
        text.insert_str(at, new);
        c.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "range": { "start": position, "end": position }, "text": new }] }),
        )
        .await;
        c.diagnostics(uri, version).await;
    };
    let body = text.find("# Fighters").unwrap();
    change(&mut c, &mut text, body + "# Fighters".len(), " and 12 more", 2).await;
    texts.push(text.clone());
    // In the front matter: read in full.
    let at = text.find("title:").unwrap() + "title:".len();
    change(&mut c, &mut text, at, " New", 3).await;
    texts.push(text.clone());
    let end = text.len();
    change(&mut c, &mut text, end, "\nAbout 40 fighters.\n", 4).await;
    texts.push(text.clone());
    c.notify("$/setTrace", json!({ "value": "off" })).await;
    let end = text.len();
    change(&mut c, &mut text, end, "\nAbout 50 fighters.\n", 5).await;

    let traces: Vec<String> =
        traces(&c).into_iter().map(|(message, how)| format!("{message} / {how}")).collect();
    let expected: Vec<String> = [
        (1, "checked in full"),
        (2, "re-checked from version 1"),
        (3, "checked in full"),
        (4, "re-checked from version 3"),
    ]
    .iter()
    .map(|(version, how)| {
        let findings = attest::check::check(&texts[version - 1]).diagnostics.len();
        format!("checked {uri} version {version}: {findings} findings / {how}")
    })
    .collect();
    assert_eq!(traces, expected);
    assert!(c.shutdown().await);
}

/// Changes that arrive while a long report is being read: the analysis of the version they
/// overtook is the base for checking the latest one, instead of reading the report again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_check_overtaken_by_changes_is_the_base_of_the_next() {
    let (cite, _) = fixture("cite.md");
    let split = cite.find("# Fighters").unwrap();
    let (front, body) = cite.split_at(split);
    let body = body.replace("$0", "fighters").replace("$1", "mfa-2026");
    // About 300 KB: reading it takes long enough for the changes below to overtake it.
    let mut text = front.to_string();
    for i in 0..1500 {
        text.push_str(&body.replace("# Fighters", &format!("# Section {i}")));
        text.push('\n');
    }
    let uri = "untitled:long.md";
    let e = Encoding::Utf16;
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    c.notify("$/setTrace", json!({ "value": "verbose" })).await;
    c.open(uri, &text).await;
    for version in 2..=6 {
        let at = text.len();
        let position = pos(&text, at, e);
        let new = format!("\nAbout {version}0 fighters.\n");
        text.push_str(&new);
        c.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "range": { "start": position, "end": position }, "text": new }] }),
        )
        .await;
    }
    let diagnostics = c.diagnostics(uri, 6).await;
    assert_eq!(diagnostics.len(), attest::check::check(&text).diagnostics.len());
    let traces: Vec<String> = traces(&c).into_iter().map(|(_, how)| how).collect();
    assert_eq!(traces.first().map(String::as_str), Some("checked in full"), "{traces:?}");
    assert_eq!(traces.iter().filter(|t| *t == "checked in full").count(), 1, "{traces:?}");
    assert!(traces[1..].iter().all(|t| t.starts_with("re-checked from version")), "{traces:?}");
    assert!(c.shutdown().await);
}

// ---------------------------------------------------------------------------------------------
// Pull diagnostics, workspace, configuration, bibliography files

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const REPORT: &str = "---\ntitle: T\nreferences:\n  - id: a\n    type: report\n    title: A\n    publisher: P\n    issued: 2020\n---\n\nThere are 3,000 fighters. Others count 4,000 [@a].\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pull_diagnostics_for_open_and_workspace_reports() {
    let dir = temp_dir("pull");
    let open = write(&dir, "open.md", REPORT);
    let closed = write(&dir, "closed.md", &REPORT.replace("3,000", "5,000"));
    write(&dir, "notes.md", "Just notes with 3,000 words.\n");
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    write(&dir, "drafts/draft.md", REPORT);
    write(&dir, "attest.toml", "exclude = [\"drafts/**\"]\n");
    let mut caps = capabilities(&["utf-16"]);
    caps["textDocument"]["diagnostic"] = json!({ "dynamicRegistration": false });
    caps["workspace"]["diagnostics"] = json!({ "refreshSupport": true });
    let mut c = Client::start(caps, None, Some(&dir)).await;
    let provider = &c.initialize_result["capabilities"]["diagnosticProvider"];
    assert_eq!(provider["workspaceDiagnostics"], true);
    let uri = file_uri(&open);
    c.open(&uri, REPORT).await;

    let report =
        c.request("textDocument/diagnostic", json!({ "textDocument": { "uri": uri } })).await.unwrap();
    assert_eq!(report["kind"], "full");
    let result_id = report["resultId"].as_str().unwrap().to_string();
    let codes: Vec<&str> =
        report["items"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["unsourced-figure"]);
    let again = c
        .request(
            "textDocument/diagnostic",
            json!({ "textDocument": { "uri": uri }, "previousResultId": result_id }),
        )
        .await
        .unwrap();
    assert_eq!(again, json!({ "kind": "unchanged", "resultId": result_id }));

    // A change: a new result.
    let end = pos(REPORT, REPORT.len(), Encoding::Utf16);
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "range": { "start": end, "end": end }, "text": "\nAnd 7,000 more.\n" }] }),
    )
    .await;
    let changed = c
        .request(
            "textDocument/diagnostic",
            json!({ "textDocument": { "uri": uri }, "previousResultId": result_id }),
        )
        .await
        .unwrap();
    assert_eq!(changed["kind"], "full");
    assert_eq!(changed["items"].as_array().unwrap().len(), 2);

    // The workspace: the closed report only (not the open one, not notes, not the draft).
    let workspace = c.request("workspace/diagnostic", json!({ "previousResultIds": [] })).await.unwrap();
    let items = workspace["items"].as_array().unwrap();
    let uris: Vec<&str> = items.iter().map(|i| i["uri"].as_str().unwrap()).collect();
    assert_eq!(uris, [file_uri(&closed)]);
    assert_eq!(items[0]["kind"], "full");
    assert_eq!(items[0]["version"], Value::Null);
    let previous =
        json!({ "previousResultIds": [{ "uri": file_uri(&closed), "value": items[0]["resultId"] }] });
    let workspace = c.request("workspace/diagnostic", previous).await.unwrap();
    assert_eq!(workspace["items"][0]["kind"], "unchanged");

    // Nothing was pushed.
    assert!(c.publications().is_empty(), "{:?}", c.publications());
    assert!(c.shutdown().await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_from_attest_toml_the_editor_and_watched_files() {
    let dir = temp_dir("settings");
    let report = write(&dir, "r.md", REPORT);
    let toml = write(&dir, "attest.toml", "[rules]\nunsourced-figure = \"error\"\n");
    let uri = file_uri(&report);
    let severity_of = |diagnostics: &[Value]| {
        diagnostics.iter().find(|d| d["code"] == "unsourced-figure").map(|d| d["severity"].clone())
    };

    let mut caps = capabilities(&["utf-16"]);
    caps["workspace"]["didChangeWatchedFiles"] = json!({ "dynamicRegistration": true });
    let mut c = Client::start(caps, None, Some(&dir)).await;
    c.open(&uri, REPORT).await;
    assert_eq!(severity_of(&c.diagnostics(&uri, 1).await), Some(json!(1)));
    // The server asked to watch attest.toml and bibliography files.
    let registration = c.server_request("client/registerCapability").await;
    let globs = registration["params"]["registrations"][0]["registerOptions"]["watchers"].to_string();
    assert!(globs.contains("**/attest.toml"), "{globs}");

    // attest.toml changes on disk.
    std::fs::write(&toml, "[rules]\nunsourced-figure = \"info\"\n").unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": file_uri(&toml), "type": 2 }] }),
    )
    .await;
    assert_eq!(severity_of(&c.diagnostics(&uri, 1).await), Some(json!(3)));

    // The editor's settings win over attest.toml.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "attest": { "rules": { "unsourced-figure": "off" } } } }),
    )
    .await;
    assert_eq!(severity_of(&c.diagnostics(&uri, 1).await), None);

    // A broken attest.toml is shown, and its problems published on it.
    c.notify("workspace/didChangeConfiguration", json!({ "settings": {} })).await;
    std::fs::write(&toml, "[rules]\nunsourced-figure = \"loud\"\n").unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": file_uri(&toml), "type": 2 }] }),
    )
    .await;
    let message = c.notification(|m| m["method"] == "window/showMessage").await;
    assert!(message["params"]["message"].as_str().unwrap().contains("unknown level `loud`"), "{message}");
    let toml_uri = file_uri(&toml);
    let published = c
        .notification(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == toml_uri.as_str()
        })
        .await;
    assert_eq!(
        published["params"]["diagnostics"][0]["range"]["start"],
        json!({ "line": 1, "character": 19 })
    );
    // Deleted, it takes its problems with it.
    std::fs::remove_file(&toml).unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": file_uri(&toml), "type": 3 }] }),
    )
    .await;
    let cleared = c
        .notification(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == toml_uri.as_str()
        })
        .await;
    assert_eq!(cleared["params"]["diagnostics"], json!([]));
    assert!(c.shutdown().await);

    // Initialization options apply from the start.
    std::fs::write(&toml, "[rules]\nunsourced-figure = \"error\"\n").unwrap();
    let options = json!({ "rules": { "unsourced-figure": "hint" }, "tolerance": 0.2 });
    let mut c = Client::start(capabilities(&["utf-16"]), Some(options), Some(&dir)).await;
    c.open(&uri, REPORT).await;
    assert_eq!(severity_of(&c.diagnostics(&uri, 1).await), Some(json!(4)));
    assert!(c.shutdown().await);

    // Or from workspace/configuration, asked for after initialization.
    let mut caps = capabilities(&["utf-16"]);
    caps["workspace"]["configuration"] = json!(true);
    let mut c = Client::start(caps, None, Some(&dir)).await;
    c.configuration = Some(json!({ "rules": { "unsourced-figure": "info" } }));
    c.open(&uri, REPORT).await;
    // The first check may run before the answer arrives; the answer triggers another.
    loop {
        let diagnostics = c.diagnostics(&uri, 1).await;
        if severity_of(&diagnostics) == Some(json!(3)) {
            break;
        }
    }
    assert!(c.server_requests.iter().any(|r| r["method"] == "workspace/configuration"));
    assert!(c.shutdown().await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bibliography_files_from_disk_and_from_the_editor() {
    let dir = temp_dir("bibliography");
    let json_text = "[\n  {\n    \"id\": \"smith-2020\",\n    \"type\": \"report\",\n    \"title\": \"Smith's count\",\n    \"publisher\": \"Smith\",\n    \"issued\": { \"date-parts\": [[2020]] }\n  }\n]\n";
    let refs = write(&dir, "refs.json", json_text);
    let text = "---\ntitle: T\nbibliography: refs.json\n---\n\nThere are 3,000 fighters [@smith-2020].\n";
    let report = write(&dir, "r.md", text);
    let (uri, refs_uri) = (file_uri(&report), file_uri(&refs));
    let e = Encoding::Utf16;
    let mut c = Client::start(capabilities(&["utf-16"]), None, Some(&dir)).await;
    c.open(&uri, text).await;
    let codes = |d: &[Value]| d.iter().map(|d| d["code"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(codes(&c.diagnostics(&uri, 1).await), Vec::<String>::new());

    // Definition into the bibliography file.
    let cited = text.find("@smith").unwrap() + 2;
    let definition = c.request("textDocument/definition", text_position(&uri, text, cited, e)).await.unwrap();
    assert_eq!(definition["uri"], refs_uri.as_str());
    assert_eq!(range_text(json_text, &definition["range"], e), "\"smith-2020\"");

    // The bibliography file opened and edited: the report is checked against the editor's text.
    c.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": refs_uri, "languageId": "json", "version": 1, "text": json_text } }),
    )
    .await;
    let hover_at = json_text.find("smith-2020").unwrap() + 1;
    let hover =
        c.request("textDocument/hover", text_position(&refs_uri, json_text, hover_at, e)).await.unwrap();
    assert!(hover["contents"]["value"].as_str().unwrap().contains("Cited 1 time"), "{hover}");
    let id = json_text.find("smith-2020").unwrap();
    let range = json!({ "start": pos(json_text, id, e), "end": pos(json_text, id + 10, e) });
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": refs_uri, "version": 2 }, "contentChanges": [{ "range": range, "text": "jones-2021" }] }),
    )
    .await;
    let diagnostics = c.diagnostics(&uri, 1).await;
    assert_eq!(codes(&diagnostics), ["unknown-source"]);
    // Closed without saving: the file on disk counts again.
    c.notify("textDocument/didClose", json!({ "textDocument": { "uri": refs_uri } })).await;
    assert_eq!(codes(&c.diagnostics(&uri, 1).await), Vec::<String>::new());

    // A finding inside the bibliography file is shown where the report names the file, and
    // points into it.
    std::fs::write(&refs, "[{\"id\": \"smith-2020\", \"type\": \"report\", \"title\": \"S\", \"publisher\": \"P\", \"issued\": {\"date-parts\": [[2020]]}},\n").unwrap();
    c.notify("workspace/didChangeWatchedFiles", json!({ "changes": [{ "uri": refs_uri, "type": 2 }] })).await;
    let diagnostics = c.diagnostics(&uri, 1).await;
    let broken = diagnostics
        .iter()
        .find(|d| d["code"] == "invalid-front-matter")
        .expect("the broken file is reported");
    assert_eq!(range_text(text, &broken["range"], e), "refs.json");
    assert_eq!(broken["relatedInformation"][0]["location"]["uri"], refs_uri.as_str());
    assert!(c.shutdown().await);
}

// ---------------------------------------------------------------------------------------------
// Robustness

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_documents_bad_positions_and_shutdown() {
    let (text, _) = fixture("cite.md");
    let uri = "untitled:r.md";
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    // Not open.
    let params =
        json!({ "textDocument": { "uri": "untitled:none.md" }, "position": { "line": 0, "character": 0 } });
    assert_eq!(c.request("textDocument/hover", params).await.unwrap(), Value::Null);
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": "untitled:none.md", "version": 2 }, "contentChanges": [{ "text": "x" }] }),
    )
    .await;
    c.open(uri, &text).await;
    // Past the end, and a column far past the end of a line.
    let params = json!({ "textDocument": { "uri": uri }, "position": { "line": 9999, "character": 0 } });
    assert_eq!(c.request("textDocument/hover", params.clone()).await.unwrap(), Value::Null);
    assert_eq!(c.request("textDocument/definition", params.clone()).await.unwrap(), Value::Null);
    assert_eq!(c.request("textDocument/completion", params).await.unwrap(), Value::Null);
    let params = json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 9999 } });
    assert_eq!(c.request("textDocument/hover", params).await.unwrap(), Value::Null);
    // A method the server does not have.
    let error = c.request("textDocument/inlayHint", json!({ "textDocument": { "uri": uri }, "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 1, "character": 0 } } })).await.unwrap_err();
    assert_eq!(error["code"], -32601);
    // Closing publishes an empty set.
    c.diagnostics(uri, 1).await;
    c.notify("textDocument/didClose", json!({ "textDocument": { "uri": uri } })).await;
    let cleared = c
        .notification(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        .await;
    assert_eq!(cleared["params"]["diagnostics"], json!([]));

    // After shutdown, requests are refused; exit then ends the server cleanly.
    c.request("shutdown", Value::Null).await.unwrap();
    let params = json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 0 } });
    let error = c.request("textDocument/hover", params).await.unwrap_err();
    assert_eq!(error["code"], -32600);
    c.notify("exit", Value::Null).await;
}

/// Frames the server cannot read get an error response each, and the session goes on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_frames_are_answered_and_the_session_goes_on() {
    let (text, _) = fixture("cite.md");
    let uri = "untitled:r.md";
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    let frame = |body: &[u8]| [format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes(), body].concat();
    c.send_raw(&frame(b"{bad}")).await;
    c.send_raw(&frame(b"[]")).await;
    c.send_raw(&frame(b"{\"jsonrpc\":\"2.0\",\"method\":\"$/x\",\"params\":\"\xff\"}")).await;
    c.send_raw(b"X-Header: no length\r\n\r\n").await;
    c.open(uri, &text).await;
    c.diagnostics(uri, 1).await;
    let params = json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 0 } });
    c.request("textDocument/hover", params).await.unwrap();
    let codes: Vec<i64> = c.errors_without_id().iter().map(|e| e["code"].as_i64().unwrap()).collect();
    assert_eq!(codes, [-32700, -32600, -32700, -32700]);
    c.request("shutdown", Value::Null).await.unwrap();
    c.notify("exit", Value::Null).await;
    assert!(c.wait().await, "the session ends cleanly");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_without_shutdown_is_not_clean() {
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    c.notify("exit", Value::Null).await;
    let clean = c.wait().await;
    assert!(!clean);
}

/// A request waiting for a long check is cancelled at once by `$/cancelRequest`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_a_request_waiting_for_a_check() {
    let (uri, text) = flawed();
    let body = &text[text.find("## Scale").unwrap()..];
    let mut big = text.clone();
    while big.len() < 4 << 20 {
        big.push_str(body);
    }
    let mut c = Client::start(capabilities(&["utf-16"]), None, None).await;
    c.open(&uri, &big).await;
    let at = big.find("20,000").unwrap();
    let id = c.send_request("textDocument/hover", text_position(&uri, &big, at, Encoding::Utf16)).await;
    c.notify("$/cancelRequest", json!({ "id": id })).await;
    let started = std::time::Instant::now();
    let error = c.response(id).await.unwrap_err();
    assert_eq!(error["code"], -32800, "{error}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert!(c.shutdown().await);
}

// ---------------------------------------------------------------------------------------------
// The real binary over stdio

#[test]
fn the_binary_serves_stdio_and_exits_cleanly() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::process::{Command, Stdio};

    fn send(stdin: &mut impl Write, message: Value) {
        let body = serde_json::to_vec(&message).unwrap();
        write!(stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        stdin.write_all(&body).unwrap();
        stdin.flush().unwrap();
    }
    fn receive(stdout: &mut impl BufRead) -> Value {
        let mut length = None;
        loop {
            let mut line = String::new();
            assert!(stdout.read_line(&mut line).unwrap() > 0, "stdout closed");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            let (name, value) = line.split_once(':').expect("only protocol headers on stdout");
            assert_eq!(name, "Content-Length", "only protocol headers on stdout");
            length = Some(value.trim().parse::<usize>().unwrap());
        }
        let mut body = vec![0; length.unwrap()];
        stdout.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).expect("only JSON on stdout")
    }

    let (uri, text) = flawed();
    let mut child = Command::new(env!("CARGO_BIN_EXE_attest"))
        .arg("server")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    send(
        &mut stdin,
        json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": { "capabilities": {} } }),
    );
    let init = receive(&mut stdout);
    assert_eq!(init["id"], 1);
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    send(&mut stdin, json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }));
    send(
        &mut stdin,
        json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": { "textDocument": { "uri": uri, "languageId": "markdown", "version": 1, "text": text } } }),
    );
    loop {
        let message = receive(&mut stdout);
        if message["method"] == "textDocument/publishDiagnostics" {
            assert_eq!(message["params"]["version"], 1);
            assert!(!message["params"]["diagnostics"].as_array().unwrap().is_empty());
            break;
        }
    }
    send(&mut stdin, json!({ "jsonrpc": "2.0", "id": 2, "method": "shutdown" }));
    loop {
        let message = receive(&mut stdout);
        if message["id"] == 2 {
            assert_eq!(message["result"], Value::Null);
            break;
        }
    }
    send(&mut stdin, json!({ "jsonrpc": "2.0", "method": "exit" }));
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    // Nothing more was written.
    let mut rest = Vec::new();
    stdout.read_to_end(&mut rest).unwrap();
    assert!(rest.is_empty(), "{}", String::from_utf8_lossy(&rest));
}

// ---------------------------------------------------------------------------------------------
// Position conversions

/// Text from pieces that stress every encoding: ASCII, Latin with combining marks, emoji
/// (with ZWJ sequences), CJK, Arabic, Cyrillic, and every kind of line break.
fn text_strategy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "Z",
        " ",
        "1",
        ",",
        "é",
        "e\u{301}",
        "a\u{308}\u{323}",
        "🚀",
        "👩\u{200d}👩\u{200d}👧",
        "報",
        "告",
        "ت",
        "ق",
        "ر",
        "ж",
        "Ё",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "\u{feff}",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|p| p.concat())
}

fn encoding_strategy() -> impl Strategy<Value = Encoding> {
    prop::sample::select(vec![Encoding::Utf8, Encoding::Utf16, Encoding::Utf32])
}

/// Offsets that are positions: character boundaries, not between `\r` and `\n`.
fn valid_offsets(text: &str) -> Vec<usize> {
    (0..=text.len())
        .filter(|&i| {
            text.is_char_boundary(i)
                && !(i > 0 && text.as_bytes()[i - 1] == b'\r' && text.as_bytes().get(i) == Some(&b'\n'))
        })
        .collect()
}

fn lsp_position((line, character): (u32, u32)) -> lsp::Position {
    lsp::Position::new(line, character)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn positions_round_trip(text in text_strategy(), encoding in encoding_strategy()) {
        let rope = Rope::from_str(&text);
        for offset in valid_offsets(&text) {
            let expected = oracle_position(&text, offset, encoding);
            let position = convert::position(&rope, offset, encoding);
            prop_assert_eq!((position.line, position.character), expected, "offset {}", offset);
            prop_assert_eq!(convert::offset(&rope, position, encoding), Some(offset));
        }
    }

    #[test]
    fn any_position_resolves_like_the_oracle(text in text_strategy(), encoding in encoding_strategy(), line in 0u32..12, character in 0u32..40) {
        let rope = Rope::from_str(&text);
        let got = convert::offset(&rope, lsp::Position::new(line, character), encoding);
        prop_assert_eq!(got, oracle_offset(&text, line, character, encoding));
    }

    #[test]
    fn incremental_edits_give_the_full_text(
        text in text_strategy(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), text_strategy()), 1..12),
        encoding in encoding_strategy(),
    ) {
        let mut rope = Rope::from_str(&text);
        let mut expected = text.clone();
        for (a, b, insert) in edits {
            let offsets = valid_offsets(&expected);
            let (mut start, mut end) = (offsets[a.index(offsets.len())], offsets[b.index(offsets.len())]);
            if start > end {
                std::mem::swap(&mut start, &mut end);
            }
            let range = lsp::Range::new(
                lsp_position(oracle_position(&expected, start, encoding)),
                lsp_position(oracle_position(&expected, end, encoding)),
            );
            let change = lsp::TextDocumentContentChangeEvent { range: Some(range), range_length: None, text: insert.clone() };
            convert::apply_change(&mut rope, &change, encoding);
            expected.replace_range(start..end, &insert);
            prop_assert_eq!(rope.to_string(), expected.clone());
        }
        // The same document as sending the full text.
        let mut full = Rope::from_str(&text);
        let change = lsp::TextDocumentContentChangeEvent { range: None, range_length: None, text: expected.clone() };
        convert::apply_change(&mut full, &change, encoding);
        prop_assert_eq!(full, rope);
    }
}

#[test]
fn encoding_negotiation() {
    let kinds =
        |names: &[&'static str]| names.iter().map(|n| lsp::PositionEncodingKind::new(n)).collect::<Vec<_>>();
    assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    assert_eq!(Encoding::negotiate(Some(&kinds(&["utf-16", "utf-8"]))), Encoding::Utf8);
    assert_eq!(Encoding::negotiate(Some(&kinds(&["utf-32", "utf-16"]))), Encoding::Utf32);
    assert_eq!(Encoding::negotiate(Some(&kinds(&["utf-16", "utf-32"]))), Encoding::Utf16);
    assert_eq!(Encoding::negotiate(Some(&kinds(&["latin-1"]))), Encoding::Utf16);
}
