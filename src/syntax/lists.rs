//! pandoc's fancy list markers, which CommonMark does not know: `a)`, `a.`, `(a)`, `A)`,
//! `(A)`, `A.` with two spaces after it, roman numerals (`i.`, `(ii)`, `IV)`), `(1)`, `#.` and
//! example lists (`(@)`, `@label.`).
//!
//! pulldown-cmark reads such a marker as text: the items of a list written with them run
//! together into one paragraph, so that one item's citation sourced the next item's figures,
//! and `(1)` was read as a figure. attest finds the markers pandoc reads as list items
//! ([`rewrite_markers`]) and rewrites each, in the text pulldown-cmark reads, as a CommonMark
//! marker of the same length: digits ending in `1`, then `.` or `)` (`(a)` becomes `01)`), so
//! that the item's text starts in the same column and offsets are unchanged.
//!
//! Where pandoc reads a marker as an item (pandoc 2.17, compared on
//! `tests/fixtures/lists.md`): at the start of a paragraph (after a blank line, a heading or
//! another block, also in a block quote, a footnote or a list item), and at the start of a
//! line that continues a paragraph which is itself a list item or stands in one. In a
//! paragraph outside any list, a line starting with a marker is text: pandoc does not let a
//! list interrupt a paragraph. A single capital letter with a full stop (`A.`, `I.`) is a
//! marker only with two spaces or a tab after it, so that initials (`J. Smith`) stay text.
//! Markers longer than ten bytes (a long example label) are left as text.

use pulldown_cmark::{Event, Parser, Tag};

use super::table::{self, Multiline};
use crate::text::Span;

/// The longest marker rewritten: nine digits and a delimiter, the most CommonMark reads.
const LONGEST: usize = 10;

/// The fancy list marker `text` starts with, as pandoc reads one: its length and its
/// delimiter, `.` or `)` (`(a)` ends with `)`). `None` for anything else, and for the
/// markers CommonMark reads itself (digits before `.` or `)`).
pub(super) fn fancy_marker(text: &[u8]) -> Option<(usize, u8)> {
    // `p.`, one blank and a digit is a page (`p. 18`), never a marker, as in pandoc.
    if let [b'p', b'.', b' ' | b'\t', d, ..] = text
        && d.is_ascii_digit()
    {
        return None;
    }
    let parens = text.first() == Some(&b'(');
    let start = usize::from(parens);
    let rest = &text[start..];
    let value = match *rest.first()? {
        b'#' => 1,
        b'@' => {
            1 + rest[1..].iter().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')).count()
        }
        b'0'..=b'9' if parens => {
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > 9 {
                return None;
            }
            digits
        }
        b if b.is_ascii_alphabetic() => {
            let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            if letters > 1 && !is_roman(&rest[..letters]) {
                return None;
            }
            letters
        }
        _ => return None,
    };
    let end = start + value;
    let delimiter = match (text.get(end), parens) {
        (Some(b')'), _) => b')',
        (Some(b'.'), false) => b'.',
        _ => return None,
    };
    let len = end + 1;
    let after = &text[len..];
    let spaced = match after.first() {
        None | Some(b'\n' | b'\r' | b'\t') => true,
        Some(b' ') => {
            // `A.` (and `I.`) need two spaces: `J. Smith` is a name.
            let capital = !parens && value == 1 && delimiter == b'.' && text[start].is_ascii_uppercase();
            !capital || matches!(after.get(1), Some(b' ' | b'\t'))
        }
        _ => false,
    };
    (spaced && len <= LONGEST).then_some((len, delimiter))
}

/// A roman numeral pandoc reads in a list marker: one case, in order, each digit as often as
/// roman numerals allow (`iv`, `xii`, `MCM`).
fn is_roman(letters: &[u8]) -> bool {
    let lower = letters[0].is_ascii_lowercase();
    let digit = |b: u8| if lower { b.to_ascii_uppercase() } else { b };
    if letters.iter().any(|b| b.is_ascii_lowercase() != lower) {
        return false;
    }
    let upper: Vec<u8> = letters.iter().map(|&b| digit(b)).collect();
    // Thousands, hundreds, tens and units, each one of the forms it may take.
    let mut at = 0;
    for (one, five, ten) in [(b'M', 0, 0), (b'C', b'D', b'M'), (b'X', b'L', b'C'), (b'I', b'V', b'X')] {
        let rest = &upper[at..];
        let forms: &[&[u8]] = if five == 0 {
            &[b"MMMM", b"MMM", b"MM", b"M"]
        } else {
            &[
                &[one, ten],
                &[one, five],
                &[five, one, one, one],
                &[five, one, one],
                &[five, one],
                &[five],
                &[one, one, one],
                &[one, one],
                &[one],
            ]
        };
        if let Some(form) = forms.iter().find(|f| rest.starts_with(f)) {
            at += form.len();
        }
    }
    at == upper.len() && at > 0
}

