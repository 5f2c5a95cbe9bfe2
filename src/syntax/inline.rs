//! Inline constructs Pandoc knows and CommonMark does not: bracketed spans `[text]{attrs}`
//! and inline notes `^[text]`.
//!
//! Both scanners work on prose in which code, raw HTML and link destinations may already be
//! blanked out, and both rest on one bracket matcher ([`bracket_pairs`]): `[` and `]` pair up
//! like parentheses, a backslash escapes the next ASCII punctuation character, and a blank line
//! (a paragraph break) closes every open bracket, as in Pandoc.
//!
//! Attributes follow Pandoc's grammar: `{` optional white space, then any number of `#id`,
//! `.class`, `key=value`, `key="quoted value"`, `key='quoted value'` and `-` (the class
//! `unnumbered`), each optionally followed by white space, then `}`. Identifiers, classes and
//! keys start with a letter and go on with letters, digits and `-_:.`. An unquoted value runs
//! to the next white space or `}`. As in Pandoc, `id=x` sets the identifier and `class="a b"`
//! adds classes instead of becoming key-value attributes. Anything else inside the braces means
//! the brackets are not a span.

use crate::text::Span;
use std::collections::BTreeMap;

/// One `key=value` attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attr {
    pub key: String,
    pub value: String,
    /// Span of `key=value`.
    pub span: Span,
    /// Span of the value without quotes.
    pub value_span: Span,
}

/// `[content]{#id .class key=value}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BracketedSpan {
    /// From `[` to `}` inclusive.
    pub span: Span,
    /// Between the brackets.
    pub content: Span,
    /// Between the braces.
    pub attrs_span: Span,
    pub id: Option<String>,
    pub classes: Vec<String>,
    pub attrs: Vec<Attr>,
}

/// `^[content]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlineNote {
    /// From `^` to `]` inclusive.
    pub span: Span,
    /// Between the brackets.
    pub content: Span,
}

/// Finds every bracketed span, outer spans before the spans nested in them.
///
/// A span is a matched `[…]` followed immediately by a valid attribute block `{…}`. Brackets
/// opening a footnote reference (`[^…`) or an inline note (`^[…`) are not spans.
pub fn scan_bracketed_spans(text: &str) -> Vec<BracketedSpan> {
    if memchr::memchr(b'{', text.as_bytes()).is_none() {
        return Vec::new();
    }
    scan_bracketed_spans_with_pairs(text, &bracket_pairs(text))
}

/// [`scan_bracketed_spans`] with the bracket pairs of `text` (from [`bracket_pairs`]) already
/// made.
pub(crate) fn scan_bracketed_spans_with_pairs(text: &str, pairs: &[(usize, usize)]) -> Vec<BracketedSpan> {
    let bytes = text.as_bytes();
    if memchr::memchr(b'{', bytes).is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut memo = ValueMemo::default();
    // Attribute blocks of the spans found so far, by start: brackets inside them are values.
    let mut blocks: BTreeMap<usize, usize> = BTreeMap::new();
    for &(open, close) in pairs {
        if bytes.get(close + 1) != Some(&b'{') || bytes.get(open + 1) == Some(&b'^') {
            continue;
        }
        if blocks.range(..open).next_back().is_some_and(|(_, &end)| open < end) {
            continue;
        }
        if open > 0 && bytes[open - 1] == b'^' && !is_escaped(bytes, open - 1) {
            continue;
        }
        let Some(parsed) = parse_attributes(text, close + 1, &mut memo) else { continue };
        blocks.insert(close + 1, parsed.close);
        out.push(BracketedSpan {
            span: Span::new(open, parsed.close + 1),
            content: Span::new(open + 1, close),
            attrs_span: Span::new(close + 2, parsed.close),
            id: parsed.id,
            classes: parsed.classes,
            attrs: parsed.attrs,
        });
    }
    out
}

/// Finds every inline note `^[…]`, outer notes before the notes nested in them.
///
/// The `^` must not be escaped and the `[` right after it must have a matching `]`. A
/// footnote reference `[^label]` is not an inline note.
pub fn scan_inline_notes(text: &str) -> Vec<InlineNote> {
    if !text.contains("^[") {
        return Vec::new();
    }
    scan_inline_notes_with_pairs(text, &bracket_pairs(text))
}

