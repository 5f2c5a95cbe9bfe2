use super::Context;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::syntax::SyntaxError;
use crate::syntax::edtf::{calendar_error, is_edtf};
use crate::syntax::frontmatter::{FrontMatter, Reference};
use crate::syntax::metadata::MetadataBlock;
use crate::syntax::yaml::{Node, Value};
use crate::text::Span;

super::declare_rule! {
    /// ## What it does
    /// Reports front matter that pandoc would reject or silently misread.
    ///
    /// - YAML syntax errors, a block opened with `---` that is never closed, repeated keys, a
    ///   front matter that is not a mapping, a `references:` that is not a list of mappings.
    /// - A reference without `id` (pandoc skips it) or without `type`, and an `id` that YAML
    ///   reads as something other than the text written: unquoted `yes`, `no`, `on`, `off`,
    ///   `y`, `n`, `true` or `false` is a boolean to pandoc's YAML reader, and `007` is the
    ///   number 7 (the fix quotes it).
    /// - A date field (`issued`, `accessed`, `original-date`, `event-date`, `submitted`,
    ///   `container`) given as a string that is not an EDTF date such as `2026`, `2026-03` or
    ///   `2026-03-02`, or that names a day that does not exist (`2026-02-30`). A CSL date
    ///   mapping (`{date-parts: [[2026, 3, 2]]}`, `{literal: …}`) is fine; its `raw:` is read
    ///   like a string.
    /// - `reliability` that is not one uppercase letter `A`–`F`, and `credibility` that is not
    ///   a digit `1`–`6`, in the front matter or in a bibliography file (reported in the file).
    /// - `reliability`, `credibility` or `via` given as a list or mapping.
    /// - A report `date` that is not an EDTF date.
    /// - A YAML metadata block after the front matter: a line `---` after a blank line, then
    ///   text, then a line `---` or `...`. When the text is a YAML mapping, pandoc merges it into
    ///   the metadata and shows none of it, while attest reads metadata only from the front
    ///   matter; when it is not YAML, pandoc stops with an error. A horizontal rule written
    ///   `---` right above a line such as `Officials said: 5,000 fled` is a common way to lose
    ///   a paragraph; the fix puts a blank line after the `---`.
    ///
    /// ## Why is this bad?
    /// Pandoc reads a date string only as EDTF: `issued: March 2026` becomes an empty date
    /// without any warning, and the bibliography loses the year. A reference without `id`
    /// cannot be cited, and custom fields that are lists or mappings are dropped. A grade
    /// outside the code (`G`, `7`, `b`) cannot be compared with the others, and a broken
    /// front matter hides every reference from the checks that use them.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// title: Fighters in northern Afghanistan
    /// references:
    ///   - id: mfa-2026
    ///     title: Situation report on Afghanistan
    ///     issued: March 2026
    ///     reliability: b
    ///     credibility: 7
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// title: Fighters in northern Afghanistan
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    ///     issued: 2026-03
    ///     reliability: B
    ///     credibility: 2
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    pub struct InvalidFrontMatter => "invalid-front-matter", Error;
}

/// CSL date variables, as pandoc lists them.
const DATE_FIELDS: &[&str] = &["accessed", "container", "event-date", "issued", "original-date", "submitted"];

impl InvalidFrontMatter {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        findings(ctx.text, ctx.model.front_matter(), &ctx.model.errors, out);
        // Grades in bibliography files, reported in their files (whose text the rules do not
        // hold; a `via` list is how CSL-JSON writes it, and attest reads it).
        for bib in &ctx.model.bibliographies {
            for reference in &bib.references {
                let start = out.len();
                grades("", reference, out);
                for d in &mut out[start..] {
                    d.file = bib.file;
                }
            }
        }
        for block in &ctx.model.document.metadata_blocks {
            out.push(metadata_block(ctx.text, block));
        }
    }
}

