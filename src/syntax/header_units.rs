//! Units written once for a whole column or row of a pipe table: in the column's header
//! (`| Allocated (€ bn) |`, `| Share (%) |`, `| Population ('000) |`, `| EUR bn |`) or in
//! the row's first cell (`| Real GDP growth (%) | 5.0 | 3.7 |`). A bare number in such a cell
//! (a count with no unit of its own) is read in that unit: `12.6` under `(€ bn)` is EUR 12.6
//! billion, `5.0` in the growth row is 5%.

use super::figure::{self, Figure, FigureKind};
use super::{Document, ScopeKind, TableForm};
use std::sync::Arc;

/// What a header says of the numbers under it.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct HeaderUnit {
    kind: FigureKind,
    unit: Option<Arc<str>>,
    /// The factor the numbers are written in (1,000 for `'000`, a billion for `bn`).
    scale: f64,
}

impl HeaderUnit {
    /// `figure` (a bare count) read in this unit.
    fn apply(&self, figure: &mut Figure) {
        if self.kind != FigureKind::Percent {
            figure.low = figure.low.map(|v| v * self.scale);
            figure.high = figure.high.map(|v| v * self.scale);
        }
        figure.kind = self.kind;
        figure.unit = self.unit.clone();
    }
}

/// Magnitude words a header writes its numbers in.
fn scale_word(word: &str) -> Option<f64> {
    Some(match word.to_ascii_lowercase().as_str() {
        "'000" | "’000" | "000" | "000s" | "'000s" | "thousand" | "thousands" | "k" => 1e3,
        "m" | "mn" | "mln" | "million" | "millions" => 1e6,
        "bn" | "b" | "bln" | "billion" | "billions" => 1e9,
        "tn" | "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

/// The unit a header cell's text gives: the text in its last parentheses, after its last
/// comma, or the whole text, whichever reads as a unit.
pub(super) fn header_unit(cell: &str) -> Option<HeaderUnit> {
    let cell = cell.trim().trim_matches(|c| c == '*' || c == '_').trim();
    let mut candidates = Vec::new();
    if let Some(open) = cell.rfind('(')
        && let Some(close) = cell[open..].find(')')
    {
        candidates.push(&cell[open + 1..open + close]);
    }
    if let Some((_, after)) = cell.rsplit_once(", ") {
        candidates.push(after);
    }
    candidates.push(cell);
    candidates.into_iter().find_map(unit_text)
}

/// `text` as a unit: a percent sign, a currency, a measure, a magnitude, or a currency or
/// measure with a magnitude (`US$ million`, `€bn`, `million tonnes`).
fn unit_text(text: &str) -> Option<HeaderUnit> {
    let text = text.trim();
    if text.is_empty() || text.len() > 40 {
        return None;
    }
    if text.starts_with('%') || matches!(text.to_ascii_lowercase().as_str(), "per cent" | "percent" | "pct") {
        return Some(HeaderUnit { kind: FigureKind::Percent, unit: None, scale: 1.0 });
    }
    // Split a currency sign from a magnitude glued to it ("€bn", "$m", "US$bn").
    let mut spaced = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        spaced.push(c);
        if matches!(c, '$' | '€' | '£' | '¥') {
            spaced.push(' ');
        }
    }
    let mut scale = 1.0;
    let mut rest = Vec::new();
    for word in spaced.split_whitespace() {
        match scale_word(word) {
            Some(s) if scale == 1.0 => scale = s,
            _ => rest.push(word),
        }
    }
    let rest = rest.join(" ");
    if rest.is_empty() {
        return (scale != 1.0).then_some(HeaderUnit { kind: FigureKind::Count, unit: None, scale });
    }
    // A currency before or after a number, or a unit after it.
    for probe in [format!("{rest}1"), format!("{rest} 1"), format!("1 {rest}")] {
        let found = figure::recognize(&probe);
        if let [f] = found.as_slice()
            && f.span.start == 0
            && f.span.end == probe.len()
            && f.low == Some(1.0)
            && f.kind != FigureKind::Count
        {
            return Some(HeaderUnit { kind: f.kind, unit: f.unit.clone(), scale });
        }
    }
    None
}

/// The column of byte `at` in a pipe table's `line`: the number of cell separators (`|` not
/// escaped and not in code) before it, less a leading one.
fn column_at(line: &str, at: usize) -> usize {
    let bytes = line.as_bytes();
    let mut pipes: usize = 0;
    let mut code = false;
    let mut i = 0;
    while i < at.min(bytes.len()) {
        match bytes[i] {
            b'\\' => i += 1,
            b'`' => code = !code,
            b'|' if !code => pipes += 1,
            _ => {}
        }
        i += 1;
    }
    let leading = usize::from(line.trim_start().starts_with('|'));
    pipes.saturating_sub(leading)
}

/// The text of cell `column` of a pipe table's `line`.
fn cell_text(line: &str, column: usize) -> Option<&str> {
    let bytes = line.as_bytes();
    let leading = usize::from(line.trim_start().starts_with('|'));
    let mut pipes = 0;
    let mut code = false;
    let mut start = None;
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        let separator = !at_end && bytes[i] == b'|' && !code;
        if at_end || separator {
            if pipes >= leading {
                let index = pipes - leading;
                if index == column {
                    return Some(&line[start.unwrap_or(0)..i]);
                }
            }
            pipes += 1;
            start = Some(i + 1);
        } else if bytes[i] == b'\\' {
            i += 1;
        } else if bytes[i] == b'`' {
            code = !code;
        }
        i += 1;
    }
    None
}

/// The line of `text` holding byte `at`.
fn line_at(text: &str, at: usize) -> (usize, &str) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, text[start..end].trim_end_matches('\r'))
}

