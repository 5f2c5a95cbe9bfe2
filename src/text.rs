//! Byte spans and line indexing.
//!
//! Everything inside attest speaks byte offsets into the document text. Lines and columns are
//! computed only at the edges (terminal output, JSON, the language server) with [`LineIndex`].

use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Which file a span points into: the report itself, or one of its bibliography files (in
/// the order the report's `bibliography:` lists them, from 1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct FileId(pub u32);

impl FileId {
    pub const REPORT: FileId = FileId(0);
}

/// A half-open byte range `start..end` into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// An empty span at `offset`.
    pub const fn at(offset: usize) -> Span {
        Span { start: offset, end: offset }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `offset` lies inside the span (`start <= offset < end`).
    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn covers(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn intersects(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved right by `delta` bytes.
    pub const fn shift(self, delta: usize) -> Span {
        Span { start: self.start + delta, end: self.end + delta }
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The text under the span, or `""` when it does not fall on character boundaries.
    #[inline]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The index range of the items of a list sorted by `start` whose start lies inside `span`.
pub fn starting_in<T>(items: &[T], start: impl Fn(&T) -> usize, span: Span) -> std::ops::Range<usize> {
    let lo = items.partition_point(|x| start(x) < span.start);
    lo..lo + items[lo..].partition_point(|x| start(x) < span.end)
}

/// A 1-based line and column. The column counts Unicode scalar values (characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Replaces `offsets[range]` with `new` and moves the offsets after them by `delta`: how a
/// sorted list of offsets into a text follows an edit of that text.
pub fn splice_offsets(
    offsets: &mut Vec<usize>,
    range: std::ops::Range<usize>,
    new: impl IntoIterator<Item = usize>,
    delta: isize,
) {
    let tail = offsets.len() - range.end;
    offsets.splice(range, new);
    let from = offsets.len() - tail;
    for offset in &mut offsets[from..] {
        *offset = offset.wrapping_add_signed(delta);
    }
}

/// Line starts of a text, for converting byte offsets to lines and columns.
///
/// Lines end at `\n`; a `\r` before it belongs to the line ending.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
    /// Characters before every multiple of [`CHUNK`] bytes, made on the first column asked for
    /// far into a long line.
    chars: Checkpoints,
}

/// Bytes between two character checkpoints, and how far into a line a column is counted
/// from the line's start rather than from the checkpoints.
const CHUNK: usize = 1024;

/// The character counts of a [`LineIndex`], made when first needed. They are derived from
/// the text, so two indexes of one text are equal whether or not either has made them.
#[derive(Clone, Default)]
struct Checkpoints(std::sync::OnceLock<Vec<usize>>);

impl std::fmt::Debug for Checkpoints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Checkpoints")
    }
}

impl PartialEq for Checkpoints {
    fn eq(&self, _: &Checkpoints) -> bool {
        true
    }
}

impl Eq for Checkpoints {}

/// Characters starting in `bytes`: every byte that is not a UTF-8 continuation byte starts one.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        // Prose has lines of some sixty bytes: reserving for that saves most regrowing.
        let mut starts = Vec::with_capacity(text.len() / 64 + 1);
        starts.push(0);
        // memchr finds the line feeds many bytes at a time.
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts, len: text.len(), chars: Checkpoints::default() }
    }

    /// The index of `text`, which is the indexed text with the bytes `start..old_end` replaced
    /// by `text[start..new_end]`: line starts up to `start` stay, those after `old_end` move,
    /// and the replacement is scanned. Equal to `LineIndex::new(text)`.
    pub fn edited(mut self, text: &str, start: usize, old_end: usize, new_end: usize) -> LineIndex {
        if old_end > self.len
            || start > old_end.min(new_end)
            || new_end > text.len()
            || text.len() + old_end != self.len + new_end
        {
            return LineIndex::new(text);
        }
        let keep = self.starts.partition_point(|&s| s <= start);
        let moved = self.starts.partition_point(|&s| s <= old_end);
        let inserted = memchr::memchr_iter(b'\n', &text.as_bytes()[start..new_end]).map(|i| start + i + 1);
        splice_offsets(&mut self.starts, keep..moved, inserted, new_end as isize - old_end as isize);
        self.len = text.len();
        self.chars = Checkpoints::default();
        self
    }

    /// Number of lines (a text ending in `\n` has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 0-based line containing `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// Byte offset where 0-based `line` starts, if the line exists.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }

    /// Byte span of 0-based `line` without its line ending.
    pub fn line_span(&self, text: &str, line: usize) -> Option<Span> {
        let start = *self.starts.get(line)?;
        let mut end = self.starts.get(line + 1).map_or(self.len, |next| next - 1);
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Some(Span::new(start, end))
    }

    /// 1-based line and 1-based character column of `offset`.
    ///
    /// An offset inside a multi-byte character counts as that character.
    ///
    /// Far into a long line (a report written as one line, a minified table) the column is
    /// counted from checkpoints every [`CHUNK`] bytes, made once per text, so that the
    /// columns of many findings on one line cost no more than the line's length once.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(self.len);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = if offset - start <= CHUNK {
            count_chars(&text.as_bytes()[start..offset])
        } else {
            self.chars_before(text, offset) - self.chars_before(text, start)
        };
        LineCol { line: line + 1, column: column + 1 }
    }

    /// Characters in `text[..at]`, from the checkpoints.
    fn chars_before(&self, text: &str, at: usize) -> usize {
        let bytes = text.as_bytes();
        let checkpoints = self.chars.0.get_or_init(|| {
            let mut counts = Vec::with_capacity(bytes.len() / CHUNK + 1);
            let mut n = 0;
            counts.push(0);
            for chunk in bytes.chunks(CHUNK) {
                n += count_chars(chunk);
                counts.push(n);
            }
            counts
        });
        let k = at / CHUNK;
        match (checkpoints.get(k), bytes.get(k * CHUNK..at)) {
            (Some(&before), Some(rest)) => before + count_chars(rest),
            // Not the indexed text: count from its start.
            _ => count_chars(&bytes[..at.min(bytes.len())]),
        }
    }
}

