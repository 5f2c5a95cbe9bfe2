//! Markup → document. Parsing never fails: [`parse`] returns the document and its errors.
//!
//! pulldown-cmark gives the block structure with byte offsets, its reading of dollar signs
//! corrected to pandoc's (see [`math`]). Its text events are copied
//! into a *prose mask*: a copy of the document in which everything that is not prose (code,
//! HTML, math, link destinations, image descriptions, list markers, block quote markers) is
//! a space, byte for byte, so every offset in the mask is an offset in the document. The
//! backslash of an escape is kept in the mask, so the citation reader can honour it; it is
//! blanked again in the text figures and sentences are read from. The
//! Pandoc constructs CommonMark does not know (citations, bracketed spans, inline notes) are
//! then read from the mask, and the figure recognizer runs on it with those constructs
//! masked as well.

pub mod bibliography;
pub mod citation;
pub mod div;
pub mod edtf;
pub mod figure;
pub mod frontmatter;
mod header_units;
pub mod inline;
pub mod likelihood;
mod lists;
pub mod math;
pub mod metadata;
pub mod sentence;
mod splice;
pub mod table;
pub mod yaml;

pub use splice::{Splice, TextEdit, in_body, reparse, shift_figure};
pub(crate) use splice::{common_prefix, common_suffix};

use crate::text::Span;
use citation::Citation;
use figure::Figure;
use frontmatter::{FrontMatter, Spanned};
use inline::{BracketedSpan, InlineNote};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A problem found while reading the markup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
}

/// What the prose mask holds at the first byte of inline code or math: a form feed, which
/// every scanner reads as a blank, and across which no figure reads (the figure lexer takes it
/// for a blank line).
pub(crate) const HIDDEN: u8 = 0x0c;

/// The most items [`Document::reserve_for`] reserves room for in one list.
const RESERVED: usize = 1 << 17;

/// The result of [`parse`]: always a document, plus whatever was wrong with the text.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub document: Document,
    pub errors: Vec<SyntaxError>,
}

/// What kind of block a run of prose sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// A paragraph (also in block quotes, footnotes and definition lists): split into sentences.
    Paragraph,
    /// A heading: one scope.
    Heading,
    /// The text of a list item: split into sentences, never joined with the next item.
    ListItem,
    /// A table cell: one scope, sourced also by citations in its row and in the caption.
    TableCell { table: usize, row: usize },
    /// A pandoc grid or simple table, or a row of a multiline table, which pulldown-cmark
    /// reads as a paragraph (see [`table`]): each row is a scope (a [`ScopeKind::TableCell`]),
    /// sourced also by the table's caption. Its rows are numbered from `first_row`.
    TableText { table: usize, first_row: usize },
}

/// A run of prose inside one block.
#[derive(Clone, Debug)]
pub struct Unit {
    pub span: Span,
    pub kind: UnitKind,
    /// Index into [`Document::footnote_defs`] when the unit is inside a footnote definition.
    pub footnote: Option<usize>,
}

/// A sourcing scope: the stretch of text in which a citation sources a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Sentence,
    Heading,
    ListItem,
    TableCell {
        table: usize,
        row: usize,
    },
    /// A table caption (`Table: …`): its citations source the whole table.
    Caption {
        table: usize,
    },
    /// The text of an inline note `^[…]`; `parent` is the scope holding the note's marker.
    InlineNote {
        note: usize,
        parent: usize,
    },
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub span: Span,
    pub kind: ScopeKind,
    pub unit: usize,
}

/// A table, for row and caption sourcing.
#[derive(Clone, Debug)]
pub struct Table {
    pub span: Span,
    pub caption: Option<usize>,
    /// Without a caption, the paragraph right above the table (else right below it, when no
    /// other table stands beside it) that names it the word processor's way, `Table 3: …`,
    /// `Table A1. … (ZMW million)`: pandoc reads it as prose, so it sources nothing, but the
    /// units it names are the table's as a caption's are (see `header_units`).
    pub title: Option<usize>,
    pub form: TableForm,
}

impl Table {
    /// Whether the table stands right next to `span` of `text`, blank lines between only.
    pub fn beside(&self, span: Span, text: &str) -> bool {
        let gap = if self.span.end <= span.start {
            Span::new(self.span.end, span.start)
        } else if span.end <= self.span.start {
            Span::new(span.end, self.span.start)
        } else {
            return false;
        };
        gap.slice(text).trim().is_empty()
    }
}

/// How a table is written (see [`table`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableForm {
    /// `| a | b |` over `|---|---|`, read by pulldown-cmark.
    Pipe,
    /// `+---+` borders.
    Grid,
    /// Rows under a line of dash groups, the `columns`.
    Simple { columns: Span },
    /// Rows separated by blank lines between lines of dashes; `columns` is the line of dash
    /// groups under the header.
    Multiline { columns: Span },
}

/// A figure and the scope it stands in.
#[derive(Clone, Debug)]
pub struct FigureSite {
    pub figure: Figure,
    pub scope: usize,
    /// The bracketed spans (indices into [`Document::spans`]) whose text holds the figure,
    /// outermost first.
    pub spans: Vec<usize>,
    /// A bracketed citation stands right after the figure, or after the bracketed span holding
    /// it, past at most one word: the writer cited it for this figure ("7,000 fighters [@a]").
    pub cited_here: bool,
}

/// A citation and the scope it stands in.
#[derive(Clone, Debug)]
pub struct CitationSite {
    pub citation: Citation,
    pub scope: usize,
}

/// A likelihood term or confidence phrase and its scope.
#[derive(Clone, Debug)]
pub struct TermSite {
    pub term: likelihood::Term,
    pub scope: usize,
    /// The figure given as the term's probability, right after it ("likely (30%)"), by
    /// index into [`Document::figures`].
    pub probability: Option<usize>,
}

/// `[^label]` in running text.
#[derive(Clone, Debug)]
pub struct FootnoteRef {
    pub label: String,
    pub span: Span,
    pub scope: Option<usize>,
}

/// `[^label]: …`.
#[derive(Clone, Debug)]
pub struct FootnoteDef {
    pub label: String,
    pub span: Span,
}

/// `<!-- attest-ignore RULE, RULE -->` or `<!-- attest-ignore-file RULE -->`.
#[derive(Clone, Debug)]
pub struct Suppression {
    /// The whole comment.
    pub span: Span,
    /// The rule names with their spans; empty means every rule.
    pub rules: Vec<Spanned>,
    pub file_wide: bool,
    /// The text the comment silences: the next block, the enclosing paragraph for a comment
    /// inside one, or the whole file.
    pub covers: Span,
}

/// A heading, for outlines.
#[derive(Clone, Debug)]
pub struct Heading {
    pub level: u8,
    pub span: Span,
    pub text: String,
}

/// Everything attest reads from a report.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub front_matter: Option<FrontMatter>,
    /// The Markdown body after the front matter.
    pub body: Span,
    pub units: Vec<Unit>,
    pub scopes: Vec<Scope>,
    pub figures: Vec<FigureSite>,
    pub citations: Vec<CitationSite>,
    pub spans: Vec<BracketedSpan>,
    pub inline_notes: Vec<InlineNote>,
    pub footnote_refs: Vec<FootnoteRef>,
    pub footnote_defs: Vec<FootnoteDef>,
    pub tables: Vec<Table>,
    pub headings: Vec<Heading>,
    pub suppressions: Vec<Suppression>,
    pub terms: Vec<TermSite>,
    /// Where top-level ATX headings start: the body can be re-read section by section from
    /// these offsets after an edit (see [`reparse`]).
    pub sections: Vec<usize>,
    /// Link reference definitions (`[label]: url`), in text order.
    pub link_definitions: Vec<LinkDefinition>,
    /// Fenced divs (`::: {.assessment}` … `:::`), in the order they open.
    pub divs: Vec<div::Div>,
    /// Opening fences that no closing fence matches (text, as pandoc reads them).
    pub unclosed_fences: Vec<usize>,
    /// YAML metadata blocks in the body, which pandoc reads as metadata or stops on.
    pub metadata_blocks: Vec<metadata::MetadataBlock>,
    /// Lines `---` that would open a metadata block if a line `---` or `...` followed.
    pub unclosed_metadata: Vec<usize>,
    /// HTML comment openings (`<!--`) that no `-->` closes: text, as pandoc reads them.
    pub unclosed_comments: Vec<usize>,
    /// Inline math (`$…$`, the signs included) that pandoc reads as math but that reads as
    /// prose about money (`$700 million in 2024 and US$`), in text order.
    pub accidental_math: Vec<Span>,
    /// The currencies the body writes by code for signs and words several countries share,
    /// read from the whole body: the figures of every section are read with them.
    pub currency: figure::CurrencyHints,
    /// Where the body writes those codes (see [`figure::currency_codes_in`]): kept so that an
    /// edit scans only the text it touched to tell whether `currency` changed.
    pub currency_codes: Vec<(usize, &'static str)>,
}

/// `[label]: url`: a link reference definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkDefinition {
    pub label: String,
    pub span: Span,
}

impl Document {
    /// The front matter says this Markdown file is a report (`references`, `bibliography` or
    /// `attest` present, or named on a line of a front matter that cannot be read); see
    /// [`FrontMatter::declares_report`].
    pub fn declares_report(&self) -> bool {
        self.front_matter.as_ref().is_some_and(|fm| fm.declares_report)
    }

    /// The section holding `offset`: from the top-level heading at or before it (or the
    /// body's start) to the next one (or the end); see [`Document::sections`].
    pub fn section_at(&self, offset: usize) -> Span {
        let i = self.sections.partition_point(|&s| s <= offset);
        let start = if i == 0 { self.body.start } else { self.sections[i - 1] };
        Span::new(start, self.sections.get(i).copied().unwrap_or(self.body.end))
    }

    /// Reserves room in the lists read from prose for `room` bytes of a dense report (a
    /// figure and a citation per 64 bytes, two scopes per unit), the units found so far
    /// standing for `read` bytes: a long report grew its lists from empty in many steps, each
    /// copying what was there. Room reserved in a large block and never written costs no
    /// memory. At most [`RESERVED`] items a list, and nothing when memory is short: the
    /// lists still grow as needed.
    fn reserve_for(&mut self, room: usize, read: usize) {
        const FROM: usize = 64 * 1024;
        if room >= FROM {
            let _ = self.figures.try_reserve((room / 64).min(RESERVED));
            let _ = self.citations.try_reserve((room / 64).min(RESERVED));
            let _ = self.scopes.try_reserve((self.units.len() * 2 * room / read.max(1)).min(RESERVED));
        }
    }

    /// Bracketed spans whose text holds the figure or other text at `span`, outermost first.
    /// A figure counts as inside a span when it ends inside the span's text: an approximator
    /// or bound may stand before the bracket ("some [8,000]{qty=x}").
    pub fn spans_around(&self, span: Span) -> impl Iterator<Item = &BracketedSpan> {
        self.spans.iter().filter(move |s| s.content.start < span.end && span.end <= s.content.end)
    }
}

/// Text of the report as a reader sees it, for messages and listings (a figure's text): each
/// line break, with the block quote markers and the indentation after it, is one space, as is
/// every other run of blanks; none at the ends. Spans and offsets are not affected: this is
/// only how the text is shown. Borrowed when there is nothing to change.
pub fn as_read(source: &str) -> std::borrow::Cow<'_, str> {
    if !source.contains('\n') {
        return crate::text::one_line(source);
    }
    let mut out = String::with_capacity(source.len());
    for (i, line) in source.split('\n').enumerate() {
        let line =
            if i == 0 { line } else { line.trim_start_matches(|c: char| c == '>' || c.is_whitespace()) };
        out.push_str(line);
        out.push(' ');
    }
    crate::text::one_line(&out).into_owned().into()
}

/// Pandoc Markdown options that matter for offsets: tables, footnotes, strikethrough, math,
/// heading attributes, definition lists. Superscript stays off so `^[note]` reaches us.
/// Anything else that walks a report with pulldown-cmark (the review page) must use the same
/// options, read [`markdown_text`] and correct its math with [`math::pandoc_events`], so its
/// offsets, blocks and prose match the ones found here.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_MATH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_DEFINITION_LIST
}

/// The text pulldown-cmark reads for a document read from `text`: the same, with the fence
/// lines of its fenced divs (see [`div`]) and its metadata blocks (see [`metadata`]) blanked.
/// Anything else that walks a report with pulldown-cmark (the review page) must read this
/// text, so that its blocks are attest's.
pub fn markdown_text<'t>(text: &'t str, doc: &Document) -> std::borrow::Cow<'t, str> {
    let body_start = doc.body.start.min(text.len());
    let tables = table::multiline_tables(text, body_start, text.len());
    let mut hidden = hidden_lines(&doc.divs, &doc.metadata_blocks, &tables);
    hidden.extend(doc.unclosed_comments.iter().map(|&at| Span::new(at, at + 4)));
    pulldown_text(text, body_start, &hidden, &tables).0
}

/// The text pulldown-cmark reads: `text` with the lines at `hidden` blanked, the HTML
/// comments pandoc reads inside a paragraph joined to it (see [`comment_joins`]) and pandoc's
/// fancy list markers written as CommonMark's (see [`lists`]); and the joins (the walk blanks
/// their line breaks in the prose mask too).
fn pulldown_text<'t>(
    text: &'t str,
    from: usize,
    hidden: &[Span],
    tables: &[table::Multiline],
) -> (std::borrow::Cow<'t, str>, Vec<Join>) {
    let blanked = if hidden.is_empty() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(blank_lines(text, hidden))
    };
    let mut joins = comment_joins(&blanked, from, from);
    let fancy = lists::may_hold_markers(blanked.as_bytes(), from);
    if joins.is_empty() && !fancy {
        return (blanked, joins);
    }
    let mut bytes = blanked.into_owned().into_bytes();
    let join_all = |bytes: &mut [u8], joins: &[Join]| {
        for join in joins {
            // The gap holds only blanks, line breaks and quote markers; the comment keeps its
            // bytes but its line breaks.
            bytes[join.gap.start..join.gap.end].fill(b' ');
            for b in &mut bytes[join.comment.start..join.comment.end] {
                if matches!(b, b'\n' | b'\r') {
                    *b = b' ';
                }
            }
        }
    };
    join_all(&mut bytes, &joins);
    // A join may change the blocks after it: a list item runs on past the comment it joins,
    // and a fence under it then closes with the item, where the first reading saw the fence
    // run to the end of the text and the comments below it as code. Read again until no new
    // join appears (a few rounds at most; only text with joined comments pays for it).
    // (Nothing before the first join changes: only a comment under text after it, none
    // joined yet, makes the text be read again.)
    let mut changed_from = joins.first().map(|j| j.gap.start);
    for _ in 0..4 {
        let Some(after) = changed_from else { break };
        let Ok(now) = std::str::from_utf8(&bytes) else { break };
        let more: Vec<Join> =
            comment_joins(now, from, after).into_iter().filter(|j| !joins.contains(j)).collect();
        changed_from = more.first().map(|j| j.gap.start);
        join_all(&mut bytes, &more);
        joins.extend(more);
        joins.sort_by_key(|j| j.gap.start);
    }
    // pandoc's fancy list markers as CommonMark markers, read in the text with the comments
    // joined (a marker on the line after a joined comment continues the paragraph).
    if fancy {
        lists::rewrite_markers(&mut bytes, from, tables);
    }
    // Only ASCII bytes were written, over ASCII bytes: the text is still UTF-8.
    let joined =
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (std::borrow::Cow::Owned(joined), joins)
}

/// An HTML comment pandoc reads inside the paragraph above it (see [`comment_joins`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Join {
    /// From the end of the paragraph's text to the comment: a line break, blanks and block
    /// quote markers.
    gap: Span,
    /// The comment, `<!--` to `-->`.
    comment: Span,
}

