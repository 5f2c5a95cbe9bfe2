//! Pandoc citations: `[@key]`, `[see @a, p. 4; @b]`, `[-@key]`, in-text `@key` and
//! `@key [p. 4]`, `@{odd:key}`.
//!
//! The scanner reads a prose mask (see [`crate::syntax`]) and follows Pandoc's Markdown reader
//! and its citeproc locator parser:
//!
//! - **Escapes.** A backslash escapes the ASCII punctuation character after it: `\@`, `\[`,
//!   `\]` and `\;` are literal text, and affixes hold the character without its backslash.
//!   In affixes `\ ` is a no-break space (a locator is not read across it: `[@k, p.\ 4]` has
//!   no locator and the suffix `p. 4`).
//! - **Keys.** `@` then a letter, digit or `_`, then letters, digits, `_` and single internal
//!   punctuation from `:.#$%&-+?<>~/` (a punctuation character belongs to the key only when a
//!   letter, digit or `_` follows; `:` and `/` are also kept before a `/`, so URLs work). Letters
//!   and digits are Unicode ones. `@{…}` takes any characters but white space, with balanced
//!   braces; `@{a b}` is no key, and `@{}` cites the empty key. Where Pandoc is inside a word,
//!   an `@` starts nothing: right after a letter or digit (`a@b.com`) or after a full stop
//!   (`x.@a`, though `...@a`, after an ellipsis, is a citation).
//! - **Bracketed citations.** `[` items separated by `;` `]`. An item is a prefix, a key
//!   (optionally `-@key`, suppressing the author) and a suffix running to the next `;` or the
//!   closing bracket. The prefix is everything before the first key and holds no `;`:
//!   `[see; also @b]`, `[see; @b]` and `[@a; see]` are not citations. Nested brackets in a
//!   prefix or suffix are opaque. A `-` makes `-@key` only when it is not part of a dash
//!   (`--` and `---` are dashes, so `[--@key]` has the prefix `--`). A bracket followed at once
//!   by `(` is a link (and citations in its text are ignored); one followed by `[` or `{` is
//!   no citation (Pandoc reads a reference link or a span there, and citations inside it are
//!   in-text ones); `[^…` opens a footnote reference. Defined reference links are links before
//!   the scanner sees them: the caller excludes their text.
//! - **In-text citations.** `@key` outside a bracketed citation's item keys, including one in a
//!   suffix or inside a bracket that is not a citation (as in Pandoc, `[@a; see]` holds the
//!   in-text citation `@a`). `-@key` outside brackets is just `-` and an in-text `@key`. A
//!   bracket right after the key, after spaces or tabs and at most one line break, is attached:
//!   a bracketed citation (`@a [@b]`, one citation with items `a` and `b`) or a suffix with
//!   optional further items (`@a [p. 4; @b]`), unless it is followed by `(` or `[` or is a
//!   footnote reference. A bracket followed by `{` is attached only as a suffix: in
//!   `@a [20,000]{qty=x}` Pandoc reads the suffix `20,000` and the text `{qty=x}`, not a span.
//!   What lies between the key and the bracket is judged on the original text, since masked
//!   code or HTML looks like spaces in the mask. Note that, as in Pandoc, `@a [the boss]`
//!   attaches `the boss` as a suffix.
//! - **Locators**, parsed from an item's suffix as citeproc does: an optional comma, optional
//!   white space, then a term (longest match, case-insensitive; see [`LOCATOR_TERMS`]) and a
//!   value, or, with no term, a value containing a digit, which makes the label `page`. So
//!   `[@k p. 4]` has a locator just like `[@k, p. 4]`, and `[@k, 2020 report]` has the page
//!   `2020` (Pandoc renders it so). A value is one or more words separated by an optional `,`
//!   and white space (`33, 35`, `33-35`, `33–35`, `4.2.1`, `34(a)`, `iv`); each word must hold a
//!   digit, or, after an explicit term, may instead be a roman numeral. Words stop at white
//!   space and at punctuation other than `-`, `–`, `:` and a `.` followed by more of the word.
//!   The rest is the suffix: `[@k, pp. 33-35 and passim]` has the locator `33-35` and the suffix
//!   `and passim`. A term without a valid value (`[@k, chapter two]`) gives no locator. The
//!   braced form `[@k, {pp. iv, vi-xi}]` takes the whole braced text as the value, and `{}`
//!   stops a number from being read as a locator (`[@k{}, 99 years later]`).
//! - **Affixes** are trimmed; a suffix also loses one leading comma, so `[@k, emphasis added]`
//!   has the suffix `emphasis added`.

use crate::syntax::inline::{OffsetStack, bracket_pairs, find_any, is_escaped, pair_close};
use crate::text::{SharedStrings, Span, char_at};
use serde::Serialize;
use std::cell::{Cell, OnceCell, RefCell};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::Arc;

/// A locator such as `p. 4` or `chap. 3`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Locator {
    /// Normalised CSL locator term ("page", "chapter", "section", ...). "page" when no term is written.
    pub label: &'static str,
    /// The locator value as written ("4", "33-35"). Shared, so that a figure's sources do not
    /// copy it.
    pub value: Arc<str>,
    /// Span of the locator (term and value).
    pub span: Span,
}

/// One cited key with its affixes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CitationItem {
    /// The key without `@` or braces. Shared, so that a figure's sources do not copy it.
    pub key: Arc<str>,
    /// Span of the key itself (without `@`, without braces).
    pub key_span: Span,
    /// Span of the whole item (prefix to suffix).
    pub span: Span,
    pub prefix: String,
    pub locator: Option<Locator>,
    pub suffix: String,
    /// `-@key`.
    pub suppress_author: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CitationMode {
    /// `[@a; @b]`
    Bracketed,
    /// `@a` or `@a [p. 4]`
    InText,
}

/// A citation: a bracketed group or an in-text citation with its optional bracketed locator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The whole citation, brackets included.
    pub span: Span,
    pub mode: CitationMode,
    /// In [`CitationMode::InText`] the first item is the one written in the text; any others
    /// come from an attached bracket (`@a [p. 4; @b]`).
    pub items: CitationItems,
}

/// The items of one citation, at least one, in the order written. Most citations cite one
/// key, which is kept inline: a long report holds thousands of citations, and a list each
/// was a twelfth of all the allocations a check made.
#[derive(Clone)]
pub struct CitationItems(Items);

#[derive(Clone)]
enum Items {
    One(CitationItem),
    Many(Vec<CitationItem>),
}

impl CitationItems {
    pub fn one(item: CitationItem) -> Self {
        CitationItems(Items::One(item))
    }

    /// Adds an item at the end.
    pub fn push(&mut self, item: CitationItem) {
        if let Items::Many(items) = &mut self.0 {
            items.push(item);
            return;
        }
        let Items::One(first) = std::mem::replace(&mut self.0, Items::Many(Vec::with_capacity(2))) else {
            unreachable!("the list is one item here")
        };
        if let Items::Many(items) = &mut self.0 {
            items.extend([first, item]);
        }
    }

    /// The items as a vector.
    pub fn into_vec(self) -> Vec<CitationItem> {
        match self.0 {
            Items::One(item) => vec![item],
            Items::Many(items) => items,
        }
    }
}

impl std::ops::Deref for CitationItems {
    type Target = [CitationItem];

    fn deref(&self) -> &[CitationItem] {
        match &self.0 {
            Items::One(item) => std::slice::from_ref(item),
            Items::Many(items) => items,
        }
    }
}

impl std::ops::DerefMut for CitationItems {
    fn deref_mut(&mut self) -> &mut [CitationItem] {
        match &mut self.0 {
            Items::One(item) => std::slice::from_mut(item),
            Items::Many(items) => items,
        }
    }
}

impl Extend<CitationItem> for CitationItems {
    fn extend<I: IntoIterator<Item = CitationItem>>(&mut self, items: I) {
        for item in items {
            self.push(item);
        }
    }
}

