//! The semantic model: which sources stand behind each figure, which quantity it measures,
//! and where each source is defined and cited.

pub mod csl;
pub mod interval;
pub mod via;

use std::collections::HashMap;
use std::sync::Arc;

use crate::syntax::citation::{CitationItem, Locator};
use crate::syntax::figure::Figure;
use crate::syntax::frontmatter::{FrontMatter, Reference, Spanned};
use crate::syntax::{Document, Parsed, ScopeKind, Splice, SyntaxError};
pub(crate) use crate::text::{FastMap, FastSet};
use crate::text::{FileId, Span, starting_in};

/// How a citation reaches a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Via {
    /// In the figure's own sentence (or heading, list item, cell).
    Scope,
    /// Elsewhere in the figure's table row.
    Row,
    /// In the table's caption.
    Caption,
    /// In a footnote whose marker stands in the figure's sentence (or heading, list item,
    /// cell), in its table row or in the table's caption.
    Footnote,
    /// In an inline note `^[…]` in the figure's sentence (or heading, list item, cell), in its
    /// table row or in the table's caption.
    InlineNote,
}

/// A source standing behind a figure.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceUse {
    /// The key, shared with the citation item it comes from.
    pub key: Arc<str>,
    /// The key in the citation.
    pub key_span: Span,
    pub locator: Option<Locator>,
    pub via: Via,
}

/// The sources standing behind one figure, in the order they were found. Most figures have
/// one source or none; those are kept without a heap allocation of their own. A long list is
/// shared by the figures of one scope (they have the same sources, unless the scope cites in
/// several places) until one of them is changed. Reads as a slice.
#[derive(Clone, Default, PartialEq)]
pub enum Sources {
    #[default]
    None,
    One(SourceUse),
    Many(Vec<SourceUse>),
    /// More than [`Sources::SHARED_FROM`] sources.
    Shared(Arc<Vec<SourceUse>>),
}

impl Sources {
    /// Lists this long are shared rather than copied between figures.
    const SHARED_FROM: usize = 16;

    pub fn push(&mut self, source: SourceUse) {
        *self = match std::mem::take(self) {
            Sources::None => Sources::One(source),
            Sources::One(first) => Sources::Many(vec![first, source]),
            Sources::Many(mut all) => {
                all.push(source);
                if all.len() > Self::SHARED_FROM {
                    Sources::Shared(Arc::new(all))
                } else {
                    Sources::Many(all)
                }
            }
            Sources::Shared(mut all) => {
                Arc::make_mut(&mut all).push(source);
                Sources::Shared(all)
            }
        };
    }
}

impl std::ops::Deref for Sources {
    type Target = [SourceUse];

    fn deref(&self) -> &[SourceUse] {
        match self {
            Sources::None => &[],
            Sources::One(source) => std::slice::from_ref(source),
            Sources::Many(all) => all,
            Sources::Shared(all) => all,
        }
    }
}

impl std::ops::DerefMut for Sources {
    fn deref_mut(&mut self) -> &mut [SourceUse] {
        match self {
            Sources::None => &mut [],
            Sources::One(source) => std::slice::from_mut(source),
            Sources::Many(all) => all,
            Sources::Shared(all) => Arc::make_mut(all).as_mut_slice(),
        }
    }
}

impl<'a> IntoIterator for &'a Sources {
    type Item = &'a SourceUse;
    type IntoIter = std::slice::Iter<'a, SourceUse>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut Sources {
    type Item = &'a mut SourceUse;
    type IntoIter = std::slice::IterMut<'a, SourceUse>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl std::fmt::Debug for Sources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A figure with what the model knows about it.
#[derive(Clone, Debug)]
pub struct FigureInfo {
    pub figure: Figure,
    pub scope: usize,
    pub sources: Sources,
    /// `qty=KEY` of the innermost enclosing span that has one.
    pub quantity: Option<Spanned>,
    /// `part-of=KEY` of the innermost enclosing span that has one.
    pub part_of: Option<Spanned>,
    /// Inside a `.assessment` span or fenced div, or a likelihood term's probability: the
    /// author's own estimate.
    pub assessment: bool,
    /// Some source is cited through a footnote, whose definition may stand anywhere.
    footnoted: bool,
}

impl FigureInfo {
    /// Some citation stands in the figure's scope, whether or not a reference defines its
    /// key; [`Model::is_sourced`] asks for a defined one.
    pub fn is_cited(&self) -> bool {
        !self.sources.is_empty()
    }

    /// Moves the offsets at or after `from` by `bytes` and the scope index by `scopes`. A
    /// source cited through a footnote may stand anywhere; everything else stands in the
    /// figure's own section.
    fn shift(&mut self, bytes: isize, scopes: isize, from: usize) {
        let mv = |span: &mut Span| {
            if span.start >= from {
                span.start = span.start.wrapping_add_signed(bytes);
                span.end = span.end.wrapping_add_signed(bytes);
            }
        };
        for source in &mut self.sources {
            mv(&mut source.key_span);
            if let Some(locator) = &mut source.locator {
                mv(&mut locator.span);
            }
        }
        if self.figure.span.start < from {
            return;
        }
        crate::syntax::shift_figure(&mut self.figure, bytes);
        self.scope = self.scope.wrapping_add_signed(scopes);
        for value in [&mut self.quantity, &mut self.part_of].into_iter().flatten() {
            mv(&mut value.span);
        }
    }
}

/// One cited key anywhere in the text.
#[derive(Clone, Debug)]
pub struct CitedKey<'a> {
    pub item: &'a CitationItem,
    pub citation: usize,
}

