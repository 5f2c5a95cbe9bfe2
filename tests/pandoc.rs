//! The pandoc round-trip, against the pandoc that renders the reports:
//!
//! - the example reports render with `pandoc --citeproc` without warnings (the flawed one
//!   warns exactly about the keys attest reports as `unknown-source`);
//! - attest reads the same citations as pandoc's Markdown reader, citation by citation and
//!   item by item, in every example and fixture;
//! - attest's locators are the ones citeproc reads from the same suffixes.
//!
//! Where the readers differ, the difference is listed below: an accepted deviation (documented
//! in docs/markup.md, "Deviations from pandoc") or a known bug. Any other difference fails, and
//! so does a listed one that no longer occurs.
//!
//! Needs `pandoc` on the path. Outside CI a missing pandoc skips these tests; in CI (the `CI`
//! environment variable set) it fails them.

mod common;

use attest::syntax::citation::{Citation, CitationItem, CitationMode, LOCATOR_TERMS};
use attest::syntax::{self, Document, ScopeKind, UnitKind};
use common::{root, temp_dir};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

// ---------------------------------------------------------------------------------------------
// Expectations

/// Example reports with deliberate citation errors: pandoc must run on them, and its
/// citeproc warnings must match attest's `unknown-source` findings. Every other example must
/// render without any warning.
const FLAWED_EXAMPLES: &[&str] = &["examples/flawed.md"];

/// Files whose front matter pandoc refuses (it stops at broken YAML), so their citations
/// cannot be compared. A file listed here that pandoc reads fails the test, as does a file
/// pandoc refuses that is not listed.
const PANDOC_REJECTS: &[(&str, &str)] = &[
    ("tests/fixtures/rules/invalid-front-matter-yaml.md", "its front matter is deliberately broken YAML"),
    (
        "tests/fixtures/rules/unknown-source-unread-front-matter.md",
        "its front matter is deliberately broken YAML",
    ),
];

/// Why the readers differ on an input.
#[derive(Clone, Copy, Debug)]
enum Why {
    /// An accepted deviation, by its name in docs/markup.md's "Deviations from pandoc".
    Deviation(&'static str),
    /// A bug in attest, to be fixed; remove the entry with the fix.
    Bug(&'static str),
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::Deviation(name) => write!(f, "deviation {name:?}"),
            Why::Bug(what) => write!(f, "bug: {what}"),
        }
    }
}

/// An input pandoc and attest read differently: the citations each reads from it, as the test
/// prints them (pandoc's suffix still holds the locator). `input` must occur in `file`.
struct Difference {
    file: &'static str,
    input: &'static str,
    pandoc: &'static [&'static str],
    attest: &'static [&'static str],
    why: Why,
}

const CITATIONS_MD: &str = "tests/fixtures/citations.md";
const DIVS_MD: &str = "tests/fixtures/divs.md";
const TABLES_MD: &str = "tests/fixtures/tables.md";
const DOLLARS_MD: &str = "tests/fixtures/dollars.md";
const COMMENTS_MD: &str = "tests/fixtures/comments.md";
const LISTS_MD: &str = "tests/fixtures/lists.md";

const LINK_TEXT: &str = "Citations in link text";
const IMAGE: &str = "Citations in image descriptions";
const HTML_BLOCK: &str = "Citations in HTML blocks";
const UNREFERENCED_NOTE: &str = "Footnotes without a marker";
const MARKUP_SEMICOLON: &str = "A semicolon inside emphasis or quotes";
const EMPHASIS_KEY: &str = "Emphasis markers touching a key";
const HTML_KEY: &str = "Keys holding an HTML tag";
const WILDCARD: &str = "The wildcard `@*`";
const LOCATOR_MARKUP: &str = "Markup around a locator";
const LOCATOR_COMMA: &str = "A comma inside a locator number";
const EXAMPLE_LABEL: &str = "Example list labels in the text";

/// Every input on which the readers differ.
const DIFFERENCES: &[Difference] = &[
    // Accepted deviations.
    Difference {
        file: CITATIONS_MD,
        input: "[@d1](http://example.com)",
        pandoc: &["[Author @d1]"],
        attest: &[],
        why: Why::Deviation(LINK_TEXT),
    },
    Difference {
        file: CITATIONS_MD,
        input: "[see @d2, p. 4](http://example.com)",
        pandoc: &["[Author @d2]"],
        attest: &[],
        why: Why::Deviation(LINK_TEXT),
    },
    Difference {
        file: CITATIONS_MD,
        input: "[@d3][ref]",
        pandoc: &["[Author @d3]"],
        attest: &[],
        why: Why::Deviation(LINK_TEXT),
    },
    Difference {
        file: CITATIONS_MD,
        input: "![An image @d4](image.png)",
        pandoc: &["[Author @d4]"],
        attest: &[],
        why: Why::Deviation(IMAGE),
    },
    Difference {
        file: CITATIONS_MD,
        input: "[@d5 *x; y*]",
        pandoc: &["[Normal @d5 suffix=\"x; y\"]"],
        attest: &["[Author @d5]"],
        why: Why::Deviation(MARKUP_SEMICOLON),
    },
    Difference {
        file: CITATIONS_MD,
        input: "[@d6, p. 4 \"x;\ny\"]",
        pandoc: &["[Normal @d6 suffix=\"p. 4 \\\"x; y\\\"\"]"],
        attest: &["[Author @d6]"],
        why: Why::Deviation(MARKUP_SEMICOLON),
    },
    Difference {
        file: CITATIONS_MD,
        input: "[see \"x; y\" @a4]",
        pandoc: &["[Normal @a4 prefix=\"see \\\"x; y\\\"\"]"],
        attest: &["[Author @a4]"],
        why: Why::Deviation(MARKUP_SEMICOLON),
    },
    Difference {
        file: CITATIONS_MD,
        input: "[see *x; y* @a5]",
        pandoc: &["[Normal @a5 prefix=\"see x; y\"]"],
        attest: &["[Author @a5]"],
        why: Why::Deviation(MARKUP_SEMICOLON),
    },
    Difference {
        file: CITATIONS_MD,
        input: "_@d7_",
        pandoc: &["[Author @d7_]"],
        attest: &["[Author @d7]"],
        why: Why::Deviation(EMPHASIS_KEY),
    },
    Difference {
        file: CITATIONS_MD,
        input: "[*@d8*]",
        pandoc: &["[Author @d8]"],
        attest: &["[Normal @d8]"],
        why: Why::Deviation(EMPHASIS_KEY),
    },
    Difference {
        file: CITATIONS_MD,
        input: "@d9<b>c",
        pandoc: &["[Author @d9<b>c]"],
        attest: &["[Author @d9]"],
        why: Why::Deviation(HTML_KEY),
    },
    Difference {
        file: CITATIONS_MD,
        input: "@* and [@*]",
        pandoc: &["[Author @*]", "[Normal @*]"],
        attest: &[],
        why: Why::Deviation(WILDCARD),
    },
    Difference {
        file: CITATIONS_MD,
        input: "<div>\nAn HTML block @d10 [@d11].\n</div>",
        pandoc: &["[Author @d10; Normal @d11]"],
        attest: &[],
        why: Why::Deviation(HTML_BLOCK),
    },
    Difference {
        file: CITATIONS_MD,
        input: "[^unused]: A footnote nobody refers to [@d12].",
        pandoc: &[],
        attest: &["[Normal @d12]"],
        why: Why::Deviation(UNREFERENCED_NOTE),
    },
    Difference {
        file: CITATIONS_MD,
        input: "number for @n9 in the text",
        pandoc: &[],
        attest: &["[Author @n9]"],
        why: Why::Deviation(EXAMPLE_LABEL),
    },
];

