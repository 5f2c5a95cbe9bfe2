//! A small owned YAML tree with byte spans, converted from saphyr's marked nodes.
//!
//! saphyr reports positions as *character* indices into the text it was given; everything in
//! attest speaks *byte* offsets into the whole document. [`parse`] takes the YAML text together
//! with the byte offset where it sits in the document and returns nodes whose spans are document
//! byte offsets.
//!
//! # Spans
//!
//! - Plain scalars: exactly the text of the scalar (trailing spaces and comments excluded; a
//!   multi-line plain scalar covers all its lines).
//! - Quoted scalars: the text *including* the quotes, i.e. the token as written. Use
//!   [`Node::content_span`] for the text between the quotes.
//! - Block scalars (`|`, `>`): the content lines, without the indicator line and without the
//!   trailing line break and indentation.
//! - Scalars with a tag or an anchor (`!!str 12`, `&a foo`): the properties are included.
//! - Aliases (`*a`): the alias itself; the children of an aliased collection keep the spans of
//!   the anchored original.
//! - Flow collections: from the opening bracket to the closing bracket inclusive.
//! - Block collections: from the first entry (its key, or its `-`) to the end of the last value.
//! - An empty value (`key:` with nothing after it) is null with an empty span.

use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};

use crate::text::Span;

/// A YAML node with the byte span of its value in the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A string scalar. Plain scalars that YAML would read as something else (`2026-03-02`)
    /// stay strings here when YAML's core schema makes them strings.
    Str(String),
    List(Vec<Node>),
    /// Entries in document order; keys keep their own spans.
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// The scalar as text (strings as they are, numbers and booleans printed), `None` for
    /// null, lists and maps.
    pub fn as_text(&self) -> Option<String> {
        match &self.value {
            Value::Str(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null | Value::List(_) | Value::Map(_) => None,
        }
    }

    /// The value under string key `key` of a map node.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key node and value node under `key` of a map node.
    pub fn entry(&self, key: &str) -> Option<(&Node, &Node)> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))
                .map(|(k, v)| (k, v)),
            _ => None,
        }
    }

    /// Whether the node is a scalar (string, number, boolean; not null).
    pub fn is_scalar(&self) -> bool {
        matches!(self.value, Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_))
    }

    /// Whether the node is null (`~`, `null`, or nothing at all).
    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    /// A short English name of the node's kind, for messages ("a list", "a mapping", ...).
    pub fn kind_name(&self) -> &'static str {
        match self.value {
            Value::Null => "empty",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "a number",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::List(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    /// The source text of the node in `doc`, as written (quotes included).
    pub fn source<'d>(&self, doc: &'d str) -> &'d str {
        self.span.slice(doc)
    }

    /// The span of a scalar's text without its quotes: for a quoted scalar, the text between
    /// the quotes; otherwise the node's span.
    pub fn content_span(&self, doc: &str) -> Span {
        let src = self.source(doc);
        let quoted = src.len() >= 2
            && ((src.starts_with('"') && src.ends_with('"'))
                || (src.starts_with('\'') && src.ends_with('\'')));
        if quoted && self.is_scalar() { Span::new(self.span.start + 1, self.span.end - 1) } else { self.span }
    }

    /// Where the scalar's value appears verbatim in `doc`: `Some(span)` when the text under
    /// [`Node::content_span`] is exactly the value (no escapes, no line folding), so that
    /// offsets inside the value are offsets inside the document.
    pub fn verbatim_span(&self, doc: &str) -> Option<Span> {
        let Value::Str(value) = &self.value else {
            let text = self.as_text()?;
            return (self.source(doc) == text).then_some(self.span);
        };
        let span = self.content_span(doc);
        (span.slice(doc) == value).then_some(span)
    }
}

/// A problem reported while reading YAML, already worded for a reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// Where the problem is, in document bytes.
    pub span: Span,
    pub message: String,
}

/// What [`parse`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// The YAML documents in the text (usually one; none for empty or comment-only text).
    /// Empty when the YAML could not be read at all.
    pub documents: Vec<Node>,
    /// Problems, in document order. A syntax error leaves `documents` empty; duplicate keys
    /// do not (both entries stay in the tree, in document order).
    pub errors: Vec<YamlError>,
}

