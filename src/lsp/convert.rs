//! The edge between attest and the protocol: byte offsets and spans to positions and ranges
//! (in the negotiated encoding), and the editor features' plain data to protocol types.
//!
//! This is the only place that knows both sides. Positions are computed on a [`Rope`] of the
//! text, whose line breaks are the protocol's (`\n`, `\r\n` and a lone `\r`): by the functions
//! here on the rope alone, or, for the files of an analysis, through each file's
//! [`Positions`] index, which gives the same results in a fraction of the time.

use std::collections::HashMap;
use std::sync::OnceLock;

use ropey::Rope;
use tower_lsp_server::ls_types as lsp;
use tower_lsp_server::ls_types::Uri;

use super::positions::Positions;
use crate::check::Checked;
use crate::diagnostic::{self, Severity};
use crate::ide;
use crate::text::{FileId, Span};

/// What a position's `character` counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// Bytes of UTF-8.
    Utf8,
    /// UTF-16 code units: the protocol's default.
    #[default]
    Utf16,
    /// Unicode scalar values.
    Utf32,
}

impl Encoding {
    /// The encoding to use given what the client offers (in its order of preference): UTF-8
    /// whenever offered, since attest's offsets are UTF-8 and nothing needs converting; else
    /// the first of UTF-16 and UTF-32 offered; else UTF-16, which every client supports.
    pub fn negotiate(offered: Option<&[lsp::PositionEncodingKind]>) -> Encoding {
        let offered = offered.unwrap_or_default();
        if offered.contains(&lsp::PositionEncodingKind::UTF8) {
            return Encoding::Utf8;
        }
        offered
            .iter()
            .find_map(|kind| match kind.as_str() {
                "utf-16" => Some(Encoding::Utf16),
                "utf-32" => Some(Encoding::Utf32),
                _ => None,
            })
            .unwrap_or(Encoding::Utf16)
    }

    pub fn kind(self) -> lsp::PositionEncodingKind {
        match self {
            Encoding::Utf8 => lsp::PositionEncodingKind::UTF8,
            Encoding::Utf16 => lsp::PositionEncodingKind::UTF16,
            Encoding::Utf32 => lsp::PositionEncodingKind::UTF32,
        }
    }
}

/// Byte offset where `line`'s content ends, before its line break.
fn line_end(rope: &Rope, line: usize) -> usize {
    let start = rope.line_to_byte(line);
    let slice = rope.line(line);
    let len = slice.len_bytes();
    let mut end = start + len;
    if len > 0 && slice.byte(len - 1) == b'\n' {
        end -= 1;
        if len > 1 && slice.byte(len - 2) == b'\r' {
            end -= 1;
        }
    } else if len > 0 && slice.byte(len - 1) == b'\r' {
        end -= 1;
    }
    end
}

/// The byte offset of `pos`, or `None` when its line is past the end of the text. A column
/// past the end of its line means the end of the line (as the protocol asks); a column inside
/// a character means that character's start.
pub fn offset(rope: &Rope, pos: lsp::Position, encoding: Encoding) -> Option<usize> {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return None;
    }
    let start_byte = rope.line_to_byte(line);
    let end_byte = line_end(rope, line);
    let column = pos.character as usize;
    let byte = match encoding {
        Encoding::Utf8 => {
            let byte = (start_byte + column).min(end_byte);
            rope.char_to_byte(rope.byte_to_char(byte))
        }
        Encoding::Utf16 => {
            let start_char = rope.byte_to_char(start_byte);
            let end_char = rope.byte_to_char(end_byte);
            let unit = rope.char_to_utf16_cu(start_char) + column;
            let ch =
                if unit >= rope.char_to_utf16_cu(end_char) { end_char } else { rope.utf16_cu_to_char(unit) };
            rope.char_to_byte(ch)
        }
        Encoding::Utf32 => {
            let start_char = rope.byte_to_char(start_byte);
            let end_char = rope.byte_to_char(end_byte);
            rope.char_to_byte((start_char + column).min(end_char))
        }
    };
    Some(byte)
}