/// A suffix from which attest and citeproc read different locators.
struct LocatorDifference {
    file: &'static str,
    /// The suffix as written after the key.
    suffix: &'static str,
    /// The locators read, as `label value`, empty for none.
    citeproc: &'static str,
    attest: &'static str,
    why: Why,
}

const LOCATOR_DIFFERENCES: &[LocatorDifference] = &[
    LocatorDifference {
        file: CITATIONS_MD,
        suffix: ", *p. 4*",
        citeproc: "page p. 4",
        attest: "page 4",
        why: Why::Deviation(LOCATOR_MARKUP),
    },
    LocatorDifference {
        file: CITATIONS_MD,
        suffix: " 20,000",
        citeproc: "page 20, 000",
        attest: "page 20,000",
        why: Why::Deviation(LOCATOR_COMMA),
    },
    LocatorDifference {
        file: CITATIONS_MD,
        suffix: ", p.\\ 4",
        citeproc: "page 4",
        attest: "",
        why: Why::Bug("`\\ ` is an escaped (no-break) space, and attest reads no locator across it"),
    },
];

/// What to do about a listed difference that no longer occurs.
const STALE: &str = "remove the entry (a fixed bug) or update docs/markup.md (a deviation that is gone)";

// ---------------------------------------------------------------------------------------------
// Running pandoc

/// Whether pandoc can run. Without it the test is skipped, except in CI, where it fails.
fn pandoc_available() -> bool {
    let found = Command::new("pandoc").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        assert!(std::env::var_os("CI").is_none(), "CI must install pandoc (see .ci/run)");
        note("skipped: pandoc not installed\n");
    }
    found
}

fn pandoc(args: &[&str], file: &Path) -> Output {
    Command::new("pandoc").args(args).arg(file).current_dir(root()).output().expect("pandoc runs")
}

/// The Markdown files to compare: the example reports and every fixture, by path relative to
/// the repository root, sorted.
fn markdown_files() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&root().join("examples"), &mut paths);
    walk(&root().join("tests/fixtures"), &mut paths);
    let mut files: Vec<String> =
        paths.iter().map(|p| p.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/")).collect();
    files.sort();
    files
}

/// The files pandoc reads, with its JSON for each. Files in [`PANDOC_REJECTS`] are left out;
/// a difference from that list is a problem.
fn pandoc_json(files: &[String], problems: &mut Vec<String>) -> Vec<(String, Value)> {
    let outputs: Vec<Output> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .iter()
            .map(|file| scope.spawn(move || pandoc(&["-f", "markdown", "-t", "json"], Path::new(file))))
            .collect();
        handles.into_iter().map(|h| h.join().expect("pandoc thread")).collect()
    });
    let mut read = Vec::new();
    for (file, output) in files.iter().zip(outputs) {
        let listed = PANDOC_REJECTS.iter().any(|(f, _)| f == file);
        match (output.status.success(), listed) {
            (true, false) => {
                read.push((file.clone(), serde_json::from_slice(&output.stdout).expect("pandoc writes JSON")))
            }
            (true, true) => {
                problems.push(format!("{file}: pandoc reads it now; remove it from PANDOC_REJECTS"))
            }
            (false, true) => {}
            (false, false) => problems.push(format!(
                "{file}: pandoc refuses it, and it is not in PANDOC_REJECTS:\n{}",
                String::from_utf8_lossy(&output.stderr)
            )),
        }
    }
    for (file, _) in PANDOC_REJECTS.iter().filter(|(f, _)| !files.iter().any(|g| g == f)) {
        problems.push(format!("{file} is gone; remove it from PANDOC_REJECTS"));
    }
    read
}

