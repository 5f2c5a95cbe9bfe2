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
    /// The power of ten the numbers are written in (3 for `'000`, 9 for `bn`).
    exponent: i32,
}

impl HeaderUnit {
    /// `figure` (a bare count) read in this unit; `scaled` when the cell writes no magnitude of
    /// its own (under `($m)`, `45` is $45 million and `45 million` $45 million).
    fn apply(&self, figure: &mut Figure, scaled: bool) {
        if !scaled && self.kind != FigureKind::Money {
            // (A magnitude written in the cell still takes a unit the header gives without one:
            // `3.6 million` under `Crop area lost (acres)`.)
            if self.exponent == 0 && self.unit.is_some() && self.kind != FigureKind::Percent {
                figure.kind = self.kind;
                figure.unit = self.unit.clone();
            }
            return;
        }
        // Money in the cell (`PLN 186.6`) keeps its currency and takes a magnitude alone, or the
        // magnitude of a header in its currency (`€86.5` under `EUR (m)`).
        if figure.kind == FigureKind::Money {
            // (The column's magnitude holds for a cell in another currency too: `£12.5` under
            // `EUR (bn)`.)
            let magnitude =
                self.kind == FigureKind::Count && self.unit.is_none() || self.kind == FigureKind::Money;
            if magnitude && scaled {
                self.scale(figure);
            }
            return;
        }
        if scaled && self.kind != FigureKind::Percent {
            self.scale(figure);
        }
        figure.kind = self.kind;
        figure.unit = self.unit.clone();
    }

    /// `figure`'s ends in this unit's power of ten, through the decimal text, so that 4.1
    /// under `(US$ bn)` is 4,100,000,000 and not 4,099,999,999.9999995 (which would disagree
    /// with "$4.1 billion").
    fn scale(&self, figure: &mut Figure) {
        let exponent = self.exponent;
        if exponent == 0 {
            return;
        }
        let times = |v: f64| format!("{v}e{exponent}").parse().unwrap_or(v * 10f64.powi(exponent));
        figure.low = figure.low.map(times);
        figure.high = figure.high.map(times);
    }
}

/// A cell written as one to three digits, a dot and three digits (`5.300`), which is
/// thousands where nothing is counted in fractions or no cents are spent.
fn dotted_thousands(written: &str) -> bool {
    written.split_once('.').is_some_and(|(int, frac)| {
        (1..=3).contains(&int.len())
            && frac.len() == 3
            && int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// `figure`'s ends read as thousands: a dot between thousands that was read as a decimal point.
fn in_thousands(figure: &mut Figure) {
    let thousands = |v: f64| (v * 1000.0).round();
    figure.low = figure.low.map(thousands);
    figure.high = figure.high.map(thousands);
}

/// Magnitude words a header writes its numbers in, as powers of ten. Alone, a lowercase `m`
/// is millions only under a label that measures no length (see [`header_unit`]).
fn scale_word(word: &str) -> Option<i32> {
    Some(match word.to_ascii_lowercase().as_str() {
        "'000" | "’000" | "000" | "000s" | "'000s" | "thousand" | "thousands" | "k" => 3,
        // (Also as the Spanish, Portuguese and French press head its columns: `(CLP millones)`,
        // `(R$ milhões)`, `(FCFA milliards)`, `(Rp triliun)`.)
        "m" | "mn" | "mln" | "mio" | "mio." | "million" | "millions" | "millones" | "milhões" => 6,
        "bn" | "b" | "bln" | "mrd" | "mrd." | "billion" | "billions" | "milliards" | "miliar" => 9,
        "tn" | "trn" | "trillion" | "trillions" | "billones" | "triliun" => 12,
        "crore" | "crores" => 7,
        "lakh" | "lakhs" => 5,
        _ => return None,
    })
}

/// A cell's text as a label: trimmed, without bold or italic marks, in lowercase.
fn label_text(cell: &str) -> String {
    cell.trim().trim_matches(|c| c == '*' || c == '_').trim().to_ascii_lowercase()
}

/// Whether a row's first cell says that its numbers are counts whatever the columns' units:
/// `Respondents (n)`, `Number of donors`, `Rank`, `Sample size`, `Total (N)`, `Days worked`.
fn counts_row(cell: &str) -> bool {
    let lower = label_text(cell);
    // (`count` as a word: "Affected country" is no count.)
    let marked = ["(n)", "(no.)", "(no)", "(number)", "(count)", "(#)", "(n=)", "(fte)"]
        .iter()
        .any(|m| lower.contains(m))
        || lower.split_whitespace().skip(1).any(|w| w == "count");
    let first = lower.split_whitespace().next().unwrap_or("");
    marked
        || lower == "n"
        || lower.starts_with("n=")
        || lower.starts_with('#')
        || matches!(
            first,
            "number"
                | "no."
                | "rank"
                | "ranking"
                | "sample"
                | "base"
                | "respondents"
                | "count"
                | "unweighted"
                | "n"
                // (Spans of time counted in a table of sums: `| Days worked | 22 |` under "(som
                // unless stated)".)
                | "days"
                | "hours"
                | "weeks"
                | "months"
                | "nights"
                | "trips"
        )
}

/// The unit a header cell's text gives: the text in its last parentheses, after its last
/// comma, or the whole text, whichever reads as a unit.
pub(super) fn header_unit(cell: &str, recognizer: &mut figure::Recognizer) -> Option<HeaderUnit> {
    let cell = cell.trim().trim_matches(|c| c == '*' || c == '_').trim();
    if cell.is_empty() {
        return None;
    }
    // (An amount opening the cell is a class the row counts, not its unit: the row `| $100,000–$1
    // million | 188,000 |` counts accounts, not dollars.)
    let opens_with_amount = {
        let rest =
            cell.trim_start_matches(|c: char| figure::currency_symbol(c).is_some() || c == '<' || c == '>');
        rest.len() < cell.len() && rest.starts_with(|c: char| c.is_ascii_digit())
    };
    if opens_with_amount {
        return None;
    }
    // (Malay's `Kg` before a capitalised name is a village, Kampung, no kilogram: `| Kg Kedap |`.)
    if let Some(rest) = cell.strip_prefix("Kg ").or_else(|| cell.strip_prefix("Kg. "))
        && rest.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    if let Some(rate) = header_rate(cell, recognizer) {
        return Some(rate);
    }
    let joined;
    let periodic;
    let mut candidates = Vec::new();
    if let Some(open) = cell.rfind('(')
        && let Some(close) = cell[open..].find(')')
    {
        // (A margin's sign before the unit: `MoE (±pp)`, `Error (± %)`.)
        let inside = cell[open + 1..open + close].trim_start_matches(['±', '+', ' ']);
        // (A height above the sea is in its unit: `Level (m a.s.l.)`; a lone `m` is metres
        // then, whatever the label: `Minimum (m a.s.l.)`.)
        let above_sea =
            ["a.s.l.", "asl", "amsl"].iter().find_map(|s| inside.strip_suffix(s).map(str::trim_end));
        if above_sea == Some("m") {
            return Some(HeaderUnit { kind: FigureKind::Measure, unit: Some("m".into()), exponent: 0 });
        }
        let inside = above_sea.unwrap_or(inside);
        // (A share's unit before what it is a share of: `Change (pp of total)`, `(% of GDP)`.)
        let inside = match inside.split_once(" of ") {
            Some((unit, _)) if matches!(unit.trim(), "pp" | "%" | "p.p." | "per cent" | "percent") => {
                unit.trim()
            }
            _ => inside,
        };
        // (Not a size the row's things have, a number and its unit: `Water storage tanks (10,000
        // L)` counts tanks, not thousands of litres.)
        // (`(000 t)`, `(000 acres)` are scales too.)
        // (Nor a sum the row's things are worth, a currency and an amount: the tranche `First
        // (Rs 50,000)` counts households, not thousands of them.)
        let amount = inside.split_once(|c: char| c.is_ascii_digit()).is_some_and(|(sign, _)| {
            let number = &inside[sign.len()..];
            (1..=4).contains(&sign.trim_end().chars().count())
                && !sign.contains(|c: char| c.is_ascii_digit() || matches!(c, '\'' | '’' | '/' | '^'))
                // (Not a unit's power, `(m3)`, `(km2)`: apart or of three digits or more.)
                && (sign.ends_with(' ') || number.trim_end().len() >= 3)
                && number.bytes().all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b' '))
                && number.bytes().any(|b| (b'1'..=b'9').contains(&b))
        });
        let size = inside.starts_with(|c: char| c.is_ascii_digit())
            && !inside.starts_with("000")
            && inside.contains(|c: char| c.is_alphabetic())
            || amount;
        if size {
            return None;
        }
        // (A magnitude and what is counted: `Ya ba (million tablets)` is millions of tablets.)
        if scale_word(inside.split_whitespace().next().unwrap_or("")).is_some()
            && let Some(found) = caption_count_unit(&cell[..open + close + 1], recognizer)
            && found.exponent != 0
        {
            return Some(found);
        }
        // (A period in words after the unit: `(Shs m a year)` is `(Shs m/yr)`.)
        if let Some((stem, period)) = period_suffix(inside) {
            periodic = format!("{}/{period}", stem.trim_end());
            candidates.push(periodic.as_str());
        }
        // (Hours by their symbol: `Westbound wait (h)`, as `(hours)`.)
        if matches!(inside, "h" | "hr" | "hrs") {
            candidates.push("hours");
        }
        // (And hours a day: `June (h/day)`, `Supply (hrs/day)`.)
        if matches!(
            inside,
            "h/day" | "h/d" | "hrs/day" | "hr/day" | "hours/day" | "hours per day" | "h per day"
        ) {
            return Some(HeaderUnit { kind: FigureKind::Count, unit: Some("hour/d".into()), exponent: 0 });
        }
        candidates.push(inside);
        // A list in the brackets, read together (`(USD, bn)`), then each of its parts: `(local,
        // bn)`, `(bn, local currency)`; not the thousands of a rate's denominator, `(per
        // 10,000)`.
        let denominator = inside.to_ascii_lowercase().starts_with("per ") || inside.starts_with('/');
        // (Not a list of places' abbreviations, one of which may spell a currency's code: `|
        // Southern cone (VES, SJM) |` names Villa El Salvador, no bolívars; nor of letters: `|
        // Technical (E, F, G) |` names exam series, no CFA francs.)
        let names = inside.contains(',')
            && inside.split(',').map(str::trim).any(|part| {
                (1..=5).contains(&part.len())
                    && part.bytes().all(|b| b.is_ascii_uppercase())
                    && !figure::is_currency_name(part)
            });
        if names {
            candidates.pop();
        }
        if inside.contains(',') && !denominator && !names {
            // (A percent sign among them is the unit: `(USD, %)` is a share.)
            if let Some(pct) = inside.split(',').map(str::trim).find(|part| *part == "%") {
                candidates.push(pct);
            }
            joined = inside.replace(',', " ");
            candidates.push(&joined);
            candidates.extend(inside.split(',').map(str::trim));
        }
    }
    // (A percent sign as a word of a label without brackets is its unit: `| Share % |`,
    // `| Transfer as % of MEB |`.)
    if !cell.contains('(') && cell.split_whitespace().any(|w| w == "%") {
        candidates.push("%");
    }
    if let Some((_, after)) = cell.rsplit_once(", ") {
        candidates.push(after);
    }
    // (Or a rate of exchange before a comma: `Kip per USD, year end`.)
    if let Some((before, _)) = cell.split_once(", ")
        && before.contains(" per ")
    {
        candidates.push(before);
    }
    // (Or after `in`: `Wage in USD per day`, `Area in km²`, `Cost in USD`; not a place: `Dams
    // in MG`, `Deaths in Gaza`.)
    if let Some((_, after)) = cell.split('(').next().unwrap_or(cell).rsplit_once(" in ") {
        let after = after.trim();
        // (A sign is no place: `Price in US$`; nor are a currency's letters: `Median in RM`.)
        if after.contains(' ')
            || !after.starts_with(|c: char| c.is_ascii_uppercase())
            || figure::is_currency_name(after)
            || figure::currency_letters(after).is_some()
            || after.chars().any(|c| figure::currency_symbol(c).is_some())
        {
            candidates.push(after);
        }
    }
    let label = cell.split('(').next().unwrap_or(cell).to_ascii_lowercase();
    let found = candidates.into_iter().find_map(|c| unit_text(c, &label, recognizer));
    // A magnitude in brackets after a currency or unit: `USD (bn)`, `€ (m)`, `Tonnes ('000)`.
    let found = match found {
        Some(HeaderUnit { kind: FigureKind::Count, unit: None, exponent }) if exponent != 0 => {
            // (After a label and a comma: `Defence, USD (bn)`.)
            let before = cell.split('(').next().unwrap_or("");
            let before = before.rsplit(", ").next().unwrap_or(before).trim();
            let with = (!before.is_empty() && before.len() <= 8)
                .then(|| unit_text(before, &label, recognizer))
                .flatten()
                .filter(|u| u.kind != FigureKind::Count && u.exponent == 0)
                // (Or the last word before the brackets: `Combined DWT (m)`; or the first, a
                // currency before what it is: `US$ equivalent (m)`.)
                .or_else(|| {
                    let (_, last) = before.rsplit_once(' ')?;
                    (last.len() <= 8)
                        .then(|| unit_text(last, &label, recognizer))
                        .flatten()
                        .filter(|u| u.kind != FigureKind::Count && u.exponent == 0)
                })
                .or_else(|| {
                    let (first, rest) = before.split_once(' ')?;
                    (first.len() <= 4 && matches!(rest.trim(), "equivalent" | "equiv." | "eq." | "value"))
                        .then(|| unit_text(first, &label, recognizer))
                        .flatten()
                        .filter(|u| u.kind == FigureKind::Money && u.exponent == 0)
                });
            Some(with.map_or(HeaderUnit { kind: FigureKind::Count, unit: None, exponent }, |u| HeaderUnit {
                exponent,
                ..u
            }))
        }
        found => found,
    };
    // The whole cell, when it can be nothing but a unit: a few characters or a symbol
    // (`EUR bn`, `%`, `km²`), not a label such as `Germany` or `Fighters`, nor a magnitude
    // alone (a row labelled `B` or `M`).
    // (Nor a name that is also a unit's singular: the Brazilian state `Acre`, a row's label,
    // also before an acronym: the submarine class `Kilo SSK`.)
    let named = |word: &str| {
        word.len() > 3
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && !word.ends_with('s')
    };
    let name = named(cell)
        || cell.split_once(' ').is_some_and(|(first, rest)| {
            named(first)
                && rest.len() >= 2
                && rest.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        });
    found
        .or_else(|| {
            // (Also a currency's code and a magnitude: `USD billion`, `SLSH billion`.)
            // (A letter currency too, which the report's country settles: `LD billion` in a
            // report on Libya.)
            let coded = cell.split_once(' ').is_some_and(|(code, rest)| {
                (figure::is_currency_name(code)
                    || (1..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_uppercase()))
                    && !rest.contains(' ')
            });
            (!name && (cell.len() <= 8 || coded || cell.contains(['$', '€', '£', '¥', '%'])))
                .then(|| unit_text(cell, &label, recognizer))
                .flatten()
                .filter(|u| u.kind != FigureKind::Count)
        })
        // (Or a measure's name before what was done with it or what it is: `Tonnes shipped`,
        // `bcm equiv.`, `Barrels exported`.)
        .or_else(|| {
            let (unit, rest) = cell.trim().split_once(' ')?;
            let qualifier = matches!(
                rest.trim().to_ascii_lowercase().as_str(),
                "shipped"
                    | "exported"
                    | "imported"
                    | "produced"
                    | "landed"
                    | "loaded"
                    | "handled"
                    | "delivered"
                    | "sold"
                    | "equiv."
                    | "equivalent"
                    | "eq."
            );
            (qualifier && unit.len() <= 8)
                .then(|| unit_text(unit, &label, recognizer))
                .flatten()
                .filter(|u| u.kind == FigureKind::Measure)
        })
        // (Or such a unit before brackets that hold none, a period: `Carats (Jan–Sep 2026)`.)
        .or_else(|| {
            let before = cell.split_once('(')?.0.trim();
            (!before.is_empty() && before.len() <= 8 && !named(before))
                .then(|| unit_text(before, &label, recognizer))
                .flatten()
                .filter(|u| u.kind != FigureKind::Count)
        })
        // (Or a measure's symbol with a capital ending the label, before any brackets: `Nominal
        // MW`, `Available MW (Oct avg)`, `Installed GW`; not a currency, which a row's name may
        // end on.)
        // (Written as the unit writes it, `MG` in `Dams in MG` is a place; not after a
        // threshold: `Chlorinated ≥0.5 mg/L` counts what passes it.)
        .or_else(|| {
            let before = cell.split('(').next().unwrap_or(cell).trim();
            let (rest, last) = before.rsplit_once(' ')?;
            (last.len() >= 2
                && last.len() <= 4
                && last.bytes().any(|b| b.is_ascii_uppercase())
                && !rest.bytes().any(|b| b.is_ascii_digit())
                && !rest.ends_with(" in")
                && !rest.ends_with(" at"))
            .then(|| unit_text(last, &label, recognizer))
            .flatten()
            .filter(|u| u.kind == FigureKind::Measure && u.exponent == 0 && u.unit.as_deref() == Some(last))
        })
}

/// A rate per a power of ten that a header names, read as prose reads it: `Deaths per 100,000
/// population` → `death/100k`, `Police per 1,000 inhabitants` → `police/1k`, `Rate per
/// 100,000` → `/100k`; an attack rate, an incidence or a notification rate counts cases,
/// `Attack rate (per 100,000)` → `case/100k`. Not a base of a measure or a currency (`Cost per
/// 1,000 litres`), which the units below read.
fn header_rate(cell: &str, recognizer: &mut figure::Recognizer) -> Option<HeaderUnit> {
    // (Most headers name no `per`: answered before any copy of the text.)
    if !cell.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"per ")) {
        return None;
    }
    // (Brackets after the rate qualify it: `Rate per 100,000 (annualised)`.)
    let outside = cell.split('(').next().unwrap_or(cell);
    let cell = if outside.to_ascii_lowercase().contains("per ") { outside } else { cell };
    let flat = cell.replace(['(', ')'], " ").to_ascii_lowercase();
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    let at = if flat.starts_with("per ") { 0 } else { flat.find(" per ")? + 1 };
    let (label, per) = (flat[..at].trim(), &flat[at..]);
    let base = per["per ".len()..].split(' ').next().unwrap_or("");
    if !(base.starts_with(|c: char| c.is_ascii_digit()) || matches!(base, "million" | "lakh" | "crore")) {
        return None;
    }
    let cases =
        ["attack rate", "incidence", "notification rate", "notification"].iter().any(|w| label.ends_with(w));
    let probe = if label.is_empty() || label == "rate" || cases {
        format!("a rate of 1 {per}")
    } else {
        format!("1 {label} {per}")
    };
    let mut found = Vec::new();
    recognizer.recognize_into(&probe, &mut found);
    let unit = match found.as_slice() {
        [f] if f.kind == FigureKind::Count => f.unit.clone()?,
        _ => return None,
    };
    let (noun, rate) = unit.split_once('/')?;
    if !["1k", "10k", "100k", "1M", "10M"].contains(&rate.split('/').next().unwrap_or(rate)) {
        return None;
    }
    let unit = if cases && noun.is_empty() { Arc::from(format!("case/{rate}")) } else { unit.clone() };
    Some(HeaderUnit { kind: FigureKind::Count, unit: Some(unit), exponent: 0 })
}