/// Like [`offset`], with a line past the end meaning the end of the text.
pub fn offset_clamped(rope: &Rope, pos: lsp::Position, encoding: Encoding) -> usize {
    offset(rope, pos, encoding).unwrap_or(rope.len_bytes())
}

/// The position of byte `offset` (clamped to the text; inside a character means its start).
pub fn position(rope: &Rope, offset: usize, encoding: Encoding) -> lsp::Position {
    let offset = offset.min(rope.len_bytes());
    let ch = rope.byte_to_char(offset);
    let line = rope.char_to_line(ch);
    let column = match encoding {
        Encoding::Utf8 => rope.char_to_byte(ch) - rope.line_to_byte(line),
        Encoding::Utf16 => rope.char_to_utf16_cu(ch) - rope.char_to_utf16_cu(rope.line_to_char(line)),
        Encoding::Utf32 => ch - rope.line_to_char(line),
    };
    lsp::Position::new(line as u32, column as u32)
}

pub fn range(rope: &Rope, span: Span, encoding: Encoding) -> lsp::Range {
    lsp::Range::new(position(rope, span.start, encoding), position(rope, span.end, encoding))
}

/// The byte span of `range`, or `None` when it starts past the end of the text. An end before
/// the start is taken as the start.
pub fn span(rope: &Rope, range: lsp::Range, encoding: Encoding) -> Option<Span> {
    let start = offset(rope, range.start, encoding)?;
    let end = offset_clamped(rope, range.end, encoding).max(start);
    Some(Span::new(start, end))
}

/// Applies one change from `textDocument/didChange`: a replacement of a range, or of the
/// whole text when the change has no range. Positions past the end mean the end.
pub fn apply_change(rope: &mut Rope, change: &lsp::TextDocumentContentChangeEvent, encoding: Encoding) {
    let Some(range) = change.range else {
        *rope = Rope::from_str(&change.text);
        return;
    };
    let start = offset_clamped(rope, range.start, encoding);
    let end = offset_clamped(rope, range.end, encoding).max(start);
    let (start, end) = (rope.byte_to_char(start), rope.byte_to_char(end));
    rope.remove(start..end);
    rope.insert(start, &change.text);
}

/// A file an analysis spans, with where the editor knows it from.
#[derive(Clone, Debug)]
pub struct FileText {
    /// `None` for an unsaved report's bibliography, which has no file to point at.
    pub uri: Option<Uri>,
    /// The text; [`FileText::positions`] indexes it, so it is not to be changed.
    pub rope: Rope,
    positions: Positions,
}

impl FileText {
    /// The file with the position index of its text (one pass over the rope).
    pub fn new(uri: Option<Uri>, rope: Rope) -> FileText {
        let positions = Positions::of_rope(&rope);
        FileText { uri, rope, positions }
    }

    /// Changes the file by `edit`: `rope` is its new text, and so is `text`. The position
    /// index is updated around the edit rather than built anew.
    pub fn edit(&mut self, rope: Rope, text: &str, edit: crate::syntax::TextEdit) {
        let positions = std::mem::replace(&mut self.positions, Positions::new(""));
        self.positions = positions.edited(text, edit);
        self.rope = rope;
    }

    pub fn positions(&self) -> &Positions {
        &self.positions
    }

    /// The position of byte `offset`, as [`position`] gives it.
    pub fn position(&self, offset: usize, encoding: Encoding) -> lsp::Position {
        self.positions.position(&self.rope, offset, encoding)
    }

    /// The byte offset of `pos`, as [`offset`] gives it.
    pub fn offset(&self, pos: lsp::Position, encoding: Encoding) -> Option<usize> {
        self.positions.offset(&self.rope, pos, encoding)
    }