/// A bibliography file named by `bibliography:`, as read.
#[derive(Clone, Debug)]
pub struct Bibliography {
    pub file: FileId,
    /// The file name as the report writes it, with its span in the front matter.
    pub name: Spanned,
    pub references: Vec<Reference>,
    /// Problems inside the file (spans into the file).
    pub errors: Vec<SyntaxError>,
    /// Why the file could not be read at all.
    pub unreadable: Option<String>,
}

/// A reference and the file that defines it.
#[derive(Clone, Debug)]
pub struct Source {
    pub reference: Reference,
    pub file: FileId,
}

/// The model of one report.
#[derive(Clone, Debug)]
pub struct Model {
    pub document: Document,
    pub errors: Vec<SyntaxError>,
    pub figures: Vec<FigureInfo>,
    pub bibliographies: Vec<Bibliography>,
    /// Every reference: the front matter's first, then each bibliography file's.
    pub sources: Vec<Source>,
    /// The definition each id resolves to, by index into `sources`: the first inline one,
    /// else the first in the bibliography files (inline references win, as in pandoc).
    pub definitions: HashMap<String, usize>,
    /// Figure indices per quantity key; see [`Model::quantities`].
    quantities: std::collections::BTreeMap<String, Vec<usize>>,
}

impl Model {
    /// The model of a report without bibliography files.
    pub fn build(parsed: Parsed) -> Model {
        Model::build_with(parsed, Vec::new())
    }

    pub fn build_with(parsed: Parsed, bibliographies: Vec<Bibliography>) -> Model {
        let Parsed { document, errors } = parsed;
        let mut sources: Vec<Source> = Vec::new();
        if let Some(fm) = &document.front_matter {
            sources
                .extend(fm.references.iter().map(|r| Source { reference: r.clone(), file: FileId::REPORT }));
        }
        for bib in &bibliographies {
            sources.extend(bib.references.iter().map(|r| Source { reference: r.clone(), file: bib.file }));
        }
        let mut definitions = HashMap::new();
        for (i, source) in sources.iter().enumerate() {
            if let Some(id) = &source.reference.id {
                definitions.entry(id.value.clone()).or_insert(i);
            }
        }
        let figures = resolve_figures(&document);
        let quantities = quantities(&figures);
        Model { document, errors, figures, bibliographies, sources, definitions, quantities }
    }

    /// The keys the front matter's `nocite:` lists, `*` (every reference) included.
    pub fn nocite(&self) -> &[Spanned] {
        self.front_matter().map_or(&[], |fm| &fm.nocite)
    }

    /// Whether a figure is sourced: a citation in its scope names a reference the report
    /// defines (in the front matter or a bibliography file that was read). A figure cited only
    /// with keys no reference defines is cited, not sourced: `unknown-source` reports the keys.
    pub fn is_sourced(&self, info: &FigureInfo) -> bool {
        info.sources.iter().any(|s| self.definitions.contains_key(&*s.key))
    }

    /// The source a key resolves to.
    pub fn source(&self, key: &str) -> Option<&Source> {
        self.definitions.get(key).map(|&i| &self.sources[i])
    }

    pub fn front_matter(&self) -> Option<&FrontMatter> {
        self.document.front_matter.as_ref()
    }

    /// The references written in the front matter.
    pub fn references(&self) -> &[Reference] {
        self.front_matter().map_or(&[], |fm| fm.references.as_slice())
    }

    /// The reference a key resolves to, inline or in a bibliography file.
    pub fn reference(&self, key: &str) -> Option<&Reference> {
        self.source(key).map(|s| &s.reference)
    }

    /// Every cited key, in text order.
    pub fn cited_keys(&self) -> impl Iterator<Item = CitedKey<'_>> {
        self.document
            .citations
            .iter()
            .enumerate()
            .flat_map(|(i, site)| site.citation.items.iter().map(move |item| CitedKey { item, citation: i }))
    }
}

impl Drop for Model {
    /// A model of a long report holds hundreds of thousands of small allocations; freeing
    /// them takes milliseconds. Its figures and half of its citations (the costliest part,
    /// with their lists of items and their keys) are freed on a second thread while this one
    /// frees the rest of the document, both before `drop` returns.
    fn drop(&mut self) {
        if self.figures.len() < HALVES_FROM || !crate::text::two_cores() {
            return;
        }
        let half = self.document.citations.len() / 2;
        let apart = (std::mem::take(&mut self.figures), self.document.citations.split_off(half));
        let document = std::mem::take(&mut self.document);
        std::thread::scope(|scope| {
            // Without a thread, this one frees everything.
            let _ = crate::text::spawn_scoped(scope, move || drop(apart));
            drop(document);
        });
    }
}

/// The distinct labels of some footnote markers.
fn labels_of(refs: &[crate::syntax::FootnoteRef]) -> Vec<&str> {
    let mut labels: Vec<&str> = refs.iter().map(|r| r.label.as_str()).collect();
    labels.sort_unstable();
    labels.dedup();
    labels
}

/// Figure indices per quantity key.
fn quantities(figures: &[FigureInfo]) -> std::collections::BTreeMap<String, Vec<usize>> {
    let mut quantities: std::collections::BTreeMap<String, Vec<usize>> = std::collections::BTreeMap::new();
    for (i, f) in figures.iter().enumerate() {
        if let Some(q) = &f.quantity {
            match quantities.get_mut(q.value.as_str()) {
                Some(list) => list.push(i),
                None => {
                    quantities.insert(q.value.clone(), vec![i]);
                }
            }
        }
    }
    quantities
}

