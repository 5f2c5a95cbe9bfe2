//! YAML metadata blocks after the front matter, as pandoc reads them.
//!
//! pandoc reads a metadata block anywhere in a document: a line `---` after a blank line,
//! followed by a line that is not blank, and everything up to the next line `---` or `...`.
//! When that text is a YAML mapping (or holds nothing but comments) it is metadata, merged into
//! the front matter, and none of it is shown; when it is other YAML (a plain line of text, a
//! list) pandoc reads the lines as Markdown (a horizontal rule, a table; attest looks for the
//! next block after the closing line, as such a table may run on past it); when it is not
//! YAML at all, pandoc stops with an error and renders nothing.
//!
//! attest reads metadata only from the front matter at the top of the report (see
//! docs/markup.md). It finds these blocks so that it reads no prose from lines pandoc does
//! not show (pulldown-cmark reads them as blank lines) and reports both kinds
//! (`invalid-front-matter`): a horizontal rule written `---` right above a line of text with a
//! colon, with another `---` further on, is a classic way to lose a paragraph.

use super::frontmatter::{Spanned, field, scalar};
use super::yaml::{self, Node, Value};
use crate::text::Span;

/// A metadata block in the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetadataBlock {
    /// From the opening `---` to the end of the closing line (without its line break).
    pub span: Span,
    /// The opening line.
    pub open: Span,
    /// The text between the delimiter lines.
    pub yaml: Span,
    /// Why pandoc cannot read it, when it cannot: the error's span and message.
    pub error: Option<(Span, String)>,
    /// The `id`s of the items of its `references:`, which pandoc reads and attest does not.
    pub reference_ids: Vec<Spanned>,
}

/// The `id`s of the items of the `references:` of a block's root mapping.
fn reference_ids(root: &Node) -> Vec<Spanned> {
    let Some(Value::List(items)) = root.get("references").map(|r| &r.value) else { return Vec::new() };
    items.iter().filter_map(|item| field(item, "id")).filter_map(|(_, id)| scalar(id)).collect()
}

/// The metadata blocks of `text[start..end]` that pandoc reads as metadata or stops on, and
/// the opening lines of blocks that nothing closes there (a later `---` could close them).
pub fn metadata_blocks(text: &str, start: usize, end: usize) -> (Vec<MetadataBlock>, Vec<usize>) {
    if !may_open(text, start, end) {
        return (Vec::new(), Vec::new());
    }
    let (mut blocks, mut unclosed) = (Vec::new(), Vec::new());
    for (line, close) in candidates(text, start, end, end) {
        let Some(close) = close else {
            unclosed.push(line.start);
            continue;
        };
        let yaml_span = Span::new(line.end + line_break(text, line.end), close.start);
        let parsed = yaml::parse(yaml_span.slice(text), yaml_span.start);
        let error = match (parsed.documents.first(), parsed.errors.first()) {
            (None, Some(e)) => Some((e.span, e.message.clone())),
            _ => None,
        };
        // Other YAML is Markdown to pandoc, often a multiline table running past the closing
        // line (`---`, rows, `---`): nothing in it opens a block here either.
        let root = parsed.documents.first();
        let markdown = root.is_some_and(|d| !d.is_null() && !matches!(d.value, Value::Map(_)));
        if !markdown {
            blocks.push(MetadataBlock {
                span: Span::new(line.start, close.end),
                open: line,
                yaml: yaml_span,
                error,
                reference_ids: root.map(reference_ids).unwrap_or_default(),
            });
        }
    }
    (blocks, unclosed)
}

/// Whether a block opened in `text[start..at]` is closed at or after `at`: whatever it is
/// (metadata, or Markdown that pandoc shows), text from `at` on decides how it reads.
pub fn closed_across(text: &str, start: usize, at: usize) -> bool {
    if !may_open(text, start, at) {
        return false;
    }
    candidates(text, start, at, text.len()).iter().any(|(_, close)| close.is_some_and(|c| c.end > at))
}

/// Whether `text[start..open_end]` has a line that may open a block (see [`candidates`]): a
/// line `---` right after a blank line and before a line that is not blank. A cheap look at
/// the bytes around each `\n---`, so that the line-by-line reading runs only where there is
/// one: the language server asks at every edit, and a thematic break or a simple table's
/// dash line is no such line.
fn may_open(text: &str, start: usize, open_end: usize) -> bool {
    let bytes = text.as_bytes();
    let blank = |b: &[u8]| b.iter().all(u8::is_ascii_whitespace);
    memchr::memmem::find_iter(&bytes[start..open_end], b"\n---").any(|p| {
        let p = start + p;
        let line_end = memchr::memchr(b'\n', &bytes[p + 1..]).map_or(bytes.len(), |i| p + 1 + i);
        let previous_start = memchr::memrchr(b'\n', &bytes[start..p]).map_or(start, |i| start + i + 1);
        let next_end = memchr::memchr(b'\n', &bytes[(line_end + 1).min(bytes.len())..])
            .map_or(bytes.len(), |i| line_end + 1 + i);
        blank(&bytes[p + 4..line_end])
            && blank(&bytes[previous_start..p])
            && line_end < bytes.len()
            && !blank(&bytes[line_end + 1..next_end])
    })
}

/// The length of the line break at `at` (`\r\n` or `\n`; 0 at the end of the text).
fn line_break(text: &str, at: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(0, |i| i + 1)
}

