use super::Context;
use crate::diagnostic::Diagnostic;
use crate::syntax::yaml::{self, Value};
use crate::text::Span;

declare_rule! {
    /// ## What it does
    /// Flags a citation whose key no reference defines, neither in the front matter's
    /// `references:` nor in a bibliography file, and such a key listed in `nocite:`. When a
    /// metadata block further down the report defines the key (pandoc reads those blocks;
    /// attest reads references only from the front matter), the finding points to it.
    ///
    /// ## Why is this bad?
    /// `pandoc --citeproc` renders an unknown key as `???` with only a warning that names no
    /// position, so a typo in a key publishes a figure whose source the reader cannot find.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa2026].
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// references:
    ///   - id: mfa-2026
    ///     type: report
    ///     title: Situation report on Afghanistan
    /// ---
    /// Between 20,000 and 23,000 fighters are active [@mfa-2026].
    /// ```
    pub struct UnknownSource => "unknown-source", Error;
}

impl UnknownSource {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        // Ids that metadata blocks further down define, which pandoc reads and attest does not.
        let elsewhere = ids_in_metadata_blocks(ctx);
        let finding = |span: Span, key: &str, message: String| {
            let mut message = message;
            let hidden = elsewhere.iter().find(|(id, _)| id == key);
            if hidden.is_some() {
                message.push_str(
                    "; a metadata block below the front matter defines it, which pandoc reads but attest \
                     does not: move the reference into the front matter",
                );
            } else if let Some(near) = super::closest(key, ctx.model.definitions.keys().map(String::as_str)) {
                message.push_str(&format!("; did you mean `{near}`?"));
            }
            let d = Diagnostic::new(Self::META.name, Self::META.default_severity, span, message);
            match hidden {
                Some(&(_, at)) => d.with_related(at, "defined here, in a metadata block"),
                None => d,
            }
        };
        let citations = &ctx.model.document.citations[ctx.citation_range()];
        for item in citations.iter().flat_map(|site| &site.citation.items) {
            let key = &*item.key;
            if !ctx.in_region(item.key_span.start) || ctx.is_defined(key) {
                continue;
            }
            if key.is_empty() {
                out.push(Diagnostic::new(
                    Self::META.name,
                    Self::META.default_severity,
                    item.key_span,
                    "this citation has an empty key (`@{}`); write the source's id",
                ));
                continue;
            }
            out.push(finding(item.key_span, key, format!("no reference defines `{key}`")));
        }
        // Keys listed in `nocite:` must name references too (citeproc warns about them).
        let nocite = ctx.model.front_matter().map_or(&[][..], |fm| &fm.nocite[..]);
        for key in nocite.iter().filter(|k| k.value != "*" && ctx.in_region(k.span.start)) {
            if !ctx.is_defined(&key.value) {
                let message = format!("`nocite:` lists `{}`, which no reference defines", key.value);
                out.push(finding(key.span, &key.value, message));
            }
        }
    }
}

/// The reference ids (with their spans) of the `references:` of the metadata blocks in the
/// body that pandoc reads as metadata.
fn ids_in_metadata_blocks(ctx: &Context<'_>) -> Vec<(String, Span)> {
    let mut ids = Vec::new();
    for block in ctx.model.document.metadata_blocks.iter().filter(|b| b.error.is_none()) {
        let parsed = yaml::parse(block.yaml.slice(ctx.text), block.yaml.start);
        let Some(Value::List(items)) =
            parsed.documents.first().and_then(|d| d.get("references")).map(|r| &r.value)
        else {
            continue;
        };
        for id in items.iter().filter_map(|item| item.get("id")) {
            if let Some(text) = id.as_text() {
                ids.push((text, id.span));
            }
        }
    }
    ids
}