fn resolve_figures(doc: &Document) -> Vec<FigureInfo> {
    let by_footnote = footnote_citations(doc);
    let whole = Span::new(0, usize::MAX);
    // Many figures: the two halves of the report, cut where a section starts, on two threads.
    if doc.figures.len() >= HALVES_FROM && crate::text::two_cores() {
        let cut = doc.section_at(doc.figures[doc.figures.len() / 2].figure.span.start).start;
        let (first, second) = (Span::new(0, cut), Span::new(cut, usize::MAX));
        // The first half's list has room for the second's: joining them copies the second
        // half once, into memory reserved for it, instead of moving both into a new list.
        let mut all = Vec::with_capacity(doc.figures.len());
        let b = std::thread::scope(|scope| {
            let b = crate::text::spawn_scoped(scope, || resolve(doc, Part::of(doc, second), &by_footnote));
            resolve_into(doc, Part::of(doc, first), &by_footnote, &mut all);
            match b {
                Some(b) => b.join().ok(),
                // No second thread: this one resolves both halves.
                None => Some(resolve(doc, Part::of(doc, second), &by_footnote)),
            }
        });
        if let Some(b) = b {
            all.extend(b);
            return all;
        }
        all.clear();
    }
    resolve(doc, Part::of(doc, whole), &by_footnote)
}

/// What lends citations to the figures of a scope besides its own citations, read from one
/// [`Part`]: inline notes and footnote markers by the scope that holds them, and citations,
/// inline notes and footnote markers by the table row or caption that holds them.
#[derive(Default)]
struct Lenders<'d> {
    /// The citations of inline notes, by the scope holding the note's marker.
    by_note_parent: FastMap<usize, Vec<&'d CitationItem>>,
    /// Footnote labels, by the scope holding the marker.
    notes_in_scope: FastMap<usize, Vec<&'d str>>,
    /// By table and row: the citations in the row's cells, in the inline notes whose markers
    /// stand there, and the labels of the footnote markers there.
    by_row: FastMap<(usize, usize), Vec<&'d CitationItem>>,
    row_notes: FastMap<(usize, usize), Vec<&'d CitationItem>>,
    row_footnotes: FastMap<(usize, usize), Vec<&'d str>>,
    /// By table: the same for its caption.
    by_caption: FastMap<usize, Vec<&'d CitationItem>>,
    caption_notes: FastMap<usize, Vec<&'d CitationItem>>,
    caption_footnotes: FastMap<usize, Vec<&'d str>>,
}

/// The sources of the figures in `scope`: the citations in it (`own`), in its inline notes,
/// in the footnotes it marks and, for a table cell, those of its row and of the table's
/// caption (their citations, inline notes and footnotes); each key and locator once.
fn scope_sources<'d>(
    doc: &'d Document,
    scope: usize,
    own: &[(usize, &'d CitationItem)],
    lenders: &Lenders<'d>,
    by_footnote: &FastMap<&'d str, Vec<&'d CitationItem>>,
) -> Sources {
    /// What makes two sources the same: the key and the locator (with its place).
    type Same<'d> = (&'d str, Option<(&'static str, &'d str, Span)>);
    fn same(item: &CitationItem) -> Same<'_> {
        (&item.key, item.locator.as_ref().map(|l| (l.label, &*l.value, l.span)))
    }
    let mut sources = Sources::None;
    // Past a few sources, the ones already taken are looked up in a set, not compared one by
    // one: a scope can hold thousands of citations (a report written as one heading).
    const LISTED: usize = 16;
    let mut taken: [Option<&'d CitationItem>; LISTED] = [None; LISTED];
    let mut count = 0;
    let mut seen: FastSet<Same<'d>> = FastSet::default();
    let mut add = |items: &mut dyn Iterator<Item = &'d CitationItem>, via| {
        for item in items {
            let duplicate = if count < LISTED {
                taken[..count].iter().flatten().any(|t| t.key == item.key && t.locator == item.locator)
            } else {
                if seen.is_empty() {
                    seen.extend(taken.iter().flatten().map(|t| same(t)));
                }
                !seen.insert(same(item))
            };
            if duplicate {
                continue;
            }
            if count < LISTED {
                taken[count] = Some(item);
                count += 1;
            }
            sources.push(SourceUse {
                key: item.key.clone(),
                key_span: item.key_span,
                locator: item.locator.clone(),
                via,
            });
        }
    };
    fn items<'m, 'd, K: std::hash::Hash + Eq>(
        map: &'m FastMap<K, Vec<&'d CitationItem>>,
        key: &K,
    ) -> impl Iterator<Item = &'d CitationItem> + 'm {
        map.get(key).into_iter().flatten().copied()
    }
    /// The citations of the footnotes with these labels.
    fn footnoted<'m, 'd: 'm>(
        labels: Option<&'m Vec<&'d str>>,
        by_footnote: &'m FastMap<&'d str, Vec<&'d CitationItem>>,
    ) -> impl Iterator<Item = &'d CitationItem> + 'm {
        labels.into_iter().flatten().flat_map(|label| by_footnote.get(label).into_iter().flatten().copied())
    }
    let footnotes = |labels| footnoted(labels, by_footnote);
    add(&mut own.iter().map(|&(_, item)| item), Via::Scope);
    add(&mut items(&lenders.by_note_parent, &scope), Via::InlineNote);
    add(&mut footnotes(lenders.notes_in_scope.get(&scope)), Via::Footnote);
    if let ScopeKind::TableCell { table, row } = doc.scopes[scope].kind {
        let mut row_items =
            items(&lenders.by_row, &(table, row)).filter(|i| !own.iter().any(|&(_, x)| std::ptr::eq(x, *i)));
        add(&mut row_items, Via::Row);
        add(&mut items(&lenders.row_notes, &(table, row)), Via::InlineNote);
        add(&mut footnotes(lenders.row_footnotes.get(&(table, row))), Via::Footnote);
        add(&mut items(&lenders.by_caption, &table), Via::Caption);
        add(&mut items(&lenders.caption_notes, &table), Via::InlineNote);
        add(&mut footnotes(lenders.caption_footnotes.get(&table)), Via::Footnote);
    }
    sources
}

