//! YAML front matter: finding it, reading it with saphyr, and pulling out the report's
//! metadata and CSL references.
//!
//! Pandoc's rules: the block opens with a line `---` at the start of the file (trailing
//! spaces allowed; after a byte order mark and blank lines, which pandoc skips before the first
//! block) that is *not* followed by a blank line (`---` and a blank line is a thematic break),
//! and closes at the next line that is `---` or `...`.

use super::SyntaxError;
use super::yaml::{self, Node, Value};
use crate::text::Span;

/// A scalar string with the span of its value.
///
/// For a value read from YAML, the span is the scalar as written: a quoted value's span
/// includes its quotes (see [`crate::syntax::yaml`]). Ids split out of a `via` list span
/// exactly the id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned {
    pub value: String,
    pub span: Span,
}

/// One CSL item from `references:`.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// The whole item (the mapping node).
    pub span: Span,
    pub id: Option<Spanned>,
    /// The `type` field.
    pub kind: Option<Spanned>,
    /// Every field of the item in document order, including `id` and `type`.
    pub node: Node,
    pub reliability: Option<Spanned>,
    pub credibility: Option<Spanned>,
    /// `via`, split on commas, each id with its own span.
    pub via: Vec<Spanned>,
}

impl Reference {
    /// The key and value of field `name`, matched without regard to case as pandoc does for
    /// reference fields (`URL`, `Issued` and `issued` are one field).
    pub fn field(&self, name: &str) -> Option<(&Node, &Node)> {
        field(&self.node, name)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FrontMatter {
    /// The whole block, from the opening `---` to the end of the closing delimiter line
    /// (without its line break). For a block that is never closed: the opening line.
    pub span: Span,
    /// The YAML text between the delimiters (empty, after the opening line, when the block is
    /// never closed).
    pub yaml_span: Span,
    /// The root mapping, when the YAML parsed. An empty block reads as an empty mapping.
    pub root: Option<Node>,
    pub title: Option<Spanned>,
    pub date: Option<Spanned>,
    /// Key span of `references:` when present.
    pub references_key: Option<Span>,
    pub references: Vec<Reference>,
    /// Key span of `bibliography:` when present.
    pub bibliography_key: Option<Span>,
    pub bibliography: Vec<Spanned>,
    /// Key span of `attest:` when present.
    pub attest_key: Option<Span>,
    /// The keys `nocite:` lists (`@a, @b`; `@*` for every reference): pandoc puts them in the
    /// bibliography without a citation in the text.
    pub nocite: Vec<Spanned>,
    /// The front matter makes the file a report: its mapping has `references`, `bibliography`
    /// or `attest`, or, when it cannot be read (broken YAML, never closed, not a mapping), one
    /// of its lines starts with such a key in the first column (`references:`). A report
    /// whose YAML is broken is still a report: the error must be reported, not the file
    /// skipped.
    pub declares_report: bool,
}

impl FrontMatter {
    fn empty(span: Span, yaml_span: Span) -> FrontMatter {
        FrontMatter {
            span,
            yaml_span,
            root: None,
            title: None,
            date: None,
            references_key: None,
            references: Vec::new(),
            bibliography_key: None,
            bibliography: Vec::new(),
            attest_key: None,
            nocite: Vec::new(),
            declares_report: false,
        }
    }
}

/// The top-level keys that make a Markdown file a report.
const REPORT_KEYS: [&str; 3] = ["references", "bibliography", "attest"];

/// Whether a line of `text[span]` opens one of [`REPORT_KEYS`] in the first column
/// (`references:`, plain or quoted, blanks allowed before the colon, followed by a blank or the
/// line's end), read without a YAML reader: for a front matter the reader cannot read.
fn names_report_key(text: &str, span: Span) -> bool {
    let opens_key = |line: &str, key: &str| {
        let rest = match line.chars().next() {
            Some(q @ ('"' | '\'')) => line[1..].strip_prefix(key).and_then(|r| r.strip_prefix(q)),
            _ => line.strip_prefix(key),
        };
        rest.and_then(|r| r.trim_start_matches([' ', '\t']).strip_prefix(':'))
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
    };
    span.slice(text).lines().any(|line| REPORT_KEYS.iter().any(|key| opens_key(line, key)))
}

/// Reads the front matter at the start of `text` (after a byte order mark and blank lines),
/// if any.
///
/// Returns the front matter (when `text` opens with one, even a broken one), the byte offset
/// where the Markdown body starts, and the errors found (YAML syntax, structure).
///
/// - No front matter: `(None, 0, [])` (after a byte order mark, the body still starts at 0).
/// - Never closed: the front matter with `root: None`, one error at the opening `---`, and the
///   body starting just after the opening line (pandoc reads the rest as Markdown).
/// - Broken YAML: `root: None`, the error where the YAML reader stopped, and the body after the
///   closing line.
pub fn parse_front_matter(text: &str) -> (Option<FrontMatter>, usize, Vec<SyntaxError>) {
    let Some(Delimiters { start, open, close }) = delimiters(text) else { return (None, 0, Vec::new()) };
    let open_span = Span::new(start, open.content.end);
    let Some(close) = close else {
        let mut fm = FrontMatter::empty(open_span, Span::at(open.next));
        // Nothing closes it: every line after the opening one might have been meant as YAML.
        fm.declares_report = names_report_key(text, Span::new(open.next, text.len()));
        let error = SyntaxError {
            span: Span::new(start, start + 3),
            message: "front matter opened here is never closed; add a line `---`".to_string(),
        };
        return (Some(fm), open.next, vec![error]);
    };

    let yaml_span = Span::new(open.next, close.content.start);
    let mut fm = FrontMatter::empty(Span::new(start, close.content.end), yaml_span);
    let mut errors = Vec::new();
    read_yaml(text, &mut fm, &mut errors);
    fm.declares_report = if fm.root.is_some() {
        fm.references_key.is_some() || fm.bibliography_key.is_some() || fm.attest_key.is_some()
    } else {
        names_report_key(text, yaml_span)
    };
    (Some(fm), close.next, errors)
}

/// Where the Markdown body starts, as [`parse_front_matter`] gives it, without reading the
/// YAML: a long report's body can be read while its front matter is.
pub fn body_start(text: &str) -> usize {
    match delimiters(text) {
        None => 0,
        Some(Delimiters { close: Some(close), .. }) => close.next,
        Some(Delimiters { open, close: None, .. }) => open.next,
    }
}

/// The lines opening and closing the front matter (`None`: never closed), and where the
/// opening one starts (after a byte order mark).
struct Delimiters {
    start: usize,
    open: Line,
    close: Option<Line>,
}

/// The front matter's delimiter lines, or `None` when the text opens with none.
fn delimiters(text: &str) -> Option<Delimiters> {
    let mut start = if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
    // pandoc skips blank lines before the first block: a metadata block that only they
    // precede is the document's metadata.
    while let Some(blank) = line_at(text, start).filter(|l| is_blank(l.content.slice(text))) {
        start = blank.next;
    }
    let open = line_at(text, start)?;
    if !is_delimiter(open.content.slice(text), false) {
        return None;
    }
    // `---` must be followed by a line that is not blank.
    match line_at(text, open.next) {
        Some(next) if !next.content.slice(text).trim().is_empty() => {}
        _ => return None,
    }
    let mut at = open.next;
    let close = loop {
        match line_at(text, at) {
            None => break None,
            Some(line) if is_delimiter(line.content.slice(text), true) => break Some(line),
            Some(line) => at = line.next,
        }
    };
    Some(Delimiters { start, open, close })
}

/// One line: its text without the line break, and where the next line starts.
struct Line {
    content: Span,
    next: usize,
}

/// The line starting at `at`, or `None` at the end of the text.
fn line_at(text: &str, at: usize) -> Option<Line> {
    if at >= text.len() {
        return None;
    }
    let rest = &text[at..];
    let (len, next) = match rest.find('\n') {
        Some(i) => (i, at + i + 1),
        None => (rest.len(), text.len()),
    };
    let mut end = at + len;
    if end > at && text.as_bytes()[end - 1] == b'\r' {
        end -= 1;
    }
    Some(Line { content: Span::new(at, end), next })
}

/// A line of nothing but spaces and tabs, as pandoc reads a blank line.
pub(crate) fn is_blank(line: &str) -> bool {
    line.bytes().all(|b| b == b' ' || b == b'\t')
}

/// `---` (or, for a closing line, `...`), with trailing spaces or tabs.
fn is_delimiter(line: &str, closing: bool) -> bool {
    let line = line.trim_end_matches([' ', '\t']);
    line == "---" || (closing && line == "...")
}

fn read_yaml(text: &str, fm: &mut FrontMatter, errors: &mut Vec<SyntaxError>) {
    let yaml_text = fm.yaml_span.slice(text);
    let parsed = yaml::parse(yaml_text, fm.yaml_span.start);
    // A syntax error leaves no documents: the metadata cannot be read.
    let unreadable = parsed.documents.is_empty() && !parsed.errors.is_empty();
    errors.extend(parsed.errors.into_iter().map(|e| SyntaxError { span: e.span, message: e.message }));
    if unreadable {
        return;
    }
    let mut documents = parsed.documents.into_iter();
    let root = documents.next();
    if let Some(second) = documents.next() {
        errors.push(SyntaxError {
            span: Span::at(second.span.start),
            message: "a second YAML document starts here; the front matter holds one mapping \
                      (a line `---` with text after it starts a new document)"
                .to_string(),
        });
    }
    let root = match root {
        // Nothing but comments, or nothing at all: an empty mapping.
        None => Node { span: fm.yaml_span, value: Value::Map(Vec::new()) },
        Some(node) if node.is_null() => Node { span: fm.yaml_span, value: Value::Map(Vec::new()) },
        Some(node) if matches!(node.value, Value::Map(_)) => node,
        Some(node) => {
            errors.push(SyntaxError {
                span: node.span,
                message: format!(
                    "the front matter must be a YAML mapping of `key: value` lines, not {}",
                    node.kind_name()
                ),
            });
            return;
        }
    };
    extract(text, fm, &root, errors);
    fm.root = Some(root);
}

/// The keys cited in a `nocite:` value, which pandoc reads as Markdown: `@a, @b`, `[@a; @b]`
/// or `@*`, as a string (often a block scalar, `|`) or a list of strings. Keys are read from the
/// source as written, so that their spans point into the report.
fn nocite_keys(text: &str, value: &Node) -> Vec<Spanned> {
    let strings: Vec<&Node> = match &value.value {
        Value::List(items) => items.iter().collect(),
        _ => vec![value],
    };
    let mut keys = Vec::new();
    for node in strings.into_iter().filter(|n| n.is_scalar()) {
        let source = node.source(text);
        // `@*`, every reference, which attest reads as no citation in the text.
        for (at, _) in source.match_indices("@*") {
            if !source[..at].ends_with(|c: char| c.is_alphanumeric()) {
                let start = node.span.start + at + 1;
                keys.push(Spanned { value: "*".to_string(), span: Span::new(start, start + 1) });
            }
        }
        for citation in super::citation::scan_citations(source, source, &[]) {
            for item in citation.items {
                let span =
                    Span::new(node.span.start + item.key_span.start, node.span.start + item.key_span.end);
                keys.push(Spanned { value: item.key.to_string(), span });
            }
        }
    }
    keys.sort_by_key(|k| k.span.start);
    keys
}

fn extract(text: &str, fm: &mut FrontMatter, root: &Node, errors: &mut Vec<SyntaxError>) {
    fm.title = root.get("title").and_then(scalar);
    fm.date = root.get("date").and_then(scalar);
    fm.attest_key = root.entry("attest").map(|(k, _)| k.span);
    if let Some(value) = root.get("nocite") {
        fm.nocite = nocite_keys(text, value);
    }

    if let Some((key, value)) = root.entry("references") {
        fm.references_key = Some(key.span);
        match &value.value {
            Value::List(items) => {
                for item in items {
                    if matches!(item.value, Value::Map(_)) {
                        fm.references.push(reference(text, item));
                    } else {
                        errors.push(SyntaxError {
                            span: if item.span.is_empty() { key.span } else { item.span },
                            message: format!(
                                "each item of `references:` must be a mapping with `id:` and \
                                 `type:`, not {}",
                                item.kind_name()
                            ),
                        });
                    }
                }
            }
            Value::Null => {}
            _ => errors.push(SyntaxError {
                span: value.span,
                message: format!(
                    "`references:` must be a list of items, each starting with `- id:`, not {}",
                    value.kind_name()
                ),
            }),
        }
    }

    if let Some((key, value)) = root.entry("bibliography") {
        fm.bibliography_key = Some(key.span);
        let not_a_file = |node: &Node| SyntaxError {
            span: if node.span.is_empty() { key.span } else { node.span },
            message: format!("`bibliography:` names files; expected a file name, not {}", node.kind_name()),
        };
        match &value.value {
            Value::List(items) => {
                for item in items {
                    match scalar(item) {
                        Some(file) => fm.bibliography.push(file),
                        None => errors.push(not_a_file(item)),
                    }
                }
            }
            Value::Null => {}
            _ => match scalar(value) {
                Some(file) => fm.bibliography.push(file),
                None => errors.push(not_a_file(value)),
            },
        }
    }
}

/// A scalar node as a [`Spanned`] (strings, numbers and booleans; not null).
pub(super) fn scalar(node: &Node) -> Option<Spanned> {
    node.as_text().map(|value| Spanned { value, span: node.span })
}

/// Field `name` of a reference item, case-insensitively as pandoc reads CSL keys.
pub(super) fn field<'n>(item: &'n Node, name: &str) -> Option<(&'n Node, &'n Node)> {
    match &item.value {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Str(s) if s.eq_ignore_ascii_case(name)))
            .map(|(k, v)| (k, v)),
        _ => None,
    }
}