/// Reads the bare numbers of pipe tables in the units their column headers or rows' first
/// cells give. A number under both a column's and a row's unit is left alone (the table does
/// not say which applies).
pub(super) fn apply(doc: &mut Document, text: &str) {
    if !doc.tables.iter().any(|t| t.form == TableForm::Pipe) {
        return;
    }
    // Column units per table, read once.
    let mut columns: Vec<Option<Vec<Option<HeaderUnit>>>> = vec![None; doc.tables.len()];
    for site in &mut doc.figures {
        let ScopeKind::TableCell { table, row } = doc.scopes[site.scope].kind else { continue };
        let figure = &mut site.figure;
        if row == 0
            || doc.tables[table].form != TableForm::Pipe
            || figure.kind != FigureKind::Count
            || figure.unit.is_some()
        {
            continue;
        }
        let (line_start, line) = line_at(text, figure.span.start);
        let column = column_at(line, figure.span.start - line_start);
        let units = columns[table].get_or_insert_with(|| {
            let (_, header) = line_at(text, doc.tables[table].span.start);
            (0..).map_while(|c| cell_text(header, c)).map(header_unit).collect()
        });
        let by_column = units.get(column).cloned().flatten();
        let by_row = if column > 0 { cell_text(line, 0).and_then(header_unit) } else { None };
        match (by_column, by_row) {
            (Some(unit), None) | (None, Some(unit)) => unit.apply(figure),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(cell: &str) -> Option<(FigureKind, Option<String>, f64)> {
        header_unit(cell).map(|u| (u.kind, u.unit.as_deref().map(str::to_string), u.scale))
    }

    #[test]
    fn header_units() {
        use FigureKind::*;
        assert_eq!(unit("Allocated (€ bn)"), Some((Money, Some("EUR".into()), 1e9)));
        assert_eq!(unit("EUR bn"), Some((Money, Some("EUR".into()), 1e9)));
        assert_eq!(unit("Aid (US$ million)"), Some((Money, Some("USD".into()), 1e6)));
        assert_eq!(unit("Budget ($m)"), Some((Money, Some("USD".into()), 1e6)));
        assert_eq!(unit("Share (%)"), Some((Percent, None, 1.0)));
        assert_eq!(unit("Change (pp)"), Some((Percent, Some("pp".into()), 1.0)));
        assert_eq!(unit("Share of GDP, %"), Some((Percent, None, 1.0)));
        assert_eq!(unit("**Trust (%)**"), Some((Percent, None, 1.0)));
        assert_eq!(unit("Population ('000)"), Some((Count, None, 1e3)));
        assert_eq!(unit("Area (km²)"), Some((Measure, Some("km2".into()), 1.0)));
        assert_eq!(unit("Cargo (million tonnes)"), Some((Measure, Some("t".into()), 1e6)));
        for none in ["Donor", "Score (0–10)", "Rank", "2025", "Fighters", "Notes (see text)", ""] {
            assert_eq!(unit(none), None, "{none:?}");
        }
    }

    #[test]
    fn columns_of_a_line() {
        let line = "| a | `x|y` | b \\| c | d |";
        assert_eq!(column_at(line, line.find('a').unwrap_or(0)), 0);
        assert_eq!(column_at(line, line.find('x').unwrap_or(0)), 1);
        assert_eq!(column_at(line, line.find('c').unwrap_or(0)), 2);
        assert_eq!(column_at(line, line.find('d').unwrap_or(0)), 3);
        assert_eq!(cell_text(line, 2).map(str::trim), Some("b \\| c"));
        assert_eq!(cell_text("a | b", 1).map(str::trim), Some("b"));
        assert_eq!(cell_text("a | b", 2), None);
    }
}