/// Reports with this many figures have them resolved in two halves at once.
const HALVES_FROM: usize = 8_000;

/// Which definition of each footnote label counts: the last, as pandoc takes it (it warns of
/// the duplicate and prints only that one).
fn last_definitions(doc: &Document) -> FastMap<&str, usize> {
    let mut last = FastMap::default();
    for (index, def) in doc.footnote_defs.iter().enumerate() {
        last.insert(def.label.as_str(), index);
    }
    last
}

/// The citations of each footnote definition, by label.
fn footnote_citations(doc: &Document) -> FastMap<&str, Vec<&CitationItem>> {
    let mut by_footnote: FastMap<&str, Vec<&CitationItem>> = FastMap::default();
    let last = last_definitions(doc);
    for site in &doc.citations {
        if let Some(def) = doc.units[doc.scopes[site.scope].unit].footnote
            && last.get(doc.footnote_defs[def].label.as_str()) == Some(&def)
        {
            by_footnote
                .entry(doc.footnote_defs[def].label.as_str())
                .or_default()
                .extend(&site.citation.items);
        }
    }
    by_footnote
}

/// The citations of the footnote definitions with these labels, wherever they are.
fn footnote_citations_of<'d>(doc: &'d Document, labels: &[&str]) -> FastMap<&'d str, Vec<&'d CitationItem>> {
    let mut by_footnote: FastMap<&str, Vec<&CitationItem>> = FastMap::default();
    for &label in labels {
        // The last definition of the label counts (see `last_definitions`).
        let last = doc.footnote_defs.iter().enumerate().rfind(|(_, d)| d.label == label);
        if let Some((index, def)) = last {
            let first = doc.citations.partition_point(|c| c.citation.span.start < def.span.start);
            let items = doc.citations[first..]
                .iter()
                .take_while(|c| c.citation.span.start < def.span.end)
                .filter(|c| doc.units[doc.scopes[c.scope].unit].footnote == Some(index))
                .flat_map(|c| c.citation.items.iter());
            by_footnote.entry(def.label.as_str()).or_default().extend(items);
        }
    }
    by_footnote
}

/// A stretch of a document's lists: whole units, with their citations, footnote markers and
/// likelihood terms.
struct Part {
    figures: std::ops::Range<usize>,
    citations: std::ops::Range<usize>,
    refs: std::ops::Range<usize>,
    terms: std::ops::Range<usize>,
}

impl Part {
    /// The items starting inside `span`.
    fn of(doc: &Document, span: Span) -> Part {
        Part {
            figures: starting_in(&doc.figures, |f| f.figure.span.start, span),
            citations: starting_in(&doc.citations, |c| c.citation.span.start, span),
            refs: starting_in(&doc.footnote_refs, |r| r.span.start, span),
            terms: starting_in(&doc.terms, |t| t.term.span.start, span),
        }
    }
}

/// What the model knows about the figures of `part`, reading its citations and the
/// citations of the footnotes its figures cite, `by_footnote`.
fn resolve<'d>(
    doc: &'d Document,
    part: Part,
    by_footnote: &FastMap<&'d str, Vec<&'d CitationItem>>,
) -> Vec<FigureInfo> {
    let mut out = Vec::new();
    resolve_into(doc, part, by_footnote, &mut out);
    out
}