/// HTML comments opening a line right under a line of a paragraph, list item or definition,
/// in `text[from..]`. pandoc reads such a comment as raw inline HTML inside the paragraph,
/// which runs on past it (also over a blank line inside the comment); CommonMark, and so
/// pulldown-cmark, lets it start an HTML block that ends the paragraph. In the text
/// pulldown-cmark reads, the gap before each such comment (its line break and the markers of
/// the containers) and the line breaks inside it are blanked: the comment then continues the
/// line above, as inline HTML, and the lines after it continue the paragraph. Offsets are
/// unchanged.
///
/// Not after a heading, a table row or the rows of a grid or simple table (which
/// pulldown-cmark reads as a paragraph): pandoc ends those before the comment.
///
/// Nothing is read unless such a comment stands at or after byte `after` (a second reading
/// after joins looks only past the first of them).
fn comment_joins(text: &str, from: usize, after: usize) -> Vec<Join> {
    let body = &text.as_bytes()[from..];
    // Almost every report has no comment under a line of text: one search decides. Each test
    // looks back only over the blanks and quote markers before a comment and before the line
    // break above it, so that a long line of comments costs its length.
    let markers = |b: &u8| matches!(b, b' ' | b'\t' | b'>' | b'\r');
    let under_text = |at: usize| {
        let line_start = at - body[..at].iter().rev().take_while(|b| markers(b)).count();
        let Some(above) = line_start.checked_sub(1).filter(|&i| body[i] == b'\n') else { return false };
        let text_end = above - body[..above].iter().rev().take_while(|b| markers(b)).count();
        text_end > 0 && body[text_end - 1] != b'\n'
    };
    let skip = after.saturating_sub(from).min(body.len());
    if !memchr::memmem::find_iter(&body[skip..], b"<!--").any(|i| under_text(skip + i)) {
        return Vec::new();
    }
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Block {
        /// A paragraph, from where it starts.
        Paragraph(usize),
        /// A list item or a definition, whose text may stand outside a paragraph.
        Item,
        Other,
    }
    let mut out = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    // The end of the text of the paragraph or item read last, when nothing has been read since,
    // and where that paragraph starts.
    let mut last: Option<(usize, Option<usize>)> = None;
    // The end of the line of a comment just joined: a comment on the next line joins too.
    let mut after_join: Option<usize> = None;
    let mut rows = Vec::new();
    for (event, range) in Parser::new_ext(&text[from..], markdown_options()).into_offset_iter() {
        let inline = match &event {
            Event::Start(tag) => is_inline(tag),
            Event::End(tag) => is_inline_end(*tag),
            Event::Html(_) | Event::Rule => false,
            _ => true,
        };
        if inline {
            let end = last.map_or(range.end, |(end, _)| end.max(range.end));
            last = match blocks.last() {
                Some(&Block::Paragraph(start)) => Some((end, Some(start))),
                Some(Block::Item) => Some((end, None)),
                _ => None,
            };
            continue;
        }
        match event {
            Event::Start(Tag::HtmlBlock) => {
                let at = range.start + body[range.start..].iter().take_while(|&&b| b == b' ').count();
                let gap = last.map(|(end, _)| &body[end..at]);
                let close = body[at..range.end]
                    .starts_with(b"<!--")
                    .then(|| memchr::memmem::find(&body[at + 4..range.end], b"-->"))
                    .flatten()
                    .map(|i| at + 4 + i + 3);
                let mut table = |(end, start): (usize, Option<usize>)| {
                    start.is_some_and(|start| {
                        rows.clear();
                        table::table_rows_into(text, Span::new(from + start, from + end), &mut rows).is_some()
                    })
                };
                if let (Some(gap), Some(close), Some(last)) = (gap, close, last)
                    && memchr::memchr_iter(b'\n', gap).count() == 1
                    && gap.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'>'))
                    && !table(last)
                {
                    out.push(Join {
                        gap: Span::new(from + last.0, from + at),
                        comment: Span::new(from + at, from + close),
                    });
                    let line_end = memchr::memchr(b'\n', &body[close..]).map_or(body.len(), |i| close + i);
                    after_join = Some(line_end - usize::from(body[..line_end].ends_with(b"\r")));
                } else {
                    after_join = None;
                }
                last = None;
                blocks.push(Block::Other);
            }
            Event::End(TagEnd::HtmlBlock) => {
                blocks.pop();
                last = after_join.take().map(|end| (end, None));
            }
            Event::Start(tag) => {
                last = None;
                blocks.push(match tag {
                    Tag::Paragraph => Block::Paragraph(range.start),
                    Tag::Item | Tag::DefinitionListDefinition => Block::Item,
                    _ => Block::Other,
                });
            }
            Event::End(_) => {
                blocks.pop();
            }
            _ => last = None,
        }
    }
    out
}

/// Inline markup: its start and end stand inside a block's text.
fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

/// The end of inline markup (see [`is_inline`]).
fn is_inline_end(tag: TagEnd) -> bool {
    math::is_inline(&tag)
}

/// The lines pulldown-cmark reads as blank: fence lines, and metadata blocks pandoc reads
/// (not those it stops on: their text is read, as the author probably meant it).
fn hidden_lines(
    divs: &[div::Div],
    blocks: &[metadata::MetadataBlock],
    tables: &[table::Multiline],
) -> Vec<Span> {
    let mut out: Vec<Span> = div::fence_lines(divs).collect();
    out.extend(blocks.iter().filter(|b| b.error.is_none()).map(|b| b.span));
    out.extend(tables.iter().flat_map(table::Multiline::dash_lines));
    out
}

/// The `<!--` of HTML comments no `-->` closes, after `from`. pulldown-cmark reads one at the
/// start of a line as an HTML block running to the end of the document, hiding the rest of the
/// report; pandoc reads it as text, and so does attest: these four bytes are blanked in the
/// text pulldown-cmark reads (the prose still shows them).
pub(crate) fn unclosed_comments(text: &str, from: usize) -> Vec<usize> {
    let bytes = &text.as_bytes()[from..];
    let Some(first) = memchr::memmem::find(bytes, b"<!--") else { return Vec::new() };
    // Every `<!--` before the last `-->` is closed by it (or by an earlier one).
    let after = memchr::memmem::rfind(bytes, b"-->").map_or(first, |end| (end + 3).max(first));
    memchr::memmem::find_iter(&bytes[after..], b"<!--").map(|at| from + after + at).collect()
}