/// How far right (in characters) a nested block structure may start before attest refuses to
/// hand the text to the YAML reader, whose recursion would otherwise be unbounded.
const MAX_NESTING_COLUMN: usize = 80;

/// How many duplicate keys are recovered from before giving up on the text.
const MAX_DUPLICATE_RETRIES: u32 = 16;

/// Reads `yaml`, which sits at byte offset `base` of the document.
///
/// Never panics; every problem becomes a [`YamlError`] with a document span.
pub fn parse(yaml: &str, base: usize) -> Parsed {
    let index = CharIndex::new(yaml);
    if let Some(line_start) = too_deep(yaml) {
        return Parsed {
            documents: Vec::new(),
            errors: vec![YamlError {
                span: point_span(yaml, line_start, base),
                message: "the YAML is nested or indented too deeply to read (attest reads \
                          structures that start within the first 80 columns)"
                    .to_string(),
            }],
        };
    }

    // saphyr refuses a mapping with a repeated key. To keep the rest of the metadata usable,
    // the repeated key's first character is swapped for a private-use character (same
    // character count, so every index stays valid), the text is read again, and the key is
    // restored in the tree.
    let mut text: Option<String> = None;
    let mut restores: Vec<Restore> = Vec::new();
    let mut errors = Vec::new();
    let mut retries = 0;
    let docs = loop {
        let current = text.as_deref().unwrap_or(yaml);
        match MarkedYaml::load_from_str(current) {
            Ok(docs) => break docs,
            Err(e) => {
                let at = index.byte(e.marker().index());
                if e.info() == "duplicated key in mapping" && retries < MAX_DUPLICATE_RETRIES {
                    let placeholder = char::from_u32(0xE000 + retries).unwrap_or('\u{E000}');
                    if let Some((target, original)) = duplicate_target(yaml, at) {
                        errors.push(YamlError {
                            span: key_span(yaml, at, base),
                            message: duplicate_message(yaml, at),
                        });
                        text = Some(replace_char(current, &index, target, placeholder));
                        restores.push(Restore { key_start: at, placeholder, original });
                        retries += 1;
                        continue;
                    }
                }
                let message = if e.info() == "duplicated key in mapping" {
                    duplicate_message(yaml, at)
                } else {
                    reword(e.info(), yaml, at)
                };
                let at = if is_tab_error(e.info()) { indenting_tab(yaml, at).unwrap_or(at) } else { at };
                errors.push(YamlError { span: point_span(yaml, at, base), message });
                errors.sort_by_key(|e| e.span.start);
                return Parsed { documents: Vec::new(), errors };
            }
        }
    };
    let converter = Converter { yaml, base, index: &index, restores: &restores };
    let documents = docs.iter().map(|d| converter.node(d)).collect();
    errors.sort_by_key(|e| e.span.start);
    Parsed { documents, errors }
}

/// Converts one of saphyr's marked nodes, read from `yaml` (which sits at byte `base` of the
/// document), into an owned [`Node`] with document byte spans.
pub fn from_marked(node: &MarkedYaml<'_>, yaml: &str, base: usize) -> Node {
    let index = CharIndex::new(yaml);
    Converter { yaml, base, index: &index, restores: &[] }.node(node)
}

/// Character index → byte offset for one text.
///
/// Stores a checkpoint after every non-ASCII character, so ASCII text costs nothing and a
/// lookup is a binary search.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// `(character index, byte offset)` just after each multi-byte character.
    checkpoints: Vec<(usize, usize)>,
    chars: usize,
    bytes: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        let mut checkpoints = vec![(0, 0)];
        let mut chars = 0;
        for (byte, ch) in text.char_indices() {
            chars += 1;
            if ch.len_utf8() > 1 {
                checkpoints.push((chars, byte + ch.len_utf8()));
            }
        }
        CharIndex { checkpoints, chars, bytes: text.len() }
    }

    /// The byte offset of character `char_index` (the text length past the end).
    pub fn byte(&self, char_index: usize) -> usize {
        if char_index >= self.chars {
            return self.bytes;
        }
        let i = match self.checkpoints.binary_search_by_key(&char_index, |&(c, _)| c) {
            Ok(i) => i,
            Err(next) => next - 1,
        };
        let (c, b) = self.checkpoints[i];
        b + (char_index - c)
    }
}