/// A metadata block after the front matter: pandoc hides it, or stops on it.
fn metadata_block(text: &str, block: &MetadataBlock) -> Diagnostic {
    const SHAPE: &str = "(a line `---` after a blank line, then text, then a line `---` or `...`)";
    let d = match &block.error {
        None => diagnostic(
            block.open,
            format!(
                "pandoc reads these lines as a metadata block {SHAPE} and shows none of them; attest \
                 reads metadata only from the front matter, so move the fields there, or put a blank \
                 line after this `---` if it is a horizontal rule"
            ),
        ),
        Some((span, message)) => diagnostic(
            *span,
            format!(
                "pandoc stops on this YAML error and renders nothing: {message}; it reads the lines \
                 from the `---` above as a metadata block {SHAPE}: put a blank line after that `---` \
                 if it is a horizontal rule"
            ),
        )
        .with_related(block.open, "the metadata block opens here"),
    };
    let line_break = if text[block.open.end..].starts_with("\r\n") { "\r\n" } else { "\n" };
    d.with_fix(Fix {
        message: "put a blank line after the `---` (a horizontal rule)".to_string(),
        edits: vec![Edit { span: Span::at(block.open.end), replacement: line_break.to_string() }],
        applicability: Applicability::Unsafe,
    })
}

/// Everything the rule reports for one document: the syntax errors, then the front matter's
/// content problems.
fn findings(text: &str, fm: Option<&FrontMatter>, errors: &[SyntaxError], out: &mut Vec<Diagnostic>) {
    for error in errors {
        out.push(diagnostic(error.span, error.message.clone()));
    }
    let Some(fm) = fm else { return };
    if let Some(date) = &fm.date {
        if let Some(problem) = calendar_error(&date.value) {
            out.push(diagnostic(
                date.span,
                format!("the report date `{}` is not a real date: {problem}", date.value),
            ));
        } else if !is_edtf(&date.value) {
            let mut d = diagnostic(
                date.span,
                format!(
                    "the report date `{}` is not an EDTF date; write it as {}",
                    date.value,
                    suggestion_text(&date.value)
                ),
            );
            // The title block shows the date as written, so rewriting it is the author's call.
            if let Some(fix) = date_fix(&date.value, date.span, Applicability::Unsafe) {
                d = d.with_fix(fix);
            }
            out.push(d);
        }
    }
    for reference in &fm.references {
        check_reference(text, reference, out);
    }
}

fn diagnostic(span: Span, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(InvalidFrontMatter::META.name, InvalidFrontMatter::META.default_severity, span, message)
}

fn check_reference(text: &str, reference: &Reference, out: &mut Vec<Diagnostic>) {
    let id = reference.id.as_ref().map(|id| id.value.as_str());
    let name = match id {
        Some(id) => format!("reference `{id}`"),
        None => "this reference".to_string(),
    };

    match reference.field("id") {
        None => out.push(diagnostic(
            reference.span,
            "this reference has no `id`; pandoc skips it, so no citation can reach it",
        )),
        Some((key, value)) => {
            if let Some(problem) = missing_scalar(value) {
                out.push(diagnostic(
                    if value.span.is_empty() { key.span } else { value.span },
                    format!("`id` {problem}"),
                ));
            } else if let Some(problem) = misread_id(text, value) {
                let written = value.source(text);
                out.push(diagnostic(value.span, problem).with_fix(Fix {
                    message: format!("quote it: `id: \"{written}\"`"),
                    edits: vec![Edit { span: value.span, replacement: format!("\"{written}\"") }],
                    applicability: Applicability::Safe,
                }));
            }
        }
    }

    match reference.field("type") {
        None => out.push(diagnostic(
            reference.span,
            format!("{name} has no `type`; add one such as `type: report` or `type: article-newspaper`"),
        )),
        Some((key, value)) => {
            if let Some(problem) = missing_scalar(value) {
                out.push(diagnostic(
                    if value.span.is_empty() { key.span } else { value.span },
                    format!("`type` of {name} {problem}"),
                ));
            }
        }
    }

    if let Value::Map(entries) = &reference.node.value {
        for (key, value) in entries {
            let Some(name) = key.as_text() else { continue };
            if let Some(&field) = DATE_FIELDS.iter().find(|f| f.eq_ignore_ascii_case(&name)) {
                check_date(text, field, key, value, out);
            }
        }
    }

    grades(text, reference, out);
    via_shape(reference, out);
}