/// The noun a header or a row's first cell counts, when its label (before any bracket or
/// comma, with no bold or italic marks) is a plural noun phrase as a count would name it in
/// prose: `Deaths`, `Aircraft`, `IDPs`, `Heatwave days, Uttar Pradesh` (days), `Confirmed
/// heatstroke deaths, India` (deaths). One word must be a known plural of people, events or
/// materiel (so no place is taken for a plural: `Chiapas`, `Lagos`, `Americas`); more words
/// must end on a lowercase plural, with no capital after the first word and no `Other` or
/// `Total` before it. Not a label of one thing (`Country`, `Exercise`), nor one that says more
/// after its noun (`Attacks on civilians`, `Stations surveyed`).
/// What a column's header counts: people in brackets (`Target (children)`, `Displaced
/// (families)`, `Paid (households)`), unless they only say how a plural label is counted
/// (`Returnees (individuals)` counts returnees), else [`counted_label`].
fn header_counted(cell: &str, recognizer: &mut figure::Recognizer) -> Option<Arc<str>> {
    // (A period after a slash, as `per` and the period: `Trucks/day` → `truck/d`.)
    let per_period = cell.trim().rsplit_once('/').and_then(|(head, period)| {
        let word = match period.trim().to_ascii_lowercase().as_str() {
            "day" | "d" => "day",
            "week" | "wk" => "week",
            "month" | "mo" => "month",
            "year" | "yr" => "year",
            "hour" | "h" | "hr" => "hour",
            _ => return None,
        };
        (!head.contains(['/', '(']) && !head.trim().is_empty()).then(|| format!("{} per {word}", head.trim()))
    });
    let cell = per_period.as_deref().unwrap_or(cell);
    // (A span of time counted opens the label, maybe after an average's word: `Median months
    // unpaid`, `Avg. months lapsed`, `Weeks unpaid (median)`, `Days of cover at average Jan.
    // demand`.)
    let outside = cell.split('(').next().unwrap_or(cell).trim().trim_matches(['*', '_']).to_ascii_lowercase();
    let mut words = outside.split_whitespace().peekable();
    if words.peek().is_some_and(|w| matches!(*w, "median" | "average" | "avg." | "avg" | "mean" | "typical"))
    {
        words.next();
    }
    // (Not a rate, which the label reads below: `Hours per officer`, `Hours of supply a day`.)
    let rate = outside.contains("per ")
        || outside.contains('/')
        || [" a day", " a week", " a month", " a year"].iter().any(|p| outside.contains(p));
    if let Some(first) = words.next()
        && matches!(first, "days" | "weeks" | "months" | "years" | "hours" | "nights")
        && words.peek().is_some()
        && !rate
    {
        return Some(Arc::from(figure::singular(first).as_ref()));
    }
    let label = counted_label(cell, recognizer);
    if let Some((before, bracket)) = cell.split_once('(') {
        let inside = bracket.split(')').next().unwrap_or(bracket).trim().to_ascii_lowercase();
        let how = matches!(inside.as_str(), "people" | "persons" | "individuals")
            && label.as_deref().is_some_and(|l| !befalls(l))
            && !before.trim().is_empty();
        // (Or the things a mass noun is counted in: `Ammunition (rounds)`.)
        // (Or bags and sacks of a crop: `Est. loss (bags)`.)
        // (Or the places a capacity is counted in: `Capacity (beds)`.)
        let counted_in = matches!(
            inside.as_str(),
            "rounds"
                | "cartridges"
                | "shells"
                | "pieces"
                | "units"
                | "bags"
                | "sacks"
                | "beds"
                | "seats"
                | "places"
        ) && label.is_none();
        if (inside == "people"
            || inside == "families"
            || inside == "households"
            || figure::is_people_plural(&inside)
            || counted_in)
            && !how
        {
            return Some(Arc::from(figure::singular(&inside).as_ref()));
        }
    }
    label
}