/// Whether this machine lets the checker use a second thread: long reports are read,
/// resolved, checked and freed in two halves when it does. Asked of the system once (it may
/// read the process's CPU quota from files), then remembered.
pub(crate) fn two_cores() -> bool {
    #[cfg(test)]
    if threads_refused() {
        return true;
    }
    static TWO: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TWO.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2))
}

/// Runs `f` on a new thread of `scope`; `None` when the system refuses a thread (the closure
/// is then dropped here, and the caller does the work itself).
pub(crate) fn spawn_scoped<'scope, T: Send + 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    f: impl FnOnce() -> T + Send + 'scope,
) -> Option<std::thread::ScopedJoinHandle<'scope, T>> {
    #[cfg(test)]
    if threads_refused() {
        return None;
    }
    std::thread::Builder::new().spawn_scoped(scope, f).ok()
}

/// `s` on one line: runs of white space (line breaks included) as one space, none at the ends.
/// Borrowed when `s` already is so.
pub fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    let plain = !s.contains(|c: char| c.is_whitespace() && c != ' ')
        && !s.contains("  ")
        && !s.starts_with(' ')
        && !s.ends_with(' ');
    if plain { s.into() } else { s.split_whitespace().collect::<Vec<_>>().join(" ").into() }
}

/// For randomized tests: a deterministic generator of numbers below `n` (a linear
/// congruential generator, high bits), from `seed`.
#[cfg(test)]
pub(crate) fn seeded(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    }
}