impl IntoIterator for CitationItems {
    type Item = CitationItem;
    type IntoIter = std::vec::IntoIter<CitationItem>;

    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

impl<'a> IntoIterator for &'a CitationItems {
    type Item = &'a CitationItem;
    type IntoIter = std::slice::Iter<'a, CitationItem>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut CitationItems {
    type Item = &'a mut CitationItem;
    type IntoIter = std::slice::IterMut<'a, CitationItem>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl PartialEq for CitationItems {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for CitationItems {}

impl std::fmt::Debug for CitationItems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for CitationItems {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// Locator terms as written (singular, plural, abbreviated, symbol) and their CSL labels: the
/// locator terms of citeproc's en-US locale, exactly (`ch.` or `f.`, say, are none).
/// Matching is case-insensitive; a term ending in a letter must not run into a letter or digit.
pub const LOCATOR_TERMS: &[(&str, &str)] = &[
    ("book", "book"),
    ("books", "book"),
    ("bk.", "book"),
    ("bks.", "book"),
    ("chapter", "chapter"),
    ("chapters", "chapter"),
    ("chap.", "chapter"),
    ("chaps.", "chapter"),
    ("column", "column"),
    ("columns", "column"),
    ("col.", "column"),
    ("cols.", "column"),
    ("figure", "figure"),
    ("figures", "figure"),
    ("fig.", "figure"),
    ("figs.", "figure"),
    ("folio", "folio"),
    ("folios", "folio"),
    ("fol.", "folio"),
    ("fols.", "folio"),
    ("number", "issue"),
    ("numbers", "issue"),
    ("no.", "issue"),
    ("nos.", "issue"),
    ("line", "line"),
    ("lines", "line"),
    ("l.", "line"),
    ("ll.", "line"),
    ("note", "note"),
    ("notes", "note"),
    ("n.", "note"),
    ("nn.", "note"),
    ("opus", "opus"),
    ("opera", "opus"),
    ("op.", "opus"),
    ("opp.", "opus"),
    ("page", "page"),
    ("pages", "page"),
    ("p.", "page"),
    ("pp.", "page"),
    ("paragraph", "paragraph"),
    ("paragraphs", "paragraph"),
    ("para.", "paragraph"),
    ("paras.", "paragraph"),
    ("¶", "paragraph"),
    ("¶¶", "paragraph"),
    ("part", "part"),
    ("parts", "part"),
    ("pt.", "part"),
    ("pts.", "part"),
    ("section", "section"),
    ("sections", "section"),
    ("sec.", "section"),
    ("secs.", "section"),
    ("§", "section"),
    ("§§", "section"),
    ("sub verbo", "sub verbo"),
    ("sub verbis", "sub verbo"),
    ("s.v.", "sub verbo"),
    ("s.vv.", "sub verbo"),
    ("verse", "verse"),
    ("verses", "verse"),
    ("v.", "verse"),
    ("vv.", "verse"),
    ("volume", "volume"),
    ("volumes", "volume"),
    ("vol.", "volume"),
    ("vols.", "volume"),
];

/// The first bytes of the [`LOCATOR_TERMS`] (all lowercase): a quick "no term here".
const LOCATOR_FIRST_BYTES: &[u8] = b"bcfnlopsv\xc2";

/// For each byte, the position in [`LOCATOR_FIRST_BYTES`] of its ASCII lowercase form, or
/// `u8::MAX` when no term starts with it.
static LOCATOR_BUCKET: [u8; 256] = {
    let mut table = [u8::MAX; 256];
    let mut k = 0;
    while k < LOCATOR_FIRST_BYTES.len() {
        let first = LOCATOR_FIRST_BYTES[k];
        table[first as usize] = k as u8;
        table[first.to_ascii_uppercase() as usize] = k as u8;
        k += 1;
    }
    table
};

/// A locator term prepared for matching.
struct LocatorTerm {
    form: &'static [u8],
    label: &'static str,
    /// The term ends in a letter, so it must not run into a letter or digit (`pages` is not
    /// `page` followed by `s`).
    ends_in_letter: bool,
}

/// The [`LOCATOR_TERMS`] grouped by the position of their first byte in
/// [`LOCATOR_FIRST_BYTES`], each group longest first and otherwise in table order: the first
/// term of a group that matches is the longest match.
fn locator_terms_by_first_byte() -> &'static [Vec<LocatorTerm>] {
    static GROUPS: std::sync::LazyLock<Vec<Vec<LocatorTerm>>> = std::sync::LazyLock::new(|| {
        LOCATOR_FIRST_BYTES
            .iter()
            .map(|&first| {
                let mut group: Vec<LocatorTerm> = LOCATOR_TERMS
                    .iter()
                    .filter(|(form, _)| form.as_bytes()[0] == first)
                    .map(|&(form, label)| LocatorTerm {
                        form: form.as_bytes(),
                        label,
                        ends_in_letter: form.ends_with(|c: char| c.is_alphabetic()),
                    })
                    .collect();
                // A stable sort: among terms of one length, table order stays.
                group.sort_by_key(|term| Reverse(term.form.len()));
                group
            })
            .collect()
    });
    &GROUPS
}

/// Finds every citation in `text`, skipping the byte ranges in `excluded` (sorted, disjoint).
///
/// `text` is prose as the mask holds it; `source` is the original text it was made from, byte
/// for byte (pass `text` again when there is no mask). Only the white space between an in-text
/// key and its bracket is looked up there: masked code or HTML is not white space.
///
/// Citations come in the order of their start; a citation nested in another one's prefix or
/// suffix (`[see [@b] and @a]`, `[@a and @b]`) follows it.
pub fn scan_citations(text: &str, source: &str, excluded: &[Span]) -> Vec<Citation> {
    let mut out = Vec::new();
    if text.as_bytes().contains(&b'@') {
        let pairs = bracket_pairs(text);
        scan_citations_into(text, source, excluded, &pairs, &mut CitationScratch::default(), &mut out);
    }
    out
}

/// What [`scan_citations_into`] keeps from one unit of a report to the next.
#[derive(Default)]
pub(crate) struct CitationScratch {
    /// The scanner's set of `@` offsets already read as item keys (emptied for each unit).
    consumed: BinaryHeap<Reverse<usize>>,
    /// The ends of the keys read so far (emptied for each unit): see [`Scanner::in_word`].
    key_ends: BinaryHeap<Reverse<usize>>,
    /// The keys and locator values made so far. A report cites a few sources many times, and
    /// mostly the same pages: sharing one copy of each string saves most allocations.
    strings: SharedStrings,
}

/// [`scan_citations`] with the bracket pairs of `text` (from [`bracket_pairs`]) already made,
/// into `out` (which must be empty), so that one vector and one `scratch` serve every unit of
/// a report. A text without `@` holds no citation: callers need not scan it.
pub(crate) fn scan_citations_into(
    text: &str,
    source: &str,
    excluded: &[Span],
    pairs: &[(usize, usize)],
    scratch: &mut CitationScratch,
    out: &mut Vec<Citation>,
) {
    let CitationScratch { consumed, key_ends, strings } = scratch;
    consumed.clear();
    key_ends.clear();
    Scanner::new(text, source, excluded, pairs, strings).run(consumed, key_ends, out);
}

/// A key found at some position.
#[derive(Clone, Copy)]
struct KeyHit {
    /// The `-` of `-@key`, else the `@`.
    start: usize,
    key: Span,
    /// After the key (after `}` for a braced key).
    end: usize,
    suppress: bool,
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The original text under the mask `text`.
    source: &'a [u8],
    excluded: &'a [Span],
    brackets: &'a [(usize, usize)],
    /// Balanced `{…}` without white space, for `@{…}` keys: made at the first `@{`, since few
    /// units have one.
    braces: OnceCell<Vec<(usize, usize)>>,
    /// See [`CitationScratch::strings`].
    strings: RefCell<&'a mut SharedStrings>,
    /// An `@` right where a key ends, which starts a key although a letter or digit comes
    /// before it (`@a@b`); `usize::MAX` when there is none.
    after_key: Cell<usize>,
}

impl<'a> Scanner<'a> {
    fn new(
        text: &'a str,
        source: &'a str,
        excluded: &'a [Span],
        brackets: &'a [(usize, usize)],
        strings: &'a mut SharedStrings,
    ) -> Self {
        let bytes = text.as_bytes();
        let source = if source.len() == text.len() { source.as_bytes() } else { bytes };
        let strings = RefCell::new(strings);
        Scanner {
            text,
            bytes,
            source,
            excluded,
            brackets,
            braces: OnceCell::new(),
            strings,
            after_key: Cell::new(usize::MAX),
        }
    }