fn counted_label(cell: &str, recognizer: &mut figure::Recognizer) -> Option<Arc<str>> {
    let cell = cell.trim().trim_matches(|c| c == '*' || c == '_').trim();
    // (A unit in brackets says what the numbers measure: `Power cuts in Bamako (hours/day)`.)
    if let Some((_, bracket)) = cell.split_once('(') {
        let inside = bracket.split(')').next().unwrap_or(bracket).trim().to_ascii_lowercase();
        let measured = inside.split('/').next().unwrap_or(&inside).trim();
        if inside.contains('%') || figure::is_time_noun(measured) {
            return None;
        }
    }
    // (A bracketed `n` says the column counts: `Isolates (n)`.)
    let counted_n = cell.contains("(n)") || cell.contains("(N)");
    // (A threshold after the plural qualifies it: `Fires > 30 ha`.)
    let label = cell.split(['(', ',', '>', '<', '≥', '≤']).next().unwrap_or(cell).trim();
    // (An estimate's word is passed over: `Estimated personnel`; so is a part's `Of which`:
    // `Of which security personnel`.)
    let label = ["Estimated ", "estimated ", "Est. ", "Of which ", "of which ", "Of whom ", "of whom "]
        .iter()
        .find_map(|p| label.strip_prefix(p))
        .unwrap_or(label)
        .trim();
    // (And the time after the noun: a year, months, a span of months: `Victims 2023`,
    // `Attacks Jan–Nov 2024`.)
    let time = |w: &str| {
        let year = |y: &str| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit());
        // (Also a span of years: `New permits 2025/26`, `Arrests 2023–2024`.)
        let span = |w: &str| {
            w.split_once(['/', '-', '–']).is_some_and(|(a, b)| {
                year(a) && (b.len() == 2 || b.len() == 4) && b.bytes().all(|c| c.is_ascii_digit())
            })
        };
        year(w)
            || span(w)
            // (A quarter or a half: `Clashes Q3`, `Drone strikes Q3`, `Arrivals H1`.)
            || matches!(w, "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2")
            // (A fiscal year: `US encounters FY2023`, `Arrests FY2023-24`.)
            || w.strip_prefix("FY").is_some_and(|y| year(y.split(['-', '–', '/']).next().unwrap_or(y)))
            || w.split(['–', '-'])
                .all(|m| figure::is_month(m) && m.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    let mut label = label;
    // (Epidemiological weeks after the noun: `Cases wk 1-16`, `Deaths SE 01-12`, `Cases weeks
    // 1–8`.)
    if let Some((head, weeks)) = label.rsplit_once(' ')
        && weeks.split(['-', '–']).all(|n| !n.is_empty() && is_short_number(n))
        && let Some((noun, week)) = head.rsplit_once(' ')
        && (is_week_word(&week.to_ascii_lowercase()) || week == "W")
    {
        label = noun.trim();
    }
    while let Some((head, last)) = label.rsplit_once(' ')
        && time(last)
    {
        label = head.trim();
        // (A month may have its day before it: `Aircraft 20 Aug`.)
        if figure::is_month(last)
            && let Some((before, day)) = label.rsplit_once(' ')
            && day.len() <= 2
            && day.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
        {
            label = before.trim();
        }
    }
    // (A preposition left before the time taken off goes too: `Shutdown days in Q1`.)
    if let Some(head) = [" in", " to", " by", " during", " since", " until", " through"]
        .iter()
        .find_map(|p| label.strip_suffix(p))
    {
        label = head.trim();
    }
    // (Or before it: `2021 seats`, `FY2024 arrests`.)
    while let Some((first, rest)) = label.split_once(' ')
        && time(first)
    {
        label = rest.trim();
    }
    if label.is_empty() || label.len() > 40 {
        return None;
    }
    // (A collective noun names what its numbers count: `Workforce` counts workers,
    // `Population` people.)
    // (Also last after words that qualify it: `Phase 3+ population`, `IDP headcount`.)
    let lower = label.to_ascii_lowercase();
    let last = lower.rsplit(' ').next().unwrap_or(&lower);
    // (Not a rate's base: `Per million population`, `Deaths per 100,000 population`.)
    let rate = lower.starts_with("per ") || lower.contains(" per ");
    let collective = match (lower.as_str(), last) {
        _ if rate => None,
        ("workforce" | "labour force" | "labor force", _) | (_, "workforce") => Some("worker"),
        (_, "population" | "headcount") => Some("person"),
        // (Past a participle after it: `Population served`, `Population covered`.)
        _ if lower.rsplit(' ').nth(1).is_some_and(|w| w == "population") && last.ends_with("ed") => {
            Some("person")
        }
        (_, "membership") => Some("member"),
        _ => None,
    };
    if let Some(noun) = collective {
        return Some(Arc::from(noun));
    }
    // (A rate's base names no noun its cells count: `Per million population`; a period may,
    // `Suez transits per month`.)
    if rate
        && lower.split("per ").skip(1).any(|after| {
            after.starts_with(|c: char| c.is_ascii_digit())
                || after.starts_with("million")
                || after.starts_with("thousand")
        })
    {
        return None;
    }
    // (What follows a preposition says where or when: `Fatalities in Russia-linked events`
    // counts fatalities, `Girls out of school` girls.)
    // (A number may stand after it: `Foreign jiggers at Mile 201`.)
    let label = [
        " in ",
        " under ",
        " at ",
        " by ",
        " from ",
        // (`Days to trial`, `Rounds to Ukraine`.)
        " to ",
        " on ",
        " during ",
        " across ",
        " among ",
        // (`Girls out of school` counts girls.)
        " out of ",
        " involving ",
        " with ",
        " without ",
        // (Or a threshold in words: `Nights above 30°C`, `Children below 5 kg`.)
        " above ",
        " below ",
        " inside ",
        " outside ",
        " within ",
    ]
    .iter()
    .filter_map(|p| label.find(p))
    .min()
    .map_or(label, |at| &label[..at]);
    if !label.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-') {
        return None;
    }
    // (A count named as one: `Crater count` counts craters.)
    if let Some(noun) = label.strip_suffix(" count").or_else(|| label.strip_suffix(" Count"))
        && !noun.contains(' ')
    {
        let noun = noun.to_ascii_lowercase();
        if figure::is_countable_plural(&format!("{noun}s")) {
            return Some(Arc::from(noun));
        }
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let lower = label.to_ascii_lowercase();
    // (Sums by their plural name no things counted: `| Net earnings |`, `| Fees |`.)
    if lower.rsplit(' ').next().is_some_and(|last| {
        matches!(
            last,
            "earnings"
                | "savings"
                | "revenues"
                | "costs"
                | "wages"
                | "salaries"
                | "fees"
                | "remittances"
                | "expenses"
                | "profits"
                | "proceeds"
                | "receipts"
                | "arrears"
                | "takings"
        )
    }) {
        return None;
    }
    // (What befell people, as a column's one word: `| Killed | Wounded | Captured |`, as
    // `Wounded` and `Injured` are read.)
    if befalls(&lower) {
        return Some(Arc::from(lower));
    }
    // (Also after a word saying how it is known: `Reported killed`, `Confirmed dead`.)
    if let Some((how, what)) = lower.split_once(' ')
        && matches!(how, "reported" | "confirmed" | "verified" | "estimated" | "total")
        && befalls(what)
    {
        return Some(Arc::from(what));
    }
    let known = match words.as_slice() {
        [one] => {
            figure::is_countable_plural(&lower)
                // (Events counted one by one: `Exchanges`, `Convictions`.)
                || figure::is_counted_event(&lower)
                // (`Countries` counts countries; a column of names is headed `Country`; `Of
                // which minors` counts minors, which prose takes as a whole's part.)
                || matches!(lower.as_str(), "countries" | "minors" | "nights" | "days" | "hours" | "weeks" | "months")
                // (Any plural over a bracketed `n`: `Isolates (n)`.)
                || counted_n && one.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss")
                // (An acronym's plural: `IDPs`, `UAVs`.)
                || figure::is_acronym_plural(one)
                // (An adjective that counts people, as prose writes `12 dead`: `Injured`; or a
                // noun without a plural ending: `Cattle`, `Livestock`, `Police`; not `Head`, a
                // column of names.)
                || figure::is_invariant_noun(&lower) && lower != "head"
                // (A people's plural: `Venezuelans`, `Syrians`, `Iraqis`.)
                || one.starts_with(|c: char| c.is_ascii_uppercase())
                    && lower.len() > 5
                    && (lower.ends_with("ans") || lower.ends_with("is") && !lower.ends_with("sis"))
        }
        [_, rest @ ..] => {
            // (An acronym in capitals after names ends no plural: `| Kurigram PBS |` names a
            // board; `| Children screened for GAM |` counts children.)
            let last_acronym =
                rest.last().is_some_and(|l| l.len() >= 2 && l.bytes().all(|b| b.is_ascii_uppercase()))
                    && words.iter().all(|w| !w.starts_with(|c: char| c.is_lowercase()));
            !last_acronym
                && !matches!(lower.split(' ').next(), Some("other" | "all" | "remaining"))
                && rest.iter().enumerate().all(|(i, w)| {
                    w.starts_with(|c: char| c.is_lowercase())
                        || figure::is_acronym_plural(w)
                        // (Or an acronym qualifying the plural: `US SW border encounters`.)
                        || (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
                        // (Or a name's word before the plural: `PLA Navy ships`.)
                        || i + 1 < rest.len()
                            && w.starts_with(|c: char| c.is_ascii_uppercase())
                            && rest.last().is_some_and(|l| l.starts_with(|c: char| c.is_lowercase()))
                })
        }
        [] => false,
    };
    if !known {
        return None;
    }
    // (A people's plural in -is keeps its capital, as prose writes it: `1,000 Iraqis`.)
    let people_in_i =
        words.len() == 1 && label.starts_with(|c: char| c.is_ascii_uppercase()) && lower.ends_with("is");
    let probe = if people_in_i { format!("1,000 {label}") } else { format!("1,000 {lower}") };
    let mut found = Vec::new();
    recognizer.recognize_into(&probe, &mut found);
    match found.as_slice() {
        [f] if f.span.start == 0 && f.kind == FigureKind::Count => {
            // The plural may be followed by a participle that says what befell them: `Crew
            // kidnapped`, `People affected`, `Crew taken hostage`; or a rate's period: `Suez transits per month`.
            // (Maybe after an adverb: `Houses fully destroyed`; or two joined by `or` or
            // `and`: `Homes destroyed or severely damaged`.)
            let is_participle = |w: &str| {
                w.len() > 4 && w.ends_with("ed")
                    // (Or a present participle: `Districts reporting`.)
                    || w.len() > 5 && w.ends_with("ing")
                    || matches!(
                        w,
                        "taken"
                            | "held"
                            | "hit"
                            | "shot"
                            | "lost"
                            | "stolen"
                            | "seen"
                            | "found"
                            | "sold"
                            | "sent"
                            | "paid"
                            | "caught"
                            | "built"
                            | "given"
                            | "driven"
                            | "rebuilt"
                            | "burnt"
                            | "broken"
                            | "beaten"
                            | "overrun"
                            | "won"
                            | "cast"
                            | "spent"
                            | "made"
                            | "kept"
                            | "struck"
                            | "bought"
                            | "brought"
                            // (`Accounts frozen (lakh)`, `Notes withdrawn`.)
                            | "frozen"
                            | "withdrawn"
                            | "written"
                            | "shown"
                            | "per"
                            // (A delay counted: `Days late`, `Months overdue`.)
                            | "late"
                            | "overdue"
                            // (`Vessels sunk`, `Days offline`, `Stages left in orbit`.)
                            | "sunk"
                            | "offline"
                            | "left"
                    )
            };
            let rest: Vec<&str> = probe[f.span.end..].split_whitespace().collect();
            let adverb = |w: &str| w.len() > 4 && w.ends_with("ly");
            let participle_at = |i: usize| match rest.get(i) {
                Some(&w) if adverb(w) => rest.get(i + 1).is_some_and(|&w| is_participle(w)).then_some(i + 2),
                Some(&w) => is_participle(w).then_some(i + 1),
                None => None,
            };
            let participle = || participle_at(0).is_some();
            let joined = || {
                participle_at(0).is_some_and(|end| {
                    rest.get(end).is_some_and(|w| matches!(*w, "or" | "and"))
                        && participle_at(end + 1) == Some(rest.len())
                })
            };
            (f.span.end == probe.len() || words.len() <= 4 && participle() || words.len() <= 6 && joined())
                .then(|| f.unit.clone())
                .flatten()
        }
        _ => None,
    }
}

/// A participle of what befell people, which as a column's one word counts them (`|
/// Killed |`) unless the row names what it counts (`| Main battle tanks |` under `|
/// Captured |`).
fn befalls(lower: &str) -> bool {
    matches!(
        lower,
        "killed"
            | "captured"
            | "arrested"
            | "detained"
            | "abducted"
            | "kidnapped"
            | "executed"
            | "rescued"
            | "evacuated"
            | "deported"
            | "transferred"
            | "relocated"
            | "repatriated"
            | "released"
            | "surrendered"
    )
}

/// Whether a header's label measures a length, so that `(m)` after it is metres: `Height
/// (m)`, `Depth (m)`.
fn measures_length(label: &str) -> bool {
    // (Not a sum of money: `Runway works (m)`, `Berth fees (m)`, `Pier repairs, EUR (m)`.)
    let money = [
        "cost", "fee", "price", "budget", "spend", "works", "repair", "upgrade", "value", "usd", "eur",
        "gbp", "$", "€", "£",
    ];
    if money.iter().any(|w| label.contains(w)) {
        return false;
    }
    [
        "height",
        "depth",
        "elevation",
        "altitude",
        "length",
        "width",
        "distance",
        "range",
        "thickness",
        "diameter",
        "radius",
        "level",
        "rise",
        "deep",
        "high",
        "tall",
        "long",
        "wave",
        "snow",
        "rain",
        "sea",
        "flood",
        "wall",
        "span",
        "runway",
        "airstrip",
        "draught",
        "draft",
        "pier",
        "berth",
        "quay",
        "tunnel",
        // (A pump's lift and a reservoir's drawdown: `| Lift (m) |`.)
        "lift",
        "drawdown",
        "freeboard",
    ]
    .iter()
    .any(|w| label.contains(w))
}

/// `text` as a unit: a percent sign, a currency, a measure, a magnitude, or a currency or
/// measure with a magnitude (`US$ million`, `€bn`, `million tonnes`). A currency's price per
/// unit of a good (`US$/t`, `SDG per kg`) is read as in prose (`USD/t`, `SDG/kg`); per
/// anything else (`€ bn/yr`) it is the currency.
fn unit_text(text: &str, label: &str, recognizer: &mut figure::Recognizer) -> Option<HeaderUnit> {
    let text = text.trim();
    if text.is_empty() || text.len() > 40 {
        return None;
    }
    if text.starts_with('%') || matches!(text.to_ascii_lowercase().as_str(), "per cent" | "percent" | "pct") {
        return Some(HeaderUnit { kind: FigureKind::Percent, unit: None, exponent: 0 });
    }
    // Split a currency sign from a magnitude glued to it ("€bn", "$m", "US$bn", "₦m").
    // (Not Uruguay's peso, `$U`, one sign: `$U millions`.)
    let mut spaced = String::with_capacity(text.len() + 4);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        spaced.push(c);
        let uruguayan = c == '$' && chars.peek() == Some(&'U') && {
            let mut ahead = chars.clone();
            ahead.next();
            ahead.peek().is_none_or(|n| !n.is_alphabetic())
        };
        if figure::currency_symbol(c).is_some() && !uruguayan {
            spaced.push(' ');
        }
    }
    // A rate's denominator is no unit or scale: `(per 10,000)`, `(/10,000/day)`.
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("per ") || lower.starts_with('/') {
        return None;
    }
    let mut exponent = 0;
    let rest = without_scale(&spaced, &mut exponent);
    // (A magnitude in words before `of` and the unit: `(thousands of ha)`, `(millions of
    // tonnes)`.)
    let rest = match rest.strip_prefix("of ") {
        Some(unit) if exponent != 0 => unit.to_string(),
        _ => rest,
    };
    // (The kyat's, the kwacha's, the kina's or the kip's `K` under a label naming a sum, in a
    // report whose title names one of their countries: `Daily wage, unskilled (K)`, `Steel bar
    // (per tonne, K million)`; also in brackets alone after a good's or a currency's name,
    // `Breakfast, 25 kg (K)`, `Dollar, informal (K)`; elsewhere `(K)` is thousands, as after a
    // plural it counts, `Households (K)`.)
    let named_good = || {
        let first = label.split(',').next().unwrap_or("").trim();
        text == "K" && first != "k" && !first.is_empty() && !first.ends_with('s')
    };
    if matches!(rest.as_str(), "K" | "")
        && text.trim_start().starts_with('K')
        && ([
            "wage",
            "price",
            "cost",
            "salary",
            "fee",
            "rent",
            "budget",
            "revenue",
            "per tonne",
            "per kg",
            "bar",
            "bag",
        ]
        .iter()
        .any(|w| label.contains(w) || text.contains(w))
            || named_good())
        && let Some(code) = match recognizer.title_country() {
            Some("MM") => Some("MMK"),
            Some("ZM") => Some("ZMW"),
            Some("MW") => Some("MWK"),
            Some("PG") => Some("PGK"),
            Some("LA") => Some("LAK"),
            _ => None,
        }
    {
        let exponent = if rest.is_empty() { 0 } else { exponent };
        return Some(HeaderUnit { kind: FigureKind::Money, unit: Some(code.into()), exponent });
    }
    if rest.is_empty() {
        // `(M)` is millions; `(m)` metres under a length (`Height (m)`), else millions.
        if spaced.trim() == "m" && measures_length(label) {
            return Some(HeaderUnit { kind: FigureKind::Measure, unit: Some("m".into()), exponent: 0 });
        }
        return (exponent != 0).then_some(HeaderUnit { kind: FigureKind::Count, unit: None, exponent });
    }
    // Litres written apart, per something in lower case (`(l/p/d)`, `(L/day)`) or alone (`Water
    // (l)`): in prose a lone `l` is a letter, here the unit (`(L/R)` is not).
    let litres = |t: &str| matches!(t, "l" | "L");
    let liquid = [
        "water",
        "fuel",
        "diesel",
        "petrol",
        "oil",
        "milk",
        "volume",
        "capacity",
        "litre",
        "liter",
        "pesticide",
        "insecticide",
    ];
    // (In lower case alone, under any label: `Seized (l)`, `Estimated crossing (million l)`;
    // a capital `L` only under a liquid, as `Size (L)` is a size.)
    if rest == "l"
        || litres(&rest) && liquid.iter().any(|w| label.contains(w))
        || rest.split_once('/').is_some_and(|(before, after)| {
            // (Not sides or dimensions: `(l/r)`, `(l/w)`, `(l/w/h)`.)
            litres(before.trim())
                && after.starts_with(|c: char| c.is_ascii_lowercase())
                && !after.split('/').any(|part| matches!(part.trim(), "r" | "w" | "b"))
        })
    {
        // (With its period, `(L/hr)` → `l/h`, `(L/day)` → `l/d`, or water per person a day as
        // the prose reads it, `(l/p/d)` → `l/p/d`.)
        let after = rest.split_once('/').map(|(_, after)| after.trim().to_ascii_lowercase());
        let unit = match after.as_deref() {
            Some("p/d" | "c/d") => Arc::from("l/p/d"),
            Some(after) => match figure::basis_or_period(after) {
                Some(p @ ("d" | "wk" | "mo" | "yr" | "h")) => Arc::from(format!("l/{p}")),
                _ => Arc::from("l"),
            },
            None => Arc::from("l"),
        };
        return Some(HeaderUnit { kind: FigureKind::Measure, unit: Some(unit), exponent });
    }
    // The naira and the rand as their press writes them, with a magnitude, under a label that
    // names a sum: `Median ransom (N m)`, `Budget (R bn)` (a bare `(N)` is a count's sample size,
    // `Torque (N m)` newton metres, `Households (N m)` a number).
    let sum = [
        "ransom",
        "budget",
        "cost",
        "price",
        "revenue",
        "spending",
        "fine",
        "fee",
        "payment",
        "value",
        "wage",
        "salary",
        "income",
        "debt",
        "loan",
        "aid",
        "fund",
        "tax",
        "bribe",
        "allocation",
        "expenditure",
    ];
    if exponent != 0 && matches!(rest.as_str(), "N" | "R") && sum.iter().any(|w| label.contains(w)) {
        let code = if rest == "N" { "NGN" } else { "ZAR" };
        return Some(HeaderUnit { kind: FigureKind::Money, unit: Some(code.into()), exponent });
    }

    // (Livestock counted by the head in thousands or millions: `Goats (thousand head)`, the
    // label naming what is counted.)
    if exponent != 0 && rest.eq_ignore_ascii_case("head") {
        return Some(HeaderUnit { kind: FigureKind::Count, unit: None, exponent });
    }
    let mut found = Vec::new();
    // A currency before or after a number, or a unit after it.
    let split = rest.split_once('/').or_else(|| rest.split_once(" per "));
    let per = split.map(|(before, _)| before.trim());
    let good = split.map(|(_, after)| after.trim());
    // (A thousand, not one: `SDG 1` is a development goal, `SDG 1,000` Sudanese pounds.)
    // A unit may carry a magnitude of its own: `kb/d` is thousands of barrels a day, so 1,000
    // of them read as 1,000,000 bbl/d.
    for probe in [format!("{rest}1,000"), format!("{rest} 1,000"), format!("1,000 {rest}")] {
        recognizer.recognize_into(&probe, &mut found);
        // (Or a span of time counted, as prose counts it: `Downtime (days)`, `Delay (hrs)`.)
        let time =
            |f: &Figure| f.kind == FigureKind::Count && f.unit.as_deref().is_some_and(figure::is_time_noun);
        if let [f] = found.as_slice()
            && f.span.start == 0
            && f.span.end == probe.len()
            && (f.kind != FigureKind::Count || time(f))
            && let Some(own) = f.low.and_then(unit_magnitude)
        {
            return Some(HeaderUnit { kind: f.kind, unit: f.unit.clone(), exponent: exponent + own });
        }
    }
    // A measure of a named substance: `(t Li)`, `(Mt Cu)`, `(kt LCE)`, `(t CO2e)`: the unit
    // before a short capitalised name.
    if let Some((unit, name)) = text.rsplit_once(' ')
        && (1..=5).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().all(|b| b.is_ascii_alphanumeric())
        && let Some(found) = unit_text(unit, label, recognizer)
        && found.kind == FigureKind::Measure
    {
        return Some(found);
    }
    // A price per unit: the currency before the slash or `per`.
    let per = per.filter(|p| !p.is_empty())?;
    // A magnitude before the slash scales it: `(€ bn/yr)`; a lone `K` before a good is a
    // currency's letter, no thousand: `Price dried (K/kg)` under a title on Papua New Guinea.
    let per = if per == "K" { per.to_string() } else { without_scale(per, &mut exponent) };
    if per.is_empty() {
        return None;
    }
    for probe in [format!("{per}1,000"), format!("{per} 1,000"), format!("1,000 {per}")] {
        recognizer.recognize_into(&probe, &mut found);
        if let [f] = found.as_slice()
            && f.span.start == 0
            && f.span.end == probe.len()
            && matches!(f.kind, FigureKind::Money | FigureKind::Measure)
        {
            // (A measure per something is read as in prose: `(kg/ha)` is a yield, with the
            // magnitude its unit carries: `(mcm/d)` is millions of m3 a day.)
            let own =
                if f.kind == FigureKind::Measure { f.low.and_then(unit_magnitude).unwrap_or(0) } else { 0 };
            // (A price per unit of a good, as prose reads one: `(US$ per tonne)` is `USD/t`.)
            let mut unit = f.unit.clone();
            if f.kind == FigureKind::Money
                && let Some(good) = good
            {
                let mut per_good = Vec::new();
                recognizer.recognize_into(&format!("{} per {good}", f.span.slice(&probe)), &mut per_good);
                if let [g] = per_good.as_slice()
                    && g.unit.as_deref().is_some_and(|u| u.contains('/'))
                {
                    unit = g.unit.clone();
                }
            }
            return Some(HeaderUnit { kind: f.kind, unit, exponent: exponent + own });
        }
    }
    None
}

/// The words of `text` but its first magnitude word (`bn`, `'000`), whose power of ten goes to
/// `exponent` unless that already has one.
/// (A capital `K` before another magnitude is a currency's letter, the kina's or the kwacha's:
/// `(K million)`, `(K m)`.)
fn without_scale(text: &str, exponent: &mut i32) -> String {
    let mut kept = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let letter = word == "K" && words.peek().is_some_and(|next| scale_word(next).is_some());
        match scale_word(word) {
            Some(e) if *exponent == 0 && !letter => *exponent = e,
            _ => kept.push(word),
        }
    }
    kept.join(" ")
}

