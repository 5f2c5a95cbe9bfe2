//! CSL-JSON bibliographies (`.json`): an array of CSL items.
//!
//! serde_json keeps no positions, so this is a small JSON reader of its own that builds the
//! same span-keeping tree the YAML reader builds ([`Node`]), with byte offsets into the file.
//! A string's span is the token as written, quotes included, as for a quoted YAML scalar.
//!
//! Malformed JSON becomes one error at the position where reading stopped; the items read
//! completely before that point are kept. Nesting is limited to [`MAX_DEPTH`] levels, so no
//! input can exhaust the stack.

use crate::syntax::SyntaxError;
use crate::syntax::frontmatter::{self, Reference};
use crate::syntax::yaml::{Node, Value};
use crate::text::Span;

/// How deeply arrays and objects may nest (CSL items need four levels).
pub const MAX_DEPTH: usize = 128;

/// Reads a CSL-JSON file. Never fails: problems become errors with spans into `text`.
pub fn parse(text: &str) -> (Vec<Reference>, Vec<SyntaxError>) {
    let mut reader = Reader::new(text);
    let mut references = Vec::new();
    if let Err(error) = reader.bibliography(&mut references) {
        reader.errors.push(error);
    }
    let mut errors = reader.errors;
    errors.sort_by_key(|e| e.span.start);
    (references, errors)
}

/// Reads one JSON value from `text` (after optional whitespace and a byte order mark), with
/// nothing but whitespace after it.
#[cfg(test)]
fn parse_value(text: &str) -> Result<Node, SyntaxError> {
    let mut reader = Reader::new(text);
    reader.skip_space();
    let node = reader.value(0)?;
    reader.skip_space();
    match reader.peek() {
        None => Ok(node),
        Some(_) => Err(reader.error("unexpected text after the end of the JSON value")),
    }
}

struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    /// Problems that do not stop the reading (repeated keys).
    errors: Vec<SyntaxError>,
}

