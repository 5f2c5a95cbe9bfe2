//! BibLaTeX and BibTeX bibliographies (`.bib`, `.biblatex`, `.bibtex`), read with the
//! `biblatex` crate and mapped to CSL field names.
//!
//! The file is first cut into entries (`@type{…}` or `@type(…)`, matched by braces), and each
//! entry is read on its own, so one malformed entry costs only itself: it becomes an error at
//! its position and the others still come through. An entry that is never closed ends where
//! the next line starting with `@type{` begins. `@string` macros apply to the entries after
//! them; `@comment` and `@preamble` are skipped, as is text outside entries.
//!
//! # The mapping to CSL
//!
//! | BibLaTeX | CSL |
//! |---|---|
//! | entry type | `type` (see [`csl_type`]) |
//! | key | `id` |
//! | `title` | `title` |
//! | `author`, `editor` | a list of `{family, given}`, `{literal}` for a braced name such as `{NATO}` |
//! | `date`, or `year` with `month` | `issued`, an EDTF string (`2026-03`) |
//! | `journaltitle`, `journal`, `booktitle` | `container-title` |
//! | `publisher`, `institution`, `organization`, `school` | `publisher` |
//! | `url`, `urldate`, `doi` | `URL`, `accessed`, `DOI` |
//! | `reliability`, `credibility`, `via` | the same (attest's grading fields) |
//! | `note`, `number`, `volume`, `pages`, `edition`, `series`, `address`/`location`, `type`, … | `note`, `number`, `volume`, `page`, `edition`, `collection-title`, `publisher-place`, `genre`, … |
//!
//! When several fields map to one CSL field, the first in the entry wins. TeX markup is
//! turned into text (`{\"o}` → `ö`, `--` → `–`, braces dropped).
//!
//! # Spans
//!
//! The entry spans from its `@` to its closing delimiter; `id` is the key; `type` is the entry
//! type after `@`. A field's key span is the field name; its value span is the text inside the
//! braces or quotes for a single delimited value, and the whole value otherwise (a number, a
//! `@string` macro, a `#` concatenation). `issued` made from `year` and `month` takes the
//! spans of `year`.

use crate::syntax::edtf::MONTH_NAMES;
use std::borrow::Cow;
use std::collections::HashMap;

use biblatex::{
    Bibliography, ChunksExt, Pair, ParseError, ParseErrorKind, RawBibliography, RawChunk, RawEntry, Spanned,
    Token,
};

use crate::syntax::SyntaxError;
use crate::syntax::frontmatter::{self, Reference};
use crate::syntax::yaml::{Node, Value};
use crate::text::Span;

/// Reads a BibLaTeX or BibTeX file. Never fails: problems become errors with spans into
/// `text`, and the well-formed entries still come through.
pub fn parse(text: &str) -> (Vec<Reference>, Vec<SyntaxError>) {
    let mut errors = Vec::new();
    let mut references = Vec::new();
    let mut strings = Macros::new();
    for piece in split(text, &mut errors) {
        if matches!(piece.kind.as_str(), "comment" | "preamble") {
            continue;
        }
        if let Some(cut) = piece.unclosed {
            let close = if piece.paren { ')' } else { '}' };
            let where_ = if cut < text.len() { " before the next entry" } else { "" };
            errors.push(SyntaxError {
                span: Span::new(piece.span.start, piece.open + 1),
                message: format!(
                    "invalid BibTeX: this entry is never closed; add the missing `{close}`{where_}"
                ),
            });
            continue;
        }
        let source = piece.source(text);
        let base = piece.span.start;
        match RawBibliography::parse(&source) {
            Err(e) => errors.push(bib_error(text, base, &e)),
            Ok(raw) => {
                for pair in &raw.abbreviations {
                    strings.define(pair, base, &mut errors);
                }
                for entry in raw.entries {
                    if let Some(reference) = convert(text, &piece, entry.v, &strings, &mut errors) {
                        references.push(reference);
                    }
                }
            }
        }
    }
    errors.sort_by_key(|e| e.span.start);
    (references, errors)
}

/// One `@type{…}` of the file.
#[derive(Debug)]
struct Piece {
    /// From `@` to the closing delimiter inclusive (to the cut for an unclosed entry).
    span: Span,
    /// The entry type, lowercase.
    kind: String,
    /// Where the opening delimiter is.
    open: usize,
    /// Delimited by `(` and `)` rather than braces.
    paren: bool,
    /// For an entry that is never closed: where it was cut.
    unclosed: Option<usize>,
}

impl Piece {
    /// The entry's text, with `(`…`)` delimiters turned into braces (same length, so offsets
    /// stay valid), as the `biblatex` crate reads only braces.
    fn source<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let slice = self.span.slice(text);
        if !self.paren {
            return Cow::Borrowed(slice);
        }
        let open = self.open - self.span.start;
        let mut owned = String::with_capacity(slice.len());
        owned.push_str(&slice[..open]);
        owned.push('{');
        owned.push_str(&slice[open + 1..slice.len() - 1]);
        owned.push('}');
        Cow::Owned(owned)
    }
}

fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_id_continue(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b':' | b'.')
}

/// At `at`: `@type` then optional whitespace then `{` or `(`; returns the type's end and the
/// delimiter's position.
fn entry_head(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    if bytes.get(at) != Some(&b'@') || !bytes.get(at + 1).is_some_and(|&c| is_id_start(c)) {
        return None;
    }
    let mut end = at + 2;
    while bytes.get(end).is_some_and(|&c| is_id_continue(c)) {
        end += 1;
    }
    let mut open = end;
    while bytes.get(open).is_some_and(|c| c.is_ascii_whitespace()) {
        open += 1;
    }
    matches!(bytes.get(open), Some(b'{' | b'(')).then_some((end, open))
}

/// Cuts the file into entries. Text outside entries is a comment, as in BibTeX; a `%` line
/// outside entries is skipped whole.
fn split(text: &str, errors: &mut Vec<SyntaxError>) -> Vec<Piece> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => i = line_end(bytes, i),
            // `@` inside a word is an e-mail address in a comment, not an entry.
            b'@' if i == 0 || !bytes[i - 1].is_ascii_alphanumeric() => {
                let Some((type_end, open)) = entry_head(bytes, i) else {
                    if bytes.get(i + 1).is_some_and(|&c| is_id_start(c)) {
                        let mut end = i + 1;
                        while bytes.get(end).is_some_and(|&c| is_id_continue(c)) {
                            end += 1;
                        }
                        errors.push(SyntaxError {
                            span: Span::new(i, end),
                            message: format!(
                                "invalid BibTeX: expected `{{` after `{}`",
                                Span::new(i, end).slice(text)
                            ),
                        });
                        i = end;
                    } else {
                        i += 1;
                    }
                    continue;
                };
                let kind = text[i + 1..type_end].to_ascii_lowercase();
                let paren = bytes[open] == b'(';
                let (end, unclosed) = entry_end(bytes, open, paren);
                pieces.push(Piece { span: Span::new(i, end), kind, open, paren, unclosed });
                i = end;
            }
            _ => i += 1,
        }
    }
    pieces
}

/// Where an entry opened at `open` ends: just after its closing delimiter, or, when it is
/// never closed, at the next line that starts an entry (or the end of the text).
fn entry_end(bytes: &[u8], open: usize, paren: bool) -> (usize, Option<usize>) {
    let mut depth = 1usize;
    let mut in_quote = false;
    let mut k = open + 1;
    while k < bytes.len() {
        match bytes[k] {
            b'\\' => k += 1,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return (k + 1, None);
                }
            }
            b')' if paren && depth == 1 && !in_quote => return (k + 1, None),
            b'"' if depth == 1 => in_quote = !in_quote,
            b'%' if depth == 1 && !in_quote => {
                k = line_end(bytes, k);
                continue;
            }
            b'\n' => {
                let mut next = k + 1;
                while matches!(bytes.get(next), Some(b' ' | b'\t')) {
                    next += 1;
                }
                if entry_head(bytes, next).is_some() {
                    return (k, Some(k));
                }
            }
            _ => {}
        }
        k += 1;
    }
    (bytes.len(), Some(bytes.len()))
}

fn line_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| from + p + 1)
}

/// An error of the `biblatex` crate, said plainly, at its place in the file.
fn bib_error(text: &str, base: usize, e: &ParseError) -> SyntaxError {
    let mut span = Span::new(base + e.span.start, base + e.span.end.max(e.span.start));
    if span.is_empty() {
        if let Some(c) = text.get(span.start..).and_then(|r| r.chars().next()).filter(|c| *c != '\n') {
            span.end += c.len_utf8();
        }
    }
    let plain = match &e.kind {
        ParseErrorKind::UnexpectedEof => {
            "a value is missing here (write it in braces `{…}` or quotes `\"…\"`), or a `\"` is not closed"
                .to_string()
        }
        ParseErrorKind::Expected(Token::Comma) => {
            "expected `,` here; fields are separated by commas".to_string()
        }
        ParseErrorKind::Expected(Token::Equals) => "expected `=` after the field name".to_string(),
        ParseErrorKind::Expected(Token::Identifier) => "expected a field name".to_string(),
        ParseErrorKind::Expected(Token::OpeningBrace) => "expected `{`".to_string(),
        ParseErrorKind::Expected(Token::ClosingBrace) => "expected `}`".to_string(),
        ParseErrorKind::Expected(Token::QuotationMark) => "expected `\"`".to_string(),
        ParseErrorKind::Unexpected(Token::ClosingBrace) => {
            "unexpected `}`: the braces in this value do not match".to_string()
        }
        ParseErrorKind::Unexpected(Token::DecimalPoint) => {
            "a number can have only one decimal point".to_string()
        }
        ParseErrorKind::UnknownAbbreviation(name) => undefined_macro(name),
        ParseErrorKind::MalformedCommand => "malformed TeX command".to_string(),
        other => other.to_string(),
    };
    SyntaxError { span, message: format!("invalid BibTeX: {plain}") }
}

