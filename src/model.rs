//! The semantic model of a report. (Being written.)

use crate::syntax::SyntaxError;
use crate::syntax::frontmatter::FrontMatter;

pub struct Model {
    pub front_matter: Option<FrontMatter>,
    pub errors: Vec<SyntaxError>,
}