/// The power of ten a unit multiplies by, from the value of 1,000 of it: 0 for `km`, 3 for
/// `kb/d` (1,000,000 bbl/d), 6 for `mb/d`; `None` for any other value.
fn unit_magnitude(value: f64) -> Option<i32> {
    (0..=12).find(|&e| value == 1000.0 * 10f64.powi(e))
}

/// The cells of a pipe table's `line`, in order, as byte ranges: between the separators (`|`
/// not escaped and not in code), without what stands before a leading one.
fn cells(line: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let mut code = false;
    let mut first = true;
    let leading = line.trim_start().starts_with('|');
    std::iter::from_fn(move || {
        loop {
            if start > bytes.len() {
                return None;
            }
            if i >= bytes.len() || bytes[i] == b'|' && !code {
                let cell = start..i.min(bytes.len());
                start = i + 1;
                i += 1;
                if std::mem::take(&mut first) && leading {
                    continue;
                }
                return Some(cell);
            }
            match bytes[i] {
                b'\\' => i += 2,
                b'`' => {
                    code = !code;
                    i += 1;
                }
                _ => i += 1,
            }
        }
    })
}

/// The column of byte `at` in a pipe table's `line`.
fn column_at(line: &str, at: usize) -> usize {
    cells(line).position(|cell| at <= cell.end).unwrap_or(0)
}

/// The text of cell `column` of a pipe table's `line`.
fn cell_text(line: &str, column: usize) -> Option<&str> {
    cells(line).nth(column).map(|cell| &line[cell])
}

/// The line of `text` holding byte `at`.
fn line_at(text: &str, at: usize) -> (usize, &str) {
    let start = crate::text::line_start(text, at);
    let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
    (start, text[start..end].trim_end_matches('\r'))
}

/// A row's label is a name with a two-letter code in brackets, a country's or a state's
/// (`Toktogul (KG)`, `Lilongwe (MW)`), not a unit (`Weight (kg)` writes it in lower case, and a
/// label with a lowercase word is no name: `Avg. daily deficit (MW)`).
fn coded_name(cell: &str) -> bool {
    let cell = cell.trim();
    cell.strip_suffix(')').and_then(|c| c.rsplit_once(" (")).is_some_and(|(name, code)| {
        code.len() == 2
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && name.starts_with(|c: char| c.is_uppercase())
            && name.chars().any(char::is_lowercase)
            // (A name's words are capitalised; `Daily deficit (MW)` gives megawatts.)
            && name.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()))
    })
}

/// What `cell` says as a header, read once per text.
fn cached<'t>(
    read: &mut std::collections::HashMap<&'t str, Option<HeaderUnit>>,
    cell: &'t str,
    recognizer: &mut figure::Recognizer,
) -> Option<HeaderUnit> {
    read.entry(cell.trim()).or_insert_with(|| header_unit(cell, recognizer)).clone()
}

