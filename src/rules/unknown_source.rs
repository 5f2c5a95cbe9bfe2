use super::Context;
use crate::diagnostic::Diagnostic;
use crate::text::{FastMap, Span};

declare_rule! {
    /// ## What it does
    /// Flags a citation whose key no reference defines, neither in the front matter's
    /// `references:` nor in a bibliography file, and such a key listed in `nocite:`. When a
    /// metadata block further down the report defines the key (pandoc reads those blocks;
    /// attest reads references only from the front matter), the finding points to it. When a
    /// defined key is one typo away, the message names it and an unsafe fix writes it.
    ///
    /// When the front matter cannot be read (a YAML error, a block never closed, YAML that is
    /// not a mapping of keys), attest knows none of its references. Each citation is then
    /// reported as one attest cannot check, pointing to the front matter's error
    /// (`invalid-front-matter`), rather than as a key no reference defines: fix that error
    /// first, and the keys are checked again.
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
        // A front matter the YAML reader could not read defines no reference that attest
        // knows of: say so, at the error that stopped the reading.
        let unread = ctx.model.front_matter().filter(|fm| fm.root.is_none()).map(|fm| {
            ctx.model.errors.iter().map(|e| e.span).find(|&e| fm.span.covers(e)).unwrap_or(fm.span)
        });
        // The first definition of each id in a metadata block below the front matter, mapped
        // once and only when a key is undefined (this rule runs at every edit).
        let in_blocks = std::cell::OnceCell::new();
        let in_blocks = || {
            in_blocks.get_or_init(|| {
                let mut map: FastMap<&str, _> = FastMap::default();
                for id in ctx.model.document.metadata_blocks.iter().flat_map(|b| &b.reference_ids) {
                    map.entry(id.value.as_str()).or_insert(id);
                }
                map
            })
        };
        let finding = |span: Span, key: &str, mut message: String| {
            if let Some(error) = unread {
                let message = format!(
                    "attest cannot tell whether a reference defines `{key}`: the front matter could \
                     not be read, so none of its references are known; fix its error first"
                );
                return Diagnostic::new(Self::META.name, Self::META.default_severity, span, message)
                    .with_related(error, "the front matter cannot be read because of this error");
            }
            // A metadata block further down may define it: pandoc reads it, attest does not.
            let hidden = in_blocks().get(key).copied();
            let mut near = None;
            if hidden.is_some() {
                message.push_str(
                    "; a metadata block below the front matter defines it, which pandoc reads but attest \
                     does not: move the reference into the front matter",
                );
            } else if let Some(n) = super::closest(key, ctx.model.definitions.keys().map(String::as_str)) {
                message.push_str(&format!("; did you mean `{n}`?"));
                near = Some(n);
            }
            let d = Diagnostic::new(Self::META.name, Self::META.default_severity, span, message);
            match (hidden, near) {
                (Some(id), _) => d.with_related(id.span, "defined here, in a metadata block"),
                (None, Some(near)) => super::suggest(d, span, near),
                (None, None) => d,
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
        for key in ctx.model.nocite().iter().filter(|k| k.value != "*" && ctx.in_region(k.span.start)) {
            if !ctx.is_defined(&key.value) {
                let message = format!("`nocite:` lists `{}`, which no reference defines", key.value);
                out.push(finding(key.span, &key.value, message));
            }
        }
    }
}
