//! Pandoc's fenced divs: `::: {.assessment}` … `:::`.
//!
//! CommonMark does not know them: pulldown-cmark reads a fence line as text, and joins it to
//! the paragraph before or after it, so that a sentence outside a div would share a scope with
//! one inside it. attest finds the fences first (this module), and pulldown-cmark reads the
//! text with every fence line blanked: a line of spaces, which is a blank line to it, as the
//! fence is a block boundary to pandoc. Offsets are unchanged.
//!
//! What pandoc reads as a fence, and so what is read here (pandoc 2.17, tested against it):
//!
//! - An opening fence is a line starting at its first column with three colons or more, then
//!   an attribute block (`{#id .class key=value}`, which may run on to a second line) or one
//!   word (`::: warning`, a class), then optionally more colons. It opens a div only after a
//!   blank line, a heading, another fence or a closing code fence, or at the start of the
//!   body: inside a paragraph it is text, also after an HTML comment on a line right under
//!   the paragraph's text (pandoc reads the comment inside the paragraph).
//! - A closing fence is a line of three colons or more and nothing else; it closes the
//!   innermost open div, even inside a paragraph. With no div open it is text.
//! - An opening fence that no closing fence matches is text, and what follows it is read again
//!   (pandoc backtracks): a fence right after it continues its paragraph, and a closing fence
//!   further on may close an outer div.
//! - Nothing inside a fenced code block is a fence.
//!
//! - In a block quote, the fence is what follows the quote markers (`> ::: note`); a div
//!   opened inside a block quote closes inside it (a closing fence on a line continuing the
//!   quote's paragraph lazily counts, as in pandoc), and is text when the quote ends first.
//!   Its attributes must end on the fence's line.
//!
//! Indented fences (in list items) are not read: their lines stay text, as before. Nor are code
//! blocks inside block quotes known here (a `:::` line in one would be read as a fence).

use crate::text::Span;

/// A fenced div.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Div {
    /// From the opening fence's first colon to the closing fence's line end.
    pub span: Span,
    /// The opening fence line (without its line break).
    pub open: Span,
    /// The closing fence line (without its line break).
    pub close: Span,
    pub id: Option<String>,
    pub classes: Vec<String>,
}

impl Div {
    /// Marked `.assessment`: the figures inside are the author's own estimate.
    pub fn is_assessment(&self) -> bool {
        self.classes.iter().any(|c| c == "assessment")
    }
}

/// The fenced divs of `text[start..end]`, in the order they open, and the offsets of opening
/// fences with no closing fence (text, as pandoc reads them). A line that starts at `start`
/// is the first line of a body or a section: nothing before it holds a div open.
pub fn fenced_divs(text: &str, start: usize, end: usize) -> (Vec<Div>, Vec<usize>) {
    // Almost every report has no fence at all: one search decides.
    if memchr::memmem::find(&text.as_bytes()[start..end], b":::").is_none() {
        return (Vec::new(), Vec::new());
    }
    // pandoc reads an opening fence that nothing closes as a line of text, and reads what
    // follows it again: a fence right after it continues its paragraph, and a closing fence
    // further on may close an outer div. The fences left open are nested in one another, and
    // pandoc gives up on the innermost first: read again with it as text until none is left
    // open (once or twice outside contrived texts; past 8 times, all of them at once: each
    // time reads the whole text again).
    let mut text_lines = Vec::new();
    loop {
        let (divs, mut unclosed) = scan(text, start, end, &text_lines);
        if unclosed.is_empty() {
            return (divs, text_lines);
        }
        if text_lines.len() >= 8 {
            text_lines.append(&mut unclosed);
            text_lines.sort_unstable();
            let (divs, _) = scan(text, start, end, &text_lines);
            return (divs, text_lines);
        }
        text_lines.extend(unclosed.pop());
        text_lines.sort_unstable();
    }
}

