//! `attest review`: one self-contained HTML page for reviewing a report. The report is
//! rendered with every figure marked (sourced, unsourced, contested or the author's
//! assessment) and a card with its sources on hover and keyboard focus; a summary at the top
//! gives the share of figures sourced, the findings by rule and the sources with their grades.
//!
//! The page loads nothing: styles and the small script are inline, and a content security
//! policy forbids every other resource. Everything taken from the report is escaped.
//!
//! The body is rendered by pulldown-cmark's HTML writer from a transformed event stream: text
//! events are cut at the figures' byte offsets and wrapped, citations are replaced by links to
//! the sources table, the brackets and attributes of `[text]{…}` spans are dropped, and raw
//! HTML is never passed through.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use super::files::{Source, read};
use super::output::{Report, Summary, settings_errors};
use super::settings::Loader;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ide::{self, Analysis};
use crate::model::{FigureInfo, Model, csl};
use crate::syntax::citation::CitationMode;
use crate::syntax::frontmatter::Reference;
use crate::text::{FileId, Span};
use crate::tradecraft::{credibility_label, reliability_label};

#[derive(clap::Args, Debug)]
pub struct ReviewArgs {
    /// The report to review.
    pub report: PathBuf,
    /// Write the page to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Use this configuration file instead of looking for attest.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Writes the review page. Exit status 0 whatever the report's findings (the page shows
/// them), 2 when the report, the configuration or the output file cannot be read or written.
pub fn run(args: ReviewArgs) -> std::io::Result<ExitCode> {
    let text = match read(&args.report) {
        Ok(text) => text,
        Err(problem) => {
            eprintln!("error: {problem}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut loader = Loader::new(args.config.as_deref());
    let config = loader.for_file(&args.report).config;
    if !loader.errors.is_empty() {
        let mut err = anstream::stderr().lock();
        settings_errors(&mut err, &loader.errors)?;
        return Ok(ExitCode::from(2));
    }
    // The page never replaces the report it reviews.
    if let Some(output) = &args.output
        && let (Ok(a), Ok(b)) = (std::fs::canonicalize(output), std::fs::canonicalize(&args.report))
        && a == b
    {
        eprintln!("error: {} is the report itself; write the page to another file", output.display());
        return Ok(ExitCode::from(2));
    }
    let report = match Report::check_guarded(Source { path: args.report.clone(), text }, &config) {
        Ok(report) => report,
        Err(problem) => {
            eprintln!("error: {problem}");
            return Ok(ExitCode::from(2));
        }
    };
    let html = page(&report);
    match &args.output {
        Some(path) => std::fs::write(path, html)
            .map_err(|e| std::io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display())))?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(html.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// How a figure is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Sourced,
    Unsourced,
    Contested,
    Assessment,
}

impl Mark {
    const ALL: [Mark; 4] = [Mark::Sourced, Mark::Unsourced, Mark::Contested, Mark::Assessment];

    fn name(self) -> &'static str {
        match self {
            Mark::Sourced => "sourced",
            Mark::Unsourced => "unsourced",
            Mark::Contested => "contested",
            Mark::Assessment => "assessment",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Mark::Sourced => "Sourced",
            Mark::Unsourced => "Unsourced",
            Mark::Contested => "Contested",
            Mark::Assessment => "Assessment",
        }
    }

    fn explain(self) -> &'static str {
        match self {
            Mark::Sourced => "a citation of a defined source stands behind the figure",
            Mark::Unsourced => "no citation of a defined source, and not marked as the author's own",
            Mark::Contested => "sources disagree on this quantity",
            Mark::Assessment => "the author's own estimate",
        }
    }
}

/// Everything the page is built from.
struct Review<'a> {
    report: &'a Report,
    model: &'a Model,
    analysis: Analysis<'a>,
    marks: Vec<Mark>,
    /// Findings whose primary or related span touches each figure.
    figure_findings: Vec<Vec<&'a Diagnostic>>,
    figure_index: SpanIndex,
    citation_index: SpanIndex,
    suppression_index: SpanIndex,
    /// Whether the cards reuse the editor hover. Its lookup scans the figures and citations
    /// for each figure, so very large reports get a compact card instead.
    hover_cards: bool,
}

/// Above this many steps (figures × (figures + cited keys)) the cards are built without the
/// editor hover.
const HOVER_BUDGET: usize = 50_000_000;

/// The review page for a checked report.
fn page(report: &Report) -> String {
    let model = &report.checked.model;
    let config = &report.checked.config;
    let bibliographies: Vec<&str> = report.files[1..].iter().map(|f| f.text.as_str()).collect();
    let analysis = Analysis {
        text: report.text(),
        lines: &report.files[0].index,
        checked: &report.checked,
        config,
        bibliographies: &bibliographies,
    };
    let figure_index = SpanIndex::new(model.figures.iter().map(|f| f.figure.span).collect());
    let mut contested: HashSet<usize> = HashSet::new();
    let mut figure_findings: Vec<Vec<&Diagnostic>> = vec![Vec::new(); model.figures.len()];
    for d in &report.checked.diagnostics {
        if d.file != FileId::REPORT {
            continue;
        }
        let spans = std::iter::once(d.span)
            .chain(d.related.iter().filter(|r| r.file == FileId::REPORT).map(|r| r.span));
        for span in spans {
            for i in figure_index.overlapping(span) {
                if d.rule == "contested-quantity" {
                    contested.insert(i);
                }
                if !figure_findings[i].iter().any(|x| std::ptr::eq(*x, d)) {
                    figure_findings[i].push(d);
                }
            }
        }
    }
    let marks = model
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if contested.contains(&i) {
                Mark::Contested
            } else if f.assessment {
                Mark::Assessment
            } else if model.is_sourced(f) {
                Mark::Sourced
            } else {
                Mark::Unsourced
            }
        })
        .collect();
    let doc = &model.document;
    let figures = model.figures.len();
    let review = Review {
        report,
        model,
        analysis,
        marks,
        figure_findings,
        figure_index,
        citation_index: SpanIndex::new(doc.citations.iter().map(|c| c.citation.span).collect()),
        suppression_index: SpanIndex::new(doc.suppressions.iter().map(|s| s.span).collect()),
        hover_cards: figures.saturating_mul(figures + model.cited_keys().count()) <= HOVER_BUDGET,
    };
    review.render()
}

/// Two spans share a byte, or are the same (empty) span.
fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end || a == b
}

/// Spans sorted by start, with the running maximum of their ends, for overlap queries in
/// logarithmic time.
struct SpanIndex {
    spans: Vec<Span>,
    /// Indices into `spans`, by start.
    order: Vec<usize>,
    max_end: Vec<usize>,
}

impl SpanIndex {
    fn new(spans: Vec<Span>) -> SpanIndex {
        let mut order: Vec<usize> = (0..spans.len()).collect();
        order.sort_by_key(|&i| (spans[i].start, spans[i].end));
        let mut max_end = Vec::with_capacity(order.len());
        let mut max = 0;
        for &i in &order {
            max = max.max(spans[i].end);
            max_end.push(max);
        }
        SpanIndex { spans, order, max_end }
    }

    /// The indices of the spans overlapping `span`, by start.
    fn overlapping(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        let first = self.max_end.partition_point(|&end| end < span.start);
        self.order[first..]
            .iter()
            .copied()
            .take_while(move |&i| self.spans[i].start <= span.end)
            .filter(move |&i| overlaps(self.spans[i], span))
    }
}

