//! Re-reading one section of a report after an edit instead of the whole text.
//!
//! The body is cut at top-level ATX headings (`# …` at the start of a line, outside any
//! block; [`Document::sections`]). Nothing open before such a heading reaches past it, so the
//! text from one heading to the next reads the same on its own as inside the report, with
//! two exceptions that are document-wide in Markdown: footnote definitions and link reference
//! definitions. [`reparse`] therefore reads the edited sections on their own, followed by a
//! sentinel heading and stub definitions of every footnote and link label defined elsewhere,
//! and splices what it read into the document: the items of those sections are replaced, the
//! items after them move by the change in length and their indices by the change in count.
//!
//! It declines (returns `None`, and the caller reads the whole text) whenever the edit could
//! change more than those sections: an edit in or before the front matter; sections that no
//! longer end cleanly (an unclosed code fence or HTML block swallows the sentinel); a section
//! that no longer starts with its heading; footnote or link labels defined or removed; a
//! suppression comment reaching across a section boundary; a file-wide suppression in play; an
//! HTML comment that nothing closes anywhere in the report.

use std::ops::Range;

use crate::text::starting_in;

use super::*;

/// An edit between two versions of a text: bytes `start..old_end` of the old text became
/// bytes `start..new_end` of the new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextEdit {
    pub start: usize,
    pub old_end: usize,
    pub new_end: usize,
}

impl TextEdit {
    /// The smallest edit turning `old` into `new`: what lies outside their common prefix and
    /// common suffix (on character boundaries).
    pub fn between(old: &str, new: &str) -> TextEdit {
        let (a, b) = (old.as_bytes(), new.as_bytes());
        let max = a.len().min(b.len());
        let mut prefix = common_prefix(a, b);
        while !old.is_char_boundary(prefix) || !new.is_char_boundary(prefix) {
            prefix -= 1;
        }
        let mut suffix = common_suffix(&a[prefix..], &b[prefix..]).min(max - prefix);
        while !old.is_char_boundary(a.len() - suffix) || !new.is_char_boundary(b.len() - suffix) {
            suffix -= 1;
        }
        TextEdit { start: prefix, old_end: a.len() - suffix, new_end: b.len() - suffix }
    }

    /// Change in length.
    pub fn delta(self) -> isize {
        self.new_end as isize - self.old_end as isize
    }
}

/// Length of the common prefix, compared a block at a time.
pub(crate) fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let max = a.len().min(b.len());
    let mut i = 0;
    while i + BLOCK <= max && a[i..i + BLOCK] == b[i..i + BLOCK] {
        i += BLOCK;
    }
    while i < max && a[i] == b[i] {
        i += 1;
    }
    i
}

/// Length of the common suffix, compared a block at a time.
pub(crate) fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 64;
    let max = a.len().min(b.len());
    let mut n = 0;
    while n + BLOCK <= max && a[a.len() - n - BLOCK..a.len() - n] == b[b.len() - n - BLOCK..b.len() - n] {
        n += BLOCK;
    }
    while n < max && a[a.len() - n - 1] == b[b.len() - n - 1] {
        n += 1;
    }
    n
}

/// What [`reparse`] replaced.
#[derive(Clone, Debug)]
pub struct Splice {
    /// The sections read again: their extent in the old text and in the new.
    pub old: Span,
    pub new: Span,
    /// Change in length of the text.
    pub delta: isize,
    /// Figures of those sections: indices in the old document.
    pub old_figures: Range<usize>,
    /// Change in the number of scopes before the figures after the sections.
    pub scope_delta: isize,
    /// Footnote labels defined in those sections (the same before and after the edit).
    pub footnote_labels: Vec<String>,
}

/// The heading that must follow a section read on its own; anything swallowing it shows the
/// section does not end cleanly.
const SENTINEL: &str = "# end\n\n";