/// `text` with the lines at `spans` blanked, for pulldown-cmark to read as blank lines.
fn blank_lines(text: &str, spans: &[Span]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for line in spans {
        blank_but_line_breaks(&mut bytes[line.start..line.end]);
    }
    // Only ASCII bytes were written, over whole lines: the text is still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// Every byte but line breaks (`\n`, `\r`) made a space: offsets and lines stay.
fn blank_but_line_breaks(bytes: &mut [u8]) {
    for b in bytes.iter_mut().filter(|b| !matches!(b, b'\n' | b'\r')) {
        *b = b' ';
    }
}

/// Reads a report. Never fails.
///
/// A long body is read in two halves at once, cut at a top-level heading near its middle
/// (see [`Document::sections`]); the halves are joined into the document a single pass
/// gives, and a single pass is made whenever that cannot be shown (see `read_halves`).
pub fn parse(text: &str) -> Parsed {
    parse_with(text, HALVES_FROM)
}

/// [`parse`] in a single pass, whatever the length: what reading in halves must equal.
#[doc(hidden)]
pub fn parse_in_one_pass(text: &str) -> Parsed {
    parse_with(text, usize::MAX)
}

/// Reads `text` in two halves whatever its length, or `None` when that cannot be shown to
/// give what a single pass gives: for tests.
#[doc(hidden)]
pub fn parse_in_halves(text: &str) -> Option<Parsed> {
    let body_start = frontmatter::body_start(text).min(text.len());
    let mut front = None;
    let document = read_halves(text, body_start, || front = Some(frontmatter::parse_front_matter(text)));
    let (front_matter, _, errors) = front.unwrap_or_else(|| frontmatter::parse_front_matter(text));
    let mut document = document?;
    document.front_matter = front_matter;
    Some(Parsed { document, errors })
}

/// How a report writes the currencies several countries share: the codes its body writes
/// (see [`figure::hints_of`]) and the country its title names (see [`figure::with_title`]).
fn report_hints(text: &str, body_start: usize, codes: &[(usize, &'static str)]) -> figure::CurrencyHints {
    figure::with_title(figure::hints_of(codes), &text[..body_start])
}

/// Bodies from this long are read in halves, when the machine has two cores or more.
const HALVES_FROM: usize = 128 * 1024;

fn parse_with(text: &str, halves_from: usize) -> Parsed {
    let body_start = frontmatter::body_start(text).min(text.len());
    // A long body is read while the front matter is.
    let mut front = None;
    let halves = if text.len() - body_start >= halves_from {
        read_halves(text, body_start, || front = Some(frontmatter::parse_front_matter(text)))
    } else {
        None
    };
    let (front_matter, _, errors) = front.unwrap_or_else(|| frontmatter::parse_front_matter(text));
    let mut document = halves.unwrap_or_else(|| {
        let codes = figure::currency_codes(text, body_start);
        let mut builder = Builder::new(text, body_start, text.len(), report_hints(text, body_start, &codes));
        builder.walk();
        let mut document = builder.finish();
        document.currency_codes = codes;
        document
    });
    document.front_matter = front_matter;
    Parsed { document, errors }
}

/// Reads the body in two halves on two threads, cut at the first top-level ATX heading after
/// its middle. Each half is read as [`splice`] reads a section, with stub definitions of the
/// footnote and link labels the other half defines, found by a quick scan of its lines; the
/// result stands only if the first half ends cleanly and the labels each half really defines
/// are the ones the scan found. `None`: read it in one pass. `beside` runs on this thread
/// while the second half is read on the other (unless `None` comes before the halves are
/// read).
fn read_halves(text: &str, body_start: usize, beside: impl FnOnce()) -> Option<Document> {
    if !crate::text::two_cores() {
        return None;
    }
    // A half cannot tell whether a comment in it is closed in the other.
    if !unclosed_comments(text, body_start).is_empty() {
        return None;
    }
    // This thread reads the front matter too, which costs about two and a half times as much
    // per byte as the body: its half is that much shorter.
    let middle = body_start + (text.len() - body_start).saturating_sub(body_start * 5 / 2) / 2;
    let cut = text.as_bytes()[middle..]
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'\n')
        .map(|(i, _)| middle + i + 1)
        .find(|&at| text.as_bytes().get(at) == Some(&b'#') && splice::is_atx(&text[at..]))?;
    let (first, second) = (Span::new(body_start, cut), Span::new(cut, text.len()));
    fn as_str(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    let codes = figure::currency_codes(text, body_start);
    let currency = report_hints(text, body_start, &codes);
    // Each thread scans the other half for its labels, then reads its own.
    let (a, b, second_notes, second_links) = std::thread::scope(|scope| {
        let second_half = crate::text::spawn_scoped(scope, || {
            let (first_notes, first_links) = definitions_in(first.slice(text));
            let b = splice::read_part(
                "",
                second.slice(text),
                &as_str(&first_notes),
                &as_str(&first_links),
                true,
                second.len(),
                currency,
            );
            (b, first_notes, first_links)
        });
        beside();
        // No second thread: read the body in one pass.
        let Some(second_half) = second_half else { return (None, None, Vec::new(), Vec::new()) };
        let (second_notes, second_links) = definitions_in(second.slice(text));
        let a = splice::read_part(
            &text[..body_start],
            first.slice(text),
            &as_str(&second_notes),
            &as_str(&second_links),
            false,
            // The second half is joined to this one: room for both.
            text.len() - body_start,
            currency,
        );
        let b = second_half.join().ok();
        (a, b, second_notes, second_links)
    });
    let (b, first_notes, first_links) = b?;
    let (mut a, b) = (a?, b?);
    let defined = |doc: &Document| {
        let mut notes: Vec<String> = doc.footnote_defs.iter().map(|d| splice::normalize(&d.label)).collect();
        let mut links: Vec<String> =
            doc.link_definitions.iter().map(|d| splice::normalize(&d.label)).collect();
        notes.sort_unstable();
        notes.dedup();
        links.sort_unstable();
        links.dedup();
        (notes, links)
    };
    let normalized = |v: &[String]| {
        let mut v: Vec<String> = v.iter().map(|l| splice::normalize(l)).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    if defined(&a) != (normalized(&first_notes), normalized(&first_links))
        || defined(&b) != (normalized(&second_notes), normalized(&second_links))
    {
        return None;
    }
    let sections = a.sections.len();
    splice::splice_part(&mut a, Span::at(cut), b, 0);
    // A label defined in both halves is defined by its first definition only, as in one pass.
    let mut labels: std::collections::HashSet<String> = std::collections::HashSet::new();
    a.link_definitions.retain(|d| labels.insert(splice::normalize(&d.label)));
    a.sections.insert(sections, cut);
    a.currency_codes = codes;
    a.body = Span::new(body_start, text.len());
    for s in a.suppressions.iter_mut().filter(|s| s.file_wide) {
        s.covers = Span::new(0, text.len());
    }
    Some(a)
}

/// The labels of what look like footnote definitions (`[^label]:`) and link reference
/// definitions (`[label]:`) at the start of a line (after up to three spaces), in order.
fn definitions_in(text: &str) -> (Vec<String>, Vec<String>) {
    let (mut notes, mut links) = (Vec::new(), Vec::new());
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end =
            memchr::memchr(b'\n', &text.as_bytes()[line_start..]).map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        let trimmed = line.trim_start_matches(' ');
        if line.len() - trimmed.len() <= 3
            && let Some(rest) = trimmed.strip_prefix('[')
            && let Some(close) = memchr::memmem::find(rest.as_bytes(), b"]:")
        {
            match rest[..close].strip_prefix('^') {
                Some(label) if !is_note_label(label) => {}
                Some(label) => notes.push(label.to_string()),
                None => links.push(rest[..close].to_string()),
            }
        }
        line_start = line_end + 1;
    }
    (notes, links)
}

/// A block container on the walker's stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    Paragraph,
    Heading,
    Item,
    /// A definition list's term: pulldown-cmark reads a grid, simple or multiline table with a
    /// `: caption` after it as the term of a definition list.
    Term,
    Definition,
    Cell,
    Footnote(usize),
    Code,
    Image,
    Link,
    Other,
}

struct OpenUnit {
    start: usize,
    end: usize,
    kind: UnitKind,
}

struct PendingSuppression {
    index: usize,
    depth: usize,
}

struct Builder<'a> {
    text: &'a str,
    body_start: usize,
    /// Where reading stops: the text's end, or the end of a section read on its own (the
    /// text beyond is a sentinel heading and stub definitions, see `splice`).
    limit: usize,
    /// Reading stopped cleanly at `limit`: on a top-level heading, with no block open.
    clean_stop: bool,
    mask: Vec<u8>,
    doc: Document,
    stack: Vec<Frame>,
    /// How many frames on the stack are code or an image: prose stops inside one. Kept so
    /// that deeply nested inlines (`****…`) cost no walk of the stack per event.
    not_prose: usize,
    open: Option<OpenUnit>,
    /// Link texts: no citation starts inside one (`[@key](url)` is a link).
    links: Vec<Span>,
    /// Struck-out text (`~~…~~`), in document order: no figure or likelihood term is read
    /// from it.
    struck: Vec<Span>,
    pending: Vec<PendingSuppression>,
    /// Suppressions inside a paragraph: they cover the unit being built.
    pending_inline: Vec<usize>,
    table: Option<usize>,
    row: usize,
    /// The rows of the paragraph being closed when it is a grid or simple table.
    rows: Vec<Span>,
    /// The multiline tables, each with its index in the document's tables once a unit in
    /// it is read, and how many of its rows have been read.
    multiline: Vec<(table::Multiline, Option<usize>, usize)>,
    heading_start: Option<usize>,
    /// A definition list's term that was a table: its first definition is the caption.
    term_table: Option<usize>,
    /// Captions found as definitions (`: caption` after a table): unit index, table index.
    term_captions: Vec<(usize, usize)>,
    /// The definition lists open around the current event: how many terms and definitions
    /// each has had so far.
    definition_lists: Vec<(usize, usize)>,
    /// The first definition of a definition list's first term is open and has no unit yet.
    first_definition: bool,
    /// The first units of the first definitions of definition lists' first terms: pandoc
    /// reads such a `: …` paragraph as the caption of a table right after it (see
    /// `find_captions`).
    first_definitions: Vec<usize>,
    /// A task list item's `[ ]` was just read: the text after it does not start a block.
    after_task_marker: bool,
    /// How many bytes of prose the document's lists get room for (see
    /// [`Document::reserve_for`]): the text read, unless more will be joined to it.
    room: usize,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, body_start: usize, limit: usize, currency: figure::CurrencyHints) -> Self {
        // Spaces, with the text's line breaks.
        let mut mask = vec![b' '; text.len()];
        for at in memchr::memchr_iter(b'\n', text.as_bytes()) {
            mask[at] = b'\n';
        }
        Builder {
            text,
            body_start,
            limit,
            clean_stop: false,
            mask,
            doc: Document { body: Span::new(body_start, text.len()), currency, ..Document::default() },
            stack: Vec::new(),
            not_prose: 0,
            open: None,
            links: Vec::new(),
            struck: Vec::new(),
            pending: Vec::new(),
            pending_inline: Vec::new(),
            table: None,
            row: 0,
            rows: Vec::new(),
            multiline: Vec::new(),
            heading_start: None,
            term_table: None,
            term_captions: Vec::new(),
            definition_lists: Vec::new(),
            first_definition: false,
            first_definitions: Vec::new(),
            after_task_marker: false,
            room: limit.saturating_sub(body_start),
        }
    }

    fn walk(&mut self) {
        let base = self.body_start;
        let (divs, unclosed) = div::fenced_divs(self.text, self.body_start, self.limit);
        let (blocks, unclosed_metadata) = metadata::metadata_blocks(self.text, self.body_start, self.limit);
        let tables = table::multiline_tables(self.text, self.body_start, self.limit);
        // pulldown-cmark reads the fence lines of fenced divs (see `div`), the metadata blocks
        // pandoc shows nothing of (see `metadata`) and the dash lines of multiline tables (see
        // `table`) as blank lines.
        let mut hidden = hidden_lines(&divs, &blocks, &tables);
        // A section read on its own cannot tell whether a comment closes further on: it leaves
        // the comment open, so that reading it alone fails and the whole text is read.
        if self.limit == self.text.len() {
            self.doc.unclosed_comments = unclosed_comments(self.text, self.body_start);
            hidden.extend(self.doc.unclosed_comments.iter().map(|&at| Span::new(at, at + 4)));
        }
        let (read, joins) = pulldown_text(self.text, base, &hidden, &tables);
        self.multiline = tables.into_iter().map(|t| (t, None, 0)).collect();
        let body = &read[base..];
        // A section read on its own must not leave a div or a metadata block open: what
        // closes it may be elsewhere.
        let open_at_limit =
            self.limit < self.text.len() && !(unclosed.is_empty() && unclosed_metadata.is_empty());
        self.doc.divs = divs;
        self.doc.unclosed_fences = unclosed;
        self.doc.metadata_blocks = blocks;
        self.doc.unclosed_metadata = unclosed_metadata;
        let mut events = Parser::new_ext(body, markdown_options()).into_offset_iter();
        for (event, range) in math::pandoc_events(body, events.by_ref()) {
            if self.limit < self.text.len() && range.start + base >= self.limit {
                self.clean_stop = matches!(event, Event::Start(Tag::Heading { .. }))
                    && self.stack.is_empty()
                    && self.pending.is_empty();
                break;
            }
            let span = Span::new(range.start + base, (range.end + base).min(self.limit));
            match event {
                Event::Start(tag) => self.start(tag, span),
                Event::End(tag) => self.end(tag, span),
                Event::Text(_) => {
                    if self.in_prose() {
                        self.copy(span);
                    }
                }
                Event::SoftBreak | Event::HardBreak => {
                    if self.in_prose() {
                        self.extend_unit(span);
                    }
                }
                Event::Code(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {
                    if self.in_prose() {
                        if let Event::InlineMath(math) = &event
                            && math::reads_as_prose(math)
                        {
                            self.doc.accidental_math.push(span);
                        }
                        // A mark where the span was, so that no figure reads across it: the
                        // "$1.2m to" and "140" around the math of "$1.2m to $1.5m … US$ 140"
                        // make no range.
                        self.mask[span.start] = HIDDEN;
                        self.extend_unit(span);
                    }
                }
                Event::InlineHtml(_) => {
                    self.html(span, true);
                    if self.in_prose() {
                        self.extend_unit(span);
                    }
                }
                // Whole HTML blocks are read at their start.
                Event::Html(_) => {}
                // pandoc reads no note whose label holds a blank: `[^a b]` stays text.
                Event::FootnoteReference(label) if is_note_label(&label) => {
                    self.doc.footnote_refs.push(FootnoteRef { label: label.to_string(), span, scope: None });
                    if self.in_prose() {
                        self.extend_unit(span);
                    }
                }
                Event::FootnoteReference(_) => {
                    if self.in_prose() {
                        self.copy(span);
                    }
                }
                Event::TaskListMarker(_) => self.after_task_marker = true,
                Event::Rule => {}
            }
        }
        let mut definitions: Vec<LinkDefinition> = events
            .reference_definitions()
            .iter()
            .filter(|(_, def)| def.span.start + base < self.limit)
            .map(|(label, def)| LinkDefinition {
                label: label.to_string(),
                span: Span::new(def.span.start + base, (def.span.end + base).min(self.limit)),
            })
            .collect();
        definitions.sort_by_key(|d| d.span.start);
        self.doc.link_definitions = definitions;
        self.close_unit();
        // A joined comment continues the line above it in the prose too: the line break and
        // quote markers before it (which text events copied) and the line breaks inside it
        // are blanks, so that no blank line splits the sentence.
        for join in &joins {
            self.mask[join.gap.start..join.gap.end].fill(b' ');
            for b in &mut self.mask[join.comment.start..join.comment.end] {
                if *b == b'\n' {
                    *b = b' ';
                }
            }
        }
        if open_at_limit {
            self.clean_stop = false;
        }
    }

    fn depth(&self) -> usize {
        self.stack.len()
    }

    fn in_prose(&self) -> bool {
        self.not_prose == 0
    }

    fn push_frame(&mut self, frame: Frame) {
        self.not_prose += usize::from(matches!(frame, Frame::Code | Frame::Image));
        self.stack.push(frame);
    }

    fn pop_frame(&mut self) {
        if let Some(frame) = self.stack.pop() {
            self.not_prose -= usize::from(matches!(frame, Frame::Code | Frame::Image));
        }
    }

    fn copy(&mut self, span: Span) {
        let span = Span::new(self.escape_start(span.start), span.end);
        self.mask[span.start..span.end].copy_from_slice(&self.text.as_bytes()[span.start..span.end]);
        // The first text of a paragraph or list item can open a Pandoc example list
        // (`@label.`, `@label)`, `(@label)`): its marker is a list number, not prose.
        let block_start = self.open.is_none()
            && !std::mem::take(&mut self.after_task_marker)
            && matches!(
                self.stack.last(),
                Some(Frame::Paragraph | Frame::Item | Frame::Term | Frame::Definition)
            );
        if block_start && let Some(len) = example_marker(&self.text[span.start..]) {
            self.mask[span.start..span.start + len].fill(b' ');
        }
        self.extend_unit(span);
    }

    /// Where the text of a text event starting at `start` begins in the source. pulldown-cmark
    /// starts the text of a backslash-escaped ASCII punctuation character after the backslash;
    /// the mask keeps the backslash, so that `\@key`, `\[` or `\;` stay escaped for the
    /// scanners reading Pandoc's constructs from it. A backslash already in the mask is an
    /// escaped one (`\\`), copied with its own text, and escapes nothing.
    fn escape_start(&self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let escaped = start > 0
            && bytes.get(start).is_some_and(u8::is_ascii_punctuation)
            && bytes[start - 1] == b'\\'
            && self.mask[start - 1] != b'\\';
        if escaped { start - 1 } else { start }
    }

    /// Adds `span` to the open unit, opening one of the kind the enclosing block dictates.
    fn extend_unit(&mut self, span: Span) {
        if let Some(open) = &mut self.open {
            open.end = open.end.max(span.end);
            return;
        }
        let kind = self
            .stack
            .iter()
            .rev()
            .find_map(|f| match f {
                Frame::Heading => Some(UnitKind::Heading),
                Frame::Cell => Some(UnitKind::TableCell { table: self.table.unwrap_or(0), row: self.row }),
                Frame::Item | Frame::Term | Frame::Definition => Some(UnitKind::ListItem),
                Frame::Paragraph | Frame::Footnote(_) => Some(UnitKind::Paragraph),
                _ => None,
            })
            .unwrap_or(UnitKind::Paragraph);
        self.open = Some(OpenUnit { start: span.start, end: span.end, kind });
    }

    /// The multiline table holding offset `at`, as an index into `self.multiline`.
    fn multiline_at(&self, at: usize) -> Option<usize> {
        let i = self.multiline.partition_point(|(t, _, _)| t.span.start <= at).checked_sub(1)?;
        (at < self.multiline[i].0.span.end).then_some(i)
    }

    fn close_unit(&mut self) {
        if let Some(open) = self.open.take() {
            let footnote = self.stack.iter().rev().find_map(|f| match f {
                Frame::Footnote(i) => Some(*i),
                _ => None,
            });
            let span = Span::new(open.start, open.end);
            for index in self.pending_inline.drain(..) {
                let s = &mut self.doc.suppressions[index];
                s.covers = s.covers.cover(span);
            }
            let mut kind = open.kind;
            // The innermost item: a definition's text may sit in a paragraph of its own.
            let innermost = self
                .stack
                .iter()
                .rev()
                .find(|f| {
                    matches!(
                        f,
                        Frame::Item | Frame::Term | Frame::Definition | Frame::Cell | Frame::Footnote(_)
                    )
                })
                .copied();
            if innermost == Some(Frame::Definition) {
                if let Some(table) = self.term_table.take() {
                    self.term_captions.push((self.doc.units.len(), table));
                }
                if std::mem::take(&mut self.first_definition) {
                    self.first_definitions.push(self.doc.units.len());
                }
            }
            let term = innermost == Some(Frame::Term);
            if kind == UnitKind::Paragraph || term {
                if let Some(at) = self.multiline_at(span.start) {
                    let (region, table, rows) = &mut self.multiline[at];
                    let index = *table.get_or_insert_with(|| {
                        self.doc.tables.push(Table {
                            span: region.span,
                            caption: None,
                            title: None,
                            form: TableForm::Multiline { columns: region.columns },
                        });
                        self.doc.tables.len() - 1
                    });
                    kind = UnitKind::TableText { table: index, first_row: *rows };
                    *rows += 1;
                    if term {
                        self.term_table = Some(index);
                    }
                } else if let Some(form) = table::table_rows_into(self.text, span, &mut self.rows) {
                    // A simple table starts at its header line, if it has one: a caption may
                    // stand above it.
                    let start = match form {
                        TableForm::Simple { columns } => {
                            table::header_line_start(self.text, columns, self.body_start)
                        }
                        _ => span.start,
                    };
                    self.doc.tables.push(Table {
                        span: Span::new(start, span.end),
                        caption: None,
                        title: None,
                        form,
                    });
                    kind = UnitKind::TableText { table: self.doc.tables.len() - 1, first_row: 0 };
                    if term {
                        self.term_table = Some(self.doc.tables.len() - 1);
                    }
                }
            }
            self.rows.clear();
            self.doc.units.push(Unit { span, kind, footnote });
        }
    }

    fn start(&mut self, tag: Tag<'_>, span: Span) {
        let inline = is_inline(&tag);
        if !inline {
            self.close_unit();
            self.cover_pending(span);
            self.after_task_marker = false;
        }
        let frame = match tag {
            Tag::Paragraph => Frame::Paragraph,
            Tag::Heading { .. } => {
                self.heading_start = Some(span.start);
                if self.stack.is_empty() && self.is_section_start(span.start) {
                    self.doc.sections.push(span.start);
                }
                Frame::Heading
            }
            Tag::Item => Frame::Item,
            Tag::DefinitionList => {
                self.definition_lists.push((0, 0));
                Frame::Other
            }
            Tag::DefinitionListTitle => {
                self.term_table = None;
                if let Some((terms, _)) = self.definition_lists.last_mut() {
                    *terms += 1;
                }
                Frame::Term
            }
            Tag::DefinitionListDefinition => {
                if let Some((terms, definitions)) = self.definition_lists.last_mut() {
                    *definitions += 1;
                    self.first_definition = (*terms, *definitions) == (1, 1);
                }
                Frame::Definition
            }
            Tag::TableCell => Frame::Cell,
            Tag::Table(_) => {
                self.doc.tables.push(Table { span, caption: None, title: None, form: TableForm::Pipe });
                self.table = Some(self.doc.tables.len() - 1);
                self.row = 0;
                Frame::Other
            }
            Tag::TableRow => {
                self.row += 1;
                Frame::Other
            }
            // A definition pandoc does not read as one: its text is an ordinary paragraph.
            Tag::FootnoteDefinition(label) if !is_note_label(&label) => Frame::Other,
            Tag::FootnoteDefinition(label) => {
                self.doc.footnote_defs.push(FootnoteDef { label: label.to_string(), span });
                Frame::Footnote(self.doc.footnote_defs.len() - 1)
            }
            Tag::CodeBlock(_) => Frame::Code,
            Tag::HtmlBlock => {
                self.html(span, false);
                Frame::Other
            }
            Tag::Image { .. } => Frame::Image,
            // pulldown-cmark reads pandoc's subscript `~2~` as a strikethrough: its tildes go
            // back into the prose, where `read_scripts` reads it as the subscript it is.
            Tag::Strikethrough if is_subscript(span.slice(self.text)) => {
                self.mask[span.start] = b'~';
                self.mask[span.end - 1] = b'~';
                self.extend_unit(span);
                Frame::Other
            }
            // pandoc strikes out only between double tildes (`~a b~` is text to it).
            Tag::Strikethrough if span.slice(self.text).starts_with("~~") => {
                self.struck.push(span);
                Frame::Other
            }
            Tag::Link { .. } => {
                self.links.push(span);
                Frame::Link
            }
            _ => Frame::Other,
        };
        self.push_frame(frame);
    }

    fn end(&mut self, tag: TagEnd, span: Span) {
        let inline = is_inline_end(tag);
        if !inline {
            self.close_unit();
        } else if self.in_prose() && !matches!(tag, TagEnd::Image) {
            // Emphasis markers and link destinations stay masked but belong to the unit.
            self.extend_unit(span);
        }
        if let TagEnd::Heading(level) = tag {
            let start = self.heading_start.take().unwrap_or(span.start);
            let raw = Span::new(start, span.end).slice(self.text);
            let text = raw.trim_start_matches('#').trim().trim_end_matches('#').trim().to_string();
            self.doc.headings.push(Heading { level: level as u8, span: Span::new(start, span.end), text });
        }
        match tag {
            TagEnd::Table => self.table = None,
            TagEnd::DefinitionList => {
                self.definition_lists.pop();
            }
            TagEnd::DefinitionListDefinition => self.first_definition = false,
            _ => {}
        }
        self.pop_frame();
    }

    /// A top-level heading written `#` at the start of a line: no block open before it
    /// reaches past it, so the text from here on reads the same whatever precedes it.
    fn is_section_start(&self, at: usize) -> bool {
        at > self.body_start
            && matches!(self.text.as_bytes()[at - 1], b'\n' | b'\r')
            && splice::is_atx(&self.text[at..])
    }

    /// Suppression comments waiting for "the next block" take the block starting here, or
    /// the fenced div that opens before it (pulldown-cmark reads its fence lines as blank
    /// lines, so the div's first block starts here).
    fn cover_pending(&mut self, span: Span) {
        let depth = self.depth();
        let mut i = 0;
        while i < self.pending.len() {
            if self.pending[i].depth >= depth {
                let index = self.pending.swap_remove(i).index;
                let comment = self.doc.suppressions[index].span;
                let divs = &self.doc.divs;
                // Divs come in the order they open: the first after the comment is the outermost.
                let div = divs.get(divs.partition_point(|d| d.open.start < comment.end));
                self.doc.suppressions[index].covers =
                    div.filter(|d| d.open.start < span.start).map_or(span, |d| d.span);
            } else {
                i += 1;
            }
        }
    }

    fn html(&mut self, span: Span, inline: bool) {
        let raw = span.slice(self.text);
        let mut from = 0;
        while let Some(open) = raw[from..].find("<!--") {
            let start = from + open;
            let Some(close) = raw[start + 4..].find("-->") else { break };
            let end = start + 4 + close + 3;
            let comment = Span::new(span.start + start, span.start + end);
            if let Some(s) = parse_suppression(self.text, comment) {
                let file_wide = s.file_wide;
                let covers = if file_wide {
                    Span::new(0, self.text.len())
                } else if let (true, Some(open)) = (inline, &self.open) {
                    // Inside a paragraph: the paragraph, completed when the unit closes.
                    Span::new(open.start, comment.end)
                } else {
                    comment
                };
                self.doc.suppressions.push(Suppression { covers, ..s });
                if !file_wide {
                    let index = self.doc.suppressions.len() - 1;
                    if inline && self.open.is_some() {
                        self.pending_inline.push(index);
                    } else {
                        self.pending.push(PendingSuppression { index, depth: self.depth() });
                    }
                }
            }
            from = end;
        }
    }
}

impl Builder<'_> {
    fn finish(mut self) -> Document {
        self.close_unit();
        let mask =
            String::from_utf8(std::mem::take(&mut self.mask)).unwrap_or_else(|_| " ".repeat(self.text.len()));
        let captions = self.find_captions(&mask);
        let mut doc = std::mem::take(&mut self.doc);
        // A caption above its table is one block with it, as pandoc reads them: a suppression
        // comment before the caption covers the table too. (The comments come in text order;
        // those that cover the caption as their next block are a run right before it.)
        for (&unit, &table) in &captions {
            let (caption, table) = (doc.units[unit].span, doc.tables[table].span);
            if caption.end > table.start {
                continue;
            }
            let before = doc.suppressions.partition_point(|s| s.span.end <= caption.start);
            for s in doc.suppressions[..before].iter_mut().rev() {
                if s.file_wide {
                    continue;
                }
                if !s.covers.covers(caption) || s.covers.end > table.start {
                    break;
                }
                s.covers = s.covers.cover(table);
            }
        }
        doc.reserve_for(self.room, self.limit.saturating_sub(self.body_start));
        let mut scratch = Scratch::default();
        scratch.recognizer.set_currency_hints(doc.currency);
        for index in 0..doc.units.len() {
            let caption = if captions.is_empty() { None } else { captions.get(&index).copied() };
            let around = Around { links: &self.links, struck: &self.struck };
            scan_unit(&mut doc, self.text, &mask, index, around, caption, &mut scratch);
        }
        header_units::apply(&mut doc, self.text);
        doc
    }

    /// Pandoc table captions: a paragraph starting `Table:` or `:` next to a table, with only
    /// blank lines between.
    fn find_captions(&mut self, mask: &str) -> std::collections::HashMap<usize, usize> {
        let mut out = std::collections::HashMap::new();
        if self.doc.tables.is_empty() {
            return out;
        }
        for &(unit, table) in &self.term_captions {
            out.insert(unit, table);
            self.doc.tables[table].caption = Some(unit);
        }
        // A caption right under a pipe table, with no blank line between: pulldown-cmark reads
        // it as one more row, pandoc as the caption.
        for (index, unit) in self.doc.units.iter().enumerate() {
            let UnitKind::TableCell { table, .. } = unit.kind else { continue };
            let prose = unit.span.slice(mask).trim_start();
            if !(prose.starts_with("Table:") || prose.starts_with("table:") || colon_caption(prose)) {
                continue;
            }
            let line_start = crate::text::line_start(self.text, unit.span.start);
            let line_end =
                self.text[unit.span.end..].find('\n').map_or(self.text.len(), |i| unit.span.end + i);
            if !self.text[line_start..line_end].contains('|') && self.doc.tables[table].caption.is_none() {
                out.insert(index, table);
                self.doc.tables[table].caption = Some(index);
            }
        }
        // Units come in document order: when their starts and ends both increase, the units
        // around a table are found by binary search.
        let units = &self.doc.units;
        let sorted = units.is_sorted_by_key(|u| u.span.start) && units.is_sorted_by_key(|u| u.span.end);
        for (t, table) in self.doc.tables.iter_mut().enumerate() {
            let (before, after) = if sorted {
                let n = units.partition_point(|u| u.span.end <= table.span.start);
                let m = units.partition_point(|u| u.span.start < table.span.end);
                (n.checked_sub(1), (m < units.len()).then_some(m))
            } else {
                (
                    units.iter().rposition(|u| u.span.end <= table.span.start),
                    units.iter().position(|u| u.span.start >= table.span.end),
                )
            };
            // pandoc takes a caption above the table before one below it.
            for candidate in [before, after].into_iter().flatten() {
                let unit = &self.doc.units[candidate];
                if out.contains_key(&candidate) {
                    continue;
                }
                let above = unit.span.end <= table.span.start;
                let gap = if above {
                    Span::new(unit.span.end, table.span.start)
                } else {
                    Span::new(table.span.end, unit.span.start)
                };
                if unit.kind != UnitKind::Paragraph {
                    continue;
                }
                let prose = unit.span.slice(mask).trim_start();
                let starts = prose.starts_with("Table:")
                    || prose.starts_with("table:")
                    || colon_caption(prose)
                    // pulldown-cmark reads a line, a blank line and `: caption` as a definition
                    // list; pandoc, when a table follows after a blank line, as a paragraph
                    // and the table's caption.
                    || above
                        && self.first_definitions.binary_search(&candidate).is_ok()
                        && loose_colon_definition(self.text, unit.span.start)
                        && gap.slice(self.text).matches('\n').count() >= 2
                        // (An indented table continues the definition.)
                        && indent_at(self.text, table.span.start) < 4;
                // (`Table:` opens the line: `**Table: Prices**` is a paragraph to pandoc.)
                let opens_line = self.text
                    [crate::text::line_start(self.text, unit.span.start)..unit.span.start]
                    .bytes()
                    .all(|b| matches!(b, b' ' | b'\t' | b'>' | b':'));
                if starts && opens_line && gap.slice(self.text).trim().is_empty() {
                    out.insert(candidate, t);
                    table.caption = Some(candidate);
                    break;
                }
            }
        }
        self.find_titles();
        out
    }

    /// The word processor's titles of the tables without a caption (see [`Table::title`]).
    fn find_titles(&mut self) {
        let (text, units, tables) = (self.text, &self.doc.units, &self.doc.tables);
        let titles: Vec<Option<usize>> = tables
            .iter()
            .enumerate()
            .map(|(t, table)| {
                if table.caption.is_some() {
                    return None;
                }
                let below = units.partition_point(|u| u.span.start < table.span.end);
                let above = units[..below].iter().rposition(|u| u.span.end <= table.span.start);
                // (By the title's whole lines, with the emphasis around it: `**Table 1. …**`.)
                let lines = |i: usize| whole_lines(text, units[i].span);
                let above = above.filter(|&i| table.beside(lines(i), text) && is_table_title(units, text, i));
                // (Below only when no other table follows it: above one, it is that one's.)
                let below = (below < units.len()).then_some(below).filter(|&i| {
                    table.beside(lines(i), text)
                        && is_table_title(units, text, i)
                        && !tables.iter().enumerate().any(|(o, other)| o != t && other.beside(lines(i), text))
                });
                above.or(below)
            })
            .collect();
        for (table, title) in self.doc.tables.iter_mut().zip(titles) {
            table.title = title;
        }
    }
}