/// [`scan_inline_notes`] with the bracket pairs of `text` (from [`bracket_pairs`]) already
/// made.
pub(crate) fn scan_inline_notes_with_pairs(text: &str, pairs: &[(usize, usize)]) -> Vec<InlineNote> {
    let bytes = text.as_bytes();
    if !text.contains("^[") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                i += 2;
                continue;
            }
            b'^' if bytes.get(i + 1) == Some(&b'[') => {
                if let Some(close) = pair_close(pairs, i + 1) {
                    out.push(InlineNote { span: Span::new(i, close + 1), content: Span::new(i + 2, close) });
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Matching square brackets as `(open, close)` byte offsets, sorted by `open`.
///
/// Backslash-escaped brackets do not count; a blank line closes every open bracket, so no pair
/// spans a paragraph break. Runs in one pass; the pairs nest properly.
pub(crate) fn bracket_pairs(text: &str) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    if text.as_bytes().contains(&b'[') {
        bracket_pairs_into(text, &mut pairs);
    }
    pairs
}

/// A stack of offsets that allocates only when more than 16 are open at once: the open
/// brackets of one unit of prose, kept for each unit of a report.
#[derive(Default)]
pub(crate) struct OffsetStack {
    small: [usize; 16],
    len: usize,
    /// The offsets past the first 16.
    spill: Vec<usize>,
}

impl OffsetStack {
    pub(crate) fn push(&mut self, offset: usize) {
        match self.small.get_mut(self.len) {
            Some(slot) => *slot = offset,
            None => self.spill.push(offset),
        }
        self.len += 1;
    }

    pub(crate) fn pop(&mut self) -> Option<usize> {
        self.len = self.len.checked_sub(1)?;
        if self.len < self.small.len() { Some(self.small[self.len]) } else { self.spill.pop() }
    }

    pub(crate) fn last(&self) -> Option<usize> {
        let top = self.len.checked_sub(1)?;
        if top < self.small.len() { Some(self.small[top]) } else { self.spill.last().copied() }
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub(crate) fn clear(&mut self) {
        self.len = 0;
        self.spill.clear();
    }
}

/// [`bracket_pairs`] into `pairs`, which must be empty.
pub(crate) fn bracket_pairs_into(text: &str, pairs: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut stack = OffsetStack::default();
    // Before the first `[` nothing can pair: start there, or right after it when a backslash
    // escapes it (an odd run of backslashes before it).
    let Some(first) = memchr::memchr(b'[', bytes) else { return };
    let mut i = if is_escaped(bytes, first) { first + 1 } else { first };
    while i < bytes.len() {
        i = find_any(bytes, i, [b'\\', b'[', b']', b'\n']);
        if i == bytes.len() {
            break;
        }
        match bytes[i] {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                i += 2;
                continue;
            }
            b'[' => stack.push(i),
            b']' => {
                if let Some(open) = stack.pop() {
                    pairs.push((open, i));
                }
            }
            b'\n' if !stack.is_empty() => {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                    j += 1;
                }
                if j < bytes.len() && bytes[j] == b'\n' {
                    stack.clear();
                }
            }
            _ => {}
        }
        i += 1;
    }
    pairs.sort_unstable();
}

/// Eight `1` bytes, and eight bytes with only the high bit set: for handling eight bytes of
/// text at once in a `u64` (here, in the figure lexer and in the likelihood scan).
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// Of eight bytes read as a little-endian `u64`, those that are ASCII letters, each marked by
/// its high bit.
#[inline]
pub(crate) fn ascii_letters(word: u64) -> u64 {
    // Folded to lowercase with the high bits cleared, every byte is below 0x80, so no sum
    // below carries into the next byte: the high bit of `x + (0x80 - lo)` says `x >= lo`.
    let folded = (word & !HIGH) | (0x20 * ONES);
    let from_a = folded + (0x80 - u64::from(b'a')) * ONES;
    let past_z = folded + (0x80 - u64::from(b'z') - 1) * ONES;
    from_a & !past_z & !word & HIGH
}

/// The first offset at or after `i` whose byte is one of `needles`, or `bytes.len()`.
///
/// Reads eight bytes at a time: a byte equal to a needle is a zero byte of the word XORed
/// with that needle repeated, and `(x - 0x01…) & !x & 0x80…` flags zero bytes. A borrow can
/// only flag bytes after a real zero byte, so the lowest flag is the first match.
pub(crate) fn find_any<const N: usize>(bytes: &[u8], mut i: usize, needles: [u8; N]) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else { break };
        let word = u64::from_le_bytes(chunk);
        let mut hits = 0;
        for needle in needles {
            let x = word ^ (ONES * u64::from(needle));
            hits |= x.wrapping_sub(ONES) & !x & HIGH;
        }
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && !needles.contains(&bytes[i]) {
        i += 1;
    }
    i.min(bytes.len())
}

