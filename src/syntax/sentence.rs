//! Sentence splitting for sourcing scopes.
//!
//! A sentence ends after a run of terminators (`.`, `!`, `?`, `…`), any closing quotes or
//! brackets right after it, and a footnote reference (`[^1]`) or inline note (`^[…]`) right
//! after that, when white space follows and the next word can start a sentence: an uppercase
//! or caseless letter, a digit, an opening quote or bracket, a currency sign, `@` (an in-text
//! citation), or emphasis markers before one of these; or when the text ends. A blank line
//! always ends a sentence.
//!
//! A single `.` does not end a sentence after a known abbreviation (month, title, rank and
//! place abbreviations, `p.`, `e.g.`, `No.`, `U.S.` …; see [`ABBREVIATIONS`]; a unit
//! such as `min.` only when no number stands before it), after a single letter (initials:
//! `J. Smith`; but not after a noun that names things by a letter, `Area C.`, `World War I.`,
//! nor after a slash, where the letter is a unit's: `23,000 m³/s.`),
//! or after dotted single letters (`U.S.A.`; but not `a.m.` and `p.m.`, except before a day, a
//! month or a time zone: `at 3 p.m. Friday`), after an abbreviated magnitude after a number
//! before a currency (`2,3 Mrd. EUR`, `40 Mio. Euro`), unless a closing quote or
//! bracket follows it (`(in the U.S.) Then`) other than the parenthesis of an abbreviation
//! standing alone in parentheses (`Gen. (Ret.) Allen`). These are ambiguous at
//! the end of a sentence — `… in the U.S. The next …` — and the splitter chooses not to split:
//! a missed boundary only widens a sourcing scope, a wrong one breaks a sentence in two.
//! Decimals (`3.5`), `e.g.,` and a period followed by a lowercase word never split, and no
//! sentence ends inside square brackets (citations, spans, notes, link texts).
//!
//! Masked regions (runs of spaces standing for code or HTML) count as white space.

use crate::syntax::figure;
use crate::syntax::inline::{bracket_pairs_into, find_any};
use crate::text::Span;

/// Words (without their final period) after which a period does not end a sentence. Compared
/// case-insensitively.
///
/// Each is a word that is not written at the end of a sentence, or seldom: a title or rank
/// stands before a name (`Brig. Gen. Ryder`), a place word before its name (`Ft. Bragg`,
/// `Mt. Elgon`). Abbreviations that usually end what they abbreviate are left out, so that a
/// sentence may end on them: `Div.` (`… of the 3rd Inf. Div. The brigade …`). Those in
/// [`UNIT_ABBREVIATIONS`] are also units, and end a sentence after a number.
pub const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p", "pp", "e.g",
    "i.e", "vs", "cf", "al", "no", "nos", "art", "fig", "figs", "vol", "vols", "ch", "chap", "sec", "secs",
    "para", "paras", "approx", "est", "ca", "bk", "fol", "op", "pt", "ed", "eds", "ibid", "viz", "cca", "mr",
    "mrs", "ms", "mme", "messrs", "dr", "prof", "gov", "sen", "rep", "pres", "hon", "amb", "min", "secy",
    "dep", "dir", "insp", "supt", "fr", "rev", "jr", "sr", "ph.d", "gen", "gens", "brig", "col", "cols",
    "lt", "lieut", "maj", "capt", "sgt", "cpl", "pvt", "pte", "pfc", "spc", "adm", "cdr", "cmdr", "cdre",
    "cmdt", "comdt", "wg", "sqn", "ldr", "gp", "ret", "inf", "inc", "ltd", "co", "corp", "dept", "univ",
    "intl", "st", "ft", "mt", "mts", "hwy", "ave", "blvd", "dist", "prov", "pop", "rs", "afs", "u.s", "u.k",
    "u.n", "e.u", "u.s.a", "a.m", "p.m", "incl", "excl", "esp",
];