impl<'t> Reader<'t> {
    fn new(text: &'t str) -> Reader<'t> {
        let pos = if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
        Reader { text, bytes: text.as_bytes(), pos, errors: Vec::new() }
    }

    /// The top level: `[ item, item, … ]`, each item becoming a reference as it is read.
    fn bibliography(&mut self, out: &mut Vec<Reference>) -> Result<(), SyntaxError> {
        self.skip_space();
        match self.peek() {
            None => {
                return Err(self.error(
                    "the file is empty; a CSL-JSON bibliography is an array of items: `[{\"id\": …}, …]`",
                ));
            }
            Some(b'[') => {}
            Some(b'{') => {
                return Err(self
                    .error("a CSL-JSON bibliography is an array of items; wrap this object in `[` and `]`"));
            }
            Some(_) => {
                let found = self.value(0)?;
                return Err(SyntaxError {
                    span: found.span,
                    message: format!(
                        "a CSL-JSON bibliography is an array of items `[{{…}}, …]`, not {}",
                        kind_name(&found)
                    ),
                });
            }
        }
        self.pos += 1;
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
        } else {
            loop {
                let item = self.value(1)?;
                if matches!(item.value, Value::Map(_)) {
                    out.push(frontmatter::reference(self.text, &item));
                } else {
                    self.errors.push(SyntaxError {
                        span: item.span,
                        message: format!(
                            "each item of a CSL-JSON bibliography must be an object with \"id\" and \
                             \"type\", not {}",
                            kind_name(&item)
                        ),
                    });
                }
                if self.list_separator(b']')? {
                    break;
                }
            }
        }
        self.skip_space();
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("unexpected text after the end of the array of items")),
        }
    }

    /// After an element: `,` (returns false, more follow) or `close` (returns true).
    fn list_separator(&mut self, close: u8) -> Result<bool, SyntaxError> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                self.skip_space();
                if self.peek() == Some(close) {
                    return Err(self.error(&format!(
                        "invalid JSON: a comma cannot come right before `{}`; remove it",
                        close as char
                    )));
                }
                Ok(false)
            }
            Some(c) if c == close => {
                self.pos += 1;
                Ok(true)
            }
            None => {
                Err(self
                    .error(&format!("invalid JSON: the file ends before the closing `{}`", close as char)))
            }
            Some(_) => Err(self.error(&format!("invalid JSON: expected `,` or `{}`", close as char))),
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        self.skip_space();
        let Some(c) = self.peek() else {
            return Err(self.error("invalid JSON: the file ends where a value was expected"));
        };
        match c {
            b'{' | b'[' if depth >= MAX_DEPTH => {
                Err(self.error(&format!("invalid JSON: nested more than {MAX_DEPTH} levels deep")))
            }
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => {
                let start = self.pos;
                let s = self.string()?;
                Ok(Node { span: Span::new(start, self.pos), value: Value::Str(s) })
            }
            b'-' | b'0'..=b'9' => self.number(),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'n' => self.literal("null", Value::Null),
            b'\'' => Err(self.error("invalid JSON: strings are written in double quotes `\"…\"`")),
            b']' | b'}' => Err(self.error(&format!("invalid JSON: expected a value before `{}`", c as char))),
            _ => {
                Err(self
                    .error(&format!("invalid JSON: unexpected {}; expected a value", self.describe_here())))
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut entries: Vec<(Node, Node)> = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Node { span: Span::new(start, self.pos), value: Value::Map(entries) });
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("invalid JSON: the file ends inside an object")),
                Some(_) => {
                    return Err(self.error(&format!(
                        "invalid JSON: expected a key in double quotes, found {}",
                        self.describe_here()
                    )));
                }
            }
            let key_start = self.pos;
            let key = self.string()?;
            let key_node = Node { span: Span::new(key_start, self.pos), value: Value::Str(key.clone()) };
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("invalid JSON: expected `:` after the key"));
            }
            self.pos += 1;
            let value = self.value(depth + 1)?;
            // Like pandoc's JSON reader, the last of two equal keys counts.
            if let Some(i) = entries.iter().position(|(k, _)| k.value == key_node.value) {
                self.errors.push(SyntaxError {
                    span: key_node.span,
                    message: format!("`{key}` appears twice in this object; only this one counts"),
                });
                entries.remove(i);
            }
            entries.push((key_node, value));
            if self.list_separator(b'}')? {
                return Ok(Node { span: Span::new(start, self.pos), value: Value::Map(entries) });
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Node { span: Span::new(start, self.pos), value: Value::List(items) });
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.list_separator(b']')? {
                return Ok(Node { span: Span::new(start, self.pos), value: Value::List(items) });
            }
        }
    }

    /// A string token at `pos` (which holds `"`); leaves `pos` after the closing quote.
    fn string(&mut self) -> Result<String, SyntaxError> {
        let open = self.pos;
        self.pos += 1;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            let Some(c) = self.peek() else {
                return Err(SyntaxError {
                    span: Span::new(open, open + 1),
                    message: "invalid JSON: this string is never closed".to_string(),
                });
            };
            match c {
                b'"' => {
                    out.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(&self.text[run..self.pos]);
                    out.push(self.escape()?);
                    run = self.pos;
                }
                0x00..=0x1F => {
                    return Err(self.error(if c == b'\n' || c == b'\r' {
                        "invalid JSON: a string cannot run over a line break; write `\\n` or close the quote"
                    } else {
                        "invalid JSON: a control character inside a string must be escaped"
                    }));
                }
                _ => self.pos += 1,
            }
        }
    }

    /// An escape at `pos` (which holds `\`); returns the character and moves past it.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let start = self.pos;
        let simple = match self.bytes.get(start + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4(start)?;
                self.pos = start + 6;
                if !(0xD800..0xE000).contains(&high) {
                    return Ok(char::from_u32(high).unwrap_or('\u{FFFD}'));
                }
                let lone = || SyntaxError {
                    span: Span::new(start, start + 6),
                    message: "invalid JSON: `\\u` escape of half a surrogate pair".to_string(),
                };
                if high >= 0xDC00 || self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    return Err(lone());
                }
                let low = self.hex4(self.pos)?;
                if !(0xDC00..0xE000).contains(&low) {
                    return Err(lone());
                }
                self.pos += 6;
                let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            _ => {
                let end = self.char_end(start + 1);
                return Err(SyntaxError {
                    span: Span::new(start, end),
                    message: "invalid JSON: unknown escape; write `\\\\` for a backslash".to_string(),
                });
            }
        };
        self.pos = start + 2;
        Ok(simple)
    }

    /// The four hex digits after `\u` at `at`.
    fn hex4(&self, at: usize) -> Result<u32, SyntaxError> {
        let digits = self.bytes.get(at + 2..at + 6).filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        match digits.and_then(|d| std::str::from_utf8(d).ok()).and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(code) => Ok(code),
            None => Err(SyntaxError {
                span: Span::new(at, (at + 2).min(self.bytes.len())),
                message: "invalid JSON: `\\u` must be followed by four hex digits".to_string(),
            }),
        }
    }

    fn number(&mut self) -> Result<Node, SyntaxError> {
        let start = self.pos;
        let digits = |r: &mut Reader<'_>| {
            let from = r.pos;
            while r.peek().is_some_and(|b| b.is_ascii_digit()) {
                r.pos += 1;
            }
            r.pos - from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        let n = digits(self);
        if n == 0 {
            return Err(self.error("invalid JSON: expected a digit"));
        }
        if n > 1 && self.bytes[int_start] == b'0' {
            return Err(SyntaxError {
                span: Span::new(int_start, self.pos),
                message:
                    "invalid JSON: a number cannot start with 0; write it as a string if the zero matters"
                        .to_string(),
            });
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            integer = false;
            if digits(self) == 0 {
                return Err(self.error("invalid JSON: expected a digit after the decimal point"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            integer = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(self.error("invalid JSON: expected a digit in the exponent"));
            }
        }
        let span = Span::new(start, self.pos);
        let source = span.slice(self.text);
        let value = match source.parse::<i64>() {
            Ok(i) if integer => Value::Int(i),
            _ => Value::Float(source.parse::<f64>().unwrap_or(f64::NAN)),
        };
        Ok(Node { span, value })
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Node, SyntaxError> {
        let start = self.pos;
        if self.bytes[start..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(Node { span: Span::new(start, self.pos), value })
        } else {
            Err(self.error(&format!("invalid JSON: unexpected {}; expected a value", self.describe_here())))
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The end of the character starting at `at`.
    fn char_end(&self, at: usize) -> usize {
        match self.text.get(at..).and_then(|rest| rest.chars().next()) {
            Some(c) => at + c.len_utf8(),
            None => at.min(self.text.len()),
        }
    }

    /// The character at `pos`, for a message ("`x`", "a word").
    fn describe_here(&self) -> String {
        let rest = &self.text[self.pos..];
        let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').take(20).collect();
        if word.chars().count() > 1 {
            return format!("`{word}` (strings are written in double quotes)");
        }
        match rest.chars().next() {
            Some(c) => format!("`{c}`"),
            None => "the end of the file".to_string(),
        }
    }

    /// An error at the character at `pos` (an empty span at the end of the text).
    fn error(&self, message: &str) -> SyntaxError {
        SyntaxError { span: Span::new(self.pos, self.char_end(self.pos)), message: message.to_string() }
    }
}

/// The JSON name of a node's kind, for messages.
fn kind_name(node: &Node) -> &'static str {
    match node.value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Int(_) | Value::Float(_) => "a number",
        Value::Str(_) => "a string",
        Value::List(_) => "an array",
        Value::Map(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Node {
        parse_value(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
    }

    fn error(text: &str) -> SyntaxError {
        parse_value(text).expect_err(text)
    }

    #[test]
    fn scalars() {
        assert_eq!(value("true").value, Value::Bool(true));
        assert_eq!(value(" false ").value, Value::Bool(false));
        assert_eq!(value("null").value, Value::Null);
        assert_eq!(value("-12").value, Value::Int(-12));
        assert_eq!(value("0").value, Value::Int(0));
        assert_eq!(value("1.5e2").value, Value::Float(150.0));
        assert_eq!(value("99999999999999999999").value, Value::Float(1e20));
        assert_eq!(
            value("\"a\\\"b\\\\c\\/\\n\\u00e9\\ud83c\\udf89\"").value,
            Value::Str("a\"b\\c/\né🎉".into())
        );
        assert_eq!(value("\"Россия\"").value, Value::Str("Россия".into()));
    }

    #[test]
    fn spans_are_byte_offsets() {
        let text = "{\"title\": \"Étude\", \"n\": [1, 2.5], \"x\": {}}";
        let root = value(text);
        assert_eq!(root.span.slice(text), text);
        let (k, v) = root.entry("title").unwrap();
        assert_eq!(k.span.slice(text), "\"title\"");
        assert_eq!(v.span.slice(text), "\"Étude\"");
        assert_eq!(v.content_span(text).slice(text), "Étude");
        assert_eq!(root.get("n").unwrap().span.slice(text), "[1, 2.5]");
        assert_eq!(root.get("x").unwrap().span.slice(text), "{}");
    }

    #[test]
    fn errors_point_at_the_problem() {
        let cases: &[(&str, &str, &str)] = &[
            ("[1, 2", "", "ends before the closing `]`"),
            ("[1 2]", "2", "expected `,` or `]`"),
            ("[1, ]", "]", "comma cannot come right before"),
            ("{\"a\" 1}", "1", "expected `:`"),
            ("{a: 1}", "a", "expected a key in double quotes"),
            ("\"abc", "\"", "never closed"),
            ("\"a\\qb\"", "\\q", "unknown escape"),
            ("\"\\ud83c\"", "\\ud83c", "half a surrogate pair"),
            ("\"\\u12\"", "\\u", "four hex digits"),
            ("01", "01", "cannot start with 0"),
            ("1.", "", "after the decimal point"),
            ("tru", "t", "unexpected"),
            ("'x'", "'", "double quotes"),
            ("nope", "n", "`nope`"),
            ("1 2", "2", "after the end"),
            ("\"a\nb\"", "\n", "line break"),
            ("", "", "ends where a value was expected"),
        ];
        for (text, at, message) in cases {
            let e = error(text);
            assert_eq!(e.span.slice(text), *at, "{text:?}: {e:?}");
            assert!(e.message.contains(message), "{text:?}: {}", e.message);
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_an_overflow() {
        let text = "[".repeat(100_000);
        let e = error(&text);
        assert!(e.message.contains("nested more than"), "{}", e.message);
        let text = format!("{}{}", "{\"a\":".repeat(100_000), "1");
        assert!(error(&text).message.contains("nested more than"));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse_value(&ok).is_ok());
    }

    #[test]
    fn bibliography_items_become_references() {
        let text = "\u{FEFF}[\n  {\"id\": \"mfa-2026\", \"type\": \"report\", \"title\": \"Situation\",\n   \
                    \"credibility\": 2, \"reliability\": \"B\", \"via\": \"tass, ria\"},\n  {\"id\": 7}\n]\n";
        let (refs, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(refs.len(), 2);
        let r = &refs[0];
        assert_eq!(r.id.as_ref().unwrap().value, "mfa-2026");
        assert_eq!(r.id.as_ref().unwrap().span.slice(text), "\"mfa-2026\"");
        assert_eq!(r.kind.as_ref().unwrap().value, "report");
        assert_eq!(r.credibility.as_ref().unwrap().value, "2");
        assert_eq!(r.via.iter().map(|v| v.span.slice(text)).collect::<Vec<_>>(), ["tass", "ria"]);
        assert!(r.span.slice(text).starts_with('{') && r.span.slice(text).ends_with('}'));
        assert_eq!(r.field("TITLE").unwrap().1.as_text().as_deref(), Some("Situation"));
        assert_eq!(refs[1].id.as_ref().unwrap().value, "7");
    }

    #[test]
    fn bibliography_errors() {
        let (refs, errors) = parse("");
        assert!(refs.is_empty());
        assert!(errors[0].message.contains("empty"));

        let text = "{\"id\": \"a\"}";
        let (refs, errors) = parse(text);
        assert!(refs.is_empty());
        assert!(errors[0].message.contains("wrap this object"));

        let text = "[{\"id\": \"a\", \"type\": \"book\"}, \"b\", {\"id\": \"c\", \"title\": }]";
        let (refs, errors) = parse(text);
        assert_eq!(refs.len(), 1, "the complete item before the error is kept");
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0].span.slice(text), "\"b\"");
        assert!(errors[0].message.contains("not a string"));
        assert_eq!(errors[1].span.slice(text), "}");

        let text = "[{\"id\": \"a\", \"title\": \"x\", \"title\": \"y\"}]";
        let (refs, errors) = parse(text);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].span.start, text.rfind("\"title\"").unwrap());
        assert_eq!(refs[0].field("title").unwrap().1.as_text().as_deref(), Some("y"));

        let (refs, errors) = parse("[]");
        assert!(refs.is_empty() && errors.is_empty());
        let (_, errors) = parse("[] x");
        assert!(errors[0].message.contains("after the end"));
    }
}
