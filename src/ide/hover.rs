//! Hovers: where a figure comes from, what a source is, what a term means.

use std::fmt::Write;

use super::Analysis;
use crate::model::interval::{Interval, comparable, format_number};
use crate::model::via::ViaGraph;
use crate::model::{Attribution, FigureInfo, Source, SourceUse, Via, csl};
use crate::rules;
use crate::syntax::as_read;
use crate::syntax::figure::FigureKind;
use crate::syntax::likelihood::TermKind;
use crate::text::{FileId, Span};
use crate::tradecraft::{self, Scale, bands_of, credibility_label, reliability_label};

/// Markdown to show for the text at `span`.
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    pub span: Span,
    pub markdown: String,
}

/// The hover at `offset` in `file` (the report or one of its bibliography files).
pub fn hover(a: &Analysis<'_>, file: FileId, offset: usize) -> Option<Hover> {
    if file != FileId::REPORT {
        return reference_hover(a, file, offset);
    }
    let model = &a.checked.model;
    // A cited key, or one `nocite:` lists.
    let cited = model.cited_keys().map(|c| (&*c.item.key, c.item.key_span));
    let listed = model.nocite().iter().filter(|k| k.value != "*").map(|k| (k.value.as_str(), k.span));
    // (The `@` before a key answers for it, as the key does.)
    if let Some((key, span)) =
        cited.chain(listed).find(|(_, span)| span.start <= offset + 1 && offset <= span.end)
    {
        let unread = model.front_matter().is_some_and(|fm| fm.root.is_none());
        let markdown = match model.source(key) {
            Some(source) => source_card(a, source, None),
            None if unread => format!(
                "**Unchecked source** {}: the front matter could not be read, so attest cannot tell whether a reference defines this key.",
                code(key)
            ),
            None => format!("**Unknown source** {}: no reference defines this key.", code(key)),
        };
        // The range covers the `@` when one is written before the key (`@mfa`, not `nocite`'s
        // bare keys or `@{odd key}`'s braces).
        let at = span.start.checked_sub(1).filter(|&s| a.text.as_bytes().get(s) == Some(&b'@'));
        let span = at.map_or(span, |start| Span::new(start, span.end));
        return Some(Hover { span, markdown });
    }
    // A figure.
    if let Some((index, info)) = model
        .figures
        .iter()
        .enumerate()
        .find(|(_, f)| f.figure.span.contains(offset) || f.figure.span.end == offset)
    {
        return Some(Hover { span: info.figure.span, markdown: figure_hover(a, index) });
    }
    // A reference id in the front matter.
    if let Some(hover) = reference_hover(a, file, offset) {
        return Some(hover);
    }
    // A likelihood term or confidence phrase.
    for site in &model.document.terms {
        if site.term.span.contains(offset) {
            return Some(Hover {
                span: site.term.span,
                markdown: term_hover(a, site.term.form, site.term.kind),
            });
        }
    }
    // A rule name in a suppression comment.
    for suppression in &model.document.suppressions {
        for rule in &suppression.rules {
            if rule.span.contains(offset) || rule.span.end == offset {
                let markdown = match rules::find(&rule.value) {
                    Some(r) => format!(
                        "**{}** ({})\n\n{}",
                        r.meta.name,
                        r.meta.default_severity.as_str(),
                        r.meta.documentation()
                    ),
                    None => format!("No rule is named {}.", code(&rule.value)),
                };
                return Some(Hover { span: rule.span, markdown });
            }
        }
    }
    // A footnote's marker: the note's text, and the sources it lends to its sentence.
    let doc = &model.document;
    if let Some(r) = doc.footnote_refs.iter().find(|r| r.span.contains(offset)) {
        let markdown = match doc.footnote_defs.iter().find(|d| d.label == r.label) {
            Some(def) => {
                let body = def.span.slice(a.text);
                let body = body.get(def.label.len() + 4..).unwrap_or("");
                format!("**Note** {}\n\n{}", code(&format!("[^{}]", r.label)), note_text(body, 400))
            }
            None => {
                format!("**Note** {}: this report defines no such note.", code(&format!("[^{}]", r.label)))
            }
        };
        return Some(Hover { span: r.span, markdown });
    }
    // A quantity key in `qty=` or `part-of=` (the attribute's name answers too).
    for span in &model.document.spans {
        for attr in &span.attrs {
            let name = attr.value_span.start.saturating_sub(attr.key.len() + 1);
            if (attr.key == "qty" || attr.key == "part-of") && (name..=attr.value_span.end).contains(&offset)
            {
                let span = Span::new(name, attr.value_span.end);
                return Some(Hover { span, markdown: quantity_summary(a, &attr.value) });
            }
        }
    }
    None
}

