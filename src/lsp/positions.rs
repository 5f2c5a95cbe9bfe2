//! Byte offsets ↔ protocol positions through a line index built in one pass over the text.
//!
//! [`Positions`] holds where each line starts, with the protocol's line breaks (`\n`, `\r\n`
//! and a lone `\r`, as a [`Rope`] with `cr_lines` counts them), and whether the line is all
//! ASCII. On an ASCII line a column is the same in every encoding: the byte distance from the
//! line's start. On any other line the column is counted over the line's bytes, read from the
//! rope's chunk that holds them; on a long one the rope's own indexes do it. The results are
//! exactly those of [`convert::position`] and [`convert::offset`], which work on the rope
//! alone.

use ropey::Rope;
use tower_lsp_server::ls_types as lsp;

use super::convert::{self, Encoding};
use crate::syntax::TextEdit;
use crate::text::splice_offsets;

/// The line holds a byte outside ASCII.
const NON_ASCII: u8 = 1;
/// The line ends with `\r\n` (else with one byte, or not at all).
const CRLF: u8 = 2;

/// Columns further than this from their line's start are left to the rope's indexes, so that
/// a long line (a whole report written on one line) costs `O(log n)` per position rather than
/// a scan of the line.
const SCAN_LIMIT: usize = 4096;

/// The text is cut into blocks of `1 << BLOCK_BITS` bytes; the line of each block's first byte
/// narrows the search for a line to the few lines of one block.
const BLOCK_BITS: u32 = 8;

/// Line starts and per-line ASCII flags of a text, for converting byte offsets to protocol
/// positions and back. Every method that reads the text takes the rope it was built from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Positions {
    /// Byte offset where each line starts: 0, then just after each line break.
    starts: Vec<usize>,
    /// Per line: `NON_ASCII` and `CRLF`.
    flags: Vec<u8>,
    /// The line holding the first byte of each block (and of the end of the text).
    blocks: Vec<usize>,
    /// Length of the text in bytes.
    len: usize,
}

impl Positions {
    /// The index of `text`.
    pub fn new(text: &str) -> Positions {
        Positions::build(text.len(), [text])
    }

    /// The index of a rope's text, read chunk by chunk.
    pub fn of_rope(rope: &Rope) -> Positions {
        Positions::build(rope.len_bytes(), rope.chunks())
    }

