use super::Context;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Flags a citation whose key no reference defines, neither in the front matter's
    /// `references:` nor in a bibliography file, and such a key listed in `nocite:`.
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
            let mut message = format!("no reference defines `{key}`");
            if let Some(near) = super::closest(key, ctx.model.definitions.keys().map(String::as_str)) {
                message.push_str(&format!("; did you mean `{near}`?"));
            }
            out.push(Diagnostic::new(Self::META.name, Self::META.default_severity, item.key_span, message));
        }
        // Keys listed in `nocite:` must name references too (citeproc warns about them).
        let nocite = ctx.model.front_matter().map_or(&[][..], |fm| &fm.nocite[..]);
        for key in nocite.iter().filter(|k| k.value != "*" && ctx.in_region(k.span.start)) {
            if ctx.is_defined(&key.value) {
                continue;
            }
            let mut message = format!("`nocite:` lists `{}`, which no reference defines", key.value);
            if let Some(near) = super::closest(&key.value, ctx.model.definitions.keys().map(String::as_str)) {
                message.push_str(&format!("; did you mean `{near}`?"));
            }
            out.push(Diagnostic::new(Self::META.name, Self::META.default_severity, key.span, message));
        }
    }
}