/// Re-reads the sections of `doc` that `edit` (of the text `doc` was read from) touches, in
/// the new text `new`, and splices them in; see the module documentation. `None` leaves
/// `doc` unchanged: read the whole text.
pub fn reparse(doc: &mut Document, new: &str, edit: TextEdit) -> Option<Splice> {
    let old_len = doc.body.end;
    if edit.old_end > old_len
        || edit.new_end > new.len()
        || edit.start > edit.old_end.min(edit.new_end)
        || new.len() as isize - old_len as isize != edit.delta()
    {
        return None;
    }
    if !in_body(doc, new, edit) {
        return None;
    }
    // A currency code written or removed may change how every section reads a shared sign,
    // and a number grouped with plain spaces or the European way how every section groups
    // digits. Only those starting near the edit can have changed (a code's word, a number's
    // three digits, space and group, and the bytes around them; a number with a decimal comma
    // alone in a table's cell, a range of two up to 15 bytes long and the spaces up to the
    // bars on either side): scan that part of the new text again.
    let pad = super::figure::CELL_PADDING;
    let touched_from = edit.start.saturating_sub(pad + 16).max(doc.body.start);
    let (old_to, new_to) = (edit.old_end + pad + 1, edit.new_end + pad + 1);
    let mut codes: Vec<(usize, &'static str)> = doc
        .currency_codes
        .iter()
        .filter(|&&(at, _)| at < touched_from || at > old_to)
        .map(|&(at, code)| (if at > old_to { at.wrapping_add_signed(edit.delta()) } else { at }, code))
        .collect();
    let kept = codes.len();
    super::figure::currency_codes_in(new, touched_from, new_to + 1, &mut codes);
    if codes.len() > kept {
        codes.sort_unstable_by_key(|&(at, _)| at);
    }
    // (The front matter, and the country its title names, are as they were.)
    let hints = super::figure::CurrencyHints {
        country: doc.currency.country,
        titled: doc.currency.titled,
        ..super::figure::hints_of(&codes)
    };
    if hints != doc.currency {
        return None;
    }
    let body = doc.body.start;
    let first = doc.sections.partition_point(|&s| s <= edit.start);
    let start = if first == 0 { body } else { doc.sections[first - 1] };
    // An edit ending where a section starts may take the line break before its heading.
    let last = doc.sections.partition_point(|&s| s <= edit.old_end);
    let old_end = doc.sections.get(last).copied().unwrap_or(old_len);
    let delta = edit.delta();
    let old_span = Span::new(start, old_end);
    let new_span = Span::new(start, old_end.checked_add_signed(delta)?);
    if new_span.end > new.len() || new_span.end < edit.new_end {
        return None;
    }

    // Suppression comments reaching across the edited sections' edges, or file-wide ones in
    // them, change what other text is silenced.
    for s in &doc.suppressions {
        let inside = old_span.covers(s.span);
        let crosses = if s.file_wide {
            inside
        } else if inside {
            !old_span.covers(s.covers)
        } else {
            s.covers.intersects(old_span)
        };
        if crosses {
            return None;
        }
    }
    // A div or a metadata block reaching across the edited sections' edges, or one opened
    // before them that nothing closes (the edit may close it), ties them to the rest of the
    // text. A metadata block closes only at a line `---` or `...`. So does a block opened
    // before them and closed in or after them that pandoc shows as Markdown: the edit may
    // make it metadata.
    let across =
        |span: Span| [old_span.start, old_span.end].iter().any(|&at| span.start < at && at < span.end);
    let region_text = new_span.slice(new);
    let may_close = region_text.starts_with("---")
        || region_text.starts_with("...")
        || region_text.contains("\n---")
        || region_text.contains("\n...");
    // An unclosed comment may be closed by a `-->` the edit writes anywhere after it, and a
    // section read on its own cannot tell whether a comment in it is closed further on.
    if !doc.unclosed_comments.is_empty()
        || !unclosed_comments(region_text, 0).is_empty()
        || doc.divs.iter().any(|d| across(d.span))
        || doc.metadata_blocks.iter().any(|b| across(b.span))
        || doc.unclosed_fences.iter().any(|&f| f < old_span.start)
        || (may_close && doc.unclosed_metadata.iter().any(|&l| l < old_span.start))
        || super::metadata::closed_across(new, doc.body.start, new_span.start)
    {
        return None;
    }
    let in_span = |span: Span| old_span.contains(span.start);
    let old_labels: Vec<String> =
        sorted(doc.footnote_defs.iter().filter(|d| in_span(d.span)).map(|d| d.label.clone()));
    let old_links: Vec<String> =
        sorted(doc.link_definitions.iter().filter(|d| in_span(d.span)).map(|d| d.label.clone()));

    let region = new_span.slice(new);
    // Footnote labels defined elsewhere matter only to sections that mention one.
    let elsewhere = |d: &&FootnoteDef| !in_span(d.span);
    let footnotes: Vec<&str> = if region.contains("[^") {
        doc.footnote_defs.iter().filter(elsewhere).map(|d| d.label.as_str()).collect()
    } else {
        Vec::new()
    };
    let links: Vec<&str> =
        doc.link_definitions.iter().filter(|d| !in_span(d.span)).map(|d| d.label.as_str()).collect();
    let part = read_part("", region, &footnotes, &links, first > 0, region.len(), doc.currency)?;
    // A fence the sections leave open may be closed by one further on in the whole text,
    // which then reads the fences after it differently; and where the text leaves fences open
    // anywhere, pandoc reads them as text one after another, each time reading every fence
    // again (see `div::fenced_divs`): a fence written or removed here changes which.
    let fences_here = region.contains(":::")
        || doc.divs.iter().any(|d| old_span.contains(d.span.start))
        || doc.unclosed_fences.iter().any(|&f| old_span.contains(f));
    if part.suppressions.iter().any(|s| s.file_wide)
        || !part.unclosed_fences.is_empty()
        || fences_here && !doc.unclosed_fences.is_empty()
    {
        return None;
    }
    let new_labels = sorted(part.footnote_defs.iter().map(|d| d.label.clone()));
    let new_links = sorted(part.link_definitions.iter().map(|d| d.label.clone()));
    if new_labels != old_labels || new_links != old_links {
        return None;
    }
    let (old_figures, scope_delta) = splice_part(doc, old_span, part, delta);
    doc.currency_codes = codes;
    doc.body.end = new.len();
    for s in doc.suppressions.iter_mut().filter(|s| s.file_wide) {
        s.covers = Span::new(0, new.len());
    }
    Some(Splice {
        old: old_span,
        new: new_span,
        delta,
        old_figures,
        scope_delta,
        footnote_labels: new_labels,
    })
}

/// Reads `region` on its own, as the text between two top-level headings (or the body's
/// start or end) reads inside a report where the footnote labels `footnotes` and the link
/// labels `links` are defined elsewhere: followed by a sentinel heading and stub definitions.
/// `None` when it does not end cleanly (the sentinel is swallowed), when `heading_first` and
/// it does not start with a top-level ATX heading, or when a label cannot be written back.
/// `before` is text kept in front of the region but not read (the front matter), so that
/// offsets in the result count from its start.
pub(super) fn read_part(
    before: &str,
    region: &str,
    footnotes: &[&str],
    links: &[&str],
    heading_first: bool,
    room: usize,
    currency: super::figure::CurrencyHints,
) -> Option<Document> {
    let mut chunk = String::with_capacity(before.len() + region.len() + SENTINEL.len() + 64);
    chunk.push_str(before);
    chunk.push_str(region);
    if !region.is_empty() && !chunk.ends_with(['\n', '\r']) {
        chunk.push('\n');
    }
    chunk.push_str(SENTINEL);
    // Footnote stubs only for the labels the region mentions: a report may define thousands.
    let mentioned = if footnotes.is_empty() { Vec::new() } else { footnote_mentions(region) };
    for &label in footnotes.iter().filter(|_| !mentioned.is_empty()) {
        if !plain_label(label) {
            return None;
        }
        let simple = label.bytes().all(|b| b.is_ascii_graphic() && !b.is_ascii_uppercase());
        let found = if simple {
            mentioned.binary_search_by(|m| m.as_str().cmp(label)).is_ok()
        } else {
            mentioned.binary_search(&normalize(label)).is_ok()
        };
        if found {
            chunk.push_str("[^");
            chunk.push_str(label);
            chunk.push_str("]: x\n\n");
        }
    }
    for &label in links {
        if !plain_label(label) {
            return None;
        }
        chunk.push('[');
        chunk.push_str(label);
        chunk.push_str("]: x\n\n");
    }
    let mut builder = Builder::new(&chunk, before.len(), before.len() + region.len(), currency);
    builder.room = room;
    builder.walk();
    let starts_with_heading =
        is_atx(region) && builder.doc.headings.first().is_some_and(|h| h.span.start == before.len());
    if !builder.clean_stop || (heading_first && !starts_with_heading) {
        return None;
    }
    Some(builder.finish())
}

/// Puts `part` (read on its own, offsets from its start) in place of the items of `doc` in
/// `old_span`, and moves the items after by `delta` bytes. Returns the figures replaced (old
/// indices) and the change in the number of scopes.
pub(super) fn splice_part(
    doc: &mut Document,
    old_span: Span,
    mut part: Document,
    delta: isize,
) -> (Range<usize>, isize) {
    let start = old_span.start;
    let old_end = old_span.end;
    // Where the edited sections' items sit in each list of the old document.
    let units = starting_in(&doc.units, |u| u.span.start, old_span);
    let scopes = doc.scopes.partition_point(|s| s.unit < units.start)
        ..doc.scopes.partition_point(|s| s.unit < units.end);
    let figures = doc.figures.partition_point(|f| f.scope < scopes.start)
        ..doc.figures.partition_point(|f| f.scope < scopes.end);
    let citations = doc.citations.partition_point(|c| c.scope < scopes.start)
        ..doc.citations.partition_point(|c| c.scope < scopes.end);
    let terms = doc.terms.partition_point(|t| t.scope < scopes.start)
        ..doc.terms.partition_point(|t| t.scope < scopes.end);
    let spans = starting_in(&doc.spans, |s| s.span.start, old_span);
    let notes = starting_in(&doc.inline_notes, |n| n.span.start, old_span);
    let refs = starting_in(&doc.footnote_refs, |r| r.span.start, old_span);
    let defs = starting_in(&doc.footnote_defs, |d| d.span.start, old_span);
    let tables = starting_in(&doc.tables, |t| t.span.start, old_span);
    let headings = starting_in(&doc.headings, |h| h.span.start, old_span);
    let suppressions = starting_in(&doc.suppressions, |s| s.span.start, old_span);
    let links = starting_in(&doc.link_definitions, |d| d.span.start, old_span);
    let divs = starting_in(&doc.divs, |d| d.span.start, old_span);
    let unclosed = starting_in(&doc.unclosed_fences, |&f| f, old_span);
    let blocks = starting_in(&doc.metadata_blocks, |b| b.span.start, old_span);
    let unclosed_metadata = starting_in(&doc.unclosed_metadata, |&l| l, old_span);
    let unclosed_comments = starting_in(&doc.unclosed_comments, |&c| c, old_span);
    let accidental_math = starting_in(&doc.accidental_math, |m| m.start, old_span);
    let sections =
        doc.sections.partition_point(|&s| s <= start)..doc.sections.partition_point(|&s| s < old_end);

    // The new items: indices after those before the sections, offsets from the sections' start.
    let into = Rebase {
        bytes: start as isize,
        units: units.start as isize,
        scopes: scopes.start as isize,
        figures: figures.start as isize,
        spans: spans.start as isize,
        notes: notes.start as isize,
        footnotes: defs.start as isize,
        tables: tables.start as isize,
    };
    // The items after: moved by the change in length and in count.
    let after = Rebase {
        bytes: delta,
        units: part.units.len() as isize - units.len() as isize,
        scopes: part.scopes.len() as isize - scopes.len() as isize,
        figures: part.figures.len() as isize - figures.len() as isize,
        spans: part.spans.len() as isize - spans.len() as isize,
        notes: part.inline_notes.len() as isize - notes.len() as isize,
        footnotes: part.footnote_defs.len() as isize - defs.len() as isize,
        tables: part.tables.len() as isize - tables.len() as isize,
    };
    replace(&mut doc.units, units, std::mem::take(&mut part.units), &into, &after);
    replace(&mut doc.scopes, scopes, std::mem::take(&mut part.scopes), &into, &after);
    replace(&mut doc.figures, figures.clone(), std::mem::take(&mut part.figures), &into, &after);
    replace(&mut doc.citations, citations, std::mem::take(&mut part.citations), &into, &after);
    replace(&mut doc.terms, terms, std::mem::take(&mut part.terms), &into, &after);
    replace(&mut doc.spans, spans, std::mem::take(&mut part.spans), &into, &after);
    replace(&mut doc.inline_notes, notes, std::mem::take(&mut part.inline_notes), &into, &after);
    replace(&mut doc.footnote_refs, refs, std::mem::take(&mut part.footnote_refs), &into, &after);
    replace(&mut doc.footnote_defs, defs, std::mem::take(&mut part.footnote_defs), &into, &after);
    replace(&mut doc.tables, tables, std::mem::take(&mut part.tables), &into, &after);
    replace(&mut doc.headings, headings, std::mem::take(&mut part.headings), &into, &after);
    replace(&mut doc.suppressions, suppressions, std::mem::take(&mut part.suppressions), &into, &after);
    replace(&mut doc.link_definitions, links, std::mem::take(&mut part.link_definitions), &into, &after);
    replace(&mut doc.sections, sections, std::mem::take(&mut part.sections), &into, &after);
    replace(&mut doc.divs, divs, std::mem::take(&mut part.divs), &into, &after);
    replace(&mut doc.unclosed_fences, unclosed, std::mem::take(&mut part.unclosed_fences), &into, &after);
    replace(&mut doc.metadata_blocks, blocks, std::mem::take(&mut part.metadata_blocks), &into, &after);
    replace(
        &mut doc.unclosed_metadata,
        unclosed_metadata,
        std::mem::take(&mut part.unclosed_metadata),
        &into,
        &after,
    );
    replace(
        &mut doc.unclosed_comments,
        unclosed_comments,
        std::mem::take(&mut part.unclosed_comments),
        &into,
        &after,
    );
    replace(
        &mut doc.accidental_math,
        accidental_math,
        std::mem::take(&mut part.accidental_math),
        &into,
        &after,
    );
    (figures, after.scopes)
}

/// The edit lies in the body of `doc`, and cannot change where the front matter ends or
/// whether there is one. `new` is the edited text: before the edit it reads as the old one.
pub fn in_body(doc: &Document, new: &str, edit: TextEdit) -> bool {
    match &doc.front_matter {
        // Closed front matter: the body starts after its closing line.
        Some(fm) => fm.span.end > fm.yaml_span.start && edit.start >= doc.body.start && doc.body.start > 0,
        // None: the first two lines after the blank ones that open the text decide whether it
        // opens one. Before the edit, the new text reads as the old one.
        None => {
            let before = &new[..edit.start.min(new.len())];
            let before = before.strip_prefix('\u{FEFF}').unwrap_or(before);
            let mut lines = before.split_inclusive('\n').filter(|l| l.ends_with('\n')).skip_while(|l| {
                super::frontmatter::is_blank(l.trim_end_matches('\n').trim_end_matches('\r'))
            });
            lines.nth(1).is_some()
        }
    }
}

/// Whether `line` opens an ATX heading: one to six `#`, then a space, a tab or the line's end.
pub(super) fn is_atx(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes)
        && matches!(line.as_bytes().get(hashes), None | Some(b' ' | b'\t' | b'\n' | b'\r'))
}