/// A reference's `reliability` and `credibility`; `text` is the file's text, or empty when the
/// rules do not hold it (a bibliography file).
fn grades(text: &str, reference: &Reference, out: &mut Vec<Diagnostic>) {
    if let Some((key, value)) = reference.field("reliability") {
        check_reliability(key, value, out);
    }
    if let Some((key, value)) = reference.field("credibility") {
        check_credibility(text, key, value, out);
    }
}

/// `via` given as a list or mapping, which pandoc drops.
fn via_shape(reference: &Reference, out: &mut Vec<Diagnostic>) {
    if let Some((_, value)) = reference.field("via") {
        if matches!(value.value, Value::List(_) | Value::Map(_)) {
            out.push(diagnostic(
                value.span,
                format!(
                    "`via` is {}; pandoc drops custom fields that are not single values, so write \
                     the ids on one line: `via: a, b`",
                    value.kind_name()
                ),
            ));
        }
    }
}

/// The words YAML 1.1 reads as booleans, as pandoc's YAML reader does: `id: yes` is no id.
const YAML_BOOLEANS: [&str; 22] = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
    "FALSE", "on", "On", "ON", "off", "Off", "OFF",
];

/// Why an `id` written without quotes is not the text written, if it is not: YAML reads it as
/// a boolean, or as a number whose text differs from what was written (`007` is 7).
fn misread_id(text: &str, value: &Node) -> Option<String> {
    let written = value.source(text);
    if written.starts_with(['"', '\'']) || written.contains('"') {
        return None;
    }
    if YAML_BOOLEANS.contains(&written) {
        return Some(format!(
            "`id: {written}` is a boolean to pandoc's YAML reader, not the text `{written}`, so no \
             citation can reach this reference; quote it"
        ));
    }
    match &value.value {
        Value::Int(_) | Value::Float(_) => {
            let read = value.as_text()?;
            (read != written).then(|| {
                format!(
                    "`id: {written}` is the number {read} to YAML, not the text `{written}`, so \
                     `[@{written}]` finds nothing; quote it"
                )
            })
        }
        _ => None,
    }
}

/// Why a required scalar (`id`, `type`) is unusable, if it is.
fn missing_scalar(value: &Node) -> Option<String> {
    match &value.value {
        Value::Null => Some("has no value".to_string()),
        Value::Str(s) if s.trim().is_empty() => Some("is empty".to_string()),
        Value::List(_) | Value::Map(_) => Some(format!("must be a single value, not {}", value.kind_name())),
        _ => None,
    }
}

fn check_date(text: &str, field: &str, key: &Node, value: &Node, out: &mut Vec<Diagnostic>) {
    match &value.value {
        Value::Null | Value::List(_) => {}
        Value::Map(_) => {
            // `raw` goes through the same EDTF reader as a plain string.
            if let Some(raw) = value.get("raw") {
                if let Some(s) = raw.as_text().filter(|s| !is_edtf(s)) {
                    out.push(date_diagnostic(&format!("{field}.raw"), &s, raw.span));
                }
            }
        }
        _ => {
            let Some(s) = value.as_text() else { return };
            if s.trim().is_empty() {
                out.push(diagnostic(
                    if value.span.is_empty() { key.span } else { value.span },
                    format!("`{field}` is empty; give a date such as `2026-03-02` or remove the field"),
                ));
            } else if !is_edtf(&s) {
                // Show what the author wrote (a float such as `2026.03` prints differently).
                let shown =
                    if matches!(value.value, Value::Str(_)) { s } else { value.source(text).to_string() };
                out.push(date_diagnostic(field, &shown, value.span));
            }
        }
    }
}

