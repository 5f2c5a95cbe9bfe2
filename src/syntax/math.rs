//! Dollar signs as pandoc reads them.
//!
//! pulldown-cmark and pandoc pair `$` signs for TeX math almost alike: an opening `$` not
//! followed by white space, closed by the next `$`, which must not stand after white space
//! (a `$` after white space in between ends the attempt). pandoc adds a rule for prices: a
//! closing `$` right before a digit closes nothing. The opening `$` is then text, and pandoc
//! goes on reading after it, where the closing `$` may open math of its own. pandoc also
//! refuses an opening `$` before any white space, a no-break space included.
//!
//! So `US$5 to US$7` and `$3,000-$4,000` are math to pulldown-cmark and text to pandoc.
//! [`pandoc_events`] corrects pulldown-cmark's events: a run of inline content (the text of a
//! paragraph, heading, table cell or tight list item) in which it read inline math that pandoc
//! does not is read again, with the signs pandoc reads as text made inert, so that what pandoc
//! reads there (prices, emphasis, links, footnote markers, code, other math) is what attest
//! reads. Math can swallow the closing bracket of a link or the closing marker of emphasis
//! opened before it, so the whole run is read again, not only what follows the math.

use super::{is_note_label, markdown_options};
use pulldown_cmark::{BrokenLink, CowStr, Event, LinkType, Parser, Tag, TagEnd};
use std::collections::VecDeque;
use std::ops::Range;

/// What a `$` pandoc reads as text is made, in the text read again: a character both read
/// as text, punctuation like `$`, so that emphasis next to it flanks alike.
const INERT: u8 = b'%';

/// Whether pandoc reads the inline math pulldown-cmark found at `range` of `text` (`$…$`,
/// the signs included) as math. Display math (`$$…$$`) has neither of pandoc's rules.
pub fn pandoc_reads_math(text: &str, range: Range<usize>) -> bool {
    let Some(math) = text.get(range.clone()) else { return true };
    let Some(inner) = math.strip_prefix('$').and_then(|m| m.strip_suffix('$')) else { return true };
    if inner.starts_with('$') {
        return true;
    }
    let opens = inner.chars().next().is_some_and(|c| !c.is_whitespace());
    opens && !text.as_bytes().get(range.end).is_some_and(u8::is_ascii_digit)
}

/// Whether the content of inline math reads as prose about money rather than as a formula:
/// it holds a digit and at least two words of two or more letters that are no TeX commands,
/// after an amount ("700 million in 2024 and US"), a currency's letter ("U 58 (about US", as
/// Uruguay writes its peso `$U`) or a sign written after the amount (", soit environ 1,2 G",
/// as Quebec writes `185,4 M$`). A formula (`2 \times 10^6`, `3x + 2y`, `5 \text{ million}`,
/// `p < 0.05 \text{ for all } n`: words in a command's braces do not count) has at most one
/// such word; without a digit, three make prose.
pub fn reads_as_prose(inner: &str) -> bool {
    // (Not the words a TeX command's braces hold: `\text{ for all }`.)
    let outside: std::borrow::Cow<'_, str> = if inner.contains('{') {
        let mut depth = 0usize;
        let mut kept = String::with_capacity(inner.len());
        for c in inner.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ if depth == 0 => kept.push(c),
                _ => kept.push(' '),
            }
        }
        kept.into()
    } else {
        inner.into()
    };
    let words = outside
        .split_whitespace()
        .filter(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':', ')']).trim_start_matches('(');
            w.chars().nth(1).is_some() && w.chars().all(char::is_alphabetic)
        })
        .take(3)
        .count();
    if inner.bytes().any(|b| b.is_ascii_digit()) { words >= 2 } else { words >= 3 }
}