/// Hover on a reference's id, inline or in a bibliography file, or on a `via` naming one: its
/// card and its citations.
fn reference_hover(a: &Analysis<'_>, file: FileId, offset: usize) -> Option<Hover> {
    let model = &a.checked.model;
    let on = |span: Span| span.contains(offset) || span.end == offset;
    if let Some(via) =
        model.sources.iter().filter(|s| s.file == file).flat_map(|s| &s.reference.via).find(|v| on(v.span))
    {
        let markdown = match model.source(&via.value) {
            Some(source) => format!("Relays {}\n\n---\n\n{}", code(&via.value), source_card(a, source, None)),
            None => format!("**Unknown source** {}: no reference defines this key.", code(&via.value)),
        };
        return Some(Hover { span: via.span, markdown });
    }
    let source = model
        .sources
        .iter()
        .find(|s| s.file == file && s.reference.id.as_ref().is_some_and(|id| on(id.span)))?;
    let id = source.reference.id.as_ref()?;
    let mut markdown = source_card(a, source, None);
    let places: Vec<Span> =
        model.cited_keys().filter(|c| *c.item.key == *id.value).map(|c| c.item.key_span).collect();
    markdown.push_str("\n\n---\n\n");
    match places.len() {
        0 => markdown.push_str("Not cited in this report."),
        n => {
            let _ = write!(markdown, "Cited {n} time{} in this report: ", if n == 1 { "" } else { "s" });
            let lines: Vec<String> =
                places.iter().take(20).map(|s| format!("line {}", a.lines.line_of(s.start) + 1)).collect();
            markdown.push_str(&lines.join(", "));
            if n > 20 {
                markdown.push_str(", …");
            }
            markdown.push('.');
        }
    }
    Some(Hover { span: id.span, markdown })
}

/// The hover Markdown of figure `index`: its reading, its quantity and its source cards.
pub fn figure_hover(a: &Analysis<'_>, index: usize) -> String {
    let model = &a.checked.model;
    let info = &model.figures[index];
    let f = &info.figure;
    let mut md = String::new();
    let _ = writeln!(md, "**Figure** {}", code(&as_read(f.span.slice(a.text))));
    md.push('\n');
    let _ = writeln!(md, "Reads as {}.", reading(info, a.config.tolerance));
    if let Some(q) = &info.quantity {
        md.push('\n');
        md.push_str(&quantity_section(a, &q.value, Some(index)));
    }
    if let Some(p) = &info.part_of {
        let _ = writeln!(md, "\nPart of {}.", code(&p.value));
    }
    md.push_str("\n---\n\n");
    if info.assessment {
        md.push_str("**Author's assessment**: an estimate of the report's own, which needs no source.\n");
    }
    if info.sources.is_empty() {
        if !info.assessment {
            md.push_str(
                "**No source** in this sentence: cite one (`[@key]`) or mark the figure `{.assessment}`.\n",
            );
        }
    } else {
        for (i, source) in info.sources.iter().enumerate() {
            if i > 0 {
                md.push_str("\n---\n\n");
            }
            match model.source(&source.key) {
                Some(s) => md.push_str(&source_card(a, s, Some(source))),
                None => {
                    let _ = writeln!(
                        md,
                        "**Unknown source** {}: no reference defines this key.",
                        code(&source.key)
                    );
                }
            }
        }
    }
    md
}