/// Words abbreviated with a period before a number: currencies (`Ksh. 500`, `Dhs. 45,000`, `Tk.
/// 200`, `Bs. 130`, the guaraní's `Gs. 300.000` and `G. 96.400`) and a telephone's extension
/// (`ext. 2204`). The period ends no sentence when
/// digits follow, and may end one otherwise (`paid in Ksh. The union …`).
const CURRENCY_ABBREVIATIONS: &[&str] = &["ksh", "kshs", "dh", "dhs", "tk", "bs", "gs", "g", "ext", "extn"];

/// [`ABBREVIATIONS`] that are also units: after a number they are the unit, and a period
/// after them may end the sentence (`It lasted 30 min. Then …`, but `Min. Lavrov said …`;
/// `at 3,000 ft. The …`, but `Ft. Bragg`; `by 15 pp. The …`, but `pp. 4–5`).
pub const UNIT_ABBREVIATIONS: &[&str] = &["min", "ft", "mt", "pp"];

/// Splits prose into sentences: spans in order, trimmed of surrounding white space, together
/// covering every non-space byte of `text`.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_into(text, &mut Vec::new(), &mut out);
    out
}

/// [`sentences`] appended to `out`, with `pairs` as a scratch buffer for the bracket pairs.
pub(crate) fn sentences_into(text: &str, pairs: &mut Vec<(usize, usize)>, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    pairs.clear();
    if memchr::memchr(b'[', bytes).is_some() {
        bracket_pairs_into(text, pairs);
    }
    let pairs: &[(usize, usize)] = pairs;
    let mut brackets = Enclosing { pairs, next: 0, stack: Vec::new() };
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Only line breaks and terminators matter here: skip everything else in one go.
        i = find_any(bytes, i, [b'\n', b'.', b'!', b'?', 0xE2]);
        if i == bytes.len() {
            break;
        }
        if bytes[i] == b'\n' {
            let j = skip_blanks(bytes, i + 1);
            if bytes.get(j) == Some(&b'\n') {
                push_trimmed(text, start, i, out);
                start = j;
                i = j;
                continue;
            }
            i += 1;
            continue;
        }
        let Some(len) = terminator_len(bytes, i) else {
            i += 1;
            continue;
        };
        let terminator = i;
        let mut term_end = i + len;
        while let Some(len) = terminator_len(bytes, term_end) {
            term_end += len;
        }
        let (end, closed) = after_closers(text, pairs, term_end);
        let next = next_word(text, end);
        let boundary = match next {
            // Not followed by white space: `3.5`, `e.g.,`, `U.S.A`.
            Next::Glued => false,
            // A blank line: the line-break branch splits there.
            Next::BlankLine => false,
            Next::End => true,
            Next::Word(at) => starts_sentence(text, at),
        } && !(term_end - terminator == 1
            && bytes[terminator] == b'.'
            && (!closed || alone_in_parentheses(text, terminator, end))
            && is_abbreviation_at(text, terminator))
            && !brackets.inside(terminator);
        if boundary {
            push_trimmed(text, start, end, out);
            start = end;
            i = end;
        } else {
            i = term_end;
        }
    }
    push_trimmed(text, start, bytes.len(), out);
}

/// Tracks which bracket pairs enclose increasing positions.
struct Enclosing<'a> {
    pairs: &'a [(usize, usize)],
    next: usize,
    /// Closing offsets of the pairs open at the last position asked about.
    stack: Vec<usize>,
}

impl Enclosing<'_> {
    /// Whether `pos` lies inside a bracket pair. Positions must not decrease between calls.
    fn inside(&mut self, pos: usize) -> bool {
        while let Some(&(open, close)) = self.pairs.get(self.next) {
            if open >= pos {
                break;
            }
            while self.stack.last().is_some_and(|&c| c < open) {
                self.stack.pop();
            }
            self.stack.push(close);
            self.next += 1;
        }
        while self.stack.last().is_some_and(|&c| c < pos) {
            self.stack.pop();
        }
        !self.stack.is_empty()
    }
}

/// The byte length of a sentence terminator at `i`.
fn terminator_len(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b'.' | b'!' | b'?' => Some(1),
        0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA6) => Some(3),
        _ => None,
    }
}

