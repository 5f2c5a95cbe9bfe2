//! The figure lexer: one pass over the bytes of the text, producing numbers, words and
//! single-character symbols with the whitespace before each.
//!
//! Bare URLs and e-mail addresses are dropped here (their digits are never figures).

use super::lexicon;
use crate::syntax::HIDDEN;
use crate::syntax::inline::{HIGH, ascii_letters};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A digit run with its grouping separators and decimal part: `20,000`, `4.5`, `.25`,
    /// `1.2.3` (see [`Tok::dots`]).
    Num,
    /// A run of letters (ASCII or any alphabetic character).
    Word,
    /// Any other single character (`%`, `$`, `–`, `.`…).
    Sym,
}

/// Whitespace between a token and the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Gap {
    /// The tokens touch.
    Glued,
    /// Spaces or tabs (or a dropped URL), with at most one line break: a paragraph's lines
    /// run on, as in Markdown (`between 20,000 and` / `23,000` is one range).
    Space,
    /// A blank line, or the start of the text.
    Break,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub gap: Gap,
    /// Numbers: digits before the first `.`.
    pub int_digits: u16,
    /// Numbers: digits after the first `.` (0 when there is none).
    pub frac_digits: u16,
    /// Numbers: how many `.` separate digit groups (2 or more: a version or an address).
    pub dots: u8,
    /// Numbers: thousands separators were read (`,` or a thin/no-break space).
    pub grouped: bool,
    /// Symbols: the character.
    pub ch: char,
}

impl Tok {
    fn new(start: usize, end: usize, kind: Kind, gap: Gap) -> Tok {
        Tok { start, end, kind, gap, int_digits: 0, frac_digits: 0, dots: 0, grouped: false, ch: '\0' }
    }

    /// A number written as a plain whole number: no decimals, no dotted groups, no thousands
    /// separators ("2026", "72", not "3.5", "1.2.3" or "1,200").
    pub(super) fn is_plain_whole(&self) -> bool {
        self.frac_digits == 0 && self.dots == 0 && !self.grouped
    }
}

/// The character starting at byte `i` (which must be a char boundary) and its length.
fn char_at(text: &str, i: usize) -> (char, usize) {
    crate::text::char_at(text, i).map_or(('\0', 1), |c| (c, c.len_utf8()))
}

/// A thin or no-break space used between digit groups ("20 000"), written as the character
/// or as an HTML entity (`20&nbsp;000`), and its length.
fn group_space(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i..i + 3) {
        Some([0xE2, 0x80, 0x89 | 0xAF]) => Some(3),
        _ => match b.get(i..i + 2) {
            Some([0xC2, 0xA0]) => Some(2),
            _ => entity_at(b, i)
                .filter(|&(c, _)| matches!(c, '\u{a0}' | '\u{2009}' | '\u{202f}'))
                .map(|(_, len)| len),
        },
    }
}

/// The HTML entities a figure can be written with (Markdown passes them to the output as the
/// characters they name): spaces, dashes, minus, currency and percent signs.
const ENTITIES: [(&str, char); 14] = [
    ("nbsp", '\u{a0}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("minus", '−'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("dollar", '$'),
    ("percnt", '%'),
    ("cent", '¢'),
    ("times", '×'),
];

/// The character an HTML entity at `i` names (`&ndash;`, `&#8211;`, `&#x2013;`) and the
/// entity's length, for the entities of [`ENTITIES`] and any numeric one.
pub(super) fn entity_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    if b.get(i) != Some(&b'&') {
        return None;
    }
    let end = i + 1 + b.get(i + 1..(i + 12).min(b.len()))?.iter().position(|&c| c == b';')?;
    let name = std::str::from_utf8(&b[i + 1..end]).ok()?;
    let c = match name.strip_prefix('#') {
        Some(hex) if hex.starts_with(['x', 'X']) => char::from_u32(u32::from_str_radix(&hex[1..], 16).ok()?)?,
        Some(dec) => char::from_u32(dec.parse().ok()?)?,
        None => ENTITIES.iter().find(|(n, _)| *n == name)?.1,
    };
    Some((c, end + 1 - i))
}

/// How many groups of three digits, each after a dot, start at `i` after a first group of
/// `first` digits, when they are two or more and nothing else follows them glued: the thousands
/// of "1.250.000" (two) and "3.400.000.000" (three). Not a version, section or serial number
/// ("1.250.3", "2.100.000.5", "020.123.456"), nor what may be an IPv4 address, whole, partial
/// or defanged ("192.168.100.200", "100.100.100", "192.168.100.x", "185.220.101[.]145"): groups
/// of at most 255 are thousands only when one after the first is `000` ("1.250.000").
fn dot_groups(b: &[u8], i: usize, first: u16) -> Option<u16> {
    let first_start = i - usize::from(first);
    if b[first_start] == b'0' {
        return None;
    }
    let value = |digits: &[u8]| digits.iter().fold(0u16, |v, d| v * 10 + u16::from(d - b'0'));
    let mut octets = value(&b[first_start..i]) <= 255;
    let mut zeros = false;
    let mut groups = 0u16;
    let mut at = i;
    while b.get(at) == Some(&b'.') && three_digits(b, at + 1) {
        let group = &b[at + 1..at + 4];
        octets &= value(group) <= 255;
        zeros |= group == b"000";
        groups += 1;
        at += 4;
    }
    let more = b.get(at) == Some(&b'.') && b.get(at + 1).is_some_and(u8::is_ascii_alphanumeric)
        || b.get(at) == Some(&b'[');
    ((2..=4).contains(&groups) && !more && (!octets || zeros)).then_some(groups)
}