/// The `]` matching the `[` at `open`, from pairs made by [`bracket_pairs`].
pub(crate) fn pair_close(pairs: &[(usize, usize)], open: usize) -> Option<usize> {
    pairs.binary_search_by_key(&open, |&(o, _)| o).ok().map(|i| pairs[i].1)
}

/// Whether the byte at `pos` is preceded by an odd number of backslashes.
pub(crate) fn is_escaped(bytes: &[u8], pos: usize) -> bool {
    let run = bytes[..pos.min(bytes.len())].iter().rev().take_while(|&&b| b == b'\\').count();
    run % 2 == 1
}

pub(super) struct ParsedAttrs {
    /// Offset of the closing `}`.
    pub(super) close: usize,
    pub(super) id: Option<String>,
    pub(super) classes: Vec<String>,
    attrs: Vec<Attr>,
}

/// Parses the attribute block opening at `open` (a `{`), as after a bracketed span: for the
/// attributes of a fenced div.
pub(super) fn parse_block_attributes(text: &str, open: usize) -> Option<ParsedAttrs> {
    parse_attributes(text, open, &mut ValueMemo::default())
}

/// Remembers the last unquoted-value scan, so that attribute blocks nested in one long unquoted
/// value (`[a]{k=[a]{k=[a]{k=…`) do not rescan it again and again.
#[derive(Default)]
struct ValueMemo {
    start: usize,
    end: usize,
}

/// One attribute as found, before any text is copied.
enum RawAttr {
    Id(Span),
    Class(Span),
    Unnumbered,
    /// `key=value`: the key, the value without quotes and the end of the attribute.
    KeyValue(Span, Span, usize),
}

/// Parses the attribute block opening at `open` (a `{`). Nothing is copied until the block is
/// known to be valid, so failed attempts cost only the scan.
fn parse_attributes(text: &str, open: usize, memo: &mut ValueMemo) -> Option<ParsedAttrs> {
    let bytes = text.as_bytes();
    let mut raw = Vec::new();
    let mut p = skip_spnl(bytes, open + 1)?;
    let close = loop {
        match *bytes.get(p)? {
            b'}' => break p,
            b'#' => {
                let end = identifier_end(text, p + 1)?;
                raw.push(RawAttr::Id(Span::new(p + 1, end)));
                p = end;
            }
            b'.' => {
                let end = identifier_end(text, p + 1)?;
                raw.push(RawAttr::Class(Span::new(p + 1, end)));
                p = end;
            }
            b'-' => {
                raw.push(RawAttr::Unnumbered);
                p += 1;
            }
            _ => {
                let key_end = identifier_end(text, p)?;
                if bytes.get(key_end) != Some(&b'=') {
                    return None;
                }
                let (value, end) = attribute_value(text, key_end + 1, memo);
                raw.push(RawAttr::KeyValue(Span::new(p, key_end), value, end));
                p = end;
            }
        }
        p = skip_spnl(bytes, p)?;
    };
    let mut parsed = ParsedAttrs { close, id: None, classes: Vec::new(), attrs: Vec::new() };
    for attr in raw {
        match attr {
            RawAttr::Id(span) => parsed.id = Some(span.slice(text).to_string()),
            RawAttr::Class(span) => parsed.classes.push(span.slice(text).to_string()),
            RawAttr::Unnumbered => parsed.classes.push("unnumbered".to_string()),
            RawAttr::KeyValue(key, value_span, end) => {
                let value = unescape(value_span.slice(text));
                match key.slice(text) {
                    "id" => parsed.id = Some(value),
                    "class" => parsed.classes.extend(value.split_whitespace().map(str::to_string)),
                    k => parsed.attrs.push(Attr {
                        key: k.to_string(),
                        value,
                        span: Span::new(key.start, end),
                        value_span,
                    }),
                }
            }
        }
    }
    Some(parsed)
}

/// Skips spaces, tabs and at most one line break; `None` at a blank line.
fn skip_spnl(bytes: &[u8], mut p: usize) -> Option<usize> {
    let mut newlines = 0;
    while let Some(&b) = bytes.get(p) {
        match b {
            b' ' | b'\t' | b'\r' => {}
            b'\n' => {
                newlines += 1;
                if newlines > 1 {
                    return None;
                }
            }
            _ => break,
        }
        p += 1;
    }
    Some(p)
}