/// One reading of the fences of `text[start..end]`, with the opening fences at `text_lines`
/// read as text: the divs, and the opening fences left open.
fn scan(text: &str, start: usize, end: usize, text_lines: &[usize]) -> (Vec<Div>, Vec<usize>) {
    let mut divs = Vec::new();
    // Open fences: the opening line, its attributes and the block quote depth it stands at.
    let mut open: Vec<(Span, Option<String>, Vec<String>, usize)> = Vec::new();
    let mut unclosed = Vec::new();
    let mut verbatim = Verbatim::default();
    // The previous line ended a block: a fence may open here.
    let mut after_block = true;
    // The previous line was paragraph text: a line with fewer quote markers after it
    // continues the paragraph inside the block quote (a lazy continuation line).
    let mut after_text = false;
    // Where reading goes on: past an attribute block that runs on to a second line.
    let mut resume = start;
    // The lines of an HTML comment that opened right under a line of text: pandoc reads it
    // inside that paragraph, which runs on past it (no fence opens right after it).
    let mut comment_in_text = false;
    // The previous line was a pipe or grid table's row or border, which a comment does not
    // continue.
    let mut after_table = false;
    for span in lines(text, start, end) {
        if span.start < resume {
            continue;
        }
        let line = span.slice(text);
        let opening = !verbatim.is_open();
        if verbatim.skips(line) {
            if opening {
                comment_in_text = after_text && !after_table && line.trim_start().starts_with("<!--");
            }
            after_block = !comment_in_text;
            after_text = comment_in_text;
            continue;
        }
        after_table = line.trim_start().starts_with(['|', '+']);
        // Inside block quotes, the fence is the text after the markers.
        let (mut depth, prefix) = quote_prefix(line);
        let (at, line) = (span.start + prefix, &line[prefix..]);
        let inner = open.last().map_or(0, |o| o.3);
        if depth < inner {
            if after_text && !line.trim().is_empty() {
                depth = inner;
            } else {
                // The block quote ended: the divs opened inside it stay open, and are text.
                while open.last().is_some_and(|o| o.3 > depth) {
                    unclosed.extend(open.pop().map(|o| o.0.start));
                }
            }
        }
        let colons = line.bytes().take_while(|&b| b == b':').count();
        let mut fence = false;
        if colons >= 3 {
            let rest = &line[colons..];
            if rest.trim().is_empty() {
                if open.last().is_some_and(|o| o.3 == depth)
                    && let Some((opening, id, classes, _)) = open.pop()
                {
                    let close = Span::new(at, at + line.len());
                    divs.push(Div {
                        span: Span::new(opening.start, close.end),
                        open: opening,
                        close,
                        id,
                        classes,
                    });
                    fence = true;
                }
            } else if after_block
                && text_lines.binary_search(&at).is_err()
                && let Some((id, classes, fence_end)) = attributes(text, at + colons, end)
                // In a block quote, the attributes end on the fence's line.
                && (depth == 0 || fence_end <= at + line.len())
            {
                let fence_end = fence_end.min(end);
                open.push((Span::new(at, fence_end), id, classes, depth));
                fence = true;
                resume = fence_end + 1;
            }
        }
        let blank = line.trim().is_empty();
        after_block = fence || blank || is_heading(line);
        after_text = !after_block;
    }
    unclosed.extend(open.iter().map(|(line, ..)| line.start));
    unclosed.sort_unstable();
    divs.sort_by_key(|d| d.span.start);
    (divs, unclosed)
}

/// The block quote markers a line starts with (`> `, `>`, after up to three spaces, repeated):
/// how many, and the length of the prefix they make.
fn quote_prefix(line: &str) -> (usize, usize) {
    let bytes = line.as_bytes();
    let (mut depth, mut at) = (0, 0);
    loop {
        let spaces = bytes[at..].iter().take_while(|&&b| b == b' ').count();
        if spaces > 3 || bytes.get(at + spaces) != Some(&b'>') {
            return (depth, at);
        }
        at += spaces + 1;
        if bytes.get(at) == Some(&b' ') {
            at += 1;
        }
        depth += 1;
    }
}

/// Fenced code blocks and HTML comments, read line by line: no fence or metadata block starts
/// inside one.
///
/// A code block opens only at a fence at the start of a line. An indented fence is left alone:
/// it usually stands in a list item, whose code block ends with the item, at the first line
/// that is not indented, which is the only kind of line a fence or metadata block starts on
/// (pulldown-cmark, which knows the containers, decides where blocks are; this scan must not
/// see a code block run on where pulldown-cmark does not).
#[derive(Default)]
pub(super) struct Verbatim {
    code: Option<(u8, usize)>,
    comment: bool,
}

impl Verbatim {
    /// Inside a code block or an HTML comment.
    pub(super) fn is_open(&self) -> bool {
        self.code.is_some() || self.comment
    }