impl Review<'_> {
    fn text(&self) -> &str {
        self.report.text()
    }

    fn count(&self, mark: Mark) -> usize {
        self.marks.iter().filter(|m| **m == mark).count()
    }

    fn render(&self) -> String {
        let summary = Summary::of(std::slice::from_ref(self.report), 0);
        let fm = self.model.front_matter();
        let title =
            fm.and_then(|fm| fm.title.as_ref()).map(|t| t.value.trim().to_string()).filter(|t| !t.is_empty());
        let date =
            fm.and_then(|fm| fm.date.as_ref()).map(|d| d.value.trim().to_string()).filter(|d| !d.is_empty());
        let path = self.report.display_path();
        let mut h = String::with_capacity(self.text().len() * 4 + 32 * 1024);
        h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        let _ = writeln!(
            h,
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '{SCRIPT_HASH}'; base-uri 'none'; form-action 'none'\">"
        );
        h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.push_str("<meta name=\"generator\" content=\"attest review\">\n");
        let _ = writeln!(h, "<title>Review: {}</title>", esc(title.as_deref().unwrap_or(&path)));
        let _ = writeln!(h, "<style>{STYLE}</style>\n</head>");
        let _ = writeln!(
            h,
            "<body data-figures=\"{}\" data-sourced=\"{}\" data-sourced-marks=\"{}\" data-unsourced=\"{}\" data-contested=\"{}\" data-assessment=\"{}\" data-errors=\"{}\" data-warnings=\"{}\" data-infos=\"{}\">",
            summary.figures,
            summary.sourced,
            self.count(Mark::Sourced),
            self.count(Mark::Unsourced),
            self.count(Mark::Contested),
            self.count(Mark::Assessment),
            summary.errors,
            summary.warnings,
            summary.infos,
        );
        h.push_str("<a class=\"skip\" href=\"#report\">Skip to the report</a>\n<div class=\"wrap\">\n");
        // Header.
        h.push_str("<header class=\"top\">\n<p class=\"eyebrow\">attest review</p>\n");
        let _ =
            writeln!(h, "<h1 class=\"title\">{}</h1>", esc(title.as_deref().unwrap_or("Untitled report")));
        h.push_str("<p class=\"meta\">");
        if let Some(date) = &date {
            let _ = write!(h, "<span class=\"date\">{}</span> · ", esc(date));
        }
        let _ = writeln!(h, "<span class=\"path\">{}</span></p>\n</header>", esc(&path));
        self.summary_cards(&mut h, &summary);
        self.legend(&mut h);
        h.push_str("<div class=\"panels\">\n");
        self.findings(&mut h);
        self.sources(&mut h);
        h.push_str("</div>\n");
        h.push_str("<article class=\"report\" id=\"report\" aria-label=\"The report\">\n");
        h.push_str(&self.body());
        h.push_str("</article>\n");
        h.push_str(
            "<footer class=\"foot\">Generated by attest. Hover a marked figure, or move to it with Tab, to see its sources; Esc hides the card.</footer>\n",
        );
        h.push_str("</div>\n");
        let _ = writeln!(h, "<script>{SCRIPT}</script>\n</body>\n</html>");
        h
    }

    fn summary_cards(&self, h: &mut String, s: &Summary) {
        let share = if s.figures == 0 { 100.0 } else { 100.0 * s.sourced as f64 / s.figures as f64 };
        let graded = self
            .model
            .sources
            .iter()
            .filter(|x| x.reference.reliability.is_some() || x.reference.credibility.is_some())
            .count();
        h.push_str("<section class=\"cards\" aria-label=\"Summary\">\n");
        let _ = writeln!(
            h,
            "<div class=\"stat\"><p class=\"l\">Figures sourced</p><p class=\"n\" id=\"share\">{share:.0}%</p>\
             <div class=\"bar\" role=\"img\" aria-label=\"{share:.0}% sourced\"><span style=\"width:{share:.1}%\"></span></div>\
             <p class=\"s\"><span id=\"sourced-count\">{}</span> of <span id=\"figure-count\">{}</span> figures have a source or are the author's assessment</p></div>",
            s.sourced, s.figures
        );
        let _ = writeln!(
            h,
            "<div class=\"stat{}\"><p class=\"l\">Errors</p><p class=\"n\" id=\"error-count\">{}</p><p class=\"s\">findings that fail the check</p></div>",
            if s.errors > 0 { " stat-error" } else { "" },
            s.errors
        );
        let _ = writeln!(
            h,
            "<div class=\"stat{}\"><p class=\"l\">Warnings</p><p class=\"n\" id=\"warning-count\">{}</p><p class=\"s\">to review{}</p></div>",
            if s.warnings > 0 { " stat-warning" } else { "" },
            s.warnings,
            match s.infos {
                0 => String::new(),
                1 => ", and 1 note".to_string(),
                n => format!(", and {n} notes"),
            }
        );
        let _ = writeln!(
            h,
            "<div class=\"stat\"><p class=\"l\">Sources</p><p class=\"n\" id=\"source-count\">{}</p><p class=\"s\">{graded} graded on the Admiralty code</p></div>",
            self.model.sources.len()
        );
        h.push_str("</section>\n");
    }

    fn legend(&self, h: &mut String) {
        h.push_str("<section class=\"legend\" aria-label=\"Figure marks\">\n");
        for mark in Mark::ALL {
            let _ = writeln!(
                h,
                "<span class=\"key\" title=\"{1}: {3}\"><mark class=\"fig fig-{0} sample\">1,200</mark> <b>{1}</b> <span class=\"count\" id=\"count-{0}\">{2}</span></span>",
                mark.name(),
                mark.label(),
                self.count(mark),
                mark.explain()
            );
        }
        h.push_str("<span class=\"hint\">Hover or Tab to a figure for its sources</span>\n</section>\n");
    }

    /// Where a finding points in the page: the figure, citation or suppression it is on.
    fn anchor_of(&self, d: &Diagnostic) -> Option<String> {
        if d.file != FileId::REPORT {
            return None;
        }
        if let Some(i) = self.figure_index.overlapping(d.span).min() {
            return Some(format!("fig-{i}"));
        }
        if let Some(i) = self.citation_index.overlapping(d.span).min() {
            return Some(format!("cite-{i}"));
        }
        if let Some(i) = self.suppression_index.overlapping(d.span).min() {
            return Some(format!("sup-{i}"));
        }
        None
    }

    fn findings(&self, h: &mut String) {
        let diagnostics = &self.report.checked.diagnostics;
        let mut by_rule: BTreeMap<(Severity, &str), Vec<&Diagnostic>> = BTreeMap::new();
        for d in diagnostics {
            by_rule.entry((d.severity, d.rule)).or_default().push(d);
        }
        let _ = writeln!(
            h,
            "<details class=\"panel findings\" open>\n<summary><h2>Findings <span class=\"count\">{}</span></h2></summary>\n<div class=\"panel-body\">",
            diagnostics.len()
        );
        if by_rule.is_empty() {
            h.push_str("<p class=\"empty\">No findings: every check passes.</p>\n");
        }
        for ((severity, rule), list) in &by_rule {
            let _ = writeln!(
                h,
                "<div class=\"rule\" data-rule=\"{0}\" data-count=\"{1}\">\n<h3><span class=\"sev sev-{2}\">{2}</span> <code>{0}</code> <span class=\"count\">{1}</span></h3>\n<ul>",
                esc(rule),
                list.len(),
                severity.as_str()
            );
            for d in list {
                let file = self.report.file(d.file);
                let line = file.index.line_of(d.span.start) + 1;
                let place = if d.file == FileId::REPORT {
                    format!("line {line}")
                } else {
                    format!("{}:{line}", file.path)
                };
                let place = match self.anchor_of(d) {
                    Some(id) => format!("<a href=\"#{id}\">{}</a>", esc(&place)),
                    None => format!("<span>{}</span>", esc(&place)),
                };
                let _ = writeln!(
                    h,
                    "<li><span class=\"where\">{place}</span> <span class=\"msg\">{}</span></li>",
                    ticks(&d.message)
                );
            }
            h.push_str("</ul>\n</div>\n");
        }
        h.push_str("</div>\n</details>\n");
    }

    fn sources(&self, h: &mut String) {
        let model = self.model;
        let mut cited: HashMap<&str, usize> = HashMap::new();
        for c in model.cited_keys() {
            *cited.entry(&*c.item.key).or_default() += 1;
        }
        let mut backs: HashMap<&str, usize> = HashMap::new();
        for f in &model.figures {
            let mut keys: Vec<&str> = f.sources.iter().map(|s| &*s.key).collect();
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                *backs.entry(k).or_default() += 1;
            }
        }
        let _ = writeln!(
            h,
            "<details class=\"panel sources\" open>\n<summary><h2>Sources <span class=\"count\">{}</span></h2></summary>\n<div class=\"panel-body\">",
            model.sources.len()
        );
        h.push_str("<table class=\"source-table\">\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Grade</th><th scope=\"col\" class=\"num\">Cited</th><th scope=\"col\" class=\"num\">Figures</th></tr></thead>\n<tbody>\n");
        for (i, source) in model.sources.iter().enumerate() {
            let r = &source.reference;
            let id = r.id.as_ref().map(|i| i.value.as_str());
            let resolved = id.is_some_and(|id| model.definitions.get(id) == Some(&i));
            let row_id = match id {
                Some(id) if resolved => format!(" id=\"src-{}\"", anchor(id)),
                _ => String::new(),
            };
            let _ = write!(h, "<tr{row_id} data-key=\"{}\">", esc(id.unwrap_or("")));
            // Source: title, then key · who · issued · type.
            let title = csl::text(&r.node, "title").unwrap_or_else(|| "(untitled)".to_string());
            let _ =
                write!(h, "<td><span class=\"src-title\">{}</span><span class=\"src-meta\">", esc(&title));
            let mut meta = vec![format!("<code>{}</code>", esc(id.unwrap_or("(no id)")))];
            if let Some(who) = csl::who(&r.node, 2) {
                meta.push(esc(&who));
            }
            if let Some(issued) = csl::date(&r.node, "issued") {
                meta.push(esc(&issued));
            }
            if let Some(kind) = &r.kind {
                meta.push(esc(&kind.value));
            }
            h.push_str(&meta.join(" · "));
            h.push_str("</span>");
            if !r.via.is_empty() {
                let links: Vec<String> = r.via.iter().map(|v| key_link(model, &v.value)).collect();
                let _ = write!(h, "<span class=\"src-via\">relays {}</span>", links.join(", "));
            }
            if source.file != FileId::REPORT {
                let _ = write!(
                    h,
                    "<span class=\"src-via\">from {}</span>",
                    esc(&self.report.file(source.file).path)
                );
            }
            if id.is_some() && !resolved {
                h.push_str("<span class=\"tag tag-bad\">duplicate id: ignored</span>");
            }
            h.push_str("</td>");
            h.push_str(&grade_cell(r));
            let (c, b) = if resolved {
                let key = id.unwrap_or("");
                (cited.get(key).copied().unwrap_or(0), backs.get(key).copied().unwrap_or(0))
            } else {
                (0, 0)
            };
            let _ = writeln!(
                h,
                "<td class=\"num cited\">{}</td><td class=\"num\">{b}</td></tr>",
                if c == 0 {
                    "<span class=\"tag tag-warn\">never</span>".to_string()
                } else {
                    format!("{c}×")
                }
            );
        }
        // Keys cited but defined nowhere.
        let mut unknown: Vec<(&str, usize)> =
            cited.iter().filter(|(k, _)| model.source(k).is_none()).map(|(k, n)| (*k, *n)).collect();
        unknown.sort_unstable();
        for (key, n) in unknown {
            let _ = writeln!(
                h,
                "<tr class=\"undefined\" data-key=\"{0}\"><td><span class=\"src-title\">Undefined source</span><span class=\"src-meta\"><code>{0}</code> · no reference defines this key</span></td><td>—</td><td class=\"num cited\">{n}×</td><td class=\"num\">{1}</td></tr>",
                esc(key),
                backs.get(key).copied().unwrap_or(0)
            );
        }
        h.push_str("</tbody>\n</table>\n</div>\n</details>\n");
    }

    /// The Markdown body as HTML, with figures marked and citations linked.
    fn body(&self) -> String {
        let text = self.text();
        let doc = &self.model.document;
        let base = doc.body.start.min(text.len());
        let mut ops: Vec<Op> = Vec::new();
        let mut deletes: Vec<Span> = Vec::new();
        for (i, info) in self.model.figures.iter().enumerate() {
            let mark = self.marks[i];
            let span = info.figure.span;
            let first = format!(
                "<mark class=\"fig fig-{0}\" id=\"fig-{i}\" tabindex=\"0\" data-start=\"{1}\" data-end=\"{2}\" aria-describedby=\"card-{i}\">{3}",
                mark.name(),
                span.start,
                span.end,
                self.card(i, info)
            );
            let cont = format!("<mark class=\"fig fig-{} fig-cont\">", mark.name());
            ops.push(Op { at: span.start, kind: OpKind::Open(Wrapper::new(first, cont, "</mark>")) });
            ops.push(Op { at: span.end, kind: OpKind::Close });
        }
        for (i, site) in doc.citations.iter().enumerate() {
            ops.push(Op { at: site.citation.span.start, kind: OpKind::Html(self.citation(i)) });
            deletes.push(site.citation.span);
        }
        for span in &doc.spans {
            deletes.push(Span::new(span.span.start, span.content.start));
            deletes.push(Span::new(span.content.end, span.span.end));
        }
        for note in &doc.inline_notes {
            let first = "<span class=\"inline-note\"><span class=\"note-label\">note</span> ".to_string();
            let cont = "<span class=\"inline-note\">".to_string();
            ops.push(Op { at: note.span.start, kind: OpKind::Open(Wrapper::new(first, cont, "</span>")) });
            ops.push(Op { at: note.content.end, kind: OpKind::Close });
            deletes.push(Span::new(note.span.start, note.content.start));
            deletes.push(Span::new(note.content.end, note.span.end));
        }
        let mut captions = HashSet::new();
        for table in &doc.tables {
            let Some(unit) = table.caption.and_then(|u| doc.units.get(u)) else { continue };
            captions.insert(unit.span.start);
            let rest = text.get(unit.span.start..).unwrap_or("");
            let prefix = crate::syntax::caption_prefix_len(rest);
            let spaces = rest[prefix..].len() - rest[prefix..].trim_start_matches([' ', '\t']).len();
            deletes.push(Span::new(unit.span.start, unit.span.start + prefix + spaces));
        }
        ops.sort_by_key(|op| (op.at, op.kind.order()));
        deletes.retain(|d| d.start < d.end);
        deletes.sort_by_key(|d| (d.start, d.end));
        let mut merged: Vec<Span> = Vec::with_capacity(deletes.len());
        for d in deletes {
            match merged.last_mut() {
                Some(last) if d.start <= last.end => last.end = last.end.max(d.end),
                _ => merged.push(d),
            }
        }
        let mut writer = BodyWriter {
            text,
            ops,
            next: 0,
            deletes: merged,
            stack: Vec::new(),
            out: Vec::new(),
            skip_until: 0,
            captions,
            suppressions: doc.suppressions.iter().map(|s| s.span).collect(),
            suppression_at: doc.suppressions.iter().enumerate().map(|(i, s)| (s.span.start, i)).collect(),
            suppression_index: &self.suppression_index,
            suppression_rules: doc
                .suppressions
                .iter()
                .map(|s| s.rules.iter().map(|r| r.value.clone()).collect())
                .collect(),
        };
        let markdown = crate::syntax::markdown_text(text, doc);
        let body = markdown.get(base..).unwrap_or("");
        let mut html_block: Option<Span> = None;
        let events = Parser::new_ext(body, crate::syntax::markdown_options()).into_offset_iter();
        for (event, range) in crate::syntax::math::pandoc_events(body, events) {
            let r = Span::new(range.start + base, range.end + base);
            match event {
                Event::Start(Tag::HtmlBlock) => html_block = Some(r),
                Event::End(TagEnd::HtmlBlock) => {
                    let block = html_block.take().unwrap_or(r);
                    writer.html_block(block);
                }
                Event::Html(_) if html_block.is_some() => {}
                Event::Html(_) | Event::InlineHtml(_) => writer.inline_html(r),
                Event::Text(t) => writer.text(r, t),
                Event::Start(tag) => writer.start(tag, r),
                Event::End(tag) => writer.end(tag, r),
                Event::Rule => {
                    writer.boundary(r.start);
                    writer.out.push(Event::Rule);
                }
                other => writer.content(r, other),
            }
        }
        writer.apply_until(usize::MAX, true);
        writer.suspend();
        let mut html = String::with_capacity(text.len() * 2);
        pulldown_cmark::html::push_html(&mut html, writer.out.into_iter());
        html
    }

    /// A citation as readable text: `[see mfa-2026, p. 4; interfax-2026]`, each key a link to
    /// its row in the sources table.
    fn citation(&self, index: usize) -> String {
        let text = self.text();
        let citation = &self.model.document.citations[index].citation;
        let mut items: Vec<_> = citation.items.iter().collect();
        items.sort_by_key(|i| i.key_span.start);
        let mut out = String::new();
        let mut cursor = citation.span.start;
        let mut unknown = false;
        for item in items {
            let bytes = text.as_bytes();
            let mut start = item.key_span.start;
            let mut end = item.key_span.end;
            if start >= 2 && bytes.get(start - 1) == Some(&b'{') && bytes.get(start - 2) == Some(&b'@') {
                start -= 2;
                if bytes.get(end) == Some(&b'}') {
                    end += 1;
                }
            } else if start >= 1 && bytes.get(start - 1) == Some(&b'@') {
                start -= 1;
            }
            if item.suppress_author && start >= 1 && bytes.get(start - 1) == Some(&b'-') {
                start -= 1;
            }
            if start < cursor || end > citation.span.end {
                continue;
            }
            out.push_str(&esc(&squash(text.get(cursor..start).unwrap_or(""))));
            unknown |= self.model.source(&item.key).is_none();
            out.push_str(&key_link(self.model, &item.key));
            cursor = end;
        }
        out.push_str(&esc(&squash(text.get(cursor..citation.span.end).unwrap_or(""))));
        let mode = match citation.mode {
            CitationMode::Bracketed => "cite-bracketed",
            CitationMode::InText => "cite-in-text",
        };
        let class = if unknown { " cite-unknown" } else { "" };
        format!("<span class=\"cite {mode}{class}\" id=\"cite-{index}\">{out}</span>")
    }

    /// A card without the editor hover: the figure, and each source with its grade.
    fn compact_card(&self, info: &FigureInfo) -> String {
        let mut card = format!(
            "<span class=\"cp\"><strong>Figure</strong> <code>{}</code></span>",
            esc(&crate::syntax::as_read(info.figure.span.slice(self.text())))
        );
        if let Some(q) = &info.quantity {
            let _ = write!(card, "<span class=\"cp\">Quantity <code>{}</code></span>", esc(&q.value));
        }
        for source in &info.sources {
            card.push_str("<span class=\"hr\"></span><span class=\"cp\">");
            match self.model.reference(&source.key) {
                Some(r) => {
                    let title = csl::text(&r.node, "title").unwrap_or_else(|| "(untitled)".to_string());
                    let _ =
                        write!(card, "<strong>{}</strong> <code>{}</code>", esc(&title), esc(&source.key));
                    let grade: String = [r.reliability.as_ref(), r.credibility.as_ref()]
                        .into_iter()
                        .map(|g| g.map_or("?", |g| g.value.as_str()))
                        .collect();
                    if grade != "??" {
                        let _ = write!(card, "<br>Grade <strong>{}</strong>", esc(&grade));
                    }
                }
                None => {
                    let _ = write!(card, "<strong>Unknown source</strong> <code>{}</code>", esc(&source.key));
                }
            }
            if let Some(locator) = &source.locator {
                let _ = write!(card, "<br>Cited at {} {}", esc(locator.label), esc(&locator.value));
            }
            card.push_str("</span>");
        }
        card
    }

    /// The card of a figure: its status, the editor hover (reading, quantity, source cards)
    /// and the findings on it.
    fn card(&self, index: usize, info: &FigureInfo) -> String {
        let mark = self.marks[index];
        let mut card =
            format!("<span class=\"card\" role=\"tooltip\" id=\"card-{index}\"><span class=\"card-in\">");
        let sources = info.sources.len();
        let status = match mark {
            Mark::Sourced | Mark::Contested if sources > 0 => {
                format!("{} · {sources} source{}", mark.label(), if sources == 1 { "" } else { "s" })
            }
            _ => mark.label().to_string(),
        };
        let _ = write!(card, "<span class=\"card-status status-{}\">{}</span>", mark.name(), esc(&status));
        let hover = if self.hover_cards { Some(ide::figure_hover(&self.analysis, index)) } else { None };
        match hover {
            Some(hover) => card.push_str(&markdown_phrasing(&hover)),
            None => card.push_str(&self.compact_card(info)),
        }
        let findings = &self.figure_findings[index];
        if !findings.is_empty() {
            card.push_str("<span class=\"card-findings\">");
            for d in findings {
                let _ = write!(
                    card,
                    "<span class=\"card-finding\"><span class=\"sev sev-{0}\">{0}</span> <code>{1}</code> {2}</span>",
                    d.severity.as_str(),
                    esc(d.rule),
                    ticks(&d.message)
                );
            }
            card.push_str("</span>");
        } else if mark == Mark::Unsourced {
            card.push_str("<span class=\"card-findings\"><span class=\"card-finding\">The <code>unsourced-figure</code> finding is silenced here by a suppression comment.</span></span>");
        }
        card.push_str("</span></span>");
        card
    }
}