/// pulldown-cmark's events for `text` (`inner`, with their ranges in `text`), with dollar
/// signs read as pandoc reads them (see the module documentation).
pub fn pandoc_events<'a, I>(text: &'a str, inner: I) -> PandocEvents<'a, I>
where
    I: Iterator<Item = (Event<'a>, Range<usize>)>,
{
    // A sign pandoc may refuse: one before a digit as a closing sign (so not after white
    // space, where no sign closes: `$5` in running text is none), or one before white space
    // that is not ASCII (as an opening one).
    let bytes = text.as_bytes();
    let suspects = memchr::memchr_iter(b'$', bytes)
        .filter(|&at| match bytes.get(at + 1) {
            Some(b) if b.is_ascii_digit() => at > 0 && !bytes[at - 1].is_ascii_whitespace(),
            Some(&b) if b >= 0x80 => text[at + 1..].chars().next().is_some_and(char::is_whitespace),
            _ => false,
        })
        .collect();
    PandocEvents { text, inner, suspects, next_suspect: 0, blocks: Vec::new(), queue: VecDeque::new() }
}

/// The iterator of [`pandoc_events`].
pub struct PandocEvents<'a, I> {
    text: &'a str,
    inner: I,
    /// The signs pandoc may refuse, in order: a run holding none is passed on as read.
    suspects: Vec<usize>,
    /// The first suspect not before the last run looked at (runs come in text order).
    next_suspect: usize,
    /// The ends of the blocks open.
    blocks: Vec<usize>,
    queue: VecDeque<(Event<'a>, Range<usize>)>,
}

/// What an event is to a run of inline content.
enum Kind {
    /// Part of the run: text, code, math, inline HTML, footnote markers, breaks.
    Inline,
    /// An inline tag (emphasis, link…) opening or closing.
    Open,
    Close,
    /// A block opening or closing, which ends the run.
    BlockStart,
    BlockEnd,
    /// Anything else, which ends the run too.
    Other,
}

fn kind(event: &Event<'_>) -> Kind {
    match event {
        Event::Start(tag) if is_inline(&tag.to_end()) => Kind::Open,
        Event::End(tag) if is_inline(tag) => Kind::Close,
        Event::Start(_) => Kind::BlockStart,
        Event::End(_) => Kind::BlockEnd,
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineMath(_)
        | Event::DisplayMath(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_)
        | Event::SoftBreak
        | Event::HardBreak => Kind::Inline,
        Event::Html(_) | Event::Rule | Event::TaskListMarker(_) => Kind::Other,
    }
}

impl<'a, I> Iterator for PandocEvents<'a, I>
where
    I: Iterator<Item = (Event<'a>, Range<usize>)>,
{
    type Item = (Event<'a>, Range<usize>);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if let Some(queued) = self.queue.pop_front() {
            return Some(queued);
        }
        let (event, range) = self.inner.next()?;
        match kind(&event) {
            Kind::BlockStart => {
                self.blocks.push(range.end);
                return Some((event, range));
            }
            Kind::BlockEnd => {
                self.blocks.pop();
                return Some((event, range));
            }
            Kind::Other | Kind::Close => return Some((event, range)),
            Kind::Inline | Kind::Open => {}
        }
        // The first event of a run: the run lies in the innermost block.
        let end = self.blocks.last().copied().unwrap_or(self.text.len());
        while self.suspects.get(self.next_suspect).is_some_and(|&at| at < range.start) {
            self.next_suspect += 1;
        }
        if self.suspects.get(self.next_suspect).is_none_or(|&at| at >= end) {
            return Some((event, range));
        }
        // Collect the run: up to the first event that is no part of it.
        let start = range.start;
        let mut run_end = range.end;
        let mut refused =
            matches!(event, Event::InlineMath(_)) && !pandoc_reads_math(self.text, range.clone());
        let mut depth = usize::from(matches!(kind(&event), Kind::Open));
        self.queue.push_back((event, range));
        let mut after = None;
        for (event, range) in self.inner.by_ref() {
            match kind(&event) {
                Kind::Inline => {}
                Kind::Open => depth += 1,
                Kind::Close if depth > 0 => depth -= 1,
                _ => {
                    after = Some((event, range));
                    break;
                }
            }
            refused |= matches!(event, Event::InlineMath(_)) && !pandoc_reads_math(self.text, range.clone());
            run_end = run_end.max(range.end);
            self.queue.push_back((event, range));
        }
        if refused {
            self.queue.clear();
            reread(self.text, start..run_end, &mut self.queue);
        }
        if let Some((event, range)) = after {
            match kind(&event) {
                Kind::BlockStart => self.blocks.push(range.end),
                Kind::BlockEnd => {
                    self.blocks.pop();
                }
                _ => {}
            }
            self.queue.push_back((event, range));
        }
        self.queue.pop_front()
    }
}

/// Inline tags: emphasis, strikethrough, scripts, links and images.
pub(crate) fn is_inline(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// The `$` signs of `text` in `run` (a run of inline content) that pandoc reads as text
/// where pulldown-cmark would open math: pandoc's pairing,
/// sign by sign. A sign not followed by white space may open math; the next sign closes it
/// unless white space stands before that one; when a digit follows the closing sign, the
/// opening one is text and the closing one is tried as an opening one. Escaped signs (`\$`)
/// are no signs, and signs in code spans and link destinations open nothing. Where
/// pulldown-cmark still pairs signs that pandoc does not, [`reread`] reads them as text.
fn text_signs(text: &str, run: Range<usize>) -> Vec<usize> {
    let bytes = text.as_bytes();
    let opaque = opaque_spans(bytes, run.clone());
    let signs: Vec<usize> = memchr::memchr_iter(b'$', &bytes[run.clone()])
        .map(|i| run.start + i)
        .filter(|&at| bytes[run.start..at].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 0)
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < signs.len() {
        let at = signs[i];
        // A sign in a code span or a link destination opens nothing (pandoc reads those
        // whole when it comes to them), though it ends the math a sign before it tries to
        // open: pandoc closes math at the next `$`, wherever it stands.
        if let Some(span) = opaque.iter().find(|span| span.contains(&at)) {
            // (Made inert in a code span, whose text is read from the source again, so that
            // pulldown-cmark pairs no sign after it with this one.)
            if bytes[span.start] == b'`' {
                out.push(at);
            }
            i += 1;
            continue;
        }
        let next = text[at + 1..].chars().next();
        match next {
            // Display math (`$$…$$`), which has neither rule: past its closing signs.
            Some('$') => {
                let mut j = i + 2;
                while j + 1 < signs.len() && signs[j + 1] != signs[j] + 1 {
                    j += 1;
                }
                i = j + 2;
                continue;
            }
            // pulldown-cmark does not open here either.
            None => {}
            Some(c) if c.is_ascii_whitespace() => {}
            Some(c) if c.is_whitespace() => out.push(at),
            Some(_) => {
                if let Some(&close) = signs.get(i + 1)
                    && !bytes[close - 1].is_ascii_whitespace()
                {
                    if bytes.get(close + 1).is_some_and(u8::is_ascii_digit) {
                        out.push(at);
                    } else {
                        // Math: go on after the closing sign.
                        i += 2;
                        continue;
                    }
                } else {
                    // Text to both (no sign closes it), but made inert too: once a later sign
                    // is, pulldown-cmark could pair this one with a sign after it (`$30 to $50.
                    // … US$90`, with the `$` of `$50` inert, would be math from `$30` to `US$`).
                    out.push(at);
                }
            }
        }
        i += 1;
    }
    out
}

/// The code spans (a run of backticks to the next run of as many) and link destinations
/// (`](` to the next `)`) in `run` of `bytes`: a `$` inside one opens no math for pandoc,
/// which reads them whole when it comes to them.
fn opaque_spans(bytes: &[u8], run: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = run.start;
    while i < run.end {
        match bytes[i] {
            b'`' => {
                let ticks = bytes[i..run.end].iter().take_while(|&&b| b == b'`').count();
                let mut j = i + ticks;
                let mut close = None;
                while j < run.end {
                    if bytes[j] == b'`' {
                        let n = bytes[j..run.end].iter().take_while(|&&b| b == b'`').count();
                        if n == ticks {
                            close = Some(j + n);
                            break;
                        }
                        j += n;
                    } else {
                        j += 1;
                    }
                }
                match close {
                    Some(end) => {
                        out.push(i..end);
                        i = end;
                    }
                    None => i += ticks,
                }
            }
            b']' if bytes.get(i + 1) == Some(&b'(') => {
                let end = bytes[i + 2..run.end].iter().position(|&b| b == b')' || b.is_ascii_whitespace());
                match end {
                    Some(n) if bytes[i + 2 + n] == b')' => {
                        out.push(i + 2..i + 2 + n);
                        i += 3 + n;
                    }
                    _ => i += 2,
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// Reads `run` of `text` again, its signs pandoc reads as text made inert, and appends the
/// inline events read there to `out` with their ranges in `text`.
fn reread<'a>(text: &'a str, run: Range<usize>, out: &mut VecDeque<(Event<'a>, Range<usize>)>) {
    let inert = text_signs(text, run.clone());
    // Read after a `%`, which both read as text, so that the run is a paragraph's text
    // whatever it starts with (`1. …` in a heading is no list): offset `p` of the source is
    // `run.start + p - 1` of the text.
    let mut source = Vec::with_capacity(run.len() + 1);
    source.push(INERT);
    source.extend_from_slice(&text.as_bytes()[run.clone()]);
    for &at in &inert {
        source[at + 1 - run.start] = INERT;
    }
    // Only an ASCII `$` was replaced, by an ASCII byte: still UTF-8.
    let Ok(mut source) = String::from_utf8(source) else { return };
    let read = source.len();
    // pulldown-cmark reads a footnote marker only when its note is defined: a stub
    // definition after the run stands in for each (attest then reads a marker whose note is
    // defined nowhere, which pandoc leaves as text).
    let mut stubs = String::new();
    let mut from = 0;
    while let Some(open) = memchr::memmem::find(&source.as_bytes()[from..], b"[^") {
        let label = from + open + 2;
        let Some(len) = source[label..].find([']', '[']) else { break };
        let name = &source[label..label + len];
        if source.as_bytes()[label + len] == b']' && !name.is_empty() && is_note_label(name) {
            stubs.push_str(&format!("\n\n[^{name}]: ."));
        }
        from = label + len;
    }
    source.push_str(&stubs);
    // Whether `range` of the source holds the `%` before the run or a sign made inert.
    let changed = |range: &Range<usize>| {
        let first = inert.partition_point(|&at| at + 1 - run.start < range.start);
        range.start == 0 || inert.get(first).is_some_and(|&at| at + 1 - run.start < range.end)
    };
    // pulldown-cmark reads `[text][label]` and `[label][]` as links only when `label` is
    // defined, which is elsewhere: they are read as links (to nowhere: the page shows the
    // text only; one whose label is defined nowhere is a link too, where pandoc leaves
    // text). `[label]` alone stays text: it is how citations are written.
    let labelled = |link: BrokenLink<'_>| {
        matches!(link.link_type, LinkType::Reference | LinkType::Collapsed)
            .then(|| (CowStr::Borrowed(""), CowStr::Borrowed("")))
    };
    // Inside a code block or an HTML block: nothing there is inline content.
    let mut hidden = 0usize;
    let parser = Parser::new_with_broken_link_callback(&source, markdown_options(), Some(labelled));
    for (event, range) in parser.into_offset_iter() {
        if range.start >= read {
            break;
        }
        let range = range.start..range.end.min(read);
        let at = run.start + range.start.max(1) - 1..run.start + range.end.max(1) - 1;
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => hidden += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => hidden = hidden.saturating_sub(1),
            _ if hidden > 0 => {}
            Event::Start(tag) if is_inline(&tag.to_end()) => {
                out.push_back((Event::Start(tag.into_static()), at))
            }
            Event::End(tag) if is_inline(&tag) => out.push_back((Event::End(tag), at)),
            Event::Start(_) | Event::End(_) | Event::Html(_) | Event::Rule | Event::TaskListMarker(_) => {}
            // Text as written, with its signs (and without the `%` before the run).
            Event::Text(t) if changed(&range) && *t == source[range.clone()] => {
                if !at.is_empty() {
                    out.push_back((Event::Text(CowStr::Borrowed(&text[at.clone()])), at));
                }
            }
            Event::Code(_) if changed(&range) => {
                out.push_back((Event::Code(CowStr::from(code_content(&text[at.clone()]))), at));
            }
            // What pulldown-cmark still pairs where pandoc does not (signs inside a code
            // span, braces): text.
            Event::InlineMath(_) if !pandoc_reads_math(&source, range.clone()) => {
                out.push_back((Event::Text(CowStr::Borrowed(&text[at.clone()])), at));
            }
            event => out.push_back((event.into_static(), at)),
        }
    }
}

/// The text of a code span written `raw` (backticks included), as CommonMark reads it: line
/// breaks are spaces, and one space is stripped from each end when both have one.
fn code_content(raw: &str) -> String {
    let fence = raw.len() - raw.trim_start_matches('`').len();
    let inner = raw.get(fence..raw.len().saturating_sub(fence)).unwrap_or("");
    let inner = inner.replace("\r\n", " ").replace(['\n', '\r'], " ");
    match inner.strip_prefix(' ').and_then(|i| i.strip_suffix(' ')) {
        Some(stripped) if !inner.trim().is_empty() => stripped.to_string(),
        _ => inner,
    }
}

/// The signs to escape so that the inline content `run` of `text` keeps no math reading as
/// prose over the accidental math at `math` (its signs included): its first sign, and any
/// sign before it that would then open math up to the same closing sign. pandoc pairs a
/// sign with the next one only, so escaping the first sign of `N$1,500 … NT$` lets the
/// sign of an earlier `N$1,200` pair with `NT$`; that one is escaped too. The signs are
/// paired again as pandoc pairs them (see the module documentation) until no such math is
/// left. Offsets in `text`, in text order.
pub fn escapes_for(text: &str, run: Range<usize>, math: Range<usize>) -> Vec<usize> {
    let mut escapes = vec![math.start];
    let Some(inner) = text.get(run.clone()) else { return escapes };
    // (Display math pairs otherwise: the first sign alone, as before.)
    if inner.contains("$$") {
        return escapes;
    }
    let bytes = text.as_bytes();
    let escaped = |at: usize| bytes[..at].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1;
    let all: Vec<usize> = memchr::memchr_iter(b'$', inner.as_bytes())
        .map(|at| run.start + at)
        .filter(|&at| !escaped(at))
        .collect();
    for _ in 0..all.len() {
        let signs: Vec<usize> = all.iter().copied().filter(|at| !escapes.contains(at)).collect();
        let Some(open) = pandoc_pairs(text, &signs).into_iter().find_map(|(open, close)| {
            (open < math.end && close >= math.start && reads_as_prose(&text[open + 1..close])).then_some(open)
        }) else {
            break;
        };
        escapes.push(open);
    }
    escapes.sort_unstable();
    escapes
}

/// The pairs of signs (opening, closing) pandoc reads as inline math among `signs`, the
/// unescaped dollar signs of one run of inline content of `text` in order.
fn pandoc_pairs(text: &str, signs: &[usize]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut i = 0;
    while i + 1 < signs.len() {
        let (open, close) = (signs[i], signs[i + 1]);
        // (pulldown-cmark's rule, that no sign after white space closes, and pandoc's.)
        let after_space = text[..close].chars().next_back().is_none_or(char::is_whitespace);
        if !after_space && pandoc_reads_math(text, open..close + 1) {
            pairs.push((open, close));
            i += 2;
        } else {
            i += 1;
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_the_first_sign_leaves_no_math_reading_as_prose() {
        let check = |text: &str, expected: &[&str]| {
            let math_at = |open: usize| {
                let close = open + 1 + text[open + 1..].find('$').unwrap();
                open..close + 1
            };
            // The accidental math is the last pair pandoc reads.
            let signs: Vec<usize> = text.match_indices('$').map(|(at, _)| at).collect();
            let (open, _) = *pandoc_pairs(text, &signs).last().unwrap();
            let got: Vec<&str> = escapes_for(text, 0..text.len(), math_at(open))
                .iter()
                .map(|&at| &text[at.saturating_sub(3)..=at])
                .collect();
            assert_eq!(got, expected, "{text}");
        };
        check("Iran gave $700 million in 2024 and US$ 1 billion.", &["ve $"]);
        // (The sign before, glued to a digit, closed nothing; escaped, the first would pair.)
        check("Fees rose from N$1,200 to N$1,500 while Taiwan paid NT$ 40.", &["m N$", "o N$"]);
        // (A sign before white space opens nothing.)
        check("He paid N$ 300 in cash, then $40 more for the fuel and A$ 20.", &["en $"]);
        check("From US$5 to US$7 a night, then $40 more for the fuel and A$ 20.", &[" US$", " US$", "en $"]);
    }

    #[test]
    fn prose_about_money_between_two_signs() {
        for prose in [
            "700 million in 2024 and US",
            "U 58 (about US",
            ", soit environ 1,2 G",
            ". Elle a réduit de 35 M",
            "M, against an estimated 40 million in fees and other charges, or G",
        ] {
            assert!(reads_as_prose(prose), "{prose}");
        }
        for formula in [
            "2 \\times 10^6",
            "3x + 2y",
            "5 \\text{ million}",
            "y = 2x + 3",
            "p < 0.05 \\text{ for all } n",
            "x − y × z",
            "\\text{GDP per capita} = 5",
            "a and b",
        ] {
            assert!(!reads_as_prose(formula), "{formula}");
        }
    }

    /// Every case as pandoc 2.17 reads it (`pandoc -f markdown -t native`): the math it
    /// reads, in order.
    #[test]
    fn math_equals_pandocs() {
        let cases: &[(&str, &[&str])] = &[
            ("It rose from US$5 to US$7 [@a].", &[]),
            ("$3,000-$4,000 per kg", &[]),
            ("Donors gave US$1.9 billion in 2024 [@ocha]. The fund held US$3.5 billion [@wb].", &[]),
            ("US$5 to US$7m$ ok", &["7m"]),
            ("costs $5 and US$7 or $x$ here", &["x"]),
            ("a $x$ b", &["x"]),
            ("a $x $ b", &[]),
            ("a $ x$ b", &[]),
            ("a $x$5 b", &[]),
            ("a $x$, 5", &["x"]),
            ("a $\u{a0}x$ b", &[]),
            ("a $x\u{a0}$ b", &["x\u{a0}"]),
            ("a \\$5 to $7$ b", &["7"]),
            ("a $5 to US$7 and US$8m$ b", &["8m"]),
            ("US$5 and **US$7** ok", &[]),
            ("x $$5 to US$$7", &["5 to US"]),
            // A sign no sign closes stays text once a later one is made text.
            ("It cost $30 to $50.[^n] Cash is US$90.", &[]),
            ("a $x to $5 and $y$ b", &["y"]),
            ("a $1 b $c$ d", &["c"]),
            // A sign in a code span or a link destination opens nothing, but ends the math a
            // sign before it opens.
            (
                "Kits cost $17 in Goma; the `$20` column is in US$/kg, and rose 23% while A$/kg prices rose 12%.",
                &["/kg, and rose 23% while A"],
            ),
            (
                "Kits cost $17 in Goma ([list](https://ex.org/?c=$20)); prices in US$/kg rose 23% and those in A$/kg 12%.",
                &["/kg rose 23% and those in A"],
            ),
            (
                "Kits cost $17 in Goma; see the [list](https://ex.org/?c=$20), in US$, and \\$23 in US$, per head.",
                &[", and \\$23 in US"],
            ),
        ];
        for (text, expected) in cases {
            let mut events = Parser::new_ext(text, markdown_options()).into_offset_iter();
            let math: Vec<String> = pandoc_events(text, events.by_ref())
                .filter_map(|(event, _)| match event {
                    Event::InlineMath(m) | Event::DisplayMath(m) => Some(m.to_string()),
                    _ => None,
                })
                .collect();
            assert_eq!(math, *expected, "in {text:?}");
        }
    }

    /// A paragraph of prices is read again once, not once per price, and footnote markers
    /// are looked for in one pass.
    #[test]
    fn long_runs_are_read_again_once() {
        for unit in ["US$1 to US$2 ", "a$1 [^", "$1$2 [^n] `$3` "] {
            let text = unit.repeat(200_000 / unit.len());
            let mut events = Parser::new_ext(&text, markdown_options()).into_offset_iter();
            let math = pandoc_events(&text, events.by_ref())
                .filter(|(e, _)| matches!(e, Event::InlineMath(_)))
                .count();
            assert_eq!(math, 0, "in {unit:?}");
        }
    }

    #[test]
    fn code_spans_read_as_commonmark_reads_them() {
        assert_eq!(code_content("`a`"), "a");
        assert_eq!(code_content("`` a`b ``"), "a`b");
        assert_eq!(code_content("` a\nb `"), "a b");
        assert_eq!(code_content("`  `"), "  ");
    }
}