#[cfg(test)]
thread_local! {
    static REFUSE_THREADS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
fn threads_refused() -> bool {
    REFUSE_THREADS.with(std::cell::Cell::get)
}

/// Runs `f` as if this machine had two cores but refused every thread the checker asks for
/// on this thread: every step that would use a second thread takes its fallback.
#[cfg(test)]
pub(crate) fn with_threads_refused<R>(f: impl FnOnce() -> R) -> R {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            REFUSE_THREADS.with(|r| r.set(false));
        }
    }
    REFUSE_THREADS.with(|r| r.set(true));
    let _reset = Reset;
    f()
}

/// Where the line holding byte `at` starts: just after the line break before it.
pub(crate) fn line_start(text: &str, at: usize) -> usize {
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)
}

/// The character at the character boundary `p`, decoded only when it is not ASCII.
#[inline]
pub(crate) fn char_at(text: &str, p: usize) -> Option<char> {
    let b = *text.as_bytes().get(p)?;
    if b.is_ascii() { Some(char::from(b)) } else { text.get(p..)?.chars().next() }
}

/// A small multiply-rotate hasher (the scheme of rustc's `FxHasher`) for the checker's own
/// maps, keyed by offsets, indices and short keys: much cheaper than SipHash, and nothing
/// depends on the order of these maps.
#[derive(Clone, Copy, Default)]
pub(crate) struct FastHasher(u64);

impl FastHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// One shared copy of each string handed in: a report names the same few units, keys and
/// pages thousands of times, and the items that carry them share them.
#[derive(Debug, Default)]
pub(crate) struct SharedStrings(FastSet<std::sync::Arc<str>>);

impl SharedStrings {
    /// The shared copy of `s`, made on first use.
    pub(crate) fn get(&mut self, s: &str) -> std::sync::Arc<str> {
        if let Some(shared) = self.0.get(s) {
            return shared.clone();
        }
        let shared: std::sync::Arc<str> = std::sync::Arc::from(s);
        self.0.insert(shared.clone());
        shared
    }
}

/// A `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` with [`FastHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// The candidate closest to `name` by edit distance, when it is close enough to be a typo.
/// Ties go to the candidate first in byte order.
///
/// The distance counts a swap of two neighbouring characters as one edit (`rueters` is one
/// from `reuters`). Close enough: at most a third of the name's characters, and at most a
/// third (at least one) of the part where the two differ once what they share at both ends is
/// set aside, so that keys sharing a year are not taken for typos of each other (`rusi-2026`
/// and `csis-2026` differ in all of `rusi` and `csis`).
///
/// Reports and bibliographies may hold thousands of keys, and a report many misspelt ones, so
/// each candidate costs little: no allocation, the distance computed a machine word at a time
/// (Hyyrö's bit-parallel algorithm, for names of up to 64 characters), and a candidate dropped
/// as soon as it cannot beat the best so far.
pub(crate) fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let pattern = Pattern::new(name);
    let limit = (pattern.len / 3).max(1);
    let mut row = Vec::new();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let bound = best.map_or(limit, |(d, _)| d);
        let Some(d) = pattern.distance_within(candidate, bound, &mut row) else { continue };
        if d > (differing_part(name, candidate) / 3).max(1) {
            continue;
        }
        if best.is_none_or(|(best_d, best_c)| (d, candidate) < (best_d, best_c)) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// How many characters of the longer of `a` and `b` lie between what the two share at their
/// start and at their end.
fn differing_part(a: &str, b: &str) -> usize {
    let prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    let room = a_len.min(b_len) - prefix;
    let suffix = a.chars().rev().zip(b.chars().rev()).take(room).take_while(|(x, y)| x == y).count();
    a_len.max(b_len) - prefix - suffix
}

/// A name prepared for edit distances to many candidates: for each character, the positions
/// where the name has it, as bits.
struct Pattern {
    chars: Vec<char>,
    len: usize,
    ascii: [u64; 128],
    other: Vec<(char, u64)>,
}