/// A link from a cited key to its row in the sources table (or a marked unknown key).
fn key_link(model: &Model, key: &str) -> String {
    match model.reference(key) {
        Some(r) => {
            let title = csl::text(&r.node, "title").unwrap_or_default();
            format!("<a href=\"#src-{}\" title=\"{}\">{}</a>", anchor(key), esc(&title), esc(key))
        }
        None => format!(
            "<span class=\"cite-missing\" title=\"no reference defines this key\">{}</span>",
            esc(key)
        ),
    }
}

/// The grade cell: the Admiralty letter and digit as chips, then their meanings.
fn grade_cell(r: &Reference) -> String {
    let reliability = r.reliability.as_ref().map(|g| g.value.as_str());
    let credibility = r.credibility.as_ref().map(|g| g.value.as_str());
    if reliability.is_none() && credibility.is_none() {
        return "<td class=\"grade\"><span class=\"ungraded\">not graded</span></td>".to_string();
    }
    let chip = |value: Option<&str>,
                label: Option<&'static str>,
                tier: fn(&str) -> &'static str,
                what: &str| match value {
        Some(v) => {
            let class = if label.is_some() { tier(v) } else { "g-bad" };
            let title = label.unwrap_or("not a valid grade");
            format!("<span class=\"chip {class}\" title=\"{what}: {}\">{}</span>", esc(title), esc(v))
        }
        None => format!("<span class=\"chip g-none\" title=\"{what}: not given\">?</span>"),
    };
    let rl = reliability.and_then(reliability_label);
    let cl = credibility.and_then(credibility_label);
    let mut labels = Vec::new();
    labels.push(match (reliability, rl) {
        (_, Some(l)) => l.to_string(),
        (Some(v), None) => format!("`{v}` is not a reliability grade"),
        (None, None) => "reliability not given".to_string(),
    });
    labels.push(match (credibility, cl) {
        (_, Some(l)) => l.to_string(),
        (Some(v), None) => format!("`{v}` is not a credibility grade"),
        (None, None) => "credibility not given".to_string(),
    });
    format!(
        "<td class=\"grade\"><span class=\"chips\">{}{}</span><span class=\"grade-labels\">{}</span></td>",
        chip(reliability, rl, reliability_tier, "reliability"),
        chip(credibility, cl, credibility_tier, "credibility"),
        labels.iter().map(|l| ticks(l)).collect::<Vec<_>>().join(", ")
    )
}