/// Reads the bare numbers of pipe tables in the units their column headers or rows' first
/// cells give. A number under both a column's and a row's unit is left alone (the table does
/// not say which applies).
pub(super) fn apply(doc: &mut Document, text: &str) {
    if !doc.tables.iter().any(|t| t.form == TableForm::Pipe) {
        return;
    }
    // (Reading a header's currency as the report's prose does: `(FCFA bn)` in a report on
    // Cameroon is XAF, `(Rs m)` in one that writes only `PKR` is PKR.)
    let mut recognizer = figure::Recognizer::default();
    recognizer.set_currency_hints(doc.currency);
    // What each cell text says, read once: reports repeat their labels from table to table.
    let mut read = std::collections::HashMap::new();
    // What each table's header says of its columns, read once; what the row read last says.
    let mut columns: Vec<Option<Vec<Column>>> = vec![None; doc.tables.len()];
    // What each table's caption says of all its numbers, read once.
    let mut captions: Vec<Option<Option<(HeaderUnit, bool, bool)>>> = vec![None; doc.tables.len()];
    // What each table's caption counts (see [`caption_counted`]), read once.
    let mut captions_count: Vec<Option<CaptionCount>> = vec![None; doc.tables.len()];
    // The magnitude alone each table's caption writes its numbers in (see
    // [`caption_magnitude`]), read once.
    let mut captions_scale: Vec<Option<i32>> = vec![None; doc.tables.len()];
    // Whether each table counts an outbreak's cases (see [`counts_cases`]), read once.
    let mut outbreaks: Vec<Option<bool>> = vec![None; doc.tables.len()];
    let mut row_says: Option<RowSays> = None;
    // What each cell text counts as a label (see [`counted_label`]), read once.
    let mut counted_read: std::collections::HashMap<&str, Option<Arc<str>>> =
        std::collections::HashMap::new();
    // Figures that are no figures: age groups and weeks labelling a table's rows or columns.
    let mut labels = Vec::new();
    for (index, site) in doc.figures.iter_mut().enumerate() {
        let ScopeKind::TableCell { table, row } = doc.scopes[site.scope].kind else { continue };
        let figure = &mut site.figure;
        // Only bare numbers are labels or take a header's unit (one written with a magnitude,
        // "45 million" under `($m)`, takes a currency but is not scaled again); money written
        // without a magnitude takes a header's magnitude alone (`PLN 186.6` under `(bn)`).
        let bare = figure.kind == FigureKind::Count && figure.unit.is_none();
        if doc.tables[table].form != TableForm::Pipe {
            continue;
        }
        let (line_start, line) = line_at(text, figure.span.start);
        let column = column_at(line, figure.span.start - line_start);
        // A number alone in its cell may label its row or column rather than count (a bare
        // one), or name something in a column of names (`| Calibre |` over `9 mm`).
        let alone = site.spans.is_empty()
            && cell_text(line, column).is_some_and(|cell| cell.trim() == figure.span.slice(text));
        if alone
            && bare
            && (row == 0 || column == 0)
            && is_label(&doc.tables[table], &doc.units, row, column, figure, text)
        {
            labels.push(index);
            continue;
        }
        // One of a unit under a column of units is what the row's prices are paid per, no
        // figure: `| 1 kg |`, `| 1 L |`, `| 1 USD |` under `| Unit |`.
        if row > 0
            && site.spans.is_empty()
            && figure.low == Some(1.0)
            && figure.high == Some(1.0)
            && figure.unit.is_some()
            && cell_text(line, column).is_some_and(|cell| cell.trim() == figure.span.slice(text))
            && cell_text(line_at(text, doc.tables[table].span.start).1, column)
                .is_some_and(|h| names_units(&label_text(h)))
        {
            labels.push(index);
            continue;
        }
        // A name with a number labelling a row, alone in the first cell: `| Estlink 2 |`,
        // `| Block 3 |` (a capitalised word, then the number); in another cell, a name with one
        // or two digits, maybe emphasised: `| *Eship 1* |`, a ship's.
        if bare
            && (column == 0 || figure.span.len() <= 2)
            && row > 0
            && site.spans.is_empty()
            && cell_text(line, column).is_some_and(|cell| {
                let cell = if column == 0 { cell.trim() } else { cell.trim().trim_matches(['*', '_']) };
                cell.strip_suffix(figure.span.slice(text)).is_some_and(|name| {
                    let name = name.trim_end();
                    name.len() >= 2
                        && !matches!(name, "Total" | "Other" | "All" | "Sum" | "Subtotal")
                        && name.ends_with(|c: char| c.is_ascii_alphabetic())
                        && name.starts_with(|c: char| c.is_ascii_uppercase())
                        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
                        && !name.contains(' ')
                })
            })
        {
            labels.push(index);
            continue;
        }
        if row == 0 {
            continue;
        }
        let header = columns[table].get_or_insert_with(|| {
            let (_, header) = line_at(text, doc.tables[table].span.start);
            let mut columns: Vec<Column> = cells(header)
                .map(|cell| {
                    let name = column_name(&header[cell.clone()]);
                    let unit = cached(&mut read, &header[cell.clone()], &mut recognizer);
                    let sums = heads_sums(&name);
                    // (A column of sums is one of the caption's money, whatever plural it names:
                    // `| Customs duty |`, `| VAT on imports |` under "(Rs crore)".)
                    let plain = sums || !names_other_quantity(&name);
                    Column {
                        // (`No (%)` is the share that said no, not a row's number, and
                        // `Level (m)` a height, not a tier.)
                        identifiers: names_identifiers(&name)
                            && !(matches!(name.as_str(), "no" | "level")
                                && header[cell.clone()].contains('(')),
                        unit,
                        counted: counted_read
                            .entry(header[cell.clone()].trim())
                            .or_insert_with(|| header_counted(&header[cell.clone()], &mut recognizer))
                            .clone(),
                        phases: names_phases(&name),
                        calibres: names_calibres(&name),
                        valued: names_period_or_value(&name),
                        plain,
                        kind: plain && names_kind(&name, &header[cell.clone()]),
                        sums,
                        estimated: names_estimate(&header[cell.clone()]),
                        // (Not with a unit in brackets: `Recovered (head)` counts cattle.)
                        status: names_case_status(&name) && !header[cell.clone()].contains('('),
                        totals: names_total(&name),
                    }
                })
                .collect();
            // A part's column that names no noun of its own counts what the column before it
            // counts: `| Active cadres | Of which foreign |`.
            let parts: Vec<bool> = cells(header)
                .map(|cell| {
                    let name = header[cell].trim().trim_matches(|c| c == '*' || c == '_').trim_start();
                    ["Of which ", "of which ", "Of whom ", "of whom "].iter().any(|p| name.starts_with(p))
                })
                .collect();
            for i in 1..columns.len() {
                if parts[i] && columns[i].counted.is_none() && columns[i].unit.is_none() {
                    columns[i].counted = columns[i - 1].counted.clone();
                }
            }
            columns
        });
        if header.get(column).is_some_and(|c| c.estimated) {
            figure.approx = true;
        }
        // A column of identifiers or positions: `| Project |` over `22220`, `| Latitude (°N) |`.
        // (Only bare numbers under names that may also head values: `| Model |` over `2.9%`.)
        // (Under a phase's header every bare number in the cell is one: `| 4 (risk of 5) |`.)
        if header
            .get(column)
            .is_some_and(|c| c.identifiers && (alone && (bare || c.calibres) || c.phases && bare))
        {
            labels.push(index);
            continue;
        }
        // A lowercase `m` after the number is millions, not metres, under a currency's header
        // (`12.5 m` under `| Losses (USD) |`, as `6.57 bn` is billions) or under one that names
        // what it counts (`1.2m` under `| Registered vehicles |` is 1,200,000 vehicles).
        if figure.kind == FigureKind::Measure
            && figure.unit.as_deref() == Some("m")
            && figure.span.slice(text).ends_with('m')
            && let Some(c) = header.get(column)
            && let Some((kind, unit)) = match &c.unit {
                Some(u) if u.kind == FigureKind::Money && u.exponent == 0 => {
                    Some((FigureKind::Money, u.unit.clone()))
                }
                None => c.counted.clone().map(|n| (FigureKind::Count, Some(n))).or_else(|| {
                    // (Or under a period's header in a row whose label names what it counts:
                    // `2.9m` in the row `| Passengers (Lao section) | 1.3 million | 2.9m |`.)
                    let label = cell_text(line, 0).filter(|_| column > 0)?;
                    counted_read
                        .entry(label.trim())
                        .or_insert_with(|| header_counted(label, &mut recognizer))
                        .clone()
                        .map(|n| (FigureKind::Count, Some(n)))
                }),
                _ => None,
            }
        {
            figure.kind = kind;
            figure.unit = unit;
            // (The `m` of a range's high end is not the low end's when the low end is written
            // out in full: `300,000–1.5m` is 300,000 to 1.5 million, where `1–5m` and `5–2m`
            // share it.)
            let written_in_full = figure.ends.is_some_and(|(first, _)| !first.slice(text).ends_with('m'))
                && matches!((figure.low, figure.high), (Some(low), Some(high)) if low >= 1000.0 && low > high && low <= high * 1e6);
            let low = figure.low;
            HeaderUnit { kind, unit: None, exponent: 6 }.scale(figure);
            if written_in_full {
                figure.low = low;
            }
            continue;
        }
        // (So is one in a row whose label names a currency, under a column that names no unit:
        // `412m` in the row `| Funding received (USD) |`.)
        if figure.kind == FigureKind::Measure
            && figure.unit.as_deref() == Some("m")
            && figure.span.slice(text).ends_with('m')
            && column > 0
            && header.get(column).is_some_and(|c| c.unit.is_none() && c.counted.is_none())
            && let Some(label) = cell_text(line, 0)
            && let Some(u) = cached(&mut read, label, &mut recognizer)
            && u.kind == FigureKind::Money
            && u.exponent == 0
            && !coded_name(label)
        {
            figure.kind = FigureKind::Money;
            figure.unit = u.unit;
            HeaderUnit { kind: FigureKind::Money, unit: None, exponent: 6 }.scale(figure);
            continue;
        }
        if !bare && figure.kind != FigureKind::Money {
            continue;
        }
        let written = figure.span.slice(text);
        let after_digits = written.rfind(|c: char| c.is_ascii_digit()).map_or(written, |i| &written[i..]);
        let scaled = !after_digits.contains(|c: char| c.is_ascii_alphabetic());
        if !bare && !scaled {
            continue;
        }
        let by_column = header.get(column).and_then(|c| c.unit.clone());
        if column == 0 {
            if let Some(unit) = by_column {
                unit.apply(figure, scaled);
            }
            continue;
        }
        if row_says.as_ref().is_none_or(|row| row.line_start != line_start) {
            let first = cell_text(line, 0).unwrap_or("");
            row_says = Some(RowSays {
                line_start,
                first,
                // (A name with a country's or state's code is no unit: `Toktogul (KG)`.)
                unit: if coded_name(first) { None } else { cached(&mut read, first, &mut recognizer) },
                counts: counts_row(first),
            });
        }
        let Some(RowSays { first, unit: by_row, counts, .. }) = &row_says else { continue };
        // (A row labelled by a bare acronym that is also a currency's code names a source or a
        // body under a column that counts: `| NIS | … | 600 |` under `| Killed |` is South
        // Korea's intelligence service, not shekels.)
        let by_row = &by_row.as_ref().filter(|u| {
            !(u.kind == FigureKind::Money
                && first.trim().len() <= 4
                && first.trim().bytes().all(|b| b.is_ascii_uppercase())
                && header.get(column).is_some_and(|c| c.counted.is_some()))
        });
        // The caption's unit when neither the column nor the row names one, and no other column
        // does: "Table: Wheat prices, US dollars per tonne", "Table: Defence spending (EUR
        // billion)".
        // (Other columns may hold percentages, a change beside the prices: `Change y/y (%)`; a
        // caption in per cent only where no column names a unit.)
        // (The column's name first: most tables' columns are no periods or estimates.)
        // (Not a column that names what it counts: `| Paid (households) |` under "(Rs
        // crore)" counts households; `| Executed to 30 Sep |` names no noun but a deed.)
        let by_caption = if by_column.is_none()
            && by_row.is_none()
            && !counts
            && header.get(column).is_some_and(|c| {
                (c.valued || c.plain && !c.identifiers)
                    && (c.sums || c.counted.as_deref().is_none_or(befalls))
            }) {
            let caption = captions[table].get_or_insert_with(|| {
                let unit = doc.tables[table].caption.or(doc.tables[table].title)?;
                caption_unit(doc.units[unit].span.slice(text), &mut recognizer)
            });
            let percent = |u: &HeaderUnit| u.kind == FigureKind::Percent;
            // (Past a gloss, not the numbers in brackets it speaks of: "US$ million (2024
            // ranking in brackets)".)
            let bracketed = || text[..figure.span.start].trim_end().ends_with('(');
            // (A caption's unit `unless stated` leaves a row that names what it counts alone: `|
            // Round trips per month | 6.1 |` under "(som unless stated)".)
            let unless = caption.as_ref().is_some_and(|(_, _, unless)| *unless);
            let row_counts = unless
                && counted_read
                    .entry(first.trim())
                    .or_insert_with(|| header_counted(first, &mut recognizer))
                    .is_some();
            caption
                .as_ref()
                // (Or, under a column of periods or values, another column in the caption's own
                // currency, per something or unscaled: `| Per inhabitant 2026 (Bs) |` beside `|
                // 2025 |` under "…, Bs millions".)
                .filter(|(unit, glossed, _)| {
                    let same_currency = |u: &HeaderUnit| {
                        u.kind == FigureKind::Money
                            && unit.kind == FigureKind::Money
                            && u.unit
                                .as_deref()
                                .zip(unit.unit.as_deref())
                                .is_some_and(|(a, b)| a.split('/').next() == b.split('/').next())
                    };
                    // (Only under a column of periods or values: `| 2025 |`, `| Disbursed by 30
                    // April |`.)
                    let valued = header.get(column).is_some_and(|c| c.valued);
                    header.iter().all(|c| {
                        c.unit
                            .as_ref()
                            .is_none_or(|u| percent(u) && !percent(unit) || valued && same_currency(u))
                    }) && !(*glossed && bracketed())
                        && !row_counts
                })
                .map(|(unit, _, _)| unit.clone())
        } else {
            None
        };
        // Or the unit the first column's header gives the table's numbers, as a stub writes it,
        // over columns of periods that name none: `| Line (RUB trn) | 2023 | 2024 |`.
        let by_caption = by_caption.or_else(|| {
            // (Not a row of shares or rates: `| Defence as % of GDP | 4.4 |`.)
            // (Read last, one lower-case copy of the label per cell that gets this far.)
            let share = || {
                let label = first.to_ascii_lowercase();
                label.contains('%')
                    || ["per cent", "percent", "share", "ratio", "rate"].iter().any(|w| label.contains(w))
            };
            (by_column.is_none()
                && by_row.is_none()
                && !counts
                && header.get(column).is_some_and(|c| c.valued)
                && header.iter().skip(1).all(|c| c.unit.is_none())
                && header.first().is_some_and(|c| c.unit.is_some())
                && !share())
            .then(|| header.first().and_then(|c| c.unit.clone()))
            .flatten()
            .filter(|u| u.kind != FigureKind::Count || u.unit.is_some())
        });
        // What the header or else the row counts, for a bare count that no unit reaches:
        // `| Warships |` over `27`, `| Confirmed heatstroke deaths, India | 360 |` (the row's
        // label read only then, once per text; a caption's unit wins over it: `| Non-oil goods
        // |` under "Table: Export earnings, US$ billion" is money).
        // (Also with a magnitude of its own: `190 million` under `People affected`.)
        // (A column named by what befell its rows, `| Captured |`, counts what the row names
        // when it names something: `| Main battle tanks | … | 557 |` counts tanks.)
        // (Not under a column of values the caption's unit reaches: `| Executed to 30 Sep |`
        // under "FCFA millions" holds sums, not people executed.)
        let captioned = by_caption.is_some() && header.get(column).is_some_and(|c| c.valued);
        let counted = (bare && by_column.is_none() && by_row.is_none() && !captioned)
            .then(|| {
                let by_header = header.get(column).and_then(|c| c.counted.clone());
                let befell = by_header.as_deref().is_some_and(befalls);
                let mut by_label = |recognizer: &mut figure::Recognizer| {
                    // (Not under a column named by sums: `| Vehicle and moto fees |` holds money,
                    // not the `| RSF-aligned units |` its row names.)
                    if by_caption.is_some() || header.get(column).is_some_and(|c| c.sums) {
                        return None;
                    }
                    counted_read
                        .entry(first.trim())
                        .or_insert_with(|| header_counted(first, recognizer))
                        .clone()
                };
                // (Or, under a column of periods or values, what the caption counts: "Foreign
                // arrivals to South Sinai by market" over `| GCC states | 83,000 |` counts
                // arrivals; a caption's `by` says the rows are kinds or places, whose label
                // then counts nothing.)
                // (Also under a column of kinds or places, a number alone in its cell: `| Drought |`
                // under "New IDP arrivals … by month and main reason"; not one in a cell of prose.)
                let alone =
                    || cell_text(line, column).is_some_and(|cell| cell.trim().len() <= figure.span.len() + 2);
                let mut by_caption_count = |recognizer: &mut figure::Recognizer| {
                    if !header.get(column).is_some_and(|c| c.valued || c.kind && !c.identifiers && alone())
                        || by_caption.is_some()
                    {
                        return None;
                    }
                    captions_count[table]
                        .get_or_insert_with(|| {
                            let unit = doc.tables[table].caption.or(doc.tables[table].title)?;
                            caption_counted(doc.units[unit].span.slice(text), recognizer)
                        })
                        .clone()
                };
                // (A case's status counts cases in a table of an outbreak's cases or deaths: `|
                // Suspected | Confirmed | Deaths |`.)
                let status = header.get(column).is_some_and(|c| c.status)
                    && *outbreaks[table].get_or_insert_with(|| {
                        let caption = doc.tables[table]
                            .caption
                            .or(doc.tables[table].title)
                            .map(|u| doc.units[u].span.slice(text));
                        counts_cases(line_at(text, doc.tables[table].span.start).1, caption)
                    });
                if befell {
                    by_label(&mut recognizer).or(by_header)
                } else if by_header.is_some() {
                    by_header
                } else if status {
                    Some(Arc::from("case"))
                } else {
                    match by_caption_count(&mut recognizer) {
                        Some((noun, true)) => Some(noun),
                        Some((noun, false)) => by_label(&mut recognizer).or(Some(noun)),
                        None => by_label(&mut recognizer),
                    }
                }
            })
            .flatten();
        if let Some(noun) = counted {
            // (The magnitude a row's label writes beside what its cells count holds too: `2,210`
            // in the row `| Goats (thousand head) |` is 2,210,000 goats.)
            if let Some(row) = by_row.as_ref().filter(|u| {
                u.kind == FigureKind::Count
                    && u.exponent != 0
                    && by_column.as_ref().is_none_or(|c| c.exponent == 0)
            }) && scaled
            {
                row.scale(figure);
            } else if scaled
                && bare
                && by_row.is_none()
                && by_column.is_none()
                && !figure::is_time_noun(&noun)
                && header.get(column).is_some_and(|c| c.valued || c.plain && !c.identifiers)
            {
                // (Or the magnitude alone a caption writes them in, when a row's label or a
                // column names what they count: `1,420` in the row `| Active work permits |`
                // under "… selected indicators (thousands)" is 1,420,000 permits.)
                let exponent = *captions_scale[table].get_or_insert_with(|| {
                    doc.tables[table]
                        .caption
                        .or(doc.tables[table].title)
                        .map_or(0, |u| caption_magnitude(doc.units[u].span.slice(text)))
                });
                HeaderUnit { kind: FigureKind::Count, unit: None, exponent }.scale(figure);
            }
            // (A dot before three digits groups thousands in a column of things counted one by
            // one, as prose reads `5.000 people`: no one counts 5.3 persons, `5.300` under `|
            // Displaced persons |` is 5,300.)
            // (Not a number the report's European style already read so.)
            if bare
                && !figure::is_time_noun(&noun)
                && figure.low.is_some_and(|v| v < 1000.0)
                && dotted_thousands(figure.span.slice(text))
            {
                in_thousands(figure);
            }
            figure.unit = Some(noun);
            continue;
        }
        // A bare magnitude in a header that names what it counts: `| Refugees (millions) |`
        // (A caption that prices in the column's currency per something gives the basis the
        // column leaves out: `| April 2026 (Ar) |` under ": … prices, ariary per carat".)
        let by_caption = by_caption.or_else(|| {
            let col = by_column.as_ref().filter(|u| {
                u.kind == FigureKind::Money && u.unit.as_deref().is_some_and(|c| !c.contains('/'))
            })?;
            if by_row.is_some() || *counts {
                return None;
            }
            let caption = captions[table].get_or_insert_with(|| {
                let unit = doc.tables[table].caption.or(doc.tables[table].title)?;
                caption_unit(doc.units[unit].span.slice(text), &mut recognizer)
            });
            let (unit, _, _) = caption.as_ref()?;
            let currency = col.unit.as_deref()?;
            let priced = unit.kind == FigureKind::Money
                && unit.exponent == col.exponent
                && unit
                    .unit
                    .as_deref()
                    .and_then(|u| u.strip_prefix(currency))
                    .is_some_and(|b| b.starts_with('/'));
            priced.then(|| unit.clone())
        });
        // over `6.4` is 6,400,000 refugees.
        let named = header.get(column).and_then(|c| c.counted.clone());
        match (by_column, by_row, by_caption) {
            (Some(column), None, Some(caption))
                if !counts
                    && column.kind == FigureKind::Money
                    && caption.kind == FigureKind::Money
                    && caption.unit.as_deref().is_some_and(|u| u.contains('/'))
                    && column.unit.as_deref().is_some_and(|u| !u.contains('/')) =>
            {
                caption.apply(figure, scaled);
            }
            (Some(unit), None, _)
                if !counts && unit.kind == FigureKind::Count && unit.unit.is_none() && named.is_some() =>
            {
                unit.apply(figure, scaled);
                figure.unit = named;
            }
            (Some(unit), None, _) if !counts => unit.apply(figure, scaled),
            // (A row's magnitude and what its label counts: `| Population (millions) | 23.3 |`
            // is 23,300,000 people.)
            (None, Some(unit), _) if unit.kind == FigureKind::Count && unit.unit.is_none() => {
                unit.apply(figure, scaled);
                if figure.unit.is_none() {
                    figure.unit = counted_read
                        .entry(first.trim())
                        .or_insert_with(|| header_counted(first, &mut recognizer))
                        .clone();
                }
            }
            (None, Some(unit), _) => unit.apply(figure, scaled),
            (None, None, Some(unit)) => unit.apply(figure, scaled),
            // (A row priced in a unit of its own under a column's price: `| CBOT wheat (¢/bu) |
            // 690 |` under `| Price ($/t) |` is cents a bushel.)
            (Some(column), Some(row), _)
                if column.kind == FigureKind::Money
                    && row.kind == FigureKind::Money
                    && row.unit.as_deref().is_some_and(|u| u.contains('/'))
                    && row.unit != column.unit =>
            {
                row.apply(figure, scaled);
            }
            // (Likewise a row measured in a unit of its own under a column's: `| Inbound fuel
            // (m3) | 85,000 |` under `| 2025 (t) |` is cubic metres.)
            (Some(column), Some(row), _)
                if column.kind == FigureKind::Measure
                    && row.kind == FigureKind::Measure
                    && row.unit != column.unit =>
            {
                row.apply(figure, scaled);
            }
            // (A column of percentages holds them whatever its rows measure: `57` under `|
            // Change (%) |` in the row `| Insulin spending (VT million) |` is 57%.)
            (Some(column), Some(row), _)
                if bare && column.kind == FigureKind::Percent && row.kind != FigureKind::Percent =>
            {
                column.apply(figure, scaled);
            }
            // (A row's unit of a good under a column's currency is the price of that unit:
            // `17.50` in the row `| Diesel (litre) |` under `| Before (EGP) |` is EGP/l.)
            // (Not under a column of totals: `190` in the row `| Roads and culverts (km) |`
            // under `| Estimated cost (KSh m) |` is the roads' cost, not a price a kilometre.)
            (Some(price), Some(row), _)
                if bare
                    && price.kind == FigureKind::Money
                    && price.exponent == 0
                    && price.unit.as_deref().is_some_and(|u| !u.contains('/'))
                    && row.kind == FigureKind::Measure
                    && row.exponent == 0
                    && row.unit.as_deref().is_some_and(|u| !u.contains('/'))
                    && header.get(column).is_some_and(|c| !c.totals) =>
            {
                price.apply(figure, scaled);
                if let (Some(currency), Some(good)) = (figure.unit.clone(), row.unit.as_deref())
                    && figure.kind == FigureKind::Money
                    && !currency.contains('/')
                {
                    figure.unit = Some(Arc::from(format!("{currency}/{good}")));
                }
            }
            _ => {}
        }
        // A bare number with a dot before three digits, in a currency written with dots
        // between thousands, is thousands, as in prose: `225.400` under `| Transfers (CLP
        // millones) |` is CLP 225,400 million (read so already in a report that writes numbers
        // the European way elsewhere).
        if bare
            && !doc.currency.dotted
            && figure.kind == FigureKind::Money
            && figure.unit.as_deref().is_some_and(|u| {
                matches!(
                    u.split('/').next(),
                    Some("CLP" | "COP" | "IDR" | "VND" | "PYG" | "ARS" | "XOF" | "XAF" | "CRC")
                )
            })
            && dotted_thousands(figure.span.slice(text))
        {
            in_thousands(figure);
        }
    }
    // A sum in a row or under a column whose label says what it is paid per: `$125` in the
    // row `| Monthly transfer per household |` is `USD/household`, `9,500` under `| Cost per
    // shelter (BDT) |` `BDT/shelter` (the row's label first; each label read once).
    let mut paid = std::collections::HashMap::new();
    // Each table's column of units (`| Unit |`), found once.
    let mut unit_columns: Vec<Option<Option<usize>>> = vec![None; doc.tables.len()];
    // Each table's caption's basis, read once.
    let mut caption_bases = std::collections::HashMap::new();
    for site in &mut doc.figures {
        let ScopeKind::TableCell { table, row } = doc.scopes[site.scope].kind else { continue };
        let figure = &mut site.figure;
        if row == 0 || figure.kind != FigureKind::Money || doc.tables[table].form != TableForm::Pipe {
            continue;
        }
        let Some(currency) = figure.unit.clone().filter(|u| !u.contains('/')) else { continue };
        let (line_start, line) = line_at(text, figure.span.start);
        let column = column_at(line, figure.span.start - line_start);
        let (_, header) = line_at(text, doc.tables[table].span.start);
        let basis = cell_text(line, 0)
            .filter(|_| column > 0)
            .and_then(|label| paid_per_read(&mut paid, label))
            .or_else(|| cell_text(header, column).and_then(|label| paid_per_read(&mut paid, label)))
            // (Or the row's cell under a column of units, as market monitors lay prices out: `|
            // Maize grain | kg | 62 | 71 |` under `| Item | Unit | January (KSh) | April (KSh) |`
            // is `KES/kg`.)
            .or_else(|| {
                let unit_column = (*unit_columns[table].get_or_insert_with(|| {
                    cells(header).position(|c| names_units(&label_text(&header[c])))
                }))?;
                (unit_column != column)
                    .then(|| cell_text(line, unit_column))
                    .flatten()
                    .and_then(unit_cell_basis)
            })
            // (Or the caption's, in a row whose label names no size of its own: `890` under
            // "Retail cement price per 50-kg bag (NPR)" is `NPR/bag`; not the row `| Tanqueta
            // (20 l) |` under "Diesel prices per litre".)
            .or_else(|| {
                cell_text(line, 0)
                    .is_some_and(|label| !label.contains(|c: char| c.is_ascii_digit()))
                    .then_some(())?;
                let (basis, code) = caption_bases
                    .entry(table)
                    .or_insert_with(|| {
                        let unit = doc.tables[table].caption.or(doc.tables[table].title)?;
                        let caption = doc.units[unit].span.slice(text);
                        let basis = caption_basis(caption)?;
                        // (The caption's own currency, where it names one: a caption in
                        // another than the sum's gives it no basis.)
                        let code = caption_unit(caption, &mut recognizer)
                            .filter(|(u, _, _)| u.kind == FigureKind::Money)
                            .and_then(|(u, _, _)| u.unit)
                            .map(|u| Arc::<str>::from(u.split('/').next().unwrap_or(&u)));
                        Some((basis, code))
                    })
                    .as_ref()?;
                code.as_deref().is_none_or(|c| c == &*currency).then(|| basis.clone())
            });
        if let Some(basis) = basis {
            figure.unit = Some(Arc::from(format!("{currency}/{basis}")));
        }
    }
    if !labels.is_empty() {
        let removed = |i: usize| labels.binary_search(&i);
        let mut index = 0;
        doc.figures.retain(|_| {
            index += 1;
            removed(index - 1).is_err()
        });
        // Terms name their probability by its index among the figures.
        for site in &mut doc.terms {
            site.probability = site.probability.and_then(|p| match removed(p) {
                Ok(_) => None,
                Err(before) => Some(p - before),
            });
        }
    }
}

