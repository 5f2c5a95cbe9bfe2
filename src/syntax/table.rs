//! pandoc's grid, simple and multiline tables, which pulldown-cmark does not know.
//!
//! pulldown-cmark reads pipe tables itself. The other three forms it reads as paragraphs,
//! thematic breaks and setext headings:
//!
//! - a **grid table** (`+---+` borders, `|` between cells) is one paragraph; its rows are the
//!   runs of `|` lines between borders;
//! - a **simple table**'s rows are the lines of the paragraph under a line of two or more
//!   groups of dashes (`-------  ------`), whose groups are the columns;
//! - a **multiline table** opens with a line of dashes, then its header lines, then a line of
//!   dash groups (the columns), then rows separated by blank lines, and closes with a line of
//!   dashes. pulldown-cmark would read the last row with the closing
//!   line under it as a setext heading (and a one-column header likewise), so the dash lines
//!   of a multiline table are found before pulldown-cmark runs ([`multiline_tables`]) and
//!   blanked in the text it reads; each row is then a paragraph of its own.
//!
//! The paragraphs of these tables become [`super::UnitKind::TableText`] units: each row is a
//! scope, the caption sources every row, and figures are read cell by cell ([`column_texts`]).

use super::TableForm;
use crate::text::Span;

/// A multiline table: from its opening line to its closing line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Multiline {
    /// From the start of the opening line to the end of the closing line.
    pub span: Span,
    /// The opening line of dashes.
    pub top: Span,
    /// The line of dash groups under the header, which gives the columns.
    pub columns: Span,
    /// The closing line of dashes.
    pub bottom: Span,
}

impl Multiline {
    /// The dash lines, which pulldown-cmark reads as blank lines.
    pub fn dash_lines(&self) -> [Span; 3] {
        [self.top, self.columns, self.bottom]
    }
}

/// A line of dashes only, maybe indented: the opening or closing line of a multiline table.
fn full_dashes(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3 && t.bytes().all(|b| b == b'-') && line.len() - line.trim_start().len() <= 3
}

/// A line of dash groups separated by spaces (`------- ------`), maybe of one group.
fn dash_groups(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("--") && t.bytes().all(|b| b == b'-' || b == b' ')
}

/// Whether `text` may hold the opening line of a multiline table: three dashes at the start
/// of a line after at most three spaces (a cheap test before the lines are split).
fn has_dash_line(text: &str) -> bool {
    let bytes = text.as_bytes();
    // (Only the four bytes before each `---` are looked at: a long line holding many dashes
    // must not be scanned back to its start each time.)
    memchr::memmem::find_iter(bytes, b"---").any(|at| {
        let before = &bytes[at.saturating_sub(4)..at];
        match before.iter().rposition(|&b| b == b'\n') {
            Some(nl) => before[nl + 1..].iter().all(|&b| b == b' '),
            None => at <= 3 && before.iter().all(|&b| b == b' '),
        }
    })
}