fn read(file: &str) -> String {
    std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

/// Writes a line to the test's standard error, past the test harness's capture.
fn note(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}

// ---------------------------------------------------------------------------------------------
// Renders cleanly

/// The keys of pandoc's `[WARNING] Citeproc: citation KEY not found` lines, and every other
/// line it prints.
fn citeproc_warnings(stderr: &str) -> (BTreeSet<String>, Vec<String>) {
    let mut missing = BTreeSet::new();
    let mut other = Vec::new();
    for line in stderr.lines().filter(|l| !l.trim().is_empty()) {
        let key = line
            .strip_prefix("[WARNING] Citeproc: citation ")
            .and_then(|rest| rest.strip_suffix(" not found"));
        match key {
            Some(key) => {
                missing.insert(key.to_string());
            }
            None => other.push(line.to_string()),
        }
    }
    (missing, other)
}

#[test]
fn examples_render_cleanly_with_citeproc() {
    if !pandoc_available() {
        return;
    }
    let examples: Vec<String> = markdown_files().into_iter().filter(|f| f.starts_with("examples/")).collect();
    assert!(examples.len() >= 2, "example reports missing: {examples:?}");
    for flawed in FLAWED_EXAMPLES {
        assert!(examples.iter().any(|e| e == flawed), "{flawed} is gone; update FLAWED_EXAMPLES");
    }
    for file in &examples {
        let output = pandoc(&["--citeproc", "-t", "html", "-o", "-"], Path::new(file));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "pandoc fails on {file}:\n{stderr}");
        let (missing, other) = citeproc_warnings(&stderr);

        let text = read(file);
        let unknown: BTreeSet<String> = attest::check::check(&text)
            .diagnostics
            .iter()
            .filter(|d| d.rule == "unknown-source")
            .map(|d| d.span.slice(&text).to_string())
            .collect();
        if FLAWED_EXAMPLES.contains(&file.as_str()) {
            assert_eq!(
                missing, unknown,
                "{file}: the keys citeproc cannot find (left) are not those attest reports as \
                 unknown-source (right)"
            );
            let citeproc: Vec<&String> = other.iter().filter(|l| l.contains("Citeproc")).collect();
            assert!(
                citeproc.is_empty(),
                "{file}: citeproc warns about more than unknown keys: {citeproc:#?}"
            );
        } else {
            assert!(missing.is_empty(), "{file}: citeproc cannot find {missing:?}");
            assert!(unknown.is_empty(), "{file}: attest reports unknown sources {unknown:?}");
            assert!(other.is_empty(), "{file}: pandoc warns:\n{}", other.join("\n"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Citations equal pandoc's

/// One cited item as both readers see it. Affixes are normalised (see [`normalise`]). In
/// attest's items `locator` is the locator as written; pandoc's suffix still holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Item {
    key: String,
    mode: &'static str,
    prefix: String,
    locator: String,
    suffix: String,
}

/// One citation: a pandoc `Cite`, an attest `Citation`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Cite {
    items: Vec<Item>,
}

impl fmt::Display for Cite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let items: Vec<String> = self
            .items
            .iter()
            .map(|i| {
                let mut s = format!("{} @{}", &i.mode[..6], i.key);
                for (name, value) in [("prefix", &i.prefix), ("locator", &i.locator), ("suffix", &i.suffix)] {
                    if !value.is_empty() {
                        s.push_str(&format!(" {name}={value:?}"));
                    }
                }
                s
            })
            .collect();
        write!(f, "[{}]", items.join("; "))
    }
}

/// Affix text made comparable across the two readers. Both sides pass through it:
///
/// - pandoc's `smart` extension turns `'`, `"`, `--`, `---` and `...` into typographic
///   characters; they are mapped back, on both sides, so a typographic character written in
///   the report compares equal to its ASCII spelling;
/// - a backslash escaping ASCII punctuation is dropped, as pandoc drops it;
/// - white space (including the no-break space pandoc puts after `p.` and other
///   abbreviations) collapses to one space, and the ends are trimmed. attest reads affixes
///   from its prose mask, in which emphasis markers, code and link destinations are blanks,
///   so this also makes `see *this*` equal to pandoc's `see this`.
///
/// Letters, digits and every other punctuation character must agree exactly.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(char::is_ascii_punctuation) => {}
            '\u{2018}' | '\u{2019}' => out.push('\''),
            '\u{201c}' | '\u{201d}' => out.push('"'),
            '\u{2013}' => out.push_str("--"),
            '\u{2014}' => out.push_str("---"),
            '\u{2026}' => out.push_str("..."),
            c if c.is_whitespace() => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// `text` without a leading comma and the white space around it, as citeproc reads a suffix.
fn strip_comma(text: &str) -> &str {
    let text = text.trim_start();
    text.strip_prefix(',').unwrap_or(text).trim_start()
}

/// Plain text of pandoc inlines, matching what attest's prose mask keeps: text, quotes, the
/// text of links and spans, nested citations as written; code, math, raw HTML, images and
/// notes are blanks, as in the mask.
fn flatten(inlines: &Value, out: &mut String) {
    for inline in inlines.as_array().expect("inlines are an array") {
        let c = &inline["c"];
        match inline["t"].as_str().expect("an inline has a tag") {
            "Str" => out.push_str(c.as_str().expect("a Str holds text")),
            "Space" | "SoftBreak" | "LineBreak" => out.push(' '),
            "Quoted" => {
                let quote = if c[0]["t"] == "SingleQuote" { '\'' } else { '"' };
                out.push(quote);
                flatten(&c[1], out);
                out.push(quote);
            }
            "Cite" | "Link" | "Span" => flatten(&c[1], out),
            "Emph" | "Strong" | "Underline" | "Strikeout" | "Superscript" | "Subscript" | "SmallCaps" => {
                flatten(c, out)
            }
            "Code" | "Math" | "RawInline" | "Image" | "Note" => out.push(' '),
            other => panic!("unexpected inline {other} in pandoc's output"),
        }
    }
}

fn plain(inlines: &Value) -> String {
    let mut out = String::new();
    flatten(inlines, &mut out);
    out
}

/// Every `Cite` in pandoc's JSON, in document order: a note's citations where its marker
/// stands, a citation nested in another's prefix or suffix after that one.
fn pandoc_cites(value: &Value, out: &mut Vec<Cite>) {
    match value {
        Value::Array(values) => values.iter().for_each(|v| pandoc_cites(v, out)),
        Value::Object(object) => {
            let c = object.get("c").unwrap_or(&Value::Null);
            if object.get("t").and_then(Value::as_str) == Some("Cite") {
                let citations = c[0].as_array().expect("a Cite holds citations");
                out.push(Cite { items: citations.iter().map(pandoc_item).collect() });
                for citation in citations {
                    pandoc_cites(&citation["citationPrefix"], out);
                    pandoc_cites(&citation["citationSuffix"], out);
                }
            } else {
                pandoc_cites(c, out);
            }
        }
        _ => {}
    }
}

fn pandoc_item(citation: &Value) -> Item {
    let mode = match citation["citationMode"]["t"].as_str() {
        Some("NormalCitation") => "NormalCitation",
        Some("AuthorInText") => "AuthorInText",
        Some("SuppressAuthor") => "SuppressAuthor",
        other => panic!("unexpected citation mode {other:?}"),
    };
    Item {
        key: citation["citationId"].as_str().expect("a citation has an id").to_string(),
        mode,
        prefix: normalise(&plain(&citation["citationPrefix"])),
        // The suffix holds the locator: see `same_item`.
        locator: String::new(),
        suffix: normalise(strip_comma(&plain(&citation["citationSuffix"]))),
    }
}

/// The locator as written in `text`, checked against attest's label and value: the span holds
/// a term that means `label` (or no term, for a page) followed by `value`, or the braced form
/// `{term value}`.
fn written_locator(text: &str, item: &CitationItem) -> Result<String, String> {
    let Some(locator) = &item.locator else { return Ok(String::new()) };
    let written = locator.span.slice(text);
    let inner = match written.strip_prefix('{').and_then(|w| w.strip_suffix('}')) {
        Some(inner) => inner.trim(),
        None => written,
    };
    let term = LOCATOR_TERMS
        .iter()
        .filter(|(form, _)| inner.get(..form.len()).is_some_and(|h| h.eq_ignore_ascii_case(form)))
        .max_by_key(|(form, _)| form.len());
    let (label, value) = match term {
        Some((form, label)) => (*label, inner[form.len()..].trim_start()),
        None => ("page", inner),
    };
    if label != locator.label || value != &*locator.value {
        return Err(format!(
            "attest's locator {:?} {:?} is not what is written: {written:?}",
            locator.label, locator.value
        ));
    }
    Ok(written.to_string())
}

/// Whether pandoc's item is attest's. pandoc's suffix holds the locator: it must start with
/// the locator attest found, as written, and the rest must be attest's suffix. citeproc reads
/// a leading `{}` as "no locator" and drops it.
fn same_item(pandoc: &Item, attest: &Item) -> bool {
    let rest = if attest.locator.is_empty() {
        pandoc.suffix.strip_prefix("{}").unwrap_or(&pandoc.suffix)
    } else {
        match pandoc.suffix.strip_prefix(&attest.locator) {
            Some(rest) => rest,
            None => return false,
        }
    };
    pandoc.key == attest.key
        && pandoc.mode == attest.mode
        && pandoc.prefix == attest.prefix
        && normalise(strip_comma(rest)) == attest.suffix
}

fn same_cite(pandoc: &Cite, attest: &Cite) -> bool {
    pandoc.items.len() == attest.items.len()
        && pandoc.items.iter().zip(&attest.items).all(|(p, a)| same_item(p, a))
}

/// An attest citation and the line it stands on.
#[derive(Clone)]
struct AttestCite {
    cite: Cite,
    line: usize,
}

/// attest's citations in pandoc's order: a footnote's citations where its marker stands
/// (once per marker), a table caption's before the table's rows. Also returns the citations
/// of footnote definitions no marker refers to, which pandoc drops.
fn attest_cites(text: &str, doc: &Document) -> Result<(Vec<AttestCite>, Vec<AttestCite>), String> {
    let mut all = Vec::new();
    for site in &doc.citations {
        let citation = &site.citation;
        let mut items = Vec::new();
        for (i, item) in citation.items.iter().enumerate() {
            let mode = match (citation.mode, i, item.suppress_author) {
                (CitationMode::InText, 0, _) => "AuthorInText",
                (_, _, true) => "SuppressAuthor",
                (_, _, false) => "NormalCitation",
            };
            items.push(Item {
                key: item.key.to_string(),
                mode,
                prefix: normalise(&item.prefix),
                locator: normalise(&written_locator(text, item)?),
                suffix: normalise(&item.suffix),
            });
        }
        all.push(AttestCite { cite: Cite { items }, line: line_of(text, citation.span.start) });
    }

    // Citations and footnote markers by position, each with the definition it stands in.
    enum Event {
        Cite(usize),
        Marker(String),
    }
    let def_of = |offset: usize| doc.footnote_defs.iter().position(|d| d.span.contains(offset));
    let mut events: Vec<(usize, Option<usize>, Event)> = Vec::new();
    for (i, site) in doc.citations.iter().enumerate() {
        let mut at = site.citation.span.start;
        // pandoc's table holds its caption before its rows.
        if let ScopeKind::Caption { table } = doc.scopes[site.scope].kind {
            at = at.min(doc.tables[table].span.start);
        }
        events.push((at, def_of(at), Event::Cite(i)));
    }
    for marker in &doc.footnote_refs {
        let at = marker.span.start;
        events.push((at, def_of(at), Event::Marker(marker.label.clone())));
    }
    events.sort_by_key(|(at, _, _)| *at);

    /// Appends the citations standing in `owner` (a footnote definition, or the main text),
    /// descending into the footnotes whose markers it holds.
    fn emit(
        doc: &Document,
        events: &[(usize, Option<usize>, Event)],
        owner: Option<usize>,
        depth: usize,
        order: &mut Vec<usize>,
    ) {
        for (_, _, event) in events.iter().filter(|(_, def, _)| *def == owner) {
            match event {
                Event::Cite(i) => order.push(*i),
                Event::Marker(label) if depth < 4 => {
                    if let Some(d) = doc.footnote_defs.iter().position(|d| &d.label == label) {
                        emit(doc, events, Some(d), depth + 1, order);
                    }
                }
                Event::Marker(_) => {}
            }
        }
    }
    let mut order = Vec::new();
    emit(doc, &events, None, 0, &mut order);
    let ordered = order.iter().map(|&i| all[i].clone()).collect();
    let unreferenced = (0..all.len()).filter(|i| !order.contains(i)).map(|i| all[i].clone()).collect();
    Ok((ordered, unreferenced))
}

/// Pairs the two sequences by their longest common subsequence under [`same_cite`]: in
/// order, `(pandoc, attest)` index pairs, with `None` on the side that lacks a match.
fn align(theirs: &[Cite], ours: &[AttestCite]) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (theirs.len(), ours.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if same_cite(&theirs[i], &ours[j].cite) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && same_cite(&theirs[i], &ours[j].cite) {
            out.push((Some(i), Some(j)));
            (i, j) = (i + 1, j + 1);
        } else if j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push((Some(i), None));
            i += 1;
        } else {
            out.push((None, Some(j)));
            j += 1;
        }
    }
    out
}

