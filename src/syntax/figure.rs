//! The figure recognizer: prose in, figures out. (Being written.)

use crate::text::Span;
use serde::Serialize;

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// A number of things ("3,000 fighters").
    Count,
    /// A percentage ("about 20%").
    Percent,
    /// An amount of money ("$4.5 billion").
    Money,
    /// A physical measure with a unit ("1,300 km").
    Measure,
}

/// A figure found in prose.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// Byte span in the text handed to [`recognize`], covering the whole expression
    /// including approximators, bounds and units ("between 20,000 and 23,000").
    pub span: Span,
    /// Lower end; `None` when open ("fewer than 500").
    pub low: Option<f64>,
    /// Upper end; `None` when open ("more than 500").
    pub high: Option<f64>,
    /// Hedged with an approximator ("about", "some", "~").
    pub approx: bool,
    /// The counted noun or measure, normalised (lowercase singular noun, unit symbol, ISO currency code).
    pub unit: Option<String>,
    pub kind: FigureKind,
    /// For a range written with two numbers, the spans of the two numbers in the order written,
    /// so a fix can swap them.
    pub ends: Option<(Span, Span)>,
}

/// Finds every figure in `text`. Masked (non-prose) parts of the text are spaces.
pub fn recognize(text: &str) -> Vec<Figure> {
    let _ = text;
    Vec::new()
}
