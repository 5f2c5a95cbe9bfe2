//! `attest check --fix` and `--diff`: applying the fixes findings carry.

use std::io::Write;
use std::path::Path;

use crate::check::Checked;
use crate::diagnostic::{Applicability, Edit};
use crate::text::FileId;

/// The most rounds of fixing before giving up on convergence.
const MAX_ROUNDS: usize = 10;

/// Applies one round of fixes to `text`: every fix of the allowed applicability whose edits
/// do not overlap an earlier chosen fix. Returns the new text and how many fixes it applied.
pub fn apply_once(text: &str, checked: &Checked, unsafe_fixes: bool) -> (String, usize) {
    let mut chosen: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    for d in &checked.diagnostics {
        let Some(fix) = &d.fix else { continue };
        if d.file != FileId::REPORT || (fix.applicability == Applicability::Unsafe && !unsafe_fixes) {
            continue;
        }
        let clashes = fix.edits.iter().any(|e| {
            e.span.end > text.len()
                || !text.is_char_boundary(e.span.start)
                || !text.is_char_boundary(e.span.end)
                || chosen.iter().any(|c| {
                    c.span.intersects(e.span)
                        || (c.span.is_empty() && e.span.is_empty() && c.span.start == e.span.start)
                })
        });
        if clashes {
            continue;
        }
        chosen.extend(fix.edits.iter());
        applied += 1;
    }
    chosen.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in chosen {
        out.push_str(&text[at..e.span.start]);
        out.push_str(&e.replacement);
        at = e.span.end;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

/// Applies fixes until nothing changes (or a round limit is hit). `check` re-checks a text.
/// Returns the final text and the number of fixes applied in all.
pub fn converge(text: &str, unsafe_fixes: bool, check: impl Fn(&str) -> Checked) -> (String, usize) {
    let mut current = text.to_string();
    let mut total = 0;
    for _ in 0..MAX_ROUNDS {
        let checked = check(&current);
        let (next, applied) = apply_once(&current, &checked, unsafe_fixes);
        if applied == 0 || next == current {
            break;
        }
        total += applied;
        current = next;
    }
    (current, total)
}

/// Replaces a file's contents without ever leaving a partial file: writes a temporary file
/// in the same folder, copies the permissions, and renames it over the original.
pub fn write_atomically(path: &Path, contents: &str) -> std::io::Result<()> {
    // Through a symbolic link to the file it names: renaming over the link would replace the
    // link with a copy and leave the report unfixed.
    let resolved = if path.is_symlink() { std::fs::canonicalize(path).ok() } else { None };
    let path = resolved.as_deref().unwrap_or(path);
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("report");
    let temp = dir.join(format!(".{name}.attest-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(contents.as_bytes())?;
        file.sync_all()?;
        if let Ok(meta) = std::fs::metadata(path) {
            std::fs::set_permissions(&temp, meta.permissions())?;
        }
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// A unified diff of a file's fixes.
pub fn unified_diff(path: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("a/{}", path.trim_start_matches('/')),
            &format!("b/{}", path.trim_start_matches('/')),
        )
        .to_string()
}
