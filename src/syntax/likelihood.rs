//! Finding likelihood terms ("very likely", "almost certainly") and confidence phrases ("high
//! confidence") in prose, case-insensitively and across line breaks.
//!
//! A few fixed phrases hold a likelihood word without making an estimative judgement, and are
//! no terms (see [`NOT_ESTIMATIVE`]): "probable cause" is the legal and investigative
//! finding ("the probable cause of the crash", "police had probable cause"). "Probable" paired
//! with another class of evidence is a classification, not a chance: "confirmed and probable
//! cases" (a case definition), "proven and probable reserves" (a mining standard).

use crate::syntax::inline::{HIGH, ascii_letters};
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

/// The patterns whose first word starts with the same alphanumeric run, longest first.
struct RunGroup {
    run: &'static [u8],
    patterns: Vec<Pattern>,
}

/// Runs longer than this are looked up in [`Patterns::long`].
const MAX_RUN: usize = 24;

/// The patterns, longest first, grouped by their first (lowercase ASCII) letter and by the
/// length of the alphanumeric run their first word starts with: a pattern can only match
/// where the text's alphanumeric run from the word start has that length. Within a group,
/// patterns whose runs are the same (`remote chance`, `remote possibility`) share a
/// [`RunGroup`], so that a word is compared with each run once.
struct Patterns {
    by_start: [[Vec<RunGroup>; MAX_RUN + 1]; 26],
    /// Patterns whose first run is longer than [`MAX_RUN`], by first letter, longest first.
    long: [Vec<Pattern>; 26],
    /// For each second byte (ASCII lowercase) of a word, bit `n` is set when a pattern
    /// starting with the `n`th letter can have it there: a quick "no term here" for most words.
    second_bytes: [u32; 256],
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
        let mut patterns =
            Patterns { by_start: Default::default(), long: Default::default(), second_bytes: [0; 256] };
        for p in all {
            let first = p.form.as_bytes()[0];
            if first.is_ascii_lowercase() {
                let letter = usize::from(first - b'a');
                match p.form.as_bytes().get(1) {
                    // Any white space can follow a one-letter word.
                    None | Some(b' ') => {
                        patterns.second_bytes.iter_mut().for_each(|bits| *bits |= 1 << letter)
                    }
                    Some(&second) => {
                        patterns.second_bytes[usize::from(second.to_ascii_lowercase())] |= 1 << letter
                    }
                }
                let run = leading_run(p.form);
                if run <= MAX_RUN {
                    let groups = &mut patterns.by_start[letter][run];
                    let head = &p.form.as_bytes()[..run];
                    match groups.iter_mut().find(|g| g.run == head) {
                        Some(group) => group.patterns.push(p),
                        None => groups.push(RunGroup { run: head, patterns: vec![p] }),
                    }
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
    for (n, word) in form.as_bytes().split(|&b| b == b' ').enumerate() {
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
        if end > bytes.len() || !bytes[i..end].eq_ignore_ascii_case(word) {
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

/// Fixed phrases that start with a likelihood term but judge no likelihood: no term is read
/// from them. "Probable cause" is the legal standard and what an accident investigation
/// finds; "unlikely allies" and the like are a surprise, not a chance. Phrases a writer also
/// uses to estimate ("the likely candidate", "a probable successor") are not listed.
pub const NOT_ESTIMATIVE: &[&str] = &[
    "probable cause",
    "probable reserves",
    "probable ore",
    "unlikely allies",
    "unlikely ally",
    "unlikely alliance",
    "unlikely bedfellows",
];

/// Classes of evidence that "probable" is paired with in a case definition: "confirmed and
/// probable cases", "probable or suspected". ("Proven and probable reserves" is a phrase of
/// its own: "proven or probable involvement" is a judgement.)
const EVIDENCE_CLASSES: &[&str] = &["confirmed", "suspected", "possible", "laboratory-confirmed"];

/// Whether one of the [`NOT_ESTIMATIVE`] phrases starting with `form` stands at `at`, or the
/// term is "probable" as a class of evidence (`end` is where the term ends), or "likely"
/// names a polling sample.
fn not_estimative(bytes: &[u8], at: usize, end: usize, form: &str) -> bool {
    NOT_ESTIMATIVE.iter().any(|phrase| {
        phrase.strip_prefix(form).is_some_and(|rest| rest.starts_with(' '))
            && match_at(bytes, at, phrase).is_some()
    }) || form == "probable" && (class_before(bytes, at, end) || class_after(bytes, end))
        || matches!(form, "likely" | "unlikely") && likely_voters(bytes, at, end)
}

/// "Among likely voters", "a poll of likely voters": a sample, not a judgement; "it is likely
/// voters will stay home" is one.
fn likely_voters(bytes: &[u8], at: usize, end: usize) -> bool {
    let next = bytes[end..].split(u8::is_ascii_whitespace).find(|w| !w.is_empty());
    // (Also before punctuation: "among likely voters.")
    let voters = next.is_some_and(|w| {
        let end = w
            .iter()
            .rposition(|b| !matches!(b, b',' | b'.' | b';' | b':' | b')' | b'!' | b'?'))
            .map_or(0, |i| i + 1);
        one_of(&w[..end], &["voters", "voter"])
    });
    // "the likely voters' first choice" is the sample whatever comes before.
    if next.is_some_and(|w| one_of(w, &["voters'", "voters’"])) {
        return true;
    }
    let before = bytes[..at].rsplit(u8::is_ascii_whitespace).find(|w| !w.is_empty());
    let linked = before.is_some_and(|w| {
        one_of(
            w,
            &[
                "is",
                "was",
                "are",
                "were",
                "be",
                "been",
                "seems",
                "seemed",
                "remains",
                "remained",
                "appears",
                "appeared",
                "it",
                "looks",
                "looked",
                "considered",
                "deemed",
                "judged",
                "thought",
            ],
        )
    });
    voters && !linked
}

/// Whether "probable" at `at..end` is a class of evidence by what stands before it: another
/// class and "and" or "or" ("confirmed and probable"; a comma may end a clause: "an attack
/// probable, suspected plotters having escaped"), also with a count before the term ("1,204
/// confirmed and 312 probable"); or a count before it, with "were" or "are" between or not,
/// and a plural noun after it, after one word at most ("312 probable cases", "12 were
/// probable hits", "9 were probable military targets"; "Scenario 2 is probable by the
/// summer" is a judgement).
fn class_before(bytes: &[u8], at: usize, end: usize) -> bool {
    let mut words = bytes[..at].rsplit(u8::is_ascii_whitespace).filter(|w| !w.is_empty()).peekable();
    let linking = |w: &&[u8]| one_of(w, &["were", "are", "was", "is"]);
    let verb = words.next_if(linking).is_some();
    // A year is no count of cases: "A deal in 2025 was probable until talks collapsed".
    let year = |w: &[u8]| w.len() == 4 && (w.starts_with(b"19") || w.starts_with(b"20"));
    if words.next_if(|w| is_count(w) && !year(w)).is_some() {
        let plural = |w: &[u8]| {
            let w = match w {
                [rest @ .., b',' | b';' | b'.'] => rest,
                _ => w,
            };
            w.len() > 3 && w.ends_with(b"s") && w.iter().all(u8::is_ascii_lowercase)
        };
        let mut after = bytes[end..].split(u8::is_ascii_whitespace).filter(|w| !w.is_empty());
        let (first, second) = (after.next(), after.next());
        let function = |w: &[u8]| {
            one_of(
                w,
                &[
                    "until", "by", "in", "for", "with", "and", "or", "as", "at", "on", "to", "of", "if",
                    "when", "since", "after", "before", "unless", "but",
                ],
            )
        };
        if first.is_some_and(plural)
            || first.is_some_and(|w| w.iter().all(u8::is_ascii_lowercase) && !function(w))
                && second.is_some_and(plural)
        {
            return true;
        }
    } else if verb {
        return false;
    }
    joined_class(words.next(), words.next())
}

/// Whether "and" or "or" and a class of evidence follow `end`, with a count between them
/// ("probable and 1,204 confirmed"); after an aside in brackets only with that count ("312
/// were probable (12%) and 1,204 confirmed"; "probable (65%) or possible at worst" is a
/// judgement).
fn class_after(bytes: &[u8], end: usize) -> bool {
    let mut words = bytes[end..].split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()).peekable();
    let aside = words.next_if(|w| is_aside(w)).is_some();
    let joint = words.next();
    let counted = words.next_if(|w| is_count(w)).is_some();
    joined_class(joint, words.next()) && (counted || !aside)
}

/// Whether `word` is one of `list`, in any case.
fn one_of(word: &[u8], list: &[&str]) -> bool {
    list.iter().any(|v| word.eq_ignore_ascii_case(v.as_bytes()))
}

/// A count written in digits: "312", "1,204".
fn is_count(word: &[u8]) -> bool {
    word.first().is_some_and(u8::is_ascii_digit) && word.iter().all(|b| b.is_ascii_digit() || *b == b',')
}

/// A short aside in brackets, such as a share: "(12%)", "(12%),".
fn is_aside(word: &[u8]) -> bool {
    word.first() == Some(&b'(') && word.len() <= 12 && word.contains(&b')')
}

/// Whether `joint` is "and" or "or" and `word` a class of evidence (punctuation around it
/// aside: "(confirmed", "suspected,").
fn joined_class(joint: Option<&[u8]>, word: Option<&[u8]>) -> bool {
    let (Some(joint), Some(word)) = (joint, word) else { return false };
    let word = word.trim_ascii();
    let start = word.iter().position(u8::is_ascii_alphanumeric).unwrap_or(word.len());
    let end = word.iter().rposition(u8::is_ascii_alphanumeric).map_or(start, |e| e + 1);
    let word = &word[start..end.max(start)];
    one_of(joint, &["and", "or"]) && one_of(word, EVIDENCE_CLASSES)
}

/// Whether a probability follows: optional space, `(`, then a digit, `~` or `<`/`>`.
fn number_follows(bytes: &[u8], mut i: usize) -> bool {
    while i < bytes.len() && bytes[i] == b' ' {
        i += 1;
    }
    if bytes.get(i) != Some(&b'(') {
        return false;
    }
    // A percentage in the parentheses, maybe bounded or hedged: "(3%)", "(under 5%)", "(~3
    // per cent)"; not "(3,000 people live there)".
    let inside = &bytes[i + 1..];
    let close = inside.iter().take(40).position(|&b| b == b')').unwrap_or(0);
    let inside = &inside[..close];
    let Some(digit) = inside.iter().position(u8::is_ascii_digit) else { return false };
    let lead = inside[..digit].trim_ascii();
    const HEDGES: &[&str] = &[
        "~",
        "<",
        ">",
        "<=",
        ">=",
        "≤",
        "≥",
        "c.",
        "ca.",
        "under",
        "over",
        "about",
        "around",
        "roughly",
        "approximately",
        "approx.",
        "est.",
        "nearly",
        "almost",
        "some",
        "up to",
        "below",
        "above",
        "less than",
        "more than",
        "at least",
        "at most",
    ];
    let hedge = lead.is_empty() || HEDGES.iter().any(|w| lead.eq_ignore_ascii_case(w.as_bytes()));
    let rest = &inside[digit..];
    let percent = rest.contains(&b'%')
        || rest.windows(8).any(|w| w.eq_ignore_ascii_case(b"per cent"))
        || rest.windows(7).any(|w| w.eq_ignore_ascii_case(b"percent"));
    hedge && percent
}

/// Whether the word before `i` (maybe past one adverb) makes the word at `i` a predicate:
/// "dissolution is remote (3%)", "it remains very remote (3%)"; not "working remote (30%)" or
/// "in certain (20%) districts".
fn predicate_before(bytes: &[u8], i: usize) -> bool {
    // The word ending before `end` (past white space), and where it starts.
    let word_before = |end: usize| -> (&[u8], usize) {
        let mut e = end;
        while e > 0 && bytes[e - 1].is_ascii_whitespace() {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && bytes[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        (&bytes[s..e], s)
    };
    let is = |w: &[u8], list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l.as_bytes()));
    const COPULAS: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "remains",
        "remain",
        "remained",
        "seems",
        "seem",
        "seemed",
        "appears",
        "appear",
        "appeared",
        "looks",
        "look",
        "looked",
        "becomes",
        "become",
        "became",
        "deemed",
        "judged",
        "considered",
        "assessed",
        "as",
    ];
    const ADVERBS: &[&str] =
        &["now", "still", "also", "thus", "therefore", "very", "increasingly", "quite", "near"];
    // Verbs of judging, before an object ("we judge victory certain") or set off by commas ("is,
    // we judge, certain").
    const JUDGING: &[&str] =
        &["judge", "judges", "consider", "considers", "deem", "deems", "believe", "assess", "think"];
    // "near-certain": the word before the hyphen.
    let at = if i > 0 && bytes[i - 1] == b'-' { i - 1 } else { i };
    let (w, start) = word_before(at);
    let contracted = |w: &[u8], start: usize| {
        // "It's certain": the `s` of a contracted "is".
        let apostrophe = if bytes[..start].ends_with(b"'") {
            Some(start - 1)
        } else if bytes[..start].ends_with("\u{2019}".as_bytes()) {
            Some(start - 3)
        } else {
            None
        };
        w.eq_ignore_ascii_case(b"s")
            && apostrophe.is_some_and(|a| {
                is(word_before(a).0, &["it", "that", "this", "what", "which", "there", "he", "she"])
            })
    };
    // The verb of judging before a comma right before the term.
    let judged = {
        let before = bytes[..i].trim_ascii_end();
        before.ends_with(b",") && is(word_before(before.len() - 1).0, JUDGING)
    };
    if is(w, COPULAS) || contracted(w, start) || judged {
        return true;
    }
    let (w2, start2) = word_before(start);
    let (w3, _) = word_before(start2);
    let copula = |w: &[u8], start: usize| is(w, COPULAS) || contracted(w, start);
    // Past one adverb ("remains very remote"), "all but" ("all but certain"), or an object
    // after a verb of judging ("we consider victory certain").
    (is(w, ADVERBS) || w.len() > 4 && w.ends_with(b"ly")) && copula(w2, start2)
        || w.eq_ignore_ascii_case(b"but")
            && w2.eq_ignore_ascii_case(b"all")
            && copula(w3, word_before(start2).1)
        || is(w2, JUDGING) && !w.is_empty()
}

/// Every likelihood term and confidence phrase in `text`, longest match first, in order.
pub fn scan(text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    scan_into(text, &mut out);
    out
}

/// Of eight bytes, those (marked by their high bit) that are ASCII letters, and those that are
/// ASCII letters or bytes of non-ASCII characters.
#[inline]
fn classify(chunk: u64) -> (u64, u64) {
    let letter = ascii_letters(chunk);
    (letter, letter | (chunk & HIGH))
}

/// [`scan`], replacing the contents of `out`.
///
/// A term starts only where a run of letters, digits and non-ASCII characters starts with an
/// ASCII letter. Those starts are found eight bytes at a time (see [`classify`]; letters after
/// a digit are found too and ruled out one by one); only there is the text looked at byte by
/// byte.
pub fn scan_into(text: &str, out: &mut Vec<Term>) {
    out.clear();
    let patterns = patterns();
    let bytes = text.as_bytes();
    // The end of the last term found: no term starts inside one.
    let mut resume = 0;
    // The high bit of the first byte, set when the byte before the chunk is a word byte.
    let mut word_before = 0;
    let mut at = 0;
    while at < bytes.len() {
        let chunk = match bytes.get(at..at + 8) {
            Some(eight) => eight.try_into().unwrap_or_default(),
            None => {
                // Zero bytes after the end are no word bytes.
                let mut last = [0; 8];
                last[..bytes.len() - at].copy_from_slice(&bytes[at..]);
                last
            }
        };
        let (letter, wordish) = classify(u64::from_le_bytes(chunk));
        // Letters after no letter or non-ASCII byte: word starts, and letters after digits.
        let mut starts = letter & !((wordish << 8) | word_before);
        word_before = (wordish >> 56) & 0x80;
        while starts != 0 {
            let i = at + (starts.trailing_zeros() / 8) as usize;
            starts &= starts - 1;
            if i >= resume
                && patterns.may_start(bytes, i)
                && let Some(term) = term_at(patterns, bytes, i)
            {
                resume = term.span.end;
                out.push(term);
            }
        }
        at += 8;
    }
}

impl Patterns {
    /// Whether a pattern can start at `i`, an ASCII letter after no letter or non-ASCII
    /// character, judging by its first two bytes and the byte before it.
    #[inline]
    fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        let letter = bytes[i].to_ascii_lowercase() - b'a';
        let second = bytes.get(i + 1).map_or(0, u8::to_ascii_lowercase);
        self.second_bytes[usize::from(second)] & (1 << letter) != 0
            && !i.checked_sub(1).is_some_and(|before| bytes[before].is_ascii_digit())
    }
}

/// The term starting at `i`, at the start of a word whose first byte is an ASCII letter.
/// Kept out of line: few words get this far.
#[inline(never)]
fn term_at(patterns: &Patterns, bytes: &[u8], i: usize) -> Option<Term> {
    let letter = usize::from(bytes[i].to_ascii_lowercase() - b'a');
    // A match of a pattern whose first word starts with an alphanumeric run of length `n`
    // leaves the same run in the text: only those patterns can match here.
    let run = bytes[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let word = &bytes[i..i + run];
    let candidates: &[Pattern] = if run <= MAX_RUN {
        // The text's run is the patterns' leading run, or nothing matches: a cheap test
        // before matching whole patterns.
        let groups = &patterns.by_start[letter][run];
        &groups.iter().find(|g| word.eq_ignore_ascii_case(g.run))?.patterns
    } else {
        &patterns.long[letter]
    };
    candidates.iter().find_map(|p| {
        if run > MAX_RUN && !word.eq_ignore_ascii_case(&p.form.as_bytes()[..run.min(p.form.len())]) {
            return None;
        }
        let end = match_at(bytes, i, p.form)?;
        if (p.needs_number && !(number_follows(bytes, end) && predicate_before(bytes, i)))
            || not_estimative(bytes, i, end, p.form)
        {
            return None;
        }
        Some(Term { span: Span::new(i, end), form: p.form, kind: p.kind })
    })
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

    #[test]
    fn fixed_phrases_are_no_terms() {
        check("The probable cause of the crash was a missile, and an attack is likely.", &["likely=likely"]);
        check("Police had Probable\n cause; it is (probable cause)", &[]);
        check("the probable causes", &["probable=probable"]);
        check("a highly probable cause", &["highly probable=highly probable"]);
        check("they are unlikely allies, and unlikely bedfellows", &[]);
        check(
            "Proven or probable involvement; a probable reserve of 2,000 fighters",
            &["probable=probable", "probable=probable"],
        );
        check("proven and probable reserves of 9.7 million ounces", &[]);
        check("Confirmed and probable cholera cases; probable or suspected", &[]);
        check("Among likely voters the incumbent leads; a likely voter", &[]);
        check("The measure leads among likely voters. A poll of likely voters; of likely voters)", &[]);
        check("It is likely voters will stay home", &["likely=likely"]);
        check("Unlikely voters were polled too; it is unlikely voters care", &["unlikely=unlikely"]);
        check(
            "Scenario 2 is probable; a third wave in 2026 is probable (60%)",
            &["probable=probable", "probable=probable"],
        );
        check("A ceasefire is probable (65%) or possible at worst", &["probable=probable"]);
        check("We counted 312 probable cases", &[]);
        check("Of 40 strikes, 12 were probable hits; 9 were probable military targets", &[]);
        check("Course of action 2 is probable", &["probable=probable"]);
        check("A deal in 2025 was probable until talks collapsed", &["probable=probable"]);
        check("The party is likely voters' first choice", &[]);
        check("Of all cases, 312 were probable (12%) and 1,204 confirmed (88%)", &[]);
        check("312 probable and 1,204 confirmed mpox cases; 1,204 confirmed and 312 probable", &[]);
        check("It is probable (70%) and we judge it likely", &["probable=probable", "likely=likely"]);
        check("An attack is 80% probable; it was probable", &["probable=probable", "probable=probable"]);
        check("We judge an attack probable, suspected plotters having escaped", &["probable=probable"]);
        check(
            "probable reserves; a probable successor, and it is possible and likely",
            &["probable=probable", "likely=likely"],
        );
        check(
            "unconfirmed and probable; it is confirmed and highly probable",
            &["probable=probable", "highly probable=highly probable"],
        );
        check("an unlikely alliance is unlikely", &["unlikely=unlikely"]);
        check("probably cause", &["probably=probably"]);
    }
}