/// End of a Pandoc identifier starting at `p`: a letter, then letters, digits and `-_:.`.
fn identifier_end(text: &str, p: usize) -> Option<usize> {
    let rest = text.get(p..)?;
    let mut chars = rest.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let mut end = p + first.len_utf8();
    for (i, c) in chars {
        if c.is_alphanumeric() || matches!(c, '-' | '_' | ':' | '.') {
            end = p + i + c.len_utf8();
        } else {
            break;
        }
    }
    Some(end)
}

/// Parses a value starting at `p` (right after `=`): returns the span of the value without
/// quotes and the end of the attribute.
fn attribute_value(text: &str, p: usize, memo: &mut ValueMemo) -> (Span, usize) {
    let bytes = text.as_bytes();
    if let Some(&q @ (b'"' | b'\'')) = bytes.get(p) {
        // `""` and `''` are empty values.
        if bytes.get(p + 1) == Some(&q) {
            return (Span::at(p + 1), p + 2);
        }
        let starts_with_space =
            text.get(p + 1..).and_then(|r| r.chars().next()).is_none_or(char::is_whitespace);
        if !starts_with_space && let Some(close) = quoted_end(bytes, p + 1, q) {
            return (Span::new(p + 1, close), close + 1);
        }
    }
    let end = if memo.start <= p && p <= memo.end && memo.end > 0 {
        memo.end
    } else {
        let end = unquoted_end(bytes, p);
        *memo = ValueMemo { start: p, end };
        end
    };
    (Span::new(p, end), end)
}

/// Offset of the closing quote `q` of a quoted value whose first character is at `p`; `None`
/// when a blank line or the end of the text comes first.
fn quoted_end(bytes: &[u8], mut p: usize, q: u8) -> Option<usize> {
    while let Some(&b) = bytes.get(p) {
        if b == b'\\' && bytes.get(p + 1).is_some_and(u8::is_ascii_punctuation) {
            p += 2;
            continue;
        }
        if b == q {
            return Some(p);
        }
        if b == b'\n' {
            let mut j = p + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                return None;
            }
        }
        p += 1;
    }
    None
}

/// End of an unquoted value starting at `p`: the next unescaped white space or `}`.
fn unquoted_end(bytes: &[u8], mut p: usize) -> usize {
    while let Some(&b) = bytes.get(p) {
        match b {
            b'\\' if bytes.get(p + 1).is_some_and(u8::is_ascii_punctuation) => p += 2,
            b' ' | b'\t' | b'\n' | b'\r' | b'}' => break,
            _ => p += 1,
        }
    }
    p.min(bytes.len())
}

