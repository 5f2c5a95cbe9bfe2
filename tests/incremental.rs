//! Re-reading only the edited sections gives exactly what reading the whole text gives.
//!
//! Random edits (typing, deleting, pasting Markdown that opens code fences, fenced divs, comments, headings,
//! footnotes, spans and citations) are applied one after another to the example reports,
//! every rule fixture and a generated report; after each, the document spliced by
//! `syntax::reparse` must equal `syntax::parse` of the new text, field by field.

mod common;
#[path = "../benches/generate.rs"]
mod generate;

use attest::check::{Checked, check};
use attest::recheck::recheck;
use attest::syntax::{self, TextEdit};
use common::floor_boundary;
use proptest::prelude::*;

/// Texts typed or pasted into a report, chosen to reach every way an edit can leak out of
/// its section.
const PIECES: &[&str] = &[
    "x",
    "x",
    "x",
    " ",
    "5,000",
    "between 2 and 3",
    "\n",
    "\n\n",
    "# ",
    "## New section\n\n",
    "\n# Heading\n",
    "```\n",
    "~~~",
    "<!--",
    "-->",
    "<!-- attest-ignore -->\n",
    "<!-- attest-ignore unsourced-figure -->",
    "<!-- attest-ignore-file -->\n",
    "\n<!-- a comment -->\n",
    "[@src-1]",
    "[@mfa-2026, p. 4]",
    "@src-2 [p. 3]",
    "[^1]",
    "[^new]",
    "\n[^1]: A note [@src-3].\n",
    "\n[link]: https://example.org\n",
    "[text][link]",
    "[3,000]{qty=fighters}",
    "]{qty=x}",
    "^[an inline note with 40 fighters]",
    "likely (30%)",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "\nTable: A caption [@src-1].\n",
    "- item with 7 killed\n",
    "a) ",
    "\n(ii) item with 8 killed\n",
    "\n\n(1) ",
    "> ",
    "    ",
    "\\",
    "[",
    "]",
    "é",
    "\r\n",
    "---\n",
    "\n::: {.assessment}\n",
    "\n:::\n",
    "::: note\n",
    ":::",
    "\n\n---\nkey: value\n",
    "\n---\n",
    "\n...\n",
    "\n------------\n",
    "------ -----\n",
    "\n\n-----------\n Head\n----- -----\n a    5,000\n\n b    6,000\n-----------\n",
    "+-----+-----+\n| 1 | 2 |\n",
    "\n> ::: {.assessment}\n> ",
    "> :::\n",
    "US$5 to US$7 ",
    "$",
    "$x$",
    "\n- **Lead 5.** ",
    "**",
    // Currency codes that change how every section reads `Rs`, `¥`, lei, CFA francs, dinars and
    // shillings.
    "Rs 30 ",
    "PKR",
    "¥5 ",
    "CNY",
    "2,000 lei ",
    "MDL",
    "12,000 CFA francs ",
    "XAF",
    "6,000 dinars ",
    "IQD",
    "Sh2,000 ",
    "UGX",
];

fn texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let root = env!("CARGO_MANIFEST_DIR");
    for dir in ["examples", "tests/fixtures/rules", "tests/fixtures"] {
        let Ok(entries) = std::fs::read_dir(format!("{root}/{dir}")) else { continue };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "md")) {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), text));
        }
    }
    out.push(("generated".to_string(), generate::report(60 * 1024)));
    out
}

/// `text` with `delete` bytes at the fraction `at` of its length replaced by piece number
/// `piece` (on character boundaries); also the replaced range.
fn apply(text: &str, at: f64, delete: usize, piece: usize) -> (String, usize, usize) {
    let start = floor_boundary(text, (at * text.len() as f64) as usize);
    let end = floor_boundary(text, start + delete).max(start);
    let mut next = text.to_string();
    next.replace_range(start..end, PIECES[piece % PIECES.len()]);
    (next, start, end)
}