impl Pattern {
    fn new(name: &str) -> Pattern {
        let chars: Vec<char> = name.chars().collect();
        let mut pattern = Pattern { len: chars.len(), chars, ascii: [0; 128], other: Vec::new() };
        if pattern.len <= 64 {
            for (i, &c) in pattern.chars.iter().enumerate() {
                let bit = 1u64 << i;
                match usize::try_from(u32::from(c)).ok().filter(|&a| a < 128) {
                    Some(a) => pattern.ascii[a] |= bit,
                    None => match pattern.other.iter_mut().find(|(o, _)| *o == c) {
                        Some((_, mask)) => *mask |= bit,
                        None => pattern.other.push((c, bit)),
                    },
                }
            }
        }
        pattern
    }

    /// The positions of `c` in the name.
    fn mask(&self, c: char) -> u64 {
        if c.is_ascii() {
            self.ascii[c as usize]
        } else {
            self.other.iter().find(|(o, _)| *o == c).map_or(0, |&(_, m)| m)
        }
    }

    /// The edit distance over characters from the name to `text` (insertions, deletions,
    /// substitutions and swaps of neighbours, each one edit, no character edited twice), when
    /// it is at most `bound`.
    fn distance_within(&self, text: &str, bound: usize, row: &mut Vec<usize>) -> Option<usize> {
        let n = text.chars().count();
        // The distance is at least the difference in length.
        if self.len.abs_diff(n) > bound {
            return None;
        }
        if self.len == 0 || self.len > 64 {
            let text: Vec<char> = text.chars().collect();
            return edit_distance_within(&self.chars, &text, bound, row);
        }
        // Hyyrö (2002): the vertical differences of one column of the table as bit vectors,
        // `score` its last cell; `swap` marks the cells a transposition reaches.
        let last = 1u64 << (self.len - 1);
        let (mut plus, mut minus) = (!0u64, 0u64);
        let (mut previous_eq, mut previous_d0) = (0u64, 0u64);
        let mut score = self.len;
        for (j, c) in text.chars().enumerate() {
            let eq = self.mask(c);
            let swap = ((!previous_d0 & eq) << 1) & previous_eq;
            let d0 = ((eq & plus).wrapping_add(plus) ^ plus) | eq | minus | swap;
            let mut ph = minus | !(d0 | plus);
            let mut mh = plus & d0;
            if ph & last != 0 {
                score += 1;
            } else if mh & last != 0 {
                score -= 1;
            }
            // The first row counts the characters of `text` read so far.
            ph = (ph << 1) | 1;
            mh <<= 1;
            plus = mh | !(d0 | ph);
            minus = ph & d0;
            (previous_eq, previous_d0) = (eq, d0);
            // Each character left can lower the distance by one at most.
            if score > bound + (n - j - 1) {
                return None;
            }
        }
        Some(score).filter(|&d| d <= bound)
    }
}

