//! Go to definition, find references, rename and document highlights.

use super::{Analysis, FileEdits};
use crate::diagnostic::Edit;
use crate::text::{FileId, Span};

/// A span in the report or one of its bibliography files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub file: FileId,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HighlightKind {
    /// Where a source or quantity is defined.
    Write,
    /// Where it is used.
    Read,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub span: Span,
    pub kind: HighlightKind,
}

/// What the cursor is on.
enum Target {
    /// A source id: cited, or defined.
    Source(String),
    /// A quantity key.
    Quantity(String),
    /// A footnote's label, at a marker `[^1]` or its definition `[^1]:`.
    Footnote(String),
}

/// The `[^label]` that opens a footnote's definition.
fn footnote_marker(def: &crate::syntax::FootnoteDef) -> Span {
    Span::new(def.span.start, def.span.start + def.label.len() + 3)
}

fn touches(span: Span, offset: usize) -> bool {
    span.start <= offset && offset <= span.end
}

/// The keys the front matter's `nocite:` lists (not `@*`), with their spans in the report.
fn nocite<'a>(a: &'a Analysis<'_>) -> impl Iterator<Item = &'a crate::syntax::frontmatter::Spanned> {
    a.checked.model.nocite().iter().filter(|k| k.value != "*")
}

fn target(a: &Analysis<'_>, file: FileId, offset: usize) -> Option<(Target, Span)> {
    let model = &a.checked.model;
    if file == FileId::REPORT {
        // (The `@` before a key stands for it, as does a span attribute's name.)
        let with_at = |s: Span| Span::new(s.start.saturating_sub(1), s.end);
        if let Some(c) = model.cited_keys().find(|c| touches(with_at(c.item.key_span), offset)) {
            return Some((Target::Source(c.item.key.to_string()), c.item.key_span));
        }
        if let Some(k) = nocite(a).find(|k| touches(k.span, offset)) {
            return Some((Target::Source(k.value.clone()), k.span));
        }
        for span in &model.document.spans {
            for attr in &span.attrs {
                let named =
                    Span::new(attr.value_span.start.saturating_sub(attr.key.len() + 1), attr.value_span.end);
                if (attr.key == "qty" || attr.key == "part-of") && touches(named, offset) {
                    return Some((Target::Quantity(attr.value.clone()), attr.value_span));
                }
            }
        }
        if let Some(f) = model.figures.iter().find(|f| f.figure.span.contains(offset))
            && let Some(q) = &f.quantity
        {
            return Some((Target::Quantity(q.value.clone()), f.figure.span));
        }
        let doc = &model.document;
        if let Some(r) = doc.footnote_refs.iter().find(|r| touches(r.span, offset)) {
            return Some((Target::Footnote(r.label.clone()), r.span));
        }
        if let Some(d) = doc.footnote_defs.iter().find(|d| touches(footnote_marker(d), offset)) {
            return Some((Target::Footnote(d.label.clone()), footnote_marker(d)));
        }
    }
    for source in model.sources.iter().filter(|s| s.file == file) {
        if let Some(id) = &source.reference.id
            && touches(id.span, offset)
        {
            return Some((Target::Source(id.value.clone()), id.span));
        }
        for via in &source.reference.via {
            if touches(via.span, offset) {
                return Some((Target::Source(via.value.clone()), via.span));
            }
        }
    }
    None
}

/// Where the thing at `offset` is defined: a cited source's reference (inline or in a
/// bibliography file), or a quantity's first mention.
pub fn definition(a: &Analysis<'_>, file: FileId, offset: usize) -> Option<Location> {
    let (target, _) = target(a, file, offset)?;
    let model = &a.checked.model;
    match target {
        Target::Source(key) => {
            let source = model.source(&key)?;
            let id = source.reference.id.as_ref()?;
            Some(Location { file: source.file, span: id.span })
        }
        Target::Quantity(key) => {
            let first = model.figures.iter().find(|f| f.quantity.as_ref().is_some_and(|q| q.value == key))?;
            Some(Location { file: FileId::REPORT, span: first.quantity.as_ref()?.span })
        }
        Target::Footnote(label) => {
            let def = model.document.footnote_defs.iter().find(|d| d.label == label)?;
            Some(Location { file: FileId::REPORT, span: footnote_marker(def) })
        }
    }
}

