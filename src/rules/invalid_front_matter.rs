use super::{Context, declare_rule};
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports front matter that pandoc would reject or silently misread. (Being written.)
    pub struct InvalidFrontMatter => "invalid-front-matter", Error;
}

impl InvalidFrontMatter {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let _ = (ctx, out);
    }
}