    /// The range of `span`, as [`range`] gives it.
    pub fn range(&self, span: Span, encoding: Encoding) -> lsp::Range {
        lsp::Range::new(self.position(span.start, encoding), self.position(span.end, encoding))
    }

    /// The byte span of `range`, as [`span`] gives it.
    pub fn span(&self, range: lsp::Range, encoding: Encoding) -> Option<Span> {
        let start = self.offset(range.start, encoding)?;
        let end = self.positions.offset_clamped(&self.rope, range.end, encoding).max(start);
        Some(Span::new(start, end))
    }
}

/// The report (index 0) and its bibliography files (by `FileId`), with the encoding.
#[derive(Clone, Copy)]
pub struct Files<'a> {
    pub encoding: Encoding,
    pub files: &'a [FileText],
}

impl Files<'_> {
    fn file(&self, file: FileId) -> Option<&FileText> {
        self.files.get(file.0 as usize)
    }

    pub fn uri(&self, file: FileId) -> Option<&Uri> {
        self.file(file)?.uri.as_ref()
    }

    /// The range of `span` in `file`.
    pub fn range(&self, file: FileId, span: Span) -> Option<lsp::Range> {
        Some(self.file(file)?.range(span, self.encoding))
    }

    /// The byte offset of `pos` in `file`.
    pub fn offset(&self, file: FileId, pos: lsp::Position) -> Option<usize> {
        self.file(file)?.offset(pos, self.encoding)
    }

    /// The byte span of `range` in `file`, or `None` when it starts past the end of the file
    /// (see [`span`]).
    pub fn span(&self, file: FileId, range: lsp::Range) -> Option<Span> {
        self.file(file)?.span(range, self.encoding)
    }

    pub fn location(&self, file: FileId, span: Span) -> Option<lsp::Location> {
        let f = self.file(file)?;
        Some(lsp::Location::new(f.uri.clone()?, f.range(span, self.encoding)))
    }

    fn report_range(&self, span: Span) -> lsp::Range {
        self.range(FileId::REPORT, span).unwrap_or_default()
    }
}

pub fn severity(severity: Severity) -> lsp::DiagnosticSeverity {
    match severity {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Info => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
    }
}

/// Rules whose findings mark text that can go (shown faded by editors).
const UNNECESSARY: &[&str] = &["unused-source"];

/// A finding as the editor shows it, published on the report.
///
/// A finding in a bibliography file is shown on the report where the `bibliography:` entry
/// names the file, with the place in the file as the first related location. There is no
/// `codeDescription`: attest has no documentation site; the rule's documentation is in the
/// hover over the finding.
pub fn diagnostic(d: &diagnostic::Diagnostic, checked: &Checked, files: Files<'_>) -> lsp::Diagnostic {
    let mut related = Vec::new();
    let range = if d.file == FileId::REPORT {
        files.report_range(d.span)
    } else {
        if let Some(location) = files.location(d.file, d.span) {
            related.push(lsp::DiagnosticRelatedInformation { location, message: d.message.clone() });
        }
        let named = checked
            .model
            .bibliographies
            .iter()
            .find(|b| b.file == d.file)
            .map_or(Span::at(0), |b| b.name.span);
        files.report_range(named)
    };
    for r in &d.related {
        if let Some(location) = files.location(r.file, r.span) {
            related.push(lsp::DiagnosticRelatedInformation { location, message: r.message.clone() });
        }
    }
    lsp::Diagnostic {
        range,
        severity: Some(severity(d.severity)),
        code: Some(lsp::NumberOrString::String(d.rule.to_string())),
        code_description: rule_documentation(d.rule),
        source: Some("attest".to_string()),
        message: d.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags: UNNECESSARY.contains(&d.rule).then(|| vec![lsp::DiagnosticTag::UNNECESSARY]),
        data: None,
    }
}

/// The scheme of the URIs that name a rule's documentation: `attest-rule:/NAME.md`. Clients
/// get the text with the request `attest/ruleDocumentation` (the VS Code extension shows it
/// when the rule name of a finding is clicked).
pub const RULE_SCHEME: &str = "attest-rule";