/// A caption's text without its prefix (`Table 1.`, `:`), its citations (`[@sipri, p. 4]`), a
/// full stop ending it and the emphasis closing a title written in bold (`Table 1. … (ZMW
/// million)**`).
fn caption_text(caption: &str) -> &str {
    let mut text = caption.trim();
    text = text[super::caption_prefix_len(text)..].trim();
    text = text.trim_end_matches(['.', '*', '_']).trim_end();
    while let Some(open) = text.rfind("[@").or_else(|| text.rfind("[-@"))
        && text.ends_with(']')
    {
        text = text[..open].trim_end();
    }
    text.trim_end_matches('.')
}

/// The unit a table's caption gives all its numbers, after its last comma or in its last
/// brackets, past its citations: money, a measure or a percentage, never a magnitude alone
/// (`Table: Displacement by region, thousands` may head a column of ranks); whether it was
/// read past a gloss in brackets, which speaks of the numbers in brackets; and whether the
/// caption says other units are named where used (`(som unless stated)`).
fn caption_unit(caption: &str, recognizer: &mut figure::Recognizer) -> Option<(HeaderUnit, bool, bool)> {
    let text = caption_text(caption);
    // (Past a note that other units are named where used: "… (som unless stated)".)
    let unless = [" unless otherwise stated", " unless otherwise noted", " unless stated", " unless noted"]
        .iter()
        .find_map(|note| text.strip_suffix(')')?.strip_suffix(note))
        .map(|stem| format!("{stem})"));
    let stated = unless.is_some();
    let text = unless.as_deref().unwrap_or(text);
    caption_tail_unit(text, recognizer).map(|u| (u, false, stated)).or_else(|| {
        // (Past a gloss in brackets that names no unit: "…, US$ million (share of total in
        // brackets)".)
        let open = text.strip_suffix(')')?.rfind('(')?;
        caption_tail_unit(text[..open].trim_end(), recognizer).map(|u| (u, true, stated))
    })
}

/// The magnitude alone a caption writes its numbers in, in its last brackets or after its last
/// comma, past its citations: `(thousands)`, `, '000`, `(in millions)` → 3, 3, 6; else 0.
fn caption_magnitude(caption: &str) -> i32 {
    let text = caption_text(caption);
    let last = match text.strip_suffix(')') {
        Some(open) => open.rsplit_once('(').map(|(_, inside)| inside),
        None => text.rsplit_once(", ").map(|(_, last)| last),
    };
    last.map(|l| l.trim()).map(|l| l.strip_prefix("in ").unwrap_or(l)).and_then(scale_word).unwrap_or(0)
}

/// What a caption counts and whether it splits its numbers `by` something (see
/// [`caption_counted`]).
type CaptionCount = Option<(Arc<str>, bool)>;

/// What a table's caption counts, by the plural that heads it before any preposition or
/// comma, as a row's label would (see [`counted_label`]): "Foreign arrivals to South Sinai by
/// market" → `arrival`, "Households in the no-build zone by quarter" → `household`; and whether
/// the caption splits its numbers `by` a kind or a place, which the rows then name.
fn caption_counted(caption: &str, recognizer: &mut figure::Recognizer) -> CaptionCount {
    let text = caption.trim();
    let text = text[super::caption_prefix_len(text)..].trim();
    let text = text.split('[').next().unwrap_or(text);
    // (A rate per a power of ten heading it: "Intentional homicides per 100,000 inhabitants
    // (annualised), by municipality and month" → `homicide/100k`.)
    if text.contains(" per ") {
        let head = text.split(['(', ';']).next().unwrap_or(text);
        let head = head.split(", ").next().unwrap_or(head).trim();
        if let Some(HeaderUnit { unit: Some(unit), .. }) = header_rate(head, recognizer)
            && !unit.starts_with('/')
        {
            return Some((unit, text.contains(" by ")));
        }
    }
    let cut = [
        " in ", " to ", " by ", " from ", " at ", " on ", " across ", " per ", " of ", " for ", " and ", ",",
        ":", "(",
    ]
    .iter()
    .filter_map(|p| text.find(p))
    .min()
    .unwrap_or(text.len());
    // (A caption listing several things counts no one of them: "Killings, disappearances and
    // IPOA complaints, 2023-2025".)
    // (A comma before `by` splits the count: "Houses damaged, by island".)
    if text[cut..].starts_with([',', ':'])
        && !text[cut + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit())
        && !text[cut..].starts_with(", by ")
        || text[cut..].starts_with(" and ")
    {
        return None;
    }
    let mut head = text[..cut].trim();
    // (Past what befell the plural that opens it: "Houses damaged or destroyed" counts houses.)
    if let Some((first, rest)) = head.split_once(' ')
        && rest.split(' ').all(|w| {
            w.len() > 3 && (w.ends_with("ed") || w.ends_with("ly"))
                || matches!(w, "or" | "and" | "lost" | "hit" | "burnt")
        })
    {
        head = first;
    }
    if head.is_empty() || head.split_whitespace().count() > 3 || head.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // (Only events and people, which a table counts by place or period: "Macroeconomic
    // indicators", "Exports by destination" count nothing.)
    // (Maybe with a participle after it: "Cases registered by IPID, by category".)
    // (Or buildings, which a table of damage counts: "Houses damaged or destroyed by island".)
    let counted = |w: &str| {
        let w = w.to_ascii_lowercase();
        figure::is_counted_event(&w)
            || figure::is_people_plural(&w)
            || matches!(
                w.as_str(),
                "households"
                    | "houses"
                    | "homes"
                    | "dwellings"
                    | "buildings"
                    | "shelters"
                    | "schools"
                    | "classrooms"
            )
    };
    if !head.split(' ').any(counted) {
        return None;
    }
    let noun = counted_label(head, recognizer)?;
    Some((noun, text.contains(" by ")))
}

/// The text before a period in words that ends `text`, and the period's symbol: `Shs m a
/// year` → (`Shs m`, `yr`), `… (LD) per day` → (`… (LD)`, `d`).
fn period_suffix(text: &str) -> Option<(&str, &'static str)> {
    const PERIODS: [(&str, &str); 8] = [
        (" a year", "yr"),
        (" per year", "yr"),
        (" a month", "mo"),
        (" per month", "mo"),
        (" a week", "wk"),
        (" per week", "wk"),
        (" a day", "d"),
        (" per day", "d"),
    ];
    PERIODS.iter().find_map(|&(words, period)| text.strip_suffix(words).map(|stem| (stem, period)))
}

/// [`caption_unit`] of a caption's text without its prefix and citations.
fn caption_tail_unit(text: &str, recognizer: &mut figure::Recognizer) -> Option<HeaderUnit> {
    // (A period after the unit's brackets is the unit's: "…, in Libyan dinars (LD) per day"
    // is `LYD/d`.)
    if let Some((stem, period)) = period_suffix(text)
        && stem.ends_with(')')
    {
        return caption_tail_unit(stem, recognizer).map(|u| match u.unit {
            Some(code) if u.kind != FigureKind::Percent && !code.contains('/') => {
                HeaderUnit { unit: Some(Arc::from(format!("{code}/{period}"))), ..u }
            }
            _ => u,
        });
    }
    if !text.contains(", ") && !text.ends_with(')') {
        return None;
    }
    if let Some(count) = caption_count_unit(text, recognizer) {
        return Some(count);
    }
    // (The unit may come before a last qualifier: "…, US dollars per tonne, fob".)
    let unit = |t: &str, recognizer: &mut figure::Recognizer| {
        header_unit(t, recognizer).filter(|u| u.kind != FigureKind::Count)
    };
    // What its last brackets hold.
    let inside = text.strip_suffix(')').and_then(|t| t.rsplit_once('(')).map(|(_, inside)| inside);
    // (Or last in the brackets after what they say of the table: "(60-ton boat, October 2026,
    // kyats)".)
    if let Some((_, last)) = inside.and_then(|inside| inside.rsplit_once(", "))
        && let Some(found) = unit(last.trim(), recognizer).filter(|u| u.kind == FigureKind::Money)
    {
        return Some(found);
    }
    // (Or first in its last brackets, before what they say of the numbers: "(metres per year,
    // negative = retreat)", "(MIGD, average daily, H1 2026)"; or the unit of an equivalent,
    // "(m³ solid wood equivalent)". Not before a semicolon, which names a unit for some
    // columns only: "(barrels; operations counted when …)", "(YER per USD; commission as % of
    // amount sent)".)
    let first_inside = |recognizer: &mut figure::Recognizer| {
        let inside = inside?;
        if inside.contains(';') {
            return None;
        }
        let first = inside.split(',').next()?.trim();
        let lead = match first.strip_suffix(" equivalent") {
            Some(stem) => stem.split_whitespace().next()?,
            None if first.len() < inside.trim().len() => first,
            None => return None,
        };
        unit(&format!("({lead})"), recognizer)
    };
    // (A rate there first: the whole brackets read as a unit lose its period.)
    let first = first_inside(recognizer);
    if first.as_ref().is_some_and(|u| u.unit.as_deref().is_some_and(|u| u.contains('/'))) {
        return first;
    }
    // (With a magnitude after it: "…, SSP, thousands" is SSP 1,000s.)
    unit(text, recognizer)
        .or_else(|| {
            let (head, last) = text.rsplit_once(", ")?;
            let scale = unit_text(last, &last.to_ascii_lowercase(), recognizer)
                .filter(|u| u.kind == FigureKind::Count && u.unit.is_none())
                .map_or(0, |u| u.exponent);
            head.contains(", ")
                .then(|| unit(head, recognizer))
                .flatten()
                .map(|u| if scale != 0 && u.exponent == 0 { HeaderUnit { exponent: scale, ..u } } else { u })
        })
        .or(first)
}

/// What a caption's last brackets say its numbers count, before any comma there: a plural,
/// maybe in thousands or millions or after `number of` (`(thousand persons, both directions)`
/// → 1,000s of `person`, `(number of vessels)` → `vessel`, `('000 households)`), or after its
/// last comma; a magnitude alone is no count (see [`caption_unit`]).
fn caption_count_unit(text: &str, recognizer: &mut figure::Recognizer) -> Option<HeaderUnit> {
    // (Or after its last comma: "Crossings at Sadakhlo, thousand persons".)
    let inside = match text.strip_suffix(')') {
        Some(open) => open.rsplit_once('(')?.1,
        None => text.rsplit_once(", ")?.1,
    };
    let mut parts = inside.split([',', ';']);
    let inside = parts.next().unwrap_or(inside).trim().to_ascii_lowercase();
    let mut exponent = 0;
    let rest = without_scale(&inside, &mut exponent);
    // (Or a magnitude after the comma: "(hours, thousands)".)
    if exponent == 0
        && let Some(e) = parts.next().and_then(|p| scale_word(p.trim()))
    {
        exponent = e;
    }
    let rest = ["number of ", "count of ", "no. of ", "of "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(&rest);
    if rest.is_empty() || rest.contains(' ') || !rest.chars().all(char::is_alphabetic) {
        return None;
    }
    // (Or heads of livestock, which the singular counts, unscaled: "(head)"; "Goats (thousand
    // head)" counts goats.)
    let plural = rest == "people"
        || rest == "head" && exponent == 0
        || rest.len() > 3 && rest.ends_with('s') && !rest.ends_with("ss");
    // (People alone say no more than the caption's own plural: "Irregular arrivals …, people"
    // counts arrivals, unless it scales them.)
    let people = matches!(rest, "people" | "persons" | "individuals");
    // (Words for numbers themselves count nothing: "(counts unless stated)".)
    if matches!(rest, "counts" | "numbers" | "figures" | "totals" | "values" | "units" | "data") {
        return None;
    }
    if !plural || figure::is_time_noun(rest) && exponent == 0 || people && exponent == 0 {
        return None;
    }
    // (Spans of time in thousands: "(hours, thousands)" → 1,000s of `hour`.)
    if figure::is_time_noun(rest) {
        return Some(HeaderUnit {
            kind: FigureKind::Count,
            unit: Some(figure::singular(rest).as_ref().into()),
            exponent,
        });
    }
    let probe = format!("1,000 {rest}");
    let mut found = Vec::new();
    recognizer.recognize_into(&probe, &mut found);
    match found.as_slice() {
        [f] if f.span.start == 0
            && f.span.end == probe.len()
            && f.kind == FigureKind::Count
            && f.unit.as_deref().is_some_and(|u| !u.contains('/')) =>
        {
            Some(HeaderUnit { kind: FigureKind::Count, unit: f.unit.clone(), exponent })
        }
        _ => None,
    }
}

/// What a label says its sums are paid per: the singular noun after `per` that ends the label
/// or comes before its brackets or a comma (`Monthly transfer per household` → `household`,
/// `Cost per shelter (BDT)` → `shelter`; a head by any name is `person`, a period its symbol:
/// `Wage per day` → `d`; a period's adjective opening it, `Daily wage (USD)` → `d`). Not `per
/// cent`, a plural, or a noun before another word (`Cost per household member`).
fn paid_per(label: &str) -> Option<String> {
    let lower = label.trim().trim_matches(['*', '_']).to_ascii_lowercase();
    // (Or a period's adjective opening it, with no `per`: `Daily wage (USD)` → `d`.)
    // (Also in brackets after the good: `Gasoline (per litre)`, `Gold (per troy oz)`, `Rice
    // (per 50 kg bag)`, the size of the bag passed over.)
    let Some(at) = lower.find("per ").filter(|&i| i == 0 || matches!(lower.as_bytes()[i - 1], b' ' | b'('))
    else {
        let first = lower.split(|c: char| !c.is_ascii_alphabetic()).next()?;
        return figure::period_adjective(first).map(str::to_string);
    };
    let rest = &lower[at + 4..];
    let rest = rest.strip_prefix("troy ").unwrap_or(rest);
    // (A bare number before a unit is the denominator's size, no container's: `per 1,000 gal`
    // is no price a gallon.)
    let size_unit = |unit: &str| matches!(unit, "kg" | "g" | "lb" | "l" | "litre" | "kilo");
    let rest = match rest.split_once(' ') {
        Some((size, after)) if size.starts_with(|c: char| c.is_ascii_digit()) => {
            let digits = size.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '-');
            let glued = &size[digits.len()..];
            if !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
                return None;
            }
            // (`50-kg bag`, `50kg bag`, or `50 kg bag`, `700 g block`.)
            match after.split_once(' ') {
                _ if size_unit(glued.trim_start_matches('-')) => after,
                Some((unit, noun)) if glued.is_empty() && size_unit(unit) => noun,
                _ => return None,
            }
        }
        _ => rest,
    };
    let end = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
    let (word, after) = rest.split_at(end);
    let after = after.trim_start();
    // (Past a year after the noun: `Per resident 2026 (KSh)`.)
    let after = match after.get(..4) {
        Some(year)
            if year.bytes().all(|b| b.is_ascii_digit())
                && !after[4..].starts_with(|c: char| c.is_ascii_alphanumeric()) =>
        {
            after[4..].trim_start()
        }
        _ => after,
    };
    if word.len() < 2 || !(after.is_empty() || after.starts_with(['(', ',', '[', ')'])) {
        return None;
    }
    if word.ends_with('s') && !word.ends_with("ss") {
        return None;
    }
    figure::basis_or_period(word).map(str::to_string)
}