/// What one side read and the other did not, as printed citations with where they stand.
#[derive(Default)]
struct Unmatched {
    pandoc: Vec<(String, usize)>,
    attest: Vec<(String, usize)>,
}

/// Compares one file; returns the number of citations both read alike and the rest.
fn compare_file(file: &str, json: &Value) -> Result<(usize, Unmatched), String> {
    let text = read(file);
    let doc = syntax::parse(&text).document;
    let (ours, unreferenced) = attest_cites(&text, &doc).map_err(|e| format!("{file}: {e}"))?;
    let mut theirs = Vec::new();
    pandoc_cites(&json["blocks"], &mut theirs);

    let mut unmatched = Unmatched::default();
    let mut compared = 0;
    let mut last_line = 1;
    for pair in align(&theirs, &ours) {
        match pair {
            (Some(_), Some(a)) => {
                compared += 1;
                last_line = ours[a].line;
            }
            (Some(p), None) => unmatched.pandoc.push((theirs[p].to_string(), last_line)),
            (None, Some(a)) => {
                last_line = ours[a].line;
                unmatched.attest.push((ours[a].cite.to_string(), last_line));
            }
            (None, None) => unreachable!(),
        }
    }
    unmatched.attest.extend(unreferenced.iter().map(|c| (c.cite.to_string(), c.line)));
    Ok((compared, unmatched))
}

