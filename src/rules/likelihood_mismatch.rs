use super::Context;
use crate::diagnostic::Diagnostic;
use crate::model::interval::format_number;
use crate::syntax::likelihood::TermKind;
use crate::tradecraft::{BANDS, Band, Scale, bands_of};

declare_rule! {
    /// ## What it does
    /// Flags a likelihood term followed by a probability that lies outside the term's band on
    /// the report's declared scale ("likely (30%)" where likely means 55–80%), or, on the PHIA
    /// yardstick, in one of the deliberate gaps between its bands. A bound is judged by the
    /// end it names: "almost certain (>95%)" fits 95–99%, "likely (>80%)" does not fit 55–80%.
    ///
    /// The probability is the percentage right after the term, in parentheses ("likely
    /// (30%)", "unlikely (a 60% chance)", "likely (probability 30%)", a scenario's label
    /// "(very unlikely, 25%)", "(most likely: 60%)", also after the outcome
    /// judged: "the most likely scenario (60%)", "a likely outcome (20%)"), or a closed one
    /// standing alone before the clause ends, a note in parentheses or "chance" ("likely 30%.",
    /// "likely 30-40%.", "a likely 30% chance", "likely, at around 30%, that …") or between
    /// two dashes before "that" ("unlikely – around 70% – that …"), or one further on in the sentence, before
    /// the next term, that calls itself a probability in parentheses ("Congress will likely
    /// approve the package (30% probability)", "(a 30% chance)"). A percentage the sentence
    /// goes on to qualify, or a bound without parentheses, is the likely value, not a
    /// probability: "the rate is likely under 30%", "prices are likely 30% below last year".
    ///
    /// A few words are terms only as a predicate (after `is`, `it's`, `remains`, `seems`, …
    /// maybe past an adverb or `all but`, after an object of `judge` or `consider`, or after
    /// "we judge," set off by commas) with a percentage in parentheses right after them, as they are common
    /// in other senses: ICD 203's `remote` ("dissolution is remote (3%)", "(under 5%)"; "a
    /// remote (40%) district" is no chance) and Kent's `certain` ("victory is certain
    /// (100%)"; not "in certain (20%) districts") and `impossible`.
    ///
    /// The scale is declared in the front matter (`attest: {scale: icd203}`; `icd203`, `phia`,
    /// `kent` or `none`), else taken from the configuration, else ICD 203. A term of another
    /// scale ("highly likely" in an ICD 203 report) is judged on its own scale's band
    /// (`mixed-likelihood-terms` notes the mix).
    ///
    /// ## Why is this bad?
    /// Estimative language exists so that readers attach the same probability to the same
    /// word. A term and a number that disagree leave the reader to guess which one the analyst
    /// meant.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// attest:
    ///   scale: icd203
    /// ---
    /// A large attack in Kabul this year is likely (30%).
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// attest:
    ///   scale: icd203
    /// ---
    /// A large attack in Kabul this year is unlikely (30%).
    /// ```
    pub struct LikelihoodMismatch => "likelihood-mismatch", Warning;
}

/// `"likely" means 55–80%`.
pub(crate) fn band_text(band: &Band) -> String {
    if band.low == band.high {
        format!("{}%", format_number(band.low))
    } else {
        format!("{}–{}%", format_number(band.low), format_number(band.high))
    }
}

/// Whether a probability from `low` to `high` (an end is `None` when open) lies in `band`.
/// A bound claims one end only: "more than 95%" says nothing of how far above 95 it goes,
/// so it fits a band that its written end lies in, short of the band's far end ("more than
/// 80%" does not fit 55–80%).
fn fits(band: &Band, low: Option<f64>, high: Option<f64>) -> bool {
    match (low, high) {
        (Some(a), Some(b)) => band.low <= a.min(b) && a.max(b) <= band.high,
        (Some(low), None) => band.low <= low && (low < band.high || band.low == band.high),
        (None, Some(high)) => high <= band.high && (band.low < high || band.low == band.high),
        (None, None) => true,
    }
}