fn undefined_macro(name: &str) -> String {
    format!("`{name}` is not defined by a `@string`; put the value in braces if it is meant literally")
}

/// `@string` macros defined so far, by lowercase name, as raw TeX pieces.
struct Macros {
    defined: HashMap<String, Vec<String>>,
}

impl Macros {
    fn new() -> Macros {
        Macros { defined: HashMap::new() }
    }

    fn define(&mut self, pair: &Pair<'_>, base: usize, errors: &mut Vec<SyntaxError>) {
        let mut pieces = Vec::new();
        for chunk in &pair.value.v {
            match chunk.v {
                RawChunk::Normal(s) => pieces.push(s.to_string()),
                RawChunk::Abbreviation(name) => match self.defined.get(&name.to_ascii_lowercase()) {
                    Some(value) => pieces.extend(value.iter().cloned()),
                    None => match month_of(name) {
                        Some(m) => pieces.push(MONTH_NAMES[m as usize - 1].to_string()),
                        None => {
                            errors.push(SyntaxError {
                                span: Span::new(base + chunk.span.start, base + chunk.span.end),
                                message: format!("invalid BibTeX: {}", undefined_macro(name)),
                            });
                            return;
                        }
                    },
                },
            }
        }
        self.defined.insert(pair.key.v.to_ascii_lowercase(), pieces);
    }

    /// The field with its macros expanded; month abbreviations stay for the crate to read.
    fn expand<'a>(
        &'a self,
        field: &[Spanned<RawChunk<'a>>],
        base: usize,
    ) -> Result<Vec<Spanned<RawChunk<'a>>>, SyntaxError> {
        let mut out = Vec::new();
        for chunk in field {
            match chunk.v {
                RawChunk::Normal(_) => out.push(chunk.clone()),
                RawChunk::Abbreviation(name) => match self.defined.get(&name.to_ascii_lowercase()) {
                    Some(value) => out.extend(
                        value.iter().map(|s| Spanned::new(RawChunk::Normal(s.as_str()), chunk.span.clone())),
                    ),
                    None if month_of(name).is_some() => out.push(chunk.clone()),
                    None => {
                        return Err(SyntaxError {
                            span: Span::new(base + chunk.span.start, base + chunk.span.end),
                            message: format!("invalid BibTeX: {}", undefined_macro(name)),
                        });
                    }
                },
            }
        }
        Ok(out)
    }
}

/// One field of an entry, as read.
struct Field<'a> {
    /// Lowercase name.
    name: String,
    key_span: Span,
    value_span: Span,
    chunks: Vec<Spanned<RawChunk<'a>>>,
    /// The raw TeX of a single delimited value and where it starts in the file.
    raw: Option<(&'a str, usize)>,
}