    /// The index of the text that is the concatenation of `chunks`.
    pub fn from_chunks<'a>(chunks: impl IntoIterator<Item = &'a str>) -> Positions {
        Positions::build(0, chunks)
    }

    fn build<'a>(len: usize, chunks: impl IntoIterator<Item = &'a str>) -> Positions {
        // About sixty bytes a line in prose: a guess that saves most regrowing.
        let lines = len / 64 + 1;
        let mut builder = Builder {
            starts: Vec::with_capacity(lines),
            flags: Vec::with_capacity(lines),
            ..Builder::default()
        };
        builder.starts.push(0);
        for chunk in chunks {
            builder.chunk(chunk.as_bytes());
        }
        builder.finish()
    }

    /// The index of `text`, which is the indexed text changed by `edit`: the lines around the
    /// edit are scanned again, those after it move. Equal to `Positions::new(text)`.
    pub fn edited(self, text: &str, edit: TextEdit) -> Positions {
        let old_len = self.len;
        if edit.old_end > old_len || text.len() + edit.old_end != old_len + edit.new_end {
            // Not an edit of the indexed text: index it whole.
            return Positions::new(text);
        }
        // From the start of the line before the one the edit starts on (a `\n` typed after a
        // `\r` ends that line otherwise) to the start of the second line after the one it ends
        // on: both bounds are line starts that the edit leaves alone, with the same bytes
        // around them before and after.
        let first = self.line_of(edit.start).saturating_sub(1);
        let after = self.line_of(edit.old_end) + 2;
        let from = self.starts[first];
        let (old_to, tail) = match self.starts.get(after) {
            Some(&to) => (to, true),
            None => (old_len, false),
        };
        let to = old_to + edit.new_end - edit.old_end;
        let mut builder = Builder {
            starts: Vec::with_capacity(after - first + 1),
            flags: Vec::with_capacity(after - first + 1),
            len: from,
            ..Builder::default()
        };
        builder.starts.push(from);
        builder.chunk(&text.as_bytes()[from..to]);
        let Positions { mut starts, mut flags, .. } = self;
        if tail {
            // The region ends with a line break: its last start is the first line after it.
            builder.starts.pop();
        } else {
            builder.flags.push(if builder.non_ascii { NON_ASCII } else { 0 });
        }
        let replaced = first..if tail { after } else { starts.len() };
        flags.splice(replaced.clone(), builder.flags);
        splice_offsets(&mut starts, replaced, builder.starts, edit.delta());
        Builder { starts, flags, len: text.len(), ..Builder::default() }.finish_blocks()
    }

    /// Number of lines: one more than the number of line breaks.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Length of the text in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The 0-based line holding byte `offset` (clamped to the text). An offset between `\r`
    /// and `\n` is on the line that break ends.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        let block = offset >> BLOCK_BITS;
        // The line is between those of this block's first byte and the next block's.
        let first = self.blocks[block];
        let last = self.blocks.get(block + 1).map_or(self.starts.len() - 1, |&line| line);
        first + self.starts[first + 1..=last].partition_point(|&start| start <= offset)
    }

    /// Byte offset where `line` starts, if the line exists.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).copied()
    }

    /// Byte offset where `line`'s content ends, before its line break, if the line exists.
    pub fn line_end(&self, line: usize) -> Option<usize> {
        let flags = *self.flags.get(line)?;
        Some(match self.starts.get(line + 1) {
            Some(&next) => next - if flags & CRLF != 0 { 2 } else { 1 },
            None => self.len,
        })
    }

    fn is_ascii(&self, line: usize) -> bool {
        self.flags[line] & NON_ASCII == 0
    }

    /// The position of byte `offset` (clamped to the text; inside a character means its
    /// start). `rope` is the text the index was built from.
    pub fn position(&self, rope: &Rope, offset: usize, encoding: Encoding) -> lsp::Position {
        debug_assert_eq!(rope.len_bytes(), self.len, "the index is of another text");
        let offset = offset.min(self.len);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = if self.is_ascii(line) {
            offset - start
        } else if offset - start > SCAN_LIMIT {
            return convert::position(rope, offset, encoding);
        } else {
            column_before(rope, start, offset, encoding)
        };
        lsp::Position::new(line as u32, column as u32)
    }

    /// The byte offset of `pos`, or `None` when its line is past the end of the text. A column
    /// past the end of its line means the end of the line; a column inside a character means
    /// that character's start. `rope` is the text the index was built from.
    pub fn offset(&self, rope: &Rope, pos: lsp::Position, encoding: Encoding) -> Option<usize> {
        debug_assert_eq!(rope.len_bytes(), self.len, "the index is of another text");
        let line = pos.line as usize;
        let start = self.line_start(line)?;
        let end = self.line_end(line)?;
        let column = pos.character as usize;
        if self.is_ascii(line) {
            return Some(start.saturating_add(column).min(end));
        }
        if end - start > SCAN_LIMIT {
            return convert::offset(rope, pos, encoding);
        }
        Some(offset_in_line(rope, start, end, column, encoding))
    }

    /// Like [`Positions::offset`], with a line past the end meaning the end of the text.
    pub fn offset_clamped(&self, rope: &Rope, pos: lsp::Position, encoding: Encoding) -> usize {
        self.offset(rope, pos, encoding).unwrap_or(self.len)
    }
}

/// Collects line starts and flags over the text's chunks (`starts` begins with the first
/// line's).
#[derive(Default)]
struct Builder {
    starts: Vec<usize>,
    flags: Vec<u8>,
    /// Bytes seen so far.
    len: usize,
    /// The current line has a byte outside ASCII.
    non_ascii: bool,
    /// The last chunk ended with `\r`: a `\n` starting the next one belongs to that break.
    pending_cr: bool,
}

impl Builder {
    fn chunk(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let base = self.len;
        self.len += bytes.len();
        let mut from = 0;
        if std::mem::take(&mut self.pending_cr) && bytes.first() == Some(&b'\n') {
            // The `\n` of a `\r\n` split between chunks: the line after it starts one later.
            if let (Some(start), Some(flags)) = (self.starts.last_mut(), self.flags.last_mut()) {
                *start += 1;
                *flags |= CRLF;
            }
            from = 1;
        }
        // The next byte outside ASCII: lines that end before it need no look at their bytes.
        let mut high = next_non_ascii(bytes, from);
        let mut breaks = memchr::memchr2_iter(b'\n', b'\r', &bytes[from..]);
        while let Some(at) = breaks.next() {
            let at = from + at;
            let mut flags = if std::mem::take(&mut self.non_ascii) || high < at { NON_ASCII } else { 0 };
            let mut next = at + 1;
            if bytes[at] == b'\r' {
                match bytes.get(at + 1) {
                    Some(b'\n') => {
                        breaks.next();
                        next += 1;
                        flags |= CRLF;
                    }
                    None => self.pending_cr = true,
                    Some(_) => {}
                }
            }
            self.flags.push(flags);
            self.starts.push(base + next);
            if high < next {
                high = next_non_ascii(bytes, next);
            }
        }
        if high < bytes.len() {
            self.non_ascii = true;
        }
    }

    fn finish(mut self) -> Positions {
        self.flags.push(if self.non_ascii { NON_ASCII } else { 0 });
        self.finish_blocks()
    }