/// Applies `edits` (position fraction, deletion length, piece) one by one; after each, the
/// spliced document must equal a full read. Returns how many edits were spliced.
fn splice_all(name: &str, text: &str, edits: &[(f64, usize, usize)]) -> usize {
    let mut current = text.to_string();
    let mut document = syntax::parse(&current).document;
    let mut spliced = 0;
    for &(at, delete, piece) in edits {
        let (next, start, end) = apply(&current, at, delete, piece);
        let edit = TextEdit::between(&current, &next);
        let full = syntax::parse(&next).document;
        match syntax::reparse(&mut document, &next, edit) {
            Some(_) => {
                spliced += 1;
                let (got, want) = (format!("{document:#?}"), format!("{full:#?}"));
                if got != want {
                    let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(0);
                    let context = |s: &str| {
                        s.lines().skip(line.saturating_sub(8)).take(16).collect::<Vec<_>>().join("\n")
                    };
                    panic!(
                        "{name}: splicing the edit {edit:?} ({:?} → {:?}) differs from a full read at line {line}:\n--- spliced\n{}\n--- full\n{}",
                        &current[start..end],
                        PIECES[piece % PIECES.len()],
                        context(&got),
                        context(&want)
                    );
                }
            }
            None => document = full,
        }
        current = next;
    }
    spliced
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn spliced_equals_full_read(
        edits in prop::collection::vec((0.0f64..1.0, 0usize..12, 0usize..PIECES.len()), 1..12)
    ) {
        for (name, text) in texts() {
            splice_all(&name, &text, &edits);
        }
    }
}