/// [`resolve`], appending to `out`.
fn resolve_into<'d>(
    doc: &'d Document,
    part: Part,
    by_footnote: &FastMap<&'d str, Vec<&'d CitationItem>>,
    out: &mut Vec<FigureInfo>,
) {
    let Part { figures, citations, refs, terms } = part;
    // Citations by scope (in text order within each scope: one list sorted by scope, found by
    // binary search), and citations by table row / caption.
    let mut by_scope: Vec<(usize, &CitationItem)> = doc.citations[citations.clone()]
        .iter()
        .flat_map(|site| site.citation.items.iter().map(|item| (site.scope, item)))
        .collect();
    by_scope.sort_by_key(|&(scope, _)| scope);
    // Where each item's citation stands, for scopes citing in more than one place (found
    // among the citations one after another in text order).
    let sites = &doc.citations[citations.clone()];
    let several: FastSet<usize> = sites
        .windows(2)
        .filter(|w| w[0].scope == w[1].scope && w[0].citation.span != w[1].citation.span)
        .map(|w| w[0].scope)
        .collect();
    let site_of: FastMap<*const CitationItem, (Span, bool)> = if several.is_empty() {
        FastMap::default()
    } else {
        sites
            .iter()
            .filter(|site| several.contains(&site.scope))
            .flat_map(|site| {
                let in_text = site.citation.mode == crate::syntax::citation::CitationMode::InText;
                site.citation
                    .items
                    .iter()
                    .map(move |item| (item as *const CitationItem, (site.citation.span, in_text)))
            })
            .collect()
    };
    // Figures come in scope order, but for those in inline notes: each look-up walks on from
    // where the last one started instead of searching the whole list again.
    let last = std::cell::Cell::new((0, 0));
    let in_scope = |scope: usize| -> &[(usize, &CitationItem)] {
        let (last_scope, last_from) = last.get();
        let from = if scope >= last_scope {
            last_from + by_scope[last_from..].iter().take_while(|&&(s, _)| s < scope).count()
        } else {
            by_scope.partition_point(|&(s, _)| s < scope)
        };
        let to = from + by_scope[from..].iter().take_while(|&&(s, _)| s == scope).count();
        last.set((scope, from));
        &by_scope[from..to]
    };
    let mut lenders = Lenders::default();
    for site in &doc.citations[citations] {
        let items = site.citation.items.iter();
        match doc.scopes[site.scope].kind {
            ScopeKind::TableCell { table, row } => {
                lenders.by_row.entry((table, row)).or_default().extend(items)
            }
            ScopeKind::Caption { table } => lenders.by_caption.entry(table).or_default().extend(items),
            ScopeKind::InlineNote { parent, .. } => {
                lenders.by_note_parent.entry(parent).or_default().extend(items.clone());
                // A note in a table row or caption lends its citations to the row or table.
                match doc.scopes[parent].kind {
                    ScopeKind::TableCell { table, row } => {
                        lenders.row_notes.entry((table, row)).or_default().extend(items)
                    }
                    ScopeKind::Caption { table } => {
                        lenders.caption_notes.entry(table).or_default().extend(items)
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    for r in &doc.footnote_refs[refs] {
        if let Some(scope) = r.scope {
            let label = r.label.as_str();
            lenders.notes_in_scope.entry(scope).or_default().push(label);
            match doc.scopes[scope].kind {
                ScopeKind::TableCell { table, row } => {
                    lenders.row_footnotes.entry((table, row)).or_default().push(label)
                }
                ScopeKind::Caption { table } => {
                    lenders.caption_footnotes.entry(table).or_default().push(label)
                }
                _ => {}
            }
        }
    }

    // A probability right after a likelihood term ("likely (30%)") is the author's judgment.
    let probabilities: FastSet<usize> =
        doc.terms[terms].iter().filter_map(|t| t.probability).filter(|p| figures.contains(p)).collect();
    // The text of `.assessment` divs, as disjoint stretches in order (nested divs merged).
    let mut own: Vec<Span> = Vec::new();
    for d in doc.divs.iter().filter(|d| d.is_assessment()) {
        match own.last_mut() {
            Some(last) if d.span.start <= last.end => last.end = last.end.max(d.span.end),
            _ => own.push(d.span),
        }
    }
    let in_own = |at: usize| {
        let i = own.partition_point(|s| s.start <= at);
        i > 0 && at < own[i - 1].end
    };
    // A figure's sources depend on its scope alone (and, in a scope citing in several places,
    // on where in it the figure stands), and the figures of one scope come together: a figure
    // in the same scope as the one resolved before it takes its sources, unless the scope
    // cites in several places.
    let first = out.len();
    out.reserve(figures.len());
    // The current scope, when it cites in more than one place.
    struct Apart<'c, 'd> {
        scope: usize,
        cited: &'c [(usize, &'d CitationItem)],
        places: Places<'d>,
        /// The sources of the figures taking every citation of the scope, and whether one
        /// comes through a footnote (found once: the list can be long).
        all: Option<(Sources, bool)>,
        /// Notes or a table row or caption lend the scope citations too: its figures are not
        /// narrowed (each figure would read all the lent citations again).
        lent: bool,
    }
    // The scopes citing in several places seen so far (inline notes may interleave their
    // figures with their parent's).
    let mut aparts: FastMap<usize, Apart<'_, '_>> = FastMap::default();
    for (site, index) in doc.figures[figures.clone()].iter().zip(figures.clone()) {
        let probability = probabilities.contains(&index);
        let same_scope = out.len() > first && out.last().is_some_and(|p: &FigureInfo| p.scope == site.scope);
        let (sources, footnoted) = match out.last() {
            Some(previous) if same_scope && !several.contains(&site.scope) => {
                (previous.sources.clone(), previous.footnoted)
            }
            _ if several.contains(&site.scope) => {
                // A scope citing in several places: its places are found once, and so are the
                // sources of the figures that take all its citations.
                let apart = aparts.entry(site.scope).or_insert_with(|| {
                    let cited = in_scope(site.scope);
                    let lent = !scope_sources(doc, site.scope, &[], &lenders, by_footnote).is_empty();
                    Apart { scope: site.scope, cited, places: Places::of(cited, &site_of), all: None, lent }
                });
                // Where the figure, or the bracketed span holding it, ends.
                let anchor =
                    site.spans.iter().map(|&i| doc.spans[i].span.end).fold(site.figure.span.end, usize::max);
                let own = if apart.lent {
                    None
                } else {
                    apart.places.own(site.figure.span, anchor, site.cited_here)
                };
                match own {
                    Some(own) => with_footnoted(scope_sources(doc, site.scope, &own, &lenders, by_footnote)),
                    None => apart
                        .all
                        .get_or_insert_with(|| {
                            with_footnoted(scope_sources(
                                doc,
                                apart.scope,
                                apart.cited,
                                &lenders,
                                by_footnote,
                            ))
                        })
                        .clone(),
                }
            }
            _ => with_footnoted(scope_sources(doc, site.scope, in_scope(site.scope), &lenders, by_footnote)),
        };
        let mut quantity = None;
        let mut part_of = None;
        let mut assessment = false;
        // A span's quantity is its first figure's: in "[21 of the 38 cases]{qty=v}" the 38 is
        // the whole the 21 are taken from. (A span's figures come one after another.)
        let before = index.checked_sub(1).map_or(&[][..], |i| &doc.figures[i].spans[..]);
        for (&i, span) in site.spans.iter().map(|i| (i, &doc.spans[*i])) {
            assessment |= span.classes.iter().any(|c| c == "assessment");
            if before.contains(&i) {
                continue;
            }
            for attr in &span.attrs {
                let value = Spanned { value: attr.value.clone(), span: attr.value_span };
                match attr.key.as_str() {
                    "qty" => quantity = Some(value),
                    "part-of" => part_of = Some(value),
                    _ => {}
                }
            }
        }
        assessment |= probability || (!own.is_empty() && in_own(site.figure.span.start));
        out.push(FigureInfo {
            figure: site.figure.clone(),
            scope: site.scope,
            sources,
            quantity,
            part_of,
            assessment,
            footnoted,
        });
    }
}

/// Sources with whether one of them comes through a footnote ([`FigureInfo`]'s `footnoted`).
fn with_footnoted(sources: Sources) -> (Sources, bool) {
    let footnoted = sources.iter().any(|s| s.via == Via::Footnote);
    (sources, footnoted)
}

/// The places a scope cites in, in text order, and its items by place: citations written
/// one after another ("[@a] [@b]", "[@a]; [@b]", "[@a]—[@b]") are one place.
struct Places<'d> {
    /// Each place's span and whether it is an in-text citation (`@a says`).
    places: Vec<(Span, bool)>,
    /// The scope's items, sorted by the index of their place.
    items: Vec<(usize, (usize, &'d CitationItem))>,
}

impl<'d> Places<'d> {
    fn of(
        own: &[(usize, &'d CitationItem)],
        site_of: &FastMap<*const CitationItem, (Span, bool)>,
    ) -> Places<'d> {
        let site = |item: &CitationItem| site_of.get(&(item as *const _)).copied();
        let mut sites: Vec<(Span, bool)> = own.iter().filter_map(|(_, item)| site(item)).collect();
        sites.sort_by_key(|(span, _)| span.start);
        sites.dedup();
        let mut places: Vec<(Span, bool)> = Vec::with_capacity(sites.len());
        for (span, in_text) in sites {
            match places.last_mut() {
                Some((place, _)) if span.start <= place.end + 4 => place.end = place.end.max(span.end),
                _ => places.push((span, in_text)),
            }
        }
        let mut items: Vec<(usize, (usize, &'d CitationItem))> = own
            .iter()
            .filter_map(|&entry| {
                let (span, _) = site(entry.1)?;
                Some((places.partition_point(|(p, _)| p.start <= span.start).saturating_sub(1), entry))
            })
            .collect();
        items.sort_by_key(|&(place, _)| place);
        Places { places, items }
    }

    /// The items that are the figure's own, when the writer put them at it: the citations
    /// inside it ("between 20,000 [@a] and 23,000 [@b]") and, when `cited_here` (see
    /// [`crate::syntax::FigureSite::cited_here`]), the bracketed citation right after it or
    /// after the bracketed span holding it (`anchor` is where the figure or that span ends): in
    /// "7,000 fighters [@unmt], and revenue of $150 million [@hiraal]" the money is hiraal's.
    /// `None` for a figure with none: it takes every citation of its scope ("The UN [@un]
    /// estimates 5,000, while the ministry [@mfa] says 3,000": both figures are both
    /// sources'; who said which is for the reader).
    fn own(&self, figure: Span, anchor: usize, cited_here: bool) -> Option<Vec<(usize, &'d CitationItem)>> {
        let places = &self.places;
        let before = places.partition_point(|(p, _)| p.start < figure.start);
        let upto = places.partition_point(|(p, _)| p.start < figure.end);
        let mut chosen: Vec<usize> = (before..upto).collect();
        if cited_here {
            let after = places.partition_point(|(p, _)| p.start < anchor);
            if after < places.len() && !places[after].1 {
                chosen.push(after);
            }
        }
        if chosen.is_empty() {
            return None;
        }
        let mut out = Vec::new();
        for place in chosen {
            let from = self.items.partition_point(|&(p, _)| p < place);
            out.extend(self.items[from..].iter().take_while(|&&(p, _)| p == place).map(|&(_, entry)| entry));
        }
        // In the scope's order, as a scope's sources are listed.
        out.sort_by_key(|(_, item)| item.key_span.start);
        Some(out)
    }
}

/// Who stands behind a mention: its sources, or the author when it has none.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Attribution {
    Author,
    Sources(Vec<String>),
}

impl Attribution {
    /// Same attribution: both the author, or sharing at least one source.
    pub fn agrees_with(&self, other: &Attribution) -> bool {
        match (self, other) {
            (Attribution::Author, Attribution::Author) => true,
            (Attribution::Sources(a), Attribution::Sources(b)) => a.iter().any(|k| b.contains(k)),
            _ => false,
        }
    }

    pub fn label(&self) -> String {
        match self {
            Attribution::Author => "the author".to_string(),
            Attribution::Sources(keys) => keys.join(", "),
        }
    }
}

impl FigureInfo {
    pub fn attribution(&self) -> Attribution {
        if self.assessment || self.sources.is_empty() {
            return Attribution::Author;
        }
        let mut keys: Vec<String> = self.sources.iter().map(|s| s.key.to_string()).collect();
        keys.sort();
        keys.dedup();
        Attribution::Sources(keys)
    }
}

impl Model {
    /// Brings the figures up to date after `splice` replaced some sections of the document
    /// (see [`crate::syntax::reparse`]): the figures of those sections are resolved again,
    /// those after them move. Figures elsewhere that cite through a footnote defined in those
    /// sections are resolved again too; their sections (in the new text) are returned, since
    /// what is said about those figures may have changed.
    pub fn splice(&mut self, splice: &Splice) -> Vec<Span> {
        let doc = &self.document;
        let part = Part::of(doc, splice.new);
        let labels = labels_of(&doc.footnote_refs[part.refs.clone()]);
        let resolved = resolve(doc, part, &footnote_citations_of(doc, &labels));
        let (head, tail) = (splice.old_figures.start, splice.old_figures.start + resolved.len());
        self.figures.splice(splice.old_figures.clone(), resolved);
        let (bytes, scopes, edited) = (splice.delta, splice.scope_delta, splice.old.end);
        if bytes != 0 || scopes != 0 {
            for info in &mut self.figures[tail..] {
                info.shift(bytes, scopes, edited);
            }
        }
        // Figures before the edit may cite through a footnote defined after it.
        if bytes != 0 {
            for info in self.figures[..head].iter_mut().filter(|i| i.footnoted) {
                info.shift(bytes, 0, edited);
            }
        }
        // Figures citing through the footnotes defined in the edited sections.
        let mut others: Vec<Span> = Vec::new();
        if !splice.footnote_labels.is_empty() {
            let doc = &self.document;
            for r in &doc.footnote_refs {
                if !splice.new.contains(r.span.start) && splice.footnote_labels.contains(&r.label) {
                    let section = doc.section_at(r.span.start);
                    if !others.contains(&section) {
                        others.push(section);
                    }
                }
            }
            for &section in &others {
                let doc = &self.document;
                let part = Part::of(doc, section);
                let range = part.figures.clone();
                let labels = labels_of(&doc.footnote_refs[part.refs.clone()]);
                let resolved = resolve(doc, part, &footnote_citations_of(doc, &labels));
                self.figures.splice(range, resolved);
            }
        }
        self.quantities = quantities(&self.figures);
        others
    }

    /// Mentions of each quantity key (figure indices in text order), keys sorted. Built once
    /// with the model: six rules and every hover read it.
    pub fn quantities(&self) -> &std::collections::BTreeMap<String, Vec<usize>> {
        &self.quantities
    }

    /// Whether some span with `qty=key` carries the class `complete`.
    pub fn is_complete(&self, key: &str) -> bool {
        self.document.spans.iter().any(|s| {
            s.classes.iter().any(|c| c == "complete")
                && s.attrs.iter().any(|a| a.key == "qty" && a.value == key)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate;

    /// Each figure's text with the keys of its sources and how each reaches it.
    fn sources_by_figure<'a>(model: &'a Model, text: &'a str) -> Vec<(&'a str, Vec<(&'a str, Via)>)> {
        model
            .figures
            .iter()
            .map(|f| (f.figure.span.slice(text), f.sources.iter().map(|s| (&*s.key, s.via)).collect()))
            .collect()
    }

    #[test]
    fn sources_read_as_a_list() {
        let source =
            |key: &str| SourceUse { key: key.into(), key_span: Span::at(0), locator: None, via: Via::Scope };
        let mut sources = Sources::default();
        assert!(sources.is_empty());
        for (n, key) in ["a", "b", "c"].into_iter().enumerate() {
            sources.push(source(key));
            assert_eq!(sources.len(), n + 1);
        }
        let keys: Vec<&str> = sources.iter().map(|s| &*s.key).collect();
        assert_eq!(keys, ["a", "b", "c"]);
        assert_eq!(format!("{sources:?}"), format!("{:?}", vec![source("a"), source("b"), source("c")]));
        for s in &mut sources {
            s.key_span = Span::at(4);
        }
        assert!(sources.iter().all(|s| s.key_span == Span::at(4)));
    }

    /// A figure in an inline note has a later scope than the sentences after the note, so
    /// the figure after it looks its scope up again instead of walking on.
    #[test]
    fn scope_citations_are_found_after_a_note() {
        let text = "---\nreferences:\n- id: a\n  type: book\n- id: b\n  type: book\n- id: c\n  type: book\n---\n\n\
            Some 3,000 fighters stayed [@a].^[About 500 left [@b].] Later 200 tanks came [@c].\n";
        let model = Model::build(crate::syntax::parse(text));
        let sources: Vec<(&str, Vec<&str>)> = model
            .figures
            .iter()
            .map(|f| (f.figure.span.slice(text), f.sources.iter().map(|s| &*s.key).collect()))
            .collect();
        assert_eq!(
            sources,
            [("Some 3,000 fighters", vec!["a", "b"]), ("About 500", vec!["b"]), ("200 tanks", vec!["c"])]
        );
    }

    /// A note lends its citations where a citation in its place would source: a footnote or
    /// inline note in a table caption to every row of the table, one in a cell to every cell
    /// of its row, in pipe and grid tables alike.
    #[test]
    fn notes_in_a_table_lend_to_its_row_or_the_whole_table() {
        let text = "---\nreferences:\n- id: a\n  type: book\n- id: b\n  type: book\n- id: c\n  type: book\n---\n\n\
            | group | size |\n|---|---|\n| TTP | 5,000 fighters |\n| ISKP | 5,001 fighters [@c] |\n\n\
            Table: Armed groups.[^1]\n\n\
            | group | size |\n|---|---|\n| TTP[^1] | 5,002 fighters |\n| ISKP^[See @b.] | 5,003 fighters |\n\
            | IMU | 5,004 fighters |\n\n\
            +------+----------------+\n| TTP  | 5,005 fighters |\n+------+----------------+\n\n\
            : Armed groups.^[See @b.]\n\n\
            [^1]: See @a.\n";
        let model = Model::build(crate::syntax::parse(text));
        assert_eq!(
            sources_by_figure(&model, text),
            [
                ("5,000 fighters", vec![("a", Via::Footnote)]),
                ("5,001 fighters", vec![("c", Via::Scope), ("a", Via::Footnote)]),
                ("5,002 fighters", vec![("a", Via::Footnote)]),
                ("5,003 fighters", vec![("b", Via::InlineNote)]),
                ("5,004 fighters", vec![]),
                ("5,005 fighters", vec![("b", Via::InlineNote)]),
            ]
        );
        assert!(model.figures[0].footnoted && !model.figures[3].footnoted);
    }

    /// A caption written `: …` after a grid or simple table (which pulldown-cmark reads as a
    /// definition list's term) and a `Table: …` line right under a pipe table source every row
    /// of their table, and a row's citation sources its row only.
    #[test]
    fn captions_pandoc_reads_source_their_tables() {
        let text = "---\nreferences:\n- id: a\n  type: book\n- id: b\n  type: book\n---\n\n\
            +------+----------------+\n| TTP  | 5,000 fighters |\n+------+----------------+\n\
            | ISKP | 5,001 [@a]     |\n+------+----------------+\n\n\
            : Armed groups [@b].\n\n\
            Group    Fighters\n-------  ---------------\nTTP      5,002 fighters\nISKP     5,003 [@a]\n\n\
            : Armed groups [@b].\n\n\
            | Group | Fighters |\n|---|---|\n| TTP | 5,004 fighters |\n| ISKP | 5,005 [@a] |\n\
            Table: Armed groups [@b].\n";
        let model = Model::build(crate::syntax::parse(text));
        assert_eq!(
            sources_by_figure(&model, text),
            [
                ("5,000 fighters", vec![("b", Via::Caption)]),
                ("5,001", vec![("a", Via::Scope), ("b", Via::Caption)]),
                ("5,002 fighters", vec![("b", Via::Caption)]),
                ("5,003", vec![("a", Via::Scope), ("b", Via::Caption)]),
                ("5,004 fighters", vec![("b", Via::Caption)]),
                ("5,005", vec![("a", Via::Scope), ("b", Via::Caption)]),
            ]
        );
    }

    /// The figures of one scope share its sources, each key and locator once, also past the
    /// few compared one by one (a report written as one long heading).
    #[test]
    fn a_scope_with_many_citations_takes_each_source_once() {
        let keys: Vec<String> = (0..24).map(|i| format!("k{i}")).collect();
        let mut text = String::from("---\nreferences:\n");
        for k in &keys {
            text.push_str(&format!("- id: {k}\n  type: book\n"));
        }
        text.push_str("---\n\n# About 300 fighters");
        // Every key twice without a locator (taken once), then once with a page (a source of
        // its own), then 20 more figures in the same heading.
        for k in keys.iter().chain(&keys) {
            text.push_str(&format!(" [@{k}]"));
        }
        for k in &keys {
            text.push_str(&format!(" [@{k}, p. 4]"));
        }
        for n in 0..20 {
            text.push_str(&format!(" and {} tanks", 100 + n));
        }
        text.push('\n');
        let model = Model::build(crate::syntax::parse(&text));
        assert_eq!(model.figures.len(), 21);
        let want: Vec<(String, bool)> =
            keys.iter().map(|k| (k.clone(), false)).chain(keys.iter().map(|k| (k.clone(), true))).collect();
        for f in &model.figures {
            let got: Vec<(String, bool)> =
                f.sources.iter().map(|s| (s.key.to_string(), s.locator.is_some())).collect();
            assert_eq!(got, want, "{}", f.figure.span.slice(&text));
        }
    }

    /// Resolving a long report's figures in two halves gives what one pass gives.
    #[test]
    fn halves_resolve_as_one_pass() {
        let text = generate::report(1024 * 1024);
        let doc = crate::syntax::parse(&text).document;
        assert!(doc.figures.len() >= HALVES_FROM, "the report is long enough to be cut");
        let one = resolve(&doc, Part::of(&doc, Span::new(0, usize::MAX)), &footnote_citations(&doc));
        assert_eq!(format!("{:?}", resolve_figures(&doc)), format!("{one:?}"));
    }
}