/// The whole lines `span` of `text` stands on, from the start of its first to the end of its
/// last (the line break left out): a paragraph with the emphasis around it, `**Table 3. …**`.
pub fn whole_lines(text: &str, span: Span) -> Span {
    let end = text[span.end..].find('\n').map_or(text.len(), |n| span.end + n);
    Span::new(crate::text::line_start(text, span.start), end)
}

/// Whether unit `i` reads as a table's title the word processor's way: a paragraph outside
/// the footnotes that opens its line (after spaces or emphasis marks only) with a table's
/// label, `Table 3: …`, `**Table A1.** …` (see [`table_label_len`]). Where it stands beside a
/// table without a caption it is that table's [`Table::title`]; `unsourced-figure` offers to
/// make a citing one a caption.
pub fn is_table_title(units: &[Unit], text: &str, i: usize) -> bool {
    let unit = &units[i];
    let line = crate::text::line_start(text, unit.span.start);
    unit.kind == UnitKind::Paragraph
        && unit.footnote.is_none()
        && text[line..unit.span.start].bytes().all(|b| matches!(b, b' ' | b'*' | b'_'))
        && table_label_len(unit.span.slice(text)).is_some()
}

/// The length of the label a table's title opens with the word processor's way, up to its
/// text: `Table 3: `, `Table A1. `, `Table 2 – `, `TABLE 4 - `, `**Table 5.** ` (a label of up
/// to six letters and digits with a digit); `None` when it opens with none (`Table 5 shows`,
/// `Table: …`, pandoc's own caption).
pub fn table_label_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("Table ").or_else(|| text.strip_prefix("TABLE "))?;
    let label_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '.')).unwrap_or(rest.len());
    let label = rest[..label_len].trim_end_matches('.');
    if label.is_empty() || !label.bytes().any(|b| b.is_ascii_digit()) || label.len() > 6 {
        return None;
    }
    let after = &rest[label.len()..];
    let colon = after.trim_start_matches(['*', '_']).trim_start_matches(' ');
    let tail = if let Some(tail) = colon.strip_prefix(':') {
        tail
    } else if let Some(tail) = after.strip_prefix(". ") {
        tail
    } else {
        ["–", "—", "- "].iter().find_map(|m| after.strip_prefix(' ')?.strip_prefix(*m))?
    };
    let tail = tail.trim_start_matches(['*', '_', ' ']);
    Some(text.len() - tail.len())
}

/// The length of the word a table caption opens with as written (`Table:`, `table:` or a bare
/// `:`), or of a title's label (see [`table_label_len`]); 0 when it opens with none.
pub fn caption_prefix_len(caption: &str) -> usize {
    ["Table:", "table:", ":"]
        .iter()
        .find(|p| caption.starts_with(**p))
        .map(|p| p.len())
        .or_else(|| table_label_len(caption))
        .unwrap_or(0)
}

/// A caption opened by a colon, as pandoc reads one: `: Caption`, `:Caption` (a colon not
/// followed by punctuation: `:::` opens a div, `:-` is no caption).
fn colon_caption(prose: &str) -> bool {
    prose
        .strip_prefix(':')
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_punctuation()) && !rest.is_empty())
}

/// The columns of spaces before byte `at` on its line (a tab to the next multiple of four).
fn indent_at(text: &str, at: usize) -> usize {
    text[crate::text::line_start(text, at)..at]
        .chars()
        .fold(0, |col, c| if c == '\t' { col + 4 - col % 4 } else { col + 1 })
}

/// The text after a word naming a probability ("chance", "probability", "likelihood") that
/// `rest` (the text after a percentage) starts with.
fn probability_word(rest: &str) -> Option<&str> {
    ["chance", "probability", "likelihood"]
        .iter()
        .find(|w| rest.get(..w.len()).is_some_and(|s| s.eq_ignore_ascii_case(w)))
        .map(|w| &rest[w.len()..])
}

/// Whether `rest` (the text after a percentage) names it a probability and closes its
/// parentheses: "chance)", "probability)" ("a 60% chance of collapse" is the chance of
/// something else).
fn named_closed(rest: &str) -> bool {
    probability_word(rest).is_some_and(|after| after.trim_start().starts_with(')'))
}

/// `text` without trailing space and a last word `a` or `an`: "(a 60% chance)".
fn without_article(text: &str) -> &str {
    let text = text.trim_end();
    match text.strip_suffix("an").or(text.strip_suffix('a')) {
        Some(kept) if !kept.ends_with(|c: char| c.is_alphanumeric()) => kept.trim_end(),
        _ => text,
    }
}

/// Whether the definition whose text starts at `start` is written `: text` (after at most
/// three spaces) with a blank line above it, as pandoc's table captions are.
fn loose_colon_definition(text: &str, start: usize) -> bool {
    let line_start = crate::text::line_start(text, start);
    let marker = &text[line_start..start];
    let indent = marker.len() - marker.trim_start_matches(' ').len();
    // (pandoc needs a space or tab after the colon: `:. text` is a paragraph.)
    let spaced = marker.trim_start().strip_prefix(':').is_some_and(|rest| rest.starts_with([' ', '\t']));
    if indent > 3 || marker.trim() != ":" || !spaced || line_start == 0 {
        return false;
    }
    text[crate::text::line_start(text, line_start - 1)..line_start - 1].trim().is_empty()
}

/// Buffers [`scan_unit`] reuses from one unit to the next.
#[derive(Default)]
struct Scratch {
    excluded: Vec<Span>,
    /// The rows of a [`UnitKind::TableText`] unit, relative to the unit.
    rows: Vec<Span>,
    /// The figures of one cell of such a unit.
    in_row: Vec<figure::Figure>,
    pairs: Vec<(usize, usize)>,
    figure_text: String,
    outer_text: String,
    barriers: Vec<usize>,
    note_scopes: Vec<(Span, usize)>,
    in_notes: Holding,
    in_spans: Holding,
    sentences: Vec<Span>,
    recognizer: figure::Recognizer,
    /// The table, the row and the country a pipe table row's label (its first cell) names:
    /// the row's other cells read its letter currencies so (`| Kuwait | KD 61.5 |`).
    row_country: Option<(usize, usize, Option<&'static str>)>,
    figures: Vec<figure::Figure>,
    terms: Vec<likelihood::Term>,
    citations: Vec<Citation>,
    citation: citation::CitationScratch,
    tex_commands: Vec<usize>,
}

/// Which of a list of intervals, sorted by start, hold each of a series of positions: one pass
/// over the list while the positions rise (a unit of thousands of figures, notes and spans
/// costs their number, not its square), starting over when a position falls back.
///
/// `started(i, p)` says interval `i` begins before `p`; `holds(i, p)` that it holds `p`. An
/// interval that has begun but does not hold a position must not hold any later one.
#[derive(Default)]
struct Holding {
    next: usize,
    open: Vec<usize>,
    last: usize,
}

impl Holding {
    /// Forgets the list (kept for its allocation): the next call starts from its beginning.
    fn restart(&mut self) {
        self.next = 0;
        self.last = 0;
        self.open.clear();
    }

    /// The intervals holding `p`, in list order.
    fn at(
        &mut self,
        len: usize,
        p: usize,
        started: impl Fn(usize, usize) -> bool,
        holds: impl Fn(usize, usize) -> bool,
    ) -> &[usize] {
        if p < self.last {
            self.restart();
        }
        self.last = p;
        while self.next < len && started(self.next, p) {
            self.open.push(self.next);
            self.next += 1;
        }
        self.open.retain(|&i| holds(i, p));
        &self.open
    }
}

/// Stretches of the text, in document order, that change how a unit's prose is read.
#[derive(Clone, Copy)]
struct Around<'b> {
    /// Link texts: no citation starts inside one.
    links: &'b [Span],
    /// Struck-out text: no figure or likelihood term is read from it.
    struck: &'b [Span],
}

/// Whether `before` ends with a capitalised word in mid-sentence (a name: "Guatemala "), after
/// which the recognizer takes a number for part of the name.
fn after_name(before: &str) -> bool {
    let trimmed = before.trim_end();
    let word = sentence::last_word(trimmed);
    let earlier = trimmed[..trimmed.len() - word.len()].trim_end();
    word.starts_with(|c: char| c.is_uppercase())
        && !earlier.is_empty()
        && !earlier.ends_with(['.', '!', '?', ':'])
}

/// The stretches of `spans` (in document order, not overlapping but for nesting) touching
/// `unit`, in unit offsets.
fn touching(spans: &[Span], unit: Span) -> impl Iterator<Item = Span> + '_ {
    let first = spans.partition_point(|l| l.end <= unit.start);
    spans[first..]
        .iter()
        .take_while(move |l| l.start < unit.end)
        .filter(move |l| l.intersects(unit))
        .map(move |l| Span::new(l.start.max(unit.start) - unit.start, l.end.min(unit.end) - unit.start))
}