fn reliability_tier(grade: &str) -> &'static str {
    match grade {
        "A" | "B" => "g-good",
        "C" => "g-fair",
        "D" | "E" => "g-poor",
        _ => "g-none",
    }
}

fn credibility_tier(grade: &str) -> &'static str {
    match grade {
        "1" | "2" => "g-good",
        "3" => "g-fair",
        "4" | "5" => "g-poor",
        _ => "g-none",
    }
}

/// An element opened around text that may have to be closed and reopened around the tags
/// it crosses (a figure that runs into emphasis).
struct Wrapper {
    first: String,
    cont: String,
    close: &'static str,
    opened: bool,
    open: bool,
}

impl Wrapper {
    fn new(first: String, cont: String, close: &'static str) -> Wrapper {
        Wrapper { first, cont, close, opened: false, open: false }
    }
}

enum OpKind {
    Close,
    Html(String),
    Open(Wrapper),
}

impl OpKind {
    /// At one offset: close what ends there, then insert, then open what starts.
    fn order(&self) -> u8 {
        match self {
            OpKind::Close => 0,
            OpKind::Html(_) => 1,
            OpKind::Open(_) => 2,
        }
    }
}

/// Something to do at a byte offset of the report.
struct Op {
    at: usize,
    kind: OpKind,
}