/// Applies `edits` as [`splice_all`] does, re-checking from the previous check each time: the
/// model and the findings must equal a full check of the new text.
fn check_again(name: &str, text: &str, edits: &[(f64, usize, usize)]) {
    let mut current = text.to_string();
    let mut checked: Checked = check(&current);
    for &(at, delete, piece) in edits {
        let (next, start, end) = apply(&current, at, delete, piece);
        let full = check(&next);
        let edit = TextEdit::between(&current, &next);
        checked = recheck(checked, &next, edit).unwrap_or_else(|| check(&next));
        let what = format!(
            "{name}: after replacing {:?} at {start} with {:?}",
            &current[start..end],
            PIECES[piece % PIECES.len()]
        );
        assert_eq!(
            format!("{:?}", checked.model.document),
            format!("{:?}", full.model.document),
            "{what}: document"
        );
        assert_eq!(
            format!("{:?}", checked.model.figures),
            format!("{:?}", full.model.figures),
            "{what}: figures"
        );
        assert_eq!(checked.model.quantities(), full.model.quantities(), "{what}: quantities");
        assert_eq!(checked.diagnostics, full.diagnostics, "{what}: findings");
        current = next;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn recheck_equals_full_check(
        edits in prop::collection::vec((0.0f64..1.0, 0usize..12, 0usize..PIECES.len()), 1..8)
    ) {
        for (name, text) in texts() {
            check_again(&name, &text, &edits);
        }
    }
}

/// Reads `text` in halves and in one pass; returns whether the halves were used (they must
/// then give the same document).
fn halves_agree(name: &str, text: &str) -> bool {
    let Some(halves) = syntax::parse_in_halves(text) else { return false };
    let one = syntax::parse_in_one_pass(text);
    let (got, want) = (format!("{:#?}", halves.document), format!("{:#?}", one.document));
    if got != want {
        let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(0);
        let context =
            |s: &str| s.lines().skip(line.saturating_sub(8)).take(16).collect::<Vec<_>>().join("\n");
        panic!(
            "{name}: read in halves differs at line {line}:\n--- halves\n{}\n--- one pass\n{}",
            context(&got),
            context(&want)
        );
    }
    true
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Reading in halves equals one pass, on texts edited at random (so that fences,
    /// comments, footnotes and link definitions straddle the cut).
    #[test]
    fn halves_equal_one_pass(
        edits in prop::collection::vec((0.0f64..1.0, 0usize..12, 0usize..PIECES.len()), 0..10)
    ) {
        for (name, text) in texts() {
            let mut text = text;
            for &(at, delete, piece) in &edits {
                text = apply(&text, at, delete, piece).0;
            }
            halves_agree(&name, &text);
        }
    }
}

#[test]
fn long_reports_are_read_in_halves() {
    let text = generate::report(300 * 1024);
    assert!(halves_agree("generated", &text), "the generated report is read in one pass");
    assert_eq!(
        format!("{:?}", syntax::parse(&text).document),
        format!("{:?}", syntax::parse_in_one_pass(&text).document)
    );
    let mut used = 0;
    for (name, text) in texts() {
        used += usize::from(halves_agree(&name, &text));
    }
    assert!(used >= 3, "only {used} texts were read in halves");
}

/// A currency code written in one section changes how the others read a shared sign: `Rs`
/// in a report that writes `PKR` (and no other rupee's code) is PKR everywhere.
#[test]
fn a_currency_code_reaches_every_section() {
    let text = "# One\n\nThe budget is Rs 20 billion.\n\n# Two\n\nPolice pay is 27,000 a month.\n";
    let rupee = |checked: &Checked| {
        checked
            .model
            .figures
            .iter()
            .find(|f| f.figure.kind == attest::syntax::figure::FigureKind::Money)
            .and_then(|f| f.figure.unit.as_deref().map(str::to_string))
    };
    let before = check(text);
    assert_eq!(rupee(&before).as_deref(), Some("INR"));
    let at = text.find("27,000").unwrap();
    let next = format!("{}PKR {}", &text[..at], &text[at..]);
    let again = recheck(before, &next, TextEdit::between(text, &next)).unwrap_or_else(|| check(&next));
    assert_eq!(rupee(&again).as_deref(), Some("PKR"));
    assert_eq!(format!("{:?}", again.model.figures), format!("{:?}", check(&next).model.figures));
    // Typing a letter right after the code makes it a word of its own no more, and deleting
    // it takes it away: each time every section reads `Rs` as INR again.
    let mut current = (next, again);
    for change in [|t: &str| t.replacen("PKR ", "PKRs ", 1), |t: &str| t.replacen("PKRs ", "", 1)] {
        let (text, checked) = current;
        let next = change(&text);
        let again = recheck(checked, &next, TextEdit::between(&text, &next)).unwrap_or_else(|| check(&next));
        assert_eq!(rupee(&again).as_deref(), Some("INR"), "{next}");
        assert_eq!(format!("{:?}", again.model.document), format!("{:?}", check(&next).model.document));
        current = (next, again);
    }
}

/// A number grouped with plain spaces written in one section groups the others' numbers
/// written so ("2 500 tonnes" is 2,500 t once "20 000" is written anywhere), and typing a digit
/// into it, or deleting it, takes that away again: each edit equals a full check.
#[test]
fn a_number_grouped_with_spaces_reaches_every_section() {
    let text = "# One\n\nSome 20 people fled.\n\n# Two\n\nThey moved 2 500 tonnes.\n";
    let lows =
        |checked: &Checked| checked.model.figures.iter().filter_map(|f| f.figure.low).collect::<Vec<_>>();
    let before = check(text);
    assert_eq!(lows(&before), [20.0, 2.0, 500.0]);
    let mut current = (text.to_string(), before);
    for ((from, to), expected) in [
        (("20 people", "20 000 people"), vec![20000.0, 2500.0]),
        (("20 000 people", "20 0001 people"), vec![20.0, 2.0, 500.0]),
        (("20 0001 people", "20 001 people"), vec![20001.0, 2500.0]),
        ((" 001 people", " people"), vec![20.0, 2.0, 500.0]),
    ] {
        let (text, checked) = current;
        let next = text.replacen(from, to, 1);
        let again = recheck(checked, &next, TextEdit::between(&text, &next)).unwrap_or_else(|| check(&next));
        assert_eq!(lows(&again), expected, "{next}");
        assert_eq!(format!("{:?}", again.model.document), format!("{:?}", check(&next).model.document));
        current = (next, again);
    }
}

/// The country a report's title names settles `K` (Papua New Guinea's kina here) in every
/// section, and keeps doing so when a section is edited and re-read alone: the edit is spliced
/// (not declined for a change of the report's currency hints) and equals a full check.
#[test]
fn the_titles_country_reaches_a_section_read_again() {
    let text = "---\ntitle: Drug stockouts in Papua New Guinea\nreferences: []\n---\n\n# One\n\nThe \
                budget fell.\n\n# Two\n\nFreight costs K38 million.\n";
    let kina = |checked: &Checked| {
        checked.model.figures.iter().find_map(|f| f.figure.unit.as_deref().map(str::to_string))
    };
    assert_eq!(kina(&check(text)).as_deref(), Some("PGK"));
    for next in [text.replace("budget fell", "budget fell again"), text.replace("K38", "K39")] {
        let edit = TextEdit::between(text, &next);
        // (Spliced, not declined: a declined edit is read whole, which would hide a splice
        // that lost the title's country.)
        let mut document = syntax::parse(text).document;
        assert!(syntax::reparse(&mut document, &next, edit).is_some(), "{next}");
        assert_eq!(format!("{document:?}"), format!("{:?}", syntax::parse(&next).document));
        let again = recheck(check(text), &next, edit).unwrap();
        assert_eq!(kina(&again).as_deref(), Some("PGK"), "{next}");
    }
}

/// Typing in running text is spliced, not re-read: the fast path is the common one.
#[test]
fn typing_is_spliced() {
    let text = generate::report(200 * 1024);
    let body = text.find("\n---\n").unwrap() + 5;
    let mut at_line_ends = Vec::new();
    let mut current = text.clone();
    for i in 0..50 {
        // The end of a line spread through the body, as a user types.
        let target = floor_boundary(&current, body + (current.len() - body) * (2 * i + 1) / 100);
        let at = current[target..].find('\n').map_or(current.len(), |n| target + n);
        at_line_ends.push(((at as f64 + 0.5) / current.len() as f64, 0, 0));
        current.insert(at, 'x');
    }
    let spliced = splice_all("generated", &text, &at_line_ends);
    assert!(spliced >= 45, "only {spliced} of 50 edits were spliced");
}

#[test]
fn edit_between_finds_the_changed_bytes() {
    let e = TextEdit::between("abcdef", "abXYef");
    assert_eq!(e, TextEdit { start: 2, old_end: 4, new_end: 4 });
    let e = TextEdit::between("aaaa", "aaaaa");
    assert_eq!((e.old_end - e.start, e.new_end - e.start), (0, 1));
    // Never inside a character.
    let e = TextEdit::between("xé", "xè");
    assert_eq!(e, TextEdit { start: 1, old_end: 3, new_end: 3 });
    let long_a = "a".repeat(300) + "b" + &"c".repeat(300);
    let long_b = "a".repeat(300) + "d" + &"c".repeat(300);
    assert_eq!(TextEdit::between(&long_a, &long_b), TextEdit { start: 300, old_end: 301, new_end: 301 });
}

/// A fenced div or a metadata block reaching across top-level headings ties their sections
/// together: edits that open, close or break one are spliced only when that gives what a full
/// read gives.
#[test]
fn divs_and_metadata_blocks_across_sections() {
    let cases: &[(&str, &str, &str)] = &[
        // A closing fence typed in a later section closes a fence opened in an earlier one.
        (
            "# One\n\n::: {.assessment}\nSome 40 fighters.\n\n# Two\n\nText 50 [@a].\n",
            "Text 50 [@a].\n",
            "Text 50 [@a].\n:::\n",
        ),
        // The closing fence of a div holding a heading is deleted.
        (
            "::: {.assessment}\n# One\n\nAbout 40 fighters.\n\n# Two\n\nText 50.\n:::\n\n# Three\n\n60 more.\n",
            "Text 50.\n:::\n",
            "Text 50.\n",
        ),
        // Typing inside a div that holds a heading.
        (
            "::: {.assessment}\n# One\n\nAbout 40 fighters.\n\n# Two\n\nText 50.\n:::\n",
            "Text 50.",
            "Text 50 and 70.",
        ),
        // An opening fence typed before a later section's closing fence.
        ("# One\n\nText 40.\n\n# Two\n\nText 50.\n:::\n", "# One\n\n", "# One\n\n::: warning\n"),
        // A metadata block closed in a later section, and one whose closing line is typed.
        ("# One\n\n---\nsaid: 40 fled\n# Two\n\nText 50.\n---\n", "Text 50.", "Text 55."),
        // One pandoc stops on, whose headings stay headings.
        ("# One\n\n---\nsaid: is: 40\n# Two\n\nText 50.\n---\n", "Text 50.", "Text 500."),
        ("# One\n\n---\nsaid: 40 fled\n\n# Two\n\nText 50.\n", "Text 50.\n", "Text 50.\n...\n"),
    ];
    for &(text, old, new) in cases {
        assert!(text.contains(old), "{old:?} in {text:?}");
        let next = text.replacen(old, new, 1);
        let mut document = syntax::parse(text).document;
        let full = syntax::parse(&next).document;
        if syntax::reparse(&mut document, &next, TextEdit::between(text, &next)).is_some() {
            assert_eq!(format!("{document:#?}"), format!("{full:#?}"), "{text:?}: {old:?} → {new:?}");
        }
        let read = full.divs.len() + full.metadata_blocks.len();
        assert!(read > 0 || next.matches(":::").count() == 1, "{next:?} reads no div or metadata block");
    }
}

/// A fancy list marker typed at the start of a footnote, in one section of a report whose
/// other section holds another marker: the section read alone reads the same item.
#[test]
fn a_marker_opening_a_footnote_reads_the_same_alone() {
    let text = "# One\n\na) An item with 40 fighters [@a].\n\n# Two\n\nA note.[^2]\n\n[^2]: @f5 [ch. 4] writes this.\n";
    let next = text.replacen("@f5 [ch. 4]", "@f1.  [ch. 4]", 1);
    let mut document = syntax::parse(text).document;
    let full = syntax::parse(&next).document;
    assert!(
        full.units.iter().filter(|u| u.kind == syntax::UnitKind::ListItem).count() == 2,
        "{:#?}",
        full.units
    );
    // (The section is read again alone, not the whole text: that is what could disagree.)
    assert!(syntax::reparse(&mut document, &next, TextEdit::between(text, &next)).is_some(), "read in full");
    assert_eq!(format!("{document:#?}"), format!("{full:#?}"));
}

/// A metadata block typed in one section changes the message of an unknown key cited in
/// another: the re-check says what a full check says.
#[test]
fn a_metadata_block_elsewhere_changes_an_unknown_key_finding() {
    let text = "---\nreferences:\n  - id: a\n    type: report\n    title: A\n---\n\n# One\n\nSome 40 fighters [@x; @a].\n\n# Two\n\nText.\n";
    let next = text.replacen(
        "Text.\n",
        "Text.\n\n---\nreferences:\n  - id: x\n    type: report\n    title: Further reading\n...\n",
        1,
    );
    let full = check(&next);
    assert!(
        full.diagnostics.iter().any(|d| d.rule == "unknown-source" && d.message.contains("metadata block"))
    );
    // (Re-checked from the previous check, not from scratch: that is what could disagree.)
    let again =
        recheck(check(text), &next, TextEdit::between(text, &next)).expect("a re-check, not a full one");
    assert_eq!(again.diagnostics, full.diagnostics);
}

/// A front matter that blank lines precede is the document's: an edit that opens one after
/// blank lines, or that touches those lines, is read again in full, and an edit in the body
/// below it is spliced.
#[test]
fn front_matter_after_blank_lines() {
    const REPORT: &str =
        "\n  \n---\nreferences:\n  - id: a\n    type: report\n---\nSome 5,000 fighters [@a].\n";
    let cases: &[(&str, &str, &str, bool)] = &[
        // A `---` typed after blank lines opens a front matter.
        ("\n\nAbc\nreferences: []\n---\nSome 5,000 fighters [@a].\n", "Abc", "---", false),
        ("\r\n\t\r\nAbc\r\nreferences: []\r\n---\r\nSome 5,000.\r\n", "Abc", "---", false),
        ("\u{FEFF}\n\nAbc\nreferences: []\n---\nSome 5,000 fighters [@a].\n", "Abc", "---", false),
        // The blank line after a `---` is filled in.
        ("\n\n---\n\nreferences: []\n---\nSome 5,000 fighters [@a].\n", "---\n\n", "---\nx: 1\n", false),
        // Blank lines before a front matter are deleted or typed in.
        (REPORT, "\n  \n", "", false),
        (REPORT, "\n  \n", "\n\nText.\n\n", false),
        // Typing in the body below it.
        (REPORT, "Some 5,000", "Some 5,500", true),
    ];
    for &(text, old, new, spliced) in cases {
        assert!(text.contains(old), "{old:?} in {text:?}");
        let next = text.replacen(old, new, 1);
        let edit = TextEdit::between(text, &next);
        let mut document = syntax::parse(text).document;
        let full = syntax::parse(&next).document;
        match syntax::reparse(&mut document, &next, edit) {
            Some(_) => {
                assert_eq!(format!("{document:#?}"), format!("{full:#?}"), "{text:?}: {old:?} → {new:?}")
            }
            None => assert!(!spliced, "{text:?}: {old:?} → {new:?} is read again in full"),
        }
        let again = recheck(check(text), &next, edit).unwrap_or_else(|| check(&next));
        assert_eq!(again.diagnostics, check(&next).diagnostics, "{text:?}: {old:?} → {new:?}");
        assert_eq!(
            format!("{:?}", again.model.document),
            format!("{:?}", full),
            "{text:?}: {old:?} → {new:?}"
        );
    }
    assert!(syntax::parse(REPORT).document.front_matter.is_some());
}

/// A comment line inserted between the lines of a list after a paragraph found by the property
/// above: the spliced read must equal a full one.
#[test]
fn comment_inserted_after_list_edits() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/divs.md"))
        .unwrap_or_default();
    splice_all("divs.md", &text, &[(0.14781564078521198, 0, 34), (0.0, 0, 34), (0.10020807334926207, 0, 18)]);
}

/// A table pasted over the `--` of a paragraph after other edits, found by the property above
/// in a CI run: the spliced read must equal a full one.
#[test]
fn table_pasted_after_edits() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/rules/unsourced-figure.md"
    ))
    .unwrap_or_default();
    splice_all(
        "unsourced-figure.md",
        &text,
        &[
            (0.5650168424534217, 3, 56),
            (0.5224423026792376, 0, 44),
            (0.20159279194422558, 0, 9),
            (0.18453376416511708, 5, 25),
        ],
    );
}

