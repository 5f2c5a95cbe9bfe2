//! Editor features as pure functions: byte offsets in, plain data out. The language server
//! (src/lsp/) converts positions and protocol types at its edge; nothing here knows LSP.

mod actions;
mod completion;
mod hover;
mod navigation;
mod outline;
mod tokens;

pub use actions::{Action, ActionKind, code_actions};
pub use completion::{Completion, CompletionKind, Completions, completions};
pub use hover::{Hover, figure_hover, hover};
pub use navigation::{
    Highlight, HighlightKind, Location, definition, highlights, prepare_rename, references, rename,
};
pub use outline::{Fold, FoldKind, Link, Symbol, SymbolKind, folding_ranges, links, symbols};
pub use tokens::{TOKEN_MODIFIERS, TOKEN_TYPES, Token, TokenModifier, TokenType, semantic_tokens};

use crate::check::Checked;
use crate::config::Config;
use crate::diagnostic::Edit;
use crate::text::{FileId, LineIndex};

/// A checked report and the texts of its bibliography files, ready for editor queries.
pub struct Analysis<'a> {
    pub text: &'a str,
    /// Line starts of `text`.
    pub lines: &'a LineIndex,
    pub checked: &'a Checked,
    pub config: &'a Config,
    /// Bibliography file texts, by `FileId` − 1 (empty when a file could not be read).
    pub bibliographies: &'a [&'a str],
}

impl<'a> Analysis<'a> {
    /// The text of a file: the report or one of its bibliography files.
    pub fn file_text(&self, file: FileId) -> &'a str {
        match file.0 {
            0 => self.text,
            n => self.bibliographies.get(n as usize - 1).copied().unwrap_or(""),
        }
    }
}

/// Edits to one or more files, e.g. for a rename.
pub type FileEdits = Vec<(FileId, Edit)>;