fn date_diagnostic(field: &str, value: &str, span: Span) -> Diagnostic {
    if let Some(problem) = calendar_error(value) {
        return diagnostic(span, format!("`{field}: {value}` is not a real date: {problem}"));
    }
    let message = format!(
        "`{field}: {value}` is not an EDTF date, so pandoc drops it without a warning; write it as {}",
        suggestion_text(value)
    );
    let d = diagnostic(span, message);
    match date_fix(value, span, Applicability::Safe) {
        Some(fix) => d.with_fix(fix),
        None => d,
    }
}

fn suggestion_text(value: &str) -> String {
    match guess_edtf(value) {
        Some(edtf) => format!("`{edtf}`"),
        None => "`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (e.g. `2026-03-02`)".to_string(),
    }
}

fn date_fix(value: &str, span: Span, applicability: Applicability) -> Option<Fix> {
    let edtf = guess_edtf(value)?;
    Some(Fix {
        message: format!("write `{edtf}`"),
        edits: vec![Edit { span, replacement: edtf }],
        applicability,
    })
}

/// An EDTF spelling of an unambiguous English date: `March 2026`, `2 March 2026`,
/// `March 2, 2026`, `Mar. 2026`.
fn guess_edtf(value: &str) -> Option<String> {
    let words: Vec<&str> =
        value.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let month = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches('.').to_ascii_lowercase();
        const MONTHS: [&str; 12] = [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ];
        if w.len() < 3 {
            return None;
        }
        let w = if w == "sept" { "sep".to_string() } else { w };
        MONTHS.iter().position(|m| m.starts_with(&w)).map(|i| i as u32 + 1)
    };
    let year = |w: &str| (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.to_string());
    let day = |w: &str| {
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
        (1..=2).contains(&w.len()).then(|| w.parse::<u32>().ok()).flatten().filter(|d| (1..=31).contains(d))
    };
    let candidate = match words.as_slice() {
        [m, y] => Some(format!("{}-{:02}", year(y)?, month(m)?)),
        [d, m, y] if day(d).is_some() => Some(format!("{}-{:02}-{:02}", year(y)?, month(m)?, day(d)?)),
        [m, d, y] => Some(format!("{}-{:02}-{:02}", year(y)?, month(m)?, day(d)?)),
        _ => None,
    }?;
    is_edtf(&candidate).then_some(candidate)
}

fn check_reliability(key: &Node, value: &Node, out: &mut Vec<Diagnostic>) {
    let span = if value.span.is_empty() { key.span } else { value.span };
    let Some(text) = value.as_text() else {
        let problem = match value.value {
            Value::Null => "has no value".to_string(),
            _ => format!("is {}; pandoc drops custom fields that are not single values", value.kind_name()),
        };
        out.push(diagnostic(span, format!("`reliability` {problem}; give one letter `A`–`F`")));
        return;
    };
    let t = text.trim();
    if matches!(t, "A" | "B" | "C" | "D" | "E" | "F") {
        return;
    }
    let upper = t.to_ascii_uppercase();
    let d = if matches!(upper.as_str(), "A" | "B" | "C" | "D" | "E" | "F") {
        diagnostic(span, format!("reliability `{t}` must be an uppercase letter: `{upper}`")).with_fix(Fix {
            message: format!("write `{upper}`"),
            edits: vec![Edit { span, replacement: upper }],
            applicability: Applicability::Safe,
        })
    } else if is_full_grade(&upper) {
        diagnostic(
            span,
            format!(
                "`{t}` is a full grade; put the letter in `reliability: {}` and the digit in `credibility: {}`",
                &upper[..1],
                &upper[1..]
            ),
        )
    } else {
        diagnostic(
            span,
            format!(
                "reliability `{t}` is not an Admiralty grade; use one uppercase letter from `A` (completely \
                 reliable) to `F` (reliability cannot be judged)"
            ),
        )
    };
    out.push(d);
}

fn is_full_grade(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 2 && (b'A'..=b'F').contains(&b[0]) && (b'1'..=b'6').contains(&b[1])
}