/// Skips closing quotes and brackets, then a footnote reference or an inline note, after the
/// terminators ending at `i`. Returns the end and whether any closing quote or bracket was
/// skipped.
fn after_closers(text: &str, pairs: &[(usize, usize)], mut i: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut closed = false;
    while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
        if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '›') {
            closed = true;
            i += c.len_utf8();
        } else if matches!(c, '*' | '_') {
            i += 1;
        } else {
            break;
        }
    }
    let note_open = match (bytes.get(i), bytes.get(i + 1)) {
        (Some(b'['), Some(b'^')) => Some(i),
        (Some(b'^'), Some(b'[')) => Some(i + 1),
        _ => None,
    };
    if let Some(open) = note_open
        && let Ok(k) = pairs.binary_search_by_key(&open, |&(o, _)| o)
    {
        i = pairs[k].1 + 1;
    }
    (i, closed)
}

enum Next {
    /// No white space after the terminator.
    Glued,
    /// White space holding a blank line.
    BlankLine,
    /// Only white space up to the end of the text.
    End,
    /// White space, then a character at this offset.
    Word(usize),
}

fn next_word(text: &str, i: usize) -> Next {
    let mut newlines = 0;
    for (k, c) in text[i..].char_indices() {
        if c == '\n' {
            newlines += 1;
            if newlines > 1 {
                return Next::BlankLine;
            }
        } else if !c.is_whitespace() {
            return if k == 0 { Next::Glued } else { Next::Word(i + k) };
        }
    }
    Next::End
}

/// Whether the word at `at` can start a sentence.
fn starts_sentence(text: &str, at: usize) -> bool {
    let mut chars = text[at..].chars().skip_while(|&c| matches!(c, '*' | '_'));
    let Some(c) = chars.next() else { return true };
    if c.is_alphabetic() {
        return !c.is_lowercase();
    }
    c.is_numeric()
        || matches!(
            c,
            '"' | '\''
                | '“'
                | '‘'
                | '„'
                | '«'
                | '‹'
                | '('
                | '['
                | '¿'
                | '¡'
                | '@'
                | '$'
                | '€'
                | '£'
                | '¥'
                | '#'
                | '§'
                | '¶'
        )
}

/// The word before the terminator at `end`: back to the previous white space, dash or slash
/// (`Jan.–Feb.` ends with `Feb`), without leading opening quotes, brackets and emphasis
/// markers.
fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    head[start..].trim_start_matches(['(', '[', '{', '"', '\'', '“', '‘', '«', '*', '_'])
}

/// The longest of the [`ABBREVIATIONS`].
const MAX_ABBREVIATION: usize = 6;

/// The [`ABBREVIATIONS`] of the length of `word` that start with its first letter (ASCII case
/// folded): the only ones it can equal.
fn abbreviations_like(word: &str) -> &'static [&'static str] {
    /// Indexed by length (1 to [`MAX_ABBREVIATION`]) and first letter.
    static GROUPS: std::sync::LazyLock<Vec<Vec<&'static str>>> = std::sync::LazyLock::new(|| {
        let mut groups = vec![Vec::new(); MAX_ABBREVIATION * 26];
        for &a in ABBREVIATIONS {
            let first = a.as_bytes()[0];
            if (1..=MAX_ABBREVIATION).contains(&a.len()) && first.is_ascii_lowercase() {
                groups[(a.len() - 1) * 26 + usize::from(first - b'a')].push(a);
            }
        }
        groups
    });
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if !(1..=MAX_ABBREVIATION).contains(&word.len()) || !first.is_ascii_lowercase() {
        return &[];
    }
    &GROUPS[(word.len() - 1) * 26 + usize::from(first - b'a')]
}

/// Whether the word before the period at `period` stands alone in parentheses closed right
/// after the period (`Gen. (Ret.) Allen`): an aside of one abbreviation ends no sentence.
fn alone_in_parentheses(text: &str, period: usize, end: usize) -> bool {
    let start = period - word_before(text, period).len();
    text.get(period + 1..end) == Some(")") && start > 0 && text.as_bytes()[start - 1] == b'('
}