impl LikelihoodMismatch {
    pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let scale = ctx.config.scale;
        if scale == Scale::None {
            return;
        }
        let figures = &ctx.model.figures;
        for site in &ctx.model.document.terms[ctx.term_range()] {
            let term = &site.term;
            if term.kind != TermKind::Likelihood {
                continue;
            }
            // A term from another scale ("highly likely" in an ICD 203 report) is judged on its
            // own scale's band (mixed-likelihood-terms notes the mix).
            let Some(band) = bands_of(term.form, scale)
                .next()
                .or_else(|| Scale::ALL.into_iter().find_map(|s| bands_of(term.form, s).next()))
            else {
                continue;
            };
            let scale = band.scale;
            // The probability right after the term: "likely (30%)", "likely (~10–15%)".
            let Some(next) = site.probability else { continue };
            let info = &figures[next];
            let (low, high) = (info.figure.low, info.figure.high);
            let given = ctx.quote(next);
            let message = if !fits(band, low, high) {
                let mut m = format!(
                    "“{}” means {} on {}, but {given} is given",
                    band.term,
                    band_text(band),
                    scale.title()
                );
                let fitting: Vec<&str> = BANDS
                    .iter()
                    .filter(|b| b.scale == scale && fits(b, low, high) && !b.needs_number)
                    .map(|b| b.term)
                    .collect();
                if let Some(term) = fitting.first() {
                    m.push_str(&format!("; that is “{term}”"));
                } else if scale == Scale::Phia {
                    m.push_str("; it falls in a gap between the yardstick's bands, which has no term");
                }
                m
            } else {
                continue;
            };
            out.push(
                Diagnostic::new(Self::META.name, Self::META.default_severity, term.span, message)
                    .with_related(info.figure.span, "the probability given"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A probability stands in parentheses after the term, or alone before the clause ends; a
    /// percentage the sentence states as the likely value is no probability.
    #[test]
    fn only_a_probability_after_the_term_is_judged() {
        let run = |text: &str| crate::rules::sources::run(text, LikelihoodMismatch::check).len();
        assert_eq!(run("An attack is likely (30%).\n"), 1);
        assert_eq!(run("An attack is likely (<30%).\n"), 1);
        assert_eq!(run("An attack is likely 30%.\n"), 1);
        assert_eq!(run("An attack is likely 30-40%.\n"), 1);
        assert_eq!(run("There is a likely 30% chance of an attack.\n"), 1);
        assert_eq!(run("An attack is likely 30% (our estimate).\n"), 1);
        assert_eq!(run("A ceasefire is unlikely (a 60% chance) this year.\n"), 1);
        assert_eq!(run("We judge it likely, at around 30%, that it passes.\n"), 1);
        assert_eq!(run("Congress will likely approve the package (30% probability).\n"), 1);
        assert_eq!(run("Congress will likely approve it, and prices rose (a 30% chance).\n"), 1);
        assert_eq!(run("Congress will likely approve it (its 30% share).\n"), 0);
        assert_eq!(run("The ceasefire is unlikely to hold (a 60% chance of collapse).\n"), 0);
        assert_eq!(run("Testing before 2028 is highly likely (20%).\n"), 1);
        assert_eq!(run("Congress will likely approve it. Rain is forecast (30% chance).\n"), 0);
        assert_eq!(run("The interception rate is likely under 30%.\n"), 0);
        assert_eq!(run("Prices are likely 30% below last year.\n"), 0);
        assert_eq!(run("A second base is likely (probability 30%).\n"), 1);
        assert_eq!(run("A second base is likely (chance: 30%).\n"), 1);
        assert_eq!(run("It is unlikely – around 70% – that the cap will hold.\n"), 1);
        assert_eq!(run("It is likely — 30% — that the cap will hold.\n"), 1);
        assert_eq!(run("It is likely – 30% of voters agree – that it holds.\n"), 0);
        assert_eq!(run("Growth is likely – around 3% – this year, the IMF says.\n"), 0);
        // A scenario labelled in parentheses.
        assert_eq!(run("Scenario 3 (very unlikely, 25%) sees a split.\n"), 1);
        assert_eq!(run("Scenario 1 (most likely: 20%) sees a truce.\n"), 1);
        assert_eq!(run("Scenario 1 (most likely, 60%) sees a truce.\n"), 0);
        assert_eq!(run("Scenario 2 (likely, >80%) sees a truce.\n"), 1);
        assert_eq!(run("The rise (likely, 30% of it from Kabul) continued.\n"), 0);
        // `remote` only with a percentage in parentheses.
        assert_eq!(run("Dissolution is remote (30%).\n"), 1);
        assert_eq!(run("Dissolution is remote (under 5%).\n"), 0);
        assert_eq!(run("Dissolution is remote (under 30%).\n"), 1);
        assert_eq!(run("The village is remote (30 km of track).\n"), 0);
        assert_eq!(run("Dissolution remains very remote (30%).\n"), 1);
        assert_eq!(run("Staff working in remote (40%) and urban areas were surveyed.\n"), 0);
        assert_eq!(run("In certain (20%) districts, turnout was low.\n"), 0);
        assert_eq!(run("The group's certain (20%) share fell.\n"), 0);
        for predicate in [
            "It's certain (60%) that he wins.",
            "It’s certain (60%) that he wins.",
            "Victory is all but certain (60%).",
            "Victory is near-certain (60%).",
            "We consider victory certain (60%).",
            "Victory is, we judge, certain (60%).",
        ] {
            assert_eq!(run(&format!("{predicate}\n")), 1, "{predicate}");
        }
    }
}