/// Exactly three digits at `i`, not followed by a fourth.
fn three_digits(b: &[u8], i: usize) -> bool {
    b.len() >= i + 3
        && b[i..i + 3].iter().all(u8::is_ascii_digit)
        && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
}

/// The end of the Indian grouping of digits starting with the comma at `i`: groups of two,
/// then a last group of three ("12,34,567", "2,11,400": lakhs and crores), and how many
/// digits it holds.
fn indian_groups(b: &[u8], mut i: usize) -> Option<(usize, u16)> {
    let mut digits = 0;
    let mut pairs = 0;
    while b.get(i) == Some(&b',') {
        if three_digits(b, i + 1) {
            return (pairs > 0).then_some((i + 4, digits + 3));
        }
        let pair = b.get(i + 1..i + 3).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        if !pair || b.get(i + 3) != Some(&b',') {
            return None;
        }
        pairs += 1;
        digits += 2;
        i += 3;
    }
    None
}

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

/// Whether the symbol at `i` shows that the current cluster is a URL or an e-mail address:
/// `://`, or `@` between letters or digits.
fn link_marker(b: &[u8], i: usize, cluster_start: usize) -> bool {
    match b[i] {
        b':' => b.get(i + 1..i + 3) == Some(b"//"),
        b'@' => {
            let after = b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
            after && (i == cluster_start || b[i - 1].is_ascii_alphanumeric())
        }
        _ => false,
    }
}

/// The end of the whitespace-separated cluster containing `i`.
fn cluster_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Splits `text` into tokens.
#[cfg(test)]
pub(super) fn lex(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    lex_into(text, &mut toks);
    toks
}

/// Splits `text` into tokens, replacing the contents of `toks`.
#[cfg(test)]
pub(super) fn lex_into(text: &str, toks: &mut Vec<Tok>) {
    lex_with_candidates(text, toks, &mut Vec::new());
}

/// [`lex_grouped`] for a text alone.
#[cfg(test)]
pub(super) fn lex_with_candidates(text: &str, toks: &mut Vec<Tok>, candidates: &mut Vec<usize>) {
    lex_grouped(text, toks, candidates, Grouping::default());
}

/// How the report groups digits elsewhere, which the lexer reads its text by.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Grouping {
    /// With plain spaces: see [`space_groupings_in`].
    pub spaced: bool,
    /// With full stops, and a decimal comma: see [`dot_groupings_in`].
    pub dotted: bool,
}

/// Splits `text` into tokens, replacing the contents of `toks`, and lists in `candidates`
/// the tokens a figure can start at: every number, and every word whose first two letters
/// and length are those of a word a spelled-out number starts with (see `may_start`). The
/// parser visits only those. `grouping` says how the report groups digits elsewhere (see
/// [`space_groupings_in`] and [`dot_groupings_in`]), so that this text's are grouped so too.
pub(super) fn lex_grouped(text: &str, toks: &mut Vec<Tok>, candidates: &mut Vec<usize>, grouping: Grouping) {
    let spaced = grouping.spaced;
    let b = text.as_bytes();
    toks.clear();
    candidates.clear();
    let mut gap = Gap::Break;
    // Where the current whitespace-separated cluster started (byte, first token), so that a
    // URL or e-mail address found inside it can be dropped whole.
    let mut cluster = (0usize, 0usize);
    let mut cluster_gap = Gap::Break;
    let mut cluster_open = false;
    // Whether the text groups digits with plain spaces (see `groups_with_spaces`), once asked.
    let mut space_grouping = None;
    let mut space_run = SpaceRun::default();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // The common case first: a word starting with an ASCII letter. Letters are never link
        // markers; only a lowercase `w` opening a cluster may start `www.`.
        if c.is_ascii_alphabetic() && (cluster_open || c != b'w') {
            if !cluster_open {
                cluster_open = true;
                cluster = (i, toks.len());
                cluster_gap = gap;
            }
            let start = i;
            i = letters_end(b, i + 1);
            if i < b.len() && b[i] >= 0x80 {
                i = word_end(text, i);
            }
            if may_start(&b[start..i]) {
                candidates.push(toks.len());
            }
            toks.push(Tok::new(start, i, Kind::Word, gap));
            gap = Gap::Glued;
            continue;
        }
        if c.is_ascii_whitespace() {
            // A whole run at once (masked text is long runs of spaces): a blank line in it makes
            // a break, and so does the form feed that stands for inline code or math in the
            // prose mask (no figure reads across them); else it is a space.
            let mut line_breaks = usize::from(c == b'\n');
            let mut hidden = c == HIDDEN;
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                line_breaks += usize::from(b[i] == b'\n');
                hidden |= b[i] == HIDDEN;
                i += 1;
            }
            gap = if line_breaks > 1 || hidden { Gap::Break } else { gap.max(Gap::Space) };
            cluster_open = false;
            continue;
        }
        let entity = if c == b'&' { entity_at(b, i) } else { None };
        if c >= 0x80 || entity.is_some() {
            let (ch, len) = entity.unwrap_or_else(|| char_at(text, i));
            if ch.is_whitespace() {
                gap = gap.max(Gap::Space);
                cluster_open = false;
                i += len;
                continue;
            }
        }
        if !cluster_open {
            cluster_open = true;
            cluster = (i, toks.len());
            cluster_gap = gap;
        }
        let www = c == b'w'
            && i == cluster.0
            && b.get(i..i + 4).is_some_and(|w| w.eq_ignore_ascii_case(b"www."))
            && b.get(i + 4).is_some_and(u8::is_ascii_alphanumeric);
        if (c == b':' || c == b'@') && link_marker(b, i, cluster.0) || www {
            toks.truncate(cluster.1);
            while candidates.last().is_some_and(|&c| c >= cluster.1) {
                candidates.pop();
            }
            // The whitespace before the dropped cluster still separates what follows from what
            // came before it.
            gap = cluster_gap.max(Gap::Space);
            i = cluster_end(b, i);
            cluster_open = false;
            continue;
        }
        let prev_alnum = || i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.');
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit) && !prev_alnum())
        {
            // A number right after a label ("week 12 300 new cases") starts no grouping of its own.
            let after_label =
                || toks.last().is_some_and(|t: &Tok| t.kind == Kind::Word && is_label(&b[t.start..t.end]));
            let tok = lex_number(b, i, gap, grouping.dotted, &mut space_run, &mut || {
                !after_label() && (spaced || *space_grouping.get_or_insert_with(|| groups_with_spaces(b)))
            });
            i = tok.end;
            candidates.push(toks.len());
            toks.push(tok);
        } else if c.is_ascii_alphabetic() || (c >= 0x80 && is_letter(char_at(text, i).0)) {
            let start = i;
            i = word_end(text, i);
            if may_start(&b[start..i]) {
                candidates.push(toks.len());
            }
            toks.push(Tok::new(start, i, Kind::Word, gap));
        } else {
            let (ch, len) = match b[i..] {
                // pandoc's smart typography: `--` is an en dash, `---` an em dash.
                [b'-', b'-', b'-', ..] => ('—', 3),
                [b'-', b'-', ..] => ('–', 2),
                _ => entity.unwrap_or_else(|| char_at(text, i)),
            };
            let mut tok = Tok::new(i, i + len, Kind::Sym, gap);
            tok.ch = ch;
            toks.push(tok);
            i += len;
        }
        gap = Gap::Glued;
    }
}