/// Removes backslash escapes from ASCII punctuation.
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&next) = chars.peek()
            && next.is_ascii_punctuation()
        {
            out.push(next);
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_any_finds_the_first_needle() {
        let text = "abcdefghij[klmnopqrstu\\vw]xyz é ü @";
        let bytes = text.as_bytes();
        for start in 0..=bytes.len() {
            let expected = (start..bytes.len())
                .find(|&k| matches!(bytes[k], b'[' | b']' | b'\\' | b'@' | 0xC3))
                .unwrap_or(bytes.len());
            assert_eq!(find_any(bytes, start, [b'[', b']', b'\\', b'@', 0xC3]), expected, "from {start}");
        }
        assert_eq!(find_any(b"", 0, [b'x']), 0);
        assert_eq!(find_any(&[0x80, 0x01, 0x00, 0xFF, 0x7F, 0x81, 0x02, 0x01, 0x00], 0, [0x00]), 2);
        assert_eq!(find_any(&[0x01; 20], 3, [0x00, 0xFF]), 20);
    }
    use proptest::prelude::*;

    /// Expected span: (text under the span, content, id, classes, [(key, value)]).
    type Expected<'a> = (&'a str, &'a str, Option<&'a str>, &'a [&'a str], &'a [(&'a str, &'a str)]);

    fn check_spans(text: &str, expected: &[Expected]) {
        let got = scan_bracketed_spans(text);
        let got: Vec<_> = got
            .iter()
            .map(|s| {
                (
                    s.span.slice(text).to_string(),
                    s.content.slice(text).to_string(),
                    s.id.clone(),
                    s.classes.clone(),
                    s.attrs.iter().map(|a| (a.key.clone(), a.value.clone())).collect::<Vec<_>>(),
                )
            })
            .collect();
        let want: Vec<_> = expected
            .iter()
            .map(|(span, content, id, classes, attrs)| {
                (
                    span.to_string(),
                    content.to_string(),
                    id.map(str::to_string),
                    classes.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
                    attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>(),
                )
            })
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn bracketed_spans() {
        let cases: &[(&str, &[Expected])] = &[
            ("[text]{.c}", &[("[text]{.c}", "text", None, &["c"], &[])]),
            ("a [b]{#x} c", &[("[b]{#x}", "b", Some("x"), &[], &[])]),
            (
                "[about 3,000 [@mfa]]{qty=iskp}",
                &[("[about 3,000 [@mfa]]{qty=iskp}", "about 3,000 [@mfa]", None, &[], &[("qty", "iskp")])],
            ),
            (
                r#"[x]{#id .a .b key=value key2="quoted value"}"#,
                &[(
                    r#"[x]{#id .a .b key=value key2="quoted value"}"#,
                    "x",
                    Some("id"),
                    &["a", "b"],
                    &[("key", "value"), ("key2", "quoted value")],
                )],
            ),
            ("[x]{k='single q'}", &[("[x]{k='single q'}", "x", None, &[], &[("k", "single q")])]),
            ("[x]{k=\"\"}", &[("[x]{k=\"\"}", "x", None, &[], &[("k", "")])]),
            ("[x]{ .a\n  .b }", &[("[x]{ .a\n  .b }", "x", None, &["a", "b"], &[])]),
            ("[x]{.a#b}", &[("[x]{.a#b}", "x", Some("b"), &["a"], &[])]),
            ("[x]{id=y class=\"p q\"}", &[("[x]{id=y class=\"p q\"}", "x", Some("y"), &["p", "q"], &[])]),
            ("[x]{-}", &[("[x]{-}", "x", None, &["unnumbered"], &[])]),
            ("[x]{}", &[("[x]{}", "x", None, &[], &[])]),
            ("[x]{k=a\\}b}", &[("[x]{k=a\\}b}", "x", None, &[], &[("k", "a}b")])]),
            (
                "[x]{k=\"a \\\"q\\\" b\"}",
                &[("[x]{k=\"a \\\"q\\\" b\"}", "x", None, &[], &[("k", "a \"q\" b")])],
            ),
            // Unclosed quote: Pandoc falls back to an unquoted value.
            ("[x]{k=\"abc}", &[("[x]{k=\"abc}", "x", None, &[], &[("k", "\"abc")])]),
            (
                "[outer [inner]{.i} text]{.o}",
                &[
                    ("[outer [inner]{.i} text]{.o}", "outer [inner]{.i} text", None, &["o"], &[]),
                    ("[inner]{.i}", "inner", None, &["i"], &[]),
                ],
            ),
            ("[a [b] c]{.x}", &[("[a [b] c]{.x}", "a [b] c", None, &["x"], &[])]),
            ("[ü]{.ä}", &[("[ü]{.ä}", "ü", None, &["ä"], &[])]),
            // Brackets inside an attribute value are part of the value.
            ("[x]{k=\"[y]{.c}\"}", &[("[x]{k=\"[y]{.c}\"}", "x", None, &[], &[("k", "[y]{.c}")])]),
            ("[x]{k=[y]{.c}}", &[("[x]{k=[y]{.c}", "x", None, &[], &[("k", "[y]{.c")])]),
            // Not spans.
            ("[x] {.c}", &[]),
            ("[x]{.c", &[]),
            ("[x]{=html}", &[]),
            ("[x]{1}", &[]),
            ("[x]{.c !}", &[]),
            ("[x]{k}", &[]),
            ("[x]{k=\" v\"}", &[]),
            ("[x]{.c\n\n}", &[]),
            ("\\[x]{.c}", &[]),
            ("[x\\]{.c}", &[]),
            ("^[note]{.c}", &[]),
            ("[^1]{.c}", &[]),
            ("[x](url){.c}", &[]),
            ("{.c}", &[]),
            ("[x]", &[]),
        ];
        for (text, expected) in cases {
            check_spans(text, expected);
        }
    }

    #[test]
    fn span_attr_spans() {
        let text = r#"[x]{#i k=v q="a b"}"#;
        let spans = scan_bracketed_spans(text);
        assert_eq!(spans.len(), 1);
        let s = &spans[0];
        assert_eq!(s.attrs_span.slice(text), r#"#i k=v q="a b""#);
        assert_eq!(s.attrs[0].span.slice(text), "k=v");
        assert_eq!(s.attrs[0].value_span.slice(text), "v");
        assert_eq!(s.attrs[1].span.slice(text), r#"q="a b""#);
        assert_eq!(s.attrs[1].value_span.slice(text), "a b");
    }

    fn check_notes(text: &str, expected: &[(&str, &str)]) {
        let got: Vec<_> = scan_inline_notes(text)
            .iter()
            .map(|n| (n.span.slice(text).to_string(), n.content.slice(text).to_string()))
            .collect();
        let want: Vec<_> = expected.iter().map(|(s, c)| (s.to_string(), c.to_string())).collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn inline_notes() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Text.^[A note.] More.", &[("^[A note.]", "A note.")]),
            ("x^[see @a, p. 4] y", &[("^[see @a, p. 4]", "see @a, p. 4")]),
            (
                "x^[with [brackets] and [@cite]]",
                &[("^[with [brackets] and [@cite]]", "with [brackets] and [@cite]")],
            ),
            ("^[outer ^[inner]]", &[("^[outer ^[inner]]", "outer ^[inner]"), ("^[inner]", "inner")]),
            ("^[]", &[("^[]", "")]),
            ("^[ü]", &[("^[ü]", "ü")]),
            ("x^[a \\] b]", &[("^[a \\] b]", "a \\] b")]),
            ("x^[line\none]", &[("^[line\none]", "line\none")]),
            // Not notes.
            ("x^2 and ^ [a]", &[]),
            ("a footnote[^1] here", &[]),
            ("\\^[not a note]", &[]),
            ("^[unclosed", &[]),
            ("^[across\n\nparagraphs]", &[]),
            ("^", &[]),
            ("[^", &[]),
        ];
        for (text, expected) in cases {
            check_notes(text, expected);
        }
    }

    #[test]
    fn brackets_pair_up() {
        assert_eq!(bracket_pairs("[a [b] c]"), vec![(0, 8), (3, 5)]);
        assert_eq!(bracket_pairs("[[[["), vec![]);
        assert_eq!(bracket_pairs("]]]["), vec![]);
        assert_eq!(bracket_pairs("[[a]"), vec![(1, 3)]);
        assert_eq!(bracket_pairs("\\[a]"), vec![]);
        assert_eq!(bracket_pairs("\\\\[a]"), vec![(2, 4)]);
        assert_eq!(bracket_pairs("[a\n\nb]"), vec![]);
        assert_eq!(bracket_pairs("[a\nb]"), vec![(0, 4)]);
    }

    #[test]
    fn pathological_input_is_linear() {
        let n = 200_000;
        for unit in ["[", "]", "[a]{", "^[", "[x]{k=", "[x]{k=\"", "{", "[]{.a ", "\\"] {
            let text = unit.repeat(n / unit.len());
            let _ = scan_bracketed_spans(&text);
            let _ = scan_inline_notes(&text);
        }
        let nested = format!("{}x{}", "[".repeat(n / 2), "]{.c}".repeat(n / 10));
        let _ = scan_bracketed_spans(&nested);
        let nested_notes = format!("{}x{}", "^[".repeat(n / 4), "]".repeat(n / 4));
        assert_eq!(scan_inline_notes(&nested_notes).len(), n / 4);
    }

    proptest! {
        #[test]
        fn spans_never_panic_and_stay_in_bounds(text in "([\\[\\]{}^#.=\"'\\\\ a-zé@;\n-]|ü|€){0,80}") {
            for s in scan_bracketed_spans(&text) {
                for span in [s.span, s.content, s.attrs_span] {
                    prop_assert!(span.start <= span.end && span.end <= text.len());
                    prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                }
                prop_assert!(s.span.covers(s.content) && s.span.covers(s.attrs_span));
                for a in &s.attrs {
                    prop_assert!(s.attrs_span.covers(a.span) && a.span.covers(a.value_span));
                    prop_assert!(text.is_char_boundary(a.value_span.start) && text.is_char_boundary(a.value_span.end));
                }
            }
            for n in scan_inline_notes(&text) {
                prop_assert!(n.span.end <= text.len() && n.span.covers(n.content));
                prop_assert!(text.is_char_boundary(n.content.start) && text.is_char_boundary(n.content.end));
                prop_assert_eq!(&text[n.span.start..n.span.start + 2], "^[");
            }
        }

        #[test]
        fn arbitrary_strings_never_panic(text in any::<String>()) {
            let _ = scan_bracketed_spans(&text);
            let _ = scan_inline_notes(&text);
        }
    }
}