/// "20,000–23,000 fighter (count)", "about 3,000 (2,700–3,300 at ±10%)".
fn reading(info: &FigureInfo, tolerance: f64) -> String {
    let f = &info.figure;
    let unit = f.unit.as_deref().map(|u| format!(" {}", escape(u))).unwrap_or_default();
    let kind = match f.kind {
        FigureKind::Count => "count",
        FigureKind::Percent => "percentage",
        FigureKind::Money => "money",
        FigureKind::Measure => "measure",
    };
    let pct = if f.kind == FigureKind::Percent { "%" } else { "" };
    let value = match (f.low, f.high) {
        (Some(l), Some(h)) if l == h => format!("{}{pct}", format_number(l)),
        (Some(l), Some(h)) => format!("{}–{}{pct}", format_number(l), format_number(h)),
        (Some(l), None) => format!("at least {}{pct}", format_number(l)),
        (None, Some(h)) => format!("at most {}{pct}", format_number(h)),
        (None, None) => "no value".to_string(),
    };
    // A count of things reads in the plural: "20,000–23,000 fighters".
    let unit = match (f.kind, f.unit.as_deref(), f.low, f.high) {
        (FigureKind::Count, Some(u), l, h) if !(l == Some(1.0) && h == Some(1.0)) => {
            format!(" {}", escape(&plural(u)))
        }
        _ => unit,
    };
    let backwards = matches!((f.low, f.high), (Some(l), Some(h)) if l > h && !(l < 0.0 && h < 0.0));
    let mut out = format!("**{value}**{unit} ({kind}");
    if backwards {
        out.push_str(", written backwards");
    }
    if f.approx {
        if let Some(i) = Interval::of(f, tolerance) {
            let _ = write!(
                out,
                ", approximate: {}–{}{pct} at ±{}%",
                format_number(i.low),
                format_number(i.high),
                format_number(tolerance * 100.0)
            );
        }
    }
    out.push(')');
    out
}

/// The other mentions of a quantity, and the competing values when sources disagree.
fn quantity_section(a: &Analysis<'_>, key: &str, this: Option<usize>) -> String {
    let model = &a.checked.model;
    let quantities = model.quantities();
    let mentions = quantities.get(key).cloned().unwrap_or_default();
    let mut md = format!("Quantity {}", code(key));
    if model.is_complete(key) {
        md.push_str(" (complete: its parts are exhaustive)");
    }
    let others: Vec<usize> = mentions.iter().copied().filter(|&i| Some(i) != this).collect();
    if others.is_empty() {
        md.push_str(if this.is_some() { ": no other mention.\n" } else { ": no mention.\n" });
    } else {
        // (On a key, every mention is listed; on a figure, the others.)
        md.push_str(if this.is_some() { ", also given as:\n\n" } else { ", given as:\n\n" });
        for i in others.iter().take(12) {
            let f = &model.figures[*i];
            let line = a.lines.line_of(f.figure.span.start) + 1;
            let _ = writeln!(
                md,
                "- {} on line {line} ({})",
                code(&as_read(f.figure.span.slice(a.text))),
                escape(&f.attribution().label())
            );
        }
        if others.len() > 12 {
            let _ = writeln!(md, "- … and {} more", others.len() - 12);
        }
    }
    // Competing values: different sources whose readings do not overlap.
    let readings: Vec<(usize, Interval, Attribution)> = mentions
        .iter()
        .filter_map(|&i| {
            Some((
                i,
                Interval::in_base_unit(&model.figures[i].figure, a.text, a.config.tolerance)?,
                model.figures[i].attribution(),
            ))
        })
        .collect();
    let contested = readings.iter().enumerate().any(|(n, (i, x, who))| {
        readings[..n].iter().any(|(j, y, other)| {
            !who.agrees_with(other)
                && !x.overlaps(*y)
                && comparable(&model.figures[*i].figure, &model.figures[*j].figure)
        })
    });
    if contested {
        md.push_str("\n**Contested**: the sources disagree.\n\n| source | value |\n|---|---|\n");
        let mut seen: Vec<(String, String)> = Vec::new();
        for (i, _, who) in &readings {
            let row = (who.label(), as_read(model.figures[*i].figure.span.slice(a.text)).into_owned());
            if !seen.contains(&row) {
                let _ = writeln!(md, "| {} | {} |", escape(&row.0), escape(&row.1));
                seen.push(row);
            }
        }
    }
    md
}

fn quantity_summary(a: &Analysis<'_>, key: &str) -> String {
    let mut md = quantity_section(a, key, None);
    let parts =
        a.checked.model.figures.iter().filter(|f| f.part_of.as_ref().is_some_and(|p| p.value == key)).count();
    if parts > 0 {
        let _ = write!(
            md,
            "\n{parts} figure{} marked {}.",
            if parts == 1 { " is" } else { "s are" },
            code(&format!("part-of={key}"))
        );
    }
    md
}