/// The words a spelled-out number starts with: the number words below a hundred
/// ([`lexicon::NUMBER_WORDS`]), `a`, `an`, `hundred` and `half`, and the multiples in words
/// (`twice`, `double`, `triple`, `treble`, `quadruple`).
const START_WORDS: [&str; 9 + lexicon::NUMBER_WORDS.len()] = {
    let mut words = [""; 9 + lexicon::NUMBER_WORDS.len()];
    (words[0], words[1], words[2], words[3]) = ("a", "an", "hundred", "half");
    (words[4], words[5], words[6], words[7], words[8]) = ("twice", "double", "triple", "treble", "quadruple");
    let mut i = 0;
    while i < lexicon::NUMBER_WORDS.len() {
        words[9 + i] = lexicon::NUMBER_WORDS[i].0;
        i += 1;
    }
    words
};

/// Whether `word` (the bytes of a word token) can be one of [`START_WORDS`], judging by its
/// first two letters (any case) and its length. Two letters rule out the most common words
/// that one would let through ("the" beside "two" and "ten", "as" beside "an", "from" beside
/// "four").
pub(super) fn may_start(word: &[u8]) -> bool {
    let Some(&first) = word.first() else { return false };
    let second = if word.len() > 1 { word[1] } else { 0 };
    let lengths = START_LENGTHS[start_index(first, second)];
    word.len() < 16 && lengths >> word.len() & 1 == 1
}

/// Where the first two bytes of a word are looked up in [`START_LENGTHS`]: their low five
/// bits, which tell ASCII letters apart regardless of case (a one-letter word has a second
/// "byte" of 0). Another second byte may land on a letter's entry; the parser checks the word
/// itself anyway, and no word of [`START_WORDS`] is missed.
const fn start_index(first: u8, second: u8) -> usize {
    ((first & 31) as usize) << 5 | (second & 31) as usize
}

/// For the first two bytes of a word, the lengths (as bits) of the words of [`START_WORDS`]
/// that start with them.
static START_LENGTHS: [u16; 1024] = {
    let mut t = [0u16; 1024];
    let mut i = 0;
    while i < START_WORDS.len() {
        let w = START_WORDS[i].as_bytes();
        let second = if w.len() > 1 { w[1] } else { 0 };
        t[start_index(w[0], second)] |= 1 << w.len();
        i += 1;
    }
    t
};

/// The end of the run of letters (ASCII or any alphabetic character) starting at `i`.
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        if b[i].is_ascii_alphabetic() {
            i += 1;
        } else if b[i] >= 0x80 {
            let (ch, len) = char_at(text, i);
            if !is_letter(ch) {
                break;
            }
            i += len;
        } else {
            break;
        }
    }
    i
}