/// The labels of everything in `text` that looks like a footnote marker (`[^label]`),
/// normalized as [`normalize`] does.
fn footnote_mentions(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in memchr::memmem::find_iter(text.as_bytes(), b"[^") {
        let start = i + 2;
        let end = memchr::memchr(b']', &text.as_bytes()[start..]).map_or(text.len(), |j| start + j);
        out.push(normalize(&text[start..end]));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A label as Markdown matches it: case and runs of white space do not count.
pub(super) fn normalize(label: &str) -> String {
    // Most labels are already plain: lowercase ASCII without white space.
    if label.bytes().all(|b| b.is_ascii_graphic() && !b.is_ascii_uppercase()) {
        return label.to_string();
    }
    crate::text::one_line(label).to_lowercase()
}

/// A label that can be written back as a definition and read the same.
fn plain_label(label: &str) -> bool {
    !label.is_empty() && !label.contains(['[', ']', '\\', '\n', '\r'])
}

fn sorted(labels: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = labels.collect();
    v.sort_unstable();
    v
}

/// Replaces `range` of `items` with `new` (moved by `into`) and moves what follows by `after`.
fn replace<T: Rebased>(
    items: &mut Vec<T>,
    range: Range<usize>,
    mut new: Vec<T>,
    into: &Rebase,
    after: &Rebase,
) {
    for item in &mut new {
        item.rebase(into);
    }
    let tail = range.start + new.len();
    items.splice(range, new);
    if !after.is_zero() {
        for item in &mut items[tail..] {
            item.rebase(after);
        }
    }
}

/// How far offsets and indices into each list move.
#[derive(Clone, Copy, Debug, Default)]
struct Rebase {
    bytes: isize,
    units: isize,
    scopes: isize,
    figures: isize,
    spans: isize,
    notes: isize,
    footnotes: isize,
    tables: isize,
}

impl Rebase {
    fn is_zero(&self) -> bool {
        self.bytes == 0
            && self.units == 0
            && self.scopes == 0
            && self.figures == 0
            && self.spans == 0
            && self.notes == 0
            && self.footnotes == 0
            && self.tables == 0
    }
}

fn add(x: &mut usize, by: isize) {
    *x = x.wrapping_add_signed(by);
}

fn mv(span: &mut Span, by: isize) {
    add(&mut span.start, by);
    add(&mut span.end, by);
}

/// Something holding offsets or indices into the document's lists.
trait Rebased {
    fn rebase(&mut self, r: &Rebase);
}

impl Rebased for usize {
    fn rebase(&mut self, r: &Rebase) {
        add(self, r.bytes);
    }
}

impl Rebased for Unit {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
        if let UnitKind::TableCell { table, .. } | UnitKind::TableText { table, .. } = &mut self.kind {
            add(table, r.tables);
        }
        if let Some(f) = &mut self.footnote {
            add(f, r.footnotes);
        }
    }
}

impl Rebased for Scope {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
        add(&mut self.unit, r.units);
        match &mut self.kind {
            ScopeKind::TableCell { table, .. } | ScopeKind::Caption { table } => add(table, r.tables),
            ScopeKind::InlineNote { note, parent } => {
                add(note, r.notes);
                add(parent, r.scopes);
            }
            ScopeKind::Sentence | ScopeKind::Heading | ScopeKind::ListItem => {}
        }
    }
}