/// Where a finding's rule is documented, for `codeDescription`.
pub fn rule_documentation(rule: &str) -> Option<lsp::CodeDescription> {
    static HREFS: OnceLock<Vec<(&'static str, Uri)>> = OnceLock::new();
    let hrefs = HREFS.get_or_init(|| {
        crate::rules::RULES
            .iter()
            .filter_map(|r| Some((r.meta.name, format!("{RULE_SCHEME}:/{}.md", r.meta.name).parse().ok()?)))
            .collect()
    });
    let (_, href) = hrefs.iter().find(|(name, _)| *name == rule)?;
    Some(lsp::CodeDescription { href: href.clone() })
}

/// The rule a documentation URI names (see [`RULE_SCHEME`]).
pub fn rule_of_documentation(uri: &str) -> Option<&'static str> {
    let name = uri.strip_prefix(RULE_SCHEME)?.strip_prefix(":/")?.strip_suffix(".md")?;
    crate::rules::find(name).map(|r| r.meta.name)
}

/// Every finding of a checked report, in the same order as `checked.diagnostics`.
pub fn diagnostics(checked: &Checked, files: Files<'_>) -> Vec<lsp::Diagnostic> {
    checked.diagnostics.iter().map(|d| diagnostic(d, checked, files)).collect()
}

pub fn markdown(value: String) -> lsp::MarkupContent {
    lsp::MarkupContent { kind: lsp::MarkupKind::Markdown, value }
}

pub fn hover(h: ide::Hover, file: FileId, files: Files<'_>) -> lsp::Hover {
    lsp::Hover {
        contents: lsp::HoverContents::Markup(markdown(h.markdown)),
        range: files.range(file, h.span),
    }
}

pub fn completion(c: ide::Completions, files: Files<'_>) -> lsp::CompletionResponse {
    let range = files.report_range(c.span);
    let items = c
        .items
        .into_iter()
        .map(|item| lsp::CompletionItem {
            kind: Some(match item.kind {
                ide::CompletionKind::Source => lsp::CompletionItemKind::REFERENCE,
                ide::CompletionKind::Quantity => lsp::CompletionItemKind::VARIABLE,
                ide::CompletionKind::Rule => lsp::CompletionItemKind::KEYWORD,
            }),
            detail: item.detail,
            documentation: item.documentation.map(|d| lsp::Documentation::MarkupContent(markdown(d))),
            text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit {
                range,
                new_text: item.label.clone(),
            })),
            label: item.label,
            ..Default::default()
        })
        .collect();
    lsp::CompletionResponse::List(lsp::CompletionList { is_incomplete: false, items })
}

pub fn highlight(h: ide::Highlight, files: Files<'_>) -> lsp::DocumentHighlight {
    lsp::DocumentHighlight {
        range: files.report_range(h.span),
        kind: Some(match h.kind {
            ide::HighlightKind::Write => lsp::DocumentHighlightKind::WRITE,
            ide::HighlightKind::Read => lsp::DocumentHighlightKind::READ,
        }),
    }
}

fn symbol_kind(kind: ide::SymbolKind) -> lsp::SymbolKind {
    match kind {
        ide::SymbolKind::Heading => lsp::SymbolKind::NAMESPACE,
        ide::SymbolKind::Source => lsp::SymbolKind::KEY,
        ide::SymbolKind::Quantity => lsp::SymbolKind::VARIABLE,
    }
}

/// The outline as a tree.
#[allow(deprecated)] // `deprecated` is a required field of the protocol type
pub fn document_symbol(s: ide::Symbol, files: Files<'_>) -> lsp::DocumentSymbol {
    let range = files.report_range(s.span);
    let selection = files.report_range(s.selection);
    let children: Vec<_> = s.children.into_iter().map(|c| document_symbol(c, files)).collect();
    lsp::DocumentSymbol {
        name: s.name,
        detail: s.detail,
        kind: symbol_kind(s.kind),
        tags: None,
        deprecated: None,
        range,
        selection_range: selection,
        children: (!children.is_empty()).then_some(children),
    }
}