/// Rewrites pulldown-cmark's events: cuts text at the offsets of `ops`, leaves out deleted
/// bytes, and keeps the wrappers properly nested across tags.
struct BodyWriter<'t> {
    text: &'t str,
    ops: Vec<Op>,
    next: usize,
    /// Sorted, disjoint byte ranges that are not shown.
    deletes: Vec<Span>,
    stack: Vec<Wrapper>,
    out: Vec<Event<'t>>,
    /// The end of an HTML comment being skipped.
    skip_until: usize,
    /// Starts of table caption paragraphs.
    captions: HashSet<usize>,
    suppressions: Vec<Span>,
    /// Suppression comments by start offset.
    suppression_at: HashMap<usize, usize>,
    suppression_index: &'t SpanIndex,
    suppression_rules: Vec<Vec<String>>,
}

impl<'t> BodyWriter<'t> {
    fn html(&mut self, html: String) {
        self.out.push(Event::InlineHtml(CowStr::from(html)));
    }

    /// Applies the ops before `limit`, and the closing ones at `limit` when `closes` is set.
    fn apply_until(&mut self, limit: usize, closes: bool) {
        while let Some(op) = self.ops.get(self.next) {
            let due = op.at < limit || (closes && op.at == limit && matches!(op.kind, OpKind::Close));
            if !due {
                break;
            }
            let kind = std::mem::replace(&mut self.ops[self.next].kind, OpKind::Close);
            self.next += 1;
            match kind {
                OpKind::Close => {
                    if let Some(w) = self.stack.pop() {
                        if w.open {
                            self.html(w.close.to_string());
                        }
                    }
                }
                OpKind::Html(html) => {
                    self.reopen();
                    self.html(html);
                }
                OpKind::Open(w) => self.stack.push(w),
            }
        }
    }

    /// Opens the wrappers that are waiting for text.
    fn reopen(&mut self) {
        let mut html = String::new();
        for w in &mut self.stack {
            if !w.open {
                html.push_str(if w.opened { &w.cont } else { &w.first });
                w.opened = true;
                w.open = true;
            }
        }
        if !html.is_empty() {
            self.html(html);
        }
    }

    /// Closes the open wrappers before a tag; they reopen at the next text.
    fn suspend(&mut self) {
        let mut html = String::new();
        for w in self.stack.iter_mut().rev() {
            if w.open {
                html.push_str(w.close);
                w.open = false;
            }
        }
        if !html.is_empty() {
            self.html(html);
        }
    }

    /// Before a tag at `at`.
    fn boundary(&mut self, at: usize) {
        self.apply_until(at, true);
        self.suspend();
    }

    /// The deleted range holding `pos`, if any.
    fn deletion_at(&self, pos: usize) -> Option<Span> {
        let i = self.deletes.partition_point(|d| d.start <= pos);
        let d = *self.deletes.get(i.checked_sub(1)?)?;
        (pos < d.end).then_some(d)
    }

    fn fully_deleted(&self, r: Span) -> bool {
        self.deletion_at(r.start).is_some_and(|d| r.end <= d.end)
    }

    fn next_deletion_after(&self, pos: usize) -> Option<usize> {
        let i = self.deletes.partition_point(|d| d.start <= pos);
        self.deletes.get(i).map(|d| d.start)
    }

    fn text(&mut self, r: Span, t: CowStr<'t>) {
        if r.end <= self.skip_until {
            return;
        }
        let text = self.text;
        if text.get(r.start..r.end) != Some(t.as_ref()) {
            // Text that differs from its source (an escape, an entity): shown whole.
            self.apply_until(r.start + 1, false);
            if !self.fully_deleted(r) {
                self.reopen();
                self.out.push(Event::Text(t));
            }
            self.apply_until(r.end, true);
            return;
        }
        let mut pos = r.start;
        loop {
            if pos >= r.end {
                self.apply_until(r.end, true);
                break;
            }
            self.apply_until(pos + 1, false);
            if let Some(d) = self.deletion_at(pos) {
                pos = d.end.min(r.end);
                continue;
            }
            let mut end = r.end;
            if let Some(op) = self.ops.get(self.next) {
                if op.at > pos && op.at < end {
                    end = op.at;
                }
            }
            if let Some(d) = self.next_deletion_after(pos) {
                end = end.min(d);
            }
            while end > pos && !text.is_char_boundary(end) {
                end -= 1;
            }
            if end <= pos {
                // Never stall: take the rest of this character.
                end = (pos + 1..=r.end).find(|&e| text.is_char_boundary(e)).unwrap_or(r.end);
            }
            if let Some(piece) = text.get(pos..end) {
                self.reopen();
                self.out.push(Event::Text(CowStr::Borrowed(piece)));
            }
            pos = end;
        }
    }