impl Rebased for FigureSite {
    fn rebase(&mut self, r: &Rebase) {
        shift_figure(&mut self.figure, r.bytes);
        add(&mut self.scope, r.scopes);
        for s in &mut self.spans {
            add(s, r.spans);
        }
    }
}

/// Moves a figure's offsets by `by` bytes.
pub fn shift_figure(figure: &mut Figure, by: isize) {
    figure.map_spans(|mut span| {
        mv(&mut span, by);
        span
    });
}

/// Moves a citation's offsets by `by` bytes.
pub fn shift_citation_by(citation: &mut Citation, by: isize) {
    mv(&mut citation.span, by);
    for item in &mut citation.items {
        mv(&mut item.span, by);
        mv(&mut item.key_span, by);
        if let Some(locator) = &mut item.locator {
            mv(&mut locator.span, by);
        }
    }
}

impl Rebased for CitationSite {
    fn rebase(&mut self, r: &Rebase) {
        shift_citation_by(&mut self.citation, r.bytes);
        add(&mut self.scope, r.scopes);
    }
}

impl Rebased for TermSite {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.term.span, r.bytes);
        add(&mut self.scope, r.scopes);
        if let Some(p) = &mut self.probability {
            add(p, r.figures);
        }
    }
}

impl Rebased for BracketedSpan {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
        mv(&mut self.content, r.bytes);
        mv(&mut self.attrs_span, r.bytes);
        for attr in &mut self.attrs {
            mv(&mut attr.span, r.bytes);
            mv(&mut attr.value_span, r.bytes);
        }
    }
}