/// Reads citations, spans, notes, scopes and figures from one unit of prose.
fn scan_unit(
    doc: &mut Document,
    text: &str,
    mask: &str,
    index: usize,
    around: Around<'_>,
    caption: Option<usize>,
    scratch: &mut Scratch,
) {
    let unit = doc.units[index].clone();
    let base = unit.span.start;
    let prose = unit.span.slice(mask);
    let prose_bytes = prose.as_bytes();
    // Links are in document order and do not nest: those touching the unit are a run.
    let excluded = &mut scratch.excluded;
    excluded.clear();
    excluded.extend(touching(around.links, unit.span));
    // Citations, spans and notes all need a `[`; their scanners share its bracket pairs.
    let has_bracket = memchr::memchr(b'[', prose_bytes).is_some();
    let has_at = memchr::memchr(b'@', prose_bytes).is_some();
    let pairs = &mut scratch.pairs;
    pairs.clear();
    if has_bracket {
        inline::bracket_pairs_into(prose, pairs);
    }
    let mut citations = std::mem::take(&mut scratch.citations);
    if has_at {
        let source = unit.span.slice(text);
        citation::scan_citations_into(prose, source, excluded, pairs, &mut scratch.citation, &mut citations);
        debug_assert!(
            citations.windows(2).all(|w| w[0].span.start < w[1].span.start),
            "citations in text order"
        );
    }
    let mut spans =
        if has_bracket { inline::scan_bracketed_spans_with_pairs(prose, pairs) } else { Vec::new() };
    // A bracket attached to an in-text citation is its suffix, not a span, even before an
    // attribute block: in `@a [20,000]{qty=x}` Pandoc reads `{qty=x}` as text.
    let mut attached: Vec<usize> = citations
        .iter()
        .filter(|c| c.mode == citation::CitationMode::InText && prose.as_bytes()[c.span.end - 1] == b']')
        .map(|c| c.span.end - 1)
        .collect();
    if !attached.is_empty() {
        attached.sort_unstable();
        spans.retain(|s| attached.binary_search(&s.content.end).is_err());
    }
    let notes = if has_bracket { inline::scan_inline_notes_with_pairs(prose, pairs) } else { Vec::new() };

    // The text figures are read from: escaping backslashes (`20\%`), citations and markup
    // brackets blanked, and pandoc's escaped space (`20\ 000`, `5\ km`) made the no-break
    // space it stands for (two bytes for two).
    let mut bytes = std::mem::take(&mut scratch.figure_text).into_bytes();
    bytes.clear();
    bytes.extend_from_slice(prose_bytes);
    let backslash = memchr::memchr(b'\\', prose_bytes).is_some();
    let mut i = if backslash { 0 } else { bytes.len() };
    // Where raw LaTeX commands start (`\vspace`), for `blank_tex_commands`.
    let commands = &mut scratch.tex_commands;
    commands.clear();
    while i + 1 < bytes.len() {
        if bytes[i] == b'\\' && bytes[i + 1] == b'$' && glued_dollar_prefix_before(&bytes, i) {
            // A dollar whose letters name it only glued to its sign ("NT\$949.5 billion",
            // which pandoc prints "NT$949.5 billion"): the sign takes the backslash's place, so
            // that it stays glued to them, and its own place is blanked.
            bytes[i] = b'$';
            bytes[i + 1] = b' ';
            i += 2;
        } else if bytes[i] == b'\\' && bytes[i + 1].is_ascii_punctuation() {
            bytes[i] = b' ';
            i += 2;
        } else if bytes[i] == b'\\' && bytes[i + 1] == b' ' {
            bytes[i..i + 2].copy_from_slice("\u{a0}".as_bytes());
            i += 2;
        } else {
            if bytes[i] == b'\\' && bytes[i + 1].is_ascii_alphabetic() {
                commands.push(i);
            }
            i += 1;
        }
    }
    if !commands.is_empty() {
        blank_tex_commands(&mut bytes, commands);
    }
    let blank = |bytes: &mut Vec<u8>, span: Span| {
        for b in &mut bytes[span.start.min(span.end)..span.end.min(prose.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    for c in &citations {
        blank(&mut bytes, c.span);
    }
    for s in &spans {
        blank(&mut bytes, Span::new(s.span.start, s.content.start));
        blank(&mut bytes, Span::new(s.content.end, s.span.end));
    }
    for n in &notes {
        blank(&mut bytes, Span::new(n.span.start, n.content.start));
        blank(&mut bytes, Span::new(n.content.end, n.span.end));
    }
    // Sentences are split with note texts blanked too: a note's full stops are not the
    // sentence's.
    let mut outer = std::mem::take(&mut scratch.outer_text).into_bytes();
    outer.clear();
    outer.extend_from_slice(&bytes);
    // Notes come in text order and nest: blanking the outermost ones blanks all (blanking
    // each would go over a deeply nested note's text once per level).
    let mut blanked_to = 0;
    for n in &notes {
        if n.content.start >= blanked_to {
            blank(&mut outer, n.content);
            blanked_to = n.content.end;
        }
    }
    // An in-text citation starts a sentence like a word does ("… [@a]. @b adds …"): keep its
    // `@key` for the splitter, blanking only its bracketed locator.
    for c in citations.iter().filter(|c| c.mode == citation::CitationMode::InText) {
        if let Some(first) = c.items.first() {
            let braced = prose.as_bytes().get(first.key_span.start.wrapping_sub(1)) == Some(&b'{');
            let at = first.key_span.start.saturating_sub(if braced { 2 } else { 1 });
            let end = (first.key_span.end + usize::from(braced)).min(prose.len());
            outer[at..end].copy_from_slice(&prose.as_bytes()[at..end]);
        }
    }
    if memchr::memchr2(b'^', b'~', &bytes).is_some() {
        read_scripts(&mut bytes);
    }
    // Struck-out text is withdrawn: its figures and likelihood terms are not the report's.
    for span in touching(around.struck, unit.span) {
        blank(&mut bytes, span);
    }
    let figure_text = String::from_utf8(bytes).unwrap_or_default();
    let outer_text = String::from_utf8(outer).unwrap_or_default();

    let first_scope = doc.scopes.len();
    let whole = |kind| Scope { span: unit.span, kind, unit: index };
    // The rows of a pandoc table pulldown-cmark reads as a paragraph, also when that paragraph
    // is another table's caption too.
    scratch.rows.clear();
    if let UnitKind::TableText { table, .. } = unit.kind {
        // A multiline table's row is a paragraph of its own.
        if matches!(doc.tables[table].form, TableForm::Multiline { .. }) {
            scratch.rows.push(Span::new(0, unit.span.len()));
        } else {
            table::table_rows_into(text, unit.span, &mut scratch.rows);
        }
    }
    match (unit.kind, caption) {
        (_, Some(table)) => doc.scopes.push(whole(ScopeKind::Caption { table })),
        (UnitKind::Heading, _) => doc.scopes.push(whole(ScopeKind::Heading)),
        // A list item ends every sentence in it, and is split into sentences like a paragraph.
        (UnitKind::ListItem, _) => {
            scratch.sentences.clear();
            sentence::sentences_into(&outer_text, &mut scratch.pairs, &mut scratch.sentences);
            join_lead_in(text, unit.span, &mut scratch.sentences);
            for s in &scratch.sentences {
                doc.scopes.push(Scope { span: s.shift(base), kind: ScopeKind::ListItem, unit: index });
            }
            if doc.scopes.len() == first_scope {
                doc.scopes.push(whole(ScopeKind::ListItem));
            }
        }
        (UnitKind::TableCell { table, row }, _) => {
            doc.scopes.push(whole(ScopeKind::TableCell { table, row }))
        }
        // The rows of a pandoc table pulldown-cmark reads as a paragraph are its scopes.
        (UnitKind::TableText { table, first_row }, _) => {
            for (row, s) in scratch.rows.iter().enumerate() {
                doc.scopes.push(Scope {
                    span: s.shift(base),
                    kind: ScopeKind::TableCell { table, row: first_row + row },
                    unit: index,
                });
            }
            if doc.scopes.len() == first_scope {
                doc.scopes.push(whole(ScopeKind::TableCell { table, row: first_row }));
            }
        }
        (UnitKind::Paragraph, None) => {
            scratch.sentences.clear();
            sentence::sentences_into(&outer_text, &mut scratch.pairs, &mut scratch.sentences);
            join_lead_in(text, unit.span, &mut scratch.sentences);
            for s in &scratch.sentences {
                doc.scopes.push(Scope { span: s.shift(base), kind: ScopeKind::Sentence, unit: index });
            }
            if doc.scopes.len() == first_scope {
                doc.scopes.push(whole(ScopeKind::Sentence));
            }
        }
    }
    let block_scopes = first_scope..doc.scopes.len();
    // The block scope holding absolute offset `at`: the last one starting at or before it.
    let scope_at = |scopes: &[Scope], at: usize| -> usize {
        let slice = &scopes[block_scopes.clone()];
        let i = slice.partition_point(|s| s.span.start <= at);
        block_scopes.start + i.saturating_sub(1)
    };

    let mut note_scopes = std::mem::take(&mut scratch.note_scopes);
    note_scopes.clear();
    for note in &notes {
        let parent = scope_at(&doc.scopes, note.span.start + base);
        doc.inline_notes.push(InlineNote { span: note.span.shift(base), content: note.content.shift(base) });
        let note_index = doc.inline_notes.len() - 1;
        doc.scopes.push(Scope {
            span: note.content.shift(base),
            kind: ScopeKind::InlineNote { note: note_index, parent },
            unit: index,
        });
        note_scopes.push((note.content.shift(base), doc.scopes.len() - 1));
    }
    // The innermost note holding `at` (notes come in text order and nest), else the block
    // scope.
    let mut in_notes = std::mem::take(&mut scratch.in_notes);
    in_notes.restart();
    let mut scope_of = |scopes: &[Scope], at: usize| -> usize {
        let held = in_notes.at(
            note_scopes.len(),
            at,
            |i, p| note_scopes[i].0.start <= p,
            |i, p| note_scopes[i].0.contains(p),
        );
        held.last().map_or_else(|| scope_at(scopes, at), |&i| note_scopes[i].1)
    };

    // Where a figure must stop: a citation, the end of a span's text, a note's edges. The
    // recognizer sees these as blanks and may read a noun beyond them as the unit
    // ("[3,000]{qty=x} fighters"); the figure's text still ends at the barrier.
    let mut barriers = std::mem::take(&mut scratch.barriers);
    barriers.clear();
    barriers.extend(citations.iter().map(|c| c.span.start));
    barriers.extend(spans.iter().map(|s| s.content.end));
    barriers.extend(notes.iter().flat_map(|n| [n.span.start, n.content.end]));
    barriers.sort_unstable();
    let first_figure = doc.figures.len();
    let first_span = doc.spans.len();
    let mut found = std::mem::take(&mut scratch.figures);
    if let UnitKind::TableText { table, .. } = unit.kind {
        // Row by row, and in simple and multiline tables column by column, so that no range or
        // noun runs from one cell into the next.
        found.clear();
        let mut in_cell = std::mem::take(&mut scratch.in_row);
        let dashes = match doc.tables[table].form {
            TableForm::Simple { columns } | TableForm::Multiline { columns } => Some(columns.slice(text)),
            TableForm::Pipe | TableForm::Grid => None,
        };
        for row in &scratch.rows {
            let row_text = row.slice(&figure_text);
            // A cell's text and how its offsets map to the row's.
            let mut read = |cell: &str, offset: &dyn Fn(usize, bool) -> usize| {
                scratch.recognizer.recognize_into(cell, &mut in_cell);
                found.extend(in_cell.drain(..).map(|mut f| {
                    f.map_spans(|s| Span::new(offset(s.start, false), offset(s.end, true)).shift(row.start));
                    f
                }));
            };
            match dashes {
                Some(dashes) => {
                    let at = base + row.start;
                    let line_start = crate::text::line_start(text, at);
                    let lead = text[line_start..at].chars().count();
                    for cell in table::column_texts(row_text, lead, dashes) {
                        read(&cell.text, &|i, end| cell.offset(i, end));
                    }
                }
                None => read(row_text, &|i, _| i),
            }
        }
        scratch.in_row = in_cell;
        // In text order, without overlaps: a range over two lines of a cell may hold a figure
        // of the next cell.
        found.sort_by_key(|f| f.span.start);
        let mut end = 0;
        found.retain(|f| {
            let keep = f.span.start >= end;
            if keep {
                end = f.span.end;
            }
            keep
        });
    } else if matches!(unit.kind, UnitKind::Heading) {
        scratch.recognizer.recognize_heading_into(&figure_text, &mut found);
    } else if let UnitKind::TableCell { table, row } = unit.kind {
        // A pipe table's cell: the first of its row is the row's label, and a country it names
        // settles the letter currencies of the row's other cells as a title would, beside the
        // title's (under a title on Zambia, "| DRC traders at Kasumbalesa | K490 |" pay in
        // kwacha), and a shared sign or word, the shilling's `Sh`, before the report's codes
        // and its title.
        let line = &text[crate::text::line_start(text, base)..base];
        if line.bytes().all(|b| matches!(b, b' ' | b'\t' | b'|')) {
            let country = figure::label_country(unit.span.slice(text).trim());
            scratch.row_country = Some((table, row, country));
            scratch.recognizer.recognize_into(&figure_text, &mut found);
        } else if let Some((t, r, Some(country))) = scratch.row_country
            && (t, r) == (table, row)
        {
            scratch.recognizer.set_row_country(Some(country));
            scratch.recognizer.recognize_into(&figure_text, &mut found);
            scratch.recognizer.set_row_country(None);
        } else {
            scratch.recognizer.recognize_into(&figure_text, &mut found);
        }
    } else {
        scratch.recognizer.recognize_into(&figure_text, &mut found);
    }
    // A span that names a quantity holds a figure even where the prose around it hides one
    // ("Guatemala [150]{part-of=mss}" reads as a name and its number): its content is read
    // alone.
    // Only a number right after a capitalised word in mid-sentence is hidden so: "until
    // [2200]" or "the [1267] Committee" stay what the words around them make them.
    let read_before = found.len();
    // The figures found so far come in text order without overlaps, so their ends are in
    // order too: the one a span's content could overlap is the first that ends after it starts.
    debug_assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start), "figures in order");
    for s in &spans {
        let content = s.content;
        let first_after = found[..read_before].partition_point(|f| f.span.end <= content.start);
        let names_quantity = s.attrs.iter().any(|a| a.key == "qty" || a.key == "part-of")
            && found[..read_before].get(first_after).is_none_or(|f| f.span.start >= content.end);
        // (Also after "per", where a number is a rate's denominator and no figure: the span
        // says it is one, "one latrine per [51]{qty=ppl} people".)
        let marked = names_quantity
            && content.slice(prose).starts_with(|c: char| c.is_ascii_digit())
            && (after_name(&prose[..s.span.start]) || prose[..s.span.start].trim_end().ends_with(" per"));
        // At the start of the unit, where a number before a capitalised word may number a
        // section ("- [6]{part-of=m} KN-23 class SRBMs"), the span says it is a figure; it is
        // read with the words after it, for its noun.
        let opening = names_quantity
            && !marked
            && prose[..s.span.start].trim().is_empty()
            && content.slice(prose).starts_with(|c: char| c.is_ascii_digit());
        // A spelled-out number the author marks as a quantity is a figure, though small ones
        // are not in running prose ("[seven]{qty=patriot} batteries"); the noun after the span
        // is its unit.
        if names_quantity && content.slice(prose).starts_with(|c: char| c.is_ascii_alphabetic()) || opening {
            let mut alone = std::mem::take(&mut scratch.in_row);
            // The content and a few words after it, for the noun (not the rest of the unit:
            // a paragraph of such spans would be read again at each).
            let mut end = (content.end + 80).min(figure_text.len());
            while !figure_text.is_char_boundary(end) {
                end -= 1;
            }
            scratch.recognizer.recognize_marked_into(&figure_text[content.start..end], &mut alone);
            let inside = content.slice(&figure_text).trim_end().len();
            // (Fractions are not counts: "[Two-thirds]{qty=x} of the population".)
            let fraction = |f: &figure::Figure| {
                f.unit
                    .as_deref()
                    .is_some_and(|u| matches!(u, "third" | "quarter" | "fifth" | "tenth" | "half"))
            };
            if let Some(mut f) =
                alone.drain(..).next().filter(|f| f.span.start < inside && f.ends.is_none() && !fraction(f))
            {
                f.span.end = f.span.end.min(inside);
                f.map_spans(|s| s.shift(content.start));
                found.push(f);
            }
            scratch.in_row = alone;
        }
        if marked {
            let mut alone = std::mem::take(&mut scratch.in_row);
            // Read with a few words after it, for its noun ("Frelimo [195]{part-of=s} of the
            // [250]{qty=s} seats" counts seats); alone again if a figure runs out of it.
            let inside = content.slice(&figure_text).trim_end().len();
            let mut end = (content.end + 80).min(figure_text.len());
            while !figure_text.is_char_boundary(end) {
                end -= 1;
            }
            scratch.recognizer.recognize_into(&figure_text[content.start..end], &mut alone);
            alone.retain(|f| f.span.start < inside);
            if alone.iter().any(|f| f.span.end > inside && f.ends.is_some()) {
                scratch.recognizer.recognize_into(content.slice(&figure_text), &mut alone);
            }
            found.extend(alone.drain(..).map(|mut f| {
                f.span.end = f.span.end.min(inside);
                f.map_spans(|s| s.shift(content.start));
                f
            }));
            scratch.in_row = alone;
        }
    }
    // A range may not run into or out of a span that names a quantity: the author marked one
    // end alone as the figure ("[5,000]{qty=x} to 7,000 fighters", "laundered [$870
    // million]{qty=l} through 3 accounts"). The span's content and the rest of the range's
    // text are read again, each on its own.
    // (The spans that could hold one end but not the other are found by binary search: a
    // paragraph can hold thousands of spans and ranges.)
    let named: Vec<&BracketedSpan> =
        spans.iter().filter(|s| s.attrs.iter().any(|a| a.key == "qty" || a.key == "part-of")).collect();
    let mut by_end: Vec<&BracketedSpan> = Vec::new();
    if !named.is_empty() && found.iter().any(|f| f.ends.is_some()) {
        by_end.extend(&named);
        by_end.sort_by_key(|s| s.content.end);
    }
    let mut split = false;
    let mut i = 0;
    while i < found.len() {
        // (A range opened by a bound, "at least [5,000]{qty=x} to 7,000", stays whole: its
        // ends cannot be told apart.)
        let closed = found[i].low.is_some() && found[i].high.is_some();
        let straddled = found[i].ends.filter(|_| closed && !by_end.is_empty()).and_then(|(a, b)| {
            let inside = |s: &BracketedSpan, x: Span| s.content.start <= x.start && x.end <= s.content.end;
            let straddles = |s: &&&BracketedSpan| inside(s, a) != inside(s, b);
            // Holding the second end: opening after the first. Holding the first: closing
            // before the second ends.
            let opening = named.partition_point(|s| s.content.start <= a.start);
            let upto = named.partition_point(|s| s.content.start <= b.start);
            let closing = by_end.partition_point(|s| s.content.end < a.end);
            let before = by_end.partition_point(|s| s.content.end < b.end);
            named[opening..upto.max(opening)]
                .iter()
                .find(straddles)
                .or_else(|| by_end[closing..before.max(closing)].iter().find(straddles))
                .copied()
        });
        let Some(s) = straddled else {
            i += 1;
            continue;
        };
        // (Swapped out, not removed: a paragraph of such ranges would shift the list at each;
        // the figure swapped in is looked at next, and the list is sorted after.)
        let figure = found.swap_remove(i);
        let first_inside = figure.ends.is_some_and(|(a, _)| s.content.start <= a.start);
        let rest = if first_inside {
            Span::new(s.span.end, figure.span.end)
        } else {
            Span::new(figure.span.start, s.span.start)
        };
        let mut alone = std::mem::take(&mut scratch.in_row);
        for part in [s.content, rest] {
            if part.start >= part.end {
                continue;
            }
            scratch.recognizer.recognize_into(part.slice(&figure_text), &mut alone);
            found.extend(alone.drain(..).map(|mut f| {
                f.map_spans(|x| x.shift(part.start));
                // What the range wrote once for both ends counts for a bare end read alone: a
                // noun ("[5,000]{qty=x} to 7,000 fighters"), a unit, a percent sign, a
                // magnitude or a currency ("[2]{qty=p} to 3 million people" is 2 million).
                let end_value = figure.ends.and_then(|(a, b)| {
                    if f.span.covers(a) {
                        figure.low
                    } else if f.span.covers(b) {
                        figure.high
                    } else {
                        None
                    }
                });
                // An approximator before the range hedges both ends ("some [5,000]{qty=x} to
                // 7,000").
                f.approx |= figure.approx;
                let bare = f.unit.is_none() && f.kind == figure::FigureKind::Count;
                if let Some(value) = end_value
                    && f.ends.is_none()
                    && (bare || f.kind == figure.kind && f.unit == figure.unit)
                {
                    let bound = |x: Option<f64>| x.map(|_| value);
                    (f.low, f.high) = (bound(f.low), bound(f.high));
                    f.kind = figure.kind;
                    f.unit = figure.unit.clone();
                }
                f
            }));
        }
        scratch.in_row = alone;
        split = true;
    }
    if found.len() > read_before || split {
        found.sort_by_key(|f| f.span.start);
    }
    debug_assert!(spans.is_sorted_by_key(|s| s.content.start), "spans come in text order");
    let mut in_spans = std::mem::take(&mut scratch.in_spans);
    in_spans.restart();
    for mut figure in found.drain(..) {
        let last_number = figure.ends.map_or(figure.span.start, |(a, b)| a.end.max(b.end));
        let first = barriers.partition_point(|&b| b <= figure.span.start);
        if let Some(&barrier) = barriers.get(first)
            && barrier < figure.span.end
            && barrier >= last_number
            && figure_text[figure.span.start..barrier].bytes().any(|b| b.is_ascii_digit())
        {
            let kept = figure_text[figure.span.start..barrier].trim_end();
            if !kept.is_empty() {
                figure.span.end = figure.span.start + kept.len();
            }
        }
        // A span that opens inside the figure and holds its end defines the figure's text
        // ("between [20,000 and 23,000]{qty=x}"): the bound or approximator before it still
        // counts, but the figure is what the author bracketed.
        // Spans come in text order: those opening inside the figure are a run.
        let opening_inside = spans.partition_point(|s| s.content.start <= figure.span.start);
        if let Some(s) = spans[opening_inside..]
            .iter()
            .take_while(|s| s.content.start < figure.span.end)
            .find(|s| figure.span.end <= s.content.end)
        {
            let inner = &figure_text[s.content.start..figure.span.end];
            figure.span.start = s.content.start + (inner.len() - inner.trim_start().len());
        }
        // A unit read from a superscript (`km^2^` as `km²`) ends at its closing mark.
        if prose.as_bytes().get(figure.span.end) == Some(&b'^')
            && (figure_text[..figure.span.end].ends_with('²')
                || figure_text[..figure.span.end].ends_with('³'))
        {
            figure.span.end += 1;
        }
        figure.map_spans(|s| s.shift(base));
        let scope = scope_of(&doc.scopes, figure.span.start);
        let rel = Span::new(figure.span.start - base, figure.span.end - base);
        let enclosing: Vec<usize> = in_spans
            .at(
                spans.len(),
                rel.end,
                |i, p| spans[i].content.start < p,
                |i, p| spans[i].content.start < p && p <= spans[i].content.end,
            )
            .iter()
            .map(|i| first_span + i)
            .collect();
        // A bracketed citation the writer put at the figure: right after it, or after the
        // bracketed span holding it, past at most one word ("7,000 fighters [@unmt]").
        let anchor =
            enclosing.iter().map(|&i: &usize| spans[i - first_span].span.end).fold(rel.end, usize::max);
        // (The unit's citations are in text order.)
        let cited_here = citations
            .get(citations.partition_point(|c| c.span.start < anchor))
            .filter(|c| c.mode == citation::CitationMode::Bracketed)
            .is_some_and(|c| {
                let gap = &prose[anchor..c.span.start];
                gap.len() <= 16
                    && gap
                        .chars()
                        // (A unit's square or cube sign too: "[139,000]{qty=x} km² [@a]".)
                        .all(|ch| ch.is_alphabetic() || ch.is_whitespace() || "*_)]’'\"”²³".contains(ch))
                    && gap.split(|ch: char| !ch.is_alphabetic()).filter(|w| !w.is_empty()).count() <= 1
            });
        doc.figures.push(FigureSite { figure, scope, spans: enclosing, cited_here });
    }
    scratch.figures = found;
    let unit_figures = first_figure..doc.figures.len();
    let mut terms = std::mem::take(&mut scratch.terms);
    likelihood::scan_into(&figure_text, &mut terms);
    // (In a grid, simple or multiline table, a term and its probability share a cell: two
    // spaces, a line break or a `|` end one.)
    let in_table = matches!(unit.kind, UnitKind::TableText { .. });
    let cell_end = |s: &str| s.find("  ").into_iter().chain(s.find(['\n', '|'])).min().unwrap_or(s.len());
    for k in 0..terms.len() {
        let mut term = terms[k];
        let after =
            doc.figures[unit_figures.clone()].partition_point(|f| f.figure.span.start < term.span.end + base);
        // The percentage right after the term, in parentheses ("likely (30%)", "likely (<30%)"),
        // or closed and alone before the clause ends or a note ("likely 30%.", "likely 30-40%.",
        // "likely 30% (our estimate)"), or before "chance" ("a likely 30% chance"); "is likely
        // under 30%" and "likely 60% below" state a likely value, not a probability.
        let probability = (after < unit_figures.len()).then_some(unit_figures.start + after).filter(|&i| {
            let f = &doc.figures[i].figure;
            let between = &figure_text[term.span.end..f.span.start - base];
            if in_table && cell_end(between) < between.len() {
                return false;
            }
            let rest = &figure_text[f.span.end - base..];
            let rest = if in_table { &rest[..cell_end(rest)] } else { rest }.trim_start();
            let named = probability_word(rest).is_some_and(|after| !after.starts_with(char::is_alphanumeric));
            let alone = f.low.is_some()
                && f.high.is_some()
                && (rest.is_empty() || rest.starts_with([')', '(', '.', ',', ';', ':']) || named);
            // "unlikely (a 60% chance)", "likely, at around 30%, that …", "likely (probability
            // 30%)", "unlikely – around 70% – that …"
            let named_before = between.trim().strip_prefix('(').is_some_and(|w| {
                let w = w.trim().trim_end_matches([':', '=']).trim_end();
                ["probability", "chance", "likelihood"].iter().any(|p| w.eq_ignore_ascii_case(p))
            });
            let dash = between.trim();
            // ("Growth is likely – around 3% – this year": the likely value.)
            let dashed = matches!(dash, "–" | "—" | "--")
                && f.low.is_some()
                && f.high.is_some()
                && rest.strip_prefix(dash).is_some_and(|r| {
                    r.trim_start().get(..5).is_some_and(|w| w.eq_ignore_ascii_case("that "))
                });
            // "the most likely scenario (60%)": a term and the outcome it judges, then its
            // probability alone in parentheses.
            let outcome = between.trim().strip_suffix('(').map(str::trim_end).is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "scenario"
                        | "outcome"
                        | "explanation"
                        | "course of action"
                        | "option"
                        | "trajectory"
                        | "path"
                )
            }) && rest.starts_with(')');
            // "(very unlikely, 25%)", "(likely: 30%)": a scenario's label in parentheses.
            let opened = figure_text[..term.span.start].trim_end();
            let opened = ["most", "more", "less", "least"]
                .iter()
                .find_map(|w| opened.strip_suffix(w).filter(|o| !o.ends_with(char::is_alphanumeric)))
                .unwrap_or(opened);
            // (A bound too: "(likely, >80%)".)
            let labelled = opened.trim_end().ends_with('(')
                && matches!(between.trim(), "," | ":" | ";")
                && (f.low.is_some() || f.high.is_some())
                && rest.starts_with(')');
            let lead_in = without_article(between).trim() == "(" && named_closed(rest)
                || labelled
                || outcome
                || between.trim() == ", at" && alone && rest.starts_with([',', ')', '.', ';'])
                || named_before && rest.starts_with(')')
                || dashed;
            f.kind == figure::FigureKind::Percent
                && (between.chars().all(|c| c.is_whitespace() || c == '(')
                    && (between.contains('(') || alone)
                    || lead_in)
        });
        // Else a percentage further on in the sentence, before the next term, that names itself
        // a probability in parentheses: "Congress will likely approve it (30% probability)".
        let probability = probability.or_else(|| {
            let scope = scope_of(&doc.scopes, term.span.start + base);
            let next_term = terms.get(k + 1).map_or(usize::MAX, |t| t.span.start + base);
            (unit_figures.start + after..unit_figures.end)
                .take_while(|&i| {
                    doc.figures[i].figure.span.start < next_term && doc.figures[i].scope == scope
                })
                .find(|&i| {
                    let f = &doc.figures[i].figure;
                    let between = &figure_text[term.span.end..f.span.start - base];
                    if in_table && cell_end(between) < between.len() {
                        return false;
                    }
                    let before = without_article(&figure_text[..f.span.start - base]);
                    let rest = figure_text[f.span.end - base..].trim_start();
                    f.kind == figure::FigureKind::Percent && before.ends_with('(') && named_closed(rest)
                })
        });
        term.span = term.span.shift(base);
        let scope = scope_of(&doc.scopes, term.span.start);
        doc.terms.push(TermSite { term, scope, probability });
    }
    terms.clear();
    scratch.terms = terms;
    for mut citation in citations.drain(..) {
        shift_citation(&mut citation, base);
        let scope = scope_of(&doc.scopes, citation.span.start);
        doc.citations.push(CitationSite { citation, scope });
    }
    scratch.citations = citations;
    for mut span in spans {
        span.span = span.span.shift(base);
        span.content = span.content.shift(base);
        span.attrs_span = span.attrs_span.shift(base);
        for attr in &mut span.attrs {
            attr.span = attr.span.shift(base);
            attr.value_span = attr.value_span.shift(base);
        }
        doc.spans.push(span);
    }
    let first_ref = doc.footnote_refs.partition_point(|r| r.span.start < unit.span.start);
    for r in doc.footnote_refs[first_ref..]
        .iter_mut()
        .take_while(|r| r.span.start < unit.span.end)
        .filter(|r| unit.span.covers(r.span))
    {
        r.scope = Some(scope_of(&doc.scopes, r.span.start));
    }
    scratch.figure_text = figure_text;
    scratch.outer_text = outer_text;
    scratch.barriers = barriers;
    scratch.note_scopes = note_scopes;
    scratch.in_notes = in_notes;
    scratch.in_spans = in_spans;
}