/// A case the property tests found (a random local run): in the comments fixture, a div fence
/// typed into a paragraph, a range into an unclosed comment, a heading into a list item, the
/// front matter's opening line deleted, then a code fence typed under a comment joined to a
/// list item. The full read split the quoted paragraph further down at the comment inside the
/// quote (its first reading of the comments saw the fence run to the end of the text, the
/// list having ended at the comment), while the incremental read kept it whole, as pandoc
/// does; joined comments are now read again until no new one appears.
#[test]
fn code_fence_under_a_joined_comment_reads_as_a_full_read_does() {
    let text = std::fs::read_to_string("tests/fixtures/comments.md").expect("the fixture");
    let edits = [
        (0.6670217574027031, 9, 48),
        (0.9019539089452253, 8, 5),
        (0.547445977277412, 1, 10),
        (0.0, 4, 6),
        (0.5413778543963863, 0, 11),
    ];
    check_again("tests/fixtures/comments.md", &text, &edits);
}

/// The same reading at its smallest, in a full read: a comment joined to a list item's line,
/// an unclosed fence under it (which ends with the item), then a quote with a comment inside.
/// pandoc reads the quote as one paragraph, the comment inline; so does attest.
#[test]
fn a_quote_after_a_fence_under_a_joined_comment_is_one_paragraph() {
    let text = "- An item with some 7,004 fighters\n<!-- a comment under the item, not indented -->\n  ```\nfig\n\n> A quoted paragraph with some 7,006\n> <!-- a comment inside the quote -->\n> fighters.\n";
    let quote = text.find("> A quoted").expect("the quote");
    let document = syntax::parse(text).document;
    let units: Vec<_> = document.units.iter().filter(|u| u.span.start >= quote).map(|u| u.span).collect();
    assert_eq!(units.len(), 1, "the quote is one paragraph: {units:?}");
    assert!(text[..units[0].end].ends_with("fighters."), "the paragraph runs past the comment: {units:?}");
}