/// Whether the word before the period at `end` is an abbreviation: one of the
/// [`ABBREVIATIONS`] (but not one of the [`UNIT_ABBREVIATIONS`] right after a number), or
/// initials.
fn is_abbreviation_at(text: &str, end: usize) -> bool {
    let word = word_before(text, end);
    let before = text[..end - word.len()].trim_end();
    if matches!(word, "a.m" | "p.m" | "A.M" | "P.M") {
        // "at 3 p.m. Friday", "10 a.m. GMT": a day, a month or a time zone goes on.
        return is_day_month_or_zone(word_after(text, end));
    }
    if figure::is_magnitude_abbreviation(word) && before.ends_with(|c: char| c.is_ascii_digit()) {
        // "2,3 Mrd. EUR", "40 Mio. Euro", "40 Mio. €": the currency goes on.
        return figure::is_currency_name(word_after(text, end));
    }
    if CURRENCY_ABBREVIATIONS.iter().any(|c| c.eq_ignore_ascii_case(word)) {
        return text.get(end + 1..).unwrap_or("").trim_start().starts_with(|c: char| c.is_ascii_digit());
    }
    if !is_abbreviation(word) {
        return false;
    }
    let unit_after_number = UNIT_ABBREVIATIONS.iter().any(|u| u.eq_ignore_ascii_case(word))
        && before.ends_with(|c: char| c.is_ascii_digit());
    let named_by_letter = word.len() == 1 && names_by_letter(last_word(before));
    // (A letter after a slash is a unit's, no initial: "a flow of 23,000 m³/s. The …".)
    let per_unit = word.len() == 1 && text[..end - word.len()].ends_with('/');
    !unit_after_number && !named_by_letter && !per_unit
}

/// The word after the full stop at `end` (its letters), or else the character there.
fn word_after(text: &str, end: usize) -> &str {
    let next = text.get(end + 1..).unwrap_or("").trim_start();
    let letters = next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len());
    let len = if letters == 0 { next.chars().next().map_or(0, char::len_utf8) } else { letters };
    &next[..len]
}

/// A weekday, a month (in full or abbreviated) or a time zone, capitalised, as written after a
/// time.
fn is_day_month_or_zone(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && (figure::is_month(word)
            || figure::is_weekday(&word.to_ascii_lowercase())
            || figure::is_time_zone(word))
}

/// The last word of `text`, letters only.
pub(crate) fn last_word(text: &str) -> &str {
    let start = text
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    &text[start..]
}

/// Nouns that name things by a letter (`Area C`, `Plan B`, `Annex A`, `World War I`): a letter
/// after one is no initial, so a full stop after it may end the sentence.
fn names_by_letter(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "area",
        "zone",
        "plan",
        "annex",
        "appendix",
        "phase",
        "option",
        "group",
        "team",
        "war",
        "grade",
        "class",
        "category",
        "type",
        "schedule",
        "exhibit",
        "table",
        "figure",
        "section",
        "part",
        "article",
        "tier",
        "block",
        "sector",
        "camp",
        "gate",
        "line",
        "unit",
        "model",
        "series",
        "version",
        "level",
        "stage",
        "site",
        "building",
        "vitamin",
        "hepatitis",
        "list",
        "division",
        "company",
        "battery",
    ];
    NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

pub(crate) fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    if abbreviations_like(word).iter().any(|a| a.eq_ignore_ascii_case(word)) {
        return true;
    }
    // Initials and dotted single letters: `J`, `A.B`, `U.S.A`.
    word.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
    })
}