/// What a caption says its table's sums are paid per, as [`paid_per`] reads a label:
/// "Retail cement price per 50-kg bag (NPR)" → `bag`, "Monthly pay by role" → `mo`; not a rate
/// the caption quotes ("at the cross rate of $170 per boliviano"), `per unit`, which the rows
/// name, or the period of prices' averages ("Monthly average board price of gold").
fn caption_basis(caption: &str) -> Option<String> {
    let caption = caption_text(caption);
    let quoted =
        caption.match_indices(" per ").any(|(at, _)| caption[..at].ends_with(|c: char| c.is_ascii_digit()));
    let lower = caption.to_ascii_lowercase();
    let averaged = lower.split(' ').nth(1).is_some_and(|w| matches!(w, "average" | "mean" | "median"))
        && (lower.contains("price") || lower.contains(" rate"));
    paid_per(caption).filter(|b| !quoted && !averaged && b != "unit")
}

/// What a price is paid per by the cell of a table's column of units: `kg`, `per month` (a
/// period), `1 kg`, `1 L` (one of the unit), `1 USD` (a rate against the dollar: `USD`),
/// `50-kg sack` (read as [`paid_per`] reads `per 50-kg sack`).
fn unit_cell_basis(cell: &str) -> Option<String> {
    let cell = cell.trim().trim_matches(['*', '_']).trim();
    let cell = cell.strip_prefix("per ").unwrap_or(cell);
    let cell = cell.strip_prefix("1 ").unwrap_or(cell).trim();
    let cell = if matches!(cell, "L" | "l") { "litre" } else { cell };
    // (Not a total's row under a column of a plant's units: `| **Total** |`.)
    if matches!(cell.to_ascii_lowercase().as_str(), "total" | "all" | "sum" | "subtotal") {
        return None;
    }
    if (3..=3).contains(&cell.len())
        && cell.bytes().all(|b| b.is_ascii_uppercase())
        && figure::is_currency_name(cell)
    {
        return Some(cell.to_string());
    }
    paid_per(&format!("per {cell}"))
}

/// [`paid_per`] of a label, read once per label text.
fn paid_per_read<'t>(
    read: &mut std::collections::HashMap<&'t str, Option<String>>,
    label: &'t str,
) -> Option<String> {
    read.entry(label).or_insert_with(|| paid_per(label)).clone()
}

/// What a row's first cell says of the numbers in the row, read once per row.
struct RowSays<'t> {
    /// Where the row's line starts.
    line_start: usize,
    /// The cell's text, whose counted noun is read only when a cell needs it.
    first: &'t str,
    unit: Option<HeaderUnit>,
    /// The row holds counts whatever the columns' units (see [`counts_row`]).
    counts: bool,
}

/// What a pipe table's header says of one column: the unit of its numbers, and whether it
/// names identifiers or positions rather than counts (see [`names_identifiers`]).
#[derive(Clone)]
struct Column {
    unit: Option<HeaderUnit>,
    /// The noun the header counts (`| Deaths |`), for bare counts that no unit reaches.
    counted: Option<Arc<str>>,
    identifiers: bool,
    /// The header names a phase of a scale (`IPC Phase`): every bare number in its cells is one.
    phases: bool,
    /// The header names calibres (`Calibre`, `Cartridge`): any figure alone in a cell is one.
    calibres: bool,
    /// The header names a period or an estimate (`2024`, `Nov 2025`, `Q1`, `Low estimate`):
    /// the caption's unit may be its numbers'.
    valued: bool,
    /// The column's name says nothing of another quantity than the table's (no share, rank,
    /// size, code, age or number: see [`names_other_quantity`]), so a caption's unit reaches
    /// its numbers: `| Load |`, `| Tobruk |` under "(MW)" or "in Libyan dinars per day".
    plain: bool,
    /// The column is [`Column::plain`] and names a kind or a place the caption's count is
    /// split by (see [`names_kind`]), so what the caption counts reaches its bare counts.
    kind: bool,
    /// The column's name ends on a word for sums (see [`names_sums`]): a row's plural counts
    /// nothing under it.
    sums: bool,
    /// The header says its numbers are estimates (`Displaced (est.)`, `Estimated deaths`,
    /// `Fighters (approx.)`): each is approximate.
    estimated: bool,
    /// The header names a case's status in an outbreak (`Suspected`, `Confirmed SE 01-12`,
    /// `Hospitalised`; see [`names_case_status`]).
    status: bool,
    /// The header names a total (`Estimated cost (KSh m)`): no price of a row's unit.
    totals: bool,
}

/// Whether a table whose header row is `header` and caption `caption` counts an outbreak's
/// cases: the caption names cases, or a column counts cases, or one counts deaths beside one
/// of confirmed, suspected or probable cases (`| Confirmed | Probable | Deaths |`; not
/// `| Deaths | Recovered (head) |` in a table of cattle raids).
fn counts_cases(header: &str, caption: Option<&str>) -> bool {
    let names: Vec<String> = cells(header).map(|cell| column_name(&header[cell])).collect();
    // (A name's first word: `Cases wk 1-16`.)
    let named = |n: &str| names.iter().any(|name| name.split(' ').next() == Some(n));
    caption.is_some_and(|c| c.to_ascii_lowercase().contains("cases"))
        || named("cases")
        || named("deaths") && (named("confirmed") || named("suspected") || named("probable"))
}

/// Whether a column's name (see [`column_name`]) is a case's status in an outbreak, maybe with
/// the epidemiological weeks it covers: `Suspected`, `Confirmed`, `Probable`, `Hospitalised`,
/// `Admitted`, `Ventilated`, `Confirmed SE 01-12`.
fn names_case_status(name: &str) -> bool {
    let mut words = name.split([' ', '-', '–']).filter(|w| !w.is_empty());
    words.next().is_some_and(|w| {
        matches!(
            w,
            "suspected"
                | "confirmed"
                | "probable"
                | "hospitalised"
                | "hospitalized"
                | "admitted"
                | "ventilated"
                | "recovered"
                | "discharged"
        )
    }) && words.all(|w| is_week_word(w) || is_short_number(w))
}

/// Whether a column's name (see [`column_name`]) names a total, not a price: a cost, a
/// budget, spending, a value, a total, damage, a loss, revenue or a bill.
fn names_total(name: &str) -> bool {
    ["cost", "budget", "spend", "value", "total", "damage", "loss", "revenue", "bill"]
        .iter()
        .any(|w| name.contains(w))
}

/// Whether a header cell says its numbers are estimates: `(est.)`, `(est)`, `(estimated)`,
/// `(approx.)` in brackets, or `Est.`, `Estimated` or `Approx.` opening it, or `est.` after a
/// period (`2025/26 est. (t)`, `2026 est.`).
fn names_estimate(cell: &str) -> bool {
    let lower = label_text(cell);
    ["(est.)", "(est)", "(estimated)", "(estimate)", "(approx.)", "(approx)", "(approximate)"]
        .iter()
        .any(|m| lower.contains(m))
        || ["est. ", "estimated ", "approx. "].iter().any(|p| lower.starts_with(p))
        || lower.split_once(" est.").is_some_and(|(before, after)| {
            before.split(' ').next_back().is_some_and(|w| {
                w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit() || b == b'/' || b == b'-')
            }) && (after.is_empty() || after.starts_with(' '))
        })
}

/// Whether a column's name is a period (a year, a month, a quarter or half, a fiscal year) or
/// an estimate or value, with nothing in brackets: the columns a caption's unit speaks of
/// (`Table: Export prices, US dollars per tonne` over `| Nov 2024 | Aug 2025 |`, `Table:
/// Needs, USD billion` over `| Low estimate | High estimate |`); not `| Cases |`, `| Rank |`,
/// `| Household size |`, `| Travel time (hours) |`.
fn names_period_or_value(name: &str) -> bool {
    if name.is_empty() || name.contains(['(', '[']) {
        return false;
    }
    name.split([' ', '-', '/', '–', ',']).filter(|w| !w.is_empty()).all(|w| {
        let year = w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit());
        let short_year = w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit());
        let quarter = w.len() == 2 && w.starts_with(['q', 'h']) && w.as_bytes()[1].is_ascii_digit();
        year || short_year
            || quarter
            || figure::is_month(w)
            || matches!(w, "may" | "mar" | "march")
            || matches!(
                w,
                "fy" | "low"
                    | "high"
                    | "central"
                    | "mid"
                    | "estimate"
                    | "estimates"
                    | "value"
                    | "amount"
                    | "total"
                    | "min"
                    | "max"
                    | "minimum"
                    | "maximum"
                    | "average"
                    | "mean"
                    | "median"
                    | "price"
                    | "prices"
                    | "cost"
                    | "budget"
                    | "spending"
                    | "revenue"
                    | "projected"
                    | "actual"
                    | "planned"
                    | "baseline"
                    | "scenario"
                    | "forecast"
                    | "end"
                    | "start"
                    | "of"
                    | "and"
                    // (What a sum's column says was done with it, or owed: `Billed 2026`,
                    // `Paid 2026`, `Arrears, all years`, `Executed to 30 Sep`.)
                    | "billed"
                    | "paid"
                    | "owed"
                    | "due"
                    | "released"
                    | "received"
                    | "arrears"
                    | "collected"
                    | "allocated"
                    | "disbursed"
                    | "spent"
                    | "executed"
                    | "approved"
                    | "pledged"
                    | "committed"
                    | "budgeted"
                    | "outstanding"
                    | "balance"
                    | "requested"
                    | "funded"
                    | "gap"
                    | "shortfall"
                    | "limit"
                    | "target"
                    | "draft"
                    | "revised"
                    | "initial"
                    | "enacted"
                    | "proposed"
                    | "all"
                    | "years"
                    | "to"
                    | "at"
                    // (What befell the things a caption counts: `| Destroyed |`, `| Partly
                    // damaged |` under "Houses damaged or destroyed by island".)
                    | "destroyed"
                    | "damaged"
                    | "flooded"
                    | "collapsed"
                    | "affected"
                    | "repaired"
                    | "rebuilt"
                    | "partly"
                    | "partially"
                    | "fully"
                    | "totally"
                    | "completely"
                    | "severely"
                    | "slightly"
            )
            // (Epidemiological weeks: `Wk 1-16`, `SE 01-12`.)
            || is_week_word(w)
            || is_short_number(w)
    })
}

/// Whether a column's name (see [`column_name`]) says its numbers are of another quantity than
/// the one a caption names for the table: a share, a rate, a rank, a size, a code, an age, a
/// year or a number of things (`| Share of total |`, `| Rank |`, `| Household size |`, `| No.
/// of sites |`, `| Growth (%) |`), a plural that may be counted (`| Specimens 2025 |`, `|
/// Beneficiaries eligible |`), a participle alone of what is done to people (`| Screened |`),
/// or nothing at all.
fn names_other_quantity(name: &str) -> bool {
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    // (A participle alone of what is done to people counts them, as `| Killed |` does: `|
    // Screened |`; not one of a quantity, `| Installed |` under "(MW)".)
    let participle = befalls(name)
        || matches!(
            name,
            "screened"
                | "tested"
                | "treated"
                | "vaccinated"
                | "enrolled"
                | "registered"
                | "employed"
                | "interviewed"
                | "surveyed"
                | "examined"
                | "admitted"
                | "discharged"
                | "referred"
                | "assisted"
                | "reached"
                | "trained"
        );
    name.is_empty()
        || participle
        || name.contains(['%', '#', '(', '['])
        || name.split([' ', '-', '/', ',']).any(plural)
        || name.split([' ', '-', '/', ',']).any(|w| {
            matches!(
                w,
                "share"
                    | "shares"
                    | "percent"
                    | "percentage"
                    | "pct"
                    | "per"
                    | "rate"
                    | "ratio"
                    | "rank"
                    | "ranking"
                    | "number"
                    | "no"
                    | "no."
                    | "nos"
                    | "count"
                    | "n"
                    | "size"
                    | "code"
                    | "codes"
                    | "year"
                    | "years"
                    | "age"
                    | "index"
                    | "score"
                    | "growth"
                    | "yield"
                    | "density"
                    | "population"
                    | "people"
                    | "persons"
                    | "staff"
                    | "days"
                    | "hours"
                    | "months"
                    | "weeks"
            )
        })
}

/// Whether the last word of a column's name names sums of money, under which a row's plural
/// counts nothing: `| Vehicle and moto fees |`, `| Cumulative levy |`.
fn names_sums(word: &str) -> bool {
    matches!(
        word,
        "fees"
            | "levies"
            | "taxes"
            | "tolls"
            | "revenue"
            | "revenues"
            | "earnings"
            | "costs"
            | "wages"
            | "salaries"
            | "rents"
            | "income"
            | "receipts"
            | "proceeds"
            | "ransoms"
            | "bribes"
            | "levy"
            | "fee"
            | "tax"
            | "toll"
            | "duty"
            | "duties"
            | "vat"
            | "excise"
            | "tariffs"
    )
}

/// Whether a column's name ends on a word for sums (see [`names_sums`]) before any
/// preposition: `vehicle and moto fees`, `customs duty`, `vat on imports`.
fn heads_sums(name: &str) -> bool {
    [" on ", " in ", " from ", " of ", " at "]
        .iter()
        .filter_map(|p| name.find(p))
        .min()
        .map_or(name, |at| &name[..at])
        .rsplit(' ')
        .next()
        .is_some_and(names_sums)
}

/// Whether a header's label (see [`label_text`]) heads a column of the units a row's prices are
/// paid per: `| Unit |`, `| Measure |`, `| Price per |`.
fn names_units(label: &str) -> bool {
    matches!(label, "unit" | "units" | "unit of measure" | "measure" | "per" | "price per")
}

/// Whether a column's name (see [`column_name`]) and its header cell name a kind or a place a
/// caption's count is split by (`| Drought |`, `| RSE (New Zealand) |`), not
/// what was done to the things counted or to people (`| Still held |`, `| Convicted |`, `|
/// Refused |`), a capacity, an average or a pay, nor with a unit after a comma (`| UAH bn, 1 Mar
/// 2025 |`).
fn names_kind(name: &str, cell: &str) -> bool {
    // (Brackets naming a place pass: `| RSE (New Zealand) |`; not a unit, `| Yaba (pills) |`.)
    let bracket = cell.split_once('(').map(|(_, inside)| inside.trim_start());
    let placed = bracket.is_none_or(|inside| {
        inside.starts_with(|c: char| c.is_uppercase()) && !inside.contains(|c: char| c.is_ascii_digit())
    });
    // (Places joined by a spaced slash pass: `| Zawiya / Harsha |`.)
    let places = cell.split(" / ").count() > 1
        && cell
            .split(" / ")
            .all(|p| p.trim().trim_matches(['*', '_']).starts_with(|c: char| c.is_uppercase()));
    placed
        && !cell.contains(',')
        && (!cell.contains('/') || places)
        && name.split([' ', '-']).all(|w| {
            let deed = w.len() > 3 && w.ends_with("ed");
            let other = matches!(
                w,
                "held"
                    | "lost"
                    | "capacity"
                    | "average"
                    | "avg"
                    | "pay"
                    | "wage"
                    | "median"
                    | "mean"
                    | "daily"
            );
            !(deed || other)
        })
}

/// Whether a lowercase word of a header names epidemiological weeks: `wk`, `weeks`, `SE`
/// (*semana epidemiológica*), `EW`, `epiweek`.
fn is_week_word(lower: &str) -> bool {
    matches!(lower, "wk" | "wks" | "week" | "weeks" | "se" | "ew" | "epiweek" | "epiweeks")
}