pub(crate) fn reference(text: &str, item: &Node) -> Reference {
    let get = |name: &str| field(item, name).map(|(_, v)| v);
    let via = match get("via") {
        Some(node) => match &node.value {
            Value::List(items) => items.iter().flat_map(|i| split_ids(text, i)).collect(),
            _ => split_ids(text, node),
        },
        None => Vec::new(),
    };
    Reference {
        span: item.span,
        id: get("id").and_then(scalar),
        kind: get("type").and_then(scalar),
        node: item.clone(),
        reliability: get("reliability").and_then(scalar),
        credibility: get("credibility").and_then(scalar),
        via,
    }
}

/// The comma-separated ids of a scalar, trimmed, each with its own span when the scalar's
/// text appears verbatim in the document (otherwise each gets the scalar's span).
fn split_ids(text: &str, node: &Node) -> Vec<Spanned> {
    let Some(value) = node.as_text() else { return Vec::new() };
    let verbatim = node.verbatim_span(text);
    let mut out = Vec::new();
    let mut offset = 0;
    for piece in value.split(',') {
        let lead = piece.len() - piece.trim_start().len();
        let id = piece.trim();
        if !id.is_empty() {
            let span = match verbatim {
                Some(v) => Span::new(v.start + offset + lead, v.start + offset + lead + id.len()),
                None => node.span,
            };
            out.push(Spanned { value: id.to_string(), span });
        }
        offset += piece.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (FrontMatter, usize, Vec<SyntaxError>) {
        let (fm, body, errors) = parse_front_matter(text);
        (fm.expect("front matter"), body, errors)
    }

    /// `nocite:` keys with their spans, in the forms pandoc reads (pandoc 2.17 reads no
    /// `@{odd key}` there either).
    #[test]
    fn nocite_keys_point_into_the_text() {
        let cases: &[(&str, &[&str])] = &[
            ("---\nnocite: \"@a, @b\"\n---\n", &["a", "b"]),
            ("---\nnocite: |\n  @a; [@b, p. 4]\n  @{odd key}\n---\n", &["a", "b"]),
            ("---\nnocite: \"@{odd key}\"\n---\n", &[]),
            ("---\nnocite:\n  - \"@a\"\n  - \"@*\"\n---\n", &["a", "*"]),
            ("---\nnocite: \"mail@example.org\"\n---\n", &[]),
        ];
        for &(text, want) in cases {
            let (fm, _, errors) = parse(text);
            assert!(errors.is_empty(), "{text:?}: {errors:?}");
            let got: Vec<&str> = fm.nocite.iter().map(|k| k.value.as_str()).collect();
            assert_eq!(got, want, "{text:?}");
            for k in &fm.nocite {
                assert!(k.span.slice(text).contains(k.value.as_str()), "{text:?}: {k:?}");
            }
        }
    }

    /// Which front matters make a file a report, read or not.
    #[test]
    fn declares_report() {
        let cases: &[(&str, bool)] = &[
            ("---\nreferences: []\n---\n", true),
            ("---\nbibliography: a.bib\n---\n", true),
            ("---\nattest: {}\n---\n", true),
            ("---\ntitle: x\n---\n", false),
            ("---\nsite:\n  references: []\n---\n", false),
            // YAML the reader cannot read: a key in the first column still counts.
            ("---\nreferences:\n  - id: \"a\n---\n", true),
            ("---\nreferences :\n  - id: \"a\n---\n", true),
            ("---\n\"references\": [a\n---\n", true),
            ("---\n'attest':\n  scale: [x\n---\n", true),
            ("---\r\ntitle: \"x\r\nbibliography:\r\n---\r\n", true),
            ("---\ntitle: \"x\n---\n", false),
            ("---\n  references: [a\n---\n", false),
            ("---\nreferences-old: [a\n---\n", false),
            ("---\nreferences:x [a\n---\n", false),
            // Never closed: any line after the opening one.
            ("---\ntitle: x\n\nbibliography: a.bib\nText.\n", true),
            ("---\ntitle: x\n\nText.\n", false),
        ];
        for &(text, want) in cases {
            assert_eq!(parse(text).0.declares_report, want, "{text:?}");
        }
    }

    #[test]
    fn no_front_matter() {
        for text in
            ["", "# Title\n", "---\n\ntext\n", "---", "---\n", " ---\ntitle: x\n---\n", "----\na: 1\n----\n"]
        {
            assert_eq!(parse_front_matter(text), (None, 0, Vec::new()), "{text:?}");
        }
    }

    #[test]
    fn delimiters() {
        let text = "---  \r\ntitle: Report\r\n...\t\r\nBody\n";
        let (fm, body, errors) = parse(text);
        assert!(errors.is_empty());
        assert_eq!(&text[body..], "Body\n");
        assert_eq!(fm.span.slice(text), "---  \r\ntitle: Report\r\n...\t");
        assert_eq!(fm.yaml_span.slice(text), "title: Report\r\n");
        assert_eq!(fm.title.unwrap().span.slice(text), "Report");

        let text = "---\ntitle: x\n---";
        let (_, body, _) = parse(text);
        assert_eq!(body, text.len());
    }

    #[test]
    fn byte_order_mark() {
        let text = "\u{FEFF}---\ntitle: é\n---\nBody";
        let (fm, body, errors) = parse(text);
        assert!(errors.is_empty());
        assert_eq!(fm.span.start, 3);
        assert_eq!(fm.title.unwrap().span.slice(text), "é");
        assert_eq!(&text[body..], "Body");
    }

    /// pandoc reads a metadata block that only blank lines (spaces and tabs) precede, after a
    /// byte order mark too, as the document's (checked with pandoc 2.17).
    #[test]
    fn blank_lines_before_the_front_matter() {
        for text in [
            "\n---\ntitle: x\n---\nBody",
            "\n\n\n---\ntitle: x\n---\nBody",
            "  \n\t\n \t \n---\ntitle: x\n---\nBody",
            "\r\n \r\n---\r\ntitle: x\r\n---\r\nBody",
            "\u{FEFF}\n---\ntitle: x\n---\nBody",
        ] {
            let (fm, body, errors) = parse(text);
            assert!(errors.is_empty(), "{text:?}: {errors:?}");
            assert_eq!(fm.span.start, text.find("---").unwrap(), "{text:?}");
            assert_eq!(fm.title.unwrap().span.slice(text), "x", "{text:?}");
            assert_eq!(&text[body..], "Body", "{text:?}");
        }
        let (fm, body, errors) = parse("\n---\nreferences: []\n\nBody\n");
        assert_eq!((fm.span, body, errors[0].span), (Span::new(1, 4), 5, Span::new(1, 4)));
        // Not blank to pandoc: a no-break space, a form feed; text; a `---` then a blank line.
        for text in [
            "\u{A0}\n---\ntitle: x\n---\n",
            "\u{C}\n---\ntitle: x\n---\n",
            "\nText\n\n---\ntitle: x\n---\n",
            "\n---\n\ntitle: x\n---\n",
            "\n\n  \n",
        ] {
            assert_eq!(parse_front_matter(text), (None, 0, Vec::new()), "{text:?}");
        }
    }

    #[test]
    fn empty_block_is_an_empty_mapping() {
        let (fm, body, errors) = parse("---\n---\nBody");
        assert!(errors.is_empty());
        assert_eq!(fm.root.map(|r| r.value), Some(Value::Map(Vec::new())));
        assert_eq!(body, 8);
        let (fm, _, errors) = parse("---\n# only a comment\n---\n");
        assert!(errors.is_empty() && fm.root.is_some());
    }

    #[test]
    fn unterminated() {
        let text = "---\ntitle: x\n\nBody text.\n";
        let (fm, body, errors) = parse(text);
        assert_eq!(fm.root, None);
        assert_eq!(body, 4);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].span, Span::new(0, 3));
        assert!(errors[0].message.contains("never closed"));
    }

    #[test]
    fn broken_yaml() {
        let text = "---\ntitle: Россия\nbad: [1, 2\n---\nBody";
        let (fm, body, errors) = parse(text);
        assert_eq!(fm.root, None);
        assert_eq!(&text[body..], "Body");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.starts_with("invalid YAML"), "{}", errors[0].message);
        assert!(fm.yaml_span.covers(errors[0].span));
    }

    #[test]
    fn root_must_be_a_mapping() {
        let (fm, _, errors) = parse("---\n- a\n- b\n---\n");
        assert_eq!(fm.root, None);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("not a list"));
    }

    #[test]
    fn references() {
        let text = "---\ntitle: \"Étude\"\ndate: 2026-03-02\nreferences:\n  - id: mfa-2026\n    \
                    type: report\n    reliability: B\n    credibility: 2\n    via: \"tass-1 , ria\"\n  \
                    - {ID: 'x', Type: webpage, via: [a, b]}\nbibliography: refs.bib\nattest: {}\n---\n";
        let (fm, _, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(fm.title.as_ref().unwrap().span.slice(text), "\"Étude\"");
        assert_eq!(fm.date.unwrap().value, "2026-03-02");
        assert_eq!(fm.references_key.unwrap().slice(text), "references");
        assert_eq!(fm.references.len(), 2);
        let a = &fm.references[0];
        assert_eq!(a.id.as_ref().unwrap().span.slice(text), "mfa-2026");
        assert_eq!(a.kind.as_ref().unwrap().value, "report");
        assert_eq!(a.reliability.as_ref().unwrap().value, "B");
        assert_eq!(a.credibility.as_ref().unwrap().value, "2");
        let via: Vec<_> = a.via.iter().map(|v| (v.value.as_str(), v.span.slice(text))).collect();
        assert_eq!(via, [("tass-1", "tass-1"), ("ria", "ria")]);
        assert!(a.span.slice(text).starts_with("id: mfa-2026") && a.span.slice(text).ends_with("ria\""));
        let b = &fm.references[1];
        assert_eq!(b.id.as_ref().unwrap().value, "x");
        assert_eq!(b.kind.as_ref().unwrap().value, "webpage");
        assert_eq!(b.via.iter().map(|v| v.span.slice(text)).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(b.span.slice(text), "{ID: 'x', Type: webpage, via: [a, b]}");
        assert_eq!(fm.bibliography.iter().map(|b| b.value.as_str()).collect::<Vec<_>>(), ["refs.bib"]);
        assert_eq!(fm.attest_key.unwrap().slice(text), "attest");
    }

    #[test]
    fn structure_errors() {
        let text = "---\nreferences: mfa\nbibliography: [a.bib, {x: 1}]\n---\n";
        let (fm, _, errors) = parse(text);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0].span.slice(text), "mfa");
        assert_eq!(errors[1].span.slice(text), "{x: 1}");
        assert_eq!(fm.bibliography.len(), 1);

        let text = "---\nreferences:\n  - mfa\n  - id: b\n---\n";
        let (fm, _, errors) = parse(text);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].span.slice(text), "mfa");
        assert_eq!(fm.references.len(), 1);
    }

    #[test]
    fn duplicate_keys_keep_the_metadata() {
        let text = "---\nreferences:\n  - id: a\n    title: One\n    title: Two\n---\n";
        let (fm, _, errors) = parse(text);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].span.slice(text), "title");
        assert_eq!(errors[0].span.start, text.rfind("title").unwrap());
        assert_eq!(fm.references.len(), 1);
    }
}