/// Whether a line may start a fancy list item: after blanks, block quote markers, the colon of
/// a definition, a footnote's label (`[^1]: a) first`) and up to two list markers, a fancy
/// marker. The quick test before [`fancy_markers`] reads the text.
fn may_hold_marker(line: &[u8]) -> bool {
    let mut at = 0;
    let indent = line.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'>')).count();
    if line[indent..].starts_with(b"[^")
        && let Some(close) = line[indent..].windows(2).position(|w| w == b"]:")
    {
        at = indent + close + 2;
    }
    let skip = |at: &mut usize| {
        while line.get(*at).is_some_and(|b| matches!(b, b' ' | b'\t' | b'>' | b':')) {
            *at += 1;
        }
    };
    for _ in 0..3 {
        skip(&mut at);
        if fancy_marker(&line[at..]).is_some() {
            return true;
        }
        // A bullet or a CommonMark number and a blank: a nested marker may follow.
        let digits = line[at..].iter().take_while(|b| b.is_ascii_digit()).count();
        let marker = match line.get(at + digits) {
            Some(b'-' | b'*' | b'+') if digits == 0 => 1,
            Some(b'.' | b')') if digits > 0 => digits + 1,
            _ => return false,
        };
        if !matches!(line.get(at + marker), Some(b' ' | b'\t')) {
            return false;
        }
        at += marker;
    }
    false
}

/// Whether some line of `text[from..]` may start a fancy list item: the quick test before
/// [`rewrite_markers`].
pub(super) fn may_hold_markers(text: &[u8], from: usize) -> bool {
    text[from..].split(|&b| b == b'\n').any(may_hold_marker)
}

/// Rewrites the fancy list markers of `text[from..]` that pandoc reads as list items (see the
/// module documentation) as CommonMark markers of the same length (see [`rewrite`]). They are
/// found with pulldown-cmark on the text as it will be read, rewritten, and looked for again:
/// a marker rewritten may put the lines after it in a list item, where markers start items
/// too. Returns how many were rewritten.
pub(super) fn rewrite_markers(text: &mut [u8], from: usize, tables: &[Multiline]) -> usize {
    let mut count = 0;
    // Each round reads the whole text again; past a few rounds (a contrived text), stop.
    for _ in 0..8 {
        let found = markers_in(text, from, tables);
        if found.is_empty() {
            break;
        }
        for &marker in &found {
            rewrite(text, marker);
        }
        count += found.len();
    }
    count
}

/// Writes a CommonMark ordered-list marker of the same length over the fancy marker at
/// `marker`: digits ending in `1` (a list starting at 1 may interrupt a paragraph), then the
/// delimiter.
fn rewrite(text: &mut [u8], marker: Span) {
    let delimiter = if text[marker.end - 1] == b'.' { b'.' } else { b')' };
    text[marker.start..marker.end - 2].fill(b'0');
    text[marker.end - 2] = b'1';
    text[marker.end - 1] = delimiter;
}