/// Whether pandoc reads `label` as a footnote label: it holds no white space (pulldown-cmark
/// also accepts `[^a b]`, which pandoc leaves as text).
/// A run-in heading in bold that opens a paragraph or list item, ends with a full stop or a
/// colon and states nothing itself ("**5 October, 48 nm south-west of Aden.** A tanker was
/// hit [@ukmto].") is one sentence with the sentence after it, which cites for it. `unit` is the unit's span in `text` (it
/// starts inside the bold), `sentences` its sentences as offsets from the unit's start.
fn join_lead_in(text: &str, unit: Span, sentences: &mut Vec<Span>) {
    if sentences.len() < 2 {
        return;
    }
    let before = &text[..unit.start];
    let marker = if before.ends_with("**") {
        "**"
    } else if before.ends_with("__") {
        "__"
    } else {
        return;
    };
    // The bold opens the unit: only a list marker, a quote marker or spaces before it on its line.
    let line = &before[before.rfind('\n').map_or(0, |n| n + 1)..before.len() - 2];
    if !line
        .trim_start()
        .trim_start_matches(['-', '*', '+', '>', ' '])
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')')
        .trim()
        .is_empty()
    {
        return;
    }
    let raw = unit.slice(text);
    let Some(close) = raw.find(marker) else { return };
    let lead = raw[..close].trim_end();
    if lead.contains("\n\n") || !lead.ends_with(['.', ':']) {
        return;
    }
    // A label (a place, a date, a topic), not a claim of its own: no verb that states one
    // ("**Casualties rose to 1,200 in March.** The ministry disputes this count [@mod].").
    let claims = lead.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "may"
                | "might"
                | "can"
                | "could"
                | "rose"
                | "fell"
                | "rise"
                | "fall"
                | "rises"
                | "falls"
                | "increased"
                | "decreased"
                | "doubled"
                | "killed"
                | "said"
                | "says"
                | "reported"
                | "reports"
                | "claimed"
                | "claims"
                | "estimated"
                | "estimates"
                | "denies"
                | "denied"
                | "remain"
                | "remains"
                | "reached"
                | "likely"
        )
    });
    if claims {
        return;
    }
    // The first sentence ends in the lead-in or right after its closing marker.
    if sentences[0].end <= close + 2 && sentences[1].start >= close {
        sentences[0].end = sentences[1].end;
        sentences.remove(1);
    }
}

fn is_note_label(label: &str) -> bool {
    !label.contains(char::is_whitespace)
}

/// The length of the Pandoc example list marker `text` starts with: `@label.`, `@label)` or
/// `(@label)`, the label made of letters, digits, `_` and `-` (possibly none), followed by a
/// space, a tab or the end of the line.
fn example_marker(text: &str) -> Option<usize> {
    let parens = text.starts_with("(@");
    let label_start = if parens { 2 } else { text.strip_prefix('@').map(|_| 1)? };
    let label_len = text[label_start..]
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(text.len() - label_start);
    let end = label_start + label_len;
    let len = match text.as_bytes().get(end) {
        Some(b')') => end + 1,
        Some(b'.') if !parens => end + 1,
        _ => return None,
    };
    matches!(text.as_bytes().get(len), None | Some(b' ' | b'\t' | b'\n' | b'\r')).then_some(len)
}

/// LaTeX commands whose braced argument is text a reader sees (`\textbf{40 fighters}`): only
/// their name and braces are blanked.
const TEX_TEXT_COMMANDS: &[&str] = &[
    "caption",
    "emph",
    "footnote",
    "hbox",
    "marginpar",
    "mbox",
    "paragraph",
    "section",
    "subsection",
    "subsubsection",
    "textbf",
    "textit",
    "textmd",
    "textnormal",
    "textrm",
    "textsc",
    "textsf",
    "textsl",
    "texttt",
    "textup",
    "underline",
];

/// Whether the letters right before byte `i` (a whole run of ASCII letters) name a dollar
/// only when glued to its sign: "NT" in `NT\$`.
fn glued_dollar_prefix_before(bytes: &[u8], i: usize) -> bool {
    let start = bytes[..i].iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |p| p + 1);
    start < i && figure::is_glued_dollar_prefix(&bytes[start..i])
}

/// Blanks pandoc's raw LaTeX in the text figures are read from: a backslash and a command
/// name (`\vspace`, `\begin`), and the bracketed and braced arguments right after it
/// (`{2cm}`, `[width=5cm]`), which are settings, not prose; of the text commands
/// ([`TEX_TEXT_COMMANDS`]) only the braces go. `commands` are where the backslashes stand,
/// in order (an escaped backslash, `\\`, starts none: escapes are read before this).
fn blank_tex_commands(bytes: &mut [u8], commands: &[usize]) {
    // Where each `{` and `[` closes, found in one pass (a long text of unclosed groups must
    // not be searched again for every command in it).
    let closes = |open: u8, close: u8| {
        let (mut stack, mut pairs) = (Vec::new(), Vec::new());
        for (at, &b) in bytes.iter().enumerate() {
            if b == open {
                stack.push(at);
            } else if b == close
                && let Some(start) = stack.pop()
            {
                pairs.push((start, at));
            }
        }
        pairs.sort_unstable();
        pairs
    };
    let (braces, brackets) = (closes(b'{', b'}'), closes(b'[', b']'));
    let mut i = 0;
    for &start in commands {
        // Inside the arguments of a command before it: already blank.
        if start < i {
            continue;
        }
        let mut end = start + 1;
        while bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
            end += 1;
        }
        let text_command = std::str::from_utf8(&bytes[start + 1..end])
            .is_ok_and(|name| TEX_TEXT_COMMANDS.binary_search(&name).is_ok());
        if bytes.get(end) == Some(&b'*') {
            end += 1;
        }
        bytes[start..end].fill(b' ');
        // Its arguments, as long as one follows right after another.
        while let Some(&open @ (b'{' | b'[')) = bytes.get(end) {
            let pairs = if open == b'{' { &braces } else { &brackets };
            let Ok(k) = pairs.binary_search_by_key(&end, |&(o, _)| o) else { break };
            let group = end..pairs[k].1 + 1;
            if open == b'{' && text_command {
                bytes[group.start] = b' ';
                bytes[group.end - 1] = b' ';
                break;
            }
            blank_but_line_breaks(&mut bytes[group.clone()]);
            end = group.end;
        }
        i = end;
    }
}

/// Whether a strikethrough as pulldown-cmark reads it is a subscript for pandoc: one tilde on
/// each side and no blanks between (`~2~`; `~~x~~` and `~a b~` strike through).
fn is_subscript(source: &str) -> bool {
    let inner = source.strip_prefix('~').and_then(|s| s.strip_suffix('~'));
    inner.is_some_and(|inner| {
        !inner.is_empty()
            && !inner.starts_with('~')
            && !inner.ends_with('~')
            && !inner.contains(char::is_whitespace)
    })
}

/// Rewrites pandoc's superscripts (`^x^`) and subscripts (`~x~`), text without blanks between
/// two marks, in the text figures are read from, keeping every offset: an ordinal's suffix
/// joins its number (`1^st^` reads as `1st`, no figure), a squared or cubed unit becomes one
/// (`km^2^` reads as `km²`), and anything else is blanked (`CO~2~`, a note number `^1^`), with
/// the `10` of a power of ten (`10^6^`), which the recognizer cannot read.
fn read_scripts(bytes: &mut [u8]) {
    let blank = |b: &mut [u8]| b.fill(b' ');
    let mut i = 0;
    while i < bytes.len() {
        let mark = bytes[i];
        if mark != b'^' && mark != b'~' {
            i += 1;
            continue;
        }
        let Some(len) = bytes[i + 1..].iter().position(|&b| b == mark || b.is_ascii_whitespace()) else {
            break;
        };
        let close = i + 1 + len;
        if bytes[close] != mark || len == 0 {
            i = close + usize::from(len == 0);
            continue;
        }
        let before = i.checked_sub(1).map(|b| bytes[b]);
        let content = &bytes[i + 1..close];
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|o| content.eq_ignore_ascii_case(o.as_bytes()));
        let power: Option<&[u8]> = match content {
            b"2" => Some("²".as_bytes()),
            b"3" => Some("³".as_bytes()),
            _ => None,
        };
        let digits = content.iter().all(u8::is_ascii_digit);
        if mark == b'^' && ordinal && before.is_some_and(|b| b.is_ascii_digit()) {
            bytes.copy_within(i + 1..close, i);
            blank(&mut bytes[close - 1..=close]);
        } else if let Some(power) =
            power.filter(|_| mark == b'^' && before.is_some_and(|b| b.is_ascii_alphabetic()))
        {
            bytes[i..i + 2].copy_from_slice(power);
            bytes[close] = b' ';
        } else {
            blank(&mut bytes[i..=close]);
            let ten = i >= 2 && &bytes[i - 2..i] == b"10" && (i == 2 || !bytes[i - 3].is_ascii_digit());
            if mark == b'^' && ten && digits {
                blank(&mut bytes[i - 2..i]);
            }
        }
        i = close + 1;
    }
}