fn term_hover(a: &Analysis<'_>, form: &str, kind: TermKind) -> String {
    if kind == TermKind::Confidence {
        return format!(
            "**{}**: a confidence level, about the judgment's basis, not the event's probability. Keep it out of sentences that hold a likelihood term.",
            escape(form)
        );
    }
    let scale = a.config.scale;
    let mut md = String::new();
    match bands_of(form, scale).next() {
        Some(band) => {
            let _ = write!(
                md,
                "**{}** on {}: {}–{}%",
                escape(band.term),
                scale.title(),
                format_number(band.low),
                format_number(band.high)
            );
            if band.row > 0 {
                let _ = write!(md, " (row {})", band.row);
            }
            md.push('.');
        }
        None if scale == Scale::None => {
            let _ = write!(md, "**{}**: this report declares no likelihood scale.", escape(form));
        }
        None => {
            let _ = write!(
                md,
                "**{}** is not a term of {}, the scale this report follows.",
                escape(form),
                scale.title()
            );
        }
    }
    let elsewhere: Vec<String> = tradecraft::scales_of(form)
        .filter(|b| b.scale != scale)
        .map(|b| format!("{} {}–{}%", b.scale.title(), format_number(b.low), format_number(b.high)))
        .collect();
    if !elsewhere.is_empty() {
        let _ = write!(md, "\n\nElsewhere: {}.", elsewhere.join("; "));
    }
    md
}

/// A card describing a source: title, author or publisher, date, URL, grades, locator, and
/// the `via` chain.
fn source_card(a: &Analysis<'_>, source: &Source, cited: Option<&SourceUse>) -> String {
    let r = &source.reference;
    let node = &r.node;
    let mut md = String::new();
    let title = csl::text(node, "title").unwrap_or_else(|| "(untitled)".to_string());
    let id = r.id.as_ref().map(|i| i.value.as_str()).unwrap_or("?");
    let _ = writeln!(md, "**{}** {}", escape(&title), code(id));
    let mut line = Vec::new();
    if let Some(who) = csl::who(node, 3) {
        line.push(escape(&who));
    }
    if let Some(issued) = csl::date(node, "issued") {
        line.push(escape(&issued));
    }
    if let Some(kind) = &r.kind {
        line.push(escape(&kind.value));
    }
    if !line.is_empty() {
        let _ = writeln!(md, "\n{}", line.join(" · "));
    }
    if let Some(url) = csl::text(node, "URL") {
        let _ = writeln!(md, "\n{}", code(&url));
    }
    let reliability = r.reliability.as_ref().map(|g| g.value.as_str());
    let credibility = r.credibility.as_ref().map(|g| g.value.as_str());
    if reliability.is_some() || credibility.is_some() {
        let code_text = format!("{}{}", reliability.unwrap_or("?"), credibility.unwrap_or("?"));
        let labels: Vec<&str> =
            [reliability.and_then(reliability_label), credibility.and_then(credibility_label)]
                .into_iter()
                .flatten()
                .collect();
        let _ = writeln!(md, "\nGrade **{}**: {}", escape(&code_text), labels.join(", "));
    } else {
        md.push_str("\nNot graded.\n");
    }
    if let Some(cited) = cited {
        if let Some(locator) = &cited.locator {
            // "pages 12-14", "page 12".
            let many = locator.value.contains(['-', '–', ',', '&']) && !locator.label.contains(' ');
            let label = if many && !locator.label.ends_with('s') {
                format!("{}s", locator.label)
            } else {
                locator.label.to_string()
            };
            let _ = writeln!(md, "\nCited at {} {}", escape(&label), escape(&locator.value));
        }
        let how = match cited.via {
            Via::Scope => None,
            Via::Row => Some("a citation elsewhere in the table row"),
            Via::Caption => Some("the table's caption"),
            Via::Footnote => Some("a footnote"),
            Via::InlineNote => Some("an inline note"),
        };
        if let Some(how) = how {
            let _ = writeln!(md, "\nSourced through {how}.");
        }
    }
    if let Some(relays) = via_chain(a, source) {
        let _ = writeln!(md, "\nRelays: {relays}");
    }
    if source.file != FileId::REPORT {
        md.push_str("\nDefined in a bibliography file.\n");
    }
    md
}