/// One reading of `text[from..]`: the fancy markers that start a paragraph or a list item's
/// text, or a line continuing a paragraph in a list item or a paragraph that starts with one.
/// Not in the rows of a pandoc table that pulldown-cmark reads as paragraphs: a simple table's,
/// or those of the multiline `tables`.
fn markers_in(text: &[u8], from: usize, tables: &[Multiline]) -> Vec<Span> {
    let Ok(whole) = std::str::from_utf8(text) else { return Vec::new() };
    let body = &whole[from..];
    let bytes = body.as_bytes();
    let in_table = |at: usize| {
        let i = tables.partition_point(|t| t.span.start <= from + at);
        (i > 0 && from + at < tables[i - 1].span.end) || table::starts_simple_table(whole, from + at)
    };
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Block {
        /// A paragraph, and whether a marker at the start of its lines starts an item: it
        /// stands in a list item, or starts with a marker itself.
        Paragraph {
            listy: bool,
        },
        Item,
        Other,
    }
    let mut out = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    // The next inline event starts a paragraph or an item's text, or a line after a soft break.
    let (mut first, mut after_break) = (false, false);
    let check = |at: usize, out: &mut Vec<Span>| {
        let (len, _) = fancy_marker(&bytes[at..])?;
        out.push(Span::new(from + at, from + at + len));
        Some(())
    };
    for (event, range) in Parser::new_ext(body, super::markdown_options()).into_offset_iter() {
        let inline = match &event {
            Event::Start(tag) => super::is_inline(tag),
            Event::End(tag) => super::is_inline_end(*tag),
            Event::Html(_) | Event::Rule => false,
            Event::SoftBreak | Event::HardBreak => {
                after_break = true;
                first = false;
                continue;
            }
            _ => true,
        };
        if !inline {
            match event {
                Event::Start(tag) => {
                    let in_item = blocks.contains(&Block::Item);
                    blocks.push(match tag {
                        Tag::Paragraph => Block::Paragraph { listy: in_item },
                        Tag::Item => Block::Item,
                        _ => Block::Other,
                    });
                    first = matches!(tag, Tag::Paragraph | Tag::Item);
                }
                Event::End(_) => {
                    blocks.pop();
                    first = false;
                }
                _ => first = false,
            }
            after_break = false;
            continue;
        }
        if first {
            let table = in_table(range.start);
            let item = !table && check(range.start, &mut out).is_some();
            if let Some(Block::Paragraph { listy }) = blocks.last_mut() {
                *listy = item || (*listy && !table);
            }
        } else if after_break && matches!(blocks.last(), Some(Block::Paragraph { listy: true } | Block::Item))
        {
            check(range.start, &mut out);
        }
        first = false;
        after_break = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_read_as_pandoc_reads_them() {
        fn marker(s: &str) -> Option<(&str, char)> {
            fancy_marker(s.as_bytes()).map(|(len, d)| (&s[..len], d as char))
        }
        for (text, want) in [
            ("a) one", Some(("a)", ')'))),
            ("a. one", Some(("a.", '.'))),
            ("(a) one", Some(("(a)", ')'))),
            ("(1) one", Some(("(1)", ')'))),
            ("(10)\tone", Some(("(10)", ')'))),
            ("iv) four", Some(("iv)", ')'))),
            ("(xii) twelve", Some(("(xii)", ')'))),
            ("II. Next", Some(("II.", '.'))),
            ("A) one", Some(("A)", ')'))),
            ("A.  Smith", Some(("A.", '.'))),
            ("#. one", Some(("#.", '.'))),
            ("(@) one", Some(("(@)", ')'))),
            ("@good. one", Some(("@good.", '.'))),
            ("a)", Some(("a)", ')'))),
            ("A. Smith", None),
            ("I. Introduction", None),
            ("ic) no", None),
            ("aa) no", None),
            ("1. CommonMark's own", None),
            ("2) CommonMark's own", None),
            ("b)two", None),
            ("i.e. no", None),
            ("(a no", None),
            ("(@a-very-long-label) no", None),
            ("p. 18], a page", None),
            ("p.\t18", None),
            ("p.  18 two spaces", Some(("p.", '.'))),
            ("p. x", Some(("p.", '.'))),
            ("p) 18", Some(("p)", ')'))),
        ] {
            assert_eq!(marker(text), want, "{text:?}");
        }
    }

    /// A definition's text may open with a marker: the quick test lets it through.
    #[test]
    fn markers_after_a_definition_colon() {
        assert!(may_hold_markers(b"Term\n\n: a) first\n", 0));
        assert!(may_hold_markers(b":a) :: x\n", 0));
        assert!(!may_hold_markers(b"Note: a) is text\n", 0));
        let doc = crate::syntax::parse("Term\n\n: a) Some 5,000 fighters fled\n").document;
        assert!(doc.units.iter().any(|u| u.kind == crate::syntax::UnitKind::ListItem), "{:?}", doc.units);
    }

    /// So may a footnote's: pandoc reads `[^2]: @f1.  text` as an example list in the note,
    /// whether or not the report holds any other fancy marker.
    #[test]
    fn markers_after_a_footnote_label() {
        assert!(may_hold_markers(b"[^two]: @f1.  [ch. 4] writes this.\n", 0));
        assert!(may_hold_markers(b"> [^1]: a) first\n", 0));
        assert!(!may_hold_markers(b"[^1]: text a) no\n", 0));
        let doc = crate::syntax::parse("A note[^2].\n\n[^2]: @f1.  [ch. 4] writes this.\n").document;
        assert!(doc.units.iter().any(|u| u.kind == crate::syntax::UnitKind::ListItem), "{:?}", doc.units);
    }

    #[test]
    fn roman_numerals() {
        for good in ["i", "ii", "iii", "iv", "v", "ix", "xiv", "xl", "MCMXCIX", "MMXXVI"] {
            assert!(is_roman(good.as_bytes()), "{good}");
        }
        for bad in ["ic", "iiii", "vv", "iV", "xxxx", "ab"] {
            assert!(!is_roman(bad.as_bytes()), "{bad}");
        }
    }
}