    /// Scans the text into `out`; `consumed` and `key_ends` are empty heaps to work in: the
    /// `@` offsets already used as item keys of an earlier (enclosing) citation, and where
    /// the keys read so far end.
    fn run(
        &self,
        consumed: &mut BinaryHeap<Reverse<usize>>,
        key_ends: &mut BinaryHeap<Reverse<usize>>,
        out: &mut Vec<Citation>,
    ) {
        let bytes = self.bytes;
        // The bracket attached to the last in-text citation.
        let mut attached: Option<usize> = None;
        // Closing offsets of the brackets enclosing the current position.
        let mut enclosing = OffsetStack::default();
        let mut i = 0;
        while i < bytes.len() {
            // Only escapes, brackets and `@` matter here: skip everything else in one go.
            i = find_any(bytes, i, [b'\\', b'[', b'@']);
            if i == bytes.len() {
                break;
            }
            match bytes[i] {
                b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                    i += 2;
                    continue;
                }
                b'[' => {
                    if let Some(close) = self.close_of(i) {
                        let depth = nesting(&mut enclosing, i);
                        if attached == Some(i) {
                            attached = None;
                        } else if self.is_link_or_footnote(i, close) {
                            i = close + 1;
                            continue;
                        } else if depth < MAX_NESTING
                            && let Some(citation) = self.bracketed_at(i, close)
                        {
                            consumed.extend(citation.items.iter().map(|item| Reverse(self.at_sign(item))));
                            key_ends.extend(citation.items.iter().map(|item| Reverse(item.key_span.end)));
                            out.push(citation);
                        }
                        enclosing.push(close);
                    }
                }
                b'@' => {
                    while consumed.peek().is_some_and(|&Reverse(p)| p < i) {
                        consumed.pop();
                    }
                    if consumed.peek() == Some(&Reverse(i)) {
                        consumed.pop();
                    } else {
                        let attach = nesting(&mut enclosing, i) < MAX_NESTING;
                        while key_ends.peek().is_some_and(|&Reverse(p)| p < i) {
                            key_ends.pop();
                        }
                        self.after_key.set(if key_ends.peek() == Some(&Reverse(i)) { i } else { usize::MAX });
                        let found = self.in_text_at(i, attach);
                        self.after_key.set(usize::MAX);
                        if let Some((citation, bracket, end)) = found {
                            consumed.extend(
                                citation.items.iter().skip(1).map(|item| Reverse(self.at_sign(item))),
                            );
                            key_ends.extend(citation.items.iter().map(|item| Reverse(item.key_span.end)));
                            attached = bracket;
                            out.push(citation);
                            i = end;
                            continue;
                        }
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// The offset of the `@` of an item.
    fn at_sign(&self, item: &CitationItem) -> usize {
        let start = item.key_span.start;
        if start >= 1 && self.bytes[start - 1] == b'@' { start - 1 } else { start.saturating_sub(2) }
    }

    fn is_excluded(&self, pos: usize) -> bool {
        let i = self.excluded.partition_point(|s| s.start <= pos);
        i > 0 && self.excluded[i - 1].contains(pos)
    }

    fn close_of(&self, open: usize) -> Option<usize> {
        pair_close(self.brackets, open)
    }

    /// Whether the pair is a link text (`[…](…)`) or a footnote reference (`[^label]`), whose
    /// contents hold no citations. `[…][…]` is a link only when its reference is defined, and
    /// then the caller has excluded it.
    fn is_link_or_footnote(&self, open: usize, close: usize) -> bool {
        if self.bytes.get(close + 1) == Some(&b'(') {
            return true;
        }
        // A footnote label runs to the first `]` and holds no blanks (nor, here, brackets); the
        // scan stops at the first bracket, so nested pairs are never rescanned.
        self.bytes.get(open + 1) == Some(&b'^')
            && self.text[open + 2..close].find(|c: char| c.is_whitespace() || c == '[').is_none()
    }

    /// Whether a bracket pair can hold a citation or a suffix at all: not excluded, not a
    /// footnote reference, and not followed by `(` or `[` (a link, or a reference link's text).
    fn citation_bracket(&self, open: usize, close: usize) -> bool {
        !self.is_excluded(open)
            && self.bytes.get(open + 1) != Some(&b'^')
            && !matches!(self.bytes.get(close + 1), Some(b'(' | b'['))
    }

    /// Whether the bracket closing at `close` is followed by an attribute block's `{`. Such a
    /// bracket is no bracketed citation, though it can be an in-text citation's suffix.
    fn before_brace(&self, close: usize) -> bool {
        self.bytes.get(close + 1) == Some(&b'{')
    }

    fn bracketed_at(&self, open: usize, close: usize) -> Option<Citation> {
        if !self.citation_bracket(open, close)
            || self.before_brace(close)
            || (open > 0 && self.bytes[open - 1] == b'^' && !is_escaped(self.bytes, open - 1))
        {
            return None;
        }
        let items = self.cite_list(open + 1, close)?;
        Some(Citation { span: Span::new(open, close + 1), mode: CitationMode::Bracketed, items })
    }

    /// An in-text citation at the `@` at `at`: the citation, the offset of an attached bracket
    /// and where to resume scanning. With `attach` false no bracket is attached.
    fn in_text_at(&self, at: usize, attach: bool) -> Option<(Citation, Option<usize>, usize)> {
        let hit = self.key_hit(at, false)?;
        let mut first = CitationItem {
            key: self.shared(self.slice(hit.key)),
            key_span: hit.key,
            span: Span::new(at, hit.end),
            prefix: String::new(),
            locator: None,
            suffix: String::new(),
            suppress_author: false,
        };
        if attach
            && let Some(open) = self.attachment_after(hit.end)
            && let Some(close) = self.close_of(open)
            && self.citation_bracket(open, close)
            && let Some(items) = self.attached_items(&mut first, open, close)
        {
            let citation = Citation { span: Span::new(at, close + 1), mode: CitationMode::InText, items };
            return Some((citation, Some(open), hit.end));
        }
        let citation =
            Citation { span: first.span, mode: CitationMode::InText, items: CitationItems::one(first) };
        Some((citation, None, hit.end))
    }

    /// The items of an in-text citation `first` with the bracket `open..=close` attached: either
    /// a bracketed citation (`@a [@b]`) or a suffix with optional further items (`@a [p. 4; @b]`).
    /// Before `{` only the second reading holds (`@a [@b]{.c}` has the suffix `@b`).
    /// On success `first` is moved into the items (and left empty).
    fn attached_items(&self, first: &mut CitationItem, open: usize, close: usize) -> Option<CitationItems> {
        if !self.before_brace(close)
            && let Some(rest) = self.cite_list(open + 1, close)
        {
            let mut items = CitationItems::one(take_item(first));
            items.extend(rest);
            return Some(items);
        }
        let suffix_end = self.suffix_end(open + 1, close);
        let rest = if suffix_end < close { Some(self.cite_list(suffix_end + 1, close)?) } else { None };
        let (locator, suffix) = self.locator_and_suffix(open + 1, suffix_end);
        let content = self.trim_span(Span::new(open + 1, suffix_end));
        let mut head = take_item(first);
        if !content.is_empty() {
            head.span.end = content.end;
        }
        head.locator = locator;
        head.suffix = suffix;
        let mut items = CitationItems::one(head);
        items.extend(rest.into_iter().flatten());
        Some(items)
    }

    /// The `[` after an in-text key: right after it, or after spaces, tabs and at most one line
    /// break. What is blank in the mask must be white space in the source too (masked code or
    /// HTML is not), except for block quote markers at the start of a continuation line.
    fn attachment_after(&self, end: usize) -> Option<usize> {
        let mut line_break = false;
        let mut q = end;
        loop {
            match (*self.bytes.get(q)?, self.source[q]) {
                (b'[', _) => break,
                (b' ' | b'\t' | b'\r', b' ' | b'\t' | b'\r') => {}
                (b' ', b'>') if line_break => {}
                (b'\n', _) if !line_break => line_break = true,
                _ => return None,
            }
            q += 1;
        }
        (!self.is_excluded(q)).then_some(q)
    }

    /// Parses the inside of a bracket, `start..end`, as `;`-separated citation items.
    fn cite_list(&self, start: usize, end: usize) -> Option<CitationItems> {
        let bytes = self.bytes;
        let mut items: Option<CitationItems> = None;
        let mut pos = start;
        loop {
            // The prefix runs to the first key; a `;` in it means no citation.
            let item_start = pos;
            let mut p = pos;
            let hit = loop {
                if p >= end {
                    return None;
                }
                match bytes[p] {
                    b'\\' if bytes.get(p + 1).is_some_and(u8::is_ascii_punctuation) => {
                        p += 2;
                        continue;
                    }
                    b'[' => {
                        p = self.close_of(p).filter(|&c| c < end).map_or(p + 1, |c| c + 1);
                        continue;
                    }
                    b';' => return None,
                    b'@' | b'-' => {
                        if let Some(hit) = self.key_hit(p, true).filter(|h| h.end <= end) {
                            break hit;
                        }
                    }
                    _ => {}
                }
                p += 1;
            };
            let suffix_end = self.suffix_end(hit.end, end);
            let item = self.item(item_start, hit, suffix_end);
            match &mut items {
                None => items = Some(CitationItems::one(item)),
                Some(items) => items.push(item),
            }
            if suffix_end >= end {
                return items;
            }
            pos = suffix_end + 1;
        }
    }

    /// The `;` or `end` that ends a suffix starting at `start`.
    fn suffix_end(&self, start: usize, end: usize) -> usize {
        let bytes = self.bytes;
        let mut p = start;
        while p < end {
            match bytes[p] {
                b'\\' if bytes.get(p + 1).is_some_and(u8::is_ascii_punctuation) => p += 2,
                b'[' => p = self.close_of(p).filter(|&c| c < end).map_or(p + 1, |c| c + 1),
                b';' => return p,
                _ => p += 1,
            }
        }
        end
    }

    fn item(&self, item_start: usize, hit: KeyHit, suffix_end: usize) -> CitationItem {
        let prefix = self.trim_span(Span::new(item_start, hit.start));
        let suffix_region = self.trim_span(Span::new(hit.end, suffix_end));
        let (locator, suffix) = self.locator_and_suffix(hit.end, suffix_end);
        let start = if prefix.is_empty() { hit.start } else { prefix.start };
        let end = if suffix_region.is_empty() { hit.end } else { suffix_region.end };
        CitationItem {
            key: self.shared(self.slice(hit.key)),
            key_span: hit.key,
            span: Span::new(start, end),
            prefix: affix_text(self.slice(prefix)),
            locator,
            suffix,
            suppress_author: hit.suppress,
        }
    }

    /// A shared copy of `s`: see [`CitationScratch::strings`].
    fn shared(&self, s: &str) -> Arc<str> {
        self.strings.borrow_mut().get(s)
    }

    /// The text under `span`.
    fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }

    fn trim_span(&self, span: Span) -> Span {
        // Most affixes start and end with a visible ASCII character (or are empty).
        match (self.bytes.get(span.start), span.end.checked_sub(1).and_then(|e| self.bytes.get(e))) {
            _ if span.start >= span.end => return Span::at(span.start),
            (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => return span,
            _ => {}
        }
        let s = self.slice(span);
        let start = span.start + (s.len() - s.trim_start().len());
        let end = span.end - (s.len() - s.trim_end().len());
        if start >= end { Span::at(span.start) } else { Span::new(start, end) }
    }

    /// A key at `p`: `@key`, `@{key}` or, when `allow_suppress`, `-@key`.
    fn key_hit(&self, p: usize, allow_suppress: bool) -> Option<KeyHit> {
        let bytes = self.bytes;
        let (at, suppress) = match *bytes.get(p)? {
            // Pandoc reads a run of hyphens as `---` and `--` dashes first: only a lone `-` left
            // over suppresses the author (`[--@a]` has the prefix `--`).
            b'-' if allow_suppress
                && bytes.get(p + 1) == Some(&b'@')
                && run_before(bytes, p + 1, b'-') % 3 == 1 =>
            {
                (p + 1, true)
            }
            b'@' => (p, false),
            _ => return None,
        };
        if self.is_excluded(p) || self.in_word(p) {
            return None;
        }
        let (key, end) = self.key_after(at)?;
        Some(KeyHit { start: p, key, end, suppress })
    }

    /// Whether `pos` is inside a word for Pandoc, where no key starts: after a letter or digit,
    /// or after a full stop that does not end an ellipsis (`x.@a` and `..@a`, but not `...@a`).
    /// Pandoc's test is "right after a run of text"; a citation is not one, so a key may
    /// start where another key ends (`@a@b` is two citations).
    fn in_word(&self, pos: usize) -> bool {
        if pos == self.after_key.get() {
            return false;
        }
        let Some(&before) = pos.checked_sub(1).and_then(|p| self.bytes.get(p)) else { return false };
        match before {
            b'.' => run_before(self.bytes, pos, b'.') % 3 != 0,
            _ if before.is_ascii() => before.is_ascii_alphanumeric(),
            _ => self.text[..pos].chars().next_back().is_some_and(char::is_alphanumeric),
        }
    }

    /// The key after the `@` at `at` and the offset after it.
    fn key_after(&self, at: usize) -> Option<(Span, usize)> {
        let bytes = self.bytes;
        if bytes.get(at + 1) == Some(&b'{') {
            // `@{}` cites the empty key.
            let close = pair_close(self.braces.get_or_init(|| brace_pairs(self.text)), at + 1)?;
            return Some((Span::new(at + 2, close), close + 1));
        }
        let mut end = at + 1 + self.key_char_len(at + 1)?;
        while let Some(&b) = bytes.get(end) {
            if b.is_ascii_alphanumeric() || b == b'_' {
                end += 1;
            } else if !b.is_ascii() {
                match self.key_char_len(end) {
                    Some(len) => end += len,
                    None => break,
                }
            } else if matches!(
                b,
                b':' | b'.' | b'#' | b'$' | b'%' | b'&' | b'-' | b'+' | b'?' | b'<' | b'>' | b'~' | b'/'
            ) && (self.key_char_len(end + 1).is_some()
                || (matches!(b, b':' | b'/') && bytes.get(end + 1) == Some(&b'/')))
            {
                // Key punctuation belongs to the key when a key character follows.
                end += 1;
            } else {
                break;
            }
        }
        Some((Span::new(at + 1, end), end))
    }

    /// The byte length of the key character (a letter, digit or `_`) at `p`, if there is one.
    /// `p` is a character boundary.
    #[inline]
    fn key_char_len(&self, p: usize) -> Option<usize> {
        let b = *self.bytes.get(p)?;
        if b.is_ascii() {
            return (b.is_ascii_alphanumeric() || b == b'_').then_some(1);
        }
        let c = self.text.get(p..)?.chars().next()?;
        is_key_char(c).then(|| c.len_utf8())
    }

    /// Splits a raw suffix `start..end` into a locator and the trimmed remaining suffix.
    fn locator_and_suffix(&self, start: usize, end: usize) -> (Option<Locator>, String) {
        if start >= end {
            // Most items have no suffix at all.
            return (None, String::new());
        }
        match self.locator(start, end) {
            Some((locator, rest)) => (locator, self.suffix_text(rest, end)),
            None => (None, self.suffix_text(start, end)),
        }
    }

    fn suffix_text(&self, start: usize, end: usize) -> String {
        let s = self.text.get(start..end).unwrap_or("").trim();
        affix_text(s.strip_prefix(',').unwrap_or(s).trim())
    }

    /// Parses a locator at the start of a suffix. `Some((locator, rest))` when the suffix starts
    /// with a locator (or with `{}`, which yields none); `rest` is where the suffix proper starts.
    fn locator(&self, start: usize, end: usize) -> Option<(Option<Locator>, usize)> {
        let bytes = self.bytes;
        let mut p = start;
        if p < end && bytes[p] == b',' {
            p += 1;
        }
        p = skip_ws(self.text, p, end);
        if p < end && bytes[p] == b'{' {
            return self.braced_locator(p, end);
        }
        let (label, value_start, explicit) = match self.locator_term(p, end) {
            Some((label, after)) => (label, skip_ws(self.text, after, end), true),
            None => ("page", p, false),
        };
        // Whether a word (its end, and whether it holds a digit) can be part of the value; the
        // roman numerals are looked for only when that decides.
        let acceptable = |(word_start, word_end, digit): (usize, usize, bool)| {
            (digit || (explicit && holds_roman_numeral(&self.text[word_start..word_end]))).then_some(word_end)
        };
        let mut value_end = self.locator_word(value_start, end).and_then(acceptable)?;
        loop {
            let mut q = value_end;
            if q < end && bytes[q] == b',' {
                q += 1;
            }
            q = skip_ws(self.text, q, end);
            match self.locator_word(q, end).and_then(acceptable) {
                Some(word_end) => value_end = word_end,
                None => break,
            }
        }
        let locator = Locator {
            label,
            value: self.shared(&self.text[value_start..value_end]),
            span: Span::new(p, value_end),
        };
        Some((Some(locator), value_end))
    }

    /// `{term value}` or `{value}` at `open`.
    fn braced_locator(&self, open: usize, end: usize) -> Option<(Option<Locator>, usize)> {
        let bytes = self.bytes;
        let mut depth = 0usize;
        let mut close = None;
        let mut p = open;
        while p < end {
            match bytes[p] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(p);
                        break;
                    }
                }
                b'[' => {
                    p = self.close_of(p).filter(|&c| c < end).unwrap_or(p);
                }
                _ => {}
            }
            p += 1;
        }
        let close = close?;
        let inner = skip_ws(self.text, open + 1, close);
        let (label, value_start) = match self.locator_term(inner, close) {
            Some((label, after)) => (label, skip_ws(self.text, after, close)),
            None => ("page", inner),
        };
        let value = self.trim_span(Span::new(value_start, close));
        if value.is_empty() {
            return Some((None, close + 1));
        }
        let locator =
            Locator { label, value: self.shared(self.slice(value)), span: Span::new(open, close + 1) };
        Some((Some(locator), close + 1))
    }

    /// The longest locator term at `p`, with its label and the offset after it.
    fn locator_term(&self, p: usize, end: usize) -> Option<(&'static str, usize)> {
        // Bytes compare as well as characters: a term equal to the text's bytes (ASCII case
        // folded) ends on a character boundary, as the terms are ASCII or match byte for byte.
        let hay = self.bytes.get(p..end)?;
        // Every term is lowercase: its first byte must be the text's, ASCII case folded.
        let bucket = LOCATOR_BUCKET[usize::from(*hay.first()?)];
        let group = locator_terms_by_first_byte().get(usize::from(bucket))?;
        // The second byte rules out most terms of a group at once.
        let second = hay.get(1).map(u8::to_ascii_lowercase);
        group.iter().find_map(|term| {
            let after = p + term.form.len();
            let matches = term.form.len() <= hay.len()
                && term.form.get(1).is_none_or(|&b| Some(b) == second)
                && hay[..term.form.len()].eq_ignore_ascii_case(term.form);
            let runs_on = || after < end && char_at(self.text, after).is_some_and(char::is_alphanumeric);
            (matches && !(term.ends_in_letter && runs_on())).then_some((term.label, after))
        })
    }

    /// One locator word at `p`: its start and end, and whether it holds a digit.
    fn locator_word(&self, p: usize, end: usize) -> Option<(usize, usize, bool)> {
        let text = self.text;
        let mut q = p;
        while q < end {
            let Some(c) = char_at(text, q) else { break };
            let close = match c {
                '(' => Some(')'),
                '[' => Some(']'),
                '{' => Some('}'),
                _ => None,
            };
            if let Some(close) = close {
                let mut r = q + 1;
                while r < end {
                    let Some(d) = char_at(text, r) else { break };
                    if is_unit_char(d)
                        || (d == '.' && r + 1 < end && char_at(text, r + 1).is_some_and(is_unit_char))
                    {
                        r += d.len_utf8();
                    } else {
                        break;
                    }
                }
                if r < end && text[r..].starts_with(close) {
                    q = r + 1;
                    continue;
                }
                break;
            }
            if is_unit_char(c) {
                q += c.len_utf8();
            } else if c == '.' && q > p && q + 1 < end && char_at(text, q + 1).is_some_and(is_unit_char) {
                q += 1;
            } else {
                break;
            }
        }
        if q == p {
            return None;
        }
        let digit = text.as_bytes()[p..q].iter().any(u8::is_ascii_digit);
        Some((p, q, digit))
    }
}

/// `item`, leaving an item without strings in its place.
fn take_item(item: &mut CitationItem) -> CitationItem {
    let empty = CitationItem {
        key: Arc::from(""),
        key_span: item.key_span,
        span: item.span,
        prefix: String::new(),
        locator: None,
        suffix: String::new(),
        suppress_author: false,
    };
    std::mem::replace(item, empty)
}

/// Citations nested deeper than this in other brackets are not looked for: each level copies
/// its affixes, so unbounded nesting would make the output quadratic in the input.
const MAX_NESTING: usize = 8;

/// The number of brackets (closing offsets in `enclosing`) enclosing `pos`.
fn nesting(enclosing: &mut OffsetStack, pos: usize) -> usize {
    while enclosing.last().is_some_and(|close| close < pos) {
        enclosing.pop();
    }
    enclosing.len()
}

fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A character of a locator word other than `.` and brackets: not white space, and not
/// punctuation except `-`, `–` and `:`.
#[inline]
fn is_unit_char(c: char) -> bool {
    !c.is_whitespace() && (!is_punctuation(c) || matches!(c, '-' | '–' | ':'))
}

/// Punctuation in the Unicode sense (general categories P*) for the characters that occur in
/// practice; ASCII symbols such as `+`, `$`, `<` are not punctuation.
fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            '!' | '"'
                | '#'
                | '%'
                | '&'
                | '\''
                | '('
                | ')'
                | '*'
                | ','
                | '-'
                | '.'
                | '/'
                | ':'
                | ';'
                | '?'
                | '@'
                | '['
                | '\\'
                | ']'
                | '_'
                | '{'
                | '}'
        );
    }
    matches!(c, '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B6}' | '\u{B7}' | '\u{BB}' | '\u{BF}')
        || ('\u{2010}'..='\u{2027}').contains(&c)
        || ('\u{2030}'..='\u{205E}').contains(&c)
        || ('\u{3001}'..='\u{3003}').contains(&c)
        || ('\u{3008}'..='\u{3011}').contains(&c)
        || matches!(c, '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}')
}

