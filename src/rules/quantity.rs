//! What the quantity rules share: who stands behind a mention, compared without allocating,
//! and a quick test of whether any earlier mention can disagree with a new one.

use crate::model::FigureInfo;
use crate::model::interval::Interval;

/// Whether the author stands behind the mention (see [`FigureInfo::attribution`]).
pub(crate) fn by_author(info: &FigureInfo) -> bool {
    info.assessment || info.sources.is_empty()
}

/// The extremes of a set of intervals: if a new interval lies within `[max_low, min_high]`
/// of what came before, it overlaps every one of them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spread {
    max_low: f64,
    min_high: f64,
    /// Every end seen was a number (not NaN), so the extremes decide.
    exact: bool,
}

impl Default for Spread {
    fn default() -> Spread {
        Spread { max_low: f64::NEG_INFINITY, min_high: f64::INFINITY, exact: true }
    }
}

impl Spread {
    pub(crate) fn add(&mut self, interval: Interval) {
        self.exact &= !interval.low.is_nan() && !interval.high.is_nan();
        self.max_low = self.max_low.max(interval.low);
        self.min_high = self.min_high.min(interval.high);
    }

    /// Whether some interval added so far may fail to overlap `interval`; `false` means
    /// every one overlaps it.
    pub(crate) fn may_miss(&self, interval: Interval) -> bool {
        !self.exact
            || interval.low.is_nan()
            || interval.high.is_nan()
            || self.max_low > interval.high
            || interval.low > self.min_high
    }
}