/// The outline as a flat list, for clients without hierarchical symbols.
#[allow(deprecated)] // `deprecated` is a required field of the protocol type
pub fn symbol_information(
    s: ide::Symbol,
    container: Option<&str>,
    uri: &Uri,
    files: Files<'_>,
    out: &mut Vec<lsp::SymbolInformation>,
) {
    out.push(lsp::SymbolInformation {
        name: s.name.clone(),
        kind: symbol_kind(s.kind),
        tags: None,
        deprecated: None,
        location: lsp::Location::new(uri.clone(), files.report_range(s.span)),
        container_name: container.map(str::to_string),
    });
    for child in s.children {
        symbol_information(child, Some(&s.name), uri, files, out);
    }
}

pub fn link(l: ide::Link, files: Files<'_>) -> Option<lsp::DocumentLink> {
    let target = l.target.parse::<Uri>().ok()?;
    Some(lsp::DocumentLink {
        range: files.report_range(l.span),
        target: Some(target),
        tooltip: None,
        data: None,
    })
}

/// A fold over whole lines. The front matter folds as `imports`, so that editors which fold
/// imports by default fold it away.
pub fn folding_range(f: ide::Fold, files: Files<'_>) -> Option<lsp::FoldingRange> {
    let report = files.files.first()?.positions();
    let start = report.line_of(f.span.start);
    // A span ending just after a line break ends on the line before.
    let end = report.line_of(f.span.end.saturating_sub(1).max(f.span.start));
    (end > start).then_some(lsp::FoldingRange {
        start_line: start as u32,
        start_character: None,
        end_line: end as u32,
        end_character: None,
        kind: Some(match f.kind {
            ide::FoldKind::FrontMatter => lsp::FoldingRangeKind::Imports,
            ide::FoldKind::Region => lsp::FoldingRangeKind::Region,
        }),
        collapsed_text: None,
    })
}

/// The semantic token legend, from the editor features' token names.
pub fn legend() -> lsp::SemanticTokensLegend {
    lsp::SemanticTokensLegend {
        token_types: ide::TOKEN_TYPES.iter().map(|t| lsp::SemanticTokenType::new(t)).collect(),
        token_modifiers: ide::TOKEN_MODIFIERS.iter().map(|m| lsp::SemanticTokenModifier::new(m)).collect(),
    }
}

/// The edit that turns the tokens `old` into `new`: what lies between their common prefix and
/// common suffix (tokens are relative to the one before, so an edit changes only the tokens
/// near it). Offsets count integers of the flat array, five per token. No edit when equal.
pub fn token_edits(old: &[lsp::SemanticToken], new: &[lsp::SemanticToken]) -> Vec<lsp::SemanticTokensEdit> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let (old_rest, new_rest) = (&old[prefix..], &new[prefix..]);
    let suffix = old_rest.iter().rev().zip(new_rest.iter().rev()).take_while(|(a, b)| a == b).count();
    let deleted = old_rest.len() - suffix;
    let inserted = &new_rest[..new_rest.len() - suffix];
    if deleted == 0 && inserted.is_empty() {
        return Vec::new();
    }
    vec![lsp::SemanticTokensEdit {
        start: 5 * prefix as u32,
        delete_count: 5 * deleted as u32,
        data: (!inserted.is_empty()).then(|| inserted.to_vec()),
    }]
}