/// Every use of the thing at `offset`: each citation of a source (and, when asked, its
/// definition), or each mention of a quantity.
pub fn references(a: &Analysis<'_>, file: FileId, offset: usize, include_declaration: bool) -> Vec<Location> {
    let Some((target, _)) = target(a, file, offset) else { return Vec::new() };
    let model = &a.checked.model;
    let mut out = Vec::new();
    match target {
        Target::Source(key) => {
            if include_declaration && let Some(source) = model.source(&key) {
                if let Some(id) = &source.reference.id {
                    out.push(Location { file: source.file, span: id.span });
                }
            }
            out.extend(
                model
                    .cited_keys()
                    .filter(|c| *c.item.key == *key)
                    .map(|c| Location { file: FileId::REPORT, span: c.item.key_span }),
            );
            out.extend(
                nocite(a).filter(|k| k.value == key).map(|k| Location { file: FileId::REPORT, span: k.span }),
            );
            // Sources that relay this one name it in `via` (rename changes them too).
            out.extend(via_mentions(a, &key));
        }
        Target::Quantity(key) => {
            // The figures measuring the quantity, and those that are parts of it. The first
            // figure measuring it is where it is defined (see `definition`): left out when the
            // declaration is not asked for.
            let names =
                |q: &Option<crate::syntax::frontmatter::Spanned>| q.as_ref().is_some_and(|q| q.value == key);
            let declaration = model.figures.iter().position(|f| names(&f.quantity));
            out.extend(
                model
                    .figures
                    .iter()
                    .enumerate()
                    .filter(|&(i, f)| {
                        (names(&f.quantity) || names(&f.part_of))
                            && (include_declaration || Some(i) != declaration)
                    })
                    .map(|(_, f)| Location { file: FileId::REPORT, span: f.figure.span }),
            );
        }
        Target::Footnote(label) => {
            let doc = &model.document;
            if include_declaration {
                out.extend(
                    doc.footnote_defs
                        .iter()
                        .filter(|d| d.label == label)
                        .map(|d| Location { file: FileId::REPORT, span: footnote_marker(d) }),
                );
            }
            out.extend(
                doc.footnote_refs
                    .iter()
                    .filter(|r| r.label == label)
                    .map(|r| Location { file: FileId::REPORT, span: r.span }),
            );
        }
    }
    out
}

/// The `via` entries naming `key`, in every file.
fn via_mentions<'a>(a: &'a Analysis<'_>, key: &'a str) -> impl Iterator<Item = Location> + 'a {
    a.checked.model.sources.iter().flat_map(move |s| {
        s.reference
            .via
            .iter()
            .filter(move |v| v.value == key)
            .map(move |v| Location { file: s.file, span: v.span })
    })
}

/// Highlights in the report of the thing at `offset`.
pub fn highlights(a: &Analysis<'_>, offset: usize) -> Vec<Highlight> {
    let Some((target, _)) = target(a, FileId::REPORT, offset) else { return Vec::new() };
    let model = &a.checked.model;
    let mut out = Vec::new();
    match target {
        Target::Source(key) => {
            if let Some(source) = model.source(&key)
                && source.file == FileId::REPORT
                && let Some(id) = &source.reference.id
            {
                out.push(Highlight { span: id.span, kind: HighlightKind::Write });
            }
            out.extend(
                model
                    .cited_keys()
                    .filter(|c| *c.item.key == *key)
                    .map(|c| Highlight { span: c.item.key_span, kind: HighlightKind::Read }),
            );
            out.extend(
                nocite(a)
                    .filter(|k| k.value == key)
                    .map(|k| Highlight { span: k.span, kind: HighlightKind::Read }),
            );
            out.extend(
                via_mentions(a, &key)
                    .filter(|l| l.file == FileId::REPORT)
                    .map(|l| Highlight { span: l.span, kind: HighlightKind::Read }),
            );
        }
        Target::Quantity(key) => {
            for span in &model.document.spans {
                for attr in &span.attrs {
                    if attr.value == key && (attr.key == "qty" || attr.key == "part-of") {
                        let kind = if attr.key == "qty" { HighlightKind::Write } else { HighlightKind::Read };
                        out.push(Highlight { span: attr.value_span, kind });
                    }
                }
            }
        }
        Target::Footnote(label) => {
            let doc = &model.document;
            out.extend(
                doc.footnote_defs
                    .iter()
                    .filter(|d| d.label == label)
                    .map(|d| Highlight { span: footnote_marker(d), kind: HighlightKind::Write }),
            );
            out.extend(
                doc.footnote_refs
                    .iter()
                    .filter(|r| r.label == label)
                    .map(|r| Highlight { span: r.span, kind: HighlightKind::Read }),
            );
        }
    }
    out.sort_by_key(|h| h.span);
    out
}