    /// Whether the next line, `line`, opens, closes or stands inside a code block or an HTML
    /// comment.
    pub(super) fn skips(&mut self, line: &str) -> bool {
        if let Some((fence, len)) = self.code {
            if code_fence(line).is_some_and(|(c, n, rest)| c == fence && n >= len && rest.trim().is_empty()) {
                self.code = None;
            }
            return true;
        }
        if self.comment {
            self.comment = !line.contains("-->");
            return true;
        }
        if let Some((c, n, _)) = code_fence(line).filter(|_| !line.starts_with(' ')) {
            self.code = Some((c, n));
            return true;
        }
        let trimmed = line.trim_start_matches(' ');
        if line.len() - trimmed.len() <= 3
            && let Some(rest) = trimmed.strip_prefix("<!--")
        {
            self.comment = !rest.contains("-->");
            return true;
        }
        false
    }
}

/// The code fence a line starts with (after up to three spaces): its character, its length
/// and the rest of the line.
fn code_fence(line: &str) -> Option<(u8, usize, &str)> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let c = *trimmed.as_bytes().first()?;
    if c != b'`' && c != b'~' {
        return None;
    }
    let n = trimmed.bytes().take_while(|&b| b == c).count();
    let rest = &trimmed[n..];
    // A backtick fence's info string holds no backtick.
    (n >= 3 && !(c == b'`' && rest.contains('`'))).then_some((c, n, rest))
}

/// An ATX heading line (at most three spaces, one to six `#`, then a blank or the end).
pub(super) fn is_heading(line: &str) -> bool {
    let trimmed = line.trim_start_matches(' ');
    line.len() - trimmed.len() <= 3 && super::splice::is_atx(trimmed)
}

/// The lines of `text[from..end]`, each without its line break (`\n` or `\r\n`).
pub(super) fn lines(text: &str, from: usize, end: usize) -> impl Iterator<Item = Span> + '_ {
    let bytes = &text.as_bytes()[..end];
    let mut at = from;
    std::iter::from_fn(move || {
        (at < end).then(|| {
            let line_end = memchr::memchr(b'\n', &bytes[at..]).map_or(end, |i| at + i);
            let line = Span::new(at, at + text[at..line_end].trim_end_matches('\r').len());
            at = line_end + 1;
            line
        })
    })
}

/// The attributes of an opening fence whose colons end at `p`: an attribute block or one
/// word, then optionally colons, then the line's end. Returns the id, the classes and where
/// the fence's last line ends.
fn attributes(text: &str, p: usize, end: usize) -> Option<(Option<String>, Vec<String>, usize)> {
    let bytes = &text.as_bytes()[..end];
    let mut p = p;
    while matches!(bytes.get(p), Some(b' ' | b'\t')) {
        p += 1;
    }
    let (id, classes, mut p) = if bytes.get(p) == Some(&b'{') {
        let attrs = super::inline::parse_block_attributes(&text[..end], p)?;
        (attrs.id, attrs.classes, attrs.close + 1)
    } else {
        let word_end = bytes[p..].iter().position(|b| b.is_ascii_whitespace()).map_or(end, |i| p + i);
        if word_end == p {
            return None;
        }
        (None, vec![text[p..word_end].to_string()], word_end)
    };
    while matches!(bytes.get(p), Some(b' ' | b'\t')) {
        p += 1;
    }
    while bytes.get(p) == Some(&b':') {
        p += 1;
    }
    while matches!(bytes.get(p), Some(b' ' | b'\t' | b'\r')) {
        p += 1;
    }
    matches!(bytes.get(p), None | Some(b'\n')).then_some((id, classes, p))
}