/// Where a source's information comes from, for its card: the chain when each step relays
/// one source (`a → b → c`), else the sources it relays and the origins their chains end at
/// (`a, b; origins: c, d`). `None` for a source that relays nothing.
fn via_chain(a: &Analysis<'_>, source: &Source) -> Option<String> {
    let model = &a.checked.model;
    let direct: Vec<&str> = source.reference.via.iter().map(|v| v.value.as_str()).collect();
    let mut next = match direct.as_slice() {
        [] => return None,
        [only] => Some(*only),
        _ => None,
    };
    // (Built only for a source that relays: a figure's hover shows a card for each source.)
    let graph = ViaGraph::new(model);
    let mut chain: Vec<&str> = Vec::new();
    while let Some(id) = next {
        if chain.contains(&id) || chain.len() > 16 {
            break;
        }
        chain.push(id);
        next = match graph.relays(id) {
            [] => break,
            [only] => Some(*only),
            // A branch further on: the chain so far does not tell the whole story.
            _ => {
                chain.clear();
                None
            }
        };
    }
    if !chain.is_empty() {
        return Some(chain.iter().map(|c| escape(c)).collect::<Vec<_>>().join(" → "));
    }
    let mut origins = std::collections::BTreeSet::new();
    for id in &direct {
        origins.extend(graph.origins(id));
    }
    let list = |ids: &mut dyn Iterator<Item = &str>| ids.map(escape).collect::<Vec<_>>().join(", ");
    let mut line = list(&mut direct.iter().copied());
    if origins.iter().any(|o| !direct.contains(o)) {
        line.push_str("; origins: ");
        line.push_str(&list(&mut origins.into_iter()));
    }
    Some(line)
}

/// A note's text for a hover: its paragraphs (a blank line apart in the note, later ones
/// indented) kept apart, each on one line and escaped, cut after `limit` characters.
fn note_text(body: &str, limit: usize) -> String {
    let mut paragraphs: Vec<String> = vec![String::new()];
    let mut left = limit;
    let mut cut = false;
    for line in body.lines().map(str::trim) {
        let current = paragraphs.last_mut().expect("one paragraph at least");
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(String::new());
            }
            continue;
        }
        if left == 0 {
            cut = true;
            break;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        let mut chars = line.chars();
        current.extend(chars.by_ref().take(left));
        left = left.saturating_sub(line.chars().count());
        if chars.next().is_some() {
            cut = true;
            break;
        }
    }
    let mut out: Vec<String> = paragraphs.iter().filter(|p| !p.is_empty()).map(|p| escape(p)).collect();
    if cut && let Some(last) = out.last_mut() {
        last.truncate(last.trim_end().len());
        last.push_str(" …");
    }
    out.join("\n\n")
}

/// Escapes text for Markdown so that source text renders inert: no emphasis, links, HTML
/// or code spans can form from it.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Everything that can open emphasis, code, a link, an autolink, HTML, a table cell,
            // math or a heading; escaped source text never starts a line.
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '!' | '|' | '~' | '>'
            | '<' | '&' | ':' | '$' | '^' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Text as an inline code span, with a fence longer than any backtick run inside.
fn code(text: &str) -> String {
    let text = crate::text::one_line(text);
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// The plural of a counted noun as attest writes it (a lowercase singular): "fighter" →
/// "fighters", "casualty" → "casualties", "person" → "people".
fn plural(noun: &str) -> String {
    match noun {
        "person" => return "people".to_string(),
        "child" => return "children".to_string(),
        // Its own plural, or written in it ("himars", "series").
        "aircraft" | "personnel" | "police" | "staff" | "cattle" | "livestock" | "sheep" | "equipment"
        | "ammunition" => return noun.to_string(),
        _ if noun.ends_with('s') => return noun.to_string(),
        _ => {}
    }
    if let Some(stem) = noun.strip_suffix("man") {
        return format!("{stem}men");
    }
    let vowel_before = |s: &str| s.chars().rev().nth(1).is_some_and(|c| "aeiou".contains(c));
    if noun.ends_with('y') && !vowel_before(noun) {
        return format!("{}ies", &noun[..noun.len() - 1]);
    }
    if ["s", "x", "z", "ch", "sh"].iter().any(|e| noun.ends_with(e)) {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn plurals_of_counted_nouns() {
        for (one, many) in [
            ("fighter", "fighters"),
            ("casualty", "casualties"),
            ("day", "days"),
            ("person", "people"),
            ("gunman", "gunmen"),
            ("church", "churches"),
            ("himars", "himars"),
            ("aircraft", "aircraft"),
        ] {
            assert_eq!(plural(one), many);
        }
    }
}