/// Whether a locator word holds a roman numeral between its punctuation (`iv`, `xi-xiv`).
fn holds_roman_numeral(word: &str) -> bool {
    word.split(|c: char| !(c.is_alphanumeric() || c == ':')).any(is_roman_numeral)
}

/// A roman numeral in the lenient form Pandoc accepts, in either case.
fn is_roman_numeral(s: &str) -> bool {
    if s.is_empty() || !s.is_ascii() {
        return false;
    }
    let b = s.as_bytes();
    let mut i = 0;
    let upper = |i: usize| b.get(i).map(u8::to_ascii_uppercase);
    let many = |i: &mut usize, c: u8| {
        while upper(*i) == Some(c) {
            *i += 1;
        }
    };
    let pair = |i: &mut usize, a: u8, c: u8| {
        if upper(*i) == Some(a) && upper(*i + 1) == Some(c) {
            *i += 2;
        }
    };
    let one = |i: &mut usize, c: u8| {
        if upper(*i) == Some(c) {
            *i += 1;
        }
    };
    many(&mut i, b'M');
    pair(&mut i, b'C', b'M');
    one(&mut i, b'D');
    pair(&mut i, b'C', b'D');
    many(&mut i, b'C');
    pair(&mut i, b'X', b'C');
    one(&mut i, b'L');
    pair(&mut i, b'X', b'L');
    many(&mut i, b'X');
    pair(&mut i, b'I', b'X');
    one(&mut i, b'V');
    pair(&mut i, b'I', b'V');
    many(&mut i, b'I');
    i == b.len()
}