/// Skips spaces, tabs and carriage returns.
fn skip_blanks(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\r')) {
        i += 1;
    }
    i
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(s) = text.get(start..end) else { return };
    let trimmed_start = start + (s.len() - s.trim_start().len());
    let trimmed_end = end - (s.len() - s.trim_end().len());
    if trimmed_start < trimmed_end {
        out.push(Span::new(trimmed_start, trimmed_end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_abbreviation_is_in_its_group() {
        for a in ABBREVIATIONS {
            assert!(abbreviations_like(a).contains(a), "{a}");
            assert!(abbreviations_like(&a.to_uppercase()).contains(a), "{a}");
        }
    }

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = sentences(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn splitting() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("   \n  ", &[]),
            ("One sentence", &["One sentence"]),
            ("One. Two.", &["One.", "Two."]),
            ("  One.   Two.  ", &["One.", "Two."]),
            ("Really? Yes! Fine.", &["Really?", "Yes!", "Fine."]),
            ("What?! No.", &["What?!", "No."]),
            ("It rose in 2020. 2021 was worse.", &["It rose in 2020.", "2021 was worse."]),
            ("He said \"stop.\" Then he left.", &["He said \"stop.\"", "Then he left."]),
            ("He said “stop.” Then he left.", &["He said “stop.”", "Then he left."]),
            ("(See the annex.) Then more.", &["(See the annex.)", "Then more."]),
            ("Done. \"Next,\" he said.", &["Done.", "\"Next,\" he said."]),
            ("Done. (Next.)", &["Done.", "(Next.)"]),
            ("Done. [@a] said so.", &["Done.", "[@a] said so."]),
            ("In Jan.–Feb. 2026 it rose. Then it fell.", &["In Jan.–Feb. 2026 it rose.", "Then it fell."]),
            ("In Jan.-Feb. 2026 it rose.", &["In Jan.-Feb. 2026 it rose."]),
            ("In Nov./Dec. 2025 it rose.", &["In Nov./Dec. 2025 it rose."]),
            ("It was well-known. Then it fell.", &["It was well-known.", "Then it fell."]),
            ("Done. @smith argues.", &["Done.", "@smith argues."]),
            ("Done. *Next* one.", &["Done.", "*Next* one."]),
            ("Costs fell. $5 million was saved.", &["Costs fell.", "$5 million was saved."]),
            ("Call 01 750 000 ext. 2204 now. Then wait.", &["Call 01 750 000 ext. 2204 now.", "Then wait."]),
            ("It cost Bs. 130 a month.", &["It cost Bs. 130 a month."]),
            (
                "They spend Gs. 300.000 a month. Then more.",
                &["They spend Gs. 300.000 a month.", "Then more."],
            ),
            ("It cost G. 96.400 millones.", &["It cost G. 96.400 millones."]),
            ("Group G. The next one.", &["Group G.", "The next one."]),
            ("It was paid in Ksh. The union agreed.", &["It was paid in Ksh.", "The union agreed."]),
            ("Wait… what now?", &["Wait… what now?"]),
            ("Wait… Then go.", &["Wait…", "Then go."]),
            ("And so... it ends.", &["And so... it ends."]),
            ("And so... It ends.", &["And so...", "It ends."]),
            ("It is 3.5 times larger.", &["It is 3.5 times larger."]),
            ("See e.g. Smith.", &["See e.g. Smith."]),
            ("Fruit, e.g., apples.", &["Fruit, e.g., apples."]),
            ("Apples, pears, etc. Then more.", &["Apples, pears, etc.", "Then more."]),
            ("Apples, pears, etc. and more.", &["Apples, pears, etc. and more."]),
            ("It began at 10 a.m. The ministry said so.", &["It began at 10 a.m.", "The ministry said so."]),
            (
                "Some 200 gathered at 3 p.m. Friday in the square.",
                &["Some 200 gathered at 3 p.m. Friday in the square."],
            ),
            ("It began at 10 a.m. GMT on Monday.", &["It began at 10 a.m. GMT on Monday."]),
            ("The group has ca. 700 fighters.", &["The group has ca. 700 fighters."]),
            ("The fund paid 2,3 Mrd. EUR to the towns.", &["The fund paid 2,3 Mrd. EUR to the towns."]),
            ("It cost 40 Mio. Euro in all.", &["It cost 40 Mio. Euro in all."]),
            ("Austria pledged 40 Mio. € to the fund.", &["Austria pledged 40 Mio. € to the fund."]),
            (
                "Around 400 vehicles were destroyed, incl. 120 tanks.",
                &["Around 400 vehicles were destroyed, incl. 120 tanks."],
            ),
            ("Losses (excl. 30 trucks) rose.", &["Losses (excl. 30 trucks) rose."]),
            ("It cost $3 bn. The ministry paid.", &["It cost $3 bn.", "The ministry paid."]),
            (
                "Settlers live in Area C. Officials dispute it.",
                &["Settlers live in Area C.", "Officials dispute it."],
            ),
            (
                "The river peaked at 23,000 m³/s. Officials cited a gauge.",
                &["The river peaked at 23,000 m³/s.", "Officials cited a gauge."],
            ),
            (
                "It ended with World War I. Then peace came.",
                &["It ended with World War I.", "Then peace came."],
            ),
            ("Said John F. Kennedy in 1961.", &["Said John F. Kennedy in 1961."]),
            ("Plan B. Smith said it.", &["Plan B.", "Smith said it."]),
            ("Signed on Feb. 24 in Kyiv.", &["Signed on Feb. 24 in Kyiv."]),
            ("Signed in Sept. 2021.", &["Signed in Sept. 2021."]),
            ("See p. 4 and pp. 5-6.", &["See p. 4 and pp. 5-6."]),
            ("Mr. Smith met Dr. Jones.", &["Mr. Smith met Dr. Jones."]),
            ("Gen. Miller and Lt. Col. Ward.", &["Gen. Miller and Lt. Col. Ward."]),
            ("J. Smith wrote it.", &["J. Smith wrote it."]),
            ("By A. B. Jones.", &["By A. B. Jones."]),
            ("See Fig. 3 and Vol. II.", &["See Fig. 3 and Vol. II."]),
            ("Resolution No. 2231 passed.", &["Resolution No. 2231 passed."]),
            ("Acme Inc. Said no.", &["Acme Inc. Said no."]),
            ("Sent to the U.S. Congress.", &["Sent to the U.S. Congress."]),
            ("Based in the U.S. The rest is abroad.", &["Based in the U.S. The rest is abroad."]),
            ("The U.S.A. and the U.K. agreed.", &["The U.S.A. and the U.K. agreed."]),
            ("At 9 a.m. The meeting began.", &["At 9 a.m.", "The meeting began."]),
            ("(In the U.S.) Then more.", &["(In the U.S.)", "Then more."]),
            ("This ends. this does not.", &["This ends. this does not."]),
            ("Smith et al. Found it.", &["Smith et al. Found it."]),
            (
                "About 400 troops were sent, according to Brig. Gen. Patrick Ryder [@x].",
                &["About 400 troops were sent, according to Brig. Gen. Patrick Ryder [@x]."],
            ),
            ("Adm. Kuznetsov and Cmdr. Ward met.", &["Adm. Kuznetsov and Cmdr. Ward met."]),
            ("Cdr. Smith, Cdre. Jones and Cmdt. Lee.", &["Cdr. Smith, Cdre. Jones and Cmdt. Lee."]),
            (
                "Cpl. Ward, Pvt. Lee, Pte. Hart, Pfc. Cruz and Spc. Diaz.",
                &["Cpl. Ward, Pvt. Lee, Pte. Hart, Pfc. Cruz and Spc. Diaz."],
            ),
            ("Lieut. Col. Ward and Gens. Lee and Grant.", &["Lieut. Col. Ward and Gens. Lee and Grant."]),
            (
                "Wg. Cdr. Shah, Sqn. Ldr. Khan and Gp. Capt. Ali.",
                &["Wg. Cdr. Shah, Sqn. Ldr. Khan and Gp. Capt. Ali."],
            ),
            ("Col. Ret. Jane Doe said so.", &["Col. Ret. Jane Doe said so."]),
            (
                "Lt. Gen. (Ret.) Keith Kellogg said so. Then more.",
                &["Lt. Gen. (Ret.) Keith Kellogg said so.", "Then more."],
            ),
            ("(See the U.S.) Then more.", &["(See the U.S.)", "Then more."]),
            (
                "Insp. Gen. Ward, Supt. Lee and Secy. Blinken.",
                &["Insp. Gen. Ward, Supt. Lee and Secy. Blinken."],
            ),
            (
                "Amb. Thomas-Greenfield, Hon. Jane Doe and Dep. Min. Ryabkov.",
                &["Amb. Thomas-Greenfield, Hon. Jane Doe and Dep. Min. Ryabkov."],
            ),
            (
                "Fr. Brown, Rev. King, Mme. Roy and Messrs. Lee and Ward.",
                &["Fr. Brown, Rev. King, Mme. Roy and Messrs. Lee and Ward."],
            ),
            (
                "From Ft. Bragg to Mt. Elgon and the Mts. Rwenzori.",
                &["From Ft. Bragg to Mt. Elgon and the Mts. Rwenzori."],
            ),
            ("Along Hwy. 1 to Park Ave. South.", &["Along Hwy. 1 to Park Ave. South."]),
            ("Kunduz (pop. 270,000) fell.", &["Kunduz (pop. 270,000) fell."]),
            ("Acme Intl. Said no.", &["Acme Intl. Said no."]),
            ("The 3rd Inf. Div. Arrived. Then more.", &["The 3rd Inf. Div.", "Arrived.", "Then more."]),
            (
                "The shelling lasted 30 min. Then it stopped.",
                &["The shelling lasted 30 min.", "Then it stopped."],
            ),
            ("Flying at 3,000 ft. The drone turned.", &["Flying at 3,000 ft.", "The drone turned."]),
            ("They shipped 5,000 mt. Aid followed.", &["They shipped 5,000 mt.", "Aid followed."]),
            (
                "Yields stay negative by some 15 pp. The bill cleared at 24%. See pp. 4-5 here.",
                &["Yields stay negative by some 15 pp.", "The bill cleared at 24%.", "See pp. 4-5 here."],
            ),
            ("One.Two.", &["One.Two."]),
            ("One.\n\nTwo", &["One.", "Two"]),
            ("No stop\n\nat all", &["No stop", "at all"]),
            ("No stop\n   \nat all", &["No stop", "at all"]),
            ("A line\nbreak. Here.", &["A line\nbreak.", "Here."]),
            ("Masked     . Next.", &["Masked     .", "Next."]),
            ("Masked.       Next.", &["Masked.", "Next."]),
            ("Cited [see @a, chap. 3] here. Next.", &["Cited [see @a, chap. 3] here.", "Next."]),
            ("Cited [@a. Odd key text] here.", &["Cited [@a. Odd key text] here."]),
            ("Noted.[^1] Next one.", &["Noted.[^1]", "Next one."]),
            (
                "Noted.^[A note. With two sentences.] Next.",
                &["Noted.^[A note. With two sentences.]", "Next."],
            ),
            ("Ünïcode here. Ébauche next.", &["Ünïcode here.", "Ébauche next."]),
            ("Один. Два.", &["Один.", "Два."]),
            ("中文。 Next.", &["中文。 Next."]),
            ("End.", &["End."]),
            ("...", &["..."]),
            (". . .", &[". . ."]),
            ("?", &["?"]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn pathological_input_is_linear() {
        let n = 200_000;
        for unit in
            [".", ". ", "a.", "a. ", "[", "[.", ".[^", ". A", "e.g. ", "…", "\n", "\n\n", ".)", "^[. A"]
        {
            let text = unit.repeat(n / unit.len());
            let _ = sentences(&text);
        }
        let nested = format!("{}. A{}", "[".repeat(n / 2), "]".repeat(n / 2));
        assert_eq!(sentences(&nested).len(), 1);
        let long_word = format!("{}. A", "x".repeat(n));
        assert_eq!(sentences(&long_word).len(), 2);
    }

    proptest! {
        #[test]
        fn spans_cover_all_non_space(text in "([.!?…\"'()\\[\\]^ \n]|[aAzZ1]|e\\.g\\.|U\\.S\\.|ü|Ω|日){0,60}") {
            let spans = sentences(&text);
            let mut last = 0;
            let mut covered = vec![false; text.len()];
            for s in &spans {
                prop_assert!(s.start >= last && s.start < s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                let slice = s.slice(&text);
                prop_assert_eq!(slice.trim(), slice);
                covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
                last = s.end;
            }
            for (k, c) in text.char_indices() {
                prop_assert!(c.is_whitespace() || covered[k], "byte {} uncovered", k);
            }
        }

        #[test]
        fn arbitrary_strings_never_panic(text in any::<String>()) {
            for s in sentences(&text) {
                prop_assert!(s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
}