    /// Breaks, code, math and footnote references: kept whole unless deleted.
    fn content(&mut self, r: Span, event: Event<'t>) {
        if r.end <= self.skip_until {
            return;
        }
        self.apply_until(r.start + 1, false);
        if !self.fully_deleted(r) {
            self.reopen();
            self.out.push(event);
        }
        self.apply_until(r.end, true);
    }

    fn is_inline(tag: &TagEnd) -> bool {
        crate::syntax::math::is_inline(tag)
    }

    fn start(&mut self, tag: Tag<'t>, r: Span) {
        let end = tag.to_end();
        if Self::is_inline(&end) && (self.fully_deleted(r) || r.end <= self.skip_until) {
            return;
        }
        self.boundary(r.start);
        match tag {
            Tag::Image { dest_url, .. } => {
                self.html(format!("<span class=\"img-alt\" title=\"image: {}\">", esc(&dest_url)));
            }
            Tag::Link { link_type, dest_url, title, id } => {
                let dest_url = if safe_url(&dest_url) { dest_url } else { CowStr::Borrowed("#") };
                self.out.push(Event::Start(Tag::Link { link_type, dest_url, title, id }));
            }
            Tag::Paragraph if self.captions.contains(&r.start) => {
                self.html("<p class=\"table-caption\">".to_string());
            }
            tag => self.out.push(Event::Start(tag)),
        }
    }

    fn end(&mut self, tag: TagEnd, r: Span) {
        if Self::is_inline(&tag) && (self.fully_deleted(r) || r.end <= self.skip_until) {
            return;
        }
        self.boundary(r.end);
        match tag {
            TagEnd::Image => self.html("</span>".to_string()),
            tag => self.out.push(Event::End(tag)),
        }
    }

    /// A suppression comment as a visible badge.
    fn badge(&self, index: usize) -> String {
        let rules = &self.suppression_rules[index];
        let what = if rules.is_empty() { "every rule".to_string() } else { rules.join(", ") };
        let raw = self.suppressions[index].slice(self.text);
        format!(
            "<span class=\"suppress\" id=\"sup-{index}\" title=\"{}\">silences {}</span>",
            esc(&squash(raw)),
            esc(&what)
        )
    }

    fn inline_html(&mut self, r: Span) {
        if r.end <= self.skip_until {
            return;
        }
        self.apply_until(r.start + 1, false);
        if self.fully_deleted(r) {
            return;
        }
        let raw = r.slice(self.text);
        if raw.starts_with("<!--") {
            let end = self.text[r.start..].find("-->").map_or(self.text.len(), |i| r.start + i + 3);
            self.skip_until = end.max(r.end);
            if let Some(&i) = self.suppression_at.get(&r.start) {
                let badge = self.badge(i);
                self.reopen();
                self.html(badge);
            }
        } else {
            self.reopen();
            self.html(format!("<code class=\"raw-html\">{}</code>", esc(raw)));
        }
        self.apply_until(r.end, true);
    }

    /// An HTML block: suppression comments become badges, other comments vanish, and any
    /// other markup is shown as inert code.
    fn html_block(&mut self, r: Span) {
        self.boundary(r.start);
        let raw = r.slice(self.text);
        let mut rest = String::new();
        let mut from = 0;
        while let Some(open) = raw[from..].find("<!--") {
            rest.push_str(&raw[from..from + open]);
            let start = from + open;
            from = raw[start + 4..].find("-->").map_or(raw.len(), |i| start + 4 + i + 3);
        }
        rest.push_str(&raw[from..]);
        let badges: Vec<String> = self
            .suppression_index
            .overlapping(r)
            .filter(|&i| r.start <= self.suppressions[i].start && self.suppressions[i].end <= r.end)
            .map(|i| self.badge(i))
            .collect();
        let mut html = String::new();
        if !badges.is_empty() {
            let _ = writeln!(html, "<p class=\"suppressions\">{}</p>", badges.join(" "));
        }
        if !rest.trim().is_empty() {
            let _ = writeln!(html, "<pre class=\"raw-html\"><code>{}</code></pre>", esc(rest.trim()));
        }
        if !html.is_empty() {
            self.out.push(Event::Html(CowStr::from(html)));
        }
        self.apply_until(r.end, true);
    }
}

/// Links the page may follow: the web, mail and in-page or relative addresses; no scripts.
fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let scheme_end = lower.find(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.'));
    match scheme_end {
        Some(i) if lower[i..].starts_with(':') && i > 0 => {
            matches!(&lower[..i], "http" | "https" | "mailto")
        }
        _ => {
            !lower.contains(':') || lower.starts_with('#') || lower.starts_with('/') || lower.starts_with('.')
        }
    }
}

/// Hover Markdown as phrasing HTML, so that the card can sit inside a paragraph: blocks
/// become spans styled as blocks, tables become spans laid out as a table.
fn markdown_phrasing(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(tag) => out.push_str(match tag {
                Tag::Paragraph | Tag::Heading { .. } | Tag::BlockQuote(_) | Tag::CodeBlock(_) => {
                    "<span class=\"cp\">"
                }
                Tag::List(_) => "<span class=\"cl\">",
                Tag::Item => "<span class=\"ci\">",
                Tag::Table(_) => "<span class=\"ct\">",
                Tag::TableHead => "<span class=\"cr ch\">",
                Tag::TableRow => "<span class=\"cr\">",
                Tag::TableCell => "<span class=\"cc\">",
                Tag::Emphasis => "<em>",
                Tag::Strong => "<strong>",
                _ => "<span>",
            }),
            Event::End(tag) => out.push_str(match tag {
                TagEnd::Emphasis => "</em>",
                TagEnd::Strong => "</strong>",
                _ => "</span>",
            }),
            Event::Text(t) => out.push_str(&esc(&t)),
            Event::Code(t) => {
                let _ = write!(out, "<code>{}</code>", esc(&t));
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("<br>"),
            Event::Rule => out.push_str("<span class=\"hr\"></span>"),
            Event::Html(t) | Event::InlineHtml(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                out.push_str(&esc(&t))
            }
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }
    out
}

/// Escapes text for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped text with `backticked` parts as code, as findings write them.
fn ticks(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() % 2 == 0 {
        return esc(text);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| if i % 2 == 1 { format!("<code>{}</code>", esc(p)) } else { esc(p) })
        .collect()
}

/// Runs of white space as one space.
fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// A source key as an element id: letters, digits, `-`, `_` and `.` kept, anything else as
/// `_` and its code point in hex.
fn anchor(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
            out.push(c);
        } else {
            let _ = write!(out, "_{:x}", c as u32);
        }
    }
    out
}