/// The end of the run of ASCII letters starting at `i`, read eight bytes at a time.
fn letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let letters = ascii_letters(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        if letters != HIGH {
            return i + ((!letters & HIGH).trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// How the run of groups of three digits after plain spaces at `i` (` 500 000`) reads: as
/// groups of one number when one of them starts with 0 (no number is written `012`), or when
/// the run holds two to four groups after one or two digits, or one group before a magnitude
/// word, or `grouping_text` (the text groups digits so elsewhere); and in each case the run is
/// not followed by a hyphen or a letter ("12 155-mm guns" and "18 155mm guns" are two numbers).
fn space_groups_at(
    b: &[u8],
    mut i: usize,
    run: &mut SpaceRun,
    grouping_text: &mut dyn FnMut() -> bool,
) -> bool {
    let start = i;
    if run.start <= i && i < run.end && (i - run.start) % 4 == 0 {
        // Within a run already walked, which holds no group starting with 0: from its end on.
        // ("202 202 202 …" is asked again at every number: walking it each time is quadratic.)
        i = run.end;
    } else {
        while b.get(i) == Some(&b' ') && three_digits(b, i + 1) {
            if b[i + 1] == b'0' {
                // (Not before a last group of four digits: a phone number's, "800 008 5400".)
                let mut j = i + 4;
                while b.get(j) == Some(&b' ') && three_digits(b, j + 1) {
                    j += 4;
                }
                let four = b.get(j) == Some(&b' ')
                    && b.get(j + 1..j + 5).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                    && !b.get(j + 5).is_some_and(u8::is_ascii_digit);
                return !four;
            }
            i += 4;
        }
        *run = SpaceRun { start, end: i };
    }
    // A calibre after a count: "12 155 mm howitzers".
    let calibre = i == start + 4
        && b.get(i..i + 3) == Some(b" mm")
        && !b.get(i + 3).is_some_and(u8::is_ascii_alphabetic);
    // Two to four groups after one or two digits are thousands by themselves ("1 234 567
    // people"; "202 202 202" may list three numbers), and so is one group before a magnitude
    // ("29 317 million euros"): no other reading writes them so.
    let lead = b[..start].iter().rev().take_while(|d| d.is_ascii_digit()).count();
    // (Also one group after a currency's sign or letter glued to the first digits, as South
    // Africa's press writes the rand: "R21 500 a month", "$12 500".)
    let signed = i == start + 4
        && (2..=3).contains(&lead)
        && start - lead >= 1
        && matches!(b[start - lead - 1], b'R' | b'K' | b'P' | b'$')
        && !(start - lead >= 2 && b[start - lead - 2].is_ascii_alphanumeric());
    // (A magnitude may follow a decimal comma, as French writes it: "2 618,4 milliards".)
    let decimals = decimal_comma_at(b, i);
    // (Or after a currency's code apart, as Djibouti's and Francophone Africa's press write
    // sums: "FDJ 1 150 per head", "DJF 2 300", "XOF 12 500".)
    let coded = (1..=3).contains(&lead) && start - lead >= 2 && b[start - lead - 1] == b' ' && {
        let end = start - lead - 1;
        let letters = b[..end].iter().rev().take_while(|c| c.is_ascii_uppercase()).count();
        (3..=4).contains(&letters)
            && !b[..end - letters].last().is_some_and(u8::is_ascii_alphanumeric)
            && std::str::from_utf8(&b[end - letters..end]).is_ok_and(|w| lexicon::currency_code(w).is_some())
    };
    let evident = (start + 8..=start + 16).contains(&i) && (1..=2).contains(&lead)
        || coded
        || i == start + 4 && magnitude_word_at(b, i + decimals)
        || signed;
    // (A hyphen before a second number grouped so joins a range: "3 500-3 600 MHz".)
    let grouped_range = b.get(i) == Some(&b'-') && {
        let d = b.get(i + 1..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
        (1..=3).contains(&d) && b.get(i + 1 + d) == Some(&b' ') && three_digits(b, i + 2 + d)
    };
    // (And the second end of such a range: the "3 600" of "3 500-3 600 MHz".)
    let first_digit = start - lead;
    let second_end = first_digit >= 6
        && b[first_digit - 1] == b'-'
        && b[first_digit - 4..first_digit - 1].iter().all(u8::is_ascii_digit)
        && b[first_digit - 5] == b' '
        && b[first_digit - 6].is_ascii_digit();
    (!b.get(i).is_some_and(|&c| c == b'-' || c.is_ascii_alphabetic()) || grouped_range)
        && !calibre
        && (evident || grouped_range || second_end || grouping_text())
}

/// How many bytes a decimal comma and its one or two digits take at `i` (`,4` of "2 618,4"),
/// or 0.
fn decimal_comma_at(b: &[u8], i: usize) -> usize {
    let digits = b.get(i + 1..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    if b.get(i) == Some(&b',') && (1..=2).contains(&digits) { 1 + digits } else { 0 }
}

/// Whether a magnitude written apart ([`lexicon::magnitude_spaced`]) starts at `i`: "million",
/// "bn", "thousand", "millones".
fn magnitude_at(b: &[u8], i: usize) -> bool {
    let end = b[i..].iter().position(|c| !(c.is_ascii_alphabetic() || *c >= 0x80)).map_or(b.len(), |n| i + n);
    std::str::from_utf8(&b[i..end]).is_ok_and(|word| lexicon::magnitude_spaced(word).is_some())
}

/// Whether a word that continental Europe writes after an amount follows at `i`, one space
/// on: a magnitude's abbreviation (`mio.`, `mia.`, `mrd.`, `mln`, `tys.`) or a currency written
/// so (`kr.`, `kr`, `zł`, `Kč`, `Ft`, `lei`): "1.350 mio. kr." is 1,350 million, "250.000 kr."
/// 250,000, which no English number writes with three decimals.
fn continental_after(b: &[u8], i: usize) -> bool {
    if b.get(i) != Some(&b' ') {
        return false;
    }
    let rest = &b[i + 1..];
    let words: [&[u8]; 12] = [
        b"mio.",
        b"mia.",
        b"mrd.",
        b"Mio.",
        b"Mrd.",
        b"mln",
        b"tys.",
        b"kr.",
        b"kr",
        "zł".as_bytes(),
        "Kč".as_bytes(),
        b"Ft",
    ];
    words.iter().any(|w| {
        rest.starts_with(w)
            && (w.ends_with(b".")
                || !rest.get(w.len()).is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80))
    })
}

/// Whether ` million`, ` billion` or ` trillion` (a whole word, also plural, or French
/// ` milliard`) starts at `i`.
fn magnitude_word_at(b: &[u8], i: usize) -> bool {
    let words = [
        &b" million"[..],
        b" billion",
        b" trillion",
        b" millions",
        b" billions",
        b" milliard",
        b" milliards",
    ];
    words.iter().any(|w| {
        b.get(i..i + w.len()).is_some_and(|s| s.eq_ignore_ascii_case(w))
            && !b.get(i + w.len()).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// Whether the number at `start` follows, after one space, a number with a leading zero (or a
/// lone zero): the groups of a phone number ("0202 555 019", "0 800 555 019"), which no plain
/// space joins into thousands.
fn after_leading_zero(b: &[u8], start: usize) -> bool {
    let Some(before) = start.checked_sub(1).filter(|&p| b[p] == b' ') else { return false };
    let digits = b[..before].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    digits >= 1
        && b[before - digits] == b'0'
        && (digits >= 2 || !b[..before - 1].last().is_some_and(|&c| c == b'.' || c == b','))
}

/// A run of groups of three digits after plain spaces, walked from `start` to `end`, in which
/// no group starts with 0.
#[derive(Clone, Copy, Default)]
struct SpaceRun {
    start: usize,
    end: usize,
}

/// Whether `word` is a label after which a number is a reference ("week", "block", "Article"):
/// see `lexicon::label`.
fn is_label(word: &[u8]) -> bool {
    let lower = lexicon::Lower::new(std::str::from_utf8(word).unwrap_or(""));
    let lower = lower.as_str();
    matches!(lower, "week" | "weeks" | "day" | "days" | "block" | "blocks") || lexicon::label(lower).is_some()
}

/// Whether `b` writes a number with plain spaces between groups of digits, one group starting
/// with 0 after a first group of one to three digits ("20 000", "1 500 000").
fn groups_with_spaces(b: &[u8]) -> bool {
    memchr::memmem::find_iter(b, b" 0").any(|p| space_group_at(b, p).is_some())
}

/// The first digit of a number grouped with a plain space before the group starting with 0 at
/// the space `p` (see [`groups_with_spaces`]), if there is one.
fn space_group_at(b: &[u8], p: usize) -> Option<usize> {
    let digits = b[..p].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    ((1..=3).contains(&digits)
        && three_digits(b, p + 1)
        && !b[..p - digits].last().is_some_and(|&c| c == b'.' || c == b','))
    .then(|| p - digits)
}

/// The most spaces between a table's bar and a number alone in its cell for
/// [`dot_groupings_in`] to read it so (`syntax::splice` scans that far around an edit again).
pub(crate) const CELL_PADDING: usize = 64;

/// Where `text` writes numbers in the European way, thousands grouped with full stops and
/// decimals after a comma, from byte `from` up to `to` (the first digit of each): two groups or
/// more after full stops ("1.250.000", as [`dot_groups`] reads them), or a decimal comma before
/// a percent sign ("9,6%", "3,5 %", "%71,0") or alone in a table's cell (`| 6,79 |`). A report that
/// writes one so writes "22.600" for 22,600.
pub(crate) fn dot_groupings_in(text: &str, from: usize, to: usize, mut found: impl FnMut(usize)) {
    let b = text.as_bytes();
    let to = to.min(b.len());
    let from = from.min(to);
    let start_of = |p: usize, max: usize| {
        let digits = b[..p].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let start = p - digits;
        ((1..=max).contains(&digits) && !start.checked_sub(1).is_some_and(|k| matches!(b[k], b'.' | b',')))
            .then_some(start)
    };
    // (A number starts at most three digits before its first full stop or its comma.)
    let scan_to = (to + 3).min(b.len());
    for p in memchr::memchr_iter(b'.', &b[from..scan_to]).map(|p| from + p) {
        if let Some(start) = start_of(p, 3)
            && (from..to).contains(&start)
            && dot_groups(b, p, (p - start) as u16).is_some()
        {
            found(start);
        }
    }
    for p in memchr::memchr_iter(b',', &b[from..scan_to]).map(|p| from + p) {
        let decimals = b[p + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        // (Before a percent sign or a euro sign, maybe after a space or a range's second end:
        // "9,6%", "3,5 %", "7,5-9 %", "3,61 €/kg".)
        let mut at = p + 1 + decimals;
        if b.get(at) == Some(&b'-') && b.get(at + 1).is_some_and(u8::is_ascii_digit) {
            at += 1 + b[at + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        }
        if b.get(at) == Some(&b' ') {
            at += 1;
        }
        // (Or after one, as Turkish writes it: "%71,0".)
        let digits_before = b[..p].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let percent = b.get(at) == Some(&b'%')
            || b.get(at..at + 3) == Some("€".as_bytes())
            || (p - digits_before).checked_sub(1).is_some_and(|k| b[k] == b'%');
        // (Or alone in a table's cell, maybe as a range: `| 6,79 |`, `| 8,90–9,50 |`, which no
        // English number writes.)
        let mut end = p + 1 + decimals;
        if b.get(end..end + 3) == Some("–".as_bytes()) || b.get(end) == Some(&b'-') {
            let dash = if b[end] == b'-' { 1 } else { 3 };
            let digits = b[end + dash..].iter().take_while(|c| c.is_ascii_digit()).count();
            let more = b.get(end + dash + digits) == Some(&b',')
                && b[end + dash + digits + 1..].iter().take_while(|c| c.is_ascii_digit()).count() == decimals;
            if (1..=3).contains(&digits) && more {
                end += dash + digits + 1 + decimals;
            }
        }
        // (Up to `CELL_PADDING` spaces from the bar: an edit's re-scan reaches that far.)
        let cell = |from: usize, forward: bool| {
            let mut k = from;
            for _ in 0..=CELL_PADDING {
                let c = if forward { b.get(k) } else { k.checked_sub(1).and_then(|j| b.get(j)) };
                match c {
                    Some(b' ') => {
                        if forward {
                            k += 1
                        } else {
                            k -= 1
                        }
                    }
                    Some(b'|') => return true,
                    _ => return false,
                }
            }
            false
        };
        let alone = (1..=2).contains(&decimals) && cell(end, true) && cell(p - digits_before, false);
        if (1..=2).contains(&decimals)
            && (percent || alone)
            && let Some(start) = start_of(p, 3)
            && (from..to).contains(&start)
        {
            found(start);
        }
    }
}

/// Where `text` writes numbers grouped with plain spaces, as [`groups_with_spaces`] finds them,
/// from byte `from` up to `to` (the first digit of each such number): a report that writes one
/// so groups its other numbers so too ("5 870 tenge" in a report that writes "20 000").
pub(crate) fn space_groupings_in(text: &str, from: usize, to: usize, mut found: impl FnMut(usize)) {
    let b = text.as_bytes();
    let to = to.min(b.len());
    // (A number starts at most three digits before its space.)
    let scan_from = from.min(to);
    let scan_to = (to + 4).min(b.len());
    for p in memchr::memmem::find_iter(&b[scan_from..scan_to], b" 0") {
        if let Some(start) = space_group_at(b, scan_from + p)
            && (from..to).contains(&start)
        {
            found(start);
        }
    }
}

/// Reads a number starting at `start` (a digit, or a `.` before a digit).
fn lex_number(
    b: &[u8],
    start: usize,
    gap: Gap,
    dotted: bool,
    space_run: &mut SpaceRun,
    grouping_text: &mut dyn FnMut() -> bool,
) -> Tok {
    let mut i = start;
    let mut int_digits: u16 = 0;
    let mut frac_digits: u16 = 0;
    let mut dots: u8 = 0;
    let mut grouped = false;
    let mut first_group: u16 = 0;
    let mut comma = false;
    let mut spaced = false;
    let mut plain_spaced = false;
    while i < b.len() && b[i].is_ascii_digit() {
        int_digits = int_digits.saturating_add(1);
        i += 1;
    }
    first_group = first_group.max(int_digits);
    loop {
        if dots == 0 && first_group <= 3 && first_group > 0 {
            // Lakhs and crores: "2,11,400".
            if !grouped
                && first_group <= 2
                && let Some((end, digits)) = indian_groups(b, i)
            {
                grouped = true;
                comma = true;
                int_digits = int_digits.saturating_add(digits);
                i = end;
                continue;
            }
            // (Not after a lone zero, which opens no group of thousands: "0,002%" is a decimal.)
            if b.get(i) == Some(&b',')
                && !spaced
                && !(int_digits == 1 && b[start] == b'0')
                && three_digits(b, i + 1)
            {
                grouped = true;
                comma = true;
                int_digits = int_digits.saturating_add(3);
                i += 4;
                continue;
            }
            // Swiss usage groups with an apostrophe: "1'250'000", "CHF 48’600’000".
            let apostrophe = match b.get(i..i + 3) {
                Some([b'\'', ..]) => 1,
                Some([0xE2, 0x80, 0x99]) => 3,
                _ => 0,
            };
            if apostrophe > 0 && !spaced && !comma && three_digits(b, i + apostrophe) {
                grouped = true;
                int_digits = int_digits.saturating_add(3);
                i += apostrophe + 3;
                continue;
            }
            // A plain space groups digits when the text shows it does ("20 000", "1 500 000"):
            // in English prose, "12 155-mm guns" is two numbers; no number starts with a lone
            // zero or a leading zero ("0 800 555 019", "01 750 000" are phone numbers).
            if b.get(i) == Some(&b' ')
                && !comma
                && b[start] != b'0'
                && three_digits(b, i + 1)
                && (plain_spaced || space_groups_at(b, i, space_run, grouping_text))
                && !after_leading_zero(b, start)
            {
                grouped = true;
                spaced = true;
                plain_spaced = true;
                int_digits = int_digits.saturating_add(3);
                i += 4;
                continue;
            }
            if let Some(len) = group_space(b, i)
                && !comma
                && three_digits(b, i + len)
            {
                grouped = true;
                spaced = true;
                int_digits = int_digits.saturating_add(3);
                i += len + 3;
                continue;
            }
            // Groups after spaces, then a decimal comma: "1 234,5 km", "2 618,4 milliards".
            let decimals = decimal_comma_at(b, i);
            if spaced && decimals > 0 && !b.get(i + decimals).is_some_and(u8::is_ascii_alphanumeric) {
                frac_digits = (decimals - 1) as u16;
                i += decimals;
                break;
            }
        }
        // Thousands grouped with dots, as European usage writes them: "1.250.000"; or one
        // group after a full stop, in a report that groups thousands so: "22.600", "1.100" (not
        // a version's or an address's parts, "1.100.3", "2.101a").
        // (Also without that evidence when a decimal comma follows the group, which no English
        // number writes: "Rp 1.444,70", "€ 1.250,50".)
        let comma_decimals = |at: usize| {
            let digits =
                b.get(at + 1..).map_or(0, |rest| rest.iter().take_while(|d| d.is_ascii_digit()).count());
            b.get(at) == Some(&b',') && (1..=2).contains(&digits)
        };
        // (The full stop and its three digits first: most numbers have none, and the evidence
        // after them is read only then.)
        let one_group = || {
            b.get(i) == Some(&b'.')
                && three_digits(b, i + 1)
                && b[start] != b'0'
                && !(b.get(i + 4) == Some(&b'.') && b.get(i + 5).is_some_and(u8::is_ascii_alphanumeric))
                && !b.get(i + 4).is_some_and(u8::is_ascii_alphabetic)
                && (dotted
                    || comma_decimals(i + 4)
                    || continental_after(b, i + 4)
                    // (Or three zeros before a word, which no decimal writes: "620.000 gallons",
                    // "2.000 m³"; "4.800 km" stays a decimal; not before a magnitude, which
                    // reads the dot itself: "$2.000 million" may be written for two million,
                    // and "2.000 millones" is read as thousands there.)
                    || b.get(i + 1..i + 4) == Some(b"000")
                        && b.get(i + 4) == Some(&b' ')
                        && b.get(i + 5).is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)
                        && !magnitude_at(b, i + 5))
        };
        if dots == 0
            && !grouped
            && (1..=3).contains(&first_group)
            && let Some(groups) = dot_groups(b, i, first_group).or_else(|| one_group().then_some(1))
        {
            grouped = true;
            int_digits = int_digits.saturating_add(3 * groups);
            i += 4 * usize::from(groups);
            // Then a decimal comma: "1.250.000,50".
            if comma_decimals(i) {
                let decimals = b[i + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
                frac_digits = decimals as u16;
                i += 1 + decimals;
            }
            break;
        }
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            dots = dots.saturating_add(1);
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                if dots == 1 {
                    frac_digits = frac_digits.saturating_add(1);
                }
                i += 1;
            }
            continue;
        }
        break;
    }
    let mut tok = Tok::new(start, i, Kind::Num, gap);
    tok.int_digits = int_digits;
    tok.frac_digits = frac_digits;
    tok.dots = dots;
    tok.grouped = grouped;
    tok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        lex(text).iter().map(|t| (t.kind, &text[t.start..t.end])).collect()
    }

    #[test]
    fn numbers_words_symbols() {
        assert_eq!(
            kinds("about 20,000 fighters (4.5%)"),
            vec![
                (Kind::Word, "about"),
                (Kind::Num, "20,000"),
                (Kind::Word, "fighters"),
                (Kind::Sym, "("),
                (Kind::Num, "4.5"),
                (Kind::Sym, "%"),
                (Kind::Sym, ")"),
            ]
        );
    }

    #[test]
    fn grouping_needs_three_digits() {
        assert_eq!(kinds("22,24"), vec![(Kind::Num, "22"), (Kind::Sym, ","), (Kind::Num, "24")]);
        assert_eq!(kinds("1,234,567.8"), vec![(Kind::Num, "1,234,567.8")]);
        assert_eq!(kinds("40\u{202f}000"), vec![(Kind::Num, "40\u{202f}000")]);
        assert_eq!(kinds("40  000"), vec![(Kind::Num, "40"), (Kind::Num, "000")]);
        assert_eq!(kinds("1'250'000"), vec![(Kind::Num, "1'250'000")]);
        assert_eq!(kinds("48’600"), vec![(Kind::Num, "48’600")]);
        assert_eq!(kinds("5'11"), vec![(Kind::Num, "5"), (Kind::Sym, "'"), (Kind::Num, "11")]);
    }

    /// A decimal comma after groups joined by spaces is the number's: "1 234,5", "2 618,4
    /// milliards" (the magnitude shows the grouping); three digits after it are no decimals.
    #[test]
    fn decimal_comma_after_spaced_groups() {
        assert_eq!(kinds("2 618,4 milliards")[0], (Kind::Num, "2 618,4"));
        assert_eq!(kinds("1\u{202f}234,56 km")[0], (Kind::Num, "1\u{202f}234,56"));
        assert_eq!(kinds("1\u{202f}234,567")[0], (Kind::Num, "1\u{202f}234"));
        assert_eq!(kinds("2 618,4 tonnes")[0], (Kind::Num, "2"));
    }

    /// A long run of groups is walked once, and still read group by group: a group starting
    /// with 0 at its end groups it all; without one, each number stands alone.
    #[test]
    fn long_runs_of_groups_read_as_short_ones() {
        let run = "202 ".repeat(2_000);
        let grouped = format!("1 {run}020");
        assert_eq!(kinds(&grouped), vec![(Kind::Num, grouped.as_str())]);
        let apart = format!("{run}x");
        assert_eq!(kinds(&apart).len(), 2_001);
        assert!(kinds(&apart)[..2_000].iter().all(|&(k, s)| k == Kind::Num && s == "202"));
    }

    /// A plain space groups digits where a group starts with 0, and elsewhere in a text that
    /// groups digits so, unless a hyphen or a letter follows the group.
    #[test]
    fn plain_spaces_group_digits_where_the_text_shows_it() {
        assert_eq!(kinds("40 000"), vec![(Kind::Num, "40 000")]);
        assert_eq!(kinds("1 500 000"), vec![(Kind::Num, "1 500 000")]);
        assert_eq!(kinds("13 289"), vec![(Kind::Num, "13"), (Kind::Num, "289")]);
        // Two groups, or one before a magnitude, show it by themselves.
        assert_eq!(kinds("1 234 567"), vec![(Kind::Num, "1 234 567")]);
        assert_eq!(kinds("29 317 million"), vec![(Kind::Num, "29 317"), (Kind::Word, "million")]);
        assert_eq!(
            kinds("13 289 millionaires"),
            vec![(Kind::Num, "13"), (Kind::Num, "289"), (Kind::Word, "millionaires")]
        );
        assert_eq!(
            kinds("1 234 567-mm"),
            vec![
                (Kind::Num, "1"),
                (Kind::Num, "234"),
                (Kind::Num, "567"),
                (Kind::Sym, "-"),
                (Kind::Word, "mm")
            ]
        );
        assert_eq!(
            kinds("13 289 or 20 000"),
            vec![(Kind::Num, "13 289"), (Kind::Word, "or"), (Kind::Num, "20 000")]
        );
        assert_eq!(
            kinds("20 000 or 12 155-mm"),
            vec![
                (Kind::Num, "20 000"),
                (Kind::Word, "or"),
                (Kind::Num, "12"),
                (Kind::Num, "155"),
                (Kind::Sym, "-"),
                (Kind::Word, "mm")
            ]
        );
        assert_eq!(kinds("2020 000"), vec![(Kind::Num, "2020"), (Kind::Num, "000")]);
        assert_eq!(kinds("1.5 000"), vec![(Kind::Num, "1.5"), (Kind::Num, "000")]);
    }

    #[test]
    fn links_are_dropped() {
        assert_eq!(kinds("see https://x.org/2025 now"), vec![(Kind::Word, "see"), (Kind::Word, "now")]);
        assert_eq!(kinds("mail a1@b2.com"), vec![(Kind::Word, "mail")]);
    }

    #[test]
    fn letter_runs_end_at_the_first_other_byte() {
        for text in [
            "a",
            "abcdefgh",
            "abcdefghi",
            "abcdefgh1",
            "Zebra@x",
            "az[AZ",
            "ab`cd",
            "abc{",
            "wordé",
            "x\u{80}",
        ] {
            let b = text.as_bytes();
            let want = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            assert_eq!(letters_end(b, 0), want, "{text:?}");
        }
        // Every byte value after seven letters.
        for c in 0..=255u8 {
            let mut b = b"abcdefg".to_vec();
            b.push(c);
            b.extend_from_slice(b"xyz");
            let want = if c.is_ascii_alphabetic() { 11 } else { 7 };
            assert_eq!(letters_end(&b, 0), want, "byte {c:#x}");
        }
    }

    #[test]
    fn dotted_numbers() {
        let toks = lex("1.2.3 and .25");
        assert_eq!(toks[0].dots, 2);
        assert_eq!(toks[2].int_digits, 0);
        assert_eq!(toks[2].frac_digits, 2);
    }

    #[test]
    fn thousands_grouped_with_dots() {
        fn num(text: &str) -> (&str, u16, u16, u8, bool) {
            let t = lex(text)[0];
            (&text[t.start..t.end], t.int_digits, t.frac_digits, t.dots, t.grouped)
        }
        assert_eq!(num("1.250.000 personas"), ("1.250.000", 7, 0, 0, true));
        assert_eq!(num("3.400.000.000 euros"), ("3.400.000.000", 10, 0, 0, true));
        assert_eq!(num("1.250.000,50 EUR"), ("1.250.000,50", 7, 2, 0, true));
        // One dot is a decimal point; other shapes are versions, sections and addresses.
        assert_eq!(num("253.800 ha"), ("253.800", 3, 3, 1, false));
        // (Unless its three digits are zeros before a word, which no decimal writes.)
        assert_eq!(num("253.000 ha"), ("253.000", 6, 0, 0, true));
        assert_eq!(num("253.000"), ("253.000", 3, 3, 1, false));
        // (Nor before a magnitude, which reads the dot itself.)
        assert_eq!(num("2.000 million"), ("2.000", 1, 3, 1, false));
        assert_eq!(num("1.250.3"), ("1.250.3", 1, 3, 2, false));
        assert_eq!(num("2.100.000.5"), ("2.100.000.5", 1, 3, 3, false));
        assert_eq!(num("192.168.100.200"), ("192.168.100.200", 3, 3, 3, false));
        assert_eq!(num("1.200.000.000 doses"), ("1.200.000.000", 10, 0, 0, true));
        for text in ["100.100.100", "192.168.100.x", "185.220.101[.]145", "020.123.456", "0.000.123"] {
            assert!(!lex(text)[0].grouped, "{text}");
        }
        assert_eq!(num("1.250,000"), ("1.250", 1, 3, 1, false));
        // One group and a decimal comma is European without other evidence.
        assert_eq!(num("1.444,70 per kWh"), ("1.444,70", 4, 2, 0, true));
        assert_eq!(num("1.444,7"), ("1.444,7", 4, 1, 0, true));
        assert_eq!(num("0.444,70"), ("0.444", 1, 3, 1, false));
    }
}