/// Removes one of each of `wanted` from `found`, if all are there.
fn take_all(found: &mut Vec<(String, usize)>, wanted: &[&str]) -> bool {
    let mut rest = found.clone();
    for want in wanted {
        match rest.iter().position(|(got, _)| got == want) {
            Some(i) => {
                rest.remove(i);
            }
            None => return false,
        }
    }
    *found = rest;
    true
}

#[test]
fn citations_equal_pandocs() {
    if !pandoc_available() {
        return;
    }
    let files = markdown_files();
    assert!(files.iter().any(|f| f == CITATIONS_MD), "{CITATIONS_MD} is missing");
    let mut problems = Vec::new();
    let read_files = pandoc_json(&files, &mut problems);
    for d in DIFFERENCES {
        assert!(read(d.file).contains(d.input), "{}: the input {:?} is not in the file", d.file, d.input);
    }

    let (mut compared, mut deviations, mut bugs) = (0, 0, 0);
    let mut seen = vec![false; DIFFERENCES.len()];
    for (file, json) in &read_files {
        let mut unmatched = match compare_file(file, json) {
            Ok((n, unmatched)) => {
                compared += n;
                unmatched
            }
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        for (i, d) in DIFFERENCES.iter().enumerate().filter(|(_, d)| d.file == file) {
            let mut pandoc = unmatched.pandoc.clone();
            let mut attest = unmatched.attest.clone();
            if take_all(&mut pandoc, d.pandoc) && take_all(&mut attest, d.attest) {
                (unmatched.pandoc, unmatched.attest) = (pandoc, attest);
                seen[i] = true;
                match d.why {
                    Why::Deviation(_) => deviations += 1,
                    Why::Bug(_) => bugs += 1,
                }
            }
        }
        for (cite, line) in &unmatched.pandoc {
            problems.push(format!("{file}: only pandoc reads (after line {line}) {cite}"));
        }
        for (cite, line) in &unmatched.attest {
            problems.push(format!("{file}:{line}: only attest reads {cite}"));
        }
    }
    for (d, _) in DIFFERENCES.iter().zip(&seen).filter(|(_, seen)| !**seen) {
        problems
            .push(format!("{}: {:?} ({}) no longer reads differently: {}", d.file, d.input, d.why, STALE));
    }
    check_deviations_are_documented(&mut problems);

    let rejected: Vec<&str> = PANDOC_REJECTS.iter().map(|(f, _)| *f).collect();
    note(&format!(
        "pandoc round-trip: {} files, {compared} citations read alike, {deviations} inputs read \
         differently on purpose, {bugs} by known bugs; not compared (pandoc rejects the YAML): {}\n",
        read_files.len(),
        rejected.join(", ")
    ));
    assert!(problems.is_empty(), "attest and pandoc read citations differently:\n{}", problems.join("\n"));
}

/// The top-level keys of a YAML mapping attest read (pandoc drops names ending in `_`).
fn mapping_keys(node: &attest::syntax::yaml::Node, out: &mut BTreeSet<String>) {
    if let attest::syntax::yaml::Value::Map(entries) = &node.value {
        out.extend(entries.iter().filter_map(|(k, _)| k.as_text()).filter(|k| !k.ends_with('_')));
    }
}

/// pandoc merges every metadata block into the document's metadata: its keys are those of
/// the front matter and of the metadata blocks attest finds in the body, in every file.
#[test]
fn metadata_blocks_equal_pandocs() {
    if !pandoc_available() {
        return;
    }
    let files = markdown_files();
    let mut problems = Vec::new();
    let read_files = pandoc_json(&files, &mut problems);
    let mut blocks = 0;
    for (file, json) in &read_files {
        let theirs: BTreeSet<String> = json["meta"].as_object().unwrap().keys().cloned().collect();
        let text = read(file);
        let doc = syntax::parse(&text).document;
        let mut ours = BTreeSet::new();
        if let Some(root) = doc.front_matter.as_ref().and_then(|fm| fm.root.as_ref()) {
            mapping_keys(root, &mut ours);
        }
        for block in doc.metadata_blocks.iter().filter(|b| b.error.is_none()) {
            blocks += 1;
            let parsed = syntax::yaml::parse(block.yaml.slice(&text), block.yaml.start);
            if let Some(root) = parsed.documents.first() {
                mapping_keys(root, &mut ours);
            }
        }
        if ours != theirs {
            problems.push(format!("{file}: pandoc's metadata keys {theirs:?}, attest's {ours:?}"));
        }
    }
    assert!(blocks >= 1, "no fixture has a metadata block in its body");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// pandoc's reading of one fixture, as JSON.
fn pandoc_read(file: &str) -> Value {
    let output = pandoc(&["-f", "markdown", "-t", "json"], Path::new(file));
    assert!(output.status.success(), "pandoc reads {file}: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("pandoc writes JSON")
}

/// The contents (`c`) of every element of pandoc's JSON tagged `tag`, in document order (an
/// outer element before the ones inside it).
fn tagged<'v>(value: &'v Value, tag: &str, out: &mut Vec<&'v Value>) {
    match value {
        Value::Object(map) => {
            if map.get("t").and_then(Value::as_str) == Some(tag) {
                out.push(&map["c"]);
            }
            map.values().for_each(|v| tagged(v, tag, out));
        }
        Value::Array(items) => items.iter().for_each(|v| tagged(v, tag, out)),
        _ => {}
    }
}

/// Pandoc's fenced divs in document order (outer before inner): id and classes.
fn pandoc_divs(value: &Value, out: &mut Vec<(String, Vec<String>)>) {
    let mut divs = Vec::new();
    tagged(value, "Div", &mut divs);
    for c in divs {
        let attr = &c[0];
        let classes = attr[1].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect();
        out.push((attr[0].as_str().unwrap().to_string(), classes));
    }
}

#[test]
fn divs_equal_pandocs() {
    if !pandoc_available() {
        return;
    }
    let json = pandoc_read(DIVS_MD);
    let mut theirs = Vec::new();
    pandoc_divs(&json["blocks"], &mut theirs);
    let text = read(DIVS_MD);
    let ours: Vec<(String, Vec<String>)> = syntax::parse(&text)
        .document
        .divs
        .iter()
        .map(|d| (d.id.clone().unwrap_or_default(), d.classes.clone()))
        .collect();
    assert!(theirs.len() >= 6, "the fixture has divs: {theirs:?}");
    assert_eq!(ours, theirs, "attest and pandoc read different fenced divs in {DIVS_MD}");
}

/// The numbers written in `text` ("5,000 to 7,000" → `5,000`, `7,000`).
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || !current.is_empty() && (c == ',' || c == '.') {
            current.push(c);
        } else if !current.is_empty() {
            out.push(current.trim_end_matches([',', '.']).to_string());
            current.clear();
        }
    }
    out
}

