//! The position index agrees with the rope: random texts in every script and with every kind
//! of line break, random offsets and random positions (past the end included), in UTF-8,
//! UTF-16 and UTF-32. And `LineIndex` gives the lines of a plain scan for `\n`.

mod common;

use attest::lsp::convert::{self, Encoding, FileText};
use attest::lsp::positions::Positions;
use attest::syntax::TextEdit;
use attest::text::{LineCol, LineIndex, Span};
use common::floor_boundary;
use proptest::prelude::*;
use ropey::Rope;
use tower_lsp_server::ls_types as lsp;

/// Text from pieces that stress every encoding: ASCII, Latin with combining marks, emoji
/// (surrogate pairs in UTF-16, with ZWJ sequences), CJK, Cyrillic, every kind of line break,
/// and now and then a run long enough to cross the rope's chunks or to be a long line.
fn text_strategy() -> impl Strategy<Value = String> {
    let short = prop::sample::select(vec![
        "a",
        "Z",
        " ",
        "1",
        ".",
        "é",
        "e\u{301}",
        "a\u{308}\u{323}",
        "🚀",
        "👩\u{200d}👩\u{200d}👧",
        "報",
        "告",
        "ж",
        "Ё",
        "ت",
        "\n",
        "\r\n",
        "\r",
        "\r\r\n",
        "\n\r",
        "\t",
        "\u{feff}",
    ])
    .prop_map(str::to_string);
    let long =
        (prop::sample::select(vec!["a", "ж", "報", "🚀", "e\u{301}", "ab\r\n", "ж\r", "x\n"]), 1usize..1500)
            .prop_map(|(piece, n)| piece.repeat(n));
    let piece = prop_oneof![40 => short, 1 => long];
    prop::collection::vec(piece, 0..80).prop_map(|p| p.concat())
}

fn encoding_strategy() -> impl Strategy<Value = Encoding> {
    prop::sample::select(vec![Encoding::Utf8, Encoding::Utf16, Encoding::Utf32])
}

/// The text as a rope built from the pieces of `cuts` (character boundaries), one insert at a
/// time: other chunk boundaries than `Rope::from_str` gives, `\r\n` split between chunks too.
fn rope_in_pieces(text: &str, cuts: &[prop::sample::Index]) -> Rope {
    let mut at: Vec<usize> = cuts.iter().map(|i| floor_boundary(text, i.index(text.len() + 1))).collect();
    at.push(text.len());
    at.sort_unstable();
    let mut rope = Rope::new();
    let mut from = 0;
    for to in at {
        rope.insert(rope.len_chars(), &text[from..to]);
        from = to;
    }
    rope
}

/// The longest line in units of any encoding (its bytes).
fn longest_line(rope: &Rope) -> usize {
    rope.lines().map(|l| l.len_bytes()).max().unwrap_or(0)
}

fn check_agrees(
    rope: &Rope,
    positions: &Positions,
    offsets: &[usize],
    encoding: Encoding,
) -> Result<(), TestCaseError> {
    let len = rope.len_bytes();
    prop_assert_eq!(positions.len(), len);
    prop_assert_eq!(positions.line_count(), rope.len_lines());
    for line in 0..rope.len_lines() {
        prop_assert_eq!(positions.line_start(line), Some(rope.line_to_byte(line)));
    }
    prop_assert_eq!(positions.line_start(rope.len_lines()), None);
    // Every offset of a short text, else the sampled ones, and some past the end.
    let all: Vec<usize> = if len <= 600 { (0..=len + 2).collect() } else { offsets.to_vec() };
    for &offset in &all {
        let expected = convert::position(rope, offset, encoding);
        prop_assert_eq!(positions.position(rope, offset, encoding), expected, "offset {}", offset);
        prop_assert_eq!(positions.line_of(offset), rope.byte_to_line(offset.min(len)), "line of {}", offset);
    }
    Ok(())
}