fn convert(
    text: &str,
    piece: &Piece,
    entry: RawEntry<'_>,
    strings: &Macros,
    errors: &mut Vec<SyntaxError>,
) -> Option<Reference> {
    let base = piece.span.start;
    let at = |r: &std::ops::Range<usize>| Span::new(base + r.start, base + r.end);
    let kind_span = at(&entry.kind.span);
    let key = entry.key.v.trim();
    if key.is_empty() {
        errors.push(SyntaxError {
            span: kind_span,
            message: "invalid BibTeX: this entry has no citation key; write one after the `{`".to_string(),
        });
        return None;
    }
    let key_span = at(&entry.key.span);

    // Read the fields: expand macros, note spans, drop repeats.
    let mut fields: Vec<Field<'_>> = Vec::new();
    for pair in &entry.fields {
        let name = pair.key.v.to_ascii_lowercase();
        let field_key_span = at(&pair.key.span);
        if fields.iter().any(|f| f.name == name) {
            errors.push(SyntaxError {
                span: field_key_span,
                message: format!("field `{name}` appears twice in entry `{key}`; only the first is read"),
            });
            continue;
        }
        let chunks = match strings.expand(&pair.value.v, base) {
            Ok(chunks) => chunks,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        // The crate's value span runs over the whitespace after the value.
        let whole = trim_span(text, at(&pair.value.span));
        let (value_span, raw) = match pair.value.v.as_slice() {
            [only] if only.span != pair.value.span => match only.v {
                RawChunk::Normal(s) => (at(&only.span), Some((s, base + only.span.start))),
                RawChunk::Abbreviation(_) => (whole, None),
            },
            _ => (whole, None),
        };
        fields.push(Field { name, key_span: field_key_span, value_span, chunks, raw });
    }

    let get = |name: &str| fields.iter().find(|f| f.name == name);
    let has_url = get("url").is_some();
    let subtype = get("entrysubtype").and_then(|f| tex_text(&f.name, &f.chunks).ok());
    let csl = csl_type(&entry.kind.v.to_ascii_lowercase(), has_url, subtype.as_deref());

    let scalar = |span: Span, s: &str| Node { span, value: Value::Str(s.to_string()) };
    let mut map: Vec<(Node, Node)> = vec![
        (scalar(key_span, "id"), scalar(key_span, key)),
        (scalar(kind_span, "type"), scalar(kind_span, csl)),
    ];
    let mut issued_done = false;
    for field in &fields {
        let target = match field.name.as_str() {
            "date" | "year" => {
                if issued_done {
                    continue;
                }
                issued_done = true;
                if let Some(entry) = issued(&fields, errors) {
                    map.push(entry);
                }
                continue;
            }
            name => match csl_field(name) {
                Some(target) => target,
                None => continue,
            },
        };
        if map.iter().any(|(k, _)| matches!(&k.value, Value::Str(s) if s == target)) {
            continue;
        }
        let value = if matches!(target, "author" | "editor") {
            names(field, errors)
        } else {
            match tex_text(&field.name, &field.chunks) {
                Ok(s) => scalar(field.value_span, &s),
                Err(message) => {
                    errors.push(SyntaxError { span: field.value_span, message });
                    continue;
                }
            }
        };
        map.push((scalar(field.key_span, target), value));
    }

    let node = Node { span: piece.span, value: Value::Map(map) };
    Some(frontmatter::reference(text, &node))
}

/// The CSL field a BibLaTeX field maps to (dates and names are handled apart).
fn csl_field(name: &str) -> Option<&'static str> {
    Some(match name {
        "title" => "title",
        "author" => "author",
        "editor" => "editor",
        "journaltitle" | "journal" | "booktitle" => "container-title",
        "publisher" | "institution" | "organization" | "school" => "publisher",
        "url" => "URL",
        "urldate" => "accessed",
        "doi" => "DOI",
        "reliability" => "reliability",
        "credibility" => "credibility",
        "via" => "via",
        "note" => "note",
        "number" => "number",
        "volume" => "volume",
        "pages" => "page",
        "edition" => "edition",
        "series" => "collection-title",
        "address" | "location" => "publisher-place",
        "type" => "genre",
        "isbn" => "ISBN",
        "issn" => "ISSN",
        "language" => "language",
        "abstract" => "abstract",
        _ => return None,
    })
}

/// The CSL type of a BibLaTeX entry type (lowercase).
pub fn csl_type(kind: &str, has_url: bool, subtype: Option<&str>) -> &'static str {
    match kind {
        "article" => match subtype.map(str::trim) {
            Some("magazine") => "article-magazine",
            Some("newspaper") => "article-newspaper",
            _ => "article-journal",
        },
        "book" | "mvbook" | "proceedings" | "mvproceedings" | "collection" | "mvcollection" => "book",
        "booklet" => "pamphlet",
        "inbook" | "incollection" | "bookinbook" | "suppbook" | "suppcollection" => "chapter",
        "inproceedings" | "conference" => "paper-conference",
        "report" | "techreport" | "manual" => "report",
        "thesis" | "phdthesis" | "mastersthesis" => "thesis",
        "online" | "electronic" | "www" => "webpage",
        "misc" if has_url => "webpage",
        "unpublished" => "manuscript",
        "dataset" => "dataset",
        "patent" => "patent",
        "periodical" => "periodical",
        "software" => "software",
        _ => "document",
    }
}

/// `issued` from `date`, else from `year` and `month`.
fn issued(fields: &[Field<'_>], errors: &mut Vec<SyntaxError>) -> Option<(Node, Node)> {
    let get = |name: &str| fields.iter().find(|f| f.name == name);
    let mut text_of = |f: &Field<'_>| match tex_text(&f.name, &f.chunks) {
        Ok(s) => Some(s),
        Err(message) => {
            errors.push(SyntaxError { span: f.value_span, message });
            None
        }
    };
    let key = |f: &Field<'_>| Node { span: f.key_span, value: Value::Str("issued".to_string()) };
    if let Some(date) = get("date") {
        let value = text_of(date)?;
        return Some((key(date), Node { span: date.value_span, value: Value::Str(value) }));
    }
    let year = get("year")?;
    let mut value = text_of(year)?;
    if let Some(month) = get("month").and_then(&mut text_of).and_then(|m| month_of(&m)) {
        value = format!("{value}-{month:02}");
    }
    Some((key(year), Node { span: year.value_span, value: Value::Str(value) }))
}