/// The blocks pandoc may read as metadata: each line `---` in `text[start..open_end]` after a
/// blank line and before a line that is not blank, with the line `---` or `...` that closes
/// it before `end`, if any. Reading goes on after each closing line.
fn candidates(text: &str, start: usize, open_end: usize, end: usize) -> Vec<(Span, Option<Span>)> {
    let mut out = Vec::new();
    let mut verbatim = super::div::Verbatim::default();
    let mut after_blank = false;
    let mut rest = super::div::lines(text, start, open_end).peekable();
    while let Some(line) = rest.next() {
        let s = line.slice(text);
        if verbatim.skips(s) {
            after_blank = false;
            continue;
        }
        // The line after may lie past `end`: a section read on its own is followed by the next
        // section's heading, or by a sentinel heading standing in for it.
        // The next line starts after this one's line break (`\r\n` or `\n`).
        let next = memchr::memchr(b'\n', &text.as_bytes()[line.end..]).map(|i| line.end + i + 1);
        let opens = after_blank
            && s.trim_end() == "---"
            && next.is_some_and(|n| {
                super::div::lines(text, n, text.len())
                    .next()
                    .is_some_and(|l| !l.slice(text).trim().is_empty())
            });
        after_blank = s.trim().is_empty();
        let (true, Some(next)) = (opens, next) else { continue };
        let close =
            super::div::lines(text, next, end).find(|l| matches!(l.slice(text).trim_end(), "---" | "..."));
        out.push((line, close));
        if let Some(close) = close {
            // Reading goes on after the closing line.
            while rest.peek().is_some_and(|l| l.start <= close.start) {
                rest.next();
            }
            after_blank = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick look finds every line that may open a block, and passes over thematic
    /// breaks with a blank line after them and simple tables' dash lines.
    #[test]
    fn only_lines_that_may_open_a_block_are_read_line_by_line() {
        let opens = |text: &str| may_open(text, 0, text.len());
        assert!(opens("Text.\n\n---\ntitle: x\n---\n"));
        assert!(opens("Text.\n\n--- \r\nx\n"));
        assert!(!opens("Text.\n\n---\n\nMore text.\n"));
        assert!(!opens("Text.\n---\ntitle: x\n"));
        assert!(!opens("Text.\n\n------ ----\nA      5\n"));
        assert!(!opens("Text.\n\n---"));
        // Wherever it says no, reading line by line finds nothing either.
        for text in ["Text.\n\n---\n\nMore.\n", "A\n---\nb: c\n---\n", "x\n\n------\ny\n"] {
            assert!(!opens(text));
            assert!(candidates(text, 0, text.len(), text.len()).is_empty(), "{text:?}");
        }
    }

    /// The blocks of `text` (after its first line, as a body after a front matter), each as
    /// its YAML text and whether pandoc stops on it, and how many `---` lines stay open.
    fn check(text: &str) -> (Vec<(&str, bool)>, usize) {
        let (blocks, unclosed) = metadata_blocks(text, 0, text.len());
        for b in &blocks {
            assert_eq!(b.open.slice(text), "---", "{text:?}");
            assert!(b.span.covers(b.yaml), "{text:?}");
        }
        (blocks.iter().map(|b| (b.yaml.slice(text), b.error.is_some())).collect(), unclosed.len())
    }

    /// A text, its blocks (YAML text, whether pandoc stops on it) and how many stay open.
    type Case = (&'static str, &'static [(&'static str, bool)], usize);

    #[test]
    fn blocks_as_pandoc_reads_them() {
        let cases: &[Case] = &[
            ("T.\n\n---\nkey: v\n---\n\nM.\n", &[("key: v\n", false)], 0),
            ("T.\n\n---\nkey: v\n...\n", &[("key: v\n", false)], 0),
            ("T.\n\n---\r\nkey: v\r\n---\r\n", &[("key: v\r\n", false)], 0),
            // Blank lines inside, comments only: still metadata.
            ("T.\n\n---\nk: v\n\nk2: w\n---\n", &[("k: v\n\nk2: w\n", false)], 0),
            ("T.\n\n---\n# a comment\n---\n", &[("# a comment\n", false)], 0),
            // A line of prose with a colon is a mapping.
            (
                "T.\n\n---\nOfficials said: 5,000 fled\n\n---\n",
                &[("Officials said: 5,000 fled\n\n", false)],
                0,
            ),
            // Not YAML: pandoc stops.
            ("T.\n\n---\nNote: this is: bad\n---\n", &[("Note: this is: bad\n", true)], 0),
            // Other YAML is Markdown: a rule, a table, which may run on past the closing line.
            ("T.\n\n---\nplain words\n---\n\nM.\n", &[], 0),
            ("T.\n\n---\n- a\n- b\n---\n", &[], 0),
            ("T.\n\n---\nplain words\n\n---\nk: v\n---\n", &[], 0),
            ("T.\n\n---\nplain words\n---\n\n---\nk: v\n---\n", &[("k: v\n", false)], 0),
            // No blank line before, a blank line after, nothing after, not three dashes alone.
            ("T.\n---\nk: v\n---\n", &[], 0),
            ("T.\n\n---\n\nk: v\n---\n", &[], 0),
            ("T.\n\n---", &[], 0),
            ("T.\n\n----\nk: v\n---\n", &[], 0),
            ("T.\n\n --- \nk: v\n---\n", &[], 0),
            // Never closed.
            ("T.\n\n---\nk: v\n", &[], 1),
            // In a fenced code block.
            ("T.\n\n```\n\n---\nk: v\n---\n```\n", &[], 0),
            // In an HTML comment.
            ("T.\n\n<!-- draft\n\n---\nk: v\n---\n\n-->\n", &[], 0),
            ("- T.\n\n  ```\n  code\n\n---\nk: v\n---\n", &[("k: v\n", false)], 0),
            ("no dashes at all", &[], 0),
        ];
        for &(text, blocks, unclosed) in cases {
            assert_eq!(check(text), (blocks.to_vec(), unclosed), "{text:?}");
        }
    }
}