fn check_offsets(
    rope: &Rope,
    positions: &Positions,
    sampled: &[(u32, u32)],
    encoding: Encoding,
) -> Result<(), TestCaseError> {
    let lines = rope.len_lines() as u32;
    let longest = longest_line(rope) as u32;
    let mut wanted: Vec<(u32, u32)> = sampled.to_vec();
    if lines <= 8 && longest <= 40 {
        for line in 0..lines + 2 {
            for character in 0..longest + 3 {
                wanted.push((line, character));
            }
        }
    }
    for (line, character) in wanted {
        let pos = lsp::Position::new(line, character);
        prop_assert_eq!(
            positions.offset(rope, pos, encoding),
            convert::offset(rope, pos, encoding),
            "{:?}",
            pos
        );
        prop_assert_eq!(
            positions.offset_clamped(rope, pos, encoding),
            convert::offset_clamped(rope, pos, encoding),
            "{:?}",
            pos
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn positions_agree_with_the_rope(
        text in text_strategy(),
        encoding in encoding_strategy(),
        offsets in prop::collection::vec(any::<prop::sample::Index>(), 0..200),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..6),
    ) {
        let len = text.len();
        let offsets: Vec<usize> = offsets.iter().map(|i| i.index(len + 4)).collect();
        for rope in [Rope::from_str(&text), rope_in_pieces(&text, &cuts)] {
            let from_rope = Positions::of_rope(&rope);
            check_agrees(&rope, &from_rope, &offsets, encoding)?;
            check_agrees(&rope, &Positions::new(&text), &offsets, encoding)?;
        }
    }

    #[test]
    fn offsets_agree_with_the_rope(
        text in text_strategy(),
        encoding in encoding_strategy(),
        positions in prop::collection::vec((0u32..40, 0u32..5000), 0..100),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..6),
    ) {
        let lines = text.matches(['\n', '\r']).count() as u32 + 1;
        // Lines near the end, and columns spread over short and long lines.
        let sampled: Vec<(u32, u32)> =
            positions.iter().map(|&(line, character)| (line % (lines + 2), character)).collect();
        for rope in [Rope::from_str(&text), rope_in_pieces(&text, &cuts)] {
            let index = Positions::of_rope(&rope);
            check_offsets(&rope, &index, &sampled, encoding)?;
        }
    }

    #[test]
    fn file_ranges_and_spans_agree_with_the_rope(
        text in text_strategy(),
        encoding in encoding_strategy(),
        spans in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>()), 1..40),
        ranges in prop::collection::vec(((0u32..12, 0u32..60), (0u32..12, 0u32..60)), 1..40),
    ) {
        let file = FileText::new(None, Rope::from_str(&text));
        for (a, b) in spans {
            let span = Span::new(a.index(text.len() + 2), b.index(text.len() + 2));
            prop_assert_eq!(file.range(span, encoding), convert::range(&file.rope, span, encoding));
        }
        for (start, end) in ranges {
            let range = lsp::Range::new(lsp::Position::new(start.0, start.1), lsp::Position::new(end.0, end.1));
            prop_assert_eq!(file.span(range, encoding), convert::span(&file.rope, range, encoding));
        }
    }

    #[test]
    fn line_index_finds_every_line_feed(text in text_strategy(), offsets in prop::collection::vec(any::<prop::sample::Index>(), 0..100)) {
        let index = LineIndex::new(&text);
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        prop_assert_eq!(index.line_count(), starts.len());
        for (line, &start) in starts.iter().enumerate() {
            prop_assert_eq!(index.line_start(line), Some(start));
        }
        prop_assert_eq!(index.line_start(starts.len()), None);
        for offset in offsets.iter().map(|i| i.index(text.len() + 3)) {
            let line = starts.partition_point(|&s| s <= offset.min(text.len())) - 1;
            prop_assert_eq!(index.line_of(offset), line);
            let clamped = offset.min(text.len());
            let column = text.as_bytes()[starts[line]..clamped].iter().filter(|&&b| (b & 0xC0) != 0x80).count();
            prop_assert_eq!(index.line_col(&text, offset), LineCol { line: line + 1, column: column + 1 });
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The index of an edited text, updated around the edit, is the index built from scratch
    /// (the position index and the line index):
    /// for any replacement, line breaks typed or deleted next to `\r` included, and for edits
    /// given wider than the bytes that changed.
    #[test]
    fn an_edited_index_equals_a_new_one(
        text in text_strategy(),
        inserted in text_strategy(),
        a in any::<prop::sample::Index>(),
        b in any::<prop::sample::Index>(),
        widen in 0usize..3,
    ) {
        let (x, y) = (floor_boundary(&text, a.index(text.len() + 1)), floor_boundary(&text, b.index(text.len() + 1)));
        let (start, old_end) = (x.min(y), x.max(y));
        let inserted: String = inserted.chars().take(12).collect();
        let new = format!("{}{inserted}{}", &text[..start], &text[old_end..]);
        let exact = TextEdit { start, old_end, new_end: start + inserted.len() };
        prop_assert_eq!(Positions::new(&text).edited(&new, exact), Positions::new(&new));
        // The same change, said to reach further on both sides.
        let start = floor_boundary(&text, start.saturating_sub(widen)).min(start);
        let start = (0..=start).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let grow = (old_end..=text.len()).filter(|&i| text.is_char_boundary(i)).nth(widen).unwrap_or(text.len());
        let wide = TextEdit { start, old_end: grow, new_end: grow + new.len() - text.len() };
        prop_assert_eq!(Positions::new(&text).edited(&new, wide), Positions::new(&new));
        prop_assert_eq!(Positions::new(&text).edited(&new, TextEdit::between(&text, &new)), Positions::new(&new));
        // And the line index of the core.
        let lines = |e: TextEdit| LineIndex::new(&text).edited(&new, e.start, e.old_end, e.new_end);
        prop_assert_eq!(lines(exact), LineIndex::new(&new));
        prop_assert_eq!(lines(wide), LineIndex::new(&new));
    }
}

#[test]
fn positions_of_an_empty_text() {
    let rope = Rope::new();
    let index = Positions::of_rope(&rope);
    assert_eq!((index.line_count(), index.len(), index.is_empty()), (1, 0, true));
    assert_eq!(index.position(&rope, 5, Encoding::Utf16), lsp::Position::new(0, 0));
    assert_eq!(index.offset(&rope, lsp::Position::new(0, 3), Encoding::Utf16), Some(0));
    assert_eq!(index.offset(&rope, lsp::Position::new(1, 0), Encoding::Utf16), None);
}

#[test]
fn a_crlf_split_between_chunks_is_one_line_break() {
    let whole = Positions::new("ab\r\ncd\rж\r\n");
    let split = Positions::from_chunks(["ab\r", "\ncd\r", "", "ж\r", "\n"]);
    for index in [&whole, &split] {
        assert_eq!(index.line_count(), 4);
        let lines: Vec<_> = (0..4).map(|l| (index.line_start(l), index.line_end(l))).collect();
        assert_eq!(lines, [(Some(0), Some(2)), (Some(4), Some(6)), (Some(7), Some(9)), (Some(11), Some(11))]);
    }
}