    /// The index of the lines found, with a flag for each.
    fn finish_blocks(self) -> Positions {
        let mut blocks = Vec::with_capacity((self.len >> BLOCK_BITS) + 1);
        let mut line = 0;
        for block in 0..=self.len >> BLOCK_BITS {
            let at = block << BLOCK_BITS;
            while self.starts.get(line + 1).is_some_and(|&next| next <= at) {
                line += 1;
            }
            blocks.push(line);
        }
        Positions { starts: self.starts, flags: self.flags, blocks, len: self.len }
    }
}

/// The index of the first byte outside ASCII in `bytes[from..]`, or the length of `bytes`.
fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    const HIGH: u128 = u128::from_ne_bytes([0x80; 16]);
    let rest = bytes.get(from..).unwrap_or_default();
    let mut words = rest.chunks_exact(16);
    let mut at = from;
    for word in &mut words {
        let word = u128::from_le_bytes(word.try_into().unwrap_or_default());
        if word & HIGH != 0 {
            return at + (word & HIGH).trailing_zeros() as usize / 8;
        }
        at += 16;
    }
    words.remainder().iter().position(|&b| b >= 0x80).map_or(bytes.len(), |i| at + i)
}

/// Whether `b` continues a UTF-8 sequence (rather than starting a character).
fn is_continuation(b: u8) -> bool {
    (b as i8) < -64
}

/// Length of the character a UTF-8 lead byte starts.
fn char_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Units of `encoding` taken by the character a UTF-8 lead byte starts.
fn char_units(lead: u8, encoding: Encoding) -> usize {
    match encoding {
        Encoding::Utf8 => char_len(lead),
        Encoding::Utf16 if lead >= 0xF0 => 2,
        _ => 1,
    }
}

/// Units of `encoding` in `bytes`, counting every character that starts in them.
fn units(bytes: &[u8], encoding: Encoding) -> usize {
    /// Sums `f` over the bytes in byte-wide counters (which the compiler turns into vector
    /// adds), emptied into a `usize` every 127 bytes, before they can overflow.
    fn sum(bytes: &[u8], f: impl Fn(u8) -> u8 + Copy) -> usize {
        bytes.chunks(127).map(|block| usize::from(block.iter().fold(0u8, |n, &b| n + f(b)))).sum()
    }
    match encoding {
        Encoding::Utf8 => bytes.len(),
        // A character of four bytes is a surrogate pair.
        Encoding::Utf16 => sum(bytes, |b| u8::from(!is_continuation(b)) + u8::from(b >= 0xF0)),
        Encoding::Utf32 => sum(bytes, |b| u8::from(!is_continuation(b))),
    }
}

/// The rope's chunk holding byte `at` (the last chunk for the end of the text) and the byte
/// offset where it starts.
fn chunk_at(rope: &Rope, at: usize) -> (&[u8], usize) {
    let (chunk, start, _, _) = rope.chunk_at_byte(at);
    (chunk.as_bytes(), start)
}

/// The column, in `encoding`, of byte `offset` on the line starting at `start`: the units of
/// the characters between them, without a character `offset` falls inside.
fn column_before(rope: &Rope, start: usize, offset: usize, encoding: Encoding) -> usize {
    let (chunk, chunk_start) = chunk_at(rope, offset);
    // The piece of the line in the chunk holding `offset`. Chunks split the text between
    // characters, so a character `offset` falls inside starts in this piece.
    let from = start.max(chunk_start);
    let last = &chunk[from - chunk_start..offset - chunk_start];
    let mut column = units(last, encoding);
    if let Some(lead) = last.iter().rposition(|&b| !is_continuation(b)) {
        if lead + char_len(last[lead]) > last.len() {
            // `offset` falls inside this character: count up to its start.
            column -= match encoding {
                Encoding::Utf8 => last.len() - lead,
                _ => char_units(last[lead], encoding),
            };
        }
    }
    // The rest of the line, in the chunks before.
    let mut end = from;
    while end > start {
        let (chunk, chunk_start) = chunk_at(rope, end - 1);
        let from = start.max(chunk_start);
        column += units(&chunk[from - chunk_start..end - chunk_start], encoding);
        end = from;
    }
    column
}

/// The byte offset of column `column` (in `encoding`) on the line `start..end`: the start of
/// the character holding that unit, or `end` past the line.
fn offset_in_line(rope: &Rope, start: usize, end: usize, column: usize, encoding: Encoding) -> usize {
    let mut at = start;
    let mut seen = 0;
    while at < end {
        let (chunk, chunk_start) = chunk_at(rope, at);
        let piece = &chunk[at - chunk_start..(end - chunk_start).min(chunk.len())];
        for &b in piece {
            if !is_continuation(b) {
                let units = char_units(b, encoding);
                if seen + units > column {
                    return at;
                }
                seen += units;
            }
            at += 1;
        }
    }
    end
}