/// The fence lines of `divs`.
pub(super) fn fence_lines(divs: &[Div]) -> impl Iterator<Item = Span> + '_ {
    divs.iter().flat_map(|d| [d.open, d.close])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The classes of each div read from `text`, in order, and how many fences stay open.
    fn check(text: &str) -> (Vec<String>, usize) {
        let (divs, unclosed) = fenced_divs(text, 0, text.len());
        for d in &divs {
            assert!(d.open.slice(text).starts_with(":::"), "{text:?}: {d:?}");
            assert!(d.close.slice(text).trim_end().bytes().all(|b| b == b':'), "{text:?}: {d:?}");
        }
        (divs.iter().map(|d| d.classes.join(" ")).collect(), unclosed.len())
    }

    #[test]
    fn fences_as_pandoc_reads_them() {
        let cases: &[(&str, &[&str], usize)] = &[
            ("::: note\ntext\n:::\n", &["note"], 0),
            (":::warning\ntext\n:::", &["warning"], 0),
            (":::: {#kj .assessment .a} ::::\ntext\n:::\n", &["assessment a"], 0),
            ("::: {.a}:::\ntext\n:::   \n", &["a"], 0),
            ("::: {.a\n.b}\ntext\n:::\n", &["a b"], 0),
            ("::: {.a}\r\ntext\r\n:::\r\n", &["a"], 0),
            // Nested, outer first; a closing fence closes the innermost.
            (":::: outer\n::: inner\ntext\n:::\nmore\n::::\n", &["outer", "inner"], 0),
            // After a heading or a closing fence, no blank line is needed.
            ("# Head\n::: a\nx\n:::\n::: b\ny\n:::\n", &["a", "b"], 0),
            // Inside a paragraph an opening fence is text; a closing one closes.
            ("Para\n::: note\ntext\n:::\n", &[], 0),
            ("::: a\npara\n:::\nafter\n", &["a"], 0),
            // Not attributes: two words, nothing, a broken block.
            ("::: a b\ntext\n:::\n", &[], 0),
            ("::: {.a\n\n.b}\ntext\n:::\n", &[], 0),
            // Indented fences and fences in code are text.
            ("  ::: a\n  text\n  :::\n", &[], 0),
            ("::: a\n```\n:::\n```\ntext\n:::\n", &["a"], 0),
            ("~~~~\n::: a\n~~~\n:::\n~~~~\n", &[], 0),
            // Nor in an HTML comment.
            ("<!--\n\n::: a\nx\n:::\n\n-->\n::: b\ny\n:::\n", &["b"], 0),
            // A fence indented in a list item opens no code block that runs past the item.
            ("- item\n\n  ```\n  code\n\n::: a\ntext\n:::\n", &["a"], 0),
            // Unclosed: text.
            ("::: a\ntext\n", &[], 1),
            // ... and what follows it is read again: here a paragraph of four lines.
            (":::: a\n::: b\nx\n:::\n", &[], 1),
            ("::: a\n\n:::: b\n::: c\nx\n:::\n", &["a"], 1),
            (":::: a\n\n::: b\nx\n:::\n", &["b"], 1),
            // In block quotes, as pandoc reads them.
            ("> ::: note\n> text\n> :::\n", &["note"], 0),
            (">::: note\n>text\n>:::\n", &["note"], 0),
            ("   > ::: a\n   > x\n   > :::\n", &["a"], 0),
            ("> > ::: a\n> > x\n> > :::\n", &["a"], 0),
            ("> ::: a\n> x\n>\n> :::\n\nafter\n", &["a"], 0),
            ("> ::: a\n> > x\n> :::\n", &["a"], 0),
            ("> :::: a\n> ::: b\n> x\n> :::\n> ::::\n", &["a", "b"], 0),
            ("::: a\n> quoted\n:::\n", &["a"], 0),
            // A closing fence continuing the quote's paragraph lazily closes its div.
            ("> ::: a\n> x\n:::\n", &["a"], 0),
            // The quote ends first: the div is text; a fence after a paragraph is text.
            ("> ::: note\n> text\n\n:::\n", &[], 1),
            ("> text\n> ::: a\n> x\n> :::\n", &[], 0),
            // A stray closing fence is text.
            (":::\ntext\n", &[], 0),
            ("no fence at all: a::b", &[], 0),
        ];
        for &(text, classes, unclosed) in cases {
            let want: Vec<String> = classes.iter().map(|c| c.to_string()).collect();
            assert_eq!(check(text), (want, unclosed), "{text:?}");
        }
    }

    /// Many fences left open: all of them text, after a bounded number of readings.
    #[test]
    fn many_unclosed_fences_are_text() {
        let text = "::: a\n\nSome 5 words.\n\n".repeat(200);
        let (divs, unclosed) = fenced_divs(&text, 0, text.len());
        assert!(divs.is_empty());
        assert_eq!(unclosed.len(), 200);
        let closed = format!("{text}:::\n");
        assert_eq!(fenced_divs(&closed, 0, closed.len()).0.len(), 1, "the last fence closes the innermost");
    }

    #[test]
    fn blanked_fences_keep_offsets_and_line_breaks() {
        let text = "Intro.\n\n::: {.assessment title=\"é\"}\r\nSome 40.\n:::\nAfter.\n";
        let (divs, _) = fenced_divs(text, 0, text.len());
        let fences: Vec<Span> = fence_lines(&divs).collect();
        let blanked = crate::syntax::blank_lines(text, &fences);
        assert_eq!(blanked.len(), text.len());
        let fence = " ".repeat("::: {.assessment title=\"é\"}".len());
        assert_eq!(blanked, format!("Intro.\n\n{fence}\r\nSome 40.\n   \nAfter.\n"));
    }
}