/// One table as a reader sees it: whether it has a caption, and the numbers of each row that
/// has any, in order.
type TableNumbers = (bool, Vec<Vec<String>>);

/// Pandoc's tables in document order.
fn pandoc_tables(value: &Value, out: &mut Vec<TableNumbers>) {
    let mut tables = Vec::new();
    tagged(value, "Table", &mut tables);
    for c in tables {
        let caption = c[1][1].as_array().is_some_and(|blocks| !blocks.is_empty());
        let mut rows: Vec<&Value> = c[3][1].as_array().unwrap().iter().collect();
        for body in c[4].as_array().unwrap() {
            rows.extend(body[2].as_array().unwrap());
            rows.extend(body[3].as_array().unwrap());
        }
        let rows = rows
            .iter()
            .map(|row| {
                let cells = row[1].as_array().unwrap();
                cells
                    .iter()
                    .flat_map(|cell| cell[4].as_array().unwrap())
                    .flat_map(|block| numbers(&plain(&block["c"])))
                    .collect::<Vec<_>>()
            })
            .filter(|n| !n.is_empty())
            .collect();
        out.push((caption, rows));
    }
}

/// attest reads every table pandoc reads in the fixture of every form (pipe, grid, simple,
/// multiline), with the same caption and the same numbers in each row.
#[test]
fn tables_equal_pandocs() {
    if !pandoc_available() {
        return;
    }
    let json = pandoc_read(TABLES_MD);
    let mut theirs = Vec::new();
    pandoc_tables(&json["blocks"], &mut theirs);
    let text = read(TABLES_MD);
    let doc = syntax::parse(&text).document;
    let ours: Vec<TableNumbers> = (0..doc.tables.len())
        .map(|t| {
            let mut rows: std::collections::BTreeMap<usize, Vec<String>> = Default::default();
            for f in &doc.figures {
                if let ScopeKind::TableCell { table, row } = doc.scopes[f.scope].kind
                    && table == t
                {
                    rows.entry(row).or_default().extend(numbers(f.figure.span.slice(&text)));
                }
            }
            (doc.tables[t].caption.is_some(), rows.into_values().collect())
        })
        .collect();
    assert!(theirs.len() >= 6, "the fixture has tables: {theirs:?}");
    assert_eq!(ours, theirs, "attest and pandoc read different tables in {TABLES_MD}");
}

/// attest reads prices where pandoc reads text and no figure where pandoc reads TeX math: the
/// numbers of attest's figures in the fixture, in order, are the numbers of pandoc's
/// paragraphs outside math.
#[test]
fn dollar_signs_equal_pandocs() {
    if !pandoc_available() {
        return;
    }
    let json = pandoc_read(DOLLARS_MD);
    let mut paragraphs = Vec::new();
    tagged(&json["blocks"], "Para", &mut paragraphs);
    let theirs: Vec<String> = paragraphs.iter().flat_map(|p| numbers(&plain(p))).collect();
    let mut math = Vec::new();
    tagged(&json["blocks"], "Math", &mut math);
    assert!(math.len() >= 4, "the fixture has math: {math:?}");
    let text = read(DOLLARS_MD);
    let doc = syntax::parse(&text).document;
    let ours: Vec<String> = doc.figures.iter().flat_map(|f| numbers(f.figure.span.slice(&text))).collect();
    assert!(theirs.len() >= 10, "the fixture has prices: {theirs:?}");
    assert_eq!(ours, theirs, "attest and pandoc read different prices in {DOLLARS_MD}");
}

/// One paragraph (or list item's text) as a reader sees it: its numbers and the keys of its
/// citations, in order.
type ParagraphReading = (Vec<String>, Vec<String>);

