//! Damaged reports: the example reports and every rule fixture, cut, spliced and sprinkled with
//! pieces of markup (brackets, citations, spans, notes, fences, comments, front matter lines,
//! non-ASCII text, CRLF line ends). Whatever the damage, a check returns findings whose spans
//! lie in the text on character boundaries, in order; every editor feature answers at any
//! offset; and `--fix` converges, leaving nothing more to fix.
//!
//! Reworded prose: a few sentences of the same reports with words dropped, doubled, swapped or
//! borrowed from elsewhere in them, read as a paragraph, a heading, a list item and a table
//! cell. The figure recognizer's readers look at the words around a number; whatever the words,
//! a check of the text returns, with sound spans.

mod common;

use attest::check::{Checked, check};
use attest::cli::fix;
use attest::config::Config;
use attest::ide::{self, Analysis};
use attest::text::{FileId, LineIndex, Span};
use common::{floor_boundary, root};
use proptest::prelude::*;

/// The example reports and the rule fixtures, read once.
fn seeds() -> &'static [String] {
    static SEEDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = root();
        let mut paths: Vec<_> = ["examples", "tests/fixtures", "tests/fixtures/rules"]
            .iter()
            .flat_map(|dir| std::fs::read_dir(root.join(dir)).into_iter().flatten())
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        paths.sort();
        let seeds: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
        assert!(seeds.len() > 20, "found only {} seed reports", seeds.len());
        seeds
    })
}

/// Pieces of the markup and of the prose the recognizer reads, inserted at random.
const PIECES: &[&str] = &[
    "[@",
    "]",
    "[",
    "{",
    "}",
    "{qty=x}",
    "{part-of=x}",
    "{.assessment}",
    "\n::: {.assessment}\n",
    "\n:::\n",
    ":::",
    "\n\n---\nsaid: 5 fled\n",
    "^[",
    "[^1]",
    "[^1]: ",
    "@",
    "@{",
    "-@",
    ";",
    "\n",
    "\n\n",
    "|",
    "| --- |",
    "\n---\n",
    "---",
    "`",
    "```",
    "$",
    "$$",
    "<!--",
    "-->",
    "<!-- attest-ignore unsourced-figure -->",
    "<!-- attest-ignore-file -->",
    "20,000",
    "3.5 million",
    "between 9 and 6",
    "%",
    "–",
    "—",
    " to ",
    "about ",
    "likely",
    "very likely (30%)",
    "almost certainly",
    "\t",
    "    ",
    "> ",
    "- ",
    "1. ",
    "# ",
    "\\",
    "é",
    "日本",
    "🎉",
    "\u{a0}",
    "\u{202f}",
    "\r\n",
    "p. 4",
    "via: a, b",
    "id: ",
    "references:",
    "  - ",
    "issued: 2026",
    "reliability: G",
    "credibility: 9",
    "*",
    "_",
    "~~",
    "<b>",
    "](http://x)",
    "![",
    "http://a.b/1",
    "a@b.com",
    "[@a](u)",
    "{#id .c k=v}",
    ":::",
    ": def",
    "\u{feff}",
];