/// A month number from `3`, `03`, `mar`, `March` or `mar.`.
fn month_of(s: &str) -> Option<u32> {
    let s = s.trim().trim_end_matches('.');
    if let Ok(n) = s.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    let lower = s.to_lowercase();
    if lower.chars().count() < 3 {
        return None;
    }
    MONTH_NAMES.iter().position(|m| m.to_lowercase().starts_with(&lower)).map(|i| i as u32 + 1)
}

/// A field's TeX as plain text, through the `biblatex` crate's reader (accents, escapes,
/// dashes, braces).
///
/// Values nested more than [`MAX_TEX_DEPTH`] braces deep (which the crate reads in more than
/// quadratic time) only lose their braces.
fn tex_text(name: &str, chunks: &[Spanned<RawChunk<'_>>]) -> Result<String, String> {
    let too_deep = chunks.iter().any(|c| match c.v {
        RawChunk::Normal(s) => brace_depth(s) > MAX_TEX_DEPTH,
        RawChunk::Abbreviation(_) => false,
    });
    if too_deep {
        let plain: String = chunks
            .iter()
            .map(|c| match c.v {
                RawChunk::Normal(s) | RawChunk::Abbreviation(s) => s.replace(['{', '}'], ""),
            })
            .collect();
        return Ok(crate::text::one_line(&plain).into_owned());
    }
    let raw = RawBibliography {
        preamble: String::new(),
        entries: vec![Spanned::zero(RawEntry {
            key: Spanned::zero("x"),
            kind: Spanned::zero("misc"),
            fields: vec![Pair::new(Spanned::zero(name), Spanned::zero(chunks.to_vec()))],
        })],
        abbreviations: Vec::new(),
    };
    let bibliography = Bibliography::from_raw(raw).map_err(|e| match &e.kind {
        ParseErrorKind::UnknownAbbreviation(name) => format!("invalid BibTeX: {}", undefined_macro(name)),
        ParseErrorKind::MalformedCommand => "invalid BibTeX: malformed TeX command in this value".to_string(),
        ParseErrorKind::Unexpected(Token::ClosingBrace) => {
            "invalid BibTeX: the braces in this value do not match".to_string()
        }
        other => format!("invalid BibTeX: {other}"),
    })?;
    let text =
        bibliography.get("x").and_then(|e| e.get(name)).map(|c| c.format_verbatim()).unwrap_or_default();
    Ok(crate::text::one_line(&text).into_owned())
}

/// How deeply braces may nest in a value that is read as TeX.
const MAX_TEX_DEPTH: usize = 32;

/// The deepest brace nesting in `s`.
fn brace_depth(s: &str) -> usize {
    let mut depth = 0usize;
    let mut max = 0;
    for b in s.bytes() {
        match b {
            b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// A name list (`author`, `editor`) as CSL names: `{family, given}` (and `suffix`), or
/// `{literal}` for a name wholly in braces.
fn names(field: &Field<'_>, errors: &mut Vec<SyntaxError>) -> Node {
    // The raw TeX, and where it starts in the file when that is known.
    let (raw, base): (Cow<'_, str>, Option<usize>) = match field.raw {
        Some((s, at)) => (Cow::Borrowed(s), Some(at)),
        None => {
            let joined = field
                .chunks
                .iter()
                .map(|c| match c.v {
                    RawChunk::Normal(s) => s.to_string(),
                    RawChunk::Abbreviation(s) => s.to_string(),
                })
                .collect::<String>();
            (Cow::Owned(joined), None)
        }
    };
    let span_of = |r: std::ops::Range<usize>| match base {
        Some(at) => Span::new(at + r.start, at + r.end),
        None => field.value_span,
    };
    let mut list = Vec::new();
    for range in split_top(&raw, Separator::And) {
        let piece = &raw[range.clone()];
        if piece.eq_ignore_ascii_case("others") {
            continue;
        }
        let span = span_of(range.clone());
        let mut text = |r: std::ops::Range<usize>| -> Node {
            let part = &raw[r.clone()];
            let s = tex_text("author", &[Spanned::zero(RawChunk::Normal(part))]).unwrap_or_else(|_| {
                errors.push(SyntaxError {
                    span: span_of(r.clone()),
                    message: "invalid BibTeX: malformed TeX in this name".to_string(),
                });
                part.replace(['{', '}'], "")
            });
            Node { span: span_of(r), value: Value::Str(s) }
        };
        let mut parts: Vec<(&str, Node)> = Vec::new();
        if is_braced(piece) {
            parts.push(("literal", text(range.clone())));
        } else {
            let commas: Vec<std::ops::Range<usize>> = split_top(piece, Separator::Comma)
                .into_iter()
                .map(|r| range.start + r.start..range.start + r.end)
                .collect();
            if commas.iter().any(|r| raw[r.clone()].contains('=')) {
                // biblatex's extended name format: `family=Smith, given=John`.
                for r in commas {
                    let Some(eq) = raw[r.clone()].find('=') else { continue };
                    let key = raw[r.start..r.start + eq].trim().to_ascii_lowercase();
                    let value = trim_range(&raw, r.start + eq + 1..r.end);
                    let target = match key.as_str() {
                        "family" => "family",
                        "given" => "given",
                        "suffix" => "suffix",
                        "prefix" => "non-dropping-particle",
                        _ => continue,
                    };
                    parts.push((target, text(value)));
                }
            } else {
                match commas.as_slice() {
                    [] => {}
                    [whole] => {
                        let words = split_top(&raw[whole.clone()], Separator::Space);
                        let words: Vec<_> =
                            words.into_iter().map(|r| whole.start + r.start..whole.start + r.end).collect();
                        // The family name is the last word and any lowercase words ("von",
                        // "de la") just before it; the given names come first.
                        let mut first_family = words.len().saturating_sub(1);
                        while first_family > 1
                            && raw[words[first_family - 1].clone()]
                                .chars()
                                .next()
                                .is_some_and(char::is_lowercase)
                        {
                            first_family -= 1;
                        }
                        if let (Some(first), Some(last)) = (words.get(first_family), words.last()) {
                            parts.push(("family", text(first.start..last.end)));
                        }
                        if first_family > 0 {
                            parts.push(("given", text(words[0].start..words[first_family - 1].end)));
                        }
                    }
                    [family, given] => {
                        parts.push(("family", text(family.clone())));
                        if !given.is_empty() {
                            parts.push(("given", text(given.clone())));
                        }
                    }
                    [family, suffix, given, ..] => {
                        parts.push(("family", text(family.clone())));
                        if !given.is_empty() {
                            parts.push(("given", text(given.clone())));
                        }
                        if !suffix.is_empty() {
                            parts.push(("suffix", text(suffix.clone())));
                        }
                    }
                }
            }
        }
        let entries = parts
            .into_iter()
            .map(|(key, value)| (Node { span: value.span, value: Value::Str(key.to_string()) }, value))
            .collect();
        list.push(Node { span, value: Value::Map(entries) });
    }
    Node { span: field.value_span, value: Value::List(list) }
}

#[derive(Clone, Copy, PartialEq)]
enum Separator {
    /// ` and ` between names.
    And,
    /// `,` between the parts of a name.
    Comma,
    /// Whitespace between words.
    Space,
}

/// The trimmed, non-empty pieces of `s` between separators outside braces.
fn split_top(s: &str, separator: Separator) -> Vec<std::ops::Range<usize>> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    let push = |from: usize, to: usize, out: &mut Vec<std::ops::Range<usize>>| {
        let r = trim_range(s, from..to);
        if !r.is_empty() || separator == Separator::Comma {
            out.push(r);
        }
    };
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            c if depth == 0 => match separator {
                Separator::Comma if c == b',' => {
                    push(start, i, &mut out);
                    start = i + 1;
                }
                Separator::Space if c.is_ascii_whitespace() => {
                    push(start, i, &mut out);
                    start = i + 1;
                }
                Separator::And
                    if c.is_ascii_whitespace()
                        && bytes.get(i + 1..i + 4).is_some_and(|w| w.eq_ignore_ascii_case(b"and"))
                        && bytes.get(i + 4).is_some_and(u8::is_ascii_whitespace) =>
                {
                    push(start, i, &mut out);
                    start = i + 4;
                    i += 4;
                    continue;
                }
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    push(start, bytes.len(), &mut out);
    if separator == Separator::Comma && out.iter().all(|r| r.is_empty()) {
        out.clear();
    }
    out
}

fn trim_span(text: &str, span: Span) -> Span {
    let r = trim_range(text, span.start..span.end);
    Span::new(r.start, r.end)
}

fn trim_range(s: &str, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let part = &s[r.clone()];
    let start = r.start + (part.len() - part.trim_start().len());
    let end = r.end - (part.len() - part.trim_end().len());
    start..end.max(start)
}

/// `{…}` with the first brace closing at the very end: a name to take literally.
fn is_braced(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() != Some(&b'{') {
        return false;
    }
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == bytes.len();
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Reference {
        let (refs, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(refs.len(), 1, "{refs:?}");
        refs.into_iter().next().unwrap()
    }

    fn field(r: &Reference, name: &str) -> Option<String> {
        r.field(name).and_then(|(_, v)| v.as_text())
    }

    #[test]
    fn fields_map_to_csl() {
        let text = "% a comment with an @ sign\n@TechReport{mfa-2026,\n  title = {Situation report on {Afghanistan} --- \\\"Uberblick},\n  \
                    institution = \"Ministry of Foreign Affairs\",\n  year = 2026, month = mar,\n  url = {https://example.org/a_b%20c},\n  \
                    urldate = {2026-03-04},\n  doi = {10.1000/xyz},\n  reliability = {B}, credibility = {2},\n  via = {tass-1, ria},\n  \
                    keywords = {ignored},\n}\n";
        let r = one(text);
        assert_eq!(r.id.as_ref().unwrap().value, "mfa-2026");
        assert_eq!(r.id.as_ref().unwrap().span.slice(text), "mfa-2026");
        assert_eq!(r.kind.as_ref().unwrap().value, "report");
        assert_eq!(r.kind.as_ref().unwrap().span.slice(text), "TechReport");
        assert_eq!(field(&r, "title").as_deref(), Some("Situation report on Afghanistan — Überblick"));
        let (key, value) = r.field("title").unwrap();
        assert_eq!(key.span.slice(text), "title");
        assert!(value.span.slice(text).starts_with("Situation report on {Afghanistan}"));
        assert_eq!(field(&r, "publisher").as_deref(), Some("Ministry of Foreign Affairs"));
        assert_eq!(r.field("publisher").unwrap().1.span.slice(text), "Ministry of Foreign Affairs");
        assert_eq!(field(&r, "issued").as_deref(), Some("2026-03"));
        assert_eq!(r.field("issued").unwrap().0.span.slice(text), "year");
        assert_eq!(r.field("issued").unwrap().1.span.slice(text), "2026");
        assert_eq!(field(&r, "URL").as_deref(), Some("https://example.org/a_b%20c"));
        assert_eq!(field(&r, "accessed").as_deref(), Some("2026-03-04"));
        assert_eq!(field(&r, "DOI").as_deref(), Some("10.1000/xyz"));
        assert_eq!(r.reliability.as_ref().unwrap().value, "B");
        assert_eq!(r.credibility.as_ref().unwrap().span.slice(text), "2");
        assert_eq!(
            r.via.iter().map(|v| (v.value.as_str(), v.span.slice(text))).collect::<Vec<_>>(),
            [("tass-1", "tass-1"), ("ria", "ria")]
        );
        assert!(r.field("keywords").is_none());
        assert!(r.span.slice(text).starts_with("@TechReport{") && r.span.slice(text).ends_with('}'));
    }

    #[test]
    fn names() {
        let text = "@book{b, author = {Smith, John and {NATO Allied Command} and Ludwig van Beethoven and \
                    de la Fontaine, Jean and Doe, Jr., Jane and others}, editor = \"Q. Public\"}";
        let r = one(text);
        let (_, authors) = r.field("author").unwrap();
        let Value::List(list) = &authors.value else { panic!("{authors:?}") };
        let shown: Vec<Vec<(String, String)>> = list
            .iter()
            .map(|n| {
                let Value::Map(entries) = &n.value else { panic!() };
                entries.iter().map(|(k, v)| (k.as_text().unwrap(), v.as_text().unwrap())).collect()
            })
            .collect();
        let pairs =
            |v: &[(&str, &str)]| v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>();
        assert_eq!(
            shown,
            vec![
                pairs(&[("family", "Smith"), ("given", "John")]),
                pairs(&[("literal", "NATO Allied Command")]),
                pairs(&[("family", "van Beethoven"), ("given", "Ludwig")]),
                pairs(&[("family", "de la Fontaine"), ("given", "Jean")]),
                pairs(&[("family", "Doe"), ("given", "Jane"), ("suffix", "Jr.")]),
            ]
        );
        assert_eq!(list[1].span.slice(text), "{NATO Allied Command}");
        assert_eq!(list[0].get("family").unwrap().span.slice(text), "Smith");
        let (_, editors) = r.field("editor").unwrap();
        assert_eq!(editors.span.slice(text), "Q. Public");
        assert_eq!(
            editors.value,
            Value::List(vec![Node {
                span: editors.span,
                value: Value::Map(vec![
                    (
                        Node {
                            span: Span::new(text.find("Public").unwrap(), text.len() - 2),
                            value: Value::Str("family".into())
                        },
                        Node {
                            span: Span::new(text.find("Public").unwrap(), text.len() - 2),
                            value: Value::Str("Public".into())
                        }
                    ),
                    (
                        Node {
                            span: Span::new(text.find("Q.").unwrap(), text.find("Q.").unwrap() + 2),
                            value: Value::Str("given".into())
                        },
                        Node {
                            span: Span::new(text.find("Q.").unwrap(), text.find("Q.").unwrap() + 2),
                            value: Value::Str("Q.".into())
                        }
                    ),
                ]),
            }])
        );
    }

    #[test]
    fn entry_types() {
        let kind = |src: &str| one(src).kind.unwrap().value;
        assert_eq!(kind("@article{a, title={x}}"), "article-journal");
        assert_eq!(kind("@article{a, entrysubtype={newspaper}}"), "article-newspaper");
        assert_eq!(kind("@online{a,}"), "webpage");
        assert_eq!(kind("@misc{a, url={http://x}}"), "webpage");
        assert_eq!(kind("@misc{a,}"), "document");
        assert_eq!(kind("@inproceedings{a,}"), "paper-conference");
        assert_eq!(kind("@phdthesis{a,}"), "thesis");
        assert_eq!(kind("@book(a, title = {Paren})"), "book");
        assert_eq!(kind("@whatever{a,}"), "document");
    }

    #[test]
    fn dates_and_containers() {
        let r = one("@article{a, journal = {J}, journaltitle = {K}, date = {2026-03-02}, year = {1999}}");
        assert_eq!(field(&r, "container-title").as_deref(), Some("J"));
        assert_eq!(field(&r, "issued").as_deref(), Some("2026-03-02"));
        let r = one("@article{a, year = {2026}, month = {11}}");
        assert_eq!(field(&r, "issued").as_deref(), Some("2026-11"));
        let r = one("@article{a, year = {2026}, month = {Sept.}}");
        assert_eq!(field(&r, "issued").as_deref(), Some("2026-09"));
        let r = one("@article{a, year = {2026}, month = {someday}}");
        assert_eq!(field(&r, "issued").as_deref(), Some("2026"));
    }

    #[test]
    fn strings_expand() {
        let text = "@string{mfa = \"Ministry\"}\n@STRING(full = mfa # { of Foreign Affairs})\n\
                    @report{a, institution = full, title = \"A \" # mfa}\n@comment{whatever @ {x}}\n@preamble{ {x} }\n";
        let r = one(text);
        assert_eq!(field(&r, "publisher").as_deref(), Some("Ministry of Foreign Affairs"));
        assert_eq!(field(&r, "title").as_deref(), Some("A Ministry"));
        assert_eq!(r.field("title").unwrap().1.span.slice(text), "\"A \" # mfa");
    }

    #[test]
    fn broken_entries_cost_only_themselves() {
        let text = "@report{good1, title = {One}}\n\
                    @report{bad1, title = {Two} year = {2026}}\n\
                    @report{bad2, title = {Unclosed\n\
                    @report{good2, title = {Three}, publisher = undefinedmacro}\n\
                    @report no brace here\n\
                    @report{, title = {No key}}\n\
                    @report{good3, title = {Four}, title = {Again}}\n";
        let (refs, errors) = parse(text);
        let ids: Vec<_> = refs.iter().map(|r| r.id.as_ref().unwrap().value.as_str()).collect();
        assert_eq!(ids, ["good1", "good2", "good3"]);
        let shown: Vec<(&str, &str)> =
            errors.iter().map(|e| (e.span.slice(text), e.message.as_str())).collect();
        assert_eq!(shown.len(), 6, "{shown:#?}");
        assert_eq!(shown[0].0, "y");
        assert!(shown[0].1.contains("expected `,`"), "{}", shown[0].1);
        assert_eq!(shown[1].0, "@report{");
        assert!(shown[1].1.contains("never closed"));
        assert_eq!(shown[2].0, "undefinedmacro");
        assert!(shown[2].1.contains("not defined by a `@string`"));
        assert_eq!(shown[3].0, "@report");
        assert!(shown[3].1.contains("expected `{`"));
        assert_eq!(shown[4].0, "report");
        assert!(shown[4].1.contains("no citation key"));
        assert_eq!(shown[5].0, "title");
        assert!(shown[5].1.contains("appears twice"));
        assert_eq!(field(&refs[2], "title").as_deref(), Some("Four"));
        assert!(refs[1].field("publisher").is_none());
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "@",
            "@a",
            "@a{",
            "@a{k",
            "@a{k,",
            "@a{k, t",
            "@a{k, t=",
            "@a{k, t={",
            "@a{k, t=\"}",
            "@a{k, t={\\}}",
            "@a{k, t={\\",
            "@a(k, t=(x))",
            "@a{k, author={ and }}",
            "@a{k, author={,,}}",
            "@a{k, author={{}}}",
            "@a{k, author={a=}}",
            "@a{k, title={$x}}",
            "@a{k, title={\\'}}",
            "@a{k, crossref={k}}",
            "@string{a = a}@a{k, t = a}",
            "\u{FEFF}@a{k, title = {é}}",
            "x@y.org",
        ] {
            let _ = parse(text);
        }
        let deep = format!("@a{{k, title = {}x{}}}", "{".repeat(100_000), "}".repeat(100_000));
        let (refs, _) = parse(&deep);
        assert_eq!(field(&refs[0], "title").as_deref(), Some("x"));
    }
}