/// The `Cite`s of pandoc inlines, outside notes.
fn cites_outside_notes<'v>(value: &'v Value, out: &mut Vec<&'v Value>) {
    match value {
        Value::Object(map) => match map.get("t").and_then(Value::as_str) {
            Some("Cite") => out.push(&map["c"]),
            Some("Note") => {}
            _ => map.values().for_each(|v| cites_outside_notes(v, out)),
        },
        Value::Array(items) => items.iter().for_each(|v| cites_outside_notes(v, out)),
        _ => {}
    }
}

/// The paragraphs and list items' texts of pandoc's blocks, in document order, with block
/// quotes, lists and divs entered (not tables or headings), those holding a number or a
/// citation; a paragraph's notes follow it (the fixtures define each footnote right after the
/// paragraph that marks it).
fn pandoc_paragraphs(blocks: &Value, out: &mut Vec<ParagraphReading>) {
    for block in blocks.as_array().expect("blocks are an array") {
        let c = &block["c"];
        match block["t"].as_str().expect("a block has a tag") {
            "Para" | "Plain" => {
                let mut cites = Vec::new();
                cites_outside_notes(c, &mut cites);
                let keys = cites
                    .iter()
                    .flat_map(|cite| cite[0].as_array().unwrap())
                    .map(|citation| citation["citationId"].as_str().unwrap().to_string())
                    .collect();
                let reading = (numbers(&plain(c)), keys);
                if reading != Default::default() {
                    out.push(reading);
                }
                let mut notes = Vec::new();
                tagged(c, "Note", &mut notes);
                notes.into_iter().for_each(|note| pandoc_paragraphs(note, out));
            }
            "BlockQuote" => pandoc_paragraphs(c, out),
            "Div" => pandoc_paragraphs(&c[1], out),
            "BulletList" => c.as_array().unwrap().iter().for_each(|item| pandoc_paragraphs(item, out)),
            "OrderedList" => c[1].as_array().unwrap().iter().for_each(|item| pandoc_paragraphs(item, out)),
            _ => {}
        }
    }
}

/// The paragraphs and list items' texts attest reads in `file` and those pandoc reads, as
/// [`ParagraphReading`]s.
fn paragraphs(file: &str) -> (Vec<ParagraphReading>, Vec<ParagraphReading>) {
    let json = pandoc_read(file);
    let mut theirs = Vec::new();
    pandoc_paragraphs(&json["blocks"], &mut theirs);
    let text = read(file);
    let doc = syntax::parse(&text).document;
    let ours: Vec<ParagraphReading> = (0..doc.units.len())
        .filter(|&u| matches!(doc.units[u].kind, UnitKind::Paragraph | UnitKind::ListItem))
        .map(|u| {
            let in_unit = |scope: usize| doc.scopes[scope].unit == u;
            let numbers = doc
                .figures
                .iter()
                .filter(|f| in_unit(f.scope))
                .flat_map(|f| numbers(f.figure.span.slice(&text)))
                .collect();
            let keys = doc
                .citations
                .iter()
                .filter(|c| in_unit(c.scope))
                .flat_map(|c| c.citation.items.iter().map(|i| i.key.to_string()))
                .collect();
            (numbers, keys)
        })
        .filter(|reading| *reading != Default::default())
        .collect();
    (ours, theirs)
}

/// attest reads the paragraphs pandoc reads where HTML comments stand on lines of their own
/// (`tests/fixtures/comments.md`): a comment right under a line of a paragraph or list item is
/// inside it, and the paragraph runs on after it; under a heading or a table row it is a
/// block of its own.
#[test]
fn paragraphs_around_comments_equal_pandocs() {
    if !pandoc_available() {
        return;
    }
    let (ours, theirs) = paragraphs(COMMENTS_MD);
    assert!(theirs.len() >= 10, "the fixture has paragraphs: {theirs:?}");
    assert_eq!(ours, theirs, "attest and pandoc read different paragraphs in {COMMENTS_MD}");
}

/// attest reads the list items pandoc reads with its fancy list markers
/// (`tests/fixtures/lists.md`): letters, roman numerals, numbers in parentheses, `#.` and
/// example lists, each item apart and its marker no figure; a line starting with a marker in a
/// paragraph outside any list is text.
#[test]
fn list_items_equal_pandocs() {
    if !pandoc_available() {
        return;
    }
    let (ours, theirs) = paragraphs(LISTS_MD);
    assert!(theirs.len() >= 30, "the fixture has list items: {theirs:?}");
    assert_eq!(ours, theirs, "attest and pandoc read different list items in {LISTS_MD}");
}

/// A fancy list marker opening a footnote is an item in the note, in a report with no other
/// fancy marker (`tests/fixtures/footnote-lists.md`): an example label is no citation.
#[test]
fn list_items_opening_footnotes_equal_pandocs() {
    if !pandoc_available() {
        return;
    }
    let file = "tests/fixtures/footnote-lists.md";
    let (ours, theirs) = paragraphs(file);
    assert!(theirs.len() >= 2, "the fixture has list items: {theirs:?}");
    assert_eq!(ours, theirs, "attest and pandoc read different list items in {file}");
}