/// A duplicate key that was renamed to read the text; undone in the tree.
struct Restore {
    /// Byte offset (in the YAML text) where the key's node starts.
    key_start: usize,
    placeholder: char,
    original: char,
}

struct Converter<'a> {
    yaml: &'a str,
    base: usize,
    index: &'a CharIndex,
    restores: &'a [Restore],
}

impl Converter<'_> {
    fn node(&self, node: &MarkedYaml<'_>) -> Node {
        let start = self.index.byte(node.span.start.index());
        let end = self.index.byte(node.span.end.index()).max(start);
        self.convert(&node.data, start, end)
    }

    fn convert<'i>(&self, data: &YamlData<'i, MarkedYaml<'i>>, start: usize, end: usize) -> Node {
        match data {
            // A tagged node and its inner node share one span.
            YamlData::Tagged(_, inner) => self.node(inner),
            YamlData::Sequence(items) => {
                let items: Vec<Node> = items.iter().map(|n| self.node(n)).collect();
                let last = items.last().map(|n| n.span.end - self.base);
                let end = self.collection_end(start, end, last);
                Node { span: self.span(start, end), value: Value::List(items) }
            }
            YamlData::Mapping(map) => {
                let entries: Vec<(Node, Node)> =
                    map.iter().map(|(k, v)| (self.node(k), self.node(v))).collect();
                let last = entries.last().map(|(k, v)| k.span.end.max(v.span.end) - self.base);
                let end = self.collection_end(start, end, last);
                Node { span: self.span(start, end), value: Value::Map(entries) }
            }
            YamlData::Value(scalar) => {
                let value = match scalar {
                    Scalar::Null => Value::Null,
                    Scalar::Boolean(b) => Value::Bool(*b),
                    Scalar::Integer(i) => Value::Int(*i),
                    Scalar::FloatingPoint(f) => Value::Float(f.0),
                    Scalar::String(s) => Value::Str(self.restore(start, s)),
                };
                Node { span: self.span(start, self.scalar_end(start, end)), value }
            }
            YamlData::Representation(s, _, _) => Node {
                span: self.span(start, self.scalar_end(start, end)),
                value: Value::Str(self.restore(start, s)),
            },
            // An unresolved alias, or a scalar whose explicit tag does not fit (`!!int abc`).
            YamlData::Alias(_) | YamlData::BadValue => {
                Node { span: self.span(start, self.scalar_end(start, end)), value: Value::Null }
            }
        }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(start + self.base, end.max(start) + self.base)
    }

    /// A scalar's end without trailing whitespace (block scalars end after the next line's
    /// indentation in saphyr's markers).
    fn scalar_end(&self, start: usize, end: usize) -> usize {
        let bytes = self.yaml.as_bytes();
        let mut end = end.min(bytes.len());
        while end > start && matches!(bytes[end - 1], b' ' | b'\t' | b'\r' | b'\n') {
            end -= 1;
        }
        end
    }

    /// A collection's end: past the closing bracket of a flow collection (saphyr's end marker
    /// points *at* it), or the end of the last child of a block collection (saphyr's marker
    /// points at the next token).
    fn collection_end(&self, start: usize, end: usize, last_child: Option<usize>) -> usize {
        let bytes = self.yaml.as_bytes();
        if matches!(bytes.get(end), Some(b']' | b'}')) {
            return end + 1;
        }
        last_child.unwrap_or(start).max(start)
    }

    fn restore(&self, start: usize, s: &str) -> String {
        match self.restores.iter().find(|r| r.key_start == start) {
            Some(r) => s.replacen(r.placeholder, r.original.encode_utf8(&mut [0; 4]), 1),
            None => s.to_string(),
        }
    }
}