/// The edit distance of [`Pattern::distance_within`], row by row, for names too long for one
/// machine word: `row` holds the row being computed, the two before it follow.
fn edit_distance_within(a: &[char], b: &[char], bound: usize, row: &mut Vec<usize>) -> Option<usize> {
    // The distance is at least the difference in length, and never falls from one row to
    // the row after next below the smaller of the two rows' smallest entries.
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    let width = b.len() + 1;
    row.clear();
    row.resize(3 * width, 0);
    let (mut before, mut previous, mut current) = (0, width, 2 * width);
    for (j, cell) in row[previous..previous + width].iter_mut().enumerate() {
        *cell = j;
    }
    let mut previous_smallest = 0;
    for (i, &ca) in a.iter().enumerate() {
        row[current] = i + 1;
        let mut smallest = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let mut d = (row[previous + j + 1] + 1)
                .min(row[current + j] + 1)
                .min(row[previous + j] + usize::from(ca != cb));
            if i > 0 && j > 0 && ca == b[j - 1] && a[i - 1] == cb {
                d = d.min(row[before + j - 1] + 1);
            }
            row[current + j + 1] = d;
            smallest = smallest.min(d);
        }
        if smallest.min(previous_smallest) > bound {
            return None;
        }
        previous_smallest = smallest;
        (before, previous, current) = (previous, current, before);
    }
    Some(row[previous + b.len()]).filter(|&d| d <= bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_collapses_white_space_and_borrows_when_it_can() {
        assert!(matches!(one_line("20,000 fighters"), std::borrow::Cow::Borrowed("20,000 fighters")));
        assert_eq!(one_line("between 20,000 and\n  23,000"), "between 20,000 and 23,000");
        assert_eq!(one_line(" a\u{a0}b  c\t"), "a b c");
        assert_eq!(one_line(""), "");
    }

    /// The edit distance with swaps of neighbours (optimal string alignment), the plain way.
    fn distance(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d: Vec<Vec<usize>> = (0..=a.len()).map(|i| (0..=b.len()).map(|j| i + j).collect()).collect();
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]));
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn closest_is_the_nearest_typo_with_ties_in_byte_order() {
        let keys = [
            "mfa-2026",
            "mfa-2025",
            "unama",
            "unamа",
            "ohchr",
            "ohchr-2026",
            "a",
            "ab",
            "ba",
            "é",
            "",
            "reuters",
            "reuters-kabul",
            "rueters",
            "src-1",
            "src-10",
            "src-11",
            "foreign-fighters",
            "foreign-fighter",
        ];
        for name in keys.iter().chain(&["mfa-2027", "reuter", "src-", "foreign_fighters", "x", "unam", "éé"])
        {
            let limit = (name.chars().count() / 3).max(1);
            // The part where they differ, the plain way: both ends shared set aside.
            let differing = |k: &str| {
                let (a, b): (Vec<char>, Vec<char>) = (name.chars().collect(), k.chars().collect());
                let mut prefix = 0;
                while prefix < a.len().min(b.len()) && a[prefix] == b[prefix] {
                    prefix += 1;
                }
                let mut suffix = 0;
                while suffix < a.len().min(b.len()) - prefix
                    && a[a.len() - 1 - suffix] == b[b.len() - 1 - suffix]
                {
                    suffix += 1;
                }
                a.len().max(b.len()) - prefix - suffix
            };
            let expected = keys
                .iter()
                .map(|k| (distance(name, k), *k))
                .filter(|&(d, k)| d <= limit && d <= (differing(k) / 3).max(1))
                .min()
                .map(|(_, k)| k);
            assert_eq!(closest(name, keys.iter().copied()), expected, "{name}");
        }
        assert_eq!(closest("mfa-2027", ["mfa-2026", "mfa-2025"].into_iter()), Some("mfa-2025"));
        assert_eq!(closest("kabul", ["kandahar"].into_iter()), None);
        // A swap of neighbours is one typo; keys sharing only a year are not typos of each other.
        assert_eq!(closest("rueters-2026", ["reuters-2026", "csis-2026"].into_iter()), Some("reuters-2026"));
        assert_eq!(closest("rusi-2026", ["csis-2026", "iiss-2026"].into_iter()), None);
        assert_eq!(
            closest("internatonal-crisis-grup-2025", ["international-crisis-group-2025"].into_iter()),
            Some("international-crisis-group-2025")
        );
    }

    /// The bit-parallel distance and the row-by-row one agree with the plain table on every
    /// pair of short strings over a small alphabet (ASCII and not), at every bound.
    #[test]
    fn distances_agree_with_the_plain_table() {
        let alphabet = ['a', 'b', '-', 'é', '日'];
        let mut words = vec![String::new()];
        for len in 1..=4 {
            let mut next = Vec::new();
            for w in words.iter().filter(|w| w.chars().count() == len - 1) {
                for c in alphabet {
                    next.push(format!("{w}{c}"));
                }
            }
            words.extend(next);
        }
        // Longer names too, across the 64-character word boundary.
        for n in [20, 63, 64, 65, 90] {
            words.push("ab-é".chars().cycle().take(n).collect());
            words.push("ba-日".chars().cycle().take(n).collect());
        }
        let mut row = Vec::new();
        for a in words.iter().step_by(3) {
            let pattern = Pattern::new(a);
            for b in &words {
                let d = distance(a, b);
                for bound in [0, 1, 2, 3, 70] {
                    let expected = Some(d).filter(|&d| d <= bound);
                    assert_eq!(pattern.distance_within(b, bound, &mut row), expected, "{a:?} {b:?} {bound}");
                }
            }
        }
    }

    #[test]
    fn shared_strings_are_one_copy() {
        let mut shared = SharedStrings::default();
        let a = shared.get("src-7");
        let b = shared.get(&String::from("src-7"));
        assert!(std::sync::Arc::ptr_eq(&a, &b));
        assert_eq!(&*shared.get("p. 4"), "p. 4");
        assert!(!std::sync::Arc::ptr_eq(&a, &shared.get("src-8")));
    }

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nçé x\r\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(text, 3), LineCol { line: 2, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(index.line_col(text, x), LineCol { line: 2, column: 4 });
        assert_eq!(index.line_col(text, text.len()), LineCol { line: 3, column: 5 });
        assert_eq!(index.line_span(text, 1).map(|s| s.slice(text)), Some("çé x"));
    }

    #[test]
    fn columns_far_into_long_lines_count_characters() {
        // Lines of many kilobytes with one-, two-, three- and four-byte characters.
        let line: String = (0..9000).map(|i| ["x", "é", "—", "𝟓", " "][i % 5]).collect();
        let text = format!("short\n{line}\n{line}{line}\nend");
        let index = LineIndex::new(&text);
        let naive = |offset: usize| {
            let start = text.as_bytes()[..offset].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            text.as_bytes()[start..offset].iter().filter(|&&b| (b & 0xC0) != 0x80).count() + 1
        };
        for offset in (0..=text.len()).step_by(97).chain([text.len() - 1, text.len()]) {
            assert_eq!(index.line_col(&text, offset).column, naive(offset), "offset {offset}");
        }
        // An edited index counts from the new text.
        let edited_text = format!("é{text}");
        let edited = index.clone().edited(&edited_text, 0, 0, "é".len());
        assert_eq!(edited, LineIndex::new(&edited_text));
        let mut far = edited_text.len() - 100;
        while !edited_text.is_char_boundary(far) {
            far -= 1;
        }
        let start = edited_text[..far].rfind('\n').map_or(0, |i| i + 1);
        let want = edited_text[start..far].chars().count() + 1;
        assert_eq!(edited.line_col(&edited_text, far).column, want);
    }

    /// The switch the one-thread fallback tests rely on: inside it a second thread is
    /// offered and refused, outside it not refused.
    #[test]
    fn threads_are_refused_inside_the_switch_only() {
        let spawned = |refused: bool| {
            let run = || std::thread::scope(|scope| spawn_scoped(scope, || 1).map(|h| h.join().ok()));
            if refused { with_threads_refused(run) } else { run() }
        };
        assert!(with_threads_refused(two_cores));
        assert_eq!(spawned(true), None);
        assert_eq!(spawned(false), Some(Some(1)));
        assert!(!threads_refused());
    }

    #[test]
    fn span_relations() {
        let a = Span::new(2, 6);
        assert!(a.contains(2) && !a.contains(6));
        assert!(a.covers(Span::new(3, 6)));
        assert!(a.intersects(Span::new(5, 9)) && !a.intersects(Span::new(6, 9)));
        assert_eq!(a.cover(Span::new(8, 9)), Span::new(2, 9));
    }
}