/// One change to a text; positions and lengths are fractions of the text as it is then.
#[derive(Clone, Debug)]
enum Mutation {
    Insert { at: prop::sample::Index, piece: prop::sample::Index },
    Delete { at: prop::sample::Index, len: usize },
    Copy { from: prop::sample::Index, len: usize, to: prop::sample::Index },
    Splice { at: prop::sample::Index, seed: prop::sample::Index, from: prop::sample::Index, len: usize },
    Truncate { at: prop::sample::Index },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let index = any::<prop::sample::Index>;
    prop_oneof![
        8 => (index(), index()).prop_map(|(at, piece)| Mutation::Insert { at, piece }),
        4 => (index(), 1..200usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        3 => (index(), 1..400usize, index()).prop_map(|(from, len, to)| Mutation::Copy { from, len, to }),
        2 => (index(), index(), index(), 1..300usize)
            .prop_map(|(at, seed, from, len)| Mutation::Splice { at, seed, from, len }),
        1 => index().prop_map(|at| Mutation::Truncate { at }),
    ]
}

/// The char boundary at or before the `index`-th of `len + 1` positions of `text`.
fn boundary(text: &str, index: &prop::sample::Index) -> usize {
    floor_boundary(text, index.index(text.len() + 1))
}

fn apply(text: &mut String, m: &Mutation) {
    match m {
        Mutation::Insert { at, piece } => {
            let at = boundary(text, at);
            text.insert_str(at, PIECES[piece.index(PIECES.len())]);
        }
        Mutation::Delete { at, len } => {
            let at = boundary(text, at);
            let end = floor_boundary(text, at + len);
            text.replace_range(at..end, "");
        }
        Mutation::Copy { from, len, to } => {
            let from = boundary(text, from);
            let end = floor_boundary(text, from + len);
            let piece = text[from..end].to_string();
            let to = boundary(text, to);
            text.insert_str(to, &piece);
        }
        Mutation::Splice { at, seed, from, len } => {
            let other = &seeds()[seed.index(seeds().len())];
            let from = boundary(other, from);
            let end = floor_boundary(other, from + len);
            let at = boundary(text, at);
            text.insert_str(at, &other[from..end]);
        }
        Mutation::Truncate { at } => {
            let at = boundary(text, at);
            text.truncate(at);
        }
    }
}

fn damaged() -> impl Strategy<Value = String> {
    (any::<prop::sample::Index>(), prop::collection::vec(mutation(), 1..12), any::<bool>()).prop_map(
        |(seed, mutations, crlf)| {
            let mut text = seeds()[seed.index(seeds().len())].clone();
            for m in &mutations {
                apply(&mut text, m);
            }
            if crlf { text.replace('\n', "\r\n") } else { text }
        },
    )
}

/// A span of the report: inside it, on character boundaries.
fn sound(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// Everything a check returns points into the text, and the findings come in order.
fn check_findings(text: &str, checked: &Checked) -> Result<(), TestCaseError> {
    for d in checked.diagnostics.iter().filter(|d| d.file == FileId::REPORT) {
        prop_assert!(sound(text, d.span), "{} at {:?}", d.rule, d.span);
        for r in d.related.iter().filter(|r| r.file == FileId::REPORT) {
            prop_assert!(sound(text, r.span), "{} related at {:?}", d.rule, r.span);
        }
        for e in d.fix.iter().flat_map(|f| &f.edits) {
            prop_assert!(sound(text, e.span), "{} fix at {:?}", d.rule, e.span);
        }
    }
    let order = |d: &attest::diagnostic::Diagnostic| (d.file, d.span.start, d.span.end);
    prop_assert!(checked.diagnostics.is_sorted_by_key(order), "findings out of order");
    let mut last_end = 0;
    for site in &checked.model.document.figures {
        let span = site.figure.span;
        prop_assert!(sound(text, span) && span.start < span.end, "figure at {:?}", span);
        prop_assert!(span.start >= last_end, "figures overlap at {:?}", span);
        last_end = span.end;
    }
    Ok(())
}

/// Every editor feature answers at offsets all over the text, and what it points at is in it.
fn check_editor(text: &str, checked: &Checked) -> Result<(), TestCaseError> {
    let lines = LineIndex::new(text);
    let config = Config::default();
    let a = Analysis { text, lines: &lines, checked, config: &config, bibliographies: &[] };
    let mut offsets: Vec<usize> = (0..=text.len()).step_by(text.len() / 24 + 1).collect();
    offsets.push(text.len());
    offsets.extend(checked.model.document.figures.iter().take(8).map(|f| f.figure.span.start));
    offsets.extend(checked.model.document.citations.iter().take(8).map(|c| c.citation.span.start + 1));
    for at in offsets.into_iter().map(|at| floor_boundary(text, at)) {
        if let Some(h) = ide::hover(&a, FileId::REPORT, at) {
            prop_assert!(sound(text, h.span), "hover at {at}: {:?}", h.span);
        }
        if let Some(c) = ide::completions(&a, at) {
            prop_assert!(sound(text, c.span), "completion at {at}: {:?}", c.span);
        }
        let locations = ide::definition(&a, FileId::REPORT, at).into_iter().chain(ide::references(
            &a,
            FileId::REPORT,
            at,
            true,
        ));
        for l in locations.filter(|l| l.file == FileId::REPORT) {
            prop_assert!(sound(text, l.span), "definition or reference at {at}: {:?}", l.span);
        }
        for h in ide::highlights(&a, at) {
            prop_assert!(sound(text, h.span), "highlight at {at}: {:?}", h.span);
        }
        if let Ok(span) = ide::prepare_rename(&a, at) {
            prop_assert!(sound(text, span), "rename at {at}: {:?}", span);
            for (file, edit) in ide::rename(&a, at, "renamed-key").unwrap_or_default() {
                prop_assert!(
                    file != FileId::REPORT || sound(text, edit.span),
                    "rename edit at {at}: {:?}",
                    edit.span
                );
            }
        }
        let _ = ide::code_actions(&a, FileId::REPORT, Span::new(at, floor_boundary(text, at + 40)));
    }
    let _ = ide::symbols(&a);
    let _ = ide::links(&a);
    let _ = ide::folding_ranges(&a);
    let _ = ide::semantic_tokens(&a);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn damaged_reports_check_cleanly(text in damaged()) {
        let checked = check(&text);
        check_findings(&text, &checked)?;
        check_editor(&text, &checked)?;
    }

    #[test]
    fn fixes_converge_on_damaged_reports(text in damaged()) {
        let (fixed, _) = fix::converge(&text, true, check);
        let checked = check(&fixed);
        check_findings(&fixed, &checked)?;
        let (again, applied) = fix::apply_once(&fixed, &checked, true);
        prop_assert_eq!(applied, 0, "fixes left after converging: {:?}", again);
    }
}

/// The words and the marks between them of `text`, in order: runs of letters, digits, `,` and
/// `.`, and single other characters.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut prev) = (0, None);
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == ',' || c == '.';
        if prev.is_some_and(|p| !(p && word)) {
            out.push(&text[start..i]);
            start = i;
        }
        prev = Some(word);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Words the recognizer's readers look for around numbers, to insert anywhere.
const WORDS: &[&str] = &[
    "Of",
    "of",
    "the",
    "whom",
    "which",
    "them",
    "respectively",
    "and",
    "or",
    "to",
    "from",
    "between",
    "about",
    "over",
    "under",
    "up",
    "more",
    "than",
    "at",
    "least",
    "with",
    "for",
    "per",
    "a",
    "an",
    "estimated",
    "-",
    "–",
    "--",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "\n",
    " ",
    "$",
    "%",
    "£",
    "million",
    "bn",
    "1",
    "12",
    "2025",
    "3.5",
    "1,200",
    "1 in",
    "killed",
    "wounded",
    "people",
    "were",
    "There",
    "numbered",
    "rose",
    "fell",
    "hotline",
];

/// One change to a list of words; positions are fractions of the list as it is then.
#[derive(Clone, Debug)]
enum Reword {
    Drop(prop::sample::Index),
    Double(prop::sample::Index),
    Swap(prop::sample::Index, prop::sample::Index),
    Insert(prop::sample::Index, prop::sample::Index),
    Borrow(prop::sample::Index, prop::sample::Index),
    Cut(prop::sample::Index),
}

fn reword() -> impl Strategy<Value = Reword> {
    let index = any::<prop::sample::Index>;
    prop_oneof![
        3 => index().prop_map(Reword::Drop),
        2 => index().prop_map(Reword::Double),
        2 => (index(), index()).prop_map(|(a, b)| Reword::Swap(a, b)),
        3 => (index(), index()).prop_map(|(a, b)| Reword::Insert(a, b)),
        2 => (index(), index()).prop_map(|(a, b)| Reword::Borrow(a, b)),
        1 => index().prop_map(Reword::Cut),
    ]
}

/// A window of up to 40 words of a seed report, reworded.
fn reworded() -> impl Strategy<Value = String> {
    (
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        1..40usize,
        prop::collection::vec(reword(), 1..8),
    )
        .prop_map(|(seed, from, len, changes)| {
            let all = words(&seeds()[seed.index(seeds().len())]);
            let from = from.index(all.len());
            let mut w: Vec<&str> = all[from..(from + len).min(all.len())].to_vec();
            for change in &changes {
                if w.is_empty() {
                    break;
                }
                match change {
                    Reword::Drop(at) => {
                        w.remove(at.index(w.len()));
                    }
                    Reword::Double(at) => {
                        let at = at.index(w.len());
                        w.insert(at, w[at]);
                    }
                    Reword::Swap(a, b) => {
                        let (a, b) = (a.index(w.len()), b.index(w.len()));
                        w.swap(a, b);
                    }
                    Reword::Insert(at, word) => {
                        let word = WORDS[word.index(WORDS.len())];
                        w.insert(at.index(w.len() + 1), word);
                    }
                    Reword::Borrow(at, word) => {
                        let word = all[word.index(all.len())];
                        w.insert(at.index(w.len() + 1), word);
                    }
                    Reword::Cut(at) => w.truncate(at.index(w.len())),
                }
            }
            w.concat()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

    #[test]
    fn reworded_prose_checks_cleanly(text in reworded()) {
        let one_line = text.replace('\n', " ");
        for body in [
            text.clone(),
            format!("# {one_line}\n"),
            format!("- {text}\n"),
            format!("| a | b |\n|---|---|\n| {} | x |\n", one_line.replace('|', " ")),
        ] {
            let checked = check(&body);
            check_findings(&body, &checked)?;
        }
    }
}