/// The first line whose leading block indicators (`- `, `? `, `: `, anchors, tags) reach past
/// [`MAX_NESTING_COLUMN`], as a byte offset; `None` when the text is safe to read.
///
/// Nested block collections need either more indentation or another compact indicator on the
/// same line, and nested flow collections are capped by the reader itself, so this bounds the
/// nesting depth the reader will recurse into.
fn too_deep(yaml: &str) -> Option<usize> {
    let mut line_start = 0;
    for line in yaml.split_inclusive('\n') {
        let chars: Vec<char> = line.chars().take(MAX_NESTING_COLUMN + 2).collect();
        let mut col = 0;
        while col < chars.len() {
            match chars[col] {
                ' ' | '\t' => col += 1,
                '-' | '?' | ':'
                    if chars.get(col + 1).is_none_or(|c| matches!(c, ' ' | '\t' | '\r' | '\n')) =>
                {
                    col += 1
                }
                '&' | '!' => {
                    while col < chars.len() && !matches!(chars[col], ' ' | '\t' | '\r' | '\n') {
                        col += 1;
                    }
                }
                _ => break,
            }
        }
        if col > MAX_NESTING_COLUMN && !line.trim().is_empty() {
            return Some(line_start);
        }
        line_start += line.len();
    }
    None
}

/// For a duplicate key starting at byte `at`: the byte offset of the character to swap and that
/// character, or `None` when the key is not a simple scalar.
fn duplicate_target(yaml: &str, at: usize) -> Option<(usize, char)> {
    let rest = yaml.get(at..)?;
    let mut chars = rest.chars();
    let first = chars.next()?;
    match first {
        '"' | '\'' => {
            let second = chars.next()?;
            if second == first || second == '\\' || second == '\n' || second == '\r' {
                None
            } else {
                Some((at + first.len_utf8(), second))
            }
        }
        '[' | '{' | '&' | '!' | '*' | '|' | '>' | ' ' | '\t' | '\r' | '\n' | '#' | '%' | '@' | '`' | ','
        | ']' | '}' => None,
        c => Some((at, c)),
    }
}

/// `text` with the character at byte `at` (of the original YAML) replaced by `with`.
///
/// `text` may already hold earlier replacements, so byte offsets differ from the original's;
/// character indices do not.
fn replace_char(text: &str, original: &CharIndex, at: usize, with: char) -> String {
    // Character index of `at` in the original equals the one in `text`.
    let char_at = char_index_of(original, at);
    let mut out = String::with_capacity(text.len() + 4);
    for (i, c) in text.chars().enumerate() {
        out.push(if i == char_at { with } else { c });
    }
    out
}

/// The character index of byte offset `byte` (a character boundary) in the indexed text.
fn char_index_of(index: &CharIndex, byte: usize) -> usize {
    let i = match index.checkpoints.binary_search_by_key(&byte, |&(_, b)| b) {
        Ok(i) => i,
        Err(next) => next - 1,
    };
    let (c, b) = index.checkpoints[i];
    c + (byte - b)
}

/// The span of the key starting at byte `at`, for a duplicate-key error.
fn key_span(yaml: &str, at: usize, base: usize) -> Span {
    let text = key_text(yaml, at);
    if text.is_empty() { point_span(yaml, at, base) } else { Span::new(at + base, at + text.len() + base) }
}

/// The key as written at byte `at`: a quoted key with its quotes, or a plain key up to `: `.
fn key_text(yaml: &str, at: usize) -> &str {
    let Some(rest) = yaml.get(at..) else { return "" };
    let line = rest.split(['\n', '\r']).next().unwrap_or("");
    if let Some(q) = line.chars().next().filter(|&c| c == '"' || c == '\'') {
        // Up to the closing quote, skipping doubled single quotes and backslash escapes.
        let bytes = line.as_bytes();
        let mut i = 1;
        while i < bytes.len() {
            let b = bytes[i];
            if q == '"' && b == b'\\' {
                i += 2;
                continue;
            }
            if b == q as u8 {
                if q == '\'' && bytes.get(i + 1) == Some(&b'\'') {
                    i += 2;
                    continue;
                }
                return &line[..i + 1];
            }
            i += 1;
        }
        return line;
    }
    let mut end = line.len();
    for (i, _) in line.match_indices(':') {
        let next = line[i + 1..].chars().next();
        if next.is_none_or(|c| c == ' ' || c == '\t' || c == ',' || c == '}' || c == ']') {
            end = i;
            break;
        }
    }
    let key = &line[..end];
    let key = key.split([',', '}', ']']).next().unwrap_or(key);
    key.trim_end()
}