fn shift_citation(citation: &mut Citation, base: usize) {
    citation.span = citation.span.shift(base);
    for item in &mut citation.items {
        item.span = item.span.shift(base);
        item.key_span = item.key_span.shift(base);
        if let Some(locator) = &mut item.locator {
            locator.span = locator.span.shift(base);
        }
    }
}

/// Reads `<!-- attest-ignore RULE, RULE -->` and `<!-- attest-ignore-file RULE -->`.
fn parse_suppression(text: &str, comment: Span) -> Option<Suppression> {
    let inner_start = comment.start + 4;
    let inner = Span::new(inner_start, comment.end - 3).slice(text);
    let lead = inner.len() - inner.trim_start().len();
    let body = inner.trim_start();
    let (file_wide, rest_offset) = if let Some(rest) = body.strip_prefix("attest-ignore-file") {
        (true, body.len() - rest.len())
    } else if let Some(rest) = body.strip_prefix("attest-ignore") {
        (false, body.len() - rest.len())
    } else {
        return None;
    };
    let rest = &body[rest_offset..];
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest_start = inner_start + lead + rest_offset;
    let mut rules = Vec::new();
    let mut pos = 0;
    for piece in rest.split([',', ' ', '\t', '\n', '\r']) {
        let start = pos;
        pos += piece.len() + 1;
        if !piece.is_empty() {
            let span = Span::new(rest_start + start, rest_start + start + piece.len());
            rules.push(Spanned { value: piece.to_string(), span });
        }
    }
    Some(Suppression { span: comment, rules, file_wide, covers: comment })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word processor's table title: its label's length, up to the text; the table above or
    /// below it takes it when it has no caption, the table below first when it stands between.
    #[test]
    fn table_titles() {
        for (text, len) in [
            ("Table 1. Rates (ZMW million)", Some(9)),
            ("Table 3: Seizures", Some(9)),
            ("Table 2:** Tranches", Some(11)),
            ("Table 4**:** Routes", Some(13)),
            ("Table A1 – Budgets", Some(13)),
            ("Table 5 shows", None),
            ("Table: Prices", None),
        ] {
            assert_eq!(table_label_len(text), len, "{text:?}");
        }
        let text =
            "| a | b |\n|---|---|\n| x | 1 |\n\nTable 2. Below (USD)\n\n| c | d |\n|---|---|\n| y | 2 |\n";
        let doc = parse(text).document;
        let titles: Vec<Option<&str>> =
            doc.tables.iter().map(|t| t.title.map(|u| doc.units[u].span.slice(text))).collect();
        assert_eq!(titles, [None, Some("Table 2. Below (USD)")]);
    }

    /// A multiline table's row that is also read as the caption of the simple table before it
    /// is read by its own rows (it was read by the other table's, past the end of the text).
    #[test]
    fn a_table_row_read_as_a_caption_keeps_its_own_rows() {
        let text = "-- --\nzbekistan\n2\n\n---\n:}\n--\n0\n--";
        let doc = parse(text).document;
        let got: Vec<&str> = doc.figures.iter().map(|f| f.figure.span.slice(text)).collect();
        assert_eq!(got, ["2", "0"]);
    }

    /// A paragraph or list item opening with `@label.`, `@label)` or `(@label)` and a blank is
    /// one of Pandoc's example lists: its marker is no citation (and no figure). Anywhere
    /// else, or without the blank, it is.
    #[test]
    fn example_list_markers_are_not_citations() {
        let text = "@a1. Opens an example list.\n\n(@a2) So does this, and @b1. is cited.\n\n\
                    - @a3) In an item.\n- [ ] @b2. After a task box.\n\n> @a4.\n\n\
                    # @b3. In a heading\n\n@b4.x and @b5 [p. 4]. Cited.\n\n\
                    Text\n@b6. continues the paragraph.\n\n@7. Not a figure either.\n";
        let doc = parse(text).document;
        let keys: Vec<&str> =
            doc.citations.iter().flat_map(|c| c.citation.items.iter().map(|i| &*i.key)).collect();
        assert_eq!(keys, ["b1", "b2", "b3", "b4.x", "b5", "b6"]);
        assert!(doc.figures.is_empty(), "{:?}", doc.figures);
    }

    /// A bare count in millions after a sum takes the sum's currency, but not past math, which
    /// may hide another currency's sign: pandoc reads `$50m. The fund disbursed R$` as math, so
    /// the 1.2 billion after it is no sum in dollars.
    #[test]
    fn a_sums_currency_reaches_no_count_past_math() {
        let unit_of = |text: &str, figure: &str| {
            let doc = parse(text).document;
            let f = doc.figures.iter().find(|f| f.figure.span.slice(text) == figure).expect(figure);
            (f.figure.kind, f.figure.unit.as_deref().map(str::to_string))
        };
        let masked = "The US pledged $500 million but disbursed only $50m. The fund disbursed R$ 1.2 \
                      billion to 109 projects.\n";
        assert_eq!(unit_of(masked, "1.2 billion"), (figure::FigureKind::Count, None));
        let plain = "The fund disbursed $500 million in 2024 and 1.2 billion in 2025.\n";
        assert_eq!(unit_of(plain, "1.2 billion"), (figure::FigureKind::Money, Some("USD".to_string())));
    }

    /// No figure reads across inline math or code: pandoc reads `$1.5m … US$` as math, so the
    /// `$1.2m to` before it and the `140` after it make no range (which would run backwards).
    #[test]
    fn no_figure_reads_across_math_or_code() {
        let texts = |text: &str| {
            let doc = parse(text).document;
            doc.figures.iter().map(|f| f.figure.span.slice(text).to_string()).collect::<Vec<_>>()
        };
        let math = "It would cost an estimated $1.2m to $1.5m over three years, including about 800 \
                    steel racks at US$ 140 each.\n";
        assert_eq!(texts(math), ["an estimated $1.2m", "140"]);
        assert_eq!(texts("Between 40 and `n` 60 people.\n"), ["40", "60 people"]);
    }

    /// The low ends of the figures a report's text holds.
    fn lows(text: &str) -> Vec<f64> {
        parse(text).document.figures.iter().filter_map(|f| f.figure.low).collect()
    }

    #[test]
    fn a_number_grouped_with_spaces_groups_the_reports_others() {
        // (One number grouped so, "20 000", makes the report's others grouped, in any
        // paragraph; without one, "2 500 tonnes" may be two numbers.)
        let grouped = "Some 20 000 people fled.\n\nThey moved 2 500 tonnes and paid kr 2 500–3 200 each.\n";
        assert_eq!(lows(grouped), [20000.0, 2500.0, 2500.0]);
        let alone = "They moved 2 500 tonnes.\n";
        assert_eq!(lows(alone), [2.0, 500.0]);
        // (A range of two numbers grouped so is evidence of its own: no end runs backwards.)
        assert_eq!(lows("They bid for 3 500-3 600 MHz.\n"), [3500.0]);
        // (A calibre after a count stays apart.)
        assert_eq!(lows("Some 20 000 fled.\n\nIt has 12 155-mm guns.\n"), [20000.0, 12.0]);
    }

    #[test]
    fn a_number_written_the_european_way_groups_the_reports_others() {
        // (Two groups after full stops, or a decimal comma before a percent sign, anywhere in
        // the report: then one group after a full stop is thousands too.)
        let tail = "\n\nA place costs CHF 22.600 a year; 11.900 machines fell to 10.400.\n";
        assert_eq!(lows(&format!("Inflation was 9,6%.{tail}")), [9.6, 22600.0, 11900.0, 10400.0]);
        assert_eq!(lows(&format!("It cost € 1.250.000.{tail}")), [1250000.0, 22600.0, 11900.0, 10400.0]);
        assert_eq!(lows(&format!("Inflation was 9.6%.{tail}")), [9.6, 22.6, 11900.0, 10.4]);
        // (A euro sum's one group is thousands without that evidence, the euro having two
        // decimals.)
        assert_eq!(lows("A place costs € 22.600 a year.\n"), [22600.0]);
        // (A decimal comma too, in a table's cell or before a noun.)
        assert_eq!(
            lows("Inflation was 9,6%.\n\n| Year | Stolen (Mio. €) |\n|---|---|\n| 2022 | 12,9 |\n"),
            [9.6, 12900000.0]
        );
        // (Not an address's octets, nor a version's parts.)
        assert_eq!(lows(&format!("It ran on 192.168.100.200.{tail}")), [22.6, 11900.0, 10.4]);
    }

    /// The country a report's title names settles a currency's letter and a shared sign where
    /// no clause and no code does; a title naming two countries settles a letter only one of
    /// them writes, and no shared sign. (An edit
    /// to the body keeps the title's country: tests/incremental.rs,
    /// `the_titles_country_reaches_a_section_read_again`.)
    /// A table row's label says what its cells count, by its plural or by what a mass noun is
    /// counted in, before a caption's noun.
    #[test]
    fn a_rows_label_names_what_its_cells_count() {
        let text = "| Item | 2025 | 2026 |\n|---|---|---|\n| Detonators | 9,400 | 18,600 |\n\
                    | Ammunition (rounds) | 3,850 | 6,200 |\n| Franchises, total | 43,650 | 158,000 |\n\n\
                    : Seizures in the Mizoram sector\n";
        let doc = parse(text).document;
        let units: Vec<&str> = doc.figures.iter().map(|f| f.figure.unit.as_deref().unwrap_or("-")).collect();
        assert_eq!(units, ["detonator", "detonator", "round", "round", "franchise", "franchise"]);
        // (And bags of a crop; the head counted in thousands scales what the label counts.)
        let text =
            "| Item | 2025 |\n|---|---|\n| Est. loss (bags) | 41,000 |\n| Goats (thousand head) | 2,210 |\n";
        let doc = parse(text).document;
        let read: Vec<(f64, &str)> = doc
            .figures
            .iter()
            .map(|f| (f.figure.low.unwrap_or(0.0), f.figure.unit.as_deref().unwrap_or("-")))
            .collect();
        assert_eq!(read, [(41000.0, "bag"), (2_210_000.0, "goat")]);
    }

    #[test]
    fn the_title_names_the_country_of_a_letter_or_a_shared_sign() {
        let units = |text: &str| -> Vec<String> {
            let doc = parse(text).document;
            doc.figures.iter().map(|f| f.figure.unit.as_deref().unwrap_or("-").to_string()).collect()
        };
        let body = "The budget was K38 million and fees ran at Rs 1,500 a day.\n";
        let report = |title: &str| format!("---\ntitle: \"{title}\"\nreferences: []\n---\n{body}");
        assert_eq!(units(&report("Tuberculosis drug stockouts in Papua New Guinea")), ["PGK", "INR/d"]);
        assert_eq!(units(&report("Polio teams in Khyber Pakhtunkhwa")), ["PKR/d"]);
        // (A title naming two countries settles a letter and a shared sign that only one of
        // them writes; not a shared sign where both write one of its family.)
        assert_eq!(units(&report("Trade between Zambia and Pakistan")), ["ZMW", "PKR/d"]);
        assert_eq!(units(&report("Trade between Zambia, India and Pakistan")), ["ZMW", "INR/d"]);
        // (The CFA franc's zone, also in a table's header.)
        let cameroon = "---\ntitle: Teacher strikes in Cameroon's Far North\nreferences: []\n---\nArrears reached \
                        FCFA 2.1 million.\n\n| Status | Owed (FCFA bn) |\n|---|---|\n| Contract | 7.8 |\n";
        assert_eq!(units(cameroon), ["XAF", "XAF"]);
        // (A letter before a magnitude in a header is the currency's, not a thousand: `(K
        // million)` under a title on Bougainville is kina.)
        let kina = "---\ntitle: Bougainville's budget\nreferences: []\n---\n| Item | 2025 (K million) | 2026 (K m) |\n\
                    |---|---|---|\n| Revenue | 84 | 92 |\n";
        assert_eq!(units(kina), ["PGK", "PGK"]);
        assert_eq!(figure::title_country("title: Arms flows via Lomé and Cotonou\n"), Some("WAEMU"));
        assert_eq!(figure::title_country("title: Oil theft in the Niger Delta\n"), None);
        // (Francs too: the Congo's in a report on Ituri.)
        let ituri = "---\ntitle: Gold from Ituri\nreferences: []\n---\nMiners earn 40,000 francs a week.\n";
        assert_eq!(units(ituri), ["CDF/wk"]);
        assert_eq!(figure::title_country("title: Through the Gulf of Guinea to Lomé\n"), Some("WAEMU"));
        assert_eq!(figure::title_country("title: Cholera in Lusaka\n"), Some("ZM"));
        // (Libya's `LD` and Chile's `UF` by the title; not Lebanon's Tripoli.)
        assert_eq!(figure::title_country("title: \"Libya's central bank after the standoff\"\n"), Some("LY"));
        assert_eq!(figure::title_country("title: Tripoli's port\n"), None);
        assert_eq!(figure::title_country("title: \"Valparaíso after the fires\"\n"), Some("CL"));
        assert_eq!(figure::title_country("title: \"Huehuetenango on the Move\"\n"), Some("GT"));
        assert_eq!(figure::title_country("title: \"Kambarata-1: who pays for the dam\"\n"), Some("KG"));
        assert_eq!(
            figure::title_country("title: \"Próspera, the ZEDE repeal and Roatán land\"\n"),
            Some("HN")
        );
        assert_eq!(figure::title_country("title: Water Supply in Ouaddaï's Refugee Camps\n"), Some("CEMAC"));
        assert_eq!(figure::title_country("title: \"Kono's Diamond Economy\"\n"), Some("SL"));
        assert_eq!(figure::title_country("title: Drought in Madagascar's south\n"), Some("MG"));
        assert_eq!(figure::title_country("title: Fire in the Chiquitania\n"), Some("BO"));
        let body =
            |title: &str, body: &str| format!("---\ntitle: \"{title}\"\nreferences: []\n---\n{body}\n");
        // (`mil` is a thousand under a title naming a Portuguese-speaking place, else a million.)
        let lisbon = "---\ntitle: \"Porto's rents\"\nreferences: []\n---\nSome 52 mil students enrol.\n";
        assert_eq!(lows(lisbon), [52000.0]);
        assert_eq!(lows("Some 52 mil students enrol.\n"), [52000000.0]);
        assert_eq!(figure::title_country("author: Lusaka\n"), None);
        // (And those titles settle the letters and words of a body that names no country: each
        // title, the body under it, and the units read there.)
        let cases: &[(&str, &str, &[&str])] = &[
            ("Kono's Diamond Economy", "Diggers earn Le 25 to Le 40 a day.", &["SLE/d"]),
            ("Drought in Madagascar's south", "Cassava sold for Ar 650.", &["MGA"]),
            ("Fire in the Chiquitania", "Fines reached Bs 3,500.", &["BOB"]),
            ("Water in Ouaddaï's camps", "Diesel costs 780 francs.", &["XAF"]),
            ("Dengue in Réunion and Mauritius", "The plan costs Rs 145 million.", &["MUR"]),
            ("Nicaragua's canal concession", "A manzana sold for C$40,000.", &["NIO/manzana"]),
            // (Dinars by the country the title names; not Tripoli under a title naming Lebanon.)
            ("Libya: Tripoli detention", "Crews earn 900 dinars a month.", &["LYD/mo"]),
            ("Tripoli, Lebanon: port strikes", "Crews earn 900 dinars a month.", &["dinar/mo"]),
            ("Jordan's Zaatari camp", "Rent is 120 dinars.", &["JOD"]),
            // (Rials likewise.)
            ("Iran: fuel smuggling", "It passed 1,050,000 rials.", &["IRR"]),
            ("Hodeidah's port", "A sack costs 55,000 rials.", &["YER/sack"]),
            // (A rial's or a dinar's country is no second country of the title's: "Iran and
            // Pakistan" names Pakistan for rupees.)
            ("Afghan returns from Iran and Pakistan", "Each paid Rs 5,000.", &["PKR"]),
            ("Farm prices", "A manzana sold for C$40,000.", &["CAD/manzana"]),
            // (Places of this session's titles: the krone of Greenland, Hungary's `Ft`, the rand on
            // the Cape Flats, the metical in Sofala, the Iraqi dinar in Sulaymaniyah.)
            ("Greenland's licences", "A seat costs about 9,000 kroner.", &["DKK/seat"]),
            ("Hungary's price caps", "Petrol was held at 480 Ft a litre.", &["HUF/l"]),
            ("Protection fees on the Cape Flats", "Fees run R500 a week.", &["ZAR/wk"]),
            ("Cyclone damage in Sofala", "Housing lost MT 19.7 billion.", &["MZN"]),
            ("Sulaymaniyah's water tariff", "Water costs ID 150 per cubic metre.", &["IQD/m3"]),
            ("Punjab's wheat bind", "Flour cost Rs 11 billion.", &["PKR"]),
            // (A bare `$` under a title naming Fiji, Barbados, Belize or a Canadian province or
            // city, also on a change's first end, which takes the second's basis; not under the
            // Hong Kong Convention.)
            ("Fiji: vendors after the cyclone", "Dalo rose from $4.50 to $7 a kilo.", &["FJD/kg", "FJD/kg"]),
            ("Oistins fish market, Barbados", "Fuel is $3.28 a litre.", &["BBD/l"]),
            ("Halifax Water ransomware", "Costs are $11.3-million.", &["CAD"]),
            // (More places that settle a shared sign: Karnali's rupee, Emfuleni's rand, Juárez's
            // pesos, Belarus's `Br`, Meru's shilling under a title also naming Somalia.)
            ("Karnali's 2026 SMART survey", "Rice sold at Rs 135 per kg.", &["NPR/kg"]),
            ("Emfuleni's sewage crisis", "Debtors owed R11.6-billion.", &["ZAR"]),
            ("Ciudad Juárez freight crossings", "Drivers paid $800 pesos.", &["MXN"]),
            ("Belarus's dairy trade", "Milk rose to Br1,120 per tonne.", &["BYN/t"]),
            ("Tasmania's upper house", "Spending is capped at $21,000.", &["AUD"]),
            ("Al-Mahra's lobster season", "A trap costs YR 38,000.", &["YER/trap"]),
            ("Zurich's penal orders", "The median fine was Fr. 70.–.", &["CHF"]),
            ("Karamoja's schools", "A teacher earns Shs4m a month.", &["UGX/mo"]),
            ("Jleeb's bachelor housing", "A room let for KD 60-70 a month.", &["KWD/mo"]),
            // (A bare `$` quoted per dollar under a title naming a peso's country is that peso.)
            ("Chile's PGU levy", "The rate was $943 per dollar.", &["CLP/USD"]),
            ("Farm prices", "The rate was $943 per dollar.", &["USD/USD"]),
            // (`mil` is a thousand under a title naming a Portuguese- or Spanish-speaking country.)
            ("Namibe's carapau quota", "Buyers pay about Kz 770 mil per tonne.", &["AOA/t"]),
            // (A shilling's letters settle `Sh` in a report that writes no shilling's code, also in
            // another paragraph; the letters of two shillings settle none.)
            (
                "Migori's gold shafts",
                "Dealers quoted Sh9,400.\n\nA licence costs KSh 500,000.",
                &["KES", "KES/licence"],
            ),
            (
                "Migori's gold shafts",
                "Dealers quoted Sh9,400.\n\nIt costs KSh 500 or TSh 9,000.",
                &["KES", "TZS"],
            ),
            ("Pemba's cloves", "It fetched Sh9,400, or TSh 9,400, or KES 510.", &["KES", "TZS", "KES"]),
            ("Bicol's hospitals", "The HEA pays P3,000 a month.", &["PHP/mo"]),
            // (A bare `$` priced per US dollar under a title naming a country with a dollar of its
            // own is that dollar, though the paragraph writes US dollars.)
            (
                "Churchill Falls and Newfoundland",
                "At $1.37 per US dollar, US$58.40 is a lot.",
                &["CAD/USD", "USD"],
            ),
            // (Dirhams under a title naming Morocco beside a country that writes none.)
            ("Tunisian shortages and Morocco's dry year", "Beef costs 120 dirhams a kilo.", &["MAD/kg"]),
            // (Costa Rica's colón in a table's header, per a good or with a Spanish magnitude, its
            // cells' dots between thousands.)
            (
                "Costa Rica's fuel prices",
                "| Fuel | Price (¢/litre) |\n|---|---|\n| Super | 763 |\n\n\
                 | Item | Profit (¢ millones) |\n|---|---|\n| RECOPE | 24.100 |\n",
                &["CRC/l", "CRC"],
            ),
            // (The peso's sign or code elsewhere in the report settles `P`, in another paragraph too;
            // a report writing none leaves it.)
            (
                "Clan feuds",
                "Settlements averaged P450,000 per death.\n\nA chief's cost ₱2.5 million.",
                &["PHP/death", "PHP"],
            ),
            ("Clan feuds", "Settlements averaged P450,000 per death.", &[]),
            ("Gota a gota in Medellín", "It lends $500.000 on a Monday.", &["COP"]),
            ("Lismore's flood buybacks", "It paid out $612 million.", &["AUD"]),
            ("OR Tambo's flood bill", "Families get R370 a month.", &["ZAR/mo"]),
            ("Chaman's gate", "Collection reached Rs3.46bn.", &["PKR"]),
            ("Alta Verapaz cardamom", "Labour costs Q110 a day.", &["GTQ/d"]),
            ("Djibouti's khat levy", "It was 177.72 francs to the dollar.", &["DJF/USD"]),
            ("Miraa's airlift to Somalia from Meru", "Earnings reached Sh5.8 billion.", &["KES"]),
            ("Nova Scotia's ferries", "Costs are $11.3-million.", &["CAD"]),
            ("Sitakunda and the Hong Kong Convention", "Buyers quote $505 per LDT.", &["USD/LDT"]),
            ("Prisons in Eswatini", "Bail is E5,000.", &["SZL"]),
            ("The Gambia's backway", "Fares run at D60,000.", &["GMD"]),
            // (Bosnia's mark, any amount, under a title naming Bosnia or Republika Srpska.)
            ("Republika Srpska's secession crisis", "Pay stood at KM 1,460.", &["BAM"]),
            ("Roads in Croatia", "It runs from KM 40 to KM 52.", &[]),
            ("Stilfontein's illegal miners", "Bread costs R20.", &["ZAR"]),
            ("Dominican Republic deportations", "Each lost 18,000 pesos.", &["DOP"]),
            ("Enga's tribal wars and the Porgera mine", "A rifle sells for K15,000.", &["PGK/rifle"]),
            ("Lesotho's textile layoffs", "The wage is M2,850 a month.", &["LSL/mo"]),
            ("Cassava prices", "Cassava sold for Ar 650.", &[]),
        ];
        for (title, text, want) in cases {
            assert_eq!(units(&body(title, text)), *want, "{title}");
        }
    }

    /// A `$` right before a digit closes no math for pandoc, nor does one right before white
    /// space open any (a no-break space included): what pulldown-cmark reads as math there is
    /// prose, and the markup around it is read as pandoc reads it (a footnote marker, emphasis,
    /// a link whose destination holds no figure, a reference link, code). Math pandoc reads
    /// stays math.
    #[test]
    fn prices_between_dollar_signs_are_prose() {
        let text = "From US$5 to US$7 and $3,000-$4,000 per kg.\n\n\
                    US$1. The fund held US$2 million[^n] and *US$3* or [US$4 billion](https://x.org/55) \
                    and `US$6` and US$7.\n\n\
                    See [US$8 billion](https://x.org/66) and US$9, [as @a says][ap].\n\n\
                    Some $\u{a0}12 tonnes$, but $x^2$, $y\u{a0}$ and $$5 to US$$ hold none. Then 9 cars.\n\n\
                    [^n]: Note [@b].\n\n\
                    [ap]: https://x.org/77\n";
        let doc = parse(text).document;
        let got: Vec<&str> = doc.figures.iter().map(|f| f.figure.span.slice(text)).collect();
        assert_eq!(
            got,
            [
                "From US$5 to US$7",
                "$3,000-$4,000 per kg",
                "US$1",
                "US$2 million",
                "US$3",
                "US$4 billion",
                "US$7",
                "US$8 billion",
                "US$9",
                "Some $\u{a0}12",
                "9 cars"
            ]
        );
        let refs: Vec<&str> = doc.footnote_refs.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(refs, ["n"]);
        // The note's citation; none in the text of the reference link.
        let keys: Vec<&str> = doc.citations.iter().map(|c| &*c.citation.items[0].key).collect();
        assert_eq!(keys, ["b"]);
    }

    /// A figure's text is shown as a reader sees it: over a line break, without the block
    /// quote markers and indentation of the next line.
    #[test]
    fn text_as_read_drops_line_breaks_and_container_markers() {
        assert!(matches!(as_read("5,000 fighters"), std::borrow::Cow::Borrowed("5,000 fighters")));
        assert_eq!(as_read("between 9,000 and\n> 6,000 fighters"), "between 9,000 and 6,000 fighters");
        assert_eq!(as_read("between 5,000 and\r\n> > 6,000"), "between 5,000 and 6,000");
        assert_eq!(as_read("between 5,001 and\n      6,002 fighters"), "between 5,001 and 6,002 fighters");
        assert_eq!(as_read("over >5,000 and\n>  >\t 6,000 fighters "), "over >5,000 and 6,000 fighters");
    }

    /// pandoc reads no footnote whose label holds a blank: `[^a b]` is text and its
    /// "definition" an ordinary paragraph, so its citations are lent to nothing.
    #[test]
    fn note_labels_with_blanks_are_text() {
        let text =
            "Some 3,000 fighters[^a b] and 4,000 more[^c].\n\n[^a b]: Held [@x].\n\n[^c]: Counted [@y].\n";
        let doc = parse(text).document;
        let refs: Vec<&str> = doc.footnote_refs.iter().map(|r| r.label.as_str()).collect();
        let defs: Vec<&str> = doc.footnote_defs.iter().map(|d| d.label.as_str()).collect();
        assert_eq!((refs, defs), (vec!["c"], vec!["c"]));
        let in_notes: Vec<(&str, bool)> = doc
            .citations
            .iter()
            .map(|c| (&*c.citation.items[0].key, doc.units[doc.scopes[c.scope].unit].footnote.is_some()))
            .collect();
        assert_eq!(in_notes, [("x", false), ("y", true)]);
        assert_eq!(definitions_in(text).0, ["c"]);
    }

    /// Pandoc's superscripts and subscripts hold no figures: ordinals, squared units,
    /// chemical formulas, note numbers and powers of ten. A `~` before a number with a blank
    /// after it is still an approximator.
    #[test]
    fn superscripts_and_subscripts_are_no_figures() {
        let text = "A 652,000 km^2^ area, the 1^st^ and 3^RD^ battalions, CO~2~ and H~2~O and ~2~ of it, \
                    5,000 fighters^1^ and 40,000^2^ more, about 10^6^ people, 20 m^3^ of water, \
                    ~2,000 fighters and ~3,000 others.\n";
        let doc = parse(text).document;
        let got: Vec<(&str, Option<f64>, Option<&str>)> = doc
            .figures
            .iter()
            .map(|f| (f.figure.span.slice(text), f.figure.low, f.figure.unit.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("652,000 km^2^", Some(652_000.0), Some("km2")),
                ("5,000 fighters", Some(5_000.0), Some("fighter")),
                ("40,000", Some(40_000.0), Some("fighter")),
                ("20 m^3^", Some(20.0), Some("m3")),
                ("~2,000 fighters", Some(2_000.0), Some("fighter")),
                ("~3,000", Some(3_000.0), None),
            ]
        );
    }

    /// Raw LaTeX is read as pandoc reads it: a command's settings (`\vspace{2cm}`,
    /// `[width=5cm]`) are no figures, the argument of a text command (`\textbf{…}`) is prose,
    /// and struck-out text is withdrawn.
    #[test]
    fn raw_latex_settings_and_struck_text_hold_no_figures() {
        let text = "\\vspace{2cm}\n\nText \\hspace*{3mm} and \\includegraphics[width=5cm]{map-2.png} and                     \\textbf{40 fighters} and \\emph{\\vspace{6pt}50 troops}, \\unclosed{7 cars, \\\\vspace{4cm}                     (an escaped backslash), \\$5 and 20\\% and ~~9 vans~~ 10 vans and ~a 12 b~.\n";
        let doc = parse(text).document;
        let got: Vec<&str> = doc.figures.iter().map(|f| f.figure.span.slice(text)).collect();
        assert_eq!(got, ["40 fighters", "50 troops", "7 cars", "4cm", "$5", "20\\%", "10 vans", "12"]);
    }

    /// The rows of pandoc's grid and simple tables, which pulldown-cmark reads as paragraphs,
    /// are scopes of their own: a citation in one row does not source the next.
    #[test]
    fn grid_and_simple_table_rows_are_scopes() {
        let text = "  Group    Fighters   Source\n  -------  ---------  ------\n  ISKP     3,000      [@a]\n  \
                    TTP      6,500\n\n+------+---------+\n| Group | Fighters |\n+======+=========+\n\
                    | ISKP | 3,000 [@a] |\n| | and more |\n+------+---------+\n| TTP | 6,500 |\n+------+---------+\n\n\
                    Plain 3,000 [@a] and 6,500 in one sentence.\n\n- - -\nA list-like 2,000 [@a] line\nand 3,000.\n";
        let doc = parse(text).document;
        let sourced: Vec<(&str, bool)> = doc
            .figures
            .iter()
            .map(|f| (f.figure.span.slice(text), doc.citations.iter().any(|c| c.scope == f.scope)))
            .collect();
        assert_eq!(
            sourced,
            [
                ("3,000", true),
                ("6,500", false),
                ("3,000", true),
                ("6,500", false),
                ("3,000", true),
                ("6,500", true),
                ("2,000", true),
                ("3,000", true),
            ]
        );
    }

    /// A multiline table's cell runs on over its lines (`5,000 to` over `7,000` is one
    /// range), and no figure takes a word of the next cell as its noun.
    #[test]
    fn multiline_cells_are_read_whole_and_apart() {
        let text = "-----------------------------\n Group  Fighters  Notes\n------ --------- ------------\n \
                    TTP    5,000 to  Across the\n        7,000     border.\n\n IMU    150       Small\n\
                    -----------------------------\n";
        let doc = parse(text).document;
        let got: Vec<(Option<f64>, Option<f64>, Option<&str>)> =
            doc.figures.iter().map(|f| (f.figure.low, f.figure.high, f.figure.unit.as_deref())).collect();
        assert_eq!(got, [(Some(5_000.0), Some(7_000.0), None), (Some(150.0), Some(150.0), None)]);
        assert_eq!(doc.tables.len(), 1);
    }

    /// pandoc reads a backslash before a space as a no-break space: between digit groups it
    /// groups them, elsewhere it is a space.
    #[test]
    fn escaped_spaces_are_no_break_spaces() {
        let text = "Some 20\\ 000 fighters, 5\\ km and $4.5\\ billion.\n";
        let doc = parse(text).document;
        let got: Vec<(&str, Option<f64>)> =
            doc.figures.iter().map(|f| (f.figure.span.slice(text), f.figure.low)).collect();
        assert_eq!(
            got,
            [
                ("Some 20\\ 000 fighters", Some(20_000.0)),
                ("5\\ km", Some(5.0)),
                ("$4.5\\ billion", Some(4.5e9))
            ]
        );
    }

    /// An escaped dollar sign (`NT\$`, as the `accidental-math` fix writes it) keeps the
    /// letters before it that name the dollar: pandoc prints `NT$949.5 billion`.
    #[test]
    fn escaped_dollars_keep_their_letters() {
        let text = "Spending was NT\\$949.5 billion (about US\\$31.1 billion), A\\$12 million, R\\$4 \
                    billion, HK\\$3 million and \\$2 million.\n";
        let doc = parse(text).document;
        let got: Vec<(&str, Option<&str>)> =
            doc.figures.iter().map(|f| (f.figure.span.slice(text), f.figure.unit.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("NT\\$949.5 billion", Some("TWD")),
                ("about US\\$31.1 billion", Some("USD")),
                ("A\\$12 million", Some("AUD")),
                ("R\\$4 billion", Some("BRL")),
                ("HK\\$3 million", Some("HKD")),
                ("$2 million", Some("USD")),
            ]
        );
    }

    /// `Holding` gives what a plain filter gives, for nested and disjoint intervals and for
    /// positions that rise, repeat and fall back.
    #[test]
    fn holding_finds_what_a_filter_finds() {
        let mut next = crate::text::seeded(0x9e37_79b9);
        for _ in 0..200 {
            // Properly nested intervals from random bracket pairs, sorted by start.
            let mut spans = Vec::new();
            let mut stack = Vec::new();
            for at in 0..60 {
                match next(3) {
                    0 => stack.push(at),
                    1 => {
                        if let Some(open) = stack.pop() {
                            spans.push(Span::new(open, at));
                        }
                    }
                    _ => {}
                }
            }
            spans.sort_by_key(|s| s.start);
            let mut holding = Holding::default();
            let mut p = 0;
            for _ in 0..80 {
                p = if next(10) == 0 { next(62) } else { (p + next(3)).min(61) };
                let expected: Vec<usize> = (0..spans.len()).filter(|&i| spans[i].contains(p)).collect();
                let got = holding.at(spans.len(), p, |i, p| spans[i].start <= p, |i, p| spans[i].contains(p));
                assert_eq!(got, expected, "position {p} in {spans:?}");
            }
        }
    }
}