/// The page's script: counts the marks into `data-dom-*` attributes on `<body>`, keeps an open
/// card inside the window (shifted left, or above its figure when there is no room below),
/// lets Escape hide the card under the pointer or the focus, and pins
/// a card with `?card=N` (the figure's index) without scrolling to it. The content
/// security policy allows exactly this script by its hash: after any change to it, update
/// `SCRIPT_HASH` (the base64 SHA-256 of the text between the script tags).
const SCRIPT: &str = r#"
(function () {
  "use strict";
  var body = document.body;
  function count(sel) { return String(document.querySelectorAll(sel).length); }
  ["sourced", "unsourced", "contested", "assessment"].forEach(function (m) {
    body.setAttribute("data-dom-" + m, count("article mark.fig-" + m + "[tabindex]"));
  });
  body.setAttribute("data-dom-figures", count("article mark.fig[tabindex]"));
  body.setAttribute("data-dom-cards", count("article mark.fig > .card[role=tooltip]"));
  function place(mark) {
    var card = mark && mark.querySelector(".card");
    if (!card) { return; }
    var view = document.documentElement;
    card.style.left = "";
    card.classList.remove("above");
    var box = card.getBoundingClientRect();
    var over = box.right - (view.clientWidth - 12);
    if (over > 0) { card.style.left = Math.min(0, -over) + "px"; }
    if (box.bottom > view.clientHeight - 8 && mark.getBoundingClientRect().top - box.height > 8) {
      card.classList.add("above");
    }
  }
  function figureOf(node) { return node && node.closest ? node.closest("mark.fig[tabindex]") : null; }
  var hovered = null;
  document.addEventListener("mouseover", function (e) {
    var m = figureOf(e.target);
    if (m !== hovered) {
      if (hovered) { hovered.classList.remove("dismissed"); }
      hovered = m;
      place(m);
    }
  });
  document.addEventListener("focusin", function (e) { place(figureOf(e.target)); });
  document.addEventListener("focusout", function (e) {
    var m = figureOf(e.target);
    if (m) { m.classList.remove("dismissed"); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") { return; }
    document.querySelectorAll("mark.fig.pinned").forEach(function (m) { m.classList.remove("pinned"); });
    [hovered, figureOf(document.activeElement)].forEach(function (m) {
      if (m) { m.classList.add("dismissed"); }
    });
  });
  var pin = /[?&]card=(\d+)/.exec(location.search);
  var pinned = pin && document.getElementById("fig-" + pin[1]);
  if (pinned) { pinned.classList.add("pinned"); place(pinned); }
  body.setAttribute("data-ready", "1");
})();
"#;

/// `'sha256-…'` of [`SCRIPT`], for the content security policy.
const SCRIPT_HASH: &str = "sha256-8++5l0OUdjUZNT2OF17XGT3PUNFjadVpDAs1Ohp4CCA=";

const STYLE: &str = r#"
:root {
  --ink: #1f2328; --muted: #59636e; --faint: #818b98; --line: #d1d9e0; --page: #f4f6f8; --paper: #ffffff;
  --ok: #1a7f37; --ok-bg: #dcf5e3; --bad: #cf222e; --bad-bg: #ffe4e2; --con: #8250df; --con-bg: #f0e6ff;
  --own: #0969da; --own-bg: #dbeeff; --warn: #9a6700; --warn-bg: #fff3c4; --link: #0969da;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif;
  --serif: Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "DejaVu Serif", serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
* { box-sizing: border-box; }
html { background: var(--page); }
body { margin: 0; color: var(--ink); font: 15px/1.55 var(--sans); }
a { color: var(--link); }
code { font-family: var(--mono); font-size: .86em; background: #eff2f5; border-radius: 4px; padding: .05em .3em; }
.skip { position: absolute; left: -999px; top: 0; }
.skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .4rem .8rem; z-index: 50; }
.wrap { max-width: 64rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
.top { border-bottom: 1px solid var(--line); padding-bottom: 1rem; }
.eyebrow { margin: 0; font-size: .72rem; font-weight: 700; letter-spacing: .12em; text-transform: uppercase; color: var(--own); }
.title { margin: .35rem 0 .35rem; font-size: 1.75rem; line-height: 1.25; letter-spacing: -.01em; }
.meta { margin: 0; color: var(--muted); font-size: .9rem; }
.meta .path { font-family: var(--mono); font-size: .85em; }
.cards { display: grid; grid-template-columns: 1.4fr 1fr 1fr 1fr; gap: .9rem; margin: 1.3rem 0 1rem; }
.stat { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .9rem 1.1rem; }
.stat p { margin: 0; }
.stat .l { font-size: .78rem; font-weight: 600; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.stat .n { font-size: 2rem; font-weight: 700; line-height: 1.2; margin: .15rem 0 .3rem; font-variant-numeric: tabular-nums; }
.stat .s { font-size: .82rem; color: var(--muted); }
.stat-error .n { color: var(--bad); }
.stat-warning .n { color: var(--warn); }
.bar { height: 6px; background: #e6eaef; border-radius: 3px; overflow: hidden; margin-bottom: .45rem; }
.bar span { display: block; height: 100%; background: var(--ok); }
.legend { display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem 1rem; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .7rem 1.1rem; font-size: .86rem; }
.legend .key { white-space: nowrap; }
.legend .count { display: inline-block; min-width: 1.6em; text-align: center; margin-left: .25rem; padding: 0 .35rem; border-radius: 999px; background: #eef1f4; font-weight: 600; font-size: .8rem; }
.legend .hint { margin-left: auto; color: var(--faint); font-size: .76rem; }
.panels { display: grid; grid-template-columns: 1fr 1.35fr; gap: .9rem; margin: 1rem 0 1.4rem; align-items: start; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .2rem 1.1rem .8rem; min-width: 0; }
.panel-body { max-height: 25rem; overflow: auto; margin-right: -.6rem; padding-right: .6rem; }
.panel > summary { cursor: pointer; list-style: none; padding: .6rem 0 .3rem; }
.panel > summary::-webkit-details-marker { display: none; }
.panel > summary::before { content: "▾"; color: var(--faint); margin-right: .4rem; }
.panel:not([open]) > summary::before { content: "▸"; }
.panel h2 { display: inline; font-size: 1rem; margin: 0; }
.panel h2 .count, .rule h3 .count { color: var(--muted); font-weight: 600; font-size: .85em; margin-left: .3rem; }
.empty { color: var(--muted); margin: .3rem 0; }
.rule { border-top: 1px solid #eaeef2; padding: .5rem 0 .2rem; }
.rule h3 { font-size: .88rem; margin: 0 0 .25rem; font-weight: 600; }
.rule ul { margin: 0; padding: 0; list-style: none; font-size: .85rem; }
.rule li { padding: .15rem 0 .15rem 4.6rem; text-indent: -4.6rem; }
.rule .where { display: inline-block; width: 4.3rem; text-indent: 0; color: var(--muted); font-variant-numeric: tabular-nums; }
.sev { display: inline-block; font-size: .68rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; border-radius: 4px; padding: .05rem .4rem; vertical-align: .1em; }
.sev-error { background: var(--bad-bg); color: var(--bad); }
.sev-warning { background: var(--warn-bg); color: var(--warn); }
.sev-info, .sev-hint { background: var(--own-bg); color: var(--own); }
.source-table { width: 100%; border-collapse: collapse; font-size: .84rem; }
.source-table thead th { position: sticky; top: 0; background: var(--paper); z-index: 1; }
.source-table th { text-align: left; font-size: .72rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border-bottom: 1px solid var(--line); padding: .3rem .4rem; }
.source-table td { border-bottom: 1px solid #eaeef2; padding: .45rem .4rem; vertical-align: top; }
.source-table tr:last-child td { border-bottom: 0; }
.source-table tr:target td { background: #fff8d6; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.src-title { display: block; font-weight: 600; }
.src-meta, .src-via { display: block; color: var(--muted); font-size: .92em; }
.src-meta code { font-size: .88em; }
.grade { min-width: 9.5rem; }
.chips { display: inline-flex; margin-right: .35rem; vertical-align: top; }
.chip { display: inline-block; min-width: 1.35rem; text-align: center; font-weight: 700; font-size: .8rem; padding: .05rem .25rem; border: 1px solid transparent; }
.chip:first-child { border-radius: 4px 0 0 4px; }
.chip:last-child { border-radius: 0 4px 4px 0; }
.g-good { background: var(--ok-bg); color: var(--ok); }
.g-fair { background: var(--warn-bg); color: var(--warn); }
.g-poor { background: var(--bad-bg); color: var(--bad); }
.g-none { background: #eef1f4; color: var(--muted); }
.g-bad { background: var(--paper); color: var(--bad); border-color: var(--bad); }
.grade-labels { display: block; color: var(--muted); font-size: .9em; margin-top: .15rem; }
.ungraded { color: var(--faint); font-style: italic; }
.tag { display: inline-block; font-size: .72rem; font-weight: 600; border-radius: 999px; padding: 0 .45rem; margin-top: .15rem; }
.tag-bad { background: var(--bad-bg); color: var(--bad); }
.tag-warn { background: var(--warn-bg); color: var(--warn); }
.undefined .src-title { color: var(--bad); }
.report { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 2.2rem 3rem 2.6rem; font: 17px/1.7 var(--serif); }
.report > :first-child { margin-top: 0; }
.report sup { line-height: 0; }
.report h2, .report h3, .report h4 { font-family: var(--sans); line-height: 1.3; margin: 1.8rem 0 .6rem; }
.report h2 { font-size: 1.28rem; border-bottom: 1px solid #eaeef2; padding-bottom: .3rem; }
.report h3 { font-size: 1.08rem; }
.report p, .report li { max-width: 44em; }
.report table { border-collapse: collapse; margin: 1.2rem 0 .4rem; font: .86rem/1.45 var(--sans); width: 100%; }
.report th { text-align: left; background: #f6f8fa; font-weight: 600; }
.report th, .report td { border: 1px solid var(--line); padding: .35rem .55rem; }
.report .table-caption { font: italic .86rem/1.5 var(--sans); color: var(--muted); margin-top: .2rem; }
.report blockquote { margin: 1rem 0; padding: .2rem 1rem; border-left: 3px solid var(--line); color: var(--muted); }
.report pre { background: #f6f8fa; border-radius: 6px; padding: .7rem .9rem; overflow-x: auto; font-size: .85rem; }
.footnote-definition { font-size: .88rem; display: flex; gap: .5rem; color: #3b434b; }
.footnote-definition p { margin: .2rem 0; }
.footnote-definition-label { font-family: var(--sans); font-weight: 700; color: var(--muted); }
.footnote-reference a { text-decoration: none; font-family: var(--sans); font-size: .8em; }
.cite { font-family: var(--sans); font-size: .8em; color: var(--muted); white-space: normal; }
.cite a { white-space: nowrap; color: var(--link); text-decoration: none; border-bottom: 1px dotted currentColor; }
.cite a:hover, .cite a:focus { border-bottom-style: solid; }
.cite-missing { color: var(--bad); text-decoration: underline wavy var(--bad); text-underline-offset: 3px; }
.inline-note { font-family: var(--sans); font-size: .8em; color: var(--muted); background: #f6f8fa; border-radius: 4px; padding: .05rem .35rem; }
.note-label { font-weight: 700; text-transform: uppercase; font-size: .8em; letter-spacing: .05em; }
.suppress { font: 600 .72rem/1.4 var(--sans); color: var(--warn); background: var(--warn-bg); border: 1px solid #e7c95c; border-radius: 999px; padding: .05rem .5rem; white-space: nowrap; }
.suppress::before { content: "⊘ "; }
.suppressions { margin: 1rem 0 -.6rem; }
.raw-html { color: var(--muted); }
.img-alt { font-style: italic; color: var(--muted); }
mark.fig { position: relative; color: inherit; border-radius: 3px; padding: 0 .12em; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .22em; text-decoration-skip-ink: none; cursor: help; }
mark.fig-sourced { background: var(--ok-bg); text-decoration-color: var(--ok); text-decoration-style: solid; }
mark.fig-unsourced { background: var(--bad-bg); text-decoration-color: var(--bad); text-decoration-style: wavy; text-decoration-thickness: 1.5px; }
mark.fig-contested { background: var(--con-bg); text-decoration-color: var(--con); text-decoration-style: double; text-decoration-thickness: 3px; }
mark.fig-assessment { background: var(--own-bg); text-decoration-color: var(--own); text-decoration-style: dashed; }
mark.fig:focus { outline: 2px solid var(--link); outline-offset: 1px; }
mark.sample { cursor: default; font-family: var(--serif); }
.card { display: none; position: absolute; left: -.2rem; top: 100%; z-index: 30; width: 27rem; max-width: 88vw; padding-top: 8px; font: 400 13px/1.5 var(--sans); color: var(--ink); text-align: left; text-indent: 0; white-space: normal; letter-spacing: normal; text-transform: none; cursor: auto; }
.card.above { top: auto; bottom: 100%; padding-top: 0; padding-bottom: 8px; }
.card-in { display: block; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 10px 28px rgba(31, 35, 40, .18); padding: .75rem .9rem; }
mark.fig:hover > .card, mark.fig:focus > .card, mark.fig:focus-within > .card, mark.fig:target > .card, mark.fig.pinned > .card { display: block; }
mark.fig.dismissed > .card { display: none; }
.card .cp { display: block; margin: .3rem 0; }
.card .cl { display: block; margin: .2rem 0 .2rem .9rem; }
.card .ci { display: list-item; list-style: disc; }
.card .ct { display: table; border-collapse: collapse; margin: .3rem 0; }
.card .cr { display: table-row; }
.card .cc { display: table-cell; border: 1px solid var(--line); padding: .1rem .4rem; }
.card .ch .cc { font-weight: 700; background: #f6f8fa; }
.card .hr { display: block; border-top: 1px solid #eaeef2; margin: .5rem 0; }
.card code { font-size: .9em; }
.card-status { display: inline-block; font-weight: 700; font-size: .7rem; text-transform: uppercase; letter-spacing: .06em; border-radius: 4px; padding: .05rem .45rem; }
.status-sourced { background: var(--ok-bg); color: var(--ok); }
.status-unsourced { background: var(--bad-bg); color: var(--bad); }
.status-contested { background: var(--con-bg); color: var(--con); }
.status-assessment { background: var(--own-bg); color: var(--own); }
.card-findings { display: block; border-top: 1px solid #eaeef2; margin-top: .5rem; padding-top: .4rem; }
.card-finding { display: block; margin: .15rem 0; }
.foot { color: var(--faint); font-size: .8rem; text-align: center; margin-top: 1.5rem; }
@media (max-width: 52rem) {
  .cards { grid-template-columns: 1fr 1fr; }
  .panels { grid-template-columns: 1fr; }
  .report { padding: 1.4rem 1.2rem; }
}
@media print {
  html { background: none; }
  .card, .skip { display: none !important; }
  .panel-body { max-height: none; overflow: visible; }
  .panel, .stat, .legend, .report { border-color: #999; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(esc("<script>a & 'b'</script>"), "&lt;script&gt;a &amp; &#39;b&#39;&lt;/script&gt;");
        assert_eq!(ticks("figure `5 < 7` has"), "figure <code>5 &lt; 7</code> has");
        assert_eq!(ticks("odd ` tick"), "odd ` tick");
    }

    #[test]
    fn anchors_and_urls() {
        assert_eq!(anchor("mfa-2026"), "mfa-2026");
        assert_eq!(anchor("a b\"<"), "a_20b_22_3c");
        assert!(safe_url("https://example.org/x"));
        assert!(safe_url("#fig-2"));
        assert!(safe_url("notes/a.md"));
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" JavaScript:alert(1)"));
        assert!(!safe_url("data:text/html,x"));
    }

    #[test]
    fn hover_markdown_stays_phrasing() {
        let html = markdown_phrasing("**T** `id`\n\n| a | b |\n|---|---|\n| <x> | 2 |\n\n---\n\nend");
        for block in ["<p", "<div", "<table", "<hr", "<ul"] {
            assert!(!html.contains(block), "{html}");
        }
        assert!(html.contains("&lt;x&gt;"), "{html}");
    }
}