/// Tokens, delta-encoded; a token over several lines becomes one token per line (without the
/// line breaks), since not every client can show multi-line tokens.
pub fn semantic_tokens(tokens: &[ide::Token], files: Files<'_>) -> Vec<lsp::SemanticToken> {
    let Some(report) = files.files.first() else { return Vec::new() };
    let lines = report.positions();
    let encoding = files.encoding;
    let mut out = Vec::with_capacity(tokens.len());
    let (mut prev_line, mut prev_start) = (0u32, 0u32);
    for token in tokens {
        let start = token.span.start.min(lines.len());
        let end = token.span.end.min(lines.len());
        if start >= end {
            continue;
        }
        let first = lines.line_of(start);
        let last = lines.line_of(end);
        for line in first..=last {
            let (Some(line_start), Some(line_end)) = (lines.line_start(line), lines.line_end(line)) else {
                continue;
            };
            let from = start.max(line_start);
            let to = end.min(line_end);
            if from >= to {
                continue;
            }
            let a = report.position(from, encoding);
            let b = report.position(to, encoding);
            let delta_line = a.line - prev_line;
            let delta_start = if delta_line == 0 { a.character - prev_start } else { a.character };
            out.push(lsp::SemanticToken {
                delta_line,
                delta_start,
                length: b.character - a.character,
                token_type: token.kind as u32,
                token_modifiers_bitset: token.modifiers,
            });
            (prev_line, prev_start) = (a.line, a.character);
        }
    }
    out
}

/// A snippet's literal text: `$`, `}` and `\` escaped.
pub fn snippet_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '$' | '}' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Edits grouped by the URI of their file, in order. Edits to files without a URI are
/// dropped; `cursor` (a byte offset into the first edit's replacement) becomes the snippet
/// tab stop `$0`, with every replacement escaped as snippet text.
pub fn text_edits(
    edits: &[(FileId, diagnostic::Edit)],
    files: Files<'_>,
    cursor: Option<usize>,
) -> Vec<(Uri, Vec<lsp::TextEdit>)> {
    let mut out: Vec<(Uri, Vec<lsp::TextEdit>)> = Vec::new();
    for (i, (file, edit)) in edits.iter().enumerate() {
        let (Some(uri), Some(range)) = (files.uri(*file), files.range(*file, edit.span)) else { continue };
        let new_text = match cursor {
            None => edit.replacement.clone(),
            Some(at) if i == 0 && edit.replacement.is_char_boundary(at.min(edit.replacement.len())) => {
                let at = at.min(edit.replacement.len());
                format!(
                    "{}$0{}",
                    snippet_escape(&edit.replacement[..at]),
                    snippet_escape(&edit.replacement[at..])
                )
            }
            Some(_) => snippet_escape(&edit.replacement),
        };
        let text_edit = lsp::TextEdit { range, new_text };
        match out.iter_mut().find(|(u, _)| u == uri) {
            Some((_, list)) => list.push(text_edit),
            None => out.push((uri.clone(), vec![text_edit])),
        }
    }
    out
}