/// Whether a word is a number of one or two digits, as a week's: `1`, `01`, `16`.
fn is_short_number(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a bare number alone in a cell of a pipe table's first column or header row labels
/// it rather than counting: an age group (see [`age_labels`]) or, down the first column under
/// a `Week` header, a week of the year.
fn is_label(
    table: &super::Table,
    units: &[super::Unit],
    row: usize,
    column: usize,
    figure: &Figure,
    text: &str,
) -> bool {
    let age = age_group(figure);
    let week = row > 0
        && column == 0
        && figure.high == figure.low
        && figure.low.is_some_and(|w| w.fract() == 0.0 && (1.0..=53.0).contains(&w));
    if !age && !week {
        return false;
    }
    let (_, header) = line_at(text, table.span.start);
    age && age_labels(table, units, text, row == 0) || week && cell_text(header, 0).is_some_and(names_weeks)
}

/// Whether the age-like labels of a pipe table's first column (or, `in_header`, of its header
/// row) are age groups: the caption speaks of ages ("Support by age"), or for the first
/// column, its header does (`| Age group |`).
fn age_labels(table: &super::Table, units: &[super::Unit], text: &str, in_header: bool) -> bool {
    let (_, header) = line_at(text, table.span.start);
    let caption = table.caption.or(table.title).map(|unit| units[unit].span.slice(text));
    caption.is_some_and(names_ages) || !in_header && cell_text(header, 0).is_some_and(names_ages)
}

/// The name a column's header gives, as [`label_text`] normalises it, without what follows
/// in brackets: `Latitude (°N)` → `latitude`.
fn column_name(header: &str) -> String {
    let label = label_text(header);
    label.split('(').next().unwrap_or("").trim().to_string()
}

/// Whether a column's name (see [`column_name`]) says its cells name cartridges: `Calibre`,
/// `Cartridge`.
fn names_calibres(name: &str) -> bool {
    matches!(name, "calibre" | "caliber" | "cartridge")
}

/// Whether a column's name (see [`column_name`]) says its cells name or place things rather
/// than count them: `Project`, `Hull number`, `IMO`, `Latitude (°N)`, `Longitude`, `Serial
/// no.`, `Model`, `Rank`, `#`.
fn names_identifiers(name: &str) -> bool {
    matches!(
        name,
        "project"
            | "lat"
            | "latitude"
            | "lon"
            | "long"
            | "longitude"
            | "coordinates"
            | "hull"
            | "hull no."
            | "hull no"
            | "hull number"
            | "pennant"
            | "pennant number"
            | "imo"
            | "imo number"
            | "mmsi"
            | "id"
            | "serial"
            | "serial no."
            | "serial number"
            | "tail number"
            | "model"
            | "calibre"
            | "caliber"
            | "cartridge"
            | "version"
            | "code"
            | "hs code"
            | "postcode"
            | "zip code"
            // A document's number: `Circular`, `Decree`, `Resolution`.
            | "circular"
            | "decree"
            | "resolution"
            | "category"
            | "stage"
            | "tier"
            | "grade"
            | "pay grade"
            | "level"
            | "band"
            // Row numbers and places in an order: `Rank`, `#`, `No.`; which of a series a row
            // is: `Episode`, `Round`, `Wave`, `Item`.
            | "episode"
            | "round"
            | "wave"
            | "item"
            | "step"
            | "batch"
            | "edition"
            | "rank"
            | "ranking"
            | "#"
            | "no."
            | "no"
            // A city's numbered wards and a tender's lots: `| DNCC ward |`, `| Lot |`.
            | "ward"
            | "lot"
            | "plot"
    ) || name.ends_with(" ward")
        || names_phases(name)
}

/// Whether a column's name (see [`column_name`]) says its cells are phases of a scale:
/// `Phase`, `IPC Phase`.
fn names_phases(name: &str) -> bool {
    name == "phase" || name.ends_with(" phase")
}

/// Whether a column's header says its cells are weeks of the year: `Week`, `Epi week`, `Wk`,
/// `Epidemiological week`, `ISO week`.
fn names_weeks(header: &str) -> bool {
    // (Past the year in brackets: `Week (2026)`.)
    matches!(
        column_name(header).as_str(),
        "week"
            | "wk"
            | "epi week"
            | "epiweek"
            | "epi-week"
            | "epidemiological week"
            | "iso week"
            | "week no."
            | "week number"
    )
}

/// Whether a figure can be an age group: a bare count from an age to an age (`18-34`), from
/// one up (`65+`) or below one (`Under 20`).
fn age_group(figure: &Figure) -> bool {
    let age = |v: Option<f64>| v.is_some_and(|v| v.fract() == 0.0 && (0.0..=120.0).contains(&v));
    figure.kind == FigureKind::Count
        && figure.unit.is_none()
        && (age(figure.low) && (figure.high.is_none() || age(figure.high) && figure.high > figure.low)
            || figure.low.is_none() && age(figure.high))
}

/// Whether a column's header or a caption speaks of ages: `Age`, `Age group`, `Ages`, `Aged`,
/// "Support by age".
fn names_ages(header: &str) -> bool {
    header
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(w.to_ascii_lowercase().as_str(), "age" | "ages" | "aged"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(cell: &str) -> Option<(FigureKind, Option<String>, f64)> {
        header_unit(cell, &mut figure::Recognizer::default())
            .map(|u| (u.kind, u.unit.as_deref().map(str::to_string), 10f64.powi(u.exponent)))
    }

    #[test]
    fn one_plural_of_things_counted_one_by_one() {
        // (Elections', insurers', utilities' and procurement's columns.)
        let counted = |cell: &str| counted_label(cell, &mut figure::Recognizer::default());
        assert_eq!(counted("Constituencies").as_deref(), Some("constituency"));
        assert_eq!(counted("Delegates").as_deref(), Some("delegate"));
        assert_eq!(counted("Policies in force").as_deref(), Some("policy"));
        assert_eq!(counted("Policies").as_deref(), Some("policy"));
        assert_eq!(counted("Consumers").as_deref(), Some("consumer"));
        assert_eq!(counted("Tenders").as_deref(), Some("tender"));
        assert_eq!(counted("Crashes").as_deref(), Some("crash"));
        assert_eq!(counted("Accidents 2021-25").as_deref(), Some("accident"));
        assert_eq!(counted("Buses in service").as_deref(), Some("bus"));
        assert_eq!(counted("Verdicts in absentia").as_deref(), Some("verdict"));
        assert_eq!(counted("Dumpings").as_deref(), Some("dumping"));
        assert_eq!(counted("Collapses").as_deref(), Some("collapse"));
        assert_eq!(counted("Sales").as_deref(), None);
    }

    #[test]
    fn a_label_says_what_its_sums_are_paid_per() {
        assert_eq!(paid_per("Cost per shelter (BDT)").as_deref(), Some("shelter"));
        assert_eq!(paid_per("Monthly transfer per household").as_deref(), Some("household"));
        assert_eq!(paid_per("Cost per tonne (USD)").as_deref(), Some("t"));
        assert_eq!(paid_per("Wage per day, USD").as_deref(), Some("d"));
        assert_eq!(paid_per("Daily wage (USD)").as_deref(), Some("d"));
        assert_eq!(paid_per("Annual budget").as_deref(), Some("yr"));
        assert_eq!(paid_per("Budget").as_deref(), None);
        assert_eq!(paid_per("GDP per capita").as_deref(), Some("person"));
        assert_eq!(paid_per("Share per cent"), None);
        assert_eq!(paid_per("Cost per household member"), None);
        assert_eq!(paid_per("Cost per households"), None);
        assert_eq!(paid_per("Superbase"), None);
        // (In brackets after the good, past a troy ounce's word or a bag's size.)
        assert_eq!(paid_per("Gasoline (per litre)").as_deref(), Some("l"));
        assert_eq!(paid_per("Gold (per troy oz)").as_deref(), Some("oz"));
        assert_eq!(paid_per("Rice (per 50 kg bag)").as_deref(), Some("bag"));
        assert_eq!(paid_per("Heroin (per 700 g block)").as_deref(), Some("block"));
        assert_eq!(paid_per("Rice (per 50-kg bag)").as_deref(), Some("bag"));
        assert_eq!(paid_per("Price per 1,000 gal (PKR)"), None);
        assert_eq!(paid_per("Rice (per 50 tonne lorries)"), None);
    }

    #[test]
    fn header_units() {
        use FigureKind::*;
        assert_eq!(unit("Allocated (€ bn)"), Some((Money, Some("EUR".into()), 1e9)));
        assert_eq!(unit("EUR bn"), Some((Money, Some("EUR".into()), 1e9)));
        assert_eq!(unit("Aid (US$ million)"), Some((Money, Some("USD".into()), 1e6)));
        assert_eq!(unit("Budget ($m)"), Some((Money, Some("USD".into()), 1e6)));
        assert_eq!(unit("Share (%)"), Some((Percent, None, 1.0)));
        // (Livestock by the head in thousands: the label names what is counted.)
        assert_eq!(unit("Goats (thousand head)"), Some((Count, None, 1e3)));
        assert_eq!(unit("Change (pp)"), Some((Percent, Some("pp".into()), 1.0)));
        assert_eq!(unit("MoE (±pp)"), Some((Percent, Some("pp".into()), 1.0)));
        assert_eq!(unit("Acre"), None);
        assert_eq!(unit("Acres"), Some((Measure, Some("acre".into()), 1.0)));
        assert_eq!(unit("Error (± %)"), Some((Percent, None, 1.0)));
        assert_eq!(unit("Share of GDP, %"), Some((Percent, None, 1.0)));
        assert_eq!(unit("**Trust (%)**"), Some((Percent, None, 1.0)));
        assert_eq!(unit("Population ('000)"), Some((Count, None, 1e3)));

        // A rate's denominator is no scale: a rate per a power of ten is read as prose reads it.
        assert_eq!(unit("Attack rate (per 10,000)"), Some((Count, Some("case/10k".into()), 1.0)));
        assert_eq!(unit("Deaths per 100,000 population"), Some((Count, Some("death/100k".into()), 1.0)));
        assert_eq!(unit("Police per 1,000 inhabitants"), Some((Count, Some("police/1k".into()), 1.0)));
        assert_eq!(unit("Rate per 100,000"), Some((Count, Some("/100k".into()), 1.0)));
        assert_eq!(unit("Rate per 100,000 (annualised)"), Some((Count, Some("/100k".into()), 1.0)));
        assert_eq!(unit("Mortality (/10,000/day)"), None);
        assert_eq!(unit("Area (km²)"), Some((Measure, Some("km2".into()), 1.0)));
        assert_eq!(unit("Cargo (million tonnes)"), Some((Measure, Some("t".into()), 1e6)));
        assert_eq!(unit("Sorghum (SDG/kg)"), Some((Money, Some("SDG/kg".into()), 1.0)));
        assert_eq!(unit("Price (US$ per tonne)"), Some((Money, Some("USD/t".into()), 1.0)));
        assert_eq!(unit("Population (m)"), Some((Count, None, 1e6)));
        assert_eq!(unit("People in need (M)"), Some((Count, None, 1e6)));
        assert_eq!(unit("Frozen (CHF Mio.)"), Some((Money, Some("CHF".into()), 1e6)));
        assert_eq!(unit("Exports (kb/d)"), Some((Measure, Some("bbl/d".into()), 1e3)));
        assert_eq!(unit("Output (mb/d)"), Some((Measure, Some("bbl/d".into()), 1e6)));
        assert_eq!(unit("Output 2024 (t Li)"), Some((Measure, Some("t".into()), 1.0)));
        assert_eq!(unit("Reserves (Mt Li)"), Some((Measure, Some("Mt".into()), 1.0)));
        assert_eq!(unit("Yield (kg/ha)"), Some((Measure, Some("kg/ha".into()), 1.0)));
        assert_eq!(unit("Gas (bcm/yr)"), Some((Measure, Some("m3/yr".into()), 1e9)));
        assert_eq!(unit("Aid (€ bn/yr)"), Some((Money, Some("EUR/yr".into()), 1e9)));
        assert_eq!(unit("USD (bn)"), Some((Money, Some("USD".into()), 1e9)));
        assert_eq!(unit("Budget, local (bn)"), Some((Count, None, 1e9)));
        assert_eq!(unit("Defence, USD (bn)"), Some((Money, Some("USD".into()), 1e9)));
        assert_eq!(unit("2025 budget (local, bn)"), Some((Count, None, 1e9)));
        assert_eq!(unit("Budget (bn, local currency)"), Some((Count, None, 1e9)));
        assert_eq!(unit("Budget (USD, bn)"), Some((Money, Some("USD".into()), 1e9)));
        assert_eq!(unit("Water (l/p/d)"), Some((Measure, Some("l/p/d".into()), 1.0)));
        assert_eq!(unit("Fuel (L/day)"), Some((Measure, Some("l/d".into()), 1.0)));
        assert_eq!(unit("Consumption (L/hr)"), Some((Measure, Some("l/h".into()), 1.0)));
        assert_eq!(unit("Water (l)"), Some((Measure, Some("l".into()), 1.0)));
        assert_eq!(unit("Pesticide (l)"), Some((Measure, Some("l".into()), 1.0)));
        assert_eq!(unit("Median ransom (N m)"), Some((Money, Some("NGN".into()), 1e6)));
        assert_eq!(unit("Budget (R bn)"), Some((Money, Some("ZAR".into()), 1e9)));
        assert_eq!(unit("Sample (N)"), None);
        assert_ne!(unit("Torque (N m)").and_then(|u| u.1), Some("NGN".into()));
        assert_ne!(unit("Households (N m)").and_then(|u| u.1), Some("NGN".into()));
        assert_eq!(unit("Combined DWT (m)"), Some((Measure, Some("dwt".into()), 1e6)));
        assert_eq!(unit("Side (L/R)"), None);
        assert_eq!(unit("Side (l/r)"), None);
        assert_eq!(unit("Dimensions (l/w/h)"), None);
        assert_eq!(unit("Export growth (USD, %)"), Some((Percent, None, 1.0)));
        assert_eq!(unit("Votes (L)"), None);
        assert_eq!(unit("Outlay (crore)"), Some((Count, None, 1e7)));
        assert_eq!(unit("Debt (trn)"), Some((Count, None, 1e12)));
        assert_eq!(unit("Elevation (m)"), Some((Measure, Some("m".into()), 1.0)));
        assert_eq!(unit("Wall height (m)"), Some((Measure, Some("m".into()), 1.0)));
        assert_eq!(unit("Level (m a.s.l.)"), Some((Measure, Some("m".into()), 1.0)));
        assert_eq!(unit("B"), None);
        assert_eq!(unit("M"), None);
        for none in ["Donor", "Score (0–10)", "Rank", "2025", "Fighters", "Notes (see text)", "", "Germany"]
        {
            assert_eq!(unit(none), None, "{none:?}");
        }
    }

    /// `(K)` under a sum is the kyat, the kwacha, the kina or the kip where the title names
    /// their country, and thousands elsewhere.
    #[test]
    fn a_letter_k_is_the_titles_currency_under_a_sum() {
        let mut myanmar = figure::Recognizer::default();
        myanmar.set_currency_hints(figure::CurrencyHints { country: Some("MM"), ..Default::default() });
        let wage = header_unit("Daily wage, unskilled (K)", &mut myanmar).expect("a unit");
        assert_eq!((wage.kind, wage.unit.as_deref(), wage.exponent), (FigureKind::Money, Some("MMK"), 0));
        let dollar = header_unit("Dollar, informal (K)", &mut myanmar).expect("a unit");
        assert_eq!((dollar.kind, dollar.unit.as_deref()), (FigureKind::Money, Some("MMK")));
        let mut zambia = figure::Recognizer::default();
        zambia.set_currency_hints(figure::CurrencyHints { country: Some("ZM"), ..Default::default() });
        let meal = header_unit("Breakfast, 25 kg (K)", &mut zambia).expect("a unit");
        assert_eq!((meal.kind, meal.unit.as_deref(), meal.exponent), (FigureKind::Money, Some("ZMW"), 0));
        let households = header_unit("Households (K)", &mut myanmar).expect("a unit");
        assert_eq!((households.kind, households.exponent), (FigureKind::Count, 3));
        let elsewhere =
            header_unit("Daily wage, unskilled (K)", &mut figure::Recognizer::default()).expect("a unit");
        assert_eq!((elsewhere.kind, elsewhere.exponent), (FigureKind::Count, 3));
    }

    /// Scaling goes through the decimal text: 4.1 billion is exactly the figure "$4.1 billion".
    #[test]
    fn scaling_is_exact() {
        let unit = header_unit("Exports (US$ bn)", &mut figure::Recognizer::default()).expect("a unit");
        let mut f = figure::recognize("4.1").remove(0);
        unit.apply(&mut f, true);
        assert_eq!(f.low, figure::recognize("$4.1 billion")[0].low);
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