impl Rebased for InlineNote {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
        mv(&mut self.content, r.bytes);
    }
}

impl Rebased for FootnoteRef {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
        if let Some(s) = &mut self.scope {
            add(s, r.scopes);
        }
    }
}

impl Rebased for FootnoteDef {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
    }
}

impl Rebased for Table {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
        if let TableForm::Simple { columns } | TableForm::Multiline { columns } = &mut self.form {
            mv(columns, r.bytes);
        }
        if let Some(c) = &mut self.caption {
            add(c, r.units);
        }
        if let Some(c) = &mut self.title {
            add(c, r.units);
        }
    }
}

impl Rebased for Span {
    fn rebase(&mut self, r: &Rebase) {
        mv(self, r.bytes);
    }
}

impl Rebased for Heading {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
    }
}

impl Rebased for Suppression {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
        for rule in &mut self.rules {
            mv(&mut rule.span, r.bytes);
        }
        if !self.file_wide {
            mv(&mut self.covers, r.bytes);
        }
    }
}

impl Rebased for div::Div {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
        mv(&mut self.open, r.bytes);
        mv(&mut self.close, r.bytes);
    }
}

impl Rebased for metadata::MetadataBlock {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
        mv(&mut self.open, r.bytes);
        mv(&mut self.yaml, r.bytes);
        if let Some((span, _)) = &mut self.error {
            mv(span, r.bytes);
        }
        for id in &mut self.reference_ids {
            mv(&mut id.span, r.bytes);
        }
    }
}

impl Rebased for LinkDefinition {
    fn rebase(&mut self, r: &Rebase) {
        mv(&mut self.span, r.bytes);
    }
}