fn check_credibility(text: &str, key: &Node, value: &Node, out: &mut Vec<Diagnostic>) {
    let span = if value.span.is_empty() { key.span } else { value.span };
    let ok = match &value.value {
        Value::Int(i) => (1..=6).contains(i),
        Value::Str(s) => matches!(s.trim(), "1" | "2" | "3" | "4" | "5" | "6"),
        _ => false,
    };
    if ok {
        return;
    }
    let message = match &value.value {
        Value::Null => "`credibility` has no value; give one digit `1`–`6`".to_string(),
        Value::List(_) | Value::Map(_) => format!(
            "`credibility` is {}; pandoc drops custom fields that are not single values; give one digit `1`–`6`",
            value.kind_name()
        ),
        _ => {
            // What the author wrote: `2.0` would print as `2`.
            let shown = match &value.value {
                Value::Str(s) => s.clone(),
                _ => text
                    .get(value.span.start..value.span.end)
                    .map(str::to_string)
                    .or_else(|| value.as_text())
                    .unwrap_or_default(),
            };
            if is_full_grade(&shown.trim().to_ascii_uppercase()) {
                let upper = shown.trim().to_ascii_uppercase();
                format!(
                    "`{shown}` is a full grade; put the letter in `reliability: {}` and the digit in `credibility: {}`",
                    &upper[..1],
                    &upper[1..]
                )
            } else {
                format!(
                    "credibility `{shown}` is not an Admiralty grade; use one digit from `1` (confirmed by other \
                     sources) to `6` (truth cannot be judged)"
                )
            }
        }
    };
    out.push(diagnostic(span, message));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::frontmatter::parse_front_matter;

    fn run(text: &str) -> Vec<Diagnostic> {
        let (fm, _, errors) = parse_front_matter(text);
        let mut out = Vec::new();
        findings(text, fm.as_ref(), &errors, &mut out);
        out
    }

    fn messages(text: &str) -> Vec<(String, String)> {
        run(text).into_iter().map(|d| (d.span.slice(text).to_string(), d.message)).collect()
    }

    /// The fenced block after `heading` in the rule's documentation.
    fn doc_block(heading: &str) -> String {
        let doc = InvalidFrontMatter::META.documentation();
        let after = &doc[doc.find(heading).unwrap()..];
        let start = after.find("```markdown\n").unwrap() + "```markdown\n".len();
        let end = after[start..].find("```").unwrap();
        after[start..start + end].to_string()
    }

    #[test]
    fn documentation_examples() {
        let example = doc_block("## Example");
        let found = run(&example);
        assert!(found.len() >= 4, "{found:?}");
        assert!(found.iter().all(|d| d.rule == "invalid-front-matter"));
        assert!(run(&doc_block("## Use instead")).is_empty());
    }

    #[test]
    fn missing_id_and_type() {
        let text =
            "---\nreferences:\n  - title: A\n  - id: b\n    title: B\n  - id:\n    type: report\n---\n";
        let found = messages(text);
        assert_eq!(found.len(), 4, "{found:?}");
        assert_eq!(found[0].0, "title: A");
        assert!(found[0].1.contains("no `id`"));
        assert_eq!(found[1].0, "title: A");
        assert!(found[1].1.contains("this reference has no `type`"));
        assert_eq!(found[2].0, "id: b\n    title: B");
        assert!(found[2].1.contains("reference `b` has no `type`"));
        assert_eq!(found[3].0, "id");
        assert!(found[3].1.contains("`id` has no value"));
    }

    #[test]
    fn dates() {
        let text = "---\ndate: 2 March 2026\nreferences:\n  - id: a\n    type: report\n    issued: March 2026\n    \
                    accessed: 2026-02-30\n    original-date: {date-parts: [[2026, 3, 2]]}\n    \
                    event-date: {literal: spring}\n    submitted: {raw: 'Spring 2026'}\n    container: 2026.5\n---\n";
        let found = run(text);
        let got: Vec<_> = found.iter().map(|d| d.span.slice(text)).collect();
        assert_eq!(got, ["2 March 2026", "March 2026", "2026-02-30", "'Spring 2026'", "2026.5"], "{found:?}");
        assert!(found[0].message.contains("`2026-03-02`"), "{}", found[0].message);
        assert!(found[1].message.contains("`issued: March 2026` is not an EDTF date"));
        assert!(found[1].message.contains("`2026-03`"));
        let fix = found[1].fix.as_ref().unwrap();
        assert_eq!(fix.edits[0].replacement, "2026-03");
        assert!(
            found[2].message.contains("not a real date: February 2026 has 28 days"),
            "{}",
            found[2].message
        );
        assert!(found[4].message.contains("`container: 2026.5`"));
        assert!(found[4].fix.is_none());
    }

    /// Pandoc's YAML reader takes `yes`, `off`, `true`… as booleans and `007` as 7: no citation
    /// reaches such an id unless it is quoted. Numbers written as they read (`2020`) are fine.
    #[test]
    fn ids_yaml_misreads() {
        let text = "---\nreferences:\n  - id: yes\n    type: book\n  - id: true\n    type: book\n  \
                    - id: 007\n    type: book\n  - id: 1.0\n    type: book\n  - id: 2020\n    type: book\n  \
                    - id: 'no'\n    type: book\n  - id: yEs\n    type: book\n  - id: 0x1F\n    type: book\n---\n";
        let found = run(text);
        let spans: Vec<_> = found.iter().map(|d| d.span.slice(text)).collect();
        assert_eq!(spans, ["yes", "true", "007", "1.0", "0x1F"], "{found:?}");
        assert!(found[0].message.contains("`id: yes` is a boolean"), "{}", found[0].message);
        assert!(found[2].message.contains("`id: 007` is the number 7"), "{}", found[2].message);
        assert!(found[2].message.contains("`[@007]` finds nothing"), "{}", found[2].message);
        let fix = found[0].fix.as_ref().unwrap();
        assert_eq!((fix.applicability, fix.edits[0].replacement.as_str()), (Applicability::Safe, "\"yes\""));
    }

    #[test]
    fn integer_years_are_dates() {
        let text = "---\nreferences:\n  - id: a\n    type: report\n    issued: 2026\n---\n";
        assert!(run(text).is_empty());
    }

    #[test]
    fn grades() {
        let text = "---\nreferences:\n  - id: a\n    type: report\n    reliability: b\n    credibility: '7'\n  \
                    - id: c\n    type: report\n    reliability: B2\n    credibility: 0\n  \
                    - id: d\n    type: report\n    reliability: [A]\n    credibility: 3.0\n    via: [x, y]\n  \
                    - id: e\n    type: report\n    reliability: F\n    credibility: 6\n---\n";
        let found = messages(text);
        let spans: Vec<_> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["b", "'7'", "B2", "0", "[A]", "3.0", "[x, y]"], "{found:?}");
        assert!(found[0].1.contains("uppercase letter: `B`"));
        assert!(found[1].1.contains("credibility `7`"));
        assert!(found[2].1.contains("`reliability: B`") && found[2].1.contains("`credibility: 2`"));
        assert!(found[4].1.contains("pandoc drops"));
        assert!(found[5].1.contains("credibility `3.0`"));
        assert!(found[6].1.contains("`via: a, b`"));
    }

    #[test]
    fn syntax_errors_are_reported() {
        let text = "---\ntitle: [open\n---\nBody";
        let found = run(text);
        assert_eq!(found.len(), 1);
        assert!(found[0].message.starts_with("invalid YAML"));
    }

    #[test]
    fn guesses() {
        assert_eq!(guess_edtf("March 2026").as_deref(), Some("2026-03"));
        assert_eq!(guess_edtf("Mar. 2026").as_deref(), Some("2026-03"));
        assert_eq!(guess_edtf("2 March 2026").as_deref(), Some("2026-03-02"));
        assert_eq!(guess_edtf("March 2, 2026").as_deref(), Some("2026-03-02"));
        assert_eq!(guess_edtf("2nd March 2026").as_deref(), Some("2026-03-02"));
        assert_eq!(guess_edtf("30 February 2026"), None);
        assert_eq!(guess_edtf("spring 2026"), None);
        assert_eq!(guess_edtf("02.03.2026"), None);
        assert_eq!(guess_edtf("Ma 2026"), None);
    }
}