/// The multiline tables of `text[from..limit]`, in order, as pandoc finds them: a line of
/// dashes after a blank line (or at `from`), one or more header lines, a line of dash groups
/// (the columns), rows separated by blank lines, and a closing line of dashes (the first one
/// after the rows). Unlike pandoc, a table holds no ATX heading, code block or HTML comment, so
/// it never reaches across the sections of a report.
pub fn multiline_tables(text: &str, from: usize, limit: usize) -> Vec<Multiline> {
    let mut out = Vec::new();
    if !has_dash_line(&text[from..limit]) {
        return out;
    }
    let lines: Vec<Span> = super::div::lines(text, from, limit).collect();
    let mut verbatim = super::div::Verbatim::default();
    let skip: Vec<bool> = lines.iter().map(|l| verbatim.skips(l.slice(text))).collect();
    let line = |i: usize| lines[i].slice(text);
    let blank = |i: usize| line(i).trim().is_empty();
    // The table whose opening line is line `i`: its columns and closing lines.
    let table_at = |i: usize| -> Option<(usize, usize)> {
        if skip[i] || !full_dashes(line(i)) || i > 0 && !blank(i - 1) {
            return None;
        }
        let mut j = i + 1;
        while j < lines.len()
            && !skip[j]
            && !blank(j)
            && !dash_groups(line(j))
            && !super::div::is_heading(line(j))
        {
            j += 1;
        }
        if j == i + 1 || j == lines.len() || skip[j] || !dash_groups(line(j)) {
            return None;
        }
        let columns = j;
        let mut rows = 0;
        for (k, &skipped) in skip.iter().enumerate().skip(columns + 1) {
            if skipped || super::div::is_heading(line(k)) {
                return None;
            }
            if blank(k) {
                continue;
            }
            if dash_groups(line(k)) {
                return (rows > 0).then_some((columns, k));
            }
            rows += 1;
        }
        None
    };
    let mut i = 0;
    while i < lines.len() {
        match table_at(i) {
            Some((columns, last)) => {
                let (top, columns, bottom) = (lines[i], lines[columns], lines[last]);
                out.push(Multiline { span: Span::new(top.start, bottom.end), top, columns, bottom });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// The rows of a pandoc grid or simple table that pulldown-cmark reads as the paragraph at
/// `span` of `text`, as spans within the paragraph, into `out`, and the table's form; `None`
/// when it is no such table. A grid table's rows are the runs of `|` lines between its `+---+`
/// borders; a simple table's rows are the lines of the paragraph right after a line of two or
/// more groups of dashes (`-------  ------`), its columns.
pub(super) fn table_rows_into(text: &str, span: Span, out: &mut Vec<Span>) -> Option<TableForm> {
    let source = span.slice(text);
    let lines = || {
        source.split_inclusive('\n').scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
    };
    let border = |l: &str| {
        let l = l.trim();
        l.len() >= 3
            && l.starts_with('+')
            && l.ends_with('+')
            && l.contains(['-', '='])
            && l.bytes().all(|b| matches!(b, b'+' | b'-' | b'=' | b':'))
    };
    if source.starts_with('+')
        && source.lines().next().is_some_and(border)
        && source.lines().all(|l| l.trim_start().starts_with(['+', '|']))
    {
        let mut row: Option<usize> = None;
        for (at, line) in lines() {
            if border(line) {
                if let Some(start) = row.take() {
                    out.push(Span::new(start, at));
                }
            } else if row.is_none() {
                row = Some(at);
            }
        }
        if let Some(start) = row {
            out.push(Span::new(start, source.len()));
        }
        return (!out.is_empty()).then_some(TableForm::Grid);
    }
    let columns = dash_line_before(text, span)?;
    for (at, line) in lines() {
        let row = line.trim_end();
        if !row.trim_start().is_empty() {
            out.push(Span::new(at, at + row.len()));
        }
    }
    (!out.is_empty()).then_some(TableForm::Simple { columns })
}

/// Whether the paragraph starting at `start` of `text` is the rows of a pandoc simple table
/// (see [`dash_line_before`]).
pub(super) fn starts_simple_table(text: &str, start: usize) -> bool {
    dash_line_before(text, Span::at(start)).is_some()
}

/// The line of two or more groups of dashes (`-------  ------`) right above the paragraph at
/// `span` of `text`, which makes the paragraph the rows of a pandoc simple table.
fn dash_line_before(text: &str, span: Span) -> Option<Span> {
    let before = crate::text::line_start(text, span.start).checked_sub(1)?;
    let start = crate::text::line_start(text, before);
    let previous = &text[start..before];
    if !previous.trim_start().starts_with("--") {
        return None;
    }
    let mut groups = 0;
    for group in previous.split_whitespace() {
        if group.len() < 2 || group.bytes().any(|b| b != b'-') {
            return None;
        }
        groups += 1;
    }
    (groups >= 2).then_some(Span::new(start, before))
}

/// Where a simple table whose line of dash groups is `columns` starts: at the header line
/// above that line, or at the line itself when the table has no header (a blank line or a
/// heading above it, or the line is the body's first, at `body_start`).
pub(super) fn header_line_start(text: &str, columns: Span, body_start: usize) -> usize {
    let Some(before) = columns.start.checked_sub(1).filter(|&b| b >= body_start) else {
        return columns.start;
    };
    let start = crate::text::line_start(text, before);
    if start < body_start {
        return columns.start;
    }
    let header = &text[start..before];
    if header.trim().is_empty() || super::div::is_heading(header) { columns.start } else { start }
}

/// The columns of a pandoc simple or multiline table in `rows` (one or more lines of it), each
/// as a copy of `rows` in which everything outside the column is blanked, so that the figure
/// recognizer reads one cell at a time: `IMU       150` is a group and a count, not a name like
/// `SDG 16`, and a cell's lines run on (`5,000 to` over `7,000` is one range). A column runs
/// from the start of its group of dashes in `dashes` to the start of the next; the first
/// takes any indentation, the last the rest of the line. As in pandoc, a word over a column's
/// edge is cut there. `lead` is the number of characters on the first line before `rows` (a
/// paragraph starts at its text, after any indentation).
///
/// A column's text holds its part of each line, the lines joined by line breaks; it maps its
/// offsets back to offsets in `rows` ([`ColumnText::offset`]). So the work is linear in the
/// row, however many columns it has.
pub(super) fn column_texts(rows: &str, lead: usize, dashes: &str) -> Vec<ColumnText> {
    let mut starts: Vec<usize> = Vec::new();
    let mut before = ' ';
    for (column, c) in dashes.chars().enumerate() {
        if c == '-' && before != '-' {
            starts.push(column);
        }
        before = c;
    }
    if let Some(first) = starts.first_mut() {
        *first = 0;
    }
    let mut columns: Vec<ColumnText> =
        starts.iter().map(|_| ColumnText { text: String::new(), pieces: Vec::new() }).collect();
    let mut line_start = 0;
    // The byte where each column starts on a line (the line's end when it is short), then
    // the line's end.
    let mut bounds = Vec::with_capacity(starts.len() + 1);
    for (n, line) in rows.split_inclusive('\n').enumerate() {
        let lead = if n == 0 { lead } else { 0 };
        let content = line.strip_suffix('\n').unwrap_or(line);
        bounds.clear();
        let mut chars = content.char_indices().map(|(b, _)| b).chain(std::iter::once(content.len()));
        let mut k = 0;
        let mut at = chars.next();
        for &start in &starts {
            while k + lead < start
                && let Some(_) = at.filter(|&b| b < content.len())
            {
                at = chars.next();
                k += 1;
            }
            bounds.push(at.unwrap_or(content.len()));
        }
        bounds.push(content.len());
        for (c, column) in columns.iter_mut().enumerate() {
            let (from, to) = (bounds[c], bounds[c + 1].max(bounds[c]));
            column.pieces.push((column.text.len(), line_start + from));
            column.text.push_str(&content[from..to]);
            if content.len() < line.len() {
                column.pieces.push((column.text.len(), line_start + content.len()));
                column.text.push('\n');
            }
        }
        line_start += line.len();
    }
    columns
}

/// One column's part of a table row (see [`column_texts`]).
pub(super) struct ColumnText {
    pub text: String,
    /// Where each piece starts in `text`, and the offset in the rows it comes from.
    pieces: Vec<(usize, usize)>,
}

impl ColumnText {
    /// The offset in the rows of offset `at` in the column's text; an end offset maps to just
    /// after the byte before it.
    pub fn offset(&self, at: usize, end: bool) -> usize {
        let probe = if end && at > 0 { at - 1 } else { at };
        let i = self.pieces.partition_point(|p| p.0 <= probe).saturating_sub(1);
        let Some(&(text_start, rows_start)) = self.pieces.get(i) else { return at };
        rows_start + (probe - text_start) + usize::from(end && at > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(text: &str) -> Vec<[&str; 3]> {
        multiline_tables(text, 0, text.len())
            .iter()
            .map(|t| [t.top.slice(text), t.columns.slice(text), t.bottom.slice(text)])
            .collect()
    }

    #[test]
    fn multiline_tables_are_found_as_pandoc_finds_them() {
        let table = "-------------\n Group  Size\n------ ------\n TTP    5,000\n        more\n\n IS-KP  3,000\n-------------\n";
        assert_eq!(tables(table), [["-------------", "------ ------", "-------------"]]);
        // After a paragraph (no blank line), the opening line is a setext underline.
        assert!(tables(&format!("Text\n{table}")).is_empty());
        assert_eq!(tables(&format!("Text\n\n{table}\nAfter.\n")).len(), 1);
        // The closing line is the first line of dashes after a row; blank lines may stand
        // around it.
        assert_eq!(tables("-----\nHead\n--- ---\nrow\n\n-----\n").len(), 1);
        assert_eq!(tables("-----\nHead\n--- ---\nrow\n-----\nmore\n").len(), 1);
        assert_eq!(tables("-----\nHead\n--- ---\nrow\n-----").len(), 1);
        assert!(tables("-----\nHead\n--- ---\n\n-----\n").is_empty());
        assert!(tables("-----\nHead\n--- ---\nrow\n").is_empty());
        // The opening line is not followed by a blank line.
        assert!(tables("-----\n\nHead\n--- ---\nrow\n-----\n").is_empty());
        // No header, or a heading inside: no table.
        assert!(tables("-----\n--- ---\nrow\n-----\n").is_empty());
        assert!(tables("-----\nHead\n--- ---\n# Section\n-----\n").is_empty());
        // Not in code.
        assert!(tables(&format!("```\n{table}```\n")).is_empty());
        // Headless tables are simple tables: rows are lines.
        assert!(tables("--- ---\n1   2\n3   4\n--- ---\n").is_empty());
        // A failed opening is read again as an opening.
        assert_eq!(tables(&format!("-----\n\n{table}")).len(), 1);
        // An opening line indented by up to three spaces, with no unindented line of dashes
        // anywhere in the text.
        let indented = "Text.\n\n  ---\nGroup  Size\n  -----  ----\n  TTP    5,000\n\n  -----  ----\n";
        assert_eq!(tables(indented).len(), 1);
        assert!(tables(&indented.replace("  ---\n", "    ---\n")).is_empty());
    }

    #[test]
    fn a_simple_table_starts_at_its_header_line() {
        let start = |text: &str, body_start: usize| {
            let at = text.find("------ ---").unwrap_or_default();
            let end = at + text[at..].find('\n').unwrap_or_default();
            header_line_start(text, Span::new(at, end), body_start)
        };
        assert_eq!(start("Intro.\n\nGroup  Size\n------ ----\nTTP    5\n", 0), 8);
        // No header: a blank line, a heading, or the body's first line above the dash line.
        assert_eq!(start("Intro.\n\n------ ----\nTTP    5\n", 0), 8);
        assert_eq!(start("# Groups\n------ ----\nTTP    5\n", 0), 9);
        assert_eq!(start("---\nt: x\n---\n------ ----\nTTP    5\n", 13), 13);
    }

    #[test]
    fn columns_are_read_apart() {
        let dashes = "------- ------ ----";
        let texts = |rows: &str, lead: usize| -> Vec<String> {
            column_texts(rows, lead, dashes).into_iter().map(|c| c.text).collect()
        };
        assert_eq!(texts("IMU     150    x\nETIM    300", 0), ["IMU     \nETIM    ", "150    \n300", "x\n"]);
        // The first line starts after two characters of indentation.
        assert_eq!(texts("IMU   150", 2), ["IMU   ", "150", ""]);
        // A word over a column's edge is cut, as pandoc cuts it.
        assert_eq!(texts("Islamic State 150", 0)[1], "State 1");
        // Offsets map back to the rows, also after a character of two bytes.
        let rows = "Él      150\nX       2,000";
        let column = &column_texts(rows, 0, dashes)[1];
        assert_eq!(column.text, "150\n2,000");
        let at = |i: usize, end: bool| column.offset(i, end);
        assert_eq!(&rows[at(0, false)..at(3, true)], "150");
        assert_eq!(&rows[at(4, false)..at(9, true)], "2,000");
        assert_eq!(&rows[at(0, false)..at(9, true)], "150\nX       2,000");
    }

    /// A row of many columns is read in time and memory linear in its length.
    #[test]
    fn many_columns_are_cheap() {
        let n = 20_000;
        let dashes = "---- ".repeat(n);
        let row = "ab   ".repeat(n);
        let columns = column_texts(&row, 0, &dashes);
        assert_eq!(columns.len(), n);
        assert_eq!(columns.iter().map(|c| c.text.len()).sum::<usize>(), row.len());
    }
}