fn duplicate_message(yaml: &str, at: usize) -> String {
    let key = key_text(yaml, at);
    if key.is_empty() {
        "this key appears twice in the same mapping; YAML keys must be unique".to_string()
    } else {
        format!("key `{key}` appears twice in the same mapping; remove or rename one of them")
    }
}

/// A span for an error at byte `at` of the YAML: the character there (or an empty span at the
/// end of a line or of the text).
fn point_span(yaml: &str, at: usize, base: usize) -> Span {
    let at = floor_boundary(yaml, at.min(yaml.len()));
    match yaml[at..].chars().next() {
        Some(c) if c != '\n' && c != '\r' => Span::new(at + base, at + c.len_utf8() + base),
        _ => Span::at(at + base),
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// saphyr's errors about a tab where YAML wants spaces.
fn is_tab_error(info: &str) -> bool {
    matches!(
        info,
        "tabs disallowed within this context (block indentation)"
            | "tab cannot be used as indentation"
            | "tabs disallowed in this context"
            | "while scanning a plain scalar, found a tab"
            | "a block scalar content cannot start with a tab"
    )
}

/// The first tab in the indentation of the line holding byte `at` or of a line after it.
/// saphyr may stop before the tab: at the start of the plain scalar on the line above, whose
/// continuation the indented line would be.
fn indenting_tab(yaml: &str, at: usize) -> Option<usize> {
    let line_start = yaml[..floor_boundary(yaml, at.min(yaml.len()))].rfind('\n').map_or(0, |i| i + 1);
    let mut start = line_start;
    for line in yaml[line_start..].split_inclusive('\n') {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        if let Some(tab) = line[..indent].find('\t') {
            return Some(start + tab);
        }
        start += line.len();
    }
    None
}

/// saphyr's error text, said plainly.
fn reword(info: &str, yaml: &str, at: usize) -> String {
    let here = yaml.get(at..).and_then(|r| r.chars().next());
    let plain = match info {
        "mapping values are not allowed in this context" => {
            "unexpected `:` here; a value that contains `: ` must be quoted, e.g. \
             `title: \"Oil: the outlook\"`"
                .to_string()
        }
        "while scanning a quoted scalar, found unexpected end of stream" => {
            "this quoted string is never closed".to_string()
        }
        "while scanning a quoted scalar, found unexpected document indicator" => {
            "this quoted string runs into a `---` or `...` line; close the quote".to_string()
        }
        "while parsing a flow sequence, expected ',' or ']'" => {
            "this `[` list is not closed properly: expected `,` or `]`".to_string()
        }
        "while parsing a flow mapping, did not find expected ',' or '}'" => {
            "this `{` mapping is not closed properly: expected `,` or `}`".to_string()
        }
        "while parsing a block mapping, did not find expected key" => {
            "unexpected text at this indentation: expected a `key: value` line aligned with \
             the keys above"
                .to_string()
        }
        "while parsing a block collection, did not find expected '-' indicator" => {
            "unexpected text at this indentation: expected a list item starting with `- `".to_string()
        }
        _ if is_tab_error(info) => {
            "a tab is used for indentation; YAML indentation must use spaces".to_string()
        }
        "while parsing node, found unknown anchor" => {
            "`*` starts an alias, but no anchor of that name is defined; quote the value if the \
             `*` is meant literally"
                .to_string()
        }
        "while parsing a node, did not find expected node content" => "expected a value here".to_string(),
        "misplaced bracket" => {
            "unexpected closing bracket; quote the value if the bracket is part of the text".to_string()
        }
        "while parsing a quoted scalar, found unknown escape character" => {
            "unknown escape sequence in a double-quoted string; write `\\\\` for a backslash or \
             use single quotes"
                .to_string()
        }
        "recursion limit exceeded" => "the YAML is nested too deeply to read".to_string(),
        "invalid indentation in quoted scalar" => {
            "this quoted string is not closed on its line, and the lines after it are not \
             indented as its continuation; close the quote"
                .to_string()
        }
        "invalid indentation" => "this line is not indented consistently with the lines above".to_string(),
        "wrongly indented line in block scalar" => {
            "this line of a `|` or `>` block is indented less than the block's first line".to_string()
        }
        "simple key expect ':'" | "simple key expected" => {
            "expected `:` after this key; a key and its `:` must be on one line".to_string()
        }
        "block sequence entries are not allowed in this context" => {
            "a list item `- ` cannot start here; put it on its own line, indented under its key".to_string()
        }
        "mapping keys are not allowed in this context" => {
            "a `key:` cannot start here; put it on its own line".to_string()
        }
        "\"-\" is only valid inside a block" => {
            "a `- ` list item cannot appear inside `[…]` or `{…}`".to_string()
        }
        "comments must be separated from other tokens by whitespace" => {
            "put a space before `#` to start a comment, or quote the whole value".to_string()
        }
        "invalid trailing content after double-quoted scalar" => {
            "unexpected text after the closing quote; quote the whole value".to_string()
        }
        "did not find expected <document start>" => {
            "unexpected text after the end of the YAML document".to_string()
        }
        "':' must be followed by a valid YAML whitespace" | "illegal placement of ':' indicator" => {
            "unexpected `:`; quote the value if the colon is part of it".to_string()
        }
        "the handle wasn't declared" => {
            "`!` starts a YAML tag here; quote the value if `!` is part of the text".to_string()
        }
        "comment intercepting the multiline text" => {
            "a comment interrupts a value that runs over several lines; quote the value or move \
             the comment"
                .to_string()
        }
        "plain scalar cannot start with '-' followed by ,[]{}" => {
            "a value cannot start with `-` followed by `,`, `[`, `]`, `{` or `}`; quote it".to_string()
        }
        "invalid indentation in flow construct" => {
            "a `[…]` or `{…}` value that continues on the next line must be indented more than \
             its key"
                .to_string()
        }
        "missing explicit document end marker before directive" => {
            "`%` at the start of a line begins a YAML directive; quote the value".to_string()
        }
        _ if info.starts_with("':' may not precede") => {
            "unexpected `:`; quote the value if the colon is part of it".to_string()
        }
        _ if info.starts_with("in an anchor or alias")
            || info.starts_with("while scanning an anchor or alias") =>
        {
            "`&` or `*` starts an anchor or alias here; quote the value if it is part of the text".to_string()
        }
        _ if info.starts_with("while scanning a tag") || info.starts_with("while parsing a tag") => {
            "`!` starts a YAML tag here; quote the value if `!` is part of the text".to_string()
        }
        _ if info.starts_with("while scanning a directive") => {
            "`%` at the start of a line begins a YAML directive; quote the value".to_string()
        }
        _ if info.starts_with("unexpected character") => match here {
            Some(c @ ('@' | '`')) => {
                format!("a value cannot start with `{c}`; put the value in quotes")
            }
            Some(c) => format!("unexpected character `{c}`; put the value in quotes"),
            None => "unexpected character".to_string(),
        },
        _ if info.starts_with("alias expansion exceeded") => "aliases expand to too many nodes".to_string(),
        _ => info
            .strip_prefix("while parsing ")
            .or_else(|| info.strip_prefix("while scanning "))
            .map_or_else(|| info.to_string(), |rest| format!("in {rest}")),
    };
    format!("invalid YAML: {plain}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(yaml: &str) -> Node {
        let parsed = parse(yaml, 0);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        parsed.documents.into_iter().next().expect("one document")
    }

    #[test]
    fn char_index_maps_to_bytes() {
        let text = "aé日🎉b";
        let index = CharIndex::new(text);
        let expected: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for (i, &b) in expected.iter().enumerate() {
            assert_eq!(index.byte(i), b);
        }
        assert_eq!(index.byte(5), text.len());
        assert_eq!(index.byte(99), text.len());
        assert_eq!(char_index_of(&index, text.find('b').unwrap()), 4);
    }

    #[test]
    fn scalar_spans_cover_the_value_text() {
        let yaml = "title: \"Étude — Россия 日本 🎉\"\nplain: héllo wörld  # c\nsingle: 'it''s'\n\
                    after: Россия\n";
        let root = doc(yaml);
        let title = root.get("title").unwrap();
        assert_eq!(title.source(yaml), "\"Étude — Россия 日本 🎉\"");
        assert_eq!(title.content_span(yaml).slice(yaml), "Étude — Россия 日本 🎉");
        assert_eq!(title.verbatim_span(yaml).map(|s| s.slice(yaml)), Some("Étude — Россия 日本 🎉"));
        assert_eq!(root.get("plain").unwrap().source(yaml), "héllo wörld");
        let single = root.get("single").unwrap();
        assert_eq!(single.source(yaml), "'it''s'");
        assert_eq!(single.verbatim_span(yaml), None);
        let (k, v) = root.entry("after").unwrap();
        assert_eq!(k.source(yaml), "after");
        assert_eq!(v.source(yaml), "Россия");
    }

    #[test]
    fn spans_are_document_offsets() {
        let document = "---\ntitle: 日本\n---\n";
        let parsed = parse(&document[4..document.len() - 4], 4);
        let root = &parsed.documents[0];
        assert_eq!(root.get("title").unwrap().source(document), "日本");
        assert_eq!(root.span.slice(document), "title: 日本");
    }

    #[test]
    fn collection_spans() {
        let yaml = "a: {x: [1, 2], y: 'é'}\nb:\n  - one\n  - two\nc: []\n";
        let root = doc(yaml);
        assert_eq!(root.get("a").unwrap().source(yaml), "{x: [1, 2], y: 'é'}");
        assert_eq!(root.get("a").unwrap().get("x").unwrap().source(yaml), "[1, 2]");
        assert_eq!(root.get("b").unwrap().source(yaml), "- one\n  - two");
        assert_eq!(root.get("c").unwrap().source(yaml), "[]");
        assert_eq!(root.span.slice(yaml), yaml.trim_end());
    }

    #[test]
    fn block_scalars_and_nulls() {
        let yaml = "note: |\n  line one\n  line two\n\nnext:\nlast: ~\n";
        let root = doc(yaml);
        let note = root.get("note").unwrap();
        assert_eq!(note.value, Value::Str("line one\nline two\n".into()));
        assert_eq!(note.source(yaml), "line one\n  line two");
        let next = root.get("next").unwrap();
        assert!(next.is_null() && next.span.is_empty());
        assert!(root.get("last").unwrap().is_null());
    }

    #[test]
    fn scalar_types_follow_the_core_schema() {
        let root = doc("d: 2026-03-02\ni: 2026\nf: 1.5\nb: true\ns: '12'\nt: !!str 12\n");
        assert_eq!(root.get("d").unwrap().value, Value::Str("2026-03-02".into()));
        assert_eq!(root.get("i").unwrap().value, Value::Int(2026));
        assert_eq!(root.get("f").unwrap().value, Value::Float(1.5));
        assert_eq!(root.get("b").unwrap().value, Value::Bool(true));
        assert_eq!(root.get("s").unwrap().value, Value::Str("12".into()));
        assert_eq!(root.get("t").unwrap().value, Value::Str("12".into()));
    }

    #[test]
    fn syntax_error_positions_are_bytes() {
        let yaml = "title: Россия\nbad: a: b\n";
        let parsed = parse(yaml, 10);
        assert!(parsed.documents.is_empty());
        let err = &parsed.errors[0];
        assert_eq!(err.span.start - 10, yaml.find("a: b").unwrap() + 1);
        assert!(err.message.starts_with("invalid YAML: unexpected `:`"), "{}", err.message);
    }

    /// A tab in the indentation is reported at the tab, wherever the reader noticed it (it
    /// stops at the start of the scalar before it, one line up).
    #[test]
    fn a_tab_in_the_indentation_points_at_the_tab() {
        for yaml in [
            "references:\n  - id: a\n    type: report\n  \ttitle: Situation report\n",
            "a: 1\n\tb: 2\n",
            "title: Россия\n\tb: 2\n",
            "a:\n\t\tb: 1\n",
            "list:\n  - x\n\t- y\n",
            "a:\n  b: plain words\n  \t c: 2\n",
        ] {
            let parsed = parse(yaml, 7);
            let error = parsed.errors.first().unwrap_or_else(|| panic!("{yaml:?}: no error"));
            assert!(error.message.contains("a tab is used for indentation"), "{yaml:?}: {}", error.message);
            let tab = yaml.find('\t').unwrap();
            assert_eq!(error.span, Span::new(tab + 7, tab + 8), "{yaml:?}: {}", error.message);
        }
    }

    #[test]
    fn unclosed_quote_points_at_the_quote() {
        let yaml = "title: 日本\nnote: \"open\n";
        let parsed = parse(yaml, 0);
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.errors[0].span.start, yaml.find('"').unwrap());
        assert!(parsed.errors[0].message.contains("never closed"));
    }

    #[test]
    fn duplicate_keys_are_reported_and_kept() {
        let yaml = "title: A\nnote: é\ntitle: B\nm: {'x': 1, 'x': 2}\n";
        let parsed = parse(yaml, 0);
        assert_eq!(parsed.errors.len(), 2, "{:?}", parsed.errors);
        let second = yaml.rfind("title").unwrap();
        assert_eq!(parsed.errors[0].span, Span::new(second, second + 5));
        assert!(parsed.errors[0].message.contains("`title` appears twice"));
        assert_eq!(parsed.errors[1].span.slice(yaml), "'x'");
        let root = &parsed.documents[0];
        let Value::Map(entries) = &root.value else { panic!() };
        let keys: Vec<_> = entries.iter().map(|(k, _)| k.as_text().unwrap()).collect();
        assert_eq!(keys, ["title", "note", "title", "m"]);
        assert_eq!(entries[2].0.source(yaml), "title");
        assert_eq!(root.get("title").unwrap().as_text().as_deref(), Some("A"));
        let Value::Map(m) = &root.get("m").unwrap().value else { panic!() };
        assert_eq!(m[1].0.value, Value::Str("x".into()));
    }

    #[test]
    fn three_equal_keys() {
        let parsed = parse("a: 1\na: 2\na: 3\n", 0);
        assert_eq!(parsed.errors.len(), 2);
        let Value::Map(entries) = &parsed.documents[0].value else { panic!() };
        assert!(entries.iter().all(|(k, _)| k.as_text().as_deref() == Some("a")));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let yaml = format!("{}x\n", "- ".repeat(100_000));
        let parsed = parse(&yaml, 0);
        assert!(parsed.documents.is_empty());
        assert!(parsed.errors[0].message.contains("too deeply"));
        let flow = format!("a: {}{}\n", "[".repeat(300), "]".repeat(300));
        let parsed = parse(&flow, 0);
        assert!(parsed.documents.is_empty());
        assert_eq!(parsed.errors.len(), 1);
    }

    /// The deepest structures the guard lets through read on a 2 MB stack (the default for
    /// spawned threads).
    #[test]
    fn deepest_accepted_nesting_fits_a_small_stack() {
        // Two block levels per column: a mapping, its list at the same indentation, and the
        // list item's mapping one column further right.
        let mut worst = String::new();
        let mut indent = 0;
        while indent < MAX_NESTING_COLUMN {
            worst.push_str(&format!("{0}k:\n{0}-\n", " ".repeat(indent)));
            indent += 1;
        }
        worst.push_str(&" ".repeat(indent));
        worst.push_str(&"[".repeat(254));
        worst.push_str(&"]".repeat(254));
        worst.push('\n');
        let compact = format!("{}{}{}\n", "- ".repeat(40), "[".repeat(254), "]".repeat(254));
        let handle = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || {
                let a = parse(&worst, 0);
                let b = parse(&compact, 0);
                (a.errors, a.documents.len(), b.errors, b.documents.len())
            })
            .unwrap();
        let (a_errors, a_docs, b_errors, b_docs) = handle.join().expect("no stack overflow");
        assert!(a_errors.is_empty(), "{a_errors:?}");
        assert!(b_errors.is_empty(), "{b_errors:?}");
        assert_eq!((a_docs, b_docs), (1, 1));
    }

    #[test]
    fn empty_and_comment_only() {
        assert!(parse("", 0).documents.is_empty());
        assert!(parse("# nothing\n", 0).documents.is_empty());
        assert!(parse("", 0).errors.is_empty());
    }
}