/// The span a rename at `offset` would replace, or why it cannot be renamed.
pub fn prepare_rename(a: &Analysis<'_>, offset: usize) -> Result<Span, String> {
    let Some((target, span)) = target(a, FileId::REPORT, offset) else {
        return Err("nothing to rename here: place the cursor on a source id".to_string());
    };
    match target {
        Target::Quantity(_) => {
            Err("quantity keys are renamed by editing them; only source ids can be renamed".to_string())
        }
        Target::Footnote(_) => {
            Err("footnote labels are renamed by editing them; only source ids can be renamed".to_string())
        }
        Target::Source(key) => match a.checked.model.source(&key) {
            Some(source) if source.file != FileId::REPORT => {
                let name = a
                    .checked
                    .model
                    .bibliographies
                    .iter()
                    .find(|b| b.file == source.file)
                    .map_or("a bibliography file".to_string(), |b| format!("`{}`", b.name.value));
                Err(format!(
                    "`{key}` is defined in {name}, which other reports may share; rename it there and in every report that cites it"
                ))
            }
            _ => Ok(span),
        },
    }
}

/// Whether `name` is a citation key pandoc reads without braces.
fn valid_key(name: &str) -> bool {
    let mut chars = name.chars().peekable();
    let Some(first) = chars.next() else { return false };
    if !(first.is_alphanumeric() || first == '_') {
        return false;
    }
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            continue;
        }
        if ":.#$%&-+?<>~/".contains(c) && chars.peek().is_some_and(|n| n.is_alphanumeric() || *n == '_') {
            continue;
        }
        return false;
    }
    true
}

/// Renames the source id at `offset`: its definition in the front matter, every citation,
/// and every `via` that names it.
/// Whether `name`, written unquoted in YAML (`id: name`, `via: name`), is read as text: not
/// null, a boolean or a number of YAML's core schema.
fn plain_yaml_text(name: &str) -> bool {
    let keyword = matches!(name.to_ascii_lowercase().as_str(), "null" | "~" | "true" | "false");
    let numeric = name.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.'))
        && (name.parse::<f64>().is_ok() || name.starts_with("0x") || name.starts_with("0o"));
    !keyword && !numeric
}

pub fn rename(a: &Analysis<'_>, offset: usize, new_name: &str) -> Result<FileEdits, String> {
    prepare_rename(a, offset)?;
    let Some((Target::Source(key), _)) = target(a, FileId::REPORT, offset) else {
        return Err("nothing to rename here".to_string());
    };
    if !valid_key(new_name) {
        return Err(format!(
            "`{new_name}` is not a citation key: start with a letter, digit or `_`, then letters, digits, `_` and single inner punctuation"
        ));
    }
    if !plain_yaml_text(new_name) {
        return Err(format!(
            "`{new_name}` would be read by YAML as a {}, not as text, where the front matter writes it; choose another key",
            if new_name.parse::<f64>().is_ok() || new_name.starts_with("0x") || new_name.starts_with("0o") {
                "number"
            } else {
                "null or boolean"
            }
        ));
    }
    let model = &a.checked.model;
    if new_name != key && model.source(new_name).is_some() {
        return Err(format!("a source `{new_name}` already exists"));
    }
    let mut edits: FileEdits = Vec::new();
    let replace = |span: Span| -> Edit {
        // A quoted YAML scalar keeps its quotes.
        let written = span.slice(a.text);
        let inner = if written.len() >= 2 && (written.starts_with('"') || written.starts_with('\'')) {
            Span::new(span.start + 1, span.end - 1)
        } else {
            span
        };
        Edit { span: inner, replacement: new_name.to_string() }
    };
    for source in model.sources.iter().filter(|s| s.file == FileId::REPORT) {
        if let Some(id) = &source.reference.id
            && id.value == key
        {
            edits.push((FileId::REPORT, replace(id.span)));
        }
    }
    for via in via_mentions(a, &key).filter(|l| l.file == FileId::REPORT) {
        edits.push((FileId::REPORT, Edit { span: via.span, replacement: new_name.to_string() }));
    }
    for cited in model.cited_keys().filter(|c| *c.item.key == *key) {
        edits.push((FileId::REPORT, Edit { span: cited.item.key_span, replacement: new_name.to_string() }));
    }
    for k in nocite(a).filter(|k| k.value == key) {
        edits.push((FileId::REPORT, Edit { span: k.span, replacement: new_name.to_string() }));
    }
    edits.sort_by_key(|(f, e)| (*f, e.span));
    edits.dedup();
    Ok(edits)
}