/// A workspace edit: `documentChanges` (with the versions of open documents) when the client
/// supports them, else `changes`.
pub fn workspace_edit(
    edits: Vec<(Uri, Vec<lsp::TextEdit>)>,
    document_changes: bool,
    version: impl Fn(&Uri) -> Option<i32>,
) -> lsp::WorkspaceEdit {
    if document_changes {
        let changes = edits
            .into_iter()
            .map(|(uri, edits)| lsp::TextDocumentEdit {
                text_document: lsp::OptionalVersionedTextDocumentIdentifier { version: version(&uri), uri },
                edits: edits.into_iter().map(lsp::OneOf::Left).collect(),
            })
            .collect();
        lsp::WorkspaceEdit {
            document_changes: Some(lsp::DocumentChanges::Edits(changes)),
            ..Default::default()
        }
    } else {
        let changes: HashMap<Uri, Vec<lsp::TextEdit>> = edits.into_iter().collect();
        lsp::WorkspaceEdit { changes: Some(changes), ..Default::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::{Token, TokenType};

    fn files(text: &str) -> Vec<FileText> {
        vec![FileText::new(None, Rope::from_str(text))]
    }

    #[test]
    fn tokens_over_several_lines_are_split_per_line() {
        let text = "ab 🚀 one\r\ntwo three\nfour";
        let start = text.find("one").unwrap();
        let end = text.find("our").unwrap();
        let token = Token { span: Span::new(start, end), kind: TokenType::Likelihood, modifiers: 2 };
        let later = Token { span: Span::new(end + 1, end + 3), kind: TokenType::Figure, modifiers: 0 };
        let f = files(text);
        let got = semantic_tokens(&[token, later], Files { encoding: Encoding::Utf16, files: &f });
        let plain: Vec<[u32; 5]> = got
            .iter()
            .map(|t| [t.delta_line, t.delta_start, t.length, t.token_type, t.token_modifiers_bitset])
            .collect();
        // "one" after "ab 🚀 " (6 UTF-16 units), all of "two three", "f", then "ur" on the same line.
        assert_eq!(plain, vec![[0, 6, 3, 3, 2], [1, 0, 9, 3, 2], [1, 0, 1, 3, 2], [0, 2, 2, 0, 0]]);
    }

    #[test]
    fn folds_end_on_the_last_line_of_their_span() {
        let text = "---\ntitle: x\n---\n\n# A\n\ntext\n";
        let f = files(text);
        let files = Files { encoding: Encoding::Utf8, files: &f };
        let fm = ide::Fold { span: Span::new(0, 17), kind: ide::FoldKind::FrontMatter };
        let fold = folding_range(fm, files).unwrap();
        assert_eq!((fold.start_line, fold.end_line, fold.kind), (0, 2, Some(lsp::FoldingRangeKind::Imports)));
        let one_line = ide::Fold { span: Span::new(18, 21), kind: ide::FoldKind::Region };
        assert_eq!(folding_range(one_line, files), None);
    }

    #[test]
    fn snippet_edits_escape_and_place_the_cursor() {
        let text = "a $b}";
        let f = vec![FileText::new(Some("file:///r.md".parse().unwrap()), Rope::from_str(text))];
        let files = Files { encoding: Encoding::Utf8, files: &f };
        let edits = vec![
            (FileId::REPORT, diagnostic::Edit { span: Span::at(1), replacement: " [@]".to_string() }),
            (FileId::REPORT, diagnostic::Edit { span: Span::at(5), replacement: "$}\\".to_string() }),
            (FileId(1), diagnostic::Edit { span: Span::at(0), replacement: "lost".to_string() }),
        ];
        let grouped = text_edits(&edits, files, Some(3));
        assert_eq!(grouped.len(), 1);
        let texts: Vec<&str> = grouped[0].1.iter().map(|e| e.new_text.as_str()).collect();
        assert_eq!(texts, [" [@$0]", "\\$\\}\\\\"]);
        let plain = text_edits(&edits, files, None);
        assert_eq!(plain[0].1[1].new_text, "$}\\");
    }

    #[test]
    fn changes_past_the_end_are_clamped() {
        let mut rope = Rope::from_str("ab\ncd");
        let change = lsp::TextDocumentContentChangeEvent {
            range: Some(lsp::Range::new(lsp::Position::new(1, 1), lsp::Position::new(7, 0))),
            range_length: None,
            text: "X".to_string(),
        };
        apply_change(&mut rope, &change, Encoding::Utf16);
        assert_eq!(rope.to_string(), "ab\ncX");
        // A surrogate pair's middle means the character's start.
        let rope = Rope::from_str("🚀x");
        assert_eq!(offset(&rope, lsp::Position::new(0, 1), Encoding::Utf16), Some(0));
        assert_eq!(offset(&rope, lsp::Position::new(0, 2), Encoding::Utf16), Some(4));
        assert_eq!(offset(&rope, lsp::Position::new(0, 2), Encoding::Utf8), Some(0));
        assert_eq!(offset(&rope, lsp::Position::new(1, 0), Encoding::Utf8), None);
    }
}
