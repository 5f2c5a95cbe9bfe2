//! Finding likelihood terms ("very likely", "almost certainly") and confidence phrases ("high
//! confidence") in prose, case-insensitively and across line breaks.

use crate::text::Span;
use crate::tradecraft::{CONFIDENCE, forms};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermKind {
    Likelihood,
    Confidence,
}

/// A term as found: its span and its canonical lowercase form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub span: Span,
    pub form: &'static str,
    pub kind: TermKind,
}

struct Pattern {
    form: &'static str,
    kind: TermKind,
    needs_number: bool,
}

/// Runs longer than this are looked up in [`Patterns::long`].
const MAX_RUN: usize = 24;

/// The patterns, longest first, grouped by their first (lowercase ASCII) letter and by the
/// length of the alphanumeric run their first word starts with: a pattern can only match
/// where the text's alphanumeric run from the word start has that length.
struct Patterns {
    by_start: [[Vec<Pattern>; MAX_RUN + 1]; 26],
    /// Patterns whose first run is longer than [`MAX_RUN`], by first letter, longest first.
    long: [Vec<Pattern>; 26],
}

/// The length of the alphanumeric run at the start of `form`.
fn leading_run(form: &str) -> usize {
    form.bytes().take_while(u8::is_ascii_alphanumeric).count()
}

/// The patterns, built once.
fn patterns() -> &'static Patterns {
    static PATTERNS: std::sync::LazyLock<Patterns> = std::sync::LazyLock::new(|| {
        let mut all: Vec<Pattern> = forms()
            .into_iter()
            .map(|(form, needs_number)| Pattern { form, kind: TermKind::Likelihood, needs_number })
            .collect();
        all.extend(CONFIDENCE.iter().map(|&form| Pattern {
            form,
            kind: TermKind::Confidence,
            needs_number: false,
        }));
        all.sort_by_key(|p| std::cmp::Reverse(p.form.len()));
        let mut patterns = Patterns { by_start: Default::default(), long: Default::default() };
        for p in all {
            let first = p.form.as_bytes()[0];
            if first.is_ascii_lowercase() {
                let letter = usize::from(first - b'a');
                let run = leading_run(p.form);
                if run <= MAX_RUN {
                    patterns.by_start[letter][run].push(p);
                } else {
                    patterns.long[letter].push(p);
                }
            }
        }
        patterns
    });
    &PATTERNS
}

/// Matches `form` (words separated by single spaces) at `at`, allowing any run of whitespace
/// between words; returns the end offset.
fn match_at(bytes: &[u8], at: usize, form: &str) -> Option<usize> {
    let mut i = at;
    for (n, word) in form.split(' ').enumerate() {
        if n > 0 {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i == start {
                return None;
            }
        }
        let end = i + word.len();
        if end > bytes.len() || !bytes[i..end].eq_ignore_ascii_case(word.as_bytes()) {
            return None;
        }
        i = end;
    }
    // A whole word: no letter right after ("likelihood" is not "likely").
    if bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80) {
        return None;
    }
    Some(i)
}

/// Whether a probability follows: optional space, `(`, then a digit, `~` or `<`/`>`.
fn number_follows(bytes: &[u8], mut i: usize) -> bool {
    while i < bytes.len() && bytes[i] == b' ' {
        i += 1;
    }
    if bytes.get(i) != Some(&b'(') {
        return false;
    }
    matches!(bytes.get(i + 1), Some(b) if b.is_ascii_digit() || matches!(b, b'~' | b'<' | b'>' | b'c'))
}

/// Byte classes for [`scan`]: ASCII letters and digits, and bytes of non-ASCII characters.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const NON_ASCII: u8 = 4;
const ALNUM: u8 = LETTER | DIGIT;
const WORDISH: u8 = ALNUM | NON_ASCII;

static CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        class[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c >= 0x80 {
            NON_ASCII
        } else {
            0
        };
        b += 1;
    }
    class
};

/// Every likelihood term and confidence phrase in `text`, longest match first, in order.
pub fn scan(text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    scan_into(text, &mut out);
    out
}

/// [`scan`], replacing the contents of `out`.
pub fn scan_into(text: &str, out: &mut Vec<Term>) {
    out.clear();
    let patterns = patterns();
    let bytes = text.as_bytes();
    let class = |i: usize| CLASS[usize::from(bytes[i])];
    let mut i = 0;
    while i < bytes.len() {
        // A word starts only at the first byte of a run of letters, digits and non-ASCII
        // characters, and only when that byte is an ASCII letter: skip to the next run.
        if class(i) & WORDISH == 0 {
            i += 1;
            continue;
        }
        let b = bytes[i];
        if class(i) != LETTER {
            i += 1;
            while i < bytes.len() && class(i) & WORDISH != 0 {
                i += 1;
            }
            continue;
        }
        let lower = b.to_ascii_lowercase();
        // A match of a pattern whose first word starts with an alphanumeric run of length `n`
        // leaves the same run in the text: only those patterns can match here.
        let mut run_end = i + 1;
        while run_end < bytes.len() && class(run_end) & ALNUM != 0 {
            run_end += 1;
        }
        let letter = usize::from(lower - b'a');
        let run = run_end - i;
        let candidates: &[Pattern] =
            if run <= MAX_RUN { &patterns.by_start[letter][run] } else { &patterns.long[letter] };
        let found = if candidates.is_empty() {
            None
        } else {
            let word = &bytes[i..run_end];
            candidates.iter().find_map(|p| {
                // The text's run is the pattern's leading run, or nothing matches: a cheap test
                // before matching the whole pattern.
                if !word.eq_ignore_ascii_case(&p.form.as_bytes()[..run.min(p.form.len())]) {
                    return None;
                }
                let end = match_at(bytes, i, p.form)?;
                if p.needs_number && !number_follows(bytes, end) {
                    return None;
                }
                Some((end, p))
            })
        };
        match found {
            // A match ends before a byte that is no letter, digit or non-ASCII character.
            Some((end, p)) => {
                out.push(Term { span: Span::new(i, end), form: p.form, kind: p.kind });
                i = end;
            }
            // No word starts inside the rest of the run.
            None => {
                i = run_end;
                while i < bytes.len() && class(i) & WORDISH != 0 {
                    i += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let found: Vec<String> =
            scan(text).iter().map(|t| format!("{}={}", t.span.slice(text), t.form)).collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn finds_terms_and_phrases() {
        check("It is very likely (80%) that", &["very likely=very likely"]);
        check("Unlikely, but Likely\nenough", &["Unlikely=unlikely", "Likely=likely"]);
        check("almost\n  certainly not", &["almost\n  certainly not=almost certainly not"]);
        check(
            "We assess with high confidence that it will probably fall",
            &["high confidence=high confidence", "probably=probably"],
        );
        check("the likelihood of unlikelyhood", &[]);
        check("certain groups remain", &[]);
        check("it is certain (100%)", &["certain=certain"]);
        check("a remote area; a remote chance", &["remote chance=remote chance"]);
        check("Probablyé ünlikely", &[]);
    }
}