/// Every deviation named in [`DIFFERENCES`] and [`LOCATOR_DIFFERENCES`] is a heading in docs/markup.md's last section.
fn check_deviations_are_documented(problems: &mut Vec<String>) {
    let doc = read("docs/markup.md");
    let Some((_, section)) = doc.split_once("\n## Deviations from pandoc\n") else {
        problems.push("docs/markup.md has no section \"Deviations from pandoc\"".to_string());
        return;
    };
    let whys = DIFFERENCES.iter().map(|d| d.why).chain(LOCATOR_DIFFERENCES.iter().map(|d| d.why));
    let names: BTreeSet<&str> =
        whys.filter_map(|why| if let Why::Deviation(name) = why { Some(name) } else { None }).collect();
    for name in names {
        if !section.contains(&format!("\n### {name}\n")) {
            problems.push(format!("docs/markup.md does not document the deviation {name:?}"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Locators equal citeproc's

/// A citation style that prints, for each citation, `⟦label¦locator⟧` and the suffix.
fn probe_style() -> String {
    let labels: BTreeSet<&str> = LOCATOR_TERMS.iter().map(|(_, label)| *label).collect();
    let mut choose = String::new();
    for (i, label) in labels.iter().enumerate() {
        let tag = if i == 0 { "if" } else { "else-if" };
        let csl = label.replace(' ', "-");
        choose.push_str(&format!("<{tag} locator=\"{csl}\"><text value=\"{label}\"/></{tag}>"));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\">\n\
         <info><title>Locator probe</title><id>locator-probe</id>\
         <updated>2026-01-01T00:00:00+00:00</updated></info>\n\
         <citation><layout prefix=\"⟦\" suffix=\"⟧\">\
         <choose>{choose}</choose><text value=\"¦\"/><text variable=\"locator\"/><text value=\"¦\"/>\
         </layout></citation>\n\
         <bibliography><layout><text variable=\"title\"/></layout></bibliography>\n\
         </style>\n"
    )
}

/// The suffix of item `i` as written: from after the key to the `;` or `]` that ends it, with
/// an in-text citation's attached bracket opened, on one line, and with nested citations
/// escaped (only the locator at its start matters here).
fn written_suffix(text: &str, citation: &Citation, i: usize) -> String {
    let item = &citation.items[i];
    let mut after = item.key_span.end;
    if text[..item.key_span.start].ends_with("@{") {
        after += 1;
    }
    if item.span.end <= after {
        return String::new();
    }
    let end = match citation.items.get(i + 1) {
        Some(next) => item.span.end + text[item.span.end..next.span.start].rfind(';').unwrap_or(0),
        None => citation.span.end - 1,
    };
    let mut raw = &text[after..end];
    if citation.mode == CitationMode::InText && i == 0 {
        raw = raw.trim_start().strip_prefix('[').unwrap_or(raw);
        return format!(" {}", one_line(raw).trim_start());
    }
    one_line(raw)
}

/// `text` on one line: continuation lines lose their block quote markers and indentation;
/// `@` is escaped.
fn one_line(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .enumerate()
        .map(|(i, l)| if i == 0 { l } else { l.trim_start_matches([' ', '\t', '>']) })
        .collect();
    lines.join(" ").replace('@', "\\@")
}

/// A citeproc locator as `label value`, with page ranges' en dashes as hyphens.
fn locator_text(label: &str, value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        format!("{label} {}", value.replace('–', "-").replace('\u{a0}', " "))
    }
}

#[test]
fn locators_equal_citeprocs() {
    if !pandoc_available() {
        return;
    }
    let mut problems = Vec::new();
    let read_files = pandoc_json(&markdown_files(), &mut problems);

    // Every item attest reads, as its own citation of one reference: `[@probe<suffix>]`.
    struct Probe {
        file: String,
        line: usize,
        suffix: String,
        attest: String,
    }
    let mut probes = Vec::new();
    for (file, _) in &read_files {
        let text = read(file);
        for site in &syntax::parse(&text).document.citations {
            for (i, item) in site.citation.items.iter().enumerate() {
                let suffix = written_suffix(&text, &site.citation, i);
                let attest = item.locator.as_ref().map_or(String::new(), |l| locator_text(l.label, &l.value));
                probes.push(Probe {
                    file: file.clone(),
                    line: line_of(&text, item.span.start),
                    suffix,
                    attest,
                });
            }
        }
    }
    let mut markdown =
        String::from("---\nreferences:\n  - id: probe\n    type: book\n    title: Probe\n---\n\n");
    for (i, probe) in probes.iter().enumerate() {
        markdown.push_str(&format!("P{i} [@probe{}]\n\n", probe.suffix));
    }
    let dir = temp_dir("pandoc-locators");
    std::fs::write(dir.join("probe.csl"), probe_style()).unwrap();
    std::fs::write(dir.join("probe.md"), &markdown).unwrap();
    let output = Command::new("pandoc")
        .args(["--citeproc", "--csl", "probe.csl", "-t", "plain", "--wrap=none", "probe.md"])
        .current_dir(&dir)
        .output()
        .expect("pandoc runs");
    assert!(output.status.success(), "pandoc fails:\n{}", String::from_utf8_lossy(&output.stderr));
    let rendered = String::from_utf8_lossy(&output.stdout);
    let mut citeproc = vec![None; probes.len()];
    for line in rendered.lines() {
        let Some((number, rest)) = line.strip_prefix('P').and_then(|l| l.split_once(' ')) else { continue };
        let Ok(i) = number.parse::<usize>() else { continue };
        let read = rest
            .strip_prefix('⟦')
            .and_then(|r| r.split_once('¦'))
            .and_then(|(label, r)| r.split_once('¦').map(|(value, _)| locator_text(label, value)));
        citeproc[i] = Some(read.unwrap_or_else(|| "no citation".to_string()));
    }

    let mut seen = vec![false; LOCATOR_DIFFERENCES.len()];
    for (probe, citeproc) in probes.iter().zip(citeproc) {
        let citeproc = citeproc.unwrap_or_else(|| "no citation".to_string());
        if citeproc == probe.attest {
            continue;
        }
        let listed = LOCATOR_DIFFERENCES.iter().position(|d| {
            d.file == probe.file
                && d.suffix == probe.suffix
                && d.citeproc == citeproc
                && d.attest == probe.attest
        });
        match listed {
            Some(i) => seen[i] = true,
            None => problems.push(format!(
                "{}:{}: from the suffix {:?} citeproc reads the locator {citeproc:?}, attest {:?}",
                probe.file, probe.line, probe.suffix, probe.attest
            )),
        }
    }
    for (d, _) in LOCATOR_DIFFERENCES.iter().zip(&seen).filter(|(_, seen)| !**seen) {
        problems.push(format!(
            "{}: the suffix {:?} ({}) no longer reads differently: {}",
            d.file, d.suffix, d.why, STALE
        ));
    }
    note(&format!("citeproc locators: {} items compared\n", probes.len()));
    assert!(problems.is_empty(), "attest and citeproc read locators differently:\n{}", problems.join("\n"));
}