/// The number of unescaped `byte`s right before `end`.
fn run_before(bytes: &[u8], end: usize, byte: u8) -> usize {
    let mut start = end;
    while start > 0 && bytes[start - 1] == byte && !is_escaped(bytes, start - 1) {
        start -= 1;
    }
    end - start
}

/// Affix text as Pandoc reads it: a backslash-escaped ASCII punctuation character without its
/// backslash, and `\ ` as a no-break space.
fn affix_text(raw: &str) -> String {
    // Affixes are short: a plain loop beats `memchr`'s setup.
    if !raw.bytes().any(|b| b == b'\\') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next)) if next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            ('\\', Some(' ')) => {
                out.push('\u{a0}');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Skips white space (including no-break spaces) in `p..end`.
fn skip_ws(text: &str, mut p: usize, end: usize) -> usize {
    while p < end {
        match char_at(text, p) {
            Some(c) if c.is_whitespace() => p += c.len_utf8(),
            _ => break,
        }
    }
    p
}

/// Balanced `{…}` pairs that contain no white space, sorted by the opening brace.
fn brace_pairs(text: &str) -> Vec<(usize, usize)> {
    let mut stack = Vec::new();
    let mut pairs = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '{' => stack.push(i),
            '}' => {
                if let Some(open) = stack.pop() {
                    pairs.push((open, i));
                }
            }
            c if c.is_whitespace() => stack.clear(),
            _ => {}
        }
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// An expected item: key, prefix, locator as `label value`, suffix, suppress_author.
    type Item<'a> = (&'a str, &'a str, Option<(&'a str, &'a str)>, &'a str, bool);

    /// An expected citation: the text under its span, its mode and its items.
    type Expected<'a> = (&'a str, CitationMode, &'a [Item<'a>]);

    use CitationMode::{Bracketed as B, InText as T};

    fn k(key: &str) -> Item<'_> {
        (key, "", None, "", false)
    }

    /// Scans `text` as both mask and source.
    fn scan(text: &str, excluded: &[Span]) -> Vec<Citation> {
        scan_citations(text, text, excluded)
    }

    fn check(text: &str, expected: &[Expected]) {
        check_excluding(text, &[], expected);
    }

    fn check_excluding(text: &str, excluded: &[Span], expected: &[Expected]) {
        let got = scan(text, excluded);
        let got: Vec<_> = got
            .iter()
            .map(|c| {
                let items: Vec<_> = c
                    .items
                    .iter()
                    .map(|i| {
                        (
                            i.key.to_string(),
                            i.prefix.clone(),
                            i.locator.as_ref().map(|l| (l.label.to_string(), l.value.to_string())),
                            i.suffix.clone(),
                            i.suppress_author,
                        )
                    })
                    .collect();
                (c.span.slice(text).to_string(), c.mode, items)
            })
            .collect();
        let want: Vec<_> = expected
            .iter()
            .map(|(span, mode, items)| {
                let items: Vec<_> = items
                    .iter()
                    .map(|(key, prefix, loc, suffix, sup)| {
                        (
                            key.to_string(),
                            prefix.to_string(),
                            loc.map(|(l, v)| (l.to_string(), v.to_string())),
                            suffix.to_string(),
                            *sup,
                        )
                    })
                    .collect();
                (span.to_string(), *mode, items)
            })
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn bracketed_citations() {
        let cases: &[(&str, &[Expected])] = &[
            ("[@key]", &[("[@key]", B, &[k("key")])]),
            ("As shown [@doe2020].", &[("[@doe2020]", B, &[k("doe2020")])]),
            ("[@a; @b]", &[("[@a; @b]", B, &[k("a"), k("b")])]),
            ("[@a;@b]", &[("[@a;@b]", B, &[k("a"), k("b")])]),
            ("[ @a ; @b ]", &[("[ @a ; @b ]", B, &[k("a"), k("b")])]),
            (
                "[see @key, p. 4]",
                &[("[see @key, p. 4]", B, &[("key", "see", Some(("page", "4")), "", false)])],
            ),
            (
                "[@key, pp. 33-35 and passim]",
                &[(
                    "[@key, pp. 33-35 and passim]",
                    B,
                    &[("key", "", Some(("page", "33-35")), "and passim", false)],
                )],
            ),
            ("[@key p. 4]", &[("[@key p. 4]", B, &[("key", "", Some(("page", "4")), "", false)])]),
            ("[-@key]", &[("[-@key]", B, &[("key", "", None, "", true)])]),
            (
                "[see -@key, p. 3]",
                &[("[see -@key, p. 3]", B, &[("key", "see", Some(("page", "3")), "", true)])],
            ),
            (
                "[see @a, chap. 3; also @b]",
                &[(
                    "[see @a, chap. 3; also @b]",
                    B,
                    &[("a", "see", Some(("chapter", "3")), "", false), ("b", "also", None, "", false)],
                )],
            ),
            ("[@a, and passim]", &[("[@a, and passim]", B, &[("a", "", None, "and passim", false)])]),
            (
                "[@a emphasis added]",
                &[("[@a emphasis added]", B, &[("a", "", None, "emphasis added", false)])],
            ),
            (
                "[@a, p. 4, emphasis added]",
                &[(
                    "[@a, p. 4, emphasis added]",
                    B,
                    &[("a", "", Some(("page", "4")), "emphasis added", false)],
                )],
            ),
            (
                "[see [the annex] @a]",
                &[("[see [the annex] @a]", B, &[("a", "see [the annex]", None, "", false)])],
            ),
            ("[@a, see [x; y]]", &[("[@a, see [x; y]]", B, &[("a", "", None, "see [x; y]", false)])]),
            ("[@a\n; @b]", &[("[@a\n; @b]", B, &[k("a"), k("b")])]),
            (
                "[@a, p. 4\\; @b]",
                &[
                    ("[@a, p. 4\\; @b]", B, &[("a", "", Some(("page", "4")), "; @b", false)]),
                    ("@b", T, &[k("b")]),
                ],
            ),
            // Nested citations: Pandoc makes the inner ones part of the outer affixes.
            (
                "[see [@b] and @a]",
                &[
                    ("[see [@b] and @a]", B, &[("a", "see [@b] and", None, "", false)]),
                    ("[@b]", B, &[k("b")]),
                ],
            ),
            ("[@a and @b]", &[("[@a and @b]", B, &[("a", "", None, "and @b", false)]), ("@b", T, &[k("b")])]),
            ("[@a] [@b]", &[("[@a]", B, &[k("a")]), ("[@b]", B, &[k("b")])]),
            // Not citations.
            ("[see the report]", &[]),
            ("[;]", &[]),
            ("[]", &[]),
            ("[@a;]", &[("@a", T, &[k("a")])]),
            ("[see; @b]", &[("@b", T, &[k("b")])]),
            ("[@a; see]", &[("@a", T, &[k("a")])]),
            ("[@key](https://example.org)", &[]),
            ("[@key](                   )", &[]),
            // A reference link's text when `ref` is defined; then the caller excludes it.
            ("[@key][ref]", &[("@key", T, &[k("key")])]),
            ("[@a][@b]", &[("@a", T, &[k("a")]), ("[@b]", B, &[k("b")])]),
            ("[@key]{.class}", &[("@key", T, &[k("key")])]),
            ("[about 3,000 [@mfa]]{qty=iskp}", &[("[@mfa]", B, &[k("mfa")])]),
            ("\\[@a]", &[("@a", T, &[k("a")])]),
            ("[@a\\]", &[("@a", T, &[k("a")])]),
            ("[\\@a]", &[]),
            ("text[^1] and [^note]", &[]),
            ("x^[see @a, p. 4]", &[("@a", T, &[k("a")])]),
            ("x^[[@a, p. 4]]", &[("[@a, p. 4]", B, &[("a", "", Some(("page", "4")), "", false)])]),
            ("[@a\n\n]", &[("@a", T, &[k("a")])]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn keys() {
        let cases: &[(&str, &[Expected])] = &[
            ("@doe.", &[("@doe", T, &[k("doe")])]),
            ("@doe, p. 4", &[("@doe", T, &[k("doe")])]),
            ("(@doe)", &[("@doe", T, &[k("doe")])]),
            ("@doe's book", &[("@doe", T, &[k("doe")])]),
            ("@doe.2020 said", &[("@doe.2020", T, &[k("doe.2020")])]),
            (
                "@a:b-c+d?e<f>g~h/i#j$k%l&m",
                &[("@a:b-c+d?e<f>g~h/i#j$k%l&m", T, &[k("a:b-c+d?e<f>g~h/i#j$k%l&m")])],
            ),
            ("@a--b", &[("@a", T, &[k("a")])]),
            ("@http://example.com/x", &[("@http://example.com/x", T, &[k("http://example.com/x")])]),
            ("@_under", &[("@_under", T, &[k("_under")])]),
            ("@2020report", &[("@2020report", T, &[k("2020report")])]),
            ("@müller2020 argues", &[("@müller2020", T, &[k("müller2020")])]),
            ("[@Ωmega; @日本]", &[("[@Ωmega; @日本]", B, &[k("Ωmega"), k("日本")])]),
            ("@{odd key}", &[]),
            ("@{a b}", &[]),
            ("@{odd:key/with&stuff}", &[("@{odd:key/with&stuff}", T, &[k("odd:key/with&stuff")])]),
            ("@{a{b}c}", &[("@{a{b}c}", T, &[k("a{b}c")])]),
            ("[@{x.y}, p. 2]", &[("[@{x.y}, p. 2]", B, &[("x.y", "", Some(("page", "2")), "", false)])]),
            ("@{}", &[("@{}", T, &[k("")])]),
            ("@{unclosed", &[]),
            ("mail a@b.com or user@example.org", &[]),
            ("[user@example.org]", &[]),
            ("@ end", &[]),
            ("end @", &[]),
            ("@", &[]),
            ("@@@@", &[]),
            ("@.x", &[]),
            ("-@key", &[("@key", T, &[k("key")])]),
            ("x-@key", &[("@key", T, &[k("key")])]),
            ("\\@key", &[]),
            ("é@key", &[]),
            ("—@key", &[("@key", T, &[k("key")])]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn in_text_citations() {
        let cases: &[(&str, &[Expected])] = &[
            ("@key says", &[("@key", T, &[k("key")])]),
            ("@key [p. 4] says", &[("@key [p. 4]", T, &[("key", "", Some(("page", "4")), "", false)])]),
            ("@key[p. 4]", &[("@key[p. 4]", T, &[("key", "", Some(("page", "4")), "", false)])]),
            ("@key\n[p. 4]", &[("@key\n[p. 4]", T, &[("key", "", Some(("page", "4")), "", false)])]),
            ("@key  [p. 4]", &[("@key  [p. 4]", T, &[("key", "", Some(("page", "4")), "", false)])]),
            ("@key\n\n[p. 4]", &[("@key", T, &[k("key")])]),
            (
                "@a [p. 33; @b]",
                &[("@a [p. 33; @b]", T, &[("a", "", Some(("page", "33")), "", false), k("b")])],
            ),
            ("@a [@b]", &[("@a [@b]", T, &[k("a"), k("b")])]),
            (
                "@a [see @b, p. 2]",
                &[("@a [see @b, p. 2]", T, &[k("a"), ("b", "see", Some(("page", "2")), "", false)])],
            ),
            ("@a [the boss] said", &[("@a [the boss]", T, &[("a", "", None, "the boss", false)])]),
            ("@a [p. 4; not a key]", &[("@a", T, &[k("a")])]),
            ("@a [p. 4](url)", &[("@a", T, &[k("a")])]),
            ("@a [qty]{.c}", &[("@a [qty]", T, &[("a", "", None, "qty", false)])]),
            ("@a [^1]", &[("@a", T, &[k("a")])]),
            ("@a ^[a note]", &[("@a", T, &[k("a")])]),
            ("@a []", &[("@a []", T, &[k("a")])]),
            ("@a and @b", &[("@a", T, &[k("a")]), ("@b", T, &[k("b")])]),
            ("[text @a]{.c}", &[("@a", T, &[k("a")])]),
            ("[link @a](url)", &[]),
            ("![alt @a](img.png)", &[]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn escapes() {
        let cases: &[(&str, &[Expected])] = &[
            ("\\@e1", &[]),
            ("\\[@e2]", &[("@e2", T, &[k("e2")])]),
            ("[@e3\\; b]", &[("[@e3\\; b]", B, &[("e3", "", None, "; b", false)])]),
            (
                "[@e4, p. 4\\] x]",
                &[("[@e4, p. 4\\] x]", B, &[("e4", "", Some(("page", "4")), "] x", false)])],
            ),
            ("[see a\\; b @a]", &[("[see a\\; b @a]", B, &[("a", "see a; b", None, "", false)])]),
            ("[see \\@a @b]", &[("[see \\@a @b]", B, &[("b", "see @a", None, "", false)])]),
            // An escaped backslash escapes nothing.
            ("\\\\[@a]", &[("[@a]", B, &[k("a")])]),
            ("[see \\\\; @b]", &[("@b", T, &[k("b")])]),
            // `\ ` is a no-break space.
            ("[@e5, p.\\ 4]", &[("[@e5, p.\\ 4]", B, &[("e5", "", None, "p.\u{a0}4", false)])]),
            ("[see\\ also @a]", &[("[see\\ also @a]", B, &[("a", "see\u{a0}also", None, "", false)])]),
            // An escaped hyphen is no `-@`.
            ("[\\-@a]", &[("[\\-@a]", B, &[("a", "-", None, "", false)])]),
            ("[\\--@a]", &[("[\\--@a]", B, &[("a", "-", None, "", true)])]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn semicolon_in_a_prefix() {
        let cases: &[(&str, &[Expected])] = &[
            ("[see; also @e6]", &[("@e6", T, &[k("e6")])]),
            ("[see (a; b) @e7]", &[("@e7", T, &[k("e7")])]),
            ("[a;b @e8]", &[("@e8", T, &[k("e8")])]),
            ("[@a; see; also @b]", &[("@a", T, &[k("a")]), ("@b", T, &[k("b")])]),
            (
                "@e9 [p. 3; see @e9b]",
                &[(
                    "@e9 [p. 3; see @e9b]",
                    T,
                    &[("e9", "", Some(("page", "3")), "", false), ("e9b", "see", None, "", false)],
                )],
            ),
            (
                "@a [see; also @b]",
                &[("@a [see; also @b]", T, &[("a", "", None, "see", false), ("b", "also", None, "", false)])],
            ),
            // Inside nested brackets a `;` is opaque.
            ("[see [a; b] @a]", &[("[see [a; b] @a]", B, &[("a", "see [a; b]", None, "", false)])]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn attachment_is_judged_on_the_source() {
        let p4 = |text| (text, T, &[("a", "", Some(("page", "4")), "", false)][..]);
        let cases: &[(&str, &str, &[Expected])] = &[
            ("@a  [p. 4]", "@a  [p. 4]", &[p4("@a  [p. 4]")]),
            ("@a \t [p. 4]", "@a \t [p. 4]", &[p4("@a \t [p. 4]")]),
            ("@a  \n  [p. 4]", "@a  \n  [p. 4]", &[p4("@a  \n  [p. 4]")]),
            ("@a \r\n[p. 4]", "@a \r\n[p. 4]", &[p4("@a \r\n[p. 4]")]),
            // A block quote's continuation line.
            ("@a\n  [p. 4]", "@a\n> [p. 4]", &[p4("@a\n  [p. 4]")]),
            // Masked code or HTML is not white space.
            ("@a     [p. 4]", "@a `x` [p. 4]", &[("@a", T, &[k("a")])]),
            ("@a         [p. 4]", "@a <b></b> [p. 4]", &[("@a", T, &[k("a")])]),
            ("@a\n    [p. 4]", "@a\n`x` [p. 4]", &[("@a", T, &[k("a")])]),
            ("@a  [p. 4]", "@a> [p. 4]", &[("@a", T, &[k("a")])]),
            ("@a\n\n[p. 4]", "@a\n\n[p. 4]", &[("@a", T, &[k("a")])]),
        ];
        for (mask, source, expected) in cases {
            assert_eq!(mask.len(), source.len());
            let got: Vec<_> =
                scan_citations(mask, source, &[]).iter().map(|c| c.span.slice(mask).to_string()).collect();
            let want: Vec<_> = expected.iter().map(|(span, _, _)| span.to_string()).collect();
            assert_eq!(got, want, "in {source:?}");
            if mask == source {
                check(mask, expected);
            }
        }
    }

    #[test]
    fn attachment_before_attributes() {
        let cases: &[(&str, &[Expected])] = &[
            (
                "@e11 [20,000]{qty=fighters} fighters",
                &[("@e11 [20,000]", T, &[("e11", "", Some(("page", "20,000")), "", false)])],
            ),
            ("@e12\n[p. 4]{.x}", &[("@e12\n[p. 4]", T, &[("e12", "", Some(("page", "4")), "", false)])]),
            // Before `{` the bracket is a suffix, never a bracketed citation.
            ("@a [@b]{.x}", &[("@a [@b]", T, &[("a", "", None, "@b", false)]), ("@b", T, &[k("b")])]),
            (
                "@a [p. 4; @b]{.c}",
                &[("@a [p. 4; @b]", T, &[("a", "", Some(("page", "4")), "", false), k("b")])],
            ),
            // Before `(` or `[` it is not attached at all.
            ("@a [20][x]", &[("@a", T, &[k("a")])]),
            ("@a [p. 4; @b][x]", &[("@a", T, &[k("a")]), ("@b", T, &[k("b")])]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn undefined_reference_links() {
        let cases: &[(&str, &[Expected])] = &[
            ("[@e13][x]", &[("@e13", T, &[k("e13")])]),
            ("[@e14][]", &[("@e14", T, &[k("e14")])]),
            ("[see @a, p. 4][x]", &[("@a", T, &[k("a")])]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
        // A defined one is a link: the caller excludes its text.
        check_excluding("[@a][x] [@b]", &[Span::new(0, 7)], &[("[@b]", B, &[k("b")])]);
    }

    #[test]
    fn full_stop_before_a_key() {
        let cases: &[(&str, &[Expected])] = &[
            ("x.@e15", &[]),
            ("(.@e16)", &[]),
            (".@a", &[]),
            ("..@a", &[]),
            ("....@a", &[]),
            ("[see .@a]", &[]),
            ("...@a", &[("@a", T, &[k("a")])]),
            ("x...@a", &[("@a", T, &[k("a")])]),
            ("......@a", &[("@a", T, &[k("a")])]),
            ("[...@a]", &[("[...@a]", B, &[("a", "...", None, "", false)])]),
            ("x\\.@a", &[("@a", T, &[k("a")])]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn dashes_before_a_key() {
        let cases: &[(&str, &[Expected])] = &[
            ("[--@e20]", &[("[--@e20]", B, &[("e20", "--", None, "", false)])]),
            ("[---@a]", &[("[---@a]", B, &[("a", "---", None, "", false)])]),
            ("[----@a]", &[("[----@a]", B, &[("a", "---", None, "", true)])]),
            ("[-----@a]", &[("[-----@a]", B, &[("a", "-----", None, "", false)])]),
            ("[-------@a]", &[("[-------@a]", B, &[("a", "------", None, "", true)])]),
            ("[x--@a]", &[("[x--@a]", B, &[("a", "x--", None, "", false)])]),
            ("[a-@x]", &[("[a-@x]", B, &[("x", "a-", None, "", false)])]),
            ("[x -@a]", &[("[x -@a]", B, &[("a", "x", None, "", true)])]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn empty_braced_key() {
        let cases: &[(&str, &[Expected])] = &[
            ("[@{}]", &[("[@{}]", B, &[k("")])]),
            ("[-@{}]", &[("[-@{}]", B, &[("", "", None, "", true)])]),
            ("[@{} p. 4]", &[("[@{} p. 4]", B, &[("", "", Some(("page", "4")), "", false)])]),
            (
                "@{} [see @{}, p. 4]",
                &[("@{} [see @{}, p. 4]", T, &[k(""), ("", "see", Some(("page", "4")), "", false)])],
            ),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
        let text = "x [@{}] y";
        let c = scan(text, &[]);
        assert_eq!(c[0].items[0].key_span, Span::at(5));
        assert_eq!(c[0].items[0].span, Span::new(3, 6));
    }

    #[test]
    fn locators() {
        let loc = |text: &'static str, label: &'static str, value: &'static str, suffix: &'static str| {
            (text, label, value, suffix)
        };
        let cases = [
            loc("[@k, p. 4]", "page", "4", ""),
            loc("[@k, pp. 33–35]", "page", "33–35", ""),
            loc("[@k, 33]", "page", "33", ""),
            loc("[@k 33]", "page", "33", ""),
            loc("[@k, 33, 35]", "page", "33, 35", ""),
            loc("[@k, 33-35, 38]", "page", "33-35, 38", ""),
            loc("[@k, p.4]", "page", "4", ""),
            loc("[@k, p.\u{a0}4]", "page", "4", ""),
            loc("[@k, P. 4]", "page", "4", ""),
            loc("[@k, page 4]", "page", "4", ""),
            loc("[@k, pages 4 and 7]", "page", "4", "and 7"),
            loc("[@k, chapter 3]", "chapter", "3", ""),
            loc("[@k, Chap. 3]", "chapter", "3", ""),
            loc("[@k, chap. iv]", "chapter", "iv", ""),
            loc("[@k, bk. 2]", "book", "2", ""),
            loc("[@k, col. 2]", "column", "2", ""),
            loc("[@k, figs. 2-3]", "figure", "2-3", ""),
            loc("[@k, fol. 12r]", "folio", "12r", ""),
            loc("[@k, no. 5]", "issue", "5", ""),
            loc("[@k, No. 5]", "issue", "5", ""),
            loc("[@k, l. 10]", "line", "10", ""),
            loc("[@k, n. 7]", "note", "7", ""),
            loc("[@k, op. 9]", "opus", "9", ""),
            loc("[@k, para. 12]", "paragraph", "12", ""),
            loc("[@k, ¶ 12]", "paragraph", "12", ""),
            loc("[@k, ¶¶ 12-14]", "paragraph", "12-14", ""),
            loc("[@k, pt. 2]", "part", "2", ""),
            loc("[@k, sec. 4.2.1]", "section", "4.2.1", ""),
            loc("[@k, § 4]", "section", "4", ""),
            loc("[@k, §4]", "section", "4", ""),
            loc("[@k, s.v. 12]", "sub verbo", "12", ""),
            loc("[@k, sub verbo 12]", "sub verbo", "12", ""),
            loc("[@k, vv. 1-3]", "verse", "1-3", ""),
            loc("[@k, vol. II]", "volume", "II", ""),
            loc("[@k, vols. 2, 3]", "volume", "2, 3", ""),
            loc("[@k, p. 34(a)]", "page", "34(a)", ""),
            loc("[@k, p. 4.]", "page", "4", "."),
            loc("[@k, 2020 report]", "page", "2020", "report"),
            loc("[@k, {pp. iv, vi-xi}]", "page", "iv, vi-xi", ""),
            loc("[@k, {chap. A}]", "chapter", "A", ""),
            loc("[@k, {A-C} and more]", "page", "A-C", "and more"),
        ];
        for (text, label, value, suffix) in cases {
            let got = scan(text, &[]);
            assert_eq!(got.len(), 1, "{text:?}");
            let item = &got[0].items[0];
            let locator = item.locator.as_ref().unwrap_or_else(|| panic!("no locator in {text:?}"));
            assert_eq!(
                (locator.label, &*locator.value, item.suffix.as_str()),
                (label, value, suffix),
                "{text:?}"
            );
        }
        let none = [
            ("[@k, chapter two]", "chapter two"),
            ("[@k, iv]", "iv"),
            ("[@k, p. a]", "p. a"),
            ("[@k, s.v. \"word\"]", "s.v. \"word\""),
            ("[@k{}, 99 years later]", "99 years later"),
            ("[@k , p. 4]", "p. 4"),
            ("[@k, pages]", "pages"),
            // Not terms of citeproc's en-US locale.
            ("[@k, ch. 2]", "ch. 2"),
            ("[@k, chs. 2-3]", "chs. 2-3"),
            ("[@k, f. 3r]", "f. 3r"),
            ("[@k ch. 4]", "ch. 4"),
        ];
        for (text, suffix) in none {
            let got = scan(text, &[]);
            assert_eq!(got.len(), 1, "{text:?}");
            assert_eq!(got[0].items[0].locator, None, "{text:?}");
            assert_eq!(got[0].items[0].suffix, suffix, "{text:?}");
        }
    }

    #[test]
    fn spans_are_exact() {
        let text = "So [see -@doe, pp. 3-4; @roe]. @poe [p. 9] too.";
        let c = scan(text, &[]);
        assert_eq!(c.len(), 2);
        let items = &c[0].items;
        assert_eq!(items[0].span.slice(text), "see -@doe, pp. 3-4");
        assert_eq!(items[0].key_span.slice(text), "doe");
        assert_eq!(items[0].locator.as_ref().unwrap().span.slice(text), "pp. 3-4");
        assert_eq!(items[1].span.slice(text), "@roe");
        assert_eq!(c[1].span.slice(text), "@poe [p. 9]");
        assert_eq!(c[1].items[0].span.slice(text), "@poe [p. 9");
        assert_eq!(c[1].items[0].locator.as_ref().unwrap().span.slice(text), "p. 9");
        let braced = "[@{a b.c}]";
        assert!(scan(braced, &[]).is_empty());
        let braced = "@{a.b}";
        assert_eq!(scan(braced, &[])[0].items[0].key_span.slice(braced), "a.b");
        let braced_locator = "[@k, {pp. 3}]";
        let c = scan(braced_locator, &[]);
        assert_eq!(c[0].items[0].locator.as_ref().unwrap().span.slice(braced_locator), "{pp. 3}");
    }

    #[test]
    fn excluded_ranges() {
        // A link text (masked link) holding a key.
        let text = "See [the @doe report](                ) and [@roe].";
        let excluded = [Span::new(5, 20)];
        check_excluding(text, &excluded, &[("[@roe]", B, &[k("roe")])]);
        // A bracket starting inside an excluded range is no citation.
        let text = "x [@a] y";
        check_excluding(text, &[Span::new(2, 6)], &[]);
        check_excluding(text, &[Span::new(3, 5)], &[]);
        // A key inside an excluded range is only prefix text.
        let text = "[see @a @b]";
        check_excluding(text, &[Span::new(5, 7)], &[("[see @a @b]", B, &[("b", "see @a", None, "", false)])]);
        // Unsorted or overlapping exclusions must not panic.
        let _ = scan("[@a] @b [@c]", &[Span::new(9, 12), Span::new(0, 3), Span::new(1, 100)]);
    }

    #[test]
    fn locator_first_bytes_cover_every_term() {
        for (form, _) in LOCATOR_TERMS {
            assert_eq!(form.to_lowercase(), *form);
            assert!(LOCATOR_FIRST_BYTES.contains(&form.as_bytes()[0]), "{form}");
        }
    }

    #[test]
    fn roman_numerals() {
        for yes in ["i", "iv", "IX", "xvii", "MCMXCIV", "mmxx", "c", "l"] {
            assert!(is_roman_numeral(yes), "{yes}");
        }
        for no in ["", "a", "iiv x", "vv", "ic", "é", "12"] {
            assert!(!is_roman_numeral(no), "{no}");
        }
    }

    #[test]
    fn pathological_input_is_linear() {
        let n = 200_000;
        let units = [
            "[",
            "]",
            "@",
            "[@",
            "@[",
            "[@a",
            "[@a;",
            "@a [",
            "-@",
            "@{",
            "{@",
            "@{{",
            "[@{a",
            "[@a, p. ",
            "[see ",
            "[@a](",
            "^[",
            "[^",
            "@a@",
            "\\",
            "[@a, {",
            "[@a, pp. 1, ",
            "; @a",
        ];
        for unit in units {
            let text = unit.repeat(n / unit.len());
            let _ = scan(&text, &[]);
        }
        let nested = format!("{}@a{}", "[".repeat(n / 2), "]".repeat(n / 2));
        assert_eq!(scan(&nested, &[]).len(), 1);
        let many = "[see @a, p. 4; @b] ".repeat(n / 19);
        assert_eq!(scan(&many, &[]).len(), n / 19);
        let deep_keys = format!("{}{}", "[@a ".repeat(n / 4), "]".repeat(n / 4));
        let _ = scan(&deep_keys, &[]);
        let braces = format!("@{}{}", "{".repeat(n / 2), "a}".repeat(n / 4));
        let _ = scan(&braces, &[]);
        let footnotes = format!("{}@a{}", "[^".repeat(n / 4), "]".repeat(n / 4));
        let _ = scan(&footnotes, &[]);
        let links = format!("{}@a{}", "[x ".repeat(n / 6), "](u)".repeat(n / 6));
        let _ = scan(&links, &[]);
    }

    fn assert_well_formed(text: &str, citations: &[Citation]) -> Result<(), TestCaseError> {
        let ok = |s: Span| {
            s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        };
        let mut last = 0;
        let mut keys: Vec<usize> =
            citations.iter().flat_map(|c| c.items.iter().map(|i| i.key_span.start)).collect();
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        prop_assert_eq!(keys.len(), count, "a key belongs to two citations");
        for c in citations {
            prop_assert!(ok(c.span));
            prop_assert!(c.span.start >= last, "citations out of order");
            last = c.span.start;
            prop_assert!(!c.items.is_empty());
            for item in &c.items {
                prop_assert!(ok(item.span) && ok(item.key_span));
                prop_assert!(c.span.covers(item.span), "item outside citation");
                prop_assert!(item.span.covers(item.key_span), "key outside item");
                prop_assert_eq!(item.key_span.slice(text), &*item.key);
                let braced = text[..item.key_span.start].ends_with("@{");
                prop_assert!(!item.key.is_empty() || braced, "an empty key not written `@{{}}`");
                if let Some(l) = &item.locator {
                    prop_assert!(ok(l.span) && item.span.covers(l.span));
                    prop_assert!(LOCATOR_TERMS.iter().any(|(_, label)| *label == l.label));
                }
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_are_sound(
            text in "([\\[\\]{}()@;,.^\\\\ \n-]|[a-c]|p\\. |pp\\. |1|23|iv|ü|日|—|§){0,60}",
            a in 0usize..70,
            b in 0usize..70,
        ) {
            let excluded = [Span::new(a.min(b), a.max(b))];
            assert_well_formed(&text, &scan(&text, &[]))?;
            assert_well_formed(&text, &scan(&text, &excluded))?;
        }

        #[test]
        fn arbitrary_strings_never_panic(text in any::<String>()) {
            assert_well_formed(&text, &scan(&text, &[]))?;
        }
    }
}
